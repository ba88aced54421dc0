"""Routing, geocoding and map tiles for deliveries, behind small protocols (no Qt, no
database).

Google Maps Platform when a key is configured (the Routes API, or the legacy Directions /
Distance Matrix for projects that still have them); the IGN Géoplateforme without a key or
when Google fails (geoplateforme.py: geocoding, autocomplete, itineraries); the offline
estimate and the shipped postcode table last (offline.py, approximate.py). Screens and
services talk to `ResilientMaps`, which never raises for routing: a failing or unconfigured
service gives the next one, and finally the clearly labelled estimate, with a `notice` code
saying why; `chain.GeocoderChain` does the same for geocoding. tiles.py and tile_cache.py are
the map's tiles and their disk cache; ratelimit.py the per-service limiters.
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
