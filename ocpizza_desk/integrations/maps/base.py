"""The shapes every maps provider returns, and the errors they raise.

Plain frozen dataclasses so that services can hand them to the GUI as they are. Distances are
integer metres and durations integer seconds, like money in cents: no float drift on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from googlemaps.convert import decode_polyline


@dataclass(frozen=True, slots=True)
class LatLng:
    lat: float
    lng: float

    def __post_init__(self) -> None:
        if not (-90.0 <= self.lat <= 90.0 and -180.0 <= self.lng <= 180.0):
            raise ValueError("latitude/longitude out of range")


@dataclass(frozen=True, slots=True)
class Step:
    instruction: str
    distance_m: int
    duration_s: int


@dataclass(frozen=True, slots=True)
class Leg:
    distance_m: int
    duration_s: int
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True, slots=True)
class Route:
    """One itinerary. `estimate` routes come from the offline model, never from Google.

    `waypoint_order` is the order in which the given waypoints are visited (indexes into the
    waypoints passed in); it is the identity unless the order was optimised.
    """

    distance_m: int
    duration_s: int
    legs: tuple[Leg, ...]
    encoded_polyline: str
    waypoint_order: tuple[int, ...]
    estimate: bool
    source: str
    notice: str | None = None

    @property
    def points(self) -> tuple[LatLng, ...]:
        if not self.encoded_polyline:
            return ()
        return tuple(LatLng(p["lat"], p["lng"]) for p in decode_polyline(self.encoded_polyline))

    @property
    def steps(self) -> tuple[Step, ...]:
        return tuple(step for leg in self.legs for step in leg.steps)

    def notice_text(self, lang: str = "fr") -> str:
        return notice_message(self.notice, lang) if self.notice else ""


@dataclass(frozen=True, slots=True)
class MatrixCell:
    origin_index: int
    destination_index: int
    distance_m: int
    duration_s: int
    estimate: bool
    found: bool = True


@dataclass(frozen=True, slots=True)
class GeocodeResult:
    place_id: str
    lat: float
    lng: float
    formatted_address: str


class MapsProvider(Protocol):
    name: str

    def route(
        self,
        origin: LatLng,
        destination: LatLng,
        waypoints: Sequence[LatLng] = (),
        *,
        optimize: bool = False,
    ) -> Route: ...

    def matrix(
        self, origins: Sequence[LatLng], destinations: Sequence[LatLng]
    ) -> list[MatrixCell]: ...


class Geocoder(Protocol):
    def geocode(self, address: str) -> GeocodeResult | None: ...


class MapsError(Exception):
    """A provider failure with a stable code; never carries the API key or the address."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


# Why a route is an estimate; the GUI shows notice_message(code, lang) next to it.
NOTICES: dict[str, dict[str, str]] = {
    "maps.no_key": {
        "fr": "Estimation hors ligne (pas de clé Google Maps configurée).",
        "en": "Offline estimate (no Google Maps key configured).",
    },
    "maps.api_failed": {
        "fr": "Estimation hors ligne : Google Maps n'a pas répondu correctement ({reason}).",
        "en": "Offline estimate: Google Maps did not answer properly ({reason}).",
    },
    "maps.circuit_open": {
        "fr": "Estimation hors ligne : Google Maps est indisponible, nouvel essai sous peu.",
        "en": "Offline estimate: Google Maps is unavailable, it will be tried again shortly.",
    },
    "maps.no_route": {
        "fr": "Estimation hors ligne : Google Maps ne trouve pas d'itinéraire.",
        "en": "Offline estimate: Google Maps finds no route.",
    },
}

# The short reasons inserted into maps.api_failed.
REASONS: dict[str, dict[str, str]] = {
    "maps.over_query_limit": {"fr": "quota dépassé", "en": "quota exceeded"},
    "maps.denied": {"fr": "clé refusée", "en": "key refused"},
    "maps.invalid_request": {"fr": "requête refusée", "en": "request refused"},
    "maps.http_error": {"fr": "erreur du serveur", "en": "server error"},
    "maps.unreachable": {"fr": "réseau injoignable", "en": "network unreachable"},
    "maps.timeout": {"fr": "délai dépassé", "en": "timed out"},
    "maps.bad_response": {"fr": "réponse illisible", "en": "unreadable answer"},
}


def notice_message(code: str, lang: str = "fr", reason: str | None = None) -> str:
    """`code` may be "maps.api_failed:maps.timeout" (notice and reason in one string)."""
    lang = lang if lang in ("fr", "en") else "en"
    if ":" in code and reason is None:
        code, reason = code.split(":", 1)
    text = NOTICES.get(code, NOTICES["maps.api_failed"])[lang]
    why = REASONS.get(reason or "", {}).get(lang, reason or "?")
    return text.format(reason=why)


def redact(text: str, secret: str | None) -> str:
    """Removes the API key from any text that may reach a log or an exception."""
    if not secret:
        return text
    return text.replace(secret, "***")
