"""Translated names for the domain's vocabularies, and number formatting for screens.

Calls are spelled `translate("Labels", "...")` so that pyside6-lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ocpizza_desk.domain.enums import (
    Channel,
    DiscountReason,
    OrderMode,
    OrderStatus,
    Role,
    Tender,
    Unit,
)

translate = QCoreApplication.translate


def door_and_floor(door_code: str | None, floor: str | None) -> str:
    """ "Digicode 4821B · 3e étage": a floor typed with its word ("1e étage", "RDC") is not
    prefixed again (the driver read "Étage 1e étage")."""
    parts = []
    if door_code:
        parts.append(translate("Labels", "Door code {code}").format(code=door_code))
    if floor:
        spelled = any(word in floor.casefold() for word in ("étage", "etage", "floor", "rdc"))
        parts.append(floor if spelled else translate("Labels", "Floor {floor}").format(floor=floor))
    return " · ".join(parts)


def plural(count: int, one: str, many: str, **values) -> str:
    """`one` or `many` (both already translated, with {count}): "1 commandes" read badly.
    French takes the singular for 0 and 1, English for 1 only."""
    from ocpizza_desk.gui import i18n

    singular = count in (0, 1) if i18n.language() == "fr" else count == 1
    return (one if singular else many).format(count=count, **values)


def role_label(role: Role) -> str:
    return {
        Role.COUNTER: translate("Labels", "Counter"),
        Role.PIZZAIOLO: translate("Labels", "Pizzaiolo"),
        Role.DRIVER: translate("Labels", "Driver"),
        Role.MANAGER: translate("Labels", "Manager"),
        Role.HEAD_OFFICE: translate("Labels", "Head office"),
        Role.ADMIN: translate("Labels", "Administrator"),
    }[role]


def status_label(status: OrderStatus) -> str:
    return {
        OrderStatus.RECEIVED: translate("Labels", "Received"),
        OrderStatus.IN_PREPARATION: translate("Labels", "In preparation"),
        OrderStatus.READY: translate("Labels", "Ready"),
        OrderStatus.OUT_FOR_DELIVERY: translate("Labels", "Out for delivery"),
        OrderStatus.DELIVERED: translate("Labels", "Delivered"),
        OrderStatus.COLLECTED: translate("Labels", "Collected"),
        OrderStatus.CANCELLED: translate("Labels", "Cancelled"),
    }[status]


def channel_label(channel: Channel) -> str:
    return {
        Channel.PHONE: translate("Labels", "Phone"),
        Channel.COUNTER: translate("Labels", "Counter sale"),
        Channel.WEBSITE: translate("Labels", "Website"),
        Channel.APP: translate("Labels", "App"),
    }[channel]


def mode_label(mode: OrderMode) -> str:
    return {
        OrderMode.DELIVERY: translate("Labels", "Delivery"),
        OrderMode.TAKEAWAY: translate("Labels", "Take-away"),
    }[mode]


def tender_label(tender: Tender) -> str:
    return {
        Tender.CASH: translate("Labels", "Cash"),
        Tender.CARD: translate("Labels", "Card"),
        Tender.MEAL_VOUCHER: translate("Labels", "Meal vouchers"),
        Tender.ONLINE: translate("Labels", "Online"),
    }[tender]


def discount_reason_label(reason: DiscountReason) -> str:
    return {
        DiscountReason.LOYALTY: translate("Labels", "Loyal customer"),
        DiscountReason.GOODWILL: translate("Labels", "Goodwill gesture"),
        DiscountReason.LATE: translate("Labels", "Late order"),
        DiscountReason.PRODUCT_ISSUE: translate("Labels", "Product not right"),
        DiscountReason.STAFF_MEAL: translate("Labels", "Staff meal"),
        DiscountReason.PROMOTION: translate("Labels", "Promotion"),
    }[reason]


def quantity_text(quantity: int, unit: Unit) -> str:
    number = QLocale().toString(quantity)
    suffix = translate("Labels", "pcs") if unit is Unit.PIECE else unit.value
    return f"{number}\u00a0{suffix}"
