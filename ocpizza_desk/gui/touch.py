"""Taps land where the finger aimed: nothing moves under it, and a double tap acts once.

The touch screens (kitchen, driver, delivery board) showed their messages in a label that
appeared above the content, pushing every button down 25-45 px; and after a tap the next
card or stop took the place of the one just done, under the same button, so a double tap
acted twice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QLabel

from ocpizza_desk.gui import style
from ocpizza_desk.gui.style import set_styled_property

# After a tap has changed what a button acts on, it stays disabled this long: the second
# tap of a double tap (or a tap aimed just before the change) lands on nothing.
TAP_GUARD_MS = 1_200
MESSAGE_LINES = 2
TOUCH_PX = 44  # the least height of what a finger taps on the kitchen's and driver's screens


def finger_sized(*widgets, px: int = TOUCH_PX) -> None:
    """Buttons and boxes a finger taps: at least `px` high (the driver's were 30 px)."""
    for widget in widgets:
        widget.setMinimumHeight(max(px, widget.minimumHeight()))


def reserve_message_line(label: QLabel, lines: int = MESSAGE_LINES) -> None:
    """The label keeps its height, empty or not (two lines: longer text in the tooltip)."""
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    label.ensurePolished()
    margins = label.contentsMargins()
    label.setFixedHeight(
        label.fontMetrics().lineSpacing() * lines
        + margins.top()
        + margins.bottom()
        + 2 * label.margin()
        + 4
    )
    label.show()


class StatusLine(QLabel):
    """The reserved message line as a status line: a tinted strip that, with no message,
    says in grey what the screen's buttons do (`resting`), so the room kept for messages
    reads as part of the screen, not as a hole. The resting words are painted, not set:
    `text()` stays the message alone."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.resting = ""
        self.setProperty("statusLine", True)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.text() or not self.resting:
            return
        painter = QPainter(self)
        painter.setPen(QColor(style.MUTED))
        room = self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0)
        painter.drawText(
            room,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            | int(Qt.TextFlag.TextWordWrap),
            self.resting,
        )
        painter.end()


def status_line(label: QLabel, resting: str = "") -> StatusLine:
    """Put a StatusLine where the form's `label` was (same layout place, name and size
    policy), reserved as `reserve_message_line` does; returns it (assign it to ui)."""
    line = StatusLine(label.parentWidget())
    line.setObjectName(label.objectName())
    line.resting = resting
    layout = label.parentWidget().layout()
    layout.replaceWidget(label, line, Qt.FindChildOption.FindChildrenRecursively)
    label.hide()
    label.deleteLater()
    reserve_message_line(line)
    return line


def show_message(label: QLabel, text: str, error: bool = True) -> None:
    """Into a reserved line: the text changes, never the layout."""
    set_styled_property(label, "role", "error" if error else "info")
    label.setText(text)
    label.setToolTip(text)
