"""The banner of a kitchen card whose order a manager changed after the oven started (issue
20): "MODIFIÉE", what changed ("+1 Regina, −1 Calzone, note : sans olives"), who and why, and
a big "Seen" button. It flashes until a pizzaiolo acknowledges it: the word and the list say
it without colour, the flashing only draws the eye across a hot kitchen.

Kept apart from the card's own lines (widgets/order_card.py), which other features redraw.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ocpizza_desk.domain import kitchen_changes
from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.domain.enums import OrderMode
from ocpizza_desk.gui.labels import mode_label
from ocpizza_desk.gui.style import set_styled_property
from ocpizza_desk.services.kitchen import ChangeItem, QueuedOrder

translate = QCoreApplication.translate
FLASH_MS = 700  # about 0.7 Hz: far below the three flashes a second that may harm
TOUCH_HEIGHT = 56  # as the card's own buttons


def describe(item: ChangeItem) -> str:
    """One item in the kitchen's words: "+1 Regina (sans olives)", "note : bien cuite"."""
    if item.kind == kitchen_changes.LINE:
        sign = "+" if item.delta > 0 else "−"
        text = f"{sign}{abs(item.delta)} {item.product}"
        if item.extras:
            text += f" ({', '.join(item.extras)})"
        return text
    if item.kind == kitchen_changes.NOTES:
        if item.after:
            return translate("ChangeBanner", "note: {text}").format(text=item.after)
        return translate("ChangeBanner", "note removed")
    if item.kind == kitchen_changes.PROMISED and item.after:
        moment = to_paris(datetime.fromisoformat(item.after)).strftime("%H:%M")
        return translate("ChangeBanner", "now for {time}").format(time=moment)
    if item.kind == kitchen_changes.MODE and item.after:
        return translate("ChangeBanner", "now {mode}").format(
            mode=mode_label(OrderMode(item.after))
        )
    return ""


def summary(order: QueuedOrder) -> str:
    """Every unacknowledged change of the order, oldest first, in one line."""
    parts = [describe(item) for change in order.changes for item in change.items]
    return ", ".join(p for p in parts if p)


class ChangeBanner(QFrame):
    acknowledge_requested = Signal(object)  # the QueuedOrder whose changes were seen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeBanner")
        self.order: QueuedOrder | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        self.titleLabel = QLabel(self)
        self.titleLabel.setObjectName("changeTitleLabel")
        self.itemsLabel = QLabel(self)
        self.itemsLabel.setObjectName("changeItemsLabel")
        self.itemsLabel.setWordWrap(True)
        self.itemsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.whyLabel = QLabel(self)
        self.whyLabel.setObjectName("changeWhyLabel")
        self.whyLabel.setWordWrap(True)
        self.ackButton = QPushButton(self)
        self.ackButton.setObjectName("acknowledgeButton")
        self.ackButton.setMinimumHeight(TOUCH_HEIGHT)
        self.ackButton.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it
        self.ackButton.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.ackButton.clicked.connect(self._acknowledge)
        for widget in (self.titleLabel, self.itemsLabel, self.whyLabel, self.ackButton):
            layout.addWidget(widget)
        self._flash = QTimer(self, interval=FLASH_MS, timeout=self._toggle)
        self.setVisible(False)

    @property
    def flashing(self) -> bool:
        return self._flash.isActive()

    def show_changes(self, order: QueuedOrder) -> None:
        self.order = order
        if not order.changes:
            self._flash.stop()
            self.setVisible(False)
            return
        last = order.changes[-1]
        self.titleLabel.setText(translate("ChangeBanner", "⚠ MODIFIED"))
        what = summary(order)
        self.itemsLabel.setText(f"<b>{escape(what)}</b>")
        who = last.changed_by or translate("ChangeBanner", "a manager")
        self.whyLabel.setText(
            translate("ChangeBanner", "{who} at {time}: {reason}").format(
                who=who, time=to_paris(last.changed_at).strftime("%H:%M"), reason=last.reason
            )
        )
        self.ackButton.setText(translate("ChangeBanner", "Seen"))
        self.ackButton.setToolTip(translate("ChangeBanner", "The kitchen has seen the change"))
        self.ackButton.setAccessibleName(
            translate("ChangeBanner", "Acknowledge the change to order {number}").format(
                number=order.order_id
            )
        )
        self.setAccessibleName(
            translate("ChangeBanner", "Order {number} modified: {changes}").format(
                number=order.order_id, changes=what
            )
        )
        self.setVisible(True)
        if not self._flash.isActive():
            self._flash.start()

    def set_busy(self, busy: bool) -> None:
        self.ackButton.setEnabled(not busy)

    def _acknowledge(self) -> None:
        if self.order is not None and self.order.changes:
            self.set_busy(True)
            self.acknowledge_requested.emit(self.order)

    def _toggle(self) -> None:
        lit = not bool(self.property("lit"))
        set_styled_property(self, "lit", lit, self.titleLabel)
