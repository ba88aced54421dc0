"""What cancelling a delivery order does to its trip, apart from deliveries.py.

`orders.cancel` calls this in its own transaction; deliveries.py builds on orders (moves,
payments at the door), so keeping this here makes the dependency one-way: orders -> this
module <- deliveries, with no hook to register that a process could forget.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import Delivery, Order, Trip
from ocpizza_desk.domain.enums import OrderStatus

_DELIVERIES = Delivery.__table__
_TRIPS = Trip.__table__


def order_cancelled(db: Session, order_id: int, now: datetime) -> None:
    """Called in the cancelling transaction (`orders.cancel`): the order leaves its trip.
    A trip left with no stop is deleted if it had not left, finished if it was out and the
    rest is delivered."""
    row = db.execute(
        select(Delivery.trip_id, Trip.started_at, Trip.finished_at)
        .join(Trip, Trip.id == Delivery.trip_id)
        .where(Delivery.order_id == order_id)
    ).first()
    if row is None or row.finished_at is not None:
        return
    trip_id = row.trip_id
    db.execute(
        update(_DELIVERIES)
        .where(_DELIVERIES.c.order_id == order_id)
        .values(trip_id=None, sequence=None, eta=None)
    )
    left = (
        db.execute(
            select(Order.status)
            .join(Delivery, Delivery.order_id == Order.id)
            .where(Delivery.trip_id == trip_id, Order.status != OrderStatus.CANCELLED.value)
        )
        .scalars()
        .all()
    )
    if not left and row.started_at is None:
        db.execute(delete(_TRIPS).where(_TRIPS.c.id == trip_id))
    elif row.started_at is not None and all(s is OrderStatus.DELIVERED for s in left):
        db.execute(
            update(_TRIPS)
            .where(_TRIPS.c.id == trip_id)
            .values(finished_at=now, version=_TRIPS.c.version + 1)
        )
    else:
        db.execute(
            update(_TRIPS).where(_TRIPS.c.id == trip_id).values(version=_TRIPS.c.version + 1)
        )


def order_undelivered(db: Session, order_id: int) -> None:
    """Called in the undoing transaction (`orders.undo` of a "delivered" tap): the stop is
    out again and its trip, finished by that stop, on the road again."""
    trip_id = db.execute(
        select(Delivery.trip_id).where(Delivery.order_id == order_id)
    ).scalar_one_or_none()
    db.execute(
        update(_DELIVERIES).where(_DELIVERIES.c.order_id == order_id).values(delivered_at=None)
    )
    if trip_id is not None:
        db.execute(
            update(_TRIPS)
            .where(_TRIPS.c.id == trip_id)
            .values(finished_at=None, version=_TRIPS.c.version + 1)
        )


def trip_companions(db: Session, order_id: int) -> list[int]:
    """The other orders on the order's trip (none when it has no trip), by id."""
    trip_id = db.execute(
        select(Delivery.trip_id).where(Delivery.order_id == order_id)
    ).scalar_one_or_none()
    if trip_id is None:
        return []
    return list(
        db.execute(
            select(Delivery.order_id)
            .where(Delivery.trip_id == trip_id, Delivery.order_id != order_id)
            .order_by(Delivery.order_id)
        ).scalars()
    )


def order_undeparted(db: Session, order_id: int) -> None:
    """Called in the undoing transaction (`orders.undo` of an "out for delivery" tap, every
    stop already back to ready): the trip is at the store again, not started, and can leave
    once more. The customer's "on its way" notice, if already queued, stays queued."""
    trip_id = db.execute(
        select(Delivery.trip_id).where(Delivery.order_id == order_id)
    ).scalar_one_or_none()
    if trip_id is None:
        return
    db.execute(
        update(_DELIVERIES).where(_DELIVERIES.c.trip_id == trip_id).values(departed_at=None)
    )
    db.execute(
        update(_TRIPS)
        .where(_TRIPS.c.id == trip_id)
        .values(started_at=None, finished_at=None, version=_TRIPS.c.version + 1)
    )
