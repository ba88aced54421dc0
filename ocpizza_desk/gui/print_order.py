"""One tap to print an order's paper from any screen: the kitchen ticket, the courier slip, the
customer receipt, and a credit note (avoir) for one of its refunds.

The order is read off the Qt thread (`documents.ticket_data`, `documents.credit_note_data`);
the page is laid out and printed on the Qt thread, where QTextDocument and QPrinter live. A PC
without a printer gets a PDF in the user's data folder, and the message says where, so nothing
is silently lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMainWindow, QWidget

from ocpizza_desk.gui import alerts, printing
from ocpizza_desk.gui.tasks import SUBMIT, TaskRunner
from ocpizza_desk.services import allergens as allergen_service
from ocpizza_desk.services import closures, documents
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.closures import ClosureDetail
from ocpizza_desk.services.documents import CreditNoteDocument, OrderDocument

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
STATUS_MS = 15_000  # how long the status bar keeps "saved as …"


class Paper(StrEnum):
    KITCHEN_TICKET = "kitchen_ticket"
    COURIER_SLIP = "courier_slip"
    RECEIPT = "receipt"
    CREDIT_NOTE = "credit_note"  # one per refund: print_credit_note


LAYOUTS: dict[Paper, Callable[[OrderDocument], QTextDocument]] = {
    Paper.KITCHEN_TICKET: printing.kitchen_ticket,
    Paper.COURIER_SLIP: printing.courier_slip,
    Paper.RECEIPT: printing.receipt,
}


def paper_label(paper: Paper) -> str:
    return {
        Paper.KITCHEN_TICKET: translate("PrintOrder", "Kitchen ticket"),
        Paper.COURIER_SLIP: translate("PrintOrder", "Courier slip"),
        Paper.RECEIPT: translate("PrintOrder", "Receipt"),
        Paper.CREDIT_NOTE: translate("PrintOrder", "Credit note"),
    }[paper]


def print_order(
    parent: QWidget,
    ctx,
    session: StaffSession,
    runner: TaskRunner,
    order_id: int,
    paper: Paper,
    done: Callable[[str, Path | None], None] | None = None,
) -> None:
    """Read, lay out and print; `done(message, pdf)` once on paper (pdf None) or in a PDF.
    Refusals and printer trouble are shown by `alerts`; nothing is retried behind the user.
    A credit note names its refund: `print_credit_note`."""
    if paper not in LAYOUTS:
        raise ValueError(f"{paper} is printed from a refund: print_credit_note")

    def printed(doc: OrderDocument) -> None:
        message = translate("PrintOrder", "{paper} of order No. {number} sent to the printer.")
        no_printer = translate(
            "PrintOrder", "No printer: {paper} of order No. {number} saved as {path}"
        )
        _print(
            parent, LAYOUTS[paper](doc), message, no_printer, done, paper_label(paper), doc.order_id
        )

    if paper is Paper.RECEIPT:  # money paper: its print is recorded, a reprint journalled
        runner.run(
            lambda: documents.receipt_to_print(ctx, session, order_id),
            printed,
            lambda error: alerts.show_error(parent, error),
            owner=parent,
            lane=SUBMIT,
        )
        return
    runner.run(
        lambda: documents.ticket_data(ctx, session, order_id),
        printed,
        lambda error: alerts.show_error(parent, error),
        owner=parent,
    )


def print_credit_note(
    parent: QWidget,
    ctx,
    session: StaffSession,
    runner: TaskRunner,
    order_id: int,
    credit_note_number: int,
    done: Callable[[str, Path | None], None] | None = None,
) -> None:
    """The credit note of one refund of the order (its number in the store's sequence, as
    `OrderDetail.refunds` gives it), printed like the receipt: `done(message, pdf)`. Printed
    again, it says DUPLICATE and the reprint is journalled."""

    def printed(note: CreditNoteDocument) -> None:
        message = translate(
            "PrintOrder", "Credit note No. {number} of order No. {order} sent to the printer."
        )
        no_printer = translate(
            "PrintOrder",
            "No printer: credit note No. {number} of order No. {order} saved as {path}",
        )
        _print(
            parent,
            printing.credit_note(note),
            message,
            no_printer,
            done,
            number=note.credit_note_number,
            order=note.order_id,
        )

    runner.run(
        lambda: documents.credit_note_to_print(ctx, session, order_id, credit_note_number),
        printed,
        lambda error: alerts.show_error(parent, error),
        owner=parent,
        lane=SUBMIT,
    )


def print_closure(
    parent: QWidget,
    detail: ClosureDetail,
    done: Callable[[str, Path | None], None] | None = None,
) -> None:
    """A closure's ticket (the Z of a day, a month's, a year's) as `services.closures`
    returned it: on closing, or from `reprint_closure` (marked DUPLICATE)."""
    when = {
        "day": detail.period_start.strftime("%d/%m/%Y"),
        "month": detail.period_start.strftime("%m/%Y"),
        "year": str(detail.period_start.year),
    }[detail.kind]
    message = translate("PrintOrder", "Closure of {period} sent to the printer.")
    no_printer = translate("PrintOrder", "No printer: closure of {period} saved as {path}")
    _print(parent, printing.z_ticket(detail), message, no_printer, done, period=when)


def reprint_closure(
    parent: QWidget,
    ctx,
    session: StaffSession,
    runner: TaskRunner,
    closure_id: int,
    done: Callable[[str, Path | None], None] | None = None,
) -> None:
    """An earlier closure printed again: journalled as a duplicate (`closures.reprint`, on
    the submit lane: it writes), then printed with "DUPLICATE"."""
    runner.run(
        lambda: closures.reprint(ctx, session, closure_id),
        lambda detail: print_closure(parent, detail, done),
        lambda error: alerts.show_error(parent, error),
        owner=parent,
        lane=SUBMIT,
    )


def print_allergen_sheet(
    parent: QWidget,
    ctx,
    session: StaffSession,
    runner: TaskRunner,
    done: Callable[[str, Path | None], None] | None = None,
) -> None:
    """The menu's allergen sheet, for a customer who asks (read off the Qt thread)."""
    message = translate("PrintOrder", "Allergen sheet sent to the printer.")
    no_printer = translate("PrintOrder", "No printer: allergen sheet saved as {path}")
    runner.run(
        lambda: allergen_service.sheet(ctx, session),
        lambda sheet: _print(parent, printing.allergen_sheet(sheet), message, no_printer, done),
        lambda error: alerts.show_error(parent, error),
        owner=parent,
    )


def _print(
    parent: QWidget,
    document: QTextDocument,
    sent: str,
    saved: str,
    done: Callable[[str, Path | None], None] | None,
    paper: str | None = None,
    number: int | None = None,
    **names,
) -> None:
    """Print on the Qt thread; the message (`sent`, or `saved` with the PDF's path) in the
    status bar and to `done`."""
    try:
        pdf = printing.print_document(document)
    except printing.PrinterNotFound as exc:
        alerts.warning(
            parent,
            translate("PrintOrder", "Printing"),
            translate("PrintOrder", "The printer {name} is not installed on this PC.").format(
                name=exc.args[0]
            ),
        )
        return
    except Exception as exc:  # a driver or disk error: logged, shown, the screen goes on
        log.exception("printing failed")
        alerts.show_error(parent, exc)
        return
    message = (sent if pdf is None else saved).format(paper=paper, number=number, path=pdf, **names)
    _status(parent, message)
    if done is not None:
        done(message, pdf)


def _status(widget: QWidget, message: str) -> None:
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, STATUS_MS)
