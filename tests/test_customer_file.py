"""The back-office's customer file: find by phone or name, the order history a page at a
time, two duplicates merged in one transaction, the right of access (export), all audited
without personal data."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from ocpizza_desk.db.models import AuditEntry, Customer, CustomerAddress, Order
from ocpizza_desk.domain.enums import OrderMode
from ocpizza_desk.domain.errors import DomainError, PermissionDenied, ValidationError
from ocpizza_desk.services import customers, orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.customers import AddressInput, CustomerInput
from tests.helpers import product_id, request, snapshot, staff


@pytest.fixture
def counter(demo):
    return staff(demo, "accueil.bastille")


@pytest.fixture
def manager(demo):
    return staff(demo, "responsable.bastille")


def make(demo, counter, phone, first="Élodie", last="N'Guessan", email=None, street="8 rue X"):
    return customers.create(
        demo,
        counter,
        CustomerInput(phone=phone, first_name=first, last_name=last, email=email, notes=None),
        AddressInput(street=street, postcode="75011", door_code="4521B", floor="3e"),
    )


def deliver_to(demo, counter, card, address_id=None, quantity=1) -> int:
    placed = orders.place(
        demo,
        counter,
        request(
            CartLine(product_id(demo, "regina"), quantity),
            mode=OrderMode.DELIVERY,
            customer_id=card.id,
            address_id=address_id or card.addresses[0].id,
        ),
    )
    return placed.order_id


def trail(demo, customer_id: int) -> list[tuple[str, dict]]:
    with demo.engine.connect() as c:
        return [
            (a, b)
            for a, b in c.execute(
                select(AuditEntry.action, AuditEntry.after)
                .where(AuditEntry.entity == "customer", AuditEntry.entity_id == str(customer_id))
                .order_by(AuditEntry.id)
            )
        ]


# --------------------------------------------------------------------------- find


def test_find_by_the_start_of_a_phone_number_or_by_names(demo, counter):
    created = make(demo, counter, "06 11 22 33 44")
    deliver_to(demo, counter, created)
    for typed in ("06 11 22", "0611", "+33 6 11 2", "0033611"):
        found = customers.find_customers(demo, counter, typed)
        assert created.id in [r.id for r in found], typed
    (row,) = [r for r in customers.find_customers(demo, counter, "061122") if r.id == created.id]
    assert row.phone_display == "06 11 22 33 44" and row.orders == 1 and row.last_order_at
    both = customers.find_customers(demo, counter, "n'gu élo")  # every word, in either name
    assert created.id in [r.id for r in both] or demo.backend == "sqlite"  # lower(): ASCII only
    assert created.id in [r.id for r in customers.find_customers(demo, counter, "N'GUESSAN")]
    assert customers.find_customers(demo, counter, "n'gu zz") == []
    assert customers.find_customers(demo, counter, "%") == []
    customers.erase(demo, staff(demo, "responsable.bastille"), created.id, None)
    assert created.id not in [r.id for r in customers.find_customers(demo, counter, "06112")]
    with pytest.raises(PermissionDenied):
        customers.find_customers(demo, staff(demo, "pizzaiolo.bastille"), "06")


def test_the_order_history_comes_a_page_at_a_time(demo, counter):
    with demo.engine.connect() as c:
        regular, count = c.execute(
            select(Order.customer_id, func.count())
            .where(Order.customer_id.is_not(None))
            .group_by(Order.customer_id)
            .order_by(func.count().desc(), Order.customer_id)
            .limit(1)
        ).one()
        expected = [
            i
            for (i,) in c.execute(
                select(Order.id)
                .where(Order.customer_id == regular)
                .order_by(Order.created_at.desc(), Order.id.desc())
            )
        ]
    assert count >= 3
    seen, cursor, pages = [], None, 0
    while True:
        page = customers.order_history(demo, counter, regular, cursor, limit=2)
        pages += 1
        assert page.total == count and len(page.orders) <= 2
        seen += [o.order_id for o in page.orders]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == expected and pages == -(-count // 2)
    first = customers.order_history(demo, counter, regular).orders[0]
    assert first.store_name and "×" in first.summary and first.total_cents > 0


# --------------------------------------------------------------------------- merge


def test_merging_moves_orders_and_addresses_in_one_audited_transaction(demo, counter):
    keep = make(demo, counter, "06 11 22 33 44", street="8 rue Oberkampf")
    twin = make(
        demo, counter, "07 81 23 45 67", last="NGuessan", email="e@example.fr",
        street="8  RUE Oberkampf",
    )  # fmt: skip
    other = customers.add_address(
        demo,
        counter,
        twin.id,
        AddressInput(street="3 boulevard Voltaire", postcode="75011", label="Travail"),
    )
    kept_orders = [deliver_to(demo, counter, keep)]
    moved_orders = [deliver_to(demo, counter, twin), deliver_to(demo, counter, twin, other.id)]
    with demo.engine.connect() as c:
        got = c.execute(select(Order.id, Order.version).where(Order.id.in_(moved_orders)))
        versions = dict(got.all())

    done = customers.merge(demo, counter, keep.id, twin.id)

    assert (done.orders_moved, done.addresses_moved, done.duplicate_addresses) == (2, 2, 1)
    assert done.filled == ("email",) and done.kept.email == "e@example.fr"
    assert [a.street for a in done.kept.addresses] == ["8 rue Oberkampf", "3 boulevard Voltaire"]
    with demo.engine.connect() as c:
        assert c.execute(select(Customer.id).where(Customer.id == twin.id)).first() is None
        owners = dict(c.execute(select(Order.id, Order.customer_id).where(
            Order.id.in_(kept_orders + moved_orders))).all())  # fmt: skip
        assert set(owners.values()) == {keep.id}
        for order_id, version in c.execute(
            select(Order.id, Order.version).where(Order.id.in_(moved_orders))
        ):
            assert version == versions[order_id] + 1  # a screen holding it reloads first
        archived = c.execute(
            select(CustomerAddress.archived).where(CustomerAddress.id == twin.addresses[0].id)
        ).scalar_one()
    assert archived  # identical to the kept one: hidden, past orders still point at it
    page = customers.order_history(demo, counter, keep.id)
    assert page.total == 3
    merged = trail(demo, keep.id)[-1]
    assert merged[0] == "customer.merge" and merged[1]["merged"] == twin.id
    assert trail(demo, twin.id)[-1] == ("customer.merged_into", {"into": keep.id})
    assert "example.fr" not in repr(merged) and "781234567" not in repr(merged)


def test_a_refused_merge_changes_nothing(demo, counter, manager):
    first = make(demo, counter, "06 11 22 33 44")
    second = make(demo, counter, "06 11 22 33 55")
    before = snapshot(demo)
    with pytest.raises(ValidationError) as same:
        customers.merge(demo, counter, first.id, first.id)
    assert same.value.code == "customer.merge_same"
    with pytest.raises(DomainError) as missing:
        customers.merge(demo, counter, first.id, 999_999)
    assert missing.value.code == "not_found"
    with pytest.raises(PermissionDenied):
        customers.merge(demo, staff(demo, "livreur.bastille"), first.id, second.id)
    assert snapshot(demo) == before
    customers.erase(demo, manager, second.id, None)
    with pytest.raises(DomainError) as erased:
        customers.merge(demo, counter, first.id, second.id)
    assert erased.value.code == "customer.erased"


# --------------------------------------------------------------------------- right of access


def test_the_export_holds_everything_about_the_customer(demo, counter, manager):
    created = make(demo, counter, "06 11 22 33 44", email="elodie@example.fr")
    order_id = deliver_to(demo, counter, created, quantity=2)
    customers.update_address(  # used by the order: archived, and a new one made
        demo, counter, created.addresses[0].id, AddressInput(street="9 rue Y", postcode="75011")
    )
    with pytest.raises(PermissionDenied):  # counter staff: no
        customers.export(demo, counter, created.id, ("json",))

    found = customers.export(demo, manager, created.id, ("json", "pdf"))

    data = json.loads(found.as_json())
    assert data["customer"]["phone_e164"] == "+33611223344"
    assert data["customer"]["email"] == "elodie@example.fr"
    assert data["customer"]["created_at"].endswith("Z")
    assert [(a["street"], a["archived"]) for a in data["addresses"]] == [
        ("8 rue X", True),
        ("9 rue Y", False),
    ]
    assert data["addresses"][0]["door_code"] == "4521B"
    (order,) = data["orders"]
    assert order["id"] == order_id and order["store"] and order["status"] == "received"
    assert order["lines"][0]["product_name"] == "Regina 33 cm"  # the default size
    assert order["lines"][0]["quantity"] == 2
    assert [m["kind"] for m in data["messages"]] == ["accepted"]  # the notice, with its text
    assert "elodie@example.fr" in {m["recipient"] for m in data["messages"]}
    assert {h["action"] for h in data["history"]} >= {"customer.create", "customer.address_update"}
    exported = trail(demo, created.id)[-1]
    assert exported == ("customer.export", {"formats": ["json", "pdf"], "orders": 1})

    customers.erase(demo, manager, created.id, "DPO-7")
    after = json.loads(customers.export(demo, manager, created.id, ("json",)).as_json())
    assert after["customer"]["phone_e164"] is None and after["customer"]["erased_at"]
    assert after["gdpr_erasures"][0]["request_reference"] == "DPO-7"
    assert "elodie" not in json.dumps(after).lower()
