"""Per-staff database accounts (MariaDB): bootstrap, the grants matrix and its drift check,
accounts administered through the definer procedures, deactivation ending connections, and
the server's own lockout of repeated wrong passwords (on a private server: it is a global
setting)."""

from __future__ import annotations

import io
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pymysql
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ocpizza_desk import cli
from ocpizza_desk.db import accounts, schema
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.errors import AuthenticationError, PermissionDenied
from ocpizza_desk.services import auth, staff
from ocpizza_desk.services.staff import NewAccount
from tests.conftest import accounts_ready, fast_hash, per_staff_config

pytestmark = pytest.mark.mysql_only


def run_cli(monkeypatch, url: str, *arguments: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(["--db-url", url, *arguments])


@pytest.fixture
def fresh(new_database):
    """An empty MariaDB database, and the cleanup of the accounts a test makes there."""
    config = new_database("mariadb")
    made: list[tuple[accounts.Naming, list[str]]] = []
    yield config, made
    engine = create_engine(config.url)
    with engine.begin() as connection:
        for naming, usernames in made:
            accounts.drop_all(connection, naming, usernames)
    engine.dispose()


def test_bootstrap_then_the_new_administrator_builds_the_team_and_a_counter_sells(
    fresh, monkeypatch
):
    from ocpizza_desk.ops.seed import seed_demo
    from tests.test_hostile import a_paid_order  # noqa: F401 - same shape of sale below

    config, made = fresh
    prefix = f"b{id(config) % 100000}_"
    database = make_url(config.url).database
    naming = accounts.Naming(database, prefix, prefix)
    made.append((naming, ["chef", "resp.bastille", "caisse.bastille"]))
    engine = create_engine(config.url)
    schema.upgrade(engine)
    seed_demo(engine, orders=0, password_hasher=fast_hash)  # the chain's reference data
    from tests.snapshots import take_orders_any_time_anywhere

    take_orders_any_time_anywhere(engine)  # tests run at any hour
    engine.dispose()
    code = run_cli(
        monkeypatch,
        config.url,
        "db",
        "bootstrap",
        "--admin",
        "chef",
        "--role-prefix",
        prefix,
        "--account-prefix",
        prefix,
        stdin="chef-de-la-base-2026\n",
    )
    assert code == 0
    assert run_cli(monkeypatch, config.url, "db", "grants", "check") == 0  # no drift

    shop = per_staff_config(config, naming)
    admin_ctx, admin = auth.sign_in_server(shop, "chef", "chef-de-la-base-2026")
    try:
        assert admin.role is Role.ADMIN
        with admin_ctx.engine.connect() as c:
            bastille = c.execute(text("SELECT id FROM stores WHERE code = 'bastille'")).scalar()
        staff.create(
            admin_ctx,
            admin,
            NewAccount("resp.bastille", "Rose Dupont", Role.MANAGER, bastille, "responsable-2026"),
        )
    finally:
        admin_ctx.close()
    manager_ctx, manager = auth.sign_in_server(shop, "resp.bastille", "responsable-2026")
    try:
        staff.create(
            manager_ctx,
            manager,
            NewAccount("caisse.bastille", "Ali Benali", Role.COUNTER, bastille, "comptoir-2026"),
        )
        with pytest.raises(PermissionDenied):  # a manager creates no head office
            staff.create(
                manager_ctx,
                manager,
                NewAccount("chef2", "Eve Martin", Role.HEAD_OFFICE, None, "direction-2026"),
            )
    finally:
        manager_ctx.close()
    counter_ctx, clerk = auth.sign_in_server(shop, "caisse.bastille", "comptoir-2026")
    try:
        assert (clerk.role, clerk.store_id) == (Role.COUNTER, bastille)
        placed = _sell(counter_ctx, clerk)
        assert placed.total_cents > 0
    finally:
        counter_ctx.close()


def _sell(ctx, clerk):
    import uuid
    from datetime import timedelta

    from ocpizza_desk.domain.clock import utcnow
    from ocpizza_desk.domain.enums import Channel, OrderMode
    from ocpizza_desk.services import counter
    from ocpizza_desk.services.cart import CartLine
    from ocpizza_desk.services.counter import CounterSubmission

    with ctx.engine.connect() as c:
        product = c.execute(text("SELECT id FROM products WHERE code = 'regina'")).scalar()
    return counter.submit(
        ctx,
        clerk,
        CounterSubmission(
            client_key=uuid.uuid4().hex,
            channel=Channel.PHONE,
            mode=OrderMode.TAKEAWAY,
            lines=(CartLine(product, 1),),
            promised_at=utcnow() + timedelta(minutes=30),
        ),
    )


@pytest.mark.parametrize("backend", ["mariadb"], indirect=True)
def test_grant_drift_is_named(demo, staff_accounts, monkeypatch, capsys):
    """`db grants check` names each difference and exits 1; `db upgrade` puts them back."""
    naming, _ = staff_accounts
    url = demo.config.url
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            accounts_ready(connection, naming)
        assert run_cli(monkeypatch, url, "db", "grants", "check") == 0
        assert "no drift" in capsys.readouterr().err
        role = naming.role("counter")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                f"GRANT DELETE ON `{naming.database}`.`payments` TO `{role}`"
            )
            connection.exec_driver_sql(
                f"REVOKE INSERT ON `{naming.database}`.`orders` FROM `{role}`"
            )
        assert run_cli(monkeypatch, url, "db", "grants", "check") == 1
        found = capsys.readouterr().out.splitlines()
        assert run_cli(monkeypatch, url, "db", "upgrade", "--no-backup") == 0
        assert "brought up to date" in capsys.readouterr().err
        with engine.begin() as connection:
            assert accounts.drift(connection, naming) == []
        assert run_cli(monkeypatch, url, "db", "grants", "check") == 0
    finally:
        engine.dispose()
    assert f"{role}: extra DELETE on payments" in found
    assert f"{role}: missing INSERT on orders" in found


@pytest.mark.parametrize("backend", ["mariadb"], indirect=True)
def test_deactivation_locks_the_account_and_ends_its_connections(demo, signed_in):
    counter_ctx, _clerk = signed_in("accueil.bastille")
    manager_ctx, manager = signed_in("responsable.bastille")
    with counter_ctx.engine.connect() as c:  # a till in the middle of its evening
        c.exec_driver_sql("SELECT 1")
    accounts_list = staff.list_accounts(manager_ctx, manager)
    clerk_account = next(a for a in accounts_list if a.username == "accueil.bastille")
    staff.set_active(manager_ctx, manager, clerk_account, False)
    # Its pooled connection was killed by the procedure.
    with pytest.raises(DBAPIError), counter_ctx.engine.connect() as c:
        c.exec_driver_sql("SELECT 1").all()
        c.exec_driver_sql("SELECT 1").all()
    with pytest.raises(AuthenticationError) as refused:
        signed_in("accueil.bastille")
    assert refused.value.code == "auth.inactive"
    staff.set_active(manager_ctx, manager, staff.get(manager_ctx, manager, clerk_account.id), True)
    signed_in("accueil.bastille")  # back


# --------------------------------------------------------------------------- lockout


@pytest.mark.parametrize("backend", ["mariadb"], indirect=True)
def test_credit_notes_are_numbered_through_the_store_scope_triggers(demo, signed_in):
    """With the accounts installed, a trigger calling a stored function guards the numbers'
    table, and the server then answers 0 for the number UPDATE ... LAST_INSERT_ID(expr) took:
    every credit note came out No. 0 until the number was read back."""
    from tests.test_credit_notes import cancel_paid

    counter_ctx, clerk = signed_in("accueil.bastille")
    numbers = [cancel_paid(counter_ctx, clerk)[1].credit_note_number for _ in range(2)]
    assert numbers == [1, 2]


def grant_drift(url: str, naming) -> list[str]:
    """What `db grants check` would say of the database at `url`, read as its owner."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return accounts.drift(connection, naming)
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["mariadb"], indirect=True)
@pytest.mark.parametrize("method", ["auto", "builtin"])
def test_a_copy_restored_beside_the_live_database_works_and_leaves_its_grants(
    demo, staff_accounts, signed_in, new_database, tmp_path, method
):
    """A backup of a database with accounts restored under another name on the same server
    (a check of last night's copy): the copy's store-scope triggers find their function and
    a sale goes through; the live database's roles keep every grant."""
    from ocpizza_desk.ops import backup
    from ocpizza_desk.services.context import ServiceContext
    from tests.test_journal_backup import sell

    signed_in("accueil.bastille")  # records the naming in the live database
    naming, _ = staff_accounts
    made = backup.create(demo.config, tmp_path, method=method)
    target = new_database("mariadb")
    backup.restore(made.path, target)
    copy = ServiceContext(target)
    try:
        sell(copy)  # through the copy's triggers, which call its own store_allowed
        with copy.engine.connect() as c:
            functions = c.execute(
                text(
                    "SELECT ROUTINE_NAME FROM information_schema.ROUTINES "
                    "WHERE ROUTINE_SCHEMA = DATABASE() AND ROUTINE_TYPE = 'FUNCTION'"
                )
            ).scalars()
            assert naming.routine("store_allowed") in set(functions)
    finally:
        copy.close()
    assert grant_drift(demo.config.url, naming) == []


@pytest.mark.parametrize("backend", ["mariadb"], indirect=True)
@pytest.mark.parametrize("method", ["auto", "builtin"])
def test_the_live_database_restored_in_place_keeps_its_accounts_working(
    demo, staff_accounts, signed_in, tmp_path, method
):
    """Last night's backup restored over the live database: MariaDB drops a procedure's
    EXECUTE grants with the procedure, so the restore grants them again; a manager still
    switches a clerk off and on through the staff procedures."""
    from ocpizza_desk.ops import backup

    naming, _ = staff_accounts
    signed_in("accueil.bastille")  # records the naming
    made = backup.create(demo.config, tmp_path / "backups", method=method)
    backup.restore(made.path, demo.config, force=True)
    assert grant_drift(demo.config.url, naming) == []
    manager_ctx, manager = signed_in("responsable.bastille")
    clerk = next(
        a for a in staff.list_accounts(manager_ctx, manager) if a.username == "accueil.bastille"
    )
    staff.set_active(manager_ctx, manager, clerk, False)
    staff.set_active(manager_ctx, manager, staff.get(manager_ctx, manager, clerk.id), True)


@pytest.fixture(scope="module")
def guarded_server(tmp_path_factory):
    """A private server that counts wrong passwords (3 at most) and listens beyond 127.0.0.1:
    MariaDB never counts connections from 127.0.0.1, so clients come from 127.0.0.2."""
    from tests.private_mariadb import PrivateMariaDB, installed

    if not installed():
        pytest.skip("mariadbd is not installed")
    server = PrivateMariaDB(
        tmp_path_factory.mktemp("guarded"),
        extra_args=("--max-password-errors=3", "--bind-address=0.0.0.0", "--event-scheduler=ON"),
        grant_tables=True,
    )
    url = server.start()
    try:
        yield server, url
    finally:
        server.stop()


def test_the_server_stops_parallel_wrong_passwords_and_a_manager_unblocks(guarded_server):
    server, url = guarded_server
    from ocpizza_desk.ops.scratch import create_database
    from ocpizza_desk.ops.seed import seed_demo

    database_url = create_database(url, prefix="ocpizza_lockout")
    engine = create_engine(database_url)
    schema.upgrade(engine)
    seed_demo(engine, orders=0, password_hasher=fast_hash)
    naming = accounts.Naming(make_url(database_url).database, "lk_", "")
    with engine.begin() as connection:
        accounts.install(connection, naming)
        accounts.create_account(
            connection, naming, "accueil.bastille", "right-pass-2026", "counter"
        )
        accounts.create_account(
            connection, naming, "responsable.bastille", "manager-2026", "manager"
        )
    engine.dispose()

    def attempt(password: str) -> int:
        try:
            pymysql.connect(
                host="127.0.0.2",
                port=server.port,
                user="accueil.bastille",
                password=password,
                database=naming.database,
                connect_timeout=10,
            ).close()
            return 0
        except pymysql.MySQLError as error:
            return error.args[0]

    barrier = threading.Barrier(20)

    def wrong(n: int) -> int:
        barrier.wait()
        return attempt(f"wrong-{n}")

    with ThreadPoolExecutor(20) as pool:
        codes = list(pool.map(wrong, range(20)))
    checked = codes.count(auth.ACCESS_DENIED)
    blocked = codes.count(auth.USER_BLOCKED)
    assert checked + blocked == 20 and blocked > 0
    assert checked <= 3 + 1  # the limit, and the attempt that reached it
    assert attempt("right-pass-2026") == auth.USER_BLOCKED  # the right one too, now

    # The manager gives a new password: the server unblocks the account.
    config = per_staff_config(
        __import__("ocpizza_desk.config", fromlist=["DatabaseConfig"]).DatabaseConfig(
            url=database_url, source="tests"
        ),
        naming,
    )
    manager_ctx, manager = auth.sign_in_server(config, "responsable.bastille", "manager-2026")
    try:
        clerk = next(
            a for a in staff.list_accounts(manager_ctx, manager) if a.username == "accueil.bastille"
        )
        staff.reset_password(manager_ctx, manager, clerk, "new-pass-2026")
    finally:
        manager_ctx.close()
    assert attempt("new-pass-2026") == 0

    # Without a manager, the server's own event unblocks every quarter of an hour; made to
    # run every second here, the account blocked again opens by itself.
    for n in range(5):
        attempt(f"wrong-again-{n}")
    assert attempt("new-pass-2026") == auth.USER_BLOCKED
    event = naming.routine("unblock_accounts")
    engine = create_engine(database_url)
    try:
        with engine.begin() as connection:
            schedule = connection.execute(
                text(
                    "SELECT interval_value, interval_field, status FROM information_schema.events"
                    " WHERE event_schema = :db AND event_name = :name"
                ),
                {"db": naming.database, "name": event},
            ).one()
            assert tuple(schedule) == ("15", "MINUTE", "ENABLED")
            connection.exec_driver_sql(f"ALTER EVENT `{event}` ON SCHEDULE EVERY 1 SECOND")
        deadline = time.monotonic() + 30
        while attempt("new-pass-2026") != 0:  # the server's scheduler, not a thread of ours
            assert time.monotonic() < deadline, "the event never unblocked the account"
            time.sleep(0.2)
    finally:
        engine.dispose()
