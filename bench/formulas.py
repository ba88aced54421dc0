"""Placement with a formula on MariaDB (issue 20, item 2).

- `formulas`: order placement with 8 concurrent workers whose every cart holds a lunch
  formula (a 33 cm pizza, a drink, a dessert, chosen at random among the slots' choices)
  plus 0 to 2 pizzas, through the services and as a hand-written PyMySQL transaction doing
  the same reads and writes, taking turns in the same run (as bench/sizes.py does for
  half-and-half); and the round trips of one such placement on one connection.
"""

from __future__ import annotations

import random
import time
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from bench import placement
from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.domain import formulas, sizes
from ocpizza_desk.ops.scratch import drop_database


def _lunch(url: str):
    """The lunch formula: (id, name, price, [[(product, size id, label, price, pct,
    supplement), ...] per slot]), read once (the hand-written path prices from memory)."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.connect() as c:
        fid, name, price = c.execute(
            text("SELECT id, name, price_cents FROM formulas WHERE name = 'Formule midi'")
        ).one()
        slots = []
        for slot_id, category, label in c.execute(
            text(
                "SELECT id, category_id, size_label FROM formula_slots WHERE formula_id = :f"
                " ORDER BY position"
            ),
            {"f": fid},
        ).all():
            listed = dict(
                c.execute(
                    text(
                        "SELECT product_id, supplement_cents FROM formula_slot_products"
                        " WHERE slot_id = :s"
                    ),
                    {"s": slot_id},
                ).all()
            )
            choices = c.execute(
                text(
                    "SELECT p.id, z.id, z.label, z.price_cents, z.dose_pct FROM products p"
                    " JOIN product_sizes z ON z.product_id = p.id AND z.active"
                    " WHERE p.active AND p.category_id = :c AND NOT EXISTS (SELECT 1"
                    " FROM store_products s WHERE s.product_id = p.id AND NOT s.enabled)"
                    " AND ((:l = '' AND z.is_default) OR z.label = :l) ORDER BY p.id"
                ),
                {"c": category, "l": label},
            ).all()
            slots.append([(*row, listed.get(row[0], 0)) for row in choices])
    engine.dispose()
    return fid, name, price, slots


def _formula_cart(rng: random.Random, slots, pizzas: list[int]):
    picks = [rng.choice(choices) for choices in slots]
    extra = [(rng.choice(pizzas), rng.randint(1, 2)) for _ in range(rng.randint(0, 2))]
    return picks, extra


def _services_worker(url, store_id, user_id, seed, start_at, seconds, paid=False) -> int:
    from ocpizza_desk.domain.enums import Channel, OrderMode, Role
    from ocpizza_desk.services import orders
    from ocpizza_desk.services.auth import StaffSession
    from ocpizza_desk.services.cart import CartLine
    from ocpizza_desk.services.context import ServiceContext

    fid, _name, _price, slots = _lunch(url)
    pizzas = sorted({p for p, *_ in slots[0]})
    rng = random.Random(seed)
    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    session = StaffSession(user_id, "bench", "Bench", Role.COUNTER, store_id, None)
    done = 0
    placement.wait_until(start_at)
    end = start_at + seconds
    while time.time() < end:
        picks, extra = _formula_cart(rng, slots, pizzas)
        lines = (
            CartLine.of_formula(fid, [(p[0], p[1]) for p in picks]),
            *(CartLine(p, q) for p, q in extra),
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
    sizes and the formula's slots in one statement, the order, its lines (the formula's
    choices at their shares and rates), the stock, the journal."""
    products, recipes, _ = placement._catalogue(url)
    fid, fname, fprice, slots = _lunch(url)
    pizzas = sorted({p for p, *_ in slots[0]})
    defaults = {}
    connection = placement.pymysql_connection(url)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT product_id, id, label, price_cents FROM product_sizes WHERE is_default"
        )
        defaults = {pid: (sid, label, price) for pid, sid, label, price in cursor.fetchall()}
    connection.commit()
    rng = random.Random(seed)
    done = 0
    placement.wait_until(start_at)
    end = start_at + seconds
    with connection.cursor() as cursor:
        while time.time() < end:
            picks, extra = _formula_cart(rng, slots, pizzas)
            now = datetime.now(UTC).replace(tzinfo=None)
            wanted = ",".join(str(int(p)) for p in {p[0] for p in picks} | {p for p, _ in extra})
            cursor.execute(
                "SELECT p.id, p.vat_rate_bp, p.active, s.enabled, z.id, z.label, z.price_cents,"
                " z.dose_pct, r.ingredient_id, r.quantity FROM products p "
                "LEFT JOIN store_products s ON s.product_id = p.id AND s.store_id = %s "
                "JOIN product_sizes z ON z.product_id = p.id "
                f"JOIN recipe_lines r ON r.product_id = p.id WHERE p.id IN ({wanted}) "
                "UNION ALL SELECT f.id, f.price_cents, f.active, fs.id, fs.category_id, "
                "fs.size_label, fp.product_id, fp.supplement_cents, NULL, NULL FROM formulas f "
                "JOIN formula_slots fs ON fs.formula_id = f.id "
                "LEFT JOIN formula_slot_products fp ON fp.slot_id = fs.id WHERE f.id = %s",
                (store_id, fid),
            )
            cursor.fetchall()
            shares = formulas.split(fprice, [formulas.Share(p[3], p[5]) for p in picks])
            rows, use, total, position = [], {}, 0, 0
            for pick, share in zip(picks, shares, strict=True):
                position += 1
                pid, sid, label, _price, pct, _extra = pick
                for ingredient, dose in sizes.scaled(recipes[pid], pct).items():
                    use[ingredient] = use.get(ingredient, 0) + dose
                total += share
                rows.append(
                    (
                        position,
                        pid,
                        sizes.line_name(products[pid][0], label),
                        1,
                        share,
                        products[pid][2],
                        share,
                        sid,
                        label,
                        fid,
                        fname,
                        1,
                    )
                )
            for pid, q in extra:
                position += 1
                sid, label, price = defaults[pid]
                for ingredient, dose in recipes[pid].items():
                    use[ingredient] = use.get(ingredient, 0) + dose * q
                total += q * price
                rows.append(
                    (
                        position,
                        pid,
                        sizes.line_name(products[pid][0], label),
                        q,
                        price,
                        products[pid][2],
                        q * price,
                        sid,
                        label,
                        None,
                        None,
                        None,
                    )
                )
            done += placement.write_order(
                connection,
                cursor,
                store_id=store_id,
                user_id=user_id,
                now=now,
                total=total,
                lines=[(*row[:7], None, *row[7:]) for row in rows],
                use=use,
                extra_columns=(
                    "size_id", "size_label", "formula_id", "formula_name", "formula_group"
                ),
            )
    connection.close()
    return done


def _round_trips(url: str) -> tuple[float, list[str]]:
    """One formula placement's round trips on one connection (statements + pings)."""
    from ocpizza_desk.services.cart import CartLine

    fid, _name, _price, slots = _lunch(url)
    picks = [choices[0] for choices in slots]
    cart = (
        CartLine.of_formula(fid, [(p[0], p[1]) for p in picks]),
        CartLine(picks[0][0], 2),
    )
    return placement.round_trips(url, cart)


def run_formulas(server: str, **_options) -> str:
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
        f"## (p) Placement with a formula, {placement.WORKERS} concurrent workers (MariaDB)\n\n"
        "Every cart: the lunch formula (a 33 cm pizza, a drink, a dessert chosen at random "
        "in their slots), then 0 to 2 pizzas. "
        f"{placement.ROUNDS} rounds of {placement.SECONDS} s per path, taking turns "
        f"(services/hand per round: {rounds}). The hand-written baseline reads the cart's "
        "catalogue with its sizes and the formula with its slots in one statement "
        "(UNION ALL), then writes the "
        "same rows (one line per choice at its share of the set price and its own VAT rate, "
        "the stock, the journal).\n\n"
        "| path | orders/s | baseline (same run) | ratio |\n|---|---|---|---|\n"
        f"| `services.orders.place`, a formula | {s:,.0f} | hand-written PyMySQL "
        f"{h:,.0f} | {s / h:.2f} (target ≥ 0.50) |\n\n"
        f"Round trips of one such placement on one connection: {trips:.2f} "
        f"(target ≤ 6 as a plain placement: 5 statements and the COMMIT): {shown}.\n"
    )
