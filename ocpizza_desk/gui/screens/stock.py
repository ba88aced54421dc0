"""The stock screen: a store's ingredients with their balances and alert thresholds, the
manager's supplier receipts, inventory counts and waste, and an ingredient's ledger.

Head office reads any store's stock here, without the actions. Balances follow the other
PCs through the window's live feed (an order placed at the counter moves them)."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from ocpizza_desk.domain.clock import to_paris, utcnow
from ocpizza_desk.domain.enums import StockMovementKind
from ocpizza_desk.domain.errors import ConflictError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.gui import alerts, style
from ocpizza_desk.gui.dialogs.stock import CountDialog, ReceiptDialog, WasteDialog
from ocpizza_desk.gui.forms.ui_stock import Ui_StockPage
from ocpizza_desk.gui.models.stock import (
    INGREDIENT_ID_ROLE,
    SORT_ROLE,
    LedgerModel,
    StockFilterModel,
    StockLevelsModel,
    format_quantity,
    kind_label,
    unit_hint,
)
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import stock, stores
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.stock import StockChange, StockLine

PERIODS = ("all", "today", "week", "month", "custom")
LEDGER_PAGE = 100
LEDGER_DETAILS_MIN = 90  # px the details keep before "By" is left out
INGREDIENT_MIN_PX = 190  # the names' column, at least
PACK_MIN_PX = 140  # the supplier pack's column keeps this much when the names grow


class StockScreen(QWidget):
    stock_moved = Signal()  # this PC changed the stock: the header's alert count is stale

    def __init__(self, ctx, session: StaffSession, runner: TaskRunner) -> None:
        super().__init__()
        self.ui = Ui_StockPage()
        self.ui.setupUi(self)
        self.ctx, self.session, self.runner = ctx, session, runner
        self.all_stores = not session.role.is_store_bound
        self.can_manage = session.can(Permission.MANAGE_STOCK)
        self.levels = StockLevelsModel(editable=self.can_manage, parent=self)
        self.proxy = StockFilterModel(self)
        self.proxy.setSourceModel(self.levels)
        self.proxy.setSortRole(SORT_ROLE)
        self.ui.levelsView.setModel(self.proxy)
        # Out of stock first, then under threshold, each by name: what to order is on top.
        self.ui.levelsView.sortByColumn(StockLevelsModel.STATE, Qt.SortOrder.AscendingOrder)
        self.ui.levelsView.verticalHeader().setVisible(False)
        header = self.ui.levelsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((StockLevelsModel.INGREDIENT, 190), (StockLevelsModel.STATE, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(StockLevelsModel.PACK, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        # A wide screen gives the ingredients' names their room first (at 1920 px they were
        # cut at 190 px beside a 470-px pack column).
        self.ui.levelsView.installEventFilter(self)
        self.levels.modelReset.connect(lambda: QTimer.singleShot(0, self, self._fit_names))
        self.ledger = LedgerModel(runner, self)
        self.ui.ledgerView.setModel(self.ledger)
        self.ui.ledgerView.verticalHeader().setVisible(False)
        ledger_header = self.ui.ledgerView.horizontalHeader()
        ledger_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ledger_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Beside the ingredients at 1366 px the movements scrolled sideways: "By" is left
        # out while the pane is narrow (the row's tooltip says who), the details take what
        # is left, cut with "…" (whole in the tooltip).
        self.ui.ledgerView.installEventFilter(self)
        for signal in (self.ledger.modelReset, self.ledger.rowsInserted):
            signal.connect(lambda *_a: QTimer.singleShot(0, self, self._fit_ledger))
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([640, 400])
        self.loaded = False
        self.store_id: int | None = session.store_id
        self.ingredient: StockLine | None = None
        self.active_dialog = None
        self._shown = False
        self._load_token = 0

        today = QDate.currentDate()
        self.ui.fromDate.setDate(today.addDays(-6))
        self.ui.toDate.setDate(today)
        self.ui.storeCombo.setVisible(self.all_stores)
        for button in (self.ui.receiptButton, self.ui.countButton, self.ui.wasteButton):
            button.setVisible(self.can_manage)
        self._fill_combos()

        self.ui.searchEdit.textChanged.connect(self.proxy.set_text)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._show_count())
        self.ui.alertsOnlyCheck.toggled.connect(self._alerts_only)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.storeCombo.currentIndexChanged.connect(self._store_changed)
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self.reload_ledger())
        self.ui.periodCombo.currentIndexChanged.connect(self._period_changed)
        self._dates_timer = QTimer(self, singleShot=True, interval=300, timeout=self.reload_ledger)
        self.ui.fromDate.dateChanged.connect(lambda _d: self._dates_timer.start())
        self.ui.toDate.dateChanged.connect(lambda _d: self._dates_timer.start())
        self.ui.levelsView.selectionModel().selectionChanged.connect(self._selection_changed)
        # A filter moves the selection without a selectionChanged that says where: read it
        # once the view has settled.
        self.proxy.layoutChanged.connect(
            lambda *_a: QTimer.singleShot(0, self, self._selection_changed)
        )
        self.levels.threshold_edited.connect(self._threshold_edited)
        self.ledger.loading_changed.connect(lambda _b: self._show_ledger_count())
        self.ledger.rowsInserted.connect(lambda *_a: self._show_ledger_count())
        self.ledger.load_failed.connect(lambda error: alerts.show_error(self, error))
        self.ui.receiptButton.clicked.connect(self.open_receipt)
        self.ui.countButton.clicked.connect(self.open_count)
        self.ui.wasteButton.clicked.connect(self.open_waste)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        QShortcut(QKeySequence("F5"), self, activated=self.reload)
        self._period_changed(reload=False)
        self._show_ledger_title()

    # -- filters

    def _fill_combos(self) -> None:
        kinds = self.ui.kindCombo
        kinds.clear()
        kinds.addItem(self.tr("All movements"), None)
        for kind in StockMovementKind:
            kinds.addItem(kind_label(kind), kind.value)
        periods = self.ui.periodCombo
        periods.clear()
        for key, text in zip(
            PERIODS,
            (
                self.tr("All dates"),
                self.tr("Today"),
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("Dates…"),
            ),
            strict=True,
        ):
            periods.addItem(text, key)
        if self.all_stores and self.ui.storeCombo.count() == 0:
            self.runner.run(self._stores, self._stores_loaded, lambda _e: None, owner=self)

    def _stores(self):
        """The open stores' names for the store filter (not the whole dashboard's figures)."""
        return [(s.id, s.name) for s in stores.list_stores(self.ctx, self.session, False)]

    def _stores_loaded(self, names) -> None:
        self.ui.storeCombo.blockSignals(True)
        for store_id, name in names:
            self.ui.storeCombo.addItem(name, store_id)
        self.ui.storeCombo.blockSignals(False)
        if names and self.store_id is None:
            self._store_changed()

    def _store_changed(self) -> None:
        self.store_id = self.ui.storeCombo.currentData()
        self.ingredient = None
        self.levels.set_lines([])
        self._show_ledger_title()
        self.reload()

    def _alerts_only(self, on: bool) -> None:
        self.proxy.set_alerts_only(on)
        self._show_count()

    def show_alerts(self) -> None:
        """From the header's stock-alerts button: the ingredients to order."""
        self.ui.searchEdit.clear()
        self.ui.alertsOnlyCheck.setChecked(True)
        self.reload()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _period_changed(self, _index: int = 0, reload: bool = True) -> None:
        custom = self.ui.periodCombo.currentData() == "custom"
        self.ui.fromDate.setVisible(custom)
        self.ui.toDate.setVisible(custom)
        if reload:
            self.reload_ledger()

    def ledger_dates(self) -> tuple[date | None, date | None]:
        today = to_paris(utcnow()).date()
        period = self.ui.periodCombo.currentData()
        if period == "today":
            return today, None
        if period == "week":
            return today - timedelta(days=6), None
        if period == "month":
            return today - timedelta(days=29), None
        if period == "custom":
            return self.ui.fromDate.date().toPython(), self.ui.toDate.date().toPython()
        return None, None

    # -- loading

    def _fit_ledger(self) -> None:
        view = self.ui.ledgerView
        header = view.horizontalHeader()
        who = LedgerModel.BY
        kept = sum(header.sectionSize(c) for c in range(header.count()) if c not in (3, who))
        wanted = max(view.sizeHintForColumn(who), header.sectionSizeHint(who))
        narrow = kept + LEDGER_DETAILS_MIN + wanted > view.viewport().width()
        if view.isColumnHidden(who) != narrow:
            view.setColumnHidden(who, narrow)

    def _fit_names(self) -> None:
        view = self.ui.levelsView
        header = view.horizontalHeader()
        name, pack = StockLevelsModel.INGREDIENT, StockLevelsModel.PACK
        others = sum(
            header.sectionSize(c) for c in range(header.count()) if c not in (name, pack)
        )
        pack_min = max(PACK_MIN_PX, header.sectionSizeHint(pack))  # its header whole
        scroll_bar = view.style().pixelMetric(view.style().PixelMetric.PM_ScrollBarExtent)
        room = view.viewport().width() - others - pack_min - scroll_bar
        width = max(INGREDIENT_MIN_PX, min(view.sizeHintForColumn(name), room))
        if header.sectionSize(name) != width:
            header.resizeSection(name, width)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self.ui.ledgerView:
                QTimer.singleShot(0, self, self._fit_ledger)
            elif watched is self.ui.levelsView:
                QTimer.singleShot(0, self, self._fit_names)
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.reload()

    def reload(self) -> None:
        if self.store_id is None:
            return
        self._load_token += 1
        token, store = self._load_token, self.store_id
        self.runner.run(
            lambda: stock.levels(self.ctx, self.session, store),
            lambda lines: self._levels_loaded(token, lines),
            lambda error: alerts.show_error(self, error),
            owner=self,
        )

    def _levels_loaded(self, token: int, lines: list[StockLine]) -> None:
        if token != self._load_token:
            return
        self.levels.set_lines(lines)
        self.loaded = True
        self._show_count()
        if self.ingredient is not None:
            row = self.levels.row_of(self.ingredient.ingredient_id)
            self.ingredient = None if row is None else self.levels.line(row)
            self._show_ledger_title()
            self.reload_ledger()

    def _show_count(self) -> None:
        total, low = self.levels.rowCount(), self.levels.under_threshold()
        text = self.tr("{count} ingredients · {low} under threshold").format(count=total, low=low)
        shown = self.proxy.rowCount()
        if shown != total:
            text += " · " + self.tr("{count} shown").format(count=shown)
        self.ui.countLabel.setText(text)

    # -- live: what the counter, the kitchen or another manager changed

    def watch(self, feed) -> None:
        feed.stock_changed.connect(self._changed_elsewhere)
        feed.reload_all.connect(self._changed_elsewhere)

    def _changed_elsewhere(self) -> None:
        if self._shown:
            self.reload()

    # -- ledger

    def _selection_changed(self, *_args) -> None:
        """The ledger follows the row selected *now*: a filter leaving only the ingredient
        selects it without a usable `selected` argument (its movements never opened, and a
        click on the already selected row changes nothing), so the selection is read."""
        rows = self.ui.levelsView.selectionModel().selectedRows()
        ingredient_id = rows[0].data(INGREDIENT_ID_ROLE) if rows else None
        row = None if ingredient_id is None else self.levels.row_of(ingredient_id)
        line = None if row is None else self.levels.line(row)
        same = self.ingredient is not None and line is not None
        if same and line.ingredient_id == self.ingredient.ingredient_id:
            self.ingredient = line  # its balance may have moved: the title only
            self._show_ledger_title()
            return
        self.ingredient = line
        self._show_ledger_title()
        self.reload_ledger()

    def select_ingredient(self, ingredient_id: int) -> bool:
        row = self.levels.row_of(ingredient_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.levels.index(row, 0))
        if not index.isValid():
            return False
        self.ui.levelsView.selectRow(index.row())
        return True

    def reload_ledger(self) -> None:
        self._dates_timer.stop()
        line = self.ingredient
        if line is None:
            self.ledger.load(lambda _cursor: ([], None))
            self._show_ledger_count()
            return
        self.ledger.unit = line.unit
        kind = self.ui.kindCombo.currentData()
        kinds = [StockMovementKind(kind)] if kind else []
        start, end = self.ledger_dates()
        ctx, session, store = self.ctx, self.session, self.store_id

        def loader(cursor):
            rows = stock.ledger_page(
                ctx,
                session,
                line.ingredient_id,
                store,
                before_id=cursor,
                limit=LEDGER_PAGE,
                kinds=kinds,
                date_from=start,
                date_to=end,
            )
            return rows, (rows[-1].id if len(rows) == LEDGER_PAGE else None)

        self.ledger.load(loader)

    def _show_ledger_title(self) -> None:
        line = self.ingredient
        if line is None:
            hint = self.tr("Select an ingredient to see its movements.")
            self.ui.ledgerTitle.setText(f"<span style='color:{style.MUTED}'>{escape(hint)}</span>")
            return
        caption = self.tr("Movements of {name}").format(name=line.name)
        balance = self.tr("in stock: {quantity}").format(
            quantity=format_quantity(line.quantity, line.unit)
        )
        self.ui.ledgerTitle.setText(f"<b>{escape(caption)}</b> · {escape(balance)}")

    def _show_ledger_count(self) -> None:
        if self.ingredient is None:
            self.ui.ledgerCountLabel.setText("")
            return
        count = self.ledger.rowCount()
        text = self.tr("{count} movements").format(count=count)
        if self.ledger.canFetchMore():
            text = self.tr("{count} movements shown, more below").format(count=count)
        if self.ledger.loading:
            text += " · " + self.tr("loading…")
        self.ui.ledgerCountLabel.setText(text)

    # -- actions (managers)

    def _lines(self) -> list[StockLine]:
        return list(self.levels.lines)

    def open_receipt(self) -> None:
        if not self.can_manage or not self.loaded:
            return
        ctx, session, store = self.ctx, self.session, self.store_id
        dialog = ReceiptDialog(
            self,
            self.runner,
            self._lines(),
            lambda packs, loose, reference: stock.receive(
                ctx, session, packs, reference, store, units=loose
            ),
        )
        self._open(dialog)

    def open_count(self) -> None:
        if not self.can_manage or not self.loaded:
            return
        ctx, session, store = self.ctx, self.session, self.store_id
        dialog = CountDialog(
            self,
            self.runner,
            self._lines(),
            lambda counted, note: stock.count(ctx, session, counted, note, store),
        )
        dialog.accepted.connect(lambda: self._counted(dialog))
        self._open(dialog)

    def _counted(self, dialog: CountDialog) -> None:
        """The counted quantities replace the balances as they are at the confirmation: if
        an order took stock since the sheet was opened, the adjustments differ from the
        review, and the manager is told so."""
        change: StockChange | None = dialog.result_value
        if change is None:
            return
        reviewed = {
            line.ingredient_id: difference
            for line in dialog.model.lines
            if (difference := dialog.model.difference(line))
        }
        if change.changes != reviewed:
            alerts.information(
                self,
                self.tr("Inventory count"),
                self.tr(
                    "The stock moved while you were counting (orders placed meanwhile): the "
                    "counted quantities are now the balances, and the adjustments were "
                    "computed from the balances at the confirmation."
                ),
            )

    def open_waste(self) -> None:
        if not self.can_manage or not self.loaded:
            return
        ctx, session, store = self.ctx, self.session, self.store_id
        dialog = WasteDialog(
            self,
            self.runner,
            self._lines(),
            lambda ingredient, quantity, reason: stock.waste(
                ctx, session, ingredient, quantity, reason, store
            ),
            self.ingredient.ingredient_id if self.ingredient else None,
        )
        self._open(dialog)

    def _open(self, dialog) -> None:
        dialog.accepted.connect(lambda: self._done(dialog.result_value))
        dialog.open()
        self.active_dialog = dialog

    def _done(self, change: StockChange | None) -> None:
        self.reload()
        self.stock_moved.emit()

    def _threshold_edited(self, ingredient_id: int, shown: int, wanted, typed: str) -> None:
        row = self.levels.row_of(ingredient_id)
        if row is None:
            return
        line = self.levels.line(row)
        if wanted is None:
            alerts.warning(
                self,
                self.tr("Not possible"),
                self.tr("“{text}” is not a quantity for {name} ({hint}).").format(
                    text=typed, name=line.name, hint=unit_hint(line.unit)
                ),
            )
            return
        ctx, session, store = self.ctx, self.session, self.store_id

        def failed(error: BaseException) -> None:
            alerts.show_error(self, error)
            if isinstance(error, ConflictError):
                self.reload()

        self.runner.run(
            lambda: stock.set_threshold(ctx, session, ingredient_id, wanted, store, expected=shown),
            lambda _none: self._done(None),
            failed,
            owner=self,
        )

    # -- language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            combos = (self.ui.kindCombo, self.ui.periodCombo)
            current = [c.currentIndex() for c in combos]
            for combo in combos:
                combo.blockSignals(True)
            self._fill_combos()
            for combo, index in zip(combos, current, strict=True):
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
            for model in (self.levels, self.ledger):
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            self._show_count()
            self._show_ledger_title()
            self._show_ledger_count()
        super().changeEvent(event)
