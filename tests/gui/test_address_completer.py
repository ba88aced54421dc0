"""The counter's address autocomplete: nothing under 3 characters, one question after a pause
in the typing (older answers dropped), a suggestion fills street, postcode and town, and a
failing or hanging service never holds the typing. The Géoplateforme is the local fake."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

from ocpizza_desk.config import MapsConfig
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.gui.widgets.address_completer import AddressCompleter
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.maps_setup import configure_maps
from tests.fake_geoplateforme import FakeGeoplateforme

COUNTER = StaffSession(1, "accueil.test", "Accueil Test", Role.COUNTER, 1, "")


class Context:
    """The completer calls no database: the maps part of a context is enough."""

    maps = maps_key = geocoder = None


@pytest.fixture
def public():
    fake = FakeGeoplateforme().start()
    yield fake
    fake.stop()


@pytest.fixture
def form(qtbot, qt_settings, public):
    ctx = Context()
    configure_maps(ctx, MapsConfig(geoplateforme_url=public.url))
    parent = QWidget()
    qtbot.addWidget(parent)
    street, postcode, city = QLineEdit(parent), QLineEdit(parent), QLineEdit(parent)
    city.setText("Paris")
    completer = AddressCompleter(street, postcode, city, ctx, COUNTER, parent)
    parent.show()
    street.setFocus()
    yield completer, street, postcode, city
    del parent


def searches(public) -> list[str]:
    return [r for r in public.requests if r.startswith("/geocodage/search")]


def test_a_suggestion_fills_street_postcode_and_town(qtbot, form, public):
    completer, street, postcode, city = form
    with qtbot.waitSignal(completer.shown, timeout=5_000) as shown:
        QTest.keyClicks(street, "27 rue du faub")
    assert shown.args == [1] and len(searches(public)) == 1  # one question, after the pause
    assert "autocomplete=1" in searches(public)[0]
    [candidate] = completer.candidates
    assert candidate.label == "27 Rue du Faubourg Saint-Antoine 75011 Paris"
    completer.choose(candidate)
    assert (street.text(), postcode.text(), city.text()) == (
        "27 Rue du Faubourg Saint-Antoine",
        "75011",
        "Paris",
    )


def test_nothing_is_asked_under_three_characters(qtbot, form, public):
    completer, street, _postcode, _city = form
    QTest.keyClicks(street, "27")
    assert not completer._timer.isActive()  # no question on its way (no need to sit it out)
    completer.ask()  # nor one if the timer fired all the same
    completer.runner.wait_idle()
    assert searches(public) == []


def test_answers_for_an_older_text_are_dropped(qtbot, form, public):
    completer, street, _postcode, _city = form
    with qtbot.waitSignal(completer.shown, timeout=5_000):
        QTest.keyClicks(street, "14 rue de la")
    public.delay_s = 0  # the next answer is for a text already changed: dropped
    completer.ask()
    street.setText("27 rue du faub")
    street.textEdited.emit("27 rue du faub")
    with qtbot.waitSignal(completer.shown, timeout=5_000):
        pass
    assert [c.street for c in completer.candidates] == ["27 Rue du Faubourg Saint-Antoine"]


def test_a_failing_service_leaves_the_typing_alone(qtbot, form, public):
    """The service holds its answer (then fails): the keys typed meanwhile all land, the
    question still unanswered; then the failure shows no suggestion. No clock involved."""
    completer, street, _postcode, _city = form
    public.status = 500
    public.gate = threading.Event()
    answers = []
    completer.shown.connect(answers.append)
    try:
        QTest.keyClicks(street, "27 rue du faub")
        completer.ask()  # the question goes now, and hangs at the service
        qtbot.waitUntil(lambda: len(searches(public)) >= 1, timeout=5_000)
        QTest.keyClicks(street, "ourg saint antoine")
        assert street.text() == "27 rue du faubourg saint antoine"
        assert answers == []  # still unanswered: neither the question nor the keys waited
    finally:
        public.gate.set()
        public.gate = None
    with qtbot.waitSignal(completer.shown, timeout=5_000) as shown:
        pass
    assert shown.args == [0] and street.text() == "27 rue du faubourg saint antoine"
