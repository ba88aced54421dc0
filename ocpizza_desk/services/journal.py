"""The sales journal: every event that affects takings, appended in the event's transaction.

French till software must keep sales inalterable, secured, kept and archived (article 286
I-3° bis CGI). Each store's journal is a hash chain: an entry's `hash` is SHA-256 over the
previous entry's hash and the entry's own fields (`chained_text`), and its `sequence` is
gapless. Entries carry the event's fiscal content in a canonical form (`canonical`: JSON with
a fixed field order, integer cents, UTC timestamps, no personal data, so that a GDPR erasure
never touches them).

Appending costs one statement on MariaDB/MySQL: a BEFORE INSERT trigger (migration 0005) takes
the store's `journal_heads` row FOR UPDATE, sets the sequence, the previous hash, a sale's
ticket number and the hash, and advances the head, so two tills of one store writing at the
same instant are serialised on that row and never fork or skip the chain. SQLite (one PC)
runs the same computation here. An entry dated on a day already closed goes to the next
business day.

Kinds: sale (an order validated, with its receipt's ticket number), modification,
cancellation, payment, refund (a credit note), duplicate (a reprint), closure.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update

from ocpizza_desk.db.models import JournalEntry, JournalHead
from ocpizza_desk.db.triggers import GENESIS
from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.domain.totals import Totals
from ocpizza_desk.services.context import Tx, core

SALE = "sale"
MODIFICATION = "modification"
CANCELLATION = "cancellation"
PAYMENT = "payment"
REFUND = "refund"
DUPLICATE = "duplicate"
CLOSURE = "closure"
KINDS = (SALE, MODIFICATION, CANCELLATION, PAYMENT, REFUND, DUPLICATE, CLOSURE)
FORMAT = 1  # of the canonical content; written in every entry

_JOURNAL = JournalEntry.__table__
_HEADS = JournalHead.__table__
_INSERT = insert(_JOURNAL)


@dataclass(frozen=True)
class Entry:
    """An entry to append; the chain's fields are set when it is written."""

    kind: str
    business_date: date
    amount_cents: int  # the event's signed effect: sales for sale/modification/cancellation,
    # takings for payment/refund, the day's sales for a closure, 0 for a duplicate
    content: str
    order_id: int | None = None
    reference: str | None = None
    tender: str | None = None


def canonical(fields: Iterable[tuple[str, Any]]) -> str:
    """JSON of the fields in the order given, compact, UTF-8 as is."""
    return json.dumps(dict(fields), ensure_ascii=False, separators=(",", ":"))


def utc_text(moment: datetime) -> str:
    """An instant as the chained content writes it (byte for byte: it is hashed): UTC,
    microseconds, a Z. The closures and the archive write theirs with this one too."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def business_day(now: datetime) -> date:
    """The Paris calendar day of `now` (the journal moves it past a closed day)."""
    return to_paris(now).date()


def chained_text(
    previous_hash: str,
    store_id: int,
    sequence: int,
    kind: str,
    business_date: date,
    order_id: int | None,
    ticket_number: int | None,
    reference: str | None,
    tender: str | None,
    amount_cents: int,
    content: str,
) -> str:
    """What an entry's hash is computed over; the MariaDB trigger builds the same string
    with CONCAT_WS('|', …), a NULL written as an empty field."""

    def field(value: object) -> str:
        return "" if value is None else str(value)

    return "|".join(
        [
            previous_hash,
            str(store_id),
            str(sequence),
            kind,
            business_date.isoformat(),
            field(order_id),
            field(ticket_number),
            field(reference),
            field(tender),
            str(amount_cents),
            content,
        ]
    )


def entry_hash(*fields: Any) -> str:
    return hashlib.sha256(chained_text(*fields).encode("utf-8")).hexdigest()


def fingerprint(hash_hex: str) -> str:
    """The short form printed on paper: enough for a reader to find the entry."""
    return hash_hex[:12].upper()


# --------------------------------------------------------------------------- append


def append(db: Tx, store_id: int, entries: Sequence[Entry], now: datetime) -> None:
    """Append `entries`, in order, to the store's chain, in the caller's transaction."""
    if not entries:
        return
    connection = core(db)
    rows = [
        {
            "store_id": store_id,
            "sequence": 0,
            "kind": entry.kind,
            "business_date": entry.business_date,
            "recorded_at": now,
            "order_id": entry.order_id,
            "ticket_number": None,
            "reference": entry.reference,
            "tender": entry.tender,
            "amount_cents": entry.amount_cents,
            "content": entry.content,
            "previous_hash": "",
            "hash": "",
        }
        for entry in entries
    ]
    if connection.dialect.name != "sqlite":
        connection.execute(_INSERT, rows)  # the trigger chains them, one by one
        return
    head = connection.execute(
        select(
            _HEADS.c.last_sequence,
            _HEADS.c.last_hash,
            _HEADS.c.last_ticket,
            _HEADS.c.closed_through,
        ).where(_HEADS.c.store_id == store_id)
    ).first()
    if head is None:
        raise RuntimeError(f"no journal head for store {store_id}")
    sequence, previous, ticket, closed = head
    for row in rows:
        sequence += 1
        if closed is not None and row["business_date"] <= closed and row["kind"] != CLOSURE:
            row["business_date"] = closed + timedelta(days=1)
        if row["kind"] == SALE:
            ticket += 1
            row["ticket_number"] = ticket
        row["sequence"] = sequence
        row["previous_hash"] = previous
        row["hash"] = previous = entry_hash(
            previous,
            store_id,
            sequence,
            row["kind"],
            row["business_date"],
            row["order_id"],
            row["ticket_number"],
            row["reference"],
            row["tender"],
            row["amount_cents"],
            row["content"],
        )
    connection.execute(_INSERT, rows)
    connection.execute(
        update(_HEADS)
        .where(_HEADS.c.store_id == store_id)
        .values(last_sequence=sequence, last_hash=previous, last_ticket=ticket)
    )


# --------------------------------------------------------------------------- contents


def _lines(money: Totals, lines: Sequence[Any]) -> list:
    """[position, product, quantity, unit price, extras, VAT rate, gross, discount] per line;
    `lines` carry position, product_name, quantity, unit_price_cents, extras_cents."""
    discount = {line.position: line.discount_cents for line in money.lines}
    return [
        [
            line.position,
            line.product_name,
            line.quantity,
            line.unit_price_cents,
            line.extras_cents,
            line.vat_rate_bp,
            line.total_cents,
            discount.get(line.position, 0),
        ]
        for line in lines
    ]


def _vat(money: Totals) -> list:
    return [[v.rate_bp, v.base_cents, v.vat_cents, v.total_cents] for v in money.vat]


def _discounts(money: Totals) -> list:
    return [
        [a.discount.line, a.discount.kind.value, a.discount.value, a.discount.reason.value,
         a.amount_cents]
        for a in money.discounts
    ]  # fmt: skip


def sale(
    order_id: int,
    channel: str,
    mode: str,
    money: Totals,
    lines: Sequence[Any],
    now: datetime,
    user_id: int | None,
) -> Entry:
    """An order validated: its receipt (the trigger gives it the next ticket number)."""
    return Entry(
        SALE,
        business_day(now),
        money.total_cents,
        canonical(
            [
                ("format", FORMAT),
                ("event", SALE),
                ("order", order_id),
                ("at", utc_text(now)),
                ("by", user_id),
                ("channel", channel),
                ("mode", mode),
                ("lines", _lines(money, lines)),
                ("discounts", _discounts(money)),
                ("gross", money.gross_cents),
                ("discount", money.discount_cents),
                ("total", money.total_cents),
                ("vat", _vat(money)),
            ]
        ),
        order_id=order_id,
    )


def modification(
    order_id: int,
    before: Totals,
    money: Totals,
    lines: Sequence[Any],
    now: datetime,
    user_id: int | None,
) -> Entry:
    """The order's new content in full, and what it replaced (so that a period's sales,
    discounts and VAT are the sum of its entries' differences)."""
    return Entry(
        MODIFICATION,
        business_day(now),
        money.total_cents - before.total_cents,
        canonical(
            [
                ("format", FORMAT),
                ("event", MODIFICATION),
                ("order", order_id),
                ("at", utc_text(now)),
                ("by", user_id),
                ("lines", _lines(money, lines)),
                ("discounts", _discounts(money)),
                ("gross", money.gross_cents),
                ("discount", money.discount_cents),
                ("total", money.total_cents),
                ("vat", _vat(money)),
                ("previous_gross", before.gross_cents),
                ("previous_discount", before.discount_cents),
                ("previous_total", before.total_cents),
                ("previous_vat", _vat(before)),
            ]
        ),
        order_id=order_id,
    )


def cancellation(
    order_id: int, money: Totals, from_status: str, now: datetime, user_id: int | None
) -> Entry:
    return Entry(
        CANCELLATION,
        business_day(now),
        -money.total_cents,
        canonical(
            [
                ("format", FORMAT),
                ("event", CANCELLATION),
                ("order", order_id),
                ("at", utc_text(now)),
                ("by", user_id),
                ("from_status", from_status),
                ("gross", money.gross_cents),
                ("discount", money.discount_cents),
                ("total", money.total_cents),
                ("vat", _vat(money)),
            ]
        ),
        order_id=order_id,
    )


def payment(
    order_id: int,
    client_key: str | None,
    tender: str,
    amount_cents: int,
    tendered_cents: int | None,
    now: datetime,
    user_id: int | None,
) -> Entry:
    return Entry(
        PAYMENT,
        business_day(now),
        amount_cents,
        canonical(
            [
                ("format", FORMAT),
                ("event", PAYMENT),
                ("order", order_id),
                ("at", utc_text(now)),
                ("by", user_id),
                ("tender", tender),
                ("amount", amount_cents),
                ("tendered", tendered_cents),
            ]
        ),
        order_id=order_id,
        reference=client_key,
        tender=tender,
    )


def refund(
    order_id: int,
    credit_note_number: int,
    tender: str,
    amount_cents: int,
    vat: Sequence[Any],
    now: datetime,
    user_id: int | None,
    approved_by: int | None,
) -> Entry:
    return Entry(
        REFUND,
        business_day(now),
        -amount_cents,
        canonical(
            [
                ("format", FORMAT),
                ("event", REFUND),
                ("order", order_id),
                ("credit_note", credit_note_number),
                ("at", utc_text(now)),
                ("by", user_id),
                ("approved_by", approved_by),
                ("tender", tender),
                ("amount", amount_cents),
                ("vat", [[v.rate_bp, v.base_cents, v.vat_cents, v.total_cents] for v in vat]),
            ]
        ),
        order_id=order_id,
        reference=credit_note_reference(credit_note_number),
        tender=tender,
    )


def credit_note_reference(number: int) -> str:
    return f"AV{number}"


def duplicate(
    order_id: int | None, paper: str, reference: str | None, now: datetime, user_id: int | None
) -> Entry:
    """A reprint ("duplicata") of a receipt or credit note: journalled, no amount."""
    return Entry(
        DUPLICATE,
        business_day(now),
        0,
        canonical(
            [
                ("format", FORMAT),
                ("event", DUPLICATE),
                ("order", order_id),
                ("paper", paper),
                ("of", reference),
                ("at", utc_text(now)),
                ("by", user_id),
            ]
        ),
        order_id=order_id,
        reference=reference,
    )


# --------------------------------------------------------------------------- the chain


@dataclass(frozen=True)
class Break:
    """The first broken link of a store's chain."""

    store_id: int
    sequence: int | None  # the entry at fault (None: the head)
    entry_id: int | None
    problem: str  # gap, previous_hash, hash, head


def chain_breaks(rows: Iterable[Any], store_id: int, start: tuple[int, str] = (0, GENESIS)):
    """Walk a store's entries in sequence order (`rows` with the journal's columns) and
    yield every broken link: a gap in the sequence, a previous hash that is not the previous
    entry's hash, a hash that does not match the entry's fields. `start`: the (sequence,
    hash) just before the first row (the genesis, or where a partial check starts)."""
    expected_sequence, previous = start
    for row in rows:
        expected_sequence += 1
        if row.sequence != expected_sequence:
            yield Break(store_id, row.sequence, row.id, "gap")
            expected_sequence = row.sequence
        if row.previous_hash != previous:
            yield Break(store_id, row.sequence, row.id, "previous_hash")
        computed = entry_hash(
            row.previous_hash,
            row.store_id,
            row.sequence,
            row.kind,
            row.business_date,
            row.order_id,
            row.ticket_number,
            row.reference,
            row.tender,
            row.amount_cents,
            row.content,
        )
        if computed != row.hash:
            yield Break(store_id, row.sequence, row.id, "hash")
        previous = row.hash


def entries_of(db: Tx, store_id: int):
    """A store's entries in sequence order (for checks: streamed, not all in memory)."""
    return core(db).execute(
        select(_JOURNAL).where(_JOURNAL.c.store_id == store_id).order_by(_JOURNAL.c.sequence)
    )
