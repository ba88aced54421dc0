"""Head office records an ingredient's allergens from the catalogue screen, and the counter's
dishes follow at once (derived from their recipes). On SQLite and MariaDB."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import text

from ocpizza_desk.gui.dialogs.allergens import ID_ROLE
from ocpizza_desk.services import menu
from tests.gui.driving import WAIT_MS
from tests.gui.test_catalogue_screen import catalogue_screen, wait_idle
from tests.helpers import ingredient_id, snapshot, staff

CTRL = Qt.KeyboardModifier.ControlModifier


def test_head_office_ticks_an_ingredients_allergens_and_dishes_follow(qtbot, desk, demo):
    _window, screen = catalogue_screen(qtbot, desk)
    dialog = screen.edit_allergens()
    listing = dialog.ui.ingredientList
    qtbot.waitUntil(lambda: listing.count() > 40, timeout=WAIT_MS)
    sauce = ingredient_id(demo, "sauce_tomate")
    row = next(i for i in range(listing.count()) if listing.item(i).data(ID_ROLE) == sauce)
    listing.setCurrentRow(row)
    assert not dialog.ui.saveButton.isEnabled()  # nothing changed yet
    assert not dialog.boxes["celery"].isChecked()

    dialog.boxes["celery"].setChecked(True)
    assert dialog.ui.saveButton.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "Enregistré" in dialog.ui.messageLabel.text(), timeout=WAIT_MS)
    assert "céleri" in listing.item(row).text()
    with demo.engine.connect() as c:
        recorded = c.execute(
            text("SELECT allergen FROM ingredient_allergens WHERE ingredient_id = :i"), {"i": sauce}
        ).scalars()
        assert list(recorded) == ["celery"]
    margherita = next(
        i for i in menu.menu(demo, staff(demo, "accueil.bastille")).items if i.code == "margherita"
    )
    assert "celery" in margherita.allergens


def test_a_refused_record_says_why_and_writes_nothing(qtbot, desk, demo):
    _window, screen = catalogue_screen(qtbot, desk)
    dialog = screen.edit_allergens()
    listing = dialog.ui.ingredientList
    qtbot.waitUntil(lambda: listing.count() > 40, timeout=WAIT_MS)
    listing.setCurrentRow(0)
    # The ingredient archived on another PC meanwhile: the service refuses, the box stays.
    with demo.engine.begin() as c:
        c.execute(
            text("UPDATE ingredients SET active = 0 WHERE id = :i"), {"i": dialog.current_id()}
        )
    before = snapshot(demo)
    dialog.boxes["lupin"].setChecked(True)
    dialog.record()
    qtbot.waitUntil(lambda: "n'existe pas" in dialog.ui.messageLabel.text(), timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    assert dialog.boxes["lupin"].isChecked()
    assert snapshot(demo) == before
