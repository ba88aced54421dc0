"""Deliveries: the board (orders ready to leave, drivers on shift, trips), trips with their
stops in the optimised order, departure, delivery, payment at the door, drivers' cash.

Who does what (permissions are checked here, not only by hiding buttons):
- managers (DISPATCH) start and end drivers' shifts, put ready orders into a trip for a
  driver on shift, add or remove orders before departure, and may stand in for a driver
  (depart, deliver, take a payment) on any trip of their store;
- drivers (DELIVER) see their own trip ("My deliveries"), leave, deliver each stop and take
  the payment at the door. They do not pick orders off the board themselves: the manager
  hands the food over, so the manager says who takes what.

A driver has one unfinished trip at a time. Assigning orders to a driver whose trip has not
left yet adds them to it (the stops are optimised again); a driver already out is refused.

Addresses not located yet go through the geocoding chain first (services/geocoding.py); one
the network cannot place gets its postcode's approximate point, flagged on the board, the map
and the slip, so geocoding never blocks a delivery. The route is computed through `ctx.maps`
(never raises: Google, the IGN Géoplateforme, or the labelled offline estimate) OUTSIDE any
transaction; the write transaction then checks again that every order
is still ready, of this store and in no other trip, and refuses a stale board naming who took
the order. Assigning touches the orders rows (version), so the "orders" change mark moves;
trips and shifts move the "deliveries" mark (triggers, migration 0003): every open board
follows within a second.

Each trip keeps its planned route (polyline, legs with their steps, estimate flag and
notice), so its itinerary is shown again without calling any router; it is computed anew only
when the stops no longer match it (an order cancelled meanwhile leaves its trip).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from ocpizza_desk.db.models import (
    AuditEntry,
    Customer,
    CustomerAddress,
    Delivery,
    DriverShift,
    Order,
    OrderStatusChange,
    Payment,
    Store,
    Trip,
    User,
)
from ocpizza_desk.domain import lifecycle, validation
from ocpizza_desk.domain import trips as rules
from ocpizza_desk.domain.clock import PARIS, paris_days, utcnow
from ocpizza_desk.domain.enums import LocationSource, OrderMode, OrderStatus, Role, Tender
from ocpizza_desk.domain.errors import (
    ConflictError,
    DomainError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.integrations.maps import LatLng, Leg, Route, Step
from ocpizza_desk.services import audit, notices, orders, payments
from ocpizza_desk.services.auth import StaffSession, require, require_any, require_store
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.itineraries import Itinerary, Marker, from_route
from ocpizza_desk.services.orders import PaymentSummary, PlannedTender

_ORDERS = Order.__table__
_DELIVERIES = Delivery.__table__
_TRIPS = Trip.__table__
_SHIFTS = DriverShift.__table__

READ_BOARD = (Permission.DISPATCH,)
DRIVING = (Permission.DELIVER, Permission.DISPATCH)  # a manager stands in for a driver
DOOR_TENDERS = (Tender.CASH, Tender.CARD, Tender.MEAL_VOUCHER)


# --------------------------------------------------------------------------- read models


@dataclass(frozen=True)
class ReadyOrder:
    """A delivery order waiting at the pass, on no trip yet or on one not yet gone."""

    order_id: int
    version: int
    created_at: datetime
    promised_at: datetime
    customer_name: str
    address_line: str
    located: bool  # the address has coordinates (else it cannot be routed)
    total_cents: int
    paid_cents: int
    planned_tenders: tuple[PlannedTender, ...]
    trip_id: int | None = None  # a planned trip (not yet left)
    driver_name: str | None = None
    address_id: int | None = None
    approximate: bool = False  # located by its postcode only: "approximatif"
    pinned: bool = False  # placed on the map by hand

    @property
    def due_cents(self) -> int:
        return max(0, self.total_cents - self.paid_cents)

    def late_minutes(self, now: datetime) -> int:
        return rules.lateness_minutes(self.promised_at, now)


@dataclass(frozen=True)
class Stop:
    order_id: int
    sequence: int
    status: OrderStatus
    promised_at: datetime
    eta: datetime | None
    delivered_at: datetime | None
    customer_name: str
    phone: str | None  # for the driver to call; shown, never logged
    address_line: str
    door_code: str | None
    floor: str | None
    address_notes: str | None
    latitude: float | None
    longitude: float | None
    total_cents: int
    paid_cents: int
    planned_tenders: tuple[PlannedTender, ...]
    address_id: int | None = None
    approximate: bool = False  # located by its postcode only: "approximatif"

    @property
    def due_cents(self) -> int:
        return max(0, self.total_cents - self.paid_cents)

    @property
    def delivered(self) -> bool:
        return self.status is OrderStatus.DELIVERED

    def late_minutes(self) -> int:
        expected = self.delivered_at or self.eta
        return rules.lateness_minutes(self.promised_at, expected) if expected else 0


@dataclass(frozen=True)
class TripView:
    trip_id: int
    store_id: int
    driver_id: int
    driver_name: str
    version: int
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    distance_m: int | None
    duration_s: int | None
    estimated: bool
    stops: tuple[Stop, ...]  # in visiting order; cancelled orders have left

    @property
    def state(self) -> str:
        """'planned' (not left), 'out' (on the road) or 'finished'."""
        if self.finished_at is not None:
            return "finished"
        return "planned" if self.started_at is None else "out"

    @property
    def due_cents(self) -> int:
        return sum(s.due_cents for s in self.stops if not s.delivered)


@dataclass(frozen=True)
class DriverOnShift:
    user_id: int
    name: str
    shift_id: int
    started_at: datetime
    float_cents: int
    cash_cents: int  # cash taken at the doors since the shift started
    trip_id: int | None
    trip_state: str | None  # 'planned' or 'out'

    @property
    def expected_cents(self) -> int:
        return rules.cash_expected(self.float_cents, self.cash_cents)


@dataclass(frozen=True)
class Driver:
    """A driver of the store (for "start a shift")."""

    user_id: int
    name: str
    on_shift: bool


@dataclass(frozen=True)
class Board:
    store_id: int
    at: datetime
    ready: tuple[ReadyOrder, ...]
    drivers: tuple[DriverOnShift, ...]
    trips: tuple[TripView, ...]
    off_shift: tuple[Driver, ...]


@dataclass(frozen=True)
class ShiftClose:
    shift_id: int
    user_id: int
    driver_name: str
    started_at: datetime
    ended_at: datetime | None
    float_cents: int
    cash_cents: int
    expected_cents: int
    handed_in_cents: int | None

    @property
    def difference_cents(self) -> int | None:
        """Handed in minus expected: negative is missing cash."""
        return None if self.handed_in_cents is None else self.handed_in_cents - self.expected_cents


@dataclass(frozen=True)
class MyTrip:
    """What a driver sees: their shift (or None), their current trip (or None)."""

    shift: DriverOnShift | None
    trip: TripView | None


@dataclass(frozen=True)
class DriverCash:
    """A driver's takings on one Paris day, by tender, and what their shifts handed in."""

    user_id: int
    name: str
    cash_cents: int
    card_cents: int
    voucher_cents: int
    payments: int
    float_cents: int
    expected_cents: int  # float + cash
    handed_in_cents: int | None  # None while a shift of that day is still open

    @property
    def difference_cents(self) -> int | None:
        return None if self.handed_in_cents is None else self.handed_in_cents - self.expected_cents


# --------------------------------------------------------------------------- helpers


def _store(session: StaffSession, store_id: int | None) -> int:
    if store_id is None:
        if session.store_id is None:
            raise ValidationError("input.id", field="store")
        return session.store_id
    return validation.identifier(store_id, "store")


def _address_line(street, extra, postcode, city) -> str:
    parts = [street, extra, f"{postcode or ''} {city or ''}".strip()]
    return ", ".join(p for p in parts if p)


def _planned(value) -> tuple[PlannedTender, ...]:
    return tuple(PlannedTender(Tender(p["tender"]), p["amount_cents"]) for p in (value or ()))


def _order_ids(order_ids: Sequence[int]) -> list[int]:
    if isinstance(order_ids, (str, bytes)) or not order_ids:
        raise ValidationError("delivery.no_orders")
    ids = [validation.identifier(i, "order") for i in order_ids]
    if len(set(ids)) != len(ids):
        raise ValidationError("input.id", field="order")
    if len(ids) > rules.MAX_STOPS:
        raise ValidationError("delivery.too_many", limit=rules.MAX_STOPS)
    return ids


# --------------------------------------------------------------------------- board


def board(ctx: ServiceContext, session: StaffSession, store_id: int | None = None) -> Board:
    """The store's delivery board in four queries: ready orders, trips still out with their
    stops, drivers on shift (with their cash), the store's other drivers."""
    store_id = _store(session, store_id)
    require_any(session, READ_BOARD, store_id)

    def work(db: Session) -> Board:
        now = utcnow()
        driver = aliased(User)
        rows = db.execute(
            select(
                Order.id,
                Order.version,
                Order.created_at,
                Order.promised_at,
                Order.total_cents,
                Order.planned_tenders,
                payments.kept_subquery().label("paid"),
                Customer.first_name,
                Customer.last_name,
                CustomerAddress.street,
                CustomerAddress.extra,
                CustomerAddress.postcode,
                CustomerAddress.city,
                CustomerAddress.latitude,
                CustomerAddress.longitude,
                CustomerAddress.location_source,
                Order.address_id,
                Trip.id.label("trip_id"),
                driver.full_name.label("driver_name"),
            )
            .outerjoin(Customer, Customer.id == Order.customer_id)
            .outerjoin(CustomerAddress, CustomerAddress.id == Order.address_id)
            .outerjoin(Delivery, Delivery.order_id == Order.id)
            .outerjoin(Trip, Trip.id == Delivery.trip_id)
            .outerjoin(driver, driver.id == Trip.driver_id)
            .where(
                Order.store_id == store_id,
                Order.status == OrderStatus.READY.value,
                Order.mode == OrderMode.DELIVERY.value,
                Trip.started_at.is_(None),
            )
            .order_by(Order.promised_at, Order.id)
        ).all()
        ready = tuple(
            ReadyOrder(
                r.id,
                r.version,
                r.created_at,
                r.promised_at,
                f"{r.first_name or ''} {r.last_name or ''}".strip(),
                _address_line(r.street, r.extra, r.postcode, r.city),
                r.latitude is not None and r.longitude is not None,
                r.total_cents,
                int(r.paid),
                _planned(r.planned_tenders),
                r.trip_id,
                r.driver_name,
                r.address_id,
                r.location_source is LocationSource.APPROXIMATE,
                r.location_source is LocationSource.MANUAL,
            )
            for r in rows
        )
        trips = _trips(db, Trip.store_id == store_id, Trip.finished_at.is_(None))
        drivers = _on_shift(db, store_id, trips)
        on_shift = {d.user_id for d in drivers}
        others = db.execute(
            select(User.id, User.full_name)
            .where(User.store_id == store_id, User.role == Role.DRIVER.value, User.active)
            .order_by(User.full_name)
        ).all()
        return Board(
            store_id,
            now,
            ready,
            drivers,
            tuple(trips),
            tuple(Driver(i, n, i in on_shift) for i, n in others if i not in on_shift),
        )

    return ctx.transaction(work)


def _trips(db: Session, *where) -> list[TripView]:
    """Trips matching `where` with their stops (cancelled orders left out), one query."""
    driver = aliased(User)
    rows = db.execute(
        select(
            Trip,
            driver.full_name,
            Delivery.sequence,
            Delivery.eta,
            Delivery.delivered_at,
            Order.id.label("order_id"),
            Order.status,
            Order.promised_at,
            Order.total_cents,
            Order.planned_tenders,
            payments.kept_subquery().label("paid"),
            Customer.first_name,
            Customer.last_name,
            Customer.phone_e164,
            CustomerAddress.street,
            CustomerAddress.extra,
            CustomerAddress.postcode,
            CustomerAddress.city,
            CustomerAddress.door_code,
            CustomerAddress.floor,
            CustomerAddress.notes,
            CustomerAddress.latitude,
            CustomerAddress.longitude,
            CustomerAddress.location_source,
            Order.address_id,
        )
        .join(driver, driver.id == Trip.driver_id)
        .outerjoin(Delivery, Delivery.trip_id == Trip.id)
        .outerjoin(
            Order,
            and_(Order.id == Delivery.order_id, Order.status != OrderStatus.CANCELLED.value),
        )
        .outerjoin(Customer, Customer.id == Order.customer_id)
        .outerjoin(CustomerAddress, CustomerAddress.id == Order.address_id)
        .where(*where)
        .order_by(Trip.id, Delivery.sequence)
        .execution_options(populate_existing=True)  # the trip may have just been updated
    ).all()
    found: dict[int, tuple[Trip, str, list[Stop]]] = {}
    for r in rows:
        trip = r[0]
        entry = found.setdefault(trip.id, (trip, r[1], []))
        if r.order_id is None:
            continue
        entry[2].append(
            Stop(
                r.order_id,
                len(entry[2]) + 1,
                r.status,
                r.promised_at,
                r.eta,
                r.delivered_at,
                f"{r.first_name or ''} {r.last_name or ''}".strip(),
                r.phone_e164,
                _address_line(r.street, r.extra, r.postcode, r.city),
                r.door_code,
                r.floor,
                r.notes,
                r.latitude,
                r.longitude,
                r.total_cents,
                int(r.paid),
                _planned(r.planned_tenders),
                r.address_id,
                r.location_source is LocationSource.APPROXIMATE,
            )
        )
    return [
        TripView(
            t.id,
            t.store_id,
            t.driver_id,
            name,
            t.version,
            t.created_at,
            t.started_at,
            t.finished_at,
            t.distance_m,
            t.duration_s,
            t.estimated,
            tuple(stops),
        )
        for t, name, stops in found.values()
    ]


def _on_shift(db: Session, store_id: int, trips: Sequence[TripView]) -> tuple[DriverOnShift, ...]:
    by_driver: dict[int, TripView] = {}
    for trip in trips:  # the earliest unfinished trip of each driver
        by_driver.setdefault(trip.driver_id, trip)
    rows = db.execute(
        select(
            DriverShift.id,
            DriverShift.user_id,
            User.full_name,
            DriverShift.started_at,
            DriverShift.float_cents,
            payments.cash_taken(DriverShift.user_id, DriverShift.started_at).label("cash"),
        )
        .join(User, User.id == DriverShift.user_id)
        .where(DriverShift.store_id == store_id, DriverShift.ended_at.is_(None))
        .order_by(DriverShift.started_at, DriverShift.id)
    ).all()
    return tuple(
        DriverOnShift(
            r.user_id,
            r.full_name,
            r.id,
            r.started_at,
            r.float_cents,
            int(r.cash),
            by_driver[r.user_id].trip_id if r.user_id in by_driver else None,
            by_driver[r.user_id].state if r.user_id in by_driver else None,
        )
        for r in rows
    )


# --------------------------------------------------------------------------- shifts


def start_shift(
    ctx: ServiceContext,
    session: StaffSession,
    driver_id: int,
    float_cents: int = 0,
    store_id: int | None = None,
) -> DriverOnShift:
    """A driver starts their shift with a change fund (cents, may be 0)."""
    store_id = _store(session, store_id)
    require(session, Permission.DISPATCH, store_id)
    validation.identifier(driver_id, "driver")
    validation.whole_number(float_cents, "float", limit=validation.MAX_AMOUNT_CENTS)

    def work(db: Session) -> DriverOnShift:
        name = _driver_of(db, store_id, driver_id)
        now = utcnow()
        try:
            with db.begin_nested():
                shift_id = db.execute(
                    insert(_SHIFTS).values(
                        store_id=store_id,
                        user_id=driver_id,
                        started_at=now,
                        started_by_id=session.user_id,
                        float_cents=float_cents,
                        open_user_id=driver_id,
                    )
                ).inserted_primary_key[0]
        except IntegrityError:
            raise ConflictError("delivery.shift_open", driver=name) from None
        audit.record(
            db,
            session,
            "delivery.shift_start",
            "driver_shift",
            shift_id,
            store_id=store_id,
            after={"driver_id": driver_id, "float_cents": float_cents},
        )
        return DriverOnShift(driver_id, name, shift_id, now, float_cents, 0, None, None)

    return ctx.transaction(work)


def _driver_of(db: Session, store_id: int, driver_id: int) -> str:
    row = db.execute(
        select(User.full_name, User.role, User.store_id, User.active).where(User.id == driver_id)
    ).first()
    if row is None or row.role is not Role.DRIVER or row.store_id != store_id or not row.active:
        raise ValidationError("delivery.not_a_driver")
    return row.full_name


def shift_close(ctx: ServiceContext, session: StaffSession, shift_id: int) -> ShiftClose:
    """What a shift's driver should hand in now (for the end-of-shift dialog)."""
    require(session, Permission.DISPATCH)
    validation.identifier(shift_id, "shift")

    def work(db: Session) -> ShiftClose:
        shift = _shift(db, session, shift_id)
        return _close_view(db, shift, shift.ended_at or utcnow())

    return ctx.transaction(work)


def _shift(db: Session, session: StaffSession, shift_id: int) -> DriverShift:
    shift = db.get(DriverShift, shift_id)
    if shift is None:
        raise NotFound("delivery.shift_not_found")
    require_store(session, shift.store_id)
    return shift


def _cash_between(db: Session, user_id: int, start: datetime, end: datetime) -> int:
    return int(
        db.execute(
            select(func.coalesce(func.sum(Payment.amount_cents), 0)).where(
                Payment.received_by_id == user_id,
                Payment.tender == Tender.CASH.value,
                Payment.received_at >= start,
                Payment.received_at <= end,
            )
        ).scalar_one()
    )


def _close_view(db: Session, shift: DriverShift, end: datetime) -> ShiftClose:
    name = db.execute(select(User.full_name).where(User.id == shift.user_id)).scalar_one()
    cash = _cash_between(db, shift.user_id, shift.started_at, end)
    return ShiftClose(
        shift.id,
        shift.user_id,
        name,
        shift.started_at,
        shift.ended_at,
        shift.float_cents,
        cash,
        shift.expected_cash_cents
        if shift.expected_cash_cents is not None
        else rules.cash_expected(shift.float_cents, cash),
        shift.handed_in_cents,
    )


def end_shift(
    ctx: ServiceContext,
    session: StaffSession,
    shift_id: int,
    handed_in_cents: int,
    note: str | None = None,
) -> ShiftClose:
    """End a driver's shift: the cash expected (fund + cash taken at the doors during the
    shift) is recorded against what was counted. Refused while the driver still has a trip
    that is not finished."""
    require(session, Permission.DISPATCH)
    validation.identifier(shift_id, "shift")
    validation.whole_number(handed_in_cents, "handed_in", limit=validation.MAX_AMOUNT_CENTS)
    note = validation.text(note, "note", limit=300, required=False)

    def work(db: Session) -> ShiftClose:
        shift = _shift(db, session, shift_id)
        if shift.ended_at is not None:
            raise ConflictError("delivery.shift_closed")
        open_trip = db.execute(
            select(Trip.id)
            .where(Trip.driver_id == shift.user_id, Trip.finished_at.is_(None))
            .limit(1)
        ).first()
        name = db.execute(select(User.full_name).where(User.id == shift.user_id)).scalar_one()
        if open_trip is not None:
            raise DomainError("delivery.undelivered", driver=name)
        now = utcnow()
        cash = _cash_between(db, shift.user_id, shift.started_at, now)
        expected = rules.cash_expected(shift.float_cents, cash)
        done = db.execute(
            update(_SHIFTS)
            .where(_SHIFTS.c.id == shift.id, _SHIFTS.c.ended_at.is_(None))
            .values(
                ended_at=now,
                ended_by_id=session.user_id,
                expected_cash_cents=expected,
                handed_in_cents=handed_in_cents,
                note=note,
                open_user_id=None,
            )
        )
        if done.rowcount != 1:
            raise ConflictError("delivery.shift_closed")
        audit.record(
            db,
            session,
            "delivery.shift_end",
            "driver_shift",
            shift.id,
            store_id=shift.store_id,
            after={
                "expected_cents": expected,
                "handed_in_cents": handed_in_cents,
                "difference_cents": handed_in_cents - expected,
            },
        )
        return ShiftClose(
            shift.id,
            shift.user_id,
            name,
            shift.started_at,
            now,
            shift.float_cents,
            cash,
            expected,
            handed_in_cents,
        )

    return ctx.transaction(work)


# --------------------------------------------------------------------------- planning trips


@dataclass(frozen=True)
class _PlanInput:
    store: Marker
    origin: LatLng
    stops: tuple[tuple[int, LatLng, Marker], ...]  # order id, where, marker (given order)
    trip_id: int | None
    trip_version: int | None
    driver_id: int
    store_id: int
    unlocated: tuple[tuple[int, int], ...] = ()  # (order, address) with no coordinates yet


def create_trip(
    ctx: ServiceContext,
    session: StaffSession,
    driver_id: int,
    order_ids: Sequence[int],
    store_id: int | None = None,
) -> TripView:
    """Give ready orders to a driver on shift, stops in the optimised order. If the driver's
    trip has not left yet, the orders join it (all its stops optimised again)."""
    store_id = _store(session, store_id)
    require(session, Permission.DISPATCH, store_id)
    validation.identifier(driver_id, "driver")
    ids = _order_ids(order_ids)

    def read(db: Session) -> _PlanInput:
        name = _driver_of(db, store_id, driver_id)
        if not _is_on_shift(db, store_id, driver_id):
            raise DomainError("delivery.not_on_shift", driver=name)
        current = db.execute(
            select(Trip.id, Trip.version, Trip.started_at)
            .where(Trip.driver_id == driver_id, Trip.finished_at.is_(None))
            .order_by(Trip.id)
            .limit(1)
        ).first()
        if current is not None and current.started_at is not None:
            raise DomainError("delivery.driver_out", driver=name)
        keep = _trip_order_ids(db, current.id) if current is not None else []
        new = [i for i in ids if i not in keep]  # already on this driver's trip: kept once
        if len(keep) + len(new) > rules.MAX_STOPS:
            raise ValidationError("delivery.too_many", limit=rules.MAX_STOPS)
        return _plan_input(
            db,
            store_id,
            driver_id,
            [*keep, *new],
            current.id if current else None,
            current.version if current else None,
            fresh=ids,
        )

    plan = _located(ctx, session, read)
    route = _route(ctx, plan)
    return _save_plan(ctx, session, store_id, plan, route, added=ids)


def change_trip(
    ctx: ServiceContext,
    session: StaffSession,
    trip_id: int,
    expected_version: int,
    add: Sequence[int] = (),
    remove: Sequence[int] = (),
) -> TripView | None:
    """Add or remove orders of a trip that has not left, as the board showed it at
    `expected_version`; the stops are optimised again. A trip left empty is deleted (None)."""
    require(session, Permission.DISPATCH)
    validation.identifier(trip_id, "trip")
    if not isinstance(expected_version, int) or isinstance(expected_version, bool):
        raise ValidationError("input.id", field="version")
    added = _order_ids(add) if add else []
    removed = _order_ids(remove) if remove else []
    if not added and not removed:
        raise ValidationError("delivery.no_orders")

    def read(db: Session) -> _PlanInput | int:
        trip = _trip_row(db, session, trip_id)
        require(session, Permission.DISPATCH, trip.store_id)
        if trip.started_at is not None:
            raise DomainError("delivery.trip_departed")
        if trip.version != expected_version:
            raise ConflictError("delivery.trip_changed")
        current = _trip_order_ids(db, trip.id)
        for order_id in removed:
            if order_id not in current:
                raise ValidationError("delivery.not_on_trip", order=order_id)
        keep = [o for o in current if o not in removed]
        wanted = [*keep, *(o for o in added if o not in keep)]
        if len(wanted) > rules.MAX_STOPS:
            raise ValidationError("delivery.too_many", limit=rules.MAX_STOPS)
        if not wanted:
            return trip.store_id
        return _plan_input(
            db, trip.store_id, trip.driver_id, wanted, trip.id, trip.version, fresh=added
        )

    plan = _located(ctx, session, read)
    if isinstance(plan, int):
        _delete_trip(ctx, session, plan, trip_id, expected_version)
        return None
    route = _route(ctx, plan)
    return _save_plan(ctx, session, plan.store_id, plan, route, added=added)


def _located(ctx: ServiceContext, session: StaffSession, read):
    """Read the plan; addresses not located yet go through the geocoding chain (network,
    outside any transaction; offline, the postcode's approximate point) and the plan is read
    again. Still unlocated (a postcode the table does not know): refused, naming the order,
    until someone places it on the map."""
    plan = ctx.transaction(read)
    if isinstance(plan, int) or not plan.unlocated:
        return plan
    from ocpizza_desk.services import geocoding

    for _order_id, address_id in plan.unlocated:
        if address_id is None:
            continue
        with contextlib.suppress(DomainError):  # not found now: refused below
            geocoding.locate_address(ctx, session, address_id)
    plan = ctx.transaction(read)
    if not isinstance(plan, int) and plan.unlocated:
        raise ValidationError("delivery.not_located", order=plan.unlocated[0][0])
    return plan


def _trip_row(db: Session, session: StaffSession, trip_id: int) -> Trip:
    trip = db.get(Trip, trip_id)
    if trip is None:
        raise NotFound("delivery.trip_not_found")
    require_store(session, trip.store_id)
    return trip


def _trip_order_ids(db: Session, trip_id: int) -> list[int]:
    return list(
        db.execute(
            select(Delivery.order_id)
            .join(Order, Order.id == Delivery.order_id)
            .where(Delivery.trip_id == trip_id, Order.status != OrderStatus.CANCELLED.value)
            .order_by(Delivery.sequence)
        ).scalars()
    )


def _is_on_shift(db: Session, store_id: int, driver_id: int) -> bool:
    return (
        db.execute(
            select(DriverShift.id).where(
                DriverShift.store_id == store_id,
                DriverShift.open_user_id == driver_id,
            )
        ).first()
        is not None
    )


def _plan_input(
    db: Session,
    store_id: int,
    driver_id: int,
    order_ids: list[int],
    trip_id: int | None,
    trip_version: int | None,
    fresh: Sequence[int],
) -> _PlanInput:
    store = db.execute(
        select(Store.name, Store.latitude, Store.longitude).where(Store.id == store_id)
    ).one()
    rows = {
        r.id: r
        for r in db.execute(
            select(
                Order.id,
                Order.store_id,
                Order.status,
                Order.mode,
                Order.address_id,
                CustomerAddress.street,
                CustomerAddress.postcode,
                CustomerAddress.city,
                CustomerAddress.latitude,
                CustomerAddress.longitude,
                CustomerAddress.location_source,
            )
            .outerjoin(CustomerAddress, CustomerAddress.id == Order.address_id)
            .where(Order.id.in_(order_ids))
        )
    }
    stops, unlocated = [], []
    for order_id in order_ids:
        r = rows.get(order_id)
        if r is None:
            raise NotFound("order.not_found")
        if r.store_id != store_id:
            raise PermissionDenied("permission.other_store")
        if r.mode is not OrderMode.DELIVERY:
            raise ValidationError("delivery.not_delivery", order=order_id)
        if r.status is not OrderStatus.READY:
            if order_id in fresh:
                raise _taken(db, order_id)
            raise ConflictError("delivery.trip_changed")
        if r.latitude is None or r.longitude is None:
            unlocated.append((order_id, r.address_id))
            continue
        where = LatLng(r.latitude, r.longitude)
        title = f"n° {order_id} – {_address_line(r.street, None, r.postcode, r.city)}"
        approximate = r.location_source is LocationSource.APPROXIMATE
        stops.append(
            (order_id, where, Marker(where.lat, where.lng, "stop", "", title, approximate))
        )
    return _PlanInput(
        Marker(store.latitude, store.longitude, "store", "", store.name),
        LatLng(store.latitude, store.longitude),
        tuple(stops),
        trip_id,
        trip_version,
        driver_id,
        store_id,
        tuple(unlocated),
    )


def _route(ctx: ServiceContext, plan: _PlanInput) -> Route:
    """Store -> stops (optimised) -> store. No database transaction is open here."""
    return ctx.maps.route(
        plan.origin, plan.origin, [where for _, where, _ in plan.stops], optimize=True
    )


def _legs_json(route: Route) -> list:
    return [
        [
            leg.distance_m,
            leg.duration_s,
            [[s.instruction, s.distance_m, s.duration_s] for s in leg.steps],
        ]
        for leg in route.legs
    ]


def _save_plan(
    ctx: ServiceContext,
    session: StaffSession,
    store_id: int,
    plan: _PlanInput,
    route: Route,
    added: Sequence[int],
) -> TripView:
    order = route.waypoint_order or tuple(range(len(plan.stops)))
    if sorted(order) != list(range(len(plan.stops))):  # a provider's odd answer: keep ours
        order = tuple(range(len(plan.stops)))
    visiting = [plan.stops[i][0] for i in order]
    legs = list(route.legs)
    all_ids = sorted(visiting)

    def work(db: Session) -> TripView:
        now = utcnow()
        # Lock and touch the orders (ascending ids, the same order for every writer): the
        # "orders" change mark moves, and an order no longer ready is caught here.
        touched = db.execute(
            update(_ORDERS)
            .where(
                _ORDERS.c.id.in_(all_ids),
                _ORDERS.c.store_id == store_id,
                _ORDERS.c.status == OrderStatus.READY.value,
            )
            .values(version=_ORDERS.c.version + 1, updated_at=now)
        )
        if touched.rowcount != len(all_ids):
            raise _Stale
        if plan.trip_id is not None:  # orders taken off the trip wait at the pass again
            dropped = sorted(
                db.execute(
                    select(_DELIVERIES.c.order_id).where(
                        _DELIVERIES.c.trip_id == plan.trip_id,
                        _DELIVERIES.c.order_id.not_in(all_ids),
                    )
                ).scalars()
            )
            if dropped:
                db.execute(
                    update(_ORDERS)
                    .where(_ORDERS.c.id.in_(dropped))
                    .values(version=_ORDERS.c.version + 1, updated_at=now)
                )
                db.execute(
                    update(_DELIVERIES)
                    .where(_DELIVERIES.c.order_id.in_(dropped))
                    .values(trip_id=None, sequence=None, driver_id=None, eta=None)
                )
        held = {
            r.order_id: r
            for r in db.execute(
                select(_DELIVERIES.c.order_id, _DELIVERIES.c.id, _DELIVERIES.c.trip_id)
                .where(_DELIVERIES.c.order_id.in_(all_ids))
                .with_for_update()
            )
        }
        for order_id in all_ids:
            row = held.get(order_id)
            if row is not None and row.trip_id is not None and row.trip_id != plan.trip_id:
                raise _Stale
        values = {
            "distance_m": route.distance_m,
            "duration_s": route.duration_s,
            "polyline": route.encoded_polyline,
            "estimated": route.estimate,
            "legs": _legs_json(route),
            "notice": route.notice,
        }
        if plan.trip_id is None:
            if not _is_on_shift(db, store_id, plan.driver_id):
                raise _Stale
            trip_id = db.execute(
                insert(_TRIPS).values(
                    store_id=store_id,
                    driver_id=plan.driver_id,
                    created_at=now,
                    version=1,
                    **values,
                )
            ).inserted_primary_key[0]
        else:
            trip_id = plan.trip_id
            moved = db.execute(
                update(_TRIPS)
                .where(
                    _TRIPS.c.id == trip_id,
                    _TRIPS.c.version == plan.trip_version,
                    _TRIPS.c.started_at.is_(None),
                )
                .values(version=_TRIPS.c.version + 1, **values)
            )
            if moved.rowcount != 1:
                raise ConflictError("delivery.trip_changed")
        arrivals = rules.arrival_times(now, [leg.duration_s for leg in legs[: len(visiting)]])
        for sequence, order_id in enumerate(visiting, start=1):
            leg = legs[sequence - 1] if sequence - 1 < len(legs) else Leg(0, 0)
            stop = {
                "trip_id": trip_id,
                "sequence": sequence,
                "driver_id": plan.driver_id,
                "distance_m": leg.distance_m,
                "duration_s": leg.duration_s,
                "estimated": route.estimate,
                "eta": arrivals[sequence - 1] if sequence - 1 < len(arrivals) else None,
                "polyline": None,
            }
            if order_id in held:
                db.execute(
                    update(_DELIVERIES).where(_DELIVERIES.c.order_id == order_id).values(**stop)
                )
            else:
                try:
                    with db.begin_nested():
                        db.execute(
                            insert(_DELIVERIES).values(order_id=order_id, created_at=now, **stop)
                        )
                except IntegrityError:
                    raise _Stale from None
        audit.record(
            db,
            session,
            "delivery.assign",
            "trip",
            trip_id,
            store_id=store_id,
            after={
                "driver_id": plan.driver_id,
                "orders": visiting,
                "added": list(added),
                "estimate": route.estimate,
            },
        )
        return _trips(db, Trip.id == trip_id)[0]

    try:
        return ctx.transaction(work)
    except _Stale:
        raise _who_took(ctx, all_ids, plan.trip_id) from None


class _Stale(Exception):
    pass


def _taken(db: Session, order_id: int) -> ConflictError:
    """Why this order can no longer be assigned, naming who: another trip, or a move."""
    row = db.execute(
        select(Order.status, Delivery.trip_id, User.full_name)
        .outerjoin(Delivery, Delivery.order_id == Order.id)
        .outerjoin(Trip, Trip.id == Delivery.trip_id)
        .outerjoin(User, User.id == Trip.driver_id)
        .where(Order.id == order_id)
    ).first()
    if row is None:
        return ConflictError("delivery.trip_changed")
    status, trip_id, driver = row
    if status is OrderStatus.CANCELLED:
        return ConflictError("delivery.cancelled", order=order_id)
    if trip_id is not None:
        who = db.execute(
            select(User.full_name)
            .join(AuditEntry, AuditEntry.user_id == User.id)
            .where(
                AuditEntry.entity == "trip",
                AuditEntry.entity_id == str(trip_id),
                AuditEntry.action == "delivery.assign",
            )
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).scalar()
        return ConflictError(
            "delivery.taken", who=who or audit.SOMEONE, order=order_id, driver=driver or "?"
        )
    who = db.execute(
        select(User.full_name)
        .join(OrderStatusChange, OrderStatusChange.changed_by_id == User.id)
        .where(OrderStatusChange.order_id == order_id)
        .order_by(OrderStatusChange.id.desc())
        .limit(1)
    ).scalar()
    return ConflictError(
        "delivery.not_ready",
        who=who or audit.SOMEONE,
        order=order_id,
        status=lifecycle.STATUS_NAMES.get(status, "?"),
    )


def _who_took(ctx: ServiceContext, order_ids: Sequence[int], own_trip: int | None):
    """Read in a new transaction, to see the other manager's committed change."""

    def work(db: Session) -> ConflictError:
        rows = db.execute(
            select(Order.id, Order.status, Delivery.trip_id)
            .outerjoin(Delivery, Delivery.order_id == Order.id)
            .where(Order.id.in_(list(order_ids)))
            .order_by(Order.id)
        ).all()
        for order_id, status, trip_id in rows:
            if status is not OrderStatus.READY or (trip_id is not None and trip_id != own_trip):
                return _taken(db, order_id)
        return ConflictError("delivery.trip_changed")

    return ctx.transaction(work)


def _delete_trip(
    ctx: ServiceContext, session: StaffSession, store_id: int, trip_id: int, version: int
) -> None:
    def work(db: Session) -> None:
        now = utcnow()
        ids = list(
            db.execute(select(Delivery.order_id).where(Delivery.trip_id == trip_id)).scalars()
        )
        if ids:  # the orders' mark moves: other boards show them as waiting again
            db.execute(
                update(_ORDERS)
                .where(_ORDERS.c.id.in_(sorted(ids)))
                .values(version=_ORDERS.c.version + 1, updated_at=now)
            )
        db.execute(
            update(_DELIVERIES)
            .where(_DELIVERIES.c.trip_id == trip_id)
            .values(trip_id=None, sequence=None, driver_id=None, eta=None)
        )
        gone = db.execute(
            delete(_TRIPS).where(
                _TRIPS.c.id == trip_id,
                _TRIPS.c.version == version,
                _TRIPS.c.started_at.is_(None),
            )
        )
        if gone.rowcount != 1:
            raise ConflictError("delivery.trip_changed")
        audit.record(
            db,
            session,
            "delivery.unassign",
            "trip",
            trip_id,
            store_id=store_id,
            after={"orders": ids},
        )

    ctx.transaction(work)


# --------------------------------------------------------------------------- on the road


def _driving_trip(db: Session, session: StaffSession, trip: Trip) -> None:
    """Drivers act on their own trip; a manager (DISPATCH) on any trip of their store."""
    require_any(session, DRIVING, trip.store_id)
    if session.can(Permission.DISPATCH):
        return
    if trip.driver_id != session.user_id:
        raise PermissionDenied("delivery.not_your_trip")


def depart(
    ctx: ServiceContext, session: StaffSession, trip_id: int, expected_version: int | None = None
) -> TripView:
    """The whole trip leaves: every order out for delivery (with its history), the expected
    times counted from now, a notice queued for each customer."""
    require_any(session, DRIVING)
    validation.identifier(trip_id, "trip")

    def work(db: Session) -> TripView:
        trip = _trip_row(db, session, trip_id)
        _driving_trip(db, session, trip)
        if trip.started_at is not None:
            raise DomainError("delivery.trip_departed")
        if expected_version is not None and trip.version != expected_version:
            raise ConflictError("delivery.trip_changed")
        stops = db.execute(
            select(Delivery.order_id, Delivery.duration_s)
            .join(Order, Order.id == Delivery.order_id)
            .where(Delivery.trip_id == trip.id, Order.status != OrderStatus.CANCELLED.value)
            .order_by(Delivery.sequence)
        ).all()
        if not stops:
            raise DomainError("delivery.empty_trip")
        now = utcnow()
        ids = sorted(s.order_id for s in stops)
        try:
            orders.move(
                db,
                session,
                ids,
                OrderStatus.READY,
                OrderStatus.OUT_FOR_DELIVERY,
                OrderMode.DELIVERY,
                now,
            )
        except ConflictError as exc:
            raise ConflictError("delivery.trip_changed") from exc
        started = db.execute(
            update(_TRIPS)
            .where(
                _TRIPS.c.id == trip.id,
                _TRIPS.c.version == trip.version,
                _TRIPS.c.started_at.is_(None),
            )
            .values(started_at=now, version=_TRIPS.c.version + 1)
        )
        if started.rowcount != 1:
            raise ConflictError("delivery.trip_changed")
        arrivals = rules.arrival_times(now, [s.duration_s or 0 for s in stops])
        for sequence, (stop, eta) in enumerate(zip(stops, arrivals, strict=True), start=1):
            db.execute(
                update(_DELIVERIES)
                .where(_DELIVERIES.c.order_id == stop.order_id)
                .values(sequence=sequence, departed_at=now, eta=eta, driver_id=trip.driver_id)
            )
            # The customer's notice with this expected time (idempotent per order and kind).
            notices.queue_status(db, stop.order_id, notices.OUT_FOR_DELIVERY, eta=eta, now=now)
        return _trips(db, Trip.id == trip.id)[0]

    return ctx.transaction(work)


def deliver(ctx: ServiceContext, session: StaffSession, order_id: int) -> TripView:
    """One stop delivered; the trip is finished when its last stop is."""
    require_any(session, DRIVING)
    validation.identifier(order_id, "order")

    def work(db: Session) -> TripView:
        row = db.execute(
            select(Delivery.trip_id, Order.status)
            .join(Order, Order.id == Delivery.order_id)
            .where(Delivery.order_id == order_id)
        ).first()
        if row is None or row.trip_id is None:
            order = db.get(Order, order_id)
            if order is None:
                raise NotFound("order.not_found")
            require_store(session, order.store_id)
            raise DomainError("delivery.not_out", order=order_id)
        trip = _trip_row(db, session, row.trip_id)
        _driving_trip(db, session, trip)
        if trip.started_at is None:
            raise DomainError("delivery.not_departed")
        now = utcnow()
        try:
            orders.move(
                db,
                session,
                [order_id],
                OrderStatus.OUT_FOR_DELIVERY,
                OrderStatus.DELIVERED,
                OrderMode.DELIVERY,
                now,
            )
        except ConflictError as exc:
            raise _OrderMoved from exc
        db.execute(
            update(_DELIVERIES).where(_DELIVERIES.c.order_id == order_id).values(delivered_at=now)
        )
        still_out = db.execute(
            select(func.count())
            .select_from(Delivery)
            .join(Order, Order.id == Delivery.order_id)
            .where(
                Delivery.trip_id == trip.id,
                Order.status == OrderStatus.OUT_FOR_DELIVERY.value,
            )
        ).scalar_one()
        db.execute(
            update(_TRIPS)
            .where(_TRIPS.c.id == trip.id)
            .values(
                version=_TRIPS.c.version + 1,
                **({"finished_at": now} if still_out == 0 else {}),
            )
        )
        return _trips(db, Trip.id == trip.id)[0]

    try:
        return ctx.transaction(work)
    except _OrderMoved:
        raise orders.what_happened(ctx, order_id) from None


class _OrderMoved(Exception):
    pass


def collect_payment(
    ctx: ServiceContext,
    session: StaffSession,
    order_id: int,
    tender: Tender,
    amount_cents: int,
    tendered_cents: int | None = None,
    *,
    client_key: str | None = None,
) -> PaymentSummary:
    """Payment taken at the door (cash with change, card, meal vouchers), through
    `orders.record_payment` (exact-once on the dialog's `client_key`); a driver only for the
    orders of their own trip."""
    require_any(session, DRIVING)
    validation.identifier(order_id, "order")
    if tender not in DOOR_TENDERS:
        raise ValidationError("input.id", field="tender")

    def check(db: Session) -> None:
        row = db.execute(
            select(Order.store_id, Trip.driver_id, Trip.id)
            .outerjoin(Delivery, Delivery.order_id == Order.id)
            .outerjoin(Trip, Trip.id == Delivery.trip_id)
            .where(Order.id == order_id)
        ).first()
        if row is None:
            raise NotFound("order.not_found")
        require_any(session, DRIVING, row.store_id)
        if not session.can(Permission.DISPATCH) and row.driver_id != session.user_id:
            raise PermissionDenied("delivery.not_your_trip")

    ctx.transaction(check)
    return orders.record_payment(
        ctx, session, order_id, tender, amount_cents, tendered_cents, client_key=client_key
    )


# --------------------------------------------------------------------------- reading


def trip(ctx: ServiceContext, session: StaffSession, trip_id: int) -> TripView:
    require_any(session, DRIVING)
    validation.identifier(trip_id, "trip")

    def work(db: Session) -> TripView:
        row = _trip_row(db, session, trip_id)
        _driving_trip(db, session, row)
        return _trips(db, Trip.id == trip_id)[0]

    return ctx.transaction(work)


def my_trip(ctx: ServiceContext, session: StaffSession) -> MyTrip:
    """The signed-in driver's shift (with the cash taken so far) and current trip."""
    require(session, Permission.DELIVER)
    if session.store_id is None:
        raise ValidationError("input.id", field="store")

    def work(db: Session) -> MyTrip:
        trips = _trips(db, Trip.driver_id == session.user_id, Trip.finished_at.is_(None))
        current = trips[0] if trips else None
        shift = next(
            (d for d in _on_shift(db, session.store_id, trips) if d.user_id == session.user_id),
            None,
        )
        return MyTrip(shift, current)

    return ctx.transaction(work)


def itinerary(ctx: ServiceContext, session: StaffSession, trip_id: int) -> Itinerary:
    """The trip's route for the map view: the one stored when it was planned (estimate flag
    and notice kept); computed again, without saving, only if its stops have changed since."""
    require_any(session, DRIVING)
    validation.identifier(trip_id, "trip")

    def work(db: Session):
        row = _trip_row(db, session, trip_id)
        _driving_trip(db, session, row)
        view = _trips(db, Trip.id == trip_id)[0]
        store = db.execute(
            select(Store.name, Store.latitude, Store.longitude).where(Store.id == row.store_id)
        ).one()
        return (
            row.polyline,
            row.legs,
            row.estimated,
            row.notice,
            row.distance_m,
            row.duration_s,
            view,
            store,
        )

    polyline, legs, estimated, notice, distance, duration, view, store = ctx.transaction(work)
    store_marker = Marker(store.latitude, store.longitude, "store", "", store.name)
    markers = [
        Marker(
            s.latitude,
            s.longitude,
            "stop",
            "",
            f"n° {s.order_id} – {s.address_line}",
            s.approximate,
        )
        for s in view.stops
        if s.latitude is not None and s.longitude is not None
    ]
    if polyline and legs and len(legs) == len(markers) + 1:
        route = Route(
            distance_m=distance or 0,
            duration_s=duration or 0,
            legs=tuple(
                Leg(d, t, tuple(Step(i, sd, st) for i, sd, st in steps)) for d, t, steps in legs
            ),
            encoded_polyline=polyline,
            waypoint_order=tuple(range(len(markers))),
            estimate=estimated,
            source="stored",
            notice=notice,
        )
    else:
        origin = LatLng(store.latitude, store.longitude)
        route = ctx.maps.route(
            origin, origin, [LatLng(m.lat, m.lng) for m in markers], optimize=False
        )
    return from_route(route, store_marker, markers)


def cash_per_driver(
    ctx: ServiceContext, session: StaffSession, store_id: int | None = None, day: date | None = None
) -> list[DriverCash]:
    """Each driver's takings on a Paris day (payments they received, by tender) and their
    shifts of that day: fund, expected, handed in. Two aggregate queries."""
    store_id = _store(session, store_id)
    require(session, Permission.DISPATCH, store_id)
    if day is None:
        day = utcnow().astimezone(PARIS).date()
    if not isinstance(day, date):
        raise ValidationError("input.dates")
    start, end = paris_days(day)

    def work(db: Session) -> list[DriverCash]:
        takings = db.execute(
            select(
                Payment.received_by_id,
                Payment.tender,
                func.sum(Payment.amount_cents),
                func.count(),
            )
            .join(User, User.id == Payment.received_by_id)
            .join(Order, Order.id == Payment.order_id)
            .where(
                User.role == Role.DRIVER.value,
                Order.store_id == store_id,
                Payment.received_at >= start,
                Payment.received_at < end,
            )
            .group_by(Payment.received_by_id, Payment.tender)
        ).all()
        shifts = db.execute(
            select(
                DriverShift.user_id,
                func.sum(DriverShift.float_cents),
                func.sum(DriverShift.handed_in_cents),
                func.count(DriverShift.ended_at),
                func.count(),
            )
            .where(
                DriverShift.store_id == store_id,
                DriverShift.started_at >= start,
                DriverShift.started_at < end,
            )
            .group_by(DriverShift.user_id)
        ).all()
        people = {r.received_by_id for r in takings} | {r.user_id for r in shifts}
        names = (
            dict(db.execute(select(User.id, User.full_name).where(User.id.in_(people))).all())
            if people
            else {}
        )
        sums: dict[int, dict] = {
            p: {"cash": 0, "card": 0, "meal_voucher": 0, "online": 0, "n": 0} for p in people
        }
        for user_id, tender, total, count in takings:
            sums[user_id][tender.value] += int(total)
            sums[user_id]["n"] += int(count)
        fund = {r.user_id: r for r in shifts}
        result = []
        for user_id in people:
            s = sums[user_id]
            f = fund.get(user_id)
            float_cents = int(f[1] or 0) if f else 0
            closed = f is not None and f[3] == f[4]
            result.append(
                DriverCash(
                    user_id,
                    names.get(user_id, "?"),
                    s["cash"],
                    s["card"],
                    s["meal_voucher"],
                    s["n"],
                    float_cents,
                    rules.cash_expected(float_cents, s["cash"]),
                    int(f[2] or 0) if closed else None,
                )
            )
        return sorted(result, key=lambda d: d.name)

    return ctx.transaction(work)


__all__ = [
    "Board",
    "Driver",
    "DriverCash",
    "DriverOnShift",
    "MyTrip",
    "ReadyOrder",
    "ShiftClose",
    "Stop",
    "TripView",
    "board",
    "cash_per_driver",
    "change_trip",
    "collect_payment",
    "create_trip",
    "deliver",
    "depart",
    "end_shift",
    "itinerary",
    "my_trip",
    "shift_close",
    "start_shift",
    "trip",
]
