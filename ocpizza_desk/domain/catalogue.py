"""The head-office catalogue's rules: what a product must hold before any store can sell it.

Pure checks on a draft typed on the catalogue screen (or sent by a script): the service
reads the ingredient names from the database and calls these before writing anything, so a
refused save changes nothing and says, in French and English, which line is wrong.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass, replace

from ocpizza_desk.domain import validation
from ocpizza_desk.domain.enums import CustomisationKind, Unit
from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.domain.pricing import format_rate
from ocpizza_desk.domain.texts import Text

# The French rates a pizzeria sells at: 5,5 % (cans and bottles taken away), 10 % (food and
# soft drinks served), 20 % (alcohol).
VAT_RATES: tuple[int, ...] = (550, 1000, 2000)
MAX_PRICE_CENTS = 100_000  # 1 000 €: more than any product, less than a typo of two zeros
MAX_EXTRA_PRICE_CENTS = 10_000
MAX_DOSE = 10_000  # base units of one ingredient in one product (10 kg, 10 l, 10 000 pieces)
MAX_RECIPE_LINES = 40
MAX_MEMO_STEPS = 30
MAX_OPTIONS = 40
MAX_PHOTO_BYTES = 2 * 1024 * 1024
_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{1,39}$")

PNG, JPEG = "image/png", "image/jpeg"


@dataclass(frozen=True)
class RecipeLineDraft:
    ingredient_id: int
    quantity: int  # base units of the ingredient


@dataclass(frozen=True)
class OptionDraft:
    kind: CustomisationKind
    ingredient_id: int
    quantity: int | None = None  # an extra's dose; a removal takes the recipe's
    price_cents: int = 0
    label: str = ""  # empty: "Sans X" / "Supplément X" from the ingredient's name


@dataclass(frozen=True)
class SizeDraft:
    """A size as typed: a label ('33 cm'; '' for a product sold in one size), its price, its
    dose factor in percent of the recipe."""

    label: str
    price_cents: int | None
    dose_pct: int = 100
    is_default: bool = False


@dataclass(frozen=True)
class ProductDraft:
    code: str
    name: str
    category_id: int
    price_cents: int  # VAT included
    vat_rate_bp: int
    recipe: tuple[RecipeLineDraft, ...]
    memo: tuple[str, ...] = ()
    options: tuple[OptionDraft, ...] = ()
    description: str | None = None
    baking_notes: str | None = None
    # Its sizes. None given: a new product gets one unlabelled size at `price_cents`, an
    # existing one keeps its sizes. Either way `price_cents` is the default size's price.
    sizes: tuple[SizeDraft, ...] = ()


MAX_SIZES = 6
MIN_DOSE_PCT, MAX_DOSE_PCT = 10, 400


def check_sizes(sizes: tuple[SizeDraft, ...]) -> tuple[SizeDraft, ...]:
    """The sizes cleaned (labels trimmed), or ValidationError: every size a price, a label of
    its own, a dose factor in range, exactly one default."""
    if not sizes:
        return ()
    if len(sizes) > MAX_SIZES:
        raise _too_many("sizes", MAX_SIZES)
    clean = []
    labels: set[str] = set()
    for size in sizes:
        label = (size.label or "").strip()
        shown = label or "-"
        if len(label) > 20 or label in labels or (not label and len(sizes) > 1):
            raise ValidationError("catalogue.size_label", field_key="sizes", size=shown)
        labels.add(label)
        price = size.price_cents
        if (
            not isinstance(price, int)
            or isinstance(price, bool)
            or not 0 < price <= (MAX_PRICE_CENTS)
        ):
            raise ValidationError(
                "catalogue.size_price",
                field_key="sizes",
                size=shown,
                limit=format_cents(MAX_PRICE_CENTS),
            )
        dose = size.dose_pct
        if (
            not isinstance(dose, int)
            or isinstance(dose, bool)
            or not (MIN_DOSE_PCT <= dose <= MAX_DOSE_PCT)
        ):
            raise ValidationError("catalogue.size_dose", field_key="sizes", size=shown)
        clean.append(SizeDraft(label, price, dose, bool(size.is_default)))
    if sum(1 for s in clean if s.is_default) != 1:
        raise ValidationError("catalogue.size_default", field_key="sizes")
    return tuple(clean)


@dataclass(frozen=True)
class IngredientRef:
    name: str
    unit: Unit


def check_draft(draft: ProductDraft, ingredients: Mapping[int, IngredientRef]) -> ProductDraft:
    """The draft cleaned (trimmed texts, blank memo steps dropped, option labels filled), or
    ValidationError on the first fault. `ingredients`: every active ingredient by id."""
    code = (draft.code or "").strip().lower()
    if not code:
        raise _required("code")
    if not _CODE.match(code):
        raise ValidationError("catalogue.code_format", field_key="code")
    name = validation.text(draft.name, "name", limit=80)
    description = validation.text(draft.description, "description", limit=300, required=False)
    baking = validation.text(draft.baking_notes, "baking_notes", limit=300, required=False)
    validation.identifier(draft.category_id, "category")
    price = check_price(draft.price_cents)
    # The product's price is its default size's: a draft whose default size says otherwise
    # (a script, an editor that changed only the price) is read as changing that size.
    sizes = tuple(
        replace(z, price_cents=price) if z.is_default else z
        for z in check_sizes(tuple(draft.sizes))
    )
    vat = check_vat_rate(draft.vat_rate_bp)

    recipe = tuple(draft.recipe)
    if not recipe:
        raise ValidationError("catalogue.no_recipe", field_key="recipe")
    if len(recipe) > MAX_RECIPE_LINES:
        raise _too_many("recipe", MAX_RECIPE_LINES)
    seen: set[int] = set()
    for line in recipe:
        ingredient = _ingredient(line.ingredient_id, ingredients)
        if line.ingredient_id in seen:
            raise ValidationError(
                "catalogue.duplicate_ingredient", field_key="recipe", ingredient=ingredient.name
            )
        seen.add(line.ingredient_id)
        check_dose(line.quantity, ingredient)

    memo = tuple(
        validation.text(step, "memo", limit=300)
        for step in draft.memo
        if (step or "").strip()  # a blank line left in the editor is not a step
    )
    if len(memo) > MAX_MEMO_STEPS:
        raise _too_many("memo", MAX_MEMO_STEPS)

    if len(draft.options) > MAX_OPTIONS:
        raise _too_many("options", MAX_OPTIONS)
    options = []
    taken: set[tuple[CustomisationKind, int]] = set()
    for option in draft.options:
        options.append(_check_option(option, ingredients, seen, taken))

    return replace(
        draft,
        code=code,
        name=name,
        description=description,
        baking_notes=baking,
        price_cents=price,
        vat_rate_bp=vat,
        recipe=recipe,
        memo=memo,
        options=tuple(options),
        sizes=sizes,
    )


def _check_option(
    option: OptionDraft,
    ingredients: Mapping[int, IngredientRef],
    recipe: set[int],
    taken: set[tuple[CustomisationKind, int]],
) -> OptionDraft:
    try:
        kind = CustomisationKind(option.kind)
    except ValueError:
        raise ValidationError("input.id", field="kind") from None
    ingredient = _ingredient(option.ingredient_id, ingredients)
    label = validation.text(option.label, "option_label", limit=80, required=False)
    if kind is CustomisationKind.REMOVE:
        if option.ingredient_id not in recipe:
            raise ValidationError(
                "catalogue.remove_not_in_recipe", field_key="options", ingredient=ingredient.name
            )
        quantity, price = None, 0
        label = label or f"Sans {ingredient.name}"
    else:
        if option.quantity is None or option.quantity == 0:
            raise ValidationError(
                "catalogue.extra_dose", field_key="options", ingredient=ingredient.name
            )
        quantity = check_dose(option.quantity, ingredient)
        price = option.price_cents
        if (
            not isinstance(price, int)
            or isinstance(price, bool)
            or not 0 <= price <= MAX_EXTRA_PRICE_CENTS
        ):
            raise ValidationError(
                "catalogue.option_price",
                field_key="options",
                limit=format_cents(MAX_EXTRA_PRICE_CENTS),
            )
        label = label or f"Supplément {ingredient.name}"
    key = (kind, option.ingredient_id)
    if key in taken:
        raise ValidationError("catalogue.duplicate_option", field_key="options", label=label)
    taken.add(key)
    return OptionDraft(kind, option.ingredient_id, quantity, price, label[:80])


def check_price(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= MAX_PRICE_CENTS:
        raise ValidationError(
            "catalogue.price", field_key="price", limit=format_cents(MAX_PRICE_CENTS)
        )
    return value


def check_vat_rate(value: object) -> int:
    if value not in VAT_RATES or isinstance(value, bool):
        raise ValidationError(
            "catalogue.vat_rate",
            field_key="vat_rate",
            rates=" / ".join(format_rate(rate) for rate in VAT_RATES),
        )
    assert isinstance(value, int)
    return value


def check_dose(value: object, ingredient: IngredientRef) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= MAX_DOSE:
        raise ValidationError(
            "catalogue.dose",
            field_key="recipe",
            ingredient=ingredient.name,
            limit=MAX_DOSE,
            unit=UNIT_NAMES[ingredient.unit],
        )
    return value


UNIT_NAMES: dict[Unit, Text] = {
    Unit.GRAM: Text("Unit", "g"),
    Unit.MILLILITRE: Text("Unit", "ml"),
    Unit.PIECE: Text("Unit", "pieces"),
}


def _ingredient(ingredient_id: int, ingredients: Mapping[int, IngredientRef]) -> IngredientRef:
    found = ingredients.get(ingredient_id) if isinstance(ingredient_id, int) else None
    if found is None:
        raise ValidationError("input.id", field="ingredient")
    return found


def _required(field: str) -> ValidationError:
    return ValidationError("input.required", field=validation.FIELDS[field], field_key=field)


def _too_many(field: str, limit: int) -> ValidationError:
    return ValidationError(
        "catalogue.too_many", field=validation.FIELDS[field], field_key=field, limit=limit
    )


# --------------------------------------------------------------------------- photos


def photo_type(content: bytes) -> str:
    """'image/png' or 'image/jpeg', read from the file's own header (never from its name);
    ValidationError for anything else, an empty file, or one over the size limit."""
    if not isinstance(content, bytes | bytearray) or not content:
        raise ValidationError("catalogue.photo_format", field_key="photo")
    if len(content) > MAX_PHOTO_BYTES:
        raise ValidationError(
            "catalogue.photo_size",
            field_key="photo",
            size=(len(content) + 1023) // 1024,
            limit=MAX_PHOTO_BYTES // 1024,
        )
    if _png_size(content) is not None:
        return PNG
    if _jpeg_size(content) is not None:
        return JPEG
    raise ValidationError("catalogue.photo_format", field_key="photo")


def _png_size(content: bytes) -> tuple[int, int] | None:
    """Signature, then the IHDR chunk first with a non-empty size."""
    if len(content) < 33 or content[:8] != b"\x89PNG\r\n\x1a\n" or content[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", content[16:24])
    return (width, height) if width > 0 and height > 0 else None


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(content: bytes) -> tuple[int, int] | None:
    """SOI, then the segments up to a start-of-frame marker carrying the size."""
    if content[:3] != b"\xff\xd8\xff":
        return None
    position = 2
    while position + 4 <= len(content):
        if content[position] != 0xFF:
            return None
        marker = content[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            position += 2
            continue
        (length,) = struct.unpack(">H", content[position + 2 : position + 4])
        if length < 2:
            return None
        if marker in _SOF:
            if position + 9 > len(content):
                return None
            height, width = struct.unpack(">HH", content[position + 5 : position + 9])
            return (width, height) if width > 0 and height > 0 else None
        position += 2 + length
    return None
