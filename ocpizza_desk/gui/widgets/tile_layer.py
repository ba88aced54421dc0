"""The map view's tiles: fetched and decoded off the Qt thread, kept in memory, drawn when they
arrive.

`TileLayer.image(z, x, y)` answers from memory at once (None while unknown); `request` queues
the tile on the layer's own small thread pool (never the one that talks to the database, so a
slow tile server never delays an order), where `integrations.maps.tiles.TileProvider.load`
reads the disk cache, downloads if allowed, and the bytes are decoded into a QImage (safe off
the Qt thread, unlike a QPixmap). The image comes back through a signal owned by the layer on
the Qt thread, and `tile_ready` asks the view to repaint. A tile the view no longer shows is
skipped when its turn comes; a tile that failed is not asked again for a minute (the light
grid shows through meanwhile).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import OrderedDict

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from ocpizza_desk.integrations.maps.tiles import TileProvider

log = logging.getLogger(__name__)

TileKey = tuple[int, int, int]  # z, x, y
THREADS = 4
MEMORY_TILES = 600  # decoded tiles kept (about 150 MB at worst, far less for PNG maps)
RETRY_FAILED_S = 60.0


class _Relay(QObject):
    arrived = Signal(object, object, str)  # key, QImage or None, attribution
    skipped = Signal(object)


class _TileJob(QRunnable):
    def __init__(self, key: TileKey, provider: TileProvider, relay: _Relay, wanted) -> None:
        super().__init__()
        self.key, self.provider, self.relay, self.wanted = key, provider, relay, wanted

    def run(self) -> None:
        try:
            if not self.wanted(self.key):
                self.relay.skipped.emit(self.key)
                return
            result = self.provider.load(*self.key)
            image = None
            if result.data is not None:
                image = QImage.fromData(result.data)
                if image.isNull():
                    log.info("tile %s unreadable, ignored", self.key)
                    image = None
            source = self.provider.source()
            self.relay.arrived.emit(self.key, image, source.attribution if source else "")
        except RuntimeError:  # the layer was deleted meanwhile (screen closed)
            pass
        except Exception as exc:  # a tile never takes the screen down
            log.warning("tile %s failed: %s", self.key, type(exc).__name__)
            with contextlib.suppress(RuntimeError):
                self.relay.arrived.emit(self.key, None, "")


class TileLayer(QObject):
    tile_ready = Signal()  # a tile arrived: repaint

    def __init__(
        self,
        provider: TileProvider | None,
        parent: QObject | None = None,
        *,
        threads: int = THREADS,
        memory_tiles: int = MEMORY_TILES,
    ) -> None:
        super().__init__(parent)
        self.provider = provider
        self.attribution = ""
        self.max_zoom = 19
        self.min_zoom = 0
        self._memory_tiles = memory_tiles
        self._images: OrderedDict[TileKey, QImage] = OrderedDict()
        self._failed: dict[TileKey, float] = {}
        self._pending: set[TileKey] = set()
        self._wanted: set[TileKey] = set()
        self._wanted_lock = threading.Lock()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(1, threads))
        self._relay = _Relay(self)
        self._relay.arrived.connect(self._arrived)
        self._relay.skipped.connect(self._pending.discard)

    @property
    def enabled(self) -> bool:
        return self.provider is not None

    def image(self, z: int, x: int, y: int) -> QImage | None:
        key = (z, x, y)
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def want(self, keys: set[TileKey]) -> None:
        """The tiles the view shows now (older requests for others are skipped)."""
        with self._wanted_lock:
            self._wanted = set(keys)

    def _is_wanted(self, key: TileKey) -> bool:
        with self._wanted_lock:
            return key in self._wanted

    def request(self, z: int, x: int, y: int) -> None:
        key = (z, x, y)
        if self.provider is None or key in self._images or key in self._pending:
            return
        failed_at = self._failed.get(key)
        if failed_at is not None and time.monotonic() - failed_at < RETRY_FAILED_S:
            return
        self._pending.add(key)
        self._pool.start(_TileJob(key, self.provider, self._relay, self._is_wanted))

    def put(self, z: int, x: int, y: int, image: QImage) -> None:
        """A tile already decoded (tests, benchmarks)."""
        self._store((z, x, y), image)

    def _store(self, key: TileKey, image: QImage) -> None:
        self._images[key] = image
        self._images.move_to_end(key)
        while len(self._images) > self._memory_tiles:
            self._images.popitem(last=False)

    def _arrived(self, key: TileKey, image: QImage | None, attribution: str) -> None:
        self._pending.discard(key)
        if attribution:
            self.attribution = attribution
        if image is None:
            self._failed[key] = time.monotonic()
            return
        self._failed.pop(key, None)
        self._store(key, image)
        self.tile_ready.emit()

    @property
    def pending(self) -> int:
        return len(self._pending)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self) -> None:
        self.want(set())
        self._pool.clear()
        self._pool.waitForDone(5_000)
