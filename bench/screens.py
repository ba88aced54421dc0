"""Screen latency on the million-order database: the real screens, offscreen, driven as a user
would, from the key press (or click) to the result shown. The same script for every release.

Each action runs RUNS times (after one warm-up); p50 / p95 of the time to the result, and the
longest time the Qt thread was blocked meanwhile (a 5 ms heartbeat timer: the longest gap
between two ticks, less 5 ms). The machine's load average is written beside the figures.
In the same run, the configurations of before this step: the order book with its header in
ResizeToContents (as it was), and every screen built at sign-in (as it was).

Actions: sign-in (the main window of head office shown); the caller's card (the counter types
the busiest customer's number and presses Enter: the card shown); the order book of one store
(opened: first rows shown; scrolled to the end: the next page shown; a row clicked: its detail
shown); the kitchen (opened: cards shown); a store manager's report of last month (Run
pressed: figures shown).
"""

from __future__ import annotations

import gc
import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import contextlib

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHeaderView
from sqlalchemy import text

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.context import ServiceContext

RUNS = 15
HEARTBEAT_MS = 5
TIMEOUT_S = 120
TARGETS = {  # p95 ms, and the Qt thread's longest block (issue's targets)
    "card": 100,
    "detail": 100,
    "open": 150,
    "next": 150,
}
BLOCK_TARGET_MS = 50


class Heartbeat:
    """The Qt thread's longest stall: a timer every HEARTBEAT_MS, the largest gap seen."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=HEARTBEAT_MS, timeout=self._tick)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.worst = max(self.worst, now - self.last - HEARTBEAT_MS)
        self.last = now

    def start(self) -> None:
        self.clock.start()
        self.last, self.worst = 0.0, 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return max(0.0, self.worst)


def wait_until(condition: Callable[[], bool], timeout_s: float = TIMEOUT_S) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the screen never showed the result")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        QTest.qWait(1)


def settle(ms: int = 200) -> None:
    QTest.qWait(ms)


def idle_floor(runs: int = RUNS) -> float:
    """The longest heartbeat gap with nothing to do, over as many half-seconds as an action
    has runs: what the shared machine alone costs the Qt thread (the noise floor)."""
    worst = 0.0
    for _ in range(runs):
        beat = Heartbeat()
        beat.start()
        settle(500)
        worst = max(worst, beat.stop())
    return worst


def measure(
    action: Callable[[], Callable[[], bool]],
    runs: int = RUNS,
    prepare: Callable[[], None] | None = None,
):
    """`prepare()` (not timed) sets the screen up, `action()` is the key press or click and
    returns the condition of the result shown; one warm-up, then `runs` timed:
    (p50 ms, p95 ms, longest Qt block ms)."""
    samples, blocks = [], []
    for n in range(runs + 1):
        if prepare is not None:
            prepare()
            settle(100)
        collect()  # the bench's own leftovers (windows closed) are not the action's
        beat = Heartbeat()
        beat.start()
        settle(30)
        started = time.perf_counter()
        shown = action()
        wait_until(shown)
        elapsed = (time.perf_counter() - started) * 1000
        settle(30)  # the repaint after the result
        blocked = beat.stop()
        if n:
            samples.append(elapsed)
            blocks.append(blocked)
        settle(50)
    ordered = sorted(samples)
    p95 = ordered[max(0, round(len(ordered) * 0.95) - 1)]
    return statistics.median(ordered), p95, max(blocks)


def collect() -> None:
    """A full collection outside the timed runs (not counted as a pause of the app's)."""
    PAUSES.ignoring = True
    try:
        gc.collect()
    finally:
        PAUSES.ignoring = False


class CollectorPauses:
    """The longest pauses of Python's cyclic garbage collector (full passes), on the Qt
    thread or on a worker (which holds the GIL meanwhile): what explains an odd worst case."""

    def __init__(self) -> None:
        self.started: dict[int, float] = {}
        self.worst: dict[str, float] = {}
        self.ignoring = False

    def __call__(self, phase: str, info: dict) -> None:
        import threading

        if self.ignoring:
            return
        thread = threading.get_ident()
        if phase == "start":
            self.started[thread] = time.perf_counter()
            return
        began = self.started.pop(thread, None)
        if began is None or info.get("generation") != 2:
            return
        name = "Qt thread" if threading.current_thread() is threading.main_thread() else "worker"
        pause = (time.perf_counter() - began) * 1000
        self.worst[name] = max(self.worst.get(name, 0.0), pause)


PAUSES = CollectorPauses()


def run(url: str) -> str:
    import tempfile

    # The application as it starts (its stylesheet: every widget is painted through it),
    # its settings (window geometry) in a folder of its own, not the user's.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ocpizza-bench-")
    from ocpizza_desk.gui.app import make_application

    app = make_application([])  # the running one if any, its stylesheet set
    from ocpizza_desk.gui import i18n
    from ocpizza_desk.gui.main_window import MainWindow
    from ocpizza_desk.gui.tasks import TaskRunner

    i18n.install("fr")
    ctx = ServiceContext(DatabaseConfig(url=url, source="bench"))
    pauses = PAUSES
    pauses.worst.clear()
    gc.callbacks.append(pauses)
    rows: list[str] = []
    windows = []
    try:
        with ctx.engine.connect() as c:
            customer_phone, customer_orders = c.execute(
                text(
                    "SELECT c.phone_e164, COUNT(*) n FROM orders o JOIN customers c "
                    "ON c.id = o.customer_id GROUP BY c.id ORDER BY n DESC LIMIT 1"
                )
            ).one()
            store_id = c.execute(
                text(
                    "SELECT store_id FROM orders WHERE customer_id = "
                    "(SELECT id FROM customers WHERE phone_e164 = :p) LIMIT 1"
                ),
                {"p": customer_phone},
            ).scalar_one()
            accounts = {
                role: c.execute(
                    text("SELECT id FROM users WHERE role = :r AND store_id = :s"),
                    {"r": role, "s": store_id},
                ).scalar_one()
                for role in ("counter", "manager", "pizzaiolo")
            }
            store_orders = c.execute(
                text("SELECT COUNT(*) FROM orders WHERE store_id = :s"), {"s": store_id}
            ).scalar_one()
            total = c.execute(text("SELECT COUNT(*) FROM orders")).scalar_one()
        runner = TaskRunner()

        def session(role: Role, user_id: int, store: int | None) -> StaffSession:
            return StaffSession(user_id, "bench", "Bench", role, store, "Bench")

        office = session(Role.HEAD_OFFICE, 0, None)
        counter = session(Role.COUNTER, accounts["counter"], store_id)
        manager = session(Role.MANAGER, accounts["manager"], store_id)
        cook = session(Role.PIZZAIOLO, accounts["pizzaiolo"], store_id)

        def window_for(who: StaffSession) -> MainWindow:
            window = MainWindow(ctx, who, runner, "bench")
            window.resize(1366, 768)
            window.show()
            windows.append(window)
            return window

        def close(window: MainWindow) -> None:
            runner.wait_idle()
            settle(50)
            window.close()
            window.deleteLater()
            settle(50)
            collect()  # as after a sign-out: its garbage is not the next action's

        def row(label, target, figures, before=None):
            p50, p95, blocked = figures
            goal = "-"
            if target:
                # The targets: the Qt thread's block is the order book's (open, next).
                watched = target in ("open", "next")
                ok = p95 < TARGETS[target] and (not watched or blocked <= BLOCK_TARGET_MS)
                goal = f"p95 < {TARGETS[target]} ms" + (
                    f", blocked ≤ {BLOCK_TARGET_MS} ms" if watched else ""
                )
                goal += " ✔" if ok else " ✘"
            then = "-"
            if before is not None:
                then = f"{before[0]:.0f} / {before[1]:.0f} ms, blocked {before[2]:.0f} ms"
            rows.append(f"| {label} | {p50:.0f} / {p95:.0f} | {blocked:.0f} | {then} | {goal} |")

        floor = idle_floor()
        rows.append(
            f"| nothing happening (the shared machine's noise floor) | - | {floor:.0f} | - | - |"
        )

        # -- sign-in: head office's window, shown (first screen built), against every screen
        # built at once (as before this step).
        def sign_in(build_all: bool):
            def action():
                window = window_for(office)
                if build_all:
                    for key in window.visible_screens():
                        window.page(key)
                built.append(window)
                return lambda: window.isVisible()

            built: list = []
            figures = []
            for _ in range(RUNS + 1):
                collect()
                beat = Heartbeat()
                beat.start()
                started = time.perf_counter()
                shown = action()
                wait_until(shown)
                figures.append(((time.perf_counter() - started) * 1000, beat.stop()))
                close(built.pop())
            figures = figures[1:]
            times = sorted(f[0] for f in figures)
            return (
                statistics.median(times),
                times[max(0, round(len(times) * 0.95) - 1)],
                max(f[1] for f in figures),
            )

        row(
            "sign-in: head office's window shown",
            None,
            sign_in(build_all=False),
            sign_in(build_all=True),
        )

        # -- the caller's card
        window = window_for(counter)
        taking = window.page("order_taking")
        panel = taking.customer
        settle(300)
        digits = customer_phone.replace("+33", "0")

        def type_number():
            panel.ui.phoneEdit.clear()
            panel.card = None
            panel.ui.phoneEdit.setFocus()
            QTest.keyClicks(panel.ui.phoneEdit, digits)

        def card():
            QTest.keyClick(panel.ui.phoneEdit, Qt.Key.Key_Return)
            return lambda: panel.card is not None

        row(
            f"caller's card: number typed, Enter → card shown ({customer_orders:,} orders)",
            "card",
            measure(card, prepare=type_number),
        )
        close(window)

        # -- the order book of one store: opened after sign-in (screen built, first page),
        # refreshed (F5), next page, a row's detail; then as it was before this step.
        def book_figures(before: bool):
            def fresh_window():
                window = window_for(manager)
                # The first screen's own loads (its menu, the first poll) land first: what
                # is timed is the order book's.
                settle(1000)
                runner.wait_idle()
                settle(200)
                if before:  # the header as it was: sized to its contents
                    book = window.page("order_book")
                    book.ui.ordersView.horizontalHeader().setSectionResizeMode(
                        QHeaderView.ResizeMode.ResizeToContents
                    )
                return window

            opened_at = []

            def first_open():
                window = fresh_window()
                opened_at.append(window)

                def action():  # a click in the navigation, as the user opens it
                    navigation = window.ui.navigationList
                    navigation.setCurrentRow(window.visible_screens().index("order_book"))

                    def shown() -> bool:
                        book = window.built("order_book")  # never builds it itself
                        return (
                            book is not None
                            and window.ui.pages.currentWidget().widget() is book
                            and book.model.rowCount() > 0
                            and not book.model.loading
                        )

                    return shown

                return action

            samples, blocks = [], []
            for n in range(RUNS + 1):
                action = first_open()
                collect()
                beat = Heartbeat()
                beat.start()
                settle(30)
                started = time.perf_counter()
                wait_until(action())
                elapsed = (time.perf_counter() - started) * 1000
                settle(30)
                blocked = beat.stop()
                if n:
                    samples.append(elapsed)
                    blocks.append(blocked)
                if n < RUNS:
                    close(opened_at.pop())
            ordered = sorted(samples)
            opened = (
                statistics.median(ordered),
                ordered[max(0, round(len(ordered) * 0.95) - 1)],
                max(blocks),
            )
            window = opened_at.pop()
            book = window.page("order_book")
            view = book.ui.ordersView

            def refresh():
                book.reload()
                return lambda: book.model.rowCount() > 0 and not book.model.loading

            refreshed = measure(refresh)

            def next_page():
                count = book.model.rowCount()
                view.scrollToBottom()
                return lambda: book.model.rowCount() > count and not book.model.loading

            paged = measure(next_page)

            def to_top():
                view.scrollToTop()
                # The first page may have been evicted by the pages scrolled through: read
                # again (in the background) before a row of it is clicked.
                wait_until(lambda: all(book.model.row_at(n) is not None for n in range(16)))

            picked = [0]

            def detail():
                picked[0] = picked[0] % 15 + 1  # rows on screen: no scrolling
                order_id = book.model.row_at(picked[0]).id
                view.selectRow(picked[0])
                return lambda: book.detail is not None and book.detail.id == order_id

            shown = measure(detail, prepare=to_top)
            close(window)
            return opened, refreshed, paged, shown

        now = book_figures(before=False)
        old = book_figures(before=True)
        labels = (
            (
                f"order book, one store ({store_orders:,} orders): opened after sign-in → first "
                "rows shown",
                "open",
            ),
            ("order book: refreshed (F5) → first rows shown", "open"),
            ("order book: scrolled to the end → next page shown", "next"),
            ("order book: a row clicked → its detail shown", "detail"),
        )
        for (label, target), mine, theirs in zip(labels, now, old, strict=True):
            row(label, target, mine, theirs)

        # -- the kitchen
        window = window_for(cook)
        kitchen = window.page("kitchen")
        settle(300)

        def queue():
            kitchen.loaded = False
            kitchen.cards_before = len(kitchen.cards)
            kitchen.reload()
            return lambda: kitchen.loaded

        row("kitchen: refreshed → cards shown", None, measure(queue))
        close(window)

        # -- a manager's report of last month
        window = window_for(manager)
        screen = window.page("reports")
        window.show_screen("reports")
        screen.set_period("last_month")
        settle(300)

        def report():
            screen.report = None
            screen.ui.runButton.click()
            return lambda: screen.report is not None and not screen.running

        row("report, last month, one store: Run → figures shown", None, measure(report, 5))
        close(window)
        load = os.getloadavg()
    finally:
        for window in windows:
            with contextlib.suppress(RuntimeError):
                window.close()
        ctx.close()
        app.processEvents()
        gc.callbacks.remove(pauses)
    collector = ", ".join(f"{where} {ms:.0f} ms" for where, ms in sorted(pauses.worst.items()))
    return (
        f"## (k) Screen latency on {total:,} orders: key press to result shown (MariaDB, "
        "offscreen)\n\n"
        f"The real screens (the application's stylesheet applied) driven by `bench/screens.py`: "
        f"p50 / p95 of {RUNS} runs after a "
        "warm-up (the collector run between runs: the windows the bench closes leave garbage a "
        "shop PC only has at sign-out), and the longest time the Qt thread was blocked during "
        "them (a "
        f"{HEARTBEAT_MS} ms heartbeat). Before: the same run with the order book's header "
        "sized to its contents, and every screen built at sign-in, as they were. Load average "
        f"at the end: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (2 CPUs, shared).\n\n"
        "| action | p50 / p95 ms | Qt thread blocked, worst ms | before this step (same run) "
        "| target |\n|---|---|---|---|---|\n" + "\n".join(rows) + "\n\n"
        "Longest full pass of Python's garbage collector during the run (it stops the Qt "
        f"thread, or a worker holding the GIL): {collector or 'none'}. The main window "
        "freezes what is loaded at sign-in out of its reach (`gc.freeze`).\n"
    )
