"""The audit viewer: newest first in keyset pages, filters, and who may read which entries."""

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from ocpizza_desk.domain.clock import to_paris, utcnow
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.errors import PermissionDenied, ValidationError
from ocpizza_desk.services import auditlog, stores
from ocpizza_desk.services import staff as accounts
from ocpizza_desk.services.auditlog import AuditFilter
from ocpizza_desk.services.staff import NewAccount
from tests.helpers import staff


@pytest.fixture
def changes(demo):
    """A few audited changes in two stores, by a manager and by head office."""
    head, manager = staff(demo, "direction"), staff(demo, "responsable.bastille")
    for name in ("alice.one", "bruno.two", "chloe.three"):
        accounts.create(
            demo,
            manager,
            NewAccount(name, "Test Person", Role.COUNTER, manager.store_id, "Pepperoni-42"),
        )
    abbesses = next(s for s in stores.list_stores(demo, head) if s.code == "abbesses")
    stores.update_store(demo, head, abbesses, replace(abbesses.draft(), delivery_radius_m=2600))
    return head, manager, abbesses


def sql_ids(ctx, where: str = "1=1", **params) -> list[int]:
    with ctx.engine.connect() as c:
        return [
            r[0]
            for r in c.execute(
                text(f"SELECT id FROM audit_log WHERE {where} ORDER BY id DESC"), params
            )
        ]


def all_pages(ctx, session, wanted: AuditFilter | None = None, limit=2) -> list[int]:
    wanted = wanted or AuditFilter()
    ids, cursor = [], None
    while True:
        got = auditlog.page(ctx, session, wanted, cursor, limit=limit)
        assert len(got.rows) <= limit
        ids += [r.id for r in got.rows]
        if got.next is None:
            return ids
        cursor = got.next


def test_head_office_pages_through_everything_newest_first(demo, changes):
    head, _manager, _abbesses = changes
    assert all_pages(demo, head) == sql_ids(demo)
    newest = auditlog.page(demo, head, limit=1).rows[0]
    assert (newest.action, newest.entity, newest.user_name) == (
        "store.update",
        "store",
        head.full_name,
    )
    assert newest.before == {"delivery_radius_m": _abbesses.delivery_radius_m}
    assert newest.after == {"delivery_radius_m": 2600}


def test_filters(demo, changes):
    head, manager, abbesses = changes
    got = all_pages(demo, head, AuditFilter(user_id=manager.user_id))
    assert got == sql_ids(demo, "user_id = :u", u=manager.user_id) and len(got) >= 3
    got = all_pages(demo, head, AuditFilter(entity="store"))
    assert got == sql_ids(demo, "entity = 'store'")
    got = all_pages(demo, head, AuditFilter(action="user."))
    assert got == sql_ids(demo, "action LIKE 'user.%'")
    got = all_pages(demo, head, AuditFilter(action="user.create"))
    assert got == sql_ids(demo, "action = 'user.create'") and len(got) == 3
    got = all_pages(demo, head, AuditFilter(store_id=abbesses.id))
    assert got == sql_ids(demo, "store_id = :s", s=abbesses.id)
    today = to_paris(utcnow()).date()
    midnight = datetime.combine(today, time(0), ZoneInfo("Europe/Paris")).astimezone(UTC)
    naive = midnight.replace(tzinfo=None)  # the database holds naive UTC
    assert all_pages(demo, head, AuditFilter(date_from=today, date_to=today)) == sql_ids(
        demo, "at >= :a AND at < :b", a=naive, b=naive + timedelta(days=1)
    )
    tomorrow = today + timedelta(days=1)
    assert all_pages(demo, head, AuditFilter(date_from=tomorrow)) == []
    with pytest.raises(ValidationError):
        auditlog.page(demo, head, AuditFilter(date_from=tomorrow, date_to=today))


def test_manager_sees_their_store_only_and_others_nothing(demo, changes):
    head, manager, abbesses = changes
    assert all_pages(demo, manager) == sql_ids(demo, "store_id = :s", s=manager.store_id)
    with pytest.raises(PermissionDenied):
        auditlog.page(demo, manager, AuditFilter(store_id=abbesses.id))
    for username in ("accueil.bastille", "pizzaiolo.bastille", "livreur.bastille"):
        with pytest.raises(PermissionDenied):
            auditlog.page(demo, staff(demo, username))
    assert all_pages(demo, staff(demo, "admin")) == sql_ids(demo)
    offered = auditlog.choices(demo, manager)
    assert "store.update" not in offered.actions  # that change was in another store
    assert "user.create" in offered.actions
    assert manager.user_id in {u for u, _ in offered.users}
    assert "store.update" in auditlog.choices(demo, head).actions
