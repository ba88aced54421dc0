"""The customer file (counter staff and managers): find a customer by the start of a phone
number or of a name, correct their details and addresses, read their orders a page at a
time, merge two entries of one person; managers also answer the GDPR requests: everything
held about the customer exported as JSON and PDF (right of access), and erasure.

Every call goes through `services.customers` on a worker; every change, export and erasure
is audited there (field names and ids, never the personal data itself).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QMarginsF,
    QModelIndex,
    QSizeF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QKeySequence, QPageLayout, QPageSize, QPdfWriter, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from ocpizza_desk import APP_NAME
from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.domain.enums import Channel, OrderMode, OrderStatus
from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.gui import alerts, field_hint, folders, style
from ocpizza_desk.gui.forms.ui_customers import Ui_CustomersPage
from ocpizza_desk.gui.i18n import money
from ocpizza_desk.gui.labels import channel_label, mode_label, status_label
from ocpizza_desk.gui.models.rows import RowsTableModel
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import customers
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.customers import (
    AddressInput,
    AddressView,
    CustomerCard,
    CustomerExport,
    CustomerInput,
    CustomerRow,
    HistoryOrder,
    HistoryPage,
    MergeReport,
)

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 300  # after the last key, before asking the database
MIN_TYPED = 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _when(moment) -> str:
    return to_paris(moment).strftime("%d/%m/%Y %H:%M") if moment else "—"


# --------------------------------------------------------------------------- seams for tests


def _ask_text(parent: QWidget, title: str, text: str) -> str | None:
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Normal)
    return value if ok else None


def _choose_kept(parent: QWidget, first: CustomerRow, second: CustomerRow) -> CustomerRow | None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Customers", "Merge two customers"))
    box.setText(
        translate(
            "Customers",
            "Which entry is kept? The other one's orders and addresses move to it, then it is deleted.\n\n1. %1\n2. %2",  # noqa: E501
        )
        .replace("%1", _describe(first))
        .replace("%2", _describe(second))
    )
    keep_first = box.addButton(translate("Customers", "Keep 1"), QMessageBox.ButtonRole.YesRole)
    keep_second = box.addButton(translate("Customers", "Keep 2"), QMessageBox.ButtonRole.NoRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return {keep_first: first, keep_second: second}.get(box.clickedButton())


def _choose_folder(parent: QWidget, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(folders.documents()))
    return Path(chosen) if chosen else None


# Replaced by tests (the dialogs would block): what was typed / chosen, None when cancelled.
ask_text: Callable[[QWidget, str, str], str | None] = _ask_text
choose_kept: Callable[[QWidget, CustomerRow, CustomerRow], CustomerRow | None] = _choose_kept
choose_folder: Callable[[QWidget, str], Path | None] = _choose_folder


def _describe(row: CustomerRow) -> str:
    orders = translate("Customers", "orders: %1").replace("%1", str(row.orders))
    return f"{row.name} — {row.phone_display or '—'} — {orders}"


# --------------------------------------------------------------------------- models


class CustomerRowsModel(RowsTableModel):
    def header_texts(self) -> tuple[str, ...]:
        return (
            translate("Customers", "Name"),
            translate("Customers", "Phone"),
            translate("Customers", "Orders"),
            translate("Customers", "Last order"),
        )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row: CustomerRow = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.email or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            f"{row.last_name} {row.first_name}",
            row.phone_display or "—",
            str(row.orders),
            _when(row.last_order_at).split(" ")[0],
        )[column]

    def row_of(self, customer_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == customer_id), -1)


class HistoryModel(RowsTableModel):
    """The orders read so far, newest first; `append_page` adds the next older page."""

    def header_texts(self) -> tuple[str, ...]:
        return (
            translate("Customers", "Date"),
            translate("Customers", "Store"),
            translate("Customers", "Status"),
            translate("Customers", "Total"),
            translate("Customers", "Items"),
        )

    def append_page(self, orders: tuple[HistoryOrder, ...]) -> None:
        if not orders:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(orders) - 1)
        self.rows.extend(orders)
        self.endInsertRows()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        order: HistoryOrder = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole:
            how = f"{channel_label(order.channel)} · {mode_label(order.mode)}"
            return translate("Customers", "Order %1").replace("%1", str(order.order_id)) + (
                f" — {how}\n{order.summary}"
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            _when(order.created_at),
            order.store_name,
            status_label(order.status),
            money(order.total_cents),
            order.summary,
        )[column]


# --------------------------------------------------------------------------- the screen


class CustomersScreen(QWidget):
    def __init__(self, ctx, session: StaffSession, runner: TaskRunner) -> None:
        super().__init__()
        self.ui = Ui_CustomersPage()
        self.ui.setupUi(self)
        field_hint.say_when_cut(self)  # a paste cut at a field's limit says so
        self.ui.titleLabel.setObjectName("pageTitle")
        self.ui.customerTitleLabel.setObjectName("subtitleLabel")
        self.ui.listHintLabel.setObjectName("subtitleLabel")
        self.ctx, self.session, self.runner = ctx, session, runner
        self.gdpr = session.can(Permission.ERASE_CUSTOMERS)
        self.card: CustomerCard | None = None
        self.address: AddressView | None = None  # the one in the address form; None: new
        self.cursor: HistoryPage | None = None  # the last page of history read
        self.busy = False
        self.searched: str | None = None  # what the list shows results for
        self.last_export: tuple[Path, Path] | None = None
        ui = self.ui
        self.rows = CustomerRowsModel(self)
        ui.customersView.setModel(self.rows)
        self.history = HistoryModel(self)
        ui.historyView.setModel(self.history)
        # One column takes what is left and elides (the name, the items): no side scroll.
        for view, stretched in ((ui.customersView, 0), (ui.historyView, 4)):
            view.verticalHeader().setVisible(False)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([470, 610])
        ui.detailTabs.setTabVisible(ui.detailTabs.indexOf(ui.privacyTab), self.gdpr)

        self._search_timer = QTimer(
            self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.search
        )
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self.search)
        ui.customersView.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        ui.addressesList.currentRowChanged.connect(self._address_chosen)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.saveButton.clicked.connect(self.save)
        ui.newAddressButton.clicked.connect(self.new_address)
        ui.saveAddressButton.clicked.connect(self.save_address)
        ui.moreButton.clicked.connect(self.more_history)
        ui.mergeButton.clicked.connect(self.merge)
        ui.exportButton.clicked.connect(self.export)
        ui.eraseButton.clicked.connect(self.erase)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self._save_shortcut)
        self._show_card(None)

    # -- finding

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def search(self) -> None:
        self._search_timer.stop()
        typed = self.ui.searchEdit.text().strip()
        if len(typed) < MIN_TYPED:
            self.rows.set_rows([])
            self.searched = None
            self._show_hint()
            return
        ctx, session = self.ctx, self.session
        self.runner.run(
            lambda: customers.find_customers(ctx, session, typed),
            lambda rows: self._found(typed, rows),
            self._failed,
            owner=self,
        )

    def _found(self, typed: str, rows: list[CustomerRow]) -> None:
        if typed != self.ui.searchEdit.text().strip():
            return  # typed on meanwhile: the next answer is the one to show
        self.searched = typed
        self.rows.set_rows(rows)
        self._show_hint()
        if self.card is not None:
            row = self.rows.row_of(self.card.id)
            if row >= 0:
                self.ui.customersView.selectionModel().select(
                    self.rows.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        elif len(rows) == 1:
            self.ui.customersView.selectRow(0)

    def _show_hint(self) -> None:
        if self.searched is None:
            text = translate(
                "Customers",
                "Type at least two characters: the start of a phone number, or of a name.",
            )
        elif not self.rows.rowCount():
            text = translate("Customers", "Nobody found for « %1 ».").replace("%1", self.searched)
        else:
            text = translate(
                "Customers", "Found: %1. Ctrl+click a second customer to merge the two."
            ).replace("%1", str(self.rows.rowCount()))
        self.ui.listHintLabel.setText(text)
        self._update_buttons()

    def selected_rows(self) -> list[CustomerRow]:
        indexes = self.ui.customersView.selectionModel().selectedRows()
        return [self.rows.rows[i.row()] for i in sorted(indexes, key=lambda i: i.row())]

    def _selected(self) -> None:
        chosen = self.selected_rows()
        if len(chosen) == 1 and (self.card is None or self.card.id != chosen[0].id):
            self.open_customer(chosen[0].id)
        self._update_buttons()

    def select_customer(self, customer_id: int) -> bool:
        row = self.rows.row_of(customer_id)
        if row >= 0:
            self.ui.customersView.selectRow(row)
        return row >= 0

    def refresh(self) -> None:
        self.search()
        if self.card is not None:
            self.open_customer(self.card.id)

    # -- one customer

    def open_customer(self, customer_id: int) -> None:
        ctx, session = self.ctx, self.session
        self.runner.run(
            lambda: (
                customers.card(ctx, session, customer_id),
                customers.order_history(ctx, session, customer_id),
            ),
            self._opened,
            self._failed,
            owner=self,
        )

    def _opened(self, found: tuple[CustomerCard, HistoryPage]) -> None:
        card, page = found
        self._show_card(card)
        self.history.set_rows([])
        self._history_arrived(page)

    def _show_card(self, card: CustomerCard | None, address_id: int | None = None) -> None:
        """Fill the editor from the database (never after a refused save: what was typed
        stays)."""
        self.card = card
        ui = self.ui
        live = card is not None and not card.erased
        for tab in (ui.detailsTab, ui.addressesTab, ui.ordersTab, ui.privacyTab):
            tab.setEnabled(card is not None)
        for edit in (ui.phoneEdit, ui.firstNameEdit, ui.lastNameEdit, ui.emailEdit, ui.notesEdit):
            edit.setReadOnly(not live)
        ui.phoneEdit.setText(card.phone_display if card else "")
        ui.firstNameEdit.setText(card.first_name if card else "")
        ui.lastNameEdit.setText(card.last_name if card else "")
        ui.emailEdit.setText((card.email or "") if card else "")
        ui.notesEdit.setText((card.notes or "") if card else "")
        ui.summaryLabel.setText(self._summary(card))
        if card is None:
            ui.customerTitleLabel.setText(translate("Customers", "No customer open"))
            ui.stateLabel.setText(
                translate("Customers", "Find a customer on the left, then choose them.")
            )
            self.history.set_rows([])
            ui.historyLabel.clear()
        else:
            ui.customerTitleLabel.setText(
                translate("Customers", "Customer no. %1").replace("%1", str(card.id))
            )
            ui.stateLabel.setText(
                translate(
                    "Customers",
                    "Erased (GDPR): nothing personal is kept; the orders stay for the accounts.",
                )
                if card.erased
                else ""
            )
        ui.addressesList.blockSignals(True)
        ui.addressesList.clear()
        for view in card.addresses if card else ():
            item = QListWidgetItem(f"{view.label} — {view.one_line}")
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            ui.addressesList.addItem(item)
        ui.addressesList.blockSignals(False)
        addresses = card.addresses if card else ()
        chosen = next((a for a in addresses if a.id == address_id), None)
        chosen = chosen or (addresses[0] if addresses else None)
        if chosen is not None:
            ui.addressesList.setCurrentRow(addresses.index(chosen))
        self._show_address(chosen)
        self._update_buttons()

    def _summary(self, card: CustomerCard | None) -> str:
        """What the counter wants at a glance: their usual order, their last one."""
        if card is None or card.erased:
            return ""
        lines = []
        if card.last_orders:
            last = card.last_orders[0]
            lines.append(
                translate("Customers", "Last order: %1, %2 (%3).")
                .replace("%1", _when(last.created_at))
                .replace("%2", money(last.total_cents))
                .replace("%3", status_label(last.status))
            )
        if card.favourites:
            usual = ", ".join(f"{f.product_name} × {f.quantity}" for f in card.favourites)
            lines.append(translate("Customers", "Usually: %1.").replace("%1", usual))
        if not card.addresses:
            lines.append(translate("Customers", "No delivery address yet."))
        return "\n".join(lines) or translate("Customers", "No order yet.")

    def _update_buttons(self) -> None:
        ui = self.ui
        live = self.card is not None and not self.card.erased
        idle = not self.busy
        ui.saveButton.setEnabled(live and idle)
        ui.saveAddressButton.setEnabled(live and idle)
        ui.newAddressButton.setEnabled(live and idle)
        ui.mergeButton.setEnabled(idle and len(self.selected_rows()) == 2)
        ui.exportButton.setEnabled(self.gdpr and self.card is not None and idle)
        ui.eraseButton.setEnabled(self.gdpr and live and idle)
        ui.moreButton.setVisible(self.cursor is not None and self.cursor.next_cursor is not None)
        ui.moreButton.setEnabled(idle)

    def _details(self) -> CustomerInput:
        ui = self.ui
        return CustomerInput(
            phone=ui.phoneEdit.text(),
            first_name=ui.firstNameEdit.text(),
            last_name=ui.lastNameEdit.text(),
            email=ui.emailEdit.text() or None,
            notes=ui.notesEdit.text() or None,
        )

    def _save_shortcut(self) -> None:
        if self.ui.detailTabs.currentWidget() is self.ui.addressesTab:
            self.save_address()
        else:
            self.save()

    def save(self) -> None:
        card = self.card
        if card is None or card.erased or self.busy:
            return
        ctx, session, data = self.ctx, self.session, self._details()
        self._start(
            lambda: customers.update_details(ctx, session, card.id, data),
            self._saved,
        )

    def _saved(self, card: CustomerCard) -> None:
        self._done()
        self._show_card(card, self.address.id if self.address else None)
        self.ui.stateLabel.setText(translate("Customers", "Saved."))
        self.search()

    # -- addresses

    def _address_chosen(self, row: int) -> None:
        addresses = self.card.addresses if self.card else ()
        self._show_address(addresses[row] if 0 <= row < len(addresses) else None)

    def _show_address(self, view: AddressView | None) -> None:
        self.address = view
        ui = self.ui
        ui.labelEdit.setText(view.label if view else translate("Customers", "Home"))
        ui.streetEdit.setText(view.street if view else "")
        ui.extraEdit.setText((view.extra or "") if view else "")
        ui.postcodeEdit.setText(view.postcode if view else "")
        ui.cityEdit.setText(view.city if view else "Paris")
        ui.doorCodeEdit.setText((view.door_code or "") if view else "")
        ui.floorEdit.setText((view.floor or "") if view else "")
        ui.addressNotesEdit.setText((view.notes or "") if view else "")

    def new_address(self) -> None:
        self.ui.addressesList.clearSelection()
        self.ui.addressesList.setCurrentRow(-1)
        self._show_address(None)
        self.ui.streetEdit.setFocus()

    def save_address(self) -> None:
        card, address = self.card, self.address
        if card is None or card.erased or self.busy:
            return
        ui = self.ui
        data = AddressInput(
            street=ui.streetEdit.text(),
            postcode=ui.postcodeEdit.text(),
            city=ui.cityEdit.text(),
            label=ui.labelEdit.text(),
            extra=ui.extraEdit.text() or None,
            door_code=ui.doorCodeEdit.text() or None,
            floor=ui.floorEdit.text() or None,
            notes=ui.addressNotesEdit.text() or None,
        )
        ctx, session = self.ctx, self.session

        def work() -> tuple[CustomerCard, int]:
            if address is None:
                saved = customers.add_address(ctx, session, card.id, data)
            else:
                saved = customers.update_address(ctx, session, address.id, data)
            return customers.card(ctx, session, card.id), saved.id

        self._start(work, self._address_saved)

    def _address_saved(self, found: tuple[CustomerCard, int]) -> None:
        card, address_id = found
        self._done()
        self._show_card(card, address_id)
        self.ui.stateLabel.setText(translate("Customers", "Address saved."))

    # -- order history

    def _history_arrived(self, page: HistoryPage) -> None:
        self.cursor = page
        self.history.append_page(page.orders)
        self.ui.historyLabel.setText(
            translate("Customers", "Orders shown: %1 of %2, newest first.")
            .replace("%1", str(self.history.rowCount()))
            .replace("%2", str(page.total))
        )
        self._update_buttons()

    def more_history(self) -> None:
        card, page = self.card, self.cursor
        if card is None or page is None or page.next_cursor is None or self.busy:
            return
        ctx, session, after = self.ctx, self.session, page.next_cursor
        self._start(
            lambda: customers.order_history(ctx, session, card.id, after),
            lambda found: (self._done(), self._history_arrived(found)),
        )

    # -- merge

    def merge(self) -> None:
        chosen = self.selected_rows()
        if len(chosen) != 2 or self.busy:
            return
        kept = choose_kept(self, chosen[0], chosen[1])
        if kept is None:
            return
        other = chosen[1] if kept is chosen[0] else chosen[0]
        if not alerts.confirm(
            self,
            translate("Customers", "Merge two customers"),
            translate(
                "Customers",
                "%1 is kept. The orders and addresses of %2 move to them, and that entry is deleted. This cannot be undone. Merge?",  # noqa: E501
            )
            .replace("%1", _describe(kept))
            .replace("%2", _describe(other)),
        ):
            return
        ctx, session = self.ctx, self.session
        self._start(lambda: customers.merge(ctx, session, kept.id, other.id), self._merged)

    def _merged(self, done: MergeReport) -> None:
        self._done()
        self.card = None
        self._show_card(done.kept)
        self.ui.stateLabel.setText(
            translate("Customers", "Merged: %1 order(s) and %2 address(es) moved to this customer.")
            .replace("%1", str(done.orders_moved))
            .replace("%2", str(done.addresses_moved))
        )
        self.open_customer(done.kept.id)
        self.search()

    # -- GDPR

    def export(self) -> None:
        card = self.card
        if card is None or not self.gdpr or self.busy:
            return
        folder = choose_folder(self, translate("Customers", "Where to write the export"))
        if folder is None:
            return
        ctx, session = self.ctx, self.session

        def work() -> tuple[Path, Path]:
            found = customers.export(ctx, session, card.id, ("json", "pdf"))
            return write_export(found, folder)

        self._start(work, self._exported)

    def _exported(self, paths: tuple[Path, Path]) -> None:
        self._done()
        self.last_export = paths
        text = translate("Customers", "Written: %1 and %2").replace("%1", str(paths[0]))
        text = text.replace("%2", paths[1].name)
        self.ui.stateLabel.setText(text)
        alerts.information(self, translate("Customers", "Right of access"), text)

    def erase(self) -> None:
        card = self.card
        if card is None or card.erased or not self.gdpr or self.busy:
            return
        reference = ask_text(
            self,
            translate("Customers", "Erase a customer"),
            translate(
                "Customers",
                "The reference of the request (letter, e-mail, ticket), kept with the erasure. May be left empty:",  # noqa: E501
            ),
        )
        if reference is None:
            return
        if not alerts.confirm(
            self,
            translate("Customers", "Erase a customer"),
            translate(
                "Customers",
                "Erase %1 (%2) for good? Name, phone, e-mail, notes and addresses are blanked on every PC; the orders stay without a name. This cannot be undone.",  # noqa: E501
            )
            .replace("%1", card.name)
            .replace("%2", card.phone_display or "—"),
        ):
            return
        ctx, session = self.ctx, self.session

        def work() -> CustomerCard:
            customers.erase(ctx, session, card.id, reference.strip() or None)
            return customers.card(ctx, session, card.id)

        self._start(work, self._erased)

    def _erased(self, card: CustomerCard) -> None:
        self._done()
        self._show_card(card)
        self.ui.stateLabel.setText(
            translate(
                "Customers",
                "Erased. The erasure is recorded and will be applied again if an older backup is ever restored.",  # noqa: E501
            )
        )
        self.search()

    # -- running

    def _start(self, work, on_success) -> None:
        self.busy = True
        self._update_buttons()
        self.runner.run(work, on_success, self._failed, owner=self)

    def _done(self) -> None:
        self.busy = False
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        """Everything typed stays; only the buttons come back."""
        self._done()
        field = error.field if isinstance(error, ValidationError) else None
        widget = {
            "phone": self.ui.phoneEdit,
            "first_name": self.ui.firstNameEdit,
            "last_name": self.ui.lastNameEdit,
            "email": self.ui.emailEdit,
            "street": self.ui.streetEdit,
            "postcode": self.ui.postcodeEdit,
            "city": self.ui.cityEdit,
        }.get(field or "")
        if widget is None:
            alerts.show_error(self, error)
            return
        # Beside the field to fix (which character, when one is refused), not in a box
        # over the screen.
        widget.setFocus()
        field_hint.show_next_to(widget, field_hint.message(error))

    # -- language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "history"):
            self.ui.retranslateUi(self)
            for model in (self.rows, self.history):
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            self._show_hint()
            card = self.card
            self._show_card(card, self.address.id if self.address else None)
            if self.cursor is not None:
                self.history.layoutChanged.emit()
        super().changeEvent(event)


# --------------------------------------------------------------------------- the export files

PDF_STYLE = f"""
body {{ font-family: 'DejaVu Sans'; font-size: 8pt; color: {style.INK}; }}
h1 {{ font-size: 15pt; color: {style.BRAND}; margin: 0; }}
h2 {{ font-size: 11pt; color: {style.BRAND}; margin-top: 12px; margin-bottom: 4px; }}
p.meta {{ color: {style.MUTED}; margin: 2px 0; }}
th {{
    background: {style.TABLE_HEADER}; font-weight: bold; padding: 3px;
    border: 1px solid {style.TABLE_BORDER};
}}
td {{ padding: 2px 3px; border: 1px solid {style.TABLE_RULE}; vertical-align: top; }}
td.n {{ text-align: right; }}
"""
PAGE_MM = (210 - 24, 297 - 24)  # A4 portrait inside 12 mm margins
PIXELS_PER_MM = 96 / 25.4


def write_export(found: CustomerExport, folder: Path) -> tuple[Path, Path]:
    """The JSON file and the PDF, named by the customer's number and the time (no name in
    the file names), readable by the user alone. Runs on a worker."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = to_paris(found.exported_at).strftime("%Y%m%d-%H%M%S")
    stem = folder / f"client-{found.customer_id}-{stamp}"
    json_path, pdf_path = stem.with_suffix(".json"), stem.with_suffix(".pdf")
    json_path.write_text(found.as_json(), encoding="utf-8")
    _private(json_path)
    doc = export_document(found)
    writer = QPdfWriter(str(pdf_path))
    title = translate("CustomerExport", "Data held about customer no. %1")
    writer.setTitle(title.replace("%1", str(found.customer_id)))
    writer.setCreator(APP_NAME)
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc.print_(writer)
    del writer  # closes the file
    if not pdf_path.exists():
        raise OSError(f"the PDF was not written: {pdf_path}")
    _private(pdf_path)
    return json_path, pdf_path


def _private(path: Path) -> None:
    with contextlib.suppress(OSError):  # a customer's data: the user alone, where possible
        os.chmod(path, 0o600)


def _table(headers: list[str], rows: list[list[str]], numeric: set[int] = frozenset()) -> str:
    html = "<table width='100%' cellspacing='0'><thead><tr>"
    html += "".join(f"<th>{escape(h)}</th>" for h in headers) + "</tr></thead>"
    for row in rows:
        html += "<tr>" + "".join(
            f"<td class='n'>{escape(v)}</td>" if i in numeric else f"<td>{escape(v)}</td>"
            for i, v in enumerate(row)
        ) + "</tr>"  # fmt: skip
    return html + "</table>"


def _text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("CustomerExport", "yes") if value else translate("CustomerExport", "no")
    return str(value)


def _stamp(iso: str | None) -> str:
    if not iso:
        return "—"
    from datetime import datetime

    return _when(datetime.fromisoformat(iso.replace("Z", "+00:00")))


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _order_lines(order: dict[str, Any]) -> list[list[str]]:
    rows = [
        [line["product_name"], str(line["quantity"]), money(line["line_total_cents"])]
        for line in order["lines"]
    ]
    for paid in order["payments"]:
        label = translate("CustomerExport", "Payment: %1 (%2)")
        label = label.replace("%1", paid["tender"]).replace("%2", _stamp(paid["received_at"]))
        rows.append([label, "", money(paid["amount_cents"])])
    return rows


def export_document(found: CustomerExport):
    """The export as a document for the customer: the same content as the JSON, laid out
    with headings, Paris times and euros."""
    from PySide6.QtGui import QTextDocument

    data = found.as_dict()
    person = data["customer"]
    title = translate("CustomerExport", "Data held about customer no. %1")
    title = title.replace("%1", str(found.customer_id))
    meta = translate(
        "CustomerExport",
        "OC Pizza — exported on %1 (Paris time), at the customer's request (GDPR art. 15).",
    ).replace("%1", _stamp(data["exported_at"]))
    html = f"<html><head><title>{escape(title)}</title></head><body><h1>{escape(title)}</h1>"
    html += f"<p class='meta'>{escape(meta)}</p>"
    html += _h2(translate("CustomerExport", "Identity"))
    erased = person.get("erased_at")
    fields = [
        (translate("CustomerExport", "Phone"), person.get("phone_display")),
        (translate("CustomerExport", "First name"), person.get("first_name")),
        (translate("CustomerExport", "Last name"), person.get("last_name")),
        (translate("CustomerExport", "E-mail"), person.get("email")),
        (translate("CustomerExport", "Notes"), person.get("notes")),
        (translate("CustomerExport", "Customer since"), _stamp(person.get("created_at"))),
        (translate("CustomerExport", "Last change"), _stamp(person.get("updated_at"))),
        (translate("CustomerExport", "Erased"), _stamp(erased) if erased else None),
    ]
    html += _table(
        [translate("CustomerExport", "Field"), translate("CustomerExport", "Value")],
        [[name, _text(value)] for name, value in fields],
    )
    html += _h2(translate("CustomerExport", "Addresses"))
    html += _table(
        [
            translate("CustomerExport", "Label"),
            translate("CustomerExport", "Address"),
            translate("CustomerExport", "Door code"),
            translate("CustomerExport", "Floor"),
            translate("CustomerExport", "Notes"),
            translate("CustomerExport", "Still used"),
        ],
        [
            [
                _text(a["label"]),
                ", ".join(
                    p for p in (a["street"], a["extra"], f"{a['postcode']} {a['city']}") if p
                ),
                _text(a["door_code"]),
                _text(a["floor"]),
                _text(a["notes"]),
                _text(not a["archived"]),
            ]
            for a in data["addresses"]
        ],
    )
    html += _h2(translate("CustomerExport", "Orders"))
    if not data["orders"]:
        nothing = translate("CustomerExport", "No order.")
        html += f"<p>{escape(nothing)}</p>"
    item_headers = [
        translate("CustomerExport", "Item"),
        translate("CustomerExport", "Quantity"),
        translate("CustomerExport", "Amount"),
    ]
    for order in data["orders"]:
        heading = translate("CustomerExport", "Order %1 — %2 — %3 — %4, total %5")
        for key, value in (
            ("%1", str(order["id"])),
            ("%2", _stamp(order["created_at"])),
            ("%3", order["store"]),
            ("%4", status_label(OrderStatus(order["status"]))),
            ("%5", money(order["total_cents"])),
        ):
            heading = heading.replace(key, value)
        how = f"{channel_label(Channel(order['channel']))} · {mode_label(OrderMode(order['mode']))}"
        html += f"<p><b>{escape(heading)}</b> · {escape(how)}</p>"
        html += _table(item_headers, _order_lines(order), numeric={1, 2})
        if order.get("notes"):
            note = translate("CustomerExport", "Notes: %1").replace("%1", order["notes"])
            html += f"<p class='meta'>{escape(note)}</p>"
    html += _h2(translate("CustomerExport", "E-mails"))
    html += _table(
        [
            translate("CustomerExport", "Date"),
            translate("CustomerExport", "Order"),
            translate("CustomerExport", "To"),
            translate("CustomerExport", "Subject"),
            translate("CustomerExport", "Status"),
        ],
        [
            [
                _stamp(m["created_at"]),
                *(_text(m[k]) for k in ("order_id", "recipient")),
                _text(m["subject"]),
                _text(m["status"]),
            ]
            for m in data["messages"]
        ],
    )
    who = [
        translate("CustomerExport", "Date"),
        translate("CustomerExport", "Action"),
        translate("CustomerExport", "By"),
    ]
    html += _h2(translate("CustomerExport", "History of changes"))
    html += _table(
        who, [[_stamp(h["at"]), h["action"], _text(h["username"])] for h in data["history"]]
    )
    if data["gdpr_erasures"]:
        html += _h2(translate("CustomerExport", "Erasure"))
        html += _table(
            [who[0], translate("CustomerExport", "Request"), who[2]],
            [
                [_stamp(e["erased_at"]), _text(e["request_reference"]), _text(e["username"])]
                for e in data["gdpr_erasures"]
            ],
        )
    html += "</body></html>"
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(8)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(PDF_STYLE)
    doc.setHtml(html)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(PAGE_MM[0] * PIXELS_PER_MM, PAGE_MM[1] * PIXELS_PER_MM))
    return doc
