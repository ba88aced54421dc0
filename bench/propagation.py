"""Live propagation with 8 shop PCs watching one store while a till and a kitchen work.

Each simulated PC is a process of its own with its own connection pool, polling
`services.changes.poll` once a second as the window's LiveFeed does, and noting when it
first sees each (order, version). The main process places orders and moves them on, and
notes when each change was committed. The delay of a change on a PC is the time between
the commit and that PC's first sight of it; every statement each PC sends is counted with a
cursor event. Baseline, same run: the price of the naive way, each PC re-reading the whole
kitchen queue every second (`kitchen.queue`), in statements and milliseconds per look.
"""

from __future__ import annotations

import multiprocessing
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import event, text

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.domain.enums import Channel, OrderMode, OrderStatus, Role
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.context import ServiceContext

PCS = 8
SECONDS = 30
POLL_S = 1.0
WRITE_EVERY_S = 0.4


def _session(url: str, role: str) -> StaffSession:
    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    with ctx.engine.connect() as c:
        user_id, store_id = c.execute(
            text("SELECT id, store_id FROM users WHERE role = :r ORDER BY store_id, id"),
            {"r": role},
        ).first()
    ctx.close()
    return StaffSession(user_id, "bench", "Bench", Role(role), store_id, None)


def _watch(url: str, ready, go, results) -> None:
    """One PC: poll once a second from `go` for SECONDS + 2 s; first sight of each (order,
    version). It says it is ready once its first poll is done, so a PC still importing
    SQLAlchemy when the till starts is not counted as seeing changes late."""
    from ocpizza_desk.services import changes

    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    statements = 0

    def count(*_args) -> None:
        nonlocal statements
        statements += 1

    event.listen(ctx.engine, "before_cursor_execute", count)
    session = _session(url, "pizzaiolo")
    seen_marks = changes.poll(ctx, session).marks
    ready.put(True)
    go.wait()
    seen_marks = changes.poll(ctx, session, seen_marks).marks  # what came before `go`
    statements = 0
    first_seen: dict[tuple[int, int], float] = {}
    began = time.time()
    stop_at = began + SECONDS + 2.0
    next_tick = began
    while time.time() < stop_at:
        got = changes.poll(ctx, session, seen_marks)
        now = time.time()
        seen_marks = got.marks
        for change in got.orders:
            first_seen.setdefault((change.order_id, change.version), now)
        next_tick += POLL_S
        time.sleep(max(0.0, next_tick - time.time()))
    elapsed = time.time() - began
    ctx.close()
    results.put((first_seen, statements, elapsed))


def _work(url: str, until: float) -> dict[tuple[int, int], float]:
    """The till and the kitchen: place an order, start or finish one, every 0.4 s."""
    from ocpizza_desk.services import menu, orders
    from ocpizza_desk.services.cart import CartLine

    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    counter, cook = _session(url, "counter"), _session(url, "pizzaiolo")
    pizzas = [i.product_id for i in menu.menu(ctx, counter).items if i.category == "pizza"]
    committed: dict[tuple[int, int], float] = {}
    waiting: list[tuple[int, OrderStatus]] = []
    step = 0
    while time.time() < until:
        step += 1
        if step % 3 == 0 and waiting:
            order_id, status = waiting.pop(0)
            target = (
                OrderStatus.IN_PREPARATION if status is OrderStatus.RECEIVED else OrderStatus.READY
            )
            moved = orders.advance(ctx, cook, order_id, target)
            committed[(order_id, moved.version)] = time.time()
            if target is OrderStatus.IN_PREPARATION:
                waiting.append((order_id, target))
        else:
            placed = orders.place(
                ctx,
                counter,
                orders.OrderRequest(
                    client_key=uuid.uuid4().hex,
                    channel=Channel.PHONE,
                    mode=OrderMode.TAKEAWAY,
                    lines=(CartLine(pizzas[step % len(pizzas)], 1),),
                    promised_at=datetime.now(UTC) + timedelta(minutes=40),
                ),
            )
            committed[(placed.order_id, placed.version)] = time.time()
            waiting.append((placed.order_id, OrderStatus.RECEIVED))
        time.sleep(WRITE_EVERY_S)
    ctx.close()
    return committed


def _naive(url: str, looks: int = 60) -> tuple[float, float]:
    """Baseline: re-read the whole queue each second. Statements and ms per look."""
    from ocpizza_desk.services import kitchen

    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    statements = 0

    def count(*_args) -> None:
        nonlocal statements
        statements += 1

    session = _session(url, "pizzaiolo")
    kitchen.queue(ctx, session)
    event.listen(ctx.engine, "before_cursor_execute", count)
    durations = []
    for _ in range(looks):
        started = time.perf_counter()
        kitchen.queue(ctx, session)
        durations.append((time.perf_counter() - started) * 1000)
    ctx.close()
    return statements / looks, statistics.median(durations)


def _poll_cost(url: str, looks: int = 60) -> float:
    """ms of one poll when nothing changed (the usual second)."""
    from ocpizza_desk.services import changes

    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    session = _session(url, "pizzaiolo")
    marks = changes.poll(ctx, session).marks
    durations = []
    for _ in range(looks):
        started = time.perf_counter()
        marks = changes.poll(ctx, session, marks).marks
        durations.append((time.perf_counter() - started) * 1000)
    ctx.close()
    return statistics.median(durations)


def run(url: str) -> str:
    with ServiceContext(DatabaseConfig(url=url, source="bench")).engine.connect() as c:
        total = c.execute(text("SELECT COUNT(*) FROM orders")).scalar()
    naive_statements, naive_ms = _naive(url)
    poll_ms = _poll_cost(url)
    spawn = multiprocessing.get_context("spawn")
    ready, go, reports = spawn.Queue(), spawn.Event(), spawn.Queue()
    pcs = [spawn.Process(target=_watch, args=(url, ready, go, reports)) for _ in range(PCS)]
    for pc in pcs:
        pc.start()
    try:
        for _ in pcs:
            ready.get(timeout=120)
        go.set()
        committed = _work(url, time.time() + SECONDS)
        results = [reports.get(timeout=60) for _ in pcs]
    finally:
        for pc in pcs:
            pc.join(timeout=10)
            if pc.is_alive():
                pc.kill()
    delays, missed = [], 0
    rates = []
    for first_seen, statements, elapsed in results:
        rates.append(statements / elapsed)
        for (order_id, version), at in committed.items():
            # Seen at that version or a later one: a PC that looks once a second sees the
            # order as it is, not every state it went through within that second.
            sightings = [
                when
                for (seen_id, seen_version), when in first_seen.items()
                if seen_id == order_id and seen_version >= version
            ]
            if sightings:
                delays.append(max(0.0, min(sightings) - at))
            else:
                missed += 1
    delays.sort()
    p50 = statistics.median(delays)
    p95 = delays[int(len(delays) * 0.95) - 1]
    worst = delays[-1]
    return (
        f"## (e) Live propagation: {PCS} PCs watching one store, {total:,} orders "
        "in the database (MariaDB)\n\n"
        f"For {SECONDS} s a till places an order and a pizzaiolo moves one on every "
        f"{WRITE_EVERY_S} s ({len(committed)} changes); {PCS} processes, each with its own "
        "connection pool, poll `services.changes.poll` once a second as the window's live "
        "feed does. Delay: from the commit to a PC's first sight of that order at that version "
        "or a later one. "
        "Statements counted by cursor events on each PC.\n\n"
        "| measure | value | baseline (same run) |\n|---|---|---|\n"
        f"| delay until seen, p50 / p95 / worst | {p50:.2f} s / {p95:.2f} s / {worst:.2f} s "
        f"({len(delays)} sightings, {missed} missed) | target: under 2 s |\n"
        f"| statements per second per PC | {statistics.mean(rates):.2f} "
        f"(max {max(rates):.2f}) | target: at most 1 |\n"
        f"| one look when nothing changed | 1 statement, {poll_ms:.2f} ms | re-reading the "
        f"kitchen queue: {naive_statements:.0f} statements, {naive_ms:.2f} ms |\n"
    )
