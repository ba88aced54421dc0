"""Engines and sessions with the settings that keep a shop PC alive on a real network.

MySQL/MariaDB: PyMySQL with connect/read/write timeouts (its defaults wait forever on a dead
link), a liveness ping only for a connection that sat idle in the pool, `pool_recycle` (the
server drops idle connections), utf8mb4, UTC, strict SQL mode, a short lock wait for
interactive work, and TLS that verifies the server's certificate and name. SQLite: foreign
keys on, WAL, and real transactions around reads too.

Deadlines: inside `with deadline(seconds):` every wait on the server of this thread — pool
checkout, the idle ping, the connection handshake, each statement and the commit — is cut
off when the block's time is up, so an interactive call fails after ~10 s on a frozen server
instead of waiting 30 s per statement (services/context.py sets it for every use case).
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool
from sqlalchemy.util import queue as sa_queue

from ocpizza_desk.config import DatabaseConfig, TlsOptions

CONNECT_TIMEOUT_S = 5
READ_TIMEOUT_S = 30
WRITE_TIMEOUT_S = 30
POOL_RECYCLE_S = 1800
POOL_TIMEOUT_S = 30  # without a deadline; with one, the time left
# A connection used less than this long ago is taken as alive without a ping (the ping was one
# more round trip per use case, ~10 % of placement throughput); an older one is pinged first
# and replaced if it does not answer. A connection killed while busy fails its next use once.
IDLE_PING_AFTER_S = 5.0
# Never hand a socket a zero timeout (non-blocking). A COMMIT or ROLLBACK is always sent, with
# at least END_MIN_WAIT_S: refusing to send it would return the connection to the pool with
# its transaction open (no reset on return), for the next use case to commit.
MIN_WAIT_S = 0.05
END_MIN_WAIT_S = 1.0
INTERACTIVE_LOCK_WAIT_S = 3  # a counter PC would rather retry than freeze for 50 s
BATCH_LOCK_WAIT_S = 50
COLLATION = "utf8mb4_unicode_ci"  # the tables' (models.py), on MySQL 5.7, 8 and MariaDB
SQL_MODE = (
    "STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
    "NO_ENGINE_SUBSTITUTION"
)


# --------------------------------------------------------------------------- deadlines

# (monotonic end, length in seconds) of this thread's current deadline; None: no deadline.
_deadline: ContextVar[tuple[float, float] | None] = ContextVar("ocpizza_db_deadline", default=None)


class DeadlineExceeded(sa_exc.TimeoutError):
    """The database did not answer before the call's deadline (no statement was sent)."""


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Bound every database wait of this thread in the block; nested, the earlier end wins.

    `None` lifts any deadline for the block (reports, batch work: their own long timeouts).
    """
    if seconds is None:
        token = _deadline.set(None)
    else:
        end = time.monotonic() + seconds
        outer = _deadline.get()
        token = _deadline.set(
            outer if outer is not None and outer[0] <= end else (end, float(seconds))
        )
    try:
        yield
    finally:
        _deadline.reset(token)


def remaining() -> float | None:
    """Seconds left before this thread's deadline (negative once past); None: no deadline."""
    current = _deadline.get()
    return None if current is None else current[0] - time.monotonic()


def deadline_length() -> float | None:
    """The length of the current deadline, for messages ("no answer within 10 s")."""
    current = _deadline.get()
    return None if current is None else current[1]


class _DeadlineQueue(sa_queue.Queue):
    """The pool's queue of idle connections: a checkout waits no longer than the deadline."""

    def get(self, block: bool = True, timeout: float | None = None):
        left = remaining()
        if block and left is not None:
            left = max(0.0, left)
            timeout = left if timeout is None else min(timeout, left)
        return super().get(block, timeout)


class DeadlinePool(QueuePool):
    """QueuePool whose checkout wait ends at the caller's deadline (sqlalchemy.exc.TimeoutError)."""

    _queue_class = _DeadlineQueue


def _set_socket_timeouts(dbapi_connection, read_s: float, write_s: float) -> None:
    """PyMySQL reads these before each packet (and calls settimeout only when they change);
    there is no public setter for an open connection."""
    dbapi_connection._read_timeout = read_s
    dbapi_connection._write_timeout = write_s


def _bounded(default_s: float, floor: float | None = None) -> float:
    """The socket timeout for the next wait: the engine's default, or the time left."""
    left = remaining()
    if left is None:
        return default_s
    if left <= 0 and floor is None:
        raise DeadlineExceeded(f"no answer within {deadline_length():g} s")
    return max(min(default_s, left), floor or MIN_WAIT_S)


def _install_deadlines(engine: Engine, connect_args: dict[str, Any]) -> None:
    """The hooks that make every wait of a MySQL engine end at the thread's deadline, and
    the idle-only liveness ping (SQLAlchemy's custom pessimistic-disconnect recipe)."""
    read_s = float(connect_args["read_timeout"])
    write_s = float(connect_args["write_timeout"])
    connect_s = float(connect_args["connect_timeout"])

    @event.listens_for(engine, "do_connect")
    def _connect(dialect, _record, cargs, cparams):
        left = remaining()
        if left is None:
            return None  # the default connect, with the engine's timeouts
        if left <= 0:
            raise DeadlineExceeded(f"no answer within {deadline_length():g} s")
        left = max(left, MIN_WAIT_S)
        # The TCP connect, then the handshake and the session's settings (read timeout).
        cparams["connect_timeout"] = min(connect_s, left)
        cparams["read_timeout"] = min(read_s, left)
        cparams["write_timeout"] = min(write_s, left)
        return dialect.connect(*cargs, **cparams)

    @event.listens_for(engine, "connect")
    def _fresh(_dbapi_connection, record) -> None:
        record.info.pop(_IDLE_SINCE, None)  # just connected: no ping needed

    @event.listens_for(engine, "checkin")
    def _checkin(dbapi_connection, record) -> None:
        if dbapi_connection is not None:
            record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_connection, record, _proxy) -> None:
        timeout = _bounded(read_s, floor=MIN_WAIT_S)
        _set_socket_timeouts(dbapi_connection, timeout, min(write_s, timeout))
        idle_since = record.info.get(_IDLE_SINCE)
        if idle_since is None or time.monotonic() - idle_since <= IDLE_PING_AFTER_S:
            return
        try:
            dbapi_connection.ping(reconnect=False)
        except Exception as exc:  # the pool invalidates it and connects again, once
            raise sa_exc.DisconnectionError(f"idle connection did not answer: {exc}") from exc

    @event.listens_for(engine, "before_cursor_execute")
    def _statement(_conn, cursor, _statement, _parameters, _context, _executemany) -> None:
        _set_socket_timeouts(cursor.connection, _bounded(read_s), _bounded(write_s))

    @event.listens_for(engine, "commit")
    @event.listens_for(engine, "rollback")
    def _end(conn) -> None:
        # Never raise here (see END_MIN_WAIT_S): a late COMMIT that times out closes the
        # connection, and the server rolls the transaction back. The rollback event also
        # fires for a connection already closed or invalidated, which sends nothing.
        if conn.closed or conn.invalidated:
            return
        dbapi_connection = conn.connection.dbapi_connection
        if dbapi_connection is not None:
            timeout = _bounded(read_s, floor=END_MIN_WAIT_S)
            _set_socket_timeouts(dbapi_connection, timeout, min(write_s, timeout))


_IDLE_SINCE = "ocpizza_idle_since"


def build_url(config: DatabaseConfig) -> URL:
    url = make_url(config.url)
    if config.password is not None:
        url = url.set(password=config.password)
    if url.get_backend_name() in ("mysql", "mariadb"):
        url = url.update_query_dict({"charset": "utf8mb4"})
    return url


def tls_context(tls: TlsOptions) -> ssl.SSLContext:
    """A context that checks the chain and the host name (PyMySQL's `ssl_ca` alone does not)."""
    context = ssl.create_default_context(cafile=tls.ca_file)
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    if tls.cert_file:
        context.load_cert_chain(tls.cert_file, keyfile=tls.key_file)
    return context


def mysql_connect_args(
    config: DatabaseConfig,
    *,
    interactive: bool,
    lock_wait_s: int | None = None,
    read_timeout_s: int | None = None,
) -> dict[str, Any]:
    lock_wait = lock_wait_s or (INTERACTIVE_LOCK_WAIT_S if interactive else BATCH_LOCK_WAIT_S)
    args: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "read_timeout": read_timeout_s or READ_TIMEOUT_S,
        "write_timeout": WRITE_TIMEOUT_S,
        "init_command": (
            f"SET time_zone = '+00:00', sql_mode = '{SQL_MODE}', "
            f"innodb_lock_wait_timeout = {lock_wait}"
        ),
    }
    if config.tls.enabled:
        args["ssl"] = tls_context(config.tls)
    return args


def create_engine_for(
    config: DatabaseConfig,
    *,
    interactive: bool = True,
    lock_wait_s: int | None = None,
    read_timeout_s: int | None = None,
    echo: bool = False,
    **kwargs: Any,
) -> Engine:
    # Statement parameters carry customers' names and phones: never in errors or logs.
    kwargs.setdefault("hide_parameters", True)
    url = build_url(config)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, echo=echo, connect_args={"timeout": 10, "check_same_thread": False}, **kwargs
        )
        _configure_sqlite(engine)
        return engine
    connect_args = mysql_connect_args(
        config, interactive=interactive, lock_wait_s=lock_wait_s, read_timeout_s=read_timeout_s
    )
    engine = create_engine(
        url,
        echo=echo,
        # No pool_pre_ping: _install_deadlines pings only a connection that sat idle.
        poolclass=DeadlinePool,
        pool_timeout=kwargs.pop("pool_timeout", POOL_TIMEOUT_S),
        pool_recycle=POOL_RECYCLE_S,
        # Sessions and Connections end their transactions themselves (commit or rollback);
        # the pool's extra ROLLBACK on check-in was one more round trip per use case.
        pool_reset_on_return=None,
        pool_size=kwargs.pop("pool_size", 5),
        max_overflow=kwargs.pop("max_overflow", 5),
        connect_args=connect_args,
        **kwargs,
    )
    _install_deadlines(engine, connect_args)

    # The tables' collation for literals too, or comparisons and UNIONs of text mix two.
    # After SQLAlchemy's own "SET NAMES utf8mb4", which resets it to the server's default.
    @event.listens_for(engine, "connect")
    def _collation(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"SET NAMES utf8mb4 COLLATE {COLLATION}")
        cursor.close()

    return engine


def _configure_sqlite(engine: Engine) -> None:
    # pysqlite opens transactions lazily and not around SELECTs; take control so that a use
    # case reads and writes in one transaction, as it does on MySQL (SQLAlchemy's recipe).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    # Results leave the session as dataclasses, but expire_on_commit=False also keeps a
    # committed object readable without a surprise query.
    return sessionmaker(engine, expire_on_commit=False)
