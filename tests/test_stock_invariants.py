"""Random sequences of place / modify / cancel / start / receive / count / waste keep every
balance equal to its ledger, never below zero, and each open order fully reserved."""

from collections import Counter
from datetime import timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import text

from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import OrderMode, OrderStatus, Role
from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.services import orders, stock
from ocpizza_desk.services.cart import CartLine
from tests.conftest import _empty_all_tables
from tests.factories import build_tiny
from tests.helpers import ledger_mismatches, request


def test_stock_stays_true_under_random_operations(db):
    class StockMachine(RuleBasedStateMachine):
        placed = Bundle("placed")

        def __init__(self):
            super().__init__()
            _empty_all_tables(db)
            self.w = build_tiny(db, {"dough": 6, "cheese": 700, "sauce": 300})
            self.counter = self.w.staff[Role.COUNTER]
            self.manager = self.w.staff[Role.MANAGER]
            self.pizzaiolo = self.w.staff[Role.PIZZAIOLO]

        def cart(self, margherita, quantity, extra, no_sauce):
            if not margherita:
                return CartLine(self.w.fromaggi, quantity)
            options = tuple(
                o
                for o, on in ((self.w.extra_cheese, extra), (self.w.without_sauce, no_sauce))
                if on
            )
            return CartLine(self.w.margherita, quantity, options)

        @rule(
            target=placed,
            margherita=st.booleans(),
            quantity=st.integers(1, 3),
            extra=st.booleans(),
            no_sauce=st.booleans(),
        )
        def place(self, margherita, quantity, extra, no_sauce):
            try:
                return orders.place(
                    db, self.counter, request(self.cart(margherita, quantity, extra, no_sauce))
                ).order_id
            except DomainError as refused:
                assert refused.code == "stock.insufficient"
                return None

        @rule(order=placed, quantity=st.integers(1, 3), margherita=st.booleans())
        def modify(self, order, quantity, margherita):
            if order is None:
                return
            try:
                orders.modify(
                    db,
                    self.counter,
                    order,
                    orders.OrderChange(
                        lines=(self.cart(margherita, quantity, False, False),),
                        mode=OrderMode.TAKEAWAY,
                        promised_at=utcnow() + timedelta(minutes=20),
                    ),
                )
            except DomainError as refused:
                # Started or cancelled meanwhile: the refusal names who did it (started: only a
                # manager may still change it, and the counter is told so).
                assert refused.code in (
                    "stock.insufficient",
                    "order.taken",
                    "order.cancelled_by",
                    "order.modify_started_manager",
                )

        @rule(order=placed)
        def cancel(self, order):
            if order is None:
                return
            try:
                orders.cancel(db, self.manager, order, "essai")
            except DomainError as refused:
                assert refused.code == "order.cancelled_by"

        @rule(order=placed)
        def start(self, order):
            if order is None:
                return
            try:
                orders.advance(db, self.pizzaiolo, order, OrderStatus.IN_PREPARATION)
            except DomainError as refused:
                assert refused.code in ("order.transition", "order.cancelled_by")

        @rule(ingredient=st.sampled_from([1, 2, 3]), packs=st.integers(1, 2))
        def receive(self, ingredient, packs):
            stock.receive(db, self.manager, {ingredient: packs})

        @rule(ingredient=st.sampled_from([1, 2, 3]), counted=st.integers(0, 600))
        def count(self, ingredient, counted):
            stock.count(db, self.manager, {ingredient: counted})

        @rule(ingredient=st.sampled_from([1, 2, 3]), quantity=st.integers(1, 200))
        def waste(self, ingredient, quantity):
            try:
                stock.waste(db, self.manager, ingredient, quantity, "essai")
            except DomainError as refused:
                assert refused.code == "stock.waste_too_much"

        @invariant()
        def balances_equal_ledgers_and_are_not_negative(self):
            assert ledger_mismatches(db) == 0

        @invariant()
        def open_orders_hold_what_their_lines_use(self):
            with db.engine.connect() as c:
                held = c.execute(
                    text(
                        "SELECT o.id, m.ingredient_id, SUM(m.delta) FROM orders o JOIN "
                        "stock_movements m ON m.order_id = o.id WHERE o.status IN "
                        "('received', 'in_preparation') GROUP BY o.id, m.ingredient_id"
                    )
                ).all()
                lines = c.execute(
                    text(
                        "SELECT l.order_id, r.ingredient_id, SUM(l.quantity * r.quantity) FROM "
                        "order_lines l JOIN recipe_lines r ON r.product_id = l.product_id JOIN "
                        "orders o ON o.id = l.order_id WHERE o.status IN ('received', "
                        "'in_preparation') GROUP BY l.order_id, r.ingredient_id"
                    )
                ).all()
            reserved = Counter({(o, i): -int(q) for o, i, q in held if q})
            recipe = Counter({(o, i): int(q) for o, i, q in lines})
            # Customisations move cheese and sauce; the dough is one per pizza whatever.
            for (order, ingredient), quantity in recipe.items():
                if ingredient == self.w.dough:
                    assert reserved[(order, ingredient)] == quantity

        @invariant()
        def cancelled_before_the_oven_hold_nothing(self):
            with db.engine.connect() as c:
                rows = c.execute(
                    text(
                        "SELECT COALESCE(SUM(m.delta), 0) FROM orders o "
                        "JOIN order_status_history h ON h.order_id = o.id "
                        "AND h.to_status = 'cancelled' AND h.from_status = 'received' "
                        "JOIN stock_movements m ON m.order_id = o.id "
                        "GROUP BY o.id"
                    )
                ).all()
            assert all(total == 0 for (total,) in rows)

    run_state_machine_as_test(
        StockMachine,
        settings=settings(
            max_examples=12,
            stateful_step_count=15,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
