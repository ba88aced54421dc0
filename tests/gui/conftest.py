"""The application started on the demo database, at its sign-in window."""

import pytest

from ocpizza_desk.gui.app import DeskApplication
from tests.gui.driving import WAIT_MS
from tests.gui.translations import RecordingTranslator


@pytest.fixture
def desk(qtbot, qt_settings, alerts_log, demo):
    app = DeskApplication(demo.config)
    qtbot.addWidget(app.sign_in)
    app.start()
    qtbot.waitUntil(lambda: app.sign_in.state == "ready", timeout=WAIT_MS)
    yield app
    if app.main_window is not None:
        app.runner.wait_idle()
        app.main_window.close()
        app.main_window.deleteLater()
    app.shutdown()


@pytest.fixture
def recorder():
    """Every translation lookup the screens make, to fail on a string French does not answer."""
    recording = RecordingTranslator().install()
    yield recording
    recording.remove()
