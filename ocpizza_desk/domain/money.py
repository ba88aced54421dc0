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


def parse_euros(text: str) -> int:
    """'12,50', '12.5', '12 €', '1 234,5' -> cents. ValueError for anything else."""
    import re

    cleaned = text.replace("€", "").replace(NBSP, "").replace(NNBSP, "").replace(" ", "").strip()
    match = re.fullmatch(r"(\d{1,7})(?:[.,](\d{1,2}))?", cleaned)
    if not match:
        raise ValueError(f"not an amount: {text!r}")
    euros, cents = match.group(1), (match.group(2) or "0").ljust(2, "0")
    return int(euros) * 100 + int(cents)
