"""The three printed documents of a real demo order, written as PDFs and read back as text.

The order is a delivery with customisations, drinks at three VAT rates, meal vouchers
announced and paid, cash still to collect. What a PDF says is what the paper would say.
"""

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtTest import QTest

from ocpizza_desk.domain import phones
from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.domain.enums import OrderStatus, Role
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.gui import i18n, printing
from ocpizza_desk.gui.print_order import Paper
from ocpizza_desk.ops.seed import DEMO_PASSWORDS
from ocpizza_desk.services import documents, orders
from ocpizza_desk.services.cart import CartLine
from tests.gui.driving import WAIT_MS, signed_in
from tests.gui.translations import RecordingTranslator
from tests.helpers import product_id, request, staff
from tests.test_documents import VOUCHER, place_delivery


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
        "2 × Margherita + Supplément mozzarella − Sans basilic 1 × Regina",
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
        f"2 × Margherita {euros(order.lines[0].total_cents)}",
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
    paid = replace(order, total_cents=0, planned_tenders=(), payments=())
    assert "PAYÉE : rien à encaisser" in words(printing.courier_slip(paid).toPlainText())
    cancelled = replace(order, status=OrderStatus.CANCELLED)
    for build in (printing.kitchen_ticket, printing.courier_slip, printing.receipt):
        assert "ANNULÉE" in build(cancelled).toPlainText()
    unset = replace(order, legal=documents.LegalMentions.from_setting(None))
    assert "Mentions légales de démonstration" in printing.receipt(unset).toPlainText()


def test_every_string_is_translated_and_english_works(order):
    recorder = RecordingTranslator().install()
    try:
        for build in (printing.kitchen_ticket, printing.courier_slip, printing.receipt):
            build(order)
            build(replace(order, status=OrderStatus.CANCELLED, payments=()))
    finally:
        recorder.remove()
    assert recorder.untranslated() == []
    assert ("Printing", "Door code") in recorder.seen

    i18n.install("en", remember=False)
    receipt = words(printing.receipt(order).toPlainText())
    assert f"TOTAL incl. VAT €{order.total_cents // 100}.{order.total_cents % 100:02d}" in receipt
    assert "5.5%" in receipt


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
    assert f"LIVREUR · OC Pizza Bastille N° {delivery.order_id}" in courier
    assert "À ENCAISSER" in courier
    status = window.statusBar().currentMessage()
    assert str(delivery.order_id) in status and str(no_printer) in status
    assert not alerts_log
