"""The stock screen's item models: the store's levels, an ingredient's ledger, and the two
entry sheets (supplier receipt, inventory count).

Quantities live in base units (g, ml, pieces); on screen they read in the unit a manager
thinks in ("2,5 kg", "800 ml", "110 pcs"), and what is typed may carry its unit too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.domain.enums import StockMovementKind, Unit
from ocpizza_desk.gui import style
from ocpizza_desk.gui.models.paged import PagedTableModel
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services.stock import LedgerEntry, StockLine

translate = QCoreApplication.translate
INGREDIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
_STATE_RANK = {"out": 0, "low": 1, "ok": 2}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LOW_BACKGROUND = QColor(style.LOW_BACKGROUND)
OUT_BACKGROUND = QColor(style.BAD_BACKGROUND)
LOW_INK = QColor(style.LOW_STOCK)
OUT_INK = QColor(style.BAD)
GAIN_INK = QColor(style.GOOD)
INVALID_BACKGROUND = QColor(style.BAD_BACKGROUND)

# (suffix, units it applies to, base units per one)
_SUFFIXES = {
    "kg": (Unit.GRAM, 1000),
    "g": (Unit.GRAM, 1),
    "l": (Unit.MILLILITRE, 1000),
    "cl": (Unit.MILLILITRE, 10),
    "ml": (Unit.MILLILITRE, 1),
    "pc": (Unit.PIECE, 1),
    "pcs": (Unit.PIECE, 1),
    "p": (Unit.PIECE, 1),
    "pce": (Unit.PIECE, 1),
    "pces": (Unit.PIECE, 1),
    "piece": (Unit.PIECE, 1),
    "pieces": (Unit.PIECE, 1),
    "pièce": (Unit.PIECE, 1),
    "pièces": (Unit.PIECE, 1),
}
_QUANTITY = re.compile(r"^([+-]?)(\d+(?:[.,]\d+)?)\s*([^\d\s.,+-]*)$")


def format_quantity(quantity: int, unit: Unit, signed: bool = False) -> str:
    """9500 g -> "9,5 kg", 800 ml -> "800 ml", 1250 ml -> "1,25 l", 110 -> "110 pcs"."""
    locale = QLocale()
    sign = "+" if signed and quantity > 0 else "−" if quantity < 0 else ""
    size = abs(quantity)
    if unit is Unit.PIECE:
        number = locale.toString(size)
        suffix = translate("Labels", "pc") if size == 1 else translate("Labels", "pcs")  # 1 pièce
    elif size >= 1000:
        whole = locale.toString(size / 1000, "f", 3)
        point = locale.decimalPoint()
        if point in whole:
            whole = whole.rstrip("0").rstrip(point)
        number, suffix = whole, ("kg" if unit is Unit.GRAM else "l")
    else:
        number, suffix = locale.toString(size), unit.value
    return f"{sign}{number}\u00a0{suffix}"


def parse_quantity(text: str, unit: Unit) -> int | None:
    """What a manager typed, in base units: "2,5 kg", "2500", "1.5 l", "40 pcs"; a bare
    number is in the base unit. Signed (the service refuses negatives with its own
    message). None: not a quantity of this unit (empty text included)."""
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace("−", "-")
    cleaned = re.sub(r"(?<=\d)[ ](?=\d{3}\b)", "", cleaned)  # "9 500 g"
    found = _QUANTITY.match(cleaned)
    if not found:
        return None
    sign, number, suffix = found.groups()
    factor = 1
    if suffix:
        known = _SUFFIXES.get(suffix.lower().rstrip("."))
        if known is None or known[0] is not unit:
            return None
        factor = known[1]
    value = round(float(number.replace(",", ".")) * factor)
    if factor == 1 and ("," in number or "." in number) and float(number.replace(",", ".")) % 1:
        return None  # "2,5 g": base units are whole
    return -value if sign == "-" else value


def unit_hint(unit: Unit) -> str:
    return {
        Unit.GRAM: translate("StockModels", "g, or kg: 2,5 kg"),
        Unit.MILLILITRE: translate("StockModels", "ml, or l: 1,5 l"),
        Unit.PIECE: translate("StockModels", "pieces"),
    }[unit]


def state_label(state: str) -> str:
    return {
        "ok": translate("StockModels", "OK"),
        "low": translate("StockModels", "Under threshold"),
        "out": translate("StockModels", "Out of stock"),
    }[state]


def kind_label(kind: StockMovementKind) -> str:
    return {
        StockMovementKind.RECEIPT: translate("StockModels", "Supplier receipt"),
        StockMovementKind.ORDER: translate("StockModels", "Order"),
        StockMovementKind.CANCELLATION: translate("StockModels", "Cancellation"),
        StockMovementKind.WASTE: translate("StockModels", "Waste"),
        StockMovementKind.ADJUSTMENT: translate("StockModels", "Inventory adjustment"),
    }[kind]


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


# --------------------------------------------------------------------------- levels


class StockLevelsModel(QAbstractTableModel):
    """One row per ingredient of the store; the threshold cell is editable for a manager:
    an edit is asked of the screen (`threshold_edited`), never written here."""

    INGREDIENT, BALANCE, THRESHOLD, STATE, PACK = range(5)
    # ingredient id, threshold shown, new threshold (None: not a quantity), what was typed
    threshold_edited = Signal(int, int, object, str)

    def __init__(self, editable: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self.lines: list[StockLine] = []

    def set_lines(self, lines: Sequence[StockLine]) -> None:
        """Same ingredients: updated in place (selection and scroll stay); else reset."""
        lines = list(lines)
        if [x.ingredient_id for x in lines] == [x.ingredient_id for x in self.lines] and lines:
            self.lines = lines
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(lines) - 1, self.columnCount() - 1)
            )
            return
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def line(self, row: int) -> StockLine:
        return self.lines[row]

    def row_of(self, ingredient_id: int) -> int | None:
        for row, line in enumerate(self.lines):
            if line.ingredient_id == ingredient_id:
                return row
        return None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            translate("StockModels", "Ingredient"),
            translate("StockModels", "In stock"),
            translate("StockModels", "Threshold"),
            translate("StockModels", "State"),
            translate("StockModels", "Supplier pack"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, column = self.lines[index.row()], index.column()
        if role == INGREDIENT_ID_ROLE:
            return line.ingredient_id
        if role == STATE_ROLE:
            return line.state
        if role == SORT_ROLE:
            return (
                _fold(line.name),
                line.quantity,
                line.threshold,
                f"{_STATE_RANK[line.state]} {_fold(line.name)}",  # then by name, accents aside
                _fold(line.pack_label),
            )[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                line.name,
                format_quantity(line.quantity, line.unit),
                format_quantity(line.threshold, line.unit),
                state_label(line.state),
                f"{line.pack_label} ({format_quantity(line.pack_size, line.unit)})",
            )[column]
        if role == Qt.ItemDataRole.EditRole:
            if column == self.THRESHOLD:
                return format_quantity(line.threshold, line.unit)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.BALANCE, self.THRESHOLD):
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole and line.state != "ok":
            return QBrush(OUT_BACKGROUND if line.state == "out" else LOW_BACKGROUND)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column in (self.BALANCE, self.STATE)
            and line.state != "ok"
        ):
            return QBrush(OUT_INK if line.state == "out" else LOW_INK)
        if role == Qt.ItemDataRole.FontRole and column == self.STATE and line.state != "ok":
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.THRESHOLD and self.editable:
            return translate("StockModels", "Double-click or F2 to change the alert threshold")
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.INGREDIENT, self.PACK):
            # Whole, where a 1366-px screen cuts them ("Champignons de Paris …").
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == self.THRESHOLD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != self.THRESHOLD
            or not self.editable
        ):
            return False
        line = self.lines[index.row()]
        typed = str(value)
        wanted = parse_quantity(typed, line.unit)
        if wanted == line.threshold:
            return False
        self.threshold_edited.emit(line.ingredient_id, line.threshold, wanted, typed)
        return True

    def under_threshold(self) -> int:
        return sum(1 for line in self.lines if line.state != "ok")


class StockFilterModel(QSortFilterProxyModel):
    """Text (name or code, accents and case ignored) and "only the alerts"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._alerts_only = False

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = _fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_alerts_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._alerts_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, StockLevelsModel) or source_row >= len(model.lines):
            return True
        line = model.line(source_row)
        if self._alerts_only and line.state == "ok":
            return False
        return not self._text or self._text in _fold(f"{line.name} {line.code}")


def _fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


# --------------------------------------------------------------------------- ledger


class LedgerModel(PagedTableModel):
    """One ingredient's movements, newest first, a page at a time."""

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(runner, parent)
        self.unit = Unit.GRAM

    def columns(self) -> list[str]:
        return [
            translate("StockModels", "Date"),
            translate("StockModels", "Movement"),
            translate("StockModels", "Change"),
            translate("StockModels", "Details"),
            translate("StockModels", "By"),
        ]

    BY = 4  # who: left out of a narrow pane, said in the tooltip

    def cell(self, row: LedgerEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QBrush(GAIN_INK if row.delta > 0 else OUT_INK)
        if role == Qt.ItemDataRole.ToolTipRole:  # the details whole, and who
            when = to_paris(row.created_at).strftime("%d/%m/%Y %H:%M")
            details = self.cell(row, 3, Qt.ItemDataRole.DisplayRole)
            who = row.user_name or ""
            return "\n".join(x for x in (when, details, who) if x)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            # The year in the tooltip: the column narrower, the details wider (1366 px).
            return to_paris(row.created_at).strftime("%d/%m %H:%M")
        if column == 1:
            return kind_label(row.kind)
        if column == 2:
            return format_quantity(row.delta, self.unit, signed=True)
        if column == 3:
            order = (
                translate("StockModels", "order {number}").format(number=row.order_id)
                if row.order_id
                else None
            )
            return " · ".join(x for x in (order, row.reference, row.reason) if x)
        return row.user_name or ""


# --------------------------------------------------------------------------- entry sheets


@dataclass
class _Entry:
    text: str
    value: int | None  # None: text is not a quantity


class _SheetModel(QAbstractTableModel):
    """Ingredients with what the manager typed for some of them; every entry keeps its
    text as typed (a refused one is shown in red, never cleared)."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[StockLine] = []
        self.entries: dict[tuple[int, int], _Entry] = {}  # (ingredient id, column) -> entry

    def set_lines(self, lines: Sequence[StockLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        ids = {line.ingredient_id for line in self.lines}
        self.entries = {key: e for key, e in self.entries.items() if key[0] in ids}
        self.endResetModel()

    # subclasses
    def header_names(self) -> tuple[str, ...]:
        raise NotImplementedError

    def editable_columns(self) -> tuple[int, ...]:
        raise NotImplementedError

    def parse(self, line: StockLine, column: int, text: str) -> int | None:
        raise NotImplementedError

    def display(self, line: StockLine, column: int) -> str:
        raise NotImplementedError

    # helpers
    def entry(self, ingredient_id: int, column: int) -> _Entry | None:
        return self.entries.get((ingredient_id, column))

    def invalid(self) -> list[tuple[StockLine, str]]:
        """Entries that are not quantities: (line, text)."""
        return [
            (line, e.text)
            for line in self.lines
            for column in self.editable_columns()
            if (e := self.entry(line.ingredient_id, column)) is not None and e.value is None
        ]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.header_names())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.header_names()
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, column = self.lines[index.row()], index.column()
        entry = self.entry(line.ingredient_id, column)
        if role == INGREDIENT_ID_ROLE:
            return line.ingredient_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column in self.editable_columns():
                return entry.text if entry else ""
            return self.display(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole and entry is not None and entry.value is None:
            return QBrush(INVALID_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and column in self.editable_columns():
            return unit_hint(line.unit)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.editable_columns():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() not in self.editable_columns()
        ):
            return False
        line = self.lines[index.row()]
        key = (line.ingredient_id, index.column())
        text = str(value if value is not None else "").strip()
        if text:
            self.entries[key] = _Entry(text, self.parse(line, index.column(), text))
        else:
            self.entries.pop(key, None)
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        self.edited.emit()
        return True

    def set_entry(self, ingredient_id: int, column: int, text: str) -> bool:
        for row, line in enumerate(self.lines):
            if line.ingredient_id == ingredient_id:
                return self.setData(self.index(row, column), text)
        return False


class ReceiptSheetModel(_SheetModel):
    """A supplier delivery: whole packs, and loose quantities, per ingredient."""

    INGREDIENT, PACK, PACKS, LOOSE, ADDED = range(5)

    def header_names(self) -> tuple[str, ...]:
        return (
            translate("StockModels", "Ingredient"),
            translate("StockModels", "Supplier pack"),
            translate("StockModels", "Packs"),
            translate("StockModels", "Loose quantity"),
            translate("StockModels", "Added"),
        )

    def editable_columns(self) -> tuple[int, ...]:
        return (self.PACKS, self.LOOSE)

    def parse(self, line: StockLine, column: int, text: str) -> int | None:
        """Whole packs, a quantity in the unit; nothing negative (a delivery adds)."""
        if column == self.PACKS:
            return int(text) if re.fullmatch(r"\+?\d{1,9}", text) else None
        value = parse_quantity(text, line.unit)
        return None if value is None or value < 0 else value

    def display(self, line: StockLine, column: int) -> str:
        if column == self.INGREDIENT:
            return line.name
        if column == self.PACK:
            return f"{line.pack_label} ({format_quantity(line.pack_size, line.unit)})"
        added = self.added(line)
        return format_quantity(added, line.unit, signed=True) if added else ""

    def added(self, line: StockLine) -> int:
        packs = self.entry(line.ingredient_id, self.PACKS)
        loose = self.entry(line.ingredient_id, self.LOOSE)
        return (packs.value or 0 if packs else 0) * line.pack_size + (
            loose.value or 0 if loose else 0
        )

    def packs(self) -> dict[int, int]:
        return self._values(self.PACKS)

    def loose(self) -> dict[int, int]:
        return self._values(self.LOOSE)

    def _values(self, column: int) -> dict[int, int]:
        """What was typed, zeros left out ("0 packs" is nothing delivered)."""
        return {
            ingredient: e.value
            for (ingredient, c), e in self.entries.items()
            if c == column and e.value
        }


class CountSheetModel(_SheetModel):
    """The inventory sheet: every ingredient with its expected balance; what was counted."""

    INGREDIENT, EXPECTED, COUNTED, DIFFERENCE = range(4)

    def header_names(self) -> tuple[str, ...]:
        return (
            translate("StockModels", "Ingredient"),
            translate("StockModels", "Expected"),
            translate("StockModels", "Counted"),
            translate("StockModels", "Difference"),
        )

    def editable_columns(self) -> tuple[int, ...]:
        return (self.COUNTED,)

    def parse(self, line: StockLine, column: int, text: str) -> int | None:
        value = parse_quantity(text, line.unit)
        return None if value is None or value < 0 else value  # nothing counts below zero

    def display(self, line: StockLine, column: int) -> str:
        if column == self.INGREDIENT:
            return line.name
        if column == self.EXPECTED:
            return format_quantity(line.quantity, line.unit)
        difference = self.difference(line)
        if difference is None:
            return ""
        return format_quantity(difference, line.unit, signed=True) if difference else "="

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.DIFFERENCE
        ):
            difference = self.difference(self.lines[index.row()])
            if difference:
                return QBrush(GAIN_INK if difference > 0 else OUT_INK)
        return super().data(index, role)

    def difference(self, line: StockLine) -> int | None:
        entry = self.entry(line.ingredient_id, self.COUNTED)
        if entry is None or entry.value is None:
            return None
        return entry.value - line.quantity

    def counted(self) -> dict[int, int]:
        return {
            ingredient: e.value
            for (ingredient, _c), e in self.entries.items()
            if e.value is not None
        }
