"""The Customers screen driven as its users would: the counter finds a customer by the start
of their number, corrects a name, adds an address, reads the orders a page at a time and
merges a duplicate; a manager exports everything held (JSON and PDF, read back) and erases a
customer after two confirmations. A refused save keeps what was typed. SQLite and MariaDB."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from sqlalchemy import func, select

from ocpizza_desk.db.models import AuditEntry, Order
from ocpizza_desk.domain.enums import OrderMode
from ocpizza_desk.gui.screens import customers as screen_module
from ocpizza_desk.gui.screens.customers import CustomersScreen
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import customers, orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.customers import AddressInput, CustomerInput
from tests.gui.driving import WAIT_MS
from tests.helpers import product_id, request, snapshot, staff


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    runner.wait_idle()


def open_screen(qtbot, demo, runner, username: str) -> CustomersScreen:
    screen = CustomersScreen(demo, staff(demo, username), runner)
    qtbot.addWidget(screen)
    screen.resize(1100, 640)
    screen.show()
    return screen


def find(qtbot, screen: CustomersScreen, typed: str) -> None:
    screen.ui.searchEdit.clear()
    QTest.keyClicks(screen.ui.searchEdit, typed)
    qtbot.waitUntil(lambda: screen.searched == typed, timeout=WAIT_MS)


def open_row(qtbot, screen: CustomersScreen, customer_id: int) -> None:
    assert screen.select_customer(customer_id)
    qtbot.waitUntil(
        lambda: screen.card is not None and screen.card.id == customer_id and not screen.busy,
        timeout=WAIT_MS,
    )


def wait_idle(qtbot, screen) -> None:
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    screen.runner.wait_idle()
    qtbot.waitUntil(lambda: not screen.runner.busy, timeout=WAIT_MS)


def make(demo, username="accueil.bastille", phone="06 11 22 33 44", last="Dufresne-Test"):
    return customers.create(
        demo,
        staff(demo, username),
        CustomerInput(phone=phone, first_name="Élodie", last_name=last, email="elodie@example.fr"),
        AddressInput(street="8 rue Oberkampf", postcode="75011", door_code="4521B"),
    )


def deliver(demo, card, count: int) -> None:
    counter = staff(demo, "accueil.bastille")
    for _ in range(count):
        orders.place(
            demo,
            counter,
            request(
                CartLine(product_id(demo, "regina"), 1),
                mode=OrderMode.DELIVERY,
                customer_id=card.id,
                address_id=card.addresses[0].id,
            ),
        )


def test_the_counter_corrects_a_customer_and_reads_the_orders_a_page_at_a_time(
    qtbot, qt_settings, alerts_log, demo, runner, monkeypatch
):
    created = make(demo)
    deliver(demo, created, 3)
    real_history = customers.order_history
    monkeypatch.setattr(  # pages of two orders, to see the paging with three
        customers, "order_history", lambda *a, **k: real_history(*a, **{**k, "limit": 2})
    )
    screen = open_screen(qtbot, demo, runner, "accueil.bastille")
    ui = screen.ui
    assert not ui.detailTabs.isTabVisible(ui.detailTabs.indexOf(ui.privacyTab))  # counter

    find(qtbot, screen, "06 11 22")
    assert [r.id for r in screen.rows.rows] == [created.id]
    qtbot.waitUntil(lambda: screen.card is not None, timeout=WAIT_MS)  # the only one: opened
    assert ui.phoneEdit.text() == "06 11 22 33 44" and ui.lastNameEdit.text() == "Dufresne-Test"

    ui.detailTabs.setCurrentWidget(ui.ordersTab)
    assert screen.history.rowCount() == 2 and ui.moreButton.isVisible()
    assert "2 sur 3" in ui.historyLabel.text() or "2 of 3" in ui.historyLabel.text()
    QTest.mouseClick(ui.moreButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.history.rowCount() == 3, timeout=WAIT_MS)
    assert not ui.moreButton.isVisible()
    assert "Regina" in screen.history.index(0, 4).data()
    ui.detailTabs.setCurrentWidget(ui.detailsTab)

    # A refused name says which character, beside the field (not in a box over the screen).
    ui.lastNameEdit.setText("Dufresne5")
    QTest.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "« 5 »" in QToolTip.text() and not screen.busy, timeout=WAIT_MS)
    assert ui.lastNameEdit.hasFocus() and alerts_log == []
    tip = QToolTip.text()
    QToolTip.hideText()

    ui.lastNameEdit.setText("Dufresne")
    ui.emailEdit.setText("not an address")
    QTest.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: QToolTip.text() == "Adresse e-mail invalide." and not screen.busy,
        timeout=WAIT_MS,
    )
    assert "Nom" in tip or "nom" in tip, tip
    assert ui.emailEdit.hasFocus() and alerts_log == []
    assert ui.emailEdit.text() == "not an address" and ui.lastNameEdit.text() == "Dufresne"
    assert customers.card(demo, staff(demo, "accueil.bastille"), created.id).last_name == (
        "Dufresne-Test"
    )  # refused: nothing written, what was typed kept

    ui.emailEdit.setText("elodie.d@example.fr")
    QTest.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.card.last_name == "Dufresne", timeout=WAIT_MS)
    assert screen.card.email == "elodie.d@example.fr"

    ui.detailTabs.setCurrentWidget(ui.addressesTab)
    QTest.mouseClick(ui.newAddressButton, Qt.MouseButton.LeftButton)
    ui.labelEdit.setText("Travail")
    # A paste longer than the street field is cut at its limit, and that is said.
    QApplication.clipboard().setText("3 boulevard Voltaire " * 10)
    QToolTip.hideText()
    ui.streetEdit.setFocus()
    ui.streetEdit.paste()
    assert len(ui.streetEdit.text()) == ui.streetEdit.maxLength() == 160
    assert "160" in QToolTip.text()
    ui.streetEdit.setText("3 boulevard Voltaire")
    ui.postcodeEdit.setText("75011")
    QTest.keyClick(screen, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # this tab's
    qtbot.waitUntil(lambda: len(screen.card.addresses) == 2, timeout=WAIT_MS)
    assert ui.addressesList.count() == 2 and screen.address.street == "3 boulevard Voltaire"
    wait_idle(qtbot, screen)
    with demo.engine.connect() as c:
        actions = c.execute(
            select(AuditEntry.action).where(AuditEntry.entity_id == str(created.id))
        ).scalars()
        assert {"customer.update", "customer.address_add"} <= set(actions)


def test_two_entries_of_one_person_are_merged(qtbot, qt_settings, alerts_log, demo, runner):
    first = make(demo, phone="06 11 22 33 44", last="Doublon")
    second = make(demo, phone="07 81 23 45 67", last="Doublon")
    deliver(demo, second, 2)
    screen = open_screen(qtbot, demo, runner, "responsable.bastille")
    find(qtbot, screen, "doublon")
    assert {r.id for r in screen.rows.rows} == {first.id, second.id}
    assert not screen.ui.mergeButton.isEnabled()
    selection = screen.ui.customersView.selectionModel()
    for row in range(2):
        selection.select(
            screen.rows.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert screen.ui.mergeButton.isEnabled()
    offered = []

    def keep_first_created(_parent, one, two):
        offered.append((one.id, two.id))
        return one if one.id == first.id else two

    screen_module.choose_kept = keep_first_created
    try:
        QTest.mouseClick(screen.ui.mergeButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: screen.card is not None and screen.card.id == first.id and not screen.busy,
            timeout=WAIT_MS,
        )
    finally:
        screen_module.choose_kept = screen_module._choose_kept
    assert set(offered[0]) == {first.id, second.id}
    assert alerts_log[0][0] == "question" and "07 81 23 45 67" in alerts_log[0][2]
    qtbot.waitUntil(lambda: [r.id for r in screen.rows.rows] == [first.id], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.history.rowCount() == 2, timeout=WAIT_MS)
    wait_idle(qtbot, screen)
    with demo.engine.connect() as c:
        moved = c.execute(
            select(func.count()).select_from(Order).where(Order.customer_id == first.id)
        ).scalar()
    assert moved == 2


def test_a_manager_exports_then_erases_a_customer(
    qtbot, qt_settings, alerts_log, demo, runner, tmp_path, monkeypatch
):
    created = make(demo)
    deliver(demo, created, 1)
    screen = open_screen(qtbot, demo, runner, "responsable.bastille")
    ui = screen.ui
    find(qtbot, screen, "0611223344")
    qtbot.waitUntil(lambda: screen.card is not None, timeout=WAIT_MS)
    ui.detailTabs.setCurrentWidget(ui.privacyTab)
    assert ui.privacyTab.isVisible() and ui.exportButton.isEnabled()

    monkeypatch.setattr(screen_module, "choose_folder", lambda *_: tmp_path / "dpo")
    QTest.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last_export is not None, timeout=WAIT_MS)
    json_file, pdf_file = screen.last_export
    data = json.loads(json_file.read_text(encoding="utf-8"))
    assert data["customer"]["phone_e164"] == "+33611223344"
    assert data["addresses"][0]["door_code"] == "4521B" and len(data["orders"]) == 1
    assert str(created.id) in json_file.name and "Dufresne" not in json_file.name
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf_file).pages)
    for expected in ("06 11 22 33 44", "Élodie", "8 rue Oberkampf", "4521B", "Regina"):
        assert expected in text, expected
    assert alerts_log[-1][0] == "information"

    # Erasure: the request reference, then a last "are you sure".
    before = snapshot(demo)
    monkeypatch.setattr(screen_module, "ask_text", lambda *_: None)  # cancelled
    QTest.mouseClick(ui.eraseButton, Qt.MouseButton.LeftButton)
    assert snapshot(demo) == before
    monkeypatch.setattr(screen_module, "ask_text", lambda *_: "DPO-2026-3")
    QTest.mouseClick(ui.eraseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.card.erased and not screen.busy, timeout=WAIT_MS)
    assert "Élodie" in alerts_log[-1][2] and alerts_log[-1][0] == "question"
    assert ui.phoneEdit.text() == "" and ui.phoneEdit.isReadOnly()
    assert not ui.eraseButton.isEnabled() and not ui.saveButton.isEnabled()
    qtbot.waitUntil(lambda: screen.rows.rowCount() == 0, timeout=WAIT_MS)
    wait_idle(qtbot, screen)
    with demo.engine.connect() as c:
        trail = c.execute(
            select(AuditEntry.action, AuditEntry.after).where(
                AuditEntry.entity_id == str(created.id)
            )
        ).all()
    assert {"customer.export", "customer.erase"} <= {a for a, _ in trail}
    assert "611223344" not in repr(trail) and "Dufresne" not in repr(trail)
