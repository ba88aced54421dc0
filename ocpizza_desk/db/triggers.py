"""The database's triggers, seen from the application.

- Change marks (migration 0002): a bulk load of a million orders would bump the store's
  orders counter a million times, one row lock each: the demo seed runs with them set aside,
  then puts back exactly the definitions the database held (read from the database itself,
  so there is one source of truth: the migration) and gives every store its marks.
- The journal (migration 0005): the chain trigger of `sales_journal` (MariaDB) and the
  triggers refusing UPDATE and DELETE on the takings' records. A load that writes entries
  already chained (the demo seed) sets the chain trigger aside; emptying a test database
  sets the refusals aside. Nothing in the application's use cases ever does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text

TOPICS = ("orders", "stock", "menu", "deliveries")
PREFIX, SUFFIX = "trg_", "_mark"


def definitions(connection: Connection, which=None) -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) of the triggers `which(name)` picks (default: the
    change-mark triggers)."""
    which = which or _ours
    if connection.dialect.name == "sqlite":
        rows = connection.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        ).all()
        return [(name, sql) for name, sql in rows if which(name)]
    names = (
        connection.execute(
            text(
                "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS "
                "WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY TRIGGER_NAME"
            )
        )
        .scalars()
        .all()
    )
    found = []
    for name in filter(which, names):
        row = connection.exec_driver_sql(f"SHOW CREATE TRIGGER `{name}`").mappings().one()
        statement = re.sub(r"DEFINER=\S+\s+", "", row["SQL Original Statement"], count=1)
        found.append((name, statement))
    return found


def _ours(name: str) -> bool:
    return name.startswith(PREFIX) and name.endswith(SUFFIX)


JOURNAL_CHAIN = "trg_sales_journal_chain"
JOURNAL_HEADS = "trg_stores_insert_journal"
STOCK_BALANCE = "trg_stock_movements_balance"
GENESIS = "0" * 64


def is_refusal(name: str) -> bool:
    """The triggers that keep the takings' records inalterable (migration 0005)."""
    return name.startswith(PREFIX) and (name.endswith("_no_update") or name.endswith("_no_delete"))


@contextmanager
def set_aside(connection: Connection, which) -> Iterator[None]:
    """Drop the triggers `which` picks for the duration, then create them again as the
    database defined them, in the same connection (and transaction, on SQLite)."""
    held = definitions(connection, which)
    for name, _statement in held:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    try:
        yield
    finally:
        for _name, statement in held:
            connection.exec_driver_sql(statement)


def _bulk_load(name: str) -> bool:
    """Set aside for a bulk load: the change marks, the journal's chain (entries loaded from
    a backup or written by the seed are already chained) and the ledger moving balances (the
    balances are loaded as they are)."""
    return _ours(name) or name in (JOURNAL_CHAIN, JOURNAL_HEADS, STOCK_BALANCE)


@contextmanager
def suspended(engine: Engine) -> Iterator[None]:
    with engine.begin() as connection:
        held = definitions(connection, _bulk_load)
        for name, _statement in held:
            connection.exec_driver_sql(f"DROP TRIGGER {name}")
    try:
        yield
    finally:
        with engine.begin() as connection:
            for _name, statement in held:
                connection.exec_driver_sql(statement)
            add_missing_marks(connection)
            add_missing_heads(connection)


def add_missing_marks(connection: Connection) -> None:
    """Every store has its counters (a store inserted while the triggers were away)."""
    topics = " UNION ALL ".join(f"SELECT '{topic}' AS topic" for topic in TOPICS)
    connection.execute(
        text(
            "INSERT INTO change_marks (store_id, topic, revision) "
            f"SELECT stores.id, t.topic, 0 FROM stores CROSS JOIN ({topics}) t "
            "WHERE NOT EXISTS (SELECT 1 FROM change_marks m "
            "WHERE m.store_id = stores.id AND m.topic = t.topic)"
        )
    )


def add_missing_heads(connection: Connection) -> None:
    """Every store has its journal head (a store inserted while the triggers were away)."""
    connection.execute(
        text(
            "INSERT INTO journal_heads (store_id, last_sequence, last_hash, last_ticket) "
            f"SELECT stores.id, 0, '{GENESIS}', 0 FROM stores WHERE NOT EXISTS "
            "(SELECT 1 FROM journal_heads h WHERE h.store_id = stores.id)"
        )
    )
