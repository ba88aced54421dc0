"""Change marks: one revision counter per store and topic (orders, stock, menu), bumped by
triggers, so that every open screen learns what changed with one primary-key read a second.

Triggers, not application code, because the website and the app write the same tables: a
web order must reach the kitchen screen like a counter order. An order row carries the
revision of its last change (`orders.revision`), so a screen reloads only the orders with a
revision above the one it has seen. The counter row is locked from the bump to the commit,
so revisions are committed in order: a reader that has seen revision N has seen every
change up to N (no gap from a slower transaction).

Self-contained on purpose: a migration must not change when application code does later.

Revision ID: 0002_change_marks
Revises: 0001_initial
Create Date: 2026-11-28 20:05:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_change_marks"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOPICS = ("orders", "stock", "menu")
# Every column of orders but `revision` (SQLite: the trigger's own update must not refire).
ORDER_COLUMNS = (
    "store_id, channel, mode, status, customer_id, address_id, promised_at, updated_at, "
    "version, total_cents, planned_tenders, notes, cancel_reason"
)


def _bump(store: str, topic: str) -> str:
    return (
        f"UPDATE change_marks SET revision = revision + 1 "
        f"WHERE store_id = {store} AND topic = '{topic}'"
    )


def _current(store: str) -> str:
    return f"(SELECT revision FROM change_marks WHERE store_id = {store} AND topic = 'orders')"


def _new_store_marks() -> str:
    values = ", ".join(f"(NEW.id, '{topic}', 0)" for topic in TOPICS)
    return f"INSERT INTO change_marks (store_id, topic, revision) VALUES {values}"


def _mysql_triggers() -> list[str]:
    return [
        "CREATE TRIGGER trg_orders_insert_mark BEFORE INSERT ON orders FOR EACH ROW BEGIN "
        f"{_bump('NEW.store_id', 'orders')}; SET NEW.revision = {_current('NEW.store_id')}; END",
        "CREATE TRIGGER trg_orders_update_mark BEFORE UPDATE ON orders FOR EACH ROW BEGIN "
        f"{_bump('NEW.store_id', 'orders')}; SET NEW.revision = {_current('NEW.store_id')}; END",
        "CREATE TRIGGER trg_stock_insert_mark AFTER INSERT ON stock_balances FOR EACH ROW "
        f"{_bump('NEW.store_id', 'stock')}",
        "CREATE TRIGGER trg_stock_update_mark AFTER UPDATE ON stock_balances FOR EACH ROW "
        f"{_bump('NEW.store_id', 'stock')}",
        "CREATE TRIGGER trg_store_products_insert_mark AFTER INSERT ON store_products "
        f"FOR EACH ROW {_bump('NEW.store_id', 'menu')}",
        "CREATE TRIGGER trg_store_products_update_mark AFTER UPDATE ON store_products "
        f"FOR EACH ROW {_bump('NEW.store_id', 'menu')}",
        "CREATE TRIGGER trg_products_update_mark AFTER UPDATE ON products FOR EACH ROW "
        "UPDATE change_marks SET revision = revision + 1 WHERE topic = 'menu'",
        f"CREATE TRIGGER trg_stores_insert_mark AFTER INSERT ON stores FOR EACH ROW "
        f"{_new_store_marks()}",
    ]


def _sqlite_triggers() -> list[str]:
    def order_mark(name: str, event: str) -> str:
        return (
            f"CREATE TRIGGER {name} AFTER {event} ON orders FOR EACH ROW BEGIN "
            f"{_bump('NEW.store_id', 'orders')}; "
            f"UPDATE orders SET revision = {_current('NEW.store_id')} WHERE id = NEW.id; END"
        )

    def mark(name: str, event: str, table: str, topic: str) -> str:
        return (
            f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW BEGIN "
            f"{_bump('NEW.store_id', topic)}; END"
        )

    return [
        order_mark("trg_orders_insert_mark", "INSERT"),
        order_mark("trg_orders_update_mark", f"UPDATE OF {ORDER_COLUMNS}"),
        mark("trg_stock_insert_mark", "INSERT", "stock_balances", "stock"),
        mark("trg_stock_update_mark", "UPDATE", "stock_balances", "stock"),
        mark("trg_store_products_insert_mark", "INSERT", "store_products", "menu"),
        mark("trg_store_products_update_mark", "UPDATE", "store_products", "menu"),
        "CREATE TRIGGER trg_products_update_mark AFTER UPDATE ON products FOR EACH ROW BEGIN "
        "UPDATE change_marks SET revision = revision + 1 WHERE topic = 'menu'; END",
        f"CREATE TRIGGER trg_stores_insert_mark AFTER INSERT ON stores FOR EACH ROW BEGIN "
        f"{_new_store_marks()}; END",
    ]


TRIGGERS = (
    "trg_orders_insert_mark",
    "trg_orders_update_mark",
    "trg_stock_insert_mark",
    "trg_stock_update_mark",
    "trg_store_products_insert_mark",
    "trg_store_products_update_mark",
    "trg_products_update_mark",
    "trg_stores_insert_mark",
)


def upgrade() -> None:
    op.create_table(
        "change_marks",
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=16), nullable=False),
        sa.Column("revision", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_change_marks_store_id_stores")
        ),
        sa.PrimaryKeyConstraint("store_id", "topic", name=op.f("pk_change_marks")),
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
        mysql_engine="InnoDB",
    )
    # Plain ALTER TABLE on both (SQLite >= 3.35 adds and drops columns in place: no table
    # copy, which foreign keys pointing at orders would refuse).
    op.add_column(
        "orders",
        sa.Column("revision", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
    )
    op.create_index("ix_orders_store_id_revision", "orders", ["store_id", "revision"])
    topics = " UNION ALL ".join(f"SELECT '{topic}' AS topic" for topic in TOPICS)
    op.execute(
        "INSERT INTO change_marks (store_id, topic, revision) "
        f"SELECT stores.id, t.topic, 0 FROM stores CROSS JOIN ({topics}) t"
    )
    dialect = op.get_bind().dialect.name
    for statement in _sqlite_triggers() if dialect == "sqlite" else _mysql_triggers():
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_orders_store_id_revision", table_name="orders")
    op.drop_column("orders", "revision")
    op.drop_table("change_marks")
