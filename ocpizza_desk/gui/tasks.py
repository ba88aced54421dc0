"""Service calls off the Qt thread, results back on it.

The Qt thread never waits on the database: `TaskRunner.run(fn, on_success, on_failure)`
runs `fn()` on a QThreadPool worker and calls the callback on the Qt thread through a
queued signal. The signal object belongs to the runner, which lives on the Qt thread (a
runnable that owned its own signals would be destroyed on the worker thread).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ocpizza_desk.domain.errors import DomainError

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Relay(QObject):
    finished = Signal(int, bool, object)  # token, ok, result or exception
    progressed = Signal(int, str, float)  # token, step, fraction


class _Job(QRunnable):
    def __init__(self, token: int, work: Callable[..., Any], relay: _Relay, with_progress: bool):
        super().__init__()
        self._token = token
        self._work = work
        self._relay = relay
        self._with_progress = with_progress

    def run(self) -> None:
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
        if not shiboken6.isValid(self._relay):
            return
        try:
            self._relay.finished.emit(self._token, ok, value)
        except RuntimeError:  # deleted between the check and the emit
            log.debug("a background task finished after its runner was deleted")

    def _report(self, step: str, fraction: float) -> None:
        self._relay.progressed.emit(self._token, step, fraction)


class TaskRunner(QObject):
    """Runs callables on a thread pool; `busy_changed` drives the screen's busy indicator."""

    busy_changed = Signal(bool)
    # Every outcome, for watchers such as the connection indicator.
    succeeded = Signal()
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.progressed.connect(self._on_progress)
        self._pending: dict[
            int, tuple[Success, Failure | None, Callable | None, QObject | None]
        ] = {}
        self._tokens = itertools.count(1)
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
    ) -> int:
        """`owner`: the widget the callbacks touch (default: a bound callback's object);
        if it is gone when the result arrives, the callbacks are dropped. `background`: a
        routine call (the live feed's poll) that does not light the busy indicator."""
        return self._start(work, on_success, on_failure, None, owner, background)

    def run_with_progress(
        self,
        work: Callable[[Callable[[str, float], None]], Any],
        on_progress: Callable[[str, float], None],
        on_success: Success,
        on_failure: Failure | None = None,
    ) -> int:
        """`work(report)` may call `report(step, fraction)` from the worker thread."""
        return self._start(work, on_success, on_failure, on_progress, None, False)

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Block until running jobs end (for shutdown and tests); callbacks still queued."""
        return self._pool.waitForDone(timeout_ms)

    def _start(self, work, on_success, on_failure, on_progress, owner, background) -> int:
        token = next(self._tokens)
        was_busy = self.busy
        if background:
            self._background.add(token)
        # A callback bound to a widget is dropped if the widget is gone when the result
        # arrives (a screen closed by signing out while it was loading).
        if owner is None:
            owner = getattr(on_success, "__self__", None)
            owner = owner if isinstance(owner, QObject) else None
        self._pending[token] = (on_success, on_failure, on_progress, owner)
        if not was_busy and self.busy:
            self.busy_changed.emit(True)
        self._pool.start(_Job(token, work, self._relay, on_progress is not None))
        return token

    def _on_progress(self, token: int, step: str, fraction: float) -> None:
        entry = self._pending.get(token)
        if entry is not None and entry[2] is not None and _alive(entry[3]):
            entry[2](step, fraction)

    def _on_finished(self, token: int, ok: bool, payload: object) -> None:
        was_busy = self.busy
        entry = self._pending.pop(token, None)
        self._background.discard(token)
        if was_busy and not self.busy:
            self.busy_changed.emit(False)
        if entry is None:
            return
        on_success, on_failure, _, owner = entry
        if ok:
            self.succeeded.emit()
        else:
            self.failed.emit(payload)
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
