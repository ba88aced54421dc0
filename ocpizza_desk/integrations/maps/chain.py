"""The geocoding chain: Google with a key, else (or when it fails) the Géoplateforme; the
postcode table stands last, apart, because its answers are only approximate.

`geocode` asks the network links in order, each behind its own circuit breaker; a link that
fails (MapsError) hands over to the next; an ambiguous answer (several places about as good)
is kept and raised only if no later link answers clearly. `suggest` (the counter's
autocomplete) takes the first link that answers at all, then the postcode table.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from ocpizza_desk.integrations.maps.approximate import PostcodeCentroids
from ocpizza_desk.integrations.maps.base import (
    AddressCandidate,
    AmbiguousAddress,
    GeocodeResult,
    MapsError,
)
from ocpizza_desk.integrations.maps.resilient import CircuitBreaker

log = logging.getLogger(__name__)


class GeocoderChain:
    name = "chain"

    def __init__(self, links: Sequence, *, breakers: Sequence[CircuitBreaker] | None = None):
        self.links = list(links)
        self.breakers = list(breakers) if breakers else [CircuitBreaker() for _ in self.links]
        self.approximate = PostcodeCentroids()

    def __repr__(self) -> str:
        return f"GeocoderChain({', '.join(link.name for link in self.links) or 'offline'})"

    @property
    def online(self) -> bool:
        return bool(self.links)

    def _ask(self, method: str, *args, failures: list | None = None, **kwargs):
        """Yields (link, answer) for each link that answers (an AmbiguousAddress is an answer);
        failures are logged by code and the next link is asked."""
        for link, breaker in zip(self.links, self.breakers, strict=True):
            call = getattr(link, method, None)
            if call is None or not breaker.allow():
                continue
            try:
                answer = call(*args, **kwargs)
            except AmbiguousAddress as exc:  # an answer, handed on as such
                breaker.success()
                yield link, exc
                continue
            except MapsError as exc:
                if exc.code in ("maps.no_route", "maps.invalid_request"):
                    breaker.success()  # it answered: the question was the problem
                else:
                    breaker.failure()
                log.info("geocoder %s failed (%s), next in the chain", link.name, exc.code)
                if failures is not None:
                    failures.append(exc)
                continue
            except Exception as exc:  # a provider bug must not stop the chain
                breaker.failure()
                log.warning("geocoder %s raised %s", link.name, type(exc).__name__)
                if failures is not None:
                    failures.append(MapsError("maps.bad_response", type(exc).__name__))
                continue
            breaker.success()
            yield link, answer

    def geocode(self, address: str) -> GeocodeResult | None:
        """The first clear answer of the network links; AmbiguousAddress if the only answers
        were ambiguous; None when a link answered that it does not know the place (or there
        is no link); MapsError when every link failed (nobody could say)."""
        ambiguous: AmbiguousAddress | None = None
        failures: list[MapsError] = []
        answered = False
        for _link, found in self._ask("geocode", address, failures=failures):
            answered = True
            if isinstance(found, AmbiguousAddress):
                ambiguous = ambiguous or found
            elif found is not None:
                return found
        if ambiguous is not None:
            raise ambiguous
        if failures and not answered:
            raise failures[-1]
        return None

    def suggest(
        self, text: str, limit: int = 5, timeout: float | None = None
    ) -> tuple[AddressCandidate, ...]:
        for _link, found in self._ask("suggest", text, limit, timeout):
            if found:
                return tuple(found)[:limit]
        return self.approximate.suggest(text, limit)

    def reverse(
        self, lat: float, lng: float, timeout: float | None = None
    ) -> AddressCandidate | None:
        for _link, found in self._ask("reverse", lat, lng, timeout):
            return found
        return None
