"""Engines and sessions with the settings that keep a shop PC alive on a real network.

MySQL/MariaDB: PyMySQL with connect/read/write timeouts (its defaults wait forever on a dead
link), `pool_pre_ping` and `pool_recycle` (the server drops idle connections), utf8mb4, UTC,
strict SQL mode, a short lock wait for interactive work, and TLS that verifies the server's
certificate and name. SQLite: foreign keys on, WAL, and real transactions around reads too.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from ocpizza_desk.config import DatabaseConfig, TlsOptions

CONNECT_TIMEOUT_S = 5
READ_TIMEOUT_S = 30
WRITE_TIMEOUT_S = 30
POOL_RECYCLE_S = 1800
INTERACTIVE_LOCK_WAIT_S = 3  # a counter PC would rather retry than freeze for 50 s
BATCH_LOCK_WAIT_S = 50
COLLATION = "utf8mb4_unicode_ci"  # the tables' (models.py), on MySQL 5.7, 8 and MariaDB
SQL_MODE = (
    "STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
    "NO_ENGINE_SUBSTITUTION"
)


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
    engine = create_engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        pool_recycle=POOL_RECYCLE_S,
        # Sessions and Connections end their transactions themselves (commit or rollback);
        # the pool's extra ROLLBACK on check-in was one more round trip per use case.
        pool_reset_on_return=None,
        pool_size=kwargs.pop("pool_size", 5),
        max_overflow=kwargs.pop("max_overflow", 5),
        connect_args=mysql_connect_args(
            config, interactive=interactive, lock_wait_s=lock_wait_s, read_timeout_s=read_timeout_s
        ),
        **kwargs,
    )

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
