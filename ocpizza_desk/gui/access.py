"""Accessible names for the inputs a label does not name: a screen reader said only "edit"
or "combo box" for a search field, a filter, a date (17 names across 484 widgets).

Qt already speaks a button's text and a field's buddy label; the rest get the words their
placeholder or tooltip shows (already translated), set again after a language change.

And Tab that always moves on (`tab_moves_on`): Qt's tables walk their cells with Tab, so a
keyboard user in front of a 200-order list pressed Tab 1,200 times to get out of it.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
DERIVED = "accessibleNameDerived"  # a name set here (a name given in the form stays)
_SHORTCUT = re.compile(r"\s*\((?:Ctrl|Alt|F\d)[^)]*\)\s*$")


def spoken_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return (face.text(QAccessible.Text.Name) if face is not None else "").strip()


def is_named_input(widget: QWidget) -> bool:
    """An input or button of ours (not a combo's or spin box's own editor, not Qt's parts)."""
    if not isinstance(widget, INPUTS) or widget.objectName().startswith("qt_"):
        return False
    parent = widget.parentWidget()
    return not isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit))


def name_inputs(root: QWidget) -> None:
    for widget in root.findChildren(QWidget):
        if not is_named_input(widget):
            continue
        if widget.property(DERIVED):
            widget.setAccessibleName("")  # read again in the current language
        elif spoken_name(widget):
            continue
        hint = ""
        if isinstance(widget, QLineEdit):
            hint = widget.placeholderText()
        hint = hint or widget.toolTip()
        hint = _SHORTCUT.sub("", hint).rstrip(" …").strip()
        if hint:
            widget.setAccessibleName(hint)
            widget.setProperty(DERIVED, True)


def tab_moves_on(root: QWidget) -> None:
    """Tab leaves a list at once (one row selected at a time; the arrows move in it, F2 edits
    a cell) and a text box (nobody types a tab character in our forms); a grid of cells
    being filled in keeps Tab from cell to cell."""
    for view in root.findChildren(QAbstractItemView):
        if (
            view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
            or view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
        ):
            view.setTabKeyNavigation(False)
    for box in (*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)):
        box.setTabChangesFocus(True)


class AccessibleDialog(QDialog):
    """Every dialog of ours: when shown, its unlabelled inputs are named and Tab moves on, as
    on the screens (one place, instead of each dialog remembering to)."""

    def showEvent(self, event) -> None:
        name_inputs(self)
        tab_moves_on(self)
        super().showEvent(event)
