"""Service calls off the Qt thread, results back on it.

The Qt thread never waits on the database: `TaskRunner.run(fn, on_success, on_failure)`
runs `fn()` on a QThreadPool worker and calls the callback on the Qt thread through a
queued signal. The signals are those of one relay per process, made on the Qt thread and
never deleted: a worker may emit at any moment, even while the window whose runner asked is
being destroyed, and emitting on a deleted QObject crashes the process (a runnable that owned
its own signals would be destroyed on the worker thread). The relay hands each answer to the
runner that asked, by token, if that runner is still there.

Lanes: calls go to the global pool (DEFAULT: loads, the live feed's polls, pings), except
`lane=SUBMIT`, a pool of its own (SUBMIT_THREADS) for what the user is waiting to send (an
order, a payment), so two polls hung on a frozen database never queue a submission behind
them. What is in flight, with when it started, is `in_flight()` (the connection indicator
turns "slow" from it, `in_flight_changed` telling it when to look again).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ocpizza_desk.domain.errors import DomainError

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]

DEFAULT = "default"  # the global QThreadPool
SUBMIT = "submit"  # a pool of its own: submissions never wait behind loads and polls
LANES = (DEFAULT, SUBMIT)
SUBMIT_THREADS = 2

_submit_pool: QThreadPool | None = None
_submit_pool_lock = threading.Lock()


def submit_pool() -> QThreadPool:
    """The submit lane's pool, one per process and never deleted (a QThreadPool's destructor
    waits for its threads, which could be waiting on a frozen database)."""
    global _submit_pool
    with _submit_pool_lock:
        if _submit_pool is None:
            _submit_pool = QThreadPool()
            _submit_pool.setObjectName("submit")
            _submit_pool.setMaxThreadCount(SUBMIT_THREADS)
        return _submit_pool


@dataclass(frozen=True)
class InFlight:
    """A call not yet answered. Times are time.monotonic(); `started_at` is None while the
    call waits for a free thread of its lane."""

    token: int
    lane: str
    queued_at: float
    started_at: float | None
    background: bool
    monitored: bool  # counts for the connection indicator


class _Relay(QObject):
    """The process's one relay: lives on the Qt thread until the process ends."""

    finished = Signal(int, bool, object)  # token, ok, result or exception
    progressed = Signal(int, str, float)  # token, step, fraction
    started = Signal(int, float)  # token, time.monotonic() on the worker

    def __init__(self) -> None:
        super().__init__()
        self._runners: dict[int, weakref.ref[TaskRunner]] = {}
        self._lock = threading.Lock()
        self.finished.connect(self._finished)
        self.progressed.connect(self._progressed)
        self.started.connect(self._started)

    def register(self, token: int, runner: TaskRunner) -> None:
        with self._lock:
            self._runners[token] = weakref.ref(runner)

    def _runner(self, token: int, *, done: bool = False) -> TaskRunner | None:
        with self._lock:
            ref = self._runners.pop(token, None) if done else self._runners.get(token)
        runner = ref() if ref is not None else None
        return runner if runner is not None and shiboken6.isValid(runner) else None

    def _finished(self, token: int, ok: bool, payload: object) -> None:
        runner = self._runner(token, done=True)
        if runner is not None:
            runner._on_finished(token, ok, payload)

    def _progressed(self, token: int, step: str, fraction: float) -> None:
        runner = self._runner(token)
        if runner is not None:
            runner._on_progress(token, step, fraction)

    def _started(self, token: int, at: float) -> None:
        runner = self._runner(token)
        if runner is not None:
            runner._on_started(token, at)


_relay: _Relay | None = None
_tokens = itertools.count(1)


def _the_relay() -> _Relay:
    """Made by the first runner, on the Qt thread (its queued slots run there)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _Job(QRunnable):
    def __init__(self, token: int, work: Callable[..., Any], relay: _Relay, with_progress: bool):
        super().__init__()
        self._token = token
        self._work = work
        self._relay = relay
        self._with_progress = with_progress

    def run(self) -> None:
        self._emit(self._relay.started, self._token, time.monotonic())
        try:
            result = self._work(self._report) if self._with_progress else self._work()
        except BaseException as exc:  # handed to the Qt thread, never swallowed
            if not isinstance(exc, DomainError):
                log.exception("unexpected error in a background task")
            self._deliver(False, exc)
        else:
            self._deliver(True, result)

    def _deliver(self, ok: bool, value: Any) -> None:
        """To the runner, if it is still there: a window closed while its last poll was on a
        worker has nobody waiting for the answer."""
        self._emit(self._relay.finished, self._token, ok, value)

    def _emit(self, signal, *args) -> None:
        signal.emit(*args)  # the relay is never deleted; a runner gone is the relay's concern

    def _report(self, step: str, fraction: float) -> None:
        self._emit(self._relay.progressed, self._token, step, fraction)


class TaskRunner(QObject):
    """Runs callables on thread pools (lanes); `busy_changed` drives the screen's busy
    indicator, `in_flight()` the connection indicator's "slow" state."""

    busy_changed = Signal(bool)
    # Every outcome, for watchers such as the connection indicator.
    succeeded = Signal()
    failed = Signal(object)
    # A call was queued, started or answered (after `succeeded`/`failed`).
    in_flight_changed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        pool: QThreadPool | None = None,
        submit: QThreadPool | None = None,
    ) -> None:
        """`pool`: the DEFAULT lane (the global pool); `submit`: the SUBMIT lane (the
        process's `submit_pool()`, made when first used)."""
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._submit = submit
        self._relay = _the_relay()
        self._pending: dict[
            int, tuple[Success, Failure | None, Callable | None, QObject | None]
        ] = {}
        self._flights: dict[int, InFlight] = {}
        self._background: set[int] = set()

    @property
    def busy(self) -> bool:
        return bool(self._pending.keys() - self._background)

    def run(
        self,
        work: Callable[[], Any],
        on_success: Success,
        on_failure: Failure | None = None,
        owner: QObject | None = None,
        background: bool = False,
        lane: str = DEFAULT,
        monitored: bool = True,
    ) -> int:
        """`owner`: the widget the callbacks touch (default: a bound callback's object);
        if it is gone when the result arrives, the callbacks are dropped. `background`: a
        routine call (the live feed's poll) that does not light the busy indicator.
        `lane=SUBMIT`: what the user sent (an order, a payment) runs on a pool of its own.
        `monitored=False`: a call that may rightly take long without the database being
        slow (a file export, a map image); the connection indicator ignores it."""
        return self._start(work, on_success, on_failure, None, owner, background, lane, monitored)

    def run_with_progress(
        self,
        work: Callable[[Callable[[str, float], None]], Any],
        on_progress: Callable[[str, float], None],
        on_success: Success,
        on_failure: Failure | None = None,
    ) -> int:
        """`work(report)` may call `report(step, fraction)` from the worker thread. Long by
        nature (a report, a backup, start-up): not monitored by the connection indicator."""
        return self._start(work, on_success, on_failure, on_progress, None, False, DEFAULT, False)

    def in_flight(self) -> list[InFlight]:
        """The calls not yet answered, oldest first."""
        return sorted(self._flights.values(), key=lambda f: f.token)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Block until running jobs end (for shutdown and tests); callbacks still queued."""
        end = time.monotonic() + timeout_ms / 1000
        done = self._pool.waitForDone(timeout_ms)
        if self._submit is not None:
            left = max(0, int((end - time.monotonic()) * 1000))
            done = self._submit.waitForDone(left) and done
        return done

    def _lane_pool(self, lane: str) -> QThreadPool:
        if lane == DEFAULT:
            return self._pool
        if lane == SUBMIT:
            if self._submit is None:
                self._submit = submit_pool()
            return self._submit
        raise ValueError(f"unknown lane {lane!r} (one of {', '.join(LANES)})")

    def _start(
        self, work, on_success, on_failure, on_progress, owner, background, lane, monitored
    ) -> int:
        pool = self._lane_pool(lane)
        token = next(_tokens)  # unique in the process: the relay routes by it
        was_busy = self.busy
        if background:
            self._background.add(token)
        # A callback bound to a widget is dropped if the widget is gone when the result
        # arrives (a screen closed by signing out while it was loading).
        if owner is None:
            owner = getattr(on_success, "__self__", None)
            owner = owner if isinstance(owner, QObject) else None
        self._pending[token] = (on_success, on_failure, on_progress, owner)
        self._flights[token] = InFlight(token, lane, time.monotonic(), None, background, monitored)
        if not was_busy and self.busy:
            self.busy_changed.emit(True)
        self._relay.register(token, self)
        pool.start(_Job(token, work, self._relay, on_progress is not None))
        self.in_flight_changed.emit()
        return token

    def _on_started(self, token: int, at: float) -> None:
        flight = self._flights.get(token)
        if flight is not None:
            self._flights[token] = replace(flight, started_at=at)
            self.in_flight_changed.emit()

    def _on_progress(self, token: int, step: str, fraction: float) -> None:
        entry = self._pending.get(token)
        if entry is not None and entry[2] is not None and _alive(entry[3]):
            entry[2](step, fraction)

    def _on_finished(self, token: int, ok: bool, payload: object) -> None:
        was_busy = self.busy
        entry = self._pending.pop(token, None)
        self._flights.pop(token, None)
        self._background.discard(token)
        if was_busy and not self.busy:
            self.busy_changed.emit(False)
        if entry is None:
            return
        on_success, on_failure, _, owner = entry
        # Outcome first, then what is left in flight: the indicator never flashes "connected"
        # between "slow" and "reconnecting".
        if ok:
            self.succeeded.emit()
        else:
            self.failed.emit(payload)
        self.in_flight_changed.emit()
        if not _alive(owner):
            return
        if ok:
            on_success(payload)
        elif on_failure is not None:
            on_failure(payload)  # type: ignore[arg-type]
        else:
            from ocpizza_desk.gui import alerts

            alerts.show_error(None, payload)  # type: ignore[arg-type]


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)
