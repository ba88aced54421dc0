"""Every item model under Qt's QAbstractItemModelTester, and the paging model's memory bound:
after scrolling through many pages only a few stay in memory, and an evicted row comes back
when it is looked at again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QTableView

from ocpizza_desk.domain.availability import Option
from ocpizza_desk.domain.enums import Channel, CustomisationKind, OrderMode, OrderStatus
from ocpizza_desk.gui.models.cart import CartModel, Entry
from ocpizza_desk.gui.models.menu import PRODUCT_ID_ROLE, MenuFilter, MenuModel
from ocpizza_desk.gui.models.order_book import ORDER_ID_ROLE, OrderBookModel
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services.menu import MenuItem
from ocpizza_desk.services.orderbook import OrderRow

EXTRA = Option(7, CustomisationKind.EXTRA, 3, 40, 150, "Extra mozzarella")
WITHOUT = Option(8, CustomisationKind.REMOVE, 4, 20, 0, "Sans olives")
START = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


def menu_item(product_id: int, name: str, can_make: int, category="pizza", enabled=True):
    return MenuItem(
        product_id, f"p{product_id}", name, None, category, 1000 + product_id, 1000, enabled,
        can_make, (EXTRA, WITHOUT),
    )  # fmt: skip


def order_row(number: int) -> OrderRow:
    return OrderRow(
        id=100_000 - number,
        store_id=1,
        store_name="OC Pizza Bastille",
        created_at=START - timedelta(minutes=number),
        promised_at=START - timedelta(minutes=number - 30),
        channel=Channel.PHONE,
        mode=OrderMode.DELIVERY if number % 2 else OrderMode.TAKEAWAY,
        status=OrderStatus.DELIVERED,
        customer_name=f"Client {number}",
        total_cents=1990,
        paid_cents=990,
        version=1,
    )


def test_cart_model(qtmodeltester, qt_settings):
    cart = CartModel()
    qtmodeltester.check(cart)
    margherita = Entry(1, "Margherita", 1, 990, 1000)
    cart.add(margherita)
    cart.add(Entry(2, "Coca-Cola", 2, 300, 550))
    cart.add(margherita)  # same product, same options: one line of 2
    assert [(e.name, e.quantity) for e in cart.entries] == [("Margherita", 2), ("Coca-Cola", 2)]
    cart.set_options(0, (EXTRA,))
    assert cart.index(0, 1).data() == "Margherita\n+ Extra mozzarella"
    assert cart.index(0, 3).data(Qt.ItemDataRole.DisplayRole) == "22,80\xa0€"
    assert cart.total_cents == 2 * (990 + 150) + 2 * 300
    cart.set_quantity(1, 0)  # down to nothing: the line goes
    assert cart.rowCount() == 1
    cart.remove(0)
    cart.replace_all([margherita])
    cart.clear()
    assert cart.rowCount() == 0


def test_menu_model_and_its_filter(qtmodeltester, qt_settings):
    model = MenuModel()
    qtmodeltester.check(model)
    items = [
        menu_item(1, "Margherita", 12),
        menu_item(2, "Regina", 0),
        menu_item(3, "Coca-Cola", 40, category="drink"),
        menu_item(4, "Calzone", 5, enabled=False),
    ]
    model.set_items(items)
    assert model.index(1, 2).data() == "épuisé"
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEnabled  # greyed out
    assert model.index(3, 2).data() == "retiré"
    changed = []
    model.dataChanged.connect(lambda first, last, _roles: changed.append((first.row(), last.row())))
    model.set_items([items[0], menu_item(2, "Regina", 3), items[2], items[3]])
    assert changed == [(1, 1)]  # one row repainted, not the whole menu

    proxy = MenuFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_category("pizza")
    assert proxy.rowCount() == 3
    proxy.set_text("REG")
    assert [proxy.index(r, 0).data(PRODUCT_ID_ROLE) for r in range(proxy.rowCount())] == [2]
    proxy.set_category(None)
    proxy.set_text("")
    assert proxy.rowCount() == 4


@pytest.fixture
def runner(qapp):
    made = TaskRunner()
    yield made
    made.wait_idle()


def paged_loader(total: int, page_size: int, calls: list):
    def load(cursor):
        start = cursor or 0
        calls.append(start)
        rows = [order_row(n) for n in range(start, min(start + page_size, total))]
        following = start + page_size if start + page_size < total else None
        return rows, following

    return load


def test_order_book_model_under_the_model_tester(qtbot, qtmodeltester, runner):
    model = OrderBookModel(runner, show_store=False)
    with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
        model.load(paged_loader(120, 50, []))
    qtmodeltester.check(model)  # (it asks for one more page itself)
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    while model.canFetchMore():  # the rest, with the tester watching every insertion
        with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
            model.fetchMore(QModelIndex())
    assert model.rowCount() == 120
    assert model.index(119, 0).data(ORDER_ID_ROLE) == 100_000 - 119


def test_order_book_model_pages_and_forgets(qtbot, runner):
    """Not under the tester: it reads every row at each change, which no view does."""
    model = OrderBookModel(runner, show_store=False)
    model.keep_pages = 3
    calls: list[int] = []
    with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
        model.load(paged_loader(1000, 50, calls))
    assert model.rowCount() == 50 and model.canFetchMore()
    while model.canFetchMore():
        with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
            model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000 and not model.loading
    assert calls == list(range(0, 1000, 50))  # each page asked for once, by its cursor
    assert model.pages_in_memory() == 3
    assert model.index(999, 0).data(ORDER_ID_ROLE) == 100_000 - 999

    # The first page was evicted: looking at it loads it again, from its own cursor.
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        assert model.row_at(0) is None
    assert calls[-1] == 0
    assert model.index(0, 0).data(ORDER_ID_ROLE) == 100_000
    assert model.index(0, 0).data() == "100000"
    assert model.pages_in_memory() <= 3

    # A row changed here is swapped in place.
    fresh = order_row(999)
    fresh = OrderRow(**{**fresh.__dict__, "status": OrderStatus.CANCELLED})
    assert model.replace_row(lambda r: r.id == fresh.id, fresh)
    assert model.row_at(999).status is OrderStatus.CANCELLED


def test_the_next_page_is_read_after_the_paint_pending(qtbot, runner):
    """Scrolled to the end, the view repaints the rows shown and asks for the next page: its
    query starts once that paint is done, so that the worker reading the rows (pure Python)
    never holds the GIL against the paint's calls into the model. The first page is asked
    at once (an empty table's paint asks the model nothing)."""
    model = OrderBookModel(runner, show_store=False)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    events: list[str] = []

    class Paints(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                events.append("paint")
            return False

    paints = Paints(view)
    view.viewport().installEventFilter(paints)

    def loader(cursor):
        events.append("read")  # on the worker (list.append is atomic)
        start = cursor or 0
        return [order_row(n) for n in range(start, start + 50)], start + 50

    with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
        model.load(loader)
    qtbot.waitUntil(lambda: "paint" in events[1:], timeout=10_000)  # the first rows shown
    qtbot.wait(50)
    events.clear()
    with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
        view.scrollToBottom()
    assert model.rowCount() == 100
    assert "paint" in events and events.index("paint") < events.index("read")


def test_a_new_filter_drops_late_pages_of_the_old_one(qtbot, runner):
    model = OrderBookModel(runner, show_store=True)
    model.load(paged_loader(500, 50, []))
    second: list[int] = []
    with qtbot.waitSignal(model.rowsInserted, timeout=10_000):
        model.load(paged_loader(20, 50, second))
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    runner.wait_idle()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert model.rowCount() == 20 and not model.canFetchMore()
    assert model.columnCount() == 10  # with the store column for head office
