"""The map view rendered offscreen: the route's pixels, the markers, the street map under
them, the estimate badge, the empty state. Positions come from the view's own projection
(checked on its own in tests/test_webmercator.py)."""

from __future__ import annotations

import itertools
import math

import pytest
from googlemaps.convert import encode_polyline
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from ocpizza_desk.gui.widgets.map_view import (
    BADGE_FILL,
    ROUTE,
    STOP,
    STORE,
    MapView,
)
from ocpizza_desk.integrations.maps import Leg, Route, Step
from ocpizza_desk.services.itineraries import Marker, from_route

PATH = [
    (48.85408, 2.37123),
    (48.8560, 2.3700),
    (48.8575, 2.3660),
    (48.8600, 2.3690),
    (48.8630, 2.3660),
    (48.86749, 2.36361),
    (48.8650, 2.3580),
    (48.8610, 2.3520),
    (48.85837, 2.34699),
]
STORE_MARKER = Marker(*PATH[0], "store", "", "OC Pizza Bastille")
STOPS = [Marker(*PATH[5], "stop", "", "n° 12"), Marker(*PATH[-1], "stop", "", "n° 13")]
GREEN = QColor("#8fd19e")
SIZE = (640, 420)


def itinerary(*, estimate=False, path=PATH):
    legs = (Leg(2100, 540, (Step("Prendre <b>rue X</b>", 300, 60),)), Leg(2100, 600))
    route = Route(4200, 1140, legs, encode_polyline(path), (0, 1), estimate, "test")
    return from_route(route, STORE_MARKER, STOPS)


def close(color: QColor, expected: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(
            (color.red(), color.green(), color.blue()),
            (expected.red(), expected.green(), expected.blue()),
            strict=True,
        )
    )


def png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def solid_png(width: int, height: int, color: QColor) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(color)
    return png(image)


def distance_to_segment(p: QPointF, a: QPointF, b: QPointF) -> float:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2
    t = max(0.0, min(1.0, t))
    return math.hypot(p.x() - a.x() - t * dx, p.y() - a.y() - t * dy)


def route_distance(view: MapView, p: QPointF) -> float:
    pts = [view.project(*pt) for pt in PATH]
    return min(distance_to_segment(p, a, b) for a, b in itertools.pairwise(pts))


@pytest.fixture
def view(qtbot, qt_settings):
    widget = MapView()
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    return widget


def render(view: MapView) -> QImage:
    return view.grab().toImage()


def segment_midpoints(view: MapView) -> list[QPointF]:
    pts = [view.project(*pt) for pt in PATH]
    return [(a + b) / 2 for a, b in itertools.pairwise(pts)]


def test_route_pixels_are_on_the_projected_path_and_nowhere_else(view):
    view.set_itinerary(itinerary())
    image = render(view)
    assert (image.width(), image.height()) == SIZE
    for middle in segment_midpoints(view):
        assert close(image.pixelColor(middle.toPoint()), ROUTE), middle
    # no route colour far from the route (markers and labels are other colours)
    stray = [
        (x, y)
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if close(image.pixelColor(x, y), ROUTE, 25) and route_distance(view, QPointF(x, y)) > 10
    ]
    assert stray == []


def test_markers_are_drawn_at_the_projected_store_and_stops(view):
    view.set_itinerary(itinerary())
    image = render(view)
    store = view.project(STORE_MARKER.lat, STORE_MARKER.lng)
    assert close(image.pixelColor((store + QPointF(-9, 9)).toPoint()), STORE)
    for stop in STOPS:
        at = view.project(stop.lat, stop.lng)
        assert close(image.pixelColor((at + QPointF(-7, 5)).toPoint()), STOP)
    # every marker is inside the view, away from the edges
    for marker in (STORE_MARKER, *STOPS):
        at = view.project(marker.lat, marker.lng)
        assert 30 <= at.x() <= SIZE[0] - 30 and 30 <= at.y() <= SIZE[1] - 30


def test_backdrop_fills_the_view_and_the_route_stays_on_top(view):
    view.set_itinerary(itinerary())
    _lat, _lng, zoom, width, height = view.backdrop_request()
    assert (width, height) == SIZE and isinstance(zoom, int)
    view.set_backdrop(solid_png(2 * width, 2 * height, GREEN))  # scale=2 image
    assert view.has_backdrop()
    image = render(view)
    for middle in segment_midpoints(view):
        assert close(image.pixelColor(middle.toPoint()), ROUTE)
    # away from the route and the overlays: the street map's colour
    for x, y in ((200, 330), (560, 120), (100, 80), (620, 400)):
        assert route_distance(view, QPointF(x, y)) > 30
        assert close(image.pixelColor(x, y), GREEN, 6), (x, y)
    assert view.attribution_text()


def test_backdrop_lines_up_with_its_request_even_after_a_resize(view, qtbot):
    view.set_itinerary(itinerary())
    request = view.backdrop_request()
    w, h = request[3], request[4]
    halves = QImage(2 * w, 2 * h, QImage.Format.Format_RGB32)
    halves.fill(GREEN)
    painter = QPainter(halves)
    painter.fillRect(w, 0, w, 2 * h, QColor("#f0a0a0"))  # right half pink
    painter.end()
    view.set_backdrop(png(halves), request)
    view.resize(900, 700)  # refits: maybe another zoom, surely another center on screen
    image = render(view)
    middle = view.project(request[0], request[1])
    y = 12  # the top row: above the route, below nothing
    assert close(image.pixelColor(int(middle.x()) - 3, y), GREEN, 6)
    assert close(image.pixelColor(int(middle.x()) + 3, y), QColor("#f0a0a0"), 6)


def test_a_new_itinerary_drops_the_old_street_map(view):
    view.set_itinerary(itinerary())
    view.set_backdrop(solid_png(1280, 840, GREEN))
    view.set_itinerary(itinerary(estimate=True))
    assert not view.has_backdrop()
    assert view.attribution_text() == ""


def test_a_late_image_for_the_previous_itinerary_is_dropped(view):
    view.set_itinerary(itinerary())
    old_request = view.backdrop_request()
    view.set_itinerary(itinerary(path=PATH[:4]))
    view.set_backdrop(solid_png(1280, 840, GREEN), old_request)
    assert not view.has_backdrop()
    view.set_backdrop(solid_png(1280, 840, GREEN), view.backdrop_request())
    assert view.has_backdrop()


def test_bytes_that_are_not_an_image_are_ignored(view):
    view.set_itinerary(itinerary())
    view.set_backdrop(b"<html>quota</html>")
    assert not view.has_backdrop()
    image = render(view)
    assert close(image.pixelColor(segment_midpoints(view)[0].toPoint()), ROUTE)


def test_estimate_badge(view):
    view.set_itinerary(itinerary(estimate=True))
    assert view.badge_text() == "Estimation"
    image = render(view)
    box = view.badge_rect()
    inside = [
        image.pixelColor(x, y)
        for x in range(int(box.left()) + 3, int(box.right()) - 3)
        for y in range(int(box.top()) + 3, int(box.bottom()) - 3)
    ]
    assert sum(close(c, BADGE_FILL, 8) for c in inside) > len(inside) // 3
    view.set_itinerary(itinerary())
    assert view.badge_text() == ""
    image = render(view)
    assert not close(image.pixelColor(box.center().toPoint()), BADGE_FILL, 8)


def test_estimate_route_is_drawn_too(view):
    straight = [PATH[0], PATH[5], PATH[-1]]
    view.set_itinerary(itinerary(estimate=True, path=straight))
    image = render(view)
    pts = [view.project(*pt) for pt in straight]
    # dashed: along each segment, a good share of the pixels carry the route colour
    for a, b in itertools.pairwise(pts):
        samples = [a + (b - a) * (i / 60) for i in range(10, 51)]
        on = sum(close(image.pixelColor(s.toPoint()), ROUTE) for s in samples)
        assert on >= len(samples) // 3


def test_empty_state(view):
    view.set_itinerary(None)
    assert view.view() is None and view.backdrop_request() is None
    assert view.empty_text() == "Aucun itinéraire à afficher"
    view.set_backdrop(solid_png(10, 10, GREEN))  # nothing to put it under
    assert not view.has_backdrop()
    image = render(view)
    text_pixels = sum(
        image.pixelColor(x, y).value() < 150 for x in range(200, 440, 2) for y in range(195, 225)
    )
    assert text_pixels > 20
    assert not any(
        close(image.pixelColor(x, y), ROUTE, 25)
        for x in range(0, SIZE[0], 5)
        for y in range(0, SIZE[1], 5)
    )


def test_refits_on_resize_and_asks_for_a_street_map(view, qtbot):
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.backdrop_wanted) as wanted:
        view.set_itinerary(itinerary())
    assert wanted.args == list(SIZE)
    zoom_before = view.view()[2]
    with qtbot.waitSignal(view.backdrop_wanted) as wanted:
        view.resize(260, 200)
    assert wanted.args == [260, 200]
    assert view.view()[2] < zoom_before
    for marker in (STORE_MARKER, *STOPS):
        at = view.project(marker.lat, marker.lng)
        assert 0 <= at.x() <= 260 and 0 <= at.y() <= 200


def test_every_string_is_translated(view, recorder):
    view.set_itinerary(itinerary(estimate=True))
    view.set_backdrop(solid_png(1280, 840, GREEN))
    render(view)
    view.set_itinerary(None)
    render(view)
    assert {c for c, _ in recorder.seen} >= {"MapView"}
    assert [p for p in recorder.untranslated() if p[0] == "MapView"] == []
