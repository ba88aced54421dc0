"""The sales journal (article 286 I-3° bis CGI): a per-store hash chain of every event that
affects takings, till closures, signing keys; payments, refunds, the journal and closures
made inalterable by triggers.

- `sales_journal`: entries with a gapless per-store `sequence`, `previous_hash` and `hash`
  (SHA-256 of the previous hash and this entry's fields joined by "|", as
  `services.journal.chained_text` writes them). On MariaDB/MySQL the BEFORE INSERT trigger
  `trg_sales_journal_chain` takes the store's `journal_heads` row FOR UPDATE, sets the
  sequence, the previous hash, a sale's ticket number and the hash, moves an entry dated on
  a closed day to the next one, and advances the head: one statement from the till, and two
  tills of one store never fork the chain. SQLite runs the same computation in Python.
- `journal_heads`: one row per store (a trigger adds it for new stores).
- `closures` replaces the unused `cash_closes`: day (Z), month and year closures.
- `journal_keys`: the Ed25519 public keys of signed closures.
- Triggers refuse UPDATE and DELETE on sales_journal, payments, refunds and closures (the
  database grants of Step 11 are the first wall; these are the second).

Self-contained on purpose: a migration must not change when application code does later.

Revision ID: 0005_journal
Revises: 0004_money
Create Date: 2026-12-02 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision: str = "0005_journal"
down_revision: str | None = "0004_money"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = sa.DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TABLE_OPTIONS = {
    "mysql_charset": "utf8mb4",
    "mysql_collate": "utf8mb4_unicode_ci",
    "mysql_engine": "InnoDB",
}
GENESIS = "0" * 64
INALTERABLE = ("sales_journal", "payments", "refunds", "closures")

MYSQL_CHAIN = """
CREATE TRIGGER trg_sales_journal_chain BEFORE INSERT ON sales_journal FOR EACH ROW
BEGIN
  DECLARE seq BIGINT DEFAULT NULL;
  DECLARE prev CHAR(64) DEFAULT NULL;
  DECLARE tick INT DEFAULT NULL;
  DECLARE closed DATE DEFAULT NULL;
  SELECT last_sequence, last_hash, last_ticket, closed_through
    INTO seq, prev, tick, closed
    FROM journal_heads WHERE store_id = NEW.store_id FOR UPDATE;
  IF seq IS NULL THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'sales_journal: no journal head for this store';
  END IF;
  IF closed IS NOT NULL AND NEW.business_date <= closed AND NEW.kind <> 'closure' THEN
    SET NEW.business_date = closed + INTERVAL 1 DAY;
  END IF;
  SET NEW.sequence = seq + 1;
  SET NEW.previous_hash = prev;
  IF NEW.kind = 'sale' THEN
    SET tick = tick + 1;
    SET NEW.ticket_number = tick;
  ELSE
    SET NEW.ticket_number = NULL;
  END IF;
  SET NEW.hash = SHA2(CONCAT_WS('|', prev, NEW.store_id, NEW.sequence, NEW.kind,
    CAST(NEW.business_date AS CHAR), IFNULL(NEW.order_id, ''),
    IFNULL(NEW.ticket_number, ''), IFNULL(NEW.reference, ''), IFNULL(NEW.tender, ''),
    NEW.amount_cents, NEW.content), 256);
  UPDATE journal_heads SET last_sequence = NEW.sequence, last_hash = NEW.hash,
    last_ticket = tick WHERE store_id = NEW.store_id;
END
"""


def _mysql() -> bool:
    return op.get_bind().dialect.name in ("mysql", "mariadb")


def _refusals(sqlite: bool) -> list[str]:
    statements = []
    for table in INALTERABLE:
        for event in ("UPDATE", "DELETE"):
            name = f"trg_{table}_no_{event.lower()}"
            message = f"{table} is inalterable: corrections are new entries"
            head = f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW "
            if sqlite:
                statements.append(head + f"BEGIN SELECT RAISE(ABORT, '{message}'); END")
            else:
                statements.append(head + f"SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '{message}'")
    return statements


def _head_for_new_stores(sqlite: bool) -> str:
    body = (
        "INSERT INTO journal_heads (store_id, last_sequence, last_hash, last_ticket) "
        f"VALUES (NEW.id, 0, '{GENESIS}', 0)"
    )
    head = "CREATE TRIGGER trg_stores_insert_journal AFTER INSERT ON stores FOR EACH ROW "
    return head + (f"BEGIN {body}; END" if sqlite else body)


def upgrade() -> None:
    op.drop_table("cash_closes")
    op.create_table(
        "sales_journal",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("recorded_at", UTC_DATETIME, nullable=False),
        sa.Column("order_id", BIG_ID, nullable=True),
        sa.Column("ticket_number", sa.Integer(), nullable=True),
        sa.Column("reference", sa.String(length=40), nullable=True),
        sa.Column("tender", sa.String(length=12), nullable=True),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_sales_journal_store_id_stores")
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_sales_journal_order_id_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_journal")),
        sa.UniqueConstraint(
            "store_id", "sequence", name=op.f("uq_sales_journal_store_id_sequence")
        ),
        sa.UniqueConstraint(
            "store_id", "ticket_number", name=op.f("uq_sales_journal_store_id_ticket_number")
        ),
        **TABLE_OPTIONS,
    )
    op.create_index(
        op.f("ix_sales_journal_store_id_business_date"),
        "sales_journal",
        ["store_id", "business_date"],
        unique=False,
    )
    op.create_index(op.f("ix_sales_journal_order_id"), "sales_journal", ["order_id"], unique=False)
    op.create_table(
        "journal_heads",
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("last_sequence", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("last_ticket", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("closed_through", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_journal_heads_store_id_stores")
        ),
        sa.PrimaryKeyConstraint("store_id", name=op.f("pk_journal_heads")),
        **TABLE_OPTIONS,
    )
    op.create_table(
        "closures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("closed_at", UTC_DATETIME, nullable=False),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("totals", sa.JSON(), nullable=False),
        sa.Column("counted", sa.JSON(), nullable=True),
        sa.Column("expected_cash_cents", sa.Integer(), nullable=True),
        sa.Column("counted_cash_cents", sa.Integer(), nullable=True),
        sa.Column("grand_total_cents", sa.BigInteger(), nullable=False),
        sa.Column("journal_entry_id", BIG_ID, nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=True),
        sa.Column("key_id", sa.String(length=64), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.CheckConstraint("kind IN ('day', 'month', 'year')", name=op.f("ck_closures_kind")),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_closures_store_id_stores")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["users.id"], name=op.f("fk_closures_closed_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["journal_entry_id"],
            ["sales_journal.id"],
            name=op.f("fk_closures_journal_entry_id_sales_journal"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closures")),
        sa.UniqueConstraint(
            "store_id", "kind", "period_start", name=op.f("uq_closures_store_id_kind_period_start")
        ),
        **TABLE_OPTIONS,
    )
    op.create_table(
        "journal_keys",
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("retired_at", UTC_DATETIME, nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_journal_keys_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_journal_keys")),
        **TABLE_OPTIONS,
    )
    op.execute(
        "INSERT INTO journal_heads (store_id, last_sequence, last_hash, last_ticket) "
        f"SELECT id, 0, '{GENESIS}', 0 FROM stores"
    )
    sqlite = not _mysql()
    op.execute(_head_for_new_stores(sqlite))
    if not sqlite:
        op.execute(MYSQL_CHAIN)
    for statement in _refusals(sqlite):
        op.execute(statement)


def downgrade() -> None:
    for table in INALTERABLE:
        for event in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_{table}_no_{event}")
    op.execute("DROP TRIGGER IF EXISTS trg_sales_journal_chain")
    op.execute("DROP TRIGGER IF EXISTS trg_stores_insert_journal")
    op.drop_table("journal_keys")
    op.drop_table("closures")
    op.drop_table("journal_heads")
    op.drop_table("sales_journal")
    op.create_table(
        "cash_closes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("closed_at", UTC_DATETIME, nullable=False),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("expected", sa.JSON(), nullable=False),
        sa.Column("counted", sa.JSON(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["users.id"], name=op.f("fk_cash_closes_closed_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_cash_closes_store_id_stores")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_closes")),
        sa.UniqueConstraint(
            "store_id", "business_date", name=op.f("uq_cash_closes_store_id_business_date")
        ),
        **TABLE_OPTIONS,
    )
