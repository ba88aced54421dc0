"""Maps integration: Google's documented answers, every failure mode, the offline estimate.

No network: `responses` intercepts every HTTP call (an unregistered URL fails the test).
"""

from __future__ import annotations

import json
import logging
import math
import traceback
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import responses
from googlemaps.convert import encode_polyline

from ocpizza_desk.integrations.maps import (
    CircuitBreaker,
    LatLng,
    MapsError,
    OfflineEstimate,
    ResilientMaps,
    notice_message,
)
from ocpizza_desk.integrations.maps.legacy import GoogleGeocoder, LegacyMaps
from ocpizza_desk.integrations.maps.routes_api import (
    MATRIX_URL,
    ROUTES_URL,
    RoutesApiMaps,
    parse_duration,
)

KEY = "AIzaSyFAKE-key-for-tests-0123456789abc"
BASTILLE = LatLng(48.85408, 2.37123)
REPUBLIQUE = LatLng(48.86749, 2.36361)
NATION = LatLng(48.84839, 2.39585)
CHATELET = LatLng(48.85837, 2.34699)
SAINT_PAUL = LatLng(48.85517, 2.36118)

DIRECTIONS_URL = "https://maps.googleapis.com/maps/api/directions/json"
DISTANCE_MATRIX_URL = "https://maps.googleapis.com/maps/api/distancematrix/json"
GEOCODE_URL = "https://maps.googleapis.com/maps/api/geocode/json"

POLYLINE = encode_polyline([(48.85408, 2.37123), (48.8600, 2.3690), (48.86749, 2.36361)])


@pytest.fixture(autouse=True)
def mocked():
    """Every test runs with HTTP intercepted: a call to an unregistered URL fails."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        yield rsps


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def routes_api(**kwargs):
    return RoutesApiMaps(KEY, sleep=lambda s: None, **kwargs)


def resilient(provider, clock=None, threshold=3, cooldown=60.0):
    breaker = CircuitBreaker(threshold, cooldown, clock or FakeClock())
    return ResilientMaps(provider, breaker=breaker, secret=KEY)


# -- documented bodies -------------------------------------------------------------------------

COMPUTE_ROUTES_OK = {
    "routes": [
        {
            "distanceMeters": 4210,
            "duration": "1032s",
            "polyline": {"encodedPolyline": POLYLINE},
            "optimizedIntermediateWaypointIndex": [1, 0],
            "legs": [
                {
                    "distanceMeters": 1900,
                    "duration": "480s",
                    "steps": [
                        {
                            "distanceMeters": 1200,
                            "staticDuration": "300s",
                            "navigationInstruction": {
                                "maneuver": "DEPART",
                                "instructions": "Prendre la direction nord sur Bd Beaumarchais",
                            },
                        },
                        {
                            "distanceMeters": 700,
                            "staticDuration": "180.4s",
                            "navigationInstruction": {
                                "maneuver": "TURN_LEFT",
                                "instructions": "Tourner à gauche",
                            },
                        },
                    ],
                },
                {"distanceMeters": 1310, "duration": "300s", "steps": []},
                {"distanceMeters": 1000, "duration": "252s", "steps": []},
            ],
        }
    ]
}

ROUTE_MATRIX_OK = [
    {
        "originIndex": 0,
        "destinationIndex": 1,
        "status": {},
        "distanceMeters": 3100,
        "duration": "640s",
        "condition": "ROUTE_EXISTS",
    },
    {
        "originIndex": 0,
        "destinationIndex": 0,
        "status": {},
        "distanceMeters": 2200,
        "duration": "512s",
        "condition": "ROUTE_EXISTS",
    },
    {
        "originIndex": 1,
        "destinationIndex": 0,
        "status": {"code": 5, "message": "no route"},
        "condition": "ROUTE_NOT_FOUND",
    },
    {
        "originIndex": 1,
        "destinationIndex": 1,
        "status": {},
        "distanceMeters": 900,
        "duration": "200s",
        "condition": "ROUTE_EXISTS",
    },
]

LEGACY_DIRECTIONS_OK = {
    "status": "OK",
    "geocoded_waypoints": [],
    "routes": [
        {
            "summary": "Bd Beaumarchais",
            "waypoint_order": [1, 0],
            "overview_polyline": {"points": POLYLINE},
            "legs": [
                {
                    "distance": {"text": "1,9 km", "value": 1900},
                    "duration": {"text": "8 min", "value": 480},
                    "steps": [
                        {
                            "html_instructions": "Prendre <b>Bd Beaumarchais</b>",
                            "distance": {"text": "1,2 km", "value": 1200},
                            "duration": {"text": "5 min", "value": 300},
                            "polyline": {"points": "abc"},
                        }
                    ],
                },
                {
                    "distance": {"text": "1,3 km", "value": 1310},
                    "duration": {"text": "5 min", "value": 300},
                    "steps": [],
                },
                {
                    "distance": {"text": "1 km", "value": 1000},
                    "duration": {"text": "4 min", "value": 252},
                    "steps": [],
                },
            ],
        }
    ],
}

LEGACY_MATRIX_OK = {
    "status": "OK",
    "origin_addresses": ["Bastille", "Nation"],
    "destination_addresses": ["République", "Châtelet"],
    "rows": [
        {
            "elements": [
                {
                    "status": "OK",
                    "distance": {"text": "2,2 km", "value": 2200},
                    "duration": {"text": "9 min", "value": 512},
                },
                {
                    "status": "OK",
                    "distance": {"text": "3,1 km", "value": 3100},
                    "duration": {"text": "11 min", "value": 640},
                },
            ]
        },
        {
            "elements": [
                {"status": "ZERO_RESULTS"},
                {
                    "status": "OK",
                    "distance": {"text": "0,9 km", "value": 900},
                    "duration": {"text": "3 min", "value": 200},
                },
            ]
        },
    ],
}

GEOCODE_OK = {
    "status": "OK",
    "results": [
        {
            "formatted_address": "10 Rue de la Roquette, 75011 Paris, France",
            "geometry": {
                "location": {"lat": 48.8540, "lng": 2.3722},
                "location_type": "ROOFTOP",
            },
            "place_id": "ChIJexamplePlaceId",
            "types": ["street_address"],
        }
    ],
}


def legacy_status(status, message="The provided API key is invalid."):
    return {"status": status, "error_message": message, "routes": [], "results": []}


# -- offline estimate --------------------------------------------------------------------------


def test_offline_estimate_against_an_independent_great_circle():
    # spherical law of cosines, not the haversine the code uses
    p1, p2 = math.radians(BASTILLE.lat), math.radians(REPUBLIQUE.lat)
    dl = math.radians(REPUBLIQUE.lng - BASTILLE.lng)
    straight = 6_371_008.8 * math.acos(
        math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    )
    assert 1_500 < straight < 1_700  # about 1.6 km, as on a map
    road = round(straight * 1.3)

    route = OfflineEstimate().route(BASTILLE, REPUBLIQUE)

    assert route.estimate is True
    assert route.source == "estimate"
    assert route.steps == ()  # no invented turn-by-turn
    assert abs(route.distance_m - road) <= 1
    assert route.duration_s == round(route.distance_m / (18_000 / 3600)) + 120
    assert [(round(p.lat, 5), round(p.lng, 5)) for p in route.points] == [
        (48.85408, 2.37123),
        (48.86749, 2.36361),
    ]


def test_offline_route_goes_through_waypoints_and_can_order_them():
    offline = OfflineEstimate()
    plain = offline.route(BASTILLE, REPUBLIQUE, [CHATELET, NATION])
    assert plain.waypoint_order == (0, 1)
    assert len(plain.legs) == 3
    assert plain.distance_m == sum(leg.distance_m for leg in plain.legs)
    assert [(round(p.lat, 5), round(p.lng, 5)) for p in plain.points] == [
        (BASTILLE.lat, BASTILLE.lng),
        (CHATELET.lat, CHATELET.lng),
        (NATION.lat, NATION.lng),
        (REPUBLIQUE.lat, REPUBLIQUE.lng),
    ]
    # Saint-Paul (0.7 km from Bastille) is nearer than Nation (1.9 km): visited first
    optimised = offline.route(BASTILLE, REPUBLIQUE, [NATION, SAINT_PAUL], optimize=True)
    assert optimised.waypoint_order == (1, 0)
    assert optimised.legs[0].distance_m < plain.legs[0].distance_m
    assert optimised.estimate is True


def test_offline_matrix_and_zero_distance():
    cells = OfflineEstimate().matrix([BASTILLE, NATION], [BASTILLE, REPUBLIQUE])
    assert [(c.origin_index, c.destination_index) for c in cells] == [
        (0, 0),
        (0, 1),
        (1, 0),
        (1, 1),
    ]
    assert cells[0].distance_m == 0 and cells[0].duration_s == 0
    assert all(c.estimate for c in cells)
    assert cells[1].distance_m == OfflineEstimate().route(BASTILLE, REPUBLIQUE).distance_m


# -- Routes API ---------------------------------------------------------------------------------


def test_parse_duration():
    assert parse_duration("1234s") == 1234
    assert parse_duration("3.5s") == 4
    assert parse_duration("0s") == 0
    assert parse_duration(None) == 0
    with pytest.raises(MapsError):
        parse_duration("12 minutes")


def test_compute_routes_ok_with_optimised_waypoints(mocked):
    mocked.add(responses.POST, ROUTES_URL, json=COMPUTE_ROUTES_OK)
    route = routes_api().route(BASTILLE, REPUBLIQUE, [CHATELET, NATION], optimize=True)

    request = mocked.calls[0].request
    assert request.headers["X-Goog-Api-Key"] == KEY
    mask = request.headers["X-Goog-FieldMask"].split(",")
    assert "routes.optimizedIntermediateWaypointIndex" in mask
    assert "routes.polyline.encodedPolyline" in mask
    assert KEY not in request.url
    body = json.loads(request.body)
    assert body["travelMode"] == "TWO_WHEELER"
    assert body["optimizeWaypointOrder"] is True
    assert body["intermediates"][0] == {
        "location": {"latLng": {"latitude": CHATELET.lat, "longitude": CHATELET.lng}}
    }
    assert body["origin"]["location"]["latLng"]["latitude"] == BASTILLE.lat

    assert route.estimate is False and route.source == "google-routes" and route.notice is None
    assert (route.distance_m, route.duration_s) == (4210, 1032)
    assert route.waypoint_order == (1, 0)
    assert [leg.distance_m for leg in route.legs] == [1900, 1310, 1000]
    assert route.steps[0].instruction == "Prendre la direction nord sur Bd Beaumarchais"
    assert [(s.distance_m, s.duration_s) for s in route.steps] == [(1200, 300), (700, 180)]
    assert route.encoded_polyline == POLYLINE
    assert len(route.points) == 3


def test_compute_routes_travel_mode_is_configurable(mocked):
    mocked.add(responses.POST, ROUTES_URL, json=COMPUTE_ROUTES_OK)
    routes_api(travel_mode="DRIVE").route(BASTILLE, REPUBLIQUE)
    body = json.loads(mocked.calls[0].request.body)
    assert body["travelMode"] == "DRIVE"
    assert "intermediates" not in body
    with pytest.raises(ValueError):
        RoutesApiMaps(KEY, travel_mode="BICYCLE_ROCKET")


def test_compute_route_matrix_ok(mocked):
    mocked.add(responses.POST, MATRIX_URL, json=ROUTE_MATRIX_OK)
    cells = routes_api().matrix([BASTILLE, NATION], [REPUBLIQUE, CHATELET])

    request = mocked.calls[0].request
    assert request.headers["X-Goog-FieldMask"] == (
        "originIndex,destinationIndex,status,condition,distanceMeters,duration"
    )
    body = json.loads(request.body)
    assert body["origins"][1] == {
        "waypoint": {"location": {"latLng": {"latitude": NATION.lat, "longitude": NATION.lng}}}
    }
    assert [
        (c.origin_index, c.destination_index, c.distance_m, c.duration_s, c.found) for c in cells
    ] == [
        (0, 0, 2200, 512, True),
        (0, 1, 3100, 640, True),
        (1, 0, 0, 0, False),
        (1, 1, 900, 200, True),
    ]
    assert not any(c.estimate for c in cells)


def test_routes_api_retries_a_500_once_then_succeeds(mocked):
    mocked.add(responses.POST, ROUTES_URL, status=500, json={"error": {"code": 500}})
    mocked.add(responses.POST, ROUTES_URL, json=COMPUTE_ROUTES_OK)
    route = resilient(routes_api()).route(BASTILLE, REPUBLIQUE)
    assert len(mocked.calls) == 2
    assert route.estimate is False and route.notice is None


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"status": 500, "json": {"error": {"code": 500, "status": "INTERNAL"}}}, "http_error"),
        ({"body": requests.ConnectionError(f"Max retries, key={KEY}")}, "unreachable"),
        ({"body": requests.ReadTimeout("read timed out")}, "timeout"),
    ],
)
def test_routes_api_transient_failures_retry_then_fall_back(mocked, kwargs, reason):
    mocked.add(responses.POST, ROUTES_URL, **kwargs)
    route = resilient(routes_api(retries=1)).route(BASTILLE, REPUBLIQUE)
    assert len(mocked.calls) == 2  # one attempt + one retry, no more
    assert route.estimate is True and route.source == "estimate"
    assert route.notice == f"maps.api_failed:maps.{reason}"
    assert route.distance_m == OfflineEstimate().route(BASTILLE, REPUBLIQUE).distance_m


@pytest.mark.parametrize(
    ("status", "error_status", "reason"),
    [
        (403, "PERMISSION_DENIED", "denied"),
        (429, "RESOURCE_EXHAUSTED", "over_query_limit"),
        (400, "INVALID_ARGUMENT", "invalid_request"),
    ],
)
def test_routes_api_client_errors_are_not_retried(mocked, status, error_status, reason):
    error = {"error": {"code": status, "message": "API key not valid.", "status": error_status}}
    mocked.add(responses.POST, ROUTES_URL, status=status, json=error)
    route = resilient(routes_api()).route(BASTILLE, REPUBLIQUE)
    assert len(mocked.calls) == 1
    assert route.estimate is True
    assert route.notice == f"maps.api_failed:maps.{reason}"


def test_oversized_matrix_is_refused_without_a_call(mocked):
    origins = [LatLng(48.85 + i / 1000, 2.35) for i in range(26)]
    cells, notice = resilient(routes_api()).matrix(origins, origins)
    assert notice == "maps.api_failed:maps.invalid_request"
    assert len(cells) == 26 * 26 and len(mocked.calls) == 0


def test_routes_api_empty_answer_is_no_route_and_does_not_trip_the_breaker(mocked):
    mocked.add(responses.POST, ROUTES_URL, json={})
    maps = resilient(routes_api(), threshold=1)
    route = maps.route(BASTILLE, REPUBLIQUE)
    assert route.estimate is True and route.notice == "maps.no_route"
    assert maps.breaker.state == "closed"


def test_route_matrix_failure_falls_back_with_a_notice(mocked):
    mocked.add(responses.POST, MATRIX_URL, status=503)
    cells, notice = resilient(routes_api(retries=0)).matrix([BASTILLE], [REPUBLIQUE, NATION])
    assert notice == "maps.api_failed:maps.http_error"
    assert [c.estimate for c in cells] == [True, True]
    ok_cells, ok_notice = resilient(None).matrix([BASTILLE], [NATION])
    assert ok_notice == "maps.no_key" and ok_cells[0].estimate


# -- legacy googlemaps ---------------------------------------------------------------------------


def legacy():
    return LegacyMaps(KEY)


def test_legacy_directions_ok(mocked):
    mocked.add(responses.GET, DIRECTIONS_URL, json=LEGACY_DIRECTIONS_OK)
    route = legacy().route(BASTILLE, REPUBLIQUE, [CHATELET, NATION], optimize=True)

    query = parse_qs(urlsplit(mocked.calls[0].request.url).query)
    assert query["origin"] == ["48.85408,2.37123"]
    assert query["waypoints"] == ["optimize:true|48.85837,2.34699|48.84839,2.39585"]
    assert query["mode"] == ["driving"]
    assert route.estimate is False and route.source == "google-legacy"
    assert route.waypoint_order == (1, 0)
    assert (route.distance_m, route.duration_s) == (1900 + 1310 + 1000, 480 + 300 + 252)
    assert route.steps[0].instruction == "Prendre Bd Beaumarchais"
    assert route.encoded_polyline == POLYLINE


def test_legacy_distance_matrix_ok(mocked):
    mocked.add(responses.GET, DISTANCE_MATRIX_URL, json=LEGACY_MATRIX_OK)
    cells = legacy().matrix([BASTILLE, NATION], [REPUBLIQUE, CHATELET])
    assert [
        (c.origin_index, c.destination_index, c.distance_m, c.duration_s, c.found) for c in cells
    ] == [
        (0, 0, 2200, 512, True),
        (0, 1, 3100, 640, True),
        (1, 0, 0, 0, False),
        (1, 1, 900, 200, True),
    ]


def test_geocode_ok_and_zero_results(mocked):
    mocked.add(responses.GET, GEOCODE_URL, json=GEOCODE_OK)
    mocked.add(responses.GET, GEOCODE_URL, json={"status": "ZERO_RESULTS", "results": []})
    geocoder = GoogleGeocoder(KEY)
    found = geocoder.geocode("10 rue de la Roquette, Paris")
    assert (found.place_id, found.lat, found.lng) == ("ChIJexamplePlaceId", 48.8540, 2.3722)
    assert found.formatted_address.startswith("10 Rue de la Roquette")
    query = parse_qs(urlsplit(mocked.calls[0].request.url).query)
    assert query["region"] == ["fr"]
    assert geocoder.geocode("nowhere at all") is None


def test_geocode_refused_raises_a_coded_error_without_the_key(mocked):
    mocked.add(responses.GET, GEOCODE_URL, json=legacy_status("REQUEST_DENIED"))
    with pytest.raises(MapsError) as caught:
        GoogleGeocoder(KEY).geocode("10 rue de la Roquette")
    assert caught.value.code == "maps.denied"
    assert KEY not in "".join(traceback.format_exception(caught.value))


def test_legacy_zero_results_falls_back_as_no_route(mocked):
    mocked.add(responses.GET, DIRECTIONS_URL, json={"status": "ZERO_RESULTS", "routes": []})
    route = resilient(legacy()).route(BASTILLE, REPUBLIQUE)
    assert route.estimate is True and route.notice == "maps.no_route"


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"json": legacy_status("OVER_QUERY_LIMIT", "quota")}, "over_query_limit"),
        ({"json": legacy_status("REQUEST_DENIED")}, "denied"),
        ({"status": 500, "body": "boom"}, "http_error"),
        (
            {"body": requests.ConnectionError(f"GET /maps/api/directions/json?key={KEY}")},
            "unreachable",
        ),
    ],
)
def test_legacy_failures_fall_back_after_one_attempt(mocked, kwargs, reason):
    mocked.add(responses.GET, DIRECTIONS_URL, **kwargs)
    route = resilient(legacy()).route(BASTILLE, REPUBLIQUE)
    assert len(mocked.calls) == 1  # googlemaps' own sleeping retries are off
    assert route.estimate is True and route.source == "estimate"
    assert route.notice == f"maps.api_failed:maps.{reason}"


# -- circuit breaker ----------------------------------------------------------------------------


def test_breaker_opens_after_consecutive_failures_and_closes_after_a_good_trial(mocked):
    clock = FakeClock()
    failing = mocked.add(responses.POST, ROUTES_URL, status=500)
    maps = resilient(routes_api(retries=0), clock=clock, threshold=3, cooldown=30)

    for _ in range(3):
        assert maps.route(BASTILLE, REPUBLIQUE).notice == "maps.api_failed:maps.http_error"
    assert maps.breaker.state == "open"
    assert failing.call_count == 3

    # open: Google is not even asked
    route = maps.route(BASTILLE, REPUBLIQUE)
    assert route.notice == "maps.circuit_open" and route.estimate
    assert failing.call_count == 3

    clock.now += 30
    assert maps.breaker.state == "half-open"
    mocked.replace(responses.POST, ROUTES_URL, json=COMPUTE_ROUTES_OK)
    route = maps.route(BASTILLE, REPUBLIQUE)
    assert route.estimate is False and route.notice is None
    assert maps.breaker.state == "closed"


def test_failed_half_open_trial_reopens_for_a_full_cooldown(mocked):
    clock = FakeClock()
    mocked.add(responses.POST, ROUTES_URL, status=500)
    maps = resilient(routes_api(retries=0), clock=clock, threshold=2, cooldown=30)
    maps.route(BASTILLE, REPUBLIQUE)
    maps.route(BASTILLE, REPUBLIQUE)
    assert maps.breaker.state == "open"

    clock.now += 31
    assert maps.route(BASTILLE, REPUBLIQUE).notice == "maps.api_failed:maps.http_error"
    assert maps.breaker.state == "open"
    clock.now += 29
    assert maps.route(BASTILLE, REPUBLIQUE).notice == "maps.circuit_open"
    assert len(mocked.calls) == 3


def test_success_resets_the_failure_count(mocked):
    fail = responses.Response(responses.POST, ROUTES_URL, status=500)
    ok = responses.Response(responses.POST, ROUTES_URL, json=COMPUTE_ROUTES_OK)
    for response in (fail, fail, ok, fail, fail):
        mocked.add(response)
    maps = resilient(routes_api(retries=0), threshold=3)
    for _ in range(5):
        maps.route(BASTILLE, REPUBLIQUE)
    assert maps.breaker.state == "closed"


def test_unexpected_provider_errors_fall_back_too():
    class Broken:
        name = "broken"

        def route(self, *args, **kwargs):
            raise RuntimeError(f"oops with {KEY}")

        def matrix(self, *args, **kwargs):
            raise KeyError("rows")

    maps = resilient(Broken())
    assert maps.route(BASTILLE, REPUBLIQUE).notice == "maps.api_failed:maps.bad_response"
    cells, notice = maps.matrix([BASTILLE], [NATION])
    assert notice == "maps.api_failed:maps.bad_response" and cells[0].estimate


# -- no key anywhere -----------------------------------------------------------------------------


def test_no_key_gives_the_labelled_estimate():
    route = ResilientMaps(None).route(BASTILLE, REPUBLIQUE)
    assert route.estimate is True and route.notice == "maps.no_key"
    assert "hors ligne" in route.notice_text("fr")
    assert "Offline estimate" in route.notice_text("en")


def test_notice_messages_in_both_languages():
    assert notice_message("maps.api_failed:maps.over_query_limit", "fr") == (
        "Estimation hors ligne : Google Maps n'a pas répondu correctement (quota dépassé)."
    )
    assert notice_message("maps.api_failed:maps.timeout", "en") == (
        "Offline estimate: Google Maps did not answer properly (timed out)."
    )
    assert "indisponible" in notice_message("maps.circuit_open", "fr")


def test_the_key_never_reaches_logs_errors_or_reprs(mocked, caplog):
    caplog.set_level(logging.DEBUG)
    mocked.add(
        responses.GET,
        DIRECTIONS_URL,
        body=requests.ConnectionError(f"HTTPSConnectionPool: /directions/json?key={KEY}"),
    )
    mocked.add(
        responses.POST,
        ROUTES_URL,
        body=requests.ConnectionError(f"failed with header {KEY}"),
    )

    class Leaky:
        name = "leaky"

        def route(self, *args, **kwargs):
            raise RuntimeError(f"the key is {KEY}")

    seen = []
    for provider in (legacy(), routes_api(), Leaky()):
        maps = resilient(provider)
        route = maps.route(BASTILLE, REPUBLIQUE)
        seen += [repr(provider), repr(maps), repr(route), route.notice_text("en")]
    # urllib3 logs the request line, query string included, at DEBUG
    logging.getLogger("urllib3.connectionpool").debug(
        '%s://%s:%s "%s %s %s" %s',
        "https",
        "maps.googleapis.com",
        443,
        "GET",
        f"/maps/api/directions/json?key={KEY}",
        "HTTP/1.1",
        200,
    )
    # the bare providers raise coded errors whose traceback carries no key either
    for provider in (legacy(), routes_api()):
        with pytest.raises(MapsError) as caught:
            provider.route(BASTILLE, REPUBLIQUE)
        assert caught.value.code == "maps.unreachable"
        seen.append("".join(traceback.format_exception(caught.value)))

    assert "maps provider failed" in caplog.text
    assert "/maps/api/directions/json?key=***" in caplog.text
    assert KEY not in caplog.text
    assert all(KEY not in text for text in seen), seen
