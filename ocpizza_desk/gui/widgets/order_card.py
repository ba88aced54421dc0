"""One waiting order on the kitchen screen: big, readable from a step away, one tap to act.

The minutes waiting are coloured against the promised time (late, due within ten minutes,
fine); customisations are in bold under their pizza; a product's name opens its recipe memo. An
order a manager changed after the oven started carries a flashing banner above its lines
(widgets/change_banner.py) until the pizzaiolo acknowledges it.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QFrame, QWidget

from ocpizza_desk.domain import formulas
from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.domain.enums import OrderMode, OrderStatus
from ocpizza_desk.gui import style
from ocpizza_desk.gui.forms.ui_order_card import Ui_OrderCard
from ocpizza_desk.gui.labels import mode_label
from ocpizza_desk.gui.style import set_styled_property
from ocpizza_desk.gui.touch import TAP_GUARD_MS
from ocpizza_desk.gui.widgets.change_banner import ChangeBanner
from ocpizza_desk.services.kitchen import QueuedOrder

translate = QCoreApplication.translate
SOON_MINUTES = 10
LINK_STYLE = f"color:{style.INK}; font-weight:600; text-decoration:none"  # a name, tappable
NEXT_STEP = {
    OrderStatus.RECEIVED: OrderStatus.IN_PREPARATION,
    OrderStatus.IN_PREPARATION: OrderStatus.READY,
}


def urgency(order: QueuedOrder, now: datetime) -> str:
    """'late', 'soon' or 'ok': the card's colour."""
    left = (order.promised_at - now).total_seconds() / 60
    if left < 0:
        return "late"
    return "soon" if left <= SOON_MINUTES else "ok"


class OrderCard(QFrame):
    act = Signal(object)  # the QueuedOrder whose next step was tapped
    memo_requested = Signal(int)  # product id
    print_requested = Signal(int)  # order id: its kitchen ticket
    acknowledge_requested = Signal(object)  # the QueuedOrder whose late changes were seen

    def __init__(self, order: QueuedOrder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrderCard()
        self.ui.setupUi(self)
        self.setObjectName("orderCard")
        self.order = order
        self.banner = ChangeBanner(self)  # above the lines: seen before the pizzas
        layout = self.ui.cardLayout
        layout.insertWidget(layout.indexOf(self.ui.linesLabel), self.banner)
        self.banner.acknowledge_requested.connect(self.acknowledge_requested)
        self.ui.actionButton.clicked.connect(lambda: self.act.emit(self.order))
        self.ui.printButton.clicked.connect(lambda: self.print_requested.emit(self.order.order_id))
        self.ui.linesLabel.linkActivated.connect(
            lambda link: self.memo_requested.emit(int(link.removeprefix("product:")))
        )
        self.set_busy(False)
        self.show_order(order)

    def show_order(self, order: QueuedOrder) -> None:
        self.order = order
        ui = self.ui
        ui.numberLabel.setText(translate("OrderCard", "No. {number}").format(number=order.order_id))
        ui.modeLabel.setText(mode_label(order.mode))
        ui.modeLabel.setProperty("delivery", order.mode is OrderMode.DELIVERY)
        lines = []
        for group in formulas.grouped(order.lines, lambda ln: ln.formula_group):
            if group[0].formula_name is not None:  # Formule midi : Regina 33 cm, Coca, ...
                choices = ", ".join(
                    f"<a href='product:{ln.product_id}' style='{LINK_STYLE}'>"
                    f"{escape(ln.product_name)}</a>"
                    + (  # its customisations stand out as a plain line's
                        f" <b style='color:{style.BRAND}'>"
                        f"({escape(', '.join(ln.customisations))})</b>"
                        if ln.customisations
                        else ""
                    )
                    for ln in group
                )
                lines.append(
                    f"<p style='margin:4px 0'>{group[0].quantity} × "
                    f"<i>{escape(group[0].formula_name)}</i>{formulas.SEPARATOR}{choices}</p>"
                )
                continue
            line = group[0]
            extras = "".join(
                f"<br>&nbsp;&nbsp;<b style='color:{style.BRAND}'>{escape(c)}</b>"
                for c in line.customisations
            )
            if line.halves:  # ½ Regina + ½ 4 Fromages 40 cm, each half opening its memo
                name = " + ".join(
                    f"½&nbsp;<a href='product:{pid}' style='{LINK_STYLE}'>{escape(half)}</a>"
                    for pid, half in line.halves
                )
                size = f" <b>{escape(line.size_label)}</b>" if line.size_label else ""
                lines.append(f"<p style='margin:4px 0'>{line.quantity} × {name}{size}{extras}</p>")
                continue
            lines.append(
                f"<p style='margin:4px 0'>{line.quantity} × "
                f"<a href='product:{line.product_id}' style='{LINK_STYLE}'>"
                f"{escape(line.product_name)}</a>{extras}</p>"
            )
        ui.linesLabel.setText("".join(lines))
        ui.notesLabel.setText(order.notes or "")
        ui.notesLabel.setVisible(bool(order.notes))
        if order.status is OrderStatus.RECEIVED:
            ui.actionButton.setText(translate("OrderCard", "Start"))
        else:
            ui.actionButton.setText(translate("OrderCard", "Ready"))
        self._restyle("started", order.status is OrderStatus.IN_PREPARATION)
        self.banner.show_changes(order)
        self.banner.set_busy(False)
        self._restyle("changed", bool(order.changes))
        self.refresh_time(datetime.now(order.created_at.tzinfo))

    def refresh_time(self, now: datetime) -> None:
        order = self.order
        waited = max(0, int((now - order.created_at).total_seconds() // 60))
        left = int((order.promised_at - now).total_seconds() // 60)
        self.ui.waitLabel.setText(translate("OrderCard", "{minutes} min").format(minutes=waited))
        promised = to_paris(order.promised_at).strftime("%H:%M")
        if left < 0:
            text = translate("OrderCard", "for {time} · late by {minutes} min").format(
                time=promised, minutes=-left
            )
        else:
            text = translate("OrderCard", "for {time} · in {minutes} min").format(
                time=promised, minutes=left
            )
        # "33 min" never split over two lines ("min" alone on the second one).
        self.ui.promisedLabel.setText(text.replace(" min", "\u00a0min"))
        self._restyle("urgency", urgency(order, now))

    def set_new(self, new: bool) -> None:
        self._restyle("fresh", new)

    def set_busy(self, busy: bool) -> None:
        self.ui.actionButton.setEnabled(not busy)

    def settle(self) -> None:
        """After its own tap: "Start" became "Ready" under the finger, so the button waits
        a moment before it takes a tap (a double tap used to start and finish)."""
        if not self.ui.actionButton.isEnabled():
            QTimer.singleShot(TAP_GUARD_MS, self, lambda: self.set_busy(False))

    def _restyle(self, name: str, value) -> None:
        """The card and what inside it is styled by the card's property (the button's
        colour, the minutes' colour): a card just started kept its "not started" look
        while only the card itself was polished again."""
        if set_styled_property(self, name, value, self.ui.actionButton, self.ui.waitLabel):
            self.update()
