"""The audit trail: who changed what, when, with the values before and after.

Written in the same transaction as the change it records, so one never exists without the
other. Payloads never carry personal data (names, phones, addresses): for customers they
list which fields changed, so a GDPR erasure never has to rewrite this insert-only table.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import AuditEntry, User
from ocpizza_desk.domain.clock import paris_hhmm, utcnow
from ocpizza_desk.domain.errors import ConflictError
from ocpizza_desk.domain.texts import Text
from ocpizza_desk.services.auth import StaffSession

_AUDIT = AuditEntry.__table__


def record(
    db: Session,
    session: StaffSession,
    action: str,
    entity: str,
    entity_id: int | str,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    store_id: int | None = None,
) -> None:
    db.execute(
        insert(_AUDIT).values(
            at=utcnow(),
            user_id=session.user_id,
            store_id=store_id,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            before=before,
            after=after,
        )
    )


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    return sorted(key for key in after if before.get(key) != after.get(key))


SOMEONE = Text("ErrorDetail", "Someone")  # a change made outside this application


def conflict(
    db: Session,
    code: str,
    entity: str,
    entity_id: int | str,
    *,
    action: str | None = None,
    store_id: int | None = None,
    unaudited_at: datetime | None = None,
) -> ConflictError:
    """The refusal of a stale save, naming who saved last and when, read from this trail.
    `action` ending in "." is a family ("store." leaves out the stock received in a store);
    `unaudited_at` is the row's own time, for a change made by another program."""
    query = (
        select(AuditEntry.at, User.full_name)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    if action is not None:
        query = query.where(
            AuditEntry.action.like(action + "%")
            if action.endswith(".")
            else AuditEntry.action == action
        )
    if store_id is not None:
        query = query.where(AuditEntry.store_id == store_id)
    row = db.execute(query).first()
    at = row[0] if row else unaudited_at
    return ConflictError(
        code, who=(row[1] if row and row[1] else SOMEONE), at=paris_hhmm(at) if at else "?"
    )
