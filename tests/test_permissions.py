"""The role x use-case matrix, checked through the services themselves: every call either
runs or is refused with PermissionDenied having written nothing."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import text

from ocpizza_desk.domain.enums import (
    DiscountKind,
    DiscountReason,
    OrderMode,
    OrderStatus,
    Role,
    Tender,
)
from ocpizza_desk.domain.errors import DomainError, PermissionDenied
from ocpizza_desk.domain.permissions import DEFAULT_TILL_RULES, ROLE_PERMISSIONS, Permission
from ocpizza_desk.domain.totals import Discount
from ocpizza_desk.ops.seed import seed_demo
from ocpizza_desk.services import customers, kitchen, menu, orders, overview, stock
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.payments import RefundRequest
from tests.conftest import BACKENDS, _empty_all_tables, fast_hash
from tests.helpers import ingredient_id, product_id, request, staff
from tests.snapshots import take_orders_any_time_anywhere

P = Permission
USERS = {
    Role.COUNTER: "accueil.bastille",
    Role.PIZZAIOLO: "pizzaiolo.bastille",
    Role.DRIVER: "livreur.bastille",
    Role.MANAGER: "responsable.bastille",
    Role.HEAD_OFFICE: "direction",
    Role.ADMIN: "admin",
}


@pytest.fixture(scope="module", params=BACKENDS)
def world(request, _migrated):
    ctx = ServiceContext(_migrated(request.param))
    _empty_all_tables(ctx)
    seed_demo(ctx.engine, orders=20, password_hasher=fast_hash)
    take_orders_any_time_anywhere(ctx.engine)  # the tests run at any hour
    manager = staff(ctx, "responsable.bastille")  # plenty of everything for ~200 orders
    stock.receive(ctx, manager, {line.ingredient_id: 50 for line in stock.levels(ctx, manager)})
    yield ctx
    _empty_all_tables(ctx)
    ctx.close()


def fingerprint(ctx) -> tuple:
    """Cheap enough to take around each of the matrix's calls."""
    with ctx.engine.connect() as c:
        counts = tuple(
            c.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar()
            for t in (
                "orders",
                "order_lines",
                "order_status_history",
                "payments",
                "stock_movements",
                "audit_log",
                "customers",
                "customer_addresses",
                "inventory_counts",
                "gdpr_erasures",
            )
        )
        sums = c.execute(
            text(
                "SELECT (SELECT SUM(version) FROM orders),"
                " (SELECT SUM(quantity) FROM stock_balances),"
                " (SELECT SUM(threshold) FROM stock_balances), (SELECT COUNT(*) FROM store_products"
                " WHERE enabled = :t)"
            ),
            {"t": True},
        ).one()
    return counts + tuple(sums)


@dataclass
class Targets:
    """Fresh orders in the right state for each call, made by a manager of store 1."""

    ctx: ServiceContext

    def __post_init__(self):
        self.manager = staff(self.ctx, "responsable.bastille")
        self.regina = product_id(self.ctx, "regina")

    def order(self, status=OrderStatus.RECEIVED, mode=OrderMode.TAKEAWAY) -> int:
        extra = {}
        if mode is OrderMode.DELIVERY:
            with self.ctx.engine.connect() as c:
                extra["customer_id"], extra["address_id"] = c.execute(
                    text(
                        "SELECT customer_id, id FROM customer_addresses WHERE archived = :f"
                        " ORDER BY id"
                    ),
                    {"f": False},
                ).first()
        placed = orders.place(
            self.ctx, self.manager, request(CartLine(self.regina, 1), mode=mode, **extra)
        )
        path = [OrderStatus.IN_PREPARATION, OrderStatus.READY, OrderStatus.OUT_FOR_DELIVERY]
        for step in path[: path.index(status) + 1] if status in path else []:
            orders.advance(self.ctx, self.manager, placed.order_id, step)
        return placed.order_id

    def paid_order(self, quantity: int) -> tuple[int, int]:
        """A received order paid in cash, above the refund a clerk may give alone."""
        placed = orders.place(self.ctx, self.manager, request(CartLine(self.regina, quantity)))
        orders.record_payment(
            self.ctx, self.manager, placed.order_id, Tender.CASH, placed.total_cents
        )
        assert placed.total_cents > DEFAULT_TILL_RULES.refund_approval_above_cents
        return placed.order_id, placed.total_cents


def change(t: Targets) -> orders.OrderChange:
    return orders.OrderChange(
        lines=(CartLine(t.regina, 2),), mode=OrderMode.TAKEAWAY, promised_at=request().promised_at
    )


def late_change(t: Targets) -> orders.OrderChange:
    return replace(change(t), late_reason="le client a rappelé")


def changed_in_the_oven(t: Targets) -> tuple[int, list[int]]:
    """An order in preparation a manager changed: (its id, its change's id)."""
    order_id = t.order(OrderStatus.IN_PREPARATION)
    orders.modify(t.ctx, t.manager, order_id, late_change(t))
    (pending,) = kitchen.queue(t.ctx, t.manager, only={order_id})[0].changes
    return order_id, [pending.change_id]


_phones = iter(f"06 12 {n // 100:02d} {n % 100:02d} 00" for n in range(1, 10_000))


def new_customer_id(t: Targets) -> int:
    return customers.create(
        t.ctx,
        t.manager,
        customers.CustomerInput(phone=next(_phones), first_name="Effa", last_name="Cement"),
    ).id


D = OrderStatus
# use case -> (permissions any of which allows it, prepare(targets) -> x, call(ctx, session, x))
USE_CASES: dict[str, tuple[tuple[Permission, ...], Callable, Callable]] = {
    "place": ((P.TAKE_ORDERS,), lambda t: request(CartLine(t.regina, 1), store_id=1), orders.place),
    "modify": (
        (P.MODIFY_ORDERS,),
        lambda t: (t.order(), change(t)),
        lambda c, s, x: orders.modify(c, s, *x),
    ),
    "modify started": (
        (P.MODIFY_STARTED_ORDERS,),
        lambda t: (t.order(D.IN_PREPARATION), late_change(t)),
        lambda c, s, x: orders.modify(c, s, *x),
    ),
    "acknowledge a kitchen change": (
        (P.WORK_KITCHEN,),
        changed_in_the_oven,
        lambda c, s, x: kitchen.acknowledge(c, s, *x),
    ),
    "cancel received": (
        (P.CANCEL_RECEIVED_ORDERS,),
        lambda t: t.order(),
        lambda c, s, o: orders.cancel(c, s, o, "test"),
    ),
    "cancel started": (
        (P.CANCEL_STARTED_ORDERS,),
        lambda t: t.order(D.IN_PREPARATION),
        lambda c, s, o: orders.cancel(c, s, o, "test"),
    ),
    "start preparation": (
        (P.WORK_KITCHEN,),
        lambda t: t.order(),
        lambda c, s, o: orders.advance(c, s, o, D.IN_PREPARATION),
    ),
    "out for delivery": (
        (P.DELIVER,),
        lambda t: t.order(D.READY, OrderMode.DELIVERY),
        lambda c, s, o: orders.advance(c, s, o, D.OUT_FOR_DELIVERY),
    ),
    "collected": (
        (P.TAKE_ORDERS,),
        lambda t: t.order(D.READY),
        lambda c, s, o: orders.advance(c, s, o, D.COLLECTED),
    ),
    "payment": (
        (P.RECORD_PAYMENTS,),
        lambda t: t.order(),
        lambda c, s, o: orders.record_payment(c, s, o, Tender.CARD, 100),
    ),
    "order detail": (orders.READ_ORDER, lambda t: t.order(), orders.detail),
    "discount": (
        (P.GIVE_DISCOUNTS,),
        lambda t: request(
            CartLine(t.regina, 1),
            store_id=1,
            discounts=(Discount(DiscountKind.PERCENT, 500, DiscountReason.LOYALTY),),
        ),
        orders.place,
    ),
    "refund above the threshold": (
        (P.APPROVE_REFUNDS,),
        lambda t: t.paid_order(2),
        lambda c, s, o: orders.cancel(
            c,
            s,
            o[0],
            "test",
            refunds=(
                RefundRequest(client_key=uuid.uuid4().hex, tender=Tender.CASH, amount_cents=o[1]),
            ),
        ),
    ),
    "kitchen queue": ((P.WORK_KITCHEN,), lambda t: 1, kitchen.queue),
    "menu": (
        (P.TAKE_ORDERS, P.TOGGLE_MENU_ITEMS),
        lambda t: 1,
        lambda c, s, store: menu.menu(c, s, store_id=store),
    ),
    "switch menu item": (
        (P.TOGGLE_MENU_ITEMS,),
        lambda t: t.regina,
        lambda c, s, p: menu.set_enabled(c, s, p, True, store_id=1),
    ),
    "find customer": ((P.MANAGE_CUSTOMERS,), lambda t: "0611223344", customers.find_by_phone),
    "create customer": (
        (P.MANAGE_CUSTOMERS,),
        lambda t: customers.CustomerInput(phone=next(_phones), first_name="Ana", last_name="Test"),
        customers.create,
    ),
    "erase customer": (
        (P.ERASE_CUSTOMERS,),
        new_customer_id,
        lambda c, s, i: customers.erase(c, s, i, "ref"),
    ),
    "stock levels": ((P.VIEW_STOCK,), lambda t: 1, stock.levels),
    "receive stock": (
        (P.MANAGE_STOCK,),
        lambda t: ingredient_id(t.ctx, "paton"),
        lambda c, s, i: stock.receive(c, s, {i: 1}, store_id=1),
    ),
    "count stock": (
        (P.MANAGE_STOCK,),
        lambda t: ingredient_id(t.ctx, "origan"),
        lambda c, s, i: stock.count(c, s, {i: 500}, store_id=1),
    ),
    "waste": (
        (P.MANAGE_STOCK,),
        lambda t: ingredient_id(t.ctx, "paton"),
        lambda c, s, i: stock.waste(c, s, i, 1, "tombé", store_id=1),
    ),
    "threshold": (
        (P.MANAGE_STOCK,),
        lambda t: ingredient_id(t.ctx, "paton"),
        lambda c, s, i: stock.set_threshold(c, s, i, 30, store_id=1),
    ),
    "dashboard": ((P.VIEW_DASHBOARD,), lambda t: None, lambda c, s, _x: overview.overview(c, s)),
}


@pytest.mark.parametrize("use_case", list(USE_CASES))
@pytest.mark.parametrize("role", list(Role))
def test_matrix(world, role, use_case):
    permissions, prepare, call = USE_CASES[use_case]
    session = staff(world, USERS[role])
    target = prepare(Targets(world))
    if any(p in ROLE_PERMISSIONS[role] for p in permissions):
        try:
            call(world, session, target)
        except PermissionDenied as exc:  # pragma: no cover - the failure we look for
            pytest.fail(f"{role} refused {use_case}: {exc.code}")
        except DomainError:
            pass  # allowed, but this very call may be refused for its content
    else:
        before = fingerprint(world)
        with pytest.raises(PermissionDenied):
            call(world, session, target)
        assert fingerprint(world) == before


def test_every_permission_is_exercised():
    used = {p for permissions, _, _ in USE_CASES.values() for p in permissions}
    assert used >= set(Permission) - {
        P.VIEW_ORDERS,
        P.VIEW_RECIPES,
        P.DISPATCH,
        P.MANAGE_STORE_STAFF,
        P.CASH_CLOSE,
        P.VIEW_REPORTS,
        P.MANAGE_CATALOGUE,
        P.MANAGE_STORES,
        P.MANAGE_USERS,
        P.ADMINISTER,
        P.READ_ALL_STORES,
    }  # the rest belong to screens of later steps
