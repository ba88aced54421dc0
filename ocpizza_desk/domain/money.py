"""Money is integer cents, VAT included (French TTC). Never floats."""

from ocpizza_desk.domain.texts import Localized

NBSP = "\u00a0"
NNBSP = "\u202f"  # French thousands separator


def format_cents(cents: int, lang: str = "fr", *, whole: bool = False, plain: bool = False) -> str:
    """The one way euros are written (screens, tickets, PDFs, exports, messages).

    12345 -> '123,45 €' (fr) or '€123.45' (en). `whole`: euros rounded half up, for chart
    axes ('123 €' / '€123'). `plain`: what an amount field is filled with, to be typed over
    and read back by `parse_euros` (no symbol, no grouping: '1234,50' / '1234.50').
    """
    if whole:
        euros = (cents + 50) // 100
        sign, euros, rest = ("-" if euros < 0 else ""), abs(euros), None
    else:
        sign = "-" if cents < 0 else ""
        euros, rest = divmod(abs(cents), 100)
    point = "," if lang == "fr" else "."
    if plain:
        return f"{sign}{euros}" + ("" if rest is None else f"{point}{rest:02d}")
    grouped = f"{euros:,}".replace(",", NNBSP if lang == "fr" else ",")
    number = grouped + ("" if rest is None else f"{point}{rest:02d}")
    return f"{sign}{number}{NBSP}€" if lang == "fr" else f"{sign}€{number}"


class Amount(Localized):
    """An amount as a message parameter: written by `format_cents` in the reader's language."""

    __slots__ = ("cents",)

    def __init__(self, cents: int) -> None:
        self.cents = cents

    def text(self, lang: str) -> str:
        return format_cents(self.cents, lang)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Amount) and other.cents == self.cents

    def __hash__(self) -> int:
        return hash(self.cents)

    def __repr__(self) -> str:
        return f"Amount({self.cents})"

    def __reduce__(self):
        return (Amount, (self.cents,))


def parse_euros(text: str) -> int:
    """'12,50', '12.5', '12 €', '1 234,5' -> cents. ValueError for anything else."""
    import re

    cleaned = text.replace("€", "").replace(NBSP, "").replace(NNBSP, "").replace(" ", "").strip()
    match = re.fullmatch(r"(\d{1,7})(?:[.,](\d{1,2}))?", cleaned)
    if not match:
        raise ValueError(f"not an amount: {text!r}")
    euros, cents = match.group(1), (match.group(2) or "0").ljust(2, "0")
    return int(euros) * 100 + int(cents)


def denomination_text(cents: int) -> str:
    """How a note or a coin is called: "50 €", "2 €", "50 c" (the drawer, the Z ticket)."""
    return f"{cents // 100} €" if cents >= 100 else f"{cents} c"
