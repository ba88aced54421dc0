"""Taking an order at the counter or on the phone, keyboard first.

Phone number → customer card (customer_panel.py), menu with the live "can still make N"
(recomputed after every cart change, on the worker), cart with customisations and the VAT
breakdown, delivery or take-away, a promised time suggested from the kitchen's queue, the
planned tenders with the change due, discounts, and validate. The same screen modifies a
received order: `load_order(id)` fills it, and validating sends the change with the version it
was read at, so a change made meanwhile on another PC is reloaded, never overwritten; a paid
order made cheaper asks how the difference is given back (gui/dialogs/refund.py).

Validating builds one `services.counter.CounterSubmission` (customer, order, discounts,
paid-now payments, refunds) and sends it on the submit lane: one transaction. If the
connection drops during the send, the form stays locked and `gui/pending.PendingOutcome` asks
by the submission's key what was saved, as soon as the database answers; the cashier is told
exactly that (the order and its payments, or nothing), never "not recorded" for a commit.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QWidget,
)

from ocpizza_desk.domain import formulas as formula_rules
from ocpizza_desk.domain import lifecycle
from ocpizza_desk.domain import sizes as sizing
from ocpizza_desk.domain.clock import PARIS, to_paris, utcnow
from ocpizza_desk.domain.enums import Channel, OrderMode, OrderStatus, Tender
from ocpizza_desk.domain.errors import ConflictError, DomainError, StockError, ValidationError
from ocpizza_desk.domain.money import format_cents, parse_euros
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.pricing import format_rate
from ocpizza_desk.domain.totals import Discount, Totals
from ocpizza_desk.gui import alerts, i18n, style
from ocpizza_desk.gui.connection import is_connection_error
from ocpizza_desk.gui.dialogs.customise import ChoicePickDialog, CustomiseDialog
from ocpizza_desk.gui.dialogs.discount import LINE, DiscountDialog
from ocpizza_desk.gui.dialogs.formula import FormulaDialog
from ocpizza_desk.gui.dialogs.refund import RefundDialog
from ocpizza_desk.gui.forms.ui_order_taking import Ui_OrderTakingPage
from ocpizza_desk.gui.labels import channel_label, tender_label
from ocpizza_desk.gui.models.cart import CartModel, Entry
from ocpizza_desk.gui.models.menu import PRODUCT_ID_ROLE, MenuFilter, MenuModel, size_text
from ocpizza_desk.gui.pending import PendingOutcome
from ocpizza_desk.gui.print_order import print_allergen_sheet
from ocpizza_desk.gui.screens.customer_panel import (
    NEW_ADDRESS,
    CustomerPanel,
    FieldError,
)
from ocpizza_desk.gui.screens.store_advice import StoreAdvice
from ocpizza_desk.gui.tasks import SUBMIT, TaskRunner
from ocpizza_desk.gui.widgets.allergen_bar import AllergenBar
from ocpizza_desk.services import counter, kitchen, menu, orders, settings
from ocpizza_desk.services import formulas as formulas_service
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.counter import CounterOutcome, CounterSubmission, CustomerPart
from ocpizza_desk.services.customers import PastOrder
from ocpizza_desk.services.menu import MenuItem
from ocpizza_desk.services.orders import PlannedTender
from ocpizza_desk.services.payments import PaymentRequest

MENU_DELAY_MS = 200  # after a cart change, before asking what can still be made
PROMISE_REFRESH_MS = 60_000  # an automatic promised time follows the kitchen's queue
COUNTER_TENDERS = (Tender.CASH, Tender.CARD, Tender.MEAL_VOUCHER)
LATE_GRACE = timedelta(hours=2)  # a promised time this far behind now means tomorrow
OK_COLOUR, ERROR_COLOUR = style.GOOD, style.BAD


def promised_utc(chosen: time, now: datetime) -> datetime:
    """The Paris wall-clock time typed, as the next such moment (UTC); 00:15 typed at 23:50
    is tomorrow."""
    paris_now = to_paris(now)
    moment = datetime.combine(paris_now.date(), chosen, tzinfo=PARIS)
    if moment < paris_now - LATE_GRACE:
        moment = datetime.combine(paris_now.date() + timedelta(days=1), chosen, tzinfo=PARIS)
    return moment.astimezone(UTC)


class OrderTakingScreen(QWidget):
    order_saved = Signal(int)  # placed or modified: the order book refreshes that row

    def __init__(self, ctx, session: StaffSession, runner: TaskRunner) -> None:
        super().__init__()
        self.ui = Ui_OrderTakingPage()
        self.ui.setupUi(self)
        self.ctx, self.session, self.runner = ctx, session, runner
        self.editing: orders.OrderDetail | None = None
        self.client_key = uuid.uuid4().hex
        self._menu_token = 0
        self._menu_loaded = False
        self._half: int | None = None  # the first half of a half-and-half being taken
        self._formulas: tuple = ()  # services.formulas.FormulaView, loaded with the menu
        self._half_rule = sizing.DEFAULT_HALF_RULE
        self._promise_auto = True
        self._paid_now_auto = True
        self._tender_master = 1  # the amount field typed last; the other one is the rest
        self._sending = False
        self.order_discounts: tuple[Discount, ...] = ()  # at most one, on the whole order
        self._submission: CounterSubmission | None = None  # the one being sent
        self._rules = None  # the chain's till rules, read when a refund may be needed
        self._locked_widgets: list[QWidget] = []
        self.pending = PendingOutcome(runner, self._look_up, self)
        self.pending.answered.connect(self._found)
        self.pending.failed.connect(self._lookup_refused)
        self._promise_timer = QTimer(self, interval=PROMISE_REFRESH_MS)
        self._promise_timer.timeout.connect(lambda: self._promise_auto and self.suggest_promise())

        # A refused promised time says why and when next, right under the time (issue 20).
        self.promised_problem = QLabel(self)
        self.promised_problem.setObjectName("promisedProblemLabel")
        self.promised_problem.setWordWrap(True)
        self.promised_problem.setVisible(False)
        self.ui.checkoutForm.insertRow(1, self.promised_problem)
        self.ui.promisedEdit.timeChanged.connect(lambda _t: self._show_promised_problem(""))
        # A delivery refused for its zone names the stores that deliver there, under the
        # address.
        self.address_problem = QLabel(self)
        self.address_problem.setObjectName("addressProblemLabel")
        self.address_problem.setWordWrap(True)
        self.address_problem.setVisible(False)
        column = self.ui.addressRow.parent()
        column.insertWidget(column.indexOf(self.ui.addressRow) + 1, self.address_problem)
        self.customer = CustomerPanel(self.ui, ctx, session, runner, self)
        self.customer.changed.connect(lambda: self._show_address_problem(""))
        self.customer.changed.connect(self._update_actions)
        self.customer.repeat_requested.connect(self._repeat)
        self.customer.problem_shown.connect(self.show_problem)
        # The advised store for a delivery: advice on its own threads, never in the way.
        self.advice = StoreAdvice(self.ui.placementLabel, ctx, session, self._asked, self)
        self.customer.changed.connect(self.advice.schedule)
        self.customer.address_saved.connect(self.advice.locate)

        # The three columns keep their widths whatever they show (a customer saved, the
        # change due): their sizes come from the stretch factors and minimums alone, not
        # from their contents' preferred widths (the screen jumped, issue 18).
        for column, (box, minimum, stretch) in enumerate(
            (
                (self.ui.customerBox, 300, 31),
                (self.ui.menuBox, 290, 29),
                (self.ui.orderBox, 450, 45),  # the tenders and the change due, whole
            )
        ):
            policy = box.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            box.setSizePolicy(policy)
            box.setMinimumWidth(minimum)
            self.ui.pageLayout.setStretch(column, stretch)
        self.menu_model = MenuModel(self)
        self.menu_filter = MenuFilter(self)
        self.menu_filter.setSourceModel(self.menu_model)
        self._setup_view(self.ui.menuView, self.menu_filter, stretch=0)
        self.cart = CartModel(self)
        self._setup_view(self.ui.cartView, self.cart, stretch=1)
        self.ui.cartView.setWordWrap(True)  # customisations on a second line
        self.ui.cartView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.cart.rowsInserted.connect(self._cart_changed)
        self.cart.rowsRemoved.connect(self._cart_changed)
        self.cart.dataChanged.connect(self._cart_changed)
        self.cart.modelReset.connect(self._cart_changed)

        self._menu_timer = QTimer(self, singleShot=True, interval=MENU_DELAY_MS)
        self._menu_timer.timeout.connect(self.refresh_menu)

        self._fill_combos()
        self._wire()
        self._shortcuts()
        self.ui.menuView.installEventFilter(self)
        self.ui.cartView.installEventFilter(self)
        self.ui.menuSearchEdit.installEventFilter(self)
        self.new_order()

    # -- construction

    @staticmethod
    def _setup_view(view, model, stretch: int) -> None:
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _fill_combos(self) -> None:
        ui = self.ui
        for combo in (ui.channelCombo, ui.tender1Combo, ui.tender2Combo):
            combo.blockSignals(True)
        current = ui.channelCombo.currentData(), ui.tender1Combo.currentData()
        current2 = ui.tender2Combo.currentData()
        ui.channelCombo.clear()
        for channel in (Channel.PHONE, Channel.COUNTER):
            ui.channelCombo.addItem(channel_label(channel), channel.value)
        ui.tender1Combo.clear()
        ui.tender2Combo.clear()
        ui.tender2Combo.addItem("—", None)
        for tender in COUNTER_TENDERS:
            ui.tender1Combo.addItem(tender_label(tender), tender.value)
            ui.tender2Combo.addItem(tender_label(tender), tender.value)
        for combo, value in (
            (ui.channelCombo, current[0]),
            (ui.tender1Combo, current[1]),
            (ui.tender2Combo, current2),
        ):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _wire(self) -> None:
        ui = self.ui
        ui.categoryCombo.currentIndexChanged.connect(
            lambda _i: self.menu_filter.set_category(ui.categoryCombo.currentData())
        )
        ui.menuSearchEdit.textChanged.connect(self._menu_search)
        ui.menuView.activated.connect(lambda _index: self.add_selected())
        ui.addButton.clicked.connect(self.add_selected)
        # The manager's switch ("rupture"): a product off this store's menu, the website's too.
        self.sold_out_button: QPushButton | None = None
        if self.session.can(Permission.TOGGLE_MENU_ITEMS):
            button = self.sold_out_button = QPushButton(ui.menuBox)
            button.setObjectName("soldOutButton")
            layout = ui.menuBox.layout()
            layout.insertWidget(layout.indexOf(ui.addButton) + 1, button)
            button.clicked.connect(self.toggle_sold_out)
            ui.menuView.selectionModel().selectionChanged.connect(lambda *_a: self._show_sold_out())
        # Allergens: the selected dish's (a cart line's as customised) and the menu's filter.
        self.allergen_bar = AllergenBar(ui.menuBox)
        ui.menuLayout.insertWidget(ui.menuLayout.indexOf(ui.menuView) + 1, self.allergen_bar)
        # The selected product's sizes: the key of each, its price, how many can be made.
        self.sizes_label = QLabel(ui.menuBox)
        self.sizes_label.setObjectName("sizesLabel")
        self.sizes_label.setWordWrap(True)
        ui.menuLayout.insertWidget(ui.menuLayout.indexOf(ui.menuView) + 1, self.sizes_label)
        self.allergen_bar.excluded_changed.connect(self.menu_filter.set_excluded)
        self.allergen_bar.print_requested.connect(
            lambda: print_allergen_sheet(self, self.ctx, self.session, self.runner)
        )
        ui.menuView.selectionModel().selectionChanged.connect(lambda *_a: self._show_allergens())
        ui.menuView.selectionModel().selectionChanged.connect(lambda *_a: self._show_sizes())
        ui.cartView.selectionModel().selectionChanged.connect(
            lambda *_a: self._show_allergens(cart=True)
        )
        ui.plusButton.clicked.connect(lambda: self.change_quantity(+1))
        ui.minusButton.clicked.connect(lambda: self.change_quantity(-1))
        ui.removeButton.clicked.connect(self.remove_line)
        ui.customiseButton.clicked.connect(self.customise)
        ui.discountButton.clicked.connect(self.discount)
        ui.cartView.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        ui.takeawayRadio.toggled.connect(self._mode_changed)
        ui.channelCombo.currentIndexChanged.connect(self._channel_changed)
        ui.suggestButton.clicked.connect(lambda: self.suggest_promise(force=True))
        ui.promisedEdit.timeChanged.connect(self._promise_typed)
        ui.tender1Amount.textEdited.connect(lambda _t: self._tender_typed(1))
        ui.tender2Amount.textEdited.connect(lambda _t: self._tender_typed(2))
        ui.tender1Combo.currentIndexChanged.connect(lambda _i: self._update_tenders())
        ui.tender2Combo.currentIndexChanged.connect(lambda _i: self._tender2_changed())
        ui.cashGivenEdit.textChanged.connect(lambda _t: self._update_change())
        ui.paidNowCheck.clicked.connect(self._paid_now_clicked)
        ui.newButton.clicked.connect(self._new_clicked)
        ui.validateButton.clicked.connect(self.validate)

    def _shortcuts(self) -> None:
        ui = self.ui
        keys = {
            "Ctrl+L": lambda: (ui.phoneEdit.setFocus(), ui.phoneEdit.selectAll()),
            "Ctrl+F": lambda: (ui.menuSearchEdit.setFocus(), ui.menuSearchEdit.selectAll()),
            "Ctrl+K": ui.cartView.setFocus,
            "Ctrl+P": self.customise,
            "Ctrl+M": self.discount,
            "F4": self.take_formula,
            "Ctrl+R": self.customer.repeat_last,
            "Ctrl+S": self.customer.save_now,
            "Ctrl+N": self._new_clicked,
            "Ctrl+Return": self.validate,
            "Ctrl+Enter": self.validate,
            "Ctrl+PgDown": lambda: self._step_category(+1),
            "Ctrl+PgUp": lambda: self._step_category(-1),
        }
        for sequence, slot in keys.items():
            QShortcut(
                QKeySequence(sequence),
                self,
                activated=slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

    # -- a new order, or an existing one to modify

    def new_order(self) -> None:
        self._show_promised_problem("")
        self._show_address_problem("")
        self.editing = None
        self.late_reason: str | None = None  # a manager's change after the oven started
        self.client_key = uuid.uuid4().hex
        self._submission = None
        self.order_discounts = ()
        self._half = None
        self.customer.clear()
        self.cart.clear()
        ui = self.ui
        ui.editingLabel.setVisible(False)
        ui.takeawayRadio.setChecked(True)
        ui.channelCombo.setEnabled(True)
        ui.channelCombo.setCurrentIndex(0)
        ui.notesEdit.clear()
        ui.tender1Combo.setCurrentIndex(0)
        ui.tender2Combo.setCurrentIndex(0)
        ui.tender1Amount.clear()
        ui.tender2Amount.clear()
        ui.cashGivenEdit.clear()
        self._tender_master = 1
        self._paid_now_auto = True
        self._promise_auto = True
        self._channel_changed()
        self._mode_changed()
        self._update_tenders()
        self._update_actions()
        ui.validateButton.setText(self.tr("Va&lidate order"))
        ui.phoneEdit.setFocus()

    def _new_clicked(self) -> None:
        if self._sending or self.pending.active:
            return  # what was sent is being checked: the form stays as it was sent
        dirty = self.cart.entries or self.editing
        if dirty and not alerts.confirm(
            self, self.tr("New order"), self.tr("Leave this order? What was typed will be lost.")
        ):
            return
        self.show_message("")
        self.new_order()

    def heightForWidth(self, width: int) -> int:
        """Asked by the window's scroll area: the page fits the screen down to its minimum.
        The layout's own answer is every column's preferred height (a word-wrapped label
        makes it ask), 669 px at 1366×768: the Validate button went below the fold."""
        return self.minimumSizeHint().height()

    def has_unsaved_work(self) -> bool:
        """An order being typed, modified or sent: maintenance waits for it to be validated
        or abandoned before signing the user out (gui/main_window.py)."""
        return bool(self.cart.entries or self.editing or self._sending or self.pending.active)

    def _may_still_change_late(self, error: ConflictError) -> bool:
        """The kitchen started it while this manager's form was open: the late change (with
        its reason, from the order book) is still theirs to make."""
        started = lifecycle.STATUS_NAMES[OrderStatus.IN_PREPARATION]
        return (
            error.code == "order.taken"
            and error.params.get("status") == started
            and self.late_reason is None
            and self.session.can(Permission.MODIFY_STARTED_ORDERS)
        )

    def load_order(self, order_id: int, late_reason: str | None = None) -> None:
        """Fill the screen with a received order, to modify it; or, for a manager who gave
        `late_reason`, with an order in preparation (the kitchen is shown what changed)."""
        self._loading_late_reason = late_reason
        self.show_message(self.tr("Opening order {number}…").format(number=order_id))

        def fetch():
            detail = orders.detail(self.ctx, self.session, order_id)
            lines = orders.asked_again_all(detail.lines)
            rules = settings.till_rules(self.ctx, self.session) if detail.kept_cents else None
            offered = formulas_service.for_counter(self.ctx, self.session)
            return detail, (menu.menu(self.ctx, self.session, lines), offered), rules

        self.runner.run(fetch, self._order_loaded, self._load_failed, owner=self)

    def _order_loaded(self, loaded) -> None:
        detail, current_menu, rules = loaded
        self._set_menu(*current_menu)
        self.new_order()
        self.editing = detail
        self.late_reason = getattr(self, "_loading_late_reason", None)
        self._rules = rules
        ui = self.ui
        line_discounts = {
            d.discount.line: replace(d.discount, line=None)
            for d in detail.discounts
            if d.discount.line is not None
        }
        self.order_discounts = tuple(
            d.discount for d in detail.discounts if d.discount.line is None
        )
        entries, missing = [], []
        for group in formula_rules.grouped(detail.lines, lambda ln: ln.formula_group):
            line = group[0]
            asked = orders.asked_again_all(group)[0]
            entry = self._entry_of(asked)
            if entry is None:
                missing.append(line.formula_name or line.product_name)
                continue
            entries.append(replace(entry, discount=line_discounts.get(line.position)))
        self.cart.replace_all(entries)
        ui.deliveryRadio.setChecked(detail.mode is OrderMode.DELIVERY)
        ui.channelCombo.setCurrentIndex(max(ui.channelCombo.findData(detail.channel.value), 0))
        ui.channelCombo.setEnabled(False)
        self._set_promised(detail.promised_at)
        self._promise_auto = False
        ui.notesEdit.setText(detail.notes or "")
        self._paid_now_auto = False
        ui.paidNowCheck.setChecked(False)
        planned = detail.planned_tenders
        if planned:
            ui.tender1Combo.setCurrentIndex(
                max(ui.tender1Combo.findData(planned[0].tender.value), 0)
            )
            ui.tender1Amount.setText(i18n.money(planned[0].amount_cents, plain=True))
        if len(planned) > 1:
            ui.tender2Combo.setCurrentIndex(
                max(ui.tender2Combo.findData(planned[1].tender.value), 0)
            )
            ui.tender2Amount.setText(i18n.money(planned[1].amount_cents, plain=True))
        if detail.customer_id is not None:
            self.customer.load_customer(detail.customer_id, detail.address_id)
        editing_text = self.tr("Modifying order {number} — placed {time}").format(
            number=detail.id, time=to_paris(detail.created_at).strftime("%H:%M")
        )
        if self.late_reason:
            editing_text += " — " + self.tr(
                "in preparation: the kitchen will be shown the change (reason: {reason})"
            ).format(reason=self.late_reason)
        ui.editingLabel.setText(f"<b>{escape(editing_text)}</b>")
        ui.editingLabel.setVisible(True)
        ui.validateButton.setText(self.tr("Save the changes"))
        self._update_tenders()
        message = ""
        if missing:
            message = self.tr("No longer on the menu, left out: {names}").format(
                names=", ".join(missing)
            )
        self.show_message(message, error=bool(missing))
        ui.cartView.setFocus()

    def _load_failed(self, error: BaseException) -> None:
        self.show_message("")
        alerts.show_error(self, error)

    # -- menu

    def watch(self, feed) -> None:
        """Another till sold the last burrata, or the manager switched a pizza off: the
        counts follow within a second (debounced like a change of the cart)."""
        feed.stock_changed.connect(self._menu_timer.start)
        feed.menu_changed.connect(self._menu_timer.start)
        feed.reload_all.connect(self._menu_timer.start)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            self.ui.phoneEdit.setFocus()  # the phone is ringing: start with the number
        self.refresh_menu()  # the stock moved while another screen was shown
        self.advice.schedule()  # a change left waiting when the screen was hidden
        self._promise_timer.start()

    def hideEvent(self, event) -> None:
        # Nothing runs for a hidden screen (nor after its window closed at sign-out).
        self._menu_timer.stop()
        self._promise_timer.stop()
        self.customer.stop()
        self.advice.stop()
        super().hideEvent(event)

    def refresh_menu(self) -> None:
        self._menu_timer.stop()
        if not self.isVisible():
            return  # showEvent refreshes it
        self._menu_token += 1
        token = self._menu_token
        lines = self.cart.cart_lines()

        def fetch():
            loaded = menu.menu(self.ctx, self.session, lines)
            return loaded, formulas_service.for_counter(self.ctx, self.session)

        self.runner.run(
            fetch,
            lambda loaded: token == self._menu_token and self._set_menu(*loaded),
            lambda error: None if token != self._menu_token else self._menu_failed(error),
            owner=self,
        )

    def _menu_failed(self, error: BaseException) -> None:
        self.show_message(
            error.message(i18n.language()) if isinstance(error, DomainError) else "", error=True
        )
        if not isinstance(error, DomainError):
            alerts.show_error(self, error)

    def _set_menu(self, loaded: menu.Menu, offered: tuple = ()) -> None:
        self._formulas = offered
        combo = self.ui.categoryCombo
        codes = [combo.itemData(i) for i in range(1, combo.count())]
        if codes != [code for code, _name in loaded.categories]:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All categories"), None)
            for code, name in loaded.categories:
                combo.addItem(name, code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self.menu_model.set_items(list(loaded.items))
        self._half_rule = loaded.half_rule
        if not self._menu_loaded:
            self._menu_loaded = True
            self.ui.menuView.selectRow(0)
        self._show_sold_out()
        self._show_allergens()
        self._show_sizes()

    def _show_sold_out(self) -> None:
        button = self.sold_out_button
        if button is None:
            return
        product_id = self.selected_product()
        item = self.menu_model.item(product_id) if product_id is not None else None
        button.setEnabled(item is not None)
        if item is not None and not item.enabled:
            button.setText(self.tr("Back on the menu"))
            tip = self.tr("{name} is sold out here: put it back on this store's menu")
        else:
            button.setText(self.tr("Sold out"))
            tip = self.tr("Take {name} off this store's menu, on the website too, until put back")
        button.setToolTip(tip.format(name=item.name if item is not None else "—"))
        button.setAccessibleName(button.text())

    def _show_sizes(self) -> None:
        product_id = self.selected_product()
        item = self.menu_model.item(product_id) if product_id is not None else None
        text = size_text(item)
        if text:
            text = self.tr("Sizes — {sizes}; / half-and-half").format(sizes=text)
        self.sizes_label.setText(text)
        self.sizes_label.setVisible(bool(text))

    def _show_allergens(self, cart: bool = False) -> None:
        """The selected product's allergens; a selected cart line's, customisations included."""
        row = self.current_row() if cart else None
        if row is not None:
            entry = self.cart.entries[row]
            if entry.formula_id is not None:  # every choice's, as customised
                found = [
                    (self.menu_model.item(pid), [o.option_id for o in options])
                    for (pid, _size), options in zip(
                        entry.choices, entry.options_per_choice, strict=True
                    )
                ]
                found = [(i, ids) for i, ids in found if i is not None]
                self.allergen_bar.show_items([i for i, _ in found], [ids for _, ids in found])
                return
            item = self.menu_model.item(entry.product_id)
            self.allergen_bar.show_item(item, [o.option_id for o in entry.options])
            return
        product_id = self.selected_product()
        self.allergen_bar.show_item(
            self.menu_model.item(product_id) if product_id is not None else None
        )

    def toggle_sold_out(self) -> None:
        """Sold out, or back: the switch the website reads too (store_products)."""
        product_id = self.selected_product()
        item = self.menu_model.item(product_id) if product_id is not None else None
        if item is None or self.sold_out_button is None:
            return
        wanted = not item.enabled
        ctx, session = self.ctx, self.session
        self.sold_out_button.setEnabled(False)

        def done(_result) -> None:
            text = (
                self.tr("{name} is back on the menu.")
                if wanted
                else self.tr("{name} is sold out: off this store's menu and the website's.")
            )
            self.show_message(text.format(name=item.name))
            self.refresh_menu()

        def failed(error: BaseException) -> None:
            self._show_sold_out()
            alerts.show_error(self, error)

        self.runner.run(
            lambda: menu.set_enabled(ctx, session, item.product_id, wanted),
            done,
            failed,
            owner=self,
        )

    def _menu_search(self, text: str) -> None:
        self.menu_filter.set_text(text)
        if self.menu_filter.rowCount():
            self.ui.menuView.selectRow(0)

    def _step_category(self, step: int) -> None:
        combo = self.ui.categoryCombo
        if combo.count():
            combo.setCurrentIndex((combo.currentIndex() + step) % combo.count())

    def selected_product(self) -> int | None:
        indexes = self.ui.menuView.selectionModel().selectedRows()
        if not indexes and self.menu_filter.rowCount() == 1:
            return self.menu_filter.index(0, 0).data(PRODUCT_ID_ROLE)
        return indexes[0].data(PRODUCT_ID_ROLE) if indexes else None

    def _entry_of(self, line: CartLine) -> Entry | None:
        """A line asked before (an order modified) at today's menu; None if no longer offered."""
        if line.formula_id is not None:
            return self._formula_entry(line)
        item = self.menu_model.item(line.product_id)
        if item is None:
            return None
        if line.half_product_id is None:
            entry = Entry.from_menu(item, line.quantity, line.option_ids, line.size_id)
            return entry
        second = self.menu_model.item(line.half_product_id)
        size = item.size(line.size_id)
        if second is None or size is None:
            return None
        return Entry.half_and_half(item, second, size.label, self._half_rule, line.quantity)

    def add_selected(self, size_number: int | None = None) -> None:
        """The selected product in its default size, or in its size number `size_number`
        (the keys 1, 2, 3... in the menu); the second half of a half-and-half when one was
        started (the key /)."""
        product_id = self.selected_product()
        item = self.menu_model.item(product_id) if product_id is not None else None
        if item is None:
            self.show_message(self.tr("Choose a product in the menu first."), error=True)
            return
        if not item.available:
            self.show_message(
                self.tr("{name} cannot be made now.").format(name=item.name), error=True
            )
            return
        size = item.size(None)
        if size_number is not None:
            if not 1 <= size_number <= len(item.sizes):
                self.show_message(
                    self.tr("{name} has no size {number}.").format(
                        name=item.name, number=size_number
                    ),
                    error=True,
                )
                return
            size = item.sizes[size_number - 1]
        first = self.menu_model.item(self._half) if self._half is not None else None
        if first is not None:
            entry = self._second_half(first, item, size_number)
        else:
            if size is not None and size.can_make <= 0:
                self.show_message(
                    self.tr("{name} cannot be made now.").format(
                        name=sizing.line_name(item.name, size.label)
                    ),
                    error=True,
                )
                return
            entry = Entry.from_menu(item, size_id=size.size_id if size else None)
        if entry is None:
            return
        row = self.cart.add(entry)
        self.ui.cartView.selectRow(row)
        self.show_message("")

    # -- formulas (F4): the formula, then one choice per slot (dialogs/formula.py)

    def take_formula(self) -> None:
        if self._sending or self.pending.active:
            return
        if not self._formulas:
            self.show_message(self.tr("No formula is sold today."), error=True)
            return
        dialog = FormulaDialog(self, self._formulas, self._can_make_choice)
        dialog.chosen.connect(self._formula_taken)
        dialog.finished.connect(lambda _result: self._back_to_menu())
        dialog.open()
        self.active_dialog = dialog

    def _can_make_choice(self, choice) -> bool:
        item = self.menu_model.item(choice.product_id)
        if item is None or not item.available:
            return False
        size = item.size(choice.size_id)
        return (size.can_make if size is not None else item.can_make) > 0

    def _formula_taken(self, formula, picks) -> None:
        row = self.cart.add(Entry.of_formula(formula, picks))
        self.ui.cartView.selectRow(row)
        self.show_message("")

    def _back_to_menu(self) -> None:
        """The keys go on where they were: the window active again, the menu focused."""
        self.window().activateWindow()
        self.ui.menuView.setFocus()

    def _formula_entry(self, line: CartLine) -> Entry | None:
        """A formula asked before, at today's formula; None if it or a choice is gone."""
        formula = next((f for f in self._formulas if f.id == line.formula_id), None)
        if formula is None or len(formula.slots) != len(line.choices):
            return None
        picks = []
        for slot, (product_id, size_id) in zip(formula.slots, line.choices, strict=True):
            found = next(
                (
                    c
                    for c in slot.choices
                    if c.product_id == product_id and size_id in (None, c.size_id)
                ),
                None,
            )
            if found is None:
                return None
            picks.append(found)
        chosen = []
        for (product_id, _size), option_ids in zip(
            line.choices, line.options_per_choice, strict=True
        ):
            item = self.menu_model.item(product_id)
            offered = {o.option_id: o for o in item.options} if item is not None else {}
            chosen.append(tuple(offered[i] for i in option_ids if i in offered))
        return Entry.of_formula(formula, picks, line.quantity, chosen)

    def start_half(self) -> None:
        """The selected pizza becomes the first half; the next one added is the second."""
        product_id = self.selected_product()
        item = self.menu_model.item(product_id) if product_id is not None else None
        if item is None or not item.available:
            self.show_message(self.tr("Choose a product in the menu first."), error=True)
            return
        self._half = item.product_id
        self.show_message(
            self.tr(
                "½ {name} + …: choose the other half, then its size (1, 2, 3) or Enter "
                "(Esc: cancel)."
            ).format(name=item.name)
        )

    def cancel_half(self) -> bool:
        if self._half is None:
            return False
        self._half = None
        self.show_message(self.tr("Half-and-half cancelled."))
        return True

    def _second_half(
        self, first: MenuItem, second: MenuItem, size_number: int | None
    ) -> Entry | None:
        self._half = None
        size = first.size(None) if size_number is None else None
        if size_number is not None:
            if not 1 <= size_number <= len(first.sizes):
                size = None
            else:
                size = first.sizes[size_number - 1]
        label = size.label if size is not None else ""
        entry = (
            Entry.half_and_half(first, second, label, self._half_rule) if size is not None else None
        )
        if entry is None:
            self.show_message(
                self.tr("Both halves must be the same size: {name} has no {size}.").format(
                    name=second.name, size=label or "—"
                ),
                error=True,
            )
        return entry

    def _repeat(self, past: PastOrder) -> None:
        missing = []
        asked = past.cart_lines or tuple(
            CartLine(product_id, quantity, option_ids)
            for product_id, _name, quantity, option_ids in past.lines
        )
        for (_product_id, name, _quantity, _options), line in zip(past.lines, asked, strict=True):
            item = self.menu_model.item(line.product_id)
            entry = self._entry_of(line) if item is not None and item.available else None
            if entry is None:  # gone, sold out, or that size no longer offered
                missing.append(name)
                continue
            self.cart.add(entry)
        if missing:
            self.show_message(
                self.tr("Not available now, left out: {names}").format(names=", ".join(missing)),
                error=True,
            )
        else:
            self.show_message(self.tr("Last order put in the cart."))

    # -- cart

    def _cart_changed(self, *_args) -> None:
        self._menu_timer.start()
        self.advice.schedule()
        self._show_totals()
        self._update_tenders()
        self._update_actions()
        if self.current_row() is not None:  # a customised line: its allergens again
            self._show_allergens(cart=True)

    def current_row(self) -> int | None:
        indexes = self.ui.cartView.selectionModel().selectedRows()
        if indexes:
            return indexes[0].row()
        return None

    def change_quantity(self, step: int) -> None:
        row = self.current_row()
        if row is None:
            return
        entry = self.cart.entries[row]
        if step > 0 and self._can_make_one_more(entry) <= 0:
            self.show_message(
                self.tr("No stock for one more {name}.").format(name=entry.name), error=True
            )
            return
        self.cart.set_quantity(row, entry.quantity + step)
        if row < self.cart.rowCount():
            self.ui.cartView.selectRow(row)

    def _can_make_one_more(self, entry) -> int:
        """How many more the menu says can still be made (the cart counted): for a formula,
        its scarcest choice; for a half-and-half, its scarcer half (the placement decides)."""
        parts = list(entry.choices if entry.formula_id is not None else ())
        if entry.formula_id is None:
            parts.append((entry.product_id, entry.size_id))
        left = []
        for product_id, size_id in parts:
            item = self.menu_model.item(product_id)
            size = item.size(size_id) if item is not None else None  # None: the default
            if item is not None:
                left.append(size.can_make if size is not None else item.can_make)
        first = self.menu_model.item(entry.product_id)
        other = self.menu_model.item(entry.half_product_id) if entry.half_product_id else None
        if other is not None and first is not None:
            label = (first.size(entry.size_id) or first.size(None)).label
            size = other.size_labelled(label) or other.size(None)
            left.append(size.can_make if size is not None else other.can_make)
        return min(left, default=1)

    def remove_line(self) -> None:
        row = self.current_row()
        if row is not None:
            self.cart.remove(row)
            if self.cart.rowCount():
                self.ui.cartView.selectRow(min(row, self.cart.rowCount() - 1))

    def customise(self) -> None:
        row = self.current_row()
        if row is None:
            self.show_message(self.tr("Select a line of the order to customise."), error=True)
            return
        entry = self.cart.entries[row]
        item = self.menu_model.item(entry.product_id)
        if entry.half_product_id is not None:
            self.show_message(
                self.tr("A half-and-half pizza is made without customisations."), error=True
            )
            return
        if entry.formula_id is not None:
            self._customise_choice(row, entry)
            return
        if item is None or not item.options:
            self.show_message(
                self.tr("{name} has no customisation.").format(name=entry.name), error=True
            )
            return
        dialog = CustomiseDialog(self, entry.name, item.options, entry.options, item.short_options)
        dialog.accepted.connect(lambda: self._customised(row, entry, dialog.chosen()))
        dialog.open()
        self.active_dialog = dialog

    def _customise_choice(self, row: int, entry: Entry) -> None:
        """Which choice of the formula: straight to it when only one takes customisations,
        else a short list (digits, or arrows and Enter)."""
        items = [self.menu_model.item(pid) for pid, _size in entry.choices]
        offered = [i for i, item in enumerate(items) if item is not None and item.options]
        if not offered:
            self.show_message(
                self.tr("No choice of this formula has a customisation."), error=True
            )
            return
        if len(offered) == 1:
            self._customise_one_choice(row, entry, offered[0])
            return
        dialog = ChoicePickDialog(self, [entry.parts[i][0] for i in offered])
        dialog.picked.connect(
            lambda number: self._customise_one_choice(row, entry, offered[number])
        )
        dialog.open()
        self.active_dialog = dialog

    def _customise_one_choice(self, row: int, entry: Entry, index: int) -> None:
        item = self.menu_model.item(entry.choices[index][0])
        if item is None:
            return
        current = entry.options_per_choice[index]
        dialog = CustomiseDialog(self, entry.parts[index][0], item.options, current,
                                 item.short_options)  # fmt: skip
        dialog.accepted.connect(
            lambda: self._choice_customised(row, entry, index, dialog.chosen())
        )
        dialog.open()
        self.active_dialog = dialog

    def _choice_customised(self, row: int, entry: Entry, index: int, chosen) -> None:
        if row < len(self.cart.entries) and self.cart.entries[row] is entry:
            self.cart.set_choice_options(row, index, chosen)
            self.ui.cartView.selectRow(row)
            self.ui.cartView.setFocus()

    def _customised(self, row: int, entry: Entry, chosen) -> None:
        if row < len(self.cart.entries) and self.cart.entries[row] is entry:
            self.cart.set_options(row, chosen)
            self.ui.cartView.selectRow(row)
            self.ui.cartView.setFocus()

    def net_total(self) -> int:
        """What the customer pays, discounts off (before discounts if one does not fit)."""
        try:
            return self.cart.totals(self.order_discounts).total_cents
        except ValidationError:
            return self.cart.total_cents

    def cart_totals(self) -> Totals | None:
        """The totals as the service will store them; None (and the reason shown) when a
        discount no longer fits."""
        try:
            return self.cart.totals(self.order_discounts)
        except ValidationError as problem:
            self.show_message(problem.message(i18n.language()), error=True)
            return None

    def _show_totals(self) -> None:
        lang = i18n.language()
        grey = f"color:{style.MUTED}"
        if not self.cart.entries:
            empty = self.tr("The order is empty.")
            self.ui.totalsLabel.setText(f"<span style='{grey}'>{escape(empty)}</span>")
            self.ui.totalsLabel.setToolTip("")
            return
        money = self.cart_totals()
        if money is None:
            return
        if self.editing is not None:
            money = money.settled(self.editing.paid_cents, self.editing.refunded_cents)
        # The VAT on one line ("HT … · TVA 10 % : …"), its bases in the tooltip: three grey
        # lines left a 1366-px screen one cart line short.
        excluding = format_cents(money.excluding_vat_cents, lang)
        vat = [self.tr("Excl. VAT {amount}").format(amount=excluding)]
        vat += [
            self.tr("VAT {rate}: {vat}").format(
                rate=format_rate(v.rate_bp), vat=format_cents(v.vat_cents, lang)
            )
            for v in money.vat
        ]
        rows = [" · ".join(vat)]
        self.ui.totalsLabel.setToolTip(
            "\n".join(
                self.tr("VAT {rate}: {vat} on {base}").format(
                    rate=format_rate(v.rate_bp),
                    vat=format_cents(v.vat_cents, lang),
                    base=format_cents(v.base_cents, lang),
                )
                for v in money.vat
            )
        )
        if money.discount_cents:
            rows.insert(
                0,
                self.tr("Before discounts {gross}, discounts −{amount}").format(
                    gross=format_cents(money.gross_cents, lang),
                    amount=format_cents(money.discount_cents, lang),
                ),
            )
        settle = ""
        if self.editing is not None and money.kept_cents:
            if money.overpaid_cents:
                text = self.tr("Already paid {paid}: give back {amount}").format(
                    paid=format_cents(money.kept_cents, lang),
                    amount=format_cents(money.overpaid_cents, lang),
                )
            else:
                text = self.tr("Already paid {paid}, still due {due}").format(
                    paid=format_cents(money.kept_cents, lang),
                    due=format_cents(money.due_cents, lang),
                )
            settle = f"<br><b style='color:{ERROR_COLOUR}'>{escape(text)}</b>"
        total_text = self.tr("Total {amount}").format(amount=format_cents(money.total_cents, lang))
        self.ui.totalsLabel.setText(
            f"<span style='font-size:16pt'><b>{escape(total_text)}</b></span>"
            f"<span style='{grey}'><br>{'<br>'.join(escape(r) for r in rows)}</span>{settle}"
        )

    # -- discounts

    def discount(self) -> None:
        """A discount on the selected line or on the whole order (Ctrl+M)."""
        if not self.cart.entries or self._sending or self.pending.active:
            self.show_message(self.tr("Add a product before giving a discount."), error=True)
            return
        if not self.session.can(Permission.GIVE_DISCOUNTS):
            self.show_message(self.tr("Your role does not give discounts."), error=True)
            return
        scopes = []
        row = self.current_row()
        if row is not None and self.cart.entries[row].formula_id is None:  # a set price
            entry = self.cart.entries[row]
            label = self.tr("The line {quantity} × {name}").format(
                quantity=entry.quantity, name=entry.name
            )
            scopes.append((LINE, label, entry.total_cents, entry.discount))
        money = self.cart_totals()
        line_net = (
            money.total_cents
            + sum(a.amount_cents for a in money.discounts if a.discount.line is None)
            if money is not None
            else self.cart.total_cents
        )
        current = self.order_discounts[0] if self.order_discounts else None
        scopes.append(("order", self.tr("The whole order"), line_net, current))
        dialog = DiscountDialog(self, scopes)
        dialog.accepted.connect(lambda: self._discounted(row, dialog.chosen))
        dialog.open()
        self.active_dialog = dialog

    def _discounted(self, row: int | None, chosen) -> None:
        if chosen is None:
            return
        scope, discount = chosen
        if scope == LINE and row is not None and row < len(self.cart.entries):
            self.cart.set_discount(row, None if discount is None else replace(discount, line=None))
            self.ui.cartView.selectRow(row)
        elif scope != LINE:
            self.order_discounts = () if discount is None else (discount,)
            self._cart_changed()
        self.ui.cartView.setFocus()

    # -- mode, channel, promised time

    @property
    def mode(self) -> OrderMode:
        return OrderMode.DELIVERY if self.ui.deliveryRadio.isChecked() else OrderMode.TAKEAWAY

    def _asked(self) -> tuple:
        """What the advised store answers: see store_advice.Question."""
        if self.mode is not OrderMode.DELIVERY:
            return ("none",)
        if self.customer.card is None:
            return ("new",) if self.customer.new_number is not None else ("none",)
        address_id = self.ui.addressCombo.currentData()
        if address_id is None:
            return ("none",)
        if address_id == NEW_ADDRESS:
            return ("new",)
        return ("address", address_id, tuple(self.cart.cart_lines()))

    def _mode_changed(self, *_args) -> None:
        self._show_address_problem("")
        self.customer.set_delivery(self.mode is OrderMode.DELIVERY)
        if self._promise_auto:
            self.suggest_promise()

    def _channel_changed(self, *_args) -> None:
        if self._paid_now_auto:
            self.ui.paidNowCheck.setChecked(
                self.ui.channelCombo.currentData() == Channel.COUNTER.value
            )

    def _paid_now_clicked(self) -> None:
        self._paid_now_auto = False
        self._update_change()

    def suggest_promise(self, force: bool = False) -> None:
        if force:
            self._promise_auto = True
        mode = self.mode
        self.runner.run(
            lambda: kitchen.suggest_promise(self.ctx, self.session, mode),
            lambda moment: self._promise_auto and self._set_promised(moment),
            lambda _error: None,
            owner=self,
        )

    def _set_promised(self, moment: datetime) -> None:
        paris = to_paris(moment)
        edit = self.ui.promisedEdit
        edit.blockSignals(True)
        edit.setTime(QTime(paris.hour, paris.minute))
        edit.blockSignals(False)

    def _promise_typed(self, _time: QTime) -> None:
        self._promise_auto = False

    # -- tenders

    def _tender_typed(self, which: int) -> None:
        self._tender_master = which
        self._update_tenders()

    def _tender2_changed(self) -> None:
        if self.ui.tender2Combo.currentData() is None:
            self._tender_master = 1
            self.ui.tender2Amount.clear()
        self._update_tenders()

    def _update_tenders(self) -> None:
        """Whichever amount was typed last stays; the other is the rest of the total."""
        ui = self.ui
        total = self.net_total()
        second = ui.tender2Combo.currentData() is not None
        ui.tender2Amount.setEnabled(second)
        ui.tender1Amount.setReadOnly(not second)  # one tender pays the whole bill
        if not second:
            ui.tender1Amount.setText(i18n.money(total, plain=True) if total else "")
        else:
            master, other = (
                (ui.tender1Amount, ui.tender2Amount)
                if self._tender_master == 1
                else (ui.tender2Amount, ui.tender1Amount)
            )
            try:
                typed = parse_euros(master.text()) if master.text().strip() else 0
            except ValueError:
                typed = None
            if typed is not None:
                other.setText(i18n.money(max(0, total - typed), plain=True))
        self._update_change()

    def planned_tenders(self) -> tuple[PlannedTender, ...]:
        """Raises FieldError for an amount that is not one."""
        ui = self.ui
        planned = []
        for combo, edit in (
            (ui.tender1Combo, ui.tender1Amount),
            (ui.tender2Combo, ui.tender2Amount),
        ):
            value = combo.currentData()
            if value is None or not edit.text().strip():
                continue
            try:
                amount = parse_euros(edit.text())
            except ValueError:
                raise FieldError(
                    self.tr("Type the amount in euros, for example 12,50."), edit
                ) from None
            if amount:
                planned.append(PlannedTender(Tender(value), amount))
        return tuple(planned)

    def _cash_part(self) -> int | None:
        try:
            return sum(p.amount_cents for p in self.planned_tenders() if p.tender is Tender.CASH)
        except FieldError:
            return None

    def _update_change(self) -> None:
        ui = self.ui
        cash = self._cash_part()
        has_cash = Tender.CASH.value in (
            ui.tender1Combo.currentData(),
            ui.tender2Combo.currentData(),
        )
        for widget in (ui.cashGivenLabel, ui.cashGivenEdit, ui.changeLabel):
            widget.setVisible(has_cash)
        text = ""
        given_text = ui.cashGivenEdit.text().strip()
        if has_cash and given_text and cash is not None:
            lang = i18n.language()
            try:
                given = parse_euros(given_text)
            except ValueError:
                wrong = self.tr("not an amount")
                text = f"<span style='color:{ERROR_COLOUR}'>{escape(wrong)}</span>"
            else:
                if given >= cash:
                    text = "<b>{}</b>".format(
                        escape(
                            self.tr("Change due: {amount}").format(
                                amount=format_cents(given - cash, lang)
                            )
                        )
                    )
                else:
                    short = self.tr("{amount} short").format(
                        amount=format_cents(cash - given, lang)
                    )
                    text = f"<span style='color:{ERROR_COLOUR}'>{escape(short)}</span>"
        ui.changeLabel.setText(text)

    # -- validate

    def _update_actions(self) -> None:
        ui = self.ui
        has_line = self.current_row() is not None
        for button in (ui.minusButton, ui.plusButton, ui.removeButton, ui.customiseButton):
            button.setEnabled(has_line)
        ui.discountButton.setEnabled(
            bool(self.cart.entries) and self.session.can(Permission.GIVE_DISCOUNTS)
        )
        ui.validateButton.setEnabled(
            bool(self.cart.entries) and not self._sending and not self.pending.active
        )

    def show_message(self, text: str, error: bool = False) -> None:
        colour = ERROR_COLOUR if error else OK_COLOUR
        self.ui.messageLabel.setText(
            f"<span style='color:{colour}'>{escape(text)}</span>" if text else ""
        )

    def _show_promised_problem(self, text: str) -> None:
        self.promised_problem.setText(
            f"<span style='color:{ERROR_COLOUR}'>{escape(text)}</span>" if text else ""
        )
        self.promised_problem.setVisible(bool(text))

    def _show_address_problem(self, text: str) -> None:
        self.address_problem.setText(
            f"<span style='color:{ERROR_COLOUR}'>{escape(text)}</span>" if text else ""
        )
        self.address_problem.setVisible(bool(text))

    def show_problem(self, text: str, widget: QWidget | None) -> None:
        self.show_message(text, error=True)
        if widget is not None and widget.isVisible():
            widget.setFocus()
            if hasattr(widget, "selectAll"):
                widget.selectAll()

    def validate(self) -> None:
        if self._sending or self.pending.active:
            return
        if not self.cart.entries:
            self.show_problem(
                self.tr("The order is empty: add a product first."), self.ui.menuSearchEdit
            )
            return
        try:
            submission = self.build_submission()
        except FieldError as problem:
            self.show_problem(problem.message, problem.widget)
            return
        if submission is None:
            return
        money = self.cart_totals()
        editing = self.editing
        if editing is not None and money is not None and editing.kept_cents > money.total_cents:
            self._ask_refund(submission, editing.kept_cents - money.total_cents)
            return
        self.send(submission)

    def build_submission(self) -> CounterSubmission | None:
        """The whole form as one request, built once and sent as it is (FieldError for a
        field that cannot be read; None when the cart's discounts no longer fit)."""
        if self.cart_totals() is None:
            return None
        draft = self.customer.draft()
        planned = self.planned_tenders()
        given = self._cash_given(planned)
        ui = self.ui
        now = utcnow()
        promised = promised_utc(ui.promisedEdit.time().toPython(), now)
        paid_now = ui.paidNowCheck.isChecked() and self.editing is None
        payments = tuple(
            PaymentRequest(
                client_key=uuid.uuid4().hex,
                tender=tender.tender,
                amount_cents=tender.amount_cents,
                tendered_cents=given if tender.tender is Tender.CASH else None,
            )
            for tender in planned
            if paid_now
        )
        editing = self.editing
        return CounterSubmission(
            client_key=self.client_key,
            channel=Channel(ui.channelCombo.currentData()),
            mode=self.mode,
            lines=self.cart.cart_lines(),
            promised_at=promised,
            customer=CustomerPart(
                customer_id=draft.customer_id,
                address_id=draft.address_id,
                new_customer=draft.new_customer,
                new_address=draft.new_address,
            ),
            discounts=self.cart.discounts(self.order_discounts),
            planned_tenders=planned,
            payments=payments,
            notes=ui.notesEdit.text().strip() or None,
            order_id=None if editing is None else editing.id,
            expected_version=None if editing is None else editing.version,
            late_reason=None if editing is None else self.late_reason,
        )

    def _ask_refund(self, submission: CounterSubmission, amount: int) -> None:
        editing = self.editing
        assert editing is not None
        lang = i18n.language()
        info = self.tr(
            "Order {number} was paid {paid} and now comes to {total}: {amount} goes back to "
            "the customer, with a credit note."
        ).format(
            number=editing.id,
            paid=format_cents(editing.kept_cents, lang),
            total=format_cents(editing.kept_cents - amount, lang),
            amount=format_cents(amount, lang),
        )
        rules = self._rules
        above = (
            None
            if self.session.can(Permission.APPROVE_REFUNDS) or rules is None
            else rules.refund_approval_above_cents
        )
        dialog = RefundDialog(
            self,
            self.runner,
            amount,
            f"<p>{escape(info)}</p>",
            tuple(p.tender for p in editing.payments),
            above,
        )
        dialog.accepted.connect(lambda: self._refund_chosen(submission, dialog.result_value))
        dialog.open()
        self.active_dialog = dialog

    def _refund_chosen(self, submission: CounterSubmission, chosen) -> None:
        refunds, reason, approval = chosen
        self.send(replace(submission, refunds=refunds, refund_reason=reason, approval=approval))

    def send(self, submission: CounterSubmission) -> None:
        """One transaction on the submit lane; see the module's docstring."""
        self._submission = submission
        ctx, session = self.ctx, self.session
        self._set_sending(True)
        self.runner.run(
            lambda: counter.submit(ctx, session, submission),
            self._sent,
            self._refused,
            owner=self,
            lane=SUBMIT,
        )

    def _look_up(self):
        submission = self._submission
        assert submission is not None
        return counter.outcome(self.ctx, self.session, submission)

    def _cash_given(self, planned: tuple[PlannedTender, ...]) -> int | None:
        ui = self.ui
        cash = sum(p.amount_cents for p in planned if p.tender is Tender.CASH)
        text = ui.cashGivenEdit.text().strip()
        if not cash or not text:
            return None
        try:
            given = parse_euros(text)
        except ValueError:
            raise FieldError(
                self.tr("Type the cash given in euros, for example 20."), ui.cashGivenEdit
            ) from None
        if given < cash:
            raise FieldError(
                self.tr("The cash given is less than the cash part of the bill."),
                ui.cashGivenEdit,
            )
        return given

    def _set_sending(self, sending: bool) -> None:
        self._sending = sending
        self.ui.validateButton.setText(
            self.tr("Sending…")
            if sending
            else self.tr("Save the changes")
            if self.editing
            else self.tr("Va&lidate order")
        )
        self._update_actions()

    def _lock(self, locked: bool) -> None:
        """While what was sent is being checked, nothing of the form can change."""
        if locked:
            inputs = (QLineEdit, QComboBox, QAbstractButton, QAbstractItemView, QTimeEdit)
            self._locked_widgets = [
                w for w in self.findChildren(QWidget) if isinstance(w, inputs) and w.isEnabled()
            ]
            for widget in self._locked_widgets:
                widget.setEnabled(False)
        else:
            for widget in self._locked_widgets:
                widget.setEnabled(True)
            self._locked_widgets = []
            self._update_actions()

    def _sent(self, outcome: CounterOutcome) -> None:
        self._set_sending(False)
        self._show_promised_problem("")
        self._show_address_problem("")
        if self.pending.active or self._locked_widgets:
            self.pending.stop()
            self._lock(False)
        if outcome.new_address_id is not None:
            self.advice.locate(outcome.new_address_id)  # after the save, in the background
        lang = i18n.language()
        when = to_paris(outcome.promised_at).strftime("%H:%M")
        if outcome.replayed:
            text = self.tr(
                "Order {number} had been saved (the connection dropped while it was sent) — "
                "{total}, promised at {time}."
            )
        elif outcome.modified:
            text = self.tr("Order {number} changed — {total}, promised at {time}.")
        else:
            text = self.tr("Order {number} placed — {total}, promised at {time}.")
        text = text.format(
            number=outcome.order_id, total=format_cents(outcome.total_cents, lang), time=when
        )
        parts = [text]
        if outcome.payments:
            parts.append(
                self.tr("Paid {amount}.").format(
                    amount=format_cents(sum(p.amount_cents for p in outcome.payments), lang)
                )
            )
        if outcome.change_cents:
            parts.append(
                self.tr("Give back {amount}.").format(
                    amount=format_cents(outcome.change_cents, lang)
                )
            )
        if outcome.voucher_excess_cents:
            parts.append(
                self.tr("Meal vouchers give no change: {amount} is not returned.").format(
                    amount=format_cents(outcome.voucher_excess_cents, lang)
                )
            )
        for refund in outcome.refunds:
            parts.append(
                self.tr("Credit note {number}: give back {amount}.").format(
                    number=refund.credit_note_number,
                    amount=format_cents(refund.amount_cents, lang),
                )
            )
        self.order_saved.emit(outcome.order_id)
        self.new_order()
        self.show_message(" ".join(parts))
        self.refresh_menu()

    def _refused(self, error: BaseException) -> None:
        self._set_sending(False)
        if is_connection_error(error):
            # The COMMIT may or may not have happened: keep the form as sent and ask.
            self._lock(True)
            self.show_message(
                self.tr(
                    "The connection dropped while the order was sent: checking what was "
                    "saved as soon as the database answers…"
                ),
                error=True,
            )
            self.pending.start(at_once=False)
            return
        if not isinstance(error, DomainError):
            alerts.show_error(self, error)
            return
        message = error.message(i18n.language())
        if isinstance(error, ConflictError) and self.editing is not None:
            order_id = self.editing.id
            if error.code in ("order.taken", "order.cancelled_by"):  # no longer modifiable
                if self._may_still_change_late(error):
                    message += " " + self.tr(
                        "As a manager you can still change it: Orders, then Modify, giving "
                        "the reason; the kitchen is shown what changed."
                    )
                alerts.warning(self, self.tr("Too late to modify"), message)
                return
            alerts.warning(self, self.tr("Changed on another PC"), message)
            self.load_order(order_id, self.late_reason)  # as it now is: made again on it
            return
        if isinstance(error, StockError):
            self.refresh_menu()
        widget = None
        if isinstance(error, ValidationError):
            widget = self.customer.field_widget(error)
            if widget is None and error.field == "notes":
                widget = self.ui.notesEdit
            elif widget is None and error.field == "amount":
                widget = self.ui.tender1Amount
        elif error.code == "order.promised_past":
            widget = self.ui.promisedEdit
        if isinstance(error, ValidationError) and error.field == "promised_at":
            # Out of hours: the next possible time right under the time, said once.
            self._show_promised_problem(message)
            self.show_message("")
            self.ui.promisedEdit.setFocus()
            self.ui.promisedEdit.selectAll()
            return
        if isinstance(error, ValidationError) and error.field == "address":
            # Out of zone: the stores that deliver there, under the address, said once.
            ui = self.ui
            self._show_address_problem(message)
            self.show_message("")
            widget = ui.addressCombo if ui.addressCombo.isVisible() else ui.streetEdit
            widget.setFocus()
            return
        self.show_problem(message, widget)

    def _found(self, outcome: CounterOutcome | None) -> None:
        """What the lookup after a lost connection found."""
        if outcome is not None:
            self._sent(outcome)
            return
        self._lock(False)
        self.show_message(
            self.tr(
                "Nothing was saved (the connection dropped before the order reached the "
                "database). Check the order and validate it again."
            ),
            error=True,
        )

    def _lookup_refused(self, error: BaseException) -> None:
        self._lock(False)
        if isinstance(error, DomainError):
            self.show_message(error.message(i18n.language()), error=True)
        else:
            alerts.show_error(self, error)

    # -- keyboard inside the lists

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        ui = self.ui
        if watched is ui.menuSearchEdit and key in (
            Qt.Key.Key_Down,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            if key == Qt.Key.Key_Down:
                ui.menuView.setFocus()
            else:
                self.add_selected()
            return True
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if watched is ui.menuView and plain:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_selected()
                return True
            # One key for the size: 1, 2, 3 (the top row or the keypad) in the menu's order.
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                self.add_selected(int(key) - int(Qt.Key.Key_0))
                return True
            if key in (Qt.Key.Key_Slash, Qt.Key.Key_H):  # "½": a half-and-half begins
                self.start_half()
                return True
            if key == Qt.Key.Key_Escape and self.cancel_half():
                return True
        if watched is ui.cartView:
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.change_quantity(+1)
                return True
            if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
                self.change_quantity(-1)
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_line()
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_combos()
            self._set_sending(self._sending)
            self._show_totals()
            self._update_change()
            self.advice.retranslate()
            self._show_sold_out()
            if self.ui.categoryCombo.count():  # filled from the menu: its first item by hand
                self.ui.categoryCombo.setItemText(0, self.tr("All categories"))
            if self.customer.card is not None:
                self.customer.show_card(self.customer.card, self.ui.addressCombo.currentData())
            for model in (self.menu_model, self.cart):
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
                if model.rowCount():
                    model.dataChanged.emit(
                        model.index(0, 0),
                        model.index(model.rowCount() - 1, model.columnCount() - 1),
                    )
        super().changeEvent(event)


def orders_cart_line(product_id: int, quantity: int, customisations) -> CartLine:
    return CartLine(
        product_id, quantity, tuple(sorted(c["option_id"] for c in customisations or ()))
    )
