"""Sizes and half-and-half: doses scaled by a size's factor, the name a line is shown with,
and the price of a half-and-half.

Rules (integer arithmetic throughout):

- A size takes `dose_pct` percent of the recipe (100 = as written). A scaled dose is rounded
  *up* to the base unit, never below 1: the stock reserved is never less than what the
  kitchen uses, so "can still make" never promises a pizza it cannot make.
- A half-and-half is two halves of the *same size* (same label) of two products. Each half
  takes half of its product's doses at that size (the recipe scaled by the size's factor and
  by 50 %, rounded up per ingredient).
- Its price follows the chain's rule (app settings, `half_and_half`): `higher` (default, what
  most pizzerias do: the dearer half's price) or `average` (the mean of the two, rounded up to
  the cent). Its VAT rate is that of the half that sets the price (the dearer one; the first
  half on a tie); both halves of a pizza are normally at the same rate.
- Customisations are not taken on a half-and-half line (the kitchen card must stay clear).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from enum import StrEnum

FULL_PCT = 100
HALF_SHARE_PCT = 50
NAME_LENGTH = 80  # order_lines.product_name
HALF = "½"


class HalfRule(StrEnum):
    HIGHER = "higher"
    AVERAGE = "average"


DEFAULT_HALF_RULE = HalfRule.HIGHER


def scaled_dose(quantity: int, dose_pct: int, share_pct: int = FULL_PCT) -> int:
    """`quantity` × dose_pct % × share_pct %, rounded up, at least 1 (for a positive dose)."""
    if quantity <= 0:
        return 0
    denominator = FULL_PCT * FULL_PCT
    return max(1, -(-quantity * dose_pct * share_pct // denominator))


def scaled(
    consumption: Mapping[int, int], dose_pct: int, share_pct: int = FULL_PCT
) -> Counter[int]:
    """Every dose of a recipe (or of a customised unit) scaled for a size and a share."""
    if dose_pct == FULL_PCT and share_pct == FULL_PCT:
        return Counter({i: q for i, q in consumption.items() if q > 0})
    return Counter(
        {i: scaled_dose(q, dose_pct, share_pct) for i, q in consumption.items() if q > 0}
    )


def line_name(product: str, size_label: str) -> str:
    """'Reine' in '33 cm' -> 'Reine 33 cm'; a product sold in one size keeps its name. A
    name too long for the snapshot is shortened with '…' (the website's procedure does the
    same, db/accounts.py)."""
    if not size_label:
        return product
    suffix = f" {size_label}"
    if len(product) + len(suffix) > NAME_LENGTH:
        product = product[: NAME_LENGTH - len(suffix) - 1] + "…"
    return product + suffix


def half_name(first: str, second: str, size_label: str = "") -> str:
    """'½ Reine + ½ 4 Fromages 33 cm', each name shortened if needed to fit the snapshot."""
    suffix = f" {size_label}" if size_label else ""
    room = NAME_LENGTH - len(suffix) - len(f"{HALF} ") - len(f" + {HALF} ")
    a, b = first, second
    while len(a) + len(b) > room:
        if len(a) >= len(b):
            a = a[: len(a) - 2] + "…"
        else:
            b = b[: len(b) - 2] + "…"
    return f"{HALF} {a} + {HALF} {b}{suffix}"


def half_price(first_cents: int, second_cents: int, rule: HalfRule = DEFAULT_HALF_RULE) -> int:
    """The price of a half-and-half from the prices of its two halves at that size."""
    if rule is HalfRule.AVERAGE:
        return -(-(first_cents + second_cents) // 2)
    return max(first_cents, second_cents)


def half_rule(value: object) -> HalfRule:
    """The rule stored in the app settings; anything else (missing, damaged) is the default."""
    if isinstance(value, dict):
        value = value.get("rule")
    try:
        return HalfRule(value)
    except ValueError:
        return DEFAULT_HALF_RULE


def half_use(
    first: Mapping[int, int], first_pct: int, second: Mapping[int, int], second_pct: int
) -> Counter[int]:
    """What one half-and-half uses: half of each product's doses at its size."""
    return scaled(first, first_pct, HALF_SHARE_PCT) + scaled(second, second_pct, HALF_SHARE_PCT)
