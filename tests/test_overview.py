"""The dashboard service: one store for store staff, the chain for head office."""

from datetime import UTC, datetime, time

from sqlalchemy import text

from ocpizza_desk.domain.clock import PARIS, utcnow
from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import OrderStatus, Role
from ocpizza_desk.services import orders
from ocpizza_desk.services.auth import sign_in
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.overview import overview
from tests.helpers import product_id, request, staff


def test_store_staff_see_their_store_only_and_counters_see_no_money(demo):
    counter = sign_in(demo, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    data = overview(demo, counter)
    assert [s.store_id for s in data.stores] == [counter.store_id]
    assert data.stores[0].revenue_today_cents is None
    assert data.alerts == []  # counters do not manage stock


def test_figures_match_the_database(demo):
    manager = sign_in(demo, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    # One order now, so that today has money even just after midnight in Paris.
    placed = orders.place(
        demo, staff(demo, "accueil.bastille"), request(CartLine(product_id(demo, "regina"), 2))
    )
    store = overview(demo, manager).stores[0]
    with demo.engine.connect() as c:
        open_count = c.execute(
            text(
                "SELECT COUNT(*) FROM orders WHERE store_id = :s AND status IN "
                "('received', 'in_preparation', 'ready', 'out_for_delivery')"
            ),
            {"s": manager.store_id},
        ).scalar()
        under = c.execute(
            text(
                "SELECT COUNT(*) FROM stock_balances WHERE store_id = :s AND quantity < threshold"
            ),
            {"s": manager.store_id},
        ).scalar()
    assert store.open_orders == open_count > 0
    assert set(store.open_by_status) <= {s for s in OrderStatus if s.is_open}
    assert store.under_threshold == under
    # Today starts at midnight in Paris, whatever the hour of the run.
    day_start = datetime.combine(utcnow().astimezone(PARIS).date(), time(0), PARIS)
    with demo.engine.connect() as c:
        revenue = c.execute(
            text(
                "SELECT COALESCE(SUM(total_cents), 0) FROM orders WHERE store_id = :s "
                "AND created_at >= :start AND status <> 'cancelled'"
            ),
            {"s": manager.store_id, "start": day_start.astimezone(UTC).replace(tzinfo=None)},
        ).scalar()
    assert store.revenue_today_cents == revenue >= placed.total_cents > 0


def test_head_office_sees_every_store(demo):
    head = sign_in(demo, "direction", DEMO_PASSWORDS[Role.HEAD_OFFICE])
    data = overview(demo, head)
    assert len(data.stores) == 5
    assert sum(s.under_threshold for s in data.stores) == len(data.alerts) > 0
