"""Who may do what, enforced by MySQL/MariaDB itself: roles, grants, procedures, store scope.

Each staff member signs in with a database account of their own (`<account prefix><username>`
@ '%'), holding one database role per application role (`<role prefix><role>`). The grants of
each role are derived from the permission matrix of `domain/permissions.py` (`GRANTS`: what
each permission needs, table by table; a role gets the union over its permissions), so the
database refuses what the role may not do, whatever client is used:

- credentials live in the server's accounts: no role reads `users.password_hash` (column
  grants) and no role writes `users` at all;
- the takings' records (journal, payments, refunds, closures), the stock ledger, the audit
  log and the status history are INSERT-only by grant (and the triggers of migrations 0005
  and 0007 stay as a second wall); no role updates a stock quantity (the ledger's trigger does);
- order columns no use case updates (store, channel, creation, key, fingerprint) cannot be
  updated; a change of an order's total must match the order's latest journal entry
  (`trg_orders_total_journalled`); the kitchen updates only a late change's acknowledgement,
  once, as itself (`trg_kitchen_changes_acknowledged`);
- every write to a store's rows is checked by a trigger calling `<prefix>store_allowed()`
  (definer rights): store staff write only their own store's rows, head office and
  administrators the whole chain;
- accounts are created, changed, locked and unblocked through definer-rights procedures that
  check the caller's own role and store (`<prefix>staff_*`).

Everything here is written by `ocpizza-desk db bootstrap` / `db upgrade` as the database's
owner (the procedures' and triggers' definer), and compared with the live server by
`db grants check`. SQLite (one PC, one file) has no accounts: none of this applies there.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.permissions import ROLE_PERMISSIONS, Permission

P = Permission
SETTINGS_KEY = "accounts"  # app_settings row: {"role_prefix": ..., "account_prefix": ...}
DEFAULT_ROLE_PREFIX = "ocpizza_"
METRICS, WEBSITE = "metrics", "website"  # roles of the other faces of the system


@dataclass(frozen=True)
class Naming:
    """How this database's roles and staff accounts are named on the server (roles and
    accounts are server-wide: two databases on one server need different prefixes)."""

    database: str
    role_prefix: str = DEFAULT_ROLE_PREFIX
    account_prefix: str = ""

    def role(self, role: Role | str) -> str:
        return f"{self.role_prefix}{role.value if isinstance(role, Role) else role}"

    def account(self, username: str) -> str:
        return f"{self.account_prefix}{username}"

    def routine(self, name: str) -> str:
        return f"{self.role_prefix}{name}"


_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,80}$")


def quote_name(name: str) -> str:
    """An account, role or database name, checked then quoted (names are never typed by
    end users into SQL: usernames are checked by the staff service first)."""
    if not _NAME.match(name):
        raise ValueError(f"not a safe database name: {name!r}")
    return f"`{name}`"


def account_literal(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"not a safe account name: {name!r}")
    return f"'{name}'@'%'"


# --------------------------------------------------------------------------- the matrix

SEL, INS, UPD, DEL = "SELECT", "INSERT", "UPDATE", "DELETE"


@dataclass(frozen=True)
class Grant:
    table: str
    privilege: str
    columns: tuple[str, ...] = ()  # a column grant (UPDATE or SELECT of these only)


def _g(table: str, *privileges: str, columns: Iterable[str] = ()) -> list[Grant]:
    return [Grant(table, p, tuple(columns)) for p in privileges]


USER_COLUMNS = (
    "id",
    "username",
    "full_name",
    "role",
    "store_id",
    "active",
    "created_at",
    "last_login_at",
    "password_changed_at",
    "locked_until",
    "failed_attempts",
)
REFERENCE = (  # what every signed-in role reads
    "stores",
    "store_closures",
    "categories",
    "ingredients",
    "ingredient_allergens",
    "products",
    "product_sizes",
    "formulas",
    "formula_slots",
    "formula_slot_products",
    "product_photos",
    "store_products",
    "recipe_lines",
    "memo_steps",
    "customisation_options",
    "change_marks",
    "app_settings",
    "stock_balances",
    "journal_keys",
)
ORDERS_READ = (
    "orders",
    "order_lines",
    "order_status_history",
    "order_discounts",
    "kitchen_changes",
    "payments",
    "refunds",
    "submissions",
    "deliveries",
    "trips",
    "driver_shifts",
    "sales_journal",
    "journal_heads",
    "closures",
    "outbox_messages",
)
CUSTOMERS_READ = ("customers", "customer_addresses", "geocode_cache")
SUMMARIES = (
    "day_summaries",
    "day_channel_sales",
    "day_product_sales",
    "day_takings",
    "day_timings",
    "day_stock",
    "summary_marks",
)
ORDER_STATUS = ("status", "version", "updated_at")
KITCHEN_ACKNOWLEDGEMENT = ("acknowledged_at", "acknowledged_by_id")  # all the kitchen may set
OUTBOX_SENDING = ("status", "attempts", "sent_at", "last_error", "next_attempt_at")
ORDER_CONTENT = (
    "mode",
    "customer_id",
    "address_id",
    "promised_at",
    "total_cents",
    "discount_cents",
    "planned_tenders",
    "notes",
    "version",
    "updated_at",
)

_COMMON: list[Grant] = [
    *(g for t in REFERENCE for g in _g(t, SEL)),
    *_g("users", SEL, columns=USER_COLUMNS),
    *(g for t in ORDERS_READ for g in _g(t, SEL)),
    *_g("audit_log", SEL, INS),
    # The schema's revision, checked by the application at every sign-in (`ops.startup`):
    # without it no staff member could sign in on a shop PC.
    *_g("alembic_version", SEL),
    # Any PC with a [mail] section sends the customers' notices (gui/mail_sender.py): claiming
    # and recording a message moves these columns only, never its recipient or its text.
    *_g("outbox_messages", UPD, columns=OUTBOX_SENDING),
]

GRANTS: dict[Permission, list[Grant]] = {
    P.VIEW_DASHBOARD: [],
    P.TAKE_ORDERS: [
        *_g("orders", INS),
        *_g("orders", UPD, columns=ORDER_STATUS),
        *_g("order_lines", INS),
        *_g("order_discounts", INS),
        *_g("order_status_history", INS),
        *_g("stock_movements", INS),
        *_g("sales_journal", INS),
        *_g("outbox_messages", INS),
        *(g for t in CUSTOMERS_READ for g in _g(t, SEL)),
    ],
    P.VIEW_ORDERS: [
        *(g for t in CUSTOMERS_READ for g in _g(t, SEL)),
        *_g("sales_journal", INS),  # a receipt or credit note printed again: a duplicate entry
    ],
    P.MODIFY_ORDERS: [
        *_g("orders", UPD, columns=ORDER_CONTENT),
        *_g("order_lines", INS, DEL),
        *_g("order_discounts", INS, DEL),
        *_g("stock_movements", SEL, INS),
        *_g("submissions", INS),
        *_g("refunds", INS),
        *_g("document_sequences", SEL, INS),
        *_g("document_sequences", UPD, columns=("last_value",)),
        *_g("sales_journal", INS),
    ],
    # After the oven started: the modification's own grants, and what changed for the kitchen.
    P.MODIFY_STARTED_ORDERS: [*_g("kitchen_changes", INS)],
    P.CANCEL_RECEIVED_ORDERS: [
        *_g("orders", UPD, columns=(*ORDER_STATUS, "cancel_reason")),
        *_g("order_status_history", INS),
        *_g("stock_movements", SEL, INS),
        *_g("submissions", INS),
        *_g("refunds", INS),
        *_g("document_sequences", SEL, INS),
        *_g("document_sequences", UPD, columns=("last_value",)),
        *_g("sales_journal", INS),
        *_g("deliveries", UPD, DEL),
        *_g("trips", UPD, DEL),
    ],
    P.CANCEL_STARTED_ORDERS: [],  # filled below: the same as cancelling a received order
    P.RECORD_PAYMENTS: [
        *_g("payments", INS),
        *_g("orders", UPD, columns=("version", "updated_at")),
        *_g("sales_journal", INS),
    ],
    P.GIVE_DISCOUNTS: [*_g("order_discounts", INS)],
    P.APPROVE_REFUNDS: [],
    P.MANAGE_CUSTOMERS: [
        *_g("customers", SEL, INS, UPD),
        *_g("customer_addresses", SEL, INS, UPD),
        *_g("geocode_cache", SEL, INS, UPD),
        *_g("orders", UPD, columns=("customer_id", "address_id", "version", "updated_at")),
    ],
    P.ERASE_CUSTOMERS: [
        *_g("customers", SEL, UPD, DEL),
        *_g("customer_addresses", SEL, UPD),
        *_g("outbox_messages", UPD),
        *_g("gdpr_erasures", SEL, INS),
    ],
    P.WORK_KITCHEN: [
        *_g("orders", UPD, columns=ORDER_STATUS),
        *_g("kitchen_changes", UPD, columns=KITCHEN_ACKNOWLEDGEMENT),
        *_g("order_status_history", INS),
        *_g("outbox_messages", INS),
    ],
    P.VIEW_RECIPES: [],
    P.DELIVER: [
        *_g("orders", UPD, columns=ORDER_STATUS),
        *_g("order_status_history", INS),
        *_g("trips", UPD),
        *_g("deliveries", UPD),
        *_g("payments", INS),
        *_g("sales_journal", INS),
        *_g("outbox_messages", INS),
        *(g for t in CUSTOMERS_READ for g in _g(t, SEL)),
    ],
    P.DISPATCH: [
        *_g("trips", INS, UPD, DEL),
        *_g("deliveries", INS, UPD, DEL),
        *_g("driver_shifts", INS, UPD),
        *_g("orders", UPD, columns=ORDER_STATUS),
        *_g("order_status_history", INS),
        *_g("outbox_messages", INS),
        *_g("geocode_cache", SEL, INS, UPD),
        *_g(
            "customer_addresses",
            UPD,
            columns=(
                "latitude",
                "longitude",
                "location_source",
                "location_set_by_id",
                "location_set_at",
            ),
        ),
        *(g for t in CUSTOMERS_READ for g in _g(t, SEL)),
    ],
    P.VIEW_STOCK: [*_g("stock_movements", SEL), *_g("inventory_counts", SEL)],
    P.MANAGE_STOCK: [
        *_g("stock_movements", SEL, INS),
        *_g("inventory_counts", SEL, INS),
        *_g("inventory_count_lines", SEL, INS),
        *_g("stock_balances", UPD, columns=("threshold",)),
    ],
    P.TOGGLE_MENU_ITEMS: [*_g("store_products", INS, UPD)],
    P.MANAGE_STORE_STAFF: [],  # through the staff procedures
    P.CASH_CLOSE: [
        *_g("closures", INS),
        *_g("sales_journal", INS),
        *_g("journal_heads", UPD, columns=("closed_through",)),
        *(g for t in SUMMARIES for g in _g(t, SEL, INS, UPD, DEL)),
    ],
    P.VIEW_REPORTS: [
        *_g("stock_movements", SEL),
        *(g for t in SUMMARIES for g in _g(t, SEL, INS, UPD, DEL)),
    ],
    P.MANAGE_CATALOGUE: [
        *_g("products", INS, UPD),
        *_g("product_sizes", INS, UPD),
        # Formulas: a slot's products are replaced as a whole when it is saved.
        *_g("formulas", INS, UPD),
        *_g("formula_slots", INS, UPD, DEL),
        *_g("formula_slot_products", INS, UPD, DEL),
        *_g("recipe_lines", INS, UPD, DEL),
        *_g("memo_steps", INS, UPD, DEL),
        *_g("customisation_options", INS, UPD),
        *_g("product_photos", INS, UPD, DEL),
        *_g("categories", INS, UPD),
        *_g("ingredients", INS, UPD),
        *_g("ingredient_allergens", INS, DEL),
        *_g("store_products", INS, UPD),
        *_g("stock_balances", INS),
    ],
    P.MANAGE_STORES: [
        *_g("stores", INS, UPD),
        *_g("store_closures", INS, UPD, DEL),
        *_g("app_settings", INS, UPD),
    ],
    P.MANAGE_USERS: [*_g("gdpr_erasures", SEL)],
    P.ADMINISTER: [
        *_g("app_settings", INS, UPD),
        *_g("journal_keys", INS),
        *_g("journal_keys", UPD, columns=("retired_at",)),
        *(g for t in CUSTOMERS_READ for g in _g(t, SEL)),
        *_g("stock_movements", SEL),
        *_g("inventory_counts", SEL),
        *_g("inventory_count_lines", SEL),
        *_g("gdpr_erasures", SEL),
    ],
    P.READ_ALL_STORES: [],
}
GRANTS[P.CANCEL_STARTED_ORDERS] = GRANTS[P.CANCEL_RECEIVED_ORDERS]
assert set(GRANTS) == set(Permission), "every permission says what it needs"

# The procedures a permission may call (the procedure checks role and store itself).
STAFF_PROCEDURES = ("staff_create", "staff_update", "staff_password", "staff_active")
PROCEDURES: dict[Permission, tuple[str, ...]] = {
    P.MANAGE_STORE_STAFF: STAFF_PROCEDURES,
    P.MANAGE_USERS: STAFF_PROCEDURES,
}

# The read-only exporter: aggregates, no personal data (no customers, users' names only).
METRICS_GRANTS: list[Grant] = [
    *_g("orders", SEL, columns=("id", "store_id", "status", "created_at", "updated_at")),
    *_g(
        "order_status_history",
        SEL,
        columns=("id", "order_id", "from_status", "to_status", "changed_at"),
    ),
    *_g("stores", SEL, columns=("id", "code", "name", "active")),
    *_g("stock_balances", SEL),
    *_g("ingredients", SEL, columns=("id", "code", "name", "unit")),
    *_g("app_settings", SEL),
    *_g("alembic_version", SEL),
]
# The customer website and app: they place orders through `<prefix>web_order` (definer
# rights: the counter's stock rule, the journal) and read the menu.
WEBSITE_GRANTS: list[Grant] = [
    *(g for t in REFERENCE for g in _g(t, SEL)),
    *_g("orders", SEL),
    *_g("order_lines", SEL),
]


def role_grants(role: Role) -> list[Grant]:
    """Everything a role is granted on tables, deduplicated, in a stable order."""
    found: dict[tuple, Grant] = {}
    for grant in _COMMON:
        found[(grant.table, grant.privilege, grant.columns)] = grant
    for permission in sorted(ROLE_PERMISSIONS[role]):
        for grant in GRANTS[permission]:
            found[(grant.table, grant.privilege, grant.columns)] = grant
    return _merged(found.values())


def role_procedures(role: Role) -> tuple[str, ...]:
    names: set[str] = set()
    for permission in ROLE_PERMISSIONS[role]:
        names.update(PROCEDURES.get(permission, ()))
    return tuple(sorted(names))


def _merged(grants: Iterable[Grant]) -> list[Grant]:
    """A table privilege granted whole makes its column grants redundant; column grants of
    one table and privilege are merged into one."""
    whole = {(g.table, g.privilege) for g in grants if not g.columns}
    columns: dict[tuple[str, str], set[str]] = {}
    for grant in grants:
        if grant.columns and (grant.table, grant.privilege) not in whole:
            columns.setdefault((grant.table, grant.privilege), set()).update(grant.columns)
    merged = [Grant(t, p) for t, p in whole]
    merged += [Grant(t, p, tuple(sorted(c))) for (t, p), c in columns.items()]
    return sorted(merged, key=lambda g: (g.table, g.privilege, g.columns))


# --------------------------------------------------------------------------- statements


def grant_statements(naming: Naming, role_name: str, grants: list[Grant]) -> list[str]:
    db = quote_name(naming.database)
    role = quote_name(role_name)
    statements = []
    for grant in grants:
        columns = f" ({', '.join(quote_name(c) for c in grant.columns)})" if grant.columns else ""
        statements.append(
            f"GRANT {grant.privilege}{columns} ON {db}.{quote_name(grant.table)} TO {role}"
        )
    return statements


def expected(naming: Naming) -> dict[str, set[tuple]]:
    """role name -> {(table, privilege, column or ""), ("procedure", name, "")}."""
    wanted: dict[str, set[tuple]] = {}
    for role in Role:
        rows = set()
        for grant in role_grants(role):
            for column in grant.columns or ("",):
                rows.add((grant.table, grant.privilege, column))
        for name in role_procedures(role):
            rows.add(("procedure", naming.routine(name), "EXECUTE"))
        wanted[naming.role(role)] = rows
    for name, grants in ((METRICS, METRICS_GRANTS), (WEBSITE, WEBSITE_GRANTS)):
        rows = set()
        for grant in _merged(grants):
            for column in grant.columns or ("",):
                rows.add((grant.table, grant.privilege, column))
        if name == WEBSITE:
            rows.add(("procedure", naming.routine("web_order"), "EXECUTE"))
        wanted[naming.role(name)] = rows
    return wanted


def live(connection: Connection, naming: Naming) -> dict[str, set[tuple]]:
    """The same, read from the server's grant tables (mysql.tables_priv, columns_priv,
    procs_priv) for this database's roles."""
    found: dict[str, set[tuple]] = {name: set() for name in expected(naming)}
    params = {"db": naming.database}
    for user, table, privileges in connection.execute(
        text(
            "SELECT User, Table_name, Table_priv FROM mysql.tables_priv "
            "WHERE BINARY Db = BINARY :db AND Host = ''"
        ),
        params,
    ):
        for privilege in filter(None, str(privileges).split(",")):
            found.setdefault(user, set()).add((table, privilege.upper(), ""))
    for user, table, column, privileges in connection.execute(
        text(
            "SELECT User, Table_name, Column_name, Column_priv FROM mysql.columns_priv "
            "WHERE BINARY Db = BINARY :db AND Host = ''"
        ),
        params,
    ):
        for privilege in filter(None, str(privileges).split(",")):
            found.setdefault(user, set()).add((table, privilege.upper(), column))
    for user, routine, privileges in connection.execute(
        text(
            "SELECT User, Routine_name, Proc_priv FROM mysql.procs_priv "
            "WHERE BINARY Db = BINARY :db AND Host = ''"
        ),
        params,
    ):
        for privilege in filter(None, str(privileges).split(",")):
            found.setdefault(user, set()).add(("procedure", routine, privilege.upper()))
    return {name: rows for name, rows in found.items() if name in expected(naming)}


def drift(connection: Connection, naming: Naming) -> list[str]:
    """Every difference between the live grants and the matrix, one line each."""
    lines = []
    want, have = expected(naming), live(connection, naming)
    query = text("SELECT User FROM mysql.user WHERE BINARY is_role = BINARY 'Y'")
    roles = set(connection.execute(query).scalars())
    for role in sorted(want):
        if role not in roles:
            lines.append(f"{role}: role missing")
            continue
        for item in sorted(want[role] - have.get(role, set())):
            lines.append(f"{role}: missing {_describe(item)}")
        for item in sorted(have.get(role, set()) - want[role]):
            lines.append(f"{role}: extra {_describe(item)}")
    return lines


def _describe(item: tuple) -> str:
    table, privilege, column = item
    if table == "procedure":
        return f"EXECUTE on procedure {privilege}"
    return f"{privilege} on {table}" + (f" ({column})" if column else "")


# --------------------------------------------------------------------------- routines

# Tables whose rows belong to a store, and how a row names it: a column, or its order's.
STORE_SCOPED: dict[str, str] = {
    "orders": "NEW.store_id",
    "refunds": "NEW.store_id",
    "stock_movements": "NEW.store_id",
    "stock_balances": "NEW.store_id",
    "sales_journal": "NEW.store_id",
    "journal_heads": "NEW.store_id",
    "closures": "NEW.store_id",
    "trips": "NEW.store_id",
    "driver_shifts": "NEW.store_id",
    "store_products": "NEW.store_id",
    "inventory_counts": "NEW.store_id",
    "document_sequences": "NEW.store_id",
    "order_lines": "(SELECT store_id FROM orders WHERE id = NEW.order_id)",
    "order_discounts": "(SELECT store_id FROM orders WHERE id = NEW.order_id)",
    "order_status_history": "(SELECT store_id FROM orders WHERE id = NEW.order_id)",
    "payments": "(SELECT store_id FROM orders WHERE id = NEW.order_id)",
    "submissions": "(SELECT store_id FROM orders WHERE id = NEW.order_id)",
    "deliveries": "(SELECT store_id FROM orders WHERE id = NEW.order_id)",
    "kitchen_changes": "(SELECT store_id FROM orders WHERE id = NEW.order_id)",
}
STORE_REFUSED = "this row belongs to another store"


def _caller(naming: Naming) -> str:
    """SQL: the signed-in staff member's username (USER() is the client's own account, also
    inside definer-rights code, where CURRENT_USER() is the definer)."""
    prefix = naming.account_prefix.replace("'", "")
    user = "SUBSTRING_INDEX(USER(), '@', 1)"
    if not prefix:
        return user
    return f"IF({user} LIKE '{prefix}%', SUBSTRING({user}, {len(prefix) + 1}), NULL)"


def routines(naming: Naming) -> list[tuple[str, str]]:
    """(DROP statement, CREATE statement) of every function, procedure and trigger, in the
    order they are created."""
    r = naming.routine
    caller = _caller(naming)
    items: list[tuple[str, str]] = []
    # store scope: 1 when the caller may write a row of store `s`
    items.append(
        (
            f"DROP FUNCTION IF EXISTS {r('store_allowed')}",
            f"""CREATE FUNCTION {r("store_allowed")}(s INT) RETURNS TINYINT
READS SQL DATA SQL SECURITY DEFINER
BEGIN
  DECLARE caller_role VARCHAR(16) DEFAULT NULL;
  DECLARE caller_store INT DEFAULT NULL;
  DECLARE found INT DEFAULT 0;
  SELECT role, store_id, 1 INTO caller_role, caller_store, found
    FROM users WHERE username = {caller} LIMIT 1;
  IF found = 0 OR caller_role IN ('head_office', 'admin') THEN
    RETURN 1;
  END IF;
  RETURN s IS NOT NULL AND s = caller_store;
END""",
        )
    )
    for table, store in STORE_SCOPED.items():
        for event in ("INSERT", "UPDATE"):
            name = f"trg_{table}_scope_{event.lower()}"
            items.append(
                (
                    f"DROP TRIGGER IF EXISTS {name}",
                    f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW "
                    f"IF NOT {r('store_allowed')}({store}) THEN "
                    f"SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '{table}: {STORE_REFUSED}'; "
                    "END IF",
                )
            )
    items.append(
        (
            "DROP TRIGGER IF EXISTS trg_orders_total_journalled",
            """CREATE TRIGGER trg_orders_total_journalled BEFORE UPDATE ON orders FOR EACH ROW
BEGIN
  IF NEW.total_cents <> OLD.total_cents AND NOT NEW.total_cents <=> (
      SELECT CAST(JSON_VALUE(j.content, '$.total') AS SIGNED) FROM sales_journal j
       WHERE j.order_id = NEW.id AND j.kind IN ('sale', 'modification')
       ORDER BY j.sequence DESC LIMIT 1) THEN
    SIGNAL SQLSTATE '45000'
      SET MESSAGE_TEXT = 'orders: a total changes only with its journalled modification';
  END IF;
END""",
        )
    )
    # A late change's acknowledgement (issue 20): set once, by the signed-in staff member as
    # themselves (the grants already keep every other column of the row out of reach).
    items.append(
        (
            "DROP TRIGGER IF EXISTS trg_kitchen_changes_acknowledged",
            f"""CREATE TRIGGER trg_kitchen_changes_acknowledged BEFORE UPDATE ON kitchen_changes
FOR EACH ROW
BEGIN
  DECLARE caller_id INT DEFAULT NULL;
  IF OLD.acknowledged_at IS NOT NULL THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'kitchen_changes: already acknowledged';
  END IF;
  SET caller_id = (SELECT id FROM users WHERE username = {caller} LIMIT 1);
  IF caller_id IS NOT NULL AND NOT NEW.acknowledged_by_id <=> caller_id THEN
    SIGNAL SQLSTATE '45000'
      SET MESSAGE_TEXT = 'kitchen_changes: acknowledged by the signed-in staff member only';
  END IF;
END""",
        )
    )
    items += _staff_procedures(naming)
    # Paris wall-clock time of a UTC moment (the EU rule: summer time from the last Sunday
    # of March to the last Sunday of October, 01:00 UTC): web_order's opening hours.
    items.append(
        (
            f"DROP FUNCTION IF EXISTS {r('paris_time')}",
            f"""CREATE FUNCTION {r("paris_time")}(t DATETIME(6)) RETURNS DATETIME(6)
DETERMINISTIC NO SQL
BEGIN
  DECLARE v_march DATE DEFAULT MAKEDATE(YEAR(t), 1) + INTERVAL 2 MONTH + INTERVAL 30 DAY;
  DECLARE v_october DATE DEFAULT MAKEDATE(YEAR(t), 1) + INTERVAL 9 MONTH + INTERVAL 30 DAY;
  SET v_march = v_march - INTERVAL (DAYOFWEEK(v_march) - 1) DAY;
  SET v_october = v_october - INTERVAL (DAYOFWEEK(v_october) - 1) DAY;
  RETURN t + INTERVAL IF(t >= v_march + INTERVAL 1 HOUR AND t < v_october + INTERVAL 1 HOUR,
                         2, 1) HOUR;
END""",
        )
    )
    items.append((f"DROP PROCEDURE IF EXISTS {r('web_order')}", _web_order(naming)))
    # MariaDB blocks an account after max_password_errors wrong passwords until a FLUSH
    # PRIVILEGES or an ALTER USER (a manager's new password does it); with the server's
    # event_scheduler on, this unblocks every blocked account at the next quarter hour.
    items.append(
        (
            f"DROP EVENT IF EXISTS {r('unblock_accounts')}",
            f"CREATE EVENT {r('unblock_accounts')} ON SCHEDULE EVERY 15 MINUTE DO FLUSH PRIVILEGES",
        )
    )
    return items


def _web_order(naming: Naming) -> str:
    """The website's and the app's way in (docs/website-contract.md): an order paid online,
    placed with the counter's rules on the server's side, with the caller's bank reference.
    Definer rights: the website's account itself may not write orders. Lines are JSON:
    [{"product": id, "size": size id (optional: the default size), "quantity": n}, ...]
    (no customisations and no half-and-half through this door)."""
    r = naming.routine
    return f"""CREATE PROCEDURE {r("web_order")}(
  IN p_client_key VARCHAR(36), IN p_store INT, IN p_channel VARCHAR(8), IN p_mode VARCHAR(8),
  IN p_customer INT, IN p_address INT, IN p_promised DATETIME(6), IN p_lines TEXT,
  IN p_bank_reference VARCHAR(64), OUT p_order BIGINT)
MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
  DECLARE v_now DATETIME(6) DEFAULT UTC_TIMESTAMP(6);
  DECLARE v_total INT DEFAULT 0;
  DECLARE v_year INT;
  DECLARE v_march DATE;
  DECLARE v_october DATE;
  DECLARE v_day DATE;
  DECLARE v_vat TEXT;
  DECLARE v_lines TEXT;
  DECLARE v_hours LONGTEXT;
  DECLARE v_last INT DEFAULT 0;
  DECLARE v_local DATETIME(6);
  DECLARE v_now_local DATETIME(6);
  DECLARE v_pday DATE;
  SET p_order = (SELECT id FROM orders WHERE client_key = p_client_key);
  IF p_order IS NOT NULL THEN  -- sent again after a lost reply: the first outcome
    SET p_order = p_order;
  ELSE
    IF p_channel NOT IN ('website', 'app') OR p_mode NOT IN ('delivery', 'takeaway') THEN
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'web_order: channel or mode';
    END IF;
    IF p_bank_reference IS NULL OR p_bank_reference NOT REGEXP '^[0-9A-Za-z_-]{{4,64}}$' THEN
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'web_order: the bank reference is required';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM stores WHERE id = p_store AND active) THEN
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'web_order: no such open store';
    END IF;
    IF p_mode = 'delivery' AND NOT EXISTS (SELECT 1 FROM customer_addresses a
        JOIN customers c ON c.id = a.customer_id
        WHERE a.id = p_address AND a.customer_id = p_customer AND NOT a.archived
          AND c.erased_at IS NULL) THEN
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'web_order: a delivery needs its address';
    END IF;
    -- The counter's opening rule (domain/opening.py): the promised time in one of the
    -- store's ranges of its Paris day ("24:00": the next midnight), that day not closed,
    -- and ordered no later than the range's end minus the store's last-order minutes.
    SELECT opening_hours, last_order_minutes INTO v_hours, v_last FROM stores
     WHERE id = p_store;
    SET v_local = {r("paris_time")}(p_promised);
    SET v_now_local = {r("paris_time")}(v_now);
    SET v_pday = DATE(v_local);
    IF EXISTS (SELECT 1 FROM store_closures WHERE store_id = p_store AND day = v_pday)
        OR NOT EXISTS (SELECT 1 FROM (
          SELECT TIMESTAMP(v_pday, CONCAT(h.a, ':00')) AS opens,
                 IF(h.b = '24:00', TIMESTAMP(v_pday + INTERVAL 1 DAY),
                    TIMESTAMP(v_pday, CONCAT(h.b, ':00'))) AS closes
            FROM JSON_TABLE(JSON_EXTRACT(v_hours, CONCAT('$.',
                   ELT(WEEKDAY(v_pday) + 1, 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'))),
                 '$[*]' COLUMNS (a VARCHAR(5) PATH '$[0]', b VARCHAR(5) PATH '$[1]')) h
          UNION ALL
          SELECT TIMESTAMP(v_pday - INTERVAL 1 DAY, CONCAT(h.a, ':00')), TIMESTAMP(v_pday)
            FROM JSON_TABLE(JSON_EXTRACT(v_hours, CONCAT('$.',
                   ELT(WEEKDAY(v_pday - INTERVAL 1 DAY) + 1,
                       'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'))),
                 '$[*]' COLUMNS (a VARCHAR(5) PATH '$[0]', b VARCHAR(5) PATH '$[1]')) h
           WHERE h.b = '24:00') r
         WHERE v_local BETWEEN r.opens AND r.closes
           AND v_now_local <= r.closes - INTERVAL v_last MINUTE) THEN
      SIGNAL SQLSTATE '45000'
        SET MESSAGE_TEXT = 'web_order: the store is closed at the promised time';
    END IF;
    -- Its delivery zone: the radius around the store, as the crow flies (an address not
    -- located yet is let through, as at the counter).
    IF p_mode = 'delivery' AND EXISTS (SELECT 1 FROM customer_addresses a, stores s
        WHERE a.id = p_address AND s.id = p_store AND a.latitude IS NOT NULL
          AND a.longitude IS NOT NULL
          AND ST_DISTANCE_SPHERE(POINT(a.longitude, a.latitude), POINT(s.longitude, s.latitude),
                                 6371000) > s.delivery_radius_m) THEN
      SIGNAL SQLSTATE '45000'
        SET MESSAGE_TEXT = 'web_order: the address is outside the store''s delivery zone';
    END IF;
    DROP TEMPORARY TABLE IF EXISTS web_lines;
    -- A line's size: the one named (of that product, offered), or the product's default.
    -- Its name as the counter writes it (domain/sizes.py line_name): 'Regina 33 cm'.
    CREATE TEMPORARY TABLE web_lines AS
      SELECT j.position, j.product, j.quantity,
             IF(s.label = '', p.name,
                IF(CHAR_LENGTH(p.name) + CHAR_LENGTH(s.label) + 1 > 80,
                   CONCAT(LEFT(p.name, 78 - CHAR_LENGTH(s.label)), '…', ' ', s.label),
                   CONCAT(p.name, ' ', s.label))) AS name,
             s.price_cents, p.vat_rate_bp, s.id AS size_id, s.label AS size_label, s.dose_pct,
             p.active AND COALESCE(sp.enabled, 1) AND s.id IS NOT NULL AS orderable
        FROM JSON_TABLE(p_lines, '$[*]' COLUMNS (
               position FOR ORDINALITY,
               product INT PATH '$.product',
               size INT PATH '$.size',
               quantity INT PATH '$.quantity')) j
        LEFT JOIN products p ON p.id = j.product
        LEFT JOIN product_sizes s ON s.product_id = p.id AND s.active
             AND ((j.size IS NULL AND s.is_default) OR s.id = j.size)
        LEFT JOIN store_products sp ON sp.product_id = p.id AND sp.store_id = p_store;
    IF NOT EXISTS (SELECT 1 FROM web_lines) OR EXISTS (SELECT 1 FROM web_lines
        WHERE name IS NULL OR NOT orderable OR quantity IS NULL OR quantity NOT BETWEEN 1 AND 50)
        THEN
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'web_order: a line is not on the menu';
    END IF;
    SET v_total = (SELECT SUM(quantity * price_cents) FROM web_lines);
    INSERT INTO orders (store_id, channel, mode, status, customer_id, address_id, promised_at,
        created_at, updated_at, created_by_id, version, client_key, total_cents,
        discount_cents)
      VALUES (p_store, p_channel, p_mode, 'received', p_customer, p_address, p_promised,
        v_now, v_now, NULL, 1, p_client_key, v_total, 0);
    SET p_order = LAST_INSERT_ID();
    INSERT INTO order_lines (order_id, position, product_id, product_name, quantity,
        unit_price_cents, extras_cents, vat_rate_bp, line_total_cents, discount_cents,
        size_id, size_label)
      SELECT p_order, position, product, name, quantity, price_cents, 0, vat_rate_bp,
             quantity * price_cents, 0, size_id, size_label FROM web_lines ORDER BY position;
    -- The counter's rule: the recipes reserved at once; the ledger's trigger moves each
    -- balance and the balances' CHECK refuses an oversell (the whole call fails).
    INSERT INTO stock_movements (store_id, ingredient_id, kind, delta, order_id, user_id,
        reason, created_at)
      SELECT p_store, r.ingredient_id, 'order',
             -SUM(w.quantity * GREATEST(1, CEIL(r.quantity * w.dose_pct / 100))), p_order,
             NULL, 'web', v_now
        FROM web_lines w JOIN recipe_lines r ON r.product_id = w.product
       GROUP BY r.ingredient_id ORDER BY r.ingredient_id;
    INSERT INTO payments (order_id, tender, amount_cents, tendered_cents, bank_reference,
        received_at, received_by_id, client_key)
      VALUES (p_order, 'online', v_total, NULL, p_bank_reference, v_now, NULL,
              CONCAT('web-', LEFT(p_client_key, 32)));
    -- The journal: the sale and its payment, on the Paris business day.
    SET v_year = YEAR(v_now);
    SET v_march = MAKEDATE(v_year, 1) + INTERVAL 2 MONTH + INTERVAL 30 DAY;
    SET v_march = v_march - INTERVAL (DAYOFWEEK(v_march) - 1) DAY;
    SET v_october = MAKEDATE(v_year, 1) + INTERVAL 9 MONTH + INTERVAL 30 DAY;
    SET v_october = v_october - INTERVAL (DAYOFWEEK(v_october) - 1) DAY;
    SET v_day = DATE(v_now + INTERVAL IF(v_now >= v_march + INTERVAL 1 HOUR
                                         AND v_now < v_october + INTERVAL 1 HOUR, 2, 1) HOUR);
    SET v_vat = (SELECT JSON_ARRAYAGG(JSON_ARRAY(rate, base, ttc - base, ttc)) FROM (
        SELECT vat_rate_bp AS rate, SUM(quantity * price_cents) AS ttc,
               FLOOR((2 * SUM(quantity * price_cents) * 10000 + 10000 + vat_rate_bp)
                     / (2 * (10000 + vat_rate_bp))) AS base
          FROM web_lines GROUP BY vat_rate_bp ORDER BY vat_rate_bp) v);
    SET v_lines = (SELECT JSON_ARRAYAGG(JSON_ARRAY(position, name, quantity, price_cents, 0,
        vat_rate_bp, quantity * price_cents, 0)) FROM web_lines);
    INSERT INTO sales_journal (store_id, sequence, kind, business_date, recorded_at, order_id,
        ticket_number, reference, tender, amount_cents, content, previous_hash, hash)
      VALUES (p_store, 0, 'sale', v_day, v_now, p_order, NULL, NULL, NULL, v_total,
        JSON_OBJECT('format', 1, 'event', 'sale', 'order', p_order,
          'at', DATE_FORMAT(v_now, '%Y-%m-%dT%H:%i:%s.%fZ'), 'by', NULL,
          'channel', p_channel, 'mode', p_mode, 'lines', JSON_EXTRACT(v_lines, '$'),
          'discounts', JSON_ARRAY(), 'gross', v_total, 'discount', 0, 'total', v_total,
          'vat', JSON_EXTRACT(v_vat, '$')), '', ''),
      (p_store, 0, 'payment', v_day, v_now, p_order, NULL,
        CONCAT('web-', LEFT(p_client_key, 32)), 'online', v_total,
        JSON_OBJECT('format', 1, 'event', 'payment', 'order', p_order,
          'at', DATE_FORMAT(v_now, '%Y-%m-%dT%H:%i:%s.%fZ'), 'by', NULL,
          'tender', 'online', 'amount', v_total, 'tendered', NULL), '', '');
    DROP TEMPORARY TABLE IF EXISTS web_lines;
  END IF;
END"""


def _staff_procedures(naming: Naming) -> list[tuple[str, str]]:
    r = naming.routine
    caller = _caller(naming)
    prefix = naming.account_prefix.replace("'", "")
    roles = ", ".join(f"'{role.value}'" for role in Role)
    role_prefix = naming.role_prefix.replace("'", "")
    # Declarations first (MariaDB wants them before any statement), then who calls.
    declare = """
  DECLARE caller_id INT DEFAULT NULL;
  DECLARE caller_role VARCHAR(16) DEFAULT NULL;
  DECLARE caller_store INT DEFAULT NULL;
  DECLARE u_name VARCHAR(64) DEFAULT NULL;
  DECLARE u_role VARCHAR(16) DEFAULT NULL;
  DECLARE u_store INT DEFAULT NULL;"""
    check = f"""
  SELECT id, role, store_id INTO caller_id, caller_role, caller_store
    FROM users WHERE username = {caller} AND active LIMIT 1;
  IF caller_id IS NULL THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'staff: only staff accounts manage staff';
  END IF;"""

    def may(role_var: str, store_var: str) -> str:
        return f"""
  IF NOT (
      (caller_role = 'admin')
      OR (caller_role = 'head_office' AND {role_var} <> 'admin')
      OR (caller_role = 'manager' AND {role_var} IN ('counter', 'pizzaiolo', 'driver')
          AND {store_var} <=> caller_store)) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'staff: your role does not manage this account';
  END IF;"""

    def run(sql: str) -> str:
        return (
            f"SET @ocp_sql = {sql}; PREPARE ocp_stmt FROM @ocp_sql; EXECUTE ocp_stmt; "
            "DEALLOCATE PREPARE ocp_stmt;"
        )

    account = f"CONCAT(QUOTE(CONCAT('{prefix}', u_name)), '@''%''')"
    role_of = f"CONCAT('`{role_prefix}', {{role}}, '`')"
    load = """
  SELECT username, role, store_id INTO u_name, u_role, u_store FROM users WHERE id = p_id;
  IF u_name IS NULL THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'staff: no such account';
  END IF;"""
    procedures = [
        (
            "staff_create",
            f"""(IN p_username VARCHAR(64), IN p_password VARCHAR(200), IN p_full_name
VARCHAR(80), IN p_role VARCHAR(16), IN p_store INT, OUT p_id INT)
MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN{declare}{check}
  SET u_name = p_username;
  IF p_role NOT IN ({roles}) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'staff: unknown role';
  END IF;{may("p_role", "p_store")}
  IF p_username NOT REGEXP '^[A-Za-z0-9_.-]{{3,64}}$' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'staff: invalid username';
  END IF;
  IF EXISTS (SELECT 1 FROM users WHERE username = p_username) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'staff: username taken';
  END IF;
  {run(f"CONCAT('CREATE USER ', {account}, ' IDENTIFIED BY ', QUOTE(p_password))")}
  {run(f"CONCAT('GRANT ', {role_of.format(role='p_role')}, ' TO ', {account})")}
  {run(f"CONCAT('SET DEFAULT ROLE ', {role_of.format(role='p_role')}, ' FOR ', {account})")}
  INSERT INTO users (username, full_name, role, store_id, password_hash, active,
                     failed_attempts, password_changed_at, created_at)
    VALUES (p_username, p_full_name, p_role, p_store, '', 1, 0, UTC_TIMESTAMP(6),
            UTC_TIMESTAMP(6));
  SET p_id = LAST_INSERT_ID();
END""",
        ),
        (
            "staff_update",
            f"""(IN p_id INT, IN p_full_name VARCHAR(80), IN p_role VARCHAR(16), IN p_store INT)
MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN{declare}{check}{load}
  IF p_role NOT IN ({roles}) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'staff: unknown role';
  END IF;{may("u_role", "u_store")}{may("p_role", "p_store")}
  IF p_id = caller_id AND (p_role <> u_role OR NOT p_store <=> u_store) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'staff: not your own role or store';
  END IF;
  IF p_role <> u_role THEN
    {run(f"CONCAT('REVOKE ', {role_of.format(role='u_role')}, ' FROM ', {account})")}
    {run(f"CONCAT('GRANT ', {role_of.format(role='p_role')}, ' TO ', {account})")}
    {run(f"CONCAT('SET DEFAULT ROLE ', {role_of.format(role='p_role')}, ' FOR ', {account})")}
  END IF;
  UPDATE users SET full_name = p_full_name, role = p_role, store_id = p_store
   WHERE id = p_id;
END""",
        ),
        (
            "staff_password",
            f"""(IN p_id INT, IN p_password VARCHAR(200))
MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN{declare}{check}{load}
  IF p_id <> caller_id THEN{may("u_role", "u_store")}
  END IF;
  {run(f"CONCAT('ALTER USER ', {account}, ' IDENTIFIED BY ', QUOTE(p_password))")}
  UPDATE users SET password_changed_at = UTC_TIMESTAMP(6), failed_attempts = 0,
                   locked_until = NULL WHERE id = p_id;
END""",
        ),
        (
            "staff_active",
            f"""(IN p_id INT, IN p_active TINYINT)
MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN{declare}
  DECLARE done INT DEFAULT 0;
  DECLARE connection_id BIGINT;
  DECLARE sessions CURSOR FOR SELECT ID FROM information_schema.PROCESSLIST
    WHERE USER = CONCAT('{prefix}', u_name);
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;{check}{load}
  IF p_id = caller_id THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'staff: not your own account';
  END IF;{may("u_role", "u_store")}
  IF p_active THEN
    {run(f"CONCAT('ALTER USER ', {account}, ' ACCOUNT UNLOCK')")}
  ELSE
    {run(f"CONCAT('ALTER USER ', {account}, ' ACCOUNT LOCK')")}
    OPEN sessions;
    ending: LOOP
      FETCH sessions INTO connection_id;
      IF done THEN LEAVE ending; END IF;
      {run("CONCAT('KILL CONNECTION ', connection_id)")}
    END LOOP;
    CLOSE sessions;
  END IF;
  UPDATE users SET active = p_active, failed_attempts = 0, locked_until = NULL
   WHERE id = p_id;
END""",
        ),
    ]
    return [
        (f"DROP PROCEDURE IF EXISTS {r(name)}", f"CREATE PROCEDURE {r(name)}{body}")
        for name, body in procedures
    ]


# --------------------------------------------------------------------------- install


def _run(connection: Connection, sql: str) -> None:
    """A statement without parameters: PyMySQL still formats it, so "%" is doubled."""
    connection.exec_driver_sql(sql.replace("%", "%%"))


def all_roles(naming: Naming) -> list[str]:
    return [naming.role(role) for role in Role] + [naming.role(METRICS), naming.role(WEBSITE)]


def install(connection: Connection, naming: Naming) -> None:
    """Create or bring up to date this database's roles, grants and routines, as the owner
    (their definer). Idempotent: `db bootstrap` and every `db upgrade` run it, so the grants
    always match the matrix of this version."""
    for drop, create in routines(naming):
        _run(connection, drop)
        _run(connection, create)
    for name in all_roles(naming):
        role = quote_name(name)
        _run(connection, f"CREATE ROLE IF NOT EXISTS {role}")
        _run(connection, f"REVOKE ALL PRIVILEGES, GRANT OPTION FROM {role}")
    for role in Role:
        for statement in grant_statements(naming, naming.role(role), role_grants(role)):
            _run(connection, statement)
    for name, grants in ((METRICS, METRICS_GRANTS), (WEBSITE, WEBSITE_GRANTS)):
        for statement in grant_statements(naming, naming.role(name), _merged(grants)):
            _run(connection, statement)
    grant_procedures(connection, naming)
    record_naming(connection, naming)


def grant_procedures(connection: Connection, naming: Naming) -> None:
    """EXECUTE on the staff procedures and the website's; MariaDB drops a procedure's
    grants with the procedure, so they follow every creation."""
    db = quote_name(naming.database)
    granted = [(naming.role(role), p) for role in Role for p in role_procedures(role)]
    granted.append((naming.role(WEBSITE), "web_order"))
    for role_name, procedure in granted:
        _run(
            connection,
            f"GRANT EXECUTE ON PROCEDURE {db}.{quote_name(naming.routine(procedure))} "
            f"TO {quote_name(role_name)}",
        )


def record_naming(connection: Connection, naming: Naming) -> None:
    """Which roles and accounts this database uses (the staff procedures and `db grants
    check` read it back with `naming_of`)."""
    connection.execute(text("DELETE FROM app_settings WHERE `key` = :k"), {"k": SETTINGS_KEY})
    connection.execute(
        text(
            "INSERT INTO app_settings (`key`, value, updated_at) VALUES (:k, :v, UTC_TIMESTAMP(6))"
        ),
        {
            "k": SETTINGS_KEY,
            "v": json.dumps(
                {"role_prefix": naming.role_prefix, "account_prefix": naming.account_prefix}
            ),
        },
    )


def create_account(
    connection: Connection,
    naming: Naming,
    username: str,
    password: str,
    role: Role | str,
    *,
    service: bool = False,
) -> None:
    """A server account for an existing `users` row (the first administrator at bootstrap,
    the demo accounts), as the owner; staff create accounts through `staff_create`. A
    `service` account (metrics, website) is named as given, without the staff prefix."""
    account = account_literal(username if service else naming.account(username))
    role_name = quote_name(naming.role(role))
    _run(connection, f"CREATE USER IF NOT EXISTS {account}")
    # The driver's own quoting of the password; "%" of the host doubled for its formatting.
    connection.exec_driver_sql(
        f"ALTER USER {account.replace('%', '%%')} IDENTIFIED BY %s", (password,)
    )
    _run(connection, f"GRANT {role_name} TO {account}")
    _run(connection, f"SET DEFAULT ROLE {role_name} FOR {account}")


def service_account(
    connection: Connection, naming: Naming, name: str, password: str, kind: str
) -> None:
    """An account for the metrics exporter (kind METRICS) or the website (WEBSITE)."""
    create_account(connection, naming, name, password, kind, service=True)


def drop_all(connection: Connection, naming: Naming, usernames: Iterable[str] = ()) -> None:
    """Remove this database's accounts and roles from the server (tests, decommissioning)."""
    for username in usernames:
        _run(connection, f"DROP USER IF EXISTS {account_literal(naming.account(username))}")
    for name in all_roles(naming):
        _run(connection, f"DROP ROLE IF EXISTS {quote_name(name)}")


def naming_of(connection: Connection) -> Naming | None:
    """This database's naming as `install` recorded it; None: no accounts (SQLite, or a
    MySQL database still used with one shared login)."""
    import json

    value = connection.execute(
        text("SELECT value FROM app_settings WHERE `key` = :k"), {"k": SETTINGS_KEY}
    ).scalar()
    if value is None:
        return None
    if isinstance(value, str):
        value = json.loads(value)
    database = connection.execute(text("SELECT DATABASE()")).scalar()
    return Naming(
        database, value.get("role_prefix", DEFAULT_ROLE_PREFIX), value.get("account_prefix", "")
    )


def reinstall(connection: Connection) -> Naming | None:
    """Bring the roles, grants and routines of a database that uses per-staff accounts up to
    this version (`db upgrade`). None, and nothing done, on a database without accounts."""
    naming = naming_of(connection)
    if naming is not None:
        install(connection, naming)
    return naming


def restore_routines(connection: Connection) -> Naming | None:
    """After a restore: the functions, procedures and triggers of a database that uses
    per-staff accounts, created again for the name it now has (a built-in dump carries
    none of them; an SQL dump carries them since `--routines`), with EXECUTE on the
    procedures (dropping a procedure drops its grants). Never the roles' table grants:
    `install` revokes a role's grants everywhere first, which would strip the live
    database's when a copy is restored beside it under another name."""
    naming = naming_of(connection)
    if naming is not None:
        for drop, create in routines(naming):
            _run(connection, drop)
            _run(connection, create)
        grant_procedures(connection, naming)  # dropped with the procedures
    return naming
