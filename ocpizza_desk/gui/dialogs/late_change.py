"""Change an order the kitchen has started (issue 20): a manager gives the reason first; the
counter's form then opens on the order as for any modification, and the kitchen's card shows
what changed until the pizzaiolo acknowledges it.

The reason is checked by the service before the form opens (the role, the store, the order
still in preparation), so nobody fills a form the database will refuse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ocpizza_desk.gui.dialogs.submitting import SubmittingDialog
from ocpizza_desk.gui.forms.ui_cancel_dialog import Ui_CancelDialog
from ocpizza_desk.gui.tasks import TaskRunner


class LateChangeDialog(SubmittingDialog):
    """The cancel dialog's form (one reason line), with its own words. `result_value` is the
    reason as the service will record it."""

    def __init__(
        self,
        parent: QWidget | None,
        runner: TaskRunner,
        order_id: int,
        check: Callable[[str], str],
    ) -> None:
        super().__init__(parent, runner)
        self.ui = Ui_CancelDialog()
        self.ui.setupUi(self)
        self.setObjectName("LateChangeDialog")
        self._check = check
        self.setWindowTitle(self.tr("Change an order in preparation"))
        self.ui.infoLabel.setText(
            self.tr(
                "Order {number} is already being prepared: the kitchen will see what you "
                "change and must acknowledge it. A reason is required."
            ).format(number=order_id)
        )
        self.ui.reasonEdit.setAccessibleName(self.tr("Reason for the change"))
        self._bind(self.ui.buttonBox, self.ui.errorLabel)
        self.ui.reasonEdit.setFocus()

    def _call(self):
        reason = self.ui.reasonEdit.text().strip()
        if not reason:
            raise ValueError(self.tr("Give the reason for the change."))
        return lambda: self._check(reason)
