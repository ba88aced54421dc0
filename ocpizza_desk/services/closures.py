"""Till closures: the day's Z, the month and the year, chained in the sales journal and signed.

A closure is itself a journal entry (kind "closure") appended to the store's chain, with a
`closures` row beside it (the figures again, the drawer counted, the perpetual grand total,
the entry's id and the signature). Closing a day moves `journal_heads.closed_through` to it,
so every later entry of the store belongs to the next business day (the journal does that by
itself, on MariaDB in its trigger), and a closed day never takes a new entry.

- **Day (Z)**: `close_day` in one transaction: the store's journal head locked first
  (SELECT … FOR UPDATE, the row every append of the store waits on, so no sale slips in while
  the day is being added up, and two managers closing at once are served one after the other:
  the second is told who closed it); the refusals (a day to come, a day already closed or
  before the last one closed, an earlier day with sales not closed, open orders unless carried
  over, a count that is not one); the day's entries added up (`period_totals`), the perpetual
  grand total (the previous day closure's + the day's sales, never reset), the expected cash
  (`takings` of the cash tender, less what drivers on shift still carry) against the drawer
  counted by denomination; the closure entry appended, signed over its hash when this PC holds
  the key, the row inserted, the day marked closed. A refusal writes nothing.
- **Month and year** (`close_month`, `close_year`) cumulate the closures below them (the
  month its days, the year its months: `combine`), refused while a day (a month) of the
  period that had entries is not closed, or while the period is not over.
- **Signatures**: Ed25519 over the closure entry's hash (its 64 hex characters, as ASCII).
  The private key is in the OS keyring of the signing PC (service "ocpizza-desk", entry
  "journal-signing-key", 32 raw bytes in base64), the public key in `journal_keys`
  (`key_id` = SHA-256 of its 32 raw bytes, in hex). `generate_key` is `ocpizza-desk journal
  keygen`; without a key (or with a key the database does not know or has retired) a
  closure is chained but unsigned. `verify_signature` is for `journal verify`.
- **Reprints** (`reprint`) of a closure are journalled as "duplicate" entries.

`period_totals` is pure: `journal verify` recomputes every closure's figures with it from the
entries of the period, so it must stay deterministic (see its docstring for the format).
"""

from __future__ import annotations

import base64
import binascii
import calendar
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, insert, or_, select, update
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import (
    AppSetting,
    Closure,
    DriverShift,
    JournalEntry,
    JournalHead,
    JournalKey,
    Order,
    Store,
    User,
)
from ocpizza_desk.db.setting_keys import LEGAL_KEY
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.clock import paris_days, to_paris, utcnow
from ocpizza_desk.domain.enums import OPEN_STATUSES, OrderMode, OrderStatus, Tender
from ocpizza_desk.domain.errors import ConflictError, DomainError, NotFound, ValidationError
from ocpizza_desk.domain.money import Amount, denomination_text
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.texts import Joined, Text
from ocpizza_desk.services import journal, payments
from ocpizza_desk.services.auth import StaffSession, require, require_any
from ocpizza_desk.services.context import ServiceContext, Tx, core
from ocpizza_desk.services.documents import LegalMentions, StoreInfo

DAY, MONTH, YEAR = "day", "month", "year"
KINDS = (DAY, MONTH, YEAR)
# The entries that move sales or takings; duplicates and closures are not added up.
MONEY_KINDS = (journal.SALE, journal.MODIFICATION, journal.CANCELLATION, journal.PAYMENT,
               journal.REFUND)  # fmt: skip
FORMAT = 1  # of a closure entry's content (and of `period_totals`)

# The drawer, counted note by note and coin by coin (cents).
NOTES = (50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500)
COINS = (200, 100, 50, 20, 10, 5, 2, 1)
DENOMINATIONS = NOTES + COINS
MAX_PIECES = 5_000  # of one denomination in a pizzeria's drawer: more is a typo
MAX_DRAWER_CENTS = 5_000_000  # 50 000 €: no evening's drawer holds more

# An order finished but not fully paid is looked for this far back (open ones at any age).
UNPAID_LOOKBACK_DAYS = 7
OPEN_ORDERS_SHOWN = 200
PAGE_SIZE = 50

KEYRING_ENTRY = "journal-signing-key"  # in the OS keyring, service config.KEYRING_SERVICE
UNSIGNED_LOOKBACK_DAYS = 31  # the administrator's dashboard counts unsigned closures this far

_JOURNAL = JournalEntry.__table__
_HEADS = JournalHead.__table__
_CLOSURES = Closure.__table__
_KEYS = JournalKey.__table__

_MONTHS = (
    Text("Month", "January"),
    Text("Month", "February"),
    Text("Month", "March"),
    Text("Month", "April"),
    Text("Month", "May"),
    Text("Month", "June"),
    Text("Month", "July"),
    Text("Month", "August"),
    Text("Month", "September"),
    Text("Month", "October"),
    Text("Month", "November"),
    Text("Month", "December"),
)


# --------------------------------------------------------------------------- figures (pure)


def _get(row: Any, name: str) -> Any:
    return row[name] if isinstance(row, Mapping) else getattr(row, name)


def _tender_key(tender: str) -> tuple[int, str]:
    order = [t.value for t in Tender]
    return (order.index(tender), "") if tender in order else (len(order), tender)


def period_totals(entries: Iterable[Any]) -> dict[str, Any]:
    """The figures of a period, from its journal entries (rows or mappings with the journal's
    columns `kind`, `sequence`, `ticket_number`, `tender`, `amount_cents`, `content`), in any
    order. Pure and deterministic: `journal verify` recomputes every closure's figures with
    it, from the entries of the closure's period (`business_date` from `period_start` to
    `period_end`, the closure entries themselves included or not: they are skipped).

    Only sale, modification, cancellation, payment and refund entries count; duplicates and
    closures are skipped. Every figure is additive over days, so a month's figures computed
    from its entries equal `combine` of its days' (and a year's, of its months').

    The result, a dict in this exact key order (the closure's canonical content nests it as
    "totals"; integers are cents unless said):

    - `entries`: the number of entries counted;
    - `gross`: sales before discounts = Σ sale gross + Σ modification (gross −
      previous_gross) − Σ cancellation gross (from each entry's content);
    - `discount`: the same with the discounts;
    - `total`: sales incl. VAT = Σ `amount_cents` of sales, modifications and cancellations
      (= gross − discount);
    - `vat`: `[[rate_bp, base_cents, vat_cents, total_cents], …]` by ascending rate = Σ sale
      vat + Σ modification (vat − previous_vat) − Σ cancellation vat, rows all zero left out;
    - `tenders`: `[[tender, payments_cents, refunds_cents, net_cents], …]` in the order cash,
      card, meal_voucher, online (any other after, by name), tenders with no entry left out;
      refunds counted positive, net = payments − refunds;
    - `payments`, `refunds`, `takings`: the same over all tenders (takings = net);
    - `tickets`, `modifications`, `cancellations`, `payment_count`, `refund_count`: how many
      entries of each kind;
    - `first_ticket`, `last_ticket`: the lowest and highest sale ticket number (null: none);
    - `first_sequence`, `last_sequence`: the lowest and highest sequence counted (null: none).
    """
    gross = discount = total = 0
    vat: dict[int, list[int]] = {}
    tenders: dict[str, list[int]] = {}
    counts = dict.fromkeys(MONEY_KINDS, 0)
    tickets: list[int] = []
    sequences: list[int] = []

    def add_vat(rows: Sequence[Sequence[int]], sign: int) -> None:
        for rate, base, tax, inclusive in rows:
            money = vat.setdefault(int(rate), [0, 0, 0])
            money[0] += sign * int(base)
            money[1] += sign * int(tax)
            money[2] += sign * int(inclusive)

    for row in entries:
        kind = _get(row, "kind")
        if kind not in counts:
            continue
        counts[kind] += 1
        sequences.append(int(_get(row, "sequence")))
        amount = int(_get(row, "amount_cents"))
        if kind in (journal.PAYMENT, journal.REFUND):
            money = tenders.setdefault(str(_get(row, "tender")), [0, 0])
            if kind == journal.PAYMENT:
                money[0] += amount
            else:
                money[1] -= amount  # a refund's amount is negative in the journal
            continue
        content = json.loads(_get(row, "content"))
        total += amount
        if kind == journal.SALE:
            gross += content["gross"]
            discount += content["discount"]
            add_vat(content["vat"], 1)
            if _get(row, "ticket_number") is not None:
                tickets.append(int(_get(row, "ticket_number")))
        elif kind == journal.MODIFICATION:
            gross += content["gross"] - content["previous_gross"]
            discount += content["discount"] - content["previous_discount"]
            add_vat(content["vat"], 1)
            add_vat(content["previous_vat"], -1)
        else:
            gross -= content["gross"]
            discount -= content["discount"]
            add_vat(content["vat"], -1)
    return _figures_dict(
        entries=sum(counts.values()),
        gross=gross,
        discount=discount,
        total=total,
        vat=vat,
        tenders=tenders,
        counts=counts,
        tickets=(min(tickets), max(tickets)) if tickets else (None, None),
        sequences=(min(sequences), max(sequences)) if sequences else (None, None),
    )


def _figures_dict(*, entries, gross, discount, total, vat, tenders, counts, tickets, sequences):
    vat_rows = [[rate, *money] for rate, money in sorted(vat.items()) if any(money)]
    tender_rows = [
        [tender, paid, refunded, paid - refunded]
        for tender, (paid, refunded) in sorted(tenders.items(), key=lambda t: _tender_key(t[0]))
    ]
    payments = sum(row[1] for row in tender_rows)
    refunds = sum(row[2] for row in tender_rows)
    return {
        "entries": entries,
        "gross": gross,
        "discount": discount,
        "total": total,
        "vat": vat_rows,
        "tenders": tender_rows,
        "payments": payments,
        "refunds": refunds,
        "takings": payments - refunds,
        "tickets": counts[journal.SALE],
        "modifications": counts[journal.MODIFICATION],
        "cancellations": counts[journal.CANCELLATION],
        "payment_count": counts[journal.PAYMENT],
        "refund_count": counts[journal.REFUND],
        "first_ticket": tickets[0],
        "last_ticket": tickets[1],
        "first_sequence": sequences[0],
        "last_sequence": sequences[1],
    }


def combine(parts: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The figures of several periods together (a month from its days, a year from its
    months), in `period_totals`' format: sums, and the outer ticket and sequence bounds."""
    vat: dict[int, list[int]] = {}
    tenders: dict[str, list[int]] = {}
    counts = dict.fromkeys(MONEY_KINDS, 0)
    entries = gross = discount = total = 0
    tickets: list[int] = []
    sequences: list[int] = []
    for part in parts:
        entries += part["entries"]
        gross += part["gross"]
        discount += part["discount"]
        total += part["total"]
        for rate, base, tax, inclusive in part["vat"]:
            money = vat.setdefault(rate, [0, 0, 0])
            money[0] += base
            money[1] += tax
            money[2] += inclusive
        for tender, paid, refunded, _net in part["tenders"]:
            money = tenders.setdefault(tender, [0, 0])
            money[0] += paid
            money[1] += refunded
        counts[journal.SALE] += part["tickets"]
        counts[journal.MODIFICATION] += part["modifications"]
        counts[journal.CANCELLATION] += part["cancellations"]
        counts[journal.PAYMENT] += part["payment_count"]
        counts[journal.REFUND] += part["refund_count"]
        tickets += [t for t in (part["first_ticket"], part["last_ticket"]) if t is not None]
        sequences += [s for s in (part["first_sequence"], part["last_sequence"]) if s is not None]
    return _figures_dict(
        entries=entries,
        gross=gross,
        discount=discount,
        total=total,
        vat=vat,
        tenders=tenders,
        counts=counts,
        tickets=(min(tickets), max(tickets)) if tickets else (None, None),
        sequences=(min(sequences), max(sequences)) if sequences else (None, None),
    )


@dataclass(frozen=True)
class VatRow:
    rate_bp: int
    base_cents: int
    vat_cents: int
    total_cents: int


@dataclass(frozen=True)
class TenderRow:
    tender: str  # a Tender value (`tender_enum` when it is one)
    payments_cents: int
    refunds_cents: int
    net_cents: int

    @property
    def tender_enum(self) -> Tender | None:
        try:
            return Tender(self.tender)
        except ValueError:
            return None


@dataclass(frozen=True)
class Figures:
    """`period_totals`' dict as a dataclass, for screens and paper."""

    entries: int
    gross_cents: int
    discount_cents: int
    total_cents: int
    vat: tuple[VatRow, ...]
    tenders: tuple[TenderRow, ...]
    payments_cents: int
    refunds_cents: int
    takings_cents: int
    tickets: int
    modifications: int
    cancellations: int
    payment_count: int
    refund_count: int
    first_ticket: int | None
    last_ticket: int | None
    first_sequence: int | None
    last_sequence: int | None

    @classmethod
    def of(cls, totals: Mapping[str, Any]) -> Figures:
        return cls(
            entries=totals["entries"],
            gross_cents=totals["gross"],
            discount_cents=totals["discount"],
            total_cents=totals["total"],
            vat=tuple(VatRow(*row) for row in totals["vat"]),
            tenders=tuple(TenderRow(*row) for row in totals["tenders"]),
            payments_cents=totals["payments"],
            refunds_cents=totals["refunds"],
            takings_cents=totals["takings"],
            tickets=totals["tickets"],
            modifications=totals["modifications"],
            cancellations=totals["cancellations"],
            payment_count=totals["payment_count"],
            refund_count=totals["refund_count"],
            first_ticket=totals["first_ticket"],
            last_ticket=totals["last_ticket"],
            first_sequence=totals["first_sequence"],
            last_sequence=totals["last_sequence"],
        )

    @property
    def vat_cents(self) -> int:
        return sum(v.vat_cents for v in self.vat)

    @property
    def excluding_vat_cents(self) -> int:
        return sum(v.base_cents for v in self.vat)

    def tender_net(self, tender: Tender) -> int:
        return sum(t.net_cents for t in self.tenders if t.tender == tender.value)


# --------------------------------------------------------------------------- the drawer (pure)


def check_count(counted: Mapping[Any, Any]) -> dict[int, int]:
    """The drawer as typed: {denomination in cents: pieces}; every denomination of
    DENOMINATIONS in the result (0 when not given). Refused: another denomination, a count
    that is not a whole number from 0 to MAX_PIECES, a total above MAX_DRAWER_CENTS."""
    if not isinstance(counted, Mapping):
        raise ValidationError("closure.denomination", value="?")
    result = dict.fromkeys(DENOMINATIONS, 0)
    for denomination, pieces in counted.items():
        if (
            not isinstance(denomination, int)
            or isinstance(denomination, bool)
            or denomination not in result
        ):
            raise ValidationError("closure.denomination", value=str(denomination)[:20])
        if not isinstance(pieces, int) or isinstance(pieces, bool) or not 0 <= pieces <= MAX_PIECES:
            raise ValidationError(
                "closure.count",
                field_key="counted",
                denomination=denomination_text(denomination),
                limit=MAX_PIECES,
            )
        result[denomination] = pieces
    total = drawer_total(result)
    if total > MAX_DRAWER_CENTS:
        raise ValidationError(
            "closure.drawer_total",
            field_key="counted",
            amount=Amount(total),
            limit=Amount(MAX_DRAWER_CENTS),
        )
    return result


def drawer_total(counted: Mapping[int, int]) -> int:
    return sum(denomination * pieces for denomination, pieces in counted.items())


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class DriverCash:
    """A driver's shift during the business day: the cash taken at the doors that day, and
    whether it is still in their pocket (shift open) or was handed in."""

    shift_id: int
    name: str
    started_at: datetime
    ended_at: datetime | None
    float_cents: int
    cash_cents: int  # cash payments the driver received during the day (within the shift)
    handed_in_cents: int | None  # at the end of the shift (float included)

    @property
    def out(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True)
class OpenOrder:
    """An order of the day not finished, or finished but not fully paid."""

    order_id: int
    created_at: datetime
    status: OrderStatus
    mode: OrderMode
    total_cents: int
    kept_cents: int  # paid less refunded

    @property
    def due_cents(self) -> int:
        return max(0, self.total_cents - self.kept_cents)


@dataclass(frozen=True)
class ClosureSummary:
    id: int
    store_id: int
    kind: str
    period_start: date
    period_end: date
    closed_at: datetime
    closed_by: str | None
    total_cents: int
    takings_cents: int
    grand_total_cents: int
    expected_cash_cents: int | None
    counted_cash_cents: int | None
    signed: bool

    @property
    def difference_cents(self) -> int | None:
        if self.expected_cash_cents is None or self.counted_cash_cents is None:
            return None
        return self.counted_cash_cents - self.expected_cash_cents


@dataclass(frozen=True)
class ClosureDetail:
    """Everything the Z (or the month's, the year's) ticket shows."""

    id: int
    store_id: int
    store: StoreInfo
    legal: LegalMentions
    kind: str
    period_start: date
    period_end: date
    closed_at: datetime
    closed_by: str | None
    figures: Figures
    previous_grand_total_cents: int
    grand_total_cents: int
    cash_takings_cents: int | None  # days: the cash tender's net, from the journal
    drivers_out_cents: int | None  # days: cash still carried by drivers on shift
    expected_cash_cents: int | None  # days: in the drawer = takings − drivers_out
    counted_cash_cents: int | None
    drawer: tuple[tuple[int, int], ...]  # (denomination, pieces), every denomination
    carried: tuple[int, ...]  # open orders carried over to the next business day
    parts: int  # the closures cumulated (a month's days, a year's months)
    note: str | None
    sequence: int  # the closure entry's place in the store's chain
    hash: str
    signature: str | None
    key_id: str | None
    duplicate: bool  # a reprint
    printed_at: datetime

    @property
    def fingerprint(self) -> str:
        return journal.fingerprint(self.hash)

    @property
    def signed(self) -> bool:
        return self.signature is not None

    @property
    def difference_cents(self) -> int | None:
        if self.expected_cash_cents is None or self.counted_cash_cents is None:
            return None
        return self.counted_cash_cents - self.expected_cash_cents


@dataclass(frozen=True)
class DayPreview:
    """What the cash-close screen shows for one business day of a store."""

    store_id: int
    store_name: str
    business_date: date
    today: date
    figures: Figures
    cash_takings_cents: int
    drivers: tuple[DriverCash, ...]
    open_orders: tuple[OpenOrder, ...]
    open_orders_total: int  # all of them, even beyond those listed
    closure: ClosureSummary | None  # the day is closed
    closed_through: date | None
    earlier_open: date | None  # an earlier day with entries and no closure: close it first
    later_closed: bool  # a later day is closed: this one can no longer be
    previous_grand_total_cents: int
    signing_key_id: str | None  # this PC signs with this key; None: closures go unsigned

    @property
    def drivers_out_cents(self) -> int:
        return sum(d.cash_cents for d in self.drivers if d.out)

    @property
    def expected_cash_cents(self) -> int:
        return self.cash_takings_cents - self.drivers_out_cents

    @property
    def grand_total_cents(self) -> int:
        return self.previous_grand_total_cents + self.figures.total_cents

    @property
    def closable(self) -> bool:
        return (
            self.closure is None
            and self.business_date <= self.today
            and self.earlier_open is None
            and not self.later_closed
        )


@dataclass(frozen=True)
class ClosuresPage:
    rows: tuple[ClosureSummary, ...]
    next_before: int | None  # the cursor of the next (older) page; None: no more


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    public_key: str  # base64 of the 32 raw bytes
    retired: tuple[str, ...] = ()  # key ids retired by this one


@dataclass(frozen=True)
class SigningStatus:
    """For the administrator's dashboard."""

    active_keys: int
    unsigned_recent: int  # closures without a signature in the last UNSIGNED_LOOKBACK_DAYS


# --------------------------------------------------------------------------- labels


def _day_text(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def period_label(kind: str, start: date) -> Text:
    """The period in words, in the reader's language (for messages)."""
    if kind == DAY:
        return Text("Closure", "day {day}", day=_day_text(start))
    if kind == MONTH:
        return Text(
            "Closure", "month of {month} {year}", month=_MONTHS[start.month - 1], year=start.year
        )
    return Text("Closure", "year {year}", year=start.year)


def reference(kind: str, start: date) -> str:
    """The closure entry's `reference` in the journal: Z-2026-12-02, M-2026-12, Y-2026."""
    if kind == DAY:
        return f"Z-{start.isoformat()}"
    if kind == MONTH:
        return f"M-{start.year:04d}-{start.month:02d}"
    return f"Y-{start.year:04d}"


def _when(moment: datetime) -> str:
    return to_paris(moment).strftime("%d/%m/%Y %H:%M")


# --------------------------------------------------------------------------- signatures


def verify_signature(public_key_b64: str, hash_hex: str, signature_b64: str) -> bool:
    """Whether `signature_b64` is the Ed25519 signature, by the key `public_key_b64` (32 raw
    bytes, base64), of the closure entry's hash `hash_hex` (its 64 hex characters as ASCII).
    Never raises on malformed input: False."""
    try:
        message = hash_hex.encode("ascii")
    except (UnicodeEncodeError, AttributeError):
        return False
    return ed25519_verify(public_key_b64, message, signature_b64)


def ed25519_verify(public_key_b64: str, message: bytes, signature_b64: str) -> bool:
    """Whether `signature_b64` (base64) signs `message` with the key `public_key_b64` (32 raw
    bytes, base64): the closures' and the journal archives' check. Never raises: False."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64, validate=True))
        key.verify(base64.b64decode(signature_b64, validate=True), message)
    except (InvalidSignature, ValueError, TypeError, binascii.Error):
        return False
    return True


def key_id_of(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()


def _public_raw(private) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _keyring_private_key():
    """This PC's signing key from the OS keyring, or None (no keyring, no key, unreadable)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ocpizza_desk.config import keyring_secret

    secret = keyring_secret(KEYRING_ENTRY)
    if not secret:
        return None
    try:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(secret, validate=True))
    except (ValueError, binascii.Error):
        return None


@dataclass(frozen=True)
class _Signer:
    key_id: str
    private: Any

    def sign(self, hash_hex: str) -> str:
        return base64.b64encode(self.private.sign(hash_hex.encode("ascii"))).decode("ascii")


_FROM_KEYRING: Any = object()


def _signer(db: Tx, private: Any = _FROM_KEYRING) -> _Signer | None:
    """The keyring's key (or `private`, read from it beforehand), if the database knows it
    and has not retired it."""
    if private is _FROM_KEYRING:
        private = _keyring_private_key()
    if private is None:
        return None
    key_id = key_id_of(_public_raw(private))
    known = (
        core(db)
        .execute(
            select(_KEYS.c.key_id).where(_KEYS.c.key_id == key_id, _KEYS.c.retired_at.is_(None))
        )
        .first()
    )
    return _Signer(key_id, private) if known else None


def generate_key(ctx: ServiceContext, replace: bool = False, user_id: int | None = None) -> KeyInfo:
    """`ocpizza-desk journal keygen`: a new Ed25519 key pair for this PC. The private key goes
    to the OS keyring, the public key to `journal_keys`. If this PC already holds a key the
    database knows, refused unless `replace` (the old key is then retired: closures it signed
    stay verifiable). Run by the administrator of the machine (holding the database's
    credentials is the permission, as for `maintenance`)."""
    import keyring
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )
    from keyring.errors import KeyringError

    from ocpizza_desk.config import KEYRING_SERVICE

    old = _keyring_private_key()
    old_id = key_id_of(_public_raw(old)) if old is not None else None
    if old_id is not None and not replace and ctx.transaction(lambda db: _signer(db, old)):
        raise ConflictError("closure.key_exists", key=old_id[:12].upper())
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public_raw = _public_raw(private)
    key_id = key_id_of(public_raw)
    public_b64 = base64.b64encode(public_raw).decode("ascii")
    previous_secret = None
    try:
        previous_secret = keyring.get_password(KEYRING_SERVICE, KEYRING_ENTRY)
        keyring.set_password(
            KEYRING_SERVICE, KEYRING_ENTRY, base64.b64encode(raw_private).decode("ascii")
        )
    except (KeyringError, RuntimeError, OSError):
        raise DomainError("closure.no_keyring") from None

    def work(db: Session) -> KeyInfo:
        now = utcnow()
        retired: tuple[str, ...] = ()
        if old_id is not None:
            done = db.execute(
                update(_KEYS)
                .where(_KEYS.c.key_id == old_id, _KEYS.c.retired_at.is_(None))
                .values(retired_at=now)
            ).rowcount
            retired = (old_id,) if done else ()
        db.execute(
            insert(_KEYS).values(
                key_id=key_id, public_key=public_b64, created_at=now, created_by_id=user_id
            )
        )
        return KeyInfo(key_id, public_b64, retired)

    try:
        return ctx.transaction(work)
    except BaseException:
        try:  # the database did not take it: this PC keeps the key it had
            if previous_secret is None:
                keyring.delete_password(KEYRING_SERVICE, KEYRING_ENTRY)
            else:
                keyring.set_password(KEYRING_SERVICE, KEYRING_ENTRY, previous_secret)
        except (KeyringError, RuntimeError, OSError):
            pass
        raise


def signing_key_id(ctx: ServiceContext) -> str | None:
    """The key this PC would sign closures with, or None."""
    private = _keyring_private_key()
    if private is None:
        return None
    return ctx.transaction(lambda db: _key_of(_signer(db, private)))


def _key_of(signer: _Signer | None) -> str | None:
    return None if signer is None else signer.key_id


def signing_status(db: Tx, store_ids: Sequence[int] | None, now: datetime) -> SigningStatus:
    """Active keys and recent unsigned closures (in `store_ids`, or all), for the dashboard."""
    connection = core(db)
    active = connection.execute(
        select(func.count()).select_from(_KEYS).where(_KEYS.c.retired_at.is_(None))
    ).scalar_one()
    where = [
        _CLOSURES.c.signature.is_(None),
        _CLOSURES.c.closed_at >= now - timedelta(days=UNSIGNED_LOOKBACK_DAYS),
    ]
    if store_ids is not None:
        where.append(_CLOSURES.c.store_id.in_(list(store_ids)))
    unsigned = connection.execute(
        select(func.count()).select_from(_CLOSURES).where(*where)
    ).scalar_one()
    return SigningStatus(int(active), int(unsigned))


# --------------------------------------------------------------------------- reading


def _check_day(business_date: object) -> date:
    if not isinstance(business_date, date) or isinstance(business_date, datetime):
        raise ValidationError("input.id", field=Text("ErrorDetail", "day"))
    return business_date


def _store_row(db: Session, store_id: int) -> Store:
    store = db.get(Store, store_id)
    if store is None:
        raise NotFound("closure.store_not_found")
    return store


def _head(db: Tx, store_id: int, lock: bool):
    query = select(_HEADS.c.last_sequence, _HEADS.c.last_hash, _HEADS.c.closed_through).where(
        _HEADS.c.store_id == store_id
    )
    row = core(db).execute(query.with_for_update() if lock else query).first()
    if row is None:
        raise NotFound("closure.store_not_found")
    return row


def _entries(db: Tx, store_id: int, first: date, last: date) -> list:
    return list(
        core(db).execute(
            select(
                _JOURNAL.c.kind,
                _JOURNAL.c.sequence,
                _JOURNAL.c.ticket_number,
                _JOURNAL.c.tender,
                _JOURNAL.c.amount_cents,
                _JOURNAL.c.content,
            )
            .where(
                _JOURNAL.c.store_id == store_id,
                _JOURNAL.c.business_date >= first,
                _JOURNAL.c.business_date <= last,
                _JOURNAL.c.kind.in_(MONEY_KINDS),
            )
            .order_by(_JOURNAL.c.sequence)
        )
    )


def _days_with_entries(db: Tx, store_id: int, first: date, last: date) -> list[date]:
    return [
        row[0]
        for row in core(db).execute(
            select(_JOURNAL.c.business_date)
            .where(
                _JOURNAL.c.store_id == store_id,
                _JOURNAL.c.business_date >= first,
                _JOURNAL.c.business_date <= last,
                _JOURNAL.c.kind.in_(MONEY_KINDS),
            )
            .group_by(_JOURNAL.c.business_date)
            .order_by(_JOURNAL.c.business_date)
        )
    ]


def _earliest_unclosed(db: Tx, store_id: int, before: date, closed: date | None) -> date | None:
    where = [
        _JOURNAL.c.store_id == store_id,
        _JOURNAL.c.business_date < before,
        _JOURNAL.c.kind.in_(MONEY_KINDS),
    ]
    if closed is not None:
        where.append(_JOURNAL.c.business_date > closed)
    return core(db).execute(select(func.min(_JOURNAL.c.business_date)).where(*where)).scalar()


def _closure_row(db: Tx, store_id: int, kind: str, start: date):
    return (
        core(db)
        .execute(
            select(_CLOSURES.c.id, _CLOSURES.c.closed_at, User.full_name)
            .outerjoin(User, User.id == _CLOSURES.c.closed_by_id)
            .where(
                _CLOSURES.c.store_id == store_id,
                _CLOSURES.c.kind == kind,
                _CLOSURES.c.period_start == start,
            )
        )
        .first()
    )


def _already_closed(row, kind: str, start: date) -> ConflictError:
    return ConflictError(
        "closure.already_closed",
        period=period_label(kind, start),
        who=row.full_name or Text("ErrorDetail", "someone"),
        time=_when(row.closed_at),
    )


def _previous_grand_total(db: Tx, store_id: int, before: date) -> int:
    value = (
        core(db)
        .execute(
            select(_CLOSURES.c.grand_total_cents)
            .where(
                _CLOSURES.c.store_id == store_id,
                _CLOSURES.c.kind == DAY,
                _CLOSURES.c.period_start < before,
            )
            .order_by(_CLOSURES.c.period_start.desc())
            .limit(1)
        )
        .scalar()
    )
    return int(value or 0)


def _open_orders(db: Session, store_id: int, day: date) -> tuple[tuple[OpenOrder, ...], int]:
    """Orders of the store up to the end of `day` not finished (any age: they are carried
    from day to day), or finished in the last UNPAID_LOOKBACK_DAYS but not fully paid."""
    _start, end = paris_days(day)
    since, _ = paris_days(day - timedelta(days=UNPAID_LOOKBACK_DAYS))
    kept = payments.kept_subquery()
    columns = (
        Order.id,
        Order.created_at,
        Order.status,
        Order.mode,
        Order.total_cents,
        kept.label("kept"),
    )
    unfinished = db.execute(
        select(*columns).where(
            Order.store_id == store_id,
            Order.status.in_(OPEN_STATUSES),
            Order.created_at < end,
        )
    ).all()
    finished = db.execute(
        select(*columns).where(
            Order.store_id == store_id,
            Order.status.in_([OrderStatus.DELIVERED, OrderStatus.COLLECTED]),
            Order.created_at >= since,
            Order.created_at < end,
            Order.total_cents > kept,
        )
    ).all()
    found = sorted(
        {
            row.id: OpenOrder(
                row.id, row.created_at, row.status, row.mode, row.total_cents, int(row.kept)
            )
            for row in [*unfinished, *finished]
        }.values(),
        key=lambda o: (o.created_at, o.order_id),
    )
    return tuple(found[:OPEN_ORDERS_SHOWN]), len(found)


def _drivers(db: Session, store_id: int, day: date) -> tuple[DriverCash, ...]:
    """Shifts of the store that overlap the day, with the cash each driver took at the
    doors during the day (within the shift)."""
    start, end = paris_days(day)
    # Within the day and within the shift, summed in the same read for every shift.
    since = case((DriverShift.started_at > start, DriverShift.started_at), else_=start)
    until = case(
        (and_(DriverShift.ended_at.is_not(None), DriverShift.ended_at < end), DriverShift.ended_at),
        else_=end,
    )
    cash = payments.cash_taken(DriverShift.user_id, since, until, store_id=store_id)
    shifts = db.execute(
        select(DriverShift, User.full_name, cash)
        .join(User, User.id == DriverShift.user_id)
        .where(
            DriverShift.store_id == store_id,
            DriverShift.started_at < end,
            or_(DriverShift.ended_at.is_(None), DriverShift.ended_at >= start),
        )
        .order_by(DriverShift.started_at, DriverShift.id)
    ).all()
    return tuple(
        DriverCash(
            shift.id,
            name,
            shift.started_at,
            shift.ended_at,
            shift.float_cents,
            int(taken),
            shift.handed_in_cents,
        )
        for shift, name, taken in shifts
    )


def _summary_columns():
    return (
        _CLOSURES.c.id,
        _CLOSURES.c.store_id,
        _CLOSURES.c.kind,
        _CLOSURES.c.period_start,
        _CLOSURES.c.period_end,
        _CLOSURES.c.closed_at,
        User.full_name,
        _CLOSURES.c.totals,
        _CLOSURES.c.grand_total_cents,
        _CLOSURES.c.expected_cash_cents,
        _CLOSURES.c.counted_cash_cents,
        _CLOSURES.c.signature,
    )


def _summary(row) -> ClosureSummary:
    totals = _json(row.totals)
    return ClosureSummary(
        row.id,
        row.store_id,
        row.kind,
        row.period_start,
        row.period_end,
        row.closed_at,
        row.full_name,
        totals["total"],
        totals["takings"],
        int(row.grand_total_cents),
        row.expected_cash_cents,
        row.counted_cash_cents,
        row.signature is not None,
    )


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def preview(
    ctx: ServiceContext, session: StaffSession, store_id: int, business_date: date
) -> DayPreview:
    """A business day of the store as the cash-close screen shows it: its figures so far from
    the journal, the cash expected in the drawer (the day's cash takings less what drivers on
    shift still carry), the drivers' shifts, the open orders, and whether it is closed (or
    can be)."""
    store_id = _store_id(store_id)
    require(session, Permission.CASH_CLOSE, store_id)
    day = _check_day(business_date)
    private = _keyring_private_key()  # outside the transaction: the OS keyring may be slow

    def work(db: Session) -> DayPreview:
        store = _store_row(db, store_id)
        head = _head(db, store_id, lock=False)
        closed = head.closed_through
        row = db.execute(
            select(*_summary_columns())
            .outerjoin(User, User.id == _CLOSURES.c.closed_by_id)
            .where(
                _CLOSURES.c.store_id == store_id,
                _CLOSURES.c.kind == DAY,
                _CLOSURES.c.period_start == day,
            )
        ).first()
        figures = Figures.of(period_totals(_entries(db, store_id, day, day)))
        orders, count = _open_orders(db, store_id, day) if row is None else ((), 0)
        return DayPreview(
            store_id=store_id,
            store_name=store.name,
            business_date=day,
            today=journal.business_day(utcnow()),
            figures=figures,
            cash_takings_cents=figures.tender_net(Tender.CASH),
            drivers=_drivers(db, store_id, day),
            open_orders=orders,
            open_orders_total=count,
            closure=None if row is None else _summary(row),
            closed_through=closed,
            earlier_open=_earliest_unclosed(db, store_id, day, closed) if row is None else None,
            later_closed=row is None and closed is not None and closed >= day,
            previous_grand_total_cents=_previous_grand_total(db, store_id, day),
            signing_key_id=_key_of(_signer(db, private)),
        )

    return ctx.transaction(work)


def _store_id(store_id: object) -> int:
    return validation.identifier(store_id, "store")


def closures_page(
    ctx: ServiceContext,
    session: StaffSession,
    store_id: int,
    kind: str | None = None,
    before: int | None = None,
    limit: int = PAGE_SIZE,
) -> ClosuresPage:
    """The store's closures, newest first (keyset on the id: `before` is the previous page's
    `next_before`); `kind` narrows to days, months or years."""
    store_id = _store_id(store_id)
    require_any(session, (Permission.CASH_CLOSE, Permission.VIEW_REPORTS), store_id)
    if kind is not None and kind not in KINDS:
        raise ValidationError("input.id", field=Text("ErrorDetail", "closure kind"))
    if before is not None:
        validation.identifier(before, "closure")
    limit = max(1, min(int(limit), 500))

    def work(db: Session) -> ClosuresPage:
        where = [_CLOSURES.c.store_id == store_id]
        if kind is not None:
            where.append(_CLOSURES.c.kind == kind)
        if before is not None:
            where.append(_CLOSURES.c.id < before)
        rows = db.execute(
            select(*_summary_columns())
            .outerjoin(User, User.id == _CLOSURES.c.closed_by_id)
            .where(*where)
            .order_by(_CLOSURES.c.id.desc())
            .limit(limit + 1)
        ).all()
        more = len(rows) > limit
        found = tuple(_summary(r) for r in rows[:limit])
        return ClosuresPage(found, found[-1].id if more else None)

    return ctx.transaction(work)


def closure_detail(ctx: ServiceContext, session: StaffSession, closure_id: int) -> ClosureDetail:
    """One closure as its ticket shows it (not journalled: `reprint` for paper)."""
    require_any(session, (Permission.CASH_CLOSE, Permission.VIEW_REPORTS))
    validation.identifier(closure_id, "closure")
    return ctx.transaction(lambda db: _detail(db, session, closure_id, False, utcnow()))


def reprint(ctx: ServiceContext, session: StaffSession, closure_id: int) -> ClosureDetail:
    """A closure's ticket printed again ("DUPLICATA"): journalled as a duplicate entry."""
    require(session, Permission.CASH_CLOSE)
    validation.identifier(closure_id, "closure")

    def work(db: Session) -> ClosureDetail:
        now = utcnow()
        detail = _detail(db, session, closure_id, True, now)
        require(session, Permission.CASH_CLOSE, detail.store_id)
        journal.append(
            db,
            detail.store_id,
            [
                journal.duplicate(
                    None,  # a closure is no order's
                    f"closure_{detail.kind}",
                    reference(detail.kind, detail.period_start),
                    now,
                    session.user_id,
                )
            ],
            now,
        )
        return detail

    return ctx.transaction(work)


def _detail(
    db: Session, session: StaffSession, closure_id: int, duplicate: bool, now: datetime
) -> ClosureDetail:
    row = db.execute(
        select(
            Closure,
            User.full_name,
            _JOURNAL.c.sequence,
            _JOURNAL.c.hash,
            _JOURNAL.c.content,
        )
        .join(_JOURNAL, _JOURNAL.c.id == Closure.journal_entry_id)
        .outerjoin(User, User.id == Closure.closed_by_id)
        .where(Closure.id == closure_id)
    ).first()
    if row is None:
        raise NotFound("closure.not_found")
    closure: Closure = row[0]
    require_any(session, (Permission.CASH_CLOSE, Permission.VIEW_REPORTS), closure.store_id)
    store = db.get(Store, closure.store_id)
    assert store is not None
    legal = db.get(AppSetting, LEGAL_KEY)
    content = json.loads(row.content)
    cash = content.get("cash") or {}
    counted = _json(closure.counted) or {}
    return ClosureDetail(
        id=closure.id,
        store_id=closure.store_id,
        store=StoreInfo(store.name, store.street, store.postcode, store.city, store.phone),
        legal=LegalMentions.from_setting(None if legal is None else legal.value),
        kind=closure.kind,
        period_start=closure.period_start,
        period_end=closure.period_end,
        closed_at=closure.closed_at,
        closed_by=row.full_name,
        figures=Figures.of(_json(closure.totals)),
        previous_grand_total_cents=int(content.get("previous_grand_total") or 0),
        grand_total_cents=int(closure.grand_total_cents),
        cash_takings_cents=cash.get("takings"),
        drivers_out_cents=cash.get("drivers_out"),
        expected_cash_cents=closure.expected_cash_cents,
        counted_cash_cents=closure.counted_cash_cents,
        drawer=tuple((int(d), int(c)) for d, c in counted.get("drawer", ())),
        carried=tuple(content.get("carried") or ()),
        parts=len(content.get("parts") or ()),
        note=closure.note,
        sequence=int(row.sequence),
        hash=row.hash,
        signature=closure.signature,
        key_id=closure.key_id,
        duplicate=duplicate,
        printed_at=now,
    )


# --------------------------------------------------------------------------- closing


def closure_content(
    *,
    kind: str,
    start: date,
    end: date,
    now: datetime,
    user_id: int | None,
    totals: Mapping[str, Any],
    previous_grand_total: int,
    grand_total: int,
    parts: Sequence[Sequence[Any]],
    cash: Mapping[str, Any] | None,
    carried: Sequence[int],
) -> str:
    """A closure entry's canonical content: JSON, compact, with the fields in this order:

    `format` (1), `event` ("closure"), `kind` (day, month, year), `period_start`,
    `period_end` (ISO dates), `at` (UTC, microseconds, "Z"), `by` (user id or null),
    `totals` (`period_totals`' dict, its key order), `previous_grand_total`, `grand_total`
    (cents: the perpetual grand total before and after the period), `parts` (a month's day
    closures, a year's month closures: `[[period_start, journal sequence of that closure],
    …]`; [] for a day), `cash` (a day: `{"takings", "drivers_out", "expected", "counted",
    "difference", "drawer": [[denomination_cents, pieces], …] for the 15 denominations
    from 500 € to 1 c}`; null for a month or a year), `carried` (a day: the ids of the open
    orders carried over to the next business day, ascending; [] otherwise)."""
    return journal.canonical(
        [
            ("format", FORMAT),
            ("event", journal.CLOSURE),
            ("kind", kind),
            ("period_start", start.isoformat()),
            ("period_end", end.isoformat()),
            ("at", journal.utc_text(now)),
            ("by", user_id),
            ("totals", dict(totals)),
            ("previous_grand_total", previous_grand_total),
            ("grand_total", grand_total),
            ("parts", [list(p) for p in parts]),
            ("cash", None if cash is None else dict(cash)),
            ("carried", sorted(carried)),
        ]
    )


def _append_closure(
    db: Session,
    session: StaffSession,
    store_id: int,
    *,
    kind: str,
    start: date,
    end: date,
    now: datetime,
    totals: dict[str, Any],
    previous_grand_total: int,
    grand_total: int,
    parts: Sequence[Sequence[Any]] = (),
    cash: Mapping[str, Any] | None = None,
    carried: Sequence[int] = (),
    counted: dict[str, Any] | None = None,
    note: str | None = None,
    private: Any = None,
) -> int:
    """The closure entry (chained like any other), its signature with `private` (this PC's
    key, read from the keyring before the transaction), its row. Returns the id."""
    content = closure_content(
        kind=kind,
        start=start,
        end=end,
        now=now,
        user_id=session.user_id,
        totals=totals,
        previous_grand_total=previous_grand_total,
        grand_total=grand_total,
        parts=parts,
        cash=cash,
        carried=carried,
    )
    entry = journal.Entry(
        journal.CLOSURE,
        end,
        totals["total"],
        content,
        reference=reference(kind, start),
    )
    journal.append(db, store_id, [entry], now)
    connection = core(db)
    sequence, entry_hash = connection.execute(
        select(_HEADS.c.last_sequence, _HEADS.c.last_hash).where(_HEADS.c.store_id == store_id)
    ).one()
    entry_id = connection.execute(
        select(_JOURNAL.c.id).where(
            _JOURNAL.c.store_id == store_id, _JOURNAL.c.sequence == sequence
        )
    ).scalar_one()
    signer = _signer(db, private)
    return connection.execute(
        insert(_CLOSURES).values(
            store_id=store_id,
            kind=kind,
            period_start=start,
            period_end=end,
            closed_at=now,
            closed_by_id=session.user_id,
            totals=totals,
            counted=counted,
            expected_cash_cents=None if cash is None else cash["expected"],
            counted_cash_cents=None if cash is None else cash["counted"],
            grand_total_cents=grand_total,
            journal_entry_id=entry_id,
            signature=None if signer is None else signer.sign(entry_hash),
            key_id=None if signer is None else signer.key_id,
            note=note,
        )
    ).inserted_primary_key[0]


def close_day(
    ctx: ServiceContext,
    session: StaffSession,
    store_id: int,
    business_date: date,
    counted: Mapping[int, int],
    carry_over_open: bool = False,
    note: str | None = None,
) -> ClosureDetail:
    """The Z of a business day (see the module's docstring). `counted`: the drawer,
    {denomination in cents: pieces} (DENOMINATIONS; missing ones are 0). Open orders refuse
    the closure unless `carry_over_open` (they are listed in the closure and go on to the
    next business day). A refusal writes nothing."""
    store_id = _store_id(store_id)
    require(session, Permission.CASH_CLOSE, store_id)
    day = _check_day(business_date)
    drawer = check_count(counted)
    note = validation.text(note, "note", limit=300, required=False)
    if not isinstance(carry_over_open, bool):
        raise ValidationError("input.id", field=Text("ErrorDetail", "carry over"))
    private = _keyring_private_key()  # the OS keyring may be slow: not while the head is held

    def work(db: Session) -> ClosureDetail:
        # First statement: the store's head, locked. Every append of the store waits on it,
        # and on MariaDB the snapshot of the reads below is taken after it is granted.
        head = _head(db, store_id, lock=True)
        now = utcnow()
        today = journal.business_day(now)
        if day > today:
            raise ValidationError("closure.future", day=_day_text(day))
        existing = _closure_row(db, store_id, DAY, day)
        if existing is not None:
            raise _already_closed(existing, DAY, day)
        closed = head.closed_through
        if closed is not None and closed >= day:
            raise ConflictError(
                "closure.later_closed", day=_day_text(day), closed=_day_text(closed)
            )
        earlier = _earliest_unclosed(db, store_id, day, closed)
        if earlier is not None:
            raise DomainError("closure.earlier_open", earlier=_day_text(earlier))
        orders, count = _open_orders(db, store_id, day)
        if count and not carry_over_open:
            shown = ", ".join(str(o.order_id) for o in orders[:10])
            raise DomainError(
                "closure.open_orders",
                count=count,
                orders=shown + ("…" if count > 10 else ""),
            )
        totals = period_totals(_entries(db, store_id, day, day))
        previous = _previous_grand_total(db, store_id, day)
        takings = Figures.of(totals).tender_net(Tender.CASH)
        out = sum(d.cash_cents for d in _drivers(db, store_id, day) if d.out)
        expected = takings - out
        counted_cents = drawer_total(drawer)
        pieces = [[d, drawer[d]] for d in DENOMINATIONS]
        cash = {
            "takings": takings,
            "drivers_out": out,
            "expected": expected,
            "counted": counted_cents,
            "difference": counted_cents - expected,
            "drawer": pieces,
        }
        carried = [o.order_id for o in orders] if count else []
        closure_id = _append_closure(
            db,
            session,
            store_id,
            kind=DAY,
            start=day,
            end=day,
            now=now,
            totals=totals,
            previous_grand_total=previous,
            grand_total=previous + totals["total"],
            cash=cash,
            carried=carried,
            counted={"drawer": pieces, "drivers_out": out, "carried": carried},
            note=note,
            private=private,
        )
        db.execute(update(_HEADS).where(_HEADS.c.store_id == store_id).values(closed_through=day))
        return _detail(db, session, closure_id, False, now)

    return ctx.transaction(work)


def month_period(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _check_year(year: object) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2200:
        raise ValidationError("input.id", field=Text("ErrorDetail", "year"))
    return year


def close_month(
    ctx: ServiceContext,
    session: StaffSession,
    store_id: int,
    year: int,
    month: int,
    note: str | None = None,
) -> ClosureDetail:
    """The month's closure: its day closures cumulated (`combine`). Refused while the month is
    not over (its last day not closed and not past) or a day of it with entries is not
    closed."""
    store_id = _store_id(store_id)
    require(session, Permission.CASH_CLOSE, store_id)
    year = _check_year(year)
    if not isinstance(month, int) or isinstance(month, bool) or not 1 <= month <= 12:
        raise ValidationError("input.id", field=Text("ErrorDetail", "month"))
    note = validation.text(note, "note", limit=300, required=False)
    start, end = month_period(year, month)
    return _close_period(ctx, session, store_id, MONTH, start, end, DAY, note)


def close_year(
    ctx: ServiceContext, session: StaffSession, store_id: int, year: int, note: str | None = None
) -> ClosureDetail:
    """The year's closure: its month closures cumulated. Refused while the year is not over
    or a month of it with day closures is not closed."""
    store_id = _store_id(store_id)
    require(session, Permission.CASH_CLOSE, store_id)
    year = _check_year(year)
    note = validation.text(note, "note", limit=300, required=False)
    return _close_period(ctx, session, store_id, YEAR, date(year, 1, 1), date(year, 12, 31),
                         MONTH, note)  # fmt: skip


def _close_period(
    ctx: ServiceContext,
    session: StaffSession,
    store_id: int,
    kind: str,
    start: date,
    end: date,
    part_kind: str,
    note: str | None,
) -> ClosureDetail:
    private = _keyring_private_key()

    def work(db: Session) -> ClosureDetail:
        head = _head(db, store_id, lock=True)
        now = utcnow()
        today = journal.business_day(now)
        existing = _closure_row(db, store_id, kind, start)
        if existing is not None:
            raise _already_closed(existing, kind, start)
        closed = head.closed_through
        if end >= today and (closed is None or closed < end):
            raise ValidationError("closure.period_open", period=period_label(kind, start))
        parts = db.execute(
            select(_CLOSURES.c.period_start, _CLOSURES.c.totals, _JOURNAL.c.sequence)
            .join(_JOURNAL, _JOURNAL.c.id == _CLOSURES.c.journal_entry_id)
            .where(
                _CLOSURES.c.store_id == store_id,
                _CLOSURES.c.kind == part_kind,
                _CLOSURES.c.period_start >= start,
                _CLOSURES.c.period_start <= end,
            )
            .order_by(_CLOSURES.c.period_start)
        ).all()
        have = {p.period_start for p in parts}
        if part_kind == DAY:
            missing = [d for d in _days_with_entries(db, store_id, start, end) if d not in have]
            if missing:
                shown = ", ".join(_day_text(d) for d in missing[:10])
                raise DomainError(
                    "closure.days_open",
                    period=period_label(kind, start),
                    days=shown + ("…" if len(missing) > 10 else ""),
                )
        else:
            months = {
                d.replace(day=1)
                for d in core(db)
                .execute(
                    select(_CLOSURES.c.period_start).where(
                        _CLOSURES.c.store_id == store_id,
                        _CLOSURES.c.kind == DAY,
                        _CLOSURES.c.period_start >= start,
                        _CLOSURES.c.period_start <= end,
                    )
                )
                .scalars()
            }
            months |= {d.replace(day=1) for d in _days_with_entries(db, store_id, start, end)}
            missing = sorted(m for m in months if m not in have)
            if missing:
                raise DomainError(
                    "closure.months_open",
                    period=period_label(kind, start),
                    months=Joined(", ", [_MONTHS[m.month - 1] for m in missing]),
                )
        totals = combine(_json(p.totals) for p in parts)
        previous = _previous_grand_total(db, store_id, start)
        closure_id = _append_closure(
            db,
            session,
            store_id,
            kind=kind,
            start=start,
            end=end,
            now=now,
            totals=totals,
            previous_grand_total=previous,
            grand_total=previous + totals["total"],
            parts=[[p.period_start.isoformat(), int(p.sequence)] for p in parts],
            note=note,
            private=private,
        )
        return _detail(db, session, closure_id, False, now)

    return ctx.transaction(work)
