"""The 14 allergens of EU regulation 1169/2011 ("INCO"), annex II, and how a dish's are derived.

The list is fixed by law, so it lives here, not in a table: each allergen has a stable code
(stored in `ingredient_allergens.allergen` and exported to the website) and its names,
English here, translated in the one catalogue. Allergens are recorded once, per ingredient; a
product's are the union of its recipe's ingredients', and an order line's are worked out from
the recipe and the line's customisations (an extra adds its ingredient's, a removal takes away
the ones only the removed ingredient brought) — never typed twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.domain.texts import N_, translate


@dataclass(frozen=True)
class Allergen:
    """English in the code; every other language's wording in the translation catalogue
    (resources/translations/ocpizza_<lang>.ts): the regulation's name, and the counter's
    short word ("sans gluten", "allergènes : lait, œufs")."""

    code: str
    en: str  # the regulation's wording, for the printed sheet and the website
    short_en: str

    def name(self, lang: str = "fr") -> str:
        return translate("Allergen", self.en, lang)

    def short(self, lang: str = "fr") -> str:
        return translate("AllergenShort", self.short_en, lang)


# Annex II order (the order menus and labels use), codes never change.
ALLERGENS: tuple[Allergen, ...] = (
    Allergen("gluten", N_("Allergen", "Cereals containing gluten"), N_("AllergenShort", "gluten")),
    Allergen("crustaceans", N_("Allergen", "Crustaceans"), N_("AllergenShort", "crustaceans")),
    Allergen("eggs", N_("Allergen", "Eggs"), N_("AllergenShort", "eggs")),
    Allergen("fish", N_("Allergen", "Fish"), N_("AllergenShort", "fish")),
    Allergen("peanuts", N_("Allergen", "Peanuts"), N_("AllergenShort", "peanuts")),
    Allergen("soybeans", N_("Allergen", "Soybeans"), N_("AllergenShort", "soy")),
    Allergen("milk", N_("Allergen", "Milk"), N_("AllergenShort", "milk")),
    Allergen("nuts", N_("Allergen", "Nuts"), N_("AllergenShort", "nuts")),
    Allergen("celery", N_("Allergen", "Celery"), N_("AllergenShort", "celery")),
    Allergen("mustard", N_("Allergen", "Mustard"), N_("AllergenShort", "mustard")),
    Allergen("sesame", N_("Allergen", "Sesame seeds"), N_("AllergenShort", "sesame")),
    Allergen(
        "sulphites",
        N_("Allergen", "Sulphur dioxide and sulphites (> 10 mg/kg)"),
        N_("AllergenShort", "sulphites"),
    ),
    Allergen("lupin", N_("Allergen", "Lupin"), N_("AllergenShort", "lupin")),
    Allergen("molluscs", N_("Allergen", "Molluscs"), N_("AllergenShort", "molluscs")),
)
BY_CODE: dict[str, Allergen] = {a.code: a for a in ALLERGENS}
CODES: tuple[str, ...] = tuple(a.code for a in ALLERGENS)
CODE_LENGTH = max(len(c) for c in CODES)
_RANK = {code: i for i, code in enumerate(CODES)}


def ordered(codes: Iterable[str]) -> tuple[str, ...]:
    """Codes in the regulation's order, each once."""
    return tuple(sorted(set(codes), key=_RANK.__getitem__))


def check_codes(codes: Iterable[object]) -> tuple[str, ...]:
    """The codes a user chose, checked against the regulation's list (ValidationError
    `allergen.unknown` naming the first unknown one)."""
    if isinstance(codes, str | bytes):
        raise ValidationError("allergen.unknown", value=str(codes)[:40])
    seen = []
    for code in codes:
        if not isinstance(code, str) or code not in BY_CODE:
            raise ValidationError("allergen.unknown", value=str(code)[:40])
        seen.append(code)
    return ordered(seen)


def names(codes: Iterable[str], lang: str = "fr", short: bool = False) -> tuple[str, ...]:
    """Their names in the regulation's order (`short`: the counter's words)."""
    return tuple(BY_CODE[c].short(lang) if short else BY_CODE[c].name(lang) for c in ordered(codes))


def of_recipe(
    ingredient_ids: Iterable[int], by_ingredient: Mapping[int, Iterable[str]]
) -> frozenset[str]:
    """A product's allergens: the union of its recipe's ingredients'."""
    found: set[str] = set()
    for ingredient in ingredient_ids:
        found.update(by_ingredient.get(ingredient, ()))
    return frozenset(found)


def of_line(
    recipe_ingredient_ids: Iterable[int],
    removed_ids: Iterable[int],
    extra_ids: Iterable[int],
    by_ingredient: Mapping[int, Iterable[str]],
) -> frozenset[str]:
    """An order line's allergens: the recipe without what was removed, plus the extras.

    A removal takes an allergen away only when no other ingredient left on the pizza brings it
    (a Margherita without basil still has the dough's gluten)."""
    removed = set(removed_ids)
    kept = [i for i in recipe_ingredient_ids if i not in removed]
    return of_recipe([*kept, *extra_ids], by_ingredient)


def free_of(contains: Iterable[str], excluded: Iterable[str]) -> bool:
    """True when a dish contains none of the excluded allergens ("sans gluten")."""
    return not set(contains) & set(excluded)
