"""The administrator's backups screen: back up now, the list shows it, verify says OK,
restore asks for the database's name, prune shows what it would delete first."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.gui.screens import backups as screen_module
from ocpizza_desk.gui.screens.backups import BackupsScreen
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.ops import backup
from ocpizza_desk.ops import backup_admin as backups
from tests.gui.driving import WAIT_MS, signed_in
from tests.helpers import staff


def backups_screen(qtbot, demo, tmp_path):
    runner = TaskRunner()
    screen = BackupsScreen(demo, staff(demo, "admin"), runner, folder=tmp_path)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT_MS)
    return screen, runner


def click(button) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_back_up_then_verify_shows_ok(qtbot, qt_settings, alerts_log, demo, tmp_path):
    screen, runner = backups_screen(qtbot, demo, tmp_path)
    table = screen.ui.backupsTable
    assert table.rowCount() == 0 and not screen.ui.verifyButton.isEnabled()

    seen: list[int] = []
    screen.ui.progressBar.valueChanged.connect(seen.append)
    click(screen.ui.createButton)
    assert not screen.ui.createButton.isEnabled()  # busy while it runs
    qtbot.waitUntil(lambda: table.rowCount() == 1 and not screen.busy, timeout=WAIT_MS)
    assert seen and seen[-1] == 100  # the progress bar went up to the end
    (info,) = backup.list(tmp_path)
    assert "Sauvegarde écrite" in screen.ui.statusLabel.text()
    # The database's version as a number (7), not the migration's name ("0007_accounts"); the
    # size in the user's units ("11,1 Mo", not "11.1 MB").
    assert table.item(0, 3).text() == str(int(info.revision.split("_")[0]))
    assert table.item(0, 2).text() in ("SQLite", "MariaDB")
    assert re.fullmatch(r"\d+(,\d)?\u00a0(o|Ko|Mo|Go)", table.item(0, 1).text())
    assert table.item(0, 5).text() == "pas encore"
    assert table.horizontalHeaderItem(6).text() == "Gardée au titre de"
    assert table.item(0, 6).text().startswith("Quotidienne (")  # the retention rule keeping it

    table.selectRow(0)
    click(screen.ui.verifyButton)
    qtbot.waitUntil(lambda: screen.last_verify is not None, timeout=WAIT_MS)
    assert screen.last_verify.ok
    qtbot.waitUntil(lambda: table.item(0, 5).text() == "OK", timeout=WAIT_MS)
    assert "Vérifiée" in screen.ui.statusLabel.text()
    assert alerts_log == []
    screen.grab().save(str(tmp_path / "backups.png"))
    runner.wait_idle()


def test_restore_needs_the_database_name_and_prune_asks_first(
    qtbot, qt_settings, alerts_log, demo, tmp_path, monkeypatch
):
    admin = staff(demo, "admin")
    first = backups.create(demo, admin, tmp_path)
    screen, runner = backups_screen(qtbot, demo, tmp_path)
    table = screen.ui.backupsTable
    table.selectRow(0)
    asked: list[str] = []
    monkeypatch.setattr(
        screen_module, "ask_text", lambda _p, _t, text: asked.append(text) or "wrong name"
    )
    click(screen.ui.restoreButton)
    qtbot.waitUntil(lambda: bool(alerts_log) and not screen.busy, timeout=WAIT_MS)
    name = backups.database_name(demo)
    assert name in asked[0]  # the target is named
    assert alerts_log[-1][0] == "critical" or name in alerts_log[-1][2]

    with demo.engine.begin() as c:
        c.exec_driver_sql("UPDATE stores SET name = 'After the backup' WHERE id = 1")
    monkeypatch.setattr(screen_module, "ask_text", lambda *_: name)
    click(screen.ui.restoreButton)
    qtbot.waitUntil(lambda: "Restaurée" in screen.ui.statusLabel.text(), timeout=WAIT_MS)
    with demo.engine.connect() as c:
        assert c.exec_driver_sql("SELECT name FROM stores WHERE id = 1").scalar() != (
            "After the backup"
        )

    # Prune: a second backup of the same day makes the first one go, after a question.
    backups.create(demo, admin, tmp_path)
    qtbot.waitUntil(lambda: not screen.busy, timeout=WAIT_MS)
    alerts_log.clear()
    monkeypatch.setattr(
        screen_module.alerts,
        "presenter",
        lambda kind, p, t, text: alerts_log.append((kind, t, text)) or False,
    )
    click(screen.ui.pruneButton)
    qtbot.waitUntil(lambda: bool(alerts_log) and not screen.busy, timeout=WAIT_MS)
    assert alerts_log[0][0] == "question" and first.name in alerts_log[0][2]
    assert first.path.exists()  # declined: nothing deleted
    runner.wait_idle()


def test_the_administrator_has_the_screen(qtbot, desk):
    window = signed_in(qtbot, desk, "admin", DEMO_PASSWORDS[Role.ADMIN])
    assert "backups" in [
        window.ui.navigationList.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(window.ui.navigationList.count())
    ]


def test_sizes_and_versions_read_as_the_user_speaks(qt_settings):
    from ocpizza_desk.gui import i18n
    from ocpizza_desk.gui.screens.backups import human_size, schema_version

    assert human_size(11_640_000) == "11,1\u00a0Mo"
    assert human_size(900) == "900\u00a0o"
    assert schema_version("0007_accounts") == "7"
    i18n.install("en", remember=False)
    assert human_size(11_640_000) == "11.1 MB"
