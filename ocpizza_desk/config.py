"""Where the database is, decided once at start-up and never printed with its password.

Order of precedence: `--db-url`, then `OCPIZZA_DB_URL`, then the config file in the user's
config folder, then the embedded SQLite file in the user's data folder (demo data on first
launch). Deliberately light: the GUI shows its first window before SQLAlchemy is imported.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from platformdirs import user_config_path, user_data_path

from ocpizza_desk import APP_AUTHOR, APP_NAME

ENV_DB_URL = "OCPIZZA_DB_URL"
ENV_CONFIG_FILE = "OCPIZZA_CONFIG"  # another config file, for several setups on one PC
CONFIG_FILE_NAME = "config.toml"
DEFAULT_SQLITE_NAME = "ocpizza.sqlite3"

CONFIG_EXAMPLE = """\
# ocpizza-desk configuration
[database]
url = "mysql+pymysql://ocpizza_desk@db.example.net:3306/ocpizza"
password = "..."            # kept out of the URL; never printed
tls_ca = "/etc/ocpizza/ca.pem"   # verify the server against this CA (hostname checked too)
# tls_cert = "/etc/ocpizza/client-cert.pem"   # client certificate, if the server asks
# tls_key = "/etc/ocpizza/client-key.pem"
# tls = true                # require TLS verified against the system's CAs, without tls_ca

# [maps]                    # deliveries: Google with a key, else the IGN Géoplateforme
# provider = "routes"       # Google Routes API (default with a key), "legacy" or "offline"
# api_key = "..."           # better kept in the OS keyring: keyring set ocpizza-desk google-maps
# timeout = 5               # seconds per call
# public = true             # the Géoplateforme (no key): geocoding, autocomplete, itineraries
# resource = "bdtopo-osrm"  # IGN itineraries: "bdtopo-osrm" or "bdtopo-pgr"
# scooter_factor = 1.0      # scooter times = the car profile's times x this

# [tiles]                   # the map under the route
# source = "auto"           # Google's with a key, else "plan-ign"; or "xyz" (url, attribution)
# cache_mb = 200            # tiles kept on disk, least recently seen out

# [reports]                 # head-office reports read a replica, not the tills' database
# url = "mysql+pymysql://ocpizza_reports@replica.example.net:3306/ocpizza"
# password = "..."

# [mail]                    # customer notices; without it they wait in the outbox
# host = "smtp.example.net"
# port = 587                # default: 587 starttls, 465 tls, 25 none
# security = "starttls"     # "starttls", "tls" (implicit TLS) or "none"
# username = "notices@example.net"
# password = "..."          # better kept in the OS keyring: keyring set ocpizza-desk smtp
# sender = "OC Pizza <notices@example.net>"
# enabled = true            # false: keep the settings, send nothing
"""


class ConfigError(Exception):
    """The configuration cannot be used; the message says what to fix."""


def default_config_file() -> Path:
    return user_config_path(APP_NAME, APP_AUTHOR) / CONFIG_FILE_NAME


def default_sqlite_file() -> Path:
    return user_data_path(APP_NAME, APP_AUTHOR) / DEFAULT_SQLITE_NAME


@dataclass(frozen=True)
class TlsOptions:
    ca_file: str | None = None
    cert_file: str | None = None
    key_file: str | None = None
    required: bool = False
    disabled: bool = False  # `tls = "disable"`: said explicitly, warned about everywhere

    @property
    def enabled(self) -> bool:
        return self.required or bool(self.ca_file or self.cert_file)


@dataclass(frozen=True)
class DatabaseConfig:
    url: str = field(repr=False)
    source: str
    tls: TlsOptions = TlsOptions()
    password: str | None = field(default=None, repr=False)
    embedded_default: bool = False  # the user's own SQLite file: created with demo data
    # The server's account of a staff member is `account_prefix + username` (empty in
    # production; tests sharing one server give each database its own).
    account_prefix: str = ""
    staff_account: bool = False  # the URL names a staff member's own account (signed in)

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def per_staff(self) -> bool:
        """MySQL/MariaDB with no user in the URL: each staff member signs in with a database
        account of their own (the shop PC holds no database password)."""
        if self.is_sqlite or self.staff_account:
            return False
        return not urlsplit(self.url).username

    def signed_in_as(self, username: str, password: str) -> DatabaseConfig:
        """This database, reached with a staff member's own account."""
        parts = urlsplit(self.url)
        account = quote(self.account_prefix + username, safe="")
        netloc = f"{account}@{parts.netloc.rsplit('@', 1)[-1]}"
        return replace(
            self,
            url=urlunsplit(parts._replace(netloc=netloc)),
            password=password,
            staff_account=True,
        )

    @property
    def remote(self) -> bool:
        """A MySQL/MariaDB server on another machine (not this PC's loopback)."""
        if self.is_sqlite:
            return False
        host = (urlsplit(self.url).hostname or "localhost").lower()
        return not (host in ("localhost", "::1") or host.startswith("127."))

    @property
    def unencrypted_remote(self) -> bool:
        """A remote server reached in clear text: only when `tls = "disable"` says so."""
        return self.remote and not self.tls.enabled

    @property
    def display_url(self) -> str:
        return mask_password(self.url)

    def __str__(self) -> str:
        return f"{self.display_url} (from {self.source})"


_SECRET_QUERY = re.compile(r"(?i)((?:^|&)(?:password|passwd|pwd)=)[^&]*")


def mask_password(url: str) -> str:
    """The URL with any password (in the user part or as `?password=`) replaced by ***, for
    messages and logs."""
    parts = urlsplit(url)
    if parts.query and _SECRET_QUERY.search(parts.query):
        url = url.replace(parts.query, _SECRET_QUERY.sub(r"\1***", parts.query), 1)
        parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    userinfo = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{userinfo}:***@{netloc[1]}"))


def sqlite_url(path: Path) -> str:
    return "sqlite:///" + quote(str(path.resolve()), safe="/:\\")


def resolve_database(
    cli_url: str | None = None,
    environ: Mapping[str, str] | None = None,
    config_file: Path | None = None,
    sqlite_file: Path | None = None,
) -> DatabaseConfig:
    env = os.environ if environ is None else environ
    if cli_url:
        return _checked(DatabaseConfig(url=cli_url, source="--db-url"))
    if env.get(ENV_DB_URL):
        return _checked(DatabaseConfig(url=env[ENV_DB_URL], source=ENV_DB_URL))
    path = config_file or Path(env.get(ENV_CONFIG_FILE) or default_config_file())
    if path.is_file():
        return _checked(_from_file(path))
    target = sqlite_file or default_sqlite_file()
    return DatabaseConfig(url=sqlite_url(target), source="default", embedded_default=True)


def _from_file(path: Path) -> DatabaseConfig:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc
    section = data.get("database")
    if not isinstance(section, dict) or not isinstance(section.get("url"), str):
        raise ConfigError(f"{path}: a [database] section with a 'url' is required")
    unknown = set(section) - {
        "url",
        "password",
        "tls",
        "tls_ca",
        "tls_cert",
        "tls_key",
        "account_prefix",
    }
    if unknown:
        raise ConfigError(f"{path}: unknown keys in [database]: {', '.join(sorted(unknown))}")
    mode = section.get("tls", False)
    if mode not in (True, False, "disable"):
        raise ConfigError(f'{path}: [database] tls is true, false or "disable"')
    tls = TlsOptions(
        ca_file=section.get("tls_ca"),
        cert_file=section.get("tls_cert"),
        key_file=section.get("tls_key"),
        required=mode is True,
        disabled=mode == "disable",
    )
    prefix = section.get("account_prefix", "")
    if not isinstance(prefix, str):
        raise ConfigError(f"{path}: [database] account_prefix is text")
    return DatabaseConfig(
        url=section["url"],
        source=str(path),
        tls=tls,
        password=section.get("password"),
        account_prefix=prefix,
    )


def _checked(config: DatabaseConfig) -> DatabaseConfig:
    scheme = config.url.split(":", 1)[0]
    if scheme in ("mysql", "mariadb"):  # no driver named: we ship PyMySQL
        config = replace(config, url=scheme + "+pymysql" + config.url[len(scheme) :])
        scheme += "+pymysql"
    if scheme not in ("sqlite", "sqlite+pysqlite", "mysql+pymysql", "mariadb+pymysql"):
        raise ConfigError(
            f"unsupported database URL scheme {scheme!r} (from {config.source}): use "
            "mysql+pymysql://user@host/db or sqlite:///path"
        )
    for path in (config.tls.ca_file, config.tls.cert_file, config.tls.key_file):
        if path and not Path(path).is_file():
            raise ConfigError(f"TLS file not found: {path} (from {config.source})")
    if config.remote and not config.tls.enabled and not config.tls.disabled:
        # TLS by default: a remote server is reached with verified TLS (the system's CAs)
        # unless the configuration says `tls = "disable"` in so many words.
        config = replace(config, tls=replace(config.tls, required=True))
    return config


KEYRING_SERVICE = APP_NAME  # the OS keyring entry's service name; the user name says which secret


def keyring_secret(name: str) -> str | None:
    """A secret ("google-maps", "smtp") from the OS keyring, or None when there is none.

    No keyring backend (CI, a bare Linux box) or a locked one is not an error: the caller falls
    back to the config file. Never logs the value.
    """
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    try:
        value = keyring.get_password(KEYRING_SERVICE, name)
    except (KeyringError, RuntimeError, OSError):
        return None
    return value or None


# --------------------------------------------------------------------------- maps

ENV_MAPS_KEY = "OCPIZZA_MAPS_KEY"
# "1": no public service is asked and no tile downloaded (cached tiles only); tests set it.
ENV_MAPS_OFFLINE = "OCPIZZA_MAPS_OFFLINE"
MAPS_PROVIDERS = ("routes", "legacy", "offline")
MAPS_KEYRING_NAME = "google-maps"
DEFAULT_MAPS_TIMEOUT_S = 5.0
DEFAULT_GEOPLATEFORME_URL = "https://data.geopf.fr"
ITINERARY_RESOURCES = ("bdtopo-osrm", "bdtopo-pgr")
ITINERARY_PROFILES = ("car", "pedestrian")
_MAPS_KEYS = {
    "provider",
    "api_key",
    "timeout",
    "public",
    "geoplateforme_url",
    "resource",
    "profile",
    "scooter_factor",
}


@dataclass(frozen=True)
class MapsConfig:
    """Which routing provider to use, and the Google key (never shown: repr=False, __str__).

    Without a key (or when Google fails) the IGN Géoplateforme is asked (`public`), then the
    offline estimate; `provider = "offline"` asks nobody."""

    provider: str = "offline"  # "routes", "legacy" or "offline"
    api_key: str | None = field(default=None, repr=False)
    key_source: str | None = None  # where the key came from: a file path, the env var, keyring
    timeout_s: float = DEFAULT_MAPS_TIMEOUT_S
    # The Géoplateforme (geocoding, autocomplete, itineraries); false for provider = "offline".
    public: bool = True
    geoplateforme_url: str = DEFAULT_GEOPLATEFORME_URL
    resource: str = "bdtopo-osrm"  # or "bdtopo-pgr"
    profile: str = "car"  # a scooter goes like a car, times x scooter_factor
    scooter_factor: float = 1.0

    def __str__(self) -> str:
        key = f"key from {self.key_source}" if self.api_key else "no key"
        public = f", Géoplateforme {self.resource}" if self.public else ""
        return f"maps: {self.provider} ({key}, timeout {self.timeout_s:g} s{public})"


def read_section(path: Path, name: str) -> dict:
    """A `[name]` table of the config file ({} when the file or the table is missing)."""
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc
    found = data.get(name, {})
    if not isinstance(found, dict):
        raise ConfigError(f"{path}: [{name}] must be a section")
    return found


def _url(value, path: Path, where: str) -> str:
    if not isinstance(value, str) or not value.startswith(("https://", "http://")):
        raise ConfigError(f"{path}: {where} must be an http(s) URL")
    return value.rstrip("/")


def maps_offline(environ: Mapping[str, str] | None = None) -> bool:
    """OCPIZZA_MAPS_OFFLINE=1: no public map service asked, no tile downloaded."""
    env = os.environ if environ is None else environ
    return env.get(ENV_MAPS_OFFLINE, "").strip().lower() in ("1", "true", "yes")


def load_maps_config(
    path: Path | None = None,
    environ: Mapping[str, str] | None = None,
    secret: Callable[[str], str | None] | None = None,
) -> MapsConfig:
    """The [maps] section of the config file; a missing file or section means no setting.

    The key comes from `OCPIZZA_MAPS_KEY`, else the file's `api_key`, else the OS keyring
    (`keyring set ocpizza-desk google-maps`). Provider by default: "routes" with a key,
    "offline" without (the Géoplateforme is then the router, unless `public = false`).
    `secret` replaces the keyring lookup (tests).
    """
    env = os.environ if environ is None else environ
    path = path or Path(env.get(ENV_CONFIG_FILE) or default_config_file())
    section = read_section(path, "maps")
    unknown = set(section) - _MAPS_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown keys in [maps]: {', '.join(sorted(unknown))}")
    provider = section.get("provider")
    if provider is not None and provider not in MAPS_PROVIDERS:
        raise ConfigError(f"{path}: [maps] provider must be one of {', '.join(MAPS_PROVIDERS)}")
    timeout = section.get("timeout", DEFAULT_MAPS_TIMEOUT_S)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout <= 60:
        raise ConfigError(f"{path}: [maps] timeout must be a number of seconds, at most 60")
    file_key = section.get("api_key")
    if file_key is not None and not isinstance(file_key, str):
        raise ConfigError(f"{path}: [maps] api_key must be a string")  # the value not shown
    public = section.get("public", True)
    if not isinstance(public, bool):
        raise ConfigError(f"{path}: [maps] public must be true or false")
    base = section.get("geoplateforme_url", DEFAULT_GEOPLATEFORME_URL)
    base = _url(base, path, "[maps] geoplateforme_url")
    resource = section.get("resource", "bdtopo-osrm")
    if resource not in ITINERARY_RESOURCES:
        choices = ", ".join(ITINERARY_RESOURCES)
        raise ConfigError(f"{path}: [maps] resource must be one of {choices}")
    profile = section.get("profile", "car")
    if profile not in ITINERARY_PROFILES:
        choices = ", ".join(ITINERARY_PROFILES)
        raise ConfigError(f"{path}: [maps] profile must be one of {choices}")
    factor = section.get("scooter_factor", 1.0)
    if isinstance(factor, bool) or not isinstance(factor, int | float) or not 0.5 <= factor <= 2:
        raise ConfigError(f"{path}: [maps] scooter_factor must be a number from 0.5 to 2")
    key, source = None, None
    if provider != "offline":
        if env.get(ENV_MAPS_KEY, "").strip():
            key, source = env[ENV_MAPS_KEY].strip(), ENV_MAPS_KEY
        elif file_key and file_key.strip():
            key, source = file_key.strip(), str(path)
        else:
            key = (secret or keyring_secret)(MAPS_KEYRING_NAME)
            source = "keyring" if key else None
    if provider is None:
        provider = "routes" if key else "offline"
        public_default = True  # no provider chosen: the public services stand in for Google
    else:
        public_default = provider != "offline"
    public = public and public_default and not maps_offline(env)
    return MapsConfig(
        provider, key, source, float(timeout), public, base, resource, profile, float(factor)
    )


# --------------------------------------------------------------------------- tiles

TILE_SOURCES = ("auto", "plan-ign", "google", "xyz", "none")
DEFAULT_TILE_CACHE_MB = 200
_TILES_KEYS = {"source", "url", "attribution", "max_zoom", "cache_mb", "cache_dir"}


@dataclass(frozen=True)
class TilesConfig:
    """The map under the route: "auto" is Google's with a key, Plan IGN without."""

    source: str = "auto"
    url: str | None = None  # the {z}/{x}/{y} template of an "xyz" source
    attribution: str = ""
    max_zoom: int = 19
    cache_mb: int = DEFAULT_TILE_CACHE_MB
    cache_dir: Path | None = None  # default: the user's cache folder / tiles
    download: bool = True  # False: cached tiles only (OCPIZZA_MAPS_OFFLINE)


def default_tile_cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, APP_AUTHOR) / "tiles"


def load_tiles_config(
    path: Path | None = None, environ: Mapping[str, str] | None = None
) -> TilesConfig:
    env = os.environ if environ is None else environ
    path = path or Path(env.get(ENV_CONFIG_FILE) or default_config_file())
    section = read_section(path, "tiles")
    unknown = set(section) - _TILES_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown keys in [tiles]: {', '.join(sorted(unknown))}")
    source = section.get("source", "auto")
    if source not in TILE_SOURCES:
        raise ConfigError(f"{path}: [tiles] source must be one of {', '.join(TILE_SOURCES)}")
    url = section.get("url")
    if source == "xyz":
        url = _url(url, path, "[tiles] url")
        if not all(p in url for p in ("{z}", "{x}", "{y}")):
            raise ConfigError(f"{path}: [tiles] url needs {{z}}, {{x}} and {{y}}")
    attribution = section.get("attribution", "")
    if not isinstance(attribution, str) or (source == "xyz" and not attribution.strip()):
        raise ConfigError(f"{path}: [tiles] attribution must name the map's source")
    max_zoom = section.get("max_zoom", 19)
    if isinstance(max_zoom, bool) or not isinstance(max_zoom, int) or not 1 <= max_zoom <= 22:
        raise ConfigError(f"{path}: [tiles] max_zoom must be a whole number from 1 to 22")
    cache_mb = section.get("cache_mb", DEFAULT_TILE_CACHE_MB)
    if isinstance(cache_mb, bool) or not isinstance(cache_mb, int) or not 0 <= cache_mb <= 10_000:
        raise ConfigError(f"{path}: [tiles] cache_mb must be a whole number of megabytes")
    cache_dir = section.get("cache_dir")
    if cache_dir is not None and not isinstance(cache_dir, str):
        raise ConfigError(f"{path}: [tiles] cache_dir must be a folder")
    return TilesConfig(
        source,
        url,
        attribution.strip(),
        max_zoom,
        cache_mb,
        Path(cache_dir).expanduser() if cache_dir else None,
        download=not maps_offline(env),
    )


# --------------------------------------------------------------------------- mail

MAIL_SECURITY = ("starttls", "tls", "none")
MAIL_DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
MAIL_KEYRING_NAME = "smtp"
DEFAULT_MAIL_TIMEOUT_S = 10.0
_MAIL_KEYS = {
    "enabled",
    "host",
    "port",
    "security",
    "username",
    "password",
    "sender",
    "timeout",
    "tls_ca",
}


@dataclass(frozen=True)
class MailConfig:
    """The SMTP server for customer notices; the password is never shown (repr, str)."""

    host: str
    sender: str
    port: int = 587
    security: str = "starttls"  # "starttls", "tls" (implicit, port 465) or "none"
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    password_source: str | None = None  # the config file's path, or "keyring"
    timeout_s: float = DEFAULT_MAIL_TIMEOUT_S
    tls_ca: str | None = None  # a private CA to trust instead of the system's

    def __str__(self) -> str:
        login = f", login {self.username}" if self.username else ""
        password = f", password from {self.password_source}" if self.password else ""
        return f"mail: {self.host}:{self.port} ({self.security}{login}{password})"


def load_mail_config(
    path: Path | None = None,
    environ: Mapping[str, str] | None = None,
    secret: Callable[[str], str | None] | None = None,
) -> MailConfig | None:
    """The [mail] section of the config file, or None when mail is not configured.

    No file, no section or `enabled = false`: None, and notices stay pending in the outbox
    (visible to managers) until a server is configured. The password comes from the file, else
    from the OS keyring when a username is set (`keyring set ocpizza-desk smtp`); `secret`
    replaces the keyring lookup (tests). A section that is there but wrong is a ConfigError
    saying what to fix (never showing the password).
    """
    env = os.environ if environ is None else environ
    path = path or Path(env.get(ENV_CONFIG_FILE) or default_config_file())
    if not path.is_file():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc
    section = data.get("mail")
    if section is None:
        return None
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [mail] must be a section")
    unknown = set(section) - _MAIL_KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown keys in [mail]: {', '.join(sorted(unknown))}")
    enabled = section.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError(f"{path}: [mail] enabled must be true or false")
    if not enabled:
        return None

    def text(key: str, required: bool = False) -> str | None:
        value = section.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise ConfigError(f"{path}: [mail] needs a '{key}'")
            return None
        if not isinstance(value, str):
            raise ConfigError(f"{path}: [mail] {key} must be a string")  # value not shown
        return value.strip()

    host = text("host", required=True)
    sender = text("sender", required=True)
    if "@" not in sender or "\n" in sender or "\r" in sender:
        raise ConfigError(f"{path}: [mail] sender must be an address, e.g. notices@example.net")
    security = section.get("security", "starttls")
    if security not in MAIL_SECURITY:
        raise ConfigError(f"{path}: [mail] security must be one of {', '.join(MAIL_SECURITY)}")
    port = section.get("port", MAIL_DEFAULT_PORTS[security])
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        raise ConfigError(f"{path}: [mail] port must be a number from 1 to 65535")
    timeout = section.get("timeout", DEFAULT_MAIL_TIMEOUT_S)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout <= 60:
        raise ConfigError(f"{path}: [mail] timeout must be a number of seconds, at most 60")
    tls_ca = text("tls_ca")
    if tls_ca and not Path(tls_ca).is_file():
        raise ConfigError(f"{path}: [mail] tls_ca file not found: {tls_ca}")
    username = text("username")
    password = section.get("password")  # as typed: spaces may be part of it
    if password is not None and not isinstance(password, str):
        raise ConfigError(f"{path}: [mail] password must be a string")  # value not shown
    source: str | None = str(path) if password else None
    if not password:
        password = None
        if username:
            password = (secret or keyring_secret)(MAIL_KEYRING_NAME)
            source = "keyring" if password else None
    return MailConfig(
        host=host,  # type: ignore[arg-type]  # required above
        sender=sender,
        port=port,
        security=security,
        username=username,
        password=password,
        password_source=source,
        timeout_s=float(timeout),
        tls_ca=tls_ca,
    )


# --------------------------------------------------------------------------- reports

ENV_REPORTS_DB_URL = "OCPIZZA_REPORTS_DB_URL"


def load_replica_config(
    path: Path | None = None, environ: Mapping[str, str] | None = None
) -> DatabaseConfig | None:
    """Where head-office reports read: `OCPIZZA_REPORTS_DB_URL`, else the file's [reports]
    url (a read replica of the main database), else None (the main database).

    The replica takes the main [database] section's TLS settings: same servers, same CA.
    """
    env = os.environ if environ is None else environ
    if env.get(ENV_REPORTS_DB_URL):
        return _checked(DatabaseConfig(url=env[ENV_REPORTS_DB_URL], source=ENV_REPORTS_DB_URL))
    path = path or Path(env.get(ENV_CONFIG_FILE) or default_config_file())
    if not path.is_file():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc
    section = data.get("reports")
    if section is None:
        return None
    if not isinstance(section, dict) or not isinstance(section.get("url"), str):
        raise ConfigError(f"{path}: [reports] needs a 'url' (a read replica)")
    unknown = set(section) - {"url", "password"}
    if unknown:
        raise ConfigError(f"{path}: unknown keys in [reports]: {', '.join(sorted(unknown))}")
    main = data.get("database")
    tls = _from_file(path).tls if isinstance(main, dict) and "url" in main else TlsOptions()
    return _checked(
        DatabaseConfig(
            url=section["url"],
            source=f"{path} [reports]",
            tls=tls,
            password=section.get("password"),
        )
    )
