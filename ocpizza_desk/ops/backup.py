"""Backups of the shared database: create, list, verify, restore, prune. No Qt here.

One backup is one uncompressed tar file named by its UTC time (`ocpizza-2026-11-29T031500Z.tar`,
so names sort by age) holding:

- `manifest.json`: format version, created_at (UTC), source backend, schema revision, rows per
  table, SHA-256 of every data file, the tool used, the application's version;
- `manifest.sha256`: the manifest's own digest, so a damaged manifest is noticed too;
- the data, gzip-compressed, in one of three kinds:
  - `sqlite-file` (`database.sqlite3.gz`): SQLite's online backup API copied the live file
    page by page into a temporary file (readers and writers carry on meanwhile);
  - `sql` (`dump.sql.gz`): `mariadb-dump`/`mysqldump --single-transaction`, when one is on the
    PATH (the password goes through a private temporary defaults file, never the command line);
  - `jsonl` (`tables/<table>.jsonl.gz`): the built-in dump, used when no dump tool is there:
    one REPEATABLE READ transaction opened WITH CONSISTENT SNAPSHOT, each table read in
    primary-key order and streamed in chunks. First line of a file: {"table", "columns"};
    then one JSON array per row, the driver's values as they are, with datetimes, dates,
    times, decimals and bytes tagged ({"$dt": iso}, {"$d"}, {"$t"}, {"$dec"}, {"$b64"}).

The tables are those of `Base.metadata` found in the database, plus `alembic_version`.

Restore replaces the target database: it refuses one that holds data unless `force`. A
`sqlite-file` backup is copied back with the backup API (schema, triggers and data at once);
a `sql` dump is fed to the `mariadb`/`mysql` client after the target's tables are dropped;
a `jsonl` dump (into SQLite or MariaDB alike) goes in two steps: the migrations build the
schema at the backup's revision, then the rows are loaded with foreign-key checks and the
change-mark triggers set aside (the backup holds the marks themselves). Last, the GDPR
erasure log of the database being replaced (read before it is replaced) is replayed with
`services.customers.apply_erasure`: a customer erased after the backup was taken is erased
again in the restored copy. A MariaDB database that uses per-staff accounts gets its
routines and store-scope triggers created again for its name (`accounts.restore_routines`).
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import hashlib
import io
import json
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, column, inspect, table, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ocpizza_desk import APP_AUTHOR, APP_NAME, __version__
from ocpizza_desk.config import DatabaseConfig, sqlite_url
from ocpizza_desk.db import accounts, schema, triggers
from ocpizza_desk.db.engine import build_url, create_engine_for, tls_context
from ocpizza_desk.db.models import Base
from ocpizza_desk.db.setting_keys import LAST_BACKUP_KEY
from ocpizza_desk.domain.errors import DomainError

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
PREFIX = "ocpizza-"
SUFFIX = ".tar"
STAMP = "%Y-%m-%dT%H%M%SZ"
NAME = re.compile(r"^ocpizza-(\d{4}-\d{2}-\d{2}T\d{6}Z)(?:-(\d+))?\.tar$")
MANIFEST, MANIFEST_DIGEST = "manifest.json", "manifest.sha256"
SQLITE_MEMBER, SQL_MEMBER, TABLES_DIR = "database.sqlite3.gz", "dump.sql.gz", "tables"
KIND_SQLITE, KIND_SQL, KIND_JSONL = "sqlite-file", "sql", "jsonl"
CHUNK = 2_000
DUMP_TOOLS = ("mariadb-dump", "mysqldump")
CLIENT_TOOLS = ("mariadb", "mysql")
NOT_DATA = frozenset({schema.VERSION_TABLE, "change_marks"})  # no data of their own

Progress = Callable[[str, float], None]


def _quiet(_step: str, _fraction: float) -> None:
    pass


def default_folder() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR) / "backups"


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # aware, UTC (from the file name: readable even when damaged)
    size: int
    backend: str | None = None
    revision: str | None = None
    kind: str | None = None
    tool: str | None = None
    app_version: str | None = None
    row_counts: dict[str, int] = field(default_factory=dict)
    verified: bool | None = None  # None: never verified
    verified_at: datetime | None = None
    problem: str | None = None  # the manifest could not be read

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def total_rows(self) -> int:
        return sum(self.row_counts.values())


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    checksums_ok: bool
    damaged: tuple[str, ...] = ()  # the members whose checksum differs, or "archive"
    restored: bool = False  # a test restore was made
    count_mismatches: tuple[tuple[str, int, int], ...] = ()  # table, manifest, restored
    revision: str | None = None
    revision_ok: bool = False
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return (
            self.checksums_ok
            and self.restored
            and self.revision_ok
            and not self.count_mismatches
            and not self.problems
        )


@dataclass(frozen=True)
class RestoreReport:
    revision: str
    tables: int
    rows: int
    erasures_replayed: int
    erasure_log: str  # "target", "other database", "none" (nothing to read it from)
    safety_copy: Path | None = None  # the replaced database, backed up just before


@dataclass(frozen=True)
class PruneDecision:
    info: BackupInfo
    keep: bool
    reason: str  # in English, for the log and the console
    rule: str = ""  # RULE_DAILY, RULE_WEEKLY... (the screens say it in their language)
    day: date | None = None  # the Paris day, or the first day of the week, the rule is about


@dataclass(frozen=True)
class PruneReport:
    decisions: tuple[PruneDecision, ...]
    dry_run: bool

    @property
    def kept(self) -> list[BackupInfo]:
        return [d.info for d in self.decisions if d.keep]

    @property
    def deleted(self) -> list[BackupInfo]:
        return [d.info for d in self.decisions if not d.keep]


# --------------------------------------------------------------------------- create


def create(
    config: DatabaseConfig | Any,
    folder: Path | str | None = None,
    progress: Progress | None = None,
    method: str = "auto",
    now: datetime | None = None,
) -> BackupInfo:
    """Back the database up into `folder`; `method`: "auto", "builtin" or "tool".

    "auto" uses the dump tool on MySQL/MariaDB when one is on the PATH, else the built-in
    dump; SQLite always goes through its online backup API unless "builtin" is asked.
    """
    config = getattr(config, "config", config)  # a ServiceContext will do too
    report = progress or _quiet
    folder = Path(folder) if folder else default_folder()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # customers' data: owner only
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    target = _free_name(folder, stamp)
    work = Path(tempfile.mkdtemp(prefix=".partial-", dir=folder))
    try:
        report("backup", 0.0)
        if config.is_sqlite:
            if method == "builtin":
                manifest = _dump_builtin(config, work, report)
            else:
                manifest = _dump_sqlite(config, work, report)
        else:
            tool = _dump_tool() if method in ("auto", "tool") else None
            if method == "tool" and tool is None:
                raise DomainError("backup.tool_missing", tool=" / ".join(DUMP_TOOLS))
            if tool is not None:
                manifest = _dump_with_tool(config, tool, work, report)
            else:
                manifest = _dump_builtin(config, work, report)
        manifest |= {
            "format_version": FORMAT_VERSION,
            "created_at": stamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "app_version": __version__,
        }
        _write_archive(work, manifest, target)
        report("backup", 1.0)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    log.info("backup written: %s (%s rows)", target.name, sum(manifest["row_counts"].values()))
    _record_last_backup(config, stamp, target)
    return read_info(target)


def _record_last_backup(config: DatabaseConfig, stamp: datetime, target: Path) -> None:
    """Tells monitoring when the last good backup was taken, in the database itself (every PC
    and the metrics server see it). The backup is written already: failing here only warns."""
    value = {"at": stamp.strftime("%Y-%m-%dT%H:%M:%SZ"), "file": target.name}
    settings = table("app_settings", column("key"), column("value"), column("updated_at"))
    engine = create_engine_for(config, interactive=False)
    try:
        with engine.begin() as connection:
            row = {"value": json.dumps(value), "updated_at": stamp.replace(tzinfo=None)}
            done = connection.execute(
                settings.update().where(settings.c.key == LAST_BACKUP_KEY).values(**row)
            )
            if done.rowcount == 0:
                connection.execute(settings.insert().values(key=LAST_BACKUP_KEY, **row))
    except Exception:  # never undo a good backup over a status row
        log.warning("backup written but its time could not be recorded", exc_info=True)
    finally:
        engine.dispose()


def _free_name(folder: Path, stamp: datetime) -> Path:
    base = PREFIX + stamp.strftime(STAMP)
    path, n = folder / (base + SUFFIX), 1
    while path.exists():
        path, n = folder / f"{base}-{n}{SUFFIX}", n + 1
    return path


def _backed_up_tables(connection) -> list[str]:
    """Base.metadata's tables present in the database (parents first), plus alembic_version."""
    present = set(inspect(connection).get_table_names())
    names = [t.name for t in Base.metadata.sorted_tables if t.name in present]
    if schema.VERSION_TABLE in present:
        names.append(schema.VERSION_TABLE)
    return names


def _dump_sqlite(config: DatabaseConfig, work: Path, report: Progress) -> dict:
    source = _sqlite_path(config)
    if not source.is_file():
        raise DomainError("backup.unreadable", name=str(source), detail="no such file")
    copy = work / "database.sqlite3"
    src, dst = sqlite3.connect(source), sqlite3.connect(copy)
    try:

        def pages(_status: int, remaining: int, total: int) -> None:
            report("backup", 0.8 * (1 - remaining / total) if total else 0.8)

        src.backup(dst, pages=256, progress=pages)
    finally:
        src.close()
        dst.close()
    counts, revision = _sqlite_counts(copy)
    _gzip_file(copy, work / SQLITE_MEMBER)
    copy.unlink()
    return {
        "backend": "sqlite",
        "kind": KIND_SQLITE,
        "tool": f"sqlite3 online backup API (SQLite {sqlite3.sqlite_version})",
        "revision": revision,
        "row_counts": counts,
        "files": [SQLITE_MEMBER],
    }


def _sqlite_counts(path: Path) -> tuple[dict[str, int], str | None]:
    connection = sqlite3.connect(path)
    try:
        present = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        names = [t.name for t in Base.metadata.sorted_tables if t.name in present]
        counts = {n: connection.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
        revision = None
        if schema.VERSION_TABLE in present:
            counts[schema.VERSION_TABLE] = connection.execute(
                f"SELECT COUNT(*) FROM {schema.VERSION_TABLE}"
            ).fetchone()[0]
            row = connection.execute(f"SELECT version_num FROM {schema.VERSION_TABLE}").fetchone()
            revision = row[0] if row else None
        return counts, revision
    finally:
        connection.close()


def _sqlite_path(config: DatabaseConfig) -> Path:
    database = make_url(config.url).database
    if not database or database == ":memory:":
        raise DomainError("backup.unreadable", name=config.display_url, detail="not a file")
    return Path(database)


def _gzip_file(source: Path, target: Path) -> None:
    with source.open("rb") as raw, gzip.open(target, "wb", compresslevel=6) as packed:
        shutil.copyfileobj(raw, packed, 1 << 20)


# ---- built-in dump


def _dump_builtin(config: DatabaseConfig, work: Path, report: Progress) -> dict:
    engine = create_engine_for(config, interactive=False)
    (work / TABLES_DIR).mkdir()
    counts: dict[str, int] = {}
    files: list[str] = []
    revision = None
    try:
        with engine.connect() as connection:
            mysql = connection.dialect.name != "sqlite"
            if mysql:
                connection.exec_driver_sql(
                    "SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ"
                )
                # Every table read as of this one moment, without locking the writers.
                connection.exec_driver_sql("START TRANSACTION WITH CONSISTENT SNAPSHOT")
            names = _backed_up_tables(connection)  # the SQLite snapshot starts on this read
            quote = connection.dialect.identifier_preparer.quote
            for number, name in enumerate(names):
                report("backup", 0.9 * number / max(len(names), 1))
                columns = [c["name"] for c in inspect(connection).get_columns(name)]
                keys = inspect(connection).get_pk_constraint(name)["constrained_columns"]
                order = ", ".join(quote(k) for k in (keys or columns))
                member = f"{TABLES_DIR}/{name}.jsonl.gz"
                rows = 0
                with gzip.open(work / member, "wt", encoding="utf-8", compresslevel=6) as out:
                    out.write(json.dumps({"table": name, "columns": columns}) + "\n")
                    result = connection.execution_options(stream_results=True).exec_driver_sql(
                        f"SELECT {', '.join(quote(c) for c in columns)} "
                        f"FROM {quote(name)} ORDER BY {order}"
                    )
                    for chunk in result.partitions(CHUNK):
                        for row in chunk:
                            out.write(json.dumps([*row], default=_tag) + "\n")
                        rows += len(chunk)
                        if name == schema.VERSION_TABLE and chunk:
                            revision = chunk[0][0]
                counts[name] = rows
                files.append(member)
            connection.rollback()
    finally:
        engine.dispose()
    return {
        "backend": "sqlite" if config.is_sqlite else "mysql",
        "kind": KIND_JSONL,
        "tool": "built-in consistent-snapshot dump",
        "revision": revision,
        "row_counts": counts,
        "files": files,
    }


def _tag(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    if isinstance(value, time):
        return {"$t": value.isoformat()}
    if isinstance(value, timedelta):
        return {"$td": value.total_seconds()}
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    if isinstance(value, bytes | bytearray | memoryview):
        return {"$b64": base64.b64encode(bytes(value)).decode("ascii")}
    raise TypeError(f"cannot back up a value of type {type(value).__name__}")


_UNTAG: dict[str, Callable[[Any], Any]] = {
    "$dt": datetime.fromisoformat,
    "$d": date.fromisoformat,
    "$t": time.fromisoformat,
    "$td": lambda s: timedelta(seconds=s),
    "$dec": Decimal,
    "$b64": base64.b64decode,
}


def _untag(obj: dict) -> Any:
    if len(obj) == 1:
        ((key, value),) = obj.items()
        if key in _UNTAG:
            return _UNTAG[key](value)
    return obj


# ---- dump tool


def _dump_tool() -> str | None:
    for name in DUMP_TOOLS:
        found = shutil.which(name)
        if found:
            return found
    return None


def _client_tool() -> str | None:
    for name in CLIENT_TOOLS:
        found = shutil.which(name)
        if found:
            return found
    return None


def _is_mariadb_tool(tool: str) -> bool:
    if "mariadb" in Path(tool).name:
        return True
    try:
        done = subprocess.run([tool, "--version"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return "mariadb" in done.stdout.lower()


def _option_value(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


@contextlib.contextmanager
def _defaults_file(config: DatabaseConfig, tool: str) -> Iterator[str]:
    """A private [client] option file: the password never appears in a process list."""
    url = build_url(config)
    lines = ["[client]"]
    if url.username:
        lines.append(f"user={_option_value(url.username)}")
    if url.password is not None:
        lines.append(f"password={_option_value(str(url.password))}")
    if url.host:
        lines.append(f"host={url.host}")
    if url.port:
        lines.append(f"port={url.port}")
    tls = config.tls
    if tls.enabled:
        for key, value in (("ssl-ca", tls.ca_file), ("ssl-cert", tls.cert_file)):
            if value:
                lines.append(f"{key}={_option_value(value)}")
        if tls.key_file:
            lines.append(f"ssl-key={_option_value(tls.key_file)}")
        if _is_mariadb_tool(tool):
            lines += ["ssl", "ssl-verify-server-cert"]
        else:
            lines.append("ssl-mode=VERIFY_IDENTITY" if tls.ca_file else "ssl-mode=REQUIRED")
    handle, path = tempfile.mkstemp(prefix="ocpizza-client-", suffix=".cnf")  # mode 0600
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        yield path
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)


_INSERT = re.compile(r"^INSERT INTO `([^`]+)` VALUES\s*")
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'", re.DOTALL)


def _dump_with_tool(config: DatabaseConfig, tool: str, work: Path, report: Progress) -> dict:
    engine = create_engine_for(config, interactive=False)
    try:
        with engine.connect() as connection:
            names = _backed_up_tables(connection)
    finally:
        engine.dispose()
    database = build_url(config).database
    if not database:
        raise DomainError("backup.unreadable", name=config.display_url, detail="no database")
    version = subprocess.run([tool, "--version"], capture_output=True, text=True).stdout.strip()
    counts = dict.fromkeys(names, 0)
    revision = None
    with _defaults_file(config, tool) as options:
        command = [
            tool,
            f"--defaults-extra-file={options}",  # must come first
            "--single-transaction",  # one consistent InnoDB snapshot, no table locks
            "--quick",
            "--skip-lock-tables",
            "--triggers",
            "--routines",  # the functions the per-staff accounts' triggers call
            "--hex-blob",
            "--tz-utc",
            "--default-character-set=utf8mb4",
            "--no-tablespaces",
            "--skip-dump-date",
            database,
            *names,
        ]
        with (
            tempfile.TemporaryFile() as errors,
            gzip.open(work / SQL_MEMBER, "wb", compresslevel=6) as out,
        ):
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors)
            assert process.stdout is not None
            done_tables: set[str] = set()
            current = None  # the table whose INSERT statement is being read
            for line in process.stdout:
                out.write(line)
                if current is None:
                    if not line.startswith(b"INSERT INTO `"):
                        continue
                    decoded = line.decode("utf-8", "surrogateescape")
                    match = _INSERT.match(decoded)
                    if not match:
                        continue
                    current, rows = match.group(1), decoded[match.end() :]
                    if current not in done_tables:
                        done_tables.add(current)
                        report("backup", 0.9 * len(done_tables) / max(len(names), 1))
                else:
                    rows = line.decode("utf-8", "surrogateescape")
                # One row a line (MariaDB) or all on one line (MySQL): newlines inside
                # strings are escaped, so a line never ends inside a string.
                stripped = _QUOTED.sub("''", rows)
                counts[current] = counts.get(current, 0) + stripped.count("(")
                if current == schema.VERSION_TABLE and revision is None:
                    found = _QUOTED.search(rows)
                    revision = found.group(0)[1:-1] if found else None
                if stripped.rstrip().endswith(";"):
                    current = None
            code = process.wait()
            if code != 0:
                errors.seek(0)
                detail = errors.read().decode("utf-8", "replace").strip().splitlines()
                raise DomainError(
                    "backup.tool_failed",
                    tool=Path(tool).name,
                    detail=detail[-1] if detail else f"exit code {code}",
                )
    return {
        "backend": "mysql",
        "kind": KIND_SQL,
        "tool": version or Path(tool).name,
        "revision": revision,
        "row_counts": counts,
        "files": [SQL_MEMBER],
    }


# ---- archive


def _sha256(stream: io.BufferedIOBase | Any) -> str:
    digest = hashlib.sha256()
    for block in iter(lambda: stream.read(1 << 20), b""):
        digest.update(block)
    return digest.hexdigest()


def _write_archive(work: Path, manifest: dict, target: Path) -> None:
    files = manifest.pop("files")
    checksums = {}
    for member in files:
        with (work / member).open("rb") as data:
            checksums[member] = _sha256(data)
    manifest["files"] = checksums
    body = json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8")
    digest = (hashlib.sha256(body).hexdigest() + "  " + MANIFEST + "\n").encode("ascii")
    partial = target.with_name(target.name + ".partial")
    try:
        _write_tar(partial, body, digest, work, files)
        os.chmod(partial, 0o600)
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk leaves no half backup behind
        raise
    partial.replace(target)  # a backup is there whole or not at all


def _write_tar(partial: Path, body: bytes, digest: bytes, work: Path, files) -> None:
    with tarfile.open(partial, "w", format=tarfile.PAX_FORMAT) as archive:
        for name, payload in ((MANIFEST, body), (MANIFEST_DIGEST, digest)):
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = (
                len(payload),
                int(datetime.now(UTC).timestamp()),
                0o600,
            )
            archive.addfile(info, io.BytesIO(payload))
        for member in files:
            archive.add(work / member, arcname=member, recursive=False)


def _read_manifest(archive: tarfile.TarFile) -> dict:
    try:
        body = archive.extractfile(MANIFEST).read()  # type: ignore[union-attr]
        recorded = archive.extractfile(MANIFEST_DIGEST).read().split()[0].decode()  # type: ignore[union-attr]
    except (KeyError, AttributeError, IndexError) as exc:
        raise ValueError("manifest missing") from exc
    if hashlib.sha256(body).hexdigest() != recorded:
        raise ValueError("manifest.json is damaged (checksum differs)")
    manifest = json.loads(body)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ValueError(f"unknown backup format {manifest.get('format_version')!r}")
    return manifest


def read_manifest(path: Path | str) -> dict:
    path = Path(path)
    try:
        with tarfile.open(path, "r:") as archive:
            return _read_manifest(archive)
    except (OSError, tarfile.TarError, ValueError) as exc:
        raise DomainError("backup.unreadable", name=path.name, detail=str(exc)) from exc


# --------------------------------------------------------------------------- list


def _stamp_of(path: Path) -> datetime | None:
    match = NAME.match(path.name)
    if not match:
        return None
    return datetime.strptime(match.group(1), STAMP).replace(tzinfo=UTC)


def _age_key(info: BackupInfo) -> tuple[datetime, int, str]:
    """Oldest first; two backups of one second: `name-1.tar` is the later one."""
    match = NAME.match(info.name)
    return info.created_at, int(match.group(2) or 0) if match else 0, info.name


def _verify_record(path: Path) -> Path:
    return path.with_name(path.name + ".verify.json")


def read_info(path: Path | str) -> BackupInfo:
    path = Path(path)
    stamp = _stamp_of(path) or datetime.fromtimestamp(path.stat().st_mtime, UTC)
    verified = verified_at = None
    record = _verify_record(path)
    if record.is_file():
        with contextlib.suppress(OSError, ValueError, KeyError):
            data = json.loads(record.read_text(encoding="utf-8"))
            if data["size"] == path.stat().st_size:  # a record of this very file
                verified = bool(data["ok"])
                verified_at = datetime.fromisoformat(data["at"])
    try:
        manifest = read_manifest(path)
    except DomainError as exc:
        return BackupInfo(
            path, stamp, path.stat().st_size, verified=verified, verified_at=verified_at,
            problem=str(exc.params.get("detail")),
        )  # fmt: skip
    return BackupInfo(
        path=path,
        created_at=stamp,
        size=path.stat().st_size,
        backend=manifest.get("backend"),
        revision=manifest.get("revision"),
        kind=manifest.get("kind"),
        tool=manifest.get("tool"),
        app_version=manifest.get("app_version"),
        row_counts=dict(manifest.get("row_counts", {})),
        verified=verified,
        verified_at=verified_at,
    )


def list_backups(folder: Path | str | None = None) -> list[BackupInfo]:
    """The backups in `folder`, oldest first (a missing folder has none)."""
    folder = Path(folder) if folder else default_folder()
    if not folder.is_dir():
        return []
    paths = sorted(p for p in folder.iterdir() if p.is_file() and NAME.match(p.name))
    return sorted((read_info(p) for p in paths), key=_age_key)


# --------------------------------------------------------------------------- verify


def verify(
    path: Path | str,
    scratch_server: DatabaseConfig | str | None = None,
    progress: Progress | None = None,
) -> VerifyReport:
    """Checksums first (each damaged member named), then a test restore into a throwaway
    database: a temporary SQLite file, or a scratch database on `scratch_server` (MariaDB)
    for a dump of MariaDB. Row counts and the schema revision are compared with the
    manifest. The outcome is recorded beside the backup for `list`."""
    report = progress or _quiet
    path = Path(path)
    if not path.is_file():
        raise DomainError("backup.not_found", name=str(path))
    report("verify", 0.0)
    result = _verify(path, scratch_server, report)
    with contextlib.suppress(OSError):
        _verify_record(path).write_text(
            json.dumps(
                {
                    "ok": result.ok,
                    "at": datetime.now(UTC).isoformat(),
                    "size": path.stat().st_size,
                    "damaged": result.damaged,
                    "problems": result.problems,
                }
            ),
            encoding="utf-8",
        )
    report("verify", 1.0)
    return result


def _verify(path: Path, scratch_server, report: Progress) -> VerifyReport:
    try:
        with tarfile.open(path, "r:") as archive:
            try:
                manifest = _read_manifest(archive)
            except (ValueError, json.JSONDecodeError) as exc:
                return VerifyReport(path, False, (MANIFEST,), problems=(str(exc),))
            damaged = []
            files = manifest.get("files", {})
            for number, (member, expected) in enumerate(sorted(files.items())):
                report("verify", 0.3 * number / max(len(files), 1))
                try:
                    stream = archive.extractfile(member)
                    found = _sha256(stream) if stream else None
                except (KeyError, tarfile.TarError, OSError):
                    found = None
                if found != expected:
                    damaged.append(member)
    except (OSError, tarfile.TarError) as exc:
        return VerifyReport(path, False, ("archive",), problems=(str(exc),))
    if damaged:
        return VerifyReport(path, False, tuple(damaged))
    kind = manifest["kind"]
    scratch_dir = None
    scratch_url = None
    tls_args = None
    try:
        if kind == KIND_SQL or (kind == KIND_JSONL and scratch_server is not None):
            if scratch_server is None:
                return VerifyReport(
                    path,
                    True,
                    problems=("no MariaDB server given for the test restore",),
                )
            from ocpizza_desk.ops import scratch

            server = (
                scratch_server
                if isinstance(scratch_server, DatabaseConfig)
                else DatabaseConfig(url=scratch_server, source="verify")
            )
            base = build_url(server)._replace(database=None)
            tls_args = {"ssl": tls_context(server.tls)} if server.tls.enabled else None
            scratch_url = scratch.create_database(
                base.render_as_string(hide_password=False), "ocpizza_verify", tls_args
            )
            target = DatabaseConfig(url=scratch_url, source="verify", tls=server.tls)
        else:
            scratch_dir = Path(tempfile.mkdtemp(prefix="ocpizza-verify-"))
            target = DatabaseConfig(url=sqlite_url(scratch_dir / "verify.sqlite3"), source="verify")
        try:
            restore(
                path,
                target,
                replay_erasures=False,
                progress=lambda _s, f: report("verify", 0.3 + 0.6 * f),
            )
        except DomainError as exc:
            return VerifyReport(path, True, problems=(exc.message("en"),))
        counts, revision = _counts_of(target)
    finally:
        if scratch_url:
            from ocpizza_desk.ops import scratch

            scratch.drop_database(scratch_url, tls_args)
        if scratch_dir:
            shutil.rmtree(scratch_dir, ignore_errors=True)
    expected = manifest.get("row_counts", {})
    mismatches = tuple(
        (name, expected.get(name, 0), counts.get(name, 0))
        for name in sorted(set(expected) | set(counts))
        if expected.get(name, 0) != counts.get(name, 0)
    )
    return VerifyReport(
        path,
        True,
        restored=True,
        count_mismatches=mismatches,
        revision=revision,
        revision_ok=revision == manifest.get("revision") and revision is not None,
    )


def _counts_of(config: DatabaseConfig) -> tuple[dict[str, int], str | None]:
    engine = create_engine_for(config, interactive=False)
    try:
        with engine.connect() as connection:
            counts = {
                name: connection.execute(text(f"SELECT COUNT(*) FROM {name}")).scalar_one()
                for name in _backed_up_tables(connection)
            }
        return counts, schema.current_revision(engine)
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- restore


def is_empty(engine: Engine) -> bool:
    """No row in any of the application's tables (a freshly migrated schema is empty)."""
    with engine.connect() as connection:
        for name in _backed_up_tables(connection):
            if name in NOT_DATA:
                continue
            if connection.execute(text(f"SELECT 1 FROM {name} LIMIT 1")).first() is not None:
                return False
    return True


def restore(
    path: Path | str,
    target: DatabaseConfig,
    force: bool = False,
    erasures_from: DatabaseConfig | None = None,
    progress: Progress | None = None,
    replay_erasures: bool = True,
    safety_folder: Path | str | None = None,
) -> RestoreReport:
    """Replace `target` with the backup, then replay the GDPR erasure log.

    The log is read from `erasures_from` when given (the live database, when restoring into
    another one), else from the target itself before it is replaced. With `safety_folder`,
    a target holding data is backed up there first: a restore of the wrong file can be undone.
    """
    report = progress or _quiet
    path = Path(path)
    if not path.is_file():
        raise DomainError("backup.not_found", name=str(path))
    manifest = read_manifest(path)
    revision = manifest.get("revision")
    kind = manifest.get("kind")
    if revision and revision not in schema.known_revisions():
        raise DomainError("backup.unknown_revision", name=path.name, revision=revision)
    target_backend = "sqlite" if target.is_sqlite else "mysql"
    if (kind == KIND_SQLITE and target_backend != "sqlite") or (
        kind == KIND_SQL and target_backend != "mysql"
    ):
        raise DomainError(
            "backup.other_backend",
            name=path.name,
            source=manifest.get("backend"),
            target=target_backend,
        )
    report("restore", 0.0)
    ensure_database(target)
    engine = create_engine_for(target, interactive=False)
    safety = None
    try:
        holds_data = not is_empty(engine)
        if holds_data and not force:
            raise DomainError("backup.target_not_empty", target=target.display_url)
        erasures, log_source = [], "none"
        if replay_erasures:
            erasures, log_source = _erasure_log(engine, erasures_from)
    finally:
        engine.dispose()
    if holds_data and safety_folder is not None:
        safety = create(target, safety_folder, lambda _s, f: report("restore", 0.2 * f)).path
    with (
        tempfile.TemporaryDirectory(prefix="ocpizza-restore-") as scratch_dir,
        tarfile.open(path, "r:") as archive,
    ):
        _check_members(archive, manifest, path)
        if kind == KIND_SQLITE:
            _restore_sqlite(archive, Path(scratch_dir), target, report)
        elif kind == KIND_SQL:
            _restore_sql(archive, target, report)
        else:
            _restore_jsonl(archive, manifest, target, revision, report)
    engine = create_engine_for(target, interactive=False)
    try:
        if target_backend == "mysql":
            _restore_routines(engine)
        replayed = _replay(engine, erasures) if erasures else 0
    finally:
        engine.dispose()
    report("restore", 1.0)
    counts = manifest.get("row_counts", {})
    log.info("restored %s (%s), %s erasures replayed", path.name, revision, replayed)
    return RestoreReport(revision, len(counts), sum(counts.values()), replayed, log_source, safety)


def _restore_routines(engine: Engine) -> None:
    """The per-staff accounts' routines and triggers back in the restored database; an
    account without the right to create them (not the owner) leaves it to `db upgrade`."""
    try:
        with engine.begin() as connection:
            if accounts.restore_routines(connection) is not None:
                log.info("restore: the per-staff accounts' routines and triggers created again")
    except DBAPIError as exc:
        log.warning(
            "restore: the per-staff accounts' routines not created (%s); run `ocpizza-desk "
            "db upgrade` as the database's owner",
            type(exc).__name__,
        )


def ensure_database(config: DatabaseConfig) -> None:
    """A MariaDB database that does not exist yet (a new server) is created, empty."""
    if config.is_sqlite:
        return
    url = build_url(config)
    name = url.database
    if not name or not re.fullmatch(r"[A-Za-z0-9_$]+", name):
        return  # left to the connection's own error
    tls_args = {"ssl": tls_context(config.tls)} if config.tls.enabled else {}
    from sqlalchemy import create_engine

    server = create_engine(url._replace(database=None), connect_args=tls_args)
    try:
        with server.begin() as connection:
            connection.exec_driver_sql(
                f"CREATE DATABASE IF NOT EXISTS `{name}` "
                "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
            )
    except Exception as exc:  # no right to create: the database must exist already
        log.info("restore: could not make sure the database exists: %s", type(exc).__name__)
    finally:
        server.dispose()


def _check_members(archive: tarfile.TarFile, manifest: dict, path: Path) -> None:
    damaged = []
    for member, expected in manifest.get("files", {}).items():
        try:
            stream = archive.extractfile(member)
            found = _sha256(stream) if stream else None
        except (KeyError, tarfile.TarError, OSError):
            found = None
        if found != expected:
            damaged.append(member)
    if damaged:
        raise DomainError("backup.damaged", name=path.name, files=", ".join(damaged))


def _erasure_log(engine: Engine, other: DatabaseConfig | None) -> tuple[list[dict], str]:
    source, name = engine, "target"
    if other is not None:
        source, name = create_engine_for(other, interactive=False), "other database"
    try:
        with source.connect() as connection:
            if not inspect(connection).has_table("gdpr_erasures"):
                return [], "none" if other is None else name
            log_table = Base.metadata.tables["gdpr_erasures"]
            # Through the typed table: a SQLite text date comes back as a datetime.
            typed = connection.execute(log_table.select().order_by(log_table.c.id)).mappings()
            return [dict(r) for r in typed], name
    except Exception as exc:  # the live database may be the broken one
        if other is not None:
            raise
        log.warning("erasure log not readable from the target: %s", type(exc).__name__)
        return [], "none"
    finally:
        if other is not None:
            source.dispose()


def _replay(engine: Engine, erasures: list[dict]) -> int:
    """Erase again every customer the log says was erased but who is not in the copy; the
    log rows missing from the copy are added back, so a later restore still knows."""
    from sqlalchemy import insert, select
    from sqlalchemy.orm import Session

    from ocpizza_desk.db.models import Customer, GdprErasure
    from ocpizza_desk.services.customers import apply_erasure

    replayed = 0
    with Session(engine) as db, db.begin():
        customers = Customer.__table__
        ids = {e["customer_id"] for e in erasures}
        state = dict(
            db.execute(
                select(customers.c.id, customers.c.erased_at).where(customers.c.id.in_(ids))
            ).all()
        )
        logged = set(db.execute(select(GdprErasure.__table__.c.id)).scalars())
        users = set(db.execute(text("SELECT id FROM users")).scalars())
        for entry in erasures:
            customer = entry["customer_id"]
            if customer not in state:
                continue  # created after the backup: not in the copy, nothing to erase
            if state[customer] is None:
                apply_erasure(db, customer, entry["erased_at"])
                state[customer] = entry["erased_at"]
                replayed += 1
            if entry["id"] not in logged:
                values = dict(entry)
                if values.get("erased_by_id") not in users:
                    values["erased_by_id"] = None  # an account created after the backup
                db.execute(insert(GdprErasure.__table__).values(**values))
    return replayed


def _restore_sqlite(archive, scratch_dir: Path, target: DatabaseConfig, report: Progress) -> None:
    copy = scratch_dir / "restore.sqlite3"
    with (
        archive.extractfile(SQLITE_MEMBER) as packed,
        gzip.open(packed) as data,
        copy.open("wb") as out,
    ):
        shutil.copyfileobj(data, out, 1 << 20)
    report("restore", 0.3)
    destination = _sqlite_path(target)
    destination.parent.mkdir(parents=True, exist_ok=True)
    src, dst = sqlite3.connect(copy), sqlite3.connect(destination)
    try:

        def pages(_status: int, remaining: int, total: int) -> None:
            report("restore", 0.3 + 0.6 * (1 - remaining / total) if total else 0.9)

        src.backup(dst, pages=256, progress=pages)
    finally:
        src.close()
        dst.close()


def _drop_tables(engine: Engine, extra: set[str]) -> None:
    """The application's tables (and the backup's) go, triggers with them."""
    with engine.begin() as connection:
        present = set(inspect(connection).get_table_names())
        ours = {t.name for t in Base.metadata.tables.values()} | {schema.VERSION_TABLE} | extra
        doomed = [n for n in present if n in ours]
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        else:
            connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 0")
        quote = connection.dialect.identifier_preparer.quote
        for name in doomed:
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS {quote(name)}")
        if connection.dialect.name != "sqlite":
            connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 1")


_DEFINER = re.compile(rb"/\*!50017 DEFINER=`[^`]*`@`[^`]*`\s*\*/ ?")


def _restore_sql(archive, target: DatabaseConfig, report: Progress) -> None:
    client = _client_tool()
    if client is None:
        raise DomainError("backup.tool_missing", tool=" / ".join(CLIENT_TOOLS))
    engine = create_engine_for(target, interactive=False)
    try:
        _drop_tables(engine, set())
    finally:
        engine.dispose()
    report("restore", 0.2)
    database = build_url(target).database
    member = archive.getmember(SQL_MEMBER)
    with _defaults_file(target, client) as options, tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [
                client,
                f"--defaults-extra-file={options}",
                "--default-character-set=utf8mb4",
                "--binary-mode",
                str(database),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
        assert process.stdin is not None
        try:
            with archive.extractfile(member) as packed, gzip.open(packed) as data:
                read = 0
                for line in data:
                    # Triggers are recreated by whoever restores (no SUPER needed).
                    process.stdin.write(_DEFINER.sub(b"", line) if b"DEFINER" in line else line)
                    read += len(line)
                    if read > 1 << 22:
                        report("restore", min(0.9, 0.2 + 0.7 * packed.tell() / member.size))
                        read = 0
            process.stdin.close()
        except BrokenPipeError:
            pass
        code = process.wait()
        if code != 0:
            errors.seek(0)
            lines = errors.read().decode("utf-8", "replace").strip().splitlines()
            raise DomainError(
                "backup.tool_failed",
                tool=Path(client).name,
                detail=lines[0][:300] if lines else f"exit code {code}",
            )


def _restore_jsonl(archive, manifest, target: DatabaseConfig, revision, report) -> None:
    engine = create_engine_for(target, interactive=False)
    try:
        members = [m for m in manifest["files"] if m.startswith(TABLES_DIR + "/")]
        names = {m[len(TABLES_DIR) + 1 : -len(".jsonl.gz")] for m in members}
        _drop_tables(engine, names)
        report("restore", 0.1)
        if revision:
            schema.upgrade(engine, revision)  # the schema of the backup's time
        report("restore", 0.2)
        sqlite = engine.dialect.name == "sqlite"
        total = max(sum(manifest.get("row_counts", {}).values()), 1)
        loaded = 0
        with triggers.suspended(engine), engine.begin() as connection:
            if sqlite:
                connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            else:
                connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 0")
            for member in members:
                with (
                    archive.extractfile(member) as packed,
                    gzip.open(packed, "rt", encoding="utf-8") as data,
                ):
                    header = json.loads(data.readline())
                    columns = header["columns"]
                    target_table = table(header["table"], *(column(c) for c in columns))
                    connection.execute(target_table.delete())
                    batch: list[dict] = []
                    for line in data:
                        row = json.loads(line, object_hook=_untag)
                        if sqlite:
                            row = [_for_sqlite(v) for v in row]
                        batch.append(dict(zip(columns, row, strict=True)))
                        if len(batch) >= CHUNK:
                            connection.execute(target_table.insert(), batch)
                            loaded += len(batch)
                            batch = []
                            report("restore", 0.2 + 0.75 * loaded / total)
                    if batch:
                        connection.execute(target_table.insert(), batch)
                        loaded += len(batch)
            if not sqlite:
                connection.exec_driver_sql("SET FOREIGN_KEY_CHECKS = 1")
    finally:
        engine.dispose()


def _for_sqlite(value: Any) -> Any:
    """MariaDB's typed values in SQLAlchemy's SQLite storage format (a cross-backend move)."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


# --------------------------------------------------------------------------- import


@dataclass(frozen=True)
class ImportReport:
    statements: int  # sent to the server
    tables: int
    rows: int
    revision: str | None  # the schema revision the imported data says it is at
    skipped: tuple[str, ...] = ()  # statements left out, by kind ("USE", "LOCK TABLES"...)
    erasures_replayed: int = 0
    safety_copy: Path | None = None  # the replaced database, backed up just before
    missing_triggers: tuple[str, ...] = ()


# Statements of a dump that would leave the database named on the command line, or need
# rights an application account has no business holding; left out, and said so.
_SKIPPED = (
    (re.compile(rb"USE\b", re.I), "USE"),
    (re.compile(rb"(CREATE|DROP)\s+(DATABASE|SCHEMA)\b", re.I), "CREATE/DROP DATABASE"),
    (re.compile(rb"(UN)?LOCK\s+TABLES?\b", re.I), "LOCK TABLES"),
    (re.compile(rb"SET\s+@@(GLOBAL\.GTID_PURGED|SESSION\.SQL_LOG_BIN)\b", re.I), "binary log"),
)
_VERSIONED = re.compile(rb"^/\*[M]?!\d*\s*")
_ANY_DEFINER = re.compile(
    rb"DEFINER\s*=\s*(?:`[^`]*`|'[^']*'|[^\s@]+)@(?:`[^`]*`|'[^']*'|\S+?)(?=\s)\s*", re.I
)
_DELIMITER = re.compile(rb"^\s*DELIMITER\s+(\S+)", re.I)


class SqlSplitter:
    """A SQL dump cut into statements, line by line, as the `mariadb` client does it: strings
    ('…', "…", `…` with their escapes), comments (`-- `, `#`, `/* */`; the executable
    `/*!40101 … */` ones are kept for the server) and the client's `DELIMITER` command, which
    mariadb-dump and phpMyAdmin use around triggers. Bytes, not text: a dump without
    --hex-blob holds raw binary inside its strings."""

    def __init__(self) -> None:
        self.delimiter = b";"
        self._pattern = self._compile()
        self._parts: list[bytes] = []
        self._text = False  # the statement being read has more than blanks and comments
        self._quote: bytes | None = None
        self._escaped = False  # a backslash ended the previous line inside a string
        self._block = False
        self.line = 0  # lines read
        self.start_line = 1  # where the statement being read began

    def _compile(self) -> re.Pattern[bytes]:
        return re.compile(rb"['\"`#]|--(?=[ \t\r\n])|--$|/\*|" + re.escape(self.delimiter))

    def feed(self, line: bytes) -> list[tuple[int, bytes]]:
        """The statements this line completes, each with the line it started on."""
        self.line += 1
        done: list[tuple[int, bytes]] = []
        if not self._text and not self._quote and not self._block:
            found = _DELIMITER.match(line)
            if found:
                self.delimiter = found.group(1)
                self._pattern = self._compile()
                self._parts = []
                return done
            if not line.strip():
                return done
            self.start_line = self.line
        pos, end = 0, len(line)
        while pos < end:
            if self._block:
                close = line.find(b"*/", pos)
                if close < 0:
                    self._parts.append(line[pos:])
                    break
                self._parts.append(line[pos : close + 2])
                self._block, pos = False, close + 2
                continue
            if self._quote:
                pos = self._in_string(line, pos)
                continue
            found = self._pattern.search(line, pos)
            if found is None:
                self._add(line[pos:])
                break
            token = found.group(0)
            if token in (b"'", b'"', b"`"):
                self._add(line[pos : found.end()])
                self._quote, pos = token, found.end()
            elif token == b"#" or token.startswith(b"--"):
                self._add(line[pos : found.start()] + b"\n")  # the rest is a comment
                break
            elif token == b"/*":
                self._add(line[pos : found.end()])
                self._block, pos = True, found.end()
            else:  # the delimiter
                self._add(line[pos : found.start()])
                statement = b"".join(self._parts).strip()
                if statement:
                    done.append((self.start_line, statement))
                self._parts, self._text, pos = [], False, found.end()
                self.start_line = self.line
        return done

    def _add(self, part: bytes) -> None:
        self._parts.append(part)
        if not self._text and part.strip():
            self._text = True

    def _in_string(self, line: bytes, pos: int) -> int:
        quote, start = self._quote, pos
        assert quote is not None
        if self._escaped:  # the escaped character was this line's first
            self._escaped = False
            pos += 1
        while True:
            if quote == b"`":
                at = line.find(quote, pos)
            else:
                backslash, closing = line.find(b"\\", pos), line.find(quote, pos)
                at = closing if backslash < 0 or 0 <= closing < backslash else backslash
            if at < 0:
                self._parts.append(line[start:])
                return len(line)
            if line[at : at + 1] == b"\\":
                if at + 1 >= len(line):
                    self._escaped = True
                    self._parts.append(line[start:])
                    return len(line)
                pos = at + 2
                continue
            if line[at + 1 : at + 2] == quote:  # doubled: a quote inside the string
                pos = at + 2
                continue
            self._parts.append(line[start : at + 1])
            self._quote = None
            return at + 1

    def rest(self) -> tuple[int, bytes] | None:
        """A last statement without its delimiter (the end of the file ends it)."""
        statement = b"".join(self._parts).strip()
        if self._quote or self._block:
            raise ValueError(f"the file ends inside a string or a comment (line {self.line})")
        return (self.start_line, statement) if statement else None


def _skipped_kind(statement: bytes) -> str | None:
    head = _VERSIONED.sub(b"", statement[:200], count=1)
    for pattern, kind in _SKIPPED:
        if pattern.match(head):
            return kind
    return None


def _without_definer(statement: bytes) -> bytes:
    """Triggers come back owned by whoever imports (no SUPER or SET USER right needed)."""
    head = _VERSIONED.sub(b"", statement[:60], count=1).upper()
    if not head.startswith(b"CREATE") or b"DEFINER" not in statement[:400].upper():
        return statement
    statement = _DEFINER.sub(b"", statement)
    head, tail = statement[:400], statement[400:]
    return _ANY_DEFINER.sub(b"", head, count=1) + tail


def _open_dump(path: Path):
    raw = path.open("rb")
    magic = raw.read(2)
    raw.seek(0)
    if magic == b"\x1f\x8b":
        return raw, gzip.GzipFile(fileobj=raw)
    return raw, raw


def _expected_triggers(revision: str) -> set[str]:
    """The change-mark triggers a database at `revision` has (the migrations say so, run on a
    throwaway in-memory SQLite: the same names on both backends)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        schema.upgrade(engine, revision)
        with engine.connect() as connection:
            return {name for name, _ in triggers.definitions(connection)}
    finally:
        engine.dispose()


def import_sql(
    path: Path | str,
    target: DatabaseConfig,
    force: bool = False,
    safety_folder: Path | str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Load a plain SQL dump (mariadb-dump, mysqldump, phpMyAdmin's export; `.sql` or
    `.sql.gz`) into `target`, a MariaDB/MySQL database: "Importer un fichier" of the manual.

    A database holding data is refused unless `force`, and then backed up into
    `safety_folder` first. The application's tables are dropped before the load (a
    phpMyAdmin export has no DROP TABLE). `USE`, `CREATE DATABASE` and `LOCK TABLES` are
    left out (the dump goes where the command says), triggers lose their DEFINER. The
    statements go one by one on one connection, foreign-key checks off; an error stops the
    import naming the line (the server's message may quote data: it goes to the console
    only, never to the log). Afterwards the GDPR erasure log of the replaced database is
    replayed, and the revision and the change-mark triggers are read back."""
    report = progress or _quiet
    path = Path(path)
    if not path.is_file():
        raise DomainError("backup.not_found", name=str(path))
    if target.is_sqlite:
        raise DomainError("backup.import_not_mysql", name=path.name)
    report("import", 0.0)
    ensure_database(target)
    engine = create_engine_for(target, interactive=False, read_timeout_s=3600)
    safety = None
    try:
        holds_data = not is_empty(engine)
        if holds_data and not force:
            raise DomainError("backup.target_not_empty", target=target.display_url)
        erasures, _source = _erasure_log(engine, None)
        if holds_data and safety_folder is not None:
            safety = create(target, safety_folder, lambda _s, f: report("import", 0.1 * f)).path
        _drop_tables(engine, set())
        statements, skipped = _run_dump(engine, path, report)
        replayed = _replay(engine, erasures) if erasures else 0
        revision = schema.current_revision(engine)
    finally:
        engine.dispose()
    missing: tuple[str, ...] = ()
    if revision in schema.known_revisions():
        engine = create_engine_for(target, interactive=False)
        try:
            with engine.connect() as connection:
                present = {name for name, _ in triggers.definitions(connection)}
        finally:
            engine.dispose()
        missing = tuple(sorted(_expected_triggers(revision) - present))
    counts, _ = _counts_of(target)
    report("import", 1.0)
    log.info(
        "imported %s: %s statements, %s rows, revision %s",
        path.name,
        statements,
        sum(counts.values()),
        revision,
    )
    return ImportReport(
        statements=statements,
        tables=len(counts),
        rows=sum(counts.values()),
        revision=revision,
        skipped=tuple(sorted(skipped)),
        erasures_replayed=replayed,
        safety_copy=safety,
        missing_triggers=missing,
    )


def _run_dump(engine: Engine, path: Path, report: Progress) -> tuple[int, set[str]]:
    import pymysql

    size = max(path.stat().st_size, 1)
    splitter = SqlSplitter()
    sent, skipped = 0, set()
    raw_file, dump = _open_dump(path)
    connection = engine.raw_connection()
    try:
        driver = connection.driver_connection
        driver.autocommit(True)  # as the mariadb client: each statement on its own
        cursor = driver.cursor()
        cursor.execute("SET FOREIGN_KEY_CHECKS = 0")

        def send(line_number: int, statement: bytes) -> None:
            nonlocal sent
            kind = _skipped_kind(statement)
            if kind is not None:
                skipped.add(kind)
                return
            try:
                cursor.execute(_without_definer(statement))
                while cursor.nextset():
                    pass
            except pymysql.Error as exc:
                detail = exc.args[1] if len(exc.args) > 1 else str(exc)
                raise DomainError(
                    "backup.import_failed", name=path.name, line=line_number, detail=detail
                ) from None  # the statement (customers' data) stays out of any traceback
            sent += 1

        read, last = 0, 0
        with dump:
            for line in dump:
                for line_number, statement in splitter.feed(line):
                    send(line_number, statement)
                read += len(line)
                if read - last > 1 << 20:
                    last = read
                    report("import", 0.1 + 0.85 * min(1.0, raw_file.tell() / size))
            try:
                tail = splitter.rest()
            except ValueError as exc:
                raise DomainError(
                    "backup.import_failed", name=path.name, line=splitter.line, detail=str(exc)
                ) from None
            if tail is not None:
                send(*tail)
        cursor.execute("SET FOREIGN_KEY_CHECKS = 1")
        cursor.close()
    finally:
        connection.invalidate()  # its session variables were the dump's: never back in the pool
        connection.close()
        raw_file.close()
    return sent, skipped


# --------------------------------------------------------------------------- prune

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class RetentionPolicy:
    """What prune keeps (the hosting's rule in the operations manual: J-1, J-2, J-3, then
    the previous Sunday and the Sunday two weeks before).

    - the newest backup of each of the `keep_daily` most recent days that have a backup;
    - then, before those days, one backup a week for `keep_weekly` weeks: the *oldest* backup
      of each week starting on `weekly_day` (Sunday's night backup), so the copy kept for a
      week never changes once taken and ages undisturbed, each copy at least `weekly_gap_days`
      days older than the newer weekly copy.

    Days and weeks are Paris calendar days (the night backup at 00:01 Paris is dated the
    evening before in UTC). The newest backup of all is always kept, and so is one dated in
    the future (a PC clock ahead)."""

    keep_daily: int = 3
    keep_weekly: int = 2
    weekly_day: int = 6  # Monday 0 … Sunday 6
    weekly_gap_days: int = 7

    def __post_init__(self) -> None:
        if min(self.keep_daily, self.keep_weekly, self.weekly_gap_days) < 0:
            raise ValueError("retention counts must be zero or more")
        if not 0 <= self.weekly_day <= 6:
            raise ValueError("weekly_day is 0 (Monday) to 6 (Sunday)")

    @property
    def weekday_name(self) -> str:
        return WEEKDAYS[self.weekly_day]


DEFAULT_POLICY = RetentionPolicy()


def weekday_number(text: str | int) -> int:
    """Monday 0 … Sunday 6, from "sunday", "dimanche", "sun" or 6."""
    if isinstance(text, int):
        if 0 <= text <= 6:
            return text
        raise ValueError(f"not a weekday: {text!r}")
    french = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    wanted = text.strip().lower()
    for number, (english, other) in enumerate(zip(WEEKDAYS, french, strict=True)):
        if wanted and (english.startswith(wanted) or other.startswith(wanted)) and len(wanted) >= 3:
            return number
    raise ValueError(f"not a weekday: {text!r}")


def load_policy(config_file: Path | None = None) -> RetentionPolicy:
    """The `[backup]` section of the config file (keep_daily, keep_weekly, weekly_day,
    weekly_gap_days), else the manual's rule. A section that cannot be used is an error, not
    a silent default: prune deletes files."""
    from ocpizza_desk.config import ENV_CONFIG_FILE, ConfigError, default_config_file, read_section

    path = config_file or Path(os.environ.get(ENV_CONFIG_FILE) or default_config_file())
    section = read_section(path, "backup")
    if not section:
        return DEFAULT_POLICY
    known = {"keep_daily", "keep_weekly", "weekly_day", "weekly_gap_days"}
    if set(section) - known:
        unknown = ", ".join(sorted(set(section) - known))
        raise ConfigError(f"{path}: unknown keys in [backup]: {unknown}")
    try:
        values = {k: section[k] for k in known - {"weekly_day"} if k in section}
        if any(not isinstance(v, int) or isinstance(v, bool) for v in values.values()):
            raise ValueError("keep_daily, keep_weekly and weekly_gap_days are whole numbers")
        if "weekly_day" in section:
            values["weekly_day"] = weekday_number(section["weekly_day"])
        return RetentionPolicy(**values)
    except ValueError as exc:
        raise ConfigError(f"{path}: [backup]: {exc}") from exc


# Why a backup is kept, or not: PruneDecision.rule.
RULE_DAILY, RULE_WEEKLY, RULE_NEWEST, RULE_FUTURE = "daily", "weekly", "newest", "future"
RULE_SAME_DAY, RULE_SAME_WEEK, RULE_TOO_CLOSE, RULE_TOO_OLD = (
    "same-day",
    "same-week",
    "too-close",
    "too-old",
)
KEEPING_RULES = frozenset({RULE_DAILY, RULE_WEEKLY, RULE_NEWEST, RULE_FUTURE})


def local_day(moment: datetime) -> date:
    from ocpizza_desk.domain.clock import to_paris

    return to_paris(moment).date()


def _describe(rule: str, day: date | None, policy: RetentionPolicy) -> str:
    iso = day.isoformat() if day else "?"
    return {
        RULE_DAILY: f"daily {iso}",
        RULE_WEEKLY: f"weekly, week from {policy.weekday_name} {iso}",
        RULE_NEWEST: "newest backup",
        RULE_FUTURE: "dated in the future",
        RULE_SAME_DAY: f"a newer backup of {iso} is kept",
        RULE_SAME_WEEK: f"an older backup of the week from {iso} is kept",
        RULE_TOO_CLOSE: f"less than {policy.weekly_gap_days} days from the next weekly copy",
        RULE_TOO_OLD: "older than the schedule",
    }[rule]


def plan_prune(
    backups: Iterable[BackupInfo],
    policy: RetentionPolicy | None = None,
    now: datetime | None = None,
) -> list[PruneDecision]:
    """Which backups `policy` keeps and why (see RetentionPolicy), oldest first. Deletes
    nothing. Stable under the nightly "create, then prune": a backup kept as a weekly copy
    stays kept, ageing, until `keep_weekly` newer weekly copies exist."""
    policy = policy or DEFAULT_POLICY
    now = (now or datetime.now(UTC)).astimezone(UTC)
    ordered = sorted(backups, key=_age_key)  # oldest first
    decided: dict[Path, tuple[str, date | None]] = {}
    past = [b for b in ordered if b.created_at <= now]
    for info in ordered:
        if info.created_at > now:
            decided[info.path] = (RULE_FUTURE, local_day(info.created_at))
    # Daily: the newest backup of each of the last `keep_daily` days that have one.
    days = sorted({local_day(b.created_at) for b in past}, reverse=True)
    daily_days = set(days[: policy.keep_daily])
    seen: set[date] = set()
    for info in reversed(past):  # newest first: the first seen of a day is its copy
        day = local_day(info.created_at)
        if day in daily_days:
            decided[info.path] = (RULE_SAME_DAY if day in seen else RULE_DAILY, day)
            seen.add(day)
    # Weekly: among the days before the daily window, the oldest backup of each week.
    first_daily = min(daily_days) if daily_days else None
    older = [b for b in past if first_daily is None or local_day(b.created_at) < first_daily]
    weeks: dict[date, BackupInfo] = {}
    for info in older:  # oldest first: the first seen of a week is its copy
        day = local_day(info.created_at)
        start = day - timedelta(days=(day.weekday() - policy.weekly_day) % 7)
        if start in weeks:
            decided[info.path] = (RULE_SAME_WEEK, start)
        else:
            weeks[start] = info
    kept_weekly: list[date] = []
    for start in sorted(weeks, reverse=True):
        info = weeks[start]
        day = local_day(info.created_at)
        if len(kept_weekly) >= policy.keep_weekly:
            decided[info.path] = (RULE_TOO_OLD, start)
        elif kept_weekly and (kept_weekly[-1] - day).days < policy.weekly_gap_days:
            decided[info.path] = (RULE_TOO_CLOSE, start)
        else:
            decided[info.path] = (RULE_WEEKLY, start)
            kept_weekly.append(day)
    # A stopped schedule must never end with no backup at all.
    if past and decided[past[-1].path][0] not in KEEPING_RULES:
        decided[past[-1].path] = (RULE_NEWEST, local_day(past[-1].created_at))
    decisions = []
    for info in ordered:
        rule, day = decided.get(info.path, (RULE_TOO_OLD, None))
        keep = rule in KEEPING_RULES
        decisions.append(PruneDecision(info, keep, _describe(rule, day, policy), rule, day))
    return decisions


def prune(
    folder: Path | str | None = None,
    policy: RetentionPolicy | None = None,
    now: datetime | None = None,
    dry_run: bool = False,
) -> PruneReport:
    decisions = plan_prune(list_backups(folder), policy, now)
    if not dry_run:
        for decision in decisions:
            if not decision.keep:
                decision.info.path.unlink(missing_ok=True)
                _verify_record(decision.info.path).unlink(missing_ok=True)
                log.info("backup pruned: %s (%s)", decision.info.name, decision.reason)
    return PruneReport(tuple(decisions), dry_run)


list = list_backups  # `backup.list(folder)`; so: no builtin list() call in this module
