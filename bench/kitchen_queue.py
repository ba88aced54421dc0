"""One store's kitchen queue with a million orders of history: the service against the same
statements by hand (the queue, its lines, the commit), p50/p95, and the plan MariaDB chooses;
beside the single statement the queue was before (`status IN (...) ORDER BY created_at`,
which sorts what it finds), by hand, in the same run."""

from __future__ import annotations

import os
import statistics
import time

from sqlalchemy import text
from sqlalchemy.dialects import mysql

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.services import kitchen
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.context import ServiceContext

ROUNDS = 400
QUEUED = 15  # a Friday-night queue: orders waiting for the oven in that store


def _friday_night(ctx: ServiceContext, store_id: int, count: int) -> int:
    """Place orders through the counter's service until `count` more are waiting."""
    import uuid
    from datetime import UTC, datetime, timedelta

    from ocpizza_desk.domain.enums import Channel, OrderMode
    from ocpizza_desk.services import orders
    from ocpizza_desk.services.cart import CartLine

    with ctx.engine.connect() as c:
        counter = c.execute(
            text("SELECT id FROM users WHERE role = 'counter' AND store_id = :s"), {"s": store_id}
        ).scalar()
        pizzas = (
            c.execute(
                text(
                    "SELECT p.id FROM products p JOIN categories k ON k.id = p.category_id "
                    "WHERE k.code = 'pizza' ORDER BY p.id LIMIT 5"
                )
            )
            .scalars()
            .all()
        )
    session = StaffSession(counter, "bench", "Bench", Role.COUNTER, store_id, None)
    for n in range(max(0, count)):
        orders.place(
            ctx,
            session,
            orders.OrderRequest(
                client_key=str(uuid.uuid4()),
                channel=Channel.PHONE,
                mode=OrderMode.TAKEAWAY,
                lines=(
                    CartLine(pizzas[n % len(pizzas)], 1),
                    CartLine(pizzas[(n + 2) % len(pizzas)], 1),
                ),
                promised_at=datetime.now(UTC) + timedelta(minutes=30),
            ),
        )
    return max(0, count)


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


def run(url: str) -> str:
    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    try:
        with ctx.engine.connect() as c:
            store_id, user_id = c.execute(
                text("SELECT store_id, id FROM users WHERE role = 'pizzaiolo' ORDER BY store_id")
            ).first()
            total = c.execute(text("SELECT COUNT(*) FROM orders")).scalar()
            waiting = c.execute(
                text(
                    "SELECT COUNT(*) FROM orders WHERE store_id = :s AND status IN "
                    "('received', 'in_preparation')"
                ),
                {"s": store_id},
            ).scalar()
        session = StaffSession(user_id, "bench", "Bench", Role.PIZZAIOLO, store_id, None)
        waiting += _friday_night(ctx, store_id, QUEUED - waiting)
        statement = kitchen.queue_query(store_id).compile(
            dialect=mysql.dialect(), compile_kwargs={"literal_binds": True}
        )
        raw = str(statement)
        before = (
            "SELECT id, status, mode, created_at, promised_at, version, notes FROM orders "
            f"WHERE store_id = {int(store_id)} AND status IN ('received', 'in_preparation') "
            "ORDER BY created_at, id LIMIT 200"
        )

        service, hand, old = [], [], []
        raw_connection = ctx.engine.raw_connection()
        cursor = raw_connection.cursor()

        def by_hand(queue_sql: str) -> None:
            cursor.execute(queue_sql)
            rows = cursor.fetchall()
            if rows:
                ids = ",".join(str(r[0]) for r in rows)
                cursor.execute(
                    f"SELECT order_id, product_id, product_name, quantity, "
                    f"customisations FROM order_lines WHERE order_id IN ({ids}) "
                    f"ORDER BY order_id, position"
                )
                cursor.fetchall()
            raw_connection.commit()

        for _ in range(20):  # warm every path
            kitchen.queue(ctx, session)
            by_hand(raw)
            by_hand(before)
        for _ in range(ROUNDS):  # taking turns, so that the machine's load falls on all three
            started = time.perf_counter()
            kitchen.queue(ctx, session)
            service.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            by_hand(raw)
            hand.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            by_hand(before)
            old.append((time.perf_counter() - started) * 1000)
        plans = {}
        for name, sql in (("now", raw), ("before", before)):
            cursor.execute("ANALYZE " + sql)
            columns = [d[0] for d in cursor.description]
            plans[name] = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        cursor.close()
        raw_connection.close()
        load = os.getloadavg()
    finally:
        ctx.close()
    s50, s95 = _percentiles(service)
    h50, h95 = _percentiles(hand)
    o50, o95 = _percentiles(old)
    explain = "\n".join(
        f"{name:<7} id={p['id']} {p['select_type']:<8} table={p['table']} type={p['type']} "
        f"key={p['key']} rows={p['rows']} r_rows={p['r_rows']} extra={p['Extra'] or ''}".rstrip()
        for name, plan in plans.items()
        for p in plan
    )
    met = "✔" if s95 <= 1.5 * h95 else "✘"
    return (
        f"## (b) Kitchen queue of one store, {total:,} orders in the database (MariaDB)\n\n"
        f"{waiting} orders waiting in that store; {ROUNDS} rounds taking turns; every path runs "
        "the queue, the query of its lines and the commit. Load average during the run: "
        f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}.\n\n"
        "| path | p50 ms | p95 ms | baseline p50 / p95 (same run) | ratio p95 |\n"
        "|---|---|---|---|---|\n"
        f"| `services.kitchen.queue` | {s50:.2f} | {s95:.2f} | its statements by hand "
        f"{h50:.2f} / {h95:.2f} | {s95 / h95:.2f} (target ≤ 1.5 {met}) |\n"
        f"| before this step, by hand: one statement, `status IN (…) ORDER BY` | {o50:.2f} | "
        f"{o95:.2f} | - | - |\n\n"
        f"```\n{raw}\n```\n\nANALYZE (now: one branch per status read in the index's order, "
        "no sort of the rows found; before: a filesort):\n\n"
        f"```\n{explain}\n```\n"
    )
