"""Formulas (issue 20, item 2): a set price for one choice per slot.

- `formulas`: name, set price (VAT included), active, position.
- `formula_slots`: the choices of a formula in order ("Pizza", "Boisson", "Dessert"): every
  active product of a category and/or the products listed for it, in a size label ('' = the
  product's default size).
- `formula_slot_products`: products a slot offers beyond its category, and supplements.
- `order_lines.formula_id` / `formula_name` / `formula_group`: a formula sold is stored as
  one line per choice, at its share of the price and its own VAT rate; these columns tie the
  lines of one formula together (the group is the position of its first line).

Existing data is carried over untouched: existing lines are not formulas (NULLs). On the
way down the formula lines stay as the plain lines they are (their products, prices and
VAT rates are already right), only the grouping goes.

Revision ID: 0012_formulas
Revises: 0011_kitchen_changes
Create Date: 2026-12-03 18:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_formulas"
down_revision: str | None = "0011_kitchen_changes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE_OPTIONS = {
    "mysql_charset": "utf8mb4",
    "mysql_collate": "utf8mb4_unicode_ci",
    "mysql_engine": "InnoDB",
}


def upgrade() -> None:
    op.create_table(
        "formulas",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("position", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.CheckConstraint("price_cents > 0", name="ck_formulas_price_positive"),
        sa.PrimaryKeyConstraint("id", name="pk_formulas"),
        sa.UniqueConstraint("name", name="uq_formulas_name"),
        **TABLE_OPTIONS,
    )
    op.create_table(
        "formula_slots",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("formula_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(40), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("size_label", sa.String(20), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["formula_id"], ["formulas.id"], name="fk_formula_slots_formula_id_formulas"
        ),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name="fk_formula_slots_category_id_categories"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_formula_slots"),
        sa.UniqueConstraint("formula_id", "position", name="uq_formula_slots_formula_id_position"),
        **TABLE_OPTIONS,
    )
    op.create_index("ix_formula_slots_formula_id", "formula_slots", ["formula_id"])
    op.create_table(
        "formula_slot_products",
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("supplement_cents", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.CheckConstraint(
            "supplement_cents >= 0", name="ck_formula_slot_products_supplement_positive"
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["formula_slots.id"], name="fk_formula_slot_products_slot_id_formula_slots"
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name="fk_formula_slot_products_product_id_products",
        ),
        sa.PrimaryKeyConstraint("slot_id", "product_id", name="pk_formula_slot_products"),
        **TABLE_OPTIONS,
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # no ALTER of constraints there, but a new column may carry its reference
        op.execute(
            "ALTER TABLE order_lines ADD COLUMN formula_id INTEGER"
            " CONSTRAINT fk_order_lines_formula_id_formulas REFERENCES formulas (id)"
        )
    else:
        op.add_column("order_lines", sa.Column("formula_id", sa.Integer(), nullable=True))
    op.add_column("order_lines", sa.Column("formula_name", sa.String(60), nullable=True))
    op.add_column("order_lines", sa.Column("formula_group", sa.Integer(), nullable=True))
    op.create_index("ix_order_lines_formula_id", "order_lines", ["formula_id"])
    if not sqlite:
        op.create_foreign_key(
            "fk_order_lines_formula_id_formulas", "order_lines", "formulas", ["formula_id"], ["id"]
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_order_lines_formula_id_formulas", "order_lines", type_="foreignkey")
    op.drop_index("ix_order_lines_formula_id", "order_lines")
    op.drop_column("order_lines", "formula_group")
    op.drop_column("order_lines", "formula_name")
    op.drop_column("order_lines", "formula_id")
    op.drop_table("formula_slot_products")
    op.drop_index("ix_formula_slots_formula_id", "formula_slots")
    op.drop_table("formula_slots")
    op.drop_table("formulas")
