"""Choose a pizza's customisations: without an ingredient, or extra of one at a price; for a
formula, first which of its choices (ChoicePickDialog)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocpizza_desk.domain.availability import Option
from ocpizza_desk.domain.enums import CustomisationKind
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.access import AccessibleDialog
from ocpizza_desk.gui.forms.ui_customise_dialog import Ui_CustomiseDialog

OPTION_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomiseDialog(AccessibleDialog):

    def __init__(
        self,
        parent: QWidget | None,
        product_name: str,
        options: tuple[Option, ...],
        chosen: tuple[Option, ...],
        unavailable: frozenset[int],
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per use, not kept
        self.ui = Ui_CustomiseDialog()
        self.ui.setupUi(self)
        self.ui.productLabel.setText(f"<b>{product_name}</b>")
        chosen_ids = {o.option_id for o in chosen}
        for option in options:
            text = option.label
            if option.kind is CustomisationKind.EXTRA and option.price_cents:
                text += f"  +{i18n.money(option.price_cents)}"
            item = QListWidgetItem(text, self.ui.optionsList)
            item.setData(OPTION_ROLE, option)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if option.option_id in chosen_ids else Qt.CheckState.Unchecked
            )
            if option.option_id in unavailable and option.option_id not in chosen_ids:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Not enough stock for this extra."))
        if self.ui.optionsList.count():
            self.ui.optionsList.setCurrentRow(0)
        self.ui.optionsList.setFocus()

    def chosen(self) -> tuple[Option, ...]:
        return tuple(
            self.ui.optionsList.item(row).data(OPTION_ROLE)
            for row in range(self.ui.optionsList.count())
            if self.ui.optionsList.item(row).checkState() == Qt.CheckState.Checked
        )


class ChoicePickDialog(AccessibleDialog):
    """Which choice of a formula to customise: its digit, or the arrows and Enter."""

    picked = Signal(int)  # the index in the names given

    def __init__(self, parent: QWidget | None, names: list[str]) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Customise a choice"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Which choice? (its number, or the arrows and Enter)"), self)
        layout.addWidget(label)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Choices of the formula"))
        label.setBuddy(self.list)
        for number, name in enumerate(names, start=1):
            QListWidgetItem(f"{number}. {name}" if number <= 9 else name, self.list)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.pick_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemActivated.connect(lambda _item: self.pick_current())
        self.list.installEventFilter(self)
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def pick(self, row: int) -> None:
        if 0 <= row < self.list.count():
            self.accept()
            self.picked.emit(row)

    def pick_current(self) -> None:
        self.pick(self.list.currentRow())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                self.pick(int(key) - int(Qt.Key.Key_1))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick_current()
                return True
        return super().eventFilter(watched, event)
