"""Customers: found by phone (any French way of writing it) or name, their addresses, their
habits for the counter's caller card, and erasure on request (GDPR).

Customers belong to the chain, not to a store: a caller known at Bastille is known at
Convention. Nothing personal is ever logged or written to the audit trail.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import (
    AuditEntry,
    Customer,
    CustomerAddress,
    GdprErasure,
    Order,
    OrderLine,
    OrderStatusChange,
    OutboxMessage,
    Payment,
    Refund,
    Store,
    User,
)
from ocpizza_desk.domain import formulas, phones, validation
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import Channel, MessageStatus, OrderMode, OrderStatus
from ocpizza_desk.domain.errors import DomainError, NotFound, ValidationError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.texts import Text
from ocpizza_desk.services import audit
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext, Tx, core
from ocpizza_desk.services.orders import asked_again_all, lines_by_order

LAST_ORDERS = 5
FAVOURITES = 3
# Favourites are counted over the customer's latest orders, not all of them: the card of a
# regular with thousands of orders reads as much as anyone's (index on customer_id, created_at).
FAVOURITES_WINDOW = 100
SEARCH_LIMIT = 20
ERASED_NAME = "Client effacé"


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True, kw_only=True)
class CustomerInput:
    phone: str
    first_name: str
    last_name: str
    email: str | None = None
    notes: str | None = None


@dataclass(frozen=True, kw_only=True)
class AddressInput:
    street: str
    postcode: str
    city: str = "Paris"
    label: str = "Domicile"
    extra: str | None = None
    door_code: str | None = None
    floor: str | None = None
    notes: str | None = None


# --------------------------------------------------------------------------- read models


@dataclass(frozen=True)
class AddressView:
    id: int
    label: str
    street: str
    extra: str | None
    postcode: str
    city: str
    door_code: str | None
    floor: str | None
    notes: str | None

    @property
    def one_line(self) -> str:
        return ", ".join(p for p in (self.street, self.extra, f"{self.postcode} {self.city}") if p)


@dataclass(frozen=True)
class PastOrder:
    order_id: int
    store_id: int
    created_at: datetime
    status: OrderStatus
    total_cents: int
    lines: tuple[tuple[int, str, int, tuple[int, ...]], ...]  # product, name, qty, options
    cart_lines: tuple[CartLine, ...] = ()  # the same lines as asked again (size, halves)


@dataclass(frozen=True)
class Favourite:
    product_id: int
    product_name: str
    quantity: int  # ordered over the customer's latest FAVOURITES_WINDOW orders


@dataclass(frozen=True)
class CustomerCard:
    """What the counter sees when the phone rings."""

    id: int
    phone_e164: str | None
    phone_display: str
    first_name: str
    last_name: str
    email: str | None
    notes: str | None
    addresses: tuple[AddressView, ...]
    last_orders: tuple[PastOrder, ...]
    favourites: tuple[Favourite, ...]
    erased: bool = False

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class CustomerMatch:
    id: int
    first_name: str
    last_name: str
    phone_display: str


# --------------------------------------------------------------------------- checks


def _customer_values(data: CustomerInput) -> dict:
    return {
        "phone_e164": validation.phone(data.phone),
        "first_name": validation.person_name(data.first_name, "first_name"),
        "last_name": validation.person_name(data.last_name, "last_name"),
        "email": validation.email(data.email),
        "notes": validation.text(data.notes, "notes", limit=500, required=False),
    }


def _address_values(data: AddressInput) -> dict:
    """Checked values, keyed like the columns (and AddressView's fields)."""
    return {
        "label": validation.text(data.label, "label", limit=40),
        "street": validation.text(data.street, "street", limit=160, minimum=3),
        "extra": validation.text(data.extra, "extra", limit=160, required=False),
        "postcode": validation.postcode(data.postcode),
        "city": validation.text(data.city, "city", limit=60),
        "door_code": validation.text(data.door_code, "door_code", limit=20, required=False),
        "floor": validation.text(data.floor, "floor", limit=20, required=False),
        "notes": validation.text(data.notes, "notes", limit=300, required=False),
    }


def _write_customer(db: Session, statement):
    """Insert or update a customer; a phone number already taken becomes a clear refusal.

    In a savepoint, because the unique index, not a prior SELECT, decides under concurrency.
    """
    try:
        with db.begin_nested():
            return db.execute(statement)
    except IntegrityError as exc:
        if "phone_e164" in str(exc.orig):
            raise ValidationError("customer.phone_taken", field_key="phone") from exc
        raise


def checked_values(
    customer: CustomerInput | None, address: AddressInput | None
) -> tuple[dict | None, dict | None]:
    """What the counter typed, checked before any statement (ValidationError names the field)."""
    return (
        None if customer is None else _customer_values(customer),
        None if address is None else _address_values(address),
    )


def insert_in(
    db: Tx,
    session: StaffSession,
    customer_values: dict | None,
    customer_id: int | None,
    address_values: dict | None,
    now: datetime,
) -> tuple[int | None, int | None]:
    """A new customer (and address), or a new address for `customer_id`, inside the caller's
    transaction (the counter's one-transaction submission). No savepoint: a phone number
    already taken fails the whole use case, and the caller tells why."""
    connection = core(db)
    address_id = None
    if customer_values is not None:
        customer_id = connection.execute(
            insert(Customer.__table__).values(created_at=now, updated_at=now, **customer_values)
        ).inserted_primary_key[0]
    elif customer_id is not None and address_values is not None:
        erased = connection.execute(
            select(Customer.erased_at).where(Customer.id == customer_id)
        ).first()
        if erased is None:
            raise NotFound("not_found", what=Text("ErrorDetail", "customer"))
        if erased[0] is not None:
            raise DomainError("customer.erased")
    if address_values is not None and customer_id is not None:
        address_id = connection.execute(
            insert(CustomerAddress.__table__).values(
                customer_id=customer_id, created_at=now, archived=False, **address_values
            )
        ).inserted_primary_key[0]
    if customer_values is not None:
        audit.record(
            db,
            session,
            "customer.create",
            "customer",
            customer_id,
            after={
                "fields": sorted(k for k, v in customer_values.items() if v is not None),
                "address": address_values is not None,
            },
        )
    elif address_id is not None:
        audit.record(
            db,
            session,
            "customer.address_add",
            "customer",
            customer_id,
            after={"address_id": address_id},
        )
    return customer_id, address_id


def is_phone_taken(error: IntegrityError) -> bool:
    return "phone_e164" in str(error.orig)


# --------------------------------------------------------------------------- reads


def find_by_phone(ctx: ServiceContext, session: StaffSession, typed: str) -> CustomerCard | None:
    """The caller's card, or None for a new customer. Raises for a number that is not one."""
    require(session, Permission.MANAGE_CUSTOMERS)
    e164 = validation.phone(typed)

    def work(db: Session) -> CustomerCard | None:
        customer = db.execute(
            select(Customer).where(Customer.phone_e164 == e164)
        ).scalar_one_or_none()
        return None if customer is None else _card(db, customer)

    return ctx.transaction(work)


def card(ctx: ServiceContext, session: StaffSession, customer_id: int) -> CustomerCard:
    require(session, Permission.MANAGE_CUSTOMERS)
    validation.identifier(customer_id, "customer")

    def work(db: Session) -> CustomerCard:
        customer = db.get(Customer, customer_id)
        if customer is None:
            raise NotFound("not_found", what=Text("ErrorDetail", "customer"))
        return _card(db, customer)

    return ctx.transaction(work)


def search(ctx: ServiceContext, session: StaffSession, prefix: str) -> list[CustomerMatch]:
    """Customers whose last or first name starts with `prefix` (case-insensitive)."""
    require(session, Permission.MANAGE_CUSTOMERS)
    cleaned = validation.text(prefix, "name_prefix", limit=60)
    assert cleaned is not None
    pattern = cleaned.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

    def work(db: Session) -> list[CustomerMatch]:
        rows = db.execute(
            select(Customer.id, Customer.first_name, Customer.last_name, Customer.phone_e164)
            .where(
                Customer.erased_at.is_(None),
                # No function around the columns, so their indexes serve: the columns'
                # collation is case-insensitive (MariaDB), as LIKE is (SQLite, ASCII).
                or_(
                    Customer.last_name.like(pattern, escape="\\"),
                    Customer.first_name.like(pattern, escape="\\"),
                ),
            )
            .order_by(Customer.last_name, Customer.first_name, Customer.id)
            .limit(SEARCH_LIMIT)
        ).all()
        return [CustomerMatch(i, f, last, phones.display(p)) for i, f, last, p in rows]

    return ctx.transaction(work)


def _card(db: Session, customer: Customer) -> CustomerCard:
    addresses = (
        db.execute(
            select(CustomerAddress)
            .where(CustomerAddress.customer_id == customer.id, CustomerAddress.archived.is_(False))
            .order_by(CustomerAddress.id)
        )
        .scalars()
        .all()
    )
    orders = db.execute(
        select(Order.id, Order.store_id, Order.created_at, Order.status, Order.total_cents)
        .where(Order.customer_id == customer.id)
        .order_by(Order.created_at.desc(), Order.id.desc())
        .limit(LAST_ORDERS)
    ).all()
    by_order = lines_by_order(db, [o.id for o in orders])
    lines = {  # a formula's lines as one: 'Formule midi : Regina 33 cm, Coca-Cola 33 cl'
        order_id: [
            (
                group[0].product_id,
                formulas.stored_text(group)
                if group[0].formula_name is not None
                else group[0].product_name,
                group[0].quantity,
                ()
                if group[0].formula_name is not None  # its choices': see cart_lines
                else tuple(c["option_id"] for c in (group[0].customisations or ())),
            )
            for group in formulas.grouped(rows, lambda ln: ln.formula_group)
        ]
        for order_id, rows in by_order.items()
    }
    recent = (
        select(Order.id)
        .where(Order.customer_id == customer.id, Order.status != OrderStatus.CANCELLED.value)
        .order_by(Order.created_at.desc(), Order.id.desc())
        .limit(FAVOURITES_WINDOW)
        .subquery()
    )
    favourites = db.execute(
        select(OrderLine.product_id, func.max(OrderLine.product_name), func.sum(OrderLine.quantity))
        .join(recent, recent.c.id == OrderLine.order_id)
        .group_by(OrderLine.product_id)
        .order_by(func.sum(OrderLine.quantity).desc(), OrderLine.product_id)
        .limit(FAVOURITES)
    ).all()
    return CustomerCard(
        id=customer.id,
        phone_e164=customer.phone_e164,
        phone_display=phones.display(customer.phone_e164),
        first_name=customer.first_name,
        last_name=customer.last_name,
        email=customer.email,
        notes=customer.notes,
        addresses=tuple(
            AddressView(
                a.id, a.label, a.street, a.extra, a.postcode, a.city, a.door_code, a.floor, a.notes
            )
            for a in addresses
        ),
        last_orders=tuple(
            PastOrder(
                o.id,
                o.store_id,
                o.created_at,
                o.status,
                o.total_cents,
                tuple(lines[o.id]),
                asked_again_all(by_order[o.id]),
            )
            for o in orders
        ),
        favourites=tuple(Favourite(p, n, int(q)) for p, n, q in favourites),
        erased=customer.erased_at is not None,
    )


# --------------------------------------------------------------------------- writes


def create(
    ctx: ServiceContext,
    session: StaffSession,
    data: CustomerInput,
    address: AddressInput | None = None,
) -> CustomerCard:
    require(session, Permission.MANAGE_CUSTOMERS)
    values = _customer_values(data)
    address_values = None if address is None else _address_values(address)

    def work(db: Session) -> CustomerCard:
        now = utcnow()
        customer_id = _write_customer(
            db, insert(Customer.__table__).values(created_at=now, updated_at=now, **values)
        ).inserted_primary_key[0]
        if address_values is not None:
            db.execute(
                insert(CustomerAddress.__table__).values(
                    customer_id=customer_id, created_at=now, archived=False, **address_values
                )
            )
        audit.record(
            db,
            session,
            "customer.create",
            "customer",
            customer_id,
            after={
                "fields": sorted(k for k, v in values.items() if v is not None),
                "address": address_values is not None,
            },
        )
        return _card(db, db.get(Customer, customer_id))

    return ctx.transaction(work)


def update_details(
    ctx: ServiceContext, session: StaffSession, customer_id: int, data: CustomerInput
) -> CustomerCard:
    require(session, Permission.MANAGE_CUSTOMERS)
    validation.identifier(customer_id, "customer")
    values = _customer_values(data)

    def work(db: Session) -> CustomerCard:
        customer = _live_customer(db, customer_id)
        before = {k: getattr(customer, k) for k in values}
        changed = audit.changed_fields(before, values)
        if changed:
            _write_customer(
                db,
                update(Customer.__table__)
                .where(Customer.__table__.c.id == customer_id)
                .values(updated_at=utcnow(), **values),
            )
            audit.record(
                db, session, "customer.update", "customer", customer_id, after={"changed": changed}
            )
        db.expire_all()
        return _card(db, db.get(Customer, customer_id))

    return ctx.transaction(work)


def add_address(
    ctx: ServiceContext, session: StaffSession, customer_id: int, data: AddressInput
) -> AddressView:
    require(session, Permission.MANAGE_CUSTOMERS)
    validation.identifier(customer_id, "customer")
    values = _address_values(data)

    def work(db: Session) -> AddressView:
        _live_customer(db, customer_id)
        address_id = db.execute(
            insert(CustomerAddress.__table__).values(
                customer_id=customer_id, created_at=utcnow(), archived=False, **values
            )
        ).inserted_primary_key[0]
        audit.record(
            db,
            session,
            "customer.address_add",
            "customer",
            customer_id,
            after={"address_id": address_id},
        )
        return AddressView(address_id, **values)

    return ctx.transaction(work)


def update_address(
    ctx: ServiceContext, session: StaffSession, address_id: int, data: AddressInput
) -> AddressView:
    """Past orders point at their address: one they used is archived and a new one made,
    so a receipt reprinted next year still shows where it went."""
    require(session, Permission.MANAGE_CUSTOMERS)
    validation.identifier(address_id, "address")
    values = _address_values(data)

    def work(db: Session) -> AddressView:
        address = db.get(CustomerAddress, address_id)
        if address is None or address.archived:
            raise NotFound("not_found", what=Text("ErrorDetail", "address"))
        _live_customer(db, address.customer_id)
        used = db.execute(
            select(func.count()).select_from(Order).where(Order.address_id == address_id)
        ).scalar_one()
        table = CustomerAddress.__table__
        if used:
            db.execute(update(table).where(table.c.id == address_id).values(archived=True))
            new_id = db.execute(
                insert(table).values(
                    customer_id=address.customer_id, created_at=utcnow(), archived=False, **values
                )
            ).inserted_primary_key[0]
        else:
            moved = any(values[k] != getattr(address, k) for k in ("street", "postcode", "city"))
            located = {"latitude": None, "longitude": None} if moved else {}  # geocoded again
            db.execute(update(table).where(table.c.id == address_id).values(**values, **located))
            new_id = address_id
        audit.record(
            db,
            session,
            "customer.address_update",
            "customer",
            address.customer_id,
            after={"address_id": new_id, "replaced": address_id if used else None},
        )
        return AddressView(new_id, **values)

    return ctx.transaction(work)


def erase(
    ctx: ServiceContext, session: StaffSession, customer_id: int, request_reference: str | None
) -> None:
    """GDPR erasure: names, phone, e-mail, notes and addresses are blanked, pending messages
    lose their recipient; orders and figures stay, attached to an anonymous customer. The
    erasure itself is recorded (and replayed after any restore of an older backup)."""
    require(session, Permission.ERASE_CUSTOMERS)
    validation.identifier(customer_id, "customer")
    reference = validation.text(request_reference, "reference", limit=64, required=False)

    def work(db: Session) -> None:
        customer = _live_customer(db, customer_id)
        now = utcnow()
        apply_erasure(db, customer.id, now)
        db.execute(
            insert(GdprErasure.__table__).values(
                customer_id=customer.id,
                erased_at=now,
                erased_by_id=session.user_id,
                request_reference=reference,
            )
        )
        audit.record(
            db,
            session,
            "customer.erase",
            "customer",
            customer.id,
            after={"erased": True, "request_reference": reference},
        )

    ctx.transaction(work)


def apply_erasure(db: Session, customer_id: int, now: datetime) -> None:
    """The anonymisation itself, shared with the replay of the erasure log after a restore."""
    customers = Customer.__table__
    db.execute(
        update(customers)
        .where(customers.c.id == customer_id)
        .values(
            phone_e164=None,
            first_name=ERASED_NAME,
            last_name=f"#{customer_id}",
            email=None,
            notes=None,
            erased_at=now,
            updated_at=now,
        )
    )
    addresses = CustomerAddress.__table__
    db.execute(
        update(addresses)
        .where(addresses.c.customer_id == customer_id)
        .values(
            label="—",
            street="—",
            extra=None,
            door_code=None,
            floor=None,
            notes=None,
            latitude=None,
            longitude=None,
            archived=True,
        )
    )
    messages = OutboxMessage.__table__
    orders = select(Order.id).where(Order.customer_id == customer_id).scalar_subquery()
    # A notice still waiting is not sent; every notice loses its address and its text (it
    # greets the customer by name). Subjects hold only the store and the order number.
    db.execute(
        update(messages)
        .where(messages.c.order_id.in_(orders), messages.c.status == MessageStatus.PENDING.value)
        .values(status=MessageStatus.FAILED.value, last_error="recipient erased (GDPR)")
    )
    db.execute(
        update(messages).where(messages.c.order_id.in_(orders)).values(recipient=None, body="")
    )


def _live_customer(db: Session, customer_id: int) -> Customer:
    customer = db.get(Customer, customer_id)
    if customer is None:
        raise NotFound("not_found", what=Text("ErrorDetail", "customer"))
    if customer.erased_at is not None:
        raise DomainError("customer.erased")
    return customer


# --------------------------------------------------------------------------- customers screen
#
# The back-office's customer file (gui/screens/customers.py): find by phone or name, the
# order history a page at a time, two duplicates merged into one, and a manager's answer to a
# right-of-access request. Every change is audited without personal data (field names, ids
# and counts only); looking a customer up is not, as at the counter.

FIND_LIMIT = 50
HISTORY_PAGE = 50
_PHONE_TYPED = re.compile(r"^[\d\s().+-]+$")


@dataclass(frozen=True)
class CustomerRow:
    """One line of the customers list."""

    id: int
    first_name: str
    last_name: str
    phone_display: str
    email: str | None
    orders: int
    last_order_at: datetime | None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def _phone_prefix(typed: str) -> str | None:
    """'06 12 3' -> '+33612 3' without blanks: the start of an E.164 number, or None when
    what was typed is not the start of a phone number."""
    if not _PHONE_TYPED.match(typed):
        return None
    digits = re.sub(r"\D", "", typed)
    if len(digits) < 2:
        return None
    if typed.lstrip().startswith("+"):
        return "+" + digits
    if typed.lstrip().startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0"):
        return "+33" + digits[1:]
    return "+" + digits if digits.startswith("33") else "+33" + digits


def find_customers(
    ctx: ServiceContext, session: StaffSession, typed: str, limit: int = FIND_LIMIT
) -> list[CustomerRow]:
    """Customers whose phone number starts with what was typed (any French way of writing
    it), else whose names start with each word typed; erased customers are not listed."""
    require(session, Permission.MANAGE_CUSTOMERS)
    cleaned = validation.text(typed, "search", limit=60)
    assert cleaned is not None
    prefix = _phone_prefix(cleaned)

    def like(word: str) -> str:
        escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return escaped + "%"

    if prefix is not None:
        wanted = Customer.phone_e164.like(like(prefix), escape="\\")
    else:
        wanted = and_(
            *(
                or_(  # the columns bare, so that their indexes serve (see `search`)
                    Customer.last_name.like(like(word), escape="\\"),
                    Customer.first_name.like(like(word), escape="\\"),
                )
                for word in cleaned.split()
            )
        )

    def work(db: Session) -> list[CustomerRow]:
        found = db.execute(
            select(
                Customer.id,
                Customer.first_name,
                Customer.last_name,
                Customer.phone_e164,
                Customer.email,
            )
            .where(Customer.erased_at.is_(None), wanted)
            .order_by(Customer.last_name, Customer.first_name, Customer.id)
            .limit(max(1, min(limit, 200)))
        ).all()
        counts = {
            customer_id: (count, last)
            for customer_id, count, last in db.execute(
                select(Order.customer_id, func.count(), func.max(Order.created_at))
                .where(Order.customer_id.in_([r.id for r in found]))
                .group_by(Order.customer_id)
            )
        }
        return [
            CustomerRow(
                r.id,
                r.first_name,
                r.last_name,
                phones.display(r.phone_e164),
                r.email,
                counts.get(r.id, (0, None))[0],
                counts.get(r.id, (0, None))[1],
            )
            for r in found
        ]

    return ctx.transaction(work)


@dataclass(frozen=True)
class HistoryOrder:
    order_id: int
    store_name: str
    created_at: datetime
    channel: Channel
    mode: OrderMode
    status: OrderStatus
    total_cents: int
    summary: str  # "2 × Regina, 1 × Tiramisu"


@dataclass(frozen=True)
class HistoryPage:
    orders: tuple[HistoryOrder, ...]
    total: int  # the customer's orders, all pages
    next_cursor: tuple[datetime, int] | None  # None: this was the last page


def order_history(
    ctx: ServiceContext,
    session: StaffSession,
    customer_id: int,
    after: tuple[datetime, int] | None = None,
    limit: int = HISTORY_PAGE,
) -> HistoryPage:
    """A customer's orders in every store, newest first, a page at a time (keyset on the
    index (customer_id, created_at)): a regular of ten years opens as fast as a new one."""
    require(session, Permission.MANAGE_CUSTOMERS)
    validation.identifier(customer_id, "customer")
    size = max(1, min(limit, 200))

    def work(db: Session) -> HistoryPage:
        if db.get(Customer, customer_id) is None:
            raise NotFound("not_found", what=Text("ErrorDetail", "customer"))
        query = (
            select(
                Order.id,
                Store.name,
                Order.created_at,
                Order.channel,
                Order.mode,
                Order.status,
                Order.total_cents,
            )
            .join(Store, Store.id == Order.store_id)
            .where(Order.customer_id == customer_id)
            .order_by(Order.created_at.desc(), Order.id.desc())
            .limit(size + 1)
        )
        if after is not None:
            at, order_id = after
            query = query.where(
                or_(Order.created_at < at, and_(Order.created_at == at, Order.id < order_id))
            )
        rows = db.execute(query).all()
        more = len(rows) > size
        rows = rows[:size]
        lines: dict[int, list[str]] = {}
        for order_id, name, quantity in db.execute(
            select(OrderLine.order_id, OrderLine.product_name, OrderLine.quantity)
            .where(OrderLine.order_id.in_([r.id for r in rows]))
            .order_by(OrderLine.order_id, OrderLine.position)
        ):
            lines.setdefault(order_id, []).append(f"{quantity} × {name}")
        total = db.execute(
            select(func.count()).select_from(Order).where(Order.customer_id == customer_id)
        ).scalar_one()
        orders = tuple(
            HistoryOrder(
                r.id,
                r.name,
                r.created_at,
                Channel(r.channel),
                OrderMode(r.mode),
                OrderStatus(r.status),
                r.total_cents,
                ", ".join(lines.get(r.id, [])),
            )
            for r in rows
        )
        cursor = (rows[-1].created_at, rows[-1].id) if more and rows else None
        return HistoryPage(orders, total, cursor)

    return ctx.transaction(work)


@dataclass(frozen=True)
class MergeReport:
    kept: CustomerCard
    merged_id: int  # the duplicate, which no longer exists
    orders_moved: int
    addresses_moved: int
    duplicate_addresses: int  # identical to one the kept customer had: archived
    filled: tuple[str, ...]  # fields the kept customer lacked, taken from the duplicate


_SAME_ADDRESS = ("street", "extra", "postcode", "city", "door_code", "floor")


def _address_key(address: CustomerAddress) -> tuple:
    return tuple(" ".join((getattr(address, k) or "").lower().split()) for k in _SAME_ADDRESS)


def merge(
    ctx: ServiceContext, session: StaffSession, keep_id: int, duplicate_id: int
) -> MergeReport:
    """One customer entered twice: the duplicate's orders and addresses move to the kept
    customer, who also takes the e-mail and notes they lacked; an address identical to
    one the kept customer has is archived (past orders keep pointing at it); the duplicate
    is deleted. One transaction, both rows locked in id order; the moved orders get a new
    version, so a screen holding one of them reloads it before changing it."""
    require(session, Permission.MANAGE_CUSTOMERS)
    validation.identifier(keep_id, "customer")
    validation.identifier(duplicate_id, "customer")
    if keep_id == duplicate_id:
        raise ValidationError("customer.merge_same")

    def work(db: Session) -> MergeReport:
        rows = {
            c.id: c
            for c in db.execute(
                select(Customer)
                .where(Customer.id.in_((keep_id, duplicate_id)))
                .order_by(Customer.id)
                .with_for_update()
            ).scalars()
        }
        for customer_id in (keep_id, duplicate_id):
            if customer_id not in rows:
                raise NotFound("not_found", what=Text("ErrorDetail", "customer"))
            if rows[customer_id].erased_at is not None:
                raise DomainError("customer.erased")
        keep, duplicate = rows[keep_id], rows[duplicate_id]
        now = utcnow()
        filled = {
            name: getattr(duplicate, name)
            for name in ("email", "notes")
            if not getattr(keep, name) and getattr(duplicate, name)
        }
        addresses = CustomerAddress.__table__
        kept_keys = {
            _address_key(a)
            for a in db.execute(
                select(CustomerAddress).where(
                    CustomerAddress.customer_id == keep_id, CustomerAddress.archived.is_(False)
                )
            ).scalars()
        }
        moving = (
            db.execute(select(CustomerAddress).where(CustomerAddress.customer_id == duplicate_id))
            .scalars()
            .all()
        )
        twins = [a.id for a in moving if not a.archived and _address_key(a) in kept_keys]
        db.execute(
            update(addresses)
            .where(addresses.c.customer_id == duplicate_id)
            .values(customer_id=keep_id)
        )
        if twins:
            db.execute(update(addresses).where(addresses.c.id.in_(twins)).values(archived=True))
        orders = Order.__table__
        moved = db.execute(
            update(orders)
            .where(orders.c.customer_id == duplicate_id)
            .values(customer_id=keep_id, version=orders.c.version + 1, updated_at=now)
        ).rowcount
        customers = Customer.__table__
        db.execute(delete(customers).where(customers.c.id == duplicate_id))
        if filled:
            db.execute(
                update(customers).where(customers.c.id == keep_id).values(updated_at=now, **filled)
            )
        details = {
            "orders": moved,
            "addresses": len(moving),
            "duplicate_addresses": len(twins),
            "filled": sorted(filled),
        }
        audit.record(
            db,
            session,
            "customer.merge",
            "customer",
            keep_id,
            after={"merged": duplicate_id, **details},
            store_id=session.store_id,
        )
        audit.record(
            db,
            session,
            "customer.merged_into",
            "customer",
            duplicate_id,
            after={"into": keep_id},
            store_id=session.store_id,
        )
        db.expire_all()
        return MergeReport(
            _card(db, db.get(Customer, keep_id)),
            duplicate_id,
            moved,
            len(moving),
            len(twins),
            tuple(sorted(filled)),
        )

    return ctx.transaction(work)


# ---- right of access


@dataclass(frozen=True)
class CustomerExport:
    """Everything the database holds about one customer (GDPR article 15), in plain values:
    times in UTC (ISO 8601, "Z"), money in cents. Written as JSON by `as_json` and as a
    PDF by the screen. Staff are named by their account only."""

    customer_id: int
    exported_at: datetime
    customer: dict[str, Any]
    addresses: tuple[dict[str, Any], ...]
    orders: tuple[dict[str, Any], ...]
    messages: tuple[dict[str, Any], ...]
    erasures: tuple[dict[str, Any], ...]
    history: tuple[dict[str, Any], ...]  # the audit trail about this customer

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": "ocpizza-desk customer export 1",
            "exported_at": _iso(self.exported_at),
            "customer": self.customer,
            "addresses": [*self.addresses],
            "orders": [*self.orders],
            "messages": [*self.messages],
            "gdpr_erasures": [*self.erasures],
            "history": [*self.history],
        }

    def as_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2) + "\n"


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # a raw driver value: UTC by the schema's rule
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, Enum):
        return value.value
    return value


# What the export reads of each table (and nothing of the staff but their account name).
_EXPORTED = {
    "addresses": (
        "id label street extra postcode city door_code floor notes latitude longitude "
        "location_source archived created_at"
    ),
    "orders": (
        "id channel mode status address_id created_at promised_at total_cents discount_cents "
        "notes cancel_reason"
    ),
    "lines": (
        "order_id product_name quantity unit_price_cents extras_cents vat_rate_bp "
        "line_total_cents discount_cents customisations"
    ),
    "payments": "order_id tender amount_cents bank_reference received_at",
    "refunds": "order_id tender amount_cents reason created_at",
    "status_history": "order_id to_status changed_at reason",
    "messages": "order_id kind recipient subject body status created_at sent_at",
}


def _columns(model, key: str) -> list:
    return [model.__table__.c[name] for name in _EXPORTED[key].split()]


def export(
    ctx: ServiceContext, session: StaffSession, customer_id: int, formats: tuple[str, ...]
) -> CustomerExport:
    """A manager's answer to a right-of-access request: every row about the customer, read
    in one transaction, the export itself audited (which formats, no content)."""
    require(session, Permission.ERASE_CUSTOMERS)
    validation.identifier(customer_id, "customer")
    kinds = tuple(sorted({f for f in formats if f in ("json", "pdf")}))

    def rows(db: Session, query) -> list[dict[str, Any]]:
        return [{k: _plain(v) for k, v in r.items()} for r in db.execute(query).mappings()]

    def work(db: Session) -> CustomerExport:
        customer = db.get(Customer, customer_id)
        if customer is None:
            raise NotFound("not_found", what=Text("ErrorDetail", "customer"))
        people = Customer.__table__
        person = rows(db, select(people).where(people.c.id == customer_id))[0]
        person["phone_display"] = phones.display(customer.phone_e164)
        addresses = rows(
            db,
            select(*_columns(CustomerAddress, "addresses"))
            .where(CustomerAddress.customer_id == customer_id)
            .order_by(CustomerAddress.id),
        )
        orders = rows(
            db,
            select(*_columns(Order, "orders"), Store.name.label("store"))
            .join(Store, Store.id == Order.store_id)
            .where(Order.customer_id == customer_id)
            .order_by(Order.created_at, Order.id),
        )
        ids = [order["id"] for order in orders]
        for key, model, order_key in (
            ("lines", OrderLine, OrderLine.position),
            ("payments", Payment, Payment.id),
            ("refunds", Refund, Refund.id),
            ("status_history", OrderStatusChange, OrderStatusChange.id),
        ):
            found: dict[int, list[dict[str, Any]]] = {}
            for row in rows(
                db,
                select(*_columns(model, key))
                .where(model.order_id.in_(ids))
                .order_by(model.order_id, order_key),
            ):
                found.setdefault(row.pop("order_id"), []).append(row)
            for order in orders:
                order[key] = found.get(order["id"], [])
        messages = rows(
            db,
            select(*_columns(OutboxMessage, "messages"))
            .where(OutboxMessage.order_id.in_(ids))
            .order_by(OutboxMessage.id),
        )
        erasures = rows(
            db,
            select(GdprErasure.erased_at, GdprErasure.request_reference, User.username)
            .outerjoin(User, User.id == GdprErasure.erased_by_id)
            .where(GdprErasure.customer_id == customer_id)
            .order_by(GdprErasure.id),
        )
        history = rows(
            db,
            select(AuditEntry.at, AuditEntry.action, User.username)
            .outerjoin(User, User.id == AuditEntry.user_id)
            .where(AuditEntry.entity == "customer", AuditEntry.entity_id == str(customer_id))
            .order_by(AuditEntry.id),
        )
        audit.record(
            db,
            session,
            "customer.export",
            "customer",
            customer_id,
            after={"formats": [*kinds], "orders": len(orders)},
            store_id=session.store_id,
        )
        return CustomerExport(
            customer_id,
            utcnow(),
            person,
            tuple(addresses),
            tuple(orders),
            tuple(messages),
            tuple(erasures),
            tuple(history),
        )

    return ctx.transaction(work)
