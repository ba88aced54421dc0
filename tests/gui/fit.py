"""What a 1366×768 shop screen cuts: a window taller or wider than the screen, a screen that
scrolls, a key column or a header whose text does not fit (Qt elides it to "Cami…")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QScrollArea, QTableView, QWidget

# The window's inside on a 1366×768 screen, maximised under a window manager: its task bar
# (about 40 px) and the window's title bar (about 30 px) taken off.
SHOP_SCREEN = (1366, 698)
CELL_PADDING = 6  # the cell text margins of the style (3 px each side: PM_FocusFrameHMargin + 1)


def _visible(widget: QWidget, page: QWidget) -> bool:
    return widget.isVisibleTo(page) and widget.isVisible()


def key_column_problems(view: QTableView, keys: set[str], rows: int = 25) -> list[str]:
    """Headers that do not fit their column, and key columns' cells cut, in the first rows."""
    model = view.model()
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    header_metrics = header.fontMetrics()
    found = []
    for column in range(model.columnCount()):
        if view.isColumnHidden(column) or view.columnWidth(column) == 0:
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = view.columnWidth(column)
        indicator = 16 if header.isSortIndicatorShown() else 0
        # A title on two lines ("OC Pizza\nAbbesses") needs the width of its longer line.
        needed = max((header_metrics.horizontalAdvance(t) for t in title.splitlines()), default=0)
        if title and needed + CELL_PADDING + indicator > width:
            found.append(f"{view.objectName()}: header {title!r} cut ({width} px)")
        if title not in keys:
            continue
        if view.columnViewportPosition(column) + width > view.viewport().width():
            found.append(f"{view.objectName()}: {title!r} off-screen (scroll sideways to see it)")
            continue
        for row in range(min(rows, model.rowCount())):
            text = model.data(model.index(row, column, QModelIndex()))
            if not isinstance(text, str) or not text:
                continue
            widest = max(metrics.horizontalAdvance(line) for line in text.splitlines())
            if widest + CELL_PADDING > width:
                found.append(f"{view.objectName()}: {title!r} {text!r} cut ({width} px)")
                break
    return found


def placeholder_problems(page: QWidget) -> list[str]:
    found = []
    for edit in page.findChildren(QLineEdit):
        text = edit.placeholderText()
        if not text or not _visible(edit, page) or edit.text():
            continue
        room = edit.contentsRect().width() - 8
        # The whole text, or at least up to its shortcut ("Ctrl+F : produit…" may be cut
        # after "Ctrl+F"): the hint is what must show.
        shown = text[: text.index("Ctrl+") + 6] if text.startswith("Ctrl+") else text
        if edit.fontMetrics().horizontalAdvance(shown) > room:
            found.append(f"{edit.objectName()}: placeholder {text!r} cut ({room} px)")
    return found


def page_problems(page: QWidget, keys: set[str], sideways: bool = True) -> list[str]:
    """`sideways`: a table scrolling sideways is a problem too (a column out of sight)."""
    found = []
    area = page.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None and area.horizontalScrollBar().maximum() > 0:
        found.append(f"{page.objectName()} scrolls sideways")
    for view in page.findChildren(QTableView):
        if _visible(view, page):
            if sideways and scrolls_sideways(view):
                found.append(f"{view.objectName()} scrolls sideways")
            found += key_column_problems(view, keys)
    found += placeholder_problems(page)
    return found


def scrolls_sideways(widget: QAbstractScrollArea) -> bool:
    return widget.horizontalScrollBar().maximum() > 0
