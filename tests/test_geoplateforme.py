"""The IGN Géoplateforme clients, the shared rate limiter, the waypoint order, the geocoding
and routing chains, and the postcode table, with the answers faked from the documented
formats (`responses` for the exact requests, the local fake server for whole conversations).
No test reaches the network."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlparse

import pytest
import responses
from googlemaps.convert import decode_polyline

from ocpizza_desk.integrations.maps import LatLng, MapsError, ResilientMaps
from ocpizza_desk.integrations.maps.approximate import PostcodeCentroids, centroids
from ocpizza_desk.integrations.maps.base import AmbiguousAddress, GeocodeResult
from ocpizza_desk.integrations.maps.chain import GeocoderChain
from ocpizza_desk.integrations.maps.geoplateforme import (
    GeoplateformeGeocoder,
    GeoplateformeRouting,
    instruction_text,
    simplify,
)
from ocpizza_desk.integrations.maps.ordering import best_order, tour_length
from ocpizza_desk.integrations.maps.ratelimit import RateLimiter, retry_after_s
from tests.fake_geoplateforme import FakeGeoplateforme, feature, itinerary

BASE = "https://geopf.test"
STORE = LatLng(48.85408, 2.37123)
A, B, C = LatLng(48.8552, 2.3762), LatLng(48.8520, 2.3732), LatLng(48.8537, 2.3721)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def free() -> RateLimiter:
    return RateLimiter(1000)


@pytest.fixture
def mocked():
    with responses.RequestsMock() as mock:
        yield mock


@pytest.fixture
def server():
    fake = FakeGeoplateforme().start()
    yield fake
    fake.stop()


def query(call) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(call.request.url).query).items()}


def collection(*features):
    return {"type": "FeatureCollection", "features": list(features)}


ROQUETTE = feature(
    "14 Rue de la Roquette 75011 Paris",
    "14 Rue de la Roquette",
    "75011",
    "Paris",
    48.85366,
    2.37206,
)


# --------------------------------------------------------------------------- rate limiter


def test_the_limiter_lets_a_burst_through_then_spaces_the_calls():
    clock = FakeClock()
    limiter = RateLimiter(5, clock=clock, sleep=clock.sleep)
    assert all(limiter.acquire() for _ in range(5))  # the burst
    assert clock.slept == []
    assert limiter.acquire(max_wait_s=1.0)  # the sixth waits a fifth of a second
    assert clock.slept == [pytest.approx(0.2)]
    assert not limiter.acquire(max_wait_s=0.1)  # nobody waits longer than allowed


def test_a_429_holds_every_caller_off_for_retry_after():
    clock = FakeClock()
    limiter = RateLimiter(50, clock=clock, sleep=clock.sleep)
    limiter.pause(5)
    assert limiter.paused and not limiter.acquire()
    clock.now += 5.01
    assert limiter.acquire()
    assert retry_after_s("3") == 3 and retry_after_s("soon") == 5 and retry_after_s(None) == 5


# --------------------------------------------------------------------------- geocoding


def test_geocoder_asks_the_documented_search_and_reads_geojson(mocked):
    mocked.get(f"{BASE}/geocodage/search", json=collection(ROQUETTE))
    geocoder = GeoplateformeGeocoder(BASE, limiter=free())
    found = geocoder.geocode("14 Rue de la Roquette, 75011 Paris, France")
    assert found == GeocodeResult(
        ROQUETTE["properties"]["id"],
        48.85366,
        2.37206,
        "14 Rue de la Roquette 75011 Paris",
        "geoplateforme",
    )
    sent = query(mocked.calls[0])
    assert sent["index"] == "address" and sent["autocomplete"] == "0"
    assert sent["q"].startswith("14 Rue de la Roquette") and int(sent["limit"]) >= 2


def test_nothing_found_is_none(mocked):
    mocked.get(f"{BASE}/geocodage/search", json=collection())
    assert GeoplateformeGeocoder(BASE, limiter=free()).geocode("nowhere, 75011 Paris") is None


def test_a_town_alone_is_not_a_precise_answer(mocked):
    town = feature("Paris", "Paris", "75001", "Paris", 48.85, 2.35, kind="municipality")
    mocked.get(f"{BASE}/geocodage/search", json=collection(town))
    assert GeoplateformeGeocoder(BASE, limiter=free()).geocode("zzz, Paris") is None


def test_two_places_about_as_good_are_ambiguous(server):
    geocoder = GeoplateformeGeocoder(server.url, limiter=free())
    with pytest.raises(AmbiguousAddress) as ambiguous:
        geocoder.geocode("3 rue de la Paix")
    assert {c.postcode for c in ambiguous.value.candidates} == {"75002", "93100"}
    clear = geocoder.geocode("3 rue de la Paix, 93100 Montreuil")
    assert clear is not None and clear.lat == pytest.approx(48.86018)


def test_a_poor_score_or_another_postcode_asks_the_user(mocked):
    poor = feature("1 Rue X 75011 Paris", "1 Rue X", "75011", "Paris", 48.85, 2.37, score=0.3)
    mocked.get(f"{BASE}/geocodage/search", json=collection(poor))
    geocoder = GeoplateformeGeocoder(BASE, limiter=free())
    with pytest.raises(AmbiguousAddress):
        geocoder.geocode("1 rue X, 75011 Paris")
    mocked.replace(responses.GET, f"{BASE}/geocodage/search", json=collection(ROQUETTE))
    with pytest.raises(AmbiguousAddress):  # typed 75012, found in 75011
        geocoder.geocode("14 rue de la Roquette, 75012 Paris")


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        ({"status": 500}, "maps.http_error"),
        ({"status": 400, "json": {"error": {"message": "bad"}}}, "maps.invalid_request"),
        ({"body": "<html>oops</html>"}, "maps.bad_response"),
        ({"json": {"features": "nope"}}, "maps.bad_response"),
        ({"body": __import__("requests").ConnectTimeout()}, "maps.timeout"),
        ({"body": __import__("requests").ConnectionError("down")}, "maps.unreachable"),
    ],
)
def test_failures_become_codes_without_the_address(mocked, answer, code, caplog):
    caplog.set_level(logging.DEBUG)
    mocked.get(f"{BASE}/geocodage/search", **answer)
    with pytest.raises(MapsError) as failed:
        GeoplateformeGeocoder(BASE, limiter=free()).geocode("14 rue de la Roquette")
    assert failed.value.code == code
    assert "roquette" not in str(failed.value).lower() + caplog.text.lower().replace(
        "geocodage/search?q=14+rue+de+la+roquette", ""
    )


def test_429_pauses_the_shared_limiter(mocked):
    clock = FakeClock()
    limiter = RateLimiter(50, clock=clock, sleep=clock.sleep)
    mocked.get(f"{BASE}/geocodage/search", status=429, headers={"Retry-After": "4"})
    geocoder = GeoplateformeGeocoder(BASE, limiter=limiter)
    with pytest.raises(MapsError) as first:
        geocoder.geocode("14 rue de la Roquette")
    assert first.value.code == "maps.over_query_limit"
    with pytest.raises(MapsError) as second:  # held back locally: no second request
        geocoder.suggest("14 rue de la")
    assert second.value.code == "maps.over_query_limit" and len(mocked.calls) == 1
    clock.now += 4.5
    mocked.replace(responses.GET, f"{BASE}/geocodage/search", json=collection(ROQUETTE))
    assert geocoder.suggest("14 rue de la")[0].postcode == "75011"


def test_suggest_and_reverse(server):
    geocoder = GeoplateformeGeocoder(server.url, limiter=free())
    found = geocoder.suggest("27 rue du faub", timeout=1.5)
    assert [c.street for c in found] == ["27 Rue du Faubourg Saint-Antoine"]
    assert found[0].postcode == "75011" and found[0].city == "Paris"
    assert "autocomplete=1" in server.requests[-1]
    near = geocoder.reverse(48.8552, 2.3762)
    assert near.label == "8 Rue Keller 75011 Paris"
    assert "/geocodage/reverse?lon=2.376200&lat=48.855200" in server.requests[-1]


# --------------------------------------------------------------------------- itineraries


def test_the_order_is_the_shortest_tour():
    far, near, middle = LatLng(48.87, 2.39), LatLng(48.855, 2.372), LatLng(48.86, 2.38)
    order = best_order(STORE, STORE, [far, near, middle])
    stops = [[far, near, middle][i] for i in order]
    lengths = [
        tour_length(STORE, STORE, [p, q, r])
        for p, q, r in __import__("itertools").permutations([far, near, middle])
    ]
    assert tour_length(STORE, STORE, stops) == pytest.approx(min(lengths))
    many = [LatLng(48.85 + i * 0.001, 2.37 + (i % 3) * 0.002) for i in range(9)]
    assert sorted(best_order(STORE, STORE, many)) == list(range(9))  # 2-opt beyond 7


def test_itinerary_request_has_the_documented_parameters(server):
    router = GeoplateformeRouting(server.url, resource="bdtopo-pgr", limiter=free())
    route = router.route(STORE, STORE, [A, B, C], optimize=True)
    sent = {k: v[0] for k, v in parse_qs(urlparse(server.requests[-1]).query).items()}
    assert sent["resource"] == "bdtopo-pgr" and sent["profile"] == "car"
    assert sent["optimization"] == "fastest" and sent["geometryFormat"] == "geojson"
    assert sent["getSteps"] == "true" and sent["crs"] == "EPSG:4326"
    assert sent["distanceUnit"] == "meter" and sent["timeUnit"] == "second"
    assert sent["start"] == "2.371230,48.854080" == sent["end"]  # longitude first
    visited = [[A, B, C][i] for i in route.waypoint_order]
    assert sent["intermediates"] == "|".join(f"{p.lng:.6f},{p.lat:.6f}" for p in visited)
    assert route.waypoint_order == best_order(STORE, STORE, [A, B, C])


def test_itinerary_is_read_into_legs_steps_and_a_polyline(server):
    router = GeoplateformeRouting(server.url, limiter=free(), duration_factor=1.2)
    route = router.route(STORE, STORE, [A, B])
    raw = itinerary(
        {
            "start": "2.37123,48.85408",
            "end": "2.37123,48.85408",
            "intermediates": f"{A.lng},{A.lat}|{B.lng},{B.lat}",
        }
    )
    assert not route.estimate and route.source == "geoplateforme"
    assert len(route.legs) == 3
    assert route.legs[0].distance_m == round(raw["portions"][0]["distance"])
    assert route.legs[0].duration_s == round(raw["portions"][0]["duration"] * 1.2)  # scooter
    assert route.duration_s == sum(leg.duration_s for leg in route.legs)
    assert route.legs[0].steps[0].instruction == "Partir sur Rue de la Roquette"
    assert route.legs[0].steps[1].instruction == "Tourner à droite sur Boulevard Voltaire"
    points = decode_polyline(route.encoded_polyline)
    assert len(points) == len(raw["geometry"]["coordinates"])
    assert points[1]["lat"] == pytest.approx(raw["geometry"]["coordinates"][1][1], abs=1e-5)


def test_a_polyline_geometry_is_read_too(mocked):
    body = itinerary({"start": "2.37123,48.85408", "end": "2.3762,48.8552"})
    body["geometry"] = "grdiHgumM?_XnK??wQ"
    mocked.get(f"{BASE}/navigation/itineraire", json=body)
    route = GeoplateformeRouting(BASE, limiter=free()).route(STORE, A)
    assert route.encoded_polyline and not route.estimate


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        ({"status": 404, "json": {"error": {"message": "no route"}}}, "maps.no_route"),
        ({"status": 429}, "maps.over_query_limit"),
        ({"json": {"portions": [], "geometry": None}}, "maps.bad_response"),
        ({"json": {"portions": [{}], "geometry": {"type": "Point"}}}, "maps.bad_response"),
    ],
)
def test_itinerary_failures(mocked, answer, code):
    mocked.get(f"{BASE}/navigation/itineraire", **answer)
    with pytest.raises(MapsError) as failed:
        GeoplateformeRouting(BASE, limiter=free()).route(STORE, A)
    assert failed.value.code == code


def test_the_itinerary_limiter_refuses_rather_than_queue_for_long(server):
    clock = FakeClock()
    limiter = RateLimiter(5, burst=1, clock=clock, sleep=clock.sleep)
    router = GeoplateformeRouting(server.url, limiter=limiter, max_wait_s=0.1)
    router.route(STORE, A)
    with pytest.raises(MapsError) as held:
        router.route(STORE, B)
    assert held.value.code == "maps.over_query_limit"


def test_matrix_is_one_itinerary_per_cell(server):
    router = GeoplateformeRouting(server.url, limiter=free())
    cells = router.matrix([STORE, A], [B])
    assert [(c.origin_index, c.destination_index) for c in cells] == [(0, 0), (1, 0)]
    assert all(c.found and not c.estimate and c.duration_s > 0 for c in cells)
    with pytest.raises(MapsError):
        router.matrix([STORE] * 11, [A])


def test_instructions_in_french():
    assert instruction_text({"type": "turn", "modifier": "left"}, "Rue Keller") == (
        "Tourner à gauche sur Rue Keller"
    )
    assert instruction_text({"type": "roundabout"}, "Place de la Bastille").startswith(
        "Prendre le rond-point"
    )
    assert instruction_text({"type": "arrive"}, "") == "Arrivée"
    assert instruction_text(None, "") == "Continuer tout droit"


def test_long_geometries_are_simplified():
    line = [(48.85 + i * 1e-6, 2.37 + (i % 2) * 1e-7) for i in range(5000)]
    assert len(simplify(line, 1500)) <= 1500


# --------------------------------------------------------------------------- chains


class Failing:
    name = "google"

    def __init__(self, code="maps.timeout"):
        self.code = code
        self.calls = 0

    def route(self, *args, **kwargs):
        self.calls += 1
        raise MapsError(self.code)

    matrix = geocode = suggest = route


def test_routing_chain_google_then_public_then_estimate(server):
    public = GeoplateformeRouting(server.url, limiter=free())
    maps = ResilientMaps(Failing(), public=public)
    route = maps.route(STORE, STORE, [A, B], optimize=True)
    assert route.source == "geoplateforme" and not route.estimate
    broken = ResilientMaps(None, public=Failing("maps.http_error"))
    estimate = broken.route(STORE, STORE, [A])
    assert estimate.estimate and estimate.notice == "maps.public_failed:maps.http_error"
    assert "IGN" in estimate.notice_text("fr")
    for _ in range(3):
        broken.route(STORE, STORE, [A])
    assert broken.route(STORE, STORE, [A]).notice == "maps.public_circuit_open"


def test_geocoding_chain(server):
    public = GeoplateformeGeocoder(server.url, limiter=free())
    chain = GeocoderChain([Failing(), public])
    found = chain.geocode("27 rue du Faubourg Saint-Antoine, 75011 Paris")
    assert found.provider == "geoplateforme"
    with pytest.raises(AmbiguousAddress):
        chain.geocode("3 rue de la Paix")
    assert chain.suggest("14 rue de la Roq")[0].street == "14 Rue de la Roquette"
    offline = GeocoderChain([])
    assert not offline.online and offline.geocode("14 rue de la Roquette 75011") is None
    assert offline.suggest("14 rue de la Roquette 75011")[0].postcode == "75011"


def test_the_postcode_table_covers_paris_and_the_inner_suburbs():
    table = centroids()
    for postcode in ("75001", "75011", "75020", "75116", "92100", "93100", "94300"):
        assert postcode in table
    assert 145 <= len(table) <= 160
    for centre in table.values():  # inner suburbs: within 25 km of Notre-Dame
        assert 48.6 < centre.lat < 49.05 and 2.1 < centre.lng < 2.65
    approximate = PostcodeCentroids()
    found = approximate.geocode("27 rue du Faubourg Saint-Antoine, 75011 Paris")
    assert found.provider == "approximate"
    assert (found.lat, found.lng) == (table["75011"].lat, table["75011"].lng)
    assert approximate.geocode("1 place Bellecour, 69002 Lyon") is None
