"""The administration screens driven as their users would: head office changes a store's
hours and delivery radius; a manager creates a counter account for their store, resets its
password (which then signs in), deactivates it (sign-in refused); the audit log shows those
changes, filtered. Refused input keeps what was typed and writes nothing. SQLite and MariaDB."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from ocpizza_desk.domain.clock import to_paris, utcnow
from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.errors import AuthenticationError
from ocpizza_desk.gui.models.admin import AccountsModel, AuditDetailModel, StoresModel
from ocpizza_desk.services import auth, stores
from tests.gui.driving import WAIT_MS, signed_in
from tests.helpers import snapshot

CTRL = Qt.KeyboardModifier.ControlModifier
MY_CONTEXTS = {
    "StoresPage",
    "StoresScreen",
    "StoresModel",
    "StaffPage",
    "StaffScreen",
    "AccountsModel",
    "AuditLogPage",
    "AuditLogScreen",
    "AuditLogModel",
    "AuditDetailModel",
    "AuditLabels",
}


def retype(qtbot, widget, value: str) -> None:
    """Select what is there and type over it (ASCII only: QTest asserts on anything else)."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, value)


def wait_idle(qtbot, desk) -> None:
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT_MS)


def store_row(demo, code: str) -> dict:
    with demo.engine.connect() as c:
        row = dict(
            c.execute(text("SELECT * FROM stores WHERE code = :c"), {"c": code}).mappings().one()
        )
    if isinstance(row["opening_hours"], str):
        row["opening_hours"] = json.loads(row["opening_hours"])
    return row


def user_row(demo, username: str) -> dict | None:
    with demo.engine.connect() as c:
        row = (
            c.execute(text("SELECT * FROM users WHERE username = :u"), {"u": username})
            .mappings()
            .first()
        )
    return None if row is None else dict(row)


def test_head_office_edits_hours_and_radius(qtbot, desk, demo, alerts_log, recorder, qtmodeltester):
    window = signed_in(qtbot, desk, "direction", DEMO_PASSWORDS[Role.HEAD_OFFICE])
    window.show()
    window.show_screen("stores")
    screen = window.page("stores")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 5, timeout=WAIT_MS)
    qtmodeltester.check(screen.model)
    row = next(r for r in range(5) if screen.model.row_at(r).code == "bastille")
    screen.ui.storesView.selectRow(row)
    qtbot.waitUntil(lambda: screen.detail is not None and screen.detail.code == "bastille")
    ui = screen.ui
    assert ui.monEdit.text() == "00:00-24:00"  # the tests' demo is open around the clock

    retype(qtbot, ui.monEdit, "11h-14h30 ; 18:30-23:30")
    retype(qtbot, ui.tueEdit, "")
    ui.tueEdit.clear()  # closed on Tuesdays
    retype(qtbot, ui.radiusSpin, "4200")
    qtbot.keyClick(ui.radiusSpin, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(
        lambda: store_row(demo, "bastille")["delivery_radius_m"] == 4200, timeout=WAIT_MS
    )
    wait_idle(qtbot, desk)
    saved = store_row(demo, "bastille")
    assert saved["opening_hours"]["mon"] == [["11:00", "14:30"], ["18:30", "23:30"]]
    assert saved["opening_hours"]["tue"] == []
    assert ui.monEdit.text() == "11:00-14:30, 18:30-23:30"
    assert alerts_log == []

    # Overlapping slots: refused with the day named; what was typed stays; nothing written.
    before = snapshot(demo)
    retype(qtbot, ui.wedEdit, "11:30-15:00, 14:00-23:00")
    retype(qtbot, ui.radiusSpin, "5000")
    ui.saveButton.click()
    qtbot.waitUntil(lambda: len(alerts_log) == 1, timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    assert "se chevauchent" in alerts_log[0][2] and "wed" in alerts_log[0][2]
    assert ui.wedEdit.text() == "11:30-15:00, 14:00-23:00"
    assert ui.radiusSpin.value() == 5000
    assert snapshot(demo) == before

    # Another PC saves this store meanwhile: the stale save names who, and keeps the typing.
    other = auth.sign_in(demo, "direction", DEMO_PASSWORDS[Role.HEAD_OFFICE])
    fresh = stores.get(demo, other, screen.detail.id)
    stores.update_store(demo, other, fresh, replace(fresh.draft(), city="Paris 11e"))
    retype(qtbot, ui.wedEdit, "11:30-15:00")
    ui.saveButton.click()
    qtbot.waitUntil(lambda: len(alerts_log) == 2, timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    assert "a modifié cette pizzeria" in alerts_log[1][2] and other.full_name in alerts_log[1][2]
    assert ui.wedEdit.text() == "11:30-15:00" and ui.radiusSpin.value() == 5000
    assert store_row(demo, "bastille")["delivery_radius_m"] == 4200

    seen = {(c, s) for c, s in recorder.seen if c in MY_CONTEXTS}
    assert ("StoresPage", "&Delivery radius") in seen
    assert [p for p in recorder.untranslated() if p[0] in MY_CONTEXTS] == []


def closure_rows(demo, store_id: int) -> list[tuple]:
    with demo.engine.connect() as c:
        return [
            (r.day if isinstance(r.day, date) else date.fromisoformat(r.day), r.label)
            for r in c.execute(
                text("SELECT day, label FROM store_closures WHERE store_id = :s ORDER BY day"),
                {"s": store_id},
            )
        ]


def test_head_office_sets_last_orders_and_closures(qtbot, desk, demo, alerts_log):
    """Last orders and exceptional closures typed on the Stores screen, saved and audited;
    a closure with a bad date, a past date or no reason is refused with the line's date
    named, what was typed stays and nothing is written."""
    window = signed_in(qtbot, desk, "direction", DEMO_PASSWORDS[Role.HEAD_OFFICE])
    window.show()
    window.show_screen("stores")
    screen = window.page("stores")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 5, timeout=WAIT_MS)
    row = next(r for r in range(5) if screen.model.row_at(r).code == "bastille")
    screen.ui.storesView.selectRow(row)
    qtbot.waitUntil(lambda: screen.detail is not None and screen.detail.code == "bastille")
    ui, store_id = screen.ui, screen.detail.id
    assert ui.closuresEdit.toPlainText() == "" and ui.lastOrderSpin.value() == 15  # the demo's

    soon = to_paris(utcnow()).date() + timedelta(days=10)
    later = soon + timedelta(days=3)
    retype(qtbot, ui.lastOrderSpin, "30")
    ui.closuresEdit.setFocus()
    qtbot.keyClicks(ui.closuresEdit, f"{later:%d/%m/%Y} Inventaire")
    qtbot.keyClick(ui.closuresEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.closuresEdit, f"{soon:%d/%m/%Y} Travaux en cuisine")
    ui.saveButton.click()
    qtbot.waitUntil(lambda: closure_rows(demo, store_id) != [], timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    assert alerts_log == []
    assert closure_rows(demo, store_id) == [(soon, "Travaux en cuisine"), (later, "Inventaire")]
    assert store_row(demo, "bastille")["last_order_minutes"] == 30
    assert ui.closuresEdit.toPlainText().splitlines()[0] == f"{soon:%d/%m/%Y} Travaux en cuisine"
    with demo.engine.connect() as c:
        action, after = c.execute(
            text(
                "SELECT action, after FROM audit_log WHERE entity = 'store' "
                "AND entity_id = :s ORDER BY id DESC LIMIT 1"
            ),
            {"s": str(store_id)},
        ).one()
    after = json.loads(after) if isinstance(after, str) else after
    assert action == "store.update" and after["last_order_minutes"] == 30
    assert after["closures"][0] == [soon.isoformat(), "Travaux en cuisine"]

    before = snapshot(demo)
    for typed, says in (
        ("31/02/2027 Ferme", "31/02/2027"),  # not a date
        ("01/01/2020 Ferme", "01/01/2020"),  # already passed
        (f"{soon:%d/%m/%Y}", soon.strftime("%d/%m/%Y")),  # no reason
    ):
        ui.closuresEdit.setPlainText(typed)
        shown = len(alerts_log)
        ui.saveButton.click()
        qtbot.waitUntil(lambda n=shown: len(alerts_log) == n + 1, timeout=WAIT_MS)
        wait_idle(qtbot, desk)
        assert says in alerts_log[-1][2], alerts_log[-1]
        assert ui.closuresEdit.toPlainText() == typed
        assert snapshot(demo) == before


def signs_in(desk, demo, username: str, password: str):
    """The session `username` gets with `password`, as this PC's configuration signs in:
    checked by the application on SQLite, by the server with their own account on MariaDB."""
    if not desk.config.per_staff:
        return auth.sign_in(demo, username, password)
    ctx, session = auth.sign_in_server(desk.config, username, password)
    ctx.close()
    return session


def test_manager_account_lifecycle_then_audit_log(
    qtbot, desk, demo, alerts_log, recorder, qtmodeltester
):
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show()
    window.show_screen("staff")
    screen = window.page("staff")
    ui = screen.ui
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ui.storeCombo.count() == 2, timeout=WAIT_MS)
    qtmodeltester.check(screen.model)
    manager_store = user_row(demo, "responsable.bastille")["store_id"]

    # A new counter account; the passwords typed differently first.
    qtbot.keyClick(ui.accountsView, Qt.Key.Key_N, CTRL)
    assert ui.usernameEdit.hasFocus() and not ui.usernameEdit.isReadOnly()
    # The hint names the button as it reads ("…puis Créer" beside "Enregistrer").
    assert ui.saveButton.text().replace("&", "") in ui.stateLabel.text()
    qtbot.keyClicks(ui.usernameEdit, "marie.test")
    qtbot.keyClicks(ui.fullNameEdit, "Marie Test")
    assert ui.roleCombo.currentData() == Role.COUNTER.value
    assert ui.storeCombo.currentData() == manager_store
    qtbot.keyClicks(ui.passwordEdit, "Pepperoni-42")
    qtbot.keyClicks(ui.repeatEdit, "Pepperoni-43")
    before = snapshot(demo)
    ui.saveButton.click()
    assert len(alerts_log) == 1 and "différents" in alerts_log[0][2]

    # A manager cannot create a manager: the service says so, the form keeps everything.
    retype(qtbot, ui.repeatEdit, "Pepperoni-42")
    manager_item = ui.roleCombo.model().item(ui.roleCombo.findData(Role.MANAGER.value))
    assert not manager_item.isEnabled()
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role.MANAGER.value))
    ui.saveButton.click()
    qtbot.waitUntil(lambda: len(alerts_log) == 2, timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    assert "Un responsable ne gère que" in alerts_log[1][2]
    assert (ui.usernameEdit.text(), ui.fullNameEdit.text()) == ("marie.test", "Marie Test")
    assert ui.passwordEdit.text() == "Pepperoni-42"
    assert snapshot(demo) == before

    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role.COUNTER.value))
    qtbot.keyClick(ui.fullNameEdit, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: user_row(demo, "marie.test") is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 5, timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    row = user_row(demo, "marie.test")
    assert (row["role"], row["store_id"], row["active"]) == ("counter", manager_store, 1)
    assert screen.detail is not None and screen.detail.username == "marie.test"
    assert ui.usernameEdit.isReadOnly() and ui.passwordEdit.text() == ""
    assert signs_in(desk, demo, "marie.test", "Pepperoni-42").username == "marie.test"

    # Reset the password: the new one signs in, the old one no longer does.
    qtbot.keyClicks(ui.passwordEdit, "Calzone-2026")
    qtbot.keyClicks(ui.repeatEdit, "Calzone-2026")
    ui.resetButton.click()
    qtbot.waitUntil(lambda: len(alerts_log) == 3, timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    assert alerts_log[2][0] == "information" and "marie.test" in alerts_log[2][2]
    assert signs_in(desk, demo, "marie.test", "Calzone-2026").username == "marie.test"
    with pytest.raises(AuthenticationError):
        signs_in(desk, demo, "marie.test", "Pepperoni-42")

    # Deactivate (the confirmation answered yes): signing in is refused.
    ui.activeButton.click()
    qtbot.waitUntil(lambda: user_row(demo, "marie.test")["active"] == 0, timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    assert alerts_log[3][0] == "question"
    with pytest.raises(AuthenticationError) as refused:
        signs_in(desk, demo, "marie.test", "Calzone-2026")
    assert refused.value.code == "auth.inactive"
    assert "Réacti" in ui.activeButton.text()

    # The audit log, filtered on password resets, shows the one just made.
    window.show_screen("audit_log")
    log = window.page("audit_log")
    log.refresh()
    qtbot.waitUntil(
        lambda: log.ui.actionCombo.findData("user.password_reset") >= 0, timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: log.model.rowCount() >= 3 and not log.model.loading, timeout=WAIT_MS)
    with demo.engine.connect() as c:
        expected = c.execute(
            text("SELECT COUNT(*) FROM audit_log WHERE store_id = :s"), {"s": manager_store}
        ).scalar_one()
    assert log.model.rowCount() == expected
    log.ui.actionCombo.setCurrentIndex(log.ui.actionCombo.findData("user.password_reset"))
    qtbot.waitUntil(lambda: log.model.rowCount() == 1 and not log.model.loading, timeout=WAIT_MS)
    qtmodeltester.check(log.model)
    assert log.model.index(0, 3).data() == "Mot de passe réinitialisé"
    log.ui.entriesView.selectRow(0)
    qtbot.waitUntil(lambda: log.detail.rowCount() > 0, timeout=WAIT_MS)
    qtmodeltester.check(log.detail)
    shown = [log.detail.index(r, 2).data() for r in range(log.detail.rowCount())]
    assert "Calzone-2026" not in shown and "reset" in shown
    assert log.shown.user_name == user_row(demo, "responsable.bastille")["full_name"]

    seen = {(c, s) for c, s in recorder.seen if c in MY_CONTEXTS}
    assert ("StaffPage", "Set pass&word") in seen and ("AuditLogPage", "&Who") in seen
    assert [p for p in recorder.untranslated() if p[0] in MY_CONTEXTS] == []


def test_list_models_pass_the_model_tester(qtmodeltester):
    """Empty, then filled: the short-list models on their own."""
    from ocpizza_desk.services.auditlog import AuditRow
    from ocpizza_desk.services.stores import StoreDetail

    store_list = StoresModel()
    qtmodeltester.check(store_list)
    store_list.set_rows(
        [
            StoreDetail(
                1,
                "a",
                "A",
                "1 rue",
                "75011",
                "Paris",
                "+33143551287",
                None,
                48.8,
                2.3,
                3000,
                {},
                True,
            )
        ]
    )
    qtmodeltester.check(store_list)
    accounts = AccountsModel(show_store=True)
    qtmodeltester.check(accounts)
    detail = AuditDetailModel()
    from datetime import UTC, datetime

    detail.show(
        AuditRow(
            1,
            datetime.now(UTC),
            1,
            "X",
            "x",
            None,
            None,
            "store.update",
            "store",
            "1",
            {"active": True, "delivery_radius_m": 3000},
            {"active": False, "opening_hours": {"mon": []}},
        )
    )
    qtmodeltester.check(detail)
    assert detail.rowCount() == 3
    assert detail.index(0, 1).data() in ("yes", "oui")


def test_head_office_sets_the_till_rules(qtbot, desk, demo, alerts_log):
    from ocpizza_desk.services import settings
    from tests.helpers import staff

    window = signed_in(qtbot, desk, "direction", DEMO_PASSWORDS[Role.HEAD_OFFICE])
    window.show()
    window.show_screen("stores")
    screen = window.page("stores")
    screen.ui.tillRulesButton.click()
    qtbot.waitUntil(lambda: getattr(screen, "active_dialog", None) is not None, timeout=WAIT_MS)
    dialog = screen.active_dialog
    qtbot.waitExposed(dialog)
    assert dialog.ui.managerLimitEdit.text() == "50 %"  # the defaults, until set
    retype(qtbot, dialog.ui.managerLimitEdit, "5")  # below the counter's own 10 %: refused
    before = snapshot(demo)
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.text() != "", timeout=WAIT_MS)
    wait_idle(qtbot, desk)
    assert snapshot(demo) == before
    retype(qtbot, dialog.ui.managerLimitEdit, "30")
    retype(qtbot, dialog.ui.thresholdEdit, "35")
    # The half-and-half's price rule, the dearer half's until set.
    from ocpizza_desk.domain.sizes import HalfRule

    assert dialog.halfCombo.currentData() == HalfRule.HIGHER
    assert settings.half_and_half_rule(demo, staff(demo, "direction")) is HalfRule.HIGHER
    dialog.halfCombo.setCurrentIndex(dialog.halfCombo.findData(HalfRule.AVERAGE))
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: any(a[1] == "Règles de caisse" for a in alerts_log), timeout=WAIT_MS)
    rules = settings.till_rules(demo, staff(demo, "direction"))
    assert (rules.manager_discount_limit_bp, rules.refund_approval_above_cents) == (3000, 3500)
    assert settings.half_and_half_rule(demo, staff(demo, "direction")) is HalfRule.AVERAGE
    assert "moyenne" in [a for a in alerts_log if a[1] == "Règles de caisse"][-1][2]


def test_the_audit_detail_names_the_store_it_is_about():
    """The detail's title said "Pizzeria 1": the store's name when the row is about it, an
    ingredient's name, else the number (an account, an order)."""
    from datetime import UTC, datetime

    from ocpizza_desk.gui.screens.audit_log import _reference
    from ocpizza_desk.services.auditlog import AuditRow

    def row(entity, entity_id, store_id=None, store_name=None, ingredients=None):
        return AuditRow(
            1, datetime.now(UTC), 1, "X", "x", store_id, store_name, "x.update", entity,
            entity_id, None, None, ingredients or {},
        )  # fmt: skip

    assert _reference(row("store", "3", 3, "OC Pizza Bastille")) == "OC Pizza Bastille"
    assert _reference(row("store", "4", 3, "OC Pizza Bastille")) == "4"  # not that store
    assert _reference(row("ingredient", "28", ingredients={"28": "Mozzarella"})) == "Mozzarella"
    assert _reference(row("account", "23", 3, "OC Pizza Bastille")) == "23"
