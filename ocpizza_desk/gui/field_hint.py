"""A problem shown next to the field it is about (a tip under the field, which moves
nothing), and a field's length limit said aloud: a paste longer than the field used to be
cut without a word ("the street field silently cuts a paste to 160 characters")."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QLineEdit, QToolTip, QWidget

from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.gui import i18n

translate = QCoreApplication.translate
NO_LIMIT = 32767  # QLineEdit's default maxLength


def character_name(ch: str) -> str:
    """ "5", "😀"; an invisible one by its code ("U+200B")."""
    if unicodedata.category(ch)[0] in "CZ" and ch != " ":
        return f"U+{ord(ch):04X}"
    return ch


def message(error: DomainError) -> str:
    """The error's message, and for refused characters, which one."""
    text = error.message(i18n.language())
    character = error.params.get("character")
    if error.code == "input.characters" and isinstance(character, str) and character:
        text += " " + translate("FieldHint", "“{character}” is not allowed here.").format(
            character=character_name(character)
        )
    return text


def show_next_to(widget: QWidget | None, text: str) -> None:
    """A tip just under the field (it stays until the next click or key)."""
    if widget is None or not text or not widget.isVisible():
        return
    QToolTip.showText(widget.mapToGlobal(QPoint(0, widget.height())), text, widget)


def say_when_cut(root: QWidget) -> None:
    """Every line edit under `root` with a length limit says so when typing or a paste goes
    past it (Qt cuts the text and emits inputRejected)."""
    for edit in root.findChildren(QLineEdit):
        if edit.maxLength() < NO_LIMIT and not edit.property("saysWhenCut"):
            edit.setProperty("saysWhenCut", True)
            edit.inputRejected.connect(lambda e=edit: _cut(e))


def _cut(edit: QLineEdit) -> None:
    if len(edit.text()) < edit.maxLength():
        return  # refused by a validator, not by the length
    show_next_to(
        edit,
        translate(
            "FieldHint", "At most {limit} characters here: the text was cut at {limit}."
        ).format(limit=edit.maxLength()),
    )
