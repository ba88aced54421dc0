"""Customers: found by phone (any French way of writing it) or name, their addresses, their
habits for the counter's caller card, and erasure on request (GDPR).

Customers belong to the chain, not to a store: a caller known at Bastille is known at
Convention. Nothing personal is ever logged or written to the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import (
    Customer,
    CustomerAddress,
    GdprErasure,
    Order,
    OrderLine,
    OutboxMessage,
)
from ocpizza_desk.domain import phones, validation
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import MessageStatus, OrderStatus
from ocpizza_desk.domain.errors import DomainError, NotFound, ValidationError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.services import audit
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.orders import lines_by_order

LAST_ORDERS = 5
FAVOURITES = 3
SEARCH_LIMIT = 20
ERASED_NAME = "Client effacé"


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class CustomerInput:
    phone: str
    first_name: str
    last_name: str
    email: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class Favourite:
    product_id: int
    product_name: str
    quantity: int  # ordered in all


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
            raise NotFound("not_found", what={"fr": "client", "en": "customer"})
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
                or_(
                    func.lower(Customer.last_name).like(pattern.lower(), escape="\\"),
                    func.lower(Customer.first_name).like(pattern.lower(), escape="\\"),
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
    lines = {
        order_id: [
            (
                line.product_id,
                line.product_name,
                line.quantity,
                tuple(c["option_id"] for c in (line.customisations or ())),
            )
            for line in rows
        ]
        for order_id, rows in lines_by_order(db, [o.id for o in orders]).items()
    }
    favourites = db.execute(
        select(OrderLine.product_id, func.max(OrderLine.product_name), func.sum(OrderLine.quantity))
        .join(Order, Order.id == OrderLine.order_id)
        .where(Order.customer_id == customer.id, Order.status != OrderStatus.CANCELLED.value)
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
            PastOrder(o.id, o.store_id, o.created_at, o.status, o.total_cents, tuple(lines[o.id]))
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
            raise NotFound("not_found", what={"fr": "adresse", "en": "address"})
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


def archive_address(ctx: ServiceContext, session: StaffSession, address_id: int) -> None:
    require(session, Permission.MANAGE_CUSTOMERS)
    validation.identifier(address_id, "address")

    def work(db: Session) -> None:
        address = db.get(CustomerAddress, address_id)
        if address is None:
            raise NotFound("not_found", what={"fr": "adresse", "en": "address"})
        _live_customer(db, address.customer_id)
        table = CustomerAddress.__table__
        db.execute(update(table).where(table.c.id == address_id).values(archived=True))
        audit.record(
            db,
            session,
            "customer.address_archive",
            "customer",
            address.customer_id,
            after={"address_id": address_id},
        )

    ctx.transaction(work)


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
        raise NotFound("not_found", what={"fr": "client", "en": "customer"})
    if customer.erased_at is not None:
        raise DomainError("customer.erased")
    return customer
