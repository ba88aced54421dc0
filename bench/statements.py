"""What the server receives for one placed order: counted on the client (cursor-execute
events) and on the server (its general log, which also shows COMMIT and any ROLLBACK)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import create_engine, event, text

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.domain.enums import Channel, OrderMode, Role
from ocpizza_desk.services import orders
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext


def run(url: str) -> str:
    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    admin = create_engine(url)
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
            thread_id = c.execute(text("SELECT CONNECTION_ID()")).scalar()
        session = StaffSession(user_id, "bench", "Bench", Role.COUNTER, 1, None)
        cart = (CartLine(products[0], 2), CartLine(products[1], 1), CartLine(products[2], 1))

        def place():
            return orders.place(
                ctx,
                session,
                orders.OrderRequest(
                    str(uuid.uuid4()),
                    Channel.PHONE,
                    OrderMode.TAKEAWAY,
                    cart,
                    datetime.now(UTC) + timedelta(minutes=30),
                ),
            )

        place()  # warm the pool: the next order reuses the same connection
        client = []
        listener = lambda *args: client.append(args[2].split()[0])  # noqa: E731
        with admin.begin() as a:
            previous_output = a.execute(text("SELECT @@GLOBAL.log_output")).scalar()
            a.execute(text("SET GLOBAL log_output = 'TABLE'"))
            a.execute(text("TRUNCATE mysql.general_log"))
            a.execute(text("SET GLOBAL general_log = 'ON'"))
        event.listen(ctx.engine, "before_cursor_execute", listener)
        try:
            place()
        finally:
            event.remove(ctx.engine, "before_cursor_execute", listener)
            with admin.begin() as a:
                a.execute(text("SET GLOBAL general_log = 'OFF'"))
                a.execute(text("SET GLOBAL log_output = :o"), {"o": previous_output})
        with admin.connect() as a:
            server = [
                (kind, str(argument)[:60].split()[0] if argument else "")
                for kind, argument in a.execute(
                    text(
                        "SELECT command_type, CONVERT(argument USING utf8mb4) "
                        "FROM mysql.general_log WHERE thread_id = :t ORDER BY event_time"
                    ),
                    {"t": thread_id},
                )
            ]
    finally:
        admin.dispose()
        ctx.close()
    queries = [arg for kind, arg in server if kind == "Query"]
    return (
        "## (c) Statements per placed order (MariaDB)\n\n"
        "| counted by | statements | detail |\n|---|---|---|\n"
        f"| cursor-execute events | {len(client)} | {' · '.join(client)} |\n"
        f"| server general log (Query) | {len(queries)} | {' · '.join(queries)} |\n"
        f"| server general log (all) | {len(server)} | "
        f"{' · '.join(f'{k}:{a}' if a else k for k, a in server)} |\n\n"
        "Target: at most 5 statements (one multi-row insert for the lines, one conditional "
        "update for all of the order's ingredients); the general log also shows the COMMIT.\n"
    )
