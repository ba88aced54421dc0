"""Staff accounts: who may sign in, with which role, for which store.

Head office and administrators (MANAGE_USERS) manage every account, administrators alone
the administrators' ones; a store manager (MANAGE_STORE_STAFF) manages the counter, kitchen
and driver accounts of their own store, and cannot make anyone a manager. Passwords are
hashed with argon2 before leaving this module and never logged or audited, not even hashed.
A save carries the account as it was read: if another PC changed it meanwhile, the save is
refused and says who did.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from ocpizza_desk.db import accounts
from ocpizza_desk.db.models import Store, User
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.texts import Text
from ocpizza_desk.services import audit
from ocpizza_desk.services.auth import StaffSession, hash_password, require_any
from ocpizza_desk.services.context import ServiceContext, core

STORE_ROLES = (Role.COUNTER, Role.PIZZAIOLO, Role.DRIVER, Role.MANAGER)
MANAGER_MAY_MANAGE = frozenset({Role.COUNTER, Role.PIZZAIOLO, Role.DRIVER})
MIN_PASSWORD = 10
MAX_PASSWORD = 128
_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{2,63}$")
_ACCOUNT = Text("ErrorDetail", "account")
_ANY = (Permission.MANAGE_USERS, Permission.MANAGE_STORE_STAFF)


@dataclass(frozen=True)
class AccountFilter:
    store_id: int | None = None  # managers: always their own store
    role: Role | None = None
    active: bool | None = None  # None: both
    text: str = ""  # the start of a username or of a word of the full name


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    full_name: str
    role: Role
    store_id: int | None
    store_name: str | None
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    password_changed_at: datetime | None

    @property
    def locked(self) -> bool:
        return self.locked_until is not None and self.locked_until > utcnow()


@dataclass(frozen=True)
class NewAccount:
    username: str
    full_name: str
    role: Role
    store_id: int | None
    password: str

    def __repr__(self) -> str:  # never print the password, even in a traceback
        return f"NewAccount(username={self.username!r}, role={self.role!r})"


# --------------------------------------------------------------------------- rules


def check_password(password: object, username: str = "") -> str:
    """At least 10 characters with letters and a digit or symbol, not the username."""
    problem = ValidationError("staff.password", field_key="password", minimum=MIN_PASSWORD)
    if not isinstance(password, str) or not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise problem
    if any(unicodedata.category(ch)[0] == "C" for ch in password):
        raise problem
    letters = any(ch.isalpha() for ch in password)
    others = any(not ch.isalpha() for ch in password)
    if not (letters and others):
        raise problem
    if username and username.lower() in password.lower():
        raise problem
    return password


def _username(value: object) -> str:
    cleaned = (value if isinstance(value, str) else "").strip().lower()
    if not _USERNAME.match(cleaned):
        raise ValidationError("staff.username", field_key="username")
    return cleaned


def _role(value: object) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError("input.id", field="role") from None


def _store_for(role: Role, store_id: object) -> int | None:
    if role.is_store_bound:
        if store_id is None:
            raise ValidationError("staff.store_required", field_key="store")
        return validation.identifier(store_id, "store")
    if store_id is not None:
        raise ValidationError("staff.no_store", field_key="store")
    return None


def _may_manage(session: StaffSession, role: Role, store_id: int | None) -> None:
    """May this user give or hold an account with this role in this store?"""
    require_any(session, _ANY)
    if session.can(Permission.MANAGE_USERS):
        if role is Role.ADMIN and session.role is not Role.ADMIN:
            raise PermissionDenied("staff.admin_only")
        return
    if store_id is None or store_id != session.store_id:
        raise PermissionDenied("permission.other_store")
    if role not in MANAGER_MAY_MANAGE:
        raise PermissionDenied("staff.manager_scope")


# --------------------------------------------------------------------------- reading

_COLUMNS = (
    User.id,
    User.username,
    User.full_name,
    User.role,
    User.store_id,
    Store.name,
    User.active,
    User.locked_until,
    User.last_login_at,
    User.password_changed_at,
)


def _account(row) -> Account:
    return Account(*row)


def list_accounts(
    ctx: ServiceContext, session: StaffSession, wanted: AccountFilter = AccountFilter()
) -> list[Account]:
    require_any(session, _ANY)
    store_id = wanted.store_id
    if not session.can(Permission.MANAGE_USERS):
        store_id = session.store_id if store_id is None else store_id
        if store_id != session.store_id:
            raise PermissionDenied("permission.other_store")
    text = validation.text(wanted.text, "search", limit=60, required=False)

    def work(db: Session) -> list[Account]:
        query = (
            select(*_COLUMNS)
            .outerjoin(Store, Store.id == User.store_id)
            .order_by(User.active.desc(), User.username)
        )
        if store_id is not None:
            query = query.where(User.store_id == store_id)
        if wanted.role is not None:
            query = query.where(User.role == _role(wanted.role))
        if wanted.active is not None:
            query = query.where(User.active == bool(wanted.active))
        if text:
            pattern = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(
                or_(
                    User.username.like(pattern + "%", escape="\\"),
                    func.lower(User.full_name).like(pattern + "%", escape="\\"),
                    func.lower(User.full_name).like("% " + pattern + "%", escape="\\"),
                )
            )
        return [_account(r) for r in db.execute(query)]

    return ctx.transaction(work)


def get(ctx: ServiceContext, session: StaffSession, user_id: int) -> Account:
    require_any(session, _ANY)
    validation.identifier(user_id, "user")

    def work(db: Session) -> Account:
        account = _read(db, user_id)
        if not session.can(Permission.MANAGE_USERS) and account.store_id != session.store_id:
            raise PermissionDenied("permission.other_store")
        return account

    return ctx.transaction(work)


def _read(db: Session, user_id: int, lock: bool = False) -> Account:
    query = select(*_COLUMNS).outerjoin(Store, Store.id == User.store_id).where(User.id == user_id)
    if lock:  # the user row only (not the store joined for its name)
        db.execute(select(User.id).where(User.id == user_id).with_for_update())
    row = db.execute(query).first()
    if row is None:
        raise NotFound("not_found", what=_ACCOUNT)
    return _account(row)


# --------------------------------------------------------------------------- writing


def create(ctx: ServiceContext, session: StaffSession, new: NewAccount) -> Account:
    require_any(session, _ANY)
    username = _username(new.username)
    full_name = validation.person_name(new.full_name, "full_name")
    role = _role(new.role)
    store_id = _store_for(role, new.store_id)
    _may_manage(session, role, store_id)
    password = check_password(new.password, username)
    server = ctx.config.staff_account  # per-staff accounts: the server holds passwords
    password_hash = "" if server else hash_password(password)  # before the lock

    def work(db: Session) -> Account:
        if db.execute(select(User.id).where(User.username == username)).first():
            raise ValidationError("staff.username_taken", field_key="username", value=username)
        if store_id is not None:
            _store_usable(db, store_id)
        now = utcnow()
        if server:
            user_id = _call(
                db, "staff_create", username, password, full_name, role.value, store_id, out=True
            )
        else:
            user_id = _insert_user(db, username, full_name, role, store_id, password_hash, now)
        audit.record(
            db,
            session,
            "user.create",
            "user",
            user_id,
            after={"username": username, "role": role.value, "store_id": store_id},
            store_id=store_id,
        )
        return _read(db, user_id)

    return ctx.transaction(work)


def _insert_user(db, username, full_name, role, store_id, password_hash, now) -> int:
    user_id = db.execute(
        insert(User.__table__).values(
            username=username,
            full_name=full_name,
            role=role.value,
            store_id=store_id,
            password_hash=password_hash,
            active=True,
            failed_attempts=0,
            password_changed_at=now,
            created_at=now,
        )
    ).inserted_primary_key[0]
    return user_id


def _call(db: Session, name: str, *args, out: bool = False):
    """A staff procedure (per-staff accounts): it checks the caller's own role and store on
    the server and creates, changes or locks the server account with the `users` row."""
    from sqlalchemy.exc import DBAPIError

    naming = accounts.naming_of(core(db))
    if naming is None:
        raise RuntimeError("per-staff accounts are not installed (ocpizza-desk db bootstrap)")
    params = {f"a{i}": value for i, value in enumerate(args)}
    placeholders = ", ".join(f":a{i}" for i in range(len(args))) + (", @ocp_out" if out else "")
    try:
        db.execute(text(f"CALL {naming.routine(name)}({placeholders})"), params)
    except DBAPIError as exc:
        raise _refusal(exc) from exc
    if out:
        return int(db.execute(text("SELECT @ocp_out")).scalar_one())
    return None


_REFUSALS = {
    "username taken": ("staff.username_taken", ValidationError),
    "your role does not manage": ("permission.denied", PermissionDenied),
    "not your own": ("staff.self", PermissionDenied),
    "only staff accounts": ("permission.denied", PermissionDenied),
    "belongs to another store": ("permission.other_store", PermissionDenied),
}


def _refusal(exc) -> Exception:
    message = str(exc.orig)
    for needle, (code, kind) in _REFUSALS.items():
        if needle in message:
            return kind(code) if kind is PermissionDenied else kind(code, field_key="username")
    return exc


def update_account(
    ctx: ServiceContext,
    session: StaffSession,
    read: Account,
    *,
    full_name: str,
    role: Role,
    store_id: int | None,
) -> Account:
    """Rename, change the role or move to another store: refused if the account changed."""
    require_any(session, _ANY)
    validation.identifier(read.id, "user")
    name = validation.person_name(full_name, "full_name")
    role = _role(role)
    store_id = _store_for(role, store_id)
    _may_manage(session, read.role, read.store_id)  # may touch this account at all
    _may_manage(session, role, store_id)  # and give it what is asked
    if read.id == session.user_id and (role != read.role or store_id != read.store_id):
        raise PermissionDenied("staff.self")

    def work(db: Session) -> Account:
        current = _fresh(db, read)
        if store_id is not None and store_id != current.store_id:
            _store_usable(db, store_id)
        if current.role is Role.ADMIN and role is not Role.ADMIN and current.active:
            _not_last_admin(db)
        values = {}
        if name != current.full_name:
            values["full_name"] = name
        if role != current.role:
            values["role"] = role.value
        if store_id != current.store_id:
            values["store_id"] = store_id
        if not values:
            return current
        if ctx.config.staff_account:
            _call(db, "staff_update", read.id, name, role.value, store_id)
        else:
            db.execute(update(User.__table__).where(User.id == read.id).values(**values))
        # The full name is personal data: the log says it changed, not what it was.
        shown = {k: v for k, v in values.items() if k != "full_name"}
        before = {"role": current.role.value, "store_id": current.store_id}
        audit.record(
            db,
            session,
            "user.update",
            "user",
            read.id,
            before={k: before[k] for k in shown},
            after={**shown, **({"fields": ["full_name"]} if "full_name" in values else {})},
            store_id=store_id if store_id is not None else current.store_id,
        )
        return _read(db, read.id)

    return ctx.transaction(work)


def reset_password(
    ctx: ServiceContext, session: StaffSession, read: Account, password: str
) -> Account:
    """A new password chosen by the manager; the lockout and failed attempts are cleared."""
    require_any(session, _ANY)
    validation.identifier(read.id, "user")
    if read.id != session.user_id:
        _may_manage(session, read.role, read.store_id)
    password = check_password(password, read.username)
    server = ctx.config.staff_account
    password_hash = "" if server else hash_password(password)

    def work(db: Session) -> Account:
        current = _fresh(db, read)
        now = utcnow()
        if server:  # a new password also unblocks an account the server blocked
            _call(db, "staff_password", read.id, password)
        else:
            db.execute(
                update(User.__table__)
                .where(User.id == read.id)
                .values(
                    password_hash=password_hash,
                    password_changed_at=now,
                    failed_attempts=0,
                    locked_until=None,
                )
            )
        audit.record(
            db,
            session,
            "user.password_reset",
            "user",
            read.id,
            before={"locked": current.locked_until is not None and current.locked_until > now},
            after={"password": "reset", "locked": False},
            store_id=current.store_id,
        )
        return _read(db, read.id)

    return ctx.transaction(work)


def set_active(ctx: ServiceContext, session: StaffSession, read: Account, active: bool) -> Account:
    """Deactivate (sign-in refused from then on) or reactivate; never one's own account,
    never the last active administrator."""
    require_any(session, _ANY)
    validation.identifier(read.id, "user")
    if read.id == session.user_id:
        raise PermissionDenied("staff.self")
    _may_manage(session, read.role, read.store_id)

    def work(db: Session) -> Account:
        current = _fresh(db, read)
        if current.active == bool(active):
            return current
        if not active and current.role is Role.ADMIN:
            _not_last_admin(db)
        if active and current.store_id is not None:
            _store_usable(db, current.store_id)
        if ctx.config.staff_account:  # locks the server account, ends its connections
            _call(db, "staff_active", read.id, bool(active))
        else:
            db.execute(update(User.__table__).where(User.id == read.id).values(active=bool(active)))
        audit.record(
            db,
            session,
            "user.activate" if active else "user.deactivate",
            "user",
            read.id,
            before={"active": current.active},
            after={"active": bool(active)},
            store_id=current.store_id,
        )
        return _read(db, read.id)

    return ctx.transaction(work)


def _fresh(db: Session, read: Account) -> Account:
    """The row under lock, refused if it is not what the screen showed."""
    current = _read(db, read.id, lock=True)
    seen = (read.username, read.full_name, read.role, read.store_id, read.active)
    now = (current.username, current.full_name, current.role, current.store_id, current.active)
    if seen != now:
        raise _who_changed(db, read.id)
    return current


def _not_last_admin(db: Session) -> None:
    admins = db.execute(
        select(User.id).where(User.role == Role.ADMIN.value, User.active).with_for_update()
    ).all()
    if len(admins) <= 1:
        raise ValidationError("staff.last_admin")


def _store_usable(db: Session, store_id: int) -> None:
    active = db.execute(select(Store.active).where(Store.id == store_id)).scalar()
    if active is None:
        raise NotFound("not_found", what=Text("ErrorDetail", "store"))
    if not active:
        raise ValidationError("staff.store_inactive", field_key="store")


def _who_changed(db: Session, user_id: int) -> ConflictError:
    return audit.conflict(db, "staff.changed", "user", user_id, action="user.")
