"""The kitchen's queue: a store's orders waiting for the oven, oldest first.

Two queries, whatever the size of the order history: the open orders through the index on
(store_id, status, created_at), one branch per waiting status so that each reads the index
in its order (no sort of the rows found: `status IN (...) ORDER BY created_at` would need
one), merged here; then their lines. On a Core connection: the ORM's bookkeeping would cost
more than the two queries. When some order is in preparation, a third reads the changes a
manager made to such orders that no pizzaiolo has acknowledged yet (`kitchen_changes`,
issue 20): the card shows them until `acknowledge`.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, bindparam, func, select, union_all, update
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import (
    Ingredient,
    KitchenChange,
    MemoStep,
    Order,
    OrderLine,
    Product,
    RecipeLine,
    User,
)
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import OrderMode, OrderStatus, Unit
from ocpizza_desk.domain.errors import ConflictError, NotFound
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.texts import Text
from ocpizza_desk.services import audit, stores
from ocpizza_desk.services.auth import StaffSession, require, require_store
from ocpizza_desk.services.context import ServiceContext

QUEUE_STATUSES = (OrderStatus.RECEIVED, OrderStatus.IN_PREPARATION)
QUEUE_LIMIT = 200


@dataclass(frozen=True)
class QueueLine:
    product_id: int
    product_name: str
    quantity: int
    customisations: tuple[str, ...]  # labels, shown in bold on the card
    size_label: str = ""
    # A half-and-half's halves (product id, name): the card links each to its memo.
    halves: tuple[tuple[int, str], ...] = ()
    # One choice of a formula: its name and the position of its first line (the card shows
    # the formula's lines as one, domain/formulas.py).
    formula_name: str | None = None
    formula_group: int | None = None


@dataclass(frozen=True)
class ChangeItem:
    """One thing a late change did (domain/kitchen_changes.py): a line added (delta > 0) or
    taken away, the notes, the promised time or the mode changed (before / after)."""

    kind: str
    delta: int = 0
    product: str = ""
    extras: tuple[str, ...] = ()
    before: str | None = None
    after: str | None = None


@dataclass(frozen=True)
class PendingChange:
    """A change made after the oven started, not acknowledged yet: shown on the card."""

    change_id: int
    changed_at: datetime
    changed_by: str | None
    reason: str
    items: tuple[ChangeItem, ...]


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
    changes: tuple[PendingChange, ...] = ()  # oldest first; the card flashes while any

    def late(self, now: datetime) -> bool:
        return now > self.promised_at


_COLUMNS = (
    Order.id,
    Order.status,
    Order.mode,
    Order.created_at,
    Order.promised_at,
    Order.version,
    Order.notes,
)


def _queue_statement(only: bool):
    """One branch per waiting status, each in the index's order (its rows come out sorted,
    so each is read up to QUEUE_LIMIT rows and nothing is sorted by the server); the caller
    merges them. Built once: the queue is asked every few seconds on every kitchen PC, and
    building a statement costs more Python than running it."""
    branches = []
    for status in QUEUE_STATUSES:
        branch = (
            select(*_COLUMNS)
            .where(Order.store_id == bindparam("store_id"), Order.status == status.value)
            .order_by(Order.created_at, Order.id)
            .limit(QUEUE_LIMIT)
        )
        if only:
            branch = branch.where(Order.id.in_(bindparam("only", expanding=True)))
        branches.append(select(branch.subquery()))
    return union_all(*branches)


_QUEUE = _queue_statement(only=False)
_QUEUE_ONLY = _queue_statement(only=True)
_LINES = (
    select(
        OrderLine.order_id,
        OrderLine.product_id,
        OrderLine.product_name,
        OrderLine.quantity,
        OrderLine.customisations,
        OrderLine.size_label,
        OrderLine.components,
        OrderLine.formula_name,
        OrderLine.formula_group,
    )
    .where(OrderLine.order_id.in_(bindparam("ids", expanding=True)))
    .order_by(OrderLine.order_id, OrderLine.position)
)


_PENDING = (
    select(
        KitchenChange.id,
        KitchenChange.order_id,
        KitchenChange.changed_at,
        User.full_name,
        KitchenChange.reason,
        KitchenChange.items,
    )
    .outerjoin(User, User.id == KitchenChange.changed_by_id)
    .where(
        KitchenChange.order_id.in_(bindparam("ids", expanding=True)),
        KitchenChange.acknowledged_at.is_(None),
    )
    .order_by(KitchenChange.id)
)


def _item(raw: dict) -> ChangeItem:
    return ChangeItem(
        raw.get("kind", ""),
        int(raw.get("delta") or 0),
        raw.get("product") or "",
        tuple(raw.get("extras") or ()),
        raw.get("before"),
        raw.get("after"),
    )


def _pending(db: Connection, started: list[int]) -> dict[int, tuple[PendingChange, ...]]:
    """The unacknowledged changes of these orders in preparation (none asked for none)."""
    if not started:
        return {}
    found: dict[int, list[PendingChange]] = {}
    for change_id, order_id, at, who, reason, items in db.execute(_PENDING, {"ids": started}):
        found.setdefault(order_id, []).append(
            PendingChange(change_id, at, who, reason, tuple(_item(i) for i in items or ()))
        )
    return {order_id: tuple(changes) for order_id, changes in found.items()}


def _with_changes(db: Connection, queued: list[QueuedOrder]) -> list[QueuedOrder]:
    started = [o.order_id for o in queued if o.status is OrderStatus.IN_PREPARATION]
    pending = _pending(db, started)
    if not pending:
        return queued
    return [replace(o, changes=pending[o.order_id]) if o.order_id in pending else o for o in queued]


def _halves(components: list | None) -> tuple[tuple[int, str], ...]:
    return tuple((int(c["product_id"]), str(c["name"])) for c in components or ())


def queue_query(store_id: int, only: Collection[int] | None = None):
    """The statement with its values, for benchmarks and EXPLAIN. `only`: these orders, if
    still waiting (the live feed said they changed)."""
    if only is None:
        return _QUEUE.params(store_id=store_id)
    return _QUEUE_ONLY.params(store_id=store_id, only=list(only))


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
    if only is None:
        statement, values = _QUEUE, {"store_id": store_id}
    else:
        statement, values = _QUEUE_ONLY, {"store_id": store_id, "only": list(only)}

    def work(db: Connection) -> list[QueuedOrder]:
        if only is None and db.dialect.name in ("mysql", "mariadb"):
            return _with_changes(db, _queue_mysql(db, store_id))
        orders = sorted(db.execute(statement, values), key=lambda o: (o.created_at, o.id))
        orders = orders[:QUEUE_LIMIT]
        lines: dict[int, list[QueueLine]] = {o.id: [] for o in orders}
        if orders:
            for line in db.execute(_LINES, {"ids": list(lines)}):
                lines[line.order_id].append(
                    QueueLine(
                        line.product_id,
                        line.product_name,
                        line.quantity,
                        tuple(c["label"] for c in (line.customisations or ())),
                        line.size_label or "",
                        _halves(line.components),
                        line.formula_name,
                        line.formula_group,
                    )
                )
        queued = [
            QueuedOrder(
                o.id,
                OrderStatus(o.status),
                OrderMode(o.mode),
                o.created_at,
                o.promised_at,
                o.version,
                o.notes,
                tuple(lines[o.id]),
            )
            for o in orders
        ]
        return _with_changes(db, queued)

    return ctx.core_transaction(work)


@dataclass(frozen=True)
class Acknowledged:
    order_id: int
    change_ids: tuple[int, ...]  # those this call acknowledged (others: already, by someone)
    at: datetime


_CHANGES = KitchenChange.__table__


def acknowledge(
    ctx: ServiceContext, session: StaffSession, order_id: int, change_ids: Collection[int]
) -> Acknowledged:
    """The pizzaiolo has seen these changes of an order (the ones their card showed): who
    and when are recorded, and audited. The order's `updated_at` moves with it, so that the
    change marks' trigger tells every other kitchen PC to read the card again. Changes
    acknowledged meanwhile on another PC are left as they were (nothing to do twice)."""
    validation.identifier(order_id, "order")
    ids = sorted({int(i) for i in change_ids})
    for change_id in ids:
        validation.identifier(change_id, "change")
    require(session, Permission.WORK_KITCHEN)

    def work(db: Session) -> Acknowledged:
        store_id = db.execute(select(Order.store_id).where(Order.id == order_id)).scalar()
        if store_id is None:
            raise NotFound("order.not_found")
        require_store(session, store_id)
        now = utcnow()
        done = tuple(
            db.execute(
                select(_CHANGES.c.id)
                .where(
                    _CHANGES.c.order_id == order_id,
                    _CHANGES.c.id.in_(ids),
                    _CHANGES.c.acknowledged_at.is_(None),
                )
                .order_by(_CHANGES.c.id)
            ).scalars()
        )
        if not done:
            return Acknowledged(order_id, (), now)
        result = db.execute(
            update(_CHANGES)
            .where(_CHANGES.c.id.in_(done), _CHANGES.c.acknowledged_at.is_(None))
            .values(acknowledged_at=now, acknowledged_by_id=session.user_id)
        )
        if result.rowcount != len(done):  # another PC at the same instant: read it again
            raise ConflictError("order.changed")
        db.execute(update(Order.__table__).where(Order.id == order_id).values(updated_at=now))
        audit.record(
            db,
            session,
            "order.kitchen_ack",
            "order",
            order_id,
            store_id=store_id,
            after={"changes": list(done)},
        )
        return Acknowledged(order_id, done, now)

    return ctx.transaction(work)


_QUEUE_SQL: dict[str, str] = {}  # dialect -> the queue's SQL, compiled once


def _queue_mysql(db: Connection, store_id: int) -> list:
    """The same two statements, as the kitchen's PCs ask them every few seconds: compiled
    once and sent to the driver, the rows read as the driver gives them (SQLAlchemy's
    statement cache and result processing cost more than the queries on a short queue)."""
    sql = _QUEUE_SQL.get("mysql")
    if sql is None:
        compiled = _QUEUE.compile(dialect=db.dialect)
        params = compiled.construct_params({"store_id": 0})
        # Every value but the store's is a constant of the statement: written in once.
        sql = str(compiled) % {
            name: "%(store_id)s" if name == "store_id" else repr(value)
            for name, value in params.items()
        }
        _QUEUE_SQL["mysql"] = sql
    rows = db.exec_driver_sql(sql, {"store_id": int(store_id)}).all()
    rows.sort(key=lambda row: (row[3], row[0]))
    rows = rows[:QUEUE_LIMIT]
    lines: dict[int, list[QueueLine]] = {row[0]: [] for row in rows}
    if rows:
        ids = ",".join(str(int(order_id)) for order_id in lines)
        for (
            order_id,
            product_id,
            name,
            quantity,
            customised,
            size,
            parts,
            formula,
            group,
        ) in db.exec_driver_sql(
            "SELECT order_id, product_id, product_name, quantity, customisations, size_label, "
            "components, formula_name, formula_group FROM order_lines "
            f"WHERE order_id IN ({ids}) ORDER BY order_id, position"
        ):
            labels = tuple(
                c["label"] for c in (json.loads(customised) if customised else None) or ()
            )
            halves = _halves(json.loads(parts) if parts else None)
            lines[order_id].append(
                QueueLine(product_id, name, quantity, labels, size or "", halves, formula, group)
            )
    return [
        QueuedOrder(
            order_id,
            OrderStatus(status),
            OrderMode(mode),
            created_at.replace(tzinfo=UTC),
            promised_at.replace(tzinfo=UTC),
            version,
            notes,
            tuple(lines[order_id]),
        )
        for order_id, status, mode, created_at, promised_at, version, notes in rows
    ]


BASE_MINUTES = {OrderMode.TAKEAWAY: 15, OrderMode.DELIVERY: 30}
MINUTES_PER_QUEUED_ORDER = 2  # what one more order in the oven's queue adds, roughly


def suggest_promise(
    ctx: ServiceContext, session: StaffSession, mode: OrderMode, store_id: int | None = None
) -> datetime:
    """A promised time the kitchen can keep: a base for the mode, plus the queue ahead,
    rounded up to the next five minutes (one count on the queue's index); the store's next
    opening when that falls while it is closed."""
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
        now = utcnow()
        moment = now + timedelta(minutes=minutes)
        rounded = moment.replace(second=0, microsecond=0)
        if rounded < moment:  # up, never down: the promise may not shrink below the estimate
            rounded += timedelta(minutes=1)
        rounded += timedelta(minutes=(-rounded.minute) % 5)
        # Not a time the store is closed: its next opening instead (the placing refuses it).
        rules = stores.rules_in(db, store_id, now)
        if rules is not None:
            verdict = rules.check(rounded, now)
            if not verdict.ok and verdict.next_possible is not None:
                return verdict.next_possible
        return rounded

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
            raise NotFound("not_found", what=Text("ErrorDetail", "product"))
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
