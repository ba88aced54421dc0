"""Losing the database for real (MariaDB behind a proxy we can cut): the indicator goes
reconnecting then offline and comes back; an order validated meanwhile keeps the cart locked,
is looked up by its key, and is placed once when sent again; an order whose COMMIT reply is
lost is found and shown with its payment and change."""

from __future__ import annotations

import contextlib
import re
import socket
import threading

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text
from sqlalchemy.engine import make_url

from ocpizza_desk.config import DatabaseConfig
from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.gui import connection
from ocpizza_desk.gui.app import DeskApplication
from ocpizza_desk.gui.connection import ConnectionMonitor, LinkState
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services.context import ServiceContext
from tests.gui.driving import WAIT_MS, signed_in

pytestmark = pytest.mark.mysql_only


class CuttableProxy:
    """A TCP relay to the database that can drop every link and refuse new ones."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open = True
        self._links: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open:
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            with self._lock:
                self._links += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        for end in (source, sink):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        self.open = False
        with self._lock:
            links, self._links = self._links, []
        for link in links:
            with contextlib.suppress(OSError):
                link.shutdown(socket.SHUT_RDWR)
            link.close()

    def restore(self) -> None:
        self.open = True

    def close(self) -> None:
        self.cut()
        self.listener.close()


def proxied(config: DatabaseConfig) -> tuple[CuttableProxy, DatabaseConfig]:
    url = make_url(config.url)
    proxy = CuttableProxy(url.host or "127.0.0.1", url.port or 3306)
    through = url.set(host="127.0.0.1", port=proxy.port)
    return proxy, DatabaseConfig(url=through.render_as_string(hide_password=False), source="tests")


@pytest.fixture
def fast_pings(monkeypatch):
    monkeypatch.setattr(connection, "HEALTHY_PING_MS", 200)
    monkeypatch.setattr(connection, "TROUBLED_PING_MS", 50)


def test_the_indicator_follows_the_database_away_and_back(qtbot, new_database, fast_pings):
    proxy, config = proxied(new_database("mariadb"))
    ctx = ServiceContext(config)
    runner = TaskRunner()
    monitor = ConnectionMonitor(ctx, runner)
    states: list[str] = []
    monitor.changed.connect(states.append)
    try:
        monitor.ping()
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
        assert monitor.state is LinkState.CONNECTED and states == []
        proxy.cut()
        qtbot.waitUntil(lambda: monitor.state is LinkState.OFFLINE, timeout=WAIT_MS)
        assert states == ["reconnecting", "offline"]
        proxy.restore()
        qtbot.waitUntil(lambda: monitor.state is LinkState.CONNECTED, timeout=WAIT_MS)
        assert states == ["reconnecting", "offline", "connected"]
    finally:
        monitor.stop()
        runner.wait_idle()
        ctx.close()
        proxy.close()


@pytest.mark.parametrize("backend", ["mariadb"], indirect=True)
def test_an_order_sent_while_the_database_is_away_keeps_the_cart_and_lands_once(
    qtbot, qt_settings, alerts_log, demo, fast_pings
):
    proxy, config = proxied(demo.config)
    desk = DeskApplication(config)
    qtbot.addWidget(desk.sign_in)
    desk.start()
    try:
        qtbot.waitUntil(lambda: desk.sign_in.state == "ready", timeout=WAIT_MS)
        window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
        window.show()
        screen = window.page("order_taking")
        ui = screen.ui
        qtbot.waitUntil(lambda: screen.menu_model.rowCount() > 0, timeout=WAIT_MS)
        ui.menuSearchEdit.setText("Margherita")
        qtbot.keyClick(ui.menuSearchEdit, Qt.Key.Key_Return)
        key = screen.client_key
        with demo.engine.connect() as c:
            before = c.execute(text("SELECT COUNT(*) FROM orders")).scalar_one()

        proxy.cut()
        ui.validateButton.click()
        # The send failed without an answer: the form stays locked while what was saved
        # is looked up by the order's key.
        qtbot.waitUntil(lambda: "vérification" in ui.messageLabel.text(), timeout=WAIT_MS)
        assert screen.cart.rowCount() == 1 and screen.client_key == key
        assert not ui.validateButton.isEnabled() and not ui.cartView.isEnabled()
        assert screen.has_unsaved_work()
        qtbot.waitUntil(lambda: window.monitor.state is not LinkState.CONNECTED, timeout=WAIT_MS)
        assert "Connecté" not in window.connection_label.text()

        proxy.restore()
        # As soon as the database answers: nothing had reached it, and the cashier is told.
        qtbot.waitUntil(lambda: "Rien n" in ui.messageLabel.text(), timeout=WAIT_MS)
        assert ui.validateButton.isEnabled() and screen.client_key == key
        with qtbot.waitSignal(screen.order_saved, timeout=WAIT_MS):
            ui.validateButton.click()
        with demo.engine.connect() as c:
            assert c.execute(text("SELECT COUNT(*) FROM orders")).scalar_one() == before + 1
            assert (
                c.execute(
                    text("SELECT COUNT(*) FROM orders WHERE client_key = :k"), {"k": key}
                ).scalar_one()
                == 1
            )
        assert "Connecté" in window.connection_label.text()
        assert not [a for a in alerts_log if a[0] == "critical"]
    finally:
        desk.runner.wait_idle()
        if desk.main_window is not None:
            desk.main_window.close()
            desk.main_window.deleteLater()
        desk.shutdown()
        proxy.close()


@pytest.mark.parametrize("backend", ["mariadb"], indirect=True)
def test_a_paid_order_whose_commit_reply_is_lost_is_found_and_shown_with_its_change(
    qtbot, qt_settings, alerts_log, demo, fast_pings
):
    """The COMMIT happened, its reply never came back: the screen must not say "not
    recorded", nor drop the paid-now payment; it finds the order by its key and shows it,
    change included, once."""
    from tests.fault_proxy import FaultProxy

    proxy = FaultProxy.for_url(demo.config.url)
    config = DatabaseConfig(url=proxy.url_for(demo.config.url), source="tests")
    desk = DeskApplication(config)
    qtbot.addWidget(desk.sign_in)
    desk.start()
    try:
        qtbot.waitUntil(lambda: desk.sign_in.state == "ready", timeout=WAIT_MS)
        window = signed_in(qtbot, desk, "accueil.bastille", DEMO_PASSWORDS[Role.COUNTER])
        window.show()
        screen = window.page("order_taking")
        ui = screen.ui
        qtbot.waitUntil(lambda: screen.menu_model.rowCount() > 0, timeout=WAIT_MS)
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("counter"))  # paid now
        ui.menuSearchEdit.setText("Margherita")
        qtbot.keyClick(ui.menuSearchEdit, Qt.Key.Key_Return)
        total = screen.net_total()
        ui.cashGivenEdit.setText("50")
        assert ui.paidNowCheck.isChecked()
        key = screen.client_key
        # The COMMIT dropped must be the order's: the live feed's polls (every 50 ms in tests)
        # and the menu's re-read after the cart changed commit too, so they are stopped or
        # done first (with the feed running, the poll's reply was often the one lost).
        window.feed.stop()
        qtbot.waitUntil(
            lambda: not screen._menu_timer.isActive() and not desk.runner.in_flight(),
            timeout=WAIT_MS,
        )

        proxy.drop_reply(re.compile(r"^\s*COMMIT", re.I), times=1, skip=0)
        with qtbot.waitSignal(screen.order_saved, timeout=3 * WAIT_MS) as saved:
            ui.validateButton.click()
        assert proxy.stats.replies_dropped == 1
        message = ui.messageLabel.text()
        assert "avait bien été enregistrée" in message
        change = 5000 - total
        assert f"Rendre {change // 100},{change % 100:02d}" in message
        with demo.engine.connect() as c:
            orders_kept = c.execute(
                text("SELECT id FROM orders WHERE client_key = :k"), {"k": key}
            ).all()
            paid = c.execute(
                text("SELECT SUM(amount_cents), COUNT(*) FROM payments WHERE order_id = :o"),
                {"o": saved.args[0]},
            ).one()
        assert [row.id for row in orders_kept] == [saved.args[0]]
        assert tuple(paid) == (total, 1)
        assert not [a for a in alerts_log if a[0] == "critical"]
    finally:
        desk.runner.wait_idle()
        if desk.main_window is not None:
            desk.main_window.close()
            desk.main_window.deleteLater()
        desk.shutdown()
        proxy.close()
