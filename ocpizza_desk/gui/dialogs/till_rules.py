"""The chain's till rules, set by head office: how much a manager may discount, the refund
above which a manager must approve (the counter's own limit is fixed: 10 %), and how a
half-and-half is priced (domain/sizes.py)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from ocpizza_desk.domain.money import parse_euros
from ocpizza_desk.domain.permissions import TillRules
from ocpizza_desk.domain.pricing import format_rate
from ocpizza_desk.domain.sizes import HalfRule
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.dialogs.discount import parse_percent
from ocpizza_desk.gui.dialogs.submitting import SubmittingDialog
from ocpizza_desk.gui.forms.ui_till_rules_dialog import Ui_TillRulesDialog
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import settings


class TillRulesDialog(SubmittingDialog):
    def __init__(
        self,
        parent: QWidget | None,
        runner: TaskRunner,
        ctx,
        session,
        rules: TillRules,
        half_rule: HalfRule = HalfRule.HIGHER,
    ) -> None:
        super().__init__(parent, runner)
        self.ui = Ui_TillRulesDialog()
        self.ui.setupUi(self)
        self.ctx, self.session, self.rules, self.half_rule = ctx, session, rules, half_rule
        self.halfCombo = QComboBox(self)
        self.halfCombo.setObjectName("halfCombo")
        self.halfCombo.addItem(self.tr("the price of the dearer half"), HalfRule.HIGHER)
        self.halfCombo.addItem(
            self.tr("the average of the two halves (rounded up to the cent)"), HalfRule.AVERAGE
        )
        self.halfCombo.setCurrentIndex(self.halfCombo.findData(half_rule))
        self.halfCombo.setAccessibleName(self.tr("Half-and-half price"))
        label = QLabel(self.tr("&Half-and-half price:"), self)
        label.setBuddy(self.halfCombo)
        self.ui.form.addRow(label, self.halfCombo)
        self.ui.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.halfCombo.currentIndexChanged.connect(self._being_fixed)
        self.ui.infoLabel.setText(
            self.tr(
                "Counter staff may give up to {counter} of an order's amount; above that, and "
                "for refunds above the threshold, a manager decides."
            ).format(counter=format_rate(rules.counter_discount_limit_bp))
        )
        self.ui.managerLimitEdit.setText(format_rate(rules.manager_discount_limit_bp))
        self.ui.thresholdEdit.setText(i18n.money(rules.refund_approval_above_cents, plain=True))
        self._bind(self.ui.buttonBox, self.ui.errorLabel)
        self.ui.managerLimitEdit.setFocus()

    def _call(self):
        try:
            limit = parse_percent(self.ui.managerLimitEdit.text())
        except ValueError:
            raise ValueError(self.tr("Type a percentage, for example 30 %.")) from None
        try:
            threshold = parse_euros(self.ui.thresholdEdit.text())
        except ValueError:
            raise ValueError(self.tr("Type an amount in euros, for example 20.")) from None
        rules = replace(
            self.rules, manager_discount_limit_bp=limit, refund_approval_above_cents=threshold
        )
        ctx, session = self.ctx, self.session
        half = HalfRule(self.halfCombo.currentData())
        changed_half = half is not self.half_rule

        def save() -> TillRules:
            saved = settings.set_till_rules(ctx, session, rules)
            if changed_half:
                settings.set_half_and_half_rule(ctx, session, half)
            return saved

        return save

    def summary(self, rules: TillRules) -> str:
        text = self.tr(
            "Managers' discounts up to {limit}; refunds above {amount} approved; "
            "a half-and-half costs {half}."
        )
        return text.format(
            limit=format_rate(rules.manager_discount_limit_bp),
            amount=i18n.money(rules.refund_approval_above_cents),
            half=self.halfCombo.currentText(),
        )
