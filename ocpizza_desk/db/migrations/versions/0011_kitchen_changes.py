"""Changes the kitchen must see (issue 20, item 6).

- `kitchen_changes`: one row per modification of an order after the oven started (a manager,
  with a reason): what changed for the kitchen as JSON items (lines added or taken away, the
  notes, the promised time, the mode), who, when, why, and the pizzaiolo's acknowledgement
  (who, when; NULL until acknowledged). Existing orders have none: nothing to carry over.

On MariaDB the grants (`db/accounts.py`, written by `db upgrade`) let a manager insert a
change and the kitchen update only the two acknowledgement columns.

Revision ID: 0011_kitchen_changes
Revises: 0010_sizes
Create Date: 2026-12-03 18:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision: str = "0011_kitchen_changes"
down_revision: str | None = "0010_sizes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TABLE_OPTIONS = {
    "mysql_charset": "utf8mb4",
    "mysql_collate": "utf8mb4_unicode_ci",
    "mysql_engine": "InnoDB",
}


def upgrade() -> None:
    op.create_table(
        "kitchen_changes",
        sa.Column("id", BIG_ID, nullable=False),
        sa.Column("order_id", BIG_ID, nullable=False),
        sa.Column("order_version", sa.Integer(), nullable=False),
        sa.Column("changed_at", UTC_DATETIME, nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("acknowledged_at", UTC_DATETIME, nullable=True),
        sa.Column("acknowledged_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name="fk_kitchen_changes_order_id_orders"
        ),
        sa.ForeignKeyConstraint(
            ["changed_by_id"], ["users.id"], name="fk_kitchen_changes_changed_by_id_users"
        ),
        sa.ForeignKeyConstraint(
            ["acknowledged_by_id"],
            ["users.id"],
            name="fk_kitchen_changes_acknowledged_by_id_users",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_kitchen_changes"),
        **TABLE_OPTIONS,
    )
    op.create_index("ix_kitchen_changes_order_id", "kitchen_changes", ["order_id"])


def downgrade() -> None:
    op.drop_table("kitchen_changes")  # its index with it (MySQL keeps one under a foreign key)
