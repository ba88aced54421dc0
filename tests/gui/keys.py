"""Every key a window answers to (mnemonics, shortcuts), and those answering twice.

A mnemonic (`&D`) on a button, a tab, a checkable group or a label with a buddy is Alt+D for
the whole window; so is a QShortcut or a QAction's shortcut. Qt only fires the shortcut of a
visible widget, so two widgets clash only when they can be on screen together: not when they
sit on different pages of a QStackedWidget (the main window's screens, a QTabWidget's tabs).
Widgets hidden for now (a field shown for cash only, a banner) still count: they appear.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QStackedWidget,
    QTabBar,
    QWidget,
)


@dataclass(frozen=True)
class Key:
    sequence: str  # QKeySequence in portable text: "Alt+D", "Ctrl+F"
    owner: str  # what answers: "signOutButton 'Se &déconnecter'"
    pages: tuple[tuple[int, int], ...]  # (stack, page) of every stacked page around it

    def together(self, other: Key) -> bool:
        """Both on screen at once: the same page of every stack they share."""
        mine = dict(self.pages)
        return all(mine.get(stack, page) == page for stack, page in other.pages)


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def _pages(widget: QWidget | None) -> tuple[tuple[int, int], ...]:
    chain = []
    child = widget
    parent = widget.parentWidget() if widget is not None else None
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            chain.append((id(parent), parent.indexOf(child)))
        child, parent = parent, parent.parentWidget()
    return tuple(chain)


def _name(obj) -> str:
    return obj.objectName() or type(obj).__name__


def _alt(letter: str) -> str:
    return QKeySequence(f"Alt+{letter}").toString(QKeySequence.SequenceFormat.PortableText)


def keys(window: QWidget) -> list[Key]:
    found: list[Key] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget, QAbstractButton):
            sequence = widget.shortcut()  # a mnemonic sets it to Alt+letter
            if not sequence.isEmpty():
                found.append(
                    Key(
                        sequence.toString(QKeySequence.SequenceFormat.PortableText),
                        f"{_name(widget)} {widget.text()!r}",
                        _pages(widget),
                    )
                )
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            letter = mnemonic(widget.text())
            if letter:
                found.append(
                    Key(_alt(letter), f"{_name(widget)} {widget.text()!r}", _pages(widget))
                )
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            letter = mnemonic(widget.title())
            if letter:
                found.append(
                    Key(_alt(letter), f"{_name(widget)} {widget.title()!r}", _pages(widget))
                )
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                letter = mnemonic(widget.tabText(i))
                if letter:
                    found.append(Key(_alt(letter), f"tab {widget.tabText(i)!r}", _pages(widget)))
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.isEnabled():
            continue
        for sequence in shortcut.keys():  # noqa: SIM118 (QShortcut, not a dict)
            if not sequence.isEmpty():
                found.append(
                    Key(
                        sequence.toString(QKeySequence.SequenceFormat.PortableText),
                        f"QShortcut of {_name(shortcut.parent())}",
                        _pages(shortcut.parent()),
                    )
                )
    for action in window.findChildren(QAction):
        parent = action.parent()
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                found.append(
                    Key(
                        sequence.toString(QKeySequence.SequenceFormat.PortableText),
                        f"action {action.text()!r} of {_name(parent)}",
                        _pages(parent if isinstance(parent, QWidget) else None),
                    )
                )
    return found


def clashes(window: QWidget) -> list[str]:
    """'Alt+D: signOutButton ... / cashGivenLabel ...' for every key two things answer to."""
    by_sequence: dict[str, list[Key]] = defaultdict(list)
    for key in keys(window):
        by_sequence[key.sequence].append(key)
    found = []
    for sequence, owners in sorted(by_sequence.items()):
        for i, first in enumerate(owners):
            for second in owners[i + 1 :]:
                if first.together(second) and first.owner != second.owner:
                    found.append(f"{sequence}: {first.owner} / {second.owner}")
    return found
