"""The order book: a store's orders (head office: the chain's), newest first, a page at a time.

Keyset pagination on (created_at, id): each page starts strictly after the last row of the
previous one, through the (store_id, created_at) or (created_at) index, so page 5,000 costs
what page 1 costs. Two queries per page: the orders, then what was paid on them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Select, and_, func, or_, select, union_all
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import Customer, Order, Payment, Refund, Store
from ocpizza_desk.domain import phones, validation
from ocpizza_desk.domain.clock import paris_midnight
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
    conditions, customers = _conditions(wanted, store_id)
    if after is not None:
        # The first bound is implied by the second, but SQLite makes an index range only
        # of it: with the OR alone (two binds of the same time) it scanned from the top.
        conditions += [
            Order.created_at <= after.created_at,
            or_(
                Order.created_at < after.created_at,
                and_(Order.created_at == after.created_at, Order.id < after.order_id),
            ),
        ]

    def work(db: Session) -> OrderBookPage:
        # The page's ids first, from the index alone; then their rows. Asked in one query,
        # MariaDB drives the chain's book from `stores` (sorting every order for each page)
        # and reads a store's book by `store_id = ?` alone, from its newest order down to
        # the cursor (each page slower than the one before).
        newest = (Order.created_at.desc(), Order.id.desc())
        ids = _page_ids(db, conditions, customers, limit + 1)
        if ids is None:
            return OrderBookPage((), None, wanted)
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
        paid: dict[int, int] = {}
        if found:  # what the store keeps: payments less refunds (one statement)
            ids = [r.id for r in found]
            money = union_all(
                select(Payment.order_id, Payment.amount_cents).where(Payment.order_id.in_(ids)),
                select(Refund.order_id, -Refund.amount_cents).where(Refund.order_id.in_(ids)),
            ).subquery()
            paid = dict(
                db.execute(
                    select(money.c.order_id, func.sum(money.c.amount_cents)).group_by(
                        money.c.order_id
                    )
                ).all()
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


CUSTOMERS_ONE_BY_ONE = 50  # a search matching more customers reads the book by date


def _page_ids(db: Session, conditions: list, customers, size: int):
    """The subquery of the page's order ids (newest first), or None when a customer search
    matches nobody. The orders of the few customers a phone number or a name finds are
    read customer by customer through (customer_id, created_at), newest first and `size`
    each at most: a regular with thousands of orders in other stores costs one index range,
    not a scan of the whole book for orders that are not there."""
    newest = (Order.created_at.desc(), Order.id.desc())
    if customers is None:
        return select(Order.id).where(*conditions).order_by(*newest).limit(size).subquery()
    found = db.execute(customers.limit(CUSTOMERS_ONE_BY_ONE + 1)).scalars().all()
    if not found:
        return None
    if len(found) > CUSTOMERS_ONE_BY_ONE:
        # A common name: the book newest first, each order's customer looked at (primary
        # key) until the page is full; MariaDB would rather sort all their orders.
        return (
            select(Order.id)
            .join(Customer, Customer.id == Order.customer_id)
            .where(*conditions, customers.whereclause)
            .order_by(*newest)
            .limit(size)
            .prefix_with("STRAIGHT_JOIN", dialect="mysql")
            .subquery()
        )
    branches = [
        select(
            select(Order.id, Order.created_at)
            .where(Order.customer_id == customer_id, *conditions)
            .order_by(*newest)
            .limit(size)
            .subquery()
        )
        for customer_id in found
    ]
    both = union_all(*branches).subquery() if len(branches) > 1 else branches[0].subquery()
    return (
        select(both.c.id)
        .order_by(both.c.created_at.desc(), both.c.id.desc())
        .limit(size)
        .subquery()
    )


def _conditions(wanted: OrderBookFilter, store_id: int | None) -> tuple[list, Select | None]:
    """The filters on orders, and the query of the customers a search names (None: no
    customer search)."""
    conditions = []
    customers = None
    if store_id is not None:
        conditions.append(Order.store_id == store_id)
    if wanted.statuses:
        conditions.append(Order.status.in_([s.value for s in wanted.statuses]))
    if wanted.channels:
        conditions.append(Order.channel.in_([c.value for c in wanted.channels]))
    if wanted.date_from and wanted.date_to and wanted.date_from > wanted.date_to:
        raise ValidationError("input.dates")
    if wanted.date_from:
        conditions.append(Order.created_at >= paris_midnight(wanted.date_from))
    if wanted.date_to:
        conditions.append(Order.created_at < paris_midnight(wanted.date_to + timedelta(days=1)))
    text = validation.text(wanted.text, "search", limit=60, required=False)
    if text:
        digits = text.lstrip("#").replace(" ", "")
        e164 = phones.normalise(text)
        if e164:
            customers = select(Customer.id).where(Customer.phone_e164 == e164)
        elif digits.isdigit():
            conditions.append(Order.id == int(digits[:18]))
        else:
            pattern = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            customers = (
                select(Customer.id)
                .where(
                    or_(  # bare columns: their indexes serve (case-insensitive collation)
                        Customer.last_name.like(pattern, escape="\\"),
                        Customer.first_name.like(pattern, escape="\\"),
                    )
                )
                .order_by(Customer.id)
            )
    return conditions, customers
