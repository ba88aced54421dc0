"""Take a payment: the tender, the amount, cash handed over (change shown as it is typed),
the bank's reference for an online payment.

The payment's client key is made once per dialog: OK pressed again after a refusal or a lost
connection sends the same payment, which the service records once. After a lost connection
the dialog asks by that key whether it was recorded, as soon as the database answers
(`lookup`), and says so; it never says "not recorded" for a payment that was."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ocpizza_desk.domain.enums import Tender
from ocpizza_desk.domain.money import parse_euros
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.connection import is_connection_error
from ocpizza_desk.gui.dialogs.submitting import SubmittingDialog
from ocpizza_desk.gui.forms.ui_payment_dialog import Ui_PaymentDialog
from ocpizza_desk.gui.labels import tender_label
from ocpizza_desk.gui.pending import PendingOutcome
from ocpizza_desk.gui.tasks import SUBMIT, TaskRunner

# (tender, amount, cash given, bank reference, client key) -> PaymentSummary
Submit = Callable[[Tender, int, int | None, str | None, str], object]
Lookup = Callable[[str], object]  # client key -> the recorded payment, or None


class PaymentDialog(SubmittingDialog):
    def __init__(
        self,
        parent: QWidget | None,
        runner: TaskRunner,
        due_cents: int,
        submit: Submit,
        lookup: Lookup | None = None,
    ) -> None:
        super().__init__(parent, runner)
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        self.due_cents = due_cents
        self._submit_payment = submit
        self.client_key = uuid.uuid4().hex
        self.pending = None
        if lookup is not None:
            key = self.client_key
            self.pending = PendingOutcome(runner, lambda: lookup(key), self)
            self.pending.answered.connect(self._checked)
            self.pending.failed.connect(super()._refused)
        for tender in (Tender.CASH, Tender.CARD, Tender.MEAL_VOUCHER, Tender.ONLINE):
            self.ui.tenderCombo.addItem(tender_label(tender), tender.value)
        self.ui.dueLabel.setText(i18n.money(due_cents))
        self.ui.amountEdit.setText(i18n.money(due_cents, plain=True))
        self.ui.tenderCombo.currentIndexChanged.connect(self._tender_changed)
        self.ui.amountEdit.textChanged.connect(self._update_change)
        self.ui.tenderedEdit.textChanged.connect(self._update_change)
        self._bind(self.ui.buttonBox, self.ui.errorLabel)
        self._tender_changed()
        self.ui.amountEdit.selectAll()
        self.ui.amountEdit.setFocus()

    @property
    def tender(self) -> Tender:
        return Tender(self.ui.tenderCombo.currentData())

    def _tender_changed(self) -> None:
        cash, online = self.tender is Tender.CASH, self.tender is Tender.ONLINE
        for widget in (
            self.ui.tenderedLabel,
            self.ui.tenderedEdit,
            self.ui.changeCaption,
            self.ui.changeLabel,
        ):
            widget.setVisible(cash)
        self.ui.referenceLabel.setVisible(online)
        self.ui.referenceEdit.setVisible(online)
        self._update_change()

    def _update_change(self) -> None:
        try:
            amount = parse_euros(self.ui.amountEdit.text())
            given = parse_euros(self.ui.tenderedEdit.text())
        except ValueError:
            self.ui.changeLabel.setText("—")
            return
        self.ui.changeLabel.setText(i18n.money(max(0, given - amount)))

    def _call(self):
        try:
            amount = parse_euros(self.ui.amountEdit.text())
        except ValueError:
            raise ValueError(self.tr("Type the amount in euros, for example 12,50.")) from None
        tendered = None
        if self.tender is Tender.CASH and self.ui.tenderedEdit.text().strip():
            try:
                tendered = parse_euros(self.ui.tenderedEdit.text())
            except ValueError:
                raise ValueError(self.tr("Type the cash given in euros, for example 20.")) from None
        reference = self.ui.referenceEdit.text().strip() or None
        if self.tender is not Tender.ONLINE:
            reference = None
        tender, key = self.tender, self.client_key
        return lambda: self._submit_payment(tender, amount, tendered, reference, key)

    def _refused(self, error: BaseException) -> None:
        if self.pending is None or not is_connection_error(error):
            super()._refused(error)
            return
        self._set_busy(True)  # what was sent is being checked: nothing to change meanwhile
        self.show_error(
            self.tr("The connection dropped: checking whether the payment was recorded…")
        )
        self.pending.start(at_once=False)

    def _checked(self, recorded) -> None:
        if recorded is None:
            self._set_busy(False)
            self.show_error(self.tr("The payment was not recorded: press OK to record it."))
            return
        # Recorded: the same payment sent again gives back its outcome (change included).
        try:
            call = self._call()
        except ValueError:
            self._set_busy(False)
            return
        self.runner.run(call, self._done, super()._refused, owner=self, lane=SUBMIT)
