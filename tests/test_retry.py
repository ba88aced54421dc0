"""Transient conflicts are retried in one place, a bounded number of times."""

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError

from ocpizza_desk.db.engine import session_factory
from ocpizza_desk.db.retry import (
    MAX_ATTEMPTS,
    RetriesExhausted,
    backoff_delay,
    is_retryable,
    run_in_transaction,
)


class DriverError(Exception):
    pass


def mysql_error(code: int) -> OperationalError:
    return OperationalError("UPDATE ...", {}, DriverError(code, "driver message"))


@pytest.fixture
def sessions():
    engine = create_engine("sqlite://")
    yield session_factory(engine)
    engine.dispose()


def test_deadlock_and_lock_wait_are_retried_until_success(sessions):
    failures = [mysql_error(1213), mysql_error(1205)]
    calls = []

    def work(session):
        calls.append(session.execute(text("SELECT 1")).scalar())
        if failures:
            raise failures.pop(0)
        return "done"

    delays = []
    assert run_in_transaction(sessions, work, sleep=delays.append) == "done"
    assert len(calls) == 3 and len(delays) == 2


def test_retries_are_bounded(sessions):
    attempts = []

    def always_deadlocked(session):
        attempts.append(1)
        raise mysql_error(1213)

    with pytest.raises(RetriesExhausted):
        run_in_transaction(sessions, always_deadlocked, sleep=lambda _s: None)
    assert len(attempts) == MAX_ATTEMPTS


def test_other_errors_are_not_retried(sessions):
    attempts = []

    def duplicate(session):
        attempts.append(1)
        raise IntegrityError("INSERT ...", {}, DriverError(1062, "Duplicate entry"))

    with pytest.raises(IntegrityError):
        run_in_transaction(sessions, duplicate, sleep=lambda _s: None)
    assert len(attempts) == 1


def test_classification_and_jittered_backoff():
    assert is_retryable(mysql_error(1213)) and is_retryable(mysql_error(1205))
    assert not is_retryable(mysql_error(1062))
    assert is_retryable(OperationalError("x", {}, DriverError("database is locked")))
    assert not is_retryable(ValueError("no"))
    delays = {backoff_delay(3) for _ in range(50)}
    assert len(delays) > 1 and all(0 <= d <= 0.5 for d in delays)
