"""Start-up: reach the database, check its schema, create the embedded demo on first launch.

In ops, not services: the demo comes from ops/seed, which builds it through the services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ocpizza_desk.db import schema
from ocpizza_desk.services.context import ServiceContext

Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class StartupReport:
    backend: str  # "sqlite" or "mysql"
    revision: str
    created_demo: bool  # the embedded database was just created with demo data


def prepare(ctx: ServiceContext, progress: Progress | None = None) -> StartupReport:
    """Raise DomainError unless the database is reachable and at this build's revision.

    Only the user's own embedded SQLite file is ever created here: a shared MySQL database
    is upgraded by an administrator (`ocpizza-desk db upgrade`), never behind their back.
    """
    found = ctx.schema_status()
    created = False
    if found.state == "empty" and ctx.config.embedded_default:
        from ocpizza_desk.ops.seed import seed_demo

        schema.upgrade(ctx.engine)
        seed_demo(ctx.engine, progress=progress)
        created = True
        found = ctx.schema_status()
    checked = schema.require_current(found)  # read once (a sign-in's round trips)
    return StartupReport(backend=ctx.backend, revision=checked.expected, created_demo=created)


def probe(config, timeout_s: float = 5.0) -> None:
    """Whether the database server answers, before anyone signs in (per-staff accounts:
    there is nothing to authenticate with yet). A TCP connection to its port, then its
    greeting; DomainError('db.unreachable') otherwise."""
    import socket
    from urllib.parse import urlsplit

    from ocpizza_desk.domain.errors import DomainError

    parts = urlsplit(config.url)
    host, port = parts.hostname or "localhost", parts.port or 3306
    try:
        with socket.create_connection((host, port), timeout=timeout_s) as sock:
            sock.settimeout(timeout_s)
            if not sock.recv(4):
                raise OSError("the server closed the connection")
    except OSError as exc:
        raise DomainError("db.unreachable", detail=f"{host}:{port}: {exc}") from exc
