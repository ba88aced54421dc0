"""Bounded waits: an interactive use case gives up after its deadline on a frozen server,
the liveness ping is sent only to an idle connection, and /healthz answers in time.

The freezes are real: a private mariadbd (tests/private_mariadb.py) stopped with SIGSTOP and
woken with SIGCONT, never the shared server. Bounds in seconds are generous upper bounds:
the point is "bounded", not fast.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import urllib.error
import urllib.request

import pytest
from sqlalchemy import create_engine, insert, select, text
from sqlalchemy.exc import OperationalError

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.db import engine as engine_module
from ocpizza_desk.db.engine import deadline, remaining, session_factory
from ocpizza_desk.db.models import AppSetting
from ocpizza_desk.db.retry import MAX_ATTEMPTS, RetriesExhausted, run_in_transaction
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.services.context import INTERACTIVE_DEADLINE_S, ServiceContext, core
from tests.private_mariadb import PrivateMariaDB

DEADLINE_S = 3.0  # the tests' deadline: the default (10 s) would make each freeze test 10 s
FAIL_BOUND_S = DEADLINE_S + 2.5  # "bounded": far below PyMySQL's 30 s read timeout


def select_one(session):
    return session.execute(text("SELECT 1")).scalar_one()


# --------------------------------------------------------------------------- no server needed


def test_deadlines_nest_and_none_lifts_them():
    assert remaining() is None
    with deadline(5):
        assert 4 < remaining() <= 5
        with deadline(60):  # an inner, longer deadline does not extend the outer one
            assert remaining() <= 5
        with deadline(1):
            assert remaining() <= 1
        with deadline(None):  # reports and batch work: no deadline at all
            assert remaining() is None
        assert 4 < remaining() <= 5
    assert remaining() is None


def test_conflict_retries_stop_at_the_deadline():
    class DriverError(Exception):
        pass

    engine = create_engine("sqlite://")
    sessions = session_factory(engine)
    attempts = []

    def deadlocked(session):
        attempts.append(1)
        raise OperationalError("UPDATE ...", {}, DriverError(1213, "Deadlock found"))

    try:
        with deadline(0.5), pytest.raises(RetriesExhausted):  # no time for another attempt
            run_in_transaction(sessions, deadlocked, sleep=lambda _s: None)
        assert len(attempts) == 1
        attempts.clear()
        with deadline(60), pytest.raises(RetriesExhausted):
            run_in_transaction(sessions, deadlocked, sleep=lambda _s: None)
        assert len(attempts) == MAX_ATTEMPTS
    finally:
        engine.dispose()


def test_use_cases_run_under_the_deadline_and_reports_without(db):
    seen = {}

    def work(session):
        seen["left"] = remaining()
        return select_one(session)

    assert db.transaction(work) == 1
    assert 0 < seen["left"] <= INTERACTIVE_DEADLINE_S
    assert db.core_transaction(lambda c: remaining()) <= INTERACTIVE_DEADLINE_S
    assert remaining() is None  # nothing leaks out of the call
    assert db.reporting().transaction(lambda _s: remaining()) is None
    with db.bounded():
        outer = remaining()
        assert db.transaction(lambda _s: remaining()) <= outer


def _expire_now() -> None:
    """The call's deadline passes here (reset with the call's own deadline when it ends)."""
    engine_module._deadline.set((time.monotonic() - 1, INTERACTIVE_DEADLINE_S))


def _settings(db) -> list[str]:
    keys = select(AppSetting.key).order_by(AppSetting.key)
    return db.transaction(lambda s: list(s.scalars(keys)))


@pytest.mark.parametrize("form", ["orm", "core"])
def test_a_deadline_passing_before_a_statement_rolls_the_call_back(db, form):
    def work(tx):
        core(tx).execute(insert(AppSetting).values(key="first", value={}, updated_at=utcnow()))
        _expire_now()
        core(tx).execute(insert(AppSetting).values(key="second", value={}, updated_at=utcnow()))

    run = db.transaction if form == "orm" else db.core_transaction
    if db.backend == "mysql":
        with pytest.raises(DomainError) as failed:
            run(work)
        assert failed.value.code == "db.unreachable"
        assert _settings(db) == []  # and the next use case does not commit it either
    else:  # SQLite waits on no socket: its busy timeout is its bound
        run(work)
        assert _settings(db) == ["first", "second"]


@pytest.mark.parametrize("form", ["orm", "core"])
def test_a_deadline_passing_before_the_commit_still_ends_the_transaction(db, form):
    """The COMMIT is sent anyway (with a short timeout): refusing to send it would hand the
    connection back to the pool inside its transaction, for the next use case to commit."""

    def work(tx):
        core(tx).execute(insert(AppSetting).values(key="late", value={}, updated_at=utcnow()))
        _expire_now()

    (db.transaction if form == "orm" else db.core_transaction)(work)
    assert _settings(db) == ["late"]
    # The connection went back clean: a failed use case on it leaves nothing behind.
    with pytest.raises(ZeroDivisionError):
        db.core_transaction(
            lambda c: (
                c.execute(insert(AppSetting).values(key="no", value={}, updated_at=utcnow())),
                1 / 0,
            )
        )
    assert _settings(db) == ["late"]


# --------------------------------------------------------------------------- a server to freeze


@pytest.fixture(scope="module")
def private_server(tmp_path_factory):
    server = PrivateMariaDB(tmp_path_factory.mktemp("frozen-mariadb"))
    try:
        server.start()
    except Exception as exc:  # pragma: no cover - only where mariadbd cannot start
        pytest.fail(f"could not start a private MariaDB server: {exc}", pytrace=False)
    admin = create_engine(server.url)
    with admin.begin() as c:
        c.exec_driver_sql("CREATE DATABASE deadlines CHARACTER SET utf8mb4")
        c.exec_driver_sql("CREATE TABLE deadlines.alembic_version (version_num VARCHAR(32))")
        c.exec_driver_sql("INSERT INTO deadlines.alembic_version VALUES ('test')")
    admin.dispose()
    yield server
    server.stop()


@pytest.fixture
def config(private_server) -> DatabaseConfig:
    return DatabaseConfig(url=f"{private_server.url}deadlines", source="tests")


@contextlib.contextmanager
def frozen(server: PrivateMariaDB):
    """The server stopped dead (accepts TCP in the kernel, answers nothing), then woken."""
    server.freeze()
    try:
        yield
    finally:
        server.thaw()


def timed(fn):
    started = time.monotonic()
    try:
        return fn(), time.monotonic() - started
    except Exception as exc:
        return exc, time.monotonic() - started


@pytest.mark.mysql_only
def test_a_call_on_a_frozen_server_fails_within_the_deadline_then_recovers(
    private_server, config, caplog
):
    ctx = ServiceContext(config, deadline_s=DEADLINE_S)
    try:
        assert ctx.transaction(select_one) == 1  # a pooled, busy connection
        with caplog.at_level(logging.INFO, logger="ocpizza_desk.services.context"):
            with frozen(private_server):
                failed, seconds = timed(lambda: ctx.transaction(select_one))
                assert isinstance(failed, DomainError) and failed.code == "db.unreachable"
                assert DEADLINE_S - 0.5 <= seconds < FAIL_BOUND_S
                assert "3 s" in failed.message("en")  # "no answer in 3 s"
                # A fresh connection (TCP accepted by the kernel, no handshake) is bounded too.
                failed, seconds = timed(lambda: ctx.core_transaction(lambda c: 1 / 0))
                assert isinstance(failed, DomainError) and failed.code == "db.unreachable"
                assert seconds < FAIL_BOUND_S
                failed, seconds = timed(ctx.ping)
                assert isinstance(failed, DomainError) and seconds < FAIL_BOUND_S
            assert ctx.transaction(select_one) == 1  # woken: the next call just works
        messages = [r.getMessage() for r in caplog.records]
        lost = [m for m in messages if m.startswith("database unreachable")]
        back = [m for m in messages if m.startswith("database reachable again after")]
        assert len(lost) == 1 and len(back) == 1, messages  # once per loss, once per recovery
        assert float(back[0].split("after ")[1].split(" s")[0]) >= DEADLINE_S
    finally:
        ctx.close()


@pytest.mark.mysql_only
def test_an_exhausted_pool_on_a_frozen_server_is_bounded_too(private_server, config):
    ctx = ServiceContext(config, deadline_s=DEADLINE_S)
    held = [ctx.engine.connect() for _ in range(10)]  # pool_size 5 + max_overflow 5
    try:
        for connection in held:
            connection.exec_driver_sql("SELECT 1")
        with frozen(private_server):
            failed, seconds = timed(lambda: ctx.transaction(select_one))
        assert isinstance(failed, DomainError) and failed.code == "db.unreachable"
        assert seconds < FAIL_BOUND_S
    finally:
        for connection in held:
            connection.close()
        ctx.close()


@pytest.mark.mysql_only
def test_a_busy_connection_is_not_pinged(private_server, config):
    ctx = ServiceContext(config)
    try:
        first = ctx.transaction(lambda s: s.execute(text("SELECT CONNECTION_ID()")).scalar())
        for _ in range(20):
            ctx.transaction(select_one)
        same, pings = ctx.transaction(
            lambda s: (
                s.execute(text("SELECT CONNECTION_ID()")).scalar(),
                int(s.execute(text("SHOW SESSION STATUS LIKE 'Com_admin_commands'")).one()[1]),
            )
        )
        assert same == first  # one connection did it all
        assert pings == 0  # COM_PING is counted there: not one ping in 22 use cases
    finally:
        ctx.close()


@pytest.mark.mysql_only
def test_an_idle_connection_is_pinged_and_a_killed_one_replaced(
    private_server, config, monkeypatch
):
    monkeypatch.setattr(engine_module, "IDLE_PING_AFTER_S", 0.0)  # every pooled one is idle
    ctx = ServiceContext(config)
    killer = create_engine(private_server.url)
    try:
        victim = ctx.transaction(lambda s: s.execute(text("SELECT CONNECTION_ID()")).scalar())
        pings = ctx.transaction(
            lambda s: int(s.execute(text("SHOW SESSION STATUS LIKE 'Com_admin_commands'")).one()[1])
        )
        assert pings == 1  # pinged once, when taken out of the pool for this call
        with killer.connect() as k:
            k.exec_driver_sql(f"KILL CONNECTION {int(victim)}")
        replaced = ctx.transaction(lambda s: s.execute(text("SELECT CONNECTION_ID()")).scalar())
        assert replaced != victim  # the ping found it dead, the pool connected again
    finally:
        killer.dispose()
        ctx.close()


@pytest.mark.mysql_only
def test_a_connection_killed_while_busy_fails_once_then_is_replaced(private_server, config):
    """The price of pinging only idle connections: one db.unreachable, then all is well."""
    ctx = ServiceContext(config)
    killer = create_engine(private_server.url)
    try:
        victim = ctx.transaction(lambda s: s.execute(text("SELECT CONNECTION_ID()")).scalar())
        with killer.connect() as k:
            k.exec_driver_sql(f"KILL CONNECTION {int(victim)}")
        with pytest.raises(DomainError) as lost:
            ctx.transaction(select_one)
        assert lost.value.code == "db.unreachable"
        assert ctx.transaction(select_one) == 1
    finally:
        killer.dispose()
        ctx.close()


# --------------------------------------------------------------------------- /healthz


def get(url: str) -> tuple[int, str, float]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            status, body = answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read().decode()
    return status, body, time.monotonic() - started


@pytest.mark.mysql_only
def test_healthz_answers_in_time_during_a_freeze(private_server, config):
    from ocpizza_desk.ops import metrics

    server = metrics.MetricsServer(config, port=0).start()
    try:
        assert get(server.url + "/healthz")[:2] == (200, "ok\n")
        threads_before = threading.active_count()
        with frozen(private_server):
            for _ in range(4):  # a monitor calling again and again: no pile of threads
                status, body, seconds = get(server.url + "/healthz")
                assert (status, body) == (503, "database not answering\n")
                assert seconds < 2.5
            assert threading.active_count() <= threads_before + 2  # one checker, one request
            status, body, seconds = get(server.url + "/metrics")
            assert status == 200 and "ocpizza_database_up 0.0" in body
            assert seconds < metrics.SCRAPE_DEADLINE_S + 2.5
        give_up = time.monotonic() + 15
        while (status := get(server.url + "/healthz")[0]) != 200 and time.monotonic() < give_up:
            time.sleep(0.1)  # the checker stuck in the freeze ends at its own deadline
        assert status == 200
    finally:
        server.stop()
