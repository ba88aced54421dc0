"""Customer notices: queued with the order (outbox), sent by SMTP to a real local server
(aiosmtpd), retried with backoff, failed for good on a refusal, never sent twice by two
senders, and never in the way of an order. DB tests run on SQLite and on MariaDB."""

from __future__ import annotations

import logging
import smtplib
import threading
from dataclasses import replace
from datetime import timedelta

import pytest
from aiosmtpd.smtp import AuthResult
from sqlalchemy import event, func, insert, select, update

from ocpizza_desk import cli
from ocpizza_desk.config import ConfigError, MailConfig, load_mail_config
from ocpizza_desk.db.models import Delivery, Order, OutboxMessage
from ocpizza_desk.domain.clock import to_paris, utcnow
from ocpizza_desk.domain.enums import MessageStatus, OrderMode, OrderStatus, Role
from ocpizza_desk.domain.errors import PermissionDenied
from ocpizza_desk.integrations.mail import MailError, OutgoingMail, SmtpTransport
from ocpizza_desk.services import customers, notices, orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.customers import AddressInput, CustomerInput
from tests.factories import build_tiny
from tests.helpers import request
from tests.smtp_server import LocalSmtp, closed_port, make_pki

EMAIL = "marie.curie@example.net"
PASSWORD = "s3cret-Smtp-pw!"  # a test value, looked for in logs


@pytest.fixture
def smtp():
    server = LocalSmtp().start()
    yield server
    server.stop()


@pytest.fixture
def tiny(db):
    return build_tiny(db, stock={"dough": 200, "cheese": 20000, "sauce": 20000})


def transport(server: LocalSmtp) -> SmtpTransport:
    return SmtpTransport(
        server.host, server.port, security="none", sender="OC Pizza <notices@ocpizza.test>"
    )


def unreachable() -> SmtpTransport:
    return SmtpTransport("127.0.0.1", closed_port(), security="none", sender="n@ocpizza.test")


def new_customer(ctx, tiny, email: str | None = EMAIL, phone="06 12 34 56 78") -> int:
    card = customers.create(
        ctx,
        tiny.staff[Role.COUNTER],
        CustomerInput(phone=phone, first_name="Marie", last_name="Curie", email=email),
        AddressInput(street="12 rue de la Roquette", postcode="75011"),
    )
    return card.id


def place(ctx, tiny, customer_id=None, mode=OrderMode.TAKEAWAY, minutes=40):
    address_id = None
    if mode is OrderMode.DELIVERY:
        address_id = customers.card(ctx, tiny.staff[Role.COUNTER], customer_id).addresses[0].id
    return orders.place(
        ctx,
        tiny.staff[Role.COUNTER],
        request(
            CartLine(tiny.margherita, 1),
            mode=mode,
            minutes=minutes,
            customer_id=customer_id,
            address_id=address_id,
        ),
    )


def outbox(ctx) -> list:
    with ctx.engine.connect() as c:
        return c.execute(select(OutboxMessage.__table__).order_by(OutboxMessage.id)).all()


def ready(ctx, tiny, order_id: int) -> None:
    for target in (OrderStatus.IN_PREPARATION, OrderStatus.READY):
        orders.advance(ctx, tiny.staff[Role.PIZZAIOLO], order_id, target)


def ours(caplog) -> str:
    """What this application logged (the test SMTP server logs addresses: not ours)."""
    return "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("ocpizza_desk"))


def paris(moment) -> str:
    return to_paris(moment).strftime("%H:%M")


# --------------------------------------------------------------------------- queueing


def test_placing_an_order_for_a_customer_with_an_email_queues_accepted(db, tiny):
    customer = new_customer(db, tiny)
    placed = place(db, tiny, customer, minutes=45)
    [message] = outbox(db)
    assert (message.order_id, message.kind, message.recipient) == (
        placed.order_id,
        "accepted",
        EMAIL,
    )
    assert message.status == MessageStatus.PENDING
    assert message.attempts == 0
    assert message.subject == f"OC Pizza Test — commande n° {placed.order_id} acceptée"
    assert f"commande n° {placed.order_id}" in message.body
    assert "Bonjour Marie," in message.body
    assert f"à {paris(placed.promised_at)}" in message.body  # take-away: ready at
    assert placed.promised_at.strftime("%H:%M") != paris(placed.promised_at)  # Paris, not UTC


def test_an_order_without_a_customer_email_queues_nothing(db, tiny):
    customer = new_customer(db, tiny, email=None)
    place(db, tiny, customer)
    place(db, tiny, None)  # no customer at all
    assert outbox(db) == []


def test_out_for_delivery_queues_one_notice_with_the_planned_eta(db, tiny):
    customer = new_customer(db, tiny)
    placed = place(db, tiny, customer, mode=OrderMode.DELIVERY, minutes=50)
    eta = utcnow() + timedelta(minutes=23)
    with db.engine.begin() as c:
        c.execute(
            insert(Delivery.__table__).values(order_id=placed.order_id, eta=eta, created_at=eta)
        )
    ready(db, tiny, placed.order_id)
    orders.advance(db, tiny.staff[Role.DRIVER], placed.order_id, OrderStatus.OUT_FOR_DELIVERY)
    accepted, out = outbox(db)
    assert accepted.kind == "accepted"
    assert f"Livraison prévue le {to_paris(placed.promised_at):%d/%m/%Y} vers" in accepted.body
    assert out.kind == "out_for_delivery"
    assert out.subject == f"OC Pizza Test — commande n° {placed.order_id} en route"
    assert f"vers {paris(eta)}." in out.body
    # The trip's departure may ask again (deliveries): still one message of each kind.
    assert (
        db.transaction(lambda s: notices.queue_status(s, placed.order_id, notices.OUT_FOR_DELIVERY))
        is None
    )
    assert len(outbox(db)) == 2


def test_without_a_planned_eta_the_promised_time_is_announced(db, tiny):
    customer = new_customer(db, tiny)
    placed = place(db, tiny, customer, mode=OrderMode.DELIVERY, minutes=35)
    ready(db, tiny, placed.order_id)
    orders.advance(db, tiny.staff[Role.DRIVER], placed.order_id, OrderStatus.OUT_FOR_DELIVERY)
    out = outbox(db)[-1]
    assert out.kind == "out_for_delivery"
    assert f"vers {paris(placed.promised_at)}." in out.body


def test_an_explicit_eta_wins_and_a_takeaway_collection_queues_nothing_more(db, tiny):
    customer = new_customer(db, tiny)
    placed = place(db, tiny, customer)
    ready(db, tiny, placed.order_id)
    orders.advance(db, tiny.staff[Role.COUNTER], placed.order_id, OrderStatus.COLLECTED)
    assert [m.kind for m in outbox(db)] == ["accepted"]
    eta = utcnow() + timedelta(hours=2, minutes=7)
    queued = db.transaction(
        lambda s: notices.queue_status(s, placed.order_id, notices.OUT_FOR_DELIVERY, eta=eta)
    )
    assert queued is not None
    assert f"vers {paris(eta)}." in outbox(db)[-1].body
    with pytest.raises(ValueError):
        db.transaction(lambda s: notices.queue_status(s, placed.order_id, "cancelled"))


def test_placing_commits_without_touching_smtp_even_when_it_is_unreachable(db, tiny, monkeypatch):
    customer = new_customer(db, tiny)

    def no_smtp_here(*args, **kwargs):
        raise AssertionError("the order's transaction reached for SMTP")

    with monkeypatch.context() as patched:
        patched.setattr(smtplib.SMTP, "__init__", no_smtp_here)
        placed = place(db, tiny, customer)
    with db.engine.connect() as c:
        assert c.execute(select(Order.status).where(Order.id == placed.order_id)).scalar() == (
            OrderStatus.RECEIVED
        )
    report = notices.send_due(db, unreachable())
    assert (report.sent, report.retried) == (0, 1)
    [message] = outbox(db)
    assert message.status == MessageStatus.PENDING  # waits, visibly; the order is untouched
    assert message.last_error == "temporary: connection refused"


# --------------------------------------------------------------------------- sending


def test_sending_delivers_the_exact_subject_and_body(db, tiny, smtp):
    customer = new_customer(db, tiny)
    placed = place(db, tiny, customer, mode=OrderMode.DELIVERY, minutes=55)
    [queued] = outbox(db)
    now = utcnow()
    report = notices.send_due(db, transport(smtp), now=now)
    assert (report.sent, report.claimed) == (1, 1)
    [received] = smtp.received
    assert received.rcpt_tos == (EMAIL,)
    assert received.mail_from == "notices@ocpizza.test"
    assert received.subject == queued.subject
    assert received.body.replace("\r\n", "\n") == queued.body
    assert f"commande n° {placed.order_id}" in received.body
    assert f"vers {paris(placed.promised_at)}" in received.body
    assert received.outbox_id == queued.id
    assert received.message["Auto-Submitted"] == "auto-generated"
    [sent] = outbox(db)
    assert (sent.status, sent.attempts, sent.sent_at, sent.last_error) == (
        MessageStatus.SENT,
        1,
        now,
        None,
    )
    assert notices.send_due(db, transport(smtp), now=now + timedelta(hours=1)).claimed == 0


def test_a_temporary_refusal_is_retried_after_a_backoff(db, tiny, smtp):
    place(db, tiny, new_customer(db, tiny))
    smtp.handler.data_replies.append("451 4.3.0 Mail server busy, try later")
    t0 = utcnow()
    report = notices.send_due(db, transport(smtp), now=t0)
    assert (report.retried, report.sent) == (1, 0)
    [message] = outbox(db)
    assert message.status == MessageStatus.PENDING
    assert message.attempts == 1
    assert message.next_attempt_at == t0 + timedelta(minutes=1)
    assert message.last_error == "temporary: message refused (451 4.3.0)"
    assert notices.send_due(db, transport(smtp), now=t0 + timedelta(seconds=30)).claimed == 0
    assert smtp.received == []
    report = notices.send_due(db, transport(smtp), now=t0 + timedelta(seconds=61))
    assert report.sent == 1
    assert len(smtp.received) == 1
    [message] = outbox(db)
    assert (message.status, message.attempts, message.last_error) == (
        MessageStatus.SENT,
        2,
        None,
    )


def test_a_refused_recipient_fails_for_good_and_nothing_personal_is_kept(db, tiny, smtp, caplog):
    place(db, tiny, new_customer(db, tiny))
    smtp.handler.rcpt_replies.append(f"550 5.1.1 <{EMAIL}>: Recipient address rejected")
    caplog.set_level(logging.DEBUG)
    report = notices.send_due(db, transport(smtp))
    assert (report.failed, report.retried) == (1, 0)
    [message] = outbox(db)
    assert (message.status, message.attempts) == (MessageStatus.FAILED, 1)
    assert message.last_error == "permanent: recipient refused (550 5.1.1)"
    assert notices.send_due(db, transport(smtp), now=utcnow() + timedelta(days=1)).claimed == 0
    logged = ours(caplog)
    assert f"outbox message {message.id}" in logged
    for personal in (EMAIL, "marie", "Marie", "Curie", message.body[:40]):
        assert personal not in logged


def test_an_unreachable_server_defers_the_batch_and_is_tried_again_later(db, tiny, smtp):
    customer = new_customer(db, tiny)
    first, second = place(db, tiny, customer), place(db, tiny, customer)
    t0 = utcnow()
    report = notices.send_due(db, unreachable(), now=t0)
    assert (report.retried, report.deferred, report.sent) == (1, 1, 0)
    messages = outbox(db)
    assert [m.attempts for m in messages] == [1, 0]  # the second was not even tried
    assert {m.next_attempt_at for m in messages} == {t0 + timedelta(minutes=1)}
    assert messages[0].last_error == "temporary: connection refused"
    report = notices.send_due(db, transport(smtp), now=t0 + timedelta(minutes=1))
    assert report.sent == 2
    assert sorted(r.outbox_id for r in smtp.received) == [m.id for m in messages]
    assert {first.order_id, second.order_id} == {m.order_id for m in outbox(db)}


def test_the_retry_budget_ends_in_failed_with_exponential_backoff(db, tiny):
    place(db, tiny, new_customer(db, tiny))
    now = utcnow()
    waits = []
    for attempt in range(1, notices.MAX_ATTEMPTS + 1):
        report = notices.send_due(db, unreachable(), now=now)
        assert report.claimed == 1
        [message] = outbox(db)
        assert message.attempts == attempt
        waits.append(message.next_attempt_at - now)
        now = message.next_attempt_at
    assert message.status == MessageStatus.FAILED
    assert [w // timedelta(minutes=1) for w in waits[:-1]] == [1, 2, 4, 8, 16, 32, 60]
    assert waits[-1] == timedelta(0)  # failed: stamped when given up
    assert notices.send_due(db, unreachable(), now=now + timedelta(days=1)).claimed == 0


def test_a_message_claimed_by_one_sender_is_not_taken_by_another(db, tiny, smtp):
    customer = new_customer(db, tiny)
    for _ in range(3):
        place(db, tiny, customer)
    other = ServiceContext(db.config)
    seen_by_other = []

    class SlowFirstSend:
        """While the first PC is mid-batch, a second PC runs its own batch."""

        def __init__(self):
            self.inner = transport(smtp)

        def send(self, mail: OutgoingMail) -> None:
            if not seen_by_other:
                seen_by_other.append(notices.send_due(other, transport(smtp)))
            self.inner.send(mail)

        def close(self) -> None:
            self.inner.close()

    try:
        report = notices.send_due(db, SlowFirstSend(), limit=2)
    finally:
        other.close()
    assert report.sent == 2
    assert seen_by_other[0].sent == 1  # only the one the first PC had not claimed
    ids = [r.outbox_id for r in smtp.received]
    assert sorted(ids) == [m.id for m in outbox(db)]  # each once


def test_a_sender_that_read_the_queue_just_before_another_claimed_it_takes_none_of_it(
    db, tiny, smtp
):
    customer = new_customer(db, tiny)
    for _ in range(3):
        place(db, tiny, customer)
    other = ServiceContext(db.config)
    now = utcnow()
    claimed_by_other = []

    def other_claims_now(conn, cursor, statement, *args):
        """Right after this sender's SELECT of due messages, before its UPDATEs."""
        if not claimed_by_other and statement.lstrip().upper().startswith("SELECT"):
            claimed_by_other.append(other.core_transaction(lambda c: notices._claim(c, now, 2)))

    event.listen(db.engine, "after_cursor_execute", other_claims_now)
    try:
        report = notices.send_due(db, transport(smtp), now=now)
    finally:
        event.remove(db.engine, "after_cursor_execute", other_claims_now)
        other.close()
    theirs = {m.id for m in claimed_by_other[0]}
    assert len(theirs) == 2
    assert report.claimed == report.sent == 1
    [received] = smtp.received
    assert received.outbox_id not in theirs


def test_two_senders_on_two_threads_never_send_a_message_twice(db, tiny, smtp):
    customer = new_customer(db, tiny)
    # 30 notices, written directly: placing 30 orders is not what this test is about.
    order_id = place(db, tiny, customer).order_id
    now = utcnow()
    with db.engine.begin() as c:
        c.execute(
            insert(OutboxMessage.__table__),
            [
                {
                    "order_id": order_id,
                    "kind": f"test{i}",
                    "recipient": f"client{i}@example.net",
                    "subject": f"message {i}",
                    "body": "corps",
                    "status": "pending",
                    "attempts": 0,
                    "next_attempt_at": now,
                    "created_at": now,
                }
                for i in range(30)
            ],
        )
    total = len(outbox(db))
    start = threading.Barrier(2)
    reports: dict[str, list] = {"a": [], "b": []}
    errors = []

    def sender(name: str) -> None:
        ctx = ServiceContext(db.config)
        try:
            start.wait()
            while True:
                report = notices.send_due(ctx, transport(smtp), limit=3)
                reports[name].append(report)
                if report.claimed == 0:
                    break
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            ctx.close()

    threads = [threading.Thread(target=sender, args=(name,)) for name in reports]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    ids = [r.outbox_id for r in smtp.received]
    assert len(ids) == total
    assert len(set(ids)) == total  # never twice
    assert sum(r.sent for rs in reports.values() for r in rs) == total
    assert {m.status for m in outbox(db)} == {MessageStatus.SENT}


# --------------------------------------------------------------------------- GDPR, read model


def test_erasing_a_customer_clears_their_notices(db, tiny, smtp):
    customer = new_customer(db, tiny)
    place(db, tiny, customer)
    notices.send_due(db, transport(smtp))
    place(db, tiny, customer)  # a second notice, still pending
    customers.erase(db, tiny.staff[Role.MANAGER], customer, "RGPD-42")
    sent, pending = outbox(db)
    assert (sent.recipient, sent.body, sent.status) == (None, "", MessageStatus.SENT)
    assert (pending.recipient, pending.body, pending.status) == (None, "", MessageStatus.FAILED)
    assert notices.send_due(db, transport(smtp), now=utcnow() + timedelta(days=1)).claimed == 0
    assert len(smtp.received) == 1


def test_the_outbox_summary_counts_and_shows_problems_without_personal_data(db, tiny, smtp):
    customer = new_customer(db, tiny)
    for _ in range(4):
        place(db, tiny, customer)
    smtp.handler.rcpt_replies.extend([None, "550 5.1.1 no such user"])  # 1 sent, 2 refused
    with db.engine.begin() as c:  # the fourth is not due yet
        last = c.execute(select(func.max(OutboxMessage.id))).scalar()
        c.execute(
            update(OutboxMessage.__table__)
            .where(OutboxMessage.id == last)
            .values(next_attempt_at=utcnow() + timedelta(hours=1))
        )
    notices.send_due(db, transport(smtp), limit=2)
    notices.send_due(db, unreachable())
    summary = notices.outbox_summary(db, tiny.staff[Role.MANAGER])
    assert (summary.pending, summary.sent, summary.failed, summary.retrying) == (2, 1, 1, 1)
    assert summary.oldest_pending_at is not None
    kinds = [(p.status, p.last_error) for p in summary.problems]
    assert kinds == [
        (MessageStatus.PENDING, "temporary: connection refused"),
        (MessageStatus.FAILED, "permanent: recipient refused (550 5.1.1)"),
    ]
    assert all(not hasattr(p, "recipient") and not hasattr(p, "body") for p in summary.problems)
    assert EMAIL not in repr(summary)
    admin = notices.outbox_summary(db, tiny.staff[Role.ADMIN])
    assert (admin.pending, admin.sent, admin.failed) == (2, 1, 1)
    for role in (Role.COUNTER, Role.DRIVER, Role.HEAD_OFFICE):
        with pytest.raises(PermissionDenied):
            notices.outbox_summary(db, tiny.staff[role])


# --------------------------------------------------------------------------- transport alone


def test_transport_errors_say_temporary_or_permanent_without_the_address(smtp):
    mail = OutgoingMail(5, EMAIL, "Sujet", "Bonjour Marie")
    assert EMAIL not in repr(mail) and "Marie" not in repr(mail)
    sender = transport(smtp)
    smtp.handler.rcpt_replies.append(f"452 4.2.2 <{EMAIL}> mailbox full")
    with pytest.raises(MailError) as refused:
        sender.send(mail)
    assert refused.value.temporary and not refused.value.server_down
    assert refused.value.code == 452
    assert EMAIL not in str(refused.value)
    assert refused.value.__context__ is None and refused.value.__cause__ is None
    sender.send(mail)  # the same connection goes on
    sender.close()
    assert len(smtp.received) == 1
    with pytest.raises(MailError) as down:
        unreachable().send(mail)
    assert down.value.server_down and down.value.temporary
    with pytest.raises(MailError) as bad:
        sender.send(OutgoingMail(6, "x@example.net\nBcc: y@example.net", "s", "b"))
    assert bad.value.permanent


def test_a_password_never_shows_in_the_transport(smtp):
    sender = SmtpTransport(
        smtp.host,
        smtp.port,
        security="none",
        sender="n@ocpizza.test",
        username="u",
        password=PASSWORD,
    )
    assert PASSWORD not in repr(sender) and PASSWORD not in str(sender)


# --------------------------------------------------------------------------- configuration


def write(tmp_path, text: str):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def no_keyring(_name: str) -> None:
    return None


def test_mail_config_is_read_from_its_section(tmp_path):
    path = write(
        tmp_path,
        '[database]\nurl = "sqlite:///x.db"\n\n[mail]\nhost = "smtp.example.net"\n'
        f'username = "notices@example.net"\npassword = "{PASSWORD}"\n'
        'sender = "OC Pizza <notices@example.net>"\n',
    )
    config = load_mail_config(path, {}, no_keyring)
    assert config == MailConfig(
        host="smtp.example.net",
        sender="OC Pizza <notices@example.net>",
        port=587,
        security="starttls",
        username="notices@example.net",
        password=PASSWORD,
        password_source=str(path),
    )
    assert PASSWORD not in repr(config) and PASSWORD not in str(config)
    assert "password from" in str(config)


def test_mail_config_defaults_and_switches(tmp_path):
    assert load_mail_config(tmp_path / "absent.toml", {}, no_keyring) is None
    no_section = write(tmp_path, '[database]\nurl = "sqlite:///x.db"\n')
    assert load_mail_config(no_section, {}, no_keyring) is None
    off = write(tmp_path, '[mail]\nenabled = false\nhost = "h"\nsender = "a@b.c"\n')
    assert load_mail_config(off, {}, no_keyring) is None
    tls = write(tmp_path, '[mail]\nhost = "h"\nsender = "a@b.c"\nsecurity = "tls"\n')
    implicit = load_mail_config(tls, {}, no_keyring)
    assert (implicit.port, implicit.security) == (465, "tls")
    plain = write(tmp_path, '[mail]\nhost = "h"\nsender = "a@b.c"\nsecurity = "none"\n')
    assert load_mail_config(plain, {}, no_keyring).port == 25
    # The config file named by OCPIZZA_CONFIG, as for the database.
    assert load_mail_config(None, {"OCPIZZA_CONFIG": str(plain)}, no_keyring).host == "h"


def test_the_password_comes_from_the_keyring_when_the_file_has_none(tmp_path):
    path = write(tmp_path, '[mail]\nhost = "h"\nsender = "a@b.c"\nusername = "u"\n')
    asked = []

    def keyring(name):
        asked.append(name)
        return PASSWORD

    config = load_mail_config(path, {}, keyring)
    assert asked == ["smtp"]
    assert (config.password, config.password_source) == (PASSWORD, "keyring")
    without_login = write(tmp_path, '[mail]\nhost = "h"\nsender = "a@b.c"\n')
    asked.clear()
    assert load_mail_config(without_login, {}, keyring).password is None
    assert asked == []  # no username: no login, no keyring


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('[mail]\nsender = "a@b.c"\n', "needs a 'host'"),
        ('[mail]\nhost = "h"\n', "needs a 'sender'"),
        ('[mail]\nhost = "h"\nsender = "nobody"\n', "sender must be an address"),
        ('[mail]\nhost = "h"\nsender = "a@b.c"\nsecurity = "ssl"\n', "security must be one of"),
        ('[mail]\nhost = "h"\nsender = "a@b.c"\nport = 0\n', "port must be"),
        ('[mail]\nhost = "h"\nsender = "a@b.c"\nport = "25"\n', "port must be"),
        ('[mail]\nhost = "h"\nsender = "a@b.c"\nenabled = "yes"\n', "enabled must be"),
        ('[mail]\nhost = "h"\nsender = "a@b.c"\nuser = "u"\n', "unknown keys in [mail]: user"),
        ('[mail]\nhost = "h"\nsender = "a@b.c"\npassword = 1234\n', "password must be"),
        ("mail = 3\n", "[mail] must be a section"),
    ],
)
def test_a_wrong_mail_section_says_what_to_fix(tmp_path, text, says):
    with pytest.raises(ConfigError) as refused:
        load_mail_config(write(tmp_path, text), {}, no_keyring)
    assert says in str(refused.value)
    assert "1234" not in str(refused.value)


def test_the_configured_transport_logs_no_password(tmp_path, caplog):
    path = write(
        tmp_path,
        f'[mail]\nhost = "smtp.example.net"\nusername = "u"\npassword = "{PASSWORD}"\n'
        'sender = "a@example.net"\n',
    )
    caplog.set_level(logging.DEBUG)
    built = notices.configured_transport({"OCPIZZA_CONFIG": str(path)})
    assert isinstance(built, SmtpTransport)
    assert (built.host, built.port, built.security) == ("smtp.example.net", 587, "starttls")
    assert "smtp.example.net" in caplog.text
    assert PASSWORD not in caplog.text and PASSWORD not in repr(built)
    broken = write(tmp_path, f'[mail]\nhost = "h"\npassword = "{PASSWORD}"\n')
    assert notices.configured_transport({"OCPIZZA_CONFIG": str(broken)}) is None
    assert "needs a 'sender'" in caplog.text
    assert PASSWORD not in caplog.text


# --------------------------------------------------------------------------- command line


def test_the_command_line_sends_what_is_due(db, tiny, smtp, tmp_path, monkeypatch, capsys):
    place(db, tiny, new_customer(db, tiny))
    path = write(
        tmp_path,
        f'[mail]\nhost = "{smtp.host}"\nport = {smtp.port}\nsecurity = "none"\n'
        'sender = "notices@ocpizza.test"\n',
    )
    monkeypatch.setenv("OCPIZZA_CONFIG", str(path))
    url = db.config.url
    assert cli.main(["--db-url", url, "notices", "send", "--once"]) == cli.EXIT_OK
    assert "1 sent" in capsys.readouterr().out
    assert len(smtp.received) == 1
    monkeypatch.setenv("OCPIZZA_CONFIG", str(tmp_path / "absent.toml"))
    assert cli.main(["--db-url", url, "notices", "send"]) == cli.EXIT_DATABASE
    assert "mail is not configured" in capsys.readouterr().err


# --------------------------------------------------------------------------- TLS and login


@pytest.fixture
def pki(tmp_path):
    return make_pki(tmp_path)


def test_starttls_with_a_login_delivers_and_a_bad_password_or_unknown_ca_waits(pki):
    ca_file, server_context = pki
    logins = []

    def authenticator(server, session, envelope, mechanism, data):
        logins.append((data.login, data.password))
        good = data.password == PASSWORD.encode()
        return AuthResult(success=good, handled=False)  # refused: aiosmtpd answers 535

    server = LocalSmtp(
        hostname="localhost",
        tls_context=server_context,
        require_starttls=True,
        authenticator=authenticator,
        auth_require_tls=True,
    ).start()
    try:
        config = MailConfig(
            host="localhost",
            port=server.port,
            sender="notices@ocpizza.test",
            username="notices",
            password=PASSWORD,
            tls_ca=ca_file,
        )
        sender = notices.transport_for(config)
        sender.send(OutgoingMail(1, EMAIL, "Sujet", "Corps"))
        sender.close()
        assert len(server.received) == 1
        assert logins == [(b"notices", PASSWORD.encode())]  # over TLS (auth_require_tls)
        wrong = notices.transport_for(replace(config, password="not-it"))
        with pytest.raises(MailError) as refused:
            wrong.send(OutgoingMail(2, EMAIL, "Sujet", "Corps"))
        assert refused.value.server_down and refused.value.temporary
        assert str(refused.value) == "temporary: login refused (535 5.7.8)"
        untrusted = notices.transport_for(replace(config, tls_ca=None))  # system CAs only
        with pytest.raises(MailError) as unknown:
            untrusted.send(OutgoingMail(3, EMAIL, "Sujet", "Corps"))
        assert str(unknown.value) == "temporary: TLS certificate not trusted"
        assert len(server.received) == 1
    finally:
        server.stop()


def test_implicit_tls_delivers(pki):
    ca_file, server_context = pki
    server = LocalSmtp(hostname="localhost", ssl_context=server_context).start()
    try:
        config = MailConfig(
            host="localhost",
            port=server.port,
            security="tls",
            sender="notices@ocpizza.test",
            tls_ca=ca_file,
        )
        sender = notices.transport_for(config)
        sender.send(OutgoingMail(4, EMAIL, "Sujet", "Corps"))
        sender.close()
        assert [r.outbox_id for r in server.received] == [4]
    finally:
        server.stop()
