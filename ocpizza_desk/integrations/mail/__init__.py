"""Customer notices by e-mail: a small transport protocol and its SMTP implementation.

Plain Python (no Qt, no database). `services/notices.py` takes messages from the outbox and
hands them to a `MailTransport`; tests swap in a local server (aiosmtpd) or a fake.
"""

from ocpizza_desk.integrations.mail.base import MailError, MailTransport, OutgoingMail
from ocpizza_desk.integrations.mail.smtp import DEFAULT_PORTS, SECURITY_MODES, SmtpTransport

__all__ = [
    "DEFAULT_PORTS",
    "SECURITY_MODES",
    "MailError",
    "MailTransport",
    "OutgoingMail",
    "SmtpTransport",
]
