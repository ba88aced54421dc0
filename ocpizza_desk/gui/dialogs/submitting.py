"""A dialog whose OK runs a service call on a worker and stays open, with what was typed,
if the call is refused. Calls run on the runner's submit lane: what the user sends never
waits behind loads and polls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.gui import alerts, i18n
from ocpizza_desk.gui.access import AccessibleDialog
from ocpizza_desk.gui.tasks import SUBMIT, TaskRunner


class SubmittingDialog(AccessibleDialog):
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
        # A message about what was typed goes as soon as it is being fixed (it stayed after
        # another ingredient was chosen); a search box is not a fix.
        for edit in self.findChildren(QLineEdit):
            if not any(word in edit.objectName().lower() for word in ("filter", "search")):
                edit.textEdited.connect(self._being_fixed)
        for combo in self.findChildren(QComboBox):
            combo.activated.connect(self._being_fixed)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(self._being_fixed)

    def _being_fixed(self, *_args) -> None:
        if self._error is not None and self._error.text():
            self.show_error("")

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
        self.runner.run(call, self._done, self._refused, lane=SUBMIT)

    def _done(self, value: Any) -> None:
        self._set_busy(False)
        self.result_value = value
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, DomainError) and error.code == "db.unreachable":
            # The dialog's call carries a client key: sending again finds what was saved.
            self.show_error(
                self.tr(
                    "The connection dropped: it may or may not have been saved. Press OK again "
                    "once the connection is back: it will not be recorded twice."
                )
            )
        elif isinstance(error, DomainError):
            self.show_error(error.message(i18n.language()))
        else:
            alerts.show_error(self, error)

    def _set_busy(self, busy: bool) -> None:
        assert self._buttons is not None
        self._buttons.setEnabled(not busy)
        if busy:
            self.show_error("")
