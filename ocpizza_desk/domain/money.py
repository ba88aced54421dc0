"""Money is integer cents, VAT included (French TTC). Never floats."""

NBSP = "\u00a0"
NNBSP = "\u202f"  # French thousands separator


def format_cents(cents: int, lang: str = "fr") -> str:
    """12345 -> '123,45 €' (fr) or '€123.45' (en)."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    if lang == "fr":
        grouped = f"{euros:,}".replace(",", NNBSP)
        return f"{sign}{grouped},{rest:02d}{NBSP}€"
    return f"{sign}€{euros:,}.{rest:02d}"
