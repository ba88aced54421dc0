"""Money you can trust: exact-once submissions and payments, refunds with credit notes,
discounts; and where an address's coordinates come from.

- `orders.request_hash`: the fingerprint of the counter submission that placed the order
  (same key, other content: refused). `orders.discount_cents` and
  `order_lines.discount_cents`: what the discounts took off, per line (the order's total is
  what the customer pays; a line's net is line_total_cents - discount_cents).
- `order_discounts`: each discount as given (line or order, amount or percentage, reason, by).
- `payments.client_key`: unique per order, so a payment resent after a lost reply is found.
- `refunds`: money given back, each with the store's next credit-note number.
- `submissions`: modifications and cancellations by their client key (idempotent resends).
- `document_sequences`: per-store gapless numbers (credit notes now, tickets later).
- `customer_addresses.location_source / location_set_by_id / location_set_at`: where the
  coordinates come from; a manual pin (who, when) wins over automatic results.

CHECK constraints of new columns are added on MariaDB/MySQL; SQLite cannot add a constraint
to an existing table without rebuilding it (which would drop the change-mark triggers), and
its demo database is the only writer there.

Self-contained on purpose: a migration must not change when application code does later.

Revision ID: 0004_money
Revises: 0003_driver_shifts
Create Date: 2026-12-02 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision: str = "0004_money"
down_revision: str | None = "0003_driver_shifts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TABLE_OPTIONS = {
    "mysql_charset": "utf8mb4",
    "mysql_collate": "utf8mb4_unicode_ci",
    "mysql_engine": "InnoDB",
}
TENDERS = "'cash', 'card', 'meal_voucher', 'online'"
LOCATION_SOURCES = "'google', 'geoplateforme', 'approximate', 'manual'"
DISCOUNT_REASONS = "'loyalty', 'goodwill', 'late', 'product_issue', 'staff_meal', 'promotion'"


def _mysql() -> bool:
    return op.get_bind().dialect.name in ("mysql", "mariadb")


def upgrade() -> None:
    op.add_column("orders", sa.Column("request_hash", sa.String(length=64), nullable=True))
    op.add_column(
        "orders",
        sa.Column("discount_cents", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.add_column(
        "order_lines",
        sa.Column("discount_cents", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.add_column("payments", sa.Column("client_key", sa.String(length=36), nullable=True))
    op.create_index(
        op.f("ix_payments_order_id_client_key"), "payments", ["order_id", "client_key"], unique=True
    )
    op.add_column(
        "customer_addresses",
        sa.Column("location_source", sa.String(length=13), nullable=True),
    )
    if _mysql():
        op.add_column(
            "customer_addresses", sa.Column("location_set_by_id", sa.Integer(), nullable=True)
        )
    else:  # SQLite adds a foreign key only inline, with the column
        op.execute(
            "ALTER TABLE customer_addresses ADD COLUMN location_set_by_id INTEGER "
            "CONSTRAINT fk_customer_addresses_location_set_by_id_users REFERENCES users (id)"
        )
    op.add_column("customer_addresses", sa.Column("location_set_at", UTC_DATETIME, nullable=True))
    if _mysql():
        op.create_check_constraint(
            op.f("ck_orders_discount_not_negative"), "orders", "discount_cents >= 0"
        )
        op.create_check_constraint(
            op.f("ck_order_lines_line_discount"),
            "order_lines",
            "discount_cents >= 0 AND discount_cents <= line_total_cents",
        )
        op.create_check_constraint(
            op.f("ck_customer_addresses_location_source"),
            "customer_addresses",
            f"location_source IN ({LOCATION_SOURCES})",
        )
        op.create_foreign_key(
            op.f("fk_customer_addresses_location_set_by_id_users"),
            "customer_addresses",
            "users",
            ["location_set_by_id"],
            ["id"],
        )

    op.create_table(
        "order_discounts",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("order_id", BIG_ID, nullable=False),
        sa.Column("line_position", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=7), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=13), nullable=False),
        sa.Column("granted_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.CheckConstraint("value > 0", name=op.f("ck_order_discounts_value_positive")),
        sa.CheckConstraint(
            "amount_cents >= 0", name=op.f("ck_order_discounts_amount_not_negative")
        ),
        sa.CheckConstraint(
            "kind IN ('amount', 'percent')", name=op.f("ck_order_discounts_discount_kind")
        ),
        sa.CheckConstraint(
            f"reason IN ({DISCOUNT_REASONS})", name=op.f("ck_order_discounts_discount_reason")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_order_discounts_order_id_orders")
        ),
        sa.ForeignKeyConstraint(
            ["granted_by_id"], ["users.id"], name=op.f("fk_order_discounts_granted_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_discounts")),
        **TABLE_OPTIONS,
    )
    op.create_index(
        op.f("ix_order_discounts_order_id"), "order_discounts", ["order_id"], unique=False
    )

    op.create_table(
        "refunds",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("order_id", BIG_ID, nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("client_key", sa.String(length=36), nullable=False),
        sa.Column("credit_note_number", sa.Integer(), nullable=False),
        sa.Column("tender", sa.String(length=12), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("bank_reference", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("vat", sa.JSON(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("refunded_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("amount_cents > 0", name=op.f("ck_refunds_amount_positive")),
        sa.CheckConstraint(
            "tender NOT IN ('card', 'online') OR bank_reference IS NOT NULL",
            name=op.f("ck_refunds_bank_reference"),
        ),
        sa.CheckConstraint(f"tender IN ({TENDERS})", name=op.f("ck_refunds_refund_tender")),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_refunds_order_id_orders")
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_refunds_store_id_stores")
        ),
        sa.ForeignKeyConstraint(
            ["refunded_by_id"], ["users.id"], name=op.f("fk_refunds_refunded_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["users.id"], name=op.f("fk_refunds_approved_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refunds")),
        sa.UniqueConstraint("order_id", "client_key", name=op.f("uq_refunds_order_id_client_key")),
        sa.UniqueConstraint(
            "store_id",
            "credit_note_number",
            name=op.f("uq_refunds_store_id_credit_note_number"),
        ),
        **TABLE_OPTIONS,
    )
    op.create_index(op.f("ix_refunds_order_id"), "refunds", ["order_id"], unique=False)
    op.create_index(
        op.f("ix_refunds_store_id_created_at"), "refunds", ["store_id", "created_at"], unique=False
    )

    op.create_table(
        "submissions",
        sa.Column("client_key", sa.String(length=36), nullable=False),
        sa.Column("order_id", BIG_ID, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("request_hash", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_submissions_order_id_orders")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_submissions_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("client_key", name=op.f("pk_submissions")),
        **TABLE_OPTIONS,
    )
    op.create_index(op.f("ix_submissions_order_id"), "submissions", ["order_id"], unique=False)

    op.create_table(
        "document_sequences",
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("last_value", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_document_sequences_store_id_stores")
        ),
        sa.PrimaryKeyConstraint("store_id", "kind", name=op.f("pk_document_sequences")),
        **TABLE_OPTIONS,
    )


def downgrade() -> None:
    op.drop_table("document_sequences")
    op.drop_table("submissions")
    op.drop_table("refunds")
    op.drop_table("order_discounts")
    if _mysql():
        op.drop_constraint(
            op.f("fk_customer_addresses_location_set_by_id_users"),
            "customer_addresses",
            type_="foreignkey",
        )
        op.drop_constraint(
            op.f("ck_customer_addresses_location_source"), "customer_addresses", type_="check"
        )
        op.drop_constraint(op.f("ck_order_lines_line_discount"), "order_lines", type_="check")
        op.drop_constraint(op.f("ck_orders_discount_not_negative"), "orders", type_="check")
    op.drop_column("customer_addresses", "location_set_at")
    op.drop_column("customer_addresses", "location_set_by_id")
    op.drop_column("customer_addresses", "location_source")
    op.drop_index(op.f("ix_payments_order_id_client_key"), table_name="payments")
    op.drop_column("payments", "client_key")
    op.drop_column("order_lines", "discount_cents")
    op.drop_column("orders", "discount_cents")
    op.drop_column("orders", "request_hash")
