"""The catalogue screen, driven as head office would: a new pizza typed with its recipe,
memo, options and photo, enabled for Bastille, then offered at Bastille's counter with the
availability the stock allows; a refused save keeps what was typed and writes nothing. On
SQLite and MariaDB."""

from __future__ import annotations

import struct
import zlib
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import text

from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.gui import alerts
from ocpizza_desk.gui.models.catalogue import (
    AvailabilityModel,
    MemoModel,
    OptionRow,
    OptionsModel,
    ProductFilter,
    ProductListModel,
    RecipeModel,
    RecipeRow,
)
from ocpizza_desk.services import catalogue, menu
from tests.gui.driving import WAIT_MS, signed_in
from tests.helpers import snapshot, staff

CTRL = Qt.KeyboardModifier.ControlModifier


def catalogue_screen(qtbot, desk):
    window = signed_in(qtbot, desk, "direction", DEMO_PASSWORDS[Role.HEAD_OFFICE])
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.show_screen("catalogue")
    screen = window.page("catalogue")
    qtbot.waitUntil(lambda: screen.loaded and screen.products.rowCount() > 0, timeout=WAIT_MS)
    return window, screen


def wait_idle(qtbot, desk) -> None:
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)


def scalar(demo, sql: str, **params):
    with demo.engine.connect() as c:
        return c.execute(text(sql), params).scalar()


def png_file(tmp_path, width=40, height=30):
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xc0\x39\x2b" * width for _ in range(height))
    path = tmp_path / "truffe.png"
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


def choose(combo, text_: str) -> None:
    index = combo.findText(text_)
    assert index >= 0, text_
    combo.setCurrentIndex(index)


def add_line(qtbot, screen, ingredient: str, dose: int) -> None:
    ui = screen.ui
    choose(ui.ingredientCombo, ingredient)
    ui.doseSpin.setValue(dose)
    qtbot.mouseClick(ui.addLineButton, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text_: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text_)


def test_head_office_creates_a_pizza_that_bastille_s_counter_then_offers(
    qtbot, desk, demo, alerts_log, recorder, tmp_path
):
    _window, screen = catalogue_screen(qtbot, desk)
    ui = screen.ui
    qtbot.keyClick(screen, Qt.Key.Key_N, CTRL)  # a new product, the code field focused
    assert screen.detail is None and ui.codeEdit.hasFocus()
    qtbot.keyClicks(ui.codeEdit, "truffe_noire")
    type_into(qtbot, ui.nameEdit, "Truffe noire")
    choose(ui.categoryCombo, "Pizzas")
    type_into(qtbot, ui.priceEdit, "17,90")
    assert ui.vatCombo.currentData() == 1000
    type_into(qtbot, ui.bakingEdit, "Four a sole 320, 4 min")
    ui.tabs.setCurrentWidget(ui.recipeTab)
    add_line(qtbot, screen, "Pâton de pâte (250 g)", 1)
    add_line(qtbot, screen, "Crème fraîche liquide 30 % MG", 60)
    add_line(qtbot, screen, "Mozzarella fior di latte", 120)
    add_line(qtbot, screen, "Champignons de Paris frais émincés", 80)
    assert screen.recipe.rowCount() == 4
    assert ui.doseSpin.suffix() == " g"

    ui.tabs.setCurrentWidget(ui.memoTab)
    for step in ("Napper de creme", "Etaler le paton", "Mozzarella, champignons, enfourner"):
        type_into(qtbot, ui.stepEdit, step)
        qtbot.keyClick(ui.stepEdit, Qt.Key.Key_Return)
    ui.memoView.setCurrentIndex(screen.memo.index(1))
    ui.memoView.setFocus()
    qtbot.waitUntil(ui.memoView.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(ui.memoView, Qt.Key.Key_Up, CTRL)  # "Etaler" first
    assert screen.memo.steps[:2] == ["Etaler le paton", "Napper de creme"]

    ui.tabs.setCurrentWidget(ui.optionsTab)
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("remove"))
    choose(ui.optionIngredientCombo, "Champignons de Paris frais émincés")
    qtbot.mouseClick(ui.addOptionButton, Qt.MouseButton.LeftButton)
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("extra"))
    choose(ui.optionIngredientCombo, "Mozzarella fior di latte")
    ui.optionDoseSpin.setValue(60)
    type_into(qtbot, ui.optionPriceEdit, "1,50")
    qtbot.mouseClick(ui.addOptionButton, Qt.MouseButton.LeftButton)
    assert screen.options.rowCount() == 2

    ui.tabs.setCurrentWidget(ui.storesTab)
    assert screen.set_photo_file(png_file(tmp_path))
    assert not ui.photoLabel.pixmap().isNull()
    screen.availability.set_enabled("bastille", True)
    qtbot.keyClick(screen, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: screen.detail is not None, timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    assert alerts_log == []

    product = scalar(demo, "SELECT id FROM products WHERE code = 'truffe_noire'")
    assert screen.detail.product_id == product
    assert scalar(demo, "SELECT price_cents FROM products WHERE id = :p", p=product) == 1790
    assert scalar(demo, "SELECT COUNT(*) FROM recipe_lines WHERE product_id = :p", p=product) == 4
    assert (
        scalar(
            demo, "SELECT text FROM memo_steps WHERE product_id = :p AND position = 1", p=product
        )
        == "Etaler le paton"
    )
    assert scalar(
        demo, "SELECT mime_type FROM product_photos WHERE product_id = :p", p=product
    ) == ("image/png")
    assert (
        scalar(
            demo,
            "SELECT COUNT(*) FROM store_products sp JOIN stores s ON s.id = sp.store_id"
            " WHERE sp.product_id = :p AND sp.enabled = 1",
            p=product,
        )
        == 1
    )
    listed = screen.filter.mapFromSource(screen.products.index(screen.products.row_of(product), 0))
    assert listed.isValid() and screen.ui.productsView.currentIndex().row() == listed.row()

    # Bastille's counter offers it, as many as the stock allows (reservations are already off
    # the balances): the least, over the recipe, of balance // dose.
    counter = staff(demo, "accueil.bastille")
    expected = int(
        scalar(
            demo,
            "SELECT MIN((b.quantity - b.quantity % r.quantity) / r.quantity)"
            " FROM recipe_lines r JOIN stock_balances b ON b.ingredient_id = r.ingredient_id"
            " WHERE r.product_id = :p AND b.store_id = :s",
            p=product,
            s=counter.store_id,
        )
    )
    offered = {i.code: i for i in menu.menu(demo, counter).items}["truffe_noire"]
    assert offered.enabled and offered.can_make == expected > 0
    assert offered.price_cents == 1790 and len(offered.options) == 2
    elsewhere = {i.code: i for i in menu.menu(demo, staff(demo, "accueil.abbesses")).items}
    assert not elsewhere["truffe_noire"].enabled

    assert ("CatalogueScreen", "{shown} of {count} products") in recorder.seen
    mine = {"CataloguePage", "CatalogueScreen", "ProductListModel", "RecipeModel", "OptionsModel"}
    assert ("CataloguePage", "&Recipe") in recorder.seen
    assert [
        (context, source)
        for context, source in recorder.untranslated()
        if context in mine or (context, source) == ("MainWindow", "Catalogue")
    ] == []


def test_a_refused_save_says_why_keeps_what_was_typed_and_writes_nothing(
    qtbot, desk, demo, alerts_log, tmp_path, monkeypatch
):
    _window, screen = catalogue_screen(qtbot, desk)
    ui = screen.ui
    screen.new_product()
    qtbot.keyClicks(ui.codeEdit, "sans_recette")
    qtbot.keyClicks(ui.nameEdit, "Sans recette")
    qtbot.keyClicks(ui.priceEdit, "9,90")
    screen.availability.set_enabled("bastille", True)
    before = snapshot(demo)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.messageLabel.isVisible() and not screen.saving, timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    assert ui.messageLabel.text() == "Un produit doit avoir au moins une ligne de recette."
    assert ui.tabs.currentWidget() is ui.recipeTab  # where to fix it
    assert (ui.codeEdit.text(), ui.nameEdit.text(), ui.priceEdit.text()) == (
        "sans_recette",
        "Sans recette",
        "9,90",
    )
    assert screen.availability.wanted()[staff(demo, "accueil.bastille").store_id]
    assert snapshot(demo) == before

    # A price that is not one: said before anything is sent.
    ui.priceEdit.setText("9,9,9")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert "12,50" in ui.messageLabel.text() and ui.priceEdit.hasFocus()
    assert ui.priceEdit.text() == "9,9,9"
    qtbot.keyClick(ui.priceEdit, Qt.Key.Key_Backspace)  # being fixed: the message goes
    assert not ui.messageLabel.isVisible() and ui.messageLabel.text() == ""
    # A file that only claims to be a PNG is refused when chosen.
    fake = tmp_path / "photo.png"
    fake.write_bytes(b"GIF89a not a png")
    assert not screen.set_photo_file(fake)
    assert "PNG ou JPEG" in ui.messageLabel.text() and screen.photo_bytes is None
    assert alerts_log == []
    assert snapshot(demo) == before

    # Picking another product asks first; "no" keeps the typing.
    def answer_no(kind, _parent, _title, _text) -> bool:
        alerts_log.append(kind)
        return False

    monkeypatch.setattr(alerts, "presenter", answer_no)
    row = screen.filter.mapFromSource(screen.products.index(0, 0)).row()
    ui.productsView.selectRow(row)
    assert alerts_log == ["question"]
    assert screen.detail is None and ui.codeEdit.text() == "sans_recette"
    assert not ui.productsView.selectionModel().hasSelection()
    assert snapshot(demo) == before


def test_a_price_edit_on_stale_data_is_refused_with_who_saved(qtbot, desk, demo, alerts_log):
    _window, screen = catalogue_screen(qtbot, desk)
    ui = screen.ui
    # A product sold in one size: its price is typed in the price field.
    margherita = scalar(demo, "SELECT id FROM products WHERE code = 'tiramisu'")
    screen.open_product(margherita)
    qtbot.waitUntil(lambda: screen.detail is not None, timeout=WAIT_MS)
    assert ui.priceEdit.text() == "5,50" and not ui.priceEdit.isReadOnly()
    # Another head-office PC saves first.
    other = staff(demo, "direction")
    fresh = catalogue.product(demo, other, margherita)
    catalogue.update(
        demo, other, margherita, replace(fresh.draft(), price_cents=1050), fresh.updated_at
    )
    type_into(qtbot, ui.priceEdit, "11,00")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(alerts_log), timeout=WAIT_MS)
    assert other.full_name in alerts_log[-1][2]
    assert ui.priceEdit.text() == "11,00"  # still typed, for the user to decide
    assert scalar(demo, "SELECT price_cents FROM products WHERE id = :p", p=margherita) == 1050


def test_models_pass_the_model_tester(qtmodeltester, demo):
    office = staff(demo, "direction")
    rows = catalogue.products(demo, office)
    products = ProductListModel()
    products.set_rows(rows)
    qtmodeltester.check(products)
    proxy = ProductFilter()
    proxy.setSourceModel(products)
    proxy.set_filter("a", "pizza", True)
    qtmodeltester.check(proxy)

    detail = catalogue.product(demo, office, rows[0].product_id)
    recipe = RecipeModel()
    recipe.set_rows(RecipeRow(r.ingredient_id, r.name, r.unit, r.quantity) for r in detail.recipe)
    qtmodeltester.check(recipe)
    assert recipe.setData(recipe.index(0, 1), 7) and recipe.rows[0].quantity == 7
    assert not recipe.setData(recipe.index(0, 1), 0)
    first = recipe.rows[0]
    recipe.add(RecipeRow(first.ingredient_id, first.name, first.unit, 3))
    assert recipe.rows[0].quantity == 10 and recipe.rowCount() == len(detail.recipe)

    memo = MemoModel()
    memo.set_steps(detail.memo)
    qtmodeltester.check(memo)
    assert memo.move(0, 1) == 1 and memo.steps[1] == detail.memo[0]
    assert memo.move(len(detail.memo) - 1, 1) == len(detail.memo) - 1
    memo.remove(0)
    assert memo.rowCount() == len(detail.memo) - 1

    options = OptionsModel()
    options.set_rows(
        OptionRow(
            o.kind, o.ingredient_id, o.ingredient_name, o.unit, o.quantity, o.price_cents, o.label
        )
        for o in detail.options
    )
    qtmodeltester.check(options)

    stores = AvailabilityModel()
    stores.set_stores(detail.availability)
    qtmodeltester.check(stores)
    stores.setData(stores.index(0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert stores.wanted()[detail.availability[0].store_id] is False
    assert stores.data(QModelIndex()) is None


def _edit_cell(qtbot, view, index, typed: str) -> None:
    """Open the cell's editor as F2 would, type, and confirm with Enter."""
    from PySide6.QtWidgets import QAbstractItemView, QLineEdit

    view.setCurrentIndex(index)
    view.edit(index)
    editors = [w for w in view.findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], typed)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in view.findChildren(QLineEdit)))


def test_an_extra_s_price_is_changed_in_place_and_saved(qtbot, desk, demo, alerts_log):
    _window, screen = catalogue_screen(qtbot, desk)
    ui = screen.ui
    margherita = scalar(demo, "SELECT id FROM products WHERE code = 'margherita'")
    screen.open_product(margherita)
    qtbot.waitUntil(lambda: screen.detail is not None, timeout=WAIT_MS)
    ui.tabs.setCurrentWidget(ui.optionsTab)
    model = ui.optionsView.model()
    rows = [model.rows[r] for r in range(model.rowCount())]
    extra = next(r for r, o in enumerate(rows) if o.kind.value == "extra")
    without = next(r for r, o in enumerate(rows) if o.kind.value == "remove")
    assert not model.flags(model.index(without, 3)) & Qt.ItemFlag.ItemIsEditable
    price = model.index(extra, 3)
    before = model.rows[extra].price_cents

    _edit_cell(qtbot, ui.optionsView, price, "abc")  # not an amount: the cell keeps its value
    assert model.rows[extra].price_cents == before
    _edit_cell(qtbot, ui.optionsView, price, "2,20")
    assert model.rows[extra].price_cents == 220 and " ".join(price.data().split()) == "2,20 €"
    qtbot.keyClick(ui.optionsView, Qt.Key.Key_S, CTRL)
    ingredient = model.rows[extra].ingredient_id
    qtbot.waitUntil(
        lambda: (
            scalar(
                demo,
                "SELECT price_cents FROM customisation_options WHERE product_id = :p "
                "AND kind = 'extra' AND ingredient_id = :i",
                p=margherita,
                i=ingredient,
            )
            == 220
        ),
        timeout=WAIT_MS,
    )
    assert not alerts_log


def test_a_single_piece_is_written_in_the_singular(qapp):
    """A recipe's dose of one piece read "1 pièces" (French takes the singular for 0 and 1,
    English for 1 only)."""
    from ocpizza_desk.domain.enums import Unit
    from ocpizza_desk.gui import i18n

    recipe = RecipeModel()
    recipe.set_rows(
        [
            RecipeRow(1, "Oeuf", Unit.PIECE, 1),
            RecipeRow(2, "Olive", Unit.PIECE, 6),
            RecipeRow(3, "Mozzarella", Unit.GRAM, 1),
        ]
    )

    def units() -> list[str]:
        return [recipe.index(row, 2).data() for row in range(recipe.rowCount())]

    i18n.install("fr", remember=False)
    assert units() == ["pièce", "pièces", "g"]
    i18n.install("en", remember=False)
    try:
        assert units() == ["piece", "pieces", "g"]
    finally:
        i18n.install("fr", remember=False)


def test_a_pizza_s_sizes_are_edited_a_missing_price_refused_then_saved(
    qtbot, desk, demo, alerts_log
):
    """Head office on the sizes table: a size without a price is refused by name and
    nothing is written; a new large price is saved, the default size's price is the
    product's."""
    _window, screen = catalogue_screen(qtbot, desk)
    ui = screen.ui
    regina = scalar(demo, "SELECT id FROM products WHERE code = 'regina'")
    screen.open_product(regina)
    qtbot.waitUntil(lambda: screen.detail is not None, timeout=WAIT_MS)
    table = screen.sizes.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "26 cm",
        "33 cm",
        "40 cm",
    ]
    assert ui.priceEdit.isReadOnly() and ui.priceEdit.text() == "12,50"
    before = snapshot(demo)
    table.item(2, 1).setText("")  # the 40 cm loses its price
    assert screen.unsaved()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.messageLabel.isVisible() and not screen.saving, timeout=WAIT_MS)
    assert "40 cm" in ui.messageLabel.text() and "prix" in ui.messageLabel.text()
    assert snapshot(demo) == before

    table.item(2, 1).setText("18,50")
    table.item(1, 1).setText("12,90")  # the default: the product's price follows
    assert ui.priceEdit.text() == "12,90"
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            scalar(
                demo,
                "SELECT price_cents FROM product_sizes WHERE product_id = :p AND label = '40 cm'",
                p=regina,
            )
            == 1850
        ),
        timeout=WAIT_MS,
    )
    wait_idle(qtbot, desk)
    assert scalar(demo, "SELECT price_cents FROM products WHERE id = :p", p=regina) == 1290
    assert not screen.unsaved()
    assert not alerts_log
