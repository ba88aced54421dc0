"""The order in which to visit a trip's stops when the router does not optimise it itself.

The Géoplateforme itinerary service visits the intermediate points in the order given, so the
order is chosen here: the shortest tour store -> stops -> store by straight-line distance,
exactly (every permutation) up to EXACT_LIMIT stops, which covers a scooter's trip, and by
nearest neighbour improved with 2-opt beyond. Straight lines rank tours of a few kilometres in
town the way the roads do, nearly always; the route itself is then asked for in that order.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise, permutations

from ocpizza_desk.integrations.maps.base import LatLng
from ocpizza_desk.integrations.maps.offline import great_circle_m

EXACT_LIMIT = 7  # 7! = 5,040 tours: a millisecond or two


def tour_length(origin: LatLng, destination: LatLng, stops: Sequence[LatLng]) -> float:
    points = [origin, *stops, destination]
    return sum(great_circle_m(a, b) for a, b in pairwise(points))


def best_order(origin: LatLng, destination: LatLng, waypoints: Sequence[LatLng]) -> tuple[int, ...]:
    """Indexes into `waypoints`, in visiting order."""
    n = len(waypoints)
    if n < 2:
        return tuple(range(n))
    if n <= EXACT_LIMIT:
        return min(
            permutations(range(n)),
            key=lambda order: (
                tour_length(origin, destination, [waypoints[i] for i in order]),
                order,
            ),
        )
    order = _nearest_neighbour(origin, waypoints)
    return tuple(_two_opt(origin, destination, waypoints, order))


def _nearest_neighbour(origin: LatLng, waypoints: Sequence[LatLng]) -> list[int]:
    left = list(range(len(waypoints)))
    order: list[int] = []
    here = origin
    while left:
        nearest = min(left, key=lambda i: great_circle_m(here, waypoints[i]))
        order.append(nearest)
        left.remove(nearest)
        here = waypoints[nearest]
    return order


def _two_opt(
    origin: LatLng, destination: LatLng, waypoints: Sequence[LatLng], order: list[int]
) -> list[int]:
    best = order[:]
    best_length = tour_length(origin, destination, [waypoints[i] for i in best])
    improved = True
    while improved:
        improved = False
        for i in range(len(best) - 1):
            for j in range(i + 1, len(best)):
                candidate = best[:i] + best[i : j + 1][::-1] + best[j + 1 :]
                length = tour_length(origin, destination, [waypoints[k] for k in candidate])
                if length + 1e-6 < best_length:
                    best, best_length, improved = candidate, length, True
    return best
