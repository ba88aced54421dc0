"""The head-office catalogue: the chain's products on the left, the selected one's editor on
the right (general fields, recipe, pizzaiolo's memo, customisations, stores and photo).

Nothing is written until Save: the editor's models hold what is typed, a refused save says
why next to the buttons and keeps every field as typed, and a save on data another PC
changed meanwhile is refused with who did it (the product's `updated_at` travels with the
edit). Prices are typed in euros ("12,50") and sent as exact cents.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QLabel, QLineEdit, QWidget

from ocpizza_desk.domain.catalogue import VAT_RATES, photo_type
from ocpizza_desk.domain.enums import CustomisationKind
from ocpizza_desk.domain.errors import DomainError, ValidationError
from ocpizza_desk.domain.money import parse_euros
from ocpizza_desk.domain.pricing import format_rate
from ocpizza_desk.gui import alerts, field_hint, folders, i18n
from ocpizza_desk.gui.dialogs.allergens import AllergensDialog
from ocpizza_desk.gui.dialogs.formulas_editor import FormulasDialog
from ocpizza_desk.gui.forms.ui_catalogue import Ui_CataloguePage
from ocpizza_desk.gui.models.catalogue import (
    PRODUCT_ID_ROLE,
    AvailabilityModel,
    MemoModel,
    OptionRow,
    OptionsModel,
    ProductFilter,
    ProductListModel,
    RecipeModel,
    RecipeRow,
    unit_text,
)
from ocpizza_desk.gui.style import set_styled_property
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.gui.widgets.sizes_editor import SizesEditor
from ocpizza_desk.services import catalogue
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.catalogue import (
    Choices,
    OptionDraft,
    ProductDetail,
    ProductDraft,
    RecipeLineDraft,
    StoreAvailability,
)

DEFAULT_VAT = 1000
PHOTO_DIR = "catalogue/photoDir"


class CatalogueScreen(QWidget):
    def __init__(self, ctx, session: StaffSession, runner: TaskRunner) -> None:
        super().__init__()
        self.ui = Ui_CataloguePage()
        self.ui.setupUi(self)
        field_hint.say_when_cut(self)  # a paste cut at a field's limit says so
        self.ui.titleLabel.setObjectName("pageTitle")
        self.ctx, self.session, self.runner = ctx, session, runner
        self.choices: Choices | None = None
        self.detail: ProductDetail | None = None  # None: a new product
        self.photo_bytes: bytes | None = None  # chosen, not saved yet
        self.photo_removed = False
        self.loaded = False
        self.saving = False

        self.products = ProductListModel(self)
        self.filter = ProductFilter(self)
        self.filter.setSourceModel(self.products)
        self.recipe = RecipeModel(self)
        self.memo = MemoModel(self)
        self.options = OptionsModel(self)
        self.availability = AvailabilityModel(self)
        ui = self.ui
        ui.productsView.setModel(self.filter)
        ui.recipeView.setModel(self.recipe)
        ui.memoView.setModel(self.memo)
        ui.optionsView.setModel(self.options)
        ui.storesView.setModel(self.availability)
        for view in (ui.productsView, ui.recipeView, ui.optionsView):
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
        ui.recipeView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.recipeView.horizontalHeader().setStretchLastSection(False)
        ui.productsView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        options = ui.optionsView.horizontalHeader()
        options.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        options.resizeSection(1, 190)
        ui.productsView.horizontalHeader().setStretchLastSection(False)
        ui.splitter.setStretchFactor(0, 5)
        ui.splitter.setStretchFactor(1, 6)
        ui.splitter.setSizes([500, 600])
        ui.categoryFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # The sizes, under the price: filled, the default size's price is the price.
        self.sizes = SizesEditor(ui.generalTab)
        self.sizes_label = QLabel(ui.generalTab)
        self.sizes_label.setBuddy(self.sizes.table)
        ui.generalForm.insertRow(4, self.sizes_label, self.sizes)
        self.sizes.changed.connect(self._sizes_changed)
        ui.messageLabel.setProperty("role", "error")
        ui.messageLabel.hide()
        ui.editorTitleLabel.setObjectName("subtitleLabel")

        ui.searchEdit.textChanged.connect(lambda _t: self._apply_filter())
        ui.categoryFilterCombo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        ui.archivedCheck.toggled.connect(lambda _b: self._apply_filter())
        ui.productsView.selectionModel().selectionChanged.connect(self._selection_changed)
        for edit in ui.editorFrame.findChildren(QLineEdit):
            edit.textEdited.connect(self._being_fixed)
        for combo in ui.editorFrame.findChildren(QComboBox):
            combo.activated.connect(self._being_fixed)
        ui.refreshButton.clicked.connect(self.reload)
        ui.allergensButton.clicked.connect(self.edit_allergens)
        self.allergens_dialog: AllergensDialog | None = None
        ui.formulasButton.clicked.connect(self.edit_formulas)
        self.formulas_dialog: FormulasDialog | None = None
        ui.newButton.clicked.connect(self.new_product)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        ui.archiveButton.clicked.connect(self.archive)
        ui.ingredientCombo.currentIndexChanged.connect(lambda _i: self._unit_suffixes())
        ui.optionIngredientCombo.currentIndexChanged.connect(lambda _i: self._unit_suffixes())
        ui.addLineButton.clicked.connect(self.add_recipe_line)
        ui.doseSpin.editingFinished.connect(self._dose_entered)
        ui.removeLineButton.clicked.connect(self.remove_recipe_line)
        ui.addStepButton.clicked.connect(self.add_step)
        ui.stepEdit.returnPressed.connect(self.add_step)
        ui.upButton.clicked.connect(lambda: self.move_step(-1))
        ui.downButton.clicked.connect(lambda: self.move_step(1))
        ui.removeStepButton.clicked.connect(self.remove_step)
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.addOptionButton.clicked.connect(self.add_option)
        ui.removeOptionButton.clicked.connect(self.remove_option)
        ui.choosePhotoButton.clicked.connect(self.choose_photo)
        ui.removePhotoButton.clicked.connect(self.remove_photo)

        QShortcut(QKeySequence("Ctrl+F"), self, activated=ui.searchEdit.setFocus)
        QShortcut(QKeySequence("F5"), self, activated=self.reload)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_product)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        for key, view, action in (
            ("Ctrl+Up", ui.memoView, lambda: self.move_step(-1)),
            ("Ctrl+Down", ui.memoView, lambda: self.move_step(1)),
            ("Del", ui.recipeView, self.remove_recipe_line),
            ("Del", ui.memoView, self.remove_step),
            ("Del", ui.optionsView, self.remove_option),
        ):
            QShortcut(
                QKeySequence(key),
                view,
                activated=action,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self._retranslate()
        self._show_photo(None)
        self._set_editor_enabled(False)

    def edit_allergens(self) -> AllergensDialog:
        """The ingredients' allergens (a dialog of its own: dishes derive theirs)."""
        if self.allergens_dialog is None:
            self.allergens_dialog = AllergensDialog(self, self.ctx, self.session, self.runner)
        else:
            self.allergens_dialog.load()
        self.allergens_dialog.open()
        return self.allergens_dialog

    def edit_formulas(self) -> FormulasDialog:
        """The formulas (a dialog of its own: a formula is not a product)."""
        if self.formulas_dialog is None:
            self.formulas_dialog = FormulasDialog(self, self.ctx, self.session, self.runner)
        else:
            self.formulas_dialog.load()
        self.formulas_dialog.open()
        return self.formulas_dialog

    def watch(self, feed) -> None:
        """Another PC's save, or a manager's switch: the list is read again; the editor keeps
        what is being typed (a save on stale data is refused with who changed it)."""
        feed.menu_changed.connect(self._menu_changed)
        feed.reload_all.connect(self._menu_changed)

    def _menu_changed(self) -> None:
        if self.loaded and not self.saving:
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    # -- loading

    def reload(self) -> None:
        first = self.choices is None

        def work():
            found = catalogue.choices(self.ctx, self.session) if first else self.choices
            return found, catalogue.products(self.ctx, self.session)

        self.runner.run(work, self._loaded, self._failed, owner=self)

    def _loaded(self, got) -> None:
        choices, rows = got
        if self.choices is None:
            self.choices = choices
            self._fill_choices()
        self.products.set_rows(rows)
        self.loaded = True
        self._show_count()
        if self.detail is None and not self.ui.editorFrame.isEnabled():
            self._blank()
        elif self.detail is not None:
            self._select_row(self.detail.product_id)

    def _fill_choices(self) -> None:
        assert self.choices is not None
        ui = self.ui
        ui.categoryFilterCombo.blockSignals(True)
        ui.categoryFilterCombo.clear()
        ui.categoryFilterCombo.addItem(self.tr("All categories"), None)
        for category in self.choices.categories:
            ui.categoryFilterCombo.addItem(category.name, category.code)
        ui.categoryFilterCombo.blockSignals(False)
        ui.categoryCombo.clear()
        for category in self.choices.categories:
            ui.categoryCombo.addItem(category.name, category.category_id)
        for combo in (ui.ingredientCombo, ui.optionIngredientCombo):
            combo.clear()
            for ingredient in self.choices.ingredients:
                combo.addItem(ingredient.name, ingredient.ingredient_id)
        self._unit_suffixes()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.show_message(error.message(i18n.language()))
        alerts.show_error(self, error)

    def _apply_filter(self) -> None:
        self.filter.set_filter(
            self.ui.searchEdit.text(),
            self.ui.categoryFilterCombo.currentData(),
            self.ui.archivedCheck.isChecked(),
        )
        self._show_count()

    def _select_row(self, product_id: int) -> None:
        row = self.products.row_of(product_id)
        if row is None:
            return
        index = self.filter.mapFromSource(self.products.index(row, 0))
        if index.isValid():
            view = self.ui.productsView
            view.selectionModel().blockSignals(True)
            view.selectRow(index.row())
            view.selectionModel().blockSignals(False)
            view.scrollTo(index)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        product_id = indexes[0].data(PRODUCT_ID_ROLE)
        if self.detail is not None and self.detail.product_id == product_id:
            return
        if not self._may_leave():
            if self.detail is None:
                self.ui.productsView.clearSelection()
            else:
                self._select_row(self.detail.product_id)
            return
        self.open_product(product_id)

    def unsaved(self) -> bool:
        """Has the editor anything typed that Save has not written?"""
        if not self.ui.editorFrame.isEnabled():
            return False
        if self.photo_bytes is not None or self.photo_removed:
            return True
        ui = self.ui
        if self.detail is None:
            typed = (ui.codeEdit, ui.nameEdit, ui.priceEdit, ui.descriptionEdit, ui.bakingEdit)
            return bool(
                any(edit.text().strip() for edit in typed)
                or self.recipe.rows
                or self.memo.steps
                or self.options.rows
                or any(self.availability.wanted().values())
            )
        try:
            draft = self.draft()
        except ValueError:
            return True

        def plain(d: ProductDraft) -> ProductDraft:
            return replace(
                d, description=d.description or None, baking_notes=d.baking_notes or None
            )

        saved = {a.store_id: a.enabled for a in self.detail.availability}
        return plain(draft) != plain(self.detail.draft()) or self.availability.wanted() != saved

    def _may_leave(self) -> bool:
        return not self.unsaved() or alerts.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Forget the changes typed in this product?"),
        )

    def open_product(self, product_id: int) -> None:
        self.runner.run(
            lambda: self._read(product_id), self._show_product, self._failed, owner=self
        )

    def _read(self, product_id: int):
        detail = catalogue.product(self.ctx, self.session, product_id)
        image = catalogue.photo(self.ctx, self.session, product_id) if detail.has_photo else None
        return detail, image

    # -- the editor

    def new_product(self) -> None:
        if self.choices is not None and self._may_leave():
            self._blank()

    def _blank(self) -> None:
        assert self.choices is not None
        self.detail = None
        ui = self.ui
        ui.productsView.clearSelection()
        for edit in (ui.codeEdit, ui.nameEdit, ui.priceEdit, ui.descriptionEdit, ui.bakingEdit):
            edit.clear()
        ui.codeEdit.setReadOnly(False)
        ui.categoryCombo.setCurrentIndex(0)
        ui.vatCombo.setCurrentIndex(ui.vatCombo.findData(DEFAULT_VAT))
        self.recipe.set_rows([])
        self.memo.set_steps([])
        self.options.set_rows([])
        self.sizes.set_sizes(())
        self._sizes_changed()
        self.availability.set_stores(
            StoreAvailability(s.store_id, s.code, s.name, False) for s in self.choices.stores
        )
        self.photo_bytes, self.photo_removed = None, False
        self._show_photo(None)
        self._set_editor_enabled(True)
        self.show_message("")
        self._show_title()
        ui.tabs.setCurrentIndex(0)
        ui.codeEdit.setFocus()

    def _show_product(self, got) -> None:
        detail, image = got
        self.show_message("")  # a message about the product shown before is not about this one
        self.detail = detail
        ui = self.ui
        ui.codeEdit.setText(detail.code)
        ui.nameEdit.setText(detail.name)
        ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData(detail.category_id))
        ui.priceEdit.setText(i18n.money(detail.price_cents, plain=True))
        self.sizes.set_sizes(detail.size_drafts())
        self._sizes_changed()
        ui.vatCombo.setCurrentIndex(ui.vatCombo.findData(detail.vat_rate_bp))
        for edit, value in (
            (ui.descriptionEdit, detail.description),
            (ui.bakingEdit, detail.baking_notes),
        ):
            edit.setText(value or "")
            edit.setCursorPosition(0)  # a long text read from its start, not its end
        self.recipe.set_rows(
            RecipeRow(r.ingredient_id, r.name, r.unit, r.quantity) for r in detail.recipe
        )
        self.memo.set_steps(detail.memo)
        self.options.set_rows(
            OptionRow(
                o.kind,
                o.ingredient_id,
                o.ingredient_name,
                o.unit,
                o.quantity,
                o.price_cents,
                o.label,
            )
            for o in detail.options
        )
        self.availability.set_stores(detail.availability)
        self.photo_bytes, self.photo_removed = None, False
        self._show_photo(image)
        self._set_editor_enabled(True)
        self._show_title()
        self._select_row(detail.product_id)

    def revert(self) -> None:
        if self.detail is None:
            self._blank()
        else:
            self.show_message("")
            self.open_product(self.detail.product_id)

    def _set_editor_enabled(self, enabled: bool) -> None:
        self.ui.editorFrame.setEnabled(enabled)
        self.ui.archiveButton.setEnabled(enabled and self.detail is not None)

    def _show_title(self) -> None:
        ui = self.ui
        if self.detail is None:
            ui.editorTitleLabel.setText(self.tr("New product"))
            ui.archiveButton.setText(self.tr("Arc&hive"))
            return
        ui.editorTitleLabel.setText(
            self.tr("{name} (code {code})").format(name=self.detail.name, code=self.detail.code)
            if self.detail.active
            else self.tr("{name} (code {code}): archived, on no menu").format(
                name=self.detail.name, code=self.detail.code
            )
        )
        ui.archiveButton.setText(self.tr("Arc&hive") if self.detail.active else self.tr("Rest&ore"))

    # -- recipe

    def _ingredient(self, combo):
        assert self.choices is not None
        ingredient_id = combo.currentData()
        return next((i for i in self.choices.ingredients if i.ingredient_id == ingredient_id), None)

    def _unit_suffixes(self) -> None:
        if self.choices is None:
            return
        for combo, spin in (
            (self.ui.ingredientCombo, self.ui.doseSpin),
            (self.ui.optionIngredientCombo, self.ui.optionDoseSpin),
        ):
            ingredient = self._ingredient(combo)
            spin.setSuffix(f" {unit_text(ingredient.unit)}" if ingredient else "")

    def add_recipe_line(self) -> None:
        ingredient = self._ingredient(self.ui.ingredientCombo)
        if ingredient is None:
            return
        row = self.recipe.add(
            RecipeRow(
                ingredient.ingredient_id, ingredient.name, ingredient.unit, self.ui.doseSpin.value()
            )
        )
        self.ui.recipeView.selectRow(row)

    def _dose_entered(self) -> None:
        if self.ui.doseSpin.hasFocus():  # Enter in the dose, not leaving the field
            self.add_recipe_line()

    def remove_recipe_line(self) -> None:
        self.recipe.remove(self.ui.recipeView.currentIndex().row())

    # -- memo

    def add_step(self) -> None:
        step = self.ui.stepEdit.text().strip()
        if step:
            row = self.memo.add(step)
            self.ui.memoView.setCurrentIndex(self.memo.index(row))
            self.ui.stepEdit.clear()

    def move_step(self, delta: int) -> None:
        row = self.ui.memoView.currentIndex().row()
        if row < 0:
            return
        target = self.memo.move(row, delta)
        self.ui.memoView.setCurrentIndex(self.memo.index(target))

    def remove_step(self) -> None:
        self.memo.remove(self.ui.memoView.currentIndex().row())

    # -- options

    def _kind_changed(self) -> None:
        extra = self.ui.kindCombo.currentData() == CustomisationKind.EXTRA.value
        self.ui.optionDoseSpin.setEnabled(extra)
        self.ui.optionPriceEdit.setEnabled(extra)

    def add_option(self) -> None:
        ingredient = self._ingredient(self.ui.optionIngredientCombo)
        if ingredient is None:
            return
        kind = CustomisationKind(self.ui.kindCombo.currentData())
        price, quantity = 0, None
        if kind is CustomisationKind.EXTRA:
            typed = self.ui.optionPriceEdit.text().strip()
            try:
                price = parse_euros(typed) if typed else 0
            except ValueError:
                self.show_message(self.tr("Type the extra's price in euros, for example 1,50."))
                self.ui.optionPriceEdit.setFocus()
                return
            quantity = self.ui.optionDoseSpin.value() or None
        row = self.options.append(
            OptionRow(
                kind,
                ingredient.ingredient_id,
                ingredient.name,
                ingredient.unit,
                quantity,
                price,
                self.ui.optionLabelEdit.text().strip(),
            )
        )
        self.ui.optionLabelEdit.clear()
        self.ui.optionsView.selectRow(row)
        self.show_message("")

    def remove_option(self) -> None:
        self.options.remove(self.ui.optionsView.currentIndex().row())

    # -- photo

    def choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            str(folders.start_folder(PHOTO_DIR)),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            folders.remember(PHOTO_DIR, Path(path).parent)
            self.set_photo_file(Path(path))

    def set_photo_file(self, path: Path) -> bool:
        """Checked at once (type read from the header, size), saved with the product."""
        try:
            content = Path(path).read_bytes()
        except OSError:
            self.show_message(self.tr("This file cannot be read."))
            return False
        try:
            photo_type(content)
        except ValidationError as error:
            self.show_message(error.message(i18n.language()))
            return False
        self.photo_bytes, self.photo_removed = content, False
        self._show_photo(content)
        self.show_message("")
        return True

    def remove_photo(self) -> None:
        self.photo_bytes = None
        self.photo_removed = self.detail is not None and self.detail.has_photo
        self._show_photo(None)

    def _show_photo(self, content: bytes | None) -> None:
        label = self.ui.photoLabel
        pixmap = QPixmap()
        if content and pixmap.loadFromData(content):
            label.setPixmap(
                pixmap.scaled(
                    label.maximumSize(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.ui.photoInfoLabel.setText(
                self.tr("{width} × {height} pixels, {size} KB").format(
                    width=pixmap.width(), height=pixmap.height(), size=(len(content) + 1023) // 1024
                )
            )
        else:
            label.setPixmap(QPixmap())
            label.setText(self.tr("No photo"))
            self.ui.photoInfoLabel.setText("")
        self.ui.removePhotoButton.setEnabled(bool(content))

    # -- saving

    def _sizes_changed(self) -> None:
        """Sized, the price is the default size's (shown, not typed)."""
        sized = bool(self.sizes.table.rowCount())
        self.ui.priceEdit.setReadOnly(sized)
        default = self.sizes.default_price()
        if sized and default is not None:
            self.ui.priceEdit.setText(i18n.money(default, plain=True))

    def draft(self) -> ProductDraft:
        """What the editor holds; ValueError with a message for a price that is not one."""
        ui = self.ui
        sizes = self.sizes.sizes()
        default = next((z.price_cents for z in sizes if z.is_default), None)
        try:
            price = default if default is not None else parse_euros(ui.priceEdit.text())
        except ValueError:
            if sizes:  # the rules say which size lacks what
                price = 0
            else:
                raise ValueError(self.tr("Type the price in euros, for example 12,50.")) from None
        return ProductDraft(
            code=ui.codeEdit.text(),
            name=ui.nameEdit.text(),
            category_id=ui.categoryCombo.currentData() or 0,
            price_cents=price,
            vat_rate_bp=ui.vatCombo.currentData() or 0,
            recipe=tuple(RecipeLineDraft(r.ingredient_id, r.quantity) for r in self.recipe.rows),
            memo=tuple(self.memo.steps),
            options=tuple(
                OptionDraft(o.kind, o.ingredient_id, o.quantity, o.price_cents, o.label)
                for o in self.options.rows
            ),
            description=ui.descriptionEdit.text(),
            baking_notes=ui.bakingEdit.text(),
            sizes=sizes,
        )

    def save(self) -> None:
        if self.saving or not self.ui.editorFrame.isEnabled():
            return
        try:
            draft = self.draft()
        except ValueError as problem:
            self._show_problem(str(problem), self.ui.priceEdit)
            return
        availability = self.availability.wanted()
        detail, photo_bytes, removed = self.detail, self.photo_bytes, self.photo_removed
        ctx, session = self.ctx, self.session

        def work():
            if detail is None:
                saved = catalogue.create(ctx, session, draft, availability)
            else:
                saved = catalogue.update(
                    ctx, session, detail.product_id, draft, detail.updated_at, availability
                )
            if photo_bytes is not None:
                catalogue.set_photo(ctx, session, saved.product_id, photo_bytes)
            elif removed:
                catalogue.set_photo(ctx, session, saved.product_id, None)
            return self._read(saved.product_id), catalogue.products(ctx, session)

        self.saving = True
        self.ui.saveButton.setEnabled(False)
        self.runner.run(work, self._saved, self._refused, owner=self)

    def _saved(self, got) -> None:
        read, rows = got
        self.saving = False
        self.ui.saveButton.setEnabled(True)
        self.products.set_rows(rows)
        self._show_count()
        self._show_product(read)
        self.show_message(
            self.tr("Saved. The stores' counters show the change within a second."), error=False
        )

    def _refused(self, error: BaseException) -> None:
        self.saving = False
        self.ui.saveButton.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_problem(field_hint.message(error), self._field_widget(error.field))
        else:
            self._failed(error)

    def _field_widget(self, field: str | None) -> QWidget | None:
        ui = self.ui
        return {
            "code": ui.codeEdit,
            "name": ui.nameEdit,
            "description": ui.descriptionEdit,
            "baking_notes": ui.bakingEdit,
            "price": ui.priceEdit,
            "sizes": self.sizes.table,
            "vat_rate": ui.vatCombo,
            "recipe": ui.ingredientCombo,
            "memo": ui.stepEdit,
            "options": ui.optionIngredientCombo,
            "option_label": ui.optionLabelEdit,
            "photo": ui.choosePhotoButton,
        }.get(field or "")

    def _show_problem(self, message: str, widget: QWidget | None) -> None:
        self.show_message(message)
        if widget is not None:
            page = widget.parentWidget()
            while page is not None and self.ui.tabs.indexOf(page) < 0:
                page = page.parentWidget()
            if page is not None:
                self.ui.tabs.setCurrentWidget(page)
            widget.setFocus()
            field_hint.show_next_to(widget, message)  # beside the field too

    def archive(self) -> None:
        detail = self.detail
        if detail is None:
            return
        archiving = detail.active
        if archiving and not alerts.confirm(
            self,
            self.tr("Archive"),
            self.tr("Take “{name}” off every store's menu? Past orders keep it.").format(
                name=detail.name
            ),
        ):
            return
        ctx, session = self.ctx, self.session

        def work():
            catalogue.archive(ctx, session, detail.product_id, detail.updated_at, archiving)
            return self._read(detail.product_id), catalogue.products(ctx, session)

        self.runner.run(work, self._archived, self._refused, owner=self)

    def _archived(self, got) -> None:
        read, rows = got
        self.products.set_rows(rows)
        self._show_count()
        self._show_product(read)
        self.show_message(
            self.tr("Archived: on no menu any more.")
            if not read[0].active
            else self.tr("Back on the menus of the stores ticked."),
            error=False,
        )

    def _being_fixed(self, *_args) -> None:
        """An error goes as soon as the form is edited (it stayed after the fix was saved)."""
        if self.ui.messageLabel.property("role") == "error" and self.ui.messageLabel.text():
            self.show_message("")

    def show_message(self, text: str, error: bool = True) -> None:
        label = self.ui.messageLabel
        set_styled_property(label, "role", "error" if error else "info")
        label.setText(text)
        label.setVisible(bool(text))

    # -- language

    def _show_count(self) -> None:
        self.ui.countLabel.setText(
            self.tr("{shown} of {count} products").format(
                shown=self.filter.rowCount(), count=self.products.rowCount()
            )
        )

    def _retranslate(self) -> None:
        ui = self.ui
        self.sizes_label.setText(self.tr("Si&zes:"))
        kind = ui.kindCombo.currentIndex()
        ui.kindCombo.clear()
        ui.kindCombo.addItem(self.tr("Without"), CustomisationKind.REMOVE.value)
        ui.kindCombo.addItem(self.tr("Extra"), CustomisationKind.EXTRA.value)
        ui.kindCombo.setCurrentIndex(max(kind, 0))
        vat = ui.vatCombo.currentData()
        ui.vatCombo.clear()
        names = {
            550: self.tr("{rate}: drinks to take away"),
            1000: self.tr("{rate}: food and soft drinks"),
            2000: self.tr("{rate}: alcohol"),
        }
        for rate in VAT_RATES:
            ui.vatCombo.addItem(names[rate].format(rate=format_rate(rate)), rate)
        ui.vatCombo.setCurrentIndex(max(ui.vatCombo.findData(vat or DEFAULT_VAT), 0))
        if self.choices is not None:
            ui.categoryFilterCombo.setItemText(0, self.tr("All categories"))
        self._kind_changed()
        self._show_count()
        self._show_title()
        for model in (self.products, self.recipe, self.options):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        if not self.ui.photoLabel.pixmap() or self.ui.photoLabel.pixmap().isNull():
            self.ui.photoLabel.setText(self.tr("No photo"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
