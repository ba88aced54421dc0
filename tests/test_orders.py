"""Orders through the services: place, idempotency, stock, modify, cancel, lifecycle,
payments. Every test runs on SQLite and on MariaDB."""

from collections import Counter

import pytest
from sqlalchemy import event, func, select, text

from ocpizza_desk.db.models import Order, OrderStatusChange, Payment, StockMovement
from ocpizza_desk.domain.enums import OrderMode, OrderStatus, StockMovementKind, Tender
from ocpizza_desk.domain.errors import (
    ConflictError,
    DomainError,
    PermissionDenied,
    StockError,
    ValidationError,
)
from ocpizza_desk.services import menu, orders
from ocpizza_desk.services.cart import CartLine
from tests.helpers import (
    balances,
    ingredient_id,
    ledger_mismatches,
    product_id,
    request,
    set_balance,
    snapshot,
    staff,
)


@pytest.fixture
def counter(demo):
    return staff(demo, "accueil.bastille")


@pytest.fixture
def manager(demo):
    return staff(demo, "responsable.bastille")


def options_of(ctx, session, code):
    item = next(i for i in menu.menu(ctx, session).items if i.code == code)
    return {o.label: o for o in item.options}, item


def test_placing_reserves_exactly_the_recipe_and_its_customisations(demo, counter):
    opts, margherita = options_of(demo, counter, "margherita")
    extra = next(o for o in opts.values() if o.kind.value == "extra")
    remove = next(o for o in opts.values() if o.kind.value == "remove")
    before = balances(demo, counter.store_id)
    placed = orders.place(
        demo,
        counter,
        request(
            CartLine(margherita.product_id, 2, (extra.option_id, remove.option_id)),
            CartLine(product_id(demo, "regina"), 1),
        ),
    )
    after = balances(demo, counter.store_id)
    used = Counter({i: before[i] - after[i] for i in before if before[i] != after[i]})
    with demo.engine.connect() as c:
        recipe = dict(
            c.execute(
                text("SELECT ingredient_id, quantity FROM recipe_lines WHERE product_id = :p"),
                {"p": margherita.product_id},
            ).all()
        )
        regina = dict(
            c.execute(
                text("SELECT ingredient_id, quantity FROM recipe_lines WHERE product_id = :p"),
                {"p": product_id(demo, "regina")},
            ).all()
        )
    expected = Counter()
    for ingredient, dose in recipe.items():
        expected[ingredient] += 2 * dose
    expected[extra.ingredient_id] += 2 * extra.quantity
    expected[remove.ingredient_id] -= 2 * recipe[remove.ingredient_id]
    for ingredient, dose in regina.items():
        expected[ingredient] += dose
    assert used == +expected
    assert placed.total_cents == 2 * (margherita.price_cents + extra.price_cents) + next(
        i.price_cents for i in menu.menu(demo, counter).items if i.code == "regina"
    )
    assert sum(v.total_cents for v in placed.vat) == placed.total_cents
    assert ledger_mismatches(demo) == 0


def test_a_placed_order_costs_four_statements_and_its_journal_entry(demo, counter):
    count = []

    def on_execute(conn, cursor, statement, *args):
        if statement.strip().upper() not in ("BEGIN", "COMMIT", "ROLLBACK"):
            count.append(statement.split()[0])

    cart = request(
        CartLine(product_id(demo, "regina"), 2),
        CartLine(product_id(demo, "margherita"), 1),
        CartLine(product_id(demo, "tiramisu"), 1),
    )
    event.listen(demo.engine, "before_cursor_execute", on_execute)
    try:
        orders.place(demo, counter, cart)
    finally:
        event.remove(demo.engine, "before_cursor_execute", on_execute)
    journalling = ["INSERT"] if demo.backend == "mysql" else ["SELECT", "INSERT", "UPDATE"]
    # The catalogue, the order, its lines, its ledger rows (whose trigger moves the balances),
    # then the journal.
    assert count == ["SELECT", "INSERT", "INSERT", "INSERT", *journalling]


def test_the_same_submit_twice_creates_one_order(demo, counter):
    first_request = request(CartLine(product_id(demo, "regina"), 1))
    first = orders.place(demo, counter, first_request)
    stock_after_first = balances(demo, counter.store_id)
    again = orders.place(demo, counter, first_request)
    assert again.replayed and not first.replayed
    assert (again.order_id, again.total_cents, again.vat) == (
        first.order_id,
        first.total_cents,
        first.vat,
    )
    assert balances(demo, counter.store_id) == stock_after_first
    with demo.engine.connect() as c:
        assert (
            c.execute(
                select(func.count())
                .select_from(Order)
                .where(Order.client_key == first_request.client_key)
            ).scalar()
            == 1
        )


def test_not_enough_stock_refuses_and_writes_nothing(demo, counter):
    mozzarella = ingredient_id(demo, "mozzarella")
    set_balance(demo, counter.store_id, mozzarella, 150)
    regina = product_id(demo, "regina")
    before = snapshot(demo)
    with pytest.raises(StockError) as refused:
        orders.place(demo, counter, request(CartLine(regina, 3)))
    assert refused.value.code == "stock.insufficient"
    assert "Mozzarella" in refused.value.message("fr") and "Regina" in refused.value.message("fr")
    assert refused.value.shortages and refused.value.shortages[0][0] == mozzarella
    assert snapshot(demo) == before


def test_menu_counts_what_can_still_be_made_after_the_cart(demo, counter):
    dough = ingredient_id(demo, "paton")
    set_balance(demo, counter.store_id, dough, 3)
    regina = product_id(demo, "regina")
    items = {i.code: i for i in menu.menu(demo, counter).items}
    assert items["regina"].can_make <= 3
    cart = [CartLine(regina, 2)]
    items = {i.code: i for i in menu.menu(demo, counter, cart).items}
    assert items["margherita"].can_make <= 1 and items["regina"].can_make <= 1
    assert items["tiramisu"].can_make > 1  # no dough in a dessert


def test_switched_off_product_is_refused_and_shown_off(demo, counter, manager):
    calzone = product_id(demo, "calzone")
    menu.set_enabled(demo, manager, calzone, False)
    item = next(i for i in menu.menu(demo, counter).items if i.product_id == calzone)
    assert not item.enabled and not item.available
    with pytest.raises(ValidationError) as refused:
        orders.place(demo, counter, request(CartLine(calzone, 1)))
    assert refused.value.code == "cart.product_off"
    menu.set_enabled(demo, manager, calzone, True)
    assert orders.place(demo, counter, request(CartLine(calzone, 1))).order_id


def test_modify_reserves_and_releases_only_the_difference(demo, counter):
    regina, margherita = product_id(demo, "regina"), product_id(demo, "margherita")
    placed = orders.place(demo, counter, request(CartLine(regina, 2)))
    before = balances(demo, counter.store_id)
    detail = orders.detail(demo, counter, placed.order_id)
    change = orders.OrderChange(
        lines=(CartLine(regina, 1), CartLine(margherita, 1)),
        mode=OrderMode.TAKEAWAY,
        promised_at=detail.promised_at,
    )
    changed = orders.modify(demo, counter, placed.order_id, change, detail.version)
    after = balances(demo, counter.store_id)
    dough = ingredient_id(demo, "paton")
    assert after[dough] == before[dough]  # one pizza out, one in: no dough moves
    assert changed.version == detail.version + 1
    with demo.engine.connect() as c:
        moved = c.execute(
            select(StockMovement.kind, func.count())
            .where(StockMovement.order_id == placed.order_id)
            .group_by(StockMovement.kind)
        ).all()
        reserved = c.execute(
            select(StockMovement.ingredient_id, func.sum(StockMovement.delta))
            .where(StockMovement.order_id == placed.order_id)
            .group_by(StockMovement.ingredient_id)
        ).all()
    assert dict(moved)[StockMovementKind.ORDER] >= 1
    held = {i: -int(q) for i, q in reserved if q}
    assert held[dough] == 2
    assert ledger_mismatches(demo) == 0
    # The stale version is refused: someone else changed it first.
    with pytest.raises(ConflictError):
        orders.modify(demo, counter, placed.order_id, change, detail.version)


def test_cancel_received_gives_the_stock_back(demo, counter):
    before = balances(demo, counter.store_id)
    placed = orders.place(demo, counter, request(CartLine(product_id(demo, "regina"), 2)))
    assert balances(demo, counter.store_id) != before
    moved = orders.cancel(demo, counter, placed.order_id)
    assert moved.status is OrderStatus.CANCELLED
    assert balances(demo, counter.store_id) == before
    assert ledger_mismatches(demo) == 0


def test_cancel_after_the_oven_is_for_a_manager_with_a_reason_and_wastes(demo, counter, manager):
    pizzaiolo = staff(demo, "pizzaiolo.bastille")
    placed = orders.place(demo, counter, request(CartLine(product_id(demo, "regina"), 1)))
    orders.advance(demo, pizzaiolo, placed.order_id, OrderStatus.IN_PREPARATION)
    reserved = balances(demo, counter.store_id)
    with pytest.raises(PermissionDenied) as refused:
        orders.cancel(demo, counter, placed.order_id, "le client a raccroché")
    assert refused.value.code == "order.cancel_manager"
    with pytest.raises(ValidationError) as no_reason:
        orders.cancel(demo, manager, placed.order_id)
    assert no_reason.value.code == "order.reason_required"
    orders.cancel(demo, manager, placed.order_id, "Client injoignable")
    assert balances(demo, counter.store_id) == reserved  # the food is gone: nothing back
    with demo.engine.connect() as c:
        kinds = Counter(
            dict(
                c.execute(
                    select(StockMovement.kind, func.sum(StockMovement.delta))
                    .where(StockMovement.order_id == placed.order_id)
                    .group_by(StockMovement.kind)
                ).all()
            )
        )
    assert kinds[StockMovementKind.WASTE] == kinds[StockMovementKind.ORDER] < 0
    detail = orders.detail(demo, manager, placed.order_id)
    assert detail.cancel_reason == "Client injoignable"
    assert [h.status for h in detail.history] == [
        OrderStatus.RECEIVED,
        OrderStatus.IN_PREPARATION,
        OrderStatus.CANCELLED,
    ]
    assert detail.history[-1].by == manager.full_name
    assert ledger_mismatches(demo) == 0


def test_full_delivery_lifecycle_records_who_and_when(demo, counter):
    pizzaiolo, driver = staff(demo, "pizzaiolo.bastille"), staff(demo, "livreur.bastille")
    with demo.engine.connect() as c:
        customer_id, address_id = c.execute(
            text("SELECT customer_id, id FROM customer_addresses WHERE archived = :f ORDER BY id"),
            {"f": False},
        ).first()
    placed = orders.place(
        demo,
        counter,
        request(
            CartLine(product_id(demo, "regina"), 1),
            mode=OrderMode.DELIVERY,
            customer_id=customer_id,
            address_id=address_id,
        ),
    )
    for who, status in (
        (pizzaiolo, OrderStatus.IN_PREPARATION),
        (pizzaiolo, OrderStatus.READY),
        (driver, OrderStatus.OUT_FOR_DELIVERY),
        (driver, OrderStatus.DELIVERED),
    ):
        orders.advance(demo, who, placed.order_id, status)
    detail = orders.detail(demo, counter, placed.order_id)
    assert [(h.status, h.by) for h in detail.history] == [
        (OrderStatus.RECEIVED, counter.full_name),
        (OrderStatus.IN_PREPARATION, pizzaiolo.full_name),
        (OrderStatus.READY, pizzaiolo.full_name),
        (OrderStatus.OUT_FOR_DELIVERY, driver.full_name),
        (OrderStatus.DELIVERED, driver.full_name),
    ]
    times = [h.at for h in detail.history]
    assert times == sorted(times)
    with pytest.raises(DomainError) as closed:
        orders.cancel(demo, staff(demo, "responsable.bastille"), placed.order_id, "trop tard")
    assert closed.value.code == "order.transition"


def test_roles_move_only_their_own_steps(demo, counter):
    driver = staff(demo, "livreur.bastille")
    placed = orders.place(demo, counter, request(CartLine(product_id(demo, "regina"), 1)))
    with pytest.raises(PermissionDenied):
        orders.advance(demo, driver, placed.order_id, OrderStatus.IN_PREPARATION)
    with pytest.raises(PermissionDenied):
        orders.advance(demo, counter, placed.order_id, OrderStatus.IN_PREPARATION)
    other_store = staff(demo, "pizzaiolo.abbesses")
    with pytest.raises(PermissionDenied) as refused:
        orders.advance(demo, other_store, placed.order_id, OrderStatus.IN_PREPARATION)
    assert refused.value.code == "permission.other_store"


def test_second_pizzaiolo_is_told_who_took_the_order(demo, counter, manager):
    first = staff(demo, "pizzaiolo.bastille")
    placed = orders.place(demo, counter, request(CartLine(product_id(demo, "regina"), 1)))
    orders.advance(
        demo, first, placed.order_id, OrderStatus.IN_PREPARATION, seen_status=OrderStatus.RECEIVED
    )
    with pytest.raises(ConflictError) as late:
        orders.advance(
            demo,
            manager,
            placed.order_id,
            OrderStatus.IN_PREPARATION,
            seen_status=OrderStatus.RECEIVED,
        )
    assert late.value.code == "order.taken"
    assert first.full_name in late.value.message("fr") and "préparation" in late.value.message("fr")
    with demo.engine.connect() as c:
        assert (
            c.execute(
                select(func.count())
                .select_from(OrderStatusChange)
                .where(OrderStatusChange.order_id == placed.order_id)
            ).scalar()
            == 1
        )


def test_split_payment_with_vouchers_cash_and_change(demo, counter):
    placed = orders.place(
        demo,
        counter,
        request(
            CartLine(product_id(demo, "regina"), 2),
            CartLine(product_id(demo, "margherita"), 1),
            planned_tenders=(
                orders.PlannedTender(Tender.MEAL_VOUCHER, 1500),
                orders.PlannedTender(Tender.CASH, 1000),
            ),
        ),
    )
    total = placed.total_cents
    first = orders.record_payment(demo, counter, placed.order_id, Tender.MEAL_VOUCHER, 1500)
    assert (first.paid_cents, first.due_cents, first.change_cents) == (1500, total - 1500, 0)
    rest = total - 1500
    second = orders.record_payment(demo, counter, placed.order_id, Tender.CASH, rest, 5000)
    assert (second.due_cents, second.change_cents) == (0, 5000 - rest)
    with pytest.raises(ValidationError) as over:
        orders.record_payment(demo, counter, placed.order_id, Tender.CARD, 100)
    assert over.value.code == "payment.exceeds_due"
    detail = orders.detail(demo, counter, placed.order_id)
    assert [p.tender for p in detail.payments] == [Tender.MEAL_VOUCHER, Tender.CASH]
    assert detail.paid_cents == total and detail.due_cents == 0
    assert [p.tender for p in detail.planned_tenders] == [Tender.MEAL_VOUCHER, Tender.CASH]


def test_meal_vouchers_give_no_change_and_online_needs_the_bank_reference(demo, counter):
    placed = orders.place(demo, counter, request(CartLine(product_id(demo, "margherita"), 1)))
    total = placed.total_cents
    paid = orders.record_payment(demo, counter, placed.order_id, Tender.MEAL_VOUCHER, total + 310)
    assert (paid.due_cents, paid.change_cents, paid.voucher_excess_cents) == (0, 0, 310)
    other = orders.place(demo, counter, request(CartLine(product_id(demo, "margherita"), 1)))
    with pytest.raises(ValidationError) as missing:
        orders.record_payment(demo, counter, other.order_id, Tender.ONLINE, other.total_cents)
    assert missing.value.code == "payment.reference"
    orders.record_payment(
        demo,
        counter,
        other.order_id,
        Tender.ONLINE,
        other.total_cents,
        bank_reference="BNP-7731-AF02",
    )
    with demo.engine.connect() as c:
        reference = c.execute(
            select(Payment.bank_reference).where(Payment.order_id == other.order_id)
        ).scalar()
    assert reference == "BNP-7731-AF02"


def test_cancelled_orders_take_no_payment(demo, counter):
    placed = orders.place(demo, counter, request(CartLine(product_id(demo, "margherita"), 1)))
    orders.cancel(demo, counter, placed.order_id)
    before = snapshot(demo)
    with pytest.raises(DomainError) as closed:
        orders.record_payment(demo, counter, placed.order_id, Tender.CARD, 100)
    assert closed.value.code == "order.closed"
    assert snapshot(demo) == before


def test_another_store_cannot_read_or_change_an_order(demo, counter):
    placed = orders.place(demo, counter, request(CartLine(product_id(demo, "margherita"), 1)))
    elsewhere = staff(demo, "accueil.abbesses")
    before = snapshot(demo)
    for call in (
        lambda: orders.detail(demo, elsewhere, placed.order_id),
        lambda: orders.cancel(demo, elsewhere, placed.order_id),
        lambda: orders.record_payment(demo, elsewhere, placed.order_id, Tender.CARD, 100),
        lambda: orders.modify(
            demo,
            elsewhere,
            placed.order_id,
            orders.OrderChange(
                lines=(CartLine(product_id(demo, "regina"), 1),),
                mode=OrderMode.TAKEAWAY,
                promised_at=orders.detail(demo, counter, placed.order_id).promised_at,
            ),
        ),
    ):
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert refused.value.code == "permission.other_store"
    assert snapshot(demo) == before
    head_office = staff(demo, "direction")
    assert orders.detail(demo, head_office, placed.order_id).id == placed.order_id


def test_menu_flags_extras_the_stock_cannot_add(demo, counter):
    opts, margherita = options_of(demo, counter, "margherita")
    extra = next(o for o in opts.values() if o.kind.value == "extra")
    assert margherita.option_available(extra.option_id)
    set_balance(demo, counter.store_id, extra.ingredient_id, extra.quantity - 1)
    item = next(i for i in menu.menu(demo, counter).items if i.code == "margherita")
    assert not item.option_available(extra.option_id)
