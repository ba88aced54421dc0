"""A chain's first day on MariaDB, through the screens (issue 16): `db bootstrap` on an empty
database, then in the application with a shop PC's configuration (no database login: each
person signs in with their own server account), the new administrator creates a store
manager from the Staff screen, the manager creates a counter clerk, and the clerk takes an
order from the keyboard. The order is the clerk's, and the grants have not drifted."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from ocpizza_desk.db import accounts
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.gui.app import DeskApplication
from tests.conftest import fast_hash, per_staff_config
from tests.gui.driving import WAIT_MS, signed_in
from tests.gui.test_counter import add_product
from tests.test_accounts import run_cli

pytestmark = pytest.mark.mysql_only

ADMIN, ADMIN_PASSWORD = "chef", "chef-de-la-base-2026"
MANAGER, MANAGER_PASSWORD = "resp.bastille", "responsable-2026"
CLERK, CLERK_PASSWORD = "caisse.bastille", "comptoir-2026"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def first_day(new_database):
    """An empty MariaDB database, its naming, and the server accounts and roles the test
    makes there dropped afterwards (they are server-wide)."""
    config = new_database("mariadb")
    prefix = f"d{os.getpid() % 100000}_"
    naming = accounts.Naming(make_url(config.url).database, prefix, prefix)
    yield config, naming
    engine = create_engine(config.url)
    try:
        with engine.begin() as connection:
            accounts.drop_all(connection, naming, [ADMIN, MANAGER, CLERK])
    finally:
        engine.dispose()


@pytest.fixture
def shop_pc(qtbot, qt_settings, alerts_log, first_day):
    """The application as a shop PC runs it, once the database is bootstrapped: made by the
    test (`open`), shut down here."""
    made: list[DeskApplication] = []

    def open_(config) -> DeskApplication:
        app = DeskApplication(config)
        qtbot.addWidget(app.sign_in)
        made.append(app)
        app.start()
        qtbot.waitUntil(lambda: app.sign_in.state == "ready", timeout=WAIT_MS)
        return app

    yield open_
    for app in made:
        if app.main_window is not None:
            app.runner.wait_idle()
            app.main_window.close()
            app.main_window.deleteLater()
        app.shutdown()


def shop_config(config, naming):
    """`per_staff_config`, the database owner's login really gone from the URL: SQLAlchemy's
    URL.set(username=None) keeps the user (None means "unchanged"), and a URL still naming
    root is no shop PC's (the application then opens the database as root)."""
    shop = per_staff_config(config, naming)
    url = make_url(shop.url)._replace(username=None, password=None)
    return replace(shop, url=url.render_as_string(hide_password=False))


def shown(qtbot, window):
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def wait_idle(qtbot, desk) -> None:
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)


def sign_out(qtbot, desk) -> None:
    desk.main_window.ui.signOutButton.click()
    qtbot.waitUntil(
        lambda: (
            desk.main_window is None
            and desk.ctx is None
            and desk.sign_in.isVisible()
            and desk.sign_in.state == "ready"
        ),
        timeout=WAIT_MS,
    )
    wait_idle(qtbot, desk)  # the previous person's pool closed


def staff_screen(qtbot, window):
    assert "staff" in window.visible_screens()
    window.show_screen("staff")
    screen = window.page("staff")
    assert window.current_screen() == "staff"
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.ui.storeCombo.count() > 1, timeout=WAIT_MS)
    return screen


def create_account(qtbot, desk, screen, username, full_name, role, store_id, password) -> None:
    """New, the fields typed, the role and the store chosen, Save: the account in the list."""
    ui = screen.ui
    ui.newButton.click()
    assert ui.usernameEdit.hasFocus() and not ui.usernameEdit.isReadOnly()
    qtbot.keyClicks(ui.usernameEdit, username)
    qtbot.keyClicks(ui.fullNameEdit, full_name)
    role_index = ui.roleCombo.findData(role.value)
    assert ui.roleCombo.model().item(role_index).isEnabled()
    ui.roleCombo.setCurrentIndex(role_index)
    ui.storeCombo.setCurrentIndex(ui.storeCombo.findData(store_id))
    qtbot.keyClicks(ui.passwordEdit, password)
    qtbot.keyClicks(ui.repeatEdit, password)
    ui.saveButton.click()
    qtbot.waitUntil(
        lambda: screen.detail is not None and screen.detail.username == username,
        timeout=WAIT_MS,
    )
    wait_idle(qtbot, desk)
    assert (screen.detail.role, screen.detail.store_id) == (role, store_id)
    assert ui.usernameEdit.isReadOnly() and ui.passwordEdit.text() == ""
    qtbot.waitUntil(
        lambda: (
            username in {screen.model.row_at(r).username for r in range(screen.model.rowCount())}
        ),
        timeout=WAIT_MS,
    )


def test_bootstrap_then_the_first_day_through_the_screens(
    qtbot, first_day, shop_pc, alerts_log, monkeypatch
):
    from ocpizza_desk.ops.seed import seed_demo

    config, naming = first_day
    # The schema, then the chain's reference data (stores, menu, the demo's day), then the
    # accounts.
    assert run_cli(monkeypatch, config.url, "db", "upgrade", "--no-backup") == 0
    engine = create_engine(config.url)
    try:
        seed_demo(engine, orders=0, password_hasher=fast_hash)
        with engine.connect() as c:
            bastille = c.execute(text("SELECT id FROM stores WHERE code = 'bastille'")).scalar()
            orders_before = c.execute(text("SELECT COUNT(*) FROM orders")).scalar()
        assert bastille is not None
        code = run_cli(
            monkeypatch,
            config.url,
            "db",
            "bootstrap",
            "--admin",
            ADMIN,
            "--role-prefix",
            naming.role_prefix,
            "--account-prefix",
            naming.account_prefix,
            stdin=ADMIN_PASSWORD + "\n",
        )
        assert code == 0

        desk = shop_pc(shop_config(config, naming))
        assert desk.config.per_staff and desk.ctx is None  # nothing opened before a sign-in

        # The new administrator: a manager for Bastille.
        window = shown(qtbot, signed_in(qtbot, desk, ADMIN, ADMIN_PASSWORD))
        assert desk.session.role is Role.ADMIN and desk.session.username == ADMIN
        assert desk.ctx.engine.url.username == naming.account(ADMIN)  # their own account
        screen = staff_screen(qtbot, window)
        create_account(
            qtbot, desk, screen, MANAGER, "Rose Dupont", Role.MANAGER, bastille, MANAGER_PASSWORD
        )
        sign_out(qtbot, desk)

        # The manager: a counter clerk for their store.
        window = shown(qtbot, signed_in(qtbot, desk, MANAGER, MANAGER_PASSWORD))
        assert (desk.session.role, desk.session.store_id) == (Role.MANAGER, bastille)
        assert desk.ctx.engine.url.username == naming.account(MANAGER)
        screen = staff_screen(qtbot, window)
        assert (
            not screen.ui.roleCombo.model()
            .item(screen.ui.roleCombo.findData(Role.MANAGER.value))
            .isEnabled()
        )  # a manager makes no manager
        create_account(
            qtbot, desk, screen, CLERK, "Ali Benali", Role.COUNTER, bastille, CLERK_PASSWORD
        )
        sign_out(qtbot, desk)

        # The clerk: a Regina to take away, from the keyboard.
        window = shown(qtbot, signed_in(qtbot, desk, CLERK, CLERK_PASSWORD))
        assert (desk.session.role, desk.session.store_id) == (Role.COUNTER, bastille)
        assert desk.ctx.engine.url.username == naming.account(CLERK)
        clerk_id = desk.session.user_id
        assert window.current_screen() == "order_taking"
        taking = window.page("order_taking")
        qtbot.waitUntil(lambda: taking.menu_model.rowCount() > 0, timeout=WAIT_MS)
        add_product(qtbot, taking, "Regina")
        with qtbot.waitSignal(taking.order_saved, timeout=WAIT_MS) as saved:
            qtbot.keyClick(taking.ui.menuSearchEdit, Qt.Key.Key_Return, CTRL)
        order_id = saved.args[0]
        wait_idle(qtbot, desk)
        assert f"Commande {order_id} enregistrée" in taking.ui.messageLabel.text()
        sign_out(qtbot, desk)

        with engine.connect() as c:
            users = dict(
                c.execute(
                    text("SELECT username, id FROM users WHERE username IN (:a, :m, :c)"),
                    {"a": ADMIN, "m": MANAGER, "c": CLERK},
                ).all()
            )
            order = (
                c.execute(
                    text("SELECT store_id, created_by_id FROM orders WHERE id = :id"),
                    {"id": order_id},
                )
                .mappings()
                .one()
            )
            lines = c.execute(
                text(
                    "SELECT p.code, l.quantity FROM order_lines l "
                    "JOIN products p ON p.id = l.product_id WHERE l.order_id = :id"
                ),
                {"id": order_id},
            ).all()
            orders_after = c.execute(text("SELECT COUNT(*) FROM orders")).scalar()
    finally:
        engine.dispose()
    assert set(users) == {ADMIN, MANAGER, CLERK} and users[CLERK] == clerk_id
    assert (order["store_id"], order["created_by_id"]) == (bastille, users[CLERK])
    assert [(code, qty) for code, qty in lines] == [("regina", 1)]
    assert orders_after == orders_before + 1
    assert not [a for a in alerts_log if a[0] == "critical"], alerts_log
    assert run_cli(monkeypatch, config.url, "db", "grants", "check") == 0  # no drift
