"""A throwaway MariaDB server for a test session, where mariadbd is installed but no server
is reachable: its own data folder and port, no configuration files read, no grant tables."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def installed() -> str | None:
    return shutil.which("mariadbd") or (
        "/usr/sbin/mariadbd" if Path("/usr/sbin/mariadbd").exists() else None
    )


class PrivateMariaDB:
    def __init__(
        self, base: Path, extra_args: tuple[str, ...] = (), grant_tables: bool = False
    ) -> None:
        self.base = base
        self.extra_args = extra_args
        self.grant_tables = grant_tables  # accounts and roles are checked (root: no password)
        self.datadir = base / "data"
        self.port = _free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"mysql+pymysql://root@127.0.0.1:{self.port}/"

    def start(self, timeout_s: float = 60) -> str:
        mariadbd = installed()
        install_db = shutil.which("mariadb-install-db") or shutil.which("mysql_install_db")
        if not mariadbd or not install_db:
            raise RuntimeError("mariadbd or mariadb-install-db not found")
        user = "root" if os.geteuid() == 0 else os.environ.get("USER", "nobody")
        # --no-defaults first: the system's my.cnf would switch to the mysql user.
        subprocess.run(
            [
                install_db,
                "--no-defaults",
                f"--user={user}",
                f"--datadir={self.datadir}",
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
            ],
            check=True,
            capture_output=True,
        )
        self.process = subprocess.Popen(
            [
                mariadbd,
                "--no-defaults",
                f"--user={user}",
                f"--datadir={self.datadir}",
                f"--port={self.port}",
                "--bind-address=127.0.0.1",
                f"--socket={self.base / 'mysqld.sock'}",
                f"--pid-file={self.base / 'mysqld.pid'}",
                f"--log-error={self.base / 'error.log'}",
                *(() if self.grant_tables else ("--skip-grant-tables",)),
                "--skip-name-resolve",
                "--innodb-buffer-pool-size=128M",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                *self.extra_args,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"mariadbd exited; see {self.base / 'error.log'}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self.url
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("mariadbd did not start in time")

    def freeze(self, timeout_s: float = 10) -> None:
        """SIGSTOP, then wait until every thread is stopped: kill() returns once the signal is
        queued, and on a busy machine a server thread can still answer a query meanwhile
        (the group stop starts only when one thread is scheduled and takes the signal)."""
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGSTOP)
        deadline = time.monotonic() + timeout_s
        while not self._all_threads_stopped():
            if time.monotonic() > deadline:
                self.thaw()  # never leave it half stopped for the tests after
                raise RuntimeError("mariadbd did not stop after SIGSTOP")
            time.sleep(0.005)

    def thaw(self) -> None:
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGCONT)

    def _all_threads_stopped(self) -> bool:
        tasks = Path(f"/proc/{self.process.pid}/task")
        states = []
        for task in tasks.iterdir():
            try:
                stat = (task / "stat").read_text()
            except OSError:  # the thread ended meanwhile
                continue
            states.append(stat.rsplit(")", 1)[1].split()[0])  # the field after "(comm)"
        return bool(states) and all(state in ("T", "t") for state in states)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.process = None
