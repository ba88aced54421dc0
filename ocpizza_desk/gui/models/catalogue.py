"""Item models of the catalogue screen: the product list (with its filter), and the editor's
recipe lines, memo steps, customisation options and store switches.

The editor's models hold what the user is typing, not what the database has: nothing is
written until Save, and a refused save leaves them exactly as they were.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ocpizza_desk.domain.catalogue import MAX_DOSE, MAX_EXTRA_PRICE_CENTS, UNIT_NAMES
from ocpizza_desk.domain.enums import CustomisationKind, Unit
from ocpizza_desk.domain.money import parse_euros
from ocpizza_desk.domain.pricing import format_rate
from ocpizza_desk.domain.texts import Text
from ocpizza_desk.gui import i18n, labels, style
from ocpizza_desk.gui.models.rows import RowsTableModel
from ocpizza_desk.services.catalogue import ProductRow, StoreAvailability

translate = QCoreApplication.translate
PRODUCT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 4
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


_ONE_PIECE = Text("Unit", "piece")


def unit_text(unit: Unit, quantity: int | None = None) -> str:
    """The unit's name; with a quantity, a piece in the singular where the language wants it
    (a recipe read "1 pièces")."""
    name = UNIT_NAMES[unit].text(i18n.language())
    if unit is Unit.PIECE and quantity is not None:
        return labels.plural(quantity, _ONE_PIECE.text(i18n.language()), name)
    return name


# --------------------------------------------------------------------------- product list


class ProductListModel(RowsTableModel):
    def header_texts(self) -> tuple[str, ...]:
        return (
            translate("ProductListModel", "Product"),
            translate("ProductListModel", "Category"),
            translate("ProductListModel", "Price"),
            translate("ProductListModel", "VAT"),
            translate("ProductListModel", "Stores"),
        )

    def row_of(self, product_id: int) -> int | None:
        return next((r for r, p in enumerate(self.rows) if p.product_id == product_id), None)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not self._valid(index):
            return None
        p: ProductRow = self.rows[index.row()]
        column = index.column()
        if role == PRODUCT_ID_ROLE:
            return p.product_id
        if role == CATEGORY_ROLE:
            return p.category_code
        if role == SEARCH_ROLE:
            return f"{p.name} {p.code}".lower()
        if role == ACTIVE_ROLE:
            return p.active
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not p.active:
            return QBrush(QColor(style.WITHDRAWN))
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return ", ".join(p.stores) or None
        if role != DISPLAY:
            return None
        if column == 0:
            if p.active:
                return p.name
            return translate("ProductListModel", "{name} (archived)").format(name=p.name)
        if column == 1:
            return p.category_name
        if column == 2:
            return i18n.money(p.price_cents)
        if column == 3:
            return format_rate(p.vat_rate_bp)
        if len(p.stores) == p.store_count:
            return translate("ProductListModel", "all")
        if not p.stores:
            return translate("ProductListModel", "none")
        return translate("ProductListModel", "{count} of {total}").format(
            count=len(p.stores), total=p.store_count
        )


class ProductFilter(QSortFilterProxyModel):
    """Rows of one category (or all) whose name or code holds the typed text; archived
    products only when asked for."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.category: str | None = None
        self.text = ""
        self.archived = False

    def set_filter(self, text: str, category: str | None, archived: bool) -> None:
        self.beginFilterChange()
        self.text, self.category, self.archived = text.strip().lower(), category, archived
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if not self.archived and not index.data(ACTIVE_ROLE):
            return False
        if self.category and index.data(CATEGORY_ROLE) != self.category:
            return False
        return not self.text or self.text in (index.data(SEARCH_ROLE) or "")


# --------------------------------------------------------------------------- recipe


@dataclass(frozen=True)
class RecipeRow:
    ingredient_id: int
    name: str
    unit: Unit
    quantity: int


class RecipeModel(RowsTableModel):
    """Ingredient, dose (editable in place), unit."""

    def header_texts(self) -> tuple[str, ...]:
        return (
            translate("RecipeModel", "Ingredient"),
            translate("RecipeModel", "Dose"),
            translate("RecipeModel", "Unit"),
        )

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else flags

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not self._valid(index):
            return None
        line: RecipeRow = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return RIGHT
        if role == EDIT and column == 1:
            return line.quantity
        if role != DISPLAY:
            return None
        return (line.name, str(line.quantity), unit_text(line.unit, line.quantity))[column]

    def setData(self, index: QModelIndex, value: Any, role: int = EDIT) -> bool:
        if not self._valid(index) or index.column() != 1 or role != EDIT:
            return False
        try:
            quantity = int(value)
        except (TypeError, ValueError):
            return False
        if not 0 < quantity <= MAX_DOSE:
            return False
        self.rows[index.row()] = replace(self.rows[index.row()], quantity=quantity)
        self.dataChanged.emit(index, index)
        return True

    def add(self, line: RecipeRow) -> int:
        """A second line of the same ingredient adds to the first one's dose."""
        for row, existing in enumerate(self.rows):
            if existing.ingredient_id == line.ingredient_id:
                self.rows[row] = replace(existing, quantity=existing.quantity + line.quantity)
                self.dataChanged.emit(self.index(row, 0), self.index(row, 2))
                return row
        return self.append(line)


# --------------------------------------------------------------------------- memo


class MemoModel(QAbstractListModel):
    """The pizzaiolo's steps, in order; each one editable in place, movable up and down."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.steps: list[str] = []

    def set_steps(self, steps) -> None:
        self.beginResetModel()
        self.steps = list(steps)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.steps)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self.steps):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.steps):
            return None
        if role in (DISPLAY, EDIT):
            return self.steps[index.row()]
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or not isinstance(value, str):
            return False
        self.steps[index.row()] = value
        self.dataChanged.emit(index, index)
        return True

    def add(self, step: str) -> int:
        row = len(self.steps)
        self.beginInsertRows(QModelIndex(), row, row)
        self.steps.append(step)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.steps):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.steps[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Swap a step with its neighbour; returns its new row (unchanged at either end)."""
        target = row + delta
        if not (0 <= row < len(self.steps) and 0 <= target < len(self.steps)):
            return row
        # beginMoveRows' destination is the row the moved one goes before.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.steps.insert(target, self.steps.pop(row))
        self.endMoveRows()
        return target


# --------------------------------------------------------------------------- options


@dataclass(frozen=True)
class OptionRow:
    kind: CustomisationKind
    ingredient_id: int
    ingredient_name: str
    unit: Unit
    quantity: int | None
    price_cents: int
    label: str


class OptionsModel(RowsTableModel):
    def header_texts(self) -> tuple[str, ...]:
        return (
            translate("OptionsModel", "Kind"),
            translate("OptionsModel", "Ingredient"),
            translate("OptionsModel", "Dose"),
            translate("OptionsModel", "Price"),
            translate("OptionsModel", "Label"),
        )

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        """An extra's dose and price, and any option's label, are edited in place (F2)."""
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        extra = self.rows[index.row()].kind is CustomisationKind.EXTRA
        if index.column() == 4 or (extra and index.column() in (2, 3)):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not self._valid(index):
            return None
        option: OptionRow = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return RIGHT
        if role == EDIT and self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            if column == 2:
                return option.quantity
            if column == 3:
                return i18n.money(option.price_cents, plain=True)
            return option.label
        if role != DISPLAY:
            return None
        extra = option.kind is CustomisationKind.EXTRA
        if column == 0:
            if extra:
                return translate("OptionsModel", "Extra")
            return translate("OptionsModel", "Without")
        if column == 1:
            return option.ingredient_name
        if column == 2:
            if not extra or option.quantity is None:
                return translate("OptionsModel", "recipe's")
            return f"{option.quantity} {unit_text(option.unit, option.quantity)}"
        if column == 3:
            return i18n.money(option.price_cents) if extra else "—"
        return option.label or "—"

    def setData(self, index: QModelIndex, value: Any, role: int = EDIT) -> bool:
        """Out-of-range values are not taken (the cell keeps its value); the save checks the
        rest (domain.catalogue)."""
        if role != EDIT or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        option: OptionRow = self.rows[index.row()]
        column = index.column()
        try:
            if column == 2:
                quantity = int(value)
                if not 0 < quantity <= MAX_DOSE:
                    return False
                changed = replace(option, quantity=quantity)
            elif column == 3:
                price = parse_euros(str(value))
                if price > MAX_EXTRA_PRICE_CENTS:
                    return False
                changed = replace(option, price_cents=price)
            else:
                changed = replace(option, label=str(value).strip())
        except (TypeError, ValueError):
            return False
        self.rows[index.row()] = changed
        self.dataChanged.emit(index, index)
        return True


# --------------------------------------------------------------------------- stores


class AvailabilityModel(QAbstractListModel):
    """One checkable row per store: is the product on that store's menu."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stores: list[StoreAvailability] = []

    def set_stores(self, stores) -> None:
        self.beginResetModel()
        self.stores = list(stores)
        self.endResetModel()

    def wanted(self) -> dict[int, bool]:
        return {s.store_id: s.enabled for s in self.stores}

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.stores)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self.stores):
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.stores):
            return None
        store = self.stores[index.row()]
        if role == DISPLAY:
            return store.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if store.enabled else Qt.CheckState.Unchecked
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.stores[index.row()] = replace(self.stores[index.row()], enabled=checked)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_enabled(self, code: str, enabled: bool) -> None:
        for row, store in enumerate(self.stores):
            if store.code == code:
                self.setData(
                    self.index(row),
                    Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked,
                    Qt.ItemDataRole.CheckStateRole,
                )
