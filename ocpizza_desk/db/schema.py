"""Schema revisions: upgrade, downgrade, and the start-up check against this build's head.

The start-up check reads one row (`alembic_version`) and compares it with `EXPECTED_REVISION`,
so the GUI does not load Alembic's script directory unless something is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from sqlalchemy import Engine, inspect, text

from ocpizza_desk.domain.errors import SchemaMismatch

# The head of migrations/versions; a test keeps the two in step.
EXPECTED_REVISION = "0012_formulas"
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None
    expected: str

    @property
    def state(self) -> str:
        """'current', 'empty', 'older' or 'newer'."""
        if self.current == self.expected:
            return "current"
        if self.current is None:
            return "empty"
        return "older" if self.current in known_revisions() else "newer"


def alembic_config(connection):
    from alembic.config import Config

    config = Config()
    location = resources.files("ocpizza_desk.db") / "migrations"
    config.set_main_option("script_location", str(location))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(None))
    return {rev.revision for rev in script.walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def status(engine: Engine) -> SchemaStatus:
    return SchemaStatus(current=current_revision(engine), expected=EXPECTED_REVISION)


def check(engine: Engine) -> SchemaStatus:
    """Raise SchemaMismatch unless the database is exactly at this build's revision."""
    return require_current(status(engine))


def require_current(found: SchemaStatus) -> SchemaStatus:
    """`found` if it is this build's revision, else SchemaMismatch saying how it differs."""
    codes = {"empty": "db.schema_missing", "older": "db.schema_older", "newer": "db.schema_newer"}
    if found.state != "current":
        raise SchemaMismatch(
            codes[found.state], current=found.current or "-", expected=found.expected
        )
    return found


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str = "-1") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)
