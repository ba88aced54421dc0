"""The reports from daily summaries against the exact computation (the reference), over the
generated orders of tests/test_reports.py (two stores, a daylight-saving change, orders around
Paris midnight, discounts, payments and refunds on later days), on SQLite and MariaDB: fully
summarised, half summarised, and after the changes a summary must survive (an old order
modified or cancelled, a payment taken for an old day, a GDPR erasure, a backup restored)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select, text, update

from ocpizza_desk.db import models as m
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.services import journal, reports, summaries
from ocpizza_desk.services.reports import Granularity, ReportRequest
from tests.test_reports import FIRST, LAST, build, paris

AFTER = paris(LAST + timedelta(days=3), 12)  # every generated day is over


@pytest.fixture
def world(db):
    built, tiny = build(db)
    return db, built, tiny


def same_figures(summarised: reports.Report, exact: reports.Report) -> None:
    """Every figure equal, percentiles within half a bucket."""
    assert summarised.stores == exact.stores
    assert summarised.revenue == exact.revenue
    assert summarised.products == exact.products
    assert summarised.channels == exact.channels
    assert summarised.takings == exact.takings
    assert summarised.stock == exact.stock
    assert len(summarised.per_store) == len(exact.per_store)
    timed = [f.name for f in dataclasses.fields(reports.StoreRow) if f.name.endswith("_s")]
    for mine, reference in zip(summarised.per_store, exact.per_store, strict=True):
        for name in timed:
            a, b = getattr(mine, name), getattr(reference, name)
            assert (a is None) == (b is None), name
            if a is not None:
                assert abs(a - b) <= summaries.BUCKET_S // 2, (name, a, b)
        plain = {f.name: getattr(mine, f.name) for f in dataclasses.fields(mine)}
        expected = {f.name: getattr(reference, f.name) for f in dataclasses.fields(reference)}
        assert {k: v for k, v in plain.items() if k not in timed} == {
            k: v for k, v in expected.items() if k not in timed
        }


def both(ctx, staff, request) -> tuple[reports.Report, reports.Report]:
    return reports.report(ctx, staff, request), reports.report(ctx, staff, request, exact=True)


def cover(ctx, stores=(1, 2), first=FIRST, last=LAST) -> summaries.Coverage:
    return ctx.transaction(lambda db: summaries.coverage(db, stores, first, last))


@pytest.mark.parametrize("granularity", list(Granularity))
def test_summarised_reports_equal_the_exact_computation(world, granularity):
    ctx, _, tiny = world
    office = tiny.staff[Role.HEAD_OFFICE]
    # From the first day with orders (before it, nothing is summarised: read live, empty).
    request = ReportRequest(FIRST - timedelta(days=1), LAST + timedelta(days=1), (), granularity)
    live, exact = both(ctx, office, request)  # nothing summarised yet: all from the orders
    same_figures(live, exact)

    done = summaries.refresh(ctx, now=AFTER)
    assert done.store_days > 0 and done.changed == 0
    coverage = cover(ctx, first=request.first_day, last=request.last_day)
    assert not coverage.live and not coverage.stale  # every day from the summaries
    summarised, exact = both(ctx, office, request)
    same_figures(summarised, exact)
    assert summarised.revenue and summarised.products and summarised.stock
    # A second catch-up finds nothing to do.
    assert summaries.refresh(ctx, now=AFTER).store_days == 0

    # One store, and a manager's own store.
    one = dataclasses.replace(request, store_ids=(2,))
    same_figures(*both(ctx, office, one))
    same_figures(*both(ctx, tiny.staff[Role.MANAGER], request))


def test_half_summarised_half_live(world):
    """The catch-up run in the middle of the period: the days before from the summaries,
    the others (today, then) from the orders, added up to the same figures."""
    ctx, _, tiny = world
    middle = paris(FIRST + timedelta(days=6), 15)
    summaries.refresh(ctx, now=middle)
    coverage = cover(ctx)
    assert coverage.clean and coverage.live
    assert max(max(d) for d in coverage.clean.values()) < FIRST + timedelta(days=6)
    for granularity in Granularity:
        request = ReportRequest(FIRST, LAST, (), granularity)
        same_figures(*both(ctx, tiny.staff[Role.HEAD_OFFICE], request))


def _an_old_order(ctx, status: str) -> dict:
    with ctx.engine.connect() as c:
        row = c.execute(
            select(m.Order.id, m.Order.store_id, m.Order.created_at, m.Order.version)
            .where(
                m.Order.status == status,
                m.Order.created_at >= paris(FIRST + timedelta(days=2), 0),
                m.Order.created_at < paris(LAST - timedelta(days=2), 0),
            )
            .order_by(m.Order.id)
            .limit(1)
        ).one()
    return row._asdict()


def test_a_late_modification_of_an_old_order_is_read_live_then_corrected(world):
    """An old order's lines changed and another cancelled after their days were summarised
    (as the order services write them: the order row updated with its lines, so the orders
    trigger gives it a new revision): the report reads those days from the orders at once,
    and the next catch-up recomputes exactly them."""
    ctx, _, tiny = world
    office = tiny.staff[Role.HEAD_OFFICE]
    summaries.refresh(ctx, now=AFTER)
    changed = _an_old_order(ctx, "received")
    cancelled = _an_old_order(ctx, "delivered")
    before = reports.report(ctx, office, ReportRequest(FIRST, LAST))
    with ctx.engine.begin() as c:
        line = c.execute(
            select(m.OrderLine.id, m.OrderLine.line_total_cents)
            .where(m.OrderLine.order_id == changed["id"])
            .order_by(m.OrderLine.position)
            .limit(1)
        ).one()
        c.execute(
            update(m.OrderLine.__table__)
            .where(m.OrderLine.id == line.id)
            .values(discount_cents=line.line_total_cents)  # a line given away
        )
        total = c.execute(
            select(func.sum(m.OrderLine.line_total_cents - m.OrderLine.discount_cents)).where(
                m.OrderLine.order_id == changed["id"]
            )
        ).scalar()
        # As orders.modify does: the new total journalled, then written (a trigger refuses a
        # total that is not the journal's last).
        now = AFTER + timedelta(hours=1)
        total = int(total)  # MariaDB sums to a Decimal
        content = journal.canonical([("event", journal.MODIFICATION), ("total", total)])
        entry = journal.Entry(
            journal.MODIFICATION, journal.business_day(now), 0, content, order_id=changed["id"]
        )
        journal.append(c, changed["store_id"], [entry], now)
        c.execute(
            update(m.Order.__table__)
            .where(m.Order.id == changed["id"])
            .values(total_cents=total, version=changed["version"] + 1)
        )
        c.execute(
            update(m.Order.__table__)
            .where(m.Order.id == cancelled["id"])
            .values(status="cancelled", version=cancelled["version"] + 1)
        )
    coverage = cover(ctx)
    stale = {(s, d) for s, days in coverage.stale.items() for d in days}
    expected = {
        (o["store_id"], summaries.paris_day(o["created_at"].replace(tzinfo=UTC)))
        for o in (changed, cancelled)
    }
    assert stale == expected
    after = reports.report(ctx, office, ReportRequest(FIRST, LAST))
    assert after.per_store[-1].cancelled == before.per_store[-1].cancelled + 1
    assert after.per_store[-1].ttc_cents < before.per_store[-1].ttc_cents
    same_figures(after, reports.report(ctx, office, ReportRequest(FIRST, LAST), exact=True))

    again = summaries.refresh(ctx, now=AFTER)
    assert again.changed == len(expected) and again.store_days == len(expected)
    assert not cover(ctx).stale
    corrected = reports.report(ctx, office, ReportRequest(FIRST, LAST))
    same_figures(corrected, reports.report(ctx, office, ReportRequest(FIRST, LAST), exact=True))
    assert corrected.per_store[-1].ttc_cents == after.per_store[-1].ttc_cents


def test_a_payment_recorded_for_an_old_day_is_seen(world):
    """Money dated on a summarised day (the website's late sync): that day's takings are read
    from the payments until the catch-up puts it in the summary."""
    ctx, _, tiny = world
    office = tiny.staff[Role.HEAD_OFFICE]
    summaries.refresh(ctx, now=AFTER)
    order = _an_old_order(ctx, "received")
    with ctx.engine.begin() as c:
        c.execute(
            insert(m.Payment.__table__).values(
                order_id=order["id"],
                tender="cash",
                amount_cents=700,
                received_at=order["created_at"].replace(tzinfo=UTC) + timedelta(minutes=1),
            )
        )
    request = ReportRequest(FIRST, LAST)
    same_figures(*both(ctx, office, request))
    assert summaries.refresh(ctx, now=datetime.now(UTC) + timedelta(minutes=5)).changed == 1
    same_figures(*both(ctx, office, request))


def test_the_closure_summarises_its_day_in_its_transaction(world):
    """`refresh_day` as the Z closure calls it: one store's day, in the caller's transaction
    (rolled back with it), then used by reports."""
    ctx, _, tiny = world
    day = FIRST + timedelta(days=3)

    def close_and_fail(db):
        summaries.refresh_day(db, 1, day)
        raise RuntimeError("the closure failed")

    with pytest.raises(RuntimeError):
        ctx.transaction(close_and_fail)
    assert not cover(ctx).clean
    # Right after rows were written, the ids of the last minute are not trusted as marks (a
    # till's transaction may still commit a lower one): the day is summarised but read live.
    ctx.transaction(lambda db: summaries.refresh_day(db, 1, day))
    assert cover(ctx).stale == {1: {day}}
    later = datetime.now(UTC) + summaries.SETTLE * 2
    ctx.transaction(lambda db: summaries.refresh_day(db, 1, day, now=later))
    assert cover(ctx).clean == {1: {day}} and not cover(ctx).stale
    request = ReportRequest(day, day, (1,))
    same_figures(*both(ctx, tiny.staff[Role.HEAD_OFFICE], request))
    # The catch-up afterwards does not redo it, and its marks stay where the store's are.
    summaries.refresh(ctx, now=AFTER)
    same_figures(*both(ctx, tiny.staff[Role.HEAD_OFFICE], ReportRequest(FIRST, LAST)))


def test_a_gdpr_erasure_leaves_the_figures(world):
    from ocpizza_desk.services import customers

    ctx, _, tiny = world
    office = tiny.staff[Role.HEAD_OFFICE]
    summaries.refresh(ctx, now=AFTER)
    before = reports.report(ctx, office, ReportRequest(FIRST, LAST))
    ctx.transaction(lambda db: customers.apply_erasure(db, 1, datetime.now(UTC)))
    assert not cover(ctx).stale and not cover(ctx).live
    after = reports.report(ctx, office, ReportRequest(FIRST, LAST))
    assert after.revenue == before.revenue and after.per_store == before.per_store
    same_figures(after, reports.report(ctx, office, ReportRequest(FIRST, LAST), exact=True))


def test_summaries_survive_a_backup_and_restore(world, backend, new_database, tmp_path):
    from ocpizza_desk.ops import backup
    from ocpizza_desk.services.context import ServiceContext

    ctx, _, tiny = world
    office = tiny.staff[Role.HEAD_OFFICE]
    summaries.refresh(ctx, now=AFTER)
    expected = reports.report(ctx, office, ReportRequest(FIRST, LAST))
    made = backup.create(ctx.config, tmp_path)
    target = ServiceContext(new_database(backend))
    try:
        backup.restore(made.path, target.config)
        with target.engine.connect() as c:
            assert c.execute(select(func.count()).select_from(m.DaySummary)).scalar() > 0
        assert not cover(target).stale and not cover(target).live
        restored = reports.report(target, office, ReportRequest(FIRST, LAST))
        assert restored.revenue == expected.revenue and restored.per_store == expected.per_store
        same_figures(
            restored, reports.report(target, office, ReportRequest(FIRST, LAST), exact=True)
        )
        assert summaries.refresh(target, now=AFTER).changed == 0
    finally:
        target.close()


def test_percentiles_of_a_histogram():
    histogram = {0: 1, 1: 3, 10: 1}  # 0-29 s once, 30-59 s three times, 300-329 s once
    assert summaries.percentile(histogram, 50) == 45
    assert summaries.percentile(histogram, 90) == 315
    assert summaries.percentile({}, 50) is None
    assert summaries.percentile({-1: 2}, 50) == -15


def test_refresh_leaves_today_and_the_grace_period_alone(world):
    ctx, _, _ = world
    just_after_midnight = paris(LAST + timedelta(days=1), 0, 5)
    done = summaries.refresh(ctx, now=just_after_midnight)
    assert done.through == LAST - timedelta(days=1)  # LAST ended 5 min ago: not yet
    coverage = cover(ctx)
    assert all(LAST not in days for days in coverage.clean.values())
    with ctx.engine.connect() as c:
        assert c.execute(text("SELECT COUNT(*) FROM summary_marks")).scalar() == 2


def test_a_new_store_has_nothing_to_summarise(db):
    assert summaries.refresh(db, now=datetime.now(UTC)).store_days == 0
    today = date.today()
    assert db.transaction(lambda s: summaries.coverage(s, (), today, today)).live == []


def test_the_console_brings_the_summaries_up_to_date(world, capsys):
    from ocpizza_desk.cli import EXIT_OK, main

    ctx, _, _ = world
    assert main(["--lang", "en", "--db-url", ctx.config.url, "reports", "refresh"]) == EXIT_OK
    assert "report summaries:" in capsys.readouterr().out
    coverage = cover(ctx)
    # Every day summarised; those with rows of the last minute are read live until then.
    assert {s: coverage.clean.get(s, set()) | coverage.stale.get(s, set()) for s in (1, 2)} == {
        s: set(summaries.days_between(FIRST, LAST)) for s in (1, 2)
    }


def test_the_resolution_of_the_times_is_stated(world, tmp_path):
    from ocpizza_desk.services import report_exports

    ctx, _, tiny = world
    summarised, exact = both(ctx, tiny.staff[Role.HEAD_OFFICE], ReportRequest(FIRST, LAST))
    assert (summarised.timing_resolution_s, exact.timing_resolution_s) == (30, None)
    lines = dict(report_exports.heading(summarised, "fr"))
    assert lines["Temps"] == (
        "médianes et 90e centiles à ± 15 s près (histogrammes par tranches de 30 s)"
    )
    assert "Temps" not in dict(report_exports.heading(exact, "fr"))
    written = report_exports.write_csv(summarised, tmp_path / "r.csv", "en")
    assert "within ± 15 s" in written.read_text(encoding="utf-8-sig")
