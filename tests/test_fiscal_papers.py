"""Receipts and credit notes carry the store's ticket number and their journal entry's
fingerprint; printed again, they are duplicates, journalled (article 286 I-3° bis CGI)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ocpizza_desk.db.models import AuditEntry, JournalEntry
from ocpizza_desk.domain.errors import PermissionDenied
from ocpizza_desk.ops import journal_audit
from ocpizza_desk.services import documents, journal, orders
from ocpizza_desk.services.cart import CartLine
from tests.helpers import product_id, request, staff
from tests.test_credit_notes import cancel_paid
from tests.test_documents import place_discounted

J = JournalEntry.__table__


def entries(ctx, order_id, *kinds):
    with ctx.engine.connect() as c:
        return c.execute(
            select(J).where(J.c.order_id == order_id, J.c.kind.in_(kinds)).order_by(J.c.sequence)
        ).all()


def prints(ctx, order_id):
    with ctx.engine.connect() as c:
        return c.execute(
            select(AuditEntry.__table__.c.entity, AuditEntry.__table__.c.after).where(
                AuditEntry.__table__.c.action == documents.PRINT_ACTION,
                AuditEntry.__table__.c.entity_id == str(order_id),
            )
        ).all()


def test_a_receipt_carries_its_ticket_and_fingerprint_and_a_reprint_is_a_journalled_duplicate(
    demo,
):
    clerk = staff(demo, "accueil.bastille")
    placed = orders.place(demo, clerk, request(CartLine(product_id(demo, "regina"), 1)))
    [sale] = entries(demo, placed.order_id, journal.SALE)
    first = documents.receipt_to_print(demo, clerk, placed.order_id)
    assert first.mark == documents.FiscalMark(
        sale.ticket_number, journal.fingerprint(sale.hash), duplicate=False
    )
    assert entries(demo, placed.order_id, journal.DUPLICATE) == []
    again = documents.receipt_to_print(demo, staff(demo, "responsable.bastille"), placed.order_id)
    assert again.mark == documents.FiscalMark(sale.ticket_number, first.mark.fingerprint, True)
    [duplicate] = entries(demo, placed.order_id, journal.DUPLICATE)
    assert duplicate.amount_cents == 0 and '"paper":"receipt"' in duplicate.content
    third = documents.receipt_to_print(demo, clerk, placed.order_id)
    assert third.mark.duplicate and len(entries(demo, placed.order_id, journal.DUPLICATE)) == 2
    assert [after["duplicate"] for _e, after in prints(demo, placed.order_id)] == [
        False,
        True,
        True,
    ]
    # The kitchen ticket and the courier slip are no money papers: nothing recorded.
    assert documents.ticket_data(demo, clerk, placed.order_id).mark is None
    assert len(prints(demo, placed.order_id)) == 3
    assert journal_audit.verify(demo.engine).ok


def test_a_modified_order_prints_a_new_original_receipt(demo):
    manager = staff(demo, "responsable.bastille")
    order_id, _number = place_discounted(demo)  # placed, paid, then modified
    [sale] = entries(demo, order_id, journal.SALE)
    last = entries(demo, order_id, journal.SALE, journal.MODIFICATION)[-1]
    assert last.kind == journal.MODIFICATION
    receipt = documents.receipt_to_print(demo, manager, order_id)
    assert receipt.mark == documents.FiscalMark(
        sale.ticket_number, journal.fingerprint(last.hash), duplicate=False
    )


def test_a_credit_note_carries_its_refunds_fingerprint_and_a_reprint_is_a_duplicate(demo):
    clerk = staff(demo, "accueil.bastille")
    placed, refund = cancel_paid(demo, clerk)
    [sale] = entries(demo, placed.order_id, journal.SALE)
    [refunded] = entries(demo, placed.order_id, journal.REFUND)
    number = refund.credit_note_number
    note = documents.credit_note_to_print(demo, clerk, placed.order_id, number)
    assert refunded.reference == journal.credit_note_reference(number)
    assert note.mark == documents.FiscalMark(
        sale.ticket_number, journal.fingerprint(refunded.hash), duplicate=False
    )
    # The receipt of the same order is another paper: its first print is an original.
    assert not documents.receipt_to_print(demo, clerk, placed.order_id).mark.duplicate
    again = documents.credit_note_to_print(demo, clerk, placed.order_id, number)
    assert again.mark.duplicate
    [duplicate] = entries(demo, placed.order_id, journal.DUPLICATE)
    assert duplicate.reference == journal.credit_note_reference(number)
    assert journal_audit.verify(demo.engine).ok


def test_who_may_print_money_papers(demo):
    clerk = staff(demo, "accueil.bastille")
    placed = orders.place(demo, clerk, request(CartLine(product_id(demo, "regina"), 1)))
    with pytest.raises(PermissionDenied):
        documents.receipt_to_print(demo, staff(demo, "pizzaiolo.bastille"), placed.order_id)
    with pytest.raises(PermissionDenied):
        documents.receipt_to_print(demo, staff(demo, "accueil.abbesses"), placed.order_id)
    assert prints(demo, placed.order_id) == []
    # Head office reads every store's orders: its reprint is journalled in the order's store.
    documents.receipt_to_print(demo, clerk, placed.order_id)
    head_office = staff(demo, "direction")
    assert documents.receipt_to_print(demo, head_office, placed.order_id).mark.duplicate
    [duplicate] = entries(demo, placed.order_id, journal.DUPLICATE)
    assert duplicate.store_id == placed.store_id


@pytest.mark.parametrize("backend", ["mariadb"], indirect=True)
def test_money_papers_print_through_each_roles_own_database_account(demo, signed_in):
    """The server, not the app, decides: the clerk and head office print and
    reprint with their own accounts (a duplicate is a journal INSERT in the order's store)."""
    counter_ctx, clerk = signed_in("accueil.bastille")
    placed, refund = cancel_paid(counter_ctx, clerk)
    for username in ("accueil.bastille", "direction"):
        ctx, session = signed_in(username)
        documents.receipt_to_print(ctx, session, placed.order_id)
        documents.credit_note_to_print(ctx, session, placed.order_id, refund.credit_note_number)
    assert len(entries(demo, placed.order_id, journal.DUPLICATE)) == 2
    assert journal_audit.verify(demo.engine).ok


def test_a_gdpr_erasure_leaves_the_journal_verifiable_and_the_receipt_printable(demo):
    """The journal's content carries no personal data, so erasing a customer never touches
    it: `journal verify` still passes and the paid order's receipt still prints."""
    from ocpizza_desk.domain.enums import Tender
    from tests.test_customer_file import deliver_to, make

    clerk = staff(demo, "accueil.bastille")
    card = make(demo, clerk, "06 55 44 33 22", email="client@example.fr")
    order_id = deliver_to(demo, clerk, card)
    total = orders.detail(demo, clerk, order_id).total_cents
    orders.record_payment(demo, clerk, order_id, Tender.CARD, total)
    before = entries(demo, order_id, journal.SALE, journal.PAYMENT)
    assert not any("06 55" in e.content or "client@" in e.content for e in before)
    documents.receipt_to_print(demo, clerk, order_id)
    from ocpizza_desk.services import customers

    customers.erase(demo, staff(demo, "responsable.bastille"), card.id, "DPO-12")
    assert entries(demo, order_id, journal.SALE, journal.PAYMENT) == before
    assert journal_audit.verify(demo.engine).ok
    receipt = documents.receipt_to_print(demo, clerk, order_id)
    assert receipt.mark.duplicate and receipt.customer_phone_e164 is None


@pytest.mark.parametrize("backend", ["mariadb"], indirect=True)
def test_two_pcs_printing_the_same_receipt_at_once_make_one_original(demo):
    """Another transaction holds the order; both prints wait for it, then go one after the
    other: exactly one original, the other a journalled duplicate. Before, neither waited and
    each read "never printed": two originals of one ticket."""
    import threading
    import time

    import pymysql
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from ocpizza_desk.services.context import ServiceContext

    clerk = staff(demo, "accueil.bastille")
    manager = staff(demo, "responsable.bastille")
    placed = orders.place(demo, clerk, request(CartLine(product_id(demo, "regina"), 1)))
    pcs = [ServiceContext(demo.config) for _ in range(2)]  # two PCs, a pool each
    for pc in pcs:  # connected before the race, so that both reach the lock at once
        pc.transaction(lambda db: db.execute(text("SELECT 1")))
    results: list = []

    def print_receipt(pc, who) -> None:
        try:
            results.append(documents.receipt_to_print(pc, who, placed.order_id).mark)
        except Exception as error:  # the assertion below says which
            results.append(error)

    url = make_url(demo.config.url)
    watcher = pymysql.connect(
        host=url.host, port=url.port or 3306, user=url.username, password=url.password or ""
    )

    def waiting_prints() -> int:
        """Sessions of this database blocked on the order's lock (seen by the server)."""
        with watcher.cursor() as cursor:
            cursor.execute(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE db = %s"
                " AND info LIKE %s",
                (url.database, "SELECT orders.id %FOR UPDATE%"),
            )
            return cursor.fetchone()[0]

    holder = demo.engine.connect()
    transaction = holder.begin()
    holder.execute(text("SELECT id FROM orders WHERE id = :o FOR UPDATE"), {"o": placed.order_id})
    threads = [
        threading.Thread(target=print_receipt, args=(pc, who))
        for pc, who in zip(pcs, (clerk, manager), strict=True)
    ]
    try:
        for thread in threads:
            thread.start()
        until = time.monotonic() + 5  # a wait gives up after 3 s, once retried
        while (
            waiting_prints() < 2 and time.monotonic() < until and all(t.is_alive() for t in threads)
        ):
            threading.Event().wait(0.02)
        assert waiting_prints() == 2, ("both prints should wait for the order", results)
    finally:
        transaction.commit()
        holder.close()
        for thread in threads:
            thread.join(timeout=30)
        for pc in pcs:
            pc.close()
        watcher.close()
    assert sorted(mark.duplicate for mark in results) == [False, True], results
    assert len(entries(demo, placed.order_id, journal.DUPLICATE)) == 1
