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

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QTableView

from ocpizza_desk.gui.tasks import TaskRunner

Row = Any
Cursor = Any
# (cursor or None for the first page) -> (rows, cursor of the next page or None)
PageLoader = Callable[[Cursor | None], tuple[Sequence[Any], Cursor | None]]

KEEP_PAGES = 12
READ_DELAY_MS = 1  # a page is read after the paint pending (see PagedTableModel._read)


@dataclass
class _Page:
    start: Cursor | None  # where this page's query starts
    first_row: int
    size: int


def fit_columns(view: QTableView, samples: Sequence[str], padding: int = 24) -> None:
    """Size a long table's columns from typical texts (and their titles), once: the header
    stays Interactive and rows keep one fixed height, so Qt never measures the rows. A
    header in ResizeToContents asks `data()` of up to a thousand rows per column at every
    insert, scroll or change, on the Qt thread."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    model = view.model()
    cells, titles = view.fontMetrics(), header.fontMetrics()
    for column, sample in enumerate(samples):
        title = model.headerData(column, Qt.Orientation.Horizontal) if model else None
        width = max(titles.horizontalAdvance(str(title or "")), cells.horizontalAdvance(sample))
        header.resizeSection(column, width + padding)


def rows_height(view: QTableView) -> int:
    """The height that shows a short table's header and every row with no scroll bar (its
    rows already sized)."""
    rows = sum(view.rowHeight(r) for r in range(view.model().rowCount() if view.model() else 0))
    return view.horizontalHeader().sizeHint().height() + rows + 2 * view.frameWidth()


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)


class PagedTableModel(QAbstractTableModel):
    """Subclasses give `columns` (header texts) and `cell(row, column, role)`; `roles`, when
    given, the only roles `cell` answers (Qt asks a dozen per cell at every paint: the others
    are answered None here, without looking for the row)."""

    roles: frozenset[int] | None = None

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
        # The header's texts: columns() translates each of them, asked once (again after a
        # language change, signalled by headerDataChanged).
        self._titles: list[str] | None = None
        self.headerDataChanged.connect(self._columns_changed)

    # -- to be provided by subclasses

    def columns(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        raise NotImplementedError

    # -- loading

    def _columns_changed(self, *_args) -> None:
        self._titles = None

    def load(self, loader: PageLoader) -> None:
        """Start again from the first page with a new query (a new filter)."""
        self.beginResetModel()
        self._titles = None
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
        self._read(
            generation,
            lambda: loader(start),
            lambda result: self._appended(generation, start, result),
            after_paint=self.rowCount() > 0,
        )

    def _read(
        self,
        generation: int,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        after_paint: bool = True,
    ) -> None:
        """`work` (a page's query) run on a worker. `after_paint`: once the Qt thread has
        painted what is pending (rows shown: a scroll to the end, a page evicted and looked
        at), a millisecond later, after the paint already posted. Started at once, the
        worker's reading of the rows (pure Python, 10-15 ms a page) holds the GIL against
        that paint's calls into the model, and the window stalls for both (bench (k)). The
        first page goes at once: the paint of an empty table asks the model nothing. A new
        query meanwhile: this one is not started."""

        def start() -> None:
            if generation == self._generation:
                self.runner.run(
                    work, done, lambda error: self._failed(generation, error), owner=self
                )

        if after_paint:
            QTimer.singleShot(READ_DELAY_MS, self, start)
        else:
            start()

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
        self._read(
            generation,
            lambda: loader(page.start),
            lambda result: self._reloaded(generation, number, result),
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
        if parent.isValid():
            return 0
        return len(self._column_titles())

    def _column_titles(self) -> list[str]:
        if self._titles is None:
            self._titles = self.columns()
        return self._titles

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = self._column_titles()
            if 0 <= section < len(titles):
                return titles[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.roles is not None and role not in self.roles:
            return None
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        return self.cell(row, index.column(), role)

    def multiData(self, index: QModelIndex, roleDataSpan) -> None:
        """Every role Qt's delegate asks of a cell at a paint (seven in Qt 6: font,
        alignment, colours, check state, icon, text), answered in one call from C++ instead
        of one call per role: a paint enters Python once per cell shown (`data()` stays for
        the other callers). Roles not answered are left empty."""
        roles = self.roles
        number, column = index.row(), index.column()
        valid = index.isValid() and 0 <= number < self.rowCount()
        row = self.row_at(number) if valid else None
        for slot in roleDataSpan:
            role = slot.role()
            value = None
            if valid and (roles is None or role in roles):
                if row is not None:
                    value = self.cell(row, column, role)
                elif role == _DISPLAY and column == 0:
                    value = "…"  # a page evicted from memory, being read again
            if value is None:
                slot.clearData()
            else:
                slot.setData(value)

    # flags(): QAbstractTableModel's own (enabled, selectable, no children), answered in
    # C++: a Python override is one more call into Python per cell at every paint.
