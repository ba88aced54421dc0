"""Addresses to coordinates: the geocoding chain, a database cache that never holds an address
in clear, the counter's autocomplete, and the manual pin.

The chain (`ctx.geocoder`, services/maps_setup.py): Google with a key, else or when it fails
the IGN Géoplateforme; then, offline or when nobody finds the place clearly, the shipped
postcode table, whose point is flagged approximate (LocationSource.APPROXIMATE). A delivery is
never blocked by geocoding: an approximate location can be routed and assigned, and is shown
as "approximatif" on the board, the map and the courier slip. A manager (anyone who may edit
customers) can place or move the pin by hand on the map: recorded with who and when, and
never overwritten by an automatic result until the address text changes (editing the street,
postcode or city clears the coordinates; see services/customers.update_address).

The cache key is the SHA-256 of the normalised address: accents removed (NFKD), case folded,
every run of anything but letters and digits turned into one space, trimmed. So
"12, Rue de l'Église" and "12 rue de l eglise" share one entry; a typo makes another one.
The place id is kept; coordinates older than 30 days are fetched again, and if that refresh
fails the old ones are still used (`stale=True`). An address nobody finds is cached too (no
coordinates), so that it is not asked again at every order for 30 days; an ambiguous one is
not cached (the user chooses). The network call is never made inside a database transaction:
read, call, then write, each on its own.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from ocpizza_desk.db.models import Customer, CustomerAddress, GeocodeCacheEntry, Store, User
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import LocationSource
from ocpizza_desk.domain.errors import ConflictError, NotFound, ValidationError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.texts import Text
from ocpizza_desk.integrations.maps import MapsError
from ocpizza_desk.integrations.maps.approximate import PostcodeCentroids
from ocpizza_desk.integrations.maps.base import AddressCandidate, AmbiguousAddress
from ocpizza_desk.services import audit
from ocpizza_desk.services.auth import StaffSession, require, require_any
from ocpizza_desk.services.context import ServiceContext

log = logging.getLogger(__name__)

REFRESH_AFTER = timedelta(days=30)
SUGGEST_TIMEOUT_S = 1.5  # the counter's autocomplete: late suggestions are useless
MIN_SUGGEST_CHARS = 3
# A pin must fall in metropolitan France (the chain delivers around Paris; this only catches
# a slip of the hand on a zoomed-out map).
PIN_BOUNDS = (41.0, 51.6, -5.6, 10.0)
_NOT_WORD = re.compile(r"[\W_]+")
_APPROXIMATE = PostcodeCentroids()
_SOURCES = {"google": LocationSource.GOOGLE, "geoplateforme": LocationSource.GEOPLATEFORME}


@dataclass(frozen=True)
class Geocoded:
    lat: float
    lng: float
    place_id: str | None
    source: str  # "cache" (fresh entry), "google"/"geoplateforme" (just fetched), "stale"
    provider: str = field(default="", compare=False)  # who found it: google, geoplateforme

    @property
    def stale(self) -> bool:
        """Coordinates older than 30 days, kept because they could not be refreshed."""
        return self.source == "stale"


@dataclass(frozen=True)
class AddressLocation:
    """The outcome of locating a customer address."""

    address_id: int
    lat: float | None
    lng: float | None
    written: bool  # the coordinates were stored on the address now
    stale: bool = False
    source: LocationSource | None = None  # where the address's coordinates come from
    candidates: tuple[AddressCandidate, ...] = ()  # ambiguous: places to choose from

    @property
    def approximate(self) -> bool:
        return self.source is LocationSource.APPROXIMATE


@dataclass(frozen=True)
class PinView:
    """What the "place on the map" dialog shows: the address, where it is and who said so."""

    address_id: int
    customer_id: int
    line: str  # street, postcode city
    street: str
    postcode: str
    city: str
    lat: float | None
    lng: float | None
    source: LocationSource | None
    set_by: str | None  # who placed a manual pin (or chose a candidate)
    set_at: datetime | None
    store_lat: float | None  # the user's store: where the map opens for an address unknown
    store_lng: float | None
    store_name: str | None

    @property
    def located(self) -> bool:
        return self.lat is not None and self.lng is not None

    @property
    def approximate(self) -> bool:
        return self.source is LocationSource.APPROXIMATE


def normalise(address: str) -> str:
    flat = unicodedata.normalize("NFKD", address)
    flat = "".join(ch for ch in flat if not unicodedata.combining(ch))
    return _NOT_WORD.sub(" ", flat.casefold()).strip()


def address_hash(address: str) -> str:
    return hashlib.sha256(normalise(address).encode("utf-8")).hexdigest()


def one_line(street: str, postcode: str, city: str) -> str:
    """What is sent to a geocoder: street, postcode and city (never the door code or notes)."""
    return f"{street}, {postcode} {city}, France"


def _online(ctx: ServiceContext) -> bool:
    geocoder = getattr(ctx, "geocoder", None)
    return geocoder is not None and getattr(geocoder, "online", True)


def geocode(
    ctx: ServiceContext, address: str, *, now: Callable[[], datetime] = utcnow
) -> Geocoded | None:
    """Coordinates of a free-text address from the cache or the network chain; None when
    unknown or when nothing can be asked. AmbiguousAddress (with candidates) when several
    places answer about as well: nothing is cached, the user chooses. Failures are logged by
    code, never with the address, and answered from the cache when it has anything."""
    geocoder = ctx.geocoder
    if not _online(ctx) or not normalise(address):
        return None
    key = address_hash(address)
    cached = ctx.transaction(lambda db: _cached(db, key))
    moment = now()
    if cached is not None and moment - cached.fetched_at < REFRESH_AFTER:
        if cached.latitude is None or cached.longitude is None:
            return None  # nobody found it recently
        return Geocoded(
            cached.latitude, cached.longitude, cached.place_id, "cache", cached.provider
        )
    try:
        result = geocoder.geocode(address)  # the network: outside any transaction
    except AmbiguousAddress:
        raise
    except MapsError as exc:
        return _fallback(cached, exc.code)
    except Exception as exc:  # a provider bug must not lose the old coordinates
        return _fallback(cached, type(exc).__name__)
    provider = result.provider if result else getattr(geocoder, "name", "geocoder")
    values = {
        "place_id": result.place_id if result else None,
        "latitude": result.lat if result else None,
        "longitude": result.lng if result else None,
        "provider": provider[:20],
        "fetched_at": moment,
    }
    ctx.transaction(lambda db: _store(db, key, values, exists=cached is not None))
    if result is None:
        return None
    return Geocoded(result.lat, result.lng, result.place_id, provider, provider)


def _address_row(db: Session, address_id: int):
    row = db.execute(
        select(
            CustomerAddress.customer_id,
            CustomerAddress.street,
            CustomerAddress.postcode,
            CustomerAddress.city,
            CustomerAddress.latitude,
            CustomerAddress.longitude,
            CustomerAddress.location_source,
            CustomerAddress.location_set_by_id,
            CustomerAddress.location_set_at,
        )
        .join(Customer, Customer.id == CustomerAddress.customer_id)
        .where(
            CustomerAddress.id == address_id,
            CustomerAddress.archived.is_(False),
            Customer.erased_at.is_(None),
        )
    ).one_or_none()
    if row is None:
        raise NotFound("not_found", what=Text("ErrorDetail", "address"))
    return row


def locate_address(
    ctx: ServiceContext,
    session: StaffSession,
    address_id: int,
    *,
    now: Callable[[], datetime] = utcnow,
) -> AddressLocation:
    """Locate a customer address that has no coordinates yet, or only approximate ones, and
    store them on it: the network chain first; else the postcode table (approximate).

    Asked by the counter in the background after the address was saved, and by the delivery
    board for an order to assign. A manual pin is never replaced. The address is written only
    if it is still the one geocoded (not edited or archived meanwhile)."""
    require_any(session, (Permission.MANAGE_CUSTOMERS, Permission.DISPATCH))
    validation.identifier(address_id, "address")
    row = ctx.transaction(lambda db: _address_row(db, address_id))
    located = row.latitude is not None and row.longitude is not None
    if located and row.location_source is not LocationSource.APPROXIMATE:
        source = row.location_source or LocationSource.GOOGLE  # located before sources existed
        return AddressLocation(address_id, row.latitude, row.longitude, False, source=source)
    candidates: tuple[AddressCandidate, ...] = ()
    try:
        found = geocode(ctx, one_line(row.street, row.postcode, row.city), now=now)
    except AmbiguousAddress as ambiguous:
        found, candidates = None, ambiguous.candidates
    if found is not None:
        source = _SOURCES.get(found.provider, LocationSource.GEOPLATEFORME)
        written = _write(ctx, address_id, row, found.lat, found.lng, source, None, now())
        return AddressLocation(
            address_id, found.lat, found.lng, written, found.stale, source, candidates
        )
    if located:  # already approximate: nothing better now
        return AddressLocation(
            address_id,
            row.latitude,
            row.longitude,
            False,
            source=LocationSource.APPROXIMATE,
            candidates=candidates,
        )
    centre = _APPROXIMATE.locate(row.postcode)
    if centre is None:
        return AddressLocation(address_id, None, None, False, candidates=candidates)
    source = LocationSource.APPROXIMATE
    written = _write(ctx, address_id, row, centre.lat, centre.lng, source, None, now())
    return AddressLocation(
        address_id, centre.lat, centre.lng, written, source=source, candidates=candidates
    )


def _write(ctx, address_id, row, lat, lng, source, user_id, moment) -> bool:
    """Automatic results: only on the address as read, never over a pin or precise place."""

    def work(db: Session) -> bool:
        table = CustomerAddress.__table__
        changed = db.execute(
            update(table)
            .where(
                table.c.id == address_id,
                table.c.street == row.street,
                table.c.postcode == row.postcode,
                table.c.city == row.city,
                table.c.archived.is_(False),
                or_(
                    table.c.latitude.is_(None),
                    table.c.location_source == LocationSource.APPROXIMATE.value,
                ),
            )
            .values(
                latitude=lat,
                longitude=lng,
                location_source=source.value,
                location_set_by_id=user_id,
                location_set_at=moment,
            )
        )
        return changed.rowcount == 1

    return ctx.transaction(work)


def set_location(
    ctx: ServiceContext,
    session: StaffSession,
    address_id: int,
    lat: float,
    lng: float,
    *,
    expected_line: str | None = None,
    source: LocationSource = LocationSource.MANUAL,
) -> AddressLocation:
    """A person places (or moves) the address's pin, or chooses one of the geocoder's
    candidates (`source` google/geoplateforme). Recorded with who and when; refused if the
    address was edited since it was shown (`expected_line`)."""
    require(session, Permission.MANAGE_CUSTOMERS)
    validation.identifier(address_id, "address")
    if source is LocationSource.APPROXIMATE:
        raise ValidationError("input.id", field="source")
    try:
        lat, lng = float(lat), float(lng)
    except (TypeError, ValueError):
        raise ValidationError("address.pin_outside") from None
    south, north, west, east = PIN_BOUNDS
    if not (math.isfinite(lat) and math.isfinite(lng)) or not (
        south <= lat <= north and west <= lng <= east
    ):
        raise ValidationError("address.pin_outside")

    def work(db: Session) -> AddressLocation:
        row = _address_row(db, address_id)
        if expected_line is not None and (
            _line(row.street, row.postcode, row.city) != expected_line
        ):
            raise ConflictError("address.changed")
        moment = utcnow()
        table = CustomerAddress.__table__
        db.execute(
            update(table)
            .where(table.c.id == address_id)
            .values(
                latitude=lat,
                longitude=lng,
                location_source=source.value,
                location_set_by_id=session.user_id,
                location_set_at=moment,
            )
        )
        audit.record(
            db,
            session,
            "customer.address_located",
            "customer",
            row.customer_id,
            before={"source": row.location_source.value if row.location_source else None},
            after={"address_id": address_id, "source": source.value},  # no coordinates
        )
        return AddressLocation(address_id, lat, lng, True, source=source)

    return ctx.transaction(work)


def _line(street: str, postcode: str, city: str) -> str:
    return f"{street}, {postcode} {city}".strip(", ")


def pin_view(ctx: ServiceContext, session: StaffSession, address_id: int) -> PinView:
    require_any(session, (Permission.MANAGE_CUSTOMERS, Permission.DISPATCH))
    validation.identifier(address_id, "address")

    def work(db: Session) -> PinView:
        row = _address_row(db, address_id)
        setter = aliased(User)
        who = None
        if row.location_set_by_id is not None:
            who = db.execute(
                select(setter.full_name).where(setter.id == row.location_set_by_id)
            ).scalar()
        store = None
        if session.store_id is not None:
            store = db.execute(
                select(Store.latitude, Store.longitude, Store.name).where(
                    Store.id == session.store_id
                )
            ).first()
        located = row.latitude is not None and row.longitude is not None
        return PinView(
            address_id,
            row.customer_id,
            _line(row.street, row.postcode, row.city),
            row.street,
            row.postcode,
            row.city,
            row.latitude,
            row.longitude,
            row.location_source if located else None,
            who if located else None,
            row.location_set_at if located else None,
            store.latitude if store else None,
            store.longitude if store else None,
            store.name if store else None,
        )

    return ctx.transaction(work)


def suggest(
    ctx: ServiceContext,
    session: StaffSession,
    text: str,
    *,
    limit: int = 5,
    timeout: float = SUGGEST_TIMEOUT_S,
) -> tuple[AddressCandidate, ...]:
    """The counter's autocomplete: addresses the text typed so far may become, from the same
    chain (no database). Nothing under 3 characters; offline, only the postcode's town."""
    require_any(session, (Permission.TAKE_ORDERS, Permission.MANAGE_CUSTOMERS))
    text = " ".join((text or "").split())[:200]
    if len(text) < MIN_SUGGEST_CHARS:
        return ()
    geocoder = getattr(ctx, "geocoder", None)
    if geocoder is None or not hasattr(geocoder, "suggest"):
        return _APPROXIMATE.suggest(text, limit)
    return tuple(geocoder.suggest(text, limit, timeout))[:limit]


def nearest_address(
    ctx: ServiceContext, session: StaffSession, lat: float, lng: float
) -> AddressCandidate | None:
    """The address nearest a point (reverse geocoding), to say where a pin was dropped."""
    require_any(session, (Permission.MANAGE_CUSTOMERS, Permission.DISPATCH))
    geocoder = getattr(ctx, "geocoder", None)
    if geocoder is None or not hasattr(geocoder, "reverse"):
        return None
    return geocoder.reverse(float(lat), float(lng), SUGGEST_TIMEOUT_S)


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
        return Geocoded(
            cached.latitude, cached.longitude, cached.place_id, "stale", cached.provider
        )
    log.warning("geocoding failed (%s): address left without coordinates", code)
    return None
