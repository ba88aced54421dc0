"""Race losers are told the truth (MariaDB, deterministic interleavings).

A hook on the engine lets another till commit its change at the exact moment this till's
transaction is between its snapshot and its write: the refusal must name what the other till
did (the product and the ingredient that ran out), read from the committed state, never from
this transaction's old snapshot.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.errors import StockError
from ocpizza_desk.services import orders
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext
from tests.factories import build_tiny
from tests.helpers import ledger_mismatches, request

pytestmark = pytest.mark.mysql_only

COUNTER = StaffSession(1, "counter.test", "Counter Test", Role.COUNTER, 1, "OC Pizza Test")


@pytest.fixture
def mariadb(new_database):
    from ocpizza_desk.db import schema

    ctx = ServiceContext(new_database("mariadb"))
    schema.upgrade(ctx.engine)
    yield ctx
    ctx.close()


def test_the_till_that_loses_the_last_portion_is_told_which_pizza_and_ingredient(mariadb):
    build_tiny(mariadb, {"dough": 1})
    other = ServiceContext(mariadb.config)
    fired = []

    def other_till_first(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO ORDERS") and not fired:
            fired.append(True)  # our snapshot is taken: the other till sells the last one now
            orders.place(other, COUNTER, request(CartLine(1, 1)))

    event.listen(mariadb.engine, "before_cursor_execute", other_till_first)
    try:
        with pytest.raises(StockError) as lost:
            orders.place(mariadb, COUNTER, request(CartLine(1, 1)))
    finally:
        event.remove(mariadb.engine, "before_cursor_execute", other_till_first)
        other.close()
    assert fired
    message = lost.value.message("fr")
    assert lost.value.code == "stock.insufficient"
    assert "?" not in message and "Pâton" in message
    with mariadb.engine.connect() as c:
        assert c.execute(text("SELECT COUNT(*) FROM orders")).scalar() == 1
    assert ledger_mismatches(mariadb) == 0
