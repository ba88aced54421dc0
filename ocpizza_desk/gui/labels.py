"""Translated names for the domain's vocabularies, and number formatting for screens.

Calls are spelled `translate("Labels", "...")` so that pyside6-lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ocpizza_desk.domain.enums import Channel, OrderMode, OrderStatus, Role, Tender, Unit

translate = QCoreApplication.translate


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


def quantity_text(quantity: int, unit: Unit) -> str:
    number = QLocale().toString(quantity)
    suffix = translate("Labels", "pcs") if unit is Unit.PIECE else unit.value
    return f"{number}\u00a0{suffix}"
