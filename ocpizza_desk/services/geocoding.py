"""Addresses to coordinates, through a database cache that never holds an address in clear.

The cache key is the SHA-256 of the normalised address: accents removed (NFKD), case folded,
every run of anything but letters and digits turned into one space, trimmed. So
"12, Rue de l'Église" and "12 rue de l eglise" share one entry; a typo makes another one.
Google's terms allow keeping the place id; coordinates older than 30 days are fetched again,
and if that refresh fails the old ones are still used (`stale=True`), a delivery being better
served by month-old coordinates than by none. An address Google does not find is cached too
(no coordinates), so that it is not asked again at every order for 30 days.

No key configured (offline): nothing is geocoded and nothing is written. The network call is
never made inside a database transaction: read, call, then write, each on its own.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import Customer, CustomerAddress, GeocodeCacheEntry
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.errors import NotFound
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.integrations.maps import MapsError
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.context import ServiceContext

log = logging.getLogger(__name__)

REFRESH_AFTER = timedelta(days=30)
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Geocoded:
    lat: float
    lng: float
    place_id: str | None
    source: str  # "cache" (fresh entry), "google" (just fetched), "stale" (refresh failed)

    @property
    def stale(self) -> bool:
        """Coordinates older than 30 days, kept because Google could not refresh them."""
        return self.source == "stale"


@dataclass(frozen=True)
class AddressLocation:
    """The outcome of geocoding a customer address for the counter."""

    address_id: int
    lat: float | None
    lng: float | None
    written: bool  # the coordinates were stored on the address
    stale: bool = False


def normalise(address: str) -> str:
    flat = unicodedata.normalize("NFKD", address)
    flat = "".join(ch for ch in flat if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", flat.casefold()).strip()


def address_hash(address: str) -> str:
    return hashlib.sha256(normalise(address).encode("utf-8")).hexdigest()


def geocode(
    ctx: ServiceContext, address: str, *, now: Callable[[], datetime] = utcnow
) -> Geocoded | None:
    """Coordinates of a free-text address, from the cache or Google; None when unknown or
    when no key is configured. Failures of Google are logged by code, never with the
    address, and answered from the cache when it has anything."""
    geocoder = ctx.geocoder
    if geocoder is None or not normalise(address):
        return None
    key = address_hash(address)
    cached = ctx.transaction(lambda db: _cached(db, key))
    moment = now()
    if cached is not None and moment - cached.fetched_at < REFRESH_AFTER:
        if cached.latitude is None or cached.longitude is None:
            return None  # Google found nothing recently
        return Geocoded(cached.latitude, cached.longitude, cached.place_id, "cache")
    try:
        result = geocoder.geocode(address)  # the network: outside any transaction
    except MapsError as exc:
        return _fallback(cached, exc.code)
    except Exception as exc:  # a provider bug must not lose the old coordinates
        return _fallback(cached, type(exc).__name__)
    values = {
        "place_id": result.place_id if result else None,
        "latitude": result.lat if result else None,
        "longitude": result.lng if result else None,
        "provider": "google",
        "fetched_at": moment,
    }
    ctx.transaction(lambda db: _store(db, key, values, exists=cached is not None))
    if result is None:
        return None
    return Geocoded(result.lat, result.lng, result.place_id, "google")


def locate_address(
    ctx: ServiceContext,
    session: StaffSession,
    address_id: int,
    *,
    now: Callable[[], datetime] = utcnow,
) -> AddressLocation:
    """Geocode a customer address that has no coordinates yet and store them on it.

    Asked by the counter in the background after the address was saved. The address is
    written only if it is still the one geocoded (not edited or archived meanwhile).
    """
    require(session, Permission.MANAGE_CUSTOMERS)
    validation.identifier(address_id, "address")

    def read(db: Session):
        row = db.execute(
            select(
                CustomerAddress.street,
                CustomerAddress.postcode,
                CustomerAddress.city,
                CustomerAddress.latitude,
                CustomerAddress.longitude,
            )
            .join(Customer, Customer.id == CustomerAddress.customer_id)
            .where(
                CustomerAddress.id == address_id,
                CustomerAddress.archived.is_(False),
                Customer.erased_at.is_(None),
            )
        ).one_or_none()
        if row is None:
            raise NotFound("not_found", what={"fr": "adresse", "en": "address"})
        return row

    street, postcode, city, lat, lng = ctx.transaction(read)
    if lat is not None and lng is not None:
        return AddressLocation(address_id, lat, lng, written=False)
    found = geocode(ctx, one_line(street, postcode, city), now=now)
    if found is None:
        return AddressLocation(address_id, None, None, written=False)

    def write(db: Session) -> bool:
        table = CustomerAddress.__table__
        changed = db.execute(
            update(table)
            .where(
                table.c.id == address_id,
                table.c.street == street,
                table.c.postcode == postcode,
                table.c.city == city,
                table.c.archived.is_(False),
                table.c.latitude.is_(None),
            )
            .values(latitude=found.lat, longitude=found.lng)
        )
        return changed.rowcount == 1

    written = ctx.transaction(write)
    return AddressLocation(address_id, found.lat, found.lng, written, found.stale)


def one_line(street: str, postcode: str, city: str) -> str:
    """What is sent to Google: street, postcode and city (never the door code or notes)."""
    return f"{street}, {postcode} {city}, France"


def _cached(db: Session, key: str) -> GeocodeCacheEntry | None:
    entry = db.execute(
        select(GeocodeCacheEntry).where(GeocodeCacheEntry.query_hash == key)
    ).scalar_one_or_none()
    if entry is not None:
        db.expunge(entry)  # read after the transaction
    return entry


def _store(db: Session, key: str, values: dict, exists: bool) -> None:
    """Insert or refresh; two PCs geocoding the same address at once meet on the unique key."""
    table = GeocodeCacheEntry.__table__
    refresh = update(table).where(table.c.query_hash == key).values(**values)
    if exists and db.execute(refresh).rowcount == 1:
        return
    try:
        with db.begin_nested():
            db.execute(insert(table).values(query_hash=key, **values))
    except IntegrityError:
        db.execute(refresh)


def _fallback(cached: GeocodeCacheEntry | None, code: str) -> Geocoded | None:
    if cached is not None and cached.latitude is not None and cached.longitude is not None:
        log.warning("geocoding failed (%s): coordinates older than 30 days kept", code)
        return Geocoded(cached.latitude, cached.longitude, cached.place_id, "stale")
    log.warning("geocoding failed (%s): address left without coordinates", code)
    return None
