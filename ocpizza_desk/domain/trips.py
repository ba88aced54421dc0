"""Delivery trips, the pure part: how many stops, when each customer is reached, what cash
a driver should bring back.

A trip leaves the store, visits its stops in the optimised order and comes back: the route
has one leg more than stops. Each stop's expected time is the departure plus the legs that
lead to it (the offline estimate already counts the minutes spent at each door).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from itertools import accumulate

MAX_STOPS = 8  # more than a scooter's top box holds


def arrival_times(departure: datetime, leg_durations_s: Sequence[int]) -> list[datetime]:
    """The time each stop is reached, in visiting order: departure + the legs before it.
    `leg_durations_s` lists store -> stop 1, stop 1 -> stop 2, ...; a return leg, if
    present, is ignored by the caller taking only as many times as there are stops."""
    return [departure + timedelta(seconds=s) for s in accumulate(leg_durations_s)]


def lateness_minutes(promised_at: datetime, expected_at: datetime) -> int:
    """Whole minutes after the promise (0 when on time)."""
    late = (expected_at - promised_at).total_seconds()
    return max(0, int(late // 60))


def cash_expected(float_cents: int, collected_cents: int) -> int:
    """What a driver hands in at the end of the shift: the change fund they left with, plus
    the cash taken at the doors (change given back never counts: payments record what was
    applied to the orders)."""
    return float_cents + collected_cents
