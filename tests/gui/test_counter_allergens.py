"""The counter answers an allergen question: the selected dish's allergens under the menu (a
customised cart line's as made), and the menu filtered "sans gluten". On SQLite and MariaDB."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import text

from ocpizza_desk.domain.enums import CustomisationKind
from ocpizza_desk.gui import i18n, printing
from ocpizza_desk.gui.models.menu import PRODUCT_ID_ROLE
from tests.gui.driving import WAIT_MS
from tests.gui.test_counter import add_product, counter_window
from tests.gui.test_printing import _NoPrinter

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_names(screen) -> set[str]:
    f = screen.menu_filter
    return {
        screen.menu_model.item(f.index(r, 0).data(PRODUCT_ID_ROLE)).name
        for r in range(f.rowCount())
    }


def select_menu_row(screen, name: str) -> None:
    f = screen.menu_filter
    row = next(r for r in range(f.rowCount()) if f.index(r, 0).data() == name)
    screen.ui.menuView.selectRow(row)


def test_the_counter_shows_filters_and_follows_customisations(qtbot, desk, demo, alerts_log):
    _window, screen = counter_window(qtbot, desk)
    bar = screen.allergen_bar

    select_menu_row(screen, "Chèvre-Miel")
    assert bar.label.text() == "Chèvre-Miel contient : gluten, lait, fruits à coque"
    select_menu_row(screen, "Coca-Cola 33 cl")
    assert bar.label.text() == "Coca-Cola 33 cl : aucun des 14 allergènes réglementaires"

    # "Sans gluten": only the dishes known to be free of it stay in the list.
    bar.combo.setCurrentIndex(bar.combo.findText("Sans gluten"))
    names = shown_names(screen)
    assert "Coca-Cola 33 cl" in names and "Burrata et tomates cerises" in names
    assert not {"Margherita", "Peroni Nastro Azzurro 33 cl", "Tiramisu"} & names
    bar.combo.setCurrentIndex(bar.combo.findText("Sans fruits à coque"))
    names = shown_names(screen)
    assert "Margherita" in names and "Chèvre-Miel" not in names
    bar.combo.setCurrentIndex(0)
    assert "Chèvre-Miel" in shown_names(screen)

    # In English, the same filter stays chosen and the line speaks English.
    bar.combo.setCurrentIndex(bar.combo.findData("gluten"))
    assert bar.excluded() == ("gluten",)
    select_menu_row(screen, "Coca-Cola 33 cl")
    i18n.install("en", remember=False)
    try:
        qtbot.waitUntil(lambda: bar.combo.currentText() == "Without gluten", timeout=WAIT_MS)
        assert bar.excluded() == ("gluten",)
        assert bar.label.text() == "Coca-Cola 33 cl: none of the 14 regulated allergens"
        assert "Margherita" not in shown_names(screen)
    finally:
        i18n.install("fr", remember=False)
    qtbot.waitUntil(lambda: bar.combo.currentText() == "Sans gluten", timeout=WAIT_MS)
    bar.combo.setCurrentIndex(0)

    # A Chèvre-Miel without walnuts: the cart line's allergens lose the nuts, not the milk.
    add_product(qtbot, screen, "Miel")
    item = screen.menu_model.item(screen.cart.entries[0].product_id)
    no_nuts = next(
        o for o in item.options if o.kind is CustomisationKind.REMOVE and "noix" in o.label.lower()
    )
    screen.ui.cartView.selectRow(0)
    assert "fruits à coque" in bar.label.text()
    screen.cart.set_options(0, (no_nuts,))
    assert bar.label.text() == "Chèvre-Miel contient : gluten, lait"


def test_the_allergen_sheet_is_printed_on_request(qtbot, desk, demo, monkeypatch, tmp_path):
    """No printer on this PC: the sheet goes to a PDF, one strip of roll, every dish on it."""
    monkeypatch.setattr(printing, "QPrinterInfo", _NoPrinter)
    monkeypatch.setattr(printing, "user_data_path", lambda *names: tmp_path / "data")
    window, screen = counter_window(qtbot, desk)
    with demo.engine.begin() as c:  # basil not recorded: the sheet must not say "none"
        c.execute(
            text("UPDATE ingredients SET allergens_recorded_at = NULL WHERE code = 'basilic'")
        )
    screen.allergen_bar.print_button.click()
    folder = tmp_path / "data" / "prints"
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 1, timeout=WAIT_MS)
    [pdf] = folder.glob("*.pdf")
    reader = PdfReader(pdf)
    sheet = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Allergènes de la carte" in sheet
    assert "Chèvre-Miel Céréales contenant du gluten, Lait, Fruits à coque" in sheet
    assert "Coca-Cola 33 cl Aucun des 14 allergènes" in sheet
    assert "Margherita Non renseigné pour Basilic frais : demandez-nous" in sheet
    assert window.statusBar().currentMessage() == (
        f"Pas d'imprimante : fiche allergènes enregistrée sous {pdf}"
    )
