"""Demo data: the reference data of a believable chain, then months of order history.

Deterministic for a given seed and day. Written with Core bulk inserts (executemany with
driver-ready tuples and ids chosen here) so that a million orders load in minutes on MariaDB;
one ORM object per row would take an hour.

History is recorded the way a migration from an older system would be: each order with its
lines, status history, payments and delivery; its stock use summed into one ledger row per
store, ingredient and day. Orders still open "now" reserve their stock order by order, as the
services do, so cancelling one in the demo gives the right quantities back.

The history is journalled as the services would have (`_Journal`): each order's sale, its
payments and its cancellation are entries of its store's sales journal, chained here in
Python in the order they happened (the chain trigger is set aside during the load), with the
content the journal's builders write; every past day with entries has its Z (day closure,
unsigned: the demo has no signing key), every past month its monthly closure, so
`ocpizza-desk journal verify` passes on the demo database.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import logging
import math
import queue
import random
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Boolean, Connection, Engine, Float, Integer, Table, func, select

from ocpizza_desk.assets import load_json
from ocpizza_desk.db import models as m
from ocpizza_desk.db import triggers
from ocpizza_desk.db.setting_keys import MAINTENANCE_KEY
from ocpizza_desk.db.types import UTCDateTime
from ocpizza_desk.domain import allergens, phones, sizes
from ocpizza_desk.domain.clock import PARIS
from ocpizza_desk.domain.demo import DEMO_PASSWORDS, ROLE_LOGIN_WORD
from ocpizza_desk.domain.enums import (
    Channel,
    CustomisationKind,
    OrderMode,
    OrderStatus,
    Role,
    StockMovementKind,
    Tender,
)
from ocpizza_desk.domain.pricing import excluding_vat
from ocpizza_desk.services import journal
from ocpizza_desk.services.auth import hash_password
from ocpizza_desk.services.documents import DEMO_LEGAL

log = logging.getLogger(__name__)

DEFAULT_ORDERS = 30_000  # six months for five stores: about 33 orders a store a day
HISTORY_DAYS = 182
DEFAULT_SEED = 2026
CUSTOMERS = 200
BATCH = 5_000
# Every demo pizza in three sizes: (label, price against the catalogue's, dose factor %).
# The catalogue's price is the 33 cm's (the default); the factors follow the area
# ((26/33)² ≈ 62 %, (40/33)² ≈ 147 %). The history is taken in the default size.
DEMO_SIZES = (("26 cm", -300, 62), ("33 cm", 0, 100), ("40 cm", 500, 147))

STORE_ROLES = (Role.COUNTER, Role.PIZZAIOLO, Role.DRIVER, Role.MANAGER)

CHANNEL_WEIGHTS = {Channel.PHONE: 35, Channel.COUNTER: 20, Channel.WEBSITE: 30, Channel.APP: 15}
WEEKDAY_WEIGHTS = (0.8, 0.8, 0.9, 1.0, 1.5, 1.6, 1.1)  # Monday .. Sunday
ROAD_FACTOR = 1.35
LIVE_MINUTES = 55  # orders younger than this are still open when the demo starts
SCOOTER_KMH = 22.0
LATE_CANCEL_REASONS = (
    "Client injoignable à la livraison",
    "Pizza tombée au four",
    "Erreur de commande, refaite",
    "Client parti sans payer",
)

Progress = Callable[[str, float], None]


class SeedError(Exception):
    pass


@dataclass(frozen=True)
class SeedSummary:
    stores: int
    users: int
    products: int
    ingredients: int
    customers: int
    orders: int
    rows: int
    seconds: float


# --------------------------------------------------------------------------- bulk writing


class BulkWriter:
    """Bulk inserts of plain tuples, without per-value type processing.

    SQLite: executemany. MySQL/MariaDB: multi-row INSERT statements built here (PyMySQL's
    generic escaping of every value costs more than the rest of the load) and sent by a
    second thread, so that the server inserts one batch while Python prepares the next.
    Values are ints, floats, bools, None and str only; `ts()` gives times as text.
    """

    MAX_STATEMENT_BYTES = 2_000_000  # well under the default max_allowed_packet (16 MiB)

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.is_sqlite = connection.dialect.name == "sqlite"
        self.rows = 0
        self._queue: queue.Queue[str | None] = queue.Queue(maxsize=4)
        self._sender: threading.Thread | None = None
        self._failure: BaseException | None = None

    @staticmethod
    def ts(moment: datetime | None) -> str | None:
        """A UTC time as the text both databases read into their DATETIME columns."""
        if moment is None:
            return None
        if moment.tzinfo is not UTC:
            moment = moment.astimezone(UTC)
        return moment.isoformat(" ", "microseconds")[:26]  # without "+00:00"

    def insert(self, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        quote = self.connection.dialect.identifier_preparer.quote  # `key` is reserved
        head = f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) VALUES "
        if self.is_sqlite:
            self._executemany(head + f"({', '.join('?' for _ in columns)})", rows)
        else:
            self._multirow(head, _row_formatter(table, columns), rows)

    def finish(self) -> None:
        """Wait until every statement has reached the server; re-raise a failed one."""
        if self._sender is not None:
            self._queue.put(None)
            self._sender.join()
            self._sender = None
        if self._failure is not None:
            raise self._failure

    def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        batch: list[Sequence[Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                self.connection.exec_driver_sql(sql, batch)
                self.rows += len(batch)
                batch = []
        if batch:
            self.connection.exec_driver_sql(sql, batch)
            self.rows += len(batch)

    def _multirow(self, head: str, formatter, rows: Iterable[Sequence[Any]]) -> None:
        values: list[str] = []
        size = 0
        for row in rows:
            text = formatter(row)
            values.append(text)
            size += len(text) + 1
            if size >= self.MAX_STATEMENT_BYTES:
                self._send(head + ",".join(values))
                self.rows += len(values)
                values, size = [], 0
        if values:
            self._send(head + ",".join(values))
            self.rows += len(values)

    def _send(self, statement: str) -> None:
        if self._failure is not None:
            raise self._failure
        if self._sender is None:
            self._sender = threading.Thread(target=self._run_sender, daemon=True)
            self._sender.start()
        self._queue.put(statement)

    def _run_sender(self) -> None:
        cursor = self.connection.connection.cursor()  # the driver's: no parameter parsing
        try:
            while (statement := self._queue.get()) is not None:
                if self._failure is None:
                    cursor.execute(statement)
        except BaseException as exc:  # handed to the main thread by finish()
            self._failure = exc
            while self._queue.get() is not None:  # unblock the producer, then stop
                pass
        finally:
            cursor.close()


def _row_formatter(table: Table, columns: Sequence[str]) -> Callable[[Sequence[Any]], str]:
    """A function turning one row into its SQL literal, compiled from the column types.

    One f-string per row is four times faster than converting value by value, which counts
    for the ten million values of a million orders. Strings are escaped; times come from
    `BulkWriter.ts()` and need no escaping; the source holds column positions only.
    """
    from pymysql.converters import escape_string

    parts = []
    for index, name in enumerate(columns):
        column = table.c[name]
        v = f"r[{index}]"
        affinity = column.type._type_affinity
        if isinstance(column.type, UTCDateTime):
            plain, expr = f"'{{{v}}}'", f"Q + {v} + Q"
        elif issubclass(affinity, Boolean):
            plain, expr = f"{{int({v})}}", f"int({v})"
        elif issubclass(affinity, Integer):
            plain, expr = f"{{{v}}}", v
        elif issubclass(affinity, Float):
            plain, expr = f"{{{v}!r}}", f"repr({v})"
        else:  # strings, enums, JSON text
            plain, expr = f"'{{esc({v})}}'", f"Q + esc({v}) + Q"
        parts.append(f"{{'NULL' if {v} is None else {expr}}}" if column.nullable else plain)
    source = 'lambda r: f"(' + ",".join(parts) + ')"'
    return eval(source, {"esc": escape_string, "Q": "'"})


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------- the world


@dataclass
class StoreInfo:
    id: int
    code: str
    name: str
    lat: float
    lng: float
    staff: dict[Role, int] = field(default_factory=dict)


@dataclass
class ProductInfo:
    id: int
    code: str
    name: str
    category: str
    price: int
    vat: int
    recipe: dict[int, int]  # ingredient id -> dose
    options: list[dict[str, Any]]
    size_id: int = 0  # its default size (the history is made in it)
    size_label: str = ""

    @property
    def line_name(self) -> str:
        return sizes.line_name(self.name, self.size_label)


# Two demo formulas (issue 20): (name, price, slots of (label, category, size label,
# {product code: supplement})). The lunch one shows a supplement on the dearer pizzas and on
# the beer (a drink at 20 % VAT: its share is taxed at its own rate).
DEMO_FORMULAS = (
    (
        "Formule midi",
        1590,
        (
            ("Pizza", "pizza", "33 cm", {"savoyarde": 200, "parma": 200, "burrata": 300}),
            ("Boisson", "drink", "", {"peroni": 150}),
            ("Dessert", "dessert", "", {}),
        ),
    ),
    (
        "Formule étudiant",
        1090,
        (
            ("Pizza", "pizza", "26 cm", {}),
            (
                "Boisson",
                None,
                "",
                {
                    "coca_cola": 0,
                    "coca_cola_zero": 0,
                    "orangina": 0,
                    "ice_tea": 0,
                    "eau_minerale": 0,
                },
            ),
        ),
    ),
)


def _insert_formulas(writer, category_ids: dict[str, int], product_ids: dict[str, int]) -> None:
    formula_rows, slot_rows, listed_rows = [], [], []
    for formula_id, (name, price, slots) in enumerate(DEMO_FORMULAS, start=1):
        formula_rows.append((formula_id, name, price, True, formula_id))
        for position, (label, category, size_label, listed) in enumerate(slots, start=1):
            slot_id = len(slot_rows) + 1
            slot_rows.append(
                (
                    slot_id,
                    formula_id,
                    position,
                    label,
                    category_ids[category] if category else None,
                    size_label,
                )
            )
            listed_rows += [(slot_id, product_ids[c], extra) for c, extra in listed.items()]
    writer.insert(
        m.Formula.__table__, ["id", "name", "price_cents", "active", "position"], formula_rows
    )
    writer.insert(
        m.FormulaSlot.__table__,
        ["id", "formula_id", "position", "label", "category_id", "size_label"],
        slot_rows,
    )
    writer.insert(
        m.FormulaSlotProduct.__table__, ["slot_id", "product_id", "supplement_cents"], listed_rows
    )


@dataclass
class AddressInfo:
    id: int
    customer_id: int
    store_index: int
    lat: float
    lng: float


@dataclass
class World:
    stores: list[StoreInfo]
    products: list[ProductInfo]
    ingredient_ids: dict[str, int]
    thresholds: dict[int, int]
    initial_stock: dict[int, int]
    pack_sizes: dict[int, int]
    head_office_id: int
    addresses_by_store: dict[int, list[AddressInfo]]
    customer_emails: dict[int, str | None]


def _load(engine, rng, now, orders, report, password_hasher):
    """Everything in one transaction: an interrupted load leaves an empty database."""
    with engine.begin() as connection:
        if connection.dialect.name != "sqlite":
            connection.exec_driver_sql("SET unique_checks = 0, foreign_key_checks = 0")
        writer = BulkWriter(connection)
        try:
            report("reference", 0.0)
            world = _reference_data(writer, rng, now, report, password_hasher)
            report("orders", 0.15)
            count = _orders(writer, world, rng, now, orders, report)
            _shifts(writer, world, now)
        finally:
            writer.finish()  # every statement sent (or the first failure raised) before commit
        if connection.dialect.name != "sqlite":
            connection.exec_driver_sql("SET unique_checks = 1, foreign_key_checks = 1")
    return world, count, writer.rows


def seed_demo(
    engine: Engine,
    *,
    orders: int = DEFAULT_ORDERS,
    seed: int = DEFAULT_SEED,
    now: datetime | None = None,
    progress: Progress | None = None,
    password_hasher: Callable[[str], str] = hash_password,
) -> SeedSummary:
    """Load the demo chain into an empty, migrated database.

    `password_hasher` lets tests reuse one argon2 hash per password instead of paying
    0.15 s for each of the 22 accounts.
    """
    import time as _time

    started = _time.perf_counter()
    if orders < 0:
        raise SeedError("the number of orders cannot be negative")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    report = progress or (lambda _step, _fraction: None)
    rng = random.Random(seed)
    with engine.connect() as connection:
        if connection.execute(select(func.count()).select_from(m.Store)).scalar():
            raise SeedError("the database already holds stores: demo data goes into an empty one")
    with triggers.suspended(engine):  # a million orders, not a million counter bumps
        world, count, rows = _load(engine, rng, now, orders, report, password_hasher)
    report("done", 1.0)
    return SeedSummary(
        stores=len(world.stores),
        users=sum(len(s.staff) for s in world.stores) + 2,
        products=len(world.products),
        ingredients=len(world.ingredient_ids),
        customers=CUSTOMERS,
        orders=count,
        rows=rows,
        seconds=_time.perf_counter() - started,
    )


def _closures(stores_data, now: datetime) -> list[tuple[int, date, str]]:
    """Christmas for every store (a holiday), and one exceptional closure: the first store
    closed for its annual inventory in ten days (the weekly closure days are in the hours)."""
    today = now.astimezone(PARIS).date()
    christmas = date(today.year if (today.month, today.day) <= (12, 25) else today.year + 1, 12, 25)
    rows = [(i, christmas, "Noël") for i in range(1, len(stores_data) + 1)]
    inventory = today + timedelta(days=10)
    if inventory != christmas:
        rows.append((1, inventory, "Inventaire annuel"))
    return rows


def _reference_data(
    writer: BulkWriter, rng: random.Random, now: datetime, report, password_hasher
) -> World:
    stores_data = load_json("demo", "stores.json")
    catalogue = load_json("demo", "catalogue.json")
    people = load_json("demo", "people.json")
    opened = now - timedelta(days=HISTORY_DAYS + 30)
    ts = writer.ts

    writer.insert(
        m.Store.__table__,
        [
            "id",
            "code",
            "name",
            "street",
            "postcode",
            "city",
            "phone",
            "email",
            "latitude",
            "longitude",
            "delivery_radius_m",
            "opening_hours",
            "last_order_minutes",
            "active",
            "created_at",
        ],
        [
            (
                i,
                s["code"],
                s["name"],
                s["street"],
                s["postcode"],
                s["city"],
                s["phone"],
                s.get("email"),
                s["latitude"],
                s["longitude"],
                s["delivery_radius_m"],
                _json(s["opening_hours"]),
                s.get("last_order_minutes", 0),
                True,
                ts(opened),
            )
            for i, s in enumerate(stores_data, start=1)
        ],
    )
    writer.insert(
        m.StoreClosure.__table__,
        ["store_id", "day", "label"],
        [(i, day.isoformat(), label) for i, day, label in _closures(stores_data, now)],
    )
    stores = [
        StoreInfo(i, s["code"], s["name"], s["latitude"], s["longitude"])
        for i, s in enumerate(stores_data, start=1)
    ]

    # Staff: one account per role per store, plus head office and an administrator.
    first, last = people["first_names"], people["last_names"]
    accounts: list[tuple[str, str, Role, int | None]] = []
    for store in stores:
        for role in STORE_ROLES:
            name = f"{rng.choice(first)} {rng.choice(last)}"
            accounts.append((f"{ROLE_LOGIN_WORD[role]}.{store.code}", name, role, store.id))
    accounts.append(
        ("direction", f"{rng.choice(first)} {rng.choice(last)}", Role.HEAD_OFFICE, None)
    )
    accounts.append(("admin", "Administrateur système", Role.ADMIN, None))
    with ThreadPoolExecutor(max_workers=2) as pool:  # argon2 releases the GIL
        hashes = list(pool.map(lambda a: password_hasher(DEMO_PASSWORDS[a[2]]), accounts))
    writer.insert(
        m.User.__table__,
        [
            "id",
            "username",
            "full_name",
            "role",
            "store_id",
            "password_hash",
            "active",
            "failed_attempts",
            "password_changed_at",
            "created_at",
        ],
        [
            (
                i,
                username,
                name,
                role.value,
                store_id,
                hashes[i - 1],
                True,
                0,
                ts(opened),
                ts(opened),
            )
            for i, (username, name, role, store_id) in enumerate(accounts, start=1)
        ],
    )
    for i, (_username, _name, role, store_id) in enumerate(accounts, start=1):
        if store_id is not None:
            stores[store_id - 1].staff[role] = i
    head_office_id = len(accounts) - 1
    report("reference", 0.05)

    # Catalogue.
    categories = catalogue["categories"]
    category_ids = {c["code"]: i for i, c in enumerate(categories, start=1)}
    writer.insert(
        m.Category.__table__,
        ["id", "code", "name", "position"],
        [(category_ids[c["code"]], c["code"], c["name"], c["position"]) for c in categories],
    )
    ingredients = catalogue["ingredients"]
    ingredient_ids = {g["code"]: i for i, g in enumerate(ingredients, start=1)}
    writer.insert(
        m.Ingredient.__table__,
        [
            "id",
            "code",
            "name",
            "unit",
            "pack_size",
            "pack_label",
            "active",
            "allergens_recorded_at",
        ],
        [
            (
                ingredient_ids[g["code"]],
                g["code"],
                g["name"],
                g["unit"],
                g["pack_size"],
                g["pack_label"],
                True,
                ts(opened),
            )
            for g in ingredients
        ],
    )
    # Allergens (EU 1169/2011 annex II) of every ingredient, recorded once, here.
    writer.insert(
        m.IngredientAllergen.__table__,
        ["ingredient_id", "allergen"],
        [
            (ingredient_ids[g["code"]], code)
            for g in ingredients
            for code in allergens.check_codes(g["allergens"])
        ],
    )
    products: list[ProductInfo] = []
    recipe_rows, memo_rows, option_rows = [], [], []
    for pid, p in enumerate(catalogue["products"], start=1):
        recipe = {ingredient_ids[r["ingredient"]]: r["quantity"] for r in p["recipe"]}
        options = []
        for position, o in enumerate(p.get("options", []), start=1):
            option_id = len(option_rows) + 1
            ingredient_id = ingredient_ids[o["ingredient"]]
            kind = CustomisationKind(o["kind"])
            quantity = o.get("quantity") if kind is CustomisationKind.EXTRA else None
            option_rows.append(
                (
                    option_id,
                    pid,
                    kind.value,
                    ingredient_id,
                    quantity,
                    o["label"],
                    o.get("price_cents", 0),
                    position,
                    True,
                )
            )
            dose = quantity if quantity is not None else recipe[ingredient_id]
            options.append(
                {
                    "option_id": option_id,
                    "kind": kind.value,
                    "ingredient_id": ingredient_id,
                    "label": o["label"],
                    "quantity": dose,
                    "price_cents": o.get("price_cents", 0),
                }
            )
        base = len(recipe_rows)
        recipe_rows.extend(
            (base + k, pid, ing, qty) for k, (ing, qty) in enumerate(recipe.items(), start=1)
        )
        memo_rows.extend((pid, position, step) for position, step in enumerate(p["memo"], start=1))
        products.append(
            ProductInfo(
                pid,
                p["code"],
                p["name"],
                p["category"],
                p["price_cents"],
                p["vat_rate_bp"],
                recipe,
                options,
            )
        )
    writer.insert(
        m.Product.__table__,
        [
            "id",
            "code",
            "name",
            "description",
            "category_id",
            "price_cents",
            "vat_rate_bp",
            "baking_notes",
            "active",
            "position",
            "created_at",
            "updated_at",
        ],
        [
            (
                pid,
                p["code"],
                p["name"],
                p.get("description"),
                category_ids[p["category"]],
                p["price_cents"],
                p["vat_rate_bp"],
                p.get("baking_notes"),
                True,
                pid,
                ts(opened),
                ts(opened),
            )
            for pid, p in enumerate(catalogue["products"], start=1)
        ],
    )
    size_rows = []
    for product in products:
        product.size_id = product.id  # the default size's id is the product's
        if product.category != "pizza":
            size_rows.append((product.id, product.id, "", product.price, 100, 1, True))
            continue
        product.size_label = DEMO_SIZES[1][0]
        for position, (label, extra_cents, dose_pct) in enumerate(DEMO_SIZES, start=1):
            default = label == product.size_label
            size_id = product.id if default else len(products) + len(size_rows) + 1
            size_rows.append(
                (
                    size_id,
                    product.id,
                    label,
                    product.price + extra_cents,
                    dose_pct,
                    position,
                    default,
                )
            )
    writer.insert(
        m.ProductSize.__table__,
        ["id", "product_id", "label", "price_cents", "dose_pct", "position", "is_default"],
        size_rows,
    )
    _insert_formulas(writer, category_ids, {p.code: p.id for p in products})
    writer.insert(
        m.RecipeLine.__table__, ["id", "product_id", "ingredient_id", "quantity"], recipe_rows
    )
    writer.insert(m.MemoStep.__table__, ["product_id", "position", "text"], memo_rows)
    writer.insert(
        m.CustomisationOption.__table__,
        [
            "id",
            "product_id",
            "kind",
            "ingredient_id",
            "quantity",
            "label",
            "price_cents",
            "position",
            "active",
        ],
        option_rows,
    )
    # Every product on in every store, but for one item switched off by a manager.
    off = (stores[1].id, products[-1].id)
    writer.insert(
        m.StoreProduct.__table__,
        ["store_id", "product_id", "enabled", "updated_at"],
        [(s.id, p.id, (s.id, p.id) != off, ts(opened)) for s in stores for p in products],
    )

    # Customers and their addresses, near the store whose area their street is in.
    store_index = {s.code: k for k, s in enumerate(stores)}
    streets = people["streets"]
    domains = people["email_domains"]
    notes = people["address_notes"]
    customer_rows, address_rows = [], []
    addresses_by_store: dict[int, list[AddressInfo]] = defaultdict(list)
    emails: dict[int, str | None] = {}
    used_phones: set[str] = set()
    for cid in range(1, CUSTOMERS + 1):
        fn, ln = rng.choice(first), rng.choice(last)
        phone = _mobile(rng, used_phones)
        email = (
            f"{_ascii(fn)}.{_ascii(ln)}{rng.randint(1, 99)}@{rng.choice(domains)}"
            if rng.random() < 0.7
            else None
        )
        emails[cid] = email
        created = opened + timedelta(days=rng.uniform(0, 60))
        customer_rows.append((cid, phone, fn, ln, email, None, ts(created), ts(created)))
        for k in range(1 if rng.random() < 0.8 else 2):
            street = rng.choice(streets)
            aid = len(address_rows) + 1
            lat = street["latitude"] + rng.uniform(-0.0015, 0.0015)
            lng = street["longitude"] + rng.uniform(-0.002, 0.002)
            address_rows.append(
                (
                    aid,
                    cid,
                    "Domicile" if k == 0 else "Travail",
                    f"{rng.randint(1, 120)} {street['street']}",
                    rng.choice([None, None, f"Bât. {rng.choice('ABC')}"]),
                    street["postcode"],
                    "Paris",
                    rng.choice([None, f"{rng.randint(1000, 9999)}{rng.choice('AB')}"]),
                    rng.choice([None, "RDC", f"{rng.randint(1, 7)}e étage"]),
                    rng.choice([None, None, rng.choice(notes)]),
                    lat,
                    lng,
                    False,
                    ts(created),
                )
            )
            info = AddressInfo(aid, cid, store_index[street["store"]], lat, lng)
            addresses_by_store[info.store_index].append(info)
    writer.insert(
        m.Customer.__table__,
        [
            "id",
            "phone_e164",
            "first_name",
            "last_name",
            "email",
            "notes",
            "created_at",
            "updated_at",
        ],
        customer_rows,
    )
    writer.insert(
        m.CustomerAddress.__table__,
        [
            "id",
            "customer_id",
            "label",
            "street",
            "extra",
            "postcode",
            "city",
            "door_code",
            "floor",
            "notes",
            "latitude",
            "longitude",
            "archived",
            "created_at",
        ],
        address_rows,
    )
    writer.insert(
        m.AppSetting.__table__,
        ["key", "value", "updated_at"],
        [
            (MAINTENANCE_KEY, _json({"on": False, "message": ""}), ts(opened)),
            ("legal", _json(DEMO_LEGAL), ts(opened)),  # printed on receipts
        ],
    )
    report("reference", 0.12)
    return World(
        stores=stores,
        products=products,
        ingredient_ids=ingredient_ids,
        thresholds={ingredient_ids[g["code"]]: g["threshold"] for g in ingredients},
        initial_stock={ingredient_ids[g["code"]]: g["initial_stock"] for g in ingredients},
        pack_sizes={ingredient_ids[g["code"]]: g["pack_size"] for g in ingredients},
        head_office_id=head_office_id,
        addresses_by_store=addresses_by_store,
        customer_emails=emails,
    )


SHIFT_COLUMNS = [
    "store_id",
    "user_id",
    "started_at",
    "started_by_id",
    "float_cents",
    "open_user_id",
]
DEMO_FLOAT_CENTS = 3000  # the change fund a driver leaves with


def _shifts(writer: BulkWriter, world: World, now: datetime) -> None:
    """Each store's driver is on shift since two hours ago, so the delivery board has
    someone to give the ready orders to."""
    started = writer.ts(now - timedelta(hours=2))
    writer.insert(
        m.DriverShift.__table__,
        SHIFT_COLUMNS,
        [
            (
                store.id,
                store.staff[Role.DRIVER],
                started,
                store.staff[Role.MANAGER],
                DEMO_FLOAT_CENTS,
                store.staff[Role.DRIVER],
            )
            for store in world.stores
        ],
    )


def _mobile(rng: random.Random, used: set[str]) -> str:
    """A French mobile number that libphonenumber accepts (not every 06/07 block exists)."""
    while True:
        phone = f"+33{rng.choice('67')}{rng.randint(0, 99_999_999):08d}"
        if phone not in used and phones.normalise(phone) == phone:
            used.add(phone)
            return phone


def _ascii(name: str) -> str:
    import unicodedata

    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(ch for ch in flat.lower() if ch.isalnum())


# --------------------------------------------------------------------------- orders


def _order_times(rng: random.Random, count: int, now: datetime) -> list[datetime]:
    """`count` moments in service hours over the last HISTORY_DAYS days and today until an
    hour ago, busier at weekends (the last hour is `_live_times`)."""
    today = now.astimezone(PARIS).date()
    cutoff = now - timedelta(minutes=LIVE_MINUTES)
    days = [today - timedelta(days=d) for d in range(HISTORY_DAYS, -1, -1)]
    cumulative = list(itertools.accumulate(WEEKDAY_WEIGHTS[d.weekday()] for d in days))
    moments = []
    while len(moments) < count:
        day = rng.choices(days, cum_weights=cumulative)[0]
        if rng.random() < 0.3:  # lunch 11:30-14:00, else dinner 18:30-22:45
            minutes = 11 * 60 + 30 + int(rng.triangular(0, 150, 60))
        else:
            minutes = 18 * 60 + 30 + int(rng.triangular(0, 255, 90))
        local = datetime.combine(day, time(minutes // 60, minutes % 60), PARIS)
        moment = (local + timedelta(seconds=rng.randint(0, 59))).astimezone(UTC)
        if moment <= cutoff:  # later today: drawn again
            moments.append(moment)
    moments.sort()
    return moments


@dataclass
class _Ids:
    order: int = 0
    line: int = 0
    history: int = 0
    payment: int = 0
    delivery: int = 0
    trip: int = 0
    movement: int = 0


def _orders(
    writer: BulkWriter,
    world: World,
    rng: random.Random,
    now: datetime,
    count: int,
    report: Progress,
) -> int:
    ts = writer.ts
    pizzas = [p for p in world.products if p.category == "pizza"]
    others = [p for p in world.products if p.category != "pizza"]
    channels = list(CHANNEL_WEIGHTS)
    channel_cumulative = list(itertools.accumulate(CHANNEL_WEIGHTS.values()))
    line_counts, line_cumulative = (1, 2, 3, 4), (45, 80, 94, 100)
    ids = _Ids()
    # What was made per (store, local day, product) and customisations per (store, day,
    # (ingredient, dose)), sold or wasted: the daily history ledger rows come from these.
    used_made: Counter = Counter()
    used_tweaks: Counter = Counter()
    wasted_made: Counter = Counter()
    wasted_tweaks: Counter = Counter()
    recipes = {p.id: p.recipe for p in world.products}
    option_json = {o["option_id"]: _json([o]) for p in world.products for o in p.options}

    order_rows, line_rows, history_rows, payment_rows, delivery_rows, trip_rows = (
        [],
        [],
        [],
        [],
        [],
        [],
    )
    live_orders: list[tuple[int, int, datetime, dict[int, int]]] = []  # open reservations

    sales = _Journal(world, now, writer.ts)

    def flush() -> None:
        writer.insert(m.Order.__table__, ORDER_COLUMNS, order_rows)
        writer.insert(m.OrderLine.__table__, LINE_COLUMNS, line_rows)
        writer.insert(m.OrderStatusChange.__table__, HISTORY_COLUMNS, history_rows)
        writer.insert(m.Payment.__table__, PAYMENT_COLUMNS, payment_rows)
        writer.insert(m.Trip.__table__, TRIP_COLUMNS, trip_rows)
        writer.insert(m.Delivery.__table__, DELIVERY_COLUMNS, delivery_rows)
        writer.insert(m.JournalEntry.__table__, JOURNAL_COLUMNS, sales.rows)
        writer.insert(m.Closure.__table__, CLOSURE_COLUMNS, sales.closure_rows)
        for rows in (order_rows, line_rows, history_rows, payment_rows, delivery_rows, trip_rows):
            rows.clear()
        sales.rows.clear()
        sales.closure_rows.clear()

    history_times = _order_times(rng, count, now)
    live_times = _live_times(rng, now, len(world.stores))
    total = len(history_times) + len(live_times)
    for index, (created, live_store) in enumerate([(t, None) for t in history_times] + live_times):
        ids.order += 1
        oid = ids.order
        sales.release(created)  # what happened before this order, chained in time order
        store_k = live_store if live_store is not None else _pick_store(rng, len(world.stores))
        store = world.stores[store_k]
        channel = rng.choices(channels, cum_weights=channel_cumulative)[0]
        delivery_share = 0.15 if channel is Channel.COUNTER else 0.6
        mode = OrderMode.DELIVERY if rng.random() < delivery_share else OrderMode.TAKEAWAY
        customer_id = address_id = None
        address: AddressInfo | None = None
        if channel is not Channel.COUNTER or mode is OrderMode.DELIVERY or rng.random() < 0.5:
            candidates = world.addresses_by_store.get(store_k) or [
                a for lst in world.addresses_by_store.values() for a in lst
            ]
            address = rng.choice(candidates)
            customer_id = address.customer_id
            if mode is OrderMode.DELIVERY:
                address_id = address.id
        if mode is OrderMode.DELIVERY and address_id is None:
            mode = OrderMode.TAKEAWAY

        # Lines: pizzas, sometimes a drink or a dessert.
        lines: list[tuple[ProductInfo, int, list[dict[str, Any]]]] = []
        for _ in range(rng.choices(line_counts, cum_weights=line_cumulative)[0]):
            product = rng.choice(pizzas)
            extras = (
                [rng.choice(product.options)] if product.options and rng.random() < 0.18 else []
            )
            lines.append((product, 1 if rng.random() < 0.85 else 2, extras))
        if others and rng.random() < 0.45:
            lines.append((rng.choice(others), rng.choice((1, 1, 2)), []))
        total_cents = 0
        made: Counter[int] = Counter()
        tweaks: Counter[tuple[int, int]] = Counter()
        for position, (product, qty, extras) in enumerate(lines, start=1):
            ids.line += 1
            extra_cents = sum(e["price_cents"] for e in extras)
            line_total = qty * (product.price + extra_cents)
            total_cents += line_total
            line_rows.append(
                (
                    ids.line,
                    oid,
                    position,
                    product.id,
                    product.line_name,
                    qty,
                    product.price,
                    extra_cents,
                    product.vat,
                    line_total,
                    option_json[extras[0]["option_id"]] if extras else None,
                    product.size_id,
                    product.size_label,
                )
            )
            # What was made, by product and by customisation; ingredients are worked out
            # once per store and day at the end, not for each of a million orders.
            made[product.id] += qty
            for e in extras:
                sign = 1 if e["kind"] == CustomisationKind.EXTRA.value else -1
                tweaks[(e["ingredient_id"], sign * e["quantity"])] += qty

        status, steps = _fate(rng, created, now, mode, live_store is not None)
        late = rng.random() < 0.12
        promise_minutes = (35 if mode is OrderMode.DELIVERY else 20) + rng.randint(0, 15)
        promised = created + timedelta(minutes=promise_minutes)
        history_now = created
        who = {
            OrderStatus.IN_PREPARATION: store.staff[Role.PIZZAIOLO],
            OrderStatus.READY: store.staff[Role.PIZZAIOLO],
            OrderStatus.OUT_FOR_DELIVERY: store.staff[Role.DRIVER],
            OrderStatus.DELIVERED: store.staff[Role.DRIVER],
            OrderStatus.COLLECTED: store.staff[Role.COUNTER],
        }
        previous = OrderStatus.RECEIVED
        moments: dict[OrderStatus, datetime] = {}
        cancel_reason = None
        cancelled_from = None
        for to_status, minutes in steps:
            history_now += timedelta(minutes=minutes * (1.4 if late else 1.0))
            moments[to_status] = history_now
            ids.history += 1
            reason = None
            changed_by = who.get(to_status)
            if to_status is OrderStatus.CANCELLED:
                late_cancel = previous is not OrderStatus.RECEIVED
                reason = rng.choice(LATE_CANCEL_REASONS) if late_cancel else "Annulée par le client"
                changed_by = store.staff[Role.MANAGER if late_cancel else Role.COUNTER]
                cancel_reason = reason
                cancelled_from = (previous, changed_by)
            history_rows.append(
                (
                    ids.history,
                    oid,
                    STATUS_TEXT[previous],
                    STATUS_TEXT[to_status],
                    ts(history_now),
                    changed_by,
                    reason,
                )
            )
            previous = to_status
        updated = history_now

        created_by = (
            store.staff[Role.COUNTER] if channel in (Channel.PHONE, Channel.COUNTER) else None
        )
        sales.sale(store.id, oid, created, created_by, channel, mode, lines, total_cents)
        planned = None
        paid_online = channel in (Channel.WEBSITE, Channel.APP) and rng.random() < 0.9
        tenders = _tenders(rng, total_cents, online=paid_online)
        if status.is_open and not paid_online:
            planned = _json([{"tender": t.value, "amount_cents": a} for t, a, _ in tenders])
        elif status is not OrderStatus.CANCELLED or paid_online:
            paid_at = (
                created
                if paid_online
                else moments.get(OrderStatus.DELIVERED, moments.get(OrderStatus.COLLECTED, updated))
            )
            cashier = (
                None
                if paid_online
                else store.staff[Role.DRIVER if mode is OrderMode.DELIVERY else Role.COUNTER]
            )
            for tender, amount, tendered in tenders:
                sales.payment(store.id, oid, paid_at, cashier, tender, amount, tendered)
                ids.payment += 1
                reference = (
                    f"OCP{oid:09d}{rng.randint(100, 999)}" if tender is Tender.ONLINE else None
                )
                payment_rows.append(
                    (
                        ids.payment,
                        oid,
                        tender.value,
                        amount,
                        tendered,
                        reference,
                        ts(paid_at),
                        cashier,
                    )
                )
        order_rows.append(
            (
                oid,
                store.id,
                channel.value,
                mode.value,
                status.value,
                customer_id,
                address_id,
                ts(promised),
                ts(created),
                ts(updated),
                created_by,
                1 + len(steps),
                _uuid7(created, rng),
                total_cents,
                planned,
                None,
                cancel_reason,
            )
        )

        if cancelled_from is not None:
            sales.cancellation(
                store.id, oid, moments[OrderStatus.CANCELLED], cancelled_from, lines, total_cents
            )
        if (
            mode is OrderMode.DELIVERY
            and address is not None
            and status is not OrderStatus.CANCELLED
        ):
            ids.delivery += 1
            distance = _road_distance_m(store.lat, store.lng, address.lat, address.lng)
            duration = int(distance / (SCOOTER_KMH / 3.6))
            trip_id = None
            departed = moments.get(OrderStatus.OUT_FOR_DELIVERY)
            if departed is not None:
                ids.trip += 1
                trip_id = ids.trip
                delivered = moments.get(OrderStatus.DELIVERED)
                trip_rows.append(
                    (
                        trip_id,
                        store.id,
                        store.staff[Role.DRIVER],
                        ts(departed),
                        ts(departed),
                        ts(delivered + timedelta(seconds=duration)) if delivered else None,
                        2 * distance,
                        2 * duration,
                        True,
                    )
                )
            delivery_rows.append(
                (
                    ids.delivery,
                    oid,
                    trip_id,
                    1 if trip_id else None,
                    store.staff[Role.DRIVER] if departed else None,
                    distance,
                    duration,
                    True,
                    ts((departed or created) + timedelta(seconds=duration + 300)),
                    ts(departed),
                    ts(moments.get(OrderStatus.DELIVERED)),
                    ts(created),
                )
            )

        # Stock: open orders hold their reservation; history is summed per day.
        if status.is_open:
            live_orders.append((oid, store.id, created, dict(_consumption(made, tweaks, recipes))))
        else:
            cancelled = status is OrderStatus.CANCELLED
            if not cancelled or len(steps) > 1:  # cancelled after the oven: wasted
                book = (wasted_made, wasted_tweaks) if cancelled else (used_made, used_tweaks)
                day = created.astimezone(PARIS).date()
                for product_id, qty in made.items():
                    book[0][(store.id, day, product_id)] += qty
                for tweak, qty in tweaks.items():
                    book[1][(store.id, day, tweak)] += qty

        if len(order_rows) >= BATCH:
            flush()
            report("orders", 0.15 + 0.75 * (index + 1) / total)
    sales.release(None)  # the rest, and the closures of the past days and months
    flush()
    writer.insert(
        m.JournalHead.__table__,
        ["store_id", "last_sequence", "last_hash", "last_ticket", "closed_through"],
        sales.heads(),
    )
    report("stock", 0.92)
    used = _daily_use(used_made, used_tweaks, recipes)
    wasted = _daily_use(wasted_made, wasted_tweaks, recipes)
    _stock(writer, world, rng, now, used, wasted, live_orders)
    return ids.order


def _consumption(made: Counter, tweaks: Counter, recipes: dict[int, dict[int, int]]) -> Counter:
    """Ingredients used by what was made (product -> units) and its customisations
    ((ingredient, signed dose) -> units)."""
    used: Counter[int] = Counter()
    for product_id, qty in made.items():
        for ingredient, dose in recipes[product_id].items():
            used[ingredient] += dose * qty
    for (ingredient, dose), qty in tweaks.items():
        used[ingredient] += dose * qty
    return Counter({ingredient: q for ingredient, q in used.items() if q})


def _daily_use(made: Counter, tweaks: Counter, recipes: dict[int, dict[int, int]]) -> Counter:
    """The same per (store, day): (store, day, ingredient) -> base units."""
    used: Counter = Counter()
    for (store, day, product_id), qty in made.items():
        for ingredient, dose in recipes[product_id].items():
            used[(store, day, ingredient)] += dose * qty
    for (store, day, (ingredient, dose)), qty in tweaks.items():
        used[(store, day, ingredient)] += dose * qty
    return used


ORDER_COLUMNS = [
    "id",
    "store_id",
    "channel",
    "mode",
    "status",
    "customer_id",
    "address_id",
    "promised_at",
    "created_at",
    "updated_at",
    "created_by_id",
    "version",
    "client_key",
    "total_cents",
    "planned_tenders",
    "notes",
    "cancel_reason",
]
LINE_COLUMNS = [
    "id",
    "order_id",
    "position",
    "product_id",
    "product_name",
    "quantity",
    "unit_price_cents",
    "extras_cents",
    "vat_rate_bp",
    "line_total_cents",
    "customisations",
    "size_id",
    "size_label",
]
HISTORY_COLUMNS = [
    "id",
    "order_id",
    "from_status",
    "to_status",
    "changed_at",
    "changed_by_id",
    "reason",
]
PAYMENT_COLUMNS = [
    "id",
    "order_id",
    "tender",
    "amount_cents",
    "tendered_cents",
    "bank_reference",
    "received_at",
    "received_by_id",
]
TRIP_COLUMNS = [
    "id",
    "store_id",
    "driver_id",
    "created_at",
    "started_at",
    "finished_at",
    "distance_m",
    "duration_s",
    "estimated",
]
DELIVERY_COLUMNS = [
    "id",
    "order_id",
    "trip_id",
    "sequence",
    "driver_id",
    "distance_m",
    "duration_s",
    "estimated",
    "eta",
    "departed_at",
    "delivered_at",
    "created_at",
]


JOURNAL_COLUMNS = [
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
]
CLOSURE_COLUMNS = [
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
]
DRAWER = (5_000, 2_000, 1_000, 500, 200, 100, 50, 20, 10, 5, 2, 1)  # no big notes at night


def _closures_service():
    """services.closures, or None when this build has no till closures."""
    try:
        from ocpizza_desk.services import closures
    except ImportError:  # pragma: no cover - closures ship with the journal
        return None
    return closures


def _q(value: Any) -> str:
    """A value as `journal.canonical` writes it (compact JSON, UTF-8 as is)."""
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)
    return _json(value)


class _Light(NamedTuple):
    """What `closures.period_totals` reads of an entry."""

    kind: str
    sequence: int
    ticket_number: int | None
    tender: str | None
    amount_cents: int
    content: str


class _Journal:
    """The history's sales journal, chained per store in the order things happened.

    Events are pushed as the orders are generated (a sale when the order is created, its
    payments when they were taken, its cancellation), kept in a heap by time and chained when
    no later order can come before them (`release(until)`): memory holds a couple of hours of
    events, not the history. Contents are those `services.journal` writes (built here with
    f-strings: the builders cost 100 µs an order, a million orders' worth of minutes; a test
    compares the two). Each past business day with entries gets its Z at midnight after it,
    each past month its closure just after, each past year its own (`services.closures`'s
    contents and figures; unsigned). `rows` and `closure_rows` wait for the next flush.
    """

    DAY, MONTH, YEAR, EVENT = 0, 1, 2, 3  # what goes first at one instant

    def __init__(self, world: World, now: datetime, ts: Callable[[datetime], str | None]):
        self.ts = ts
        self.today = now.astimezone(PARIS).date()
        self.closures = _closures_service()
        self.managers = {s.id: s.staff[Role.MANAGER] for s in world.stores}
        self.names = {p.id: _json(p.line_name) for p in world.products}
        self.heap: list[tuple] = []
        self.order = itertools.count()
        self.last_id = 0
        self.chain = {s.id: (0, journal.GENESIS, 0) for s in world.stores}
        self.closed: dict[int, date | None] = {s.id: None for s in world.stores}
        self.grand = {s.id: 0 for s in world.stores}
        self.day_entries: dict[tuple[int, date], list[_Light]] = defaultdict(list)
        self.scheduled: set[tuple[int, str, date]] = set()
        self.parts: dict[tuple[int, str, date], list[tuple[date, dict, int]]] = defaultdict(list)
        self.vat: dict[tuple[int, int], str] = {}
        self.rows: list[tuple] = []
        self.closure_rows: list[tuple] = []
        self.closure_id = 0

    # -- events

    def _stamps(self, moment: datetime) -> tuple[str, str]:
        """(the row's recorded_at, the content's "at": journal.utc_text without strftime)."""
        stamp = self.ts(moment)
        return stamp, stamp.replace(" ", "T") + "Z"

    def _vat(self, per_rate: dict[int, int]) -> str:
        rows = []
        for rate, ttc in sorted(per_rate.items()):
            text = self.vat.get((rate, ttc))
            if text is None:
                base = excluding_vat(ttc, rate)
                text = self.vat[(rate, ttc)] = f"[{rate},{base},{ttc - base},{ttc}]"
            rows.append(text)
        return ",".join(rows)

    def _money(self, lines) -> tuple[str, str, dict[int, int]]:
        """(lines JSON, VAT JSON, per rate) of an order's lines as the seed makes them."""
        parts = []
        per_rate: dict[int, int] = defaultdict(int)
        for position, (product, qty, extras) in enumerate(lines, start=1):
            extra = sum(e["price_cents"] for e in extras)
            gross = qty * (product.price + extra)
            per_rate[product.vat] += gross
            parts.append(
                f"[{position},{self.names[product.id]},{qty},{product.price},{extra},"
                f"{product.vat},{gross},0]"
            )
        return ",".join(parts), self._vat(per_rate), per_rate

    def sale(self, store_id, order_id, at, user_id, channel, mode, lines, total) -> None:
        lines_json, vat_json, _ = self._money(lines)
        stamp, utc = self._stamps(at)
        content = (
            f'{{"format":{journal.FORMAT},"event":"sale","order":{order_id},'
            f'"at":"{utc}","by":{_q(user_id)},"channel":"{channel.value}",'
            f'"mode":"{mode.value}","lines":[{lines_json}],"discounts":[],"gross":{total},'
            f'"discount":0,"total":{total},"vat":[{vat_json}]}}'
        )
        self._event(at, stamp, store_id, journal.SALE, order_id, None, None, total, content)

    def payment(self, store_id, order_id, at, user_id, tender, amount, tendered) -> None:
        stamp, utc = self._stamps(at)
        content = (
            f'{{"format":{journal.FORMAT},"event":"payment","order":{order_id},'
            f'"at":"{utc}","by":{_q(user_id)},"tender":"{tender.value}",'
            f'"amount":{amount},"tendered":{_q(tendered)}}}'
        )
        self._event(
            at, stamp, store_id, journal.PAYMENT, order_id, None, tender.value, amount, content
        )

    def cancellation(self, store_id, order_id, at, by, lines, total) -> None:
        from_status, user_id = by
        _, vat_json, _ = self._money(lines)
        stamp, utc = self._stamps(at)
        content = (
            f'{{"format":{journal.FORMAT},"event":"cancellation","order":{order_id},'
            f'"at":"{utc}","by":{_q(user_id)},"from_status":"{from_status.value}",'
            f'"gross":{total},"discount":0,"total":{total},"vat":[{vat_json}]}}'
        )
        self._event(
            at, stamp, store_id, journal.CANCELLATION, order_id, None, None, -total, content
        )

    def _event(self, at, stamp, store_id, kind, order_id, reference, tender, amount, content):
        day = at.astimezone(PARIS).date()
        item = (stamp, store_id, kind, day, order_id, reference, tender, amount, content)
        heapq.heappush(self.heap, (at, self.EVENT, next(self.order), item))
        if day < self.today and self.closures is not None:
            self._schedule(store_id, "day", day, day)

    def _schedule(self, store_id: int, kind: str, start: date, end: date) -> None:
        if (store_id, kind, start) in self.scheduled:
            return
        self.scheduled.add((store_id, kind, start))
        after = end + timedelta(days=1)  # closed at midnight after the period
        moment = datetime.combine(after, time(0), PARIS).astimezone(UTC)
        priority = {"day": self.DAY, "month": self.MONTH, "year": self.YEAR}[kind]
        heapq.heappush(
            self.heap, (moment, priority, next(self.order), (store_id, kind, start, end))
        )
        if kind == "day":
            month = start.replace(day=1)
            month_end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            if month_end < self.today:
                self._schedule(store_id, "month", month, month_end)
        elif kind == "month":
            year_end = date(start.year, 12, 31)
            if year_end < self.today:
                self._schedule(store_id, "year", date(start.year, 1, 1), year_end)

    def release(self, until: datetime | None) -> None:
        """Chain everything that happened before `until` (None: everything)."""
        heap = self.heap
        while heap and (until is None or heap[0][0] < until):
            at, priority, _, item = heapq.heappop(heap)
            if priority == self.EVENT:
                self._chain(*item)
            else:
                self._close(at, *item)

    def _chain(self, stamp, store_id, kind, day, order_id, reference, tender, amount, content):
        sequence, previous, ticket = self.chain[store_id]
        sequence += 1
        number = None
        if kind == journal.SALE:
            ticket += 1
            number = ticket
        day_iso = day.isoformat()
        # journal.chained_text, spelled out (a null field is empty): the same hash, faster.
        chained = (
            f"{previous}|{store_id}|{sequence}|{kind}|{day_iso}|"
            f"{'' if order_id is None else order_id}|{'' if number is None else number}|"
            f"{reference or ''}|{tender or ''}|{amount}|{content}"
        )
        digest = hashlib.sha256(chained.encode("utf-8")).hexdigest()
        self.last_id += 1
        self.rows.append(
            (self.last_id, store_id, sequence, kind, day_iso, stamp, order_id,
             number, reference, tender, amount, content, previous, digest)
        )  # fmt: skip
        self.chain[store_id] = (sequence, digest, ticket)
        if day < self.today and self.closures is not None and kind != journal.CLOSURE:
            self.day_entries[(store_id, day)].append(
                _Light(kind, sequence, number, tender, amount, content)
            )
        return self.last_id, sequence

    # -- closures

    def _close(self, at: datetime, store_id: int, kind: str, start: date, end: date) -> None:
        closures = self.closures
        manager = self.managers[store_id]
        cash = counted = None
        parts: list[list] = []
        if kind == "day":
            totals = closures.period_totals(self.day_entries.pop((store_id, start), ()))
            previous = self.grand[store_id]
            takings = next((row[3] for row in totals["tenders"] if row[0] == "cash"), 0)
            # Now and then the drawer is a few cents out (the same days for the same seed).
            difference = (
                (start.toordinal() * 7 + store_id * 13) % 23 - 11 if start.day % 9 == 0 else 0
            )
            in_drawer = max(0, takings + difference)
            drawer = _drawer(in_drawer)
            cash = {
                "takings": takings,
                "drivers_out": 0,
                "expected": takings,
                "counted": in_drawer,
                "difference": in_drawer - takings,
                "drawer": drawer,
            }
            counted = {"drawer": drawer, "drivers_out": 0, "carried": []}
        else:
            below = self.parts.pop((store_id, kind, start), [])
            totals = closures.combine(p[1] for p in below)
            previous = self.grand[store_id] - totals["total"]
            parts = [[p[0].isoformat(), p[2]] for p in below]
        grand = previous + totals["total"]
        content = closures.closure_content(
            kind=kind,
            start=start,
            end=end,
            now=at,
            user_id=manager,
            totals=totals,
            previous_grand_total=previous,
            grand_total=grand,
            parts=parts,
            cash=cash,
            carried=(),
        )
        entry_id, sequence = self._chain(
            self.ts(at), store_id, journal.CLOSURE, end, None,
            closures.reference(kind, start), None, totals["total"], content,
        )  # fmt: skip
        self.closure_id += 1
        self.closure_rows.append(
            (
                self.closure_id,
                store_id,
                kind,
                start.isoformat(),
                end.isoformat(),
                self.ts(at),
                manager,
                _json(totals),
                None if counted is None else _json(counted),
                None if cash is None else cash["expected"],
                None if cash is None else cash["counted"],
                grand,
                entry_id,
            )
        )
        if kind == "day":
            self.grand[store_id] = grand
            self.closed[store_id] = start
            self.parts[(store_id, "month", start.replace(day=1))].append((start, totals, sequence))
        elif kind == "month":
            self.parts[(store_id, "year", date(start.year, 1, 1))].append((start, totals, sequence))

    def heads(self) -> list[tuple]:
        """Each store's journal head: the last entry, the last ticket, the last day closed."""
        return [
            (store_id, sequence, digest, ticket, _iso(self.closed[store_id]))
            for store_id, (sequence, digest, ticket) in sorted(self.chain.items())
        ]


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _drawer(cents: int) -> list[list[int]]:
    """[[denomination, pieces], …] for every denomination of the closures' count, largest
    first, the amount made of 50 € notes and below."""
    from ocpizza_desk.services.closures import DENOMINATIONS

    pieces = {}
    for denomination in DRAWER:
        pieces[denomination], cents = divmod(cents, denomination)
    return [[d, pieces.get(d, 0)] for d in DENOMINATIONS]


def _uuid7(moment: datetime, rng: random.Random) -> str:
    """A time-ordered UUID (version 7), as a client would make: the unique index on
    client_key then grows at its end instead of splitting pages at random."""
    millis = int(moment.timestamp() * 1000)
    value = (millis << 80) | (0x7 << 76) | (rng.getrandbits(12) << 64) | (0b10 << 62)
    h = f"{value | rng.getrandbits(62):032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


STATUS_TEXT = {status: status.value for status in OrderStatus}
STORE_CUMULATIVE = tuple(itertools.accumulate((1.3, 1.0, 1.2, 0.8, 0.9)))


def _pick_store(rng: random.Random, stores: int) -> int:
    # Bastille and Batignolles are the busiest shops.
    return rng.choices(range(stores), cum_weights=STORE_CUMULATIVE[:stores])[0]


def _live_times(rng: random.Random, now: datetime, stores: int) -> list[tuple[datetime, int]]:
    """Today's open orders, whatever the hour: what the kitchen and the counter see first."""
    moments = []
    for store_k in range(stores):
        for _ in range(rng.randint(7, 11)):
            moments.append((now - timedelta(minutes=rng.uniform(1, LIVE_MINUTES)), store_k))
    moments.sort()
    return moments


def _fate(
    rng: random.Random, created: datetime, now: datetime, mode: OrderMode, live: bool
) -> tuple[OrderStatus, list[tuple[OrderStatus, float]]]:
    """The order's status now and the transitions that led there, with minutes between."""
    delivery = mode is OrderMode.DELIVERY
    path = [
        (OrderStatus.IN_PREPARATION, rng.uniform(2, 9)),
        (OrderStatus.READY, rng.uniform(8, 14)),
    ]
    if delivery:
        path += [
            (OrderStatus.OUT_FOR_DELIVERY, rng.uniform(2, 8)),
            (OrderStatus.DELIVERED, rng.uniform(8, 22)),
        ]
    else:
        path += [(OrderStatus.COLLECTED, rng.uniform(3, 15))]
    if not live:
        roll = rng.random()
        if roll < 0.04:
            return OrderStatus.CANCELLED, [(OrderStatus.CANCELLED, rng.uniform(1, 6))]
        if roll < 0.055:
            return OrderStatus.CANCELLED, [*path[:1], (OrderStatus.CANCELLED, rng.uniform(3, 10))]
        return path[-1][0], path
    # Live: keep the transitions that have already happened by now.
    age = (now - created).total_seconds() / 60
    done, elapsed = [], 0.0
    # A live order is never finished, and never out: delivery orders wait at the pass for
    # the manager to put them into a trip on the delivery board (the demo's drivers are on
    # shift, see _shifts).
    for step in path[:2]:
        elapsed += step[1]
        if elapsed > age:
            break
        done.append(step)
    return (done[-1][0] if done else OrderStatus.RECEIVED), done


def _tenders(
    rng: random.Random, total: int, *, online: bool
) -> list[tuple[Tender, int, int | None]]:
    """(tender, amount applied, cash handed over) for a bill of `total` cents."""
    if online:
        return [(Tender.ONLINE, total, None)]
    roll = rng.random()
    if roll < 0.45:
        return [(Tender.CARD, total, None)]
    if roll < 0.75:
        return [(Tender.CASH, total, _cash_handed(rng, total))]
    voucher = min(total, rng.choice((900, 1000, 1150, 1300)) * rng.choice((1, 2)), 2500)
    rest = total - voucher
    tenders: list[tuple[Tender, int, int | None]] = [(Tender.MEAL_VOUCHER, voucher, None)]
    if rest > 0:
        tenders.append(
            (Tender.CASH, rest, _cash_handed(rng, rest))
            if rng.random() < 0.5
            else (Tender.CARD, rest, None)
        )
    return tenders


def _cash_handed(rng: random.Random, amount: int) -> int:
    for note in (500, 1000, 2000, 5000, 10000):
        if note >= amount and rng.random() < 0.6:
            return note
    return math.ceil(amount / 100) * 100


def _road_distance_m(lat1: float, lng1: float, lat2: float, lng2: float) -> int:
    radius = 6_371_000
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return int(2 * radius * math.asin(math.sqrt(a)) * ROAD_FACTOR)


class _Movement(NamedTuple):
    at: datetime
    store_id: int
    ingredient_id: int
    kind: StockMovementKind
    delta: int
    order_id: int | None = None
    reference: str | None = None
    reason: str | None = None


def _stock(
    writer: BulkWriter,
    world: World,
    rng: random.Random,
    now: datetime,
    used: Counter,
    wasted: Counter,
    live_orders: list[tuple[int, int, datetime, dict[int, int]]],
) -> None:
    """The stock ledger, built backwards from each ingredient's demo balance.

    Walking back from now, each day's use is added back and a supplier receipt (whole packs)
    taken off whenever the balance climbs past a few days' worth: receipts come every few
    days, nothing is ever below zero, and today's balances are exactly the demo values.
    """
    ts = writer.ts
    today = now.astimezone(PARIS).date()
    past_days = [today - timedelta(days=d) for d in range(HISTORY_DAYS, 0, -1)]
    count_moment = min(datetime.combine(today, time(10, 0), PARIS), now - timedelta(hours=2))
    today_moment = now - timedelta(minutes=LIVE_MINUTES + 5)
    moves: list[_Movement] = []
    live_use: Counter[tuple[int, int]] = Counter()
    for oid, store_id, created, consumption in live_orders:
        for ingredient, qty in consumption.items():
            if qty:  # "sans X" on every unit of a line uses none of X
                live_use[(store_id, ingredient)] += qty
                moves.append(
                    _Movement(
                        created, store_id, ingredient, StockMovementKind.ORDER, -qty, order_id=oid
                    )
                )
    balances: dict[tuple[int, int], int] = {}
    count_rows, count_lines = [], []
    for store in world.stores:
        count_id = len(count_rows) + 1
        count_rows.append(
            (count_id, store.id, ts(count_moment), store.staff[Role.MANAGER], "Inventaire du matin")
        )
        for ingredient, demo_level in world.initial_stock.items():
            key = (store.id, ingredient)
            target = int(demo_level * rng.uniform(0.75, 1.35))  # shops differ a little
            balances[key] = target

            def day_use(day, at, key=key, ingredient=ingredient):
                for kind, qty, reason in (
                    (
                        StockMovementKind.ORDER,
                        used[(key[0], day, ingredient)],
                        "Consommation du jour (reprise d'historique)",
                    ),
                    (
                        StockMovementKind.WASTE,
                        wasted[(key[0], day, ingredient)],
                        "Commandes annulées après préparation",
                    ),
                ):
                    if qty:
                        moves.append(_Movement(at, *key, kind, -qty, reason=reason))
                return used[(key[0], day, ingredient)] + wasted[(key[0], day, ingredient)]

            # Today: the open orders' reservations, what was used earlier today, the count.
            after_count = target + live_use[key] + day_use(today, today_moment)
            loss = int(after_count * rng.uniform(0.005, 0.03)) if rng.random() < 0.3 else 0
            if loss:  # the morning count found a little less than the books said
                moves.append(
                    _Movement(
                        count_moment,
                        *key,
                        StockMovementKind.ADJUSTMENT,
                        -loss,
                        reason="Écart d'inventaire",
                    )
                )
            end_of_day = after_count + loss
            count_lines.append((count_id, ingredient, end_of_day, after_count))

            size = world.pack_sizes[ingredient]
            needs = [
                used[(store.id, d, ingredient)] + wasted[(store.id, d, ingredient)]
                for d in past_days
            ]
            average = sum(needs[-28:]) / 28
            low = max(world.thresholds[ingredient], average)
            high = low + 3 * average + size
            for day in reversed(past_days):
                start_of_day = end_of_day + day_use(day, datetime.combine(day, time(23, 30), PARIS))
                receipt = 0
                if start_of_day > high:
                    receipt = int((start_of_day - low) // size) * size
                    moves.append(
                        _Movement(
                            datetime.combine(day, time(9, 30), PARIS),
                            *key,
                            StockMovementKind.RECEIPT,
                            receipt,
                            reference=f"BL-{store.code.upper()}-{day:%y%m%d}",
                        )
                    )
                end_of_day = start_of_day - receipt
            if end_of_day > 0:  # the stock found when the system went live
                moves.append(
                    _Movement(
                        datetime.combine(past_days[0], time(8, 0), PARIS),
                        *key,
                        StockMovementKind.RECEIPT,
                        end_of_day,
                        reference="Reprise du stock initial",
                    )
                )

    writer.insert(
        m.InventoryCount.__table__,
        ["id", "store_id", "counted_at", "counted_by_id", "note"],
        count_rows,
    )
    writer.insert(
        m.InventoryCountLine.__table__,
        ["count_id", "ingredient_id", "expected", "counted"],
        count_lines,
    )
    writer.insert(
        m.StockBalance.__table__,
        ["store_id", "ingredient_id", "quantity", "threshold", "updated_at"],
        [
            (store_id, ingredient, qty, world.thresholds[ingredient], ts(now))
            for (store_id, ingredient), qty in sorted(balances.items())
        ],
    )
    manager = {s.id: s.staff[Role.MANAGER] for s in world.stores}
    count_of_store = {row[1]: row[0] for row in count_rows}
    moves.sort(key=lambda mv: (mv.at, mv.store_id, mv.ingredient_id))
    writer.insert(
        m.StockMovement.__table__,
        [
            "id",
            "store_id",
            "ingredient_id",
            "kind",
            "delta",
            "order_id",
            "count_id",
            "user_id",
            "reference",
            "reason",
            "created_at",
        ],
        (
            (
                i,
                mv.store_id,
                mv.ingredient_id,
                mv.kind.value,
                mv.delta,
                mv.order_id,
                count_of_store[mv.store_id] if mv.kind is StockMovementKind.ADJUSTMENT else None,
                None if mv.order_id else manager[mv.store_id],
                mv.reference,
                mv.reason,
                ts(mv.at),
            )
            for i, mv in enumerate(moves, start=1)
        ),
    )
