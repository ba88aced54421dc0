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
    """Routing that always answers. `provider`: Google (None: no key configured);
    `public`: the Géoplateforme, tried without a key or when Google fails; each behind its own
    circuit breaker; then the offline estimate, with the notice of the last failure.
    `no_provider_notice` says why there is nothing to ask (default "maps.no_key")."""

    def __init__(
        self,
        provider: MapsProvider | None,
        *,
        fallback: OfflineEstimate | None = None,
        breaker: CircuitBreaker | None = None,
        secret: str | None = None,
        public: MapsProvider | None = None,
        public_breaker: CircuitBreaker | None = None,
        no_provider_notice: str = "maps.no_key",
    ) -> None:
        self.provider = provider
        self.public = public
        self.fallback = fallback or OfflineEstimate()
        self.breaker = breaker or CircuitBreaker()
        self.public_breaker = public_breaker or CircuitBreaker()
        self.no_provider_notice = no_provider_notice
        self._secret = secret  # only used to scrub it from what we log

    def __repr__(self) -> str:
        return (
            f"ResilientMaps(provider={self.provider!r}, public={self.public!r}, "
            f"breaker={self.breaker.state!r})"
        )

    def _chain(self):
        """(provider, breaker, notice prefix) in the order they are tried."""
        chain = []
        if self.provider is not None:
            chain.append((self.provider, self.breaker, "maps"))
        if self.public is not None:
            chain.append((self.public, self.public_breaker, "public"))
        return chain

    def route(
        self,
        origin: LatLng,
        destination: LatLng,
        waypoints: Sequence[LatLng] = (),
        *,
        optimize: bool = False,
    ) -> Route:
        notice = self.no_provider_notice
        for provider, breaker, prefix in self._chain():
            if not breaker.allow():
                notice = _notice(prefix, "circuit_open")
                continue
            try:
                route = provider.route(origin, destination, waypoints, optimize=optimize)
            except Exception as exc:
                notice = self._failed(exc, breaker, prefix)
                continue
            breaker.success()
            return route
        return self.fallback.route(origin, destination, waypoints, optimize=optimize, notice=notice)

    def matrix(
        self, origins: Sequence[LatLng], destinations: Sequence[LatLng]
    ) -> tuple[list[MatrixCell], str | None]:
        """The cells and the notice code (None when every cell comes from a real router)."""
        notice = self.no_provider_notice
        for provider, breaker, prefix in self._chain():
            if not breaker.allow():
                notice = _notice(prefix, "circuit_open")
                continue
            try:
                cells = provider.matrix(origins, destinations)
            except Exception as exc:
                notice = self._failed(exc, breaker, prefix)
                continue
            breaker.success()
            return cells, None
        return self.fallback.matrix(origins, destinations), notice

    def _failed(self, exc: Exception, breaker: CircuitBreaker, prefix: str) -> str:
        if isinstance(exc, MapsError) and exc.code == "maps.no_route":
            # the service answered: it is up, the address is the problem
            breaker.success()
            return _notice(prefix, "no_route")
        breaker.failure()
        if isinstance(exc, MapsError):
            code = exc.code
            log.warning("%s provider failed (%s), next in the chain used", prefix, code)
        else:
            code = "maps.bad_response"
            log.warning(
                "%s provider raised %s (%s), next in the chain used",
                prefix,
                type(exc).__name__,
                redact(str(exc), self._secret),
            )
        return f"{_notice(prefix, 'failed')}:{code}"


def _notice(prefix: str, what: str) -> str:
    """maps.api_failed / maps.circuit_open / maps.no_route for Google, maps.public_* for IGN."""
    if prefix == "maps":
        return {"failed": "maps.api_failed"}.get(what, f"maps.{what}")
    return f"maps.public_{what}"
