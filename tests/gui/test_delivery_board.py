"""The delivery board driven as a manager would: select ready orders and a driver, assign,
see the trip and its itinerary; kept live by changes made on another PC; a stale board told
who took the order first; shifts started and ended with the cash counted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.gui.screens.delivery_board import select_ids
from ocpizza_desk.gui.screenshots import ready_deliveries
from ocpizza_desk.services import deliveries
from ocpizza_desk.services.context import ServiceContext
from tests.gui.driving import WAIT_MS, signed_in
from tests.helpers import staff

LIVE_MS = 5_000  # the feed polls every second; the issue asks for 2 s: 5 s leaves slack


@pytest.fixture
def other_pc(demo):
    ctx = ServiceContext(demo.config)
    yield ctx
    ctx.close()


def board_window(qtbot, desk):
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show()
    window.show_screen("delivery_board")
    screen = window.page("delivery_board")
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT_MS)
    return window, screen


def shown_trip(screen, order_id: int):
    return next((t for t in screen.trips.rows if order_id in {s.order_id for s in t.stops}), None)


def test_assign_ready_orders_and_see_the_itinerary(
    qtbot, qtmodeltester, desk, demo, other_pc, alerts_log
):
    ready = ready_deliveries(other_pc, 3)
    _window, screen = board_window(qtbot, desk)
    qtbot.waitUntil(lambda: all(screen.ready.row_of(o) >= 0 for o in ready), timeout=LIVE_MS)
    driver = staff(demo, "livreur.bastille")
    assert driver.user_id in {d.user_id for d in screen.drivers.rows}  # on shift (demo)
    assert not screen.ui.assignButton.isEnabled()

    select_ids(screen.ui.readyView, ready)
    screen.ui.driversView.selectRow(screen.drivers.row_of(driver.user_id))
    assert screen.ui.assignButton.isEnabled()
    QTest.mouseClick(screen.ui.assignButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown_trip(screen, ready[0]) is not None, timeout=WAIT_MS)
    trip = shown_trip(screen, ready[0])
    assert {s.order_id for s in trip.stops} == set(ready) and trip.driver_name == driver.full_name
    qtbot.waitUntil(
        lambda: screen.itinerary is not None and len(screen.itinerary.stops) == 3,
        timeout=WAIT_MS,
    )
    assert screen.map.itinerary() is screen.itinerary
    for model in (screen.ready, screen.drivers, screen.trips):
        qtmodeltester.check(model)
    assert len(screen.panel.stop_rows()) == 3
    assert screen.itinerary.estimate  # no key in tests: the labelled estimate
    assert screen.window().ui.navigationList.currentItem().text() == "Livraisons"
    assert "commandes confiées à" in screen.ui.messageLabel.text()
    # The service agrees with the screen.
    manager = staff(demo, "responsable.bastille")
    [saved] = [t for t in deliveries.board(demo, manager).trips if t.trip_id == trip.trip_id]
    assert [s.order_id for s in saved.stops] == [s.order_id for s in trip.stops]
    assert not alerts_log


def test_another_pc_changes_the_board_within_seconds(qtbot, desk, demo, other_pc, alerts_log):
    _window, screen = board_window(qtbot, desk)
    ready = ready_deliveries(other_pc, 2)  # placed and cooked on other PCs
    qtbot.waitUntil(lambda: all(screen.ready.row_of(o) >= 0 for o in ready), timeout=LIVE_MS)
    manager = staff(other_pc, "responsable.bastille")
    driver = staff(other_pc, "livreur.bastille")
    trip = deliveries.create_trip(other_pc, manager, driver.user_id, ready)
    qtbot.waitUntil(lambda: shown_trip(screen, ready[0]) is not None, timeout=LIVE_MS)
    deliveries.change_trip(other_pc, manager, trip.trip_id, trip.version, remove=[ready[0]])
    qtbot.waitUntil(
        lambda: (t := shown_trip(screen, ready[1])) is not None and len(t.stops) == 1,
        timeout=LIVE_MS,
    )
    row = screen.ready.row_at(screen.ready.row_of(ready[0]))
    assert row is not None and row.trip_id is None  # waiting again
    assert not alerts_log


def test_a_stale_board_is_told_who_took_the_order(qtbot, desk, demo, other_pc):
    from sqlalchemy import insert

    from ocpizza_desk.db import models as m
    from ocpizza_desk.domain.clock import utcnow

    with demo.engine.begin() as c:  # a second driver for Bastille, on shift
        store = staff(demo, "livreur.bastille").store_id
        c.execute(
            insert(m.User.__table__).values(
                username="livreur2.bastille",
                full_name="Second Livreur",
                role="driver",
                store_id=store,
                password_hash="x",
                active=True,
                failed_attempts=0,
                created_at=utcnow(),
            )
        )
    manager = staff(other_pc, "responsable.bastille")
    second = staff(other_pc, "livreur2.bastille")
    deliveries.start_shift(other_pc, manager, second.user_id)
    ready = ready_deliveries(other_pc, 1)
    _window, screen = board_window(qtbot, desk)
    qtbot.waitUntil(
        lambda: screen.ready.row_of(ready[0]) >= 0 and screen.drivers.row_of(second.user_id) >= 0,
        timeout=LIVE_MS,
    )
    screen.window().feed.stop()
    deliveries.create_trip(other_pc, manager, staff(other_pc, "livreur.bastille").user_id, ready)
    select_ids(screen.ui.readyView, ready)
    screen.ui.driversView.selectRow(screen.drivers.row_of(second.user_id))
    QTest.mouseClick(screen.ui.assignButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.ui.messageLabel.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "a déjà confié" in screen.ui.messageLabel.text(), timeout=WAIT_MS)
    assert manager.full_name in screen.ui.messageLabel.text()
    qtbot.waitUntil(
        lambda: (
            (row := screen.ready.row_at(screen.ready.row_of(ready[0]))) is not None
            and row.trip_id is not None
        ),
        timeout=WAIT_MS,
    )


def test_start_and_end_a_shift_with_the_cash_counted(qtbot, desk, demo, other_pc, alerts_log):
    _window, screen = board_window(qtbot, desk)
    driver = staff(demo, "livreur.bastille")
    row = screen.drivers.row_of(driver.user_id)
    screen.ui.driversView.selectRow(row)
    QTest.mouseClick(screen.ui.endShiftButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(screen, "active_dialog"), timeout=WAIT_MS)
    dialog = screen.active_dialog
    assert dialog.ui.expectedLabel.text() == "30,00\u00a0€"  # the demo's change fund, no cash
    dialog.ui.countedEdit.setText("29,50")
    assert dialog.ui.differenceLabel.text() == "-0,50\u00a0€"
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: screen.drivers.row_of(driver.user_id) < 0, timeout=WAIT_MS)
    assert "Service clos" in screen.ui.messageLabel.text()
    qtbot.waitUntil(lambda: screen.ui.offShiftCombo.findData(driver.user_id) >= 0, timeout=WAIT_MS)

    screen.ui.offShiftCombo.setCurrentIndex(screen.ui.offShiftCombo.findData(driver.user_id))
    screen.ui.floatEdit.setText("20")
    QTest.mouseClick(screen.ui.startShiftButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.drivers.row_of(driver.user_id) >= 0, timeout=WAIT_MS)
    assert screen.drivers.row_at(screen.drivers.row_of(driver.user_id)).float_cents == 2000
    assert not alerts_log
