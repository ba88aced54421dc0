"""A report as a PDF to send or print: A4 landscape, the period and stores in the title, the
revenue chart, then every section's table (the same `report_exports.sections` as the CSV and
the workbook, formatted as on screen).

Built in two halves: `ReportDocument(...)` on the Qt thread (the chart is a QGraphicsWidget
and must be drawn there; the HTML is cheap), `write(path)` on a worker (laying out and
writing the pages, which takes a while for a long stock section). `QTextDocument` and
`QPdfWriter` are reentrant, and the chart travels as a QImage.

Strings are spelled `QCoreApplication.translate("ReportPdf", "...")` for pyside6-lupdate.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from ocpizza_desk import APP_NAME
from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.gui import i18n, style
from ocpizza_desk.gui import report_format as fmt
from ocpizza_desk.gui.widgets import charts
from ocpizza_desk.services import report_exports
from ocpizza_desk.services.report_exports import Kind
from ocpizza_desk.services.reports import Report

translate = QCoreApplication.translate
CHART_URL = "report://revenue.png"
CHART_SIZE = QSize(1000, 400)  # pixels at 96 dpi: the width of an A4 landscape page's text
STYLE = f"""
body {{ font-family: 'DejaVu Sans'; font-size: 8pt; color: {style.INK}; }}
h1 {{ font-size: 16pt; color: {style.BRAND}; margin: 0; }}
h2 {{ font-size: 11pt; color: {style.BRAND}; margin-top: 14px; margin-bottom: 4px; }}
p.meta {{ color: {style.MUTED}; margin: 2px 0; }}
table {{ border-collapse: collapse; }}
th {{
    background: {style.TABLE_HEADER}; font-weight: bold; padding: 3px;
    border: 1px solid {style.TABLE_BORDER};
}}
td {{ padding: 2px 3px; border: 1px solid {style.TABLE_RULE}; }}
td.n {{ text-align: right; }}
tr.total td {{ font-weight: bold; }}
"""


FOOTER_PX = 22  # the line under each page: the title and "Page 2 of 5"
MIN_ROWS = 2  # rows of a table kept together at a page's foot or head


def page_footer(title: str, number: int, count: int) -> str:
    return translate("ReportPdf", "{title} · page {number} of {count}").format(
        title=title, number=number, count=count
    )


def table_pages(doc: QTextDocument) -> list[tuple[QTextTable, list[int]]]:
    """Each table of the document with the page each of its rows (after the header) lies on."""
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    found = []
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        header = frame.format().headerRowCount()
        pages = []
        for row in range(header, frame.rows()):
            block = frame.cellAt(row, 0).firstCursorPosition().block()
            top = layout.blockBoundingRect(block).top()
            pages.append(int(top // height))
        found.append((frame, pages))
    return found


def _alone(pages: list[int]) -> bool:
    """A table that runs onto the next page leaving fewer than MIN_ROWS rows on one side."""
    if not pages or pages[0] == pages[-1]:
        return False
    first, last = pages.count(pages[0]), pages.count(pages[-1])
    return first < MIN_ROWS or (last < MIN_ROWS and len(pages) < 40)


def keep_rows_together(doc: QTextDocument) -> None:
    """A table (with its title) that would leave one row at the foot of a page, or one at the
    head of the next, starts on a new page instead (its header is repeated on each page it
    runs onto: the HTML's <thead>)."""
    for _ in range(50):  # each pass moves one table; the later ones are laid out again
        for table, pages in table_pages(doc):
            if not _alone(pages):
                continue
            # The block before the table: its section's title, or the table's other half.
            cursor = QTextCursor(table.firstCursorPosition())
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
            block = cursor.block()
            if block.text().strip() and block.blockFormat().pageBreakPolicy() == (
                QTextFormat.PageBreakFlag.PageBreak_Auto
            ):
                fmt_ = QTextBlockFormat()
                fmt_.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.mergeBlockFormat(fmt_)
            else:
                table_format = table.format()
                if table_format.pageBreakPolicy() != QTextFormat.PageBreakFlag.PageBreak_Auto:
                    continue
                table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                table.setFormat(table_format)
            break
        else:
            return


MAX_COLUMNS = 10  # a wider table is cut in two, each half repeating the first column
PAGE_MM = (297 - 24, 210 - 24)  # A4 landscape inside 12 mm margins
PIXELS_PER_MM = 96 / 25.4


def _column_groups(count: int) -> list[list[int]]:
    if count <= MAX_COLUMNS:
        return [list(range(count))]
    rest = list(range(1, count))
    size = -(-len(rest) // -(-len(rest) // (MAX_COLUMNS - 1)))  # balanced halves
    return [[0, *rest[i : i + size]] for i in range(0, len(rest), size)]


def _table(section: report_exports.Section, columns: list[int]) -> str:
    html = "<table width='100%' cellspacing='0' style='margin-bottom:6px;'><thead><tr>"
    html += "".join(f"<th>{escape(section.columns[i].title)}</th>" for i in columns)
    html += "</tr></thead>"  # repeated at the top of each page a long table runs onto
    last = len(section.rows) - 1
    for n, row in enumerate(section.rows):
        total = section.key == "summary" and n == last
        html += "<tr>"
        for i in columns:
            column = section.columns[i]
            text = escape(fmt.cell(column.kind, row[i]))
            cell = f"<b>{text}</b>" if total else text
            numeric = column.kind not in (Kind.TEXT, Kind.DATE)
            html += f"<td class='n'>{cell}</td>" if numeric else f"<td>{cell}</td>"
        html += "</tr>"
    return html + "</table>"


class ReportDocument:
    """The PDF's content, made on the Qt thread, written anywhere."""

    def __init__(self, report: Report, coverage: str) -> None:
        self.report = report
        self.title = translate("ReportPdf", "OC Pizza report from {first} to {last}").format(
            first=fmt.day(report.request.first_day), last=fmt.day(report.request.last_day)
        )
        chart = charts.revenue_chart(report)
        self.chart = None if chart is None else charts.render(chart, CHART_SIZE)
        self.html = self._html(coverage)

    def _html(self, coverage: str) -> str:
        report = self.report
        lang = i18n.language()
        generated = translate("ReportPdf", "Generated on {when}").format(
            when=to_paris(report.generated_at).strftime("%d/%m/%Y %H:%M")
        )
        # The stores are named once, in the coverage line (period · stores · by day …).
        html = f"<html><head><title>{escape(self.title)}</title></head><body>"
        html += f"<h1>{escape(self.title)}</h1>"
        for line in (coverage, generated):
            html += f"<p class='meta'>{escape(line)}</p>"
        if self.chart is not None:
            html += (
                f"<p><img src='{CHART_URL}' width='{CHART_SIZE.width()}' "
                f"height='{CHART_SIZE.height()}'/></p>"
            )
        for section in report_exports.sections(report, lang):
            html += f"<h2>{escape(section.title)}</h2>"
            if not section.rows:
                nothing = translate("ReportPdf", "Nothing in this period.")
                html += f"<p>{escape(nothing)}</p>"
                continue
            for columns in _column_groups(len(section.columns)):
                html += _table(section, columns)
        return html + "</body></html>"

    def document(self) -> QTextDocument:
        doc = QTextDocument()
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(8)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(STYLE)
        if self.chart is not None:
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), self.chart)
        doc.setHtml(self.html)
        # Paginated at the page's own size (96 px per inch) less the footer's line: the
        # chart's width is the text's.
        doc.setDocumentMargin(0)
        doc.setPageSize(QSizeF(PAGE_MM[0] * PIXELS_PER_MM, PAGE_MM[1] * PIXELS_PER_MM - FOOTER_PX))
        keep_rows_together(doc)
        return doc

    def write(self, path: Path | str) -> Path:
        """A4 landscape, 12 mm margins; the document flows over as many pages as it needs."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        writer = QPdfWriter(str(path))
        writer.setTitle(self.title)
        writer.setCreator(APP_NAME)
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        doc = self.document()
        page = doc.pageSize()
        pages = doc.pageCount()
        painter = QPainter(writer)
        scale = writer.resolution() / 96
        painter.scale(scale, scale)
        footer = QFont("DejaVu Sans")
        footer.setPixelSize(10)  # in the page's 96 dpi units, scaled with the rest
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            doc.drawContents(
                painter, QRectF(0, number * page.height(), page.width(), page.height())
            )
            painter.restore()
            painter.setFont(footer)
            painter.setPen(QColor(style.MUTED))
            painter.drawText(
                QRectF(0, page.height(), page.width(), FOOTER_PX),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                page_footer(self.title, number + 1, pages),
            )
        painter.end()
        del writer  # closes the file
        if not path.exists():
            raise OSError(f"the PDF was not written: {path}")
        return path
