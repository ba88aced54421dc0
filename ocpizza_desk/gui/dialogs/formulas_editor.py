"""Head office defines the formulas (menus): name, set price, sold or not, and its slots.

A slot: a label ("Pizza"), a category whose active products it offers (or none), the size
label it takes them in (empty: each product's default size), and products listed beyond
the category, each with a supplement (a product of the category listed at +2,00 € costs
that much more in the formula). Nothing is checked here beyond reading what is typed: the
rules (a name, a price, at least one slot, every slot offering a product) are the
service's (services/formulas.py), so a refused save says the same on every face.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from ocpizza_desk.domain.money import parse_euros
from ocpizza_desk.gui import alerts, i18n
from ocpizza_desk.gui.access import AccessibleDialog
from ocpizza_desk.gui.forms.ui_formulas_dialog import Ui_FormulasDialog
from ocpizza_desk.gui.style import set_styled_property
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import catalogue
from ocpizza_desk.services import formulas as formula_service
from ocpizza_desk.services.formulas import FormulaDraft, SlotDraft

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL, CATEGORY, SIZE = range(3)
PRODUCT, SUPPLEMENT = range(2)


class FormulasDialog(AccessibleDialog):
    def __init__(self, parent: QWidget | None, ctx, session, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.ui = Ui_FormulasDialog()
        self.ui.setupUi(self)
        self.ctx, self.session, self.runner = ctx, session, runner
        self.formulas: dict[int, formula_service.FormulaView] = {}
        self.categories: tuple = ()
        self.products: list = []
        self.editing: int | None = None  # the formula shown (None: a new one)
        self.listed: list[list[tuple[int, int]]] = []  # per slot row: (product, supplement)
        self._shown_slot: int | None = None
        ui = self.ui
        for table, columns in (
            (ui.slotsTable, 3),
            (ui.listedTable, 2),
        ):
            table.setColumnCount(columns)
            table.verticalHeader().setVisible(False)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._headers()
        ui.formulaList.currentItemChanged.connect(lambda *_a: self._show_current())
        ui.slotsTable.currentCellChanged.connect(lambda *_a: self._show_listed())
        ui.newButton.clicked.connect(self.new_formula)
        ui.addSlotButton.clicked.connect(lambda: self.add_slot())
        ui.removeSlotButton.clicked.connect(self.remove_slot)
        ui.addProductButton.clicked.connect(lambda: self.add_listed())
        ui.removeProductButton.clicked.connect(self.remove_listed)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        self._show_message("")
        self.load()

    def _headers(self) -> None:
        self.ui.slotsTable.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Category"), self.tr("Size")]
        )
        self.ui.listedTable.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Supplement")])

    # -- reading

    def load(self, select: int | None = None) -> None:
        def fetch():
            return (
                formula_service.for_catalogue(self.ctx, self.session),
                catalogue.choices(self.ctx, self.session).categories,
                catalogue.products(self.ctx, self.session, include_archived=False),
            )

        self.runner.run(
            fetch, lambda loaded: self._loaded(loaded, select), self._failed, owner=self
        )

    def _loaded(self, loaded, select: int | None) -> None:
        offered, self.categories, self.products = loaded
        self.formulas = {f.id: f for f in offered}
        listing = self.ui.formulaList
        wanted = select if select is not None else self.editing
        listing.blockSignals(True)
        listing.clear()
        for formula in offered:
            item = QListWidgetItem(self._entry_text(formula))
            item.setData(ID_ROLE, formula.id)
            listing.addItem(item)
        listing.blockSignals(False)
        row = next((i for i, f in enumerate(offered) if f.id == wanted), 0)
        if listing.count():
            listing.setCurrentRow(row)
        self._show_current()

    def _entry_text(self, formula) -> str:
        text = f"{formula.name} — {i18n.money(formula.price_cents)}"
        return text if formula.active else self.tr("{formula} (not sold)").format(formula=text)

    # -- showing one

    def _show_current(self) -> None:
        item = self.ui.formulaList.currentItem()
        formula = self.formulas.get(item.data(ID_ROLE)) if item is not None else None
        ui = self.ui
        self.editing = formula.id if formula else None
        ui.nameEdit.setText(formula.name if formula else "")
        ui.priceEdit.setText(
            i18n.money(formula.price_cents, plain=True) if formula else ""
        )
        ui.activeCheck.setChecked(formula.active if formula else True)
        ui.slotsTable.setRowCount(0)
        self.listed = []
        self._shown_slot = None
        for slot in formula.slots if formula else ():
            self.add_slot(slot.label, slot.category_id, slot.size_label, list(slot.listed))
        if ui.slotsTable.rowCount():
            ui.slotsTable.setCurrentCell(0, 0)
        self._show_listed()

    def new_formula(self) -> None:
        self.ui.formulaList.blockSignals(True)
        self.ui.formulaList.clearSelection()
        self.ui.formulaList.setCurrentRow(-1)
        self.ui.formulaList.blockSignals(False)
        self._show_current()
        self.ui.nameEdit.setFocus()

    def add_slot(
        self,
        label: str = "",
        category_id: int | None = None,
        size_label: str = "",
        listed: list[tuple[int, int]] | None = None,
    ) -> None:
        table = self.ui.slotsTable
        self._keep_listed()
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, LABEL, QTableWidgetItem(label))
        combo = QComboBox(table)
        combo.addItem(self.tr("(none: the products listed)"), None)
        for category in self.categories:
            combo.addItem(category.name, category.category_id)
        combo.setCurrentIndex(max(combo.findData(category_id), 0))
        table.setCellWidget(row, CATEGORY, combo)
        table.setItem(row, SIZE, QTableWidgetItem(size_label))
        self.listed.append(list(listed or []))
        self._shown_slot = None
        table.setCurrentCell(row, LABEL)
        self._show_listed()

    def remove_slot(self) -> None:
        row = self.ui.slotsTable.currentRow()
        if row < 0:
            return
        self._shown_slot = None
        self.ui.slotsTable.removeRow(row)
        del self.listed[row]
        self._show_listed()

    def _keep_listed(self) -> None:
        """The listed products' table read back into the slot it shows."""
        slot = self._shown_slot
        if slot is None or slot >= len(self.listed):
            return
        table = self.ui.listedTable
        kept = []
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, PRODUCT)
            product_id = combo.currentData() if combo is not None else None
            if product_id is None:
                continue
            text = table.item(row, SUPPLEMENT).text() if table.item(row, SUPPLEMENT) else ""
            try:
                supplement = parse_euros(text) if text.strip() else 0
            except ValueError:
                supplement = -1  # refused by the service, by name
            kept.append((product_id, supplement))
        self.listed[slot] = kept

    def _show_listed(self) -> None:
        self._keep_listed()
        slot = self.ui.slotsTable.currentRow()
        table = self.ui.listedTable
        table.setRowCount(0)
        self._shown_slot = slot if 0 <= slot < len(self.listed) else None
        if self._shown_slot is None:
            return
        for product_id, supplement in self.listed[slot]:
            self._listed_row(product_id, supplement)

    def _listed_row(self, product_id: int | None, supplement: int) -> None:
        table = self.ui.listedTable
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox(table)
        for product in self.products:
            combo.addItem(product.name, product.product_id)
        combo.setCurrentIndex(max(combo.findData(product_id), 0))
        table.setCellWidget(row, PRODUCT, combo)
        shown = i18n.money(supplement, plain=True) if supplement else ""
        table.setItem(row, SUPPLEMENT, QTableWidgetItem(shown))

    def add_listed(self, product_id: int | None = None, supplement: int = 0) -> None:
        if self._shown_slot is None:
            self._show_message(self.tr("Add or choose a slot first."), error=True)
            return
        self._listed_row(product_id, supplement)
        self.ui.listedTable.setCurrentCell(self.ui.listedTable.rowCount() - 1, PRODUCT)

    def remove_listed(self) -> None:
        row = self.ui.listedTable.currentRow()
        if row >= 0:
            self.ui.listedTable.removeRow(row)

    # -- saving

    def draft(self) -> FormulaDraft:
        self._keep_listed()
        ui = self.ui
        try:
            price = parse_euros(ui.priceEdit.text())
        except ValueError:
            price = 0  # refused by the service with the price's own message
        slots = []
        table = ui.slotsTable
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, CATEGORY)
            slots.append(
                SlotDraft(
                    label=table.item(row, LABEL).text() if table.item(row, LABEL) else "",
                    category_id=combo.currentData() if combo is not None else None,
                    size_label=table.item(row, SIZE).text() if table.item(row, SIZE) else "",
                    listed=tuple(self.listed[row]),
                )
            )
        return FormulaDraft(
            name=ui.nameEdit.text(),
            price_cents=price,
            active=ui.activeCheck.isChecked(),
            slots=slots,
        )

    def save(self) -> None:
        draft = self.draft()
        formula_id = self.editing
        self.ui.saveButton.setEnabled(False)
        self.runner.run(
            lambda: formula_service.save(self.ctx, self.session, draft, formula_id),
            self._saved,
            self._failed,
            owner=self,
        )

    def _saved(self, formula_id: int) -> None:
        self.ui.saveButton.setEnabled(True)
        self._show_message(self.tr("Formula saved."))
        self.load(select=formula_id)

    def _failed(self, error: BaseException) -> None:
        self.ui.saveButton.setEnabled(True)
        alerts.say_or_show(self, error, lambda text: self._show_message(text, error=True))

    def _show_message(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        set_styled_property(self.ui.messageLabel, "role", "error" if error else "info")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._headers()
        super().changeEvent(event)
