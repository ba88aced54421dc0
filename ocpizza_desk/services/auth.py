"""Sign-in, lockout and the permission check every other service starts with.

Two ways of signing in:
- MySQL/MariaDB with per-staff accounts (`sign_in_server`): the server authenticates the
  staff member with their own database account, counts wrong passwords and blocks the account
  (`max_password_errors`); the session is read from the server's `CURRENT_USER()`, never
  from what the client says, and the returned context uses that account for everything.
- The embedded SQLite file (`sign_in`): argon2 hashes and a lockout counted in `users`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import case, func, insert, literal, select, update
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import AppSetting, AuditEntry, Store, User
from ocpizza_desk.db.setting_keys import MAINTENANCE_KEY
from ocpizza_desk.db.types import UTCDateTime
from ocpizza_desk.domain.clock import paris_hhmm, utcnow
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.errors import AuthenticationError, PermissionDenied
from ocpizza_desk.domain.permissions import ROLE_PERMISSIONS, Permission
from ocpizza_desk.services.context import ServiceContext

# Server refusals at connection time (MariaDB/MySQL error codes).
ACCESS_DENIED = 1045
USER_BLOCKED = 4150  # MariaDB: too many wrong passwords (max_password_errors)
ACCOUNT_LOCKED = 4151  # ALTER USER ... ACCOUNT LOCK: a deactivated account
MYSQL_TEMPORARILY_LOCKED = 3955  # MySQL 8: FAILED_LOGIN_ATTEMPTS / PASSWORD_LOCK_TIME

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)

_hasher = PasswordHasher()  # argon2id, RFC 9106 low-memory profile
# Verified against when the username is unknown, so that both cases take the same time.
_DUMMY_HASH = _hasher.hash("not a real password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@dataclass(frozen=True)
class StaffSession:
    """Who is signed in on this PC: passed to every service call."""

    user_id: int
    username: str
    full_name: str
    role: Role
    store_id: int | None
    store_name: str | None

    @property
    def permissions(self) -> frozenset[Permission]:
        return ROLE_PERMISSIONS[self.role]

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions


def require(session: StaffSession, permission: Permission, store_id: int | None = None) -> None:
    """Refuse unless the role allows it and, for store data, the store is the user's own."""
    if not session.can(permission):
        raise PermissionDenied("permission.denied")
    if store_id is not None:
        require_store(session, store_id)


def require_any(
    session: StaffSession, permissions: tuple[Permission, ...], store_id: int | None = None
) -> None:
    if not any(session.can(p) for p in permissions):
        raise PermissionDenied("permission.denied")
    if store_id is not None:
        require_store(session, store_id)


def require_store(session: StaffSession, store_id: int) -> None:
    """Store staff only ever see their own store; head office and administrators all."""
    if session.role.is_store_bound and store_id != session.store_id:
        raise PermissionDenied("permission.other_store")


@dataclass(frozen=True)
class _Outcome:
    session: StaffSession | None = None
    error: AuthenticationError | None = None


def sign_in(ctx: ServiceContext, username: str, password: str) -> StaffSession:
    username = username.strip()
    if not username or not password:
        raise AuthenticationError("auth.empty")
    # The failed-attempt counter must be committed even though the call then fails, so the
    # transaction returns the refusal and it is raised after the commit.
    outcome = ctx.transaction(lambda s: _sign_in(s, username, password, utcnow()))
    if outcome.error is not None:
        raise outcome.error
    assert outcome.session is not None
    return outcome.session


def _sign_in(db: Session, username: str, password: str, now: datetime) -> _Outcome:
    row = db.execute(
        select(User, Store.name, Store.active)
        .outerjoin(Store, Store.id == User.store_id)
        .where(User.username == username)
    ).first()
    if row is None:
        _verify(_DUMMY_HASH, password)
        return _Outcome(error=AuthenticationError("auth.bad_credentials"))
    user, store_name, store_active = row
    if user.locked_until is not None and user.locked_until > now:
        return _Outcome(
            error=AuthenticationError("auth.locked", until=paris_hhmm(user.locked_until))
        )

    if not _verify(user.password_hash, password):
        return _Outcome(error=_record_failure(db, user, now))

    if not user.active:
        return _Outcome(error=AuthenticationError("auth.inactive"))
    if user.store_id is not None and not store_active:  # a closed store's staff work nowhere
        return _Outcome(error=AuthenticationError("auth.store_closed", store=store_name))
    maintenance = db.get(AppSetting, MAINTENANCE_KEY)
    if maintenance is not None and maintenance.value.get("on") and user.role is not Role.ADMIN:
        message = maintenance.value.get("message") or ""
        return _Outcome(error=AuthenticationError("auth.maintenance", message=message))

    values: dict = {"failed_attempts": 0, "locked_until": None, "last_login_at": now}
    if _hasher.check_needs_rehash(user.password_hash):
        values["password_hash"] = _hasher.hash(password)
    db.execute(update(User).where(User.id == user.id).values(**values))
    return _Outcome(
        session=StaffSession(
            user_id=user.id,
            username=user.username,
            full_name=user.full_name,
            role=user.role,
            store_id=user.store_id,
            store_name=store_name,
        )
    )


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _record_failure(db: Session, user: User, now: datetime) -> AuthenticationError:
    """Count the failure atomically; the fifth in a row locks the account for 15 minutes."""
    lock_expired = user.locked_until is not None and user.locked_until <= now
    previous = literal(0) if lock_expired else User.failed_attempts
    lock_until = now + LOCKOUT
    # MySQL evaluates SET assignments left to right with the new values, SQLite with the old
    # ones: computing locked_until before touching failed_attempts reads the same on both.
    db.execute(
        update(User)
        .where(User.id == user.id)
        .ordered_values(
            (
                User.locked_until,
                case(
                    (previous + 1 >= MAX_FAILED_ATTEMPTS, literal(lock_until, UTCDateTime())),
                    else_=None,
                ),
            ),
            (User.failed_attempts, previous + 1),
        )
    )
    attempts = db.execute(select(User.failed_attempts).where(User.id == user.id)).scalar_one()
    if attempts >= MAX_FAILED_ATTEMPTS:
        if attempts == MAX_FAILED_ATTEMPTS:  # the attempt that locked it, once
            db.execute(
                insert(AuditEntry.__table__).values(
                    at=now,
                    user_id=user.id,
                    store_id=user.store_id,
                    action="auth.locked",
                    entity="user",
                    entity_id=str(user.id),
                    before=None,
                    after={"locked_until": lock_until.isoformat()},
                )
            )
        return AuthenticationError("auth.locked", until=paris_hhmm(lock_until))
    return AuthenticationError("auth.bad_credentials")


def approver(
    ctx: ServiceContext, username: str, password: str, permission: Permission, store_id: int | None
) -> int:
    """The user id of a colleague who approves an action at this till (a manager for a large
    refund): checked like a sign-in, failed attempts and lockout included, then their role
    and store. Their session is not kept."""
    if ctx.config.staff_account:  # the server checks the colleague's own account
        checking, approving = sign_in_server(ctx.config, username, password)
        checking.close()
    else:
        approving = sign_in(ctx, username, password)
    if not approving.can(permission) or (
        store_id is not None and approving.role.is_store_bound and approving.store_id != store_id
    ):
        raise PermissionDenied("refund.approver_role", who=approving.full_name)
    return approving.user_id


# --------------------------------------------------------------------------- per-staff accounts

_USERNAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def sign_in_server(config, username: str, password: str) -> tuple[ServiceContext, StaffSession]:
    """Open the database with the staff member's own account: the server checks the
    password (and its own lockout); who they are is then read from `CURRENT_USER()`. The
    context returned works as that account until it is closed (signing out)."""
    from sqlalchemy.exc import DBAPIError

    from ocpizza_desk.db.retry import mysql_error_code

    username = username.strip()
    if not username or not password:
        raise AuthenticationError("auth.empty")
    if not _USERNAME.match(username):  # never reaches the server: it could not be an account
        raise AuthenticationError("auth.bad_credentials")
    ctx = ServiceContext(config.signed_in_as(username, password))
    try:
        try:
            with ctx.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        except DBAPIError as exc:
            code = mysql_error_code(exc)
            if code == ACCESS_DENIED:
                raise AuthenticationError("auth.bad_credentials") from None
            if code in (USER_BLOCKED, MYSQL_TEMPORARILY_LOCKED):
                raise AuthenticationError("auth.blocked") from None
            if code == ACCOUNT_LOCKED:
                raise AuthenticationError("auth.inactive") from None
            raise
        session = ctx.transaction(lambda db: _server_session(db, config.account_prefix))
    except BaseException:
        ctx.close()
        raise
    return ctx, session


def _server_session(db: Session, prefix: str) -> StaffSession:
    account = db.execute(select(func.current_user())).scalar_one()
    name = str(account).rsplit("@", 1)[0]
    if prefix and not name.startswith(prefix):
        raise AuthenticationError("auth.bad_credentials")
    username = name[len(prefix) :]
    row = db.execute(
        select(User.id, User.username, User.full_name, User.role, User.store_id, User.active)
        .add_columns(Store.name, Store.active)
        .outerjoin(Store, Store.id == User.store_id)
        .where(User.username == username)
    ).first()
    if row is None:  # a server account with no staff row: not one of ours
        raise AuthenticationError("auth.bad_credentials")
    user_id, username, full_name, role, store_id, active, store_name, store_active = row
    if not active:
        raise AuthenticationError("auth.inactive")
    if store_id is not None and not store_active:
        raise AuthenticationError("auth.store_closed", store=store_name)
    maintenance = db.get(AppSetting, MAINTENANCE_KEY)
    if maintenance is not None and maintenance.value.get("on") and role is not Role.ADMIN:
        message = maintenance.value.get("message") or ""
        raise AuthenticationError("auth.maintenance", message=message)
    return StaffSession(
        user_id=user_id,
        username=username,
        full_name=full_name,
        role=role,
        store_id=store_id,
        store_name=store_name,
    )
