"""The main window: a thin coordinator of screens, showing only what the role may use.

It owns what every screen shares: the header (store, user, language, stock alerts), the
status bar (database, connection state, busy indicator) and the navigation. Screens talk to
each other only through signals it connects (the order book asks the order-taking screen to
open an order for modification).
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
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
from ocpizza_desk.gui import alerts, i18n, style
from ocpizza_desk.gui.access import name_inputs, tab_moves_on
from ocpizza_desk.gui.connection import ConnectionMonitor, LinkState, state_label
from ocpizza_desk.gui.forms.ui_main_window import Ui_MainWindow
from ocpizza_desk.gui.labels import role_label
from ocpizza_desk.gui.live import LiveFeed
from ocpizza_desk.gui.mail_sender import MailSender
from ocpizza_desk.gui.screens.audit_log import AuditLogScreen
from ocpizza_desk.gui.screens.backups import BackupsScreen
from ocpizza_desk.gui.screens.cash_close import CashCloseScreen
from ocpizza_desk.gui.screens.catalogue import CatalogueScreen
from ocpizza_desk.gui.screens.customers import CustomersScreen
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
from ocpizza_desk.gui.summary_refresher import SummaryRefresher
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import stock
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.maintenance import OFF, Maintenance

translate = QCoreApplication.translate
ALERTS_REFRESH_MS = 60_000
# Maintenance: staff get this long to finish before being signed out; an order being typed
# is waited for (validated or abandoned) rather than lost.
MAINTENANCE_GRACE_S = 60
# What a window manager adds around the window (the title bar, the side borders).
TITLE_BAR_PX = 40
FRAME_PX = 8


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
        "customers",
        lambda: translate("MainWindow", "Customers"),
        Permission.MANAGE_CUSTOMERS,
        CustomersScreen,
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
        "cash_close",
        lambda: translate("MainWindow", "Cash close"),
        Permission.CASH_CLOSE,
        CashCloseScreen,
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
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop that does nothing; it still
    # scrolls to the field Tab reaches
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
        # Screens are built when first opened (`_build`), not all at sign-in: each costs
        # its widgets and first queries on the Qt thread. Until then a placeholder holds
        # its place in the stack.
        self._pages: dict[str, QWidget] = {}  # created
        self._areas: dict[str, QScrollArea] = {}  # created screens in their scroll area
        self._attached: set[str] = set()  # in the window's stack of pages
        self._wired: set[str] = set()
        for number, screen in enumerate(self._screens, start=1):
            self.ui.pages.addWidget(QWidget())
            item = QListWidgetItem(screen.title())
            item.setData(Qt.ItemDataRole.UserRole, screen.key)
            self.ui.navigationList.addItem(item)
            if number <= 9:  # Ctrl+1 .. Ctrl+9 open the screens in navigation order
                QShortcut(
                    QKeySequence(f"Ctrl+{number}"),
                    self,
                    activated=lambda row=number - 1: self.ui.navigationList.setCurrentRow(row),
                )
        # One poll a second for the whole window; each screen takes what it needs from it
        # (a screen connects when it is built).
        self.feed = LiveFeed(ctx, session, runner, self)
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
        self.mail_sender = MailSender(ctx, self)  # on a thread of its own, not the screens'
        self.mail_sender.start()
        # Head office keeps the report summaries up to date (store PCs: the Z closure).
        self.summary_refresher = SummaryRefresher(ctx, session, self)
        if not session.role.is_store_bound and session.can(Permission.VIEW_REPORTS):
            self.summary_refresher.start()
        self.ui.navigationList.currentRowChanged.connect(self._open_row)
        self.ui.navigationList.setCurrentRow(0)
        if self._screens:  # the first screen, shown with the window
            self._build(self._screens[0].key)
            self.ui.pages.setCurrentIndex(0)
        self.ui.signOutButton.clicked.connect(self._sign_out_clicked)

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
        name_inputs(self)  # the header's
        geometry = QSettings().value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        screen = self.screen()
        # Offscreen (tests, screenshots) the "screen" is a made-up 800×800: sizes are set there.
        if screen is not None and QGuiApplication.platformName() != "offscreen":
            self.fit_to(screen.availableGeometry())
        # What is loaded by now (modules, the ORM's caches, the first screen) stays for the
        # session: out of the cyclic collector's sweeps, whose full passes otherwise stop
        # the Qt thread (or a worker holding the GIL) for 60-90 ms (bench (k)).
        gc.freeze()

    def fit_to(self, room: QRect) -> None:
        """Inside the screen's free area, title bar included: on a 1366×768 shop PC with its
        task bar, the first window (1200×760) was taller than the screen and its status bar
        under the task bar."""
        wanted = QSize(
            min(self.width(), room.width() - FRAME_PX),
            min(self.height(), room.height() - TITLE_BAR_PX),
        )
        if wanted != self.size():
            self.resize(wanted)
            self.move(room.topLeft())

    # -- navigation

    def visible_screens(self) -> list[str]:
        return [s.key for s in self._screens]

    def page(self, key: str) -> QWidget:
        """The screen, built now if it was never opened."""
        return self._build(key)

    def built_screens(self) -> list[str]:
        return [s.key for s in self._screens if s.key in self._pages]

    def built(self, key: str) -> QWidget | None:
        """The screen if it was created, without creating it or putting it in the window."""
        return self._pages.get(key)

    def show_screen(self, key: str) -> None:
        """Open a screen from code: built and shown before this returns."""
        if key in self.visible_screens():
            row = self.visible_screens().index(key)
            self.ui.navigationList.setCurrentRow(row)
            self._build(key)
            self.ui.pages.setCurrentIndex(row)

    def _open_row(self, row: int) -> None:
        """A screen chosen in the navigation (a click, Ctrl+N)."""
        if not 0 <= row < len(self._screens):
            return
        key = self._screens[row].key
        if key in self._attached:
            self.ui.pages.setCurrentIndex(row)
            return
        # Opened for the first time: created in this event, wrapped in its scroll area in
        # the next, put in the window in the next, shown in the last (each step 5-25 ms
        # under the stylesheet, 40-70 ms at once: bench (k)), so that the Qt thread is never
        # held for all of them. One millisecond apart, not zero: zero-timers run back to
        # back, before the other timers and the input waiting.
        self._create(key)
        QTimer.singleShot(1, self, lambda: self._wrap(key, row))

    def _wrap(self, key: str, show_row: int | None = None) -> QScrollArea:
        area = self._areas.get(key)
        if area is None:
            area = self._areas[key] = _scrollable(self._pages[key])
        if show_row is not None:
            QTimer.singleShot(1, self, lambda: self._attach(key, show_row))
        return area

    def _attach(self, key: str, show_row: int | None = None) -> None:
        if key not in self._attached:
            self._attached.add(key)
            row = self.visible_screens().index(key)
            placeholder = self.ui.pages.widget(row)
            self.ui.pages.insertWidget(row, self._wrap(key))
            self.ui.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        if show_row is not None:
            QTimer.singleShot(1, self, lambda: self._show_row(show_row))

    def _show_row(self, row: int) -> None:
        if self.ui.navigationList.currentRow() == row:  # not left meanwhile
            self.ui.pages.setCurrentIndex(row)

    def _create(self, key: str) -> QWidget:
        page = self._pages.get(key)
        if page is None:
            row = self.visible_screens().index(key)  # ValueError: not a screen of this role
            page = self._screens[row].factory(self.ctx, self.session, self.runner)
            self._pages[key] = page
            name_inputs(page)
            tab_moves_on(page)
            if hasattr(page, "watch"):
                page.watch(self.feed)
            self._wire_screens()
        return page

    def _build(self, key: str) -> QWidget:
        """The screen created and in the window, now."""
        page = self._create(key)
        self._attach(key)
        return page

    def current_screen(self) -> str:
        return self.visible_screens()[self.ui.navigationList.currentRow()]

    def _wire_screens(self) -> None:
        """Connect the screens built so far, each pair once (called after every build)."""
        book, taking = self._pages.get("order_book"), self._pages.get("order_taking")
        if book is not None and "edit" not in self._wired:
            self._wired.add("edit")  # builds the order-taking screen when asked
            book.edit_requested.connect(self._edit_order)
            book.late_edit_requested.connect(self._edit_order)
        if book is not None and taking is not None and "saved" not in self._wired:
            self._wired.add("saved")
            taking.order_saved.connect(book.order_changed)
        stock_page = self._pages.get("stock")
        if (
            stock_page is not None
            and self.session.can(Permission.MANAGE_STOCK)
            and "stock" not in self._wired
        ):
            self._wired.add("stock")
            stock_page.stock_moved.connect(self.refresh_alerts)

    def _open_alerts(self) -> None:
        """The stock screen, narrowed to the ingredients under threshold (else the dashboard)."""
        if "stock" not in self.visible_screens():
            self.show_screen("dashboard")
            return
        self.show_screen("stock")
        self.page("stock").show_alerts()

    def _edit_order(self, order_id: int, late_reason: str | None = None) -> None:
        self.show_screen("order_taking")
        self.page("order_taking").load_order(order_id, late_reason)

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
            LinkState.CONNECTED: style.LINK_CONNECTED,
            LinkState.SLOW: style.LINK_SLOW,
            LinkState.RECONNECTING: style.LINK_RECONNECTING,
            LinkState.OFFLINE: style.LINK_OFFLINE,
        }[state]
        self.connection_label.setText(f"<span style='color:{colour}'>●</span> {state_label(state)}")

    def _sign_out_clicked(self) -> None:
        """Signing out mid-order loses what was typed: asked first, never on one key."""
        if self.has_unsaved_work() and not alerts.confirm(
            self,
            translate("MainWindow", "Sign out"),
            translate("MainWindow", "Leave this order? What was typed will be lost."),
        ):
            return
        self._sign_out()

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
        self.summary_refresher.stop()
        self._alerts_timer.stop()
        gc.unfreeze()  # this window's objects may be collected again once it is gone
        super().closeEvent(event)

    def _name_inputs(self) -> None:
        name_inputs(self)

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
            # once every screen has retranslated its hints
            QTimer.singleShot(0, self, self._name_inputs)
        super().changeEvent(event)
