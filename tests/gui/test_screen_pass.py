"""The Friday-night pass (issue 18): every window by keyboard, at a shop PC's 1366×768.

Keys and layout do not depend on the database: the walks over every role's window run on
the SQLite demo only; what a tap writes runs on both backends.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMainWindow, QWidget

from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.gui import forms, i18n
from tests.gui.driving import WAIT_MS, signed_in
from tests.gui.fit import scrolls_sideways
from tests.gui.keys import clashes
from tests.gui.test_counter import counter_window

ALT = Qt.KeyboardModifier.AltModifier
USERS = {
    Role.COUNTER: "accueil.bastille",
    Role.PIZZAIOLO: "pizzaiolo.bastille",
    Role.DRIVER: "livreur.bastille",
    Role.MANAGER: "responsable.bastille",
    Role.HEAD_OFFICE: "direction",
    Role.ADMIN: "admin",
}
sqlite_only = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


def form_classes():
    for module in pkgutil.iter_modules(forms.__path__):
        loaded = importlib.import_module(f"{forms.__name__}.{module.name}")
        yield next(getattr(loaded, n) for n in dir(loaded) if n.startswith("Ui_"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_form_answers_one_key_twice(qt_settings, lang):
    """Every Designer form (dialogs included) in both languages: each Alt+letter and shortcut
    reaches one thing."""
    i18n.install(lang, remember=False)
    found = []
    for form in form_classes():
        widget = QMainWindow() if form.__name__ == "Ui_MainWindow" else QDialog()
        form().setupUi(widget)
        found += [f"{lang} {form.__name__}: {c}" for c in clashes(widget)]
        widget.deleteLater()
    assert found == []


@sqlite_only
@pytest.mark.parametrize("role", list(USERS), ids=lambda r: r.value)
def test_no_window_answers_one_key_twice(qtbot, desk, role):
    """The real windows, every screen of the role built (with what the screens add in code),
    in French then English: the sign-out button's Alt+D took the cash field's key."""
    assert clashes(desk.sign_in) == []
    window = signed_in(qtbot, desk, USERS[role], DEMO_PASSWORDS[role])
    for key in window.visible_screens():
        window.page(key)
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    found = [f"fr {c}" for c in clashes(window)]
    i18n.install("en", remember=False)
    found += [f"en {c}" for c in clashes(window)]
    assert found == []


def test_alt_d_gives_the_cash_field_and_signing_out_mid_order_asks(qtbot, desk, alerts_log):
    window, screen = counter_window(qtbot, desk)
    ui = screen.ui
    ui.menuSearchEdit.setText("Margherita")
    screen.add_selected()
    assert screen.has_unsaved_work()
    ui.paidNowCheck.setChecked(True)
    qtbot.keyClick(ui.phoneEdit, Qt.Key.Key_D, ALT)
    assert QApplication.focusWidget() is ui.cashGivenEdit
    assert desk.main_window is window and window.isVisible()
    alerts_log.clear()
    window.ui.signOutButton.click()  # the confirmation is answered yes by the fixture
    assert [a[0] for a in alerts_log] == ["question"]


def shows_whole(widget, text: str) -> bool:
    """A line edit wide enough for `text` (its frame and margins taken off)."""
    room = widget.contentsRect().width() - widget.textMargins().left() - 8
    return widget.fontMetrics().horizontalAdvance(text) <= room


@sqlite_only
def test_a_new_customers_address_is_readable_at_1366x768(qtbot, desk):
    """The address fields were 85 px wide (the street showed "ıt-Antoine")."""
    window, screen = counter_window(qtbot, desk)
    window.resize(1366, 768)
    ui = screen.ui
    ui.phoneEdit.setText("01 43 55 12 34")
    screen.customer.lookup()
    qtbot.waitUntil(lambda: ui.newCustomerFrame.isVisible(), timeout=WAIT_MS)
    ui.deliveryRadio.setChecked(True)
    assert ui.addressFrame.isVisible()
    assert shows_whole(ui.streetEdit, "128 rue du Faubourg Saint-Antoine")
    assert shows_whole(ui.extraEdit, "Bâtiment B, escalier 3")
    assert shows_whole(ui.addressNotesEdit, "Sonner deux fois, 2e porte")
    assert shows_whole(ui.cityEdit, "Boulogne-Billancourt")
    assert shows_whole(ui.postcodeEdit, "75011")


def test_what_is_typed_while_the_database_starts_signs_in(qtbot, unstarted):
    """Username, Enter, password, Enter typed during "Connexion…": kept, then signed in."""
    app = unstarted
    app.sign_in.show()
    app.sign_in.set_connecting()
    app.sign_in.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.sign_in, timeout=WAIT_MS)
    assert QApplication.focusWidget() is app.sign_in.ui.usernameEdit
    qtbot.keyClicks(QApplication.focusWidget(), "accueil.bastille")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is app.sign_in.ui.passwordEdit
    qtbot.keyClicks(QApplication.focusWidget(), DEMO_PASSWORDS[Role.COUNTER])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert app.sign_in.pending and app.sign_in.state == "connecting"
    app.start()
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=WAIT_MS)
    assert app.session.username == "accueil.bastille"


def test_the_sign_in_window_speaks_the_language_chosen_in_the_main_window(qtbot, desk):
    window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    window.ui.languageCombo.setCurrentIndex(window.ui.languageCombo.findData("en"))
    window.ui.signOutButton.click()
    qtbot.waitUntil(lambda: desk.main_window is None, timeout=WAIT_MS)
    assert desk.sign_in.ui.signInButton.text() == "Sign in"
    assert desk.sign_in.ui.languageCombo.currentData() == "en"


def colour_at(widget, x: int, y: int) -> str:
    return widget.grab().toImage().pixelColor(x, y).name()


def kitchen_with_an_order(qtbot, desk, demo):
    """A margherita placed at Bastille's counter, the pizzaiolo's kitchen at 1366×768 showing
    its card: (window, kitchen screen, card)."""
    from ocpizza_desk.services import orders
    from ocpizza_desk.services.cart import CartLine
    from tests.helpers import product_id, request, staff

    counter = staff(demo, "accueil.bastille")
    placed = orders.place(
        demo, counter, request(CartLine(product_id(demo, "margherita"), 1), minutes=40)
    )
    window = signed_in(qtbot, desk, "pizzaiolo.bastille", DEMO_PASSWORDS[Role.PIZZAIOLO])
    window.resize(1366, 768)
    window.show()
    screen = window.page("kitchen")
    qtbot.waitUntil(lambda: placed.order_id in screen.cards, timeout=WAIT_MS)
    return window, screen, screen.cards[placed.order_id]


def test_a_card_just_started_looks_started(qtbot, desk, demo):
    """Started: the button turns green at once (it stayed red until the next sign-in)."""
    from PySide6.QtTest import QTest

    from ocpizza_desk.domain.enums import OrderStatus
    from ocpizza_desk.gui.style import BRAND

    _window, _screen, card = kitchen_with_an_order(qtbot, desk, demo)
    button = card.ui.actionButton
    left_middle = (4, button.height() // 2)
    assert colour_at(button, *left_middle) == BRAND.lower()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: card.order.status is OrderStatus.IN_PREPARATION and button.isEnabled(),
        timeout=WAIT_MS,
    )
    assert colour_at(button, *left_middle) == "#2e7d32"


def test_kitchen_a_message_moves_nothing_and_a_double_tap_acts_once(qtbot, desk, demo):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from ocpizza_desk.domain.enums import OrderStatus
    from ocpizza_desk.services import orders

    window, screen, card = kitchen_with_an_order(qtbot, desk, demo)
    button = card.ui.actionButton
    where = button.mapTo(window, QPoint(0, 0))
    screen.show_message("Pas d'imprimante sur ce poste : ticket enregistré en PDF.", error=False)
    qtbot.waitUntil(lambda: screen.ui.messageLabel.isVisible(), timeout=WAIT_MS)
    assert button.mapTo(window, QPoint(0, 0)) == where
    screen.show_message("")
    assert button.mapTo(window, QPoint(0, 0)) == where

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # start...
    qtbot.waitUntil(lambda: card.order.status is OrderStatus.IN_PREPARATION, timeout=WAIT_MS)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # ...and the double tap's second
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    assert not desk.runner.busy
    from tests.helpers import staff

    counter = staff(demo, "accueil.bastille")
    assert orders.detail(demo, counter, card.order.order_id).status is OrderStatus.IN_PREPARATION


def test_driver_messages_move_no_button(qtbot, desk, demo):
    """ "En route…" above the stops pushed "Livrée" down: a tap landed on a label."""
    from PySide6.QtCore import QPoint

    from ocpizza_desk.gui.screenshots import ready_deliveries
    from ocpizza_desk.services import deliveries
    from tests.helpers import staff

    ready = ready_deliveries(demo, 2)
    manager = staff(demo, "responsable.bastille")
    driver = staff(demo, "livreur.bastille")
    deliveries.create_trip(demo, manager, driver.user_id, ready)
    window = signed_in(qtbot, desk, "livreur.bastille", DEMO_PASSWORDS[Role.DRIVER])
    window.resize(1366, 768)
    window.show()
    screen = window.page("my_deliveries")
    qtbot.waitUntil(lambda: screen.trip is not None, timeout=WAIT_MS)
    buttons = (screen.ui.departButton, screen.ui.deliveredButton, screen.ui.paymentButton)
    where = [b.mapTo(window, QPoint(0, 0)) for b in buttons]
    screen.show_message("En route : premier arrêt prévu à 19:42.", error=False)
    assert [b.mapTo(window, QPoint(0, 0)) for b in buttons] == where
    screen.show_message("")
    assert [b.mapTo(window, QPoint(0, 0)) for b in buttons] == where


def test_stock_filtered_to_an_ingredient_opens_its_movements(qtbot, desk):
    """Another ingredient selected, then the list filtered to this one: its ledger shows."""
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show()
    screen = window.page("stock")
    window.show_screen("stock")
    qtbot.waitUntil(lambda: screen.loaded and screen.proxy.rowCount() > 3, timeout=WAIT_MS)
    view = screen.ui.levelsView
    view.selectRow(0)
    qtbot.waitUntil(lambda: screen.ingredient is not None, timeout=WAIT_MS)
    wanted = screen.proxy.index(3, 0).data()
    screen.ui.searchEdit.setText(wanted)  # as typed (QTest types ASCII only)
    assert screen.proxy.rowCount() == 1
    qtbot.waitUntil(
        lambda: screen.ingredient is not None and screen.ingredient.name == wanted,
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: screen.ledger.rowCount() > 0, timeout=WAIT_MS)


@sqlite_only
def test_the_first_window_fits_a_1366x768_screen_with_its_task_bar(qtbot, desk):
    from PySide6.QtCore import QRect

    window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    window.resize(1200, 760)  # the window's first size, as Designer gives it
    window.fit_to(QRect(0, 0, 1366, 728))  # a 40 px task bar
    assert window.height() + 40 <= 728 and window.width() <= 1366
    assert window.pos().y() == 0
    assert window.minimumSizeHint().height() <= window.height()


def test_every_audit_action_the_code_writes_has_words():
    """No internal key ("customer.create", "order.payment") left for staff to decode."""
    import re
    from pathlib import Path

    from ocpizza_desk.gui.screens.audit_log import action_label

    source = "\n".join(
        p.read_text(encoding="utf-8")
        for p in Path("ocpizza_desk").rglob("*.py")
        if "gui" not in p.parts
    )
    codes = set(re.findall(r'audit\.record\(\s*\w+,\s*[\w.]+,\s*"([a-z_]+\.[a-z_]+)"', source))
    codes |= set(re.findall(r'action="([a-z_]+\.[a-z_]+)"', source))
    codes |= {"maintenance.on", "maintenance.off"}
    assert len(codes) > 30
    assert [c for c in codes if action_label(c) == c] == []


def test_a_stock_receipt_in_the_audit_log_reads_as_staff_speak(qtbot, desk, demo):
    """Names, French field names and quantities, not {"28": 2} nor "Pizzeria"."""
    from ocpizza_desk.services import stock
    from tests.helpers import staff

    manager = staff(demo, "responsable.bastille")
    lines = stock.levels(demo, manager)
    first, second = lines[0], lines[1]
    packs = {line.ingredient_id: 2 for line in lines[2:14]}  # a long delivery note
    stock.receive(
        demo,
        manager,
        {first.ingredient_id: 2, **packs},
        "BL-1128",
        units={second.ingredient_id: 500},
    )
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.resize(1366, 768)
    window.show()
    screen = window.page("audit_log")
    window.show_screen("audit_log")
    screen.refresh()
    qtbot.waitUntil(
        lambda: screen.model.rowCount() > 0 and not screen.model.loading, timeout=WAIT_MS
    )
    row = next(
        r
        for r in range(screen.model.rowCount())
        if screen.model.row_at(r).action == "stock.receive"
    )
    model = screen.model
    texts = [model.index(row, c).data() for c in range(model.columnCount())]
    assert "Réception de stock" in texts or "Stock reçu" in texts, texts
    assert "Pizzeria" not in texts and "stock.receive" not in texts
    screen.ui.entriesView.selectRow(row)
    qtbot.waitUntil(lambda: screen.detail.rowCount() > 0, timeout=WAIT_MS)
    shown = [
        [screen.detail.index(r, c).data() for c in range(3)]
        for r in range(screen.detail.rowCount())
    ]
    flat = " ".join(str(t) for line in shown for t in line)
    assert "{" not in flat and "packs" not in flat and "loose" not in flat, shown
    assert first.name in flat and second.name in flat, shown
    QApplication.processEvents()
    # Its values wrap: the detail never scrolls sideways, however long the delivery note.
    qtbot.waitUntil(lambda: screen.ui.detailView.isVisible(), timeout=WAIT_MS)
    assert not scrolls_sideways(screen.ui.detailView)
    # A long value before a change (a count, a store's hours) wraps too.
    from dataclasses import replace

    entry = model.row_at(row)
    screen.detail.show(replace(entry, before=entry.after))
    qtbot.waitUntil(lambda: screen.detail.rowCount() > 0, timeout=WAIT_MS)
    QApplication.processEvents()  # the header sections sized to the new rows
    assert not scrolls_sideways(screen.ui.detailView)


# The key columns of the issue: number, customer, status, total, address (and who delivers).
KEY_COLUMNS = {"N°", "Client", "Statut", "Total", "Adresse", "Reste dû", "Livreur"}
STILL_CUT = {  # found by this test and not fixed yet: each passing one fails here (strict)
}


# Tables that still scroll sideways at 1366 px (found by the fit test's sideways check; every
# other screen's tables must not). Empty: the order book leaves out its spare columns, the
# stock ledger its "By", the reports put the takings below a wide summary.
STILL_SIDEWAYS: set[str] = set()


def _shots():
    from ocpizza_desk.gui.screenshots import SHOTS

    for name in SHOTS:
        if name == "sign-in":
            continue
        marks = (
            [pytest.mark.xfail(strict=True, reason=STILL_CUT[name])] if name in STILL_CUT else []
        )
        yield pytest.param(name, marks=marks, id=name)


@sqlite_only
@pytest.mark.parametrize("size", ["1366x768", "1920x1080"])
@pytest.mark.parametrize("name", list(_shots()))
def test_every_screen_fits_1366x768_with_demo_data(qtbot, desk, name, size):
    """The README's screens, driven as their screenshots are (a filled order, a trip, a
    report), in a 1366×768 window and a 1920×1080 one: no sideways scroll, no vertical one,
    every key column's text and every header whole, placeholders' shortcut hints visible."""
    from ocpizza_desk.gui.screenshots import SHOTS
    from tests.gui.fit import SHOP_SCREEN, page_problems

    # The window's inside, maximised: the task bar and the title bar taken off.
    inside = SHOP_SCREEN if size == "1366x768" else (1920, 1080 - 70)
    shot = SHOTS[name]
    window = signed_in(qtbot, desk, shot.username, DEMO_PASSWORDS[shot.role])
    window.resize(*inside)
    window.show()
    window.show_screen(shot.screen)
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    if shot.prepare is not None:
        shot.prepare(window, lambda condition: qtbot.waitUntil(condition, timeout=WAIT_MS))
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    assert (window.width(), window.height()) == inside
    page = window.page(shot.screen)
    area = page.parentWidget().parentWidget()
    problems = page_problems(page, KEY_COLUMNS, sideways=name not in STILL_SIDEWAYS)
    if area.verticalScrollBar().maximum() > 0:
        problems.append(f"scrolls {area.verticalScrollBar().maximum()} px down")
    assert problems == []


@sqlite_only
def test_the_cash_close_shows_its_tenders_and_amounts_whole_at_1366(qtbot, desk):
    """ "Titres-…" and "Encaissement…" were cut; a long label in the cash box pushed its
    "€" out (the labels now wrap, the amounts never)."""
    from ocpizza_desk.gui.screenshots import SHOTS
    from tests.gui.fit import SHOP_SCREEN, key_column_problems

    shot = SHOTS["cash-close"]
    window = signed_in(qtbot, desk, shot.username, DEMO_PASSWORDS[shot.role])
    window.resize(*SHOP_SCREEN)
    window.show()
    window.show_screen(shot.screen)
    shot.prepare(window, lambda condition: qtbot.waitUntil(condition, timeout=WAIT_MS))
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    page = window.page("cash_close")
    table = page.ui.tendersTable
    headers = {table.horizontalHeaderItem(c).text() for c in range(table.columnCount())}
    assert "Titres-restaurant" in [table.item(r, 0).text() for r in range(table.rowCount())]
    assert key_column_problems(table, headers) == []
    label = page.ui.cashLabel
    assert label.wordWrap() and "nowrap" in label.text()
    # A driver out with 1 234,56 € and five-figure takings: every row on one line, its
    # amount whole (the document's natural width fits the label).
    import dataclasses

    from PySide6.QtGui import QTextDocument

    driver = dataclasses.replace(page.preview.drivers[0], cash_cents=123_456)
    page._render_cash(
        dataclasses.replace(page.preview, cash_takings_cents=1_234_567, drivers=(driver,)), None
    )
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    assert "1 234,56" in document.toPlainText().replace("\u202f", " ").replace("\xa0", " ")
    assert document.idealWidth() <= label.contentsRect().width()


@sqlite_only
def test_a_search_in_the_order_book_keeps_its_columns_readable(qtbot, desk):
    """A search used to shrink every column to its header ("3…", "Cami…")."""
    from tests.gui.fit import SHOP_SCREEN, key_column_problems

    window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    window.resize(*SHOP_SCREEN)
    window.show()
    window.show_screen("order_book")
    screen = window.page("order_book")
    view = screen.ui.ordersView
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=WAIT_MS)
    widths = [view.columnWidth(c) for c in range(screen.model.columnCount())]
    assert key_column_problems(view, KEY_COLUMNS) == []
    name = next(
        screen.model.row_at(r).customer_name
        for r in range(screen.model.rowCount())
        if screen.model.row_at(r).customer_name
    ).split()[-1]
    screen.ui.searchEdit.setText(name)
    screen.reload()
    qtbot.waitUntil(
        lambda: not screen.model.loading and screen.model.rowCount() > 0, timeout=WAIT_MS
    )
    assert [view.columnWidth(c) for c in range(screen.model.columnCount())] == widths
    assert key_column_problems(view, KEY_COLUMNS) == []


def test_the_manager_marks_a_product_sold_out_and_back(qtbot, desk, demo, alerts_log):
    """The switch menu.set_enabled had no screen: a tap in the menu, and the counter's PC
    (and the website, through the same store_products row) stop selling it."""
    from ocpizza_desk.services import menu
    from tests.helpers import staff

    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show()
    window.show_screen("order_taking")
    screen = window.page("order_taking")
    qtbot.waitUntil(lambda: screen.menu_model.rowCount() > 0, timeout=WAIT_MS)
    screen.ui.menuSearchEdit.setText("Margherita")
    button = screen.sold_out_button
    assert button is not None and button.text() == "Rupture" and button.accessibleName()
    button.click()
    qtbot.waitUntil(
        lambda: not screen.menu_model.item(screen.selected_product()).enabled, timeout=WAIT_MS
    )
    assert "rupture" in screen.ui.messageLabel.text()
    assert button.text() == "Remettre à la carte"
    counter = staff(demo, "accueil.bastille")  # another PC of the store
    margherita = next(i for i in menu.menu(demo, counter).items if i.name == "Margherita")
    assert not margherita.available
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    button.click()
    qtbot.waitUntil(lambda: screen.menu_model.item(margherita.product_id).enabled, timeout=WAIT_MS)
    assert next(i for i in menu.menu(demo, counter).items if i.name == "Margherita").enabled
    assert alerts_log == []


def test_the_counter_has_no_sold_out_switch(qtbot, desk):
    window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    assert window.page("order_taking").sold_out_button is None


@sqlite_only
def test_every_input_and_button_of_every_screen_has_a_spoken_name(qtbot, desk):
    """What a screen reader says, for every role's screens, in French then English."""
    from ocpizza_desk.gui.access import is_named_input, spoken_name

    def nameless(window) -> list[str]:
        return [
            f"{type(w).__name__} {w.objectName() or '?'}"
            for w in window.findChildren(QWidget)
            if is_named_input(w) and not spoken_name(w)
        ]

    found = []
    for role, username in USERS.items():
        i18n.install("fr", remember=False)
        window = signed_in(qtbot, desk, username, DEMO_PASSWORDS[role])
        for key in window.visible_screens():
            window.page(key)
        qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
        found += [f"{role.value} fr {n}" for n in nameless(window)]
        search = window.findChildren(QLineEdit, "searchEdit")
        french = [spoken_name(s) for s in search]
        i18n.install("en", remember=False)
        qtbot.waitUntil(
            lambda search=search, french=french: (
                [spoken_name(s) for s in search] != french or not search
            ),
            timeout=WAIT_MS,
        )
        found += [f"{role.value} en {n}" for n in nameless(window)]
        window.ui.signOutButton.click()
        qtbot.waitUntil(lambda: desk.main_window is None, timeout=WAIT_MS)
    assert found == []


def test_the_waste_dialog_says_what_is_wrong_in_its_words(qtbot, desk, demo):
    """Empty: not "«  » n'est pas une quantité"; zero: not "entre 1 et 100000000"."""
    from PySide6.QtWidgets import QDialogButtonBox

    from tests.helpers import snapshot

    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show()
    window.show_screen("stock")
    screen = window.page("stock")
    qtbot.waitUntil(lambda: screen.loaded and screen.proxy.rowCount() > 0, timeout=WAIT_MS)
    unchanged = snapshot(demo)
    screen.ui.wasteButton.click()
    dialog = screen.active_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.reasonEdit, "Sac perce")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert "Quantité manquante" in dialog.ui.errorLabel.text()
    qtbot.keyClicks(dialog.ui.quantityEdit, "0")
    ok.click()
    message = dialog.ui.errorLabel.text()
    assert "plus que zéro" in message and "100000000" not in message
    assert dialog.isVisible() and snapshot(demo) == unchanged
    combo = dialog.ui.ingredientCombo
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
    assert dialog.ui.errorLabel.text() == ""  # another ingredient chosen: that was about the last


def test_one_is_singular(qt_settings):
    """ "1 entrées", "1 commandes", "1 pièces" read badly."""
    from PySide6.QtCore import QCoreApplication

    from ocpizza_desk.domain.enums import Unit
    from ocpizza_desk.gui.labels import plural
    from ocpizza_desk.gui.models.stock import format_quantity

    def waiting(count: int) -> str:
        return plural(
            count,
            QCoreApplication.translate("KitchenScreen", "{count} order waiting"),
            QCoreApplication.translate("KitchenScreen", "{count} orders waiting"),
        )

    assert waiting(1) == "1 commande en attente" and waiting(0) == "0 commande en attente"
    assert waiting(3) == "3 commandes en attente"
    assert format_quantity(1, Unit.PIECE) == "1\u00a0pièce"
    assert format_quantity(5, Unit.PIECE) == "5\u00a0pièces"
    i18n.install("en", remember=False)
    assert waiting(0) == "0 orders waiting" and waiting(1) == "1 order waiting"


def test_english_mode_has_no_french_left_in_the_menu_filter(qtbot, desk):
    window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    window.show()
    screen = window.page("order_taking")
    qtbot.waitUntil(lambda: screen.ui.categoryCombo.count() > 1, timeout=WAIT_MS)
    assert screen.ui.categoryCombo.itemText(0) == "Toutes les catégories"
    i18n.install("en", remember=False)
    qtbot.waitUntil(lambda: screen.ui.addButton.text() == "Add to order", timeout=WAIT_MS)
    assert screen.ui.categoryCombo.itemText(0) == "All categories"


def test_the_order_detail_has_the_door_code_and_floor_of_the_courier_slip(qtbot, desk, demo):
    from ocpizza_desk.gui.labels import door_and_floor
    from ocpizza_desk.gui.screenshots import ready_deliveries
    from ocpizza_desk.services import orders
    from tests.helpers import staff

    manager = staff(demo, "responsable.bastille")
    detail = next(
        d
        for d in (orders.detail(demo, manager, o) for o in ready_deliveries(demo, 4))
        if d.door_code or d.floor  # as many of the demo's delivery addresses do
    )
    order_id = detail.id
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show_screen("order_book")
    screen = window.page("order_book")

    def row_of() -> int:
        rows = (screen.model.row_at(r) for r in range(screen.model.rowCount()))
        return next((r for r, row in enumerate(rows) if row and row.id == order_id), -1)

    qtbot.waitUntil(lambda: row_of() >= 0, timeout=WAIT_MS)
    screen.ui.ordersView.selectRow(row_of())
    qtbot.waitUntil(
        lambda: screen.detail is not None and screen.detail.id == order_id, timeout=WAIT_MS
    )
    shown = screen.ui.detailBrowser.toPlainText()
    assert door_and_floor(detail.door_code, detail.floor) in shown
    # Each quantity stands with its product (its own column drifted away on a wide screen).
    spaced = shown.replace("\u00a0", " ")
    for line in detail.lines:
        if line.formula_name is None:  # a formula's choices follow its name instead
            assert f"{line.quantity} × {line.product_name}" in spaced, shown
    assert door_and_floor(None, "1e étage") == "1e étage"
    assert door_and_floor("4821B", "3") == "Digicode 4821B · Étage 3"


def test_a_stop_says_its_floor_once(qt_settings):

    from ocpizza_desk.gui.models.deliveries import stop_text

    class Stop:  # the fields stop_text reads
        address_line, approximate, door_code, phone = "2 rue Amelot, 75011 Paris", False, None, None
        floor = "RDC"

    assert stop_text(Stop).splitlines()[1] == "RDC"
    Stop.floor = "3"
    assert stop_text(Stop).splitlines()[1] == "étage 3"


def test_the_supplier_receipt_sheet_by_keyboard(qtbot, desk):
    """Ctrl+F starts a new search, Down/Enter/Tab reach the first quantity, no match says so."""
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show()
    window.show_screen("stock")
    screen = window.page("stock")
    qtbot.waitUntil(lambda: screen.loaded and screen.proxy.rowCount() > 0, timeout=WAIT_MS)
    screen.ui.receiptButton.click()
    dialog = screen.active_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    search = dialog.ui.filterEdit
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(search, "basilic")
    qtbot.keyClick(search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(search, "mozza")
    assert search.text() == "mozza"  # not "basilicmozza"
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Tab):
        search.setFocus()
        qtbot.keyClick(search, key)
        current = dialog.ui.sheetView.currentIndex()
        assert dialog.ui.sheetView.hasFocus() and current.row() == 0
        assert dialog.proxy.flags(current) & Qt.ItemFlag.ItemIsEditable
    search.setText("zzz")
    assert "zzz" in dialog.ui.errorLabel.text() and "Aucun" in dialog.ui.errorLabel.text()
    search.setText("mozza")
    assert dialog.ui.errorLabel.text() == ""
    dialog.reject()


@sqlite_only
def test_the_order_screen_keeps_its_columns_and_shows_its_filters_whole(qtbot, desk):
    """At 1366×768: the columns kept their widths whatever they show (a customer found, the
    change due), "Toutes les catégori" and "Ctrl+F : pro…" were cut, the number wrapped as
    "06 12 34 56 / 78"."""
    import re

    from PySide6.QtGui import QFont, QFontMetrics

    from tests.gui.fit import SHOP_SCREEN

    window, screen = counter_window(qtbot, desk)
    window.resize(*SHOP_SCREEN)
    ui = screen.ui
    boxes = (ui.customerBox, ui.menuBox, ui.orderBox)
    qtbot.waitUntil(lambda: ui.categoryCombo.count() > 1, timeout=WAIT_MS)
    widths = [b.width() for b in boxes]

    combo = ui.categoryCombo
    room = combo.width() - 40  # the arrow and the frame
    assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= room
    search = ui.menuSearchEdit
    assert search.placeholderText().endswith("(Ctrl+F)")
    assert shows_whole(search, search.placeholderText())

    ui.phoneEdit.setText("Mar")  # a known customer: her card fills the first column
    screen.customer.lookup()
    qtbot.waitUntil(lambda: ui.matchesList.count() > 0, timeout=WAIT_MS)
    ui.matchesList.itemActivated.emit(ui.matchesList.item(0))
    qtbot.waitUntil(lambda: screen.customer.card is not None, timeout=WAIT_MS)
    ui.deliveryRadio.setChecked(True)
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    assert [b.width() for b in boxes] == widths
    phone = screen.customer.card.phone_display
    assert " " in phone and phone.replace(" ", "&nbsp;") in ui.customerCard.text()

    for name in ("Regina", "Margherita", "Coca-Cola Zero"):
        ui.menuSearchEdit.setText(name)
        screen.add_selected()
    ui.menuSearchEdit.clear()
    ui.paidNowCheck.setChecked(True)
    ui.cashGivenEdit.setText("50")
    label = ui.changeLabel
    qtbot.waitUntil(lambda: label.isVisible() and "rendre" in label.text(), timeout=WAIT_MS)
    bold = QFont(label.font())
    bold.setBold(True)
    shown = re.sub("<[^>]+>", "", label.text())
    # Laid out again (the label grows to its text, once the layout has run), whole:
    qtbot.waitUntil(
        lambda: QFontMetrics(bold).horizontalAdvance(shown) <= label.contentsRect().width(),
        timeout=WAIT_MS,
    )
    assert [b.width() for b in boxes] == widths
    assert shows_whole(search, search.placeholderText())


def _tap(qtbot, card, status):
    from PySide6.QtTest import QTest

    QTest.mouseClick(card.ui.actionButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.order.status is status, timeout=WAIT_MS)


def test_the_kitchen_offers_undo_after_a_tap_and_takes_it_back(qtbot, desk, demo):
    from PySide6.QtTest import QTest

    from ocpizza_desk.domain.enums import OrderStatus
    from ocpizza_desk.services import orders
    from tests.helpers import staff

    window, screen, card = kitchen_with_an_order(qtbot, desk, demo)
    screen.undo.guard_ms = 50
    button = screen.undoButton
    area = screen.ui.cardsArea
    where = (area.mapTo(window, area.rect().topLeft()), area.size())
    assert not button.isVisible()
    _tap(qtbot, card, OrderStatus.IN_PREPARATION)
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=WAIT_MS)
    assert str(card.order.order_id) in button.text()
    assert (area.mapTo(window, area.rect().topLeft()), area.size()) == where  # nothing moved
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isVisible()
    qtbot.waitUntil(lambda: card.order.status is OrderStatus.RECEIVED, timeout=WAIT_MS)
    # The live feed may show the card back before the undo's own answer writes its message.
    qtbot.waitUntil(lambda: "reçue" in screen.ui.messageLabel.text().lower(), timeout=WAIT_MS)
    manager = staff(demo, "responsable.bastille")
    order_id = card.order.order_id
    assert orders.detail(demo, manager, order_id).status is OrderStatus.RECEIVED


def test_the_kitchen_undo_goes_after_its_seconds(qtbot, desk, demo):
    from ocpizza_desk.domain.enums import OrderStatus
    from ocpizza_desk.services import orders
    from tests.helpers import staff

    _window, screen, card = kitchen_with_an_order(qtbot, desk, demo)
    screen.undo.guard_ms, screen.undo.window_ms = 10, 200
    _tap(qtbot, card, OrderStatus.IN_PREPARATION)
    qtbot.waitUntil(screen.undoButton.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not screen.undoButton.isVisible(), timeout=WAIT_MS)
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not desk.runner.busy
    manager = staff(demo, "responsable.bastille")
    detail = orders.detail(demo, manager, card.order.order_id)
    assert detail.status is OrderStatus.IN_PREPARATION


def test_the_kitchen_undo_is_refused_when_another_pc_moved_the_order(qtbot, desk, demo):
    from ocpizza_desk.domain.enums import OrderStatus
    from ocpizza_desk.services import orders
    from tests.helpers import staff

    _window, screen, card = kitchen_with_an_order(qtbot, desk, demo)
    screen.undo.guard_ms = 10
    _tap(qtbot, card, OrderStatus.IN_PREPARATION)
    qtbot.waitUntil(screen.undoButton.isEnabled, timeout=WAIT_MS)
    manager = staff(demo, "responsable.bastille")
    orders.advance(demo, manager, card.order.order_id, OrderStatus.READY)  # another PC
    screen.undoButton.click()
    qtbot.waitUntil(lambda: "autre poste" in screen.ui.messageLabel.text(), timeout=WAIT_MS)
    assert orders.detail(demo, manager, card.order.order_id).status is OrderStatus.READY


def test_the_driver_undoes_delivered_and_the_stop_is_out_again(qtbot, desk, demo):
    from PySide6.QtCore import QPoint

    from ocpizza_desk.domain.enums import OrderStatus
    from ocpizza_desk.gui.screenshots import ready_deliveries
    from ocpizza_desk.services import deliveries, orders
    from tests.helpers import staff

    ready = ready_deliveries(demo, 2)
    manager = staff(demo, "responsable.bastille")
    driver = staff(demo, "livreur.bastille")
    trip = deliveries.create_trip(demo, manager, driver.user_id, ready)
    deliveries.depart(demo, driver, trip.trip_id)
    window = signed_in(qtbot, desk, "livreur.bastille", DEMO_PASSWORDS[Role.DRIVER])
    window.resize(1366, 768)
    window.show()
    screen = window.page("my_deliveries")
    screen.undo.guard_ms = 10
    qtbot.waitUntil(
        lambda: screen.trip is not None and screen.ui.deliveredButton.isEnabled(), timeout=WAIT_MS
    )
    stop = screen.selected_stop()
    delivered = screen.ui.deliveredButton
    row = (screen.ui.refreshButton, screen.ui.messageLabel)
    where = [w.mapTo(window, QPoint(0, 0)) for w in row]
    delivered.click()
    qtbot.waitUntil(screen.undoButton.isEnabled, timeout=WAIT_MS)
    # Offered in the title row, which keeps its room: the refresh button and the message
    # line stay where they were.
    assert [w.mapTo(window, QPoint(0, 0)) for w in row] == where
    assert orders.detail(demo, manager, stop.order_id).status is OrderStatus.DELIVERED
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    qtbot.keyClick(screen, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            "à nouveau" in screen.ui.messageLabel.text() or "route" in screen.ui.messageLabel.text()
        ),
        timeout=WAIT_MS,
    )
    assert orders.detail(demo, manager, stop.order_id).status is OrderStatus.OUT_FOR_DELIVERY
    assert not screen.undoButton.isVisible()


def test_the_driver_undoes_out_for_delivery_and_the_trip_can_leave_again(qtbot, desk, demo):
    from PySide6.QtTest import QTest

    from ocpizza_desk.domain.enums import OrderStatus
    from ocpizza_desk.gui.screenshots import ready_deliveries
    from ocpizza_desk.services import deliveries, orders
    from tests.helpers import staff

    ready = ready_deliveries(demo, 2)
    manager = staff(demo, "responsable.bastille")
    driver = staff(demo, "livreur.bastille")
    deliveries.create_trip(demo, manager, driver.user_id, ready)
    window = signed_in(qtbot, desk, "livreur.bastille", DEMO_PASSWORDS[Role.DRIVER])
    window.resize(1366, 768)
    window.show()
    screen = window.page("my_deliveries")
    screen.undo.guard_ms = 10
    depart = screen.ui.departButton
    qtbot.waitUntil(lambda: screen.trip is not None and depart.isEnabled(), timeout=WAIT_MS)
    QTest.mouseClick(depart, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(screen.undoButton.isEnabled, timeout=WAIT_MS)
    assert all(
        orders.detail(demo, manager, o).status is OrderStatus.OUT_FOR_DELIVERY for o in ready
    )
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    QTest.mouseClick(screen.undoButton, Qt.MouseButton.LeftButton)
    assert not screen.undoButton.isVisible()
    qtbot.waitUntil(
        lambda: screen.trip is not None and screen.trip.state == "planned" and depart.isEnabled(),
        timeout=WAIT_MS,
    )
    assert all(orders.detail(demo, manager, o).status is OrderStatus.READY for o in ready)
    assert "magasin" in screen.ui.messageLabel.text()


def test_a_manager_undoes_a_step_late_from_the_order_book_with_a_reason(qtbot, desk, demo):
    from PySide6.QtWidgets import QDialogButtonBox

    from ocpizza_desk.domain.enums import OrderStatus
    from ocpizza_desk.services import orders
    from ocpizza_desk.services.cart import CartLine
    from tests.gui.test_counter import back_to, type_into
    from tests.helpers import product_id, request, staff

    pizzaiolo = staff(demo, "pizzaiolo.bastille")
    counter = staff(demo, "accueil.bastille")
    placed = orders.place(
        demo, counter, request(CartLine(product_id(demo, "margherita"), 1), minutes=40)
    )
    orders.advance(demo, pizzaiolo, placed.order_id, OrderStatus.IN_PREPARATION)
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show_screen("order_book")
    book = window.page("order_book")
    button = book.ui.undoStepButton
    assert button.isVisible() and not button.isEnabled()  # nothing selected
    book.load_detail(placed.order_id)
    qtbot.waitUntil(lambda: book.detail is not None and button.isEnabled(), timeout=WAIT_MS)
    button.click()
    dialog = book.active_dialog
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):  # Escape: nothing done
        qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Escape)
    assert orders.detail(demo, counter, placed.order_id).status is OrderStatus.IN_PREPARATION
    button.click()
    dialog = book.active_dialog
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.ui.reasonEdit  # the reason, typed at once
    info = dialog.ui.infoLabel.text().lower()
    assert f"commande {placed.order_id}" in info and "préparation" in info and "reçue" in info
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # no reason: refused, nothing written
    assert "raison" in dialog.ui.errorLabel.text().lower()
    assert orders.detail(demo, counter, placed.order_id).status is OrderStatus.IN_PREPARATION
    type_into(qtbot, dialog.ui.reasonEdit, "Mauvaise commande")
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)  # Enter sends it
    back_to(qtbot, window)
    qtbot.waitUntil(
        lambda: book.detail is not None and book.detail.status is OrderStatus.RECEIVED,
        timeout=WAIT_MS,
    )
    assert book.detail.history[-1].reason == "Mauvaise commande"
    assert not button.isEnabled()  # an undo is not undone from here


def test_the_counter_is_not_offered_the_managers_correction(qtbot, desk):
    window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    window.show_screen("order_book")
    assert not window.page("order_book").ui.undoStepButton.isVisible()


def _small_targets(page) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton

    return [
        f"{b.objectName() or b.text()}: {b.height()} px"
        for b in page.findChildren(QAbstractButton)
        if b.isVisible() and b.height() < 44
    ]


@sqlite_only
def test_the_kitchens_taps_are_fingertip_sized(qtbot, desk, demo):
    """Every button and box of the kitchen (its cards' too) at least 44 px high."""
    _window, screen, _card = kitchen_with_an_order(qtbot, desk, demo)
    screen.undo.offer("Annuler", "", lambda: None)  # shown as after a tap
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    assert _small_targets(screen) == []


@sqlite_only
def test_the_drivers_taps_are_fingertip_sized_and_the_message_line_reads_as_one(qtbot, desk, demo):
    """The driver's buttons were 30 px high; the map's too. The line kept for messages says,
    in grey, what the buttons do while it has no message (it was a blank band)."""
    from PySide6.QtCore import QPoint

    from ocpizza_desk.gui.screenshots import ready_deliveries
    from ocpizza_desk.services import deliveries
    from tests.helpers import staff

    ready = ready_deliveries(demo, 2)
    manager = staff(demo, "responsable.bastille")
    driver = staff(demo, "livreur.bastille")
    deliveries.create_trip(demo, manager, driver.user_id, ready)
    window = signed_in(qtbot, desk, "livreur.bastille", DEMO_PASSWORDS[Role.DRIVER])
    window.resize(1366, 768)
    window.show()
    screen = window.page("my_deliveries")
    qtbot.waitUntil(lambda: screen.trip is not None, timeout=WAIT_MS)
    screen.undo.offer("Annuler", "", lambda: None)
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    assert _small_targets(screen) == []
    line = screen.ui.messageLabel
    assert line.text() == "" and "En livraison" in line.resting
    # Under the trip's own line, above the buttons: it reads as the trip's status.
    top = screen.ui.departButton.mapTo(screen, QPoint(0, 0)).y()
    assert screen.ui.tripLabel.y() < line.y() < top
    # The resting words are painted (an empty strip would look like a hole): grabbed with
    # and without them, the images differ.
    words = line.grab().toImage()
    resting, line.resting = line.resting, ""
    bare = line.grab().toImage()
    line.resting = resting
    assert words != bare


@sqlite_only
@pytest.mark.parametrize("role", [Role.COUNTER, Role.MANAGER, Role.HEAD_OFFICE], ids=str)
@pytest.mark.parametrize("size", [(1366, 698), (1920, 1010)], ids=lambda s: f"{s[0]}")
def test_the_order_book_never_scrolls_sideways_for_any_role(qtbot, desk, role, size):
    """Head office's store column was cut beside a detail with one button; the list scrolled
    sideways at 1366 px for every role. The spare columns (mode, channel, time placed) come
    back on a wide screen."""
    from tests.gui.fit import page_problems

    window = signed_in(qtbot, desk, USERS[role], DEMO_PASSWORDS[role])
    window.resize(*size)
    window.show()
    window.show_screen("order_book")
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    page = window.page("order_book")
    view = page.ui.ordersView
    qtbot.waitUntil(lambda: view.model().rowCount() > 0, timeout=WAIT_MS)

    def shown():
        return {
            view.model().headerData(c, Qt.Orientation.Horizontal)
            for c in range(view.model().columnCount())
            if not view.isColumnHidden(c)
        }

    if size[0] == 1920:  # the spare columns come back (after the view's resize)
        qtbot.waitUntil(lambda: {"Passée", "Canal", "Promise"} <= shown(), timeout=WAIT_MS)
    assert page_problems(page, KEY_COLUMNS) == []
    assert {"N°", "Client", "Statut", "Total", "Reste dû"} <= shown()
    if role is Role.HEAD_OFFICE:
        assert "Pizzeria" in shown()


@sqlite_only
@pytest.mark.parametrize("role", [Role.MANAGER, Role.HEAD_OFFICE, Role.ADMIN], ids=str)
@pytest.mark.parametrize("size", [(1366, 698), (1920, 1010)], ids=lambda s: f"{s[0]}")
def test_the_staff_list_never_scrolls_sideways(qtbot, desk, role, size):
    """The chain's list (with the store) scrolled sideways at 1366 px, the store cut; on a
    wide screen every column shows."""
    from tests.gui.fit import page_problems

    window = signed_in(qtbot, desk, USERS[role], DEMO_PASSWORDS[role])
    window.resize(*size)
    window.show()
    window.show_screen("staff")
    page = window.page("staff")
    view = page.ui.accountsView
    qtbot.waitUntil(lambda: view.model().rowCount() > 0 and not desk.runner.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().maximum(), timeout=WAIT_MS)
    # The full name may be cut ("…", whole in its tooltip): the others are whole.
    assert page_problems(page, {"Identifiant", "Rôle", "Pizzeria", "État"}) == []
    if size[0] == 1920:  # last sign-in
        last = view.model().columnCount() - 1
        qtbot.waitUntil(lambda: not view.isColumnHidden(last), timeout=WAIT_MS)


@sqlite_only
def test_a_dashboard_without_tables_keeps_its_tiles_compact(qtbot, desk):
    """The driver's dashboard spread its tiles over the whole height (a 260-px tile with its
    number at the top and its words at the bottom, blank bands above)."""
    window = signed_in(qtbot, desk, USERS[Role.DRIVER], DEMO_PASSWORDS[Role.DRIVER])
    window.resize(1366, 698)
    window.show()
    window.show_screen("dashboard")
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    page = window.page("dashboard")
    tile = next(t for t in page._tiles if t.isVisible())
    qtbot.waitUntil(lambda: tile.height() < 140, timeout=WAIT_MS)
    assert page.ui.storeInfoLabel.y() < 100


@sqlite_only
def test_head_offices_dashboard_shows_every_store_and_alert_on_a_wide_screen(qtbot, desk):
    """At 1920 px the stores' table kept a blank band under its five rows and the alerts
    scrolled seven rows at a time above an empty third of the screen; the stock-alert count
    stood alone at the far right of a stretched column."""
    window = signed_in(qtbot, desk, USERS[Role.HEAD_OFFICE], DEMO_PASSWORDS[Role.HEAD_OFFICE])
    window.resize(1920, 1010)
    window.show()
    window.show_screen("dashboard")
    page = window.page("dashboard")
    stores, alerts = page.ui.storesTable, page.ui.alertsTable
    qtbot.waitUntil(lambda: not desk.runner.busy and alerts.rowCount() > 0, timeout=WAIT_MS)

    def no_band_under_the_last_row(table) -> bool:
        rect = table.visualRect(table.model().index(table.rowCount() - 1, 0))
        return table.viewport().height() - rect.bottom() < rect.height()

    qtbot.waitUntil(
        lambda: all(no_band_under_the_last_row(t) for t in (stores, alerts)), timeout=WAIT_MS
    )
    assert stores.verticalScrollBar().maximum() == 0
    if alerts.verticalScrollBar().maximum():  # more alerts than room: the table goes down
        bottom = alerts.mapTo(page, alerts.rect().bottomLeft()).y()
        assert bottom >= page.height() - page.ui.pageLayout.contentsMargins().bottom() - 2
    header = stores.horizontalHeader()
    name_width = header.sectionSize(0)
    assert header.sectionSize(stores.columnCount() - 1) < name_width  # the name takes the room


@sqlite_only
def test_the_boards_message_line_reads_as_a_status_line(qtbot, desk):
    """The board's kept message line was a blank band under the title: with no message it
    now says, in grey, how a trip is made (painted, so `text()` stays the message alone)."""
    window = signed_in(qtbot, desk, USERS[Role.MANAGER], DEMO_PASSWORDS[Role.MANAGER])
    window.resize(1366, 698)
    window.show()
    window.show_screen("delivery_board")
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)
    line = window.page("delivery_board").ui.messageLabel
    assert line.text() == "" and "Confier au livreur" in line.resting
    words = line.grab().toImage()
    resting, line.resting = line.resting, ""
    assert line.grab().toImage() != words
    line.resting = resting
