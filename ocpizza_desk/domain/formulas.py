"""Formulas (menus): a set price for one choice per slot, and how it is split.

A formula sold is stored as one order line per choice (services/cart.py), so that stock,
VAT, the journal and the product reports see each product at its own VAT rate, as French
restaurants must. The price of one formula is split between its choices like this (integer
cents, the shares add up to the price exactly):

- The set price is shared in proportion to the choices' à-la-carte prices (each in the size
  the slot takes), by the largest remainder method (domain/totals.py `allocate`: the cents
  left over go to the largest remainders, ties to the earlier slot). If every choice is free
  à la carte, the price is shared equally.
- A choice's supplement (a dearer pizza) is added to that choice's share only.

Each line then carries its share as its unit price and its product's VAT rate; the VAT of
the order is computed per rate over its lines as for any order (domain/totals.py).

A choice may be customised as a plain line of its product may (without an ingredient of its
recipe, an extra): its line stores the customisations and their consumption, and an extra is
paid on top of the choice's share (the line's `extras_cents`, as on a plain line); the split
itself does not change. Shown inline: 'Formule midi : Regina 33 cm (Sans champignons), ...'.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ocpizza_desk.domain.totals import allocate

SEPARATOR = " : "  # "Formule midi : Regina 33 cm, Coca-Cola 33 cl, Tiramisu"
MAX_SLOTS = 6
NAME_LENGTH = 60

T = TypeVar("T")


@dataclass(frozen=True)
class Share:
    """What one choice is worth inside a formula (per unit, VAT included)."""

    a_la_carte_cents: int
    supplement_cents: int = 0


def split(price_cents: int, choices: Sequence[Share]) -> list[int]:
    """The unit price of each choice's line: the set price shared pro rata of the à-la-carte
    prices, plus each choice's own supplement. Sums to price + supplements exactly."""
    if not choices:
        raise ValueError("a formula has at least one choice")
    weights = [c.a_la_carte_cents for c in choices]
    if not any(weights):
        weights = [1] * len(choices)
    shares = allocate(price_cents, weights)
    return [share + c.supplement_cents for share, c in zip(shares, choices, strict=True)]


def text(formula_name: str, choices: Iterable[str]) -> str:
    """'Formule midi : Regina 33 cm, Coca-Cola 33 cl, Tiramisu' (receipt, card, counter)."""
    return formula_name + SEPARATOR + ", ".join(choices)


def stored_text(group: Sequence[Any]) -> str:
    """A stored formula (its order lines, one per choice: `formula_name`, `product_name`,
    `customisations` as stored) as the receipt, the order book and the customer's card say
    it: 'Formule midi : Regina 33 cm (Sans champignons), Coca-Cola 33 cl, Tiramisu'."""
    return text(group[0].formula_name, (_choice(line) for line in group))


def _choice(line: Any) -> str:
    labels = [str(c.get("label") or "") for c in line.customisations or ()]
    labels = [label for label in labels if label]
    return f"{line.product_name} ({', '.join(labels)})" if labels else line.product_name


def grouped(lines: Iterable[T], group: Callable[[T], int | None]) -> list[list[T]]:
    """Consecutive lines of one formula (same `group(line)`, not None) gathered; every other
    line alone. The order is kept: what a receipt or a card shows as its lines."""
    result: list[list[T]] = []
    current: object = None
    for line in lines:
        key = group(line)
        if key is not None and key == current and result:
            result[-1].append(line)
        else:
            result.append([line])
        current = key
    return result
