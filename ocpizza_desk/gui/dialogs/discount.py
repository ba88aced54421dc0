"""Give a discount at the counter: on the selected line or the whole order, in euros or as a
percentage, with a reason from the list. Nothing is sent from here: the discount joins the
form, and the service checks the role's limit when the order is validated."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWidget

from ocpizza_desk.domain.enums import DiscountKind, DiscountReason
from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.domain.money import parse_euros
from ocpizza_desk.domain.totals import Discount
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.access import AccessibleDialog
from ocpizza_desk.gui.forms.ui_discount_dialog import Ui_DiscountDialog
from ocpizza_desk.gui.labels import discount_reason_label

_PERCENT = re.compile(r"^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$")
LINE, ORDER = "line", "order"


def parse_percent(text: str) -> int:
    """'10', '12,5 %' -> basis points. ValueError for anything else."""
    match = _PERCENT.match(text)
    if not match:
        raise ValueError(text)
    whole, decimals = match.group(1), (match.group(2) or "").ljust(2, "0")
    return int(whole) * 100 + int(decimals)


class DiscountDialog(AccessibleDialog):
    """`scopes`: (scope, label, base cents, current discount or None) for the selected line
    (if any) and the whole order. `chosen` after accept: (scope, Discount or None)."""


    def __init__(
        self,
        parent: QWidget | None,
        scopes: list[tuple[str, str, int, Discount | None]],
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DiscountDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setProperty("role", "error")
        self.scopes = scopes
        self.chosen: tuple[str, Discount | None] | None = None
        for scope, label, _base, _current in scopes:
            self.ui.scopeCombo.addItem(label, scope)
        self.ui.kindCombo.addItem("%", DiscountKind.PERCENT.value)
        self.ui.kindCombo.addItem("€", DiscountKind.AMOUNT.value)
        for reason in DiscountReason:
            self.ui.reasonCombo.addItem(discount_reason_label(reason), reason.value)
        self.ui.scopeCombo.currentIndexChanged.connect(self._scope_changed)
        self.ui.valueEdit.textEdited.connect(self._typed)
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self._preview())
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.removeDiscountButton.clicked.connect(self._remove)
        self._scope_changed()
        self.ui.valueEdit.setFocus()

    @property
    def _current(self) -> tuple[str, str, int, Discount | None]:
        return self.scopes[max(0, self.ui.scopeCombo.currentIndex())]

    def _scope_changed(self) -> None:
        _scope, _label, _base, current = self._current
        self.ui.removeDiscountButton.setVisible(current is not None)
        if current is not None:
            kind_index = self.ui.kindCombo.findData(current.kind.value)
            self.ui.kindCombo.setCurrentIndex(kind_index)
            self.ui.valueEdit.setText(
                i18n.rate(current.value)
                if current.kind is DiscountKind.PERCENT
                else i18n.money(current.value, plain=True)
            )
            self.ui.reasonCombo.setCurrentIndex(self.ui.reasonCombo.findData(current.reason.value))
        self._preview()

    def _typed(self, text: str) -> None:
        if "%" in text:
            self.ui.kindCombo.setCurrentIndex(
                self.ui.kindCombo.findData(DiscountKind.PERCENT.value)
            )
        elif "€" in text or "," in text or "." in text:
            self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(DiscountKind.AMOUNT.value))
        self._preview()

    def discount(self) -> Discount:
        """What was typed; ValueError with the message to show."""
        kind = DiscountKind(self.ui.kindCombo.currentData())
        text = self.ui.valueEdit.text().strip()
        try:
            value = parse_percent(text) if kind is DiscountKind.PERCENT else parse_euros(text)
        except ValueError:
            raise ValueError(
                self.tr("Type a percentage (10 %) or an amount in euros (2,50).")
            ) from None
        scope, _label, base, _current = self._current
        discount = Discount(
            kind,
            value,
            DiscountReason(self.ui.reasonCombo.currentData()),
            line=0 if scope == LINE else None,  # the screen sets the line's position
        )
        try:
            discount.check()
        except ValidationError as refused:
            raise ValueError(refused.message(i18n.language())) from None
        if discount.amount_on(base) > base:
            raise ValueError(self.tr("The discount is more than what it applies to."))
        return discount

    def _preview(self) -> None:
        try:
            discount = self.discount()
        except ValueError:
            self.ui.previewLabel.setText("—")
            return
        base = self._current[2]
        self.ui.previewLabel.setText(i18n.money(discount.amount_on(base)))

    def _accept(self) -> None:
        try:
            discount = self.discount()
        except ValueError as problem:
            self.ui.errorLabel.setText(str(problem))
            self.ui.valueEdit.setFocus()
            return
        self.chosen = (self._current[0], discount)
        self.accept()

    def _remove(self) -> None:
        self.chosen = (self._current[0], None)
        self.accept()


