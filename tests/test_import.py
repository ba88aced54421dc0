"""`ocpizza-desk db import FILE.sql`: the manual's "Importer un fichier". A real mariadb-dump
of a demo database and a phpMyAdmin-style export (written here from the same database, in
phpMyAdmin's layout) load into an empty database; a database holding data is refused
without --force, and backed up first with it; the revision and the triggers are checked."""

from __future__ import annotations

import datetime as dt
import gzip
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pymysql
import pytest
from sqlalchemy.engine import make_url

from ocpizza_desk.cli import EXIT_DATABASE, EXIT_OK, EXIT_REFUSED, EXIT_SCHEMA, main
from ocpizza_desk.db import schema
from ocpizza_desk.db.engine import create_engine_for
from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.ops import backup
from ocpizza_desk.ops.backup import SqlSplitter
from ocpizza_desk.services import auth
from ocpizza_desk.services.context import ServiceContext
from tests.test_backup import table_rows, trigger_definitions

# --------------------------------------------------------------------------- the splitter


def split(dump: bytes) -> list[tuple[int, bytes]]:
    splitter = SqlSplitter()
    found = []
    for line in dump.splitlines(keepends=True):
        found += splitter.feed(line)
    tail = splitter.rest()
    return found + ([tail] if tail else [])


def test_statements_are_cut_as_the_mariadb_client_cuts_them():
    dump = (
        b"-- phpMyAdmin SQL Dump; with a semicolon\n"
        b'SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";\n'
        b"/*!40101 SET NAMES utf8mb4 */;\n"
        b"# a hash comment; too\n"
        b"INSERT INTO `a;b` (`id`, `t`) VALUES\n"
        b"(1, 'it''s; fine'),\n"
        b"(2, 'back\\\\slash\\'; quote'),\n"
        b"(3, 'raw\nnewline; inside'),\n"
        b"(4, \"dq \\\" ; \"), (5, 'escaped newline \\\n; next'), (6, `x``y;`), (7, '\xff\x00;');\n"
        b"DELIMITER $$\n"
        b"CREATE DEFINER=`root`@`localhost` TRIGGER `t` AFTER INSERT ON `x` FOR EACH ROW BEGIN\n"
        b"  UPDATE y SET a = a + 1; SET @b = 1;\n"
        b"END\n"
        b"$$\n"
        b"DELIMITER ;\n"
        b"/*!50003 CREATE*/ /*!50017 DEFINER=`a`@`%`*/ /*!50003 TRIGGER t2 BEFORE INSERT ON o "
        b"FOR EACH ROW BEGIN UPDATE z SET r = r + 1; END */;;\n"
        b"SELECT 1--1;\n"
        b"COMMIT"
    )
    found = split(dump)
    assert [n for n, _ in found] == [2, 3, 5, 13, 18, 19, 20]
    statements = [s for _, s in found]
    assert statements[2].endswith(b"(7, '\xff\x00;')")  # bytes kept as they are
    assert b"'it''s; fine'" in statements[2] and b"'raw\nnewline; inside'" in statements[2]
    assert statements[3].endswith(b"SET @b = 1;\nEND")
    assert statements[4].endswith(b"END */")  # ";;" under ";": one statement, one empty
    assert statements[5] == b"SELECT 1--1" and statements[6] == b"COMMIT"
    assert backup._without_definer(statements[3]).startswith(b"CREATE TRIGGER `t`")
    assert b"DEFINER" not in backup._without_definer(statements[4])
    assert backup._skipped_kind(b"USE `ocpizza`") == "USE"
    assert backup._skipped_kind(b"/*!40000 DROP DATABASE IF EXISTS `x`*/") == (
        "CREATE/DROP DATABASE"
    )
    assert backup._skipped_kind(b"INSERT INTO `use` VALUES (1)") is None
    with pytest.raises(ValueError, match="inside a string"):
        split(b"INSERT INTO t VALUES ('never closed);\n")


# --------------------------------------------------------------------------- dumps


@pytest.fixture
def demo_mariadb(new_database):
    from ocpizza_desk.ops.seed import seed_demo
    from tests.conftest import fast_hash

    config = new_database("mariadb")
    engine = create_engine_for(config)
    schema.upgrade(engine)
    seed_demo(engine, orders=40, password_hasher=fast_hash)
    engine.dispose()
    return config


def mariadb_dump(config, out: Path) -> Path:
    """What an administrator types: the plain tool, its default options."""
    url = make_url(config.url)
    tool = shutil.which("mariadb-dump") or shutil.which("mysqldump")
    if tool is None:
        pytest.skip("no mariadb-dump on this machine")
    who = [url.username, url.database]
    with out.open("wb") as file:
        subprocess.run(
            [tool, "--protocol=tcp", "-h", url.host, "-P", str(url.port or 3306), "-u", *who],
            stdout=file,
            check=True,
        )
    return out


@pytest.mark.mysql_only
def test_a_mariadb_dump_loads_into_an_empty_database(demo_mariadb, new_database, tmp_path, capsys):
    dump = mariadb_dump(demo_mariadb, tmp_path / "ocpizza.sql")
    target = new_database("mariadb")
    args = ["--lang", "en", "--db-url", target.url, "db", "import", str(dump)]

    assert main(args) == EXIT_OK
    out = capsys.readouterr().out
    assert f"schema checked: {schema.EXPECTED_REVISION}" in out
    assert table_rows(target) == table_rows(demo_mariadb)
    assert trigger_definitions(target) == trigger_definitions(demo_mariadb)
    ctx = ServiceContext(target)
    try:  # the application works on it: a manager signs in
        assert auth.sign_in(ctx, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    finally:
        ctx.close()

    # Again: the database now holds data.
    assert main(args) == EXIT_REFUSED
    assert "--force" in capsys.readouterr().err
    safety = tmp_path / "safety"
    assert main([*args, "--force", "--backup-folder", str(safety)]) == EXIT_OK
    assert "safety copy" in capsys.readouterr().out
    (copy,) = safety.glob("ocpizza-*.tar")
    source = table_rows(demo_mariadb)
    assert backup.read_info(copy).row_counts["orders"] == len(source["orders"]) > 0
    assert table_rows(target) == source


@pytest.mark.mysql_only
def test_a_phpmyadmin_export_loads_over_a_freshly_migrated_schema(
    demo_mariadb, new_database, tmp_path
):
    """phpMyAdmin's export has no DROP TABLE, keys and foreign keys come last as ALTER
    TABLE, triggers between DELIMITER $$ with their DEFINER, and a START TRANSACTION. The
    target was made with `db upgrade`: its empty tables go first. Gzipped, as phpMyAdmin
    offers it."""
    dump = phpmyadmin_export(demo_mariadb, tmp_path / "ocpizza.sql.gz")
    target = new_database("mariadb")
    engine = create_engine_for(target)
    schema.upgrade(engine)
    engine.dispose()
    steps: list[float] = []

    done = backup.import_sql(dump, target, progress=lambda _s, f: steps.append(f))

    assert done.revision == schema.EXPECTED_REVISION and done.missing_triggers == ()
    assert done.skipped == ()
    assert table_rows(target) == table_rows(demo_mariadb)
    assert trigger_definitions(target) == trigger_definitions(demo_mariadb)
    assert steps[0] == 0.0 and steps[-1] == 1.0 and steps == sorted(steps)


@pytest.mark.mysql_only
def test_a_dump_without_its_triggers_is_said_to_be_incomplete(
    demo_mariadb, new_database, tmp_path, capsys
):
    dump = mariadb_dump(demo_mariadb, tmp_path / "ocpizza.sql")
    without = tmp_path / "no-triggers.sql"
    kept, skipping = [], False
    for line in dump.read_bytes().splitlines(keepends=True):
        if line.startswith(b"DELIMITER ;;"):
            skipping = True
        if not skipping:
            kept.append(line)
        if skipping and line.startswith(b"DELIMITER ;\n"):
            skipping = False
    without.write_bytes(b"".join(kept))
    target = new_database("mariadb")
    args = ["--lang", "en", "--db-url", target.url, "db", "import", str(without)]
    assert main(args) == EXIT_SCHEMA
    err = capsys.readouterr().err
    assert "lacks the triggers" in err and "trg_orders_insert_mark" in err


@pytest.mark.mysql_only
def test_what_goes_wrong_is_said(demo_mariadb, new_database, tmp_path, capsys):
    target = new_database("mariadb")
    broken = tmp_path / "broken.sql"
    broken.write_text(
        "CREATE TABLE stores (id int PRIMARY KEY);\n\nINSERT INTO nowhere VALUES (1);\n",
        encoding="utf-8",
    )
    with pytest.raises(DomainError) as failed:
        backup.import_sql(broken, target)
    assert failed.value.code == "backup.import_failed" and failed.value.params["line"] == 3
    assert "nowhere" in failed.value.message("en")

    # No alembic_version in the file: loaded, and said not to be an ocpizza-desk database.
    plain = tmp_path / "plain.sql"
    plain.write_text("DROP TABLE IF EXISTS stores;\nCREATE TABLE t (id int);\n", "utf-8")
    code = main(["--lang", "en", "--db-url", target.url, "db", "import", str(plain)])
    assert code == EXIT_SCHEMA
    assert "not an ocpizza-desk database" in capsys.readouterr().err

    sqlite = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert main(["--lang", "en", "--db-url", sqlite, "db", "import", str(plain)]) in (
        EXIT_REFUSED,
        EXIT_DATABASE,
    )
    assert "MariaDB/MySQL" in capsys.readouterr().err


def test_import_needs_a_database_named(tmp_path, capsys):
    plain = tmp_path / "plain.sql"
    plain.write_text("SELECT 1;\n", "utf-8")
    assert main(["--lang", "en", "db", "import", str(plain)]) == EXIT_DATABASE
    assert "no database given" in capsys.readouterr().err


# --------------------------------------------------------------------------- phpMyAdmin


def _literal(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, bytes):
        return "0x" + value.hex() if value else "''"
    if isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
        return f"'{value}'"
    return "'" + pymysql.converters.escape_string(str(value)) + "'"


def phpmyadmin_export(config, out: Path) -> Path:
    """The database in the layout of phpMyAdmin 5.2's "Export > SQL" with its defaults."""
    url = make_url(config.url)
    connection = pymysql.connect(
        host=url.host, port=url.port or 3306, user=url.username, database=url.database,
        charset="utf8mb4",
    )  # fmt: skip
    cursor = connection.cursor()
    cursor.execute("SHOW FULL TABLES WHERE Table_type = 'BASE TABLE'")
    tables = sorted(name for name, _ in cursor.fetchall())
    head = [
        "-- phpMyAdmin SQL Dump",
        "-- version 5.2.1",
        "-- https://www.phpmyadmin.net/",
        "--",
        "-- Hôte : 127.0.0.1",
        "-- Généré le : dim. 29 nov. 2026 à 10:15",
        "-- Version du serveur : 10.11.6-MariaDB",
        "-- Version de PHP : 8.2.7",
        "",
        'SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";',
        "START TRANSACTION;",
        'SET time_zone = "+00:00";',
        "",
        "",
        "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;",
        "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;",
        "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;",
        "/*!40101 SET NAMES utf8mb4 */;",
        "",
        "--",
        f"-- Base de données : `{url.database}`",
        "--",
        "",
    ]
    body, keys, increments, constraints, trigger_blocks = [], [], [], [], []
    for name in tables:
        cursor.execute(f"SHOW CREATE TABLE `{name}`")
        create = cursor.fetchone()[1]
        columns, indexes, foreign = [], [], []
        lines = create.splitlines()
        for line in lines[1:-1]:
            item = line.strip().rstrip(",")
            if item.startswith(("PRIMARY KEY", "UNIQUE KEY", "KEY ")):
                indexes.append(item)
            elif item.startswith("CONSTRAINT") and "FOREIGN KEY" in item:
                foreign.append(item)
            elif " AUTO_INCREMENT" in item and item.startswith("`"):
                columns.append(item.replace(" AUTO_INCREMENT", ""))
                increments.append(f"ALTER TABLE `{name}`\n  MODIFY {item};")
            else:
                columns.append(item)
        tail = lines[-1].replace(")", "", 1).strip()
        tail = " ".join(part for part in tail.split() if not part.startswith("AUTO_INCREMENT="))
        body += [
            "-- --------------------------------------------------------",
            "",
            "--",
            f"-- Structure de la table `{name}`",
            "--",
            "",
            f"CREATE TABLE `{name}` (\n  " + ",\n  ".join(columns) + f"\n) {tail};",
            "",
        ]
        cursor.execute(f"SELECT * FROM `{name}`")
        rows = cursor.fetchall()
        if rows:
            names = ", ".join(f"`{d[0]}`" for d in cursor.description)
            values = ",\n".join("(" + ", ".join(_literal(v) for v in row) + ")" for row in rows)
            body += [
                "--",
                f"-- Déchargement des données de la table `{name}`",
                "--",
                "",
                f"INSERT INTO `{name}` ({names}) VALUES\n{values};",
                "",
            ]
        cursor.execute(f"SHOW TRIGGERS WHERE `Table` = '{name}'")
        found = [row[0] for row in cursor.fetchall()]
        if found:
            block = ["--", f"-- Déclencheurs `{name}`", "--"]
            for trigger in found:
                cursor.execute(f"SHOW CREATE TRIGGER `{trigger}`")
                statement = cursor.fetchone()[2]
                if "DEFINER=" not in statement:
                    statement = statement.replace(
                        "CREATE ", "CREATE DEFINER=`ocpizza_admin`@`%` ", 1
                    )
                block += ["DELIMITER $$", f"{statement}\n$$", "DELIMITER ;"]
            trigger_blocks.append("\n".join(block))
        if indexes:
            keys.append(f"--\n-- Index pour la table `{name}`\n--\nALTER TABLE `{name}`\n  ADD "
                        + ",\n  ADD ".join(indexes) + ";")  # fmt: skip
        if foreign:
            constraints.append(f"--\n-- Contraintes pour la table `{name}`\n--\nALTER TABLE "
                               f"`{name}`\n  ADD " + ",\n  ADD ".join(foreign) + ";")  # fmt: skip
    connection.close()
    text_out = "\n".join(
        [
            *head,
            *body,
            *trigger_blocks,
            "",
            "--",
            "-- Index pour les tables déchargées",
            "--",
            "",
            *keys,
            "",
            "--",
            "-- AUTO_INCREMENT pour les tables déchargées",
            "--",
            "",
            *increments,
            "",
            "--",
            "-- Contraintes pour les tables déchargées",
            "--",
            "",
            *constraints,
            "COMMIT;",
            "",
            "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;",
            "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;",
            "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;",
            "",
        ]
    )
    with gzip.open(out, "wt", encoding="utf-8") as file:
        file.write(text_out)
    return out
