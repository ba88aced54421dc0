"""Deliveries: the board, shifts, trips with optimised stops, departure, delivery, payment at
the door, cash per driver; stale boards and permissions. On SQLite and MariaDB."""

from __future__ import annotations

from datetime import timedelta

import pytest
from googlemaps.convert import encode_polyline
from sqlalchemy import insert, text

from ocpizza_desk.db import models as m
from ocpizza_desk.domain.clock import PARIS, paris_hhmm, utcnow
from ocpizza_desk.domain.enums import OrderMode, OrderStatus, Role, Tender
from ocpizza_desk.domain.errors import (
    ConflictError,
    DomainError,
    PermissionDenied,
    ValidationError,
)
from ocpizza_desk.integrations.maps import Leg, ResilientMaps, Route, Step
from ocpizza_desk.services import deliveries, orders
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.orders import PlannedTender
from tests.factories import ALL_DAY, Tiny, build_tiny
from tests.helpers import request, snapshot

# Three customers around the tiny store (48.85, 2.37): near, middle, far.
PLACES = ((48.852, 2.372), (48.86, 2.38), (48.87, 2.39))


class FakeGoogle:
    """A provider that answers like Google: visits the waypoints in reverse, with steps."""

    name = "fake"

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def route(self, origin, destination, waypoints=(), *, optimize=False):
        self.calls.append((origin, destination, tuple(waypoints), optimize))
        order = tuple(reversed(range(len(waypoints)))) if optimize else tuple(range(len(waypoints)))
        points = [origin, *(waypoints[i] for i in order), destination]
        legs = tuple(
            Leg(1000 * (n + 1), 300 * (n + 1), (Step(f"Tout droit {n}", 1000 * (n + 1), 60),))
            for n in range(len(points) - 1)
        )
        return Route(
            distance_m=sum(leg.distance_m for leg in legs),
            duration_s=sum(leg.duration_s for leg in legs),
            legs=legs,
            encoded_polyline=encode_polyline([(p.lat, p.lng) for p in points]),
            waypoint_order=order,
            estimate=False,
            source=self.name,
        )

    def matrix(self, origins, destinations):  # pragma: no cover - not used here
        raise NotImplementedError


class World:
    def __init__(self, ctx: ServiceContext, tiny: Tiny) -> None:
        self.ctx = ctx
        self.tiny = tiny
        self.counter = tiny.staff[Role.COUNTER]
        self.cook = tiny.staff[Role.PIZZAIOLO]
        self.driver = tiny.staff[Role.DRIVER]
        self.manager = tiny.staff[Role.MANAGER]
        self.addresses: list[tuple[int, int]] = []  # (customer, address)
        now = utcnow()
        with ctx.engine.begin() as c:
            for n, (lat, lng) in enumerate(PLACES, start=1):
                c.execute(
                    insert(m.Customer.__table__).values(
                        id=n,
                        phone_e164=f"+3361234567{n}",
                        first_name=f"Client{n}",
                        last_name="Test",
                        email=f"client{n}@example.com",
                        created_at=now,
                        updated_at=now,
                    )
                )
                c.execute(
                    insert(m.CustomerAddress.__table__).values(
                        id=n,
                        customer_id=n,
                        label="Maison",
                        street=f"{n} rue du Test",
                        postcode="75011",
                        city="Paris",
                        door_code="1234A" if n == 1 else None,
                        latitude=lat,
                        longitude=lng,
                        archived=False,
                        created_at=now,
                    )
                )
                self.addresses.append((n, n))
            c.execute(
                insert(m.Store.__table__).values(
                    id=2,
                    code="other",
                    name="OC Pizza Autre",
                    street="2 rue Autre",
                    postcode="75018",
                    city="Paris",
                    phone="+33142000000",
                    latitude=48.88,
                    longitude=2.34,
                    delivery_radius_m=3000,
                    opening_hours=ALL_DAY,
                    active=True,
                    created_at=now,
                )
            )
            for uid, username, store in ((20, "second.driver", 1), (21, "driver.other", 2)):
                c.execute(
                    insert(m.User.__table__).values(
                        id=uid,
                        username=username,
                        full_name=f"Livreur {username}",
                        role="driver",
                        store_id=store,
                        password_hash="x",
                        active=True,
                        failed_attempts=0,
                        created_at=now,
                    )
                )
        self.second = StaffSession(20, "second.driver", "Livreur second.driver", Role.DRIVER, 1, "")
        self.foreign = StaffSession(21, "driver.other", "Livreur driver.other", Role.DRIVER, 2, "")

    def ready(self, place: int, *, mode=OrderMode.DELIVERY, planned=()) -> orders.PlacedOrder:
        customer, address = self.addresses[place]
        placed = orders.place(
            self.ctx,
            self.counter,
            request(
                CartLine(self.tiny.margherita, 1),
                mode=mode,
                customer_id=customer,
                address_id=address if mode is OrderMode.DELIVERY else None,
                planned_tenders=planned,
            ),
        )
        for target in (OrderStatus.IN_PREPARATION, OrderStatus.READY):
            orders.advance(self.ctx, self.cook, placed.order_id, target)
        return placed


@pytest.fixture
def world(db) -> World:
    return World(db, build_tiny(db))


@pytest.fixture
def google(db):
    fake = FakeGoogle()
    db.maps = ResilientMaps(fake)
    return fake


def one(ctx, sql: str, **params):
    with ctx.engine.connect() as c:
        return c.execute(text(sql), params).scalar()


def on_shift(world: World, driver=None, float_cents=2000):
    return deliveries.start_shift(
        world.ctx, world.manager, (driver or world.driver).user_id, float_cents
    )


# --------------------------------------------------------------------------- pure rules


def test_arrival_times_lateness_and_cash_expected():
    from ocpizza_desk.domain import trips as rules

    start = utcnow()
    assert rules.arrival_times(start, [300, 420, 600]) == [
        start + timedelta(seconds=300),
        start + timedelta(seconds=720),
        start + timedelta(seconds=1320),
    ]
    assert rules.arrival_times(start, []) == []
    assert rules.lateness_minutes(start, start + timedelta(minutes=9, seconds=59)) == 9
    assert rules.lateness_minutes(start, start - timedelta(minutes=5)) == 0
    assert rules.cash_expected(3000, 4590) == 7590


# --------------------------------------------------------------------------- the board


def test_the_board_lists_ready_delivery_orders_with_what_to_collect(world):
    late = world.ready(0, planned=(PlannedTender(Tender.CASH, 500),))
    world.ready(1, mode=OrderMode.TAKEAWAY)  # not a delivery: not on the board
    cooking = orders.place(
        world.ctx,
        world.counter,
        request(
            CartLine(world.tiny.margherita, 1),
            mode=OrderMode.DELIVERY,
            customer_id=3,
            address_id=3,
        ),
    )
    board = deliveries.board(world.ctx, world.manager)
    assert [r.order_id for r in board.ready] == [late.order_id]
    row = board.ready[0]
    assert row.address_line == "1 rue du Test, 75011 Paris" and row.customer_name == "Client1 Test"
    assert row.due_cents == late.total_cents and row.located
    assert row.planned_tenders == (PlannedTender(Tender.CASH, 500),)
    assert row.late_minutes(late.promised_at + timedelta(minutes=12)) == 12
    assert row.late_minutes(late.promised_at - timedelta(minutes=1)) == 0
    assert cooking.order_id not in {r.order_id for r in board.ready}
    assert board.drivers == () and board.trips == ()
    assert {d.user_id for d in board.off_shift} == {world.driver.user_id, world.second.user_id}


def test_a_trip_visits_its_stops_in_the_optimised_order(world, google):
    placed = [world.ready(n) for n in range(3)]
    on_shift(world)
    before = one(
        world.ctx, "SELECT revision FROM change_marks WHERE store_id = 1 AND topic = 'orders'"
    )
    trip = deliveries.create_trip(
        world.ctx, world.manager, world.driver.user_id, [p.order_id for p in placed]
    )
    # The fake provider visits the waypoints in reverse.
    assert [s.order_id for s in trip.stops] == [p.order_id for p in reversed(placed)]
    assert [s.sequence for s in trip.stops] == [1, 2, 3]
    assert trip.state == "planned" and not trip.estimated
    assert trip.distance_m == 1000 + 2000 + 3000 + 4000 and trip.duration_s == 300 * 10
    store_to = google.calls[0]
    assert store_to[0] == store_to[1] and store_to[3] is True  # a round trip, optimised
    etas = [s.eta for s in trip.stops]
    assert etas[1] - etas[0] == timedelta(seconds=600) and etas[2] - etas[1] == timedelta(
        seconds=900
    )
    # Assigning moved the orders' change mark (other PCs' boards follow).
    after = one(
        world.ctx, "SELECT revision FROM change_marks WHERE store_id = 1 AND topic = 'orders'"
    )
    assert after > before
    board = deliveries.board(world.ctx, world.manager)
    assert [t.trip_id for t in board.trips] == [trip.trip_id]
    assert {r.trip_id for r in board.ready} == {trip.trip_id}  # waiting, but planned
    assert board.drivers[0].trip_id == trip.trip_id and board.drivers[0].trip_state == "planned"

    itinerary = deliveries.itinerary(world.ctx, world.manager, trip.trip_id)
    calls = len(google.calls)
    assert [m.label for m in itinerary.stops] == ["1", "2", "3"]
    assert itinerary.stops[0].lat == pytest.approx(PLACES[2][0])  # the far one first
    assert itinerary.steps and itinerary.steps[0].instruction == "Tout droit 0"
    assert itinerary.leg_durations_s == (300, 600, 900, 1200)
    assert not itinerary.estimate and len(itinerary.path) == 5
    deliveries.itinerary(world.ctx, world.manager, trip.trip_id)
    assert len(google.calls) == calls  # shown again from what was stored, no new call


def test_without_a_key_the_trip_is_an_estimate_and_says_so(world):
    placed = [world.ready(n) for n in range(2)]
    on_shift(world)
    trip = deliveries.create_trip(
        world.ctx, world.manager, world.driver.user_id, [p.order_id for p in placed]
    )
    assert trip.estimated
    # Nearest first: the offline estimate's optimisation.
    assert [s.order_id for s in trip.stops] == [placed[0].order_id, placed[1].order_id]
    itinerary = deliveries.itinerary(world.ctx, world.manager, trip.trip_id)
    assert itinerary.estimate and itinerary.notice == "maps.no_key"
    assert "Estimation" in itinerary.notice_text("fr")


def test_orders_join_a_planned_trip_and_leave_it(world, google):
    first, second, third = (world.ready(n) for n in range(3))
    on_shift(world)
    trip = deliveries.create_trip(world.ctx, world.manager, world.driver.user_id, [first.order_id])
    merged = deliveries.create_trip(
        world.ctx, world.manager, world.driver.user_id, [second.order_id]
    )
    assert merged.trip_id == trip.trip_id and merged.version == trip.version + 1
    again = deliveries.create_trip(  # a second click with a stale board: kept once
        world.ctx, world.manager, world.driver.user_id, [second.order_id]
    )
    assert sorted(s.order_id for s in again.stops) == sorted(s.order_id for s in merged.stops)
    merged = again
    assert {s.order_id for s in merged.stops} == {first.order_id, second.order_id}
    with pytest.raises(ConflictError) as stale:  # a board that still shows the old version
        deliveries.change_trip(
            world.ctx, world.manager, trip.trip_id, trip.version, add=[third.order_id]
        )
    assert merged.version == trip.version + 2
    assert stale.value.code == "delivery.trip_changed"
    grown = deliveries.change_trip(
        world.ctx, world.manager, trip.trip_id, merged.version, add=[third.order_id]
    )
    assert len(grown.stops) == 3
    shrunk = deliveries.change_trip(
        world.ctx, world.manager, trip.trip_id, grown.version, remove=[first.order_id]
    )
    assert [s.order_id for s in shrunk.stops] == [second.order_id, third.order_id]
    assert [s.sequence for s in shrunk.stops] == [1, 2]
    board = deliveries.board(world.ctx, world.manager)
    assert next(r for r in board.ready if r.order_id == first.order_id).trip_id is None
    gone = deliveries.change_trip(
        world.ctx,
        world.manager,
        trip.trip_id,
        shrunk.version,
        remove=[second.order_id, third.order_id],
    )
    assert gone is None
    assert one(world.ctx, "SELECT COUNT(*) FROM trips") == 0
    assert deliveries.board(world.ctx, world.manager).trips == ()


def test_another_manager_took_the_order_first(world, db):
    placed = world.ready(0)
    on_shift(world)
    on_shift(world, world.second)
    other_pc = ServiceContext(db.config)
    try:
        colleague = StaffSession(
            world.manager.user_id, "manager.test", "Manager Test", Role.MANAGER, 1, ""
        )
        deliveries.create_trip(other_pc, colleague, world.second.user_id, [placed.order_id])
    finally:
        other_pc.close()
    before = snapshot(db)
    with pytest.raises(ConflictError) as taken:
        deliveries.create_trip(db, world.manager, world.driver.user_id, [placed.order_id])
    assert taken.value.code == "delivery.taken"
    assert "Manager Test" in taken.value.message("fr")
    assert "Livreur second.driver" in taken.value.message("fr")
    assert snapshot(db) == before


def test_depart_moves_every_order_with_history_and_eta_then_deliver_finishes(world, google):
    placed = [world.ready(n, planned=(PlannedTender(Tender.CASH, 990),)) for n in range(2)]
    on_shift(world)
    trip = deliveries.create_trip(
        world.ctx, world.manager, world.driver.user_id, [p.order_id for p in placed]
    )
    before = utcnow()
    gone = deliveries.depart(world.ctx, world.driver, trip.trip_id, trip.version)
    assert gone.state == "out" and gone.started_at >= before
    assert all(s.status is OrderStatus.OUT_FOR_DELIVERY for s in gone.stops)
    assert gone.stops[0].eta == gone.started_at + timedelta(seconds=300)
    assert gone.stops[1].eta == gone.started_at + timedelta(seconds=900)
    for p in placed:
        detail = orders.detail(world.ctx, world.manager, p.order_id)
        assert detail.history[-1].status is OrderStatus.OUT_FOR_DELIVERY
        assert detail.history[-1].by == world.driver.full_name
    assert one(world.ctx, "SELECT COUNT(*) FROM deliveries WHERE departed_at IS NOT NULL") == 2
    board = deliveries.board(world.ctx, world.manager)
    assert board.ready == ()  # out: no longer waiting
    with pytest.raises(DomainError) as again:
        deliveries.depart(world.ctx, world.driver, trip.trip_id)
    assert again.value.code == "delivery.trip_departed"

    first, second = gone.stops
    after_one = deliveries.deliver(world.ctx, world.driver, first.order_id)
    assert after_one.state == "out" and after_one.stops[0].delivered
    with pytest.raises(ConflictError) as twice:
        deliveries.deliver(world.ctx, world.driver, first.order_id)
    assert twice.value.code == "order.taken"
    done = deliveries.deliver(world.ctx, world.driver, second.order_id)
    assert done.state == "finished" and done.finished_at is not None
    assert orders.detail(world.ctx, world.manager, second.order_id).status is OrderStatus.DELIVERED
    assert deliveries.my_trip(world.ctx, world.driver).trip is None


def test_payment_at_the_door_and_the_cash_of_the_shift(world, google, db):
    placed = [world.ready(n) for n in range(3)]
    on_shift(world, float_cents=3000)
    trip = deliveries.create_trip(
        world.ctx, world.manager, world.driver.user_id, [p.order_id for p in placed]
    )
    deliveries.depart(world.ctx, world.driver, trip.trip_id)
    a, b, c = (s.order_id for s in trip.stops)
    total = placed[0].total_cents
    paid = deliveries.collect_payment(world.ctx, world.driver, a, Tender.CASH, total, 2000)
    assert paid.change_cents == 2000 - total and paid.due_cents == 0
    deliveries.collect_payment(world.ctx, world.driver, b, Tender.CARD, total)
    deliveries.collect_payment(world.ctx, world.driver, c, Tender.MEAL_VOUCHER, 500)
    deliveries.collect_payment(world.ctx, world.driver, c, Tender.CASH, total - 500)
    with pytest.raises(ValidationError):
        deliveries.collect_payment(world.ctx, world.driver, c, Tender.ONLINE, 100)

    mine = deliveries.my_trip(world.ctx, world.driver)
    assert mine.trip.trip_id == trip.trip_id and mine.trip.due_cents == 0
    cash_sql = one(
        db,
        "SELECT SUM(amount_cents) FROM payments WHERE received_by_id = :u AND tender = 'cash'",
        u=world.driver.user_id,
    )
    cash_sql = int(cash_sql)  # a Decimal on MariaDB
    assert mine.shift.cash_cents == cash_sql == total + total - 500
    assert mine.shift.expected_cents == 3000 + cash_sql

    with pytest.raises(DomainError) as out:  # still on the road
        deliveries.end_shift(world.ctx, world.manager, mine.shift.shift_id, 0)
    assert out.value.code == "delivery.undelivered"
    for order_id in (a, b, c):
        deliveries.deliver(world.ctx, world.driver, order_id)
    close = deliveries.end_shift(
        world.ctx, world.manager, mine.shift.shift_id, 3000 + cash_sql - 50
    )
    assert close.expected_cents == 3000 + cash_sql and close.difference_cents == -50
    assert one(db, "SELECT handed_in_cents FROM driver_shifts") == 3000 + cash_sql - 50
    assert one(db, "SELECT open_user_id FROM driver_shifts") is None
    with pytest.raises(ConflictError):
        deliveries.end_shift(world.ctx, world.manager, mine.shift.shift_id, 0)

    day = utcnow().astimezone(PARIS).date()
    cash = deliveries.cash_per_driver(world.ctx, world.manager, day=day)
    assert [(d.user_id, d.cash_cents, d.card_cents, d.voucher_cents) for d in cash] == [
        (world.driver.user_id, cash_sql, total, 500)
    ]
    assert cash[0].handed_in_cents == 3000 + cash_sql - 50 and cash[0].difference_cents == -50
    assert deliveries.cash_per_driver(world.ctx, world.manager, day=day - timedelta(days=1)) == []


def test_a_driver_has_one_open_shift_and_the_driver_must_be_on_shift(world):
    placed = world.ready(0)
    with pytest.raises(DomainError) as off:
        deliveries.create_trip(world.ctx, world.manager, world.driver.user_id, [placed.order_id])
    assert off.value.code == "delivery.not_on_shift"
    on_shift(world)
    with pytest.raises(ConflictError) as twice:
        on_shift(world)
    assert twice.value.code == "delivery.shift_open"
    with pytest.raises(ValidationError) as not_driver:
        deliveries.start_shift(world.ctx, world.manager, world.counter.user_id)
    assert not_driver.value.code == "delivery.not_a_driver"
    with pytest.raises(ValidationError):
        deliveries.start_shift(world.ctx, world.manager, world.foreign.user_id)  # other store
    with pytest.raises(ValidationError):
        deliveries.start_shift(world.ctx, world.manager, world.driver.user_id, -5)


def test_bad_input_and_permissions_change_nothing(world, db):
    placed = world.ready(0)
    takeaway = world.ready(1, mode=OrderMode.TAKEAWAY)
    on_shift(world)
    before = snapshot(db)
    cases = [
        (
            ValidationError,
            lambda: deliveries.create_trip(db, world.manager, world.driver.user_id, []),
        ),
        (
            ValidationError,
            lambda: deliveries.create_trip(
                db, world.manager, world.driver.user_id, [placed.order_id, placed.order_id]
            ),
        ),
        (
            ValidationError,
            lambda: deliveries.create_trip(
                db, world.manager, world.driver.user_id, list(range(1, 11))
            ),
        ),
        (
            ValidationError,
            lambda: deliveries.create_trip(
                db, world.manager, world.driver.user_id, [takeaway.order_id]
            ),
        ),
        (
            ValidationError,
            lambda: deliveries.create_trip(db, world.manager, "3", [placed.order_id]),
        ),
        # A counter user is refused, so is a driver (no dispatching), so is another store.
        (PermissionDenied, lambda: deliveries.board(db, world.counter)),
        (
            PermissionDenied,
            lambda: deliveries.create_trip(
                db, world.counter, world.driver.user_id, [placed.order_id]
            ),
        ),
        (
            PermissionDenied,
            lambda: deliveries.create_trip(
                db, world.driver, world.driver.user_id, [placed.order_id]
            ),
        ),
        (PermissionDenied, lambda: deliveries.board(db, world.manager, store_id=2)),
        (PermissionDenied, lambda: deliveries.start_shift(db, world.counter, world.driver.user_id)),
        (PermissionDenied, lambda: deliveries.my_trip(db, world.manager)),
        (PermissionDenied, lambda: deliveries.cash_per_driver(db, world.driver)),
    ]
    for error, call in cases:
        with pytest.raises(error):
            call()
    assert snapshot(db) == before


def test_offline_an_unlocated_address_is_assigned_from_its_postcodes_approximate_point(world, db):
    placed = world.ready(2)
    on_shift(world)
    with db.engine.begin() as c:
        c.execute(text("UPDATE customer_addresses SET latitude = NULL, longitude = NULL"))
    assert not deliveries.board(db, world.manager).ready[0].located
    # no key, no public service: the postcode table answers, flagged approximate
    trip = deliveries.create_trip(db, world.manager, world.driver.user_id, [placed.order_id])
    [stop] = trip.stops
    assert stop.approximate and stop.latitude is not None
    assert one(db, "SELECT location_source FROM customer_addresses WHERE id = 3") == ("approximate")
    [row] = deliveries.board(db, world.manager).ready
    assert row.located and row.approximate and not row.pinned
    itinerary = deliveries.itinerary(db, world.manager, trip.trip_id)
    assert itinerary.estimate and [m.approximate for m in itinerary.stops] == [True]
    from ocpizza_desk.services import documents

    slip = documents.ticket_data(db, world.manager, placed.order_id)
    assert slip.delivery.approximate


def test_an_address_nobody_can_place_is_refused_by_name_until_pinned(world, db):
    placed = world.ready(2)
    on_shift(world)
    with db.engine.begin() as c:
        c.execute(
            text(
                "UPDATE customer_addresses SET latitude = NULL, longitude = NULL,"
                " postcode = '69002', city = 'Lyon' WHERE id = 3"
            )
        )
    before = snapshot(db)
    with pytest.raises(ValidationError) as lost:
        deliveries.create_trip(db, world.manager, world.driver.user_id, [placed.order_id])
    assert lost.value.code == "delivery.not_located"
    assert str(placed.order_id) in lost.value.message("fr")
    assert "carte" in lost.value.message("fr")
    assert snapshot(db) == before
    [row] = deliveries.board(db, world.manager).ready
    assert not row.located and row.address_id == 3
    from ocpizza_desk.services import geocoding

    geocoding.set_location(db, world.manager, 3, 48.8602, 2.3811)  # the manager's pin
    trip = deliveries.create_trip(db, world.manager, world.driver.user_id, [placed.order_id])
    assert (trip.stops[0].latitude, trip.stops[0].longitude) == (48.8602, 2.3811)
    assert not trip.stops[0].approximate
    assert one(db, "SELECT location_set_by_id FROM customer_addresses WHERE id = 3") == (
        world.manager.user_id
    )


def test_a_never_seen_address_without_a_key_is_located_routed_through_streets_and_delivered(
    world, db
):
    from ocpizza_desk.config import MapsConfig
    from ocpizza_desk.services import customers
    from ocpizza_desk.services.customers import AddressInput, CustomerInput
    from ocpizza_desk.services.maps_setup import configure_maps
    from tests.fake_geoplateforme import FakeGeoplateforme

    public = FakeGeoplateforme().start()
    try:
        configure_maps(db, MapsConfig(geoplateforme_url=public.url))  # no Google key
        card = customers.create(
            db,
            world.counter,
            CustomerInput(phone="06 98 76 54 32", first_name="Nina", last_name="Nouvelle"),
            AddressInput(
                street="27 rue du Faubourg Saint-Antoine", postcode="75011", door_code="4521B"
            ),
        )
        placed = orders.place(
            db,
            world.counter,
            request(
                CartLine(world.tiny.margherita, 1),
                mode=OrderMode.DELIVERY,
                customer_id=card.id,
                address_id=card.addresses[0].id,
            ),
        )
        for target in (OrderStatus.IN_PREPARATION, OrderStatus.READY):
            orders.advance(db, world.cook, placed.order_id, target)
        on_shift(world)
        trip = deliveries.create_trip(db, world.manager, world.driver.user_id, [placed.order_id])
        [stop] = trip.stops
        assert (stop.latitude, stop.longitude) == (48.85199, 2.37322) and not stop.approximate
        assert not trip.estimated and trip.distance_m > 0
        itinerary = deliveries.itinerary(db, world.driver, trip.trip_id)
        assert not itinerary.estimate and len(itinerary.path) > 3  # along the streets
        assert any("Tourner" in step.instruction for step in itinerary.steps)
        asked = [r for r in public.requests if r.startswith("/navigation/itineraire")]
        assert len(asked) == 1 and "intermediates=2.373220%2C48.851990" in asked[0]
        gone = deliveries.depart(db, world.driver, trip.trip_id, trip.version)
        done = deliveries.deliver(db, world.driver, gone.stops[0].order_id)
        assert done.state == "finished"
    finally:
        public.stop()


def test_a_driver_acts_only_on_their_own_trip(world, google):
    placed = world.ready(0)
    on_shift(world)
    trip = deliveries.create_trip(world.ctx, world.manager, world.driver.user_id, [placed.order_id])
    with pytest.raises(PermissionDenied) as other:
        deliveries.depart(world.ctx, world.second, trip.trip_id)
    assert other.value.code == "delivery.not_your_trip"
    with pytest.raises(PermissionDenied) as foreign:
        deliveries.depart(world.ctx, world.foreign, trip.trip_id)
    assert foreign.value.code == "permission.other_store"
    with pytest.raises(PermissionDenied):
        deliveries.itinerary(world.ctx, world.foreign, trip.trip_id)
    with pytest.raises(PermissionDenied):
        deliveries.collect_payment(world.ctx, world.second, placed.order_id, Tender.CARD, 100)
    with pytest.raises(DomainError) as early:
        deliveries.deliver(world.ctx, world.driver, placed.order_id)
    assert early.value.code == "delivery.not_departed"
    assert deliveries.my_trip(world.ctx, world.second).trip is None
    # The manager stands in for the driver.
    assert deliveries.depart(world.ctx, world.manager, trip.trip_id).state == "out"


def test_a_cancelled_order_leaves_its_trip(world, google):
    first, second = world.ready(0), world.ready(1)
    on_shift(world)
    trip = deliveries.create_trip(
        world.ctx, world.manager, world.driver.user_id, [first.order_id, second.order_id]
    )
    orders.cancel(world.ctx, world.manager, first.order_id, "Client injoignable")
    now_trip = deliveries.trip(world.ctx, world.manager, trip.trip_id)
    assert [s.order_id for s in now_trip.stops] == [second.order_id]
    assert now_trip.version > trip.version
    itinerary = deliveries.itinerary(world.ctx, world.manager, trip.trip_id)
    assert len(itinerary.stops) == 1  # routed again for the stop left
    gone = deliveries.depart(world.ctx, world.driver, trip.trip_id)
    assert [s.order_id for s in gone.stops] == [second.order_id]
    # Out for delivery, then cancelled: the trip finishes with its last stop.
    orders.cancel(world.ctx, world.manager, second.order_id, "Client injoignable")
    assert deliveries.trip(world.ctx, world.manager, trip.trip_id).state == "finished"
    with pytest.raises(ConflictError) as cancelled:
        deliveries.create_trip(world.ctx, world.manager, world.driver.user_id, [first.order_id])
    assert cancelled.value.code == "delivery.cancelled"


def test_a_planned_trip_left_empty_by_cancellations_is_deleted(world, google):
    only = world.ready(0)
    on_shift(world)
    deliveries.create_trip(world.ctx, world.manager, world.driver.user_id, [only.order_id])
    orders.cancel(world.ctx, world.manager, only.order_id, "Client injoignable")
    assert one(world.ctx, "SELECT COUNT(*) FROM trips") == 0
    assert deliveries.my_trip(world.ctx, world.driver).trip is None


def test_a_driver_out_is_not_given_more(world, google):
    first, second = world.ready(0), world.ready(1)
    on_shift(world)
    trip = deliveries.create_trip(world.ctx, world.manager, world.driver.user_id, [first.order_id])
    deliveries.depart(world.ctx, world.driver, trip.trip_id)
    with pytest.raises(DomainError) as out:
        deliveries.create_trip(world.ctx, world.manager, world.driver.user_id, [second.order_id])
    assert out.value.code == "delivery.driver_out"
    assert world.driver.full_name in out.value.message("en")


def test_departure_queues_a_notice_with_the_eta(world, google):
    placed = world.ready(0)
    on_shift(world)
    trip = deliveries.create_trip(world.ctx, world.manager, world.driver.user_id, [placed.order_id])
    gone = deliveries.depart(world.ctx, world.driver, trip.trip_id)
    with world.ctx.engine.connect() as c:
        bodies = (
            c.execute(
                text(
                    "SELECT body FROM outbox_messages "
                    "WHERE order_id = :o AND kind = 'out_for_delivery'"
                ),
                {"o": placed.order_id},
            )
            .scalars()
            .all()
        )
    assert len(bodies) == 1
    assert paris_hhmm(gone.stops[0].eta) in bodies[0]  # the expected time counted from now


# --------------------------------------------------------------------------- MariaDB race


def _race(*calls):
    import threading

    barrier = threading.Barrier(len(calls))
    outcomes: list = [None] * len(calls)

    def run(index, call):
        barrier.wait()
        try:
            outcomes[index] = call()
        except Exception as exc:  # collected for the assertions
            outcomes[index] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


@pytest.mark.mysql_only
def test_two_managers_assign_the_same_order_at_once(new_database):
    from ocpizza_desk.db import schema

    ctx = ServiceContext(new_database("mariadb"))
    schema.upgrade(ctx.engine)
    other = ServiceContext(ctx.config)
    try:
        world = World(ctx, build_tiny(ctx))
        on_shift(world)
        on_shift(world, world.second)
        for _ in range(5):
            placed = world.ready(0)
            outcomes = _race(
                lambda order=placed.order_id: deliveries.create_trip(
                    ctx, world.manager, world.driver.user_id, [order]
                ),
                lambda order=placed.order_id: deliveries.create_trip(
                    other, world.manager, world.second.user_id, [order]
                ),
            )
            wins = [o for o in outcomes if isinstance(o, deliveries.TripView)]
            losses = [o for o in outcomes if isinstance(o, ConflictError)]
            assert len(wins) == 1 and len(losses) == 1, outcomes
            assert losses[0].code == "delivery.taken"
            assert (
                one(
                    ctx,
                    "SELECT COUNT(*) FROM deliveries WHERE order_id = :o AND trip_id IS NOT NULL",
                    o=placed.order_id,
                )
                == 1
            )
            # Both drivers' trips: clear them for the next round.
            for trip in deliveries.board(ctx, world.manager).trips:
                deliveries.change_trip(
                    ctx,
                    world.manager,
                    trip.trip_id,
                    trip.version,
                    remove=[s.order_id for s in trip.stops],
                )
            orders.cancel(ctx, world.manager, placed.order_id, "Fin du test")
    finally:
        other.close()
        ctx.close()
