"""The CSV and Excel exports of a report over the generated orders of tests/test_reports.py
(discounts, payments and refunds included), read back with the csv module and openpyxl: every
figure equals the Report's, on SQLite and MariaDB, and the money read back adds up (gross =
net + discounts, net takings = payments - refunds, the summary's takings = the takings
section's); the files are what French Excel expects (BOM, `;`, decimal commas, euro formats,
real dates)."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from ocpizza_desk.domain.enums import Role
from ocpizza_desk.services import report_exports, reports
from ocpizza_desk.services.report_exports import Kind
from ocpizza_desk.services.reports import Granularity, ReportRequest
from tests.test_reports import FIRST, LAST, build


@pytest.fixture
def report(db):
    _data, tiny = build(db)
    return reports.report(
        db, tiny.staff[Role.HEAD_OFFICE], ReportRequest(FIRST, LAST, (), Granularity.WEEK)
    )


def expected_tables(report) -> dict[str, list[tuple]]:
    """The report's figures, straight from its dataclasses (not through `sections`)."""
    names = dict(report.stores)
    return {
        "summary": [
            (
                "Tous les magasins choisis" if r.store_id is None else names[r.store_id],
                r.orders,
                r.cancelled,
                r.cancelled / r.orders,
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
                r.late / r.completed,
                r.lateness_p50_s,
                r.lateness_p90_s,
                r.payments_cents,
                r.refunds_cents,
                r.payments_cents - r.refunds_cents,
            )
            for r in report.per_store
        ],
        "revenue": [
            (
                r.period,
                names[r.store_id],
                r.orders,
                r.ttc_cents,
                r.ht_cents,
                r.discount_cents,
                r.average_basket_cents,
            )
            for r in report.revenue
        ],
        "products": [(p.name, p.quantity, p.ttc_cents, p.ht_cents) for p in report.products],
        "channels": [
            (
                report_exports.words("fr")[c.channel],
                c.orders,
                c.ttc_cents,
                c.ht_cents,
                c.average_basket_cents,
            )
            for c in report.channels
        ],
        "takings": [
            (
                r.period,
                names[r.store_id],
                report_exports.words("fr")[r.tender],
                r.payments_cents,
                r.refunds_cents,
                r.payments_cents - r.refunds_cents,
            )
            for r in report.takings
        ],
        "stock": [
            (
                names[s.store_id],
                s.ingredient,
                report_exports.words("fr")[s.unit],
                s.theory,
                s.waste,
                s.inventory_difference,
                s.theory + s.waste - s.inventory_difference,
            )
            for s in report.stock
        ],
    }


KINDS = {
    s.key: [c.kind for c in s.columns]
    for s in report_exports.sections(reports.Report(ReportRequest(FIRST, LAST), datetime.now(), {}))
}


# --------------------------------------------------------------------------- CSV


def parse_csv_cell(kind: Kind, text: str):
    """What French Excel reads in the cell, back into the report's units."""
    if text == "":
        return None
    if kind is Kind.MONEY:
        assert "." not in text and " " not in text
        return int(Decimal(text.replace(",", ".")) * 100)
    if kind is Kind.RATE:
        return Decimal(text.replace(",", "."))
    if kind in (Kind.COUNT, Kind.DURATION, Kind.QUANTITY):
        return int(text)
    if kind is Kind.DATE:
        return date.fromisoformat(text)
    return text


def csv_blocks(path) -> dict[str, list[list[str]]]:
    """Title line -> lines under it (header first), split on the blank lines."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM French Excel needs to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    blocks, current = {}, None
    for line in lines:
        if not line:
            current = None
        elif current is None:
            current = line[0]
            blocks[current] = []
        else:
            blocks[current].append(line)
    return blocks


def test_the_csv_holds_every_figure_of_the_report(report, tmp_path):
    path = report_exports.write_csv(report, tmp_path / "r.csv")
    blocks = csv_blocks(path)
    head = dict(blocks["Rapport OC Pizza"])
    assert head["Du"] == "2026-03-24" and head["Au"] == "2026-04-06"
    assert head["Magasins"] == "OC Pizza Second, OC Pizza Test"
    assert head["Regroupement"] == "semaine"
    titles = {
        "summary": "Synthèse par magasin",
        "revenue": "Chiffre d'affaires (semaine)",
        "products": "Produits",
        "channels": "Canaux",
        "takings": "Encaissements (semaine)",
        "stock": "Stock",
    }
    for key, rows in expected_tables(report).items():
        header, *lines = blocks[titles[key]]
        assert len(header) == len(KINDS[key])
        assert len(lines) == len(rows) and rows
        for line, row in zip(lines, rows, strict=True):
            got = [parse_csv_cell(k, t) for k, t in zip(KINDS[key], line, strict=True)]
            for kind, value, want in zip(KINDS[key], got, row, strict=True):
                if kind is Kind.RATE:
                    assert value.as_tuple().exponent == -2  # two decimals, in percent
                    assert abs(value - Decimal(want * 100)) <= Decimal("0.005")
                else:
                    assert value == want
    assert blocks["Synthèse par magasin"][0][4] == "CA TTC (€)"
    assert blocks["Synthèse par magasin"][0][6] == "Réductions (€)"
    assert blocks["Encaissements (semaine)"][0] == [
        "Période (début)",
        "Magasin",
        "Moyen de paiement",
        "Encaissé (€)",
        "Remboursé (€)",
        "Encaissement net (€)",
    ]
    money_adds_up(
        {
            key: [
                [parse_csv_cell(k, t) for k, t in zip(KINDS[key], line, strict=True)]
                for line in blocks[title][1:]
            ]
            for key, title in titles.items()
        }
    )


def money_adds_up(tables: dict[str, list[list]]) -> None:
    """Figures read back from a file: the takings add up across sections and columns."""
    summary, takings, revenue = tables["summary"], tables["takings"], tables["revenue"]
    assert takings and any(row[4] for row in takings)  # refunds were given
    for row in takings:
        assert row[5] == row[3] - row[4]
    together = summary[-1]
    assert together[-3:] == [
        sum(r[3] for r in takings),
        sum(r[4] for r in takings),
        sum(r[5] for r in takings),
    ]
    assert together[4] == sum(r[3] for r in revenue)  # TTC, net of discounts
    assert together[6] == sum(r[5] for r in revenue) > 0  # discounts


# --------------------------------------------------------------------------- XLSX


def test_the_workbook_holds_every_figure_as_numbers(report, tmp_path):
    path = report_exports.write_xlsx(report, tmp_path / "r.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == [
        "Rapport OC Pizza",
        "Synthèse par magasin",
        "Chiffre d'affaires (semaine)",
        "Produits",
        "Canaux",
        "Encaissements (semaine)",
        "Stock",
        "Formules",  # none sold in this data: its header only
    ]
    cover = book["Rapport OC Pizza"]
    assert cover["B2"].value == datetime(2026, 3, 24) and cover["B3"].value == datetime(2026, 4, 6)
    assert cover["B2"].number_format == report_exports.DATE_FORMAT
    for key, rows in expected_tables(report).items():
        sheet = book.worksheets[1 + list(expected_tables(report)).index(key)]
        header = [c.value for c in sheet[1]]
        assert all(c.font.bold for c in sheet[1]) and len(header) == len(KINDS[key])
        assert sheet.freeze_panes == "A2"
        body = list(sheet.iter_rows(min_row=2))
        assert len(body) == len(rows)
        for cells, row in zip(body, rows, strict=True):
            for kind, cell, want in zip(KINDS[key], cells, row, strict=True):
                value = cell.value
                if want is None:
                    assert value is None
                elif kind is Kind.MONEY:
                    assert isinstance(value, float | int)
                    assert round(Decimal(str(value)) * 100) == want
                    assert "€" in cell.number_format
                elif kind is Kind.RATE:
                    assert value == pytest.approx(want) and "%" in cell.number_format
                elif kind is Kind.DURATION:
                    seconds = (
                        value.total_seconds()
                        if isinstance(value, timedelta)
                        else float(value) * 86400
                    )
                    assert round(seconds) == want
                    assert cell.number_format == report_exports.DURATION_FORMAT
                elif kind is Kind.DATE:
                    assert value == datetime.combine(want, datetime.min.time())
                    assert cell.number_format == report_exports.DATE_FORMAT
                else:
                    assert value == want
        for letter, dimension in sheet.column_dimensions.items():
            assert dimension.width >= 10, letter
    money_adds_up(
        {
            key: [
                [
                    _cents(cell.value) if kind is Kind.MONEY else cell.value
                    for kind, cell in zip(KINDS[key], cells, strict=True)
                ]
                for cells in book.worksheets[1 + n].iter_rows(min_row=2)
            ]
            for n, key in enumerate(expected_tables(report))
        }
    )
    stock = book["Stock"]
    units = {
        stock.cell(row=r, column=3).value: stock.cell(row=r, column=4).number_format
        for r in range(2, stock.max_row + 1)
    }
    assert '"g"' in units["g"]


def _cents(value) -> int | None:
    return None if value is None else round(Decimal(str(value)) * 100)


def test_an_empty_report_writes_headers_only(db, tmp_path):
    _data, tiny = build(db)
    empty = reports.report(
        db, tiny.staff[Role.HEAD_OFFICE], ReportRequest(date(2020, 1, 1), date(2020, 1, 31))
    )
    blocks = csv_blocks(report_exports.write_csv(empty, tmp_path / "e.csv", lang="en"))
    assert blocks["Products"] == [
        ["Product", "Quantity", "Revenue incl. VAT (€)", "Revenue excl. VAT (€)"]
    ]
    book = load_workbook(report_exports.write_xlsx(empty, tmp_path / "e.xlsx", lang="en"))
    assert book["Products"].max_row == 1


def test_the_default_file_name_says_the_period(report):
    assert report_exports.default_file_name(report, "xlsx") == "rapport-2026-03-24-2026-04-06.xlsx"
