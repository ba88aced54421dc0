"""What changed for the kitchen when an order is modified after the oven started (issue 20).

A manager may still change an order in preparation, with a reason; the kitchen's card then
shows what changed ("+1 Reine, −1 Calzone, note : sans olives") until the pizzaiolo
acknowledges it. The difference is computed here, from the order's lines before and after
(product, customisations and quantity), its notes, its promised time and its mode, and stored
as plain JSON items (`kitchen_changes.items`) that each screen words in its own language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

LINE, NOTES, PROMISED, MODE = "line", "notes", "promised", "mode"
REASON_MIN, REASON_MAX = 3, 200


@dataclass(frozen=True)
class KitchenLine:
    """One order line as the kitchen sees it: what to make, how many."""

    product_id: int
    product_name: str
    quantity: int
    customisations: tuple[str, ...] = ()  # labels ("sans olives", "+ burrata")


def _counted(lines: Iterable[KitchenLine]) -> Counter[tuple]:
    counted: Counter[tuple] = Counter()
    for line in lines:
        counted[(line.product_id, line.product_name, tuple(line.customisations))] += line.quantity
    return counted


def _minute(moment: datetime | None) -> datetime | None:
    """The promised time as the kitchen reads it: the counter's form keeps minutes only, so a
    form saved again without touching the time must not say it changed."""
    return None if moment is None else moment.replace(second=0, microsecond=0)


def diff(
    before: Sequence[KitchenLine],
    after: Sequence[KitchenLine],
    *,
    notes_before: str | None = None,
    notes_after: str | None = None,
    promised_before: datetime | None = None,
    promised_after: datetime | None = None,
    mode_before: str | None = None,
    mode_after: str | None = None,
) -> list[dict]:
    """The kitchen's items of a change, in a stable order: the lines added or taken away
    (a quantity changed is the difference: "+1 Reine"), then the notes, the promised time and
    the mode if they changed. Empty when nothing the kitchen makes changed (a discount, the
    address, the planned payment)."""
    old, new = _counted(before), _counted(after)
    order = list(dict.fromkeys([*old, *new]))  # the order's own order, new products last
    items: list[dict] = []
    for key in order:
        delta = new.get(key, 0) - old.get(key, 0)
        if delta:
            product_id, name, extras = key
            items.append(
                {
                    "kind": LINE,
                    "delta": delta,
                    "product_id": product_id,
                    "product": name,
                    "extras": list(extras),
                }
            )
    if (notes_before or None) != (notes_after or None):
        items.append({"kind": NOTES, "before": notes_before or None, "after": notes_after or None})
    if None not in (promised_before, promised_after) and _minute(promised_before) != _minute(
        promised_after
    ):
        assert promised_before is not None and promised_after is not None
        items.append(
            {
                "kind": PROMISED,
                "before": promised_before.isoformat(),
                "after": promised_after.isoformat(),
            }
        )
    if mode_before is not None and mode_after is not None and mode_before != mode_after:
        items.append({"kind": MODE, "before": mode_before, "after": mode_after})
    return items
