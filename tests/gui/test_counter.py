"""The counter, driven as counter staff would: a phone order for a new customer with a
customised pizza and a split payment, found again in the order book, modified, cancelled,
and the stock back where it was. On SQLite and MariaDB."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import text

from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import CustomisationKind, OrderMode, OrderStatus, Role, Tender
from ocpizza_desk.gui.models.order_book import ORDER_ID_ROLE
from ocpizza_desk.services import orders
from ocpizza_desk.services.cart import CartLine
from tests.gui.driving import WAIT_MS, signed_in
from tests.helpers import balances, ledger_mismatches, snapshot, staff

NEW_PHONE = "01 43 55 12 34"  # a Paris landline: the demo's customers have mobiles
CTRL = Qt.KeyboardModifier.ControlModifier


def counter_window(qtbot, desk):
    window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    screen = window.page("order_taking")
    qtbot.waitUntil(lambda: screen.menu_model.rowCount() > 0, timeout=WAIT_MS)
    return window, screen


def type_into(qtbot, widget, text_: str) -> None:
    """QTest types ASCII only (it asserts on anything else)."""
    widget.setFocus()
    widget.selectAll() if hasattr(widget, "selectAll") else None
    qtbot.keyClicks(widget, text_)


def add_product(qtbot, screen, name: str) -> None:
    """Ctrl+F, type the name, Enter: the first match goes into the cart."""
    before = sum(e.quantity for e in screen.cart.entries)
    qtbot.keyClick(screen.ui.phoneEdit, Qt.Key.Key_F, CTRL)
    assert screen.ui.menuSearchEdit.hasFocus()
    qtbot.keyClicks(screen.ui.menuSearchEdit, name)
    qtbot.keyClick(screen.ui.menuSearchEdit, Qt.Key.Key_Return)
    assert sum(e.quantity for e in screen.cart.entries) == before + 1


def back_to(qtbot, window) -> None:
    """After a dialog: the offscreen platform has no window manager to give the activation
    back to the main window, as a desktop does when a dialog closes."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def wait_idle(qtbot, desk) -> None:
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)


def sent_with_ctrl_enter(qtbot, desk, screen, widget=None) -> int:
    """Ctrl+Enter in the menu (or `widget`) once the screen is idle: the saved order's id,
    the screen idle again."""
    wait_idle(qtbot, desk)
    with qtbot.waitSignal(screen.order_saved, timeout=WAIT_MS) as saved:
        qtbot.keyClick(widget or screen.ui.menuView, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, desk)
    return saved.args[0]


def bastille(demo) -> int:
    with demo.engine.connect() as c:
        return c.execute(text("SELECT id FROM stores WHERE code = 'bastille'")).scalar_one()


def test_phone_order_for_a_new_customer_then_modify_and_cancel(
    qtbot, desk, demo, alerts_log, recorder
):
    store = bastille(demo)
    stock_before = balances(demo, store)
    window, screen = counter_window(qtbot, desk)
    ui = screen.ui
    assert window.current_screen() == "order_taking"

    # The phone rings: an unknown number makes the new-customer form appear.
    qtbot.keyClick(ui.menuSearchEdit, Qt.Key.Key_L, CTRL)
    assert ui.phoneEdit.hasFocus()
    qtbot.keyClicks(ui.phoneEdit, NEW_PHONE)
    qtbot.waitUntil(lambda: ui.newCustomerFrame.isVisible(), timeout=WAIT_MS)
    assert "Nouveau client" in ui.customerCard.text()
    ui.deliveryRadio.click()
    assert ui.addressFrame.isVisible()
    type_into(qtbot, ui.firstNameEdit, "Ines")
    type_into(qtbot, ui.lastNameEdit, "Testard")
    type_into(qtbot, ui.streetEdit, "14 rue de la Roquette")
    type_into(qtbot, ui.postcodeEdit, "75011")
    type_into(qtbot, ui.doorCodeEdit, "4B21")

    # A Regina with an extra, and two drinks, from the keyboard.
    add_product(qtbot, screen, "Regina")
    add_product(qtbot, screen, "Coca-Cola Zero")
    add_product(qtbot, screen, "Coca-Cola Zero")
    assert [(e.name, e.quantity) for e in screen.cart.entries] == [
        ("Regina 33 cm", 1),  # Enter: the default size
        ("Coca-Cola Zero 33 cl", 2),
    ]
    ui.cartView.selectRow(0)
    qtbot.keyClick(ui.cartView, Qt.Key.Key_P, CTRL)
    dialog = screen.active_dialog
    qtbot.waitExposed(dialog)
    options = dialog.ui.optionsList
    extra_row = next(
        row
        for row in range(options.count())
        if options.item(row).data(Qt.ItemDataRole.UserRole + 1).kind is CustomisationKind.EXTRA
    )
    options.item(extra_row).setCheckState(Qt.CheckState.Checked)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    back_to(qtbot, window)
    regina = screen.cart.entries[0]
    extra = regina.options[0]
    assert extra.kind is CustomisationKind.EXTRA and regina.extras_cents == extra.price_cents
    total = screen.cart.total_cents
    assert f"{total // 100},{total % 100:02d}" in ui.totalsLabel.text().replace("\u202f", "")
    assert "TVA 10 %" in ui.totalsLabel.text() and "TVA 5,5 %" in ui.totalsLabel.text()
    # The total, then the VAT on one line (the cart keeps the height); the bases in the tooltip.
    assert ui.totalsLabel.text().count("<br>") == 1
    assert ui.totalsLabel.toolTip().count(" HT") == 2

    # Split payment: 10 € in cash (a 20 € note), the rest by card, paid now.
    ui.tender2Combo.setCurrentIndex(ui.tender2Combo.findData(Tender.CARD.value))
    ui.tender1Amount.clear()
    type_into(qtbot, ui.tender1Amount, "10")
    rest = total - 1000
    assert ui.tender2Amount.text() == f"{rest // 100},{rest % 100:02d}"
    type_into(qtbot, ui.cashGivenEdit, "20")
    assert "10,00" in ui.changeLabel.text()
    ui.paidNowCheck.setChecked(True)

    order_id = sent_with_ctrl_enter(qtbot, desk, screen, ui.cashGivenEdit)
    assert f"Commande {order_id} enregistrée" in ui.messageLabel.text()
    assert "Rendre 10,00" in ui.messageLabel.text()
    assert screen.cart.rowCount() == 0 and ui.phoneEdit.text() == ""  # ready for the next call

    counter = staff(demo, "accueil.bastille")
    detail = orders.detail(demo, counter, order_id)
    assert detail.mode is OrderMode.DELIVERY and detail.customer_name == "Ines Testard"
    assert "14 rue de la Roquette" in detail.address_text
    assert detail.total_cents == total
    assert [line.customisations[0]["option_id"] for line in detail.lines[:1]] == [extra.option_id]
    assert sorted((p.tender, p.amount_cents, p.tendered_cents) for p in detail.payments) == sorted(
        [(Tender.CASH, 1000, 2000), (Tender.CARD, rest, None)]
    )
    stock_placed = balances(demo, store)
    assert stock_placed != stock_before

    # Found again in the order book, by its customer's name.
    book = window.page("order_book")
    qtbot.keyClick(ui.phoneEdit, Qt.Key.Key_2, CTRL)
    assert window.current_screen() == "order_book"
    qtbot.keyClick(book.ui.searchEdit, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(book.ui.searchEdit, "Testard")
    qtbot.waitUntil(
        lambda: (
            book.model.rowCount() == 1 and book.model.index(0, 0).data(ORDER_ID_ROLE) == order_id
        ),
        timeout=WAIT_MS,
    )
    book.ui.ordersView.selectRow(0)
    qtbot.waitUntil(lambda: book.detail is not None, timeout=WAIT_MS)
    html = book.ui.detailBrowser.toPlainText()
    assert "Ines Testard" in html and "Reste dû : 0,00" in html
    assert book.ui.modifyButton.isEnabled()

    # Modify: one drink less.
    book.ui.modifyButton.click()
    assert window.current_screen() == "order_taking"
    qtbot.waitUntil(lambda: screen.editing is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.customer.card is not None, timeout=WAIT_MS)
    assert ui.editingLabel.isVisible() and str(order_id) in ui.editingLabel.text()
    ui.cartView.selectRow(1)
    qtbot.keyClick(ui.cartView, Qt.Key.Key_Minus)
    assert screen.cart.entries[1].quantity == 1
    drink = screen.cart.entries[1].total_cents
    assert "rendre" in ui.totalsLabel.text()  # the order was paid: the difference goes back
    # It was paid: validating asks how the difference goes back (a credit note).
    qtbot.keyClick(ui.cartView, Qt.Key.Key_Return, CTRL)
    refund = screen.active_dialog
    qtbot.waitExposed(refund)
    assert f"{drink // 100},{drink % 100:02d}" in refund.ui.amountLabel.text()
    type_into(qtbot, refund.ui.reasonEdit, "Une boisson en moins")
    with qtbot.waitSignal(screen.order_saved, timeout=WAIT_MS):
        refund.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    back_to(qtbot, window)
    wait_idle(qtbot, desk)
    assert f"Commande {order_id} modifiée" in ui.messageLabel.text()
    assert "Avoir n° 1" in ui.messageLabel.text()
    changed = orders.detail(demo, counter, order_id)
    assert [line.quantity for line in changed.lines] == [1, 1]
    assert changed.version == detail.version + 1
    assert [r.amount_cents for r in changed.refunds] == [drink]
    assert changed.kept_cents == changed.total_cents == total - drink
    # The credit note can be printed from the order book.
    window.show_screen("order_book")
    qtbot.waitUntil(
        lambda: book.detail is not None and book.detail.version == changed.version,
        timeout=WAIT_MS,
    )
    assert [a.text() for a in book.credit_note_actions] == ["Avoir n° 1"]

    # Cancel with a reason, from the order book: the stock comes back.
    qtbot.waitUntil(
        lambda: book.detail is not None and book.detail.version == changed.version,
        timeout=WAIT_MS,
    )
    assert book.ui.cancelButton.isEnabled()
    book.ui.cancelButton.click()
    # Paid: cancelling it gives the money back, in the same dialog.
    qtbot.waitUntil(lambda: getattr(book, "active_dialog", None) is not None, timeout=WAIT_MS)
    cancel = book.active_dialog
    qtbot.waitExposed(cancel)
    type_into(qtbot, cancel.ui.reasonEdit, "Client injoignable")
    cancel.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    back_to(qtbot, window)
    qtbot.waitUntil(
        lambda: book.detail is not None and book.detail.status is OrderStatus.CANCELLED,
        timeout=WAIT_MS,
    )
    wait_idle(qtbot, desk)
    assert balances(demo, store) == stock_before
    assert ledger_mismatches(demo) == 0
    cancelled = orders.detail(demo, counter, order_id)
    assert cancelled.kept_cents == 0 and len(cancelled.refunds) == 2
    qtbot.waitUntil(lambda: book.model.row_at(0).status is OrderStatus.CANCELLED, timeout=WAIT_MS)
    assert not [a for a in alerts_log if a[0] == "critical"]
    assert ("OrderTakingScreen", "Total {amount}") in recorder.seen  # it did listen
    assert ("OrderBookScreen", "Still due: {amount}") in recorder.seen
    assert recorder.untranslated() == []


def test_a_refused_customer_keeps_what_was_typed_and_writes_nothing(qtbot, desk, demo, alerts_log):
    _window, screen = counter_window(qtbot, desk)
    ui = screen.ui
    qtbot.keyClicks(ui.phoneEdit, NEW_PHONE)
    qtbot.waitUntil(lambda: ui.newCustomerFrame.isVisible(), timeout=WAIT_MS)
    ui.deliveryRadio.click()
    type_into(qtbot, ui.firstNameEdit, "Ines")
    type_into(qtbot, ui.lastNameEdit, "Testard")
    type_into(qtbot, ui.streetEdit, "14 rue de la Roquette")
    type_into(qtbot, ui.postcodeEdit, "750")  # not a postcode
    add_product(qtbot, screen, "Margherita")
    before = snapshot(demo)
    qtbot.keyClick(ui.postcodeEdit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "code postal" in ui.messageLabel.text(), timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    assert snapshot(demo) == before
    assert ui.postcodeEdit.hasFocus()
    assert (ui.firstNameEdit.text(), ui.streetEdit.text(), ui.postcodeEdit.text()) == (
        "Ines",
        "14 rue de la Roquette",
        "750",
    )
    assert screen.cart.rowCount() == 1
    assert not alerts_log


def test_an_order_changed_on_another_pc_is_reloaded_not_overwritten(qtbot, desk, demo, alerts_log):
    _window, screen = counter_window(qtbot, desk)
    ui = screen.ui
    add_product(qtbot, screen, "Margherita")
    with qtbot.waitSignal(screen.order_saved, timeout=WAIT_MS) as saved:
        ui.validateButton.click()
    order_id = saved.args[0]
    wait_idle(qtbot, desk)

    screen.load_order(order_id)
    qtbot.waitUntil(lambda: screen.editing is not None, timeout=WAIT_MS)
    # Meanwhile, another till adds a second Margherita to the same order.
    other = staff(demo, "responsable.bastille")
    current = orders.detail(demo, other, order_id)
    orders.modify(
        demo,
        other,
        order_id,
        orders.OrderChange(
            lines=(CartLine(current.lines[0].product_id, 2),),
            mode=current.mode,
            promised_at=current.promised_at,
        ),
        expected_version=current.version,
    )
    # Here, the counter adds a drink and saves: refused, reloaded, told.
    add_product(qtbot, screen, "Coca-Cola Zero")
    ui.validateButton.click()
    qtbot.waitUntil(lambda: bool(alerts_log), timeout=WAIT_MS)
    assert alerts_log[-1][1] == "Modifiée sur un autre poste"
    qtbot.waitUntil(
        lambda: screen.editing is not None and screen.editing.version == current.version + 1,
        timeout=WAIT_MS,
    )
    wait_idle(qtbot, desk)
    assert [(e.name, e.quantity) for e in screen.cart.entries] == [("Margherita 33 cm", 2)]
    final = orders.detail(demo, other, order_id)
    assert [(line.product_name, line.quantity) for line in final.lines] == [("Margherita 33 cm", 2)]


def test_a_known_caller_gets_the_card_and_the_last_order_again(qtbot, desk, demo, alerts_log):
    with demo.engine.connect() as c:
        phone, last_name = c.execute(
            text(
                "SELECT c.phone_e164, c.last_name FROM customers c "
                "WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) "
                "AND EXISTS (SELECT 1 FROM customer_addresses a WHERE a.customer_id = c.id) "
                "AND c.last_name NOT LIKE '%é%' ORDER BY c.id LIMIT 1"
            )
        ).one()
        (last_order,) = c.execute(
            text(
                "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id "
                "WHERE c.phone_e164 = :p ORDER BY o.created_at DESC, o.id DESC LIMIT 1"
            ),
            {"p": phone},
        ).one()
    expected = orders.detail(demo, staff(demo, "direction"), last_order)
    _window, screen = counter_window(qtbot, desk)
    ui = screen.ui
    national = "0" + phone.removeprefix("+33")
    qtbot.keyClicks(ui.phoneEdit, national)
    qtbot.waitUntil(lambda: screen.customer.card is not None, timeout=WAIT_MS)
    assert last_name in ui.customerCard.text()
    assert ui.repeatButton.isEnabled() and ui.addressCombo.count() >= 2  # + "New address…"
    qtbot.keyClick(ui.phoneEdit, Qt.Key.Key_R, CTRL)
    wait_idle(qtbot, desk)
    available = {item.product_id for item in screen.menu_model.items if item.available}
    assert [(e.product_id, e.quantity) for e in screen.cart.entries] == [
        (line.product_id, line.quantity) for line in expected.lines if line.product_id in available
    ]

    # By name: the start of it, ↓ and Enter.
    qtbot.keyClick(ui.phoneEdit, Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(ui.phoneEdit, last_name[:4])
    qtbot.waitUntil(lambda: ui.matchesList.isVisible(), timeout=WAIT_MS)
    assert screen.customer.card is None
    qtbot.keyClick(ui.phoneEdit, Qt.Key.Key_Down)
    assert ui.matchesList.hasFocus()
    qtbot.keyClick(ui.matchesList, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.customer.card is not None, timeout=WAIT_MS)
    assert screen.customer.card.last_name.startswith(last_name[:4])
    assert not alerts_log


def test_a_discount_given_from_the_keyboard_is_on_screen_stored_and_limited(
    qtbot, desk, demo, alerts_log
):
    window, screen = counter_window(qtbot, desk)
    ui = screen.ui
    add_product(qtbot, screen, "Regina")
    add_product(qtbot, screen, "Regina")
    gross = screen.cart.total_cents
    ui.cartView.selectRow(0)
    # Ctrl+M: 10 % on the whole order, for a loyal customer.
    qtbot.keyClick(ui.cartView, Qt.Key.Key_M, CTRL)
    dialog = screen.active_dialog
    qtbot.waitExposed(dialog)
    dialog.ui.scopeCombo.setCurrentIndex(dialog.ui.scopeCombo.findData("order"))
    type_into(qtbot, dialog.ui.valueEdit, "10 %")
    off = (gross * 1000 + 5000) // 10000
    assert f"{off // 100},{off % 100:02d}" in dialog.ui.previewLabel.text()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    back_to(qtbot, window)
    net = gross - off
    shown = ui.totalsLabel.text().replace("\u202f", "")
    assert f"Total {net // 100},{net % 100:02d}" in shown and "remises" in shown
    assert ui.tender1Amount.text() == f"{net // 100},{net % 100:02d}"  # the tenders follow

    # 30 % is above the counter's limit: refused with the reason, nothing written.
    ui.cartView.selectRow(0)
    qtbot.keyClick(ui.cartView, Qt.Key.Key_M, CTRL)
    dialog = screen.active_dialog
    qtbot.waitExposed(dialog)
    dialog.ui.scopeCombo.setCurrentIndex(dialog.ui.scopeCombo.findData("order"))
    dialog.ui.valueEdit.clear()
    type_into(qtbot, dialog.ui.valueEdit, "30 %")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    back_to(qtbot, window)
    before = snapshot(demo)
    ui.validateButton.click()
    qtbot.waitUntil(lambda: "responsable" in ui.messageLabel.text(), timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    assert snapshot(demo) == before and screen.cart.rowCount() == 1

    # Back to 10 %: placed, and the order keeps the discount and its reason.
    qtbot.keyClick(ui.cartView, Qt.Key.Key_M, CTRL)
    dialog = screen.active_dialog
    qtbot.waitExposed(dialog)
    dialog.ui.scopeCombo.setCurrentIndex(dialog.ui.scopeCombo.findData("order"))
    dialog.ui.valueEdit.clear()
    type_into(qtbot, dialog.ui.valueEdit, "10 %")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    back_to(qtbot, window)
    with qtbot.waitSignal(screen.order_saved, timeout=WAIT_MS) as saved:
        ui.validateButton.click()
    detail = orders.detail(demo, staff(demo, "accueil.bastille"), saved.args[0])
    assert (detail.total_cents, detail.discount_cents) == (net, off)
    assert [d.discount.value for d in detail.discounts] == [1000]
    assert not [a for a in alerts_log if a[0] == "critical"]
