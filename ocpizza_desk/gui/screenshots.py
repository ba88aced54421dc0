"""`ocpizza-desk screenshot SCREEN --out FILE.png`: any screen, with demo data, offscreen.

Drives the real application (sign-in, then the screen as a user of the right role would
open it) and saves the window once every background task has finished.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSize, QTimer
from PySide6.QtWidgets import QApplication

from ocpizza_desk.config import DatabaseConfig, sqlite_url
from ocpizza_desk.domain.enums import Role


@dataclass(frozen=True)
class Shot:
    screen: str | None  # None: the sign-in window
    username: str | None
    role: Role | None
    size: tuple[int, int]
    # Drives the screen as a user would before the picture: (main window, wait(condition)).
    prepare: Callable | None = None


def _fill_order(window, wait) -> None:
    """A delivery for a known customer: two pizzas (one customised), a drink, split tender."""
    screen = window.page("order_taking")
    ui = screen.ui
    ui.phoneEdit.setText("Mar")
    screen.customer.lookup()
    wait(lambda: ui.matchesList.count() > 0)
    ui.matchesList.itemActivated.emit(ui.matchesList.item(0))
    wait(lambda: screen.customer.card is not None)
    ui.deliveryRadio.setChecked(True)
    wait(lambda: screen.menu_model.rowCount() > 0)
    # A lunch formula (F4, then a key per slot): Diavola 33 cm, Orangina, Panna cotta.
    wait(lambda: bool(screen._formulas))
    lunch = screen._formulas[0]
    picks = [
        next(c for c in slot.choices if c.name.startswith(wanted))
        for slot, wanted in zip(lunch.slots, ("Diavola", "Orangina", "Panna"), strict=True)
    ]
    screen._formula_taken(lunch, picks)
    # A Regina (Enter: 33 cm), two small Margherita (key 1), a large half-and-half (Regina,
    # "/", 4 Fromages, key 3), a drink, a dessert.
    for name, size, half in (
        ("Regina", None, False),
        ("Margherita", 1, False),
        ("Margherita", 1, False),
        ("Regina", None, True),
        ("4 Fromages", 3, False),
        ("Coca-Cola Zero", None, False),
        ("Tiramisu", None, False),
    ):
        ui.menuSearchEdit.setText(name)
        if half:
            screen.start_half()
        else:
            screen.add_selected(size)
    ui.menuSearchEdit.clear()
    row = next(r for r, e in enumerate(screen.cart.entries) if e.name.startswith("Regina"))
    options = screen.menu_model.item(screen.cart.entries[row].product_id).options
    screen.cart.set_options(row, options[:2])
    ui.tender2Combo.setCurrentIndex(2)
    ui.tender1Amount.setText("20,00")
    screen._tender_typed(1)
    ui.cashGivenEdit.setText("50")
    ui.cartView.selectRow(row)
    screen.advice.refresh(force=True)  # the advised store, without the typing debounce
    wait(lambda: screen.advice.result is not None or screen.advice.error is not None)


def _busy_kitchen(window, wait) -> None:
    """A Friday-night queue: the counter places a few orders (one customised, one with a
    note), then the pizzaiolo starts the oldest."""
    import uuid
    from datetime import timedelta

    from ocpizza_desk.domain.clock import utcnow
    from ocpizza_desk.domain.demo import DEMO_PASSWORDS
    from ocpizza_desk.domain.enums import Channel, OrderMode
    from ocpizza_desk.services import auth, formulas, menu, orders
    from ocpizza_desk.services.cart import CartLine

    ctx = window.ctx
    counter = auth.sign_in(ctx, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    items = {i.name: i for i in menu.menu(ctx, counter).items if i.available}
    # (name, quantity, options, size label or None, the other half's name or None)
    wanted = [
        [("Regina", 2, 1, None, None), ("Coca-Cola 33 cl", 2, 0, None, None)],
        [("Regina", 1, 0, "40 cm", "4 Fromages"), ("Diavola", 1, 2, "26 cm", None)],
        [("Margherita", 3, 0, "40 cm", None)],
        [("Calzone", 1, 1, None, None), ("Tiramisu", 2, 0, None, None)],
    ]
    from ocpizza_desk.services import stores

    def promise(minutes: int):
        """In the demo store's opening hours whatever the hour the picture is taken at."""
        at = utcnow() + timedelta(minutes=minutes)
        return stores.next_possible(ctx, counter, counter.store_id, at) or at

    def line(name, qty, n, label, other) -> CartLine:
        item = items[name]
        size = item.size_labelled(label) if label else None
        second = items.get(other) if other else None
        return CartLine(
            item.product_id,
            qty,
            tuple(o.option_id for o in item.options[:n]),
            size.size_id if size else None,
            second.product_id if second else None,
        )

    lunch = formulas.for_counter(ctx, counter)[0]
    picks = [
        next(c for c in slot.choices if c.name.startswith(name))
        for slot, name in zip(lunch.slots, ("Regina", "Coca-Cola 33", "Tiramisu"), strict=True)
    ]
    formula_line = CartLine.of_formula(lunch.id, [(c.product_id, c.size_id) for c in picks])
    for minutes, lines in zip((25, 30, 35, 40), wanted, strict=True):
        cart = tuple(line(*spec) for spec in lines if spec[0] in items)
        if minutes == 30:  # a lunch formula, shown as one line with its choices
            cart += (formula_line,)
        orders.place(
            ctx,
            counter,
            orders.OrderRequest(
                client_key=uuid.uuid4().hex,
                channel=Channel.PHONE,
                mode=OrderMode.TAKEAWAY,
                lines=cart,
                promised_at=promise(minutes),
                notes="Bien cuite, svp" if minutes == 35 else None,
            ),
        )
    screen = window.page("kitchen")
    screen.reload()
    wait(lambda: screen.loaded and len(screen.cards) >= 4)
    oldest = screen.ordered_cards()[0]
    if oldest.order.status.value == "received":
        screen.act(oldest.order)
        wait(lambda: screen.ordered_cards()[0].order.status.value != "received")


def _kitchen_modified(window, wait) -> None:
    """The busy kitchen, then the manager changes the order in the oven (issue 20): one more
    pizza, a line less, a dessert, a note; its card flashes "MODIFIÉE" until the pizzaiolo
    sees it."""
    from ocpizza_desk.domain.demo import DEMO_PASSWORDS
    from ocpizza_desk.services import auth, menu, orders
    from ocpizza_desk.services.cart import CartLine

    _busy_kitchen(window, wait)
    ctx = window.ctx
    manager = auth.sign_in(ctx, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    screen = window.page("kitchen")
    started = next(c.order for c in screen.ordered_cards() if c.order.status.value != "received")
    detail = orders.detail(ctx, manager, started.order_id)
    items = {i.name: i for i in menu.menu(ctx, manager).items}
    # One more of its first pizza, its last line taken away (if it has several), a dessert.
    kept = detail.lines[:-1] if len(detail.lines) > 1 else detail.lines
    lines = [
        CartLine(
            line.product_id,
            line.quantity + (n == 0),
            tuple(c["option_id"] for c in line.customisations),
        )
        for n, line in enumerate(kept)
    ]
    lines.append(CartLine(items["Tiramisu"].product_id, 1))
    orders.modify(
        ctx,
        manager,
        started.order_id,
        orders.OrderChange(
            lines=tuple(lines),
            mode=detail.mode,
            promised_at=detail.promised_at,
            customer_id=detail.customer_id,
            address_id=detail.address_id,
            notes="sans olives",
            late_reason="Le client a rappelé",
        ),
        detail.version,
    )
    screen.refresh_order(started.order_id)
    wait(lambda: bool(screen.cards[started.order_id].order.changes))


def _select_first_order(window, wait) -> None:
    screen = window.page("order_book")
    wait(lambda: screen.model.rowCount() > 0)
    screen.ui.ordersView.selectRow(0)
    wait(lambda: screen.detail is not None)


def _catalogue_product(window, wait) -> None:
    """Head office editing a pizza: the list, and the recipe in base units."""
    screen = window.page("catalogue")
    wait(lambda: screen.loaded and screen.products.rowCount() > 0)
    regina = next(p.product_id for p in screen.products.rows if p.code == "regina")
    screen.open_product(regina)
    wait(lambda: screen.detail is not None and screen.detail.product_id == regina)
    screen.ui.tabs.setCurrentWidget(screen.ui.recipeTab)


def _catalogue_sizes(window, wait) -> None:
    """Head office on a pizza's sizes: 26 / 33 / 40 cm, each its price and dose factor."""
    _catalogue_product(window, wait)
    screen = window.page("catalogue")
    screen.ui.tabs.setCurrentWidget(screen.ui.generalTab)


def _stock_ledger(window, wait) -> None:
    """A manager's stock: the alerts on top, and the first one's ledger open."""
    from ocpizza_desk.gui.models.stock import INGREDIENT_ID_ROLE

    screen = window.page("stock")
    wait(lambda: screen.loaded and screen.levels.rowCount() > 0)
    screen.select_ingredient(screen.proxy.index(0, 0).data(INGREDIENT_ID_ROLE))
    wait(lambda: screen.ledger.rowCount() > 0 and not screen.ledger.loading)


def _store_hours(window, wait) -> None:
    """Head office with Bastille open in the editor: address, radius, the week's hours."""
    screen = window.page("stores")
    wait(lambda: screen.model.rowCount() > 0)
    screen.ui.storesView.selectRow(screen.model.row_of(_store_id(screen.model, "bastille")))
    wait(lambda: screen.detail is not None and screen.detail.code == "bastille")


def _store_id(model, code: str) -> int:
    return next(model.row_at(r).id for r in range(model.rowCount()) if model.row_at(r).code == code)


def _staff_account(window, wait) -> None:
    """A manager's team, the counter account selected."""
    screen = window.page("staff")
    wait(lambda: screen.model.rowCount() > 0)
    wait(lambda: screen.select_account("accueil.bastille"))
    wait(lambda: screen.detail is not None)


def _customer_file(window, wait) -> None:
    """A manager looking up a caller by name: the customers found, the most regular one
    opened, their orders."""
    screen = window.page("customers")
    screen.ui.searchEdit.setText("Mar")
    screen.search()
    wait(lambda: screen.rows.rowCount() > 1)
    regular = max(screen.rows.rows, key=lambda r: r.orders)
    screen.select_customer(regular.id)
    wait(lambda: screen.card is not None and screen.card.id == regular.id and not screen.busy)
    wait(lambda: screen.cursor is not None)


def cash_day(ctx, manager) -> list[int]:
    """A day at the manager's till (a StaffSession) through the services: counter sales paid
    cash, card and meal vouchers (one with a discount), finished, and one left unpaid.
    Returns the orders finished."""
    import uuid
    from datetime import timedelta

    from ocpizza_desk.domain.clock import utcnow
    from ocpizza_desk.domain.enums import (
        Channel,
        DiscountKind,
        DiscountReason,
        OrderMode,
        OrderStatus,
        Tender,
    )
    from ocpizza_desk.domain.totals import Discount
    from ocpizza_desk.services import counter, menu, orders, stores
    from ocpizza_desk.services.cart import CartLine

    def promise():
        """In the store's opening hours whatever the hour it runs at."""
        at = utcnow() + timedelta(minutes=15)
        return stores.next_possible(ctx, manager, manager.store_id, at) or at

    items = {i.name: i for i in menu.menu(ctx, manager).items if i.available}
    names = [n for n in items if not n.startswith("Peroni")]
    sales = [
        ((names[0], 2), (names[-1], 2), Tender.CASH, None),
        (
            (names[1], 1),
            (names[-2], 1),
            Tender.CARD,
            Discount(DiscountKind.PERCENT, 1000, DiscountReason.LOYALTY),
        ),
        ((names[2], 1), (names[3], 1), Tender.MEAL_VOUCHER, None),
        ((names[4], 3), (names[-3], 3), Tender.CASH, None),
        ((names[5], 1), (names[0], 1), Tender.CARD, None),
        ((names[6], 2), (names[-1], 1), Tender.CASH, None),
    ]
    done = []
    for first, second, tender, discount in sales:
        placed = counter.submit(
            ctx,
            manager,
            counter.CounterSubmission(
                client_key=uuid.uuid4().hex,
                channel=Channel.COUNTER,
                mode=OrderMode.TAKEAWAY,
                lines=tuple(CartLine(items[n].product_id, q) for n, q in (first, second)),
                promised_at=promise(),
                discounts=(discount,) if discount else (),
            ),
        )
        due = placed.totals.total_cents
        orders.record_payment(
            ctx, manager, placed.order_id, tender, due,
            (due // 1000 + 1) * 1000 if tender is Tender.CASH else None,
            client_key=uuid.uuid4().hex,
        )  # fmt: skip
        for target in (OrderStatus.IN_PREPARATION, OrderStatus.READY, OrderStatus.COLLECTED):
            orders.advance(ctx, manager, placed.order_id, target)
        done.append(placed.order_id)
    counter.submit(
        ctx,
        manager,
        counter.CounterSubmission(
            client_key=uuid.uuid4().hex,
            channel=Channel.COUNTER,
            mode=OrderMode.TAKEAWAY,
            lines=(CartLine(items[names[7]].product_id, 1),),
            promised_at=promise(),
        ),
    )
    return done


def _cash_close(window, wait) -> None:
    """Bastille's manager at the end of the evening: the day's sales and takings, the
    drawer being counted (a few euros short), the orders still open listed."""
    from ocpizza_desk.services.closures import DENOMINATIONS

    cash_day(window.ctx, window.session)
    screen = window.page("cash_close")
    screen.refresh()
    wait(lambda: not screen.loading and screen.preview is not None)
    expected = screen.preview.expected_cash_cents - 350
    for denomination in DENOMINATIONS:
        pieces, expected = divmod(expected, denomination)
        if pieces:
            screen.model.set_pieces(denomination, str(pieces))
    screen.focus_count(9)


def _audit_changes(window, wait) -> None:
    """Head office after a morning of changes: an account created and reset by the
    Bastille manager, a store's delivery radius widened; the newest entry opened."""
    from dataclasses import replace

    from ocpizza_desk.domain.demo import DEMO_PASSWORDS
    from ocpizza_desk.services import auth, staff, stores

    ctx = window.ctx
    manager = auth.sign_in(ctx, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    account = staff.create(
        ctx,
        manager,
        staff.NewAccount(
            "lea.bastille", "Léa Moreau", Role.COUNTER, manager.store_id, "Pizza-2026!"
        ),
    )
    staff.reset_password(ctx, manager, account, "Regina-2026!")
    store = next(s for s in stores.list_stores(ctx, window.session) if s.code == "bastille")
    stores.update_store(ctx, window.session, store, replace(store.draft(), delivery_radius_m=3500))
    screen = window.page("audit_log")
    screen.refresh()
    wait(lambda: screen.model.rowCount() > 0 and not screen.model.loading)
    screen.ui.entriesView.selectRow(0)
    wait(lambda: screen.detail.rowCount() > 0)


def ready_deliveries(ctx, count: int) -> list[int]:
    """Bastille's counter takes `count` delivery orders for past delivery customers (their
    addresses are located), and the kitchen makes them: ready to leave."""
    import uuid
    from datetime import timedelta

    from ocpizza_desk.domain.clock import utcnow
    from ocpizza_desk.domain.demo import DEMO_PASSWORDS
    from ocpizza_desk.domain.enums import Channel, OrderMode, OrderStatus
    from ocpizza_desk.services import auth, menu, orderbook, orders
    from ocpizza_desk.services.cart import CartLine

    counter = auth.sign_in(ctx, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    cook = auth.sign_in(ctx, "pizzaiolo.bastille", DEMO_PASSWORDS[Role.PIZZAIOLO])
    past = orderbook.page(
        ctx, counter, orderbook.OrderBookFilter(statuses=frozenset({OrderStatus.DELIVERED}))
    )
    places, seen = [], set()
    for row in past.rows:
        detail = orders.detail(ctx, counter, row.id)
        if detail.address_id and detail.customer_id not in seen:
            seen.add(detail.customer_id)
            places.append((detail.customer_id, detail.address_id))
        if len(places) == count:
            break
    from ocpizza_desk.services import stores

    items = {i.name: i for i in menu.menu(ctx, counter).items if i.available}
    picks = [n for n in ("Regina", "Margherita", "4 Fromages", "Diavola") if n in items]
    placed = []
    for n, (customer_id, address_id) in enumerate(places):
        order = orders.place(
            ctx,
            counter,
            orders.OrderRequest(
                client_key=uuid.uuid4().hex,
                channel=Channel.PHONE,
                mode=OrderMode.DELIVERY,
                lines=(CartLine(items[picks[n % len(picks)]].product_id, 1 + n % 2),),
                promised_at=stores.next_possible(
                    ctx, counter, counter.store_id, utcnow() + timedelta(minutes=20 + 5 * n)
                )
                or utcnow() + timedelta(minutes=20 + 5 * n),
                customer_id=customer_id,
                address_id=address_id,
            ),
        )
        for target in (OrderStatus.IN_PREPARATION, OrderStatus.READY):
            orders.advance(ctx, cook, order.order_id, target)
        placed.append(order.order_id)
    return placed


def _board_with_trip(window, wait) -> None:
    """A manager's board at dinner time: orders ready, the driver on shift; three orders
    given to the driver (stops optimised) and the trip's itinerary shown."""
    ready = ready_deliveries(window.ctx, 4)
    screen = window.page("delivery_board")
    screen.reload()
    wait(lambda: screen.loaded and all(screen.ready.row_of(o) >= 0 for o in ready))
    wait(lambda: screen.drivers.rowCount() > 0)
    from ocpizza_desk.gui.screens.delivery_board import select_ids

    select_ids(screen.ui.readyView, ready[:3])
    screen.ui.driversView.selectRow(0)
    screen.assign()
    wait(lambda: not screen.busy and screen.trips.rowCount() > 0)
    wait(lambda: screen.itinerary is not None)
    select_ids(screen.ui.readyView, ready[3:])


def _driver_trip(window, wait) -> None:
    """The driver's view of a trip the manager has just given: stops in order, the route
    and its directions, the first stop's door code and what to collect."""
    from ocpizza_desk.domain.demo import DEMO_PASSWORDS
    from ocpizza_desk.services import auth, deliveries

    ctx = window.ctx
    ready = ready_deliveries(ctx, 3)
    manager = auth.sign_in(ctx, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    deliveries.create_trip(ctx, manager, window.session.user_id, ready)
    screen = window.page("my_deliveries")
    screen.reload()
    wait(lambda: screen.trip is not None and screen.itinerary is not None)


def _run_report(window, wait, period, granularity, tab) -> None:
    """`period`: a quick choice's key, or (first day, last day)."""
    screen = window.page("reports")
    wait(lambda: len(screen.store_choices) > 0)
    if isinstance(period, str):
        screen.set_period(period)
    else:
        screen.set_dates(*period)
    screen.set_granularity(granularity)
    screen.run()
    wait(lambda: not screen.running and screen.report is not None)
    screen.ui.tabs.setCurrentWidget(getattr(screen.ui, tab))


def _reports_revenue(window, wait) -> None:
    """Head office comparing the five stores over the last five complete months."""
    from datetime import timedelta

    from ocpizza_desk.domain.clock import to_paris, utcnow
    from ocpizza_desk.services.reports import Granularity

    month_start = to_paris(utcnow()).date().replace(day=1)
    last = month_start - timedelta(days=1)
    first = month_start
    for _ in range(5):
        first = (first - timedelta(days=1)).replace(day=1)
    _run_report(window, wait, (first, last), Granularity.MONTH, "revenueTab")


def _reports_summary(window, wait) -> None:
    """Head office's last month, store against store."""
    from ocpizza_desk.services.reports import Granularity

    _run_report(window, wait, "last_month", Granularity.WEEK, "summaryTab")


# The shops' screens: 1366×768 (issue 18), as the README shows them.
SHOP = (1366, 768)

SHOTS: dict[str, Shot] = {
    "sign-in": Shot(None, None, None, (460, 520)),
    "order-taking": Shot("order_taking", "accueil.bastille", Role.COUNTER, SHOP, _fill_order),
    "kitchen": Shot("kitchen", "pizzaiolo.bastille", Role.PIZZAIOLO, SHOP, _busy_kitchen),
    "kitchen-modified": Shot(
        "kitchen", "pizzaiolo.bastille", Role.PIZZAIOLO, SHOP, _kitchen_modified
    ),
    "order-book": Shot(
        "order_book", "responsable.bastille", Role.MANAGER, SHOP, _select_first_order
    ),
    "dashboard": Shot("dashboard", "responsable.bastille", Role.MANAGER, SHOP),
    "dashboard-head-office": Shot("dashboard", "direction", Role.HEAD_OFFICE, SHOP),
    "catalogue": Shot("catalogue", "direction", Role.HEAD_OFFICE, SHOP, _catalogue_product),
    "catalogue-sizes": Shot("catalogue", "direction", Role.HEAD_OFFICE, SHOP, _catalogue_sizes),
    "stock": Shot("stock", "responsable.bastille", Role.MANAGER, SHOP, _stock_ledger),
    "customers": Shot("customers", "responsable.bastille", Role.MANAGER, SHOP, _customer_file),
    "cash-close": Shot("cash_close", "responsable.bastille", Role.MANAGER, SHOP, _cash_close),
    "stores": Shot("stores", "direction", Role.HEAD_OFFICE, SHOP, _store_hours),
    "staff": Shot("staff", "responsable.bastille", Role.MANAGER, SHOP, _staff_account),
    "audit-log": Shot("audit_log", "direction", Role.HEAD_OFFICE, SHOP, _audit_changes),
    "reports-revenue": Shot("reports", "direction", Role.HEAD_OFFICE, SHOP, _reports_revenue),
    "reports-summary": Shot("reports", "direction", Role.HEAD_OFFICE, SHOP, _reports_summary),
    "delivery-board": Shot(
        "delivery_board", "responsable.bastille", Role.MANAGER, SHOP, _board_with_trip
    ),
    "itinerary": Shot("my_deliveries", "livreur.bastille", Role.DRIVER, SHOP, _driver_trip),
}


class ScreenshotError(Exception):
    pass


def take(
    name: str,
    out: Path,
    config: DatabaseConfig | None = None,
    lang: str = "fr",
    timeout_ms: int = 120_000,
    size: tuple[int, int] | None = None,
) -> Path:
    from ocpizza_desk.domain.demo import DEMO_PASSWORDS
    from ocpizza_desk.gui import i18n
    from ocpizza_desk.gui.app import DeskApplication, make_application

    if name not in SHOTS:
        raise ScreenshotError(f"unknown screen {name!r}; choose from {', '.join(SHOTS)}")
    shot = SHOTS[name]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    i18n.install(lang, remember=False)
    scratch = None
    if config is None:  # a throwaway embedded demo database
        scratch = tempfile.TemporaryDirectory(prefix="ocpizza-shot-")
        config = DatabaseConfig(
            url=sqlite_url(Path(scratch.name) / "demo.sqlite3"),
            source="screenshot",
            embedded_default=True,
        )
    desk = DeskApplication(config)
    try:
        desk.start()
        _wait(app, lambda: desk.sign_in.state in ("ready", "fatal"), timeout_ms)
        if desk.sign_in.state == "fatal":
            raise ScreenshotError(desk.sign_in.message)
        window = desk.sign_in
        if shot.screen is not None:
            assert shot.username and shot.role
            desk.sign_in.ui.usernameEdit.setText(shot.username)
            desk.sign_in.ui.passwordEdit.setText(DEMO_PASSWORDS[shot.role])
            desk.sign_in.ui.signInButton.click()
            _wait(
                app,
                lambda: desk.main_window is not None or desk.sign_in.state == "ready",
                timeout_ms,
            )
            if desk.main_window is None:
                raise ScreenshotError(desk.sign_in.message)
            window = desk.main_window
            window.show_screen(shot.screen)
        window.resize(QSize(*(size or shot.size)))
        window.show()
        _wait(app, lambda: not desk.runner.busy, timeout_ms)
        if shot.prepare is not None:
            shot.prepare(window, lambda condition: _wait(app, condition, timeout_ms))
            _wait(app, lambda: not desk.runner.busy, timeout_ms)
        out.parent.mkdir(parents=True, exist_ok=True)
        _settle(app)
        if not window.grab().save(str(out)):
            raise ScreenshotError(f"cannot write {out}")
        return out
    finally:
        if desk.main_window is not None:
            desk.main_window.close()
        desk.sign_in.close()
        desk.shutdown()
        if scratch is not None:
            scratch.cleanup()


def _settle(app: QApplication, rounds: int = 5) -> None:
    """Handle what the last answer posted before the picture: a layout request resizing a
    scroll area's content comes one turn of the event loop after the texts that caused it
    (the itinerary's panel was pictured squeezed, overlapping its own lines)."""
    for _ in range(rounds):
        app.sendPostedEvents()
        app.processEvents()


def _wait(app: QApplication, condition, timeout_ms: int) -> None:
    """Run the event loop until `condition()` holds: one QEventLoop.exec() with a polling
    timer rather than a busy loop of processEvents() calls."""
    if condition():
        return
    loop = QEventLoop()
    clock = QElapsedTimer()
    clock.start()
    timed_out = []

    def check() -> None:
        if condition():
            loop.quit()
        elif clock.elapsed() > timeout_ms:
            timed_out.append(True)
            loop.quit()

    timer = QTimer(interval=50, timeout=check)
    timer.start()
    loop.exec()
    timer.stop()
    if timed_out:
        raise ScreenshotError("timed out waiting for the application")
