"""`metrics serve`: scraped over HTTP, parsed with prometheus_client's own parser, and
compared with counts the test makes itself in SQL; /healthz; Prometheus naming rules."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from datetime import timedelta

import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import insert, select, text

from ocpizza_desk.cli import EXIT_REFUSED, build_parser, main
from ocpizza_desk.config import DatabaseConfig, sqlite_url
from ocpizza_desk.db import schema
from ocpizza_desk.db.engine import create_engine_for
from ocpizza_desk.db.models import AppSetting, Order, OrderStatusChange
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import OrderStatus
from ocpizza_desk.ops.metrics import DURATION_BUCKETS_S, MetricsServer
from ocpizza_desk.ops.scratch import create_database, drop_database
from ocpizza_desk.services import maintenance, orders
from ocpizza_desk.services.cart import CartLine
from tests.helpers import product_id, request, staff

OPEN = ("received", "in_preparation", "ready", "out_for_delivery")


@pytest.fixture
def serve():
    """Start a metrics server on a free port, in a thread; all stopped at the end."""
    started: list[MetricsServer] = []

    def start(config: DatabaseConfig, **collector_options) -> MetricsServer:
        server = MetricsServer(config, "127.0.0.1", 0, collector_options=collector_options)
        started.append(server.start())
        return server

    yield start
    for server in started:
        server.stop()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as refused:
        return refused.code, refused.read().decode()


def scrape(server: MetricsServer) -> dict:
    status, body = get(server.url + "/metrics")
    assert status == 200
    return {family.name: family for family in text_string_to_metric_families(body)}


def values(families: dict, name: str, sample: str | None = None) -> dict[tuple, float]:
    """{(label values in label-name order): value} of one family's samples named `sample`."""
    return {
        tuple(v for _k, v in sorted(s.labels.items())): s.value
        for s in families[name].samples
        if s.name == (sample or name)
    }


def sql(ctx, statement: str, **params) -> list[tuple]:
    with ctx.engine.connect() as c:
        return [tuple(row) for row in c.execute(text(statement), params)]


def test_gauges_and_counters_match_the_database(demo, serve):
    server = serve(demo.config)
    got = scrape(server)
    assert values(got, "ocpizza_database_up") == {(): 1.0}
    assert values(got, "ocpizza_database_ping_seconds")[()] >= 0

    codes = [code for (code,) in sql(demo, "SELECT code FROM stores")]
    open_orders = {
        (code, status): n
        for code, status, n in sql(
            demo,
            "SELECT s.code, o.status, COUNT(*) FROM orders o JOIN stores s ON s.id = o.store_id "
            "WHERE o.status IN ('received', 'in_preparation', 'ready', 'out_for_delivery') "
            "GROUP BY s.code, o.status",
        )
    }
    assert values(got, "ocpizza_orders") == {  # label values in name order: status, store
        (status, code): float(open_orders.get((code, status), 0))
        for code in codes
        for status in OPEN
    }
    assert values(got, "ocpizza_kitchen_queue_length") == {
        (code,): float(open_orders.get((code, "received"), 0))
        + open_orders.get((code, "in_preparation"), 0)
        for code in codes
    }
    under = dict(
        sql(
            demo,
            "SELECT s.code, COUNT(*) FROM stock_balances b JOIN stores s ON s.id = b.store_id "
            "WHERE b.quantity < b.threshold GROUP BY s.code",
        )
    )
    assert sum(under.values()) > 0  # the demo keeps a few ingredients low
    assert values(got, "ocpizza_ingredients_under_threshold") == {
        (code,): float(under.get(code, 0)) for code in codes
    }
    created = dict(
        sql(
            demo,
            "SELECT s.code, COUNT(*) FROM orders o JOIN stores s ON s.id = o.store_id "
            "GROUP BY s.code",
        )
    )
    assert values(got, "ocpizza_orders_created", "ocpizza_orders_created_total") == {
        (code,): float(created.get(code, 0)) for code in codes
    }
    assert values(got, "ocpizza_maintenance_mode") == {(): 0.0}
    assert "ocpizza_last_backup_timestamp_seconds" not in got  # no backup recorded yet

    maintenance.set_maintenance_from_console(demo, True, "Sauvegarde")
    at = utcnow().replace(microsecond=0)
    with demo.engine.begin() as c:
        c.execute(
            insert(AppSetting).values(
                key="last_backup",
                value={"at": at.isoformat(), "path": "ocpizza-20261129.sql.gz"},
                updated_at=at,
            )
        )
    again = scrape(server)
    assert values(again, "ocpizza_maintenance_mode") == {(): 1.0}
    assert values(again, "ocpizza_last_backup_timestamp_seconds") == {(): at.timestamp()}


def test_new_orders_and_their_times_are_counted_from_the_server_start(demo, serve):
    now = utcnow()
    # A clock three hours ahead: every row written below is old enough to be counted.
    server = serve(demo.config, clock=lambda: utcnow() + timedelta(hours=3))
    first = scrape(server)
    for kind in ("preparation", "delivery"):
        assert all(
            v == 0
            for v in values(
                first, f"ocpizza_{kind}_seconds", f"ocpizza_{kind}_seconds_count"
            ).values()
        )
    before = values(first, "ocpizza_orders_created", "ocpizza_orders_created_total")

    counter = staff(demo, "accueil.bastille")
    margherita = product_id(demo, "margherita")
    placed = [
        orders.place(demo, counter, request(CartLine(margherita, 1))).order_id for _ in range(4)
    ]
    with demo.engine.begin() as c:
        created_at = dict(
            c.execute(select(Order.id, Order.created_at).where(Order.id.in_(placed))).all()
        )
        history = []
        for order_id, minutes_to_ready, minutes_to_door in zip(
            placed, (7, 12, 50, 130), (9, 31, None, None), strict=True
        ):
            ready_at = created_at[order_id] + timedelta(minutes=minutes_to_ready)
            history.append((order_id, OrderStatus.IN_PREPARATION, OrderStatus.READY, ready_at))
            if minutes_to_door is not None:
                history.append(
                    (
                        order_id,
                        OrderStatus.OUT_FOR_DELIVERY,
                        OrderStatus.DELIVERED,
                        ready_at + timedelta(minutes=minutes_to_door),
                    )
                )
        c.execute(
            insert(OrderStatusChange),
            [
                {"order_id": o, "from_status": f, "to_status": t, "changed_at": at}
                for o, f, t, at in history
            ],
        )
    assert all(at > now - timedelta(seconds=1) for at in created_at.values())

    got = scrape(server)
    code = sql(demo, "SELECT code FROM stores WHERE id = :i", i=counter.store_id)[0][0]
    after = values(got, "ocpizza_orders_created", "ocpizza_orders_created_total")
    assert after[(code,)] == before[(code,)] + 4
    assert (
        after[(code,)]
        == sql(demo, "SELECT COUNT(*) FROM orders WHERE store_id = :s", s=counter.store_id)[0][0]
    )
    assert {k: v for k, v in after.items() if k != (code,)} == {
        k: v for k, v in before.items() if k != (code,)
    }

    bounds = [f"{float(b)}" for b in DURATION_BUCKETS_S] + ["+Inf"]
    expected = {
        "preparation": ([0, 1, 2, 2, 2, 2, 3, 4], (7 + 12 + 50 + 130) * 60),
        "delivery": ([0, 1, 1, 1, 1, 2, 2, 2], (9 + 31) * 60),
    }
    for kind, (buckets, total) in expected.items():
        name = f"ocpizza_{kind}_seconds"
        bucket_values = values(got, name, name + "_bucket")
        assert [bucket_values[(le, code)] for le in bounds] == buckets, kind
        assert values(got, name, name + "_count")[(code,)] == buckets[-1]
        assert values(got, name, name + "_sum")[(code,)] == total
        others = [v for k, v in values(got, name, name + "_count").items() if k != (code,)]
        assert others and all(v == 0 for v in others)

    # Counted once: the next scrape adds nothing.
    assert (
        values(scrape(server), "ocpizza_preparation_seconds", "ocpizza_preparation_seconds_count")[
            (code,)
        ]
        == 4
    )


def test_rows_younger_than_the_settling_delay_wait_for_the_next_scrape(demo, serve):
    """A transaction still open might commit a smaller id later: recent rows wait."""
    clock = {"now": utcnow()}
    server = serve(demo.config, clock=lambda: clock["now"], settle=timedelta(seconds=60))
    counter = staff(demo, "accueil.bastille")
    code = sql(demo, "SELECT code FROM stores WHERE id = :i", i=counter.store_id)[0][0]
    first = values(scrape(server), "ocpizza_orders_created", "ocpizza_orders_created_total")
    orders.place(demo, counter, request(CartLine(product_id(demo, "margherita"), 1)))
    not_yet = values(scrape(server), "ocpizza_orders_created", "ocpizza_orders_created_total")
    assert not_yet[(code,)] == first[(code,)]
    clock["now"] = utcnow() + timedelta(seconds=61)
    settled = values(scrape(server), "ocpizza_orders_created", "ocpizza_orders_created_total")
    assert settled[(code,)] == first[(code,)] + 1


def test_a_scrape_does_not_wait_for_a_writer_holding_row_locks(demo, serve):
    server = serve(demo.config)
    order_id = sql(demo, "SELECT MIN(id) FROM orders")[0][0]
    with demo.engine.connect() as writer:
        writer.execute(text("UPDATE orders SET notes = 'held' WHERE id = :i"), {"i": order_id})
        got = scrape(server)  # the writer's transaction is still open
        writer.rollback()
    assert values(got, "ocpizza_database_up") == {(): 1.0}
    assert "ocpizza_orders" in got


def test_metric_names_follow_the_prometheus_conventions(demo, serve):
    with demo.engine.begin() as c:
        c.execute(
            insert(AppSetting).values(key="last_backup", value={"at": "2026-11-29T03:00:00+00:00"})
        )
    got = scrape(serve(demo.config))
    codes = {code for (code,) in sql(demo, "SELECT code FROM stores")}
    assert set(got) == {
        "ocpizza_database_up",
        "ocpizza_database_ping_seconds",
        "ocpizza_orders",
        "ocpizza_orders_created",
        "ocpizza_kitchen_queue_length",
        "ocpizza_ingredients_under_threshold",
        "ocpizza_preparation_seconds",
        "ocpizza_delivery_seconds",
        "ocpizza_maintenance_mode",
        "ocpizza_last_backup_timestamp_seconds",
        "ocpizza_metrics_scrape_errors",
        "ocpizza_metrics_scrape_duration_seconds",
    }
    for name, family in got.items():
        assert name.startswith("ocpizza_"), name
        assert family.documentation, name
        for sample in family.samples:
            if family.type == "counter":
                assert sample.name in (name + "_total", name + "_created"), sample.name
            else:
                assert not sample.name.endswith("_total"), sample.name
            if family.type == "histogram":
                assert sample.name.removeprefix(name) in ("_bucket", "_count", "_sum")
            # Bounded labels only: never an order id, a user, a customer.
            assert set(sample.labels) <= {"store", "status", "le"}, sample
            assert sample.labels.get("store", next(iter(codes))) in codes
            assert sample.labels.get("status", "received") in {s.value for s in OrderStatus}
        if family.type == "histogram" or "seconds" in name or "time" in name:
            assert name.endswith("_seconds"), name  # base unit: seconds
        assert not any(unit in name for unit in ("_minutes", "_ms", "_milliseconds"))


def test_healthz_says_ok_while_the_database_answers(demo, serve):
    server = serve(demo.config)
    assert get(server.url + "/healthz") == (200, "ok\n")
    assert get(server.url + "/nothing-here")[0] == 404


@pytest.mark.mysql_only
def test_a_dropped_database_turns_healthz_to_503(mariadb_server, serve):
    config = DatabaseConfig(url=create_database(mariadb_server, "ocpizza_metrics"), source="tests")
    engine = create_engine_for(config)
    schema.upgrade(engine)
    engine.dispose()
    dropped = False
    try:
        server = serve(config)
        assert get(server.url + "/healthz") == (200, "ok\n")
        drop_database(config.url)
        dropped = True
        assert get(server.url + "/healthz") == (503, "database unreachable\n")
        got = scrape(server)  # /metrics still answers, and says why
        assert values(got, "ocpizza_database_up") == {(): 0.0}
        assert values(
            got, "ocpizza_metrics_scrape_errors", "ocpizza_metrics_scrape_errors_total"
        ) == {(): 1.0}
        assert "ocpizza_orders" not in got
    finally:
        if not dropped:  # an assertion failed before: still leave no database behind
            drop_database(config.url)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nobody listens once it is closed


@pytest.mark.parametrize("where", ["closed port", "sqlite in a folder"])
def test_healthz_is_503_when_the_database_cannot_be_reached(where, serve, tmp_path):
    if where == "closed port":
        url = f"mysql+pymysql://root@127.0.0.1:{_closed_port()}/ocpizza"
    else:
        url = sqlite_url(tmp_path)  # a folder is not a database file
    server = serve(DatabaseConfig(url=url, source="tests"))
    assert get(server.url + "/healthz") == (503, "database unreachable\n")
    got = scrape(server)
    assert values(got, "ocpizza_database_up") == {(): 0.0}
    assert "ocpizza_database_ping_seconds" not in got


def test_the_command_line(demo, capsys):
    args = build_parser().parse_args(["metrics", "serve"])
    assert (args.host, args.port) == ("127.0.0.1", 9101)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(
            ["--lang", "en", "--db-url", demo.config.url, "metrics", "serve", "--port", str(port)]
        )
    assert code == EXIT_REFUSED
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        build_parser().parse_args(["metrics", "serve", "--port", "70000"])


def test_openmetrics_is_served_when_asked_for(demo, serve):
    """Prometheus itself asks for OpenMetrics first; Beamium takes the classic text."""
    from prometheus_client.openmetrics.parser import (
        text_string_to_metric_families as parse_openmetrics,
    )

    server = serve(demo.config)
    asked = urllib.request.Request(
        server.url + "/metrics", headers={"Accept": "application/openmetrics-text; version=1.0.0"}
    )
    with urllib.request.urlopen(asked, timeout=30) as answer:
        assert answer.headers["Content-Type"].startswith("application/openmetrics-text")
        body = answer.read().decode()
    assert body.rstrip().endswith("# EOF")
    families = {f.name: f for f in parse_openmetrics(body)}
    assert set(families) == set(scrape(server))
    assert families["ocpizza_orders_created"].type == "counter"


def test_a_backup_shows_as_the_last_backup_time(demo, serve, tmp_path):
    from datetime import UTC, datetime

    from ocpizza_desk.ops import backup

    server = serve(demo.config)
    assert "ocpizza_last_backup_timestamp_seconds" not in scrape(server)
    taken = datetime(2026, 11, 29, 3, 15, 7, tzinfo=UTC)
    backup.create(demo.config, tmp_path, now=taken)
    families = scrape(server)
    assert values(families, "ocpizza_last_backup_timestamp_seconds") == {(): taken.timestamp()}
    later = datetime(2026, 11, 30, 3, 15, 2, tzinfo=UTC)
    backup.create(demo.config, tmp_path, now=later)
    families = scrape(server)
    assert values(families, "ocpizza_last_backup_timestamp_seconds") == {(): later.timestamp()}
