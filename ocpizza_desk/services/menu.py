"""A store's menu as the counter sees it: prices, options, and how many can still be made.

"Can still make N" is computed from the store's stock minus what the cart being taken
already uses, so the next pizza offered is one the kitchen can really make.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import (
    Integer,
    String,
    and_,
    bindparam,
    case,
    cast,
    func,
    insert,
    literal,
    null,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import (
    AppSetting,
    Category,
    CustomisationOption,
    Ingredient,
    IngredientAllergen,
    Product,
    ProductSize,
    RecipeLine,
    StockBalance,
    StoreProduct,
)
from ocpizza_desk.db.setting_keys import HALF_RULE_KEY
from ocpizza_desk.domain import allergens, validation
from ocpizza_desk.domain.availability import Option, can_make, unit_consumption
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import CustomisationKind
from ocpizza_desk.domain.errors import NotFound, ValidationError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.sizes import (
    DEFAULT_HALF_RULE,
    FULL_PCT,
    HalfRule,
    half_use,
    scaled,
)
from ocpizza_desk.services import audit
from ocpizza_desk.services.auth import StaffSession, require, require_any
from ocpizza_desk.services.cart import CartLine, check_lines, half_rule_text
from ocpizza_desk.services.context import ServiceContext


@dataclass(frozen=True)
class MenuSize:
    """One size of a menu item: its price and how many of it the stock still allows."""

    size_id: int
    label: str  # '' for a product sold in one size
    price_cents: int
    dose_pct: int
    is_default: bool
    can_make: int


@dataclass(frozen=True)
class MenuItem:
    product_id: int
    code: str
    name: str
    description: str | None
    category: str
    price_cents: int
    vat_rate_bp: int
    enabled: bool  # the manager's switch (and the catalogue's)
    can_make: int  # with today's stock, after the cart in progress
    options: tuple[Option, ...]
    short_options: frozenset[int] = frozenset()  # extras the stock cannot add to one more
    # Allergen codes (domain.allergens) its recipe brings, derived from its ingredients'.
    allergens: frozenset[str] = frozenset()
    # Ingredients of the recipe or options whose allergens nobody has recorded yet (names):
    # while there are any, the dish's allergens are not known for sure.
    allergens_unknown: tuple[str, ...] = ()
    # (ingredient id, its allergens) for the recipe's and the options' ingredients, so that a
    # customised line's allergens are derived here too.
    recipe_ingredients: tuple[int, ...] = ()
    ingredient_allergens: tuple[tuple[int, frozenset[str]], ...] = ()
    # Its sizes in menu order (at least one); price_cents and can_make above are the
    # default size's.
    sizes: tuple[MenuSize, ...] = ()

    def size(self, size_id: int | None) -> MenuSize | None:
        """The size of that id, or the default one for None."""
        for size in self.sizes:
            if size.size_id == size_id or (size_id is None and size.is_default):
                return size
        return None

    def size_labelled(self, label: str) -> MenuSize | None:
        return next((s for s in self.sizes if s.label == label), None)

    @property
    def sized(self) -> bool:
        """Sold in more than one size (the counter asks which)."""
        return len(self.sizes) > 1

    def option_available(self, option_id: int) -> bool:
        return option_id not in self.short_options

    def allergens_with(self, option_ids: Sequence[int] = ()) -> frozenset[str]:
        """The allergens of one of these made with these customisations: extras add their
        ingredient's, removals take away what only the removed ingredient brought."""
        chosen = [o for o in self.options if o.option_id in set(option_ids)]
        return allergens.of_line(
            self.recipe_ingredients,
            [o.ingredient_id for o in chosen if o.kind is CustomisationKind.REMOVE],
            [o.ingredient_id for o in chosen if o.kind is CustomisationKind.EXTRA],
            dict(self.ingredient_allergens),
        )

    def free_of(self, excluded: Sequence[str]) -> bool:
        """Known to contain none of these allergens (an unknown is never "free of")."""
        return not self.allergens_unknown and allergens.free_of(self.allergens, excluded)

    @property
    def available(self) -> bool:
        """Switched on and at least one of its sizes can still be made."""
        return self.enabled and (self.can_make > 0 or any(z.can_make > 0 for z in self.sizes))


@dataclass(frozen=True)
class _SizeRow:
    id: int
    product_id: int
    label: str
    price_cents: int
    dose_pct: int
    is_default: bool
    position: int


_US = "\x1f"  # between two packed sizes: no label holds it


def _facts_statement():
    """(kind, a, b, c, d, e, f, text) rows, everything the menu needs but the products:

    r: a product's recipe: a=product, text="ingredient:dose,…" (one row a product, not a
       row a line: the rows' decoding is most of the menu's time on MariaDB)
    e/x: an active extra / removal: a=product, b=option id, c=ingredient, d=dose (an
         extra's), e=price, f=position, text=label
    g: an ingredient's allergen: b=ingredient, text=code
    u: an ingredient whose allergens are not recorded: b=ingredient, text=name
    k: the store's stock: b=ingredient, c=quantity
    z: a product's active sizes: a=product, text="id:price:dose:default:position:label"
       joined by the unit separator
    h: the half-and-half rule: text=the app setting's JSON
    Parameters: store_id, half_rule_key.
    """
    i, s = Integer(), String()
    n_i, n_s = cast(null(), i), cast(null(), s)
    option_kind = case((CustomisationOption.kind == CustomisationKind.EXTRA.value, "e"), else_="x")
    return union_all(
        select(
            literal("r", s),
            RecipeLine.product_id,
            n_i,
            n_i,
            n_i,
            n_i,
            n_i,
            func.aggregate_strings(
                cast(RecipeLine.ingredient_id, s) + ":" + cast(RecipeLine.quantity, s), ","
            ),
        ).group_by(RecipeLine.product_id),
        select(
            option_kind,
            CustomisationOption.product_id,
            CustomisationOption.id,
            CustomisationOption.ingredient_id,
            CustomisationOption.quantity,
            CustomisationOption.price_cents,
            CustomisationOption.position,
            CustomisationOption.label,
        ).where(CustomisationOption.active),
        select(
            literal("g", s),
            n_i,
            IngredientAllergen.ingredient_id,
            n_i,
            n_i,
            n_i,
            n_i,
            cast(IngredientAllergen.allergen, s),
        ),
        select(literal("u", s), n_i, Ingredient.id, n_i, n_i, n_i, n_i, Ingredient.name).where(
            Ingredient.allergens_recorded_at.is_(None)
        ),
        select(
            literal("k", s),
            n_i,
            StockBalance.ingredient_id,
            StockBalance.quantity,
            n_i,
            n_i,
            n_i,
            n_s,
        ).where(StockBalance.store_id == bindparam("store_id", type_=i)),
        select(
            literal("z", s),
            ProductSize.product_id,
            n_i,
            n_i,
            n_i,
            n_i,
            n_i,
            func.aggregate_strings(
                cast(ProductSize.id, s)
                + ":"
                + cast(ProductSize.price_cents, s)
                + ":"
                + cast(ProductSize.dose_pct, s)
                + ":"
                + cast(cast(ProductSize.is_default, i), s)
                + ":"
                + cast(ProductSize.position, s)
                + ":"
                + ProductSize.label,
                _US,
            ),
        )
        .where(ProductSize.active)
        .group_by(ProductSize.product_id),
        select(literal("h", s), n_i, n_i, n_i, n_i, n_i, n_i, cast(AppSetting.value, s)).where(
            AppSetting.key == bindparam("half_rule_key", type_=s)
        ),
    )


_FACTS = _facts_statement()


@dataclass(frozen=True)
class _ProductRow:
    id: int
    code: str
    name: str
    description: str | None
    price_cents: int
    vat_rate_bp: int


@dataclass(frozen=True)
class Menu:
    store_id: int
    categories: tuple[tuple[str, str], ...]  # (code, name) in menu order
    items: tuple[MenuItem, ...]
    # How a half-and-half is priced (app settings), so the cart shows the price placing
    # will store.
    half_rule: HalfRule = DEFAULT_HALF_RULE


def menu(
    ctx: ServiceContext,
    session: StaffSession,
    cart: Sequence[CartLine] = (),
    store_id: int | None = None,
) -> Menu:
    store_id = store_id if store_id is not None else session.store_id
    require_any(session, (Permission.TAKE_ORDERS, Permission.TOGGLE_MENU_ITEMS), store_id)
    if store_id is None:
        raise NotFound("not_found", what="store")
    if cart:
        check_lines(cart)

    def work(db: Session) -> Menu:
        products = db.execute(
            # Columns, not entities: the menu is read at every cart change (bench/sizes.py).
            select(
                Product.id,
                Product.code,
                Product.name,
                Product.description,
                Product.price_cents,
                Product.vat_rate_bp,
                Category.code,
                Category.name,
                func.coalesce(StoreProduct.enabled, True),
            )
            .join(Category, Category.id == Product.category_id)
            .outerjoin(
                StoreProduct,
                and_(StoreProduct.product_id == Product.id, StoreProduct.store_id == store_id),
            )
            .where(Product.active)
            .order_by(Category.position, Product.position, Product.id)
        ).all()
        recipes: dict[int, dict[int, int]] = defaultdict(dict)
        raw_options: list[tuple] = []
        contains: dict[int, set[str]] = defaultdict(set)
        unrecorded: dict[int, str] = {}
        stock: dict[int, int] = {}
        raw_sizes: list[_SizeRow] = []
        rule = DEFAULT_HALF_RULE
        # Everything else in one round trip (the menu is read at every cart change).
        for kind, a, b, c, d, e, f, text_ in db.execute(
            _FACTS, {"store_id": store_id, "half_rule_key": HALF_RULE_KEY}
        ):
            if kind == "r":  # "ingredient:dose,…"
                for pair in text_.split(","):
                    ingredient, dose = pair.split(":")
                    recipes[a][int(ingredient)] = int(dose)
            elif kind in ("e", "x"):
                raw_options.append((a, f, b, kind, c, d, e, text_))
            elif kind == "g":
                contains[b].add(text_)
            elif kind == "u":
                unrecorded[b] = text_
            elif kind == "k":
                stock[b] = c
            elif kind == "z":  # "id:price:dose:default:position:label" joined by US
                for packed in text_.split(_US):
                    size_id, price, dose, default, position, label = packed.split(":", 5)
                    raw_sizes.append(
                        _SizeRow(
                            int(size_id),
                            a,
                            label,
                            int(price),
                            int(dose),
                            default == "1",
                            int(position),
                        )
                    )
            elif kind == "h":
                rule = half_rule_text(text_)
        options: dict[int, list[Option]] = defaultdict(list)
        for product_id, _position, option_id, kind, ingredient_id, quantity, price, label in sorted(
            raw_options, key=lambda o: (o[0], o[1], o[2])
        ):
            option_kind = CustomisationKind.EXTRA if kind == "e" else CustomisationKind.REMOVE
            dose = (
                quantity
                if option_kind is CustomisationKind.EXTRA
                else recipes[product_id].get(ingredient_id, 0)
            )
            options[product_id].append(
                Option(option_id, option_kind, ingredient_id, dose, price, label)
            )
        sizes: dict[int, list[_SizeRow]] = defaultdict(list)
        for size in sorted(raw_sizes, key=lambda z: (z.product_id, z.position, z.id)):
            sizes[size.product_id].append(size)

        used = cart_use(cart, recipes, options, sizes)

        categories: dict[str, str] = {}
        items = []
        for *fields, category_code, category_name, enabled in products:
            product = _ProductRow(*fields)
            categories.setdefault(category_code, category_name)
            recipe = recipes.get(product.id, {})
            involved = [*recipe, *(o.ingredient_id for o in options.get(product.id, ()))]
            involved = list(dict.fromkeys(involved))
            short = frozenset(
                o.option_id
                for o in options.get(product.id, ())
                if o.kind is CustomisationKind.EXTRA
                and can_make(unit_consumption(recipe, (o,)), stock, used) == 0
            )
            menu_sizes = tuple(
                MenuSize(
                    z.id,
                    z.label,
                    z.price_cents,
                    z.dose_pct,
                    bool(z.is_default),
                    can_make(scaled(recipe, z.dose_pct), stock, used),
                )
                for z in sizes.get(product.id, ())
            )
            default = next((z for z in menu_sizes if z.is_default), None)
            if default is None and menu_sizes:
                default = menu_sizes[0]
            items.append(
                MenuItem(
                    product.id,
                    product.code,
                    product.name,
                    product.description,
                    category_code,
                    default.price_cents if default else product.price_cents,
                    product.vat_rate_bp,
                    bool(enabled),
                    default.can_make if default else 0,
                    tuple(options.get(product.id, ())),
                    short,
                    allergens.of_recipe(recipe, contains),
                    tuple(unrecorded[i] for i in involved if i in unrecorded),
                    tuple(recipe),
                    tuple((i, frozenset(contains.get(i, ()))) for i in involved),
                    menu_sizes,
                )
            )
        return Menu(store_id, tuple(categories.items()), tuple(items), rule)

    return ctx.transaction(work)


def cart_use(
    cart: Sequence[CartLine],
    recipes: dict[int, dict[int, int]],
    options: dict[int, list[Option]],
    sizes: dict[int, list],
) -> Counter[int]:
    """What the cart in progress uses, by the placing's rules (services/cart.py)."""
    used: Counter[int] = Counter()
    for line, use in zip(cart, lines_use(cart, recipes, options, sizes), strict=True):
        for ingredient, dose in use.items():
            used[ingredient] += dose * line.quantity
    return used


def lines_use(
    cart: Sequence[CartLine],
    recipes: dict[int, dict[int, int]],
    options: dict[int, list[Option]],
    sizes: dict[int, list],
) -> list[Counter[int]]:
    """What one unit of each line uses: sizes scale the doses, each half of a half-and-half
    takes half of its own. `sizes`: product -> rows with id, label, dose_pct, is_default. A
    size or product that is gone counts at 100 % (placing will refuse it anyway)."""

    def pct(product_id: int, size_id: int | None, label: str | None = None) -> tuple[int, str]:
        for z in sizes.get(product_id, ()):
            if (size_id is not None and z.id == size_id) or (
                size_id is None and (z.label == label if label is not None else bool(z.is_default))
            ):
                return z.dose_pct, z.label
        return FULL_PCT, ""

    by_id = {o.option_id: o for opts in options.values() for o in opts}
    uses = []
    for line in cart:
        if line.formula_id is not None:  # each choice in its slot's size (given by the menu)
            use: Counter[int] = Counter()
            for (product_id, size_id), option_ids in zip(
                line.choices, line.options_per_choice, strict=True
            ):
                chosen = [by_id[i] for i in option_ids if i in by_id]
                recipe = recipes.get(product_id, {})
                use += scaled(unit_consumption(recipe, chosen), pct(product_id, size_id)[0])
            uses.append(use)
            continue
        dose_pct, label = pct(line.product_id, line.size_id)
        recipe = recipes.get(line.product_id, {})
        if line.half_product_id is not None:
            other_pct, _ = pct(line.half_product_id, line.half_size_id, label)
            uses.append(
                half_use(recipe, dose_pct, recipes.get(line.half_product_id, {}), other_pct)
            )
        else:
            chosen = [by_id[i] for i in line.option_ids if i in by_id]
            uses.append(scaled(unit_consumption(recipe, chosen), dose_pct))
    return uses


def set_enabled(
    ctx: ServiceContext,
    session: StaffSession,
    product_id: int,
    enabled: bool,
    store_id: int | None = None,
) -> None:
    """The manager's switch: take a product off this store's menu, or put it back."""
    store_id = store_id if store_id is not None else session.store_id
    require(session, Permission.TOGGLE_MENU_ITEMS, store_id)
    validation.identifier(product_id, "product")
    if not isinstance(enabled, bool):
        raise ValidationError("input.id", field="enabled")

    def work(db: Session) -> None:
        if db.get(Product, product_id) is None:
            raise NotFound("cart.unknown_product")
        now = utcnow()
        current = db.get(StoreProduct, (store_id, product_id))
        before = True if current is None else current.enabled
        if current is None:
            db.execute(
                insert(StoreProduct.__table__).values(
                    store_id=store_id,
                    product_id=product_id,
                    enabled=enabled,
                    updated_at=now,
                    updated_by_id=session.user_id,
                )
            )
        else:
            db.execute(
                update(StoreProduct.__table__)
                .where(
                    StoreProduct.__table__.c.store_id == store_id,
                    StoreProduct.__table__.c.product_id == product_id,
                )
                .values(enabled=enabled, updated_at=now, updated_by_id=session.user_id)
            )
        audit.record(
            db,
            session,
            "menu.switch",
            "product",
            product_id,
            store_id=store_id,
            before={"enabled": before},
            after={"enabled": enabled},
        )

    ctx.transaction(work)
