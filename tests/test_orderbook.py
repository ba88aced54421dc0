"""The order book's pages and filters, and the promised time the counter is offered."""

from datetime import timedelta

import pytest
from sqlalchemy import text

from ocpizza_desk.domain.clock import PARIS, utcnow
from ocpizza_desk.domain.enums import Channel, OrderMode, OrderStatus
from ocpizza_desk.domain.errors import PermissionDenied, ValidationError
from ocpizza_desk.services import customers, kitchen, orderbook, orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.orderbook import OrderBookFilter
from tests.helpers import product_id, request, staff


def all_pages(ctx, session, wanted, limit):
    rows, cursor, pages = [], None, 0
    while True:
        got = orderbook.page(ctx, session, wanted, cursor, limit)
        rows.extend(got.rows)
        pages += 1
        if got.next is None:
            return rows, pages
        cursor = got.next


def test_pages_cover_the_store_once_newest_first(demo):
    counter = staff(demo, "accueil.bastille")
    rows, pages = all_pages(demo, counter, OrderBookFilter(), 17)
    with demo.engine.connect() as c:
        expected = c.execute(
            text("SELECT COUNT(*) FROM orders WHERE store_id = :s"), {"s": counter.store_id}
        ).scalar()
    assert len(rows) == expected and len({r.id for r in rows}) == expected
    assert pages == -(-expected // 17)
    keys = [(r.created_at, r.id) for r in rows]
    assert keys == sorted(keys, reverse=True)
    assert {r.store_id for r in rows} == {counter.store_id}


def test_head_office_sees_every_store_or_one(demo):
    head = staff(demo, "direction")
    rows, _ = all_pages(demo, head, OrderBookFilter(), 100)
    assert len({r.store_id for r in rows}) == 5
    only_two, _ = all_pages(demo, head, OrderBookFilter(store_id=2), 100)
    assert only_two and {r.store_id for r in only_two} == {2}
    with pytest.raises(PermissionDenied):
        orderbook.page(demo, staff(demo, "accueil.bastille"), OrderBookFilter(store_id=2))
    with pytest.raises(PermissionDenied):  # the kitchen has its queue, not the book
        orderbook.page(demo, staff(demo, "pizzaiolo.bastille"), OrderBookFilter())


def test_filters(demo):
    counter = staff(demo, "accueil.bastille")
    created = customers.create(
        demo,
        counter,
        customers.CustomerInput(phone="06 44 55 66 77", first_name="Zoé", last_name="Zanetti"),
        customers.AddressInput(street="1 rue de Lappe", postcode="75011"),
    )
    placed = orders.place(
        demo,
        counter,
        request(
            CartLine(product_id(demo, "regina"), 1),
            mode=OrderMode.DELIVERY,
            channel=Channel.COUNTER,
            customer_id=created.id,
            address_id=created.addresses[0].id,
        ),
    )

    def ids(**kwargs):
        rows, _ = all_pages(demo, counter, OrderBookFilter(**kwargs), 200)
        return {r.id for r in rows}

    assert ids(text=str(placed.order_id)) == {placed.order_id}
    assert ids(text=f"#{placed.order_id}") == {placed.order_id}
    assert ids(text="06 44 55 66 77") == {placed.order_id}
    assert ids(text="zan") == {placed.order_id}
    assert ids(text="%") == set()
    received = ids(statuses=frozenset({OrderStatus.RECEIVED}))
    assert placed.order_id in received
    assert placed.order_id not in ids(statuses=frozenset({OrderStatus.DELIVERED}))
    assert placed.order_id in ids(channels=frozenset({Channel.COUNTER}))
    today = utcnow().astimezone(PARIS).date()
    assert placed.order_id in ids(date_from=today, date_to=today)
    assert placed.order_id not in ids(date_to=today - timedelta(days=1))
    with pytest.raises(ValidationError):
        orderbook.page(
            demo, counter, OrderBookFilter(date_from=today, date_to=today - timedelta(days=2))
        )


@pytest.mark.parametrize("one_by_one", [50, 1], ids=["customer by customer", "by date"])
def test_name_searches_page_through_every_order_of_the_customers_found(demo, one_by_one):
    """A name found in several customers: their orders read customer by customer (or, for
    a name too common, the book by date), in pages, newest first: the same orders as the
    plain query, once each, in a store and in the chain."""
    orderbook.CUSTOMERS_ONE_BY_ONE, saved = one_by_one, orderbook.CUSTOMERS_ONE_BY_ONE
    try:
        with demo.engine.connect() as c:
            prefix = c.execute(
                text(
                    "SELECT SUBSTR(last_name, 1, 1) AS p FROM customers c "
                    "WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) "
                    "GROUP BY SUBSTR(last_name, 1, 1) HAVING COUNT(*) >= 2 ORDER BY p LIMIT 1"
                )
            ).scalar()
        assert prefix
        for who, store in (("direction", None), ("accueil.bastille", 1)):
            rows, _ = all_pages(demo, staff(demo, who), OrderBookFilter(text=prefix), 7)
            with demo.engine.connect() as c:
                expected = (
                    c.execute(
                        text(
                            "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id "
                            "WHERE (c.last_name LIKE :p OR c.first_name LIKE :p) "
                            "AND (:s IS NULL OR o.store_id = :s) "
                            "ORDER BY o.created_at DESC, o.id DESC"
                        ),
                        {"p": prefix + "%", "s": store},
                    )
                    .scalars()
                    .all()
                )
            assert [r.id for r in rows] == expected and expected
    finally:
        orderbook.CUSTOMERS_ONE_BY_ONE = saved
    assert orderbook.page(demo, staff(demo, "direction"), OrderBookFilter(text="Zzzzz")).rows == ()


def test_rows_show_what_is_paid_and_due(demo):
    counter = staff(demo, "accueil.bastille")
    placed = orders.place(demo, counter, request(CartLine(product_id(demo, "regina"), 2)))
    orders.record_payment(demo, counter, placed.order_id, orders.Tender.CARD, 500)
    row = orderbook.page(demo, counter, OrderBookFilter(text=str(placed.order_id))).rows[0]
    assert (row.total_cents, row.paid_cents, row.due_cents) == (
        placed.total_cents,
        500,
        placed.total_cents - 500,
    )


def test_promised_time_grows_with_the_queue(demo):
    counter = staff(demo, "accueil.bastille")
    before = kitchen.suggest_promise(demo, counter, OrderMode.TAKEAWAY)
    assert before.minute % 5 == 0 and before >= utcnow() + timedelta(minutes=15)
    delivery = kitchen.suggest_promise(demo, counter, OrderMode.DELIVERY)
    assert delivery - before >= timedelta(minutes=10)
    for _ in range(5):
        orders.place(demo, counter, request(CartLine(product_id(demo, "regina"), 1)))
    after = kitchen.suggest_promise(demo, counter, OrderMode.TAKEAWAY)
    assert after - before >= timedelta(minutes=5)
