"""The head-office catalogue: products, prices, VAT, recipes, memos, options, photos, and
which stores sell what.

Every write is one transaction, audited, and moves the stores' "menu" change marks (the
triggers on products and store_products), so the counters of every store refresh within a
second. `products.updated_at` is the concurrency token: a save carries the value the editor
read, the UPDATE is conditional on it, and the loser of two concurrent saves is told who won.
A product is never deleted (past order lines point at it): it is archived. Order lines keep
their own name, price and VAT, so a new price never changes a past order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, func, insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import (
    Category,
    CustomisationOption,
    Ingredient,
    MemoStep,
    Product,
    ProductPhoto,
    ProductSize,
    RecipeLine,
    Store,
    StoreProduct,
)
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.catalogue import (
    IngredientRef,
    OptionDraft,
    ProductDraft,
    RecipeLineDraft,
    SizeDraft,
    check_draft,
    photo_type,
)
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import CustomisationKind, Unit
from ocpizza_desk.domain.errors import ConflictError, NotFound, ValidationError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.texts import Text
from ocpizza_desk.services import audit
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.context import ServiceContext

__all__ = ["OptionDraft", "ProductDraft", "RecipeLineDraft"]

_PRODUCTS = Product.__table__
_STORE_PRODUCTS = StoreProduct.__table__
_RECIPE = RecipeLine.__table__
_MEMO = MemoStep.__table__
_OPTIONS = CustomisationOption.__table__
_PHOTOS = ProductPhoto.__table__
_PRODUCT = Text("ErrorDetail", "product")
_TICK = timedelta(microseconds=1)


# --------------------------------------------------------------------------- read models


@dataclass(frozen=True)
class CategoryRef:
    category_id: int
    code: str
    name: str


@dataclass(frozen=True)
class IngredientChoice:
    ingredient_id: int
    code: str
    name: str
    unit: Unit


@dataclass(frozen=True)
class StoreRef:
    store_id: int
    code: str
    name: str


@dataclass(frozen=True)
class Choices:
    """What the editor's combos offer."""

    categories: tuple[CategoryRef, ...]
    ingredients: tuple[IngredientChoice, ...]
    stores: tuple[StoreRef, ...]


@dataclass(frozen=True)
class ProductRow:
    product_id: int
    code: str
    name: str
    category_code: str
    category_name: str
    price_cents: int
    vat_rate_bp: int
    active: bool
    stores: tuple[str, ...]  # names of the stores offering it (their switch on)
    store_count: int  # of the chain's active stores


@dataclass(frozen=True)
class RecipeLineView:
    ingredient_id: int
    code: str
    name: str
    unit: Unit
    quantity: int


@dataclass(frozen=True)
class OptionView:
    option_id: int
    kind: CustomisationKind
    ingredient_id: int
    ingredient_name: str
    unit: Unit
    quantity: int | None  # None for a removal (the recipe's dose)
    label: str
    price_cents: int


@dataclass(frozen=True)
class SizeView:
    size_id: int
    label: str
    price_cents: int
    dose_pct: int
    is_default: bool


@dataclass(frozen=True)
class StoreAvailability:
    store_id: int
    code: str
    name: str
    enabled: bool


@dataclass(frozen=True)
class ProductDetail:
    product_id: int
    code: str
    name: str
    description: str | None
    category_id: int
    price_cents: int
    vat_rate_bp: int
    baking_notes: str | None
    active: bool
    position: int
    updated_at: datetime  # the concurrency token to send back with a save
    recipe: tuple[RecipeLineView, ...]
    memo: tuple[str, ...]
    options: tuple[OptionView, ...]
    availability: tuple[StoreAvailability, ...]
    has_photo: bool
    photo_type: str | None
    sizes: tuple[SizeView, ...] = ()  # the active ones, in menu order

    def draft(self) -> ProductDraft:
        return ProductDraft(
            self.code,
            self.name,
            self.category_id,
            self.price_cents,
            self.vat_rate_bp,
            tuple(RecipeLineDraft(r.ingredient_id, r.quantity) for r in self.recipe),
            self.memo,
            tuple(
                OptionDraft(o.kind, o.ingredient_id, o.quantity, o.price_cents, o.label)
                for o in self.options
            ),
            self.description,
            self.baking_notes,
            self.size_drafts(),
        )

    def size_drafts(self) -> tuple[SizeDraft, ...]:
        """Its sizes as a draft; a product sold in one unlabelled size needs none."""
        if len(self.sizes) == 1 and not self.sizes[0].label:
            return ()
        return tuple(
            SizeDraft(z.label, z.price_cents, z.dose_pct, z.is_default) for z in self.sizes
        )


@dataclass(frozen=True)
class Saved:
    product_id: int
    updated_at: datetime


# --------------------------------------------------------------------------- reads


def choices(ctx: ServiceContext, session: StaffSession) -> Choices:
    require(session, Permission.MANAGE_CATALOGUE)

    def work(db: Session) -> Choices:
        categories = tuple(
            CategoryRef(*row)
            for row in db.execute(
                select(Category.id, Category.code, Category.name).order_by(
                    Category.position, Category.id
                )
            )
        )
        ingredients = tuple(
            IngredientChoice(*row)
            for row in db.execute(
                select(Ingredient.id, Ingredient.code, Ingredient.name, Ingredient.unit)
                .where(Ingredient.active)
                .order_by(Ingredient.name)
            )
        )
        return Choices(categories, ingredients, _stores(db))

    return ctx.transaction(work)


def _stores(db: Session) -> tuple[StoreRef, ...]:
    return tuple(
        StoreRef(*row)
        for row in db.execute(
            select(Store.id, Store.code, Store.name).where(Store.active).order_by(Store.id)
        )
    )


def products(
    ctx: ServiceContext,
    session: StaffSession,
    search: str | None = None,
    category_id: int | None = None,
    include_archived: bool = True,
) -> list[ProductRow]:
    """The whole catalogue (a few dozen products: no paging), in menu order."""
    require(session, Permission.MANAGE_CATALOGUE)
    typed = validation.text(search, "search", limit=80, required=False)
    if category_id is not None:
        validation.identifier(category_id, "category")

    def work(db: Session) -> list[ProductRow]:
        query = (
            select(Product, Category.code, Category.name)
            .join(Category, Category.id == Product.category_id)
            .order_by(Category.position, Product.position, Product.id)
        )
        if typed:
            pattern = f"%{typed.lower()}%"
            query = query.where(
                func.lower(Product.name).like(pattern) | func.lower(Product.code).like(pattern)
            )
        if category_id is not None:
            query = query.where(Product.category_id == category_id)
        if not include_archived:
            query = query.where(Product.active)
        rows = db.execute(query).all()
        stores = _stores(db)
        off: dict[int, set[int]] = defaultdict(set)
        for store_id, product_id in db.execute(
            select(StoreProduct.store_id, StoreProduct.product_id).where(~StoreProduct.enabled)
        ):
            off[product_id].add(store_id)
        return [
            ProductRow(
                p.id,
                p.code,
                p.name,
                category_code,
                category_name,
                p.price_cents,
                p.vat_rate_bp,
                p.active,
                tuple(s.name for s in stores if s.store_id not in off[p.id]),
                len(stores),
            )
            for p, category_code, category_name in rows
        ]

    return ctx.transaction(work)


def product(ctx: ServiceContext, session: StaffSession, product_id: int) -> ProductDetail:
    require(session, Permission.MANAGE_CATALOGUE)
    validation.identifier(product_id, "product")
    return ctx.transaction(lambda db: _detail(db, product_id))


def _detail(db: Session, product_id: int) -> ProductDetail:
    p = db.get(Product, product_id, populate_existing=True)
    if p is None:
        raise NotFound("not_found", what=_PRODUCT)
    recipe = tuple(
        RecipeLineView(*row)
        for row in db.execute(
            select(
                RecipeLine.ingredient_id,
                Ingredient.code,
                Ingredient.name,
                Ingredient.unit,
                RecipeLine.quantity,
            )
            .join(Ingredient, Ingredient.id == RecipeLine.ingredient_id)
            .where(RecipeLine.product_id == product_id)
            .order_by(RecipeLine.id)
        )
    )
    memo = tuple(
        db.execute(
            select(MemoStep.text)
            .where(MemoStep.product_id == product_id)
            .order_by(MemoStep.position)
        ).scalars()
    )
    options = tuple(
        OptionView(o.id, o.kind, o.ingredient_id, name, unit, o.quantity, o.label, o.price_cents)
        for o, name, unit in db.execute(
            select(CustomisationOption, Ingredient.name, Ingredient.unit)
            .join(Ingredient, Ingredient.id == CustomisationOption.ingredient_id)
            .where(CustomisationOption.product_id == product_id, CustomisationOption.active)
            .order_by(CustomisationOption.position, CustomisationOption.id)
        )
    )
    availability = tuple(
        StoreAvailability(store_id, code, name, bool(enabled))
        for store_id, code, name, enabled in db.execute(
            select(Store.id, Store.code, Store.name, func.coalesce(StoreProduct.enabled, True))
            .outerjoin(
                StoreProduct,
                and_(StoreProduct.store_id == Store.id, StoreProduct.product_id == product_id),
            )
            .where(Store.active)
            .order_by(Store.id)
        )
    )
    mime = db.execute(
        select(ProductPhoto.mime_type).where(ProductPhoto.product_id == product_id)
    ).scalar()
    sizes = tuple(
        SizeView(z.id, z.label, z.price_cents, z.dose_pct, bool(z.is_default))
        for z in db.execute(
            select(ProductSize)
            .where(ProductSize.product_id == product_id, ProductSize.active)
            .order_by(ProductSize.position, ProductSize.id)
        ).scalars()
    )
    return ProductDetail(
        p.id,
        p.code,
        p.name,
        p.description,
        p.category_id,
        p.price_cents,
        p.vat_rate_bp,
        p.baking_notes,
        p.active,
        p.position,
        p.updated_at,
        recipe,
        memo,
        options,
        availability,
        mime is not None,
        mime,
        sizes,
    )


def photo(ctx: ServiceContext, session: StaffSession, product_id: int) -> bytes | None:
    require(session, Permission.MANAGE_CATALOGUE)
    validation.identifier(product_id, "product")
    return ctx.transaction(
        lambda db: db.execute(
            select(ProductPhoto.content).where(ProductPhoto.product_id == product_id)
        ).scalar()
    )


# --------------------------------------------------------------------------- writes


def create(
    ctx: ServiceContext,
    session: StaffSession,
    draft: ProductDraft,
    availability: Mapping[int, bool] | None = None,
) -> Saved:
    """A new product, switched on only in the stores `availability` names (none by default:
    head office decides where it is sold before a counter offers it)."""
    require(session, Permission.MANAGE_CATALOGUE)
    wanted = _check_availability(availability)

    def work(db: Session) -> Saved:
        clean = _checked(db, draft)
        _code_free(db, clean.code, None)
        now = utcnow()
        position = db.execute(
            select(func.coalesce(func.max(Product.position), 0)).where(
                Product.category_id == clean.category_id
            )
        ).scalar_one()
        product_id = _insert_product(db, clean, position + 1, now)
        _write_children(db, product_id, clean)
        _write_sizes(db, product_id, clean)
        stores = {s.store_id for s in _stores(db)}
        switches = {store: bool(wanted.get(store, False)) for store in stores}
        _write_availability(db, session, product_id, switches, now)
        audit.record(
            db,
            session,
            "catalogue.create",
            "product",
            product_id,
            after={**_snapshot(db, product_id), "stores": _enabled_codes(db, product_id)},
        )
        return Saved(product_id, now)

    return _run(ctx, work, draft)


def _insert_product(db: Session, clean: ProductDraft, position: int, now: datetime) -> int:
    try:
        with db.begin_nested():
            result = db.execute(
                insert(_PRODUCTS).values(
                    code=clean.code,
                    name=clean.name,
                    description=clean.description,
                    category_id=clean.category_id,
                    price_cents=clean.price_cents,
                    vat_rate_bp=clean.vat_rate_bp,
                    baking_notes=clean.baking_notes,
                    active=True,
                    position=position,
                    created_at=now,
                    updated_at=now,
                )
            )
    except IntegrityError as exc:  # a code taken between the check and the insert
        raise _CodeTaken(clean.code) from exc
    return result.inserted_primary_key[0]


def update(
    ctx: ServiceContext,
    session: StaffSession,
    product_id: int,
    draft: ProductDraft,
    expected_updated_at: datetime,
    availability: Mapping[int, bool] | None = None,
) -> Saved:
    """Replace the product's fields, recipe, memo and options (and its stores' switches when
    given), provided nobody saved it since the editor read `expected_updated_at`."""
    require(session, Permission.MANAGE_CATALOGUE)
    validation.identifier(product_id, "product")
    wanted = _check_availability(availability)

    def work(db: Session) -> Saved:
        clean = _checked(db, draft)
        _code_free(db, clean.code, product_id)
        before = _snapshot(db, product_id)
        now = _bump(
            db,
            product_id,
            expected_updated_at,
            code=clean.code,
            name=clean.name,
            description=clean.description,
            category_id=clean.category_id,
            price_cents=clean.price_cents,
            vat_rate_bp=clean.vat_rate_bp,
            baking_notes=clean.baking_notes,
        )
        _write_children(db, product_id, clean)
        _write_sizes(db, product_id, clean)
        stores_before = _enabled_codes(db, product_id)
        if wanted:
            _write_availability(db, session, product_id, wanted, now)
        after = _snapshot(db, product_id)
        before["stores"], after["stores"] = stores_before, _enabled_codes(db, product_id)
        changed = audit.changed_fields(before, after)
        audit.record(
            db,
            session,
            "catalogue.update",
            "product",
            product_id,
            before={k: before.get(k) for k in changed},
            after={k: after[k] for k in changed},
        )
        return Saved(product_id, now)

    return _run(ctx, work, draft, product_id)


def archive(
    ctx: ServiceContext,
    session: StaffSession,
    product_id: int,
    expected_updated_at: datetime,
    archived: bool = True,
) -> Saved:
    """Off every menu for good (or back on with archived=False); never a delete, since past
    orders point at it."""
    require(session, Permission.MANAGE_CATALOGUE)
    validation.identifier(product_id, "product")

    def work(db: Session) -> Saved:
        was = db.execute(select(Product.active).where(Product.id == product_id)).scalar()
        if was is None:
            raise NotFound("not_found", what=_PRODUCT)
        now = _bump(db, product_id, expected_updated_at, active=not archived)
        audit.record(
            db,
            session,
            "catalogue.archive" if archived else "catalogue.restore",
            "product",
            product_id,
            before={"active": bool(was)},
            after={"active": not archived},
        )
        return Saved(product_id, now)

    return _run(ctx, work, None, product_id)


def set_availability(
    ctx: ServiceContext,
    session: StaffSession,
    product_id: int,
    availability: Mapping[int, bool],
) -> None:
    """Head office switches a product on or off in some stores (the managers' own switch,
    services.menu.set_enabled, writes the same rows)."""
    require(session, Permission.MANAGE_CATALOGUE)
    validation.identifier(product_id, "product")
    wanted = _check_availability(availability)

    def work(db: Session) -> None:
        if db.get(Product, product_id) is None:
            raise NotFound("not_found", what=_PRODUCT)
        known = {s.store_id for s in _stores(db)}
        if set(wanted) - known:
            raise ValidationError("input.id", field="store")
        before = _enabled_codes(db, product_id)
        _write_availability(db, session, product_id, wanted, utcnow())
        after = _enabled_codes(db, product_id)
        if before != after:
            audit.record(
                db,
                session,
                "catalogue.availability",
                "product",
                product_id,
                before={"stores": before},
                after={"stores": after},
            )

    ctx.transaction(work)


def set_photo(
    ctx: ServiceContext, session: StaffSession, product_id: int, content: bytes | None
) -> None:
    """A PNG or JPEG (checked from its header, size-limited), or None to remove it."""
    require(session, Permission.MANAGE_CATALOGUE)
    validation.identifier(product_id, "product")
    mime = None if content is None else photo_type(bytes(content))

    def work(db: Session) -> None:
        if db.get(Product, product_id) is None:
            raise NotFound("not_found", what=_PRODUCT)
        before = db.execute(
            select(ProductPhoto.mime_type, func.length(ProductPhoto.content)).where(
                ProductPhoto.product_id == product_id
            )
        ).first()
        db.execute(delete(_PHOTOS).where(_PHOTOS.c.product_id == product_id))
        if content is not None:
            db.execute(
                insert(_PHOTOS).values(
                    product_id=product_id,
                    content=bytes(content),
                    mime_type=mime,
                    updated_at=utcnow(),
                )
            )
        audit.record(
            db,
            session,
            "catalogue.photo",
            "product",
            product_id,
            before=None if before is None else {"type": before[0], "bytes": before[1]},
            after=None if content is None else {"type": mime, "bytes": len(content)},
        )

    ctx.transaction(work)


# --------------------------------------------------------------------------- internals


class _CodeTaken(Exception):
    def __init__(self, code: str) -> None:
        self.code = code


class _Stale(Exception):
    pass


def _run(ctx: ServiceContext, work, draft: ProductDraft | None, product_id: int | None = None):
    try:
        return ctx.transaction(work)
    except _CodeTaken as taken:
        raise _code_taken_error(ctx, taken.code) from None
    except _Stale:
        assert product_id is not None
        raise _who_changed_it(ctx, product_id) from None


def _checked(db: Session, draft: ProductDraft) -> ProductDraft:
    if not isinstance(draft, ProductDraft):
        raise ValidationError("input.id", field="product")
    ingredients = {
        i: IngredientRef(name, unit)
        for i, name, unit in db.execute(
            select(Ingredient.id, Ingredient.name, Ingredient.unit).where(Ingredient.active)
        )
    }
    clean = check_draft(draft, ingredients)
    if db.get(Category, clean.category_id) is None:
        raise ValidationError("input.id", field="category")
    return clean


def _code_free(db: Session, code: str, product_id: int | None) -> None:
    other = db.execute(select(Product.id).where(Product.code == code)).scalar()
    if other is not None and other != product_id:
        raise _CodeTaken(code)


def _code_taken_error(ctx: ServiceContext, code: str) -> ValidationError:
    name = ctx.transaction(
        lambda db: db.execute(select(Product.name).where(Product.code == code)).scalar()
    )
    return ValidationError(
        "catalogue.code_taken", field_key="code", value=code, product=name or "?"
    )


def _check_availability(availability: Mapping[int, bool] | None) -> dict[int, bool]:
    wanted = dict(availability or {})
    for store_id, enabled in wanted.items():
        validation.identifier(store_id, "store")
        if not isinstance(enabled, bool):
            raise ValidationError("input.id", field="enabled")
    return wanted


def _bump(db: Session, product_id: int, expected: datetime, **values) -> datetime:
    """The conditional UPDATE: only if the row still has the token the editor read. The new
    token is strictly later, even within one clock tick. Any UPDATE of products moves every
    store's "menu" mark (trigger), so a recipe-only change refreshes the counters too."""
    if not isinstance(expected, datetime) or expected.tzinfo is None:
        raise ValidationError("input.id", field="updated_at")
    now = max(utcnow(), expected + _TICK)
    result = db.execute(
        sql_update(_PRODUCTS)
        .where(_PRODUCTS.c.id == product_id, _PRODUCTS.c.updated_at == expected)
        .values(updated_at=now, **values)
    )
    if result.rowcount != 1:
        if db.get(Product, product_id) is None:
            raise NotFound("not_found", what=_PRODUCT)
        raise _Stale
    return now


def _who_changed_it(ctx: ServiceContext, product_id: int) -> ConflictError:
    """Read in a new transaction, to see the other user's committed change."""

    def work(db: Session) -> ConflictError:
        updated = db.execute(select(Product.updated_at).where(Product.id == product_id)).scalar()
        return audit.conflict(db, "catalogue.changed", "product", product_id, unaudited_at=updated)

    return ctx.transaction(work)


def _write_sizes(db: Session, product_id: int, clean: ProductDraft) -> None:
    """Sizes matched by label, so their ids (which order lines refer to) survive an edit; a
    size no longer offered is switched off, never deleted. No sizes in the draft: a new
    product gets one unlabelled size, an existing one keeps its sizes with the default's
    price set to the draft's price."""
    current = {
        z.label: z
        for z in db.execute(select(ProductSize).where(ProductSize.product_id == product_id))
        .scalars()
        .all()
    }
    table = ProductSize.__table__
    if not clean.sizes:
        default = next((z for z in current.values() if z.is_default and z.active), None)
        if default is None:
            sizes = (SizeDraft("", clean.price_cents, 100, True),)
        else:
            db.execute(
                sql_update(table)
                .where(table.c.id == default.id)
                .values(price_cents=clean.price_cents)
            )
            return
    else:
        sizes = clean.sizes
    wanted = {z.label for z in sizes}
    for z in current.values():
        if z.label not in wanted and (z.active or z.is_default):
            db.execute(
                sql_update(table).where(table.c.id == z.id).values(active=False, is_default=False)
            )
    for position, z in enumerate(sizes, start=1):
        values = {
            "price_cents": z.price_cents,
            "dose_pct": z.dose_pct,
            "position": position,
            "is_default": z.is_default,
            "active": True,
        }
        found = current.get(z.label)
        if found is None:
            db.execute(insert(table).values(product_id=product_id, label=z.label, **values))
        else:
            db.execute(sql_update(table).where(table.c.id == found.id).values(**values))


def _write_children(db: Session, product_id: int, clean: ProductDraft) -> None:
    """Recipe lines and options matched by ingredient, so their ids (which carts and order
    lines refer to) survive an edit; memo steps rewritten in their new order."""
    current = dict(
        db.execute(
            select(RecipeLine.ingredient_id, RecipeLine.quantity).where(
                RecipeLine.product_id == product_id
            )
        ).all()
    )
    wanted = {line.ingredient_id: line.quantity for line in clean.recipe}
    gone = set(current) - set(wanted)
    if gone:
        db.execute(
            delete(_RECIPE).where(
                _RECIPE.c.product_id == product_id, _RECIPE.c.ingredient_id.in_(gone)
            )
        )
    for line in clean.recipe:
        if line.ingredient_id not in current:
            db.execute(
                insert(_RECIPE).values(
                    product_id=product_id,
                    ingredient_id=line.ingredient_id,
                    quantity=line.quantity,
                )
            )
        elif current[line.ingredient_id] != line.quantity:
            db.execute(
                sql_update(_RECIPE)
                .where(
                    _RECIPE.c.product_id == product_id,
                    _RECIPE.c.ingredient_id == line.ingredient_id,
                )
                .values(quantity=line.quantity)
            )

    db.execute(delete(_MEMO).where(_MEMO.c.product_id == product_id))
    if clean.memo:
        db.execute(
            insert(_MEMO),
            [
                {"product_id": product_id, "position": position, "text": step}
                for position, step in enumerate(clean.memo, start=1)
            ],
        )

    existing = {
        (CustomisationKind(kind), ingredient): option_id
        for option_id, kind, ingredient in db.execute(
            select(
                CustomisationOption.id,
                CustomisationOption.kind,
                CustomisationOption.ingredient_id,
            ).where(CustomisationOption.product_id == product_id)
        )
    }
    kept: set[int] = set()
    for position, option in enumerate(clean.options, start=1):
        values = {
            "quantity": option.quantity,
            "label": option.label,
            "price_cents": option.price_cents,
            "position": position,
            "active": True,
        }
        option_id = existing.get((option.kind, option.ingredient_id))
        if option_id is None:
            db.execute(
                insert(_OPTIONS).values(
                    product_id=product_id,
                    kind=option.kind.value,
                    ingredient_id=option.ingredient_id,
                    **values,
                )
            )
        else:
            kept.add(option_id)
            db.execute(sql_update(_OPTIONS).where(_OPTIONS.c.id == option_id).values(**values))
    dropped = set(existing.values()) - kept
    if dropped:  # kept as rows, switched off: past order lines name them
        db.execute(sql_update(_OPTIONS).where(_OPTIONS.c.id.in_(dropped)).values(active=False))


def _write_availability(
    db: Session,
    session: StaffSession,
    product_id: int,
    wanted: Mapping[int, bool],
    now: datetime,
) -> None:
    current = dict(
        db.execute(
            select(StoreProduct.store_id, StoreProduct.enabled).where(
                StoreProduct.product_id == product_id
            )
        ).all()
    )
    for store_id, enabled in sorted(wanted.items()):
        values = {"enabled": enabled, "updated_at": now, "updated_by_id": session.user_id}
        if store_id not in current:
            db.execute(
                insert(_STORE_PRODUCTS).values(store_id=store_id, product_id=product_id, **values)
            )
        elif bool(current[store_id]) != enabled:
            db.execute(
                sql_update(_STORE_PRODUCTS)
                .where(
                    _STORE_PRODUCTS.c.store_id == store_id,
                    _STORE_PRODUCTS.c.product_id == product_id,
                )
                .values(**values)
            )


def _enabled_codes(db: Session, product_id: int) -> list[str]:
    return list(
        db.execute(
            select(Store.code)
            .outerjoin(
                StoreProduct,
                and_(StoreProduct.store_id == Store.id, StoreProduct.product_id == product_id),
            )
            .where(Store.active, func.coalesce(StoreProduct.enabled, True))
            .order_by(Store.id)
        ).scalars()
    )


def _snapshot(db: Session, product_id: int) -> dict:
    """The product as the audit log keeps it: fields, recipe and options by ingredient code."""
    p = db.execute(select(_PRODUCTS).where(_PRODUCTS.c.id == product_id)).mappings().first()
    if p is None:
        raise NotFound("not_found", what=_PRODUCT)
    recipe = {
        code: quantity
        for code, quantity in db.execute(
            select(Ingredient.code, RecipeLine.quantity)
            .join(Ingredient, Ingredient.id == RecipeLine.ingredient_id)
            .where(RecipeLine.product_id == product_id)
            .order_by(RecipeLine.id)
        )
    }
    memo = list(
        db.execute(
            select(MemoStep.text)
            .where(MemoStep.product_id == product_id)
            .order_by(MemoStep.position)
        ).scalars()
    )
    options = [
        f"{kind}:{code}:{quantity or ''}:{price}"
        for kind, code, quantity, price in db.execute(
            select(
                CustomisationOption.kind,
                Ingredient.code,
                CustomisationOption.quantity,
                CustomisationOption.price_cents,
            )
            .join(Ingredient, Ingredient.id == CustomisationOption.ingredient_id)
            .where(CustomisationOption.product_id == product_id, CustomisationOption.active)
            .order_by(CustomisationOption.position)
        )
    ]
    sizes = [
        f"{label}:{price}:{dose}{':default' if default else ''}"
        for label, price, dose, default in db.execute(
            select(
                ProductSize.label,
                ProductSize.price_cents,
                ProductSize.dose_pct,
                ProductSize.is_default,
            )
            .where(ProductSize.product_id == product_id, ProductSize.active)
            .order_by(ProductSize.position, ProductSize.id)
        )
    ]
    return {
        "code": p["code"],
        "name": p["name"],
        "description": p["description"],
        "category_id": p["category_id"],
        "price_cents": p["price_cents"],
        "vat_rate_bp": p["vat_rate_bp"],
        "baking_notes": p["baking_notes"],
        "active": bool(p["active"]),
        "recipe": recipe,
        "memo": memo,
        "options": options,
        "sizes": sizes,
    }
