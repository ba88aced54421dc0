"""Choose a pizza's customisations: without an ingredient, or extra of one at a price."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

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
