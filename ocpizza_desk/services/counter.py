"""The counter's whole form as one use case: customer, order, discounts, payments, refunds.

A cashier validates once; everything the form says is written in one transaction, retried
as a unit on a deadlock, and idempotent on the form's client key with a fingerprint of its
content:

- same key, same content (a resend after a lost reply): the complete earlier outcome comes
  back (order, payments with the change to give, refunds), marked `replayed`, nothing new is
  written;
- same key, another content: refused, naming the order the key saved, nothing written;
- after an ambiguous failure (`db.unreachable`: the COMMIT may or may not have happened)
  the screen asks `outcome(submission)` as soon as the database answers, and shows exactly
  what was saved, or that nothing was.

A new order costs the five statements of `orders.place_in` (plus one for a new customer,
one for a new address, one for the paid-now payments, one for discounts) and the COMMIT.
A modification of a received order (or, by a manager with a reason, of one in preparation)
goes through `orders.modify_in`, with the refunds that
settle a paid order which now costs less, and is recorded in `submissions` under its key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import Order
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import Channel, OrderMode
from ocpizza_desk.domain.errors import ConflictError, ValidationError
from ocpizza_desk.domain.fingerprint import fingerprint
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.totals import Discount, Totals
from ocpizza_desk.services import audit, customers, journal, orders, payments
from ocpizza_desk.services.auth import StaffSession, require, require_store
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext, Tx, core
from ocpizza_desk.services.customers import AddressInput, CustomerInput
from ocpizza_desk.services.orders import OrderChange, OrderRequest, PlannedTender
from ocpizza_desk.services.payments import (
    Approval,
    PaymentRequest,
    RecordedPayment,
    RecordedRefund,
    RefundRequest,
)

# --------------------------------------------------------------------------- requests


@dataclass(frozen=True, kw_only=True)
class CustomerPart:
    """Who the order is for: nobody, an existing customer (and address), or new ones
    created with the order."""

    customer_id: int | None = None
    address_id: int | None = None
    new_customer: CustomerInput | None = None
    new_address: AddressInput | None = None


@dataclass(frozen=True, kw_only=True)
class CounterSubmission:
    """Everything the counter's form says, built once by the screen and resent as it is."""

    client_key: str
    channel: Channel
    mode: OrderMode
    lines: tuple[CartLine, ...]
    promised_at: datetime
    customer: CustomerPart = CustomerPart()
    discounts: tuple[Discount, ...] = ()
    planned_tenders: tuple[PlannedTender, ...] = ()
    payments: tuple[PaymentRequest, ...] = ()  # paid now
    notes: str | None = None
    store_id: int | None = None  # default: the user's store
    # Modifying a received order: its id, the version the screen read, and how a paid
    # order that now costs less is settled.
    order_id: int | None = None
    expected_version: int | None = None
    refunds: tuple[RefundRequest, ...] = ()
    refund_reason: str | None = None
    approval: Approval | None = field(default=None, repr=False)
    # A manager changing an order in preparation: why (issue 20; see orders.modify).
    late_reason: str | None = None

    @property
    def modifying(self) -> bool:
        return self.order_id is not None


# --------------------------------------------------------------------------- outcome


@dataclass(frozen=True)
class CounterOutcome:
    order_id: int
    store_id: int
    version: int
    promised_at: datetime
    totals: Totals  # paid and refunded included, after this submission
    customer_id: int | None
    address_id: int | None
    payments: tuple[RecordedPayment, ...] = ()
    refunds: tuple[RecordedRefund, ...] = ()
    modified: bool = False
    replayed: bool = False  # an earlier attempt had saved it: shown again, nothing written
    new_address_id: int | None = None  # to be located in the background

    @property
    def total_cents(self) -> int:
        return self.totals.total_cents

    @property
    def change_cents(self) -> int:
        return sum(p.change_cents for p in self.payments)

    @property
    def voucher_excess_cents(self) -> int:
        return sum(p.voucher_excess_cents for p in self.payments)

    @property
    def refunded_cents(self) -> int:
        return sum(r.amount_cents for r in self.refunds)


# --------------------------------------------------------------------------- submit


def submit(ctx: ServiceContext, session: StaffSession, s: CounterSubmission) -> CounterOutcome:
    """Save the form in one transaction; see the module's docstring."""
    now = utcnow()
    notes, customer_values, address_values = _check(session, s, now)
    digest = fingerprint(s)
    if s.modifying:
        return _modify(ctx, session, s, notes, customer_values, address_values, digest, now)
    store_id = orders._store(session, s.store_id)
    require(session, Permission.TAKE_ORDERS, store_id)

    def work(db: Tx) -> CounterOutcome:
        customer_id, address_id = customers.insert_in(
            db, session, customer_values, s.customer.customer_id, address_values, now
        )
        entries: list[journal.Entry] = []
        placed = orders.place_in(
            db,
            session,
            store_id,
            _order_request(s, customer_id, address_id),
            notes,
            digest,
            now,
            entries,
        )
        applied = payments.apply_payments(s.payments, placed.total_cents)
        payments.insert_payments(db, session, placed.order_id, applied, now)
        entries += orders.payment_entries(placed.order_id, applied, now, session.user_id)
        journal.append(db, store_id, entries, now)  # the sale and its payments: one statement
        recorded = tuple(r for _, r in applied)
        return CounterOutcome(
            placed.order_id,
            store_id,
            placed.version,
            placed.promised_at,
            placed.totals.settled(sum(r.amount_cents for r in recorded), 0),
            customer_id,
            address_id,
            recorded,
            new_address_id=address_id if address_values is not None else None,
        )

    try:
        return ctx.core_transaction(work)
    except orders.AlreadyPlaced:
        found = outcome(ctx, session, s)
        if found is None:
            raise ConflictError("db.conflict") from None
        return found
    except IntegrityError as exc:
        if not customers.is_phone_taken(exc):
            raise
        found = outcome(ctx, session, s)  # the new customer came with an earlier attempt
        if found is not None:
            return found
        raise ValidationError("customer.phone_taken", field_key="phone") from exc


def _check(session: StaffSession, s: CounterSubmission, now: datetime):
    """Everything that can be refused before a statement; returns the cleaned notes and the
    checked customer and address values."""
    payments.check_key(s.client_key)
    if s.channel not in orders.STAFF_CHANNELS:
        raise ValidationError("order.channel")
    part = s.customer
    if part.new_customer is not None and part.customer_id is not None:
        raise ValidationError("input.id", field="customer")
    if part.new_address is not None and part.address_id is not None:
        raise ValidationError("input.id", field="address")
    customer_values, address_values = customers.checked_values(part.new_customer, part.new_address)
    if customer_values is not None or address_values is not None:
        require(session, Permission.MANAGE_CUSTOMERS)
    notes = orders.check_content(
        s.mode,
        part.customer_id,
        part.address_id,
        s.promised_at,
        s.planned_tenders,
        s.notes,
        now,
        s.discounts,
        new_customer=part.new_customer is not None,
        new_address=part.new_address is not None,
    )
    payments.check_payments(s.payments)
    if s.payments:
        require(session, Permission.RECORD_PAYMENTS)
    if s.refunds and not s.modifying:
        raise ValidationError("input.id", field="refund")
    payments.check_refunds(s.refunds, s.refund_reason)
    if s.late_reason is not None and not s.modifying:
        raise ValidationError("input.id", field="reason")
    orders.check_late_reason(s.late_reason, required=False)
    if s.modifying:
        validation.identifier(s.order_id, "order")
        if s.expected_version is None:
            raise ValidationError("input.id", field="version")
    return notes, customer_values, address_values


def _order_request(s: CounterSubmission, customer_id, address_id) -> OrderRequest:
    return OrderRequest(
        client_key=s.client_key,
        channel=s.channel,
        mode=s.mode,
        lines=s.lines,
        promised_at=s.promised_at,
        customer_id=customer_id,
        address_id=address_id if address_id is not None else s.customer.address_id,
        planned_tenders=s.planned_tenders,
        notes=s.notes,
        store_id=s.store_id,
        discounts=s.discounts,
    )


def _change(s: CounterSubmission, customer_id, address_id) -> OrderChange:
    return OrderChange(
        lines=s.lines,
        mode=s.mode,
        promised_at=s.promised_at,
        customer_id=customer_id,
        address_id=address_id if address_id is not None else s.customer.address_id,
        planned_tenders=s.planned_tenders,
        notes=s.notes,
        discounts=s.discounts,
        refunds=s.refunds,
        refund_reason=s.refund_reason,
        late_reason=s.late_reason,
    )


def _modify(
    ctx: ServiceContext,
    session: StaffSession,
    s: CounterSubmission,
    notes: str | None,
    customer_values: dict | None,
    address_values: dict | None,
    digest: str,
    now: datetime,
) -> CounterOutcome:
    require(session, Permission.MODIFY_ORDERS)
    assert s.order_id is not None
    approved_by = orders.approval_needed(ctx, session, s.refunds, s.approval)

    def work(db: Session) -> CounterOutcome:
        earlier = _modified_outcome(db, session, s, digest)
        if earlier is not None:
            return earlier
        customer_id, address_id = customers.insert_in(
            db, session, customer_values, s.customer.customer_id, address_values, now
        )
        entries: list[journal.Entry] = []
        placed = orders.modify_in(
            db,
            session,
            s.order_id,
            _change(s, customer_id, address_id),
            notes,
            s.expected_version,
            approved_by,
            now,
            entries,
        )
        applied = payments.apply_payments(s.payments, placed.totals.due_cents)
        payments.insert_payments(db, session, placed.order_id, applied, now)
        entries += orders.payment_entries(placed.order_id, applied, now, session.user_id)
        journal.append(db, placed.store_id, entries, now)
        for _request, recorded in applied:  # so that a colleague's stale screen can be told
            audit.record(
                db,
                session,
                "order.payment",
                "order",
                placed.order_id,
                store_id=placed.store_id,
                after={"tender": recorded.tender.value, "amount_cents": recorded.amount_cents},
            )
        orders.record_submission(
            db, session, s.client_key, placed.order_id, "modify", digest, placed.version, now
        )
        money = placed.totals
        paid = sum(r.amount_cents for _, r in applied)
        return CounterOutcome(
            placed.order_id,
            placed.store_id,
            placed.version,
            placed.promised_at,
            money.settled(money.paid_cents + paid, money.refunded_cents),
            customer_id,
            address_id if address_id is not None else s.customer.address_id,
            tuple(r for _, r in applied),
            placed.refunds,
            modified=True,
            new_address_id=address_id if address_values is not None else None,
        )

    try:
        return ctx.transaction(work)
    except orders._Overtaken:
        raise orders.what_happened(ctx, s.order_id) from None
    except IntegrityError as exc:
        if not customers.is_phone_taken(exc):
            raise
        raise ValidationError("customer.phone_taken", field_key="phone") from exc


# --------------------------------------------------------------------------- outcome


def outcome(
    ctx: ServiceContext, session: StaffSession, s: CounterSubmission
) -> CounterOutcome | None:
    """What an earlier attempt of this submission saved, or None if it saved nothing: asked
    by the screen after an ambiguous failure, as soon as the database answers. A key that
    saved another content is refused (ValidationError naming the order)."""
    payments.check_key(s.client_key)
    digest = fingerprint(s)
    if s.modifying:
        return ctx.transaction(lambda db: _modified_outcome(db, session, s, digest, wait=True))
    return ctx.transaction(lambda db: _placed_outcome(db, session, s, digest))


def _placed_outcome(
    db: Session, session: StaffSession, s: CounterSubmission, digest: str
) -> CounterOutcome | None:
    row = db.execute(
        select(
            Order.id,
            Order.store_id,
            Order.version,
            Order.promised_at,
            Order.customer_id,
            Order.address_id,
            Order.request_hash,
        )
        .where(Order.client_key == s.client_key)
        # A locking read: if the first attempt is still open on the server (its COMMIT on
        # the way, or its connection not yet noticed as gone), wait for it to end.
        .with_for_update(read=True)
    ).first()
    if row is None:
        return None
    require_store(session, row.store_id)
    if row.request_hash is not None and row.request_hash != digest:
        raise ValidationError("submission.key_reused", order=row.id)
    return _saved(db, row.id, row.store_id, row.version, row.promised_at, row, s, modified=False)


def _modified_outcome(
    db: Tx, session: StaffSession, s: CounterSubmission, digest: str, *, wait: bool = False
) -> CounterOutcome | None:
    assert s.order_id is not None
    version = orders.replayed_submission(db, s.client_key, "modify", s.order_id, digest, wait=wait)
    if version is None:
        return None
    row = (
        core(db)
        .execute(
            select(
                Order.id,
                Order.store_id,
                Order.promised_at,
                Order.customer_id,
                Order.address_id,
            ).where(Order.id == s.order_id)
        )
        .one()
    )
    require_store(session, row.store_id)
    return _saved(db, row.id, row.store_id, version, row.promised_at, row, s, modified=True)


def _saved(
    db: Tx, order_id, store_id, version, promised_at, row, s: CounterSubmission, *, modified
) -> CounterOutcome:
    """The outcome as the first attempt returned it, read back from what it wrote."""
    money = payments.kept(db, order_id)
    keys = [p.client_key for p in s.payments]
    recorded = payments.recorded_payments(db, order_id, keys)
    refund_keys = {r.client_key for r in s.refunds}
    return CounterOutcome(
        order_id,
        store_id,
        version,
        promised_at,
        orders.stored_totals(db, order_id, money),
        row.customer_id,
        row.address_id,
        tuple(recorded[k] for k in keys if k in recorded),
        tuple(r for r in payments.refunds_of(db, order_id) if r.client_key in refund_keys),
        modified=modified,
        replayed=True,
    )
