"""A curious employee with their own database login and a plain client: the server, not the
application, refuses what their role may not do (MariaDB, per-staff accounts).

Each test connects with plain PyMySQL as a demo staff member (their own account, their demo
password) and tries what a "hostile clerk" tried with the old shared login; every attempt
must be refused by the server and change nothing.
"""

from __future__ import annotations

import pymysql
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from ocpizza_desk.services import counter, orders
from tests.helpers import snapshot

pytestmark = [
    pytest.mark.mysql_only,
    pytest.mark.parametrize("backend", ["mariadb"], indirect=True),
]


@pytest.fixture
def connect(staff_accounts, demo):
    naming, passwords = staff_accounts
    url = make_url(demo.config.url)
    opened = []

    def open_as(username: str) -> pymysql.connections.Connection:
        connection = pymysql.connect(
            host=url.host,
            port=url.port or 3306,
            user=naming.account(username),
            password=passwords[username],
            database=url.database,
            autocommit=False,
        )
        opened.append(connection)
        return connection

    yield open_as
    for connection in opened:
        connection.close()


def refused(connection, statement: str, *args) -> str:
    """The server's refusal of `statement` (the transaction is rolled back either way)."""
    with connection.cursor() as cursor:
        try:
            cursor.execute(statement, args or None)
        except pymysql.MySQLError as error:
            connection.rollback()
            return f"{error.args[0]}: {error.args[1]}"
        connection.rollback()
    raise AssertionError(f"the server accepted: {statement}")


def a_paid_order(demo, signed_in):
    """An order of Bastille, paid in cash, placed by its counter through the app."""
    import uuid
    from datetime import timedelta

    from ocpizza_desk.domain.clock import utcnow
    from ocpizza_desk.domain.enums import Channel, OrderMode, Tender
    from ocpizza_desk.services.cart import CartLine
    from ocpizza_desk.services.counter import CounterSubmission
    from ocpizza_desk.services.payments import PaymentRequest
    from tests.helpers import product_id

    ctx, clerk = signed_in("accueil.bastille")
    regina = product_id(demo, "regina")
    with demo.engine.connect() as c:
        price = c.execute(text("SELECT price_cents FROM products WHERE id = :p"), {"p": regina})
        total = price.scalar()
    outcome = counter.submit(
        ctx,
        clerk,
        CounterSubmission(
            client_key=uuid.uuid4().hex,
            channel=Channel.COUNTER,
            mode=OrderMode.TAKEAWAY,
            lines=(CartLine(regina, 1),),
            promised_at=utcnow() + timedelta(minutes=20),
            payments=(
                PaymentRequest(client_key=uuid.uuid4().hex, tender=Tender.CASH, amount_cents=total),
            ),
        ),
    )
    return outcome.order_id


def test_the_counter_works_through_its_own_account(demo, signed_in):
    order_id = a_paid_order(demo, signed_in)
    ctx, clerk = signed_in("accueil.bastille")
    assert clerk.username == "accueil.bastille" and clerk.role.value == "counter"
    detail = orders.detail(ctx, clerk, order_id)
    assert detail.kept_cents == detail.total_cents > 0


def test_a_clerk_cannot_read_secrets_rewrite_money_or_promote_themselves(demo, signed_in, connect):
    order_id = a_paid_order(demo, signed_in)
    clerk = connect("accueil.bastille")
    before = snapshot(demo)
    attempts = [
        "SELECT password_hash FROM users",
        f"UPDATE orders SET total_cents = 100 WHERE id = {order_id}",
        "DELETE FROM sales_journal",
        "DELETE FROM payments",
        "DELETE FROM audit_log",
        "DELETE FROM stock_movements",
        "UPDATE payments SET amount_cents = 1",
        "UPDATE stock_balances SET quantity = 999999",
        "UPDATE products SET price_cents = 1",
        "UPDATE users SET role = 'head_office' WHERE username = 'accueil.bastille'",
        "UPDATE users SET password_hash = 'x'",
        "INSERT INTO orders (store_id, channel, mode, status, promised_at, created_at, "
        "updated_at, version, client_key, total_cents) VALUES ((SELECT id FROM stores "
        "WHERE code = 'abbesses'), 'phone', 'takeaway', 'received', UTC_TIMESTAMP(), "
        "UTC_TIMESTAMP(), UTC_TIMESTAMP(), 1, 'hostile-0001', 1000)",
        "GRANT ALL PRIVILEGES ON *.* TO CURRENT_USER()",
        "CREATE USER 'hostile'@'%' IDENTIFIED BY 'x'",
        "SET ROLE t_never",
    ]
    refusals = [refused(clerk, statement) for statement in attempts]
    print("\n".join(refusals))
    assert len(refusals) == len(attempts)
    assert snapshot(demo) == before


def test_a_clerk_cannot_grant_a_role_or_unlock_an_account(demo, signed_in, connect, staff_accounts):
    naming, _ = staff_accounts
    clerk = connect("accueil.bastille")
    refused(clerk, f"GRANT `{naming.role('head_office')}` TO CURRENT_USER()")
    refused(clerk, f"ALTER USER '{naming.account('responsable.bastille')}'@'%' ACCOUNT UNLOCK")
    refused(clerk, f"CALL {naming.routine('staff_active')}(1, 1)")


def test_a_manager_is_held_to_their_store_and_their_staff(demo, connect, staff_accounts):
    naming, _ = staff_accounts
    manager = connect("responsable.bastille")
    refused(
        manager,
        "UPDATE stock_balances SET threshold = 1 WHERE store_id = "
        "(SELECT id FROM stores WHERE code = 'abbesses')",
    )
    refused(manager, "UPDATE stock_balances SET quantity = 0")
    refused(manager, "DELETE FROM closures")
    refused(manager, "UPDATE products SET price_cents = 1")
    with demo.engine.connect() as c:
        head_office = c.execute(text("SELECT id FROM users WHERE username = 'direction'")).scalar()
    refused(manager, f"CALL {naming.routine('staff_password')}({head_office}, 'taken-over-1')")


def test_a_driver_cannot_touch_the_kitchen_or_the_stock(demo, connect):
    driver = connect("livreur.bastille")
    refused(
        driver,
        "INSERT INTO stock_movements (store_id, ingredient_id, kind, delta, "
        "created_at) VALUES (1, 1, 'receipt', 1000, UTC_TIMESTAMP())",
    )
    refused(driver, "UPDATE products SET active = 0")
    refused(driver, "SELECT password_hash FROM users")


def test_a_pizzaiolo_only_acknowledges_a_kitchen_change(demo, signed_in, connect):
    """Issue 20: the kitchen may set the acknowledgement of a late change, nothing else of
    it, and not the order's content; another store's kitchen not even that."""
    from ocpizza_desk.domain.enums import OrderStatus
    from ocpizza_desk.services.cart import CartLine
    from tests.helpers import product_id

    order_id = a_paid_order(demo, signed_in)
    ctx, manager = signed_in("responsable.bastille")
    cook_ctx, cook = signed_in("pizzaiolo.bastille")
    orders.advance(cook_ctx, cook, order_id, OrderStatus.IN_PREPARATION)
    detail = orders.detail(ctx, manager, order_id)
    orders.modify(
        ctx,
        manager,
        order_id,
        orders.OrderChange(
            lines=tuple(CartLine(line.product_id, line.quantity) for line in detail.lines),
            mode=detail.mode,
            promised_at=detail.promised_at,
            notes="sans olives",
            late_reason="le client a rappelé",
        ),
        detail.version,
    )
    with demo.engine.connect() as c:
        change_id = c.execute(
            text("SELECT id FROM kitchen_changes WHERE order_id = :o"), {"o": order_id}
        ).scalar_one()
    pizzaiolo = connect("pizzaiolo.bastille")
    before = snapshot(demo)
    attempts = [
        f"UPDATE kitchen_changes SET reason = 'rien' WHERE id = {change_id}",
        f"UPDATE kitchen_changes SET items = '[]' WHERE id = {change_id}",
        f"UPDATE kitchen_changes SET changed_by_id = NULL WHERE id = {change_id}",
        f"UPDATE kitchen_changes SET order_id = order_id + 1 WHERE id = {change_id}",
        f"DELETE FROM kitchen_changes WHERE id = {change_id}",
        "INSERT INTO kitchen_changes (order_id, order_version, changed_at, changed_by_id, "
        f"reason, items) VALUES ({order_id}, 1, UTC_TIMESTAMP(), 1, 'x', '[]')",
        f"UPDATE orders SET notes = 'sans rien' WHERE id = {order_id}",
        f"UPDATE orders SET total_cents = 1 WHERE id = {order_id}",
        f"DELETE FROM order_lines WHERE order_id = {order_id}",
        f"INSERT INTO order_lines (order_id, position, product_id, product_name, quantity, "
        f"unit_price_cents, vat_rate_bp, line_total_cents) VALUES ({order_id}, 9, "
        f"{product_id(demo, 'regina')}, 'Regina', 1, 0, 1000, 0)",
    ]
    refusals = [refused(pizzaiolo, statement) for statement in attempts]
    print("\n".join(refusals))
    assert snapshot(demo) == before
    # Another store's kitchen cannot even acknowledge it (the store-scope trigger).
    elsewhere = connect("pizzaiolo.abbesses")
    refusal = refused(
        elsewhere,
        f"UPDATE kitchen_changes SET acknowledged_at = UTC_TIMESTAMP(6) WHERE id = {change_id}",
    )
    assert "another store" in refusal
    # Not in someone else's name.
    refused(
        pizzaiolo,
        "UPDATE kitchen_changes SET acknowledged_at = UTC_TIMESTAMP(6), "
        f"acknowledged_by_id = {manager.user_id} WHERE id = {change_id}",
    )
    # What it may do, it can: the two acknowledgement columns, as itself, once.
    with pizzaiolo.cursor() as cursor:
        cursor.execute(
            "UPDATE kitchen_changes SET acknowledged_at = UTC_TIMESTAMP(6), "
            "acknowledged_by_id = %s WHERE id = %s",
            (cook.user_id, change_id),
        )
        assert cursor.rowcount == 1
    pizzaiolo.commit()
    refusal = refused(
        pizzaiolo, f"UPDATE kitchen_changes SET acknowledged_at = NULL WHERE id = {change_id}"
    )
    assert "already acknowledged" in refusal
