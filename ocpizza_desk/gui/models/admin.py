"""Table models of the administration screens: stores, staff accounts, and the audit log
(paged) with the before/after detail of one entry."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.gui import style
from ocpizza_desk.gui.labels import role_label
from ocpizza_desk.gui.models.paged import PagedTableModel
from ocpizza_desk.gui.models.rows import RowsTableModel
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services.auditlog import AuditRow
from ocpizza_desk.services.staff import Account
from ocpizza_desk.services.stores import StoreDetail

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _ListModel(RowsTableModel):
    """A short list read in one go (a few stores, a few dozen accounts)."""

    def columns(self) -> list[str]:
        raise NotImplementedError

    def header_texts(self) -> tuple[str, ...]:
        return tuple(self.columns())

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def row_of(self, item_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == item_id), -1)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and not getattr(row, "active", True):
            return QBrush(QColor(style.DISABLED))
        return self.cell(row, index.column(), role)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class StoresModel(_ListModel):
    def columns(self) -> list[str]:
        return [
            translate("StoresModel", "Store"),
            translate("StoresModel", "City"),
            translate("StoresModel", "Radius"),
            translate("StoresModel", "Status"),
        ]

    def cell(self, row: StoreDetail, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.name  # whole, when a long name is cut
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.name
        if column == 1:
            return row.city
        if column == 2:
            return f"{row.delivery_radius_m / 1000:.1f} km".replace(".", ",")
        return (
            translate("StoresModel", "Open") if row.active else translate("StoresModel", "Closed")
        )


class AccountsModel(_ListModel):
    def __init__(self, show_store: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.show_store = show_store

    def columns(self) -> list[str]:
        names = [
            translate("AccountsModel", "Username"),
            translate("AccountsModel", "Name"),
            translate("AccountsModel", "Role"),
            translate("AccountsModel", "Store"),
            translate("AccountsModel", "Status"),
            translate("AccountsModel", "Last sign-in"),
        ]
        return names if self.show_store else names[:3] + names[4:]

    def cell(self, row: Account, column: int, role: int) -> Any:
        if not self.show_store and column >= 3:
            column += 1
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return row.full_name  # whole, when a narrow list cuts it
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.username
        if column == 1:
            return row.full_name
        if column == 2:
            return role_label(row.role)
        if column == 3:
            return row.store_name or "—"
        if column == 4:
            if not row.active:
                return translate("AccountsModel", "Deactivated")
            if row.locked:
                return translate("AccountsModel", "Locked")
            return translate("AccountsModel", "Active")
        return to_paris(row.last_login_at).strftime("%d/%m/%Y %H:%M") if row.last_login_at else "—"


class AuditLogModel(PagedTableModel):
    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(runner, parent)
        # The screen gives translated names for the action and entity codes.
        self.label_action: Callable[[str], str] = str
        self.label_entity: Callable[[str], str] = str

    def columns(self) -> list[str]:
        return [
            translate("AuditLogModel", "When"),
            translate("AuditLogModel", "Who"),
            translate("AuditLogModel", "Store"),
            translate("AuditLogModel", "Action"),
            translate("AuditLogModel", "Entity"),
            translate("AuditLogModel", "Ref."),
        ]

    def cell(self, row: AuditRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(RIGHT)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            lambda: to_paris(row.at).strftime("%d/%m/%y %H:%M"),
            lambda: row.user_name or "—",
            lambda: row.store_name or "—",
            lambda: self.label_action(row.action),
            lambda: self.label_entity(shown_entity(row)),
            lambda: row.entity_id,
        )
        return values[column]()


def shown_entity(row: AuditRow) -> str:
    """A stock movement is recorded on its store: shown as the store's stock (a receipt
    read "Store")."""
    return "stock" if row.action.startswith("stock.") and row.entity == "store" else row.entity


class AuditDetailModel(_ListModel):
    """One entry's fields, each with its value before and after the change."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Translated names and values, from the screen: (field, entry) and (field, value, entry).
        self.label_field: Callable[[str, AuditRow], str] = lambda field, _entry: field
        self.label_value: Callable[[str, Any, AuditRow], str] = lambda _f, value, _e: _shown(value)
        self.entry: AuditRow | None = None

    def show(self, entry: AuditRow | None) -> None:
        self.entry = entry
        if entry is None:
            self.set_rows([])
            return
        before, after = entry.before or {}, entry.after or {}
        keys = list(dict.fromkeys([*before, *after]))
        self.set_rows([_Change(i, k, before.get(k), after.get(k)) for i, k in enumerate(keys)])

    def columns(self) -> list[str]:
        return [
            translate("AuditDetailModel", "Field"),
            translate("AuditDetailModel", "Before"),
            translate("AuditDetailModel", "After"),
        ]

    def cell(self, row: _Change, column: int, role: int) -> Any:
        entry = self.entry
        if role == Qt.ItemDataRole.ToolTipRole and column > 0:
            return self.label_value(row.field, row.before if column == 1 else row.after, entry)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return self.label_field(row.field, entry)
        return self.label_value(row.field, row.before if column == 1 else row.after, entry)


class _Change:
    __slots__ = ("after", "before", "field", "id")

    def __init__(self, id: int, field: str, before: Any, after: Any) -> None:
        self.id, self.field, self.before, self.after = id, field, before, after


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return (
            translate("AuditDetailModel", "yes") if value else translate("AuditDetailModel", "no")
        )
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)
