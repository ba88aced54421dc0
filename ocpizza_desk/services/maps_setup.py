"""Turns the [maps] and [tiles] configuration into the routing, geocoding and map tiles the
services and screens use.

Called once where the ServiceContext is made (GUI start-up on its worker, the CLI); it never
touches the network itself. The chain, each link behind its own circuit breaker:

- routing (`ctx.maps`): Google (Routes API or legacy) with a key -> the IGN Géoplateforme
  itinerary service (no key) -> the offline estimate, always labelled;
- geocoding (`ctx.geocoder`): Google with a key -> the Géoplateforme geocoder -> (in
  services/geocoding.py) the shipped postcode table, flagged approximate;
- tiles (`ctx.tiles`): Google's Map Tiles with a key -> Plan IGN (WMTS) -> none (the grid),
  through the disk cache in the user's cache folder.

A key Google refuses later is handled at call time; a key that cannot even build a client
(malformed) is dropped here with a warning that names the problem and never the key.
`OCPIZZA_MAPS_OFFLINE=1` asks no public service and downloads no tile (tests set it).
"""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urlparse

from ocpizza_desk.config import (
    ConfigError,
    MapsConfig,
    TilesConfig,
    default_tile_cache_dir,
    load_maps_config,
    load_tiles_config,
    maps_offline,
)
from ocpizza_desk.integrations.maps import Geocoder, MapsError, MapsProvider, ResilientMaps
from ocpizza_desk.integrations.maps.chain import GeocoderChain
from ocpizza_desk.integrations.maps.geoplateforme import (
    GeoplateformeGeocoder,
    GeoplateformeRouting,
)
from ocpizza_desk.integrations.maps.legacy import GoogleGeocoder, LegacyMaps
from ocpizza_desk.integrations.maps.routes_api import RoutesApiMaps
from ocpizza_desk.integrations.maps.tile_cache import TileCache
from ocpizza_desk.integrations.maps.tiles import TileProvider, google_source, plan_ign, xyz
from ocpizza_desk.services.context import ServiceContext

log = logging.getLogger(__name__)


def build_provider(config: MapsConfig) -> tuple[MapsProvider | None, Geocoder | None]:
    """Google's (routing provider, geocoder); (None, None) without a usable key."""
    key = config.api_key
    if config.provider == "offline" or not key:
        return None, None
    try:
        if config.provider == "legacy":
            provider: MapsProvider = LegacyMaps(key, timeout=config.timeout_s)
        else:
            provider = RoutesApiMaps(key, timeout=config.timeout_s)
        geocoder = GoogleGeocoder(key, timeout=config.timeout_s)
    except (MapsError, ValueError) as exc:
        code = exc.code if isinstance(exc, MapsError) else type(exc).__name__
        log.warning("maps key unusable (%s): Google left out", code)
        return None, None
    return provider, geocoder


def _local(url: str) -> bool:
    return (urlparse(url).hostname or "") in ("127.0.0.1", "localhost", "::1")


def build_public(config: MapsConfig) -> tuple[MapsProvider | None, Geocoder | None]:
    """The Géoplateforme's (itineraries, geocoder), or (None, None) when switched off, or
    when OCPIZZA_MAPS_OFFLINE is set and the URL is not a stand-in on this machine."""
    if not config.public or (maps_offline() and not _local(config.geoplateforme_url)):
        return None, None
    routing = GeoplateformeRouting(
        config.geoplateforme_url,
        resource=config.resource,
        profile=config.profile,
        duration_factor=config.scooter_factor,
        timeout=config.timeout_s,
    )
    geocoder = GeoplateformeGeocoder(config.geoplateforme_url, timeout=min(config.timeout_s, 4))
    return routing, geocoder


def configure_maps(ctx: ServiceContext, config: MapsConfig) -> None:
    """Sets ctx.maps (always answers), ctx.maps_key (Google's map tiles) and ctx.geocoder
    (a GeocoderChain, possibly with no network link: then only approximate locations)."""
    provider, google_geocoder = build_provider(config)
    routing, public_geocoder = build_public(config)
    ctx.maps = ResilientMaps(
        provider,
        public=routing,
        secret=config.api_key,
    )
    ctx.maps_key = config.api_key if provider is not None else None
    ctx.geocoder = GeocoderChain([g for g in (google_geocoder, public_geocoder) if g])
    log.info("%s", config)


def configure_tiles(
    ctx: ServiceContext, config: TilesConfig, maps: MapsConfig | None = None
) -> TileProvider | None:
    """Sets ctx.tiles: the map view's TileProvider (None: "none", the light grid only)."""
    maps = maps or MapsConfig()
    key = getattr(ctx, "maps_key", None)
    sources = []
    if config.source == "xyz" and config.url:
        url, attribution, max_zoom = config.url, config.attribution, config.max_zoom
        sources.append(lambda: xyz(url, attribution, max_zoom))
    if config.source in ("auto", "google") and key and config.download:  # a session: network
        sources.append(lambda: google_source(key, timeout=maps.timeout_s))
    if config.source in ("auto", "google", "plan-ign", "xyz"):
        base = maps.geoplateforme_url
        sources.append(lambda: plan_ign(base))
    if not sources:
        ctx.tiles = None
        return None
    cache = None
    if config.cache_mb > 0:
        cache = TileCache(config.cache_dir or default_tile_cache_dir(), config.cache_mb << 20)
    ctx.tiles = TileProvider(sources, cache, download=config.download)
    return ctx.tiles


def setup_maps(ctx: ServiceContext, path: Path | None = None) -> MapsConfig:
    """configure_maps and configure_tiles from the config file, the environment and the
    keyring. A wrong section is logged and its defaults used: maps never stop the app."""
    try:
        config = load_maps_config(path)
    except ConfigError as exc:
        log.warning("maps configuration ignored, defaults used: %s", exc)
        config = MapsConfig(public=not maps_offline())
    configure_maps(ctx, config)
    try:
        tiles = load_tiles_config(path)
    except ConfigError as exc:
        log.warning("tiles configuration ignored, defaults used: %s", exc)
        tiles = TilesConfig(download=not maps_offline())
    configure_tiles(ctx, tiles, config)
    return config
