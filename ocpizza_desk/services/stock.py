"""Stock per store and ingredient: reservations, receipts, counts, waste, thresholds.

Every change is rows in the insert-only ledger (`ledger`, one multi-row insert); the ledger's
trigger moves each balance with its row, in the same statement, and the balances' CHECK
(`quantity >= 0`) refuses to go below zero: a balance always equals the sum of its ledger
rows, nobody can set one by hand (the database grants no UPDATE of quantities), and
concurrent orders can never oversell, locking only the rows they change (in ingredient
order, before the ledger row's foreign-key check).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import (
    Ingredient,
    InventoryCount,
    InventoryCountLine,
    StockBalance,
    StockMovement,
    User,
)
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.clock import paris_midnight, utcnow
from ocpizza_desk.domain.enums import StockMovementKind, Unit
from ocpizza_desk.domain.errors import ConflictError, DomainError, StockError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.texts import Text
from ocpizza_desk.services import audit
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.context import ServiceContext, Tx, core

_BALANCES = StockBalance.__table__
_LEDGER = StockMovement.__table__
_LEDGER_INSERT = insert(_LEDGER)


# --------------------------------------------------------------------------- shared writes


def _refusal(error: DBAPIError) -> str | None:
    """What a refused ledger insert means: 'short' (a balance would go below zero: the
    CHECK of stock_balances), 'unknown' (no balance row: the trigger's refusal), or None."""
    text = str(error.orig).lower()
    if "quantity_not_negative" in text or "check constraint failed" in text:
        return "short"
    if "stock: no balance" in text:
        return "unknown"
    return None


def shortage_error(db: Tx, store_id: int, deltas: Mapping[int, int]) -> StockError:
    """What is missing, read again once the conditional update has failed.

    A locking read: it sees what the other till committed (the update that took the last
    portion), not this transaction's snapshot, in which the stock still looked enough."""
    held = dict(
        db.execute(
            select(_BALANCES.c.ingredient_id, _BALANCES.c.quantity)
            .where(_BALANCES.c.store_id == store_id, _BALANCES.c.ingredient_id.in_(list(deltas)))
            .with_for_update(read=True)
        ).all()
    )
    shortages = [
        (ingredient, -delta - held.get(ingredient, 0))
        for ingredient, delta in sorted(deltas.items())
        if delta < 0 and held.get(ingredient, 0) + delta < 0
    ]
    names = dict(
        db.execute(
            select(Ingredient.id, Ingredient.name).where(
                Ingredient.id.in_([i for i, _ in shortages])
            )
        ).all()
    )
    if not shortages:  # restocked between the two statements: sending again will do
        return StockError("stock.moved")
    ingredients = ", ".join(names.get(i, str(i)) for i, _ in shortages)
    return StockError("stock.short", shortages=shortages, ingredients=ingredients)


def ledger(
    db: Tx,
    store_id: int,
    deltas: Mapping[int, int],
    kind: StockMovementKind | Callable[[int], StockMovementKind],
    now: datetime,
    *,
    user_id: int | None,
    order_id: int | None = None,
    count_id: int | None = None,
    reference: str | None = None,
    reason: str | None = None,
) -> None:
    """Write the movements (one multi-row insert, in ingredient order): the ledger's BEFORE
    INSERT trigger (migration 0007) moves each balance with its row, and the balances' CHECK
    refuses to go below zero, so a balance can only move with its ledger row and nobody can
    set one by hand. `kind` may depend on the sign of the delta (a modification takes and
    gives back in one statement). StockError when stock is short or an ingredient is not
    stocked here; the caller's transaction then rolls back."""
    rows = [
        {
            "store_id": store_id,
            "ingredient_id": ingredient,
            "kind": (kind(delta) if callable(kind) else kind).value,
            "delta": delta,
            "order_id": order_id,
            "count_id": count_id,
            "user_id": user_id,
            "reference": reference,
            "reason": reason,
            "created_at": now,
        }
        for ingredient, delta in sorted(deltas.items())
        if delta
    ]
    if not rows:
        return
    try:
        core(db).execute(_LEDGER_INSERT, rows)
    except DBAPIError as exc:
        refusal = _refusal(exc)
        if refusal == "short":
            raise shortage_error(db, store_id, dict(deltas)) from exc
        if refusal == "unknown":
            raise StockError("stock.unknown_ingredient") from exc
        raise


# --------------------------------------------------------------------------- read models


@dataclass(frozen=True)
class StockLine:
    ingredient_id: int
    code: str
    name: str
    unit: Unit
    quantity: int
    threshold: int
    pack_size: int
    pack_label: str

    @property
    def state(self) -> str:
        """'out', 'low' or 'ok'."""
        if self.quantity <= 0:
            return "out"
        return "low" if self.quantity < self.threshold else "ok"


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    created_at: datetime
    kind: StockMovementKind
    delta: int
    order_id: int | None
    reference: str | None
    reason: str | None
    user_id: int | None
    user_name: str | None = None
    count_id: int | None = None


@dataclass(frozen=True)
class StockChange:
    """What a receipt, a count or a waste did: ingredient -> signed change."""

    store_id: int
    changes: dict[int, int]
    count_id: int | None = None


# --------------------------------------------------------------------------- use cases


def _store_of(session: StaffSession, store_id: int | None) -> int:
    if store_id is None:
        if session.store_id is None:
            raise DomainError("input.id", field="store")
        return session.store_id
    return validation.identifier(store_id, "store")


def levels(
    ctx: ServiceContext, session: StaffSession, store_id: int | None = None
) -> list[StockLine]:
    store_id = _store_of(session, store_id)
    require(session, Permission.VIEW_STOCK, store_id)

    def work(db: Session) -> list[StockLine]:
        rows = db.execute(
            select(StockBalance, Ingredient)
            .join(Ingredient, Ingredient.id == StockBalance.ingredient_id)
            .where(StockBalance.store_id == store_id)
            .order_by(Ingredient.name)
        ).all()
        return [
            StockLine(
                b.ingredient_id,
                i.code,
                i.name,
                i.unit,
                b.quantity,
                b.threshold,
                i.pack_size,
                i.pack_label,
            )
            for b, i in rows
        ]

    return ctx.transaction(work)


def under_threshold(ctx: ServiceContext, session: StaffSession, store_id: int | None = None):
    return [line for line in levels(ctx, session, store_id) if line.state != "ok"]


def ledger_page(
    ctx: ServiceContext,
    session: StaffSession,
    ingredient_id: int,
    store_id: int | None = None,
    before_id: int | None = None,
    limit: int = 100,
    kinds: Collection[StockMovementKind] = (),
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[LedgerEntry]:
    """One ingredient's ledger, newest first, a page at a time (keyset on the id);
    `kinds` (none: all) and Paris dates, inclusive, narrow it."""
    store_id = _store_of(session, store_id)
    require(session, Permission.VIEW_STOCK, store_id)
    validation.identifier(ingredient_id, "ingredient")
    limit = max(1, min(limit, 500))
    try:
        wanted_kinds = sorted({StockMovementKind(k).value for k in kinds})
    except ValueError:
        raise DomainError("input.id", field="kind") from None
    if date_from and date_to and date_from > date_to:
        raise DomainError("input.dates")

    def work(db: Session) -> list[LedgerEntry]:
        query = (
            select(StockMovement, User.full_name)
            .outerjoin(User, User.id == StockMovement.user_id)
            .where(StockMovement.store_id == store_id, StockMovement.ingredient_id == ingredient_id)
            .order_by(StockMovement.id.desc())
            .limit(limit)
        )
        if before_id is not None:
            query = query.where(StockMovement.id < before_id)
        if wanted_kinds:
            query = query.where(StockMovement.kind.in_(wanted_kinds))
        if date_from is not None:
            query = query.where(StockMovement.created_at >= paris_midnight(date_from))
        if date_to is not None:
            query = query.where(
                StockMovement.created_at < paris_midnight(date_to + timedelta(days=1))
            )
        return [
            LedgerEntry(
                m.id,
                m.created_at,
                m.kind,
                m.delta,
                m.order_id,
                m.reference,
                m.reason,
                m.user_id,
                name,
                m.count_id,
            )
            for m, name in db.execute(query).all()
        ]

    return ctx.transaction(work)


def receive(
    ctx: ServiceContext,
    session: StaffSession,
    packs: Mapping[int, int],
    reference: str | None = None,
    store_id: int | None = None,
    units: Mapping[int, int] | None = None,
) -> StockChange:
    """A supplier delivery: packs per ingredient, converted to base units, plus `units`
    delivered loose (a part-pack, a weighed piece), in base units."""
    store_id = _store_of(session, store_id)
    require(session, Permission.MANAGE_STOCK, store_id)
    units = dict(units or {})
    if not packs and not units:
        raise DomainError("input.required", field=Text("ErrorDetail", "packs"))
    for ingredient, count in packs.items():
        validation.identifier(ingredient, "ingredient")
        validation.quantity(count, limit=10_000)
    for ingredient, count in units.items():
        validation.identifier(ingredient, "ingredient")
        validation.quantity(count, limit=validation.MAX_STOCK_UNITS)
    reference = validation.text(reference, "reference", limit=64, required=False)

    def work(db: Session) -> StockChange:
        now = utcnow()
        sizes = _pack_sizes(db, store_id, {**packs, **units})
        deltas = {i: packs.get(i, 0) * sizes[i] + units.get(i, 0) for i in {*packs, *units}}
        ledger(
            db,
            store_id,
            deltas,
            StockMovementKind.RECEIPT,
            now,
            user_id=session.user_id,
            reference=reference,
        )
        audit.record(
            db,
            session,
            "stock.receive",
            "store",
            store_id,
            store_id=store_id,
            after={
                "packs": {str(i): n for i, n in packs.items()},
                "loose": _keys(units),
                "units": _keys(deltas),
                "reference": reference,
            },
        )
        return StockChange(store_id, deltas)

    return ctx.transaction(work)


def count(
    ctx: ServiceContext,
    session: StaffSession,
    counted: Mapping[int, int],
    note: str | None = None,
    store_id: int | None = None,
) -> StockChange:
    """An inventory count: each counted quantity replaces the balance, the differences go to
    the ledger as adjustments. The balances are locked (in id order) while comparing."""
    store_id = _store_of(session, store_id)
    require(session, Permission.MANAGE_STOCK, store_id)
    if not counted:
        raise DomainError("input.required", field=Text("ErrorDetail", "quantities"))
    for ingredient, quantity in counted.items():
        validation.identifier(ingredient, "ingredient")
        validation.whole_number(quantity, "counted")
    note = validation.text(note, "notes", limit=200, required=False)

    def work(db: Session) -> StockChange:
        now = utcnow()
        held = dict(
            db.execute(
                select(StockBalance.ingredient_id, StockBalance.quantity)
                .where(
                    StockBalance.store_id == store_id,
                    StockBalance.ingredient_id.in_(sorted(counted)),
                )
                .order_by(StockBalance.ingredient_id)
                .with_for_update()
            ).all()
        )
        if set(held) != set(counted):
            raise DomainError("stock.unknown_ingredient")
        count_id = db.execute(
            insert(InventoryCount.__table__).values(
                store_id=store_id, counted_at=now, counted_by_id=session.user_id, note=note
            )
        ).inserted_primary_key[0]
        db.execute(
            insert(InventoryCountLine.__table__),
            [
                {"count_id": count_id, "ingredient_id": i, "expected": held[i], "counted": q}
                for i, q in sorted(counted.items())
            ],
        )
        deltas = {i: counted[i] - held[i] for i in counted if counted[i] != held[i]}
        ledger(
            db,
            store_id,
            deltas,
            StockMovementKind.ADJUSTMENT,
            now,
            user_id=session.user_id,
            count_id=count_id,
            reason=note,
        )
        audit.record(
            db,
            session,
            "stock.count",
            "inventory_count",
            count_id,
            store_id=store_id,
            before=_keys(held),
            after=_keys(dict(counted)),
        )
        return StockChange(store_id, deltas, count_id)

    return ctx.transaction(work)


def waste(
    ctx: ServiceContext,
    session: StaffSession,
    ingredient_id: int,
    quantity: int,
    reason: str,
    store_id: int | None = None,
) -> StockChange:
    store_id = _store_of(session, store_id)
    require(session, Permission.MANAGE_STOCK, store_id)
    validation.identifier(ingredient_id, "ingredient")
    validation.quantity(quantity, limit=validation.MAX_STOCK_UNITS)
    reason = validation.text(reason, "reason", limit=200, minimum=3)

    def work(db: Session) -> StockChange:
        now = utcnow()
        deltas = {ingredient_id: -quantity}
        try:
            ledger(
                db,
                store_id,
                deltas,
                StockMovementKind.WASTE,
                now,
                user_id=session.user_id,
                reason=reason,
            )
        except StockError as exc:
            if exc.code == "stock.unknown_ingredient":
                raise
            held = quantity - exc.shortages[0][1] if exc.shortages else 0
            raise DomainError("stock.waste_too_much", available=held) from exc
        audit.record(
            db,
            session,
            "stock.waste",
            "ingredient",
            ingredient_id,
            store_id=store_id,
            after={"quantity": quantity, "reason": reason},
        )
        return StockChange(store_id, deltas)

    return ctx.transaction(work)


def set_threshold(
    ctx: ServiceContext,
    session: StaffSession,
    ingredient_id: int,
    threshold: int,
    store_id: int | None = None,
    expected: int | None = None,
) -> None:
    """`expected`: the threshold the screen showed; if another PC changed it meanwhile,
    ConflictError says who, rather than overwriting their value."""
    store_id = _store_of(session, store_id)
    require(session, Permission.MANAGE_STOCK, store_id)
    validation.identifier(ingredient_id, "ingredient")
    validation.whole_number(threshold, "threshold")
    if expected is not None:
        validation.whole_number(expected, "threshold")

    def work(db: Session) -> None:
        before = db.execute(
            select(StockBalance.threshold).where(
                StockBalance.store_id == store_id, StockBalance.ingredient_id == ingredient_id
            )
        ).scalar()
        if before is None:
            raise DomainError("stock.unknown_ingredient")
        where = [_BALANCES.c.store_id == store_id, _BALANCES.c.ingredient_id == ingredient_id]
        if expected is not None:
            where.append(_BALANCES.c.threshold == expected)
        done = db.execute(update(_BALANCES).where(*where).values(threshold=threshold))
        if done.rowcount != 1:
            raise _threshold_conflict(db, store_id, ingredient_id)
        audit.record(
            db,
            session,
            "stock.threshold",
            "ingredient",
            ingredient_id,
            store_id=store_id,
            before={"threshold": before},
            after={"threshold": threshold},
        )

    ctx.transaction(work)


def _threshold_conflict(db: Session, store_id: int, ingredient_id: int) -> ConflictError:
    return audit.conflict(
        db,
        "stock.threshold_changed",
        "ingredient",
        ingredient_id,
        action="stock.threshold",
        store_id=store_id,
    )


def _pack_sizes(db: Session, store_id: int, packs: Mapping[int, int]) -> dict[int, int]:
    sizes = dict(
        db.execute(
            select(Ingredient.id, Ingredient.pack_size)
            .join(StockBalance, StockBalance.ingredient_id == Ingredient.id)
            .where(StockBalance.store_id == store_id, Ingredient.id.in_(list(packs)))
        ).all()
    )
    if set(sizes) != set(packs):
        raise DomainError("stock.unknown_ingredient")
    return sizes


def _keys(values: Mapping[int, int]) -> dict[str, int]:
    """JSON objects have string keys."""
    return {str(k): v for k, v in sorted(values.items())}
