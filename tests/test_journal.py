"""The sales journal: every money event chained per store, in its own transaction, the same
hashes on MariaDB (trigger) and SQLite (Python), and the takings' records inalterable."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import Channel, OrderMode, Tender
from ocpizza_desk.services import counter, journal, orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.counter import CounterSubmission
from ocpizza_desk.services.payments import PaymentRequest, RefundRequest
from tests.helpers import product_id, staff


@pytest.fixture
def manager(demo):
    return staff(demo, "responsable.bastille")


def key() -> str:
    return uuid.uuid4().hex


def sell(ctx, session, quantity=2, paid=True):
    regina = product_id(ctx, "regina")
    with ctx.engine.connect() as c:
        price = c.execute(text("SELECT price_cents FROM products WHERE id = :p"), {"p": regina})
        total = price.scalar() * quantity
    payments = (
        (PaymentRequest(client_key=key(), tender=Tender.CASH, amount_cents=total),) if paid else ()
    )
    return counter.submit(
        ctx,
        session,
        CounterSubmission(
            client_key=key(),
            channel=Channel.COUNTER,
            mode=OrderMode.TAKEAWAY,
            lines=(CartLine(regina, quantity),),
            promised_at=utcnow() + timedelta(minutes=20),
            payments=payments,
        ),
    )


def entries(ctx, store_id, after=0):
    """The store's entries after sequence `after` (the demo's history is journalled too)."""
    with ctx.engine.connect() as c:
        return [
            SimpleNamespace(**row._mapping)
            for row in journal.entries_of(c, store_id)
            if row.sequence > after
        ]


def head(ctx, store_id):
    """(last sequence, last hash, last ticket) of the store's journal."""
    with ctx.engine.connect() as c:
        return tuple(
            c.execute(
                text(
                    "SELECT last_sequence, last_hash, last_ticket FROM journal_heads "
                    "WHERE store_id = :s"
                ),
                {"s": store_id},
            ).one()
        )


def test_every_money_event_is_chained_in_order(demo, manager):
    store = manager.store_id
    base, base_hash, tickets = head(demo, store)  # after the demo's history
    first = sell(demo, manager, 3)
    second = sell(demo, manager, 1, paid=False)
    orders.record_payment(demo, manager, second.order_id, Tender.CARD, second.total_cents)
    with demo.engine.connect() as c:
        price = c.execute(text("SELECT price_cents FROM products WHERE code = 'regina'")).scalar()
    counter.submit(
        demo,
        manager,
        CounterSubmission(
            client_key=key(),
            channel=Channel.COUNTER,
            mode=OrderMode.TAKEAWAY,
            lines=(CartLine(product_id(demo, "regina"), 2),),
            promised_at=utcnow() + timedelta(minutes=20),
            order_id=first.order_id,
            expected_version=first.version,
            refunds=(RefundRequest(client_key=key(), tender=Tender.CASH, amount_cents=price),),
            refund_reason="Une pizza en moins",
        ),
    )
    orders.cancel(
        demo,
        manager,
        second.order_id,
        "Client parti",
        refunds=(
            RefundRequest(
                client_key=key(),
                tender=Tender.CARD,
                amount_cents=second.total_cents,
                bank_reference="TPE-991",
            ),
        ),
    )
    rows = entries(demo, store, after=base)
    assert [r.kind for r in rows] == [
        "sale",
        "payment",
        "sale",
        "payment",
        "modification",
        "refund",
        "cancellation",
        "refund",
    ]
    assert [r.sequence for r in rows] == list(range(base + 1, base + 9))
    assert [r.ticket_number for r in rows if r.kind == "sale"] == [tickets + 1, tickets + 2]
    assert all(r.ticket_number is None for r in rows if r.kind != "sale")
    assert list(journal.chain_breaks(rows, store, (base, base_hash))) == []
    # Sales add up with their corrections; takings with their refunds.
    sales = sum(r.amount_cents for r in rows if r.kind in ("sale", "modification", "cancellation"))
    takings = sum(r.amount_cents for r in rows if r.kind in ("payment", "refund"))
    assert sales == 2 * price and takings == 2 * price
    content = json.loads(rows[0].content)
    assert list(content)[:4] == ["format", "event", "order", "at"]
    assert content["total"] == 3 * price and content["vat"][0][0] == 1000
    assert rows[5].reference == "AV1" and json.loads(rows[5].content)["credit_note"] == 1
    assert head(demo, store) == (base + 8, rows[-1].hash, tickets + 2)


def test_a_tampered_entry_breaks_the_chain_where_it_was_changed(demo, manager):
    for _ in range(3):
        sell(demo, manager)
    rows = entries(demo, manager.store_id)
    forged = SimpleNamespace(**{**vars(rows[2]), "amount_cents": rows[2].amount_cents - 100})
    broken = list(journal.chain_breaks([*rows[:2], forged, *rows[3:]], manager.store_id))
    assert [(b.sequence, b.problem) for b in broken] == [(3, "hash")]
    missing = list(journal.chain_breaks([*rows[:2], *rows[3:]], manager.store_id))
    assert [(b.sequence, b.problem) for b in missing][:2] == [(4, "gap"), (4, "previous_hash")]


def test_an_entry_after_the_closed_day_goes_to_the_next_business_day(demo, manager):
    today = journal.business_day(utcnow())
    base = head(demo, manager.store_id)[0]
    with demo.engine.begin() as c:
        c.execute(
            text("UPDATE journal_heads SET closed_through = :d WHERE store_id = :s"),
            {"d": today, "s": manager.store_id},
        )
    sell(demo, manager)
    assert {r.business_date for r in entries(demo, manager.store_id, after=base)} == {
        today + timedelta(days=1)
    }
    assert list(journal.chain_breaks(entries(demo, manager.store_id), manager.store_id)) == []


@pytest.mark.parametrize("table", ["sales_journal", "payments", "refunds", "closures"])
def test_the_takings_records_refuse_update_and_delete(demo, manager, table):
    placed = sell(demo, manager, 2)
    orders.cancel(
        demo,
        manager,
        placed.order_id,
        "Erreur",
        refunds=(
            RefundRequest(client_key=key(), tender=Tender.CASH, amount_cents=placed.total_cents),
        ),
    )
    if table == "closures":  # a row to touch (the closures service writes them)
        with demo.engine.begin() as c:
            entry = c.execute(text("SELECT MIN(id) FROM sales_journal")).scalar()
            c.execute(
                text(
                    "INSERT INTO closures (store_id, kind, period_start, period_end, closed_at, "
                    "totals, grand_total_cents, journal_entry_id) VALUES (:s, 'day', :d, :d, "
                    ":t, '{}', 0, :e)"
                ),
                {"s": manager.store_id, "d": utcnow().date(), "t": utcnow(), "e": entry},
            )
    column = "note" if table == "closures" else "amount_cents"
    for statement in (f"UPDATE {table} SET {column} = {column}", f"DELETE FROM {table}"):
        with pytest.raises(DBAPIError) as refused, demo.engine.begin() as c:
            c.execute(text(statement))
        assert "inalterable" in str(refused.value)
