"""Maintenance mode: one chain-wide switch that stops staff from working while an
administrator upgrades or restores the database.

The switch is the row "maintenance" of `app_settings`: {"on", "message", "since"}.
- Sign-in reads it (services/auth.py): staff are refused with the message, administrators
  are let in.
- Open windows read it through the live feed's once-a-second poll (services/changes.py adds
  this one primary-key row to the statement it already sends), so they are told within
  seconds without a second query; the window then signs staff out (gui/main_window.py).

Who may switch it: an administrator from the application (`set_maintenance`, permission
ADMINISTER), or whoever runs `ocpizza-desk maintenance on|off` on a machine that holds the
database's credentials (`set_maintenance_from_console`). The command asks for no account
password on purpose: whoever can read the database URL and password can already write the
table directly, and an upgrade must be possible while nobody can sign in. The audit trail
records which path was taken.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import AppSetting, AuditEntry
from ocpizza_desk.db.setting_keys import MAINTENANCE_KEY
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.context import ServiceContext

MESSAGE_LIMIT = 200  # one line on the sign-in window and in the banner


@dataclass(frozen=True)
class Maintenance:
    on: bool
    message: str = ""
    since: datetime | None = None  # UTC, when it was last switched on

    @classmethod
    def from_value(cls, value: Any) -> Maintenance:
        """From the stored JSON (a dict, or its text as the live feed's poll reads it).
        Anything unreadable counts as off: a damaged row must not lock everyone out."""
        if isinstance(value, (str, bytes)):
            try:
                value = json.loads(value)
            except ValueError:
                return OFF
        if not isinstance(value, dict):
            return OFF
        since = None
        if value.get("on") and isinstance(value.get("since"), str):
            try:
                since = datetime.fromisoformat(value["since"])
            except ValueError:
                since = None
        return cls(bool(value.get("on")), str(value.get("message") or ""), since)


OFF = Maintenance(False)


def status(ctx: ServiceContext) -> Maintenance:
    """Whether maintenance is on, and its message. No session needed: the sign-in window
    and the command line ask before anyone is signed in, and the message is for everyone."""
    return ctx.transaction(_read)


def _read(db: Session) -> Maintenance:
    value = db.execute(
        select(AppSetting.value).where(AppSetting.key == MAINTENANCE_KEY)
    ).scalar_one_or_none()
    return OFF if value is None else Maintenance.from_value(value)


def set_maintenance(
    ctx: ServiceContext, session: StaffSession, on: bool, message: str | None = None
) -> Maintenance:
    """Switch maintenance on (staff refused and signed out) or off, from the application."""
    require(session, Permission.ADMINISTER)
    cleaned = _message(on, message)
    return ctx.transaction(lambda db: _switch(db, on, cleaned, session.user_id, "application"))


def set_maintenance_from_console(
    ctx: ServiceContext, on: bool, message: str | None = None
) -> Maintenance:
    """The same from `ocpizza-desk maintenance`, as the administrator of the machine (see the
    module's docstring: holding the database's credentials is the permission)."""
    cleaned = _message(on, message)
    return ctx.transaction(lambda db: _switch(db, on, cleaned, None, "console"))


def _message(on: bool, message: str | None) -> str:
    """Required when switching on: it is all the staff will be told."""
    if not on:
        return ""
    cleaned = validation.text(message, "maintenance_message", limit=MESSAGE_LIMIT)
    assert cleaned is not None
    return cleaned


def _switch(db: Session, on: bool, message: str, user_id: int | None, via: str) -> Maintenance:
    now = utcnow()
    before = _read(db)
    since = (before.since or now) if (on and before.on) else (now if on else None)
    value = {"on": on, "message": message, "since": since.isoformat() if since else None}
    changed = db.execute(
        update(AppSetting)
        .where(AppSetting.key == MAINTENANCE_KEY)
        .values(value=value, updated_at=now, updated_by_id=user_id)
    ).rowcount
    if not changed:
        db.execute(
            insert(AppSetting).values(
                key=MAINTENANCE_KEY, value=value, updated_at=now, updated_by_id=user_id
            )
        )
    db.execute(
        insert(AuditEntry.__table__).values(
            at=now,
            user_id=user_id,
            store_id=None,
            action="maintenance.on" if on else "maintenance.off",
            entity="app_setting",
            entity_id=MAINTENANCE_KEY,
            before={"on": before.on, "message": before.message},
            after={"on": on, "message": message, "via": via},
        )
    )
    return Maintenance(on, message, since)
