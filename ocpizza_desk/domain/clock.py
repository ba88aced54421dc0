"""Times are UTC everywhere except on screen, where they are Paris time."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_paris(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: times must carry their zone")
    return moment.astimezone(PARIS)


def paris_hhmm(moment: datetime) -> str:
    return to_paris(moment).strftime("%H:%M")


def paris_day(moment: datetime) -> date:
    """The Paris calendar day of an instant (the business day the shops count in)."""
    return to_paris(moment).date()


def paris_midnight(day: date) -> datetime:
    """The UTC instant a Paris day starts (22:00 or 23:00 UTC the day before, by season)."""
    return datetime.combine(day, time(0), PARIS).astimezone(UTC)


def paris_days(first: date, last: date | None = None) -> tuple[datetime, datetime]:
    """The UTC instants [start, end) of the Paris days first .. last (one day: first)."""
    return paris_midnight(first), paris_midnight((last or first) + timedelta(days=1))
