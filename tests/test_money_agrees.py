"""The till, the paper and the reports agree to the cent, for random orders (hypothesis), on
SQLite and MariaDB.

Each example places one or two orders through the counter's use case (`counter.submit`):
random carts from the demo menu (three VAT rates, extras and removals), random line and order
discounts (amounts and percentages, with reasons), some paid now (cash, card, meal vouchers,
in full or in part); then each order is left alone, paid later, modified (refunded when it now
costs less than what was kept, paid when it costs more) or cancelled (refunded). Then:

- each receipt (`documents.ticket_data`) adds up: its VAT lines to its total, its gross less
  its discounts to its total, its total and VAT to what the till's use case said;
- each credit note's VAT adds up to what it gave back;
- the report of the period (its change over the example) equals, for the orders not
  cancelled, the sum of their receipts' totals (TTC), HT and discounts; its takings equal
  the payments on the receipts less the refunds on the credit notes, tender by tender.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from ocpizza_desk.domain import totals
from ocpizza_desk.domain.clock import to_paris, utcnow
from ocpizza_desk.domain.enums import (
    Channel,
    CustomisationKind,
    DiscountKind,
    DiscountReason,
    OrderMode,
    OrderStatus,
    Tender,
)
from ocpizza_desk.domain.permissions import TillRules
from ocpizza_desk.domain.totals import AmountLine, Discount
from ocpizza_desk.services import counter, documents, menu, orders, reports
from ocpizza_desk.services import settings as till_settings
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.counter import CounterSubmission
from ocpizza_desk.services.payments import PaymentRequest, RefundRequest
from ocpizza_desk.services.reports import ReportRequest
from tests.helpers import set_balance, staff

EXAMPLES = 30
PAID_NOW = (Tender.CASH, Tender.CARD, Tender.MEAL_VOUCHER)
REFERENCED = (Tender.CARD, Tender.ONLINE)


def key() -> str:
    return str(uuid.uuid4())


@pytest.fixture
def shop(demo, monkeypatch):
    """The demo's Bastille store with plenty of stock, a manager who may give any discount
    and refund alone, and the few products the examples pick from (every VAT rate)."""
    manager = staff(demo, "responsable.bastille")
    till_settings.set_till_rules(
        demo, staff(demo, "direction"), TillRules(manager_discount_limit_bp=10_000)
    )
    with demo.engine.connect() as c:
        ingredients = c.execute(
            text("SELECT ingredient_id FROM stock_balances WHERE store_id = :s"),
            {"s": manager.store_id},
        ).scalars()
        for ingredient in list(ingredients):
            set_balance(demo, manager.store_id, ingredient, 10**8)
    items = [i for i in menu.menu(demo, manager).items if i.available]
    by_rate: dict[int, list] = {}
    for item in sorted(items, key=lambda i: (-len(i.options), i.code)):
        by_rate.setdefault(item.vat_rate_bp, []).append(item)
    assert len(by_rate) == 3  # 5.5 %, 10 %, 20 %
    picked = [item for group in by_rate.values() for item in group[:3]]
    assert any(o.kind is CustomisationKind.EXTRA for i in picked for o in i.options)
    return demo, manager, picked


# --------------------------------------------------------------------------- strategies


@st.composite
def carts(draw, items):
    """(cart lines, their AmountLines for domain.totals): 1 to 4 lines."""
    lines, amounts = [], []
    for position in range(1, draw(st.integers(1, 4)) + 1):
        item = draw(st.sampled_from(items))
        options = []
        if item.options:
            options = draw(st.lists(st.sampled_from(item.options), unique=True, max_size=2))
        quantity = draw(st.integers(1, 3))
        extras = sum(o.price_cents for o in options if o.kind is CustomisationKind.EXTRA)
        lines.append(CartLine(item.product_id, quantity, tuple(o.option_id for o in options)))
        amounts.append(
            AmountLine(position, quantity * (item.price_cents + extras), item.vat_rate_bp)
        )
    return tuple(lines), amounts


@st.composite
def discounts(draw, amounts):
    """Line discounts (at most one a line) then up to two order discounts, each one valid for
    what is left when it applies (as domain.totals checks it)."""
    reasons = st.sampled_from(list(DiscountReason))
    given: list[Discount] = []
    for line in amounts:
        if draw(st.integers(0, 3)) == 0:
            if draw(st.booleans()):
                value = draw(st.integers(1, 10_000))
                given.append(Discount(DiscountKind.PERCENT, value, draw(reasons), line.position))
            else:
                value = draw(st.integers(1, line.gross_cents))
                given.append(Discount(DiscountKind.AMOUNT, value, draw(reasons), line.position))
    for _ in range(draw(st.integers(0, 2))):
        left = totals.compute(amounts, given).total_cents
        if draw(st.booleans()):
            given.append(Discount(DiscountKind.PERCENT, draw(st.integers(1, 5000)), draw(reasons)))
        elif left > 0:
            value = draw(st.integers(1, max(1, left // 2)))
            given.append(Discount(DiscountKind.AMOUNT, value, draw(reasons)))
    return tuple(given)


@st.composite
def order_plans(draw, items):
    lines, amounts = draw(carts(items))
    given = draw(discounts(amounts))
    total = totals.compute(amounts, given).total_cents
    paid_now = None
    if total > 0 and draw(st.integers(0, 3)):
        amount = draw(st.one_of(st.just(total), st.integers(1, total)))
        paid_now = (draw(st.sampled_from(PAID_NOW)), amount)
    then = draw(st.sampled_from(["nothing", "pay", "modify", "modify", "cancel"]))
    change = None
    if then == "modify":
        if draw(st.booleans()):  # a line or more taken off: often cheaper, so refunded
            keep = draw(st.integers(1, len(lines)))
            new_lines, new_amounts = lines[:keep], amounts[:keep]
        else:
            new_lines, new_amounts = draw(carts(items))
        change = (new_lines, new_amounts, draw(discounts(new_amounts)))
    return lines, given, total, paid_now, then, change


# --------------------------------------------------------------------------- the test


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_reports_equal_the_receipts_and_credit_notes(shop, data):
    ctx, manager, items = shop
    plans = data.draw(st.lists(order_plans(items), min_size=1, max_size=2), label="orders")
    office = staff(ctx, "direction")
    today = to_paris(utcnow()).date()
    request = ReportRequest(
        today - timedelta(days=1), today + timedelta(days=1), (manager.store_id,)
    )
    # What the period held before this example.
    before = reports.report(ctx, office, request)
    revenue_before, takings_before = before.revenue, before.takings

    placed = [_run(ctx, manager, plan) for plan in plans]

    expected = Counter()
    for order_id, till in placed:
        doc = documents.ticket_data(ctx, manager, order_id)
        # The receipt adds up, and says what the till said.
        assert sum(v.total_cents for v in doc.vat) == doc.total_cents == till.total_cents
        assert sum(v.base_cents + v.vat_cents for v in doc.vat) == doc.total_cents
        assert doc.vat == till.vat
        assert doc.gross_cents - doc.discount_cents == doc.total_cents
        assert sum(d.amount_cents for d in doc.discounts) == doc.discount_cents
        assert doc.subtotal_cents - sum(d.amount_cents for d in doc.order_discounts) == (
            doc.total_cents
        )
        if doc.status is OrderStatus.CANCELLED:
            expected["cancelled"] += 1
            assert doc.kept_cents == 0 and doc.due_cents == 0
        else:
            expected["sold"] += 1
            expected["ttc"] += doc.total_cents
            expected["ht"] += doc.excluding_vat_cents
            expected["discounts"] += doc.discount_cents
            assert doc.kept_cents <= doc.total_cents
        for payment in doc.payments:
            expected[f"paid:{payment.tender}"] += payment.amount_cents
        event(f"{doc.status.value}, {len(doc.refunds)} refund(s)")
        if doc.order_discounts and any(d.line is not None for d in doc.discounts):
            event("line and order discounts")
        for refund in doc.refunds:
            note = documents.credit_note_data(ctx, manager, order_id, refund.credit_note_number)
            assert sum(v.total_cents for v in note.vat) == note.amount_cents
            assert note.excluding_vat_cents + note.vat_cents == note.amount_cents
            expected[f"refunded:{note.tender}"] += note.amount_cents

    after = reports.report(ctx, office, request)
    now = after.per_store[-1]

    def grew(field: str) -> int:
        return sum(getattr(r, field) for r in after.revenue) - sum(
            getattr(r, field) for r in revenue_before
        )

    assert grew("orders") == expected["sold"]
    assert grew("ttc_cents") == expected["ttc"]
    assert grew("ht_cents") == expected["ht"]
    assert grew("discount_cents") == expected["discounts"]
    # The sections agree with the summary.
    assert sum(r.ttc_cents for r in after.revenue) == now.ttc_cents
    assert sum(r.ht_cents for r in after.revenue) == now.ht_cents
    assert sum(r.discount_cents for r in after.revenue) == now.discount_cents
    assert sum(p.ttc_cents for p in after.products) == now.ttc_cents
    assert sum(c.ttc_cents for c in after.channels) == now.ttc_cents
    assert (now.payments_cents, now.refunds_cents) == (
        sum(r.payments_cents for r in after.takings),
        sum(r.refunds_cents for r in after.takings),
    )
    # Takings: the payments on the receipts, the refunds on the credit notes, by tender.
    for tender in Tender:
        paid = _takings(after.takings, tender)[0] - _takings(takings_before, tender)[0]
        refunded = _takings(after.takings, tender)[1] - _takings(takings_before, tender)[1]
        assert (paid, refunded) == (
            expected[f"paid:{tender}"],
            expected[f"refunded:{tender}"],
        ), tender


def _takings(rows, tender: Tender) -> tuple[int, int]:
    rows = [r for r in rows if r.tender is tender]
    return sum(r.payments_cents for r in rows), sum(r.refunds_cents for r in rows)


def _payment(tender: Tender, amount: int) -> PaymentRequest:
    return PaymentRequest(client_key=key(), tender=tender, amount_cents=amount)


def _run(ctx, manager, plan) -> tuple[int, totals.Totals]:
    """Place the order, then do what the plan says: the order's id and its totals as the
    till's use cases last gave them (a cancelled order's: as they were)."""
    lines, given, total, paid_now, then, change = plan
    promised = utcnow() + timedelta(minutes=40)

    def form(lines, discounts, **fields) -> CounterSubmission:
        return CounterSubmission(
            client_key=key(),
            channel=Channel.COUNTER,
            mode=OrderMode.TAKEAWAY,
            lines=lines,
            promised_at=promised,
            discounts=discounts,
            **fields,
        )

    payments = () if paid_now is None else (_payment(*paid_now),)
    placed = counter.submit(ctx, manager, form(lines, given, payments=payments))
    assert placed.total_cents == total  # the till's totals are domain.totals'
    order_id, money = placed.order_id, placed.totals
    card = sum(p.amount_cents for p in placed.payments if p.tender is Tender.CARD)
    if then == "pay" and money.due_cents:
        orders.record_payment(ctx, manager, order_id, Tender.CASH, money.due_cents)
    elif then == "cancel":
        orders.cancel(
            ctx,
            manager,
            order_id,
            "Annulé pour le test",
            placed.version,
            refunds=_refunds(card, money.kept_cents),
        )
    elif then == "modify":
        new_lines, new_amounts, new_discounts = change
        new_total = totals.compute(new_amounts, new_discounts).total_cents
        back = max(0, money.kept_cents - new_total)
        outcome = counter.submit(
            ctx,
            manager,
            form(
                new_lines,
                new_discounts,
                order_id=order_id,
                expected_version=placed.version,
                refunds=_refunds(card, back),
                refund_reason="Commande modifiée" if back else None,
            ),
        )
        assert outcome.total_cents == new_total
        assert outcome.totals.kept_cents <= new_total  # never more kept than it costs
        money = outcome.totals
        if money.due_cents and new_total % 2:  # sometimes paid again
            orders.record_payment(ctx, manager, order_id, Tender.CARD, money.due_cents)
    return order_id, money


def _refunds(card: int, amount: int) -> tuple[RefundRequest, ...]:
    """Back on the card when the card paid enough, else in cash (always possible)."""
    if amount <= 0:
        return ()
    if card >= amount:
        return (
            RefundRequest(
                client_key=key(), tender=Tender.CARD, amount_cents=amount, bank_reference="TPE-77"
            ),
        )
    return (RefundRequest(client_key=key(), tender=Tender.CASH, amount_cents=amount),)
