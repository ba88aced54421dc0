"""The delivery board (managers): orders ready to leave, drivers on shift, trips, and the
selected trip's itinerary on a map.

Select one or several ready orders and a driver on shift, "Assign to driver": the service
optimises the stops (Google, or the labelled offline estimate) and the trip appears on the
right; selecting it draws its route and lists its stops and directions. A Maps Static image
is fetched on a worker when a key is configured; without one the vector route is shown alone.

Live: the window's feed says when orders or trips/shifts change on any PC, and the board is
read again (four queries; one read at a time, a change during a read asks for one more).
What was selected stays selected. A stale assignment (another manager took the order first)
is refused by the service naming who, and the board is read again.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableView,
    QWidget,
)

from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import OrderStatus
from ocpizza_desk.domain.money import parse_euros
from ocpizza_desk.gui import alerts, style
from ocpizza_desk.gui.dialogs.pin_location import PinDialog
from ocpizza_desk.gui.dialogs.shifts import CashDialog, EndShiftDialog
from ocpizza_desk.gui.forms.ui_delivery_board import Ui_DeliveryBoardPage
from ocpizza_desk.gui.i18n import money
from ocpizza_desk.gui.labels import plural
from ocpizza_desk.gui.live import LiveFeed
from ocpizza_desk.gui.models.deliveries import (
    ID_ROLE,
    DriversModel,
    ReadyOrdersModel,
    TripsModel,
    trip_state_label,
)
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.gui.touch import show_message, status_line
from ocpizza_desk.gui.widgets.trip_map import TripMap
from ocpizza_desk.services import deliveries
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.deliveries import Board, TripView

CLOCK_MS = 30_000  # lateness recomputed on screen, without the database
BOARD_STATUSES = frozenset({OrderStatus.READY, OrderStatus.OUT_FOR_DELIVERY})


def selected_ids(view: QTableView) -> list[int]:
    rows = sorted(index.row() for index in view.selectionModel().selectedRows())
    return [view.model().index(row, 0).data(ID_ROLE) for row in rows]


def select_ids(view: QTableView, ids) -> None:
    """Select the rows whose id is in `ids` (after a reload), without scrolling away."""
    model, selection = view.model(), view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for item_id in ids:
        row = model.row_of(item_id)
        if row >= 0:
            selection.select(model.index(row, 0), flags)


def _table(view: QTableView, model, stretch: int | None) -> None:
    """Columns sized to their contents, but `stretch` (the long text) takes the rest; None:
    every column shares the width (elided). No horizontal scrolling in a narrow column."""
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    if stretch is None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class DeliveryBoardScreen(QWidget):
    def __init__(self, ctx, session: StaffSession, runner: TaskRunner) -> None:
        super().__init__()
        self.ui = Ui_DeliveryBoardPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setObjectName("pageTitle")
        self.ctx, self.session, self.runner = ctx, session, runner
        self.board: Board | None = None
        self.loaded = False
        self.busy = False  # an action is on its way: the buttons wait
        self._sized = False
        self._loading = False
        self._again = False
        self.ready = ReadyOrdersModel(self)
        self.drivers = DriversModel(self)
        self.trips = TripsModel(self)
        _table(self.ui.readyView, self.ready, 3)  # the address takes what is left
        _table(self.ui.driversView, self.drivers, 0)  # names whole, "Waiting to leave" too
        _table(self.ui.tripsView, self.trips, 0)
        self.trip_map = TripMap(
            self, ctx, session, runner, self.ui.mapLayout, self.ui.itineraryLayout, self._failed
        )
        self.map, self.panel = self.trip_map.map, self.trip_map.panel
        self.ui.mapSplitter.setStretchFactor(0, 3)  # the map, then the tabs beside it
        self.ui.mapSplitter.setStretchFactor(1, 2)
        self.ui.mapSplitter.setSizes([640, 420])
        self.ui.verticalSplitter.setSizes([300, 420])
        self.ui.pageLayout.setStretchFactor(self.ui.verticalSplitter, 1)
        # A message never moves the lists: its line is kept, and says how a trip is made
        # while it has no message (it was a blank band under the title).
        self.ui.messageLabel = status_line(self.ui.messageLabel)
        # An order whose address is approximate (or not located) is placed by hand here.
        pin_row = QHBoxLayout()
        self.pinButton = QPushButton(self)
        self.pinButton.setObjectName("pinButton")
        self.pinButton.clicked.connect(self.place_on_map)
        pin_row.addStretch(1)
        pin_row.addWidget(self.pinButton)
        self.ui.readyLayout.addLayout(pin_row)
        # A trip's stops scroll in their column instead of being cut on a 768-px screen.
        index = self.ui.tripsLayout.indexOf(self.ui.tripStopsLabel)
        stops_area = QScrollArea(self)
        stops_area.setWidgetResizable(True)
        stops_area.setFrameShape(QFrame.Shape.NoFrame)
        self.ui.tripsLayout.removeWidget(self.ui.tripStopsLabel)
        stops_area.setWidget(self.ui.tripStopsLabel)
        self.ui.tripStopsLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.ui.tripsLayout.insertWidget(index, stops_area, 1)
        stops_area.viewport().setAutoFillBackground(False)
        self.ui.tripStopsLabel.setAutoFillBackground(False)
        stops_area.setStyleSheet("QScrollArea { background: transparent; }")
        self.ui.tripsView.setMaximumHeight(112)  # a few trips at once: the stops get the rest

        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.assignButton.clicked.connect(self.assign)
        self.ui.unassignButton.clicked.connect(self.unassign)
        self.ui.offShiftCombo.setPlaceholderText(self.tr("No driver off shift"))
        self.ui.startShiftButton.clicked.connect(self.start_shift)
        self.ui.endShiftButton.clicked.connect(self.end_shift)
        self.ui.cashButton.clicked.connect(self.show_cash)
        self.ui.readyView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.driversView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.tripsView.selectionModel().selectionChanged.connect(self._trip_selected)
        QShortcut(QKeySequence("F5"), self, activated=self.reload)
        self._clock = QTimer(self, interval=CLOCK_MS, timeout=self._tick)
        self._clock.start()
        self._retranslate()

    def heightForWidth(self, width: int) -> int:
        """Asked by the window's scroll area: the page fits the screen down to its minimum
        (the layout answered every part's preferred height: the map went 299 px below a
        1366×768 screen)."""
        return self.minimumSizeHint().height()

    def watch(self, feed: LiveFeed) -> None:
        feed.orders_changed.connect(self.orders_changed)
        feed.deliveries_changed.connect(self.reload)
        feed.reload_all.connect(self.reload)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # once laid out: the ready orders get the most room
            self._sized = True
            width = max(self.ui.mapSplitter.width(), 900)
            self.ui.mapSplitter.setSizes([width * 60 // 100, width * 40 // 100])
            height = max(self.ui.verticalSplitter.height(), 400)
            self.ui.verticalSplitter.setSizes([height * 52 // 100, height * 48 // 100])
        if not self.loaded:
            self.reload()

    # -- loading

    def reload(self) -> None:
        if self._loading:  # one read at a time; a change meanwhile asks for one more
            self._again = True
            return
        self._loading = True
        self.runner.run(
            lambda: deliveries.board(self.ctx, self.session),
            self._loaded,
            self._load_failed,
            owner=self,
        )

    def orders_changed(self, changed) -> None:
        """Read the board again only for a change it shows: an order that became ready (or
        left), or one already on the board (an order in the oven is not its business)."""
        if not self.loaded:
            return
        shown = {r.order_id for r in self.ready.rows} | {
            s.order_id for t in self.trips.rows for s in t.stops
        }
        if any(
            c.store_id == self.session.store_id
            and (c.order_id in shown or c.status in BOARD_STATUSES)
            for c in changed
        ):
            self.reload()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self._failed(error)

    def _loaded(self, board: Board) -> None:
        self._loading = False
        self.loaded = True
        keep_orders = selected_ids(self.ui.readyView)
        keep_driver = selected_ids(self.ui.driversView)
        keep_trip = selected_ids(self.ui.tripsView)
        self.board = board
        self.ready.now = utcnow()
        self.ready.set_rows(board.ready)
        self.drivers.set_rows(board.drivers)
        self.trips.set_rows(board.trips)
        select_ids(self.ui.readyView, keep_orders)
        select_ids(self.ui.driversView, keep_driver)
        select_ids(self.ui.tripsView, keep_trip)
        self.ui.offShiftCombo.clear()
        for driver in board.off_shift:
            self.ui.offShiftCombo.addItem(driver.name, driver.user_id)
        self._show_count()
        self._trip_selected()
        self._update_buttons()
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, error: BaseException) -> None:
        alerts.say_or_show(self, error, self.show_message)

    # -- the selected trip and its map

    def selected_trip(self) -> TripView | None:
        ids = selected_ids(self.ui.tripsView)
        return next((t for t in self.trips.rows if t.trip_id in ids), None)

    def _trip_selected(self, *_args) -> None:
        trip = self.selected_trip()
        self._show_stops(trip)
        self._update_buttons()
        self.trip_map.show(
            None if trip is None else (trip.trip_id, trip.version),
            None if trip is None else trip.trip_id,
        )

    @property
    def itinerary(self):
        return self.trip_map.itinerary

    def _show_stops(self, trip: TripView | None) -> None:
        if trip is None:
            self.ui.tripStopsLabel.setText(self.tr("Select a trip to see its stops and route."))
            return
        head = (
            f"<b>{html.escape(trip.driver_name)}</b> · {html.escape(trip_state_label(trip.state))}"
        )
        flag = f"<b style='color:{style.APPROXIMATE}'>≈ {{}}</b>".format(
            html.escape(self.tr("approximate location"))
        )
        lines = [
            html.escape(
                f"{s.sequence}. n° {s.order_id} – {s.address_line}"
                + (f" · {money(s.due_cents)}" if s.due_cents else "")
            )
            + (f" {flag}" if s.approximate else "")
            for s in trip.stops
        ]
        self.ui.tripStopsLabel.setText("<br>".join([head, *lines]))

    # -- the manual pin

    def selected_ready(self):
        ids = selected_ids(self.ui.readyView)
        return [r for r in self.ready.rows if r.order_id in ids]

    def place_on_map(self) -> None:
        rows = self.selected_ready()
        if len(rows) != 1 or rows[0].address_id is None:
            self.show_message(self.tr("Select one order to place its address on the map."))
            return
        order = rows[0]
        dialog = PinDialog(self, self.ctx, self.session, self.runner, order.address_id)
        dialog.accepted.connect(lambda: self._placed(order.order_id))
        self.active_dialog = dialog
        dialog.open()

    def _placed(self, order_id: int) -> None:
        self.show_message(
            self.tr("The address of order n° {order} is placed on the map.").format(order=order_id),
            error=False,
        )
        self.reload()

    # -- actions

    def _start(self, work, done) -> None:
        self.busy = True
        self._update_buttons()
        self.show_message("")
        self.runner.run(
            work,
            lambda result: self._finished(done, result),
            lambda error: self._refused(error),
            owner=self,
        )

    def _finished(self, done, result) -> None:
        self.busy = False
        done(result)
        self.reload()

    def _refused(self, error: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        self._failed(error)
        self.reload()  # a stale board: show what is true now

    def assign(self) -> None:
        orders = selected_ids(self.ui.readyView)
        drivers = selected_ids(self.ui.driversView)
        if not orders or not drivers:
            self.show_message(self.tr("Select orders on the left and a driver on shift."))
            return
        driver = drivers[0]
        self._start(
            lambda: deliveries.create_trip(self.ctx, self.session, driver, orders),
            self._assigned,
        )

    def _assigned(self, trip: TripView) -> None:
        self.ui.readyView.clearSelection()
        self.trips.set_rows([*(t for t in self.trips.rows if t.trip_id != trip.trip_id), trip])
        select_ids(self.ui.tripsView, [trip.trip_id])
        self.show_message(
            plural(
                len(trip.stops),
                self.tr("{count} order given to {driver}."),
                self.tr("{count} orders given to {driver}."),
                driver=trip.driver_name,
            ),
            error=False,
        )

    def unassign(self) -> None:
        trip = self.selected_trip()
        orders = selected_ids(self.ui.readyView)
        if trip is None or trip.state != "planned":
            self.show_message(self.tr("Select a trip that has not left yet."))
            return
        on_trip = [o for o in orders if o in {s.order_id for s in trip.stops}]
        if not on_trip:
            self.show_message(self.tr("Select, on the left, orders of this trip."))
            return
        self._start(
            lambda: deliveries.change_trip(
                self.ctx, self.session, trip.trip_id, trip.version, remove=on_trip
            ),
            lambda _trip: self.show_message(self.tr("The orders wait again."), error=False),
        )

    def start_shift(self) -> None:
        driver = self.ui.offShiftCombo.currentData()
        if driver is None:
            self.show_message(self.tr("Every driver of the store is already on shift."))
            return
        text = self.ui.floatEdit.text().strip()
        try:
            float_cents = parse_euros(text) if text else 0
        except ValueError:
            self.show_message(self.tr("Type the change fund in euros, for example 20."))
            return
        self._start(
            lambda: deliveries.start_shift(self.ctx, self.session, driver, float_cents),
            self._shift_started,
        )

    def _shift_started(self, shift) -> None:
        self.ui.floatEdit.clear()
        self.show_message(self.tr("{driver} is on shift.").format(driver=shift.name), error=False)

    def end_shift(self) -> None:
        ids = selected_ids(self.ui.driversView)
        driver = next((d for d in self.drivers.rows if d.user_id in ids), None)
        if driver is None:
            self.show_message(self.tr("Select a driver on shift."))
            return
        self.runner.run(
            lambda: deliveries.shift_close(self.ctx, self.session, driver.shift_id),
            self._open_end_shift,
            self._failed,
            owner=self,
        )

    def _open_end_shift(self, close) -> None:
        dialog = EndShiftDialog(
            self,
            self.runner,
            close,
            lambda counted, note: deliveries.end_shift(
                self.ctx, self.session, close.shift_id, counted, note
            ),
        )
        dialog.accepted.connect(lambda: self._shift_ended(dialog.result_value))
        self.active_dialog = dialog
        dialog.open()

    def _shift_ended(self, close) -> None:
        self.show_message(
            self.tr("Shift ended: {expected} expected, {counted} handed in.").format(
                expected=money(close.expected_cents), counted=money(close.handed_in_cents)
            ),
            error=False,
        )
        self.reload()

    def show_cash(self) -> None:
        self.runner.run(
            lambda: deliveries.cash_per_driver(self.ctx, self.session),
            self._open_cash,
            self._failed,
            owner=self,
        )

    def _open_cash(self, rows) -> None:
        dialog = CashDialog(self, rows)
        self.active_dialog = dialog
        dialog.open()

    # -- state

    def _update_buttons(self, *_args) -> None:
        orders = bool(self.ui.readyView.selectionModel().hasSelection())
        driver = bool(self.ui.driversView.selectionModel().hasSelection())
        trip = self.selected_trip()
        idle = not self.busy
        self.ui.assignButton.setEnabled(idle and orders and driver)
        self.ui.unassignButton.setEnabled(
            idle and orders and trip is not None and trip.state == "planned"
        )
        self.ui.startShiftButton.setEnabled(idle and self.ui.offShiftCombo.count() > 0)
        self.ui.endShiftButton.setEnabled(idle and driver)
        rows = self.selected_ready()
        self.pinButton.setEnabled(idle and len(rows) == 1 and rows[0].address_id is not None)
        self.pinButton.setToolTip(
            self.tr("The address is approximate: place it on the map")
            if len(rows) == 1 and (rows[0].approximate or not rows[0].located)
            else self.tr("Move the address's pin on the map")
        )

    def show_message(self, text: str, error: bool = True) -> None:
        show_message(self.ui.messageLabel, text, error)

    def _tick(self) -> None:
        self.ready.now = utcnow()
        if self.ready.rowCount():
            self.ready.dataChanged.emit(
                self.ready.index(0, 1), self.ready.index(self.ready.rowCount() - 1, 1)
            )

    def _show_count(self) -> None:
        board = self.board
        waiting = len(board.ready) if board else 0
        self.ui.countLabel.setText(
            plural(
                waiting,
                self.tr("{count} order ready to leave"),
                self.tr("{count} orders ready to leave"),
            )
        )

    def _retranslate(self) -> None:
        self.ui.messageLabel.resting = self.tr(
            "Select ready orders (Ctrl or Shift + click), a driver on shift, then “Assign to "
            "driver”."
        )
        self.ui.messageLabel.update()
        self.pinButton.setText(self.tr("Place on the &map…"))
        self._show_count()
        self._show_stops(self.selected_trip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
