"""The shapes every maps provider returns, and the errors they raise.

Plain frozen dataclasses so that services can hand them to the GUI as they are. Distances are
integer metres and durations integer seconds, like money in cents: no float drift on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from googlemaps.convert import decode_polyline

from ocpizza_desk.domain.texts import N_, translate


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
    provider: str = "google"  # "google", "geoplateforme" or "approximate"


@dataclass(frozen=True, slots=True)
class AddressCandidate:
    """One answer of a geocoder or of the autocomplete: what to show and what to fill in."""

    label: str  # "27 Rue du Faubourg Saint-Antoine 75011 Paris"
    street: str  # "27 Rue du Faubourg Saint-Antoine" (number and street, for the street field)
    postcode: str
    city: str
    lat: float
    lng: float
    score: float = 1.0  # 0..1, the geocoder's confidence
    kind: str = "housenumber"  # housenumber, street, locality, municipality
    place_id: str = ""
    provider: str = "geoplateforme"

    def result(self) -> GeocodeResult:
        return GeocodeResult(self.place_id, self.lat, self.lng, self.label, self.provider)


class AmbiguousAddress(Exception):
    """Several places answer the address about as well: the user chooses among them."""

    def __init__(self, candidates: tuple[AddressCandidate, ...]) -> None:
        super().__init__(f"{len(candidates)} candidates")
        self.candidates = candidates


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
    """`geocode` raises AmbiguousAddress when several places fit about as well. Geocoders
    may also offer `suggest(text, limit, timeout)` (autocomplete) and `reverse(lat, lng)`."""

    name: str

    def geocode(self, address: str) -> GeocodeResult | None: ...


class MapsError(Exception):
    """A provider failure with a stable code; never carries the API key or the address."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


# Why a route is an estimate; the GUI shows notice_message(code, lang) next to it.
NOTICES: dict[str, str] = {
    "maps.no_key": N_("Maps", "Offline estimate (no Google Maps key configured)."),
    "maps.api_failed": N_(
        "Maps", "Offline estimate: Google Maps did not answer properly ({reason})."
    ),
    "maps.circuit_open": N_(
        "Maps", "Offline estimate: Google Maps is unavailable, it will be tried again shortly."
    ),
    "maps.no_route": N_("Maps", "Offline estimate: Google Maps finds no route."),
    # The Géoplateforme (IGN), used without a Google key or when Google fails.
    "maps.public_failed": N_(
        "Maps", "Offline estimate: the IGN itinerary service did not answer properly ({reason})."
    ),
    "maps.public_circuit_open": N_(
        "Maps",
        (
            "Offline estimate: the IGN itinerary service is unavailable, it will be "
            "tried again shortly."
        ),
    ),
    "maps.public_no_route": N_("Maps", "Offline estimate: the IGN finds no route."),
}

# The short reasons inserted into maps.api_failed.
REASONS: dict[str, str] = {
    "maps.over_query_limit": N_("Maps", "quota exceeded"),
    "maps.denied": N_("Maps", "key refused"),
    "maps.invalid_request": N_("Maps", "request refused"),
    "maps.http_error": N_("Maps", "server error"),
    "maps.unreachable": N_("Maps", "network unreachable"),
    "maps.timeout": N_("Maps", "timed out"),
    "maps.bad_response": N_("Maps", "unreadable answer"),
}


def notice_message(code: str, lang: str = "fr", reason: str | None = None) -> str:
    """`code` may be "maps.api_failed:maps.timeout" (notice and reason in one string)."""
    if ":" in code and reason is None:
        code, reason = code.split(":", 1)
    text = translate("Maps", NOTICES.get(code, NOTICES["maps.api_failed"]), lang)
    why = translate("Maps", REASONS[reason], lang) if reason in REASONS else (reason or "?")
    return text.format(reason=why)


def redact(text: str, secret: str | None) -> str:
    """Removes the API key from any text that may reach a log or an exception."""
    if not secret:
        return text
    return text.replace(secret, "***")
