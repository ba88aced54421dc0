"""The outbox's sender inside the application: every 30 s, one batch, on a thread of its own.

Every signed-in PC runs one, if the config file has a [mail] section; the claim in
`services.notices.send_due` keeps two PCs from sending the same message. It never shows a
dialog or lights the busy indicator: a mail server that is down costs the counter nothing,
the messages are retried later and the failures are in the log (by outbox id only).

It does not share the screens' thread pool: a batch waiting on a slow SMTP server (10 s
timeouts, twenty messages) would otherwise hold a worker that placing an order needs. Its
own one-thread pool (`pool`) is a child of the sender, so it is waited for when the sender
goes with the main window, never left running at exit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import notices

log = logging.getLogger(__name__)

INTERVAL_MS = 30_000


class MailSender(QObject):
    batch_done = Signal(object)  # SendReport, for tests and a future status display

    def __init__(
        self,
        ctx,
        parent: QObject | None = None,
        *,
        transport_factory: Callable[[], notices.MailTransport | None] | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one batch at a time, and one SMTP connection
        self.pool.setObjectName("mailSenderPool")
        self.runner = TaskRunner(self, pool=self.pool)
        # Reads the config file and maybe the OS keyring: on the worker, never on Qt's thread.
        self._factory = transport_factory or notices.configured_transport
        self._transport: notices.MailTransport | None = None
        self._in_flight = False
        self._stopped = False
        self._timer = QTimer(self, interval=interval_ms, timeout=self.tick)

    @property
    def active(self) -> bool:
        """Sending every interval: mail is configured and the sender is not stopped."""
        return self._timer.isActive()

    @property
    def stopped(self) -> bool:
        return self._stopped

    def start(self) -> None:
        """Look for a mail configuration; without one, stay off (notices wait in the outbox)."""
        self._stopped = False
        self.runner.run(self._factory, self._configured, self._not_configured, background=True)

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()

    def wait_idle(self, timeout_ms: int = 30_000) -> bool:
        """Block until a batch on its way has ended (tests, shutdown)."""
        return self.pool.waitForDone(timeout_ms)

    def tick(self) -> None:
        if self._in_flight or self._transport is None or self._stopped:
            return  # one batch at a time: a slow server never piles up workers
        self._in_flight = True
        ctx, transport = self.ctx, self._transport
        self.runner.run(
            lambda: notices.send_due(ctx, transport),
            self._sent,
            self._failed,
            background=True,
        )

    def _configured(self, transport) -> None:
        if transport is None or self._stopped:
            return
        self._transport = transport
        self._timer.start()
        self.tick()

    def _not_configured(self, error: BaseException) -> None:
        log.warning("customer notices not sent from this PC: %s", type(error).__name__)

    def _sent(self, report: notices.SendReport) -> None:
        self._in_flight = False
        self.batch_done.emit(report)

    def _failed(self, error: BaseException) -> None:
        # The database, most likely: the connection indicator shows it; try again next time.
        self._in_flight = False
        log.info("outbox batch not run: %s", type(error).__name__)
