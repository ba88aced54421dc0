"""Money under a misbehaving network (MariaDB behind tests/fault_proxy.py).

Four cashiers send counter sales (most paid now, cash with change or card), phone orders and
later payments, while the proxy drops the replies to COMMITs and cuts connections at random.
Each cashier does what the counter screen does: on a lost connection, look the outcome up by
the submission's key as soon as the database answers; if nothing was saved, send the same
submission again. What each cashier was shown is then compared with the database: every
order and every payment exactly once, every paid-now payment there, the change shown equal
to the cash handed over less the amount, and never "nothing was saved" for something that
had been (a later resend of it coming back as a replay would mean the lookup lied).
"""

from __future__ import annotations

import os
import random
import threading
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from sqlalchemy import text

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import Channel, OrderMode, Role, Tender
from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.services import counter, orders
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.counter import CounterSubmission
from ocpizza_desk.services.payments import PaymentRequest
from tests.factories import build_tiny
from tests.fault_proxy import FaultProxy
from tests.helpers import ledger_mismatches

pytestmark = pytest.mark.mysql_only

CASHIERS = 4
SUBMISSIONS_PER_CASHIER = 60  # 240 submissions, plus the payments taken later
PRICE: dict[int, int] = {}  # product id -> price, read from the tiny chain
GIVE_UP_AFTER = 200  # lookups per submission: far more than any cut sequence needs
# One run in `make test` (about 25 s); OCPIZZA_FAULT_RUNS=5 for the five runs in a row that
# the issue asks for (bench/results.md).
RUNS = int(os.environ.get("OCPIZZA_FAULT_RUNS", "1"))


@dataclass
class Shown:
    """What one cashier saw for one submission or payment."""

    key: str
    order_id: int
    total_cents: int
    payments: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # key -> shown
    said_nothing_saved: int = 0  # how many times the lookup said nothing had been saved


@dataclass
class Tally:
    shown: list[Shown] = field(default_factory=list)
    later_payments: list[tuple[int, str, str, int, int]] = field(default_factory=list)
    false_nothing_saved: list[str] = field(default_factory=list)
    lost_connection: int = 0
    replays: int = 0
    errors: list[str] = field(default_factory=list)


def unreachable(error: BaseException) -> bool:
    return isinstance(error, DomainError) and error.code == "db.unreachable"


def send_until_known(send, look_up, tally: Tally):
    """The counter screen's behaviour: send; after a lost connection, look up by key until
    the database answers; if nothing was saved, send the same thing again."""
    said_nothing = 0
    for _ in range(GIVE_UP_AFTER):
        try:
            outcome = send()
        except DomainError as error:
            if not unreachable(error):
                raise
            tally.lost_connection += 1
        else:
            if getattr(outcome, "replayed", False) and said_nothing:
                tally.false_nothing_saved.append(str(outcome))
            return outcome, said_nothing
        for _ in range(GIVE_UP_AFTER):
            try:
                found = look_up()
            except DomainError as error:
                if not unreachable(error):
                    raise
                continue
            break
        else:
            raise AssertionError("the database never answered")
        if found is not None:
            return found, said_nothing
        said_nothing += 1
    raise AssertionError("never settled")


def cashier(url: str, seed: int, tally: Tally, lock: threading.Lock) -> None:
    rng = random.Random(seed)
    ctx = ServiceContext(DatabaseConfig(url=url, source="faults"))
    clerk = StaffSession(1, "counter.test", "Counter Test", Role.COUNTER, 1, "OC Pizza Test")
    unpaid: list[tuple[int, int]] = []
    try:
        for _ in range(SUBMISSIONS_PER_CASHIER):
            lines = tuple(
                CartLine(rng.choice((1, 2)), rng.randint(1, 2)) for _ in range(rng.randint(1, 2))
            )
            total = sum(PRICE[line.product_id] * line.quantity for line in lines)
            paid_now = rng.random() < 0.7
            payments = ()
            if paid_now:
                if rng.random() < 0.5:
                    given = (total // 1000 + 1) * 1000
                    payments = (
                        PaymentRequest(
                            client_key=uuid.uuid4().hex,
                            tender=Tender.CASH,
                            amount_cents=total,
                            tendered_cents=given,
                        ),
                    )
                else:
                    payments = (
                        PaymentRequest(
                            client_key=uuid.uuid4().hex, tender=Tender.CARD, amount_cents=total
                        ),
                    )
            submission = CounterSubmission(
                client_key=uuid.uuid4().hex,
                channel=Channel.COUNTER if paid_now else Channel.PHONE,
                mode=OrderMode.TAKEAWAY,
                lines=lines,
                promised_at=utcnow() + timedelta(minutes=30),
                payments=payments,
            )
            outcome, said_nothing = send_until_known(
                lambda s=submission: counter.submit(ctx, clerk, s),
                lambda s=submission: counter.outcome(ctx, clerk, s),
                tally,
            )
            shown = Shown(submission.client_key, outcome.order_id, outcome.total_cents)
            shown.said_nothing_saved = said_nothing
            for payment in outcome.payments:
                shown.payments[payment.client_key] = (
                    payment.tender.value,
                    payment.amount_cents,
                    payment.change_cents,
                )
            with lock:
                tally.shown.append(shown)
                tally.replays += outcome.replayed
            if not paid_now:
                unpaid.append((outcome.order_id, outcome.total_cents))
            if unpaid and rng.random() < 0.5:  # a phone order paid at the counter later
                order_id, due = unpaid.pop(0)
                key = uuid.uuid4().hex
                summary, _ = send_until_known(
                    lambda o=order_id, k=key, d=due: orders.record_payment(
                        ctx, clerk, o, Tender.CASH, d, d + 500, client_key=k
                    ),
                    lambda o=order_id, k=key: orders.payment_outcome(ctx, clerk, o, k),
                    tally,
                )
                change = getattr(summary, "change_cents", None)
                with lock:
                    tally.later_payments.append((order_id, key, "cash", due, change))
    except Exception as exc:  # reported, and fails the test
        with lock:
            tally.errors.append(repr(exc))
        raise
    finally:
        ctx.close()


@pytest.fixture
def mariadb(new_database):
    from ocpizza_desk.db import schema

    ctx = ServiceContext(new_database("mariadb"))
    schema.upgrade(ctx.engine)
    build_tiny(ctx, {"dough": 100_000, "cheese": 10_000_000, "sauce": 10_000_000})
    with ctx.engine.connect() as c:
        PRICE.update(c.execute(text("SELECT id, price_cents FROM products")).all())
    yield ctx
    ctx.close()


@pytest.mark.parametrize("seed", range(1, RUNS + 1))
def test_what_cashiers_are_shown_is_what_the_database_holds(mariadb, seed):
    tally, lock = Tally(), threading.Lock()
    with FaultProxy.for_url(mariadb.config.url) as proxy:
        url = proxy.url_for(mariadb.config.url)
        proxy.random_cuts(0.02, seed=seed)
        done = threading.Event()

        def lose_commit_replies() -> None:
            """Keep one "drop the reply to a COMMIT" armed: one COMMIT in 2 to 8 loses it."""
            rng = random.Random(seed)
            while not done.wait(0.005):
                if not any(kind == "commit_reply" for kind, _ in proxy.armed):
                    proxy.drop_reply_to_commit(times=1, skip=rng.randint(1, 7))

        threads = [
            threading.Thread(target=cashier, args=(url, seed * 100 + n, tally, lock))
            for n in range(CASHIERS)
        ]
        saboteur = threading.Thread(target=lose_commit_replies)
        saboteur.start()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        done.set()
        saboteur.join()
        stats = proxy.stats
    assert tally.errors == []
    # The network really misbehaved, and the cashiers really resent.
    assert stats.commits_dropped >= 20 and stats.cuts >= 40
    assert tally.lost_connection >= 40

    with mariadb.engine.connect() as c:
        stored_orders = {
            key: (order_id, total)
            for key, order_id, total in c.execute(
                text("SELECT client_key, id, total_cents FROM orders")
            )
        }
        stored_payments = {
            key: (order_id, tender, amount, tendered)
            for key, order_id, tender, amount, tendered in c.execute(
                text(
                    "SELECT client_key, order_id, tender, amount_cents, tendered_cents "
                    "FROM payments"
                )
            )
        }
    # Every order once: exactly the ones shown, with the totals shown.
    assert len(tally.shown) == CASHIERS * SUBMISSIONS_PER_CASHIER
    assert len(stored_orders) == len(tally.shown)
    for shown in tally.shown:
        assert stored_orders[shown.key] == (shown.order_id, shown.total_cents)
    # Every payment once: the paid-now ones shown (none lost), and the later ones.
    expected_payments = {}
    for shown in tally.shown:
        for key, (tender, amount, change) in shown.payments.items():
            expected_payments[key] = (shown.order_id, tender, amount, change)
    for order_id, key, tender, amount, change in tally.later_payments:
        expected_payments[key] = (order_id, tender, amount, change)
    assert set(stored_payments) == set(expected_payments)
    for key, (order_id, tender, amount, change) in expected_payments.items():
        stored_order, stored_tender, stored_amount, tendered = stored_payments[key]
        assert (stored_order, stored_tender, stored_amount) == (order_id, tender, amount)
        assert change == (tendered - amount if tendered is not None else 0)
    # Paid-now orders were all paid: no payment dropped on a replay.
    paid_now = [s for s in tally.shown if s.payments]
    assert paid_now and all(
        sum(p[1] for p in s.payments.values()) == s.total_cents for s in paid_now
    )
    # Never "nothing was saved" for something that was.
    assert tally.false_nothing_saved == []
    assert tally.replays > 0  # lost replies were found again, not placed twice
    assert ledger_mismatches(mariadb) == 0
    print(
        f"\nseed {seed}: {len(tally.shown)} submissions, {len(tally.later_payments)} later "
        f"payments, {stats.commits_dropped} COMMIT replies dropped, {stats.cuts} cuts, "
        f"{tally.lost_connection} lost connections, {tally.replays} outcomes found again"
    )
