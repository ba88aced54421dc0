"""Pure rules: the order lifecycle, prices and VAT, availability, validation."""

from collections import Counter

import pytest

from ocpizza_desk.domain import lifecycle, phones, validation
from ocpizza_desk.domain.availability import Option, can_make, unit_consumption
from ocpizza_desk.domain.enums import CustomisationKind, OrderMode, OrderStatus
from ocpizza_desk.domain.errors import CONTEXT, MESSAGES, DomainError, ValidationError
from ocpizza_desk.domain.money import format_cents, parse_euros
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.pricing import PricedLine, excluding_vat, format_rate, vat_breakdown
from ocpizza_desk.domain.texts import translate

S, D, T = OrderStatus, OrderMode.DELIVERY, OrderMode.TAKEAWAY

# (from, to, mode) -> (permission, needs a reason) or None when forbidden
LIFECYCLE = [
    (S.RECEIVED, S.IN_PREPARATION, D, (Permission.WORK_KITCHEN, False)),
    (S.IN_PREPARATION, S.READY, T, (Permission.WORK_KITCHEN, False)),
    (S.READY, S.OUT_FOR_DELIVERY, D, (Permission.DELIVER, False)),
    (S.READY, S.OUT_FOR_DELIVERY, T, None),  # a take-away order is not delivered
    (S.OUT_FOR_DELIVERY, S.DELIVERED, D, (Permission.DELIVER, False)),
    (S.READY, S.COLLECTED, T, (Permission.TAKE_ORDERS, False)),
    (S.READY, S.COLLECTED, D, None),
    (S.RECEIVED, S.CANCELLED, D, (Permission.CANCEL_RECEIVED_ORDERS, False)),
    (S.IN_PREPARATION, S.CANCELLED, T, (Permission.CANCEL_STARTED_ORDERS, True)),
    (S.READY, S.CANCELLED, D, (Permission.CANCEL_STARTED_ORDERS, True)),
    (S.OUT_FOR_DELIVERY, S.CANCELLED, D, (Permission.CANCEL_STARTED_ORDERS, True)),
    (S.RECEIVED, S.READY, D, None),  # no skipping the oven
    (S.DELIVERED, S.CANCELLED, D, None),  # closed is closed
    (S.COLLECTED, S.RECEIVED, T, None),
    (S.CANCELLED, S.RECEIVED, T, None),
    (S.IN_PREPARATION, S.RECEIVED, D, None),  # no going back
    (S.OUT_FOR_DELIVERY, S.READY, D, None),
]


@pytest.mark.parametrize("source, target, mode, expected", LIFECYCLE)
def test_lifecycle_table(source, target, mode, expected):
    if expected is None:
        with pytest.raises(DomainError) as refused:
            lifecycle.transition(source, target, mode)
        assert refused.value.code == "order.transition"
    else:
        step = lifecycle.transition(source, target, mode)
        assert (step.permission, step.needs_reason) == expected


def test_terminal_statuses_lead_nowhere():
    for status in (S.DELIVERED, S.COLLECTED, S.CANCELLED):
        for mode in OrderMode:
            assert lifecycle.next_statuses(status, mode) == []
    assert lifecycle.next_statuses(S.READY, T) == [S.COLLECTED, S.CANCELLED]
    assert lifecycle.next_statuses(S.READY, D) == [S.OUT_FOR_DELIVERY, S.CANCELLED]


@pytest.mark.parametrize(
    "ttc, rate, ht",
    [
        (1100, 1000, 1000),  # 11,00 TTC at 10 % = 10,00 HT
        (990, 1000, 900),
        (1, 1000, 1),  # 0,91 rounds to 1 cent
        (5, 1000, 5),  # 4,545... -> 5
        (105, 550, 100),  # 5,5 %: 1,05 TTC = 0,995... -> 1,00
        (350, 550, 332),  # 331,75 -> 332
        (600, 2000, 500),
        (0, 1000, 0),
        (123457, 2000, 102881),  # 102880,83 -> 102881
    ],
)
def test_vat_exclusive_price_rounds_half_up(ttc, rate, ht):
    assert excluding_vat(ttc, rate) == ht


def test_vat_breakdown_per_rate_on_the_rate_total():
    lines = [
        PricedLine(1090, 150, 2, 1000),  # two pizzas with an extra: 24,80
        PricedLine(350, 0, 3, 550),  # three cans: 10,50
        PricedLine(450, 0, 1, 2000),  # a beer: 4,50
        PricedLine(990, 0, 1, 1000),  # 9,90
    ]
    breakdown = vat_breakdown(lines)
    assert [(v.rate_bp, v.total_cents) for v in breakdown] == [
        (550, 1050),
        (1000, 3470),
        (2000, 450),
    ]
    assert [(v.base_cents, v.vat_cents) for v in breakdown] == [(995, 55), (3155, 315), (375, 75)]
    for v in breakdown:
        assert v.base_cents + v.vat_cents == v.total_cents
    # Per-line rounding would have drifted: 2480 -> 2255 and 990 -> 900, total 3155 too here,
    # but 3 x 350 per line gives 3 x 332 = 996, one cent more than on the total.
    assert 3 * excluding_vat(350, 550) != excluding_vat(1050, 550)


def test_money_and_rates_are_shown_the_french_way():
    assert format_cents(123456) == "1\u202f234,56\u00a0€"
    assert format_cents(5) == "0,05\u00a0€"
    assert format_cents(-250) == "-2,50\u00a0€"
    assert format_cents(123456, "en") == "€1,234.56"
    assert format_rate(1000) == "10 %" and format_rate(550) == "5,5 %"


def _old_axis_label(cents: int, lang: str) -> str:
    """report_format.euros_short as it was before format_cents(whole=True) replaced it."""
    whole = (cents + 50) // 100
    return f"{whole:,}".replace(",", "\u202f") + "\u00a0€" if lang == "fr" else f"€{whole:,}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_whole_euros_for_chart_axes_round_half_up_as_before(lang):
    for cents in (0, 49, 50, 149, 150, 99_999, 1_234_550, 120_000_000):
        assert format_cents(cents, lang, whole=True) == _old_axis_label(cents, lang)
    assert format_cents(1_234_550, "fr", whole=True) == "12\u202f346\u00a0€"
    assert format_cents(1_234_550, "en", whole=True) == "€12,346"


def test_an_amount_field_is_filled_with_what_parse_euros_reads_back():
    # payment.euros_text wrote f"{c // 100},{c % 100:02d}": same text in French...
    for cents in (0, 5, 1250, 123_456, 9_999_999):
        assert format_cents(cents, "fr", plain=True) == f"{cents // 100},{cents % 100:02d}"
        for lang in ("fr", "en"):
            assert parse_euros(format_cents(cents, lang, plain=True)) == cents
    # ...a decimal point in English (as every other amount on an English screen)...
    assert format_cents(123_456, "en", plain=True) == "1234.56"
    # ...and a negative amount is no longer a euro off (-150 was "-2,50")
    assert format_cents(-150, "fr", plain=True) == "-1,50"


REGINA = {1: 1, 2: 80, 3: 100, 4: 60}  # dough, sauce, mozzarella, ham


def test_availability_is_the_minimum_over_the_recipe():
    stock = {1: 10, 2: 800, 3: 350, 4: 600}
    assert can_make(REGINA, stock, {}) == 3  # mozzarella: 350 // 100
    assert can_make(REGINA, stock, {3: 100}) == 2  # the cart already holds 100 g
    assert can_make(REGINA, {1: 10, 2: 800, 3: 350}, {}) == 0  # no ham at all
    assert can_make({}, stock, {}) == 0  # no recipe, no sale
    assert can_make(REGINA, stock, {3: 1000}) == 0  # never negative


def test_customisations_change_consumption():
    without_ham = Option(1, CustomisationKind.REMOVE, 4, 60, 0, "Sans jambon")
    extra_cheese = Option(2, CustomisationKind.EXTRA, 3, 50, 150, "Supplément mozzarella")
    used = unit_consumption(REGINA, [without_ham, extra_cheese])
    assert used == Counter({1: 1, 2: 80, 3: 150})
    stock = {1: 10, 2: 800, 3: 350, 4: 0}
    assert can_make(used, stock, {}) == 2  # no ham needed any more; 350 // 150


@pytest.mark.parametrize(
    "typed",
    [
        "06 12 34 56 78",
        "0612345678",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "+33 6 12 34 56 78",
        "+33612345678",
        "0033 6 12 34 56 78",
        "(0)6 12 34 56 78",
    ],
)
def test_french_ways_of_writing_a_number_give_one_e164(typed):
    assert phones.normalise(typed) == "+33612345678"
    assert phones.display("+33612345678") == "06 12 34 56 78"


@pytest.mark.parametrize("typed", ["", "12", "06 12 34", "not a phone", "9" * 41, "+33 1 2"])
def test_invalid_numbers_are_refused(typed):
    with pytest.raises(ValidationError) as refused:
        validation.phone(typed)
    assert refused.value.code == "input.phone"


@pytest.mark.parametrize(
    "value, ok",
    [
        ("Dupont", True),
        ("N'Diaye", True),
        ("Le Gall-Hervé", True),
        ("Łukasz", True),
        ("Robert'); DROP TABLE customers;--", False),
        ("Jean 🍕", False),
        ("R2D2", False),
        ("", False),
        ("x" * 61, False),
        ("a\x00b", False),
    ],
)
def test_person_names(value, ok):
    if ok:
        assert validation.person_name(value, "last_name") == value
    else:
        with pytest.raises(ValidationError):
            validation.person_name(value, "last_name")


def test_free_text_keeps_emoji_and_sql_looking_text_but_not_control_characters():
    assert validation.text("Sonnez 2x 🍕", "notes", limit=300) == "Sonnez 2x 🍕"
    assert validation.text("'; DROP TABLE orders; --", "notes", limit=300) == (
        "'; DROP TABLE orders; --"
    )
    assert validation.text("  trop   d'espaces ", "notes", limit=300) == "trop d'espaces"
    with pytest.raises(ValidationError) as long:
        validation.text("x" * 10_000, "street", limit=160)
    assert long.value.code == "input.too_long" and long.value.field == "street"
    with pytest.raises(ValidationError):
        validation.text("bell\x07", "notes", limit=300)


@pytest.mark.parametrize("value", [0, -1, 51, 1.5, "2", True, None])
def test_absurd_quantities(value):
    with pytest.raises(ValidationError) as refused:
        validation.quantity(value)
    assert refused.value.code == "input.quantity"


def test_every_message_exists_in_french_and_english_with_the_same_placeholders():
    import string

    for code, english in MESSAGES.items():
        texts = {"en": english, "fr": translate(CONTEXT, english, "fr")}
        fields = [
            {f for _, f, _, _ in string.Formatter().parse(texts[lang]) if f}
            for lang in ("fr", "en")
        ]
        assert fields[0] == fields[1], code
        assert texts["fr"] != texts["en"], code


def test_domain_errors_survive_pickling():
    """They cross process boundaries (worker pools) with their code, parameters and data."""
    import pickle

    from ocpizza_desk.domain.errors import StockError

    error = StockError(
        "stock.insufficient", shortages=[(3, 120)], products="Regina", ingredients="Mozzarella"
    )
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is StockError and copy.code == error.code
    assert copy.shortages == [(3, 120)] and copy.message("fr") == error.message("fr")


@pytest.mark.parametrize(
    ("typed", "refused"), [("Dufresne5", "5"), ("Zoé 😀", "😀"), ("Le\u200bBlanc", "\u200b")]
)
def test_a_refused_name_carries_the_character_refused(typed, refused):
    """So that the screen can say which one is wrong (issue 18, item 13)."""
    with pytest.raises(ValidationError) as caught:
        validation.person_name(typed, "last_name")
    assert caught.value.code == "input.characters"
    assert caught.value.params["character"] == refused
