"""The closed vocabularies of the business, stored as short strings in the database."""

from enum import StrEnum


class Role(StrEnum):
    COUNTER = "counter"  # Accueil
    PIZZAIOLO = "pizzaiolo"
    DRIVER = "driver"  # Livreur
    MANAGER = "manager"  # Responsable
    HEAD_OFFICE = "head_office"  # Direction
    ADMIN = "admin"

    @property
    def is_store_bound(self) -> bool:
        """Store staff see one store; head office and administrators see the whole chain."""
        return self not in (Role.HEAD_OFFICE, Role.ADMIN)


class Channel(StrEnum):
    PHONE = "phone"
    COUNTER = "counter"
    WEBSITE = "website"
    APP = "app"


class OrderMode(StrEnum):
    DELIVERY = "delivery"
    TAKEAWAY = "takeaway"


class OrderStatus(StrEnum):
    RECEIVED = "received"
    IN_PREPARATION = "in_preparation"
    READY = "ready"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    COLLECTED = "collected"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self not in (OrderStatus.DELIVERED, OrderStatus.COLLECTED, OrderStatus.CANCELLED)


OPEN_STATUSES: tuple[OrderStatus, ...] = tuple(s for s in OrderStatus if s.is_open)


class Tender(StrEnum):
    CASH = "cash"
    CARD = "card"
    MEAL_VOUCHER = "meal_voucher"  # titres-restaurant
    ONLINE = "online"  # the partner bank's payment page; carries the bank reference


class Unit(StrEnum):
    GRAM = "g"
    MILLILITRE = "ml"
    PIECE = "piece"


class StockMovementKind(StrEnum):
    RECEIPT = "receipt"
    ORDER = "order"  # reservation when an order is placed (negative)
    CANCELLATION = "cancellation"  # reservation given back (positive)
    WASTE = "waste"
    ADJUSTMENT = "adjustment"  # inventory count difference


class CustomisationKind(StrEnum):
    REMOVE = "remove"  # "sans X": takes the recipe's dose of X off, price unchanged
    EXTRA = "extra"  # "supplément Y": adds a dose of Y at a price


class MessageStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # gave up after the retry budget


class DiscountKind(StrEnum):
    AMOUNT = "amount"  # cents off, VAT included
    PERCENT = "percent"  # basis points of what it applies to (1000 = 10 %)


class DiscountReason(StrEnum):
    """Why a discount was given: a closed list, so that reports can count them."""

    LOYALTY = "loyalty"  # client fidèle
    GOODWILL = "goodwill"  # geste commercial
    LATE = "late"  # retard
    PRODUCT_ISSUE = "product_issue"  # produit non conforme
    STAFF_MEAL = "staff_meal"  # repas du personnel
    PROMOTION = "promotion"


class LocationSource(StrEnum):
    """Where an address's coordinates come from: a pin placed by hand wins over the rest."""

    GOOGLE = "google"
    GEOPLATEFORME = "geoplateforme"
    APPROXIMATE = "approximate"  # a postcode's centre, offline
    MANUAL = "manual"
