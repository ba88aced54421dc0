"""Sizes and half-and-half on MariaDB (issue 20, items 1 and 3).

- `halves`: order placement with 8 concurrent workers whose every cart holds a
  half-and-half in a random size (plus 0 to 2 sized pizzas), through the services and as a
  hand-written PyMySQL transaction doing the same reads and writes, taking turns in the same
  run (as bench/placement.py does for plain carts); and the round trips of one such placement
  on one connection (session status counters, as bench/statements.py).
- `menu_sizes`: the counter's menu with "can still make" per size, for 60 products in 3
  sizes each (the demo's 31, and copies of its pizzas up to 60, every one in 3 sizes), a
  cart of 3 lines in progress: p95 of `menu.menu` over 200 calls.
"""

from __future__ import annotations

import json
import random
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from bench import placement
from bench.supplies import stock_up
from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.db import schema
from ocpizza_desk.db.engine import create_engine_for
from ocpizza_desk.domain import sizes
from ocpizza_desk.ops.scratch import create_database, drop_database
from ocpizza_desk.ops.seed import seed_demo

MENU_CALLS = 200
MENU_PRODUCTS = 60


def _sizes(url: str) -> dict[int, dict[str, tuple[int, int, int]]]:
    """Pizzas' sizes: product -> label -> (size id, price, dose %)."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.connect() as c:
        found: dict[int, dict[str, tuple[int, int, int]]] = {}
        for pid, label, sid, price, pct in c.execute(
            text(
                "SELECT product_id, label, id, price_cents, dose_pct FROM product_sizes "
                "WHERE active AND label <> ''"
            )
        ):
            found.setdefault(pid, {})[label] = (sid, price, pct)
    engine.dispose()
    return found


def _half_cart(rng: random.Random, pizzas: list[int], labels: list[str]):
    """[(first, second or None, label, quantity)]: a half-and-half, then 0 to 2 pizzas."""
    label = rng.choice(labels)
    a, b = rng.sample(pizzas, 2)
    cart = [(a, b, label, 1)]
    for _ in range(rng.randint(0, 2)):
        cart.append((rng.choice(pizzas), None, rng.choice(labels), rng.randint(1, 2)))
    return cart


def _services_worker(url, store_id, user_id, seed, start_at, seconds, paid=False) -> int:
    from ocpizza_desk.domain.enums import Channel, OrderMode, Role
    from ocpizza_desk.services import orders
    from ocpizza_desk.services.auth import StaffSession
    from ocpizza_desk.services.cart import CartLine
    from ocpizza_desk.services.context import ServiceContext

    table = _sizes(url)
    pizzas = sorted(table)
    labels = sorted(next(iter(table.values())))
    rng = random.Random(seed)
    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    session = StaffSession(user_id, "bench", "Bench", Role.COUNTER, store_id, None)
    done = 0
    placement.wait_until(start_at)
    end = start_at + seconds
    while time.time() < end:
        lines = tuple(
            CartLine(
                a,
                q,
                size_id=table[a][label][0],
                half_product_id=b,
                half_size_id=table[b][label][0] if b else None,
            )
            for a, b, label, q in _half_cart(rng, pizzas, labels)
        )
        orders.place(
            ctx,
            session,
            orders.OrderRequest(
                client_key=str(uuid.uuid4()),
                channel=Channel.PHONE,
                mode=OrderMode.TAKEAWAY,
                lines=lines,
                promised_at=datetime.now(UTC) + timedelta(minutes=30),
            ),
        )
        done += 1
    ctx.close()
    return done


def _hand_worker(url, store_id, user_id, seed, start_at, seconds, paid=False) -> int:
    """The same reads and rows as the services, with PyMySQL: the cart's catalogue with its
    sizes in one statement, the order, its lines (size, halves), the stock, the journal."""
    products, recipes, _ = placement._catalogue(url)
    table = _sizes(url)
    pizzas = sorted(table)
    labels = sorted(next(iter(table.values())))
    connection = placement.pymysql_connection(url)
    rng = random.Random(seed)
    done = 0
    placement.wait_until(start_at)
    end = start_at + seconds
    with connection.cursor() as cursor:
        while time.time() < end:
            cart = _half_cart(rng, pizzas, labels)
            now = datetime.now(UTC).replace(tzinfo=None)
            wanted = ",".join(str(int(p)) for p in {x for a, b, _, _ in cart for x in (a, b) if x})
            cursor.execute(
                "SELECT p.id, p.vat_rate_bp, p.active, s.enabled, z.id, z.label, z.price_cents,"
                " z.dose_pct, r.ingredient_id, r.quantity FROM products p "
                "LEFT JOIN store_products s ON s.product_id = p.id AND s.store_id = %s "
                "JOIN product_sizes z ON z.product_id = p.id "
                f"JOIN recipe_lines r ON r.product_id = p.id WHERE p.id IN ({wanted})",
                (store_id,),
            )
            cursor.fetchall()
            rows, use, total = [], {}, 0
            for position, (a, b, label, q) in enumerate(cart, 1):
                sid, price, pct = table[a][label]
                if b is None:
                    name = sizes.line_name(products[a][0], label)
                    unit = sizes.scaled(recipes[a], pct)
                    components = None
                else:
                    other = table[b][label]
                    price = sizes.half_price(price, other[1])
                    name = sizes.half_name(products[a][0], products[b][0], label)
                    unit = sizes.half_use(recipes[a], pct, recipes[b], other[2])
                    components = json.dumps(
                        [
                            {
                                "product_id": a,
                                "size_id": sid,
                                "name": products[a][0],
                                "share_pct": 50,
                            },
                            {
                                "product_id": b,
                                "size_id": other[0],
                                "name": products[b][0],
                                "share_pct": 50,
                            },
                        ]
                    )
                for ingredient, dose in unit.items():
                    use[ingredient] = use.get(ingredient, 0) + dose * q
                total += q * price
                line = (position, a, name, q, price, products[a][2], q * price, None)
                rows.append((*line, sid, label, components))
            done += placement.write_order(
                connection,
                cursor,
                store_id=store_id,
                user_id=user_id,
                now=now,
                total=total,
                lines=rows,
                use=use,
                extra_columns=("size_id", "size_label", "components"),
            )
    connection.close()
    return done


def _round_trips(url: str) -> tuple[float, list[str]]:
    """One half-and-half placement's round trips on one connection (statements + pings)."""
    from ocpizza_desk.services.cart import CartLine

    table = _sizes(url)
    a, b, c = sorted(table)[:3]
    cart = (
        CartLine(a, 1, size_id=table[a]["40 cm"][0], half_product_id=b),
        CartLine(c, 2, size_id=table[c]["26 cm"][0]),
    )
    return placement.round_trips(url, cart)


def run_halves(server: str, **_options) -> str:
    url = placement._prepare(server)
    try:
        trips, kinds = _round_trips(url)
        services, hand = placement.race(url, _services_worker, _hand_worker)
    finally:
        drop_database(url)
    s, h = sum(services) / len(services), sum(hand) / len(hand)
    rounds = ", ".join(f"{a:.0f}/{b:.0f}" for a, b in zip(services, hand, strict=True))
    shown = " · ".join([*kinds, "COMMIT"])
    return (
        f"## (n) Placement with a half-and-half, {placement.WORKERS} concurrent workers "
        "(MariaDB)\n\n"
        "Every cart: a half-and-half in a random size, then 0 to 2 sized pizzas. "
        f"{placement.ROUNDS} rounds of {placement.SECONDS} s per path, taking turns "
        f"(services/hand per round: {rounds}). The hand-written baseline reads the cart's "
        "catalogue with its sizes in one statement, then writes the same rows (lines with "
        "their size and halves, the stock scaled, the journal).\n\n"
        "| path | orders/s | baseline (same run) | ratio |\n|---|---|---|---|\n"
        f"| `services.orders.place`, half-and-half | {s:,.0f} | hand-written PyMySQL "
        f"{h:,.0f} | {s / h:.2f} (target ≥ 0.50) |\n\n"
        f"Round trips of one such placement on one connection: {trips:.2f} "
        f"(target ≤ 6 as a plain placement: 5 statements and the COMMIT): {shown}.\n"
    )


def _sixty_products(connection) -> None:
    """Copies of the demo's pizzas (recipe, 3 sizes) until the catalogue holds 60 products,
    every one in 3 sizes (the drinks and desserts get 3 too, for the count)."""
    count = connection.execute(text("SELECT COUNT(*) FROM products")).scalar()
    pizzas = (
        connection.execute(
            text(
                "SELECT p.id FROM products p JOIN categories c ON c.id = p.category_id "
                "WHERE c.code = 'pizza' ORDER BY p.id"
            )
        )
        .scalars()
        .all()
    )
    next_id = connection.execute(text("SELECT MAX(id) FROM products")).scalar() + 1
    for n in range(MENU_PRODUCTS - count):
        source = pizzas[n % len(pizzas)]
        new = next_id + n
        connection.execute(
            text(
                "INSERT INTO products (id, code, name, description, category_id, price_cents, "
                "vat_rate_bp, baking_notes, active, position, created_at, updated_at) "
                "SELECT :new, CONCAT(code, '_', :new), CONCAT(name, ' ', :new), description, "
                "category_id, price_cents, vat_rate_bp, baking_notes, active, :new, created_at, "
                "updated_at FROM products WHERE id = :src"
            ),
            {"new": new, "src": source},
        )
        for table, columns in (
            ("recipe_lines", "ingredient_id, quantity"),
            ("product_sizes", "label, price_cents, dose_pct, position, is_default, active"),
        ):
            connection.execute(
                text(
                    f"INSERT INTO {table} (product_id, {columns}) SELECT :new, {columns} "
                    f"FROM {table} WHERE product_id = :src"
                ),
                {"new": new, "src": source},
            )
    # The one-size products (drinks, desserts) in 3 sizes too: 60 × 3 sizes in all.
    one_size = (
        connection.execute(
            text("SELECT product_id FROM product_sizes GROUP BY product_id HAVING COUNT(*) = 1")
        )
        .scalars()
        .all()
    )
    for pid in one_size:
        connection.execute(
            text("UPDATE product_sizes SET label = 'M', position = 2 WHERE product_id = :p"),
            {"p": pid},
        )
        connection.execute(
            text(
                "INSERT INTO product_sizes (product_id, label, price_cents, dose_pct, position, "
                "is_default, active) SELECT product_id, 'S', price_cents - 50, 75, 1, 0, 1 "
                "FROM product_sizes WHERE product_id = :p UNION ALL SELECT product_id, 'L', "
                "price_cents + 100, 150, 3, 0, 1 FROM product_sizes WHERE product_id = :p"
            ),
            {"p": pid},
        )


def run_menu(server: str, **_options) -> str:
    from ocpizza_desk.domain.enums import Role
    from ocpizza_desk.services import menu
    from ocpizza_desk.services.auth import StaffSession
    from ocpizza_desk.services.cart import CartLine
    from ocpizza_desk.services.context import ServiceContext

    url = create_database(server, prefix="ocpizza_bench_menu")
    engine = create_engine_for(DatabaseConfig(url=url, source="bench"), interactive=False)
    schema.upgrade(engine)
    seed_demo(engine, orders=0, password_hasher=lambda p: "bench")
    with engine.begin() as c:
        stock_up(c)
        _sixty_products(c)
        products = c.execute(text("SELECT COUNT(*) FROM products")).scalar()
        sized = c.execute(text("SELECT COUNT(*) FROM product_sizes")).scalar()
        user_id = c.execute(
            text("SELECT id FROM users WHERE role = 'counter' AND store_id = 1")
        ).scalar()
    engine.dispose()
    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    timings: list[float] = []
    try:
        session = StaffSession(user_id, "bench", "Bench", Role.COUNTER, 1, None)
        table = _sizes(url)
        a, b, c = sorted(table)[:3]
        cart = (
            CartLine(a, 1, size_id=table[a]["40 cm"][0], half_product_id=b),
            CartLine(c, 2, size_id=table[c]["26 cm"][0]),
            CartLine(b, 1),
        )
        for _ in range(20):  # the pool, the caches
            menu.menu(ctx, session, cart)
        for _ in range(MENU_CALLS):
            start = time.perf_counter()
            items = menu.menu(ctx, session, cart).items
            timings.append((time.perf_counter() - start) * 1000)
        assert len(items) == products and all(len(i.sizes) == 3 for i in items)
    finally:
        ctx.close()
        drop_database(url)
    timings.sort()
    p50 = statistics.median(timings)
    p95 = timings[int(len(timings) * 0.95) - 1]
    return (
        '## (o) The counter\'s menu with "can still make" per size (MariaDB)\n\n'
        f"`services.menu.menu` for {products} products in {sized} sizes (3 each), a cart of "
        f"3 lines in progress (a half-and-half among them), {MENU_CALLS} calls after 20 warm "
        "ones, one process.\n\n"
        "| figure | ms | target |\n|---|---|---|\n"
        f"| p50 | {p50:.1f} | — |\n| p95 | {p95:.1f} | < 20 |\n"
    )
