"""Customers: phone lookup, name search, details and addresses, GDPR erasure."""

import pytest
from sqlalchemy import func, select, text

from ocpizza_desk.db.models import AuditEntry, GdprErasure, Order
from ocpizza_desk.domain.enums import OrderMode, OrderStatus
from ocpizza_desk.domain.errors import DomainError, PermissionDenied, ValidationError
from ocpizza_desk.services import customers, orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.customers import AddressInput, CustomerInput
from tests.helpers import product_id, request, snapshot, staff


@pytest.fixture
def counter(demo):
    return staff(demo, "accueil.bastille")


def new_customer(demo, counter, phone="06 11 22 33 44"):
    return customers.create(
        demo,
        counter,
        CustomerInput(
            phone=phone,
            first_name="Élodie",
            last_name="N'Guessan",
            email="elodie@example.fr",
            notes="Allergique aux noix 🥜",
        ),
        AddressInput(
            street="8 rue Oberkampf",
            postcode="75011",
            door_code="4521B",
            floor="3e étage",
            notes="Interphone au nom de la société",
        ),
    )


def test_create_then_find_by_any_french_way_of_writing_the_number(demo, counter):
    created = new_customer(demo, counter)
    assert created.phone_e164 == "+33611223344"
    for typed in ("0611223344", "06.11.22.33.44", "+33 6 11 22 33 44", "0033611223344"):
        found = customers.find_by_phone(demo, counter, typed)
        assert found is not None and found.id == created.id
    assert found.addresses[0].door_code == "4521B" and found.addresses[0].floor == "3e étage"
    assert found.notes == "Allergique aux noix 🥜"
    assert customers.find_by_phone(demo, counter, "06 99 99 99 99") is None


def test_phone_numbers_are_unique(demo, counter):
    new_customer(demo, counter)
    before = snapshot(demo)
    with pytest.raises(ValidationError) as taken:
        customers.create(
            demo,
            counter,
            CustomerInput(phone="+33611223344", first_name="Autre", last_name="Personne"),
        )
    assert taken.value.code == "customer.phone_taken"
    assert snapshot(demo) == before


def test_search_by_name_prefix_ignores_case_and_wildcards(demo, counter):
    created = new_customer(demo, counter)
    assert created.id in [m.id for m in customers.search(demo, counter, "n'gue")]
    assert created.id in [m.id for m in customers.search(demo, counter, "ÉLO")] or demo.backend == (
        "sqlite"
    )  # SQLite's lower() folds ASCII only
    assert customers.search(demo, counter, "%") == []  # a literal percent, not "everything"
    assert customers.search(demo, counter, "_") == []


def test_caller_card_shows_last_orders_and_favourites(demo, counter):
    created = new_customer(demo, counter)
    address = created.addresses[0].id
    regina, tiramisu = product_id(demo, "regina"), product_id(demo, "tiramisu")
    for lines in ([CartLine(regina, 2)], [CartLine(regina, 1), CartLine(tiramisu, 1)]):
        orders.place(
            demo,
            counter,
            request(*lines, mode=OrderMode.DELIVERY, customer_id=created.id, address_id=address),
        )
    card = customers.find_by_phone(demo, counter, "0611223344")
    assert len(card.last_orders) == 2
    assert card.last_orders[0].created_at >= card.last_orders[1].created_at
    assert card.favourites[0].product_id == regina and card.favourites[0].quantity == 3
    assert [line[0] for line in card.last_orders[0].lines] == [regina, tiramisu]


def test_favourites_count_the_latest_orders_only(demo, counter, monkeypatch):
    """A regular's card reads a bounded number of orders: favourites over the latest ones."""
    created = new_customer(demo, counter)
    address = created.addresses[0].id
    regina, tiramisu = product_id(demo, "regina"), product_id(demo, "tiramisu")
    for lines in ([CartLine(regina, 5)], [CartLine(tiramisu, 1)], [CartLine(tiramisu, 1)]):
        orders.place(
            demo,
            counter,
            request(*lines, mode=OrderMode.DELIVERY, customer_id=created.id, address_id=address),
        )
    assert customers.find_by_phone(demo, counter, "0611223344").favourites[0].product_id == regina
    monkeypatch.setattr(customers, "FAVOURITES_WINDOW", 2)
    card = customers.find_by_phone(demo, counter, "0611223344")
    assert [(f.product_id, f.quantity) for f in card.favourites] == [(tiramisu, 2)]


def test_update_details_and_addresses(demo, counter):
    created = new_customer(demo, counter)
    updated = customers.update_details(
        demo,
        counter,
        created.id,
        CustomerInput(phone="07 81 23 45 67", first_name="Élodie", last_name="Martin"),
    )
    assert (updated.last_name, updated.phone_e164) == ("Martin", "+33781234567")
    second = customers.add_address(
        demo,
        counter,
        created.id,
        AddressInput(street="3 boulevard Voltaire", postcode="75011", label="Travail"),
    )
    assert len(customers.card(demo, counter, created.id).addresses) == 2
    # An address used by an order is archived and replaced, not rewritten.
    placed = orders.place(
        demo,
        counter,
        request(
            CartLine(product_id(demo, "regina"), 1),
            mode=OrderMode.DELIVERY,
            customer_id=created.id,
            address_id=second.id,
        ),
    )
    moved = customers.update_address(
        demo,
        counter,
        second.id,
        AddressInput(street="5 boulevard Voltaire", postcode="75011", label="Travail"),
    )
    assert moved.id != second.id
    assert orders.detail(demo, counter, placed.order_id).address_text.startswith("3 boulevard")
    with demo.engine.connect() as c:
        trail = c.execute(
            select(AuditEntry.action, AuditEntry.after).where(
                AuditEntry.entity == "customer", AuditEntry.entity_id == str(created.id)
            )
        ).all()
    assert {a for a, _ in trail} >= {
        "customer.create",
        "customer.update",
        "customer.address_add",
        "customer.address_update",
    }
    assert "Martin" not in repr(trail) and "781234567" not in repr(trail)  # no personal data


def test_delivery_needs_an_address_of_that_customer(demo, counter):
    created = new_customer(demo, counter)
    other = new_customer(demo, counter, phone="06 55 44 33 22")
    before = snapshot(demo)
    with pytest.raises(ValidationError) as refused:
        orders.place(
            demo,
            counter,
            request(
                CartLine(product_id(demo, "regina"), 1),
                mode=OrderMode.DELIVERY,
                customer_id=created.id,
                address_id=other.addresses[0].id,
            ),
        )
    assert refused.value.code == "customer.address_other"
    with pytest.raises(ValidationError) as missing:
        orders.place(
            demo,
            counter,
            request(
                CartLine(product_id(demo, "regina"), 1),
                mode=OrderMode.DELIVERY,
                customer_id=created.id,
            ),
        )
    assert missing.value.code == "order.address_required"
    assert snapshot(demo) == before


def test_gdpr_erasure_keeps_orders_and_figures(demo, counter):
    created = new_customer(demo, counter)
    placed = orders.place(
        demo,
        counter,
        request(
            CartLine(product_id(demo, "regina"), 1),
            mode=OrderMode.DELIVERY,
            customer_id=created.id,
            address_id=created.addresses[0].id,
        ),
    )
    with pytest.raises(PermissionDenied):  # counter staff cannot erase
        customers.erase(demo, counter, created.id, "DPO-2026-17")
    manager = staff(demo, "responsable.bastille")
    customers.erase(demo, manager, created.id, "DPO-2026-17")

    assert customers.find_by_phone(demo, counter, "0611223344") is None
    card = customers.card(demo, counter, created.id)
    assert card.erased and card.phone_e164 is None and card.email is None and card.notes is None
    assert "Élodie" not in card.name and "Guessan" not in card.name
    assert card.addresses == ()
    with demo.engine.connect() as c:
        leftovers = c.execute(
            text(
                "SELECT COUNT(*) FROM customer_addresses WHERE customer_id = :c AND "
                "(street LIKE '%Oberkampf%' OR door_code IS NOT NULL OR notes IS NOT NULL)"
            ),
            {"c": created.id},
        ).scalar()
        kept = c.execute(
            select(Order.total_cents, Order.status).where(Order.id == placed.order_id)
        ).one()
        recorded = c.execute(
            select(GdprErasure.request_reference).where(GdprErasure.customer_id == created.id)
        ).scalar()
    assert leftovers == 0
    assert kept == (placed.total_cents, OrderStatus.RECEIVED)
    assert recorded == "DPO-2026-17"
    with pytest.raises(DomainError) as gone:
        customers.update_details(
            demo,
            counter,
            created.id,
            CustomerInput(phone="0611223344", first_name="Re", last_name="Venu"),
        )
    assert gone.value.code == "customer.erased"
    # The number is free again for a new customer.
    assert new_customer(demo, counter).id != created.id


def test_customer_counts_do_not_change_on_bad_input(demo, counter):
    with demo.engine.connect() as c:
        before = c.execute(text("SELECT COUNT(*) FROM customers")).scalar()
    for bad in (
        CustomerInput(phone="12", first_name="Jean", last_name="Dupont"),
        CustomerInput(phone="0611223344", first_name="", last_name="Dupont"),
        CustomerInput(
            phone="0611223344", first_name="Jean", last_name="Robert'); DROP TABLE customers;--"
        ),
        CustomerInput(
            phone="0611223344", first_name="Jean", last_name="Dupont", email="pas-un-email"
        ),
    ):
        with pytest.raises(ValidationError):
            customers.create(demo, counter, bad)
    with pytest.raises(ValidationError) as long_street:
        customers.create(
            demo,
            counter,
            CustomerInput(phone="0611223344", first_name="Jean", last_name="Dupont"),
            AddressInput(street="x" * 10_000, postcode="75011"),
        )
    assert long_street.value.field == "street"
    with pytest.raises(ValidationError):
        customers.create(
            demo,
            counter,
            CustomerInput(phone="0611223344", first_name="Jean", last_name="Dupont"),
            AddressInput(street="8 rue Oberkampf", postcode="7501"),
        )
    with demo.engine.connect() as c:
        assert c.execute(select(func.count()).select_from(text("customers"))).scalar() == before
