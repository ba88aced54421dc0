"""Issue 20's phone order, end to end from the keyboard: the caller asks what is in a pizza
(its allergens under the menu), takes a large half-and-half and a lunch formula; the kitchen
and the receipt show both right, the stock gave exactly what they use, and the day's report
grew by the order's total, the formula counted once. On SQLite and MariaDB."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from ocpizza_desk.domain import sizes
from ocpizza_desk.domain.clock import PARIS, utcnow
from ocpizza_desk.services import documents, kitchen, orders, reports
from ocpizza_desk.services.reports import ReportRequest
from tests.gui.driving import WAIT_MS
from tests.gui.test_counter import bastille, counter_window, sent_with_ctrl_enter
from tests.gui.test_counter_formulas import lunch_from_the_keyboard
from tests.gui.test_counter_sizes import pick
from tests.helpers import balances, ledger_mismatches, staff
from tests.test_formulas import recipe

HALF = "½ Regina + ½ 4 Fromages 40 cm"
LUNCH = "Formule midi : Regina 33 cm, Coca-Cola 33 cl, Tiramisu"


def test_a_phone_order_with_a_half_and_half_a_lunch_formula_and_an_allergen_question(
    qtbot, desk, demo, alerts_log, recorder
):
    store = bastille(demo)
    stock_before = balances(demo, store)
    office = staff(demo, "direction")
    today = utcnow().astimezone(PARIS).date()
    ask = ReportRequest(today, today, (store,))
    report_before = reports.report(demo, office, ask, exact=True)
    _window, screen = counter_window(qtbot, desk)
    ui = screen.ui
    qtbot.waitUntil(lambda: bool(screen._formulas), timeout=WAIT_MS)

    # "Is there anything with milk in the 4 Fromages?": Ctrl+F, its name, Down.
    pick(qtbot, screen, "4 Fromages")
    answer = screen.allergen_bar.label.text()
    assert answer.startswith("4 Fromages contient") and "lait" in answer

    # A large half-and-half: Regina, / (a half), 4 Fromages, 3 (the third size, 40 cm).
    pick(qtbot, screen, "Regina")
    qtbot.keyClick(ui.menuView, Qt.Key.Key_Slash)
    pick(qtbot, screen, "4 Fromages")
    qtbot.keyClick(ui.menuView, Qt.Key.Key_3)

    # A lunch formula: F4, 1 (Formule midi), then one key per slot.
    lunch_from_the_keyboard(qtbot, ui)

    assert [(e.name, e.quantity, e.unit_price_cents) for e in screen.cart.entries] == [
        (HALF, 1, 1890),  # the dearer half's 40 cm price
        (LUNCH, 1, 1590),  # the formula's set price, no supplement for a Regina
    ]
    order_id = sent_with_ctrl_enter(qtbot, desk, screen)

    # The receipt: two lines, the formula as one line with its choices, VAT split.
    clerk = staff(demo, "accueil.bastille")
    ticket = documents.ticket_data(demo, clerk, order_id)
    assert [(ln.quantity, ln.product_name, ln.total_cents) for ln in ticket.lines] == [
        (1, HALF, 1890),
        (1, LUNCH, 1590),
    ]
    assert {v.rate_bp for v in ticket.vat} == {550, 1000}
    assert sum(v.total_cents for v in ticket.vat) == ticket.total_cents == 1890 + 1590

    # The kitchen: the half-and-half with both halves, the formula's choices together.
    card = next(
        o for o in kitchen.queue(demo, staff(demo, "pizzaiolo.bastille")) if o.order_id == order_id
    )
    assert [ln.product_name for ln in card.lines] == [
        HALF,
        "Regina 33 cm",
        "Coca-Cola 33 cl",
        "Tiramisu",
    ]
    assert [ln.formula_name for ln in card.lines] == [None] + ["Formule midi"] * 3

    # The stock gave half of each 40 cm recipe, and the formula's three choices whole.
    expected = (
        sizes.half_use(recipe(demo, "regina"), 147, recipe(demo, "quatre_fromages"), 147)
        + Counter()
    )
    for code in ("regina", "coca_cola", "tiramisu"):
        expected.update(recipe(demo, code))
    stock_after = balances(demo, store)
    taken = Counter(
        {i: stock_before[i] - q for i, q in stock_after.items() if q != stock_before[i]}
    )
    assert taken == expected
    assert ledger_mismatches(demo) == 0

    # The day's report: revenue grew by the order's total; the formula counted once.
    report_after = reports.report(demo, office, ask, exact=True)
    grown = sum(r.ttc_cents for r in report_after.revenue) - sum(
        r.ttc_cents for r in report_before.revenue
    )
    assert grown == orders.detail(demo, clerk, order_id).total_cents == 1890 + 1590
    was = {r.name: r.quantity for r in report_before.formulas}
    assert {r.name: r.quantity for r in report_after.formulas}["Formule midi"] == (
        was.get("Formule midi", 0) + 1
    )
    assert reports.report(demo, office, ask).formulas == report_after.formulas  # summarised
    assert not [a for a in alerts_log if a[0] == "critical"]
    assert recorder.untranslated() == []
