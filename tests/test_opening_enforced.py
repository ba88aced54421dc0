"""Opening hours and delivery zones enforced where orders are placed and modified (issue 20,
item 5): a promised time outside the hours, on a closure day or after the last orders is
refused with the next possible time; a delivery outside the zone with the stores that do
deliver there; nothing written. SQLite and MariaDB."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import insert, select, update

from ocpizza_desk.db import models as m
from ocpizza_desk.domain.clock import PARIS
from ocpizza_desk.domain.enums import Channel, OrderMode, Role
from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.services import counter, customers, kitchen, orders, stores
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.customers import AddressInput, CustomerInput
from tests.factories import build_tiny
from tests.helpers import snapshot

WEEK = {
    "mon": [],  # the weekly closure day
    **{d: [["11:30", "14:30"], ["18:00", "23:00"]] for d in ("tue", "wed", "thu", "fri", "sat")},
    "sun": [["18:00", "22:30"]],
}
STORE = (48.85, 2.37)  # the tiny store, radius 3 km
NORTH = (48.884, 2.338)  # 4.5 km away: outside it, inside the second store's zone


def paris(*args) -> datetime:
    return datetime(*args, tzinfo=PARIS).astimezone(UTC)


@pytest.fixture
def tiny(db):
    tiny = build_tiny(db)
    with db.engine.begin() as c:
        c.execute(update(m.Store.__table__).where(m.Store.id == 1).values(opening_hours=WEEK))
    return tiny


@pytest.fixture
def clock(monkeypatch):
    """Sets the services' "now" (placing and modifying read it once per call)."""

    def at(moment: datetime) -> None:
        for module in (orders, counter, stores):
            monkeypatch.setattr(module, "utcnow", lambda: moment)

    return at


def place(db, session, promised, mode=OrderMode.TAKEAWAY, **kwargs):
    return orders.place(
        db,
        session,
        orders.OrderRequest(
            client_key=uuid.uuid4().hex,
            channel=Channel.PHONE,
            mode=mode,
            lines=(CartLine(1, 1),),
            promised_at=promised,
            **kwargs,
        ),
    )


def refused(db, session, promised, **kwargs) -> ValidationError:
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        place(db, session, promised, **kwargs)
    assert snapshot(db) == before  # nothing written
    return caught.value


def add_closure(db, day: date, label: str, store_id: int = 1) -> None:
    with db.engine.begin() as c:
        c.execute(insert(m.StoreClosure.__table__).values(store_id=store_id, day=day, label=label))


def test_04_00_is_refused_with_the_next_opening_and_12_15_accepted(db, tiny, clock):
    clerk = tiny.staff[Role.COUNTER]
    clock(paris(2026, 12, 2, 10, 0))  # a Wednesday morning
    error = refused(db, clerk, paris(2026, 12, 3, 4, 0))
    assert error.code == "order.closed_hours" and error.field == "promised_at"
    assert error.message("fr") == "Fermé à cette heure : prochaine heure possible 03/12 11:30."
    assert error.params["next_at"] == paris(2026, 12, 3, 11, 30).isoformat()
    between = refused(db, clerk, paris(2026, 12, 2, 16, 0))  # between lunch and dinner
    assert between.params["next"] == "02/12 18:00"
    placed = place(db, clerk, paris(2026, 12, 2, 12, 15))
    assert placed.order_id


def test_the_weekly_closure_day_and_an_exceptional_closure_are_skipped(db, tiny, clock):
    clerk = tiny.staff[Role.COUNTER]
    clock(paris(2026, 12, 6, 20, 0))  # Sunday evening; Monday is the weekly closure day
    error = refused(db, clerk, paris(2026, 12, 6, 23, 0))  # after Sunday's 22:30
    assert error.params["next"] == "08/12 11:30"  # Tuesday
    add_closure(db, date(2026, 12, 8), "Inventaire")
    error = refused(db, clerk, paris(2026, 12, 6, 23, 0))
    assert error.params["next"] == "09/12 11:30"  # Tuesday is closed too now
    on_the_day = refused(db, clerk, paris(2026, 12, 8, 12, 0))
    assert on_the_day.code == "order.closed_day"
    assert on_the_day.message("fr") == (
        "Fermé le 08/12/2026 (Inventaire) : prochaine heure possible 09/12 11:30."
    )


@pytest.mark.parametrize(
    "now, promised, next_utc",
    [
        # The night the clocks go back (25 October 2026, 25 hours): Sunday's 18:00 is 17:00 UTC.
        (paris(2026, 10, 24, 21, 0), paris(2026, 10, 25, 3, 0), (2026, 10, 25, 17, 0)),
        # The night they go forward (29 March 2026, 23 hours): Sunday's 18:00 is 16:00 UTC.
        (paris(2026, 3, 28, 21, 0), paris(2026, 3, 29, 12, 0), (2026, 3, 29, 16, 0)),
    ],
)
def test_the_next_time_keeps_its_wall_clock_across_dst(db, tiny, clock, now, promised, next_utc):
    clock(now)
    error = refused(db, tiny.staff[Role.COUNTER], promised)
    assert error.params["next_at"] == datetime(*next_utc, tzinfo=UTC).isoformat()
    assert error.params["next"] == f"{next_utc[2]:02d}/{next_utc[1]:02d} 18:00"


def test_last_orders_close_before_the_store_does(db, tiny, clock):
    clerk = tiny.staff[Role.COUNTER]
    with db.engine.begin() as c:
        c.execute(update(m.Store.__table__).values(last_order_minutes=30))
    promised = paris(2026, 12, 2, 22, 55)
    clock(paris(2026, 12, 2, 22, 31))  # 22:30 was the last order for the 23:00 close
    error = refused(db, clerk, promised)
    assert error.code == "order.last_order"
    assert error.params["next"] == "03/12 11:30"
    clock(paris(2026, 12, 2, 22, 30))
    assert place(db, clerk, promised).order_id


def test_a_modification_is_checked_only_when_its_time_changes(db, tiny, clock):
    clerk, manager = tiny.staff[Role.COUNTER], tiny.staff[Role.MANAGER]
    with db.engine.begin() as c:
        c.execute(update(m.Store.__table__).values(last_order_minutes=30))
    clock(paris(2026, 12, 2, 22, 0))
    promised = paris(2026, 12, 2, 22, 45)
    placed = place(db, clerk, promised)
    clock(paris(2026, 12, 2, 22, 40))  # after the last orders: a drink added is still fine

    def change(at):
        return orders.OrderChange(lines=(CartLine(1, 2),), mode=OrderMode.TAKEAWAY, promised_at=at)

    kept = orders.modify(db, manager, placed.order_id, change(promised), placed.version)
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        orders.modify(db, manager, placed.order_id, change(paris(2026, 12, 3, 4, 0)), kept.version)
    assert caught.value.code == "order.closed_hours"
    assert caught.value.params["next"] == "03/12 11:30"
    assert snapshot(db) == before


def located_address(db, session, point, phone="06 12 34 56 78"):
    card = customers.create(
        db,
        session,
        CustomerInput(phone=phone, first_name="Ines", last_name="Testard"),
        AddressInput(street="14 rue de la Roquette", postcode="75011"),
    )
    address_id = card.addresses[0].id
    with db.engine.begin() as c:
        c.execute(
            update(m.CustomerAddress.__table__)
            .where(m.CustomerAddress.id == address_id)
            .values(latitude=point[0], longitude=point[1])
        )
    return card.id, address_id


def add_store(db, store_id: int, name: str, point, radius_m: int) -> None:
    with db.engine.begin() as c:
        row = c.execute(select(m.Store.__table__).where(m.Store.id == 1)).mappings().one()
        values = dict(row, id=store_id, code=name.lower().replace(" ", "-"), name=name)
        values.update(latitude=point[0], longitude=point[1], delivery_radius_m=radius_m)
        c.execute(insert(m.Store.__table__).values(**values))


def test_a_delivery_outside_the_zone_names_the_store_that_delivers_there(db, tiny, clock):
    clerk = tiny.staff[Role.COUNTER]
    clock(paris(2026, 12, 2, 11, 0))
    promised = paris(2026, 12, 2, 12, 15)
    customer_id, far = located_address(db, clerk, NORTH)
    nobody = refused(
        db, clerk, promised, mode=OrderMode.DELIVERY, customer_id=customer_id, address_id=far
    )
    assert nobody.code == "order.out_of_zone_none" and nobody.field == "address"
    add_store(db, 2, "OC Pizza Nord", (48.8845, 2.3377), 2500)
    add_store(db, 3, "OC Pizza Loin", (48.80, 2.20), 1000)
    error = refused(
        db, clerk, promised, mode=OrderMode.DELIVERY, customer_id=customer_id, address_id=far
    )
    assert error.code == "order.out_of_zone" and error.params["store_ids"] == [2]
    assert error.message("fr") == (
        "Cette adresse est hors de la zone de livraison de OC Pizza Test ; elle est livrée "
        "par : OC Pizza Nord."
    )
    # The same customer takes it away: no zone for a takeaway.
    assert place(db, clerk, promised, customer_id=customer_id, address_id=far).order_id
    # An address inside the zone is delivered.
    near_customer, near = located_address(db, clerk, (48.853, 2.371), phone="06 98 76 54 32")
    placed = place(
        db, clerk, promised, mode=OrderMode.DELIVERY, customer_id=near_customer, address_id=near
    )
    assert placed.order_id


def test_the_counter_form_is_refused_the_same_way(db, tiny, clock):
    clerk = tiny.staff[Role.COUNTER]
    clock(paris(2026, 12, 2, 10, 0))
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        counter.submit(
            db,
            clerk,
            counter.CounterSubmission(
                client_key=uuid.uuid4().hex,
                channel=Channel.COUNTER,
                mode=OrderMode.TAKEAWAY,
                lines=(CartLine(1, 1),),
                promised_at=paris(2026, 12, 3, 4, 0),
            ),
        )
    assert caught.value.code == "order.closed_hours" and caught.value.field == "promised_at"
    assert snapshot(db) == before


def test_the_suggested_promise_is_never_a_closed_time(db, tiny, monkeypatch):
    monkeypatch.setattr(kitchen, "utcnow", lambda: paris(2026, 12, 3, 3, 50))
    monkeypatch.setattr(stores, "utcnow", lambda: paris(2026, 12, 3, 3, 50))
    suggested = kitchen.suggest_promise(db, tiny.staff[Role.COUNTER], OrderMode.TAKEAWAY)
    assert suggested == paris(2026, 12, 3, 11, 30)


def test_the_demo_has_hours_a_closure_day_closures_and_zones_and_they_hold(
    new_database, monkeypatch
):
    """The demo as `ocpizza-desk demo` seeds it (not the tests' demo, open around the clock):
    every store has its week with a weekly closure day somewhere, its last orders, Christmas
    and an inventory closure; Butte-aux-Cailles refuses a Monday with Tuesday's opening."""
    from ocpizza_desk.db import schema
    from ocpizza_desk.db.engine import create_engine_for
    from ocpizza_desk.ops.seed import seed_demo
    from ocpizza_desk.services import auth
    from ocpizza_desk.services.context import ServiceContext

    config = new_database("sqlite")
    engine = create_engine_for(config)
    schema.upgrade(engine)
    seed_demo(engine, orders=0, password_hasher=auth.hash_password)  # seeded now
    today = datetime.now(PARIS).date()
    christmas = date(today.year + (today > date(today.year, 12, 25)), 12, 25)
    engine.dispose()
    ctx = ServiceContext(config)
    try:
        head = auth.sign_in(ctx, "direction", "demo-direction")
        chain = stores.list_stores(ctx, head)
        assert len(chain) == 5
        assert all(any(s.opening_hours[d] for d in s.opening_hours) for s in chain)
        assert any(not slots for s in chain for slots in s.opening_hours.values())
        assert all(s.last_order_minutes > 0 and s.delivery_radius_m > 0 for s in chain)
        assert all((christmas, "Noël") in s.closures for s in chain)
        assert sum(label == "Inventaire annuel" for s in chain for _d, label in s.closures) == 1

        butte = next(s for s in chain if s.code == "butte")
        clerk = auth.sign_in(ctx, "accueil.butte", "demo-accueil")
        assert clerk.store_id == butte.id
        # Sunday night: Monday is Butte's weekly closure day, Tuesday opens at 11:45.
        monkeypatch.setattr(stores, "utcnow", lambda: paris(2026, 12, 6, 23, 50))
        monday_noon = paris(2026, 12, 7, 12, 0)
        assert stores.next_possible(ctx, clerk, butte.id, monday_noon) == paris(2026, 12, 8, 11, 45)
    finally:
        ctx.close()
