"""A bounded disk cache of map tiles in the user's cache folder, least recently used out.

One file per tile, `{root}/{source}/{z}/{x}/{y}.tile`: a small header (magic, the time it was
downloaded) and the image bytes. A file's modification time is the last time it was drawn
(touched on every read), so eviction removes the tiles nobody looked at for the longest time
once the folder passes `max_bytes` (200 MB by default: a few weeks of a shop's area at every
zoom). A tile downloaded more than `refresh_after_s` ago is still drawn but reported stale, so
the map asks for it again in the background. Writes go to a temporary file renamed in place,
so a crash never leaves half a tile; an unreadable file is removed and read as missing.
Thread-safe: the map's tile workers share one cache.
"""

from __future__ import annotations

import contextlib
import logging
import os
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAGIC = b"OCT1"
HEADER = struct.Struct(">4sd")  # magic, downloaded at (epoch seconds)
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
REFRESH_AFTER_S = 30 * 24 * 3600
LOW_WATER = 0.9  # eviction goes down to 90 % of the limit, not just under it


@dataclass(frozen=True, slots=True)
class CachedTile:
    data: bytes
    stale: bool  # downloaded more than refresh_after_s ago: ask again, keep showing it


class TileCache:
    def __init__(
        self,
        root: Path,
        max_bytes: int = DEFAULT_MAX_BYTES,
        *,
        refresh_after_s: float = REFRESH_AFTER_S,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.root = Path(root)
        self.max_bytes = int(max_bytes)
        self.refresh_after_s = refresh_after_s
        self._clock = clock
        self._lock = threading.Lock()
        self._sizes: dict[Path, int] | None = None  # scanned on first write
        self._total = 0

    def path(self, source: str, z: int, x: int, y: int) -> Path:
        return self.root / source / str(int(z)) / str(int(x)) / f"{int(y)}.tile"

    def get(self, source: str, z: int, x: int, y: int) -> CachedTile | None:
        path = self.path(source, z, x, y)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        if len(raw) <= HEADER.size or raw[:4] != MAGIC:
            self._drop(path)
            return None
        _magic, fetched_at = HEADER.unpack_from(raw)
        now = self._clock()
        with contextlib.suppress(OSError):
            os.utime(path, (now, now))  # last used: what eviction goes by
        return CachedTile(raw[HEADER.size :], now - fetched_at > self.refresh_after_s)

    def put(self, source: str, z: int, x: int, y: int, data: bytes) -> None:
        path = self.path(source, z, x, y)
        now = self._clock()
        payload = HEADER.pack(MAGIC, now) + data
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{threading.get_ident()}.tmp")
            temporary.write_bytes(payload)
            os.utime(temporary, (now, now))
            os.replace(temporary, path)
        except OSError as exc:  # a full or read-only disk: the map works without the cache
            log.info("tile not cached: %s", type(exc).__name__)
            return
        with self._lock:
            sizes = self._index()
            self._total += len(payload) - sizes.get(path, 0)
            sizes[path] = len(payload)
            if self._total > self.max_bytes:
                self._evict(sizes)

    @property
    def total_bytes(self) -> int:
        with self._lock:
            self._index()
            return self._total

    def _index(self) -> dict[Path, int]:
        if self._sizes is None:
            self._sizes = {}
            self._total = 0
            if self.root.exists():
                for folder, _dirs, names in os.walk(self.root):
                    for name in names:
                        if not name.endswith(".tile"):
                            continue
                        path = Path(folder) / name
                        try:
                            size = path.stat().st_size
                        except OSError:
                            continue
                        self._sizes[path] = size
                        self._total += size
        return self._sizes

    def _evict(self, sizes: dict[Path, int]) -> None:
        def last_used(path: Path) -> float:
            try:
                return path.stat().st_mtime
            except OSError:
                return 0.0

        target = int(self.max_bytes * LOW_WATER)
        for path in sorted(sizes, key=last_used):
            if self._total <= target:
                break
            with contextlib.suppress(OSError):
                path.unlink()
            self._total -= sizes.pop(path)

    def _drop(self, path: Path) -> None:
        try:
            path.unlink()
        except OSError:
            return
        with self._lock:
            if self._sizes is not None and path in self._sizes:
                self._total -= self._sizes.pop(path)
