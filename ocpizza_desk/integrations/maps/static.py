"""Maps Static API: the street map image drawn under the vector route of the map view.

The image is asked for the view's own center, integer zoom and size, so it lines up with the
route the view projects itself (domain/webmercator.py). Google caps `size` at 640x640; a
bigger view is asked at half the size and one zoom level out, which covers the same ground,
and `scale=2` doubles the pixels either way (crisp on high-DPI screens). URLs are capped at
16,384 characters: a path too long to fit is left out (the view draws it anyway).

The key has to travel in the URL here, so: it is never logged (urllib3's debug lines are
filtered), never in an exception or repr, and errors are reason codes, never texts.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

import requests

from ocpizza_desk.integrations.maps.base import redact

log = logging.getLogger(__name__)

STATIC_URL = "https://maps.googleapis.com/maps/api/staticmap"
MAX_SIZE = 640  # per side, standard plan
MAX_URL_LENGTH = 16_384
MAX_ZOOM = 21
ROUTE_COLOR = "0x1a73e8ff"
ROUTE_WEIGHT = 5
STORE_COLOR = "0xc0392b"
STOP_COLOR = "0x1a73e8"
_KEY_IN_TEXT = re.compile(r"([?&]key=)[^&\s\"']+")


class _RedactKeys(logging.Filter):
    """urllib3 logs request lines (query string included) at DEBUG: hide any key= value."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _KEY_IN_TEXT.sub(r"\1***", str(record.msg))
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(
                _KEY_IN_TEXT.sub(r"\1***", a) if isinstance(a, str) else a for a in args
            )
        return True


_urllib3_log = logging.getLogger("urllib3.connectionpool")
if not any(isinstance(f, _RedactKeys) for f in _urllib3_log.filters):
    _urllib3_log.addFilter(_RedactKeys())


@dataclass(frozen=True, slots=True)
class StaticMarker:
    lat: float
    lng: float
    kind: str  # "store" or "stop"
    label: str = ""  # Google shows one character, A-Z or 0-9


@dataclass(frozen=True, slots=True)
class StaticImage:
    """The image bytes, or None and a reason code (maps.timeout, maps.denied...)."""

    image: bytes | None
    reason: str | None = None
    content_type: str = ""

    def __repr__(self) -> str:  # no bytes dump in logs
        size = len(self.image) if self.image else 0
        return f"StaticImage({size} bytes, reason={self.reason!r})"


def request_size(width: int, height: int, zoom: int) -> tuple[int, int, int]:
    """(width, height, zoom) to ask for so that the image covers the same ground as a
    `width` x `height` view at `zoom`: halved with one zoom level out while over 640 px."""
    width, height = max(1, int(width)), max(1, int(height))
    while (width > MAX_SIZE or height > MAX_SIZE) and zoom > 0:
        width, height, zoom = (width + 1) // 2, (height + 1) // 2, zoom - 1
    return min(width, MAX_SIZE), min(height, MAX_SIZE), zoom


def _marker_params(markers: Sequence[StaticMarker]) -> list[tuple[str, str]]:
    params = []
    for kind, color, size in (("store", STORE_COLOR, "mid"), ("stop", STOP_COLOR, "mid")):
        for m in markers:
            if m.kind != kind:
                continue
            label = m.label.upper() if len(m.label) == 1 and m.label.isalnum() else ""
            style = [f"color:{color}", f"size:{size}"]
            if label:
                style.append(f"label:{label}")
            elif kind == "store":
                style.append("label:P")
            params.append(("markers", "|".join([*style, f"{m.lat:.6f},{m.lng:.6f}"])))
    return params


def static_map_url(
    key: str,
    center_lat: float,
    center_lng: float,
    zoom: int,
    width: int,
    height: int,
    *,
    encoded_path: str = "",
    markers: Sequence[StaticMarker] = (),
    scale: int = 2,
    language: str = "fr",
) -> str:
    """The image URL, `width` x `height` at most 640 each (see request_size). The path is
    dropped if the URL would pass Google's 16,384-character limit, then the markers."""
    if not (0 < width <= MAX_SIZE and 0 < height <= MAX_SIZE):
        raise ValueError("size out of range (1..640 per side)")
    if not 0 <= zoom <= MAX_ZOOM:
        raise ValueError("zoom out of range")
    base: list[tuple[str, str]] = [
        ("center", f"{center_lat:.6f},{center_lng:.6f}"),
        ("zoom", str(int(zoom))),
        ("size", f"{int(width)}x{int(height)}"),
        ("scale", str(scale)),
        ("maptype", "roadmap"),
        ("format", "png"),
        ("language", language),
    ]
    path = (
        [("path", f"color:{ROUTE_COLOR}|weight:{ROUTE_WEIGHT}|enc:{encoded_path}")]
        if encoded_path
        else []
    )
    marks = _marker_params(markers)
    for extra in (path + marks, marks, []):
        url = f"{STATIC_URL}?{urlencode([*base, *extra, ('key', key)])}"
        if len(url) <= MAX_URL_LENGTH:
            return url
    raise ValueError("static map URL too long")


def fetch_static_map(
    key: str,
    url: str,
    *,
    timeout: float = 4.0,
    session: requests.Session | None = None,
) -> StaticImage:
    """One GET, no retry (the view is fine without the image); never raises for HTTP."""
    getter = session or requests
    try:
        response = getter.get(url, timeout=timeout)
    except requests.Timeout:
        return _failed("maps.timeout", key)
    except requests.RequestException as exc:
        return _failed("maps.unreachable", key, type(exc).__name__)
    content_type = response.headers.get("Content-Type", "")
    if response.status_code in (401, 403):
        return _failed("maps.denied", key, f"HTTP {response.status_code}")
    if response.status_code == 429:
        return _failed("maps.over_query_limit", key, "HTTP 429")
    if response.status_code >= 500:
        return _failed("maps.http_error", key, f"HTTP {response.status_code}")
    if response.status_code >= 400:
        return _failed("maps.invalid_request", key, f"HTTP {response.status_code}")
    if not content_type.startswith("image/") or not response.content:
        return _failed("maps.bad_response", key, content_type.split(";")[0] or "no type")
    return StaticImage(response.content, None, content_type)


def _failed(reason: str, key: str, detail: str = "") -> StaticImage:
    log.info("static map image unavailable: %s %s", reason, redact(detail, key))
    return StaticImage(None, reason)
