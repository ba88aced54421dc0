"""The last link of the geocoding chain: a point per postcode, shipped with the app.

Paris and the inner suburbs (resources/maps/postcode_centroids.csv, from GeoNames, CC BY 4.0).
Used when neither Google nor the Géoplateforme can be asked (offline, failing, or no precise
answer), so that a delivery can still be given to a driver; every such location is flagged
"approximate" and shown as "approximatif" on the board, the map and the courier slip, and a
manager can pin the real place on the map.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ocpizza_desk.assets import resource
from ocpizza_desk.integrations.maps.base import AddressCandidate, GeocodeResult

_POSTCODE = re.compile(r"\b(\d{5})\b")


@dataclass(frozen=True, slots=True)
class Centroid:
    postcode: str
    town: str
    lat: float
    lng: float


@cache
def centroids() -> dict[str, Centroid]:
    table: dict[str, Centroid] = {}
    text = resource("maps", "postcode_centroids.csv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("postcode;"):
            continue
        postcode, town, lat, lng = line.split(";")
        table[postcode] = Centroid(postcode, town, float(lat), float(lng))
    return table


class PostcodeCentroids:
    """A Geocoder that answers from the postcode alone (offline, never fails)."""

    name = "approximate"

    def locate(self, postcode: str) -> Centroid | None:
        return centroids().get((postcode or "").strip())

    def geocode(self, address: str) -> GeocodeResult | None:
        found = _POSTCODE.search(address or "")
        where = self.locate(found.group(1)) if found else None
        if where is None:
            return None
        return GeocodeResult(
            f"postcode:{where.postcode}",
            where.lat,
            where.lng,
            f"{where.postcode} {where.town}",
            "approximate",
        )

    def suggest(
        self, text: str, limit: int = 5, timeout: float | None = None
    ) -> tuple[AddressCandidate, ...]:
        """Offline, the counter is only offered the postcode and town of a postcode typed in
        the text (the street is kept as typed)."""
        found = _POSTCODE.search(text or "")
        where = self.locate(found.group(1)) if found else None
        if where is None:
            return ()
        street = _POSTCODE.sub("", text).strip(" ,")
        return (
            AddressCandidate(
                label=f"{street}, {where.postcode} {where.town}".strip(" ,"),
                street=street,
                postcode=where.postcode,
                city="Paris" if where.postcode.startswith("75") else where.town,
                lat=where.lat,
                lng=where.lng,
                score=0.0,
                kind="municipality",
                place_id=f"postcode:{where.postcode}",
                provider="approximate",
            ),
        )[:limit]
