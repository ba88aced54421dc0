"""Paper: the kitchen ticket, the courier slip and the customer receipt, printed through Qt.

Each builder turns an `OrderDocument` (read by `services.documents.ticket_data`, off the Qt
thread) into HTML for a `QTextDocument` laid out for an 80 mm thermal roll: black only, sizes
in pixels of a 302 px wide page (80 mm at 96 px per inch), so the paper shows what the preview
shows whatever the printer's resolution. `print_document` sends it to a printer, or writes a
PDF when the PC has none (or when asked to), on a page as long as the ticket.

Strings are spelled `QCoreApplication.translate("Printing", "...")` so that pyside6-lupdate
finds them; amounts follow the UI language (12,50 € in French).
"""

from __future__ import annotations

import math
import re
from html import escape
from pathlib import Path

from platformdirs import user_data_path
from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ocpizza_desk import APP_AUTHOR, APP_NAME
from ocpizza_desk.domain import phones
from ocpizza_desk.domain.clock import to_paris, utcnow
from ocpizza_desk.domain.enums import CustomisationKind, OrderStatus
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.domain.pricing import format_rate
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.labels import channel_label, mode_label, tender_label
from ocpizza_desk.services.documents import OrderDocument

PAPER_WIDTH_MM = 80
PAGE_WIDTH_PX = 302  # 80 mm at 96 px per inch: the unit of every size below
MARGIN_PX = 14  # about 4 mm each side: what a thermal head cannot reach
STYLE = "p { margin: 0; } td { padding: 1px 0; } th { font-weight: normal; }"


class PrinterNotFound(LookupError):
    """The named printer is not (or no longer) installed on this PC."""


# --------------------------------------------------------------------------- formatting


def _money(cents: int) -> str:
    return format_cents(cents, i18n.language())


def _rate(rate_bp: int) -> str:
    text = format_rate(rate_bp)
    return text if i18n.language() == "fr" else text.replace(",", ".").replace(" %", "%")


def _when(moment) -> str:
    return to_paris(moment).strftime("%d/%m/%Y %H:%M")


def _hhmm(moment) -> str:
    return to_paris(moment).strftime("%H:%M")


def _p(
    html: str, size: int = 12, *, bold: bool = False, center: bool = False, style: str = ""
) -> str:
    weight = "font-weight:bold;" if bold else ""
    align = " align='center'" if center else ""
    return f"<p{align} style='font-size:{size}px;{weight}{style}'>{html}</p>"


def _rows(rows: list[tuple[str, str]], size: int = 12, *, bold: bool = False) -> str:
    weight = "font-weight:bold;" if bold else ""
    cells = "".join(
        f"<tr><td>{left}</td><td align='right'>{right}</td></tr>" for left, right in rows
    )
    return (
        f"<table width='100%' cellspacing='0' style='font-size:{size}px;{weight}'>{cells}</table>"
    )


def _header(doc: OrderDocument, kind: str, title: str) -> str:
    """The document's kind and store, the order number in big, and a banner if cancelled."""
    number = QCoreApplication.translate("Printing", "No. {number}").format(number=doc.order_id)
    html = f"<title>{escape(title)}</title>"
    html += _p(f"{escape(kind)} · {escape(doc.store.name)}", 12, center=True)
    html += _p(escape(number), 30, bold=True, center=True)
    if doc.status is OrderStatus.CANCELLED:
        html += _p(QCoreApplication.translate("Printing", "CANCELLED"), 22, bold=True, center=True)
    return html


def _customisation(kind: CustomisationKind, label: str) -> str:
    return f"{'+' if kind is CustomisationKind.EXTRA else '−'} {escape(label)}"


def _footer(doc: OrderDocument) -> str:
    printed = QCoreApplication.translate("Printing", "Printed {when}").format(
        when=_when(doc.printed_at)
    )
    return "<hr/>" + _p(escape(printed), 10, center=True)


# --------------------------------------------------------------------------- kitchen


def kitchen_ticket_html(doc: OrderDocument) -> str:
    """For the pizzaiolo: what to make, in big bold letters; customisations stand out."""
    title = QCoreApplication.translate("Printing", "Kitchen ticket {number}").format(
        number=doc.order_id
    )
    html = _header(doc, QCoreApplication.translate("Printing", "KITCHEN"), title)
    promised = QCoreApplication.translate("Printing", "{mode} for {time}").format(
        mode=mode_label(doc.mode).upper(), time=_hhmm(doc.promised_at)
    )
    html += _p(escape(promised), 18, bold=True, center=True)
    received = QCoreApplication.translate("Printing", "Received {time} · {channel}").format(
        time=_hhmm(doc.created_at), channel=channel_label(doc.channel)
    )
    html += _p(escape(received), 12, center=True) + "<hr/>"
    for line in doc.lines:
        html += _p(
            f"{line.quantity} × {escape(line.product_name)}", 20, bold=True, style="margin-top:6px;"
        )
        for c in line.customisations:
            html += _p(_customisation(c.kind, c.label), 17, bold=True, style="margin-left:20px;")
    if doc.notes:
        note = QCoreApplication.translate("Printing", "Note: {text}").format(text=doc.notes)
        html += "<hr/>" + _p(escape(note), 15, bold=True)
    return html + _footer(doc)


# --------------------------------------------------------------------------- courier


def courier_slip_html(doc: OrderDocument) -> str:
    """For the driver: where, who to call, how to get in, and what to collect at the door."""
    title = QCoreApplication.translate("Printing", "Delivery slip {number}").format(
        number=doc.order_id
    )
    html = _header(doc, QCoreApplication.translate("Printing", "COURIER"), title)
    promised = QCoreApplication.translate("Printing", "{mode} for {time}").format(
        mode=mode_label(doc.mode).upper(), time=_hhmm(doc.promised_at)
    )
    html += _p(escape(promised), 16, bold=True, center=True) + "<hr/>"
    if doc.customer_name:
        html += _p(escape(doc.customer_name), 17, bold=True)
    if doc.customer_phone_e164:
        html += _p(escape(phones.display(doc.customer_phone_e164)), 20, bold=True)
    where = doc.delivery
    if where is not None:
        parts = [where.street, where.extra, f"{where.postcode} {where.city}"]
        html += _p("<br/>".join(escape(p) for p in parts if p), 15, style="margin-top:4px;")
        access = []
        if where.door_code:
            access.append((QCoreApplication.translate("Printing", "Door code"), where.door_code))
        if where.floor:
            access.append((QCoreApplication.translate("Printing", "Floor"), where.floor))
        if access:
            html += _rows([(escape(k), escape(v)) for k, v in access], 17, bold=True)
        if where.notes:
            html += _p(escape(where.notes), 13, style="font-style:italic;")
    if doc.notes:
        note = QCoreApplication.translate("Printing", "Note: {text}").format(text=doc.notes)
        html += _p(escape(note), 13, bold=True)
    html += "<hr/>" + "".join(
        _p(f"{line.quantity} × {escape(line.product_name)}", 12) for line in doc.lines
    )
    return html + "<hr/>" + _to_collect(doc) + _footer(doc)


def _to_collect(doc: OrderDocument) -> str:
    if doc.due_cents == 0:
        paid = QCoreApplication.translate("Printing", "PAID: nothing to collect")
        return _p(escape(paid), 17, bold=True, center=True)
    html = _p(QCoreApplication.translate("Printing", "TO COLLECT"), 14, center=True)
    html += _p(escape(_money(doc.due_cents)), 28, bold=True, center=True)
    if doc.paid_cents:
        paid = QCoreApplication.translate("Printing", "Already paid: {amount}").format(
            amount=_money(doc.paid_cents)
        )
        html += _p(escape(paid), 12, center=True)
    for planned in doc.pending_tenders:
        text = QCoreApplication.translate("Printing", "Planned: {tender} {amount}").format(
            tender=tender_label(planned.tender), amount=_money(planned.amount_cents)
        )
        html += _p(escape(text), 14, bold=True, center=True)
    return html


# --------------------------------------------------------------------------- receipt


def receipt_html(doc: OrderDocument) -> str:
    """For the customer: the store, the lines, totals with VAT per rate, the legal mentions."""
    title = QCoreApplication.translate("Printing", "Receipt {number}").format(number=doc.order_id)
    store = doc.store
    html = f"<title>{escape(title)}</title>"
    html += _p(escape(store.name), 17, bold=True, center=True)
    phone = QCoreApplication.translate("Printing", "Tel. {phone}").format(
        phone=phones.display(store.phone_e164)
    )
    address = [store.street, f"{store.postcode} {store.city}", phone]
    html += _p("<br/>".join(escape(a) for a in address), 12, center=True) + "<hr/>"
    number = QCoreApplication.translate("Printing", "Order No. {number}").format(
        number=doc.order_id
    )
    html += _rows([(escape(number), escape(mode_label(doc.mode)))], 13, bold=True)
    html += _rows([(escape(_when(doc.created_at)), escape(channel_label(doc.channel)))])
    if doc.status is OrderStatus.CANCELLED:
        html += _p(QCoreApplication.translate("Printing", "CANCELLED"), 18, bold=True, center=True)
    html += "<hr/>" + _receipt_lines(doc) + "<hr/>"
    total = QCoreApplication.translate("Printing", "TOTAL incl. VAT")
    html += _rows([(escape(total), escape(_money(doc.total_cents)))], 17, bold=True)
    html += _vat_table(doc) + _payments(doc) + "<hr/>" + _legal(doc)
    thanks = QCoreApplication.translate("Printing", "Thank you and see you soon!")
    return html + _p(escape(thanks), 12, bold=True, center=True, style="margin-top:6px;")


def _receipt_lines(doc: OrderDocument) -> str:
    rows = []
    for line in doc.lines:
        rows.append(
            (f"{line.quantity} × {escape(line.product_name)}", escape(_money(line.total_cents)))
        )
        for c in line.customisations:
            price = f" ({escape(_money(c.price_cents))})" if c.price_cents else ""
            rows.append((f"&nbsp;&nbsp;{_customisation(c.kind, c.label)}{price}", ""))
    return _rows(rows, 12)


def _vat_table(doc: OrderDocument) -> str:
    head = [
        QCoreApplication.translate("Printing", "VAT rate"),
        QCoreApplication.translate("Printing", "excl. VAT"),
        QCoreApplication.translate("Printing", "VAT"),
        QCoreApplication.translate("Printing", "incl. VAT"),
    ]
    rows = [head] + [
        [_rate(v.rate_bp), _money(v.base_cents), _money(v.vat_cents), _money(v.total_cents)]
        for v in doc.vat
    ]
    cells = "".join(
        "<tr>"
        + "".join(
            f"<td align='{'left' if i == 0 else 'right'}'>{escape(cell)}</td>"
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        "<table width='100%' cellspacing='0' style='font-size:11px; margin-top:6px;'>"
        f"{cells}</table>"
    )


def _payments(doc: OrderDocument) -> str:
    rows = []
    for payment in doc.payments:
        rows.append((escape(tender_label(payment.tender)), escape(_money(payment.amount_cents))))
        if payment.change_cents:
            change = QCoreApplication.translate("Printing", "Change given")
            rows.append((f"&nbsp;&nbsp;{escape(change)}", escape(_money(payment.change_cents))))
    html = "<hr/>" + _rows(rows, 12) if rows else "<hr/>"
    if doc.due_cents:
        due = QCoreApplication.translate("Printing", "Amount due")
        return html + _rows([(escape(due), escape(_money(doc.due_cents)))], 15, bold=True)
    if doc.status is not OrderStatus.CANCELLED:
        html += _p(QCoreApplication.translate("Printing", "Paid in full"), 13, bold=True)
    return html


def _legal(doc: OrderDocument) -> str:
    legal = doc.legal
    lines = []
    company = f"{legal.company_name} {legal.legal_form}".strip()
    if company and legal.share_capital_cents is not None:
        capital = re.sub(r"[.,]00(?=\D*$)", "", _money(legal.share_capital_cents))
        company = QCoreApplication.translate(
            "Printing", "{company} with a capital of {amount}"
        ).format(company=company, amount=capital)
    for text in (company, legal.registered_office):
        if text:
            lines.append(text)
    if legal.siret:
        lines.append(
            QCoreApplication.translate("Printing", "SIRET {number}").format(number=legal.siret)
        )
    if legal.rcs:
        lines.append(legal.rcs)
    if legal.vat_number:
        lines.append(
            QCoreApplication.translate("Printing", "VAT number {number}").format(
                number=legal.vat_number
            )
        )
    if legal.placeholder:
        lines.append(
            QCoreApplication.translate("Printing", "Demo legal mentions: to be configured")
        )
    return _p("<br/>".join(escape(line) for line in lines), 10, center=True)


# --------------------------------------------------------------------------- documents


def text_document(html: str) -> QTextDocument:
    """The HTML laid out on the roll's width, in the ticket's font."""
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(12)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(MARGIN_PX)
    doc.setHtml(html)
    doc.setTextWidth(PAGE_WIDTH_PX)
    return doc


def kitchen_ticket(doc: OrderDocument) -> QTextDocument:
    return text_document(kitchen_ticket_html(doc))


def courier_slip(doc: OrderDocument) -> QTextDocument:
    return text_document(courier_slip_html(doc))


def receipt(doc: OrderDocument) -> QTextDocument:
    return text_document(receipt_html(doc))


def render_image(doc: QTextDocument, scale: float = 2.0) -> QImage:
    """The ticket as a picture (print preview, documentation)."""
    size = doc.size()
    image = QImage(
        math.ceil(size.width() * scale),
        math.ceil(size.height() * scale),
        QImage.Format.Format_RGB32,
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    doc.drawContents(painter)
    painter.end()
    return image


# --------------------------------------------------------------------------- printing


def default_pdf_path(doc: QTextDocument) -> Path:
    """Where a document goes on a PC without a printer: the user's data folder, by title."""
    title = doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle) or "document"
    stem = re.sub(r"[^\w-]+", "-", title).strip("-") or "document"
    stamp = to_paris(utcnow()).strftime("%Y%m%d-%H%M%S")
    return user_data_path(APP_NAME, APP_AUTHOR) / "prints" / f"{stem}-{stamp}.pdf"


def print_document(
    doc: QTextDocument, printer_name: str | None = None, pdf_path: Path | None = None
) -> Path | None:
    """Print on the named printer (else the default one); write a PDF instead when `pdf_path`
    is given or the PC has no printer. Returns the PDF written, None when sent to a printer."""
    installed = QPrinterInfo.availablePrinters()
    if pdf_path is None and not installed:
        pdf_path = default_pdf_path(doc)
    if pdf_path is not None:
        pdf_path = Path(pdf_path)
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf_path))
    else:
        info = QPrinterInfo.printerInfo(printer_name) if printer_name else None
        if printer_name and (info is None or info.isNull()):
            raise PrinterNotFound(printer_name)
        info = info or QPrinterInfo.defaultPrinter()
        printer = QPrinter(
            installed[0] if info.isNull() else info, QPrinter.PrinterMode.HighResolution
        )
    printer.setDocName(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    printer.setCreator(APP_NAME)
    _print_on_roll(doc, printer)
    return pdf_path


def _print_on_roll(doc: QTextDocument, printer: QPrinter) -> None:
    """One page as long as the ticket (80 mm wide); a printer that keeps its own paper size
    gets as many pages of that shape as needed, never a stretched ticket."""
    roll = doc.clone()
    roll.setTextWidth(PAGE_WIDTH_PX)
    length_px = roll.size().height() + 4  # a little slack: rounding must not add a page
    length_mm = PAPER_WIDTH_MM * length_px / PAGE_WIDTH_PX
    printer.setFullPage(True)
    printer.setPageSize(
        QPageSize(
            QSizeF(PAPER_WIDTH_MM, length_mm),
            QPageSize.Unit.Millimeter,
            "OC Pizza roll",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    )
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    paper = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter)
    roll.setPageSize(QSizeF(PAGE_WIDTH_PX, PAGE_WIDTH_PX * paper.height() / paper.width()))
    roll.print_(printer)
