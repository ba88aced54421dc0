"""The promised time typed on screen is Paris wall-clock time; the database gets UTC."""

from datetime import UTC, datetime, time

import pytest

from ocpizza_desk.gui.screens.order_taking import promised_utc


@pytest.mark.parametrize(
    "now, typed, expected",
    [
        # winter (UTC+1): 20:00 in Paris, 20:45 typed
        (datetime(2026, 11, 28, 19, 0, tzinfo=UTC), time(20, 45), datetime(2026, 11, 28, 19, 45)),
        # just after midnight, typed at 23:50: tomorrow
        (datetime(2026, 11, 28, 22, 50, tzinfo=UTC), time(0, 15), datetime(2026, 11, 28, 23, 15)),
        # a few minutes behind now is still today (the service refuses a time in the past)
        (datetime(2026, 11, 28, 19, 0, tzinfo=UTC), time(19, 30), datetime(2026, 11, 28, 18, 30)),
        # summer (UTC+2)
        (datetime(2026, 7, 1, 18, 0, tzinfo=UTC), time(20, 30), datetime(2026, 7, 1, 18, 30)),
        # the night the clocks go back (25 October 2026): 02:30 happens twice; the first
        (datetime(2026, 10, 24, 23, 50, tzinfo=UTC), time(2, 30), datetime(2026, 10, 25, 0, 30)),
    ],
)
def test_paris_time_to_utc(now, typed, expected):
    assert promised_utc(typed, now) == expected.replace(tzinfo=UTC)
