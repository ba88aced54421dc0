"""Times are UTC everywhere except on screen, where they are Paris time."""

from datetime import UTC, datetime
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
