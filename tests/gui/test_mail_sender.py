"""The background sender of customer notices: off the Qt thread, one batch at a time, silent
when the mail server fails, off without a [mail] section, stopped at sign-out."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from sqlalchemy import insert, select

from ocpizza_desk.db.models import Order, OutboxMessage
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import MessageStatus, Role
from ocpizza_desk.gui.mail_sender import MailSender
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.integrations.mail import SmtpTransport
from ocpizza_desk.services import notices
from tests.gui.driving import WAIT_MS, signed_in
from tests.smtp_server import LocalSmtp, closed_port


@pytest.fixture
def smtp():
    server = LocalSmtp().start()
    yield server
    server.stop()


@pytest.fixture
def runner(qapp):
    """The screens' runner, on the global pool: the sender must not use it."""
    runner = TaskRunner()
    yield runner
    runner.wait_idle()


@pytest.fixture
def senders(qapp):
    made: list[MailSender] = []

    def make(ctx, **kwargs) -> MailSender:
        made.append(MailSender(ctx, **kwargs))
        return made[-1]

    yield make
    for sender in made:
        sender.stop()
        sender.wait_idle()


def queue(ctx, count: int = 1) -> list[int]:
    """Notices written straight into the outbox, for the demo's first order."""
    now = utcnow()
    with ctx.engine.begin() as c:
        order_id = c.execute(select(Order.id).order_by(Order.id).limit(1)).scalar_one()
        for i in range(count):
            c.execute(
                insert(OutboxMessage.__table__).values(
                    order_id=order_id,
                    kind=f"test{i}",
                    recipient=f"client{i}@example.net",
                    subject=f"Commande {order_id}",
                    body="Bonjour,\nvotre commande arrive.\n",
                    status="pending",
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                )
            )
    with ctx.engine.connect() as c:
        return list(c.execute(select(OutboxMessage.id).order_by(OutboxMessage.id)).scalars())


def statuses(ctx) -> list[MessageStatus]:
    with ctx.engine.connect() as c:
        return list(c.execute(select(OutboxMessage.status).order_by(OutboxMessage.id)).scalars())


def to(server: LocalSmtp) -> SmtpTransport:
    return SmtpTransport(server.host, server.port, security="none", sender="n@ocpizza.test")


def test_queued_notices_reach_the_server_from_the_background(qtbot, demo, runner, senders, smtp):
    queue(demo, 2)
    sender = senders(demo, transport_factory=lambda: to(smtp))
    sender.start()
    qtbot.waitUntil(lambda: len(smtp.received) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: statuses(demo) == [MessageStatus.SENT] * 2, timeout=WAIT_MS)
    assert sender.active
    assert not runner.busy and not sender.runner.busy  # routine: the busy indicator stays off
    sender.stop()
    assert not sender.active


def test_the_sender_has_a_thread_of_its_own(qtbot, demo, senders, smtp):
    """Every worker of the screens' pool busy (orders being placed on a slow database): the
    notices still go out, on the sender's one thread, and never take one of those workers."""
    queue(demo)
    release = threading.Event()
    screens_pool = QThreadPool.globalInstance()
    workers: list[str] = []

    class Busy(QRunnable):
        def run(self) -> None:
            workers.append(threading.current_thread().name)
            release.wait(WAIT_MS / 1000)

    for _ in range(screens_pool.maxThreadCount()):
        screens_pool.start(Busy())
    try:
        qtbot.waitUntil(lambda: len(workers) == screens_pool.maxThreadCount(), timeout=WAIT_MS)
        sender = senders(demo, transport_factory=lambda: to(smtp))
        assert sender.pool is not screens_pool and sender.pool.maxThreadCount() == 1
        sender.start()
        qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=WAIT_MS)
        assert screens_pool.activeThreadCount() == screens_pool.maxThreadCount()
    finally:
        release.set()
        screens_pool.waitForDone(WAIT_MS)


def test_a_failing_server_alerts_nobody_and_the_notice_waits(qtbot, demo, senders, alerts_log):
    queue(demo)
    unreachable = SmtpTransport("127.0.0.1", closed_port(), security="none", sender="n@x.test")
    sender = senders(demo, transport_factory=lambda: unreachable)
    with qtbot.waitSignal(sender.batch_done, timeout=WAIT_MS) as batch:
        sender.start()
    assert batch.args[0].retried == 1
    assert alerts_log == []
    assert statuses(demo) == [MessageStatus.PENDING]
    sender.stop()


def test_without_mail_configured_the_sender_stays_off(qtbot, demo, senders):
    queue(demo)
    asked = []
    sender = senders(demo, transport_factory=lambda: asked.append(1))
    with qtbot.waitSignal(sender.runner.succeeded, timeout=WAIT_MS):
        sender.start()
    assert asked == [1]
    assert not sender.active
    sender.tick()  # a stray tick does nothing either
    assert statuses(demo) == [MessageStatus.PENDING]


def test_one_batch_at_a_time(qtbot, demo, senders, smtp, monkeypatch):
    queue(demo)
    release = threading.Event()
    batches = []
    real_send_due = notices.send_due

    def slow_send_due(ctx, transport, **kwargs):
        batches.append(threading.current_thread().name)
        release.wait(WAIT_MS / 1000)
        return real_send_due(ctx, transport, **kwargs)

    monkeypatch.setattr(notices, "send_due", slow_send_due)
    sender = senders(demo, transport_factory=lambda: to(smtp))
    sender.start()
    qtbot.waitUntil(lambda: len(batches) == 1, timeout=WAIT_MS)
    sender.tick()
    sender.tick()  # the timer firing again while the server is slow
    with qtbot.waitSignal(sender.batch_done, timeout=WAIT_MS):
        release.set()
    assert len(batches) == 1
    assert len(smtp.received) == 1
    sender.stop()


def test_the_main_window_sends_with_the_config_file_and_stops_at_sign_out(
    qtbot, desk, demo, smtp, tmp_path, monkeypatch
):
    config = tmp_path / "config.toml"
    config.write_text(
        f'[mail]\nhost = "{smtp.host}"\nport = {smtp.port}\nsecurity = "none"\n'
        'sender = "OC Pizza <notices@ocpizza.test>"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("OCPIZZA_CONFIG", str(config))
    [message_id] = queue(demo)
    window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
    qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=WAIT_MS)
    assert smtp.received[0].outbox_id == message_id
    sender = window.mail_sender
    assert sender.active
    window.ui.signOutButton.click()
    qtbot.waitUntil(lambda: desk.main_window is None, timeout=WAIT_MS)
    assert sender.stopped  # (the window, and the sender with it, may be deleted by now)
