"""What changed since a screen last looked: the live feed behind every open screen.

Database triggers keep a revision counter per store and topic (`change_marks`: orders, stock,
menu, deliveries) and stamp each order with the revision of its last change (migration 0002).
A screen calls `poll` once a second with the marks it has seen: one statement reads the store's few
counters (primary key) and the orders stamped above the seen revision (index on store_id,
revision), usually none. Nothing is reloaded unless something changed, and then only that.
The same statement reads the maintenance switch (one primary-key row of app_settings), so
open windows learn within a second that maintenance began, without a query of their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import BigInteger, String, and_, cast, literal, null, or_, select, union_all
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import AppSetting, ChangeMark, Order
from ocpizza_desk.db.setting_keys import MAINTENANCE_KEY
from ocpizza_desk.domain.enums import OrderStatus
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.maintenance import OFF, Maintenance

ORDERS, STOCK, MENU = "orders", "stock", "menu"
DELIVERIES = "deliveries"  # trips and drivers' shifts (migration 0003)
MAX_CHANGED = 300  # more than this since the last look (a PC back from a long sleep): reload

Marks = dict[tuple[int, str], int]  # (store id, topic) -> revision


@dataclass(frozen=True)
class ChangedOrder:
    order_id: int
    store_id: int
    status: OrderStatus
    version: int
    revision: int


@dataclass(frozen=True)
class Changes:
    marks: Marks
    orders: tuple[ChangedOrder, ...] = ()
    too_many: bool = False  # more orders changed than MAX_CHANGED: reload the whole view
    maintenance: Maintenance = OFF  # the chain-wide switch, read in the same statement

    def moved(self, seen: Mapping[tuple[int, str], int] | None, topic: str) -> bool:
        """Did `topic` move in any store since `seen`?"""
        if seen is None:
            return False
        return any(
            revision != seen.get(key) for key, revision in self.marks.items() if key[1] == topic
        )


def poll(
    ctx: ServiceContext,
    session: StaffSession,
    seen: Mapping[tuple[int, str], int] | None = None,
    store_id: int | None = None,
) -> Changes:
    """The current marks of the user's store (head office: every store, or `store_id`), and
    the orders changed after the marks in `seen`. One statement."""
    if store_id is None and session.role.is_store_bound:
        store_id = session.store_id
    require(session, Permission.VIEW_DASHBOARD, store_id)

    def work(db: Session) -> Changes:
        marks_query = select(
            ChangeMark.store_id,
            ChangeMark.topic,
            ChangeMark.revision,
            cast(null(), BigInteger).label("order_id"),
            cast(null(), String).label("status"),
            cast(null(), BigInteger).label("version"),
        )
        if store_id is not None:
            marks_query = marks_query.where(ChangeMark.store_id == store_id)
        seen_orders = {
            store: revision
            for (store, topic), revision in (seen or {}).items()
            if topic == ORDERS and (store_id is None or store == store_id)
        }
        # The switch's JSON as text in the `status` column (store_id NULL tells it apart).
        switch_query = select(
            cast(null(), BigInteger).label("store_id"),
            literal(MAINTENANCE_KEY, String).label("topic"),
            cast(null(), BigInteger).label("revision"),
            cast(null(), BigInteger).label("order_id"),
            cast(AppSetting.value, String).label("status"),
            cast(null(), BigInteger).label("version"),
        ).where(AppSetting.key == MAINTENANCE_KEY)
        statement = union_all(marks_query, switch_query)
        if seen_orders:
            orders_query = (
                select(
                    Order.store_id,
                    literal("order", String).label("topic"),
                    Order.revision,
                    Order.id,
                    Order.status,
                    Order.version,
                )
                .where(
                    or_(
                        *(
                            and_(Order.store_id == store, Order.revision > revision)
                            for store, revision in sorted(seen_orders.items())
                        )
                    )
                )
                .limit(MAX_CHANGED + 1)
            )
            statement = union_all(marks_query, switch_query, orders_query.subquery().select())
        marks: Marks = {}
        changed: list[ChangedOrder] = []
        maintenance = OFF
        for store, topic, revision, order_id, status, version in db.execute(statement):
            if store is None:
                maintenance = Maintenance.from_value(status)
            elif topic == "order":
                changed.append(
                    ChangedOrder(order_id, store, OrderStatus(status), version, revision)
                )
            else:
                marks[(store, topic)] = revision
        if len(changed) > MAX_CHANGED:
            return Changes(marks, (), too_many=True, maintenance=maintenance)
        changed.sort(key=lambda c: c.revision)
        return Changes(marks, tuple(changed), maintenance=maintenance)

    return ctx.transaction(work)
