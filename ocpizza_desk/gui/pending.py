"""After an ambiguous failure, find out what was saved.

When the connection drops while an order or a payment is being sent, the COMMIT may or may
not have happened. The screen keeps what was typed locked and asks the service, by the
submission's client key, what was saved: every few seconds on the submit lane until the
database answers, then once. `answered(outcome)` (None: nothing was saved) or `failed(error)`
(the lookup itself was refused). Never a guess, never "not recorded" for a commit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ocpizza_desk.gui.connection import is_connection_error
from ocpizza_desk.gui.tasks import SUBMIT, TaskRunner

RETRY_MS = 2_000  # the shops' pace; read when a PendingOutcome is made (tests shorten it)


class PendingOutcome(QObject):
    answered = Signal(object)  # the saved outcome, or None when nothing was saved
    failed = Signal(object)  # the lookup was refused (not a lost connection)

    def __init__(
        self,
        runner: TaskRunner,
        lookup: Callable[[], Any],
        parent: QObject | None = None,
        retry_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        retry_ms = retry_ms or RETRY_MS
        self.runner = runner
        self.lookup = lookup
        self.attempts = 0
        self._active = False
        self._timer = QTimer(self, singleShot=True, interval=retry_ms, timeout=self._ask)

    @property
    def active(self) -> bool:
        return self._active

    def start(self, at_once: bool = True) -> None:
        self._active = True
        if at_once:
            self._ask()
        else:
            self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def _ask(self) -> None:
        if not self._active:
            return
        self.attempts += 1
        self.runner.run(self.lookup, self._found, self._not_yet, owner=self, lane=SUBMIT)

    def _found(self, outcome: Any) -> None:
        if not self._active:
            return
        self._active = False
        self.answered.emit(outcome)

    def _not_yet(self, error: BaseException) -> None:
        if not self._active:
            return
        if is_connection_error(error):
            self._timer.start()
            return
        self._active = False
        self.failed.emit(error)
