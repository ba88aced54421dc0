"""The catalogue's sizes of a product: a small table (label, price, dose factor, default)
with Add and Remove. Empty: the product is sold in one size at the price above it.

Nothing is checked here beyond reading the numbers typed: the rules (every size a price, a
label of its own, a dose factor in range, one default) are the domain's
(`domain.catalogue.check_sizes`), so a refused save says the same on every face. A price
cell that is not a price is read as "no price", which the rules refuse by name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocpizza_desk.domain.catalogue import SizeDraft
from ocpizza_desk.domain.money import parse_euros
from ocpizza_desk.gui import i18n

translate = QCoreApplication.translate
LABEL, PRICE, DOSE, DEFAULT = range(4)


class SizesEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sizesEditor")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("sizesTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(130)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addSizeButton")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeSizeButton")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_size())
        self.remove_button.clicked.connect(self.remove_size)
        self.table.itemChanged.connect(self._item_changed)
        self._retranslate()

    # -- content

    def set_sizes(self, sizes: tuple[SizeDraft, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for size in sizes:
            self._append(size)
        self.table.blockSignals(False)

    def add_size(self, size: SizeDraft | None = None) -> None:
        """A new row (a blank one to type in, the first one the default)."""
        first = self.table.rowCount() == 0
        self.table.blockSignals(True)
        self._append(size or SizeDraft("", None, 100, first))
        self.table.blockSignals(False)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, LABEL)
        self.table.editItem(self.table.item(row, LABEL))
        self.changed.emit()

    def remove_size(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def sizes(self) -> tuple[SizeDraft, ...]:
        """What is typed, as the domain reads it (a price that is not one: None)."""
        result = []
        for row in range(self.table.rowCount()):
            label = self._text(row, LABEL)
            try:
                price: int | None = parse_euros(self._text(row, PRICE))
            except ValueError:
                price = None
            try:
                dose = int(self._text(row, DOSE).replace("%", "").strip())
            except ValueError:
                dose = 0
            default = self.table.item(row, DEFAULT).checkState() == Qt.CheckState.Checked
            result.append(SizeDraft(label, price, dose, default))
        return tuple(result)

    def default_price(self) -> int | None:
        return next((s.price_cents for s in self.sizes() if s.is_default), None)

    # -- inside

    def _append(self, size: SizeDraft) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        price = "" if size.price_cents is None else i18n.money(size.price_cents, plain=True)
        for column, text in ((LABEL, size.label), (PRICE, price), (DOSE, str(size.dose_pct))):
            item = QTableWidgetItem(text)
            if column != LABEL:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        default = QTableWidgetItem()
        default.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        default.setCheckState(Qt.CheckState.Checked if size.is_default else Qt.CheckState.Unchecked)
        self.table.setItem(row, DEFAULT, default)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == DEFAULT and item.checkState() == Qt.CheckState.Checked:
            # One default: checking one unchecks the others.
            self.table.blockSignals(True)
            for row in range(self.table.rowCount()):
                if row != item.row():
                    self.table.item(row, DEFAULT).setCheckState(Qt.CheckState.Unchecked)
            self.table.blockSignals(False)
        self.changed.emit()

    def _retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                translate("SizesEditor", "Size"),
                translate("SizesEditor", "Price"),
                translate("SizesEditor", "Dose %"),
                translate("SizesEditor", "Default"),
            ]
        )
        self.table.setToolTip(
            translate(
                "SizesEditor",
                "Empty: one size at the price above. Dose %: how much of the recipe a size "
                "takes (100 = as written).",
            )
        )
        self.table.setAccessibleName(translate("SizesEditor", "Sizes"))
        self.add_button.setText(translate("SizesEditor", "Add a size"))
        self.remove_button.setText(translate("SizesEditor", "Remove the size"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
