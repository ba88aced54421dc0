"""The `ocpizza-desk` command: schema, demo data, version, and exit codes."""

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from ocpizza_desk import __version__
from ocpizza_desk.cli import EXIT_DATABASE, EXIT_OK, EXIT_REFUSED, EXIT_SCHEMA, main
from ocpizza_desk.db.schema import EXPECTED_REVISION

SCRIPT = Path(sys.executable).with_name("ocpizza-desk")


def test_version_through_the_installed_script():
    done = subprocess.run([SCRIPT, "--version"], capture_output=True, text=True, check=True)
    assert __version__ in done.stdout and EXPECTED_REVISION in done.stdout


@pytest.fixture
def one_hash_per_password(monkeypatch):
    """`demo seed` hashes the 22 demo passwords with argon2 (0.15 s each); here one real
    argon2 hash per distinct password is reused (tests/conftest.py's fast_hash)."""
    from ocpizza_desk.ops.seed import seed_demo
    from tests.conftest import fast_hash

    monkeypatch.setitem(seed_demo.__kwdefaults__, "password_hasher", fast_hash)


def test_db_upgrade_status_downgrade_and_demo_seed(
    backend, new_database, capsys, one_hash_per_password
):
    url = new_database(backend).url
    # An empty MariaDB database is "empty"; a SQLite file that is not there is not created.
    missing = EXIT_DATABASE if backend == "sqlite" else EXIT_SCHEMA
    assert main(["--lang", "en", "--db-url", url, "db", "status"]) == missing
    said = capsys.readouterr()
    assert "state: empty" in said.out or "nothing was created" in said.err

    assert main(["--db-url", url, "demo", "seed"]) == missing  # not migrated yet
    assert "db upgrade" in capsys.readouterr().err

    assert main(["--db-url", url, "db", "upgrade"]) == EXIT_OK
    assert main(["--lang", "en", "--db-url", url, "db", "status"]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"database revision: {EXPECTED_REVISION}" in out and "state: current" in out
    assert main(["--lang", "fr", "--db-url", url, "db", "status"]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"révision de la base : {EXPECTED_REVISION}" in out and "état : à jour" in out

    assert main(["--db-url", url, "demo", "seed", "--orders", "40"]) == EXIT_OK
    assert "données de démonstration chargées" in capsys.readouterr().out
    assert main(["--db-url", url, "demo", "seed", "--orders", "40"]) == EXIT_REFUSED

    assert main(["--db-url", url, "db", "downgrade"]) == EXIT_REFUSED  # needs --yes
    assert main(["--db-url", url, "db", "downgrade", "--revision", "base", "--yes"]) == EXIT_OK
    assert main(["--db-url", url, "db", "status"]) == EXIT_SCHEMA


def test_newer_schema_is_refused_with_exit_code_3(new_database, capsys):
    url = new_database("sqlite").url
    assert main(["--db-url", url, "db", "upgrade"]) == EXIT_OK
    engine = create_engine(url)
    with engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    assert main(["--lang", "en", "--db-url", url, "demo", "seed"]) == EXIT_SCHEMA
    assert "newer" in capsys.readouterr().err


@pytest.mark.parametrize(
    "url, expected",
    [
        ("postgresql://u@h/d", "unsupported database URL scheme"),
        ("mysql+pymysql://nobody:secret-pw@127.0.0.1:1/none", "unreachable"),
    ],
)
def test_unusable_database_exits_4_without_showing_the_password(url, expected, capsys):
    assert main(["--lang", "en", "--db-url", url, "db", "status"]) == EXIT_DATABASE
    err = capsys.readouterr().err
    assert expected in err.lower() or expected in err
    assert "secret-pw" not in err


def test_bad_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as usage:
        main(["demo", "seed", "--orders", "-3"])
    assert usage.value.code == 2


@pytest.mark.parametrize(
    "command",
    [
        ["metrics", "serve", "--port", "1"],
        ["db", "status"],
        ["db", "upgrade"],
        ["db", "import", "dump.sql"],
        ["demo", "seed"],
        ["backup", "create"],
        ["backup", "restore", "x.tar"],
        ["notices", "send", "--once"],
        ["maintenance", "status"],
    ],
)
def test_commands_refuse_to_guess_a_database(command, capsys):
    """No --db-url, no OCPIZZA_DB_URL, no config file: said so, exit 4, and the embedded demo
    file is neither used nor created (metrics serve used to answer 503 'no such table')."""
    from ocpizza_desk.config import default_sqlite_file, resolve_database

    assert main(["--lang", "en", *command]) == EXIT_DATABASE
    err = capsys.readouterr().err
    assert "no database given" in err and "--db-url" in err and "OCPIZZA_DB_URL" in err
    assert not default_sqlite_file().exists()
    assert resolve_database().embedded_default  # the application window keeps its default


def test_a_sqlite_file_that_is_not_there_is_not_created(tmp_path, capsys):
    missing = tmp_path / "typo.sqlite3"
    url = f"sqlite:///{missing}"
    assert main(["--lang", "en", "--db-url", url, "metrics", "serve", "--port", "1"]) == 4
    assert "nothing was created" in capsys.readouterr().err
    assert not missing.exists()
    assert main(["--db-url", url, "db", "upgrade"]) == EXIT_OK  # the one that creates it
    assert missing.exists()


def test_backup_files_need_no_database(tmp_path, capsys):
    assert main(["--lang", "en", "backup", "list", "--folder", str(tmp_path)]) == EXIT_OK
    assert "no backup" in capsys.readouterr().out
    assert main(["--lang", "en", "backup", "prune", "--folder", str(tmp_path)]) == EXIT_OK
