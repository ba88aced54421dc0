"""A table model over a keyset-paged service, for lists of any length.

The view asks for more rows when it is scrolled to the end (`canFetchMore`/`fetchMore`);
each page is loaded on a worker and appended when it arrives. Only the most recently used
pages keep their rows: an evicted page keeps its place (its row count and the cursor it
started from) and is loaded again, in the background, when the view shows it. Memory stays
the same after scrolling through a million rows as after the first screenful.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from ocpizza_desk.gui.tasks import TaskRunner

Row = Any
Cursor = Any
# (cursor or None for the first page) -> (rows, cursor of the next page or None)
PageLoader = Callable[[Cursor | None], tuple[Sequence[Any], Cursor | None]]

KEEP_PAGES = 12


@dataclass
class _Page:
    start: Cursor | None  # where this page's query starts
    first_row: int
    size: int


class PagedTableModel(QAbstractTableModel):
    """Subclasses give `columns` (header texts) and `cell(row, column, role)`."""

    loading_changed = Signal(bool)
    load_failed = Signal(object)

    def __init__(
        self, runner: TaskRunner, parent: QObject | None = None, keep_pages: int = KEEP_PAGES
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.keep_pages = keep_pages
        self._loader: PageLoader | None = None
        self._pages: list[_Page] = []
        self._rows: OrderedDict[int, list[Row]] = OrderedDict()  # page number -> rows (LRU)
        self._next: Cursor | None = None
        self._exhausted = True
        self._appending = False
        self._reloading: set[int] = set()
        self._generation = 0

    # -- to be provided by subclasses

    def columns(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        raise NotImplementedError

    # -- loading

    def load(self, loader: PageLoader) -> None:
        """Start again from the first page with a new query (a new filter)."""
        self.beginResetModel()
        self._generation += 1
        self._loader = loader
        self._pages.clear()
        self._rows.clear()
        self._reloading.clear()
        self._next = None
        self._exhausted = False
        self._appending = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    @property
    def loading(self) -> bool:
        return self._appending or bool(self._reloading)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return (
            not parent.isValid()
            and self._loader is not None
            and not self._exhausted
            and not self._appending
        )

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._appending = True
        self.loading_changed.emit(True)
        start, generation, loader = self._next, self._generation, self._loader
        self.runner.run(
            lambda: loader(start),
            lambda result: self._appended(generation, start, result),
            lambda error: self._failed(generation, error),
            owner=self,
        )

    def _appended(self, generation: int, start, result) -> None:
        if generation != self._generation:
            return
        rows, following = result
        # The cursor moves on before the rows go in: a view or tester that reacts to
        # rowsInserted by calling fetchMore must ask for the next page, not this one again.
        self._appending = False
        self._next = following
        self._exhausted = following is None
        if rows:
            first = self.rowCount()
            number = len(self._pages)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._pages.append(_Page(start, first, len(rows)))
            self._rows[number] = list(rows)
            self.endInsertRows()
            self._evict(keep=number)
        self.loading_changed.emit(self.loading)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._appending = False
            self._reloading.clear()
            self.loading_changed.emit(False)
            self.load_failed.emit(error)

    def _evict(self, keep: int) -> None:
        while len(self._rows) > self.keep_pages:
            oldest = next(iter(self._rows))
            if oldest == keep:
                self._rows.move_to_end(oldest)
                continue
            del self._rows[oldest]

    def _reload(self, number: int) -> None:
        if number in self._reloading or self._loader is None:
            return
        self._reloading.add(number)
        self.loading_changed.emit(True)
        page, generation, loader = self._pages[number], self._generation, self._loader
        self.runner.run(
            lambda: loader(page.start),
            lambda result: self._reloaded(generation, number, result),
            lambda error: self._failed(generation, error),
            owner=self,
        )

    def _reloaded(self, generation: int, number: int, result) -> None:
        if generation != self._generation:
            return
        self._reloading.discard(number)
        page = self._pages[number]
        rows = list(result[0])[: page.size]
        rows += [None] * (page.size - len(rows))  # rows deleted meanwhile: shown empty
        self._rows[number] = rows
        self._evict(keep=number)
        self.dataChanged.emit(
            self.index(page.first_row, 0),
            self.index(page.first_row + page.size - 1, self.columnCount() - 1),
        )
        self.loading_changed.emit(self.loading)

    # -- access

    def row_at(self, row: int) -> Row | None:
        """The row's data if in memory; else None, and it is being loaded."""
        number = self._page_of(row)
        if number is None:
            return None
        rows = self._rows.get(number)
        if rows is None:
            self._reload(number)
            return None
        self._rows.move_to_end(number)
        return rows[row - self._pages[number].first_row]

    def replace_row(self, predicate: Callable[[Row], bool], new: Row) -> bool:
        """Swap a row in memory for its fresh version (after a change made here)."""
        for number, rows in self._rows.items():
            for offset, row in enumerate(rows):
                if row is not None and predicate(row):
                    rows[offset] = new
                    first = self._pages[number].first_row + offset
                    self.dataChanged.emit(
                        self.index(first, 0), self.index(first, self.columnCount() - 1)
                    )
                    return True
        return False

    def ids_in_memory(self, key: Callable[[Row], Any] = lambda row: row.id) -> set:
        return {key(row) for rows in self._rows.values() for row in rows if row is not None}

    def pages_in_memory(self) -> int:
        return len(self._rows)

    def _page_of(self, row: int) -> int | None:
        low, high = 0, len(self._pages) - 1
        while low <= high:  # pages are in row order: binary search
            middle = (low + high) // 2
            page = self._pages[middle]
            if row < page.first_row:
                high = middle - 1
            elif row >= page.first_row + page.size:
                low = middle + 1
            else:
                return middle
        return None

    # -- QAbstractItemModel

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() or not self._pages:
            return 0
        last = self._pages[-1]
        return last.first_row + last.size

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.columnCount()
        ):
            return self.columns()[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        return self.cell(row, index.column(), role)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
