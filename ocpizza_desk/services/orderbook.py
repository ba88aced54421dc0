"""The order book: a store's orders (head office: the chain's), newest first, a page at a time.

Keyset pagination on (created_at, id): each page starts strictly after the last row of the
previous one, through the (store_id, created_at) or (created_at) index, so page 5,000 costs
what page 1 costs. Two queries per page: the orders, then what was paid on them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import Customer, Order, Payment, Store
from ocpizza_desk.domain import phones, validation
from ocpizza_desk.domain.clock import PARIS
from ocpizza_desk.domain.enums import Channel, OrderMode, OrderStatus
from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.context import ServiceContext

PAGE_SIZE = 200
MAX_PAGE = 1000


@dataclass(frozen=True)
class OrderBookFilter:
    store_id: int | None = None  # head office: None for every store
    statuses: frozenset[OrderStatus] = frozenset()  # empty: all
    channels: frozenset[Channel] = frozenset()
    date_from: date | None = None  # Paris dates, inclusive
    date_to: date | None = None
    text: str = ""  # an order number, a phone number, or the start of a customer's name


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: after this (created_at, id)."""

    created_at: datetime
    order_id: int


@dataclass(frozen=True)
class OrderRow:
    id: int
    store_id: int
    store_name: str
    created_at: datetime
    promised_at: datetime
    channel: Channel
    mode: OrderMode
    status: OrderStatus
    customer_name: str | None
    total_cents: int
    paid_cents: int
    version: int

    @property
    def due_cents(self) -> int:
        return (
            0
            if self.status is OrderStatus.CANCELLED
            else max(0, self.total_cents - self.paid_cents)
        )


@dataclass(frozen=True)
class OrderBookPage:
    rows: tuple[OrderRow, ...]
    next: Cursor | None  # None: this was the last page
    filter: OrderBookFilter = field(default_factory=OrderBookFilter)


def page(
    ctx: ServiceContext,
    session: StaffSession,
    wanted: OrderBookFilter,
    after: Cursor | None = None,
    limit: int = PAGE_SIZE,
) -> OrderBookPage:
    require(session, Permission.VIEW_ORDERS)
    store_id = wanted.store_id
    if session.role.is_store_bound:
        store_id = session.store_id if store_id is None else store_id
    if store_id is not None:
        require(session, Permission.VIEW_ORDERS, validation.identifier(store_id, "store"))
    limit = max(1, min(int(limit), MAX_PAGE))
    conditions = _conditions(wanted, store_id)

    def work(db: Session) -> OrderBookPage:
        # The page's ids first, from the index alone; then their rows. Asked in one query,
        # MariaDB drives the chain's book from `stores` (sorting every order for each page)
        # and reads a store's book by `store_id = ?` alone, from its newest order down to
        # the cursor (each page slower than the one before).
        newest = (Order.created_at.desc(), Order.id.desc())
        ids = select(Order.id).where(*conditions).order_by(*newest).limit(limit + 1)
        if after is not None:
            # The first bound is implied by the second, but SQLite makes an index range only
            # of it: with the OR alone (two binds of the same time) it scanned from the top.
            ids = ids.where(
                Order.created_at <= after.created_at,
                or_(
                    Order.created_at < after.created_at,
                    and_(Order.created_at == after.created_at, Order.id < after.order_id),
                ),
            )
        ids = ids.subquery()
        query = (
            select(
                Order.id,
                Order.store_id,
                Store.name,
                Order.created_at,
                Order.promised_at,
                Order.channel,
                Order.mode,
                Order.status,
                Customer.first_name,
                Customer.last_name,
                Order.total_cents,
                Order.version,
            )
            .select_from(ids)
            .join(Order, Order.id == ids.c.id)
            .join(Store, Store.id == Order.store_id)
            .outerjoin(Customer, Customer.id == Order.customer_id)
            .order_by(*newest)
        )
        found = db.execute(query).all()
        more = len(found) > limit
        found = found[:limit]
        paid = (
            dict(
                db.execute(
                    select(Payment.order_id, func.sum(Payment.amount_cents))
                    .where(Payment.order_id.in_([r.id for r in found]))
                    .group_by(Payment.order_id)
                ).all()
            )
            if found
            else {}
        )
        rows = tuple(
            OrderRow(
                r.id,
                r.store_id,
                r.name,
                r.created_at,
                r.promised_at,
                r.channel,
                r.mode,
                r.status,
                None if r.first_name is None else f"{r.first_name} {r.last_name}",
                r.total_cents,
                int(paid.get(r.id, 0)),
                r.version,
            )
            for r in found
        )
        following = Cursor(rows[-1].created_at, rows[-1].id) if more and rows else None
        return OrderBookPage(rows, following, wanted)

    return ctx.transaction(work)


def _conditions(wanted: OrderBookFilter, store_id: int | None) -> list:
    conditions = []
    if store_id is not None:
        conditions.append(Order.store_id == store_id)
    if wanted.statuses:
        conditions.append(Order.status.in_([s.value for s in wanted.statuses]))
    if wanted.channels:
        conditions.append(Order.channel.in_([c.value for c in wanted.channels]))
    if wanted.date_from and wanted.date_to and wanted.date_from > wanted.date_to:
        raise ValidationError("input.dates")
    if wanted.date_from:
        conditions.append(Order.created_at >= _paris_midnight(wanted.date_from))
    if wanted.date_to:
        conditions.append(Order.created_at < _paris_midnight(wanted.date_to + timedelta(days=1)))
    text = validation.text(wanted.text, "search", limit=60, required=False)
    if text:
        digits = text.lstrip("#").replace(" ", "")
        e164 = phones.normalise(text)
        if e164:
            conditions.append(
                Order.customer_id.in_(
                    select(Customer.id).where(Customer.phone_e164 == e164).scalar_subquery()
                )
            )
        elif digits.isdigit():
            conditions.append(Order.id == int(digits[:18]))
        else:
            pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            conditions.append(
                Order.customer_id.in_(
                    select(Customer.id)
                    .where(
                        or_(
                            func.lower(Customer.last_name).like(pattern.lower(), escape="\\"),
                            func.lower(Customer.first_name).like(pattern.lower(), escape="\\"),
                        )
                    )
                    .scalar_subquery()
                )
            )
    return conditions


def _paris_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), PARIS)
