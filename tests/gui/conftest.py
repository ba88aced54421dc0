"""The application started on the demo database, at its sign-in window."""

import importlib
import os

import pytest

from ocpizza_desk.gui.app import DeskApplication
from tests.gui.driving import WAIT_MS
from tests.gui.translations import RecordingTranslator


@pytest.fixture
def unstarted(request, qtbot, qt_settings, alerts_log, demo):
    """The application before its database is ready. On MariaDB, as a shop PC: no database
    login in the configuration, each person signs in with their own server account (root
    only sets the demo up)."""
    config = demo.config
    if demo.backend == "mysql":
        from tests.conftest import accounts_ready, per_staff_config

        naming, _passwords = request.getfixturevalue("staff_accounts")
        with demo.engine.begin() as connection:  # emptied with the tables between tests
            accounts_ready(connection, naming)
        config = per_staff_config(demo.config, naming)
    app = DeskApplication(config)
    qtbot.addWidget(app.sign_in)
    yield app
    if app.main_window is not None:
        app.runner.wait_idle()
        app.main_window.close()
        app.main_window.deleteLater()
    app.shutdown()


@pytest.fixture
def desk(qtbot, unstarted):
    """The application started, its sign-in ready."""
    unstarted.start()
    qtbot.waitUntil(lambda: unstarted.sign_in.state == "ready", timeout=WAIT_MS)
    return unstarted


@pytest.fixture
def recorder():
    """Every translation lookup the screens make, to fail on a string French does not answer."""
    recording = RecordingTranslator().install()
    yield recording
    recording.remove()


# The shops' PCs poll once a second; tests poll every 50 ms, so a test waiting for a change
# made on "another PC" waits a few milliseconds, not a second. What a test proves is that the
# change travels through the feed; the production interval is checked in test_live_feed.py.
# OCPIZZA_TEST_POLL_MS=1000 runs the GUI tests at the shops' pace.
TEST_POLL_MS = int(os.environ.get("OCPIZZA_TEST_POLL_MS", "50"))


@pytest.fixture(autouse=True)
def fast_live_feed(monkeypatch):
    from ocpizza_desk.gui import live

    monkeypatch.setattr(live, "POLL_MS", TEST_POLL_MS)


# The other timers a test would sit out, each read when its widget is made: a search or a
# filter waits for the last key (qtbot types a whole text before any timer can fire, so a test
# still sees one query per burst of typing, only sooner), and a submission whose reply was lost
# asks again what was saved. OCPIZZA_TEST_SHORT_TIMERS=0 runs them at the shops' pace.
SHORT_TIMERS = {
    "ocpizza_desk.gui.screens.order_book": {"FILTER_DELAY_MS": 10},
    "ocpizza_desk.gui.screens.audit_log": {"FILTER_DELAY_MS": 10},
    "ocpizza_desk.gui.screens.staff": {"FILTER_DELAY_MS": 10},
    "ocpizza_desk.gui.screens.customers": {"SEARCH_DELAY_MS": 10},
    "ocpizza_desk.gui.screens.customer_panel": {"LOOKUP_DELAY_MS": 10},
    "ocpizza_desk.gui.screens.order_taking": {"MENU_DELAY_MS": 10},
    "ocpizza_desk.gui.screens.store_advice": {"ADVICE_DELAY_MS": 10},
    "ocpizza_desk.gui.pending": {"RETRY_MS": 100},
}


@pytest.fixture(autouse=True)
def short_timers(monkeypatch):
    if os.environ.get("OCPIZZA_TEST_SHORT_TIMERS", "1") == "0":
        return
    for module, values in SHORT_TIMERS.items():
        loaded = importlib.import_module(module)
        for name, value in values.items():
            assert hasattr(loaded, name), f"{module}.{name} is gone: update SHORT_TIMERS"
            monkeypatch.setattr(loaded, name, value)
