"""What the printed documents of an order are made of (services.documents), on SQLite and
MariaDB: the right store, lines and customisations, VAT per rate, what is still due, the
delivery address with its door code, the legal mentions, and who may print."""

from dataclasses import replace

import pytest
from sqlalchemy import select, text, update

from ocpizza_desk.db.models import AppSetting, Customer, CustomerAddress, Order, Store
from ocpizza_desk.domain.enums import CustomisationKind, OrderMode, OrderStatus, Tender
from ocpizza_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from ocpizza_desk.services import documents, menu, orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.orders import PlannedTender
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


@pytest.fixture
def counter(demo):
    return staff(demo, "accueil.bastille")


def test_a_delivery_carries_everything_the_three_documents_print(demo, counter):
    placed = place_delivery(demo, counter)
    doc = documents.ticket_data(demo, staff(demo, "pizzaiolo.bastille"), placed.order_id)
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
    assert [(line.quantity, line.product_name) for line in doc.lines] == [
        (2, "Margherita"),
        (1, "Regina"),
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
