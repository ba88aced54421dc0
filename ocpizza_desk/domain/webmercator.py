"""Web Mercator maths for the embedded map view: no framework, unit-tested on its own.

Google's tiles are 256 px at zoom 0 and double at each zoom. The map view fits a trip at an
INTEGER zoom so that a Maps Static API image asked for the same center, zoom and size lines
up pixel for pixel with the vector drawing made from the same numbers.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

TILE_SIZE = 256
MAX_ZOOM = 18
MIN_ZOOM = 0
MAX_LATITUDE = 85.05112878  # the square Web Mercator world stops here
EARTH_RADIUS_M = 6_378_137.0  # the sphere Web Mercator uses


def world_size(zoom: int) -> float:
    return TILE_SIZE * (2.0**zoom)


def to_world(lat: float, lng: float, zoom: int) -> tuple[float, float]:
    """World pixel coordinates (0, 0 at 180°W / 85°N) of a point at `zoom`."""
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    size = world_size(zoom)
    x = (lng + 180.0) / 360.0 * size
    sin = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)) * size
    return x, y


def from_world(x: float, y: float, zoom: int) -> tuple[float, float]:
    """The inverse of to_world: (lat, lng)."""
    size = world_size(zoom)
    lng = x / size * 360.0 - 180.0
    n = math.pi - 2 * math.pi * y / size
    lat = math.degrees(math.atan(math.sinh(n)))
    return lat, lng


def to_pixel(
    lat: float,
    lng: float,
    center: tuple[float, float],
    zoom: int,
    width: float,
    height: float,
) -> tuple[float, float]:
    """Where a point falls in a `width` x `height` view centred on `center` (lat, lng)."""
    cx, cy = to_world(center[0], center[1], zoom)
    x, y = to_world(lat, lng, zoom)
    return x - cx + width / 2.0, y - cy + height / 2.0


def from_pixel(
    x: float,
    y: float,
    center: tuple[float, float],
    zoom: int,
    width: float,
    height: float,
) -> tuple[float, float]:
    cx, cy = to_world(center[0], center[1], zoom)
    return from_world(x - width / 2.0 + cx, y - height / 2.0 + cy, zoom)


def fit(
    points: Iterable[tuple[float, float]],
    width: float,
    height: float,
    padding: float = 0.0,
    *,
    max_zoom: int = MAX_ZOOM,
) -> tuple[float, float, int]:
    """(center_lat, center_lng, zoom): the largest integer zoom (<= max_zoom) at which every
    (lat, lng) point fits in the view with `padding` pixels left free on each side.

    The center is the middle of the points' bounding box in projected space, so the padding
    is the same on both sides. No points: the world at zoom 0.
    """
    pts = list(points)
    if not pts:
        return 0.0, 0.0, MIN_ZOOM
    xs, ys = zip(*(to_world(lat, lng, 0) for lat, lng in pts), strict=True)
    min_x, max_x, min_y, max_y = min(xs), max(xs), min(ys), max(ys)
    center = from_world((min_x + max_x) / 2.0, (min_y + max_y) / 2.0, 0)
    free_w = max(1.0, width - 2 * padding)
    free_h = max(1.0, height - 2 * padding)
    span_x, span_y = max_x - min_x, max_y - min_y
    zoom = max_zoom
    while zoom > MIN_ZOOM:
        scale = 2.0**zoom
        if span_x * scale <= free_w and span_y * scale <= free_h:
            break
        zoom -= 1
    return center[0], center[1], zoom


def metres_per_pixel(lat: float, zoom: int) -> float:
    """Ground metres covered by one pixel at this latitude and zoom (for the scale bar)."""
    return math.cos(math.radians(lat)) * 2 * math.pi * EARTH_RADIUS_M / world_size(zoom)


def nice_scale(metres_per_px: float, max_px: float) -> tuple[int, float]:
    """The longest round distance (1, 2 or 5 × 10^n metres) drawn in at most `max_px` pixels:
    (metres, its length in pixels)."""
    if metres_per_px <= 0 or max_px <= 0:
        return 0, 0.0
    limit = metres_per_px * max_px
    exponent = math.floor(math.log10(limit))
    best = 0
    for base in (5, 2, 1):
        value = base * 10**exponent
        if value <= limit:
            best = value
            break
    if best < 1:
        best = 1
    return int(best), best / metres_per_px
