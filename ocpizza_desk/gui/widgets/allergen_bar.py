"""The counter's allergen line under the menu: a filter ("sans gluten", "sans fruits à coque")
and the allergens of the selected product, or of the selected cart line as customised.

Allergens come derived in the menu's items (services.menu); nothing here queries anything.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ocpizza_desk.domain import allergens
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.style import set_styled_property
from ocpizza_desk.services.menu import MenuItem

# The filters offered first (the questions the counter hears most), then the others.
FIRST = ("gluten", "nuts", "milk", "eggs")


class AllergenBar(QWidget):
    excluded_changed = Signal(tuple)  # allergen codes a dish must not contain
    print_requested = Signal()  # the menu's allergen sheet, for a customer who asks

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allergenBar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.combo = QComboBox(self)
        self.combo.setObjectName("allergenFilterCombo")
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(10)
        self.label = QLabel(self)
        self.label.setObjectName("allergenLabel")
        self.label.setWordWrap(True)
        # Two lines kept for it whatever it says, so the menu above never jumps.
        self.label.setMinimumHeight(self.label.fontMetrics().lineSpacing() * 2 + 2)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("allergenSheetButton")
        self.print_button.clicked.connect(self.print_requested)
        # The counter's menu column is narrow at 1366 px: the filter takes the room, the
        # button keeps its short word whole (its tooltip and accessible name say the rest).
        self.print_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout()
        row.addWidget(self.combo, 1)
        row.addWidget(self.print_button)
        layout.addLayout(row)
        layout.addWidget(self.label)
        self._shown: tuple[MenuItem | None, tuple[int, ...]] = (None, ())
        self._fill()
        self.combo.currentIndexChanged.connect(
            lambda _i: self.excluded_changed.emit(self.excluded())
        )

    def excluded(self) -> tuple[str, ...]:
        """The allergen a dish must not contain (one code: the item's data), or none."""
        code = self.combo.currentData()
        return (code,) if code else ()

    def _fill(self) -> None:
        lang = i18n.language()
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("All allergens"), "")
        rest = [c for c in allergens.CODES if c not in FIRST]
        for code in (*FIRST, *rest):
            word = allergens.BY_CODE[code].short(lang)
            self.combo.addItem(self.tr("Without {allergen}").format(allergen=word), code)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0) if current else 0)
        self.combo.setToolTip(
            self.tr("Show only the dishes known to contain none of this allergen")
        )
        self.print_button.setText(self.tr("Sheet…"))
        self.print_button.setToolTip(self.tr("Print the menu's allergens, dish by dish"))
        self.print_button.setAccessibleName(self.tr("Allergen sheet"))
        self.combo.blockSignals(False)

    def show_item(self, item: MenuItem | None, option_ids: Sequence[int] = ()) -> None:
        """The allergens of this product (made with these customisations)."""
        self._shown = (item, tuple(option_ids))
        text, warn = self._text(item, option_ids)
        self._set(text, warn)

    def show_items(
        self, items: Sequence[MenuItem], option_ids: Sequence[Sequence[int]] = ()
    ) -> None:
        """The allergens of several products (a formula's choices), each named and made with
        its customisations (`option_ids`: one sequence per item, or none)."""
        self._shown = (None, ())
        chosen = list(option_ids) or [()] * len(items)
        texts = [self._text(item, ids) for item, ids in zip(items, chosen, strict=True)]
        self._set(" · ".join(t for t, _ in texts if t), any(w for _, w in texts))

    def _text(self, item: MenuItem | None, option_ids: Sequence[int]) -> tuple[str, bool]:
        lang = i18n.language()
        if item is None:
            return "", False
        if item.allergens_unknown:
            text = self.tr("{name}: allergens not recorded for {ingredients}: ask the kitchen")
            return text.format(name=item.name, ingredients=", ".join(item.allergens_unknown)), True
        found = allergens.names(item.allergens_with(option_ids), lang, short=True)
        if found:
            return self.tr("{name} contains: {allergens}").format(
                name=item.name, allergens=", ".join(found)
            ), False
        return self.tr("{name}: none of the 14 regulated allergens").format(name=item.name), False

    def _set(self, text: str, warn: bool) -> None:
        self.label.setText(text)
        self.label.setToolTip(text)
        self.label.setAccessibleName(text or self.tr("Allergens"))
        set_styled_property(self.label, "role", "error" if warn else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
            self.show_item(*self._shown)
        super().changeEvent(event)
