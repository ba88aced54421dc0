"""The database enforces who may do what (Step 11), the parts that live in the schema:

- `trg_stock_movements_balance`: a BEFORE INSERT trigger on the stock ledger moves the
  balance with each row (and refuses a movement of an ingredient the store does not stock);
  the balances' CHECK (`quantity >= 0`) refuses an oversell. The application no longer
  updates quantities: the database grants no UPDATE of `stock_balances.quantity` to staff, so
  a balance can only move together with its ledger row. Before the ledger row's foreign-key
  check, so the balance row is locked once, exclusively (no shared-then-exclusive deadlock).

On MySQL/MariaDB each staff member signs in with a database account of their own and the
server keeps the password: `users.password_hash` is then empty, and no role may read it (it
serves the embedded SQLite mode only).

Roles, grants, stored procedures and the store-scope functions depend on the server's
account names, so `ocpizza-desk db bootstrap` and `db upgrade` write them
(`ocpizza_desk/db/accounts.py`), not this migration.

Self-contained on purpose: a migration must not change when application code does later.

Revision ID: 0007_accounts
Revises: 0006_summaries
Create Date: 2026-12-02 19:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007_accounts"
down_revision: str | None = "0006_summaries"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NO_BALANCE = "stock: no balance for this ingredient in this store"
MYSQL_BALANCE = f"""
CREATE TRIGGER trg_stock_movements_balance BEFORE INSERT ON stock_movements FOR EACH ROW
BEGIN
  IF NOT EXISTS (SELECT 1 FROM stock_balances
                 WHERE store_id = NEW.store_id AND ingredient_id = NEW.ingredient_id) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '{NO_BALANCE}';
  END IF;
  UPDATE stock_balances SET quantity = quantity + NEW.delta, updated_at = NEW.created_at
   WHERE store_id = NEW.store_id AND ingredient_id = NEW.ingredient_id;
END
"""
SQLITE_BALANCE = f"""
CREATE TRIGGER trg_stock_movements_balance BEFORE INSERT ON stock_movements FOR EACH ROW
BEGIN
  SELECT RAISE(ABORT, '{NO_BALANCE}') WHERE NOT EXISTS (SELECT 1 FROM stock_balances
    WHERE store_id = NEW.store_id AND ingredient_id = NEW.ingredient_id);
  UPDATE stock_balances SET quantity = quantity + NEW.delta, updated_at = NEW.created_at
   WHERE store_id = NEW.store_id AND ingredient_id = NEW.ingredient_id;
END
"""


def _mysql() -> bool:
    return op.get_bind().dialect.name in ("mysql", "mariadb")


def upgrade() -> None:
    op.execute(MYSQL_BALANCE if _mysql() else SQLITE_BALANCE)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS trg_stock_movements_balance")
