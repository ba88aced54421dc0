"""Concurrency on MariaDB: no oversell, no lost update, guarded transitions, lock waits,
real deadlocks retried, connections lost and found again.

The stress test runs eight processes placing orders at the same moment against scarce
stock, five times in a row.
"""

from __future__ import annotations

import multiprocessing
import random
import threading
import time
import uuid
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import Channel, OrderMode, OrderStatus, Role, Tender
from ocpizza_desk.domain.errors import ConflictError, DomainError, ValidationError
from ocpizza_desk.services import orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext
from tests.conftest import _empty_all_tables
from tests.factories import build_tiny
from tests.helpers import balance, ledger_mismatches, request

pytestmark = pytest.mark.mysql_only

WORKERS = 8
ORDERS_PER_WORKER = 12
DOUGH = 40  # 8 x 12 orders of 1-3 pizzas want about 190 dough balls: most are refused


@pytest.fixture
def mariadb(new_database):
    from ocpizza_desk.db import schema

    config = new_database("mariadb")
    ctx = ServiceContext(config)
    schema.upgrade(ctx.engine)
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def pool():
    with multiprocessing.get_context("spawn").Pool(WORKERS, initializer=_warm_up) as workers:
        yield workers


def _warm_up() -> None:
    import ocpizza_desk.services.orders  # noqa: F401 - import once, not in the timed part


def _place_many(url: str, seed: int, start_at: float) -> list[tuple[str, int | None, str | None]]:
    """One shop PC: places its orders as fast as it can from `start_at` on."""
    from ocpizza_desk.services.auth import StaffSession

    rng = random.Random(seed)
    ctx = ServiceContext(DatabaseConfig(url=url, source="stress"))
    counter = StaffSession(1, "counter.test", "Counter Test", Role.COUNTER, 1, "OC Pizza Test")
    results = []
    try:
        while time.time() < start_at:  # all eight start together
            time.sleep(0.001)
        for _ in range(ORDERS_PER_WORKER):
            lines = [
                CartLine(rng.choice((1, 2)), rng.randint(1, 2)) for _ in range(rng.randint(1, 2))
            ]
            key = str(uuid.uuid4())
            try:
                placed = orders.place(
                    ctx,
                    counter,
                    orders.OrderRequest(
                        client_key=key,
                        channel=Channel.PHONE,
                        mode=OrderMode.TAKEAWAY,
                        lines=tuple(lines),
                        promised_at=utcnow() + timedelta(minutes=30),
                    ),
                )
                results.append((key, placed.order_id, None))
            except DomainError as refused:
                code = refused.code
                if code == "stock.insufficient" and (
                    refused.params["products"] == "?" or not refused.params["ingredients"]
                ):
                    code = "stock.unnamed"  # the refusal must say what ran out
                results.append((key, None, code))
    finally:
        ctx.close()
    return results


@pytest.mark.parametrize("run", range(1, 6))
def test_eight_processes_never_oversell(mariadb, pool, run):
    world = build_tiny(mariadb, {"dough": DOUGH, "cheese": 100_000, "sauce": 100_000})
    start_at = time.time() + 0.5
    batches = pool.starmap(
        _place_many, [(mariadb.config.url, run * 100 + w, start_at) for w in range(WORKERS)]
    )
    results = [r for batch in batches for r in batch]
    accepted = [r for r in results if r[1] is not None]
    refused = [r for r in results if r[1] is None]
    assert len(results) == WORKERS * ORDERS_PER_WORKER
    assert {code for _, _, code in refused} <= {"stock.insufficient"}  # every refusal explained
    assert accepted and refused  # the stock really was fought over

    with mariadb.engine.connect() as c:
        stored = c.execute(text("SELECT client_key, id FROM orders")).all()
        used_dough = c.execute(
            text("SELECT COALESCE(SUM(l.quantity), 0) FROM order_lines l")
        ).scalar()
        reserved = Counter(
            {
                (o, i): -int(q)
                for o, i, q in c.execute(
                    text(
                        "SELECT order_id, ingredient_id, SUM(delta) FROM stock_movements "
                        "WHERE order_id IS NOT NULL GROUP BY order_id, ingredient_id"
                    )
                )
            }
        )
        lines = c.execute(
            text(
                "SELECT l.order_id, r.ingredient_id, SUM(l.quantity * r.quantity) "
                "FROM order_lines l JOIN recipe_lines r ON r.product_id = l.product_id "
                "GROUP BY l.order_id, r.ingredient_id"
            )
        ).all()
    assert sorted(stored) == sorted((k, o) for k, o, _ in accepted)  # one row per acceptance
    assert used_dough <= DOUGH  # nothing oversold
    assert balance(mariadb, world.store_id, world.dough) == DOUGH - used_dough
    for order_id, ingredient, quantity in lines:  # every accepted order fully reserved
        assert reserved[(order_id, ingredient)] == quantity
    assert ledger_mismatches(mariadb) == 0
    _empty_all_tables(mariadb)


def _race(*calls):
    """Run the calls in threads released at the same instant; results or exceptions."""
    barrier = threading.Barrier(len(calls))
    outcomes: list = [None] * len(calls)

    def run(index, call):
        barrier.wait()
        try:
            outcomes[index] = call()
        except Exception as exc:  # collected for the assertions
            outcomes[index] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def test_two_pizzaiolos_press_start_together(mariadb):
    world = build_tiny(mariadb)
    counter, manager = world.staff[Role.COUNTER], world.staff[Role.MANAGER]
    pizzaiolo = world.staff[Role.PIZZAIOLO]
    for _ in range(5):
        placed = orders.place(mariadb, counter, request(CartLine(world.margherita, 1)))
        outcomes = _race(
            *(
                lambda who=who, order=placed.order_id: orders.advance(
                    mariadb, who, order, OrderStatus.IN_PREPARATION, OrderStatus.RECEIVED
                )
                for who in (pizzaiolo, manager)
            )
        )
        wins = [o for o in outcomes if isinstance(o, orders.Moved)]
        losses = [o for o in outcomes if isinstance(o, ConflictError)]
        assert len(wins) == 1 and len(losses) == 1, outcomes
        winner = pizzaiolo if outcomes[0] is wins[0] else manager
        assert losses[0].code == "order.taken"
        assert winner.full_name in losses[0].message("fr")
        with mariadb.engine.connect() as c:
            assert (
                c.execute(
                    text("SELECT COUNT(*) FROM order_status_history WHERE order_id = :o"),
                    {"o": placed.order_id},
                ).scalar()
                == 1
            )


def test_two_tills_cannot_both_take_the_last_euro(mariadb):
    world = build_tiny(mariadb)
    counter, manager = world.staff[Role.COUNTER], world.staff[Role.MANAGER]
    placed = orders.place(mariadb, counter, request(CartLine(world.margherita, 1)))
    outcomes = _race(
        lambda: orders.record_payment(
            mariadb, counter, placed.order_id, Tender.CARD, placed.total_cents
        ),
        lambda: orders.record_payment(
            mariadb, manager, placed.order_id, Tender.CASH, placed.total_cents, 2000
        ),
    )
    assert sum(isinstance(o, orders.PaymentSummary) for o in outcomes) == 1
    refused = [o for o in outcomes if isinstance(o, ValidationError)]
    assert len(refused) == 1 and refused[0].code == "payment.exceeds_due"
    with mariadb.engine.connect() as c:
        paid = c.execute(
            text("SELECT SUM(amount_cents) FROM payments WHERE order_id = :o"),
            {"o": placed.order_id},
        ).scalar()
    assert paid == placed.total_cents


def test_concurrent_modifications_do_not_lose_an_update(mariadb):
    world = build_tiny(mariadb)
    counter, manager = world.staff[Role.COUNTER], world.staff[Role.MANAGER]
    placed = orders.place(mariadb, counter, request(CartLine(world.margherita, 1)))
    change = lambda quantity: orders.OrderChange(  # noqa: E731
        lines=(CartLine(world.margherita, quantity),),
        mode=OrderMode.TAKEAWAY,
        promised_at=utcnow() + timedelta(minutes=40),
    )
    outcomes = _race(
        lambda: orders.modify(mariadb, counter, placed.order_id, change(2), expected_version=1),
        lambda: orders.modify(mariadb, manager, placed.order_id, change(3), expected_version=1),
    )
    assert sum(isinstance(o, orders.PlacedOrder) for o in outcomes) == 1
    assert sum(isinstance(o, ConflictError) for o in outcomes) == 1
    winner = next(o for o in outcomes if isinstance(o, orders.PlacedOrder))
    detail = orders.detail(mariadb, manager, placed.order_id)
    assert detail.total_cents == winner.total_cents and detail.version == 2
    assert ledger_mismatches(mariadb) == 0


def test_a_lock_wait_is_waited_out_or_reported(new_database):
    from ocpizza_desk.db import schema

    config = new_database("mariadb")
    ctx = ServiceContext(config, lock_wait_s=1)
    schema.upgrade(ctx.engine)
    world = build_tiny(ctx)
    counter = world.staff[Role.COUNTER]
    blocker = create_engine(config.url).connect()
    try:
        blocker.execute(
            text("SELECT quantity FROM stock_balances WHERE ingredient_id = 1 FOR UPDATE")
        )
        outcomes = _race(lambda: orders.place(ctx, counter, request(CartLine(world.margherita, 1))))
        assert isinstance(outcomes[0], ConflictError) and outcomes[0].code == "db.conflict"
        assert ledger_mismatches(ctx) == 0

        # Released while the order waits: the order goes through.
        result = {}
        thread = threading.Thread(
            target=lambda: result.setdefault(
                "placed", orders.place(ctx, counter, request(CartLine(world.margherita, 1)))
            )
        )
        thread.start()
        _wait_for_lock_wait(config.url)
        blocker.rollback()
        thread.join(timeout=30)
        assert isinstance(result.get("placed"), orders.PlacedOrder)
    finally:
        blocker.close()
        ctx.close()


def _wait_for_lock_wait(url: str, timeout_s: float = 20) -> None:
    """Until some transaction is waiting for a row lock (polling the server, not a clock)."""
    engine = create_engine(url)
    deadline = time.monotonic() + timeout_s
    try:
        with engine.connect() as c:
            while time.monotonic() < deadline:
                waiting = c.execute(
                    text(
                        "SELECT COUNT(*) FROM information_schema.INNODB_TRX "
                        "WHERE trx_state = 'LOCK WAIT'"
                    )
                ).scalar()
                c.rollback()
                if waiting:
                    return
        raise AssertionError("nobody ever waited for the lock")
    finally:
        engine.dispose()


def test_a_real_deadlock_is_retried(mariadb):
    """On rows no trigger touches: stock rows all bump their store's stock mark, which
    serialises stock writers of a store before they can cross."""
    world = build_tiny(mariadb)
    with mariadb.engine.connect() as c:
        packs = c.execute(text("SELECT SUM(pack_size) FROM ingredients")).scalar()
    barrier = threading.Barrier(2)
    attempts = Counter()

    def crossing(first: int, second: int):
        def work(db):
            attempts[first] += 1
            db.execute(
                text("UPDATE ingredients SET pack_size = pack_size + 1 WHERE id = :i"),
                {"i": first},
            )
            if attempts[first] == 1:
                barrier.wait(timeout=10)  # both hold their first row: now cross
            db.execute(
                text("UPDATE ingredients SET pack_size = pack_size + 1 WHERE id = :i"),
                {"i": second},
            )
            return first

        return lambda: mariadb.transaction(work)

    outcomes = _race(crossing(world.dough, world.cheese), crossing(world.cheese, world.dough))
    assert sorted(outcomes) == sorted([world.dough, world.cheese])  # both got through
    assert sum(attempts.values()) == 3  # the deadlock victim ran a second time
    with mariadb.engine.connect() as c:
        assert c.execute(text("SELECT SUM(pack_size) FROM ingredients")).scalar() == packs + 4


def test_a_connection_killed_by_the_server_is_replaced(mariadb, monkeypatch):
    from ocpizza_desk.db import engine

    # Only a connection idle for IDLE_PING_AFTER_S is pinged before use (tests/test_deadlines.py
    # has the busy and the idle cases); here every pooled connection counts as idle.
    monkeypatch.setattr(engine, "IDLE_PING_AFTER_S", 0.0)
    world = build_tiny(mariadb)
    counter = world.staff[Role.COUNTER]
    orders.place(mariadb, counter, request(CartLine(world.margherita, 1)))
    with mariadb.engine.connect() as c:  # the pooled connection the services use
        victim = c.execute(text("SELECT CONNECTION_ID()")).scalar()
    killer = create_engine(mariadb.config.url)
    with killer.connect() as k:
        k.execute(text(f"KILL CONNECTION {int(victim)}"))
    killer.dispose()
    placed = orders.place(mariadb, counter, request(CartLine(world.margherita, 1)))
    assert placed.order_id  # the idle ping found the dead link and opened another


def test_a_connection_lost_mid_transaction_is_reported_and_the_retry_is_idempotent(mariadb):
    world = build_tiny(mariadb)
    counter = world.staff[Role.COUNTER]
    order = request(CartLine(world.margherita, 1))
    killer = create_engine(mariadb.config.url)

    def work(db):
        victim = db.execute(text("SELECT CONNECTION_ID()")).scalar()
        with killer.connect() as k:
            k.execute(text(f"KILL CONNECTION {int(victim)}"))
        db.execute(text("SELECT 1"))

    try:
        with pytest.raises(DomainError) as lost:
            mariadb.transaction(work)
        assert lost.value.code == "db.unreachable"
    finally:
        killer.dispose()
    first = orders.place(mariadb, counter, order)
    again = orders.place(mariadb, counter, order)  # the screen sends it again
    assert again.replayed and again.order_id == first.order_id
