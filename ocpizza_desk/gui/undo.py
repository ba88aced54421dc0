"""An "Undo" offered for a few seconds after a kitchen or driver tap (issue 18).

The button sits in the screen's title row and keeps its room when hidden, so its coming and
going moves nothing under a finger; it takes a tap only after `touch.TAP_GUARD_MS` (the
second tap of a double tap lands on nothing), and Ctrl+Z does the same. After `window_ms`
it goes away: undoing later is a manager's correction (`orders.undo` with a reason).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from ocpizza_desk.domain.lifecycle import UNDO_SECONDS
from ocpizza_desk.gui.touch import TAP_GUARD_MS

# The screen offers it a little less long than the services allow: the undo's round trip
# fits inside the window they check.
UNDO_MS = UNDO_SECONDS * 1000 - 1500


class UndoOffer(QObject):
    @classmethod
    def in_title_row(cls, screen: QWidget, layout: QBoxLayout, before: QWidget) -> UndoOffer:
        """The kitchen's and the driver's: an "undoButton" in the title row, before `before`
        (the cards and stops below never move)."""
        button = QPushButton(screen)
        button.setObjectName("undoButton")
        layout.insertWidget(layout.indexOf(before), button)
        return cls(button, screen)

    def __init__(
        self,
        button: QPushButton,
        screen: QWidget,
        window_ms: int = UNDO_MS,
        guard_ms: int = TAP_GUARD_MS,
    ) -> None:
        super().__init__(screen)
        self.button = button
        self.window_ms, self.guard_ms = window_ms, guard_ms
        self._action: Callable[[], None] | None = None
        policy = button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # hidden, it keeps its room: nothing moves
        button.setSizePolicy(policy)
        button.ensurePolished()  # its height from the style now, not at its first showing
        button.setMinimumHeight(button.sizeHint().height())
        button.hide()
        button.clicked.connect(self.take)
        self._expiry = QTimer(self, singleShot=True, timeout=self.withdraw)
        self._guard = QTimer(self, singleShot=True, timeout=lambda: button.setEnabled(True))
        self.shortcut = QShortcut(QKeySequence("Ctrl+Z"), screen, activated=self.take)
        self.retranslate()

    @property
    def offered(self) -> bool:
        return self._action is not None

    def offer(self, text: str, tooltip: str, action: Callable[[], None]) -> None:
        """Show the button for `window_ms`; a tap (after the guard) or Ctrl+Z runs `action`."""
        self._action = action
        self.button.setText(text)
        self.button.setToolTip(tooltip)
        self.button.setAccessibleName(text)
        self.button.setEnabled(False)
        self.button.show()
        self._guard.start(self.guard_ms)
        self._expiry.start(self.window_ms)

    def take(self) -> None:
        if self._action is None or not self.button.isEnabled():
            return
        action = self._action
        self.withdraw()
        action()

    def withdraw(self) -> None:
        self._action = None
        self._expiry.stop()
        self._guard.stop()
        self.button.setEnabled(False)
        self.button.hide()
        self.retranslate()

    def retranslate(self) -> None:
        """Its resting words (until a tap offers it, then the tap's own)."""
        if self._action is None:
            self.button.setAccessibleName(self.tr("Undo the last tap (Ctrl+Z)"))
