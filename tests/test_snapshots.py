"""The database states restored before each test (tests/snapshots.py): whatever a test wrote,
deleted, tampered with or set aside, the next one starts from the same rows and triggers."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ocpizza_desk.db import triggers
from ocpizza_desk.db.schema import EXPECTED_REVISION
from ocpizza_desk.services import orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext
from tests import snapshots
from tests.conftest import _restore
from tests.helpers import product_id, snapshot, staff
from tests.helpers import request as new_order


def all_triggers(ctx) -> list[tuple[str, str]]:
    with ctx.engine.connect() as c:
        return triggers.definitions(c, lambda _name: True)


def scribble(ctx) -> None:
    """What tests do to a database: a sale (orders, lines, ledger, balances, journal,
    payments' neighbours, change marks), rows changed (a store among them) and deleted, the
    journal tampered with, a newer schema stamped, a refusal trigger left dropped."""
    counter = staff(ctx, "accueil.bastille")
    orders.place(ctx, counter, new_order(CartLine(product_id(ctx, "regina"), 2)))
    with ctx.engine.begin() as c:
        order_id = c.execute(text("SELECT MIN(id) FROM orders")).scalar()
        address_id = c.execute(text("SELECT MIN(id) FROM customer_addresses")).scalar()
        store_id = c.execute(text("SELECT MIN(id) FROM stores")).scalar()
        c.execute(text("UPDATE orders SET version = version + 7 WHERE id = :i"), {"i": order_id})
        c.execute(text("DELETE FROM customer_addresses WHERE id = :i"), {"i": address_id})
        c.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        # A store changed: refilling `stores` must not add journal heads or change marks.
        c.execute(text("UPDATE stores SET name = 'Renamed' WHERE id = :i"), {"i": store_id})
    with ctx.engine.begin() as c:
        entry = c.execute(text("SELECT MIN(id) FROM sales_journal")).scalar()
        with triggers.set_aside(c, triggers.is_refusal):
            c.execute(text("DELETE FROM sales_journal WHERE id = :i"), {"i": entry})
    with ctx.engine.begin() as c:
        c.exec_driver_sql("DROP TRIGGER trg_payments_no_delete")


@pytest.fixture
def states(backend, _states, monkeypatch):
    # The demo is not seeded again in the middle of this test (its timestamps would move).
    monkeypatch.setattr(snapshots, "SNAPSHOT_MAX_AGE_S", 3600.0)
    return _states(backend)


def test_the_demo_comes_back_whole_after_a_test_wrote_over_it(states, tmp_path):
    ctx = ServiceContext(_restore(states, "demo", tmp_path))
    before, defined = snapshot(ctx), all_triggers(ctx)
    scribble(ctx)
    assert snapshot(ctx) != before
    ctx.close()

    ctx = ServiceContext(_restore(states, "demo", tmp_path))
    try:
        assert snapshot(ctx) == before
        assert all_triggers(ctx) == defined
        with pytest.raises(DBAPIError), ctx.engine.begin() as c:  # the refusal is back
            c.execute(text("DELETE FROM payments"))
    finally:
        ctx.close()


def test_the_empty_state_is_empty_whatever_the_test_before_left(states, tmp_path):
    ctx = ServiceContext(_restore(states, "demo", tmp_path))
    scribble(ctx)
    ctx.close()

    ctx = ServiceContext(_restore(states, "empty", tmp_path))
    try:
        with ctx.engine.connect() as c:
            names = [t for t in snapshot(ctx)]
            counts = {t: c.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar() for t in names}
            revision = c.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert names and set(counts.values()) == {0}
        assert revision == EXPECTED_REVISION
        assert "trg_payments_no_delete" in dict(all_triggers(ctx))
    finally:
        ctx.close()
