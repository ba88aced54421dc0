"""Taps land where the finger aimed: nothing moves under it, and a double tap acts once.

The touch screens (kitchen, driver, delivery board) showed their messages in a label that
appeared above the content, pushing every button down 25-45 px; and after a tap the next
card or stop took the place of the one just done, under the same button, so a double tap
acted twice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ocpizza_desk.gui.style import set_styled_property

# After a tap has changed what a button acts on, it stays disabled this long: the second
# tap of a double tap (or a tap aimed just before the change) lands on nothing.
TAP_GUARD_MS = 1_200
MESSAGE_LINES = 2


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


def show_message(label: QLabel, text: str, error: bool = True) -> None:
    """Into a reserved line: the text changes, never the layout."""
    set_styled_property(label, "role", "error" if error else "info")
    label.setText(text)
    label.setToolTip(text)
