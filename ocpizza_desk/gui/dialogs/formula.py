"""Take a formula at the counter from the keyboard: the formula, then one choice per slot.

Each step is a list: a digit (1–9) or Enter picks, the first letters find a line, Escape goes
back one step (from the formulas' list, it closes). A choice the store cannot make now is
shown but cannot be picked. The prices shown are the counter's own (the set price and the
supplements); the placing checks every choice again (services/cart.py).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.access import AccessibleDialog
from ocpizza_desk.gui.forms.ui_formula_dialog import Ui_FormulaDialog
from ocpizza_desk.services.formulas import Choice, FormulaView

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
TYPING_PAUSE_S = 1.0  # letters typed closer than this make one search


class FormulaDialog(AccessibleDialog):
    chosen = Signal(object, object)  # FormulaView, tuple[Choice, ...] (one per slot)


    def __init__(
        self,
        parent: QWidget | None,
        offered: tuple[FormulaView, ...],
        can_make=lambda choice: True,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per use, not kept
        self.ui = Ui_FormulaDialog()
        self.ui.setupUi(self)
        self.offered = offered
        self.can_make = can_make
        self.formula: FormulaView | None = None
        self.picks: list[Choice] = []
        self._typed, self._typed_at = "", 0.0
        self.ui.choicesList.installEventFilter(self)
        self.ui.choicesList.itemActivated.connect(lambda _item: self.pick_current())
        if len(offered) == 1:
            self.formula = offered[0]
        self._show()

    # -- the steps

    def _show(self) -> None:
        ui, lang = self.ui, i18n.language()
        self._typed = ""  # a new list: a new search
        ui.choicesList.clear()
        if self.formula is None:
            question = self.tr("Which formula?")
            ui.stepLabel.setText(f"<b>{question}</b>")
            ui.chosenLabel.setText("")
            for number, formula in enumerate(self.offered, start=1):
                slots = " + ".join(s.label for s in formula.slots)
                self._add(
                    number,
                    f"{formula.name} — {format_cents(formula.price_cents, lang)} ({slots})",
                    formula,
                    True,
                )
        else:
            slot = self.formula.slots[len(self.picks)]
            ui.stepLabel.setText(
                "<b>{}</b>".format(
                    self.tr("{formula} — {slot} ({number}/{count})").format(
                        formula=self.formula.name,
                        slot=slot.label,
                        number=len(self.picks) + 1,
                        count=len(self.formula.slots),
                    )
                )
            )
            ui.chosenLabel.setText(", ".join(c.name for c in self.picks))
            for number, choice in enumerate(slot.choices, start=1):
                text = choice.name
                if choice.supplement_cents:
                    text += f"  +{format_cents(choice.supplement_cents, lang)}"
                possible = self.can_make(choice)
                if not possible:
                    text += "  — " + self.tr("cannot be made now")
                self._add(number, text, choice, possible)
        first = next(
            (
                row
                for row in range(ui.choicesList.count())
                if ui.choicesList.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
            ),
            0,
        )
        ui.choicesList.setCurrentRow(first)
        ui.choicesList.setFocus()

    def _add(self, number: int, text: str, value, enabled: bool) -> None:
        prefix = f"{number}. " if number <= 9 else "    "
        item = QListWidgetItem(prefix + text, self.ui.choicesList)
        item.setData(VALUE_ROLE, value)
        item.setData(NAME_ROLE, text.casefold())
        if not enabled:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)

    def pick_row(self, row: int) -> None:
        item = self.ui.choicesList.item(row)
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        value = item.data(VALUE_ROLE)
        if self.formula is None:
            self.formula = value
        else:
            self.picks.append(value)
            if len(self.picks) == len(self.formula.slots):
                self.chosen.emit(self.formula, tuple(self.picks))
                self.accept()
                return
        self._show()

    def pick_current(self) -> None:
        self.pick_row(self.ui.choicesList.currentRow())

    def back(self) -> None:
        """Escape: the previous slot, then the formulas' list, then closed."""
        if self.picks:
            self.picks.pop()
        elif self.formula is not None and len(self.offered) > 1:
            self.formula = None
        else:
            super().reject()
            return
        self._show()

    def reject(self) -> None:  # Escape, wherever the focus is
        self.back()

    def find(self, letters: str) -> None:
        """The first line whose name starts with the letters typed so far (the numbers in
        front of the names are not part of the search)."""
        now = time.monotonic()
        if now - self._typed_at > TYPING_PAUSE_S:
            self._typed = ""
        self._typed, self._typed_at = self._typed + letters.casefold(), now
        items = self.ui.choicesList
        for row in range(items.count()):
            if items.item(row).data(NAME_ROLE).startswith(self._typed):
                items.setCurrentRow(row)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.choicesList and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            typed = event.text()
            if typed and (typed.isalpha() or (typed == " " and self._typed)):
                self.find(typed)
                return True
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                self.pick_row(int(key) - int(Qt.Key.Key_1))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.back()
                return True
        return super().eventFilter(watched, event)
