"""Helpers for service tests: staff sessions without argon2, cart building, snapshots."""

from __future__ import annotations

import hashlib
import uuid
from datetime import timedelta

import keyring.backend
import keyring.errors
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import Base, Ingredient, Product, Store, User
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import Channel, OrderMode
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.orders import OrderRequest


def staff(ctx, username: str) -> StaffSession:
    """The session sign_in would return (without paying for argon2 in every test)."""
    with Session(ctx.engine) as db:
        user, store_name = db.execute(
            select(User, Store.name)
            .outerjoin(Store, Store.id == User.store_id)
            .where(User.username == username)
        ).one()
        return StaffSession(
            user.id, user.username, user.full_name, user.role, user.store_id, store_name
        )


def product_id(ctx, code: str) -> int:
    with Session(ctx.engine) as db:
        return db.execute(select(Product.id).where(Product.code == code)).scalar_one()


def ingredient_id(ctx, code: str) -> int:
    with Session(ctx.engine) as db:
        return db.execute(select(Ingredient.id).where(Ingredient.code == code)).scalar_one()


def balance(ctx, store_id: int, ingredient: int) -> int:
    with ctx.engine.connect() as c:
        return c.execute(
            text("SELECT quantity FROM stock_balances WHERE store_id = :s AND ingredient_id = :i"),
            {"s": store_id, "i": ingredient},
        ).scalar_one()


def balances(ctx, store_id: int) -> dict[int, int]:
    with ctx.engine.connect() as c:
        return dict(
            c.execute(
                text("SELECT ingredient_id, quantity FROM stock_balances WHERE store_id = :s"),
                {"s": store_id},
            ).all()
        )


def set_balance(ctx, store_id: int, ingredient: int, quantity: int) -> None:
    """Through an adjustment row, so the ledger still adds up."""
    with ctx.engine.begin() as c:
        now = utcnow()
        current = c.execute(
            text("SELECT quantity FROM stock_balances WHERE store_id = :s AND ingredient_id = :i"),
            {"s": store_id, "i": ingredient},
        ).scalar_one()
        if current == quantity:
            return
        c.execute(  # the ledger's trigger moves the balance with the row
            Base.metadata.tables["stock_movements"]
            .insert()
            .values(
                store_id=store_id,
                ingredient_id=ingredient,
                kind="adjustment",
                delta=quantity - current,
                created_at=now,
                reason="test set-up",
            )
        )


def ledger_mismatches(ctx) -> int:
    with ctx.engine.connect() as c:
        return c.execute(
            text(
                "SELECT COUNT(*) FROM stock_balances b WHERE quantity <> "
                "(SELECT COALESCE(SUM(delta), 0) FROM stock_movements m "
                "WHERE m.store_id = b.store_id AND m.ingredient_id = b.ingredient_id) "
                "OR quantity < 0"
            )
        ).scalar_one()


def snapshot(ctx) -> dict[str, str]:
    """A digest of every table's rows: equal snapshots mean nothing was written."""
    digests = {}
    with ctx.engine.connect() as c:
        quote = c.dialect.identifier_preparer.quote
        for table in Base.metadata.sorted_tables:
            order = ", ".join(quote(col.name) for col in table.primary_key.columns)
            rows = c.exec_driver_sql(f"SELECT * FROM {table.name} ORDER BY {order}").all()
            digests[table.name] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return digests


def request(
    *lines: CartLine, mode=OrderMode.TAKEAWAY, channel=Channel.PHONE, minutes=30, **kwargs
) -> OrderRequest:
    return OrderRequest(
        client_key=str(uuid.uuid4()),
        channel=channel,
        mode=mode,
        lines=tuple(lines),
        promised_at=utcnow() + timedelta(minutes=minutes),
        **kwargs,
    )


class MemoryKeyring(keyring.backend.KeyringBackend):
    """The OS keyring of a test PC."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)
