"""The order book: a store's orders (head office: the chain's), filters, a detail panel,
and what the role may do with an order (modify while received, or in preparation for a
manager with a reason, cancel, take a payment, print its receipt, courier slip or kitchen
ticket)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate, QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from ocpizza_desk.domain import formulas, lifecycle
from ocpizza_desk.domain.clock import to_paris, utcnow
from ocpizza_desk.domain.enums import OPEN_STATUSES, Channel, OrderMode, OrderStatus
from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.pricing import format_rate
from ocpizza_desk.gui import alerts, i18n, style
from ocpizza_desk.gui.dialogs.cancel import CancelDialog
from ocpizza_desk.gui.dialogs.late_change import LateChangeDialog
from ocpizza_desk.gui.dialogs.payment import PaymentDialog
from ocpizza_desk.gui.dialogs.refund import RefundDialog
from ocpizza_desk.gui.dialogs.undo_step import UndoStepDialog
from ocpizza_desk.gui.forms.ui_order_book import Ui_OrderBookPage
from ocpizza_desk.gui.labels import (
    channel_label,
    discount_reason_label,
    door_and_floor,
    mode_label,
    plural,
    status_label,
    tender_label,
)
from ocpizza_desk.gui.models.order_book import ORDER_ID_ROLE, OrderBookModel
from ocpizza_desk.gui.models.paged import fit_columns
from ocpizza_desk.gui.print_order import Paper, paper_label, print_credit_note, print_order
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import orderbook, orders, settings, stores
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.orderbook import OrderBookFilter

FILTER_DELAY_MS = 300
OPEN = "open"  # the status filter's "every open order" entry
PERIODS = ("today", "week", "month", "all", "custom")


# The model's columns in the order shown: number, customer, status, total, due, then when,
# promised, (store,) channel, mode (the model's own order without and with the store column).
KEY_ORDER = (0, 4, 5, 7, 8, 1, 6, 2, 3)
KEY_ORDER_WITH_STORE = (0, 5, 6, 8, 9, 1, 7, 2, 3, 4)
# Left out, in this order, while the list is narrower than its columns (the detail beside it
# says them all): mode, channel, time placed, then promised time. The list never scrolls
# sideways (at 1366 px the promised time and what follows were out of sight).
SPARE = (3, 2, 1, 6)
DETAIL_MIN_PX = 400  # the order's detail keeps this much beside the list
SPARE_WITH_STORE = (4, 3, 1, 7)


def _late_reason(entry: orders.AuditView) -> str:
    """A change made after the oven started says why (issue 20)."""
    reason = (entry.after or {}).get("late_reason")
    return f" · <i>{escape(str(reason))}</i>" if reason else ""


class OrderBookScreen(QWidget):
    edit_requested = Signal(int)  # order id: the main window opens the order-taking screen
    # A manager changing an order in preparation: its id and the reason given (issue 20).
    late_edit_requested = Signal(int, str)

    def __init__(self, ctx, session: StaffSession, runner: TaskRunner) -> None:
        super().__init__()
        self.ui = Ui_OrderBookPage()
        self.ui.setupUi(self)
        self.ctx, self.session, self.runner = ctx, session, runner
        self.all_stores = not session.role.is_store_bound
        self.model = OrderBookModel(runner, show_store=self.all_stores, parent=self)
        self.ui.ordersView.setModel(self.model)
        self.ui.ordersView.verticalHeader().setVisible(False)
        # Never measured from the rows (see paged.fit_columns): widths from typical texts.
        self.ui.ordersView.horizontalHeader().setStretchLastSection(True)
        self._size_columns()
        self.model.modelReset.connect(self._size_columns)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self._widths: dict[int, int] = {}  # each column's width from its typical text
        self.ui.ordersView.installEventFilter(self)  # resized: columns left out or back
        self.detail: orders.OrderDetail | None = None
        self._shown = False
        self._new_orders = 0
        self._detail_token = 0

        today = QDate.currentDate()
        self.ui.fromDate.setDate(today)
        self.ui.toDate.setDate(today)
        self.ui.storeCombo.setVisible(self.all_stores)
        self._fill_combos()

        self._filter_timer = QTimer(
            self, singleShot=True, interval=FILTER_DELAY_MS, timeout=self.reload
        )
        self.ui.searchEdit.textChanged.connect(lambda _t: self._filter_timer.start())
        for combo in (self.ui.statusCombo, self.ui.channelCombo, self.ui.storeCombo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.periodCombo.currentIndexChanged.connect(self._period_changed)
        self.ui.fromDate.dateChanged.connect(lambda _d: self._filter_timer.start())
        self.ui.toDate.dateChanged.connect(lambda _d: self._filter_timer.start())
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.ordersView.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.loading_changed.connect(lambda _b: self._show_count())
        self.model.rowsInserted.connect(lambda *_a: self._show_count())
        self.model.load_failed.connect(lambda error: alerts.show_error(self, error))
        self.ui.modifyButton.clicked.connect(self._modify)
        self.ui.paymentButton.clicked.connect(self._take_payment)
        self.ui.cancelButton.clicked.connect(self._cancel)
        self.ui.undoStepButton.clicked.connect(self._undo_step)
        self.print_menu = QMenu(self)
        self.print_actions = {
            paper: self.print_menu.addAction("", lambda paper=paper: self.print_paper(paper))
            for paper in (Paper.RECEIPT, Paper.COURIER_SLIP, Paper.KITCHEN_TICKET)
        }
        self.print_menu.addSeparator()
        self.credit_note_actions: list = []  # one per refund of the order shown
        self._name_print_actions()
        self.ui.printButton.setMenu(self.print_menu)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.ui.searchEdit.setFocus)
        QShortcut(QKeySequence("F5"), self, activated=self.reload)
        self._period_changed()
        self._show_detail()

    def _size_columns(self) -> None:
        """Widths from typical texts in the font the stylesheet gives (measured before it was
        applied, a status was cut), and the key columns first: on a 1366×768 screen the
        list's pane shows about six columns, and Status was beyond them. Again after every
        reset of the model (a search): the header then forgets its sizes and order."""
        view = self.ui.ordersView
        view.ensurePolished()
        view.horizontalHeader().ensurePolished()
        for column in range(self.model.columnCount()):
            view.setColumnHidden(column, False)  # a hidden column measures 0: all back first
        samples = self.model.widest()
        fit_columns(view, samples, padding=14)
        header = view.horizontalHeader()
        self._widths = {
            column: max(
                header.fontMetrics().horizontalAdvance(
                    str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
                ),
                view.fontMetrics().horizontalAdvance(sample),
            )
            + 14
            for column, sample in enumerate(samples)
        }
        order = KEY_ORDER_WITH_STORE if self.all_stores else KEY_ORDER
        for visual, logical in enumerate(order):
            if header.visualIndex(logical) != visual:
                header.moveSection(header.visualIndex(logical), visual)
        self._fit_width()

    def _fit_width(self) -> None:
        """Leave out the spare columns, least useful first, until the rest fits the list's
        width; bring them back when it is wide enough (a 1920-px screen shows them all)."""
        view = self.ui.ordersView
        if not self._widths:
            return
        room = view.viewport().width()
        if view.verticalScrollBar().isHidden():  # it comes with the rows: keep its room
            room -= view.style().pixelMetric(view.style().PixelMetric.PM_ScrollBarExtent)
        spare = SPARE_WITH_STORE if self.all_stores else SPARE
        hidden: set[int] = set()
        total = sum(self._widths.values())
        for column in spare:
            if total <= room:
                break
            hidden.add(column)
            total -= self._widths[column]
        for column in self._widths:
            if view.isColumnHidden(column) != (column in hidden):
                view.setColumnHidden(column, column in hidden)
                if column not in hidden:
                    view.setColumnWidth(column, self._widths[column])

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.ordersView and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._fit_width)  # after the viewport has its size
        return super().eventFilter(watched, event)

    # -- filters

    def _fill_combos(self) -> None:
        statuses = self.ui.statusCombo
        statuses.clear()
        statuses.addItem(self.tr("All statuses"), None)
        statuses.addItem(self.tr("Open orders"), OPEN)
        for status in OrderStatus:
            statuses.addItem(status_label(status), status.value)
        channels = self.ui.channelCombo
        channels.clear()
        channels.addItem(self.tr("All channels"), None)
        for channel in Channel:
            channels.addItem(channel_label(channel), channel.value)
        periods = self.ui.periodCombo
        periods.clear()
        for key, text in zip(
            PERIODS,
            (
                self.tr("Today"),
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("All dates"),
                self.tr("Dates…"),
            ),
            strict=True,
        ):
            periods.addItem(text, key)
        periods.setCurrentIndex(PERIODS.index("week"))
        if self.all_stores and self.ui.storeCombo.count() == 0:
            self.ui.storeCombo.addItem(self.tr("All stores"), None)
            self.runner.run(self._stores, self._stores_loaded, lambda _e: None)

    def _stores(self):
        """The open stores' names for the store filter (not the whole dashboard's figures)."""
        return [(s.id, s.name) for s in stores.list_stores(self.ctx, self.session, False)]

    def _stores_loaded(self, names) -> None:
        for store_id, name in names:
            self.ui.storeCombo.addItem(name, store_id)

    def _period_changed(self) -> None:
        custom = self.ui.periodCombo.currentData() == "custom"
        self.ui.fromDate.setVisible(custom)
        self.ui.toDate.setVisible(custom)
        if self._shown:  # else read when first shown (showEvent), not twice on opening
            self.reload()

    def current_filter(self) -> OrderBookFilter:
        status = self.ui.statusCombo.currentData()
        statuses = (
            frozenset(OPEN_STATUSES)
            if status == OPEN
            else frozenset({OrderStatus(status)})
            if status
            else frozenset()
        )
        channel = self.ui.channelCombo.currentData()
        today = to_paris(utcnow()).date()
        period = self.ui.periodCombo.currentData()
        start: date | None = None
        end: date | None = None
        if period == "today":
            start = today
        elif period == "week":
            start = today - timedelta(days=6)
        elif period == "month":
            start = today - timedelta(days=29)
        elif period == "custom":
            start = self.ui.fromDate.date().toPython()
            end = self.ui.toDate.date().toPython()
        return OrderBookFilter(
            store_id=self.ui.storeCombo.currentData() if self.all_stores else None,
            statuses=statuses,
            channels=frozenset({Channel(channel)}) if channel else frozenset(),
            date_from=start,
            date_to=end,
            text=self.ui.searchEdit.text(),
        )

    def reload(self, keep_detail: bool = False) -> None:
        self._filter_timer.stop()
        self._new_orders = 0
        wanted = self.current_filter()
        ctx, session = self.ctx, self.session

        def loader(cursor):
            got = orderbook.page(ctx, session, wanted, cursor)
            return got.rows, got.next

        self.model.load(loader)
        if not keep_detail:
            self._show_detail(None)

    # -- live: what other PCs (and the website) changed

    def watch(self, feed) -> None:
        feed.orders_changed.connect(self.orders_changed)
        feed.reload_all.connect(lambda: self.reload(keep_detail=True))

    def orders_changed(self, changed) -> None:
        """Rows in memory are read again one by one (a handful a second at most); orders
        newer than the top row are new: at the top of the list they appear at once,
        further down the count says so, for F5."""
        if not self._shown:
            return
        top = self.model.row_at(0) if self.model.rowCount() else None
        in_memory = self.model.ids_in_memory()
        newer = 0
        for change in changed:
            if change.order_id in in_memory:
                self._refresh_row(change.order_id)
            elif top is None or change.order_id > top.id:
                newer += 1
            if self.detail is not None and self.detail.id == change.order_id:
                self.load_detail(change.order_id)
        if not newer:
            return
        if self.ui.ordersView.verticalScrollBar().value() == 0:
            self.reload(keep_detail=True)
        else:
            self._new_orders += newer
            self._show_count()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.reload()
        self._share_width()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        """The list as wide as its key columns need (the store's too, at head office: it
        was cut beside a detail with one button), the detail the rest, never narrower than
        DETAIL_MIN_PX or its buttons; the spare columns come when there is room."""
        if not self._widths:
            return
        view, splitter = self.ui.ordersView, self.ui.splitter
        spare = SPARE_WITH_STORE if self.all_stores else SPARE
        needed = (
            sum(w for c, w in self._widths.items() if c not in spare)
            + view.style().pixelMetric(view.style().PixelMetric.PM_ScrollBarExtent)
            + 2 * view.frameWidth()
            + 4
        )
        total = splitter.width() - splitter.handleWidth()
        detail = max(DETAIL_MIN_PX, self.ui.detailFrame.minimumSizeHint().width())
        list_width = min(max(needed, total * 3 // 5), total - detail)
        if total > 0 and abs(splitter.sizes()[0] - list_width) > 2:
            splitter.setSizes([list_width, total - list_width])

    def _show_count(self) -> None:
        count = self.model.rowCount()
        more = self.model.canFetchMore()
        text = plural(count, self.tr("{count} order"), self.tr("{count} orders"))
        if more:
            text = self.tr("{count} orders shown, more below").format(count=count)
        if self.model.loading:
            text += " · " + self.tr("loading…")
        if self._new_orders:
            text += " · " + self.tr("{count} new at the top (F5)").format(count=self._new_orders)
        self.ui.countLabel.setText(text)

    # -- detail

    def _selection_changed(self, selected: QItemSelection, _deselected) -> None:
        indexes = selected.indexes()
        order_id = indexes[0].data(ORDER_ID_ROLE) if indexes else None
        if order_id is None:
            self._show_detail(None)
        else:
            self.load_detail(order_id)

    def load_detail(self, order_id: int) -> None:
        self._detail_token += 1
        token = self._detail_token
        loading = self.tr("Loading…")
        self.ui.detailBrowser.setHtml(f"<p>{escape(loading)}</p>")
        self.runner.run(
            lambda: orders.detail(self.ctx, self.session, order_id),
            lambda d: self._detail_loaded(token, d),
            self._detail_failed,
            owner=self,
        )

    def _detail_loaded(self, token: int, detail: orders.OrderDetail) -> None:
        if token == self._detail_token:
            self._show_detail(detail)

    def _detail_failed(self, error: BaseException) -> None:
        self._show_detail(None)
        alerts.show_error(self, error)

    def order_changed(self, order_id: int) -> None:
        """Called when this PC changed an order elsewhere (the order-taking screen)."""
        if self.detail is not None and self.detail.id == order_id:
            self.load_detail(order_id)
        self._refresh_row(order_id)

    def _refresh_row(self, order_id: int) -> None:
        wanted = OrderBookFilter(
            text=str(order_id), store_id=None if self.all_stores else self.session.store_id
        )

        def fetch():
            rows = orderbook.page(self.ctx, self.session, wanted, limit=1).rows
            return rows[0] if rows else None

        self.runner.run(
            fetch,
            lambda row: row and self.model.replace_row(lambda r: r.id == order_id, row),
            lambda _e: None,
            owner=self,
        )

    def _show_detail(self, detail: orders.OrderDetail | None = None) -> None:
        self.detail = detail
        s = self.session
        if detail is None:
            hint = self.tr("Select an order to see it in full.")
            self.ui.detailBrowser.setHtml(f"<p style='color:{style.MUTED}'>{escape(hint)}</p>")
            for button in (
                self.ui.modifyButton,
                self.ui.paymentButton,
                self.ui.cancelButton,
                self.ui.undoStepButton,
                self.ui.printButton,
            ):
                button.setEnabled(False)
            # A manager's correction of a tap after its few seconds (orders.undo).
            self.ui.undoStepButton.setVisible(s.can(Permission.CANCEL_STARTED_ORDERS))
            self.ui.modifyButton.setVisible(s.can(Permission.MODIFY_ORDERS))
            self.ui.paymentButton.setVisible(s.can(Permission.RECORD_PAYMENTS))
            self.ui.cancelButton.setVisible(
                s.can(Permission.CANCEL_RECEIVED_ORDERS) or s.can(Permission.CANCEL_STARTED_ORDERS)
            )
            self._credit_note_actions(None)
            return
        self.ui.detailBrowser.setHtml(self._detail_html(detail))
        self.ui.modifyButton.setEnabled(self._modifiable(detail))
        self.ui.modifyButton.setToolTip(
            self.tr(
                "Change this order in preparation: a reason is asked, the kitchen is shown "
                "what changed (Alt+M)"
            )
            if detail.status in lifecycle.MODIFIABLE_AFTER_START
            else self.tr("Change this order while it is received (Alt+M)")
        )
        self.ui.paymentButton.setEnabled(s.can(Permission.RECORD_PAYMENTS) and detail.due_cents > 0)
        self.ui.cancelButton.setEnabled(self._cancel_step(detail) is not None)
        self.ui.undoStepButton.setEnabled(
            s.can(Permission.CANCEL_STARTED_ORDERS) and self._last_step(detail) is not None
        )
        self.ui.printButton.setEnabled(True)
        # The slip goes with the driver, before payment too; a take-away has none.
        self.print_actions[Paper.COURIER_SLIP].setEnabled(detail.mode is OrderMode.DELIVERY)
        self._credit_note_actions(detail)

    def _modifiable(self, detail: orders.OrderDetail) -> bool:
        """Received: whoever modifies orders; in preparation: a manager, with a reason."""
        s = self.session
        if detail.status in lifecycle.MODIFIABLE:
            return s.can(Permission.MODIFY_ORDERS)
        return detail.status in lifecycle.MODIFIABLE_AFTER_START and s.can(
            Permission.MODIFY_STARTED_ORDERS
        )

    def _credit_note_actions(self, detail: orders.OrderDetail | None) -> None:
        """One "Credit note No. N" entry in the print menu per refund of the order."""
        for action in self.credit_note_actions:
            self.print_menu.removeAction(action)
            action.deleteLater()
        self.credit_note_actions = []
        for refund in detail.refunds if detail is not None else ():
            number = refund.credit_note_number
            action = self.print_menu.addAction(
                self.tr("Credit note No. {number}").format(number=number),
                lambda number=number: self.print_credit_note(number),
            )
            self.credit_note_actions.append(action)

    def print_credit_note(self, number: int) -> None:
        if self.detail is not None:
            print_credit_note(self, self.ctx, self.session, self.runner, self.detail.id, number)

    def _cancel_step(self, detail: orders.OrderDetail):
        try:
            step = lifecycle.transition(detail.status, OrderStatus.CANCELLED, detail.mode)
        except DomainError:
            return None
        return step if self.session.can(step.permission) else None

    @staticmethod
    def _last_step(detail: orders.OrderDetail) -> tuple[OrderStatus, OrderStatus] | None:
        """(from, to) of the order's last move when it is a tap that can be taken back."""
        if len(detail.history) < 2 or detail.history[-1].status is not detail.status:
            return None
        step = (detail.history[-2].status, detail.history[-1].status)
        return step if step in lifecycle.REVERSIBLE else None

    def _detail_html(self, d: orders.OrderDetail) -> str:
        lang = i18n.language()
        money = lambda cents: format_cents(cents, lang)  # noqa: E731
        when = lambda moment: to_paris(moment).strftime("%d/%m/%Y %H:%M")  # noqa: E731
        # Plain tr() calls (not inside f-strings) so that pyside6-lupdate extracts them.
        title = self.tr("Order {number}").format(number=d.id)
        placed = self.tr("placed {time}").format(time=when(d.created_at))
        promised = self.tr("promised {time}").format(time=when(d.promised_at))
        total_caption = self.tr("Total incl. VAT")
        payments_caption = self.tr("Payments")
        no_payment = self.tr("No payment yet.")
        still_due = self.tr("Still due: {amount}").format(amount=money(d.due_cents))
        history_caption = self.tr("History")
        changes_caption = self.tr("Changes")
        parts = [
            f"<h2>{escape(title)} — {escape(status_label(d.status))}</h2>",
            f"<p>{escape(channel_label(d.channel))} · {escape(mode_label(d.mode))} · "
            f"{escape(placed)} · {escape(promised)}</p>",
        ]
        if d.customer_name:
            parts.append(
                f"<p><b>{escape(d.customer_name)}</b>"
                + (f"<br>{escape(d.address_text)}" if d.address_text else "")
                + (
                    f"<br>{escape(door_and_floor(d.door_code, d.floor))}"
                    if d.door_code or d.floor
                    else ""
                )
                + "</p>"
            )
        if d.notes:
            parts.append(f"<p><i>{escape(d.notes)}</i></p>")
        rows = []
        for group in formulas.grouped(d.lines, lambda ln: ln.formula_group):
            line = group[0]
            if line.formula_name is not None:  # one line, its choices after its name
                name = formulas.stored_text(group)
                total = sum(ln.total_cents for ln in group)
                rows.append(
                    f"<tr><td>{line.quantity}&nbsp;× {escape(name)}"
                    f"</td><td align='right'>{money(total)}</td></tr>"
                )
                continue
            options = "".join(
                f"<br>&nbsp;&nbsp;<b>{'+' if c['kind'] == 'extra' else '−'} "
                f"{escape(c['label'])}</b>"
                + (f" {money(c['price_cents'])}" if c.get("price_cents") else "")
                for c in line.customisations
            )
            rows.append(
                f"<tr><td>{line.quantity}&nbsp;× {escape(line.product_name)}{options}"
                f"</td><td align='right'>{money(line.total_cents)}</td></tr>"
            )
        for given in d.discounts:
            what = discount_reason_label(given.discount.reason)
            if given.discount.line is not None:
                line = next((x for x in d.lines if x.position == given.discount.line), None)
                if line is not None:
                    what = f"{what} — {line.product_name}"
            text = self.tr("Discount: {what}").format(what=what)
            by = f" · {escape(given.granted_by)}" if given.granted_by else ""
            rows.append(
                f"<tr><td><i>{escape(text)}</i>{by}</td>"
                f"<td align='right'>−{money(given.amount_cents)}</td></tr>"
            )
        # Two columns, the quantity with its product: a quantity column took a share of the
        # spare width and stood apart from its product on a wide screen.
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='3'>"
            + "".join(rows)
            + f"<tr><td><b>{escape(total_caption)}</b></td>"
            f"<td align='right'><b>{money(d.total_cents)}</b></td></tr></table>"
        )
        vat = ", ".join(
            self.tr("VAT {rate}: {vat} on {base}").format(
                rate=format_rate(v.rate_bp), vat=money(v.vat_cents), base=money(v.base_cents)
            )
            for v in d.vat
        )
        parts.append(f"<p style='color:{style.MUTED}'>{escape(vat)}</p>")
        if d.planned_tenders:
            planned = ", ".join(
                f"{tender_label(p.tender)} {money(p.amount_cents)}" for p in d.planned_tenders
            )
            planned_text = self.tr("Planned: {tenders}").format(tenders=planned)
            parts.append(f"<p>{escape(planned_text)}</p>")
        payments = []
        for p in d.payments:
            item = f"{tender_label(p.tender)} {money(p.amount_cents)}"
            if p.tendered_cents:
                item += " (" + self.tr("given {amount}").format(amount=money(p.tendered_cents))
                item += ")"
            if p.bank_reference:
                item += f" · {p.bank_reference}"
            item += f" — {when(p.received_at)}"
            if p.received_by:
                item += f" · {p.received_by}"
            payments.append(f"<li>{escape(item)}</li>")
        for r in d.refunds:
            item = self.tr("Credit note {number}: {amount} given back ({tender})").format(
                number=r.credit_note_number,
                amount=money(r.amount_cents),
                tender=tender_label(r.tender),
            )
            if r.bank_reference:
                item += f" · {r.bank_reference}"
            item += f" — {when(r.at)}"
            if r.by:
                item += f" · {r.by}"
            if r.approved_by:
                item += " · " + self.tr("approved by {name}").format(name=r.approved_by)
            item += f" · {r.reason}"
            payments.append(f"<li>{escape(item)}</li>")
        parts.append(
            f"<h3>{escape(payments_caption)}</h3>"
            + (f"<ul>{''.join(payments)}</ul>" if payments else f"<p>{escape(no_payment)}</p>")
            + f"<p>{escape(still_due)}</p>"
        )
        history = "".join(
            f"<li>{when(h.at)} — {escape(status_label(h.status))}"
            + (f" · {escape(h.by)}" if h.by else "")
            + (f" · <i>{escape(h.reason)}</i>" if h.reason else "")
            + "</li>"
            for h in d.history
        )
        parts.append(f"<h3>{escape(history_caption)}</h3><ul>{history}</ul>")
        if d.audit:
            trail = "".join(
                f"<li>{when(a.at)} — {escape(a.action)}"
                + (f" · {escape(a.by)}" if a.by else "")
                + _late_reason(a)
                + "</li>"
                for a in d.audit
            )
            parts.append(f"<h3>{escape(changes_caption)}</h3><ul>{trail}</ul>")
        return "".join(parts)

    # -- actions

    def _modify(self) -> None:
        detail = self.detail
        if detail is None or not self._modifiable(detail):
            return
        if detail.status in lifecycle.MODIFIABLE:
            self.edit_requested.emit(detail.id)
            return
        ctx, session = self.ctx, self.session
        dialog = LateChangeDialog(
            self,
            self.runner,
            detail.id,
            lambda reason: orders.check_late_change(ctx, session, detail.id, reason),
        )
        dialog.accepted.connect(
            lambda: self.late_edit_requested.emit(detail.id, dialog.result_value)
        )
        dialog.open()
        self.active_dialog = dialog

    def _take_payment(self) -> None:
        detail = self.detail
        if detail is None:
            return
        ctx, session = self.ctx, self.session
        dialog = PaymentDialog(
            self,
            self.runner,
            detail.due_cents,
            lambda tender, amount, given, reference, key: orders.record_payment(
                ctx, session, detail.id, tender, amount, given, reference, client_key=key
            ),
            lambda key: orders.payment_outcome(ctx, session, detail.id, key),
        )
        dialog.accepted.connect(lambda: self._after_payment(detail.id, dialog.result_value))
        dialog.open()
        self.active_dialog = dialog

    def _after_payment(self, order_id: int, summary: orders.PaymentSummary) -> None:
        lang = i18n.language()
        if summary.change_cents:
            alerts.information(
                self,
                self.tr("Change"),
                self.tr("Give back {amount}.").format(
                    amount=format_cents(summary.change_cents, lang)
                ),
            )
        elif summary.voucher_excess_cents:
            alerts.information(
                self,
                self.tr("Meal vouchers"),
                self.tr(
                    "Meal vouchers give no change: {amount} above the bill is not returned."
                ).format(amount=format_cents(summary.voucher_excess_cents, lang)),
            )
        self.order_changed(order_id)

    def print_paper(self, paper: Paper) -> None:
        if self.detail is not None:
            print_order(self, self.ctx, self.session, self.runner, self.detail.id, paper)

    def _name_print_actions(self) -> None:
        for paper, action in self.print_actions.items():
            action.setText(paper_label(paper))

    def _cancel(self) -> None:
        detail = self.detail
        step = None if detail is None else self._cancel_step(detail)
        if detail is None or step is None:
            return
        version = detail.version
        key = uuid.uuid4().hex  # sent again after a lost reply, it cancels once
        ctx, session = self.ctx, self.session
        if detail.kept_cents > 0:  # paid: cancelled and refunded in one go
            self._cancel_paid(detail, key)
            return
        dialog = CancelDialog(
            self,
            self.runner,
            detail.id,
            step.needs_reason,
            lambda reason: orders.cancel(ctx, session, detail.id, reason, version, client_key=key),
        )
        # Done or not, show the order as it now is (another PC may have changed it).
        dialog.finished.connect(lambda _result: self.order_changed(detail.id))
        dialog.open()
        self.active_dialog = dialog

    def _undo_step(self) -> None:
        detail = self.detail
        step = None if detail is None else self._last_step(detail)
        if detail is None or step is None:
            return
        ctx, session, version = self.ctx, self.session, detail.version
        dialog = UndoStepDialog(
            self,
            self.runner,
            detail.id,
            step[1],
            step[0],
            lambda reason: orders.undo(ctx, session, detail.id, step[1], version, reason),
        )
        dialog.finished.connect(lambda _result: self.order_changed(detail.id))
        dialog.open()
        self.active_dialog = dialog

    def _cancel_paid(self, detail: orders.OrderDetail, key: str) -> None:
        """A paid order is cancelled with its refund: what was kept goes back, with a credit
        note; a manager approves above the chain's threshold (read first, on a worker)."""
        ctx, session, version = self.ctx, self.session, detail.version

        def open_dialog(rules) -> None:
            lang = i18n.language()
            info = self.tr(
                "Order {number} was paid {paid}: cancelling it gives {paid} back to the "
                "customer, with a credit note. The reason is printed on it."
            ).format(number=detail.id, paid=format_cents(detail.kept_cents, lang))
            above = (
                None
                if session.can(Permission.APPROVE_REFUNDS)
                else rules.refund_approval_above_cents
            )
            dialog = RefundDialog(
                self,
                self.runner,
                detail.kept_cents,
                f"<p>{escape(info)}</p>",
                tuple(p.tender for p in detail.payments),
                above,
                lambda refunds, reason, approval: orders.cancel(
                    ctx,
                    session,
                    detail.id,
                    reason,
                    version,
                    client_key=key,
                    refunds=refunds,
                    approval=approval,
                ),
            )
            dialog.setWindowTitle(self.tr("Cancel and refund"))
            dialog.finished.connect(lambda _result: self.order_changed(detail.id))
            dialog.open()
            self.active_dialog = dialog

        self.runner.run(
            lambda: settings.till_rules(ctx, session), open_dialog, self._detail_failed, owner=self
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._name_print_actions()
            current = [
                c.currentIndex()
                for c in (self.ui.statusCombo, self.ui.channelCombo, self.ui.periodCombo)
            ]
            for combo in (self.ui.statusCombo, self.ui.channelCombo, self.ui.periodCombo):
                combo.blockSignals(True)
            self._fill_combos()
            for combo, index in zip(
                (self.ui.statusCombo, self.ui.channelCombo, self.ui.periodCombo),
                current,
                strict=True,
            ):
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
            self.model.headerDataChanged.emit(
                Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
            )
            self._size_columns()
            self._show_detail(self.detail)
            self._show_count()
        super().changeEvent(event)
