"""Test set-up: offscreen Qt, private user folders, and the database backends.

Every test that takes `db` (or `demo`) runs twice: on SQLite and on MariaDB. MariaDB comes
from OCPIZZA_TEST_MYSQL_URL, else the server on root@127.0.0.1:3306, else a private server
this session starts (tests/private_mariadb.py) when mariadbd is installed. If none can be had,
the MariaDB tests are left out with one line saying so, or the run fails when CI=true.
OCPIZZA_TEST_MYSQL_URL=private forces the private server; =none runs SQLite only.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
from pathlib import Path

# Before anything imports Qt or platformdirs: no screen, and no real user folders touched.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="ocpizza-tests-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())
os.environ.pop("OCPIZZA_DB_URL", None)
os.environ.pop("OCPIZZA_CONFIG", None)
os.environ.pop("OCPIZZA_MAPS_KEY", None)  # no test may reach Google with a developer's key
os.environ["OCPIZZA_MAPS_OFFLINE"] = "1"  # nor the IGN's public services (local fakes only)
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # nor the OS keyring

import pytest  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from ocpizza_desk.config import DatabaseConfig, sqlite_url  # noqa: E402
from ocpizza_desk.domain.enums import Role  # noqa: E402
from ocpizza_desk.ops.scratch import create_database, drop_database  # noqa: E402
from tests import private_mariadb  # noqa: E402

BACKENDS = ("sqlite", "mariadb")
DEFAULT_MYSQL = "mysql+pymysql://root@127.0.0.1:3306/"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_HOME, ignore_errors=True)


# --------------------------------------------------------------------------- MariaDB server


def _server_answers(url: str) -> bool:
    engine = create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return True
    except Exception:
        return False
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def _private_mariadb(tmp_path_factory):
    from tests.private_mariadb import PrivateMariaDB

    server = PrivateMariaDB(tmp_path_factory.mktemp("mariadb"))
    try:
        yield server.start()
    except Exception as exc:  # pragma: no cover - only where the server cannot start
        pytest.fail(f"could not start a private MariaDB server: {exc}", pytrace=False)
    finally:
        server.stop()


def _mariadb_source() -> str | None:
    """'url', 'default' or 'private': where this session's MariaDB comes from; None: nowhere."""
    url = os.environ.get("OCPIZZA_TEST_MYSQL_URL")
    if url in ("private", "none"):
        return None if url == "none" else "private"
    if url:
        return "url"
    if _server_answers(DEFAULT_MYSQL):
        return "default"
    if private_mariadb.installed():
        return "private"
    return None


MARIADB_UNAVAILABLE = (
    "MariaDB unavailable (no OCPIZZA_TEST_MYSQL_URL, no server on 127.0.0.1:3306, "
    "no mariadbd to start)"
)


def _needs_mariadb(item) -> bool:
    params = getattr(item, "callspec", None)
    return (params is not None and params.params.get("backend") == "mariadb") or bool(
        item.get_closest_marker("mysql_only")
    )


def pytest_collection_modifyitems(session, config, items):
    config._ocpizza_mariadb = _mariadb_source()
    if config._ocpizza_mariadb is not None:
        return
    if IN_CI:
        raise pytest.UsageError(MARIADB_UNAVAILABLE + ": with CI=true the MariaDB tests must run")
    left_out = [item for item in items if _needs_mariadb(item)]
    items[:] = [item for item in items if not _needs_mariadb(item)]
    config.hook.pytest_deselected(items=left_out)
    config._ocpizza_left_out = len(left_out)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    left_out = getattr(config, "_ocpizza_left_out", 0)
    if left_out:
        why = (
            "MariaDB switched off (OCPIZZA_TEST_MYSQL_URL=none)"
            if os.environ.get("OCPIZZA_TEST_MYSQL_URL") == "none"
            else MARIADB_UNAVAILABLE
        )
        terminalreporter.write_line(
            f"{why}: {left_out} MariaDB tests not run.", yellow=True, bold=True
        )


@pytest.fixture(scope="session")
def mariadb_server(request) -> str:
    """The MariaDB server's URL, without a database."""
    source = request.config._ocpizza_mariadb
    if source == "url":
        url = os.environ["OCPIZZA_TEST_MYSQL_URL"]
        if not _server_answers(url):
            pytest.fail(f"OCPIZZA_TEST_MYSQL_URL does not answer: {make_url(url)!r}")
        return str(make_url(url).set(database=None).render_as_string(hide_password=False))
    if source == "default":
        return DEFAULT_MYSQL
    return request.getfixturevalue("_private_mariadb")


def _create_mysql_database(server: str) -> str:
    return create_database(server, prefix=f"ocpizza_test_{os.getpid()}")


@pytest.fixture
def new_database(request, tmp_path):
    """A factory of fresh, empty databases: make('sqlite') or make('mariadb')."""
    created: list[str] = []

    def make(backend: str) -> DatabaseConfig:
        if backend == "sqlite":
            path = tmp_path / f"db-{len(created)}.sqlite3"
            url = sqlite_url(path)
        else:
            url = _create_mysql_database(request.getfixturevalue("mariadb_server"))
        created.append(url)
        return DatabaseConfig(url=url, source="tests")

    yield make
    for url in created:
        if url.startswith("mysql"):
            drop_database(url)


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="session")
def _migrated(request, tmp_path_factory):
    """One migrated database per backend for the session; tests empty it after use."""
    from ocpizza_desk.db import schema
    from ocpizza_desk.db.engine import create_engine_for

    made: dict[str, DatabaseConfig] = {}

    def get(backend: str) -> DatabaseConfig:
        if backend not in made:
            if backend == "sqlite":
                url = sqlite_url(tmp_path_factory.mktemp("sqlite") / "session.sqlite3")
            else:
                url = _create_mysql_database(request.getfixturevalue("mariadb_server"))
            config = DatabaseConfig(url=url, source="tests")
            engine = create_engine_for(config)
            schema.upgrade(engine)
            engine.dispose()
            made[backend] = config
        return made[backend]

    yield get
    for config in made.values():
        if config.url.startswith("mysql"):
            drop_database(config.url)


def _empty_all_tables(ctx) -> None:
    from sqlalchemy import func, select

    from ocpizza_desk.db import triggers
    from ocpizza_desk.db.models import INALTERABLE_TABLES, Base
    from ocpizza_desk.db.schema import EXPECTED_REVISION

    with ctx.engine.begin() as connection:
        if ctx.backend == "mysql":
            connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 0")
        else:
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        guarded = [
            t
            for t in INALTERABLE_TABLES
            if connection.execute(
                select(func.count()).select_from(Base.metadata.tables[t])
            ).scalar()
        ]
        if guarded and ctx.backend == "mysql":  # TRUNCATE fires no trigger
            for table in guarded:
                connection.exec_driver_sql(f"TRUNCATE TABLE {table}")
        elif guarded:  # SQLite: the refusals set aside while emptying
            with triggers.set_aside(connection, triggers.is_refusal):
                for table in guarded:
                    connection.execute(Base.metadata.tables[table].delete())
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in guarded:
                connection.execute(table.delete())
        # A test may stamp the schema as another revision (refusal of a newer database):
        # the next test gets the session's database at the revision this code expects.
        connection.exec_driver_sql(
            f"UPDATE alembic_version SET version_num = '{EXPECTED_REVISION}'"
        )
        if ctx.backend == "mysql":
            connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 1")


@pytest.fixture(scope="session")
def _states(request, _migrated, tmp_path_factory):
    """The "empty" and "demo" databases, made once per backend and restored for each test
    (tests/snapshots.py)."""
    from tests.snapshots import MariaDBStates, SqliteStates

    made: dict[str, SqliteStates | MariaDBStates] = {}

    def get(backend: str):
        if backend not in made:
            if backend == "sqlite":
                made[backend] = SqliteStates(tmp_path_factory.mktemp("states"), _migrated("sqlite"))
            else:
                made[backend] = MariaDBStates(
                    _migrated("mariadb"),
                    lambda: _create_mysql_database(request.getfixturevalue("mariadb_server")),
                )
        return made[backend]

    yield get
    for states in made.values():
        states.close()


def _restore(states, state: str, tmp_path: Path) -> DatabaseConfig:
    from tests.snapshots import SqliteStates

    if isinstance(states, SqliteStates):
        return states.restore(state, tmp_path / "test.sqlite3")
    return states.restore(state)


@pytest.fixture
def db(request, backend, _states, tmp_path):
    """A ServiceContext on an empty, migrated database of the current backend (holding the
    demo chain already when the test also takes `demo`: one restore, not two)."""
    from ocpizza_desk.services.context import ServiceContext

    state = "demo" if "demo" in request.fixturenames else "empty"
    ctx = ServiceContext(_restore(_states(backend), state, tmp_path))
    ctx._test_state = state
    yield ctx
    ctx.close()


def _cheap_argon2() -> None:
    """argon2id with the smallest cost for the whole session: every sign-in on SQLite
    verifies a hash, and the production profile (t=3, 64 MiB, p=4) costs 0.1 to 0.4 s of CPU
    each time, most of a sign-in test's time. A hash still says what it is made with
    ($argon2id$v=19$m=8,t=1,p=1$...), and verification reads the cost from the hash, so a
    hash made elsewhere with the production profile verifies the same. Installed before any
    test or fixture hashes anything (the dummy hash verified for unknown usernames too)."""
    from argon2 import PasswordHasher

    from ocpizza_desk.services import auth

    auth._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    auth._DUMMY_HASH = auth._hasher.hash("not a real password")


_cheap_argon2()


@functools.cache
def fast_hash(password: str) -> str:
    """One argon2id hash (the tests' cheap profile) per distinct password for the session."""
    from ocpizza_desk.services.auth import hash_password

    return hash_password(password)


DEMO_TEST_ORDERS = 150


@pytest.fixture
def demo(db, backend, _states, tmp_path):
    """`db` holding the demo chain with a short order history (DEMO_TEST_ORDERS orders,
    seeded at most tests/snapshots.SNAPSHOT_MAX_AGE_S seconds ago)."""
    if db._test_state != "demo":  # asked for by getfixturevalue, after `db` was restored
        db.engine.dispose()
        _restore(_states(backend), "demo", tmp_path)
        db._test_state = "demo"
    return db


# --------------------------------------------------------------------------- per-staff accounts


@pytest.fixture(scope="session")
def staff_accounts(request, _migrated, tmp_path_factory):
    """The session's MariaDB database with its roles, grants and routines installed, and a
    server account for every demo staff member (their demo passwords). Roles and accounts are
    server-wide: this session's carry a prefix of their own, and are dropped at the end."""
    from sqlalchemy import create_engine

    from ocpizza_desk.db import accounts
    from ocpizza_desk.domain.demo import DEMO_PASSWORDS
    from ocpizza_desk.ops.seed import seed_demo

    config = _migrated("mariadb")
    prefix = f"t{os.getpid()}_"
    engine = create_engine(config.url)
    naming = accounts.Naming(engine.url.database, role_prefix=prefix, account_prefix=prefix)
    from ocpizza_desk.db import schema as schemas

    # Who the demo's staff are, from a scratch SQLite copy of the demo (never the session's
    # database, which a test may be using right now).
    scratch = create_engine(sqlite_url(tmp_path_factory.mktemp("people") / "demo.sqlite3"))
    schemas.upgrade(scratch)
    seed_demo(scratch, orders=0, password_hasher=fast_hash)
    with scratch.connect() as c:
        people = [(u, Role(r)) for u, r in c.execute(text("SELECT username, role FROM users"))]
    scratch.dispose()
    with engine.begin() as connection:
        accounts.install(connection, naming)
        for username, role in people:
            accounts.create_account(connection, naming, username, DEMO_PASSWORDS[role], role)
    try:
        yield naming, {username: DEMO_PASSWORDS[role] for username, role in people}
    finally:
        with engine.begin() as connection:
            accounts.drop_all(connection, naming, [u for u, _ in people])
            # And the accounts tests created through the screens (e.g. "marie.test"), which
            # stayed on the shared server after the run.
            created = connection.execute(
                text(
                    "SELECT User, Host FROM mysql.user "
                    "WHERE User LIKE :mine ESCAPE '!' AND is_role = 'N'"
                ),
                {"mine": prefix.replace("_", "!_") + "%"},
            ).all()
            for user, host in created:  # quoted by the driver
                connection.exec_driver_sql("DROP USER IF EXISTS %s@%s", (user, host))
        engine.dispose()


@pytest.fixture
def signed_in(staff_accounts, demo):
    """A factory: a ServiceContext opened with a demo staff member's own server account, and
    the session the server says they are (MariaDB only). Closed after the test."""
    from ocpizza_desk.services.auth import sign_in_server

    naming, passwords = staff_accounts
    with demo.engine.begin() as connection:  # emptied with the tables between tests
        accounts_ready(connection, naming)
    opened = []

    def sign_in(username: str, password: str | None = None):
        config = per_staff_config(demo.config, naming)
        ctx, session = sign_in_server(config, username, password or passwords[username])
        opened.append(ctx)
        return ctx, session

    yield sign_in
    for ctx in opened:
        ctx.close()


def accounts_ready(connection, naming) -> None:
    """The session database's accounts as `db bootstrap` leaves them, before a test signs in:
    the naming recorded (the tables, app_settings with them, are emptied between tests) and
    EXECUTE on the procedures (a test that restores a backup over this database while its
    naming row is emptied drops the procedures' grants with them, which a live database,
    whose naming is always recorded, gets back from the restore)."""
    from ocpizza_desk.db import accounts

    accounts.record_naming(connection, naming)
    # GRANT is a privilege-table write per procedure and role (0.15 to 0.4 s for them all):
    # skipped when the grants read back are exactly those the last full grant left.
    if _procedure_grants(connection, naming) != _GRANTED.get(naming.database):
        accounts.grant_procedures(connection, naming)
        _GRANTED[naming.database] = _procedure_grants(connection, naming)


_GRANTED: dict[str, frozenset] = {}


def _procedure_grants(connection, naming) -> frozenset:
    return frozenset(
        connection.execute(
            text(
                "SELECT User, Host, Routine_name, Routine_type, Proc_priv "
                "FROM mysql.procs_priv WHERE Db = :db"
            ),
            {"db": naming.database},
        ).all()
    )


def per_staff_config(config: DatabaseConfig, naming) -> DatabaseConfig:
    """The same database as a shop PC sees it: no user, no password in the URL."""
    from dataclasses import replace

    # URL.set() leaves a field alone when given None: _replace empties them.
    url = make_url(config.url)._replace(username=None, password=None)
    return replace(
        config,
        url=url.render_as_string(hide_password=False),
        password=None,
        account_prefix=naming.account_prefix,
    )


# --------------------------------------------------------------------------- Qt


@pytest.fixture(scope="session")
def qapp_args():
    return ["ocpizza-desk-tests"]


@pytest.fixture
def alerts_log(monkeypatch):
    """Message boxes recorded instead of shown: a list of (kind, title, text)."""
    from ocpizza_desk.gui import alerts

    shown: list[tuple[str, str, str]] = []

    def presenter(kind, parent, title, text):
        shown.append((kind, title, text))
        return True

    monkeypatch.setattr(alerts, "presenter", presenter)
    return shown


@pytest.fixture
def qt_settings(qapp, tmp_path):
    """QSettings written under the test's own folder, in French as a fresh install."""
    from PySide6.QtCore import QSettings

    from ocpizza_desk.gui import i18n
    from ocpizza_desk.gui.app import make_application

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    make_application()
    i18n.install("fr", remember=False)
    yield
    i18n.install("fr", remember=False)


@pytest.fixture
def memory_keyring():
    """The OS keyring of a test PC (the journal's signing key lives there)."""
    import keyring

    from tests.helpers import MemoryKeyring

    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)
