"""The fault-injection proxy (tests/fault_proxy.py): each fault, with PyMySQL and SQLAlchemy."""

from __future__ import annotations

import os
import random
import re
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pymysql
import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.engine import make_url

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.db.engine import create_engine_for
from tests.fault_proxy import (
    CLIENT_SSL,
    FaultProxy,
    PacketReader,
    statement_keyword,
    wait_sessions_ended,
)

LOST = (2013, 2006)  # "Lost connection to MySQL server", "MySQL server has gone away"
mysql_only = pytest.mark.mysql_only


def connect(url: str, **kwargs) -> pymysql.Connection:
    parsed = make_url(url)
    return pymysql.connect(
        host=parsed.host,
        port=parsed.port or 3306,
        user=parsed.username,
        password=parsed.password or "",
        database=parsed.database,
        ssl_disabled=True,  # the server has no TLS here; spares PyMySQL 1.2 a TLS context
        **kwargs,
    )


def proxy_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("fault-proxy")]


@pytest.fixture
def database(new_database) -> str:
    url = new_database("mariadb").url
    connection = connect(url)
    try:
        with connection.cursor() as cursor:
            cursor.execute("CREATE TABLE t (id INT PRIMARY KEY, data LONGBLOB) ENGINE=InnoDB")
    finally:
        connection.close()
    return url


@pytest.fixture
def direct(database):
    """A connection straight to the server (autocommit: each check sees the latest commits)."""
    connection = connect(database, autocommit=True)
    yield connection
    connection.close()


@pytest.fixture
def proxy(database):
    with FaultProxy.for_url(database) as proxy:
        yield proxy
    assert not proxy_threads()


@pytest.fixture
def via(proxy, database) -> str:
    """The test database's URL through the proxy."""
    return proxy.url_for(database)


@pytest.fixture
def engine_for(via):
    """Engines through the proxy, with the app's settings (pre-ping, timeouts); disposed."""
    engines = []

    def make(**kwargs):
        engine = create_engine_for(DatabaseConfig(url=via, source="tests"), **kwargs)
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.dispose()


def ids(direct) -> list[int]:
    with direct.cursor() as cursor:
        cursor.execute("SELECT id FROM t ORDER BY id")
        return [row[0] for row in cursor.fetchall()]


def ended(direct, proxy) -> None:
    """Wait until the server has ended the sessions the proxy cut (rolled back)."""
    wait_sessions_ended(direct, proxy.stats.cut_server_threads)


# --------------------------------------------------------------------------- protocol bits


def packet(seq: int, payload: bytes) -> bytes:
    return len(payload).to_bytes(3, "little") + bytes([seq]) + payload


def test_packet_reader_reassembles_split_and_batched_packets():
    packets = [
        packet(0, b"\x03SELECT 1"),
        packet(1, bytes(70_000)),
        packet(2, b""),
        packet(0, b"\x03COMMIT"),
    ]
    stream = b"".join(packets)
    assert PacketReader().feed(stream) == packets  # several packets in one read

    reader = PacketReader()
    got = [p for i in range(len(stream)) for p in reader.feed(stream[i : i + 1])]
    assert got == packets and reader.pending == 0  # one byte per read

    rng = random.Random(3)
    reader, got, i = PacketReader(), [], 0
    while i < len(stream):
        n = rng.randint(1, 9000)
        got += reader.feed(stream[i : i + n])
        i += n
    assert got == packets


def test_statement_keyword():
    assert statement_keyword(b"COMMIT") == "COMMIT"
    assert statement_keyword(b"  commit work") == "COMMIT"
    assert statement_keyword(b"/* app */ INSERT INTO t VALUES (1)") == "INSERT"
    assert statement_keyword(b"-- note\n# other\n(SELECT 1)") == "SELECT"
    assert statement_keyword(b"SET TRANSACTION ISOLATION LEVEL READ COMMITTED") == "SET"
    assert statement_keyword(b"") == "?"


def test_url_for_rewrites_host_and_port_only():
    with FaultProxy(("127.0.0.1", 9)) as proxy:
        url = "mysql+pymysql://app:p%40ss@db.example:3307/ocpizza?charset=utf8mb4"
        assert proxy.url_for(url) == (
            f"mysql+pymysql://app:p%40ss@127.0.0.1:{proxy.port}/ocpizza?charset=utf8mb4"
        )
        assert proxy.url_for(make_url(url)) == proxy.url_for(url)
        assert make_url(proxy.url_for(url)).password == "p@ss"
        with pytest.raises(ValueError):
            proxy.url_for("mysql+pymysql://root@localhost/db?unix_socket=/run/mysqld.sock")


GREETING = packet(
    0,
    b"\x0a5.5.5-10.11.0-fake\0"
    + (42).to_bytes(4, "little")  # connection id
    + b"scramble"
    + b"\0"
    + (0xF7FE | CLIENT_SSL).to_bytes(2, "little")  # offers TLS
    + b"\x2d\x02\x00\xff\x81\x15"
    + bytes(10)
    + b"scramble2345\0mysql_native_password\0",
)


class FakeServer:
    """An upstream for one connection: greets offering TLS, then records what it receives."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.address = self.listener.getsockname()
        self.received = bytearray()
        self.thread = threading.Thread(target=self.serve)
        self.thread.start()

    def serve(self) -> None:
        with self.listener, self.listener.accept()[0] as connection:
            connection.sendall(GREETING)
            while data := connection.recv(65536):
                self.received += data

    def finished(self) -> bool:
        self.thread.join(5)
        return not self.thread.is_alive()


def read_packet(sock: socket.socket) -> bytes:
    reader = PacketReader()
    while not (packets := reader.feed(sock.recv(4096))):
        pass
    return packets[0]


def test_the_greeting_stops_offering_tls():
    upstream = FakeServer()
    with FaultProxy(upstream.address) as proxy, socket.create_connection(proxy.address) as c:
        greeting = read_packet(c)
        assert proxy.server_threads() == [42]
    assert greeting != GREETING and len(greeting) == len(GREETING)
    caps_at = GREETING.index(b"scramble\0") + 9
    assert int.from_bytes(greeting[caps_at : caps_at + 2], "little") == 0xF7FE
    assert greeting[:caps_at] == GREETING[:caps_at]
    assert greeting[caps_at + 2 :] == GREETING[caps_at + 2 :]
    assert upstream.finished()


def test_tls_passes_through_opaque_when_not_stripped():
    upstream = FakeServer()
    ssl_request = packet(1, (CLIENT_SSL | 0x8200).to_bytes(4, "little") + bytes(28))
    client_hello = b"\x16\x03\x01\x02\x00" + os.urandom(512)  # a "packet" of 66 KiB
    with FaultProxy(upstream.address, strip_tls=False) as proxy:
        proxy.cut_before_query(None, times=None)
        with socket.create_connection(proxy.address) as client:
            assert read_packet(client) == GREETING
            client.sendall(ssl_request + client_hello)  # in one write
            client.shutdown(socket.SHUT_WR)
            assert upstream.finished()
        assert upstream.received == ssl_request + client_hello
        assert proxy.stats.tls_connections == 1 and proxy.stats.cuts == 0


# --------------------------------------------------------------------------- transparent


@mysql_only
def test_transparent_with_pymysql(proxy, via, direct):
    blob = os.urandom(3_000_000)  # split across many reads; bytes that look like headers
    connection = connect(via)
    try:
        with connection.cursor() as cursor:
            for i in range(100):
                cursor.execute("SELECT %s", (i,))
                assert cursor.fetchone() == (i,)
            for i in range(1, 21):
                cursor.execute("INSERT INTO t (id) VALUES (%s)", (i,))
                connection.commit()
            cursor.execute("INSERT INTO t (id) VALUES (999)")
            connection.rollback()
            cursor.execute("INSERT INTO t (id, data) VALUES (500, %s)", (blob,))
            connection.commit()
            cursor.execute("SELECT data FROM t WHERE id = 500")
            assert cursor.fetchone() == (blob,)
            cursor.execute("SELECT seq FROM seq_1_to_5000")  # many packets per read
            assert [row[0] for row in cursor.fetchall()] == list(range(1, 5001))
        stats = proxy.stats
    finally:
        connection.close()
    assert ids(direct) == [*range(1, 21), 500]
    assert stats.connections == 1 and stats.active == 1 and stats.cuts == 0
    assert stats.queries["INSERT"] == 22
    assert stats.queries["COMMIT"] == 21 and stats.queries["ROLLBACK"] == 1
    assert stats.queries["SELECT"] == 102
    assert stats.bytes_from_client > 3_000_000 and stats.bytes_from_server > 3_000_000
    assert stats.cut_server_threads == ()


@mysql_only
def test_transparent_with_an_engine(proxy, engine_for, direct):
    engine = engine_for()
    for i in range(1, 31):
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO t (id) VALUES (:id)"), {"id": i})
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM t")).scalar_one() == 30
    assert ids(direct) == list(range(1, 31))
    stats = proxy.stats
    assert stats.cuts == 0 and stats.connections == 1  # one pooled connection, reused
    assert stats.queries["INSERT"] == 30 and stats.queries["COMMIT"] >= 30


@mysql_only
def test_faults_never_touch_the_handshake(proxy, via):
    proxy.cut_before_query(None, times=None)  # every statement
    with pytest.raises(pymysql.err.OperationalError) as error:
        connect(via)  # signed in, then cut on PyMySQL's first command (SET NAMES)
    assert error.value.args[0] in LOST
    stats = proxy.stats
    assert stats.cut_reasons == {"before_query": 1}
    assert stats.queries == {"SET": 1} and stats.commands == {"Query": 1}
    assert len(stats.cut_server_threads) == 1  # the server's greeting was read


# --------------------------------------------------------------------------- lost replies


@mysql_only
def test_drop_reply_to_commit_with_pymysql(proxy, via, direct):
    connection = connect(via)
    connection.cursor().execute("INSERT INTO t (id) VALUES (1)")
    proxy.drop_reply_to_commit()
    with pytest.raises(pymysql.err.OperationalError) as error:
        connection.commit()
    assert error.value.args[0] in LOST
    assert ids(direct) == [1]  # the COMMIT did happen
    stats = proxy.stats
    assert (stats.commits_dropped, stats.replies_dropped, stats.cuts) == (1, 1, 1)
    assert stats.cut_reasons == {"commit_reply": 1} and proxy.armed == []

    again = connect(via)  # used up: the next COMMIT gets its answer
    again.cursor().execute("INSERT INTO t (id) VALUES (2)")
    again.commit()
    again.close()
    assert ids(direct) == [1, 2]


@mysql_only
def test_drop_reply_to_commit_with_an_engine(proxy, engine_for, direct):
    engine = engine_for()
    proxy.drop_reply_to_commit()
    with pytest.raises(sa_exc.OperationalError) as error, engine.begin() as connection:
        connection.execute(text("INSERT INTO t (id) VALUES (1)"))
    assert error.value.orig.args[0] in LOST
    assert error.value.connection_invalidated
    assert ids(direct) == [1]
    with engine.begin() as connection:  # the pool opens a new connection
        connection.execute(text("INSERT INTO t (id) VALUES (2)"))
    assert ids(direct) == [1, 2]
    assert proxy.stats.connections == 2 and proxy.stats.commits_dropped == 1


@mysql_only
def test_drop_reply_to_an_autocommit_statement(proxy, via, direct):
    connection = connect(via, autocommit=True)
    proxy.drop_reply(b"insert into t")
    with pytest.raises(pymysql.err.OperationalError) as error:
        connection.cursor().execute("INSERT INTO t (id) VALUES (7)")
    assert error.value.args[0] in LOST
    assert ids(direct) == [7]
    assert proxy.stats.replies_dropped == 1 and proxy.stats.commits_dropped == 0


# --------------------------------------------------------------------------- cuts


@mysql_only
def test_cut_before_query_the_statement_never_arrives(proxy, via, direct):
    connection = connect(via, autocommit=True)
    cursor = connection.cursor()
    cursor.execute("INSERT INTO t (id) VALUES (1)")
    proxy.cut_before_query(b"INSERT INTO t")
    with pytest.raises(pymysql.err.OperationalError) as error:
        cursor.execute("INSERT INTO t (id) VALUES (2)")  # autocommit, yet never done
    assert error.value.args[0] in LOST
    ended(direct, proxy)
    assert ids(direct) == [1]
    assert proxy.stats.cut_reasons == {"before_query": 1}

    connection = connect(via)  # in a transaction: the earlier insert is rolled back too
    connection.cursor().execute("INSERT INTO t (id) VALUES (3)")
    proxy.cut_before_query(b"INSERT INTO t")
    with pytest.raises(pymysql.err.OperationalError):
        connection.cursor().execute("INSERT INTO t (id) VALUES (4)")
    ended(direct, proxy)
    assert ids(direct) == [1]


@mysql_only
def test_cut_before_query_with_an_engine_skip_and_a_pattern(proxy, engine_for, direct):
    engine = engine_for()
    proxy.cut_before_query(re.compile(rb"^INSERT INTO t\b"), skip=1)  # the 2nd insert
    with pytest.raises(sa_exc.OperationalError) as error, engine.begin() as connection:
        connection.execute(text("INSERT INTO t (id) VALUES (1)"))
        connection.execute(text("INSERT INTO t (id) VALUES (2)"))
    assert error.value.orig.args[0] in LOST
    ended(direct, proxy)
    assert ids(direct) == []
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO t (id) VALUES (3)"))
    assert ids(direct) == [3]


@mysql_only
def test_cut_after_query_the_open_transaction_is_rolled_back(proxy, via, direct):
    connection = connect(via)
    proxy.cut_after_query(b"INSERT INTO t")
    with pytest.raises(pymysql.err.OperationalError) as error:
        connection.cursor().execute("INSERT INTO t (id) VALUES (1)")
    assert error.value.args[0] in LOST
    ended(direct, proxy)
    assert ids(direct) == []

    connection = connect(via, autocommit=True)  # autocommit: the server may have done it
    proxy.cut_after_query(b"INSERT INTO t")
    with pytest.raises(pymysql.err.OperationalError) as error:
        connection.cursor().execute("INSERT INTO t (id) VALUES (2)")
    assert error.value.args[0] in LOST
    ended(direct, proxy)
    assert ids(direct) in ([], [2])
    assert proxy.stats.cut_reasons == {"after_query": 2}


@mysql_only
def test_cut_after_query_with_an_engine(proxy, engine_for, direct):
    engine = engine_for()
    proxy.cut_after_query("insert into t")
    with pytest.raises(sa_exc.OperationalError) as error, engine.begin() as connection:
        connection.execute(text("INSERT INTO t (id) VALUES (1)"))
    assert error.value.orig.args[0] in LOST and error.value.connection_invalidated
    ended(direct, proxy)
    assert ids(direct) == []


@mysql_only
def test_cut_with_rst(database, direct):
    with FaultProxy.for_url(database, rst=True) as proxy:
        connection = connect(proxy.url_for(database), autocommit=True)
        proxy.cut_before_query(b"SELECT")
        with pytest.raises(pymysql.err.OperationalError) as error:
            connection.cursor().execute("SELECT 1")
        assert error.value.args[0] in LOST
        assert proxy.stats.cuts == 1


@mysql_only
def test_cut_all(proxy, via):
    first, second = connect(via, autocommit=True), connect(via, autocommit=True)
    assert proxy.cut_all() == 2
    for connection in (first, second):
        with pytest.raises(pymysql.err.OperationalError) as error:
            connection.cursor().execute("SELECT 1")
        assert error.value.args[0] in LOST
    assert proxy.stats.cut_reasons == {"cut_all": 2} and proxy.stats.active == 0


# --------------------------------------------------------------------------- random cuts


def run_statements(proxy, via, seed: int) -> tuple[list[int], int]:
    """60 SELECTs, reconnecting after each error: the failed ones and the proxy's cuts."""
    proxy.reset_stats()
    proxy.random_cuts(0.15, seed=seed)
    failed, connection = [], None
    for i in range(60):
        try:
            if connection is None:
                connection = connect(via, autocommit=True)  # its SET NAMES draws too
            connection.cursor().execute("SELECT %s", (i,))
        except pymysql.err.OperationalError as error:
            assert error.args[0] in LOST
            failed.append(i)
            connection = None
    proxy.random_cuts(0, seed=0)
    if connection is not None:
        connection.close()
    return failed, proxy.stats.cuts


@mysql_only
def test_random_cuts_are_reproducible(proxy, via):
    failed, cuts = run_statements(proxy, via, seed=7)
    assert cuts == len(failed) > 0
    assert run_statements(proxy, via, seed=7) == (failed, cuts)
    assert run_statements(proxy, via, seed=8)[0] != failed
    reasons = proxy.stats.cut_reasons
    assert set(reasons) <= {"random_before", "random_after"}


# --------------------------------------------------------------------------- black hole, refuse


def timed(call):
    start = time.monotonic()
    try:
        call()
    except Exception as error:
        return time.monotonic() - start, error
    return time.monotonic() - start, None


@mysql_only
def test_black_hole_clients_time_out_then_it_heals(proxy, via, engine_for):
    client = connect(via, autocommit=True, read_timeout=2)
    engine = engine_for(read_timeout_s=2)
    checked_out = engine.connect()
    proxy.black_hole(True)
    with ThreadPoolExecutor(3) as pool:
        results = [
            pool.submit(timed, lambda: client.cursor().execute("SELECT 1")),
            pool.submit(timed, lambda: checked_out.execute(text("SELECT 1"))),
            pool.submit(timed, lambda: connect(via, read_timeout=2)),  # a new connection
        ]
        results = [future.result() for future in results]
    for elapsed, _error in results:
        assert 1.8 <= elapsed < 4, results
    assert isinstance(results[0][1], pymysql.err.OperationalError)
    assert results[0][1].args[0] in LOST
    assert isinstance(results[1][1], sa_exc.OperationalError)
    assert results[1][1].orig.args[0] in LOST
    assert isinstance(results[2][1], pymysql.err.OperationalError)
    assert results[2][1].args[0] in (*LOST, 2003)
    checked_out.close()

    proxy.black_hole(False)
    healed = connect(via, autocommit=True, read_timeout=2)
    with healed.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)
    healed.close()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT 2")).scalar_one() == 2


@mysql_only
def test_refuse_new_connections_only(proxy, via, engine_for):
    open_before = connect(via, autocommit=True)
    engine = engine_for()
    proxy.refuse(True)
    elapsed, error = timed(lambda: connect(via, connect_timeout=2))
    assert isinstance(error, pymysql.err.OperationalError) and error.args[0] == 2003
    assert elapsed < 1
    with pytest.raises(sa_exc.OperationalError) as refused:
        engine.connect()
    assert refused.value.orig.args[0] == 2003
    with open_before.cursor() as cursor:  # open connections go on
        cursor.execute("SELECT 1")
    proxy.refuse(False)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT 1")).scalar_one() == 1
    open_before.close()


@mysql_only
def test_reset_makes_it_transparent_again(proxy, via, direct):
    proxy.cut_before_query(None, times=None)
    proxy.cut_after_query(b"INSERT", times=None)
    proxy.drop_reply_to_commit(times=None)
    proxy.random_cuts(1.0, seed=1)
    proxy.black_hole(True)
    proxy.refuse(True)
    assert len(proxy.armed) == 3
    proxy.reset()
    assert proxy.armed == []
    connection = connect(via)
    for i in range(1, 11):
        connection.cursor().execute("INSERT INTO t (id) VALUES (%s)", (i,))
        connection.commit()
    connection.close()
    assert ids(direct) == list(range(1, 11))
    assert proxy.stats.cuts == 0


# --------------------------------------------------------------------------- clean exit


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@mysql_only
def test_nothing_left_after_the_context_exits(database):
    threads_before, fds_before = set(threading.enumerate()), open_fds()
    with FaultProxy.for_url(database) as proxy:
        url = proxy.url_for(database)
        clients = [connect(url, autocommit=True) for _ in range(3)]  # left open
        proxy.black_hole(True)
        frozen = socket.create_connection(proxy.address)  # accepted, never connected upstream
        assert len(proxy_threads()) == 1
    assert set(threading.enumerate()) == threads_before
    for client in clients:  # the proxy closed its side
        with pytest.raises(pymysql.err.OperationalError):
            client.cursor().execute("SELECT 1")
    proxy.close()  # idempotent
    with pytest.raises(RuntimeError):
        proxy.refuse(True)
    frozen.close()
    assert open_fds() == fds_before
