"""The counter takes a lunch formula from the keyboard: F4, the formula's key, one key per
slot (Escape backs out one step); the cart shows one line 'Formule midi : …' at the set
price with the supplement, the order is stored as its choices at their VAT rates, each
reserving its own recipe. On SQLite and MariaDB."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from ocpizza_desk.gui.dialogs.formula import FormulaDialog
from ocpizza_desk.services import orders
from tests.gui.driving import WAIT_MS
from tests.gui.test_counter import CTRL, bastille, counter_window, sent_with_ctrl_enter
from tests.helpers import balances, ledger_mismatches, staff
from tests.test_formulas import recipe


def the_dialog(qtbot) -> FormulaDialog:
    found: list[FormulaDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, FormulaDialog)]
        return bool(found) and found[0].isVisible()

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return found[0]


def row_of(dialog: FormulaDialog, starts: str) -> int:
    items = dialog.ui.choicesList
    for row in range(items.count()):
        shown = items.item(row).text()
        shown = shown.split(". ", 1)[1] if shown[:1].isdigit() else shown.strip()
        if shown.startswith(starts):
            return row
    raise AssertionError(starts)


def lunch_from_the_keyboard(qtbot, ui, wanted=("Regina", "Coca-Cola 33 cl", "Tiramisu")):
    """F4 in the menu, 1 (Formule midi), then one digit per slot for `wanted`."""
    ui.menuView.setFocus()
    qtbot.keyClick(ui.menuView, Qt.Key.Key_F4)
    dialog = the_dialog(qtbot)
    choices = dialog.ui.choicesList
    qtbot.keyClick(choices, Qt.Key.Key_1)
    for starts in wanted:
        row = row_of(dialog, starts)
        assert row < 9, starts  # within reach of one digit key
        qtbot.keyClick(choices, Qt.Key.Key_1 + row)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


def test_a_lunch_formula_from_the_keyboard(qtbot, desk, demo, alerts_log, recorder):
    store = bastille(demo)
    before = balances(demo, store)
    window, screen = counter_window(qtbot, desk)
    ui = screen.ui
    qtbot.waitUntil(lambda: bool(screen._formulas), timeout=WAIT_MS)

    ui.menuView.setFocus()
    qtbot.keyClick(ui.menuView, Qt.Key.Key_F4)
    dialog = the_dialog(qtbot)
    choices = dialog.ui.choicesList
    assert "Formule midi" in choices.item(0).text()
    qtbot.keyClick(choices, Qt.Key.Key_1)  # Formule midi
    assert "Pizza" in dialog.ui.stepLabel.text()
    # Burrata (a supplement): found by its first letters, then Enter.
    qtbot.keyClicks(choices, "bur")
    assert choices.currentRow() == row_of(dialog, "Burrata")
    assert "+3,00" in choices.currentItem().text().replace("\u202f", "")
    qtbot.keyClick(choices, Qt.Key.Key_Return)
    assert "Boisson" in dialog.ui.stepLabel.text()
    # Escape: back to the pizza; Regina instead.
    qtbot.keyClick(choices, Qt.Key.Key_Escape)
    assert "Pizza" in dialog.ui.stepLabel.text() and dialog.isVisible()
    qtbot.keyClicks(choices, "Reg")
    assert choices.currentRow() == row_of(dialog, "Regina")
    qtbot.keyClick(choices, Qt.Key.Key_Return)
    # The drink: its key (Coca-Cola 33 cl is the first), the dessert: Tiramisu.
    assert choices.item(0).text().startswith("1. Coca-Cola 33 cl")
    qtbot.keyClick(choices, Qt.Key.Key_1)
    assert "Dessert" in dialog.ui.stepLabel.text()
    assert "Regina 33 cm, Coca-Cola 33 cl" in dialog.ui.chosenLabel.text()
    qtbot.keyClick(choices, Qt.Key.Key_1 + row_of(dialog, "Tiramisu"))
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    assert [(e.name, e.quantity, e.unit_price_cents) for e in screen.cart.entries] == [
        ("Formule midi : Regina 33 cm, Coca-Cola 33 cl, Tiramisu", 1, 1590),
    ]
    # Its allergens: every choice's, each named.
    shown = screen.allergen_bar.label.text()
    assert "Regina contient" in shown and "Tiramisu contient" in shown
    # The cart's VAT is the receipt's: the coke's share at 5,5 %.
    assert {v.rate_bp for v in screen.cart.totals().vat} == {550, 1000}

    # F4 then Escape twice (back to the formulas, then closed): nothing added.
    qtbot.keyClick(ui.menuView, Qt.Key.Key_F4)
    again = the_dialog(qtbot)
    qtbot.keyClick(again.ui.choicesList, Qt.Key.Key_1)
    qtbot.keyClick(again.ui.choicesList, Qt.Key.Key_Escape)
    qtbot.keyClick(again.ui.choicesList, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=WAIT_MS)
    assert len(screen.cart.entries) == 1
    qtbot.waitUntil(ui.menuView.hasFocus, timeout=WAIT_MS)  # the keys go on in the menu

    order_id = sent_with_ctrl_enter(qtbot, desk, screen)

    counter = staff(demo, "accueil.bastille")
    detail = orders.detail(demo, counter, order_id)
    assert detail.total_cents == 1590
    assert [(ln.product_name, ln.formula_name, ln.vat_rate_bp) for ln in detail.lines] == [
        ("Regina 33 cm", "Formule midi", 1000),
        ("Coca-Cola 33 cl", "Formule midi", 550),
        ("Tiramisu", "Formule midi", 1000),
    ]
    # The order book shows it as the receipt does: one line, its choices after its name.
    html = window.page("order_book")._detail_html(detail)
    assert "Formule midi : Regina 33 cm, Coca-Cola 33 cl, Tiramisu" in html
    expected: Counter = Counter()
    for code in ("regina", "coca_cola", "tiramisu"):
        for i, q in recipe(demo, code).items():
            expected[i] += q
    taken = Counter({i: before[i] - q for i, q in balances(demo, store).items() if q != before[i]})
    assert taken == expected
    assert ledger_mismatches(demo) == 0
    assert not [a for a in alerts_log if a[0] == "critical"]
    assert recorder.untranslated() == []


def test_one_more_formula_is_refused_when_a_choice_other_than_the_first_is_out(
    qtbot, desk, demo, alerts_log
):
    """ "+" on a formula line asks the menu for every choice, not only the pizza: the last
    tiramisu went into the first formula, so a second one is refused, nothing added."""
    from tests.helpers import set_balance

    store = bastille(demo)
    for ingredient, dose in recipe(demo, "tiramisu").items():
        set_balance(demo, store, ingredient, dose)  # one tiramisu left
    _window, screen = counter_window(qtbot, desk)
    ui = screen.ui
    qtbot.waitUntil(lambda: bool(screen._formulas), timeout=WAIT_MS)
    lunch_from_the_keyboard(qtbot, ui)
    assert [e.quantity for e in screen.cart.entries] == [1]
    tiramisu = next(p for p, _ in screen.cart.entries[0].choices if p == _tiramisu(demo))
    # The menu read again with the cart counted: no tiramisu left.
    qtbot.waitUntil(lambda: screen.menu_model.item(tiramisu).can_make == 0, timeout=WAIT_MS)
    ui.cartView.setFocus()
    ui.cartView.selectRow(0)
    qtbot.keyClick(ui.cartView, Qt.Key.Key_Plus)
    assert [e.quantity for e in screen.cart.entries] == [1]
    assert "Formule midi" in ui.messageLabel.text()


def _tiramisu(demo) -> int:
    from tests.helpers import product_id

    return product_id(demo, "tiramisu")


def test_a_choice_of_the_lunch_formula_customised_from_the_keyboard(
    qtbot, desk, demo, alerts_log, recorder
):
    """'The lunch formula, with the Regina without mushrooms': F4, the choices, Ctrl+P, the
    Regina among the choices that take customisations (the tiramisu given one here), its
    removal ticked; the cart line says so, '+' keeps it, the order stores it."""
    from PySide6.QtWidgets import QDialogButtonBox

    from ocpizza_desk.gui.dialogs.customise import ChoicePickDialog, CustomiseDialog
    from tests.gui.test_counter import back_to
    from tests.helpers import ingredient_id, product_id

    with demo.engine.begin() as c:  # a second choice that takes a customisation
        c.execute(
            text(
                "INSERT INTO customisation_options (product_id, kind, ingredient_id, quantity,"
                " label, price_cents, position, active)"
                " VALUES (:p, 'extra', :i, 10, 'Supplément miel', 50, 1, :t)"
            ),
            {"p": product_id(demo, "tiramisu"), "i": ingredient_id(demo, "miel"), "t": True},
        )
    store = bastille(demo)
    before = balances(demo, store)
    window, screen = counter_window(qtbot, desk)
    ui = screen.ui
    qtbot.waitUntil(lambda: bool(screen._formulas), timeout=WAIT_MS)
    lunch_from_the_keyboard(qtbot, ui)
    back_to(qtbot, window)

    ui.cartView.setFocus()
    ui.cartView.selectRow(0)
    qtbot.keyClick(ui.cartView, Qt.Key.Key_P, CTRL)
    pick = screen.active_dialog
    assert isinstance(pick, ChoicePickDialog)
    qtbot.waitExposed(pick)
    assert [pick.list.item(r).text() for r in range(pick.list.count())] == [
        "1. Regina 33 cm",
        "2. Tiramisu",
    ]
    qtbot.keyClick(pick.list, Qt.Key.Key_1)
    customise = screen.active_dialog
    assert isinstance(customise, CustomiseDialog)
    qtbot.waitExposed(customise)
    assert "Regina 33 cm" in customise.ui.productLabel.text()
    options = customise.ui.optionsList
    row = next(r for r in range(options.count()) if options.item(r).text() == "Sans champignons")
    options.setCurrentRow(row)
    qtbot.keyClick(options, Qt.Key.Key_Space)  # ticked from the keyboard
    assert options.item(row).checkState() == Qt.CheckState.Checked
    customise.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    back_to(qtbot, window)

    entry = screen.cart.entries[0]
    assert [[o.label for o in chosen] for chosen in entry.choice_options] == [
        ["Sans champignons"],
        [],
        [],
    ]
    shown = screen.cart.index(0, 1).data()
    assert "Regina 33 cm : − Sans champignons" in shown
    assert entry.total_cents == 1590  # a removal is free
    # The line's allergens: each choice's as customised (the Regina has no egg, until an
    # extra egg is added; then undone).
    regina_text = screen.allergen_bar.label.text().split(" · ")[0]
    assert regina_text.startswith("Regina contient") and "œufs" not in regina_text
    regina = screen.menu_model.item(entry.choices[0][0])
    egg = next(o for o in regina.options if o.label == "Supplément œuf")
    screen.cart.set_choice_options(0, 0, (*entry.choice_options[0], egg))
    assert "œufs" in screen.allergen_bar.label.text().split(" · ")[0]
    screen.cart.set_choice_options(0, 0, entry.choice_options[0])
    assert screen.cart.entries[0] == entry
    # '+' keeps the customisation: two of the same formula.
    ui.cartView.selectRow(0)
    qtbot.keyClick(ui.cartView, Qt.Key.Key_Plus)
    assert [(e.quantity, e.choice_options) for e in screen.cart.entries] == [
        (2, entry.choice_options)
    ]
    assert "3180" in ui.totalsLabel.text().replace("\u202f", "").replace(",", "")

    order_id = sent_with_ctrl_enter(qtbot, desk, screen)

    counter = staff(demo, "accueil.bastille")
    detail = orders.detail(demo, counter, order_id)
    assert detail.total_cents == 2 * 1590
    assert [
        (ln.product_name, [c["label"] for c in ln.customisations]) for ln in detail.lines
    ] == [("Regina 33 cm", ["Sans champignons"]), ("Coca-Cola 33 cl", []), ("Tiramisu", [])]
    html = window.page("order_book")._detail_html(detail)
    assert "Formule midi : Regina 33 cm (Sans champignons), Coca-Cola 33 cl, Tiramisu" in html
    # The kitchen's card: the removal in bold after the Regina.
    from ocpizza_desk.gui.widgets.order_card import OrderCard
    from ocpizza_desk.services import kitchen

    cook = staff(demo, "pizzaiolo.bastille")
    queued = next(o for o in kitchen.queue(demo, cook) if o.order_id == order_id)
    card = OrderCard(queued)
    qtbot.addWidget(card)
    shown = card.ui.linesLabel.text()
    assert "Regina 33 cm</a> <b" in shown and "(Sans champignons)</b>" in shown
    expected: Counter = Counter()
    for code in ("regina", "coca_cola", "tiramisu"):
        for i, q in recipe(demo, code).items():
            expected[i] += 2 * q
    del expected[ingredient_id(demo, "champignons")]
    taken = Counter({i: before[i] - q for i, q in balances(demo, store).items() if q != before[i]})
    assert taken == expected

    # Opened again to modify it: the same customised formula, twice, at the same price.
    screen.load_order(order_id)
    qtbot.waitUntil(lambda: screen.editing is not None, timeout=WAIT_MS)
    assert [(e.quantity, e.choice_options) for e in screen.cart.entries] == [
        (2, entry.choice_options)
    ]
    assert screen.cart.total_cents == 2 * 1590
    assert ledger_mismatches(demo) == 0
    assert not [a for a in alerts_log if a[0] == "critical"]
    assert recorder.untranslated() == []


def test_the_cart_prices_a_customised_choice_as_the_placing_stores_it(qtbot, demo):
    """The counter's cart (its amounts per stored line, its VAT) and the placing agree for
    a formula whose pizza takes an extra and a removal."""
    from ocpizza_desk.gui.models.cart import CartModel, Entry
    from ocpizza_desk.services import menu
    from tests.helpers import request
    from tests.test_formulas import choice, lunch

    counter = staff(demo, "accueil.bastille")
    midi = lunch(demo, counter)
    picks = [choice(midi, i, n) for i, n in enumerate(("Regina", "Coca-Cola 33", "Tiramisu"))]
    regina = next(i for i in menu.menu(demo, counter).items if i.code == "regina")
    chosen = tuple(o for o in regina.options if o.label in ("Sans champignons", "Supplément œuf"))
    model = CartModel()
    model.add(Entry.of_formula(midi, picks, 2).with_choice_options(0, chosen))
    placed = orders.place(demo, counter, request(*model.cart_lines()))
    assert placed.totals.total_cents == model.total_cents == 2 * (1590 + 100)
    assert model.totals() == placed.totals
