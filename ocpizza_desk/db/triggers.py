"""The change-mark triggers (migration 0002), seen from the application.

A bulk load of a million orders would bump the store's orders counter a million times, one
row lock each: the demo seed runs with the triggers set aside, then puts back exactly the
definitions the database held (read from the database itself, so there is one source of
truth: the migration) and gives every store its marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text

TOPICS = ("orders", "stock", "menu", "deliveries")
PREFIX, SUFFIX = "trg_", "_mark"


def definitions(connection: Connection) -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) of the change-mark triggers."""
    if connection.dialect.name == "sqlite":
        rows = connection.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        ).all()
        return [(name, sql) for name, sql in rows if _ours(name)]
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
    for name in filter(_ours, names):
        row = connection.exec_driver_sql(f"SHOW CREATE TRIGGER `{name}`").mappings().one()
        statement = re.sub(r"DEFINER=\S+\s+", "", row["SQL Original Statement"], count=1)
        found.append((name, statement))
    return found


def _ours(name: str) -> bool:
    return name.startswith(PREFIX) and name.endswith(SUFFIX)


@contextmanager
def suspended(engine: Engine) -> Iterator[None]:
    with engine.begin() as connection:
        held = definitions(connection)
        for name, _statement in held:
            connection.exec_driver_sql(f"DROP TRIGGER {name}")
    try:
        yield
    finally:
        with engine.begin() as connection:
            for _name, statement in held:
                connection.exec_driver_sql(statement)
            add_missing_marks(connection)


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
