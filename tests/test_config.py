"""Where the database URL comes from, and that secrets never show."""

import ssl

import pytest

from ocpizza_desk.config import (
    ConfigError,
    DatabaseConfig,
    TlsOptions,
    mask_password,
    resolve_database,
)
from ocpizza_desk.db.engine import build_url, mysql_connect_args


def test_precedence_cli_then_environment_then_file_then_default(tmp_path):
    config_file = tmp_path / "config.toml"
    config_file.write_text('[database]\nurl = "mysql+pymysql://file@db/ocp"\n')
    env = {"OCPIZZA_DB_URL": "mysql+pymysql://env@db/ocp"}
    sqlite = tmp_path / "default.sqlite3"

    cli = resolve_database("mysql+pymysql://cli@db/ocp", env, config_file, sqlite)
    assert (cli.url, cli.source) == ("mysql+pymysql://cli@db/ocp", "--db-url")
    from_env = resolve_database(None, env, config_file, sqlite)
    assert from_env.source == "OCPIZZA_DB_URL" and "env@" in from_env.url
    from_file = resolve_database(None, {}, config_file, sqlite)
    assert from_file.source == str(config_file) and "file@" in from_file.url
    default = resolve_database(None, {}, tmp_path / "missing.toml", sqlite)
    assert default.embedded_default and default.is_sqlite
    assert default.url.endswith("default.sqlite3")


def test_config_file_chosen_by_environment(tmp_path):
    other = tmp_path / "other.toml"
    other.write_text('[database]\nurl = "sqlite:////tmp/x.db"\n')
    found = resolve_database(None, {"OCPIZZA_CONFIG": str(other)}, None, tmp_path / "d.db")
    assert found.source == str(other)


def test_bare_mysql_scheme_gets_pymysql():
    assert resolve_database("mysql://u@h/d", {}).url == "mysql+pymysql://u@h/d"
    assert resolve_database("mariadb://u@h/d", {}).url == "mariadb+pymysql://u@h/d"


@pytest.mark.parametrize(
    "content, expected",
    [
        ("not toml [", "cannot read"),
        ("[other]\nx = 1\n", "[database] section"),
        ('[database]\nurl = "sqlite://"\npasword = "typo"\n', "unknown keys"),
        ('[database]\nurl = "postgresql://u@h/d"\n', "unsupported database URL scheme"),
        ('[database]\nurl = "mysql://u@h/d"\ntls_ca = "/nowhere/ca.pem"\n', "TLS file not found"),
    ],
)
def test_bad_config_files_are_explained(tmp_path, content, expected):
    path = tmp_path / "config.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=expected.replace("[", r"\[")):
        resolve_database(None, {}, path, tmp_path / "d.db")


def test_passwords_are_masked_everywhere(tmp_path):
    config = resolve_database("mysql+pymysql://desk:s3cr3t%21@db.example:3306/ocp", {})
    assert "s3cr3t" not in str(config)
    assert "s3cr3t" not in repr(config)
    assert "s3cr3t" not in config.display_url
    assert config.display_url == "mysql+pymysql://desk:***@db.example:3306/ocp"
    assert mask_password("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"


def test_password_from_config_file_joins_the_url_without_showing(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[database]\nurl = "mysql+pymysql://desk@db/ocp"\npassword = "p@ss:word"\n')
    config = resolve_database(None, {}, path, tmp_path / "d.db")
    assert "p@ss" not in str(config) and "p@ss" not in repr(config)
    assert build_url(config).password == "p@ss:word"


def test_mysql_connection_settings():
    config = DatabaseConfig(url="mysql+pymysql://u@h/d", source="t")
    url = build_url(config)
    assert url.query["charset"] == "utf8mb4"
    args = mysql_connect_args(config, interactive=True)
    assert args["connect_timeout"] > 0 and args["read_timeout"] > 0 and args["write_timeout"] > 0
    assert "time_zone = '+00:00'" in args["init_command"]
    assert "innodb_lock_wait_timeout = 3" in args["init_command"]
    assert "STRICT_TRANS_TABLES" in args["init_command"]
    assert "ssl" not in args


def test_tls_context_verifies_certificate_and_host_name():
    """The real handshake is tested against a TLS MariaDB in test_tls.py."""
    system_cas = ssl.get_default_verify_paths().openssl_cafile
    tls = TlsOptions(ca_file=system_cas)
    config = DatabaseConfig(url="mysql+pymysql://u@h/d", source="t", tls=tls)
    context = mysql_connect_args(config, interactive=False)["ssl"]
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True


def test_the_reports_replica_comes_from_the_environment_or_the_file(tmp_path):
    from ocpizza_desk.config import load_replica_config

    missing = tmp_path / "none.toml"
    assert load_replica_config(missing, environ={}) is None
    found = load_replica_config(
        missing, environ={"OCPIZZA_REPORTS_DB_URL": "mysql://r:secret@replica/oc"}
    )
    assert found.url.startswith("mysql+pymysql://") and "secret" not in str(found)
    path = tmp_path / "config.toml"
    ca = tmp_path / "ca.pem"
    ca.write_text("not read here", encoding="utf-8")
    path.write_text(
        f'[database]\nurl = "mysql://main/oc"\ntls_ca = "{ca}"\n'
        '[reports]\nurl = "mysql://reader@replica/oc"\npassword = "pw"\n',
        encoding="utf-8",
    )
    replica = load_replica_config(path, environ={})
    assert replica.url == "mysql+pymysql://reader@replica/oc"
    assert replica.password == "pw" and "pw" not in repr(replica)
    assert replica.tls.ca_file == str(ca)  # the main database's CA
    path.write_text('[reports]\nurl = "mysql://r@x/oc"\nreplica = 1\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown keys"):
        load_replica_config(path, environ={})
    path.write_text("[reports]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="url"):
        load_replica_config(path, environ={})


@pytest.mark.parametrize(
    "where",
    ["file", "environment", "command line"],
)
def test_a_remote_server_is_reached_with_verified_tls_by_default(tmp_path, where):
    """No tls key at all: a server on another machine gets TLS checked against the system's
    CAs and its host name, never clear text without a word."""
    url = "mysql+pymysql://oc@db.ocpizza.example/ocpizza"
    config_file = tmp_path / "config.toml"
    config_file.write_text(f'[database]\nurl = "{url}"\n')
    config = {
        "file": lambda: resolve_database(None, {}, config_file),
        "environment": lambda: resolve_database(None, {"OCPIZZA_DB_URL": url}, config_file),
        "command line": lambda: resolve_database(url, {}, config_file),
    }[where]()
    assert config.remote and config.tls.enabled and not config.unencrypted_remote
    context = mysql_connect_args(config, interactive=True)["ssl"]
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname


def test_this_pcs_own_server_needs_no_tls_and_disable_must_be_said(tmp_path):
    local = resolve_database("mysql+pymysql://oc@127.0.0.1/ocpizza", {}, tmp_path / "none.toml")
    assert not local.remote and "ssl" not in mysql_connect_args(local, interactive=True)
    config_file = tmp_path / "config.toml"
    config_file.write_text(
        '[database]\nurl = "mysql+pymysql://oc@db.ocpizza.example/ocpizza"\ntls = "disable"\n'
    )
    clear = resolve_database(None, {}, config_file)
    assert clear.unencrypted_remote  # the sign-in and the status bar say so (gui/app.py)
    assert "ssl" not in mysql_connect_args(clear, interactive=True)
    config_file.write_text('[database]\nurl = "mysql+pymysql://oc@db/ocpizza"\ntls = "maybe"\n')
    with pytest.raises(ConfigError, match="tls is true, false"):
        resolve_database(None, {}, config_file)
