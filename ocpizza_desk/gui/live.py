"""The live feed: one poll a second for the whole window, what changed told to the screens.

Every open screen needs to know when an order, the stock or the menu changed on another PC.
Rather than each screen reloading on a timer, the main window owns one `LiveFeed`: once a
second it asks `services.changes.poll` (one indexed statement) with the marks it has seen,
and emits only what moved. Screens connect to the signals they care about and reload only
that (`dataChanged` of a row, a card, the menu's counts), never the whole view.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import changes
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.changes import DELIVERIES, MENU, STOCK, Changes
from ocpizza_desk.services.maintenance import OFF

POLL_MS = 1_000  # what the shops run; tests pass a shorter interval (tests/gui/conftest.py)


class LiveFeed(QObject):
    orders_changed = Signal(object)  # tuple[ChangedOrder, ...], oldest change first
    stock_changed = Signal()
    menu_changed = Signal()
    deliveries_changed = Signal()  # a trip or a driver's shift (delivery board, driver view)
    reload_all = Signal()  # too much changed since the last look: reload every view
    maintenance_changed = Signal(object)  # services.maintenance.Maintenance, on or off

    def __init__(
        self,
        ctx,
        session: StaffSession,
        runner: TaskRunner,
        parent=None,
        *,
        interval_ms: int | None = None,
    ) -> None:
        """`interval_ms`: between two polls (default POLL_MS, read when the feed is made)."""
        super().__init__(parent)
        self.ctx, self.session, self.runner = ctx, session, runner
        self.interval_ms = interval_ms or POLL_MS
        self.seen: changes.Marks | None = None
        self.maintenance = OFF  # as of the last poll; told at the first one if already on
        self.polls = 0  # statements sent, for the benchmark and tests
        self._polling = False
        self._timer = QTimer(self, interval=self.interval_ms, timeout=self.poll)

    def start(self) -> None:
        self._timer.setInterval(self.interval_ms)
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        if self._polling:  # a slow database: never two polls at once
            return
        self._polling = True
        self.polls += 1
        seen = self.seen
        self.runner.run(
            lambda: changes.poll(self.ctx, self.session, seen),
            self._polled,
            self._failed,
            background=True,
        )

    def _failed(self, _error: BaseException) -> None:
        self._polling = False  # the connection indicator shows it; try again next second

    def _polled(self, got: Changes) -> None:
        self._polling = False
        if got.maintenance != self.maintenance:
            self.maintenance = got.maintenance
            self.maintenance_changed.emit(got.maintenance)
        seen, self.seen = self.seen, got.marks
        if seen is None:
            return  # the first look: what is on screen was loaded just now
        if got.too_many:
            self.reload_all.emit()
            return
        if got.orders:
            self.orders_changed.emit(got.orders)
        if got.moved(seen, STOCK):
            self.stock_changed.emit()
        if got.moved(seen, MENU):
            self.menu_changed.emit()
        if got.moved(seen, DELIVERIES):
            self.deliveries_changed.emit()
