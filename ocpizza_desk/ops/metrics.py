"""`ocpizza-desk metrics serve`: the chain's health in the Prometheus text format, which
OVH's Beamium scrapes and forwards (docs/operations-monitoring.md lists every metric).

Nothing is counted in the application: at each scrape a collector reads the database with a
handful of aggregate statements, in one read-only transaction (InnoDB's consistent reads:
no row lock is taken, a writer never waits for a scrape), each statement cut off after
STATEMENT_TIMEOUT_S on MariaDB. No statement grows with the order history:
- gauges (open orders, kitchen queue, ingredients under threshold) read the open orders
  through the index on (store_id, status, created_at) and the small stock table;
- counters and histograms (orders created, preparation and delivery times) are kept here and
  advanced at each scrape by the rows added since the previous one, found by primary key.
  Orders created are counted from the first order ever (one index scan when the server
  starts); the time histograms count from the server's start, as any Prometheus counter,
  so `rate()` and `histogram_quantile()` work across restarts.
Rows younger than SETTLE are left for the next scrape: a transaction still open could yet
commit a row with a smaller id, which would otherwise never be counted.
Labels are bounded: the store code (a handful), the open order statuses (four) and `le`.

Neither endpoint waits on a frozen database: a scrape reads under a SCRAPE_DEADLINE_S
deadline (db/engine.py: pool, connect, every statement) and says ocpizza_database_up 0 when it
passes; /healthz asks one background check at a time and answers 503 "database not answering"
after HEALTH_ANSWER_S if that check has not finished, however often it is called.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
)
from prometheus_client.exposition import choose_encoder
from prometheus_client.registry import Collector, CollectorRegistry
from sqlalchemy import Connection, Engine, and_, case, event, func, literal, select, union_all
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import aliased

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.db.engine import create_engine_for, deadline
from ocpizza_desk.db.models import AppSetting, Order, OrderStatusChange, StockBalance, Store
from ocpizza_desk.db.setting_keys import LAST_BACKUP_KEY, MAINTENANCE_KEY
from ocpizza_desk.db.sqlfunctions import SecondsBetween
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import OPEN_STATUSES, OrderStatus

log = logging.getLogger(__name__)

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 9101  # Noderig holds 9100 on OVH's images
DURATION_BUCKETS_S = (300, 600, 900, 1200, 1800, 2700, 3600)  # 5, 10, 15, 20, 30, 45, 60 min
KITCHEN_STATUSES = (OrderStatus.RECEIVED, OrderStatus.IN_PREPARATION)  # services/kitchen.py
SETTLE = timedelta(seconds=60)
STATEMENT_TIMEOUT_S = 5
SCRAPE_DEADLINE_S = 5.0  # the whole reading (and the wait for a scrape already running)
HEALTH_ANSWER_S = 1.5  # /healthz answers within this, whatever the database does
HEALTH_CHECK_DEADLINE_S = 5.0  # a check still running after that gives up (one at a time)
PREPARATION, DELIVERY = "preparation", "delivery"


@dataclass
class _Histogram:
    """Cumulative bucket counts (DURATION_BUCKETS_S, then +Inf) and the sum, in seconds."""

    buckets: list[int] = field(default_factory=lambda: [0] * (len(DURATION_BUCKETS_S) + 1))
    total: int = 0  # whole seconds (SecondsBetween), summed by the database

    def add(self, counts: list[int], seconds: int) -> None:
        self.buckets = [a + b for a, b in zip(self.buckets, counts, strict=True)]
        self.total += seconds


@dataclass(frozen=True)
class Reading:
    """What one scrape read, besides the running counters."""

    stores: dict[int, str]  # id -> code
    open_orders: dict[tuple[int, OrderStatus], int]
    under_threshold: dict[int, int]
    settings: dict[str, Any]
    ping_seconds: float


class ChainCollector(Collector):
    """Reads the database at each scrape (see the module's docstring).

    `clock` and `settle` are there for tests, which need rows written "now" to count.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        settle: timedelta = SETTLE,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.engine = engine
        self.settle = settle
        self.clock = clock
        self.errors = 0
        self._lock = threading.Lock()  # one scrape at a time: the running counters
        self._lock_errors = threading.Lock()  # `errors` also counts scrapes turned away
        self._orders_mark: int | None = None  # last orders.id counted
        self._history_mark: int | None = None  # last order_status_history.id counted
        self._created: dict[int, int] = {}  # store id -> orders created, ever
        self._durations: dict[tuple[int, str], _Histogram] = {}

    def describe(self):
        return []  # registering must not scrape the database

    def collect(self) -> Iterator[Any]:
        started = time.perf_counter()
        # One scrape at a time; one stuck on a frozen database ends at its deadline, and the
        # next waits for it no longer than that either.
        if not self._lock.acquire(timeout=SCRAPE_DEADLINE_S):
            yield from self._down(started, "a previous scrape is still waiting")
            return
        try:  # built whole under the lock, handed out after
            with deadline(SCRAPE_DEADLINE_S - (time.perf_counter() - started)):
                families = self._scrape(started)
        finally:
            self._lock.release()
        yield from families

    def _down(self, started: float, why: str) -> list[Any]:
        log.warning("metrics: the database did not answer: %s", why)
        with self._lock_errors:
            self.errors += 1
        up = GaugeMetricFamily(
            "ocpizza_database_up", "1 if the database answered this scrape, else 0."
        )
        up.add_metric([], 0)
        return [up, *self._scrape_stats(started)]

    def _scrape(self, started: float) -> list[Any]:
        up = GaugeMetricFamily(
            "ocpizza_database_up", "1 if the database answered this scrape, else 0."
        )
        try:
            reading = self._read()
        except (SQLAlchemyError, OSError) as exc:
            with self._lock_errors:
                self.errors += 1
            log.warning("metrics: the database did not answer: %s", _describe(exc))
            up.add_metric([], 0)
            families: list[Any] = [up]
        else:
            up.add_metric([], 1)
            families = [up, *self._families(reading)]
        return [*families, *self._scrape_stats(started)]

    def _scrape_stats(self, started: float) -> list[Any]:
        errors = CounterMetricFamily(
            "ocpizza_metrics_scrape_errors",
            "Scrapes whose database reading failed, since this server started.",
        )
        errors.add_metric([], self.errors)
        duration = GaugeMetricFamily(
            "ocpizza_metrics_scrape_duration_seconds",
            "Time this scrape took to read the database.",
        )
        duration.add_metric([], time.perf_counter() - started)
        return [errors, duration]

    # -- reading

    def _read(self) -> Reading:
        cut = self.clock() - self.settle
        with self.engine.connect() as c:
            begun = time.perf_counter()
            c.exec_driver_sql("SELECT 1").scalar()
            ping = time.perf_counter() - begun
            c.rollback()  # SET TRANSACTION applies to the next transaction, not a running one
            if c.dialect.name != "sqlite":  # the next transaction: no write, no lock
                c.exec_driver_sql("SET TRANSACTION READ ONLY")
            try:
                reading = self._read_in(c, cut, ping)
            finally:
                c.rollback()
        return reading

    def _read_in(self, c: Connection, cut: datetime, ping: float) -> Reading:
        stores = dict(c.execute(select(Store.id, Store.code)).all())
        open_orders = {
            (store_id, OrderStatus(status)): n
            for store_id, status, n in c.execute(
                select(Order.store_id, Order.status, func.count())
                # Both columns named: a range over (store_id, status) pairs of the index,
                # the open orders only, not a scan of the history.
                .where(Order.store_id.in_(list(stores)), Order.status.in_(OPEN_STATUSES))
                .group_by(Order.store_id, Order.status)
            )
        }
        under = dict(
            c.execute(
                select(StockBalance.store_id, func.count())
                .where(StockBalance.quantity < StockBalance.threshold)
                .group_by(StockBalance.store_id)
            ).all()
        )
        settings = dict(
            c.execute(
                select(AppSetting.key, AppSetting.value).where(
                    AppSetting.key.in_((LAST_BACKUP_KEY, MAINTENANCE_KEY))
                )
            ).all()
        )
        # The running counters move only once the whole reading succeeded.
        created, orders_mark = self._new_orders(c, cut)
        durations, history_mark = self._new_durations(c, cut)
        for store_id, n in created.items():
            self._created[store_id] = self._created.get(store_id, 0) + n
        for key, (counts, seconds) in durations.items():
            self._durations.setdefault(key, _Histogram()).add(counts, seconds)
        self._orders_mark, self._history_mark = orders_mark, history_mark
        return Reading(stores, open_orders, under, settings, ping)

    def _new_orders(self, c: Connection, cut: datetime) -> tuple[dict[int, int], int]:
        """Orders per store above the mark, up to the newest one older than `cut`."""
        if self._orders_mark is None:  # the first scrape: every order so far
            upper = c.execute(select(func.max(Order.id))).scalar() or 0
            low = 0
        else:
            low = self._orders_mark
            upper = c.execute(
                select(func.max(Order.id)).where(Order.id > low, Order.created_at <= cut)
            ).scalar()
            if upper is None:
                return {}, low
        counts = dict(
            c.execute(
                select(Order.store_id, func.count())
                .where(Order.id > low, Order.id <= upper)
                .group_by(Order.store_id)
            ).all()
        )
        return counts, upper

    def _new_durations(
        self, c: Connection, cut: datetime
    ) -> tuple[dict[tuple[int, str], tuple[list[int], float]], int]:
        """Preparation (placed -> ready) and delivery (ready -> delivered) times of the orders
        that became ready or delivered since the last scrape; buckets summed in SQL."""
        h = OrderStatusChange
        if self._history_mark is None:  # counting starts now
            return {}, c.execute(select(func.max(h.id))).scalar() or 0
        low = self._history_mark
        upper = c.execute(select(func.max(h.id)).where(h.id > low, h.changed_at <= cut)).scalar()
        if upper is None:
            return {}, low
        in_range = and_(h.id > low, h.id <= upper)
        ready = aliased(OrderStatusChange)
        preparation = (
            select(
                Order.store_id.label("store_id"),
                literal(PREPARATION).label("kind"),
                SecondsBetween(Order.created_at, h.changed_at).label("seconds"),
            )
            .select_from(h)
            .join(Order, Order.id == h.order_id)
            .where(in_range, h.to_status == OrderStatus.READY)
        )
        delivery = (
            select(
                Order.store_id,
                literal(DELIVERY),
                SecondsBetween(ready.changed_at, h.changed_at),
            )
            .select_from(h)
            .join(Order, Order.id == h.order_id)
            .join(ready, and_(ready.order_id == h.order_id, ready.to_status == OrderStatus.READY))
            .where(in_range, h.to_status == OrderStatus.DELIVERED)
        )
        timed = union_all(preparation, delivery).subquery()
        seconds = timed.c.seconds
        bucket_sums = [
            func.sum(case((seconds <= bound, 1), else_=0)) for bound in DURATION_BUCKETS_S
        ]
        found: dict[tuple[int, str], tuple[list[int], int]] = {}
        for store_id, kind, n, total, *buckets in c.execute(
            select(
                timed.c.store_id,
                timed.c.kind,
                func.count(),
                func.coalesce(func.sum(seconds), 0),
                *bucket_sums,
            ).group_by(timed.c.store_id, timed.c.kind)
        ):
            found[(store_id, kind)] = ([int(b or 0) for b in buckets] + [int(n)], int(total))
        return found, upper

    # -- exposition

    def _families(self, r: Reading) -> list[Any]:
        codes = r.stores
        ping = GaugeMetricFamily(
            "ocpizza_database_ping_seconds", "Time the database took to answer SELECT 1."
        )
        ping.add_metric([], r.ping_seconds)

        orders = GaugeMetricFamily(
            "ocpizza_orders",
            "Orders not yet delivered, collected or cancelled, by store and status.",
            labels=["store", "status"],
        )
        queue = GaugeMetricFamily(
            "ocpizza_kitchen_queue_length",
            "Orders received or in preparation: the kitchen's queue.",
            labels=["store"],
        )
        under = GaugeMetricFamily(
            "ocpizza_ingredients_under_threshold",
            "Ingredients whose stock is under their alert threshold.",
            labels=["store"],
        )
        created = CounterMetricFamily(
            "ocpizza_orders_created",
            "Orders placed, all channels, since the first order in the database.",
            labels=["store"],
        )
        for store_id, code in sorted(codes.items(), key=lambda item: item[1]):
            for status in OPEN_STATUSES:
                orders.add_metric([code, status.value], r.open_orders.get((store_id, status), 0))
            queue.add_metric(
                [code], sum(r.open_orders.get((store_id, s), 0) for s in KITCHEN_STATUSES)
            )
            under.add_metric([code], r.under_threshold.get(store_id, 0))
            created.add_metric([code], self._created.get(store_id, 0))

        histograms = []
        for kind, help_text in (
            (PREPARATION, "Time from placing to ready, of orders ready since this server started."),
            (
                DELIVERY,
                "Time from ready to delivered, of orders delivered since this server started.",
            ),
        ):
            family = HistogramMetricFamily(f"ocpizza_{kind}_seconds", help_text, labels=["store"])
            for store_id, code in sorted(codes.items(), key=lambda item: item[1]):
                found = self._durations.get((store_id, kind), _Histogram())
                bounds = [str(float(b)) for b in DURATION_BUCKETS_S] + ["+Inf"]
                family.add_metric(
                    [code], list(zip(bounds, found.buckets, strict=True)), found.total
                )
            histograms.append(family)

        maintenance = GaugeMetricFamily(
            "ocpizza_maintenance_mode", "1 while maintenance mode keeps staff out, else 0."
        )
        switch = r.settings.get(MAINTENANCE_KEY)
        maintenance.add_metric([], 1 if isinstance(switch, dict) and switch.get("on") else 0)

        families = [ping, orders, queue, under, created, *histograms, maintenance]
        backup_at = _backup_time(r.settings.get(LAST_BACKUP_KEY))
        if backup_at is not None:
            backup = GaugeMetricFamily(
                "ocpizza_last_backup_timestamp_seconds",
                "When the last successful backup was made (Unix time).",
            )
            backup.add_metric([], backup_at)
            families.append(backup)
        return families


def _backup_time(value: Any) -> float | None:
    """The "at" of the last_backup setting as Unix time; None if absent or unreadable."""
    if not isinstance(value, dict) or not isinstance(value.get("at"), str):
        return None
    try:
        moment = datetime.fromisoformat(value["at"])
    except ValueError:
        return None
    if moment.tzinfo is None:  # stored times are UTC
        moment = moment.replace(tzinfo=UTC)
    stamp = moment.timestamp()
    return stamp if math.isfinite(stamp) else None


def _describe(exc: BaseException) -> str:
    """The driver's words without SQL or parameters."""
    if isinstance(exc, DBAPIError):
        from ocpizza_desk.services.context import describe_db_error

        return describe_db_error(exc)
    return f"{type(exc).__name__}: {exc}"  # no parameters: the engine hides them


def metrics_engine(config: DatabaseConfig) -> Engine:
    """An engine of its own: a small pool, and every statement cut off on MariaDB/MySQL."""
    engine = create_engine_for(config, interactive=True, pool_size=2, max_overflow=2)
    if engine.dialect.name == "sqlite":
        return engine

    @event.listens_for(engine, "connect")
    def _statement_timeout(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"SET SESSION max_statement_time = {STATEMENT_TIMEOUT_S}")
        except Exception:  # MySQL spells it differently (milliseconds, SELECT only)
            cursor.execute(f"SET SESSION max_execution_time = {STATEMENT_TIMEOUT_S * 1000}")
        finally:
            cursor.close()

    return engine


def database_answers(engine: Engine) -> bool:
    """The server answers and the database holds the schema (a bare SELECT 1 still works on
    a connection whose database was dropped)."""
    try:
        with deadline(HEALTH_CHECK_DEADLINE_S), engine.connect() as c:
            c.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        return True
    except (SQLAlchemyError, OSError):
        return False


class HealthCheck:
    """`check()` -> True (answers), False (refused, no schema) or None (no answer in time).

    The database is asked on a thread of its own, one check at a time: a request arriving
    while one runs waits for that one (HEALTH_ANSWER_S at most), so a monitor calling again
    and again during a freeze never piles up threads or connections. Each loss and recovery
    is logged once, with its duration.
    """

    def __init__(self, probe: Callable[[], bool], answer_s: float = HEALTH_ANSWER_S) -> None:
        from ocpizza_desk.services.context import LinkLog

        self.probe = probe
        self.answer_s = answer_s
        self.link = LinkLog("database (healthz)")
        self._lock = threading.Lock()
        self._running: _Check | None = None

    def check(self) -> bool | None:
        with self._lock:
            current = self._running
            if current is None:
                current = self._running = _Check(time.monotonic())
                threading.Thread(
                    target=self._run, args=(current,), name="healthz-check", daemon=True
                ).start()
                wait = self.answer_s
            elif time.monotonic() - current.started < self.answer_s:
                wait = self.answer_s  # joined a check that may still answer in time
            else:
                wait = 0.0  # joined one that already missed its time: say so at once
        if not current.done.wait(wait):
            self.link.lost(f"no answer within {self.answer_s:g} s")
            return None
        if current.ok:
            self.link.answered()
        else:
            self.link.lost("refused, or no schema")
        return current.ok

    def _run(self, current: _Check) -> None:
        try:
            current.ok = self.probe()
        except Exception:  # a bug in the probe: unhealthy, and said so in the log
            log.exception("healthz: the check failed")
            current.ok = False
        finally:
            with self._lock:
                self._running = None
            current.done.set()


@dataclass
class _Check:
    started: float
    ok: bool = False
    done: threading.Event = field(default_factory=threading.Event)


class MetricsServer:
    """/metrics and /healthz over HTTP, one thread per request (the stdlib's server)."""

    def __init__(
        self,
        config: DatabaseConfig,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        *,
        collector_options: dict[str, Any] | None = None,
    ) -> None:
        self.httpd = ThreadingHTTPServer((host, port), _handler(self))  # OSError: port taken
        self.httpd.daemon_threads = True
        self.engine = metrics_engine(config)
        self.health = HealthCheck(lambda: database_answers(self.engine))
        self.collector = ChainCollector(self.engine, **(collector_options or {}))
        self.registry = CollectorRegistry(auto_describe=False)
        self.registry.register(self.collector)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def start(self) -> MetricsServer:
        """In a background thread (tests)."""
        self._thread = threading.Thread(target=self.serve_forever, name="metrics", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread is not None:
            self._thread.join()
        self.engine.dispose()


def _handler(server: MetricsServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/metrics":
                encoder, content_type = choose_encoder(self.headers.get("Accept"))
                self._answer(200, encoder(server.registry), content_type)
            elif path == "/healthz":
                healthy = server.health.check()
                if healthy:
                    self._answer(200, b"ok\n")
                elif healthy is None:
                    self._answer(503, b"database not answering\n")
                else:
                    self._answer(503, b"database unreachable\n")
            else:
                self._answer(404, b"not found: try /metrics or /healthz\n")

        def _answer(
            self, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8"
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args) -> None:
            log.debug("metrics http: " + format, *args)

    return Handler


def serve(config: DatabaseConfig, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> int:
    """Until interrupted. The database may be down at start: /healthz then says 503 and
    ocpizza_database_up 0, and both recover by themselves. Raises OSError if the port is
    taken."""
    server = MetricsServer(config, host, port)
    print(f"serving {server.url}/metrics and {server.url}/healthz", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()
        server.engine.dispose()
    return 0
