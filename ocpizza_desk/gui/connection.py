"""The connection indicator: connected, slow / unreachable, reconnecting, offline.

Fed by every service call's outcome (the task runner's signals), by what the runner has in
flight, and by a light ping: every 30 s while all is well, every 3 s once a call has found
the database unreachable. A monitored call still running SLOW_AFTER_MS after it started
turns the indicator to "slow / unreachable" (a frozen server answers nothing, and nothing
fails until the call's deadline, ~10 s later); it goes back to "connected" when no call is
stalled any more. A call failing with `db.unreachable` means "reconnecting", three failed
calls in a row "offline"; the first success brings back "connected". No query is sent for
this: the runner knows what it is waiting for.
"""

from __future__ import annotations

import time
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.gui.tasks import TaskRunner

translate = QCoreApplication.translate

HEALTHY_PING_MS = 30_000
TROUBLED_PING_MS = 3_000
FAILURES_BEFORE_OFFLINE = 3
# A call running this long makes the indicator say so: shown within 3 s of a stall.
SLOW_AFTER_MS = 2_500


class LinkState(StrEnum):
    CONNECTED = "connected"
    SLOW = "slow"  # calls still running after SLOW_AFTER_MS, none failed yet
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"


def state_label(state: LinkState) -> str:
    return {
        LinkState.CONNECTED: translate("ConnectionMonitor", "Connected"),
        LinkState.SLOW: translate("ConnectionMonitor", "Slow / unreachable"),
        LinkState.RECONNECTING: translate("ConnectionMonitor", "Reconnecting…"),
        LinkState.OFFLINE: translate("ConnectionMonitor", "Offline"),
    }[state]


def is_connection_error(error: BaseException) -> bool:
    return isinstance(error, DomainError) and error.code == "db.unreachable"


class ConnectionMonitor(QObject):
    changed = Signal(str)  # LinkState

    def __init__(
        self,
        ctx,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        slow_after_ms: int | None = None,
        healthy_ping_ms: int | None = None,
        troubled_ping_ms: int | None = None,
    ) -> None:
        """The delays default to the module's constants, read when the monitor is made (tests
        shorten them: what they prove is the sequence of states, not the shops' pace)."""
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.slow_after_ms = slow_after_ms or SLOW_AFTER_MS
        self.healthy_ping_ms = healthy_ping_ms or HEALTHY_PING_MS
        self.troubled_ping_ms = troubled_ping_ms or TROUBLED_PING_MS
        self.state = LinkState.CONNECTED
        self._failures = 0
        self._pinging = False
        self._timer = QTimer(self, interval=self.healthy_ping_ms, timeout=self.ping)
        self._timer.start()
        # Fires when the oldest running call reaches slow_after_ms (set again at each change).
        self._stall_timer = QTimer(self, singleShot=True, timeout=self._update)
        runner.succeeded.connect(self._on_success)
        runner.failed.connect(self._on_failure)
        runner.in_flight_changed.connect(self._update)

    def ping(self) -> None:
        if self._pinging:
            return
        self._pinging = True
        self.runner.run(self.ctx.ping, self._pinged, self._ping_failed)

    def _pinged(self, _result) -> None:
        self._pinging = False

    def _ping_failed(self, _error) -> None:
        self._pinging = False

    def _on_success(self) -> None:
        self._failures = 0
        self._update()

    def _on_failure(self, error: BaseException) -> None:
        if not is_connection_error(error):
            return
        self._failures += 1
        self._update()

    def stalled_for_ms(self) -> float | None:
        """How long the oldest monitored call has been running; None: none is."""
        starts = [
            f.started_at
            for f in self.runner.in_flight()
            if f.monitored and f.started_at is not None
        ]
        return (time.monotonic() - min(starts)) * 1000 if starts else None

    def _update(self) -> None:
        running_ms = self.stalled_for_ms()
        stalled = running_ms is not None and running_ms >= self.slow_after_ms
        if running_ms is not None and not stalled:
            self._stall_timer.start(max(1, int(self.slow_after_ms - running_ms) + 1))
        elif running_ms is None:
            self._stall_timer.stop()
        if self._failures >= FAILURES_BEFORE_OFFLINE:
            self._set(LinkState.OFFLINE)
        elif self._failures:
            self._set(LinkState.RECONNECTING)
        else:
            self._set(LinkState.SLOW if stalled else LinkState.CONNECTED)

    def _set(self, state: LinkState) -> None:
        troubled = state in (LinkState.RECONNECTING, LinkState.OFFLINE)
        # Slow: calls are already waiting on the database; a ping would only queue behind.
        interval = self.troubled_ping_ms if troubled else self.healthy_ping_ms
        if self._timer.interval() != interval:  # setting it restarts the timer
            self._timer.setInterval(interval)
        if state is not self.state:
            self.state = state
            self.changed.emit(state.value)

    def stop(self) -> None:
        self._timer.stop()
        self._stall_timer.stop()
