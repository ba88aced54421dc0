"""The main window: a thin coordinator of screens, showing only what the role may use."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Signal
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QWidget

from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.gui.forms.ui_main_window import Ui_MainWindow
from ocpizza_desk.gui.labels import role_label
from ocpizza_desk.gui.screens.dashboard import DashboardScreen
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services.auth import StaffSession

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Screen:
    key: str
    title: Callable[[], str]
    permission: Permission
    factory: Callable[..., QWidget]  # (ctx, session, runner) -> screen


# Built screens only, in navigation order. A screen appears when the role has its permission.
SCREENS: tuple[Screen, ...] = (
    Screen(
        "dashboard",
        lambda: translate("MainWindow", "Dashboard"),
        Permission.VIEW_DASHBOARD,
        DashboardScreen,
    ),
)


def screens_for(session: StaffSession) -> list[Screen]:
    return [screen for screen in SCREENS if session.can(screen.permission)]


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
        for screen in self._screens:
            page = screen.factory(ctx, session, runner)
            self._pages[screen.key] = page
            self.ui.pages.addWidget(page)
            item = QListWidgetItem(screen.title())
            item.setData(0x0100, screen.key)  # Qt.UserRole
            self.ui.navigationList.addItem(item)
        self.ui.navigationList.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navigationList.setCurrentRow(0)
        self.ui.signOutButton.clicked.connect(self._sign_out)
        self._retranslate()
        geometry = QSettings().value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def visible_screens(self) -> list[str]:
        return [s.key for s in self._screens]

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def show_screen(self, key: str) -> None:
        self.ui.navigationList.setCurrentRow(self.visible_screens().index(key))

    def _sign_out(self) -> None:
        self.close()
        self.signed_out.emit()

    def closeEvent(self, event) -> None:
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        super().closeEvent(event)

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        s = self.session
        self.ui.storeLabel.setText(s.store_name or translate("MainWindow", "All stores"))
        self.ui.userLabel.setText(f"{s.full_name} · {role_label(s.role)}")
        for row, screen in enumerate(self._screens):
            self.ui.navigationList.item(row).setText(screen.title())
        self.ui.statusBar.showMessage(
            translate("MainWindow", "Database: {where}").format(where=self._database_text)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
