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
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QFileDialog

from ocpizza_desk.domain.enums import Role, Tender
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
            euros(figures.discount_cents),
            euros(figures.average_basket_cents),
            minutes(figures.preparation_p50_s),
            minutes(figures.preparation_p90_s),
            minutes(figures.delivery_p50_s),
            minutes(figures.delivery_p90_s),
            percent(figures.late / figures.completed),
            minutes(figures.lateness_p50_s),
            euros(figures.payments_cents),
            euros(figures.refunds_cents),
            euros(figures.payments_cents - figures.refunds_cents),
        ]
    assert table.item(3, 0).text() == "CA TTC" and table.item(3, 3).font().bold()
    assert [table.item(r, 0).text() for r in (5, 13, 14, 15)] == [
        "Réductions",
        "Encaissé",
        "Remboursé",
        "Encaissement net",
    ]
    # Takings by payment method, all the stores together, then the total in bold.
    takings = screen.takingsTable
    assert takings.isVisibleTo(screen) and screen.takingsLabel.text() == (
        "Encaissements par moyen de paiement"
    )
    assert headers(takings) == ["Moyen de paiement", "Encaissé", "Remboursé", "Encaissement net"]
    by_tender: dict = {}
    for r in expected.takings:
        paid, refunded = by_tender.get(r.tender, (0, 0))
        by_tender[r.tender] = (paid + r.payments_cents, refunded + r.refunds_cents)
    labels = {"cash": "Espèces", "card": "Carte bancaire", "meal_voucher": "Titres-restaurant"}
    labels["online"] = "En ligne"
    together = expected.per_store[-1]
    in_order = sorted(by_tender.items(), key=lambda item: list(Tender).index(item[0]))
    assert table_rows(takings) == [
        [labels[t.value], euros(p), euros(r), euros(p - r)] for t, (p, r) in in_order
    ] + [
        [
            "Ensemble",
            euros(together.payments_cents),
            euros(together.refunds_cents),
            euros(together.payments_cents - together.refunds_cents),
        ]
    ]
    assert takings.item(takings.rowCount() - 1, 3).font().bold()

    # Revenue: one bar series per store, one point per day, and the total as a line.
    chart = screen.panels["revenue"].chart
    bars = [s for s in chart.series() if isinstance(s, QBarSeries)]
    lines = [s for s in chart.series() if isinstance(s, QLineSeries)]
    assert len(bars) == 1 and len(lines) == 1
    days = sorted({r.period for r in expected.revenue})
    # The legend drops the words all the names share ("OC Pizza"), so that it fits a line.
    assert [b.label() for b in bars[0].barSets()] == ["Second", "Test"]
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
        row[3].endswith(
            (f"{NBSP}g", f"{NBSP}kg", f"{NBSP}ml", f"{NBSP}l", "pcs", "pc", "pièces", "pièce")
        )
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
    assert screen.chosen == set() and screen.ui.storesButton.text() == "Toutes les pizzerias"


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


# ------------------------------------------------- labels, legend, PDF pages (issue 18, 11)


def chart_texts(chart) -> list[str]:
    """The texts QtCharts draws (axis labels, legend, titles), as drawn: an elided one ends
    with "…". They are QGraphicsTextItems the bindings see as plain items."""
    texts = []
    for item in chart.scene().items():
        if item.type() == 8 and item.isVisible():  # QGraphicsTextItem::Type
            texts.append(item.toGraphicsObject().toPlainText())
    return [t for t in texts if t.strip("\u200b")]


def month_of_days(report):
    """The report's revenue spread over 31 days: a month by day, as a manager runs it."""
    from dataclasses import replace
    from datetime import timedelta

    rows = [
        replace(row, period=date(2026, 3, 1) + timedelta(days=day))
        for day in range(31)
        for row in report.revenue[: len(report.stores)]
    ]
    return replace(report, revenue=rows)


def test_a_month_by_day_shows_whole_dates_and_a_whole_legend(qtbot, world):
    """Every date used to be "…" (labels slanted, wider than a day's bar group); the legend's
    last entry was cut."""
    ctx, _data, tiny = world
    screen = open_screen(qtbot, ctx, tiny.staff[Role.HEAD_OFFICE])
    screen.resize(1100, 700)
    run(qtbot, screen)
    screen.show_report(month_of_days(screen.report))
    screen.ui.tabs.setCurrentWidget(screen.ui.revenueTab)
    panel = screen.panels["revenue"]
    qtbot.waitUntil(lambda: panel.view.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "01/03" in chart_texts(panel.chart), timeout=WAIT_MS)
    texts = chart_texts(panel.chart)
    assert [t for t in texts if "…" in t] == []
    dates = [t for t in texts if re.fullmatch(r"\d\d/03", t)]
    assert len(dates) >= 10 and "01/03" in dates  # one in two or three, each whole
    assert "Tous les magasins (échelle de droite)" in texts or any(
        "échelle de droite" in t for t in texts
    )
    # The labels that are shown each fit the room of the days they stand for.
    every = 31 // len(dates) if len(dates) < 31 else 1
    room = panel.chart.plotArea().width() / 31 * every
    axis = panel.chart.axes()[0]
    height = QFontMetricsF(axis.labelsFont()).height()  # written upright
    assert height <= room


def test_the_best_sellers_axis_shows_whole_amounts(qtbot, world):
    """Ten thousand euros read "10 00…" along the bottom of the products chart."""
    from dataclasses import replace

    ctx, _data, tiny = world
    screen = open_screen(qtbot, ctx, tiny.staff[Role.HEAD_OFFICE])
    screen.resize(1100, 700)
    run(qtbot, screen)
    report = screen.report
    big = [replace(p, ttc_cents=p.ttc_cents * 400 + 1_000_000) for p in report.products]
    screen.show_report(replace(report, products=big))
    screen.ui.tabs.setCurrentWidget(screen.ui.productsTab)
    panel = screen.panels["products"]
    qtbot.waitUntil(lambda: panel.view.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: any("000" in t for t in chart_texts(panel.chart)), timeout=WAIT_MS)
    texts = chart_texts(panel.chart)
    assert [t for t in texts if "…" in t] == []
    assert any(re.fullmatch(r"\d+\s000 €", t) for t in texts), texts
    # and drawn inside the chart: the last one, centred on the frame's edge, lost its "€".
    frame = panel.chart.geometry()
    for item in panel.chart.scene().items():
        if item.type() == 8 and item.isVisible() and "€" in item.toGraphicsObject().toPlainText():
            inner = item.sceneBoundingRect().adjusted(4, 0, -4, 0)  # the text's own margins
            assert frame.left() <= inner.left() and inner.right() <= frame.right(), (
                item.toGraphicsObject().toPlainText(),
                inner,
                frame,
            )


def test_the_store_menu_stays_open_while_stores_are_ticked(qtbot, world):
    ctx, _data, tiny = world
    screen = open_screen(qtbot, ctx, tiny.staff[Role.HEAD_OFFICE])
    qtbot.waitUntil(lambda: len(screen.store_choices) == 2, timeout=WAIT_MS)
    menu = screen.stores_menu
    menu.popup(screen.ui.storesButton.mapToGlobal(screen.ui.storesButton.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible, timeout=WAIT_MS)
    first, second = [a for a in menu.actions() if a.isCheckable()][1:3]
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(first).center())
    assert menu.isVisible() and screen.chosen == {first.data()}
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(second).center())
    assert menu.isVisible() and screen.chosen == {first.data(), second.data()}
    assert first.isChecked() and second.isChecked() and not menu.actions()[0].isChecked()
    assert screen.ui.storesButton.text() == "2 pizzerias"
    menu.setActiveAction(second)
    qtbot.keyClick(menu, Qt.Key.Key_Space)  # by keyboard too
    assert menu.isVisible() and screen.chosen == {first.data()}
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=WAIT_MS)


def test_the_pdf_numbers_its_pages_and_names_the_stores_once(qtbot, world, tmp_path):
    from pypdf import PdfReader

    from ocpizza_desk.gui import report_pdf
    from ocpizza_desk.services import report_exports

    ctx, _data, tiny = world
    screen = open_screen(qtbot, ctx, tiny.staff[Role.HEAD_OFFICE])
    run(qtbot, screen)
    report = screen.report
    document = report_pdf.ReportDocument(report, screen.coverage_text(report))
    pdf = PdfReader(document.write(tmp_path / "r.pdf"))
    count = len(pdf.pages)
    assert count >= 2
    for number, page in enumerate(pdf.pages, start=1):
        assert spaces(f"page {number} sur {count}") in spaces(page.extract_text())
    first = spaces(pdf.pages[0].extract_text())
    assert first.count(spaces(report_exports.store_list(report))) == 1


def test_a_pdf_table_never_leaves_one_row_alone_on_a_page(qtbot, world):
    """Pushed down by a spacer of every height, each table either fits its page or leaves at
    least two rows at the foot of one page and at the head of the next."""
    from ocpizza_desk.gui import report_pdf

    ctx, _data, tiny = world
    screen = open_screen(qtbot, ctx, tiny.staff[Role.HEAD_OFFICE])
    run(qtbot, screen, granularity=Granularity.WEEK)
    report = screen.report
    document = report_pdf.ReportDocument(report, screen.coverage_text(report))
    html = document.html
    split = 0
    for spacer in range(0, 700, 7):  # a table row is about 19 px high
        document.html = html.replace(
            "<h2>", f"<p style='margin-top:{spacer}px; margin-bottom:0'>&nbsp;</p><h2>", 1
        )
        doc = document.document()
        tables = report_pdf.table_pages(doc)
        assert len(tables) > 3
        for _table, pages in tables:
            if pages[0] != pages[-1]:
                split += 1
                assert pages.count(pages[0]) >= 2, (spacer, pages)
                assert pages.count(pages[-1]) >= 2, (spacer, pages)
    assert split > 0  # some spacers did push a table over a page's end
