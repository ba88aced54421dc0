"""The [maps] configuration: provider, key (env, file, keyring), timeout, and the key kept out
of every repr, str and log line; configure_maps builds the right provider."""

from __future__ import annotations

import logging

import pytest

from ocpizza_desk.config import (
    CONFIG_EXAMPLE,
    ConfigError,
    MapsConfig,
    load_maps_config,
)
from ocpizza_desk.integrations.maps.legacy import GoogleGeocoder, LegacyMaps
from ocpizza_desk.integrations.maps.routes_api import RoutesApiMaps
from ocpizza_desk.services.maps_setup import configure_maps

KEY = "AIzaSy-test-key-0123456789abcdefghijklm"  # shaped like a key, so googlemaps accepts it


def no_keyring(_name: str) -> None:
    return None


def write(tmp_path, text: str):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


class FakeContext:
    """configure_maps only sets three attributes."""

    maps = maps_key = geocoder = None


def test_no_file_no_key_is_offline(tmp_path):
    config = load_maps_config(tmp_path / "absent.toml", {}, no_keyring)
    assert config == MapsConfig("offline", None, None, 5.0)


def test_file_without_maps_section_is_offline(tmp_path):
    path = write(tmp_path, '[database]\nurl = "sqlite:///x"\n')
    assert load_maps_config(path, {}, no_keyring).provider == "offline"


def test_key_in_file_defaults_to_routes(tmp_path):
    path = write(tmp_path, f'[maps]\napi_key = "{KEY}"\ntimeout = 3\n')
    config = load_maps_config(path, {}, no_keyring)
    assert (config.provider, config.api_key, config.timeout_s) == ("routes", KEY, 3.0)
    assert config.key_source == str(path)


def test_env_var_wins_over_file_and_keyring(tmp_path):
    path = write(tmp_path, '[maps]\nprovider = "legacy"\napi_key = "from-file"\n')
    config = load_maps_config(path, {"OCPIZZA_MAPS_KEY": KEY}, lambda _n: "from-keyring")
    assert (config.provider, config.api_key, config.key_source) == (
        "legacy",
        KEY,
        "OCPIZZA_MAPS_KEY",
    )


def test_keyring_when_nothing_else(tmp_path):
    asked = []

    def keyring(name):
        asked.append(name)
        return KEY

    config = load_maps_config(tmp_path / "absent.toml", {}, keyring)
    assert asked == ["google-maps"]
    assert (config.provider, config.api_key, config.key_source) == ("routes", KEY, "keyring")


def test_offline_provider_never_reads_the_keyring(tmp_path):
    path = write(tmp_path, '[maps]\nprovider = "offline"\n')

    def keyring(_name):
        raise AssertionError("keyring read for an offline setup")

    assert load_maps_config(path, {"OCPIZZA_MAPS_KEY": KEY}, keyring).api_key is None


def test_config_file_from_the_environment(tmp_path):
    path = write(tmp_path, f'[maps]\napi_key = "{KEY}"\n')
    config = load_maps_config(None, {"OCPIZZA_CONFIG": str(path)}, no_keyring)
    assert config.api_key == KEY


@pytest.mark.parametrize(
    "text, words",
    [
        ('[maps]\nprovider = "bing"\n', "provider must be one of"),
        ("[maps]\ntimeout = 0\n", "timeout"),
        ('[maps]\ntimeout = "5"\n', "timeout"),
        ("[maps]\ntimeout = 600\n", "timeout"),
        ('[maps]\nkey = "x"\n', "unknown keys in [maps]: key"),
        ("[maps]\napi_key = 12345\n", "api_key must be a string"),
        ('maps = "x"\n', "must be a section"),
        ("[maps\n", "cannot read"),
    ],
)
def test_bad_settings_are_refused_clearly(tmp_path, text, words):
    with pytest.raises(ConfigError, match=words.replace("[", r"\[").replace("]", r"\]")):
        load_maps_config(write(tmp_path, text), {}, no_keyring)


def test_the_key_is_never_shown(tmp_path, caplog):
    path = write(tmp_path, f'[maps]\napi_key = "{KEY}"\n')
    caplog.set_level(logging.DEBUG)
    config = load_maps_config(path, {}, no_keyring)
    ctx = FakeContext()
    configure_maps(ctx, config)
    for text in (repr(config), str(config), repr(ctx.maps), repr(ctx.geocoder)):
        assert KEY not in text
    assert "routes" in str(config) and "key from" in str(config)
    assert caplog.records and KEY not in caplog.text


def test_the_example_shows_the_maps_section():
    assert "# [maps]" in CONFIG_EXAMPLE
    assert "keyring set ocpizza-desk google-maps" in CONFIG_EXAMPLE


@pytest.mark.parametrize(
    "provider, kind", [("routes", RoutesApiMaps), ("legacy", LegacyMaps), ("offline", None)]
)
def test_configure_maps_builds_the_provider(provider, kind):
    ctx = FakeContext()
    configure_maps(ctx, MapsConfig(provider, KEY if provider != "offline" else None, "test"))
    if kind is None:
        assert ctx.maps.provider is None and ctx.maps_key is None
        assert not ctx.geocoder.online  # only the postcode table: approximate locations
    else:
        assert isinstance(ctx.maps.provider, kind)
        assert ctx.maps_key == KEY
        [google] = ctx.geocoder.links  # tests run with OCPIZZA_MAPS_OFFLINE: no public link
        assert isinstance(google, GoogleGeocoder)


def test_a_malformed_key_falls_back_to_offline(caplog):
    ctx = FakeContext()
    configure_maps(ctx, MapsConfig("legacy", "not-a-google-key", "test"))
    assert ctx.maps.provider is None and not ctx.geocoder.online and ctx.maps_key is None
    assert "maps key unusable" in caplog.text and "not-a-google-key" not in caplog.text


def test_a_routes_provider_without_key_is_offline():
    ctx = FakeContext()
    configure_maps(ctx, MapsConfig("routes", None, None))
    assert ctx.maps.provider is None
    _cells, notice = ctx.maps.matrix([], [])
    assert notice == "maps.no_key"


# --------------------------------------------------------------------------- public services


def test_without_a_key_the_geoplateforme_stands_in(tmp_path):
    config = load_maps_config(tmp_path / "absent.toml", {}, no_keyring)
    assert config.public and config.resource == "bdtopo-osrm"
    assert config.geoplateforme_url == "https://data.geopf.fr"
    offline = load_maps_config(tmp_path / "absent.toml", {"OCPIZZA_MAPS_OFFLINE": "1"}, no_keyring)
    assert not offline.public
    explicit = write(tmp_path, '[maps]\nprovider = "offline"\n')
    assert not load_maps_config(explicit, {}, no_keyring).public


def test_public_settings_are_read_and_checked(tmp_path):
    path = write(
        tmp_path,
        '[maps]\npublic = true\ngeoplateforme_url = "http://127.0.0.1:9/"\n'
        'resource = "bdtopo-pgr"\nprofile = "car"\nscooter_factor = 0.9\n',
    )
    config = load_maps_config(path, {}, no_keyring)
    assert (config.geoplateforme_url, config.resource, config.scooter_factor) == (
        "http://127.0.0.1:9",
        "bdtopo-pgr",
        0.9,
    )
    for bad in (
        'resource = "osrm"',
        'profile = "scooter"',
        "scooter_factor = 3",
        'geoplateforme_url = "ftp://x"',
        'public = "yes"',
    ):
        with pytest.raises(ConfigError):
            load_maps_config(write(tmp_path, f"[maps]\n{bad}\n"), {}, no_keyring)


def test_configure_maps_with_a_local_geoplateforme():
    ctx = FakeContext()
    configure_maps(ctx, MapsConfig(geoplateforme_url="http://127.0.0.1:9"))
    assert ctx.maps.provider is None and ctx.maps.public is not None
    assert [g.name for g in ctx.geocoder.links] == ["geoplateforme"]
    public = FakeContext()
    configure_maps(public, MapsConfig())  # the real one: not while OCPIZZA_MAPS_OFFLINE
    assert public.maps.public is None and public.maps.no_provider_notice == "maps.no_key"


def test_tiles_configuration(tmp_path):
    from ocpizza_desk.config import TilesConfig, load_tiles_config
    from ocpizza_desk.services.maps_setup import configure_tiles

    assert load_tiles_config(tmp_path / "absent.toml", {}) == TilesConfig()
    path = write(
        tmp_path,
        '[tiles]\nsource = "xyz"\nurl = "https://t.example/{z}/{x}/{y}.png"\n'
        f'attribution = "© Example"\ncache_mb = 50\ncache_dir = "{tmp_path}/c"\n',
    )
    config = load_tiles_config(path, {"OCPIZZA_MAPS_OFFLINE": "1"})
    assert (config.source, config.cache_mb, config.download) == ("xyz", 50, False)
    ctx = FakeContext()
    provider = configure_tiles(ctx, config)
    assert ctx.tiles is provider and provider.source().key.startswith("xyz-")
    assert provider.cache.max_bytes == 50 << 20 and not provider.download
    for bad in (
        'source = "osm"',
        'source = "xyz"\nurl = "https://x/tiles.png"\nattribution = "x"',
        'source = "xyz"\nurl = "https://x/{z}/{x}/{y}"',
        "cache_mb = -1",
    ):
        with pytest.raises(ConfigError):
            load_tiles_config(write(tmp_path, f"[tiles]\n{bad}\n"), {})
    assert configure_tiles(FakeContext(), TilesConfig(source="none")) is None
