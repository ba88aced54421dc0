"""The kitchen card of an order a manager changed after the oven started (issue 20, item 6):
it flashes "MODIFIÉE" with what changed until the pizzaiolo taps "Vu"; the other kitchen PCs
drop the banner through the live feed. The manager's way in is the order book."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from ocpizza_desk.db.models import KitchenChange
from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import OrderStatus, Role
from ocpizza_desk.services import kitchen, orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext
from tests.gui.driving import WAIT_MS, signed_in
from tests.helpers import product_id, request, staff

LIVE_MS = 5_000


@pytest.fixture
def other_pc(demo):
    ctx = ServiceContext(demo.config)
    yield ctx
    ctx.close()


def _started_order(ctx, demo) -> int:
    clerk = staff(ctx, "accueil.bastille")
    placed = orders.place(
        ctx,
        clerk,
        request(CartLine(product_id(demo, "regina"), 1), CartLine(product_id(demo, "calzone"), 1)),
    )
    orders.advance(
        ctx, staff(ctx, "pizzaiolo.bastille"), placed.order_id, OrderStatus.IN_PREPARATION
    )
    return placed.order_id


def _late_change(ctx, demo, order_id: int) -> None:
    manager = staff(ctx, "responsable.bastille")
    detail = orders.detail(ctx, manager, order_id)
    orders.modify(
        ctx,
        manager,
        order_id,
        orders.OrderChange(
            lines=(CartLine(product_id(demo, "regina"), 2),),
            mode=detail.mode,
            promised_at=detail.promised_at,
            notes="sans olives",
            late_reason="Le client a rappelé",
        ),
        detail.version,
    )


def _kitchen(qtbot, desk):
    window = signed_in(qtbot, desk, "pizzaiolo.bastille", DEMO_PASSWORDS[Role.PIZZAIOLO])
    window.show()
    screen = window.page("kitchen")
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT_MS)
    return window, screen


def test_the_card_flashes_what_changed_until_the_pizzaiolo_sees_it(
    qtbot, desk, demo, other_pc, alerts_log
):
    order_id = _started_order(other_pc, demo)
    _window, screen = _kitchen(qtbot, desk)
    qtbot.waitUntil(lambda: order_id in screen.cards, timeout=WAIT_MS)
    card = screen.cards[order_id]
    assert card.banner.isHidden() and not card.banner.flashing

    _late_change(other_pc, demo, order_id)  # the manager, on the office PC
    qtbot.waitUntil(lambda: card.banner.isVisible(), timeout=LIVE_MS)
    banner = card.banner
    assert "MODIFIÉE" in banner.titleLabel.text()  # said in words, not only in colour
    assert "+1 Regina 33 cm, −1 Calzone 33 cm, note : sans olives" in banner.itemsLabel.text()
    assert "Le client a rappelé" in banner.whyLabel.text()
    assert banner.flashing and card.property("changed") is True
    lit = banner.property("lit")
    qtbot.waitUntil(lambda: banner.property("lit") != lit, timeout=WAIT_MS)  # it flashes
    button = banner.ackButton
    assert button.text() == "Vu" and button.height() >= 44  # a finger's size
    assert str(order_id) in button.accessibleName() and button.accessibleName()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "sans olives" in banner.accessibleName()

    button.setFocus()  # from the keyboard: Tab to it, then Space
    QTest.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: card.banner.isHidden(), timeout=WAIT_MS)
    assert not card.banner.flashing and card.property("changed") is False
    with demo.engine.connect() as c:
        row = c.execute(select(KitchenChange).where(KitchenChange.order_id == order_id)).one()
    assert row.acknowledged_by_id == staff(demo, "pizzaiolo.bastille").user_id
    assert row.acknowledged_at is not None
    assert not alerts_log


def test_another_kitchen_pc_acknowledging_drops_the_banner_here(
    qtbot, desk, demo, other_pc, alerts_log
):
    order_id = _started_order(other_pc, demo)
    _late_change(other_pc, demo, order_id)
    _window, screen = _kitchen(qtbot, desk)
    qtbot.waitUntil(lambda: order_id in screen.cards, timeout=WAIT_MS)
    card = screen.cards[order_id]
    qtbot.waitUntil(card.banner.isVisible, timeout=WAIT_MS)  # on the first load too
    assert card.banner.flashing
    colleague = staff(other_pc, "pizzaiolo.bastille")
    (pending,) = kitchen.queue(other_pc, colleague, only={order_id})[0].changes
    kitchen.acknowledge(other_pc, colleague, order_id, [pending.change_id])
    qtbot.waitUntil(lambda: card.banner.isHidden(), timeout=LIVE_MS)
    assert not card.banner.flashing
    assert not alerts_log


def test_the_manager_changes_it_from_the_order_book_with_a_reason(
    qtbot, desk, demo, other_pc, alerts_log
):
    from PySide6.QtWidgets import QDialogButtonBox

    from ocpizza_desk.gui.models.order_book import ORDER_ID_ROLE

    order_id = _started_order(other_pc, demo)
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show()
    window.show_screen("order_book")
    book = window.page("order_book")

    def row_of_order() -> int | None:
        for row in range(book.model.rowCount()):
            if book.model.index(row, 0).data(ORDER_ID_ROLE) == order_id:
                return row
        return None

    book.reload()
    qtbot.waitUntil(lambda: row_of_order() is not None, timeout=WAIT_MS)
    book.ui.ordersView.selectRow(row_of_order())
    qtbot.waitUntil(lambda: book.detail is not None and book.detail.id == order_id, timeout=WAIT_MS)
    assert book.detail.status is OrderStatus.IN_PREPARATION
    assert book.ui.modifyButton.isEnabled()  # a manager: in preparation too
    assert "raison" in book.ui.modifyButton.toolTip()

    book.ui.modifyButton.click()
    dialog = book.active_dialog
    qtbot.waitExposed(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # no reason: asked for, nothing opens
    assert dialog.ui.errorLabel.text() and dialog.isVisible()
    dialog.ui.reasonEdit.setText("Le client a rappelé")
    ok.click()
    qtbot.waitUntil(lambda: window.current_screen() == "order_taking", timeout=WAIT_MS)
    taking = window.page("order_taking")
    qtbot.waitUntil(lambda: taking.editing is not None, timeout=WAIT_MS)
    assert taking.late_reason == "Le client a rappelé"
    assert "en préparation" in taking.ui.editingLabel.text()
    taking.ui.cartView.selectRow(0)  # the Regina: one more
    qtbot.keyClick(taking.ui.cartView, Qt.Key.Key_Plus)
    assert taking.cart.entries[0].quantity == 2
    with qtbot.waitSignal(taking.order_saved, timeout=WAIT_MS):
        taking.ui.validateButton.click()
    cook = staff(demo, "pizzaiolo.bastille")
    (pending,) = kitchen.queue(demo, cook, only={order_id})[0].changes
    assert pending.reason == "Le client a rappelé"
    assert [(i.kind, i.delta, i.product) for i in pending.items] == [("line", 1, "Regina 33 cm")]
    # The order book's detail says why it was changed after the oven started.
    window.show_screen("order_book")
    qtbot.waitUntil(
        lambda: "Le client a rappelé" in book.ui.detailBrowser.toPlainText(), timeout=WAIT_MS
    )
    assert not alerts_log


def test_a_manager_whose_form_went_stale_is_told_the_way_to_change_it_late(
    qtbot, desk, demo, other_pc, alerts_log
):
    """The kitchen started the order while the manager's counter form was open: refused as
    for anyone ("too late"), and the manager is told where the late change is made."""
    clerk = staff(other_pc, "accueil.bastille")
    placed = orders.place(other_pc, clerk, request(CartLine(product_id(demo, "regina"), 1)))
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show()
    window.show_screen("order_taking")
    taking = window.page("order_taking")
    taking.load_order(placed.order_id)
    qtbot.waitUntil(lambda: taking.editing is not None, timeout=WAIT_MS)
    orders.advance(
        other_pc, staff(other_pc, "pizzaiolo.bastille"), placed.order_id, OrderStatus.IN_PREPARATION
    )
    taking.ui.cartView.selectRow(0)
    qtbot.keyClick(taking.ui.cartView, Qt.Key.Key_Plus)
    taking.ui.validateButton.click()
    qtbot.waitUntil(lambda: bool(alerts_log), timeout=WAIT_MS)
    _kind, title, text = alerts_log[-1]
    assert title == "Trop tard pour modifier"
    assert "en préparation" in text and "Commandes" in text and "raison" in text
    detail = orders.detail(demo, staff(demo, "responsable.bastille"), placed.order_id)
    assert [line.quantity for line in detail.lines] == [1]  # nothing written
