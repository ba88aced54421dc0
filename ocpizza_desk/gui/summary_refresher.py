"""The report summaries kept up to date from a head-office PC: every few minutes, on a thread
of its own, the catch-up of `services.summaries.refresh` (the days over and not summarised
yet, and the summarised days changed since).

Head office and administrators run one (store PCs never do: the Z closure summarises its own
day, and their reports are one store's). It never shows a dialog or lights the busy
indicator; a failure is logged and tried again next time. Like the mail sender, it has its
own one-thread pool (a catch-up of many days must never hold a worker the screens need),
a child of the refresher, so it is waited for when the window goes. Two PCs refreshing at
once is harmless: each transaction locks its stores' marks first, and a day recomputed twice
is the same day.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import summaries

log = logging.getLogger(__name__)

INTERVAL_MS = 10 * 60_000
FIRST_AFTER_MS = 30_000  # after sign-in, once the first screens have loaded


class SummaryRefresher(QObject):
    refreshed = Signal(object)  # summaries.RefreshReport

    def __init__(
        self,
        ctx,
        session,
        parent: QObject | None = None,
        *,
        interval_ms: int = INTERVAL_MS,
        first_after_ms: int = FIRST_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setObjectName("summaryRefresherPool")
        self.runner = TaskRunner(self, pool=self.pool)
        self._in_flight = False
        # The catch-up's clock; None: the real one. Tests set one early in the demo's history,
        # so a tick summarises a few days, not the half-year the service's own tests cover.
        self.now: Callable[[], datetime] | None = None
        self._timer = QTimer(self, interval=interval_ms, timeout=self.tick)
        self._first = QTimer(self, singleShot=True, interval=first_after_ms, timeout=self.tick)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._timer.start()
        self._first.start()

    def stop(self) -> None:
        self._timer.stop()
        self._first.stop()

    def wait_idle(self, timeout_ms: int = 60_000) -> bool:
        return self.pool.waitForDone(timeout_ms)

    def tick(self) -> None:
        if self._in_flight:
            return  # a long catch-up still running: never two at once from one PC
        self._in_flight = True
        ctx, session = self.ctx, self.session
        now = self.now() if self.now is not None else None
        self.runner.run(
            lambda: summaries.refresh(ctx, session, now=now),
            self._done,
            self._failed,
            background=True,
            monitored=False,  # minutes for a first catch-up: not a slow database
        )

    def _done(self, report: summaries.RefreshReport) -> None:
        self._in_flight = False
        self.refreshed.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._in_flight = False
        log.info("report summaries not refreshed: %s", type(error).__name__)
