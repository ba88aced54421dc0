"""The one place where transient conflicts are retried: deadlocks, lock waits, busy SQLite.

A deadlock (1213) rolls the whole transaction back; a lock wait timeout (1205) only the
statement. Either way the whole use case runs again from the start in a new transaction,
with a bounded number of attempts and jittered exponential backoff, and never past the
call's deadline (db/engine.py `deadline`): no retry starts without MIN_ATTEMPT_S left.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager as ContextManager
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ocpizza_desk.db.engine import remaining

log = logging.getLogger(__name__)

T = TypeVar("T")
X = TypeVar("X")

MYSQL_DEADLOCK = 1213
MYSQL_LOCK_WAIT_TIMEOUT = 1205
RETRYABLE_MYSQL_CODES = frozenset({MYSQL_DEADLOCK, MYSQL_LOCK_WAIT_TIMEOUT})
MAX_ATTEMPTS = 5
# A lock wait has already cost innodb_lock_wait_timeout seconds: one more try, then give up.
MAX_LOCK_WAIT_ATTEMPTS = 2
BASE_DELAY_S = 0.02
MAX_DELAY_S = 0.5
# A new attempt needs at least this long before the deadline, or it would only be cut off
# (a lock wait alone costs innodb_lock_wait_timeout = 3 s): give up with "conflict" instead.
MIN_ATTEMPT_S = 1.0


class RetriesExhausted(Exception):
    """Still conflicting after MAX_ATTEMPTS: the caller shows 'try again'."""


def mysql_error_code(exc: BaseException) -> int | None:
    orig = getattr(exc, "orig", None)
    args = getattr(orig, "args", ())
    if args and isinstance(args[0], int):
        return args[0]
    return None


def is_retryable(exc: BaseException) -> bool:
    if not isinstance(exc, DBAPIError):
        return False
    if mysql_error_code(exc) in RETRYABLE_MYSQL_CODES:
        return True
    message = str(getattr(exc, "orig", "")).lower()
    return isinstance(exc, OperationalError) and (
        "database is locked" in message or "database table is locked" in message
    )


def backoff_delay(attempt: int) -> float:
    """Full jitter: a random delay up to an exponentially growing cap."""
    return random.uniform(0, min(MAX_DELAY_S, BASE_DELAY_S * (2**attempt)))


def session_scope(sessions: sessionmaker[Session]) -> Callable[[], ContextManager[Session]]:
    """A transaction as an ORM Session, committed on success, rolled back otherwise."""

    @contextmanager
    def scope() -> Iterator[Session]:
        with sessions() as session, session.begin():
            yield session

    return scope


def run_in_transaction(
    begin: Callable[[], ContextManager[X]] | sessionmaker[Session],
    work: Callable[[X], T],
    *,
    attempts: int = MAX_ATTEMPTS,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Run `work(tx)` in one transaction, committed on return, retried on conflict.

    `begin` opens the transaction: a Session scope, or `engine.begin` for a Core Connection
    (the order hot path, where the Session's bookkeeping is pure overhead).
    """
    if isinstance(begin, sessionmaker):
        begin = session_scope(begin)
    lock_waits = 0
    for attempt in range(attempts):
        try:
            with begin() as tx:
                return work(tx)
        except DBAPIError as exc:
            if not is_retryable(exc):
                raise
            code = mysql_error_code(exc)
            lock_waits += code == MYSQL_LOCK_WAIT_TIMEOUT
            delay = backoff_delay(attempt)
            left = remaining()
            if (
                attempt == attempts - 1
                or lock_waits >= MAX_LOCK_WAIT_ATTEMPTS
                or (left is not None and left < delay + MIN_ATTEMPT_S)
            ):
                raise RetriesExhausted(str(exc.orig)) from exc
            log.info("transient conflict (%s), retry %d/%d", code or "busy", attempt + 1, attempts)
            sleep(delay)
    raise AssertionError("unreachable")
