"""The in-memory table model the short lists share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

DISPLAY = Qt.ItemDataRole.DisplayRole


class RowsTableModel(QAbstractTableModel):
    """Rows held in a list, read in one go, under a fixed header: the short tables (a
    product's recipe, the stores, the accounts). The long ones page (`paged.py`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.header_texts())

    def header_texts(self) -> tuple[str, ...]:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        texts = self.header_texts()
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return texts[section] if 0 <= section < len(texts) else None
        return None

    def row_at(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _valid(self, index: QModelIndex) -> bool:
        return index.isValid() and 0 <= index.row() < len(self.rows)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def append(self, item) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(item)
        self.endInsertRows()
        return row
