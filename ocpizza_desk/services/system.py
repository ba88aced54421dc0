"""Start-up: reach the database, check its schema, create the embedded demo on first launch."""

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
    checked = ctx.check_schema()
    return StartupReport(backend=ctx.backend, revision=checked.expected, created_demo=created)
