"""The counter refuses a time the store is closed and a delivery outside its zone (issue 20,
item 5): the message says when next, or which store delivers there, beside the field it is
about; what was typed stays; nothing is written. On SQLite and MariaDB."""

from __future__ import annotations

from PySide6.QtCore import QTime
from sqlalchemy import text, update

from ocpizza_desk.db import models as m
from ocpizza_desk.domain import phones
from tests.gui.driving import WAIT_MS
from tests.gui.test_counter import add_product, bastille, counter_window, type_into, wait_idle
from tests.helpers import snapshot

EARLY = {d: [["03:00", "03:30"]] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


def set_store(demo, store_id: int, **values) -> None:
    with demo.engine.begin() as c:
        c.execute(update(m.Store.__table__).where(m.Store.id == store_id).values(**values))


def test_a_closed_time_is_refused_with_the_next_one_under_the_promised_time(
    qtbot, desk, demo, alerts_log
):
    set_store(demo, bastille(demo), opening_hours=EARLY)  # open 03:00-03:30 only
    _window, screen = counter_window(qtbot, desk)
    ui = screen.ui
    add_product(qtbot, screen, "Margherita")
    add_product(qtbot, screen, "Tiramisu")
    ui.promisedEdit.setTime(QTime(12, 0))  # typed by the clerk: never open at noon
    type_into(qtbot, ui.notesEdit, "Sonner deux fois")
    before = snapshot(demo)
    ui.validateButton.click()
    qtbot.waitUntil(lambda: screen.promised_problem.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    shown = screen.promised_problem.text()
    assert "Fermé à cette heure : prochaine heure possible" in shown and "03:00" in shown
    assert snapshot(demo) == before
    # Everything typed stays: the cart, the time, the notes.
    assert [e.name for e in screen.cart.entries] == ["Margherita 33 cm", "Tiramisu"]
    assert ui.promisedEdit.time() == QTime(12, 0) and ui.notesEdit.text() == "Sonner deux fois"
    assert ui.promisedEdit.hasFocus()
    assert not alerts_log
    # Changing the time takes the message away.
    ui.promisedEdit.setTime(QTime(3, 15))
    assert not screen.promised_problem.isVisible()


def test_a_delivery_outside_the_zone_names_the_store_that_delivers_there(
    qtbot, desk, demo, alerts_log
):
    store = bastille(demo)
    with demo.engine.connect() as c:
        phone = c.execute(
            text(
                "SELECT c.phone_e164 FROM customers c JOIN customer_addresses a "
                "ON a.customer_id = c.id WHERE a.latitude IS NOT NULL AND NOT a.archived "
                "AND c.erased_at IS NULL ORDER BY c.id LIMIT 1"
            )
        ).scalar_one()
    set_store(demo, store, delivery_radius_m=1)  # Bastille delivers one metre around it
    _window, screen = counter_window(qtbot, desk)
    ui = screen.ui
    type_into(qtbot, ui.phoneEdit, phones.display(phone).replace("\u00a0", " "))
    screen.customer.lookup()
    qtbot.waitUntil(lambda: screen.customer.card is not None, timeout=WAIT_MS)
    ui.deliveryRadio.click()
    add_product(qtbot, screen, "Regina")
    before = snapshot(demo)
    ui.validateButton.click()
    qtbot.waitUntil(lambda: screen.address_problem.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    message = screen.address_problem.text()
    assert "hors de la zone de livraison de OC Pizza Bastille" in message
    assert "livrée par : OC Pizza" in message  # the tests' demo: the others deliver anywhere
    assert snapshot(demo) == before
    assert [e.name for e in screen.cart.entries] == ["Regina 33 cm"]
    assert ui.deliveryRadio.isChecked() and screen.customer.card is not None
    assert ui.addressCombo.hasFocus()
    assert not alerts_log
    # Taken away instead: the message goes.
    ui.takeawayRadio.click()
    assert not screen.address_problem.isVisible()
