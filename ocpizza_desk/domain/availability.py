"""How many more of a product the store can make, given its stock and the cart in progress."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ocpizza_desk.domain.enums import CustomisationKind


@dataclass(frozen=True)
class Option:
    """A customisation as the kitchen uses it: which ingredient, and how much more or less."""

    option_id: int
    kind: CustomisationKind
    ingredient_id: int
    quantity: int  # for a removal: the recipe's dose, which is not used
    price_cents: int
    label: str


def unit_consumption(recipe: Mapping[int, int], options: Iterable[Option]) -> Counter[int]:
    """Ingredients used by one unit of a product made with these customisations."""
    used: Counter[int] = Counter(recipe)
    for option in options:
        if option.kind is CustomisationKind.EXTRA:
            used[option.ingredient_id] += option.quantity
        else:
            used[option.ingredient_id] -= option.quantity
    return Counter({k: v for k, v in used.items() if v > 0})


def can_make(
    consumption: Mapping[int, int], stock: Mapping[int, int], already_used: Mapping[int, int]
) -> int:
    """How many more units with this consumption the stock allows, after `already_used`.

    The minimum over the ingredients of (available / dose). A product without a recipe
    cannot be made (0): the catalogue forbids it, and counting on it would oversell.
    """
    if not consumption:
        return 0
    return max(
        0,
        min(
            (stock.get(ingredient, 0) - already_used.get(ingredient, 0)) // dose
            for ingredient, dose in consumption.items()
        ),
    )
