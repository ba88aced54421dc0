"""Map tiles: the documented Plan IGN WMTS request, one fetch from the local tile server (a
PNG, a malformed tile, an HTML page, a server that hangs, 404, 429), Google's Map Tiles
session (faked), and the bounded disk cache (least recently used out, stale tiles, broken
files, several threads). Nothing leaves 127.0.0.1."""

from __future__ import annotations

import logging
import os
import threading
import time
from urllib.parse import parse_qs, urlparse

import pytest
import responses

from ocpizza_desk.integrations.maps import MapsError
from ocpizza_desk.integrations.maps.tile_cache import TileCache
from ocpizza_desk.integrations.maps.tiles import (
    PNG_MAGIC,
    TileProvider,
    fetch_tile,
    google_source,
    plan_ign,
    xyz,
)
from tests.fake_geoplateforme import FakeGeoplateforme, paris_tiles

KEY = "AIzaSy-tiles-test-key-0123456789abcdefg"


@pytest.fixture
def server():
    fake = FakeGeoplateforme().start()
    yield fake
    fake.stop()


def test_plan_ign_is_the_documented_wmts_request():
    url = urlparse(plan_ign().url(15, 16597, 11273))
    assert (url.scheme, url.netloc, url.path) == ("https", "data.geopf.fr", "/wmts")
    params = {k: v[0] for k, v in parse_qs(url.query).items()}
    assert params == {
        "SERVICE": "WMTS",
        "REQUEST": "GetTile",
        "VERSION": "1.0.0",
        "LAYER": "GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2",
        "STYLE": "normal",
        "FORMAT": "image/png",
        "TILEMATRIXSET": "PM",
        "TILEMATRIX": "15",
        "TILEROW": "11273",
        "TILECOL": "16597",
    }
    assert "IGN" in plan_ign().attribution and plan_ign().max_zoom == 19


def test_xyz_needs_its_placeholders():
    assert xyz("https://t.example/{z}/{x}/{y}.png", "© Example").url(3, 4, 5) == (
        "https://t.example/3/4/5.png"
    )
    with pytest.raises(ValueError):
        xyz("https://t.example/tiles.png", "x")


def test_a_tile_from_the_local_server(server):
    result = fetch_tile(plan_ign(server.url), 15, 16597, 11273)
    assert result.data.startswith(PNG_MAGIC) and result.reason is None
    assert server.tile_requests()[0].startswith("/wmts?SERVICE=WMTS")


@pytest.mark.parametrize(
    ("path", "reason"),
    [("bad", "maps.bad_response"), ("html", "maps.bad_response"), ("nothing", "tile.missing")],
)
def test_what_is_not_a_tile_is_refused(server, path, reason):
    result = fetch_tile(xyz(f"{server.url}/{path}/{{z}}/{{x}}/{{y}}.png", "x"), 15, 1, 1)
    assert result.data is None and result.reason == reason


def test_a_hanging_tile_server_times_out_quickly(server):
    started = time.monotonic()
    result = fetch_tile(xyz(server.url + "/hang/{z}/{x}/{y}.png", "x"), 15, 1, 1, timeout=0.3)
    assert result.reason == "maps.timeout" and time.monotonic() - started < 3


def test_429_says_when_to_come_back(server):
    server.status, server.retry_after = 429, "3"
    result = fetch_tile(plan_ign(server.url), 15, 1, 1)
    assert (result.reason, result.retry_after_s) == ("maps.over_query_limit", 3.0)


def test_outside_the_pyramid_nothing_is_asked(server):
    assert fetch_tile(plan_ign(server.url), 20, 0, 0).reason == "tile.missing"
    assert fetch_tile(plan_ign(server.url), 2, 4, 0).reason == "tile.missing"
    assert server.requests == []


def test_google_tiles_open_a_session_and_never_show_the_key(caplog):
    caplog.set_level(logging.DEBUG)
    with responses.RequestsMock() as mock:
        mock.post(
            "https://tile.googleapis.com/v1/createSession",
            json={"session": "SESSION-TOKEN", "expiry": "1800000000", "tileWidth": 256},
        )
        source = google_source(KEY)
        sent = mock.calls[0].request
        assert b'"mapType": "roadmap"' in sent.body and KEY in sent.url
    url = source.url(15, 16597, 11273)
    assert url.startswith("https://tile.googleapis.com/v1/2dtiles/15/16597/11273?session=")
    assert KEY not in repr(source) and "Google" in source.attribution
    with responses.RequestsMock() as mock:
        mock.post("https://tile.googleapis.com/v1/createSession", status=403)
        with pytest.raises(MapsError) as denied:
            google_source(KEY)
    assert denied.value.code == "maps.denied" and KEY not in str(denied.value)
    assert KEY not in caplog.text


def test_urllib3_request_lines_are_logged_without_the_key(caplog):
    caplog.set_level(logging.DEBUG)
    logging.getLogger("urllib3.connectionpool").debug(
        '%s://%s:%s "%s %s %s" %s %s',
        "https",
        "tile.googleapis.com",
        443,
        "GET",
        f"/v1/2dtiles/15/1/2?session=S&key={KEY}",
        "HTTP/1.1",
        200,
        10,
    )
    assert "2dtiles" in caplog.text and KEY not in caplog.text and "key=***" in caplog.text


def test_a_failing_source_hands_over_to_the_next(server):
    def google():
        raise MapsError("maps.denied")

    provider = TileProvider([google, lambda: plan_ign(server.url)])
    assert provider.source().key == "plan-ign"
    assert provider.load(15, 16597, 11273).data.startswith(PNG_MAGIC)


# --------------------------------------------------------------------------- the disk cache


def test_the_cache_keeps_tiles_and_serves_them_offline(server, tmp_path):
    cache = TileCache(tmp_path)
    online = TileProvider([lambda: plan_ign(server.url)], cache)
    keys = paris_tiles(15, span=1)
    for key in keys:
        assert online.load(*key).data is not None
    asked = len(server.tile_requests())
    offline = TileProvider([lambda: plan_ign(server.url)], cache, download=False)
    assert all(offline.load(*key).data is not None for key in keys)
    assert offline.load(15, 1, 1).reason == "tile.offline"
    assert len(server.tile_requests()) == asked  # nothing asked again


def test_least_recently_used_tiles_go_first_and_the_size_stays_bounded(tmp_path):
    clock = [1000.0]
    cache = TileCache(tmp_path, max_bytes=10_000, clock=lambda: clock[0])
    tile = PNG_MAGIC + b"x" * 1990
    for n in range(4):
        clock[0] += 1
        cache.put("plan-ign", 15, n, 0, tile)
    clock[0] += 1
    assert cache.get("plan-ign", 15, 0, 0) is not None  # the oldest, used again
    for n in range(4, 6):
        clock[0] += 1
        cache.put("plan-ign", 15, n, 0, tile)
    assert cache.total_bytes <= 10_000
    assert cache.get("plan-ign", 15, 0, 0) is not None  # kept: it was used
    assert cache.get("plan-ign", 15, 1, 0) is None  # evicted: least recently used
    assert cache.get("plan-ign", 15, 2, 0) is None
    assert cache.get("plan-ign", 15, 3, 0) is not None
    on_disk = sum(f.stat().st_size for f in tmp_path.rglob("*.tile"))
    assert on_disk == cache.total_bytes
    reopened = TileCache(tmp_path, max_bytes=10_000)
    assert reopened.total_bytes == on_disk  # the index is rebuilt from the folder


def test_old_tiles_are_shown_and_fetched_again(server, tmp_path):
    clock = [1000.0]
    cache = TileCache(tmp_path, refresh_after_s=3600, clock=lambda: clock[0])
    provider = TileProvider([lambda: plan_ign(server.url)], cache)
    provider.load(15, 16597, 11273)
    clock[0] += 7200
    assert cache.get("plan-ign", 15, 16597, 11273).stale
    provider.load(15, 16597, 11273)
    assert len(server.tile_requests()) == 2
    server.stop()
    clock[0] += 7200  # stale and the server gone: the old tile is still drawn
    assert provider.load(15, 16597, 11273).data is not None


def test_a_broken_file_is_removed_and_read_as_missing(tmp_path):
    cache = TileCache(tmp_path)
    path = cache.path("plan-ign", 15, 1, 2)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"half a ti")
    assert cache.get("plan-ign", 15, 1, 2) is None and not path.exists()


def test_several_threads_share_the_cache(tmp_path):
    cache = TileCache(tmp_path, max_bytes=60_000)
    tile = PNG_MAGIC + os.urandom(1000)

    def work(column: int) -> None:
        for row in range(20):
            cache.put("plan-ign", 15, column, row, tile)
            cache.get("plan-ign", 15, column, row)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert 0 < cache.total_bytes <= 60_000
    assert not list(tmp_path.rglob("*.tmp"))
