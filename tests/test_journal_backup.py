"""Backups keep the sales journal verifiable: `backup create` then `restore` (the SQLite file,
the mariadb-dump SQL and the built-in JSON-lines dump), then `journal verify` passes on both
databases, the restored chain is the same, and the next sale chains on from it (the chain
trigger neither re-chained the restored rows nor lost the store's head)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text

from ocpizza_desk.cli import main
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import Channel, OrderMode, Tender
from ocpizza_desk.ops import backup, journal_audit
from ocpizza_desk.services import counter
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.counter import CounterSubmission
from ocpizza_desk.services.payments import PaymentRequest
from tests.helpers import product_id, staff


def sell(ctx) -> None:
    manager = staff(ctx, "responsable.bastille")
    regina = product_id(ctx, "regina")
    with ctx.engine.connect() as c:
        price = c.execute(text("SELECT price_cents FROM products WHERE id = :p"), {"p": regina})
        total = price.scalar_one()
    counter.submit(
        ctx,
        manager,
        CounterSubmission(
            client_key=uuid.uuid4().hex,
            channel=Channel.COUNTER,
            mode=OrderMode.TAKEAWAY,
            lines=(CartLine(regina, 1),),
            promised_at=utcnow() + timedelta(minutes=20),
            payments=(
                PaymentRequest(client_key=uuid.uuid4().hex, tender=Tender.CASH, amount_cents=total),
            ),
        ),
    )


def journal_rows(config) -> list[tuple]:
    engine = create_engine(config.url)
    try:
        with engine.connect() as c:
            return [
                tuple(r)
                for r in c.execute(
                    text(
                        "SELECT store_id, sequence, kind, order_id, ticket_number, reference, "
                        "amount_cents, content, previous_hash, hash FROM sales_journal ORDER BY id"
                    )
                )
            ]
    finally:
        engine.dispose()


@pytest.mark.parametrize("method", ["auto", "builtin"])
def test_a_restored_database_verifies_and_chains_on(demo, new_database, backend, tmp_path,
                                                    method, capsys):  # fmt: skip
    sell(demo)
    assert journal_audit.verify(demo.engine).ok
    info = backup.create(demo.config, tmp_path, method=method)
    target = new_database(backend)
    backup.restore(info.path, target)
    assert journal_rows(target) == journal_rows(demo.config)
    for config in (demo.config, target):
        assert main(["--lang", "en", "--db-url", config.url, "journal", "verify"]) == 0
        assert "VERIFIED" in capsys.readouterr().out
    restored = ServiceContext(target)
    try:
        before = journal_audit.verify(restored.engine, store="bastille").stores[0].last_sequence
        sell(restored)  # the chain trigger (MariaDB) or the service (SQLite) carries on
        report = journal_audit.verify(restored.engine)
        assert report.ok, [p.describe("en") for p in report.problems]
        assert report.stores[0].last_sequence == before + 2  # the sale and its payment
    finally:
        restored.close()
