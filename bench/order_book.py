"""The order book over a million orders: how soon the first rows show, and what memory does
once the view has been scrolled to the very end, for head office (every order of the chain)
and for one store's manager.

Baseline, same run: Qt's own QSqlQueryModel over the same rows copied into SQLite. It is what
a Qt program gets for free, and it keeps every row it has fetched, so its memory grows with
the scroll. Each model runs in a subprocess of its own, so its RSS holds nothing of the
others; the subprocesses wait for pages in a QEventLoop, as a view does.
"""

from __future__ import annotations

import gc
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import UTC
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.gui.models.paged import KEEP_PAGES
from ocpizza_desk.services import orderbook
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.context import ServiceContext

REPEATS = 15  # first-rows timings per model, after one cold load
ROUNDS = 20  # orderbook.page calls per keyset position
CHUNK = 20_000  # rows per executemany when copying into SQLite
WAIT_MS = 120_000  # a page that takes longer than this is a failure, not a figure
ROOT = Path(__file__).resolve().parent.parent

# What OrderBookModel shows, as one plain query: QSqlQueryModel cannot run a second query per
# page, so the paid amount is a correlated subquery (the service sums payments per page).
BASELINE_SQL = (
    "SELECT o.id, o.store_id, s.name, o.created_at, o.promised_at, o.channel, o.mode, "
    "o.status, c.first_name, c.last_name, o.total_cents, o.version, "
    "(SELECT SUM(p.amount_cents) FROM payments p WHERE p.order_id = o.id) AS paid_cents "
    "FROM orders o JOIN stores s ON s.id = o.store_id "
    "LEFT JOIN customers c ON c.id = o.customer_id "
    "ORDER BY o.created_at DESC, o.id DESC"
)
# MariaDB table -> (its SELECT, the SQLite columns); DATETIME(6) cast to text sorts as it should.
COPIED = {
    "stores": ("SELECT id, name FROM stores", "id INTEGER PRIMARY KEY, name TEXT"),
    "customers": (
        "SELECT id, first_name, last_name FROM customers",
        "id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT",
    ),
    "orders": (
        "SELECT id, store_id, customer_id, CAST(created_at AS CHAR), CAST(promised_at AS CHAR), "
        "channel, mode, status, total_cents, version FROM orders",
        "id INTEGER PRIMARY KEY, store_id INTEGER, customer_id INTEGER, created_at TEXT, "
        "promised_at TEXT, channel TEXT, mode TEXT, status TEXT, total_cents INTEGER, "
        "version INTEGER",
    ),
    "payments": ("SELECT order_id, amount_cents FROM payments", "order_id INTEGER, amount_cents"),
}
INDEXES = (
    "CREATE INDEX ix_orders_created_at_id ON orders (created_at, id)",  # the ORDER BY
    "CREATE INDEX ix_payments_order_id ON payments (order_id)",
)


# --------------------------------------------------------------------------- in the subprocess


def _rss_mib() -> float:
    gc.collect()  # garbage that would go anyway is not memory the model holds
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def _wait(*signals: Any) -> None:
    """Run the event loop until one of `signals` fires, as a view waits for a page.

    QEventLoop.exec, not processEvents in a Python loop (a PySide6 bug makes the latter
    unsafe here); the results arrive through queued signals, so connecting before exec is
    soon enough."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    timer = QTimer(singleShot=True, interval=WAIT_MS)
    timer.timeout.connect(loop.quit)
    for signal in signals:
        signal.connect(loop.quit)
    timer.start()
    loop.exec()
    for signal in signals:
        signal.disconnect(loop.quit)
    if not timer.isActive():
        raise TimeoutError(f"nothing came in {WAIT_MS} ms")
    timer.stop()


def _book(url: str, user_id: int, role: str, store_id: int | None) -> dict[str, Any]:
    """OrderBookModel fed by the loader OrderBookScreen.reload() builds, no filter."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QGuiApplication

    from ocpizza_desk.gui.models.order_book import OrderBookModel
    from ocpizza_desk.gui.tasks import TaskRunner

    app = QGuiApplication([])  # noqa: F841 - the models need one alive
    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    session = StaffSession(user_id, "bench", "Bench", Role(role), store_id, None)
    model = OrderBookModel(TaskRunner(), show_store=store_id is None)
    errors: list[BaseException] = []
    model.load_failed.connect(errors.append)
    wanted = orderbook.OrderBookFilter()

    def loader(cursor: orderbook.Cursor | None) -> tuple[Any, orderbook.Cursor | None]:
        got = orderbook.page(ctx, session, wanted, cursor)
        return got.rows, got.next

    def wait(signal: Any) -> None:
        _wait(signal, model.load_failed)
        if errors:
            raise errors[0]

    def first_rows() -> float:
        started = time.perf_counter()
        model.load(loader)
        wait(model.rowsInserted)
        return (time.perf_counter() - started) * 1000

    cold = first_rows()
    rss_first = _rss_mib()
    first_id = model.index(0, 0).data()
    started = time.perf_counter()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        wait(model.rowsInserted)
    scroll = time.perf_counter() - started
    rss_end, rows, kept = _rss_mib(), model.rowCount(), model.pages_in_memory()
    # Row 0's page was evicted long ago: data() answers "…" and loads it again.
    evicted = model.index(0, 0).data() == "…"
    if evicted:
        wait(model.dataChanged)
    reread = model.index(0, 0).data() == first_id
    timings = [first_rows() for _ in range(REPEATS)]
    ctx.close()
    return dict(
        cold=cold, timings=timings, rss_first=rss_first, rss_end=rss_end, scroll=scroll,
        rows=rows, kept=kept, reread=reread, evicted=evicted,
    )  # fmt: skip


def _qsql(path: str) -> dict[str, Any]:
    """QSqlQueryModel over the SQLite copy, fetched to the end the way a view would."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSql import QSqlDatabase, QSqlQueryModel

    app = QGuiApplication([])  # noqa: F841 - the same kind of application as _book's
    db = QSqlDatabase.addDatabase("QSQLITE")
    db.setDatabaseName(path)
    if not db.open():
        raise RuntimeError(db.lastError().text())
    model = QSqlQueryModel()

    def first_rows() -> float:
        started = time.perf_counter()
        model.setQuery(BASELINE_SQL, db)  # runs the query and fetches the first 255 rows
        if model.lastError().isValid() or not model.rowCount():
            raise RuntimeError(model.lastError().text() or "no rows")
        return (time.perf_counter() - started) * 1000

    cold = first_rows()
    rss_first = _rss_mib()
    first_id = model.index(0, 0).data()
    started = time.perf_counter()
    while model.canFetchMore():
        model.fetchMore()
    scroll = time.perf_counter() - started
    rss_end, rows = _rss_mib(), model.rowCount()
    reread = model.index(0, 0).data() == first_id
    timings = [first_rows() for _ in range(REPEATS)]
    with closing(sqlite3.connect(path)) as connection:
        plan = [r[-1] for r in connection.execute("EXPLAIN QUERY PLAN " + BASELINE_SQL)]
    return dict(
        cold=cold, timings=timings, rss_first=rss_first, rss_end=rss_end, scroll=scroll,
        rows=rows, kept=None, reread=reread, evicted=False, plan=plan,
    )  # fmt: skip


# --------------------------------------------------------------------------- in the bench


def _child(**job: Any) -> dict[str, Any]:
    """One model measured in a fresh interpreter: its RSS is its own, not the bench's."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.order_book", json.dumps(job)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(f"order book subprocess failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _copy_to_sqlite(url: str) -> str:
    """The rows the order-book query reads, in bulk into a scratch SQLite file (one transaction)."""
    fd, path = tempfile.mkstemp(prefix="ocpizza_orderbook_", suffix=".sqlite", dir="/tmp")
    os.close(fd)
    engine = create_engine(url)
    target = sqlite3.connect(path)
    try:
        with engine.connect() as source, target:
            for table, (select, columns) in COPIED.items():
                target.execute(f"CREATE TABLE {table} ({columns})")
                result = source.execution_options(stream_results=True).exec_driver_sql(select)
                marks = ", ".join("?" * len(result.keys()))
                for chunk in result.partitions(CHUNK):
                    target.executemany(f"INSERT INTO {table} VALUES ({marks})", chunk)
            for statement in INDEXES:
                target.execute(statement)
        target.execute("ANALYZE")
    except BaseException:
        os.unlink(path)
        raise
    finally:
        target.close()
        engine.dispose()
    return path


def _keyset(ctx: ServiceContext, sessions: dict[str, StaffSession]) -> tuple[list[str], str]:
    """Per view: `orderbook.page` at the top and half-way down (p50 ms), and what MariaDB does
    for the half-way page (ANALYZE runs it: rows is the estimate, r_rows what was read)."""
    sent: list[tuple[str, Any]] = []
    listener = lambda *args: sent.append((args[2], args[3]))  # noqa: E731
    timings, plans = [], []
    raw = ctx.engine.raw_connection()
    try:
        for label, session in sessions.items():
            where = "" if session.store_id is None else f"WHERE store_id = {session.store_id}"
            with ctx.engine.connect() as c:
                count = c.execute(text(f"SELECT COUNT(*) FROM orders {where}")).scalar()
                created_at, order_id = c.execute(
                    text(
                        f"SELECT created_at, id FROM orders {where} "
                        f"ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET {count // 2}"
                    )
                ).one()
            half = orderbook.Cursor(created_at.replace(tzinfo=UTC), order_id)
            p50 = {}
            for name, after in (("top", None), ("half-way", half)):
                samples = []
                for _ in range(ROUNDS):
                    started = time.perf_counter()
                    orderbook.page(ctx, session, orderbook.OrderBookFilter(), after)
                    samples.append((time.perf_counter() - started) * 1000)
                p50[name] = statistics.median(samples)
            timings.append(
                f"{label} ({count:,} orders): top {p50['top']:.1f} ms, "
                f"half-way {p50['half-way']:.1f} ms"
            )
            sent.clear()
            event.listen(ctx.engine, "before_cursor_execute", listener)
            try:
                orderbook.page(ctx, session, orderbook.OrderBookFilter(), half)
            finally:
                event.remove(ctx.engine, "before_cursor_execute", listener)
            for statement, parameters in sent:
                if not statement.lstrip().upper().startswith("SELECT"):
                    continue
                cursor = raw.cursor()
                cursor.execute("ANALYZE " + statement, parameters)
                columns = [d[0] for d in cursor.description]
                for row in cursor.fetchall():
                    p = dict(zip(columns, row, strict=True))
                    plans.append(
                        f"{label:<12} table={p['table']} type={p['type']} key={p['key']} "
                        f"rows={p['rows']} r_rows={p['r_rows']} extra={p['Extra']}"
                    )
                cursor.close()
            raw.commit()
    finally:
        raw.close()
    return timings, "\n".join(plans)


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def run(url: str) -> str:
    """The section, measured on the seeded database at `url` (left as it was found)."""
    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    try:
        with ctx.engine.connect() as c:
            total = c.execute(text("SELECT COUNT(*) FROM orders")).scalar()
            head = c.execute(text("SELECT id FROM users WHERE role = 'head_office'")).scalar()
            manager, store_id, store = c.execute(
                text(
                    "SELECT u.id, s.id, s.name FROM users u JOIN stores s ON s.id = u.store_id "
                    "WHERE u.role = 'manager' ORDER BY s.id, u.id LIMIT 1"
                )
            ).one()
        sessions = {
            "head office": StaffSession(head, "bench", "Bench", Role.HEAD_OFFICE, None, None),
            "one store": StaffSession(manager, "bench", "Bench", Role.MANAGER, store_id, None),
        }
        keyset, plans = _keyset(ctx, sessions)
    finally:
        ctx.close()
    results = {
        "OrderBookModel (MariaDB, head office)": _child(
            url=url, user_id=head, role=Role.HEAD_OFFICE.value, store_id=None
        ),
        "OrderBookModel (MariaDB, one store)": _child(
            url=url, user_id=manager, role=Role.MANAGER.value, store_id=store_id
        ),
    }
    started = time.perf_counter()
    path = _copy_to_sqlite(url)
    copy_s = time.perf_counter() - started
    try:
        baseline = results["QSqlQueryModel (SQLite, same data)"] = _child(path=path)
    finally:
        os.unlink(path)

    b95 = _percentiles(baseline["timings"])[1]
    b_growth = baseline["rss_end"] - baseline["rss_first"]
    table = []
    for name, r in results.items():
        p50, p95 = _percentiles(r["timings"])
        growth = r["rss_end"] - r["rss_first"]
        ratio = (
            "baseline"
            if r is baseline
            else f"first rows × {p95 / b95:.2f} · growth × {growth / b_growth:.3f} · "
            f"scroll × {r['scroll'] / baseline['scroll']:.1f}"
        )
        table.append(
            f"| {name} | {r['rows']:,} | {p50:.1f} / {p95:.1f} (cold {r['cold']:.0f}) | "
            f"{r['rss_first']:.0f} | {r['rss_end']:.0f} | {growth:+.0f} | {r['scroll']:.1f} | "
            f"{r['kept'] if r['kept'] is not None else 'all'} | "
            f"{('yes, reloaded' if r['evicted'] else 'yes') if r['reread'] else '**no**'} | "
            f"{ratio} |"
        )
    keyset_lines = "".join(f"- {line}\n" for line in keyset)
    sqlite_plan = "\n".join(baseline["plan"])
    return (
        f"## (d) Order book over {total:,} orders: first rows, and memory scrolled to the end\n\n"
        f"Head office sees all {total:,} orders; the manager of {store} sees that store's. "
        f"Pages of {orderbook.PAGE_SIZE} rows, at most {KEEP_PAGES} kept in memory "
        f"({orderbook.PAGE_SIZE * KEEP_PAGES:,} rows); QSqlQueryModel fetches 255 rows at a "
        "time and keeps them all. First rows: from `load()` to the first `rowsInserted` "
        f"(baseline: `setQuery()`, which returns with its first rows), {REPEATS} loads after a "
        "cold one. Then `fetchMore()` until `canFetchMore()` is False, waiting for each page; "
        "each model in a subprocess of its own (RSS from /proc/self/status). Baseline: the same "
        f"rows copied into SQLite in {copy_s:.0f} s, the paid amount as a correlated subquery.\n\n"
        "| model | rows at the end | first rows p50 / p95 ms | RSS after first page MiB | "
        "RSS at the end MiB | growth MiB | scroll to the end s | pages kept | row 0 read "
        "back | ratio to the baseline (same run) |\n|---|---|---|---|---|---|---|---|---|---|\n"
        + "\n".join(table)
        + "\n\nWhat OrderBookModel still grows by is mostly its page index: where each page "
        "starts (a `_Page` and its cursor, about 300 bytes) for every page scrolled past. "
        "QSqlQueryModel keeps a QVariant (32 bytes, plus the text's own block for a string) "
        "for every value fetched.\n\n"
        f"`orderbook.page`, p50 of {ROUNDS} calls, at the top and half-way down:\n\n"
        f"{keyset_lines}\nThe half-way page on MariaDB (ANALYZE: rows estimated, r_rows "
        f"read):\n\n```\n{plans}\n```\n\n"
        f"The baseline's query on SQLite:\n\n```\n{sqlite_plan}\n```\n"
    )


if __name__ == "__main__":
    job = json.loads(sys.argv[1])
    print(json.dumps(_qsql(**job) if "path" in job else _book(**job)))
