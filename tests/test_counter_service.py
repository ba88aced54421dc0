"""services/counter.py: the counter's whole form in one transaction, exact-once, with
discounts, refunds and settlements. Every test runs on SQLite and on MariaDB."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import event, func, select, text

from ocpizza_desk.db.models import Customer, Order, Payment, Refund
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import (
    Channel,
    DiscountKind,
    DiscountReason,
    OrderMode,
    OrderStatus,
    Tender,
)
from ocpizza_desk.domain.errors import (
    ConflictError,
    DomainError,
    PermissionDenied,
    ValidationError,
)
from ocpizza_desk.domain.permissions import TillRules
from ocpizza_desk.domain.totals import Discount
from ocpizza_desk.services import counter, orders, settings
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.counter import CounterSubmission, CustomerPart
from ocpizza_desk.services.customers import AddressInput, CustomerInput
from ocpizza_desk.services.payments import Approval, PaymentRequest, RefundRequest
from tests.conftest import fast_hash
from tests.helpers import balances, ledger_mismatches, product_id, snapshot, staff


@pytest.fixture
def clerk(demo):
    return staff(demo, "accueil.bastille")


@pytest.fixture
def manager(demo):
    return staff(demo, "responsable.bastille")


def key() -> str:
    return str(uuid.uuid4())


def form(ctx, *lines, **fields) -> CounterSubmission:
    fields.setdefault("channel", Channel.COUNTER)
    fields.setdefault("mode", OrderMode.TAKEAWAY)
    fields.setdefault("promised_at", utcnow() + timedelta(minutes=30))
    return CounterSubmission(
        client_key=fields.pop("client_key", key()),
        lines=tuple(lines) or (CartLine(product_id(ctx, "regina"), 2),),
        **fields,
    )


def cash(amount: int, given: int | None = None) -> PaymentRequest:
    return PaymentRequest(
        client_key=key(), tender=Tender.CASH, amount_cents=amount, tendered_cents=given
    )


def count(ctx, table, **where) -> int:
    with ctx.engine.connect() as c:
        query = select(func.count()).select_from(table)
        for name, value in where.items():
            query = query.where(getattr(table.c if hasattr(table, "c") else table, name) == value)
        return c.execute(query).scalar_one()


def regina_total(ctx, clerk, quantity=2) -> int:
    preview = orders.place  # the price comes from the catalogue: ask for it once
    del preview
    with ctx.engine.connect() as c:
        price = c.execute(text("SELECT price_cents FROM products WHERE code = 'regina'")).scalar()
    return price * quantity


# --------------------------------------------------------------------------- one transaction


def test_new_customer_order_and_payment_in_one_submission(demo, clerk):
    total = regina_total(demo, clerk)
    s = form(
        demo,
        mode=OrderMode.DELIVERY,
        channel=Channel.PHONE,
        customer=CustomerPart(
            new_customer=CustomerInput(
                phone="06 12 34 56 78", first_name="Jeanne", last_name="Martin"
            ),
            new_address=AddressInput(street="27 rue du Faubourg Saint-Antoine", postcode="75011"),
        ),
        payments=(cash(total, 5000),),
    )
    outcome = counter.submit(demo, clerk, s)
    assert not outcome.replayed
    assert outcome.change_cents == 5000 - total
    assert outcome.totals.due_cents == 0 and outcome.totals.paid_cents == total
    assert outcome.new_address_id == outcome.address_id is not None
    detail = orders.detail(demo, clerk, outcome.order_id)
    assert detail.customer_id == outcome.customer_id and detail.address_id == outcome.address_id
    assert [p.amount_cents for p in detail.payments] == [total]
    assert ledger_mismatches(demo) == 0


def test_a_counter_sale_paid_now_costs_six_statements_and_the_commit(demo, clerk):
    total = regina_total(demo, clerk)
    s = form(demo, payments=(cash(total, total),))
    sent = []

    def on_execute(conn, cursor, statement, *args):
        sent.append(statement.split()[0].upper())

    counter.submit(demo, clerk, form(demo))  # warm: the pool's connection is reused
    event.listen(demo.engine, "before_cursor_execute", on_execute)
    try:
        counter.submit(demo, clerk, s)
    finally:
        event.remove(demo.engine, "before_cursor_execute", on_execute)
    work = [w for w in sent if w not in ("BEGIN", "COMMIT", "ROLLBACK")]
    placing = ["SELECT", "INSERT", "INSERT", "INSERT", "INSERT"]  # the ledger moves the stock
    # The sale and its payment go to the journal in one statement on MariaDB (its trigger
    # chains them); SQLite reads and moves the journal's head itself.
    journalling = ["INSERT"] if demo.backend == "mysql" else ["SELECT", "INSERT", "UPDATE"]
    assert work == placing + journalling


def test_a_refusal_late_in_the_form_writes_nothing_not_even_the_customer(demo, clerk):
    before = snapshot(demo)
    s = form(
        demo,
        customer=CustomerPart(
            new_customer=CustomerInput(
                phone="06 11 22 33 44", first_name="Paul", last_name="Durand"
            )
        ),
        payments=(cash(999_999),),  # more than due
    )
    with pytest.raises(ValidationError) as refused:
        counter.submit(demo, clerk, s)
    assert refused.value.code == "payment.exceeds_due"
    assert snapshot(demo) == before


# --------------------------------------------------------------------------- exact once


def test_a_resend_returns_the_whole_first_outcome_and_writes_nothing(demo, clerk):
    total = regina_total(demo, clerk)
    s = form(
        demo,
        customer=CustomerPart(
            new_customer=CustomerInput(phone="06 98 76 54 32", first_name="Léa", last_name="Petit")
        ),
        payments=(cash(total, 10_000),),
    )
    first = counter.submit(demo, clerk, s)
    after_first = snapshot(demo)
    again = counter.submit(demo, clerk, s)
    assert again.replayed and not first.replayed
    assert (again.order_id, again.change_cents, again.customer_id) == (
        first.order_id,
        10_000 - total,
        first.customer_id,
    )
    assert again.payments == first.payments
    assert again.totals == first.totals
    assert snapshot(demo) == after_first
    assert counter.outcome(demo, clerk, s) == again


def test_the_same_key_with_another_cart_is_refused_naming_the_order(demo, clerk):
    s = form(demo)
    first = counter.submit(demo, clerk, s)
    before = snapshot(demo)
    edited = form(
        demo,
        CartLine(product_id(demo, "regina"), 2),
        CartLine(product_id(demo, "margherita"), 1),
        client_key=s.client_key,
    )
    with pytest.raises(ValidationError) as refused:
        counter.submit(demo, clerk, edited)
    assert refused.value.code == "submission.key_reused"
    assert str(first.order_id) in refused.value.message("fr")
    assert snapshot(demo) == before
    with pytest.raises(ValidationError):
        counter.outcome(demo, clerk, edited)


def test_nothing_saved_is_said_as_such(demo, clerk):
    assert counter.outcome(demo, clerk, form(demo)) is None


def test_a_payment_resent_is_recorded_once_and_another_amount_refused(demo, clerk):
    placed = counter.submit(demo, clerk, form(demo))
    total = placed.total_cents
    payment_key = key()
    first = orders.record_payment(
        demo, clerk, placed.order_id, Tender.CASH, 1000, 2000, client_key=payment_key
    )
    again = orders.record_payment(
        demo, clerk, placed.order_id, Tender.CASH, 1000, 2000, client_key=payment_key
    )
    assert again.replayed and not first.replayed
    assert (again.paid_cents, again.change_cents) == (1000, 1000)
    assert orders.payment_outcome(demo, clerk, placed.order_id, payment_key).amount_cents == 1000
    before = snapshot(demo)
    with pytest.raises(ValidationError) as other:
        orders.record_payment(
            demo, clerk, placed.order_id, Tender.CASH, 1500, client_key=payment_key
        )
    assert other.value.code == "payment.key_reused"
    assert snapshot(demo) == before
    assert count(demo, Payment.__table__, order_id=placed.order_id) == 1
    assert orders.detail(demo, clerk, placed.order_id).due_cents == total - 1000


# --------------------------------------------------------------------------- settlements


def test_a_paid_order_made_cheaper_must_say_how_the_difference_goes_back(demo, clerk, manager):
    total = regina_total(demo, clerk, 3)
    s = form(demo, CartLine(product_id(demo, "regina"), 3), payments=(cash(total),))
    paid = counter.submit(demo, clerk, s)
    smaller = (CartLine(product_id(demo, "regina"), 1),)
    cheaper = form(
        demo, *smaller, order_id=paid.order_id, expected_version=paid.version, client_key=key()
    )
    before = snapshot(demo)
    with pytest.raises(ValidationError) as refused:
        counter.submit(demo, manager, cheaper)
    assert refused.value.code == "settlement.refund_required"
    assert snapshot(demo) == before
    give_back = total - total // 3
    wrong = form(
        demo,
        *smaller,
        order_id=paid.order_id,
        expected_version=paid.version,
        refunds=(RefundRequest(client_key=key(), tender=Tender.CASH, amount_cents=give_back - 1),),
        refund_reason="Une pizza en moins",
    )
    with pytest.raises(ValidationError) as mismatch:
        counter.submit(demo, manager, wrong)
    assert mismatch.value.code == "settlement.refund_mismatch"
    settled = form(
        demo,
        *smaller,
        order_id=paid.order_id,
        expected_version=paid.version,
        refunds=(RefundRequest(client_key=key(), tender=Tender.CASH, amount_cents=give_back),),
        refund_reason="Une pizza en moins",
    )
    outcome = counter.submit(demo, manager, settled)
    assert outcome.modified and outcome.refunded_cents == give_back
    assert outcome.totals.due_cents == 0 and outcome.totals.overpaid_cents == 0
    assert outcome.refunds[0].credit_note_number == 1
    assert sum(v.total_cents for v in outcome.refunds[0].vat) == give_back
    detail = orders.detail(demo, clerk, paid.order_id)
    assert detail.kept_cents == detail.total_cents == total // 3
    assert [r.amount_cents for r in detail.refunds] == [give_back]
    # The same modification resent: the same outcome, no second refund.
    assert counter.submit(demo, manager, settled).replayed
    assert count(demo, Refund.__table__, order_id=paid.order_id) == 1


def test_a_card_refund_needs_the_bank_reference_and_cannot_exceed_the_card(demo, clerk, manager):
    total = regina_total(demo, clerk, 2)
    card = PaymentRequest(client_key=key(), tender=Tender.CARD, amount_cents=total)
    placed = counter.submit(demo, clerk, form(demo, payments=(card,)))
    half = form(
        demo,
        CartLine(product_id(demo, "regina"), 1),
        order_id=placed.order_id,
        expected_version=placed.version,
        refunds=(RefundRequest(client_key=key(), tender=Tender.CARD, amount_cents=total // 2),),
        refund_reason="Erreur de saisie",
    )
    with pytest.raises(ValidationError) as missing:
        counter.submit(demo, manager, half)
    assert missing.value.code == "refund.reference"
    with_reference = form(
        demo,
        CartLine(product_id(demo, "regina"), 1),
        order_id=placed.order_id,
        expected_version=placed.version,
        refunds=(
            RefundRequest(
                client_key=key(),
                tender=Tender.CARD,
                amount_cents=total // 2,
                bank_reference="TPE-4471",
            ),
        ),
        refund_reason="Erreur de saisie",
    )
    assert counter.submit(demo, manager, with_reference).refunds[0].bank_reference == "TPE-4471"


def test_cancelling_a_paid_order_records_its_refund(demo, clerk, manager):
    total = regina_total(demo, clerk, 1)
    placed = counter.submit(
        demo,
        clerk,
        form(demo, CartLine(product_id(demo, "regina"), 1), payments=(cash(total),)),
    )
    before = snapshot(demo)
    with pytest.raises(ValidationError) as refused:
        orders.cancel(demo, clerk, placed.order_id, "Client parti", placed.version)
    assert refused.value.code == "settlement.refund_required"
    assert snapshot(demo) == before
    back = RefundRequest(client_key=key(), tender=Tender.CASH, amount_cents=total)
    cancel_key = key()
    moved = orders.cancel(
        demo,
        clerk,
        placed.order_id,
        "Client parti",
        placed.version,
        client_key=cancel_key,
        refunds=(back,),
    )
    assert moved.refunds[0].amount_cents == total
    # Resent after a lost reply: the same outcome, not "already cancelled".
    again = orders.cancel(
        demo,
        clerk,
        placed.order_id,
        "Client parti",
        placed.version,
        client_key=cancel_key,
        refunds=(back,),
    )
    assert again.replayed and again.refunds == moved.refunds
    detail = orders.detail(demo, manager, placed.order_id)
    assert detail.status is OrderStatus.CANCELLED and detail.kept_cents == 0


def test_a_large_refund_needs_a_manager_and_their_password(demo, clerk, manager):
    with demo.engine.begin() as c:
        c.execute(
            text("UPDATE users SET password_hash = :h WHERE username = 'responsable.bastille'"),
            {"h": fast_hash("demo-responsable")},
        )
    settings.set_till_rules(
        demo, staff(demo, "direction"), TillRules(refund_approval_above_cents=500)
    )
    total = regina_total(demo, clerk, 2)
    placed = counter.submit(demo, clerk, form(demo, payments=(cash(total),)))

    def cancelling(approval=None):
        return orders.cancel(
            demo,
            clerk,
            placed.order_id,
            "Commande en double",
            placed.version,
            refunds=(RefundRequest(client_key=key(), tender=Tender.CASH, amount_cents=total),),
            approval=approval,
        )

    with pytest.raises(PermissionDenied) as needed:
        cancelling()
    assert needed.value.code == "refund.approval_needed"
    with pytest.raises(DomainError) as wrong:
        cancelling(Approval(username="responsable.bastille", password="wrong"))
    assert wrong.value.code == "auth.bad_credentials"
    with pytest.raises(PermissionDenied) as other_store:
        cancelling(Approval(username="accueil.bastille", password="demo-accueil"))
    assert other_store.value.code in ("refund.approver_role", "auth.bad_credentials")
    moved = cancelling(Approval(username="responsable.bastille", password="demo-responsable"))
    with demo.engine.connect() as c:
        approved_by = c.execute(
            select(Refund.approved_by_id).where(Refund.order_id == moved.order_id)
        ).scalar()
    assert approved_by == manager.user_id


# --------------------------------------------------------------------------- discounts


def test_discounts_by_role_with_the_managers_limit_configurable(demo, clerk, manager):
    ten = Discount(DiscountKind.PERCENT, 1000, DiscountReason.LOYALTY)
    placed = counter.submit(demo, clerk, form(demo, discounts=(ten,)))
    assert placed.totals.discount_cents == round(placed.totals.gross_cents / 10)
    twenty = Discount(DiscountKind.PERCENT, 2000, DiscountReason.GOODWILL)
    before = snapshot(demo)
    with pytest.raises(ValidationError) as over:
        counter.submit(demo, clerk, form(demo, discounts=(twenty,)))
    assert over.value.code == "discount.over_limit"
    assert snapshot(demo) == before
    assert counter.submit(demo, manager, form(demo, discounts=(twenty,))).totals.discount_cents
    settings.set_till_rules(
        demo, staff(demo, "direction"), TillRules(manager_discount_limit_bp=1500)
    )
    with pytest.raises(ValidationError):
        counter.submit(demo, manager, form(demo, discounts=(twenty,)))
    with pytest.raises(PermissionDenied):
        counter.submit(demo, staff(demo, "pizzaiolo.bastille"), form(demo, discounts=(ten,)))


def test_discounts_are_stored_with_their_reason_and_shown_in_the_detail(demo, clerk):
    lines = (CartLine(product_id(demo, "regina"), 1), CartLine(product_id(demo, "tiramisu"), 1))
    on_line = Discount(DiscountKind.AMOUNT, 100, DiscountReason.LATE, line=2)
    placed = counter.submit(demo, clerk, form(demo, *lines, discounts=(on_line,)))
    detail = orders.detail(demo, clerk, placed.order_id)
    assert [d.discount for d in detail.discounts] == [on_line]
    assert detail.discounts[0].granted_by == clerk.full_name
    assert [line.discount_cents for line in detail.lines] == [0, 100]
    assert detail.total_cents == detail.totals.total_cents == placed.total_cents
    assert sum(v.total_cents for v in detail.vat) == detail.total_cents


# --------------------------------------------------------------------------- races


def test_modifying_an_order_a_colleague_started_names_them(demo, clerk):
    placed = counter.submit(demo, clerk, form(demo))
    pizzaiolo = staff(demo, "pizzaiolo.bastille")
    orders.advance(demo, pizzaiolo, placed.order_id, OrderStatus.IN_PREPARATION)
    late = form(
        demo,
        CartLine(product_id(demo, "regina"), 3),
        order_id=placed.order_id,
        expected_version=placed.version,
    )
    with pytest.raises(ConflictError) as refused:
        counter.submit(demo, clerk, late)
    message = refused.value.message("fr")
    assert refused.value.code == "order.taken"
    assert pizzaiolo.full_name in message and "en préparation" in message
    assert "in_preparation" not in message


def test_a_cancelled_order_is_said_cancelled_by_whom(demo, clerk, manager):
    placed = counter.submit(demo, clerk, form(demo))
    orders.cancel(demo, manager, placed.order_id, "Client injoignable")
    for attempt in (
        lambda: orders.cancel(demo, clerk, placed.order_id, None, placed.version),
        lambda: orders.advance(
            demo,
            staff(demo, "pizzaiolo.bastille"),
            placed.order_id,
            OrderStatus.IN_PREPARATION,
            seen_status=OrderStatus.RECEIVED,
        ),
        lambda: counter.submit(
            demo, clerk, form(demo, order_id=placed.order_id, expected_version=placed.version)
        ),
    ):
        with pytest.raises(ConflictError) as refused:
            attempt()
        message = refused.value.message("fr")
        assert refused.value.code == "order.cancelled_by"
        assert manager.full_name in message and "cancelled" not in message


def test_a_payment_taken_meanwhile_is_named(demo, clerk, manager):
    placed = counter.submit(demo, clerk, form(demo))
    orders.record_payment(demo, manager, placed.order_id, Tender.CARD, 500)
    stale = form(
        demo,
        CartLine(product_id(demo, "regina"), 1),
        order_id=placed.order_id,
        expected_version=placed.version,
    )
    with pytest.raises(ConflictError) as refused:
        counter.submit(demo, clerk, stale)
    assert refused.value.code == "order.paid_by"
    assert manager.full_name in refused.value.message("fr")


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "change",
    [
        {"discounts": (Discount(DiscountKind.AMOUNT, 10**6, DiscountReason.GOODWILL),)},
        {"discounts": (Discount(DiscountKind.AMOUNT, -100, DiscountReason.GOODWILL),)},
        {"payments": (cash(-500),)},
        {"payments": (cash(500, 100),)},
        {"payments": (PaymentRequest(client_key="x", tender=Tender.CASH, amount_cents=1),)},
        {"refunds": (RefundRequest(client_key=key(), tender=Tender.CASH, amount_cents=100),)},
    ],
)
def test_bad_input_gets_a_message_and_writes_nothing(demo, clerk, change):
    before = snapshot(demo)
    with pytest.raises(ValidationError) as refused:
        counter.submit(demo, clerk, form(demo, **change))
    assert refused.value.message("fr")
    assert snapshot(demo) == before


def test_refund_above_what_was_kept_or_without_reason_is_refused(demo, clerk):
    total = regina_total(demo, clerk, 1)
    placed = counter.submit(
        demo, clerk, form(demo, CartLine(product_id(demo, "regina"), 1), payments=(cash(total),))
    )
    before = snapshot(demo)
    for refunds, reason, code in (
        (
            (RefundRequest(client_key=key(), tender=Tender.CASH, amount_cents=total + 1),),
            "Trop",
            "settlement.refund_mismatch",
        ),
        (
            (RefundRequest(client_key=key(), tender=Tender.CASH, amount_cents=total),),
            None,
            "refund.reason_required",
        ),
    ):
        with pytest.raises(ValidationError) as refused:
            orders.cancel(demo, clerk, placed.order_id, reason, placed.version, refunds=refunds)
        assert refused.value.code == code
    assert snapshot(demo) == before
    assert balances(demo, clerk.store_id)  # the stock is untouched too (snapshot above)
    assert count(demo, Customer.__table__) >= 0
    assert count(demo, Order.__table__, id=placed.order_id) == 1
