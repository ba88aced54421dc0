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


def test_db_upgrade_status_downgrade_and_demo_seed(backend, new_database, capsys):
    url = new_database(backend).url
    assert main(["--db-url", url, "db", "status"]) == EXIT_SCHEMA
    assert "state: empty" in capsys.readouterr().out

    assert main(["--db-url", url, "demo", "seed"]) == EXIT_SCHEMA  # not migrated yet
    assert "db upgrade" in capsys.readouterr().err

    assert main(["--db-url", url, "db", "upgrade"]) == EXIT_OK
    assert main(["--db-url", url, "db", "status"]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"database revision: {EXPECTED_REVISION}" in out and "state: current" in out

    assert main(["--db-url", url, "demo", "seed", "--orders", "40"]) == EXIT_OK
    assert "demo data loaded" in capsys.readouterr().out
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
