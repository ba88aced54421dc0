"""Credit notes (avoirs) as services.documents reads them, on SQLite and MariaDB: one per
refund, numbered in the store's sequence, naming the order it corrects, the reason, the money
given back by tender with the bank's reference, the VAT per rate stored with the refund (which
adds up to the amount), who refunded and who approved; printed by the same people as the
receipt, for their own store only."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from ocpizza_desk.db.models import Refund
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import OrderStatus, Tender
from ocpizza_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from ocpizza_desk.domain.permissions import TillRules
from ocpizza_desk.services import documents, orders, settings
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.payments import Approval, RefundRequest
from tests.helpers import product_id, request, staff
from tests.test_documents import BANK_REFERENCE, place_discounted


@pytest.fixture
def clerk(demo):
    return staff(demo, "accueil.bastille")


def key() -> str:
    return str(uuid.uuid4())


def cancel_paid(ctx, clerk, tender=Tender.CASH, approval=None):
    """A regina and two cokes (10 % and 5.5 %) paid, then cancelled with their refund."""
    placed = orders.place(
        ctx,
        clerk,
        request(CartLine(product_id(ctx, "regina"), 1), CartLine(product_id(ctx, "coca_cola"), 2)),
    )
    orders.record_payment(
        ctx,
        clerk,
        placed.order_id,
        tender,
        placed.total_cents,
        bank_reference="WEB-99812" if tender is Tender.ONLINE else None,
    )
    version = orders.detail(ctx, clerk, placed.order_id).version
    moved = orders.cancel(
        ctx,
        clerk,
        placed.order_id,
        "Client parti sans attendre",
        version,
        refunds=(
            RefundRequest(
                client_key=key(),
                tender=tender,
                amount_cents=placed.total_cents,
                bank_reference=BANK_REFERENCE if tender in (Tender.CARD, Tender.ONLINE) else None,
            ),
        ),
        approval=approval,
    )
    return placed, moved.refunds[0]


def test_a_modified_orders_credit_note(demo, clerk):
    order_id, number = place_discounted(demo)
    note = documents.credit_note_data(demo, clerk, order_id, number)
    detail = orders.detail(demo, clerk, order_id)
    [refund] = detail.refunds
    assert note.credit_note_number == number == refund.credit_note_number == 1
    assert note.store.name == "OC Pizza Bastille" and not note.legal.placeholder
    assert note.legal.siret and note.legal.company_name == "OC Pizza"
    assert (note.order_id, note.order_created_at) == (order_id, detail.created_at)
    assert note.order_status is OrderStatus.RECEIVED
    assert note.order_total_cents == detail.total_cents
    assert note.reason == "Bière en rupture"
    assert (note.tender, note.amount_cents, note.bank_reference) == (
        Tender.CARD,
        refund.amount_cents,
        BANK_REFERENCE,
    )
    assert note.created_at == refund.at
    # The VAT given back, as stored with the refund: the beer's 20 % (and the shares of the
    # order's discounts that moved), adding up to the amount.
    assert 2000 in [v.rate_bp for v in note.vat]
    assert sum(v.total_cents for v in note.vat) == note.amount_cents
    assert note.excluding_vat_cents + note.vat_cents == note.amount_cents
    assert all(v.base_cents + v.vat_cents == v.total_cents for v in note.vat)
    assert (note.refunded_by, note.approved_by) == ("Aurélie Carpentier", None)
    assert note.refunded_by == staff(demo, "responsable.bastille").full_name


def test_a_cancelled_orders_credit_note_names_its_approver(demo, clerk):
    settings.set_till_rules(
        demo, staff(demo, "direction"), TillRules(refund_approval_above_cents=500)
    )
    manager = staff(demo, "responsable.bastille")
    placed, refund = cancel_paid(
        demo,
        clerk,
        Tender.ONLINE,
        Approval(username="responsable.bastille", password="demo-responsable"),
    )
    note = documents.credit_note_data(demo, clerk, placed.order_id, refund.credit_note_number)
    assert note.order_status is OrderStatus.CANCELLED
    assert note.order_total_cents == placed.total_cents  # a cancelled order's stays as it was
    assert (note.tender, note.bank_reference) == (Tender.ONLINE, BANK_REFERENCE)
    assert (note.refunded_by, note.approved_by) == (clerk.full_name, manager.full_name)
    # A cancellation gives back every rate's VAT, as the receipt showed it.
    assert note.vat == placed.vat
    assert note.reason == "Client parti sans attendre"


def test_credit_notes_are_numbered_per_store(demo, clerk):
    _first, one = cancel_paid(demo, clerk)
    _second, two = cancel_paid(demo, clerk)
    other = staff(demo, "accueil.abbesses")
    third, three = cancel_paid(demo, other)
    assert (one.credit_note_number, two.credit_note_number) == (1, 2)
    assert three.credit_note_number == 1  # another store, its own sequence
    note = documents.credit_note_data(demo, other, third.order_id, 1)
    assert note.store.name == "OC Pizza Abbesses"
    assert note.tender is Tender.CASH and note.bank_reference is None


def test_who_may_print_a_credit_note(demo, clerk):
    placed, refund = cancel_paid(demo, clerk)
    number = refund.credit_note_number
    for username in ("pizzaiolo.bastille", "livreur.bastille", "responsable.bastille", "direction"):
        note = documents.credit_note_data(demo, staff(demo, username), placed.order_id, number)
        assert note.credit_note_number == number
    with pytest.raises(PermissionDenied) as refused:
        documents.credit_note_data(demo, staff(demo, "accueil.abbesses"), placed.order_id, number)
    assert refused.value.code == "permission.other_store"
    with pytest.raises(PermissionDenied) as refused:
        documents.credit_note_data(demo, staff(demo, "admin"), placed.order_id, number)
    assert refused.value.code == "permission.denied"


def test_unknown_and_malformed_credit_notes_are_refused(demo, clerk):
    placed, refund = cancel_paid(demo, clerk)
    with pytest.raises(NotFound) as missing:
        documents.credit_note_data(demo, clerk, placed.order_id, refund.credit_note_number + 1)
    assert "avoir n° 2" in missing.value.message("fr")
    other = orders.place(demo, clerk, request(CartLine(product_id(demo, "regina"), 1)))
    with pytest.raises(NotFound):  # the number exists, on another order
        documents.credit_note_data(demo, clerk, other.order_id, refund.credit_note_number)
    with pytest.raises(NotFound):
        documents.credit_note_data(demo, clerk, 10**9, 1)
    for order_id, number in ((placed.order_id, 0), (placed.order_id, "1"), (-1, 1)):
        with pytest.raises(ValidationError):
            documents.credit_note_data(demo, clerk, order_id, number)


def test_the_receipt_lists_the_refunds_of_a_cancelled_order(demo, clerk):
    placed, refund = cancel_paid(demo, clerk, Tender.CARD)
    doc = documents.ticket_data(demo, clerk, placed.order_id)
    assert doc.status is OrderStatus.CANCELLED and doc.total_cents == placed.total_cents
    assert [(r.credit_note_number, r.amount_cents) for r in doc.refunds] == [
        (refund.credit_note_number, placed.total_cents)
    ]
    assert doc.kept_cents == 0 and doc.due_cents == 0
    with demo.engine.connect() as c:
        created = c.execute(
            Refund.__table__.select().where(Refund.order_id == placed.order_id)
        ).one()
    assert doc.refunds[0].created_at == created.created_at
    assert abs(created.created_at - utcnow()) < timedelta(minutes=5)
