"""Application bootstrap: the sign-in window first, the data layer loaded behind it.

Importing SQLAlchemy and opening the database take most of a second; the window is shown
before, and the work runs on a worker thread. A database at the wrong schema revision is
refused with a message and exit code 3.

On MySQL/MariaDB with per-staff accounts (a URL without a user: the shop PC holds no
database password) nothing can be read before someone signs in: start-up only checks that
the server answers, and signing in opens the database with that person's own account
(`services.auth.sign_in_server`); signing out closes that pool.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ocpizza_desk import APP_AUTHOR, APP_NAME, __version__
from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.domain.errors import AuthenticationError, DomainError, SchemaMismatch
from ocpizza_desk.gui import alerts, i18n
from ocpizza_desk.gui.signin import SignInWindow
from ocpizza_desk.gui.style import STYLESHEET
from ocpizza_desk.gui.tasks import TaskRunner

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

EXIT_SCHEMA = 3


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setStyleSheet(STYLESHEET)
    from ocpizza_desk.assets import resource_path

    icon = resource_path("icons", "ocpizza.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


class DeskApplication(QObject):
    """Owns the database context, the signed-in session and the top-level windows."""

    quit_requested = Signal(int)  # exit code; run_gui ends the event loop with it

    def __init__(self, config: DatabaseConfig, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.config = config
        self.runner = runner or TaskRunner(self)
        self.ctx = None  # ServiceContext, once the worker has built it
        self.session = None
        self.main_window = None
        self.exit_code = 0
        self.sign_in = SignInWindow(config.display_url)
        self.sign_in.submitted.connect(self._sign_in)
        self.sign_in.language_chosen.connect(i18n.install)

    def start(self) -> None:
        self.sign_in.show()
        self.sign_in.set_connecting()
        if self.config.unencrypted_remote:
            log.warning('the database server is reached without TLS (tls = "disable")')
        if self.config.per_staff:
            self.runner.run(self._probe, self._server_answers, self._database_failed)
            return
        self.runner.run_with_progress(
            self._open_database, self._on_progress, self._database_ready, self._database_failed
        )

    # -- per-staff accounts: on a worker thread
    def _probe(self) -> None:
        from ocpizza_desk.ops.startup import probe

        probe(self.config)

    def _server_answers(self, _result) -> None:
        log.info("database server answers; staff sign in with their own accounts")
        self.sign_in.set_ready()

    def _open_for(self, username: str, password: str):
        from ocpizza_desk.ops.startup import prepare
        from ocpizza_desk.services.auth import sign_in_server
        from ocpizza_desk.services.maps_setup import setup_maps
        from ocpizza_desk.services.reports import setup_replica

        ctx, session = sign_in_server(self.config, username, password)
        try:
            setup_maps(ctx)
            setup_replica(ctx)
            prepare(ctx)
        except BaseException:
            ctx.close()
            raise
        return ctx, session

    def _signed_in_with(self, result) -> None:
        self.ctx, session = result
        self._signed_in(session)

    def _refused_or_wrong_version(self, error: BaseException) -> None:
        if isinstance(error, SchemaMismatch):
            self._database_failed(error)
        else:
            self._refused(error)

    # -- runs on a worker thread
    def _open_database(self, report):
        from ocpizza_desk.ops.startup import prepare
        from ocpizza_desk.services.context import ServiceContext
        from ocpizza_desk.services.maps_setup import setup_maps
        from ocpizza_desk.services.reports import setup_replica

        ctx = ServiceContext(self.config)
        try:
            setup_maps(ctx)  # here, on the worker: the OS keyring may take a moment
            setup_replica(ctx)
            return ctx, prepare(ctx, progress=report)
        except BaseException:
            ctx.close()
            raise

    def _on_progress(self, step: str, fraction: float) -> None:
        self.sign_in.set_preparing(fraction)

    def _database_ready(self, result) -> None:
        self.ctx, report = result
        log.info("database ready (%s, revision %s)", report.backend, report.revision)
        self.sign_in.set_ready()

    def _database_failed(self, error: BaseException) -> None:
        if isinstance(error, SchemaMismatch):
            text = error.message(i18n.language())
            self.sign_in.show_fatal(text)
            alerts.critical(
                self.sign_in, translate("DeskApplication", "Wrong database version"), text
            )
            self.exit_code = EXIT_SCHEMA
            self.quit_requested.emit(EXIT_SCHEMA)
            return
        if isinstance(error, DomainError):
            text = error.message(i18n.language())
        else:
            text = translate("DeskApplication", "The database could not be opened: {error}").format(
                error=type(error).__name__
            )
        self.sign_in.show_fatal(
            text + "\n" + translate("DeskApplication", "Check the network, then restart.")
        )

    def _sign_in(self, username: str, password: str) -> None:
        if self.config.per_staff:
            self.sign_in.set_signing_in()
            self.runner.run(
                lambda: self._open_for(username, password),
                self._signed_in_with,
                self._refused_or_wrong_version,
            )
            return
        if self.ctx is None:
            return
        from ocpizza_desk.services.auth import sign_in

        ctx = self.ctx
        self.sign_in.set_signing_in()
        self.runner.run(lambda: sign_in(ctx, username, password), self._signed_in, self._refused)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, (AuthenticationError, DomainError)):
            self.sign_in.show_error(error.message(i18n.language()))
        else:
            self.sign_in.show_error(translate("DeskApplication", "Sign-in failed unexpectedly."))
            alerts.show_error(self.sign_in, error)

    def _signed_in(self, session) -> None:
        from ocpizza_desk.gui.main_window import MainWindow

        log.info("signed in: user %s, role %s", session.user_id, session.role.value)
        self.session = session
        shown = self.config.display_url
        if self.config.unencrypted_remote:
            shown += " — " + translate("DeskApplication", "not encrypted (TLS disabled)")
        self.main_window = MainWindow(self.ctx, session, self.runner, shown)
        self.main_window.signed_out.connect(self._signed_out)
        self.sign_in.hide()
        self.main_window.show()

    def _signed_out(self) -> None:
        log.info("signed out: user %s", self.session.user_id if self.session else "?")
        self.session = None
        notice = None
        if self.main_window is not None:
            notice = self.main_window.sign_out_notice  # signed out for maintenance
            self.main_window.deleteLater()
            self.main_window = None
        if self.config.per_staff and self.ctx is not None:
            ctx, self.ctx = self.ctx, None  # the next person signs in with their own account
            self.runner.run(ctx.close, lambda _r: None, lambda _e: None)
        self.sign_in.reset()
        if notice:
            self.sign_in.show_error(notice)
        self.sign_in.show()

    def shutdown(self) -> None:
        self.runner.wait_idle()
        if self.ctx is not None:
            self.ctx.close()


def run_gui(config: DatabaseConfig, lang: str | None = None) -> int:
    app = make_application()
    i18n.install(lang or i18n.saved_language(), remember=lang is None)
    desk = DeskApplication(config)
    desk.quit_requested.connect(app.exit)
    desk.start()
    code = app.exec()
    desk.shutdown()
    return desk.exit_code or code
