"""The main window: geometry remembered, live language switch, stock alerts for managers,
busy indicator while the database is asked something."""

from __future__ import annotations

import threading

from PySide6.QtCore import QSize

from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.services import stock
from tests.gui.driving import WAIT_MS, signed_in
from tests.helpers import staff


def sign_out(qtbot, desk, window) -> None:
    window.ui.signOutButton.click()
    qtbot.waitUntil(lambda: desk.main_window is None and desk.sign_in.isVisible())


def test_the_window_comes_back_at_the_size_it_was_left(qtbot, desk):
    window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    window.show()
    window.resize(QSize(790, 640))
    qtbot.waitUntil(lambda: window.size() == QSize(790, 640))
    sign_out(qtbot, desk, window)
    window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    assert window.size() == QSize(790, 640)  # smaller than the screens: they scroll


def test_the_language_switches_live_in_the_main_window(qtbot, desk):
    window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    nav = window.ui.navigationList
    taking = window.page("order_taking")
    assert nav.item(0).text() == "Nouvelle commande"
    combo = window.ui.languageCombo
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: nav.item(0).text() == "New order")
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "New order",
        "Order book",
        "Customers",
        "Dashboard",
    ]
    qtbot.waitUntil(lambda: taking.ui.validateButton.text() == "Va&lidate order")
    assert taking.ui.channelCombo.itemText(0) == "Phone"
    combo.setCurrentIndex(combo.findData("fr"))
    qtbot.waitUntil(lambda: nav.item(1).text() == "Commandes")
    assert taking.ui.channelCombo.itemText(0) == "Téléphone"


def test_managers_see_stock_alerts_and_counter_staff_do_not(qtbot, desk, demo):
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show()
    expected = len(stock.under_threshold(demo, staff(demo, "responsable.bastille")))
    assert expected > 0  # the demo keeps some ingredients low, to be seen
    qtbot.waitUntil(lambda: window.ui.alertsButton.isVisible(), timeout=WAIT_MS)
    assert window.ui.alertsButton.text() == f"⚠ Alertes de stock : {expected}"
    window.ui.alertsButton.click()
    assert window.current_screen() == "stock"  # narrowed to the ingredients to order
    screen = window.page("stock")
    assert screen.ui.alertsOnlyCheck.isChecked()
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == expected, timeout=WAIT_MS)
    sign_out(qtbot, desk, window)
    window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    window.show()
    desk.runner.wait_idle()
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    assert not window.ui.alertsButton.isVisible()


def test_a_busy_indicator_shows_while_the_database_works(qtbot, desk):
    window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    window.show()
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    assert not window.busy_bar.isVisible()
    release = threading.Event()
    desk.runner.run(lambda: release.wait(10), lambda _r: None)
    assert window.busy_bar.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not window.busy_bar.isVisible(), timeout=WAIT_MS)
