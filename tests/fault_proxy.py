"""A TCP proxy between the app and MariaDB that misbehaves on command (tests only, stdlib only).

    with FaultProxy.for_url(database_url) as proxy:        # listens on 127.0.0.1:<free port>
        engine = create_engine_for(DatabaseConfig(proxy.url_for(database_url), "tests"))
        proxy.drop_reply_to_commit()                      # the COMMIT happens, its OK is lost
        ...

One thread runs a selector loop that owns every socket; the test's thread only arms faults
(under a lock) or asks the loop to do something and waits for it (`refuse`, `black_hole`,
`cut_all`). The MySQL protocol is understood just enough: packets are a 3-byte little-endian
length, a 1-byte sequence id and the payload. A client packet with sequence id 0 starts a
command (the handshake never uses 0 on the client side, so it passes through untouched); a
COM_QUERY is payload[0] == 0x03 followed by the SQL text. Packets are reassembled across TCP
reads before anything is decided, and forwarded whole. Faults only ever fire on commands, never
during the handshake, which passes through unchanged except for one bit: the proxy clears
CLIENT_SSL in the server's greeting (`strip_tls=True`, the default), because PyMySQL >= 1.2
upgrades to TLS whenever the server offers it, and faults cannot see into TLS. A client that
insists on TLS is then refused by its own driver; with strip_tls=False its bytes pass through
opaque (`stats.tls_connections`), never cut. Not handled: the compressed protocol, faults on
anything but COM_QUERY (prepared statements, COM_PING...).

A cut closes both sockets of the connection (FIN; RST with `rst=True`). The server then ends
that session when it next reads the socket, which rolls back its open transaction; use
`wait_sessions_ended` with `stats.cut_server_threads` to wait for that instead of sleeping.
"""

from __future__ import annotations

import contextlib
import errno
import random
import re
import selectors
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit, urlunsplit

__all__ = [
    "FaultProxy",
    "PacketReader",
    "ProxyStats",
    "statement_keyword",
    "wait_sessions_ended",
]

COM_QUERY = 0x03
CLIENT_SSL = 0x0800
COMMAND_NAMES = {
    0x01: "Quit",
    0x02: "Init DB",
    0x03: "Query",
    0x04: "Field List",
    0x09: "Statistics",
    0x0E: "Ping",
    0x11: "Change User",
    0x16: "Stmt Prepare",
    0x17: "Stmt Execute",
    0x18: "Stmt Send Long Data",
    0x19: "Stmt Close",
    0x1A: "Stmt Reset",
    0x1B: "Set Option",
    0x1C: "Stmt Fetch",
    0x1F: "Reset Connection",
}
HIGH_WATER = 1 << 20  # stop reading a side while 1 MiB waits to be sent to the other
RECV_SIZE = 1 << 16
LOOP_CALL_TIMEOUT_S = 5.0

Matching = bytes | str | re.Pattern | None
When = Literal["before", "after", "either"]

_READ = selectors.EVENT_READ
_WRITE = selectors.EVENT_WRITE
_CLIENT = "client"
_SERVER = "server"


# --------------------------------------------------------------------------- protocol bits


class PacketReader:
    """Reassembles MySQL packets from a byte stream fed in arbitrary pieces."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        """Append `data`; return the packets now complete (header included), in order."""
        buffer = self._buffer
        buffer += data
        packets: list[bytes] = []
        offset = 0
        while len(buffer) - offset >= 4:
            length = buffer[offset] | buffer[offset + 1] << 8 | buffer[offset + 2] << 16
            end = offset + 4 + length
            if end > len(buffer):
                break
            packets.append(bytes(buffer[offset:end]))
            offset = end
        if offset:
            del buffer[:offset]
        return packets

    @property
    def pending(self) -> int:
        """Bytes of an incomplete packet held back."""
        return len(self._buffer)

    def take(self) -> bytes:
        """The bytes held back, removed (when the stream stops being packets: TLS)."""
        data = bytes(self._buffer)
        self._buffer.clear()
        return data


_LEADING = re.compile(rb"(?:[\s(]+|/\*.*?\*/|(?:--(?=\s)|#)[^\n]*)*", re.S)
_WORD = re.compile(rb"[A-Za-z_]+")


def statement_keyword(sql: bytes) -> str:
    """The statement's first keyword, upper-cased, after blanks and comments ("?" if none)."""
    start = _LEADING.match(sql)
    word = _WORD.match(sql, start.end() if start else 0)
    return word.group().decode("ascii").upper() if word else "?"


def _matcher(matching: Matching) -> Callable[[bytes], bool]:
    """None: any statement; bytes/str: case-insensitive substring; re.Pattern: search()."""
    if matching is None:
        return lambda sql: True
    if isinstance(matching, re.Pattern):
        pattern = matching
        if isinstance(pattern.pattern, bytes):
            return lambda sql: pattern.search(sql) is not None
        return lambda sql: pattern.search(sql.decode("utf-8", "replace")) is not None
    if isinstance(matching, str):
        matching = matching.encode("utf-8")
    if isinstance(matching, bytes | bytearray):
        needle = bytes(matching).lower()
        if not needle:
            raise ValueError("matching must not be empty (None matches any statement)")
        return lambda sql: needle in sql.lower()
    raise TypeError(f"matching must be bytes, str, re.Pattern or None, not {type(matching)}")


def _is_commit(sql: bytes) -> bool:
    return statement_keyword(sql) == "COMMIT"


class _Trigger:
    """One armed fault: fires on the matching statements after `skip` of them, `times` times."""

    def __init__(self, kind: str, match: Callable[[bytes], bool], times: int | None, skip: int):
        if times is not None and times < 1:
            raise ValueError("times must be >= 1, or None for every time")
        if skip < 0:
            raise ValueError("skip must be >= 0")
        self.kind = kind
        self.match = match
        self.remaining = times
        self.skip = skip

    def hit(self, sql: bytes) -> bool:
        if self.remaining == 0 or not self.match(sql):
            return False
        if self.skip:
            self.skip -= 1
            return False
        if self.remaining is not None:
            self.remaining -= 1
        return True


# --------------------------------------------------------------------------- statistics


@dataclass(frozen=True)
class ProxyStats:
    """A snapshot of the proxy's counters (since creation or `reset_stats()`)."""

    connections: int  # client connections accepted
    active: int  # connections open right now
    upstream_failures: int  # connections closed because the server could not be reached
    cuts: int  # connections cut by a fault (any kind, cut_all included)
    cut_reasons: dict[str, int]  # before_query, after_query, reply, random_before, ...
    commits_dropped: int  # COMMITs forwarded whose reply was swallowed (then cut)
    replies_dropped: int  # all swallowed replies (commits included)
    queries: dict[str, int]  # COM_QUERY by first keyword: {"SELECT": 3, "COMMIT": 1, ...}
    commands: dict[str, int]  # every command by name: {"Query": 4, "Ping": 1, "Quit": 1}
    cut_server_threads: tuple[int, ...]  # server connection ids of the cut connections
    tls_connections: int  # connections that went TLS (strip_tls=False): opaque, no faults
    bytes_from_client: int
    bytes_from_server: int


class _Counters:
    def __init__(self) -> None:
        self.connections = 0
        self.upstream_failures = 0
        self.cuts = 0
        self.cut_reasons: Counter[str] = Counter()
        self.commits_dropped = 0
        self.replies_dropped = 0
        self.queries: Counter[str] = Counter()
        self.commands: Counter[str] = Counter()
        self.cut_server_threads: list[int] = []
        self.tls_connections = 0
        self.bytes_from_client = 0
        self.bytes_from_server = 0


# --------------------------------------------------------------------------- connections


class _Pair:
    """One client connection and its upstream connection."""

    def __init__(self, client: socket.socket) -> None:
        self.client = client
        self.server: socket.socket | None = None
        self.connecting = False
        self.connect_deadline = 0.0
        self.from_client = PacketReader()
        self.from_server = PacketReader()
        self.to_server = bytearray()
        self.to_client = bytearray()
        self.client_eof = False
        self.server_eof = False
        self.cut_after_flush: str | None = None  # reason: cut once to_server is sent
        self.swallow: str | None = None  # reason: swallow the next server packet, then cut
        self.greeted = False
        self.server_thread: int | None = None
        self.tls = False  # the client started TLS: opaque bytes from then on
        self.closed = False
        self.registered: dict[socket.socket, int] = {}


def _nodelay(sock: socket.socket) -> None:
    sock.setblocking(False)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


# --------------------------------------------------------------------------- the proxy


class FaultProxy:
    """A TCP proxy on `host`:`port` (0: a free port) to `upstream`, transparent until told.

    `rst`: cut with a TCP RST (SO_LINGER 0) instead of a FIN. `strip_tls`: see the module's
    docstring. `connect_timeout`: to reach `upstream`; past it the client is disconnected.
    The thread starts at once; `close()` (or leaving the `with` block) stops it.

    Faults apply to every connection through the proxy; each arming call adds a fault that
    stays armed until it has fired `times` times (None: until `reset()`). Arming is thread-safe
    and takes effect for the next command the proxy reads. At most one fault fires per
    statement: armed faults are tried in the order they were armed (each one that matches
    counts the statement against its `skip`), the first that fires decides, and a random cut
    (drawn for every command, so that draws stay reproducible) only applies if none did.
    """

    def __init__(
        self,
        upstream: tuple[str, int] = ("127.0.0.1", 3306),
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        rst: bool = False,
        strip_tls: bool = True,
        connect_timeout: float = 5.0,
    ) -> None:
        self.upstream = upstream
        self.rst = rst
        self.strip_tls = strip_tls
        self.connect_timeout = connect_timeout
        self._upstream_addr = _resolve(upstream)
        self._lock = threading.Lock()
        self._counters = _Counters()
        self._triggers: list[_Trigger] = []
        self._rng: random.Random | None = None
        self._probability = 0.0
        self._random_when: When = "either"
        self._black_hole = False  # written by the loop only (black_hole() goes through it)
        self._calls: list[Callable[[], None]] = []
        self._stopping = False
        self._error: BaseException | None = None
        self._pairs: list[_Pair] = []

        self._selector = selectors.DefaultSelector()
        self._wake_r, self._wake_w = socket.socketpair()
        self._listener: socket.socket | None = None
        # Holds the port while refuse(True) has closed the listener: nobody else can take it,
        # and connecting to a bound but non-listening port is refused (ECONNREFUSED).
        self._holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            self._wake_r.setblocking(False)
            self._wake_w.setblocking(False)
            self._selector.register(self._wake_r, _READ, "wake")
            self._listener = self._listen(host, port)
            self.host, self.port = self._listener.getsockname()[:2]
            self._holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            self._holder.bind((self.host, self.port))
        except BaseException:
            for resource in (self._listener, self._holder, self._wake_r, self._wake_w):
                if resource is not None:
                    resource.close()
            self._selector.close()
            raise
        self._thread = threading.Thread(
            target=self._run, name=f"fault-proxy:{self.port}", daemon=True
        )
        self._thread.start()

    @classmethod
    def for_url(cls, database_url: Any, **kwargs: Any) -> FaultProxy:
        """A proxy whose upstream is the URL's host and port (3306 if none)."""
        parts = urlsplit(_url_text(database_url))
        return cls((parts.hostname or "127.0.0.1", parts.port or 3306), **kwargs)

    # ---------------------------------------------------------------- life cycle

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close every socket and join the loop thread (idempotent). Re-raises a loop crash."""
        if self._thread.is_alive():
            self._stopping = True
            self._wake()
            self._thread.join(LOOP_CALL_TIMEOUT_S)
            if self._thread.is_alive():  # pragma: no cover - a bug in the loop
                raise RuntimeError("the fault proxy's thread did not stop")
        if self._error is not None:
            error, self._error = self._error, None
            raise RuntimeError("the fault proxy's loop crashed") from error

    @property
    def address(self) -> tuple[str, int]:
        return (self.host, self.port)

    def url_for(self, database_url: Any) -> str:
        """The same URL (str or SQLAlchemy URL) with host and port replaced by the proxy's."""
        text = _url_text(database_url)
        parts = urlsplit(text)
        if not parts.netloc:
            raise ValueError("not a URL with a host")
        if "unix_socket" in parse_qs(parts.query):
            raise ValueError("a unix_socket URL would not go through the proxy")
        userinfo, at, _ = parts.netloc.rpartition("@")
        return urlunsplit(parts._replace(netloc=f"{userinfo}{at}{self.host}:{self.port}"))

    # ---------------------------------------------------------------- faults

    def cut_before_query(self, matching: Matching, *, times: int | None = 1, skip: int = 0) -> None:
        """Cut the connection instead of forwarding a matching COM_QUERY: the statement never
        reaches the server; the client, waiting for the reply, gets "Lost connection" (2013).
        `matching`: bytes/str = case-insensitive substring of the SQL, re.Pattern = search(),
        None = any statement. `skip` matching statements pass first; fires `times` times."""
        self._arm(_Trigger("before_query", _matcher(matching), times, skip))

    def cut_after_query(self, matching: Matching, *, times: int | None = 1, skip: int = 0) -> None:
        """Forward a matching COM_QUERY, then cut at once (before any reply reaches the
        client). The server has the statement and usually runs it; its open transaction is
        rolled back when it notices the cut, an autocommit statement stays committed."""
        self._arm(_Trigger("after_query", _matcher(matching), times, skip))

    def drop_reply(self, matching: Matching, *, times: int | None = 1, skip: int = 0) -> None:
        """Forward a matching COM_QUERY, wait for the first packet of the server's reply,
        discard it and cut: the client only sees "Lost connection" (2013). For a statement
        answered by OK/ERR (DML, COMMIT) the server has finished it by then (and committed it,
        in autocommit mode)."""
        self._arm(_Trigger("reply", _matcher(matching), times, skip))

    def drop_reply_to_commit(self, times: int | None = 1, *, skip: int = 0) -> None:
        """drop_reply for COMMIT statements: the COMMIT happens, the client never hears it."""
        self._arm(_Trigger("commit_reply", _is_commit, times, skip))

    def random_cuts(self, probability: float, seed: int, *, when: When = "either") -> None:
        """For every command from now on (any command: Query, Ping, Quit...; never the
        handshake), cut with `probability`, drawn from Random(seed): before forwarding it,
        after, or either (a second draw). Same commands, same cuts. Calling it again restarts
        the sequence; probability 0 switches random cuts off."""
        if not 0.0 <= probability <= 1.0:
            raise ValueError("probability must be between 0 and 1")
        if when not in ("before", "after", "either"):
            raise ValueError("when must be 'before', 'after' or 'either'")
        with self._lock:
            self._probability = probability
            self._rng = random.Random(seed) if probability else None
            self._random_when = when

    def black_hole(self, on: bool = True) -> None:
        """Freeze the network (True) or heal it (False). Frozen: nothing is read or sent on
        any connection and new connections are accepted but not connected upstream, so
        clients wait for their read timeout. Bytes are held, not lost: on healing they flow
        on (as TCP would retransmit them), new connections get connected upstream, and a
        client that gave up meanwhile has its pending bytes delivered, then its connection
        closed. Returns once the loop has applied it."""
        self._on_loop(lambda: self._set_black_hole(on))

    def refuse(self, on: bool = True) -> None:
        """Refuse new connections (ECONNREFUSED: PyMySQL error 2003) or accept them again.
        Open connections are not touched. Returns once applied."""
        self._on_loop(lambda: self._set_refusing(on))

    def cut_all(self) -> int:
        """Cut every open connection now (a server restart, a dead switch); how many."""
        result: list[int] = []

        def cut() -> None:
            pairs = list(self._pairs)
            for pair in pairs:
                self._cut(pair, "cut_all")
            result.append(len(pairs))

        self._on_loop(cut)
        return result[0]

    def reset(self) -> None:
        """Back to a transparent proxy: disarm every fault, heal, accept. Stats are kept."""
        with self._lock:
            self._triggers.clear()
            self._rng = None
            self._probability = 0.0
        self.black_hole(False)
        self.refuse(False)

    def reset_stats(self) -> None:
        with self._lock:
            self._counters = _Counters()

    @property
    def armed(self) -> list[tuple[str, int | None]]:
        """The faults still armed, as (kind, fires left or None for unlimited)."""
        with self._lock:
            return [(t.kind, t.remaining) for t in self._triggers if t.remaining != 0]

    @property
    def stats(self) -> ProxyStats:
        with self._lock:
            c = self._counters
            return ProxyStats(
                connections=c.connections,
                active=len(self._pairs),
                upstream_failures=c.upstream_failures,
                cuts=c.cuts,
                cut_reasons=dict(c.cut_reasons),
                commits_dropped=c.commits_dropped,
                replies_dropped=c.replies_dropped,
                queries=dict(c.queries),
                commands=dict(c.commands),
                cut_server_threads=tuple(c.cut_server_threads),
                tls_connections=c.tls_connections,
                bytes_from_client=c.bytes_from_client,
                bytes_from_server=c.bytes_from_server,
            )

    def server_threads(self) -> list[int]:
        """Server connection ids (CONNECTION_ID()) of the connections open now."""
        with self._lock:
            return [p.server_thread for p in self._pairs if p.server_thread is not None]

    # ---------------------------------------------------------------- talking to the loop

    def _arm(self, trigger: _Trigger) -> None:
        with self._lock:
            self._triggers = [t for t in self._triggers if t.remaining != 0]
            self._triggers.append(trigger)

    def _wake(self) -> None:
        with contextlib.suppress(OSError):  # full: already awake; closed: stopped
            self._wake_w.send(b"x")

    def _on_loop(self, fn: Callable[[], None]) -> None:
        """Run `fn` on the loop thread between two rounds and wait for it."""
        if threading.current_thread() is self._thread:
            fn()
            return
        if not self._thread.is_alive():
            raise RuntimeError("the fault proxy is closed")
        done = threading.Event()
        failure: list[BaseException] = []

        def call() -> None:
            try:
                fn()
            except BaseException as exc:  # handed to the caller
                failure.append(exc)
            finally:
                done.set()

        with self._lock:
            self._calls.append(call)
        self._wake()
        if not done.wait(LOOP_CALL_TIMEOUT_S):
            raise RuntimeError("the fault proxy's loop does not answer")
        if failure:
            raise failure[0]

    # ---------------------------------------------------------------- the loop (its thread)

    def _listen(self, host: str, port: int) -> socket.socket:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            listener.bind((host, port))
            listener.listen(64)
            listener.setblocking(False)
            self._selector.register(listener, _READ, "listen")
        except BaseException:
            listener.close()
            raise
        return listener

    def _run(self) -> None:
        try:
            while not self._stopping:
                with self._lock:
                    calls, self._calls = self._calls, []
                for call in calls:
                    call()
                self._update_interests()
                for key, events in self._selector.select(self._timeout()):
                    if key.data == "wake":
                        self._drain_wake()
                    elif key.data == "listen":
                        self._accept()
                    else:
                        pair, side = key.data
                        self._on_event(pair, side, events)
                self._expire_connects()
        except BaseException as exc:  # kept for close() to re-raise in the test's thread
            self._error = exc
        finally:
            self._teardown()

    def _timeout(self) -> float:
        return 0.1 if any(p.connecting for p in self._pairs) else 1.0

    def _drain_wake(self) -> None:
        try:
            while self._wake_r.recv(4096):
                pass
        except BlockingIOError:
            pass

    def _teardown(self) -> None:
        for pair in list(self._pairs):
            self._close_pair(pair)
        with self._lock:
            calls, self._calls = self._calls, []
        for call in calls:  # callers waiting on a stopping proxy: let them go
            call()
        if self._listener is not None:
            self._selector.unregister(self._listener)
            self._listener.close()
            self._listener = None
        self._selector.unregister(self._wake_r)
        self._selector.close()
        self._holder.close()
        self._wake_r.close()
        self._wake_w.close()

    def _set_black_hole(self, on: bool) -> None:
        self._black_hole = on
        if not on:
            for pair in list(self._pairs):
                if pair.server is None and not pair.closed:
                    self._connect_upstream(pair)
                else:
                    self._pump(pair)

    def _set_refusing(self, on: bool) -> None:
        if on and self._listener is not None:
            self._selector.unregister(self._listener)
            self._listener.close()
            self._listener = None
        elif not on and self._listener is None:
            self._listener = self._listen(self.host, self.port)

    def _accept(self) -> None:
        while self._listener is not None:
            try:
                client, _ = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:  # e.g. the client reset before we accepted
                return
            _nodelay(client)
            pair = _Pair(client)
            with self._lock:
                self._counters.connections += 1
                self._pairs.append(pair)
            if not self._black_hole:
                self._connect_upstream(pair)

    def _connect_upstream(self, pair: _Pair) -> None:
        family, address = self._upstream_addr
        server = socket.socket(family, socket.SOCK_STREAM)
        _nodelay(server)
        pair.server = server
        pair.connecting = True
        pair.connect_deadline = time.monotonic() + self.connect_timeout
        code = server.connect_ex(address)
        if code not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN):
            self._upstream_failed(pair)

    def _upstream_failed(self, pair: _Pair) -> None:
        with self._lock:
            self._counters.upstream_failures += 1
        self._close_pair(pair)

    def _expire_connects(self) -> None:
        now = time.monotonic()
        for pair in list(self._pairs):
            if pair.connecting and now > pair.connect_deadline:
                self._upstream_failed(pair)

    def _update_interests(self) -> None:
        for pair in self._pairs:
            for sock, side in ((pair.client, _CLIENT), (pair.server, _SERVER)):
                if sock is None:
                    continue
                wanted = self._wanted(pair, side)
                current = pair.registered.get(sock, 0)
                if wanted == current:
                    continue
                if not current:
                    self._selector.register(sock, wanted, (pair, side))
                elif not wanted:
                    self._selector.unregister(sock)
                else:
                    self._selector.modify(sock, wanted, (pair, side))
                pair.registered[sock] = wanted

    def _wanted(self, pair: _Pair, side: str) -> int:
        if side == _SERVER and pair.connecting:
            return _WRITE
        if self._black_hole or pair.closed:
            return 0
        events = 0
        if side == _CLIENT:
            reading = not pair.client_eof and pair.cut_after_flush is None
            if reading and len(pair.to_server) < HIGH_WATER:
                events |= _READ
            if pair.to_client:
                events |= _WRITE
        else:
            if not pair.server_eof and len(pair.to_client) < HIGH_WATER:
                events |= _READ
            if pair.to_server:
                events |= _WRITE
        return events

    def _on_event(self, pair: _Pair, side: str, events: int) -> None:
        if pair.closed:
            return
        if side == _SERVER and pair.connecting:
            assert pair.server is not None
            if pair.server.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR):
                self._upstream_failed(pair)
                return
            pair.connecting = False
        elif events & _READ and not self._black_hole:
            self._read(pair, side)
        self._pump(pair)

    def _read(self, pair: _Pair, side: str) -> None:
        sock = pair.client if side == _CLIENT else pair.server
        assert sock is not None
        try:
            data = sock.recv(RECV_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._close_pair(pair)
            return
        if side == _CLIENT:
            if not data:
                pair.client_eof = True
                return
            with self._lock:
                self._counters.bytes_from_client += len(data)
            if pair.tls:
                pair.to_server += data
            else:
                self._from_client(pair, pair.from_client.feed(data))
        else:
            if not data:
                pair.server_eof = True
                return
            with self._lock:
                self._counters.bytes_from_server += len(data)
            if pair.tls:
                pair.to_client += data
            else:
                self._from_server(pair, pair.from_server.feed(data))

    def _from_client(self, pair: _Pair, packets: list[bytes]) -> None:
        for index, packet in enumerate(packets):
            if pair.closed or pair.cut_after_flush is not None:
                return  # the connection is being cut: nothing more goes through
            payload = packet[4:]
            if packet[3] != 0 or not payload:  # handshake, continuation, LOCAL INFILE data
                pair.to_server += packet
                if not pair.greeted or packet[3] != 1 or not _is_ssl_request(payload):
                    continue
                # TLS from here on: what followed the SSL request is not packets.
                pair.tls = True
                with self._lock:
                    self._counters.tls_connections += 1
                pair.to_server += b"".join(packets[index + 1 :]) + pair.from_client.take()
                pair.to_client += pair.from_server.take()
                return
            before, after, swallow = self._decide(payload)
            if before:
                self._cut(pair, before)
                return
            pair.to_server += packet
            if after:
                pair.cut_after_flush = after
            elif swallow:
                pair.swallow = swallow

    def _decide(self, payload: bytes) -> tuple[str | None, str | None, str | None]:
        """Count a command and pick its fate: (cut before, cut after, swallow the reply)."""
        command = payload[0]
        sql = payload[1:] if command == COM_QUERY else None
        with self._lock:
            counters = self._counters
            counters.commands[COMMAND_NAMES.get(command, f"0x{command:02x}")] += 1
            if sql is not None:
                counters.queries[statement_keyword(sql)] += 1
            fired = None
            if sql is not None:
                fired = next((t.kind for t in self._triggers if t.hit(sql)), None)
            if self._rng is not None and self._rng.random() < self._probability:
                when = self._random_when
                if when == "either":
                    when = "before" if self._rng.random() < 0.5 else "after"
                fired = fired or f"random_{when}"
            before = fired if fired in ("before_query", "random_before") else None
            after = fired if fired in ("after_query", "random_after") else None
            swallow = fired if fired in ("reply", "commit_reply") else None
            return before, after, swallow

    def _from_server(self, pair: _Pair, packets: list[bytes]) -> None:
        for packet in packets:
            if pair.closed:
                return
            if not pair.greeted:
                pair.greeted = True
                pair.server_thread = _greeting_thread_id(packet)
                if self.strip_tls:
                    packet = _without_ssl(packet)
            if pair.swallow is not None:
                reason, pair.swallow = pair.swallow, None
                with self._lock:
                    self._counters.replies_dropped += 1
                    if reason == "commit_reply":
                        self._counters.commits_dropped += 1
                self._cut(pair, reason)
                return
            if pair.cut_after_flush is not None:
                continue  # the client must not hear back from a statement cut after
            pair.to_client += packet

    def _pump(self, pair: _Pair) -> None:
        """Send what can be sent, then cut or close the pair when its time has come."""
        if pair.closed or self._black_hole:
            return
        upstream_ready = pair.server is not None and not pair.connecting
        if upstream_ready and pair.to_server and not self._send(pair, pair.server, pair.to_server):
            return
        if pair.to_client and not self._send(pair, pair.client, pair.to_client):
            return
        if pair.cut_after_flush is not None and not pair.to_server and not pair.connecting:
            self._cut(pair, pair.cut_after_flush)
        elif pair.client_eof and not pair.to_server and not pair.connecting:
            self._close_pair(pair)  # the client left (COM_QUIT, then FIN)
        elif pair.server_eof and not pair.to_client:
            self._close_pair(pair)  # the server left (wait_timeout, KILL, shutdown)

    def _send(self, pair: _Pair, sock: socket.socket, buffer: bytearray) -> bool:
        try:
            sent = sock.send(buffer)
        except (BlockingIOError, InterruptedError):
            return True
        except OSError:
            self._close_pair(pair)
            return False
        del buffer[:sent]
        return True

    def _cut(self, pair: _Pair, reason: str) -> None:
        if pair.closed:
            return
        with self._lock:
            counters = self._counters
            counters.cuts += 1
            counters.cut_reasons[reason] += 1
            if pair.server_thread is not None:
                counters.cut_server_threads.append(pair.server_thread)
        self._close_pair(pair, rst=self.rst)

    def _close_pair(self, pair: _Pair, rst: bool = False) -> None:
        if pair.closed:
            return
        pair.closed = True
        for sock in (pair.client, pair.server):
            if sock is None:
                continue
            if pair.registered.get(sock):
                self._selector.unregister(sock)
            if rst:
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.close()
        pair.registered.clear()
        with self._lock:
            self._pairs.remove(pair)


def _greeting_thread_id(packet: bytes) -> int | None:
    """The connection id in the server's initial handshake packet (protocol 10)."""
    payload = packet[4:]
    if not payload or payload[0] != 10:
        return None
    end = payload.find(b"\0", 1)
    if end < 0 or len(payload) < end + 5:
        return None
    return int.from_bytes(payload[end + 1 : end + 5], "little")


def _greeting_capabilities_at(packet: bytes) -> int | None:
    """Where the lower 2 bytes of the capability flags are in a protocol-10 greeting."""
    if len(packet) < 5 or packet[4] != 10:
        return None
    end = packet.find(b"\0", 5)
    at = end + 14  # after the NUL: connection id (4), auth data part 1 (8), filler (1)
    return at if end >= 0 and len(packet) >= at + 2 else None


def _without_ssl(packet: bytes) -> bytes:
    """The greeting without CLIENT_SSL: a client in "preferred" mode stays in plain text."""
    at = _greeting_capabilities_at(packet)
    if at is None or not int.from_bytes(packet[at : at + 2], "little") & CLIENT_SSL:
        return packet
    flags = int.from_bytes(packet[at : at + 2], "little") & ~CLIENT_SSL
    return packet[:at] + flags.to_bytes(2, "little") + packet[at + 2 :]


def _is_ssl_request(payload: bytes) -> bool:
    """The 32-byte handshake response a client sends before switching to TLS."""
    return len(payload) == 32 and bool(int.from_bytes(payload[:4], "little") & CLIENT_SSL)


def _resolve(upstream: tuple[str, int]) -> tuple[int, tuple]:
    infos = socket.getaddrinfo(upstream[0], upstream[1], type=socket.SOCK_STREAM)
    infos.sort(key=lambda info: info[0] != socket.AF_INET)  # 127.0.0.1 before ::1
    family, _, _, _, address = infos[0]
    return family, address


def _url_text(url: Any) -> str:
    if isinstance(url, str):
        return url
    render = getattr(url, "render_as_string", None)  # a SQLAlchemy URL
    return render(hide_password=False) if render else str(url)


# --------------------------------------------------------------------------- server side


def wait_sessions_ended(
    dbapi_connection: Any, thread_ids: Iterable[int], timeout: float = 5.0
) -> None:
    """Wait until the server has ended these sessions (gone from the process list, their
    transactions rolled back). `dbapi_connection`: a direct DB-API connection (PyMySQL, or
    `engine.raw_connection()`), not one through the proxy. TimeoutError after `timeout`."""
    ids = sorted({int(i) for i in thread_ids})
    if not ids:
        return
    query = (
        "SELECT COUNT(*) FROM information_schema.PROCESSLIST "
        f"WHERE ID IN ({', '.join(map(str, ids))})"
    )
    deadline = time.monotonic() + timeout
    while True:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(query)
            (left,) = cursor.fetchone()
        finally:
            cursor.close()
        if not left:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"server sessions {ids} still running after {timeout} s")
        time.sleep(0.01)
