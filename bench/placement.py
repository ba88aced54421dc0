"""Order placement on MariaDB with 8 concurrent workers: through the services, and the same
reads and writes as a hand-written PyMySQL transaction, in the same run.

Each worker is a process (a shop PC) placing orders in a loop for a fixed time, on one of the
five demo stores (so stores are shared, as on a Friday night), with carts of 1 to 3 lines.
Two use cases: a plain placement (`orders.place`), and a counter sale paid now in cash
(`counter.submit` with its payment). The hand-written baseline reads the cart's prices and
recipes as the service must (one statement), then writes the same rows.
"""

from __future__ import annotations

import multiprocessing
import random
import time
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import text
from sqlalchemy.engine import make_url

from bench.supplies import stock_up
from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.db import schema
from ocpizza_desk.ops.scratch import create_database, drop_database
from ocpizza_desk.ops.seed import seed_demo

WORKERS = 8
SECONDS = 6  # per round and path
ROUNDS = 3  # services and hand-written take turns, so the machine's moods hit both


def _catalogue(url: str):
    """Products with their recipes, read once (the hand-written path prices from memory)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as c:
        products = {
            pid: (name, price, vat)
            for pid, name, price, vat in c.execute(
                text(
                    "SELECT id, name, price_cents, vat_rate_bp FROM products p WHERE EXISTS "
                    "(SELECT 1 FROM recipe_lines r WHERE r.product_id = p.id) AND NOT EXISTS "
                    "(SELECT 1 FROM store_products s WHERE s.product_id = p.id AND NOT s.enabled)"
                )
            )
        }
        recipes: dict[int, dict[int, int]] = {}
        for pid, ingredient, quantity in c.execute(
            text("SELECT product_id, ingredient_id, quantity FROM recipe_lines")
        ):
            recipes.setdefault(pid, {})[ingredient] = quantity
        users = dict(c.execute(text("SELECT store_id, id FROM users WHERE role = 'counter'")).all())
    engine.dispose()
    return products, recipes, users


def _cart(rng: random.Random, product_ids: list[int]) -> list[tuple[int, int]]:
    return [(rng.choice(product_ids), rng.randint(1, 2)) for _ in range(rng.randint(1, 3))]


def _services_worker(
    url: str,
    store_id: int,
    user_id: int,
    seed: int,
    start_at: float,
    seconds: float,
    paid: bool = False,
) -> int:
    from ocpizza_desk.domain.enums import Channel, OrderMode, Role, Tender
    from ocpizza_desk.services import counter, orders
    from ocpizza_desk.services.auth import StaffSession
    from ocpizza_desk.services.cart import CartLine
    from ocpizza_desk.services.context import ServiceContext
    from ocpizza_desk.services.counter import CounterSubmission
    from ocpizza_desk.services.payments import PaymentRequest

    products, _, _ = _catalogue(url)
    rng = random.Random(seed)
    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    session = StaffSession(user_id, "bench", "Bench", Role.COUNTER, store_id, None)
    ids = sorted(products)
    done = 0
    wait_until(start_at)
    end = start_at + seconds
    while time.time() < end:
        lines = tuple(CartLine(p, q) for p, q in _cart(rng, ids))
        promised = datetime.now(UTC) + timedelta(minutes=30)
        if paid:
            total = sum(products[line.product_id][1] * line.quantity for line in lines)
            counter.submit(
                ctx,
                session,
                CounterSubmission(
                    client_key=uuid.uuid4().hex,
                    channel=Channel.COUNTER,
                    mode=OrderMode.TAKEAWAY,
                    lines=lines,
                    promised_at=promised,
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
        else:
            orders.place(
                ctx,
                session,
                orders.OrderRequest(
                    client_key=str(uuid.uuid4()),
                    channel=Channel.PHONE,
                    mode=OrderMode.TAKEAWAY,
                    lines=lines,
                    promised_at=promised,
                ),
            )
        done += 1
    ctx.close()
    return done


def pymysql_connection(url: str):
    """A bare PyMySQL connection for the hand-written baselines (no pool, no retry)."""
    import pymysql

    parsed = make_url(url)
    return pymysql.connect(
        host=parsed.host,
        port=parsed.port or 3306,
        user=parsed.username,
        password=parsed.password or "",
        database=parsed.database,
        charset="utf8mb4",
        autocommit=False,
    )


def wait_until(start_at: float) -> None:
    """Every worker of a round starts at the same instant."""
    while time.time() < start_at:
        time.sleep(0.001)


# The line columns every baseline writes; each adds its own after them.
LINE_COLUMNS = (
    "order_id, position, product_id, product_name, quantity, unit_price_cents, extras_cents,"
    " vat_rate_bp, line_total_cents, customisations"
)


def write_order(
    connection,
    cursor,
    *,
    store_id: int,
    user_id: int,
    now: datetime,
    total: int,
    lines: list[tuple],
    use: dict[int, int],
    extra_columns: tuple[str, ...] = (),
    paid: bool = False,
) -> bool:
    """The rows a placement writes, by hand: the order, its lines ((position, product,
    name, quantity, unit price, VAT rate, line total, customisations, *extra_columns)),
    the stock (False, rolled back: the stock's CHECK refused an oversell), the cash payment
    if `paid`, the journal (its trigger chains the entries), then COMMIT."""
    import pymysql

    cursor.execute(
        "INSERT INTO orders (store_id, channel, mode, status, promised_at, created_at, "
        "updated_at, created_by_id, version, client_key, total_cents, planned_tenders) "
        "VALUES (%s, 'phone', 'takeaway', 'received', %s, %s, %s, %s, 1, %s, %s, NULL)",
        (store_id, now + timedelta(minutes=30), now, now, user_id, str(uuid.uuid4()), total),
    )
    order_id = cursor.lastrowid
    columns = LINE_COLUMNS + "".join(f", {c}" for c in extra_columns)
    marks = ", ".join(["%s"] * (10 + len(extra_columns)))
    cursor.executemany(
        f"INSERT INTO order_lines ({columns}) VALUES ({marks})",
        [
            (order_id, position, pid, name, q, unit, 0, vat, line_total, *rest)
            for position, pid, name, q, unit, vat, line_total, *rest in lines
        ],
    )
    try:  # the ledger's trigger moves the balances; their CHECK refuses an oversell
        cursor.executemany(
            "INSERT INTO stock_movements (store_id, ingredient_id, kind, delta, "
            "order_id, user_id, created_at) VALUES (%s, %s, 'order', %s, %s, %s, %s)",
            [(store_id, i, -q, order_id, user_id, now) for i, q in sorted(use.items())],
        )
    except pymysql.MySQLError:
        connection.rollback()
        return False
    entries = [("sale", total, None, '{"event":"sale"}')]
    if paid:
        cursor.execute(
            "INSERT INTO payments (order_id, tender, amount_cents, tendered_cents, "
            "received_at, received_by_id, client_key) "
            "VALUES (%s, 'cash', %s, %s, %s, %s, %s)",
            (order_id, total, total + 500, now, user_id, uuid.uuid4().hex),
        )
        entries.append(("payment", total, "cash", '{"event":"payment"}'))
    cursor.executemany(
        "INSERT INTO sales_journal (store_id, sequence, kind, business_date, "
        "recorded_at, order_id, reference, tender, amount_cents, content, "
        "previous_hash, hash) VALUES (%s, 0, %s, %s, %s, %s, NULL, %s, %s, %s, '', '')",
        [
            (store_id, kind, now.date(), now, order_id, tender, amount, content)
            for kind, amount, tender, content in entries
        ],
    )
    connection.commit()
    return True


def _hand_worker(
    url: str,
    store_id: int,
    user_id: int,
    seed: int,
    start_at: float,
    seconds: float,
    paid: bool = False,
) -> int:
    """The same reads and rows as the services, with PyMySQL and nothing else."""
    products, recipes, _ = _catalogue(url)
    connection = pymysql_connection(url)
    rng = random.Random(seed)
    ids = sorted(products)
    done = 0
    wait_until(start_at)
    end = start_at + seconds
    with connection.cursor() as cursor:
        while time.time() < end:
            cart = _cart(rng, ids)
            now = datetime.now(UTC).replace(tzinfo=None)
            # The catalogue of the cart, as the service reads it: prices, VAT, the store's
            # switch, recipes (the figures used below come from memory, read once).
            wanted = ",".join(str(int(p)) for p in {p for p, _ in cart})
            cursor.execute(
                "SELECT p.id, p.price_cents, p.vat_rate_bp, p.active, s.enabled, "
                "r.ingredient_id, r.quantity FROM products p "
                "LEFT JOIN store_products s ON s.product_id = p.id AND s.store_id = %s "
                f"JOIN recipe_lines r ON r.product_id = p.id WHERE p.id IN ({wanted})",
                (store_id,),
            )
            cursor.fetchall()
            total = sum(products[p][1] * q for p, q in cart)
            use: dict[int, int] = {}
            for p, q in cart:
                for ingredient, dose in recipes[p].items():
                    use[ingredient] = use.get(ingredient, 0) + dose * q
            lines = [
                (i, p, products[p][0], q, products[p][1], products[p][2], q * products[p][1], None)
                for i, (p, q) in enumerate(cart, 1)
            ]
            done += write_order(
                connection,
                cursor,
                store_id=store_id,
                user_id=user_id,
                now=now,
                total=total,
                lines=lines,
                use=use,
                paid=paid,
            )
    connection.close()
    return done


def _prepare(server: str) -> str:
    from ocpizza_desk.db.engine import create_engine_for

    url = create_database(server, prefix="ocpizza_bench_place")
    engine = create_engine_for(DatabaseConfig(url=url, source="bench"), interactive=False)
    schema.upgrade(engine)
    seed_demo(engine, orders=0, password_hasher=lambda p: "bench")
    with engine.begin() as c:  # enough of everything for a minute of Friday night
        stock_up(c)
    engine.dispose()
    return url


def _warm_up() -> None:
    """Imports paid before the clock starts (the services pull in all of SQLAlchemy)."""
    import pymysql  # noqa: F401

    import ocpizza_desk.services.orders  # noqa: F401


def _run(
    pool, worker, url: str, users: dict[int, int], seconds: float = SECONDS, paid: bool = False
) -> float:
    start_at = time.time() + 2.0
    stores = sorted(users)
    jobs = [
        (
            url,
            stores[w % len(stores)],
            users[stores[w % len(stores)]],
            1000 + w,
            start_at,
            seconds,
            paid,
        )
        for w in range(WORKERS)
    ]
    return sum(pool.starmap(worker, jobs)) / seconds


def race(url: str, services_worker, hand_worker) -> tuple[list[float], list[float]]:
    """Orders/s of the services and of the hand-written baseline, ROUNDS rounds taking turns
    after a one-second warm-up of each (the sizes and formulas sections' comparison)."""
    services, hand = [], []
    _, _, users = _catalogue(url)
    context = multiprocessing.get_context("spawn")
    with context.Pool(WORKERS, initializer=_warm_up) as pool:
        _run(pool, services_worker, url, users, seconds=1)
        _run(pool, hand_worker, url, users, seconds=1)
        for _ in range(ROUNDS):
            services.append(_run(pool, services_worker, url, users))
            hand.append(_run(pool, hand_worker, url, users))
    return services, hand


def round_trips(url: str, cart: tuple) -> tuple[float, list[str]]:
    """One placement of `cart` (store 1, a counter clerk): its round trips on one connection
    and the statements' kinds."""
    from bench import statements
    from ocpizza_desk.domain.enums import Channel, OrderMode, Role
    from ocpizza_desk.services import orders
    from ocpizza_desk.services.auth import StaffSession

    ctx = statements._one_connection(DatabaseConfig(url=url, source="bench"))
    try:
        with ctx.engine.connect() as conn:
            user_id = conn.execute(
                text("SELECT id FROM users WHERE role = 'counter' AND store_id = 1")
            ).scalar()
        session = StaffSession(user_id, "bench", "Bench", Role.COUNTER, 1, None)

        def place(_n: int) -> object:
            return orders.place(
                ctx,
                session,
                orders.OrderRequest(
                    client_key=str(uuid.uuid4()),
                    channel=Channel.PHONE,
                    mode=OrderMode.TAKEAWAY,
                    lines=cart,
                    promised_at=datetime.now(UTC) + timedelta(minutes=30),
                ),
            )

        trips, _pings, kinds = statements._measure(ctx, place)
    finally:
        ctx.close()
    return trips, kinds


def run(server: str, **_options) -> str:
    url = _prepare(server)
    figures: dict[bool, tuple[list[float], list[float]]] = {False: ([], []), True: ([], [])}
    try:
        _, _, users = _catalogue(url)
        context = multiprocessing.get_context("spawn")
        with context.Pool(WORKERS, initializer=_warm_up) as pool:
            _run(pool, _services_worker, url, users, seconds=1)  # connections, caches
            _run(pool, _hand_worker, url, users, seconds=1)
            for _ in range(ROUNDS):
                for paid in (False, True):
                    services, hand = figures[paid]
                    services.append(_run(pool, _services_worker, url, users, paid=paid))
                    hand.append(_run(pool, _hand_worker, url, users, paid=paid))
    finally:
        drop_database(url)
    rows, rounds = [], []
    for paid, label in (
        (False, "`services.orders.place`"),
        (True, "`services.counter.submit`, paid now"),
    ):
        services, hand = figures[paid]
        s, h = sum(services) / ROUNDS, sum(hand) / ROUNDS
        rows.append(
            f"| {label} | {s:,.0f} | hand-written PyMySQL {h:,.0f} | {s / h:.2f} (target ≥ 0.50) |"
        )
        rounds.append(", ".join(f"{a:.0f}/{b:.0f}" for a, b in zip(services, hand, strict=True)))
    return (
        f"## (a) Order placement, {WORKERS} concurrent workers (MariaDB)\n\n"
        f"{ROUNDS} rounds of {SECONDS} s per path, taking turns (services/hand per round: "
        f"placing {rounds[0]}; paid now {rounds[1]}). The hand-written baseline reads the "
        "cart's catalogue as the service does, then writes the same rows.\n\n"
        "| path | orders/s | baseline (same run) | ratio |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + "\n"
    )
