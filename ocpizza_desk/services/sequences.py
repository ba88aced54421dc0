"""Per-store gapless numbers (credit notes now, tickets and the journal later).

One conditional UPDATE takes the next number and holds the store's row until the
transaction ends, so two tills never get the same number and a rolled-back transaction
gives its number back: the sequence has no gap. On MySQL/MariaDB the new value comes back
with the UPDATE's own reply (`LAST_INSERT_ID(expr)`), on SQLite with `RETURNING`: one round
trip either way.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from ocpizza_desk.domain.errors import ConflictError
from ocpizza_desk.services.context import Tx, core

CREDIT_NOTE = "credit_note"

_MYSQL_NEXT = text(
    "UPDATE document_sequences SET last_value = LAST_INSERT_ID(last_value + 1) "
    "WHERE store_id = :store_id AND kind = :kind"
)
_MYSQL_LAST = text("SELECT LAST_INSERT_ID()")
_SQLITE_NEXT = text(
    "UPDATE document_sequences SET last_value = last_value + 1 "
    "WHERE store_id = :store_id AND kind = :kind RETURNING last_value"
)
_FIRST = text(
    "INSERT INTO document_sequences (store_id, kind, last_value) VALUES (:store_id, :kind, 1)"
)


def next_number(db: Tx, store_id: int, kind: str) -> int:
    """The store's next number of this kind, within the caller's transaction."""
    connection = core(db)
    params = {"store_id": store_id, "kind": kind}
    if connection.dialect.name == "sqlite":
        value = connection.execute(_SQLITE_NEXT, params).scalar()
        if value is not None:
            return int(value)
    else:
        result = connection.execute(_MYSQL_NEXT, params)
        if result.rowcount == 1:
            if result.lastrowid:
                return int(result.lastrowid)
            # A trigger that calls a stored function (the per-staff accounts' store scope,
            # db/accounts.py) makes the server reply 0 for LAST_INSERT_ID(expr); the
            # session's value is still right.
            return int(connection.execute(_MYSQL_LAST).scalar_one())
    try:  # the store's first document of this kind
        with connection.begin_nested():
            connection.execute(_FIRST, params)
    except IntegrityError as exc:  # another till started the sequence at the same instant
        raise ConflictError("db.conflict") from exc
    return 1
