"""The reports' charts (QtCharts), built from a `Report` already read off the Qt thread.

Axes are labelled in the UI language: money in whole euros grouped the French way
("12 000 €", through a QCategoryAxis since QValueAxis only knows printf formats), periods as
"24/03", "sem. du 23/03" or "mars 2026". A chart with nothing to draw is replaced by a
sentence (`ChartPanel`), never drawn with empty axes.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QLabel, QStackedWidget, QWidget

from ocpizza_desk.gui import i18n, style
from ocpizza_desk.gui import report_format as fmt
from ocpizza_desk.gui.labels import channel_label
from ocpizza_desk.services.reports import Report

translate = QCoreApplication.translate

# Distinct on screen and on a grey printer: the brand red first, then cool and warm tones.
PALETTE = style.CHART_PALETTE
TOTAL_COLOUR = style.CHART_TOTAL
TOP_PRODUCTS = 10


def colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def _base_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSizeF(11)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 × 10^n) giving about `ticks` intervals up to `top`."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def plotted(cents: int) -> float:
    """A chart coordinate in euros. Money is counted in integer cents everywhere; this is only
    where a bar or a point is placed on the screen."""
    return cents / 100


def money_axis(top_cents: int, ticks: int = 5) -> QCategoryAxis:
    """A value axis in euros with French labels on round values."""
    step = max(100, round(nice_step(top_cents, ticks)))  # whole euros at the least
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(0)
    steps = max(1, -(-top_cents // step))
    for n in range(steps + 1):
        axis.append(i18n.money(n * step, whole=True), plotted(n * step))
    axis.setRange(0, plotted(steps * step))
    axis.setGridLineVisible(True)
    return axis


def minutes_axis(top_minutes: float) -> QCategoryAxis:
    step = max(1.0, nice_step(top_minutes))
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(0)
    steps = max(1, math.ceil(top_minutes / step))
    for n in range(steps + 1):
        axis.append(translate("Charts", "{n} min").format(n=fmt.count(round(n * step))), n * step)
    axis.setRange(0, steps * step)
    return axis


# Labels at most this many on a category axis: past it, every n-th is shown (a month of days
# shows one day in two on a laptop's chart; the table beside it has every date).
MAX_CATEGORY_LABELS = 16
ZERO_WIDTH = "\u200b"


def category_axis(labels: list[str]) -> QBarCategoryAxis:
    """Categories along the bottom. Many of them ("01/11" … "30/11") are written upright, and
    past MAX_CATEGORY_LABELS only every n-th: QtCharts elides a label wider than its category
    to "…", and a slanted one is wider than an upright one."""
    axis = QBarCategoryAxis()
    if len(labels) > MAX_CATEGORY_LABELS:
        every = -(-len(labels) // MAX_CATEGORY_LABELS)
        # The categories stay distinct (an axis drops repeated ones): the hidden ones are
        # runs of zero-width spaces, drawn as nothing.
        labels = [text if n % every == 0 else ZERO_WIDTH * (n + 1) for n, text in enumerate(labels)]
        axis.setLabelsAngle(-90)
    axis.append(labels)
    return axis


def short_names(names: list[str]) -> list[str]:
    """Store names without the words they all start with ("OC Pizza Bastille" -> "Bastille"),
    so that a legend of five stores fits one line; one store keeps its whole name."""
    if len(names) < 2:
        return names
    split = [name.split(" ") for name in names]
    common = 0
    while (
        all(len(words) > common + 1 for words in split)
        and len({words[common] for words in split}) == 1
    ):
        common += 1
    return [" ".join(words[common:]) for words in split]


# --------------------------------------------------------------------------- charts


def revenue_periods(report: Report) -> list[date]:
    return sorted({row.period for row in report.revenue})


def revenue_chart(report: Report) -> QChart | None:
    """Revenue incl. VAT: bars per period, one series per store (store against store), and
    the line of all of them together when there is more than one store."""
    periods = revenue_periods(report)
    if not periods:
        return None
    index = {p: n for n, p in enumerate(periods)}
    by_store: dict[int, list[int]] = defaultdict(lambda: [0] * len(periods))
    totals = [0] * len(periods)
    for row in report.revenue:
        by_store[row.store_id][index[row.period]] += row.ttc_cents
        totals[index[row.period]] += row.ttc_cents
    chart = _base_chart(translate("Charts", "Revenue incl. VAT by store"))
    bars = QBarSeries()
    names = short_names(list(report.stores.values()))
    for n, (store_id, name) in enumerate(zip(report.stores, names, strict=True)):
        bar = QBarSet(name)
        bar.append([plotted(c) for c in by_store.get(store_id, [0] * len(periods))])
        bar.setColor(colour(n))
        bar.setBorderColor(colour(n))
        bars.append(bar)
    chart.addSeries(bars)
    x = category_axis([fmt.period_label(p, report.request.granularity) for p in periods])
    top = max(max(values) for values in by_store.values())
    # Headroom: the top bar is not cut by the frame, nor crossed by the total's line.
    y = money_axis(top * (130 if len(report.stores) > 1 else 106) // 100)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(x)
    bars.attachAxis(y)
    if len(report.stores) > 1:
        # The total on its own scale (right), or it would flatten the stores' bars.
        y.setTitleText(translate("Charts", "By store"))
        total_axis = money_axis(max(totals) * 106 // 100)
        total_axis.setTitleText(translate("Charts", "All stores"))
        total_axis.setGridLineVisible(False)
        chart.addAxis(total_axis, Qt.AlignmentFlag.AlignRight)
        line = QLineSeries()
        line.setName(translate("Charts", "All stores (right scale)"))
        for n, total in enumerate(totals):
            line.append(n, plotted(total))
        pen = QPen(QColor(TOTAL_COLOUR))
        pen.setWidthF(2.5)
        line.setPen(pen)
        line.setPointsVisible(len(periods) <= 40)
        chart.addSeries(line)
        line.attachAxis(x)
        line.attachAxis(total_axis)
    return chart


def products_chart(report: Report) -> QChart | None:
    """The ten best sellers by revenue incl. VAT, the best on top."""
    top = [p for p in report.products if p.ttc_cents > 0][:TOP_PRODUCTS]
    if not top:
        return None
    chart = _base_chart(
        translate("Charts", "Top {n} products by revenue incl. VAT").format(n=len(top))
    )
    series = QHorizontalBarSeries()
    bar = QBarSet(translate("Charts", "Revenue incl. VAT"))
    shown = list(reversed(top))  # a horizontal bar chart draws its first category at the bottom
    bar.append([plotted(p.ttc_cents) for p in shown])
    bar.setColor(colour(0))
    bar.setBorderColor(colour(0))
    series.append(bar)
    series.setLabelsVisible(False)
    chart.addSeries(series)
    y = QBarCategoryAxis()
    y.append([p.name for p in shown])
    # Few steps along the bottom: "10 000 €" needs room, or QtCharts writes "10 00…".
    x = money_axis(top[0].ttc_cents, ticks=3)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(y)
    series.attachAxis(x)
    chart.legend().setVisible(False)
    # The last amount is centred on the frame's right edge: room for its second half, or
    # "10 000 €" loses its "€" to the view's edge.
    last = x.categoriesLabels()[-1]
    half = QFontMetrics(x.labelsFont()).horizontalAdvance(last) // 2
    margins = chart.margins()
    chart.setMargins(QMargins(margins.left(), margins.top(), half + 6, margins.bottom()))
    return chart


def channels_chart(report: Report) -> QChart | None:
    """Revenue incl. VAT by channel: each slice labelled with its share."""
    total = sum(c.ttc_cents for c in report.channels)
    if total <= 0:
        return None
    chart = _base_chart(translate("Charts", "Revenue incl. VAT by channel"))
    series = QPieSeries()
    series.setPieSize(0.8)
    for n, row in enumerate(report.channels):
        share = row.ttc_cents / total
        # The names and shares in the legend: labels around a small pie get cut.
        piece = series.append(f"{channel_label(row.channel)} · {fmt.rate(share)}", row.ttc_cents)
        piece.setColor(colour(n))
        piece.setBorderColor(QColor(style.WHITE))
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def times_chart(report: Report) -> QChart | None:
    """Preparation and delivery times per store, median and 90th percentile, in minutes."""
    rows = [r for r in report.per_store if r.store_id is not None]
    if not any(r.preparation_p50_s is not None or r.delivery_p50_s is not None for r in rows):
        return None
    chart = _base_chart(translate("Charts", "Preparation and delivery times by store"))
    series = QBarSeries()
    figures = (
        (translate("Charts", "Preparation, median"), "preparation_p50_s"),
        (translate("Charts", "Preparation, 90th percentile"), "preparation_p90_s"),
        (translate("Charts", "Delivery, median"), "delivery_p50_s"),
        (translate("Charts", "Delivery, 90th percentile"), "delivery_p90_s"),
    )
    top = 0.0
    for n, (name, attribute) in enumerate(figures):
        bar = QBarSet(name)
        values = [(getattr(r, attribute) or 0) / 60 for r in rows]
        top = max(top, *values)
        bar.append(values)
        shade = colour(n // 2)
        bar.setColor(shade.lighter(150) if n % 2 == 0 else shade)
        bar.setBorderColor(shade)
        series.append(bar)
    chart.addSeries(series)
    x = category_axis(short_names([report.stores.get(r.store_id, "") for r in rows]))
    y = minutes_axis(top)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    return chart


def render(chart: QChart, size: QSize) -> QImage:
    """A chart as a picture (the PDF), drawn at twice the resolution for print."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, size.width(), size.height()))
    image = QImage(size * 2, QImage.Format.Format_RGB32)
    image.fill(QColor(style.WHITE))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), chart.geometry())
    painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return image


# --------------------------------------------------------------------------- widget


class ChartPanel(QStackedWidget):
    """A chart, or a sentence saying why there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QChartView(self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(320, 200)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyLabel")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(self.view)
        self.addWidget(self.empty)
        self.chart: QChart | None = None

    def show_chart(self, chart: QChart | None, empty_text: str) -> None:
        old = self.view.chart()
        if chart is None:
            self.view.setChart(QChart())
            self.empty.setText(empty_text)
            self.setCurrentWidget(self.empty)
        else:
            self.view.setChart(chart)
            self.setCurrentWidget(self.view)
        self.chart = chart
        if old is not None:
            old.deleteLater()
