"""A cart checked against the catalogue of a store: prices, customisations, consumption.

Placing an order must read the catalogue (prices, recipes, options, the manager's on/off
switch, the delivery address) and the store's rules (opening hours, last orders, closures,
delivery zone) and still cost few statements, so all of it comes back from one UNION ALL
query, one row per fact, tagged by `kind`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import (
    Date,
    Integer,
    String,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal,
    null,
    select,
    union_all,
)

from ocpizza_desk.db.models import (
    AppSetting,
    Customer,
    CustomerAddress,
    CustomisationOption,
    Formula,
    FormulaSlot,
    FormulaSlotProduct,
    Product,
    ProductSize,
    RecipeLine,
    Store,
    StoreClosure,
    StoreProduct,
)
from ocpizza_desk.db.setting_keys import HALF_RULE_KEY
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.availability import Option, unit_consumption
from ocpizza_desk.domain.clock import PARIS
from ocpizza_desk.domain.enums import CustomisationKind
from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.domain.formulas import MAX_SLOTS, Share, split
from ocpizza_desk.domain.opening import StoreRules, Zone
from ocpizza_desk.domain.pricing import CustomisedLine
from ocpizza_desk.domain.sizes import (
    DEFAULT_HALF_RULE,
    HALF_SHARE_PCT,
    HalfRule,
    half_name,
    half_price,
    half_rule,
    half_use,
    line_name,
    scaled,
)
from ocpizza_desk.services.context import Tx, core

MAX_LINES = 30
MAX_OPTIONS_PER_LINE = 10
MICRO = 1_000_000  # coordinates travel in the query's integer columns as micro-degrees


@dataclass(frozen=True)
class CartLine:
    """A line as asked: a product in a size (None: its default size), or, with
    `half_product_id`, a half-and-half of that product and another in the same size."""

    product_id: int
    quantity: int
    option_ids: tuple[int, ...] = ()
    size_id: int | None = None
    half_product_id: int | None = None
    half_size_id: int | None = None  # the second half's size (same label; None: the same)
    # A formula: its id and one (product, size) per slot, in the slots' order (size None:
    # the size the slot takes). `product_id` is then the first choice's (see `of_formula`).
    formula_id: int | None = None
    choices: tuple[tuple[int, int | None], ...] = ()
    # The customisations of each choice (the options its product takes as a plain line): one
    # tuple of option ids per choice, or () when no choice is customised.
    choice_options: tuple[tuple[int, ...], ...] = ()

    @classmethod
    def of_formula(
        cls,
        formula_id: int,
        choices: Sequence[tuple[int, int | None]],
        quantity: int = 1,
        choice_options: Sequence[Sequence[int]] = (),
    ) -> CartLine:
        choices = tuple((int(p), s) for p, s in choices)
        options = tuple(tuple(o) for o in choice_options)
        if not any(options):
            options = ()
        return cls(
            choices[0][0] if choices else 0,
            quantity,
            formula_id=formula_id,
            choices=choices,
            choice_options=options,
        )

    @property
    def options_per_choice(self) -> tuple[tuple[int, ...], ...]:
        """One tuple of option ids per choice, empty ones included."""
        return self.choice_options or ((),) * len(self.choices)

    @property
    def all_option_ids(self) -> tuple[int, ...]:
        """Its options and its choices' (what the catalogue is read for)."""
        return self.option_ids + tuple(o for chosen in self.choice_options for o in chosen)

    @property
    def product_ids(self) -> tuple[int, ...]:
        if self.formula_id is not None:
            return tuple(p for p, _ in self.choices)
        if self.half_product_id is None:
            return (self.product_id,)
        return (self.product_id, self.half_product_id)


@dataclass(frozen=True)
class ResolvedLine(CustomisedLine):
    position: int
    product_id: int
    product_name: str
    quantity: int
    unit_price_cents: int
    vat_rate_bp: int
    options: tuple[Option, ...]
    unit_use: Counter[int]  # ingredients for one unit, customisations and size included
    size_id: int | None = None
    size_label: str = ""
    # The halves of a half-and-half ({"product_id", "size_id", "name", "share_pct"}), as
    # stored on the line; None for a line of one product.
    components: tuple[dict, ...] | None = None
    # One choice of a formula: the formula, its name of the day, the position of its first
    # line (the lines of one formula follow each other).
    formula_id: int | None = None
    formula_name: str | None = None
    formula_group: int | None = None

    def snapshot(self) -> list[dict] | None:
        """The customisations as stored on the order line (labels and prices of the day)."""
        if not self.options:
            return None
        return [
            {
                "option_id": o.option_id,
                "kind": o.kind.value,
                "ingredient_id": o.ingredient_id,
                "label": o.label,
                "quantity": o.quantity,
                "price_cents": o.price_cents if o.kind is CustomisationKind.EXTRA else 0,
            }
            for o in self.options
        ]


@dataclass(frozen=True)
class ResolvedCart:
    lines: tuple[ResolvedLine, ...]
    address_customer_id: int | None = None  # owner of the requested address, if any
    consumption: Counter[int] = field(default_factory=Counter)
    rules: StoreRules | None = None  # the store's hours and zone (None: no such store)
    address_point: tuple[float, float] | None = None  # None: not located (or no address)

    @property
    def total_cents(self) -> int:
        return sum(line.total_cents for line in self.lines)


def check_lines(lines: Sequence[CartLine]) -> None:
    """What can be refused without reading the database."""
    if not lines:
        raise ValidationError("cart.empty")
    if len(lines) > MAX_LINES:
        raise ValidationError("cart.too_many_lines", limit=MAX_LINES)
    for line in lines:
        validation.quantity(line.quantity)
        if line.formula_id is not None:
            validation.identifier(line.formula_id, "formula")
            if line.option_ids or line.half_product_id is not None or line.size_id is not None:
                raise ValidationError("cart.formula_options")
            if len(line.choices) > MAX_SLOTS:
                raise ValidationError("input.id", field="product")
            for product_id, size_id in line.choices:
                validation.identifier(product_id, "product")
                if size_id is not None:
                    validation.identifier(size_id, "size")
            if line.choice_options:
                if len(line.choice_options) != len(line.choices):
                    raise ValidationError("input.id", field="option")
                for option_ids in line.choice_options:
                    _check_option_ids(option_ids)
            continue
        if line.choices or line.choice_options:
            raise ValidationError("input.id", field="product")
        validation.identifier(line.product_id, "product")
        for size_id in (line.size_id, line.half_size_id):
            if size_id is not None:
                validation.identifier(size_id, "size")
        if line.half_product_id is not None:
            validation.identifier(line.half_product_id, "product")
            if line.option_ids:
                raise ValidationError("cart.half_options")
        elif line.half_size_id is not None:
            raise ValidationError("input.id", field="size")
        _check_option_ids(line.option_ids)


def _check_option_ids(option_ids) -> None:
    if len(option_ids) > MAX_OPTIONS_PER_LINE or len(set(option_ids)) != len(option_ids):
        raise ValidationError("input.id", field="option")
    for option_id in option_ids:
        validation.identifier(option_id, "option")


def resolve(
    db: Tx,
    store_id: int,
    lines: Sequence[CartLine],
    address_id: int | None = None,
    now: datetime | None = None,
) -> ResolvedCart:
    """Price the cart and compute its consumption, refusing anything not on the menu; the
    store's rules come with it (closures from the day before `now`'s Paris day on)."""
    check_lines(lines)
    product_ids = sorted({pid for line in lines for pid in line.product_ids})
    since = (now.astimezone(PARIS).date() if now else date.today()) - timedelta(days=1)
    rows = (
        core(db)
        .execute(
            _SNAPSHOT,
            {
                "store_id": store_id,
                "product_ids": product_ids,
                "option_ids": sorted({o for line in lines for o in line.all_option_ids}),
                "address_id": address_id,
                "since": since,
                "half_rule_key": HALF_RULE_KEY,
                "formula_ids": sorted({ln.formula_id for ln in lines if ln.formula_id}),
            },
        )
        .all()
    )
    products: dict[int, tuple[str, int, int, bool]] = {}
    category: dict[int, int] = {}
    formulas: dict[int, tuple[str, int, bool]] = {}
    slots: dict[int, list[_Slot]] = {}
    slot_products: dict[int, dict[int, int]] = {}
    slot_text: dict[tuple[str, int], str] = {}
    recipes: dict[int, dict[int, int]] = {pid: {} for pid in product_ids}
    options: dict[int, tuple[int, CustomisationKind, int, int | None, int, str]] = {}
    sizes: dict[int, _Size] = {}
    default_size: dict[int, int] = {}
    address_owner = None
    address_point = None
    store_row = None
    closures: dict[date, str] = {}
    rule = DEFAULT_HALF_RULE
    for kind, product_id, ref_id, ingredient_id, a, b, name, flag in rows:
        if kind == "p":
            products[product_id] = (name, a, b, bool(flag))
            category[product_id] = ref_id
        elif kind == "f":
            formulas[ref_id] = (name, a, bool(flag))
        elif kind == "l":
            slots.setdefault(product_id, []).append(_Slot(ref_id, a, ingredient_id))
        elif kind in ("t", "z"):
            slot_text[kind, ref_id] = name or ""
        elif kind == "c":
            slot_products.setdefault(ref_id, {})[product_id] = a
        elif kind == "r":
            recipes[product_id][ingredient_id] = a
        elif kind in ("e", "x"):
            option_kind = CustomisationKind.EXTRA if kind == "e" else CustomisationKind.REMOVE
            options[ref_id] = (product_id, option_kind, ingredient_id, b, a, name)
        elif kind == "s":
            sizes[ref_id] = _Size(ref_id, product_id, name or "", a, b, bool(flag))
            if ingredient_id and flag:
                default_size[product_id] = ref_id
        elif kind == "a":
            address_owner = product_id  # the address's customer, in the product_id column
            if a is not None and b is not None:
                address_point = (a / MICRO, b / MICRO)
        elif kind == "o":
            store_row = (product_id, ref_id, a, b, name)
        elif kind == "k":  # "YYYY-MM-DD label"
            closures[date.fromisoformat(name[:10])] = name[11:]
        elif kind == "h":
            rule = half_rule_text(name)
    rules = None
    if store_row is not None:
        minutes, radius, lat, lng, hours = store_row
        rules = StoreRules(
            store_id,
            json.loads(hours) if isinstance(hours, str) else (hours or {}),
            closures,
            minutes or 0,
            Zone(store_id, lat / MICRO, lng / MICRO, radius),
        )

    def orderable(product_id: int) -> tuple[str, int, int]:
        found = products.get(product_id)
        if found is None:
            raise ValidationError("cart.unknown_product")
        name, price, vat, available = found
        if not available:
            raise ValidationError("cart.product_off", product=name)
        if not recipes[product_id]:
            raise ValidationError("cart.no_recipe", product=name)
        return name, price, vat

    def size_of(product_id: int, size_id: int | None, name: str) -> _Size:
        if size_id is None:
            size_id = default_size.get(product_id)
        size = sizes.get(size_id) if size_id is not None else None
        if size is None or size.product_id != product_id or not size.active:
            raise ValidationError("cart.bad_size", product=name)
        return size

    resolved: list[ResolvedLine] = []
    consumption: Counter[int] = Counter()
    position = 0
    for line in lines:
        position += 1
        if line.formula_id is not None:
            choices = _formula_lines(
                line,
                position,
                formulas,
                sorted(slots.get(line.formula_id, ()), key=lambda z: z.position),
                slot_products,
                slot_text,
                category,
                orderable,
                lambda pid, label: _slot_size(sizes, default_size, pid, label),
                recipes,
                lambda pid, name, ids: _chosen_options(ids, pid, name, recipes[pid], options),
            )
            for choice in choices:
                for ingredient, dose in choice.unit_use.items():
                    consumption[ingredient] += dose * line.quantity
            resolved.extend(choices)
            position += len(choices) - 1
            continue
        name, _, vat = orderable(line.product_id)
        size = size_of(line.product_id, line.size_id, name)
        recipe = recipes[line.product_id]
        components = None
        if line.half_product_id is not None:
            other, _, other_vat = orderable(line.half_product_id)
            other_size = _same_size(sizes, default_size, line, size, other)
            price = half_price(size.price_cents, other_size.price_cents, rule)
            if other_size.price_cents > size.price_cents:
                vat = other_vat
            chosen: list[Option] = []
            other_recipe = recipes[line.half_product_id]
            use = half_use(recipe, size.dose_pct, other_recipe, other_size.dose_pct)
            components = tuple(
                {
                    "product_id": pid,
                    "size_id": s.id,
                    "name": n,
                    "share_pct": HALF_SHARE_PCT,
                }
                for pid, s, n in (
                    (line.product_id, size, name),
                    (line.half_product_id, other_size, other),
                )
            )
            shown = half_name(name, other, size.label)
        else:
            price = size.price_cents
            chosen = _chosen_options(line.option_ids, line.product_id, name, recipe, options)
            # Extras and removals are doses of the recipe: the size scales them too.
            use = scaled(unit_consumption(recipe, chosen), size.dose_pct)
            shown = line_name(name, size.label)
        for ingredient, dose in use.items():
            consumption[ingredient] += dose * line.quantity
        resolved.append(
            ResolvedLine(
                position,
                line.product_id,
                shown,
                line.quantity,
                price,
                vat,
                tuple(chosen),
                use,
                size.id,
                size.label,
                components,
            )
        )
    return ResolvedCart(tuple(resolved), address_owner, consumption, rules, address_point)


def _chosen_options(
    option_ids: Sequence[int],
    product_id: int,
    name: str,
    recipe: dict[int, int],
    options: dict[int, tuple[int, CustomisationKind, int, int | None, int, str]],
) -> list[Option]:
    """A line's options as the catalogue has them today (a plain line or a formula's choice):
    each the product's own, a removal only of what its recipe holds."""
    chosen = []
    for option_id in option_ids:
        option = options.get(option_id)
        if option is None or option[0] != product_id:
            raise ValidationError("cart.bad_option", product=name)
        _, option_kind, ingredient_id, quantity, option_price, label = option
        if option_kind is CustomisationKind.REMOVE:
            quantity = recipe.get(ingredient_id)
            if quantity is None:
                raise ValidationError("cart.bad_option", product=name)
        chosen.append(Option(option_id, option_kind, ingredient_id, quantity, option_price, label))
    return chosen


@dataclass(frozen=True)
class _Slot:
    id: int
    position: int
    category_id: int | None


def _slot_size(
    sizes: dict[int, _Size], default_size: dict[int, int], product_id: int, label: str
) -> _Size | None:
    """The size a slot takes of a product: the one labelled so ('' = its default size)."""
    if not label:
        found = sizes.get(default_size.get(product_id, -1))
        return found if found is not None and found.active else None
    for size in sizes.values():
        if size.product_id == product_id and size.label == label and size.active:
            return size
    return None


def _formula_lines(
    line: CartLine,
    position: int,
    formulas: dict[int, tuple[str, int, bool]],
    slots: list[_Slot],
    slot_products: dict[int, dict[int, int]],
    slot_text: dict[tuple[str, int], str],
    category: dict[int, int],
    orderable,
    slot_size,
    recipes: dict[int, dict[int, int]],
    chosen_options,
) -> list[ResolvedLine]:
    """A formula as its lines: one per slot, each choice checked against its slot and made
    with its own customisations, the set price (and supplements) split by
    domain/formulas.py; a choice's extras are paid on top of its share, as on a plain line."""
    assert line.formula_id is not None
    found = formulas.get(line.formula_id)
    if found is None or not found[2]:
        raise ValidationError("cart.formula_unknown")
    formula_name, price, _ = found
    if not slots or len(line.choices) != len(slots):
        raise ValidationError("cart.formula_slots", formula=formula_name, count=len(slots))
    chosen = []
    for slot, (product_id, size_id) in zip(slots, line.choices, strict=True):
        listed = slot_products.get(slot.id, {})
        slot_label = slot_text.get(("t", slot.id), "")
        in_category = slot.category_id is not None and category.get(product_id) == slot.category_id
        if product_id not in listed and not in_category:
            name = orderable(product_id)[0] if product_id in category else "#" + str(product_id)
            raise ValidationError(
                "cart.formula_choice", product=name, slot=slot_label, formula=formula_name
            )
        name, _, vat = orderable(product_id)
        size = slot_size(product_id, slot_text.get(("z", slot.id), ""))
        if size is None or (size_id is not None and size_id != size.id):
            raise ValidationError(
                "cart.formula_choice", product=name, slot=slot_label, formula=formula_name
            )
        chosen.append((product_id, name, vat, size, listed.get(product_id, 0)))
    made = [
        tuple(chosen_options(product_id, name, ids))
        for (product_id, name, *_), ids in zip(chosen, line.options_per_choice, strict=True)
    ]
    shares = split(price, [Share(size.price_cents, extra) for _, _, _, size, extra in chosen])
    return [
        ResolvedLine(
            position + index,
            product_id,
            line_name(name, size.label),
            line.quantity,
            share,
            vat,
            made[index],
            scaled(unit_consumption(recipes[product_id], made[index]), size.dose_pct),
            size.id,
            size.label,
            None,
            line.formula_id,
            formula_name,
            position,
        )
        for index, ((product_id, name, vat, size, _), share) in enumerate(
            zip(chosen, shares, strict=True)
        )
    ]


@dataclass(frozen=True)
class _Size:
    id: int
    product_id: int
    label: str
    price_cents: int
    dose_pct: int
    active: bool


def _same_size(
    sizes: dict[int, _Size], default_size: dict[int, int], line: CartLine, size: _Size, other: str
) -> _Size:
    """The second half's size: the one asked, or the other product's size of the same label;
    refused when it is not the first half's size."""
    assert line.half_product_id is not None
    if line.half_size_id is not None:
        found = sizes.get(line.half_size_id)
        if found is None or found.product_id != line.half_product_id or not found.active:
            raise ValidationError("cart.bad_size", product=other)
        if found.label != size.label:
            raise ValidationError("cart.half_size", product=other, size=size.label or "-")
        return found
    for candidate in sizes.values():
        if (
            candidate.product_id == line.half_product_id
            and candidate.label == size.label
            and candidate.active
        ):
            return candidate
    raise ValidationError("cart.half_size", product=other, size=size.label or "-")


def half_rule_text(value: str | None) -> HalfRule:
    """The half-and-half rule from its app setting read as text (a union's column)."""
    try:
        return half_rule(json.loads(value) if value else None)
    except ValueError:
        return half_rule(None)


def _snapshot_statement():
    """(kind, product_id, ref_id, ingredient_id, a, b, name, flag) rows:

    p: a product: ref_id=category, a=price, b=VAT rate, name, flag=orderable here (active
       and switched on)
    r: a recipe line: ingredient_id, a=dose
    e/x: a chosen extra / removal: ref_id=option id, ingredient_id, a=price, b=dose, name
    a: the delivery address: product_id=its customer (only if usable), a/b=its latitude and
       longitude in micro-degrees (NULL: not located)
    s: a size of a product: ref_id=size id, ingredient_id=1 if the default, a=price,
       b=dose factor (%), name=label, flag=active
    h: the half-and-half price rule: name=the app setting's JSON as text
    f: a formula: ref_id=its id, a=set price, name, flag=active
    l: a slot of a formula: product_id=the formula, ref_id=slot id, ingredient_id=category,
       a=position; t/z: its label / size label: ref_id=slot id, name
    c: a product a slot lists: ref_id=slot id, product_id, a=supplement
    o: the store: product_id=last-order minutes, ref_id=delivery radius, a/b=its latitude and
       longitude in micro-degrees, name=its opening hours (JSON text)
    k: an exceptional closure from `since` on: name="YYYY-MM-DD label"

    Built once with bound parameters: constructing it for every order cost more than running
    it. Parameters: store_id, product_ids and option_ids (lists), address_id (None matches
    nothing), since (a date).
    """
    i, s = Integer(), String()
    nothing_i, nothing_s = cast(null(), i), cast(null(), s)
    store_id = bindparam("store_id", type_=i)
    product_ids = bindparam("product_ids", expanding=True, type_=i)
    orderable = and_(Product.active, func.coalesce(StoreProduct.enabled, True))
    product_rows = (
        select(
            literal("p", s),
            Product.id,
            Product.category_id,
            nothing_i,
            Product.price_cents,
            Product.vat_rate_bp,
            Product.name,
            cast(orderable, i),
        )
        .select_from(Product)
        .outerjoin(
            StoreProduct,
            and_(StoreProduct.product_id == Product.id, StoreProduct.store_id == store_id),
        )
        .where(Product.id.in_(product_ids))
    )
    recipe_rows = select(
        literal("r", s),
        RecipeLine.product_id,
        nothing_i,
        RecipeLine.ingredient_id,
        RecipeLine.quantity,
        nothing_i,
        nothing_s,
        nothing_i,
    ).where(RecipeLine.product_id.in_(product_ids))
    option_kind = case((CustomisationOption.kind == CustomisationKind.EXTRA.value, "e"), else_="x")
    option_rows = select(
        option_kind,
        CustomisationOption.product_id,
        CustomisationOption.id,
        CustomisationOption.ingredient_id,
        CustomisationOption.price_cents,
        CustomisationOption.quantity,
        CustomisationOption.label,
        nothing_i,
    ).where(
        CustomisationOption.id.in_(bindparam("option_ids", expanding=True, type_=i)),
        CustomisationOption.active,
    )
    address_rows = (
        select(
            literal("a", s),
            CustomerAddress.customer_id,
            CustomerAddress.id,
            nothing_i,
            cast(func.round(CustomerAddress.latitude * MICRO), i),
            cast(func.round(CustomerAddress.longitude * MICRO), i),
            nothing_s,
            nothing_i,
        )
        .join(Customer, Customer.id == CustomerAddress.customer_id)
        .where(
            CustomerAddress.id == bindparam("address_id", type_=i),
            CustomerAddress.archived.is_(False),
            Customer.erased_at.is_(None),
        )
    )
    size_rows = select(
        literal("s", s),
        ProductSize.product_id,
        ProductSize.id,
        cast(ProductSize.is_default, i),
        ProductSize.price_cents,
        ProductSize.dose_pct,
        ProductSize.label,
        cast(ProductSize.active, i),
    ).where(ProductSize.product_id.in_(product_ids))
    rule_rows = select(
        literal("h", s),
        nothing_i,
        nothing_i,
        nothing_i,
        nothing_i,
        nothing_i,
        cast(AppSetting.value, s),
        nothing_i,
    ).where(AppSetting.key == bindparam("half_rule_key", type_=s))
    store_rows = select(
        literal("o", s),
        Store.last_order_minutes,
        Store.delivery_radius_m,
        nothing_i,
        cast(func.round(Store.latitude * MICRO), i),
        cast(func.round(Store.longitude * MICRO), i),
        cast(Store.opening_hours, s),
        nothing_i,
    ).where(Store.id == store_id)
    closure_rows = select(
        literal("k", s),
        nothing_i,
        nothing_i,
        nothing_i,
        nothing_i,
        nothing_i,
        cast(StoreClosure.day, s) + literal(" ", s) + StoreClosure.label,
        nothing_i,
    ).where(
        StoreClosure.store_id == store_id,
        StoreClosure.day >= bindparam("since", type_=Date()),
    )
    formula_ids = bindparam("formula_ids", expanding=True, type_=i)
    formula_rows = select(
        literal("f", s),
        nothing_i,
        Formula.id,
        nothing_i,
        Formula.price_cents,
        nothing_i,
        Formula.name,
        cast(Formula.active, i),
    ).where(Formula.id.in_(formula_ids))
    slot_rows = select(
        literal("l", s),
        FormulaSlot.formula_id,
        FormulaSlot.id,
        FormulaSlot.category_id,
        FormulaSlot.position,
        nothing_i,
        nothing_s,
        nothing_i,
    ).where(FormulaSlot.formula_id.in_(formula_ids))
    label_rows = [
        select(
            literal(kind, s),
            nothing_i,
            FormulaSlot.id,
            nothing_i,
            nothing_i,
            nothing_i,
            column,
            nothing_i,
        ).where(FormulaSlot.formula_id.in_(formula_ids))
        for kind, column in (("t", FormulaSlot.label), ("z", FormulaSlot.size_label))
    ]
    listed_rows = (
        select(
            literal("c", s),
            FormulaSlotProduct.product_id,
            FormulaSlotProduct.slot_id,
            nothing_i,
            FormulaSlotProduct.supplement_cents,
            nothing_i,
            nothing_s,
            nothing_i,
        )
        .join(FormulaSlot, FormulaSlot.id == FormulaSlotProduct.slot_id)
        .where(FormulaSlot.formula_id.in_(formula_ids))
    )
    return union_all(
        product_rows,
        recipe_rows,
        option_rows,
        address_rows,
        size_rows,
        rule_rows,
        formula_rows,
        slot_rows,
        *label_rows,
        listed_rows,
        store_rows,
        closure_rows,
    )


_SNAPSHOT = _snapshot_statement()
