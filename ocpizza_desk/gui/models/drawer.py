"""The cash-close screen's drawer: one row per note and coin, the pieces counted as typed.

What is typed stays as typed (a count that is not one shows in red, never cleared); the
count sent to `services.closures.close_day` is built only when every row is a whole number.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ocpizza_desk.domain import money
from ocpizza_desk.gui import i18n, style
from ocpizza_desk.services.closures import COINS, DENOMINATIONS, MAX_PIECES

translate = QCoreApplication.translate
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
INVALID_BACKGROUND = QColor(style.BAD_BACKGROUND)
COIN_BACKGROUND = QColor(style.COIN_BACKGROUND)
DENOMINATION_ROLE = Qt.ItemDataRole.UserRole + 1


def denomination_text(cents: int) -> str:
    """A note or a coin in words ("Note of 50 €", "Coin of 2 €", "Coin of 5 c")."""
    value = money.denomination_text(cents)
    if cents in COINS:
        return translate("DrawerModel", "Coin of {value}").format(value=value)
    return translate("DrawerModel", "Note of {value}").format(value=value)


def parse_pieces(text: str) -> int | None:
    """A whole number of pieces (spaces allowed: "1 200"), or None."""
    cleaned = text.replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
    if not cleaned.isdigit() or not cleaned.isascii():
        return None
    value = int(cleaned)
    return value if value <= MAX_PIECES else None


class DrawerModel(QAbstractTableModel):
    """Denomination | pieces (editable) | amount."""

    DENOMINATION, PIECES, AMOUNT = range(3)
    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: dict[int, tuple[str, int | None]] = {}  # denomination -> (text, value)
        self.read_only = False

    # -- what was typed

    def set_pieces(self, denomination: int, text: str) -> bool:
        return self.setData(self.index(DENOMINATIONS.index(denomination), self.PIECES), text)

    def load(self, drawer: dict[int, int] | None, read_only: bool) -> None:
        """Show a closed day's drawer (read only), or clear for a new count."""
        self.beginResetModel()
        self.entries = {
            d: (str(n), n) for d, n in (drawer or {}).items() if n and d in DENOMINATIONS
        }
        self.read_only = read_only
        self.endResetModel()
        self.edited.emit()

    def invalid(self) -> list[int]:
        """Denominations whose text is not a count."""
        return [d for d in DENOMINATIONS if d in self.entries and self.entries[d][1] is None]

    def counted(self) -> dict[int, int] | None:
        """{denomination: pieces} for every denomination, or None while one is not a count."""
        if self.invalid():
            return None
        return {d: (self.entries[d][1] or 0) if d in self.entries else 0 for d in DENOMINATIONS}

    def total_cents(self) -> int:
        """What the valid rows add up to (invalid rows count for nothing)."""
        return sum(d * (value or 0) for d, (_text, value) in self.entries.items())

    def pieces(self, denomination: int) -> int | None:
        entry = self.entries.get(denomination)
        return 0 if entry is None else entry[1]

    # -- Qt

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(DENOMINATIONS)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("DrawerModel", "Value"),
            translate("DrawerModel", "Count"),
            translate("DrawerModel", "Amount"),
        )[section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(DENOMINATIONS):
            return None
        denomination = DENOMINATIONS[index.row()]
        column = index.column()
        text, value = self.entries.get(denomination, ("", 0))
        if role == DENOMINATION_ROLE:
            return denomination
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.DENOMINATION:
                return money.denomination_text(denomination)
            if column == self.PIECES:
                return text
            if value:
                return i18n.money(denomination * value)
            return ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.PIECES and value is None:
                return QBrush(INVALID_BACKGROUND)
            if column == self.DENOMINATION and denomination in COINS:
                return QBrush(COIN_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and column == self.PIECES:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DENOMINATION:
            return denomination_text(denomination)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PIECES:
            return translate("DrawerModel", "How many, from 0 to {limit}").format(limit=MAX_PIECES)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.PIECES and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != self.PIECES
            or self.read_only
        ):
            return False
        denomination = DENOMINATIONS[index.row()]
        text = str(value if value is not None else "").strip()
        if text:
            self.entries[denomination] = (text, parse_pieces(text))
        else:
            self.entries.pop(denomination, None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 2))
        self.edited.emit()
        return True
