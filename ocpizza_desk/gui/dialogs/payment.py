"""Take a payment: the tender, the amount, cash handed over (change shown as it is typed),
the bank's reference for an online payment."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ocpizza_desk.domain.enums import Tender
from ocpizza_desk.domain.money import format_cents, parse_euros
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.dialogs.submitting import SubmittingDialog
from ocpizza_desk.gui.forms.ui_payment_dialog import Ui_PaymentDialog
from ocpizza_desk.gui.labels import tender_label
from ocpizza_desk.gui.tasks import TaskRunner

Submit = Callable[[Tender, int, int | None, str | None], object]


def euros_text(cents: int) -> str:
    return f"{cents // 100},{cents % 100:02d}"


class PaymentDialog(SubmittingDialog):
    def __init__(
        self, parent: QWidget | None, runner: TaskRunner, due_cents: int, submit: Submit
    ) -> None:
        super().__init__(parent, runner)
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        self.due_cents = due_cents
        self._submit_payment = submit
        for tender in (Tender.CASH, Tender.CARD, Tender.MEAL_VOUCHER, Tender.ONLINE):
            self.ui.tenderCombo.addItem(tender_label(tender), tender.value)
        self.ui.dueLabel.setText(format_cents(due_cents, i18n.language()))
        self.ui.amountEdit.setText(euros_text(due_cents))
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
        self.ui.changeLabel.setText(format_cents(max(0, given - amount), i18n.language()))

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
        tender = self.tender
        return lambda: self._submit_payment(tender, amount, tendered, reference)
