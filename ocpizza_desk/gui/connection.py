"""The connection indicator: connected, reconnecting, offline.

Fed by every service call's outcome (the task runner's signals) and by a light ping: every
30 s while all is well, every 3 s once a call has found the database unreachable. After three
failed pings in a row the state is "offline"; the first success brings back "connected".
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.gui.tasks import TaskRunner

translate = QCoreApplication.translate

HEALTHY_PING_MS = 30_000
TROUBLED_PING_MS = 3_000
FAILURES_BEFORE_OFFLINE = 3


class LinkState(StrEnum):
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"


def state_label(state: LinkState) -> str:
    return {
        LinkState.CONNECTED: translate("ConnectionMonitor", "Connected"),
        LinkState.RECONNECTING: translate("ConnectionMonitor", "Reconnecting…"),
        LinkState.OFFLINE: translate("ConnectionMonitor", "Offline"),
    }[state]


def is_connection_error(error: BaseException) -> bool:
    return isinstance(error, DomainError) and error.code == "db.unreachable"


class ConnectionMonitor(QObject):
    changed = Signal(str)  # LinkState

    def __init__(self, ctx, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.state = LinkState.CONNECTED
        self._failures = 0
        self._pinging = False
        self._timer = QTimer(self, interval=HEALTHY_PING_MS, timeout=self.ping)
        self._timer.start()
        runner.succeeded.connect(self._on_success)
        runner.failed.connect(self._on_failure)

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
        self._set(LinkState.CONNECTED)

    def _on_failure(self, error: BaseException) -> None:
        if not is_connection_error(error):
            return
        self._failures += 1
        self._set(
            LinkState.OFFLINE
            if self._failures >= FAILURES_BEFORE_OFFLINE
            else LinkState.RECONNECTING
        )

    def _set(self, state: LinkState) -> None:
        self._timer.setInterval(
            HEALTHY_PING_MS if state is LinkState.CONNECTED else TROUBLED_PING_MS
        )
        if state is not self.state:
            self.state = state
            self.changed.emit(state.value)

    def stop(self) -> None:
        self._timer.stop()
