"""The chain's stores: address, contact, position, delivery zone and opening hours (weekly
ranges, last-order minutes, exceptional closures; enforced at placing: services/orders.py).

Head office edits them (MANAGE_STORES); every role may read its own store. Stores have no
version column: a save sends back the values it was read with and the row is compared
with them under a row lock, so a stale editor is refused, told who changed it, instead of
silently overwriting the other PC's change.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import Store, StoreClosure
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.clock import to_paris, utcnow
from ocpizza_desk.domain.errors import ConflictError, NotFound, ValidationError
from ocpizza_desk.domain.opening import DAYS, MIDNIGHT_END, StoreRules, Zone
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.texts import Text
from ocpizza_desk.services import audit
from ocpizza_desk.services.auth import StaffSession, require, require_store
from ocpizza_desk.services.context import ServiceContext

MAX_RADIUS_M = 50_000
MAX_SLOTS_PER_DAY = 4
MAX_LAST_ORDER_MINUTES = 240
MAX_CLOSURES = 60
_CODE = re.compile(r"^[a-z0-9][a-z0-9-]{1,31}$")
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_STORE = Text("ErrorDetail", "store")

Hours = dict[str, tuple[tuple[str, str], ...]]
Closures = tuple[tuple[date, str], ...]  # (Paris day, label), by day


@dataclass(frozen=True)
class StoreDraft:
    """What the editor sends: every editable field."""

    code: str
    name: str
    street: str
    postcode: str
    city: str
    phone: str
    email: str | None
    latitude: float
    longitude: float
    delivery_radius_m: int
    opening_hours: Hours
    last_order_minutes: int = 0
    closures: Closures = ()  # today's and later ones (past closures stay as they were)


@dataclass(frozen=True)
class StoreDetail:
    id: int
    code: str
    name: str
    street: str
    postcode: str
    city: str
    phone: str  # E.164
    email: str | None
    latitude: float
    longitude: float
    delivery_radius_m: int
    opening_hours: Hours
    active: bool
    last_order_minutes: int = 0
    closures: Closures = ()

    def draft(self) -> StoreDraft:
        values = asdict(self)
        return StoreDraft(**{f.name: values[f.name] for f in fields(StoreDraft)})


_EDITABLE = tuple(f.name for f in fields(StoreDraft))


# --------------------------------------------------------------------------- validation


def clean_hours(hours: object) -> Hours:
    """Every day present (closed days empty), slots sorted, HH:MM, start < end, no overlap."""
    if not isinstance(hours, dict):
        raise ValidationError("store.hours_day", day=str(hours)[:20])
    for day in hours:
        if day not in DAYS:
            raise ValidationError("store.hours_day", day=str(day)[:20])
    cleaned: dict[str, tuple[tuple[str, str], ...]] = {}
    for day in DAYS:
        slots = hours.get(day) or ()
        if not isinstance(slots, list | tuple) or len(slots) > MAX_SLOTS_PER_DAY:
            raise ValidationError(
                "store.hours_format", field_key="opening_hours", day=day, value=str(slots)[:20]
            )
        pairs = []
        for slot in slots:
            if not isinstance(slot, list | tuple) or len(slot) != 2:
                raise ValidationError(
                    "store.hours_format", field_key="opening_hours", day=day, value=str(slot)[:20]
                )
            start, end = (str(t).strip() for t in slot)
            if not _HHMM.match(start):
                raise ValidationError(
                    "store.hours_format", field_key="opening_hours", day=day, value=start[:20]
                )
            if not _HHMM.match(end) and end != MIDNIGHT_END:
                raise ValidationError(
                    "store.hours_format", field_key="opening_hours", day=day, value=end[:20]
                )
            if start >= end:
                raise ValidationError(
                    "store.hours_order", field_key="opening_hours", day=day, start=start, end=end
                )
            pairs.append((start, end))
        pairs.sort()
        for first, second in itertools.pairwise(pairs):
            if second[0] < first[1]:
                raise ValidationError(
                    "store.hours_overlap",
                    field_key="opening_hours",
                    day=day,
                    first=f"{first[0]}–{first[1]}",
                    second=f"{second[0]}–{second[1]}",
                )
        cleaned[day] = tuple(pairs)
    return cleaned


def _today() -> date:
    return to_paris(utcnow()).date()


def clean_closures(closures: object, today: date) -> Closures:
    """Days (dates, or DD/MM/YYYY or YYYY-MM-DD texts) from today on, each once, with a label."""
    if not isinstance(closures, list | tuple) or len(closures) > MAX_CLOSURES:
        raise ValidationError("store.closure_date", value=str(closures)[:20], field_key="closures")
    cleaned: dict[date, str] = {}
    for item in closures:
        if not isinstance(item, list | tuple) or len(item) != 2:
            raise ValidationError("store.closure_date", value=str(item)[:20], field_key="closures")
        day, label = item
        if isinstance(day, datetime) or not isinstance(day, date):
            day = _parse_day(day)
        shown = day.strftime("%d/%m/%Y")
        if day < today:
            raise ValidationError("store.closure_past", day=shown, field_key="closures")
        label = (label or "").strip() if isinstance(label, str) else ""
        if not label or len(label) > 80:
            raise ValidationError("store.closure_label", day=shown, field_key="closures")
        if day in cleaned:
            raise ValidationError("store.closure_twice", day=shown, field_key="closures")
        cleaned[day] = label
    return tuple(sorted(cleaned.items()))


def _parse_day(value: object) -> date:
    text = str(value).strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationError("store.closure_date", value=text[:20], field_key="closures")


def _clean(draft: StoreDraft) -> dict[str, Any]:
    code = (draft.code or "").strip()
    if not code:
        raise ValidationError("input.required", field=validation.FIELDS["code"], field_key="code")
    if not _CODE.match(code):
        raise ValidationError("store.code_format", field_key="code")
    latitude, longitude = draft.latitude, draft.longitude
    numbers = (latitude, longitude)
    if any(isinstance(n, bool) or not isinstance(n, int | float) for n in numbers) or not (
        -90 <= latitude <= 90 and -180 <= longitude <= 180
    ):
        raise ValidationError("store.coordinates", field_key="latitude")
    radius = draft.delivery_radius_m
    if isinstance(radius, bool) or not isinstance(radius, int) or not 0 < radius <= MAX_RADIUS_M:
        raise ValidationError("store.radius", field_key="delivery_radius_m", limit=MAX_RADIUS_M)
    return {
        "code": code,
        "name": validation.text(draft.name, "store_name", limit=80),
        "street": validation.text(draft.street, "street", limit=160),
        "postcode": validation.postcode(draft.postcode),
        "city": validation.text(draft.city, "city", limit=60),
        "phone": validation.phone(draft.phone),
        "email": validation.email(draft.email),
        "latitude": float(latitude),
        "longitude": float(longitude),
        "delivery_radius_m": radius,
        "opening_hours": clean_hours(draft.opening_hours),
        "last_order_minutes": _last_order(draft.last_order_minutes),
        "closures": clean_closures(draft.closures, _today()),
    }


def _last_order(minutes: object) -> int:
    if (
        isinstance(minutes, bool)
        or not isinstance(minutes, int)
        or not 0 <= minutes <= MAX_LAST_ORDER_MINUTES
    ):
        raise ValidationError(
            "store.last_order", limit=MAX_LAST_ORDER_MINUTES, field_key="last_order_minutes"
        )
    return minutes


def _json_hours(hours: Hours) -> dict[str, list[list[str]]]:
    return {day: [list(slot) for slot in hours.get(day, ())] for day in DAYS}


# --------------------------------------------------------------------------- reading


def _closures(db: Session, store_ids: list[int]) -> dict[int, Closures]:
    """Each store's closures from today on."""
    found: dict[int, list[tuple[date, str]]] = {i: [] for i in store_ids}
    if store_ids:
        c = StoreClosure
        for store_id, day, label in db.execute(
            select(c.store_id, c.day, c.label)
            .where(c.store_id.in_(store_ids), c.day >= _today())
            .order_by(c.store_id, c.day)
        ):
            found[store_id].append((day, label))
    return {i: tuple(v) for i, v in found.items()}


def _detail(store: Store, closures: Closures = ()) -> StoreDetail:
    hours = store.opening_hours or {}
    return StoreDetail(
        id=store.id,
        code=store.code,
        name=store.name,
        street=store.street,
        postcode=store.postcode,
        city=store.city,
        phone=store.phone,
        email=store.email,
        latitude=float(store.latitude),
        longitude=float(store.longitude),
        delivery_radius_m=store.delivery_radius_m,
        opening_hours={day: tuple((str(a), str(b)) for a, b in hours.get(day, ())) for day in DAYS},
        active=bool(store.active),
        last_order_minutes=store.last_order_minutes or 0,
        closures=closures,
    )


def _read(db: Session, store_id: int) -> StoreDetail:
    store = db.get(Store, store_id)
    if store is None:
        raise NotFound("not_found", what=_STORE)
    return _detail(store, _closures(db, [store_id])[store_id])


def list_stores(
    ctx: ServiceContext, session: StaffSession, include_inactive: bool = True
) -> list[StoreDetail]:
    """Head office and administrators: the chain; store staff: their own store."""

    def work(db: Session) -> list[StoreDetail]:
        query = select(Store).order_by(Store.name, Store.id)
        if session.role.is_store_bound:
            query = query.where(Store.id == session.store_id)
        if not include_inactive:
            query = query.where(Store.active)
        found = list(db.scalars(query))
        closures = _closures(db, [s.id for s in found])
        return [_detail(s, closures[s.id]) for s in found]

    return ctx.transaction(work)


def get(ctx: ServiceContext, session: StaffSession, store_id: int) -> StoreDetail:
    validation.identifier(store_id, "store")
    require_store(session, store_id)

    return ctx.transaction(lambda db: _read(db, store_id))


def rules_in(db: Session, store_id: int, now: datetime) -> StoreRules | None:
    """A store's opening rules and zone, read for a suggestion (placing reads them with the
    cart instead: services/cart.py)."""
    store = db.get(Store, store_id)
    if store is None:
        return None
    since = to_paris(now).date() - timedelta(days=1)
    closures = {
        day: label
        for day, label in db.execute(
            select(StoreClosure.day, StoreClosure.label).where(
                StoreClosure.store_id == store_id, StoreClosure.day >= since
            )
        )
    }
    return StoreRules(
        store_id,
        store.opening_hours or {},
        closures,
        store.last_order_minutes or 0,
        Zone(store_id, float(store.latitude), float(store.longitude), store.delivery_radius_m),
    )


def next_possible(
    ctx: ServiceContext, session: StaffSession, store_id: int, at: datetime
) -> datetime | None:
    """`at` if the store takes an order for then, now; otherwise its next possible time
    (None: not open in the next two weeks)."""
    require_store(session, store_id)
    now = utcnow()

    def work(db: Session) -> datetime | None:
        rules = rules_in(db, store_id, now)
        if rules is None:
            raise NotFound("not_found", what=_STORE)
        verdict = rules.check(at, now)
        return at if verdict.ok else verdict.next_possible

    return ctx.transaction(work)


# --------------------------------------------------------------------------- writing


def create(ctx: ServiceContext, session: StaffSession, draft: StoreDraft) -> StoreDetail:
    require(session, Permission.MANAGE_STORES)
    values = _clean(draft)

    def work(db: Session) -> StoreDetail:
        _code_free(db, values["code"], None)
        store_id = db.execute(
            insert(Store.__table__).values(**_row(values), active=True)
        ).inserted_primary_key[0]
        _write_closures(db, store_id, values["closures"])
        audit.record(
            db,
            session,
            "store.create",
            "store",
            store_id,
            after=_audited(values),
            store_id=store_id,
        )
        return _read(db, store_id)

    return ctx.transaction(work)


def _row(values: dict[str, Any]) -> dict[str, Any]:
    """The stores row of cleaned values (the closures are rows of their own)."""
    row = {k: v for k, v in values.items() if k != "closures"}
    return dict(row, opening_hours=_json_hours(values["opening_hours"]))


def _write_closures(db: Session, store_id: int, closures: Closures, today: date | None = None):
    """Today's and later closures replaced by these (past ones kept: they happened)."""
    if today is not None:
        db.execute(
            delete(StoreClosure.__table__).where(
                StoreClosure.store_id == store_id, StoreClosure.day >= today
            )
        )
    if closures:
        db.execute(
            insert(StoreClosure.__table__),
            [{"store_id": store_id, "day": d, "label": label} for d, label in closures],
        )


def update_store(
    ctx: ServiceContext, session: StaffSession, read: StoreDetail, draft: StoreDraft
) -> StoreDetail:
    """Save `draft` over the store as it was `read`; refused if someone saved in between."""
    require(session, Permission.MANAGE_STORES)
    validation.identifier(read.id, "store")
    values = _clean(draft)

    def work(db: Session) -> StoreDetail:
        current = _locked(db, read.id)
        if _editable(current) != _editable(read) or current.active != read.active:
            raise _who_changed(db, read.id)
        if values["code"] != current.code:
            _code_free(db, values["code"], read.id)
        before = _audited({k: getattr(current, k) for k in _EDITABLE})
        after = _audited(values)
        changed = {k: after[k] for k in after if before[k] != after[k]}
        if not changed:
            return current
        db.execute(update(Store.__table__).where(Store.id == read.id).values(**_row(values)))
        if "closures" in changed:
            _write_closures(db, read.id, values["closures"], _today())
        audit.record(
            db,
            session,
            "store.update",
            "store",
            read.id,
            before={k: before[k] for k in changed},
            after=changed,
            store_id=read.id,
        )
        db.expire_all()
        return _read(db, read.id)

    return ctx.transaction(work)


def set_active(
    ctx: ServiceContext, session: StaffSession, read: StoreDetail, active: bool
) -> StoreDetail:
    """Deactivate (closed for good, hidden from the counter's lists) or reactivate a store."""
    require(session, Permission.MANAGE_STORES)
    validation.identifier(read.id, "store")

    def work(db: Session) -> StoreDetail:
        current = _locked(db, read.id)
        if current.active != read.active:
            raise _who_changed(db, read.id)
        if current.active == active:
            return current
        db.execute(update(Store.__table__).where(Store.id == read.id).values(active=active))
        audit.record(
            db,
            session,
            "store.activate" if active else "store.deactivate",
            "store",
            read.id,
            before={"active": current.active},
            after={"active": active},
            store_id=read.id,
        )
        db.expire_all()
        return _read(db, read.id)

    return ctx.transaction(work)


def _locked(db: Session, store_id: int) -> StoreDetail:
    store = db.execute(
        select(Store).where(Store.id == store_id).with_for_update()
    ).scalar_one_or_none()
    if store is None:
        raise NotFound("not_found", what=_STORE)
    db.refresh(store)
    return _detail(store, _closures(db, [store_id])[store_id])


def _editable(detail: StoreDetail) -> tuple:
    return tuple(getattr(detail, k) for k in _EDITABLE)


def _audited(values: dict[str, Any]) -> dict[str, Any]:
    """A store's data is the company's, not personal data: audited as is (JSON-ready)."""

    def ready(key: str, value: Any) -> Any:
        if key == "opening_hours":
            return _json_hours(value)
        if key == "closures":
            return [[d.isoformat(), label] for d, label in value]
        return value

    return {k: ready(k, v) for k, v in values.items() if k in _EDITABLE}


def _code_free(db: Session, code: str, store_id: int | None) -> None:
    query = select(func.count()).select_from(Store).where(Store.code == code)
    if store_id is not None:
        query = query.where(Store.id != store_id)
    if db.execute(query).scalar_one():
        raise ValidationError("store.code_taken", field_key="code", value=code)


def _who_changed(db: Session, store_id: int) -> ConflictError:
    return audit.conflict(db, "store.changed", "store", store_id, action="store.")
