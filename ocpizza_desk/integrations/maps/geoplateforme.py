"""The IGN Géoplateforme: geocoding, autocomplete and road itineraries without any key.

Public services of the French State under the open licence Etalab 2.0 (cartes.gouv.fr terms),
documented at geoservices.ign.fr and in IGN's road2 API description:

- geocoding, `GET {base}/geocodage/search?q=&index=address&limit=&autocomplete=0|1` and
  `GET {base}/geocodage/reverse?lon=&lat=&index=address&limit=`, over the Base Adresse
  Nationale: a GeoJSON FeatureCollection whose features carry `geometry.coordinates` [lon, lat]
  and `properties` label, score (0..1), type (housenumber, street, locality, municipality),
  name, housenumber, street, postcode, city, id. 50 requests/s per IP address.
- itineraries, `GET {base}/navigation/itineraire?resource=bdtopo-osrm|bdtopo-pgr&profile=car|
  pedestrian&optimization=fastest&start=lon,lat&end=lon,lat&intermediates=lon,lat|lon,lat
  &geometryFormat=geojson|polyline&getSteps=true&distanceUnit=meter&timeUnit=second
  &crs=EPSG:4326`: distance, duration, geometry, and one `portion` per leg with its `steps`
  (geometry, distance, duration, attributes.name, instruction {type, modifier} as OSRM
  spells them). The intermediates are visited in the order given: the order is chosen here
  (ordering.best_order). 5 requests/s per IP address.

Beyond the limits the service answers 429 with Retry-After; the shared limiter (ratelimit.py)
keeps a PC under them and holds off after a 429. Errors become MapsError codes, never texts
with an address in them; the circuit breaker and the fallbacks live in resilient.py and the
geocoding service.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from typing import Any

import requests
from googlemaps.convert import decode_polyline, encode_polyline

from ocpizza_desk.integrations.maps.base import (
    AddressCandidate,
    AmbiguousAddress,
    GeocodeResult,
    LatLng,
    Leg,
    MapsError,
    MatrixCell,
    Route,
    Step,
)
from ocpizza_desk.integrations.maps.ordering import best_order
from ocpizza_desk.integrations.maps.ratelimit import (
    GEOCODING,
    ITINERARY,
    RateLimiter,
    retry_after_s,
    shared_limiter,
)

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://data.geopf.fr"
SEARCH_PATH = "/geocodage/search"
REVERSE_PATH = "/geocodage/reverse"
ITINERARY_PATH = "/navigation/itineraire"
RESOURCES = ("bdtopo-osrm", "bdtopo-pgr")
PROFILES = ("car", "pedestrian")
PRECISE_KINDS = ("housenumber", "street", "locality")
MIN_SCORE = 0.5  # below this the best answer is a guess: the user chooses
AMBIGUITY_MARGIN = 0.05  # a different place scoring within this of the best: the user chooses
MAX_MATRIX_CELLS = 10  # no matrix service: one itinerary per cell, so a handful at most
MAX_POLYLINE_POINTS = 1500  # trips keep their route in a TEXT column: simplified beyond
USER_AGENT = "ocpizza-desk (delivery back-office)"
_POSTCODE = re.compile(r"\b(\d{5})\b")


class _Client:
    def __init__(
        self,
        base_url: str,
        timeout: float,
        session: requests.Session | None,
        limiter: RateLimiter,
        max_wait_s: float,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = session or requests.Session()
        self._limiter = limiter
        self._max_wait_s = max_wait_s

    def get(self, path: str, params: dict[str, Any], timeout: float | None = None) -> Any:
        if not self._limiter.acquire(self._max_wait_s):
            raise MapsError("maps.over_query_limit", "held back by the local limiter")
        try:
            response = self._session.get(
                self.base_url + path,
                params=params,
                timeout=timeout or self.timeout,
                headers={"Accept": "application/json", "User-Agent": USER_AGENT},
            )
        except requests.Timeout:
            raise MapsError("maps.timeout") from None
        except requests.RequestException as exc:
            raise MapsError("maps.unreachable", type(exc).__name__) from None
        status = response.status_code
        if status == 429:
            self._limiter.pause(retry_after_s(response.headers.get("Retry-After")))
            raise MapsError("maps.over_query_limit", "HTTP 429")
        if status >= 500:
            raise MapsError("maps.http_error", f"HTTP {status}")
        if status == 404:
            raise MapsError("maps.no_route", "HTTP 404")
        if status >= 400:
            raise MapsError("maps.invalid_request", f"HTTP {status}")
        try:
            return response.json()
        except ValueError:
            raise MapsError("maps.bad_response", "not JSON") from None


# --------------------------------------------------------------------------- geocoding


def parse_features(data: Any, provider: str = "geoplateforme") -> tuple[AddressCandidate, ...]:
    """The candidates of a /search or /reverse answer, best first (the service's order)."""
    if not isinstance(data, dict) or not isinstance(data.get("features"), list):
        raise MapsError("maps.bad_response", "no features")
    found = []
    for feature in data["features"]:
        try:
            lng, lat = feature["geometry"]["coordinates"][:2]
            props = feature.get("properties") or {}
            kind = str(props.get("type") or "")
            name = str(props.get("name") or "")
            if not name:
                number, street = props.get("housenumber"), props.get("street")
                name = " ".join(str(p) for p in (number, street) if p)
            candidate = AddressCandidate(
                label=str(props.get("label") or name),
                street=name if kind in PRECISE_KINDS else "",
                postcode=str(props.get("postcode") or ""),
                city=str(props.get("city") or ""),
                lat=float(lat),
                lng=float(lng),
                score=float(props.get("score") or 0.0),
                kind=kind,
                place_id=str(props.get("id") or ""),
                provider=provider,
            )
        except (KeyError, TypeError, ValueError, IndexError):
            continue  # one odd feature does not spoil the others
        if -90 <= candidate.lat <= 90 and -180 <= candidate.lng <= 180:
            found.append(candidate)
    return tuple(found)


def _same_place(a: AddressCandidate, b: AddressCandidate) -> bool:
    return a.postcode == b.postcode and a.street.casefold() == b.street.casefold()


def pick(
    candidates: Sequence[AddressCandidate], postcode: str | None = None
) -> AddressCandidate | None:
    """The candidate to trust without asking, None when there is none; AmbiguousAddress
    when the user must choose (a poor best score, another place about as good, or a best
    answer in another postcode than the one typed)."""
    precise = [c for c in candidates if c.kind in PRECISE_KINDS]
    if not precise:
        return None
    best = precise[0]
    rivals = [
        c
        for c in precise[1:]
        if c.score >= best.score - AMBIGUITY_MARGIN and not _same_place(c, best)
    ]
    wrong_postcode = bool(postcode) and best.postcode != postcode
    if best.score < MIN_SCORE or rivals or wrong_postcode:
        raise AmbiguousAddress(tuple(precise[:5]))
    return best


class GeoplateformeGeocoder:
    """The Géoplateforme geocoder (Base Adresse Nationale), no key."""

    name = "geoplateforme"

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        timeout: float = 4.0,
        session: requests.Session | None = None,
        limiter: RateLimiter | None = None,
        max_wait_s: float = 1.0,
    ) -> None:
        self._client = _Client(
            base_url, timeout, session, limiter or shared_limiter(GEOCODING), max_wait_s
        )

    def __repr__(self) -> str:
        return f"GeoplateformeGeocoder({self._client.base_url!r})"

    def candidates(self, address: str, limit: int = 5) -> tuple[AddressCandidate, ...]:
        data = self._client.get(
            SEARCH_PATH,
            {"q": address[:200], "index": "address", "limit": limit, "autocomplete": 0},
        )
        return parse_features(data)

    def geocode(self, address: str) -> GeocodeResult | None:
        typed = _POSTCODE.search(address)
        chosen = pick(self.candidates(address), typed.group(1) if typed else None)
        return chosen.result() if chosen else None

    def suggest(
        self, text: str, limit: int = 5, timeout: float | None = None
    ) -> tuple[AddressCandidate, ...]:
        """Autocomplete: what the text typed so far may become (addresses only)."""
        data = self._client.get(
            SEARCH_PATH,
            {"q": text[:200], "index": "address", "limit": limit, "autocomplete": 1},
            timeout=timeout,
        )
        return tuple(c for c in parse_features(data) if c.kind in PRECISE_KINDS)

    def reverse(
        self, lat: float, lng: float, timeout: float | None = None
    ) -> AddressCandidate | None:
        data = self._client.get(
            REVERSE_PATH,
            {"lon": f"{lng:.6f}", "lat": f"{lat:.6f}", "index": "address", "limit": 1},
            timeout=timeout,
        )
        found = parse_features(data)
        return found[0] if found else None


# --------------------------------------------------------------------------- itineraries

_TURNS = {
    "uturn": "Faire demi-tour",
    "sharp right": "Tourner franchement à droite",
    "right": "Tourner à droite",
    "slight right": "Serrer à droite",
    "straight": "Continuer tout droit",
    "slight left": "Serrer à gauche",
    "left": "Tourner à gauche",
    "sharp left": "Tourner franchement à gauche",
}


def street_name(attributes: Any) -> str:
    """The way's name from a step's attributes (BD TOPO names both sides of a road)."""
    if not isinstance(attributes, dict):
        return ""
    name = attributes.get("name")
    if isinstance(name, str):
        return name.strip()
    if isinstance(name, dict):
        for key in ("nom_1_droite", "nom_1_gauche", "cpx_toponyme_route_nommee", "cpx_numero"):
            value = name.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return ""


def instruction_text(instruction: Any, name: str) -> str:
    """A French sentence for an OSRM-style maneuver ({type, modifier}) onto `name`."""
    kind = modifier = ""
    if isinstance(instruction, dict):
        kind = str(instruction.get("type") or "")
        modifier = str(instruction.get("modifier") or "")
    onto = f" sur {name}" if name else ""
    if kind == "depart":
        return f"Partir{onto}" if name else "Départ"
    if kind == "arrive":
        return "Arrivée" + (f" ({name})" if name else "")
    if kind in ("roundabout", "rotary", "roundabout turn"):
        return f"Prendre le rond-point, puis continuer{onto}"
    if kind == "exit roundabout":
        return f"Sortir du rond-point{onto}"
    if kind in ("merge", "on ramp"):
        return f"S'insérer{onto}"
    if kind == "off ramp":
        return f"Prendre la sortie{onto}"
    if kind == "fork":
        side = "à gauche" if "left" in modifier else "à droite"
        return f"À l'embranchement, rester {side}{onto}"
    if kind in ("turn", "end of road", "new name", "continue", "notification", "") and (
        modifier in _TURNS and modifier != "straight"
    ):
        return _TURNS[modifier] + onto
    return f"Continuer{onto}" if name else "Continuer tout droit"


def _line(geometry: Any) -> list[tuple[float, float]]:
    """(lat, lng) points of a GeoJSON LineString or of an encoded polyline."""
    if isinstance(geometry, dict):
        coordinates = geometry.get("coordinates")
        if geometry.get("type") != "LineString" or not isinstance(coordinates, list):
            raise MapsError("maps.bad_response", "geometry is not a line")
        return [(float(p[1]), float(p[0])) for p in coordinates]
    if isinstance(geometry, str) and geometry:
        return [(p["lat"], p["lng"]) for p in decode_polyline(geometry)]
    raise MapsError("maps.bad_response", "no geometry")


def simplify(points: list[tuple[float, float]], limit: int = MAX_POLYLINE_POINTS):
    """Douglas-Peucker, tolerance raised until at most `limit` points remain."""
    tolerance = 1e-5  # degrees: about a metre
    while len(points) > limit:
        points = _douglas_peucker(points, tolerance)
        tolerance *= 2
    return points


def _douglas_peucker(points, tolerance):
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ay, ax), (by, bx) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy) or 1e-12
        best, index = 0.0, -1
        for i in range(first + 1, last):
            y, x = points[i]
            distance = abs(dy * (x - ax) - dx * (y - ay)) / norm
            if distance > best:
                best, index = distance, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


class GeoplateformeRouting:
    """Road itineraries on BD TOPO (OSRM or pgRouting), no key. A scooter is routed with the
    car profile and its durations multiplied by `duration_factor`."""

    name = "geoplateforme"

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        resource: str = "bdtopo-osrm",
        profile: str = "car",
        duration_factor: float = 1.0,
        timeout: float = 5.0,
        session: requests.Session | None = None,
        limiter: RateLimiter | None = None,
        max_wait_s: float = 2.0,
    ) -> None:
        if resource not in RESOURCES:
            raise ValueError(f"resource must be one of {RESOURCES}")
        if profile not in PROFILES:
            raise ValueError(f"profile must be one of {PROFILES}")
        if not 0.2 <= duration_factor <= 5:
            raise ValueError("duration_factor out of range")
        self.resource, self.profile, self.duration_factor = resource, profile, duration_factor
        self._client = _Client(
            base_url, timeout, session, limiter or shared_limiter(ITINERARY), max_wait_s
        )

    def __repr__(self) -> str:
        return f"GeoplateformeRouting({self.resource!r}, {self.profile!r})"

    def params(self, origin: LatLng, destination: LatLng, stops: Sequence[LatLng]) -> dict:
        def point(p: LatLng) -> str:
            return f"{p.lng:.6f},{p.lat:.6f}"  # longitude first, as the service wants

        params = {
            "resource": self.resource,
            "profile": self.profile,
            "optimization": "fastest",
            "start": point(origin),
            "end": point(destination),
            "geometryFormat": "geojson",
            "getSteps": "true",
            "getBbox": "false",
            "distanceUnit": "meter",
            "timeUnit": "second",
            "crs": "EPSG:4326",
        }
        if stops:
            params["intermediates"] = "|".join(point(p) for p in stops)
        return params

    def route(
        self,
        origin: LatLng,
        destination: LatLng,
        waypoints: Sequence[LatLng] = (),
        *,
        optimize: bool = False,
    ) -> Route:
        order = (
            best_order(origin, destination, waypoints) if optimize else tuple(range(len(waypoints)))
        )
        stops = [waypoints[i] for i in order]
        data = self._client.get(ITINERARY_PATH, self.params(origin, destination, stops))
        try:
            return self._parse(data, len(stops) + 1, tuple(order))
        except MapsError:
            raise
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise MapsError("maps.bad_response", type(exc).__name__) from None

    def _seconds(self, value: Any) -> int:
        return round(float(value or 0) * self.duration_factor)

    def _parse(self, data: Any, n_legs: int, order: tuple[int, ...]) -> Route:
        if not isinstance(data, dict):
            raise MapsError("maps.bad_response", "not an object")
        portions = data.get("portions")
        if not isinstance(portions, list) or len(portions) != n_legs:
            raise MapsError("maps.bad_response", "portions do not match the stops")
        legs = []
        for portion in portions:
            steps = []
            for raw in portion.get("steps") or ():
                name = street_name(raw.get("attributes"))
                steps.append(
                    Step(
                        instruction=instruction_text(raw.get("instruction"), name),
                        distance_m=round(float(raw.get("distance") or 0)),
                        duration_s=self._seconds(raw.get("duration")),
                    )
                )
            legs.append(
                Leg(
                    distance_m=round(float(portion.get("distance") or 0)),
                    duration_s=self._seconds(portion.get("duration")),
                    steps=_merge_steps(steps),
                )
            )
        points = simplify(_line(data.get("geometry")))
        if len(points) < 2:
            raise MapsError("maps.bad_response", "empty geometry")
        return Route(
            distance_m=round(float(data.get("distance") or sum(g.distance_m for g in legs))),
            duration_s=sum(leg.duration_s for leg in legs),
            legs=tuple(legs),
            encoded_polyline=encode_polyline(points),
            waypoint_order=order,
            estimate=False,
            source=self.name,
        )

    def matrix(self, origins: Sequence[LatLng], destinations: Sequence[LatLng]) -> list[MatrixCell]:
        """No matrix service: one itinerary per cell, for the few stores of the chain."""
        if len(origins) * len(destinations) > MAX_MATRIX_CELLS:
            raise MapsError("maps.invalid_request", "matrix too large")
        cells = []
        for i, origin in enumerate(origins):
            for j, destination in enumerate(destinations):
                try:
                    route = self.route(origin, destination)
                except MapsError as exc:
                    if exc.code != "maps.no_route":
                        raise
                    cells.append(MatrixCell(i, j, 0, 0, estimate=False, found=False))
                    continue
                cells.append(MatrixCell(i, j, route.distance_m, route.duration_s, False))
        return cells


def _merge_steps(steps: list[Step]) -> tuple[Step, ...]:
    """BD TOPO cuts a street into many sections: consecutive "Continuer sur X" of the same
    street are one step for the driver."""
    merged: list[Step] = []
    for step in steps:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and step.instruction.startswith("Continuer sur ")
            and step.instruction[len("Continuer") :] in previous.instruction
        ):
            merged[-1] = Step(
                previous.instruction,
                previous.distance_m + step.distance_m,
                previous.duration_s + step.duration_s,
            )
        else:
            merged.append(step)
    return tuple(merged)
