"""Backups for the administrator's screen: a permission check, then ops/backup.py.

Here in ops (above services, whose permission check it uses) rather than in services, which
never import ops. The screen never touches the database layer; these calls run on a worker
thread (they take seconds to minutes) and report progress through `progress(step, fraction)`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import make_url

from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.ops import backup as ops
from ocpizza_desk.ops.backup import (
    BackupInfo,
    PruneDecision,
    PruneReport,
    RestoreReport,
    RetentionPolicy,
    VerifyReport,
)
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.context import ServiceContext

__all__ = [
    "BackupInfo",
    "PruneDecision",
    "PruneReport",
    "RestoreReport",
    "RetentionPolicy",
    "VerifyReport",
]

Progress = Callable[[str, float], None] | None


def default_folder() -> Path:
    return ops.default_folder()


def database_name(ctx: ServiceContext) -> str:
    """What the administrator types to confirm a restore: the database's name (MariaDB) or
    the SQLite file's name."""
    database = make_url(ctx.config.url).database or ""
    return Path(database).name if ctx.config.is_sqlite else database


def list_backups(
    ctx: ServiceContext, session: StaffSession, folder: Path | None = None
) -> list[BackupInfo]:
    require(session, Permission.ADMINISTER)
    return ops.list_backups(folder)


def create(
    ctx: ServiceContext,
    session: StaffSession,
    folder: Path | None = None,
    progress: Progress = None,
) -> BackupInfo:
    require(session, Permission.ADMINISTER)
    return ops.create(ctx.config, folder, progress)


def verify(
    ctx: ServiceContext, session: StaffSession, path: Path, progress: Progress = None
) -> VerifyReport:
    """A MariaDB backup is test-restored into a scratch database on the same server."""
    require(session, Permission.ADMINISTER)
    return ops.verify(path, None if ctx.config.is_sqlite else ctx.config, progress)


def restore(
    ctx: ServiceContext,
    session: StaffSession,
    path: Path,
    confirmation: str,
    progress: Progress = None,
) -> RestoreReport:
    """Replace the database the application uses; `confirmation` must be its name. The
    database is backed up beside the chosen backup first (a wrong choice can be undone)."""
    require(session, Permission.ADMINISTER)
    if confirmation.strip() != database_name(ctx):
        raise ValidationError("backup.confirmation", name=database_name(ctx))
    report = ops.restore(
        path, ctx.config, force=True, progress=progress, safety_folder=Path(path).parent
    )
    ctx.engine.dispose()  # no pooled connection keeps a view of the replaced tables
    return report


def retention(
    ctx: ServiceContext,
    session: StaffSession,
    folder: Path | None = None,
    policy: RetentionPolicy | None = None,
) -> list[PruneDecision]:
    """Every backup (oldest first) with the retention rule that keeps it, or why the next
    prune deletes it (the config file's [backup] rule unless `policy` is given)."""
    require(session, Permission.ADMINISTER)
    return ops.plan_prune(ops.list_backups(folder), policy or ops.load_policy())


def plan_prune(
    ctx: ServiceContext,
    session: StaffSession,
    folder: Path | None = None,
    policy: RetentionPolicy | None = None,
) -> PruneReport:
    """What prune would delete, deleting nothing."""
    require(session, Permission.ADMINISTER)
    return ops.prune(folder, policy or ops.load_policy(), dry_run=True)


def prune(
    ctx: ServiceContext,
    session: StaffSession,
    folder: Path | None = None,
    policy: RetentionPolicy | None = None,
) -> PruneReport:
    require(session, Permission.ADMINISTER)
    return ops.prune(folder, policy or ops.load_policy())
