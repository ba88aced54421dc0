"""The nearest store that can make the order: ranked by travel time, a store short of an
ingredient or off its area not recommended (and the explanation says why), the offline
estimate flagged, a constant number of queries whatever the number of stores, no network
call inside a transaction. Google's matrix through `responses`. On SQLite and MariaDB."""

from __future__ import annotations

import re

import pytest
import responses
from sqlalchemy import case, event, func, insert, select

from ocpizza_desk.config import MapsConfig
from ocpizza_desk.db import models as m
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.errors import NotFound, PermissionDenied
from ocpizza_desk.domain.texts import translate
from ocpizza_desk.integrations.maps import ResilientMaps
from ocpizza_desk.integrations.maps.routes_api import MATRIX_URL
from ocpizza_desk.services import customers, placement
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.customers import AddressInput, CustomerInput
from ocpizza_desk.services.maps_setup import configure_maps
from tests.factories import ALL_DAY, build_tiny
from tests.helpers import set_balance, staff

KEY = "AIzaSy-placement-test-key-0123456789ab"
HOME = (48.8534, 2.3712)  # 400 m from the tiny store (id 1)


def add_store(ctx, store_id, name, lat, lng, radius_m, dough=10, active=True):
    now = utcnow()
    with ctx.engine.begin() as c:
        c.execute(
            insert(m.Store.__table__).values(
                id=store_id,
                code=name.lower(),
                name=name,
                street="1 rue X",
                postcode="75000",
                city="Paris",
                phone="+33143000000",
                latitude=lat,
                longitude=lng,
                delivery_radius_m=radius_m,
                opening_hours=ALL_DAY,
                active=active,
                created_at=now,
            )
        )
        c.execute(
            insert(m.StockBalance.__table__),
            [
                {"store_id": store_id, "ingredient_id": i, "quantity": q, "updated_at": now}
                for i, q in ((1, dough), (2, 1000), (3, 800))
            ],
        )


@pytest.fixture
def chain(db):
    """The tiny store (1, near the customer), Nation (2, 1.9 km) and Abbesses (3, 4.4 km,
    outside its 2 km radius); a customer at HOME."""
    tiny = build_tiny(db)
    add_store(db, 2, "Nation", 48.848, 2.396, 3000)
    add_store(db, 3, "Abbesses", 48.884, 2.338, 2000)
    card = customers.create(
        db,
        tiny.staff[Role.COUNTER],
        CustomerInput(phone="06 12 34 56 78", first_name="Ines", last_name="Testard"),
        AddressInput(street="14 rue de la Roquette", postcode="75011"),
    )
    address_id = card.addresses[0].id
    with db.engine.begin() as c:
        c.execute(
            m.CustomerAddress.__table__.update()
            .where(m.CustomerAddress.__table__.c.id == address_id)
            .values(latitude=HOME[0], longitude=HOME[1])
        )
    return tiny, address_id, card.id


def matrix_body(seconds_by_origin):
    return [
        {
            "originIndex": i,
            "destinationIndex": 0,
            "status": {},
            "distanceMeters": seconds * 5,
            "duration": f"{seconds}s",
            "condition": "ROUTE_EXISTS",
        }
        for i, seconds in enumerate(seconds_by_origin)
    ]


@pytest.fixture
def google(db):
    configure_maps(db, MapsConfig("routes", KEY, "test"))
    with responses.RequestsMock() as mock:
        yield mock


def test_stores_ranked_by_time_and_the_fastest_suitable_recommended(db, chain, google):
    tiny, address_id, _customer = chain
    google.post(MATRIX_URL, json=matrix_body([900, 300, 600]))  # origins in store id order
    result = placement.nearest_store(
        db, tiny.staff[Role.COUNTER], address_id, [CartLine(tiny.margherita, 2)]
    )
    assert [o.store_id for o in result.options] == [2, 3, 1]
    assert [o.duration_s for o in result.options] == [300, 600, 900]
    assert result.recommended.store_id == 2
    assert not result.estimate and result.notice is None and result.notice_text() == ""
    abbesses = result.options[1]
    assert not abbesses.in_radius and abbesses.can_make_all and not abbesses.suitable
    assert abbesses.straight_m > 4000
    assert result.explanation("fr") == (
        "Nation : 5 min, tout est disponible. "
        "OC Pizza Test : 15 min, tout est disponible."  # the counter's own store, slower
    )
    assert not result.home_is_recommended and result.home.store_id == 1
    body = google.calls[0].request.body
    assert b'"origins"' in body and body.count(b"latLng") == 4  # 3 stores, 1 customer


def test_a_store_short_of_an_ingredient_is_not_recommended(db, chain, google):
    tiny, address_id, _customer = chain
    set_balance(db, 2, tiny.dough, 1)  # Nation can make one pizza, not two
    google.post(MATRIX_URL, json=matrix_body([540, 360, 600]))
    cart = [CartLine(tiny.margherita, 1), CartLine(tiny.fromaggi, 1, ())]
    result = placement.nearest_store(db, tiny.staff[Role.COUNTER], address_id, cart)
    nation = next(o for o in result.options if o.store_id == 2)
    assert nation.missing == (placement.Shortfall(tiny.fromaggi, "Fromaggi", 1),)
    assert result.recommended.store_id == 1 and result.home_is_recommended
    assert result.explanation("fr") == (
        "OC Pizza Test : 9 min, tout est disponible. Nation : 6 min mais il manque 1 Fromaggi."
    )
    assert result.explanation("en") == (
        "OC Pizza Test: 9 min, everything is available. Nation: 6 min but short of 1 Fromaggi."
    )


def test_customisations_and_switched_off_products_count(db, chain, google):
    tiny, address_id, _customer = chain
    set_balance(db, 1, tiny.cheese, 140)  # one margherita, not with extra cheese
    with db.engine.begin() as c:
        c.execute(
            insert(m.StoreProduct.__table__).values(
                store_id=2, product_id=tiny.margherita, enabled=False, updated_at=utcnow()
            )
        )
    google.post(MATRIX_URL, json=matrix_body([120, 240, 600]))
    cart = [CartLine(tiny.margherita, 1, (tiny.extra_cheese,))]
    result = placement.nearest_store(db, tiny.staff[Role.COUNTER], address_id, cart)
    by_id = {o.store_id: o for o in result.options}
    assert by_id[1].missing == (placement.Shortfall(tiny.margherita, "Margherita", 1),)
    assert by_id[2].missing == (
        placement.Shortfall(tiny.margherita, "Margherita", 1, off_menu=True),
    )
    assert result.recommended is None
    text = result.explanation("fr")
    assert text.startswith("Aucun restaurant ne peut tout faire et livrer cette adresse.")
    assert "Margherita (retiré de la carte)" in text
    assert "hors de sa zone de livraison" in text
    # without the extra, the tiny store can make it
    plain = placement.nearest_store(
        db, tiny.staff[Role.COUNTER], address_id, [CartLine(tiny.margherita, 1)]
    )
    assert plain.recommended.store_id == 1


def test_offline_estimate_is_flagged(db, chain):
    tiny, address_id, _customer = chain
    assert db.maps.provider is None  # no key: the default
    result = placement.nearest_store(
        db, tiny.staff[Role.COUNTER], address_id, [CartLine(tiny.margherita, 1)]
    )
    assert result.estimate and result.notice == "maps.no_key"
    assert all(o.estimate for o in result.options)
    assert [o.store_id for o in result.options] == [1, 2, 3]  # straight line × road factor
    assert result.recommended.store_id == 1
    assert "(estimation)" in result.explanation("fr")
    assert "(estimate)" in result.explanation("en")
    assert "pas de clé Google Maps" in result.notice_text("fr")


def test_google_failing_gives_the_estimate_with_its_notice(db, chain, google):
    tiny, address_id, _customer = chain
    google.post(MATRIX_URL, status=500)
    db.maps.provider._sleep = lambda _s: None  # the retry's pause
    result = placement.nearest_store(db, tiny.staff[Role.COUNTER], address_id)
    assert result.estimate and result.notice == "maps.api_failed:maps.http_error"
    assert result.recommended.store_id == 1
    assert "Google Maps n'a pas répondu correctement" in result.notice_text("fr")


def test_an_inactive_store_is_left_out_and_coordinates_work(db, chain):
    tiny, _address, _customer_id = chain
    add_store(db, 4, "Closed", *HOME, 3000, active=False)
    result = placement.nearest_store(db, tiny.staff[Role.COUNTER], HOME)
    assert [o.store_id for o in result.options] == [1, 2, 3]


def test_an_address_without_coordinates_gets_no_recommendation(db, chain):
    tiny, _address, customer_id = chain
    other = customers.add_address(
        db,
        tiny.staff[Role.COUNTER],
        customer_id,
        AddressInput(street="3 rue Keller", postcode="75011"),
    ).id
    result = placement.nearest_store(db, tiny.staff[Role.COUNTER], other)
    assert not result.located and result.recommended is None and result.options == ()
    assert result.explanation("fr") == "Adresse pas encore localisée : pas de recommandation."


def test_refusals(db, chain):
    tiny, address_id, _customer = chain
    with pytest.raises(PermissionDenied):
        placement.nearest_store(db, tiny.staff[Role.PIZZAIOLO], address_id)
    with pytest.raises(NotFound):
        placement.nearest_store(db, tiny.staff[Role.COUNTER], 999_999)


def test_queries_do_not_grow_with_the_stores_and_no_call_inside_a_transaction(db, chain):
    tiny, address_id, _customer = chain
    statements = []
    in_transaction = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def count(conn, cursor, statement, *args):
        statements.append(statement)

    class Watching(ResilientMaps):
        def matrix(self, origins, destinations):
            in_transaction.append(db.engine.pool.checkedout())
            return super().matrix(origins, destinations)

    db.maps = Watching(None)
    cart = [CartLine(tiny.margherita, 2, (tiny.extra_cheese,)), CartLine(tiny.fromaggi, 1)]
    counter = tiny.staff[Role.COUNTER]
    placement.nearest_store(db, counter, address_id, cart)
    three_stores = len(statements)
    for store_id in range(10, 20):
        add_store(db, store_id, f"Store{store_id}", 48.86, 2.35, 3000)
    statements.clear()
    result = placement.nearest_store(db, counter, address_id, cart)
    assert len(result.options) == 13
    assert len(statements) == three_stores <= 10
    assert in_transaction == [0, 0]  # no connection held during the maps call
    event.remove(db.engine, "before_cursor_execute", count)


@pytest.mark.parametrize("lines", [[CartLine(0, 1)], [CartLine(1, 0)]])
def test_a_bad_cart_is_refused(db, chain, lines):
    from ocpizza_desk.domain.errors import ValidationError

    tiny, address_id, _customer = chain
    with pytest.raises(ValidationError):
        placement.nearest_store(db, tiny.staff[Role.COUNTER], address_id, lines)


def test_every_phrase_has_both_languages():
    for key, english in placement.PHRASES.items():
        french = translate("Placement", english, "fr")
        assert french != english, key
        assert re.findall(r"{\w+}", french) == re.findall(r"{\w+}", english), key


def test_demo_addresses_have_coordinates_and_get_advice_offline(demo):
    """The demo works out of the box without a key: every address is already located."""
    with demo.engine.connect() as c:
        missing, address_id = c.execute(
            select(
                func.sum(case((m.CustomerAddress.latitude.is_(None), 1), else_=0)),
                func.min(m.CustomerAddress.id),
            )
        ).one()
    assert not missing
    counter = staff(demo, "accueil.bastille")
    result = placement.nearest_store(demo, counter, address_id)
    assert result.located and result.estimate and len(result.options) >= 3
    assert result.recommended is not None and result.recommended.in_radius
