"""Maintenance mode: who may switch it, what sign-in says, how open windows learn of it
(the live feed's poll, in the statement it already sends), and the command line."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, event, select

from ocpizza_desk.cli import EXIT_OK, EXIT_USAGE, main
from ocpizza_desk.db.models import AppSetting, AuditEntry
from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.errors import AuthenticationError, PermissionDenied, ValidationError
from ocpizza_desk.services import changes, maintenance
from ocpizza_desk.services.auth import sign_in
from tests.helpers import staff

MESSAGE = "Mise à jour de la base jusqu'à 7 h 30"


def _audit(ctx) -> list[tuple]:
    with ctx.engine.connect() as c:
        return [
            tuple(row)
            for row in c.execute(
                select(AuditEntry.action, AuditEntry.user_id, AuditEntry.after)
                .where(AuditEntry.entity_id == "maintenance")
                .order_by(AuditEntry.id)
            )
        ]


def test_an_administrator_switches_it_on_and_staff_are_refused_with_the_message(demo):
    admin = staff(demo, "admin")
    assert maintenance.status(demo) == maintenance.OFF
    switched = maintenance.set_maintenance(demo, admin, True, f"  {MESSAGE} ")
    assert switched.on and switched.message == MESSAGE and switched.since is not None
    found = maintenance.status(demo)
    assert (found.on, found.message, found.since) == (True, MESSAGE, switched.since)

    with pytest.raises(AuthenticationError) as refused:
        sign_in(demo, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    assert refused.value.code == "auth.maintenance"
    assert MESSAGE in refused.value.message("fr")
    assert sign_in(demo, "admin", DEMO_PASSWORDS[Role.ADMIN]).role is Role.ADMIN

    again = maintenance.set_maintenance(demo, admin, True, "Encore dix minutes")
    assert again.since == switched.since  # still the same maintenance, a new message

    assert maintenance.set_maintenance(demo, admin, False) == maintenance.OFF
    assert maintenance.status(demo) == maintenance.OFF
    assert sign_in(demo, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER]).role is Role.COUNTER
    assert [(a, u, after["via"]) for a, u, after in _audit(demo)] == [
        ("maintenance.on", admin.user_id, "application"),
        ("maintenance.on", admin.user_id, "application"),
        ("maintenance.off", admin.user_id, "application"),
    ]


@pytest.mark.parametrize("username", ["responsable.bastille", "direction", "accueil.bastille"])
def test_only_administrators_may_switch_it(demo, username):
    with pytest.raises(PermissionDenied):
        maintenance.set_maintenance(demo, staff(demo, username), True, MESSAGE)
    assert maintenance.status(demo) == maintenance.OFF
    assert _audit(demo) == []


@pytest.mark.parametrize("message", [None, "", "   ", "x" * 201, "deux\x07lignes"])
def test_switching_on_needs_a_readable_message(demo, message):
    with pytest.raises(ValidationError) as refused:
        maintenance.set_maintenance(demo, staff(demo, "admin"), True, message)
    assert refused.value.field == "maintenance_message"
    assert maintenance.status(demo) == maintenance.OFF


def test_the_console_path_works_without_the_setting_row_and_is_audited(db):
    """A database just migrated, with no demo data: the row is created."""
    assert maintenance.status(db) == maintenance.OFF
    assert maintenance.set_maintenance_from_console(db, True, MESSAGE).on
    assert maintenance.status(db).message == MESSAGE
    maintenance.set_maintenance_from_console(db, False, "ignored when switching off")
    assert maintenance.status(db) == maintenance.OFF
    assert [(a, u, after["via"]) for a, u, after in _audit(db)] == [
        ("maintenance.on", None, "console"),
        ("maintenance.off", None, "console"),
    ]


def test_a_damaged_setting_counts_as_off(demo):
    with demo.engine.begin() as c:
        c.execute(
            AppSetting.__table__.update()
            .where(AppSetting.key == "maintenance")
            .values(value=["not", "a", "dict"])
        )
    assert maintenance.status(demo) == maintenance.OFF
    assert maintenance.Maintenance.from_value("{not json") == maintenance.OFF


def test_the_live_feed_poll_carries_the_switch_in_its_one_statement(demo):
    counter = staff(demo, "accueil.bastille")
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append(statement)

    first = changes.poll(demo, counter)
    assert first.maintenance == maintenance.OFF
    maintenance.set_maintenance(demo, staff(demo, "admin"), True, MESSAGE)
    event.listen(demo.engine, "before_cursor_execute", count)
    try:
        seen = changes.poll(demo, counter, first.marks)
    finally:
        event.remove(demo.engine, "before_cursor_execute", count)
    assert len(statements) == 1
    assert seen.maintenance.on and seen.maintenance.message == MESSAGE
    assert seen.orders == () and seen.marks == first.marks  # nothing else reported

    head_office = changes.poll(demo, staff(demo, "direction"))  # every store's marks, one switch
    assert head_office.maintenance.on and len({s for s, _t in head_office.marks}) > 1
    with demo.engine.begin() as c:
        c.execute(delete(AppSetting).where(AppSetting.key == "maintenance"))
    assert changes.poll(demo, counter, first.marks).maintenance == maintenance.OFF


def test_the_command_line(demo, capsys):
    url = demo.config.url
    assert main(["--lang", "en", "--db-url", url, "maintenance", "status"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == "maintenance: off"
    assert main(["--lang", "fr", "--db-url", url, "maintenance", "status"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == "maintenance : arrêtée"

    assert main(["--db-url", url, "maintenance", "on", "--message", MESSAGE]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("maintenance : en cours depuis le ") and out.strip().endswith(MESSAGE)
    assert main(["--lang", "en", "--db-url", url, "maintenance", "status"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("maintenance: on since ") and out.strip().endswith(MESSAGE)
    with pytest.raises(AuthenticationError):
        sign_in(demo, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])

    assert main(["--db-url", url, "maintenance", "status"]) == EXIT_OK
    assert MESSAGE in capsys.readouterr().out
    assert main(["--db-url", url, "maintenance", "off"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == "maintenance : arrêtée"
    assert maintenance.status(demo) == maintenance.OFF


def test_the_command_line_refuses_an_empty_message(demo, capsys):
    url = demo.config.url
    with pytest.raises(SystemExit) as usage:
        main(["--db-url", url, "maintenance", "on"])  # --message is required
    assert usage.value.code == EXIT_USAGE
    capsys.readouterr()
    assert main(["--lang", "en", "--db-url", url, "maintenance", "on", "--message", " "]) == (
        EXIT_USAGE
    )
    assert "maintenance message" in capsys.readouterr().err
    assert maintenance.status(demo) == maintenance.OFF
