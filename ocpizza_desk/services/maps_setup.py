"""Turns the [maps] configuration into the routing and geocoding the services use.

Called once where the ServiceContext is made (GUI start-up on its worker, the CLI). A key
Google refuses later is handled by ResilientMaps at call time; a key that cannot even be
used to build a client (malformed) falls back to the offline estimate here, with a warning
that names the problem and never the key.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ocpizza_desk.config import ConfigError, MapsConfig, load_maps_config
from ocpizza_desk.integrations.maps import Geocoder, MapsError, MapsProvider, ResilientMaps
from ocpizza_desk.integrations.maps.legacy import GoogleGeocoder, LegacyMaps
from ocpizza_desk.integrations.maps.routes_api import RoutesApiMaps
from ocpizza_desk.services.context import ServiceContext

log = logging.getLogger(__name__)


def build_provider(config: MapsConfig) -> tuple[MapsProvider | None, Geocoder | None]:
    """(routing provider, geocoder); (None, None) for the offline estimate."""
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
        log.warning("maps key unusable (%s): offline estimate only", code)
        return None, None
    return provider, geocoder


def configure_maps(ctx: ServiceContext, config: MapsConfig) -> None:
    """Sets ctx.maps (always answers), ctx.maps_key (Static Maps images) and ctx.geocoder."""
    provider, geocoder = build_provider(config)
    ctx.maps = ResilientMaps(provider, secret=config.api_key)
    ctx.maps_key = config.api_key if provider is not None else None
    ctx.geocoder = geocoder
    log.info("%s", config if provider is not None else "maps: offline estimate")


def setup_maps(ctx: ServiceContext, path: Path | None = None) -> MapsConfig:
    """configure_maps from the config file, the environment and the keyring. A wrong [maps]
    section is logged and the offline estimate used: routing never stops the application."""
    try:
        config = load_maps_config(path)
    except ConfigError as exc:
        log.warning("maps configuration ignored, offline estimate used: %s", exc)
        config = MapsConfig()
    configure_maps(ctx, config)
    return config
