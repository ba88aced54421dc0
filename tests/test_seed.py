"""The demo chain: complete, consistent, deterministic, on both databases."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text

from ocpizza_desk.db import models as m
from ocpizza_desk.domain.enums import Channel, OrderMode, OrderStatus, Role, Tender
from ocpizza_desk.ops.seed import CUSTOMERS, SeedError, seed_demo
from tests.conftest import fast_hash


def scalar(ctx, statement):
    with ctx.engine.connect() as connection:
        return connection.execute(statement).scalar()


def test_reference_data_is_complete(demo):
    assert scalar(demo, select(func.count()).select_from(m.Store)) == 5
    with demo.engine.connect() as c:
        roles = c.execute(select(m.User.store_id, m.User.role)).all()
        pizzas = (
            c.execute(select(m.Product.id).join(m.Category).where(m.Category.code == "pizza"))
            .scalars()
            .all()
        )
        with_recipe = set(c.execute(select(m.RecipeLine.product_id)).scalars())
        with_memo = set(c.execute(select(m.MemoStep.product_id)).scalars())
        categories = set(c.execute(select(m.Category.code)).scalars())
    for store_id in range(1, 6):
        assert {r for s, r in roles if s == store_id} == {
            Role.COUNTER,
            Role.PIZZAIOLO,
            Role.DRIVER,
            Role.MANAGER,
        }
    assert {r for s, r in roles if s is None} == {Role.HEAD_OFFICE, Role.ADMIN}
    assert len(pizzas) >= 12
    assert set(pizzas) <= with_recipe and set(pizzas) <= with_memo
    assert {"pizza", "drink", "dessert"} <= categories
    assert scalar(demo, select(func.count()).select_from(m.Customer)) == CUSTOMERS


def test_history_covers_every_channel_status_tender_and_delivery(demo):
    with demo.engine.connect() as c:
        channels = set(c.execute(select(m.Order.channel).distinct()).scalars())
        modes = set(c.execute(select(m.Order.mode).distinct()).scalars())
        statuses = set(c.execute(select(m.Order.status).distinct()).scalars())
        tenders = set(c.execute(select(m.Payment.tender).distinct()).scalars())
        deliveries = c.execute(select(func.count()).select_from(m.Delivery)).scalar()
        first, last = c.execute(
            select(func.min(m.Order.created_at), func.max(m.Order.created_at))
        ).one()
    assert channels == set(Channel)
    assert modes == set(OrderMode)
    assert {OrderStatus.DELIVERED, OrderStatus.COLLECTED, OrderStatus.CANCELLED} <= statuses
    assert {OrderStatus.RECEIVED, OrderStatus.IN_PREPARATION, OrderStatus.READY} & statuses
    assert tenders == set(Tender)
    assert deliveries > 0
    assert (last - first).days >= 150  # six months of history
    assert last <= datetime.now(UTC)


def test_orders_add_up(demo):
    with demo.engine.connect() as c:
        mismatched_totals = c.execute(
            text(
                "SELECT COUNT(*) FROM orders o WHERE total_cents <> "
                "(SELECT SUM(line_total_cents) FROM order_lines l WHERE l.order_id = o.id)"
            )
        ).scalar()
        underpaid = c.execute(
            text(
                "SELECT COUNT(*) FROM orders o WHERE status IN ('delivered', 'collected') "
                "AND total_cents <> (SELECT COALESCE(SUM(amount_cents), 0) FROM payments p "
                "WHERE p.order_id = o.id)"
            )
        ).scalar()
        online_without_reference = c.execute(
            text("SELECT COUNT(*) FROM payments WHERE tender = 'online' AND bank_reference IS NULL")
        ).scalar()
    assert mismatched_totals == 0
    assert underpaid == 0
    assert online_without_reference == 0


def test_every_balance_equals_its_ledger_and_alerts_exist(demo):
    with demo.engine.connect() as c:
        differing = c.execute(
            text(
                "SELECT COUNT(*) FROM stock_balances b WHERE quantity <> (SELECT SUM(delta) "
                "FROM stock_movements s WHERE s.store_id = b.store_id "
                "AND s.ingredient_id = b.ingredient_id)"
            )
        ).scalar()
        negative = c.execute(
            text("SELECT COUNT(*) FROM stock_balances WHERE quantity < 0")
        ).scalar()
        under = c.execute(
            text("SELECT COUNT(*) FROM stock_balances WHERE quantity < threshold")
        ).scalar()
        open_orders_unreserved = c.execute(
            text(
                "SELECT COUNT(*) FROM orders o WHERE status IN ('received', 'in_preparation', "
                "'ready', 'out_for_delivery') AND NOT EXISTS (SELECT 1 FROM stock_movements s "
                "WHERE s.order_id = o.id)"
            )
        ).scalar()
    assert differing == 0
    assert negative == 0
    assert under > 0  # the demo shows stock alerts
    assert open_orders_unreserved == 0


def test_same_seed_same_data(new_database):
    from ocpizza_desk.db import schema
    from ocpizza_desk.db.engine import create_engine_for

    now = datetime(2026, 11, 27, 19, 30, tzinfo=UTC)
    digests = []
    for _ in range(2):
        engine = create_engine_for(new_database("sqlite"))
        schema.upgrade(engine)
        seed_demo(engine, orders=120, now=now, password_hasher=lambda p: "x" + p)
        with engine.connect() as c:
            digests.append(
                c.execute(
                    text(
                        "SELECT COUNT(*), SUM(total_cents), MAX(client_key), "
                        "SUM(customer_id) FROM orders"
                    )
                ).one()
            )
        engine.dispose()
    assert digests[0] == digests[1]


def test_seed_refuses_a_database_that_is_not_empty(demo):
    count = select(func.count()).select_from(m.Order)
    before = scalar(demo, count)
    with pytest.raises(SeedError):
        seed_demo(demo.engine, orders=10, password_hasher=fast_hash)
    assert scalar(demo, count) == before
