"""Daily summaries for the reports, and indexes for the interactive paths.

Reports read closed days from small tables per store and Paris calendar day instead of the
orders (services/summaries.py fills them; services/reports.py reads them, and reads live what
is not summarised yet or has changed since):

- `day_summaries`: one row per store and day: orders placed, cancelled, sold, TTC, HT (rounded
  per order and rate, so days add up), discounts, completed and late orders; and the marks of
  what the figures include (the store's orders revision, the last payment, refund and stock
  movement ids), so that a later change of that day is seen as such.
- `day_channel_sales` (orders, TTC, HT by channel), `day_product_sales` (quantity and TTC per
  product and VAT rate: HT is rounded over the whole period, as the exact computation does),
  `day_takings` (payments and refunds by tender, by the day the money moved),
  `day_timings` (preparation, delivery and lateness as histograms of 30-second buckets: a
  percentile over any period comes from summing them), `day_stock` (the ledger's order,
  cancellation, waste and adjustment deltas per ingredient).
- `summary_marks`: per store, up to where the changes have been looked at.

Indexes: payments by the moment they were received (takings of a day), customers by first
name (the name search's second column), a customer's orders in one store by date (the order
book's phone and name searches in a store the customer rarely or never ordered from).

Self-contained on purpose: a migration must not change when application code does later.

Revision ID: 0006_summaries
Revises: 0005_journal
Create Date: 2026-12-04 18:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision: str = "0006_summaries"
down_revision: str | None = "0005_journal"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
TABLE_OPTIONS = {
    "mysql_charset": "utf8mb4",
    "mysql_collate": "utf8mb4_unicode_ci",
    "mysql_engine": "InnoDB",
}


def _zero(name: str, kind=sa.BigInteger) -> sa.Column:
    return sa.Column(name, kind(), server_default=sa.text("0"), nullable=False)


def _store_day() -> list:
    return [
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "day_summaries",
        *_store_day(),
        _zero("orders", sa.Integer),
        _zero("cancelled", sa.Integer),
        _zero("sold", sa.Integer),
        _zero("ttc_cents"),
        _zero("ht_cents"),
        _zero("discount_cents"),
        _zero("completed", sa.Integer),
        _zero("late", sa.Integer),
        _zero("orders_revision"),
        _zero("payment_id"),
        _zero("refund_id"),
        _zero("movement_id"),
        sa.Column("refreshed_at", UTC_DATETIME, nullable=False),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_day_summaries_store_id_stores")
        ),
        sa.PrimaryKeyConstraint("store_id", "day", name=op.f("pk_day_summaries")),
        **TABLE_OPTIONS,
    )
    op.create_table(
        "day_channel_sales",
        *_store_day(),
        sa.Column("channel", sa.String(length=16), nullable=False),
        _zero("orders", sa.Integer),
        _zero("ttc_cents"),
        _zero("ht_cents"),
        sa.PrimaryKeyConstraint("store_id", "day", "channel", name=op.f("pk_day_channel_sales")),
        **TABLE_OPTIONS,
    )
    op.create_table(
        "day_product_sales",
        *_store_day(),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        _zero("quantity"),
        _zero("ttc_cents"),
        sa.PrimaryKeyConstraint(
            "store_id", "day", "product_id", "vat_rate_bp", name=op.f("pk_day_product_sales")
        ),
        **TABLE_OPTIONS,
    )
    op.create_table(
        "day_takings",
        *_store_day(),
        sa.Column("tender", sa.String(length=16), nullable=False),
        _zero("payments_cents"),
        _zero("refunds_cents"),
        sa.PrimaryKeyConstraint("store_id", "day", "tender", name=op.f("pk_day_takings")),
        **TABLE_OPTIONS,
    )
    op.create_table(
        "day_timings",
        *_store_day(),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("bucket", sa.Integer(), nullable=False),
        _zero("orders", sa.Integer),
        sa.PrimaryKeyConstraint("store_id", "day", "kind", "bucket", name=op.f("pk_day_timings")),
        **TABLE_OPTIONS,
    )
    op.create_table(
        "day_stock",
        *_store_day(),
        sa.Column("ingredient_id", sa.Integer(), nullable=False),
        _zero("ordered"),
        _zero("given_back"),
        _zero("wasted"),
        _zero("adjusted"),
        sa.PrimaryKeyConstraint("store_id", "day", "ingredient_id", name=op.f("pk_day_stock")),
        **TABLE_OPTIONS,
    )
    op.create_table(
        "summary_marks",
        sa.Column("store_id", sa.Integer(), nullable=False),
        _zero("orders_revision"),
        _zero("payment_id"),
        _zero("refund_id"),
        _zero("movement_id"),
        sa.Column("checked_at", UTC_DATETIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_summary_marks_store_id_stores")
        ),
        sa.PrimaryKeyConstraint("store_id", name=op.f("pk_summary_marks")),
        **TABLE_OPTIONS,
    )
    op.create_index(op.f("ix_payments_received_at"), "payments", ["received_at"], unique=False)
    op.create_index(op.f("ix_customers_first_name"), "customers", ["first_name"], unique=False)
    op.create_index(
        op.f("ix_orders_customer_id_store_id_created_at"),
        "orders",
        ["customer_id", "store_id", "created_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_orders_customer_id_store_id_created_at"), table_name="orders")
    op.drop_index(op.f("ix_customers_first_name"), table_name="customers")
    op.drop_index(op.f("ix_payments_received_at"), table_name="payments")
    for table in (
        "summary_marks",
        "day_stock",
        "day_timings",
        "day_takings",
        "day_product_sales",
        "day_channel_sales",
        "day_summaries",
    ):
        op.drop_table(table)
