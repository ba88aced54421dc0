"""Head-office reports over a million orders: the service against hand-written SQL.

A twelve-month report ending today over the seed's million orders (the seed spreads them over
its six months of history, so the year's report reads every one of them). Two sections are
timed against the same figures written by hand as one MariaDB query each, the way a DBA would
write them: revenue TTC and HT by store and month (HT rounded per order and VAT rate), and the
median and 90th percentile of preparation time per store with MariaDB's own PERCENTILE_DISC.
The whole report (every section, one transaction) is timed too. Runs alternate, medians kept.
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.db.sqlfunctions import paris_offsets
from ocpizza_desk.domain.clock import PARIS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.services import reports
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.context import REPORT_READ_TIMEOUT_S, ServiceContext
from ocpizza_desk.services.reports import Granularity, ReportRequest

REPEATS = 3


def _offset_case(column: str, start: datetime, end: datetime) -> str:
    spans = paris_offsets(start, end)
    whens = " ".join(
        f"WHEN {column} < '{until:%Y-%m-%d %H:%M:%S}' THEN {seconds}"
        for until, seconds in spans[:-1]
    )
    return f"CASE {whens} ELSE {spans[-1][1]} END" if whens else str(spans[-1][1])


def hand_revenue_sql(start: datetime, end: datetime) -> str:
    shift = _offset_case("o.created_at", start, end)
    return f"""
        SELECT period, store_id, COUNT(DISTINCT order_id), SUM(ttc),
               SUM((2 * ttc * 10000 + 10000 + rate) DIV (2 * (10000 + rate)))
        FROM (
            SELECT o.id AS order_id, o.store_id,
                   DATE_FORMAT(o.created_at + INTERVAL ({shift}) SECOND, '%Y-%m-01') AS period,
                   l.vat_rate_bp AS rate, SUM(l.line_total_cents) AS ttc
            FROM orders o JOIN order_lines l ON l.order_id = o.id
            WHERE o.created_at >= '{start:%Y-%m-%d %H:%M:%S}'
              AND o.created_at < '{end:%Y-%m-%d %H:%M:%S}'
              AND o.status <> 'cancelled'
            GROUP BY o.id, o.store_id, period, l.vat_rate_bp
        ) per_rate
        GROUP BY period, store_id ORDER BY period, store_id
    """


def hand_percentiles_sql(start: datetime, end: datetime) -> str:
    period = (
        f"o.created_at >= '{start:%Y-%m-%d %H:%M:%S}' AND o.created_at < '{end:%Y-%m-%d %H:%M:%S}'"
    )
    return f"""
        SELECT DISTINCT store_id, kind,
            PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY s) OVER (PARTITION BY store_id, kind),
            PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY s) OVER (PARTITION BY store_id, kind)
        FROM (
            SELECT o.store_id, 'preparation' AS kind,
                   TIMESTAMPDIFF(SECOND, o.created_at, r.changed_at) AS s
            FROM orders o
            JOIN order_status_history r ON r.order_id = o.id AND r.to_status = 'ready'
            WHERE {period}
            UNION ALL
            SELECT o.store_id, 'delivery', TIMESTAMPDIFF(SECOND, r.changed_at, d.changed_at)
            FROM orders o
            JOIN order_status_history r ON r.order_id = o.id AND r.to_status = 'ready'
            JOIN order_status_history d ON d.order_id = o.id AND d.to_status = 'delivered'
            WHERE {period}
            UNION ALL
            SELECT o.store_id, 'lateness', TIMESTAMPDIFF(SECOND, o.promised_at, d.changed_at)
            FROM orders o
            JOIN order_status_history d
              ON d.order_id = o.id AND d.to_status IN ('delivered', 'collected')
            WHERE {period} AND d.changed_at > o.promised_at
        ) d
    """


def _median_time(fn) -> tuple[float, object]:
    timings, result = [], None
    for _ in range(REPEATS):
        started = time.perf_counter()
        result = fn()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), result


def run(url: str) -> str:
    ctx = ServiceContext(
        DatabaseConfig(url=url, source="bench"),
        interactive=False,
        read_timeout_s=REPORT_READ_TIMEOUT_S,
    )
    office = StaffSession(0, "bench", "Bench", Role.HEAD_OFFICE, None, None)
    today = datetime.now(PARIS).date()
    request = ReportRequest(today - timedelta(days=364), today, granularity=Granularity.MONTH)
    start, end = request.utc_bounds()
    naive = (start.astimezone(UTC).replace(tzinfo=None), end.astimezone(UTC).replace(tzinfo=None))
    try:
        with ctx.engine.connect() as c:
            orders = c.execute(
                text("SELECT COUNT(*) FROM orders WHERE created_at >= :a AND created_at < :b"),
                {"a": naive[0], "b": naive[1]},
            ).scalar_one()

        def hand(sql: str):
            with ctx.engine.connect() as c:
                return c.exec_driver_sql(sql.replace("%", "%%")).all()

        def service_revenue():
            return reports.revenue(ctx, office, request)

        def service_percentiles():
            def work(db):
                scope = reports._Scope(db, office, request)
                return reports._percentiles(db, scope._durations(), by_store=True)

            return ctx.transaction(work)

        rows = []
        # Warm both once (buffer pool), then alternate.
        hand(hand_revenue_sql(*naive))
        service_revenue()
        hand_s, hand_rows = _median_time(lambda: hand(hand_revenue_sql(*naive)))
        ours_s, ours_rows = _median_time(service_revenue)
        same = [(str(r[0])[:10], r[1], r[2], r[3], r[4]) for r in hand_rows] == [
            (r.period.isoformat(), r.store_id, r.orders, r.ttc_cents, r.ht_cents) for r in ours_rows
        ]
        rows.append(("revenue TTC/HT by store × month", ours_s, hand_s, same))

        hand_p_s, hand_p = _median_time(lambda: hand(hand_percentiles_sql(*naive)))
        ours_p_s, ours_p = _median_time(service_percentiles)
        same_p = len(hand_p) == sum(len(kinds) for kinds in ours_p.values()) and all(
            ours_p.get(store, {}).get(kind) == (int(p50), int(p90))
            for store, kind, p50, p90 in hand_p
        )
        rows.append(
            (
                "p50 / p90 of preparation, delivery and lateness by store "
                "(hand: MariaDB's PERCENTILE_DISC)",
                ours_p_s,
                hand_p_s,
                same_p,
            )
        )
        started = time.perf_counter()  # once: it is the sum of the sections, minutes long
        reports.report(ctx, office, request)
        full_s = time.perf_counter() - started
    finally:
        ctx.close()

    table = "\n".join(
        f"| {label} | {ours:.2f} s | {hand_s:.2f} s | × {ours / hand_s:.2f} | "
        f"{'yes' if same else '**no**'} |"
        for label, ours, hand_s, same in rows
    )
    return (
        "## (f) Head-office reports over a million orders (MariaDB)\n\n"
        f"Twelve months ending {today:%d/%m/%Y}, monthly, every store: {orders:,} orders in the "
        f"period. Median of {REPEATS} runs after one warm-up.\n\n"
        "| section | service | hand SQL (same run) | ratio | same figures |\n"
        "|---|---|---|---|---|\n"
        f"{table}\n"
        f"| the whole report (6 sections, one transaction, one run) | {full_s:.2f} s "
        "| - | - | - |\n"
    )
