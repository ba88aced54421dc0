"""What a map view needs to draw one trip: plain values, no provider types, no ORM.

The delivery board and the driver view receive an `Itinerary` from `services.deliveries`;
`gui/widgets/map_view.py` draws it (route polyline, store and numbered stop markers) and the
itinerary panel lists its steps. Built from a maps `Route`: Google's, the Géoplateforme's or
the offline estimate's. A stop located only by its postcode is flagged `approximate`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ocpizza_desk.integrations.maps import Route, Step, notice_message


@dataclass(frozen=True, slots=True)
class MapPoint:
    lat: float
    lng: float


@dataclass(frozen=True, slots=True)
class Marker:
    lat: float
    lng: float
    kind: str  # "store" or "stop"
    label: str  # "" for the store, "1", "2"... for the stops in visiting order
    title: str  # store name, or "n° 1234 – 12 rue ..." (shown to staff only, never logged)
    approximate: bool = False  # a postcode's point, not the address: drawn and said so


@dataclass(frozen=True, slots=True)
class Itinerary:
    store: Marker
    stops: tuple[Marker, ...]  # in visiting order
    path: tuple[MapPoint, ...]  # the route polyline, decoded
    encoded_polyline: str  # the same, in Google's polyline encoding (as trips store it)
    steps: tuple[Step, ...]  # turn-by-turn; empty for the offline estimate
    leg_durations_s: tuple[int, ...]  # store -> stop 1, stop 1 -> stop 2, ...
    distance_m: int
    duration_s: int
    estimate: bool
    notice: str | None = None  # a maps notice code, see notice_text
    source: str = ""  # who computed the route: "google-routes", "geoplateforme", "estimate"…

    @property
    def approximate_stops(self) -> tuple[Marker, ...]:
        return tuple(m for m in self.stops if m.approximate)

    def notice_text(self, lang: str = "fr") -> str:
        """Why this is an estimate, in the user's language; "" for a Google route."""
        if self.notice:
            return notice_message(self.notice, lang)
        return notice_message("maps.api_failed", lang) if self.estimate else ""

    @property
    def points(self) -> tuple[MapPoint, ...]:
        """Every point the view must fit: the path and the markers."""
        return (
            *self.path,
            MapPoint(self.store.lat, self.store.lng),
            *(MapPoint(m.lat, m.lng) for m in self.stops),
        )


def from_route(route: Route, store: Marker, stops_in_given_order: Sequence[Marker]) -> Itinerary:
    """Stops are given in the order they were passed to the router as waypoints; the itinerary
    lists them in the order the route visits them (`route.waypoint_order`) and numbers them."""
    order = route.waypoint_order or tuple(range(len(stops_in_given_order)))
    stops = tuple(
        Marker(m.lat, m.lng, "stop", str(n), m.title, m.approximate)
        for n, m in enumerate((stops_in_given_order[i] for i in order), start=1)
    )
    return Itinerary(
        store=store,
        stops=stops,
        path=tuple(MapPoint(p.lat, p.lng) for p in route.points),
        encoded_polyline=route.encoded_polyline,
        steps=route.steps,
        leg_durations_s=tuple(leg.duration_s for leg in route.legs),
        distance_m=route.distance_m,
        duration_s=route.duration_s,
        estimate=route.estimate,
        notice=route.notice,
        source=route.source,
    )
