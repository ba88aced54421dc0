"""The map view rendered offscreen: tiles under the route (from memory, from the local tile
server, from the disk cache offline), the route's pixels, the markers never hiding each other,
pan and zoom by wheel, drag, keys and touch, the fit/centre buttons, the attribution, the pin
mode, the estimate badge, the empty state. Positions come from the view's own projection
(checked on its own in tests/test_webmercator.py)."""

from __future__ import annotations

import itertools
import math

import pytest
from googlemaps.convert import encode_polyline
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from ocpizza_desk.domain import webmercator
from ocpizza_desk.gui.widgets.map_view import (
    BADGE_FILL,
    ROUTE,
    STOP,
    STOP_RADIUS,
    STORE,
    MapView,
    spread_markers,
)
from ocpizza_desk.gui.widgets.tile_layer import TileLayer
from ocpizza_desk.integrations.maps import Leg, Route, Step
from ocpizza_desk.integrations.maps.tile_cache import TileCache
from ocpizza_desk.integrations.maps.tiles import TileProvider, plan_ign
from ocpizza_desk.services.itineraries import Marker, from_route
from tests.fake_geoplateforme import FakeGeoplateforme

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


def itinerary(*, estimate=False, path=PATH, stops=None):
    stops = stops or STOPS
    legs = tuple(Leg(2100, 540, (Step("Prendre rue X", 300, 60),)) for _ in range(len(stops) + 1))
    order = tuple(range(len(stops)))
    route = Route(4200, 1140, legs, encode_polyline(path), order, estimate, "test")
    return from_route(route, STORE_MARKER, stops)


def close(color: QColor, expected: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(
            (color.red(), color.green(), color.blue()),
            (expected.red(), expected.green(), expected.blue()),
            strict=True,
        )
    )


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


@pytest.fixture
def server():
    fake = FakeGeoplateforme().start()
    yield fake
    fake.stop()


def render(view: MapView) -> QImage:
    return view.grab().toImage()


def solid(color: QColor) -> QImage:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(color)
    return image


def fill_tiles(view: MapView, color: QColor) -> None:
    """Every tile the view shows, already in memory."""
    layer = TileLayer(TileProvider([]), view)
    view.tiles = layer
    layer.attribution = "Plan IGN © IGN"
    lat, lng, zoom = view.view()
    z = round(zoom)
    cx, cy = webmercator.to_world(lat, lng, z)
    for x in range(int(cx // 256) - 3, int(cx // 256) + 4):
        for y in range(int(cy // 256) - 3, int(cy // 256) + 4):
            layer.put(z, x, y, solid(color))


def segment_midpoints(view: MapView) -> list[QPointF]:
    pts = [view.project(*pt) for pt in PATH]
    return [(a + b) / 2 for a, b in itertools.pairwise(pts)]


def test_route_pixels_are_on_the_projected_path_and_nowhere_else(view):
    view.set_itinerary(itinerary())
    image = render(view)
    for mid in segment_midpoints(view):
        assert close(QColor(image.pixel(mid.toPoint())), ROUTE)
    far = [QPointF(x, y) for x in range(20, 600, 40) for y in range(60, 380, 40)]
    for point in far:
        if route_distance(view, point) > 14 and all(
            math.dist((point.x(), point.y()), (m.x(), m.y())) > 40
            for m in [*view.marker_positions(), view.project(*PATH[0])]
        ):
            assert not close(QColor(image.pixel(point.toPoint())), ROUTE, 30)


def test_tiles_are_drawn_under_the_route_with_the_attribution(view):
    view.set_itinerary(itinerary())
    fill_tiles(view, GREEN)
    image = render(view)
    assert view.drew_tiles > 0
    corner = QPointF(40, 200)
    assert route_distance(view, corner) > 20
    assert close(QColor(image.pixel(corner.toPoint())), GREEN, 10)
    for mid in segment_midpoints(view):  # the route stays on top
        assert close(QColor(image.pixel(mid.toPoint())), ROUTE)
    assert view.attribution_text() == "Plan IGN © IGN"
    box = view.attribution_rect()
    assert box.bottom() <= SIZE[1] and box.right() <= SIZE[0] and box.width() > 40
    inside = image.pixel(int(box.left()) + 2, int(box.center().y()))
    assert not close(QColor(inside), GREEN, 10)  # its white box is there


def test_without_tiles_the_light_grid_and_no_attribution(view):
    view.set_itinerary(itinerary())
    render(view)
    assert view.drew_tiles == 0 and view.attribution_text() == ""


def test_tiles_from_the_local_server_then_from_the_disk_cache_offline(
    qtbot, qt_settings, server, tmp_path
):
    cache = TileCache(tmp_path / "tiles")
    online = MapView()
    qtbot.addWidget(online)
    online.resize(*SIZE)
    online.use_tiles(TileProvider([lambda: plan_ign(server.url)], cache))
    online.set_itinerary(itinerary())
    render(online)
    qtbot.waitUntil(
        lambda: online.tiles.pending == 0 and render(online) and online.drew_tiles >= 4,
        timeout=10_000,
    )
    asked = len(server.tile_requests())
    assert asked >= 4 and all(
        "LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2" in r for r in server.tile_requests()
    )
    assert "IGN" in online.attribution_text()
    server.stop()  # the shop goes offline: the same view again from the disk cache
    offline = MapView()
    qtbot.addWidget(offline)
    offline.resize(*SIZE)
    offline.use_tiles(TileProvider([lambda: plan_ign(server.url)], cache, download=False))
    offline.set_itinerary(itinerary())
    render(offline)
    qtbot.waitUntil(
        lambda: (
            offline.tiles.pending == 0
            and render(offline)
            and offline.drew_tiles >= online.drew_tiles
        ),
        timeout=10_000,
    )
    assert len(server.tile_requests()) == asked  # nothing downloaded again


def test_a_malformed_tile_leaves_the_grid(qtbot, qt_settings, server):
    from ocpizza_desk.integrations.maps.tiles import xyz

    view = MapView()
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.use_tiles(TileProvider([lambda: xyz(server.url + "/bad/{z}/{x}/{y}.png", "x")]))
    view.set_itinerary(itinerary())
    render(view)
    qtbot.waitUntil(lambda: len(server.requests) >= 4 and view.tiles.pending == 0, timeout=10_000)
    render(view)
    assert view.drew_tiles == 0


def test_markers_are_drawn_at_the_projected_store_and_stops(view):
    view.set_itinerary(itinerary())
    image = render(view)
    store = view.project(*PATH[0])
    assert close(QColor(image.pixel(int(store.x()) - 9, int(store.y()) + 9)), STORE)
    for at in view.marker_positions():
        assert close(QColor(image.pixel(int(at.x()) - 8, int(at.y()))), STOP)


def test_stops_on_top_of_each_other_and_of_the_store_are_all_visible(view):
    crowded = [
        Marker(48.85409, 2.37124, "stop", "", "n° 1, at the store's door"),
        Marker(48.85410, 2.37125, "stop", "", "n° 2, same building"),
        Marker(48.8562, 2.3702, "stop", "", "n° 3"),
    ]
    path = [PATH[0], (48.8562, 2.3702), PATH[0]]
    view.set_itinerary(itinerary(path=path, stops=crowded))
    positions = view.marker_positions()
    store = view.project(*PATH[0])
    for a, b in itertools.combinations(positions, 2):
        assert math.dist((a.x(), a.y()), (b.x(), b.y())) >= 2 * STOP_RADIUS
    for at in positions:  # none under the store's square
        assert math.dist((at.x(), at.y()), (store.x(), store.y())) > STOP_RADIUS + 13
    label = view.store_label_rect()
    for at in positions:  # the store's name hides no stop
        assert not label.intersects(
            type(label)(
                at.x() - STOP_RADIUS, at.y() - STOP_RADIUS, 2 * STOP_RADIUS, 2 * STOP_RADIUS
            )
        )
    image = render(view)
    first = positions[0]  # stop 1 drawn: its dark disc around a white "1"
    assert close(QColor(image.pixel(int(first.x()) - 9, int(first.y()))), STOP)


def test_spread_markers_keeps_lone_markers_and_fans_out_groups():
    assert spread_markers([(10, 10), (200, 200)], 12) == [(10, 10), (200, 200)]
    fanned = spread_markers([(100, 100), (101, 100), (100, 101)], 12)
    for a, b in itertools.combinations(fanned, 2):
        assert math.dist(a, b) >= 24
    near = spread_markers([(103, 100)], 12, obstacle=(100, 100), obstacle_half=13)
    assert math.dist(near[0], (100, 100)) > 12 + 13 and near[0][0] > 100  # pushed its way


def test_wheel_zooms_around_the_cursor_and_drag_pans(view, qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    view.set_itinerary(itinerary())
    view.show()
    qtbot.waitExposed(view)
    _lat, _lng, zoom = view.view()
    cursor = QPointF(200, 150)
    under = view.unproject(cursor)
    event = QWheelEvent(
        cursor,
        view.mapToGlobal(cursor),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)
    assert view.view()[2] == pytest.approx(zoom + 1.0)
    after = view.project(*under)
    assert abs(after.x() - cursor.x()) < 0.5 and abs(after.y() - cursor.y()) < 0.5
    store_before = view.project(*PATH[0])
    QTest.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
    QTest.mouseMove(view, QPoint(330, 210))
    QTest.mouseMove(view, QPoint(360, 220))
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(360, 220))
    store_after = view.project(*PATH[0])
    assert store_after.x() - store_before.x() == pytest.approx(60, abs=1)
    assert store_after.y() - store_before.y() == pytest.approx(20, abs=1)
    # moved by hand: a resize keeps the centre; "fit the trip" fits again
    centre = view.view()
    view.resize(700, 460)
    assert view.view()[:2] == pytest.approx(centre[:2])
    view.fitButton.click()
    for point in PATH:
        at = view.project(*point)
        assert 0 <= at.x() <= 700 and 0 <= at.y() <= 460


def test_buttons_and_keys(view):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view.set_itinerary(itinerary())
    zoom = view.view()[2]
    view.zoomInButton.click()
    assert view.view()[2] == zoom + 1
    QTest.keyClick(view, Qt.Key.Key_Minus)
    QTest.keyClick(view, Qt.Key.Key_Minus)
    assert view.view()[2] == zoom - 1
    before = view.project(*PATH[0])
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert view.project(*PATH[0]).x() > before.x()
    view.pan_by(400, 300)
    view.storeButton.click()
    store = view.project(*PATH[0])
    assert store.x() == pytest.approx(SIZE[0] / 2) and store.y() == pytest.approx(SIZE[1] / 2)
    assert view.view()[2] >= 15


def test_touch_pans_with_one_finger_and_pinches_with_two(view, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPointingDevice
    from PySide6.QtTest import QTest

    view.set_itinerary(itinerary())
    view.show()
    qtbot.waitExposed(view)
    device = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)
    before = view.project(*PATH[0])
    QTest.touchEvent(view, device).press(0, QPoint(200, 200)).commit()
    QTest.touchEvent(view, device).move(0, QPoint(240, 230)).commit()
    QTest.touchEvent(view, device).move(0, QPoint(260, 250)).commit()
    QTest.touchEvent(view, device).release(0, QPoint(260, 250)).commit()
    after = view.project(*PATH[0])
    assert after.x() - before.x() == pytest.approx(60, abs=1.5)
    zoom = view.view()[2]
    QTest.touchEvent(view, device).press(0, QPoint(250, 200)).press(1, QPoint(350, 200)).commit()
    QTest.touchEvent(view, device).move(0, QPoint(200, 200)).move(1, QPoint(400, 200)).commit()
    QTest.touchEvent(view, device).release(0, QPoint(200, 200)).release(
        1, QPoint(400, 200)
    ).commit()
    assert view.view()[2] == pytest.approx(zoom + 1, abs=0.05)  # fingers twice as far apart


def test_pin_mode_click_gives_the_place_and_a_drag_does_not(view, qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    view.set_store(*PATH[0], "OC Pizza Bastille")
    view.set_pin_mode(True)
    view.show()
    qtbot.waitExposed(view)
    target = QPoint(250, 180)
    expected = view.unproject(QPointF(target))
    with qtbot.waitSignal(view.location_clicked) as clicked:
        QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=target)
    assert clicked.args == pytest.approx(list(expected))
    seen = []
    view.location_clicked.connect(lambda *a: seen.append(a))
    QTest.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    QTest.mouseMove(view, QPoint(150, 120))
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(150, 120))
    assert seen == []
    view.set_pin(*expected, False)
    image = render(view)
    at = view.project(*expected)
    assert not close(QColor(image.pixel(int(at.x()), int(at.y()) - 22)), QColor("#f4f5f7"), 10)


def test_approximate_stop_is_flagged_on_the_map(view):
    stops = [Marker(*PATH[5], "stop", "", "n° 12", True), STOPS[1]]
    view.set_itinerary(itinerary(stops=stops))
    image = render(view)
    at = view.marker_positions()[0]
    chip = QColor(image.pixel(int(at.x()) + 9, int(at.y()) - 9))
    assert close(chip, QColor("#e08a00"), 50)


def test_estimate_badge(view):
    view.set_itinerary(itinerary(estimate=True))
    assert view.badge_text() == "Estimation"
    image = render(view)
    box = view.badge_rect()
    assert close(QColor(image.pixel(int(box.left()) + 4, int(box.center().y()))), BADGE_FILL, 12)
    view.set_itinerary(itinerary())
    assert view.badge_text() == ""


def test_estimate_route_is_drawn_too(view):
    view.set_itinerary(itinerary(estimate=True))
    image = render(view)
    pts = [view.project(*pt) for pt in PATH]
    hits = 0
    for a, b in itertools.pairwise(pts):
        samples = [a + (b - a) * t for t in (0.2, 0.35, 0.5, 0.65, 0.8)]
        if any(close(QColor(image.pixel(p.toPoint())), ROUTE) for p in samples):
            hits += 1
    assert hits >= len(PATH) - 2  # dashed: nearly every segment shows blue somewhere


def test_empty_state(view):
    view.set_itinerary(None)
    assert view.view() is None
    render(view)
    assert view.empty_text() == "Aucun itinéraire à afficher"


def test_every_string_is_translated(view, recorder):
    view.set_itinerary(itinerary(estimate=True))
    fill_tiles(view, GREEN)
    view._retranslate()
    render(view)
    view.set_itinerary(None)
    render(view)
    assert {c for c, _ in recorder.seen} >= {"MapView"}
    assert [p for p in recorder.untranslated() if p[0] == "MapView"] == []


def test_the_stores_name_is_not_drawn_away_from_its_marker(view):
    view.set_itinerary(itinerary())
    assert view.store_label_rect() is not None and view._on_screen(view.project(*PATH[0]))
    view.pan_by(2000, 0)  # the store far off to the right
    assert not view._on_screen(view.project(*PATH[0]))
    image = render(view)
    for x in range(0, SIZE[0], 8):  # no red store name anywhere on screen
        for y in range(0, SIZE[1], 8):
            assert not close(QColor(image.pixel(x, y)), STORE, 20)
