"""Which store should make a delivery: the fastest one that can make the whole cart and
deliver to the address, with the reasons written out for the counter.

For every active store: the travel time to the customer (one matrix call, stores as origins,
the customer as the destination; Google, or the offline estimate when it fails), whether the
address is inside the store's delivery radius (straight line, as the radius is drawn), and
whether its stock and its menu can make the whole cart by the counter's own rules
(domain/availability.py: the lines in order, each using what the previous ones left). The
catalogue and every store's stock come from a few queries whatever the number of stores;
the network call happens after the transaction is closed.

Advice only: the counter may still place the order in its own store.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import (
    Customer,
    CustomerAddress,
    CustomisationOption,
    Product,
    ProductSize,
    RecipeLine,
    StockBalance,
    Store,
    StoreProduct,
)
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.availability import Option, can_make
from ocpizza_desk.domain.enums import CustomisationKind
from ocpizza_desk.domain.errors import NotFound
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.texts import N_, Text, translate
from ocpizza_desk.integrations.maps import LatLng, notice_message
from ocpizza_desk.integrations.maps.offline import great_circle_m
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.cart import CartLine, check_lines
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.menu import lines_use

# The counter reads these aloud to the caller: short, French first.
PHRASES: dict[str, str] = {
    "ok": N_("Placement", "{store}: {minutes} min{estimate}, everything is available."),
    "but": N_("Placement", "{store}: {minutes} min{estimate} but {reasons}."),
    "no_route": N_("Placement", "{store}: no route found."),
    "estimate": N_("Placement", " (estimate)"),
    "and": N_("Placement", " and "),
    "out_of_area": N_("Placement", "the address is outside its delivery area"),
    "missing": N_("Placement", "short of {items}"),
    "off_menu": N_("Placement", "{name} (off the menu)"),
    "none": N_("Placement", "No store can make everything and deliver to this address."),
    "not_located": N_("Placement", "Address not located yet: no recommendation."),
    "no_store": N_("Placement", "No store takes deliveries."),
}


def phrase(key: str, lang: str, **params) -> str:
    return translate("Placement", PHRASES[key], lang).format(**params)


@dataclass(frozen=True)
class Shortfall:
    product_id: int
    product_name: str
    missing: int  # units of the cart that this store cannot make
    off_menu: bool = False  # switched off in this store (or withdrawn from the catalogue)

    def text(self, lang: str) -> str:
        if self.off_menu:
            return phrase("off_menu", lang, name=self.product_name)
        return f"{self.missing} {self.product_name}"


@dataclass(frozen=True)
class StoreOption:
    store_id: int
    store_code: str
    store_name: str
    duration_s: int
    distance_m: int  # by road (or the estimate's road factor)
    estimate: bool
    reachable: bool  # a route exists (always, for the estimate)
    straight_m: int  # as the crow flies, what the delivery radius is measured in
    in_radius: bool
    missing: tuple[Shortfall, ...]

    @property
    def can_make_all(self) -> bool:
        return not self.missing

    @property
    def suitable(self) -> bool:
        return self.reachable and self.in_radius and self.can_make_all

    @property
    def minutes(self) -> int:
        return max(1, math.ceil(self.duration_s / 60)) if self.duration_s else 0

    def sentence(self, lang: str = "fr") -> str:
        if not self.reachable:
            return phrase("no_route", lang, store=self.store_name)
        estimate = phrase("estimate", lang) if self.estimate else ""
        reasons = []
        if not self.in_radius:
            reasons.append(phrase("out_of_area", lang))
        if self.missing:
            items = ", ".join(s.text(lang) for s in self.missing)
            reasons.append(phrase("missing", lang, items=items))
        if not reasons:
            return phrase(
                "ok", lang, store=self.store_name, minutes=self.minutes, estimate=estimate
            )
        return phrase(
            "but",
            lang,
            store=self.store_name,
            minutes=self.minutes,
            estimate=estimate,
            reasons=phrase("and", lang).join(reasons),
        )


@dataclass(frozen=True)
class Placement:
    options: tuple[StoreOption, ...]  # every active store, fastest first
    recommended: StoreOption | None
    home_store_id: int | None  # the signed-in user's store, if any
    located: bool = True  # False: the address has no coordinates yet
    notice: str | None = None  # maps notice code when times are estimates

    @property
    def estimate(self) -> bool:
        return any(o.estimate for o in self.options)

    @property
    def home(self) -> StoreOption | None:
        return next((o for o in self.options if o.store_id == self.home_store_id), None)

    @property
    def home_is_recommended(self) -> bool:
        return self.recommended is not None and self.recommended.store_id == self.home_store_id

    def notice_text(self, lang: str = "fr") -> str:
        if self.notice:
            return notice_message(self.notice, lang)
        return notice_message("maps.api_failed", lang) if self.estimate else ""

    def explanation(self, lang: str = "fr") -> str:
        """The recommended store, then every faster store and why it was not chosen (and the
        counter's own store, when it is neither)."""
        if not self.located:
            return phrase("not_located", lang)
        if not self.options:
            return phrase("no_store", lang)
        shown: list[StoreOption] = []
        if self.recommended is not None:
            shown.append(self.recommended)
            shown += [o for o in self.options if o.duration_s < self.recommended.duration_s][:3]
        else:
            shown = list(self.options[:3])
        home = self.home
        if home is not None and home not in shown:
            shown.append(home)
        sentences = [o.sentence(lang) for o in shown]
        if self.recommended is None:
            sentences.insert(0, phrase("none", lang))
        return " ".join(sentences)


@dataclass(frozen=True)
class _StoreRow:
    id: int
    code: str
    name: str
    point: LatLng
    radius_m: int


def nearest_store(
    ctx: ServiceContext,
    session: StaffSession,
    target: int | tuple[float, float],
    cart: Sequence[CartLine] = (),
) -> Placement:
    """`target`: a customer address id, or (latitude, longitude). An empty cart ranks the
    stores by time and area only."""
    require(session, Permission.TAKE_ORDERS)
    if isinstance(target, tuple):
        lat, lng = target
        try:
            destination: LatLng | None = LatLng(float(lat), float(lng))
        except (TypeError, ValueError):
            raise NotFound("not_found", what=Text("ErrorDetail", "address")) from None
        address_id = None
    else:
        address_id = validation.identifier(target, "address")
        destination = None
    if cart:
        check_lines(cart)

    def read(db: Session):
        point = destination if address_id is None else _address_point(db, address_id)
        stores = _stores(db)
        return point, stores, _shortfalls(db, [s.id for s in stores], cart)

    point, stores, shortfalls = ctx.transaction(read)
    if point is None:
        return Placement((), None, session.store_id, located=False)
    if not stores:
        return Placement((), None, session.store_id)
    cells, notice = ctx.maps.matrix([s.point for s in stores], [point])  # outside the DB
    by_origin = {c.origin_index: c for c in cells}
    options = []
    for index, store in enumerate(stores):
        cell = by_origin.get(index)
        straight = round(great_circle_m(store.point, point))
        reachable = cell is not None and cell.found
        options.append(
            StoreOption(
                store.id,
                store.code,
                store.name,
                cell.duration_s if reachable else 0,
                cell.distance_m if reachable else 0,
                cell.estimate if cell is not None else True,
                reachable,
                straight,
                straight <= store.radius_m,
                shortfalls.get(store.id, ()),
            )
        )
    options.sort(key=lambda o: (not o.reachable, o.duration_s, o.store_id))
    recommended = next((o for o in options if o.suitable), None)
    return Placement(tuple(options), recommended, session.store_id, notice=notice)


def _address_point(db: Session, address_id: int) -> LatLng | None:
    row = db.execute(
        select(CustomerAddress.latitude, CustomerAddress.longitude)
        .join(Customer, Customer.id == CustomerAddress.customer_id)
        .where(CustomerAddress.id == address_id, Customer.erased_at.is_(None))
    ).one_or_none()
    if row is None:
        raise NotFound("not_found", what=Text("ErrorDetail", "address"))
    if row.latitude is None or row.longitude is None:
        return None
    return LatLng(row.latitude, row.longitude)


def _stores(db: Session) -> list[_StoreRow]:
    rows = db.execute(
        select(
            Store.id,
            Store.code,
            Store.name,
            Store.latitude,
            Store.longitude,
            Store.delivery_radius_m,
        )
        .where(Store.active)
        .order_by(Store.id)
    ).all()
    return [_StoreRow(i, c, n, LatLng(lat, lng), r) for i, c, n, lat, lng, r in rows]


def _shortfalls(
    db: Session, store_ids: list[int], cart: Sequence[CartLine]
) -> dict[int, tuple[Shortfall, ...]]:
    """What each store cannot make of the cart: six queries, whatever the number of stores.

    Same rules as the counter's menu (services/menu.py) and placing (services/cart.py): a
    product off in that store or inactive cannot be made at all; otherwise the lines take
    from the store's stock in order, and a line gets what the stock still allows.
    """
    if not cart or not store_ids:
        return {}
    product_ids = sorted({pid for line in cart for pid in line.product_ids})
    option_ids = sorted({o for line in cart for o in line.option_ids})
    products = {
        pid: (name, bool(active))
        for pid, name, active in db.execute(
            select(Product.id, Product.name, Product.active).where(Product.id.in_(product_ids))
        )
    }
    recipes: dict[int, dict[int, int]] = defaultdict(dict)
    for pid, ingredient, quantity in db.execute(
        select(RecipeLine.product_id, RecipeLine.ingredient_id, RecipeLine.quantity).where(
            RecipeLine.product_id.in_(product_ids)
        )
    ):
        recipes[pid][ingredient] = quantity
    options: dict[int, Option] = {}
    option_product: dict[int, int] = {}
    if option_ids:
        for o in db.execute(
            select(CustomisationOption).where(
                CustomisationOption.id.in_(option_ids), CustomisationOption.active
            )
        ).scalars():
            dose = (
                o.quantity
                if o.kind is CustomisationKind.EXTRA
                else recipes[o.product_id].get(o.ingredient_id, 0)
            )
            options[o.id] = Option(o.id, o.kind, o.ingredient_id, dose or 0, o.price_cents, o.label)
            option_product[o.id] = o.product_id
    switched_off = {
        (store_id, pid)
        for store_id, pid in db.execute(
            select(StoreProduct.store_id, StoreProduct.product_id).where(
                StoreProduct.product_id.in_(product_ids), StoreProduct.enabled.is_(False)
            )
        )
    }
    sizes: dict[int, list] = defaultdict(list)
    for size in db.execute(
        select(
            ProductSize.id,
            ProductSize.product_id,
            ProductSize.label,
            ProductSize.dose_pct,
            ProductSize.is_default,
        ).where(ProductSize.product_id.in_(product_ids), ProductSize.active)
    ):
        sizes[size.product_id].append(size)
    by_product: dict[int, list[Option]] = defaultdict(list)
    for option_id, option in options.items():
        by_product[option_product[option_id]].append(option)
    # Sizes and halves by the counter's rules (services/menu.py).
    uses = lines_use(cart, recipes, by_product, sizes)
    ingredients = sorted({i for use in uses for i in use})
    stock: dict[int, dict[int, int]] = defaultdict(dict)
    if ingredients:
        for store_id, ingredient, quantity in db.execute(
            select(StockBalance.store_id, StockBalance.ingredient_id, StockBalance.quantity).where(
                StockBalance.store_id.in_(store_ids), StockBalance.ingredient_id.in_(ingredients)
            )
        ):
            stock[store_id][ingredient] = quantity

    result: dict[int, tuple[Shortfall, ...]] = {}
    for store_id in store_ids:
        used: Counter[int] = Counter()
        missing: dict[int, list] = {}  # product -> [name, units, off]
        for line, use in zip(cart, uses, strict=True):
            name, active = products.get(line.product_id, ("#" + str(line.product_id), False))
            off = not active or any(
                (store_id, pid) in switched_off or not products.get(pid, ("", False))[1]
                for pid in line.product_ids
            )
            made = 0 if off else min(line.quantity, can_make(use, stock[store_id], used))
            for ingredient, dose in use.items():
                used[ingredient] += dose * made
            if made < line.quantity:
                entry = missing.setdefault(line.product_id, [name, 0, off])
                entry[1] += line.quantity - made
        result[store_id] = tuple(
            Shortfall(pid, name, units, off) for pid, (name, units, off) in missing.items()
        )
    return result
