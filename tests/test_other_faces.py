"""The other faces of the system on MariaDB, each with its own restricted account: the
customer website places paid orders through the contract the database enforces
(`web_order`: the counter's stock rule, the journal, the kitchen's live feed), and the
metrics exporter reads aggregates without seeing anyone's personal data."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import timedelta

import pymysql
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from ocpizza_desk.db import accounts
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.services import changes, journal, kitchen
from tests.conftest import accounts_ready
from tests.helpers import ingredient_id, ledger_mismatches, product_id, set_balance

pytestmark = [
    pytest.mark.mysql_only,
    pytest.mark.parametrize("backend", ["mariadb"], indirect=True),
]
WEB_PASSWORD = "site-web-2026-secret"
DEADLOCK, LOCK_WAIT_TIMEOUT = 1213, 1205


@pytest.fixture
def website(demo, staff_accounts):
    """A connection factory as the website: its own account, granted the website role."""
    naming, _ = staff_accounts
    name = f"{naming.account_prefix}web"
    with demo.engine.begin() as connection:
        accounts_ready(connection, naming)
        accounts.service_account(connection, naming, name, WEB_PASSWORD, accounts.WEBSITE)
    url = make_url(demo.config.url)
    opened = []

    def connect():
        connection = pymysql.connect(
            host=url.host,
            port=url.port or 3306,
            user=name,
            password=WEB_PASSWORD,
            database=url.database,
            autocommit=False,
        )
        opened.append(connection)
        return connection

    yield naming, connect
    for connection in opened:
        connection.close()
    with demo.engine.begin() as connection:
        connection.exec_driver_sql(f"DROP USER IF EXISTS '{name}'@'%%'")


def web_order(naming, connection, store_id, lines, key=None):
    with connection.cursor() as cursor:
        cursor.execute(
            f"CALL {naming.routine('web_order')}(%s, %s, 'website', 'takeaway', NULL, NULL, "
            "%s, %s, %s, @order)",
            (
                key or uuid.uuid4().hex,
                store_id,
                (utcnow() + timedelta(minutes=40)).replace(tzinfo=None),
                json.dumps(lines),
                "BNP-" + uuid.uuid4().hex[:12],
            ),
        )
        cursor.execute("SELECT @order")
        (order_id,) = cursor.fetchone()
    connection.commit()
    return order_id


def test_a_web_order_reserves_by_the_counter_rule_and_reaches_the_kitchen(demo, website):
    from tests.helpers import staff

    naming, connect = website
    pizzaiolo = staff(demo, "pizzaiolo.bastille")
    store = pizzaiolo.store_id
    seen = changes.poll(demo, pizzaiolo, None).marks
    regina = product_id(demo, "regina")
    order_id = web_order(naming, connect(), store, [{"product": regina, "quantity": 2}])
    # The kitchen's one-statement poll names it at once (the orders' change-mark trigger):
    # on screen within the feed's second; the queue shows it.
    moved = changes.poll(demo, pizzaiolo, seen)
    assert order_id in [changed.order_id for changed in moved.orders]
    assert order_id in [queued.order_id for queued in kitchen.queue(demo, pizzaiolo)]
    with demo.engine.connect() as c:
        paid = c.execute(
            text("SELECT tender, amount_cents, bank_reference FROM payments WHERE order_id = :o"),
            {"o": order_id},
        ).one()
        total = c.execute(text("SELECT total_cents FROM orders WHERE id = :o"), {"o": order_id})
        total = total.scalar()
        kinds = (
            c.execute(
                text("SELECT kind FROM sales_journal WHERE order_id = :o ORDER BY sequence"),
                {"o": order_id},
            )
            .scalars()
            .all()
        )
        rows = list(journal.entries_of(c, store))
    assert paid.tender == "online" and paid.amount_cents == total and paid.bank_reference
    assert kinds == ["sale", "payment"]
    assert list(journal.chain_breaks(rows, store)) == []
    assert ledger_mismatches(demo) == 0


def test_a_web_order_takes_a_size_or_the_default_one_by_the_counter_rule(demo, website):
    from ocpizza_desk.domain import sizes
    from ocpizza_desk.services import orders
    from ocpizza_desk.services.cart import CartLine
    from tests.helpers import balances, request, staff

    naming, connect = website
    counter = staff(demo, "accueil.bastille")
    store = counter.store_id
    regina = product_id(demo, "regina")
    with demo.engine.connect() as c:
        large, cheese_small = (
            c.execute(
                text(
                    "SELECT s.id FROM product_sizes s JOIN products p ON p.id = s.product_id"
                    " WHERE (p.code, s.label) IN (('regina', '40 cm'), ('quatre_fromages',"
                    " '26 cm')) ORDER BY p.code = 'regina' DESC"
                )
            )
            .scalars()
            .all()
        )
    before = balances(demo, store)
    order_id = web_order(
        naming,
        connect(),
        store,
        [{"product": regina, "size": large, "quantity": 2}, {"product": regina, "quantity": 1}],
    )
    with demo.engine.connect() as c:
        lines = c.execute(
            text(
                "SELECT product_name, size_id, size_label, unit_price_cents FROM order_lines"
                " WHERE order_id = :o ORDER BY position"
            ),
            {"o": order_id},
        ).all()
    assert [tuple(r)[:1] + tuple(r)[2:] for r in lines] == [
        ("Regina 40 cm", "40 cm", 1750),
        ("Regina 33 cm", "33 cm", 1250),
    ]
    assert lines[0].size_id == large
    web_used = {i: before[i] - q for i, q in balances(demo, store).items() if q != before[i]}
    # The same cart at the counter takes exactly as much.
    counter_before = balances(demo, store)
    orders.place(
        demo,
        counter,
        request(CartLine(regina, 2, size_id=large), CartLine(regina, 1)),
    )
    counter_used = {
        i: counter_before[i] - q for i, q in balances(demo, store).items() if q != counter_before[i]
    }
    assert web_used == counter_used
    assert web_used[ingredient_id(demo, "paton")] == 2 * sizes.scaled_dose(1, 147) + 1
    # A size of another product is not on the menu.
    with pytest.raises(pymysql.err.OperationalError, match="not on the menu"):
        web_order(
            naming, connect(), store, [{"product": regina, "size": cheese_small, "quantity": 1}]
        )
    assert ledger_mismatches(demo) == 0


def test_the_website_cannot_oversell_nor_write_orders_itself(demo, website):
    naming, connect = website
    store = 1
    with demo.engine.connect() as c:
        store = c.execute(text("SELECT id FROM stores WHERE code = 'bastille'")).scalar()
    dough = ingredient_id(demo, "paton")
    set_balance(demo, store, dough, 3)
    regina = product_id(demo, "regina")
    results: list = []

    def buy() -> None:
        connection = connect()
        key = str(uuid.uuid4())
        for _attempt in range(5):  # as the contract says: a deadlock is sent again
            try:
                results.append(
                    web_order(naming, connection, store, [{"product": regina, "quantity": 1}], key)
                )
                return
            except pymysql.MySQLError as error:
                connection.rollback()
                if error.args[0] not in (DEADLOCK, LOCK_WAIT_TIMEOUT):
                    results.append(error.args[1])
                    return
        results.append("still deadlocked after 5 attempts")

    threads = [threading.Thread(target=buy) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    placed = [r for r in results if isinstance(r, int)]
    assert len(placed) == 3 and len(results) == 8, results  # three dough balls, three pizzas
    with demo.engine.connect() as c:
        left = c.execute(
            text("SELECT quantity FROM stock_balances WHERE store_id = :s AND ingredient_id = :i"),
            {"s": store, "i": dough},
        ).scalar()
    assert left == 0 and ledger_mismatches(demo) == 0
    direct = connect()
    with direct.cursor() as cursor, pytest.raises(pymysql.MySQLError):
        cursor.execute("UPDATE orders SET total_cents = 1")
    with direct.cursor() as cursor, pytest.raises(pymysql.MySQLError):
        cursor.execute("SELECT phone_e164 FROM customers")


def test_the_metrics_account_reads_aggregates_and_no_personal_data(demo, staff_accounts):
    from ocpizza_desk.config import DatabaseConfig
    from ocpizza_desk.ops.metrics import MetricsServer

    naming, _ = staff_accounts
    name = f"{naming.account_prefix}metrics"
    with demo.engine.begin() as connection:
        accounts.service_account(connection, naming, name, "metrics-2026-secret", accounts.METRICS)
    url = make_url(demo.config.url).set(username=name, password="metrics-2026-secret")
    try:
        server = MetricsServer(
            DatabaseConfig(url=url.render_as_string(hide_password=False), source="tests"),
            port=0,
        ).start()
        try:
            import urllib.request

            body = urllib.request.urlopen(server.url + "/metrics", timeout=10).read().decode()
            health = urllib.request.urlopen(server.url + "/healthz", timeout=10).status
        finally:
            server.stop()
        assert "ocpizza_orders{" in body and "ocpizza_database_up 1.0" in body
        assert health == 200
        connection = pymysql.connect(
            host=url.host,
            port=url.port or 3306,
            user=name,
            password="metrics-2026-secret",
            database=url.database,
        )
        try:
            for statement in (
                "SELECT * FROM customers",
                "SELECT full_name FROM users",
                "SELECT street FROM customer_addresses",
                "SELECT * FROM payments",
            ):
                with connection.cursor() as cursor, pytest.raises(pymysql.MySQLError):
                    cursor.execute(statement)
        finally:
            connection.close()
    finally:
        with demo.engine.begin() as connection:
            connection.exec_driver_sql(f"DROP USER IF EXISTS '{name}'@'%%'")


def _bastille(demo) -> int:
    with demo.engine.connect() as c:
        return c.execute(text("SELECT id FROM stores WHERE code = 'bastille'")).scalar()


def _set_store(demo, store: int, **values) -> None:
    from sqlalchemy import update

    from ocpizza_desk.db import models as m

    with demo.engine.begin() as c:
        c.execute(update(m.Store.__table__).where(m.Store.id == store).values(**values))


def _refused(connection, call, says: str) -> None:
    with pytest.raises(pymysql.err.OperationalError) as caught:
        call()
    connection.rollback()
    assert says in str(caught.value)


def test_a_web_order_out_of_hours_on_a_closure_or_after_last_orders_is_refused(demo, website):
    """The procedure applies the counter's opening rule (domain/opening.py) itself: the
    promised time in a range of its Paris day, that day not closed, ordered before the
    range's end minus the last-order minutes."""
    from datetime import UTC, datetime

    from ocpizza_desk.db import models as m
    from ocpizza_desk.domain.clock import PARIS
    from tests.factories import ALL_DAY
    from tests.helpers import snapshot

    naming, connect = website
    store, regina = _bastille(demo), product_id(demo, "regina")
    lines = [{"product": regina, "quantity": 1}]
    connection = connect()
    before = snapshot(demo)
    _set_store(demo, store, opening_hours={d: [] for d in ALL_DAY})  # closed every day
    before = snapshot(demo)
    _refused(
        connection,
        lambda: web_order(naming, connection, store, lines),
        "web_order: the store is closed at the promised time",
    )
    assert snapshot(demo) == before

    # Open all day, but the promised day is an exceptional closure.
    promised = (utcnow() + timedelta(minutes=40)).replace(microsecond=0)
    day = promised.astimezone(PARIS).date()
    _set_store(demo, store, opening_hours=ALL_DAY)
    with demo.engine.begin() as c:
        c.execute(m.StoreClosure.__table__.insert().values(store_id=store, day=day, label="Noël"))
    _refused(
        connection,
        lambda: web_order(naming, connection, store, lines),
        "web_order: the store is closed at the promised time",
    )
    with demo.engine.begin() as c:
        c.execute(m.StoreClosure.__table__.delete())

    # Last orders: the range ends at the promised day's midnight; ordering now is allowed
    # until that midnight minus the store's minutes.
    midnight = datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=PARIS)
    left = int((midnight.astimezone(UTC) - utcnow()).total_seconds() // 60)
    _set_store(demo, store, last_order_minutes=left + 2)
    _refused(
        connection,
        lambda: web_order(naming, connection, store, lines),
        "web_order: the store is closed at the promised time",
    )
    _set_store(demo, store, last_order_minutes=max(0, left - 2))
    assert web_order(naming, connection, store, lines)


def test_a_web_delivery_outside_the_zone_is_refused(demo, website):
    naming, connect = website
    store, regina = _bastille(demo), product_id(demo, "regina")
    with demo.engine.connect() as c:
        customer, address = c.execute(
            text(
                "SELECT a.customer_id, a.id FROM customer_addresses a "
                "JOIN customers c ON c.id = a.customer_id WHERE NOT a.archived "
                "AND a.latitude IS NOT NULL AND c.erased_at IS NULL ORDER BY a.id LIMIT 1"
            )
        ).one()
    connection = connect()

    def deliver():
        with connection.cursor() as cursor:
            cursor.execute(
                f"CALL {naming.routine('web_order')}(%s, %s, 'website', 'delivery', %s, %s, "
                "%s, %s, %s, @order)",
                (
                    uuid.uuid4().hex,
                    store,
                    customer,
                    address,
                    (utcnow() + timedelta(minutes=40)).replace(tzinfo=None),
                    json.dumps([{"product": regina, "quantity": 1}]),
                    "BNP-" + uuid.uuid4().hex[:12],
                ),
            )
            cursor.execute("SELECT @order")
            (order_id,) = cursor.fetchone()
        connection.commit()
        return order_id

    _set_store(demo, store, delivery_radius_m=1)  # a one-metre zone: the address is out
    _refused(connection, deliver, "web_order: the address is outside the store's delivery zone")
    _set_store(demo, store, delivery_radius_m=50_000)
    assert deliver()
