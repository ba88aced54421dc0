"""What the printed documents of an order are made of (services.documents), on SQLite and
MariaDB: the right store, lines and customisations, VAT per rate, what is still due, the
delivery address with its door code, the legal mentions, and who may print; for a discounted
order paid, made cheaper and refunded: each line's gross, the discounts as given, the total
and the VAT per rate from `domain.totals` on the net, the refunds with their credit notes."""

import uuid
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select, text, update

from ocpizza_desk.db.models import AppSetting, Customer, CustomerAddress, Order, Store
from ocpizza_desk.domain import totals
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import (
    Channel,
    CustomisationKind,
    DiscountKind,
    DiscountReason,
    OrderMode,
    OrderStatus,
    Tender,
)
from ocpizza_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from ocpizza_desk.domain.totals import Discount
from ocpizza_desk.services import counter as till
from ocpizza_desk.services import documents, menu, orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.counter import CounterSubmission
from ocpizza_desk.services.orders import PlannedTender
from ocpizza_desk.services.payments import RefundRequest
from tests.helpers import product_id, request, staff

VOUCHER = 1500


def place_delivery(ctx, counter):
    """Two customised margheritas, a regina, drinks at 5.5 % and 20 %, delivered to an address
    with a door code and a floor; tickets announced, and paid in part."""
    margherita = next(i for i in menu.menu(ctx, counter).items if i.code == "margherita")
    options = {o.label: o.option_id for o in margherita.options}
    with ctx.engine.connect() as c:
        customer_id, address_id = c.execute(
            text(
                "SELECT customer_id, id FROM customer_addresses WHERE archived = :f"
                " AND door_code IS NOT NULL AND floor IS NOT NULL ORDER BY id"
            ),
            {"f": False},
        ).first()
    placed = orders.place(
        ctx,
        counter,
        request(
            CartLine(
                margherita.product_id,
                2,
                (options["Supplément mozzarella"], options["Sans basilic"]),
            ),
            CartLine(product_id(ctx, "regina"), 1),
            CartLine(product_id(ctx, "coca_cola"), 2),
            CartLine(product_id(ctx, "peroni"), 1),
            mode=OrderMode.DELIVERY,
            customer_id=customer_id,
            address_id=address_id,
            planned_tenders=(
                PlannedTender(Tender.MEAL_VOUCHER, VOUCHER),
                PlannedTender(Tender.CASH, 2000),
            ),
            notes="Sonner deux fois",
        ),
    )
    orders.record_payment(ctx, counter, placed.order_id, Tender.MEAL_VOUCHER, VOUCHER)
    return placed


LINE_PERCENT = Discount(DiscountKind.PERCENT, 1000, DiscountReason.LOYALTY, line=1)
LINE_AMOUNT = Discount(DiscountKind.AMOUNT, 50, DiscountReason.PROMOTION, line=3)
ORDER_AMOUNT = Discount(DiscountKind.AMOUNT, 300, DiscountReason.GOODWILL)
ORDER_PERCENT = Discount(DiscountKind.PERCENT, 500, DiscountReason.LATE)
DISCOUNTS = (LINE_PERCENT, LINE_AMOUNT, ORDER_AMOUNT, ORDER_PERCENT)
BANK_REFERENCE = "TPE-4471"


def place_discounted(ctx):
    """Through the counter, by the manager: two customised margheritas (10 % off), a regina,
    cokes at 5.5 % (0.50 € off) and a beer at 20 %, then 3 € and 5 % off the order; paid by
    card; then the beer taken off, the difference refunded on the card (a credit note).
    Returns (the order's id, the refund's credit-note number)."""
    manager = staff(ctx, "responsable.bastille")
    margherita = next(i for i in menu.menu(ctx, manager).items if i.code == "margherita")
    options = {o.label: o.option_id for o in margherita.options}
    lines = (
        CartLine(margherita.product_id, 2, (options["Supplément mozzarella"],)),
        CartLine(product_id(ctx, "regina"), 1),
        CartLine(product_id(ctx, "coca_cola"), 2),
        CartLine(product_id(ctx, "peroni"), 1),
    )
    promised = utcnow() + timedelta(minutes=30)

    def form(lines, **fields):
        return CounterSubmission(
            client_key=str(uuid.uuid4()),
            channel=Channel.COUNTER,
            mode=OrderMode.TAKEAWAY,
            lines=lines,
            promised_at=promised,
            discounts=DISCOUNTS,
            **fields,
        )

    placed = till.submit(ctx, manager, form(lines))
    orders.record_payment(ctx, manager, placed.order_id, Tender.CARD, placed.total_cents)
    smaller = lines[:3]
    after = totals.compute(
        [
            totals.AmountLine(line.position, line.gross_cents, line.rate_bp)
            for line in placed.totals.lines[:3]
        ],
        DISCOUNTS,
    )
    back = placed.total_cents - after.total_cents
    changed = till.submit(
        ctx,
        manager,
        form(
            smaller,
            order_id=placed.order_id,
            expected_version=orders.detail(ctx, manager, placed.order_id).version,
            refunds=(
                RefundRequest(
                    client_key=str(uuid.uuid4()),
                    tender=Tender.CARD,
                    amount_cents=back,
                    bank_reference=BANK_REFERENCE,
                ),
            ),
            refund_reason="Bière en rupture",
        ),
    )
    [refund] = changed.refunds
    assert changed.totals.due_cents == 0 and refund.amount_cents == back > 0
    return placed.order_id, refund.credit_note_number


@pytest.fixture
def counter(demo):
    return staff(demo, "accueil.bastille")


def test_a_delivery_carries_everything_the_three_documents_print(demo, counter):
    placed = place_delivery(demo, counter)
    doc = documents.ticket_data(demo, staff(demo, "livreur.bastille"), placed.order_id)
    # The pizzaiolo's kitchen ticket names nobody: their account may not read customers.
    kitchen = documents.ticket_data(demo, staff(demo, "pizzaiolo.bastille"), placed.order_id)
    assert (kitchen.customer_name, kitchen.customer_phone_e164, kitchen.delivery) == (
        None,
        None,
        None,
    )
    assert kitchen.lines == doc.lines and kitchen.promised_at == doc.promised_at
    detail = orders.detail(demo, counter, placed.order_id)
    with demo.engine.connect() as c:
        store = c.execute(select(Store).where(Store.id == counter.store_id)).one()
        address = c.execute(
            select(CustomerAddress).where(CustomerAddress.id == detail.address_id)
        ).one()
        phone = c.execute(
            select(Customer.phone_e164).where(Customer.id == detail.customer_id)
        ).scalar_one()

    assert doc.order_id == placed.order_id
    assert doc.store.name == "OC Pizza Bastille" == store.name
    assert (doc.store.street, doc.store.phone_e164) == (store.street, store.phone)
    # The demo pizzas come in sizes: a line without one is the default, 33 cm.
    assert [(line.quantity, line.product_name) for line in doc.lines] == [
        (2, "Margherita 33 cm"),
        (1, "Regina 33 cm"),
        (2, "Coca-Cola 33 cl"),
        (1, "Peroni Nastro Azzurro 33 cl"),
    ]
    assert [(c.kind, c.label, c.price_cents) for c in doc.lines[0].customisations] == [
        (CustomisationKind.EXTRA, "Supplément mozzarella", 150),
        (CustomisationKind.REMOVE, "Sans basilic", 0),
    ]
    assert doc.total_cents == placed.total_cents == sum(line.total_cents for line in doc.lines)
    assert doc.vat == detail.vat == placed.vat
    assert [v.rate_bp for v in doc.vat] == [550, 1000, 2000]
    assert sum(v.total_cents for v in doc.vat) == doc.total_cents
    assert doc.paid_cents == VOUCHER
    assert doc.due_cents == doc.total_cents - VOUCHER == detail.due_cents
    assert doc.pending_tenders == (PlannedTender(Tender.CASH, 2000),)
    assert doc.customer_phone_e164 == phone
    assert doc.customer_name == detail.customer_name
    assert doc.delivery is not None
    assert doc.delivery.street == address.street
    assert (doc.delivery.door_code, doc.delivery.floor) == (address.door_code, address.floor)
    assert doc.delivery.door_code and doc.delivery.floor
    assert doc.notes == "Sonner deux fois"
    assert doc.created_at.tzinfo is not None and doc.promised_at > doc.created_at
    assert not doc.legal.placeholder
    assert doc.legal.company_name == "OC Pizza" and doc.legal.siret


def test_demo_orders_read_the_same_as_the_order_detail(demo):
    """Orders the website, the app and the seed wrote (paid online, cancelled, customised)."""
    manager = staff(demo, "responsable.bastille")
    with demo.engine.connect() as c:
        order_ids = c.execute(
            select(Order.id)
            .where(Order.store_id == manager.store_id)
            .order_by(Order.id.desc())
            .limit(15)
        ).scalars()
    for order_id in order_ids:
        doc = documents.ticket_data(demo, manager, order_id)
        detail = orders.detail(demo, manager, order_id)
        assert doc.vat == detail.vat
        assert (doc.total_cents, doc.due_cents, doc.status) == (
            detail.total_cents,
            detail.due_cents,
            detail.status,
        )
        assert [(line.product_name, line.quantity) for line in doc.lines] == [
            (line.product_name, line.quantity) for line in detail.lines
        ]
        assert [[c.label for c in line.customisations] for line in doc.lines] == [
            [c["label"] for c in line.customisations] for line in detail.lines
        ]
        assert (doc.delivery is not None) == (detail.mode is OrderMode.DELIVERY)


def test_kitchen_and_drivers_may_print_their_store_only(demo, counter):
    placed = place_delivery(demo, counter)
    for username in ("pizzaiolo.bastille", "livreur.bastille", "responsable.bastille"):
        assert documents.ticket_data(demo, staff(demo, username), placed.order_id).order_id
    assert documents.ticket_data(demo, staff(demo, "direction"), placed.order_id).order_id
    with pytest.raises(PermissionDenied) as refused:
        documents.ticket_data(demo, staff(demo, "pizzaiolo.abbesses"), placed.order_id)
    assert refused.value.code == "permission.other_store"
    with pytest.raises(PermissionDenied) as refused:
        documents.ticket_data(demo, staff(demo, "admin"), placed.order_id)
    assert refused.value.code == "permission.denied"


def test_unknown_and_malformed_orders_are_refused(demo, counter):
    with pytest.raises(NotFound):
        documents.ticket_data(demo, counter, 10**9)
    with pytest.raises(ValidationError):
        documents.ticket_data(demo, counter, -1)


def test_a_cancelled_order_has_nothing_due(demo, counter):
    placed = orders.place(demo, counter, request(CartLine(product_id(demo, "regina"), 1)))
    orders.cancel(demo, counter, placed.order_id, None)
    doc = documents.ticket_data(demo, counter, placed.order_id)
    assert doc.status is OrderStatus.CANCELLED
    assert doc.due_cents == 0 and doc.delivery is None


def test_legal_mentions_come_from_the_setting_else_marked_demo_defaults(demo, counter):
    placed = orders.place(demo, counter, request(CartLine(product_id(demo, "regina"), 1)))
    own = {"company_name": "Pizzas Réunies", "legal_form": "SARL", "siret": "123"}
    with demo.engine.begin() as c:
        c.execute(update(AppSetting).where(AppSetting.key == "legal").values(value=own))
    legal = documents.ticket_data(demo, counter, placed.order_id).legal
    assert (legal.company_name, legal.legal_form, legal.siret) == ("Pizzas Réunies", "SARL", "123")
    # A key the chain left out prints nothing, never a demo value.
    assert (legal.vat_number, legal.share_capital_cents, legal.placeholder) == ("", None, False)

    with demo.engine.begin() as c:
        c.execute(AppSetting.__table__.delete().where(AppSetting.key == "legal"))
    legal = documents.ticket_data(demo, counter, placed.order_id).legal
    assert legal.placeholder
    assert replace(legal, placeholder=False) == documents.LegalMentions.from_setting(
        documents.DEMO_LEGAL
    )


def test_a_discounted_order_made_cheaper_and_refunded(demo, counter):
    order_id, number = place_discounted(demo)
    doc = documents.ticket_data(demo, counter, order_id)
    detail = orders.detail(demo, counter, order_id)
    # Each line at its gross; the discounts as given, a line's under it.
    assert [(line.position, line.product_name) for line in doc.lines] == [
        (1, "Margherita 33 cm"),
        (2, "Regina 33 cm"),
        (3, "Coca-Cola 33 cl"),
    ]
    assert [line.total_cents for line in doc.lines] == [ln.total_cents for ln in detail.lines]
    assert [line.discount_cents for line in doc.lines] == [ln.discount_cents for ln in detail.lines]
    assert [(d.line, d.kind, d.value, d.reason) for d in doc.discounts] == [
        (d.line, d.kind, d.value, d.reason) for d in DISCOUNTS
    ]
    assert [d.amount_cents for d in doc.discounts] == [d.amount_cents for d in detail.discounts]
    margherita = doc.lines[0]
    assert doc.line_discounts(1)[0].amount_cents == (margherita.total_cents + 5) // 10
    assert doc.line_discounts(3)[0].amount_cents == 50 and doc.line_discounts(2) == ()
    assert [d.reason for d in doc.order_discounts] == [
        DiscountReason.GOODWILL,
        DiscountReason.LATE,
    ]
    # The printed arithmetic holds: gross - line discounts = subtotal; - order's = total.
    line_off = sum(d.amount_cents for d in doc.discounts if d.line is not None)
    order_off = sum(d.amount_cents for d in doc.order_discounts)
    assert doc.subtotal_cents == doc.gross_cents - line_off
    assert doc.total_cents == doc.subtotal_cents - order_off == detail.total_cents
    assert doc.discount_cents == line_off + order_off > 0
    # The VAT per rate on the net, as domain.totals gives it, adding up to the total.
    assert doc.vat == detail.vat == detail.totals.vat
    assert [v.rate_bp for v in doc.vat] == [550, 1000]
    assert sum(v.total_cents for v in doc.vat) == doc.total_cents
    assert doc.excluding_vat_cents == sum(v.base_cents for v in doc.vat)
    assert doc.vat == totals.vat_lines((line.vat_rate_bp, line.net_cents) for line in doc.lines)
    # Paid by card, the beer refunded on the card: nothing due, the credit note named.
    assert [(p.tender, p.amount_cents) for p in doc.payments] == [(Tender.CARD, doc.paid_cents)]
    assert [(r.credit_note_number, r.tender, r.bank_reference) for r in doc.refunds] == [
        (number, Tender.CARD, BANK_REFERENCE)
    ]
    assert doc.kept_cents == doc.paid_cents - doc.refunded_cents == doc.total_cents
    assert doc.due_cents == 0 == detail.due_cents


def test_what_is_due_counts_what_was_given_back(demo, counter):
    """total - paid + refunded: an order paid, refunded in part, then made dearer again."""
    order_id, _number = place_discounted(demo)
    doc = documents.ticket_data(demo, counter, order_id)
    more = replace(doc, totals=totals.stored([(1, doc.total_cents + 700, 0, 1000)]))
    assert more.due_cents == 700
    assert replace(more, status=OrderStatus.CANCELLED).due_cents == 0


def test_unexplained_line_discounts_still_add_up(demo, counter):
    """An order written by another application, its lines discounted without a discount row:
    the receipt prints the difference as a discount, so that it still adds up."""
    placed = orders.place(demo, counter, request(CartLine(product_id(demo, "regina"), 2)))
    with demo.engine.begin() as c:
        c.execute(
            text("UPDATE order_lines SET discount_cents = 150 WHERE order_id = :o"),
            {"o": placed.order_id},
        )
    doc = documents.ticket_data(demo, counter, placed.order_id)
    [other] = doc.discounts
    assert (other.line, other.reason, other.amount_cents) == (None, None, 150)
    assert doc.subtotal_cents - other.amount_cents == doc.total_cents == placed.total_cents - 150


def test_a_mixed_discount_order_can_be_modified(demo):
    place_discounted(demo)
