"""The administrator's backups: list, back up now, verify, restore, prune.

Each action runs on a worker (minutes on a big database) with the progress bar fed by the
service; the buttons stay disabled meanwhile. A restore names the database it replaces and
goes ahead only once the administrator has typed that name; prune shows what it would delete
before deleting anything.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QInputDialog, QLineEdit, QTableWidgetItem, QWidget

from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.gui import alerts, i18n, style
from ocpizza_desk.gui.forms.ui_backups import Ui_BackupsPage
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.ops import backup_admin as backups
from ocpizza_desk.ops.backup_admin import BackupInfo, PruneDecision, PruneReport, VerifyReport
from ocpizza_desk.services.auth import StaffSession

translate = QCoreApplication.translate


def _ask_text(parent: QWidget, title: str, text: str) -> str | None:
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Normal)
    return value if ok else None


# Replaced by tests: (parent, title, text) -> what was typed, or None when cancelled.
ask_text: Callable[[QWidget, str, str], str | None] = _ask_text


KEPT_COLUMN = 6  # after the form's columns: which retention rule keeps the backup


def kept_text(decision: PruneDecision) -> str:
    """The retention rule keeping a backup, or why the next prune deletes it."""
    day = decision.day.strftime("%d/%m/%Y") if decision.day else "?"
    texts = {
        "daily": translate("Backups", "Daily (%1)"),
        "weekly": translate("Backups", "Weekly (week from %1)"),
        "newest": translate("Backups", "The newest backup"),
        "future": translate("Backups", "Dated in the future"),
        "same-day": translate("Backups", "Next prune: a newer one of %1 is kept"),
        "same-week": translate("Backups", "Next prune: an older one of that week is kept"),
        "too-close": translate("Backups", "Next prune: too close to the next weekly copy"),
        "too-old": translate("Backups", "Next prune: older than the schedule"),
    }
    return texts.get(decision.rule, decision.reason).replace("%1", day)


def human_size(size: int) -> str:
    """1_163_919 -> "1,1 Mo" in French, "1.1 MB" in English (the UI's language and units)."""
    units = (
        translate("Backups", "%1 B"),
        translate("Backups", "%1 KB"),
        translate("Backups", "%1 MB"),
        translate("Backups", "%1 GB"),
    )
    value = float(size)
    for n, unit in enumerate(units):
        if value < 1024 or n == len(units) - 1:
            number = f"{value:.0f}" if n == 0 else f"{value:.1f}"
            if i18n.language() == "fr":
                number = number.replace(".", ",")
            return unit.replace("%1", number)
        value /= 1024
    return str(size)


def schema_version(revision: str | None) -> str:
    """ "0007_accounts" -> "7": the version of the database's layout, not its file name."""
    if not revision:
        return "?"
    number = revision.split("_", 1)[0]
    return str(int(number)) if number.isdigit() else revision


def backend_name(backend: str | None) -> str:
    return {"sqlite": "SQLite", "mysql": "MariaDB"}.get(backend or "", backend or "?")


class BackupsScreen(QWidget):
    def __init__(
        self, ctx, session: StaffSession, runner: TaskRunner, folder: Path | None = None
    ) -> None:
        super().__init__()
        self.ui = Ui_BackupsPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setObjectName("pageTitle")
        self.ctx, self.session, self.runner = ctx, session, runner
        self.folder = folder or backups.default_folder()
        self.backups: list[BackupInfo] = []
        self.decisions: list[PruneDecision] = []
        self.busy = False
        self.loaded = False
        self.last_verify: VerifyReport | None = None
        ui = self.ui
        ui.folderLabel.setText(
            translate("Backups", "Folder: %1 — database: %2")
            .replace("%1", str(self.folder))
            .replace("%2", backups.database_name(ctx))
        )
        table = ui.backupsTable
        table.setColumnCount(KEPT_COLUMN + 1)
        table.setHorizontalHeaderItem(KEPT_COLUMN, QTableWidgetItem())
        self._retranslate_kept()
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._update_buttons)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.createButton.clicked.connect(self.create)
        ui.verifyButton.clicked.connect(self.verify)
        ui.restoreButton.clicked.connect(self.restore)
        ui.pruneButton.clicked.connect(self.prune)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.refresh)
        ui.progressBar.setVisible(False)
        self._update_buttons()
        self.refresh()

    def _retranslate_kept(self) -> None:
        self.ui.backupsTable.horizontalHeaderItem(KEPT_COLUMN).setText(
            translate("Backups", "Kept by")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "decisions"):
            self.ui.retranslateUi(self)
            self._retranslate_kept()
            self._show([*reversed(self.decisions)])
        super().changeEvent(event)

    # ---- list

    def refresh(self) -> None:
        self.runner.run(
            lambda: backups.retention(self.ctx, self.session, self.folder),
            self._show,
            self._failed,
        )

    def _show(self, found: list[PruneDecision]) -> None:
        selected = self.selected()
        self.decisions = found[::-1]  # newest first
        self.backups = [d.info for d in self.decisions]
        table = self.ui.backupsTable
        table.setRowCount(len(self.backups))
        for row, decision in enumerate(self.decisions):
            info = decision.info
            verified = {
                None: translate("Backups", "not yet"),
                True: translate("Backups", "OK"),
                False: translate("Backups", "FAILED"),
            }[info.verified]
            if info.problem:
                verified = translate("Backups", "unreadable")
            cells = (
                to_paris(info.created_at).strftime("%d/%m/%Y %H:%M:%S"),
                human_size(info.size),
                backend_name(info.backend),
                schema_version(info.revision),
                f"{info.total_rows:,}".replace(",", "\u202f"),
                verified,
                kept_text(decision),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column in (1, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(info.name)
                if column == KEPT_COLUMN and not decision.keep:
                    item.setForeground(QBrush(QColor(style.MUTED)))
                table.setItem(row, column, item)
        if selected is not None:
            for row, info in enumerate(self.backups):
                if info.path == selected.path:
                    table.selectRow(row)
        self.loaded = True
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.ui.backupsTable.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.backups):
            return None
        return self.backups[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        ui = self.ui
        ui.createButton.setEnabled(not self.busy)
        ui.pruneButton.setEnabled(not self.busy and bool(self.backups))
        ui.verifyButton.setEnabled(not self.busy and chosen)
        ui.restoreButton.setEnabled(not self.busy and chosen)
        ui.refreshButton.setEnabled(not self.busy)

    # ---- running an action

    def _start(self, status: str, work, on_success) -> None:
        self.busy = True
        self.ui.statusLabel.setText(status)
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setVisible(True)
        self._update_buttons()
        self.runner.run_with_progress(work, self._progress, on_success, self._failed)

    def _progress(self, _step: str, fraction: float) -> None:
        self.ui.progressBar.setValue(round(100 * max(0.0, min(1.0, fraction))))

    def _finish(self, status: str) -> None:
        self.busy = False
        self.ui.progressBar.setVisible(False)
        self.ui.statusLabel.setText(status)
        self._update_buttons()
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._finish(translate("Backups", "Failed."))
        alerts.show_error(self, error)

    # ---- actions

    def create(self) -> None:
        self._start(
            translate("Backups", "Backing up…"),
            lambda report: backups.create(self.ctx, self.session, self.folder, report),
            self._created,
        )

    def _created(self, info: BackupInfo) -> None:
        self._finish(translate("Backups", "Backup written: %1").replace("%1", info.name))

    def verify(self) -> None:
        info = self.selected()
        if info is None:
            return
        self._start(
            translate("Backups", "Verifying %1…").replace("%1", info.name),
            lambda report: backups.verify(self.ctx, self.session, info.path, report),
            self._verified,
        )

    def _verified(self, found: VerifyReport) -> None:
        self.last_verify = found
        if found.ok:
            self._finish(
                translate("Backups", "Verified OK: checksums and a test restore (%1).").replace(
                    "%1", found.revision or "?"
                )
            )
            return
        if found.damaged:
            text = translate("Backups", "Damaged backup: %1").replace(
                "%1", ", ".join(found.damaged)
            )
        else:
            details = [*found.problems] + [
                f"{table}: {expected} → {restored}"
                for table, expected, restored in found.count_mismatches
            ]
            text = translate("Backups", "Verification failed: %1").replace("%1", "; ".join(details))
        self._finish(text)
        alerts.warning(self, translate("Backups", "Verify"), text)

    def restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        name = backups.database_name(self.ctx)
        when = to_paris(info.created_at).strftime("%d/%m/%Y %H:%M")
        typed = ask_text(
            self,
            translate("Backups", "Restore"),
            translate(
                "Backups",
                "Every piece of data in the database \u00ab %1 \u00bb will be replaced by the backup of %2. Orders taken since then are lost (GDPR erasures made since are applied again).\n\nType the database's name to confirm:",  # noqa: E501
            )
            .replace("%1", name)
            .replace("%2", when),
        )
        if typed is None:
            return
        self._start(
            translate("Backups", "Restoring %1…").replace("%1", info.name),
            lambda report: backups.restore(self.ctx, self.session, info.path, typed, report),
            self._restored,
        )

    def _restored(self, done) -> None:
        self._finish(
            translate("Backups", "Restored (database version %1); GDPR erasures applied again: %2.")
            .replace("%1", schema_version(done.revision))
            .replace("%2", str(done.erasures_replayed))
        )

    def prune(self) -> None:
        self._start(
            translate("Backups", "Looking for old backups…"),
            lambda _report: backups.plan_prune(self.ctx, self.session, self.folder),
            self._planned,
        )

    def _planned(self, plan: PruneReport) -> None:
        self.busy = False
        self.ui.progressBar.setVisible(False)
        self._update_buttons()
        if not plan.deleted:
            self._finish(translate("Backups", "Nothing to delete."))
            return
        listed = "\n".join(
            f"• {to_paris(b.created_at).strftime('%d/%m/%Y %H:%M')} ({b.name})"
            for b in plan.deleted
        )
        if not alerts.confirm(
            self,
            translate("Backups", "Prune"),
            translate("Backups", "These backups will be deleted:\n%1\n\nDelete them?").replace(
                "%1", listed
            ),
        ):
            self._finish("")
            return
        self._start(
            translate("Backups", "Deleting old backups…"),
            lambda _report: backups.prune(self.ctx, self.session, self.folder),
            lambda done: self._finish(
                translate("Backups", "%1 backups deleted.").replace("%1", str(len(done.deleted)))
            ),
        )
