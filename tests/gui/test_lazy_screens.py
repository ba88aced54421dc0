"""The window never freezes on what it does not show: screens built when first opened, long
tables that never make Qt measure their rows, report summaries refreshed on a thread of
their own from head-office PCs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView
from sqlalchemy import func, select

from ocpizza_desk.db.models import DaySummary, Order, StockMovement, Store
from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Channel, OrderMode, OrderStatus, Role
from ocpizza_desk.gui.models.order_book import OrderBookModel
from ocpizza_desk.gui.models.paged import fit_columns
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services.orderbook import OrderRow
from tests.gui.driving import WAIT_MS, signed_in


def test_signing_in_builds_the_first_screen_only(qtbot, desk):
    window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    assert window.built_screens() == ["order_taking"]
    window.show_screen("order_book")
    assert window.built_screens() == ["order_taking", "order_book"]
    assert window.ui.pages.currentWidget().widget() is window.page("order_book")
    # Screens built at different times are still connected: the book opens an order for
    # modification on the order-taking screen.
    book = window.page("order_book")
    qtbot.waitUntil(lambda: book.model.rowCount() > 0, timeout=WAIT_MS)
    window.show_screen("customers")
    assert "customers" in window.built_screens()


def test_the_order_book_reads_its_first_page_once_when_first_shown(qtbot, desk, monkeypatch):
    """Built without being shown, the order book asks nothing; opened, it reads its first
    page once (not once when built and again when shown)."""
    from ocpizza_desk.gui.screens import order_book

    reads = []
    real_page = order_book.orderbook.page

    def counted(*args, **kwargs):
        reads.append(args[2])
        return real_page(*args, **kwargs)

    monkeypatch.setattr(order_book.orderbook, "page", counted)
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    book = window.page("order_book")  # built and in the window, not the current screen
    qtbot.wait(100)
    desk.runner.wait_idle()
    assert reads == [] and book.model.rowCount() == 0
    window.show_screen("order_book")
    qtbot.waitUntil(lambda: book.model.rowCount() > 0 and not book.model.loading, timeout=WAIT_MS)
    desk.runner.wait_idle()
    assert len(reads) == 1


def test_a_screen_built_later_is_connected_to_those_built_before(qtbot, desk, monkeypatch):
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    assert "order_book" not in window.built_screens()
    window.show_screen("order_book")
    opened = []
    from ocpizza_desk.gui.screens.order_taking import OrderTakingScreen

    monkeypatch.setattr(
        OrderTakingScreen, "load_order", lambda self, oid, *_late: opened.append(oid)
    )
    window.page("order_book").edit_requested.emit(42)
    assert window.current_screen() == "order_taking" and opened == [42]


class _CountingBook(OrderBookModel):
    """Counts the calls Qt makes into the model for cells: data() and multiData() (a
    delegate's paint asks every role of a cell in one multiData call)."""

    calls = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        type(self).calls += 1
        return super().data(index, role)

    def multiData(self, index, roleDataSpan):
        type(self).calls += 1
        super().multiData(index, roleDataSpan)


def _rows(start: int, count: int) -> list[OrderRow]:
    now = datetime(2026, 12, 1, 19, tzinfo=UTC)
    return [
        OrderRow(
            n,
            1,
            "OC Pizza Bastille",
            now - timedelta(minutes=n),
            now,
            Channel.PHONE,
            OrderMode.TAKEAWAY,
            OrderStatus.DELIVERED,
            "Jeanne Martin",
            1290,
            1290,
            1,
        )
        for n in range(start, start + count)
    ]


def _data_calls(qtbot, mode: QHeaderView.ResizeMode | None) -> tuple[int, int]:
    """data() calls while a fifth page of 200 rows goes in, then while one row changes (the
    live feed refreshing an order), each painted."""
    runner = TaskRunner()
    model = _CountingBook(runner, show_store=True)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    if mode is None:
        fit_columns(view, model.widest())
    else:
        view.horizontalHeader().setSectionResizeMode(mode)
    view.horizontalHeader().setStretchLastSection(True)
    view.show()
    model.load(lambda after: (_rows(after or 0, 200), (after or 0) + 200))
    for pages in range(1, 5):
        qtbot.waitUntil(lambda pages=pages: model.rowCount() == 200 * pages, timeout=WAIT_MS)
        qtbot.wait(20)
        model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 1000, timeout=WAIT_MS)
    qtbot.wait(50)
    _CountingBook.calls = 0
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 1200, timeout=WAIT_MS)
    qtbot.wait(100)  # the repaint
    inserted, _CountingBook.calls = _CountingBook.calls, 0
    model.replace_row(lambda row: row.id == 5, _rows(5, 1)[0])
    qtbot.wait(100)
    runner.wait_idle()
    return inserted, _CountingBook.calls


def test_a_long_table_is_never_measured_row_by_row(qtbot):
    measured = _data_calls(qtbot, QHeaderView.ResizeMode.ResizeToContents)
    fitted = _data_calls(qtbot, None)
    # Sized from typical texts, a change costs the repaint of the rows shown; sized to its
    # contents, Qt asks every column of up to a thousand rows again (on the Qt thread).
    assert fitted[0] < 3_000 and fitted[1] < 1_000
    assert measured[1] > 20 * fitted[1]


def test_head_office_refreshes_the_report_summaries_in_the_background(qtbot, desk, demo):
    window = signed_in(qtbot, desk, "direction", DEMO_PASSWORDS[Role.HEAD_OFFICE])
    refresher = window.summary_refresher
    assert refresher.active
    # The catch-up as of the demo's first week: a few store-days (the whole half-year is
    # summaries' own tests' business); the head office's own account writes them.
    with demo.engine.connect() as c:
        first = min(
            c.execute(select(func.min(table.created_at))).scalar()
            for table in (Order, StockMovement)
        )
        stores = c.execute(select(func.count()).select_from(Store)).scalar()
    refresher.now = lambda: first + timedelta(days=7)
    with qtbot.waitSignal(refresher.refreshed, timeout=WAIT_MS) as done:
        refresher.tick()
    report = done.args[0]
    assert 0 < report.store_days <= 8 * stores
    with demo.engine.connect() as c:
        written = c.execute(select(func.count()).select_from(DaySummary)).scalar()
    assert written > 0
    refresher.wait_idle()


def test_store_staff_do_not_refresh_the_summaries(qtbot, desk):
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    assert not window.summary_refresher.active
