"""Allergens per ingredient (issue 20, item 4).

- `ingredient_allergens`: one row per (ingredient, allergen code) for the 14 allergens of EU
  regulation 1169/2011 annex II; the codes are checked by the table (the list is fixed by law,
  `domain/allergens.py`).
- `ingredients.allergens_recorded_at`: when someone last recorded the ingredient's allergens.
  NULL means "not recorded yet", which is not "contains none": the counter and the website say
  a dish's allergens are unknown while one of its ingredients has not been recorded. Existing
  ingredients are carried over as not recorded (a migration must not guess allergens).

The allergen codes are written out here: a migration must not change when application code
does later.

Revision ID: 0008_allergens
Revises: 0007_accounts
Create Date: 2026-12-03 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision: str = "0008_allergens"
down_revision: str | None = "0007_accounts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
TABLE_OPTIONS = {
    "mysql_charset": "utf8mb4",
    "mysql_collate": "utf8mb4_unicode_ci",
    "mysql_engine": "InnoDB",
}
CODES = (
    "gluten",
    "crustaceans",
    "eggs",
    "fish",
    "peanuts",
    "soybeans",
    "milk",
    "nuts",
    "celery",
    "mustard",
    "sesame",
    "sulphites",
    "lupin",
    "molluscs",
)


def upgrade() -> None:
    # Plain ALTERs on both databases (no table copy: rows of other tables refer to these).
    op.add_column("ingredients", sa.Column("allergens_recorded_at", UTC_DATETIME, nullable=True))
    op.create_table(
        "ingredient_allergens",
        sa.Column("ingredient_id", sa.Integer(), nullable=False),
        sa.Column("allergen", sa.String(11), nullable=False),
        sa.CheckConstraint(
            "allergen IN (" + ", ".join(f"'{c}'" for c in CODES) + ")",
            name="ck_ingredient_allergens_allergen_code",
        ),
        sa.ForeignKeyConstraint(
            ["ingredient_id"],
            ["ingredients.id"],
            name="fk_ingredient_allergens_ingredient_id_ingredients",
        ),
        sa.PrimaryKeyConstraint("ingredient_id", "allergen", name="pk_ingredient_allergens"),
        **TABLE_OPTIONS,
    )


def downgrade() -> None:
    op.drop_table("ingredient_allergens")
    op.drop_column("ingredients", "allergens_recorded_at")
