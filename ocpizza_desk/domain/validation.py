"""Checks of what users type, before anything reaches the database.

Every check raises ValidationError with the field's name (a catalogue text), so the
screen can say which field is wrong and keep everything the user typed.
"""

from __future__ import annotations

import re
import unicodedata

from ocpizza_desk.domain import phones
from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.domain.texts import Text

FIELDS: dict[str, Text] = {
    "first_name": Text("Field", "first name"),
    "last_name": Text("Field", "last name"),
    "email": Text("Field", "e-mail"),
    "phone": Text("Field", "phone"),
    "notes": Text("Field", "notes"),
    "label": Text("Field", "label"),
    "street": Text("Field", "street"),
    "extra": Text("Field", "address line 2"),
    "postcode": Text("Field", "postcode"),
    "city": Text("Field", "city"),
    "door_code": Text("Field", "door code"),
    "floor": Text("Field", "floor"),
    "reason": Text("Field", "reason"),
    "reference": Text("Field", "reference"),
    "name_prefix": Text("Field", "name searched"),
    "search": Text("Field", "search"),
    "threshold": Text("Field", "alert threshold"),
    "counted": Text("Field", "counted quantity"),
    "packs": Text("Field", "packs"),
    "quantity": Text("Field", "quantity"),
    # -- catalogue
    "code": Text("Field", "code"),
    "name": Text("Field", "name"),
    "description": Text("Field", "description"),
    "baking_notes": Text("Field", "baking notes"),
    "recipe": Text("Field", "recipe"),
    "memo": Text("Field", "memo step"),
    "options": Text("Field", "customisations"),
    "option_label": Text("Field", "option label"),
    # -- stores and staff
    "store_name": Text("Field", "store name"),
    "username": Text("Field", "username"),
    "full_name": Text("Field", "full name"),
    "action": Text("Field", "action"),
    "entity": Text("Field", "entity"),
    # -- deliveries
    "float": Text("Field", "change fund"),
    "handed_in": Text("Field", "cash handed in"),
    "note": Text("Field", "note"),
    # -- operations
    "maintenance_message": Text("Field", "maintenance message"),
}

MAX_AMOUNT_CENTS = 1_000_000  # 10 000 €: more than any order, less than any typo of a zero
MAX_LINE_QUANTITY = 50
MAX_STOCK_UNITS = 100_000_000  # 100 t in grams
_NAME_PUNCTUATION = set(" -'’.")
_POSTCODE = re.compile(r"^\d{5}$")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[A-Za-z]{2,}$")


def _error(code: str, field: str, **params) -> ValidationError:
    return ValidationError(code, field=FIELDS[field], field_key=field, **params)


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") for ch in text)


def _first_control(text: str) -> str:
    return next(ch for ch in text if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co"))


def text(
    value: str | None, field: str, *, limit: int, required: bool = True, minimum: int = 1
) -> str | None:
    """Trimmed free text (emoji welcome); None for an empty optional field."""
    cleaned = " ".join((value or "").split())
    if not cleaned:
        if required:
            raise _error("input.required", field)
        return None
    if len(cleaned) > limit:
        raise _error("input.too_long", field, limit=limit)
    if len(cleaned) < minimum:
        raise _error("input.too_short", field, limit=minimum)
    if _has_control(cleaned):
        raise _error("input.characters", field, character=_first_control(cleaned))
    return cleaned


def person_name(value: str | None, field: str) -> str:
    """Letters (any alphabet), spaces, hyphens, apostrophes, dots: no digits, no emoji."""
    cleaned = text(value, field, limit=60)
    assert cleaned is not None
    for ch in cleaned:
        if not (unicodedata.category(ch)[0] in "LM" or ch in _NAME_PUNCTUATION):
            # The character named, so that the screen can say which one ("5", "😀").
            raise _error("input.characters", field, character=ch)
    if not any(unicodedata.category(ch)[0] == "L" for ch in cleaned):
        raise _error("input.characters", field)
    return cleaned


def postcode(value: str | None) -> str:
    cleaned = (value or "").strip().replace(" ", "")
    if not _POSTCODE.match(cleaned):
        raise ValidationError("input.postcode", field_key="postcode")
    return cleaned


def email(value: str | None) -> str | None:
    cleaned = text(value, "email", limit=120, required=False)
    if cleaned is not None and not _EMAIL.match(cleaned):
        raise ValidationError("input.email", field_key="email")
    return cleaned


def phone(value: str | None) -> str:
    normalised = phones.normalise(value or "")
    if normalised is None:
        shown = (value or "")[:40]
        raise ValidationError("input.phone", field_key="phone", value=shown)
    return normalised


def quantity(value: object, limit: int = MAX_LINE_QUANTITY) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= limit:
        raise ValidationError("input.quantity", field_key="quantity", limit=limit)
    return value


def whole_number(value: object, field: str, limit: int = MAX_STOCK_UNITS) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= limit:
        raise _error("input.number", field, limit=limit)
    return value


def amount(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= MAX_AMOUNT_CENTS:
        raise ValidationError(
            "input.amount", field_key="amount", limit=format_cents(MAX_AMOUNT_CENTS)
        )
    return value


def identifier(value: object, field: str) -> int:
    """A database id handed back by a screen: a positive int, nothing else."""
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0 or value > 2**62:
        raise ValidationError("input.id", field=field)
    return value
