"""Checks of what users type, before anything reaches the database.

Every check raises ValidationError with the field's name in French and English, so the
screen can say which field is wrong and keep everything the user typed.
"""

from __future__ import annotations

import re
import unicodedata

from ocpizza_desk.domain import phones
from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.domain.money import format_cents

FIELDS: dict[str, dict[str, str]] = {
    "first_name": {"fr": "prénom", "en": "first name"},
    "last_name": {"fr": "nom", "en": "last name"},
    "email": {"fr": "e-mail", "en": "e-mail"},
    "phone": {"fr": "téléphone", "en": "phone"},
    "notes": {"fr": "remarques", "en": "notes"},
    "label": {"fr": "libellé", "en": "label"},
    "street": {"fr": "adresse", "en": "street"},
    "extra": {"fr": "complément d'adresse", "en": "address line 2"},
    "postcode": {"fr": "code postal", "en": "postcode"},
    "city": {"fr": "ville", "en": "city"},
    "door_code": {"fr": "digicode", "en": "door code"},
    "floor": {"fr": "étage", "en": "floor"},
    "reason": {"fr": "raison", "en": "reason"},
    "reference": {"fr": "référence", "en": "reference"},
    "name_prefix": {"fr": "nom recherché", "en": "name searched"},
    "search": {"fr": "recherche", "en": "search"},
    "threshold": {"fr": "seuil d'alerte", "en": "alert threshold"},
    "counted": {"fr": "quantité comptée", "en": "counted quantity"},
    "packs": {"fr": "colis", "en": "packs"},
    "quantity": {"fr": "quantité", "en": "quantity"},
    # -- catalogue
    "code": {"fr": "code", "en": "code"},
    "name": {"fr": "nom", "en": "name"},
    "description": {"fr": "description", "en": "description"},
    "baking_notes": {"fr": "cuisson", "en": "baking notes"},
    "recipe": {"fr": "recette", "en": "recipe"},
    "memo": {"fr": "étape du mémo", "en": "memo step"},
    "options": {"fr": "personnalisations", "en": "customisations"},
    "option_label": {"fr": "libellé de l'option", "en": "option label"},
    # -- stores and staff
    "store_name": {"fr": "nom de la pizzeria", "en": "store name"},
    "username": {"fr": "identifiant", "en": "username"},
    "full_name": {"fr": "nom complet", "en": "full name"},
    "action": {"fr": "action", "en": "action"},
    "entity": {"fr": "type d'élément", "en": "entity"},
    # -- deliveries
    "float": {"fr": "fonds de caisse", "en": "change fund"},
    "handed_in": {"fr": "espèces remises", "en": "cash handed in"},
    "note": {"fr": "remarque", "en": "note"},
    # -- operations
    "maintenance_message": {"fr": "message de maintenance", "en": "maintenance message"},
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
        raise _error("input.characters", field)
    return cleaned


def person_name(value: str | None, field: str) -> str:
    """Letters (any alphabet), spaces, hyphens, apostrophes, dots: no digits, no emoji."""
    cleaned = text(value, field, limit=60)
    assert cleaned is not None
    for ch in cleaned:
        if not (unicodedata.category(ch)[0] in "LM" or ch in _NAME_PUNCTUATION):
            raise _error("input.characters", field)
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
