"""Prices include VAT (TTC); receipts show the VAT per rate. Integer cents throughout.

The VAT of a rate is computed once on the total of that rate, not line by line: that is how
French receipts present it, and it avoids a cent of drift per line.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ocpizza_desk.domain.enums import CustomisationKind

BASIS_POINTS = 10_000


def _round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up, for non-negative integers."""
    return (2 * numerator + denominator) // (2 * denominator)


def excluding_vat(ttc_cents: int, rate_bp: int) -> int:
    """The price before VAT (HT) of a VAT-inclusive price, to the nearest cent."""
    if ttc_cents < 0 or rate_bp < 0:
        raise ValueError("prices and rates are not negative")
    return _round_half_up(ttc_cents * BASIS_POINTS, BASIS_POINTS + rate_bp)


@dataclass(frozen=True)
class VatLine:
    rate_bp: int
    base_cents: int  # HT
    vat_cents: int
    total_cents: int  # TTC


@dataclass(frozen=True)
class PricedLine:
    unit_price_cents: int
    extras_cents: int  # per unit
    quantity: int
    vat_rate_bp: int

    @property
    def total_cents(self) -> int:
        return self.quantity * (self.unit_price_cents + self.extras_cents)


class CustomisedLine:
    """Mixin for a line of a product made with customisations (the cart on screen, the cart
    the service resolved): extras are paid per unit on top of the product's price. The class
    using it has `unit_price_cents`, `quantity`, `vat_rate_bp` and `options`."""

    @property
    def extras_cents(self) -> int:
        return extras_of(self.options)

    @property
    def total_cents(self) -> int:
        return self.quantity * (self.unit_price_cents + self.extras_cents)

    @property
    def priced(self) -> PricedLine:
        return PricedLine(self.unit_price_cents, self.extras_cents, self.quantity, self.vat_rate_bp)


def extras_of(options: Iterable[Any]) -> int:
    """What a unit's extras cost (removals are free): a line's, or one choice's of a formula."""
    return sum(o.price_cents for o in options if o.kind is CustomisationKind.EXTRA)


def vat_breakdown(lines: Iterable[PricedLine]) -> list[VatLine]:
    per_rate: dict[int, int] = defaultdict(int)
    for line in lines:
        per_rate[line.vat_rate_bp] += line.total_cents
    breakdown = []
    for rate, total in sorted(per_rate.items()):
        base = excluding_vat(total, rate)
        breakdown.append(VatLine(rate, base, total - base, total))
    return breakdown


def format_rate(rate_bp: int) -> str:
    """1000 -> '10 %', 550 -> '5,5 %'."""
    whole, rest = divmod(rate_bp, 100)
    return f"{whole} %" if rest == 0 else f"{whole},{rest:02d}".rstrip("0") + " %"
