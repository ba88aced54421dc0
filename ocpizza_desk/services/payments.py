"""Money in and out of an order, exact-once: payments, refunds (credit notes), settlements.

Used inside the transactions of `services/counter.py` (paid now, refunds of a modification)
and `services/orders.py` (a payment taken later, a cancellation's refunds). Every payment and
refund carries a client key made by the till before the first attempt, unique per order: the
same payment resent after a lost reply is found (and its change shown again), never recorded
twice; the same key with another amount or tender is refused.

Settlement rule: what the store keeps for an order (paid less refunded) may never exceed what
the order costs. A modification or cancellation that would leave more must say how the rest
is given back, to the cent; the refunds are recorded in the same transaction, each with the
store's next credit-note number and the VAT it gives back (`domain.totals.refund_vat`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, insert, literal, select, union_all

from ocpizza_desk.db.models import Order, Payment, Refund
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.enums import Tender
from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.domain.money import Amount
from ocpizza_desk.domain.pricing import VatLine
from ocpizza_desk.domain.texts import Text
from ocpizza_desk.domain.totals import Totals, refund_vat
from ocpizza_desk.services import sequences
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.context import Tx, core

_PAYMENTS = Payment.__table__
_REFUNDS = Refund.__table__
_PAYMENTS_INSERT = insert(_PAYMENTS)
CLIENT_KEY = re.compile(r"^[0-9A-Za-z-]{8,36}$")
BANK_REFERENCE = re.compile(r"^[0-9A-Za-z_-]{4,64}$")
def cash_taken(user, since, until=None, *, store_id: int | None = None):
    """Cash this person took at the doors from `since` (and before `until`): a scalar
    subquery, correlated when given columns (one per driver shift in a single read)."""
    query = select(func.coalesce(func.sum(Payment.amount_cents), 0)).where(
        Payment.received_by_id == user,
        Payment.tender == Tender.CASH.value,
        Payment.received_at >= since,
    )
    if until is not None:
        query = query.where(Payment.received_at < until)
    if store_id is not None:
        query = query.join(Order, Order.id == Payment.order_id).where(Order.store_id == store_id)
    return query.scalar_subquery()


def kept_subquery():
    """What the store keeps for the order (payments less refunds), correlated to `orders`."""
    paid = (
        select(func.coalesce(func.sum(Payment.amount_cents), 0))
        .where(Payment.order_id == Order.id)
        .correlate(Order)
        .scalar_subquery()
    )
    refunded = (
        select(func.coalesce(func.sum(Refund.amount_cents), 0))
        .where(Refund.order_id == Order.id)
        .correlate(Order)
        .scalar_subquery()
    )
    return paid - refunded


REFERENCED = (Tender.CARD, Tender.ONLINE)  # the bank's reference is required for a refund

TENDER_NAMES: dict[Tender, Text] = {
    Tender.CASH: Text("Tender", "cash"),
    Tender.CARD: Text("Tender", "card"),
    Tender.MEAL_VOUCHER: Text("Tender", "meal vouchers"),
    Tender.ONLINE: Text("Tender", "online payment"),
}


# --------------------------------------------------------------------------- requests


@dataclass(frozen=True, kw_only=True)
class PaymentRequest:
    """One payment as typed at the till. Cash may be more than the amount (change is given);
    meal vouchers give no change (the excess is lost, said in the result); online payments
    carry the bank's reference."""

    client_key: str
    tender: Tender
    amount_cents: int
    tendered_cents: int | None = None
    bank_reference: str | None = None


@dataclass(frozen=True, kw_only=True)
class RefundRequest:
    """Money given back: card and online refunds carry the bank's reference."""

    client_key: str
    tender: Tender
    amount_cents: int
    bank_reference: str | None = None


@dataclass(frozen=True, kw_only=True)
class Approval:
    """A manager's username and password typed at the till to approve a large refund."""

    username: str
    password: str = field(repr=False)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class RecordedPayment:
    client_key: str | None
    tender: Tender
    amount_cents: int  # applied to the order
    tendered_cents: int | None
    change_cents: int = 0  # cash handed back
    voucher_excess_cents: int = 0  # meal vouchers above what was due: not returned


@dataclass(frozen=True)
class RecordedRefund:
    client_key: str
    credit_note_number: int
    tender: Tender
    amount_cents: int
    bank_reference: str | None
    reason: str
    vat: tuple[VatLine, ...]
    at: datetime


@dataclass(frozen=True)
class Kept:
    """An order's money: paid and refunded in all and by tender."""

    paid_cents: int = 0
    refunded_cents: int = 0
    paid_by: Counter = field(default_factory=Counter)
    refunded_by: Counter = field(default_factory=Counter)

    @property
    def kept_cents(self) -> int:
        return self.paid_cents - self.refunded_cents


# --------------------------------------------------------------------------- checks


def check_key(key: object) -> str:
    if not isinstance(key, str) or not CLIENT_KEY.match(key):
        raise ValidationError("input.id", field="client_key")
    return key


def _amount(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value < 0:
        raise ValidationError("payment.negative", field_key="amount")
    return validation.amount(value)


def check_payment(request: PaymentRequest) -> None:
    check_key(request.client_key)
    if not isinstance(request.tender, Tender):
        raise ValidationError("input.id", field="tender")
    _amount(request.amount_cents)
    if request.tendered_cents is not None:
        if request.tender is not Tender.CASH:
            raise ValidationError("payment.tendered_only_cash")
        _amount(request.tendered_cents)
        if request.tendered_cents < request.amount_cents:
            raise ValidationError("payment.cash_short")
    if request.tender is Tender.ONLINE:
        if not isinstance(request.bank_reference, str) or not BANK_REFERENCE.match(
            request.bank_reference
        ):
            raise ValidationError("payment.reference")
    elif request.bank_reference is not None:
        raise ValidationError("input.id", field="bank_reference")


def check_refunds(refunds: Sequence[RefundRequest], reason: str | None) -> str | None:
    """The refunds as typed, and their reason (required when there are any)."""
    keys = [check_key(r.client_key) for r in refunds]
    if len(set(keys)) != len(keys):
        raise ValidationError("input.id", field="client_key")
    for refund in refunds:
        if not isinstance(refund.tender, Tender):
            raise ValidationError("input.id", field="tender")
        _amount(refund.amount_cents)
        if refund.tender in REFERENCED:
            if not isinstance(refund.bank_reference, str) or not BANK_REFERENCE.match(
                refund.bank_reference
            ):
                raise ValidationError("refund.reference", field_key="reference")
        elif refund.bank_reference is not None:
            raise ValidationError("input.id", field="bank_reference")
    if not refunds:
        return None
    cleaned = validation.text(reason, "reason", limit=200, required=False, minimum=3)
    if not cleaned:
        raise ValidationError("refund.reason_required", field_key="reason")
    return cleaned


def check_payments(payments: Sequence[PaymentRequest]) -> None:
    keys = [p.client_key for p in payments]
    for payment in payments:
        check_payment(payment)
    if len(set(keys)) != len(keys):
        raise ValidationError("input.id", field="client_key")


# --------------------------------------------------------------------------- reads


def kept(db: Tx, order_id: int) -> Kept:
    """Paid and refunded by tender, in one statement. Call it after locking the order row."""
    rows = (
        core(db)
        .execute(
            union_all(
                select(literal("p"), _PAYMENTS.c.tender, func.sum(_PAYMENTS.c.amount_cents))
                .where(_PAYMENTS.c.order_id == order_id)
                .group_by(_PAYMENTS.c.tender),
                select(literal("r"), _REFUNDS.c.tender, func.sum(_REFUNDS.c.amount_cents))
                .where(_REFUNDS.c.order_id == order_id)
                .group_by(_REFUNDS.c.tender),
            )
        )
        .all()
    )
    paid_by, refunded_by = Counter(), Counter()
    for kind, tender, total in rows:
        (paid_by if kind == "p" else refunded_by)[Tender(tender)] += int(total)
    return Kept(sum(paid_by.values()), sum(refunded_by.values()), paid_by, refunded_by)


def recorded_payments(
    db: Tx, order_id: int, keys: Sequence[str], *, wait: bool = False
) -> dict[str, RecordedPayment]:
    """The payments of an order with these client keys, as they were recorded. `wait`: a
    locking read, which waits for an attempt still open on the server (after a lost reply)."""
    if not keys:
        return {}
    query = select(
        _PAYMENTS.c.client_key,
        _PAYMENTS.c.tender,
        _PAYMENTS.c.amount_cents,
        _PAYMENTS.c.tendered_cents,
    ).where(_PAYMENTS.c.order_id == order_id, _PAYMENTS.c.client_key.in_(list(keys)))
    if wait:
        query = query.with_for_update(read=True)
    rows = core(db).execute(query).all()
    return {row.client_key: _recorded(row) for row in rows}


def _recorded(row) -> RecordedPayment:
    tender = Tender(row.tender)
    change = excess = 0
    if row.tendered_cents is not None:
        if tender is Tender.CASH:
            change = row.tendered_cents - row.amount_cents
        else:  # meal vouchers handed over above what was due
            excess = row.tendered_cents - row.amount_cents
    return RecordedPayment(
        row.client_key, tender, row.amount_cents, row.tendered_cents, change, excess
    )


def same_payment(request: PaymentRequest, recorded: RecordedPayment) -> bool:
    """A resend of the same payment (what the till sent, compared with what was applied)."""
    if request.tender is not recorded.tender:
        return False
    if request.tender is Tender.MEAL_VOUCHER and recorded.voucher_excess_cents:
        return request.amount_cents == recorded.tendered_cents
    if request.amount_cents != recorded.amount_cents:
        return False
    return request.tender is not Tender.CASH or request.tendered_cents == recorded.tendered_cents


def key_reused(recorded: RecordedPayment) -> ValidationError:
    return ValidationError(
        "payment.key_reused",
        tender=TENDER_NAMES[recorded.tender],
        amount=Amount(recorded.amount_cents),
    )


def refunds_of(db: Tx, order_id: int) -> list[RecordedRefund]:
    rows = (
        core(db)
        .execute(select(_REFUNDS).where(_REFUNDS.c.order_id == order_id).order_by(_REFUNDS.c.id))
        .all()
    )
    return [
        RecordedRefund(
            row.client_key,
            row.credit_note_number,
            Tender(row.tender),
            row.amount_cents,
            row.bank_reference,
            row.reason,
            tuple(VatLine(**v) for v in row.vat),
            row.created_at,
        )
        for row in rows
    ]


# --------------------------------------------------------------------------- writes


def apply_payments(
    requests: Sequence[PaymentRequest], due_cents: int
) -> list[tuple[PaymentRequest, RecordedPayment]]:
    """What each payment applies to an order still owing `due_cents`, in order: ValidationError
    for a payment above what is due (meal vouchers: the excess is kept, said in the result)."""
    applied = []
    due = due_cents
    for request in requests:
        amount, excess, change = request.amount_cents, 0, 0
        if request.tender is Tender.MEAL_VOUCHER and amount > due:
            amount, excess = due, request.amount_cents - due
        elif amount > due:
            raise ValidationError(
                "payment.exceeds_due",
                due=Amount(max(due, 0)),
            )
        if amount <= 0:
            raise ValidationError("payment.exceeds_due", due=Amount(0))
        tendered = request.tendered_cents if request.tender is Tender.CASH else None
        if request.tender is Tender.CASH and tendered is not None:
            change = tendered - amount
        if excess:
            tendered = request.amount_cents
        due -= amount
        applied.append(
            (
                request,
                RecordedPayment(
                    request.client_key, request.tender, amount, tendered, change, excess
                ),
            )
        )
    return applied


def insert_payments(
    db: Tx,
    session: StaffSession,
    order_id: int,
    applied: Sequence[tuple[PaymentRequest, RecordedPayment]],
    now: datetime,
) -> None:
    """One multi-row insert. The (order, client key) unique index refuses a double."""
    if not applied:
        return
    core(db).execute(
        _PAYMENTS_INSERT,
        [
            {
                "order_id": order_id,
                "tender": recorded.tender.value,
                "amount_cents": recorded.amount_cents,
                "tendered_cents": recorded.tendered_cents,
                "bank_reference": request.bank_reference,
                "received_at": now,
                "received_by_id": session.user_id,
                "client_key": request.client_key,
            }
            for request, recorded in applied
        ],
    )


def settle(refunds: Sequence[RefundRequest], money: Kept, total_cents: int) -> int:
    """Check that the refunds give back exactly what the store would keep above the order's
    (new) total, no tender more than it took. Returns the amount given back."""
    excess = max(0, money.kept_cents - total_cents)
    given = sum(r.amount_cents for r in refunds)

    if excess and not refunds:
        raise ValidationError(
            "settlement.refund_required",
            kept=Amount(money.kept_cents),
            total=Amount(total_cents),
            amount=Amount(excess),
        )
    if given != excess:
        raise ValidationError(
            "settlement.refund_mismatch", amount=Amount(excess), given=Amount(given)
        )
    by_tender: Counter = Counter()
    for refund in refunds:
        by_tender[refund.tender] += refund.amount_cents
    for tender, amount in by_tender.items():
        if tender is Tender.CASH:
            continue  # cash is given back from the drawer, whatever paid
        available = money.paid_by[tender] - money.refunded_by[tender]
        if amount > available:
            raise ValidationError(
                "refund.tender_too_much",
                tender=TENDER_NAMES[tender],
                paid=Amount(max(0, available)),
            )
    return given


def insert_refunds(
    db: Tx,
    session: StaffSession,
    order_id: int,
    store_id: int,
    refunds: Sequence[RefundRequest],
    reason: str,
    approved_by: int | None,
    before: Totals,
    after: Totals,
    now: datetime,
) -> list[RecordedRefund]:
    """Each refund with the store's next credit-note number and the VAT it gives back."""
    recorded = []
    for refund in refunds:
        number = sequences.next_number(db, store_id, sequences.CREDIT_NOTE)
        vat = refund_vat(refund.amount_cents, before, after)
        core(db).execute(
            insert(_REFUNDS).values(
                order_id=order_id,
                store_id=store_id,
                client_key=refund.client_key,
                credit_note_number=number,
                tender=refund.tender.value,
                amount_cents=refund.amount_cents,
                bank_reference=refund.bank_reference,
                reason=reason,
                vat=[
                    {
                        "rate_bp": v.rate_bp,
                        "base_cents": v.base_cents,
                        "vat_cents": v.vat_cents,
                        "total_cents": v.total_cents,
                    }
                    for v in vat
                ],
                created_at=now,
                refunded_by_id=session.user_id,
                approved_by_id=approved_by,
            )
        )
        recorded.append(
            RecordedRefund(
                refund.client_key,
                number,
                refund.tender,
                refund.amount_cents,
                refund.bank_reference,
                reason,
                vat,
                now,
            )
        )
    return recorded
