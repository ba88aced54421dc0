"""Backups: round trip, manifest, damage detected, refusal, GDPR replay, prune, CLI, and a
backup taken while eight writers place orders (MariaDB)."""

from __future__ import annotations

import hashlib
import json
import re
import tarfile
import threading
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from ocpizza_desk.cli import EXIT_OK, EXIT_REFUSED, main
from ocpizza_desk.db import schema, triggers
from ocpizza_desk.db.engine import create_engine_for
from ocpizza_desk.db.models import Base
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import Channel, OrderMode, Role
from ocpizza_desk.domain.errors import DomainError, PermissionDenied, ValidationError
from ocpizza_desk.ops import backup
from ocpizza_desk.ops import backup_admin as backups
from ocpizza_desk.services import customers, orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext
from tests.factories import build_tiny
from tests.helpers import ledger_mismatches, staff

TABLES = [t.name for t in Base.metadata.sorted_tables] + ["alembic_version"]


def table_rows(config) -> dict[str, list[tuple]]:
    """Every row of every table, by an independent SELECT (raw driver values, by key)."""
    engine = create_engine(config.url)
    try:
        with engine.connect() as c:
            found = {}
            quote = c.dialect.identifier_preparer.quote
            for table in Base.metadata.sorted_tables:
                order = ", ".join(quote(col.name) for col in table.primary_key.columns)
                found[table.name] = [
                    tuple(r)
                    for r in c.exec_driver_sql(f"SELECT * FROM {table.name} ORDER BY {order}")
                ]
            found["alembic_version"] = [
                tuple(r) for r in c.exec_driver_sql("SELECT * FROM alembic_version")
            ]
            return found
    finally:
        engine.dispose()


def trigger_definitions(config) -> list[tuple[str, str]]:
    engine = create_engine_for(config)
    try:
        with engine.connect() as c:
            return triggers.definitions(c)
    finally:
        engine.dispose()


def count(config, sql: str) -> int:
    engine = create_engine(config.url)
    try:
        with engine.connect() as c:
            return c.execute(text(sql)).scalar_one()
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- round trip


@pytest.mark.parametrize("method", ["auto", "builtin"])
def test_round_trip_into_a_new_empty_database(demo, new_database, backend, tmp_path, method):
    # Read before: a good backup then records its time in app_settings (for monitoring).
    source_rows = table_rows(demo.config)
    info = backup.create(demo.config, tmp_path, method=method)
    expected_kind = {
        ("sqlite", "auto"): "sqlite-file",
        ("mariadb", "auto"): "sql" if backup._dump_tool() else "jsonl",
    }.get((backend, method), "jsonl")
    assert info.kind == expected_kind
    target = new_database(backend)  # nothing in it, not even a schema
    done = backup.restore(info.path, target)
    assert done.revision == schema.EXPECTED_REVISION
    restored_rows = table_rows(target)
    assert set(source_rows) == set(TABLES)
    for name in TABLES:
        assert restored_rows[name] == source_rows[name], name
    assert sum(len(v) for v in source_rows.values()) > 1000  # the demo really was there
    assert trigger_definitions(target) == trigger_definitions(demo.config)
    # The restored copy is a working database: the change-mark triggers fire again.
    ctx = ServiceContext(target)
    try:
        ctx.check_schema()
    finally:
        ctx.close()


def test_manifest_says_what_is_inside(demo, backend, tmp_path):
    before = datetime.now(UTC).replace(microsecond=0)
    counts = {name: count(demo.config, f"SELECT COUNT(*) FROM {name}") for name in TABLES}
    info = backup.create(demo.config, tmp_path)
    assert re.fullmatch(r"ocpizza-\d{4}-\d\d-\d\dT\d{6}Z\.tar", info.name)
    with tarfile.open(info.path) as archive:
        names = archive.getnames()
        manifest = json.loads(archive.extractfile("manifest.json").read())
        digest = archive.extractfile("manifest.sha256").read().split()[0].decode()
        assert digest == hashlib.sha256(archive.extractfile("manifest.json").read()).hexdigest()
        for member, checksum in manifest["files"].items():
            assert hashlib.sha256(archive.extractfile(member).read()).hexdigest() == checksum
    assert names[:2] == ["manifest.json", "manifest.sha256"]
    assert info.path.stat().st_mode & 0o077 == 0  # customers' data: readable by the owner only
    assert set(manifest["files"]) == set(names[2:])
    assert manifest["format_version"] == 1
    assert manifest["backend"] == ("sqlite" if backend == "sqlite" else "mysql")
    assert manifest["revision"] == schema.EXPECTED_REVISION
    assert manifest["app_version"]
    assert manifest["tool"]
    created = datetime.strptime(manifest["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert before <= created <= datetime.now(UTC)
    for name in TABLES:
        assert manifest["row_counts"][name] == counts[name], name
    listed = backup.list(tmp_path)
    assert [b.name for b in listed] == [info.name]
    assert listed[0].row_counts == manifest["row_counts"] and listed[0].verified is None


# --------------------------------------------------------------------------- damage


def _flip_byte(path: Path, member: str | None = None, at: float = 0.5) -> str:
    with tarfile.open(path) as archive:
        members = [
            m for m in archive.getmembers() if m.name not in ("manifest.json", "manifest.sha256")
        ]
        chosen = next(m for m in archive.getmembers() if m.name == member) if member else members[0]
        offset = chosen.offset_data + int(chosen.size * at)
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    return chosen.name


def test_a_flipped_byte_is_found_and_named(demo, backend, tmp_path, mariadb_server_if):
    info = backup.create(demo.config, tmp_path)
    good = backup.verify(info.path, mariadb_server_if(backend))
    assert good.ok and good.restored and good.revision_ok and not good.count_mismatches
    assert backup.list(tmp_path)[0].verified is True

    damaged_member = _flip_byte(info.path)
    bad = backup.verify(info.path, mariadb_server_if(backend))
    assert not bad.ok and not bad.checksums_ok and bad.damaged == (damaged_member,)
    assert backup.list(tmp_path)[0].verified is False
    with pytest.raises(DomainError) as refused:
        backup.restore(info.path, demo.config, force=True)
    assert refused.value.code == "backup.damaged" and damaged_member in refused.value.message("en")


def test_a_damaged_manifest_is_found(db, tmp_path):
    info = backup.create(db.config, tmp_path)
    _flip_byte(info.path, "manifest.json", at=0.3)
    report = backup.verify(info.path)
    assert not report.ok and report.damaged == ("manifest.json",)
    assert backup.list(tmp_path)[0].problem


@pytest.fixture
def mariadb_server_if(request):
    """The scratch server for verifying a MariaDB backup (None for SQLite)."""

    def get(backend: str):
        return None if backend == "sqlite" else request.getfixturevalue("mariadb_server")

    return get


# --------------------------------------------------------------------------- restore rules


def test_restore_refuses_a_database_holding_data_unless_forced(demo, tmp_path):
    info = backup.create(demo.config, tmp_path)
    manager = staff(demo, "responsable.bastille")
    with demo.engine.begin() as c:
        c.execute(text("UPDATE stores SET name = 'Changed after backup' WHERE id = 1"))
    before = table_rows(demo.config)
    with pytest.raises(DomainError) as refused:
        backup.restore(info.path, demo.config)
    assert refused.value.code == "backup.target_not_empty"
    assert "--force" in refused.value.message("en")
    assert table_rows(demo.config) == before  # nothing changed
    done = backup.restore(info.path, demo.config, force=True, safety_folder=tmp_path / "safety")
    assert (
        count(demo.config, "SELECT COUNT(*) FROM stores WHERE name = 'Changed after backup'") == 0
    )
    # The replaced database was backed up first: the wrong restore can be undone.
    assert done.safety_copy is not None and done.safety_copy.parent == tmp_path / "safety"
    backup.restore(done.safety_copy, demo.config, force=True)
    assert table_rows(demo.config) == before
    assert manager.user_id  # accounts are still there after the restore
    assert count(demo.config, f"SELECT COUNT(*) FROM users WHERE id = {manager.user_id}") == 1


def _customers_with_orders(ctx, n: int) -> list[int]:
    with ctx.engine.connect() as c:
        return list(
            c.execute(
                text(
                    "SELECT DISTINCT customer_id FROM orders WHERE customer_id IS NOT NULL "
                    "ORDER BY customer_id"
                )
            ).scalars()
        )[:n]


def _customer(config, customer_id: int) -> dict:
    engine = create_engine(config.url)
    try:
        with engine.connect() as c:
            return dict(
                c.execute(
                    text("SELECT phone_e164, last_name, erased_at FROM customers WHERE id = :i"),
                    {"i": customer_id},
                )
                .mappings()
                .one()
            )
    finally:
        engine.dispose()


def test_an_erasure_after_the_backup_is_replayed_on_restore(demo, tmp_path):
    erased, kept = _customers_with_orders(demo, 2)
    info = backup.create(demo.config, tmp_path)
    manager = staff(demo, "direction")
    customers.erase(demo, manager, erased, "RGPD-2026-001")
    assert _customer(demo.config, erased)["phone_e164"] is None

    done = backup.restore(info.path, demo.config, force=True)
    assert done.erasures_replayed == 1 and done.erasure_log == "target"
    restored = _customer(demo.config, erased)
    assert restored["phone_e164"] is None and restored["erased_at"] is not None
    assert restored["last_name"] == f"#{erased}"
    assert _customer(demo.config, kept)["phone_e164"] is not None  # only the erased one
    assert (
        count(demo.config, f"SELECT COUNT(*) FROM gdpr_erasures WHERE customer_id = {erased}") == 1
    )
    assert (
        count(
            demo.config,
            "SELECT COUNT(*) FROM customer_addresses WHERE customer_id = "
            f"{erased} AND (street <> '—' OR door_code IS NOT NULL)",
        )
        == 0
    )
    # A second restore of the same backup replays it again, from the log kept in the copy.
    again = backup.restore(info.path, demo.config, force=True)
    assert again.erasures_replayed == 1
    assert _customer(demo.config, erased)["phone_e164"] is None


def test_restore_elsewhere_reads_the_erasure_log_of_the_live_database(
    demo, new_database, backend, tmp_path
):
    (erased,) = _customers_with_orders(demo, 1)
    info = backup.create(demo.config, tmp_path)
    customers.erase(demo, staff(demo, "direction"), erased, None)
    target = new_database(backend)
    done = backup.restore(info.path, target, erasures_from=demo.config)
    assert done.erasures_replayed == 1 and done.erasure_log == "other database"
    assert _customer(target, erased)["phone_e164"] is None


def test_a_backup_of_another_backend_is_refused(demo, new_database, backend, tmp_path):
    info = backup.create(demo.config, tmp_path)
    if info.kind == "jsonl":
        pytest.skip("the built-in dump restores into either backend")
    other = new_database("mariadb" if backend == "sqlite" else "sqlite")
    with pytest.raises(DomainError) as refused:
        backup.restore(info.path, other)
    assert refused.value.code == "backup.other_backend"


# prune: tests/test_retention.py


# --------------------------------------------------------------------------- services


def test_only_administrators_run_backups(demo, tmp_path):
    with pytest.raises(PermissionDenied):
        backups.create(demo, staff(demo, "direction"), tmp_path)
    admin = staff(demo, "admin")
    info = backups.create(demo, admin, tmp_path)
    assert [b.name for b in backups.list_backups(demo, admin, tmp_path)] == [info.name]
    with pytest.raises(ValidationError):
        backups.restore(demo, admin, info.path, "not-the-name")


# --------------------------------------------------------------------------- CLI


def test_the_commands_end_to_end(demo, new_database, backend, tmp_path, capsys):
    url, folder = demo.config.url, str(tmp_path / "b")
    assert main(["--lang", "en", "--db-url", url, "backup", "create", "--folder", folder]) == 0
    assert "backup written" in capsys.readouterr().out
    assert main(["--lang", "en", "--db-url", url, "backup", "list", "--folder", folder]) == 0
    listed = capsys.readouterr().out
    assert schema.EXPECTED_REVISION in listed and "ocpizza-" in listed
    assert main(["--lang", "en", "--db-url", url, "backup", "verify", "--folder", folder]) == 0
    assert "backup verified" in capsys.readouterr().out
    (file,) = Path(folder).glob("*.tar")

    target = new_database(backend).url
    safety = ["--folder", str(tmp_path / "safety")]
    assert main(["--db-url", target, "backup", "restore", str(file), *safety]) == EXIT_OK
    assert not (tmp_path / "safety").exists()  # it was empty: nothing to keep
    assert (
        main(["--lang", "en", "--db-url", target, "backup", "restore", str(file)]) == EXIT_REFUSED
    )
    assert "--force" in capsys.readouterr().err
    assert main(["--db-url", target, "backup", "restore", str(file), "--force", *safety]) == 0
    assert len(list((tmp_path / "safety").glob("*.tar"))) == 1  # the replaced one, kept

    assert main(["--lang", "fr", "--db-url", url, "backup", "prune", "--folder", folder]) == 0
    assert "1 gardée(s), 0 effacée(s)" in capsys.readouterr().out

    _flip_byte(file)
    assert main(["--lang", "en", "--db-url", url, "backup", "verify", str(file)]) == 6
    assert "damaged backup" in capsys.readouterr().err
    assert (
        main(["--lang", "en", "--db-url", target, "backup", "restore", str(file), "--force"]) == 6
    )
    assert "damaged" in capsys.readouterr().err


def test_db_upgrade_backs_up_first_and_says_how_to_roll_back(new_database, tmp_path, capsys):
    url = new_database("sqlite").url
    folder = str(tmp_path / "b")
    assert main(["--db-url", url, "db", "upgrade", "--revision", "0002_change_marks"]) == 0
    assert list((tmp_path / "b").glob("*.tar")) == [] if (tmp_path / "b").exists() else True
    capsys.readouterr()
    assert main(["--lang", "en", "--db-url", url, "db", "upgrade", "--backup-folder", folder]) == 0
    out = capsys.readouterr().out
    (file,) = Path(folder).glob("*.tar")
    assert f"backup restore {file} --force" in out
    assert "db downgrade --revision 0002_change_marks" in out
    assert backup.read_info(file).revision == "0002_change_marks"
    # Following the printed advice puts the database back as it was.
    assert main(["--db-url", url, "backup", "restore", str(file), "--force"]) == 0
    engine = create_engine(url)
    with engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "0002_change_marks"
        )
    engine.dispose()
    # Nothing to upgrade, no backup; --no-backup, none either.
    assert main(["--db-url", url, "db", "upgrade", "--no-backup", "--backup-folder", folder]) == 0
    assert main(["--db-url", url, "db", "upgrade", "--backup-folder", folder]) == 0
    assert len(list(Path(folder).glob("*.tar"))) == 1


# --------------------------------------------------------------------------- under load

WRITERS = 8
ORDERS_PER_WRITER = 10


@pytest.mark.mysql_only
@pytest.mark.parametrize("method", ["auto", "builtin"])
def test_a_backup_under_load_is_one_consistent_point_in_time(new_database, tmp_path, method):
    config = new_database("mariadb")
    ctx = ServiceContext(config, lock_wait_s=10)
    schema.upgrade(ctx.engine)
    world = build_tiny(ctx, {"dough": 100_000, "cheese": 1_000_000, "sauce": 1_000_000})
    counter = world.staff[Role.COUNTER]
    started = threading.Event()
    failures: list[BaseException] = []

    def writer(seed: int) -> None:
        try:
            for n in range(ORDERS_PER_WRITER):
                lines = (
                    CartLine(world.margherita, 1 + (seed + n) % 2),
                    CartLine(world.fromaggi, 1),
                )
                orders.place(
                    ctx,
                    counter,
                    orders.OrderRequest(
                        client_key=str(uuid.uuid4()),
                        channel=Channel.PHONE,
                        mode=OrderMode.TAKEAWAY,
                        lines=lines,
                        promised_at=utcnow() + timedelta(minutes=30),
                    ),
                )
                started.set()
        except BaseException as exc:  # reported below
            failures.append(exc)
            started.set()

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(WRITERS)]
    for thread in threads:
        thread.start()
    try:
        assert started.wait(60)
        info = backup.create(config, tmp_path, method=method)
    finally:
        for thread in threads:
            thread.join()
    assert failures == []
    total = count(config, "SELECT COUNT(*) FROM orders")
    assert total == WRITERS * ORDERS_PER_WRITER
    backed_up = info.row_counts["orders"]
    assert backed_up > 0  # taken while the writers were busy (most often 0 < n < total)

    target = new_database("mariadb")
    backup.restore(info.path, target)
    restored = ServiceContext(target)
    try:
        assert count(target, "SELECT COUNT(*) FROM orders") == backed_up
        # Every order complete: its lines there, its total the sum of its lines.
        assert (
            count(
                target,
                "SELECT COUNT(*) FROM orders o WHERE o.total_cents <> "
                "(SELECT COALESCE(SUM(l.line_total_cents), 0) FROM order_lines l "
                "WHERE l.order_id = o.id) OR NOT EXISTS "
                "(SELECT 1 FROM order_lines l WHERE l.order_id = o.id)",
            )
            == 0
        )
        # Each balance equals its ledger.
        assert ledger_mismatches(restored) == 0
        # One point in time: every order with its stock movements, no movement without its
        # order, no line without its order.
        assert (
            count(
                target,
                "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS "
                "(SELECT 1 FROM stock_movements m WHERE m.order_id = o.id)",
            )
            == 0
        )
        assert (
            count(
                target,
                "SELECT COUNT(*) FROM stock_movements m WHERE m.order_id IS NOT NULL "
                "AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = m.order_id)",
            )
            == 0
        )
        assert (
            count(
                target,
                "SELECT COUNT(*) FROM order_lines l WHERE NOT EXISTS "
                "(SELECT 1 FROM orders o WHERE o.id = l.order_id)",
            )
            == 0
        )
        # And the stock used by the restored orders is exactly what the balances lost.
        used = count(
            target,
            "SELECT COALESCE(-SUM(delta), 0) FROM stock_movements WHERE order_id IS NOT NULL",
        )
        assert used > 0
    finally:
        restored.close()
        ctx.close()


# --------------------------------------------------------------------------- the dump tool


def test_the_password_goes_through_a_private_option_file(tmp_path, monkeypatch):
    """Never on the command line (visible to every user in the process list)."""
    from ocpizza_desk.config import DatabaseConfig, TlsOptions

    ca = tmp_path / "ca.pem"
    ca.write_text("not read here")
    config = DatabaseConfig(
        url="mysql+pymysql://desk@db.example.net:3307/ocpizza",
        source="tests",
        password='p"a\\ss w0rd',
        tls=TlsOptions(ca_file=str(ca)),
    )
    seen: dict = {}

    class Stop(Exception):
        pass

    def popen(command, **_kwargs):
        seen["command"] = command
        option = next(a for a in command if a.startswith("--defaults-extra-file="))
        path = Path(option.split("=", 1)[1])
        seen["mode"] = path.stat().st_mode & 0o777
        seen["options"] = path.read_text()
        seen["path"] = path
        raise Stop

    monkeypatch.setattr(backup.subprocess, "Popen", popen)
    monkeypatch.setattr(
        backup.subprocess, "run", lambda *_a, **_k: type("Done", (), {"stdout": "mariadb-dump"})
    )
    monkeypatch.setattr(backup, "_backed_up_tables", lambda _c: ["stores", "alembic_version"])
    monkeypatch.setattr(backup, "create_engine_for", lambda *_a, **_k: _NoEngine())
    with pytest.raises(Stop):
        backup._dump_with_tool(config, "/usr/bin/mariadb-dump", tmp_path, lambda *_: None)
    command = seen["command"]
    assert command[1].startswith("--defaults-extra-file=")  # the tool wants it first
    assert "--single-transaction" in command and command[-3:] == [
        "ocpizza",
        "stores",
        "alembic_version",
    ]
    assert not any("w0rd" in part for part in command)
    assert seen["mode"] == 0o600
    options = seen["options"].splitlines()
    assert options[0] == "[client]"
    assert 'password="p\\"a\\\\ss w0rd"' in options
    assert "host=db.example.net" in options and "port=3307" in options
    assert f'ssl-ca="{ca}"' in options and "ssl-verify-server-cert" in options
    assert not seen["path"].exists()  # removed at once


class _NoEngine:
    def connect(self):
        return self

    def __enter__(self):
        return self

    def __exit__(self, *_):
        return False

    def dispose(self):
        pass


@pytest.mark.mysql_only
def test_restore_onto_a_new_server_creates_the_database(demo_mariadb_backup, new_database):
    from ocpizza_desk.ops.scratch import drop_database

    target = new_database("mariadb")
    drop_database(target.url)  # a new server: the database is not there yet
    assert main(["--db-url", target.url, "backup", "restore", str(demo_mariadb_backup)]) == 0
    assert count(target, "SELECT COUNT(*) FROM stores") == 5


@pytest.fixture
def demo_mariadb_backup(new_database, tmp_path):
    from ocpizza_desk.ops.seed import seed_demo
    from tests.conftest import fast_hash

    config = new_database("mariadb")
    engine = create_engine_for(config)
    schema.upgrade(engine)
    seed_demo(engine, orders=20, password_hasher=fast_hash)
    engine.dispose()
    return backup.create(config, tmp_path).path
