"""The kitchen screen driven as a pizzaiolo would, and kept live by changes made elsewhere:
on another PC (its own connection pool) or by the website."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import OrderStatus, Role
from ocpizza_desk.services import kitchen, orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext
from tests.gui.driving import WAIT_MS, signed_in
from tests.helpers import product_id, request, staff

LIVE_MS = 5_000  # the feed polls every second; the issue asks for 2 s: 5 s leaves slack


@pytest.fixture
def other_pc(demo):
    """Another shop PC: its own connection pool on the same database."""
    ctx = ServiceContext(demo.config)
    yield ctx
    ctx.close()


def kitchen_window(qtbot, desk, username="pizzaiolo.bastille"):
    window = signed_in(qtbot, desk, username, DEMO_PASSWORDS[Role.PIZZAIOLO])
    window.show()
    assert window.current_screen() == "kitchen"
    screen = window.page("kitchen")
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT_MS)
    return window, screen


def card_order(screen) -> list[tuple[int, OrderStatus]]:
    return [(c.order.order_id, c.order.status) for c in screen.ordered_cards()]


def test_the_queue_oldest_first_start_then_ready(qtbot, desk, demo, other_pc, alerts_log):
    counter = staff(other_pc, "accueil.bastille")
    placed = orders.place(
        other_pc, counter, request(CartLine(product_id(demo, "margherita"), 2), minutes=40)
    )
    _window, screen = kitchen_window(qtbot, desk)
    cook = staff(demo, "pizzaiolo.bastille")
    expected = [(o.order_id, o.status) for o in kitchen.queue(demo, cook)]
    assert card_order(screen) == expected and placed.order_id in dict(expected)
    card = screen.cards[placed.order_id]
    assert card.ui.actionButton.text() == "Commencer"
    assert "2 × " in card.ui.linesLabel.text() and "Margherita" in card.ui.linesLabel.text()

    QTest.mouseClick(card.ui.actionButton, Qt.MouseButton.LeftButton)  # one tap: start
    qtbot.waitUntil(lambda: card.order.status is OrderStatus.IN_PREPARATION, timeout=WAIT_MS)
    assert card.ui.actionButton.text() == "Prête"
    assert orders.detail(demo, cook, placed.order_id).status is OrderStatus.IN_PREPARATION
    # "Ready" now sits under the finger that tapped "Start": it takes a tap a moment later
    qtbot.waitUntil(card.ui.actionButton.isEnabled, timeout=WAIT_MS)
    QTest.mouseClick(card.ui.actionButton, Qt.MouseButton.LeftButton)  # one tap: ready
    qtbot.waitUntil(lambda: placed.order_id not in screen.cards, timeout=WAIT_MS)
    assert orders.detail(demo, cook, placed.order_id).status is OrderStatus.READY
    assert not alerts_log


def test_orders_from_another_pc_appear_and_leave_without_refresh(
    qtbot, desk, demo, other_pc, alerts_log
):
    _window, screen = kitchen_window(qtbot, desk)
    before = set(screen.cards)
    counter = staff(other_pc, "accueil.bastille")
    placed = orders.place(other_pc, counter, request(CartLine(product_id(demo, "regina"), 1)))
    qtbot.waitUntil(lambda: placed.order_id in screen.cards, timeout=LIVE_MS)
    card = screen.cards[placed.order_id]
    assert card.property("fresh") is True  # highlighted as new
    assert set(screen.cards) - before == {placed.order_id}

    orders.cancel(other_pc, counter, placed.order_id, None, placed.version)
    qtbot.waitUntil(lambda: placed.order_id not in screen.cards, timeout=LIVE_MS)
    # One statement a second, whatever happened meanwhile (plus the card read on change).
    assert screen.window().feed.polls >= 1
    assert not alerts_log


def test_two_screens_on_one_order_the_second_is_told_who(qtbot, desk, demo, other_pc):
    counter = staff(other_pc, "accueil.bastille")
    placed = orders.place(other_pc, counter, request(CartLine(product_id(demo, "margherita"), 1)))
    _window, screen = kitchen_window(qtbot, desk)
    qtbot.waitUntil(lambda: placed.order_id in screen.cards, timeout=LIVE_MS)
    screen.window().feed.stop()  # so that this screen still shows "received" when tapped
    colleague = staff(other_pc, "pizzaiolo.bastille")
    orders.advance(other_pc, colleague, placed.order_id, OrderStatus.IN_PREPARATION)
    card = screen.cards[placed.order_id]
    assert card.order.status is OrderStatus.RECEIVED
    QTest.mouseClick(card.ui.actionButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(screen.ui.messageLabel.text()), timeout=WAIT_MS)
    assert colleague.full_name in screen.ui.messageLabel.text()
    assert "en préparation" in screen.ui.messageLabel.text()
    qtbot.waitUntil(lambda: card.order.status is OrderStatus.IN_PREPARATION, timeout=WAIT_MS)
    assert card.ui.actionButton.text() == "Prête"


def test_a_tap_on_a_pizza_opens_its_recipe_memo(qtbot, desk, demo, other_pc):
    counter = staff(other_pc, "accueil.bastille")
    regina = product_id(demo, "regina")
    placed = orders.place(other_pc, counter, request(CartLine(regina, 1)))
    _window, screen = kitchen_window(qtbot, desk)
    qtbot.waitUntil(lambda: placed.order_id in screen.cards, timeout=LIVE_MS)
    card = screen.cards[placed.order_id]
    assert f"product:{regina}" in card.ui.linesLabel.text()
    card.ui.linesLabel.linkActivated.emit(f"product:{regina}")
    qtbot.waitUntil(lambda: hasattr(screen, "active_dialog"), timeout=WAIT_MS)
    memo = screen.active_dialog.ui.memoBrowser.toPlainText()
    assert "Regina" in memo and "Ingrédients" in memo and "Étapes" in memo
    expected = kitchen.recipe_memo(demo, staff(demo, "pizzaiolo.bastille"), regina)
    assert all(step in memo for step in expected.steps)


def test_the_order_book_and_the_counter_follow_another_pc(qtbot, desk, demo, other_pc):
    """A manager's order book shows a new order at the top and a changed row in place; the
    counter's 'can still make' follows the stock another till used."""
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show()
    taking = window.page("order_taking")
    qtbot.waitUntil(lambda: taking.menu_model.rowCount() > 0, timeout=WAIT_MS)
    burrata = product_id(demo, "burrata")
    can_make = taking.menu_model.item(burrata).can_make
    assert can_make >= 1
    counter = staff(other_pc, "accueil.bastille")
    placed = orders.place(other_pc, counter, request(CartLine(burrata, 1)))
    qtbot.waitUntil(
        lambda: taking.menu_model.item(burrata).can_make == can_make - 1, timeout=LIVE_MS
    )

    window.show_screen("order_book")
    book = window.page("order_book")
    qtbot.waitUntil(lambda: book.model.rowCount() > 0 and not book.model.loading, timeout=WAIT_MS)
    assert book.model.row_at(0).id == placed.order_id
    second = orders.place(other_pc, counter, request(CartLine(product_id(demo, "regina"), 1)))
    qtbot.waitUntil(
        lambda: (
            book.model.rowCount() > 0
            and book.model.row_at(0) is not None
            and book.model.row_at(0).id == second.order_id
        ),
        timeout=LIVE_MS,
    )
    cook = staff(other_pc, "pizzaiolo.bastille")
    orders.advance(other_pc, cook, placed.order_id, OrderStatus.IN_PREPARATION)
    row = next(
        r for r in range(book.model.rowCount()) if book.model.row_at(r).id == placed.order_id
    )
    qtbot.waitUntil(
        lambda: book.model.row_at(row).status is OrderStatus.IN_PREPARATION, timeout=LIVE_MS
    )
