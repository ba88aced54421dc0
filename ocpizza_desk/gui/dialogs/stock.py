"""The stock screen's dialogs: a supplier receipt and an inventory count (a sheet to fill,
a review of what will change, then one service call), and a waste entry.

The sheets are reviewed before they can be confirmed: any edit after the review asks for
a new one, so what is confirmed is what was read."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QDialogButtonBox, QHeaderView, QWidget

from ocpizza_desk.gui import style
from ocpizza_desk.gui.dialogs.submitting import SubmittingDialog
from ocpizza_desk.gui.forms.ui_stock_sheet_dialog import Ui_StockSheetDialog
from ocpizza_desk.gui.forms.ui_stock_waste_dialog import Ui_StockWasteDialog
from ocpizza_desk.gui.models.stock import (
    CountSheetModel,
    ReceiptSheetModel,
    _SheetModel,
    format_quantity,
    parse_quantity,
    unit_hint,
)
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services.stock import StockChange, StockLine

translate = QCoreApplication.translate


MOVE_TO_SHEET = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


class _SheetDialog(SubmittingDialog):
    def __init__(self, parent: QWidget | None, runner: TaskRunner, model: _SheetModel) -> None:
        super().__init__(parent, runner)
        self.ui = Ui_StockSheetDialog()
        self.ui.setupUi(self)
        self.model = model
        model.setParent(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.ui.sheetView.setModel(self.proxy)
        self.ui.sheetView.verticalHeader().setVisible(False)
        header = self.ui.sheetView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.filterEdit.textChanged.connect(self._filter)
        self.ui.filterEdit.installEventFilter(self)
        self.reviewed = False
        self._bind(self.ui.buttonBox, self.ui.errorLabel)
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.ok_button.setAutoDefault(False)
        self.ui.reviewButton.clicked.connect(self.review)
        model.edited.connect(self._edited)
        self.ui.noteEdit.textEdited.connect(lambda _t: self._edited())
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._find)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.review)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.review)
        self.ui.reviewBrowser.setHtml("")

    def _find(self) -> None:
        """A new search replaces the last one (it was appended: "basilicburratamozza")."""
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        none = bool(text.strip()) and self.proxy.rowCount() == 0
        self.ui.errorLabel.setText(
            translate("StockSheetDialog", "No ingredient matches “{text}”.").format(text=text)
            if none
            else ""
        )

    def to_first_quantity(self) -> bool:
        """From the search, Tab, Down or Enter: the first row's first cell to type in."""
        if self.proxy.rowCount() == 0:
            return False
        for column in range(self.proxy.columnCount()):
            index = self.proxy.index(0, column)
            if self.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.ui.sheetView.setFocus()
                self.ui.sheetView.setCurrentIndex(index)
                return True
        return False

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.ui.filterEdit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in MOVE_TO_SHEET
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            return self.to_first_quantity()
        return super().eventFilter(watched, event)

    def _edited(self) -> None:
        """What was reviewed is no longer what would be sent; a message about it is gone."""
        self.show_error("")
        if self.reviewed:
            self.reviewed = False
            self.ok_button.setEnabled(False)
            again = translate("StockSheetDialog", "Changed: review again.")
            self.ui.reviewBrowser.setHtml(f"<p style='color:{style.MUTED}'>{escape(again)}</p>")

    def review(self) -> bool:
        """Checks what was typed and shows what will change; True when it can be confirmed."""
        self.reviewed = False
        self.ok_button.setEnabled(False)
        invalid = self.model.invalid()
        if invalid:
            line, text = invalid[0]
            self.show_error(
                translate(
                    "StockSheetDialog", "“{text}” is not a quantity for {name} ({hint})."
                ).format(text=text, name=line.name, hint=unit_hint(line.unit))
            )
            self.ui.reviewBrowser.setHtml("")
            return False
        html = self.review_html()
        if html is None:
            self.show_error(self.nothing_message())
            self.ui.reviewBrowser.setHtml("")
            return False
        self.show_error("")
        self.ui.reviewBrowser.setHtml(html)
        self.reviewed = True
        self.ok_button.setEnabled(True)
        self.ok_button.setFocus()
        return True

    def review_html(self) -> str | None:
        raise NotImplementedError

    def nothing_message(self) -> str:
        raise NotImplementedError

    def _call(self):
        if not self.reviewed:
            raise ValueError(translate("StockSheetDialog", "Review before confirming."))
        return self.service_call()

    def service_call(self) -> Callable[[], StockChange]:
        raise NotImplementedError


class ReceiptDialog(_SheetDialog):
    """Packs as the supplier delivers them ("Sac de 2,5 kg"), or a loose quantity."""

    def __init__(
        self,
        parent: QWidget | None,
        runner: TaskRunner,
        lines: Sequence[StockLine],
        submit: Callable[[dict[int, int], dict[int, int], str | None], StockChange],
    ) -> None:
        super().__init__(parent, runner, ReceiptSheetModel())
        self._submit_receipt = submit
        self.model.set_lines(lines)
        self.setWindowTitle(translate("ReceiptDialog", "Supplier receipt"))
        self.ui.infoLabel.setText(
            translate(
                "ReceiptDialog",
                "Type the number of packs delivered for each ingredient, or a loose quantity "
                "(2,5 kg, 750 g, 1,5 l, 12 pcs). Review, then confirm.",
            )
        )
        self.ui.noteLabel.setText(translate("ReceiptDialog", "Delivery note &reference"))
        self.ui.noteEdit.setMaxLength(64)
        self.ui.noteEdit.setPlaceholderText(
            translate("ReceiptDialog", "Optional, e.g. BL-2026-1128")
        )
        self.ok_button.setText(translate("ReceiptDialog", "&Confirm the receipt"))
        self.ui.sheetView.setCurrentIndex(self.proxy.index(0, ReceiptSheetModel.PACKS))
        self.ui.sheetView.setFocus()

    def nothing_message(self) -> str:
        return translate("ReceiptDialog", "Nothing entered: type a number of packs or a quantity.")

    def review_html(self) -> str | None:
        model: ReceiptSheetModel = self.model  # type: ignore[assignment]
        packs, loose = model.packs(), model.loose()
        rows = []
        for line in model.lines:
            if line.ingredient_id not in packs and line.ingredient_id not in loose:
                continue
            parts = []
            if line.ingredient_id in packs:
                parts.append(
                    translate("ReceiptDialog", "{count} × {pack}").format(
                        count=packs[line.ingredient_id], pack=line.pack_label
                    )
                )
            if line.ingredient_id in loose:
                parts.append(format_quantity(loose[line.ingredient_id], line.unit))
            rows.append(
                f"<tr><td>{escape(line.name)}</td><td>{escape(' + '.join(parts))}</td>"
                f"<td align='right'><b>"
                f"{escape(format_quantity(model.added(line), line.unit, signed=True))}"
                f"</b></td></tr>"
            )
        if not rows:
            return None
        title = translate("ReceiptDialog", "{count} ingredients received:").format(count=len(rows))
        return f"<p><b>{escape(title)}</b></p><table cellpadding='3'>{''.join(rows)}</table>"

    def service_call(self):
        model: ReceiptSheetModel = self.model  # type: ignore[assignment]
        packs, loose = model.packs(), model.loose()
        reference = self.ui.noteEdit.text()
        return lambda: self._submit_receipt(packs, loose, reference)


class CountDialog(_SheetDialog):
    """Every ingredient with the balance expected; only what is counted changes."""

    def __init__(
        self,
        parent: QWidget | None,
        runner: TaskRunner,
        lines: Sequence[StockLine],
        submit: Callable[[dict[int, int], str | None], StockChange],
    ) -> None:
        super().__init__(parent, runner, CountSheetModel())
        self._submit_count = submit
        self.model.set_lines(lines)
        self.setWindowTitle(translate("CountDialog", "Inventory count"))
        self.ui.infoLabel.setText(
            translate(
                "CountDialog",
                "Type what you counted (2,5 kg, 750 g, 1,5 l, 12 pcs). Ingredients left empty "
                "are not changed. Review the differences, then confirm.",
            )
        )
        self.ui.noteLabel.setText(translate("CountDialog", "&Note"))
        self.ui.noteEdit.setPlaceholderText(
            translate("CountDialog", "Optional, e.g. evening count")
        )
        self.ok_button.setText(translate("CountDialog", "&Confirm the count"))
        self.ui.sheetView.setCurrentIndex(self.proxy.index(0, CountSheetModel.COUNTED))
        self.ui.sheetView.setFocus()

    def nothing_message(self) -> str:
        return translate("CountDialog", "Nothing counted: nothing will change.")

    def review_html(self) -> str | None:
        model: CountSheetModel = self.model  # type: ignore[assignment]
        counted = [line for line in model.lines if model.difference(line) is not None]
        if not counted:
            return None
        rows = []
        for line in counted:
            difference = model.difference(line) or 0
            colour = style.GOOD if difference > 0 else style.BAD if difference else style.MUTED
            shown = format_quantity(difference, line.unit, signed=True) if difference else "="
            rows.append(
                f"<tr><td>{escape(line.name)}</td>"
                f"<td align='right'>{escape(format_quantity(line.quantity, line.unit))}</td>"
                f"<td align='right'>"
                f"{escape(format_quantity(line.quantity + difference, line.unit))}</td>"
                f"<td align='right' style='color:{colour}'><b>{escape(shown)}</b></td></tr>"
            )
        differing = sum(1 for line in counted if model.difference(line))
        title = translate(
            "CountDialog", "{counted} counted, {differing} with a difference:"
        ).format(counted=len(counted), differing=differing)
        head = "".join(
            f"<th align='left'>{escape(text)}</th>"
            for text in (
                translate("CountDialog", "Ingredient"),
                translate("CountDialog", "Expected"),
                translate("CountDialog", "Counted"),
                translate("CountDialog", "Difference"),
            )
        )
        return (
            f"<p><b>{escape(title)}</b></p><table cellpadding='3'><tr>{head}</tr>"
            f"{''.join(rows)}</table>"
        )

    def service_call(self):
        model: CountSheetModel = self.model  # type: ignore[assignment]
        counted = model.counted()
        note = self.ui.noteEdit.text()
        return lambda: self._submit_count(counted, note)


class WasteDialog(SubmittingDialog):
    def __init__(
        self,
        parent: QWidget | None,
        runner: TaskRunner,
        lines: Sequence[StockLine],
        submit: Callable[[int, int, str], StockChange],
        ingredient_id: int | None = None,
    ) -> None:
        super().__init__(parent, runner)
        self.ui = Ui_StockWasteDialog()
        self.ui.setupUi(self)
        self._submit_waste = submit
        self.lines = list(lines)
        combo = self.ui.ingredientCombo
        for line in self.lines:
            combo.addItem(line.name, line.ingredient_id)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        combo.currentIndexChanged.connect(self._ingredient_changed)
        start = combo.findData(ingredient_id) if ingredient_id is not None else 0
        combo.setCurrentIndex(max(start, 0))
        self._ingredient_changed()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("WasteDialog", "&Write off")
        )
        self._bind(self.ui.buttonBox, self.ui.errorLabel)
        self.ui.quantityEdit.setFocus()

    def current_line(self) -> StockLine | None:
        combo = self.ui.ingredientCombo
        if combo.currentIndex() < 0 or combo.currentText() != combo.itemText(combo.currentIndex()):
            return None
        return self.lines[combo.currentIndex()]

    def _ingredient_changed(self) -> None:
        line = self.current_line()
        self.ui.errorLabel.clear()  # the message was about the ingredient chosen before
        self.ui.unitLabel.setText(unit_hint(line.unit) if line else "")
        self.ui.stockLabel.setText(format_quantity(line.quantity, line.unit) if line else "")

    def _call(self):
        line = self.current_line()
        if line is None:
            raise ValueError(translate("WasteDialog", "Choose an ingredient from the list."))
        text = self.ui.quantityEdit.text().strip()
        hint = unit_hint(line.unit)
        if not text:  # said «  » n'est pas une quantité
            raise ValueError(
                translate(
                    "WasteDialog", "Quantity missing: type what was thrown away ({hint})."
                ).format(hint=hint)
            )
        quantity = parse_quantity(text, line.unit)
        if quantity is None:
            raise ValueError(
                translate("WasteDialog", "“{text}” is not a quantity for {name} ({hint}).").format(
                    text=text, name=line.name, hint=hint
                )
            )
        if quantity <= 0:  # the service's limit is in base units: "between 1 and 100000000"
            raise ValueError(
                translate(
                    "WasteDialog",
                    "Invalid quantity: what was thrown away, more than zero ({hint}).",
                ).format(hint=hint)
            )
        reason = self.ui.reasonEdit.text()
        ingredient = line.ingredient_id
        return lambda: self._submit_waste(ingredient, quantity, reason)
