"""The sign-in window: shown at once, usable as soon as the database is ready."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ocpizza_desk.assets import resource_path
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.forms.ui_sign_in import Ui_SignInWindow
from ocpizza_desk.gui.style import set_styled_property


class SignInWindow(QWidget):
    """Only a view: the application controller does the work and calls back."""

    submitted = Signal(str, str)  # username, password
    language_chosen = Signal(str)

    def __init__(self, database_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInWindow()
        self.ui.setupUi(self)
        self._database_text = database_text
        self._message: tuple[str, str] | None = None  # (role, text) of the message label
        self._state = "connecting"
        # Enter pressed while the database was still starting: signed in once it is ready.
        self._pending = False
        self._language = i18n.language()
        for code, name in i18n.LANGUAGES.items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(i18n.language()))
        self.ui.languageCombo.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.ui.languageCombo.currentData())
        )
        self.ui.signInButton.clicked.connect(self._submit)
        self.ui.passwordEdit.returnPressed.connect(self._submit)
        self.ui.usernameEdit.returnPressed.connect(self.ui.passwordEdit.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.ui.passwordEdit.clear)
        logo = resource_path("icons", "ocpizza.svg")
        self.ui.logoLabel.setPixmap(QIcon(str(logo)).pixmap(72, 72))
        self._retranslate()
        self.set_connecting()
        # Typing starts at once, while the database starts (the fields stay editable).
        self.ui.usernameEdit.setFocus()

    # -- states driven by the controller

    def set_connecting(self) -> None:
        self._set_state("connecting", self.tr("Connecting to the database…"))

    def set_preparing(self, fraction: float) -> None:
        self._set_state(
            "connecting",
            self.tr("First launch: creating the demo database… {percent}").format(
                percent=f"{round(fraction * 100)}\u00a0%"
                if i18n.language() == "fr"
                else f"{fraction:.0%}"
            ),
        )
        # The bar says the same as the text (it bounced while the text said 77 %).
        self.ui.progressBar.setMaximum(100)
        self.ui.progressBar.setValue(round(fraction * 100))

    def set_ready(self) -> None:
        self._set_state("ready", None)
        if self._pending:
            self._pending = False
            if self.ui.usernameEdit.text() and self.ui.passwordEdit.text():
                self._submit()
                return
        if not (self.ui.usernameEdit.hasFocus() or self.ui.passwordEdit.hasFocus()):
            (
                self.ui.passwordEdit if self.ui.usernameEdit.text() else self.ui.usernameEdit
            ).setFocus()

    def set_signing_in(self) -> None:
        self._set_state("busy", self.tr("Signing in…"))

    def show_error(self, text: str) -> None:
        """Keep what was typed; only the password is cleared after a refusal."""
        self._set_state(self._state if self._state != "busy" else "ready", text, error=True)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def show_fatal(self, text: str) -> None:
        self._set_state("fatal", text, error=True)

    def reset(self) -> None:
        self.ui.passwordEdit.clear()
        self.ui.usernameEdit.setFocus()
        self.set_ready()

    @property
    def pending(self) -> bool:
        """Enter was pressed before the database was ready."""
        return self._pending

    @property
    def state(self) -> str:
        return self._state

    @property
    def message(self) -> str:
        return self.ui.messageLabel.text()

    # -- internals

    def _submit(self) -> None:
        if self._state == "connecting":
            self._pending = True
            self.ui.messageLabel.setText(
                self.tr("You will be signed in as soon as the database is ready…")
            )
            return
        if self._state != "ready":
            return
        self.submitted.emit(self.ui.usernameEdit.text(), self.ui.passwordEdit.text())

    def _set_state(self, state: str, text: str | None, error: bool = False) -> None:
        self._state = state
        # What is typed while the database starts is kept (the fields used to be disabled:
        # the focus fell on the language box and the keys were lost).
        for widget in (self.ui.usernameEdit, self.ui.passwordEdit):
            widget.setEnabled(state != "fatal")
        self.ui.signInButton.setEnabled(state in ("ready", "connecting"))
        self.ui.progressBar.setVisible(state in ("connecting", "busy"))
        self.ui.progressBar.setMaximum(0)  # bouncing unless a step gives its progress
        if self._pending and state == "connecting":
            text = self.tr("You will be signed in as soon as the database is ready…")
        set_styled_property(self.ui.messageLabel, "role", "error" if error else "info")
        self.ui.messageLabel.setText(text or "")

    def showEvent(self, event) -> None:
        # Shown again after a sign-out: the language may have been switched meanwhile.
        if self._language != i18n.language():
            self._retranslate()
        super().showEvent(event)

    def _retranslate(self) -> None:
        self._language = i18n.language()
        self.ui.retranslateUi(self)
        # The language chosen in the main window, shown here too (English said "Français").
        combo = self.ui.languageCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(i18n.language()))
        combo.blockSignals(False)
        self.ui.databaseLabel.setText(
            self.tr("Database: {where}").format(where=self._database_text)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._state == "connecting":
                self.set_connecting()
        super().changeEvent(event)
