"""The screens' euros come from the one formatter, in the language switched live."""

from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.gui import i18n, printing, report_format
from ocpizza_desk.gui.models import deliveries


def test_money_follows_the_language_switched_live(qt_settings):
    assert i18n.money(123_456) == "1\u202f234,56\u00a0€"
    assert i18n.money(123_456, plain=True) == "1234,56"
    i18n.install("en", remember=False)
    assert i18n.money(123_456) == "€1,234.56" == format_cents(123_456, "en")
    assert i18n.money(123_450, whole=True) == "€1,235"
    assert i18n.money(123_456, plain=True) == "1234.56"


def test_no_screen_helper_keeps_its_own_copy():
    """The report figures, the tickets and the delivery board write euros with it."""
    assert report_format.money is i18n.money
    assert printing.money is i18n.money
    assert deliveries.money is i18n.money
    assert not hasattr(report_format, "euros_short")
