"""Signing in offscreen, as each role: navigation, refusals, lockout, language, start-up."""

import pytest
from sqlalchemy import text

from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.gui import i18n, main_window
from ocpizza_desk.gui.app import EXIT_SCHEMA, DeskApplication
from tests.gui.driving import WAIT_MS, signed_in, type_and_submit


@pytest.mark.parametrize(
    "username, role",
    [
        ("accueil.bastille", Role.COUNTER),
        ("pizzaiolo.bastille", Role.PIZZAIOLO),
        ("livreur.bastille", Role.DRIVER),
        ("responsable.bastille", Role.MANAGER),
        ("direction", Role.HEAD_OFFICE),
        ("admin", Role.ADMIN),
    ],
)
def test_each_role_gets_its_navigation(qtbot, desk, username, role):
    window = signed_in(qtbot, desk, username, DEMO_PASSWORDS[role])
    nav = window.ui.navigationList
    expected = {
        Role.COUNTER: ["Nouvelle commande", "Commandes", "Clients", "Tableau de bord"],
        Role.PIZZAIOLO: ["Cuisine", "Tableau de bord"],
        Role.DRIVER: ["Mes livraisons", "Tableau de bord"],
        Role.MANAGER: [
            "Nouvelle commande",
            "Cuisine",
            "Livraisons",
            "Commandes",
            "Clients",
            "Stock",
            "Personnel",
            "Journal d'audit",
            "Rapports",
            "Clôture de caisse",
            "Tableau de bord",
        ],
        Role.HEAD_OFFICE: [
            "Commandes",
            "Stock",
            "Catalogue",
            "Pizzerias",
            "Personnel",
            "Journal d'audit",
            "Rapports",
            "Tableau de bord",
        ],
        Role.ADMIN: ["Personnel", "Journal d'audit", "Sauvegardes", "Tableau de bord"],
    }.get(role, ["Tableau de bord"])
    assert [nav.item(i).text() for i in range(nav.count())] == expected
    assert window.visible_screens()[-1] == "dashboard"
    assert window.ui.userLabel.text().endswith(
        {
            "counter": "Accueil",
            "pizzaiolo": "Pizzaiolo",
            "driver": "Livreur",
            "manager": "Responsable",
            "head_office": "Direction",
            "admin": "Administrateur",
        }[role]
    )
    expected_store = "Toutes les pizzerias" if not role.is_store_bound else "OC Pizza Bastille"
    assert window.ui.storeLabel.text() == expected_store
    window.show_screen("dashboard")
    dashboard = window.page("dashboard")
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=WAIT_MS)
    assert dashboard._tiles[0].value.text().isdigit()
    assert not desk.sign_in.isVisible()


def test_a_screen_only_shows_for_roles_with_its_permission(qtbot, desk):
    assert any(
        s.key == "catalogue" and s.permission is Permission.MANAGE_CATALOGUE
        for s in main_window.SCREENS
    )
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    assert "catalogue" not in window.visible_screens()
    window.ui.signOutButton.click()
    qtbot.waitUntil(lambda: desk.main_window is None and desk.sign_in.isVisible())
    window = signed_in(qtbot, desk, "direction", DEMO_PASSWORDS[Role.HEAD_OFFICE])
    assert window.visible_screens() == [
        "order_book",
        "stock",
        "catalogue",
        "stores",
        "staff",
        "audit_log",
        "reports",
        "dashboard",
    ]


def test_wrong_password_keeps_the_username_and_says_so(qtbot, desk):
    type_and_submit(qtbot, desk, "accueil.bastille", "pas le bon")
    qtbot.waitUntil(
        lambda: desk.sign_in.state == "ready" and bool(desk.sign_in.message), timeout=WAIT_MS
    )
    assert desk.sign_in.message == "Identifiant ou mot de passe incorrect."
    assert desk.sign_in.ui.usernameEdit.text() == "accueil.bastille"
    assert desk.sign_in.ui.passwordEdit.text() == ""
    assert desk.main_window is None


# The application's own lockout is SQLite's (one PC, no server accounts); on MariaDB the
# server locks an account: tests/test_accounts.py::test_the_server_stops_parallel_wrong_...
@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_five_failures_lock_the_account(qtbot, desk):
    for attempt in range(5):
        type_and_submit(qtbot, desk, "accueil.bastille", f"faux-{attempt}")
        qtbot.waitUntil(lambda: desk.sign_in.state == "ready", timeout=WAIT_MS)
    assert "verrouillé" in desk.sign_in.message
    type_and_submit(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    qtbot.waitUntil(lambda: desk.sign_in.state == "ready", timeout=WAIT_MS)
    assert "verrouillé" in desk.sign_in.message
    assert desk.main_window is None


def test_language_switch_retranslates_the_open_window(qtbot, desk):
    ui = desk.sign_in.ui
    assert ui.signInButton.text() == "Se connecter"
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    assert i18n.language() == "en"
    qtbot.waitUntil(lambda: ui.signInButton.text() == "Sign in")  # LanguageChange is posted
    type_and_submit(qtbot, desk, "accueil.bastille", "wrong")
    qtbot.waitUntil(lambda: desk.sign_in.state == "ready", timeout=WAIT_MS)
    assert desk.sign_in.message == "Wrong username or password."


def test_a_newer_database_is_refused_at_start(qtbot, qt_settings, alerts_log, demo):
    with demo.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    app = DeskApplication(demo.config)
    qtbot.addWidget(app.sign_in)
    with qtbot.waitSignal(app.quit_requested, timeout=WAIT_MS) as quit_requested:
        app.start()
    assert quit_requested.args == [EXIT_SCHEMA]
    assert app.exit_code == EXIT_SCHEMA and app.sign_in.state == "fatal"
    assert alerts_log and alerts_log[-1][0] == "critical"
    assert "plus récente" in alerts_log[-1][2]
    assert not app.sign_in.ui.signInButton.isEnabled()
    app.shutdown()


def test_the_first_launch_bar_says_what_its_text_says(qtbot, qt_settings):
    """The text said "77 %" while the bar only bounced; after that step, a step without a
    figure bounces again."""
    from ocpizza_desk.gui.signin import SignInWindow

    window = SignInWindow("sqlite:///demo.sqlite3")
    qtbot.addWidget(window)
    bar = window.ui.progressBar
    assert bar.maximum() == 0  # connecting: no figure to show
    window.set_preparing(0.77)
    assert "77\u00a0%" in window.ui.messageLabel.text()
    assert (bar.maximum(), bar.value()) == (100, 77)
    window.set_connecting()
    assert bar.maximum() == 0 and "%" not in window.ui.messageLabel.text()


def test_qt_and_the_domain_read_the_same_catalogue_for_errors(qt_settings):
    """The French .qm Qt loads for the screens answers every error code exactly as the
    command line's lookup does, and in English both give the source text back."""
    from PySide6.QtCore import QCoreApplication

    from ocpizza_desk.domain.errors import CONTEXT, MESSAGES, DomainError
    from ocpizza_desk.domain.texts import translate

    i18n.install("fr", remember=False)
    qt_french = {code: QCoreApplication.translate(CONTEXT, text) for code, text in MESSAGES.items()}
    assert all(qt_french[code] != text for code, text in MESSAGES.items())
    assert qt_french == {code: translate(CONTEXT, text, "fr") for code, text in MESSAGES.items()}
    locked = DomainError("auth.locked", until="12:30")
    assert (
        locked.message(i18n.language()) == "Trop d'essais : ce compte est verrouillé jusqu'à 12:30."
    )
    i18n.install("en", remember=False)
    assert QCoreApplication.translate(CONTEXT, MESSAGES["auth.locked"]) == MESSAGES["auth.locked"]
    assert locked.message(i18n.language()) == (
        "Too many attempts: this account is locked until 12:30."
    )
