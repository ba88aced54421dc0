"""Formulas (menus) in the catalogue: head office defines them, the counter sells them.

A formula is a set price and slots; a slot offers every active product of a category and
the products listed for it, in one size label ('' = each product's default size), some at a
supplement. Selling one (services/cart.py) checks each choice against its slot again, in the
placing's single read; this module gives the counter what it may offer and head office what
it may edit. See domain/formulas.py for how the price is split between the choices.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select, true, update
from sqlalchemy.orm import Session

from ocpizza_desk.db.models import (
    Category,
    Formula,
    FormulaSlot,
    FormulaSlotProduct,
    Product,
    ProductSize,
)
from ocpizza_desk.domain import validation
from ocpizza_desk.domain.catalogue import MAX_PRICE_CENTS, check_price
from ocpizza_desk.domain.errors import NotFound, ValidationError
from ocpizza_desk.domain.formulas import MAX_SLOTS, NAME_LENGTH
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.sizes import line_name
from ocpizza_desk.domain.texts import Text
from ocpizza_desk.services import audit
from ocpizza_desk.services.auth import StaffSession, require
from ocpizza_desk.services.context import ServiceContext

MAX_LISTED = 60


@dataclass(frozen=True)
class Choice:
    """A product a slot offers, in the size it takes there."""

    product_id: int
    name: str  # with its size: 'Regina 33 cm'
    size_id: int
    size_label: str
    a_la_carte_cents: int
    supplement_cents: int
    vat_rate_bp: int


@dataclass(frozen=True)
class Slot:
    id: int
    position: int
    label: str
    category_id: int | None
    size_label: str
    listed: tuple[tuple[int, int], ...]  # (product id, supplement) as head office set them
    choices: tuple[Choice, ...]  # what it offers today (active products), in menu order


@dataclass(frozen=True)
class FormulaView:
    id: int
    name: str
    price_cents: int
    active: bool
    slots: tuple[Slot, ...]


@dataclass(frozen=True, kw_only=True)
class SlotDraft:
    label: str
    category_id: int | None = None
    size_label: str = ""
    listed: Sequence[tuple[int, int]] = ()  # (product id, supplement in cents)


@dataclass(frozen=True, kw_only=True)
class FormulaDraft:
    name: str
    price_cents: int
    active: bool = True
    slots: Sequence[SlotDraft] = ()


def for_counter(ctx: ServiceContext, session: StaffSession) -> tuple[FormulaView, ...]:
    """The active formulas, each slot with what it offers (the counter still checks each
    product against its store's switch, as for any line). A formula a slot of which offers
    nothing any more (its products archived since) is not offered."""
    require(session, Permission.TAKE_ORDERS)
    return tuple(f for f in ctx.transaction(_read) if f.active and all(s.choices for s in f.slots))


def for_catalogue(ctx: ServiceContext, session: StaffSession) -> tuple[FormulaView, ...]:
    require(session, Permission.MANAGE_CATALOGUE)
    return ctx.transaction(_read)


def _read(db: Session, formula_id: int | None = None) -> tuple[FormulaView, ...]:
    """Every formula (or one) in three queries: formulas, slots, offered products."""
    formulas = db.execute(
        select(Formula)
        .where(true() if formula_id is None else Formula.id == formula_id)
        .order_by(Formula.position, Formula.id)
    ).scalars()
    formulas = list(formulas)
    if not formulas:
        return ()
    ids = [f.id for f in formulas]
    slots = list(
        db.execute(
            select(FormulaSlot)
            .where(FormulaSlot.formula_id.in_(ids))
            .order_by(FormulaSlot.formula_id, FormulaSlot.position)
        ).scalars()
    )
    listed: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for slot_id, product_id, supplement in db.execute(
        select(
            FormulaSlotProduct.slot_id,
            FormulaSlotProduct.product_id,
            FormulaSlotProduct.supplement_cents,
        )
        .join(FormulaSlot, FormulaSlot.id == FormulaSlotProduct.slot_id)
        .where(FormulaSlot.formula_id.in_(ids))
        .order_by(FormulaSlotProduct.slot_id, FormulaSlotProduct.product_id)
    ):
        listed[slot_id].append((product_id, supplement))
    offered = _offered(db, slots, listed)
    by_formula: dict[int, list[Slot]] = defaultdict(list)
    for s in slots:
        by_formula[s.formula_id].append(
            Slot(
                s.id,
                s.position,
                s.label,
                s.category_id,
                s.size_label,
                tuple(listed[s.id]),
                offered[s.id],
            )
        )
    return tuple(
        FormulaView(f.id, f.name, f.price_cents, bool(f.active), tuple(by_formula[f.id]))
        for f in formulas
    )


def _offered(db: Session, slots: list, listed: dict[int, list[tuple[int, int]]]) -> dict:
    """Each slot's choices today: one query over the products of its category and list,
    with their sizes. The same rule as the placing (services/cart.py)."""
    categories = {s.category_id for s in slots if s.category_id is not None}
    product_ids = {p for rows in listed.values() for p, _ in rows}
    rows = []
    if categories or product_ids:
        rows = db.execute(
            select(
                Product.id,
                Product.name,
                Product.category_id,
                Product.vat_rate_bp,
                ProductSize.id.label("size_id"),
                ProductSize.label,
                ProductSize.price_cents,
                ProductSize.is_default,
            )
            .join(ProductSize, ProductSize.product_id == Product.id)
            .join(Category, Category.id == Product.category_id)
            .where(
                Product.active,
                ProductSize.active,
                Product.category_id.in_(categories) | Product.id.in_(product_ids),
            )
            .order_by(Category.position, Product.position, Product.id)
        ).all()
    result = {}
    for s in slots:
        supplements = dict(listed[s.id])
        choices = []
        for r in rows:
            if r.id not in supplements and r.category_id != s.category_id:
                continue
            if (r.label != s.size_label) if s.size_label else not r.is_default:
                continue
            choices.append(
                Choice(
                    r.id,
                    line_name(r.name, r.label),
                    r.size_id,
                    r.label,
                    r.price_cents,
                    supplements.get(r.id, 0),
                    r.vat_rate_bp,
                )
            )
        result[s.id] = tuple(choices)
    return result


def save(
    ctx: ServiceContext, session: StaffSession, draft: FormulaDraft, formula_id: int | None = None
) -> int:
    """Create (formula_id None) or replace a formula and its slots. Refused, nothing written:
    no name or a name taken, a bad price or supplement, no slot, a slot that offers nothing."""
    require(session, Permission.MANAGE_CATALOGUE)
    clean = _checked(draft)
    if formula_id is not None:
        validation.identifier(formula_id, "formula")

    def work(db: Session) -> int:
        taken = db.execute(
            select(Formula.id).where(func.lower(Formula.name) == clean.name.lower())
        ).scalar()
        if taken is not None and taken != formula_id:
            raise ValidationError("catalogue.formula_name", field_key="name")
        before = None
        if formula_id is None:
            position = db.execute(select(func.coalesce(func.max(Formula.position), 0))).scalar()
            saved_id = db.execute(
                insert(Formula).values(
                    name=clean.name,
                    price_cents=clean.price_cents,
                    active=clean.active,
                    position=position + 1,
                )
            ).inserted_primary_key[0]
        else:
            found = _read(db, formula_id)
            if not found:
                raise NotFound("not_found", what=Text("ErrorDetail", "formula"))
            before = _snapshot(found[0])
            saved_id = formula_id
            db.execute(
                update(Formula)
                .where(Formula.id == formula_id)
                .values(name=clean.name, price_cents=clean.price_cents, active=clean.active)
            )
            old = select(FormulaSlot.id).where(FormulaSlot.formula_id == formula_id)
            db.execute(delete(FormulaSlotProduct).where(FormulaSlotProduct.slot_id.in_(old)))
            db.execute(delete(FormulaSlot).where(FormulaSlot.formula_id == formula_id))
        _check_references(db, clean)
        for position, slot in enumerate(clean.slots, start=1):
            slot_id = db.execute(
                insert(FormulaSlot).values(
                    formula_id=saved_id,
                    position=position,
                    label=slot.label,
                    category_id=slot.category_id,
                    size_label=slot.size_label,
                )
            ).inserted_primary_key[0]
            if slot.listed:
                db.execute(
                    insert(FormulaSlotProduct),
                    [
                        {"slot_id": slot_id, "product_id": p, "supplement_cents": extra}
                        for p, extra in slot.listed
                    ],
                )
        db.flush()
        saved = _read(db, saved_id)[0]
        for slot in saved.slots:  # the rule as the counter will apply it: it must offer one
            if not slot.choices:
                raise ValidationError("catalogue.formula_slot_empty", slot=slot.label)
        audit.record(
            db,
            session,
            "catalogue.formula",
            "formula",
            saved_id,
            before=before,
            after=_snapshot(saved),
        )
        return saved_id

    return ctx.transaction(work)


def _snapshot(f: FormulaView) -> dict:
    return {
        "name": f.name,
        "price_cents": f.price_cents,
        "active": f.active,
        "slots": [
            {
                "label": s.label,
                "category_id": s.category_id,
                "size_label": s.size_label,
                "listed": [list(p) for p in s.listed],
            }
            for s in f.slots
        ],
    }


def _checked(draft: FormulaDraft) -> FormulaDraft:
    if not isinstance(draft, FormulaDraft):
        raise ValidationError("input.id", field="formula")
    name = draft.name.strip() if isinstance(draft.name, str) else ""
    if not name or len(name) > NAME_LENGTH:
        raise ValidationError("catalogue.formula_name", field_key="name")
    price = check_price(draft.price_cents)
    if not draft.slots or len(draft.slots) > MAX_SLOTS:
        raise ValidationError("catalogue.formula_empty")
    slots = []
    for slot in draft.slots:
        label = slot.label.strip() if isinstance(slot.label, str) else ""
        if not label or len(label) > 40:
            raise ValidationError("catalogue.formula_empty")
        if slot.category_id is not None:
            validation.identifier(slot.category_id, "category")
        size_label = (slot.size_label or "").strip()
        if len(size_label) > 20:
            raise ValidationError("input.id", field="size")
        if slot.category_id is None and not slot.listed:
            raise ValidationError("catalogue.formula_slot_empty", slot=label)
        if len(slot.listed) > MAX_LISTED:
            raise ValidationError("catalogue.too_many", field=label, limit=MAX_LISTED)
        listed = {}
        for product_id, supplement in slot.listed:
            validation.identifier(product_id, "product")
            if (
                not isinstance(supplement, int)
                or isinstance(supplement, bool)
                or not 0 <= supplement <= MAX_PRICE_CENTS
            ):
                raise ValidationError(
                    "catalogue.formula_supplement",
                    slot=label,
                    limit=format_cents(MAX_PRICE_CENTS),
                )
            listed[product_id] = supplement
        slots.append(
            SlotDraft(
                label=label,
                category_id=slot.category_id,
                size_label=size_label,
                listed=tuple(sorted(listed.items())),
            )
        )
    return FormulaDraft(name=name, price_cents=price, active=bool(draft.active), slots=slots)


def _check_references(db: Session, clean: FormulaDraft) -> None:
    categories = {s.category_id for s in clean.slots if s.category_id is not None}
    if categories:
        found = set(db.execute(select(Category.id).where(Category.id.in_(categories))).scalars())
        if found != categories:
            raise ValidationError("input.id", field="category")
    products = {p for s in clean.slots for p, _ in s.listed}
    if products:
        found = set(db.execute(select(Product.id).where(Product.id.in_(products))).scalars())
        if found != products:
            raise ValidationError("cart.unknown_product")
