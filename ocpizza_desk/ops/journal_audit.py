"""`journal verify`, `journal archive` and `journal verify-archive`: the sales journal checked
and kept. No Qt here; the CLI (journal_cli.py) is a thin layer over it.

**verify** reads one consistent snapshot of the database (one REPEATABLE READ transaction on
MariaDB, one SQLite read transaction) and, store by store:

1. walks the chain in sequence order, streamed by keyset pages of `CHUNK` entries: every hash
   recomputed, every sequence gap, every previous hash (`services.journal.chain_breaks`), the
   receipts' ticket numbers gapless, and the store's `journal_heads` row pointing at the last
   entry;
2. reconciles the source tables with the journal, one range of the store's order ids at a
   time: every payment has its payment entry (same order, same client key, tender, amount
   and cash handed over), every refund its refund entry (credit note number, order, tender,
   amount), every order's total equals its latest sale or modification entry, a cancelled
   entry's order is cancelled, and no entry lacks its row. Rows older than the store's first
   entry are pre-journal history (the database's life before Step 10): counted, not flagged;
3. checks every closure: its chained entry, the closure's totals recomputed from the
   period's entries (`services.closures.period_totals`), and its Ed25519 signature against
   the public key in `journal_keys` (`services.closures.verify_signature`).

A date range (`first_day`, `last_day`, business days) checks the contiguous run of entries
from the first one dated on or after `first_day` to the last one dated on or before
`last_day`, starting from the hash of the entry just before it (trusted, and said so).

**archive** writes one zip file per period (`ARCHIVE_FORMAT`, documented in SCHEMA.md inside
every archive and in docs/journal-archive.md): the entries as JSON lines exactly as chained,
the closures, the public keys, a JSON schema, a manifest with the SHA-256 of every member and
each store's first and last links, signed with the journal key when this PC holds it.
**verify-archive** checks such a file with no database at all.

Memory stays flat: nothing holds more than one page of entries or one range of orders.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
import zipfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from ocpizza_desk import APP_NAME, __version__
from ocpizza_desk.db.sqlfunctions import as_date
from ocpizza_desk.domain.clock import PARIS, paris_midnight
from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.domain.texts import N_, tr, translate
from ocpizza_desk.services import closures, journal

CHUNK = 5_000  # entries per page of the chain walk
ORDER_CHUNK = 2_000  # orders per range of the reconciliation
MAX_PROBLEMS = 200  # per store: more are counted, not kept
GENESIS = journal.GENESIS
# The kinds that always name an order (a duplicate may be a closure's reprint).
ORDER_KINDS = closures.MONEY_KINDS
# Closure figures that are counts or numbers, not money.
COUNTS = (
    "entries",
    "tickets",
    "modifications",
    "cancellations",
    "payment_count",
    "refund_count",
    "first_ticket",
    "last_ticket",
    "first_sequence",
    "last_sequence",
)

ARCHIVE_FORMAT = "ocpizza-journal-archive"
ARCHIVE_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SCHEMA_DOC = "SCHEMA.md"
SCHEMA_JSON = "schema.json"
KEYS = "keys.json"
STORES = "stores.json"

ENTRY_FIELDS = (
    "id",
    "store_id",
    "sequence",
    "kind",
    "business_date",
    "recorded_at",
    "order_id",
    "ticket_number",
    "reference",
    "tender",
    "amount_cents",
    "content",
    "previous_hash",
    "hash",
)
CLOSURE_FIELDS = (
    "id",
    "store_id",
    "kind",
    "period_start",
    "period_end",
    "closed_at",
    "closed_by_id",
    "totals",
    "counted",
    "expected_cash_cents",
    "counted_cash_cents",
    "grand_total_cents",
    "journal_entry_id",
    "signature",
    "key_id",
)


# --------------------------------------------------------------------------- findings


@dataclass(frozen=True)
class Problem:
    """One broken link: where (store, sequence, entry id when there is one) and what."""

    code: str
    store_id: int | None = None
    store_code: str | None = None
    sequence: int | None = None
    entry_id: int | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def describe(self, lang: str = "fr") -> str:
        return describe(self, lang)


@dataclass
class StoreReport:
    store_id: int
    code: str | None
    first_sequence: int | None = None  # of the run checked
    last_sequence: int | None = None
    last_ticket: int | None = None
    entries: int = 0
    trusted_start: tuple[int, str] | None = None  # (sequence, hash) taken as given
    orders: int = 0
    payments: int = 0
    refunds: int = 0
    pre_journal: Counter = field(default_factory=Counter)  # rows older than the journal
    closures: int = 0
    signed: int = 0
    unsigned: int = 0
    unchecked_closures: int = 0  # in an archive, a period not wholly inside it
    problems: list[Problem] = field(default_factory=list)
    more_problems: int = 0  # found beyond MAX_PROBLEMS

    def add(self, code: str, sequence=None, entry_id=None, **params) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.more_problems += 1
            return
        self.problems.append(Problem(code, self.store_id, self.code, sequence, entry_id, params))

    @property
    def first_problem(self) -> Problem | None:
        if not self.problems:
            return None
        return min(self.problems, key=lambda p: (p.sequence is None, p.sequence or 0))


@dataclass
class AuditReport:
    stores: list[StoreReport]
    first_day: date | None = None
    last_day: date | None = None
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not any(s.problems or s.more_problems for s in self.stores)

    @property
    def entries(self) -> int:
        return sum(s.entries for s in self.stores)

    @property
    def first_problem(self) -> Problem | None:
        for store in self.stores:
            if store.problems:
                return store.first_problem
        return None

    @property
    def problems(self) -> list[Problem]:
        return [p for s in self.stores for p in s.problems]


# What each problem says, {params} filled in (amounts already formatted per language).
TEXTS: dict[str, str] = {
    "gap": N_("JournalAudit", "sequence number missing before this one (expected {expected})"),
    "previous_hash": N_(
        "JournalAudit",
        "the previous hash is not the hash of the entry before (the chain is broken)",
    ),
    "hash": N_(
        "JournalAudit", "the hash does not match the entry's fields (the entry was altered)"
    ),
    "head": N_(
        "JournalAudit",
        (
            "the journal head says sequence {head_sequence}, the journal ends at "
            "{last_sequence} (entries deleted, or added outside the chain)"
        ),
    ),
    "ticket": N_(
        "JournalAudit", "ticket number {ticket} after {previous} (a ticket missing or twice)"
    ),
    "no_order": N_("JournalAudit", "'{kind}' entry without an order"),
    "payment_unjournalled": N_(
        "JournalAudit",
        "payment {payment} of order {order} ({amount}, {tender}) has no journal entry",
    ),
    "payment_differs": N_(
        "JournalAudit",
        (
            "payment {payment} of order {order} is {table} in the payments table and "
            "{journal} in the journal"
        ),
    ),
    "payment_without_row": N_(
        "JournalAudit",
        (
            "payment of {amount} ({tender}) of order {order} in the journal, missing "
            "from the payments table"
        ),
    ),
    "refund_unjournalled": N_(
        "JournalAudit", "credit note {credit_note} (order {order}, {amount}) has no journal entry"
    ),
    "refund_differs": N_(
        "JournalAudit",
        "credit note {credit_note} is {table} in the refunds table and {journal} in the journal",
    ),
    "refund_without_row": N_(
        "JournalAudit",
        "credit note {credit_note} ({amount}) in the journal, missing from the refunds table",
    ),
    "order_total": N_(
        "JournalAudit",
        (
            "order {order} is {table} in the orders table and {journal} in its latest "
            "sale or modification entry"
        ),
    ),
    "order_unjournalled": N_("JournalAudit", "order {order} (of {day}) has no sale entry"),
    "order_without_row": N_(
        "JournalAudit", "'{kind}' entry of order {order}, which is not an order of this store"
    ),
    "order_not_cancelled": N_(
        "JournalAudit",
        "order {order} is cancelled in the journal but '{status}' in the orders table",
    ),
    "closure_entry": N_(
        "JournalAudit",
        (
            "closure {closure} ({kind} {period}): its journal entry is missing or is "
            "not a closure of this store"
        ),
    ),
    "closure_content": N_(
        "JournalAudit",
        (
            "closure {closure} ({kind} {period}): the closures row differs from its "
            "journal entry ({what})"
        ),
    ),
    "closure_totals": N_(
        "JournalAudit",
        (
            "closure {closure} ({kind} {period}): {what} is {stored} in the closure, "
            "{computed} recomputed from the period's entries"
        ),
    ),
    "closure_without_row": N_(
        "JournalAudit", "closure entry without its row in the closures table"
    ),
    "grand_total": N_(
        "JournalAudit",
        (
            "closure {closure} ({kind} {period}): the perpetual grand total starts "
            "again from {stored}, the previous day's closure ended at {computed}"
        ),
    ),
    "signature": N_(
        "JournalAudit",
        (
            "closure {closure} ({kind} {period}): the signature does not match the "
            "entry with key {key}"
        ),
    ),
    "signature_key": N_(
        "JournalAudit", "closure {closure} ({kind} {period}): unknown signing key {key}"
    ),
    "signature_missing": N_(
        "JournalAudit",
        "closure {closure} ({kind} {period}): key {key} is named but the signature is missing",
    ),
    # -- archives
    "archive_member": N_("JournalAudit", "archive member {member}: {why}"),
    "archive_manifest": N_("JournalAudit", "archive manifest: {why}"),
    "archive_bounds": N_(
        "JournalAudit", "the archive says {what} {expected}, its content gives {found}"
    ),
    "archive_signature": N_("JournalAudit", "manifest signature: {why}"),
    "archive_continuity": N_(
        "JournalAudit",
        (
            "the archive starts after sequence {start} ({start_hash}), the previous "
            "archive ends at {previous} ({previous_hash})"
        ),
    ),
}

WHY = {
    "digest": N_("JournalAudit", "wrong SHA-256 (the file changed)"),
    "missing": N_("JournalAudit", "missing"),
    "unlisted": N_("JournalAudit", "not listed in the manifest"),
    "unreadable": N_("JournalAudit", "unreadable"),
    "bad_signature": N_(
        "JournalAudit", "it does not match the manifest (the manifest changed, or another key)"
    ),
    "unsigned": N_("JournalAudit", "the archive is not signed"),
    "other_key": N_("JournalAudit", "signed by key {found}, the expected key is {expected}"),
    "no_key_in_archive": N_("JournalAudit", "key missing from keys.json"),
}


# Words for the kinds and tenders named in the problems (the journal's codes are English).
WORDS = {
    "sale": N_("JournalAudit", "sale"),
    "modification": N_("JournalAudit", "modification"),
    "cancellation": N_("JournalAudit", "cancellation"),
    "payment": N_("JournalAudit", "payment"),
    "refund": N_("JournalAudit", "refund"),
    "duplicate": N_("JournalAudit", "duplicate"),
    "closure": N_("JournalAudit", "closure"),
    "day": N_("JournalAudit", "day"),
    "month": N_("JournalAudit", "month"),
    "year": N_("JournalAudit", "year"),
    "cash": N_("JournalAudit", "cash"),
    "card": N_("JournalAudit", "card"),
    "meal_voucher": N_("JournalAudit", "meal voucher"),
    "online": N_("JournalAudit", "online"),
}


def _word(value: Any, lang: str) -> Any:
    found = WORDS.get(value) if isinstance(value, str) else None
    return value if found is None else translate("JournalAudit", found, lang)


def _money(cents: Any, lang: str) -> str:
    return format_cents(cents, lang) if isinstance(cents, int) else str(cents)


def describe(problem: Problem, lang: str = "fr") -> str:
    """'store CODE, sequence N, entry ID: what' in French or English."""
    template = (
        translate("JournalAudit", TEXTS[problem.code], lang)
        if problem.code in TEXTS
        else problem.code
    )
    params = {}
    for key, value in problem.params.items():
        if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, str) for v in value):
            value = value[0] if lang == "fr" else value[1]  # an already translated pair
        elif (
            key in ("amount", "table", "journal", "stored", "computed")
            and isinstance(value, int)
            and problem.params.get("what") not in COUNTS
        ):
            value = _money(value, lang)
        elif key == "why" and value in WHY:
            value = translate("JournalAudit", WHY[value], lang).format(**problem.params)
        elif key in ("kind", "tender"):
            value = _word(value, lang)
        params[key] = value
    try:
        what = template.format(**params)
    except (KeyError, IndexError):
        what = f"{problem.code} {problem.params}"
    where = []
    if problem.store_code:
        where.append(tr("JournalAudit", "store {code}", lang, code=problem.store_code))
    if problem.sequence is not None:
        where.append(tr("JournalAudit", "sequence {number}", lang, number=problem.sequence))
    if problem.entry_id is not None:
        where.append(tr("JournalAudit", "entry id {id}", lang, id=problem.entry_id))
    if not where:
        return what
    return tr("JournalAudit", "{where}: {what}", lang, where=", ".join(where), what=what)


# --------------------------------------------------------------------------- periods


@dataclass(frozen=True)
class Period:
    label: str  # "2026", "2026-11" or "2026-11-05"
    first_day: date
    last_day: date


def parse_period(text: str) -> Period:
    """A year (2026), a month (2026-11) or a day (2026-11-05); DomainError otherwise."""
    text = (text or "").strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            year = int(text)
            return Period(text, date(year, 1, 1), date(year, 12, 31))
        if re.fullmatch(r"\d{4}-\d{2}", text):
            year, month = map(int, text.split("-"))
            first = date(year, month, 1)
            following = date(year + month // 12, month % 12 + 1, 1)
            return Period(text, first, following - timedelta(days=1))
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            day = date.fromisoformat(text)
            return Period(text, day, day)
    except ValueError:
        pass
    raise DomainError("journal.bad_period", period=text)


def paris_bounds(first_day: date | None, last_day: date | None):
    """The UTC instants [start, end) of Paris days first_day .. last_day (None: open)."""
    start = paris_midnight(first_day) if first_day else None
    end = paris_midnight(last_day + timedelta(days=1)) if last_day else None
    return start, end


# --------------------------------------------------------------------------- reading


class _Store(NamedTuple):
    id: int
    code: str
    name: str


def _tables():
    from ocpizza_desk.db.models import (
        Closure,
        JournalEntry,
        JournalHead,
        JournalKey,
        Order,
        Payment,
        Refund,
        Store,
    )

    return SimpleTables(
        journal=JournalEntry.__table__,
        heads=JournalHead.__table__,
        closures=Closure.__table__,
        keys=JournalKey.__table__,
        orders=Order.__table__,
        payments=Payment.__table__,
        refunds=Refund.__table__,
        stores=Store.__table__,
    )


class SimpleTables(NamedTuple):
    journal: Any
    heads: Any
    closures: Any
    keys: Any
    orders: Any
    payments: Any
    refunds: Any
    stores: Any


def _stores(connection, code: str | None) -> list[_Store]:
    from sqlalchemy import select

    t = _tables().stores
    query = select(t.c.id, t.c.code, t.c.name).order_by(t.c.id)
    if code is not None:
        query = query.where(t.c.code == code)
    found = [_Store(*row) for row in connection.execute(query)]
    if code is not None and not found:
        raise DomainError("journal.unknown_store", store=code)
    return found


def _snapshot(connection) -> None:
    """One consistent view of every table for the whole check, writers not blocked."""
    if connection.dialect.name != "sqlite":
        connection.exec_driver_sql("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        connection.exec_driver_sql("START TRANSACTION WITH CONSISTENT SNAPSHOT")
    else:
        connection.exec_driver_sql("SELECT 1")  # the SQLite read transaction starts here


def entry_pages(connection, store_id: int, first: int, last: int | None, columns=None):
    """A store's entries from sequence `first` to `last` (None: the end), in sequence order,
    read by keyset pages of CHUNK (the uq (store_id, sequence) index)."""
    from sqlalchemy import select

    j = _tables().journal
    chosen = columns if columns is not None else list(j.c)
    after = first - 1
    while True:
        query = (
            select(*chosen)
            .where(j.c.store_id == store_id, j.c.sequence > after)
            .order_by(j.c.sequence)
            .limit(CHUNK)
        )
        if last is not None:
            query = query.where(j.c.sequence <= last)
        rows = connection.execute(query).all()
        yield from rows
        if len(rows) < CHUNK:
            return
        after = rows[-1].sequence


def sequence_run(connection, store_id: int, first_day, last_day) -> tuple[int, int] | None:
    """(first, last) sequence of the contiguous run covering business days first_day ..
    last_day (None: open ends); None when the store has no entry there."""
    from sqlalchemy import func, select

    j = _tables().journal
    low = select(func.min(j.c.sequence)).where(j.c.store_id == store_id)
    high = select(func.max(j.c.sequence)).where(j.c.store_id == store_id)
    if first_day is not None:
        low = low.where(j.c.business_date >= first_day)
    if last_day is not None:
        high = high.where(j.c.business_date <= last_day)
    first, last = connection.execute(low).scalar(), connection.execute(high).scalar()
    if first is None or last is None or first > last:
        return None
    return first, last


def _link_before(connection, store_id: int, sequence: int) -> tuple[int, str]:
    """(sequence, hash) of the entry before `sequence` (the genesis before the first)."""
    from sqlalchemy import select

    if sequence <= 1:
        return 0, GENESIS
    j = _tables().journal
    found = connection.execute(
        select(j.c.hash).where(j.c.store_id == store_id, j.c.sequence == sequence - 1)
    ).scalar()
    if found is None:  # that entry is gone: the run's own first previous hash, flagged later
        found = connection.execute(
            select(j.c.previous_hash).where(j.c.store_id == store_id, j.c.sequence == sequence)
        ).scalar()
    return sequence - 1, found or GENESIS


# --------------------------------------------------------------------------- the chain


def walk_chain(rows: Iterable[Any], report: StoreReport, start: tuple[int, str]) -> list[Any]:
    """Check the chain over `rows` (sequence order), adding problems to `report`; returns the
    closure entries met (few) for the closure checks. Sale tickets must follow each other."""

    closures: list[Any] = []
    state = {"previous": None, "current": None, "ticket": None}

    def tracked() -> Iterator[Any]:
        for row in rows:
            state["previous"], state["current"] = state["current"], row
            report.entries += 1
            if report.first_sequence is None:
                report.first_sequence = row.sequence
            report.last_sequence = row.sequence
            if row.kind == journal.CLOSURE:
                closures.append(row)
            elif row.order_id is None and row.kind in ORDER_KINDS:
                report.add("no_order", row.sequence, row.id, kind=row.kind)
            if row.ticket_number is not None:
                last_ticket = state["ticket"]
                if last_ticket is not None and row.ticket_number != last_ticket + 1:
                    report.add(
                        "ticket",
                        row.sequence,
                        row.id,
                        ticket=row.ticket_number,
                        previous=last_ticket,
                    )
                state["ticket"] = row.ticket_number
            yield row

    for broken in journal.chain_breaks(tracked(), report.store_id, start):
        params = {}
        if broken.problem == "gap":
            before = state["previous"]
            params["expected"] = (before.sequence if before is not None else start[0]) + 1
        report.add(broken.problem, broken.sequence, broken.entry_id, **params)
    report.last_ticket = state["ticket"]
    return closures


def _check_head(connection, report: StoreReport, last_hash: str | None) -> None:
    from sqlalchemy import select

    h = _tables().heads
    head = connection.execute(
        select(h.c.last_sequence, h.c.last_hash, h.c.last_ticket).where(
            h.c.store_id == report.store_id
        )
    ).first()
    last_sequence = report.last_sequence or 0
    if head is None:
        report.add("head", None, None, head_sequence="?", last_sequence=last_sequence)
        return
    if (
        head.last_sequence != last_sequence
        or head.last_hash != (last_hash or GENESIS)
        or head.last_ticket != (report.last_ticket or 0)
    ):
        report.add(
            "head",
            report.last_sequence,
            None,
            head_sequence=head.last_sequence,
            last_sequence=last_sequence,
        )


# --------------------------------------------------------------------------- reconciliation


def _tender_text(tender: str | None) -> str:
    return tender or "?"


def _with_tender(cents: int, tender: str | None) -> tuple[str, str]:
    return (
        f"{format_cents(cents, 'fr')} ({_word(_tender_text(tender), 'fr')})",
        f"{format_cents(cents, 'en')} ({_word(_tender_text(tender), 'en')})",
    )


def _order_ranges(connection, store_id: int, low: int | None, high: int | None):
    """(after, upto) ranges of order ids, ORDER_CHUNK of the store's orders each; the first
    starts at `low` (None: 0), the last is open (upto None) when `high` is None, so that every
    entry of the store, whatever order id it names, falls in exactly one range."""
    from sqlalchemy import select

    o = _tables().orders
    after = (low - 1) if low is not None else 0
    while True:
        query = (
            select(o.c.id)
            .where(o.c.store_id == store_id, o.c.id > after)
            .order_by(o.c.id)
            .limit(ORDER_CHUNK)
        )
        if high is not None:
            query = query.where(o.c.id <= high)
        ids = connection.execute(query).scalars().all()
        if len(ids) < ORDER_CHUNK:
            yield after, high
            return
        yield after, ids[-1]
        after = ids[-1]


def _in(column, after: int, upto: int | None):
    clause = column > after
    return clause if upto is None else clause & (column <= upto)


def reconcile(
    connection,
    report: StoreReport,
    run: tuple[int, int] | None,
    window: tuple[datetime | None, datetime | None],
    journal_start: datetime | None,
) -> None:
    """Source tables against the journal, one range of order ids at a time.

    `run`: the sequences checked (entries outside it are read to match rows, never flagged);
    `window`: the UTC instants whose rows are checked ([start, end), None: open);
    `journal_start`: when the store's journal began (older rows are pre-journal history)."""
    from sqlalchemy import case, func, select


    t = _tables()
    j, o, p, r = t.journal, t.orders, t.payments, t.refunds
    store_id = report.store_id
    start, end = window

    def row_in_window(moment: datetime | None) -> bool:
        if moment is None:
            return True
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return (start is None or moment >= start) and (end is None or moment < end)

    def pre_journal(moment: datetime | None) -> bool:
        if journal_start is None:
            return True  # the store has no entry at all
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return moment < journal_start

    def entry_in_run(sequence: int) -> bool:
        return run is not None and run[0] <= sequence <= run[1]

    # Which order ids to look at: those named by the run's entries and those of the rows in
    # the window; everything when neither end is bounded.
    low = high = None
    if start is not None or end is not None:
        bounds = []
        if run is not None:
            bounds.append(
                connection.execute(
                    select(func.min(j.c.order_id), func.max(j.c.order_id)).where(
                        j.c.store_id == store_id, j.c.sequence.between(*run)
                    )
                ).one()
            )
        orders_q = select(func.min(o.c.id), func.max(o.c.id)).where(o.c.store_id == store_id)
        payments_q = (
            select(func.min(p.c.order_id), func.max(p.c.order_id))
            .select_from(p.join(o, o.c.id == p.c.order_id))
            .where(o.c.store_id == store_id)
        )
        refunds_q = select(func.min(r.c.order_id), func.max(r.c.order_id)).where(
            r.c.store_id == store_id
        )
        if start is not None:
            orders_q = orders_q.where(o.c.created_at >= start)
            payments_q = payments_q.where(p.c.received_at >= start)
            refunds_q = refunds_q.where(r.c.created_at >= start)
        if end is not None:
            orders_q = orders_q.where(o.c.created_at < end)
            payments_q = payments_q.where(p.c.received_at < end)
            refunds_q = refunds_q.where(r.c.created_at < end)
        for query in (orders_q, payments_q, refunds_q):
            bounds.append(connection.execute(query).one())
        lows = [b[0] for b in bounds if b[0] is not None]
        highs = [b[1] for b in bounds if b[1] is not None]
        if not lows:
            return
        low, high = min(lows), max(highs)  # every entry of the run names an order in there

    content_wanted = case(
        (j.c.kind.in_((journal.MODIFICATION, journal.PAYMENT)), j.c.content), else_=None
    )
    for after, upto in _order_ranges(connection, store_id, low, high):
        orders = {
            row.id: row
            for row in connection.execute(
                select(o.c.id, o.c.total_cents, o.c.status, o.c.created_at).where(
                    o.c.store_id == store_id, _in(o.c.id, after, upto)
                )
            )
        }
        entries = connection.execute(
            select(
                j.c.id,
                j.c.sequence,
                j.c.kind,
                j.c.order_id,
                j.c.reference,
                j.c.tender,
                j.c.amount_cents,
                content_wanted.label("content"),
            )
            .where(
                j.c.store_id == store_id,
                j.c.order_id.is_not(None),
                _in(j.c.order_id, after, upto),
            )
            .order_by(j.c.sequence)
        ).all()
        payment_rows = connection.execute(
            select(
                p.c.id,
                p.c.order_id,
                p.c.client_key,
                p.c.tender,
                p.c.amount_cents,
                p.c.tendered_cents,
                p.c.received_at,
            )
            .select_from(p.join(o, o.c.id == p.c.order_id))
            .where(o.c.store_id == store_id, _in(p.c.order_id, after, upto))
            .order_by(p.c.id)
        ).all()
        refund_rows = connection.execute(
            select(
                r.c.id,
                r.c.order_id,
                r.c.credit_note_number,
                r.c.tender,
                r.c.amount_cents,
                r.c.created_at,
            )
            .where(r.c.store_id == store_id, _in(r.c.order_id, after, upto))
            .order_by(r.c.id)
        ).all()
        _reconcile_range(
            report, orders, entries, payment_rows, refund_rows, row_in_window, pre_journal,
            entry_in_run,
        )  # fmt: skip


def _tender_value(value: Any) -> str | None:
    return getattr(value, "value", value)


def _reconcile_range(
    report: StoreReport,
    orders: dict[int, Any],
    entries: list[Any],
    payment_rows: list[Any],
    refund_rows: list[Any],
    row_in_window: Callable[[datetime | None], bool],
    pre_journal: Callable[[datetime | None], bool],
    entry_in_run: Callable[[int], bool],
) -> None:

    latest_total: dict[int, tuple[int, Any]] = {}  # order -> (total, entry)
    has_sale: set[int] = set()
    keyed_payments: dict[tuple[int, str], list[Any]] = defaultdict(list)
    unkeyed_payments: dict[int, list[Any]] = defaultdict(list)
    refunds: dict[int, Any] = {}
    for entry in entries:
        order = orders.get(entry.order_id)
        if order is None:
            if entry_in_run(entry.sequence):
                report.add(
                    "order_without_row",
                    entry.sequence,
                    entry.id,
                    kind=entry.kind,
                    order=entry.order_id,
                )
            continue
        if entry.kind == journal.SALE:
            has_sale.add(entry.order_id)
            latest_total[entry.order_id] = (entry.amount_cents, entry)
        elif entry.kind == journal.MODIFICATION:
            try:
                total = json.loads(entry.content)["total"]
            except (ValueError, KeyError, TypeError):
                total = None
            latest_total[entry.order_id] = (total, entry)
        elif entry.kind == journal.CANCELLATION:
            status = _tender_value(order.status)
            if status != "cancelled" and entry_in_run(entry.sequence):
                report.add(
                    "order_not_cancelled",
                    entry.sequence,
                    entry.id,
                    order=entry.order_id,
                    status=status,
                )
        elif entry.kind == journal.PAYMENT:
            if entry.reference is None:
                unkeyed_payments[entry.order_id].append(entry)
            else:
                keyed_payments[(entry.order_id, entry.reference)].append(entry)
        elif entry.kind == journal.REFUND:
            number = _credit_note_number(entry.reference)
            if number is None or number in refunds:
                if entry_in_run(entry.sequence):
                    report.add(
                        "refund_without_row",
                        entry.sequence,
                        entry.id,
                        credit_note=entry.reference,
                        amount=-entry.amount_cents,
                    )
            else:
                refunds[number] = entry

    # Orders: the latest sale or modification carries the order's total.
    for order in orders.values():
        report.orders += 1
        found = latest_total.get(order.id)
        if found is None:
            if order.id not in has_sale and row_in_window(order.created_at):
                if pre_journal(order.created_at):
                    report.pre_journal["orders"] += 1
                else:
                    report.add(
                        "order_unjournalled",
                        None,
                        None,
                        order=order.id,
                        day=_paris_day(order.created_at),
                    )
            continue
        total, entry = found
        if total != order.total_cents and (
            entry_in_run(entry.sequence) or row_in_window(order.created_at)
        ):
            report.add(
                "order_total",
                entry.sequence,
                entry.id,
                order=order.id,
                table=order.total_cents,
                journal=total,
            )

    # Payments: by order and client key; without a key (the website's), by tender and amount.
    for row in payment_rows:
        report.payments += 1
        tender = _tender_value(row.tender)
        candidates = (
            keyed_payments.get((row.order_id, row.client_key))
            if row.client_key is not None
            else unkeyed_payments.get(row.order_id)
        )
        entry = None
        if candidates:
            if row.client_key is None:  # the same tender and amount first
                entry = next(
                    (
                        e
                        for e in candidates
                        if e.tender == tender and e.amount_cents == row.amount_cents
                    ),
                    candidates[0],
                )
            else:
                entry = candidates[0]
            candidates.remove(entry)
        if entry is None:
            if not row_in_window(row.received_at):
                continue
            if pre_journal(row.received_at):
                report.pre_journal["payments"] += 1
            else:
                report.add(
                    "payment_unjournalled",
                    None,
                    None,
                    payment=row.id,
                    order=row.order_id,
                    amount=row.amount_cents,
                    tender=tender,
                )
            continue
        tendered = _tendered(entry.content)
        if (entry.tender, entry.amount_cents, tendered) != (
            tender,
            row.amount_cents,
            row.tendered_cents,
        ) and (entry_in_run(entry.sequence) or row_in_window(row.received_at)):
            report.add(
                "payment_differs",
                entry.sequence,
                entry.id,
                payment=row.id,
                order=row.order_id,
                table=_with_tender(row.amount_cents, tender),
                journal=_with_tender(entry.amount_cents, entry.tender),
            )
    for left in (*keyed_payments.values(), *unkeyed_payments.values()):
        for entry in left:
            if entry_in_run(entry.sequence):
                report.add(
                    "payment_without_row",
                    entry.sequence,
                    entry.id,
                    order=entry.order_id,
                    amount=entry.amount_cents,
                    tender=entry.tender,
                )

    # Refunds: by credit note number.
    for row in refund_rows:
        report.refunds += 1
        tender = _tender_value(row.tender)
        entry = refunds.pop(row.credit_note_number, None)
        if entry is None:
            if not row_in_window(row.created_at):
                continue
            if pre_journal(row.created_at):
                report.pre_journal["refunds"] += 1
            else:
                report.add(
                    "refund_unjournalled",
                    None,
                    None,
                    credit_note=row.credit_note_number,
                    order=row.order_id,
                    amount=row.amount_cents,
                )
            continue
        if (entry.order_id, entry.tender, -entry.amount_cents) != (
            row.order_id,
            tender,
            row.amount_cents,
        ) and (entry_in_run(entry.sequence) or row_in_window(row.created_at)):
            report.add(
                "refund_differs",
                entry.sequence,
                entry.id,
                credit_note=row.credit_note_number,
                table=_with_tender(row.amount_cents, tender),
                journal=_with_tender(-entry.amount_cents, entry.tender),
            )
    for entry in refunds.values():
        if entry_in_run(entry.sequence):
            report.add(
                "refund_without_row",
                entry.sequence,
                entry.id,
                credit_note=_credit_note_number(entry.reference),
                amount=-entry.amount_cents,
            )


def _credit_note_number(reference: str | None) -> int | None:
    if reference and reference.startswith("AV") and reference[2:].isdigit():
        return int(reference[2:])
    return None


def _tendered(content: str | None) -> int | None:
    if not content:
        return None
    try:
        return json.loads(content).get("tendered")
    except (ValueError, AttributeError):
        return None


def _paris_day(moment: datetime | None) -> str:
    if moment is None:
        return "?"
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.astimezone(PARIS).date().isoformat()


# --------------------------------------------------------------------------- closures


def _period_text(closure: Any) -> str:
    start, end = as_date(closure.period_start), as_date(closure.period_end)
    return start.isoformat() if start == end else f"{start.isoformat()}…{end.isoformat()}"


def _json_value(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def check_closure(
    report: StoreReport,
    closure: Any,
    entry: Any | None,
    period_entries: Callable[[], Iterable[Any]] | None,
    keys: dict[str, str],
    previous_grand_total: int | None = None,
) -> None:
    """One closure: its chained entry, its totals recomputed from the period's entries, its
    perpetual grand total following the day closure before it, its signature.

    `period_entries` streams the period's entries, or is None when they are not all at hand
    (an archive holding part of the period: the totals are then said to be unchecked);
    `previous_grand_total`: the grand total of the store's previous day closure (0 before
    the first), None when unknown."""

    about = {"closure": closure.id, "kind": closure.kind, "period": _period_text(closure)}
    report.closures += 1
    if entry is None or entry.kind != "closure" or entry.store_id != closure.store_id:
        report.add("closure_entry", None, closure.journal_entry_id, **about)
        return
    where = (entry.sequence, entry.id)
    stored = _json_value(closure.totals)
    for what in closure_differences(closure, entry, stored):
        report.add("closure_content", *where, what=what, **about)
    if period_entries is None:
        report.unchecked_closures += 1
    else:
        given = period_entries()
        computed = given if isinstance(given, _Figures) else closures.period_totals(given)
        for what, kept, found in _differences(stored, computed):
            report.add("closure_totals", *where, what=what, stored=kept, computed=found, **about)
    if closure.kind == "day" and previous_grand_total is not None:
        content = _json_value(entry.content)
        chained = content.get("previous_grand_total") if isinstance(content, dict) else None
        if chained != previous_grand_total:
            report.add(
                "grand_total",
                *where,
                stored=chained,
                computed=previous_grand_total,
                **about,
            )
    signature, key_id = closure.signature, closure.key_id
    if signature is None and key_id is None:
        report.unsigned += 1
        return
    if signature is None:
        report.add("signature_missing", *where, key=key_id, **about)
        return
    public = keys.get(key_id or "")
    if public is None:
        report.add("signature_key", *where, key=key_id, **about)
        return
    if not closures.verify_signature(public, entry.hash, signature):
        report.add("signature", *where, key=(key_id or "")[:12].upper(), **about)
        return
    report.signed += 1


def closure_differences(closure: Any, entry: Any, stored: Any) -> Iterator[str]:
    """What differs between a closures row and its chained entry (services/closures.py
    `closure_content`): the period, the totals, the grand total, the cash, the entry's own
    date, amount and reference."""

    try:
        content = json.loads(entry.content)
        if not isinstance(content, dict):
            raise ValueError("not an object")
    except ValueError:
        yield "content"
        return
    chained_totals = content.get("totals")
    cash = content.get("cash") or {}
    start = as_date(closure.period_start)
    checks = [
        ("kind", closure.kind, content.get("kind")),
        ("period_start", start.isoformat(), content.get("period_start")),
        ("period_end", as_date(closure.period_end).isoformat(), content.get("period_end")),
        ("business_date", _iso_date(entry.business_date), content.get("period_end")),
        ("reference", entry.reference, closures.reference(closure.kind, start)),
        ("grand_total", closure.grand_total_cents, content.get("grand_total")),
        ("expected_cash", closure.expected_cash_cents, cash.get("expected")),
        ("counted_cash", closure.counted_cash_cents, cash.get("counted")),
    ]
    for what, kept, chained in checks:
        if kept != chained:
            yield what
    for what, _kept, _chained in _differences(stored, chained_totals, prefix="totals"):
        yield what
    total = chained_totals.get("total") if isinstance(chained_totals, dict) else None
    if entry.amount_cents != total:
        yield "amount_cents"
    previous = content.get("previous_grand_total")
    if not isinstance(previous, int) or not isinstance(total, int):
        yield "previous_grand_total"
    elif previous + total != content.get("grand_total"):
        yield "grand_total"


def _differences(stored: Any, computed: Any, prefix: str = ""):
    """(path, stored, computed) for each figure that differs (dicts walked key by key)."""
    if stored == computed:
        return
    if isinstance(stored, dict) and isinstance(computed, dict):
        for key in [*stored, *(k for k in computed if k not in stored)]:
            yield from _differences(
                stored.get(key), computed.get(key), f"{prefix}.{key}" if prefix else key
            )
    elif _normal(stored) != _normal(computed):
        yield prefix or "totals", stored, computed


def _normal(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str, sort_keys=True))


class _DayTotals:
    """Each business day's figures recomputed from its entries (`closures.period_totals`),
    read once per day (index store_id, business_date) and kept: a month's and a year's
    figures are those of their days put together (`closures.combine`; the figures are
    additive, so this equals `period_totals` over the whole period's entries), so a year of
    closures reads each entry once, and memory holds figures, not entries."""

    def __init__(self, connection, store_id: int) -> None:
        self.connection = connection
        self.store_id = store_id
        self.days: dict[date, dict[str, Any]] = {}

    WINDOW = 7  # days read per query

    def day(self, day: date) -> dict[str, Any]:
        found = self.days.get(day)
        if found is None:
            self._load(day, day + timedelta(days=self.WINDOW - 1))
            found = self.days[day]
        return found

    def _load(self, first: date, last: date) -> None:
        from sqlalchemy import select


        j = _tables().journal
        rows = self.connection.execute(
            select(
                j.c.business_date,
                j.c.kind,
                j.c.sequence,
                j.c.ticket_number,
                j.c.tender,
                j.c.amount_cents,
                j.c.content,
            )
            .where(
                j.c.store_id == self.store_id,
                j.c.business_date.between(first, last),
                j.c.kind.in_(closures.MONEY_KINDS),
            )
            .order_by(j.c.business_date)
        )
        for day, entries in itertools.groupby(rows, key=lambda row: as_date(row.business_date)):
            self.days[day] = closures.period_totals(entries)
        empty = None
        for n in range((last - first).days + 1):
            day = first + timedelta(days=n)
            if day not in self.days:
                empty = empty or closures.period_totals(())
                self.days[day] = empty

    def period(self, first: date, last: date) -> Callable[[], Iterable[Any]]:
        """What `check_closure` wants: figures, here already added up (see `_Figures`)."""

        def figures():
            count = (last - first).days + 1
            days = (first + timedelta(days=n) for n in range(count))
            return _Figures(closures.combine(self.day(d) for d in days))

        return figures


class _Figures(dict):
    """A period's figures already computed (`check_closure` takes them as they are)."""


def _keys(connection) -> dict[str, str]:
    from sqlalchemy import select

    k = _tables().keys
    return dict(connection.execute(select(k.c.key_id, k.c.public_key)).all())


def _check_closures(
    connection, report: StoreReport, closure_entries: list[Any], run, first_day, last_day
) -> None:
    """The store's closures whose entry lies in the run checked (or, entry missing, whose
    period ends in the days checked); closure entries met in the run without a row."""
    from sqlalchemy import select

    t = _tables()
    c, j = t.closures, t.journal
    keys = _keys(connection)
    rows = connection.execute(
        select(c, j.c.sequence.label("entry_sequence"))
        .select_from(c.outerjoin(j, j.c.id == c.c.journal_entry_id))
        .where(c.c.store_id == report.store_id)
        .order_by(c.c.period_start, c.c.id)
    ).all()
    by_entry = {row.journal_entry_id for row in rows}
    for entry in closure_entries:
        if entry.id not in by_entry:
            report.add("closure_without_row", entry.sequence, entry.id)
    met = {e.id: e for e in closure_entries}
    days = _DayTotals(connection, report.store_id)
    grand = 0  # the perpetual grand total so far (day closures, in date order)
    for row in rows:
        previous, is_day = grand, row.kind == "day"
        if is_day:
            grand = row.grand_total_cents
        if row.entry_sequence is not None:
            checked = run is not None and run[0] <= row.entry_sequence <= run[1]
        else:
            end = as_date(row.period_end)
            checked = (first_day is None or end >= first_day) and (
                last_day is None or end <= last_day
            )
        if not checked:
            continue
        entry = met.get(row.journal_entry_id)
        if entry is None and row.entry_sequence is not None:
            entry = connection.execute(select(j).where(j.c.id == row.journal_entry_id)).first()
        check_closure(
            report,
            row,
            entry,
            days.period(as_date(row.period_start), as_date(row.period_end)),
            keys,
            previous if is_day else None,
        )


# --------------------------------------------------------------------------- verify


def verify(
    engine,
    *,
    store: str | None = None,
    first_day: date | None = None,
    last_day: date | None = None,
    progress: Callable[[str, float], None] | None = None,
) -> AuditReport:
    """Check the journal of every store (or of `store`, by code) over the business days
    first_day .. last_day (None: from the start, to the end). DomainError for a store that
    does not exist or a period the wrong way round."""
    import time as _time

    if first_day and last_day and first_day > last_day:
        raise DomainError("report.period")
    started = _time.perf_counter()
    report = progress or (lambda _step, _fraction: None)
    audit = AuditReport([], first_day, last_day)
    window = paris_bounds(first_day, last_day)
    with engine.connect() as connection:
        _snapshot(connection)
        stores = _stores(connection, store)
        for number, shop in enumerate(stores):
            report(shop.code, number / max(len(stores), 1))
            audit.stores.append(_verify_store(connection, shop, first_day, last_day, window))
        connection.rollback()
    audit.seconds = _time.perf_counter() - started
    report("done", 1.0)
    return audit


def _verify_store(connection, shop: _Store, first_day, last_day, window) -> StoreReport:
    from sqlalchemy import select

    j = _tables().journal
    result = StoreReport(shop.id, shop.code)
    whole = first_day is None and last_day is None
    run = sequence_run(connection, shop.id, first_day, last_day)
    closure_entries: list[Any] = []
    if run is not None:
        start = (0, GENESIS) if whole or run[0] <= 1 else _link_before(connection, shop.id, run[0])
        if whole:
            run = (1, run[1])  # a missing first entry is a gap, not a later start
        elif start[0] > 0:
            result.trusted_start = start
        rows = entry_pages(connection, shop.id, run[0], None if last_day is None else run[1])
        closure_entries = walk_chain(rows, result, start)
        if result.last_sequence is not None:
            run = (run[0], result.last_sequence)
    if last_day is None:
        last_hash = None
        if result.last_sequence is not None:
            last_hash = connection.execute(
                select(j.c.hash).where(
                    j.c.store_id == shop.id, j.c.sequence == result.last_sequence
                )
            ).scalar()
        _check_head(connection, result, last_hash)
    first_entry = connection.execute(
        select(j.c.recorded_at).where(j.c.store_id == shop.id).order_by(j.c.sequence).limit(1)
    ).scalar()
    if first_entry is not None and first_entry.tzinfo is None:
        first_entry = first_entry.replace(tzinfo=UTC)
    reconcile(connection, result, run, window, first_entry)
    _check_closures(connection, result, closure_entries, run, first_day, last_day)
    return result


# --------------------------------------------------------------------------- archive


def _iso_utc(moment: Any) -> str | None:
    if moment is None:
        return None
    if isinstance(moment, str):
        return moment
    return journal.utc_text(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def _iso_date(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def entry_record(row: Any) -> dict[str, Any]:
    """An entry as one line of entries.jsonl (ENTRY_FIELDS, in that order)."""
    return {
        "id": row.id,
        "store_id": row.store_id,
        "sequence": row.sequence,
        "kind": row.kind,
        "business_date": _iso_date(row.business_date),
        "recorded_at": _iso_utc(row.recorded_at),
        "order_id": row.order_id,
        "ticket_number": row.ticket_number,
        "reference": row.reference,
        "tender": row.tender,
        "amount_cents": row.amount_cents,
        "content": row.content,
        "previous_hash": row.previous_hash,
        "hash": row.hash,
    }


def closure_record(row: Any) -> dict[str, Any]:
    """A closure as one line of closures.jsonl (CLOSURE_FIELDS; the free-text note is left
    out: it may name people)."""
    return {
        "id": row.id,
        "store_id": row.store_id,
        "kind": row.kind,
        "period_start": _iso_date(row.period_start),
        "period_end": _iso_date(row.period_end),
        "closed_at": _iso_utc(row.closed_at),
        "closed_by_id": row.closed_by_id,
        "totals": _json_value(row.totals),
        "counted": _json_value(row.counted),
        "expected_cash_cents": row.expected_cash_cents,
        "counted_cash_cents": row.counted_cash_cents,
        "grand_total_cents": row.grand_total_cents,
        "journal_entry_id": row.journal_entry_id,
        "signature": row.signature,
        "key_id": row.key_id,
    }


class ArchivedEntry(NamedTuple):
    """An entry read back from an archive, with the journal's column names."""

    id: int
    store_id: int
    sequence: int
    kind: str
    business_date: date
    recorded_at: str | None
    order_id: int | None
    ticket_number: int | None
    reference: str | None
    tender: str | None
    amount_cents: int
    content: str
    previous_hash: str
    hash: str

    @classmethod
    def of(cls, record: dict[str, Any]) -> ArchivedEntry:
        values = {name: record[name] for name in ENTRY_FIELDS}
        values["business_date"] = date.fromisoformat(values["business_date"])
        return cls(**values)


class ArchivedClosure(NamedTuple):
    id: int
    store_id: int
    kind: str
    period_start: date
    period_end: date
    closed_at: str | None
    closed_by_id: int | None
    totals: Any
    counted: Any
    expected_cash_cents: int | None
    counted_cash_cents: int | None
    grand_total_cents: int
    journal_entry_id: int
    signature: str | None
    key_id: str | None

    @classmethod
    def of(cls, record: dict[str, Any]) -> ArchivedClosure:
        values = {name: record.get(name) for name in CLOSURE_FIELDS}
        values["period_start"] = date.fromisoformat(values["period_start"])
        values["period_end"] = date.fromisoformat(values["period_end"])
        return cls(**values)


def _line(record: dict[str, Any]) -> bytes:
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def _member_name(shop: _Store, what: str) -> str:
    slug = shop.code if re.fullmatch(r"[a-z0-9_-]{1,40}", shop.code or "") else str(shop.id)
    return f"stores/{shop.id}-{slug}/{what}.jsonl"


@dataclass(frozen=True)
class ArchiveInfo:
    path: Path
    period: Period
    stores: int
    entries: int
    closures: int
    signed: bool
    key_id: str | None
    sha256: str  # of the whole file, to note down beside it


class Signer(NamedTuple):
    """Signs the manifest: the key's id (SHA-256 of the public key) and a function giving
    the Ed25519 signature (base64) of some bytes."""

    key_id: str
    sign: Callable[[bytes], str]


class _HashingWriter:
    """A zip member being written, its SHA-256 computed on the way."""

    def __init__(self, target) -> None:
        self.target = target
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.target.write(data)


def write_archive(
    engine,
    period: Period,
    out: Path | str,
    *,
    store: str | None = None,
    signer: Signer | None = None,
    unsigned_reason: str = "no journal signing key on the PC that wrote this archive",
    now: datetime | None = None,
) -> ArchiveInfo:
    """The period's entries and closures of every store (or of `store`) in one zip file.

    Written to a temporary name beside `out`, then renamed: a half-written archive is never
    mistaken for one. Entries are streamed from the database into the zip member."""
    from sqlalchemy import select

    from ocpizza_desk.assets import resource
    from ocpizza_desk.db.schema import EXPECTED_REVISION

    out = Path(out)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    stamp = now.timetuple()[:6]
    t = _tables()
    members: dict[str, str] = {}
    stores_manifest = []
    totals = {"entries": 0, "closures": 0}
    partial = out.with_name(out.name + ".part")
    out.parent.mkdir(parents=True, exist_ok=True)

    def info(name: str) -> zipfile.ZipInfo:
        made = zipfile.ZipInfo(name, date_time=stamp)
        made.compress_type = zipfile.ZIP_DEFLATED
        made.external_attr = 0o644 << 16
        return made

    def put(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
        archive.writestr(info(name), data)
        members[name] = hashlib.sha256(data).hexdigest()

    try:
        with engine.connect() as connection, zipfile.ZipFile(partial, "w") as archive:
            _snapshot(connection)
            shops = _stores(connection, store)
            put(archive, SCHEMA_DOC, resource("journal", "SCHEMA.md").read_bytes())
            put(archive, SCHEMA_JSON, resource("journal", "schema.json").read_bytes())
            keys = [
                {
                    "key_id": row.key_id,
                    "public_key": row.public_key,
                    "algorithm": "Ed25519",
                    "created_at": _iso_utc(row.created_at),
                    "retired_at": _iso_utc(row.retired_at),
                }
                for row in connection.execute(select(t.keys).order_by(t.keys.c.created_at))
            ]
            put(archive, KEYS, _pretty(keys))
            put(
                archive,
                STORES,
                _pretty([{"store_id": s.id, "code": s.code, "name": s.name} for s in shops]),
            )
            for shop in shops:
                run = sequence_run(connection, shop.id, period.first_day, period.last_day)
                name = _member_name(shop, "entries")
                first = last = None
                count = 0
                start = None
                with archive.open(info(name), "w") as raw:
                    sink = _HashingWriter(raw)
                    if run is not None:
                        start = _link_before(connection, shop.id, run[0])
                        for row in entry_pages(connection, shop.id, *run):
                            sink.write(_line(entry_record(row)))
                            if first is None:
                                first = row
                            last = row
                            count += 1
                    members[name] = sink.digest.hexdigest()
                if start is None:  # nothing in the period: where the chain stood before it
                    start = _standing_before(connection, shop.id, period.first_day)
                closures_name = _member_name(shop, "closures")
                closure_rows = []
                if run is not None:
                    closure_rows = connection.execute(
                        select(t.closures)
                        .select_from(
                            t.closures.join(
                                t.journal, t.journal.c.id == t.closures.c.journal_entry_id
                            )
                        )
                        .where(t.closures.c.store_id == shop.id, t.journal.c.sequence.between(*run))
                        .order_by(t.journal.c.sequence)
                    ).all()
                put(
                    archive, closures_name, b"".join(_line(closure_record(r)) for r in closure_rows)
                )
                totals["entries"] += count
                totals["closures"] += len(closure_rows)
                stores_manifest.append(
                    {
                        "store_id": shop.id,
                        "code": shop.code,
                        "entries": {
                            "member": name,
                            "count": count,
                            "start": {"sequence": start[0], "hash": start[1]},
                            "first": _link(first),
                            "last": _link(last),
                        },
                        "closures": {"member": closures_name, "count": len(closure_rows)},
                    }
                )
            connection.rollback()
            manifest = {
                "format": ARCHIVE_FORMAT,
                "format_version": ARCHIVE_VERSION,
                "period": {
                    "label": period.label,
                    "first_day": period.first_day.isoformat(),
                    "last_day": period.last_day.isoformat(),
                },
                "generated_at": _iso_utc(now),
                "generator": f"{APP_NAME} {__version__}",
                "schema_revision": EXPECTED_REVISION,
                "hash": {
                    "algorithm": "SHA-256",
                    "formula": (
                        "hash = SHA-256(UTF-8(previous_hash|store_id|sequence|kind|business_date|"
                        "order_id|ticket_number|reference|tender|amount_cents|content)), "
                        "null fields as empty text"
                    ),
                },
                "stores": stores_manifest,
                "members": dict(sorted(members.items())),
            }
            if signer is not None:
                manifest["signature"] = {
                    "signed": True,
                    "algorithm": "Ed25519",
                    "key_id": signer.key_id,
                    "member": SIGNATURE,
                    "over": f"the bytes of {MANIFEST}",
                }
                body = _pretty(manifest)
                try:
                    signature = signer.sign(body)
                except Exception as exc:  # a locked keyring: the archive stays useful, unsigned
                    signer = None
                    unsigned_reason = f"signing failed ({type(exc).__name__})"
            if signer is None:
                manifest["signature"] = {"signed": False, "reason": unsigned_reason}
                body = _pretty(manifest)
            archive.writestr(info(MANIFEST), body)
            if signer is not None:
                archive.writestr(info(SIGNATURE), (signature + "\n").encode("ascii"))
    except BaseException:  # nothing half-written is left beside the archives
        partial.unlink(missing_ok=True)
        raise
    partial.replace(out)
    return ArchiveInfo(
        out,
        period,
        len(shops),
        totals["entries"],
        totals["closures"],
        signer is not None,
        signer.key_id if signer is not None else None,
        _file_sha256(out),
    )


def _standing_before(connection, store_id: int, first_day: date) -> tuple[int, str]:
    """(sequence, hash) of the last entry dated before `first_day` (genesis if none)."""
    from sqlalchemy import func, select

    j = _tables().journal
    sequence = connection.execute(
        select(func.max(j.c.sequence)).where(
            j.c.store_id == store_id, j.c.business_date < first_day
        )
    ).scalar()
    if sequence is None:
        return 0, GENESIS
    found = connection.execute(
        select(j.c.hash).where(j.c.store_id == store_id, j.c.sequence == sequence)
    ).scalar()
    return sequence, found


def _link(row: Any) -> dict[str, Any] | None:
    if row is None:
        return None
    return {"sequence": row.sequence, "id": row.id, "hash": row.hash}


def _pretty(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --------------------------------------------------------------------------- verify-archive


def verify_archive(
    path: Path | str,
    *,
    public_key: str | None = None,
    previous: Path | str | None = None,
) -> AuditReport:
    """Check an archive with no database: every member's SHA-256, the manifest's signature,
    each store's chain from its stated start, the first and last links, every closure whose
    period lies inside the archive (totals and signature). `public_key` (base64): the key the
    manifest must be signed with; `previous`: the archive of the period before, whose last
    links must be this one's starts."""
    import time as _time

    started = _time.perf_counter()
    path = Path(path)
    audit = AuditReport([])
    whole = StoreReport(0, None)  # problems of the archive itself
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise DomainError("journal.archive_unreadable", name=path.name, detail=str(exc)) from exc
    with archive:
        try:
            body = archive.read(MANIFEST)
            manifest = json.loads(body)
        except (KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise DomainError(
                "journal.archive_unreadable", name=path.name, detail=f"{MANIFEST}: {exc}"
            ) from exc
        if manifest.get("format") != ARCHIVE_FORMAT:
            raise DomainError("journal.archive_unreadable", name=path.name, detail="format")
        period = manifest.get("period", {})
        audit.first_day = _maybe_date(period.get("first_day"))
        audit.last_day = _maybe_date(period.get("last_day"))
        listed: dict[str, str] = manifest.get("members", {})
        names = set(archive.namelist())
        for name in sorted(names - set(listed) - {MANIFEST, SIGNATURE}):
            whole.add("archive_member", member=name, why="unlisted")
        for name, expected in sorted(listed.items()):
            if name not in names:
                whole.add("archive_member", member=name, why="missing")
                continue
            try:
                found = _member_sha256(archive, name)
            except _DAMAGE:
                found = None
            if found != expected:
                whole.add("archive_member", member=name, why="unreadable" if found is None else
                          "digest")  # fmt: skip
        keys = _archive_keys(archive, whole)
        _check_manifest_signature(archive, manifest, body, keys, public_key, whole, audit)
        if previous is not None:
            _check_continuity(manifest, Path(previous), whole)
        for store in manifest.get("stores", []):
            bounds = (
                (audit.first_day, audit.last_day) if audit.first_day and audit.last_day else None
            )
            audit.stores.append(_verify_archived_store(archive, store, keys, listed, bounds))
    if whole.problems or whole.more_problems:
        audit.stores.insert(0, whole)
    audit.seconds = _time.perf_counter() - started
    return audit


# What a damaged member raises while it is read (bad CRC, bad deflate data, bad JSON).
_DAMAGE = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, KeyError, TypeError)


def _maybe_date(text: Any) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _member_sha256(archive: zipfile.ZipFile, name: str) -> str:
    digest = hashlib.sha256()
    with archive.open(name) as member:
        for block in iter(lambda: member.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _archive_keys(archive: zipfile.ZipFile, whole: StoreReport) -> dict[str, str]:
    try:
        return {k["key_id"]: k["public_key"] for k in json.loads(archive.read(KEYS))}
    except (KeyError, ValueError, TypeError, zipfile.BadZipFile):
        whole.add("archive_member", member=KEYS, why="unreadable")
        return {}


def key_id_of(public_key_b64: str) -> str:
    """The journal keys' id: SHA-256 (hex) of the raw 32-byte public key."""
    return hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()


def _check_manifest_signature(archive, manifest, body, keys, public_key, whole, audit) -> None:
    about = manifest.get("signature") or {}
    if not about.get("signed"):
        audit.notes.append(("unsigned", {"reason": about.get("reason", "")}))
        if public_key is not None:
            whole.add("archive_signature", why="unsigned")
        return
    key_id = about.get("key_id")
    try:
        signature = archive.read(SIGNATURE).decode("ascii").strip()
    except (KeyError, UnicodeDecodeError, zipfile.BadZipFile):
        whole.add("archive_member", member=SIGNATURE, why="missing")
        return
    if public_key is not None:
        expected = key_id_of(public_key)
        if key_id != expected:
            whole.add("archive_signature", why="other_key", found=key_id, expected=expected)
            return
        chosen = public_key
    else:
        chosen = keys.get(key_id)
        if chosen is None:
            whole.add("archive_signature", why="no_key_in_archive")
            return
    if not closures.ed25519_verify(chosen, body, signature):
        whole.add("archive_signature", why="bad_signature")
        return
    audit.notes.append(("signed", {"key": key_id}))


def _check_continuity(manifest: dict, previous: Path, whole: StoreReport) -> None:
    try:
        with zipfile.ZipFile(previous) as other:
            earlier = json.loads(other.read(MANIFEST))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DomainError(
            "journal.archive_unreadable", name=previous.name, detail=str(exc)
        ) from exc
    ends = {
        s["store_id"]: (s["entries"].get("last") or s["entries"]["start"])
        for s in earlier.get("stores", [])
    }
    for store in manifest.get("stores", []):
        end = ends.get(store["store_id"])
        start = store["entries"]["start"]
        if end is None:
            continue
        if (end["sequence"], end["hash"]) != (start["sequence"], start["hash"]):
            whole.add(
                "archive_continuity",
                start=start["sequence"],
                start_hash=start["hash"][:12],
                previous=end["sequence"],
                previous_hash=end["hash"][:12],
            )


def _verify_archived_store(
    archive, store: dict, keys: dict[str, str], listed, period: tuple[date, date] | None
) -> StoreReport:
    """One store's entries and closures in the archive. Every entry dated inside the
    archive's period is in it (the run goes from the first entry dated on or after its first
    day to the last dated on or before its last day), so the closures of periods inside it
    are recomputed; others are said to be unchecked."""
    result = StoreReport(store.get("store_id", 0), store.get("code", "?"))
    entries_about = store.get("entries", {})
    start = entries_about.get("start") or {"sequence": 0, "hash": GENESIS}
    start_link = (start["sequence"], start["hash"])
    if start_link[0] > 0:
        result.trusted_start = start_link
    member = entries_about.get("member")
    if member not in listed:
        result.add("archive_member", member=str(member), why="missing")
        return result
    bounds: dict[str, Any] = {"first": None, "last": None}

    def rows() -> Iterator[ArchivedEntry]:
        with archive.open(member) as source:
            for raw in source:
                entry = ArchivedEntry.of(json.loads(raw))
                if bounds["first"] is None:
                    bounds["first"] = entry
                bounds["last"] = entry
                yield entry

    try:
        closure_entries = walk_chain(rows(), result, start_link)
    except _DAMAGE:
        result.add("archive_member", member=member, why="unreadable")
        return result
    expected_count = entries_about.get("count")
    if expected_count != result.entries:
        result.add("archive_bounds", what="count", expected=expected_count, found=result.entries)
    for which in ("first", "last"):
        stated = entries_about.get(which)
        found = _link(bounds[which])
        if stated is not None and found is not None:
            stated = {k: stated.get(k) for k in ("sequence", "id", "hash")}
        if stated != found:
            result.add(
                "archive_bounds",
                what=f"{which} entry",
                expected=(stated or {}).get("sequence"),
                found=(found or {}).get("sequence"),
            )
    # Closures: those of this archive, against the entries it holds.
    closures_about = store.get("closures", {})
    name = closures_about.get("member")
    if name not in listed:
        result.add("archive_member", member=str(name), why="missing")
        return result
    records = [
        ArchivedClosure.of(json.loads(raw)) for raw in archive.read(name).splitlines() if raw
    ]
    met = {e.id: e for e in closure_entries}
    for entry in closure_entries:
        if not any(c.journal_entry_id == entry.id for c in records):
            result.add("closure_without_row", entry.sequence, entry.id)
    # The perpetual grand total is followed from one day closure to the next; the first one's
    # predecessor is known only when the archive starts at the store's first entry.
    grand: int | None = 0 if start_link[0] == 0 else None
    for closure in sorted(records, key=lambda c: (c.period_start, c.id)):
        previous = grand
        if closure.kind == "day":
            grand = closure.grand_total_cents
        inside = (
            period is not None
            and period[0] <= closure.period_start
            and closure.period_end <= period[1]
        )
        check_closure(
            result,
            closure,
            met.get(closure.journal_entry_id),
            _archived_period_entries(archive, member, closure) if inside else None,
            keys,
            previous if closure.kind == "day" else None,
        )
    return result


def _archived_period_entries(archive, member: str, closure):
    def stream():
        with archive.open(member) as source:
            for raw in source:
                entry = ArchivedEntry.of(json.loads(raw))
                if (
                    entry.kind != "closure"
                    and closure.period_start <= entry.business_date <= closure.period_end
                ):
                    yield entry

    return stream


def archive_signer(engine) -> tuple[Signer | None, str]:
    """The signer of this PC's archives: the journal key in the OS keyring, if the database
    knows it and has not retired it (the closures' own rule); else None and why not."""

    private = closures._keyring_private_key()
    if private is None:
        return None, "no journal signing key on the PC that wrote this archive"
    with engine.connect() as connection:
        found = closures._signer(connection)
        connection.rollback()
    if found is None:
        return None, "this PC's journal key is not an active key of the database"

    def sign(body: bytes) -> str:
        return base64.b64encode(found.private.sign(body)).decode("ascii")

    return Signer(found.key_id, sign), ""
