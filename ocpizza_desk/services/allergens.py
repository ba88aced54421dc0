"""Allergens (EU regulation 1169/2011, annex II): recorded per ingredient, derived for dishes.

Head office records each ingredient's allergens in the catalogue (MANAGE_CATALOGUE). A dish's
allergens are never typed: they are the union of its recipe's ingredients' (services.menu does
the same for the counter, customisations included). An ingredient nobody has recorded yet
makes its dishes' allergens "unknown", never "none". The menu's allergen sheet is what the
counter prints on request and what the website's JSON export carries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import Category, Ingredient, IngredientAllergen, Product, RecipeLine
from ocpizza_desk.domain import allergens, validation
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.errors import NotFound
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.services import audit
from ocpizza_desk.services.auth import StaffSession, require, require_any
from ocpizza_desk.services.context import ServiceContext

_LINK = IngredientAllergen.__table__
_INGREDIENTS = Ingredient.__table__
# Who may read the menu's allergens: whoever takes orders or looks after the menu.
READERS = (
    Permission.TAKE_ORDERS,
    Permission.TOGGLE_MENU_ITEMS,
    Permission.MANAGE_CATALOGUE,
    Permission.VIEW_RECIPES,
)


@dataclass(frozen=True)
class IngredientAllergens:
    ingredient_id: int
    code: str
    name: str
    allergens: tuple[str, ...]  # codes, in the regulation's order
    recorded_at: datetime | None  # None: not recorded yet

    @property
    def recorded(self) -> bool:
        return self.recorded_at is not None


@dataclass(frozen=True)
class DishAllergens:
    product_id: int
    code: str
    name: str
    category: str  # the category's name
    allergens: tuple[str, ...]  # codes, in the regulation's order
    unknown: tuple[str, ...]  # names of its ingredients not recorded yet

    @property
    def complete(self) -> bool:
        return not self.unknown


@dataclass(frozen=True)
class AllergenSheet:
    """The menu's allergens, dish by dish, in menu order."""

    made_at: datetime
    dishes: tuple[DishAllergens, ...]


def ingredients(ctx: ServiceContext, session: StaffSession) -> tuple[IngredientAllergens, ...]:
    """Every active ingredient with its recorded allergens (the catalogue's allergen table)."""
    require(session, Permission.MANAGE_CATALOGUE)

    def work(db: Session) -> tuple[IngredientAllergens, ...]:
        contains = _contains(db)
        return tuple(
            IngredientAllergens(i, code, name, allergens.ordered(contains.get(i, ())), at)
            for i, code, name, at in db.execute(
                select(
                    Ingredient.id,
                    Ingredient.code,
                    Ingredient.name,
                    Ingredient.allergens_recorded_at,
                )
                .where(Ingredient.active)
                .order_by(Ingredient.name, Ingredient.id)
            )
        )

    return ctx.transaction(work)


def set_ingredient(
    ctx: ServiceContext, session: StaffSession, ingredient_id: int, codes: Iterable[str]
) -> IngredientAllergens:
    """Record an ingredient's allergens (all of them: an empty list records "none")."""
    require(session, Permission.MANAGE_CATALOGUE)
    validation.identifier(ingredient_id, "ingredient")
    wanted = allergens.check_codes(codes)

    def work(db: Session) -> IngredientAllergens:
        row = db.execute(
            select(Ingredient.code, Ingredient.name, Ingredient.allergens_recorded_at)
            .where(Ingredient.id == ingredient_id, Ingredient.active)
            .with_for_update()
        ).one_or_none()
        if row is None:
            raise NotFound("allergen.unknown_ingredient")
        before = allergens.ordered(
            db.scalars(select(_LINK.c.allergen).where(_LINK.c.ingredient_id == ingredient_id))
        )
        now = utcnow()
        gone = set(before) - set(wanted)
        if gone:
            db.execute(
                delete(_LINK).where(
                    _LINK.c.ingredient_id == ingredient_id, _LINK.c.allergen.in_(sorted(gone))
                )
            )
        new = [c for c in wanted if c not in before]
        if new:
            db.execute(
                insert(_LINK), [{"ingredient_id": ingredient_id, "allergen": c} for c in new]
            )
        db.execute(
            update(_INGREDIENTS)
            .where(_INGREDIENTS.c.id == ingredient_id)
            .values(allergens_recorded_at=now)
        )
        audit.record(
            db,
            session,
            "ingredient.allergens",
            "ingredient",
            ingredient_id,
            before={"allergens": list(before), "recorded": row.allergens_recorded_at is not None},
            after={"allergens": list(wanted), "recorded": True},
        )
        return IngredientAllergens(ingredient_id, row.code, row.name, wanted, now)

    return ctx.transaction(work)


def sheet(ctx: ServiceContext, session: StaffSession | None) -> AllergenSheet:
    """The active menu's dishes with their allergens, derived from their recipes. `session`
    None: the console (`ocpizza-desk menu allergens`) on a machine holding the database's
    credentials."""
    if session is not None:
        require_any(session, READERS)
    return ctx.transaction(lambda db: _sheet(db))


def _contains(db: Session) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for ingredient_id, code in db.execute(select(_LINK.c.ingredient_id, _LINK.c.allergen)):
        found[ingredient_id].add(code)
    return found


def _sheet(db: Session) -> AllergenSheet:
    contains = _contains(db)
    unrecorded = dict(
        db.execute(
            select(Ingredient.id, Ingredient.name).where(Ingredient.allergens_recorded_at.is_(None))
        ).all()
    )
    recipes: dict[int, list[int]] = defaultdict(list)
    for product_id, ingredient_id in db.execute(
        select(RecipeLine.product_id, RecipeLine.ingredient_id).order_by(RecipeLine.id)
    ):
        recipes[product_id].append(ingredient_id)
    dishes = []
    for product_id, code, name, category in db.execute(
        select(Product.id, Product.code, Product.name, Category.name)
        .join(Category, Category.id == Product.category_id)
        .where(Product.active)
        .order_by(Category.position, Product.position, Product.id)
    ):
        recipe = recipes.get(product_id, [])
        dishes.append(
            DishAllergens(
                product_id,
                code,
                name,
                category,
                allergens.ordered(allergens.of_recipe(recipe, contains)),
                tuple(unrecorded[i] for i in recipe if i in unrecorded),
            )
        )
    return AllergenSheet(utcnow(), tuple(dishes))


EXPORT_LANGUAGES = ("fr", "en")  # the regulation's names the website gets, per language


def website_export(found: AllergenSheet) -> dict[str, Any]:
    """The sheet as the website's JSON: the regulation's list (codes, French and English names)
    and each dish's codes; `complete` is false while one of its ingredients is not recorded
    (the site must then say "ask us", not "none")."""
    return {
        "regulation": "EU 1169/2011 annex II",
        "made_at": found.made_at.isoformat().replace("+00:00", "Z"),
        "allergens": [
            {"code": a.code, "names": {lang: a.name(lang) for lang in EXPORT_LANGUAGES}}
            for a in allergens.ALLERGENS
        ],
        "products": [
            {
                "id": d.product_id,
                "code": d.code,
                "name": d.name,
                "allergens": list(d.allergens),
                "complete": d.complete,
            }
            for d in found.dishes
        ],
    }
