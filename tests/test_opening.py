"""Opening hours and delivery zones, the pure rules (domain/opening.py): Paris wall-clock
ranges across DST changes, closures, last orders, the next possible time, radius zones."""

from datetime import UTC, date, datetime, timedelta

import pytest

from ocpizza_desk.domain import opening
from ocpizza_desk.domain.clock import PARIS

WEEK = {
    "mon": [],  # the weekly closure day
    **{d: [["11:30", "14:30"], ["18:00", "23:00"]] for d in ("tue", "wed", "thu", "fri", "sat")},
    "sun": [["18:00", "22:30"]],
}


def paris(*args) -> datetime:
    return datetime(*args, tzinfo=PARIS).astimezone(UTC)


def test_inside_a_range_is_accepted_and_04_00_is_refused_with_the_next_opening():
    now = paris(2026, 12, 2, 10, 0)  # a Wednesday morning
    assert opening.check_promise(paris(2026, 12, 2, 12, 15), now, WEEK).ok
    refused = opening.check_promise(paris(2026, 12, 3, 4, 0), now, WEEK)
    assert refused.reason == "outside_hours"
    assert refused.next_possible == paris(2026, 12, 3, 11, 30)


def test_between_two_ranges_the_evening_opening_is_suggested():
    refused = opening.check_promise(paris(2026, 12, 2, 16, 0), paris(2026, 12, 2, 15, 0), WEEK)
    assert not refused.ok and refused.next_possible == paris(2026, 12, 2, 18, 0)


def test_the_weekly_closure_day_and_a_holiday_are_skipped():
    sunday_night = paris(2026, 12, 6, 23, 0)  # after Sunday's close; Monday is closed
    refused = opening.check_promise(sunday_night, paris(2026, 12, 6, 20, 0), WEEK)
    assert refused.next_possible == paris(2026, 12, 8, 11, 30)  # Tuesday
    christmas = date(2026, 12, 25)  # a Friday
    refused = opening.check_promise(
        paris(2026, 12, 25, 12, 0), paris(2026, 12, 24, 20, 0), WEEK, closures=[christmas]
    )
    assert refused.reason == "closed_day"
    assert refused.next_possible == paris(2026, 12, 26, 11, 30)


def test_last_orders_are_taken_until_the_close_minus_the_stores_minutes():
    promised = paris(2026, 12, 2, 22, 55)
    assert opening.check_promise(promised, paris(2026, 12, 2, 22, 30), WEEK, [], 30).ok
    late = opening.check_promise(promised, paris(2026, 12, 2, 22, 31), WEEK, [], 30)
    assert late.reason == "last_order"
    assert late.next_possible == paris(2026, 12, 3, 11, 30)


@pytest.mark.parametrize(
    "day, utc_open",
    [
        (date(2026, 3, 28), datetime(2026, 3, 28, 17, 0, tzinfo=UTC)),  # winter, UTC+1
        (date(2026, 3, 29), datetime(2026, 3, 29, 16, 0, tzinfo=UTC)),  # clocks went forward
        (date(2026, 10, 25), datetime(2026, 10, 25, 17, 0, tzinfo=UTC)),  # clocks went back
    ],
)
def test_ranges_keep_their_wall_clock_across_dst(day, utc_open):
    hours = {d: [["18:00", "23:00"]] for d in opening.DAYS}
    [(start, end)] = opening.ranges_on(day, hours)
    assert start == utc_open and end - start == timedelta(hours=5)
    assert start.astimezone(PARIS).strftime("%H:%M") == "18:00"
    assert end.astimezone(PARIS).strftime("%H:%M") == "23:00"


def test_a_bound_in_the_spring_gap_is_the_first_moment_after_it():
    hours = {d: [["02:30", "04:00"]] for d in opening.DAYS}
    [(start, _end)] = opening.ranges_on(date(2026, 3, 29), hours)
    assert start.astimezone(PARIS).strftime("%H:%M") == "03:30"


def test_nothing_open_in_the_next_two_weeks_suggests_nothing():
    refused = opening.check_promise(
        paris(2026, 12, 2, 12, 0), paris(2026, 12, 2, 10, 0), {d: [] for d in opening.DAYS}
    )
    assert not refused.ok and refused.next_possible is None


def test_naive_times_are_refused():
    with pytest.raises(ValueError):
        opening.check_promise(datetime(2026, 12, 2, 12, 0), paris(2026, 12, 2, 10, 0), WEEK)


def test_a_radius_zone_and_the_store_that_does_deliver_there():
    bastille = opening.Zone(1, 48.85408, 2.37123, 3000)
    abbesses = opening.Zone(2, 48.88446, 2.33768, 2500)
    near_abbesses = (48.8867, 2.3431)  # rue Lepic, about 450 m away
    assert not bastille.covers(near_abbesses)
    assert opening.deliverers([bastille, abbesses], near_abbesses) == [2]
    assert opening.deliverers([bastille, abbesses], (48.70, 2.10)) == []
    assert opening.distance_m((48.85408, 2.37123), (48.88446, 2.33768)) == pytest.approx(
        4170, rel=0.02
    )
