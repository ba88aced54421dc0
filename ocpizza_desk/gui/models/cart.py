"""The cart being taken: lines of product, quantity and customisations, priced as shown."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from ocpizza_desk.domain import formulas, sizes, totals
from ocpizza_desk.domain.availability import Option
from ocpizza_desk.domain.enums import CustomisationKind, DiscountKind
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.domain.pricing import CustomisedLine, extras_of, format_rate
from ocpizza_desk.domain.totals import AmountLine, Discount, Totals
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.labels import discount_reason_label
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.menu import MenuItem

translate = QCoreApplication.translate
MAX_QUANTITY = 50


@dataclass(frozen=True)
class Entry(CustomisedLine):
    product_id: int
    name: str
    quantity: int
    unit_price_cents: int
    vat_rate_bp: int
    options: tuple[Option, ...] = ()
    discount: Discount | None = None  # its own discount (line=None here: set when sent)
    size_id: int | None = None
    half_product_id: int | None = None  # the second half of a half-and-half
    half_size_id: int | None = None
    # A formula: its id, the (product, size) chosen per slot, and each choice's part as the
    # placing will store it (name, unit share of the price, VAT rate; domain/formulas.py).
    formula_id: int | None = None
    choices: tuple[tuple[int, int | None], ...] = ()
    parts: tuple[tuple[str, int, int], ...] = ()
    # Each choice's customisations (one tuple per choice; () when none is customised): its
    # extras are paid on top of its share, as the placing does.
    choice_options: tuple[tuple[Option, ...], ...] = ()

    @classmethod
    def of_formula(cls, formula, picks, quantity: int = 1, choice_options=()):
        """A formula (services.formulas.FormulaView) with one Choice per slot, priced as the
        placing prices it: the set price split pro rata, the supplements on their choice."""
        shares = formulas.split(
            formula.price_cents,
            [formulas.Share(c.a_la_carte_cents, c.supplement_cents) for c in picks],
        )
        return cls(
            picks[0].product_id,
            formulas.text(formula.name, (c.name for c in picks)),
            quantity,
            sum(shares),
            max(c.vat_rate_bp for c in picks),
            formula_id=formula.id,
            choices=tuple((c.product_id, c.size_id) for c in picks),
            parts=tuple(
                (c.name, share, c.vat_rate_bp) for c, share in zip(picks, shares, strict=True)
            ),
            choice_options=tuple(tuple(o) for o in choice_options) if any(choice_options) else (),
        )

    @property
    def options_per_choice(self) -> tuple[tuple[Option, ...], ...]:
        """One tuple of options per choice, empty ones included."""
        return self.choice_options or ((),) * len(self.choices)

    def with_choice_options(self, index: int, options: tuple[Option, ...]) -> Entry:
        """The same formula with the choice at `index` made with these customisations."""
        chosen = list(self.options_per_choice)
        chosen[index] = tuple(options)
        return replace(self, choice_options=tuple(chosen) if any(chosen) else ())

    def choice_extras_cents(self, index: int) -> int:
        return extras_of(self.options_per_choice[index])

    @property
    def extras_cents(self) -> int:
        return super().extras_cents + sum(
            self.choice_extras_cents(i) for i in range(len(self.choice_options))
        )

    @classmethod
    def from_menu(
        cls,
        item: MenuItem,
        quantity: int = 1,
        option_ids: tuple[int, ...] = (),
        size_id: int | None = None,
    ):
        """A line at today's menu price in a size (None: the default); options no longer
        offered are left out. None if that size is no longer offered."""
        offered = {o.option_id: o for o in item.options}
        options = tuple(offered[i] for i in option_ids if i in offered)
        size = item.size(size_id)
        if size is None and item.sizes:
            return None
        return cls(
            item.product_id,
            sizes.line_name(item.name, size.label) if size else item.name,
            quantity,
            size.price_cents if size else item.price_cents,
            item.vat_rate_bp,
            options,
            size_id=size.size_id if size else None,
        )

    @classmethod
    def half_and_half(
        cls,
        first: MenuItem,
        second: MenuItem,
        label: str,
        rule: sizes.HalfRule = sizes.DEFAULT_HALF_RULE,
        quantity: int = 1,
    ):
        """Two halves in the size labelled `label`, priced by the chain's rule (the same
        computation as placing, domain/sizes.py). None if one of them has no such size."""
        a, b = first.size_labelled(label), second.size_labelled(label)
        if a is None or b is None:
            return None
        vat = second.vat_rate_bp if b.price_cents > a.price_cents else first.vat_rate_bp
        return cls(
            first.product_id,
            sizes.half_name(first.name, second.name, label),
            quantity,
            sizes.half_price(a.price_cents, b.price_cents, rule),
            vat,
            size_id=a.size_id,
            half_product_id=second.product_id,
            half_size_id=b.size_id,
        )

    @property
    def cart_line(self) -> CartLine:
        if self.formula_id is not None:
            return CartLine.of_formula(
                self.formula_id,
                self.choices,
                self.quantity,
                [tuple(sorted(o.option_id for o in chosen)) for chosen in self.choice_options],
            )
        return CartLine(
            self.product_id,
            self.quantity,
            tuple(sorted(o.option_id for o in self.options)),
            self.size_id,
            self.half_product_id,
            self.half_size_id,
        )

    def describe_options(self) -> str:
        if self.choice_options:  # 'Regina 33 cm : − Sans champignons'
            return "\n".join(
                formulas.text(part[0], [_described(chosen)])
                for part, chosen in zip(self.parts, self.choice_options, strict=True)
                if chosen
            )
        return _described(self.options)

    @property
    def customised(self) -> bool:
        return bool(self.options or self.choice_options)

    def describe_discount(self, lang: str) -> str:
        d = self.discount
        if d is None:
            return ""
        amount = (
            format_rate(d.value) if d.kind is DiscountKind.PERCENT else format_cents(d.value, lang)
        )
        return translate("CartModel", "Discount {amount} ({reason})").format(
            amount=amount, reason=discount_reason_label(d.reason)
        )


def _described(options: tuple[Option, ...]) -> str:
    return ", ".join(
        ("+ " if o.kind is CustomisationKind.EXTRA else "− ") + o.label for o in options
    )


class CartModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []

    # -- changes (each says exactly what changed, so the view keeps its selection)

    def add(self, entry: Entry) -> int:
        """Add, or add to an identical line. Returns the row."""
        for row, existing in enumerate(self.entries):
            if (
                replace(existing.cart_line, quantity=0) == replace(entry.cart_line, quantity=0)
                and existing.options == entry.options
                and existing.choice_options == entry.choice_options
                and existing.discount is None
                and entry.discount is None
            ):
                self.set_quantity(row, existing.quantity + entry.quantity)
                return row
        row = len(self.entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self.entries.append(entry)
        self.endInsertRows()
        return row

    def set_quantity(self, row: int, quantity: int) -> None:
        if quantity <= 0:
            self.remove(row)
            return
        self.entries[row] = replace(self.entries[row], quantity=min(quantity, MAX_QUANTITY))
        self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def set_options(self, row: int, options: tuple[Option, ...]) -> None:
        self.entries[row] = replace(self.entries[row], options=options)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def set_choice_options(self, row: int, index: int, options: tuple[Option, ...]) -> None:
        self.entries[row] = self.entries[row].with_choice_options(index, options)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def set_discount(self, row: int, discount: Discount | None) -> None:
        self.entries[row] = replace(self.entries[row], discount=discount)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 3))

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.entries[row]
        self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.entries.clear()
        self.endResetModel()

    def replace_all(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def cart_lines(self) -> tuple[CartLine, ...]:
        return tuple(e.cart_line for e in self.entries)

    @property
    def total_cents(self) -> int:
        """Before discounts: see `totals`."""
        return sum(e.total_cents for e in self.entries)

    def discounts(self, order_discounts: tuple[Discount, ...] = ()) -> tuple[Discount, ...]:
        """The lines' discounts at their positions (as the service numbers lines), then the
        order's."""
        first = self._positions()
        own = tuple(
            replace(e.discount, line=first[row])
            for row, e in enumerate(self.entries)
            if e.discount is not None
        )
        return own + tuple(order_discounts)

    def _positions(self) -> list[int]:
        """Each row's first position as the service numbers lines: a formula takes one
        position per choice."""
        first, position = [], 1
        for e in self.entries:
            first.append(position)
            position += len(e.parts) if e.formula_id is not None else 1
        return first

    def amount_lines(self) -> list[AmountLine]:
        """The lines as the service will store them: a formula's choices apart, each at its
        share and its own VAT rate (so the VAT shown is the VAT printed)."""
        lines = []
        for first, e in zip(self._positions(), self.entries, strict=True):
            if e.formula_id is None:
                lines.append(AmountLine(first, e.total_cents, e.vat_rate_bp))
                continue
            for offset, (_name, share, rate) in enumerate(e.parts):
                extras = e.choice_extras_cents(offset)
                lines.append(AmountLine(first + offset, e.quantity * (share + extras), rate))
        return lines

    def totals(self, order_discounts: tuple[Discount, ...] = ()) -> Totals:
        """The same totals the service will store and the receipt will print (ValidationError
        when a discount no longer fits its line)."""
        return totals.compute(self.amount_lines(), self.discounts(order_discounts))

    # -- QAbstractItemModel

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = (
                translate("CartModel", "Qty"),
                translate("CartModel", "Product"),
                translate("CartModel", "Unit"),
                translate("CartModel", "Total"),
            )
            return names[section] if 0 <= section < 4 else None
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return entry.describe_options() or None
        bold = entry.customised or entry.discount
        if role == Qt.ItemDataRole.FontRole and column == 1 and bold:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        lang = i18n.language()
        if column == 0:
            return str(entry.quantity)
        if column == 1:
            details = [t for t in (entry.describe_options(), entry.describe_discount(lang)) if t]
            return "\n".join([entry.name, *details])  # options and discount below
        if column == 2:
            return format_cents(entry.unit_price_cents + entry.extras_cents, lang)
        return format_cents(entry.total_cents, lang)
