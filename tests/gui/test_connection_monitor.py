"""The indicator tells the truth within 3 s of a stalled call, and a submission has a lane of
its own. No database: the calls are functions blocked on a threading.Event."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThreadPool

from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.gui import connection
from ocpizza_desk.gui.connection import ConnectionMonitor, LinkState, state_label
from ocpizza_desk.gui.tasks import DEFAULT, SUBMIT, TaskRunner

WITHIN_MS = 3_000  # the promise: "slow" shown within 3 s of a stall
# The shops' threshold is SLOW_AFTER_MS (2.5 s); these tests prove the sequence of states with
# a shorter one, so each stall costs a fraction of a second instead of 2.5 s.
TEST_SLOW_AFTER_MS = 300
BLOCK_S = 20  # a blocked call's own limit, should a test fail before releasing it


class NoPingContext:
    """The monitor's ctx: its ping must not be what the tests see."""

    def ping(self) -> None:
        raise AssertionError("no ping expected in these tests")


@pytest.fixture
def pool():
    pool = QThreadPool()
    pool.setMaxThreadCount(2)  # this machine's global pool
    yield pool
    pool.waitForDone(BLOCK_S * 1000)


@pytest.fixture
def runner(qapp, pool):
    runner = TaskRunner(pool=pool)
    yield runner
    runner.wait_idle()


@pytest.fixture
def monitor(runner):
    monitor = ConnectionMonitor(NoPingContext(), runner, slow_after_ms=TEST_SLOW_AFTER_MS)
    states: list[str] = []
    monitor.changed.connect(states.append)
    monitor.states = states
    # how long the oldest call had been running when each state was announced
    monitor.stalled_at = []
    monitor.changed.connect(lambda _s: monitor.stalled_at.append(monitor.stalled_for_ms()))
    yield monitor
    monitor.stop()


@pytest.fixture
def release():
    event = threading.Event()
    yield event
    event.set()  # never leave a worker blocked


def blocked(release: threading.Event, outcome=None):
    def work():
        release.wait(BLOCK_S)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    return work


def test_the_shops_threshold_keeps_the_3_s_promise(qapp, runner):
    assert connection.SLOW_AFTER_MS < WITHIN_MS
    monitor = ConnectionMonitor(NoPingContext(), runner)
    try:
        assert monitor.slow_after_ms == connection.SLOW_AFTER_MS
    finally:
        monitor.stop()


def test_a_stalled_call_shows_slow_within_3_s_then_connected(qtbot, runner, monitor, release):
    done = []
    runner.run(blocked(release, "saved"), done.append)
    assert monitor.state is LinkState.CONNECTED  # a call just sent is not slow
    qtbot.waitUntil(lambda: monitor.state is LinkState.SLOW, timeout=WITHIN_MS)
    assert monitor.stalled_at[0] >= TEST_SLOW_AFTER_MS  # not announced before the threshold
    release.set()
    qtbot.waitUntil(lambda: done == ["saved"])
    assert monitor.state is LinkState.CONNECTED
    assert monitor.states == ["slow", "connected"]


def test_a_stalled_background_poll_counts_too(qtbot, runner, monitor, release):
    runner.run(blocked(release), lambda _r: None, background=True)
    qtbot.waitUntil(lambda: monitor.state is LinkState.SLOW, timeout=WITHIN_MS)
    release.set()
    qtbot.waitUntil(lambda: monitor.state is LinkState.CONNECTED)


def test_a_stalled_call_that_fails_goes_straight_to_reconnecting(qtbot, runner, monitor, release):
    failures = []
    runner.run(
        blocked(release, DomainError("db.unreachable", detail="no answer in 10 s")),
        lambda _r: None,
        failures.append,
    )
    qtbot.waitUntil(lambda: monitor.state is LinkState.SLOW, timeout=WITHIN_MS)
    release.set()
    qtbot.waitUntil(lambda: bool(failures))
    assert monitor.states == ["slow", "reconnecting"]  # no "connected" in between


def test_a_quick_success_elsewhere_does_not_hide_a_stalled_call(qtbot, runner, monitor, release):
    runner.run(blocked(release), lambda _r: None, background=True)
    qtbot.waitUntil(lambda: monitor.state is LinkState.SLOW, timeout=WITHIN_MS)
    answered = []
    runner.run(lambda: "quick", answered.append)
    qtbot.waitUntil(lambda: answered == ["quick"])
    assert monitor.state is LinkState.SLOW  # the poll is still stuck
    release.set()
    qtbot.waitUntil(lambda: monitor.state is LinkState.CONNECTED)


def test_long_calls_by_nature_are_not_watched(qtbot, runner, monitor, release):
    done = []
    runner.run_with_progress(lambda _report: release.wait(BLOCK_S), lambda *_a: None, done.append)
    runner.run(blocked(release), done.append, monitored=False)
    # Neither counts: the stall timer never even starts.
    flights = runner.in_flight()
    assert len(flights) == 2 and not any(f.monitored for f in flights)
    assert monitor.stalled_for_ms() is None
    release.set()
    qtbot.waitUntil(lambda: len(done) == 2)
    assert monitor.states == []


def test_a_submission_runs_while_both_global_threads_are_blocked(qtbot, runner, release):
    first, second = threading.Event(), threading.Event()

    def hung_poll(started: threading.Event):
        def work():
            started.set()
            release.wait(BLOCK_S)

        return work

    runner.run(hung_poll(first), lambda _r: None, background=True)
    runner.run(hung_poll(second), lambda _r: None, background=True)
    qtbot.waitUntil(lambda: first.is_set() and second.is_set())
    queued = []
    runner.run(lambda: "loaded", queued.append)  # waits for a global thread
    placed = []
    runner.run(lambda: "order placed", placed.append, lane=SUBMIT)
    qtbot.waitUntil(lambda: placed == ["order placed"], timeout=WITHIN_MS)
    assert queued == []
    flights = runner.in_flight()
    assert [f.lane for f in flights] == [DEFAULT, DEFAULT, DEFAULT]
    assert [f.started_at is not None for f in flights] == [True, True, False]
    assert all(f.queued_at <= time.monotonic() for f in flights)
    release.set()
    qtbot.waitUntil(lambda: queued == ["loaded"])
    assert runner.in_flight() == []


def test_an_unknown_lane_is_refused(runner):
    with pytest.raises(ValueError):
        runner.run(lambda: None, lambda _r: None, lane="fast")
    assert runner.in_flight() == []


def test_the_slow_state_reads_in_french(qt_settings):
    assert state_label(LinkState.SLOW) == "Lent / injoignable"
    assert state_label(LinkState.CONNECTED) == "Connecté"
