"""Staff accounts: who may create and change which accounts, password policy and reset,
deactivation, the last administrator, stale saves; never a password in the audit log."""

import json
import logging

import pytest
from sqlalchemy import select, text

from ocpizza_desk.db.models import AuditEntry
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from ocpizza_desk.services import auth
from ocpizza_desk.services import staff as accounts
from ocpizza_desk.services.staff import AccountFilter, NewAccount
from tests.helpers import snapshot, staff

NEW_PASSWORD = "Margherita-2026"


@pytest.fixture
def manager(demo):
    return staff(demo, "responsable.bastille")


@pytest.fixture
def head(demo):
    return staff(demo, "direction")


def user_row(ctx, username: str) -> dict | None:
    with ctx.engine.connect() as c:
        row = (
            c.execute(text("SELECT * FROM users WHERE username = :u"), {"u": username})
            .mappings()
            .first()
        )
    return None if row is None else dict(row)


def store_id(ctx, code: str) -> int:
    with ctx.engine.connect() as c:
        return c.execute(text("SELECT id FROM stores WHERE code = :c"), {"c": code}).scalar_one()


def audit_of(ctx, user_id: int) -> list:
    a = AuditEntry.__table__.c
    with ctx.engine.connect() as c:
        return c.execute(
            select(a.action, a.user_id, a.store_id, a.before, a.after)
            .where(a.entity == "user", a.entity_id == str(user_id))
            .order_by(a.id)
        ).all()


def new_counter(ctx, session, username="marie.curie", store=None) -> accounts.Account:
    return accounts.create(
        ctx,
        session,
        NewAccount(
            username=username,
            full_name="Marie Curie",
            role=Role.COUNTER,
            store_id=store or session.store_id,
            password=NEW_PASSWORD,
        ),
    )


def test_manager_lists_only_their_store(demo, manager):
    with demo.engine.connect() as c:
        expected = {
            r[0]
            for r in c.execute(
                text("SELECT username FROM users WHERE store_id = :s"), {"s": manager.store_id}
            )
        }
    assert {a.username for a in accounts.list_accounts(demo, manager)} == expected
    with pytest.raises(PermissionDenied):
        accounts.list_accounts(demo, manager, AccountFilter(store_id=store_id(demo, "abbesses")))
    with pytest.raises(PermissionDenied):
        accounts.list_accounts(demo, staff(demo, "accueil.bastille"))


def test_filters(demo, head):
    with demo.engine.connect() as c:
        drivers = {r[0] for r in c.execute(text("SELECT username FROM users WHERE role='driver'"))}
    found = accounts.list_accounts(demo, head, AccountFilter(role=Role.DRIVER))
    assert {a.username for a in found} == drivers
    found = accounts.list_accounts(demo, head, AccountFilter(text="livreur.b"))
    assert {a.username for a in found} == {u for u in drivers if u.startswith("livreur.b")}
    bastille = store_id(demo, "bastille")
    found = accounts.list_accounts(demo, head, AccountFilter(store_id=bastille, active=True))
    assert {a.store_id for a in found} == {bastille} and len(found) == 4


def test_manager_creates_resets_and_deactivates_a_counter_account(demo, manager, caplog):
    caplog.set_level(logging.DEBUG)
    created = new_counter(demo, manager)
    row = user_row(demo, "marie.curie")
    assert (row["role"], row["store_id"], row["active"]) == ("counter", manager.store_id, 1)
    assert row["password_hash"].startswith("$argon2id$")
    assert auth.sign_in(demo, "marie.curie", NEW_PASSWORD).user_id == created.id

    for _ in range(auth.MAX_FAILED_ATTEMPTS):  # locked out
        with pytest.raises(AuthenticationError):
            auth.sign_in(demo, "marie.curie", "wrong password 1")
    assert user_row(demo, "marie.curie")["locked_until"] is not None
    fresh = accounts.get(demo, manager, created.id)
    assert fresh.locked
    reset = accounts.reset_password(demo, manager, fresh, "Calzone-4-ever")
    row = user_row(demo, "marie.curie")
    assert (row["failed_attempts"], row["locked_until"]) == (0, None)
    assert not reset.locked
    assert auth.sign_in(demo, "marie.curie", "Calzone-4-ever").user_id == created.id
    with pytest.raises(AuthenticationError):
        auth.sign_in(demo, "marie.curie", NEW_PASSWORD)

    accounts.set_active(demo, manager, reset, False)
    with pytest.raises(AuthenticationError) as caught:
        auth.sign_in(demo, "marie.curie", "Calzone-4-ever")
    assert caught.value.code == "auth.inactive"

    actions = [r[0] for r in audit_of(demo, created.id)]
    assert actions == ["user.create", "auth.locked", "user.password_reset", "user.deactivate"]
    everything = json.dumps([list(map(str, r)) for r in audit_of(demo, created.id)])
    hashed = user_row(demo, "marie.curie")["password_hash"]
    for secret in (NEW_PASSWORD, "Calzone-4-ever", hashed, "$argon2"):
        assert secret not in everything
        assert secret not in caplog.text


@pytest.mark.parametrize(
    ("username", "role", "store", "code"),
    [
        ("chef.bastille2", Role.MANAGER, "bastille", "staff.manager_scope"),
        ("chef.direction", Role.HEAD_OFFICE, None, "permission.other_store"),
        ("root2", Role.ADMIN, None, "permission.other_store"),
        ("accueil.autre", Role.COUNTER, "abbesses", "permission.other_store"),
    ],
)
def test_manager_cannot_create_beyond_their_scope(demo, manager, username, role, store, code):
    before = snapshot(demo)
    with pytest.raises(PermissionDenied) as caught:
        accounts.create(
            demo,
            manager,
            NewAccount(
                username, "Jean Dupont", role, store and store_id(demo, store), NEW_PASSWORD
            ),
        )
    assert caught.value.code == code
    assert snapshot(demo) == before


def test_manager_cannot_touch_other_stores_or_managers(demo, manager):
    other = accounts.get(demo, staff(demo, "direction"), staff(demo, "accueil.abbesses").user_id)
    colleague = accounts.list_accounts(demo, manager, AccountFilter(role=Role.COUNTER))[0]
    before = snapshot(demo)
    with pytest.raises(PermissionDenied) as caught:
        accounts.set_active(demo, manager, other, False)
    assert caught.value.code == "permission.other_store"
    with pytest.raises(PermissionDenied) as caught:
        accounts.reset_password(demo, manager, other, NEW_PASSWORD)
    assert caught.value.code == "permission.other_store"
    with pytest.raises(PermissionDenied) as caught:  # no promotion to manager
        accounts.update_account(
            demo,
            manager,
            colleague,
            full_name=colleague.full_name,
            role=Role.MANAGER,
            store_id=colleague.store_id,
        )
    assert caught.value.code == "staff.manager_scope"
    with pytest.raises(PermissionDenied) as caught:  # nor moving staff to another store
        accounts.update_account(
            demo,
            manager,
            colleague,
            full_name=colleague.full_name,
            role=colleague.role,
            store_id=store_id(demo, "abbesses"),
        )
    assert caught.value.code == "permission.other_store"
    with pytest.raises(PermissionDenied) as caught:
        accounts.set_active(demo, manager, accounts.get(demo, manager, manager.user_id), False)
    assert caught.value.code == "staff.self"
    assert snapshot(demo) == before


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("username", "Marie Curie", "staff.username"),
        ("username", "mc", "staff.username"),
        ("username", "accueil.bastille", "staff.username_taken"),
        ("full_name", "", "input.required"),
        ("full_name", "R2D2", "input.characters"),
        ("password", "short1", "staff.password"),
        ("password", "onlyletterslong", "staff.password"),
        ("password", "1234567890123", "staff.password"),
        ("password", "marie.curie-2026", "staff.password"),
        ("store_id", None, "staff.store_required"),
    ],
)
def test_bad_input_creates_nothing(demo, head, field, value, code):
    values = {
        "username": "marie.curie",
        "full_name": "Marie Curie",
        "role": Role.COUNTER,
        "store_id": store_id(demo, "bastille"),
        "password": NEW_PASSWORD,
        field: value,
    }
    before = snapshot(demo)
    with pytest.raises(ValidationError) as caught:
        accounts.create(demo, head, NewAccount(**values))
    assert caught.value.code == code
    assert NEW_PASSWORD not in repr(NewAccount(**values))
    assert snapshot(demo) == before


def test_head_office_moves_and_promotes_audited_without_the_name(demo, head):
    counter = accounts.get(demo, head, staff(demo, "accueil.bastille").user_id)
    abbesses = store_id(demo, "abbesses")
    moved = accounts.update_account(
        demo, head, counter, full_name="Paul Martin", role=Role.MANAGER, store_id=abbesses
    )
    row = user_row(demo, "accueil.bastille")
    assert (row["role"], row["store_id"], row["full_name"]) == ("manager", abbesses, "Paul Martin")
    assert moved.store_name and moved.role is Role.MANAGER
    action, who, audit_store, before, after = audit_of(demo, counter.id)[-1]
    assert (action, who, audit_store) == ("user.update", head.user_id, abbesses)
    assert after == {"role": "manager", "store_id": abbesses, "fields": ["full_name"]}
    assert "Paul Martin" not in json.dumps(after) + json.dumps(before)


def test_head_office_cannot_touch_administrators(demo, head):
    admin = accounts.get(demo, head, staff(demo, "admin").user_id)
    with pytest.raises(PermissionDenied) as caught:
        accounts.set_active(demo, head, admin, False)
    assert caught.value.code == "staff.admin_only"


def test_never_the_last_active_administrator(demo):
    admin = staff(demo, "admin")
    second = accounts.create(
        demo,
        admin,
        NewAccount("admin.secours", "Alice Martin", Role.ADMIN, None, "Secours-Admin-9"),
    )
    second_session = staff(demo, "admin.secours")
    first = accounts.get(demo, admin, admin.user_id)
    accounts.set_active(demo, second_session, first, False)  # two admins: allowed
    with pytest.raises(PermissionDenied) as caught:
        accounts.set_active(demo, second_session, second, False)
    assert caught.value.code == "staff.self"
    # Another way to lose the last one: demote it. The only active admin is `second`.
    with pytest.raises(ValidationError) as caught:
        accounts.update_account(
            demo, admin, second, full_name="Alice Martin", role=Role.HEAD_OFFICE, store_id=None
        )
    assert caught.value.code == "staff.last_admin"
    with demo.engine.connect() as c:
        assert (
            c.execute(text("SELECT COUNT(*) FROM users WHERE role='admin' AND active")).scalar()
            == 1
        )


def test_stale_save_is_refused_naming_who_saved(demo, manager, head):
    counter = accounts.list_accounts(demo, manager, AccountFilter(role=Role.COUNTER))[0]
    accounts.update_account(
        demo, head, counter, full_name="Paul Martin", role=Role.COUNTER, store_id=counter.store_id
    )
    before = snapshot(demo)
    with pytest.raises(ConflictError) as caught:
        accounts.set_active(demo, manager, counter, False)
    assert caught.value.code == "staff.changed"
    assert head.full_name in caught.value.message("fr")
    assert snapshot(demo) == before
