"""SMTP with the standard library: STARTTLS, implicit TLS or plain, optional login, timeouts.

One connection per batch (opened at the first message, closed by `close()`), a few seconds
of timeout on every network operation so a dead server costs one short wait, not a frozen
sender. Errors become `MailError` with our own words and the reply code: the server's text
is dropped because it usually quotes the recipient's address.
"""

from __future__ import annotations

import logging
import re
import smtplib
import socket
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr

from ocpizza_desk.integrations.mail.base import MailError, OutgoingMail

log = logging.getLogger(__name__)

SECURITY_MODES = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
DEFAULT_TIMEOUT_S = 10.0
_ENHANCED_STATUS = re.compile(rb"^\s*([245]\.\d{1,3}\.\d{1,3})\b")


class SmtpTransport:
    """Sends through one SMTP server. Not thread-safe: one batch at a time."""

    def __init__(
        self,
        host: str,
        port: int | None = None,
        *,
        sender: str,
        security: str = "starttls",
        username: str | None = None,
        password: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        if security not in SECURITY_MODES:
            raise ValueError(f"security must be one of {', '.join(SECURITY_MODES)}")
        self.host = host
        self.port = port or DEFAULT_PORTS[security]
        self.security = security
        self.sender = sender
        self.username = username
        self._password = password
        self.timeout = timeout
        self._ssl_context = ssl_context
        self._smtp: smtplib.SMTP | None = None
        self._envelope_from = parseaddr(sender)[1] or sender
        self._domain = self._envelope_from.rpartition("@")[2] or "localhost"

    def __repr__(self) -> str:  # never the password
        login = f", login {self.username}" if self.username else ""
        return f"SmtpTransport({self.host}:{self.port}, {self.security}{login})"

    # -- sending

    def send(self, mail: OutgoingMail) -> None:
        message = self._build(mail)
        smtp = self._connection()
        error = None
        try:
            smtp.send_message(message, from_addr=self._envelope_from, to_addrs=[mail.recipient])
        except Exception as exc:
            error = _classify(exc)
        if error is not None:  # raised out here: no __context__ holding the server's words
            if error.server_down:
                self._drop()
            raise error
        log.debug("outbox message %s handed to %s", mail.outbox_id, self.host)

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except Exception:  # the message went through already; a rude goodbye changes nothing
            smtp.close()

    def _build(self, mail: OutgoingMail) -> EmailMessage:
        try:
            message = EmailMessage()
            message["From"] = self.sender
            message["To"] = mail.recipient
            message["Subject"] = mail.subject
            message["Date"] = formatdate(usegmt=True)
            message["Message-ID"] = make_msgid(f"outbox.{mail.outbox_id}", self._domain)
            message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies, please
            message.set_content(mail.body)
        except (ValueError, TypeError, IndexError):
            message = None
        if message is None:
            raise MailError("malformed address or header", permanent=True)
        return message

    # -- the connection

    def _connection(self) -> smtplib.SMTP:
        if self._smtp is not None:
            return self._smtp
        context = self._ssl_context or ssl.create_default_context()
        error = None
        try:
            if self.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=self.timeout, context=context
                )
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            try:
                smtp.ehlo()
                if self.security == "starttls":
                    smtp.starttls(context=context)
                    smtp.ehlo()
                if self.username:
                    smtp.login(self.username, self._password or "")
            except BaseException:
                smtp.close()
                raise
        except Exception as exc:
            found = _classify(exc)
            error = MailError(found.reason, code=found.code, server_down=True)
        if error is not None:
            raise error
        self._smtp = smtp
        return smtp

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()


def _status(code: int | None, reply: bytes | str | None) -> str:
    """'550 5.1.1': the reply code and the enhanced status code, never the reply's text."""
    if code is None:
        return "no code"
    if isinstance(reply, str):
        reply = reply.encode("utf-8", "replace")
    found = _ENHANCED_STATUS.match(reply or b"")
    return f"{code} {found.group(1).decode()}" if found else str(code)


def _classify(exc: BaseException) -> MailError:
    """Our words for what happened: temporary or permanent, and whether the server is usable."""
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(exc.recipients.values()), (None, None))
        return MailError(
            f"recipient refused ({_status(code, reply)})",
            permanent=code is not None and code >= 500,
            code=code,
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):  # the configured sender: every message
        return MailError(
            f"sender refused ({_status(exc.smtp_code, exc.smtp_error)})",
            code=exc.smtp_code,
            server_down=True,
        )
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return MailError(
            f"login refused ({_status(exc.smtp_code, exc.smtp_error)})",
            code=exc.smtp_code,
            server_down=True,
        )
    if isinstance(exc, (smtplib.SMTPConnectError, smtplib.SMTPHeloError)):
        return MailError(
            f"server refused the connection ({_status(exc.smtp_code, exc.smtp_error)})",
            code=exc.smtp_code,
            server_down=True,
        )
    if isinstance(exc, smtplib.SMTPResponseException):  # DATA refused, and the like
        return MailError(
            f"message refused ({_status(exc.smtp_code, exc.smtp_error)})",
            permanent=exc.smtp_code >= 500,
            code=exc.smtp_code,
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        # While sending: a non-ASCII address the server cannot take (SMTPUTF8), for good.
        # While connecting (STARTTLS, AUTH missing) it becomes a temporary server problem.
        return MailError("the server lacks a required extension", permanent=True)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return MailError("connection lost", server_down=True)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailError("TLS certificate not trusted", server_down=True)
    if isinstance(exc, ssl.SSLError):
        return MailError("TLS failed", server_down=True)
    if isinstance(exc, TimeoutError | socket.timeout):
        return MailError("timeout", server_down=True)
    if isinstance(exc, ConnectionRefusedError):
        return MailError("connection refused", server_down=True)
    if isinstance(exc, socket.gaierror):
        return MailError("host name not found", server_down=True)
    if isinstance(exc, OSError):
        return MailError(f"network error ({type(exc).__name__})", server_down=True)
    if isinstance(exc, smtplib.SMTPException):
        return MailError(f"SMTP error ({type(exc).__name__})")
    if isinstance(exc, UnicodeError):
        return MailError("address or header not encodable", permanent=True)
    return MailError(f"unexpected error ({type(exc).__name__})")
