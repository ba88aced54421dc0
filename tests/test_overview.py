"""The dashboard service: one store for store staff, the chain for head office."""

from sqlalchemy import text

from ocpizza_desk.domain.enums import OrderStatus, Role
from ocpizza_desk.ops.seed import DEMO_PASSWORDS
from ocpizza_desk.services.auth import sign_in
from ocpizza_desk.services.overview import overview


def test_store_staff_see_their_store_only_and_counters_see_no_money(demo):
    counter = sign_in(demo, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    data = overview(demo, counter)
    assert [s.store_id for s in data.stores] == [counter.store_id]
    assert data.stores[0].revenue_today_cents is None
    assert data.alerts == []  # counters do not manage stock


def test_figures_match_the_database(demo):
    manager = sign_in(demo, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
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
    assert store.revenue_today_cents is not None and store.revenue_today_cents > 0


def test_head_office_sees_every_store(demo):
    head = sign_in(demo, "direction", DEMO_PASSWORDS[Role.HEAD_OFFICE])
    data = overview(demo, head)
    assert len(data.stores) == 5
    assert sum(s.under_threshold for s in data.stores) == len(data.alerts) > 0
