"""Bad input is refused with a message in French and English, and writes nothing.

Each case runs on both databases; the whole database is compared before and after."""

from datetime import timedelta

import pytest

from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import Channel, OrderMode, Tender
from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.ops.seed import seed_demo
from ocpizza_desk.services import customers, menu, orders, stock
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext
from tests.conftest import BACKENDS, _empty_all_tables, fast_hash
from tests.helpers import product_id, snapshot, staff
from tests.helpers import request as new_order
from tests.snapshots import take_orders_any_time_anywhere

SQL = "'); DELETE FROM orders; --"


@pytest.fixture(scope="module", params=BACKENDS)
def world(request, _migrated):
    ctx = ServiceContext(_migrated(request.param))
    _empty_all_tables(ctx)
    seed_demo(ctx.engine, orders=10, password_hasher=fast_hash)
    take_orders_any_time_anywhere(ctx.engine)  # the tests run at any hour
    counter = staff(ctx, "accueil.bastille")
    regina = product_id(ctx, "regina")
    placed = orders.place(ctx, counter, new_order(CartLine(regina, 1)))
    yield ctx, counter, regina, placed.order_id
    _empty_all_tables(ctx)
    ctx.close()


def order_request(regina, **changes):
    base = dict(
        client_key="9b2f4c1e-0000-4000-8000-000000000001",
        channel=Channel.PHONE,
        mode=OrderMode.TAKEAWAY,
        lines=(CartLine(regina, 1),),
        promised_at=utcnow() + timedelta(minutes=30),
    )
    base.update(changes)
    return orders.OrderRequest(**base)


CASES = {
    "empty cart": (lambda c, s, r, o: orders.place(c, s, order_request(r, lines=())), "cart.empty"),
    "zero quantity": (
        lambda c, s, r, o: orders.place(c, s, order_request(r, lines=(CartLine(r, 0),))),
        "input.quantity",
    ),
    "negative quantity": (
        lambda c, s, r, o: orders.place(c, s, order_request(r, lines=(CartLine(r, -3),))),
        "input.quantity",
    ),
    "absurd quantity": (
        lambda c, s, r, o: orders.place(c, s, order_request(r, lines=(CartLine(r, 10_000),))),
        "input.quantity",
    ),
    "too many lines": (
        lambda c, s, r, o: orders.place(c, s, order_request(r, lines=(CartLine(r, 1),) * 31)),
        "cart.too_many_lines",
    ),
    "unknown product": (
        lambda c, s, r, o: orders.place(c, s, order_request(r, lines=(CartLine(999_999, 1),))),
        "cart.unknown_product",
    ),
    "option of another product": (
        lambda c, s, r, o: orders.place(c, s, order_request(r, lines=(CartLine(r, 1, (1,)),))),
        "cart.bad_option",
    ),
    "duplicate option": (
        lambda c, s, r, o: orders.place(c, s, order_request(r, lines=(CartLine(r, 1, (5, 5)),))),
        "input.id",
    ),
    "another store": (
        lambda c, s, r, o: orders.place(c, s, order_request(r, store_id=2)),
        "permission.other_store",
    ),
    "web channel from the desk": (
        lambda c, s, r, o: orders.place(c, s, order_request(r, channel=Channel.WEBSITE)),
        "order.channel",
    ),
    "promised in the past": (
        lambda c, s, r, o: orders.place(
            c, s, order_request(r, promised_at=utcnow() - timedelta(hours=2))
        ),
        "order.promised_past",
    ),
    "naive promised time": (
        lambda c, s, r, o: orders.place(
            c, s, order_request(r, promised_at=utcnow().replace(tzinfo=None))
        ),
        "input.id",
    ),
    "delivery without address": (
        lambda c, s, r, o: orders.place(c, s, order_request(r, mode=OrderMode.DELIVERY)),
        "order.address_required",
    ),
    "sql in notes is stored as text but too long here": (
        lambda c, s, r, o: orders.place(c, s, order_request(r, notes=SQL * 20)),
        "input.too_long",
    ),
    "bad client key": (
        lambda c, s, r, o: orders.place(c, s, order_request(r, client_key="🍕🍕🍕🍕🍕🍕🍕🍕")),
        "input.id",
    ),
    "planned tenders over the total": (
        lambda c, s, r, o: orders.place(
            c, s, order_request(r, planned_tenders=(orders.PlannedTender(Tender.CASH, 999_999),))
        ),
        "payment.plan",
    ),
    "zero payment": (
        lambda c, s, r, o: orders.record_payment(c, s, o, Tender.CASH, 0),
        "input.amount",
    ),
    "negative payment": (
        lambda c, s, r, o: orders.record_payment(c, s, o, Tender.CARD, -500),
        "payment.negative",
    ),
    "cash handed over short": (
        lambda c, s, r, o: orders.record_payment(c, s, o, Tender.CASH, 500, 200),
        "payment.cash_short",
    ),
    "online without reference": (
        lambda c, s, r, o: orders.record_payment(c, s, o, Tender.ONLINE, 100, bank_reference=SQL),
        "payment.reference",
    ),
    "unknown order": (lambda c, s, r, o: orders.detail(c, s, 987_654_321), "order.not_found"),
    "order id is not a number": (lambda c, s, r, o: orders.detail(c, s, "1 OR 1=1"), "input.id"),
    "invalid phone": (lambda c, s, r, o: customers.find_by_phone(c, s, SQL), "input.phone"),
    "10,000-character address": (
        lambda c, s, r, o: customers.create(
            c,
            s,
            customers.CustomerInput(phone="0611223344", first_name="Jean", last_name="Dupont"),
            customers.AddressInput(street="9 " + "rue " * 2500, postcode="75011"),
        ),
        "input.too_long",
    ),
    "emoji name": (
        lambda c, s, r, o: customers.create(
            c, s, customers.CustomerInput(phone="0611223344", first_name="🍕", last_name="Dupont")
        ),
        "input.characters",
    ),
    "sql name": (
        lambda c, s, r, o: customers.create(
            c, s, customers.CustomerInput(phone="0611223344", first_name="Jean", last_name=SQL)
        ),
        "input.characters",
    ),
    "menu of another store": (
        lambda c, s, r, o: menu.menu(c, s, store_id=3),
        "permission.other_store",
    ),
    "stock of another store": (
        lambda c, s, r, o: stock.levels(c, staff(c, "responsable.bastille"), store_id=4),
        "permission.other_store",
    ),
    "menu cart with a zero": (
        lambda c, s, r, o: menu.menu(c, s, [CartLine(r, 0)]),
        "input.quantity",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_refused_and_writes_nothing(world, case):
    ctx, counter, regina, order_id = world
    call, code = CASES[case]
    before = snapshot(ctx)
    with pytest.raises(DomainError) as refused:
        call(ctx, counter, regina, order_id)
    assert refused.value.code == code
    assert refused.value.message("fr") and refused.value.message("en")
    assert refused.value.message("fr") != refused.value.message("en")
    assert snapshot(ctx) == before


def test_sql_and_emoji_in_free_text_are_stored_verbatim(world):
    ctx, counter, regina, _ = world
    notes = "Sonner 2x 🍕 " + SQL
    placed = orders.place(
        ctx,
        counter,
        order_request(regina, client_key="9b2f4c1e-0000-4000-8000-000000000099", notes=notes),
    )
    assert orders.detail(ctx, counter, placed.order_id).notes == notes
