"""Head office records each ingredient's allergens (the 14 of EU regulation 1169/2011).

One list of ingredients, the 14 boxes of the selected one, Record. Dishes are never edited
here: their allergens are derived from their recipes wherever they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QListWidgetItem, QWidget

from ocpizza_desk.domain import allergens
from ocpizza_desk.gui import alerts, i18n
from ocpizza_desk.gui.access import AccessibleDialog
from ocpizza_desk.gui.forms.ui_allergens_dialog import Ui_AllergensDialog
from ocpizza_desk.gui.style import set_styled_property
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import allergens as allergen_service
from ocpizza_desk.services.allergens import IngredientAllergens

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AllergensDialog(AccessibleDialog):
    def __init__(self, parent: QWidget | None, ctx, session, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.ui = Ui_AllergensDialog()
        self.ui.setupUi(self)
        self.ctx, self.session, self.runner = ctx, session, runner
        self.rows: dict[int, IngredientAllergens] = {}
        self.boxes: dict[str, QCheckBox] = {}
        for i, allergen in enumerate(allergens.ALLERGENS):
            box = QCheckBox(self.ui.allergenBox)
            box.setObjectName(f"allergen_{allergen.code}")
            box.toggled.connect(lambda _b: self._update_save())
            self.boxes[allergen.code] = box
            self.ui.allergenGrid.addWidget(box, i // 2, i % 2)
        self._name_boxes()
        self.ui.ingredientList.currentItemChanged.connect(lambda *_a: self._show_current())
        self.ui.saveButton.clicked.connect(self.record)
        self.ui.closeButton.clicked.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.record)
        self._show_message("")
        self._update_save()
        self.load()

    def _name_boxes(self) -> None:
        lang = i18n.language()
        for code, box in self.boxes.items():
            box.setText(allergens.BY_CODE[code].name(lang))

    def load(self) -> None:
        self.runner.run(
            lambda: allergen_service.ingredients(self.ctx, self.session),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, rows) -> None:
        current = self.current_id()
        self.rows = {r.ingredient_id: r for r in rows}
        listing = self.ui.ingredientList
        listing.blockSignals(True)
        listing.clear()
        for row in rows:
            item = QListWidgetItem(self._entry_text(row))
            item.setData(ID_ROLE, row.ingredient_id)
            listing.addItem(item)
        listing.blockSignals(False)
        wanted = next(
            (i for i in range(listing.count()) if listing.item(i).data(ID_ROLE) == current), 0
        )
        if listing.count():
            listing.setCurrentRow(wanted)
        self._show_current()

    def _entry_text(self, row: IngredientAllergens) -> str:
        if not row.recorded:
            return self.tr("{name} — not recorded").format(name=row.name)
        if not row.allergens:
            return row.name
        words = ", ".join(allergens.names(row.allergens, i18n.language(), short=True))
        return f"{row.name} — {words}"

    def current_id(self) -> int | None:
        item = self.ui.ingredientList.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _show_current(self) -> None:
        row = self.rows.get(self.current_id())
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(row is not None and code in row.allergens)
            box.setEnabled(row is not None)
            box.blockSignals(False)
        self._update_save()

    def ticked(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def _update_save(self) -> None:
        row = self.rows.get(self.current_id())
        self.ui.saveButton.setEnabled(
            row is not None and (not row.recorded or self.ticked() != row.allergens)
        )

    def record(self) -> None:
        ingredient_id = self.current_id()
        if ingredient_id is None or not self.ui.saveButton.isEnabled():
            return
        codes = self.ticked()
        self.ui.saveButton.setEnabled(False)
        self.runner.run(
            lambda: allergen_service.set_ingredient(self.ctx, self.session, ingredient_id, codes),
            self._recorded,
            self._failed,
            owner=self,
        )

    def _recorded(self, row: IngredientAllergens) -> None:
        self.rows[row.ingredient_id] = row
        listing = self.ui.ingredientList
        for i in range(listing.count()):
            if listing.item(i).data(ID_ROLE) == row.ingredient_id:
                listing.item(i).setText(self._entry_text(row))
        self._show_message(self.tr("Recorded: {name}.").format(name=row.name))
        self._update_save()

    def _failed(self, error: BaseException) -> None:
        self._update_save()
        alerts.say_or_show(self, error, lambda text: self._show_message(text, error=True))

    def _show_message(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        set_styled_property(self.ui.messageLabel, "role", "error" if error else "info")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._name_boxes()
            for i in range(self.ui.ingredientList.count()):
                item = self.ui.ingredientList.item(i)
                row = self.rows.get(item.data(ID_ROLE))
                if row is not None:
                    item.setText(self._entry_text(row))
        super().changeEvent(event)
