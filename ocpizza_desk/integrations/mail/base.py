"""What a mail transport is given, what it may raise, and the protocol the services use.

A message carries the customer's address and a body that may hold their name: neither is
ever logged, shown in a repr or put in an error. The outbox id names a message everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class OutgoingMail:
    outbox_id: int  # the only thing about a message that goes to logs
    recipient: str = field(repr=False)
    subject: str = field(repr=False)
    body: str = field(repr=False)


class MailError(Exception):
    """A send that did not happen, with what to do about it.

    `permanent`: the server refused this message for good (5xx on the recipient or the
    content): retrying will not help. Otherwise temporary (4xx, no connection, timeout): try
    again later. `server_down`: the server could not be used at all (connection, TLS, login),
    so the other messages of the batch need not be tried now. The text is made by us, never
    the server's reply, which often quotes the recipient's address.
    """

    def __init__(
        self,
        reason: str,
        *,
        permanent: bool = False,
        code: int | None = None,
        server_down: bool = False,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.code = code
        self.server_down = server_down

    @property
    def temporary(self) -> bool:
        return not self.permanent

    def __str__(self) -> str:
        kind = "permanent" if self.permanent else "temporary"
        return f"{kind}: {self.reason}"


class MailTransport(Protocol):
    """Sends messages one at a time; one batch at a time (not shared between threads).

    `close()` ends a batch: a transport may keep its connection open between the messages
    of one batch and must let it go there.
    """

    def send(self, mail: OutgoingMail) -> None:
        """Deliver `mail` to the server, or raise MailError."""
        ...

    def close(self) -> None: ...
