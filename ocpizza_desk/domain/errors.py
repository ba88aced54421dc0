"""Errors a user can cause: a stable code, parameters, and a message in the user's language.

The GUI and the command line show `error.message(lang)`; services raise these instead of
letting a driver or a KeyError reach the screen. Codes are stable identifiers that tests and
logs can rely on. MESSAGES holds each code's English text, marked for the one translation
catalogue (resources/translations/ocpizza_<lang>.ts, see domain/texts.py), where the French
lives. Parameters are plain values, or `Text`/`Amount` objects rendered in the same language.
"""

from __future__ import annotations

from typing import Any

from ocpizza_desk.domain.texts import N_, localize, translate

CONTEXT = "DomainError"  # the catalogue's context of every message below

MESSAGES: dict[str, str] = {
    "auth.bad_credentials": N_("DomainError", "Wrong username or password."),
    "auth.locked": N_("DomainError", "Too many attempts: this account is locked until {until}."),
    "auth.blocked": N_(
        "DomainError",
        (
            "Too many attempts: the server blocked this account. A manager can "
            "unblock it from the Staff screen; otherwise it is unblocked within 15 "
            "minutes."
        ),
    ),
    "auth.inactive": N_("DomainError", "This account is disabled. Please ask your manager."),
    "auth.store_closed": N_(
        "DomainError", "The store {store} is closed in the application: sign-in is not possible."
    ),
    "auth.maintenance": N_("DomainError", "Maintenance in progress: {message}"),
    "auth.empty": N_("DomainError", "Enter your username and password."),
    "permission.denied": N_("DomainError", "Your role does not allow this action."),
    "permission.other_store": N_("DomainError", "This data belongs to another store."),
    "db.unreachable": N_("DomainError", "Database unreachable: {detail}"),
    "db.schema_older": N_(
        "DomainError",
        (
            "The database schema ({current}) is older than this application expects "
            "({expected}). An administrator must run 'ocpizza-desk db upgrade'."
        ),
    ),
    "db.schema_newer": N_(
        "DomainError",
        (
            "The database schema ({current}) is newer than this application "
            "({expected}). Install the latest ocpizza-desk."
        ),
    ),
    "db.schema_missing": N_(
        "DomainError",
        "The database is empty. An administrator must run 'ocpizza-desk db upgrade'.",
    ),
    "report.period": N_(
        "DomainError", "The period is not valid: the first day must come before the last day."
    ),
    "report.too_long": N_("DomainError", "The period is too long: three years at most."),
    "report.cancelled": N_("DomainError", "The report was cancelled."),
    "db.conflict": N_(
        "DomainError", "Too many simultaneous changes, please try again in a moment."
    ),
    # -- journal verify and archives (ops/journal_audit.py)
    "journal.unknown_store": N_(
        "DomainError", "No store has the code '{store}': nothing was checked."
    ),
    "journal.bad_period": N_(
        "DomainError", "Period not understood: '{period}' (YYYY, YYYY-MM or YYYY-MM-DD)."
    ),
    "journal.archive_unreadable": N_(
        "DomainError", "Unreadable journal archive ({name}): {detail}"
    ),
    "journal.archive_exists": N_(
        "DomainError", "The file {name} already exists: an archive never replaces another one."
    ),
    # -- backups (ops/backup.py)
    "backup.not_found": N_("DomainError", "Backup not found: {name}."),
    "backup.unreadable": N_("DomainError", "Unreadable backup ({name}): {detail}"),
    "backup.damaged": N_(
        "DomainError", "The backup {name} is damaged (checksum mismatch): {files}."
    ),
    "backup.target_not_empty": N_(
        "DomainError",
        (
            "The target database {target} holds data: restoring would replace it. "
            "Confirm explicitly (--force) to replace it."
        ),
    ),
    "backup.unknown_revision": N_(
        "DomainError",
        (
            "The backup {name} comes from a newer schema ({revision}): install the "
            "latest ocpizza-desk to restore it."
        ),
    ),
    "backup.other_backend": N_(
        "DomainError",
        (
            "The backup {name} comes from a {source} database and restores only into "
            "the same kind of database (target: {target})."
        ),
    ),
    "backup.tool_missing": N_("DomainError", "Tool not found on this computer: {tool}."),
    "backup.tool_failed": N_("DomainError", "{tool} failed: {detail}"),
    "backup.confirmation": N_(
        "DomainError", "To confirm the restore, type the database's name exactly: {name}."
    ),
    "not_found": N_("DomainError", "Not found: {what}."),
    # -- input
    "input.required": N_("DomainError", "The field '{field}' is required."),
    "input.too_long": N_(
        "DomainError", "The field '{field}' is too long (at most {limit} characters)."
    ),
    "input.too_short": N_(
        "DomainError", "The field '{field}' is too short (at least {limit} characters)."
    ),
    "input.characters": N_(
        "DomainError", "The field '{field}' contains characters that are not allowed."
    ),
    "input.postcode": N_("DomainError", "The postcode must be 5 digits."),
    "input.email": N_("DomainError", "Invalid e-mail address."),
    "input.phone": N_("DomainError", "Invalid phone number: {value}."),
    "input.quantity": N_("DomainError", "Invalid quantity: between 1 and {limit}."),
    "input.amount": N_("DomainError", "Invalid amount: between €0.01 and {limit}."),
    "input.number": N_(
        "DomainError", "The field '{field}' needs a whole number between 0 and {limit}."
    ),
    "input.id": N_("DomainError", "Invalid reference: {field}."),
    "input.dates": N_("DomainError", "The start date is after the end date."),
    # -- customers
    "customer.phone_taken": N_("DomainError", "This number already belongs to another customer."),
    "customer.erased": N_("DomainError", "This customer was erased (GDPR)."),
    "customer.address_other": N_("DomainError", "This address does not belong to this customer."),
    "customer.merge_same": N_("DomainError", "Choose two different customers to merge."),
    "backup.import_not_mysql": N_(
        "DomainError", "{name}: a SQL file is imported into a MariaDB/MySQL database."
    ),
    "backup.import_failed": N_("DomainError", "Import of {name} stopped at line {line}: {detail}"),
    # -- catalogue and cart
    "cart.empty": N_("DomainError", "The cart is empty."),
    "cart.too_many_lines": N_("DomainError", "Too many lines in the order (at most {limit})."),
    "cart.unknown_product": N_("DomainError", "Unknown product, or no longer on the menu."),
    "cart.product_off": N_("DomainError", "'{product}' is not available in this store right now."),
    "cart.bad_option": N_("DomainError", "This customisation does not apply to '{product}'."),
    "cart.no_recipe": N_("DomainError", "'{product}' has no recipe and cannot be ordered."),
    "cart.bad_size": N_("DomainError", "'{product}' is not sold in this size."),
    "cart.half_size": N_(
        "DomainError",
        "Both halves must be the same size: '{product}' is not sold in {size}.",
    ),
    "cart.half_options": N_("DomainError", "A half-and-half pizza is made without customisations."),
    "cart.formula_unknown": N_("DomainError", "Unknown formula, or no longer sold."),
    "cart.formula_slots": N_(
        "DomainError", "The formula '{formula}' needs one choice for each of its {count} slots."
    ),
    "cart.formula_choice": N_(
        "DomainError", "'{product}' cannot be chosen for '{slot}' in the formula '{formula}'."
    ),
    "cart.formula_options": N_(
        "DomainError", "A formula is customised choice by choice, in the sizes its slots take."
    ),
    "cart.formula_discount": N_(
        "DomainError", "A formula already has its set price: no discount on its line."
    ),
    "catalogue.formula_name": N_(
        "DomainError", "A formula needs a name (at most 60 characters), not already used."
    ),
    "catalogue.formula_empty": N_(
        "DomainError", "The formula needs at least one slot, and every slot a label."
    ),
    "catalogue.formula_slot_empty": N_(
        "DomainError", "The slot '{slot}' offers no product: choose a category or products."
    ),
    "catalogue.formula_supplement": N_(
        "DomainError", "Invalid supplement in '{slot}': between €0 and {limit}, to the cent."
    ),
    "catalogue.size_price": N_(
        "DomainError", "The size '{size}' needs a price between €0.01 and {limit}."
    ),
    "catalogue.size_label": N_(
        "DomainError",
        "Every size needs its own label (at most 20 characters); '{size}' is given twice.",
    ),
    "catalogue.size_dose": N_(
        "DomainError", "The size '{size}' needs a dose factor between 10 % and 400 %."
    ),
    "catalogue.size_default": N_(
        "DomainError", "A product needs at least one size, and exactly one default size."
    ),
    # -- head-office catalogue
    "catalogue.code_format": N_(
        "DomainError",
        (
            "The code may only hold lowercase letters without accents, digits, '_' "
            "and '-' (2 to 40 characters)."
        ),
    ),
    "catalogue.code_taken": N_("DomainError", "The code '{value}' already belongs to '{product}'."),
    "catalogue.no_recipe": N_("DomainError", "A product needs at least one recipe line."),
    "catalogue.dose": N_(
        "DomainError",
        "Invalid dose of '{ingredient}': a whole number of {unit} between 1 and {limit}.",
    ),
    "catalogue.duplicate_ingredient": N_(
        "DomainError", "'{ingredient}' appears twice in the recipe."
    ),
    "catalogue.price": N_("DomainError", "Invalid price: between €0.01 and {limit}, to the cent."),
    "catalogue.vat_rate": N_("DomainError", "This VAT rate is not used: choose {rates}."),
    "catalogue.extra_dose": N_("DomainError", "The extra '{ingredient}' needs a dose."),
    "catalogue.option_price": N_(
        "DomainError", "Invalid price for an extra: between €0 and {limit}."
    ),
    "catalogue.remove_not_in_recipe": N_(
        "DomainError", "'Without {ingredient}': this ingredient is not in the recipe."
    ),
    "catalogue.duplicate_option": N_("DomainError", "The customisation '{label}' appears twice."),
    "catalogue.too_many": N_("DomainError", "Too many lines in '{field}' (at most {limit})."),
    "catalogue.changed": N_(
        "DomainError", "{who} changed this product at {at}: reload it before saving."
    ),
    "catalogue.photo_format": N_("DomainError", "The photo must be a PNG or JPEG image."),
    "catalogue.photo_size": N_(
        "DomainError", "The photo is too large ({size} KB; at most {limit} KB)."
    ),
    # -- allergens (EU regulation 1169/2011, annex II)
    "allergen.unknown": N_(
        "DomainError", "Unknown allergen: '{value}' is not one of the 14 regulated allergens."
    ),
    "allergen.unknown_ingredient": N_(
        "DomainError", "This ingredient does not exist or is no longer used."
    ),
    # -- stock
    "stock.insufficient": N_(
        "DomainError", "Not enough stock for {products} (short of: {ingredients})."
    ),
    "stock.short": N_("DomainError", "Not enough stock (short of: {ingredients})."),
    "stock.moved": N_("DomainError", "The stock just changed on another PC: validate again."),
    "stock.unknown_ingredient": N_("DomainError", "Unknown ingredient for this store."),
    "stock.waste_too_much": N_(
        "DomainError", "Cannot waste more than what is in stock ({available})."
    ),
    "stock.threshold_changed": N_(
        "DomainError", "{who} changed this threshold at {at}: the list was reloaded, try again."
    ),
    # -- stores
    "store.code_format": N_(
        "DomainError",
        "A store code: lowercase letters without accents, digits and '-' (2 to 32).",
    ),
    "store.code_taken": N_("DomainError", "The code '{value}' already belongs to another store."),
    "store.coordinates": N_(
        "DomainError",
        "Invalid coordinates: latitude between -90 and 90, longitude between -180 and 180.",
    ),
    "store.radius": N_("DomainError", "The delivery radius must be between 1 and {limit} metres."),
    "store.hours_day": N_("DomainError", "Unknown day in the opening hours: '{day}'."),
    "store.hours_format": N_(
        "DomainError", "Opening hours ({day}): '{value}' is not an HH:MM time."
    ),
    "store.hours_order": N_(
        "DomainError", "Opening hours ({day}): opening {start} must come before closing {end}."
    ),
    "store.hours_overlap": N_(
        "DomainError", "Opening hours ({day}): the slots {first} and {second} overlap."
    ),
    "store.changed": N_(
        "DomainError", "{who} changed this store at {at}: reload it before saving."
    ),
    "store.last_order": N_(
        "DomainError", "The last orders must be between 0 and {limit} minutes before closing."
    ),
    "store.closure_date": N_("DomainError", "Closure: '{value}' is not a date (DD/MM/YYYY)."),
    "store.closure_label": N_(
        "DomainError", "Closure of {day}: give its reason (at most 80 characters)."
    ),
    "store.closure_past": N_("DomainError", "Closure of {day}: that day has already passed."),
    "store.closure_twice": N_("DomainError", "The closure of {day} is listed twice."),
    # -- staff accounts
    "staff.username": N_(
        "DomainError",
        (
            "The username: 3 to 64 characters, lowercase letters without accents, "
            "digits, '.', '_' and '-', starting with a letter."
        ),
    ),
    "staff.username_taken": N_("DomainError", "The username '{value}' is already taken."),
    "staff.password": N_(
        "DomainError",
        (
            "The password: at least {minimum} characters, with letters and at least "
            "one digit or symbol, not containing the username."
        ),
    ),
    "staff.store_required": N_(
        "DomainError", "A store account (counter, pizzaiolo, driver, manager) belongs to a store."
    ),
    "staff.no_store": N_(
        "DomainError", "Head office and administrator accounts belong to no store."
    ),
    "staff.manager_scope": N_(
        "DomainError",
        "A manager only manages the counter, pizzaiolo and driver accounts of their own store.",
    ),
    "staff.admin_only": N_(
        "DomainError", "Only an administrator can create or change an administrator account."
    ),
    "staff.self": N_(
        "DomainError", "You cannot deactivate your own account or change your own role."
    ),
    "staff.last_admin": N_(
        "DomainError", "This is the last active administrator: at least one must remain."
    ),
    "staff.store_inactive": N_("DomainError", "This store is deactivated: choose another one."),
    "staff.changed": N_(
        "DomainError", "{who} changed this account at {at}: reload it before saving."
    ),
    # -- orders
    "order.not_found": N_("DomainError", "Order not found."),
    "order.transition": N_("DomainError", "An order that is '{source}' cannot become '{target}'."),
    "order.not_modifiable": N_(
        "DomainError", "This order is already being prepared: it can no longer be changed."
    ),
    "order.changed": N_("DomainError", "This order was just changed on another PC: reload it."),
    "order.taken": N_("DomainError", "{who} already moved this order to '{status}' at {at}."),
    "order.cancel_manager": N_(
        "DomainError", "This order is already being prepared: only a manager can cancel it."
    ),
    "order.undo_not_allowed": N_(
        "DomainError", "Only the last kitchen or delivery tap can be undone."
    ),
    "order.undo_changed": N_(
        "DomainError", "This order has changed since, on another PC: the undo is refused."
    ),
    "order.undo_manager": N_(
        "DomainError", "The time to undo this tap has passed: only a manager can correct it."
    ),
    "order.undo_reason": N_("DomainError", "Give the reason for the correction."),
    "order.modify_started_manager": N_(
        "DomainError",
        "This order is already {status}: only a manager can still change it, with a reason.",
    ),
    "order.change_unacknowledged": N_(
        "DomainError",
        "Order {order} was changed after the oven started: see what changed and tap “Seen” "
        "before marking it ready.",
    ),
    "order.modify_started_reason": N_(
        "DomainError", "Give the reason for changing an order the kitchen has started."
    ),
    "order.undo_trip_delivered": N_(
        "DomainError",
        "A stop of this trip has been delivered since: its departure can no longer be undone.",
    ),
    "order.reason_required": N_("DomainError", "Give the reason for the cancellation."),
    "order.address_required": N_("DomainError", "A delivery needs a customer and an address."),
    "order.promised_past": N_("DomainError", "The promised time has already passed."),
    "order.promised_far": N_(
        "DomainError", "The promised time is too far away (more than 7 days)."
    ),
    "order.channel": N_("DomainError", "This PC only takes phone and counter orders."),
    "order.closed_hours": N_("DomainError", "Closed at that time: next possible time {next}."),
    "order.closed_day": N_("DomainError", "Closed on {day} ({label}): next possible time {next}."),
    "order.last_order": N_(
        "DomainError", "Last orders for that time have passed: next possible time {next}."
    ),
    "order.closed_long": N_(
        "DomainError", "Closed at that time, and not open in the next two weeks."
    ),
    "order.out_of_zone": N_(
        "DomainError",
        "This address is outside the delivery zone of {store}; it is delivered by: {stores}.",
    ),
    "order.out_of_zone_none": N_(
        "DomainError", "This address is outside the delivery zone of {store}, and of every store."
    ),
    "order.closed": N_("DomainError", "This order is closed: no more payments."),
    # -- payments
    "payment.exceeds_due": N_("DomainError", "The amount is more than what is still due ({due})."),
    "payment.cash_short": N_("DomainError", "The customer handed over less than the amount taken."),
    "payment.reference": N_(
        "DomainError", "An online payment needs the bank's reference (4 to 64 characters)."
    ),
    "payment.tendered_only_cash": N_("DomainError", "Change only applies to cash."),
    "payment.plan": N_("DomainError", "The planned tenders exceed the order total."),
    "order.cancelled_by": N_("DomainError", "{who} cancelled this order at {at}."),
    "order.modified_by": N_(
        "DomainError", "{who} changed this order at {at}: it was reloaded, try again."
    ),
    "order.paid_by": N_(
        "DomainError", "{who} recorded a payment on this order at {at}: reload it."
    ),
    "order.not_modifiable_status": N_(
        "DomainError", "This order is '{status}': it can no longer be changed."
    ),
    # -- exact-once submissions, discounts, refunds (services/counter.py, orders.py)
    "submission.key_reused": N_(
        "DomainError",
        (
            "This submission already saved order no. {order} with another content: "
            "nothing was changed. Open order no. {order} to check it."
        ),
    ),
    "payment.key_reused": N_(
        "DomainError",
        (
            "This payment was already recorded ({tender}, {amount}): another amount "
            "cannot replace it."
        ),
    ),
    "payment.negative": N_("DomainError", "An amount cannot be negative or zero."),
    "discount.reason": N_("DomainError", "Choose the reason for the discount from the list."),
    "discount.amount": N_("DomainError", "The discount must be a positive amount."),
    "discount.percent": N_("DomainError", "A discount cannot exceed 100 %."),
    "discount.no_line": N_("DomainError", "The discounted line is no longer in the order."),
    "discount.twice": N_(
        "DomainError", "This line already has a discount: change it rather than add another."
    ),
    "discount.too_much": N_("DomainError", "The discount is more than what it applies to."),
    "discount.over_limit": N_(
        "DomainError",
        (
            "Discounts of {amount}: your role allows at most {limit} on this order "
            "({percent} of the total). Ask a manager."
        ),
    ),
    "settlement.refund_required": N_(
        "DomainError",
        (
            "The customer has already paid {kept} and the order now comes to {total}: "
            "say how {amount} is given back."
        ),
    ),
    "settlement.refund_mismatch": N_(
        "DomainError", "The refund must be exactly {amount} (entered: {given})."
    ),
    "refund.tender_too_much": N_(
        "DomainError", "Cannot refund more by {tender} than what was paid that way ({paid})."
    ),
    "refund.reference": N_(
        "DomainError", "A card or online refund needs the bank's reference (4 to 64 characters)."
    ),
    "refund.reason_required": N_("DomainError", "Give the reason for the refund."),
    "refund.approval_needed": N_(
        "DomainError",
        "A refund above {limit} must be approved by a manager (username and password).",
    ),
    "refund.approver_role": N_("DomainError", "{who} cannot approve a refund in this store."),
    "till_rules.value": N_("DomainError", "Impossible value for {field}."),
    # -- deliveries (services/deliveries.py)
    "delivery.no_orders": N_("DomainError", "Choose at least one order."),
    "delivery.too_many": N_("DomainError", "A trip has at most {limit} stops."),
    "delivery.not_delivery": N_(
        "DomainError", "Order no. {order} is a take-away: it is not delivered."
    ),
    "delivery.no_coordinates": N_(
        "DomainError", "The address of order no. {order} has no location: check it."
    ),
    "delivery.not_a_driver": N_(
        "DomainError", "This account is not an active driver of this store."
    ),
    "delivery.not_on_shift": N_(
        "DomainError", "{driver} is not on shift: start their shift first."
    ),
    "delivery.shift_open": N_("DomainError", "{driver} is already on shift."),
    "delivery.shift_closed": N_("DomainError", "This shift has already ended."),
    "delivery.shift_not_found": N_("DomainError", "Shift not found."),
    "delivery.undelivered": N_(
        "DomainError", "{driver} still has an unfinished trip: the shift cannot be ended."
    ),
    "delivery.driver_out": N_(
        "DomainError", "{driver} is already out on a trip: wait until they are back."
    ),
    "delivery.taken": N_("DomainError", "{who} already gave order no. {order} to {driver}."),
    "delivery.not_ready": N_(
        "DomainError", "{who} moved order no. {order} to '{status}': it no longer leaves."
    ),
    "delivery.cancelled": N_("DomainError", "Order no. {order} was cancelled meanwhile."),
    "delivery.trip_changed": N_(
        "DomainError", "This trip was just changed on another PC: reload it."
    ),
    "delivery.trip_not_found": N_("DomainError", "Trip not found."),
    "delivery.trip_departed": N_("DomainError", "This trip has already left."),
    "delivery.not_departed": N_(
        "DomainError", "The trip has not left yet: press 'Out for delivery' first."
    ),
    "delivery.empty_trip": N_("DomainError", "This trip has no stop left."),
    "delivery.not_your_trip": N_("DomainError", "This trip belongs to another driver."),
    "delivery.not_on_trip": N_("DomainError", "Order no. {order} is not on this trip."),
    "delivery.not_out": N_("DomainError", "Order no. {order} is not out for delivery."),
    # -- locations: the geocoding chain and the manual pin (services/geocoding.py)
    "delivery.not_located": N_(
        "DomainError",
        (
            "The address of order no. {order} could not be located: place it on the "
            "map ('Place on the map…')."
        ),
    ),
    "address.pin_outside": N_(
        "DomainError", "This point is outside metropolitan France: put the pin on the address."
    ),
    "address.changed": N_(
        "DomainError", "The address was changed meanwhile: it was reloaded, place it again."
    ),
    # -- till closures and their signing key (services/closures.py)
    "closure.store_not_found": N_("DomainError", "Store not found."),
    "closure.not_found": N_("DomainError", "Closure not found."),
    "closure.future": N_(
        "DomainError", "{day} has not come yet: a day is closed once it has begun."
    ),
    "closure.already_closed": N_(
        "DomainError", "Already closed ({period}) by {who} at {time}: nothing was recorded."
    ),
    "closure.later_closed": N_(
        "DomainError",
        (
            "The day {closed} is already closed: the earlier day {day} can no longer "
            "be (its entries went to the next business day)."
        ),
    ),
    "closure.earlier_open": N_(
        "DomainError", "Close the day {earlier} first: it has sales not closed yet."
    ),
    "closure.open_orders": N_(
        "DomainError",
        (
            "{count} order(s) are not finished or not fully paid (no. {orders}): "
            "finish them, or carry them over to the next business day."
        ),
    ),
    "closure.count": N_(
        "DomainError", "Impossible count for {denomination}: a whole number from 0 to {limit}."
    ),
    "closure.denomination": N_("DomainError", "'{value}' is neither a euro note nor a euro coin."),
    "closure.drawer_total": N_(
        "DomainError", "The drawer counted ({amount}) is above {limit}: check the count."
    ),
    "closure.period_open": N_(
        "DomainError", "The period is not over yet ({period}): it is closed after its last day."
    ),
    "closure.days_open": N_(
        "DomainError", "Days are not closed ({period}): {days}. Close them first."
    ),
    "closure.months_open": N_(
        "DomainError", "Months are not closed ({period}): {months}. Close them first."
    ),
    "closure.key_exists": N_(
        "DomainError",
        (
            "This PC already has a signing key ({key}): add --replace to replace it "
            "(the old one is retired; its signatures stay verifiable)."
        ),
    ),
    "closure.no_keyring": N_(
        "DomainError",
        (
            "No usable OS keyring on this PC: the private key cannot be stored there; "
            "nothing was created."
        ),
    ),
}


class DomainError(Exception):
    """A refusal the user can understand and act on; nothing was written."""

    def __init__(self, code: str, **params: Any) -> None:
        if code not in MESSAGES:
            raise KeyError(f"no message for domain error {code!r}")
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def __reduce__(self):
        """Picklable with its code and parameters (errors cross process boundaries)."""
        return (_restore, (type(self), self.code, self.params, self.__dict__))

    def message(self, lang: str = "fr") -> str:
        params = {key: localize(value, lang) for key, value in self.params.items()}
        return translate(CONTEXT, MESSAGES[self.code], lang).format(**params)


class AuthenticationError(DomainError):
    pass


class PermissionDenied(DomainError):
    pass


class NotFound(DomainError):
    pass


class SchemaMismatch(DomainError):
    """The database is not at the revision this build was made for."""


class ConflictError(DomainError):
    """Concurrent work won; the caller may retry or reload."""


class ValidationError(DomainError):
    """What the user typed or chose cannot be accepted; `field` names the culprit."""

    @property
    def field(self) -> str | None:
        value = self.params.get("field_key")
        return value if isinstance(value, str) else None


class StockError(DomainError):
    """Not enough stock: `shortages` lists (ingredient id, missing base units)."""

    def __init__(self, code: str, shortages: list[tuple[int, int]] | None = None, **params):
        super().__init__(code, **params)
        self.shortages = shortages or []


def _restore(cls: type[DomainError], code: str, params: dict, state: dict) -> DomainError:
    error = cls.__new__(cls)
    DomainError.__init__(error, code, **params)
    error.__dict__.update(state)
    return error
