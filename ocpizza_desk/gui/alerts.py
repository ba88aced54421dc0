"""Every message box goes through here, so tests can read them back instead of blocking.

Domain errors show their own message in the UI language; anything else is logged with its
traceback (by the task runner) and shown as an unexpected error. Callers never clear what the
user typed because of an error.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.gui import i18n

translate = QCoreApplication.translate


def _qt_presenter(kind: str, parent: QWidget | None, title: str, text: str) -> bool:
    if kind == "question":
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes
    {
        "information": QMessageBox.information,
        "warning": QMessageBox.warning,
        "critical": QMessageBox.critical,
    }[kind](parent, title, text)
    return True


# Replaced by tests: (kind, parent, title, text) -> answer.
presenter: Callable[[str, QWidget | None, str, str], bool] = _qt_presenter


def information(parent: QWidget | None, title: str, text: str) -> None:
    presenter("information", parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    presenter("warning", parent, title, text)


def critical(parent: QWidget | None, title: str, text: str) -> None:
    presenter("critical", parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    return presenter("question", parent, title, text)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, DomainError):
        warning(parent, translate("Alerts", "Not possible"), error.message(i18n.language()))
        return
    from ocpizza_desk.logs import log_file

    critical(
        parent,
        translate("Alerts", "Unexpected error"),
        translate(
            "Alerts",
            "Something went wrong and nothing was saved. What you typed is still there.\n"
            "Details were written to the log file:\n{path}",
        ).format(path=log_file()),
    )


def say_or_show(parent: QWidget | None, error: BaseException, say: Callable[[str], None]) -> None:
    """A refusal said on the screen's own message line (`say`), in the user's language;
    anything unexpected in the error box."""
    if isinstance(error, DomainError):
        say(error.message(i18n.language()))
    else:
        show_error(parent, error)
