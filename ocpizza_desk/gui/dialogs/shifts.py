"""End of a driver's shift (expected cash against what is counted) and the day's cash per
driver, for the manager."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ocpizza_desk.domain.money import format_cents, parse_euros
from ocpizza_desk.gui import i18n, style
from ocpizza_desk.gui.access import AccessibleDialog
from ocpizza_desk.gui.dialogs.submitting import SubmittingDialog
from ocpizza_desk.gui.forms.ui_end_shift_dialog import Ui_EndShiftDialog
from ocpizza_desk.gui.models.deliveries import CashModel
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services.deliveries import DriverCash, ShiftClose

translate = QCoreApplication.translate

Submit = Callable[[int, str | None], object]  # counted cents, note -> ShiftClose


class EndShiftDialog(SubmittingDialog):
    """Shows the fund, the cash taken at the doors and the total expected; the manager types
    what the driver hands in, the difference is shown as it is typed."""

    def __init__(
        self, parent: QWidget | None, runner: TaskRunner, close: ShiftClose, submit: Submit
    ) -> None:
        super().__init__(parent, runner)
        self.ui = Ui_EndShiftDialog()
        self.ui.setupUi(self)
        self.close_view = close
        self._submit_close = submit
        lang = i18n.language()
        self.ui.driverLabel.setText(close.driver_name)
        self.ui.floatLabel.setText(format_cents(close.float_cents, lang))
        self.ui.cashLabel.setText(format_cents(close.cash_cents, lang))
        self.ui.expectedLabel.setText(format_cents(close.expected_cents, lang))
        self.ui.countedEdit.setText(i18n.money(close.expected_cents, plain=True))
        self.ui.countedEdit.textChanged.connect(self._update_difference)
        self._bind(self.ui.buttonBox, self.ui.errorLabel)
        self._update_difference()
        self.ui.countedEdit.selectAll()
        self.ui.countedEdit.setFocus()

    def _update_difference(self) -> None:
        try:
            counted = parse_euros(self.ui.countedEdit.text())
        except ValueError:
            self.ui.differenceLabel.setText("—")
            return
        difference = counted - self.close_view.expected_cents
        self.ui.differenceLabel.setText(i18n.money(difference))
        self.ui.differenceLabel.setStyleSheet(f"color: {style.LATE};" if difference < 0 else "")

    def _call(self):
        try:
            counted = parse_euros(self.ui.countedEdit.text())
        except ValueError:
            raise ValueError(self.tr("Type the amount in euros, for example 12,50.")) from None
        note = self.ui.noteEdit.text().strip() or None
        return lambda: self._submit_close(counted, note)


class CashDialog(AccessibleDialog):
    """Today's takings of each driver by tender, expected against handed in."""


    def __init__(self, parent: QWidget | None, rows: list[DriverCash]) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("CashDialog", "Cash per driver"))
        self.resize(720, 320)
        layout = QVBoxLayout(self)
        self.captionLabel = QLabel(
            translate(
                "CashDialog",
                "Payments received by each driver today; expected = change fund + cash.",
            ),
            self,
        )
        self.captionLabel.setWordWrap(True)
        self.model = CashModel(self)
        self.model.set_rows(rows)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.emptyLabel = QLabel(
            translate("CashDialog", "No payment taken by a driver today."), self
        )
        self.emptyLabel.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for widget in (self.captionLabel, self.view, self.emptyLabel, buttons):
            layout.addWidget(widget)
