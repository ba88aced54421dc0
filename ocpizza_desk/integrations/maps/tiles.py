"""Map tiles under the route: where they come from and how one is fetched (plain Python).

Sources are Web Mercator pyramids of 256-px tiles addressed by zoom, column and row:
- Plan IGN (default, no key): the Géoplateforme's WMTS, layer GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2,
  style normal, tile matrix set PM (levels 0 to 19), PNG; `GET {base}/wmts?SERVICE=WMTS&
  REQUEST=GetTile&VERSION=1.0.0&LAYER=...&STYLE=normal&FORMAT=image/png&TILEMATRIXSET=PM&
  TILEMATRIX={z}&TILEROW={y}&TILECOL={x}`. Etalab 2.0: the source is named on the map.
- Google (with a key): the Map Tiles API's 2D roadmap tiles, after one `createSession`; the
  key travels in the URL, so a source's URL is never logged nor shown in a repr.
- any XYZ template (`https://…/{z}/{x}/{y}.png`) from the [tiles] section, with its attribution.

A fetch is one timed GET, no retry: a tile that does not come is drawn as the light grid, and
one that is not an image (an HTML error page, a truncated body) is refused, never cached.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import requests

from ocpizza_desk.integrations.maps.base import MapsError, redact
from ocpizza_desk.integrations.maps.geoplateforme import DEFAULT_BASE_URL, USER_AGENT
from ocpizza_desk.integrations.maps.ratelimit import retry_after_s
from ocpizza_desk.integrations.maps.tile_cache import TileCache

log = logging.getLogger(__name__)
_KEY_IN_TEXT = re.compile(r"([?&]key=)[^&\s\"']+")


class _RedactKeys(logging.Filter):
    """urllib3 logs request lines (query string included) at DEBUG: hide any key= value
    (Google's tile URLs carry the key)."""

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

PLAN_IGN_PATH = (
    "/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2"
    "&STYLE=normal&FORMAT=image/png&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}"
)
PLAN_IGN_ATTRIBUTION = "Plan IGN © IGN – Géoplateforme (Etalab 2.0)"
GOOGLE_SESSION_URL = "https://tile.googleapis.com/v1/createSession"
GOOGLE_TILE_URL = "https://tile.googleapis.com/v1/2dtiles/{z}/{x}/{y}"
GOOGLE_ATTRIBUTION = "Données cartographiques © Google"
MAX_TILE_BYTES = 2 * 1024 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
_PLACEHOLDERS = re.compile(r"\{[zxy]\}")


@dataclass(frozen=True)
class TileSource:
    key: str  # the cache's folder for this source: "plan-ign", "google-roadmap", "xyz-…"
    url_template: str = field(repr=False)  # with {z}, {x}, {y}
    attribution: str = ""
    min_zoom: int = 0
    max_zoom: int = 19
    tile_size: int = 256
    secret: str | None = field(default=None, repr=False, compare=False)  # scrubbed from logs

    def url(self, z: int, x: int, y: int) -> str:
        return (
            self.url_template.replace("{z}", str(z)).replace("{x}", str(x)).replace("{y}", str(y))
        )

    def covers(self, z: int, x: int, y: int) -> bool:
        return self.min_zoom <= z <= self.max_zoom and 0 <= x < 2**z and 0 <= y < 2**z


def plan_ign(base_url: str = DEFAULT_BASE_URL) -> TileSource:
    return TileSource("plan-ign", base_url.rstrip("/") + PLAN_IGN_PATH, PLAN_IGN_ATTRIBUTION)


def xyz(url: str, attribution: str, max_zoom: int = 19) -> TileSource:
    """Any {z}/{x}/{y} template; its cache folder is named after the template."""
    if set(_PLACEHOLDERS.findall(url)) != {"{z}", "{x}", "{y}"}:
        raise ValueError("a tile URL needs {z}, {x} and {y}")
    key = "xyz-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]
    return TileSource(key, url, attribution, max_zoom=max_zoom)


def google_source(
    api_key: str,
    *,
    language: str = "fr-FR",
    region: str = "FR",
    timeout: float = 4.0,
    session: requests.Session | None = None,
) -> TileSource:
    """Opens a Map Tiles API session (valid about two weeks) for the roadmap tiles."""
    getter = session or requests
    try:
        response = getter.post(
            GOOGLE_SESSION_URL,
            params={"key": api_key},
            json={"mapType": "roadmap", "language": language, "region": region},
            timeout=timeout,
        )
    except requests.Timeout:
        raise MapsError("maps.timeout") from None
    except requests.RequestException as exc:
        raise MapsError("maps.unreachable", type(exc).__name__) from None
    if response.status_code in (401, 403):
        raise MapsError("maps.denied", f"HTTP {response.status_code}")
    if response.status_code >= 400:
        raise MapsError("maps.http_error", f"HTTP {response.status_code}")
    try:
        token = response.json()["session"]
    except (ValueError, KeyError, TypeError):
        raise MapsError("maps.bad_response", "no session") from None
    template = f"{GOOGLE_TILE_URL}?session={token}&key={api_key}"
    return TileSource("google-roadmap", template, GOOGLE_ATTRIBUTION, max_zoom=21, secret=api_key)


@dataclass(frozen=True, slots=True)
class TileResult:
    """The image bytes, or None and why (tile.missing, maps.timeout, maps.bad_response…)."""

    data: bytes | None
    reason: str | None = None
    retry_after_s: float | None = None

    def __repr__(self) -> str:
        return f"TileResult({len(self.data or b'')} bytes, reason={self.reason!r})"


def looks_like_image(data: bytes) -> bool:
    return data.startswith(PNG_MAGIC) or data.startswith(JPEG_MAGIC)


def fetch_tile(
    source: TileSource,
    z: int,
    x: int,
    y: int,
    *,
    session: requests.Session | None = None,
    timeout: float = 4.0,
) -> TileResult:
    """One GET; never raises for the network or the answer."""
    if not source.covers(z, x, y):
        return TileResult(None, "tile.missing")
    getter = session or requests
    try:
        response = getter.get(
            source.url(z, x, y), timeout=timeout, headers={"User-Agent": USER_AGENT}
        )
    except requests.Timeout:
        return _failed(source, "maps.timeout")
    except requests.RequestException as exc:
        return _failed(source, "maps.unreachable", type(exc).__name__)
    status = response.status_code
    if status == 429:
        return TileResult(
            None, "maps.over_query_limit", retry_after_s(response.headers.get("Retry-After"))
        )
    if status in (204, 404):
        return TileResult(None, "tile.missing")
    if status >= 400:
        return _failed(source, "maps.http_error", f"HTTP {status}")
    data = response.content or b""
    if (
        not response.headers.get("Content-Type", "").startswith("image/")
        or len(data) > MAX_TILE_BYTES
        or not looks_like_image(data)
    ):
        return _failed(source, "maps.bad_response", "not an image")
    return TileResult(data)


def _failed(source: TileSource, reason: str, detail: str = "") -> TileResult:
    log.info("tile from %s unavailable: %s %s", source.key, reason, redact(detail, source.secret))
    return TileResult(None, reason)


class TileProvider:
    """Where the map view's tiles come from: the disk cache first, then the source (when
    downloads are allowed). `sources` are tried in order the first time a tile is wanted
    (Google's session may fail: Plan IGN then); resolving may call the network, so it runs on
    the map's tile workers, never on the Qt thread."""

    def __init__(
        self,
        sources: Sequence[Callable[[], TileSource]],
        cache: TileCache | None = None,
        *,
        download: bool = True,
        timeout: float = 4.0,
    ) -> None:
        self._factories = list(sources)
        self.cache = cache
        self.download = download
        self.timeout = timeout
        self._source: TileSource | None = None
        self._resolved = False
        self._lock = threading.Lock()
        self._sessions = threading.local()

    def __repr__(self) -> str:
        return f"TileProvider(download={self.download}, cache={self.cache is not None})"

    def source(self) -> TileSource | None:
        with self._lock:
            if not self._resolved:
                for factory in self._factories:
                    try:
                        self._source = factory()
                        break
                    except (MapsError, ValueError) as exc:
                        log.info(
                            "tile source unavailable (%s), next one", getattr(exc, "code", exc)
                        )
                self._resolved = True
            return self._source

    def _session(self) -> requests.Session:
        session = getattr(self._sessions, "session", None)
        if session is None:
            session = self._sessions.session = requests.Session()
        return session

    def load(self, z: int, x: int, y: int) -> TileResult:
        """The tile's bytes from the cache (fresh, or stale when it cannot be fetched again),
        else from the source; TileResult(None, reason) when there is none."""
        source = self.source()
        if source is None:
            return TileResult(None, "tile.no_source")
        cached = self.cache.get(source.key, z, x, y) if self.cache else None
        if cached is not None and (not cached.stale or not self.download):
            return TileResult(cached.data)
        if not self.download:
            return TileResult(None, "tile.offline")
        fetched = fetch_tile(source, z, x, y, session=self._session(), timeout=self.timeout)
        if fetched.data is not None:
            if self.cache is not None:
                self.cache.put(source.key, z, x, y, fetched.data)
            return fetched
        return TileResult(cached.data) if cached is not None else fetched
