"""The stock screen, driven as a store manager would through a day: a morning supplier
receipt, a waste entry (refused inputs first), an evening inventory count with a
difference, a threshold changed in the table; then head office reading it. Balances and
the ledger are checked with SQL, on SQLite and MariaDB."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from sqlalchemy import text

from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role, Unit
from ocpizza_desk.gui.models.stock import (
    INGREDIENT_ID_ROLE,
    CountSheetModel,
    LedgerModel,
    ReceiptSheetModel,
    StockFilterModel,
    StockLevelsModel,
    format_quantity,
    parse_quantity,
)
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import stock
from tests.gui.driving import WAIT_MS, signed_in
from tests.helpers import ledger_mismatches, snapshot, staff

OUR_CONTEXTS = {
    "StockPage",
    "StockScreen",
    "StockModels",
    "StockSheetDialog",
    "StockWasteDialog",
    "ReceiptDialog",
    "CountDialog",
    "WasteDialog",
    "MainWindow",
}


def sql(demo, query: str, **params):
    with demo.engine.connect() as c:
        return c.execute(text(query), params).all()


def store_id(demo, code: str) -> int:
    return sql(demo, "SELECT id FROM stores WHERE code = :c", c=code)[0][0]


def ingredient(demo, code: str) -> tuple[int, int]:
    """(id, pack size)."""
    return tuple(sql(demo, "SELECT id, pack_size FROM ingredients WHERE code = :c", c=code)[0])


def held(demo, store: int, ingredient_id: int) -> int:
    return sql(
        demo,
        "SELECT quantity FROM stock_balances WHERE store_id = :s AND ingredient_id = :i",
        s=store,
        i=ingredient_id,
    )[0][0]


def last_movements(demo, store: int, kind: str, limit: int = 10):
    return sql(
        demo,
        "SELECT ingredient_id, delta, reference, reason, count_id FROM stock_movements "
        "WHERE store_id = :s AND kind = :k ORDER BY id DESC LIMIT " + str(limit),
        s=store,
        k=kind,
    )


def wait_idle(qtbot, desk) -> None:
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)


def stock_screen(qtbot, desk, username: str, role: Role):
    window = signed_in(qtbot, desk, username, DEMO_PASSWORDS[role])
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("stock")
    screen = window.page("stock")
    qtbot.waitUntil(lambda: screen.loaded and screen.levels.rowCount() > 0, timeout=WAIT_MS)
    return window, screen


def open_dialog(qtbot, screen, button):
    button.click()
    dialog = screen.active_dialog
    qtbot.waitExposed(dialog)
    return dialog


def find_row(qtbot, dialog, name: str) -> int:
    """Filter the sheet by name, as a user looking for one ingredient does."""
    dialog.ui.filterEdit.setText(name)  # QTest types ASCII only
    assert dialog.proxy.rowCount() == 1
    return 0


def type_in_cell(qtbot, view, row: int, column: int, typed: str) -> None:
    """Open the cell's editor (F2), type, Enter."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_a_managers_day_receipt_waste_and_count(qtbot, desk, demo, alerts_log, recorder):
    store = store_id(demo, "bastille")
    mozzarella, mozzarella_pack = ingredient(demo, "mozzarella")
    basil, _ = ingredient(demo, "basilic")
    dough, _ = ingredient(demo, "paton")
    tiramisu, _ = ingredient(demo, "tiramisu")
    window, screen = stock_screen(qtbot, desk, "responsable.bastille", Role.MANAGER)
    ui = screen.ui
    assert window.current_screen() == "stock"
    assert ui.receiptButton.isVisible() and not ui.storeCombo.isVisible()
    # What the table shows is the database's balance, in the ingredient's unit.
    rows = {
        screen.levels.index(r, 0).data(INGREDIENT_ID_ROLE): r
        for r in range(screen.levels.rowCount())
    }
    assert set(rows) == {
        i
        for (i,) in sql(
            demo, "SELECT ingredient_id FROM stock_balances WHERE store_id = :s", s=store
        )
    }
    shown = screen.levels.index(rows[mozzarella], StockLevelsModel.BALANCE).data()
    assert shown == format_quantity(held(demo, store, mozzarella), Unit.GRAM)
    low = sql(
        demo,
        "SELECT COUNT(*) FROM stock_balances WHERE store_id = :s AND quantity < threshold",
        s=store,
    )[0][0]
    assert f"{low} sous le seuil" in ui.countLabel.text()
    marked = [
        r
        for r in range(screen.proxy.rowCount())
        if screen.proxy.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    ]
    assert len(marked) == low and marked == list(range(low))  # on top, coloured

    # Morning: the supplier delivers 2 bags of mozzarella and a loose 150 g of basil.
    before_moz, before_basil = held(demo, store, mozzarella), held(demo, store, basil)
    dialog = open_dialog(qtbot, screen, ui.receiptButton)
    assert dialog.windowTitle() == "Réception fournisseur"
    row = find_row(qtbot, dialog, "Mozzarella")
    pack_text = dialog.proxy.index(row, ReceiptSheetModel.PACK).data()
    assert "Sac de 2,5 kg" in pack_text
    type_in_cell(qtbot, dialog.ui.sheetView, row, ReceiptSheetModel.PACKS, "-2")
    dialog.ui.reviewButton.click()  # a delivery adds: refused, and the typing stays
    assert "« -2 » n'est pas une quantité pour Mozzarella" in dialog.ui.errorLabel.text()
    assert dialog.proxy.index(row, ReceiptSheetModel.PACKS).data() == "-2"
    type_in_cell(qtbot, dialog.ui.sheetView, row, ReceiptSheetModel.PACKS, "2")
    row = find_row(qtbot, dialog, "Basilic")
    type_in_cell(qtbot, dialog.ui.sheetView, row, ReceiptSheetModel.LOOSE, "150 g")
    qtbot.keyClicks(dialog.ui.noteEdit, "BL-BASTILLE-0601")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # review first
    dialog.ui.reviewButton.click()
    review = dialog.ui.reviewBrowser.toPlainText()
    assert "2 × Sac de 2,5 kg" in review and "+150" in review
    assert ok.isEnabled() and ok.text() == "&Confirmer la réception"
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        ok.click()
    wait_idle(qtbot, desk)
    assert held(demo, store, mozzarella) == before_moz + 2 * mozzarella_pack
    assert held(demo, store, basil) == before_basil + 150
    assert sorted(last_movements(demo, store, "receipt", 2)) == sorted(
        [
            (mozzarella, 2 * mozzarella_pack, "BL-BASTILLE-0601", None, None),
            (basil, 150, "BL-BASTILLE-0601", None, None),
        ]
    )
    qtbot.waitUntil(
        lambda: (
            screen.levels.index(rows[mozzarella], StockLevelsModel.BALANCE).data()
            == format_quantity(before_moz + 2 * mozzarella_pack, Unit.GRAM)
        ),
        timeout=WAIT_MS,
    )

    # Its ledger, newest first: the receipt on top; filtered to waste, none of it.
    screen.ui.searchEdit.setFocus()
    qtbot.keyClicks(screen.ui.searchEdit, "mozza")
    assert screen.proxy.rowCount() == 1
    screen.ui.levelsView.selectRow(0)
    qtbot.waitUntil(
        lambda: screen.ledger.rowCount() > 0 and not screen.ledger.loading, timeout=WAIT_MS
    )
    newest = sql(
        demo,
        "SELECT id, delta FROM stock_movements WHERE store_id = :s AND ingredient_id = :i "
        "ORDER BY id DESC LIMIT 1",
        s=store,
        i=mozzarella,
    )[0]
    assert screen.ledger.row_at(0).id == newest[0]
    assert screen.ledger.index(0, 1).data() == "Réception fournisseur"
    assert "BL-BASTILLE-0601" in screen.ledger.index(0, 3).data()
    screen.ui.kindCombo.setCurrentIndex(screen.ui.kindCombo.findData("waste"))
    qtbot.waitUntil(lambda: not screen.ledger.loading, timeout=WAIT_MS)
    wastes = sql(
        demo,
        "SELECT COUNT(*) FROM stock_movements WHERE store_id = :s AND ingredient_id = :i "
        "AND kind = 'waste'",
        s=store,
        i=mozzarella,
    )[0][0]
    assert screen.ledger.rowCount() == min(wastes, 100)
    assert all(screen.ledger.index(r, 1).data() == "Perte" for r in range(screen.ledger.rowCount()))

    # Waste: a negative quantity, then no reason, are refused with what was typed kept.
    unchanged = snapshot(demo)
    dialog = open_dialog(qtbot, screen, ui.wasteButton)
    assert dialog.ui.ingredientCombo.currentData() == mozzarella  # the selected one
    qtbot.keyClicks(dialog.ui.quantityEdit, "-200")
    qtbot.keyClicks(dialog.ui.reasonEdit, "Sac perce")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    qtbot.waitUntil(lambda: "Quantité invalide" in dialog.ui.errorLabel.text(), timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.ui.quantityEdit.text() == "-200"
    dialog.ui.quantityEdit.clear()
    qtbot.keyClicks(dialog.ui.quantityEdit, "0,2 kg")
    assert dialog.ui.errorLabel.text() == ""  # being fixed: the message is gone
    dialog.ui.reasonEdit.clear()
    ok.click()
    qtbot.waitUntil(lambda: "raison" in dialog.ui.errorLabel.text(), timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.ui.quantityEdit.text() == "0,2 kg"
    dialog.ui.quantityEdit.clear()
    qtbot.keyClicks(dialog.ui.quantityEdit, "deux")
    ok.click()
    assert "n'est pas une quantité" in dialog.ui.errorLabel.text()
    assert snapshot(demo) == unchanged
    dialog.ui.quantityEdit.clear()
    qtbot.keyClicks(dialog.ui.quantityEdit, "0,2 kg")
    qtbot.keyClicks(dialog.ui.reasonEdit, "Sac perce au dechargement")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        ok.click()
    wait_idle(qtbot, desk)
    after_receipt = before_moz + 2 * mozzarella_pack
    assert held(demo, store, mozzarella) == after_receipt - 200
    assert last_movements(demo, store, "waste", 1) == [
        (mozzarella, -200, None, "Sac perce au dechargement", None)
    ]
    qtbot.waitUntil(
        lambda: not screen.ledger.loading and screen.ledger.rowCount() == min(wastes + 1, 100),
        timeout=WAIT_MS,
    )
    screen.ui.kindCombo.setCurrentIndex(0)
    screen.ui.searchEdit.clear()

    # Evening count: nothing entered changes nothing; a bad entry is refused and kept.
    unchanged = snapshot(demo)
    dialog = open_dialog(qtbot, screen, ui.countButton)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    dialog.ui.reviewButton.click()
    assert "Rien n'a été compté" in dialog.ui.errorLabel.text() and not ok.isEnabled()
    expected_dough = held(demo, store, dough)
    expected_tiramisu = held(demo, store, tiramisu)
    row = find_row(qtbot, dialog, "Pâton")
    assert dialog.proxy.index(row, CountSheetModel.EXPECTED).data() == format_quantity(
        expected_dough, Unit.PIECE
    )
    type_in_cell(qtbot, dialog.ui.sheetView, row, CountSheetModel.COUNTED, "beaucoup")
    dialog.ui.reviewButton.click()
    assert "« beaucoup » n'est pas une quantité" in dialog.ui.errorLabel.text()
    assert dialog.proxy.index(row, CountSheetModel.COUNTED).data() == "beaucoup"
    assert not ok.isEnabled()
    type_in_cell(qtbot, dialog.ui.sheetView, row, CountSheetModel.COUNTED, str(expected_dough - 3))
    assert dialog.proxy.index(row, CountSheetModel.DIFFERENCE).data() == "−3\u00a0pièces"
    row = find_row(qtbot, dialog, "Tiramisu")
    type_in_cell(qtbot, dialog.ui.sheetView, row, CountSheetModel.COUNTED, str(expected_tiramisu))
    assert dialog.proxy.index(row, CountSheetModel.DIFFERENCE).data() == "="
    qtbot.keyClicks(dialog.ui.noteEdit, "Inventaire du soir")
    dialog.ui.reviewButton.click()
    review = dialog.ui.reviewBrowser.toPlainText()
    assert "2 comptés, dont 1 avec un écart" in review and "−3" in review
    assert snapshot(demo) == unchanged  # nothing written before the confirmation
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        ok.click()
    wait_idle(qtbot, desk)
    assert held(demo, store, dough) == expected_dough - 3
    assert held(demo, store, tiramisu) == expected_tiramisu
    adjustment = last_movements(demo, store, "adjustment", 1)[0]
    assert adjustment[:2] == (dough, -3) and adjustment[3] == "Inventaire du soir"
    lines = sql(
        demo,
        "SELECT ingredient_id, expected, counted FROM inventory_count_lines WHERE count_id = :c "
        "ORDER BY ingredient_id",
        c=adjustment[4],
    )
    assert sorted(lines) == sorted(
        [
            (dough, expected_dough, expected_dough - 3),
            (tiramisu, expected_tiramisu, expected_tiramisu),
        ]
    )

    # The alert threshold, changed in the table ("4 kg"), and a typo refused.
    screen.ui.searchEdit.setFocus()
    qtbot.keyClicks(screen.ui.searchEdit, "mozza")
    type_in_cell(qtbot, screen.ui.levelsView, 0, StockLevelsModel.THRESHOLD, "4 kg")
    wait_idle(qtbot, desk)
    threshold = "SELECT threshold FROM stock_balances WHERE store_id = :s AND ingredient_id = :i"
    assert sql(demo, threshold, s=store, i=mozzarella)[0][0] == 4000
    qtbot.waitUntil(
        lambda: (
            screen.levels.index(rows[mozzarella], StockLevelsModel.THRESHOLD).data() == "4\u00a0kg"
        ),
        timeout=WAIT_MS,
    )
    type_in_cell(qtbot, screen.ui.levelsView, 0, StockLevelsModel.THRESHOLD, "4 l")
    assert alerts_log and "n'est pas une quantité" in alerts_log[-1][2]
    assert sql(demo, threshold, s=store, i=mozzarella)[0][0] == 4000

    assert ledger_mismatches(demo) == 0
    assert recorder.untranslated() == []
    assert {c for c, _s in recorder.seen} & OUR_CONTEXTS


def test_a_stock_change_elsewhere_shows_without_refresh(qtbot, desk, demo, alerts_log):
    store = store_id(demo, "bastille")
    basil, _ = ingredient(demo, "basilic")
    _window, screen = stock_screen(qtbot, desk, "responsable.bastille", Role.MANAGER)
    before = held(demo, store, basil)
    # Another manager's PC receives basil.
    stock.receive(demo, staff(demo, "responsable.bastille"), {}, units={basil: 70})
    row = screen.levels.row_of(basil)
    qtbot.waitUntil(
        lambda: (
            screen.levels.index(row, StockLevelsModel.BALANCE).data()
            == format_quantity(before + 70, Unit.GRAM)
        ),
        timeout=WAIT_MS,
    )


def test_head_office_reads_any_store_without_changing_it(qtbot, desk, demo, alerts_log):
    _window, screen = stock_screen(qtbot, desk, "direction", Role.HEAD_OFFICE)
    ui = screen.ui
    assert ui.storeCombo.isVisible()
    for button in (ui.receiptButton, ui.countButton, ui.wasteButton):
        assert not button.isVisible()
    qtbot.waitUntil(lambda: ui.storeCombo.count() > 1, timeout=WAIT_MS)
    store = store_id(demo, "abbesses")
    ui.storeCombo.setCurrentIndex(ui.storeCombo.findData(store))
    qtbot.waitUntil(
        lambda: screen.loaded and screen.store_id == store and screen.levels.rowCount() > 0,
        timeout=WAIT_MS,
    )
    wait_idle(qtbot, desk)
    expected = dict(
        sql(demo, "SELECT ingredient_id, quantity FROM stock_balances WHERE store_id = :s", s=store)
    )
    assert {line.ingredient_id: line.quantity for line in screen.levels.lines} == expected
    index = screen.levels.index(0, StockLevelsModel.THRESHOLD)
    assert not screen.levels.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not screen.levels.setData(index, "5")
    screen.open_receipt()
    assert screen.active_dialog is None


def test_quantities_read_and_typed_in_their_unit(qapp):
    assert parse_quantity("2,5 kg", Unit.GRAM) == 2500
    assert parse_quantity("2500", Unit.GRAM) == 2500
    assert parse_quantity("9 500 g", Unit.GRAM) == 9500
    assert parse_quantity("1.5 l", Unit.MILLILITRE) == 1500
    assert parse_quantity("33 cl", Unit.MILLILITRE) == 330
    assert parse_quantity("12 pcs", Unit.PIECE) == 12
    assert parse_quantity("-3", Unit.PIECE) == -3
    for bad in ("", "deux", "2 kg", "2,5", "1 l 2"):
        assert parse_quantity(bad, Unit.PIECE if bad != "2 kg" else Unit.MILLILITRE) is None
    assert format_quantity(9500, Unit.GRAM).replace("\u00a0", " ") in ("9,5 kg", "9.5 kg")
    assert format_quantity(-3, Unit.PIECE, signed=True).startswith("−3")


def test_models_pass_the_model_tester(qtmodeltester, qtbot, demo):
    manager = staff(demo, "responsable.bastille")
    lines = stock.levels(demo, manager)
    levels = StockLevelsModel(editable=True)
    levels.set_lines(lines)
    qtmodeltester.check(levels)
    # A name or a pack cut at 1366 px reads whole in its tooltip.
    longest = max(range(len(lines)), key=lambda r: len(lines[r].name))
    for column in (StockLevelsModel.INGREDIENT, StockLevelsModel.PACK):
        cell = levels.index(longest, column)
        tip = cell.data(Qt.ItemDataRole.ToolTipRole)
        assert tip and tip == cell.data(Qt.ItemDataRole.DisplayRole)
    assert lines[longest].name == levels.index(longest, 0).data(Qt.ItemDataRole.ToolTipRole)
    proxy = StockFilterModel()
    proxy.setSourceModel(levels)
    proxy.set_text("mo")
    qtmodeltester.check(proxy)
    receipt = ReceiptSheetModel()
    receipt.set_lines(lines)
    receipt.set_entry(lines[0].ingredient_id, ReceiptSheetModel.PACKS, "2")
    receipt.set_entry(lines[1].ingredient_id, ReceiptSheetModel.LOOSE, "n'importe")
    qtmodeltester.check(receipt)
    count = CountSheetModel()
    count.set_lines(lines)
    count.set_entry(lines[0].ingredient_id, CountSheetModel.COUNTED, "12")
    qtmodeltester.check(count)
    assert count.counted() == {lines[0].ingredient_id: 12}
    runner = TaskRunner()
    ledger = LedgerModel(runner)
    ledger.load(lambda cursor: (stock.ledger_page(demo, manager, lines[0].ingredient_id), None))
    qtbot.waitUntil(lambda: ledger.rowCount() > 0 and not ledger.loading, timeout=WAIT_MS)
    qtmodeltester.check(ledger)
    assert ledger.rowCount(QModelIndex()) == len(
        sql(
            demo,
            "SELECT id FROM stock_movements WHERE store_id = :s AND ingredient_id = :i "
            "ORDER BY id DESC LIMIT 100",
            s=manager.store_id,
            i=lines[0].ingredient_id,
        )
    )


def test_a_threshold_changed_on_another_pc_is_not_overwritten(qtbot, desk, demo, alerts_log):
    store = store_id(demo, "bastille")
    mozzarella, _ = ingredient(demo, "mozzarella")
    window, screen = stock_screen(qtbot, desk, "responsable.bastille", Role.MANAGER)
    window.feed.stop()  # the screen still shows the old threshold when the user types
    shown = screen.levels.line(screen.levels.row_of(mozzarella)).threshold
    stock.set_threshold(demo, staff(demo, "responsable.bastille"), mozzarella, shown + 700)
    screen.ui.searchEdit.setText("mozza")
    type_in_cell(qtbot, screen.ui.levelsView, 0, StockLevelsModel.THRESHOLD, "9 kg")
    qtbot.waitUntil(lambda: bool(alerts_log), timeout=WAIT_MS)
    assert "a modifié ce seuil" in alerts_log[-1][2]
    query = "SELECT threshold FROM stock_balances WHERE store_id = :s AND ingredient_id = :i"
    assert sql(demo, query, s=store, i=mozzarella)[0][0] == shown + 700
    qtbot.waitUntil(  # reloaded: the other PC's value is shown
        lambda: screen.levels.line(screen.levels.row_of(mozzarella)).threshold == shown + 700,
        timeout=WAIT_MS,
    )


def test_the_screen_follows_the_language(qtbot, desk, demo, alerts_log):
    window, screen = stock_screen(qtbot, desk, "responsable.bastille", Role.MANAGER)
    assert screen.ui.countButton.text() == "&Inventaire…"
    combo = window.ui.languageCombo
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: screen.ui.countButton.text() == "&Inventory count…")
    assert screen.ui.kindCombo.itemText(0) == "All movements"
    assert screen.levels.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == (
        "In stock"
    )
    assert "under threshold" in screen.ui.countLabel.text()
    combo.setCurrentIndex(combo.findData("fr"))
    qtbot.waitUntil(lambda: screen.ui.countButton.text() == "&Inventaire…")


def test_a_count_confirmed_after_stock_moved_says_so(qtbot, desk, demo, alerts_log):
    store = store_id(demo, "bastille")
    dough, _ = ingredient(demo, "paton")
    _window, screen = stock_screen(qtbot, desk, "responsable.bastille", Role.MANAGER)
    dialog = open_dialog(qtbot, screen, screen.ui.countButton)
    expected = held(demo, store, dough)
    row = find_row(qtbot, dialog, "Pâton")
    type_in_cell(qtbot, dialog.ui.sheetView, row, CountSheetModel.COUNTED, str(expected - 2))
    assert dialog.review()
    # Meanwhile the counter sells: another PC takes one dough ball.
    stock.waste(demo, staff(demo, "responsable.bastille"), dough, 1, "Pate tombee")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        ok.click()
    wait_idle(qtbot, desk)
    assert held(demo, store, dough) == expected - 2  # what was counted is the balance
    assert last_movements(demo, store, "adjustment", 1)[0][:2] == (dough, -1)
    assert alerts_log and "Le stock a bougé pendant le comptage" in alerts_log[-1][2]
    assert ledger_mismatches(demo) == 0
