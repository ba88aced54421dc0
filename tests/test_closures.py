"""Till closures (Z, month, year): the journal added up and checked against what the orders,
payments and refunds say; the drawer counted; refusals that write nothing; chained and
signed; the report's takings for a closed day equal the closure's. SQLite and MariaDB."""

from __future__ import annotations

import json
import threading
import uuid
from collections import Counter
from datetime import date, datetime, time, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import bindparam, text

from ocpizza_desk.domain import totals as money
from ocpizza_desk.domain.clock import PARIS, utcnow
from ocpizza_desk.domain.enums import (
    Channel,
    DiscountKind,
    DiscountReason,
    OrderMode,
    OrderStatus,
    Role,
    Tender,
)
from ocpizza_desk.domain.errors import (
    ConflictError,
    DomainError,
    PermissionDenied,
    ValidationError,
)
from ocpizza_desk.services import closures, counter, deliveries, journal, orders, overview, reports
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.counter import CounterSubmission
from ocpizza_desk.services.payments import RefundRequest
from tests.conftest import fast_hash
from tests.helpers import product_id, snapshot, staff

# --------------------------------------------------------------------------- set-up


@pytest.fixture
def shop(db):
    prepare_shop(db)
    return db


def prepare_shop(ctx) -> None:
    """The demo chain as it was three days ago, without history: its orders of that day
    (journalled by the seed) cancelled, and Bastille's day closed. Today is the test's."""
    from ocpizza_desk.ops.seed import seed_demo

    then = utcnow() - timedelta(days=3)
    seed_demo(ctx.engine, orders=0, password_hasher=fast_hash, now=then)
    from tests.snapshots import take_orders_any_time_anywhere

    take_orders_any_time_anywhere(ctx.engine)  # tests run at any hour
    with ctx.engine.begin() as c:
        c.execute(
            text(
                "UPDATE orders SET status = 'cancelled' "
                "WHERE status NOT IN ('delivered', 'collected', 'cancelled')"
            )
        )
    bastille = staff(ctx, "responsable.bastille")
    closures.close_day(ctx, bastille, bastille.store_id, journal.business_day(then), {})


def grand_total(ctx, store_id: int) -> int:
    with ctx.engine.connect() as c:
        return c.execute(
            text(
                "SELECT COALESCE(MAX(grand_total_cents), 0) FROM closures "
                "WHERE store_id = :s AND kind = 'day'"
            ),
            {"s": store_id},
        ).scalar_one()


def last_ticket(ctx, store_id: int) -> int:
    with ctx.engine.connect() as c:
        return c.execute(
            text("SELECT last_ticket FROM journal_heads WHERE store_id = :s"), {"s": store_id}
        ).scalar_one()


@pytest.fixture
def manager(shop):
    return staff(shop, "responsable.bastille")


def key() -> str:
    return uuid.uuid4().hex


def price(ctx, code: str) -> int:
    with ctx.engine.connect() as c:
        return c.execute(
            text("SELECT price_cents FROM products WHERE code = :c"), {"c": code}
        ).scalar_one()


def submit(ctx, session, lines, *, pay=None, discounts=(), **kwargs):
    """A counter sale; `pay`: (tender, tendered or None) paid now for the whole total."""
    cart = tuple(CartLine(product_id(ctx, code), n) for code, n in lines)
    placed = counter.submit(
        ctx,
        session,
        CounterSubmission(
            client_key=key(),
            channel=Channel.COUNTER,
            mode=OrderMode.TAKEAWAY,
            lines=cart,
            promised_at=utcnow() + timedelta(minutes=20),
            discounts=discounts,
            **kwargs,
        ),
    )
    if pay is not None:
        tender, tendered = pay
        orders.record_payment(
            ctx,
            session,
            placed.order_id,
            tender,
            placed.totals.total_cents,
            tendered,
            client_key=key(),
            **({"bank_reference": "TPE-1"} if tender is Tender.ONLINE else {}),
        )
    return placed


def version(ctx, order_id: int) -> int:
    with ctx.engine.connect() as c:
        return c.execute(
            text("SELECT version FROM orders WHERE id = :o"), {"o": order_id}
        ).scalar_one()


def finish(ctx, session, order_id) -> None:
    for target in (OrderStatus.IN_PREPARATION, OrderStatus.READY, OrderStatus.COLLECTED):
        orders.advance(ctx, session, order_id, target)


def a_day_of_sales(ctx, session) -> dict:
    """Cash, card, meal vouchers, a discount, a modification with a refund, a cancellation
    with a refund; everything finished (nothing left open)."""
    cash = submit(ctx, session, [("regina", 2), ("coca_cola", 1)], pay=(Tender.CASH, 3000))
    card = submit(
        ctx,
        session,
        [("margherita", 1), ("peroni", 2)],
        pay=(Tender.CARD, None),
        discounts=(money.Discount(DiscountKind.PERCENT, 1000, DiscountReason.GOODWILL),),
    )
    voucher = submit(
        ctx, session, [("diavola", 1), ("tiramisu", 1)], pay=(Tender.MEAL_VOUCHER, None)
    )
    changed = submit(ctx, session, [("margherita", 3)], pay=(Tender.CASH, None))
    counter.submit(
        ctx,
        session,
        CounterSubmission(
            client_key=key(),
            channel=Channel.COUNTER,
            mode=OrderMode.TAKEAWAY,
            lines=(CartLine(product_id(ctx, "margherita"), 2),),
            promised_at=utcnow() + timedelta(minutes=20),
            order_id=changed.order_id,
            expected_version=version(ctx, changed.order_id),
            refunds=(
                RefundRequest(
                    client_key=key(), tender=Tender.CASH, amount_cents=price(ctx, "margherita")
                ),
            ),
            refund_reason="Une pizza en moins",
        ),
    )
    dropped = submit(ctx, session, [("calzone", 1)], pay=(Tender.CARD, None))
    orders.cancel(
        ctx,
        session,
        dropped.order_id,
        "Client parti",
        refunds=(
            RefundRequest(
                client_key=key(),
                tender=Tender.CARD,
                amount_cents=dropped.totals.total_cents,
                bank_reference="TPE-2",
            ),
        ),
    )
    for placed in (cash, card, voucher, changed):
        finish(ctx, session, placed.order_id)
    return {"orders": [cash.order_id, card.order_id, voucher.order_id, changed.order_id,
                       dropped.order_id]}  # fmt: skip


def recomputed(ctx, order_ids) -> dict:
    """The day's figures from the orders, payments and refunds themselves (not the journal)."""
    with ctx.engine.connect() as c:
        rows = c.execute(
            text(
                "SELECT o.id, o.status, l.position, l.line_total_cents, l.discount_cents, "
                "l.vat_rate_bp FROM orders o JOIN order_lines l ON l.order_id = o.id "
                "WHERE o.id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": list(order_ids)},
        ).all()
        paid = c.execute(
            text(
                "SELECT tender, SUM(amount_cents), COUNT(*) FROM payments WHERE order_id IN :ids "
                "GROUP BY tender"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": list(order_ids)},
        ).all()
        refunded = c.execute(
            text(
                "SELECT tender, SUM(amount_cents), COUNT(*) FROM refunds WHERE order_id IN :ids "
                "GROUP BY tender"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": list(order_ids)},
        ).all()
    lines: dict[int, list] = {}
    for r in rows:
        if r.status != "cancelled":
            lines.setdefault(r.id, []).append(
                (r.position, r.line_total_cents, r.discount_cents, r.vat_rate_bp)
            )
    vat: dict[int, list[int]] = {}
    gross = discount = 0
    for order_lines in lines.values():
        stored = money.stored(order_lines)
        gross += sum(line[1] for line in order_lines)
        discount += sum(line[2] for line in order_lines)
        for v in stored.vat:
            row = vat.setdefault(v.rate_bp, [0, 0, 0])
            row[0] += v.base_cents
            row[1] += v.vat_cents
            row[2] += v.total_cents
    tenders: dict[str, list[int]] = {}
    for tender, amount, _n in paid:
        tenders.setdefault(tender, [0, 0])[0] += int(amount)
    for tender, amount, _n in refunded:
        tenders.setdefault(tender, [0, 0])[1] += int(amount)
    return {
        "gross": gross,
        "discount": discount,
        "total": gross - discount,
        "vat": [[rate, *v] for rate, v in sorted(vat.items())],
        "tenders": {t: (p, r, p - r) for t, (p, r) in tenders.items()},
        "payment_count": sum(int(n) for _t, _a, n in paid),
        "refund_count": sum(int(n) for _t, _a, n in refunded),
    }


def greedy(cents: int) -> dict[int, int]:
    drawer = {}
    for d in closures.DENOMINATIONS:
        drawer[d], cents = divmod(cents, d)
    return drawer


def journal_rows(ctx, store_id):
    with ctx.engine.connect() as c:
        return [SimpleNamespace(**row._mapping) for row in journal.entries_of(c, store_id)]


def head(ctx, store_id):
    with ctx.engine.connect() as c:
        return c.execute(
            text("SELECT last_sequence, closed_through FROM journal_heads WHERE store_id = :s"),
            {"s": store_id},
        ).one()


def today() -> date:
    return journal.business_day(utcnow())


# --------------------------------------------------------------------------- the day's Z


def test_closing_a_day_adds_up_the_journal_counts_the_drawer_and_chains_the_z(shop, manager):
    store = manager.store_id
    base, tickets = grand_total(shop, store), last_ticket(shop, store)
    made = a_day_of_sales(shop, manager)
    expected = recomputed(shop, made["orders"])
    seen = closures.preview(shop, manager, store, today())
    assert seen.closable and seen.open_orders == () and seen.closure is None
    assert seen.figures.total_cents == expected["total"]

    cash = expected["tenders"]["cash"][2]
    drawer = greedy(cash - 70)  # 70 cents short
    closed = closures.close_day(shop, manager, store, today(), drawer, note="RAS")

    figures = closed.figures
    assert (figures.gross_cents, figures.discount_cents, figures.total_cents) == (
        expected["gross"],
        expected["discount"],
        expected["total"],
    )
    assert [[v.rate_bp, v.base_cents, v.vat_cents, v.total_cents] for v in figures.vat] == (
        expected["vat"]
    )
    assert {v.rate_bp for v in figures.vat} == {550, 1000, 2000}
    assert {
        t.tender: (t.payments_cents, t.refunds_cents, t.net_cents) for t in figures.tenders
    } == expected["tenders"]
    assert [t.tender for t in figures.tenders] == ["cash", "card", "meal_voucher"]
    assert (figures.tickets, figures.modifications, figures.cancellations) == (5, 1, 1)
    assert (figures.payment_count, figures.refund_count) == (
        expected["payment_count"],
        expected["refund_count"],
    )
    assert (figures.first_ticket, figures.last_ticket) == (tickets + 1, tickets + 5)
    assert figures.takings_cents == sum(t[2] for t in expected["tenders"].values())
    # The drawer: expected from the journal, counted by denomination, the difference.
    assert (closed.expected_cash_cents, closed.counted_cash_cents) == (cash, cash - 70)
    assert closed.difference_cents == -70 and closed.drivers_out_cents == 0
    assert dict(closed.drawer) == drawer and len(closed.drawer) == 15
    # The perpetual grand total goes on from the day before.
    assert closed.previous_grand_total_cents == base > 0
    assert closed.grand_total_cents == base + expected["total"]
    assert not closed.signed and closed.note == "RAS" and not closed.duplicate
    # The closure is the chain's last entry, its content canonical, the day closed.
    rows = journal_rows(shop, store)
    last = rows[-1]
    assert (last.kind, last.sequence, last.hash) == ("closure", closed.sequence, closed.hash)
    assert last.amount_cents == expected["total"] and last.reference == f"Z-{today().isoformat()}"
    assert list(journal.chain_breaks(rows, store)) == []
    content = json.loads(last.content)
    assert list(content) == [
        "format", "event", "kind", "period_start", "period_end", "at", "by", "totals",
        "previous_grand_total", "grand_total", "parts", "cash", "carried",
    ]  # fmt: skip
    assert list(content["totals"]) == list(closures.period_totals(()))
    assert content["totals"] == closures.period_totals(
        [r for r in rows if r.business_date == today()]
    )
    assert content["cash"]["difference"] == -70 and content["carried"] == []
    assert last.content == closures.closure_content(
        kind="day",
        start=today(),
        end=today(),
        now=closed.closed_at,
        user_id=manager.user_id,
        totals=content["totals"],
        previous_grand_total=base,
        grand_total=base + expected["total"],
        parts=[],
        cash=content["cash"],
        carried=[],
    )
    assert str(head(shop, store).closed_through) == today().isoformat()
    again = closures.preview(shop, manager, store, today())
    assert again.closure is not None and again.closure.id == closed.id and not again.closable


def test_a_second_closure_of_the_day_is_refused_and_writes_nothing(shop, manager):
    store = manager.store_id
    submit(shop, manager, [("regina", 1)], pay=(Tender.CARD, None))
    with shop.engine.begin() as c:
        c.execute(text("UPDATE orders SET status = 'collected' WHERE status = 'received'"))
    closures.close_day(shop, manager, store, today(), {})
    before = snapshot(shop)
    with pytest.raises(ConflictError) as refused:
        closures.close_day(shop, manager, store, today(), {})
    assert refused.value.code == "closure.already_closed"
    assert manager.full_name in refused.value.message("fr")
    assert snapshot(shop) == before


def test_open_orders_are_listed_refuse_the_closure_and_can_be_carried_over(shop, manager):
    store = manager.store_id
    unpaid = submit(shop, manager, [("regina", 1)])  # received, nothing paid
    paid = submit(shop, manager, [("margherita", 1)], pay=(Tender.CASH, None))  # still received
    done_unpaid = submit(shop, manager, [("diavola", 1)])
    finish(shop, manager, done_unpaid.order_id)  # collected without being paid
    finished = submit(shop, manager, [("calzone", 1)], pay=(Tender.CARD, None))
    finish(shop, manager, finished.order_id)

    seen = closures.preview(shop, manager, store, today())
    listed = {o.order_id: o for o in seen.open_orders}
    assert set(listed) == {unpaid.order_id, paid.order_id, done_unpaid.order_id}
    assert listed[unpaid.order_id].due_cents == unpaid.totals.total_cents
    assert listed[paid.order_id].due_cents == 0
    assert listed[done_unpaid.order_id].status is OrderStatus.COLLECTED
    assert seen.open_orders_total == 3

    before = snapshot(shop)
    with pytest.raises(DomainError) as refused:
        closures.close_day(shop, manager, store, today(), {})
    assert refused.value.code == "closure.open_orders"
    assert str(unpaid.order_id) in refused.value.message("fr")
    assert snapshot(shop) == before

    closed = closures.close_day(shop, manager, store, today(), greedy(seen.expected_cash_cents),
                                carry_over_open=True)  # fmt: skip
    assert set(closed.carried) == set(listed) and closed.difference_cents == 0
    # Paid tomorrow (for the journal): the payment goes to the next business day.
    orders.record_payment(
        shop, manager, unpaid.order_id, Tender.CASH, unpaid.totals.total_cents, client_key=key()
    )
    rows = journal_rows(shop, store)
    assert (rows[-1].kind, rows[-1].business_date) == ("payment", today() + timedelta(days=1))
    tomorrow = closures.preview(shop, manager, store, today() + timedelta(days=1))
    assert tomorrow.figures.takings_cents == unpaid.totals.total_cents
    assert {o.order_id for o in tomorrow.open_orders} == set(listed)  # still unfinished
    assert tomorrow.previous_grand_total_cents == closed.grand_total_cents


BAD_COUNTS = [
    {2000: -1},  # negative
    {100: closures.MAX_PIECES + 1},  # absurd
    {50_000: 101},  # 50 500 € in the drawer
    {300: 1},  # no such coin
    {"200": 1},
    {200: 1.5},
    {200: True},
    {200: "3"},
    [(200, 1)],
]


def test_a_count_that_is_not_one_is_refused_and_writes_nothing(shop, manager):
    before = snapshot(shop)
    for counted in BAD_COUNTS:
        with pytest.raises(ValidationError) as refused:
            closures.close_day(shop, manager, manager.store_id, today(), counted)
        assert refused.value.code in (
            "closure.count",
            "closure.denomination",
            "closure.drawer_total",
        ), counted
        assert refused.value.message("fr") and refused.value.message("en")
    assert snapshot(shop) == before
    negative = pytest.raises(ValidationError)
    with negative:
        closures.check_count({2000: -1})
    assert negative.excinfo.value.message("fr") == (
        "Comptage impossible pour 20 € : un nombre entier de 0 à 5000."
    )


def test_days_to_come_and_days_before_the_last_closed_are_refused(shop, manager):
    store = manager.store_id
    before = snapshot(shop)
    with pytest.raises(ValidationError) as refused:
        closures.close_day(shop, manager, store, today() + timedelta(days=1), {})
    assert refused.value.code == "closure.future"
    assert snapshot(shop) == before
    closures.close_day(shop, manager, store, today(), {})
    before = snapshot(shop)
    with pytest.raises(ConflictError) as refused:
        closures.close_day(shop, manager, store, today() - timedelta(days=1), {})
    assert refused.value.code == "closure.later_closed"
    assert snapshot(shop) == before
    counter_staff = staff(shop, "accueil.bastille")
    with pytest.raises(PermissionDenied):
        closures.close_day(shop, counter_staff, store, today(), {})
    with pytest.raises(PermissionDenied):
        closures.preview(shop, staff(shop, "responsable.abbesses"), store, today())


def test_entries_after_the_closure_belong_to_the_next_business_day(shop, manager):
    store = manager.store_id
    base = grand_total(shop, store)
    first = submit(shop, manager, [("regina", 1)], pay=(Tender.CASH, None))
    finish(shop, manager, first.order_id)
    closed = closures.close_day(shop, manager, store, today(), greedy(first.totals.total_cents))
    later = submit(shop, manager, [("margherita", 2)], pay=(Tender.CARD, None))
    finish(shop, manager, later.order_id)
    rows = journal_rows(shop, store)
    after = [r for r in rows if r.sequence > closed.sequence]
    assert {r.business_date for r in after} == {today() + timedelta(days=1)}
    assert [r.kind for r in after] == ["sale", "payment"]
    assert after[0].ticket_number == last_ticket(shop, store)  # the numbers run on
    assert after[0].ticket_number == closed.figures.last_ticket + 1
    # The closed day's figures do not move; the next day has the late sale.
    assert closures.preview(shop, manager, store, today()).closure.total_cents == (
        first.totals.total_cents
    )
    tomorrow = closures.preview(shop, manager, store, today() + timedelta(days=1))
    assert tomorrow.figures.total_cents == later.totals.total_cents
    assert tomorrow.grand_total_cents == base + first.totals.total_cents + later.totals.total_cents
    assert not tomorrow.closable  # it has not begun
    with pytest.raises(ValidationError):
        closures.close_day(shop, manager, store, today() + timedelta(days=1), {})


def test_drivers_cash_is_expected_once_handed_in_and_shown_while_they_carry_it(shop, manager):
    store = manager.store_id
    driver = staff(shop, "livreur.bastille")
    with shop.engine.begin() as c:  # the seed's shift of three days ago ended
        c.execute(
            text(
                "UPDATE driver_shifts SET ended_at = :t, open_user_id = NULL, "
                "handed_in_cents = float_cents, expected_cash_cents = float_cents "
                "WHERE ended_at IS NULL"
            ),
            {"t": utcnow() - timedelta(days=2)},
        )
    shift = deliveries.start_shift(shop, manager, driver.user_id, 3000)
    order = submit(shop, manager, [("regina", 2)])
    orders.record_payment(
        shop, driver, order.order_id, Tender.CASH, order.totals.total_cents, 5000, client_key=key()
    )
    finish(shop, manager, order.order_id)
    counter_sale = submit(shop, manager, [("margherita", 1)], pay=(Tender.CASH, None))
    finish(shop, manager, counter_sale.order_id)

    seen = closures.preview(shop, manager, store, today())
    assert seen.cash_takings_cents == order.totals.total_cents + counter_sale.totals.total_cents
    out = [d for d in seen.drivers if d.out]
    assert [(d.name, d.cash_cents, d.float_cents) for d in out] == [
        (driver.full_name, order.totals.total_cents, 3000)
    ]
    assert seen.expected_cash_cents == counter_sale.totals.total_cents

    deliveries.end_shift(shop, manager, shift.shift_id, 3000 + order.totals.total_cents)
    seen = closures.preview(shop, manager, store, today())
    assert seen.drivers_out_cents == 0 and seen.drivers[-1].handed_in_cents is not None
    assert seen.expected_cash_cents == seen.cash_takings_cents
    closed = closures.close_day(shop, manager, store, today(), greedy(seen.expected_cash_cents))
    assert closed.difference_cents == 0 and closed.cash_takings_cents == seen.cash_takings_cents


# --------------------------------------------------------------------------- month and year


def _fake_day(ctx, store_id: int, day: date, sales: list[tuple[int, int, str]]) -> None:
    """Journal entries written on a past day: (price, VAT rate, tender) per sale, paid."""
    now = datetime.combine(day, time(12, 0), PARIS)
    entries = []
    for n, (cents, rate, tender) in enumerate(sales):
        at = now + timedelta(minutes=n)
        line = SimpleNamespace(
            position=1,
            product_name="Regina",
            quantity=1,
            unit_price_cents=cents,
            extras_cents=0,
            vat_rate_bp=rate,
            total_cents=cents,
        )
        stored = money.stored([(1, cents, 0, rate)])
        entries.append(journal.sale(None, "counter", "takeaway", stored, [line], at, None))
        entries.append(journal.payment(None, key(), tender, cents, None, at, None))
    with ctx.engine.begin() as c:
        journal.append(c, store_id, entries, now)


def test_months_and_years_cumulate_their_closures_and_refuse_while_one_is_missing(shop):
    manager = staff(shop, "responsable.abbesses")  # nothing of this store is closed yet
    store = manager.store_id
    year = today().year - 1
    days = {
        date(year, 11, 28): [(1250, 1000, "cash"), (300, 550, "card")],
        date(year, 11, 30): [(1590, 1000, "card")],
        date(year, 12, 3): [(450, 2000, "cash"), (990, 1000, "meal_voucher")],
    }
    for day, sales in days.items():
        _fake_day(shop, store, day, sales)
    rows = [r for r in journal_rows(shop, store) if r.business_date.year == year]
    first_sequence = rows[0].sequence

    def refused(code, call, *args):
        before = snapshot(shop)
        with pytest.raises(DomainError) as error:
            call(shop, manager, store, *args)
        assert error.value.code == code, error.value.message("en")
        assert snapshot(shop) == before
        return error.value

    error = refused("closure.days_open", closures.close_month, year, 11)
    assert "28/11" in error.message("fr") and "30/11" in error.message("fr")
    refused("closure.earlier_open", closures.close_day, date(year, 11, 30), {})
    day1 = closures.close_day(shop, manager, store, date(year, 11, 28), {})
    day2 = closures.close_day(shop, manager, store, date(year, 11, 30), {})
    assert day2.grand_total_cents == 1250 + 300 + 1590 and day2.previous_grand_total_cents == 1550
    november = closures.close_month(shop, manager, store, year, 11)
    refused("closure.already_closed", closures.close_month, year, 11)
    nov_entries = [r for r in rows if date(year, 11, 1) <= r.business_date <= date(year, 11, 30)]
    assert november.figures == closures.Figures.of(closures.period_totals(nov_entries))
    assert november.figures == closures.Figures.of(
        closures.combine(
            [closures.period_totals([r for r in rows if r.business_date == d]) for d in days][:2]
        )
    )
    assert (november.parts, november.grand_total_cents) == (2, day2.grand_total_cents)
    assert november.expected_cash_cents is None and november.drawer == ()

    error = refused("closure.months_open", closures.close_year, year)
    refused("closure.days_open", closures.close_month, year, 12)
    closures.close_day(shop, manager, store, date(year, 12, 3), {})
    refused("closure.months_open", closures.close_year, year)
    december = closures.close_month(shop, manager, store, year, 12)
    whole = closures.close_year(shop, manager, store, year)
    assert whole.figures == closures.Figures.of(closures.period_totals(rows))
    assert whole.figures.total_cents == sum(c for s in days.values() for c, _r, _t in s)
    assert whole.grand_total_cents == december.grand_total_cents == whole.figures.total_cents
    assert whole.parts == 2 and whole.figures.first_sequence == first_sequence
    assert whole.figures.last_ticket - whole.figures.first_ticket == 4
    assert {(v.rate_bp, v.total_cents) for v in whole.figures.vat} == {
        (550, 300),
        (1000, 1250 + 1590 + 990),
        (2000, 450),
    }
    # The current month and year are not over.
    refused("closure.period_open", closures.close_month, today().year, today().month)
    refused("closure.period_open", closures.close_year, today().year)
    assert day1.kind == "day" and whole.kind == "year"
    listed = closures.closures_page(shop, manager, store)
    assert [c.kind for c in listed.rows] == ["year", "month", "day", "month", "day", "day"]
    assert listed.next_before is None
    first = closures.closures_page(shop, manager, store, limit=4)
    rest = closures.closures_page(shop, manager, store, before=first.next_before, limit=4)
    assert [c.id for c in first.rows + rest.rows] == [c.id for c in listed.rows]
    assert [c.kind for c in closures.closures_page(shop, manager, store, kind="month").rows] == [
        "month",
        "month",
    ]
    assert list(journal.chain_breaks(journal_rows(shop, store), store)) == []


# --------------------------------------------------------------------------- signatures


def test_a_closure_is_signed_with_this_pcs_key_and_unsigned_without(shop, manager, memory_keyring):
    store = manager.store_id
    admin = staff(shop, "admin")
    assert closures.signing_key_id(shop) is None
    unsigned = closures.close_day(shop, manager, store, today() - timedelta(days=1), {})
    assert not unsigned.signed and unsigned.key_id is None
    status = overview.overview(shop, admin).signing
    assert status is not None and status.active_keys == 0
    assert status.unsigned_recent == 2  # the set-up's closure and this one

    made = closures.generate_key(shop)
    assert (closures.KEYRING_ENTRY in {u for _s, u in memory_keyring.secrets}) and len(
        made.key_id
    ) == 64
    with shop.engine.connect() as c:
        public = c.execute(
            text("SELECT public_key FROM journal_keys WHERE key_id = :k AND retired_at IS NULL"),
            {"k": made.key_id},
        ).scalar_one()
    assert public == made.public_key
    with pytest.raises(ConflictError) as exists:
        closures.generate_key(shop)
    assert exists.value.code == "closure.key_exists"
    assert closures.signing_key_id(shop) == made.key_id

    signed = closures.close_day(shop, manager, store, today(), {})
    assert signed.signed and signed.key_id == made.key_id
    assert closures.verify_signature(public, signed.hash, signed.signature)
    assert not closures.verify_signature(public, unsigned.hash, signed.signature)
    assert not closures.verify_signature(public, signed.hash, "bm90IGEgc2lnbmF0dXJl")
    assert not closures.verify_signature("garbage", signed.hash, signed.signature)
    status = overview.overview(shop, admin).signing
    assert status.active_keys == 1 and status.unsigned_recent == 2
    assert overview.overview(shop, manager).signing is None  # the administrator's concern

    replaced = closures.generate_key(shop, replace=True)
    assert replaced.retired == (made.key_id,) and replaced.key_id != made.key_id
    assert closures.verify_signature(public, signed.hash, signed.signature)  # still checks


def test_a_key_the_database_does_not_know_signs_nothing(shop, manager, memory_keyring):
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    stray = Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )
    memory_keyring.set_password(
        "ocpizza-desk", closures.KEYRING_ENTRY, base64.b64encode(stray).decode()
    )
    assert closures.signing_key_id(shop) is None
    assert not closures.close_day(shop, manager, manager.store_id, today(), {}).signed


def test_keygen_without_a_keyring_says_so_and_creates_nothing(shop):
    before = snapshot(shop)
    with pytest.raises(DomainError) as refused:
        closures.generate_key(shop)
    assert refused.value.code == "closure.no_keyring"
    assert snapshot(shop) == before


def test_a_reprint_is_a_duplicate_entry_of_the_journal(shop, manager):
    store = manager.store_id
    closed = closures.close_day(shop, manager, store, today(), {1000: 2})
    again = closures.reprint(shop, manager, closed.id)
    assert again.duplicate and again.hash == closed.hash and again.counted_cash_cents == 2000
    rows = journal_rows(shop, store)
    assert (rows[-1].kind, rows[-1].reference) == ("duplicate", f"Z-{today().isoformat()}")
    assert rows[-1].business_date == today() + timedelta(days=1)
    assert json.loads(rows[-1].content)["paper"] == "closure_day"
    detail = closures.closure_detail(shop, manager, closed.id)
    assert not detail.duplicate and (detail.id, detail.hash) == (closed.id, closed.hash)
    with pytest.raises(DomainError):
        closures.closure_detail(shop, manager, 987654)


# --------------------------------------------------------------------------- reports agree


def test_the_report_takings_of_a_closed_day_equal_the_closure_to_the_cent(shop, manager):
    store = manager.store_id
    a_day_of_sales(shop, manager)
    closed = closures.close_day(shop, manager, store, today(), {})
    found = reports.report(
        shop, manager, reports.ReportRequest(today(), today(), (store,))
    ).takings_by_tender()
    assert {r.tender.value: (r.payments_cents, r.refunds_cents, r.net_cents) for r in found} == {
        t.tender: (t.payments_cents, t.refunds_cents, t.net_cents) for t in closed.figures.tenders
    }
    assert sum(r.net_cents for r in found) == closed.figures.takings_cents


# --------------------------------------------------------------------------- two managers


@pytest.mark.mysql_only
def test_two_managers_closing_the_same_day_at_once_one_closes_the_other_is_told(
    new_database,
):
    from ocpizza_desk.db import schema

    config = new_database("mariadb")
    setup = ServiceContext(config, interactive=False)
    schema.upgrade(setup.engine)
    prepare_shop(setup)
    setup.close()
    first = staff(ServiceContext(config), "responsable.bastille")
    contexts = [ServiceContext(config) for _ in range(2)]
    submit(contexts[0], first, [("regina", 1)], pay=(Tender.CARD, None))
    with contexts[0].engine.begin() as c:
        c.execute(text("UPDATE orders SET status = 'collected' WHERE status = 'received'"))
    sessions = [first, first.__class__(**{**vars(first), "full_name": "Autre Responsable"})]
    outcomes: list = [None, None]
    gate = threading.Barrier(2)

    def close(n: int) -> None:
        gate.wait()
        try:
            outcomes[n] = closures.close_day(contexts[n], sessions[n], first.store_id, today(), {})
        except DomainError as exc:
            outcomes[n] = exc

    threads = [threading.Thread(target=close, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    try:
        won = [o for o in outcomes if isinstance(o, closures.ClosureDetail)]
        lost = [o for o in outcomes if isinstance(o, DomainError)]
        assert len(won) == 1 and len(lost) == 1, outcomes
        assert lost[0].code == "closure.already_closed"
        assert first.full_name in lost[0].message("fr")
        with contexts[0].engine.connect() as c:
            count = c.execute(text("SELECT COUNT(*) FROM closures")).scalar()
            kinds = Counter(k for (k,) in c.execute(text("SELECT kind FROM sales_journal")).all())
        assert count == 2 and kinds["closure"] == 2  # the set-up's and one of theirs
        rows = journal_rows(contexts[0], first.store_id)
        assert list(journal.chain_breaks(rows, first.store_id)) == []
    finally:
        for ctx in contexts:
            ctx.close()


def test_roles_see_only_what_they_may(shop, manager):
    head_office = staff(shop, "direction")
    closed = closures.close_day(shop, manager, manager.store_id, today(), {})
    assert closures.closure_detail(shop, head_office, closed.id).id == closed.id
    with pytest.raises(PermissionDenied):
        closures.reprint(shop, head_office, closed.id)
    with pytest.raises(PermissionDenied):
        closures.close_day(shop, head_office, manager.store_id, today(), {})
    assert Role.MANAGER is manager.role


def test_a_payment_after_the_z_counts_in_the_report_of_its_day_but_in_the_next_closure(
    shop, manager
):
    """Where the two differ: the report takes payments by the Paris day they were received,
    the closure by the journal's business day, which moves past the last closed day. A sale
    paid after the Z, the same evening, is in today's report and in tomorrow's closure; the
    two days together agree."""
    store = manager.store_id
    early = submit(shop, manager, [("regina", 1)], pay=(Tender.CASH, None))
    finish(shop, manager, early.order_id)
    closed = closures.close_day(shop, manager, store, today(), {})
    late = submit(shop, manager, [("diavola", 1)], pay=(Tender.CASH, None))
    request = reports.ReportRequest(today(), today(), (store,))
    reported = {r.tender: r.net_cents for r in reports.report(shop, manager, request).takings}
    assert reported == {Tender.CASH: early.totals.total_cents + late.totals.total_cents}
    assert closed.figures.takings_cents == early.totals.total_cents
    tomorrow = closures.preview(shop, manager, store, today() + timedelta(days=1))
    assert tomorrow.figures.takings_cents == late.totals.total_cents
    assert reported[Tender.CASH] == closed.figures.takings_cents + tomorrow.figures.takings_cents


def test_journal_keygen_on_the_command_line(db, memory_keyring, capsys):
    from ocpizza_desk import cli

    url = db.config.url
    assert cli.main(["--db-url", url, "--lang", "en", "journal", "keygen"]) == 0
    said = capsys.readouterr().out
    assert "signing key created: " in said and closures.KEYRING_ENTRY in said
    with db.engine.connect() as c:
        first = c.execute(text("SELECT key_id FROM journal_keys")).scalar_one()
    assert first in said
    assert cli.main(["--db-url", url, "--lang", "en", "journal", "keygen"]) == 5
    assert "already has a signing key" in capsys.readouterr().err
    assert cli.main(["--db-url", url, "--lang", "fr", "journal", "keygen", "--replace"]) == 0
    assert f"clé retirée : {first}" in capsys.readouterr().out
    with db.engine.connect() as c:
        keys = c.execute(text("SELECT key_id, retired_at IS NULL FROM journal_keys")).all()
    assert len(keys) == 2 and {bool(active) for k, active in keys if k == first} == {False}
