"""The fingerprint of a request: SHA-256 of a canonical JSON form of its content.

A till keeps one client key per submission and resends it after a lost reply. The server
stores the fingerprint with what the key saved: the same key with the same content is a
resend (the earlier outcome is shown again), with another content a mistake (refused).
Canonical: dataclass fields in declaration order, enums by value, datetimes as UTC ISO
strings, tuples as lists. The request's own key and a manager's approval (a password) are not
part of the content; the keys of the payments inside it are.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import UTC, datetime
from enum import Enum
from typing import Any

LEAVE_OUT = frozenset({"client_key", "approval", "password"})  # at the top level
NEVER = frozenset({"password"})  # at any depth


def canonical(value: Any, leave_out: frozenset[str] = NEVER) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: canonical(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in leave_out and f.name not in NEVER
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in a request")
        return value.astimezone(UTC).isoformat()
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in sorted(value.items())}
    if value is None or isinstance(value, (bool, int, str)):
        return value
    raise TypeError(f"cannot fingerprint a {type(value).__name__}")


def fingerprint(value: Any, leave_out: frozenset[str] = LEAVE_OUT) -> str:
    text = json.dumps(canonical(value, leave_out), separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()
