"""One rate limiter per public service, shared by every thread of the process.

The Géoplateforme allows 50 geocoding requests and 5 itinerary requests per second from one IP
address, and answers 429 (with Retry-After) beyond that, blocking the address for a few
seconds. A shop PC runs the counter's autocomplete, the advised store, the board and the
background geocoding at once: they all draw from the same token bucket, so the PC stays under
the limit by itself. A caller never waits long: when the next token is further away than it
may wait (`max_wait_s`), `acquire` says no at once and the caller falls back (the offline
estimate, the approximate location, no suggestion), rather than holding a screen.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

GEOCODING = "geoplateforme-geocodage"
ITINERARY = "geoplateforme-itineraire"
TILES = "tiles"
# Requests per second allowed by the Géoplateforme's terms (cartes.gouv.fr, 2026).
RATES = {GEOCODING: 50.0, ITINERARY: 5.0, TILES: 20.0}


class RateLimiter:
    """A token bucket: `rate` tokens a second, at most `burst` saved up."""

    def __init__(
        self,
        rate: float,
        burst: float | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = float(rate)
        self.burst = float(burst if burst is not None else max(1.0, rate))
        self._clock = clock
        self._sleep = sleep
        self._tokens = self.burst
        self._stamp = clock()
        self._paused_until = 0.0
        self._lock = threading.Lock()

    def _refill(self, now: float) -> None:
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    def acquire(self, max_wait_s: float = 1.0) -> bool:
        """Take one token, waiting at most `max_wait_s`; False (nothing taken) when the wait
        would be longer, or while the service asked us to hold off (429)."""
        with self._lock:
            now = self._clock()
            if now < self._paused_until:
                return False
            self._refill(now)
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                return True
            wait = (1.0 - self._tokens) / self.rate
            if wait > max_wait_s:
                return False
            self._tokens -= 1.0  # reserved: later callers queue behind this one
        self._sleep(wait)
        return True

    def pause(self, seconds: float) -> None:
        """The service answered 429: nobody calls it for `seconds` (Retry-After)."""
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + max(0.0, seconds))

    @property
    def paused(self) -> bool:
        with self._lock:
            return self._clock() < self._paused_until


_shared: dict[str, RateLimiter] = {}
_shared_lock = threading.Lock()


def shared_limiter(name: str) -> RateLimiter:
    """The process-wide limiter of a service (see RATES)."""
    with _shared_lock:
        limiter = _shared.get(name)
        if limiter is None:
            limiter = _shared[name] = RateLimiter(RATES.get(name, 10.0))
        return limiter


def retry_after_s(value: str | None, default: float = 5.0) -> float:
    """A Retry-After header in seconds (the Géoplateforme sends seconds; a date or garbage
    gives the default)."""
    try:
        return max(0.0, min(60.0, float(value))) if value else default
    except ValueError:
        return default
