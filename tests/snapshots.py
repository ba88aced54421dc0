"""Database states made once per backend and restored before each test.

Two states: "empty" (migrated, every table empty, alembic_version at the revision this code
expects: what `_empty_all_tables` leaves) and "demo" (the demo chain seeded into "empty" with
DEMO_TEST_ORDERS orders). Seeding costs 0.3 s on SQLite and 0.7 s on MariaDB; a restore costs
a few milliseconds on SQLite and tens of milliseconds on MariaDB.

- SQLite: each state is a template file (WAL folded in); every test gets its own copy in its
  tmp_path, so no test ever opens a file another test wrote to.
- MariaDB: the session's database is kept (its routines, grants and triggers stay installed);
  each state is a copy of its tables in a database of its own on the same server, with the
  CHECKSUM TABLE of every table. Before a test, the tables whose checksum differs from the
  state's lose the rows added after the state's last id; those still differing are emptied
  and filled again from the copy (INSERT ... SELECT, on the server), with the triggers that
  would rewrite or add rows set aside meanwhile (the journal's chain, the ledger balances,
  the orders' revision, a new store's journal head and marks), and the tables that refuse
  DELETE emptied by TRUNCATE. A trigger a test dropped is created again.

The demo's history is relative to the moment it was seeded (today's open orders, deadlines,
"today" in Paris). A demo state older than SNAPSHOT_MAX_AGE_S seconds, or seeded on another
day (UTC or Paris), is seeded again before it is used: a test sees the demo at most that much
older than a freshly seeded one. OCPIZZA_TEST_SNAPSHOT_S=0 seeds it again for every test.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from ocpizza_desk.config import DatabaseConfig, sqlite_url

SNAPSHOT_MAX_AGE_S = float(os.environ.get("OCPIZZA_TEST_SNAPSHOT_S", "30"))
STATES = ("empty", "demo")
PARIS = ZoneInfo("Europe/Paris")


def _days() -> tuple:
    now = datetime.now(UTC)
    return now.date(), now.astimezone(PARIS).date()


class _Made:
    """When a state was made: it is stale after SNAPSHOT_MAX_AGE_S, or on another day."""

    def __init__(self) -> None:
        self.at = time.monotonic()
        self.days = _days()

    def stale(self) -> bool:
        return time.monotonic() - self.at > SNAPSHOT_MAX_AGE_S or _days() != self.days


def _seed_demo(config: DatabaseConfig) -> None:
    from ocpizza_desk.db.engine import create_engine_for
    from ocpizza_desk.ops.seed import seed_demo
    from tests.conftest import DEMO_TEST_ORDERS, fast_hash

    engine = create_engine_for(config)
    try:
        seed_demo(engine, orders=DEMO_TEST_ORDERS, password_hasher=fast_hash)
        take_orders_any_time_anywhere(engine)
    finally:
        engine.dispose()


def take_orders_any_time_anywhere(engine) -> None:
    """The tests' demo stores take orders at any hour, every day (the tests run at any hour;
    the demo's real hours and closures are tested in tests/test_opening_enforced.py)."""
    from sqlalchemy import update

    from ocpizza_desk.db import models as m
    from tests.factories import ALL_DAY

    with engine.begin() as connection:
        connection.execute(
            update(m.Store.__table__).values(opening_hours=ALL_DAY, delivery_radius_m=50_000)
        )
        connection.execute(m.StoreClosure.__table__.delete())


def _sqlite_copy(source: Path, target: Path) -> None:
    """The whole database through SQLite's own backup (consistent whatever is open on it)."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _closed_template(path: Path) -> Path:
    """A template no connection has open, its WAL folded into the file: a plain file copy of
    it is the whole database (ten times faster than the backup API, which syncs)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        assert not leftover.exists(), f"{leftover}: a connection is still open on {path}"
    return path


def _sqlite_place(template: Path, target: Path) -> None:
    """`target` becomes a copy of `template` (no connection may be open on `target`)."""
    for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(template, target)


class SqliteStates:
    def __init__(self, folder: Path, migrated: DatabaseConfig) -> None:
        self.folder = folder
        self.migrated = make_url(migrated.url).database
        self.templates: dict[str, Path] = {}
        self.made: dict[str, _Made] = {}
        self.count = 0

    def _template(self, state: str) -> Path:
        if state == "empty" and state not in self.templates:
            from ocpizza_desk.services.context import ServiceContext
            from tests.conftest import _empty_all_tables

            path = self._new_path("empty")
            _sqlite_copy(Path(self.migrated), path)
            ctx = ServiceContext(DatabaseConfig(url=sqlite_url(path), source="tests"))
            try:
                _empty_all_tables(ctx)
            finally:
                ctx.close()
            self.templates[state] = _closed_template(path)
            self.made[state] = _Made()
        elif state == "demo" and (state not in self.templates or self.made[state].stale()):
            path = self._new_path("demo")
            _sqlite_place(self._template("empty"), path)
            _seed_demo(DatabaseConfig(url=sqlite_url(path), source="tests"))
            old = self.templates.get(state)
            self.templates[state] = _closed_template(path)
            self.made[state] = _Made()
            if old is not None:
                old.unlink()
        return self.templates[state]

    def _new_path(self, state: str) -> Path:
        self.count += 1
        return self.folder / f"{state}-{self.count}.sqlite3"

    def restore(self, state: str, target: Path) -> DatabaseConfig:
        """`target` (created, or overwritten: no connection may be open on it) holds `state`."""
        _sqlite_place(self._template(state), target)
        return DatabaseConfig(url=sqlite_url(target), source="tests")

    def close(self) -> None:
        pass


class MariaDBStates:
    def __init__(self, config: DatabaseConfig, make_database) -> None:
        self.config = config
        self.database = make_url(config.url).database
        self.make_database = make_database  # () -> URL of a new empty database
        self.engine = create_engine(config.url, pool_size=1)
        self.copies: dict[str, str] = {}  # state -> database holding its tables
        self.copy_urls: list[str] = []
        self.checksums: dict[str, dict[str, int]] = {}
        self.last_ids: dict[str, dict[str, int]] = {}  # state -> table -> MAX(id)
        self.made: dict[str, _Made] = {}
        self.tables: list[str] = []
        self.id_tables: set[str] = set()  # tables whose primary key is an integer `id`
        # name -> (timing, event, table, CREATE TRIGGER statement)
        self.triggers: dict[str, tuple[str, str, str, str]] = {}

    # ------------------------------------------------------------------ reading the database

    def _checksums(self, connection) -> dict[str, int | None]:
        rows = connection.exec_driver_sql(
            "CHECKSUM TABLE " + ", ".join(f"`{t}`" for t in self.tables)
        ).all()
        return {name.rsplit(".", 1)[1]: checksum for name, checksum in rows}

    def _trigger_names(self, connection) -> set[str]:
        # The schema as a literal: information_schema then reads this database's triggers
        # only, not every database's on the server.
        return set(
            connection.exec_driver_sql(
                "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS "
                f"WHERE TRIGGER_SCHEMA = '{self.database}'"
            ).scalars()
        )

    def _learn_schema(self, connection) -> None:
        """The tables and the triggers as the migrations made them (read once)."""
        from ocpizza_desk.db import triggers

        self.tables = sorted(
            connection.exec_driver_sql(
                "SELECT TABLE_NAME FROM information_schema.TABLES "
                f"WHERE TABLE_SCHEMA = '{self.database}' AND TABLE_TYPE = 'BASE TABLE'"
            ).scalars()
        )
        self.id_tables = set(
            connection.exec_driver_sql(
                "SELECT TABLE_NAME FROM information_schema.COLUMNS "
                f"WHERE TABLE_SCHEMA = '{self.database}' AND COLUMN_NAME = 'id' "
                "AND COLUMN_KEY = 'PRI' AND DATA_TYPE IN ('int', 'bigint')"
            ).scalars()
        )
        statements = dict(triggers.definitions(connection, lambda _name: True))
        for name, timing, event, table in connection.exec_driver_sql(
            "SELECT TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION, EVENT_OBJECT_TABLE "
            f"FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '{self.database}'"
        ):
            self.triggers[name] = (timing, event, table, statements[name])

    def _triggers_of(self, tables, timing: str, event: str) -> list[str]:
        return sorted(
            name
            for name, (t_timing, t_event, table, _sql) in self.triggers.items()
            if table in tables and (t_timing, t_event) == (timing, event)
        )

    def _inserts(self, name: str) -> bool:
        """The trigger adds rows elsewhere (a new store's journal head and change marks):
        they would collide with the rows the refill of those tables brings back."""
        body = self.triggers[name][3].upper().split("FOR EACH ROW", 1)[-1]
        return "INSERT" in body

    def _has_trigger(self, table: str, timing: str, event: str) -> bool:
        return any(t[:3] == (timing, event, table) for t in self.triggers.values())

    # ------------------------------------------------------------------ making a state

    def _keep(self, state: str) -> None:
        """The session's database as it is now becomes `state`: its checksums, and a copy of
        its tables in the state's own database."""
        with self.engine.connect() as connection:
            if not self.tables:
                self._learn_schema(connection)
            if state not in self.copies:
                url = self.make_database()
                self.copy_urls.append(url)
                self.copies[state] = make_url(url).database
                for table in self.tables:
                    connection.exec_driver_sql(
                        f"CREATE TABLE `{self.copies[state]}`.`{table}` LIKE `{table}`"
                    )
            copy = self.copies[state]
            connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 0, UNIQUE_CHECKS = 0")
            for table in self.tables:
                connection.exec_driver_sql(f"DELETE FROM `{copy}`.`{table}`")
                connection.exec_driver_sql(
                    f"INSERT INTO `{copy}`.`{table}` SELECT * FROM `{table}`"
                )
            connection.commit()
            connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 1, UNIQUE_CHECKS = 1")
            self.checksums[state] = self._checksums(connection)
            self.last_ids[state] = {
                table: connection.exec_driver_sql(f"SELECT MAX(id) FROM `{table}`").scalar()
                for table in self.id_tables
            }
        self.made[state] = _Made()

    def _ensure(self, state: str) -> None:
        if "empty" not in self.checksums:
            from ocpizza_desk.services.context import ServiceContext
            from tests.conftest import _empty_all_tables

            ctx = ServiceContext(self.config)
            try:
                _empty_all_tables(ctx)
            finally:
                ctx.close()
            self._keep("empty")
        if state == "demo" and (state not in self.checksums or self.made[state].stale()):
            self._restore("empty")
            _seed_demo(self.config)
            self._keep("demo")

    # ------------------------------------------------------------------ restoring a state

    def restore(self, state: str) -> DatabaseConfig:
        self._ensure(state)
        self._restore(state)
        return self.config

    def _restore(self, state: str) -> None:
        with self.engine.connect() as connection:
            self._put_back_triggers(connection)
            connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 0, UNIQUE_CHECKS = 0")
            try:
                self._restore_tables(connection, state)
            finally:
                connection.rollback()
                connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 1, UNIQUE_CHECKS = 1")

    def _put_back_triggers(self, connection) -> None:
        """Every trigger there was when the states were first made is there again (a test
        that set some aside and failed leaves nothing behind). Triggers added since are left
        alone: the store-scope triggers `staff_accounts` installs for the whole session (they
        let root through, so a refill does not need them set aside)."""
        present = self._trigger_names(connection)
        for name in sorted(set(self.triggers) - present):
            connection.exec_driver_sql(self.triggers[name][3])

    def _restore_tables(self, connection, state: str) -> None:
        """Each table whose checksum differs from the state's: first its rows added after
        the state's last id are deleted (a test mostly adds rows; the DELETE refusals set
        aside meanwhile); if it still differs, it is emptied and filled again from the
        state's copy. A refill fires the AFTER triggers that update other tables (the change
        marks, refilled after it or in the next round); the BEFORE INSERT ones, which would
        rewrite the rows themselves, and those adding rows elsewhere (a store's journal head)
        are set aside, and the tables that refuse DELETE are emptied by TRUNCATE, which fires
        no trigger."""
        wanted = self.checksums[state]
        copy = self.copies[state]
        live = self._checksums(connection)
        missing = sorted(t for t, checksum in live.items() if checksum is None)
        if missing:
            raise RuntimeError(f"a test dropped tables of the session's database: {missing}")
        dirty = [t for t in self.tables if live[t] != wanted[t]]
        trimmed = [t for t in dirty if t in self.id_tables]
        # The refusals of DELETE (the takings' records) set aside while trimming.
        aside = self._triggers_of(trimmed, "BEFORE", "DELETE")
        for name in aside:
            connection.exec_driver_sql(f"DROP TRIGGER `{name}`")
        try:
            for table in trimmed:
                last = self.last_ids[state][table]
                where = "" if last is None else f" WHERE id > {int(last)}"
                connection.exec_driver_sql(f"DELETE FROM `{table}`{where}")
            connection.commit()
        finally:
            connection.rollback()
            for name in aside:
                connection.exec_driver_sql(self.triggers[name][3])
        if trimmed:  # all of them again: a trim fires the AFTER DELETE change marks
            live = self._checksums(connection)
            dirty = [t for t in self.tables if live[t] != wanted[t]]
        for _round in range(4):
            if not dirty:
                return
            aside = sorted(
                set(self._triggers_of(dirty, "BEFORE", "INSERT"))
                | {n for n in self._triggers_of(dirty, "AFTER", "INSERT") if self._inserts(n)}
            )
            # Tables whose triggers touch others first: those others are put back after.
            dirty.sort(key=lambda t: not any(v[2] == t for v in self.triggers.values()))
            for name in aside:
                connection.exec_driver_sql(f"DROP TRIGGER `{name}`")
            try:
                for table in dirty:
                    if self._has_trigger(table, "BEFORE", "DELETE"):
                        connection.exec_driver_sql(f"TRUNCATE TABLE `{table}`")
                    else:
                        connection.exec_driver_sql(f"DELETE FROM `{table}`")
                    connection.exec_driver_sql(
                        f"INSERT INTO `{table}` SELECT * FROM `{copy}`.`{table}`"
                    )
                connection.commit()
            finally:
                connection.rollback()
                for name in aside:
                    connection.exec_driver_sql(self.triggers[name][3])
            live = self._checksums(connection)
            dirty = [t for t in self.tables if live[t] != wanted[t]]
        raise RuntimeError(f"the tables {dirty} do not come back to the {state!r} state")

    def close(self) -> None:
        from ocpizza_desk.ops.scratch import drop_database

        self.engine.dispose()
        for url in self.copy_urls:
            drop_database(url)
