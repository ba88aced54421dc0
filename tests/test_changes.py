"""The live feed: every change, from this app or from another writer (the website), moves a
mark, and the changed orders come with it; nothing else is reported."""

from __future__ import annotations

import threading
import uuid

import pytest
from sqlalchemy import text

from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import OrderStatus
from ocpizza_desk.domain.errors import PermissionDenied
from ocpizza_desk.services import changes, menu, orders, stock
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.changes import DELIVERIES, MENU, ORDERS, STOCK
from ocpizza_desk.services.context import ServiceContext
from tests.helpers import ingredient_id, product_id, request, staff


def test_a_quiet_store_reports_nothing(demo):
    counter = staff(demo, "accueil.bastille")
    first = changes.poll(demo, counter)
    assert {topic for (_store, topic) in first.marks} == {ORDERS, STOCK, MENU, DELIVERIES}
    assert {store for (store, _topic) in first.marks} == {counter.store_id}
    again = changes.poll(demo, counter, first.marks)
    assert again.marks == first.marks and again.orders == ()
    assert not any(again.moved(first.marks, t) for t in (ORDERS, STOCK, MENU, DELIVERIES))


def test_an_order_and_its_changes_come_through_with_the_stock(demo):
    counter = staff(demo, "accueil.bastille")
    cook = staff(demo, "pizzaiolo.bastille")
    seen = changes.poll(demo, counter).marks
    placed = orders.place(demo, counter, request(CartLine(product_id(demo, "margherita"), 1)))
    after = changes.poll(demo, counter, seen)
    assert [(c.order_id, c.status, c.version) for c in after.orders] == [
        (placed.order_id, OrderStatus.RECEIVED, placed.version)
    ]
    assert after.moved(seen, ORDERS) and after.moved(seen, STOCK) and not after.moved(seen, MENU)

    orders.advance(demo, cook, placed.order_id, OrderStatus.IN_PREPARATION)
    later = changes.poll(demo, counter, after.marks)
    assert [(c.order_id, c.status) for c in later.orders] == [
        (placed.order_id, OrderStatus.IN_PREPARATION)
    ]
    assert later.orders[0].version == placed.version + 1
    assert not later.moved(after.marks, STOCK)  # starting the oven moves no stock


def test_menu_switches_and_stock_receipts_move_their_marks(demo):
    manager = staff(demo, "responsable.bastille")
    seen = changes.poll(demo, manager).marks
    menu.set_enabled(demo, manager, product_id(demo, "regina"), False)
    switched = changes.poll(demo, manager, seen)
    assert switched.moved(seen, MENU) and not switched.moved(seen, STOCK)
    stock.set_threshold(demo, manager, ingredient_id(demo, "mozzarella"), 1234)
    counted = changes.poll(demo, manager, switched.marks)
    assert counted.moved(switched.marks, STOCK) and counted.orders == ()


def test_an_order_written_by_the_website_is_seen_too(demo):
    """Not through these services: a plain INSERT, as another application would do."""
    counter = staff(demo, "accueil.bastille")
    seen = changes.poll(demo, counter).marks
    now = utcnow()
    with demo.engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO orders (store_id, channel, mode, status, promised_at, created_at, "
                "updated_at, version, client_key, total_cents) VALUES (:s, 'website', "
                "'takeaway', 'received', :t, :t, :t, 1, :k, 990)"
            ),
            {"s": counter.store_id, "t": now.replace(tzinfo=None), "k": str(uuid.uuid4())},
        )
        web_order = c.execute(text("SELECT MAX(id) FROM orders")).scalar()
    after = changes.poll(demo, counter, seen)
    assert [c.order_id for c in after.orders] == [web_order]


def test_head_office_watches_every_store_and_staff_only_their_own(demo):
    head = staff(demo, "direction")
    every = changes.poll(demo, head)
    with demo.engine.connect() as c:
        stores = c.execute(text("SELECT COUNT(*) FROM stores")).scalar()
    assert len(every.marks) == 4 * stores  # orders, stock, menu, deliveries
    cook = staff(demo, "pizzaiolo.bastille")
    other = next(store for (store, _t) in every.marks if store != cook.store_id)
    with pytest.raises(PermissionDenied):
        changes.poll(demo, cook, store_id=other)


def test_too_much_at_once_asks_for_a_reload(demo, monkeypatch):
    counter = staff(demo, "accueil.bastille")
    seen = changes.poll(demo, counter).marks
    for _ in range(3):
        orders.place(demo, counter, request(CartLine(product_id(demo, "margherita"), 1)))
    monkeypatch.setattr(changes, "MAX_CHANGED", 2)
    after = changes.poll(demo, counter, seen)
    assert after.too_many and after.orders == ()


@pytest.mark.mysql_only
@pytest.mark.parametrize("backend", ["mariadb"], indirect=True)
def test_a_watcher_on_another_connection_never_misses_a_change(demo):
    """Four tills write at once; a fifth client polls as fast as it can. Every order ends
    up seen at its final version: revisions are committed in order, so no slower
    transaction slips in below a revision already seen."""
    watcher_ctx = ServiceContext(demo.config)  # its own pool: another PC
    counter = staff(demo, "accueil.bastille")
    margherita = product_id(demo, "margherita")
    seen = changes.poll(watcher_ctx, counter).marks
    latest: dict[int, int] = {}
    placed: list[int] = []
    done = threading.Event()

    def till() -> None:
        ctx = ServiceContext(demo.config)
        try:
            for _ in range(6):
                order = orders.place(ctx, counter, request(CartLine(margherita, 1)))
                placed.append(order.order_id)
                orders.cancel(ctx, counter, order.order_id, None, order.version)
        finally:
            ctx.close()

    tills = [threading.Thread(target=till) for _ in range(4)]
    for thread in tills:
        thread.start()

    def watch_until_done():
        nonlocal seen
        while True:
            finished = done.is_set()
            got = changes.poll(watcher_ctx, counter, seen)
            for change in got.orders:
                latest[change.order_id] = max(latest.get(change.order_id, 0), change.version)
            seen = got.marks
            if finished:
                return

    watcher = threading.Thread(target=watch_until_done)
    watcher.start()
    for thread in tills:
        thread.join()
    done.set()
    watcher.join()
    watcher_ctx.close()
    assert sorted(latest) == sorted(placed) and len(placed) == 24
    with demo.engine.connect() as c:
        listed = ",".join(str(order_id) for order_id in placed)
        final = dict(
            c.execute(text(f"SELECT id, version FROM orders WHERE id IN ({listed})")).all()
        )
    assert latest == final
