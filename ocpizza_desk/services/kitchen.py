"""The kitchen's queue: a store's orders waiting for the oven, oldest first.

Two queries, whatever the size of the order history: the open orders through the index on
(store_id, status, created_at), then their lines.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import Ingredient, MemoStep, Order, Product, RecipeLine
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import OrderMode, OrderStatus, Unit
from ocpizza_desk.domain.errors import NotFound
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


def queue_query(store_id: int, only: Collection[int] | None = None):
    """The statement itself, for benchmarks and EXPLAIN. `only`: these orders, if still
    waiting (the live feed said they changed)."""
    statement = (
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
    return statement if only is None else statement.where(Order.id.in_(list(only)))


def queue(
    ctx: ServiceContext,
    session: StaffSession,
    store_id: int | None = None,
    only: Collection[int] | None = None,
) -> list[QueuedOrder]:
    """The store's waiting orders, oldest first; with `only`, just those of them still
    waiting (the others have left the queue)."""
    store_id = store_id if store_id is not None else session.store_id
    require(session, Permission.WORK_KITCHEN, store_id)
    if only is not None and not only:
        return []

    def work(db: Session) -> list[QueuedOrder]:
        orders = db.execute(queue_query(store_id, only)).all()
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
        if rounded < moment:  # up, never down: the promise may not shrink below the estimate
            rounded += timedelta(minutes=1)
        return rounded + timedelta(minutes=(-rounded.minute) % 5)

    return ctx.transaction(work)


@dataclass(frozen=True)
class MemoIngredient:
    name: str
    quantity: int
    unit: Unit


@dataclass(frozen=True)
class RecipeMemo:
    """The pizzaiolo's card for a product: doses, steps in order, baking notes."""

    product_id: int
    name: str
    ingredients: tuple[MemoIngredient, ...]
    steps: tuple[str, ...]
    baking_notes: str | None


def recipe_memo(ctx: ServiceContext, session: StaffSession, product_id: int) -> RecipeMemo:
    require(session, Permission.VIEW_RECIPES)
    validation.identifier(product_id, "product")

    def work(db: Session) -> RecipeMemo:
        product = db.get(Product, product_id)
        if product is None:
            raise NotFound("not_found", what={"fr": "produit", "en": "product"})
        ingredients = db.execute(
            select(Ingredient.name, RecipeLine.quantity, Ingredient.unit)
            .join(Ingredient, Ingredient.id == RecipeLine.ingredient_id)
            .where(RecipeLine.product_id == product_id)
            .order_by(RecipeLine.id)
        ).all()
        steps = db.execute(
            select(MemoStep.text)
            .where(MemoStep.product_id == product_id)
            .order_by(MemoStep.position)
        ).scalars()
        return RecipeMemo(
            product.id,
            product.name,
            tuple(MemoIngredient(n, q, u) for n, q, u in ingredients),
            tuple(steps),
            product.baking_notes,
        )

    return ctx.transaction(work)
