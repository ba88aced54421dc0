"""Where the database is, decided once at start-up and never printed with its password.

Order of precedence: `--db-url`, then `OCPIZZA_DB_URL`, then the config file in the user's
config folder, then the embedded SQLite file in the user's data folder (demo data on first
launch). Deliberately light: the GUI shows its first window before SQLAlchemy is imported.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
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

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def display_url(self) -> str:
        return mask_password(self.url)

    def __str__(self) -> str:
        return f"{self.display_url} (from {self.source})"


def mask_password(url: str) -> str:
    """The URL with any password replaced by ***, for messages and logs."""
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
    unknown = set(section) - {"url", "password", "tls", "tls_ca", "tls_cert", "tls_key"}
    if unknown:
        raise ConfigError(f"{path}: unknown keys in [database]: {', '.join(sorted(unknown))}")
    tls = TlsOptions(
        ca_file=section.get("tls_ca"),
        cert_file=section.get("tls_cert"),
        key_file=section.get("tls_key"),
        required=bool(section.get("tls", False)),
    )
    return DatabaseConfig(
        url=section["url"], source=str(path), tls=tls, password=section.get("password")
    )


def _checked(config: DatabaseConfig) -> DatabaseConfig:
    scheme = config.url.split(":", 1)[0]
    if scheme in ("mysql", "mariadb"):  # no driver named: we ship PyMySQL
        config = DatabaseConfig(
            url=scheme + "+pymysql" + config.url[len(scheme) :],
            source=config.source,
            tls=config.tls,
            password=config.password,
        )
        scheme += "+pymysql"
    if scheme not in ("sqlite", "sqlite+pysqlite", "mysql+pymysql", "mariadb+pymysql"):
        raise ConfigError(
            f"unsupported database URL scheme {scheme!r} (from {config.source}): use "
            "mysql+pymysql://user@host/db or sqlite:///path"
        )
    for path in (config.tls.ca_file, config.tls.cert_file, config.tls.key_file):
        if path and not Path(path).is_file():
            raise ConfigError(f"TLS file not found: {path} (from {config.source})")
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
