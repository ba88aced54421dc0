"""The order book's rows: one order per row, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ocpizza_desk.domain.clock import to_paris, utcnow
from ocpizza_desk.domain.enums import Channel, OrderMode, OrderStatus
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.gui import i18n, style
from ocpizza_desk.gui.labels import channel_label, mode_label, status_label
from ocpizza_desk.gui.models.paged import PagedTableModel
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services.orderbook import OrderRow

translate = QCoreApplication.translate
ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CANCELLED_INK = QBrush(QColor(style.DISABLED))
DUE_INK = QBrush(QColor(style.BAD))


CACHED_ROWS = 2_000  # rows whose texts are kept formatted (a few screens' worth)


class OrderBookModel(PagedTableModel):
    roles = frozenset(
        {
            int(Qt.ItemDataRole.DisplayRole),
            int(Qt.ItemDataRole.TextAlignmentRole),
            int(Qt.ItemDataRole.ForegroundRole),
            ORDER_ID_ROLE,
        }
    )

    def __init__(self, runner: TaskRunner, show_store: bool, parent: QObject | None = None) -> None:
        super().__init__(runner, parent)
        self.show_store = show_store
        # id(row) -> (row, its cells' texts): formatted once, not at every paint of every
        # cell (ten closures, dates and money formatted per call). Language change: cleared.
        self._texts: dict[int, tuple[OrderRow, tuple[str, ...]]] = {}
        self.headerDataChanged.connect(lambda *_a: self._texts.clear())
        self.modelReset.connect(self._texts.clear)

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

    def widest(self) -> list[str]:
        """Per column, a text as wide as its widest cell is likely to be: columns are sized
        from these once, never by measuring rows (with a million rows, a header that resizes
        to its contents asks `data()` for every loaded row at every change)."""
        lang = i18n.language()
        money = format_cents(99_999, lang)  # an order of 999,99 € at most
        texts = [
            "0000000",  # ten million orders
            "30/12 23:59",
            "OC Pizza Batignolles",
            max((channel_label(c) for c in Channel), key=len),
            max((mode_label(m) for m in OrderMode), key=len),
            "Jean-Baptiste Dupont",  # longer names are cut, the status stays on screen
            max((status_label(s) for s in OrderStatus), key=len),
            "30/12 23:59",  # another day's promise says its day
            money,
            money,
        ]
        return texts if self.show_store else texts[:2] + texts[3:]

    def cell(self, row: OrderRow, column: int, role: int) -> Any:
        if not self.show_store and column >= 2:
            column += 1
        if role == ORDER_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 8, 9):
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status is OrderStatus.CANCELLED:
                return CANCELLED_INK
            if column == 9 and row.due_cents:
                return DUE_INK
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        cached = self._texts.get(id(row))
        if cached is None or cached[0] is not row:
            if len(self._texts) >= CACHED_ROWS:
                self._texts.clear()
            cached = (row, self._format(row))
            self._texts[id(row)] = cached
        return cached[1][column]

    @staticmethod
    def _format(row: OrderRow) -> tuple[str, ...]:
        lang = i18n.language()
        return (
            str(row.id),
            to_paris(row.created_at).strftime("%d/%m %H:%M"),
            row.store_name,
            channel_label(row.channel),
            mode_label(row.mode),
            row.customer_name or "—",
            status_label(row.status),
            _promised(row.promised_at),
            format_cents(row.total_cents, lang),
            format_cents(row.due_cents, lang) if row.due_cents else "",
        )


def _promised(at) -> str:
    """The promised time; with its day when it is not today (the list may show a week, and
    at 1366 px the time placed is left out)."""
    local = to_paris(at)
    today = to_paris(utcnow()).date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%d/%m %H:%M")
