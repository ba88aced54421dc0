"""Throwaway databases on a MySQL/MariaDB server: for tests, benchmarks and trial restores."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

_NAME = re.compile(r"^[A-Za-z0-9_]+$")


def create_database(
    server_url: str, prefix: str = "ocpizza_scratch", connect_args: dict | None = None
) -> str:
    """Create an empty utf8mb4 database with a unique name; return its URL (`set(database=None)`
    keeps the database in SQLAlchemy 2.1: `_replace` drops it).

    `connect_args`: the driver's options (TLS) for a server that asks for them."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    if not _NAME.match(name):
        raise ValueError(f"invalid database name {name!r}")
    engine = create_engine(
        make_url(server_url)._replace(database=None), connect_args=connect_args or {}
    )
    try:
        with engine.begin() as connection:
            connection.execute(
                text(f"CREATE DATABASE {name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
            )
    finally:
        engine.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def drop_database(url: str, connect_args: dict | None = None) -> None:
    parsed = make_url(url)
    if not parsed.database or not _NAME.match(parsed.database):
        raise ValueError("refusing to drop a database without a plain name")
    engine = create_engine(parsed._replace(database=None), connect_args=connect_args or {})
    try:
        with engine.begin() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {parsed.database}"))
    finally:
        engine.dispose()
