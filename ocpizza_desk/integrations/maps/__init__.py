"""Routing and geocoding for deliveries, behind small protocols.

Google Maps Platform when a key is configured (the Routes API, or the legacy Directions /
Distance Matrix for projects that still have them), an offline estimate otherwise. Screens and
services talk to `ResilientMaps`, which never raises for routing: a failing or unconfigured API
gives the clearly labelled estimate instead, with a `notice` code saying why.
"""

from ocpizza_desk.integrations.maps.base import (
    NOTICES,
    Geocoder,
    GeocodeResult,
    LatLng,
    Leg,
    MapsError,
    MapsProvider,
    MatrixCell,
    Route,
    Step,
    notice_message,
    redact,
)
from ocpizza_desk.integrations.maps.offline import OfflineEstimate
from ocpizza_desk.integrations.maps.resilient import CircuitBreaker, ResilientMaps

__all__ = [
    "NOTICES",
    "CircuitBreaker",
    "GeocodeResult",
    "Geocoder",
    "LatLng",
    "Leg",
    "MapsError",
    "MapsProvider",
    "MatrixCell",
    "OfflineEstimate",
    "ResilientMaps",
    "Route",
    "Step",
    "notice_message",
    "redact",
]
