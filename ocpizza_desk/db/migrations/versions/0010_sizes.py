"""Sizes of a product and half-and-half lines (issue 20, items 1 and 3).

- `product_sizes`: the sizes a product is sold in (26 cm / 33 cm / 40 cm), each with its
  VAT-inclusive price and a dose factor in percent of the recipe (100 = the recipe as
  written). One size per product is the default (what a line without a size gets).
- `order_lines.size_id` / `size_label`: the size a line was made in, and its label of the day
  (a snapshot, like the product's name).
- `order_lines.components`: what a line is made of when it is more than one product (the two
  halves of a half-and-half; later a formula's choices), JSON, written in the same statement
  as the line.

Existing data is carried over: today's single price becomes each product's only size (label
'' = "no size shown", factor 100 %, the default), and every existing order line gets that size.
`products.price_cents` stays: it is the default size's price, kept equal by the catalogue.

`day_product_sales` (the reports' daily summary) is counted per size too: its key gains
`size_label`. It is rebuilt under a new name, its rows copied with the label '' (every line
written before had the only, unlabelled size), and renamed; on the way down the sizes of a
day are summed back into one row per product.

Plain ALTERs on both databases (no table copy: rows of other tables refer to these). On the
way down the sizes go, and the lines keep their price and name snapshots.

Revision ID: 0010_sizes
Revises: 0009_opening
Create Date: 2026-12-03 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_sizes"
down_revision: str | None = "0009_opening"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE_OPTIONS = {
    "mysql_charset": "utf8mb4",
    "mysql_collate": "utf8mb4_unicode_ci",
    "mysql_engine": "InnoDB",
}


def upgrade() -> None:
    op.create_table(
        "product_sizes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(20), server_default="", nullable=False),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.Column("dose_pct", sa.Integer(), server_default=sa.text("100"), nullable=False),
        sa.Column("position", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("is_default", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.CheckConstraint("price_cents >= 0", name="ck_product_sizes_price_positive"),
        sa.CheckConstraint("dose_pct BETWEEN 10 AND 400", name="ck_product_sizes_dose_range"),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name="fk_product_sizes_product_id_products"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_product_sizes"),
        sa.UniqueConstraint("product_id", "label", name="uq_product_sizes_product_id_label"),
        **TABLE_OPTIONS,
    )
    # Today's single price becomes the only size of each product.
    op.execute(
        "INSERT INTO product_sizes (product_id, label, price_cents, dose_pct, position,"
        " is_default, active) SELECT id, '', price_cents, 100, 0, 1, 1 FROM products"
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # no ALTER of constraints there, but a new column may carry its reference
        op.execute(
            "ALTER TABLE order_lines ADD COLUMN size_id INTEGER"
            " CONSTRAINT fk_order_lines_size_id_product_sizes REFERENCES product_sizes (id)"
        )
    else:
        op.add_column("order_lines", sa.Column("size_id", sa.Integer(), nullable=True))
    op.add_column(
        "order_lines", sa.Column("size_label", sa.String(20), server_default="", nullable=False)
    )
    op.add_column("order_lines", sa.Column("components", sa.JSON(), nullable=True))
    op.create_index("ix_order_lines_size_id", "order_lines", ["size_id"])
    if not sqlite:
        op.create_foreign_key(
            "fk_order_lines_size_id_product_sizes",
            "order_lines",
            "product_sizes",
            ["size_id"],
            ["id"],
        )
    # Existing lines were made in the product's only size.
    op.execute(
        "UPDATE order_lines SET size_id = (SELECT s.id FROM product_sizes s"
        " WHERE s.product_id = order_lines.product_id AND s.is_default)"
    )

    _product_sales(with_size=True)


def _product_sales(with_size: bool) -> None:
    """day_product_sales rebuilt with (or without) the size label in its key."""
    size = [sa.Column("size_label", sa.String(20), server_default="", nullable=False)]
    key = ["store_id", "day", "product_id", *(["size_label"] if with_size else []), "vat_rate_bp"]
    op.create_table(
        "day_product_sales_new",
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        *(size if with_size else []),
        sa.Column("vat_rate_bp", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("ttc_cents", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        # Constraint names are per table on both databases: the final name from the start.
        sa.PrimaryKeyConstraint(*key, name="pk_day_product_sales"),
        **TABLE_OPTIONS,
    )
    columns = "store_id, day, product_id, vat_rate_bp"
    if with_size:
        op.execute(
            f"INSERT INTO day_product_sales_new ({columns}, size_label, quantity, ttc_cents)"
            f" SELECT {columns}, '', quantity, ttc_cents FROM day_product_sales"
        )
    else:
        op.execute(
            f"INSERT INTO day_product_sales_new ({columns}, quantity, ttc_cents)"
            f" SELECT {columns}, SUM(quantity), SUM(ttc_cents) FROM day_product_sales"
            f" GROUP BY {columns}"
        )
    op.drop_table("day_product_sales")
    op.rename_table("day_product_sales_new", "day_product_sales")


def downgrade() -> None:
    _product_sales(with_size=False)
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(
            "fk_order_lines_size_id_product_sizes", "order_lines", type_="foreignkey"
        )
    op.drop_index("ix_order_lines_size_id", "order_lines")
    op.drop_column("order_lines", "components")
    op.drop_column("order_lines", "size_label")
    op.drop_column("order_lines", "size_id")
    op.drop_table("product_sizes")
