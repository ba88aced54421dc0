"""Driving the application as a user would: sign in through the window, wait for screens."""

from __future__ import annotations

from PySide6.QtCore import Qt

WAIT_MS = 20_000


def type_and_submit(qtbot, desk, username: str, password: str) -> None:
    ui = desk.sign_in.ui
    ui.usernameEdit.clear()
    qtbot.keyClicks(ui.usernameEdit, username)
    qtbot.keyClick(ui.usernameEdit, Qt.Key.Key_Return)  # moves to the password
    qtbot.keyClicks(ui.passwordEdit, password)
    qtbot.keyClick(ui.passwordEdit, Qt.Key.Key_Return)


def signed_in(qtbot, desk, username: str, password: str):
    type_and_submit(qtbot, desk, username, password)
    qtbot.waitUntil(lambda: desk.main_window is not None, timeout=WAIT_MS)
    return desk.main_window
