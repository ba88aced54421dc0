"""A manager's late correction (issue 18): take back an order's last kitchen or delivery
step after the few seconds the one who tapped had, with the reason (`orders.undo`).
The cancel dialog's form: what happens, then the reason, required."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ocpizza_desk.domain.enums import OrderStatus
from ocpizza_desk.gui.dialogs.submitting import SubmittingDialog
from ocpizza_desk.gui.forms.ui_cancel_dialog import Ui_CancelDialog
from ocpizza_desk.gui.labels import status_label
from ocpizza_desk.gui.tasks import TaskRunner


class UndoStepDialog(SubmittingDialog):
    def __init__(
        self,
        parent: QWidget | None,
        runner: TaskRunner,
        order_id: int,
        status: OrderStatus,
        back_to: OrderStatus,
        submit: Callable[[str], object],
    ) -> None:
        super().__init__(parent, runner)
        self.ui = Ui_CancelDialog()
        self.ui.setupUi(self)
        self.setObjectName("UndoStepDialog")
        self.setWindowTitle(self.tr("Undo the last step"))
        self._submit_reason = submit
        info = self.tr("Order {number} goes back from “{status}” to “{back}”.").format(
            number=order_id, status=status_label(status), back=status_label(back_to)
        )
        if status is OrderStatus.OUT_FOR_DELIVERY:
            info += " " + self.tr("Its whole trip comes back to the store, ready to leave again.")
        elif status is OrderStatus.DELIVERED:
            info += " " + self.tr("Its trip is on the road again.")
        info += " " + self.tr("The reason is kept in the order's history.")
        self.ui.infoLabel.setText(info)
        self._bind(self.ui.buttonBox, self.ui.errorLabel)
        self.ui.reasonEdit.setFocus()

    def _call(self):
        reason = self.ui.reasonEdit.text().strip()
        if not reason:
            raise ValueError(self.tr("Give the reason for the correction."))
        return lambda: self._submit_reason(reason)
