"""Enough of every ingredient in every store for the benches that place orders, and every
store open at any hour.

The demo seed leaves some stores short on purpose (the alerts need something to show), and a
bench that fails on "not enough basil" measures nothing. Added as a receipt, so each balance
still equals its ledger. Likewise a bench run at night must not be refused for the demo's
opening hours (issue 20): the stores are opened around the clock, their closures removed, and
their zones widened (the placing still reads and checks them: the same statements)."""

from __future__ import annotations

from sqlalchemy import text

PLENTY = 100_000_000  # base units: a minute of Friday night many times over


def stock_up(connection) -> None:
    """One receipt row per balance: the ledger's trigger moves the balance with it. The
    balances are read first: MariaDB refuses an INSERT … SELECT FROM stock_balances whose
    trigger updates stock_balances (error 1442)."""
    balances = connection.execute(text("SELECT store_id, ingredient_id FROM stock_balances")).all()
    connection.execute(
        text(
            "INSERT INTO stock_movements (store_id, ingredient_id, kind, delta, created_at) "
            "VALUES (:s, :i, 'receipt', :q, UTC_TIMESTAMP(6))"
        ),
        [{"s": store, "i": ingredient, "q": PLENTY} for store, ingredient in balances],
    )
    open_all_day(connection)


ALL_DAY = '{"mon": [["00:00", "24:00"]], "tue": [["00:00", "24:00"]], "wed": [["00:00", "24:00"]], "thu": [["00:00", "24:00"]], "fri": [["00:00", "24:00"]], "sat": [["00:00", "24:00"]], "sun": [["00:00", "24:00"]]}'  # noqa: E501


def open_all_day(connection) -> None:
    connection.execute(
        text("UPDATE stores SET opening_hours = :h, delivery_radius_m = 50000"), {"h": ALL_DAY}
    )
    connection.execute(text("DELETE FROM store_closures"))
