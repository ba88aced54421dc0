"""An order's totals, computed one way for every face that shows them.

The counter's cart, the service that stores the order, the receipt, the credit note and the
reports all take their amounts from `Totals`, so a screen, a paper and a report can never
disagree. Rules, all in integer cents, VAT included:

- A line's gross is quantity × (unit price + extras per unit).
- Line discounts come first (an amount, or a percentage of the line's gross rounded half
  up); the order's discounts then apply to what is left (an amount, or a percentage of it),
  and are shared across the lines in proportion to what each still costs, by the largest
  remainder method (ties to the earlier line), so the lines always add up to the total.
- VAT is computed per rate on the net of that rate (rounded half up), as French receipts
  present it; the reports round HT the same way, per order and rate.
- What was paid and refunded give what is still due, or what must be given back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ocpizza_desk.domain.enums import DiscountKind, DiscountReason
from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.domain.pricing import BASIS_POINTS, VatLine, excluding_vat

MAX_PERCENT_BP = BASIS_POINTS  # 100 %


def round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up, for non-negative integers."""
    return (2 * numerator + denominator) // (2 * denominator)


def allocate(amount: int, weights: Sequence[int]) -> list[int]:
    """`amount` shared in proportion to `weights` (non-negative), largest remainder first,
    ties to the earlier weight: the shares always add up to `amount` exactly."""
    total = sum(weights)
    if amount < 0 or any(w < 0 for w in weights):
        raise ValueError("amounts and weights are not negative")
    if total == 0:
        if amount:
            raise ValueError("nothing to share an amount across")
        return [0] * len(weights)
    shares = [amount * w // total for w in weights]
    remainders = sorted(range(len(weights)), key=lambda i: (-(amount * weights[i] % total), i))
    for i in remainders[: amount - sum(shares)]:
        shares[i] += 1
    return shares


@dataclass(frozen=True)
class Discount:
    """A discount as given: on the line at `line` (its position), or on the whole order."""

    kind: DiscountKind
    value: int  # cents for an amount, basis points for a percentage
    reason: DiscountReason
    line: int | None = None

    def amount_on(self, base_cents: int) -> int:
        if self.kind is DiscountKind.PERCENT:
            return round_half_up(base_cents * self.value, BASIS_POINTS)
        return self.value

    def check(self) -> None:
        """Refuse a discount that is not one (ValidationError, nothing computed)."""
        if not isinstance(self.kind, DiscountKind):
            raise ValidationError("input.id", field="discount")
        if not isinstance(self.reason, DiscountReason):
            raise ValidationError("discount.reason")
        if not isinstance(self.value, int) or isinstance(self.value, bool) or self.value <= 0:
            raise ValidationError("discount.amount")
        if self.kind is DiscountKind.PERCENT and self.value > MAX_PERCENT_BP:
            raise ValidationError("discount.percent")


@dataclass(frozen=True)
class AmountLine:
    """What Totals needs of a line: its position, its gross and its VAT rate."""

    position: int
    gross_cents: int
    rate_bp: int


@dataclass(frozen=True)
class TotalLine:
    position: int
    gross_cents: int
    discount_cents: int  # its own discount and its share of the order's
    rate_bp: int

    @property
    def net_cents(self) -> int:
        return self.gross_cents - self.discount_cents


@dataclass(frozen=True)
class AppliedDiscount:
    discount: Discount
    amount_cents: int  # what it took off


@dataclass(frozen=True)
class Totals:
    lines: tuple[TotalLine, ...]
    discounts: tuple[AppliedDiscount, ...] = ()
    paid_cents: int = 0
    refunded_cents: int = 0

    @property
    def gross_cents(self) -> int:
        return sum(line.gross_cents for line in self.lines)

    @property
    def discount_cents(self) -> int:
        return sum(line.discount_cents for line in self.lines)

    @property
    def total_cents(self) -> int:
        """What the customer pays, VAT included, discounts off."""
        return sum(line.net_cents for line in self.lines)

    @property
    def vat(self) -> tuple[VatLine, ...]:
        return vat_lines((line.rate_bp, line.net_cents) for line in self.lines)

    @property
    def excluding_vat_cents(self) -> int:
        return sum(v.base_cents for v in self.vat)

    @property
    def kept_cents(self) -> int:
        """Paid less refunded: what the store holds for this order."""
        return self.paid_cents - self.refunded_cents

    @property
    def due_cents(self) -> int:
        return max(0, self.total_cents - self.kept_cents)

    @property
    def overpaid_cents(self) -> int:
        """What must be given back (the order now costs less than what was kept)."""
        return max(0, self.kept_cents - self.total_cents)

    def net_by_rate(self) -> dict[int, int]:
        per_rate: dict[int, int] = defaultdict(int)
        for line in self.lines:
            per_rate[line.rate_bp] += line.net_cents
        return dict(per_rate)

    def settled(self, paid_cents: int, refunded_cents: int) -> Totals:
        return Totals(self.lines, self.discounts, paid_cents, refunded_cents)

    def cancelled(self) -> Totals:
        """The same money after a cancellation: nothing is sold any more."""
        lines = tuple(TotalLine(l.position, 0, 0, l.rate_bp) for l in self.lines)  # noqa: E741
        return Totals(lines, (), self.paid_cents, self.refunded_cents)


def vat_lines(amounts: Iterable[tuple[int, int]]) -> tuple[VatLine, ...]:
    """(rate, TTC) pairs -> one VatLine per rate, HT rounded half up on each rate's sum."""
    per_rate: dict[int, int] = defaultdict(int)
    for rate, cents in amounts:
        per_rate[rate] += cents
    lines = []
    for rate, ttc in sorted(per_rate.items()):
        base = excluding_vat(ttc, rate)
        lines.append(VatLine(rate, base, ttc - base, ttc))
    return tuple(lines)


def compute(
    lines: Sequence[AmountLine],
    discounts: Sequence[Discount] = (),
    paid_cents: int = 0,
    refunded_cents: int = 0,
) -> Totals:
    """The totals of a cart or an order from its lines and its discounts as given.

    ValidationError for a discount that names no line, is more than what it applies to, or
    is given twice to the same line."""
    for discount in discounts:
        discount.check()
    positions = [line.position for line in lines]
    if len(set(positions)) != len(positions):
        raise ValueError("line positions must be unique")
    own: dict[int, int] = {}
    applied: list[AppliedDiscount] = []
    for discount in (d for d in discounts if d.line is not None):
        line = next((x for x in lines if x.position == discount.line), None)
        if line is None:
            raise ValidationError("discount.no_line")
        if discount.line in own:
            raise ValidationError("discount.twice")
        amount = discount.amount_on(line.gross_cents)
        if amount > line.gross_cents:
            raise ValidationError("discount.too_much")
        own[line.position] = amount
        applied.append(AppliedDiscount(discount, amount))
    left = [line.gross_cents - own.get(line.position, 0) for line in lines]
    shared = [0] * len(lines)
    for discount in (d for d in discounts if d.line is None):
        base = sum(left) - sum(shared)
        amount = discount.amount_on(base)
        if amount > base:
            raise ValidationError("discount.too_much")
        weights = [left[i] - shared[i] for i in range(len(lines))]
        shared = [s + a for s, a in zip(shared, allocate(amount, weights), strict=True)]
        applied.append(AppliedDiscount(discount, amount))
    total_lines = tuple(
        TotalLine(
            line.position, line.gross_cents, own.get(line.position, 0) + shared[i], line.rate_bp
        )
        for i, line in enumerate(lines)
    )
    return Totals(total_lines, tuple(applied), paid_cents, refunded_cents)


def stored(
    lines: Iterable[tuple[int, int, int, int]], paid_cents: int = 0, refunded_cents: int = 0
) -> Totals:
    """The totals of an order as stored: (position, gross, discount, rate) per line."""
    return Totals(
        tuple(TotalLine(p, g, d, r) for p, g, d, r in lines), (), paid_cents, refunded_cents
    )


def refund_vat(amount_cents: int, before: Totals, after: Totals) -> tuple[VatLine, ...]:
    """The VAT rates a refund gives back: shared across the rates whose net went down
    between `before` and `after` (a cancellation: all of them), in proportion to the drop;
    printed on the credit note and summed by the reports."""
    old, new = before.net_by_rate(), after.net_by_rate()
    rates = sorted(set(old) | set(new))
    drops = [max(0, old.get(r, 0) - new.get(r, 0)) for r in rates]
    if not any(drops):
        drops = [old.get(r, 0) for r in rates]
    if not any(drops):
        drops = [1] + [0] * (len(rates) - 1) if rates else []
    if not rates:
        raise ValueError("a refund needs an order with lines")
    shares = allocate(amount_cents, drops)
    return vat_lines((rate, share) for rate, share in zip(rates, shares, strict=True) if share)
