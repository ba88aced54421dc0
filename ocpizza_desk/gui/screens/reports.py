"""The reports screen: head office's figures (a manager's, for their own store) over a period.

The filters build a `ReportRequest`; the report is read off the Qt thread, section by section,
with a progress bar and a Cancel button (a `threading.Event` the service checks between
sections). The figures on screen stay until a new report has fully arrived, so a cancelled
or failed run loses nothing. Exports write the report on screen, never a re-read one, so the
file says exactly what the user saw; CSV and Excel are written by `services.report_exports`
on a worker, the PDF by `gui.report_pdf` (its chart is drawn here, on the Qt thread).

The summary tab shows the revenue net of discounts, the discounts given, and the takings
(payments received, refunds given back, net) per store, with the takings by payment method
of all the chosen stores under it.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocpizza_desk.domain.clock import to_paris, utcnow
from ocpizza_desk.gui import alerts, folders, i18n, report_pdf
from ocpizza_desk.gui import report_format as fmt
from ocpizza_desk.gui.forms.ui_reports import Ui_ReportsPage
from ocpizza_desk.gui.labels import channel_label, tender_label
from ocpizza_desk.gui.models.paged import rows_height
from ocpizza_desk.gui.models.stock import format_quantity
from ocpizza_desk.gui.style import set_styled_property
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.gui.widgets import charts
from ocpizza_desk.services import report_exports, reports, stores
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.reports import Granularity, Report, ReportCancelled, ReportRequest

PERIODS = ("this_week", "last_week", "this_month", "last_month", "last_12_months", "custom")
SETTINGS_DIR = "reports/exportDir"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def quick_period(key: str, today: date) -> tuple[date, date]:
    """The quick choices, as Paris calendar days, both included."""
    monday = today - timedelta(days=today.weekday())
    first = today.replace(day=1)
    if key == "this_week":
        return monday, today
    if key == "last_week":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if key == "this_month":
        return first, today
    if key == "last_month":
        end = first - timedelta(days=1)
        return end.replace(day=1), end
    if key == "last_12_months":
        year, month = (
            (first.year, first.month - 11)
            if first.month > 11
            else (
                first.year - 1,
                first.month + 1,
            )
        )
        return date(year, month, 1), today
    raise ValueError(key)


def paris_today() -> date:
    return to_paris(utcnow()).date()


class ReportsScreen(QWidget):
    def __init__(self, ctx, session: StaffSession, runner: TaskRunner) -> None:
        super().__init__()
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setObjectName("pageTitle")
        self.ctx, self.session, self.runner = ctx, session, runner
        self.report: Report | None = None
        self.store_choices: list[tuple[int, str]] = []
        self.chosen: set[int] = set()  # empty: all stores
        self.running = False
        self.exporting = False
        self._cancel: threading.Event | None = None
        self._stores_loaded = False
        self.store_bound = session.role.is_store_bound

        self.panels: dict[str, charts.ChartPanel] = {}
        for key, area in (
            ("revenue", self.ui.revenueChartArea),
            ("products", self.ui.productsChartArea),
            ("channels", self.ui.channelsChartArea),
            ("times", self.ui.timesChartArea),
        ):
            layout = QVBoxLayout(area)
            layout.setContentsMargins(0, 0, 0, 0)
            panel = charts.ChartPanel(area)
            layout.addWidget(panel)
            self.panels[key] = panel
        for splitter, sizes in (
            (self.ui.revenueSplitter, [420, 220]),
            (self.ui.timesSplitter, [380, 200]),
            (self.ui.productsSplitter, [470, 630]),
            (self.ui.channelsSplitter, [520, 500]),
        ):
            splitter.setSizes(sizes)
        self._add_takings_table()
        for table in self.tables():
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.stores_menu = StayingMenu(self)
        self.ui.storesButton.setMenu(self.stores_menu)
        self.stores_menu.triggered.connect(self._store_toggled)
        self.ui.storesButton.setEnabled(not self.store_bound)
        self.ui.fromDate.setMaximumDate(QDate(2100, 1, 1))
        self.ui.progressRow.hide()
        self.ui.messageLabel.hide()
        self.ui.coverageLabel.setProperty("role", "info")

        self._fill_combos()
        self.ui.periodCombo.setCurrentIndex(PERIODS.index("this_month"))
        self._apply_period()
        self.ui.periodCombo.currentIndexChanged.connect(lambda _i: self._apply_period())
        self.ui.fromDate.userDateChanged.connect(lambda _d: self._dates_typed())
        self.ui.toDate.userDateChanged.connect(lambda _d: self._dates_typed())
        self.ui.runButton.clicked.connect(self.run)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.csvButton.clicked.connect(lambda: self.export("csv"))
        self.ui.xlsxButton.clicked.connect(lambda: self.export("xlsx"))
        self.ui.pdfButton.clicked.connect(lambda: self.export("pdf"))
        QShortcut(QKeySequence("F5"), self, activated=self.run)
        self._show_exports()
        self._retranslate()

    def tables(self) -> list[QTableWidget]:
        ui = self.ui
        return [
            ui.summaryTable,
            ui.revenueTable,
            ui.productsTable,
            ui.channelsTable,
            ui.timesTable,
            ui.stockTable,
            self.takingsTable,
        ]

    def _add_takings_table(self) -> None:
        """Beside the summary (a splitter, built here: the form has the summary alone): the
        takings by payment method, a small table as tall as its rows."""
        self.takingsLabel = QLabel()
        self.takingsLabel.setObjectName("takingsLabel")
        font = QFont(self.takingsLabel.font())
        font.setBold(True)
        self.takingsLabel.setFont(font)
        self.takingsTable = QTableWidget()
        self.takingsTable.setObjectName("takingsTable")
        self.takingsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.takingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.takingsTable.setAlternatingRowColors(True)
        self.takingsTable.setWordWrap(False)
        self.takingsTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.takingsLabel)
        column.addWidget(self.takingsTable, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        layout = self.ui.summaryTabLayout
        layout.removeWidget(self.ui.summaryTable)
        self.summarySplitter = QSplitter(Qt.Orientation.Horizontal, self.ui.summaryTab)
        self.summarySplitter.setObjectName("summarySplitter")
        self.summarySplitter.setChildrenCollapsible(False)
        self.summarySplitter.addWidget(self.ui.summaryTable)
        self.summarySplitter.addWidget(panel)
        self.summarySplitter.setStretchFactor(1, 1)
        layout.addWidget(self.summarySplitter)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.store_bound and not self._stores_loaded:
            self._stores_loaded = True
            self.runner.run(self._read_stores, self._stores_read, lambda _e: None, owner=self)

    # -- filters

    def _fill_combos(self) -> None:
        periods = self.ui.periodCombo
        current = periods.currentIndex()
        periods.blockSignals(True)
        periods.clear()
        for key, text in zip(
            PERIODS,
            (
                self.tr("This week"),
                self.tr("Last week"),
                self.tr("This month"),
                self.tr("Last month"),
                self.tr("Last 12 months"),
                self.tr("Dates chosen"),
            ),
            strict=True,
        ):
            periods.addItem(text, key)
        periods.setCurrentIndex(max(current, 0))
        periods.blockSignals(False)
        combo = self.ui.granularityCombo
        current = combo.currentIndex()
        combo.clear()
        combo.addItem(self.tr("Day"), Granularity.DAY.value)
        combo.addItem(self.tr("Week"), Granularity.WEEK.value)
        combo.addItem(self.tr("Month"), Granularity.MONTH.value)
        combo.setCurrentIndex(max(current, 0))

    def set_period(self, key: str) -> None:
        self.ui.periodCombo.setCurrentIndex(PERIODS.index(key))

    def set_dates(self, first: date, last: date) -> None:
        """Dates typed by hand: the quick choice becomes "Dates chosen"."""
        self.ui.fromDate.setDate(QDate(first.year, first.month, first.day))
        self.ui.toDate.setDate(QDate(last.year, last.month, last.day))
        self._dates_typed()

    def set_granularity(self, granularity: Granularity) -> None:
        self.ui.granularityCombo.setCurrentIndex(
            self.ui.granularityCombo.findData(Granularity(granularity).value)
        )

    def _apply_period(self) -> None:
        key = self.ui.periodCombo.currentData()
        if key == "custom" or key is None:
            return
        first, last = quick_period(key, paris_today())
        for edit, day in ((self.ui.fromDate, first), (self.ui.toDate, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.set_granularity(Granularity.MONTH if key == "last_12_months" else Granularity.DAY)

    def _dates_typed(self) -> None:
        periods = self.ui.periodCombo
        periods.blockSignals(True)
        periods.setCurrentIndex(PERIODS.index("custom"))
        periods.blockSignals(False)

    def _read_stores(self) -> list[tuple[int, str]]:
        return [(s.id, s.name) for s in stores.list_stores(self.ctx, self.session)]

    def _stores_read(self, choices: list[tuple[int, str]]) -> None:
        self.store_choices = choices
        self._fill_stores_menu()

    def _fill_stores_menu(self) -> None:
        menu = self.stores_menu
        menu.clear()
        everything = QAction(self.tr("All stores"), menu, checkable=True)
        everything.setData(0)
        everything.setChecked(not self.chosen)
        menu.addAction(everything)
        menu.addSeparator()
        for store_id, name in self.store_choices:
            action = QAction(name, menu, checkable=True)
            action.setData(store_id)
            action.setChecked(store_id in self.chosen)
            menu.addAction(action)
        self._show_stores()

    def _store_toggled(self, action: QAction) -> None:
        store_id = action.data()
        if store_id == 0:
            self.chosen.clear()
        elif action.isChecked():
            self.chosen.add(store_id)
        else:
            self.chosen.discard(store_id)
        # The ticks set again in place: the menu stays open for the next store.
        for item in self.stores_menu.actions():
            if item.isCheckable():
                item.setChecked(not self.chosen if item.data() == 0 else item.data() in self.chosen)
        self._show_stores()

    def _show_stores(self) -> None:
        button = self.ui.storesButton
        if self.store_bound:
            button.setText(self.session.store_name or "")
            return
        names = [name for store_id, name in self.store_choices if store_id in self.chosen]
        if not self.chosen:
            button.setText(self.tr("All stores"))
        elif len(names) == 1:
            button.setText(names[0])
        else:
            button.setText(self.tr("{count} stores").format(count=len(self.chosen)))
        button.setToolTip(", ".join(names))

    def request(self) -> ReportRequest:
        first = self.ui.fromDate.date().toPython()
        last = self.ui.toDate.date().toPython()
        chosen = () if self.store_bound else tuple(sorted(self.chosen))
        return ReportRequest(
            first, last, chosen, Granularity(self.ui.granularityCombo.currentData())
        )

    # -- running

    def run(self) -> None:
        if self.running:
            return
        request = self.request()
        cancel = threading.Event()
        self._cancel = cancel
        self.running = True
        self._show_running()
        self.show_message("")
        ctx, session = self.ctx, self.session
        self.runner.run_with_progress(
            lambda progress: reports.report(ctx, session, request, progress, cancel),
            # Bound methods: the runner drops them if the screen is gone (signed out) by then.
            # One run at a time (Run is disabled meanwhile), so no answer is ever stale.
            self._progressed,
            self._arrived,
            self._failed,
        )

    def cancel(self) -> None:
        if self._cancel is not None and self.running:
            self._cancel.set()
            self.ui.cancelButton.setEnabled(False)
            self.ui.progressLabel.setText(self.tr("Cancelling…"))

    def _progressed(self, step: str, fraction: float) -> None:
        if not self.running:
            return
        self.ui.progressBar.setValue(round(fraction * 100))
        if self._cancel is not None and self._cancel.is_set():
            return
        label = {
            "revenue": self.tr("Reading the revenue…"),
            "products": self.tr("Reading the products…"),
            "channels": self.tr("Reading the channels…"),
            "takings": self.tr("Reading the takings…"),
            "times": self.tr("Reading the times…"),
            "stock": self.tr("Reading the stock…"),
            "summaries": self.tr("Reading the daily summaries…"),
            "live": self.tr("Reading the days not summarised yet…"),
            "done": self.tr("Done"),
        }.get(step, "")
        self.ui.progressLabel.setText(label)

    def _arrived(self, result: Report) -> None:
        self._stop_running()
        self.show_report(result)

    def _failed(self, error: BaseException) -> None:
        self._stop_running()
        if isinstance(error, ReportCancelled):
            text = self.tr("The report was cancelled.")
            if self.report is not None:
                text += " " + self.tr("The figures below are those of the previous report.")
            self.show_message(text, error=False)
            return
        alerts.show_error(self, error)

    def _show_running(self) -> None:
        self.ui.progressBar.setValue(0)
        self.ui.progressLabel.setText(self.tr("Reading…"))
        self.ui.progressRow.show()
        self.ui.cancelButton.setEnabled(True)
        self.ui.runButton.setEnabled(False)

    def _stop_running(self) -> None:
        self.running = False
        self._cancel = None
        self.ui.progressRow.hide()
        self.ui.runButton.setEnabled(True)

    def show_message(self, text: str, error: bool = True) -> None:
        label = self.ui.messageLabel
        set_styled_property(label, "role", "error" if error else "info")
        label.setText(text)
        label.setVisible(bool(text))

    # -- showing

    @staticmethod
    def is_empty(report: Report) -> bool:
        return not report.per_store or (
            report.per_store[-1].orders == 0 and not report.stock and not report.takings
        )

    def show_report(self, report: Report) -> None:
        self.report = report
        self._render()

    def _render(self) -> None:
        report = self.report
        self._show_exports()
        if report is None:
            self.ui.coverageLabel.setText("")
            self.ui.emptyLabel.setText(self.tr("Choose a period and the stores, then press Run."))
            self.ui.resultsStack.setCurrentWidget(self.ui.emptyPage)
            return
        self.ui.coverageLabel.setText(self.coverage_text(report))
        if self.is_empty(report):
            self.ui.emptyLabel.setText(
                self.tr("No order and no stock movement in this period for these stores.")
            )
            self.ui.resultsStack.setCurrentWidget(self.ui.emptyPage)
            return
        self.ui.resultsStack.setCurrentWidget(self.ui.tabs)
        self._fill_summary(report)
        self._fill_revenue(report)
        self._fill_products(report)
        self._fill_channels(report)
        self._fill_times(report)
        self._fill_stock(report)

    def coverage_text(self, report: Report) -> str:
        request = report.request
        granularity = {
            Granularity.DAY: self.tr("by day"),
            Granularity.WEEK: self.tr("by week"),
            Granularity.MONTH: self.tr("by month"),
        }[request.granularity]
        text = self.tr("From {first} to {last} · {stores} · {granularity}").format(
            first=fmt.day(request.first_day),
            last=fmt.day(request.last_day),
            stores=report_exports.store_list(report),
            granularity=granularity,
        )
        if report.timing_resolution_s:
            text += " · " + self.tr(
                "times (medians, 90th percentiles) within ± {half} s: histograms of {bucket} s bins"
            ).format(half=report.timing_resolution_s // 2, bucket=report.timing_resolution_s)
        return text

    def _store_name(self, report: Report, store_id: int | None) -> str:
        if store_id is None:
            return self.tr("All together")
        return report.stores.get(store_id, str(store_id))

    def summary_rows(self, report: Report) -> list[list[str]]:
        return [
            [
                self._store_name(report, r.store_id),
                fmt.count(r.orders),
                fmt.count(r.cancelled),
                fmt.rate(r.cancellation_rate),
                fmt.money(r.ttc_cents),
                fmt.money(r.ht_cents),
                fmt.money(r.discount_cents),
                fmt.money(r.average_basket_cents),
                fmt.duration(r.preparation_p50_s),
                fmt.duration(r.preparation_p90_s),
                fmt.duration(r.delivery_p50_s),
                fmt.duration(r.delivery_p90_s),
                fmt.rate(r.late_rate),
                fmt.duration(r.lateness_p50_s),
                fmt.money(r.payments_cents),
                fmt.money(r.refunds_cents),
                fmt.money(r.net_takings_cents),
            ]
            for r in report.per_store
        ]

    def _fill_summary(self, report: Report) -> None:
        """Stores side by side, one figure a line: a dozen figures for eight stores fit a
        laptop's width, and comparing stores is reading across."""
        figures = [
            self.tr("Orders"),
            self.tr("Cancelled"),
            self.tr("Cancellation rate"),
            self.tr("Revenue incl. VAT"),
            self.tr("Revenue excl. VAT"),
            self.tr("Discounts"),
            self.tr("Average basket"),
            self.tr("Preparation, median"),
            self.tr("Preparation, 90th percentile"),
            self.tr("Delivery, median"),
            self.tr("Delivery, 90th percentile"),
            self.tr("Late rate"),
            self.tr("Lateness, median"),
            self.tr("Payments received"),
            self.tr("Refunds"),
            self.tr("Net takings"),
        ]
        per_store = self.summary_rows(report)
        headers = ["", *(row[0] for row in per_store)]
        rows = [[figure, *(row[n + 1] for row in per_store)] for n, figure in enumerate(figures)]
        fill_table(self.ui.summaryTable, headers, rows, total_column=True)
        self._fill_takings(report)

    def takings_rows(self, report: Report) -> list[list[str]]:
        """Per payment method, all the chosen stores together, then the total."""
        by_tender = report.takings_by_tender()
        rows = [
            [
                tender_label(r.tender),
                fmt.money(r.payments_cents),
                fmt.money(r.refunds_cents),
                fmt.money(r.net_cents),
            ]
            for r in by_tender
        ]
        paid = sum(r.payments_cents for r in by_tender)
        refunded = sum(r.refunds_cents for r in by_tender)
        rows.append(
            [
                self.tr("All together"),
                fmt.money(paid),
                fmt.money(refunded),
                fmt.money(paid - refunded),
            ]
        )
        return rows

    def _fill_takings(self, report: Report) -> None:
        self.takingsLabel.setText(self.tr("Takings by payment method"))
        headers = [
            self.tr("Payment method"),
            self.tr("Payments received"),
            self.tr("Refunds"),
            self.tr("Net takings"),
        ]
        table = self.takingsTable
        fill_table(table, headers, self.takings_rows(report), total_row=True)
        # As tall and as wide as its rows and columns: no scroll bar for five lines.
        table.setFixedSize(
            sum(table.columnWidth(c) for c in range(table.columnCount())) + 2 * table.frameWidth(),
            rows_height(table),
        )
        self._share_summary()

    def _share_summary(self) -> None:
        """The summary as wide as its columns, the takings beside it; when both do not fit
        side by side (five stores at 1366 px: the summary scrolled sideways), the takings
        go below it and the summary has the whole width."""
        summary, table = self.ui.summaryTable, self.takingsTable
        if summary.columnCount() == 0:
            return
        wanted = (
            sum(summary.columnWidth(c) for c in range(summary.columnCount()))
            + 2 * summary.frameWidth()
            + summary.verticalScrollBar().sizeHint().width()
        )
        splitter = self.summarySplitter
        width = self.ui.summaryTab.contentsRect().width() or self.width()
        side_by_side = wanted + table.width() + 40 <= width
        wanted_orientation = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        if splitter.orientation() != wanted_orientation:
            splitter.setOrientation(wanted_orientation)
        if side_by_side:
            splitter.setSizes([wanted, max(width - wanted, table.width())])
        else:
            below = table.height() + self.takingsLabel.sizeHint().height() + 8
            height = splitter.height() or self.ui.summaryTab.height()
            splitter.setSizes([max(height - below, height // 2), below])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.report is not None:
            self._share_summary()

    def heightForWidth(self, width: int) -> int:
        """Asked by the window's scroll area: the page fits the screen down to its minimum
        at that width (with the takings below the summary, the layout answered both tables'
        preferred heights: the page scrolled 19 px at 1366×768)."""
        return self.layout().totalMinimumHeightForWidth(width)

    def revenue_rows(self, report: Report) -> list[list[str]]:
        periods = charts.revenue_periods(report)
        cells = {(r.period, r.store_id): r.ttc_cents for r in report.revenue}
        rows = []
        for period in periods:
            values = [cells.get((period, store_id), 0) for store_id in report.stores]
            rows.append(
                [fmt.period_label(period, report.request.granularity)]
                + [fmt.money(v) for v in values]
                + ([fmt.money(sum(values))] if len(report.stores) > 1 else [])
            )
        return rows

    def _fill_revenue(self, report: Report) -> None:
        headers = [self.tr("Period"), *list(report.stores.values())]
        if len(report.stores) > 1:
            headers.append(self.tr("All together"))
        fill_table(self.ui.revenueTable, headers, self.revenue_rows(report))
        self.panels["revenue"].show_chart(
            charts.revenue_chart(report), self.tr("No sale in this period.")
        )

    def _fill_products(self, report: Report) -> None:
        total = sum(p.ttc_cents for p in report.products)
        rows = [
            [
                p.name,
                fmt.count(p.quantity),
                fmt.money(p.ttc_cents),
                fmt.money(p.ht_cents),
                fmt.rate(p.ttc_cents / total if total else 0.0),
            ]
            for p in report.products
        ]
        # The formulas sold: the same money as their choices above, never added to it.
        rows += [
            [
                self.tr("Formula: {name} (its choices are counted above)").format(name=f.name),
                fmt.count(f.quantity),
                fmt.money(f.ttc_cents),
                "",
                "",
            ]
            for f in report.formulas
        ]
        headers = [
            self.tr("Product"),
            self.tr("Quantity"),
            self.tr("Revenue incl. VAT"),
            self.tr("Revenue excl. VAT"),
            self.tr("Share"),
        ]
        fill_table(self.ui.productsTable, headers, rows)
        self.panels["products"].show_chart(
            charts.products_chart(report), self.tr("No product sold in this period.")
        )

    def _fill_channels(self, report: Report) -> None:
        total = sum(c.ttc_cents for c in report.channels)
        rows = [
            [
                channel_label(c.channel),
                fmt.count(c.orders),
                fmt.money(c.ttc_cents),
                fmt.money(c.ht_cents),
                fmt.money(c.average_basket_cents),
                fmt.rate(c.ttc_cents / total if total else 0.0),
            ]
            for c in report.channels
        ]
        headers = [
            self.tr("Channel"),
            self.tr("Orders"),
            self.tr("Revenue incl. VAT"),
            self.tr("Revenue excl. VAT"),
            self.tr("Average basket"),
            self.tr("Share"),
        ]
        fill_table(self.ui.channelsTable, headers, rows)
        self.panels["channels"].show_chart(
            charts.channels_chart(report), self.tr("No sale in this period.")
        )

    def _fill_times(self, report: Report) -> None:
        rows = [
            [
                self._store_name(report, r.store_id),
                fmt.duration(r.preparation_p50_s),
                fmt.duration(r.preparation_p90_s),
                fmt.duration(r.delivery_p50_s),
                fmt.duration(r.delivery_p90_s),
                fmt.count(r.completed),
                fmt.count(r.late),
                fmt.rate(r.late_rate),
                fmt.duration(r.lateness_p50_s),
                fmt.duration(r.lateness_p90_s),
            ]
            for r in report.per_store
        ]
        headers = [
            self.tr("Store"),
            self.tr("Preparation median"),
            self.tr("Preparation P90"),
            self.tr("Delivery median"),
            self.tr("Delivery P90"),
            self.tr("Handed over"),
            self.tr("Late"),
            self.tr("Late rate"),
            self.tr("Lateness median"),
            self.tr("Lateness P90"),
        ]
        fill_table(self.ui.timesTable, headers, rows, total_row=True)
        self.panels["times"].show_chart(
            charts.times_chart(report), self.tr("No order was timed in this period.")
        )

    def _fill_stock(self, report: Report) -> None:
        units = report_exports.words(i18n.language())
        rows = [
            [
                self._store_name(report, r.store_id),
                r.ingredient,
                units[r.unit],
                format_quantity(r.theory, r.unit),
                format_quantity(r.waste, r.unit),
                format_quantity(r.inventory_difference, r.unit, signed=True),
                format_quantity(r.actual, r.unit),
            ]
            for r in report.stock
        ]
        headers = [
            self.tr("Store"),
            self.tr("Ingredient"),
            self.tr("Unit"),
            self.tr("Consumed in theory"),
            self.tr("Waste"),
            self.tr("Inventory difference"),
            self.tr("Consumed in fact"),
        ]
        fill_table(self.ui.stockTable, headers, rows, text_columns=3)

    # -- exports

    def _show_exports(self) -> None:
        ready = self.report is not None and not self.exporting
        for button in (self.ui.csvButton, self.ui.xlsxButton, self.ui.pdfButton):
            button.setEnabled(ready)

    def export(self, kind: str) -> None:
        """Ask where, then write the report on screen off the Qt thread."""
        report = self.report
        if report is None or self.exporting:
            return
        filters = {
            "csv": self.tr("CSV files (*.csv)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "pdf": self.tr("PDF documents (*.pdf)"),
        }
        folder = folders.start_folder(SETTINGS_DIR)
        suggested = str(folder / report_exports.default_file_name(report, kind))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the report"), suggested, filters[kind]
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        folders.remember(SETTINGS_DIR, path.parent)
        lang = i18n.language()
        if kind == "csv":
            work = lambda: report_exports.write_csv(report, path, lang)  # noqa: E731
        elif kind == "xlsx":
            work = lambda: report_exports.write_xlsx(report, path, lang)  # noqa: E731
        else:
            document = report_pdf.ReportDocument(report, self.coverage_text(report))
            work = lambda: document.write(path)  # noqa: E731
        self.exporting = True
        self._show_exports()
        self.runner.run(work, self._exported, self._export_failed, owner=self)

    def _exported(self, path: Path) -> None:
        self.exporting = False
        self._show_exports()
        self.show_message(self.tr("Report saved: {path}").format(path=str(path)), error=False)

    def _export_failed(self, error: BaseException) -> None:
        self.exporting = False
        self._show_exports()
        if isinstance(error, OSError):
            self.show_message(
                self.tr("The file could not be written: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )
            return
        alerts.show_error(self, error)

    # -- language

    def _retranslate(self) -> None:
        self._fill_combos()
        self._show_stores()
        if self.store_choices:
            self._fill_stores_menu()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)


class StayingMenu(QMenu):
    """A menu of check boxes that stays open while they are ticked (a click or Space/Enter
    on a checkable entry toggles it; Escape or a click outside closes the menu)."""

    def mouseReleaseEvent(self, event) -> None:
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        action = self.activeAction()
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select)
        if (
            event.key() in keys
            and action is not None
            and action.isCheckable()
            and action.isEnabled()
        ):
            action.trigger()
            return
        super().keyPressEvent(event)


def fill_table(
    table: QTableWidget,
    headers: list[str],
    rows: list[list[str]],
    *,
    total_row: bool = False,
    total_column: bool = False,
    text_columns: int = 1,
) -> None:
    """Text on the left, figures on the right; the "all together" row or column in bold."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels([_two_lines(h) for h in headers])
    table.setRowCount(len(rows))
    bold = QFont(table.font())
    bold.setBold(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c >= text_columns:
                item.setTextAlignment(RIGHT)
            if (total_row and r == len(rows) - 1) or (total_column and c == len(row) - 1):
                item.setFont(bold)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def _two_lines(header: str) -> str:
    """A long column title one word a line (short words share one), so that a dozen figures
    fit a laptop's width."""
    if len(header) <= 12 or " " not in header:
        return header
    words, lines = header.split(" "), [""]
    width = max(len(w) for w in words)
    for word in words:
        if lines[-1] and len(lines[-1]) + 1 + len(word) > width:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}".strip()
    return "\n".join(lines)
