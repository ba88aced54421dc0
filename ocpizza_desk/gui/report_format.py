"""Report figures as people read them, in the UI language: 1 234,50 €, 12,3 %, 14 min 05 s,
"mars 2026", "sem. du 23/03". Shared by the reports screen, its charts and its PDF.

Calls are spelled `translate("ReportFormat", "...")` so that pyside6-lupdate finds them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ocpizza_desk.domain.money import NBSP
from ocpizza_desk.gui import i18n
from ocpizza_desk.gui.i18n import money
from ocpizza_desk.gui.models.stock import format_quantity
from ocpizza_desk.services.report_exports import Kind
from ocpizza_desk.services.reports import Granularity

translate = QCoreApplication.translate
NONE = "—"


def rate(ratio: float) -> str:
    """0.1234 -> "12,3 %" (fr) / "12.3%" (en)."""
    text = f"{ratio * 100:.1f}"
    if i18n.language() == "fr":
        return text.replace(".", ",") + f"{NBSP}%"
    return text + "%"


def duration(seconds: int | None) -> str:
    """845 -> "14 min 05 s"; an hour or more: "1 h 02 min"; nothing timed: "—"."""
    if seconds is None:
        return NONE
    sign = "−" if seconds < 0 else ""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}{NBSP}h{NBSP}{minutes:02d}{NBSP}min"
    return f"{sign}{minutes}{NBSP}min{NBSP}{secs:02d}{NBSP}s"


def clock(seconds: int | None) -> str:
    """845 -> "14:05" (minutes:seconds; "1:02:05" past an hour): compact, for wide tables."""
    if seconds is None:
        return NONE
    sign = "−" if seconds < 0 else ""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def count(n: int) -> str:
    return QLocale().toString(n)


def day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def period_label(start: date, granularity: Granularity) -> str:
    """A chart's category: "24/03", "sem. du 23/03", "mars 2026"."""
    if granularity is Granularity.MONTH:
        return QLocale().toString(QDate(start.year, start.month, 1), "MMMM yyyy")
    if granularity is Granularity.WEEK:
        return translate("ReportFormat", "wk of {day}").format(day=start.strftime("%d/%m"))
    return start.strftime("%d/%m")


def cell(kind: Kind, value: Any) -> str:
    """A typed cell of `report_exports.sections` as the screen and the PDF show it."""
    if value is None:
        return NONE
    if kind is Kind.MONEY:
        return money(value)
    if kind is Kind.RATE:
        return rate(value)
    if kind is Kind.DURATION:
        return duration(value)
    if kind is Kind.COUNT:
        return count(value)
    if kind is Kind.QUANTITY:
        return format_quantity(value[0], value[1])
    if kind is Kind.DATE:
        return day(value)
    return str(value)
