"""Opening hours enforced (issue 20, item 5): last orders and exceptional closures.

- `stores.last_order_minutes`: orders are taken until a range's end minus these minutes.
  Existing stores are carried over with 0 (orders taken until the close, as before).
- `store_closures`: one row per store and Paris calendar day on which it is closed
  (holidays, works), with a label. The weekly hours (`stores.opening_hours`) and the delivery
  radius (`stores.delivery_radius_m`) already existed and are kept as they are.

Revision ID: 0009_opening
Revises: 0008_allergens
Create Date: 2026-12-03 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_opening"
down_revision: str | None = "0008_allergens"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE_OPTIONS = {
    "mysql_charset": "utf8mb4",
    "mysql_collate": "utf8mb4_unicode_ci",
    "mysql_engine": "InnoDB",
}


def upgrade() -> None:
    # A plain ADD COLUMN on both databases (no table copy: other tables refer to stores).
    op.add_column(
        "stores",
        sa.Column("last_order_minutes", sa.Integer(), server_default=sa.text("0"), nullable=False),
    )
    op.create_table(
        "store_closures",
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("label", sa.String(80), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name="fk_store_closures_store_id_stores"
        ),
        sa.PrimaryKeyConstraint("store_id", "day", name="pk_store_closures"),
        **TABLE_OPTIONS,
    )


def downgrade() -> None:
    op.drop_table("store_closures")
    op.drop_column("stores", "last_order_minutes")
