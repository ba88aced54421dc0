"""Orders: place, modify, cancel, move along the lifecycle, take payments, read one.

The hot path, `place`, is five statements: the cart's catalogue snapshot (one UNION ALL), the
order, its lines (one multi-row insert), the stock (one conditional update for all its
ingredients) and the ledger (one multi-row insert). It is idempotent on the client's key: a
submit retried after a lost connection finds the order the first one created.

Concurrent changes are settled by conditional updates (`WHERE status = … AND version = …`):
whoever comes second is told what happened instead of overwriting it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from ocpizza_desk.db.models import (
    AuditEntry,
    Customer,
    CustomerAddress,
    Order,
    OrderLine,
    OrderStatusChange,
    Payment,
    StockMovement,
    User,
)
from ocpizza_desk.domain import lifecycle, validation
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import (
    Channel,
    OrderMode,
    OrderStatus,
    StockMovementKind,
    Tender,
)
from ocpizza_desk.domain.errors import (
    ConflictError,
    DomainError,
    NotFound,
    PermissionDenied,
    StockError,
    ValidationError,
)
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.pricing import VatLine, vat_breakdown
from ocpizza_desk.services import audit, notices, stock
from ocpizza_desk.services.auth import StaffSession, require, require_any, require_store
from ocpizza_desk.services.cart import CartLine, ResolvedCart, resolve
from ocpizza_desk.services.context import ServiceContext, Tx, core

_ORDERS = Order.__table__
_LINES = OrderLine.__table__
_HISTORY = OrderStatusChange.__table__
_PAYMENTS = Payment.__table__
# Built once: constructing statements per order costs more than running them.
_ORDER_INSERT = insert(_ORDERS)
_LINES_INSERT = insert(_LINES)

STAFF_CHANNELS = (Channel.PHONE, Channel.COUNTER)
PLANNABLE_TENDERS = (Tender.CASH, Tender.CARD, Tender.MEAL_VOUCHER)
CLOCK_SKEW = timedelta(minutes=5)
MAX_PROMISE = timedelta(days=7)
_CLIENT_KEY = re.compile(r"^[0-9A-Za-z-]{8,36}$")
_BANK_REFERENCE = re.compile(r"^[0-9A-Za-z_-]{4,64}$")


# --------------------------------------------------------------------------- requests


@dataclass(frozen=True)
class PlannedTender:
    tender: Tender
    amount_cents: int


@dataclass(frozen=True)
class OrderRequest:
    client_key: str  # made by the screen before the first submit, kept for retries
    channel: Channel
    mode: OrderMode
    lines: tuple[CartLine, ...]
    promised_at: datetime
    customer_id: int | None = None
    address_id: int | None = None
    planned_tenders: tuple[PlannedTender, ...] = ()
    notes: str | None = None
    store_id: int | None = None  # default: the signed-in user's store


@dataclass(frozen=True)
class OrderChange:
    """A modification of a received order: the new content, as a whole."""

    lines: tuple[CartLine, ...]
    mode: OrderMode
    promised_at: datetime
    customer_id: int | None = None
    address_id: int | None = None
    planned_tenders: tuple[PlannedTender, ...] = ()
    notes: str | None = None


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class PlacedOrder:
    order_id: int
    client_key: str
    store_id: int
    total_cents: int
    vat: tuple[VatLine, ...]
    promised_at: datetime
    version: int
    replayed: bool = False  # the key had been placed before: nothing new was written


@dataclass(frozen=True)
class Moved:
    order_id: int
    status: OrderStatus
    version: int
    at: datetime


@dataclass(frozen=True)
class PaymentSummary:
    order_id: int
    total_cents: int
    paid_cents: int
    change_cents: int = 0  # cash to hand back
    voucher_excess_cents: int = 0  # meal vouchers give no change: this much is not returned

    @property
    def due_cents(self) -> int:
        return max(0, self.total_cents - self.paid_cents)


@dataclass(frozen=True)
class LineView:
    position: int
    product_id: int
    product_name: str
    quantity: int
    unit_price_cents: int
    extras_cents: int
    vat_rate_bp: int
    total_cents: int
    customisations: tuple[dict, ...]


@dataclass(frozen=True)
class PaymentView:
    tender: Tender
    amount_cents: int
    tendered_cents: int | None
    bank_reference: str | None
    received_at: datetime
    received_by: str | None


@dataclass(frozen=True)
class HistoryView:
    status: OrderStatus
    at: datetime
    by: str | None
    reason: str | None = None


@dataclass(frozen=True)
class AuditView:
    at: datetime
    by: str | None
    action: str
    before: dict | None
    after: dict | None


@dataclass(frozen=True)
class OrderDetail:
    id: int
    store_id: int
    channel: Channel
    mode: OrderMode
    status: OrderStatus
    version: int
    client_key: str
    created_at: datetime
    promised_at: datetime
    customer_id: int | None
    customer_name: str | None
    address_id: int | None
    address_text: str | None
    total_cents: int
    vat: tuple[VatLine, ...]
    lines: tuple[LineView, ...]
    planned_tenders: tuple[PlannedTender, ...]
    payments: tuple[PaymentView, ...]
    history: tuple[HistoryView, ...]  # placing first, then every transition
    audit: tuple[AuditView, ...] = field(default=())
    notes: str | None = None
    cancel_reason: str | None = None

    @property
    def paid_cents(self) -> int:
        return sum(p.amount_cents for p in self.payments)

    @property
    def due_cents(self) -> int:
        return (
            0
            if self.status is OrderStatus.CANCELLED
            else max(0, self.total_cents - self.paid_cents)
        )

    @property
    def next_statuses(self) -> list[OrderStatus]:
        return lifecycle.next_statuses(self.status, self.mode)


# --------------------------------------------------------------------------- validation


def _store(session: StaffSession, store_id: int | None) -> int:
    if store_id is None:
        if session.store_id is None:
            raise ValidationError("input.id", field="store")
        return session.store_id
    return validation.identifier(store_id, "store")


def _check_content(
    mode: OrderMode,
    customer_id: int | None,
    address_id: int | None,
    promised_at: datetime,
    planned: Sequence[PlannedTender],
    notes: str | None,
    now: datetime,
) -> str | None:
    if not isinstance(mode, OrderMode):
        raise ValidationError("input.id", field="mode")
    if customer_id is not None:
        validation.identifier(customer_id, "customer")
    if address_id is not None:
        validation.identifier(address_id, "address")
        if customer_id is None:
            raise ValidationError("order.address_required")
    if mode is OrderMode.DELIVERY and (customer_id is None or address_id is None):
        raise ValidationError("order.address_required")
    if not isinstance(promised_at, datetime) or promised_at.tzinfo is None:
        raise ValidationError("input.id", field="promised_at")
    if promised_at < now - CLOCK_SKEW:
        raise ValidationError("order.promised_past")
    if promised_at > now + MAX_PROMISE:
        raise ValidationError("order.promised_far")
    for planned_tender in planned:
        if planned_tender.tender not in PLANNABLE_TENDERS:
            raise ValidationError("input.id", field="tender")
        validation.amount(planned_tender.amount_cents)
    return validation.text(notes, "notes", limit=300, required=False)


def _check_plan(planned: Sequence[PlannedTender], total: int) -> list[dict] | None:
    if sum(p.amount_cents for p in planned) > total:
        raise ValidationError("payment.plan")
    return [{"tender": p.tender.value, "amount_cents": p.amount_cents} for p in planned] or None


def _check_address(cart: ResolvedCart, customer_id: int | None, address_id: int | None) -> None:
    if address_id is not None and cart.address_customer_id != customer_id:
        raise ValidationError("customer.address_other")


def _stock_refusal(error: StockError, cart: ResolvedCart) -> StockError:
    """Name the products that the missing ingredients stop, for the counter to offer others."""
    short = {ingredient for ingredient, _ in error.shortages}
    products = sorted({line.product_name for line in cart.lines if short & set(line.unit_use)})
    return StockError(
        "stock.insufficient",
        shortages=error.shortages,
        products=", ".join(products) or "?",
        ingredients=error.params.get("ingredients", ""),
    )


# --------------------------------------------------------------------------- place


def place(ctx: ServiceContext, session: StaffSession, request: OrderRequest) -> PlacedOrder:
    store_id = _store(session, request.store_id)
    require(session, Permission.TAKE_ORDERS, store_id)
    if request.channel not in STAFF_CHANNELS:
        raise ValidationError("order.channel")
    if not isinstance(request.client_key, str) or not _CLIENT_KEY.match(request.client_key):
        raise ValidationError("input.id", field="client_key")
    now = utcnow()
    notes = _check_content(
        request.mode,
        request.customer_id,
        request.address_id,
        request.promised_at,
        request.planned_tenders,
        request.notes,
        now,
    )

    def work(db: Connection) -> PlacedOrder:
        cart = resolve(db, store_id, request.lines, request.address_id)
        _check_address(cart, request.customer_id, request.address_id)
        planned = _check_plan(request.planned_tenders, cart.total_cents)
        try:
            order_id = (
                core(db)
                .execute(
                    _ORDER_INSERT,
                    {
                        "store_id": store_id,
                        "channel": request.channel.value,
                        "mode": request.mode.value,
                        "status": OrderStatus.RECEIVED.value,
                        "customer_id": request.customer_id,
                        "address_id": request.address_id,
                        "promised_at": request.promised_at,
                        "created_at": now,
                        "updated_at": now,
                        "created_by_id": session.user_id,
                        "version": 1,
                        "client_key": request.client_key,
                        "total_cents": cart.total_cents,
                        "planned_tenders": planned,
                        "notes": notes,
                    },
                )
                .inserted_primary_key[0]
            )
        except IntegrityError as exc:
            if "client_key" in str(exc.orig):
                raise _AlreadyPlaced from exc
            raise
        _insert_lines(db, order_id, cart)
        try:
            stock.apply(db, store_id, {i: -q for i, q in cart.consumption.items()}, now)
        except StockError as exc:
            raise _stock_refusal(exc, cart) from exc
        stock.ledger(
            db,
            store_id,
            {i: -q for i, q in cart.consumption.items()},
            StockMovementKind.ORDER,
            now,
            user_id=session.user_id,
            order_id=order_id,
        )
        if request.customer_id is not None:  # customer notice, sent later (services/notices)
            notices.queue_status(db, order_id, notices.ACCEPTED, now=now, new_order=True)
        return PlacedOrder(
            order_id,
            request.client_key,
            store_id,
            cart.total_cents,
            tuple(vat_breakdown(line.priced for line in cart.lines)),
            request.promised_at,
            1,
        )

    try:
        return ctx.core_transaction(work)
    except _AlreadyPlaced:
        return _replay(ctx, session, request.client_key)


class _AlreadyPlaced(Exception):
    pass


def _replay(ctx: ServiceContext, session: StaffSession, client_key: str) -> PlacedOrder:
    def work(db: Session) -> PlacedOrder:
        order = db.execute(select(Order).where(Order.client_key == client_key)).scalar_one()
        require(session, Permission.TAKE_ORDERS, order.store_id)
        lines = db.execute(select(OrderLine).where(OrderLine.order_id == order.id)).scalars()
        return PlacedOrder(
            order.id,
            client_key,
            order.store_id,
            order.total_cents,
            tuple(vat_breakdown(_priced(line) for line in lines)),
            order.promised_at,
            order.version,
            replayed=True,
        )

    return ctx.transaction(work)


def _insert_lines(db: Tx, order_id: int, cart: ResolvedCart) -> None:
    core(db).execute(
        _LINES_INSERT,
        [
            {
                "order_id": order_id,
                "position": line.position,
                "product_id": line.product_id,
                "product_name": line.product_name,
                "quantity": line.quantity,
                "unit_price_cents": line.unit_price_cents,
                "extras_cents": line.extras_cents,
                "vat_rate_bp": line.vat_rate_bp,
                "line_total_cents": line.total_cents,
                "customisations": line.snapshot(),
            }
            for line in cart.lines
        ],
    )


def _priced(line: OrderLine):
    from ocpizza_desk.domain.pricing import PricedLine

    return PricedLine(line.unit_price_cents, line.extras_cents, line.quantity, line.vat_rate_bp)


# --------------------------------------------------------------------------- modify


def _reserved(db: Session, order_id: int) -> Counter[int]:
    """What the order holds now, from its ledger rows (not from its recipe, which may have
    changed since): ingredient -> base units reserved."""
    rows = db.execute(
        select(StockMovement.ingredient_id, func.sum(StockMovement.delta))
        .where(StockMovement.order_id == order_id)
        .group_by(StockMovement.ingredient_id)
    ).all()
    return Counter({ingredient: -int(total) for ingredient, total in rows if total})


def _load(db: Session, session: StaffSession, order_id: int) -> Order:
    validation.identifier(order_id, "order")
    order = db.get(Order, order_id)
    if order is None:
        raise NotFound("order.not_found")
    require_store(session, order.store_id)
    return order


def _bump(
    db: Session,
    order: Order,
    now: datetime,
    expected_version: int | None,
    statuses: Sequence[OrderStatus],
    **values,
) -> int:
    """Conditional update of the order: the status and version it was read with must still
    hold, else someone else changed it first. Returns the new version."""
    version = order.version if expected_version is None else expected_version
    result = db.execute(
        update(_ORDERS)
        .where(
            _ORDERS.c.id == order.id,
            _ORDERS.c.version == version,
            _ORDERS.c.status.in_([s.value for s in statuses]),
        )
        .values(version=version + 1, updated_at=now, **values)
    )
    if result.rowcount != 1:
        raise ConflictError("order.changed")
    return version + 1


def modify(
    ctx: ServiceContext,
    session: StaffSession,
    order_id: int,
    change: OrderChange,
    expected_version: int | None = None,
) -> PlacedOrder:
    """Change a received order; only the stock difference is reserved or released."""
    require(session, Permission.MODIFY_ORDERS)
    now = utcnow()
    notes = _check_content(
        change.mode,
        change.customer_id,
        change.address_id,
        change.promised_at,
        change.planned_tenders,
        change.notes,
        now,
    )

    def work(db: Session) -> PlacedOrder:
        order = _load(db, session, order_id)
        if order.status not in lifecycle.MODIFIABLE:
            raise DomainError("order.not_modifiable")
        if expected_version is not None and order.version != expected_version:
            raise ConflictError("order.changed")
        before = _summary(db, order)
        cart = resolve(db, order.store_id, change.lines, change.address_id)
        _check_address(cart, change.customer_id, change.address_id)
        planned = _check_plan(change.planned_tenders, cart.total_cents)
        version = _bump(
            db,
            order,
            now,
            expected_version,
            lifecycle.MODIFIABLE,
            mode=change.mode.value,
            customer_id=change.customer_id,
            address_id=change.address_id,
            promised_at=change.promised_at,
            total_cents=cart.total_cents,
            planned_tenders=planned,
            notes=notes,
        )
        db.execute(delete(_LINES).where(_LINES.c.order_id == order.id))
        _insert_lines(db, order.id, cart)
        held = _reserved(db, order.id)
        difference = {
            i: held.get(i, 0) - cart.consumption.get(i, 0)
            for i in set(held) | set(cart.consumption)
        }
        try:
            stock.apply(db, order.store_id, difference, now)
        except StockError as exc:
            raise _stock_refusal(exc, cart) from exc
        taken = {i: d for i, d in difference.items() if d < 0}
        given_back = {i: d for i, d in difference.items() if d > 0}
        stock.ledger(
            db,
            order.store_id,
            taken,
            StockMovementKind.ORDER,
            now,
            user_id=session.user_id,
            order_id=order.id,
            reason="modification",
        )
        stock.ledger(
            db,
            order.store_id,
            given_back,
            StockMovementKind.CANCELLATION,
            now,
            user_id=session.user_id,
            order_id=order.id,
            reason="modification",
        )
        after = {
            "total_cents": cart.total_cents,
            "mode": change.mode.value,
            "promised_at": change.promised_at.isoformat(),
            "lines": [
                [line.product_id, line.quantity, [o.option_id for o in line.options]]
                for line in cart.lines
            ],
            "address_changed": change.address_id != order.address_id,
        }
        audit.record(
            db,
            session,
            "order.modify",
            "order",
            order.id,
            store_id=order.store_id,
            before=before,
            after=after,
        )
        return PlacedOrder(
            order.id,
            order.client_key,
            order.store_id,
            cart.total_cents,
            tuple(vat_breakdown(line.priced for line in cart.lines)),
            change.promised_at,
            version,
        )

    return ctx.transaction(work)


def _summary(db: Session, order: Order) -> dict:
    lines = db.execute(
        select(OrderLine.product_id, OrderLine.quantity, OrderLine.customisations)
        .where(OrderLine.order_id == order.id)
        .order_by(OrderLine.position)
    ).all()
    return {
        "total_cents": order.total_cents,
        "mode": order.mode.value,
        "promised_at": order.promised_at.isoformat(),
        "lines": [[p, q, [c["option_id"] for c in (custom or [])]] for p, q, custom in lines],
    }


# --------------------------------------------------------------------------- lifecycle


def advance(
    ctx: ServiceContext,
    session: StaffSession,
    order_id: int,
    target: OrderStatus,
    seen_status: OrderStatus | None = None,
) -> Moved:
    """Move an order one step (start, ready, out, delivered, collected).

    `seen_status` is what the user's screen showed: if the order has moved on meanwhile
    (two pizzaiolos pressing "start" together) the second is told who did it.
    """
    if target is OrderStatus.CANCELLED:
        raise ValidationError("input.id", field="status")
    require_any(session, ADVANCING)

    def work(db: Session) -> Moved:
        order = _load(db, session, order_id)
        if seen_status is not None and order.status is not seen_status:
            raise _Overtaken
        step = lifecycle.transition(order.status, target, order.mode)
        require(session, step.permission, order.store_id)
        now = utcnow()
        try:
            version = _bump(db, order, now, None, [order.status], status=target.value)
        except ConflictError as exc:
            raise _Overtaken from exc
        _history(db, session, [order.id], order.status, target, now)
        if target is OrderStatus.OUT_FOR_DELIVERY:  # customer notice (services/notices)
            notices.queue_status(db, order.id, notices.OUT_FOR_DELIVERY, now=now)
        return Moved(order.id, target, version, now)

    try:
        return ctx.transaction(work)
    except _Overtaken:
        raise _who_moved_it(ctx, order_id) from None


def move(
    db: Session,
    session: StaffSession,
    order_ids: Sequence[int],
    source: OrderStatus,
    target: OrderStatus,
    mode: OrderMode,
    now: datetime,
) -> None:
    """One lifecycle step for several orders of one mode, inside the caller's transaction
    (a trip leaving, a stop delivered): status and version in one UPDATE, the history in one
    INSERT. The caller has checked who may do it; ConflictError('order.changed') when any
    order is no longer in `source`."""
    lifecycle.transition(source, target, mode)
    ids = sorted(order_ids)
    moved = db.execute(
        update(_ORDERS)
        .where(_ORDERS.c.id.in_(ids), _ORDERS.c.status == source.value)
        .values(status=target.value, version=_ORDERS.c.version + 1, updated_at=now)
    )
    if moved.rowcount != len(ids):
        raise ConflictError("order.changed")
    _history(db, session, ids, source, target, now)


def _history(
    db: Session,
    session: StaffSession,
    order_ids: Sequence[int],
    source: OrderStatus,
    target: OrderStatus,
    now: datetime,
) -> None:
    db.execute(
        insert(_HISTORY),
        [
            {
                "order_id": order_id,
                "from_status": source.value,
                "to_status": target.value,
                "changed_at": now,
                "changed_by_id": session.user_id,
            }
            for order_id in order_ids
        ],
    )


ADVANCING = tuple(
    {t.permission for t in lifecycle.TRANSITIONS if t.target is not OrderStatus.CANCELLED}
)


class _Overtaken(Exception):
    pass


def _who_moved_it(ctx: ServiceContext, order_id: int) -> ConflictError:
    """Read in a new transaction, to see the other user's committed change."""

    def work(db: Session) -> ConflictError:
        row = db.execute(
            select(Order.status, User.full_name)
            .outerjoin(OrderStatusChange, OrderStatusChange.order_id == Order.id)
            .outerjoin(User, User.id == OrderStatusChange.changed_by_id)
            .where(Order.id == order_id)
            .order_by(OrderStatusChange.id.desc())
            .limit(1)
        ).first()
        status, who = row if row else (None, None)
        return ConflictError(
            "order.taken",
            who=who or "?",
            status=_STATUS_NAMES.get(status, {"fr": "?", "en": "?"}),
        )

    return ctx.transaction(work)


_STATUS_NAMES = {
    OrderStatus.RECEIVED: {"fr": "reçue", "en": "received"},
    OrderStatus.IN_PREPARATION: {"fr": "en préparation", "en": "in preparation"},
    OrderStatus.READY: {"fr": "prête", "en": "ready"},
    OrderStatus.OUT_FOR_DELIVERY: {"fr": "en livraison", "en": "out for delivery"},
    OrderStatus.DELIVERED: {"fr": "livrée", "en": "delivered"},
    OrderStatus.COLLECTED: {"fr": "retirée", "en": "collected"},
    OrderStatus.CANCELLED: {"fr": "annulée", "en": "cancelled"},
}


def cancel(
    ctx: ServiceContext,
    session: StaffSession,
    order_id: int,
    reason: str | None = None,
    expected_version: int | None = None,
) -> Moved:
    """Cancel: a received order gives its stock back; later, a manager cancels with a reason
    and what was made is written off as waste."""
    require_any(session, (Permission.CANCEL_RECEIVED_ORDERS, Permission.CANCEL_STARTED_ORDERS))
    reason = validation.text(reason, "reason", limit=200, required=False, minimum=3)

    def work(db: Session) -> Moved:
        order = _load(db, session, order_id)
        step = lifecycle.transition(order.status, OrderStatus.CANCELLED, order.mode)
        if not session.can(step.permission):
            raise PermissionDenied(
                "order.cancel_manager" if step.needs_reason else "permission.denied"
            )
        if step.needs_reason and not reason:
            raise ValidationError("order.reason_required")
        if expected_version is not None and order.version != expected_version:
            raise ConflictError("order.changed")
        now = utcnow()
        held = _reserved(db, order.id)
        version = _bump(
            db,
            order,
            now,
            expected_version,
            [order.status],
            status=OrderStatus.CANCELLED.value,
            cancel_reason=reason,
        )
        db.execute(
            insert(_HISTORY).values(
                order_id=order.id,
                from_status=order.status.value,
                to_status=OrderStatus.CANCELLED.value,
                changed_at=now,
                changed_by_id=session.user_id,
                reason=reason,
            )
        )
        if order.mode is OrderMode.DELIVERY:  # it leaves its delivery trip, if it had one
            from ocpizza_desk.services import deliveries

            deliveries.order_cancelled(db, order.id, now)
        released = order.status in lifecycle.STOCK_RELEASED_ON_CANCEL
        if released:
            stock.apply(db, order.store_id, held, now)
        # The reservation ends either way; food already made is then written off as waste.
        stock.ledger(
            db,
            order.store_id,
            held,
            StockMovementKind.CANCELLATION,
            now,
            user_id=session.user_id,
            order_id=order.id,
            reason=reason,
        )
        if not released:
            stock.ledger(
                db,
                order.store_id,
                {i: -q for i, q in held.items()},
                StockMovementKind.WASTE,
                now,
                user_id=session.user_id,
                order_id=order.id,
                reason=reason,
            )
        audit.record(
            db,
            session,
            "order.cancel",
            "order",
            order.id,
            store_id=order.store_id,
            before={"status": order.status.value},
            after={
                "status": "cancelled",
                "reason": reason,
                "stock": "released" if released else "wasted",
            },
        )
        return Moved(order.id, OrderStatus.CANCELLED, version, now)

    return ctx.transaction(work)


# --------------------------------------------------------------------------- payments


def record_payment(
    ctx: ServiceContext,
    session: StaffSession,
    order_id: int,
    tender: Tender,
    amount_cents: int,
    tendered_cents: int | None = None,
    bank_reference: str | None = None,
) -> PaymentSummary:
    """Take a payment. Cash may exceed what is due (change is given); meal vouchers give no
    change (the excess is lost to the customer, said in the result); online payments carry
    the bank's reference."""
    require(session, Permission.RECORD_PAYMENTS)
    validation.identifier(order_id, "order")
    if not isinstance(tender, Tender):
        raise ValidationError("input.id", field="tender")
    validation.amount(amount_cents)
    if tendered_cents is not None:
        if tender not in (Tender.CASH,):
            raise ValidationError("payment.tendered_only_cash")
        validation.amount(tendered_cents)
        if tendered_cents < amount_cents:
            raise ValidationError("payment.cash_short")
    if tender is Tender.ONLINE:
        if not isinstance(bank_reference, str) or not _BANK_REFERENCE.match(bank_reference):
            raise ValidationError("payment.reference")
    elif bank_reference is not None:
        raise ValidationError("input.id", field="bank_reference")

    def work(db: Session) -> PaymentSummary:
        now = utcnow()
        # Lock the order first, so two tills cannot both take the last euro due.
        locked = db.execute(
            update(_ORDERS)
            .where(_ORDERS.c.id == order_id)
            .values(version=_ORDERS.c.version + 1, updated_at=now)
        )
        if locked.rowcount != 1:
            raise NotFound("order.not_found")
        order = db.execute(
            select(Order.store_id, Order.status, Order.total_cents).where(Order.id == order_id)
        ).one()
        require(session, Permission.RECORD_PAYMENTS, order.store_id)
        if order.status is OrderStatus.CANCELLED:
            raise DomainError("order.closed")
        paid = db.execute(
            select(func.coalesce(func.sum(Payment.amount_cents), 0)).where(
                Payment.order_id == order_id
            )
        ).scalar_one()
        due = order.total_cents - int(paid)
        applied, excess, change = amount_cents, 0, 0
        if tender is Tender.MEAL_VOUCHER and amount_cents > due:
            applied, excess = due, amount_cents - due
        elif amount_cents > due:
            raise ValidationError("payment.exceeds_due", due=format_cents(max(due, 0)))
        if applied <= 0:
            raise ValidationError("payment.exceeds_due", due=format_cents(0))
        if tender is Tender.CASH and tendered_cents is not None:
            change = tendered_cents - applied
        db.execute(
            insert(_PAYMENTS).values(
                order_id=order_id,
                tender=tender.value,
                amount_cents=applied,
                tendered_cents=tendered_cents
                if tender is Tender.CASH
                else (amount_cents if excess else None),
                bank_reference=bank_reference,
                received_at=now,
                received_by_id=session.user_id,
            )
        )
        audit.record(
            db,
            session,
            "order.payment",
            "order",
            order_id,
            store_id=order.store_id,
            after={"tender": tender.value, "amount_cents": applied, "voucher_excess_cents": excess},
        )
        return PaymentSummary(order_id, order.total_cents, int(paid) + applied, change, excess)

    return ctx.transaction(work)


# --------------------------------------------------------------------------- read


READ_ORDER = (Permission.VIEW_ORDERS, Permission.WORK_KITCHEN, Permission.DELIVER)


def lines_of(db: Session, order_id: int) -> list[OrderLine]:
    """An order's lines in the order they were entered (detail, printed documents)."""
    return list(
        db.execute(
            select(OrderLine).where(OrderLine.order_id == order_id).order_by(OrderLine.position)
        ).scalars()
    )


def detail(ctx: ServiceContext, session: StaffSession, order_id: int) -> OrderDetail:
    """One order in full: lines, customisations, tenders, status history and audit."""
    require_any(session, READ_ORDER)

    def work(db: Session) -> OrderDetail:
        validation.identifier(order_id, "order")
        creator = aliased(User)
        row = db.execute(
            select(Order, Customer, CustomerAddress, creator.full_name)
            .outerjoin(Customer, Customer.id == Order.customer_id)
            .outerjoin(CustomerAddress, CustomerAddress.id == Order.address_id)
            .outerjoin(creator, creator.id == Order.created_by_id)
            .where(Order.id == order_id)
        ).first()
        if row is None:
            raise NotFound("order.not_found")
        order, customer, address, created_by = row
        require_store(session, order.store_id)
        lines = lines_of(db, order.id)
        payments = _with_names(db, Payment, Payment.received_by_id, Payment.order_id == order.id)
        changes = _with_names(
            db,
            OrderStatusChange,
            OrderStatusChange.changed_by_id,
            OrderStatusChange.order_id == order.id,
        )
        trail = _with_names(
            db,
            AuditEntry,
            AuditEntry.user_id,
            AuditEntry.entity == "order",
            AuditEntry.entity_id == str(order.id),
        )
        line_views = tuple(
            LineView(
                line.position,
                line.product_id,
                line.product_name,
                line.quantity,
                line.unit_price_cents,
                line.extras_cents,
                line.vat_rate_bp,
                line.line_total_cents,
                tuple(line.customisations or ()),
            )
            for line in lines
        )
        return OrderDetail(
            id=order.id,
            store_id=order.store_id,
            channel=order.channel,
            mode=order.mode,
            status=order.status,
            version=order.version,
            client_key=order.client_key,
            created_at=order.created_at,
            promised_at=order.promised_at,
            customer_id=order.customer_id,
            customer_name=None
            if customer is None
            else f"{customer.first_name} {customer.last_name}",
            address_id=order.address_id,
            address_text=None if address is None else _address_text(address),
            total_cents=order.total_cents,
            vat=tuple(vat_breakdown(_priced(line) for line in lines)),
            lines=line_views,
            planned_tenders=tuple(
                PlannedTender(Tender(p["tender"]), p["amount_cents"])
                for p in (order.planned_tenders or ())
            ),
            payments=tuple(
                PaymentView(
                    p.tender,
                    p.amount_cents,
                    p.tendered_cents,
                    p.bank_reference,
                    p.received_at,
                    name,
                )
                for p, name in payments
            ),
            history=(
                HistoryView(OrderStatus.RECEIVED, order.created_at, created_by),
                *(HistoryView(c.to_status, c.changed_at, name, c.reason) for c, name in changes),
            ),
            audit=tuple(AuditView(a.at, name, a.action, a.before, a.after) for a, name in trail),
            notes=order.notes,
            cancel_reason=order.cancel_reason,
        )

    return ctx.transaction(work)


def lines_by_order(db: Tx, order_ids: Sequence[int]) -> dict[int, list]:
    """The lines of a page of orders in one query: order id -> rows (product_id,
    product_name, quantity, customisations), in order. For queues, cards and lists."""
    lines: dict[int, list] = {order_id: [] for order_id in order_ids}
    if lines:
        for line in db.execute(
            select(
                OrderLine.order_id,
                OrderLine.product_id,
                OrderLine.product_name,
                OrderLine.quantity,
                OrderLine.customisations,
            )
            .where(OrderLine.order_id.in_(list(lines)))
            .order_by(OrderLine.order_id, OrderLine.position)
        ):
            lines[line.order_id].append(line)
    return lines


def _with_names(db: Session, entity, user_id_column, *where) -> list:
    """Rows of `entity` matching `where`, oldest first, each with the full name of its user."""
    user = aliased(User)
    return db.execute(
        select(entity, user.full_name)
        .outerjoin(user, user.id == user_id_column)
        .where(*where)
        .order_by(entity.id)
    ).all()


def _address_text(address: CustomerAddress) -> str:
    parts = [address.street, address.extra, f"{address.postcode} {address.city}"]
    return ", ".join(p for p in parts if p)
