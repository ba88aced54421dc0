"""When a store takes orders and where it delivers (issue 20, item 5): the pure rules.

Shared by the placing and modifying of orders (services/orders.py), the Stores screen
(services/stores.py) and, written again in SQL, the website's `web_order` procedure
(db/accounts.py).

Opening hours are a store's weekly ranges in Europe/Paris wall-clock time
(`{"mon": [["11:30", "14:30"], ["18:00", "23:00"]], ...}`, ranges never crossing midnight:
the Stores screen refuses an end before its start; "24:00" as an end is the next midnight, so
`[["00:00", "24:00"]]` every day is open around the clock), minus exceptional closures (whole Paris
calendar days). A promised time is accepted when it falls inside a range of a day that is not
closed, and the order is placed no later than that range's last-order time (its end minus the
store's `last_order_minutes`). Otherwise the next possible time is the earliest moment, at or
after the one asked, that passes both rules.

Times are converted through the Paris zone on the date they fall on, so a range keeps its wall
clock across the DST changes (the 25 October 2026 night has 25 hours, 29 March 2026 23). A
range bound that does not exist that night (02:30 in the spring) is read as the first moment
after the gap (`fold` and normalisation through UTC).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from ocpizza_desk.domain.clock import PARIS

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LOOK_AHEAD_DAYS = 14  # how far the next possible time is looked for
EARTH_RADIUS_M = 6_371_000

Hours = Mapping[str, Sequence[Sequence[str]]]


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str | None = None  # "closed_day", "outside_hours", "last_order"
    next_possible: datetime | None = None  # UTC; None: nothing in the next 14 days


MIDNIGHT_END = "24:00"  # as a range's end: the next midnight


def _local(day: date, hhmm: str) -> datetime:
    """The UTC moment of this Paris wall-clock time on that day (a time in the spring gap
    becomes the first moment after it; "24:00" is the next day's midnight)."""
    if hhmm == MIDNIGHT_END:
        day, hhmm = day + timedelta(days=1), "00:00"
    hours, minutes = hhmm.split(":")
    naive = datetime.combine(day, time(int(hours), int(minutes)))
    return naive.replace(tzinfo=PARIS).astimezone(UTC).astimezone(PARIS).astimezone(UTC)


def ranges_on(day: date, hours: Hours) -> list[tuple[datetime, datetime]]:
    """That Paris day's opening ranges as UTC (start, end)."""
    slots = hours.get(DAYS[day.weekday()]) or ()
    return [(_local(day, a), _local(day, b)) for a, b in slots]


def check_promise(
    promised: datetime,
    now: datetime,
    hours: Hours,
    closures: Iterable[date] = (),
    last_order_minutes: int = 0,
) -> Verdict:
    """May an order placed `now` be promised for `promised` (both aware datetimes)?"""
    if promised.tzinfo is None or now.tzinfo is None:
        raise ValueError("naive datetime: times must carry their zone")
    closed = set(closures)
    last = timedelta(minutes=last_order_minutes)
    day = promised.astimezone(PARIS).date()
    verdict = _verdict(promised, now, hours, closed, last, day)
    if verdict is None:
        return Verdict(True)
    return Verdict(False, verdict, next_possible(promised, now, hours, closed, last_order_minutes))


def _verdict(promised, now, hours, closed, last, day) -> str | None:
    if day in closed:
        return "closed_day"
    found = "outside_hours"
    # The previous day's range ending at 24:00 covers this day's midnight itself.
    for start, end in ranges_on(day - timedelta(days=1), hours) + ranges_on(day, hours):
        if start <= promised <= end:
            if now <= end - last:
                return None
            found = "last_order"
    return found


def next_possible(
    promised: datetime,
    now: datetime,
    hours: Hours,
    closures: Iterable[date] = (),
    last_order_minutes: int = 0,
) -> datetime | None:
    """The earliest moment at or after `promised` an order placed `now` may be promised for."""
    closed = set(closures)
    last = timedelta(minutes=last_order_minutes)
    first = promised.astimezone(PARIS).date()
    for offset in range(LOOK_AHEAD_DAYS + 1):
        day = first + timedelta(days=offset)
        if day in closed:
            continue
        for start, end in sorted(ranges_on(day, hours)):
            candidate = max(start, promised)
            if candidate <= end and now <= end - last:
                return candidate
    return None


@dataclass(frozen=True)
class StoreRules:
    """What a store's placing checks: read with the cart (services/cart.py), no extra query.
    `closures`: the exceptional closures from yesterday on, day -> label."""

    store_id: int
    hours: Hours
    closures: Mapping[date, str]
    last_order_minutes: int
    zone: Zone

    def check(self, promised: datetime, now: datetime) -> Verdict:
        return check_promise(promised, now, self.hours, self.closures, self.last_order_minutes)


def paris_day_time(moment: datetime) -> str:
    """How a suggested time is written in a message: "03/12 11:30", Paris time."""
    return moment.astimezone(PARIS).strftime("%d/%m %H:%M")


# --------------------------------------------------------------------------- delivery zones


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points, in metres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class Zone:
    store_id: int
    latitude: float
    longitude: float
    radius_m: int

    def covers(self, point: tuple[float, float]) -> bool:
        return distance_m((self.latitude, self.longitude), point) <= self.radius_m


def deliverers(zones: Iterable[Zone], point: tuple[float, float]) -> list[int]:
    """The stores whose zone covers the point, nearest first (the one to suggest first)."""
    covering = [z for z in zones if z.covers(point)]
    covering.sort(key=lambda z: distance_m((z.latitude, z.longitude), point))
    return [z.store_id for z in covering]
