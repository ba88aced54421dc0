"""Demo data at scale: a million orders on MariaDB, and the bulk path against Core's.

Baseline: the same rows inserted with SQLAlchemy Core's executemany
(`connection.execute(insert(table), rows)`), the straightforward bulk path.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.db import models as m
from ocpizza_desk.db import schema
from ocpizza_desk.db.engine import create_engine_for
from ocpizza_desk.ops.scratch import create_database, drop_database
from ocpizza_desk.ops.seed import HISTORY_COLUMNS, BulkWriter, seed_demo

HISTORY_ROWS = 300_000


def _fresh_engine(server: str):
    url = create_database(server, prefix="ocpizza_bench")
    engine = create_engine_for(DatabaseConfig(url=url, source="bench"), interactive=False)
    schema.upgrade(engine)
    return url, engine


def _history_rows(count: int):
    start = datetime(2026, 1, 1, tzinfo=UTC)
    return [
        (i + 1, 1, "received", "in_preparation", start + timedelta(seconds=i), None, None)
        for i in range(count)
    ]


def run(server: str, orders: int, keep: bool = False) -> tuple[str, str | None]:
    """The section, and the URL of the seeded database when `keep` (the caller drops it)."""
    url, engine = _fresh_engine(server)
    try:
        started = time.perf_counter()
        summary = seed_demo(engine, orders=orders)
        seed_seconds = time.perf_counter() - started
    except BaseException:
        drop_database(url)
        raise
    finally:
        engine.dispose()
    kept = url if keep else None
    if not keep:
        drop_database(url)

    # The bulk path against Core executemany on the same rows (status history, no FKs on).
    columns = HISTORY_COLUMNS
    rows = _history_rows(HISTORY_ROWS)
    timings = {}
    for label in ("core", "bulk"):
        url, engine = _fresh_engine(server)
        try:
            with engine.begin() as c:
                c.exec_driver_sql("SET foreign_key_checks = 0")
                started = time.perf_counter()
                if label == "core":
                    c.execute(
                        insert(m.OrderStatusChange.__table__),
                        [dict(zip(columns, r, strict=True)) for r in rows],
                    )
                else:
                    writer = BulkWriter(c)
                    writer.insert(
                        m.OrderStatusChange.__table__,
                        columns,
                        [(*r[:4], writer.ts(r[4]), *r[5:]) for r in rows],
                    )
                    writer.finish()
                timings[label] = time.perf_counter() - started
        finally:
            engine.dispose()
            drop_database(url)
    core_rate, bulk_rate = HISTORY_ROWS / timings["core"], HISTORY_ROWS / timings["bulk"]
    target = f"{seed_seconds / 180:.2f} of the target" if orders == 1_000_000 else "-"
    section = (
        "## Demo data at scale (MariaDB)\n\n"
        "| measure | value | baseline (same run) | ratio |\n|---|---|---|---|\n"
        f"| `demo seed --orders {orders:,}` | {seed_seconds:.0f} s for {summary.rows:,} rows "
        f"({summary.rows / seed_seconds:,.0f} rows/s) | target: 1,000,000 orders in < 180 s "
        f"| {target} |\n"
        f"| bulk insert, {HISTORY_ROWS:,} status rows | {bulk_rate:,.0f} rows/s | Core "
        f"executemany {core_rate:,.0f} rows/s | × {bulk_rate / core_rate:.1f} |\n"
    )
    return section, kept
