"""My deliveries (drivers): my trip's stops in order, the route on the map with its
directions, and three buttons: "Out for delivery" (the whole trip leaves), "Delivered" (the
selected stop), "Payment collected" (cash with change, card, meal vouchers). The cash taken
during the shift is shown at the top. For a few seconds after "Out for delivery" or
"Delivered", "Undo" takes the tap back (orders.undo).

Each stop shows its door code, floor and the customer's phone written the French way, and an
approximate location says so (call the customer). The map is the board's (tiles, pan, pinch
to zoom); on a narrow window (a phone or a small tablet held upright) the stops go above the
map, which keeps a readable height, and the directions below it.

Live like the board: a trip given by the manager on another PC appears within a second.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLayout, QWidget

from ocpizza_desk.domain import phones
from ocpizza_desk.domain.clock import paris_hhmm
from ocpizza_desk.domain.enums import OrderStatus, Tender
from ocpizza_desk.gui import alerts, style
from ocpizza_desk.gui.dialogs.payment import PaymentDialog
from ocpizza_desk.gui.forms.ui_driver_view import Ui_DriverPage
from ocpizza_desk.gui.i18n import money
from ocpizza_desk.gui.labels import door_and_floor, tender_label
from ocpizza_desk.gui.live import LiveFeed
from ocpizza_desk.gui.models.deliveries import (
    StopsModel,
    distance_text,
    minutes_text,
    trip_state_label,
)
from ocpizza_desk.gui.screens.delivery_board import select_ids, selected_ids
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.gui.touch import (
    TAP_GUARD_MS,
    finger_sized,
    reserve_message_line,
    show_message,
    status_line,
)
from ocpizza_desk.gui.undo import UndoOffer
from ocpizza_desk.gui.widgets.trip_map import TripMap
from ocpizza_desk.services import deliveries, orders
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.deliveries import MyTrip, Stop

NARROW_PX = 820  # below this width the stops go above the map
NARROW_HIDDEN = (1, 3, 4)  # columns left out on a narrow window (order no., expected, status)
MAP_MIN_HEIGHT = 300
STOPS_MAX_PX = 780  # what the stops' six columns need, side by side with the map


class DriverScreen(QWidget):
    def __init__(self, ctx, session: StaffSession, runner: TaskRunner) -> None:
        super().__init__()
        self.ui = Ui_DriverPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setObjectName("pageTitle")
        self.ctx, self.session, self.runner = ctx, session, runner
        self.mine: MyTrip | None = None
        self.loaded = False
        self.busy = False
        self._settling = False  # just acted: the buttons wait a moment (touch.TAP_GUARD_MS)
        self._loading = False
        self._again = False
        self._sized = False
        self.stops = StopsModel(self)
        view = self.ui.stopsView
        view.setModel(self.stops)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setStretchLastSection(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.trip_map = TripMap(
            self, ctx, session, runner, self.ui.mapLayout, self.ui.itineraryLayout, self._failed
        )
        self.map, self.panel = self.trip_map.map, self.trip_map.panel
        self.map.setMinimumHeight(MAP_MIN_HEIGHT)
        # Shown alone (a phone), the page may be narrower than its side-by-side layout needs:
        # it then stacks the stops above the map (resizeEvent).
        self.ui.pageLayout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.ui.stopDetailLabel.setOpenExternalLinks(True)  # tel: on a phone or tablet
        self.ui.stopDetailLabel.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.ui.splitter.setSizes([560, 700])
        self.ui.pageLayout.setStretchFactor(self.ui.splitter, 1)  # labels stay compact
        self.ui.mapSplitter.setSizes([480, 260])  # the map first: the driver reads it
        # A message never moves the buttons: its line is kept, under the trip's, and says
        # what the buttons do while it has no message.
        self.ui.messageLabel = status_line(self.ui.messageLabel)
        reserve_message_line(self.ui.tripLabel, 1)  # its text changes, its height never
        # "Undo" for a few seconds after "Out for delivery" or "Delivered" (in the title row,
        # Ctrl+Z too).
        self.undo = UndoOffer.in_title_row(self, self.ui.titleLayout, self.ui.refreshButton)
        self.undoButton = self.undo.button
        finger_sized(
            self.ui.refreshButton,
            self.undoButton,
            self.ui.departButton,
            self.ui.deliveredButton,
            self.ui.paymentButton,
        )
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.departButton.clicked.connect(self.depart)
        self.ui.deliveredButton.clicked.connect(self.deliver)
        self.ui.paymentButton.clicked.connect(self.collect)
        view.selectionModel().selectionChanged.connect(self._stop_selected)
        QShortcut(QKeySequence("F5"), self, activated=self.reload)
        self._retranslate()

    def watch(self, feed: LiveFeed) -> None:
        feed.orders_changed.connect(self.orders_changed)
        feed.deliveries_changed.connect(self.reload)
        feed.reload_all.connect(self.reload)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized and self.ui.splitter.orientation() == Qt.Orientation.Horizontal:
            self._sized = True
            self._share_width()
        if not self.loaded:
            self.reload()

    def _share_width(self) -> None:
        """Side by side: the stops' six columns whole (the address was 63 px beside the map
        at 1366×768); the map and the itinerary share the rest."""
        width = max(self.ui.splitter.width(), self.width() - 32, 900)
        stops = min(width * 60 // 100, STOPS_MAX_PX)  # on a 1920-px screen the map gets more
        self.ui.splitter.setSizes([stops, width - stops])

    def heightForWidth(self, width: int) -> int:
        """Asked by the window's scroll area: the page fits the screen down to its minimum
        (the word-wrapped stops made the layout ask for their preferred height)."""
        return self.minimumSizeHint().height()

    # -- loading

    def reload(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.runner.run(
            lambda: deliveries.my_trip(self.ctx, self.session),
            self._loaded,
            self._load_failed,
            owner=self,
        )

    def orders_changed(self, changed) -> None:
        if not self.loaded:
            return
        mine = {s.order_id for s in self.trip.stops} if self.trip else set()
        if any(c.order_id in mine for c in changed):
            self.reload()

    @property
    def trip(self):
        return self.mine.trip if self.mine else None

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self._failed(error)

    def _loaded(self, mine: MyTrip) -> None:
        self._loading = False
        self.loaded = True
        keep = selected_ids(self.ui.stopsView)
        self.mine = mine
        stops = mine.trip.stops if mine.trip else ()
        self.stops.set_rows(stops)
        if not keep:  # the first stop still to deliver
            keep = [next((s.order_id for s in stops if not s.delivered), None)]
        select_ids(self.ui.stopsView, [k for k in keep if k is not None])
        self._show_trip()
        self._load_itinerary()
        self._stop_selected()
        if self._again:
            self._again = False
            self.reload()

    def _failed(self, error: BaseException) -> None:
        alerts.say_or_show(self, error, self.show_message)

    def _load_itinerary(self) -> None:
        trip = self.trip
        self.trip_map.show(
            None if trip is None else (trip.trip_id, len(trip.stops)),
            None if trip is None else trip.trip_id,
        )

    @property
    def itinerary(self):
        return self.trip_map.itinerary

    def selected_stop(self) -> Stop | None:
        ids = selected_ids(self.ui.stopsView)
        return next((s for s in self.stops.rows if s.order_id in ids), None)

    def _show_trip(self) -> None:
        mine, trip = self.mine, self.trip
        if mine is None:
            return
        if mine.shift is None:
            self.ui.cashLabel.setText(self.tr("Not on shift"))
        else:
            self.ui.cashLabel.setText(
                self.tr(
                    "On shift since {since} · cash collected {cash} · to hand in {expected}"
                ).format(
                    since=paris_hhmm(mine.shift.started_at),
                    cash=money(mine.shift.cash_cents),
                    expected=money(mine.shift.expected_cents),
                )
            )
        if trip is None:
            self.ui.tripLabel.setText(self.tr("No trip for you at the moment."))
        else:
            self.ui.tripLabel.setText(
                self.tr("{state} · {stops} stops · {distance} · {time} · to collect {due}").format(
                    state=trip_state_label(trip.state),
                    stops=len(trip.stops),
                    distance=distance_text(trip.distance_m),
                    time=minutes_text(trip.duration_s),
                    due=money(trip.due_cents),
                )
            )
        self.ui.tripLabel.setToolTip(self.ui.tripLabel.text())  # whole, if a line cuts it
        self._update_buttons()

    def _stop_selected(self, *_args) -> None:
        stop = self.selected_stop()
        if stop is None:
            self.ui.stopDetailLabel.setText("")
        else:
            parts = [f"<b>n° {stop.order_id} – {html.escape(stop.customer_name)}</b>"]
            parts.append(html.escape(stop.address_line))
            access = door_and_floor(stop.door_code, stop.floor)
            if access:
                parts.append(html.escape(access))
            if stop.phone:
                number = phones.display(stop.phone)
                parts.append(
                    f"<a href='tel:{html.escape(stop.phone)}' style='font-size:15pt;"
                    f" font-weight:700'>☎ {html.escape(number)}</a>"
                )
            if stop.approximate:
                parts.append(
                    f"<b style='color:{style.APPROXIMATE}'>≈ "
                    + html.escape(
                        self.tr("Approximate location (postcode only): call the customer.")
                    )
                    + "</b>"
                )
            if stop.address_notes:
                parts.append(f"<i>{html.escape(stop.address_notes)}</i>")
            if stop.due_cents:
                planned = ", ".join(
                    f"{tender_label(p.tender)} {money(p.amount_cents)}"
                    for p in stop.planned_tenders
                )
                due = self.tr("To collect: {amount}").format(amount=money(stop.due_cents))
                parts.append(
                    f"<b>{html.escape(due)}</b>" + (f" ({html.escape(planned)})" if planned else "")
                )
            self.ui.stopDetailLabel.setText("<br>".join(parts))
        self._update_buttons()

    def _update_buttons(self) -> None:
        trip, stop = self.trip, self.selected_stop()
        idle = not self.busy and not self._settling
        self.ui.departButton.setEnabled(idle and trip is not None and trip.state == "planned")
        out = stop is not None and stop.status is OrderStatus.OUT_FOR_DELIVERY
        self.ui.deliveredButton.setEnabled(idle and out)
        self.ui.paymentButton.setEnabled(idle and stop is not None and stop.due_cents > 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW_PX  # a narrow window, a phone or a small tablet
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.ui.splitter.orientation() != wanted:
            self.ui.splitter.setOrientation(wanted)
            if narrow:
                self.ui.splitter.setSizes([self.height() * 2 // 5, self.height() * 3 // 5])
            else:
                self._sized = True
                self._share_width()
            for column in NARROW_HIDDEN:  # the number, time and status: in the detail above
                self.ui.stopsView.setColumnHidden(column, narrow)
            reserve_message_line(self.ui.tripLabel, 2 if narrow else 1)

    def show_message(self, text: str, error: bool = True) -> None:
        show_message(self.ui.messageLabel, text, error)

    # -- actions

    def _start(self, work, done) -> None:
        self.undo.withdraw()  # one undo at a time: the last tap's
        self.busy = True
        self._update_buttons()
        self.show_message("")
        self.runner.run(
            work, lambda result: self._finished(done, result), self._refused, owner=self
        )

    def _finished(self, done, result) -> None:
        self.busy = False
        # The next stop comes under the same button: a double tap would deliver it too.
        self._settling = True
        QTimer.singleShot(TAP_GUARD_MS, self, self._settled)
        done(result)
        self.reload()

    def _settled(self) -> None:
        self._settling = False
        self._update_buttons()

    def _refused(self, error: BaseException) -> None:
        self.busy = False
        self._update_buttons()
        self._failed(error)
        self.reload()

    def take_back(self, order_id: int) -> None:
        """Undo the "delivered" just tapped (orders.undo): the stop, and its trip, out again;
        refused if the order changed meanwhile."""
        self._start(
            lambda: orders.undo(self.ctx, self.session, order_id, OrderStatus.DELIVERED, None),
            lambda _back: self.show_message(
                self.tr("Order {number} is on the road again.").format(number=order_id),
                error=False,
            ),
        )

    def take_back_departure(self, order_id: int) -> None:
        """Undo the "out for delivery" just tapped (orders.undo): the whole trip back at the
        store, ready to leave again; refused if a stop changed meanwhile."""
        self._start(
            lambda: orders.undo(
                self.ctx, self.session, order_id, OrderStatus.OUT_FOR_DELIVERY, None
            ),
            lambda _back: self.show_message(
                self.tr("Departure undone: the trip is back at the store."), error=False
            ),
        )

    def depart(self) -> None:
        trip = self.trip
        if trip is None:
            return
        self._start(
            lambda: deliveries.depart(self.ctx, self.session, trip.trip_id, trip.version),
            self._departed,
        )

    def _departed(self, gone) -> None:
        if gone.stops:
            first = gone.stops[0].order_id
            self.undo.offer(
                self.tr("Undo (departure)"),
                self.tr("Not gone after all: the trip back at the store (Ctrl+Z)"),
                lambda: self.take_back_departure(first),
            )
        self.show_message(
            self.tr("On the road: first stop expected at {eta}.").format(
                eta=paris_hhmm(gone.stops[0].eta) if gone.stops and gone.stops[0].eta else "—"
            ),
            error=False,
        )

    def deliver(self) -> None:
        stop = self.selected_stop()
        if stop is None:
            return
        order_id = stop.order_id
        self._start(
            lambda: deliveries.deliver(self.ctx, self.session, order_id),
            lambda trip: self._delivered(order_id, trip),
        )

    def _delivered(self, order_id: int, trip) -> None:
        self.undo.offer(
            self.tr("Undo (no. {number})").format(number=order_id),
            self.tr("Order {number} not delivered after all: back on the road (Ctrl+Z)").format(
                number=order_id
            ),
            lambda: self.take_back(order_id),
        )
        self.ui.stopsView.clearSelection()  # the next stop gets selected on reload
        if trip.state == "finished":
            self.show_message(self.tr("Last stop delivered: back to the store."), error=False)
        else:
            self.show_message(
                self.tr("Order n° {order} delivered.").format(order=order_id), error=False
            )

    def collect(self) -> None:
        stop = self.selected_stop()
        if stop is None or not stop.due_cents:
            return
        order_id = stop.order_id
        ctx, session = self.ctx, self.session
        dialog = PaymentDialog(
            self,
            self.runner,
            stop.due_cents,
            lambda tender, amount, tendered, _reference, key: deliveries.collect_payment(
                ctx, session, order_id, tender, amount, tendered, client_key=key
            ),
            lambda key: orders.payment_outcome(ctx, session, order_id, key),
        )
        online = dialog.ui.tenderCombo.findData(Tender.ONLINE.value)
        if online >= 0:  # paid online is never taken at the door
            dialog.ui.tenderCombo.removeItem(online)
        dialog.accepted.connect(lambda: self._paid(dialog.result_value))
        self.active_dialog = dialog
        dialog.open()

    def _paid(self, summary) -> None:
        text = self.tr("Payment recorded.")
        if summary is not None and summary.change_cents:
            text = self.tr("Payment recorded: give back {change}.").format(
                change=money(summary.change_cents)
            )
        self.show_message(text, error=False)
        self.reload()

    # -- language

    def _retranslate(self) -> None:
        self.ui.messageLabel.resting = self.tr(
            "Leaving: “Out for delivery”. At each door: “Delivered”, then “Payment collected…” "
            "if the customer pays. Ctrl+Z takes a tap back for a few seconds."
        )
        self.ui.messageLabel.update()
        self.undo.retranslate()
        self._show_trip()
        self._stop_selected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
