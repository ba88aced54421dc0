"""The sales journal's cost (Step 10), each figure beside its baseline measured in the same run.

(h) Placement: round trips per use case counted by the server (the session status counters
    of bench/statements.py) and throughput with 8 concurrent workers (the workers of
    bench/placement.py), each measured twice in the same run: as shipped, and "before the
    journal", with `services.journal.append` replaced by a no-op (everything else identical).
    Targets: at most one more round trip, at most 20 % of the throughput.
(i) `journal verify` of one store's whole journal on the million-order database (the seed's
    six months of one store's history, journalled by the seed): seconds per 100,000 entries,
    beside the same entries merely read (one keyset SELECT per page, nothing checked) and the
    chain walk alone (read and hash, no reconciliation, no closures).
"""

from __future__ import annotations

import multiprocessing
import time
from contextlib import contextmanager

from sqlalchemy import text

from bench import placement, statements
from bench.supplies import stock_up
from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.db import schema
from ocpizza_desk.db.engine import create_engine_for
from ocpizza_desk.ops.scratch import create_database, drop_database
from ocpizza_desk.ops.seed import seed_demo

ROUNDS = 3
SECONDS = 6
VERIFY_STORE = "bastille"  # the busiest store of the seed
VERIFY_RUNS = 2


@contextmanager
def without_journal():
    """`journal.append` as a no-op: the services as they were before Step 10."""
    from ocpizza_desk.services import journal

    kept = journal.append
    journal.append = lambda *_args, **_kwargs: None
    try:
        yield
    finally:
        journal.append = kept


def _worker_without_journal(*args) -> int:
    """bench/placement.py's services worker, the journal's append taken out (in the worker
    process, for this job only: the pool's processes are reused)."""
    with without_journal():
        return placement._services_worker(*args)


def _fresh_database(server: str, prefix: str) -> str:
    url = create_database(server, prefix=prefix)
    engine = create_engine_for(DatabaseConfig(url=url, source="bench"), interactive=False)
    try:
        schema.upgrade(engine)
        seed_demo(engine, orders=0, password_hasher=lambda p: "bench")
        with engine.begin() as c:
            stock_up(c)
    finally:
        engine.dispose()
    return url


# --------------------------------------------------------------------------- round trips


def _round_trips(server: str) -> list[str]:
    """Rows of the round-trip table: each use case with and without the journal."""
    import uuid
    from datetime import UTC, datetime, timedelta

    from ocpizza_desk.domain.enums import Channel, OrderMode, Role, Tender
    from ocpizza_desk.services import counter, orders
    from ocpizza_desk.services.auth import StaffSession
    from ocpizza_desk.services.cart import CartLine
    from ocpizza_desk.services.counter import CounterSubmission
    from ocpizza_desk.services.payments import PaymentRequest

    url = _fresh_database(server, "ocpizza_bench_jrt")
    ctx = statements._one_connection(DatabaseConfig(url=url, source="bench"))
    rows = []
    try:
        with ctx.engine.connect() as c:
            user_id = c.execute(
                text("SELECT id FROM users WHERE role = 'counter' AND store_id = 1")
            ).scalar()
            products = (
                c.execute(text("SELECT id FROM products ORDER BY category_id, id LIMIT 3"))
                .scalars()
                .all()
            )
            prices = dict(c.execute(text("SELECT id, price_cents FROM products")).all())
        session = StaffSession(user_id, "bench", "Bench", Role.COUNTER, 1, None)
        cart = (CartLine(products[0], 2), CartLine(products[1], 1), CartLine(products[2], 1))
        total = sum(prices[line.product_id] * line.quantity for line in cart)

        def promised():
            return datetime.now(UTC) + timedelta(minutes=30)

        def place(_n):
            return orders.place(
                ctx,
                session,
                orders.OrderRequest(
                    client_key=str(uuid.uuid4()),
                    channel=Channel.PHONE,
                    mode=OrderMode.TAKEAWAY,
                    lines=cart,
                    promised_at=promised(),
                ),
            )

        def paid_now(_n):
            return counter.submit(
                ctx,
                session,
                CounterSubmission(
                    client_key=uuid.uuid4().hex,
                    channel=Channel.COUNTER,
                    mode=OrderMode.TAKEAWAY,
                    lines=cart,
                    promised_at=promised(),
                    payments=(
                        PaymentRequest(
                            client_key=uuid.uuid4().hex,
                            tender=Tender.CASH,
                            amount_cents=total,
                            tendered_cents=total + 500,
                        ),
                    ),
                ),
            )

        for label, use_case in (
            ("`orders.place` (take-away, 3 lines)", place),
            ("`counter.submit`, paid now in cash", paid_now),
        ):
            with without_journal():
                before, _pings, _kinds = statements._measure(ctx, use_case)
            after, _pings, kinds = statements._measure(ctx, use_case)
            shown = " · ".join([*kinds, "COMMIT"])
            verdict = "yes" if after - before <= 1.0 + 1e-9 else "NO"
            rows.append(
                f"| {label} | {after:.2f} | {before:.2f} | +{after - before:.2f} "
                f"(target ≤ +1: {verdict}) | {shown} |"
            )
    finally:
        ctx.close()
        drop_database(url)
    return rows


# --------------------------------------------------------------------------- throughput


def _throughput(server: str) -> tuple[list[str], list[str]]:
    url = _fresh_database(server, "ocpizza_bench_jtp")
    figures = {False: ([], []), True: ([], [])}  # paid -> (with journal, without)
    try:
        _, _, users = placement._catalogue(url)
        context = multiprocessing.get_context("spawn")
        with context.Pool(placement.WORKERS, initializer=placement._warm_up) as pool:
            placement._run(pool, placement._services_worker, url, users, seconds=1)
            placement._run(pool, _worker_without_journal, url, users, seconds=1)
            for _ in range(ROUNDS):
                for paid in (False, True):
                    with_journal, without = figures[paid]
                    with_journal.append(
                        placement._run(pool, placement._services_worker, url, users, SECONDS, paid)
                    )
                    without.append(
                        placement._run(pool, _worker_without_journal, url, users, SECONDS, paid)
                    )
    finally:
        drop_database(url)
    rows, rounds = [], []
    for paid, label in (
        (False, "`services.orders.place`"),
        (True, "`services.counter.submit`, paid now"),
    ):
        with_journal, without = figures[paid]
        w, b = sum(with_journal) / ROUNDS, sum(without) / ROUNDS
        cost = 1 - w / b
        verdict = "yes" if cost <= 0.20 else "NO"
        rows.append(
            f"| {label} | {w:,.0f} | {b:,.0f} | {w / b:.2f} (cost {cost:.0%}, target ≤ 20 %: "
            f"{verdict}) |"
        )
        rounds.append(
            ", ".join(f"{a:.0f}/{c:.0f}" for a, c in zip(with_journal, without, strict=True))
        )
    return rows, rounds


def run(server: str, **_options) -> str:
    trips = _round_trips(server)
    rows, rounds = _throughput(server)
    return (
        "## (h) The sales journal's cost on placement (MariaDB)\n\n"
        "Each figure beside the same use case with `services.journal.append` replaced by a "
        'no-op ("before the journal"), same run, same database. Round trips: average over '
        f"{statements.REPEATS} calls on one pooled connection, from the session's `Questions` "
        "and `Com_admin_commands`; the journal's entries (the sale, and its payment) are one "
        "multi-row INSERT chained by the BEFORE INSERT trigger.\n\n"
        "| use case | round trips | before the journal | difference | statements of one call |\n"
        "|---|---|---|---|---|\n" + "\n".join(trips) + "\n\n"
        f"Throughput: {placement.WORKERS} worker processes on the five stores, {ROUNDS} rounds "
        f"of {SECONDS} s per path taking turns (with/without per round: placing {rounds[0]}; "
        f"paid now {rounds[1]}). Two tills of one store wait on the store's `journal_heads` "
        "row for the rest of their transaction.\n\n"
        "| path | orders/s | before the journal (same run) | ratio |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + "\n"
    )


# --------------------------------------------------------------------------- verify


def run_verify(million_url: str, **_options) -> str:
    """(i): `journal verify` of one store's whole journal on the million-order database."""
    from ocpizza_desk.ops import journal_audit

    engine = create_engine_for(DatabaseConfig(url=million_url, source="bench"), interactive=False)
    try:
        with engine.connect() as c:
            store_id, total_entries = c.execute(
                text(
                    "SELECT s.id, (SELECT COUNT(*) FROM sales_journal j WHERE j.store_id = s.id) "
                    "FROM stores s WHERE s.code = :c"
                ),
                {"c": VERIFY_STORE},
            ).one()
            days = c.execute(
                text(
                    "SELECT MIN(period_start), MAX(period_start), COUNT(*) FROM closures "
                    "WHERE store_id = :s AND kind = 'day'"
                ),
                {"s": store_id},
            ).one()
            orders = c.execute(
                text("SELECT COUNT(*) FROM orders WHERE store_id = :s"), {"s": store_id}
            ).scalar()
        timings: dict[str, list[float]] = {"read": [], "chain": [], "verify": []}
        report = None
        for _ in range(VERIFY_RUNS):
            started = time.perf_counter()
            with engine.connect() as c:
                read = sum(1 for _row in journal_audit.entry_pages(c, store_id, 1, None))
                c.rollback()
            timings["read"].append(time.perf_counter() - started)
            started = time.perf_counter()
            with engine.connect() as c:
                walked = journal_audit.StoreReport(store_id, VERIFY_STORE)
                journal_audit.walk_chain(
                    journal_audit.entry_pages(c, store_id, 1, None),
                    walked,
                    (0, journal_audit.GENESIS),
                )
                c.rollback()
            timings["chain"].append(time.perf_counter() - started)
            started = time.perf_counter()
            report = journal_audit.verify(engine, store=VERIFY_STORE)
            timings["verify"].append(time.perf_counter() - started)
        assert report is not None and read == walked.entries == report.entries == total_entries
    finally:
        engine.dispose()
    per = {name: min(values) / total_entries * 100_000 for name, values in timings.items()}
    store = report.stores[0]
    first, last, closed_days = days
    return (
        f"## (i) `journal verify` of one store on the million-order database (MariaDB)\n\n"
        f"Store {VERIFY_STORE}: {total_entries:,} entries ({orders:,} orders, "
        f"{store.payments:,} payments, {store.closures:,} closures of which {closed_days} days "
        f"from {first} to {last}: the seed's whole history of that store, six months). Best "
        f"of {VERIFY_RUNS} runs. Result: {'verified' if report.ok else 'BROKEN'}.\n\n"
        "| measure | seconds | seconds per 100,000 entries | baseline (same run) |\n"
        "|---|---|---|---|\n"
        f"| `journal verify --store {VERIFY_STORE}` (chain, head, tickets, payments, refunds "
        f"and orders reconciled, every closure recomputed) | {min(timings['verify']):.1f} | "
        f"{per['verify']:.2f} | the entries merely read: {per['read']:.2f} s per 100,000 |\n"
        f"| the chain walk alone (read, hash, gaps, tickets) | {min(timings['chain']):.1f} | "
        f"{per['chain']:.2f} | the entries merely read: {per['read']:.2f} s per 100,000 |\n"
    )
