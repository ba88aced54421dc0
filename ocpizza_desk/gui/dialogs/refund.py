"""Give money back: when a paid order is made cheaper or cancelled, how the difference goes
back (cash from the drawer, the card or the online payment with the bank's reference), why,
and a manager's approval above the chain's threshold.

Two uses: `submit` given (the order book's cancellation: the dialog sends and stays open on a
refusal, what was typed kept), or not (the counter's modification: the dialog only collects,
the screen sends the whole form). The refund's client key is made once per dialog, so sending
again after a lost reply never refunds twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ocpizza_desk.domain.enums import Tender
from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.dialogs.submitting import SubmittingDialog
from ocpizza_desk.gui.forms.ui_refund_dialog import Ui_RefundDialog
from ocpizza_desk.gui.labels import tender_label
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services.payments import Approval, RefundRequest

REFERENCED = (Tender.CARD, Tender.ONLINE)
Submit = Callable[[tuple[RefundRequest, ...], str, Approval | None], object]


class RefundDialog(SubmittingDialog):
    def __init__(
        self,
        parent: QWidget | None,
        runner: TaskRunner,
        amount_cents: int,
        info: str,
        tenders: tuple[Tender, ...],
        approval_above_cents: int | None,
        submit: Submit | None = None,
        reason: str = "",
    ) -> None:
        """`tenders`: how the order was paid (cash is always offered); `approval_above_cents`:
        None when the user may refund alone, else the threshold above which a manager must
        approve."""
        super().__init__(parent, runner)
        self.ui = Ui_RefundDialog()
        self.ui.setupUi(self)
        self.amount_cents = amount_cents
        self.client_key = uuid.uuid4().hex  # one refund per dialog, whatever the resends
        self._send = submit
        lang = i18n.language()
        self.ui.infoLabel.setText(info)
        self.ui.amountLabel.setText(f"<b>{format_cents(amount_cents, lang)}</b>")
        offered = [Tender.CASH, *(t for t in tenders if t is not Tender.CASH)]
        for tender in dict.fromkeys(offered):
            self.ui.tenderCombo.addItem(tender_label(tender), tender.value)
        self.ui.reasonEdit.setText(reason)
        self.needs_approval = approval_above_cents is not None and amount_cents > (
            approval_above_cents or 0
        )
        if approval_above_cents is not None:
            self.ui.approvalLabel.setText(
                self.tr(
                    "Above {limit}, a manager approves with their username and password."
                ).format(limit=format_cents(approval_above_cents, lang))
            )
        self._show_approval(self.needs_approval)
        self.ui.tenderCombo.currentIndexChanged.connect(lambda _i: self._tender_changed())
        self._bind(self.ui.buttonBox, self.ui.errorLabel)
        self._tender_changed()
        self.ui.tenderCombo.setFocus()

    @property
    def tender(self) -> Tender:
        return Tender(self.ui.tenderCombo.currentData())

    def _show_approval(self, shown: bool) -> None:
        for widget in (
            self.ui.approvalLabel,
            self.ui.approverLabel,
            self.ui.approverEdit,
            self.ui.passwordLabel,
            self.ui.passwordEdit,
        ):
            widget.setVisible(shown)

    def _tender_changed(self) -> None:
        referenced = self.tender in REFERENCED
        self.ui.referenceLabel.setVisible(referenced)
        self.ui.referenceEdit.setVisible(referenced)

    def values(self) -> tuple[tuple[RefundRequest, ...], str, Approval | None]:
        """What was typed; ValueError with the message to show."""
        reason = self.ui.reasonEdit.text().strip()
        if len(reason) < 3:
            self.ui.reasonEdit.setFocus()
            raise ValueError(self.tr("Give the reason for the refund."))
        reference = self.ui.referenceEdit.text().strip() or None
        if self.tender in REFERENCED and not reference:
            self.ui.referenceEdit.setFocus()
            raise ValueError(self.tr("Type the bank's reference of the refund."))
        approval = None
        if self.needs_approval:
            username = self.ui.approverEdit.text().strip()
            password = self.ui.passwordEdit.text()
            if not username or not password:
                self.ui.approverEdit.setFocus()
                raise ValueError(self.tr("A manager must approve this refund."))
            approval = Approval(username=username, password=password)
        refund = RefundRequest(
            client_key=self.client_key,
            tender=self.tender,
            amount_cents=self.amount_cents,
            bank_reference=reference if self.tender in REFERENCED else None,
        )
        return (refund,), reason, approval

    def _call(self):
        refunds, reason, approval = self.values()
        send = self._send
        assert send is not None
        return lambda: send(refunds, reason, approval)

    def _submit(self) -> None:
        if self._send is not None:
            super()._submit()
            return
        try:  # collecting only: the screen sends the whole form
            self.result_value = self.values()
        except ValueError as problem:
            self.show_error(str(problem))
            return
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, DomainError) and error.code == "refund.approval_needed":
            self.needs_approval = True
            self._show_approval(True)
        super()._refused(error)
