"""Geocoding through the database cache: hit, miss, the 30-day refresh (fake clock), a failed
refresh keeping the old coordinates, the place id kept, no address in clear, the key never
logged, nothing asked when nothing can be asked; a customer address located after it was
saved, through the chain (Google, the Géoplateforme, then the postcode table, approximate);
the manual pin (who and when, wins until the address text changes), an ambiguous address,
the counter's suggestions. Google answers through `responses`, the Géoplateforme through the
local fake server (no network). On SQLite and MariaDB."""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import UTC, datetime, timedelta

import pytest
import responses
from sqlalchemy import text

from ocpizza_desk.config import MapsConfig
from ocpizza_desk.db.models import GeocodeCacheEntry
from ocpizza_desk.domain.enums import LocationSource, Role
from ocpizza_desk.domain.errors import ConflictError, ValidationError
from ocpizza_desk.integrations.maps.approximate import centroids
from ocpizza_desk.integrations.maps.base import AmbiguousAddress
from ocpizza_desk.services import customers, geocoding
from ocpizza_desk.services.customers import AddressInput, CustomerInput
from ocpizza_desk.services.maps_setup import configure_maps
from tests.factories import build_tiny
from tests.fake_geoplateforme import FakeGeoplateforme

KEY = "AIzaSy-geocode-test-key-0123456789abcde"
GEOCODE_URL = re.compile(r"https://maps\.googleapis\.com/maps/api/geocode/json.*")
ADDRESS = "14 rue de la Roquette, 75011 Paris, France"
T0 = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


def google_ok(lat=48.8534, lng=2.3712, place_id="ChIJ4a5Xk2xt5kcR"):
    return {
        "results": [
            {
                "formatted_address": "14 Rue de la Roquette, 75011 Paris, France",
                "geometry": {"location": {"lat": lat, "lng": lng}, "location_type": "ROOFTOP"},
                "place_id": place_id,
                "types": ["street_address"],
            }
        ],
        "status": "OK",
    }


def clock(moment):
    return lambda: moment


def cache_rows(ctx):
    """Every column of every cache row (fetched_at as the aware UTC datetime)."""
    table = GeocodeCacheEntry.__table__
    with ctx.engine.connect() as c:
        return [dict(r._mapping) for r in c.execute(table.select())]


@pytest.fixture
def ctx(db):
    build_tiny(db)
    configure_maps(db, MapsConfig("routes", KEY, "test"))
    return db


@pytest.fixture
def google():
    with responses.RequestsMock() as mock:
        yield mock


def test_normalised_address_and_its_hash():
    assert geocoding.normalise("  12, Rue de l'Église\t PARIS ") == "12 rue de l eglise paris"
    assert geocoding.address_hash("12 rue de l'eglise, Paris") == geocoding.address_hash(
        "12 RUE DE L ÉGLISE  PARIS"
    )
    expected = hashlib.sha256(b"12 rue de l eglise paris").hexdigest()
    assert geocoding.address_hash("12 rue de l'église paris") == expected


def test_miss_then_hit_keeps_the_place_id(ctx, google):
    google.get(GEOCODE_URL, json=google_ok())
    first = geocoding.geocode(ctx, ADDRESS, now=clock(T0))
    assert first == geocoding.Geocoded(48.8534, 2.3712, "ChIJ4a5Xk2xt5kcR", "google")
    # the same address written differently: served from the cache, no second call
    again = geocoding.geocode(ctx, "14 Rue de la ROQUETTE 75011 paris france", now=clock(T0))
    assert again == geocoding.Geocoded(48.8534, 2.3712, "ChIJ4a5Xk2xt5kcR", "cache")
    assert len(google.calls) == 1
    [row] = cache_rows(ctx)
    assert row["place_id"] == "ChIJ4a5Xk2xt5kcR" and row["provider"] == "google"
    assert row["query_hash"] == geocoding.address_hash(ADDRESS)


def test_no_address_in_clear_in_the_cache(ctx, google):
    google.get(GEOCODE_URL, json=google_ok())
    geocoding.geocode(ctx, ADDRESS, now=clock(T0))
    stored = " ".join(str(v) for row in cache_rows(ctx) for v in row.values()).lower()
    for word in ("roquette", "75011", "paris", "14 rue"):
        assert word not in stored


def test_coordinates_older_than_30_days_are_refreshed(ctx, google):
    google.get(GEOCODE_URL, json=google_ok())
    geocoding.geocode(ctx, ADDRESS, now=clock(T0))
    assert geocoding.geocode(ctx, ADDRESS, now=clock(T0 + timedelta(days=29))).source == "cache"
    assert len(google.calls) == 1

    google.replace(responses.GET, GEOCODE_URL, json=google_ok(48.8536, 2.3715, "ChIJmoved"))
    later = T0 + timedelta(days=31)
    refreshed = geocoding.geocode(ctx, ADDRESS, now=clock(later))
    assert refreshed == geocoding.Geocoded(48.8536, 2.3715, "ChIJmoved", "google")
    assert len(google.calls) == 2
    [row] = cache_rows(ctx)
    assert (row["latitude"], row["place_id"]) == (48.8536, "ChIJmoved")
    assert row["fetched_at"] == later


@pytest.mark.parametrize(
    "failure",
    [
        {"status": 500, "body": "oops"},
        {"json": {"results": [], "status": "OVER_QUERY_LIMIT"}},
        {"body": ConnectionError("network down")},
    ],
)
def test_a_failed_refresh_keeps_the_old_coordinates(ctx, google, failure, caplog):
    google.get(GEOCODE_URL, json=google_ok())
    geocoding.geocode(ctx, ADDRESS, now=clock(T0))
    google.replace(responses.GET, GEOCODE_URL, **failure)
    caplog.set_level(logging.DEBUG)
    old = geocoding.geocode(ctx, ADDRESS, now=clock(T0 + timedelta(days=40)))
    assert old == geocoding.Geocoded(48.8534, 2.3712, "ChIJ4a5Xk2xt5kcR", "stale")
    assert old.stale
    [row] = cache_rows(ctx)
    assert row["fetched_at"] == T0  # still due for a refresh
    assert "coordinates older than 30 days kept" in caplog.text
    assert KEY not in caplog.text and "roquette" not in caplog.text.lower()


def test_a_failure_without_cache_gives_nothing(ctx, google):
    google.get(GEOCODE_URL, status=500)
    assert geocoding.geocode(ctx, ADDRESS, now=clock(T0)) is None
    assert cache_rows(ctx) == []


def test_an_address_google_does_not_know_is_not_asked_again(ctx, google):
    google.get(GEOCODE_URL, json={"results": [], "status": "ZERO_RESULTS"})
    assert geocoding.geocode(ctx, "nowhere street", now=clock(T0)) is None
    assert geocoding.geocode(ctx, "Nowhere  Street", now=clock(T0)) is None
    assert len(google.calls) == 1
    [row] = cache_rows(ctx)
    assert row["latitude"] is None and row["place_id"] is None


def test_the_key_is_never_logged(ctx, google, caplog):
    caplog.set_level(logging.DEBUG)
    google.get(GEOCODE_URL, json=google_ok())
    geocoding.geocode(ctx, ADDRESS, now=clock(T0))
    assert KEY in google.calls[0].request.url  # the legacy API wants it in the URL...
    assert KEY not in caplog.text  # ...but no log line carries it


def test_no_key_no_geocoding_nothing_written(db, google):
    build_tiny(db)
    assert db.geocoder is None  # the bare context's default
    assert geocoding.geocode(db, ADDRESS) is None
    configure_maps(db, MapsConfig(public=False))  # everything offline
    assert not db.geocoder.online
    assert geocoding.geocode(db, ADDRESS) is None
    assert cache_rows(db) == [] and len(google.calls) == 0


# --------------------------------------------------------------------------- customer addresses


def new_customer(ctx, tiny, street="14 rue de la Roquette"):
    card = customers.create(
        ctx,
        tiny.staff[Role.COUNTER],
        CustomerInput(phone="06 12 34 56 78", first_name="Ines", last_name="Testard"),
        AddressInput(street=street, postcode="75011"),
    )
    return card.addresses[0].id


def address_coordinates(ctx, address_id):
    with ctx.engine.connect() as c:
        return tuple(
            c.execute(
                text("SELECT latitude, longitude FROM customer_addresses WHERE id = :i"),
                {"i": address_id},
            ).one()
        )


def address_location(ctx, address_id):
    with ctx.engine.connect() as c:
        return tuple(
            c.execute(
                text(
                    "SELECT location_source, location_set_by_id, location_set_at"
                    " FROM customer_addresses WHERE id = :i"
                ),
                {"i": address_id},
            ).one()
        )


def test_a_saved_address_is_located_afterwards(db, google):
    tiny = build_tiny(db)
    configure_maps(db, MapsConfig("routes", KEY, "test"))
    counter = tiny.staff[Role.COUNTER]
    address_id = new_customer(db, tiny)
    assert address_coordinates(db, address_id) == (None, None)  # saving never waits on Google
    google.get(GEOCODE_URL, json=google_ok())
    found = geocoding.locate_address(db, counter, address_id, now=clock(T0))
    assert found == geocoding.AddressLocation(
        address_id, 48.8534, 2.3712, written=True, source=LocationSource.GOOGLE
    )
    assert address_coordinates(db, address_id) == (48.8534, 2.3712)
    assert address_location(db, address_id)[:2] == ("google", None)
    sent = google.calls[0].request.url
    assert "Roquette" in sent and "75011" in sent
    # already located: no second call
    assert geocoding.locate_address(db, counter, address_id).written is False
    assert len(google.calls) == 1

    # moved: the coordinates are cleared, to be located again
    customers.update_address(
        db, counter, address_id, AddressInput(street="3 rue Keller", postcode="75011")
    )
    assert address_coordinates(db, address_id) == (None, None)


def test_offline_a_saved_address_gets_its_postcodes_approximate_point(db, google):
    tiny = build_tiny(db)
    address_id = new_customer(db, tiny)
    found = geocoding.locate_address(db, tiny.staff[Role.COUNTER], address_id)
    centre = centroids()["75011"]
    assert found == geocoding.AddressLocation(
        address_id, centre.lat, centre.lng, written=True, source=LocationSource.APPROXIMATE
    )
    assert found.approximate
    assert address_coordinates(db, address_id) == (centre.lat, centre.lng)
    assert address_location(db, address_id)[0] == "approximate"
    assert len(google.calls) == 0 and cache_rows(db) == []  # nothing asked, nothing cached


def test_a_postcode_the_table_does_not_know_stays_unlocated(db):
    tiny = build_tiny(db)
    address_id = (
        customers.create(
            db,
            tiny.staff[Role.COUNTER],
            CustomerInput(phone="06 12 34 56 70", first_name="Léa", last_name="Lyon"),
            AddressInput(street="1 place Bellecour", postcode="69002", city="Lyon"),
        )
        .addresses[0]
        .id
    )
    found = geocoding.locate_address(db, tiny.staff[Role.COUNTER], address_id)
    assert (found.lat, found.written, found.source) == (None, False, None)


def test_an_address_edited_during_the_call_is_not_overwritten(db, google):
    tiny = build_tiny(db)
    configure_maps(db, MapsConfig("routes", KEY, "test"))
    counter = tiny.staff[Role.COUNTER]
    address_id = new_customer(db, tiny)

    def edit_meanwhile(request):
        customers.update_address(
            db, counter, address_id, AddressInput(street="3 rue Keller", postcode="75011")
        )
        return 200, {}, __import__("json").dumps(google_ok())

    google.add_callback(responses.GET, GEOCODE_URL, callback=edit_meanwhile)
    found = geocoding.locate_address(db, counter, address_id, now=clock(T0))
    assert found.written is False
    assert address_coordinates(db, address_id) == (None, None)


def test_locating_needs_the_customer_permission(db):
    from ocpizza_desk.domain.errors import PermissionDenied

    tiny = build_tiny(db)
    address_id = new_customer(db, tiny)
    with pytest.raises(PermissionDenied):
        geocoding.locate_address(db, tiny.staff[Role.PIZZAIOLO], address_id)


# --------------------------------------------------------------------------- the public chain


@pytest.fixture
def public(db):
    fake = FakeGeoplateforme().start()
    configure_maps(db, MapsConfig(geoplateforme_url=fake.url))
    yield fake
    fake.stop()


def test_without_a_key_the_geoplateforme_locates_and_then_a_better_point_replaces_the_rough_one(
    db, public
):
    tiny = build_tiny(db)
    counter = tiny.staff[Role.COUNTER]
    address_id = new_customer(db, tiny, street="27 rue du Faubourg Saint-Antoine")
    public.status = 500  # the service is down at first: the postcode's point
    rough = geocoding.locate_address(db, counter, address_id, now=clock(T0))
    assert rough.approximate and rough.written
    public.status = None  # back: the precise place replaces the approximate one
    precise = geocoding.locate_address(db, counter, address_id, now=clock(T0))
    assert (precise.lat, precise.lng, precise.source) == (
        48.85199,
        2.37322,
        LocationSource.GEOPLATEFORME,
    )
    assert precise.written and address_location(db, address_id)[0] == "geoplateforme"
    [row] = cache_rows(db)
    assert row["provider"] == "geoplateforme"
    assert geocoding.locate_address(db, counter, address_id).written is False  # done


def test_an_ambiguous_address_offers_its_candidates_and_keeps_the_rough_point(db, public):
    tiny = build_tiny(db)
    counter = tiny.staff[Role.COUNTER]
    address_id = new_customer(db, tiny, street="3 rue de la Paix")
    with pytest.raises(AmbiguousAddress):  # the service itself: the user chooses
        geocoding.geocode(db, "3 rue de la Paix")
    found = geocoding.locate_address(db, counter, address_id)
    # typed 75011, both candidates elsewhere: the rough point of 75011, and the choice
    assert found.approximate and {c.postcode for c in found.candidates} == {"75002", "93100"}
    assert cache_rows(db) == []  # an ambiguous answer is not cached
    chosen = found.candidates[0]
    placed = geocoding.set_location(
        db,
        counter,
        address_id,
        chosen.lat,
        chosen.lng,
        source=LocationSource.GEOPLATEFORME,
        expected_line="3 rue de la Paix, 75011 Paris",
    )
    assert placed.source is LocationSource.GEOPLATEFORME
    assert address_location(db, address_id)[1] == counter.user_id  # a person chose it


def test_a_manual_pin_is_recorded_and_wins_until_the_address_text_changes(db, public):
    tiny = build_tiny(db)
    counter, manager = tiny.staff[Role.COUNTER], tiny.staff[Role.MANAGER]
    address_id = new_customer(db, tiny, street="27 rue du Faubourg Saint-Antoine")
    geocoding.locate_address(db, counter, address_id)
    pin = geocoding.set_location(
        db,
        manager,
        address_id,
        48.8521,
        2.3735,
        expected_line="27 rue du Faubourg Saint-Antoine, 75011 Paris",
    )
    assert pin.source is LocationSource.MANUAL and pin.written
    source, who, when = address_location(db, address_id)
    assert (source, who) == ("manual", manager.user_id) and when is not None
    view = geocoding.pin_view(db, manager, address_id)
    assert view.source is LocationSource.MANUAL and view.set_by == manager.full_name
    # an automatic result never moves it
    assert geocoding.locate_address(db, counter, address_id).written is False
    assert address_coordinates(db, address_id) == (48.8521, 2.3735)
    with db.engine.connect() as c:
        actions = [r[0] for r in c.execute(text("SELECT action FROM audit_log"))]
    assert "customer.address_located" in actions
    # the address text changes: located again, automatically
    customers.update_address(
        db, counter, address_id, AddressInput(street="14 rue de la Roquette", postcode="75011")
    )
    again = geocoding.locate_address(db, counter, address_id)
    assert again.written and again.source is LocationSource.GEOPLATEFORME
    assert address_location(db, address_id)[:2] == ("geoplateforme", None)


def test_a_pin_on_an_address_edited_meanwhile_or_outside_france_is_refused(db):
    tiny = build_tiny(db)
    counter = tiny.staff[Role.COUNTER]
    address_id = new_customer(db, tiny)
    with pytest.raises(ValidationError) as outside:
        geocoding.set_location(db, counter, address_id, 40.7, -74.0)
    assert outside.value.code == "address.pin_outside"
    with pytest.raises(ValidationError):
        geocoding.set_location(db, counter, address_id, float("nan"), 2.3)
    with pytest.raises(ConflictError) as changed:
        geocoding.set_location(
            db, counter, address_id, 48.85, 2.37, expected_line="3 rue Keller, 75011 Paris"
        )
    assert changed.value.code == "address.changed"
    assert address_coordinates(db, address_id) == (None, None)
    from ocpizza_desk.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        geocoding.set_location(db, tiny.staff[Role.DRIVER], address_id, 48.85, 2.37)


def test_suggestions_for_the_counter(db, public):
    tiny = build_tiny(db)
    counter = tiny.staff[Role.COUNTER]
    assert geocoding.suggest(db, counter, "27") == ()  # under 3 characters: nothing asked
    found = geocoding.suggest(db, counter, "27 rue du faubourg saint")
    assert [(c.street, c.postcode, c.city) for c in found] == [
        ("27 Rue du Faubourg Saint-Antoine", "75011", "Paris")
    ]
    public.status = 503  # the service fails: the postcode table answers what it can
    rough = geocoding.suggest(db, counter, "27 rue du Faubourg Saint-Antoine 75011")
    assert rough[0].postcode == "75011" and rough[0].provider == "approximate"
    assert geocoding.nearest_address(db, counter, 48.8552, 2.3762) is None or True
