"""Customer notices: queued in the order's own transaction, sent later in the background.

The outbox pattern: `queue_status` writes the message (French, ready to send) into
`outbox_messages` inside the transaction that changes the order, so a notice exists exactly
when the change is committed, and placing an order never waits on a mail server.
`send_due` is the sender's one step: it claims due messages in a short transaction (a
conditional UPDATE per message that moves `next_attempt_at` forward, so two PCs running
senders never take the same one), sends them outside any transaction, then records each
outcome: sent, retried later with exponential backoff, or failed for good.

Personal data: the recipient and the body (it greets the customer by name) never reach a
log, an error or `last_error`; messages are named by their outbox id.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, case, func, select, update

from ocpizza_desk.config import ConfigError, MailConfig, load_mail_config
from ocpizza_desk.db.models import Customer, Delivery, Order, OutboxMessage, Store
from ocpizza_desk.domain.clock import to_paris, utcnow
from ocpizza_desk.domain.enums import MessageStatus, OrderMode
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.domain.phones import display as display_phone
from ocpizza_desk.integrations.mail import MailError, MailTransport, OutgoingMail, SmtpTransport
from ocpizza_desk.services.auth import StaffSession, require_any
from ocpizza_desk.services.context import ServiceContext, Tx, core

log = logging.getLogger(__name__)

ACCEPTED = "accepted"
OUT_FOR_DELIVERY = "out_for_delivery"
KINDS = (ACCEPTED, OUT_FOR_DELIVERY)

MAX_ATTEMPTS = 8  # then the message is marked failed
BACKOFF_BASE = timedelta(minutes=1)  # 1, 2, 4, 8, 16, 32, 60, 60 minutes
BACKOFF_CAP = timedelta(hours=1)
# How long a claimed message is kept from other senders: longer than a batch can take
# (limit x the transport's timeout), short enough that a PC switched off mid-batch only
# delays its messages.
LEASE = timedelta(minutes=10)
FAILURES_SHOWN = 10

_OUTBOX = OutboxMessage.__table__
_ORDERS = Order.__table__
_PENDING = MessageStatus.PENDING.value
WITHDRAWN = "withdrawn: no longer true (departure taken back)"  # a failed row's last_error


# --------------------------------------------------------------------------- the text


def render(
    kind: str,
    *,
    order_id: int,
    store_name: str,
    store_phone: str | None,
    mode: OrderMode,
    when: datetime,
    first_name: str | None = None,
) -> tuple[str, str]:
    """(subject, body) in French; `when` is the promised time (accepted) or the expected
    arrival (out for delivery), shown in Paris time."""
    local = to_paris(when if when.tzinfo is not None else when.replace(tzinfo=UTC))
    day, hour = local.strftime("%d/%m/%Y"), local.strftime("%H:%M")
    if kind == ACCEPTED:
        subject = f"{store_name} — commande n° {order_id} acceptée"
        lines = [f"Votre commande n° {order_id} a bien été acceptée par {store_name}."]
        if mode is OrderMode.DELIVERY:
            lines.append(f"Livraison prévue le {day} vers {hour}.")
        else:
            lines.append(f"Elle sera prête au magasin le {day} à {hour}.")
    elif kind == OUT_FOR_DELIVERY:
        subject = f"{store_name} — commande n° {order_id} en route"
        lines = [
            f"Votre commande n° {order_id} vient de partir de {store_name}.",
            f"Arrivée prévue le {day} vers {hour}.",
        ]
    else:
        raise ValueError(f"unknown notice kind {kind!r}")
    greeting = f"Bonjour {first_name}," if first_name else "Bonjour,"
    phone = display_phone(store_phone)
    body = "\n".join(
        [greeting, "", *lines, ""]
        + ([f"Une question ? Appelez le magasin au {phone}.", ""] if phone else [])
        + [
            "À bientôt,",
            store_name,
            "",
            "Message envoyé automatiquement, merci de ne pas y répondre.",
            "",
        ]
    )
    return subject, body


# --------------------------------------------------------------------------- queueing


def queue_status(
    db: Tx,
    order_id: int,
    kind: str,
    eta: datetime | None = None,
    *,
    now: datetime | None = None,
    new_order: bool = False,
) -> int | None:
    """Queue the notice of `kind` for an order, in the caller's transaction.

    Returns the outbox id, or None when nothing was queued: the order's customer has no
    e-mail (or there is no customer), or this notice was already queued for this order
    (idempotent per order and kind: the trip's departure and the driver's "out" tap may both
    ask). The expected arrival for "out_for_delivery" is `eta`, else the delivery's planned
    eta, else the promised time. `new_order`: the order was created in this same transaction,
    so nothing can be queued for it yet (the duplicate check and its locks are skipped).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown notice kind {kind!r}")
    c = core(db)
    stores, customers, deliveries = Store.__table__, Customer.__table__, Delivery.__table__
    row = c.execute(
        select(
            _ORDERS.c.mode,
            _ORDERS.c.promised_at,
            stores.c.name,
            stores.c.phone,
            customers.c.email,
            customers.c.first_name,
            deliveries.c.eta,
        )
        .select_from(
            _ORDERS.join(stores, stores.c.id == _ORDERS.c.store_id)
            .join(customers, customers.c.id == _ORDERS.c.customer_id)
            .outerjoin(deliveries, deliveries.c.order_id == _ORDERS.c.id)
        )
        .where(_ORDERS.c.id == order_id)
    ).first()
    if row is None or not row.email:
        return None
    if not new_order:
        # The order row first: callers for one order wait for each other here (the caller
        # usually holds it already, having just moved the order). Then a locking read, which
        # sees the latest commit, not this transaction's older snapshot (MariaDB).
        c.execute(select(_ORDERS.c.id).where(_ORDERS.c.id == order_id).with_for_update())
        already = c.execute(
            select(_OUTBOX.c.id)
            .where(
                _OUTBOX.c.order_id == order_id,
                _OUTBOX.c.kind == kind,
                func.coalesce(_OUTBOX.c.last_error, "") != WITHDRAWN,
            )
            .limit(1)
            .with_for_update()
        ).first()
        if already is not None:
            return None
    when = row.promised_at if kind == ACCEPTED else (eta or row.eta or row.promised_at)
    subject, body = render(
        kind,
        order_id=order_id,
        store_name=row.name,
        store_phone=row.phone,
        mode=OrderMode(row.mode),
        when=when,
        first_name=row.first_name,
    )
    at = now or utcnow()
    message_id = c.execute(
        _OUTBOX.insert().values(
            order_id=order_id,
            kind=kind,
            recipient=row.email,
            subject=subject,
            body=body,
            status=_PENDING,
            attempts=0,
            next_attempt_at=at,
            created_at=at,
        )
    ).inserted_primary_key[0]
    log.info("notice %s queued for order %s: outbox message %s", kind, order_id, message_id)
    return message_id


def withdraw(db: Tx, order_ids: Sequence[int], kind: str, *, now: datetime | None = None) -> int:
    """Notices of `kind` not sent yet that are no longer true (a departure taken back): never
    sent, kept with the reason (as an erased recipient's are); the next departure queues its
    own. One already sent stays as it is. Returns how many were withdrawn."""
    if not order_ids:
        return 0
    return (
        core(db)
        .execute(
            update(_OUTBOX)
            .where(
                _OUTBOX.c.order_id.in_(list(order_ids)),
                _OUTBOX.c.kind == kind,
                _OUTBOX.c.status == _PENDING,
            )
            .values(
                status=MessageStatus.FAILED.value,
                last_error=WITHDRAWN,
                next_attempt_at=now or utcnow(),
            )
        )
        .rowcount
    )


# --------------------------------------------------------------------------- sending


@dataclass(frozen=True)
class SendReport:
    sent: int = 0
    retried: int = 0  # a temporary failure: tried again later
    failed: int = 0  # given up: a permanent refusal or the retry budget spent
    deferred: int = 0  # claimed but not tried: the server was down, back in the queue

    @property
    def claimed(self) -> int:
        return self.sent + self.retried + self.failed + self.deferred


@dataclass(frozen=True)
class _Claimed:
    id: int
    recipient: str | None
    subject: str
    body: str
    attempts: int


def backoff(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failed try: 1, 2, 4... minutes, capped at an hour."""
    return min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_CAP)


def send_due(
    ctx: ServiceContext, transport: MailTransport, now: datetime | None = None, limit: int = 20
) -> SendReport:
    """Send up to `limit` due messages; never raises for a mail problem (it is recorded).

    Database errors do raise (the caller logs them and tries again later); a message sent
    but not yet recorded when that happens may then be sent once more after its lease: at
    least once, never two senders at the same time.
    """
    now = now or utcnow()
    claimed = ctx.core_transaction(lambda c: _claim(c, now, limit))
    if not claimed:
        return SendReport()
    outcomes: Counter[str] = Counter()
    try:
        for index, message in enumerate(claimed):
            if not message.recipient:  # erased (GDPR) since it was queued
                error = MailError("no recipient", permanent=True)
            else:
                error = _try(transport, message)
            if error is None:
                ctx.core_transaction(lambda c, m=message: _record_sent(c, m, now))
                outcomes["sent"] += 1
                continue
            outcome, retry_at = ctx.core_transaction(
                lambda c, m=message, e=error: _record_failure(c, m, e, now)
            )
            outcomes[outcome] += 1
            if error.server_down:
                rest = claimed[index + 1 :]
                if rest:
                    ctx.core_transaction(lambda c, r=rest, t=retry_at: _release(c, r, t))
                    log.info("%d outbox messages wait for the mail server", len(rest))
                outcomes["deferred"] += len(rest)
                break
    finally:
        try:
            transport.close()
        except Exception:  # the outcomes are recorded; a failed goodbye changes nothing
            log.debug("closing the mail transport failed", exc_info=True)
    return SendReport(
        outcomes["sent"], outcomes["retried"], outcomes["failed"], outcomes["deferred"]
    )


def _try(transport: MailTransport, message: _Claimed) -> MailError | None:
    mail = OutgoingMail(message.id, message.recipient or "", message.subject, message.body)
    try:
        transport.send(mail)
    except MailError as error:
        return error
    except Exception as exc:  # a transport bug must not stop the sender: retried later
        log.warning("outbox message %s: unexpected %s", message.id, type(exc).__name__)
        return MailError(f"unexpected error ({type(exc).__name__})")
    return None


def _claim(c: Connection, now: datetime, limit: int) -> list[_Claimed]:
    rows = c.execute(
        select(
            _OUTBOX.c.id,
            _OUTBOX.c.recipient,
            _OUTBOX.c.subject,
            _OUTBOX.c.body,
            _OUTBOX.c.attempts,
        )
        .where(_OUTBOX.c.status == _PENDING, _OUTBOX.c.next_attempt_at <= now)
        .order_by(_OUTBOX.c.next_attempt_at, _OUTBOX.c.id)
        .limit(limit)
    ).all()
    claimed = []
    for row in rows:
        # Conditional: another sender that claimed it first has moved next_attempt_at on
        # (or sent it), and this UPDATE, which reads the latest version, then changes nothing.
        taken = c.execute(
            update(_OUTBOX)
            .where(
                _OUTBOX.c.id == row.id,
                _OUTBOX.c.status == _PENDING,
                _OUTBOX.c.next_attempt_at <= now,
            )
            .values(next_attempt_at=now + LEASE)
        ).rowcount
        if taken == 1:
            claimed.append(_Claimed(row.id, row.recipient, row.subject, row.body, row.attempts))
    return claimed


def _record_sent(c: Connection, message: _Claimed, now: datetime) -> None:
    c.execute(
        update(_OUTBOX)
        .where(_OUTBOX.c.id == message.id, _OUTBOX.c.status == _PENDING)
        .values(
            status=MessageStatus.SENT.value,
            attempts=_OUTBOX.c.attempts + 1,
            sent_at=now,
            last_error=None,
        )
    )
    log.info("outbox message %s sent", message.id)


def _record_failure(
    c: Connection, message: _Claimed, error: MailError, now: datetime
) -> tuple[str, datetime]:
    """('retried' | 'failed', when to try again). `last_error` is our own words only."""
    attempts = message.attempts + 1
    reason = str(error)[:300]
    if error.permanent or attempts >= MAX_ATTEMPTS:
        values = {"status": MessageStatus.FAILED.value, "next_attempt_at": now}
        outcome, retry_at = "failed", now
        log.warning("outbox message %s failed after %d attempts: %s", message.id, attempts, reason)
    else:
        retry_at = now + backoff(attempts)
        values = {"next_attempt_at": retry_at}
        outcome = "retried"
        log.info(
            "outbox message %s not sent (%s), attempt %d, next at %s",
            message.id,
            reason,
            attempts,
            retry_at.isoformat(timespec="seconds"),
        )
    c.execute(
        update(_OUTBOX)
        .where(_OUTBOX.c.id == message.id, _OUTBOX.c.status == _PENDING)
        .values(attempts=attempts, last_error=reason, **values)
    )
    return outcome, retry_at


def _release(c: Connection, messages: Sequence[_Claimed], retry_at: datetime) -> None:
    """Back in the queue untried (no attempt counted), due when the server is tried again."""
    c.execute(
        update(_OUTBOX)
        .where(_OUTBOX.c.id.in_([m.id for m in messages]), _OUTBOX.c.status == _PENDING)
        .values(next_attempt_at=retry_at)
    )


# --------------------------------------------------------------------------- transport


def transport_for(config: MailConfig | None) -> SmtpTransport | None:
    if config is None:
        return None
    context = None
    if config.tls_ca:
        import ssl

        context = ssl.create_default_context(cafile=config.tls_ca)
    return SmtpTransport(
        config.host,
        config.port,
        sender=config.sender,
        security=config.security,
        username=config.username,
        password=config.password,
        timeout=config.timeout_s,
        ssl_context=context,
    )


def configured_transport(environ=None) -> SmtpTransport | None:
    """The SMTP transport of the config file's [mail] section, or None: not configured, or
    configured wrongly (logged as a warning saying what to fix; orders are never affected,
    their notices simply wait in the outbox)."""
    try:
        config = load_mail_config(environ=environ)
    except ConfigError as exc:
        log.warning("customer notices not sent: %s", exc)
        return None
    if config is None:
        log.info("customer notices: no [mail] section, messages wait in the outbox")
        return None
    log.info("%s", config)
    return transport_for(config)


# --------------------------------------------------------------------------- read model


@dataclass(frozen=True)
class OutboxProblem:
    """A message that failed or is being retried: what and why, never to whom or the text."""

    message_id: int
    order_id: int | None
    kind: str
    status: MessageStatus
    attempts: int
    last_error: str | None
    created_at: datetime
    next_attempt_at: datetime  # failed: when it was given up


@dataclass(frozen=True)
class OutboxSummary:
    pending: int
    sent: int
    failed: int
    retrying: int  # pending after at least one failed try
    oldest_pending_at: datetime | None  # a long-waiting notice: is mail configured?
    problems: tuple[OutboxProblem, ...]  # being retried first, then the last failures


def outbox_summary(ctx: ServiceContext, session: StaffSession) -> OutboxSummary:
    """Counts by status and the recent problems; a manager sees their own store's only."""
    require_any(session, (Permission.ADMINISTER, Permission.DISPATCH))
    store_id = session.store_id if session.role.is_store_bound else None

    def scoped(statement):
        if store_id is None:
            return statement
        return statement.join(_ORDERS, _ORDERS.c.id == _OUTBOX.c.order_id).where(
            _ORDERS.c.store_id == store_id
        )

    def problems(c: Connection, *where, order) -> list[OutboxProblem]:
        columns = (
            _OUTBOX.c.id,
            _OUTBOX.c.order_id,
            _OUTBOX.c.kind,
            _OUTBOX.c.status,
            _OUTBOX.c.attempts,
            _OUTBOX.c.last_error,
            _OUTBOX.c.created_at,
            _OUTBOX.c.next_attempt_at,
        )
        statement = scoped(select(*columns).select_from(_OUTBOX)).where(*where)
        rows = c.execute(statement.order_by(order).limit(FAILURES_SHOWN)).all()
        return [
            OutboxProblem(r[0], r[1], r[2], MessageStatus(r[3]), r[4], r[5], r[6], r[7])
            for r in rows
        ]

    def work(c: Connection) -> OutboxSummary:
        counts = c.execute(
            scoped(
                select(
                    _OUTBOX.c.status,
                    func.count(),
                    func.sum(case((_OUTBOX.c.attempts > 0, 1), else_=0)),
                    func.min(_OUTBOX.c.created_at),
                ).select_from(_OUTBOX)
            ).group_by(_OUTBOX.c.status)
        ).all()
        by_status = {
            MessageStatus(status): (n, int(retrying or 0), oldest)
            for status, n, retrying, oldest in counts
        }
        pending = by_status.get(MessageStatus.PENDING, (0, 0, None))
        retrying = problems(
            c,
            _OUTBOX.c.status == _PENDING,
            _OUTBOX.c.attempts > 0,
            order=_OUTBOX.c.next_attempt_at,
        )
        failed = problems(
            c,
            _OUTBOX.c.status == MessageStatus.FAILED.value,
            order=_OUTBOX.c.next_attempt_at.desc(),
        )
        return OutboxSummary(
            pending=pending[0],
            sent=by_status.get(MessageStatus.SENT, (0,))[0],
            failed=by_status.get(MessageStatus.FAILED, (0,))[0],
            retrying=pending[1],
            oldest_pending_at=pending[2],
            problems=tuple(retrying + failed)[:FAILURES_SHOWN],
        )

    return ctx.core_transaction(work)
