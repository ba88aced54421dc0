"""The services' handle on the shared database: one per process, safe to share across threads.

Screens receive this object and pass it back to service functions; they never see the engine.
Every interactive use case runs under a deadline (INTERACTIVE_DEADLINE_S): a database that
does not answer in time is `db.unreachable`, not a screen stuck on "Sending…" for a minute.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.db import schema
from ocpizza_desk.db.engine import create_engine_for, deadline, remaining, session_factory
from ocpizza_desk.db.retry import RetriesExhausted, mysql_error_code, run_in_transaction
from ocpizza_desk.domain.errors import ConflictError, DomainError
from ocpizza_desk.domain.texts import Text
from ocpizza_desk.integrations.maps import Geocoder, ResilientMaps

log = logging.getLogger(__name__)
T = TypeVar("T")

# Can't connect, server gone away, lost during a query, lost at handshake.
CONNECTION_LOST = frozenset({2003, 2006, 2013, 2055})


# A year's report over a million orders reads for tens of seconds: longer than the 30 s after
# which an interactive query is taken for a dead connection.
REPORT_READ_TIMEOUT_S = 15 * 60
# The most an interactive use case waits on the database, all included: pool checkout, the
# idle ping, connecting, every statement and the commit (db/engine.py `deadline`), and the
# conflict retries (db/retry.py). A counter PC would rather say "unreachable" than freeze.
INTERACTIVE_DEADLINE_S = 10.0
TIMED_OUT_MARGIN_S = 0.5  # a call that failed this close to its deadline timed out


class LinkLog:
    """Logs each loss of the database and each recovery once, with how long it lasted.

    Thread-safe; the words are the driver's (no SQL, no parameters, no personal data).
    """

    def __init__(self, what: str = "database") -> None:
        self.what = what
        self._down_since: float | None = None
        self._lock = threading.Lock()

    @property
    def down(self) -> bool:
        return self._down_since is not None

    def lost(self, detail: str) -> None:
        with self._lock:
            first = self._down_since is None
            if first:
                self._down_since = time.monotonic()
        if first:
            log.warning("%s unreachable (%s)", self.what, detail)

    def answered(self) -> None:
        if self._down_since is None:  # the usual case: no lock
            return
        with self._lock:
            since, self._down_since = self._down_since, None
        if since is not None:
            log.info("%s reachable again after %.1f s", self.what, time.monotonic() - since)


class ServiceContext:
    def __init__(
        self,
        config: DatabaseConfig,
        *,
        interactive: bool = True,
        lock_wait_s: int | None = None,
        read_timeout_s: int | None = None,
        deadline_s: float | None = None,
        link_name: str = "database",
    ) -> None:
        """`deadline_s`: the bound of each use case (default INTERACTIVE_DEADLINE_S when
        interactive; none for batch work and reports, which keep their read timeouts)."""
        self.config = config
        self.engine = create_engine_for(
            config, interactive=interactive, lock_wait_s=lock_wait_s, read_timeout_s=read_timeout_s
        )
        self.deadline_s = deadline_s or (INTERACTIVE_DEADLINE_S if interactive else None)
        self.link = LinkLog(link_name)
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

    @contextmanager
    def bounded(self) -> Iterator[None]:
        """One deadline over several use cases (a screen's one worker call that saves a
        customer, then the order, then the payment); each still has its own at most."""
        with deadline(self.deadline_s):
            yield

    def _run(self, begin, work):
        with deadline(self.deadline_s):
            try:
                result = run_in_transaction(begin, work)
            except RetriesExhausted as exc:
                self.link.answered()  # it answered: with a conflict
                raise ConflictError("db.conflict") from exc
            except (DBAPIError, PoolTimeout) as exc:
                if not is_connection_lost(exc):
                    self.link.answered()  # an error from the server: it is there
                    raise
                raise self._unreachable(exc) from exc
            self.link.answered()
            return result

    def _unreachable(self, exc: BaseException) -> DomainError:
        """db.unreachable, logged once per loss; a call cut by its deadline says so.
        Called inside the call's `deadline` block."""
        detail = describe_db_error(exc) if isinstance(exc, DBAPIError) else str(exc)
        self.link.lost(detail)
        left = remaining()
        if left is not None and left <= TIMED_OUT_MARGIN_S:
            waited = f"{self.deadline_s:g}"
            return DomainError(
                "db.unreachable",
                detail=Text("ErrorDetail", "no answer in {seconds} s", seconds=waited),
            )
        return DomainError("db.unreachable", detail=detail)

    def ping(self) -> None:
        """Raise DomainError('db.unreachable') unless the server answers (within the deadline)."""
        with deadline(self.deadline_s):
            try:
                with self.engine.connect() as connection:
                    connection.execute(text("SELECT 1"))
            except (DBAPIError, PoolTimeout) as exc:
                raise self._unreachable(exc) from exc
            self.link.answered()

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
                    link_name="reports database",
                )
            return self._reporting

    def close(self) -> None:
        with self._reporting_lock:
            if self._reporting is not None:
                self._reporting.close()
                self._reporting = None
        self.engine.dispose()


def is_connection_lost(exc: BaseException) -> bool:
    """The server did not answer: a lost or refused connection, a timeout, no free
    connection in the pool before the deadline (sqlalchemy.exc.TimeoutError, which
    db.engine.DeadlineExceeded is too)."""
    if isinstance(exc, PoolTimeout):
        return True
    return isinstance(exc, DBAPIError) and (
        exc.connection_invalidated or mysql_error_code(exc) in CONNECTION_LOST
    )


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
