"""Cash close ("Clôture de caisse"), the manager's evening: the business day's sales and
takings from the journal, the drawer counted note by note and coin by coin, expected against
counted, the orders still open (carried over or not), then the closure and its Z ticket;
earlier closures reprinted ("DUPLICATE", journalled), months and years closed.

Keyboard first: the screen opens on the first row of the count; typing a number edits it,
Enter moves down; after the last coin Enter reaches "Close the day…"; Ctrl+Enter closes,
F5 reads the day again, Ctrl+P prints. Every service call runs through the TaskRunner (the
closing and the reprints on the submit lane: they write)."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ocpizza_desk.domain.clock import paris_hhmm, to_paris, utcnow
from ocpizza_desk.gui import alerts, i18n, print_order, style
from ocpizza_desk.gui.forms.ui_cash_close import Ui_CashClosePage
from ocpizza_desk.gui.labels import status_label, tender_label
from ocpizza_desk.gui.models.drawer import DrawerModel, denomination_text
from ocpizza_desk.gui.models.paged import rows_height
from ocpizza_desk.gui.tasks import SUBMIT, TaskRunner
from ocpizza_desk.services import closures
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.closures import ClosureDetail, ClosureSummary, DayPreview, Figures

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DAY_DEBOUNCE_MS = 250
LIVE_DEBOUNCE_MS = 1_500
GREEN, ORANGE, RED, MUTED = style.GOOD, style.WARNING, style.BAD, style.MUTED
ROW_HEIGHT = 24
DRAWER_ROW_HEIGHT = 22  # the fifteen denominations whole on a 768-px screen


def _today() -> date:
    return to_paris(utcnow()).date()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CashCloseScreen(QWidget):
    closed = Signal(object)  # ClosureDetail: a day, a month or a year just closed

    def __init__(self, ctx, session: StaffSession, runner: TaskRunner) -> None:
        super().__init__()
        self.ui = Ui_CashClosePage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.session = session
        self.runner = runner
        self.store_id = session.store_id
        self.preview: DayPreview | None = None
        self.closed_detail: ClosureDetail | None = None  # the day's closure, when it is closed
        self.last_closure: ClosureDetail | None = None  # what this screen closed last
        self.history: list[ClosureSummary] = []
        self.more_before: int | None = None
        self.busy = False  # a closing or a reprint on its way
        self.loading = False
        self.printed: list[str] = []  # what the printing said (tests read it)
        self._token = 0
        self._shown_once = False

        self.model = DrawerModel(self)
        view = self.ui.drawerView
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(DRAWER_ROW_HEIGHT)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(64)
        view.setMinimumWidth(260)
        # Wide enough for its hint in three lines and tall enough for the fifteen
        # denominations: at 1366×768 the hint took four and the total lay over "1 c".
        self.ui.drawerBox.setMinimumWidth(306)
        self.ui.drawerBox.setMaximumWidth(330)
        view.setMinimumHeight(DRAWER_ROW_HEIGHT * 15 + 30)
        view.installEventFilter(self)
        view.itemDelegate().closeEditor.connect(self._editor_closed)
        self.model.edited.connect(self._show_cash)

        for table in (self.ui.vatTable, self.ui.tendersTable, self.ui.openTable):
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT - 2)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(False)
        # The open orders take the column's spare height, down to their last row (at 1920 px
        # they scrolled five at a time above an empty half of the column).
        self.ui.openTable.setMinimumHeight(ROW_HEIGHT * 3)
        self.ui.openLayout.setStretchFactor(self.ui.openTable, 1)
        self.ui.openLayout.addStretch(0)
        self.ui.rightLayout.setStretchFactor(self.ui.openBox, 1)
        self.ui.closuresTable.verticalHeader().setVisible(False)
        self.ui.closuresTable.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.closuresTable.horizontalHeader().setStretchLastSection(True)
        # Figures' labels wrap, their amounts never (a long label pushed the "€" out of the
        # cash box at 1366 px).
        self.ui.salesLabel.setWordWrap(True)
        self.ui.cashLabel.setWordWrap(True)
        self.ui.dayLayout.setSpacing(8)  # the three columns' texts whole at 1366 px
        self.ui.dayLayout.setStretch(0, 7)
        self.ui.dayLayout.setStretch(1, 0)  # the count at its own width: the room goes to
        self.ui.dayLayout.setStretch(2, 6)  # the figures' texts ("Titres-restaurant" whole)

        today = _today()
        self.ui.dayEdit.setMaximumDate(_qdate(today + timedelta(days=1)))
        self.ui.dayEdit.setDate(_qdate(today))
        self._day_timer = QTimer(self, singleShot=True, interval=DAY_DEBOUNCE_MS)
        self._day_timer.timeout.connect(self.refresh)
        self._live_timer = QTimer(self, singleShot=True, interval=LIVE_DEBOUNCE_MS)
        self._live_timer.timeout.connect(self._live_refresh)
        self.ui.dayEdit.dateChanged.connect(lambda _d: self._day_timer.start())
        self.ui.todayButton.clicked.connect(lambda: self.set_day(_today()))
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.closeButton.clicked.connect(self.request_close)
        self.ui.printButton.clicked.connect(self.print_day)
        self.ui.carryCheck.toggled.connect(lambda _on: self._show_errors(""))
        self.ui.reprintButton.clicked.connect(self.reprint_selected)
        self.ui.moreButton.clicked.connect(self.load_more)
        self.ui.closeMonthButton.clicked.connect(self.request_close_month)
        self.ui.closeYearButton.clicked.connect(self.request_close_year)
        self.ui.warningLabel.linkActivated.connect(self._warning_link)
        self.ui.tabs.currentChanged.connect(self._tab_changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.request_close)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_day)
        self._fill_periods()
        self._retranslate()

    # -- wiring

    def watch(self, feed) -> None:
        """Orders and payments made on other PCs move the open day's figures."""
        feed.orders_changed.connect(lambda _changes: self._live_timer.start())
        feed.reload_all.connect(self._live_timer.start)

    def heightForWidth(self, width: int) -> int:
        """Asked by the window's scroll area: the page fits the screen down to its minimum
        (the word-wrapped labels made the layout answer every column's preferred height: the
        page scrolled 61 px at 1366×768)."""
        return self.minimumSizeHint().height()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.refresh()
            self._history_if_shown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_periods()
        self._render()
        self._render_history()

    # -- the day

    @property
    def day(self) -> date:
        return _pydate(self.ui.dayEdit.date())

    def set_day(self, day: date) -> None:
        if day == self.day:
            self.refresh()
        else:
            self.ui.dayEdit.setDate(_qdate(day))

    def refresh(self) -> None:
        self._day_timer.stop()
        self._token += 1
        token, day = self._token, self.day
        self.loading = True
        self.ui.statusLabel.setText(escape(self.tr("Reading the day…")))
        self.runner.run(
            lambda: closures.preview(self.ctx, self.session, self.store_id, day),
            lambda found: self._loaded(token, found),
            lambda error: self._load_failed(token, error),
            owner=self,
        )

    def _live_refresh(self) -> None:
        """Another PC sold or took a payment: read the open day again, counts kept."""
        if self.isVisible() and not self.busy and self.closed_detail is None:
            self.refresh()

    def _load_failed(self, token: int, error: BaseException) -> None:
        if token != self._token:
            return
        self.loading = False
        self.ui.statusLabel.setText(escape(self.tr("Not up to date")))
        alerts.show_error(self, error)

    def _loaded(self, token: int, found: DayPreview) -> None:
        if token != self._token:
            return
        same_day = self.preview is not None and self.preview.business_date == found.business_date
        was_closed = self.closed_detail is not None
        self.preview = found
        if found.closure is None:
            if was_closed or not same_day:
                self.closed_detail = None
                self.model.load(None, read_only=not found.closable)
            elif self.model.read_only != (not found.closable):
                self.model.read_only = not found.closable
            self.loading = False
            self._render()
            if found.closable and not same_day:
                self.focus_count()
            return
        if self.closed_detail is not None and self.closed_detail.id == found.closure.id:
            self._closure_loaded(token, self.closed_detail)  # just closed here: already read
            return
        self._render()
        self.runner.run(
            lambda: closures.closure_detail(self.ctx, self.session, found.closure.id),
            lambda detail: self._closure_loaded(token, detail),
            lambda error: self._load_failed(token, error),
            owner=self,
        )

    def _closure_loaded(self, token: int, detail: ClosureDetail) -> None:
        if token != self._token:
            return
        self.loading = False
        self.closed_detail = detail
        self.model.load(dict(detail.drawer), read_only=True)
        self._render()

    def focus_count(self, row: int = 0) -> None:
        view = self.ui.drawerView
        index = self.model.index(row, DrawerModel.PIECES)
        view.setFocus()
        view.setCurrentIndex(index)
        view.scrollTo(index)

    # -- keyboard: Enter moves down the count

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.ui.drawerView
        if (
            watched is view
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and view.state() != QAbstractItemView.State.EditingState
        ):
            self._next_row()
            return True
        return super().eventFilter(watched, event)

    def _editor_closed(self, _editor, hint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            QTimer.singleShot(0, self._next_row)

    def _next_row(self) -> None:
        view = self.ui.drawerView
        row = view.currentIndex().row() + 1
        if 0 < row < self.model.rowCount():
            self.focus_count(row)
            return
        target = self.ui.carryCheck if self.ui.carryCheck.isEnabled() else self.ui.closeButton
        target.setFocus()

    # -- rendering

    def _render(self) -> None:
        found = self.preview
        if found is None:
            return
        detail = self.closed_detail
        figures = detail.figures if detail is not None else found.figures
        self._render_status(found, detail)
        self._render_figures(figures, detail, found)
        self._render_cash(found, detail)
        self._render_open(found)
        self._render_signing(found, detail)
        closable = found.closable and not self.busy
        self.ui.drawerHintLabel.setVisible(detail is None)
        self.ui.closeButton.setEnabled(closable)
        self.ui.noteEdit.setEnabled(found.closable)
        if detail is not None:
            self.ui.noteEdit.setText(detail.note or "")
        self.ui.printButton.setEnabled(detail is not None and not self.busy)
        self.ui.printButton.setText(
            self.tr("&Print the Z again (duplicate)")
            if detail is not None
            else self.tr("&Print the Z")
        )

    def _render_status(self, found: DayPreview, detail: ClosureDetail | None) -> None:
        warning = ""
        if found.closure is not None:
            closure = found.closure
            text = self.tr("Closed on {when} by {who}").format(
                when=to_paris(closure.closed_at).strftime("%d/%m/%Y %H:%M"),
                who=closure.closed_by or "—",
            )
            colour = GREEN
        elif found.business_date > found.today:
            text, colour = self.tr("Not begun yet"), MUTED
            warning = self.tr("This business day has not begun: it cannot be closed yet.")
        elif found.later_closed:
            text, colour = self.tr("Cannot be closed"), RED
            warning = self.tr(
                "A later day is already closed ({day}): this one can no longer be; its "
                "entries went to the next business day."
            ).format(day=found.closed_through.strftime("%d/%m/%Y"))
        elif found.earlier_open is not None:
            text, colour = self.tr("Waiting"), ORANGE
            warning = self.tr(
                "The day {day} has sales and is not closed: <a href='{iso}'>close it first</a>."
            ).format(day=found.earlier_open.strftime("%d/%m/%Y"), iso=found.earlier_open)
        else:
            text, colour = self.tr("Open"), ORANGE
        self.ui.statusLabel.setText(f"<b style='color:{colour}'>{escape(text)}</b>")
        self.ui.warningLabel.setText(warning)
        self.ui.warningLabel.setVisible(bool(warning))

    def _warning_link(self, link: str) -> None:
        try:
            self.set_day(date.fromisoformat(link))
        except ValueError:
            return

    def _render_figures(
        self, figures: Figures, detail: ClosureDetail | None, found: DayPreview
    ) -> None:
        rows = [
            (self.tr("Gross sales"), i18n.money(figures.gross_cents), False),
            (self.tr("Discounts"), f"−{i18n.money(figures.discount_cents)}", False),
            (self.tr("Sales incl. VAT"), i18n.money(figures.total_cents), True),
            (self.tr("of which VAT"), i18n.money(figures.vat_cents), False),
        ]
        self.ui.salesLabel.setText(_table(rows))
        _fill(
            self.ui.vatTable,
            [self.tr("VAT rate"), self.tr("excl. VAT"), self.tr("VAT"), self.tr("incl. VAT")],
            [
                [
                    i18n.rate(v.rate_bp),
                    i18n.money(v.base_cents),
                    i18n.money(v.vat_cents),
                    i18n.money(v.total_cents),
                ]
                for v in figures.vat
            ],
        )
        tenders = [
            [
                tender_label(t.tender_enum) if t.tender_enum is not None else t.tender,
                i18n.money(t.payments_cents),
                i18n.money(t.refunds_cents),
                i18n.money(t.net_cents),
            ]
            for t in figures.tenders
        ]
        tenders.append(
            [
                self.tr("Total"),
                i18n.money(figures.payments_cents),
                i18n.money(figures.refunds_cents),
                i18n.money(figures.takings_cents),
            ]
        )
        _fill(
            self.ui.tendersTable,
            [self.tr("Tender"), self.tr("Received"), self.tr("Refunded"), self.tr("Net")],
            tenders,
            bold_last=True,
        )
        # The figures' column as wide as the tenders' words and amounts whole need (the
        # first column stretches: it was given what was left, "Titres-…").
        table = self.ui.tendersTable
        needed = sum(
            max(table.sizeHintForColumn(c), table.horizontalHeader().sectionSizeHint(c))
            for c in range(table.columnCount())
        )
        self.ui.tendersTable.setMinimumWidth(needed + 2 * table.frameWidth())
        if figures.first_ticket is None:
            tickets = self.tr("No ticket")
        else:
            tickets = self.tr("Tickets No. {first} to {last} ({count})").format(
                first=figures.first_ticket, last=figures.last_ticket, count=figures.tickets
            )
        counts = self.tr(
            "{modifications} modification(s) · {cancellations} cancellation(s) · "
            "{refunds} credit note(s)"
        ).format(
            modifications=figures.modifications,
            cancellations=figures.cancellations,
            refunds=figures.refund_count,
        )
        grand = detail.grand_total_cents if detail is not None else found.grand_total_cents
        perpetual = self.tr("Perpetual grand total: {amount}").format(amount=i18n.money(grand))
        self.ui.countsLabel.setText(
            f"{escape(tickets)}<br>{escape(counts)}<br><b>{escape(perpetual)}</b>"
        )

    def _render_cash(self, found: DayPreview, detail: ClosureDetail | None) -> None:
        if detail is not None:
            takings = detail.cash_takings_cents or 0
            out = detail.drivers_out_cents or 0
            expected = detail.expected_cash_cents or 0
            counted = detail.counted_cash_cents or 0
        else:
            takings, out = found.cash_takings_cents, found.drivers_out_cents
            expected, counted = found.expected_cash_cents, self.model.total_cents()
        rows = [(self.tr("Cash takings"), i18n.money(takings), False)]
        if out:
            rows.append((self.tr("Still with drivers on shift"), f"−{i18n.money(out)}", False))
        rows += [
            (self.tr("Expected in the drawer"), i18n.money(expected), True),
            (self.tr("Counted"), i18n.money(counted), True),
        ]
        self.ui.cashLabel.setText(_table(rows))
        difference = counted - expected
        colour = GREEN if difference == 0 else (RED if difference < 0 else ORANGE)
        shown = i18n.money(difference) if difference <= 0 else f"+{i18n.money(difference)}"
        if difference < 0:
            shown = f"−{i18n.money(-difference)}"
        label = self.tr("Difference: {amount}").format(amount=shown)
        self.ui.differenceLabel.setText(
            f"<span style='font-size:15pt; font-weight:700; color:{colour}'>{escape(label)}</span>"
        )
        self.ui.drawerTotalLabel.setText(
            self.tr("Counted: {amount}").format(amount=i18n.money(counted))
        )
        lines = []
        for driver in found.drivers:
            if driver.out:
                lines.append(
                    self.tr("{name}, on shift since {time}: carries {cash} (fund {fund})").format(
                        name=driver.name,
                        time=paris_hhmm(driver.started_at),
                        cash=i18n.money(driver.cash_cents),
                        fund=i18n.money(driver.float_cents),
                    )
                )
            else:
                lines.append(
                    self.tr("{name}: handed in {amount} at {time}").format(
                        name=driver.name,
                        amount=i18n.money(driver.handed_in_cents or 0),
                        time=paris_hhmm(driver.ended_at),
                    )
                )
        self.ui.driversLabel.setText("<br>".join(escape(line) for line in lines))
        self.ui.driversLabel.setVisible(bool(lines))

    def _show_cash(self) -> None:
        if self.preview is not None and self.closed_detail is None:
            self._render_cash(self.preview, None)
            self._show_errors("")

    def _render_open(self, found: DayPreview) -> None:
        orders = found.open_orders
        closed = found.closure is not None
        if closed:
            carried = self.closed_detail.carried if self.closed_detail is not None else ()
            text = (
                self.tr("Carried over to the next day: No. {orders}").format(
                    orders=", ".join(str(n) for n in carried)
                )
                if carried
                else self.tr("None was left open.")
            )
        elif not orders:
            text = self.tr("None: every order of the day is finished and paid.")
        else:
            text = self.tr("{count} order(s) not finished or not fully paid.").format(
                count=found.open_orders_total
            )
        self.ui.openLabel.setText(text)
        _fill(
            self.ui.openTable,
            [self.tr("No."), self.tr("Time"), self.tr("Status"), self.tr("Total"), self.tr("Due")],
            [
                [
                    str(o.order_id),
                    paris_hhmm(o.created_at),
                    status_label(o.status),
                    i18n.money(o.total_cents),
                    i18n.money(o.due_cents),
                ]
                for o in orders
            ],
            first_text=3,
            stretch=2,
        )
        table = self.ui.openTable
        table.setMaximumHeight(max(rows_height(table), ROW_HEIGHT * 3))
        table.setVisible(bool(orders))
        self.ui.carryCheck.setVisible(bool(orders))
        self.ui.carryCheck.setEnabled(bool(orders) and found.closable)
        if not orders:
            self.ui.carryCheck.setChecked(False)

    def _render_signing(self, found: DayPreview, detail: ClosureDetail | None) -> None:
        if detail is not None:
            text = (
                self.tr("Journal entry No. {sequence}, fingerprint {fingerprint}; signed.")
                if detail.signed
                else self.tr("Journal entry No. {sequence}, fingerprint {fingerprint}; not signed.")
            ).format(sequence=detail.sequence, fingerprint=detail.fingerprint)
        elif found.signing_key_id:
            text = self.tr("The closure will be signed with this PC's key {key}.").format(
                key=found.signing_key_id[:12].upper()
            )
        else:
            text = self.tr(
                "No signing key on this PC: the closure will be chained but not signed "
                "(administrator: ocpizza-desk journal keygen)."
            )
        self.ui.signingLabel.setText(text)

    def _show_errors(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    # -- closing the day

    def request_close(self) -> None:
        """Checks what was typed, asks for confirmation, closes on the submit lane."""
        found = self.preview
        if found is None or not found.closable or self.busy or self.loading:
            return
        invalid = self.model.invalid()
        if invalid:
            denomination = invalid[0]
            self._show_errors(
                self.tr("“{text}” is not a count for {denomination}.").format(
                    text=self.model.entries[denomination][0],
                    denomination=denomination_text(denomination),
                )
            )
            self.focus_count(closures.DENOMINATIONS.index(denomination))
            return
        counted = self.model.counted()
        assert counted is not None
        carry = self.ui.carryCheck.isChecked()
        if found.open_orders and not carry:
            self._show_errors(
                self.tr(
                    "Orders are still open: finish them, or tick “Carry them over” to close "
                    "the day anyway."
                )
            )
            self.ui.carryCheck.setFocus()
            return
        total = self.model.total_cents()
        difference = total - found.expected_cash_cents
        lines = [
            self.tr("Close the business day {day}?").format(
                day=found.business_date.strftime("%d/%m/%Y")
            ),
            "",
            self.tr("Sales incl. VAT: {amount}").format(
                amount=i18n.money(found.figures.total_cents)
            ),
            self.tr("Expected in the drawer: {amount}").format(
                amount=i18n.money(found.expected_cash_cents)
            ),
            self.tr("Counted: {amount}").format(amount=i18n.money(total)),
            self.tr("Difference: {amount}").format(
                amount=f"+{i18n.money(difference)}" if difference > 0 else i18n.money(difference)
            ),
        ]
        if found.open_orders and carry:
            lines.append(
                self.tr("{count} open order(s) carried over to the next day.").format(
                    count=found.open_orders_total
                )
            )
        lines += [
            "",
            self.tr(
                "Once closed, the day takes no more entries: later sales go to the next "
                "business day. The Z is printed."
            ),
        ]
        if not alerts.confirm(self, self.tr("Cash close"), "\n".join(lines)):
            return
        note = self.ui.noteEdit.text()
        store, day, ctx, session = self.store_id, found.business_date, self.ctx, self.session
        self._set_busy(True)
        self.runner.run(
            lambda: closures.close_day(ctx, session, store, day, counted, carry, note),
            self._day_closed,
            self._close_failed,
            owner=self,
            lane=SUBMIT,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._render()

    def _day_closed(self, detail: ClosureDetail) -> None:
        self.busy = False
        self.last_closure = detail
        self.closed_detail = detail
        self._show_errors("")
        self.closed.emit(detail)
        print_order.print_closure(self, detail, self._printed)
        self.refresh()
        self._history_if_shown()

    def _close_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        alerts.say_or_show(self, error, self._show_errors)  # beside the button, not twice
        self.refresh()  # another PC may have closed it: the screen shows how things stand

    def _printed(self, message: str, _pdf) -> None:
        self.printed.append(message)

    def print_day(self) -> None:
        """The day's Z again (it was printed on closing): a duplicate, journalled."""
        if self.closed_detail is None or self.busy:
            return
        self.reprint(self.closed_detail.id)

    def reprint(self, closure_id: int) -> None:
        print_order.reprint_closure(
            self, self.ctx, self.session, self.runner, closure_id, self._printed
        )

    # -- earlier closures, months and years

    def _tab_changed(self, index: int) -> None:
        if self.ui.tabs.widget(index) is self.ui.historyTab:
            self.load_history()

    def _history_if_shown(self) -> None:
        """The history tab reads its page when it is opened (`_tab_changed`), not before."""
        if self.ui.tabs.currentWidget() is self.ui.historyTab:
            self.load_history()

    def load_history(self) -> None:
        self.runner.run(
            lambda: closures.closures_page(self.ctx, self.session, self.store_id),
            lambda page: self._history_loaded(page, append=False),
            owner=self,
        )

    def load_more(self) -> None:
        if self.more_before is None:
            return
        before = self.more_before
        self.runner.run(
            lambda: closures.closures_page(self.ctx, self.session, self.store_id, before=before),
            lambda page: self._history_loaded(page, append=True),
            owner=self,
        )

    def _history_loaded(self, page: closures.ClosuresPage, append: bool) -> None:
        self.history = [*self.history, *page.rows] if append else list(page.rows)
        self.more_before = page.next_before
        self._render_history()

    def _kind_text(self, kind: str) -> str:
        return {
            "day": self.tr("Day (Z)"),
            "month": self.tr("Month"),
            "year": self.tr("Year"),
        }[kind]

    def _period_text(self, row: ClosureSummary) -> str:
        if row.kind == "day":
            return row.period_start.strftime("%d/%m/%Y")
        if row.kind == "month":
            return row.period_start.strftime("%m/%Y")
        return str(row.period_start.year)

    def _render_history(self) -> None:
        rows = []
        for row in self.history:
            difference = row.difference_cents
            rows.append(
                [
                    self._kind_text(row.kind),
                    self._period_text(row),
                    to_paris(row.closed_at).strftime("%d/%m/%Y %H:%M"),
                    row.closed_by or "—",
                    i18n.money(row.total_cents),
                    i18n.money(row.takings_cents),
                    "" if difference is None else i18n.money(difference),
                    i18n.money(row.grand_total_cents),
                    self.tr("yes") if row.signed else self.tr("no"),
                ]
            )
        _fill(
            self.ui.closuresTable,
            [
                self.tr("Closure"),
                self.tr("Period"),
                self.tr("Closed on"),
                self.tr("By"),
                self.tr("Sales incl. VAT"),
                self.tr("Takings"),
                self.tr("Cash difference"),
                self.tr("Grand total"),
                self.tr("Signed"),
            ],
            rows,
            first_text=4,
            last_text=True,
        )
        self.ui.moreButton.setEnabled(self.more_before is not None)
        self.ui.reprintButton.setEnabled(bool(self.history))
        if self.history and not self.ui.closuresTable.selectedItems():
            self.ui.closuresTable.selectRow(0)

    def selected_closure(self) -> ClosureSummary | None:
        row = self.ui.closuresTable.currentRow()
        return self.history[row] if 0 <= row < len(self.history) else None

    def reprint_selected(self) -> None:
        chosen = self.selected_closure()
        if chosen is not None and not self.busy:
            self.reprint(chosen.id)

    def _fill_periods(self) -> None:
        month_combo, year_combo = self.ui.monthCombo, self.ui.yearCombo
        kept_month, kept_year = month_combo.currentData(), year_combo.currentData()
        month_combo.clear()
        year_combo.clear()
        first = _today().replace(day=1)
        for _ in range(13):
            first = (first - timedelta(days=1)).replace(day=1)
            month_combo.addItem(first.strftime("%m/%Y"), first.year * 100 + first.month)
        for year in range(_today().year - 1, _today().year - 4, -1):
            year_combo.addItem(str(year), year)
        if kept_month is not None:
            month_combo.setCurrentIndex(max(0, month_combo.findData(kept_month)))
        if kept_year is not None:
            year_combo.setCurrentIndex(max(0, year_combo.findData(kept_year)))

    def request_close_month(self) -> None:
        year, month = divmod(self.ui.monthCombo.currentData(), 100)
        text = self.tr(
            "Close the month {month}? Its day closures are cumulated into one closure, chained "
            "and signed like them."
        ).format(month=f"{month:02d}/{year}")
        if self.busy or not alerts.confirm(self, self.tr("Monthly closure"), text):
            return
        ctx, session, store = self.ctx, self.session, self.store_id
        self._run_period(lambda: closures.close_month(ctx, session, store, year, month))

    def request_close_year(self) -> None:
        year = self.ui.yearCombo.currentData()
        text = self.tr(
            "Close the year {year}? Its monthly closures are cumulated into one closure, "
            "chained and signed like them."
        ).format(year=year)
        if self.busy or not alerts.confirm(self, self.tr("Yearly closure"), text):
            return
        ctx, session, store = self.ctx, self.session, self.store_id
        self._run_period(lambda: closures.close_year(ctx, session, store, year))

    def _run_period(self, work) -> None:
        self._set_busy(True)
        self.runner.run(work, self._period_closed, self._period_failed, owner=self, lane=SUBMIT)

    def _period_closed(self, detail: ClosureDetail) -> None:
        self._set_busy(False)
        self.last_closure = detail
        self.closed.emit(detail)
        print_order.print_closure(self, detail, self._printed)
        self.load_history()

    def _period_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        alerts.show_error(self, error)


# --------------------------------------------------------------------------- helpers


def _table(rows: list[tuple[str, str, bool]]) -> str:
    cells = "".join(
        f"<tr><td>{'<b>' if bold else ''}{escape(label)}{'</b>' if bold else ''}</td>"
        f"<td align='right' nowrap style='padding-left:12px'>{'<b>' if bold else ''}"
        f"{escape(value)}"
        f"{'</b>' if bold else ''}</td></tr>"
        for label, value, bold in rows
    )
    return f"<table width='100%' cellspacing='0' cellpadding='1'>{cells}</table>"


def _fill(
    table: QTableWidget,
    headers: list[str],
    rows: list[list[str]],
    *,
    bold_last: bool = False,
    first_text: int = 1,
    last_text: bool = False,
    stretch: int = 0,
) -> None:
    """Columns before `first_text` and (with `last_text`) the last one hold text; the others
    figures, right-aligned; column `stretch` takes the width left. A table that does not
    scroll is as tall as its rows."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            text_column = c < first_text or (last_text and c == len(values) - 1)
            if not text_column:
                item.setTextAlignment(RIGHT)
            if bold_last and r == len(rows) - 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    if not table.horizontalHeader().stretchLastSection() and headers:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if table.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        empty = table.horizontalHeader().sizeHint().height() + 4
        table.setFixedHeight(max(rows_height(table), empty))
