"""What the printed documents of an order need, read in one transaction.

The kitchen ticket, the courier slip and the customer receipt are printed from the same
`OrderDocument`, so the three always agree (same lines, same amount due) and printing never
reads the database twice. A credit note (avoir) is printed from a `CreditNoteDocument`: one
refund of the order, with its number in the store's sequence. The GUI turns them into paper
(`gui/printing.py`); nothing here knows about Qt.

Money comes from `domain.totals`, as the counter and the reports take it: each line's gross
and discount as stored, the total to pay (the sum of the nets), the VAT per rate on the net
(`totals.stored(...).vat`), so a receipt, a screen and a report never disagree. The discounts
are printed as they were given (`order_discounts`); the refunds with their credit-note
numbers; what is still due is total - paid + refunded.

Who may print: the same roles that may read an order (`orders.READ_ORDER`: counter and
managers through VIEW_ORDERS, pizzaiolos through WORK_KITCHEN, drivers through DELIVER), each
only for their own store. A pizzaiolo has no VIEW_ORDERS, and must still print the ticket of
the order in front of them; a driver must print the slip of the delivery they take.

The chain's legal mentions (printed on receipts) are the `app_settings` row "legal". A database
without it gets `DEMO_LEGAL`, flagged `placeholder` so that the receipt says so: those values
belong to the demo chain, not to a real company.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import null, select
from sqlalchemy.orm import Session, aliased

from ocpizza_desk.db import accounts
from ocpizza_desk.db.models import (
    AppSetting,
    AuditEntry,
    Customer,
    CustomerAddress,
    JournalEntry,
    Order,
    OrderDiscount,
    OrderLine,
    Payment,
    Refund,
    Store,
    User,
)
from ocpizza_desk.db.setting_keys import LEGAL_KEY
from ocpizza_desk.domain import formulas, totals, validation
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import (
    Channel,
    CustomisationKind,
    DiscountKind,
    DiscountReason,
    LocationSource,
    OrderMode,
    OrderStatus,
    Tender,
)
from ocpizza_desk.domain.errors import NotFound
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.pricing import VatLine
from ocpizza_desk.domain.texts import Text
from ocpizza_desk.domain.totals import Totals
from ocpizza_desk.services import audit, journal
from ocpizza_desk.services.auth import StaffSession, require_any, require_store
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.orders import READ_ORDER, PlannedTender, lines_of

log = logging.getLogger(__name__)
_JOURNAL = JournalEntry.__table__
_AUDIT = AuditEntry.__table__


# The demo chain's mentions: invented values (the SIREN is well-formed, the company is not
# real). The demo seed writes them as the "legal" setting; a real chain writes its own.
DEMO_LEGAL: dict = {
    "company_name": "OC Pizza",
    "legal_form": "SAS",
    "share_capital_cents": 1_500_000,
    "registered_office": "12 rue de la Roquette, 75011 Paris",
    "siret": "912 345 675 00009",
    "rcs": "RCS Paris 912 345 675",
    "vat_number": "FR65 912345675",
}


@dataclass(frozen=True)
class LegalMentions:
    company_name: str
    legal_form: str
    share_capital_cents: int | None
    registered_office: str
    siret: str
    rcs: str
    vat_number: str
    placeholder: bool = False  # the setting is missing: these are the demo chain's values

    @classmethod
    def from_setting(cls, value: dict | None) -> LegalMentions:
        """A missing key prints nothing, rather than a demo value on a real receipt."""
        source = DEMO_LEGAL if value is None else value

        def text(key: str) -> str:
            return str(source.get(key) or "").strip()

        capital = source.get("share_capital_cents")
        return cls(
            company_name=text("company_name"),
            legal_form=text("legal_form"),
            share_capital_cents=capital if isinstance(capital, int) else None,
            registered_office=text("registered_office"),
            siret=text("siret"),
            rcs=text("rcs"),
            vat_number=text("vat_number"),
            placeholder=value is None,
        )


@dataclass(frozen=True)
class StoreInfo:
    name: str
    street: str
    postcode: str
    city: str
    phone_e164: str


@dataclass(frozen=True)
class Customisation:
    kind: CustomisationKind
    label: str
    price_cents: int  # per unit; 0 for a removal


@dataclass(frozen=True)
class DocumentLine:
    quantity: int
    product_name: str
    unit_price_cents: int
    extras_cents: int  # per unit
    vat_rate_bp: int
    total_cents: int  # gross: quantity x (unit price + extras), before any discount
    customisations: tuple[Customisation, ...]
    position: int = 0
    discount_cents: int = 0  # its own discount and its share of the order's

    @property
    def net_cents(self) -> int:
        return self.total_cents - self.discount_cents


@dataclass(frozen=True)
class DiscountLine:
    """A discount as given: on the line at `line` (its position) or on the whole order
    (None). `reason` None: an amount the lines carry that no discount row explains (an order
    written by another application), printed so that the receipt still adds up."""

    line: int | None
    kind: DiscountKind
    value: int  # cents, or basis points for a percentage
    reason: DiscountReason | None
    amount_cents: int  # what it took off


@dataclass(frozen=True)
class PaymentLine:
    tender: Tender
    amount_cents: int
    tendered_cents: int | None  # cash handed over, when more than the amount
    received_at: datetime

    @property
    def change_cents(self) -> int:
        return 0 if self.tendered_cents is None else self.tendered_cents - self.amount_cents


@dataclass(frozen=True)
class RefundLine:
    credit_note_number: int
    tender: Tender
    amount_cents: int
    bank_reference: str | None
    created_at: datetime


@dataclass(frozen=True)
class DeliveryInfo:
    """Where the courier goes; None fields were not given."""

    street: str
    extra: str | None  # building, staircase
    postcode: str
    city: str
    door_code: str | None
    floor: str | None
    notes: str | None
    approximate: bool = False  # located by its postcode only (the slip says "approximatif")


@dataclass(frozen=True)
class FiscalMark:
    """What a receipt or a credit note carries from the store's sales journal (article 286
    I-3° bis CGI): the order's ticket number in the store's gapless sequence, a short
    fingerprint of the journal entry the paper shows (the order's last sale, modification or
    cancellation; the credit note's refund), and whether this print is a duplicate (the same
    paper printed before: "DUPLICATA", itself journalled)."""

    ticket_number: int | None  # None: an order the journal never saw (imported history)
    fingerprint: str | None
    duplicate: bool


@dataclass(frozen=True)
class OrderDocument:
    order_id: int
    store: StoreInfo
    legal: LegalMentions
    channel: Channel
    mode: OrderMode
    status: OrderStatus
    created_at: datetime  # UTC, shown in Paris time
    promised_at: datetime
    printed_at: datetime
    lines: tuple[DocumentLine, ...]
    totals: Totals  # the lines' gross and discount as stored: total, VAT per rate
    payments: tuple[PaymentLine, ...]
    planned_tenders: tuple[PlannedTender, ...]
    notes: str | None
    customer_name: str | None
    customer_phone_e164: str | None
    delivery: DeliveryInfo | None  # None for a take-away
    discounts: tuple[DiscountLine, ...] = ()  # in the order they were given
    refunds: tuple[RefundLine, ...] = ()
    mark: FiscalMark | None = None  # a receipt's (receipt_to_print); None on other papers

    @property
    def total_cents(self) -> int:
        """What the customer pays, VAT included, discounts off (a cancelled order's total
        stays what it was)."""
        return self.totals.total_cents

    @property
    def vat(self) -> tuple[VatLine, ...]:
        return self.totals.vat

    @property
    def excluding_vat_cents(self) -> int:
        return self.totals.excluding_vat_cents

    @property
    def gross_cents(self) -> int:
        return self.totals.gross_cents

    @property
    def discount_cents(self) -> int:
        return self.totals.discount_cents

    def line_discounts(self, position: int) -> tuple[DiscountLine, ...]:
        return tuple(d for d in self.discounts if d.line == position)

    @property
    def order_discounts(self) -> tuple[DiscountLine, ...]:
        return tuple(d for d in self.discounts if d.line is None)

    @property
    def subtotal_cents(self) -> int:
        """The lines after their own discounts, before the order's."""
        return self.total_cents + sum(d.amount_cents for d in self.order_discounts)

    @property
    def paid_cents(self) -> int:
        return sum(p.amount_cents for p in self.payments)

    @property
    def refunded_cents(self) -> int:
        return sum(r.amount_cents for r in self.refunds)

    @property
    def kept_cents(self) -> int:
        """Paid less given back: what the store holds for this order."""
        return self.paid_cents - self.refunded_cents

    @property
    def due_cents(self) -> int:
        """What is still to be collected (total - paid + refunded): nothing for a cancelled
        order."""
        if self.status is OrderStatus.CANCELLED:
            return 0
        return max(0, self.total_cents - self.kept_cents)

    @property
    def pending_tenders(self) -> tuple[PlannedTender, ...]:
        """The planned tenders not paid yet (a tender's payments settle its plan first): what
        the driver should expect at the door."""
        paid = Counter()
        for payment in self.payments:
            paid[payment.tender] += payment.amount_cents
        pending = []
        for plan in self.planned_tenders:
            settled = min(plan.amount_cents, paid[plan.tender])
            paid[plan.tender] -= settled
            if plan.amount_cents > settled:
                pending.append(PlannedTender(plan.tender, plan.amount_cents - settled))
        return tuple(pending)


@dataclass(frozen=True)
class CreditNoteDocument:
    """One refund printed as a credit note (avoir): its number in the store's sequence, the
    order it corrects, the money given back and the VAT it gives back per rate (as stored
    with the refund, `refunds.vat`)."""

    credit_note_number: int
    store: StoreInfo
    legal: LegalMentions
    order_id: int
    order_created_at: datetime  # the order the credit note refers to, UTC
    order_total_cents: int  # what the order costs now (a cancelled order: as it was)
    order_status: OrderStatus
    created_at: datetime  # when the money was given back, UTC
    printed_at: datetime
    reason: str
    tender: Tender
    amount_cents: int
    bank_reference: str | None  # card and online refunds
    vat: tuple[VatLine, ...]
    refunded_by: str | None
    approved_by: str | None  # a manager, when the amount needed one
    mark: FiscalMark | None = None  # set by credit_note_to_print

    @property
    def excluding_vat_cents(self) -> int:
        return sum(v.base_cents for v in self.vat)

    @property
    def vat_cents(self) -> int:
        return sum(v.vat_cents for v in self.vat)


# --------------------------------------------------------------------------- reads


def ticket_data(ctx: ServiceContext, session: StaffSession, order_id: int) -> OrderDocument:
    """Everything the kitchen ticket, courier slip and receipt print, in one transaction."""
    require_any(session, READ_ORDER)
    validation.identifier(order_id, "order")

    return ctx.transaction(lambda db: _order_document(db, session, order_id)[0])


def _order_document(db: Session, session: StaffSession, order_id: int) -> tuple[OrderDocument, int]:
    """The order's document and its store's id. A pizzaiolo's kitchen ticket names no
    customer, and their database account may not read customers: not joined for them."""
    if any(session.can(p) for p in READS_CUSTOMERS):
        query = (
            select(Order, Store, Customer, CustomerAddress)
            .outerjoin(Customer, Customer.id == Order.customer_id)
            .outerjoin(CustomerAddress, CustomerAddress.id == Order.address_id)
        )
    else:
        query = select(Order, Store, null(), null())
    row = db.execute(
        query.join(Store, Store.id == Order.store_id).where(Order.id == order_id)
    ).first()
    if row is None:
        raise NotFound("order.not_found")
    order, store, customer, address = row
    require_store(session, order.store_id)
    lines = lines_of(db, order.id)
    payments = (
        db.execute(select(Payment).where(Payment.order_id == order.id).order_by(Payment.id))
        .scalars()
        .all()
    )
    discounts = (
        db.execute(
            select(OrderDiscount)
            .where(OrderDiscount.order_id == order.id)
            .order_by(OrderDiscount.id)
        )
        .scalars()
        .all()
    )
    refunds = (
        db.execute(select(Refund).where(Refund.order_id == order.id).order_by(Refund.id))
        .scalars()
        .all()
    )
    document = _document(
        order, store, customer, address, lines, payments, discounts, refunds, _legal(db)
    )
    return document, order.store_id


def credit_note_data(
    ctx: ServiceContext, session: StaffSession, order_id: int, credit_note_number: int
) -> CreditNoteDocument:
    """One credit note of an order, by its number (the store's sequence), in one
    transaction; the same roles and stores may print it as may print the order's receipt."""
    require_any(session, READ_ORDER)
    validation.identifier(order_id, "order")
    validation.identifier(credit_note_number, "credit_note")

    return ctx.transaction(
        lambda db: _credit_note_document(db, session, order_id, credit_note_number)[0]
    )


def _credit_note_document(
    db: Session, session: StaffSession, order_id: int, credit_note_number: int
) -> tuple[CreditNoteDocument, int]:
    """The credit note and its store's id."""
    order = db.execute(
        select(Order.id, Order.store_id, Order.created_at, Order.status).where(Order.id == order_id)
    ).first()
    if order is None:
        raise NotFound("order.not_found")
    require_store(session, order.store_id)
    approver = aliased(User)
    row = db.execute(
        select(Refund, Store, User.full_name, approver.full_name)
        .join(Store, Store.id == Refund.store_id)
        .outerjoin(User, User.id == Refund.refunded_by_id)
        .outerjoin(approver, approver.id == Refund.approved_by_id)
        .where(Refund.order_id == order.id, Refund.credit_note_number == credit_note_number)
    ).first()
    if row is None:
        raise NotFound(
            "not_found",
            what=Text(
                "ErrorDetail",
                "credit note No. {number} of order No. {order}",
                number=credit_note_number,
                order=order.id,
            ),
        )
    refund, store, refunded_by, approved_by = row
    money = _stored_totals(lines_of(db, order.id))
    return CreditNoteDocument(
        credit_note_number=refund.credit_note_number,
        store=_store(store),
        legal=_legal(db),
        order_id=order.id,
        order_created_at=order.created_at,
        order_total_cents=money.total_cents,
        order_status=OrderStatus(order.status),
        created_at=refund.created_at,
        printed_at=utcnow(),
        reason=refund.reason,
        tender=Tender(refund.tender),
        amount_cents=refund.amount_cents,
        bank_reference=refund.bank_reference,
        vat=tuple(
            VatLine(
                int(v["rate_bp"]),
                int(v["base_cents"]),
                int(v["vat_cents"]),
                int(v["total_cents"]),
            )
            for v in sorted(refund.vat or (), key=lambda v: v["rate_bp"])
        ),
        refunded_by=refunded_by,
        approved_by=approved_by,
    ), store.id


# --------------------------------------------------------------------------- money papers

# Who may read customers: the permissions whose database grants include SELECT on them (the
# matrix in db/accounts.py decides; a role without them would be refused by the server).
READS_CUSTOMERS = tuple(
    permission
    for permission, grants in accounts.GRANTS.items()
    if any(g.table == "customers" and g.privilege == accounts.SEL for g in grants)
)

# Who may print a receipt or a credit note: those who handle the order's money. A print
# writes (the audit trail, and the journal for a duplicate): the submit lane.
MONEY_PAPER = (Permission.VIEW_ORDERS, Permission.DELIVER)
PRINT_ACTION = "document.print"
RECEIPT = "receipt"
CREDIT_NOTE = "credit_note"
_SHOWN_BY_RECEIPT = (journal.SALE, journal.MODIFICATION, journal.CANCELLATION)


def receipt_to_print(ctx: ServiceContext, session: StaffSession, order_id: int) -> OrderDocument:
    """The customer receipt with its ticket number and fingerprint; printed before (the same
    version of the order), it is a duplicate, journalled as such."""
    require_any(session, MONEY_PAPER)
    validation.identifier(order_id, "order")

    def work(db: Session) -> OrderDocument:
        _one_print_at_a_time(db, order_id)
        document, store_id = _order_document(db, session, order_id)
        shown = db.execute(
            select(_JOURNAL.c.hash)
            .where(
                _JOURNAL.c.store_id == store_id,
                _JOURNAL.c.order_id == order_id,
                _JOURNAL.c.kind.in_(_SHOWN_BY_RECEIPT),
            )
            .order_by(_JOURNAL.c.sequence.desc())
            .limit(1)
        ).scalar()
        mark = _printed(db, session, store_id, order_id, RECEIPT, None, shown)
        return replace(document, mark=mark)

    return ctx.transaction(work)


def credit_note_to_print(
    ctx: ServiceContext, session: StaffSession, order_id: int, credit_note_number: int
) -> CreditNoteDocument:
    """A credit note with the order's ticket number and its refund's fingerprint; printed
    before, a duplicate, journalled as such."""
    require_any(session, MONEY_PAPER)
    validation.identifier(order_id, "order")
    validation.identifier(credit_note_number, "credit_note")

    def work(db: Session) -> CreditNoteDocument:
        _one_print_at_a_time(db, order_id)
        note, store_id = _credit_note_document(db, session, order_id, credit_note_number)
        reference = journal.credit_note_reference(credit_note_number)
        shown = db.execute(
            select(_JOURNAL.c.hash).where(
                _JOURNAL.c.store_id == store_id,
                _JOURNAL.c.kind == journal.REFUND,
                _JOURNAL.c.reference == reference,
            )
        ).scalar()
        mark = _printed(db, session, store_id, order_id, CREDIT_NOTE, reference, shown)
        return replace(note, mark=mark)

    return ctx.transaction(work)


def _one_print_at_a_time(db: Session, order_id: int) -> None:
    """Two PCs printing the same paper at the same instant: the second waits here for the
    first to commit. Taken before any other read, so that what the second reads next (the
    earlier prints) includes the first's: one original, then duplicates (MariaDB; SQLite has
    one writer)."""
    db.execute(select(Order.id).where(Order.id == order_id).with_for_update())


def _printed(
    db: Session,
    session: StaffSession,
    store_id: int,
    order_id: int,
    paper: str,
    reference: str | None,
    entry_hash: str | None,
) -> FiscalMark:
    """Record this print (audit trail) and tell whether it is a duplicate: the same paper
    (same credit note, same version of the order: same fingerprint) printed before. A
    duplicate is journalled."""
    ticket = db.execute(
        select(_JOURNAL.c.ticket_number).where(
            _JOURNAL.c.store_id == store_id,
            _JOURNAL.c.order_id == order_id,
            _JOURNAL.c.kind == journal.SALE,
        )
    ).scalar()
    fingerprint = journal.fingerprint(entry_hash) if entry_hash else None
    earlier = db.execute(
        select(_AUDIT.c.after).where(
            _AUDIT.c.action == PRINT_ACTION,
            _AUDIT.c.entity == paper,
            _AUDIT.c.entity_id == str(order_id),
        )
    ).scalars()
    duplicate = any(
        isinstance(after, dict)
        and after.get("of") == reference
        and after.get("fingerprint") == fingerprint
        for after in earlier
    )
    now = utcnow()
    if duplicate:
        entry = journal.duplicate(order_id, paper, reference or fingerprint, now, session.user_id)
        journal.append(db, store_id, [entry], now)
    audit.record(
        db,
        session,
        PRINT_ACTION,
        paper,
        order_id,
        after={
            "of": reference,
            "ticket": ticket,
            "fingerprint": fingerprint,
            "duplicate": duplicate,
        },
        store_id=store_id,
    )
    return FiscalMark(ticket, fingerprint, duplicate)


# --------------------------------------------------------------------------- building


def _legal(db: Session) -> LegalMentions:
    legal = db.get(AppSetting, LEGAL_KEY)
    return LegalMentions.from_setting(None if legal is None else legal.value)


def _store(store: Store) -> StoreInfo:
    return StoreInfo(store.name, store.street, store.postcode, store.city, store.phone)


def _stored_totals(lines) -> Totals:
    return totals.stored(
        (line.position, line.line_total_cents, line.discount_cents, line.vat_rate_bp)
        for line in lines
    )


def _discounts(order_id: int, rows, money: Totals) -> tuple[DiscountLine, ...]:
    """The discounts as given; an amount the lines carry that no row explains is printed
    as a discount without a reason, so that the receipt still adds up to its total."""
    given = [
        DiscountLine(
            d.line_position, DiscountKind(d.kind), d.value, DiscountReason(d.reason), d.amount_cents
        )
        for d in rows
    ]
    unexplained = money.discount_cents - sum(d.amount_cents for d in given)
    if unexplained:
        log.warning(
            "order %s: its lines carry %s cents of discount more than its discounts",
            order_id,
            unexplained,
        )
    if unexplained > 0:
        given.append(DiscountLine(None, DiscountKind.AMOUNT, unexplained, None, unexplained))
    return tuple(given)


def _document(
    order, store, customer, address, lines, payments, discounts, refunds, legal
) -> OrderDocument:
    money = _stored_totals(lines)
    if money.total_cents != order.total_cents:
        log.warning("order %s: its stored total differs from the sum of its lines", order.id)
    return OrderDocument(
        order_id=order.id,
        store=_store(store),
        legal=legal,
        channel=order.channel,
        mode=order.mode,
        status=order.status,
        created_at=order.created_at,
        promised_at=order.promised_at,
        printed_at=utcnow(),
        lines=_lines(lines),
        totals=money,
        payments=tuple(
            PaymentLine(p.tender, p.amount_cents, p.tendered_cents, p.received_at) for p in payments
        ),
        planned_tenders=tuple(
            PlannedTender(Tender(p["tender"]), p["amount_cents"])
            for p in (order.planned_tenders or ())
        ),
        notes=order.notes,
        customer_name=None
        if customer is None
        else f"{customer.first_name} {customer.last_name}".strip(),
        customer_phone_e164=None if customer is None else customer.phone_e164,
        delivery=None
        if order.mode is not OrderMode.DELIVERY or address is None
        else DeliveryInfo(
            address.street,
            address.extra,
            address.postcode,
            address.city,
            address.door_code,
            address.floor,
            address.notes,
            address.location_source is LocationSource.APPROXIMATE,
        ),
        discounts=_discounts(order.id, discounts, money),
        refunds=tuple(
            RefundLine(
                r.credit_note_number,
                Tender(r.tender),
                r.amount_cents,
                r.bank_reference,
                r.created_at,
            )
            for r in refunds
        ),
    )


def _lines(lines) -> tuple[DocumentLine, ...]:
    """The lines as printed: a formula's lines (one per choice, each at its VAT rate) as one
    line 'Formule midi : Regina 33 cm, Coca-Cola 33 cl, Tiramisu' at the formula's price (a
    choice's customisations in brackets after it, its extras in the price).
    The VAT per rate is computed from the stored lines, so the split still shows there."""
    printed = []
    for group in formulas.grouped(lines, lambda ln: ln.formula_group):
        first = group[0]
        if first.formula_name is None:
            printed.append(_line(first))
            continue
        printed.append(
            DocumentLine(
                quantity=first.quantity,
                product_name=formulas.stored_text(group),
                unit_price_cents=sum(ln.unit_price_cents for ln in group),
                extras_cents=sum(ln.extras_cents for ln in group),
                vat_rate_bp=max(ln.vat_rate_bp for ln in group),  # several: see the VAT lines
                total_cents=sum(ln.line_total_cents for ln in group),
                customisations=(),
                position=first.position,
                discount_cents=sum(ln.discount_cents for ln in group),
            )
        )
    return tuple(printed)


def _line(line: OrderLine) -> DocumentLine:
    return DocumentLine(
        quantity=line.quantity,
        product_name=line.product_name,
        unit_price_cents=line.unit_price_cents,
        extras_cents=line.extras_cents,
        vat_rate_bp=line.vat_rate_bp,
        total_cents=line.line_total_cents,
        customisations=tuple(
            Customisation(
                CustomisationKind(c["kind"]), str(c.get("label") or ""), c.get("price_cents") or 0
            )
            for c in (line.customisations or ())
        ),
        position=line.position,
        discount_cents=line.discount_cents,
    )
