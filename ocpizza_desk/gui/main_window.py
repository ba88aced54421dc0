"""The main window: a thin coordinator of screens, showing only what the role may use.

It owns what every screen shares: the header (store, user, language, stock alerts), the
status bar (database, connection state, busy indicator) and the navigation. Screens talk to
each other only through signals it connects (the order book asks the order-taking screen to
open an order for modification).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QWidget,
)

from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.errors import AuthenticationError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.gui import alerts, i18n
from ocpizza_desk.gui.connection import ConnectionMonitor, LinkState, state_label
from ocpizza_desk.gui.forms.ui_main_window import Ui_MainWindow
from ocpizza_desk.gui.labels import role_label
from ocpizza_desk.gui.live import LiveFeed
from ocpizza_desk.gui.mail_sender import MailSender
from ocpizza_desk.gui.screens.audit_log import AuditLogScreen
from ocpizza_desk.gui.screens.backups import BackupsScreen
from ocpizza_desk.gui.screens.catalogue import CatalogueScreen
from ocpizza_desk.gui.screens.dashboard import DashboardScreen
from ocpizza_desk.gui.screens.delivery_board import DeliveryBoardScreen
from ocpizza_desk.gui.screens.driver_view import DriverScreen
from ocpizza_desk.gui.screens.kitchen import KitchenScreen
from ocpizza_desk.gui.screens.order_book import OrderBookScreen
from ocpizza_desk.gui.screens.order_taking import OrderTakingScreen
from ocpizza_desk.gui.screens.reports import ReportsScreen
from ocpizza_desk.gui.screens.staff import StaffScreen
from ocpizza_desk.gui.screens.stock import StockScreen
from ocpizza_desk.gui.screens.stores import StoresScreen
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import stock
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.maintenance import OFF, Maintenance

translate = QCoreApplication.translate
ALERTS_REFRESH_MS = 60_000
# Maintenance: staff get this long to finish before being signed out; an order being typed
# is waited for (validated or abandoned) rather than lost.
MAINTENANCE_GRACE_S = 60


@dataclass(frozen=True)
class Screen:
    key: str
    title: Callable[[], str]
    permission: Permission | tuple[Permission, ...]  # a tuple: any one of them
    factory: Callable[..., QWidget]  # (ctx, session, runner) -> screen


# Built screens only, in navigation order. A screen appears when the role has its permission.
SCREENS: tuple[Screen, ...] = (
    Screen(
        "order_taking",
        lambda: translate("MainWindow", "New order"),
        Permission.TAKE_ORDERS,
        OrderTakingScreen,
    ),
    Screen(
        "kitchen",
        lambda: translate("MainWindow", "Kitchen"),
        Permission.WORK_KITCHEN,
        KitchenScreen,
    ),
    Screen(
        "delivery_board",
        lambda: translate("MainWindow", "Deliveries"),
        Permission.DISPATCH,
        DeliveryBoardScreen,
    ),
    Screen(
        "my_deliveries",
        lambda: translate("MainWindow", "My deliveries"),
        Permission.DELIVER,
        DriverScreen,
    ),
    Screen(
        "order_book",
        lambda: translate("MainWindow", "Order book"),
        Permission.VIEW_ORDERS,
        OrderBookScreen,
    ),
    Screen(
        "stock",
        lambda: translate("MainWindow", "Stock"),
        Permission.VIEW_STOCK,
        StockScreen,
    ),
    Screen(
        "catalogue",
        lambda: translate("MainWindow", "Catalogue"),
        Permission.MANAGE_CATALOGUE,
        CatalogueScreen,
    ),
    Screen(
        "stores",
        lambda: translate("MainWindow", "Stores"),
        Permission.MANAGE_STORES,
        StoresScreen,
    ),
    Screen(
        "staff",
        lambda: translate("MainWindow", "Staff"),
        (Permission.MANAGE_USERS, Permission.MANAGE_STORE_STAFF),
        StaffScreen,
    ),
    Screen(
        "audit_log",
        lambda: translate("MainWindow", "Audit log"),
        (Permission.MANAGE_USERS, Permission.MANAGE_STORES, Permission.MANAGE_STORE_STAFF),
        AuditLogScreen,
    ),
    Screen(
        "reports",
        lambda: translate("MainWindow", "Reports"),
        Permission.VIEW_REPORTS,
        ReportsScreen,
    ),
    Screen(
        "backups",
        lambda: translate("MainWindow", "Backups"),
        Permission.ADMINISTER,
        BackupsScreen,
    ),
    Screen(
        "dashboard",
        lambda: translate("MainWindow", "Dashboard"),
        Permission.VIEW_DASHBOARD,
        DashboardScreen,
    ),
)


def _scrollable(page: QWidget) -> QScrollArea:
    """A screen larger than a small shop PC's display (1366×768 laptops) scrolls rather than
    pushing the window off the screen."""
    area = QScrollArea()
    area.setObjectName("screenArea")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


def screens_for(session: StaffSession) -> list[Screen]:
    return [screen for screen in SCREENS if _allowed(session, screen.permission)]


def _allowed(session: StaffSession, permission: Permission | tuple[Permission, ...]) -> bool:
    wanted = permission if isinstance(permission, tuple) else (permission,)
    return any(session.can(p) for p in wanted)


class MainWindow(QMainWindow):
    signed_out = Signal()

    def __init__(self, ctx, session: StaffSession, runner: TaskRunner, database_text: str):
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.session = session
        self.runner = runner
        self._database_text = database_text
        self._screens = screens_for(session)
        self._pages: dict[str, QWidget] = {}
        for number, screen in enumerate(self._screens, start=1):
            page = screen.factory(ctx, session, runner)
            self._pages[screen.key] = page
            self.ui.pages.addWidget(_scrollable(page))
            item = QListWidgetItem(screen.title())
            item.setData(Qt.ItemDataRole.UserRole, screen.key)
            self.ui.navigationList.addItem(item)
            if number <= 9:  # Ctrl+1 .. Ctrl+9 open the screens in navigation order
                QShortcut(
                    QKeySequence(f"Ctrl+{number}"),
                    self,
                    activated=lambda row=number - 1: self.ui.navigationList.setCurrentRow(row),
                )
        # One poll a second for the whole window; each screen takes what it needs from it.
        self.feed = LiveFeed(ctx, session, runner, self)
        for page in self._pages.values():
            if hasattr(page, "watch"):
                page.watch(self.feed)
        # Maintenance mode arrives with the same poll: a banner, then staff are signed out.
        self.maintenance = OFF
        self.maintenance_grace_s = MAINTENANCE_GRACE_S
        self.sign_out_notice: str | None = None  # shown by the sign-in window afterwards
        self._grace_left: int | None = None
        self._grace_timer = QTimer(self, interval=1_000, timeout=self._grace_tick)
        self.feed.maintenance_changed.connect(self._maintenance_changed)
        self.ui.maintenanceSignOutButton.clicked.connect(self._maintenance_sign_out_clicked)
        self.feed.start()
        # Customer notices from the outbox, if this PC's config has a [mail] section.
        self.mail_sender = MailSender(ctx, runner, self)
        self.mail_sender.start()
        self.ui.navigationList.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navigationList.setCurrentRow(0)
        self.ui.signOutButton.clicked.connect(self._sign_out)
        self._wire_screens()

        for code, name in i18n.LANGUAGES.items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(i18n.language()))
        self.ui.languageCombo.currentIndexChanged.connect(
            lambda _i: i18n.install(self.ui.languageCombo.currentData())
        )

        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connectionLabel")
        self.busy_bar = QProgressBar(self, maximum=0, textVisible=False)
        self.busy_bar.setFixedWidth(90)
        self.busy_bar.setVisible(runner.busy)
        self.ui.statusBar.addPermanentWidget(self.busy_bar)
        self.ui.statusBar.addPermanentWidget(self.connection_label)
        runner.busy_changed.connect(self.busy_bar.setVisible)
        self.monitor = ConnectionMonitor(ctx, runner, self)
        self.monitor.changed.connect(lambda _s: self._show_connection())

        self.ui.alertsButton.clicked.connect(self._open_alerts)
        self._alerts: int | None = None
        self._alerts_timer = QTimer(self, interval=ALERTS_REFRESH_MS, timeout=self.refresh_alerts)
        if session.can(Permission.MANAGE_STOCK):
            self._alerts_timer.start()
            self.refresh_alerts()

        self._retranslate()
        geometry = QSettings().value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- navigation

    def visible_screens(self) -> list[str]:
        return [s.key for s in self._screens]

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def show_screen(self, key: str) -> None:
        if key in self._pages:
            self.ui.navigationList.setCurrentRow(self.visible_screens().index(key))

    def current_screen(self) -> str:
        return self.visible_screens()[self.ui.navigationList.currentRow()]

    def _wire_screens(self) -> None:
        book, taking = self._pages.get("order_book"), self._pages.get("order_taking")
        if book is not None and taking is not None:
            book.edit_requested.connect(self._edit_order)
            taking.order_saved.connect(book.order_changed)
        stock_page = self._pages.get("stock")
        if stock_page is not None and self.session.can(Permission.MANAGE_STOCK):
            stock_page.stock_moved.connect(self.refresh_alerts)

    def _open_alerts(self) -> None:
        """The stock screen, narrowed to the ingredients under threshold (else the dashboard)."""
        page = self._pages.get("stock")
        if page is None:
            self.show_screen("dashboard")
            return
        self.show_screen("stock")
        page.show_alerts()

    def _edit_order(self, order_id: int) -> None:
        self.show_screen("order_taking")
        self._pages["order_taking"].load_order(order_id)

    # -- stock alerts (managers)

    def refresh_alerts(self) -> None:
        self.runner.run(
            lambda: len(stock.under_threshold(self.ctx, self.session)),
            self._alerts_loaded,
            lambda _e: None,
        )

    def _alerts_loaded(self, count: int) -> None:
        self._alerts = count
        self._show_alerts()

    def _show_alerts(self) -> None:
        count = self._alerts or 0
        self.ui.alertsButton.setVisible(count > 0)
        self.ui.alertsButton.setText(
            translate("MainWindow", "⚠ Stock alerts: {count}").format(count=count)
        )

    # -- status

    def _show_connection(self) -> None:
        state = self.monitor.state
        colour = {
            LinkState.CONNECTED: "#2e7d32",
            LinkState.RECONNECTING: "#e08a00",
            LinkState.OFFLINE: "#c0392b",
        }[state]
        self.connection_label.setText(f"<span style='color:{colour}'>●</span> {state_label(state)}")

    def _sign_out(self) -> None:
        self.close()
        self.signed_out.emit()

    # -- maintenance mode

    def _maintenance_changed(self, maintenance: Maintenance) -> None:
        self.maintenance = maintenance
        if not maintenance.on:
            self._grace_timer.stop()
            self._grace_left = None
        elif self.session.role is not Role.ADMIN and self._grace_left is None:
            self._grace_left = self.maintenance_grace_s
            self._grace_timer.start()
        self._show_maintenance()

    def has_unsaved_work(self) -> bool:
        return any(
            page.has_unsaved_work()
            for page in self._pages.values()
            if hasattr(page, "has_unsaved_work")
        )

    def _grace_tick(self) -> None:
        if self._grace_left is None:
            return
        self._grace_left = max(0, self._grace_left - 1)
        if self._grace_left == 0 and not self.has_unsaved_work():
            self._maintenance_sign_out()
            return
        self._show_maintenance()

    def _maintenance_sign_out_clicked(self) -> None:
        if self.has_unsaved_work() and not alerts.confirm(
            self,
            translate("MainWindow", "Sign out"),
            translate("MainWindow", "Leave this order? What was typed will be lost."),
        ):
            return
        self._maintenance_sign_out()

    def _maintenance_sign_out(self) -> None:
        self._grace_timer.stop()
        self._grace_left = None
        self.sign_out_notice = AuthenticationError(
            "auth.maintenance", message=self.maintenance.message
        ).message(i18n.language())
        self._sign_out()

    def _show_maintenance(self) -> None:
        m = self.maintenance
        self.ui.maintenanceBanner.setVisible(m.on)
        if not m.on:
            return
        admin = self.session.role is Role.ADMIN
        self.ui.maintenanceSignOutButton.setVisible(not admin)
        if admin:
            text = translate(
                "MainWindow",
                "Maintenance mode is on: staff are signed out and cannot sign in. Their message: {message}",  # noqa: E501
            )
        elif self._grace_left and not self.has_unsaved_work():
            text = translate(
                "MainWindow", "Maintenance: {message}. You will be signed out in {seconds} s."
            )
        else:
            text = translate(
                "MainWindow",
                "Maintenance: {message}. Validate or abandon the order in progress: you will then be signed out.",  # noqa: E501
            )
        self.ui.maintenanceLabel.setText(
            text.format(message=m.message, seconds=self._grace_left or 0)
        )

    def closeEvent(self, event) -> None:
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        self.monitor.stop()
        self.feed.stop()
        self._grace_timer.stop()
        self.mail_sender.stop()
        self._alerts_timer.stop()
        super().closeEvent(event)

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        s = self.session
        self.ui.storeLabel.setText(s.store_name or translate("MainWindow", "All stores"))
        self.ui.userLabel.setText(f"{s.full_name} · {role_label(s.role)}")
        for row, screen in enumerate(self._screens):
            item = self.ui.navigationList.item(row)
            item.setText(screen.title())
            if row < 9:
                item.setToolTip(f"{screen.title()} (Ctrl+{row + 1})")
        self.ui.statusBar.showMessage(
            translate("MainWindow", "Database: {where}").format(where=self._database_text)
        )
        self._show_connection()
        self._show_alerts()
        self._show_maintenance()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
