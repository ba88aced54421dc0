"""What the printed documents of an order need, read in one transaction.

The kitchen ticket, the courier slip and the customer receipt are printed from the same
`OrderDocument`, so the three always agree (same lines, same amount due) and printing never
reads the database twice. The GUI turns it into paper (`gui/printing.py`); nothing here knows
about Qt.

Who may print: the same roles that may read an order (`orders.READ_ORDER`: counter and
managers through VIEW_ORDERS, pizzaiolos through WORK_KITCHEN, drivers through DELIVER), each
only for their own store. A pizzaiolo has no VIEW_ORDERS, and must still print the ticket of
the order in front of them; a driver must print the slip of the delivery they take.

The chain's legal mentions (printed on receipts) are the `app_settings` row "legal". A database
without it gets `DEMO_LEGAL`, flagged `placeholder` so that the receipt says so: those values
belong to the demo chain, not to a real company.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import (
    AppSetting,
    Customer,
    CustomerAddress,
    Order,
    OrderLine,
    Payment,
    Store,
)
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import (
    Channel,
    CustomisationKind,
    OrderMode,
    OrderStatus,
    Tender,
)
from ocpizza_desk.domain.errors import NotFound
from ocpizza_desk.domain.pricing import PricedLine, VatLine, vat_breakdown
from ocpizza_desk.services.auth import StaffSession, require_any, require_store
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.orders import READ_ORDER, PlannedTender, lines_of

LEGAL_KEY = "legal"

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
    total_cents: int
    customisations: tuple[Customisation, ...]


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
class DeliveryInfo:
    """Where the courier goes; None fields were not given."""

    street: str
    extra: str | None  # building, staircase
    postcode: str
    city: str
    door_code: str | None
    floor: str | None
    notes: str | None


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
    vat: tuple[VatLine, ...]
    total_cents: int
    payments: tuple[PaymentLine, ...]
    planned_tenders: tuple[PlannedTender, ...]
    notes: str | None
    customer_name: str | None
    customer_phone_e164: str | None
    delivery: DeliveryInfo | None  # None for a take-away

    @property
    def paid_cents(self) -> int:
        return sum(p.amount_cents for p in self.payments)

    @property
    def due_cents(self) -> int:
        """What is still to be collected: nothing for a cancelled order."""
        if self.status is OrderStatus.CANCELLED:
            return 0
        return max(0, self.total_cents - self.paid_cents)

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


def ticket_data(ctx: ServiceContext, session: StaffSession, order_id: int) -> OrderDocument:
    """Everything the kitchen ticket, courier slip and receipt print, in one transaction."""
    require_any(session, READ_ORDER)
    validation.identifier(order_id, "order")

    def work(db: Session) -> OrderDocument:
        row = db.execute(
            select(Order, Store, Customer, CustomerAddress)
            .join(Store, Store.id == Order.store_id)
            .outerjoin(Customer, Customer.id == Order.customer_id)
            .outerjoin(CustomerAddress, CustomerAddress.id == Order.address_id)
            .where(Order.id == order_id)
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
        legal = db.get(AppSetting, LEGAL_KEY)
        return _document(order, store, customer, address, lines, payments, legal)

    return ctx.transaction(work)


def _document(order, store, customer, address, lines, payments, legal) -> OrderDocument:
    return OrderDocument(
        order_id=order.id,
        store=StoreInfo(store.name, store.street, store.postcode, store.city, store.phone),
        legal=LegalMentions.from_setting(None if legal is None else legal.value),
        channel=order.channel,
        mode=order.mode,
        status=order.status,
        created_at=order.created_at,
        promised_at=order.promised_at,
        printed_at=utcnow(),
        lines=tuple(_line(line) for line in lines),
        vat=tuple(
            vat_breakdown(
                PricedLine(
                    line.unit_price_cents, line.extras_cents, line.quantity, line.vat_rate_bp
                )
                for line in lines
            )
        ),
        total_cents=order.total_cents,
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
        ),
    )


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
    )
