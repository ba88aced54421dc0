"""Per-staff accounts (Step 11) on MariaDB: what they cost.

- Placement throughput, 8 workers, with each worker signed in as its store's counter account
  (the grants, the store-scope triggers and the journal trigger all run), against the same
  workers on the owner's (root) connection, same database, same run, taking turns.
- Sign-in to a usable main window, offscreen: the per-staff path (the server authenticates the
  account, the context is built on it, the schema checked) against the shared-login path on
  the same database (argon2 in the application).
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import time

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench import placement
from bench.supplies import stock_up
from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.db import accounts, schema
from ocpizza_desk.db.engine import create_engine_for
from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.ops.scratch import create_database, drop_database
from ocpizza_desk.ops.seed import seed_demo

PREFIX = "bench_"
ROUNDS = 3
SIGN_INS = 7


def _prepare(server: str) -> tuple[str, accounts.Naming, list[tuple[str, str]]]:
    url = create_database(server, prefix="ocpizza_bench_acc")
    engine = create_engine_for(DatabaseConfig(url=url, source="bench"), interactive=False)
    schema.upgrade(engine)
    seed_demo(engine, orders=0, password_hasher=_argon2)
    naming = accounts.Naming(make_url(url).database, PREFIX, PREFIX)
    with engine.begin() as c:
        stock_up(c)
        people = [(u, r) for u, r in c.execute(text("SELECT username, role FROM users"))]
        accounts.install(c, naming)
        from ocpizza_desk.domain.enums import Role

        for username, role in people:
            accounts.create_account(c, naming, username, DEMO_PASSWORDS[Role(role)], role)
    engine.dispose()
    return url, naming, people


def _argon2(password: str) -> str:
    from ocpizza_desk.services.auth import hash_password

    return hash_password(password)


def _account_url(url: str, naming: accounts.Naming, username: str, password: str) -> str:
    parsed = make_url(url).set(username=naming.account(username), password=password)
    return parsed.render_as_string(hide_password=False)


def _placement(url: str, naming, people) -> tuple[list[float], list[float]]:
    from ocpizza_desk.domain.enums import Role

    _, _, users = placement._catalogue(url)
    counters = {
        username: store
        for username, store in [
            (u, s)
            for u, s in create_engine(url)
            .connect()
            .execute(text("SELECT username, store_id FROM users WHERE role = 'counter'"))
        ]
    }
    by_store = {store: username for username, store in counters.items()}
    context = multiprocessing.get_context("spawn")
    staff_runs, root_runs = [], []
    with context.Pool(placement.WORKERS, initializer=placement._warm_up) as pool:

        def run(per_staff: bool, seconds: float) -> float:
            start_at = time.time() + 2.0
            stores = sorted(users)
            jobs = []
            for w in range(placement.WORKERS):
                store = stores[w % len(stores)]
                target = url
                if per_staff:
                    target = _account_url(
                        url, naming, by_store[store], DEMO_PASSWORDS[Role.COUNTER]
                    )
                jobs.append((target, store, users[store], 3000 + w, start_at, seconds, True))
            return sum(pool.starmap(placement._services_worker, jobs)) / seconds

        run(True, 1)
        run(False, 1)
        for _ in range(ROUNDS):
            staff_runs.append(run(True, placement.SECONDS))
            root_runs.append(run(False, placement.SECONDS))
    return staff_runs, root_runs


def _sign_in_times(url: str, naming) -> tuple[list[float], list[float]]:
    """Seconds from the credentials typed to the main window shown with its first screen
    loaded, offscreen, per-staff against the shared login."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace

    from PySide6.QtCore import QCoreApplication

    from ocpizza_desk.gui.app import DeskApplication, make_application

    app = make_application()
    shared = DatabaseConfig(url=url, source="bench")
    per_staff = replace(
        DatabaseConfig(
            url=make_url(url)
            .set(username=None, password=None)
            .render_as_string(hide_password=False),
            source="bench",
        ),
        account_prefix=naming.account_prefix,
    )

    def once(config: DatabaseConfig) -> float:
        desk = DeskApplication(config)
        desk.start()
        deadline = time.monotonic() + 60
        while desk.sign_in.state != "ready" and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
        begun = time.perf_counter()
        desk._sign_in("responsable.bastille", "demo-responsable")
        while (desk.main_window is None or desk.runner.busy) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.002)
        elapsed = time.perf_counter() - begun
        desk.runner.wait_idle()
        if desk.main_window is not None:
            desk.main_window.close()
            desk.main_window.deleteLater()
        desk.shutdown()
        QCoreApplication.processEvents()
        return elapsed

    staff, shared_times = [], []
    once(per_staff)  # warm: imports, the first connection
    for _ in range(SIGN_INS):
        staff.append(once(per_staff))
        shared_times.append(once(shared))
    return staff, shared_times


def run(server: str, **_options) -> str:
    url, naming, people = _prepare(server)
    try:
        staff_runs, root_runs = _placement(url, naming, people)
        staff_in, shared_in = _sign_in_times(url, naming)
    finally:
        engine = create_engine(url)
        with engine.begin() as c:
            accounts.drop_all(c, naming, [u for u, _ in people])
        engine.dispose()
        drop_database(url)
    s, r = sum(staff_runs) / ROUNDS, sum(root_runs) / ROUNDS
    rounds = ", ".join(f"{a:.0f}/{b:.0f}" for a, b in zip(staff_runs, root_runs, strict=True))
    return (
        "## (l) Per-staff database accounts (MariaDB)\n\n"
        f"Counter sales paid now, {placement.WORKERS} workers, {ROUNDS} rounds of "
        f"{placement.SECONDS} s, taking turns (per-staff/root per round: {rounds}); both on "
        "the same database with its grants, store-scope and journal triggers.\n\n"
        "| measure | value | baseline (same run) | ratio |\n|---|---|---|---|\n"
        f"| placement, each worker its store's counter account | {s:,.0f} orders/s | "
        f"owner's (root) connection {r:,.0f} orders/s | {s / r:.2f} (target ≥ 0.90) |\n"
        f"| sign-in to the main window shown and loaded (manager, offscreen), median of "
        f"{SIGN_INS} | {statistics.median(staff_in) * 1000:.0f} ms (server account) | "
        f"shared login + argon2 {statistics.median(shared_in) * 1000:.0f} ms | "
        f"{statistics.median(staff_in) / statistics.median(shared_in):.2f} |\n"
    )
