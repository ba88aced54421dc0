"""Address autocomplete for the counter's street field, from the geocoding chain.

After 3 characters and a pause in the typing (300 ms), the text is sent to
`services.geocoding.suggest` on a thread pool of its own (one thread: never the pool that
places orders, so a slow service cannot queue an order behind it), with a short timeout.
Typing on never waits: a newer text makes older answers stale and they are dropped; a failing
or silent service just shows no suggestion (logged by type, never the address). Choosing a
suggestion (mouse, or ↓ and Enter) fills the street, the postcode and the town; the caller
keeps typing the door code as before.

    AddressCompleter(ui.streetEdit, ui.postcodeEdit, ui.cityEdit, ctx, session, parent)
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import geocoding

log = logging.getLogger(__name__)

DELAY_MS = 300
MIN_CHARS = geocoding.MIN_SUGGEST_CHARS
STREET_ROLE = Qt.ItemDataRole.UserRole + 1  # what goes into the street field
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 2

_pool: QThreadPool | None = None


def suggestions_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)  # one question at a time; a newer one makes it stale
    return _pool


class AddressCompleter(QObject):
    shown = Signal(int)  # suggestions shown (their count): tests, screenshots
    chosen = Signal(object)  # the AddressCandidate filled in

    def __init__(
        self,
        street: QLineEdit,
        postcode: QLineEdit,
        city: QLineEdit,
        ctx,
        session,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.street, self.postcode, self.city = street, postcode, city
        self.ctx, self.session = ctx, session
        self.runner = TaskRunner(self, suggestions_pool())
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(STREET_ROLE)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(6)
        self.completer.activated[QModelIndex].connect(self._activated)
        street.setCompleter(self.completer)
        self._token = 0
        self._asked = ""
        self.candidates: list = []
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS, timeout=self.ask)
        street.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        self._token += 1  # whatever is on its way is for an older text
        if len(text.strip()) < MIN_CHARS:
            self._timer.stop()
            self._clear()
            return
        self._timer.start()

    def ask(self) -> None:
        text = self.street.text().strip()
        if len(text) < MIN_CHARS or text == self._asked:
            return
        postcode = self.postcode.text().strip()
        query = f"{text} {postcode}".strip() if postcode and postcode not in text else text
        self._asked = text
        self._token += 1
        token = self._token
        ctx, session = self.ctx, self.session
        self.runner.run(
            lambda: geocoding.suggest(ctx, session, query),
            lambda found: token == self._token and self._show(found),
            lambda error: self._failed(error),
            owner=self,
            background=True,
        )

    def _failed(self, error: BaseException) -> None:
        log.info("address suggestions unavailable: %s", type(error).__name__)

    def _clear(self) -> None:
        self.candidates = []
        self.model.clear()
        self._asked = ""

    def _show(self, found) -> None:
        self.model.clear()
        self.candidates = list(found)
        for candidate in self.candidates:
            item = QStandardItem(candidate.label)
            item.setData(candidate.street or self.street.text(), STREET_ROLE)
            item.setData(candidate, CANDIDATE_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if self.candidates and self.street.hasFocus():
            self.completer.setCompletionPrefix("")
            self.completer.complete()
        self.shown.emit(len(self.candidates))

    def _activated(self, index: QModelIndex) -> None:
        candidate = index.data(CANDIDATE_ROLE) if index.isValid() else None
        if candidate is not None:
            self.choose(candidate)

    def choose(self, candidate) -> None:
        """Fills the street, postcode and town from a suggestion."""
        self._token += 1
        self._timer.stop()
        if candidate.street:
            self.street.setText(candidate.street)
        if candidate.postcode:
            self.postcode.setText(candidate.postcode)
        if candidate.city:
            self.city.setText(candidate.city)
        self._asked = self.street.text().strip()
        self.chosen.emit(candidate)
