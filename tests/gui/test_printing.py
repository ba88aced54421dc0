"""The printed documents of a real demo order, written as PDFs and read back as text.

The order is a delivery with customisations, drinks at three VAT rates, meal vouchers
announced and paid, cash still to collect. A second order carries line and order discounts,
was paid by card, made cheaper and refunded: its receipt and its credit note (avoir). What a
PDF says is what the paper would say.
"""

import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from ocpizza_desk.domain import phones, totals
from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import OrderStatus, Role, Tender
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.gui import i18n, printing
from ocpizza_desk.gui.print_order import Paper, paper_label, print_credit_note
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import documents, orders
from ocpizza_desk.services.cart import CartLine
from tests.gui.driving import WAIT_MS, signed_in
from tests.gui.translations import RecordingTranslator
from tests.helpers import product_id, request, staff
from tests.test_documents import (
    BANK_REFERENCE,
    VOUCHER,
    place_delivery,
    place_discounted,
)


def words(text: str) -> str:
    """One space between words: PDF text comes out with tabs, and amounts with no-break
    spaces."""
    return " ".join(text.split())


def euros(cents: int) -> str:
    return words(format_cents(cents, i18n.language()))


def pdf_text(doc, path: Path) -> str:
    assert printing.print_document(doc, pdf_path=path) == path
    reader = PdfReader(path)
    assert len(reader.pages) == 1  # one strip of roll, as long as the ticket
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert width_mm == pytest.approx(printing.PAPER_WIDTH_MM, abs=0.5)
    return words(reader.pages[0].extract_text())


@pytest.fixture
def order(qt_settings, demo):
    counter = staff(demo, "accueil.bastille")
    placed = place_delivery(demo, counter)
    return documents.ticket_data(demo, staff(demo, "livreur.bastille"), placed.order_id)


def test_kitchen_ticket_pdf(order, tmp_path):
    text = pdf_text(printing.kitchen_ticket(order), tmp_path / "kitchen.pdf")
    promised = to_paris(order.promised_at).strftime("%H:%M")
    for expected in (
        "CUISINE · OC Pizza Bastille",
        f"N° {order.order_id}",
        f"LIVRAISON pour {promised}",
        "2 × Margherita 33 cm + Supplément mozzarella − Sans basilic 1 × Regina 33 cm",
        "2 × Coca-Cola 33 cl",
        "Note : Sonner deux fois",
    ):
        assert expected in text
    assert "€" not in text  # no prices in the kitchen


def test_courier_slip_pdf(order, tmp_path):
    text = pdf_text(printing.courier_slip(order), tmp_path / "courier.pdf")
    where = order.delivery
    for expected in (
        f"LIVREUR · OC Pizza Bastille N° {order.order_id}",
        order.customer_name,
        words(phones.display(order.customer_phone_e164)),
        f"{where.street} {where.postcode} {where.city}",
        f"Code porte {where.door_code}",
        f"Étage {where.floor}",
        f"À ENCAISSER {euros(order.total_cents - VOUCHER)}",
        f"Déjà payé : {euros(VOUCHER)}",
        f"Prévu : Espèces {euros(2000)}",
    ):
        assert expected in text
    assert "Titres-restaurant" not in text  # announced, and already paid


def test_receipt_pdf(order, tmp_path):
    text = pdf_text(printing.receipt(order), tmp_path / "receipt.pdf")
    assert order.due_cents == order.total_cents - VOUCHER > 0
    expected = [
        "OC Pizza Bastille 12 rue de la Roquette 75011 Paris Tél. 01 43 55 12 87",
        f"Commande n° {order.order_id} Livraison",
        f"2 × Margherita 33 cm {euros(order.lines[0].total_cents)}",
        f"+ Supplément mozzarella ({euros(150)}) − Sans basilic",
        f"TOTAL TTC {euros(order.total_cents)}",
        "Taux TVA HT TVA TTC",
        f"5,5 % {euros(order.vat[0].base_cents)} {euros(order.vat[0].vat_cents)}",
        f"10 % {euros(order.vat[1].base_cents)} {euros(order.vat[1].vat_cents)}",
        f"20 % {euros(order.vat[2].base_cents)} {euros(order.vat[2].vat_cents)}",
        f"Titres-restaurant {euros(VOUCHER)} Reste à payer {euros(order.due_cents)}",
        "OC Pizza SAS au capital de 15 000 €",
        "SIRET 912 345 675 00009",
        "RCS Paris 912 345 675",
        "N° TVA intracommunautaire FR65 912345675",
    ]
    for line in expected:
        assert line in text
    assert [v.rate_bp for v in order.vat] == [550, 1000, 2000]
    assert "démonstration" not in text  # the demo database has its "legal" setting


def test_paid_and_cancelled_orders_say_so(order):
    paid = replace(order, totals=totals.stored([]), planned_tenders=(), payments=())
    assert "PAYÉE : rien à encaisser" in words(printing.courier_slip(paid).toPlainText())
    cancelled = replace(order, status=OrderStatus.CANCELLED)
    for build in (printing.kitchen_ticket, printing.courier_slip, printing.receipt):
        assert "ANNULÉE" in build(cancelled).toPlainText()
    unset = replace(order, legal=documents.LegalMentions.from_setting(None))
    assert "Mentions légales de démonstration" in printing.receipt(unset).toPlainText()


def test_every_string_is_translated_and_english_works(order, discounted):
    doc, note = discounted
    recorder = RecordingTranslator().install()
    try:
        for build in (printing.kitchen_ticket, printing.courier_slip, printing.receipt):
            build(order)
            build(replace(order, status=OrderStatus.CANCELLED, payments=()))
            build(doc)
        printing.credit_note(note)
        printing.credit_note(replace(note, order_status=OrderStatus.CANCELLED))
        paper_label(Paper.CREDIT_NOTE)
    finally:
        recorder.remove()
    assert recorder.untranslated() == []
    assert ("Printing", "Door code") in recorder.seen

    i18n.install("en", remember=False)
    receipt = words(printing.receipt(order).toPlainText())
    assert f"TOTAL incl. VAT €{order.total_cents // 100}.{order.total_cents % 100:02d}" in receipt
    assert "5.5%" in receipt
    english = words(printing.receipt(doc).toPlainText())
    assert "Discount: Loyal customer (10%)" in english and "Subtotal" in english
    assert f"Refund (credit note No. {note.credit_note_number}) −€" in english
    credit = words(printing.credit_note(note).toPlainText())
    assert f"CREDIT NOTE No. {note.credit_note_number}" in credit
    assert f"Bank reference {BANK_REFERENCE}" in credit and "Refunded by" in credit


# --------------------------------------------------------------------------- discounts, refunds


@pytest.fixture
def discounted(qt_settings, demo, request):
    """The receipt and the credit note of a discounted order, paid, made cheaper, refunded."""
    order_id, number = place_discounted(demo)
    clerk = staff(demo, "accueil.bastille")
    return (
        documents.ticket_data(demo, clerk, order_id),
        documents.credit_note_data(demo, clerk, order_id, number),
    )


def test_receipt_with_discounts_and_a_refund_pdf(discounted, tmp_path):
    doc, note = discounted
    # The italic "fi" of "fidèle" comes out of the PDF as a ligature.
    text = unicodedata.normalize("NFKC", pdf_text(printing.receipt(doc), tmp_path / "r.pdf"))
    margherita, regina, coke = doc.lines
    line_ten, line_fifty = doc.line_discounts(1)[0], doc.line_discounts(3)[0]
    goodwill, late = doc.order_discounts
    expected = [
        # each line at its gross, its own discount under it
        f"2 × Margherita 33 cm {euros(margherita.total_cents)}"
        f" + Supplément mozzarella ({euros(150)})"
        f" Remise : Client fidèle (10 %) −{euros(line_ten.amount_cents)}",
        f"1 × Regina 33 cm {euros(regina.total_cents)}",
        f"2 × Coca-Cola 33 cl {euros(coke.total_cents)}"
        f" Remise : Promotion −{euros(line_fifty.amount_cents)}",
        # the order's discounts under the subtotal, before the total
        f"Sous-total {euros(doc.subtotal_cents)}"
        f" Remise : Geste commercial −{euros(goodwill.amount_cents)}"
        f" Remise : Retard (5 %) −{euros(late.amount_cents)}"
        f" TOTAL TTC {euros(doc.total_cents)}",
        "Taux TVA HT TVA TTC",
        f"5,5 % {euros(doc.vat[0].base_cents)} {euros(doc.vat[0].vat_cents)}"
        f" {euros(doc.vat[0].total_cents)}",
        f"10 % {euros(doc.vat[1].base_cents)} {euros(doc.vat[1].vat_cents)}"
        f" {euros(doc.vat[1].total_cents)}",
        f"Carte bancaire {euros(doc.paid_cents)}"
        f" Remboursement (avoir n° {note.credit_note_number}) −{euros(note.amount_cents)}"
        " Carte bancaire Payée",
    ]
    for line in expected:
        assert line in text
    assert doc.subtotal_cents - goodwill.amount_cents - late.amount_cents == doc.total_cents
    assert "Peroni" not in text  # taken off: refunded


def test_credit_note_pdf(discounted, tmp_path):
    doc, note = discounted
    text = pdf_text(printing.credit_note(note), tmp_path / "avoir.pdf")
    when = to_paris(note.created_at).strftime("%d/%m/%Y %H:%M")
    ordered = to_paris(note.order_created_at).strftime("%d/%m/%Y")
    expected = [
        "OC Pizza Bastille 12 rue de la Roquette 75011 Paris Tél. 01 43 55 12 87",
        f"AVOIR N° {note.credit_note_number} {when}",
        f"Commande n° {doc.order_id} du {ordered}",
        "Motif : Bière en rupture",
        f"REMBOURSÉ TTC {euros(note.amount_cents)} Carte bancaire {euros(note.amount_cents)}",
        f"Référence bancaire {BANK_REFERENCE}",
        "Taux TVA HT TVA TTC",
        "Remboursé par Aurélie Carpentier",
        "OC Pizza SAS au capital de 15 000 €",
        "SIRET 912 345 675 00009",
        "N° TVA intracommunautaire FR65 912345675",
    ]
    for line in expected:
        assert line in text
    for v in note.vat:
        assert f"{euros(v.base_cents)} {euros(v.vat_cents)} {euros(v.total_cents)}" in text
    assert "Validé par" not in text  # a manager refunded: nobody had to approve
    approved = words(printing.credit_note(replace(note, approved_by="Jean Dupont")).toPlainText())
    assert "Validé par Jean Dupont" in approved
    cancelled = printing.credit_note(replace(note, order_status=OrderStatus.CANCELLED))
    assert "Commande annulée" in words(cancelled.toPlainText())
    cash = replace(note, tender=Tender.CASH, bank_reference=None)
    assert "Référence bancaire" not in words(printing.credit_note(cash).toPlainText())


def test_a_credit_note_is_printed_from_a_screen(
    qtbot, qt_settings, demo, monkeypatch, tmp_path, alerts_log
):
    """`print_credit_note`, as the order book will call it: read off the Qt thread, printed
    (here, no printer: a PDF in the data folder), the message handed back."""
    monkeypatch.setattr(printing, "QPrinterInfo", _NoPrinter)
    monkeypatch.setattr(printing, "user_data_path", lambda *names: tmp_path / "data")
    order_id, number = place_discounted(demo)
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner()
    done = []
    print_credit_note(
        parent,
        demo,
        staff(demo, "accueil.bastille"),
        runner,
        order_id,
        number,
        lambda message, pdf: done.append((message, pdf)),
    )
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    [(message, pdf)] = done
    assert pdf is not None and pdf.parent == tmp_path / "data" / "prints"
    assert pdf.name.startswith(f"Avoir-{number}-")
    assert message == (
        f"Pas d’imprimante : avoir n° {number} de la commande n° {order_id} enregistré dans {pdf}"
    )
    assert f"AVOIR N° {number}" in words(PdfReader(pdf).pages[0].extract_text())

    print_credit_note(parent, demo, staff(demo, "accueil.bastille"), runner, order_id, number + 5)
    qtbot.waitUntil(lambda: bool(alerts_log), timeout=WAIT_MS)
    assert "avoir n° " in alerts_log[-1][2]
    assert not runner.busy or runner.wait_idle() is None
    assert len(list((tmp_path / "data" / "prints").glob("*.pdf"))) == 1


class _NoPrinter:
    @staticmethod
    def availablePrinters():
        return []


class _OtherPrinter:
    @staticmethod
    def availablePrinters():
        return [QPrinterInfo()]

    @staticmethod
    def printerInfo(name):
        return QPrinterInfo()


def test_without_a_printer_a_pdf_is_written_in_the_data_folder(order, monkeypatch, tmp_path):
    monkeypatch.setattr(printing, "QPrinterInfo", _NoPrinter)
    monkeypatch.setattr(printing, "user_data_path", lambda *names: tmp_path / "data")
    written = printing.print_document(printing.kitchen_ticket(order))
    assert written is not None and written.exists()
    assert written.parent == tmp_path / "data" / "prints"
    assert written.name.startswith(f"Ticket-cuisine-{order.order_id}-")
    assert f"N° {order.order_id}" in words(PdfReader(written).pages[0].extract_text())


def test_an_unknown_printer_is_refused(order, monkeypatch):
    monkeypatch.setattr(printing, "QPrinterInfo", _OtherPrinter)
    with pytest.raises(printing.PrinterNotFound):
        printing.print_document(printing.receipt(order), printer_name="Epson TM-T20 (cuisine)")


# --------------------------------------------------------------------------- from the screens


@pytest.fixture
def no_printer(monkeypatch, tmp_path):
    """A shop PC with no printer installed: documents go to <data>/prints as PDFs."""
    monkeypatch.setattr(printing, "QPrinterInfo", _NoPrinter)
    monkeypatch.setattr(printing, "user_data_path", lambda *names: tmp_path / "data")
    return tmp_path / "data" / "prints"


def printed(qtbot, folder: Path, count: int) -> list[str]:
    """The text of each PDF in `folder` once there are `count`, oldest first."""
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == count, timeout=WAIT_MS)
    files = sorted(folder.glob("*.pdf"), key=lambda p: p.stat().st_mtime_ns)
    return [words(PdfReader(f).pages[0].extract_text()) for f in files]


def test_a_tap_on_a_card_prints_its_kitchen_ticket(qtbot, desk, demo, no_printer, alerts_log):
    placed = place_delivery(demo, staff(demo, "accueil.bastille"))
    window = signed_in(qtbot, desk, "pizzaiolo.bastille", DEMO_PASSWORDS[Role.PIZZAIOLO])
    window.show()
    screen = window.page("kitchen")
    qtbot.waitUntil(lambda: placed.order_id in screen.cards, timeout=WAIT_MS)
    card = screen.cards[placed.order_id]
    assert card.ui.printButton.text() == "Ticket"  # the French label
    QTest.mouseClick(card.ui.printButton, Qt.MouseButton.LeftButton)
    [text] = printed(qtbot, no_printer, 1)
    assert f"CUISINE · OC Pizza Bastille N° {placed.order_id}" in text
    assert "Supplément mozzarella" in text and "€" not in text
    message = screen.ui.messageLabel
    qtbot.waitUntil(lambda: str(no_printer) in message.text(), timeout=WAIT_MS)
    assert message.isVisible() and message.property("role") == "info"
    assert card.order.status is OrderStatus.RECEIVED  # printing does not start the order
    assert not alerts_log


def test_the_order_book_prints_the_receipt_and_the_courier_slip(
    qtbot, desk, demo, no_printer, alerts_log
):
    counter = staff(demo, "accueil.bastille")
    takeaway = orders.place(demo, counter, request(CartLine(product_id(demo, "regina"), 1)))
    delivery = place_delivery(demo, counter)
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show()
    window.show_screen("order_book")
    book = window.page("order_book")
    qtbot.waitUntil(lambda: book.model.rowCount() > 1 and not book.model.loading, timeout=WAIT_MS)
    assert [book.model.row_at(r).id for r in (0, 1)] == [delivery.order_id, takeaway.order_id]
    slip = book.print_actions[Paper.COURIER_SLIP]
    assert not book.ui.printButton.isEnabled()  # nothing selected yet

    book.ui.ordersView.selectRow(1)  # the take-away: no courier slip
    qtbot.waitUntil(
        lambda: book.detail is not None and book.detail.id == takeaway.order_id, timeout=WAIT_MS
    )
    assert book.ui.printButton.isEnabled() and not slip.isEnabled()
    book.ui.ordersView.selectRow(0)
    qtbot.waitUntil(
        lambda: book.detail is not None and book.detail.id == delivery.order_id, timeout=WAIT_MS
    )
    assert slip.isEnabled() and slip.text() == "Bon de livraison"
    assert book.ui.printButton.menu() is book.print_menu

    book.print_actions[Paper.RECEIPT].trigger()
    [receipt] = printed(qtbot, no_printer, 1)
    slip.trigger()
    courier = printed(qtbot, no_printer, 2)[1]
    assert f"Commande n° {delivery.order_id} Livraison" in receipt and "Taux TVA" in receipt
    # The receipt carries the store's ticket number and its journal entry's fingerprint; the
    # second print of it says DUPLICATA (and was journalled: tests/test_fiscal_papers.py).
    mark = documents.receipt_to_print(demo, counter, delivery.order_id).mark
    assert mark.duplicate and mark.ticket_number is not None
    assert f"Ticket n° {mark.ticket_number}" in receipt
    assert f"Empreinte {mark.fingerprint}" in receipt and "DUPLICATA" not in receipt
    book.print_actions[Paper.RECEIPT].trigger()
    again = printed(qtbot, no_printer, 3)[2]
    assert "DUPLICATA" in again and f"Ticket n° {mark.ticket_number}" in again
    assert f"LIVREUR · OC Pizza Bastille N° {delivery.order_id}" in courier
    assert "À ENCAISSER" in courier
    status = window.statusBar().currentMessage()
    assert str(delivery.order_id) in status and str(no_printer) in status
    assert not alerts_log


def test_a_reprint_in_the_same_second_never_overwrites_the_first_pdf(order, monkeypatch, tmp_path):
    from datetime import UTC, datetime

    monkeypatch.setattr(printing, "QPrinterInfo", _NoPrinter)
    monkeypatch.setattr(printing, "user_data_path", lambda *names: tmp_path / "data")
    monkeypatch.setattr(printing, "utcnow", lambda: datetime(2026, 12, 3, 19, 30, 5, tzinfo=UTC))
    first = printing.print_document(printing.receipt(order))
    reprint = replace(order, mark=documents.FiscalMark(7, "0123456789AB", duplicate=True))
    second = printing.print_document(printing.receipt(reprint))
    assert first != second and first.exists() and second.exists()
    assert "DUPLICATA" in words(PdfReader(second).pages[0].extract_text())
    assert "DUPLICATA" not in words(PdfReader(first).pages[0].extract_text())
