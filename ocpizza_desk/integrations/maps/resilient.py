"""What the rest of the application calls: Google behind a circuit breaker, the estimate after.

A delivery must never wait on a dead API nor fail because of it: after `failure_threshold`
consecutive failures the circuit opens and routing goes straight to the offline estimate; after
`cooldown_s` one trial call is let through (half-open) and its outcome closes or reopens it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence

from ocpizza_desk.integrations.maps.base import (
    LatLng,
    MapsError,
    MapsProvider,
    MatrixCell,
    Route,
    redact,
)
from ocpizza_desk.integrations.maps.offline import OfflineEstimate

log = logging.getLogger(__name__)

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half-open"


class CircuitBreaker:
    def __init__(
        self,
        failure_threshold: int = 3,
        cooldown_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.failure_threshold = failure_threshold
        self.cooldown_s = cooldown_s
        self._clock = clock
        self._failures = 0
        self._opened_at: float | None = None
        self._trial_running = False
        self._lock = threading.Lock()  # routing runs on worker threads

    @property
    def state(self) -> str:
        with self._lock:
            return self._state()

    def _state(self) -> str:
        if self._opened_at is None:
            return CLOSED
        if self._clock() - self._opened_at >= self.cooldown_s:
            return HALF_OPEN
        return OPEN

    def allow(self) -> bool:
        with self._lock:
            state = self._state()
            if state == CLOSED:
                return True
            if state == HALF_OPEN and not self._trial_running:
                self._trial_running = True
                return True
            return False

    def success(self) -> None:
        with self._lock:
            self._failures = 0
            self._opened_at = None
            self._trial_running = False

    def failure(self) -> None:
        with self._lock:
            self._failures += 1
            if self._trial_running or self._failures >= self.failure_threshold:
                self._opened_at = self._clock()
            self._trial_running = False


class ResilientMaps:
    """Routing that always answers; `provider=None` means no key is configured."""

    def __init__(
        self,
        provider: MapsProvider | None,
        *,
        fallback: OfflineEstimate | None = None,
        breaker: CircuitBreaker | None = None,
        secret: str | None = None,
    ) -> None:
        self.provider = provider
        self.fallback = fallback or OfflineEstimate()
        self.breaker = breaker or CircuitBreaker()
        self._secret = secret  # only used to scrub it from what we log

    def __repr__(self) -> str:
        return f"ResilientMaps(provider={self.provider!r}, breaker={self.breaker.state!r})"

    def route(
        self,
        origin: LatLng,
        destination: LatLng,
        waypoints: Sequence[LatLng] = (),
        *,
        optimize: bool = False,
    ) -> Route:
        notice = self._unavailable()
        if notice is None:
            try:
                route = self.provider.route(origin, destination, waypoints, optimize=optimize)
            except Exception as exc:
                notice = self._failed(exc)
            else:
                self.breaker.success()
                return route
        return self.fallback.route(origin, destination, waypoints, optimize=optimize, notice=notice)

    def matrix(
        self, origins: Sequence[LatLng], destinations: Sequence[LatLng]
    ) -> tuple[list[MatrixCell], str | None]:
        """The cells and the notice code (None when every cell comes from Google)."""
        notice = self._unavailable()
        if notice is None:
            try:
                cells = self.provider.matrix(origins, destinations)
            except Exception as exc:
                notice = self._failed(exc)
            else:
                self.breaker.success()
                return cells, None
        return self.fallback.matrix(origins, destinations), notice

    def _unavailable(self) -> str | None:
        if self.provider is None:
            return "maps.no_key"
        if not self.breaker.allow():
            return "maps.circuit_open"
        return None

    def _failed(self, exc: Exception) -> str:
        if isinstance(exc, MapsError) and exc.code == "maps.no_route":
            # Google answered: the service is up, the address is the problem
            self.breaker.success()
            return "maps.no_route"
        self.breaker.failure()
        if isinstance(exc, MapsError):
            code = exc.code
            log.warning("maps provider failed (%s), offline estimate used", code)
        else:
            code = "maps.bad_response"
            log.warning(
                "maps provider raised %s (%s), offline estimate used",
                type(exc).__name__,
                redact(str(exc), self._secret),
            )
        return f"maps.api_failed:{code}"
