"""Who may do what: the role x use-case matrix, enforced by every service call."""

from dataclasses import dataclass
from enum import StrEnum

from ocpizza_desk.domain.enums import Role


class Permission(StrEnum):
    VIEW_DASHBOARD = "view_dashboard"
    TAKE_ORDERS = "take_orders"
    VIEW_ORDERS = "view_orders"
    MODIFY_ORDERS = "modify_orders"
    MODIFY_STARTED_ORDERS = "modify_started_orders"  # in preparation, with a reason (issue 20)
    CANCEL_RECEIVED_ORDERS = "cancel_received_orders"
    CANCEL_STARTED_ORDERS = "cancel_started_orders"  # with a reason; stock written off
    RECORD_PAYMENTS = "record_payments"
    GIVE_DISCOUNTS = "give_discounts"  # up to the role's limit (TillRules)
    APPROVE_REFUNDS = "approve_refunds"  # a refund above TillRules.refund_approval_above
    MANAGE_CUSTOMERS = "manage_customers"
    ERASE_CUSTOMERS = "erase_customers"  # GDPR
    WORK_KITCHEN = "work_kitchen"
    VIEW_RECIPES = "view_recipes"
    DELIVER = "deliver"
    DISPATCH = "dispatch"
    VIEW_STOCK = "view_stock"
    MANAGE_STOCK = "manage_stock"
    TOGGLE_MENU_ITEMS = "toggle_menu_items"
    MANAGE_STORE_STAFF = "manage_store_staff"
    CASH_CLOSE = "cash_close"
    VIEW_REPORTS = "view_reports"
    MANAGE_CATALOGUE = "manage_catalogue"
    MANAGE_STORES = "manage_stores"
    MANAGE_USERS = "manage_users"
    ADMINISTER = "administer"  # schema, maintenance, backups, monitoring
    READ_ALL_STORES = "read_all_stores"


P = Permission

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.COUNTER: frozenset(
        {
            P.VIEW_DASHBOARD,
            P.TAKE_ORDERS,
            P.VIEW_ORDERS,
            P.MODIFY_ORDERS,
            P.CANCEL_RECEIVED_ORDERS,
            P.RECORD_PAYMENTS,
            P.GIVE_DISCOUNTS,
            P.MANAGE_CUSTOMERS,
            P.VIEW_RECIPES,
        }
    ),
    Role.PIZZAIOLO: frozenset({P.VIEW_DASHBOARD, P.WORK_KITCHEN, P.VIEW_RECIPES}),
    Role.DRIVER: frozenset({P.VIEW_DASHBOARD, P.DELIVER, P.RECORD_PAYMENTS}),
    Role.MANAGER: frozenset(
        {
            P.VIEW_DASHBOARD,
            P.TAKE_ORDERS,
            P.VIEW_ORDERS,
            P.MODIFY_ORDERS,
            P.MODIFY_STARTED_ORDERS,
            P.CANCEL_RECEIVED_ORDERS,
            P.CANCEL_STARTED_ORDERS,
            P.RECORD_PAYMENTS,
            P.GIVE_DISCOUNTS,
            P.APPROVE_REFUNDS,
            P.MANAGE_CUSTOMERS,
            P.ERASE_CUSTOMERS,
            P.WORK_KITCHEN,
            P.VIEW_RECIPES,
            P.DISPATCH,
            P.VIEW_STOCK,
            P.MANAGE_STOCK,
            P.TOGGLE_MENU_ITEMS,
            P.MANAGE_STORE_STAFF,
            P.CASH_CLOSE,
            P.VIEW_REPORTS,
        }
    ),
    Role.HEAD_OFFICE: frozenset(
        {
            P.VIEW_DASHBOARD,
            P.VIEW_ORDERS,
            P.ERASE_CUSTOMERS,
            P.VIEW_RECIPES,
            P.VIEW_STOCK,
            P.VIEW_REPORTS,
            P.MANAGE_CATALOGUE,
            P.MANAGE_STORES,
            P.MANAGE_USERS,
            P.READ_ALL_STORES,
        }
    ),
    Role.ADMIN: frozenset({P.VIEW_DASHBOARD, P.MANAGE_USERS, P.ADMINISTER, P.READ_ALL_STORES}),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


@dataclass(frozen=True)
class TillRules:
    """How much each role may give away: discounts as a share of the order's gross (basis
    points), and the refund above which a manager must approve. The counter's limit is fixed
    here; the manager's and the approval threshold are the chain's settings (head office
    sets them: services/settings.py, stored in app_settings)."""

    counter_discount_limit_bp: int = 1000  # 10 %
    manager_discount_limit_bp: int = 5000  # 50 %, configurable
    refund_approval_above_cents: int = 2000  # configurable

    def discount_limit_bp(self, role: Role) -> int:
        if not allows(role, Permission.GIVE_DISCOUNTS):
            return 0
        if role is Role.MANAGER:
            return self.manager_discount_limit_bp
        return self.counter_discount_limit_bp


DEFAULT_TILL_RULES = TillRules()
