"""The order book's rows: one order per row, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.domain.enums import OrderStatus
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.labels import channel_label, mode_label, status_label
from ocpizza_desk.gui.models.paged import PagedTableModel
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services.orderbook import OrderRow

translate = QCoreApplication.translate
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class OrderBookModel(PagedTableModel):
    def __init__(self, runner: TaskRunner, show_store: bool, parent: QObject | None = None) -> None:
        super().__init__(runner, parent)
        self.show_store = show_store

    def columns(self) -> list[str]:
        names = [
            translate("OrderBookModel", "No."),
            translate("OrderBookModel", "Placed"),
            translate("OrderBookModel", "Store"),
            translate("OrderBookModel", "Channel"),
            translate("OrderBookModel", "Mode"),
            translate("OrderBookModel", "Customer"),
            translate("OrderBookModel", "Status"),
            translate("OrderBookModel", "Promised"),
            translate("OrderBookModel", "Total"),
            translate("OrderBookModel", "Due"),
        ]
        return names if self.show_store else names[:2] + names[3:]

    def cell(self, row: OrderRow, column: int, role: int) -> Any:
        if not self.show_store and column >= 2:
            column += 1
        if role == ORDER_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 8, 9):
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status is OrderStatus.CANCELLED:
                return QBrush(QColor("#9a9a9a"))
            if column == 9 and row.due_cents:
                return QBrush(QColor("#962d22"))
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        lang = i18n.language()
        values = (
            lambda: str(row.id),
            lambda: to_paris(row.created_at).strftime("%d/%m %H:%M"),
            lambda: row.store_name,
            lambda: channel_label(row.channel),
            lambda: mode_label(row.mode),
            lambda: row.customer_name or "—",
            lambda: status_label(row.status),
            lambda: to_paris(row.promised_at).strftime("%H:%M"),
            lambda: format_cents(row.total_cents, lang),
            lambda: format_cents(row.due_cents, lang) if row.due_cents else "",
        )
        return values[column]()
