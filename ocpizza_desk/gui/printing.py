"""Paper: the kitchen ticket, the courier slip, the customer receipt and the credit note,
printed through Qt.

Each builder turns an `OrderDocument` (read by `services.documents.ticket_data`, off the Qt
thread), or a `CreditNoteDocument` (`services.documents.credit_note_data`), into HTML for a
`QTextDocument` laid out for an 80 mm thermal roll: black only, sizes in pixels of a 302 px
wide page (80 mm at 96 px per inch), so the paper shows what the preview shows whatever the
printer's resolution. `print_document` sends it to a printer, or writes a
PDF when the PC has none (or when asked to), on a page as long as the ticket.

Strings are spelled `QCoreApplication.translate("Printing", "...")` so that pyside6-lupdate
finds them; amounts follow the UI language (12,50 € in French).

Every amount printed is read from the document as the service built it from
`domain.totals` (total, VAT per rate on the net of the discounts, what is due); nothing here
adds up money another way.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from platformdirs import user_data_path
from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ocpizza_desk import APP_AUTHOR, APP_NAME
from ocpizza_desk.domain import allergens, phones
from ocpizza_desk.domain.clock import to_paris, utcnow
from ocpizza_desk.domain.enums import CustomisationKind, DiscountKind, OrderStatus
from ocpizza_desk.domain.money import denomination_text
from ocpizza_desk.domain.pricing import VatLine
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.i18n import money
from ocpizza_desk.gui.labels import (
    channel_label,
    discount_reason_label,
    mode_label,
    tender_label,
)
from ocpizza_desk.services.allergens import AllergenSheet
from ocpizza_desk.services.closures import ClosureDetail
from ocpizza_desk.services.documents import (
    CreditNoteDocument,
    DiscountLine,
    FiscalMark,
    LegalMentions,
    OrderDocument,
    StoreInfo,
)

PAPER_WIDTH_MM = 80
PAGE_WIDTH_PX = 302  # 80 mm at 96 px per inch: the unit of every size below
MARGIN_PX = 14  # about 4 mm each side: what a thermal head cannot reach
STYLE = "p { margin: 0; } td { padding: 1px 0; } th { font-weight: normal; }"


class PrinterNotFound(LookupError):
    """The named printer is not (or no longer) installed on this PC."""


# --------------------------------------------------------------------------- formatting


def _minus(cents: int) -> str:
    """An amount taken off: "−2,50 €"."""
    return f"−{money(cents)}"


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
    return _footer_at(doc.printed_at)


def _footer_at(moment) -> str:
    printed = QCoreApplication.translate("Printing", "Printed {when}").format(when=_when(moment))
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
        if where.approximate:
            rough = QCoreApplication.translate(
                "Printing", "≈ APPROXIMATE: located by its postcode only, call the customer"
            )
            html += _p(escape(rough), 14, bold=True)
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
    html += _p(escape(money(doc.due_cents)), 28, bold=True, center=True)
    if doc.kept_cents > 0:
        paid = QCoreApplication.translate("Printing", "Already paid: {amount}").format(
            amount=money(doc.kept_cents)
        )
        html += _p(escape(paid), 12, center=True)
    for planned in doc.pending_tenders:
        text = QCoreApplication.translate("Printing", "Planned: {tender} {amount}").format(
            tender=tender_label(planned.tender), amount=money(planned.amount_cents)
        )
        html += _p(escape(text), 14, bold=True, center=True)
    return html


# --------------------------------------------------------------------------- receipt


def _store_block(store: StoreInfo) -> str:
    html = _p(escape(store.name), 17, bold=True, center=True)
    phone = QCoreApplication.translate("Printing", "Tel. {phone}").format(
        phone=phones.display(store.phone_e164)
    )
    address = [store.street, f"{store.postcode} {store.city}", phone]
    return html + _p("<br/>".join(escape(a) for a in address), 12, center=True) + "<hr/>"


def receipt_html(doc: OrderDocument) -> str:
    """For the customer: the store, the lines at their gross, the discounts (a line's under
    it, the order's before the total), the total to pay with its VAT per rate, the payments
    and refunds, the legal mentions."""
    title = QCoreApplication.translate("Printing", "Receipt {number}").format(number=doc.order_id)
    html = f"<title>{escape(title)}</title>" + _store_block(doc.store) + _duplicate(doc.mark)
    number = QCoreApplication.translate("Printing", "Order No. {number}").format(
        number=doc.order_id
    )
    html += _rows([(escape(number), escape(mode_label(doc.mode)))], 13, bold=True)
    html += _rows([(escape(_when(doc.created_at)), escape(channel_label(doc.channel)))])
    html += _ticket_mark(doc.mark)
    if doc.status is OrderStatus.CANCELLED:
        html += _p(QCoreApplication.translate("Printing", "CANCELLED"), 18, bold=True, center=True)
    html += "<hr/>" + _receipt_lines(doc) + "<hr/>" + _order_discounts(doc)
    total = QCoreApplication.translate("Printing", "TOTAL incl. VAT")
    html += _rows([(escape(total), escape(money(doc.total_cents)))], 17, bold=True)
    html += _vat_table(doc.vat) + _payments(doc) + "<hr/>" + _legal(doc.legal)
    thanks = QCoreApplication.translate("Printing", "Thank you and see you soon!")
    return html + _p(escape(thanks), 12, bold=True, center=True, style="margin-top:6px;")


def _duplicate(mark: FiscalMark | None) -> str:
    if mark is None or not mark.duplicate:
        return ""
    return _p(QCoreApplication.translate("Printing", "DUPLICATE"), 22, bold=True, center=True)


def _ticket_mark(mark: FiscalMark | None) -> str:
    """The ticket number in the store's sequence and the journal entry's fingerprint."""
    if mark is None:
        return ""
    rows = []
    if mark.ticket_number is not None:
        ticket = QCoreApplication.translate("Printing", "Ticket No. {number}")
        rows.append((escape(ticket.format(number=mark.ticket_number)), ""))
    if mark.fingerprint:
        fingerprint = QCoreApplication.translate("Printing", "Fingerprint {fingerprint}")
        rows.append((escape(fingerprint.format(fingerprint=mark.fingerprint)), ""))
    return _rows(rows, 11) if rows else ""


def discount_text(discount: DiscountLine) -> str:
    """Why the discount was given, and how much when it was a percentage."""
    if discount.reason is None:
        return QCoreApplication.translate("Printing", "Discount")
    text = QCoreApplication.translate("Printing", "Discount: {reason}").format(
        reason=discount_reason_label(discount.reason)
    )
    if discount.kind is DiscountKind.PERCENT:
        text += f" ({i18n.rate(discount.value)})"
    return text


def _receipt_lines(doc: OrderDocument) -> str:
    rows = []
    for line in doc.lines:
        rows.append(
            (f"{line.quantity} × {escape(line.product_name)}", escape(money(line.total_cents)))
        )
        for c in line.customisations:
            price = f" ({escape(money(c.price_cents))})" if c.price_cents else ""
            rows.append((f"&nbsp;&nbsp;{_customisation(c.kind, c.label)}{price}", ""))
        for discount in doc.line_discounts(line.position):
            rows.append(
                (
                    f"&nbsp;&nbsp;<i>{escape(discount_text(discount))}</i>",
                    f"<i>{escape(_minus(discount.amount_cents))}</i>",
                )
            )
    return _rows(rows, 12)


def _order_discounts(doc: OrderDocument) -> str:
    """The order's discounts, under the subtotal they were taken from."""
    discounts = doc.order_discounts
    if not discounts:
        return ""
    subtotal = QCoreApplication.translate("Printing", "Subtotal")
    html = _rows([(escape(subtotal), escape(money(doc.subtotal_cents)))], 13)
    return html + _rows(
        [(escape(discount_text(d)), escape(_minus(d.amount_cents))) for d in discounts], 13
    )


def _vat_table(vat: tuple[VatLine, ...]) -> str:
    head = [
        QCoreApplication.translate("Printing", "VAT rate"),
        QCoreApplication.translate("Printing", "excl. VAT"),
        QCoreApplication.translate("Printing", "VAT"),
        QCoreApplication.translate("Printing", "incl. VAT"),
    ]
    rows = [head] + [
        [i18n.rate(v.rate_bp), money(v.base_cents), money(v.vat_cents), money(v.total_cents)]
        for v in vat
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
        rows.append((escape(tender_label(payment.tender)), escape(money(payment.amount_cents))))
        if payment.change_cents:
            change = QCoreApplication.translate("Printing", "Change given")
            rows.append((f"&nbsp;&nbsp;{escape(change)}", escape(money(payment.change_cents))))
    for refund in doc.refunds:
        text = QCoreApplication.translate("Printing", "Refund (credit note No. {number})").format(
            number=refund.credit_note_number
        )
        rows.append((escape(text), escape(_minus(refund.amount_cents))))
        rows.append((f"&nbsp;&nbsp;{escape(tender_label(refund.tender))}", ""))
    html = "<hr/>" + _rows(rows, 12) if rows else "<hr/>"
    if doc.due_cents:
        due = QCoreApplication.translate("Printing", "Amount due")
        return html + _rows([(escape(due), escape(money(doc.due_cents)))], 15, bold=True)
    if doc.status is not OrderStatus.CANCELLED:
        html += _p(QCoreApplication.translate("Printing", "Paid in full"), 13, bold=True)
    return html


# --------------------------------------------------------------------------- credit note


def credit_note_html(note: CreditNoteDocument) -> str:
    """For the customer, from one refund: the store, "CREDIT NOTE No. n" in the store's
    sequence, the order it corrects, why, the money given back (with the bank's reference for
    a card or online refund), the VAT it gives back per rate, who refunded and who approved,
    and the legal mentions."""
    number = note.credit_note_number
    title = QCoreApplication.translate("Printing", "Credit note {number}").format(number=number)
    html = f"<title>{escape(title)}</title>" + _store_block(note.store) + _duplicate(note.mark)
    heading = QCoreApplication.translate("Printing", "CREDIT NOTE No. {number}").format(
        number=number
    )
    html += _p(escape(heading), 20, bold=True, center=True)
    html += _p(escape(_when(note.created_at)), 12, center=True)
    html += _ticket_mark(note.mark) + "<hr/>"
    refers = QCoreApplication.translate("Printing", "Order No. {number} of {day}").format(
        number=note.order_id, day=to_paris(note.order_created_at).strftime("%d/%m/%Y")
    )
    html += _p(escape(refers), 13, bold=True)
    if note.order_status is OrderStatus.CANCELLED:
        html += _p(escape(QCoreApplication.translate("Printing", "Order cancelled")), 12)
    reason = QCoreApplication.translate("Printing", "Reason: {text}").format(text=note.reason)
    html += _p(escape(reason), 12, style="margin-top:4px;") + "<hr/>"
    refunded = QCoreApplication.translate("Printing", "REFUNDED incl. VAT")
    html += _rows([(escape(refunded), escape(money(note.amount_cents)))], 17, bold=True)
    html += _rows([(escape(tender_label(note.tender)), escape(money(note.amount_cents)))], 12)
    if note.bank_reference:
        reference = QCoreApplication.translate("Printing", "Bank reference {reference}").format(
            reference=note.bank_reference
        )
        html += _p(f"&nbsp;&nbsp;{escape(reference)}", 12)
    html += _vat_table(note.vat) + "<hr/>"
    people = [
        (
            QCoreApplication.translate("Printing", "Refunded by"),
            note.refunded_by or "—",
        )
    ]
    if note.approved_by:
        people.append((QCoreApplication.translate("Printing", "Approved by"), note.approved_by))
    html += _rows([(escape(k), escape(v)) for k, v in people], 12)
    return html + "<hr/>" + _legal(note.legal) + _footer_at(note.printed_at)


# --------------------------------------------------------------------------- Z (closures)


def _closure_title(detail: ClosureDetail) -> tuple[str, str]:
    """(the ticket's heading, the period in words)."""
    start = detail.period_start
    if detail.kind == "day":
        return (
            QCoreApplication.translate("Printing", "Z TICKET"),
            QCoreApplication.translate("Printing", "Business day {day}").format(
                day=start.strftime("%d/%m/%Y")
            ),
        )
    if detail.kind == "month":
        return (
            QCoreApplication.translate("Printing", "MONTHLY CLOSURE"),
            QCoreApplication.translate("Printing", "Month {month}").format(
                month=start.strftime("%m/%Y")
            ),
        )
    return (
        QCoreApplication.translate("Printing", "YEARLY CLOSURE"),
        QCoreApplication.translate("Printing", "Year {year}").format(year=start.year),
    )


def z_ticket_html(detail: ClosureDetail) -> str:
    """A closure for the manager's file: the store, the period, the sales (gross, discounts,
    total, VAT per rate), the ticket range and counts, the takings by tender, for a day the
    cash expected against the drawer counted by denomination with the difference and the
    orders carried over, the perpetual grand total, and the closure's place in the journal
    (sequence, fingerprint, signed or not). A reprint says DUPLICATE."""
    heading, period = _closure_title(detail)
    title = QCoreApplication.translate("Printing", "Closure {period}").format(period=period)
    html = f"<title>{escape(title)}</title>" + _store_block(detail.store)
    html += _p(escape(heading), 20, bold=True, center=True)
    if detail.duplicate:
        html += _p(QCoreApplication.translate("Printing", "DUPLICATE"), 22, bold=True, center=True)
    html += _p(escape(period), 14, bold=True, center=True)
    closed = QCoreApplication.translate("Printing", "Closed {when} by {who}").format(
        when=_when(detail.closed_at), who=detail.closed_by or "—"
    )
    html += _p(escape(closed), 11, center=True) + "<hr/>"
    figures = detail.figures
    html += _rows(
        [
            (escape(QCoreApplication.translate("Printing", "Gross sales")),
             escape(money(figures.gross_cents))),
            (escape(QCoreApplication.translate("Printing", "Discounts")),
             escape(_minus(figures.discount_cents))),
        ],
        12,
    )  # fmt: skip
    total = QCoreApplication.translate("Printing", "SALES incl. VAT")
    html += _rows([(escape(total), escape(money(figures.total_cents)))], 16, bold=True)
    vat = tuple(VatLine(v.rate_bp, v.base_cents, v.vat_cents, v.total_cents) for v in figures.vat)
    if vat:
        html += _vat_table(vat)
    html += "<hr/>" + _closure_counts(detail) + "<hr/>" + _closure_takings(detail)
    if detail.kind == "day":
        html += "<hr/>" + _closure_cash(detail)
    else:
        parts = QCoreApplication.translate("Printing", "Closures cumulated: {count}").format(
            count=detail.parts
        )
        html += "<hr/>" + _p(escape(parts), 12)
    html += "<hr/>" + _rows(
        [
            (escape(QCoreApplication.translate("Printing", "Grand total before")),
             escape(money(detail.previous_grand_total_cents))),
        ],
        11,
    )  # fmt: skip
    grand = QCoreApplication.translate("Printing", "PERPETUAL GRAND TOTAL")
    html += _rows([(escape(grand), escape(money(detail.grand_total_cents)))], 14, bold=True)
    if detail.note:
        note = QCoreApplication.translate("Printing", "Note: {text}").format(text=detail.note)
        html += _p(escape(note), 12, style="margin-top:4px;")
    html += "<hr/>" + _closure_chain(detail) + "<hr/>" + _legal(detail.legal)
    return html + _footer_at(detail.printed_at)


def _closure_counts(detail: ClosureDetail) -> str:
    figures = detail.figures
    rows = []
    if figures.first_ticket is not None:
        rows.append(
            (
                QCoreApplication.translate("Printing", "Tickets No. {first} to {last}").format(
                    first=figures.first_ticket, last=figures.last_ticket
                ),
                str(figures.tickets),
            )
        )
    else:
        rows.append((QCoreApplication.translate("Printing", "Tickets"), "0"))
    rows += [
        (QCoreApplication.translate("Printing", "Modifications"), str(figures.modifications)),
        (QCoreApplication.translate("Printing", "Cancellations"), str(figures.cancellations)),
        (QCoreApplication.translate("Printing", "Credit notes"), str(figures.refund_count)),
        (QCoreApplication.translate("Printing", "Payments"), str(figures.payment_count)),
    ]
    return _rows([(escape(k), escape(v)) for k, v in rows], 12)


def _closure_takings(detail: ClosureDetail) -> str:
    figures = detail.figures
    head = [
        QCoreApplication.translate("Printing", "Takings"),
        QCoreApplication.translate("Printing", "In"),
        QCoreApplication.translate("Printing", "Out"),
        QCoreApplication.translate("Printing", "Net"),
    ]
    rows = [head]
    for tender in figures.tenders:
        known = tender.tender_enum
        rows.append(
            [
                tender_label(known) if known is not None else tender.tender,
                money(tender.payments_cents),
                money(tender.refunds_cents),
                money(tender.net_cents),
            ]
        )
    rows.append(
        [
            QCoreApplication.translate("Printing", "Total"),
            money(figures.payments_cents),
            money(figures.refunds_cents),
            money(figures.takings_cents),
        ]
    )
    cells = "".join(
        "<tr>"
        + "".join(
            f"<td align='{'left' if i == 0 else 'right'}'"
            + (" style='font-weight:bold;'" if n in (0, len(rows) - 1) else "")
            + f">{escape(cell)}</td>"
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for n, row in enumerate(rows)
    )
    return f"<table width='100%' cellspacing='0' style='font-size:11px;'>{cells}</table>"


def _closure_cash(detail: ClosureDetail) -> str:
    takings = QCoreApplication.translate("Printing", "Cash takings")
    rows = [(takings, money(detail.cash_takings_cents or 0))]
    if detail.drivers_out_cents:
        rows.append(
            (
                QCoreApplication.translate("Printing", "Still with the drivers"),
                _minus(detail.drivers_out_cents),
            )
        )
    rows += [
        (
            QCoreApplication.translate("Printing", "Expected in the drawer"),
            money(detail.expected_cash_cents or 0),
        ),
        (
            QCoreApplication.translate("Printing", "Counted"),
            money(detail.counted_cash_cents or 0),
        ),
    ]
    html = _rows([(escape(k), escape(v)) for k, v in rows], 12)
    difference = detail.difference_cents or 0
    shown = _minus(-difference) if difference < 0 else f"+{money(difference)}"
    shown = money(0) if difference == 0 else shown
    label = QCoreApplication.translate("Printing", "DIFFERENCE")
    html += _rows([(escape(label), escape(shown))], 15, bold=True)
    counted = [(d, n) for d, n in detail.drawer if n]
    if counted:
        lines = [
            (
                f"&nbsp;&nbsp;{escape(denomination_text(d))} × {n}",
                escape(money(d * n)),
            )
            for d, n in counted
        ]
        html += _p(escape(QCoreApplication.translate("Printing", "Drawer counted")), 11,
                   style="margin-top:4px;")  # fmt: skip
        html += _rows(lines, 11)
    if detail.carried:
        carried = QCoreApplication.translate(
            "Printing", "Orders carried over to the next day: {orders}"
        ).format(orders=", ".join(f"{n}" for n in detail.carried))
        html += _p(escape(carried), 11, style="margin-top:4px;")
    return html


def _closure_chain(detail: ClosureDetail) -> str:
    entry = QCoreApplication.translate("Printing", "Journal entry No. {sequence}").format(
        sequence=detail.sequence
    )
    fingerprint = QCoreApplication.translate("Printing", "Fingerprint {fingerprint}").format(
        fingerprint=detail.fingerprint
    )
    if detail.signed:
        signed = QCoreApplication.translate("Printing", "Signed, key {key}").format(
            key=(detail.key_id or "")[:12].upper()
        )
    else:
        signed = QCoreApplication.translate(
            "Printing", "NOT SIGNED (no signing key on the PC that closed it)"
        )
    lines = [entry, fingerprint, signed]
    return _p("<br/>".join(escape(line) for line in lines), 11, center=True)


def _legal(legal: LegalMentions) -> str:
    lines = []
    company = f"{legal.company_name} {legal.legal_form}".strip()
    if company and legal.share_capital_cents is not None:
        capital = re.sub(r"[.,]00(?=\D*$)", "", money(legal.share_capital_cents))
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


# --------------------------------------------------------------------------- allergens


def allergen_sheet_html(sheet: AllergenSheet) -> str:
    """The menu's allergens for a customer who asks: dish by dish, in menu order, the
    regulation's names; a dish with an ingredient not recorded says so (never "none")."""
    lang = i18n.language()
    title = QCoreApplication.translate("Printing", "Allergens of the menu")
    html = f"<title>{escape(title)}</title>"
    html += _p(escape(title), 18, bold=True, center=True)
    html += _p(
        escape(
            QCoreApplication.translate(
                "Printing", "The 14 allergens of EU regulation 1169/2011, annex II"
            )
        ),
        10,
        center=True,
    )
    category = None
    for dish in sheet.dishes:
        if dish.category != category:
            category = dish.category
            html += "<hr/>" + _p(escape(category), 13, bold=True)
        if dish.unknown:
            text = QCoreApplication.translate(
                "Printing", "Not recorded for {ingredients}: ask us"
            ).format(ingredients=", ".join(dish.unknown))
        elif dish.allergens:
            text = ", ".join(allergens.names(dish.allergens, lang))
        else:
            text = QCoreApplication.translate("Printing", "None of the 14 allergens")
        html += _p(escape(dish.name), 12, bold=True, style="margin-top:4px;")
        html += _p(escape(text), 11)
    html += "<hr/>" + _p(
        escape(
            QCoreApplication.translate(
                "Printing",
                "Customisations change a dish's allergens: ask the counter for your pizza as "
                "you order it.",
            )
        ),
        10,
    )
    return html + _footer_at(sheet.made_at)


def allergen_sheet(sheet: AllergenSheet) -> QTextDocument:
    return text_document(allergen_sheet_html(sheet))


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


def credit_note(note: CreditNoteDocument) -> QTextDocument:
    return text_document(credit_note_html(note))


def z_ticket(detail: ClosureDetail) -> QTextDocument:
    return text_document(z_ticket_html(detail))


# --------------------------------------------------------------------------- printing


def default_pdf_path(doc: QTextDocument) -> Path:
    """Where a document goes on a PC without a printer: the user's data folder, by title; a
    second print within the same second (a reprint) never overwrites the first."""
    title = doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle) or "document"
    stem = re.sub(r"[^\w-]+", "-", title).strip("-") or "document"
    stamp = to_paris(utcnow()).strftime("%Y%m%d-%H%M%S")
    folder = user_data_path(APP_NAME, APP_AUTHOR) / "prints"
    path = folder / f"{stem}-{stamp}.pdf"
    copy = 1
    while path.exists():
        copy += 1
        path = folder / f"{stem}-{stamp}-{copy}.pdf"
    return path


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
