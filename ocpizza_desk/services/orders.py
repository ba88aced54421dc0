"""Orders: place, modify, cancel, move along the lifecycle, take payments, read one.

The hot path, `place`, is five statements: the cart's catalogue snapshot (one UNION ALL), the
order, its lines (one multi-row insert), the stock (one conditional update for all its
ingredients) and the ledger (one multi-row insert); discounts add their rows. It is
idempotent on the client's key, with a fingerprint of the request: a submit retried after a
lost connection finds the order the first one created; the same key with another content is
refused, naming the order it saved.

Concurrent changes are settled by conditional updates (`WHERE status = … AND version = …`):
whoever comes second is told what happened (who moved, changed, paid or cancelled the order,
and when), read from what the other till committed, never from this transaction's snapshot.

Money: the amounts come from `domain.totals` (lines, discounts, VAT per rate); paying,
refunding and settling a modified or cancelled paid order are in `services/payments.py`.
The counter's whole form (customer, order, paid-now payments) is one use case in
`services/counter.py`, built on the in-transaction functions here (`place_in`, `modify_in`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from ocpizza_desk.db.models import (
    AuditEntry,
    Customer,
    CustomerAddress,
    KitchenChange,
    Order,
    OrderDiscount,
    OrderLine,
    OrderStatusChange,
    Payment,
    Refund,
    StockMovement,
    Store,
    Submission,
    User,
)
from ocpizza_desk.domain import formulas, kitchen_changes, lifecycle, opening, totals, validation
from ocpizza_desk.domain.clock import PARIS, paris_hhmm, utcnow
from ocpizza_desk.domain.enums import (
    Channel,
    DiscountKind,
    DiscountReason,
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
from ocpizza_desk.domain.fingerprint import fingerprint
from ocpizza_desk.domain.money import Amount
from ocpizza_desk.domain.permissions import Permission, TillRules
from ocpizza_desk.domain.pricing import BASIS_POINTS, VatLine, format_rate
from ocpizza_desk.domain.totals import AmountLine, Discount, Totals
from ocpizza_desk.services import audit, delivery_trips, journal, notices, payments, stock
from ocpizza_desk.services.auth import StaffSession, require, require_any, require_store
from ocpizza_desk.services.cart import CartLine, ResolvedCart, resolve
from ocpizza_desk.services.context import ServiceContext, Tx, core
from ocpizza_desk.services.payments import (
    Approval,
    Kept,
    PaymentRequest,
    RecordedPayment,
    RecordedRefund,
    RefundRequest,
)
from ocpizza_desk.services.settings import read_till_rules

_ORDERS = Order.__table__
_LINES = OrderLine.__table__
_HISTORY = OrderStatusChange.__table__
_DISCOUNTS = OrderDiscount.__table__
# Built once: constructing statements per order costs more than running them.
_ORDER_INSERT = insert(_ORDERS)
_LINES_INSERT = insert(_LINES)

STAFF_CHANNELS = (Channel.PHONE, Channel.COUNTER)
PLANNABLE_TENDERS = (Tender.CASH, Tender.CARD, Tender.MEAL_VOUCHER)
CLOCK_SKEW = timedelta(minutes=5)
MAX_PROMISE = timedelta(days=7)
MAX_DISCOUNTS = 10
_CLIENT_KEY = payments.CLIENT_KEY


# --------------------------------------------------------------------------- requests


@dataclass(frozen=True)
class PlannedTender:
    tender: Tender
    amount_cents: int


@dataclass(frozen=True, kw_only=True)
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
    discounts: tuple[Discount, ...] = ()


@dataclass(frozen=True, kw_only=True)
class OrderChange:
    """A modification of a received order: the new content, as a whole. When the order has
    been paid and now costs less, `refunds` say how the difference is given back."""

    lines: tuple[CartLine, ...]
    mode: OrderMode
    promised_at: datetime
    customer_id: int | None = None
    address_id: int | None = None
    planned_tenders: tuple[PlannedTender, ...] = ()
    notes: str | None = None
    discounts: tuple[Discount, ...] = ()
    refunds: tuple[RefundRequest, ...] = ()
    refund_reason: str | None = None
    # Required when the oven has started (a manager only): why the kitchen must change what
    # it is making; the kitchen's card shows what changed until acknowledged (issue 20).
    late_reason: str | None = None


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class PlacedOrder:
    order_id: int
    client_key: str
    store_id: int
    totals: Totals
    promised_at: datetime
    version: int
    replayed: bool = False  # the key had been placed before: nothing new was written
    refunds: tuple[RecordedRefund, ...] = ()

    @property
    def total_cents(self) -> int:
        return self.totals.total_cents

    @property
    def vat(self) -> tuple[VatLine, ...]:
        return self.totals.vat


@dataclass(frozen=True)
class Moved:
    order_id: int
    status: OrderStatus
    version: int
    at: datetime
    refunds: tuple[RecordedRefund, ...] = ()
    replayed: bool = False


@dataclass(frozen=True)
class PaymentSummary:
    order_id: int
    total_cents: int
    paid_cents: int
    change_cents: int = 0  # cash to hand back
    voucher_excess_cents: int = 0  # meal vouchers give no change: this much is not returned
    refunded_cents: int = 0
    replayed: bool = False  # the same payment had been recorded before: shown again

    @property
    def due_cents(self) -> int:
        return max(0, self.total_cents - self.paid_cents + self.refunded_cents)


@dataclass(frozen=True)
class LineView:
    position: int
    product_id: int
    product_name: str
    quantity: int
    unit_price_cents: int
    extras_cents: int
    vat_rate_bp: int
    total_cents: int  # before discounts
    customisations: tuple[dict, ...]
    discount_cents: int = 0
    size_id: int | None = None
    size_label: str = ""
    components: tuple[dict, ...] = ()  # the halves of a half-and-half
    formula_id: int | None = None  # one choice of a formula (domain/formulas.py)
    formula_name: str | None = None
    formula_group: int | None = None

    @property
    def net_cents(self) -> int:
        return self.total_cents - self.discount_cents

    @property
    def cart_line(self) -> CartLine:
        """The line as asked again (modifying the order)."""
        return asked_again(self)


def asked_again_all(lines: Sequence) -> tuple[CartLine, ...]:
    """Stored lines as they would be asked again, a formula's lines as one formula."""
    asked = []
    for group in formulas.grouped(lines, lambda ln: getattr(ln, "formula_group", None)):
        first = group[0]
        if getattr(first, "formula_id", None) is None:
            asked.append(asked_again(first))
        else:
            asked.append(
                CartLine.of_formula(
                    first.formula_id,
                    [(ln.product_id, ln.size_id) for ln in group],
                    first.quantity,
                    [_option_ids(ln) for ln in group],
                )
            )
    return tuple(asked)


def asked_again(line) -> CartLine:
    """A stored line as it would be asked again: its product, size, halves, options."""
    halves = line.components or ()
    half = halves[1] if len(halves) == 2 else None
    return CartLine(
        line.product_id,
        line.quantity,
        _option_ids(line),
        line.size_id,
        half["product_id"] if half else None,
        half["size_id"] if half else None,
    )


def _option_ids(line) -> tuple[int, ...]:
    return tuple(sorted(c["option_id"] for c in line.customisations or ()))


@dataclass(frozen=True)
class DiscountView:
    discount: Discount
    amount_cents: int
    granted_by: str | None


@dataclass(frozen=True)
class PaymentView:
    tender: Tender
    amount_cents: int
    tendered_cents: int | None
    bank_reference: str | None
    received_at: datetime
    received_by: str | None


@dataclass(frozen=True)
class RefundView:
    credit_note_number: int
    tender: Tender
    amount_cents: int
    bank_reference: str | None
    reason: str
    at: datetime
    by: str | None
    approved_by: str | None = None


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
    discounts: tuple[DiscountView, ...] = ()
    refunds: tuple[RefundView, ...] = ()
    # what the courier slip prints, on screen too
    door_code: str | None = None
    floor: str | None = None

    @property
    def paid_cents(self) -> int:
        return sum(p.amount_cents for p in self.payments)

    @property
    def refunded_cents(self) -> int:
        return sum(r.amount_cents for r in self.refunds)

    @property
    def kept_cents(self) -> int:
        return self.paid_cents - self.refunded_cents

    @property
    def discount_cents(self) -> int:
        return sum(line.discount_cents for line in self.lines)

    @property
    def totals(self) -> Totals:
        return totals.stored(
            ((ln.position, ln.total_cents, ln.discount_cents, ln.vat_rate_bp) for ln in self.lines),
            self.paid_cents,
            self.refunded_cents,
        )

    @property
    def due_cents(self) -> int:
        return (
            0
            if self.status is OrderStatus.CANCELLED
            else max(0, self.total_cents - self.kept_cents)
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


def check_content(
    mode: OrderMode,
    customer_id: int | None,
    address_id: int | None,
    promised_at: datetime,
    planned: Sequence[PlannedTender],
    notes: str | None,
    now: datetime,
    discounts: Sequence[Discount] = (),
    *,
    new_customer: bool = False,
    new_address: bool = False,
) -> str | None:
    """What can be refused before any statement. `new_customer`/`new_address`: the counter
    creates them in the same transaction, so their ids are not known yet."""
    if not isinstance(mode, OrderMode):
        raise ValidationError("input.id", field="mode")
    if customer_id is not None:
        validation.identifier(customer_id, "customer")
    has_customer = customer_id is not None or new_customer
    has_address = address_id is not None or new_address
    if address_id is not None:
        validation.identifier(address_id, "address")
    if has_address and not has_customer:
        raise ValidationError("order.address_required")
    if mode is OrderMode.DELIVERY and not (has_customer and has_address):
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
    if len(discounts) > MAX_DISCOUNTS:
        raise ValidationError("input.id", field="discount")
    for discount in discounts:
        if not isinstance(discount, Discount):
            raise ValidationError("input.id", field="discount")
        discount.check()
    return validation.text(notes, "notes", limit=300, required=False)


def _check_plan(planned: Sequence[PlannedTender], total: int) -> list[dict] | None:
    if sum(p.amount_cents for p in planned) > total:
        raise ValidationError("payment.plan")
    return [{"tender": p.tender.value, "amount_cents": p.amount_cents} for p in planned] or None


def _check_address(cart: ResolvedCart, customer_id: int | None, address_id: int | None) -> None:
    if address_id is not None and cart.address_customer_id != customer_id:
        raise ValidationError("customer.address_other")


def check_store_rules(
    db: Tx,
    cart: ResolvedCart,
    mode: OrderMode,
    promised_at: datetime,
    now: datetime,
    *,
    hours: bool = True,
    zone: bool = True,
) -> None:
    """The store's opening hours (closures, last orders) and, for a delivery, its zone:
    checked on what `resolve` read with the cart; refused with the next possible time, or
    with the stores that deliver to the address (one more query, on refusal only). An
    address not located yet is not refused (the dispatcher places its pin later)."""
    rules = cart.rules
    if rules is None:
        return
    if hours:
        verdict = rules.check(promised_at, now)
        if not verdict.ok:
            if verdict.next_possible is None:
                raise ValidationError("order.closed_long", field_key="promised_at")
            nxt = opening.paris_day_time(verdict.next_possible)
            params = {"next": nxt, "next_at": verdict.next_possible.isoformat()}
            if verdict.reason == "closed_day":
                day = promised_at.astimezone(PARIS).date()
                raise ValidationError(
                    "order.closed_day",
                    field_key="promised_at",
                    day=day.strftime("%d/%m/%Y"),
                    label=rules.closures.get(day, ""),
                    **params,
                )
            code = "order.last_order" if verdict.reason == "last_order" else "order.closed_hours"
            raise ValidationError(code, field_key="promised_at", **params)
    point = cart.address_point
    if zone and mode is OrderMode.DELIVERY and point is not None and not rules.zone.covers(point):
        stores = {
            row.id: row
            for row in db.execute(
                select(
                    Store.id,
                    Store.name,
                    Store.latitude,
                    Store.longitude,
                    Store.delivery_radius_m,
                ).where(Store.active)
            )
        }
        zones = [
            opening.Zone(r.id, r.latitude, r.longitude, r.delivery_radius_m)
            for r in stores.values()
        ]
        delivering = [i for i in opening.deliverers(zones, point) if i != rules.store_id]
        others = [stores[i].name for i in delivering]
        own = stores[rules.store_id].name if rules.store_id in stores else "?"
        if not others:
            raise ValidationError("order.out_of_zone_none", field_key="address", store=own)
        raise ValidationError(
            "order.out_of_zone",
            field_key="address",
            store=own,
            stores=", ".join(others[:3]),
            store_ids=delivering,
        )


def _stock_refusal(error: StockError, cart: ResolvedCart) -> StockError:
    """Name the products that the missing ingredients stop, for the counter to offer others."""
    if not error.shortages:
        return error
    short = {ingredient for ingredient, _ in error.shortages}
    products = sorted({line.product_name for line in cart.lines if short & set(line.unit_use)})
    return StockError(
        "stock.insufficient",
        shortages=error.shortages,
        products=", ".join(products) or "?",
        ingredients=error.params.get("ingredients", ""),
    )


def cart_totals(cart: ResolvedCart, discounts: Sequence[Discount]) -> Totals:
    in_formula = {line.position for line in cart.lines if line.formula_id is not None}
    if any(d.line in in_formula for d in discounts):  # its set price is its price
        raise ValidationError("cart.formula_discount")
    return totals.compute(
        [AmountLine(line.position, line.total_cents, line.vat_rate_bp) for line in cart.lines],
        discounts,
    )


def check_discount_limit(session: StaffSession, rules: TillRules, money: Totals) -> None:
    """The discounts of an order may not exceed the role's share of its gross."""
    if not money.discount_cents:
        return
    limit_bp = rules.discount_limit_bp(session.role)
    if not session.can(Permission.GIVE_DISCOUNTS):
        raise PermissionDenied("permission.denied")
    limit = money.gross_cents * limit_bp // BASIS_POINTS
    if money.discount_cents > limit:
        raise ValidationError(
            "discount.over_limit",
            amount=Amount(money.discount_cents),
            limit=Amount(limit),
            percent=format_rate(limit_bp),
            field_key="discount",
        )


# --------------------------------------------------------------------------- place


def place(ctx: ServiceContext, session: StaffSession, request: OrderRequest) -> PlacedOrder:
    """Place an order (no customer creation, no payment: the counter's whole form is
    `services.counter.submit`). A resend under the same key returns the first outcome."""
    store_id = _store(session, request.store_id)
    require(session, Permission.TAKE_ORDERS, store_id)
    now = utcnow()
    notes = check_order_request(request, now)
    digest = fingerprint(request)
    try:
        return ctx.core_transaction(
            lambda db: place_in(db, session, store_id, request, notes, digest, now)
        )
    except AlreadyPlaced:
        return replay_placed(ctx, session, request.client_key, digest)


def check_order_request(request: OrderRequest, now: datetime, **new) -> str | None:
    if request.channel not in STAFF_CHANNELS:
        raise ValidationError("order.channel")
    if not isinstance(request.client_key, str) or not _CLIENT_KEY.match(request.client_key):
        raise ValidationError("input.id", field="client_key")
    return check_content(
        request.mode,
        request.customer_id,
        request.address_id,
        request.promised_at,
        request.planned_tenders,
        request.notes,
        now,
        request.discounts,
        **new,
    )


class AlreadyPlaced(Exception):
    """The client key is taken: the order was placed by an earlier attempt."""


def place_in(
    db: Tx,
    session: StaffSession,
    store_id: int,
    request: OrderRequest,
    notes: str | None,
    digest: str,
    now: datetime,
    journal_entries: list[journal.Entry] | None = None,
) -> PlacedOrder:
    """The placing, inside the caller's transaction (five statements without discounts, and
    the journal's sale entry: appended here, or added to `journal_entries` for the caller to
    append with its own, in one statement)."""
    cart = resolve(db, store_id, request.lines, request.address_id, now)
    _check_address(cart, request.customer_id, request.address_id)
    check_store_rules(db, cart, request.mode, request.promised_at, now)
    money = cart_totals(cart, request.discounts)
    if request.discounts:
        check_discount_limit(session, read_till_rules(db), money)
    planned = _check_plan(request.planned_tenders, money.total_cents)
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
                    "request_hash": digest,
                    "total_cents": money.total_cents,
                    "discount_cents": money.discount_cents,
                    "planned_tenders": planned,
                    "notes": notes,
                },
            )
            .inserted_primary_key[0]
        )
    except IntegrityError as exc:
        if "client_key" in str(exc.orig):
            raise AlreadyPlaced from exc
        raise
    _insert_lines(db, order_id, cart, money)
    _insert_discounts(db, order_id, money, {}, session.user_id, now)
    try:  # the ledger's trigger moves the balances; their CHECK refuses an oversell
        stock.ledger(
            db,
            store_id,
            {i: -q for i, q in cart.consumption.items()},
            StockMovementKind.ORDER,
            now,
            user_id=session.user_id,
            order_id=order_id,
        )
    except StockError as exc:
        raise _stock_refusal(exc, cart) from exc
    if request.customer_id is not None:  # customer notice, sent later (services/notices)
        notices.queue_status(db, order_id, notices.ACCEPTED, now=now, new_order=True)
    sold = journal.sale(
        order_id,
        request.channel.value,
        request.mode.value,
        money,
        cart.lines,
        now,
        session.user_id,
    )
    if journal_entries is None:
        journal.append(db, store_id, [sold], now)
    else:
        journal_entries.append(sold)
    return PlacedOrder(order_id, request.client_key, store_id, money, request.promised_at, 1)


def replay_placed(
    ctx: ServiceContext, session: StaffSession, client_key: str, digest: str | None
) -> PlacedOrder:
    """The order an earlier attempt placed under this key; refused if its content differs."""
    found = ctx.transaction(lambda db: placed_by_key(db, session, client_key, digest))
    if found is None:  # the key was free after all (a failure other than the key)
        raise ConflictError("db.conflict")
    return found


def placed_by_key(
    db: Session, session: StaffSession, client_key: str, digest: str | None
) -> PlacedOrder | None:
    row = db.execute(
        select(
            Order.id,
            Order.store_id,
            Order.promised_at,
            Order.version,
            Order.request_hash,
        ).where(Order.client_key == client_key)
    ).first()
    if row is None:
        return None
    require(session, Permission.TAKE_ORDERS, row.store_id)
    if digest is not None and row.request_hash is not None and row.request_hash != digest:
        raise ValidationError("submission.key_reused", order=row.id)
    money = stored_totals(db, row.id)
    return PlacedOrder(
        row.id, client_key, row.store_id, money, row.promised_at, row.version, replayed=True
    )


def stored_totals(db: Tx, order_id: int, money: Kept | None = None) -> Totals:
    """An order's totals as stored (lines with their discounts), with what was paid."""
    rows = (
        core(db)
        .execute(
            select(
                _LINES.c.position,
                _LINES.c.line_total_cents,
                _LINES.c.discount_cents,
                _LINES.c.vat_rate_bp,
            )
            .where(_LINES.c.order_id == order_id)
            .order_by(_LINES.c.position)
        )
        .all()
    )
    paid = refunded = 0
    if money is not None:
        paid, refunded = money.paid_cents, money.refunded_cents
    return totals.stored(rows, paid, refunded)


def _insert_lines(db: Tx, order_id: int, cart: ResolvedCart, money: Totals) -> None:
    discount = {line.position: line.discount_cents for line in money.lines}
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
                "discount_cents": discount[line.position],
                "customisations": line.snapshot(),
                "size_id": line.size_id,
                "size_label": line.size_label,
                "components": list(line.components) if line.components else None,
                "formula_id": line.formula_id,
                "formula_name": line.formula_name,
                "formula_group": line.formula_group,
            }
            for line in cart.lines
        ],
    )


def _discount_key(discount: Discount) -> tuple:
    """Comparable and sortable: the order's discounts (no line) sort first."""
    line = -1 if discount.line is None else discount.line
    return (line, discount.kind.value, discount.value, discount.reason.value)


def _insert_discounts(
    db: Tx,
    order_id: int,
    money: Totals,
    granted_before: dict[tuple, int | None],
    user_id: int,
    now: datetime,
) -> None:
    """One row per discount; one kept through a modification keeps who granted it."""
    if not money.discounts:
        return
    core(db).execute(
        insert(_DISCOUNTS),
        [
            {
                "order_id": order_id,
                "line_position": applied.discount.line,
                "kind": applied.discount.kind.value,
                "value": applied.discount.value,
                "amount_cents": applied.amount_cents,
                "reason": applied.discount.reason.value,
                "granted_by_id": granted_before.get(_discount_key(applied.discount), user_id),
                "created_at": now,
            }
            for applied in money.discounts
        ],
    )


def discounts_of(db: Tx, order_id: int) -> list[tuple[Discount, int, int | None]]:
    """(discount as given, amount it took off, who granted it), in the order given."""
    rows = (
        core(db)
        .execute(
            select(
                _DISCOUNTS.c.line_position,
                _DISCOUNTS.c.kind,
                _DISCOUNTS.c.value,
                _DISCOUNTS.c.reason,
                _DISCOUNTS.c.amount_cents,
                _DISCOUNTS.c.granted_by_id,
            )
            .where(_DISCOUNTS.c.order_id == order_id)
            .order_by(_DISCOUNTS.c.id)
        )
        .all()
    )
    return [
        (Discount(DiscountKind(kind), value, DiscountReason(reason), line), amount, by)
        for line, kind, value, reason, amount, by in rows
    ]


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
        raise _Overtaken
    return version + 1


def approval_needed(
    ctx: ServiceContext,
    session: StaffSession,
    refunds: Sequence[RefundRequest],
    approval: Approval | None,
    store_id: int | None = None,
) -> int | None:
    """Who approves these refunds: None when the user may refund that much alone, else the
    manager whose username and password were typed (checked like a sign-in, outside the
    use case's transaction). DomainError when an approval is needed and missing or wrong."""
    amount = sum(r.amount_cents for r in refunds)
    if not amount or session.can(Permission.APPROVE_REFUNDS):
        return None
    rules = ctx.transaction(read_till_rules)
    if amount <= rules.refund_approval_above_cents:
        return None
    if approval is None:
        raise PermissionDenied(
            "refund.approval_needed", limit=Amount(rules.refund_approval_above_cents)
        )
    from ocpizza_desk.services.auth import approver

    store = session.store_id if store_id is None else store_id  # the order is in the user's
    return approver(ctx, approval.username, approval.password, Permission.APPROVE_REFUNDS, store)


def modify(
    ctx: ServiceContext,
    session: StaffSession,
    order_id: int,
    change: OrderChange,
    expected_version: int | None = None,
    *,
    approval: Approval | None = None,
) -> PlacedOrder:
    """Change a received order; only the stock difference is reserved or released; a paid
    order that now costs less is settled by the refunds the change carries. An order in
    preparation: a manager only, with `change.late_reason`; the kitchen is shown what
    changed (`kitchen_changes`)."""
    require(session, Permission.MODIFY_ORDERS)
    now = utcnow()
    notes = check_change(change, now)
    approved_by = approval_needed(ctx, session, change.refunds, approval)
    try:
        return ctx.transaction(
            lambda db: modify_in(
                db, session, order_id, change, notes, expected_version, approved_by, now
            )
        )
    except _Overtaken:
        raise what_happened(ctx, order_id) from None


def check_change(change: OrderChange, now: datetime, **new) -> str | None:
    notes = check_content(
        change.mode,
        change.customer_id,
        change.address_id,
        change.promised_at,
        change.planned_tenders,
        change.notes,
        now,
        change.discounts,
        **new,
    )
    payments.check_refunds(change.refunds, change.refund_reason)
    check_late_reason(change.late_reason, required=False)
    return notes


def check_late_reason(reason: str | None, *, required: bool = True) -> str | None:
    """The reason of a change after the oven started, trimmed (ValidationError if missing
    when required, too short or too long)."""
    if not (reason or "").strip():
        if required:
            raise ValidationError("order.modify_started_reason", field_key="reason")
        return None
    return validation.text(
        reason,
        "reason",
        limit=kitchen_changes.REASON_MAX,
        minimum=kitchen_changes.REASON_MIN,
    )


def _late_reason(session: StaffSession, order: Order, reason: str | None) -> str:
    """May this user change this order now that the oven has started, and why."""
    if not session.can(Permission.MODIFY_STARTED_ORDERS):
        raise PermissionDenied(
            "order.modify_started_manager", status=lifecycle.STATUS_NAMES[order.status]
        )
    require(session, Permission.MODIFY_STARTED_ORDERS, order.store_id)
    cleaned = check_late_reason(reason)
    assert cleaned is not None
    return cleaned


def _unacknowledged_change(db: Session, order_id: int) -> bool:
    return (
        db.execute(
            select(KitchenChange.id)
            .where(KitchenChange.order_id == order_id, KitchenChange.acknowledged_at.is_(None))
            .limit(1)
        ).first()
        is not None
    )


def _kitchen_lines(db: Session, order_id: int) -> list[kitchen_changes.KitchenLine]:
    rows = db.execute(
        select(OrderLine.product_id, OrderLine.product_name, OrderLine.quantity)
        .add_columns(OrderLine.customisations)
        .where(OrderLine.order_id == order_id)
        .order_by(OrderLine.position)
    ).all()
    return [
        kitchen_changes.KitchenLine(p, n, q, tuple(c["label"] for c in (custom or ())))
        for p, n, q, custom in rows
    ]


def check_late_change(
    ctx: ServiceContext, session: StaffSession, order_id: int, reason: str | None
) -> str:
    """Asked before the manager's form opens: may this user change this order after the oven
    started, with this reason? Returns the reason as it will be recorded; nothing written."""
    require(session, Permission.MODIFY_ORDERS)

    def work(db: Session) -> str:
        order = _load(db, session, order_id)
        if order.status not in lifecycle.MODIFIABLE_AFTER_START:
            raise _happened(db, order.id)
        return _late_reason(session, order, reason)

    return ctx.transaction(work)


def modify_in(
    db: Session,
    session: StaffSession,
    order_id: int,
    change: OrderChange,
    notes: str | None,
    expected_version: int | None,
    approved_by: int | None,
    now: datetime,
    journal_entries: list[journal.Entry] | None = None,
) -> PlacedOrder:
    """The modification, inside the caller's transaction; its journal entries (the
    modification and its refunds) appended here or added to `journal_entries`."""
    order = _load(db, session, order_id)
    late = order.status in lifecycle.MODIFIABLE_AFTER_START
    if order.status not in lifecycle.MODIFIABLE and not late:
        raise _happened(db, order.id)
    if expected_version is not None and order.version != expected_version:
        raise _happened(db, order.id)
    late_reason = _late_reason(session, order, change.late_reason) if late else None
    kitchen_before = _kitchen_lines(db, order.id) if late else []
    old_status, old_notes, old_promised, old_mode = (
        order.status,
        order.notes,
        order.promised_at,
        order.mode.value,
    )
    before = _summary(db, order)
    cart = resolve(db, order.store_id, change.lines, change.address_id, now)
    _check_address(cart, change.customer_id, change.address_id)
    # An order kept at its time and address is not refused for the hours or zone it was
    # accepted with (a drink added after last orders); a new time or address is checked.
    check_store_rules(
        db,
        cart,
        change.mode,
        change.promised_at,
        now,
        hours=change.promised_at != order.promised_at,
        zone=change.address_id != order.address_id or change.mode != order.mode,
    )
    money = cart_totals(cart, change.discounts)
    previous = discounts_of(db, order.id)
    granted = {_discount_key(d): by for d, _amount, by in previous}
    if sorted(map(_discount_key, change.discounts)) != sorted(granted):
        check_discount_limit(session, read_till_rules(db), money)
    planned = _check_plan(change.planned_tenders, money.total_cents)
    # The new content is journalled before the order changes: on MariaDB a trigger refuses
    # a total that no journalled sale or modification states (per-staff accounts).
    old_money = stored_totals(db, order.id)
    journal.append(
        db,
        order.store_id,
        [journal.modification(order.id, old_money, money, cart.lines, now, session.user_id)],
        now,
    )
    version = _bump(
        db,
        order,
        now,
        expected_version,
        (old_status,),  # still received, or still in preparation for a late change
        mode=change.mode.value,
        customer_id=change.customer_id,
        address_id=change.address_id,
        promised_at=change.promised_at,
        total_cents=money.total_cents,
        discount_cents=money.discount_cents,
        planned_tenders=planned,
        notes=notes,
    )
    # The order row is locked now: no payment can slip in between this read and the refunds.
    kept = payments.kept(db, order.id)
    old_money = old_money.settled(kept.paid_cents, kept.refunded_cents)
    payments.settle(change.refunds, kept, money.total_cents)
    refunds = payments.insert_refunds(
        db,
        session,
        order.id,
        order.store_id,
        change.refunds,
        # Stored as checked (trimmed), on both ways in: modify() and the counter's submit.
        payments.check_refunds(change.refunds, change.refund_reason) or "",
        approved_by,
        old_money,
        money,
        now,
    )
    db.execute(delete(_LINES).where(_LINES.c.order_id == order.id))
    _insert_lines(db, order.id, cart, money)
    if previous:
        db.execute(delete(_DISCOUNTS).where(_DISCOUNTS.c.order_id == order.id))
    _insert_discounts(db, order.id, money, granted, session.user_id, now)
    held = _reserved(db, order.id)
    difference = {
        i: held.get(i, 0) - cart.consumption.get(i, 0) for i in set(held) | set(cart.consumption)
    }
    try:  # taken and given back in one statement, in ingredient order (no deadlock)
        stock.ledger(
            db,
            order.store_id,
            difference,
            lambda d: StockMovementKind.ORDER if d < 0 else StockMovementKind.CANCELLATION,
            now,
            user_id=session.user_id,
            order_id=order.id,
            reason="modification",
        )
    except StockError as exc:
        raise _stock_refusal(exc, cart) from exc
    after = {
        "total_cents": money.total_cents,
        "discount_cents": money.discount_cents,
        "mode": change.mode.value,
        "promised_at": change.promised_at.isoformat(),
        "lines": [
            [line.product_id, line.quantity, [o.option_id for o in line.options]]
            for line in cart.lines
        ],
        "address_changed": change.address_id != order.address_id,
    }
    if refunds:
        after["refunds"] = [[r.credit_note_number, r.tender.value, r.amount_cents] for r in refunds]
        after["approved_by"] = approved_by
    if late_reason is not None:
        items = kitchen_changes.diff(
            kitchen_before,
            [
                kitchen_changes.KitchenLine(
                    line.product_id,
                    line.product_name,
                    line.quantity,
                    tuple(o.label for o in line.options),
                )
                for line in cart.lines
            ],
            notes_before=old_notes,
            notes_after=notes,
            promised_before=old_promised,
            promised_after=change.promised_at,
            mode_before=old_mode,
            mode_after=change.mode.value,
        )
        after["late_reason"] = late_reason
        after["status"] = old_status.value
        if items:  # something the kitchen makes changed: its card shows it
            db.execute(
                insert(KitchenChange.__table__).values(
                    order_id=order.id,
                    order_version=version,
                    changed_at=now,
                    changed_by_id=session.user_id,
                    reason=late_reason,
                    items=items,
                )
            )
            after["kitchen"] = items
    entries = refund_entries(order.id, refunds, now, session.user_id, approved_by)
    if journal_entries is None:
        journal.append(db, order.store_id, entries, now)
    else:
        journal_entries.extend(entries)
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
        money.settled(kept.paid_cents, kept.refunded_cents + sum(r.amount_cents for r in refunds)),
        change.promised_at,
        version,
        refunds=tuple(refunds),
    )


def refund_entries(
    order_id: int,
    refunds: Sequence[RecordedRefund],
    now: datetime,
    user_id: int | None,
    approved_by: int | None,
) -> list[journal.Entry]:
    return [
        journal.refund(
            order_id,
            r.credit_note_number,
            r.tender.value,
            r.amount_cents,
            r.vat,
            now,
            user_id,
            approved_by,
        )
        for r in refunds
    ]


def payment_entries(
    order_id: int, applied: Sequence[tuple[PaymentRequest, RecordedPayment]], now, user_id
) -> list[journal.Entry]:
    return [
        journal.payment(
            order_id,
            request.client_key,
            recorded.tender.value,
            recorded.amount_cents,
            recorded.tendered_cents,
            now,
            user_id,
        )
        for request, recorded in applied
    ]


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


# --------------------------------------------------------------------------- what happened


class _Overtaken(Exception):
    """A conditional update found the order changed: say what happened, from a new read."""


def _name(who: str | None) -> dict[str, str] | str:
    return who if who else audit.SOMEONE


def _happened(db: Session, order_id: int) -> ConflictError:
    """What another till (or the website) last did to the order, read in `db`: the latest
    status change, modification or payment, naming who and when. Call it in a transaction
    that started after that change was committed (a new one, or one whose first read was
    the order)."""
    changer = aliased(User)
    change = db.execute(
        select(OrderStatusChange.to_status, OrderStatusChange.changed_at, changer.full_name)
        .outerjoin(changer, changer.id == OrderStatusChange.changed_by_id)
        .where(OrderStatusChange.order_id == order_id)
        .order_by(OrderStatusChange.id.desc())
        .limit(1)
    ).first()
    author = aliased(User)
    edit = db.execute(
        select(AuditEntry.action, AuditEntry.at, author.full_name)
        .outerjoin(author, author.id == AuditEntry.user_id)
        .where(
            AuditEntry.entity == "order",
            AuditEntry.entity_id == str(order_id),
            AuditEntry.action.in_(("order.modify", "order.payment")),
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    payer = aliased(User)
    paid = db.execute(
        select(Payment.received_at, payer.full_name)
        .outerjoin(payer, payer.id == Payment.received_by_id)
        .where(Payment.order_id == order_id)
        .order_by(Payment.id.desc())
        .limit(1)
    ).first()
    events = []
    if change is not None:
        status, at, who = change
        code = "order.cancelled_by" if status is OrderStatus.CANCELLED else "order.taken"
        events.append((at, code, who, status))
    if edit is not None:
        action, at, who = edit
        events.append(
            (at, "order.modified_by" if action == "order.modify" else "order.paid_by", who, None)
        )
    if paid is not None:
        events.append((paid[0], "order.paid_by", paid[1], None))
    if not events:
        return ConflictError("order.changed")
    at, code, who, status = max(events, key=lambda event: event[0])
    params = {"who": _name(who), "at": paris_hhmm(at)}
    if code == "order.taken":
        params["status"] = lifecycle.STATUS_NAMES[status]
    return ConflictError(code, **params)


def what_happened(ctx: ServiceContext, order_id: int) -> ConflictError:
    """The same, in a new transaction: sees the other till's committed change."""
    return ctx.transaction(lambda db: _happened(db, order_id))


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
    (two pizzaiolos pressing "start" together) the second is told who did it and when.
    """
    if target is OrderStatus.CANCELLED:
        raise ValidationError("input.id", field="status")
    require_any(session, ADVANCING)

    def work(db: Session) -> Moved:
        order = _load(db, session, order_id)
        if seen_status is not None and order.status is not seen_status:
            raise _Overtaken
        if order.status is OrderStatus.CANCELLED:
            raise _Overtaken
        step = lifecycle.transition(order.status, target, order.mode)
        require(session, step.permission, order.store_id)
        if target is OrderStatus.READY and _unacknowledged_change(db, order.id):
            # A manager changed it after the oven started (perhaps after this screen's last
            # read): the pizzaiolo sees what changed before the order leaves the kitchen.
            raise ConflictError("order.change_unacknowledged", order=order.id)
        now = utcnow()
        version = _bump(db, order, now, None, [order.status], status=target.value)
        _history(db, session, [order.id], order.status, target, now)
        if target is OrderStatus.OUT_FOR_DELIVERY:  # customer notice (services/notices)
            notices.queue_status(db, order.id, notices.OUT_FOR_DELIVERY, now=now)
        return Moved(order.id, target, version, now)

    try:
        return ctx.transaction(work)
    except _Overtaken:
        raise what_happened(ctx, order_id) from None


def undo(
    ctx: ServiceContext,
    session: StaffSession,
    order_id: int,
    status: OrderStatus,
    version: int | None,
    reason: str | None = None,
    window: timedelta = timedelta(seconds=lifecycle.UNDO_SECONDS),
) -> Moved:
    """Take back the last tap on an order (a kitchen's start or ready, a driver's "out for
    delivery" or delivered): the order goes back to the status before it. "Out for delivery"
    is the trip's departure: every stop of the trip goes back to ready and the trip is at the
    store again (refused once one of its stops is delivered).

    `status` and `version` are what the tap returned (`Moved`): if anything changed the
    order since (another PC, another tap), the undo is refused, nothing written. Without a
    version (a stop delivered returns its trip), the order's last move must be that tap. The one who
    tapped undoes it within `window` with the reason "annulé par l'utilisateur"; after it, or
    for someone else's tap, only a manager can, with `reason`. Recorded in the order's
    history and the audit log."""
    validation.identifier(order_id, "order")
    require_any(session, ADVANCING)

    def work(db: Session) -> Moved:
        order = _load(db, session, order_id)
        last = db.execute(
            select(_HISTORY.c.from_status, _HISTORY.c.to_status)
            .add_columns(_HISTORY.c.changed_by_id, _HISTORY.c.changed_at)
            .where(_HISTORY.c.order_id == order_id)
            .order_by(_HISTORY.c.changed_at.desc(), _HISTORY.c.id.desc())
            .limit(1)
        ).first()
        if (version is not None and order.version != version) or order.status is not status:
            raise DomainError("order.undo_changed")
        if last is None or OrderStatus(last.to_status) is not status:
            raise DomainError("order.undo_changed")
        source = OrderStatus(last.from_status)
        if (source, status) not in lifecycle.REVERSIBLE:
            raise DomainError("order.undo_not_allowed")
        step = lifecycle.transition(source, status, order.mode)
        now = utcnow()
        changed_at = last.changed_at
        if changed_at.tzinfo is None:  # SQLite's read back without its zone: UTC
            changed_at = changed_at.replace(tzinfo=now.tzinfo)
        own = last.changed_by_id == session.user_id and now - changed_at <= window
        if own:
            require(session, step.permission, order.store_id)
            why = lifecycle.UNDO_REASON
        else:
            if not session.can(Permission.CANCEL_STARTED_ORDERS):
                raise PermissionDenied("order.undo_manager")
            require(session, Permission.CANCEL_STARTED_ORDERS, order.store_id)
            if not (reason or "").strip():
                raise ValidationError("order.undo_reason")
            why = validation.text(reason, "reason", limit=200, minimum=3)
        # "Out for delivery" sent the whole trip: taking it back brings every stop back.
        companions = _departed_with(db, order) if status is OrderStatus.OUT_FOR_DELIVERY else []
        new_version = _bump(db, order, now, version, [status], status=source.value)
        for other in companions:
            _bump(db, other, now, None, [status], status=source.value)
        for undone in (order, *companions):
            _history(db, session, [undone.id], status, source, now, reason=why)
            audit.record(
                db,
                session,
                "order.undo",
                "order",
                undone.id,
                before={"status": status.value},
                after={"status": source.value, "reason": why},
                store_id=undone.store_id,
            )
        if status is OrderStatus.DELIVERED:
            delivery_trips.order_undelivered(db, order.id)
        elif status is OrderStatus.OUT_FOR_DELIVERY:
            delivery_trips.order_undeparted(db, order.id)
            # "On its way" not sent yet is no longer true; the next departure tells it anew.
            notices.withdraw(
                db, [order.id, *(c.id for c in companions)], notices.OUT_FOR_DELIVERY, now=now
            )
        return Moved(order.id, source, new_version, now)

    try:
        return ctx.transaction(work)
    except _Overtaken:
        raise DomainError("order.undo_changed") from None


def _departed_with(db: Session, order: Order) -> list[Order]:
    """The other orders the same "out for delivery" tap sent (the order's trip), each still
    out with that tap as its last move; a stop delivered since refuses the undo."""
    others = []
    for order_id in delivery_trips.trip_companions(db, order.id):
        other = db.get(Order, order_id)
        if other is None or other.status is OrderStatus.CANCELLED:
            continue
        if other.status is OrderStatus.DELIVERED:
            raise DomainError("order.undo_trip_delivered")
        last = db.execute(
            select(_HISTORY.c.from_status, _HISTORY.c.to_status)
            .where(_HISTORY.c.order_id == other.id)
            .order_by(_HISTORY.c.changed_at.desc(), _HISTORY.c.id.desc())
            .limit(1)
        ).first()
        if other.status is not OrderStatus.OUT_FOR_DELIVERY or last is None or (
            OrderStatus(last.from_status),
            OrderStatus(last.to_status),
        ) != (OrderStatus.READY, OrderStatus.OUT_FOR_DELIVERY):
            raise DomainError("order.undo_changed")
        others.append(other)
    return others


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
    reason: str | None = None,
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
                "reason": reason,
            }
            for order_id in order_ids
        ],
    )


ADVANCING = tuple(
    {t.permission for t in lifecycle.TRANSITIONS if t.target is not OrderStatus.CANCELLED}
)


# --------------------------------------------------------------------------- submissions


_SUBMISSIONS = Submission.__table__


def submission_by_key(
    db: Tx, client_key: str, *, wait: bool = False
) -> tuple[int, str, str, int] | None:
    """(order id, kind, request hash, version it produced) of a change sent under this key.
    `wait`: a locking read (the lookup after a lost reply waits for an attempt still open on
    the server); not inside a use case that then inserts, where shared gap locks deadlock."""
    query = select(
        _SUBMISSIONS.c.order_id,
        _SUBMISSIONS.c.kind,
        _SUBMISSIONS.c.request_hash,
        _SUBMISSIONS.c.version,
    ).where(_SUBMISSIONS.c.client_key == client_key)
    if wait:
        query = query.with_for_update(read=True)
    row = core(db).execute(query).first()
    return None if row is None else tuple(row)


def record_submission(
    db: Tx,
    session: StaffSession,
    client_key: str,
    order_id: int,
    kind: str,
    digest: str,
    version: int,
    now: datetime,
) -> None:
    core(db).execute(
        insert(_SUBMISSIONS).values(
            client_key=client_key,
            order_id=order_id,
            kind=kind,
            request_hash=digest,
            version=version,
            created_at=now,
            created_by_id=session.user_id,
        )
    )


def replayed_submission(
    db: Tx, client_key: str, kind: str, order_id: int, digest: str, *, wait: bool = False
) -> int | None:
    """The version an earlier attempt of this very change produced; None if it was never
    saved. ValidationError when the key saved something else."""
    found = submission_by_key(db, client_key, wait=wait)
    if found is None:
        return None
    saved_order, saved_kind, saved_hash, version = found
    if (saved_order, saved_kind, saved_hash) != (order_id, kind, digest):
        raise ValidationError("submission.key_reused", order=saved_order)
    return version


# --------------------------------------------------------------------------- cancel


@dataclass(frozen=True)
class _Cancellation:
    """What a cancellation sends, for its fingerprint."""

    order_id: int
    reason: str | None
    expected_version: int | None
    refunds: tuple[RefundRequest, ...]


def cancel(
    ctx: ServiceContext,
    session: StaffSession,
    order_id: int,
    reason: str | None = None,
    expected_version: int | None = None,
    *,
    client_key: str | None = None,
    refunds: Sequence[RefundRequest] = (),
    approval: Approval | None = None,
) -> Moved:
    """Cancel: a received order gives its stock back; later, a manager cancels with a reason
    and what was made is written off as waste. A paid order is settled: `refunds` give back
    exactly what the store kept, in the same transaction. With a `client_key`, a resend
    after a lost reply returns the first outcome instead of a refusal."""
    require_any(session, (Permission.CANCEL_RECEIVED_ORDERS, Permission.CANCEL_STARTED_ORDERS))
    reason = validation.text(reason, "reason", limit=200, required=False, minimum=3)
    refunds = tuple(refunds)
    if client_key is not None:
        payments.check_key(client_key)
    if refunds:
        payments.check_refunds(refunds, reason)
    digest = fingerprint(_Cancellation(order_id, reason, expected_version, refunds))
    approved_by = approval_needed(ctx, session, refunds, approval)

    def work(db: Session) -> Moved:
        order = _load(db, session, order_id)
        if client_key is not None:
            version = replayed_submission(db, client_key, "cancel", order.id, digest)
            if version is not None:
                return Moved(
                    order.id,
                    OrderStatus.CANCELLED,
                    version,
                    order.updated_at,
                    tuple(r for r in payments.refunds_of(db, order.id)),
                    replayed=True,
                )
        if order.status is OrderStatus.CANCELLED:
            raise _happened(db, order.id)
        if expected_version is not None and order.version != expected_version:
            raise _happened(db, order.id)
        step = lifecycle.transition(order.status, OrderStatus.CANCELLED, order.mode)
        if not session.can(step.permission):
            raise PermissionDenied(
                "order.cancel_manager" if step.needs_reason else "permission.denied"
            )
        if step.needs_reason and not reason:
            raise ValidationError("order.reason_required")
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
        kept = payments.kept(db, order.id)  # the order row is locked: no payment slips in
        old_money = stored_totals(db, order.id, kept)
        payments.settle(refunds, kept, 0)
        recorded = payments.insert_refunds(
            db,
            session,
            order.id,
            order.store_id,
            refunds,
            reason or "",
            approved_by,
            old_money,
            old_money.cancelled(),
            now,
        )
        _history(db, session, [order.id], order.status, OrderStatus.CANCELLED, now, reason=reason)
        if order.mode is OrderMode.DELIVERY:  # it leaves its delivery trip, if it had one
            delivery_trips.order_cancelled(db, order.id, now)
        released = order.status in lifecycle.STOCK_RELEASED_ON_CANCEL
        # The reservation ends either way (the stock comes back); food already made is then
        # written off as waste (it goes out again).
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
        after = {
            "status": "cancelled",
            "reason": reason,
            "stock": "released" if released else "wasted",
        }
        if recorded:
            after["refunds"] = [
                [r.credit_note_number, r.tender.value, r.amount_cents] for r in recorded
            ]
            after["approved_by"] = approved_by
        journal.append(
            db,
            order.store_id,
            [
                journal.cancellation(order.id, old_money, order.status.value, now, session.user_id),
                *refund_entries(order.id, recorded, now, session.user_id, approved_by),
            ],
            now,
        )
        audit.record(
            db,
            session,
            "order.cancel",
            "order",
            order.id,
            store_id=order.store_id,
            before={"status": order.status.value},
            after=after,
        )
        if client_key is not None:
            record_submission(db, session, client_key, order.id, "cancel", digest, version, now)
        return Moved(order.id, OrderStatus.CANCELLED, version, now, tuple(recorded))

    try:
        return ctx.transaction(work)
    except _Overtaken:
        raise what_happened(ctx, order_id) from None


# --------------------------------------------------------------------------- payments


def record_payment(
    ctx: ServiceContext,
    session: StaffSession,
    order_id: int,
    tender: Tender,
    amount_cents: int,
    tendered_cents: int | None = None,
    bank_reference: str | None = None,
    *,
    client_key: str | None = None,
) -> PaymentSummary:
    """Take a payment on an existing order, exact-once on its `client_key` (the till makes
    one per payment and keeps it across resends; without one, a new key is made and a resend
    cannot be recognised). Cash may exceed what is due (change is given); meal vouchers give
    no change (the excess is lost to the customer, said in the result); online payments
    carry the bank's reference."""
    require(session, Permission.RECORD_PAYMENTS)
    validation.identifier(order_id, "order")
    if client_key is None:
        import uuid

        client_key = uuid.uuid4().hex
    request = PaymentRequest(
        client_key=client_key,
        tender=tender,
        amount_cents=amount_cents,
        tendered_cents=tendered_cents,
        bank_reference=bank_reference,
    )
    payments.check_payment(request)

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
        money = payments.kept(db, order_id)
        earlier = payments.recorded_payments(db, order_id, [client_key]).get(client_key)
        if earlier is not None:  # a resend: nothing new, the first outcome again
            if not payments.same_payment(request, earlier):
                raise payments.key_reused(earlier)
            raise _Replayed(
                PaymentSummary(
                    order_id,
                    order.total_cents,
                    money.paid_cents,
                    earlier.change_cents,
                    earlier.voucher_excess_cents,
                    money.refunded_cents,
                    replayed=True,
                )
            )
        if order.status is OrderStatus.CANCELLED:
            raise DomainError("order.closed")
        due = order.total_cents - money.kept_cents
        [(_, recorded)] = payments.apply_payments([request], due)
        payments.insert_payments(db, session, order_id, [(request, recorded)], now)
        journal.append(
            db,
            order.store_id,
            payment_entries(order_id, [(request, recorded)], now, session.user_id),
            now,
        )
        audit.record(
            db,
            session,
            "order.payment",
            "order",
            order_id,
            store_id=order.store_id,
            after={
                "tender": tender.value,
                "amount_cents": recorded.amount_cents,
                "voucher_excess_cents": recorded.voucher_excess_cents,
            },
        )
        return PaymentSummary(
            order_id,
            order.total_cents,
            money.paid_cents + recorded.amount_cents,
            recorded.change_cents,
            recorded.voucher_excess_cents,
            money.refunded_cents,
        )

    try:
        return ctx.transaction(work)
    except _Replayed as replay:  # the transaction only bumped the version: rolled back
        return replay.summary


class _Replayed(Exception):
    """Leaves the transaction (rolling back its lock) with the earlier outcome."""

    def __init__(self, summary: PaymentSummary) -> None:
        super().__init__()
        self.summary = summary


def payment_outcome(
    ctx: ServiceContext, session: StaffSession, order_id: int, client_key: str
) -> RecordedPayment | None:
    """Whether a payment sent under this key was recorded (after a lost reply)."""
    require(session, Permission.RECORD_PAYMENTS)
    validation.identifier(order_id, "order")
    payments.check_key(client_key)

    def work(db: Session) -> RecordedPayment | None:
        store_id = db.execute(select(Order.store_id).where(Order.id == order_id)).scalar()
        if store_id is None:
            raise NotFound("order.not_found")
        require_store(session, store_id)
        found = payments.recorded_payments(db, order_id, [client_key], wait=True)
        return found.get(client_key)

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
        paid = _with_names(db, Payment, Payment.received_by_id, Payment.order_id == order.id)
        approver = aliased(User)
        refunded = db.execute(
            select(Refund, User.full_name, approver.full_name)
            .outerjoin(User, User.id == Refund.refunded_by_id)
            .outerjoin(approver, approver.id == Refund.approved_by_id)
            .where(Refund.order_id == order.id)
            .order_by(Refund.id)
        ).all()
        granter = aliased(User)
        discounts = db.execute(
            select(OrderDiscount, granter.full_name)
            .outerjoin(granter, granter.id == OrderDiscount.granted_by_id)
            .where(OrderDiscount.order_id == order.id)
            .order_by(OrderDiscount.id)
        ).all()
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
                line.discount_cents,
                line.size_id,
                line.size_label,
                tuple(line.components or ()),
                line.formula_id,
                line.formula_name,
                line.formula_group,
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
            door_code=None if address is None else address.door_code,
            floor=None if address is None else address.floor,
            total_cents=order.total_cents,
            vat=totals.stored(
                (ln.position, ln.line_total_cents, ln.discount_cents, ln.vat_rate_bp)
                for ln in lines
            ).vat,
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
                for p, name in paid
            ),
            history=(
                HistoryView(OrderStatus.RECEIVED, order.created_at, created_by),
                *(HistoryView(c.to_status, c.changed_at, name, c.reason) for c, name in changes),
            ),
            audit=tuple(AuditView(a.at, name, a.action, a.before, a.after) for a, name in trail),
            notes=order.notes,
            cancel_reason=order.cancel_reason,
            discounts=tuple(
                DiscountView(
                    Discount(d.kind, d.value, d.reason, d.line_position), d.amount_cents, name
                )
                for d, name in discounts
            ),
            refunds=tuple(
                RefundView(
                    r.credit_note_number,
                    r.tender,
                    r.amount_cents,
                    r.bank_reference,
                    r.reason,
                    r.created_at,
                    by,
                    approved,
                )
                for r, by, approved in refunded
            ),
        )

    return ctx.transaction(work)


def lines_by_order(db: Tx, order_ids: Sequence[int]) -> dict[int, list]:
    """The lines of a page of orders in one query: order id -> rows (product_id,
    product_name, quantity, customisations, size_id, components), in order. For queues,
    cards and lists."""
    lines: dict[int, list] = {order_id: [] for order_id in order_ids}
    if lines:
        for line in db.execute(
            select(
                OrderLine.order_id,
                OrderLine.product_id,
                OrderLine.product_name,
                OrderLine.quantity,
                OrderLine.customisations,
                OrderLine.size_id,
                OrderLine.components,
                OrderLine.formula_id,
                OrderLine.formula_name,
                OrderLine.formula_group,
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
