"""Dashboard: today's orders, open orders by status, takings and stock alerts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ocpizza_desk.domain import phones
from ocpizza_desk.domain.clock import paris_hhmm
from ocpizza_desk.domain.enums import OPEN_STATUSES
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.forms.ui_dashboard import Ui_DashboardPage
from ocpizza_desk.gui.labels import quantity_text, status_label
from ocpizza_desk.gui.models.paged import rows_height
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import overview as overview_service
from ocpizza_desk.services.auth import StaffSession

translate = QCoreApplication.translate
REFRESH_MS = 60_000


class _Tile(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("tile", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.value = QLabel(self)
        self.value.setProperty("tileValue", True)
        self.caption = QLabel(self)
        self.caption.setProperty("tileCaption", True)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def show_value(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)


class DashboardScreen(QWidget):
    def __init__(self, ctx, session: StaffSession, runner: TaskRunner) -> None:
        super().__init__()
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.session = session
        self.runner = runner
        self.data: overview_service.Overview | None = None
        self._loading = False
        self._tiles = [_Tile(self) for _ in range(4)]
        for tile in self._tiles:
            self.ui.tilesLayout.addWidget(tile)
        for table in (self.ui.storesTable, self.ui.alertsTable):
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.refreshButton.clicked.connect(self.refresh)
        # The administrator's warning about till closures left unsigned (services.closures).
        self.signing_label = QLabel(self)
        self.signing_label.setObjectName("signingWarning")
        self.signing_label.setProperty("role", "error")
        self.signing_label.setWordWrap(True)
        self.signing_label.setVisible(False)
        layout = self.ui.pageLayout
        layout.insertWidget(layout.indexOf(self.ui.storeInfoLabel) + 1, self.signing_label)
        # With no table shown (a driver, a pizzaiolo: no stock alerts), the tiles and the
        # store's lines stay at the top instead of spreading over the height (blank bands).
        layout.addStretch(0)
        self._filler = layout.count() - 1
        layout.setStretchFactor(self.ui.alertsTable, 1)  # the alerts take the spare height
        self._timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self._retranslate()

    def heightForWidth(self, width: int) -> int:
        """Asked by the window's scroll area: the page fits the screen down to its minimum
        (a word-wrapped label made the layout answer its tables' preferred heights: the page
        scrolled 14 px on a 1366×768 screen)."""
        return self.minimumSizeHint().height()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.ui.refreshButton.setEnabled(False)
        self.ui.updatedLabel.setText(translate("DashboardScreen", "Loading…"))
        self.runner.run(
            lambda: overview_service.overview(self.ctx, self.session),
            self._loaded,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        from ocpizza_desk.gui import alerts

        self._loading = False
        self.ui.refreshButton.setEnabled(True)
        self.ui.updatedLabel.setText(translate("DashboardScreen", "Not up to date"))
        alerts.show_error(self, error)

    def _loaded(self, data: overview_service.Overview) -> None:
        self._loading = False
        self.ui.refreshButton.setEnabled(True)
        self.data = data
        self._render()

    def _render(self) -> None:
        data = self.data
        if data is None:
            return
        lang = i18n.language()
        self.ui.updatedLabel.setText(
            translate("DashboardScreen", "Updated at {time}").format(
                time=paris_hhmm(data.generated_at)
            )
        )
        single = self.session.role.is_store_bound and len(data.stores) == 1
        stores = data.stores
        open_orders = sum(s.open_orders for s in stores)
        today = sum(s.orders_today for s in stores)
        revenue = [s.revenue_today_cents for s in stores if s.revenue_today_cents is not None]
        alerts = sum(s.under_threshold for s in stores)
        self._tiles[0].show_value(str(open_orders), translate("DashboardScreen", "open orders"))
        self._tiles[1].show_value(str(today), translate("DashboardScreen", "orders today"))
        self._tiles[2].setVisible(bool(revenue))
        if revenue:
            self._tiles[2].show_value(
                format_cents(sum(revenue), lang),
                translate("DashboardScreen", "taken today (VAT incl.)"),
            )
        self._tiles[3].show_value(
            str(alerts), translate("DashboardScreen", "ingredients under threshold")
        )
        self._render_signing(data)

        if single:
            store = stores[0]
            hours = ", ".join(f"{a}–{b}" for a, b in store.opening_today) or translate(
                "DashboardScreen", "closed today"
            )
            by_status = " · ".join(
                f"{status_label(st)} {store.open_by_status.get(st, 0)}" for st in OPEN_STATUSES
            )
            self.ui.storeInfoLabel.setText(
                f"<b>{_html(store.name)}</b> — {_html(store.address)} — "
                f"{_html(phones.display(store.phone))}<br>"
                + translate("DashboardScreen", "Opening hours today: {hours}").format(
                    hours=_html(hours)
                )
                + f"<br>{_html(by_status)}"
            )
        self.ui.storeInfoLabel.setVisible(single)
        self.ui.storesTitleLabel.setVisible(not single)
        self.ui.storesTable.setVisible(not single)
        if not single:
            self._fill_stores(lang)
        has_alerts = bool(data.alerts)
        self.ui.alertsTitleLabel.setVisible(has_alerts)
        self.ui.alertsTable.setVisible(has_alerts)
        self.ui.pageLayout.setStretch(self._filler, 0 if has_alerts else 1)
        if has_alerts:
            self._fill_alerts()

    def _render_signing(self, data: overview_service.Overview) -> None:
        """Closures chained but not signed: no journal key, or PCs closing without one."""
        signing = data.signing
        lines = []
        if signing is not None and signing.active_keys == 0:
            lines.append(
                translate(
                    "DashboardScreen",
                    "⚠ No journal signing key: till closures are chained but not signed. "
                    "Create one on the PC that closes the tills: ocpizza-desk journal keygen.",
                )
            )
        if signing is not None and signing.unsigned_recent:
            lines.append(
                translate(
                    "DashboardScreen",
                    "⚠ {count} till closure(s) of the last 31 days are not signed.",
                ).format(count=signing.unsigned_recent)
            )
        self.signing_label.setText("\n".join(lines))
        self.signing_label.setVisible(bool(lines))

    def _fill_stores(self, lang: str) -> None:
        assert self.data is not None
        rows = []
        for s in self.data.stores:
            hours = ", ".join(f"{a}–{b}" for a, b in s.opening_today)
            revenue = s.revenue_today_cents
            rows.append(
                [
                    s.name,
                    hours or translate("DashboardScreen", "closed"),
                    str(s.open_orders),
                    str(s.orders_today),
                    str(s.cancelled_today),
                    "" if revenue is None else format_cents(revenue, lang),
                    str(s.under_threshold),
                ]
            )
        headers = [
            translate("DashboardScreen", "Store"),
            translate("DashboardScreen", "Opening hours today"),
            translate("DashboardScreen", "Open orders"),
            translate("DashboardScreen", "Today"),
            translate("DashboardScreen", "Cancelled"),
            translate("DashboardScreen", "Taken today"),
            translate("DashboardScreen", "Stock alerts"),
        ]
        table = self.ui.storesTable
        _fill_table(table, headers, rows, numbers_from=2)
        # The store's name takes the spare width (the figures stay beside each other, not
        # the last one alone at the far right), and the table is as tall as its rows: the
        # alerts below get the rest of the height.
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setFixedHeight(rows_height(table))

    def _fill_alerts(self) -> None:
        assert self.data is not None
        headers = [
            translate("DashboardScreen", "Store"),
            translate("DashboardScreen", "Ingredient"),
            translate("DashboardScreen", "In stock"),
            translate("DashboardScreen", "Alert threshold"),
        ]
        rows = [
            [
                a.store_name,
                a.ingredient,
                quantity_text(a.quantity, a.unit),
                quantity_text(a.threshold, a.unit),
            ]
            for a in self.data.alerts
        ]
        table = self.ui.alertsTable
        _fill_table(table, headers, rows, numbers_from=2)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setMaximumHeight(rows_height(table))  # no empty box below the last alert

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def _fill_table(table, headers: list[str], rows: list[list[str]], numbers_from: int) -> None:
    """Columns from `numbers_from` on hold figures: right-aligned."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column >= numbers_from:
                item.setTextAlignment(right)
            table.setItem(row, column, item)


def _html(text: str) -> str:
    from html import escape

    return escape(text)
