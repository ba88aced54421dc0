"""The reports screen over the generated orders of tests/test_reports.py, on SQLite and
MariaDB: head office runs a report, the tables show the service's figures formatted the French
way (formatted again here, independently), the charts have one series per store and one point
per period, a cancelled run keeps the previous figures, a manager sees only their store, and
each export writes a file that is read back."""

from __future__ import annotations

import csv
import re
import threading
from datetime import date

import pytest
from PySide6.QtCharts import QBarSeries, QLineSeries, QPieSeries
from PySide6.QtWidgets import QFileDialog

from ocpizza_desk.domain.enums import Role
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.screens.reports import ReportsScreen, quick_period
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import reports
from ocpizza_desk.services.reports import Granularity, ReportRequest
from tests.gui.driving import WAIT_MS
from tests.test_reports import FIRST, LAST, build

NBSP, NNBSP = "\u00a0", "\u202f"


# --------------------------------------------------------------- formatting, the other way


def euros(cents: int) -> str:
    whole, rest = divmod(cents, 100)
    groups = []
    text = str(whole)
    while len(text) > 3:
        groups.insert(0, text[-3:])
        text = text[:-3]
    groups.insert(0, text)
    return f"{NNBSP.join(groups)},{rest:02d}{NBSP}€"


def percent(ratio: float) -> str:
    return f"{round(ratio * 1000) / 10:.1f}".replace(".", ",") + f"{NBSP}%"


def minutes(seconds: int | None) -> str:
    if seconds is None:
        return "—"
    assert seconds < 3600  # the generated orders take less than an hour per step
    return f"{seconds // 60}{NBSP}min{NBSP}{seconds % 60:02d}{NBSP}s"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def world(db, qt_settings, alerts_log):
    data, tiny = build(db)
    return db, data, tiny


def open_screen(qtbot, ctx, session) -> ReportsScreen:
    runner = TaskRunner()
    screen = ReportsScreen(ctx, session, runner)
    screen.runner_ref = runner  # kept alive with the screen
    qtbot.addWidget(screen)
    screen.resize(1300, 820)
    screen.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    return screen


def run(qtbot, screen, first=FIRST, last=LAST, granularity=Granularity.DAY) -> None:
    screen.set_dates(first, last)
    screen.set_granularity(granularity)
    before = screen.report
    screen.ui.runButton.click()
    qtbot.waitUntil(lambda: not screen.running and screen.report is not before, timeout=WAIT_MS)


def spaces(text: str) -> str:
    """PDF text extraction gives tabs or nothing for the (non-breaking) spaces."""
    return re.sub(r"\s+", " ", text)


def headers(table) -> list[str]:
    """Column titles, without the line breaks that fit them in narrow columns."""
    return [
        " ".join(table.horizontalHeaderItem(c).text().split()) for c in range(table.columnCount())
    ]


def table_rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def save_to(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


# --------------------------------------------------------------------------- tests


def test_head_office_sees_every_figure_formatted_the_french_way(qtbot, world, recorder):
    ctx, _data, tiny = world
    office = tiny.staff[Role.HEAD_OFFICE]
    screen = open_screen(qtbot, ctx, office)
    assert screen.ui.storesButton.isEnabled()
    assert screen.ui.resultsStack.currentWidget() is screen.ui.emptyPage
    assert not screen.ui.csvButton.isEnabled()  # nothing to export yet
    qtbot.waitUntil(lambda: len(screen.store_choices) == 2, timeout=WAIT_MS)

    run(qtbot, screen)
    expected = reports.report(ctx, office, ReportRequest(FIRST, LAST))
    assert screen.ui.resultsStack.currentWidget() is screen.ui.tabs
    assert "24/03/2026" in screen.ui.coverageLabel.text()
    # Stores side by side, one figure a line, all together in the last column.
    table = screen.ui.summaryTable
    assert headers(table) == ["", "OC Pizza Second", "OC Pizza Test", "Ensemble"]
    columns = [[row[c] for row in table_rows(table)] for c in range(1, 4)]
    for column, figures in zip(columns, expected.per_store, strict=True):
        assert column == [
            str(figures.orders),
            str(figures.cancelled),
            percent(figures.cancelled / figures.orders),
            euros(figures.ttc_cents),
            euros(figures.ht_cents),
            euros(figures.average_basket_cents),
            minutes(figures.preparation_p50_s),
            minutes(figures.preparation_p90_s),
            minutes(figures.delivery_p50_s),
            minutes(figures.delivery_p90_s),
            percent(figures.late / figures.completed),
            minutes(figures.lateness_p50_s),
        ]
    assert table.item(3, 0).text() == "CA TTC" and table.item(3, 3).font().bold()

    # Revenue: one bar series per store, one point per day, and the total as a line.
    chart = screen.panels["revenue"].chart
    bars = [s for s in chart.series() if isinstance(s, QBarSeries)]
    lines = [s for s in chart.series() if isinstance(s, QLineSeries)]
    assert len(bars) == 1 and len(lines) == 1
    days = sorted({r.period for r in expected.revenue})
    assert [b.label() for b in bars[0].barSets()] == ["OC Pizza Second", "OC Pizza Test"]
    assert all(b.count() == len(days) for b in bars[0].barSets())
    assert lines[0].count() == len(days) == 14
    totals = {d: sum(r.ttc_cents for r in expected.revenue if r.period == d) for d in days}
    assert [round(p.y() * 100) for p in lines[0].points()] == [totals[d] for d in days]
    x_axis = chart.axes()[0]
    assert x_axis.categories()[:2] == ["24/03", "25/03"]
    revenue_table = table_rows(screen.ui.revenueTable)
    assert len(revenue_table) == 14 and revenue_table[0][-1] == euros(totals[days[0]])

    # Products: the table, and the top ten (here all four) as horizontal bars.
    products = table_rows(screen.ui.productsTable)
    assert [(r[0], r[2]) for r in products] == [
        (p.name, euros(p.ttc_cents)) for p in expected.products
    ]
    top = screen.panels["products"].chart.series()[0].barSets()[0]
    assert top.count() == len(expected.products)
    # Channels: one slice per channel sold.
    pie = screen.panels["channels"].chart.series()[0]
    assert isinstance(pie, QPieSeries) and pie.count() == len(expected.channels)
    # Times: median and 90th percentile of both steps, per store.
    times = screen.panels["times"].chart.series()[0]
    assert len(times.barSets()) == 4 and all(b.count() == 2 for b in times.barSets())
    # Stock: quantities with their unit.
    stock = table_rows(screen.ui.stockTable)
    assert len(stock) == len(expected.stock)
    assert all(
        row[3].endswith((f"{NBSP}g", f"{NBSP}kg", f"{NBSP}ml", f"{NBSP}l", "pcs", "pièces"))
        for row in stock
    )

    # Weeks and months are labelled the French way.
    run(qtbot, screen, granularity=Granularity.WEEK)
    assert screen.panels["revenue"].chart.axes()[0].categories()[0] == "sem. du 23/03"
    run(qtbot, screen, granularity=Granularity.MONTH)
    assert screen.panels["revenue"].chart.axes()[0].categories() == ["mars 2026", "avril 2026"]
    assert recorder.untranslated() == []
    assert {"ReportsScreen", "ReportsPage", "Charts", "ReportFormat"} <= {
        c for c, _ in recorder.seen
    }


def test_the_screen_follows_the_language(qtbot, world):
    ctx, _data, tiny = world
    screen = open_screen(qtbot, ctx, tiny.staff[Role.HEAD_OFFICE])
    run(qtbot, screen, granularity=Granularity.MONTH)
    i18n.install("en", remember=False)  # the LanguageChange event is posted, not sent
    qtbot.waitUntil(lambda: screen.ui.runButton.text() == "&Run", timeout=WAIT_MS)
    assert screen.ui.summaryTable.item(0, 0).text() == "Orders"
    assert headers(screen.ui.summaryTable)[-1] == "All together"
    assert screen.panels["revenue"].chart.axes()[0].categories() == ["March 2026", "April 2026"]
    together = screen.report.per_store[-1].ttc_cents
    assert screen.ui.summaryTable.item(3, 3).text() == f"€{together // 100:,}.{together % 100:02d}"


def test_an_empty_period_says_so(qtbot, world):
    ctx, _data, tiny = world
    screen = open_screen(qtbot, ctx, tiny.staff[Role.HEAD_OFFICE])
    run(qtbot, screen, date(2020, 1, 1), date(2020, 1, 31))
    assert screen.ui.resultsStack.currentWidget() is screen.ui.emptyPage
    assert "Aucune commande" in screen.ui.emptyLabel.text()


def test_a_bad_period_is_refused_with_a_message(qtbot, world, alerts_log):
    ctx, _data, tiny = world
    screen = open_screen(qtbot, ctx, tiny.staff[Role.HEAD_OFFICE])
    screen.set_dates(LAST, FIRST)
    screen.ui.runButton.click()
    qtbot.waitUntil(lambda: not screen.running, timeout=WAIT_MS)
    assert alerts_log and "période" in alerts_log[-1][2]
    assert screen.report is None and screen.ui.runButton.isEnabled()


def test_a_cancelled_report_keeps_the_previous_figures(qtbot, world, monkeypatch):
    ctx, _data, tiny = world
    screen = open_screen(qtbot, ctx, tiny.staff[Role.HEAD_OFFICE])
    run(qtbot, screen)
    shown = screen.report
    before = table_rows(screen.ui.summaryTable)

    # The second run is held after its first section until Cancel has been pressed.
    gate = threading.Event()
    real = reports.report

    def held(ctx, session, request, progress=None, cancel=None):
        def progress_then_wait(step, fraction):
            progress(step, fraction)
            if step == "revenue":
                gate.wait(WAIT_MS / 1000)

        return real(ctx, session, request, progress_then_wait, cancel)

    monkeypatch.setattr(reports, "report", held)
    screen.set_dates(date(2026, 3, 30), LAST)
    screen.ui.runButton.click()
    assert screen.running and screen.ui.progressRow.isVisibleTo(screen)
    assert not screen.ui.runButton.isEnabled()
    screen.ui.cancelButton.click()
    assert screen.ui.progressLabel.text() == "Annulation…"
    gate.set()
    qtbot.waitUntil(lambda: not screen.running, timeout=WAIT_MS)
    assert "annulé" in screen.ui.messageLabel.text()
    assert screen.ui.messageLabel.isVisibleTo(screen)
    assert screen.report is shown
    assert table_rows(screen.ui.summaryTable) == before
    assert not screen.ui.progressRow.isVisibleTo(screen)


def test_a_manager_sees_only_their_store(qtbot, world):
    ctx, _data, tiny = world
    manager = tiny.staff[Role.MANAGER]
    screen = open_screen(qtbot, ctx, manager)
    assert not screen.ui.storesButton.isEnabled()
    assert screen.ui.storesButton.text() == "OC Pizza Test"
    run(qtbot, screen)
    assert list(screen.report.stores) == [1]
    assert headers(screen.ui.summaryTable) == ["", "OC Pizza Test", "Ensemble"]
    chart = screen.panels["revenue"].chart
    assert [type(s) for s in chart.series()] == [QBarSeries]  # no total line for one store
    assert [b.label() for b in chart.series()[0].barSets()] == ["OC Pizza Test"]


def test_head_office_compares_chosen_stores(qtbot, world):
    ctx, _data, tiny = world
    office = tiny.staff[Role.HEAD_OFFICE]
    screen = open_screen(qtbot, ctx, office)
    qtbot.waitUntil(lambda: len(screen.store_choices) == 2, timeout=WAIT_MS)
    second = next(a for a in screen.stores_menu.actions() if a.text() == "OC Pizza Second")
    second.trigger()
    assert screen.chosen == {2} and screen.ui.storesButton.text() == "OC Pizza Second"
    run(qtbot, screen)
    assert list(screen.report.stores) == [2]
    everything = screen.stores_menu.actions()[0]
    everything.trigger()
    assert screen.chosen == set() and screen.ui.storesButton.text() == "Tous les magasins"


def test_every_export_is_written_and_read_back(qtbot, world, monkeypatch, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    ctx, _data, tiny = world
    office = tiny.staff[Role.HEAD_OFFICE]
    screen = open_screen(qtbot, ctx, office)
    run(qtbot, screen)
    together = screen.report.per_store[-1]

    save_to(monkeypatch, tmp_path / "rapport")  # the extension is added
    screen.ui.csvButton.click()
    qtbot.waitUntil(lambda: not screen.exporting, timeout=WAIT_MS)
    written = tmp_path / "rapport.csv"
    with written.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    summary_all = next(line for line in lines if line and line[0] == "Tous les magasins choisis")
    assert summary_all[4] == f"{together.ttc_cents // 100},{together.ttc_cents % 100:02d}"
    assert "rapport.csv" in screen.ui.messageLabel.text()

    save_to(monkeypatch, tmp_path / "rapport.xlsx")
    screen.ui.xlsxButton.click()
    qtbot.waitUntil(lambda: not screen.exporting, timeout=WAIT_MS)
    book = load_workbook(tmp_path / "rapport.xlsx")
    sheet = book["Synthèse par magasin"]
    assert round(sheet.cell(row=4, column=5).value * 100) == together.ttc_cents

    save_to(monkeypatch, tmp_path / "rapport.pdf")
    screen.ui.pdfButton.click()
    qtbot.waitUntil(lambda: not screen.exporting, timeout=WAIT_MS)
    pdf = PdfReader(tmp_path / "rapport.pdf")
    text = spaces(" ".join(page.extract_text() for page in pdf.pages))
    assert "Rapport OC Pizza du 24/03/2026 au 06/04/2026" in text
    assert spaces(euros(together.ttc_cents)) in text
    assert pdf.pages[0].mediabox.width > pdf.pages[0].mediabox.height  # landscape


def test_quick_periods_are_paris_calendar_ranges():
    today = date(2026, 3, 18)  # a Wednesday
    assert quick_period("this_week", today) == (date(2026, 3, 16), today)
    assert quick_period("last_week", today) == (date(2026, 3, 9), date(2026, 3, 15))
    assert quick_period("this_month", today) == (date(2026, 3, 1), today)
    assert quick_period("last_month", today) == (date(2026, 2, 1), date(2026, 2, 28))
    assert quick_period("last_12_months", today) == (date(2025, 4, 1), today)
    assert quick_period("last_month", date(2026, 1, 5)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert quick_period("last_12_months", date(2026, 12, 5)) == (
        date(2026, 1, 1),
        date(2026, 12, 5),
    )
