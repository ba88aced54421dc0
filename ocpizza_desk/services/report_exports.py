"""A report as files to share: CSV and Excel (the PDF needs Qt and lives in gui/report_pdf.py).

Every format is written from the same `sections(report, lang)`: typed cells (counts, cents,
ratios, seconds, quantities in base units), so a figure can only differ between the screen,
the CSV, the workbook and the PDF by its formatting, never by its value.

CSV, for French Excel: `;` separated, UTF-8 with a BOM, one file holding every section (a
title line, a header line, the rows, a blank line). Numbers are plain numbers written with a
decimal comma and no thousands separator or unit, so Excel reads them as numbers: amounts in
euros ("1234,50", the header says "(€)"), rates in percent with two decimals ("12,35"),
durations in whole seconds, quantities in the ingredient's base unit (g, ml, pieces; the unit
is its own column), dates ISO 8601 ("2026-03-24", which Excel recognises as a date).

XLSX (openpyxl): a first sheet saying what the report covers, then one sheet per section;
bold frozen header, filters, amounts as numbers with a euro format, rates as percentages,
durations as Excel durations, dates as real dates, quantities with their unit in the format.

No Qt here: the writers run on a worker thread and in scripts.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.domain.enums import Channel, Tender, Unit
from ocpizza_desk.domain.texts import N_, Text, translate
from ocpizza_desk.services.reports import Granularity, Report


class Kind(StrEnum):
    TEXT = "text"
    DATE = "date"
    COUNT = "count"
    MONEY = "money"  # cents
    RATE = "rate"  # a ratio, 0.123 = 12.3 %
    DURATION = "duration"  # seconds, None when nothing was timed
    QUANTITY = "quantity"  # (base units, Unit)


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: Kind


@dataclass(frozen=True)
class Section:
    key: str  # summary, revenue, products, channels, takings, stock, formulas
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]


# --------------------------------------------------------------------------- words

# English, marked for the catalogue (context ReportExport); words(lang) gives them translated.
_WORDS: dict[object, str] = {
    "report": N_("ReportExport", "OC Pizza report"),
    "period": N_("ReportExport", "Period"),
    "from": N_("ReportExport", "From"),
    "to": N_("ReportExport", "To"),
    "stores": N_("ReportExport", "Stores"),
    "granularity": N_("ReportExport", "Grouped by"),
    "generated": N_("ReportExport", "Generated"),
    "times": N_("ReportExport", "Times"),
    "all": N_("ReportExport", "All the chosen stores"),
    "summary": N_("ReportExport", "Summary by store"),
    "revenue": N_("ReportExport", "Revenue"),
    "products": N_("ReportExport", "Products"),
    "formulas": N_("ReportExport", "Formulas"),
    "formula": N_("ReportExport", "Formula"),
    "channels": N_("ReportExport", "Channels"),
    "takings": N_("ReportExport", "Takings"),
    "stock": N_("ReportExport", "Stock"),
    "store": N_("ReportExport", "Store"),
    "orders": N_("ReportExport", "Orders"),
    "cancelled": N_("ReportExport", "Cancelled"),
    "cancellation_rate": N_("ReportExport", "Cancellation rate"),
    "ttc": N_("ReportExport", "Revenue incl. VAT"),
    "ht": N_("ReportExport", "Revenue excl. VAT"),
    "discounts": N_("ReportExport", "Discounts"),
    "basket": N_("ReportExport", "Average basket"),
    "prep_p50": N_("ReportExport", "Preparation median"),
    "prep_p90": N_("ReportExport", "Preparation 90th percentile"),
    "delivery_p50": N_("ReportExport", "Delivery median"),
    "delivery_p90": N_("ReportExport", "Delivery 90th percentile"),
    "completed": N_("ReportExport", "Handed over"),
    "late": N_("ReportExport", "Late"),
    "late_rate": N_("ReportExport", "Late rate"),
    "lateness_p50": N_("ReportExport", "Lateness median"),
    "lateness_p90": N_("ReportExport", "Lateness 90th percentile"),
    "payments": N_("ReportExport", "Payments received"),
    "refunds": N_("ReportExport", "Refunds"),
    "net_takings": N_("ReportExport", "Net takings"),
    "tender": N_("ReportExport", "Payment method"),
    "period_start": N_("ReportExport", "Period (start)"),
    "product": N_("ReportExport", "Product"),
    "quantity": N_("ReportExport", "Quantity"),
    "channel": N_("ReportExport", "Channel"),
    "ingredient": N_("ReportExport", "Ingredient"),
    "unit": N_("ReportExport", "Unit"),
    "theory": N_("ReportExport", "Consumed in theory"),
    "waste": N_("ReportExport", "Waste"),
    "inventory_difference": N_("ReportExport", "Inventory difference"),
    "actual": N_("ReportExport", "Consumed in fact"),
    Granularity.DAY: N_("ReportExport", "day"),
    Granularity.WEEK: N_("ReportExport", "week"),
    Granularity.MONTH: N_("ReportExport", "month"),
    Channel.PHONE: N_("ReportExport", "Phone"),
    Channel.COUNTER: N_("ReportExport", "Counter"),
    Channel.WEBSITE: N_("ReportExport", "Website"),
    Channel.APP: N_("ReportExport", "App"),
    Tender.CASH: N_("ReportExport", "Cash"),
    Tender.CARD: N_("ReportExport", "Card"),
    Tender.MEAL_VOUCHER: N_("ReportExport", "Meal vouchers"),
    Tender.ONLINE: N_("ReportExport", "Online"),
    Unit.GRAM: N_("ReportExport", "g"),
    Unit.MILLILITRE: N_("ReportExport", "ml"),
    Unit.PIECE: N_("ReportExport", "pieces"),
}


def words(lang: str) -> dict[object, str]:
    return {key: translate("ReportExport", text, lang) for key, text in _WORDS.items()}


def default_file_name(report: Report, extension: str) -> str:
    """rapport-2026-03-01-2026-03-31.xlsx: the period, sortable in a folder."""
    request = report.request
    return f"rapport-{request.first_day.isoformat()}-{request.last_day.isoformat()}.{extension}"


def store_list(report: Report) -> str:
    return ", ".join(report.stores.values())


# --------------------------------------------------------------------------- sections


def sections(report: Report, lang: str = "fr") -> list[Section]:
    """The report's tables, in the order the screen shows its tabs."""
    w = words(lang)

    def col(key: str, kind: Kind) -> Column:
        return Column(key, w[key], kind)

    def store_name(store_id: int | None) -> str:
        return w["all"] if store_id is None else report.stores.get(store_id, str(store_id))

    summary = Section(
        "summary",
        w["summary"],
        (
            col("store", Kind.TEXT),
            col("orders", Kind.COUNT),
            col("cancelled", Kind.COUNT),
            col("cancellation_rate", Kind.RATE),
            col("ttc", Kind.MONEY),
            col("ht", Kind.MONEY),
            col("discounts", Kind.MONEY),
            col("basket", Kind.MONEY),
            col("prep_p50", Kind.DURATION),
            col("prep_p90", Kind.DURATION),
            col("delivery_p50", Kind.DURATION),
            col("delivery_p90", Kind.DURATION),
            col("completed", Kind.COUNT),
            col("late", Kind.COUNT),
            col("late_rate", Kind.RATE),
            col("lateness_p50", Kind.DURATION),
            col("lateness_p90", Kind.DURATION),
            col("payments", Kind.MONEY),
            col("refunds", Kind.MONEY),
            col("net_takings", Kind.MONEY),
        ),
        tuple(
            (
                store_name(r.store_id),
                r.orders,
                r.cancelled,
                r.cancellation_rate,
                r.ttc_cents,
                r.ht_cents,
                r.discount_cents,
                r.average_basket_cents,
                r.preparation_p50_s,
                r.preparation_p90_s,
                r.delivery_p50_s,
                r.delivery_p90_s,
                r.completed,
                r.late,
                r.late_rate,
                r.lateness_p50_s,
                r.lateness_p90_s,
                r.payments_cents,
                r.refunds_cents,
                r.net_takings_cents,
            )
            for r in report.per_store
        ),
    )
    revenue = Section(
        "revenue",
        f"{w['revenue']} ({w[report.request.granularity]})",
        (
            col("period_start", Kind.DATE),
            col("store", Kind.TEXT),
            col("orders", Kind.COUNT),
            col("ttc", Kind.MONEY),
            col("ht", Kind.MONEY),
            col("discounts", Kind.MONEY),
            col("basket", Kind.MONEY),
        ),
        tuple(
            (
                r.period,
                store_name(r.store_id),
                r.orders,
                r.ttc_cents,
                r.ht_cents,
                r.discount_cents,
                r.average_basket_cents,
            )
            for r in report.revenue
        ),
    )
    products = Section(
        "products",
        w["products"],
        (
            col("product", Kind.TEXT),
            col("quantity", Kind.COUNT),
            col("ttc", Kind.MONEY),
            col("ht", Kind.MONEY),
        ),
        tuple((r.name, r.quantity, r.ttc_cents, r.ht_cents) for r in report.products),
    )
    formulas = Section(
        "formulas",
        w["formulas"],
        (col("formula", Kind.TEXT), col("quantity", Kind.COUNT), col("ttc", Kind.MONEY)),
        tuple((r.name, r.quantity, r.ttc_cents) for r in report.formulas),
    )
    channels = Section(
        "channels",
        w["channels"],
        (
            col("channel", Kind.TEXT),
            col("orders", Kind.COUNT),
            col("ttc", Kind.MONEY),
            col("ht", Kind.MONEY),
            col("basket", Kind.MONEY),
        ),
        tuple(
            (w[r.channel], r.orders, r.ttc_cents, r.ht_cents, r.average_basket_cents)
            for r in report.channels
        ),
    )
    takings = Section(
        "takings",
        f"{w['takings']} ({w[report.request.granularity]})",
        (
            col("period_start", Kind.DATE),
            col("store", Kind.TEXT),
            col("tender", Kind.TEXT),
            col("payments", Kind.MONEY),
            col("refunds", Kind.MONEY),
            col("net_takings", Kind.MONEY),
        ),
        tuple(
            (
                r.period,
                store_name(r.store_id),
                w[r.tender],
                r.payments_cents,
                r.refunds_cents,
                r.net_cents,
            )
            for r in report.takings
        ),
    )
    stock = Section(
        "stock",
        w["stock"],
        (
            col("store", Kind.TEXT),
            col("ingredient", Kind.TEXT),
            col("unit", Kind.TEXT),
            col("theory", Kind.QUANTITY),
            col("waste", Kind.QUANTITY),
            col("inventory_difference", Kind.QUANTITY),
            col("actual", Kind.QUANTITY),
        ),
        tuple(
            (
                store_name(r.store_id),
                r.ingredient,
                w[r.unit],
                (r.theory, r.unit),
                (r.waste, r.unit),
                (r.inventory_difference, r.unit),
                (r.actual, r.unit),
            )
            for r in report.stock
        ),
    )
    return [summary, revenue, products, channels, takings, stock, formulas]


def heading(report: Report, lang: str = "fr") -> list[tuple[str, Any]]:
    """What the report covers, as (label, value) pairs: the first lines of every file."""
    w = words(lang)
    request = report.request
    lines = [
        (w["from"], request.first_day),
        (w["to"], request.last_day),
        (w["stores"], store_list(report)),
        (w["granularity"], w[request.granularity]),
        (w["generated"], to_paris(report.generated_at).replace(tzinfo=None, microsecond=0)),
    ]
    if report.timing_resolution_s:
        lines.append((w["times"], timing_note(report.timing_resolution_s, lang)))
    return lines


def timing_note(resolution_s: int, lang: str = "fr") -> str:
    """How exact the times are: percentiles from histograms of `resolution_s` buckets."""
    return Text(
        "ReportExport",
        "medians and 90th percentiles within ± {half} s (histograms of {bucket} s bins)",
        half=resolution_s // 2,
        bucket=resolution_s,
    ).text(lang)


# --------------------------------------------------------------------------- CSV


def _csv_title(column: Column) -> str:
    suffix = {Kind.MONEY: " (€)", Kind.RATE: " (%)", Kind.DURATION: " (s)"}.get(column.kind, "")
    return column.title + suffix


def _decimal_comma(value: Decimal) -> str:
    return format(value, "f").replace(".", ",")


def csv_cell(kind: Kind, value: Any) -> str:
    """One figure as the CSV writes it (see the module's docstring)."""
    if value is None:
        return ""
    if kind is Kind.MONEY:
        return _decimal_comma(Decimal(value).scaleb(-2))
    if kind is Kind.RATE:
        return _decimal_comma(Decimal(str(value * 100)).quantize(Decimal("0.01")))
    if kind is Kind.QUANTITY:
        return str(value[0])
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(report: Report, path: Path | str, lang: str = "fr") -> Path:
    path = Path(path)
    w = words(lang)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f, delimiter=";", lineterminator="\r\n")
        out.writerow([w["report"]])
        for label, value in heading(report, lang):
            out.writerow([label, csv_cell(Kind.TEXT, value)])
        for section in sections(report, lang):
            out.writerow([])
            out.writerow([section.title])
            out.writerow([_csv_title(c) for c in section.columns])
            for row in section.rows:
                out.writerow(
                    [csv_cell(c.kind, v) for c, v in zip(section.columns, row, strict=True)]
                )
    return path


# --------------------------------------------------------------------------- XLSX

EURO_FORMAT = '#,##0.00\\ "€"'
RATE_FORMAT = "0.0%"
DURATION_FORMAT = "[h]:mm:ss"
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
COUNT_FORMAT = "#,##0"
_UNIT_FORMAT = {Unit.GRAM: '#,##0\\ "g"', Unit.MILLILITRE: '#,##0\\ "ml"'}
_WIDTH = {
    Kind.TEXT: 24,
    Kind.DATE: 14,
    Kind.COUNT: 12,
    Kind.MONEY: 16,
    Kind.RATE: 14,
    Kind.DURATION: 14,
    Kind.QUANTITY: 16,
}


def _sheet_title(title: str) -> str:
    """Excel refuses some characters and more than 31 of them in a sheet's name."""
    for bad in "[]:*?/\\":
        title = title.replace(bad, " ")
    return title[:31]


def write_xlsx(report: Report, path: Path | str, lang: str = "fr") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    w = words(lang)
    bold = Font(bold=True)
    book = Workbook()
    cover = book.active
    cover.title = _sheet_title(w["report"])
    cover.append([w["report"]])
    cover["A1"].font = Font(bold=True, size=14)
    for label, value in heading(report, lang):
        cover.append([label, value])
        cell = cover.cell(row=cover.max_row, column=2)
        if isinstance(value, datetime):
            cell.number_format = DATETIME_FORMAT
        elif isinstance(value, date):
            cell.number_format = DATE_FORMAT
        cover.cell(row=cover.max_row, column=1).font = bold
    cover.column_dimensions["A"].width = 18
    cover.column_dimensions["B"].width = 60

    for section in sections(report, lang):
        sheet = book.create_sheet(_sheet_title(section.title))
        sheet.append([c.title for c in section.columns])
        for cell in sheet[1]:
            cell.font = bold
        for row in section.rows:
            sheet.append(
                [_xlsx_value(c.kind, v) for c, v in zip(section.columns, row, strict=True)]
            )
            for number, (column, value) in enumerate(zip(section.columns, row, strict=True), 1):
                fmt = _xlsx_format(column.kind, value)
                if fmt:
                    sheet.cell(row=sheet.max_row, column=number).number_format = fmt
        for number, column in enumerate(section.columns, 1):
            width = max(_WIDTH[column.kind], min(len(column.title) + 2, 32))
            if column.kind is Kind.TEXT and section.rows:
                longest = max(len(str(r[number - 1])) for r in section.rows)
                width = max(width, min(longest + 2, 48))
            sheet.column_dimensions[get_column_letter(number)].width = width
        sheet.freeze_panes = "A2"
        if section.rows:
            sheet.auto_filter.ref = sheet.dimensions
    book.save(path)
    return path


def _xlsx_value(kind: Kind, value: Any) -> Any:
    if value is None:
        return None
    if kind is Kind.MONEY:
        return Decimal(value).scaleb(-2)
    if kind is Kind.DURATION:
        return Decimal(value) / 86400  # Excel counts time in days
    if kind is Kind.QUANTITY:
        return value[0]
    return value


def _xlsx_format(kind: Kind, value: Any) -> str | None:
    if kind is Kind.MONEY:
        return EURO_FORMAT
    if kind is Kind.RATE:
        return RATE_FORMAT
    if kind is Kind.DURATION:
        return DURATION_FORMAT
    if kind is Kind.DATE:
        return DATE_FORMAT
    if kind is Kind.COUNT:
        return COUNT_FORMAT
    if kind is Kind.QUANTITY:
        return _UNIT_FORMAT.get(value[1], COUNT_FORMAT)
    return None
