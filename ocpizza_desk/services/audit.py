"""The audit trail: who changed what, when, with the values before and after.

Written in the same transaction as the change it records, so one never exists without the
other. Payloads never carry personal data (names, phones, addresses): for customers they
list which fields changed, so a GDPR erasure never has to rewrite this insert-only table.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import AuditEntry
from ocpizza_desk.domain.clock import utcnow
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
