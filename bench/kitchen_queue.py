"""One store's kitchen queue with a million orders of history: the service against the same
query by hand, p50/p95, and the plan MariaDB chooses for it."""

from __future__ import annotations

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
                str(uuid.uuid4()),
                Channel.PHONE,
                OrderMode.TAKEAWAY,
                (CartLine(pizzas[n % len(pizzas)], 1), CartLine(pizzas[(n + 2) % len(pizzas)], 1)),
                datetime.now(UTC) + timedelta(minutes=30),
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

        service, hand = [], []
        raw_connection = ctx.engine.raw_connection()
        cursor = raw_connection.cursor()
        for _ in range(20):  # warm both paths
            kitchen.queue(ctx, session)
            cursor.execute(raw)
            cursor.fetchall()
        for _ in range(ROUNDS):
            started = time.perf_counter()
            kitchen.queue(ctx, session)
            service.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            cursor.execute(raw)
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
            hand.append((time.perf_counter() - started) * 1000)
        cursor.execute("EXPLAIN " + raw)
        columns = [d[0] for d in cursor.description]
        plan = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        cursor.close()
        raw_connection.close()
    finally:
        ctx.close()
    s50, s95 = _percentiles(service)
    h50, h95 = _percentiles(hand)
    explain = "\n".join(
        f"    table={p['table']} type={p['type']} key={p['key']} rows={p['rows']} "
        f"extra={p['Extra']}"
        for p in plan
    )
    return (
        f"## (b) Kitchen queue of one store, {total:,} orders in the database (MariaDB)\n\n"
        f"{waiting} orders waiting in that store; {ROUNDS} rounds; both paths run the queue "
        "query and the query of its lines.\n\n"
        "| path | p50 ms | p95 ms | baseline p50 / p95 (same run) | ratio p95 |\n"
        "|---|---|---|---|---|\n"
        f"| `services.kitchen.queue` | {s50:.2f} | {s95:.2f} | by hand {h50:.2f} / {h95:.2f} | "
        f"{s95 / h95:.2f} (target p95 < 10 ms) |\n\n"
        f"```\n{raw}\n```\n\nEXPLAIN:\n\n```\n{explain}\n```\n"
    )
