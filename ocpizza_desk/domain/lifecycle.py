"""The order lifecycle: which status may follow which, and who may move it there.

received -> in preparation -> ready -> out for delivery -> delivered
                                    \\-> collected (take-away)
Cancelled from received (counter staff), or later (a manager, with a reason).
"""

from __future__ import annotations

from dataclasses import dataclass

from ocpizza_desk.domain.enums import OrderMode, OrderStatus
from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.texts import Text

S = OrderStatus


@dataclass(frozen=True)
class Transition:
    source: OrderStatus
    target: OrderStatus
    permission: Permission
    needs_reason: bool = False
    mode: OrderMode | None = None  # only for this mode of order


TRANSITIONS: tuple[Transition, ...] = (
    Transition(S.RECEIVED, S.IN_PREPARATION, Permission.WORK_KITCHEN),
    Transition(S.IN_PREPARATION, S.READY, Permission.WORK_KITCHEN),
    Transition(S.READY, S.OUT_FOR_DELIVERY, Permission.DELIVER, mode=OrderMode.DELIVERY),
    Transition(S.OUT_FOR_DELIVERY, S.DELIVERED, Permission.DELIVER, mode=OrderMode.DELIVERY),
    Transition(S.READY, S.COLLECTED, Permission.TAKE_ORDERS, mode=OrderMode.TAKEAWAY),
    Transition(S.RECEIVED, S.CANCELLED, Permission.CANCEL_RECEIVED_ORDERS),
    Transition(S.IN_PREPARATION, S.CANCELLED, Permission.CANCEL_STARTED_ORDERS, True),
    Transition(S.READY, S.CANCELLED, Permission.CANCEL_STARTED_ORDERS, True),
    Transition(S.OUT_FOR_DELIVERY, S.CANCELLED, Permission.CANCEL_STARTED_ORDERS, True),
)
_BY_PAIR = {(t.source, t.target): t for t in TRANSITIONS}

# Managers stand in for any role of their store, so they may also make the kitchen's and the
# drivers' moves; that follows from the permission matrix, not from here.
MODIFIABLE = frozenset({S.RECEIVED})
# After the oven started, a manager may still change an order, with a reason; the kitchen's
# card shows what changed until the pizzaiolo acknowledges it (issue 20). A ready order has
# left the kitchen's queue: changing it would go unseen there, so it is not allowed.
MODIFIABLE_AFTER_START = frozenset({S.IN_PREPARATION})

# For messages built below the GUI (texts of the one catalogue; the screens have
# their own translated labels in gui/labels.py).
STATUS_NAMES: dict[OrderStatus, Text] = {
    S.RECEIVED: Text("OrderStatus", "received"),
    S.IN_PREPARATION: Text("OrderStatus", "in preparation"),
    S.READY: Text("OrderStatus", "ready"),
    S.OUT_FOR_DELIVERY: Text("OrderStatus", "out for delivery"),
    S.DELIVERED: Text("OrderStatus", "delivered"),
    S.COLLECTED: Text("OrderStatus", "collected"),
    S.CANCELLED: Text("OrderStatus", "cancelled"),
}
STOCK_RELEASED_ON_CANCEL = frozenset({S.RECEIVED})  # later, the food is made: written off


# Undo of a tap (issue 18): a kitchen's start or ready, a driver's "out for delivery" (the
# whole trip back at the store) or delivered, taken back to the status before it. The one
# who tapped may undo it within UNDO_SECONDS; later, or for someone else's tap, it is a
# manager's correction with a reason.
REVERSIBLE = frozenset(
    {
        (S.RECEIVED, S.IN_PREPARATION),
        (S.IN_PREPARATION, S.READY),
        (S.READY, S.OUT_FOR_DELIVERY),
        (S.OUT_FOR_DELIVERY, S.DELIVERED),
    }
)
UNDO_SECONDS = 8
UNDO_REASON = "annulé par l'utilisateur"  # the history's reason for an undo within the window


def transition(source: OrderStatus, target: OrderStatus, mode: OrderMode) -> Transition:
    """The allowed transition, or DomainError('order.transition') saying what is possible."""
    found = _BY_PAIR.get((source, target))
    if found is None or (found.mode is not None and found.mode is not mode):
        raise DomainError(
            "order.transition", source=STATUS_NAMES[source], target=STATUS_NAMES[target]
        )
    return found


def next_statuses(source: OrderStatus, mode: OrderMode) -> list[OrderStatus]:
    return [
        t.target for t in TRANSITIONS if t.source is source and (t.mode is None or t.mode is mode)
    ]
