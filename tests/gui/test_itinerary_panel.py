"""The itinerary beside the map: French numbers, stops with their times, plain-text steps."""

from __future__ import annotations

import itertools

import pytest
from googlemaps.convert import encode_polyline

from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.widgets.itinerary_panel import (
    ItineraryPanel,
    format_distance,
    format_km,
    format_minutes,
    plain_instruction,
)
from ocpizza_desk.integrations.maps import Leg, Route, Step
from ocpizza_desk.services.itineraries import Marker, from_route

PATH = [(48.85408, 2.37123), (48.86749, 2.36361), (48.85837, 2.34699)]
STORE = Marker(*PATH[0], "store", "", "OC Pizza Bastille")
GIVEN = [
    Marker(*PATH[2], "stop", "", "n° 13 – 4 rue B"),
    Marker(*PATH[1], "stop", "", "n° 12 – 2 rue A"),
]
LEGACY_HTML = (
    "Tourner à <b>gauche</b> sur <b>Rue de la Roquette</b>"
    '<div style="font-size:0.9em">Votre destination se trouvera sur la droite</div>'
)


def route(estimate=False):
    legs = (
        Leg(1500, 420, (Step(LEGACY_HTML, 250, 60), Step("Continuer sur Bd Voltaire", 1250, 360))),
        Leg(1900, 660, (Step("Prendre l&#39;avenue &amp; la rue", 1900, 660),)),
    )
    if estimate:
        legs = (Leg(1500, 420), Leg(1900, 660))
    return Route(
        3400,
        1080,
        legs,
        encode_polyline(PATH),
        (1, 0),  # the router visits the second given stop first
        estimate,
        "offline" if estimate else "google-routes",
        "maps.api_failed:maps.timeout" if estimate else None,
    )


@pytest.fixture
def panel(qtbot, qt_settings):
    widget = ItineraryPanel()
    qtbot.addWidget(widget)
    widget.resize(420, 560)
    return widget


def test_french_formats():
    assert format_km(3400) == "3,4 km"
    assert format_km(760) == "0,8 km"
    assert format_distance(250) == "250 m"
    assert format_distance(47) == "47 m"
    assert format_distance(1250) == "1,2 km" or format_distance(1250) == "1,3 km"
    assert format_minutes(1080) == "18 min"
    assert format_minutes(20) == "1 min"
    assert format_minutes(3900) == "1 h 05"


def test_english_uses_a_decimal_point(qt_settings):
    i18n.install("en", remember=False)
    assert format_km(3400) == "3.4 km"


def test_html_instructions_become_plain_text():
    assert plain_instruction(LEGACY_HTML) == (
        "Tourner à gauche sur Rue de la Roquette – Votre destination se trouvera sur la droite"
    )
    assert plain_instruction("Prendre l&#39;avenue &amp; la rue") == "Prendre l'avenue & la rue"
    assert plain_instruction("Continuer\nsur   Bd Voltaire") == "Continuer – sur Bd Voltaire"
    assert plain_instruction("") == ""


def test_google_route(panel, recorder):
    panel.set_itinerary(from_route(route(), STORE, GIVEN))
    assert panel.totals_text() == "3,4 km · 18 min"
    assert panel.estimateFrame.isHidden()
    # visiting order, with the time after leaving the store (legs added up)
    assert panel.stop_rows() == ["1. n° 12 – 2 rue A — +7 min", "2. n° 13 – 4 rue B — +18 min"]
    assert panel.step_rows() == [
        "1. Tourner à gauche sur Rue de la Roquette – Votre destination se trouvera sur la droite (250\u00a0m)",  # noqa: E501
        "2. Continuer sur Bd Voltaire (1,2\u00a0km)",
        "3. Prendre l'avenue & la rue (1,9\u00a0km)",
    ]
    assert not any("<" in row for row in panel.step_rows())
    assert panel.noStepsLabel.isHidden()
    assert [p for p in recorder.untranslated() if p[0] == "ItineraryPanel"] == []


def test_estimate_is_labelled_and_has_no_steps(panel, recorder):
    panel.set_itinerary(from_route(route(estimate=True), STORE, GIVEN))
    assert not panel.estimateFrame.isHidden()
    notice = panel.estimateLabel.text()
    assert "<b>Estimation</b>" in notice
    assert "délai dépassé" in notice  # the reason, in French
    assert panel.step_rows() == []
    assert panel.stepsList.isHidden()
    assert panel.noStepsLabel.text() == "Pas d'indications pas à pas dans l'estimation hors ligne."
    assert panel.stop_rows()[0].endswith("+7 min")
    assert [p for p in recorder.untranslated() if p[0] == "ItineraryPanel"] == []


def test_no_itinerary(panel):
    panel.set_itinerary(from_route(route(), STORE, GIVEN))
    panel.set_itinerary(None)
    assert panel.totals_text() == "Aucun itinéraire"
    assert panel.stop_rows() == [] and panel.step_rows() == []
    assert panel.estimateFrame.isHidden() and panel.stepsList.isHidden()


def test_switching_language_redraws(panel, qtbot, qt_settings):
    panel.show()
    panel.set_itinerary(from_route(route(), STORE, GIVEN))
    i18n.install("en", remember=False)
    qtbot.waitUntil(lambda: panel.totals_text() == "3.4 km · 18 min")
    assert panel.stopsTitle.text() == "Stops (time after leaving the store)"


def test_short_of_room_the_panel_scrolls_and_nothing_overlaps(qtbot, qt_settings):
    """On the driver's 1366×768 screen the panel has ~190 px under the map: the estimate's
    box was squeezed to a cut line, then drawn over the stops. Its texts keep their height
    and the panel scrolls."""
    from ocpizza_desk.gui.widgets.itinerary_panel import scrolling

    panel = ItineraryPanel()
    area = scrolling(panel)
    qtbot.addWidget(area)
    area.resize(440, 188)
    area.show()
    panel.set_itinerary(from_route(route(estimate=True), STORE, GIVEN))
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    shown = [
        w
        for w in (panel.totalsLabel, panel.estimateFrame, panel.stopsTitle, panel.stopsLabel,
                  panel.stepsTitle, panel.noStepsLabel)
        if w.isVisibleTo(panel)
    ]  # fmt: skip
    for above, below in itertools.pairwise(shown):
        assert above.geometry().bottom() < below.geometry().top(), (above, below)
    for label in (panel.estimateLabel, panel.stopsLabel):
        assert label.height() >= label.heightForWidth(label.width()), label.objectName()
