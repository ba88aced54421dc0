"""The store's menu for the counter: one product per row, filtered by category and text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.gui import i18n, style
from ocpizza_desk.services.menu import MenuItem

translate = QCoreApplication.translate
PRODUCT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
ITEM_ROLE = Qt.ItemDataRole.UserRole + 4  # the MenuItem itself (its allergens, for the filter)
LOW = 3  # "only 3 left" is shown in colour


class MenuModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[MenuItem] = []

    def set_items(self, items: list[MenuItem]) -> None:
        """Same products (a stock update): only the changed rows are repainted."""
        if [i.product_id for i in items] != [i.product_id for i in self.items]:
            self.beginResetModel()
            self.items = list(items)
            self.endResetModel()
            return
        old, self.items = self.items, list(items)
        for row, (before, after) in enumerate(zip(old, items, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 2))

    def item(self, product_id: int) -> MenuItem | None:
        return next((i for i in self.items if i.product_id == product_id), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                (
                    translate("MenuModel", "Product"),
                    translate("MenuModel", "Price"),
                    translate("MenuModel", "Can make"),
                )[section]
                if 0 <= section < 3
                else None
            )
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable
        if self.items[index.row()].available:
            flags |= Qt.ItemFlag.ItemIsEnabled
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == PRODUCT_ID_ROLE:
            return item.product_id
        if role == CATEGORY_ROLE:
            return item.category
        if role == ITEM_ROLE:
            return item
        if role == SEARCH_ROLE:
            return f"{item.name} {item.description or ''}".lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (item.description, size_text(item)) if t) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and item.enabled:
            if item.can_make == 0:
                return QBrush(QColor(style.BAD))
            if item.can_make <= LOW:
                return QBrush(QColor(style.WARNING))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return item.name
        # The default size's price and count; every size's under the menu (size_text).
        if column == 1:
            return i18n.money(item.price_cents)
        if not item.enabled:
            return translate("MenuModel", "off")
        return str(item.can_make) if item.can_make else translate("MenuModel", "sold out")


class MenuFilter(QSortFilterProxyModel):
    """Rows of one category (or all) whose name or description contains the typed text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.category: str | None = None
        self.text = ""
        self.excluded: tuple[str, ...] = ()  # allergens ("sans gluten"): known free of them

    def set_category(self, category: str | None) -> None:
        self.beginFilterChange()
        self.category = category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_excluded(self, codes: tuple[str, ...]) -> None:
        self.beginFilterChange()
        self.excluded = tuple(codes)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self.category and index.data(CATEGORY_ROLE) != self.category:
            return False
        if self.excluded:
            item = index.data(ITEM_ROLE)
            if item is None or not item.free_of(self.excluded):
                return False
        return not self.text or self.text in (index.data(SEARCH_ROLE) or "")


def size_text(item: MenuItem | None) -> str:
    """'1: 26 cm 9,50 € (24) · 2: 33 cm 12,50 € (18) · 3: 40 cm 17,50 € (12)': the keys
    that add each size, its price and how many can still be made ('' for one size)."""
    if item is None or not item.sized:
        return ""
    lang = i18n.language()
    return " · ".join(
        f"{n}: {z.label} {format_cents(z.price_cents, lang)} ({z.can_make})"
        for n, z in enumerate(item.sizes, start=1)
    )
