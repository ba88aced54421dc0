"""Deliveries: drivers' shifts (cash carried and handed in), trips with a version and their
stored route, and a "deliveries" change mark so that every open board follows them.

- `driver_shifts`: a driver on shift at a store, from start to end; the change fund they
  leave with (`float_cents`), and at the end the cash expected (float + cash collected) and
  what was handed in. `open_user_id` is the driver's id while the shift is open and NULL once
  ended: unique, so a driver has at most one open shift (a portable partial unique index).
- `trips.version`: bumped by every change of a trip before departure (stops added or
  removed), so a stale board cannot overwrite a newer plan. `trips.legs` / `trips.notice`:
  the route as computed when the trip was planned (legs with their turn-by-turn steps, and
  why it is an estimate), so the itinerary is shown again without calling Google.
- Triggers bump the store's "deliveries" mark on every write to trips or driver_shifts
  (the website could plan trips too); assigning orders also touches the orders rows, so the
  "orders" mark moves as well.

Self-contained on purpose: a migration must not change when application code does later.

Revision ID: 0003_driver_shifts
Revises: 0002_change_marks
Create Date: 2026-11-29 06:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision: str = "0003_driver_shifts"
down_revision: str | None = "0002_change_marks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
OLD_TOPICS = ("orders", "stock", "menu")
TOPICS = (*OLD_TOPICS, "deliveries")
# (trigger, event, table, row: NEW or OLD)
MARKED = (
    ("trg_trips_insert_mark", "INSERT", "trips", "NEW"),
    ("trg_trips_update_mark", "UPDATE", "trips", "NEW"),
    ("trg_trips_delete_mark", "DELETE", "trips", "OLD"),
    ("trg_driver_shifts_insert_mark", "INSERT", "driver_shifts", "NEW"),
    ("trg_driver_shifts_update_mark", "UPDATE", "driver_shifts", "NEW"),
)


def _bump(row: str) -> str:
    return (
        "UPDATE change_marks SET revision = revision + 1 "
        f"WHERE store_id = {row}.store_id AND topic = 'deliveries'"
    )


def _stores_trigger(topics: Sequence[str], sqlite: bool) -> str:
    values = ", ".join(f"(NEW.id, '{topic}', 0)" for topic in topics)
    body = f"INSERT INTO change_marks (store_id, topic, revision) VALUES {values}"
    head = "CREATE TRIGGER trg_stores_insert_mark AFTER INSERT ON stores FOR EACH ROW "
    return head + (f"BEGIN {body}; END" if sqlite else body)


def _marks(sqlite: bool) -> list[str]:
    statements = []
    for name, event, table, row in MARKED:
        head = f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW "
        statements.append(head + (f"BEGIN {_bump(row)}; END" if sqlite else _bump(row)))
    return statements


def upgrade() -> None:
    op.create_table(
        "driver_shifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("started_at", UTC_DATETIME, nullable=False),
        sa.Column("ended_at", UTC_DATETIME, nullable=True),
        sa.Column("started_by_id", sa.Integer(), nullable=True),
        sa.Column("ended_by_id", sa.Integer(), nullable=True),
        sa.Column("float_cents", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("expected_cash_cents", sa.Integer(), nullable=True),
        sa.Column("handed_in_cents", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.Column("open_user_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("float_cents >= 0", name=op.f("ck_driver_shifts_float_positive")),
        sa.CheckConstraint(
            "handed_in_cents IS NULL OR handed_in_cents >= 0",
            name=op.f("ck_driver_shifts_handed_in_positive"),
        ),
        sa.CheckConstraint(
            "(ended_at IS NULL) = (open_user_id IS NOT NULL)",
            name=op.f("ck_driver_shifts_open_until_ended"),
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_driver_shifts_store_id_stores")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_driver_shifts_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["started_by_id"], ["users.id"], name=op.f("fk_driver_shifts_started_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["ended_by_id"], ["users.id"], name=op.f("fk_driver_shifts_ended_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_driver_shifts")),
        sa.UniqueConstraint("open_user_id", name=op.f("uq_driver_shifts_open_user_id")),
        mysql_charset="utf8mb4",
        mysql_collate="utf8mb4_unicode_ci",
        mysql_engine="InnoDB",
    )
    op.create_index(
        op.f("ix_driver_shifts_store_id_started_at"),
        "driver_shifts",
        ["store_id", "started_at"],
        unique=False,
    )
    op.create_index(
        op.f("ix_driver_shifts_user_id_started_at"),
        "driver_shifts",
        ["user_id", "started_at"],
        unique=False,
    )
    op.add_column(
        "trips", sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)
    )
    op.add_column("trips", sa.Column("legs", sa.JSON(), nullable=True))
    op.add_column("trips", sa.Column("notice", sa.String(length=80), nullable=True))
    # A driver's open trip and a store's trips still out, for the board.
    op.create_index(
        op.f("ix_trips_store_id_finished_at"), "trips", ["store_id", "finished_at"], unique=False
    )

    op.execute(
        "INSERT INTO change_marks (store_id, topic, revision) "
        "SELECT stores.id, 'deliveries', 0 FROM stores"
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.execute("DROP TRIGGER IF EXISTS trg_stores_insert_mark")
    op.execute(_stores_trigger(TOPICS, sqlite))
    for statement in _marks(sqlite):
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name, *_ in MARKED:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TRIGGER IF EXISTS trg_stores_insert_mark")
    op.execute(_stores_trigger(OLD_TOPICS, sqlite))
    op.execute("DELETE FROM change_marks WHERE topic = 'deliveries'")
    op.drop_index(op.f("ix_trips_store_id_finished_at"), table_name="trips")
    op.drop_column("trips", "notice")
    op.drop_column("trips", "legs")
    op.drop_column("trips", "version")
    op.drop_table("driver_shifts")  # its indexes with it (MySQL refuses to drop an FK's index)
