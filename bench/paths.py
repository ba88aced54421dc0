"""The interactive paths on a million orders, at the service: the caller's card, the name
search, an order's detail, the order book's pages and searches. Each beside what it did
before this step, in the same run: the previous queries, written by hand here (the card's
favourites over every order of the customer, names wrapped in lower(), the order book's
searches as an IN subquery with the new index hidden). p50/p95 over ROUNDS calls, after a
warm-up; then ANALYZE of each path's statements (rows estimated, r_rows read).

The customer is the seed's busiest (thousands of orders, all in two stores); the "other
store" is one where that customer never ordered.
"""

from __future__ import annotations

import os
import statistics
import time

from sqlalchemy import select, text

from bench.explain import analyze, analyze_sql, captured
from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.db.models import Order
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.services import customers, orderbook, orders
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.orderbook import OrderBookFilter

ROUNDS = 30
TARGET_MS = {"card": 100, "detail": 100, "open": 150, "next": 150}

OLD_FAVOURITES = """
    SELECT l.product_id, MAX(l.product_name), SUM(l.quantity) FROM order_lines l
    JOIN orders o ON o.id = l.order_id
    WHERE o.customer_id = %(c)s AND o.status <> 'cancelled'
    GROUP BY l.product_id ORDER BY SUM(l.quantity) DESC, l.product_id LIMIT 3
"""
OLD_NAME_SEARCH = """
    SELECT id, first_name, last_name, phone_e164 FROM customers
    WHERE erased_at IS NULL AND (lower(last_name) LIKE %(p)s OR lower(first_name) LIKE %(p)s)
    ORDER BY last_name, first_name, id LIMIT 20
"""
NEW_INDEX = "ix_orders_customer_id_store_id_created_at"  # migration 0006


def _stats(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, round(len(ordered) * 0.95) - 1)]


def _timed(fn) -> tuple[float, float]:
    fn()
    fn()
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return _stats(samples)


def run(url: str) -> str:
    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    raw = ctx.engine.raw_connection()
    cursor = raw.cursor()

    def by_hand(*statements: tuple[str, dict]):
        def call():
            for sql, values in statements:
                cursor.execute(sql, values)
                cursor.fetchall()
            raw.commit()

        return call

    try:
        with ctx.engine.connect() as c:
            customer, phone, name, count = c.execute(
                text(
                    "SELECT c.id, c.phone_e164, c.last_name, COUNT(*) n FROM orders o "
                    "JOIN customers c ON c.id = o.customer_id GROUP BY c.id "
                    "ORDER BY n DESC LIMIT 1"
                )
            ).one()
            their_stores = set(
                c.execute(
                    text("SELECT DISTINCT store_id FROM orders WHERE customer_id = :c"),
                    {"c": customer},
                ).scalars()
            )
            managers = dict(
                c.execute(text("SELECT store_id, id FROM users WHERE role = 'manager'")).all()
            )
            home_store = min(their_stores)
            other = next((s for s in sorted(managers) if s not in their_stores), None)
            counter_id = c.execute(
                text("SELECT id FROM users WHERE role = 'counter' AND store_id = :s"),
                {"s": home_store},
            ).scalar_one()
            newest = c.execute(text("SELECT MAX(id) FROM orders")).scalar_one()
            oldest = c.execute(text("SELECT MIN(id) FROM orders")).scalar_one()
            total = c.execute(text("SELECT COUNT(*) FROM orders")).scalar_one()
            customers_count = c.execute(text("SELECT COUNT(*) FROM customers")).scalar_one()
        counter = StaffSession(counter_id, "bench", "Bench", Role.COUNTER, home_store, None)
        office = StaffSession(0, "bench", "Bench", Role.HEAD_OFFICE, None, None)
        manager = StaffSession(managers[home_store], "b", "B", Role.MANAGER, home_store, None)
        elsewhere = (
            StaffSession(managers[other], "b", "B", Role.MANAGER, other, None) if other else None
        )
        first_page = orderbook.page(ctx, manager, OrderBookFilter())
        chain_page = orderbook.page(ctx, office, OrderBookFilter())
        prefix = name[:3]

        def swapped(service, marker: str, old_sql: str, values: dict):
            """The service's statements by hand, the one holding `marker` replaced by the
            statement it sent before this step."""
            statements = [
                (old_sql, values) if marker in sql else (sql, params)
                for sql, params in captured(ctx, service)
            ]
            return by_hand(*statements), [(old_sql, values)]

        def old_page_ids(db, conditions, wanted, size):
            """The order book's search before this step: IN (subquery), newest first."""
            if wanted is None:
                return saved_page_ids(db, conditions, wanted, size)
            return (
                select(Order.id)
                .where(*conditions, Order.customer_id.in_(wanted.scalar_subquery()))
                .with_hint(Order, f"IGNORE INDEX ({NEW_INDEX})", "mysql")
                .order_by(Order.created_at.desc(), Order.id.desc())
                .limit(size)
                .subquery()
            )

        saved_page_ids = orderbook._page_ids

        def before_book(session, wanted):
            def call():
                orderbook._page_ids = old_page_ids
                try:
                    return orderbook.page(ctx, session, wanted)
                finally:
                    orderbook._page_ids = saved_page_ids

            return call

        card = lambda: customers.find_by_phone(ctx, counter, phone)  # noqa: E731
        search = lambda: customers.search(ctx, counter, prefix)  # noqa: E731
        card_before = swapped(card, "sum(order_lines.quantity)", OLD_FAVOURITES, {"c": customer})
        search_before = swapped(
            search, "FROM customers", OLD_NAME_SEARCH, {"p": prefix.lower() + "%"}
        )
        # (label, target, service, before callable, its kind, before's statements)
        paths = [
            (
                f"caller's card (phone → card; {count:,} orders)",
                "card",
                card,
                card_before[0],
                "by hand",
                card_before[1],
            ),
            (
                f"name search '{prefix}'",
                None,
                search,
                search_before[0],
                "by hand",
                search_before[1],
            ),
            ("order detail, newest order", "detail", lambda: orders.detail(ctx, office, newest)),
            ("order detail, oldest order", "detail", lambda: orders.detail(ctx, office, oldest)),
            (
                "order book, one store: first page",
                "open",
                lambda: orderbook.page(ctx, manager, OrderBookFilter()),
            ),
            (
                "order book, one store: next page",
                "next",
                lambda: orderbook.page(ctx, manager, OrderBookFilter(), after=first_page.next),
            ),
            (
                "order book, chain: first page",
                "open",
                lambda: orderbook.page(ctx, office, OrderBookFilter()),
            ),
            (
                "order book, chain: next page",
                "next",
                lambda: orderbook.page(ctx, office, OrderBookFilter(), after=chain_page.next),
            ),
        ]
        searches = [("a store where the customer ordered", manager)]
        if elsewhere is not None:
            searches.append(("a store where the customer never ordered", elsewhere))
        for where, session in searches:
            wanted = OrderBookFilter(text=phone)
            paths.append(
                (
                    f"order book, phone search, {where}",
                    None,
                    lambda s=session, w=wanted: orderbook.page(ctx, s, w),
                    before_book(session, wanted),
                    "service",
                    None,
                )
            )
        paths.append(
            (
                f"order book, chain, name search '{prefix}'",
                None,
                lambda: orderbook.page(ctx, office, OrderBookFilter(text=prefix)),
            )
        )

        rows, plans = [], []
        for label, target, service, *rest in paths:
            before, kind, before_sql = rest if rest else (None, "", None)
            s50, s95 = _timed(service)
            # The statements the service sent, replayed by hand (the SQL's own time).
            h50, h95 = _timed(by_hand(*captured(ctx, service)))
            baseline, ratio = "-", "-"
            if before is not None:
                b50, b95 = _timed(before)
                baseline = f"{b50:.1f} / {b95:.1f} ({kind})"
                now = h95 if kind == "by hand" else s95
                ratio = f"× {b95 / now:.1f}"
            goal = "-"
            if target:
                goal = f"p95 < {TARGET_MS[target]} ms " + ("✔" if s95 < TARGET_MS[target] else "✘")
            rows.append(
                f"| {label} | {s50:.1f} / {s95:.1f} | {h50:.1f} / {h95:.1f} | {baseline} "
                f"| {ratio} | {goal} |"
            )
            plans.append(f"-- {label}")
            plans.extend(analyze(ctx, service))
            if before is not None:
                plans.append(f"-- {label}, before this step")
                if before_sql is not None:
                    plans.extend(analyze_sql(ctx, before_sql))
                else:
                    plans.extend(analyze(ctx, before))
        load = os.getloadavg()
    finally:
        cursor.close()
        raw.close()
        ctx.close()
    return (
        f"## (j) Interactive paths over {total:,} orders, at the service (MariaDB)\n\n"
        f"p50 / p95 of {ROUNDS} calls after two warm-up calls, each path beside what it did "
        "before this step, by hand, in the same run. Load average during the run: "
        f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (2 CPUs, shared). The screens' own "
        "time (key press to result shown) is in (k).\n\n"
        "| path | service p50 / p95 ms | its statements by hand | before this step (same run) "
        "| before / now, p95 | target |\n"
        "|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n\n"
        "Before: the card's favourites summed every order of the customer; the name search "
        "wrapped the names in lower() (a full scan of `customers`: cheap with the seed's "
        f"{customers_count} customers, the plan below shows the difference); the order "
        "book's phone search was `customer_id IN (subquery)` (here with the new index "
        "hidden, through the same service). Before / now compares like with like: by hand "
        "with by hand, service with service.\n\n"
        "ANALYZE of each path's statements (statement number, rows estimated, r_rows read):\n\n"
        "```\n" + "\n".join(plans) + "\n```\n"
    )
