"""Daily summaries of the reports' figures, per store and Paris calendar day (migration 0006).

A report over months reads these small tables for the days they cover and reads the orders
themselves only for the days they do not: today, a day not summarised yet, a day changed
since it was summarised. The figures are those of `services/reports.py`'s exact computation
(the reference), day by day, in forms that add up over any period:

- per day: orders placed, cancelled, sold (not cancelled, with lines), TTC, HT (rounded per
  order and VAT rate, so days add up), discounts, completed and late orders;
- per day and channel: orders, TTC, HT; per day, product and VAT rate: quantity and TTC (HT
  is rounded over the report's whole period per product and rate, from the summed TTC);
- per day and tender: payments (by the Paris day they were received) and refunds (by the day
  they were given back);
- per day, kind (preparation, delivery, lateness) and 30-second bucket: how many orders took
  that long, so a percentile over any period comes from summing histograms, within 15 s of
  the exact value (each bucket is reported by its middle);
- per day and ingredient: the ledger's order, cancellation, waste and adjustment deltas.

Exact for the days they cover, and known to be so. Each day row keeps the marks of what it
includes: the store's orders revision (`change_marks`, bumped by a trigger on every insert or
update of an order, whoever writes, and committed in order), and the last payment, refund
and stock movement ids then settled (rows more than `SETTLE` old: ids are taken at insert and
may commit out of order; every till transaction ends within its 10 s deadline). A later
change of that day (an old order modified or cancelled, a payment recorded for it) carries a
higher mark: readers then read that day from the orders, and the next refresh recomputes it.
`summary_marks` says, per store, up to where changes have been looked at, so that looking
for them reads only what changed since (index on (store_id, revision), primary keys).

Filled by `refresh_day` (one store's day, in the caller's transaction: the Z closure), and
by `refresh` (the catch-up: `ocpizza-desk reports refresh`, and every few minutes on a
head-office PC): every day over for `GRACE` that is not summarised or has changed, in
transactions of a few store-days each. A backup saves and restores these tables with the
rest (their marks stay consistent with the orders they describe); a GDPR erasure touches
no figure.
"""

from __future__ import annotations

import logging
import threading
import time as clock
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import (
    and_,
    case,
    delete,
    func,
    insert,
    literal,
    not_,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from ocpizza_desk.db.models import (
    ChangeMark,
    DayChannelSales,
    DayProductSales,
    DayStock,
    DaySummary,
    DayTakings,
    DayTimings,
    Order,
    OrderLine,
    OrderStatusChange,
    Payment,
    Refund,
    StockMovement,
    Store,
    SummaryMarks,
)
from ocpizza_desk.db.sqlfunctions import (
    IntDiv,
    LocalDate,
    MonthStart,
    SecondsBetween,
    WeekStart,
    as_date,
)
from ocpizza_desk.db.sqlfunctions import excluding_vat as sql_excluding_vat
from ocpizza_desk.db.sqlfunctions import paris_offsets as _paris_offsets
from ocpizza_desk.domain.clock import paris_day, paris_midnight, utcnow
from ocpizza_desk.domain.enums import OrderStatus, StockMovementKind
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.pricing import BASIS_POINTS
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.context import ServiceContext, Tx, core

log = logging.getLogger(__name__)

BUCKET_S = 30  # the timings' resolution: percentiles within BUCKET_S / 2 of the exact value
GRACE = timedelta(minutes=10)  # a day is summarised by the catch-up once over this long
SETTLE = timedelta(seconds=60)  # a row's id is trusted as a mark once its row is this old
STORE_DAYS_PER_TRANSACTION = 10  # the catch-up's transactions: about 3 s each on 1 M orders
KINDS = ("preparation", "delivery", "lateness")
MOVEMENT_KINDS = (
    StockMovementKind.ORDER,
    StockMovementKind.CANCELLATION,
    StockMovementKind.WASTE,
    StockMovementKind.ADJUSTMENT,
)

StoreDay = tuple[int, date]


@dataclass(frozen=True)
class Marks:
    """What a summary includes: orders up to this revision of their store, payments,
    refunds and stock movements up to these ids."""

    orders_revision: int = 0
    payment_id: int = 0
    refund_id: int = 0
    movement_id: int = 0

    def behind(self, other: Marks) -> bool:
        """Something in `other` (the latest change of a day) is newer than these marks."""
        return (
            other.orders_revision > self.orders_revision
            or other.payment_id > self.payment_id
            or other.refund_id > self.refund_id
            or other.movement_id > self.movement_id
        )


@dataclass
class Figures:
    """The summaries of some store-days, in memory: summable, keyed like the tables."""

    # (store, day) -> [orders, cancelled, sold, ttc, ht, discount, completed, late]
    days: dict[StoreDay, list[int]] = field(default_factory=dict)
    # (store, day, channel) -> [orders, ttc, ht]
    channels: dict[tuple[int, date, str], list[int]] = field(default_factory=dict)
    # (store, day, product, size label, rate) -> [quantity, ttc]
    products: dict[tuple[int, date, int, str, int], list[int]] = field(default_factory=dict)
    # (store, day, tender) -> [payments, refunds]
    takings: dict[tuple[int, date, str], list[int]] = field(default_factory=dict)
    # (store, day, kind, bucket) -> orders
    timings: dict[tuple[int, date, str, int], int] = field(default_factory=dict)
    # (store, day, ingredient) -> [ordered, given_back, wasted, adjusted]
    stock: dict[tuple[int, date, int], list[int]] = field(default_factory=dict)

    def day(self, store_id: int, day: date) -> list[int]:
        return self.days.setdefault((store_id, day), [0] * 8)


DAY_COLUMNS = ("orders", "cancelled", "sold", "ttc_cents", "ht_cents", "discount_cents")
DAY_COLUMNS += ("completed", "late")


# --------------------------------------------------------------------------- helpers


def last_summarisable_day(now: datetime) -> date:
    """The latest day the catch-up summarises: over for at least GRACE."""
    return paris_day(now - GRACE) - timedelta(days=1)


def ht_cents(ttc: int, rate_bp: int) -> int:
    """HT of a TTC sum at one VAT rate, rounded half up (as `sqlfunctions.excluding_vat` in SQL)."""
    divisor = BASIS_POINTS + rate_bp
    return (2 * ttc * BASIS_POINTS + divisor) // (2 * divisor)


def _bucket_sql(seconds):
    """floor(seconds / BUCKET_S), negative values included (DIV and '/' truncate)."""
    return case(
        (seconds >= 0, IntDiv(seconds, BUCKET_S)),
        else_=-IntDiv(BUCKET_S - 1 - seconds, BUCKET_S),
    )


def bucket_middle(bucket: int) -> int:
    return bucket * BUCKET_S + BUCKET_S // 2


def percentile(histogram: dict[int, int], percent: int) -> int | None:
    """Nearest-rank percentile of a histogram of buckets (the middle of the bucket that holds
    the value the exact computation would give)."""
    total = sum(histogram.values())
    if total == 0:
        return None
    rank = (percent * total + 99) // 100
    seen = 0
    for bucket in sorted(histogram):
        seen += histogram[bucket]
        if seen >= rank:
            return bucket_middle(bucket)
    return bucket_middle(max(histogram))  # pragma: no cover - rank <= total


def days_between(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def spans(days: Iterable[date]) -> list[tuple[date, date]]:
    """Consecutive runs of days, as (first, last) pairs."""
    runs: list[tuple[date, date]] = []
    for day in sorted(set(days)):
        if runs and runs[-1][1] + timedelta(days=1) == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


# --------------------------------------------------------------------------- computing


class _Span:
    """The orders, money and stock of some stores over some Paris days, summarised by the
    database (never a Python loop over orders), grouped by store and day."""

    def __init__(self, db: Tx, store_ids: tuple[int, ...], first: date, last: date) -> None:
        self.db = db
        self.store_ids = store_ids
        self.start = paris_midnight(first)
        self.end = paris_midnight(last + timedelta(days=1))
        self.offsets = _paris_offsets(self.start, self.end)

    def day(self, column):
        return LocalDate(column, self.offsets)

    def orders(self, *extra) -> list:
        return [
            Order.store_id.in_(self.store_ids),
            Order.created_at >= self.start,
            Order.created_at < self.end,
            *extra,
        ]

    def compute(self) -> Figures:
        figures = Figures()
        self._counts(figures)
        self._sales(figures)
        self._products(figures)
        self._timings(figures)
        self._takings(figures)
        self._stock(figures)
        return figures

    def _counts(self, figures: Figures) -> None:
        day = self.day(Order.created_at).label("day")
        for store_id, when, n, cancelled in self.db.execute(
            select(
                Order.store_id,
                day,
                func.count(),
                func.sum(case((Order.status == OrderStatus.CANCELLED.value, 1), else_=0)),
            )
            .where(*self.orders())
            .group_by(Order.store_id, day)
        ):
            row = figures.day(store_id, as_date(when))
            row[0] += int(n)
            row[1] += int(cancelled or 0)
        done = aliased(OrderStatusChange)
        for store_id, when, n, late in self.db.execute(
            select(
                Order.store_id,
                day,
                func.count(),
                func.sum(case((done.changed_at > Order.promised_at, 1), else_=0)),
            )
            .join(
                done,
                and_(
                    done.order_id == Order.id,
                    done.to_status.in_([OrderStatus.DELIVERED.value, OrderStatus.COLLECTED.value]),
                ),
            )
            .where(*self.orders())
            .group_by(Order.store_id, day)
            .prefix_with("STRAIGHT_JOIN", dialect="mysql")
        ):
            row = figures.day(store_id, as_date(when))
            row[6] += int(n)
            row[7] += int(late or 0)

    def _sales(self, figures: Figures) -> None:
        """TTC (net of discounts), HT rounded per order and rate, discounts, by channel."""
        per_rate = (
            select(
                Order.id.label("order_id"),
                Order.store_id.label("store_id"),
                self.day(Order.created_at).label("day"),
                Order.channel.label("channel"),
                OrderLine.vat_rate_bp.label("rate"),
                func.sum(OrderLine.line_total_cents - OrderLine.discount_cents).label("ttc"),
                func.sum(OrderLine.discount_cents).label("discount"),
            )
            .select_from(Order)
            .join(OrderLine, OrderLine.order_id == Order.id)
            .where(*self.orders(Order.status != OrderStatus.CANCELLED.value))
            .group_by(
                Order.id,
                Order.store_id,
                self.day(Order.created_at),
                Order.channel,
                OrderLine.vat_rate_bp,
            )
            .prefix_with("STRAIGHT_JOIN", dialect="mysql")
            .subquery()
        )
        for store_id, when, channel, n, ttc, ht, discount in self.db.execute(
            select(
                per_rate.c.store_id,
                per_rate.c.day,
                per_rate.c.channel,
                func.count(func.distinct(per_rate.c.order_id)),
                func.sum(per_rate.c.ttc),
                func.sum(sql_excluding_vat(per_rate.c.ttc, per_rate.c.rate)),
                func.sum(per_rate.c.discount),
            ).group_by(per_rate.c.store_id, per_rate.c.day, per_rate.c.channel)
        ):
            when = as_date(when)
            row = figures.day(store_id, when)
            row[2] += int(n)
            row[3] += int(ttc)
            row[4] += int(ht)
            row[5] += int(discount)
            sums = figures.channels.setdefault((store_id, when, str(channel)), [0, 0, 0])
            sums[0] += int(n)
            sums[1] += int(ttc)
            sums[2] += int(ht)

    def _products(self, figures: Figures) -> None:
        day = self.day(Order.created_at).label("day")
        for store_id, when, product_id, size, rate, quantity, ttc in self.db.execute(
            select(
                Order.store_id,
                day,
                OrderLine.product_id,
                OrderLine.size_label,
                OrderLine.vat_rate_bp,
                func.sum(OrderLine.quantity),
                func.sum(OrderLine.line_total_cents - OrderLine.discount_cents),
            )
            .select_from(Order)
            .join(OrderLine, OrderLine.order_id == Order.id)
            .where(*self.orders(Order.status != OrderStatus.CANCELLED.value))
            .group_by(
                Order.store_id,
                day,
                OrderLine.product_id,
                OrderLine.size_label,
                OrderLine.vat_rate_bp,
            )
            .prefix_with("STRAIGHT_JOIN", dialect="mysql")
        ):
            key = (store_id, as_date(when), int(product_id), size or "", int(rate))
            sums = figures.products.setdefault(key, [0, 0])
            sums[0] += int(quantity)
            sums[1] += int(ttc)

    def _timings(self, figures: Figures) -> None:
        ready = aliased(OrderStatusChange)
        done = aliased(OrderStatusChange)
        day = self.day(Order.created_at)
        is_ready = and_(ready.order_id == Order.id, ready.to_status == OrderStatus.READY.value)
        preparation = (
            select(
                Order.store_id.label("store_id"),
                day.label("day"),
                literal("preparation").label("kind"),
                SecondsBetween(Order.created_at, ready.changed_at).label("seconds"),
            )
            .join(ready, is_ready)
            .where(*self.orders())
        )
        delivery = (
            select(
                Order.store_id,
                day,
                literal("delivery"),
                SecondsBetween(ready.changed_at, done.changed_at),
            )
            .join(ready, is_ready)
            .join(
                done,
                and_(done.order_id == Order.id, done.to_status == OrderStatus.DELIVERED.value),
            )
            .where(*self.orders())
        )
        lateness = (
            select(
                Order.store_id,
                day,
                literal("lateness"),
                SecondsBetween(Order.promised_at, done.changed_at),
            )
            .join(
                done,
                and_(
                    done.order_id == Order.id,
                    done.to_status.in_([OrderStatus.DELIVERED.value, OrderStatus.COLLECTED.value]),
                ),
            )
            .where(*self.orders(done.changed_at > Order.promised_at))
        )
        timed = union_all(preparation, delivery, lateness).subquery()
        bucket = _bucket_sql(timed.c.seconds).label("bucket")
        for store_id, when, kind, slot, n in self.db.execute(
            select(timed.c.store_id, timed.c.day, timed.c.kind, bucket, func.count()).group_by(
                timed.c.store_id, timed.c.day, timed.c.kind, bucket
            )
        ):
            key = (store_id, as_date(when), str(kind), int(slot))
            figures.timings[key] = figures.timings.get(key, 0) + int(n)

    def _takings(self, figures: Figures) -> None:
        paid_day = self.day(Payment.received_at).label("day")
        for store_id, when, tender, amount in self.db.execute(
            select(Order.store_id, paid_day, Payment.tender, func.sum(Payment.amount_cents))
            .select_from(Payment)
            .join(Order, Order.id == Payment.order_id)
            .where(
                Payment.received_at >= self.start,
                Payment.received_at < self.end,
                Order.store_id.in_(self.store_ids),
            )
            .group_by(Order.store_id, paid_day, Payment.tender)
        ):
            key = (store_id, as_date(when), str(tender))
            figures.takings.setdefault(key, [0, 0])[0] += int(amount)
        refund_day = self.day(Refund.created_at).label("day")
        for store_id, when, tender, amount in self.db.execute(
            select(Refund.store_id, refund_day, Refund.tender, func.sum(Refund.amount_cents))
            .where(
                Refund.created_at >= self.start,
                Refund.created_at < self.end,
                Refund.store_id.in_(self.store_ids),
            )
            .group_by(Refund.store_id, refund_day, Refund.tender)
        ):
            key = (store_id, as_date(when), str(tender))
            figures.takings.setdefault(key, [0, 0])[1] += int(amount)

    def _stock(self, figures: Figures) -> None:
        day = self.day(StockMovement.created_at).label("day")
        sums = [
            func.sum(case((StockMovement.kind == kind.value, StockMovement.delta), else_=0))
            for kind in MOVEMENT_KINDS
        ]
        for store_id, when, ingredient_id, *deltas in self.db.execute(
            select(StockMovement.store_id, day, StockMovement.ingredient_id, *sums)
            .where(
                StockMovement.store_id.in_(self.store_ids),
                StockMovement.created_at >= self.start,
                StockMovement.created_at < self.end,
                StockMovement.kind.in_([k.value for k in MOVEMENT_KINDS]),
            )
            .group_by(StockMovement.store_id, day, StockMovement.ingredient_id)
        ):
            row = figures.stock.setdefault((store_id, as_date(when), int(ingredient_id)), [0] * 4)
            for n, delta in enumerate(deltas):
                row[n] += int(delta or 0)


def compute(db: Tx, store_ids: Iterable[int], first: date, last: date) -> Figures:
    """The figures of these stores over these Paris days, from the orders themselves."""
    stores = tuple(sorted(set(store_ids)))
    if not stores or first > last:
        return Figures()
    return _Span(db, stores, first, last).compute()


# --------------------------------------------------------------------------- marks


def current_marks(db: Tx, store_ids: Iterable[int], now: datetime | None = None) -> dict:
    """{store_id: Marks} as this transaction sees the data now: each store's orders revision
    (committed in order, so every order change up to it is visible), and the last ids of
    payments, refunds and stock movements below the first row younger than SETTLE (a younger
    row may have neighbours with lower ids not committed yet)."""
    stores = tuple(sorted(set(store_ids)))
    now = now or utcnow()
    recent, ahead = now - SETTLE, now + SETTLE  # dated far ahead: not a row being written now
    revisions = dict(
        db.execute(
            select(ChangeMark.store_id, ChangeMark.revision).where(
                ChangeMark.store_id.in_(stores), ChangeMark.topic == "orders"
            )
        ).all()
    )
    all_stores = db.execute(select(Store.id)).scalars().all()
    settled = []
    for table, moment, where in (
        (Payment, Payment.received_at, ()),
        (Refund, Refund.created_at, (Refund.store_id.in_(all_stores),)),
        (StockMovement, StockMovement.created_at, (StockMovement.store_id.in_(all_stores),)),
    ):
        young = db.execute(
            select(func.min(table.id)).where(moment >= recent, moment <= ahead, *where)
        ).scalar()
        if young is not None:
            settled.append(int(young) - 1)
        else:
            settled.append(int(db.execute(select(func.max(table.id))).scalar() or 0))
    return {s: Marks(int(revisions.get(s, 0)), *settled) for s in stores}


def store_marks(db: Tx, store_ids: Iterable[int]) -> dict[int, Marks]:
    """Up to where changes have been looked at, per store (stores never refreshed: none)."""
    return {
        row.store_id: Marks(row.orders_revision, row.payment_id, row.refund_id, row.movement_id)
        for row in db.execute(
            select(SummaryMarks).where(SummaryMarks.store_id.in_(tuple(store_ids)))
        ).scalars()
    }


def changed_days(
    db: Tx, since: dict[int, Marks], start: datetime, end: datetime
) -> dict[StoreDay, Marks]:
    """The latest change of each store-day with a timestamp in [start, end) since the
    stores' marks: orders by revision (index on store_id, revision), payments, refunds and
    stock movements by id (primary keys): only what changed since is read."""
    if not since:
        return {}
    offsets = _paris_offsets(start, end)
    found: dict[StoreDay, list[int]] = {}

    def note(rows, slot: int) -> None:
        for store_id, when, top in rows:
            marks = found.setdefault((store_id, as_date(when)), [0, 0, 0, 0])
            marks[slot] = max(marks[slot], int(top))

    stores = tuple(since)
    order_day = LocalDate(Order.created_at, offsets).label("day")
    note(
        db.execute(
            select(Order.store_id, order_day, func.max(Order.revision))
            .where(
                or_(
                    *(
                        and_(Order.store_id == s, Order.revision > m.orders_revision)
                        for s, m in since.items()
                    )
                ),
                Order.created_at >= start,
                Order.created_at < end,
            )
            .group_by(Order.store_id, order_day)
        ),
        0,
    )
    # Payments (their store is their order's), refunds and stock movements: by id.
    by_id = (
        (Payment.id, Payment.received_at, Order.store_id, "payment_id", 1),
        (Refund.id, Refund.created_at, Refund.store_id, "refund_id", 2),
        (StockMovement.id, StockMovement.created_at, StockMovement.store_id, "movement_id", 3),
    )
    for row_id, moment, store, mark, slot in by_id:
        day = LocalDate(moment, offsets).label("day")
        query = (
            select(store, day, func.max(row_id))
            .where(
                row_id > min(getattr(m, mark) for m in since.values()),
                moment >= start,
                moment < end,
                store.in_(stores),
            )
            .group_by(store, day)
        )
        if row_id is Payment.id:
            query = query.select_from(Payment).join(Order, Order.id == Payment.order_id)
        note(db.execute(query), slot)
    return {key: Marks(*marks) for key, marks in found.items()}


def _summarised(
    db: Tx, store_ids: tuple[int, ...], first: date | None = None, last: date | None = None
) -> dict[StoreDay, Marks]:
    where = [DaySummary.store_id.in_(store_ids)]
    if first is not None:
        where.append(DaySummary.day >= first)
    if last is not None:
        where.append(DaySummary.day <= last)
    return {
        (store_id, as_date(day)): Marks(*marks)
        for store_id, day, *marks in db.execute(
            select(
                DaySummary.store_id,
                DaySummary.day,
                DaySummary.orders_revision,
                DaySummary.payment_id,
                DaySummary.refund_id,
                DaySummary.movement_id,
            ).where(*where)
        )
    }


# --------------------------------------------------------------------------- writing


def _lock_marks(db: Tx, store_ids: tuple[int, ...]) -> set[int]:
    """Lock the stores' summary_marks rows (in store order), creating those missing; return
    the stores that had no summarised day at all (their marks start at this transaction)."""
    connection = core(db)
    table = SummaryMarks.__table__
    locked = set(
        connection.execute(
            select(table.c.store_id)
            .where(table.c.store_id.in_(store_ids))
            .order_by(table.c.store_id)
            .with_for_update()
        ).scalars()
    )
    missing = [s for s in store_ids if s not in locked]
    if not missing:
        return set()
    connection.execute(
        insert(table)
        .prefix_with("IGNORE", dialect="mysql")
        .prefix_with("OR IGNORE", dialect="sqlite"),
        [{"store_id": s} for s in missing],
    )
    connection.execute(
        select(table.c.store_id)
        .where(table.c.store_id.in_(missing))
        .order_by(table.c.store_id)
        .with_for_update()
    ).all()
    with_days = set(
        connection.execute(
            select(DaySummary.store_id).where(DaySummary.store_id.in_(missing)).distinct()
        ).scalars()
    )
    return {s for s in missing if s not in with_days}


def _advance(db: Tx, marks: dict[int, Marks], now: datetime) -> None:
    """Move the stores' marks up to `marks` (never down)."""
    connection = core(db)
    table = SummaryMarks.__table__
    for store_id, m in marks.items():
        connection.execute(
            table.update()
            .where(table.c.store_id == store_id)
            .values(
                orders_revision=_greatest(connection, table.c.orders_revision, m.orders_revision),
                payment_id=_greatest(connection, table.c.payment_id, m.payment_id),
                refund_id=_greatest(connection, table.c.refund_id, m.refund_id),
                movement_id=_greatest(connection, table.c.movement_id, m.movement_id),
                checked_at=now,
            )
        )


def _greatest(connection, column, value: int):
    if connection.dialect.name == "sqlite":
        return func.max(column, value)  # SQLite's scalar max of its arguments
    return func.greatest(column, value)


def _write(
    db: Tx,
    figures: Figures,
    store_ids: tuple[int, ...],
    first: date,
    last: date,
    marks: dict[int, Marks],
    now: datetime,
) -> int:
    """Replace the summaries of these stores over [first, last] by `figures` (every day gets
    its row, zeros included, so that a day without orders is known as summarised)."""
    connection = core(db)
    tables = (DayChannelSales, DayProductSales, DayTakings, DayTimings, DayStock, DaySummary)
    for model in tables:
        table = model.__table__
        connection.execute(
            delete(table).where(
                table.c.store_id.in_(store_ids), table.c.day >= first, table.c.day <= last
            )
        )
    inside = set(store_ids)

    def wanted(key) -> bool:
        return key[0] in inside and first <= key[1] <= last

    day_rows = []
    for store_id in store_ids:
        m = marks[store_id]
        for day in days_between(first, last):
            values = figures.days.get((store_id, day), [0] * 8)
            day_rows.append(
                {
                    "store_id": store_id,
                    "day": day,
                    **dict(zip(DAY_COLUMNS, values, strict=True)),
                    "orders_revision": m.orders_revision,
                    "payment_id": m.payment_id,
                    "refund_id": m.refund_id,
                    "movement_id": m.movement_id,
                    "refreshed_at": now,
                }
            )
    _insert(connection, DaySummary, day_rows)
    _insert(
        connection,
        DayChannelSales,
        [
            {
                "store_id": k[0],
                "day": k[1],
                "channel": k[2],
                "orders": v[0],
                "ttc_cents": v[1],
                "ht_cents": v[2],
            }
            for k, v in figures.channels.items()
            if wanted(k)
        ],
    )
    _insert(
        connection,
        DayProductSales,
        [
            {
                "store_id": k[0],
                "day": k[1],
                "product_id": k[2],
                "size_label": k[3],
                "vat_rate_bp": k[4],
                "quantity": v[0],
                "ttc_cents": v[1],
            }
            for k, v in figures.products.items()
            if wanted(k)
        ],
    )
    _insert(
        connection,
        DayTakings,
        [
            {
                "store_id": k[0],
                "day": k[1],
                "tender": k[2],
                "payments_cents": v[0],
                "refunds_cents": v[1],
            }
            for k, v in figures.takings.items()
            if wanted(k)
        ],
    )
    _insert(
        connection,
        DayTimings,
        [
            {"store_id": k[0], "day": k[1], "kind": k[2], "bucket": k[3], "orders": v}
            for k, v in figures.timings.items()
            if wanted(k)
        ],
    )
    _insert(
        connection,
        DayStock,
        [
            {
                "store_id": k[0],
                "day": k[1],
                "ingredient_id": k[2],
                "ordered": v[0],
                "given_back": v[1],
                "wasted": v[2],
                "adjusted": v[3],
            }
            for k, v in figures.stock.items()
            if wanted(k)
        ],
    )
    return len(day_rows)


def _insert(connection, model, rows: list[dict], chunk: int = 2000) -> None:
    for n in range(0, len(rows), chunk):
        connection.execute(insert(model.__table__), rows[n : n + chunk])


def _refresh_span(
    db: Tx, store_ids: tuple[int, ...], first: date, last: date, now: datetime
) -> int:
    new = _lock_marks(db, store_ids)
    figures = compute(db, store_ids, first, last)
    marks = current_marks(db, store_ids, now)
    written = _write(db, figures, store_ids, first, last, marks, now)
    if new:
        _advance(db, {s: marks[s] for s in new}, now)
    return written


def refresh_day(db: Tx, store_id: int, day: date, now: datetime | None = None) -> None:
    """Summarise one store's day in the caller's transaction (the Z closure of that day):
    its figures as this transaction sees them, with the marks of what they include."""
    _refresh_span(db, (int(store_id),), day, day, now or utcnow())


# --------------------------------------------------------------------------- catch-up


@dataclass(frozen=True)
class RefreshReport:
    store_days: int  # store-days (re)computed
    changed: int  # of which summarised before and changed since
    transactions: int
    seconds: float
    through: date  # the last day summarised


@dataclass(frozen=True)
class _Plan:
    todo: dict[int, set[date]]  # store -> days to (re)compute
    changed: int
    marks: dict[int, Marks]  # the marks the plan saw: where changes were looked at up to


def _plan(db: Session, last: date, now: datetime) -> _Plan:
    stores = tuple(db.execute(select(Store.id).order_by(Store.id)).scalars())
    if not stores:
        return _Plan({}, 0, {})
    summarised = _summarised(db, stores)
    marks_now = current_marks(db, stores, now)
    looked = store_marks(db, stores)
    changed: set[StoreDay] = set()
    if summarised:
        earliest = min(day for _, day in summarised)
        since = {s: looked.get(s, Marks()) for s in {s for s, _ in summarised}}
        latest = changed_days(
            db, since, paris_midnight(earliest), paris_midnight(paris_day(now) + timedelta(2))
        )
        changed = {
            key for key, top in latest.items() if key in summarised and summarised[key].behind(top)
        }
    todo: dict[int, set[date]] = {}
    firsts = _first_days(db)
    for store_id in stores:
        first = firsts.get(store_id)
        days = todo.setdefault(store_id, set())
        if first is not None:
            days.update(
                day for day in days_between(first, last) if (store_id, day) not in summarised
            )
    for store_id, day in changed:
        todo.setdefault(store_id, set()).add(day)
    return _Plan({s: d for s, d in todo.items() if d}, len(changed), marks_now)


def _first_days(db: Tx) -> dict[int, date]:
    """Each store's first Paris day with an order, a refund or a stock movement (three
    grouped reads, whatever the number of stores)."""
    first: dict[int, datetime] = {}
    for model in (Order, StockMovement, Refund):
        for store_id, moment in db.execute(
            select(model.store_id, func.min(model.created_at)).group_by(model.store_id)
        ):
            if moment is not None and (store_id not in first or moment < first[store_id]):
                first[store_id] = moment
    return {store_id: paris_day(moment) for store_id, moment in first.items()}


def refresh(
    ctx: ServiceContext,
    session: StaffSession | None = None,
    *,
    now: datetime | None = None,
    progress: Callable[[float], None] | None = None,
    cancel: threading.Event | None = None,
) -> RefreshReport:
    """Summarise every day over for GRACE that is not summarised yet, and every summarised
    day changed since: a few store-days per transaction, then the stores' marks moved up.
    `session` None: the console (`ocpizza-desk reports refresh`) on a machine holding the
    database's credentials."""
    if session is not None:
        require(session, Permission.VIEW_REPORTS)
    started = clock.perf_counter()
    fixed = now is not None  # tests (and a replay) give their own clock to every step
    now = now or utcnow()
    last = last_summarisable_day(now)
    plan = ctx.transaction(lambda db: _plan(db, last, now))
    batches = _batches(plan.todo)
    written = 0
    for n, (stores, first, final) in enumerate(batches):
        if cancel is not None and cancel.is_set():
            break
        if progress is not None:
            progress(n / max(1, len(batches)))
        written += ctx.transaction(
            lambda db, s=stores, a=first, b=final: _refresh_span(
                db, s, a, b, now if fixed else utcnow()
            )
        )
    else:
        if plan.marks:
            ctx.transaction(lambda db: _advance_locked(db, plan.marks, now))
    if progress is not None:
        progress(1.0)
    report = RefreshReport(
        written, plan.changed, len(batches), clock.perf_counter() - started, last
    )
    if written:
        log.info(
            "report summaries: %d store-days (%d changed) in %d transactions, %.1f s",
            report.store_days,
            report.changed,
            report.transactions,
            report.seconds,
        )
    return report


def _advance_locked(db: Session, marks: dict[int, Marks], now: datetime) -> None:
    _lock_marks(db, tuple(sorted(marks)))
    _advance(db, marks, now)


def _batches(todo: dict[int, set[date]]) -> list[tuple[tuple[int, ...], date, date]]:
    """(stores, first, last): runs of consecutive days, each with the stores that have work
    on them, cut so that a transaction holds about STORE_DAYS_PER_TRANSACTION store-days."""
    everything = sorted({day for days in todo.values() for day in days})
    batches = []
    for first, last in spans(everything):
        stores_on = tuple(
            sorted(s for s, days in todo.items() if any(first <= d <= last for d in days))
        )
        width = max(1, STORE_DAYS_PER_TRANSACTION // max(1, len(stores_on)))
        day = first
        while day <= last:
            end = min(last, day + timedelta(days=width - 1))
            stores = tuple(
                sorted(s for s, days in todo.items() if any(day <= d <= end for d in days))
            )
            batches.append((stores, day, end))
            day = end + timedelta(days=1)
    return batches


# --------------------------------------------------------------------------- reading


@dataclass
class Totals:
    """A report's figures over its period, at its granularity: summaries and live days added
    together."""

    # (period, store) -> [sold, ttc, ht, discount]
    revenue: dict[tuple[date, int], list[int]] = field(default_factory=dict)
    # store -> [orders, cancelled, completed, late]
    counts: dict[int, list[int]] = field(default_factory=dict)
    channels: dict[str, list[int]] = field(default_factory=dict)  # [orders, ttc, ht]
    # (product, size label, rate) -> [qty, ttc]
    products: dict[tuple[int, str, int], list[int]] = field(default_factory=dict)
    # (period, store, tender) -> [payments, refunds]
    takings: dict[tuple[date, int, str], list[int]] = field(default_factory=dict)
    timings: dict[tuple[int, str], dict[int, int]] = field(default_factory=dict)  # histograms
    stock: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    summarised_days: int = 0  # store-days read from the summaries
    live_days: int = 0  # store-days read from the orders

    def add_figures(self, figures: Figures, period: Callable[[date], date]) -> None:
        for (store_id, day), v in figures.days.items():
            _add(self.revenue, (period(day), store_id), (v[2], v[3], v[4], v[5]))
            _add(self.counts, store_id, (v[0], v[1], v[6], v[7]))
        for (_s, _d, channel), v in figures.channels.items():
            _add(self.channels, channel, v)
        for (_s, _d, product_id, size, rate), v in figures.products.items():
            _add(self.products, (product_id, size, rate), v)
        for (store_id, day, tender), v in figures.takings.items():
            _add(self.takings, (period(day), store_id, tender), v)
        for (store_id, _d, kind, bucket), n in figures.timings.items():
            histogram = self.timings.setdefault((store_id, kind), {})
            histogram[bucket] = histogram.get(bucket, 0) + n
        for (store_id, _d, ingredient_id), v in figures.stock.items():
            _add(self.stock, (store_id, ingredient_id), v)


def _add(target: dict, key, values) -> None:
    sums = target.get(key)
    if sums is None:
        target[key] = [int(v) for v in values]
    else:
        for n, value in enumerate(values):
            sums[n] += int(value)


def period_sql(column, granularity: str):
    """The period (day, Monday, first of the month) of a summary's `day` column."""
    if granularity == "week":
        return WeekStart(column)
    if granularity == "month":
        return MonthStart(column)
    return column


def period_of(day: date, granularity: str) -> date:
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    return day


@dataclass(frozen=True)
class Coverage:
    """Which of a report's store-days come from the summaries, which from the orders."""

    clean: dict[int, set[date]]  # store -> summarised days, unchanged since
    stale: dict[int, set[date]]  # store -> summarised days changed since (read live)
    live: list[tuple[tuple[int, ...], date, date]]  # (stores, first, last) read live


def coverage(db: Tx, store_ids: tuple[int, ...], first: date, last: date) -> Coverage:
    summarised = _summarised(db, store_ids, first, last)
    stale: dict[int, set[date]] = {}
    if summarised:
        since = store_marks(db, {s for s, _ in summarised})
        since = {s: since.get(s, Marks()) for s in {s for s, _ in summarised}}
        latest = changed_days(
            db, since, paris_midnight(first), paris_midnight(last + timedelta(days=1))
        )
        for key, top in latest.items():
            if key in summarised and summarised[key].behind(top):
                stale.setdefault(key[0], set()).add(key[1])
    clean: dict[int, set[date]] = {}
    for store_id, day in summarised:
        if day not in stale.get(store_id, ()):
            clean.setdefault(store_id, set()).add(day)
    # The days to read live, per store, grouped into runs shared by the stores they concern.
    runs: dict[tuple[date, date], list[int]] = {}
    for store_id in store_ids:
        have = clean.get(store_id, set())
        missing = [day for day in days_between(first, last) if day not in have]
        for run in spans(missing):
            runs.setdefault(run, []).append(store_id)
    live = [(tuple(stores), a, b) for (a, b), stores in sorted(runs.items())]
    return Coverage(clean, stale, live)


def totals(
    db: Tx,
    store_ids: tuple[int, ...],
    first: date,
    last: date,
    granularity: str = "day",
    *,
    step: Callable[[str], None] | None = None,
) -> Totals:
    """The report's figures: the clean summarised days from the summaries, the others from
    the orders. `step(name)` is called between parts (progress and cancellation)."""
    step = step or (lambda name: None)
    result = Totals()
    if not store_ids:
        return result
    step("summaries")
    cover = coverage(db, store_ids, first, last)
    result.summarised_days = sum(len(d) for d in cover.clean.values())
    if cover.clean:
        _read_summaries(db, result, cover, first, last, granularity)
    for stores, a, b in cover.live:
        step("live")
        result.live_days += len(stores) * ((b - a).days + 1)
        result.add_figures(compute(db, stores, a, b), lambda d: period_of(d, granularity))
    return result


def _read_summaries(
    db: Tx, result: Totals, cover: Coverage, first: date, last: date, granularity: str
) -> None:
    stores = tuple(sorted(cover.clean))

    def where(model) -> list:
        conditions = [model.store_id.in_(stores), model.day >= first, model.day <= last]
        for store_id, days in cover.stale.items():
            if store_id in cover.clean:
                conditions.append(not_(and_(model.store_id == store_id, model.day.in_(days))))
        return conditions

    period = period_sql(DaySummary.day, granularity).label("period")
    for when, store_id, *sums in db.execute(
        select(
            period,
            DaySummary.store_id,
            *(func.sum(getattr(DaySummary, c)) for c in DAY_COLUMNS),
        )
        .where(*where(DaySummary))
        .group_by(period, DaySummary.store_id)
    ):
        orders, cancelled, sold, ttc, ht, discount, completed, late = (int(v or 0) for v in sums)
        if sold:
            _add(result.revenue, (as_date(when), store_id), (sold, ttc, ht, discount))
        _add(result.counts, store_id, (orders, cancelled, completed, late))
    for channel, *sums in db.execute(
        select(
            DayChannelSales.channel,
            func.sum(DayChannelSales.orders),
            func.sum(DayChannelSales.ttc_cents),
            func.sum(DayChannelSales.ht_cents),
        )
        .where(*where(DayChannelSales))
        .group_by(DayChannelSales.channel)
    ):
        _add(result.channels, str(channel), sums)
    for product_id, size, rate, *sums in db.execute(
        select(
            DayProductSales.product_id,
            DayProductSales.size_label,
            DayProductSales.vat_rate_bp,
            func.sum(DayProductSales.quantity),
            func.sum(DayProductSales.ttc_cents),
        )
        .where(*where(DayProductSales))
        .group_by(
            DayProductSales.product_id, DayProductSales.size_label, DayProductSales.vat_rate_bp
        )
    ):
        _add(result.products, (int(product_id), size or "", int(rate)), sums)
    period = period_sql(DayTakings.day, granularity).label("period")
    for when, store_id, tender, *sums in db.execute(
        select(
            period,
            DayTakings.store_id,
            DayTakings.tender,
            func.sum(DayTakings.payments_cents),
            func.sum(DayTakings.refunds_cents),
        )
        .where(*where(DayTakings))
        .group_by(period, DayTakings.store_id, DayTakings.tender)
    ):
        _add(result.takings, (as_date(when), store_id, str(tender)), sums)
    for store_id, kind, bucket, n in db.execute(
        select(DayTimings.store_id, DayTimings.kind, DayTimings.bucket, func.sum(DayTimings.orders))
        .where(*where(DayTimings))
        .group_by(DayTimings.store_id, DayTimings.kind, DayTimings.bucket)
    ):
        histogram = result.timings.setdefault((store_id, str(kind)), {})
        histogram[int(bucket)] = histogram.get(int(bucket), 0) + int(n)
    for store_id, ingredient_id, *sums in db.execute(
        select(
            DayStock.store_id,
            DayStock.ingredient_id,
            func.sum(DayStock.ordered),
            func.sum(DayStock.given_back),
            func.sum(DayStock.wasted),
            func.sum(DayStock.adjusted),
        )
        .where(*where(DayStock))
        .group_by(DayStock.store_id, DayStock.ingredient_id)
    ):
        _add(result.stock, (store_id, int(ingredient_id)), sums)
