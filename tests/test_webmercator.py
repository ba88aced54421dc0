"""Web Mercator maths of the map view, checked against values computed independently."""

from __future__ import annotations

import math

import pytest

from ocpizza_desk.domain import webmercator as wm

PARIS = (48.8566, 2.3522)
TRIP = [(48.85408, 2.37123), (48.86749, 2.36361), (48.84839, 2.39585), (48.85837, 2.34699)]


def slippy_tile_pixel(lat: float, lng: float, zoom: int) -> tuple[float, float]:
    """The OpenStreetMap wiki's tile formula (x/y tile numbers as floats) × 256 px: written
    from another formula than the module's (asinh(tan) instead of log of the sine ratio)."""
    n = 2**zoom
    lat_r = math.radians(lat)
    x_tile = (lng + 180.0) / 360.0 * n
    y_tile = (1.0 - math.asinh(math.tan(lat_r)) / math.pi) / 2.0 * n
    return x_tile * 256, y_tile * 256


def test_world_origin_at_zoom_0_is_the_middle_of_the_single_tile():
    assert wm.to_world(0.0, 0.0, 0) == pytest.approx((128.0, 128.0))
    assert wm.to_world(0.0, -180.0, 0)[0] == pytest.approx(0.0)
    assert wm.to_world(0.0, 180.0, 3)[0] == pytest.approx(256 * 8)


def test_paris_at_zoom_13_matches_the_tile_formula():
    x, y = wm.to_world(*PARIS, 13)
    ex, ey = slippy_tile_pixel(*PARIS, 13)
    assert x == pytest.approx(ex, abs=1e-6)
    assert y == pytest.approx(ey, abs=1e-6)
    # and the tile it falls in is the well-known one for central Paris
    assert (int(x // 256), int(y // 256)) == (4149, 2818)


def test_each_zoom_doubles_the_pixels():
    x13, y13 = wm.to_world(*PARIS, 13)
    x14, y14 = wm.to_world(*PARIS, 14)
    assert (x14, y14) == pytest.approx((2 * x13, 2 * y13))


@pytest.mark.parametrize("point", [PARIS, (0.0, 0.0), (-33.87, 151.21), (64.1, -21.9)])
@pytest.mark.parametrize("zoom", [0, 5, 13, 18])
def test_world_round_trip(point, zoom):
    lat, lng = wm.from_world(*wm.to_world(*point, zoom), zoom)
    assert (lat, lng) == pytest.approx(point, abs=1e-9)


def test_pixel_round_trip_and_center_in_the_middle():
    center = (48.86, 2.36)
    assert wm.to_pixel(*center, center, 15, 640, 420) == pytest.approx((320.0, 210.0))
    x, y = wm.to_pixel(48.85408, 2.37123, center, 15, 640, 420)
    assert wm.from_pixel(x, y, center, 15, 640, 420) == pytest.approx((48.85408, 2.37123))
    # east is right, north is up
    assert x > 320 and y > 210


def test_fit_keeps_every_point_inside_the_padding():
    width, height, padding = 640, 420, 40
    lat, lng, zoom = wm.fit(TRIP, width, height, padding)
    assert isinstance(zoom, int)
    for point in TRIP:
        x, y = wm.to_pixel(*point, (lat, lng), zoom, width, height)
        assert padding - 1e-6 <= x <= width - padding + 1e-6
        assert padding - 1e-6 <= y <= height - padding + 1e-6


def test_fit_takes_the_largest_zoom_that_fits():
    width, height, padding = 640, 420, 40
    lat, lng, zoom = wm.fit(TRIP, width, height, padding)
    xs, ys = zip(*(wm.to_world(*p, zoom + 1) for p in TRIP), strict=True)
    # one more level would not fit
    assert max(xs) - min(xs) > width - 2 * padding or max(ys) - min(ys) > height - 2 * padding
    # the points' box is centred in the view
    left, top = wm.to_pixel(
        max(p[0] for p in TRIP), min(p[1] for p in TRIP), (lat, lng), zoom, width, height
    )
    right, bottom = wm.to_pixel(
        min(p[0] for p in TRIP), max(p[1] for p in TRIP), (lat, lng), zoom, width, height
    )
    assert left == pytest.approx(width - right)
    assert top == pytest.approx(height - bottom)


def test_fit_of_one_point_stops_at_the_max_zoom_and_of_none_shows_the_world():
    assert wm.fit([PARIS], 300, 200, 20) == pytest.approx((*PARIS, 18))
    assert wm.fit([PARIS], 300, 200, 20, max_zoom=16)[2] == 16
    assert wm.fit([], 300, 200) == (0.0, 0.0, 0)


def test_fit_of_a_bigger_area_zooms_out():
    small = wm.fit(TRIP[:2], 640, 420, 40)[2]
    big = wm.fit([*TRIP, (45.76, 4.84)], 640, 420, 40)[2]  # Lyon too
    assert big < small


def test_metres_per_pixel_and_scale_bar():
    # equator, zoom 0: the circumference over 256 px
    assert wm.metres_per_pixel(0.0, 0) == pytest.approx(2 * math.pi * 6378137 / 256)
    at_paris = wm.metres_per_pixel(48.86, 14)
    assert at_paris == pytest.approx(6.29, abs=0.01)
    metres, length = wm.nice_scale(at_paris, 110)
    assert metres == 500
    assert length == pytest.approx(500 / at_paris)
    assert length <= 110
    assert wm.nice_scale(wm.metres_per_pixel(48.86, 12), 110)[0] == 2000
    assert wm.nice_scale(0, 110) == (0, 0.0)
