"""Undo of the last kitchen or driver tap (issue 18): the one who tapped, within seconds;
later a manager with a reason; refused when the order changed meanwhile. Both backends."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from ocpizza_desk.domain import lifecycle
from ocpizza_desk.domain.enums import OrderStatus
from ocpizza_desk.domain.errors import DomainError, PermissionDenied, ValidationError
from ocpizza_desk.services import deliveries, orders
from ocpizza_desk.services.cart import CartLine
from tests.helpers import product_id, request, snapshot, staff

LATER = timedelta(0)  # a window already over: what "after the few seconds" means


def placed(demo) -> int:
    counter = staff(demo, "accueil.bastille")
    order = orders.place(
        demo, counter, request(CartLine(product_id(demo, "margherita"), 1), minutes=40)
    )
    return order.order_id


def history(demo, order_id: int) -> list[tuple[str, str, str | None]]:
    with demo.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT from_status, to_status, reason FROM order_status_history"
                " WHERE order_id = :o ORDER BY id"
            ),
            {"o": order_id},
        ).all()
    return [tuple(r) for r in rows]


def audit_actions(demo, order_id: int) -> list[str]:
    with demo.engine.connect() as connection:
        return list(
            connection.execute(
                text("SELECT action FROM audit_log WHERE entity = 'order' AND entity_id = :o"),
                {"o": str(order_id)},
            ).scalars()
        )


def test_the_pizzaiolo_undoes_a_start_at_once(demo):
    pizzaiolo = staff(demo, "pizzaiolo.bastille")
    order_id = placed(demo)
    moved = orders.advance(
        demo, pizzaiolo, order_id, OrderStatus.IN_PREPARATION, OrderStatus.RECEIVED
    )
    back = orders.undo(demo, pizzaiolo, order_id, moved.status, moved.version)
    assert back.status is OrderStatus.RECEIVED and back.version == moved.version + 1
    assert orders.detail(demo, pizzaiolo, order_id).status is OrderStatus.RECEIVED
    assert history(demo, order_id)[-1] == ("in_preparation", "received", lifecycle.UNDO_REASON)
    assert "order.undo" in audit_actions(demo, order_id)
    # Undone once: the same undo again is refused (the order has changed since).
    with pytest.raises(DomainError) as refused:
        orders.undo(demo, pizzaiolo, order_id, moved.status, moved.version)
    assert refused.value.code == "order.undo_changed"


def test_ready_undone_goes_back_in_preparation(demo):
    pizzaiolo = staff(demo, "pizzaiolo.bastille")
    order_id = placed(demo)
    orders.advance(demo, pizzaiolo, order_id, OrderStatus.IN_PREPARATION)
    ready = orders.advance(demo, pizzaiolo, order_id, OrderStatus.READY)
    orders.undo(demo, pizzaiolo, order_id, ready.status, ready.version)
    assert orders.detail(demo, pizzaiolo, order_id).status is OrderStatus.IN_PREPARATION


def test_an_undo_after_another_pc_moved_the_order_is_refused_and_writes_nothing(demo):
    pizzaiolo = staff(demo, "pizzaiolo.bastille")
    order_id = placed(demo)
    started = orders.advance(demo, pizzaiolo, order_id, OrderStatus.IN_PREPARATION)
    orders.advance(demo, staff(demo, "responsable.bastille"), order_id, OrderStatus.READY)
    before = snapshot(demo)
    with pytest.raises(DomainError) as refused:
        orders.undo(demo, pizzaiolo, order_id, started.status, started.version)
    assert refused.value.code == "order.undo_changed"
    assert "autre poste" in refused.value.message("fr")
    assert snapshot(demo) == before


def test_after_the_window_only_a_manager_with_a_reason(demo):
    pizzaiolo = staff(demo, "pizzaiolo.bastille")
    manager = staff(demo, "responsable.bastille")
    order_id = placed(demo)
    started = orders.advance(demo, pizzaiolo, order_id, OrderStatus.IN_PREPARATION)
    before = snapshot(demo)
    with pytest.raises(PermissionDenied) as late:
        orders.undo(demo, pizzaiolo, order_id, started.status, started.version, window=LATER)
    assert late.value.code == "order.undo_manager"
    with pytest.raises(ValidationError) as no_reason:
        orders.undo(demo, manager, order_id, started.status, started.version, reason="  ")
    assert no_reason.value.code == "order.undo_reason"
    assert snapshot(demo) == before
    orders.undo(
        demo, manager, order_id, started.status, started.version, reason="Mauvaise commande"
    )
    assert history(demo, order_id)[-1] == ("in_preparation", "received", "Mauvaise commande")


def test_only_a_kitchen_or_delivery_tap_is_undone(demo):
    """A cancellation is not a tap: no undo through this door."""
    manager = staff(demo, "responsable.bastille")
    order_id = placed(demo)
    cancelled = orders.cancel(demo, manager, order_id, reason=None)
    version = orders.detail(demo, manager, order_id).version
    with pytest.raises(DomainError) as refused:
        orders.undo(demo, manager, order_id, OrderStatus.CANCELLED, version, reason="Erreur")
    assert refused.value.code in ("order.undo_not_allowed", "order.transition")
    assert cancelled is not None


def test_the_driver_undoes_delivered_and_the_trip_is_on_the_road_again(demo):
    from ocpizza_desk.gui.screenshots import ready_deliveries

    manager = staff(demo, "responsable.bastille")
    driver = staff(demo, "livreur.bastille")
    ready = ready_deliveries(demo, 1)
    trip = deliveries.create_trip(demo, manager, driver.user_id, ready)
    deliveries.depart(demo, driver, trip.trip_id)
    delivered = deliveries.deliver(demo, driver, ready[0])
    assert delivered.state == "finished"
    detail = orders.detail(demo, driver, ready[0])
    back = orders.undo(demo, driver, ready[0], OrderStatus.DELIVERED, detail.version)
    assert back.status is OrderStatus.OUT_FOR_DELIVERY
    mine = deliveries.my_trip(demo, driver).trip
    assert mine is not None and mine.trip_id == trip.trip_id and mine.state == "out"
    assert [s.delivered_at for s in mine.stops] == [None]
    deliveries.deliver(demo, driver, ready[0])  # and it can be delivered again
    assert orders.detail(demo, driver, ready[0]).status is OrderStatus.DELIVERED


def trip_of_two(demo):
    from ocpizza_desk.gui.screenshots import ready_deliveries

    manager = staff(demo, "responsable.bastille")
    driver = staff(demo, "livreur.bastille")
    ready = ready_deliveries(demo, 2)
    trip = deliveries.create_trip(demo, manager, driver.user_id, ready)
    return manager, driver, ready, trip


def test_the_driver_undoes_out_for_delivery_and_the_whole_trip_is_back(demo):
    _manager, driver, ready, trip = trip_of_two(demo)
    gone = deliveries.depart(demo, driver, trip.trip_id)
    assert gone.state == "out"
    back = orders.undo(demo, driver, ready[0], OrderStatus.OUT_FOR_DELIVERY, None)
    assert back.status is OrderStatus.READY
    for order_id in ready:  # the tap sent both stops: both are back at the store
        assert orders.detail(demo, driver, order_id).status is OrderStatus.READY
        assert history(demo, order_id)[-1] == (
            "out_for_delivery",
            "ready",
            lifecycle.UNDO_REASON,
        )
        assert audit_actions(demo, order_id).count("order.undo") == 1
    mine = deliveries.my_trip(demo, driver).trip
    assert mine is not None and mine.trip_id == trip.trip_id and mine.state == "planned"
    again = deliveries.depart(demo, driver, trip.trip_id)  # and it can leave again
    assert again.state == "out"
    assert orders.detail(demo, driver, ready[1]).status is OrderStatus.OUT_FOR_DELIVERY


def test_an_undone_departure_withdraws_its_unsent_notices_and_the_next_one_tells_anew(demo):
    """The customers' "on its way" e-mails still waiting are never sent once the departure is
    taken back; one already sent stays; leaving again queues the others afresh."""
    from ocpizza_desk.services import notices

    _manager, driver, ready, trip = trip_of_two(demo)
    with demo.engine.begin() as connection:
        for n, order_id in enumerate(ready):
            connection.execute(
                text(
                    "UPDATE customers SET email = :e WHERE id ="
                    " (SELECT customer_id FROM orders WHERE id = :o)"
                ),
                {"e": f"client{n}@example.test", "o": order_id},
            )

    def notices_of(order_id: int) -> list[tuple[str, str | None]]:
        with demo.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT status, last_error FROM outbox_messages"
                    " WHERE order_id = :o AND kind = :k ORDER BY id"
                ),
                {"o": order_id, "k": notices.OUT_FOR_DELIVERY},
            ).all()
        return [tuple(r) for r in rows]

    deliveries.depart(demo, driver, trip.trip_id)
    assert [notices_of(o) for o in ready] == [[("pending", None)], [("pending", None)]]
    with demo.engine.begin() as connection:  # the first customer's was sent already
        connection.execute(
            text("UPDATE outbox_messages SET status = 'sent' WHERE order_id = :o"),
            {"o": ready[0]},
        )
    orders.undo(demo, driver, ready[1], OrderStatus.OUT_FOR_DELIVERY, None)
    assert notices_of(ready[0]) == [("sent", None)]
    assert notices_of(ready[1]) == [("failed", notices.WITHDRAWN)]

    deliveries.depart(demo, driver, trip.trip_id)
    assert notices_of(ready[0]) == [("sent", None)]  # told once, not twice
    assert notices_of(ready[1]) == [("failed", notices.WITHDRAWN), ("pending", None)]


def test_a_departure_is_not_undone_once_a_stop_is_delivered(demo):
    manager, driver, ready, trip = trip_of_two(demo)
    deliveries.depart(demo, driver, trip.trip_id)
    deliveries.deliver(demo, driver, ready[0])
    before = snapshot(demo)
    with pytest.raises(DomainError) as refused:
        orders.undo(demo, driver, ready[1], OrderStatus.OUT_FOR_DELIVERY, None)
    assert refused.value.code == "order.undo_trip_delivered"
    with pytest.raises(DomainError):  # nor by a manager, with a reason
        orders.undo(
            demo, manager, ready[1], OrderStatus.OUT_FOR_DELIVERY, None, reason="Erreur"
        )
    assert snapshot(demo) == before


def test_a_late_departure_undo_is_a_managers_correction(demo):
    manager, driver, ready, trip = trip_of_two(demo)
    deliveries.depart(demo, driver, trip.trip_id)
    before = snapshot(demo)
    with pytest.raises(PermissionDenied) as late:
        orders.undo(demo, driver, ready[0], OrderStatus.OUT_FOR_DELIVERY, None, window=LATER)
    assert late.value.code == "order.undo_manager"
    assert snapshot(demo) == before
    version = orders.detail(demo, manager, ready[1]).version
    orders.undo(
        demo, manager, ready[1], OrderStatus.OUT_FOR_DELIVERY, version, reason="Parti trop tôt"
    )
    for order_id in ready:
        assert history(demo, order_id)[-1] == ("out_for_delivery", "ready", "Parti trop tôt")
    assert deliveries.my_trip(demo, driver).trip.state == "planned"
