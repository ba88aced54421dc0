"""The offline estimate: straight line × a road factor at scooter speed.

Used with no API key and whenever Google fails, so a driver always gets a distance and a time;
every result is flagged `estimate=True` so that nobody mistakes it for a real itinerary.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise

from googlemaps.convert import encode_polyline

from ocpizza_desk.integrations.maps.base import LatLng, Leg, MatrixCell, Route

EARTH_RADIUS_M = 6_371_008.8  # mean radius (IUGG)
ROAD_FACTOR = 1.3  # Paris streets against the straight line
SCOOTER_SPEED_MPS = 18_000 / 3600  # 18 km/h door to door in town traffic
STOP_S = 120  # parking, climbing the stairs, handing over


def great_circle_m(a: LatLng, b: LatLng) -> float:
    """Haversine distance in metres."""
    phi1, phi2 = math.radians(a.lat), math.radians(b.lat)
    dphi = phi2 - phi1
    dlmb = math.radians(b.lng - a.lng)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


class OfflineEstimate:
    name = "estimate"

    def __init__(
        self,
        road_factor: float = ROAD_FACTOR,
        speed_mps: float = SCOOTER_SPEED_MPS,
        stop_s: int = STOP_S,
    ) -> None:
        self.road_factor = road_factor
        self.speed_mps = speed_mps
        self.stop_s = stop_s

    def leg(self, a: LatLng, b: LatLng) -> tuple[int, int]:
        distance = round(great_circle_m(a, b) * self.road_factor)
        if distance == 0:
            return 0, 0
        return distance, round(distance / self.speed_mps) + self.stop_s

    def route(
        self,
        origin: LatLng,
        destination: LatLng,
        waypoints: Sequence[LatLng] = (),
        *,
        optimize: bool = False,
        notice: str | None = None,
    ) -> Route:
        order = self._nearest_first(origin, waypoints) if optimize else list(range(len(waypoints)))
        stops = [origin, *(waypoints[i] for i in order), destination]
        legs = []
        for a, b in pairwise(stops):
            distance, duration = self.leg(a, b)
            legs.append(Leg(distance, duration))  # no turn-by-turn steps to offer
        return Route(
            distance_m=sum(leg.distance_m for leg in legs),
            duration_s=sum(leg.duration_s for leg in legs),
            legs=tuple(legs),
            encoded_polyline=encode_polyline([(p.lat, p.lng) for p in stops]),
            waypoint_order=tuple(order),
            estimate=True,
            source=self.name,
            notice=notice,
        )

    def matrix(self, origins: Sequence[LatLng], destinations: Sequence[LatLng]) -> list[MatrixCell]:
        cells = []
        for i, a in enumerate(origins):
            for j, b in enumerate(destinations):
                distance, duration = self.leg(a, b)
                cells.append(MatrixCell(i, j, distance, duration, estimate=True))
        return cells

    def _nearest_first(self, origin: LatLng, waypoints: Sequence[LatLng]) -> list[int]:
        """Greedy nearest-neighbour: good enough for the three or four stops of one trip."""
        left = list(range(len(waypoints)))
        order: list[int] = []
        here = origin
        while left:
            nearest = min(left, key=lambda i: great_circle_m(here, waypoints[i]))
            order.append(nearest)
            left.remove(nearest)
            here = waypoints[nearest]
        return order
