"""Cancel an order: a reason is asked for, and required once the oven has started."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ocpizza_desk.gui.dialogs.submitting import SubmittingDialog
from ocpizza_desk.gui.forms.ui_cancel_dialog import Ui_CancelDialog
from ocpizza_desk.gui.tasks import TaskRunner


class CancelDialog(SubmittingDialog):
    def __init__(
        self,
        parent: QWidget | None,
        runner: TaskRunner,
        order_id: int,
        needs_reason: bool,
        submit: Callable[[str | None], object],
    ) -> None:
        super().__init__(parent, runner)
        self.ui = Ui_CancelDialog()
        self.ui.setupUi(self)
        self._submit_reason = submit
        self.needs_reason = needs_reason
        self.ui.infoLabel.setText(
            self.tr(
                "Order {number} is already being prepared: what was made will be written "
                "off as waste. A reason is required."
            ).format(number=order_id)
            if needs_reason
            else self.tr(
                "Order {number} has not been started: its ingredients go back to the stock."
            ).format(number=order_id)
        )
        self._bind(self.ui.buttonBox, self.ui.errorLabel)
        self.ui.reasonEdit.setFocus()

    def _call(self):
        reason = self.ui.reasonEdit.text().strip() or None
        if self.needs_reason and not reason:
            raise ValueError(self.tr("Give the reason for the cancellation."))
        return lambda: self._submit_reason(reason)
