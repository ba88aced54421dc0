"""Maintenance switched on from another PC reaches open windows with the next poll: staff see
the banner and are signed out (an order being typed is waited for), administrators keep
working, and signing in again is refused with the message."""

from __future__ import annotations

import pytest

from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.services import maintenance
from ocpizza_desk.services.context import ServiceContext
from tests.gui.driving import WAIT_MS, signed_in, type_and_submit
from tests.gui.test_counter import add_product, counter_window
from tests.helpers import staff

MESSAGE = "Mise à jour jusqu'à 7 h 30"
# One "second" of the sign-out countdown lasts this long here: the countdown and the sign-out
# are what is checked, not the wall clock.
TICK_MS = 100


@pytest.fixture
def other_pc(demo):
    """Another process's handle on the same database: the administrator's PC."""
    ctx = ServiceContext(demo.config)
    yield ctx
    ctx.close()


def _switch(ctx, on: bool) -> None:
    maintenance.set_maintenance(ctx, staff(ctx, "admin"), on, MESSAGE if on else None)


def _window(qtbot, desk, username: str, role: Role):
    window = signed_in(qtbot, desk, username, DEMO_PASSWORDS[role])
    window._grace_timer.setInterval(TICK_MS)
    window.show()
    qtbot.waitUntil(lambda: window.feed.seen is not None, timeout=WAIT_MS)  # first poll done
    return window


def _seen_within_a_poll(qtbot, window) -> None:
    """The banner shows at the next poll (or the one after, if one was already on its way)."""
    before = window.feed.polls
    qtbot.waitUntil(lambda: window.ui.maintenanceBanner.isVisible(), timeout=WAIT_MS)
    assert window.feed.polls - before <= 2


def test_counter_staff_see_the_notice_then_are_signed_out_and_refused(qtbot, desk, other_pc):
    window = _window(qtbot, desk, "accueil.bastille", Role.COUNTER)
    window.maintenance_grace_s = 3
    assert not window.ui.maintenanceBanner.isVisible()
    _switch(other_pc, True)
    _seen_within_a_poll(qtbot, window)
    text = window.ui.maintenanceLabel.text()
    assert MESSAGE in text and "déconnecté dans" in text
    assert window.ui.maintenanceSignOutButton.isVisible()

    qtbot.waitUntil(lambda: desk.main_window is None, timeout=WAIT_MS)
    assert desk.sign_in.isVisible()
    assert desk.sign_in.message == f"Maintenance en cours : {MESSAGE}"

    type_and_submit(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    qtbot.waitUntil(lambda: desk.sign_in.state == "ready", timeout=WAIT_MS)
    desk.runner.wait_idle()
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    assert desk.main_window is None
    assert desk.sign_in.message == f"Maintenance en cours : {MESSAGE}"


def test_an_order_being_typed_is_waited_for(qtbot, desk, other_pc):
    window, screen = counter_window(qtbot, desk)
    qtbot.waitUntil(lambda: window.feed.seen is not None, timeout=WAIT_MS)
    window._grace_timer.setInterval(TICK_MS)
    window.maintenance_grace_s = 2
    add_product(qtbot, screen, "Margherita")
    assert window.has_unsaved_work()

    _switch(other_pc, True)
    _seen_within_a_poll(qtbot, window)
    assert "Validez ou abandonnez" in window.ui.maintenanceLabel.text()
    # The grace is over; the order keeps the window open, and goes on saying why.
    qtbot.waitUntil(lambda: window._grace_left == 0, timeout=WAIT_MS)
    polls = window.feed.polls
    qtbot.waitUntil(lambda: window.feed.polls >= polls + 2, timeout=WAIT_MS)
    assert desk.main_window is window and screen.cart.rowCount() == 1
    assert "Validez ou abandonnez" in window.ui.maintenanceLabel.text()

    screen.new_order()  # abandoned: now the window goes
    qtbot.waitUntil(lambda: desk.main_window is None, timeout=WAIT_MS)
    assert MESSAGE in desk.sign_in.message


def test_switched_off_in_time_nobody_is_signed_out(qtbot, desk, other_pc):
    window = _window(qtbot, desk, "pizzaiolo.bastille", Role.PIZZAIOLO)
    window.maintenance_grace_s = 600
    _switch(other_pc, True)
    _seen_within_a_poll(qtbot, window)
    _switch(other_pc, False)
    qtbot.waitUntil(lambda: not window.ui.maintenanceBanner.isVisible(), timeout=WAIT_MS)
    assert desk.main_window is window and window._grace_left is None


def test_the_administrator_keeps_working(qtbot, desk, other_pc):
    window = _window(qtbot, desk, "admin", Role.ADMIN)
    window.maintenance_grace_s = 0
    _switch(other_pc, True)
    _seen_within_a_poll(qtbot, window)
    assert "le personnel est déconnecté" in window.ui.maintenanceLabel.text()
    assert MESSAGE in window.ui.maintenanceLabel.text()
    assert not window.ui.maintenanceSignOutButton.isVisible()
    polls = window.feed.polls
    qtbot.waitUntil(lambda: window.feed.polls >= polls + 3, timeout=WAIT_MS)
    assert desk.main_window is window and window.isVisible()
