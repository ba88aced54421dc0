"""The street map under a trip's route: a Maps Static API image for the map view's viewport.

Called by the delivery screens on a worker (never on the Qt thread), with what
`MapView.backdrop_request()` returns. Offline (no key) it answers None at once, without
touching the network; any failure is None too, and the view keeps drawing the vector route
alone. The path is drawn into the image as well (same polyline, same place: a printed or
saved image still shows the way); the markers are not, since the view draws its own numbered
ones exactly on the points and Google's pins would show a second time above them.
"""

from __future__ import annotations

import logging

from ocpizza_desk.integrations.maps.static import (
    fetch_static_map,
    request_size,
    static_map_url,
)
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.itineraries import Itinerary

log = logging.getLogger(__name__)
TIMEOUT_S = 4.0  # an image late is an image not shown: no retry either


def backdrop(
    ctx: ServiceContext,
    center_lat: float,
    center_lng: float,
    zoom: int,
    width: int,
    height: int,
    itinerary: Itinerary | None = None,
    *,
    lang: str = "fr",
) -> bytes | None:
    """PNG bytes covering exactly that view (any size: see static.request_size), or None."""
    key = ctx.maps_key
    if not key:
        return None
    try:
        w, h, z = request_size(width, height, zoom)
        url = static_map_url(
            key,
            center_lat,
            center_lng,
            z,
            w,
            h,
            encoded_path=itinerary.encoded_polyline if itinerary else "",
            language=lang,
        )
        return fetch_static_map(key, url, timeout=TIMEOUT_S).image
    except Exception as exc:  # the view works without the image: never fail the screen
        log.warning("static map image failed: %s", type(exc).__name__)
        return None
