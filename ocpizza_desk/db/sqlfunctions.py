"""The few SQL expressions that SQLite and MariaDB spell differently, for reports.

Reports aggregate in SQL (no Python loop over orders), so the database itself must turn a UTC
timestamp into a Paris calendar day, count whole seconds between two timestamps and divide
integers. Each construct compiles to the native spelling of each dialect.

Paris days without time-zone tables: the server may not have MariaDB's zone tables loaded and
SQLite has none, so `paris_offsets` computes in Python the UTC instants at which Paris changes
its offset inside the period, and `LocalDate` adds the right offset with a CASE over them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Integer, String, case, literal
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

from ocpizza_desk.domain.clock import PARIS
from ocpizza_desk.domain.pricing import BASIS_POINTS

Offsets = tuple[tuple[datetime | None, int], ...]  # (valid until this UTC instant, seconds)


def paris_offsets(start: datetime, end: datetime) -> Offsets:
    """Paris's UTC offset over [start, end): ((until, seconds), ..., (None, seconds)).

    Found by walking the period hour by hour is too slow for years; zone changes happen at
    most twice a year, so walk day by day and refine each change to the hour.
    """
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    offset = _offset(start)
    spans: list[tuple[datetime | None, int]] = []
    moment = start
    while moment < end:
        step = min(moment + timedelta(days=1), end)
        if _offset(step) != offset:
            hour = moment.replace(minute=0, second=0, microsecond=0)
            while _offset(hour + timedelta(hours=1)) == offset:
                hour += timedelta(hours=1)
            change = hour + timedelta(hours=1)
            spans.append((change, offset))
            offset = _offset(change)
        moment = step
    spans.append((None, offset))
    return tuple(spans)


def _offset(moment: datetime) -> int:
    return int(moment.astimezone(PARIS).utcoffset().total_seconds())


def _offset_case(column, offsets: Offsets) -> ColumnElement[int]:
    if len(offsets) == 1:
        return literal(offsets[0][1], Integer)
    whens = [(column < until, seconds) for until, seconds in offsets[:-1]]
    return case(*whens, else_=offsets[-1][1])


class LocalDate(FunctionElement):
    """The Paris calendar day of a UTC timestamp, as 'YYYY-MM-DD' text on both databases."""

    type = String()
    inherit_cache = False

    def __init__(self, column, offsets: Offsets) -> None:
        super().__init__(column, _offset_case(column, offsets))


@compiles(LocalDate, "sqlite")
def _local_date_sqlite(element, compiler, **kw):
    column, offset = list(element.clauses)
    return (
        f"date({compiler.process(column, **kw)}, ({compiler.process(offset, **kw)}) || ' seconds')"
    )


@compiles(LocalDate, "mysql")
def _local_date_mysql(element, compiler, **kw):
    column, offset = (compiler.process(c, **kw) for c in element.clauses)
    return f"DATE_FORMAT({column} + INTERVAL ({offset}) SECOND, '%%Y-%%m-%%d')"


class WeekStart(FunctionElement):
    """The Monday of the ISO week of a 'YYYY-MM-DD' day, as 'YYYY-MM-DD'."""

    type = String()
    inherit_cache = True


@compiles(WeekStart, "sqlite")
def _week_sqlite(element, compiler, **kw):
    # 'weekday 0' moves forward to the next Sunday (or stays on one): six days back is Monday.
    return f"date({compiler.process(element.clauses, **kw)}, 'weekday 0', '-6 days')"


@compiles(WeekStart, "mysql")
def _week_mysql(element, compiler, **kw):
    day = compiler.process(element.clauses, **kw)
    return f"DATE_FORMAT(DATE_SUB({day}, INTERVAL WEEKDAY({day}) DAY), '%%Y-%%m-%%d')"


class MonthStart(FunctionElement):
    """The first day of the month of a 'YYYY-MM-DD' day, as 'YYYY-MM-01'."""

    type = String()
    inherit_cache = True


@compiles(MonthStart, "sqlite")
def _month_sqlite(element, compiler, **kw):
    return f"strftime('%Y-%m-01', {compiler.process(element.clauses, **kw)})"


@compiles(MonthStart, "mysql")
def _month_mysql(element, compiler, **kw):
    return f"DATE_FORMAT({compiler.process(element.clauses, **kw)}, '%%Y-%%m-01')"


class SecondsBetween(FunctionElement):
    """Whole seconds from the first timestamp to the second (to the second: SQLite drops each
    side's fraction, MariaDB the difference's; never more than one second apart)."""

    type = Integer()
    inherit_cache = True


@compiles(SecondsBetween, "sqlite")
def _seconds_sqlite(element, compiler, **kw):
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    return f"(CAST(strftime('%s', {end}) AS INTEGER) - CAST(strftime('%s', {start}) AS INTEGER))"


@compiles(SecondsBetween, "mysql")
def _seconds_mysql(element, compiler, **kw):
    start, end = (compiler.process(c, **kw) for c in element.clauses)
    # TIMESTAMPDIFF, not UNIX_TIMESTAMP: the latter reads the value in the session's zone.
    return f"TIMESTAMPDIFF(SECOND, {start}, {end})"


class IntDiv(FunctionElement):
    """Integer division of non-negative integers (SQLite '/', MariaDB 'DIV')."""

    type = Integer()
    inherit_cache = True


@compiles(IntDiv, "sqlite")
def _intdiv_sqlite(element, compiler, **kw):
    a, b = (compiler.process(c, **kw) for c in element.clauses)
    return f"(({a}) / ({b}))"


@compiles(IntDiv, "mysql")
def _intdiv_mysql(element, compiler, **kw):
    a, b = (compiler.process(c, **kw) for c in element.clauses)
    return f"(({a}) DIV ({b}))"


def excluding_vat(ttc, rate):
    """HT of a TTC sum at one VAT rate, rounded half up, in SQL integer arithmetic (the same
    rounding as `domain.pricing.excluding_vat`)."""
    divisor = BASIS_POINTS + rate
    return IntDiv(2 * ttc * BASIS_POINTS + divisor, 2 * divisor)


def as_date(value: Any) -> date:
    """A date column or `LocalDate` as read back: a date (MariaDB) or its ISO text (SQLite)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
