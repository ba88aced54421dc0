"""The legacy Directions / Distance Matrix and the Geocoding API through `googlemaps`.

Directions and Distance Matrix only work for Google Cloud projects that enabled them before
October 2026; geocoding is current. The client's own habits are tamed here: it has no default
timeout (we set one), it retries 5xx and OVER_QUERY_LIMIT with blocking sleeps (we make one
attempt and let the circuit breaker decide), and it puts the key in the query string, so urllib3's
debug log of that URL is redacted.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

import googlemaps
from googlemaps import exceptions as gexc

from ocpizza_desk.integrations.maps.base import (
    AddressCandidate,
    GeocodeResult,
    LatLng,
    Leg,
    MapsError,
    MatrixCell,
    Route,
    Step,
    redact,
)

# legacy "status" strings -> our codes (OK and ZERO_RESULTS never reach here as errors)
STATUSES = {
    "OVER_QUERY_LIMIT": "maps.over_query_limit",
    "OVER_DAILY_LIMIT": "maps.over_query_limit",
    "REQUEST_DENIED": "maps.denied",
    "INVALID_REQUEST": "maps.invalid_request",
    "MAX_WAYPOINTS_EXCEEDED": "maps.invalid_request",
    "MAX_ROUTE_LENGTH_EXCEEDED": "maps.invalid_request",
    "MAX_ELEMENTS_EXCEEDED": "maps.invalid_request",
}

_TAGS = re.compile(r"<[^>]+>")


class _KeyRedactingFilter(logging.Filter):
    """urllib3 logs every request line at DEBUG, query string (and so the key) included."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.key in message:
            record.msg, record.args = redact(message, self.key), None
        return True


class _SingleAttemptClient(googlemaps.Client):
    """One attempt per call: googlemaps would sleep and retry 5xx for up to retry_timeout."""

    def _request(self, url, params, first_request_time=None, retry_counter=0, *args, **kwargs):
        if retry_counter > 0:
            raise MapsError("maps.http_error", "server error")
        return super()._request(url, params, first_request_time, retry_counter, *args, **kwargs)

    def __repr__(self) -> str:
        return "googlemaps.Client(key=***)"


def make_client(api_key: str, timeout: float = 5.0) -> googlemaps.Client:
    try:
        client = _SingleAttemptClient(key=api_key, timeout=timeout, retry_over_query_limit=False)
    except ValueError:
        raise MapsError("maps.denied", "malformed API key") from None
    urllib3_log = logging.getLogger("urllib3.connectionpool")
    if not any(
        isinstance(f, _KeyRedactingFilter) and f.key == api_key for f in urllib3_log.filters
    ):
        urllib3_log.addFilter(_KeyRedactingFilter(api_key))
    return client


def _call(fn, *args, **kwargs) -> Any:
    """Runs a googlemaps call; its exceptions become MapsError without their text (URLs)."""
    try:
        return fn(*args, **kwargs)
    except MapsError:
        raise
    except gexc.ApiError as exc:
        raise MapsError(STATUSES.get(exc.status, "maps.invalid_request"), exc.status) from None
    except gexc.Timeout:
        raise MapsError("maps.timeout") from None
    except gexc.HTTPError as exc:
        raise MapsError("maps.http_error", f"HTTP {exc.status_code}") from None
    except gexc.TransportError as exc:
        base = getattr(exc, "base_exception", None)
        cause = type(base).__name__ if base is not None else "transport"
        raise MapsError("maps.unreachable", cause) from None
    except (KeyError, TypeError, ValueError) as exc:
        raise MapsError("maps.bad_response", type(exc).__name__) from None


def _latlng(point: LatLng) -> tuple[float, float]:
    return (point.lat, point.lng)


class LegacyMaps:
    name = "google-legacy"

    def __init__(
        self,
        api_key: str | None = None,
        *,
        client: googlemaps.Client | None = None,
        timeout: float = 5.0,
        mode: str = "driving",
        language: str = "fr",
    ) -> None:
        if client is None:
            if not api_key:
                raise ValueError("an API key or a client is required")
            client = make_client(api_key, timeout)
        self._client = client
        self.mode = mode
        self.language = language

    def __repr__(self) -> str:
        return f"LegacyMaps(mode={self.mode!r}, key=***)"

    def route(
        self,
        origin: LatLng,
        destination: LatLng,
        waypoints: Sequence[LatLng] = (),
        *,
        optimize: bool = False,
    ) -> Route:
        routes = _call(
            self._client.directions,
            _latlng(origin),
            _latlng(destination),
            mode=self.mode,
            waypoints=[_latlng(p) for p in waypoints] or None,
            optimize_waypoints=bool(optimize and len(waypoints) > 1),
            language=self.language,
            units="metric",
        )
        if not routes:  # ZERO_RESULTS comes back as an empty list
            raise MapsError("maps.no_route")
        try:
            return self._parse_route(routes[0], len(waypoints))
        except (KeyError, TypeError, ValueError) as exc:
            raise MapsError("maps.bad_response", type(exc).__name__) from None

    def matrix(self, origins: Sequence[LatLng], destinations: Sequence[LatLng]) -> list[MatrixCell]:
        data = _call(
            self._client.distance_matrix,
            [_latlng(p) for p in origins],
            [_latlng(p) for p in destinations],
            mode=self.mode,
            language=self.language,
            units="metric",
        )
        cells = []
        try:
            for i, row in enumerate(data["rows"]):
                for j, element in enumerate(row["elements"]):
                    found = element.get("status") == "OK"
                    cells.append(
                        MatrixCell(
                            origin_index=i,
                            destination_index=j,
                            distance_m=int(element["distance"]["value"]) if found else 0,
                            duration_s=int(element["duration"]["value"]) if found else 0,
                            estimate=False,
                            found=found,
                        )
                    )
        except (KeyError, TypeError, ValueError) as exc:
            raise MapsError("maps.bad_response", type(exc).__name__) from None
        return cells

    def _parse_route(self, raw: dict[str, Any], n_waypoints: int) -> Route:
        legs = tuple(
            Leg(
                distance_m=int(leg["distance"]["value"]),
                duration_s=int(leg["duration"]["value"]),
                steps=tuple(
                    Step(
                        instruction=_TAGS.sub("", s.get("html_instructions", "")),
                        distance_m=int(s["distance"]["value"]),
                        duration_s=int(s["duration"]["value"]),
                    )
                    for s in leg.get("steps", [])
                ),
            )
            for leg in raw["legs"]
        )
        order = raw.get("waypoint_order") or list(range(n_waypoints))
        return Route(
            distance_m=sum(leg.distance_m for leg in legs),
            duration_s=sum(leg.duration_s for leg in legs),
            legs=legs,
            encoded_polyline=raw.get("overview_polyline", {}).get("points", ""),
            waypoint_order=tuple(int(i) for i in order),
            estimate=False,
            source=self.name,
        )


class GoogleGeocoder:
    """Geocoding API: the first result, or None when Google finds nothing (ZERO_RESULTS)."""

    name = "google"

    def __init__(
        self,
        api_key: str | None = None,
        *,
        client: googlemaps.Client | None = None,
        timeout: float = 5.0,
        region: str = "fr",
        language: str = "fr",
    ) -> None:
        if client is None:
            if not api_key:
                raise ValueError("an API key or a client is required")
            client = make_client(api_key, timeout)
        self._client = client
        self.region = region
        self.language = language

    def __repr__(self) -> str:
        return "GoogleGeocoder(key=***)"

    def suggest(
        self, text: str, limit: int = 5, timeout: float | None = None
    ) -> tuple[AddressCandidate, ...]:
        """The Geocoding API's answers for a partial address, as suggestions (one call)."""
        results = _call(self._client.geocode, text, region=self.region, language=self.language)
        found = []
        for result in (results or [])[:limit]:
            try:
                found.append(_candidate(result))
            except (KeyError, TypeError, ValueError, IndexError):
                continue
        return tuple(c for c in found if c.street)

    def geocode(self, address: str) -> GeocodeResult | None:
        results = _call(self._client.geocode, address, region=self.region, language=self.language)
        if not results:
            return None
        try:
            first = results[0]
            location = first["geometry"]["location"]
            return GeocodeResult(
                place_id=first["place_id"],
                lat=float(location["lat"]),
                lng=float(location["lng"]),
                formatted_address=first.get("formatted_address", ""),
            )
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise MapsError("maps.bad_response", type(exc).__name__) from None


def _candidate(result: dict[str, Any]) -> AddressCandidate:
    parts: dict[str, str] = {}
    for component in result.get("address_components", []):
        for kind in component.get("types", []):
            parts.setdefault(kind, component.get("long_name", ""))
    street = " ".join(p for p in (parts.get("street_number"), parts.get("route")) if p)
    location = result["geometry"]["location"]
    return AddressCandidate(
        label=result.get("formatted_address", street),
        street=street if parts.get("route") else "",
        postcode=parts.get("postal_code", ""),
        city=parts.get("locality", ""),
        lat=float(location["lat"]),
        lng=float(location["lng"]),
        score=0.0 if result.get("partial_match") else 1.0,
        kind="housenumber" if parts.get("street_number") else "street",
        place_id=result.get("place_id", ""),
        provider="google",
    )
