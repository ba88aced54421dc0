"""The counter takes a size in one key and a large half-and-half from the keyboard: the
cart shows "½ Regina + ½ 4 Fromages 40 cm" at the chain's price, the order is stored with
both halves and half of each recipe reserved. On SQLite and MariaDB."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from ocpizza_desk.domain import sizes
from ocpizza_desk.domain.enums import OrderMode
from ocpizza_desk.services import orders
from tests.gui.test_counter import CTRL, bastille, counter_window, sent_with_ctrl_enter
from tests.helpers import balances, ledger_mismatches, staff
from tests.test_sizes import recipe


def pick(qtbot, screen, name: str) -> None:
    """Ctrl+F, the name, Down: the first match selected in the menu, the focus on it."""
    qtbot.keyClick(screen.ui.phoneEdit, Qt.Key.Key_F, CTRL)
    screen.ui.menuSearchEdit.selectAll()
    qtbot.keyClicks(screen.ui.menuSearchEdit, name)
    qtbot.keyClick(screen.ui.menuSearchEdit, Qt.Key.Key_Down)
    assert screen.ui.menuView.hasFocus()


def test_a_large_half_and_half_and_a_small_pizza_from_the_keyboard(
    qtbot, desk, demo, alerts_log, recorder
):
    store = bastille(demo)
    before = balances(demo, store)
    _window, screen = counter_window(qtbot, desk)
    ui = screen.ui

    # A small Margherita: its name, then 1 (the first size).
    pick(qtbot, screen, "Margherita")
    qtbot.keyClick(ui.menuView, Qt.Key.Key_1)
    # A large half-and-half: Regina, / (a half), 4 Fromages, 3 (the third size, 40 cm).
    pick(qtbot, screen, "Regina")
    qtbot.keyClick(ui.menuView, Qt.Key.Key_Slash)
    assert "½ Regina" in ui.messageLabel.text()
    pick(qtbot, screen, "4 Fromages")
    qtbot.keyClick(ui.menuView, Qt.Key.Key_3)
    # A size the product does not have is said, and nothing is added.
    pick(qtbot, screen, "Coca-Cola Zero")
    qtbot.keyClick(ui.menuView, Qt.Key.Key_3)
    assert "taille 3" in ui.messageLabel.text()  # "n'existe pas en taille 3"

    assert [(e.name, e.quantity, e.unit_price_cents) for e in screen.cart.entries] == [
        ("Margherita 26 cm", 1, 690),
        ("½ Regina + ½ 4 Fromages 40 cm", 1, 1890),  # the dearer half, by the chain's rule
    ]
    cart_view_text = screen.cart.index(1, 1).data()
    assert cart_view_text.startswith("½ Regina + ½ 4 Fromages 40 cm")
    total = screen.cart.total_cents
    assert total == 690 + 1890

    order_id = sent_with_ctrl_enter(qtbot, desk, screen)

    counter = staff(demo, "accueil.bastille")
    detail = orders.detail(demo, counter, order_id)
    assert detail.mode is OrderMode.TAKEAWAY and detail.total_cents == total
    assert [(line.product_name, line.size_label) for line in detail.lines] == [
        ("Margherita 26 cm", "26 cm"),
        ("½ Regina + ½ 4 Fromages 40 cm", "40 cm"),
    ]
    assert [c["name"] for c in detail.lines[1].components] == ["Regina", "4 Fromages"]
    # What the stock gave: the small pizza at 62 %, each half at half of 147 %.
    expected = sizes.scaled(recipe(demo, "margherita"), 62) + sizes.half_use(
        recipe(demo, "regina"), 147, recipe(demo, "quatre_fromages"), 147
    )
    taken = Counter({i: before[i] - q for i, q in balances(demo, store).items() if q != before[i]})
    assert taken == expected
    assert ledger_mismatches(demo) == 0
    assert sizes.HALF in detail.lines[1].product_name
    assert not [a for a in alerts_log if a[0] == "critical"]
    assert recorder.untranslated() == []
