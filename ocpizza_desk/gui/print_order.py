"""One tap to print an order's paper from any screen: the kitchen ticket, the courier slip, the
customer receipt.

The order is read off the Qt thread (`documents.ticket_data`); the page is laid out and printed
on the Qt thread, where QTextDocument and QPrinter live. A PC without a printer gets a PDF in
the user's data folder, and the message says where, so nothing is silently lost.
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
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import documents
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.documents import OrderDocument

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
STATUS_MS = 15_000  # how long the status bar keeps "saved as …"


class Paper(StrEnum):
    KITCHEN_TICKET = "kitchen_ticket"
    COURIER_SLIP = "courier_slip"
    RECEIPT = "receipt"


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
    Refusals and printer trouble are shown by `alerts`; nothing is retried behind the user."""

    def printed(doc: OrderDocument) -> None:
        label = paper_label(paper)
        try:
            pdf = printing.print_document(LAYOUTS[paper](doc))
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
        if pdf is None:
            message = translate("PrintOrder", "{paper} of order No. {number} sent to the printer.")
        else:
            message = translate(
                "PrintOrder", "No printer: {paper} of order No. {number} saved as {path}"
            )
        message = message.format(paper=label, number=doc.order_id, path=pdf)
        _status(parent, message)
        if done is not None:
            done(message, pdf)

    runner.run(
        lambda: documents.ticket_data(ctx, session, order_id),
        printed,
        lambda error: alerts.show_error(parent, error),
        owner=parent,
    )


def _status(widget: QWidget, message: str) -> None:
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, STATUS_MS)
