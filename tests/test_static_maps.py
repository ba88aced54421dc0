"""Maps Static API images under the map view: the URL Google documents, every failure -> None.

No network: `responses` intercepts every HTTP call (an unregistered URL fails the test).
"""

from __future__ import annotations

import logging
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import responses
from googlemaps.convert import encode_polyline

from ocpizza_desk.integrations.maps import Leg, Route
from ocpizza_desk.integrations.maps.static import (
    MAX_URL_LENGTH,
    STATIC_URL,
    StaticMarker,
    fetch_static_map,
    request_size,
    static_map_url,
)
from ocpizza_desk.services import static_maps
from ocpizza_desk.services.itineraries import Marker, from_route

KEY = "AIzaSyFAKE-static-key-0123456789abcdef"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64  # the bytes are passed through, not decoded here
PATH = [(48.85408, 2.37123), (48.8600, 2.3690), (48.86749, 2.36361)]


@pytest.fixture(autouse=True)
def mocked():
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        yield rsps


@pytest.fixture
def itinerary():
    route = Route(2100, 540, (Leg(2100, 540),), encode_polyline(PATH), (), False, "google-routes")
    store = Marker(*PATH[0], "store", "", "OC Pizza Bastille")
    return from_route(route, store, [Marker(*PATH[-1], "stop", "", "n° 12")])


def online(key=KEY):
    return SimpleNamespace(maps_key=key)


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_url_has_the_documented_parameters():
    url = static_map_url(
        KEY,
        48.86,
        2.36,
        14,
        600,
        400,
        encoded_path=encode_polyline(PATH),
        markers=[
            StaticMarker(*PATH[0], "store"),
            StaticMarker(*PATH[-1], "stop", "1"),
            StaticMarker(48.85, 2.35, "stop", "12"),  # Google labels have one character
        ],
    )
    assert url.startswith(STATIC_URL + "?")
    q = query(url)
    assert q["center"] == ["48.860000,2.360000"]
    assert q["zoom"] == ["14"]
    assert q["size"] == ["600x400"]
    assert q["scale"] == ["2"]
    assert q["maptype"] == ["roadmap"]
    assert q["key"] == [KEY]
    (path,) = q["path"]
    assert path.startswith("color:0x1a73e8ff|weight:5|enc:")
    assert path.removeprefix("color:0x1a73e8ff|weight:5|enc:") == encode_polyline(PATH)
    store, first, twelfth = q["markers"]
    assert store.startswith("color:0xc0392b|") and store.endswith("|48.854080,2.371230")
    assert "label:1" in first and first.endswith("48.867490,2.363610")
    assert "label:" not in twelfth


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((600, 400, 14), (600, 400, 14)),
        ((640, 640, 14), (640, 640, 14)),
        ((1000, 600, 14), (500, 300, 13)),  # same ground: half the pixels, one level out
        ((1500, 700, 14), (375, 175, 12)),
        ((1001, 300, 14), (501, 150, 13)),
    ],
)
def test_request_size_keeps_the_ground_covered(size, expected):
    assert request_size(*size) == expected


def test_url_refuses_sizes_google_refuses():
    with pytest.raises(ValueError):
        static_map_url(KEY, 48.86, 2.36, 14, 641, 400)
    with pytest.raises(ValueError):
        static_map_url(KEY, 48.86, 2.36, 22, 600, 400)


def test_a_path_too_long_for_the_url_is_left_out():
    long_path = [(48.80 + i * 1e-4, 2.30 + ((i * 37) % 101) * 1e-4) for i in range(6000)]
    url = static_map_url(KEY, 48.86, 2.36, 12, 600, 400, encoded_path=encode_polyline(long_path))
    assert len(url) <= MAX_URL_LENGTH
    assert "path" not in query(url)
    assert query(url)["key"] == [KEY]


def test_backdrop_returns_the_image_for_the_views_size_and_zoom(mocked, itinerary):
    mocked.get(STATIC_URL, body=PNG, content_type="image/png")
    assert static_maps.backdrop(online(), 48.86, 2.36, 14, 600, 400, itinerary) == PNG
    (call,) = mocked.calls
    q = query(call.request.url)
    assert q["size"] == ["600x400"] and q["zoom"] == ["14"] and q["scale"] == ["2"]
    assert q["path"][0].endswith("enc:" + itinerary.encoded_polyline)
    assert "markers" not in q  # the view draws its own, exactly on the points


def test_backdrop_for_a_big_view_asks_half_size_one_level_out(mocked, itinerary):
    mocked.get(STATIC_URL, body=PNG, content_type="image/png")
    assert static_maps.backdrop(online(), 48.86, 2.36, 15, 1200, 800, itinerary) == PNG
    q = query(mocked.calls[0].request.url)
    assert q["size"] == ["600x400"] and q["zoom"] == ["14"]


def test_offline_answers_none_without_any_request(mocked, itinerary):
    assert static_maps.backdrop(online(None), 48.86, 2.36, 14, 600, 400, itinerary) is None
    assert len(mocked.calls) == 0


def test_the_real_context_is_offline_until_a_key_is_configured(db, mocked, itinerary):
    assert db.maps_key is None
    assert static_maps.backdrop(db, 48.86, 2.36, 14, 600, 400, itinerary) is None
    assert len(mocked.calls) == 0


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (
            {"status": 403, "body": b"The Google Maps Platform server rejected your request."},
            "maps.denied",
        ),
        ({"status": 500, "body": b"oops"}, "maps.http_error"),
        ({"status": 429, "body": b"slow down"}, "maps.over_query_limit"),
        ({"status": 400, "body": b"bad"}, "maps.invalid_request"),
        (
            {"status": 200, "body": b"<html>not an image</html>", "content_type": "text/html"},
            "maps.bad_response",
        ),
        (
            {"body": requests.ConnectionError(f"cannot reach {STATIC_URL}?key={KEY}")},
            "maps.unreachable",
        ),
        ({"body": requests.ReadTimeout("read timed out")}, "maps.timeout"),
        ({"body": requests.ConnectTimeout("connect timed out")}, "maps.timeout"),
    ],
)
def test_failures_give_none_and_a_reason_and_never_the_key(
    mocked, itinerary, caplog, answer, reason
):
    mocked.get(STATIC_URL, **answer)
    caplog.set_level(logging.DEBUG)
    url = static_map_url(KEY, 48.86, 2.36, 14, 600, 400)
    result = fetch_static_map(KEY, url)
    assert result.image is None
    assert result.reason == reason
    assert KEY not in repr(result)
    assert static_maps.backdrop(online(), 48.86, 2.36, 14, 600, 400, itinerary) is None
    assert len(mocked.calls) == 2  # one each: no retry
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert reason in caplog.text
    assert KEY not in logged


def test_no_exception_escapes_the_service(mocked, itinerary, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError(f"something odd with {KEY}")

    monkeypatch.setattr(static_maps, "fetch_static_map", broken)
    assert static_maps.backdrop(online(), 48.86, 2.36, 14, 600, 400, itinerary) is None
    assert KEY not in caplog.text


def test_urllib3_request_lines_are_logged_without_the_key(caplog):
    caplog.set_level(logging.DEBUG)
    logging.getLogger("urllib3.connectionpool").debug(
        '%s://%s:%s "%s %s %s" %s %s',
        "https",
        "maps.googleapis.com",
        443,
        "GET",
        f"/maps/api/staticmap?center=1,2&key={KEY}&size=1x1",
        "HTTP/1.1",
        200,
        10,
    )
    assert "staticmap" in caplog.text
    assert KEY not in caplog.text
    assert "key=***" in caplog.text
