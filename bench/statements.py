"""Round trips per use case, counted by the server for this session only.

MariaDB's *session* status counters (no `SET GLOBAL`, no general log on a shared server):
`Questions` counts every statement the client sent on the connection (COMMIT included),
`Com_admin_commands` the pings. The engine keeps one pooled connection, so the services and
the counters read the same session; the counter reads themselves are taken out.

Targets (Step 9): a plain placement ≤ 6 round trips, a counter submission with a paid-now
payment ≤ 7, COMMIT and any liveness ping included.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import event, text

from bench.supplies import stock_up
from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.db import schema
from ocpizza_desk.db.engine import create_engine_for
from ocpizza_desk.domain.enums import Channel, OrderMode, Role, Tender
from ocpizza_desk.ops.scratch import create_database, drop_database
from ocpizza_desk.ops.seed import seed_demo
from ocpizza_desk.services import counter, orders
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.counter import CounterSubmission, CustomerPart
from ocpizza_desk.services.customers import CustomerInput
from ocpizza_desk.services.payments import PaymentRequest

REPEATS = 40
STATUS = text(
    "SELECT VARIABLE_NAME, VARIABLE_VALUE FROM information_schema.SESSION_STATUS "
    "WHERE VARIABLE_NAME IN ('QUESTIONS', 'COM_ADMIN_COMMANDS')"
)


def _counters(ctx: ServiceContext) -> Counter:
    with ctx.engine.connect() as c:
        return Counter({name.lower(): int(value) for name, value in c.execute(STATUS)})


def _measure(ctx: ServiceContext, use_case: Callable[[int], object]) -> tuple[float, float, list]:
    """(round trips per call, pings per call, statement kinds of one call)."""
    kinds: list[str] = []

    def on_execute(_conn, _cursor, statement, *_args) -> None:
        kinds.append(statement.split()[0].upper())

    use_case(-1)  # warm: the pooled connection, the caches
    before = _counters(ctx)
    for n in range(REPEATS):
        use_case(n)
    after = _counters(ctx)
    # The second counter read is itself counted: take off what one read costs.
    statements = (after["questions"] - before["questions"]) - _reading_cost(ctx)
    pings = after["com_admin_commands"] - before["com_admin_commands"]
    event.listen(ctx.engine, "before_cursor_execute", on_execute)
    try:
        use_case(REPEATS)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", on_execute)
    return (statements + pings) / REPEATS, pings / REPEATS, kinds


def _reading_cost(ctx: ServiceContext) -> int:
    """What one `_counters` call itself adds to Questions (measured, not assumed)."""
    first = _counters(ctx)
    second = _counters(ctx)
    return second["questions"] - first["questions"]


def run(server: str, **_options) -> str:
    url = create_database(server, prefix="ocpizza_bench_rt")
    engine = create_engine_for(DatabaseConfig(url=url, source="bench"), interactive=False)
    schema.upgrade(engine)
    seed_demo(engine, orders=0, password_hasher=lambda p: "bench")
    with engine.begin() as c:
        stock_up(c)
    engine.dispose()
    ctx = _one_connection(DatabaseConfig(url=url, source="bench"))
    try:
        with ctx.engine.connect() as c:
            user_id = c.execute(
                text("SELECT id FROM users WHERE role = 'counter' AND store_id = 1")
            ).scalar()
            products = (
                c.execute(
                    text(
                        "SELECT p.id FROM products p JOIN categories k ON k.id = p.category_id "
                        "ORDER BY k.position, p.id LIMIT 3"
                    )
                )
                .scalars()
                .all()
            )
            prices = dict(c.execute(text("SELECT id, price_cents FROM products")).all())
        session = StaffSession(user_id, "bench", "Bench", Role.COUNTER, 1, None)
        cart = (CartLine(products[0], 2), CartLine(products[1], 1), CartLine(products[2], 1))
        total = sum(prices[line.product_id] * line.quantity for line in cart)

        def promised() -> datetime:
            return datetime.now(UTC) + timedelta(minutes=30)

        def place(_n: int) -> object:
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

        def paid_now(_n: int) -> object:
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

        def new_customer(n: int) -> object:
            return counter.submit(
                ctx,
                session,
                CounterSubmission(
                    client_key=uuid.uuid4().hex,
                    channel=Channel.PHONE,
                    mode=OrderMode.TAKEAWAY,
                    lines=cart,
                    promised_at=promised(),
                    customer=CustomerPart(
                        new_customer=CustomerInput(
                            phone=f"01 45 {(n + 2) % 100:02d} {(n + 2) // 100 % 100:02d} 11",
                            first_name="Bench",
                            last_name="Client",
                        )
                    ),
                    payments=(
                        PaymentRequest(
                            client_key=uuid.uuid4().hex, tender=Tender.CARD, amount_cents=total
                        ),
                    ),
                ),
            )

        rows = []
        for label, use_case, target in (
            ("`orders.place` (take-away, 3 lines)", place, 6),
            ("`counter.submit`, paid now in cash with change", paid_now, 7),
            ("`counter.submit`, a new customer, paid now by card", new_customer, None),
        ):
            trips, pings, kinds = _measure(ctx, use_case)
            shown = " · ".join([*kinds, "COMMIT"])
            goal = f"≤ {target}" if target else "—"
            rows.append(f"| {label} | {trips:.2f} | {pings:.2f} | {goal} | {shown} |")
    finally:
        ctx.close()
        drop_database(url)
    return (
        "## (c) Round trips per use case (MariaDB, session status counters)\n\n"
        f"Average over {REPEATS} calls on one pooled connection, read from the session's own "
        "`Questions` and `Com_admin_commands` (pings); no `SET GLOBAL`. Before Step 9 a plain "
        "placement cost 7 (5 statements, a liveness ping, the COMMIT).\n\n"
        "| use case | round trips | of which pings | target | statements of one call |\n"
        "|---|---|---|---|---|\n" + "\n".join(rows) + "\n"
    )


def _one_connection(config: DatabaseConfig) -> ServiceContext:
    """A context whose pool holds one connection, so the counters read the session the use
    cases ran on (a pool of five hands its connections out in turn)."""
    from ocpizza_desk.db.engine import session_factory

    ctx = ServiceContext(config)
    ctx.engine.dispose()
    ctx.engine = create_engine_for(config, pool_size=1, max_overflow=0)
    ctx._sessions = session_factory(ctx.engine)
    return ctx
