"""Head-office figures: aggregated by the database, never by a Python loop over orders.

One report is read in one transaction (a consistent snapshot on MariaDB), section by section so
that a screen can show progress and cancel between sections. Reports read through
`ctx.reporting()`: a read replica when one is configured, with a read timeout long enough for
years of history, and never the pool the tills use.

Definitions (the tests recompute each one independently):
- The period is Paris calendar days, both ends included; an order belongs to the day it was
  placed, in Paris.
- Revenue counts orders that are not cancelled, at what the customer pays: each line's net
  (`line_total_cents - discount_cents`, its own discount and its share of the order's, as
  `domain.totals` allocated them). VAT included (TTC) is the sum of the nets; VAT excluded
  (HT) is rounded half up per order and VAT rate on the net, as on the order's receipt
  (`domain.totals`), so a report's TTC and HT are the sums of its receipts' totals and HT; by
  product, per product and rate (quantities as sold).
- Discounts: what the discounts took off the lines of the orders not cancelled, by the day
  the order was placed (gross = TTC + discounts).
- Takings (encaissements) follow the money, not the orders: payments by the Paris day they
  were received (`payments.received_at`), refunds by the day they were given back
  (`refunds.created_at`), by store and tender; net = payments - refunds. A refund of a
  cancelled order counts here, while the order has left the revenue.
- Average basket: TTC / orders, rounded half up to the cent.
- Cancellation rate: cancelled orders / all orders placed in the period.
- Preparation: received (placed) -> ready; delivery: ready -> delivered; lateness: the moment
  an order was delivered or collected against its promised time. Percentiles are nearest-rank
  (the smallest value with at least p % of the values at or below it), to the second.
- Stock, per ingredient: consumed in theory = what the sold orders' recipes reserved (order
  reservations net of reservations given back), waste = written off, inventory difference =
  the counts' adjustments (negative: less on the shelf than the ledger said), consumed in fact
  = theory + waste - inventory difference.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Select, and_, case, func, literal, select, union_all
from sqlalchemy.orm import Session, aliased

from ocpizza_desk.config import ConfigError, load_replica_config
from ocpizza_desk.db.models import (
    Formula,
    Ingredient,
    Order,
    OrderLine,
    OrderStatusChange,
    Payment,
    Product,
    Refund,
    StockMovement,
    Store,
)
from ocpizza_desk.db.sqlfunctions import (
    LocalDate,
    MonthStart,
    SecondsBetween,
    WeekStart,
    as_date,
    paris_offsets,
)
from ocpizza_desk.db.sqlfunctions import excluding_vat as sql_excluding_vat
from ocpizza_desk.domain.clock import paris_days
from ocpizza_desk.domain.enums import Channel, OrderStatus, StockMovementKind, Tender, Unit
from ocpizza_desk.domain.errors import DomainError, ValidationError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.sizes import line_name
from ocpizza_desk.services import summaries
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.context import ServiceContext

log = logging.getLogger(__name__)

MAX_DAYS = 3 * 366 + 1  # three years: enough to compare a season with the last two


class Granularity(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class ReportRequest:
    first_day: date  # Paris calendar days, both included
    last_day: date
    store_ids: tuple[int, ...] = ()  # empty: every store the user may see
    granularity: Granularity = Granularity.DAY

    def utc_bounds(self) -> tuple[datetime, datetime]:
        return paris_days(self.first_day, self.last_day)


@dataclass(frozen=True)
class RevenueRow:
    period: date  # first day of the day / week / month
    store_id: int
    orders: int
    ttc_cents: int  # net of discounts: what the customers pay
    ht_cents: int
    discount_cents: int = 0  # what the discounts took off

    @property
    def gross_cents(self) -> int:
        return self.ttc_cents + self.discount_cents

    @property
    def average_basket_cents(self) -> int:
        return _round_half_up(self.ttc_cents, self.orders) if self.orders else 0


@dataclass(frozen=True)
class ProductRow:
    """One product in one size ('Regina 33 cm'); a half-and-half counts under its first
    half's product and size."""

    product_id: int
    name: str
    quantity: int
    ttc_cents: int  # net of discounts
    ht_cents: int
    size_label: str = ""


@dataclass(frozen=True)
class FormulaRow:
    """Formulas sold: how many, and what they brought in (net of discounts). Their choices
    are counted in the products too, each at its share of the price: this is the same money
    seen by formula, never to be added to the products' (domain/formulas.py)."""

    formula_id: int
    name: str
    quantity: int
    ttc_cents: int


@dataclass(frozen=True)
class ChannelRow:
    channel: Channel
    orders: int
    ttc_cents: int
    ht_cents: int

    @property
    def average_basket_cents(self) -> int:
        return _round_half_up(self.ttc_cents, self.orders) if self.orders else 0


@dataclass(frozen=True)
class StoreRow:
    """Per store (store_id None: all the chosen stores together)."""

    store_id: int | None
    orders: int
    cancelled: int
    ttc_cents: int
    ht_cents: int
    preparation_p50_s: int | None
    preparation_p90_s: int | None
    delivery_p50_s: int | None
    delivery_p90_s: int | None
    completed: int  # delivered or collected
    late: int  # of which after the promised time
    lateness_p50_s: int | None  # among the late ones
    lateness_p90_s: int | None
    discount_cents: int = 0
    payments_cents: int = 0  # takings: money received in the period
    refunds_cents: int = 0  # money given back in the period

    @property
    def net_takings_cents(self) -> int:
        return self.payments_cents - self.refunds_cents

    @property
    def sold(self) -> int:
        return self.orders - self.cancelled

    @property
    def cancellation_rate(self) -> float:
        return self.cancelled / self.orders if self.orders else 0.0

    @property
    def late_rate(self) -> float:
        return self.late / self.completed if self.completed else 0.0

    @property
    def average_basket_cents(self) -> int:
        return _round_half_up(self.ttc_cents, self.sold) if self.sold else 0


@dataclass(frozen=True)
class TakingsRow:
    """Money in and out of one store, one period, one tender (Paris day of each payment and
    refund)."""

    period: date
    store_id: int
    tender: Tender
    payments_cents: int
    refunds_cents: int

    @property
    def net_cents(self) -> int:
        return self.payments_cents - self.refunds_cents


@dataclass(frozen=True)
class StockRow:
    store_id: int
    ingredient_id: int
    ingredient: str
    unit: Unit
    theory: int  # base units consumed by the recipes of the orders sold
    waste: int
    inventory_difference: int  # negative: less counted than the ledger expected

    @property
    def actual(self) -> int:
        return self.theory + self.waste - self.inventory_difference


@dataclass(frozen=True)
class Report:
    request: ReportRequest
    generated_at: datetime
    stores: dict[int, str]  # id -> name, the stores covered
    revenue: list[RevenueRow] = field(default_factory=list)
    products: list[ProductRow] = field(default_factory=list)
    channels: list[ChannelRow] = field(default_factory=list)
    per_store: list[StoreRow] = field(default_factory=list)  # the last row: all together
    stock: list[StockRow] = field(default_factory=list)
    takings: list[TakingsRow] = field(default_factory=list)
    formulas: list[FormulaRow] = field(default_factory=list)
    # The timings' resolution: percentiles within half of it of the exact value (summed
    # histograms of the daily summaries); None: exact (the reference computation).
    timing_resolution_s: int | None = None

    def takings_by_tender(self) -> list[TakingsRow]:
        """The period's takings of all the stores together, one row per tender (period and
        store of the rows: the first day and 0)."""
        sums: dict[Tender, list[int]] = {}
        for row in self.takings:
            money = sums.setdefault(row.tender, [0, 0])
            money[0] += row.payments_cents
            money[1] += row.refunds_cents
        return [
            TakingsRow(self.request.first_day, 0, tender, paid, refunded)
            for tender, (paid, refunded) in sorted(
                sums.items(), key=lambda item: list(Tender).index(item[0])
            )
        ]


class ReportCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__("report.cancelled")


Progress = Callable[[str, float], None]


def report(
    ctx: ServiceContext,
    session: StaffSession,
    request: ReportRequest,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    *,
    exact: bool = False,
) -> Report:
    """The whole report, read in one transaction; `cancel` is checked between sections.

    From the daily summaries for the days they cover (`services/summaries.py`: timings from
    30-second histograms, every other figure exact), the orders for the others; `exact`: the
    reference computation over the orders alone (tests and benchmarks compare the two)."""
    _check(session, request)
    if not exact:
        return ctx.reporting().transaction(
            lambda db: _from_summaries(db, session, request, progress, cancel)
        )

    def work(db: Session) -> Report:
        scope = _Scope(db, session, request)
        results: dict[str, object] = {}
        steps: dict[str, Callable[[], object]] = {
            "revenue": scope.revenue,
            "products": scope.products,
            "channels": scope.channels,
            "takings": scope.takings,
            "times": lambda: scope.per_store(results["revenue"], results["takings"]),
            "stock": scope.stock,
            "formulas": scope.formulas,
        }
        for n, (name, step) in enumerate(steps.items()):
            if cancel is not None and cancel.is_set():
                raise ReportCancelled
            if progress is not None:
                progress(name, n / len(steps))
            results[name] = step()
        if progress is not None:
            progress("done", 1.0)
        return Report(
            request,
            datetime.now(UTC),
            scope.store_names,
            revenue=results["revenue"],
            products=results["products"],
            channels=results["channels"],
            per_store=results["times"],
            stock=results["stock"],
            takings=results["takings"],
            formulas=results["formulas"],
        )

    return ctx.reporting().transaction(work)


TIMING_RESOLUTION_S = summaries.BUCKET_S  # percentiles within half of it of the exact value


def _from_summaries(
    db: Session,
    session: StaffSession,
    request: ReportRequest,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> Report:
    """The report from `summaries.totals`: the same dataclasses as the exact computation, in
    the same order."""
    scope = _Scope(db, session, request)
    fractions = {"summaries": 0.1, "live": 0.5}

    def step(name: str) -> None:
        if cancel is not None and cancel.is_set():
            raise ReportCancelled
        if progress is not None:
            progress(name, fractions.get(name, 0.9))

    found = summaries.totals(
        db,
        scope.store_ids,
        request.first_day,
        request.last_day,
        request.granularity.value,
        step=step,
    )
    step("stock")
    revenue = [
        RevenueRow(period, store_id, sold, ttc, ht, discount)
        for (period, store_id), (sold, ttc, ht, discount) in sorted(found.revenue.items())
        if sold
    ]
    tender_order = list(Tender)
    takings = sorted(
        (
            TakingsRow(period, store_id, Tender(tender), paid, refunded)
            for (period, store_id, tender), (paid, refunded) in found.takings.items()
        ),
        key=lambda r: (r.period, r.store_id, tender_order.index(r.tender)),
    )
    channels = [
        ChannelRow(Channel(channel), n, ttc, ht)
        for channel, (n, ttc, ht) in sorted(found.channels.items())
        if n
    ]
    per_product: dict[tuple[int, str], list[int]] = {}
    for (product_id, size, rate), (quantity, ttc) in found.products.items():
        sums = per_product.setdefault((product_id, size), [0, 0, 0])
        sums[0] += quantity
        sums[1] += ttc
        sums[2] += summaries.ht_cents(ttc, rate)
    names = _names_in_order(db, Product, {pid for pid, _ in per_product})
    products = sorted(
        (
            ProductRow(pid, line_name(names[pid][1], size), q, ttc, ht, size)
            for (pid, size), (q, ttc, ht) in per_product.items()
        ),
        key=lambda r: (-r.ttc_cents, names[r.product_id][0], r.size_label),
    )
    ingredients = _names_in_order(db, Ingredient, {i for _, i in found.stock})
    stock = sorted(
        (
            StockRow(
                store_id,
                ingredient_id,
                ingredients[ingredient_id][1],
                ingredients[ingredient_id][2],
                theory=-(ordered + given_back),
                waste=-wasted,
                inventory_difference=adjusted,
            )
            for (store_id, ingredient_id), (ordered, given_back, wasted, adjusted) in (
                found.stock.items()
            )
        ),
        key=lambda r: (r.store_id, ingredients[r.ingredient_id][0]),
    )
    per_store = _store_rows(scope.store_ids, found, revenue, takings)
    if progress is not None:
        progress("done", 1.0)
    return Report(
        request,
        datetime.now(UTC),
        scope.store_names,
        revenue=revenue,
        products=products,
        channels=channels,
        per_store=per_store,
        stock=stock,
        takings=takings,
        formulas=scope.formulas(),
        timing_resolution_s=TIMING_RESOLUTION_S,
    )


def _names_in_order(db: Session, model, ids) -> dict[int, tuple]:
    """{id: (rank by name in the database's collation, name[, unit])}: rows sorted as the
    exact computation's ORDER BY name sorts them."""
    if not ids:
        return {}
    columns = [model.id, model.name] + ([model.unit] if model is Ingredient else [])
    rows = db.execute(select(*columns).where(model.id.in_(list(ids))).order_by(model.name)).all()
    return {row[0]: (rank, *row[1:]) for rank, row in enumerate(rows)}


def _store_rows(
    store_ids: tuple[int, ...],
    found: summaries.Totals,
    revenue: list[RevenueRow],
    takings: list[TakingsRow],
) -> list[StoreRow]:
    money: dict[int, list[int]] = {}
    for row in revenue:
        sums = money.setdefault(row.store_id, [0, 0, 0])
        sums[0] += row.ttc_cents
        sums[1] += row.ht_cents
        sums[2] += row.discount_cents
    cash: dict[int, list[int]] = {}
    for row in takings:
        sums = cash.setdefault(row.store_id, [0, 0])
        sums[0] += row.payments_cents
        sums[1] += row.refunds_cents

    def histograms(stores) -> dict[str, dict[int, int]]:
        merged: dict[str, dict[int, int]] = {}
        for (store_id, kind), histogram in found.timings.items():
            if store_id in stores:
                target = merged.setdefault(kind, {})
                for bucket, n in histogram.items():
                    target[bucket] = target.get(bucket, 0) + n
        return merged

    rows = []
    for store_id in [*store_ids, None]:
        stores = set(store_ids) if store_id is None else {store_id}
        counts = [0, 0, 0, 0]
        ttc = ht = discount = paid = refunded = 0
        for s in stores:
            for n, value in enumerate(found.counts.get(s, (0, 0, 0, 0))):
                counts[n] += value
            m = money.get(s, (0, 0, 0))
            ttc, ht, discount = ttc + m[0], ht + m[1], discount + m[2]
            c = cash.get(s, (0, 0))
            paid, refunded = paid + c[0], refunded + c[1]
        timed = histograms(stores)

        def p(kind: str, percent: int, timed=timed) -> int | None:
            return summaries.percentile(timed.get(kind, {}), percent)

        rows.append(
            StoreRow(
                store_id,
                counts[0],
                counts[1],
                ttc,
                ht,
                p("preparation", 50),
                p("preparation", 90),
                p("delivery", 50),
                p("delivery", 90),
                counts[2],
                counts[3],
                p("lateness", 50),
                p("lateness", 90),
                discount,
                paid,
                refunded,
            )
        )
    return rows


def setup_replica(ctx: ServiceContext, path: Path | None = None) -> None:
    """Points reports at the configured read replica; a wrong [reports] section is logged and
    the main database used: a report is never worth refusing to start over."""
    try:
        ctx.replica_config = load_replica_config(path)
    except ConfigError as exc:
        log.warning("reports replica ignored, the main database is used: %s", exc)
    else:
        if ctx.replica_config is not None:
            log.info("reports read %s", ctx.replica_config)


def _check(session: StaffSession, request: ReportRequest) -> None:
    require(session, Permission.VIEW_REPORTS)
    if not isinstance(request.first_day, date) or not isinstance(request.last_day, date):
        raise ValidationError("report.period")
    if request.first_day > request.last_day:
        raise ValidationError("report.period")
    if (request.last_day - request.first_day).days + 1 > MAX_DAYS:
        raise ValidationError("report.too_long")
    if not isinstance(request.granularity, Granularity):
        raise ValidationError("input.id", field="granularity")
    for store_id in request.store_ids:
        if not isinstance(store_id, int) or isinstance(store_id, bool) or store_id <= 0:
            raise ValidationError("input.id", field="store")
        require(session, Permission.VIEW_REPORTS, store_id)


def _round_half_up(numerator: int, denominator: int) -> int:
    return (2 * numerator + denominator) // (2 * denominator)


_NET = OrderLine.line_total_cents - OrderLine.discount_cents  # what the customer pays


class _Scope:
    """The request's filters, shared by every section of one report."""

    def __init__(self, db: Session, session: StaffSession, request: ReportRequest) -> None:
        self.db = db
        self.request = request
        self.start, self.end = request.utc_bounds()
        self.offsets = paris_offsets(self.start, self.end)
        wanted = request.store_ids
        if not wanted and session.role.is_store_bound:
            wanted = (session.store_id,)
        query = select(Store.id, Store.name).order_by(Store.name)
        if wanted:
            query = query.where(Store.id.in_(wanted))
        self.store_names = {row.id: row.name for row in db.execute(query)}
        self.store_ids = tuple(self.store_names)
        self.all_stores = not wanted  # no store filter in SQL: every store

    def orders_in_period(self, *extra) -> list:
        where = [Order.created_at >= self.start, Order.created_at < self.end, *extra]
        if not self.all_stores:
            where.append(Order.store_id.in_(self.store_ids))
        return where

    def bucket(self, moment=None):
        """The period (day, Monday, first of the month) of a UTC timestamp column, in Paris:
        by default the order's placing."""
        day = LocalDate(Order.created_at if moment is None else moment, self.offsets)
        if self.request.granularity is Granularity.WEEK:
            return WeekStart(day)
        if self.request.granularity is Granularity.MONTH:
            return MonthStart(day)
        return day

    def _per_rate(self, *keys) -> Select:
        """TTC (net of discounts) and discounts per order and VAT rate (with the grouping
        keys), for the HT rounding."""
        return (
            select(
                Order.id.label("order_id"),
                *keys,
                OrderLine.vat_rate_bp.label("rate"),
                func.sum(_NET).label("ttc"),
                func.sum(OrderLine.discount_cents).label("discount"),
            )
            .join(OrderLine, OrderLine.order_id == Order.id)
            .where(*self.orders_in_period(Order.status != OrderStatus.CANCELLED))
            .group_by(Order.id, *keys, OrderLine.vat_rate_bp)
        )

    def revenue(self) -> list[RevenueRow]:
        per_rate = self._per_rate(
            Order.store_id.label("store_id"), self.bucket().label("period")
        ).subquery()
        rows = self.db.execute(
            select(
                per_rate.c.period,
                per_rate.c.store_id,
                func.count(func.distinct(per_rate.c.order_id)),
                func.sum(per_rate.c.ttc),
                func.sum(sql_excluding_vat(per_rate.c.ttc, per_rate.c.rate)),
                func.sum(per_rate.c.discount),
            )
            .group_by(per_rate.c.period, per_rate.c.store_id)
            .order_by(per_rate.c.period, per_rate.c.store_id)
        )
        return [
            RevenueRow(as_date(period), store_id, int(n), int(ttc), int(ht), int(discount))
            for period, store_id, n, ttc, ht, discount in rows
        ]

    def channels(self) -> list[ChannelRow]:
        per_rate = self._per_rate(Order.channel.label("channel")).subquery()
        rows = self.db.execute(
            select(
                per_rate.c.channel,
                func.count(func.distinct(per_rate.c.order_id)),
                func.sum(per_rate.c.ttc),
                func.sum(sql_excluding_vat(per_rate.c.ttc, per_rate.c.rate)),
            )
            .group_by(per_rate.c.channel)
            .order_by(per_rate.c.channel)
        )
        return [ChannelRow(Channel(ch), int(n), int(ttc), int(ht)) for ch, n, ttc, ht in rows]

    def products(self) -> list[ProductRow]:
        per_rate = (
            select(
                OrderLine.product_id.label("product_id"),
                OrderLine.size_label.label("size_label"),
                OrderLine.vat_rate_bp.label("rate"),
                func.sum(OrderLine.quantity).label("quantity"),
                func.sum(_NET).label("ttc"),
            )
            .join(Order, OrderLine.order_id == Order.id)
            .where(*self.orders_in_period(Order.status != OrderStatus.CANCELLED))
            .group_by(OrderLine.product_id, OrderLine.size_label, OrderLine.vat_rate_bp)
            .subquery()
        )
        rows = self.db.execute(
            select(
                per_rate.c.product_id,
                Product.name,
                per_rate.c.size_label,
                func.sum(per_rate.c.quantity),
                func.sum(per_rate.c.ttc),
                func.sum(sql_excluding_vat(per_rate.c.ttc, per_rate.c.rate)),
            )
            .join(Product, Product.id == per_rate.c.product_id)
            .group_by(per_rate.c.product_id, Product.name, per_rate.c.size_label)
            .order_by(func.sum(per_rate.c.ttc).desc(), Product.name, per_rate.c.size_label)
        )
        return [
            ProductRow(pid, line_name(name, size or ""), int(q), int(ttc), int(ht), size or "")
            for pid, name, size, q, ttc, ht in rows
        ]

    def formulas(self) -> list[FormulaRow]:
        """Formulas sold in the period, read from the orders' lines (few: the lines of a
        formula by its index), in both the exact and the summarised report. A formula is
        counted once (its first line's quantity), its money once (all its lines)."""
        rows = self.db.execute(
            select(
                OrderLine.formula_id,
                Formula.name,
                func.sum(
                    case(
                        (OrderLine.position == OrderLine.formula_group, OrderLine.quantity),
                        else_=0,
                    )
                ),
                func.sum(_NET),
            )
            .join(Order, OrderLine.order_id == Order.id)
            .join(Formula, Formula.id == OrderLine.formula_id)
            .where(*self.orders_in_period(Order.status != OrderStatus.CANCELLED))
            .group_by(OrderLine.formula_id, Formula.name)
            .order_by(func.sum(_NET).desc(), Formula.name)
        )
        return [FormulaRow(fid, name, int(q), int(ttc)) for fid, name, q, ttc in rows]

    def per_store(self, revenue: list[RevenueRow], takings: list[TakingsRow]) -> list[StoreRow]:
        counts = {
            store_id: (int(n), int(cancelled or 0))
            for store_id, n, cancelled in self.db.execute(
                select(
                    Order.store_id,
                    func.count(),
                    func.sum(case((Order.status == OrderStatus.CANCELLED, 1), else_=0)),
                )
                .where(*self.orders_in_period())
                .group_by(Order.store_id)
            )
        }
        # A store's money is the sum of its periods' (HT is rounded per order and rate, so the
        # sums add up): the revenue section already read it, no second pass over the lines.
        money: dict[int, tuple[int, int, int]] = {}
        for row in revenue:
            ttc, ht, discount = money.get(row.store_id, (0, 0, 0))
            money[row.store_id] = (
                ttc + row.ttc_cents,
                ht + row.ht_cents,
                discount + row.discount_cents,
            )
        cash: dict[int, tuple[int, int]] = {}
        for row in takings:
            paid, refunded = cash.get(row.store_id, (0, 0))
            cash[row.store_id] = (paid + row.payments_cents, refunded + row.refunds_cents)
        durations = self._durations()
        by_store = _percentiles(self.db, durations, by_store=True)
        if len(self.store_ids) == 1:  # all together is that one store: no second pass
            together = {None: by_store.get(self.store_ids[0], {})}
        else:
            together = _percentiles(self.db, durations, by_store=False)
        late = self._late_counts()
        rows = []
        for store_id in [*self.store_ids, None]:
            if store_id is None:
                n = sum(c[0] for c in counts.values())
                cancelled = sum(c[1] for c in counts.values())
                ttc = sum(m[0] for m in money.values())
                ht = sum(m[1] for m in money.values())
                discount = sum(m[2] for m in money.values())
                paid = sum(c[0] for c in cash.values())
                refunded = sum(c[1] for c in cash.values())
                figures = together.get(None, {})
                completed = sum(v[0] for v in late.values())
                late_n = sum(v[1] for v in late.values())
            else:
                n, cancelled = counts.get(store_id, (0, 0))
                ttc, ht, discount = money.get(store_id, (0, 0, 0))
                paid, refunded = cash.get(store_id, (0, 0))
                figures = by_store.get(store_id, {})
                completed, late_n = late.get(store_id, (0, 0))
            rows.append(
                StoreRow(
                    store_id,
                    n,
                    cancelled,
                    ttc,
                    ht,
                    *figures.get("preparation", (None, None)),
                    *figures.get("delivery", (None, None)),
                    completed,
                    late_n,
                    *figures.get("lateness", (None, None)),
                    discount,
                    paid,
                    refunded,
                )
            )
        return rows

    def takings(self) -> list[TakingsRow]:
        """Payments by the day they were received, refunds by the day they were given back,
        by store and tender: each side summed by the database, then the two together."""
        paid_where = [Payment.received_at >= self.start, Payment.received_at < self.end]
        refund_where = [Refund.created_at >= self.start, Refund.created_at < self.end]
        if not self.all_stores:
            paid_where.append(Order.store_id.in_(self.store_ids))
            refund_where.append(Refund.store_id.in_(self.store_ids))
        paid_period = self.bucket(Payment.received_at)
        refund_period = self.bucket(Refund.created_at)
        paid = (
            select(
                paid_period.label("period"),
                Order.store_id.label("store_id"),
                Payment.tender.label("tender"),
                func.sum(Payment.amount_cents).label("paid"),
                literal(0).label("refunded"),
            )
            .join(Order, Order.id == Payment.order_id)
            .where(*paid_where)
            .group_by(paid_period, Order.store_id, Payment.tender)
        )
        refunded = (
            select(
                refund_period,
                Refund.store_id,
                Refund.tender,
                literal(0),
                func.sum(Refund.amount_cents),
            )
            .where(*refund_where)
            .group_by(refund_period, Refund.store_id, Refund.tender)
        )
        both = union_all(paid, refunded).subquery()
        rows = self.db.execute(
            select(
                both.c.period,
                both.c.store_id,
                both.c.tender,
                func.sum(both.c.paid),
                func.sum(both.c.refunded),
            )
            .group_by(both.c.period, both.c.store_id, both.c.tender)
            .order_by(both.c.period, both.c.store_id, both.c.tender)
        )
        found = [
            TakingsRow(as_date(period), store_id, Tender(tender), int(paid), int(refunded))
            for period, store_id, tender, paid, refunded in rows
        ]
        order = list(Tender)
        return sorted(found, key=lambda r: (r.period, r.store_id, order.index(r.tender)))

    def _durations(self):
        """(store_id, kind, seconds) for every timed step of the period's orders."""
        ready = aliased(OrderStatusChange)
        done = aliased(OrderStatusChange)
        preparation = (
            select(
                Order.store_id.label("store_id"),
                literal("preparation").label("kind"),
                SecondsBetween(Order.created_at, ready.changed_at).label("seconds"),
            )
            .join(ready, and_(ready.order_id == Order.id, ready.to_status == OrderStatus.READY))
            .where(*self.orders_in_period())
        )
        delivery = (
            select(
                Order.store_id,
                literal("delivery"),
                SecondsBetween(ready.changed_at, done.changed_at),
            )
            .join(ready, and_(ready.order_id == Order.id, ready.to_status == OrderStatus.READY))
            .join(done, and_(done.order_id == Order.id, done.to_status == OrderStatus.DELIVERED))
            .where(*self.orders_in_period())
        )
        lateness = (
            select(
                Order.store_id,
                literal("lateness"),
                SecondsBetween(Order.promised_at, done.changed_at),
            )
            .join(
                done,
                and_(
                    done.order_id == Order.id,
                    done.to_status.in_([OrderStatus.DELIVERED, OrderStatus.COLLECTED]),
                ),
            )
            .where(*self.orders_in_period(done.changed_at > Order.promised_at))
        )
        return union_all(preparation, delivery, lateness).subquery()

    def _late_counts(self) -> dict[int, tuple[int, int]]:
        done = aliased(OrderStatusChange)
        return {
            store_id: (int(n), int(late or 0))
            for store_id, n, late in self.db.execute(
                select(
                    Order.store_id,
                    func.count(),
                    func.sum(case((done.changed_at > Order.promised_at, 1), else_=0)),
                )
                .join(
                    done,
                    and_(
                        done.order_id == Order.id,
                        done.to_status.in_([OrderStatus.DELIVERED, OrderStatus.COLLECTED]),
                    ),
                )
                .where(*self.orders_in_period())
                .group_by(Order.store_id)
            )
        }

    def stock(self) -> list[StockRow]:
        where = [StockMovement.created_at >= self.start, StockMovement.created_at < self.end]
        if not self.all_stores:
            where.append(StockMovement.store_id.in_(self.store_ids))
        kinds = (
            StockMovementKind.ORDER,
            StockMovementKind.CANCELLATION,
            StockMovementKind.WASTE,
            StockMovementKind.ADJUSTMENT,
        )
        sums = {
            kind: func.coalesce(
                func.sum(case((StockMovement.kind == kind, StockMovement.delta), else_=0)), 0
            )
            for kind in kinds
        }
        rows = self.db.execute(
            select(
                StockMovement.store_id,
                StockMovement.ingredient_id,
                Ingredient.name,
                Ingredient.unit,
                *sums.values(),
            )
            .join(Ingredient, Ingredient.id == StockMovement.ingredient_id)
            .where(*where, StockMovement.kind.in_(kinds))
            .group_by(
                StockMovement.store_id,
                StockMovement.ingredient_id,
                Ingredient.name,
                Ingredient.unit,
            )
            .order_by(StockMovement.store_id, Ingredient.name)
        )
        return [
            StockRow(
                store_id,
                ingredient_id,
                name,
                unit,
                theory=-(int(order) + int(cancellation)),
                waste=-int(waste),
                inventory_difference=int(adjustment),
            )
            for store_id, ingredient_id, name, unit, order, cancellation, waste, adjustment in rows
        ]


def _percentiles(db: Session, durations, *, by_store: bool) -> dict:
    """{store_id or None: {kind: (p50, p90)}}, nearest-rank, computed by the database."""
    partition = [durations.c.kind, durations.c.store_id] if by_store else [durations.c.kind]
    ranked = select(
        durations.c.store_id if by_store else literal(None).label("store_id"),
        durations.c.kind,
        durations.c.seconds,
        func.row_number().over(partition_by=partition, order_by=durations.c.seconds).label("rn"),
        func.count().over(partition_by=partition).label("n"),
    ).subquery()

    def rank(percent: int):
        return func.min(case((ranked.c.rn * 100 >= percent * ranked.c.n, ranked.c.seconds)))

    found: dict = {}
    for store_id, kind, p50, p90 in db.execute(
        select(ranked.c.store_id, ranked.c.kind, rank(50), rank(90)).group_by(
            ranked.c.store_id, ranked.c.kind
        )
    ):
        found.setdefault(store_id, {})[kind] = (int(p50), int(p90))
    return found
