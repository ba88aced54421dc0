"""Google Routes API v2 (computeRoutes, computeRouteMatrix) over plain `requests`.

The legacy Directions / Distance Matrix cannot be enabled on new Google Cloud projects since
October 2026, so this is the default client. The key travels in a header (never in the URL, so
it cannot end up in a logged URL), responses are limited by a field mask (billing follows it),
every call has a timeout, and 5xx / network errors get a small retry budget - the circuit
breaker in resilient.py decides the rest.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

import requests

from ocpizza_desk.integrations.maps.base import LatLng, Leg, MapsError, MatrixCell, Route, Step

log = logging.getLogger(__name__)

ROUTES_URL = "https://routes.googleapis.com/directions/v2:computeRoutes"
MATRIX_URL = "https://routes.googleapis.com/distanceMatrix/v2:computeRouteMatrix"

ROUTE_FIELDS = ",".join(
    (
        "routes.distanceMeters",
        "routes.duration",
        "routes.polyline.encodedPolyline",
        "routes.legs.distanceMeters",
        "routes.legs.duration",
        "routes.legs.steps.distanceMeters",
        "routes.legs.steps.staticDuration",
        "routes.legs.steps.navigationInstruction.instructions",
        "routes.optimizedIntermediateWaypointIndex",
    )
)
MATRIX_FIELDS = "originIndex,destinationIndex,status,condition,distanceMeters,duration"

TRAVEL_MODES = ("TWO_WHEELER", "DRIVE")
MAX_MATRIX_ELEMENTS = 625  # origins x destinations, the API's own limit
# google.rpc.Status names (HTTP error bodies) -> our codes
HTTP_STATUSES = {
    "RESOURCE_EXHAUSTED": "maps.over_query_limit",
    "PERMISSION_DENIED": "maps.denied",
    "UNAUTHENTICATED": "maps.denied",
    "INVALID_ARGUMENT": "maps.invalid_request",
}


def parse_duration(value: str | None) -> int:
    """Protobuf JSON durations: "1234s", "3.5s" -> whole seconds (rounded)."""
    if not value:
        return 0
    if not value.endswith("s"):
        raise MapsError("maps.bad_response", "duration without unit")
    try:
        return round(float(value[:-1]))
    except ValueError:
        raise MapsError("maps.bad_response", "duration not a number") from None


def waypoint(point: LatLng) -> dict[str, Any]:
    return {"location": {"latLng": {"latitude": point.lat, "longitude": point.lng}}}


class RoutesApiMaps:
    name = "google-routes"

    def __init__(
        self,
        api_key: str,
        *,
        travel_mode: str = "TWO_WHEELER",
        timeout: float = 5.0,
        retries: int = 1,
        language: str = "fr-FR",
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not api_key:
            raise ValueError("an API key is required")
        if travel_mode not in TRAVEL_MODES:
            raise ValueError(f"travel_mode must be one of {TRAVEL_MODES}")
        self._key = api_key
        self.travel_mode = travel_mode
        self.timeout = timeout
        self.retries = retries
        self.language = language
        self._session = session or requests.Session()
        self._sleep = sleep

    def __repr__(self) -> str:
        return f"RoutesApiMaps(travel_mode={self.travel_mode!r}, key=***)"

    def route(
        self,
        origin: LatLng,
        destination: LatLng,
        waypoints: Sequence[LatLng] = (),
        *,
        optimize: bool = False,
    ) -> Route:
        body: dict[str, Any] = {
            "origin": waypoint(origin),
            "destination": waypoint(destination),
            "travelMode": self.travel_mode,
            # TRAFFIC_AWARE_OPTIMAL refuses optimizeWaypointOrder
            "routingPreference": "TRAFFIC_AWARE",
            "languageCode": self.language,
            "units": "METRIC",
        }
        if waypoints:
            body["intermediates"] = [waypoint(p) for p in waypoints]
            body["optimizeWaypointOrder"] = bool(optimize and len(waypoints) > 1)
        data = self._post(ROUTES_URL, body, ROUTE_FIELDS)
        routes = data.get("routes") if isinstance(data, dict) else None
        if not routes:
            raise MapsError("maps.no_route")
        try:
            return self._parse_route(routes[0], len(waypoints))
        except (KeyError, TypeError, ValueError) as exc:
            raise MapsError("maps.bad_response", type(exc).__name__) from None

    def matrix(self, origins: Sequence[LatLng], destinations: Sequence[LatLng]) -> list[MatrixCell]:
        if len(origins) * len(destinations) > MAX_MATRIX_ELEMENTS:
            raise MapsError("maps.invalid_request", "matrix too large")
        body = {
            "origins": [{"waypoint": waypoint(p)} for p in origins],
            "destinations": [{"waypoint": waypoint(p)} for p in destinations],
            "travelMode": self.travel_mode,
            "routingPreference": "TRAFFIC_AWARE",
        }
        data = self._post(MATRIX_URL, body, MATRIX_FIELDS)
        if not isinstance(data, list):
            raise MapsError("maps.bad_response", "matrix is not a list")
        cells = []
        try:
            for element in data:
                status = element.get("status") or {}
                found = not status.get("code") and element.get("condition") == "ROUTE_EXISTS"
                cells.append(
                    MatrixCell(
                        # proto3 JSON leaves zero values out
                        origin_index=int(element.get("originIndex", 0)),
                        destination_index=int(element.get("destinationIndex", 0)),
                        distance_m=int(element.get("distanceMeters", 0)) if found else 0,
                        duration_s=parse_duration(element.get("duration")) if found else 0,
                        estimate=False,
                        found=found,
                    )
                )
        except (AttributeError, TypeError, ValueError) as exc:
            raise MapsError("maps.bad_response", type(exc).__name__) from None
        # elements stream back in any order
        cells.sort(key=lambda c: (c.origin_index, c.destination_index))
        return cells

    def _parse_route(self, raw: dict[str, Any], n_waypoints: int) -> Route:
        legs = []
        for raw_leg in raw.get("legs", []):
            steps = tuple(
                Step(
                    instruction=s.get("navigationInstruction", {}).get("instructions", ""),
                    distance_m=int(s.get("distanceMeters", 0)),
                    duration_s=parse_duration(s.get("staticDuration")),
                )
                for s in raw_leg.get("steps", [])
            )
            legs.append(
                Leg(
                    distance_m=int(raw_leg.get("distanceMeters", 0)),
                    duration_s=parse_duration(raw_leg.get("duration")),
                    steps=steps,
                )
            )
        order = raw.get("optimizedIntermediateWaypointIndex") or list(range(n_waypoints))
        return Route(
            distance_m=int(raw.get("distanceMeters", 0)),
            duration_s=parse_duration(raw.get("duration")),
            legs=tuple(legs),
            encoded_polyline=raw.get("polyline", {}).get("encodedPolyline", ""),
            waypoint_order=tuple(int(i) for i in order),
            estimate=False,
            source=self.name,
        )

    def _post(self, url: str, body: dict[str, Any], fields: str) -> Any:
        headers = {
            "Content-Type": "application/json",
            "X-Goog-Api-Key": self._key,
            "X-Goog-FieldMask": fields,
        }
        attempt = 0
        while True:
            try:
                response = self._session.post(url, json=body, headers=headers, timeout=self.timeout)
            except requests.Timeout:
                failure = MapsError("maps.timeout")
            except requests.RequestException as exc:
                failure = MapsError("maps.unreachable", type(exc).__name__)
            else:
                if response.status_code < 400:
                    try:
                        return response.json()
                    except ValueError:
                        raise MapsError("maps.bad_response", "not JSON") from None
                if response.status_code < 500:
                    raise MapsError(self._error_code(response), f"HTTP {response.status_code}")
                failure = MapsError("maps.http_error", f"HTTP {response.status_code}")
            if attempt >= self.retries:
                raise failure
            attempt += 1
            log.info("Routes API %s, retry %d/%d", failure.code, attempt, self.retries)
            self._sleep(0.2 * 2**attempt)

    @staticmethod
    def _error_code(response: requests.Response) -> str:
        try:
            status = response.json()["error"]["status"]
        except (ValueError, KeyError, TypeError):
            status = ""
        if not status and response.status_code == 429:
            status = "RESOURCE_EXHAUSTED"
        if not status and response.status_code == 403:
            status = "PERMISSION_DENIED"
        return HTTP_STATUSES.get(status, "maps.invalid_request")
