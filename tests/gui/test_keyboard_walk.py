"""The keyboard-only walk of issue 18, as a test: on every screen of every role, Tab from the
first field goes through every visible input and button of the screen and comes back, with no
trap (a table whose Tab walks its hundreds of cells, a text box that swallows Tab) and nothing
out of reach. Keys do not depend on the database: SQLite demo only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from tests.gui.driving import WAIT_MS, signed_in
from tests.gui.test_screen_pass import USERS, sqlite_only

KEYBOARD = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def reachable(page: QWidget) -> list[QWidget]:
    """What a keyboard user must be able to reach on the page as it is shown."""
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, KEYBOARD) or not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.focusProxy(), QWidget):
            continue  # its proxy is what takes the focus
        if isinstance(widget, QAbstractButton) and isinstance(
            widget.parentWidget(), (QAbstractSpinBox, QComboBox)
        ):
            continue
        if isinstance(widget, QRadioButton) and widget.autoExclusive() and not widget.isChecked():
            continue  # Tab reaches the group's checked button, the arrows the others
        found.append(widget)
    return found


def walk(qtbot, page: QWidget, start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab visits from `start` until it comes back to it (or `steps` run out)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=WAIT_MS)
    seen, left = [start], False
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            if left:
                return seen
            continue  # a date field's Tab first walks its day, month and year
        left = True
        if now is not None and page.isAncestorOf(now) and now not in seen:
            seen.append(now)
    raise AssertionError(f"Tab never came back to {start.objectName()} in {steps} steps")


def describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}".strip()


@sqlite_only
@pytest.mark.parametrize("role", list(USERS), ids=lambda r: r.value)
def test_tab_reaches_everything_on_every_screen_and_comes_back(qtbot, desk, role):
    window = signed_in(qtbot, desk, USERS[role], DEMO_PASSWORDS[role])
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for key in window.visible_screens():
        window.show_screen(key)
        page = window.page(key)
        qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
        targets = reachable(page)
        if not targets:
            continue
        # Every step a widget of the page, the window's header and navigation around it.
        budget = 3 * len(reachable(window)) + 20
        try:
            # From a field or button: a grid keeps the focus while Tab walks its cells.
            start = next(w for w in targets if not isinstance(w, QAbstractItemView))
            seen = walk(qtbot, page, start, budget)
        except AssertionError as trapped:
            where = QApplication.focusWidget()
            problems.append(f"{key}: {trapped} (stuck at {describe(where) if where else None})")
            continue
        missed = [describe(w) for w in targets if w not in seen and w.isVisible()]
        if missed:
            problems.append(f"{key}: Tab never reaches {missed}")
    assert problems == []
