"""Enough of every ingredient in every store for the benches that place orders.

The demo seed leaves some stores short on purpose (the alerts need something to show), and a
bench that fails on "not enough basil" measures nothing. Added as a receipt, so each balance
still equals its ledger."""

from __future__ import annotations

from sqlalchemy import text

PLENTY = 100_000_000  # base units: a minute of Friday night many times over


def stock_up(connection) -> None:
    connection.execute(text("UPDATE stock_balances SET quantity = quantity + :q"), {"q": PLENTY})
    connection.execute(
        text(
            "INSERT INTO stock_movements (store_id, ingredient_id, kind, delta, created_at) "
            "SELECT store_id, ingredient_id, 'receipt', :q, UTC_TIMESTAMP(6) FROM stock_balances"
        ),
        {"q": PLENTY},
    )
