"""The services' handle on the shared database: one per process, safe to share across threads.

Screens receive this object and pass it back to service functions; they never see the engine.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.db import schema
from ocpizza_desk.db.engine import create_engine_for, session_factory
from ocpizza_desk.db.retry import RetriesExhausted, mysql_error_code, run_in_transaction
from ocpizza_desk.domain.errors import ConflictError, DomainError
from ocpizza_desk.integrations.maps import Geocoder, ResilientMaps

log = logging.getLogger(__name__)
T = TypeVar("T")

# Can't connect, server gone away, lost during a query, lost at handshake.
CONNECTION_LOST = frozenset({2003, 2006, 2013, 2055})


# A year's report over a million orders reads for tens of seconds: longer than the 30 s after
# which an interactive query is taken for a dead connection.
REPORT_READ_TIMEOUT_S = 15 * 60


class ServiceContext:
    def __init__(
        self,
        config: DatabaseConfig,
        *,
        interactive: bool = True,
        lock_wait_s: int | None = None,
        read_timeout_s: int | None = None,
    ) -> None:
        self.config = config
        self.engine = create_engine_for(
            config, interactive=interactive, lock_wait_s=lock_wait_s, read_timeout_s=read_timeout_s
        )
        self._sessions = session_factory(self.engine)
        # Where long reports read: a read replica when configured, else this database, through
        # a pool of its own with the long read timeout (see `reporting`).
        self._replica_config: DatabaseConfig | None = None
        self._reporting: ServiceContext | None = None
        self._reporting_lock = threading.Lock()
        # Routing for deliveries: the offline estimate until a key is configured
        # (services/maps_setup.py replaces it from the config file or the OS keyring).
        self.maps: ResilientMaps = ResilientMaps(None)
        self.maps_key: str | None = None  # for Maps Static API images; never logged
        self.geocoder: Geocoder | None = None  # None: no key, addresses are not geocoded

    @property
    def backend(self) -> str:
        """'sqlite' or 'mysql' (MariaDB included)."""
        return "sqlite" if self.engine.dialect.name == "sqlite" else "mysql"

    def transaction(self, work: Callable[[Session], T]) -> T:
        """Run one use case in one transaction, retried on deadlock or lock wait.

        A lost connection is not retried here (a commit may or may not have happened): it
        becomes DomainError('db.unreachable'); placing an order can then be sent again, since
        it is idempotent on its client key.
        """
        return self._run(self._sessions, work)

    def core_transaction(self, work: Callable[[Connection], T]) -> T:
        """The same, on a Core Connection: for hot paths written in Core statements only."""
        return self._run(self.engine.begin, work)

    def _run(self, begin, work):
        try:
            return run_in_transaction(begin, work)
        except RetriesExhausted as exc:
            raise ConflictError("db.conflict") from exc
        except DBAPIError as exc:
            if exc.connection_invalidated or mysql_error_code(exc) in CONNECTION_LOST:
                raise DomainError("db.unreachable", detail=describe_db_error(exc)) from exc
            raise

    def ping(self) -> None:
        """Raise DomainError('db.unreachable') unless the server answers."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except DBAPIError as exc:
            raise DomainError("db.unreachable", detail=describe_db_error(exc)) from exc

    def check_schema(self) -> schema.SchemaStatus:
        self.ping()
        return schema.check(self.engine)

    def schema_status(self) -> schema.SchemaStatus:
        self.ping()
        return schema.status(self.engine)

    @property
    def replica_config(self) -> DatabaseConfig | None:
        return self._replica_config

    @replica_config.setter
    def replica_config(self, config: DatabaseConfig | None) -> None:
        """Changing where reports read closes the pool opened on the old place."""
        with self._reporting_lock:
            self._replica_config = config
            if self._reporting is not None:
                self._reporting.close()
                self._reporting = None

    def reporting(self) -> ServiceContext:
        """The context reports run on: the replica if configured, never the till's pool."""
        with self._reporting_lock:
            if self._reporting is None:
                self._reporting = ServiceContext(
                    self._replica_config or self.config,
                    interactive=False,
                    read_timeout_s=REPORT_READ_TIMEOUT_S,
                )
            return self._reporting

    def close(self) -> None:
        with self._reporting_lock:
            if self._reporting is not None:
                self._reporting.close()
                self._reporting = None
        self.engine.dispose()


def describe_db_error(exc: DBAPIError) -> str:
    """The driver's own words without the SQL or its parameters (they may hold personal data)."""
    orig = exc.orig
    args = getattr(orig, "args", ())
    if len(args) >= 2 and isinstance(args[0], int):
        return f"{args[1]} ({args[0]})"
    return str(orig).splitlines()[0] if str(orig) else type(orig).__name__


Tx = Session | Connection  # a use case's transaction, ORM or Core


def core(db: Tx) -> Connection:
    """The Core connection of a transaction, whichever form the use case holds it in."""
    return db if isinstance(db, Connection) else db.connection()
