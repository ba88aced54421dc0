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


def on_this_pcs_context(monkeypatch, desk, configure) -> None:
    """`configure(ctx)` (the maps a test fakes, say) on the application's service context:
    at once when it is open (SQLite, one context from the start), else when each person's
    context opens at sign-in (MariaDB: a shop PC opens the database with the person's own
    account), right after the application set up its maps from the configuration."""
    from ocpizza_desk.services import maps_setup

    if desk.ctx is not None:
        configure(desk.ctx)
        return
    original = maps_setup.setup_maps

    def setup_then_configure(ctx, *args, **kwargs):
        result = original(ctx, *args, **kwargs)
        configure(ctx)
        return result

    monkeypatch.setattr(maps_setup, "setup_maps", setup_then_configure)
