"""The shared OC Pizza database, as SQLAlchemy 2.x typed mapped classes.

The website and the mobile app write to the same tables, so integrity lives in the schema too
(checks, foreign keys, uniques), not only in this application's services.

Conventions: money in integer cents, quantities in integer base units (g, ml, piece), VAT rates
in basis points (1000 = 10 %), times in UTC (`UTCDateTime`). The stock ledger
(`stock_movements`) and the audit log (`audit_log`) are insert-only, so that database grants
can forbid UPDATE and DELETE on them.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    Double,
    Enum,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ocpizza_desk.db.types import BigId, Blob, UTCDateTime, utcnow
from ocpizza_desk.domain.allergens import CODE_LENGTH as ALLERGEN_CODE_LENGTH
from ocpizza_desk.domain.allergens import CODES as ALLERGEN_CODES
from ocpizza_desk.domain.enums import (
    Channel,
    CustomisationKind,
    DiscountKind,
    DiscountReason,
    LocationSource,
    MessageStatus,
    OrderMode,
    OrderStatus,
    Role,
    StockMovementKind,
    Tender,
    Unit,
)

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def str_enum(enum_cls: type[StrEnum], name: str) -> Enum:
    """A portable enum: VARCHAR plus a CHECK, storing the enum's values (not its names)."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda cls: [m.value for m in cls],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}


def created_at_column() -> Mapped[datetime]:
    return mapped_column(UTCDateTime(), default=utcnow, nullable=False)


# --------------------------------------------------------------------------- stores & staff


class Store(Base):
    __tablename__ = "stores"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    street: Mapped[str] = mapped_column(String(160))
    postcode: Mapped[str] = mapped_column(String(10))
    city: Mapped[str] = mapped_column(String(60))
    phone: Mapped[str] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(120))
    latitude: Mapped[float] = mapped_column(Double)
    longitude: Mapped[float] = mapped_column(Double)
    delivery_radius_m: Mapped[int] = mapped_column(Integer)
    # {"mon": [["11:30", "14:30"], ["18:00", "23:00"]], ...} in Europe/Paris local time.
    opening_hours: Mapped[dict[str, Any]]
    # Orders are taken until a range's end minus this (the kitchen's last orders).
    last_order_minutes: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    active: Mapped[bool] = mapped_column(Boolean, server_default=true())
    created_at: Mapped[datetime] = created_at_column()

    __table_args__ = (
        CheckConstraint("delivery_radius_m > 0", name="delivery_radius_positive"),
        CheckConstraint("latitude BETWEEN -90 AND 90", name="latitude_range"),
        CheckConstraint("longitude BETWEEN -180 AND 180", name="longitude_range"),
    )


class StoreClosure(Base):
    """An exceptional closure (holiday, works, inventory): a whole Paris calendar day on
    which the store takes no order for any time, whatever its weekly hours say."""

    __tablename__ = "store_closures"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    label: Mapped[str] = mapped_column(String(80))


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(80))
    role: Mapped[Role] = mapped_column(str_enum(Role, "user_role"))
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, server_default=true())
    failed_attempts: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    locked_until: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = created_at_column()

    store: Mapped[Store | None] = relationship()

    __table_args__ = (
        # Store staff belong to exactly one store; head office and administrators to none.
        CheckConstraint(
            "role IN ('head_office', 'admin') OR store_id IS NOT NULL", name="store_staff_store"
        ),
        CheckConstraint("failed_attempts >= 0", name="failed_attempts_positive"),
    )


# --------------------------------------------------------------------------- customers


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    # E.164; NULL once the customer is erased (GDPR), so the unique index allows many.
    phone_e164: Mapped[str | None] = mapped_column(String(16), unique=True)
    first_name: Mapped[str] = mapped_column(String(60))
    last_name: Mapped[str] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = created_at_column()
    erased_at: Mapped[datetime | None]

    addresses: Mapped[list[CustomerAddress]] = relationship(back_populates="customer")

    __table_args__ = (
        Index(None, "last_name", "first_name"),
        Index(None, "first_name"),  # the name search's second column (migration 0006)
    )


class CustomerAddress(Base):
    __tablename__ = "customer_addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    label: Mapped[str] = mapped_column(String(40))
    street: Mapped[str] = mapped_column(String(160))
    extra: Mapped[str | None] = mapped_column(String(160))  # building, staircase
    postcode: Mapped[str] = mapped_column(String(10))
    city: Mapped[str] = mapped_column(String(60))
    door_code: Mapped[str | None] = mapped_column(String(20))
    floor: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(String(300))
    latitude: Mapped[float | None] = mapped_column(Double)
    longitude: Mapped[float | None] = mapped_column(Double)
    # Where the coordinates come from, and who placed a manual pin when (a pin wins over
    # automatic results until the address text changes).
    location_source: Mapped[LocationSource | None] = mapped_column(
        str_enum(LocationSource, "location_source")
    )
    location_set_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    location_set_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # An address used by past orders is archived, never deleted.
    archived: Mapped[bool] = mapped_column(Boolean, server_default=false())
    created_at: Mapped[datetime] = created_at_column()

    customer: Mapped[Customer] = relationship(back_populates="addresses")


class GdprErasure(Base):
    """Who erased which customer and when: replayed after a restore."""

    __tablename__ = "gdpr_erasures"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    erased_at: Mapped[datetime] = created_at_column()
    erased_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    request_reference: Mapped[str | None] = mapped_column(String(64))


# --------------------------------------------------------------------------- catalogue


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, server_default=text("0"))


class Ingredient(Base):
    __tablename__ = "ingredients"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    unit: Mapped[Unit] = mapped_column(str_enum(Unit, "ingredient_unit"))
    pack_size: Mapped[int] = mapped_column(Integer)  # base units in one supplier pack
    pack_label: Mapped[str] = mapped_column(String(60))
    active: Mapped[bool] = mapped_column(Boolean, server_default=true())
    # When its allergens were last recorded; NULL: not recorded yet (not "contains none").
    allergens_recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (CheckConstraint("pack_size > 0", name="pack_size_positive"),)


class IngredientAllergen(Base):
    """One of the 14 regulated allergens (`domain.allergens`) an ingredient contains.

    Recorded once, per ingredient: products and order lines derive theirs from their recipe."""

    __tablename__ = "ingredient_allergens"

    ingredient_id: Mapped[int] = mapped_column(ForeignKey("ingredients.id"), primary_key=True)
    allergen: Mapped[str] = mapped_column(String(ALLERGEN_CODE_LENGTH), primary_key=True)

    __table_args__ = (
        CheckConstraint(
            "allergen IN (" + ", ".join(f"'{c}'" for c in ALLERGEN_CODES) + ")",
            name="allergen_code",
        ),
    )


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    description: Mapped[str | None] = mapped_column(String(300))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), index=True)
    # VAT included (TTC). Since 0010 the default size's price, kept equal by the catalogue:
    # what the menu shows as "from" and what readers without sizes still read.
    price_cents: Mapped[int] = mapped_column(Integer)
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    baking_notes: Mapped[str | None] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, server_default=true())
    position: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = created_at_column()

    recipe_lines: Mapped[list[RecipeLine]] = relationship(order_by="RecipeLine.id")
    memo_steps: Mapped[list[MemoStep]] = relationship(order_by="MemoStep.position")

    __table_args__ = (
        CheckConstraint("price_cents >= 0", name="price_positive"),
        CheckConstraint("vat_rate_bp BETWEEN 0 AND 10000", name="vat_rate_range"),
    )


class ProductSize(Base):
    """A size a product is sold in (26 cm, 33 cm...): its price and how much of the recipe it
    takes (`dose_pct`, 100 = the recipe as written). A product has at least one size and
    exactly one default (what a line without a size gets, the website's lines included);
    a product sold in one size has one size labelled '' (no size shown)."""

    __tablename__ = "product_sizes"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    label: Mapped[str] = mapped_column(String(20), server_default="")
    price_cents: Mapped[int] = mapped_column(Integer)  # VAT included (TTC)
    dose_pct: Mapped[int] = mapped_column(Integer, server_default=text("100"))
    position: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    is_default: Mapped[bool] = mapped_column(Boolean, server_default=false())
    active: Mapped[bool] = mapped_column(Boolean, server_default=true())

    __table_args__ = (
        UniqueConstraint("product_id", "label"),
        CheckConstraint("price_cents >= 0", name="price_positive"),
        CheckConstraint("dose_pct BETWEEN 10 AND 400", name="dose_range"),
    )


class Formula(Base):
    """A set-price menu (the lunch formula): one choice per slot, at `price_cents` (VAT
    included) plus the chosen products' supplements. Sold as one line at the counter, stored
    as one order line per choice (services/cart.py, domain/formulas.py)."""

    __tablename__ = "formulas"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    price_cents: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, server_default=true())
    position: Mapped[int] = mapped_column(Integer, server_default=text("0"))

    __table_args__ = (CheckConstraint("price_cents > 0", name="price_positive"),)


class FormulaSlot(Base):
    """One choice of a formula ("Pizza", "Boisson"): every active product of `category_id`
    and every product listed in formula_slot_products, taken in the size labelled
    `size_label` ('' = the product's default size)."""

    __tablename__ = "formula_slots"

    id: Mapped[int] = mapped_column(primary_key=True)
    formula_id: Mapped[int] = mapped_column(ForeignKey("formulas.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(40))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))
    size_label: Mapped[str] = mapped_column(String(20), server_default="")

    __table_args__ = (UniqueConstraint("formula_id", "position"),)


class FormulaSlotProduct(Base):
    """A product a slot offers beyond its category, or a product of its category that costs
    a supplement there (`supplement_cents`, VAT included)."""

    __tablename__ = "formula_slot_products"

    slot_id: Mapped[int] = mapped_column(ForeignKey("formula_slots.id"), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    supplement_cents: Mapped[int] = mapped_column(Integer, server_default=text("0"))

    __table_args__ = (CheckConstraint("supplement_cents >= 0", name="supplement_positive"),)


class ProductPhoto(Base):
    """Kept apart from products so menu queries never drag images along."""

    __tablename__ = "product_photos"

    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    content: Mapped[bytes] = mapped_column(Blob)
    mime_type: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[datetime] = created_at_column()


class StoreProduct(Base):
    """A product's availability in one store: the manager's manual on/off switch."""

    __tablename__ = "store_products"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, server_default=true())
    updated_at: Mapped[datetime] = created_at_column()
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class RecipeLine(Base):
    __tablename__ = "recipe_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    ingredient_id: Mapped[int] = mapped_column(ForeignKey("ingredients.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("product_id", "ingredient_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )


class MemoStep(Base):
    """One step of the pizzaiolo's memo, in order."""

    __tablename__ = "memo_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(300))

    __table_args__ = (UniqueConstraint("product_id", "position"),)


class CustomisationOption(Base):
    """ "Sans X" (the recipe's dose of X is not used) or "supplément Y" (a dose at a price)."""

    __tablename__ = "customisation_options"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    kind: Mapped[CustomisationKind] = mapped_column(
        str_enum(CustomisationKind, "customisation_kind")
    )
    ingredient_id: Mapped[int] = mapped_column(ForeignKey("ingredients.id"), index=True)
    # NULL for a removal: the dose is the recipe's, so the two can never disagree.
    quantity: Mapped[int | None] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(80))
    price_cents: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    position: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    active: Mapped[bool] = mapped_column(Boolean, server_default=true())

    __table_args__ = (
        UniqueConstraint("product_id", "kind", "ingredient_id"),
        CheckConstraint(
            "(kind = 'remove' AND quantity IS NULL AND price_cents = 0)"
            " OR (kind = 'extra' AND quantity > 0 AND price_cents >= 0)",
            name="dose_and_price",
        ),
    )


# --------------------------------------------------------------------------- stock


class StockBalance(Base):
    __tablename__ = "stock_balances"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    ingredient_id: Mapped[int] = mapped_column(ForeignKey("ingredients.id"), primary_key=True)
    quantity: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    threshold: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    updated_at: Mapped[datetime] = created_at_column()

    __table_args__ = (
        # The last line of defence against overselling: no code path can go below zero.
        CheckConstraint("quantity >= 0", name="quantity_not_negative"),
        CheckConstraint("threshold >= 0", name="threshold_not_negative"),
    )


class InventoryCount(Base):
    __tablename__ = "inventory_counts"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    counted_at: Mapped[datetime] = created_at_column()
    counted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (Index(None, "store_id", "counted_at"),)


class InventoryCountLine(Base):
    __tablename__ = "inventory_count_lines"

    count_id: Mapped[int] = mapped_column(ForeignKey("inventory_counts.id"), primary_key=True)
    ingredient_id: Mapped[int] = mapped_column(ForeignKey("ingredients.id"), primary_key=True)
    expected: Mapped[int] = mapped_column(Integer)
    counted: Mapped[int] = mapped_column(Integer)

    __table_args__ = (CheckConstraint("counted >= 0", name="counted_not_negative"),)


class StockMovement(Base):
    """The append-only stock ledger: a balance always equals the sum of its rows."""

    __tablename__ = "stock_movements"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    store_id: Mapped[int] = mapped_column(Integer)
    ingredient_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[StockMovementKind] = mapped_column(str_enum(StockMovementKind, "movement_kind"))
    delta: Mapped[int] = mapped_column(Integer)
    order_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    count_id: Mapped[int | None] = mapped_column(ForeignKey("inventory_counts.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reference: Mapped[str | None] = mapped_column(String(64))  # supplier delivery note
    reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = created_at_column()

    __table_args__ = (
        ForeignKeyConstraint(
            ["store_id", "ingredient_id"],
            ["stock_balances.store_id", "stock_balances.ingredient_id"],
            name="fk_stock_movements_balance",
        ),
        CheckConstraint("delta <> 0", name="delta_not_zero"),
        Index(None, "store_id", "ingredient_id", "created_at"),
        Index(None, "store_id", "created_at"),
    )


# --------------------------------------------------------------------------- orders


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    channel: Mapped[Channel] = mapped_column(str_enum(Channel, "order_channel"))
    mode: Mapped[OrderMode] = mapped_column(str_enum(OrderMode, "order_mode"))
    status: Mapped[OrderStatus] = mapped_column(str_enum(OrderStatus, "order_status"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    address_id: Mapped[int | None] = mapped_column(ForeignKey("customer_addresses.id"))
    promised_at: Mapped[datetime]
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = created_at_column()
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # NULL: web/app
    # Bumped by every change, so a stale screen cannot overwrite a newer order.
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    # Generated by the client before the first submit: a retried submit finds its order.
    client_key: Mapped[str] = mapped_column(String(36), unique=True)
    # SHA-256 of the counter submission that placed it: a resend under the same key with
    # another content is refused instead of silently returning this order.
    request_hash: Mapped[str | None] = mapped_column(String(64))
    total_cents: Mapped[int] = mapped_column(Integer)  # what the customer pays, discounts off
    discount_cents: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    # Tenders announced at order time: [{"tender": "meal_voucher", "amount_cents": 1500}, ...]
    planned_tenders: Mapped[list[Any] | None]
    notes: Mapped[str | None] = mapped_column(String(300))
    cancel_reason: Mapped[str | None] = mapped_column(String(200))
    # The store's orders revision at this order's last change, set by a trigger (ChangeMark).
    revision: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))

    lines: Mapped[list[OrderLine]] = relationship(order_by="OrderLine.position")

    __table_args__ = (
        CheckConstraint("mode = 'takeaway' OR address_id IS NOT NULL", name="delivery_address"),
        CheckConstraint("total_cents >= 0", name="total_not_negative"),
        CheckConstraint("discount_cents >= 0", name="discount_not_negative"),
        CheckConstraint("version >= 1", name="version_positive"),
        # A store's open orders by status and age (kitchen queue, delivery board).
        Index(None, "store_id", "status", "created_at"),
        # A store's order book by date; the chain's order book by date.
        Index(None, "store_id", "created_at"),
        Index(None, "created_at"),
        Index(None, "customer_id", "created_at"),
        # A customer's orders in one store (the order book's searches; migration 0006).
        Index(None, "customer_id", "store_id", "created_at"),
        Index(None, "store_id", "revision"),  # what changed since revision N (live screens)
    )


class OrderLine(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"))
    position: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    # Snapshots: a later change of the catalogue never alters a past order.
    product_name: Mapped[str] = mapped_column(String(80))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_cents: Mapped[int] = mapped_column(Integer)
    extras_cents: Mapped[int] = mapped_column(Integer, server_default=text("0"))  # per unit
    vat_rate_bp: Mapped[int] = mapped_column(Integer)
    line_total_cents: Mapped[int] = mapped_column(Integer)  # before discounts
    # This line's share of every discount (its own and the order's), VAT included.
    discount_cents: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    # [{"option_id": 3, "kind": "extra", "ingredient_id": 7, "label": "...",
    #   "quantity": 60, "price_cents": 150}, ...]
    customisations: Mapped[list[Any] | None]
    # The size it was made in (NULL only for lines written before 0010 without a product
    # size, which the migration filled), and that size's label of the day.
    size_id: Mapped[int | None] = mapped_column(ForeignKey("product_sizes.id"), index=True)
    size_label: Mapped[str] = mapped_column(String(20), server_default="")
    # What the line is made of when it is more than one product: the halves of a
    # half-and-half [{"product_id", "size_id", "name", "share_pct": 50}, ...] (later a
    # formula's choices). Written with the line, in the same statement.
    components: Mapped[list[Any] | None]
    # A formula is stored as one line per choice, at its share of the formula's price and at
    # its own VAT rate (domain/formulas.py): the lines of one formula share `formula_id`,
    # its name of the day, and `formula_group` (the position of its first line).
    formula_id: Mapped[int | None] = mapped_column(ForeignKey("formulas.id"), index=True)
    formula_name: Mapped[str | None] = mapped_column(String(60))
    formula_group: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("order_id", "position"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint(
            "line_total_cents = quantity * (unit_price_cents + extras_cents)", name="line_total"
        ),
        CheckConstraint(
            "discount_cents >= 0 AND discount_cents <= line_total_cents", name="line_discount"
        ),
    )


class OrderDiscount(Base):
    """A discount as it was given: on one line (by position) or on the whole order, an
    amount or a percentage, why and by whom. What it took off each line is in
    order_lines.discount_cents."""

    __tablename__ = "order_discounts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    line_position: Mapped[int | None] = mapped_column(Integer)  # None: the whole order
    kind: Mapped[DiscountKind] = mapped_column(str_enum(DiscountKind, "discount_kind"))
    value: Mapped[int] = mapped_column(Integer)  # cents, or basis points for a percentage
    amount_cents: Mapped[int] = mapped_column(Integer)  # what it took off
    reason: Mapped[DiscountReason] = mapped_column(str_enum(DiscountReason, "discount_reason"))
    granted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = created_at_column()

    __table_args__ = (
        CheckConstraint("value > 0", name="value_positive"),
        CheckConstraint("amount_cents >= 0", name="amount_not_negative"),
    )


class OrderStatusChange(Base):
    """Every transition after placing, with who and when (placing itself: orders.created_*)."""

    __tablename__ = "order_status_history"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"))
    from_status: Mapped[OrderStatus] = mapped_column(str_enum(OrderStatus, "history_from"))
    to_status: Mapped[OrderStatus] = mapped_column(str_enum(OrderStatus, "history_to"))
    changed_at: Mapped[datetime] = created_at_column()
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (Index(None, "order_id", "changed_at"),)


class KitchenChange(Base):
    """An order changed after the oven started (a manager, with a reason): what changed for
    the kitchen (`domain/kitchen_changes.py` items), shown on the kitchen's card until a
    pizzaiolo acknowledges it. Only the acknowledgement is ever updated (migration 0011)."""

    __tablename__ = "kitchen_changes"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    order_version: Mapped[int] = mapped_column(Integer)  # the order's version after it
    changed_at: Mapped[datetime] = created_at_column()
    changed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(200))
    items: Mapped[list[Any]]
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    tender: Mapped[Tender] = mapped_column(str_enum(Tender, "payment_tender"))
    amount_cents: Mapped[int] = mapped_column(Integer)  # applied to the order
    tendered_cents: Mapped[int | None] = mapped_column(Integer)  # cash handed over
    bank_reference: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[datetime] = created_at_column()
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Made by the till before the first attempt: a payment resent after a lost reply is
    # found, not recorded twice. NULL for payments written by the website or the app.
    client_key: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (
        Index(None, "order_id", "client_key", unique=True),
        Index(None, "received_at"),  # a day's takings (migration 0006)
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        CheckConstraint(
            "tendered_cents IS NULL OR tendered_cents >= amount_cents", name="tendered_covers"
        ),
        CheckConstraint(
            "tender <> 'online' OR bank_reference IS NOT NULL", name="online_reference"
        ),
    )


class Refund(Base):
    """Money given back, printed as a credit note (avoir) with the store's next number. A
    correction is a new refund, never an edit."""

    __tablename__ = "refunds"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    client_key: Mapped[str] = mapped_column(String(36))
    credit_note_number: Mapped[int] = mapped_column(Integer)
    tender: Mapped[Tender] = mapped_column(str_enum(Tender, "refund_tender"))
    amount_cents: Mapped[int] = mapped_column(Integer)
    bank_reference: Mapped[str | None] = mapped_column(String(64))  # card and online
    reason: Mapped[str] = mapped_column(String(200))
    # The refunded amount per VAT rate, as printed on the credit note:
    # [{"rate_bp": 1000, "total_cents": 1100, "base_cents": 1000, "vat_cents": 100}, ...]
    vat: Mapped[list[Any]]
    created_at: Mapped[datetime] = created_at_column()
    refunded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # a manager

    __table_args__ = (
        UniqueConstraint("order_id", "client_key"),
        UniqueConstraint("store_id", "credit_note_number"),
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        CheckConstraint(
            "tender NOT IN ('card', 'online') OR bank_reference IS NOT NULL",
            name="bank_reference",
        ),
        Index(None, "store_id", "created_at"),
    )


class Submission(Base):
    """A change of an existing order sent from a till (modification, cancellation), by its
    client key: resent after a lost reply, it is found and its outcome shown again, instead
    of being refused as "changed on another PC". Placing uses orders.client_key."""

    __tablename__ = "submissions"

    client_key: Mapped[str] = mapped_column(String(36), primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "modify" or "cancel"
    request_hash: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)  # the order's version it produced
    created_at: Mapped[datetime] = created_at_column()
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class DocumentSequence(Base):
    """A store's gapless numbering of one kind of document (credit notes; tickets): taken
    with one conditional UPDATE that holds the row until commit."""

    __tablename__ = "document_sequences"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, server_default=text("0"))


# --------------------------------------------------------------------------- sales journal


class JournalEntry(Base):
    """The sales journal (article 286 I-3° bis CGI): every event that affects takings, per
    store, chained. `sequence` is gapless per store; `hash` is SHA-256 over the previous
    entry's hash and this entry's fields (services/journal.py `chained_text`); on MariaDB a
    BEFORE INSERT trigger sets sequence, previous_hash, ticket_number and hash from
    `journal_heads`, on SQLite the same computation runs in Python. Insert-only: triggers
    refuse UPDATE and DELETE. `content` is canonical JSON without personal data."""

    __tablename__ = "sales_journal"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    sequence: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))
    business_date: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = created_at_column()
    order_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("orders.id"))
    ticket_number: Mapped[int | None] = mapped_column(Integer)  # a sale's receipt number
    reference: Mapped[str | None] = mapped_column(String(40))  # payment key, credit note…
    tender: Mapped[str | None] = mapped_column(String(12))
    amount_cents: Mapped[int] = mapped_column(BigInteger)  # signed effect on sales or takings
    content: Mapped[str] = mapped_column(Text)
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        UniqueConstraint("store_id", "sequence"),
        UniqueConstraint("store_id", "ticket_number"),
        Index(None, "store_id", "business_date"),
        Index(None, "order_id"),
    )


class JournalHead(Base):
    """Where each store's journal stands: the last entry's sequence and hash, the last
    ticket number, the last closed business day (later entries go to the next day)."""

    __tablename__ = "journal_heads"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    last_sequence: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    last_hash: Mapped[str] = mapped_column(String(64))
    last_ticket: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    closed_through: Mapped[date | None] = mapped_column(Date)


class Closure(Base):
    """A till closure: a business day (Z) of a store, or a month or a year cumulating its
    days. Itself a chained journal entry (`journal_entry_id`), signed with Ed25519 when the
    closing PC holds the key. Insert-only."""

    __tablename__ = "closures"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    kind: Mapped[str] = mapped_column(String(8))  # day, month, year
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    closed_at: Mapped[datetime] = created_at_column()
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    totals: Mapped[dict[str, Any]]  # canonical figures, as in the journal entry
    counted: Mapped[dict[str, Any] | None]  # the drawer by denomination (days only)
    expected_cash_cents: Mapped[int | None] = mapped_column(Integer)
    counted_cash_cents: Mapped[int | None] = mapped_column(Integer)
    grand_total_cents: Mapped[int] = mapped_column(BigInteger)  # perpetual, never reset
    journal_entry_id: Mapped[int] = mapped_column(BigId, ForeignKey("sales_journal.id"))
    signature: Mapped[str | None] = mapped_column(String(128))  # Ed25519, base64
    key_id: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = (
        UniqueConstraint("store_id", "kind", "period_start"),
        CheckConstraint("kind IN ('day', 'month', 'year')", name="kind"),
    )


class JournalKey(Base):
    """Public keys of the closures' Ed25519 signatures (the private key stays in the OS
    keyring of the PC that signs)."""

    __tablename__ = "journal_keys"

    key_id: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the key
    public_key: Mapped[str] = mapped_column(String(100))  # raw 32 bytes, base64
    created_at: Mapped[datetime] = created_at_column()
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


# --------------------------------------------------------------------------- report summaries


class DaySummary(Base):
    """One store's figures for one Paris calendar day (services/summaries.py), and the marks
    of what they include: the store's orders revision and the last payment, refund and stock
    movement ids seen. A later change of that day (an order modified or cancelled, a payment
    recorded for it) carries a higher mark, so readers know the day must be read again."""

    __tablename__ = "day_summaries"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    orders: Mapped[int] = mapped_column(Integer, server_default=text("0"))  # all placed
    cancelled: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    sold: Mapped[int] = mapped_column(Integer, server_default=text("0"))  # not cancelled
    ttc_cents: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    ht_cents: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    discount_cents: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    completed: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    late: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    orders_revision: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    payment_id: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    refund_id: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    movement_id: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    refreshed_at: Mapped[datetime] = created_at_column()


class DayChannelSales(Base):
    __tablename__ = "day_channel_sales"

    store_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    orders: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    ttc_cents: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    ht_cents: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))


class DayProductSales(Base):
    """TTC per product, size and VAT rate (HT is rounded over the report's whole period)."""

    __tablename__ = "day_product_sales"

    store_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    product_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    size_label: Mapped[str] = mapped_column(String(20), primary_key=True, server_default="")
    vat_rate_bp: Mapped[int] = mapped_column(Integer, primary_key=True)
    quantity: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    ttc_cents: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))


class DayTakings(Base):
    """Payments and refunds by tender, by the Paris day the money moved."""

    __tablename__ = "day_takings"

    store_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    tender: Mapped[str] = mapped_column(String(16), primary_key=True)
    payments_cents: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    refunds_cents: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))


class DayTimings(Base):
    """Histograms of the day's orders' preparation, delivery and lateness: `orders` timed
    between bucket × 30 s and bucket × 30 s + 29 s."""

    __tablename__ = "day_timings"

    store_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), primary_key=True)
    bucket: Mapped[int] = mapped_column(Integer, primary_key=True)
    orders: Mapped[int] = mapped_column(Integer, server_default=text("0"))


class DayStock(Base):
    """The day's ledger deltas per ingredient, by kind (signed, as in stock_movements)."""

    __tablename__ = "day_stock"

    store_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    ingredient_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ordered: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    given_back: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    wasted: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    adjusted: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))


class SummaryMarks(Base):
    """Per store, up to where changes have been looked at: orders up to this revision,
    payments, refunds and stock movements up to these ids."""

    __tablename__ = "summary_marks"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    orders_revision: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    payment_id: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    refund_id: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    movement_id: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


# --------------------------------------------------------------------------- deliveries


class Trip(Base):
    """One driver's run: several deliveries, waypoints in the optimised order."""

    __tablename__ = "trips"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    driver_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = created_at_column()
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    distance_m: Mapped[int | None] = mapped_column(Integer)
    duration_s: Mapped[int | None] = mapped_column(Integer)
    polyline: Mapped[str | None] = mapped_column(Text)
    estimated: Mapped[bool] = mapped_column(Boolean, server_default=false())  # offline estimate
    # Bumped by every change before departure: a stale board cannot overwrite a newer plan.
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    # The planned route's legs, [[distance_m, duration_s, [[instruction, m, s], ...]], ...],
    # and why it is an estimate (a maps notice code): the itinerary without calling Google.
    legs: Mapped[list[Any] | None]
    notice: Mapped[str | None] = mapped_column(String(80))

    __table_args__ = (
        Index(None, "store_id", "created_at"),
        Index(None, "driver_id"),
        Index(None, "store_id", "finished_at"),  # the trips still out (delivery board)
    )


class DriverShift(Base):
    """A driver on shift at a store: the change fund they leave with, and at the end the cash
    expected (fund + cash collected at the door) against what they handed in."""

    __tablename__ = "driver_shifts"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    float_cents: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    expected_cash_cents: Mapped[int | None] = mapped_column(Integer)
    handed_in_cents: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(300))
    # The driver's id while the shift is open, NULL once ended: unique, so one open shift
    # per driver (a partial unique index that SQLite and MySQL both understand).
    open_user_id: Mapped[int | None] = mapped_column(Integer, unique=True)

    __table_args__ = (
        CheckConstraint("float_cents >= 0", name="float_positive"),
        CheckConstraint(
            "handed_in_cents IS NULL OR handed_in_cents >= 0", name="handed_in_positive"
        ),
        CheckConstraint("(ended_at IS NULL) = (open_user_id IS NOT NULL)", name="open_until_ended"),
        Index(None, "store_id", "started_at"),
        Index(None, "user_id", "started_at"),
    )


class Delivery(Base):
    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(BigId, ForeignKey("orders.id"), unique=True)
    trip_id: Mapped[int | None] = mapped_column(ForeignKey("trips.id"), index=True)
    sequence: Mapped[int | None] = mapped_column(Integer)  # stop number within the trip
    driver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    distance_m: Mapped[int | None] = mapped_column(Integer)
    duration_s: Mapped[int | None] = mapped_column(Integer)
    polyline: Mapped[str | None] = mapped_column(Text)
    estimated: Mapped[bool] = mapped_column(Boolean, server_default=false())
    eta: Mapped[datetime | None]
    departed_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = created_at_column()


class GeocodeCacheEntry(Base):
    """Geocoding results keyed by a hash of the normalised address (no address in clear).

    Google's terms: place ids may be kept; coordinates are refreshed after 30 days.
    """

    __tablename__ = "geocode_cache"

    id: Mapped[int] = mapped_column(primary_key=True)
    query_hash: Mapped[str] = mapped_column(String(64), unique=True)
    place_id: Mapped[str | None] = mapped_column(String(255))
    latitude: Mapped[float | None] = mapped_column(Double)
    longitude: Mapped[float | None] = mapped_column(Double)
    provider: Mapped[str] = mapped_column(String(20))
    fetched_at: Mapped[datetime] = created_at_column()


# --------------------------------------------------------------------------- messages, audit


class OutboxMessage(Base):
    """A customer notice waiting for the background sender; a failed send never blocks."""

    __tablename__ = "outbox_messages"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("orders.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    recipient: Mapped[str | None] = mapped_column(String(200))  # cleared by a GDPR erasure
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[MessageStatus] = mapped_column(str_enum(MessageStatus, "message_status"))
    attempts: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    next_attempt_at: Mapped[datetime] = created_at_column()
    last_error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = created_at_column()
    sent_at: Mapped[datetime | None]

    __table_args__ = (Index(None, "status", "next_attempt_at"),)


class AuditEntry(Base):
    """Who changed what, with before/after values; insert-only. Personal data is redacted."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = created_at_column()
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]

    __table_args__ = (Index(None, "entity", "entity_id"), Index(None, "at"))


class ChangeMark(Base):
    """A revision counter per store and topic ("orders", "stock", "menu"), bumped by
    database triggers on every write, whoever writes (this app, the website, the app): open
    screens read these few rows once a second and reload only what changed."""

    __tablename__ = "change_marks"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    topic: Mapped[str] = mapped_column(String(16), primary_key=True)
    revision: Mapped[int] = mapped_column(BigInteger, server_default=text("0"))


class AppSetting(Base):
    """Chain-wide switches, such as maintenance mode: {"on": true, "message": "..."}."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime] = created_at_column()
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


INSERT_ONLY_TABLES = ("stock_movements", "audit_log")
# Refused UPDATE and DELETE by triggers too (migration 0005): the takings' records.
INALTERABLE_TABLES = ("sales_journal", "payments", "refunds", "closures")

# Every table InnoDB and utf8mb4 on MySQL/MariaDB, whatever the server's defaults are (older
# servers default to latin1, which cannot hold "Crème brûlée 🍰").
for _table in Base.metadata.tables.values():
    _table.dialect_kwargs.update(
        mysql_engine="InnoDB", mysql_charset="utf8mb4", mysql_collate="utf8mb4_unicode_ci"
    )
