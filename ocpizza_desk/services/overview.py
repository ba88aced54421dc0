"""The dashboard: today at a glance, for one store or (head office) the whole chain."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import Ingredient, Order, StockBalance, Store
from ocpizza_desk.domain.clock import PARIS, paris_midnight, utcnow
from ocpizza_desk.domain.enums import OPEN_STATUSES, OrderStatus, Unit
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.closures import SigningStatus, signing_status
from ocpizza_desk.services.context import ServiceContext

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class StoreToday:
    store_id: int
    code: str
    name: str
    address: str
    phone: str
    opening_today: tuple[tuple[str, str], ...]  # (("11:30", "14:30"), ...); empty: closed
    orders_today: int
    cancelled_today: int
    open_by_status: dict[OrderStatus, int]
    revenue_today_cents: int | None  # None: this role does not see money
    under_threshold: int

    @property
    def open_orders(self) -> int:
        return sum(self.open_by_status.values())


@dataclass(frozen=True)
class StockAlert:
    store_id: int
    store_name: str
    ingredient_id: int
    ingredient: str
    unit: Unit
    quantity: int
    threshold: int


@dataclass(frozen=True)
class Overview:
    generated_at: datetime
    stores: list[StoreToday]
    alerts: list[StockAlert] = field(default_factory=list)  # only for roles that see stock
    # The administrator's: signing keys and recent closures left unsigned (else None).
    signing: SigningStatus | None = None


def overview(ctx: ServiceContext, session: StaffSession) -> Overview:
    require(session, Permission.VIEW_DASHBOARD)
    return ctx.transaction(lambda db: _overview(db, session, utcnow()))


def _overview(db: Session, session: StaffSession, now: datetime) -> Overview:
    store_filter = [Store.id == session.store_id] if session.role.is_store_bound else []
    local_now = now.astimezone(PARIS)
    day_start = paris_midnight(local_now.date())
    stores = (
        db.execute(select(Store).where(Store.active, *store_filter).order_by(Store.id))
        .scalars()
        .all()
    )
    ids = [s.id for s in stores]

    today: dict[int, dict[OrderStatus, tuple[int, int]]] = {i: {} for i in ids}
    for store_id, status, count, total in db.execute(
        select(
            Order.store_id,
            Order.status,
            func.count(),
            func.coalesce(func.sum(Order.total_cents), 0),
        )
        .where(Order.created_at >= day_start, Order.store_id.in_(ids))
        .group_by(Order.store_id, Order.status)
    ):
        today[store_id][status] = (count, int(total))
    open_now: dict[int, dict[OrderStatus, int]] = {i: {} for i in ids}
    for store_id, status, count in db.execute(
        select(Order.store_id, Order.status, func.count())
        .where(Order.store_id.in_(ids), Order.status.in_(OPEN_STATUSES))
        .group_by(Order.store_id, Order.status)
    ):
        open_now[store_id][status] = count

    sees_stock = session.can(Permission.VIEW_STOCK) or session.can(Permission.MANAGE_STOCK)
    alert_rows = db.execute(
        select(StockBalance, Ingredient.name, Ingredient.unit, Store.name)
        .join(Ingredient, Ingredient.id == StockBalance.ingredient_id)
        .join(Store, Store.id == StockBalance.store_id)
        .where(StockBalance.store_id.in_(ids), StockBalance.quantity < StockBalance.threshold)
        .order_by(Store.id, Ingredient.name)
    ).all()
    alerts = [
        StockAlert(
            store_id=balance.store_id,
            store_name=store_name,
            ingredient_id=balance.ingredient_id,
            ingredient=name,
            unit=unit,
            quantity=balance.quantity,
            threshold=balance.threshold,
        )
        for balance, name, unit, store_name in alert_rows
    ]
    sees_money = session.can(Permission.VIEW_REPORTS)
    weekday = WEEKDAYS[local_now.weekday()]
    result = []
    for store in stores:
        counts = today[store.id]
        revenue = sum(t for s, (_, t) in counts.items() if s is not OrderStatus.CANCELLED)
        result.append(
            StoreToday(
                store_id=store.id,
                code=store.code,
                name=store.name,
                address=f"{store.street}, {store.postcode} {store.city}",
                phone=store.phone,
                opening_today=tuple(tuple(slot) for slot in store.opening_hours.get(weekday, [])),
                orders_today=sum(c for c, _ in counts.values()),
                cancelled_today=counts.get(OrderStatus.CANCELLED, (0, 0))[0],
                open_by_status=open_now[store.id],
                revenue_today_cents=revenue if sees_money else None,
                under_threshold=sum(1 for a in alerts if a.store_id == store.id),
            )
        )
    signing = (
        signing_status(db, None if not session.role.is_store_bound else ids, now)
        if session.can(Permission.ADMINISTER)
        else None
    )
    return Overview(
        generated_at=now, stores=result, alerts=alerts if sees_stock else [], signing=signing
    )
