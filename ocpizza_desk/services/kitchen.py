"""The kitchen's queue: a store's orders waiting for the oven, oldest first.

Two queries, whatever the size of the order history: the open orders through the index on
(store_id, status, created_at), then their lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import Order
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import OrderMode, OrderStatus
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.orders import lines_by_order

QUEUE_STATUSES = (OrderStatus.RECEIVED, OrderStatus.IN_PREPARATION)
QUEUE_LIMIT = 200


@dataclass(frozen=True)
class QueueLine:
    product_id: int
    product_name: str
    quantity: int
    customisations: tuple[str, ...]  # labels, shown in bold on the card


@dataclass(frozen=True)
class QueuedOrder:
    order_id: int
    status: OrderStatus
    mode: OrderMode
    created_at: datetime
    promised_at: datetime
    version: int
    notes: str | None
    lines: tuple[QueueLine, ...]

    def late(self, now: datetime) -> bool:
        return now > self.promised_at


def queue_query(store_id: int):
    """The statement itself, for benchmarks and EXPLAIN."""
    return (
        select(
            Order.id,
            Order.status,
            Order.mode,
            Order.created_at,
            Order.promised_at,
            Order.version,
            Order.notes,
        )
        .where(Order.store_id == store_id, Order.status.in_([s.value for s in QUEUE_STATUSES]))
        .order_by(Order.created_at, Order.id)
        .limit(QUEUE_LIMIT)
    )


def queue(
    ctx: ServiceContext, session: StaffSession, store_id: int | None = None
) -> list[QueuedOrder]:
    store_id = store_id if store_id is not None else session.store_id
    require(session, Permission.WORK_KITCHEN, store_id)

    def work(db: Session) -> list[QueuedOrder]:
        orders = db.execute(queue_query(store_id)).all()
        lines = {
            order_id: [
                QueueLine(
                    line.product_id,
                    line.product_name,
                    line.quantity,
                    tuple(c["label"] for c in (line.customisations or ())),
                )
                for line in rows
            ]
            for order_id, rows in lines_by_order(db, [o.id for o in orders]).items()
        }
        return [
            QueuedOrder(
                o.id,
                o.status,
                o.mode,
                o.created_at,
                o.promised_at,
                o.version,
                o.notes,
                tuple(lines[o.id]),
            )
            for o in orders
        ]

    return ctx.transaction(work)


BASE_MINUTES = {OrderMode.TAKEAWAY: 15, OrderMode.DELIVERY: 30}
MINUTES_PER_QUEUED_ORDER = 2  # what one more order in the oven's queue adds, roughly


def suggest_promise(
    ctx: ServiceContext, session: StaffSession, mode: OrderMode, store_id: int | None = None
) -> datetime:
    """A promised time the kitchen can keep: a base for the mode, plus the queue ahead,
    rounded up to the next five minutes. One count on the queue's index."""
    store_id = store_id if store_id is not None else session.store_id
    require(session, Permission.TAKE_ORDERS, store_id)

    def work(db: Session) -> datetime:
        waiting = db.execute(
            select(func.count())
            .select_from(Order)
            .where(
                Order.store_id == store_id,
                Order.status.in_([s.value for s in QUEUE_STATUSES]),
            )
        ).scalar_one()
        minutes = BASE_MINUTES[mode] + MINUTES_PER_QUEUED_ORDER * waiting
        moment = utcnow() + timedelta(minutes=minutes)
        rounded = moment.replace(second=0, microsecond=0)
        return rounded + timedelta(minutes=(-rounded.minute) % 5)

    return ctx.transaction(work)
