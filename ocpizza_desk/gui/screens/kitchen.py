"""The kitchen screen: the store's waiting orders as big cards, oldest first, live.

Made for a touch screen in a hot kitchen: one tap starts an order, one tap marks it ready,
a tap on a pizza opens its recipe memo, another prints the kitchen ticket. Nobody presses
refresh: the window's live feed says which orders changed on any PC (or on the website),
and only those cards are read again (`kitchen.queue(only=...)`). A card that arrives after
the first load is highlighted for a minute, with a beep if the sound is on. When two screens
act on the same order, the second is told who did it and its card shows the order as it
now is. An order a manager changed after the oven started flashes "MODIFIÉE" with what
changed until a pizzaiolo taps "Vu" (`kitchen.acknowledge`); every kitchen PC then drops the
banner through the live feed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.errors import ConflictError
from ocpizza_desk.gui import alerts, i18n
from ocpizza_desk.gui.dialogs.recipe_memo import RecipeMemoDialog
from ocpizza_desk.gui.forms.ui_kitchen import Ui_KitchenPage
from ocpizza_desk.gui.labels import plural, status_label
from ocpizza_desk.gui.live import LiveFeed
from ocpizza_desk.gui.print_order import Paper, print_order
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.gui.touch import finger_sized, show_message, status_line
from ocpizza_desk.gui.undo import UndoOffer
from ocpizza_desk.gui.widgets.order_card import NEXT_STEP, OrderCard
from ocpizza_desk.services import kitchen, orders
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.changes import ChangedOrder
from ocpizza_desk.services.kitchen import QueuedOrder

CARD_WIDTH = 340  # with the grid's spacing: how many columns fit
FRESH_MS = 60_000  # a new order stays highlighted this long
CLOCK_MS = 20_000  # minutes waiting are recomputed on screen, without the database


class KitchenScreen(QWidget):
    def __init__(self, ctx, session: StaffSession, runner: TaskRunner) -> None:
        super().__init__()
        self.ui = Ui_KitchenPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setObjectName("pageTitle")
        self.ctx, self.session, self.runner = ctx, session, runner
        self.cards: dict[int, OrderCard] = {}
        self.loaded = False
        self._columns = 0
        self._empty = QLabel(self.ui.cardsContainer)
        self._empty.setObjectName("emptyLabel")
        self.ui.refreshButton.clicked.connect(self.reload)
        # A message never moves the cards: its line is kept, and says what the cards'
        # buttons do while it has no message.
        self.ui.messageLabel = status_line(self.ui.messageLabel)
        # "Undo" for a few seconds after a start or ready tap (in the title row: the cards
        # never move; Ctrl+Z too).
        self.undo = UndoOffer.in_title_row(self, self.ui.titleLayout, self.ui.refreshButton)
        self.undoButton = self.undo.button
        finger_sized(self.ui.refreshButton, self.undoButton, self.ui.soundCheck)
        QShortcut(QKeySequence("F5"), self, activated=self.reload)
        self._clock = QTimer(self, interval=CLOCK_MS, timeout=self._tick)
        self._clock.start()
        self._retranslate()

    def watch(self, feed: LiveFeed) -> None:
        feed.orders_changed.connect(self.orders_changed)
        feed.reload_all.connect(self.reload)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    # -- loading

    def reload(self) -> None:
        self.runner.run(
            lambda: kitchen.queue(self.ctx, self.session), self._loaded, self._failed, owner=self
        )

    def _loaded(self, queue: list[QueuedOrder]) -> None:
        first = not self.loaded
        self.loaded = True
        wanted = {order.order_id for order in queue}
        for order_id in set(self.cards) - wanted:
            self._remove(order_id)
        for order in queue:
            self._upsert(order, announce=not first)
        self._layout()

    def orders_changed(self, changed: tuple[ChangedOrder, ...]) -> None:
        """Read again only the orders the feed named; those no longer waiting leave."""
        if not self.loaded:
            return
        ids = {c.order_id for c in changed if c.store_id == self.session.store_id}
        if ids:
            self.runner.run(
                lambda: kitchen.queue(self.ctx, self.session, only=ids),
                lambda got: self._partial(ids, got),
                self._failed,
                owner=self,
            )

    def _partial(self, ids: set[int], got: list[QueuedOrder]) -> None:
        waiting = {order.order_id for order in got}
        for order_id in ids - waiting:
            self._remove(order_id)
        for order in got:
            self._upsert(order, announce=True)
        self._layout()

    def _failed(self, error: BaseException) -> None:
        alerts.say_or_show(self, error, self.show_message)

    # -- cards

    def _upsert(self, order: QueuedOrder, announce: bool) -> None:
        card = self.cards.get(order.order_id)
        if card is not None:
            seen = {c.change_id for c in card.order.changes}
            card.show_order(order)
            card.settle()
            news = {c.change_id for c in order.changes} - seen
            if news and announce and self.ui.soundCheck.isChecked():
                QApplication.beep()  # a change to an order already in the oven
            return
        card = OrderCard(order, self.ui.cardsContainer)
        card.act.connect(self.act)
        card.memo_requested.connect(self.open_memo)
        card.print_requested.connect(self.print_ticket)
        card.acknowledge_requested.connect(self.acknowledge)
        self.cards[order.order_id] = card
        if announce:
            card.set_new(True)
            QTimer.singleShot(FRESH_MS, card, lambda: card.set_new(False))
            if self.ui.soundCheck.isChecked():
                QApplication.beep()

    def _remove(self, order_id: int) -> None:
        card = self.cards.pop(order_id, None)
        if card is not None:
            self.ui.cardsGrid.removeWidget(card)
            card.deleteLater()

    def ordered_cards(self) -> list[OrderCard]:
        return sorted(
            self.cards.values(), key=lambda card: (card.order.created_at, card.order.order_id)
        )

    def _layout(self) -> None:
        grid = self.ui.cardsGrid
        while grid.count():
            grid.takeAt(0)
        self._columns = max(1, self.ui.cardsArea.viewport().width() // CARD_WIDTH)
        cards = self.ordered_cards()
        for position, card in enumerate(cards):
            grid.addWidget(card, position // self._columns, position % self._columns)
        self._empty.setVisible(not cards)
        if not cards:
            grid.addWidget(self._empty, 0, 0)
        grid.setRowStretch(len(cards) // self._columns + 1, 1)
        grid.setColumnStretch(self._columns, 1)
        self._show_count()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if max(1, self.ui.cardsArea.viewport().width() // CARD_WIDTH) != self._columns:
            self._layout()

    def _tick(self) -> None:
        now = utcnow()
        for card in self.cards.values():
            card.refresh_time(now)

    # -- actions

    def act(self, order: QueuedOrder) -> None:
        target = NEXT_STEP.get(order.status)
        card = self.cards.get(order.order_id)
        if target is None or card is None:
            return
        card.set_busy(True)
        self.show_message("")
        self.undo.withdraw()  # one undo at a time: the last tap's
        self.runner.run(
            lambda: orders.advance(self.ctx, self.session, order.order_id, target, order.status),
            lambda moved: self._moved(moved, order.status),
            lambda error: self._refused(order.order_id, error),
            owner=self,
        )

    def acknowledge(self, order: QueuedOrder) -> None:
        """ "Seen": the changes this card shows are acknowledged (who, when: recorded)."""
        ids = [change.change_id for change in order.changes]
        if not ids:
            return
        self.show_message("")
        self.runner.run(
            lambda: kitchen.acknowledge(self.ctx, self.session, order.order_id, ids),
            lambda _done: self.refresh_order(order.order_id),
            lambda error: self._refused(order.order_id, error),
            owner=self,
        )

    def _moved(self, moved, before) -> None:
        self.refresh_order(moved.order_id)
        self.undo.offer(
            self.tr("Undo (no. {number})").format(number=moved.order_id),
            self.tr("Put order {number} back to “{status}” (Ctrl+Z)").format(
                number=moved.order_id, status=status_label(before)
            ),
            lambda: self.take_back(moved, before),
        )

    def take_back(self, moved, before) -> None:
        """Undo the tap just made (orders.undo): refused if another PC changed the order."""
        card = self.cards.get(moved.order_id)
        if card is not None:
            card.set_busy(True)
        self.runner.run(
            lambda: orders.undo(
                self.ctx, self.session, moved.order_id, moved.status, moved.version
            ),
            lambda _back: self._taken_back(moved.order_id, before),
            lambda error: self._refused(moved.order_id, error),
            owner=self,
        )

    def _taken_back(self, order_id: int, before) -> None:
        self.show_message(
            self.tr("Order {number} is back to “{status}”.").format(
                number=order_id, status=status_label(before)
            ),
            error=False,
        )
        self.refresh_order(order_id)

    def refresh_order(self, order_id: int) -> None:
        """This screen's own action: show it at once, without waiting for the feed."""
        ids = {order_id}
        self.runner.run(
            lambda: kitchen.queue(self.ctx, self.session, only=ids),
            lambda got: self._partial(ids, got),
            self._failed,
            owner=self,
        )

    def _refused(self, order_id: int, error: BaseException) -> None:
        if isinstance(error, ConflictError):
            self.show_message(error.message(i18n.language()))  # who did it, and what
        else:
            self._failed(error)
        self.refresh_order(order_id)

    def show_message(self, text: str, error: bool = True) -> None:
        show_message(self.ui.messageLabel, text, error)

    def open_memo(self, product_id: int) -> None:
        self.runner.run(
            lambda: kitchen.recipe_memo(self.ctx, self.session, product_id),
            self._memo_loaded,
            self._failed,
            owner=self,
        )

    def print_ticket(self, order_id: int) -> None:
        print_order(
            self,
            self.ctx,
            self.session,
            self.runner,
            order_id,
            Paper.KITCHEN_TICKET,
            lambda message, _pdf: self.show_message(message, error=False),
        )

    def _memo_loaded(self, memo) -> None:
        dialog = RecipeMemoDialog(self, memo)
        dialog.open()
        self.active_dialog = dialog

    # -- language

    def _show_count(self) -> None:
        self.ui.countLabel.setText(
            plural(
                len(self.cards), self.tr("{count} order waiting"), self.tr("{count} orders waiting")
            )
        )

    def _retranslate(self) -> None:
        self.ui.messageLabel.resting = self.tr(
            "“Start” when the order goes in the oven, “Ready” when it comes out. "
            "Ctrl+Z takes a tap back for a few seconds."
        )
        self.ui.messageLabel.update()
        self.undo.retranslate()
        self._empty.setText(self.tr("No order waiting."))
        self._show_count()
        for card in self.cards.values():
            card.show_order(card.order)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
