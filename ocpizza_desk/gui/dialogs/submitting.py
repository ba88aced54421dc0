"""A dialog whose OK runs a service call on a worker and stays open, with what was typed,
if the call is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.gui import alerts, i18n
from ocpizza_desk.gui.tasks import TaskRunner


class SubmittingDialog(QDialog):
    """Subclasses set up their form, then call `_bind(buttons, error_label)` and implement
    `_call() -> Callable[[], Any]` (raising ValueError with a message for bad typing)."""

    def __init__(self, parent: QWidget | None, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per use, not kept
        self.runner = runner
        self.result_value: Any = None
        self._buttons: QDialogButtonBox | None = None
        self._error: QLabel | None = None

    def _bind(self, buttons: QDialogButtonBox, error_label: QLabel) -> None:
        self._buttons, self._error = buttons, error_label
        error_label.setProperty("role", "error")
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)

    def _call(self) -> Callable[[], Any]:
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        assert self._error is not None
        self._error.setText(text)

    def _submit(self) -> None:
        try:
            call = self._call()
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self._set_busy(True)
        self.runner.run(call, self._done, self._refused)

    def _done(self, value: Any) -> None:
        self._set_busy(False)
        self.result_value = value
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, DomainError):
            self.show_error(error.message(i18n.language()))
        else:
            alerts.show_error(self, error)

    def _set_busy(self, busy: bool) -> None:
        assert self._buttons is not None
        self._buttons.setEnabled(not busy)
        if busy:
            self.show_error("")
