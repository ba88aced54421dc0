"""The cash-close screen driven from the keyboard, as a manager closes the evening: the drawer
counted row by row (Enter goes down), a count that is not one and open orders refused on
screen with nothing written, the carry-over ticked, the confirmation, the Z printed (a PDF
here), a duplicate journalled; the administrator's dashboard says closures go unsigned.
SQLite and MariaDB."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.gui.screenshots import cash_day
from ocpizza_desk.services import closures
from tests.gui.driving import WAIT_MS, signed_in
from tests.helpers import snapshot, staff

OUR_CONTEXTS = {"CashClosePage", "CashCloseScreen", "DrawerModel", "MainWindow", "Printing"}
CTRL = Qt.KeyboardModifier.ControlModifier


def sql(demo, query: str, **params):
    with demo.engine.connect() as c:
        return c.execute(text(query), params).all()


def words(value: str) -> str:
    return " ".join(value.split())


def wait_idle(qtbot, desk) -> None:
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)


def cash_close(qtbot, desk):
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show_screen("cash_close")
    screen = window.page("cash_close")
    qtbot.waitUntil(lambda: screen.preview is not None and not screen.loading, timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    return window, screen


def focused():
    return QApplication.focusWidget()


def type_row(qtbot, screen, keys: str) -> None:
    """Type into the current row of the count (or nothing) and press Enter: the next row."""
    view = screen.ui.drawerView
    row = view.currentIndex().row()
    for key in keys:
        qtbot.keyClick(focused(), key)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    last = screen.model.rowCount() - 1
    qtbot.waitUntil(
        lambda: view.currentIndex().row() == row + 1 or (row == last and focused() is not view),
        timeout=WAIT_MS,
    )


def test_a_manager_closes_the_day_from_the_keyboard_and_prints_the_z(
    qtbot, desk, demo, alerts_log, recorder
):
    cash_day(demo, staff(demo, "responsable.bastille"))  # the evening's counter sales
    _window, screen = cash_close(qtbot, desk)
    found = screen.preview
    assert found.cash_takings_cents > 0
    store = found.store_id
    assert found.closable and found.open_orders  # the demo's orders still in the kitchen
    view = screen.ui.drawerView
    qtbot.waitUntil(lambda: focused() is view, timeout=WAIT_MS)
    assert view.currentIndex().row() == 0
    assert view.currentIndex().column() == screen.model.PIECES

    # The drawer, note by note and coin by coin: 2 € short of what the journal expects.
    wanted = max(0, found.expected_cash_cents - 200)
    drawer = {}
    for denomination in closures.DENOMINATIONS:
        drawer[denomination], wanted = divmod(wanted, denomination)
    type_row(qtbot, screen, "x")  # 500 € notes: not a count, shown in red
    for denomination in closures.DENOMINATIONS[1:]:
        type_row(qtbot, screen, str(drawer[denomination]) if drawer[denomination] else "")
    assert focused() is screen.ui.carryCheck  # past the last coin
    counted = sum(d * n for d, n in drawer.items())
    assert screen.model.total_cents() == counted
    difference = counted - found.expected_cash_cents
    assert difference < 0  # shown live, in red, with a true minus
    assert f"Écart : −{format_cents(-difference, 'fr')}" in screen.ui.differenceLabel.text()

    # Ctrl+Enter: the bad count is named and focused; nothing is written.
    before = snapshot(demo)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert "« x »" in screen.ui.errorLabel.text()
    assert view.currentIndex().row() == 0 and focused() is view
    type_row(qtbot, screen, "0")
    # Open orders: refused until carried over.
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    assert "Reporter" in screen.ui.errorLabel.text()
    assert focused() is screen.ui.carryCheck
    wait_idle(qtbot, desk)
    assert snapshot(demo) == before and not [a for a in alerts_log if a[0] == "question"]
    qtbot.keyClick(screen.ui.carryCheck, Qt.Key.Key_Space)
    assert screen.ui.carryCheck.isChecked()
    qtbot.keyClicks(screen.ui.noteEdit, "Tiroir recompte")

    # Confirmed (the message box answers yes in tests): closed, the Z printed to a PDF.
    with qtbot.waitSignal(screen.closed, timeout=WAIT_MS) as closing:
        qtbot.keyClick(screen.ui.noteEdit, Qt.Key.Key_Return, CTRL)
    questions = [a for a in alerts_log if a[0] == "question"]
    assert len(questions) == 1 and "Clôturer la journée du" in questions[0][2]
    detail = closing.args[0]
    assert detail.counted_cash_cents == counted and detail.difference_cents == difference
    assert set(detail.carried) == {o.order_id for o in found.open_orders}
    assert detail.note == "Tiroir recompte" and not detail.signed
    qtbot.waitUntil(lambda: len(screen.printed) == 1, timeout=WAIT_MS)
    pdf = Path(screen.printed[0].rsplit(" ", 1)[-1])
    page = words(PdfReader(pdf).pages[0].extract_text())
    assert "TICKET Z" in page and "DUPLICATA" not in page
    assert "GRAND TOTAL PERPÉTUEL" in page and detail.fingerprint in page
    rows = sql(
        demo,
        "SELECT kind, counted_cash_cents, expected_cash_cents FROM closures "
        "WHERE store_id = :s AND period_start = :d AND kind = 'day'",
        s=store,
        d=found.business_date,
    )
    assert [tuple(r) for r in rows] == [("day", counted, found.expected_cash_cents)]

    # The screen now shows the closed day; Ctrl+P prints a duplicate, journalled.
    qtbot.waitUntil(
        lambda: screen.closed_detail is not None and not screen.loading, timeout=WAIT_MS
    )
    assert "Clôturée le" in screen.ui.statusLabel.text()
    assert not screen.ui.closeButton.isEnabled() and screen.model.read_only
    qtbot.keyClick(screen, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: len(screen.printed) == 2, timeout=WAIT_MS)
    duplicate = Path(screen.printed[1].rsplit(" ", 1)[-1])
    assert "DUPLICATA" in words(PdfReader(duplicate).pages[0].extract_text())
    last = sql(
        demo,
        "SELECT kind, reference FROM sales_journal WHERE store_id = :s "
        "ORDER BY sequence DESC LIMIT 1",
        s=store,
    )
    assert tuple(last[0]) == ("duplicate", f"Z-{found.business_date.isoformat()}")

    # Earlier closures: today's on top; a month the demo's history closed cannot be closed
    # again: refused, saying by whom, nothing written.
    screen.ui.tabs.setCurrentWidget(screen.ui.historyTab)
    qtbot.waitUntil(lambda: bool(screen.history) and screen.history[0].id == detail.id,
                    timeout=WAIT_MS)  # fmt: skip
    month = next(r for r in screen.history if r.kind == "month").period_start
    combo = screen.ui.monthCombo
    combo.setCurrentIndex(combo.findData(month.year * 100 + month.month))
    assert combo.currentText() == month.strftime("%m/%Y")
    before = snapshot(demo)
    screen.ui.closeMonthButton.click()
    qtbot.waitUntil(lambda: any(a[0] == "warning" for a in alerts_log), timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    refusal = [a for a in alerts_log if a[0] == "warning"][-1][2]
    assert refusal.startswith("Déjà clôturé (mois de ")
    assert snapshot(demo) == before
    assert not [a for a in alerts_log if a[0] == "critical"]
    assert recorder.untranslated() == []
    assert {c for c, _s in recorder.seen} & OUR_CONTEXTS == OUR_CONTEXTS


def test_the_administrators_dashboard_says_closures_are_not_signed(qtbot, desk, demo):
    window = signed_in(qtbot, desk, "admin", DEMO_PASSWORDS[Role.ADMIN])
    window.show_screen("dashboard")
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=WAIT_MS)
    assert dashboard.data.signing is not None and dashboard.data.signing.active_keys == 0
    assert dashboard.signing_label.isVisible()
    assert "Aucune clé de signature" in dashboard.signing_label.text()
    assert "cash_close" not in window.visible_screens()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_open_orders_use_the_columns_height_on_a_wide_screen(qtbot, desk, demo):
    """At 1920 px the open orders scrolled five at a time above an empty half of the
    column; they now go down to their last row, and no empty box below it."""
    cash_day(demo, staff(demo, "responsable.bastille"))
    window, screen = cash_close(qtbot, desk)
    window.resize(1920, 1010)
    window.show()
    table = screen.ui.openTable
    assert table.rowCount() > 6  # more than the old five-row box held
    qtbot.waitUntil(lambda: table.isVisible() and table.height() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() == 0, timeout=WAIT_MS)
    last = table.visualRect(table.model().index(table.rowCount() - 1, 0))
    assert table.viewport().height() - last.bottom() < last.height()
