"""Phone numbers: stored as E.164, typed any French way, shown the French way."""

from __future__ import annotations

import phonenumbers

DEFAULT_REGION = "FR"


def normalise(text: str, region: str = DEFAULT_REGION) -> str | None:
    """'06 12 34 56 78', '+33 6 12...', '0033612...' -> '+33612345678'; None if invalid."""
    if not text or len(text) > 40:
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display(e164: str | None) -> str:
    """'+33143551287' -> '01 43 55 12 87'; foreign numbers in international form."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == DEFAULT_REGION
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)
