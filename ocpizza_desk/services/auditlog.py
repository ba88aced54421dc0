"""Reading the audit trail: newest first, a page at a time, filtered.

Head office and administrators read the whole chain's; a store manager the entries that
carry their store; nobody else any. Keyset pagination on the id (the log is insert-only,
so ids grow with time): each page starts strictly below the last id of the previous one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import AuditEntry, Ingredient, Store, User
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.clock import paris_midnight
from ocpizza_desk.domain.errors import PermissionDenied, ValidationError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.services.auth import StaffSession, require_any
from ocpizza_desk.services.context import ServiceContext

PAGE_SIZE = 200
MAX_PAGE = 1000
_READERS = (Permission.MANAGE_USERS, Permission.MANAGE_STORES, Permission.MANAGE_STORE_STAFF)


@dataclass(frozen=True)
class AuditFilter:
    user_id: int | None = None  # who
    entity: str | None = None  # "store", "user", "order", "product", "ingredient", ...
    action: str | None = None  # exact ("user.create") or a family ("user.")
    store_id: int | None = None  # managers: always their own
    date_from: date | None = None  # Paris dates, inclusive
    date_to: date | None = None
    entity_id: str | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user_id: int | None
    user_name: str | None
    username: str | None
    store_id: int | None
    store_name: str | None
    action: str
    entity: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    # Ingredient names by the ids the stock entries carry ("28" -> "Mozzarella"), so the
    # viewer never shows "Ingredient 28" (read for readers who may see the stock).
    ingredients: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    next: int | None  # the id the next page starts below; None: last page
    filter: AuditFilter = field(default_factory=AuditFilter)


@dataclass(frozen=True)
class AuditChoices:
    """What the filters can offer: the people, entities and actions present in the log."""

    users: tuple[tuple[int, str], ...]
    entities: tuple[str, ...]
    actions: tuple[str, ...]


def _scope(session: StaffSession, store_id: int | None) -> int | None:
    require_any(session, _READERS)
    if session.can(Permission.MANAGE_USERS) or session.can(Permission.MANAGE_STORES):
        return None if store_id is None else validation.identifier(store_id, "store")
    if store_id is not None and store_id != session.store_id:
        raise PermissionDenied("permission.other_store")
    return session.store_id


def page(
    ctx: ServiceContext,
    session: StaffSession,
    wanted: AuditFilter = AuditFilter(),
    after: int | None = None,
    limit: int = PAGE_SIZE,
) -> AuditPage:
    store_id = _scope(session, wanted.store_id)
    limit = max(1, min(int(limit), MAX_PAGE))
    conditions = _conditions(wanted, store_id)
    if after is not None:
        conditions.append(AuditEntry.id < validation.identifier(after, "cursor"))

    def work(db: Session) -> AuditPage:
        ids = (
            select(AuditEntry.id)
            .where(*conditions)
            .order_by(AuditEntry.id.desc())
            .limit(limit + 1)
            .subquery()
        )
        found = db.execute(
            select(
                AuditEntry.id,
                AuditEntry.at,
                AuditEntry.user_id,
                User.full_name,
                User.username,
                AuditEntry.store_id,
                Store.name,
                AuditEntry.action,
                AuditEntry.entity,
                AuditEntry.entity_id,
                AuditEntry.before,
                AuditEntry.after,
            )
            .select_from(ids)
            .join(AuditEntry, AuditEntry.id == ids.c.id)
            .outerjoin(User, User.id == AuditEntry.user_id)
            .outerjoin(Store, Store.id == AuditEntry.store_id)
            .order_by(AuditEntry.id.desc())
        ).all()
        more = len(found) > limit
        rows = tuple(AuditRow(*r) for r in found[:limit])
        if session.can(Permission.VIEW_STOCK):
            rows = _with_ingredient_names(db, rows)
        return AuditPage(rows, rows[-1].id if more and rows else None, wanted)

    return ctx.transaction(work)


def _ingredient_ids(row: AuditRow) -> set[str]:
    """The ingredient ids a stock entry names: its entity, its payload's keys (a count's
    before and after), the keys of its per-ingredient maps (a receipt's packs, loose, units)."""
    ids = {row.entity_id} if row.entity == "ingredient" else set()
    if not row.action.startswith("stock."):
        return ids
    for payload in (row.before or {}, row.after or {}):
        for key, value in payload.items():
            if key.isdigit():
                ids.add(key)
            elif isinstance(value, dict):
                ids.update(k for k in value if k.isdigit())
    return ids


def _with_ingredient_names(db: Session, rows: tuple[AuditRow, ...]) -> tuple[AuditRow, ...]:
    wanted = {int(i) for row in rows for i in _ingredient_ids(row) if i.isdigit()}
    if not wanted:
        return rows
    names = {
        str(i): n
        for i, n in db.execute(
            select(Ingredient.id, Ingredient.name).where(Ingredient.id.in_(wanted))
        )
    }
    return tuple(
        replace(row, ingredients={i: names[i] for i in _ingredient_ids(row) if i in names})
        if _ingredient_ids(row)
        else row
        for row in rows
    )


def choices(ctx: ServiceContext, session: StaffSession) -> AuditChoices:
    store_id = _scope(session, None)

    def work(db: Session) -> AuditChoices:
        where = [] if store_id is None else [AuditEntry.store_id == store_id]
        users = db.execute(
            select(User.id, User.full_name, User.username)
            .where(User.id.in_(select(AuditEntry.user_id).where(*where).distinct()))
            .order_by(User.full_name)
        ).all()
        entities = db.scalars(
            select(AuditEntry.entity).where(*where).distinct().order_by(AuditEntry.entity)
        ).all()
        actions = db.scalars(
            select(AuditEntry.action).where(*where).distinct().order_by(AuditEntry.action)
        ).all()
        return AuditChoices(
            tuple((u.id, f"{u.full_name} ({u.username})") for u in users),
            tuple(entities),
            tuple(actions),
        )

    return ctx.transaction(work)


def _conditions(wanted: AuditFilter, store_id: int | None) -> list:
    conditions = []
    if store_id is not None:
        conditions.append(AuditEntry.store_id == store_id)
    if wanted.user_id is not None:
        conditions.append(AuditEntry.user_id == validation.identifier(wanted.user_id, "user"))
    if wanted.entity:
        entity = validation.text(wanted.entity, "entity", limit=40)
        conditions.append(AuditEntry.entity == entity)
    if wanted.entity_id:
        conditions.append(AuditEntry.entity_id == str(wanted.entity_id)[:40])
    if wanted.action:
        action = validation.text(wanted.action, "action", limit=64)
        if action.endswith("."):
            escaped = action.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conditions.append(AuditEntry.action.like(escaped + "%", escape="\\"))
        else:
            conditions.append(AuditEntry.action == action)
    if wanted.date_from and wanted.date_to and wanted.date_from > wanted.date_to:
        raise ValidationError("input.dates")
    if wanted.date_from:
        conditions.append(AuditEntry.at >= paris_midnight(wanted.date_from))
    if wanted.date_to:
        conditions.append(AuditEntry.at < paris_midnight(wanted.date_to + timedelta(days=1)))
    return conditions
