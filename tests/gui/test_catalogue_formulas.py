"""Head office defines a formula from the catalogue screen: name, set price, slots (a
category in a size, products listed with a supplement); a slot that offers nothing is
refused with the service's message and nothing written; the counter then offers it. On
SQLite and MariaDB (head office's own database account)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ocpizza_desk.services import formulas
from tests.gui.driving import WAIT_MS
from tests.gui.test_catalogue_screen import catalogue_screen, wait_idle
from tests.helpers import product_id, snapshot, staff

CTRL = Qt.KeyboardModifier.ControlModifier


def test_head_office_defines_a_formula_and_an_empty_slot_is_refused(qtbot, desk, demo):
    _window, screen = catalogue_screen(qtbot, desk)
    dialog = screen.edit_formulas()
    ui = dialog.ui
    qtbot.waitUntil(lambda: ui.formulaList.count() == 2, timeout=WAIT_MS)
    assert ui.nameEdit.text() == "Formule midi"
    assert ui.slotsTable.rowCount() == 3
    assert ui.listedTable.rowCount() == 3  # the dearer pizzas' supplements

    dialog.new_formula()
    assert ui.nameEdit.text() == "" and ui.slotsTable.rowCount() == 0
    ui.nameEdit.setText("Formule goûter")  # (QTest types ASCII only)
    qtbot.keyClicks(ui.priceEdit, "6,50")
    dialog.add_slot("Boisson")
    combo = ui.slotsTable.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findText("Boissons"))
    dialog.add_slot("Dessert")  # no category, no product yet: offers nothing
    before = snapshot(demo)
    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "Dessert" in ui.messageLabel.text(), timeout=WAIT_MS)
    assert "aucun produit" in ui.messageLabel.text()
    wait_idle(qtbot, desk)
    assert snapshot(demo) == before

    # A cookie listed in the dessert slot, 0,50 € more.
    ui.slotsTable.setCurrentCell(1, 0)
    dialog.add_listed(product_id(demo, "cookie"), 50)
    dialog.save()
    qtbot.waitUntil(lambda: "enregistrée" in ui.messageLabel.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ui.formulaList.count() == 3, timeout=WAIT_MS)
    wait_idle(qtbot, desk)

    counter = staff(demo, "accueil.bastille")
    saved = next(f for f in formulas.for_counter(demo, counter) if f.name == "Formule goûter")
    assert saved.price_cents == 650
    assert [s.label for s in saved.slots] == ["Boisson", "Dessert"]
    assert len(saved.slots[0].choices) == 7
    assert [(c.name, c.supplement_cents) for c in saved.slots[1].choices] == [
        ("Cookie aux pépites de chocolat", 50)
    ]
