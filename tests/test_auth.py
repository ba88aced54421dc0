"""Sign-in with argon2id, the lockout, maintenance mode and the permission check."""

from datetime import timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import AppSetting, User
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.errors import AuthenticationError, PermissionDenied
from ocpizza_desk.domain.permissions import ROLE_PERMISSIONS, Permission
from ocpizza_desk.services.auth import MAX_FAILED_ATTEMPTS, StaffSession, require, sign_in


def user_row(ctx, username):
    with Session(ctx.engine) as s:
        return s.execute(select(User).where(User.username == username)).scalar_one()


@pytest.mark.parametrize(
    "username, role, has_store",
    [
        ("accueil.bastille", Role.COUNTER, True),
        ("pizzaiolo.abbesses", Role.PIZZAIOLO, True),
        ("livreur.butte", Role.DRIVER, True),
        ("responsable.convention", Role.MANAGER, True),
        ("direction", Role.HEAD_OFFICE, False),
        ("admin", Role.ADMIN, False),
    ],
)
def test_each_role_signs_in_with_its_demo_password(demo, username, role, has_store):
    session = sign_in(demo, username, DEMO_PASSWORDS[role])
    assert session.role is role
    assert (session.store_id is not None) == has_store
    assert (session.store_name or "").startswith("OC Pizza") == has_store
    assert user_row(demo, username).last_login_at is not None


def test_password_hashes_are_argon2id(demo):
    assert user_row(demo, "direction").password_hash.startswith("$argon2id$")


@pytest.mark.parametrize(
    "username, password, code",
    [
        ("accueil.bastille", "wrong", "auth.bad_credentials"),
        ("nobody", "whatever", "auth.bad_credentials"),  # same answer: no user enumeration
        ("", "x", "auth.empty"),
        ("accueil.bastille", "", "auth.empty"),
        ("' OR 1=1 --", "' OR 1=1 --", "auth.bad_credentials"),
        ("accueil.bastille🍕", "🍕", "auth.bad_credentials"),
    ],
)
def test_refusals_say_why_in_both_languages(demo, username, password, code):
    with pytest.raises(AuthenticationError) as refused:
        sign_in(demo, username, password)
    assert refused.value.code == code
    assert refused.value.message("fr") != refused.value.message("en")


def test_five_failures_lock_the_account_for_fifteen_minutes(demo):
    good = DEMO_PASSWORDS[Role.COUNTER]
    for attempt in range(1, MAX_FAILED_ATTEMPTS):
        with pytest.raises(AuthenticationError) as refused:
            sign_in(demo, "accueil.bastille", f"wrong-{attempt}")
        assert refused.value.code == "auth.bad_credentials"
        assert user_row(demo, "accueil.bastille").failed_attempts == attempt
    with pytest.raises(AuthenticationError) as fifth:
        sign_in(demo, "accueil.bastille", "wrong-5")
    assert fifth.value.code == "auth.locked"
    locked = user_row(demo, "accueil.bastille").locked_until
    assert timedelta(minutes=14) < locked - utcnow() <= timedelta(minutes=15)

    with pytest.raises(AuthenticationError) as still:  # even the right password now
        sign_in(demo, "accueil.bastille", good)
    assert still.value.code == "auth.locked"
    # Other accounts are not affected.
    assert sign_in(demo, "accueil.abbesses", good).username == "accueil.abbesses"


def test_lock_expires_and_a_success_resets_the_count(demo):
    with demo.engine.begin() as c:
        c.execute(
            update(User)
            .where(User.username == "accueil.bastille")
            .values(failed_attempts=5, locked_until=utcnow() - timedelta(seconds=1))
        )
    with pytest.raises(AuthenticationError) as refused:  # a new series starts at one
        sign_in(demo, "accueil.bastille", "wrong")
    assert refused.value.code == "auth.bad_credentials"
    assert user_row(demo, "accueil.bastille").failed_attempts == 1
    sign_in(demo, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    row = user_row(demo, "accueil.bastille")
    assert (row.failed_attempts, row.locked_until) == (0, None)


def test_disabled_account_is_refused_after_the_password_check(demo):
    with demo.engine.begin() as c:
        c.execute(update(User).where(User.username == "livreur.bastille").values(active=False))
    with pytest.raises(AuthenticationError) as refused:
        sign_in(demo, "livreur.bastille", DEMO_PASSWORDS[Role.DRIVER])
    assert refused.value.code == "auth.inactive"
    with pytest.raises(AuthenticationError) as wrong:
        sign_in(demo, "livreur.bastille", "wrong")
    assert wrong.value.code == "auth.bad_credentials"


def test_maintenance_refuses_staff_but_not_the_administrator(demo):
    with demo.engine.begin() as c:
        c.execute(
            update(AppSetting)
            .where(AppSetting.key == "maintenance")
            .values(value={"on": True, "message": "Mise à jour jusqu'à 7 h"})
        )
    with pytest.raises(AuthenticationError) as refused:
        sign_in(demo, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    assert refused.value.code == "auth.maintenance"
    assert "Mise à jour jusqu'à 7 h" in refused.value.message("fr")
    assert sign_in(demo, "admin", DEMO_PASSWORDS[Role.ADMIN]).role is Role.ADMIN


def _session(role, store_id=1):
    return StaffSession(1, "u", "U", role, store_id if role.is_store_bound else None, None)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_require_follows_the_matrix(role, permission):
    session = _session(role)
    if permission in ROLE_PERMISSIONS[role]:
        require(session, permission)
    else:
        with pytest.raises(PermissionDenied):
            require(session, permission)


def test_store_staff_cannot_touch_another_store():
    manager = _session(Role.MANAGER, store_id=1)
    require(manager, Permission.MANAGE_STOCK, store_id=1)
    with pytest.raises(PermissionDenied) as refused:
        require(manager, Permission.MANAGE_STOCK, store_id=2)
    assert refused.value.code == "permission.other_store"
    head_office = _session(Role.HEAD_OFFICE)
    require(head_office, Permission.VIEW_REPORTS, store_id=2)


def test_a_lockout_is_audited_once_without_personal_data(demo):
    from ocpizza_desk.db.models import AuditEntry

    for attempt in range(MAX_FAILED_ATTEMPTS + 1):
        with pytest.raises(AuthenticationError):
            sign_in(demo, "accueil.bastille", f"wrong-{attempt}")
    with Session(demo.engine) as db:
        entries = db.execute(select(AuditEntry).where(AuditEntry.action == "auth.locked")).all()
    assert len(entries) == 1
    assert "wrong" not in repr(entries[0][0].after)
