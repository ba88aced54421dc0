"""domain/totals.py: discounts, VAT per rate and refunds, exact to the cent (no database)."""

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ocpizza_desk.domain.enums import DiscountKind, DiscountReason
from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.domain.totals import (
    AmountLine,
    Discount,
    allocate,
    compute,
    refund_vat,
    stored,
)

RATES = (550, 1000, 2000)
R = DiscountReason.GOODWILL


def ht(ttc: int, rate: int) -> int:
    """Independent: Decimal, half up."""
    return int((Decimal(ttc) * 10000 / (10000 + rate)).quantize(Decimal(1), ROUND_HALF_UP))


lines_strategy = st.lists(
    st.tuples(st.integers(1, 20_000), st.sampled_from(RATES)), min_size=1, max_size=8
)


@st.composite
def carts(draw):
    raw = draw(lines_strategy)
    lines = [AmountLine(i + 1, gross, rate) for i, (gross, rate) in enumerate(raw)]
    discounts = []
    for line in lines:
        if draw(st.booleans()) and draw(st.booleans()):
            if draw(st.booleans()):
                discounts.append(
                    Discount(DiscountKind.PERCENT, draw(st.integers(1, 10_000)), R, line.position)
                )
            else:
                discounts.append(
                    Discount(
                        DiscountKind.AMOUNT,
                        draw(st.integers(1, line.gross_cents)),
                        R,
                        line.position,
                    )
                )
    if draw(st.booleans()):
        discounts.append(Discount(DiscountKind.PERCENT, draw(st.integers(1, 10_000)), R))
    return lines, discounts


@settings(max_examples=300, deadline=None)
@given(carts())
def test_lines_vat_and_total_always_add_up(cart):
    lines, discounts = cart
    totals = compute(lines, discounts)
    # The lines add up to the total, and the VAT lines too.
    assert sum(line.net_cents for line in totals.lines) == totals.total_cents
    assert sum(v.total_cents for v in totals.vat) == totals.total_cents
    assert totals.gross_cents - totals.discount_cents == totals.total_cents
    # No line goes below zero or above its gross.
    assert all(0 <= line.discount_cents <= line.gross_cents for line in totals.lines)
    # Each rate's HT is its net rounded half up, computed independently.
    for v in totals.vat:
        net = sum(line.net_cents for line in totals.lines if line.rate_bp == v.rate_bp)
        assert v.total_cents == net
        assert v.base_cents == ht(net, v.rate_bp)
        assert v.vat_cents == net - v.base_cents
    # What the discounts took off is what the lines lost.
    assert sum(a.amount_cents for a in totals.discounts) == totals.discount_cents
    # Stored and read back, the same totals.
    again = stored(
        (line.position, line.gross_cents, line.discount_cents, line.rate_bp)
        for line in totals.lines
    )
    assert again.vat == totals.vat and again.total_cents == totals.total_cents


@given(st.integers(0, 10**6), st.lists(st.integers(0, 10**4), min_size=1, max_size=10))
def test_allocation_is_exact_and_proportional(amount, weights):
    if sum(weights) == 0:
        if amount:
            with pytest.raises(ValueError):
                allocate(amount, weights)
        return
    shares = allocate(amount, weights)
    assert sum(shares) == amount
    total = sum(weights)
    for share, weight in zip(shares, weights, strict=True):
        exact = Decimal(amount) * weight / total
        assert abs(Decimal(share) - exact) < 1
        assert weight or share == 0


def test_a_ten_percent_order_discount_on_two_rates():
    lines = [AmountLine(1, 1190, 1000), AmountLine(2, 450, 2000), AmountLine(3, 1190, 1000)]
    totals = compute(lines, [Discount(DiscountKind.PERCENT, 1000, DiscountReason.LOYALTY)])
    assert totals.gross_cents == 2830
    assert totals.discount_cents == 283  # 10 % of 28,30 €, half up
    assert totals.total_cents == 2547
    assert [line.discount_cents for line in totals.lines] == [119, 45, 119]
    assert [(v.rate_bp, v.total_cents) for v in totals.vat] == [(1000, 2142), (2000, 405)]


def test_line_discount_first_then_the_order_discount_on_what_is_left():
    lines = [AmountLine(1, 1000, 1000), AmountLine(2, 1000, 1000)]
    totals = compute(
        lines,
        [
            Discount(DiscountKind.AMOUNT, 1000, R, line=1),  # the first pizza offered
            Discount(DiscountKind.PERCENT, 5000, R),  # then half of what is left
        ],
    )
    assert [line.net_cents for line in totals.lines] == [0, 500]
    assert totals.total_cents == 500


@pytest.mark.parametrize(
    "discount, code",
    [
        (Discount(DiscountKind.AMOUNT, 3000, R), "discount.too_much"),
        (Discount(DiscountKind.AMOUNT, 1001, R, line=1), "discount.too_much"),
        (Discount(DiscountKind.PERCENT, 10_001, R), "discount.percent"),
        (Discount(DiscountKind.AMOUNT, 0, R), "discount.amount"),
        (Discount(DiscountKind.AMOUNT, -5, R), "discount.amount"),
        (Discount(DiscountKind.AMOUNT, 100, R, line=9), "discount.no_line"),
        (Discount(DiscountKind.AMOUNT, 100, "friend"), "discount.reason"),  # type: ignore[arg-type]
    ],
)
def test_impossible_discounts_are_refused(discount, code):
    lines = [AmountLine(1, 1000, 1000), AmountLine(2, 1000, 2000)]
    with pytest.raises(ValidationError) as refused:
        compute(lines, [discount])
    assert refused.value.code == code


def test_due_and_overpaid():
    totals = compute([AmountLine(1, 4170, 1000)], ()).settled(4170, 0)
    assert totals.due_cents == 0 and totals.overpaid_cents == 0
    smaller = compute([AmountLine(1, 950, 1000)], ()).settled(4170, 0)
    assert smaller.overpaid_cents == 3220 and smaller.due_cents == 0
    settled = smaller.settled(4170, 3220)
    assert settled.overpaid_cents == 0 and settled.due_cents == 0


@given(carts(), st.integers(1, 100))
def test_a_refund_gives_back_vat_only_where_the_order_went_down(cart, percent):
    lines, discounts = cart
    before = compute(lines, discounts)
    if not before.total_cents:
        return
    after = before.cancelled()
    amount = max(1, before.total_cents * percent // 100)
    vat = refund_vat(amount, before, after)
    assert sum(v.total_cents for v in vat) == amount
    for v in vat:
        assert v.base_cents == ht(v.total_cents, v.rate_bp)
        assert v.total_cents <= before.net_by_rate()[v.rate_bp]
