"""Staff accounts: head office and administrators for the whole chain, a store manager for
the counter, kitchen and driver accounts of their store. Create, rename, change role or
store, reset a password (which also unlocks), deactivate. The service decides who may do
what; the screen only greys out the roles a manager cannot give."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.gui import alerts
from ocpizza_desk.gui.forms.ui_staff import Ui_StaffPage
from ocpizza_desk.gui.labels import role_label
from ocpizza_desk.gui.models.admin import AccountsModel
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import staff, stores
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.staff import MANAGER_MAY_MANAGE, Account, AccountFilter, NewAccount

FILTER_DELAY_MS = 300


FORM_MIN_PX = 420  # the account form beside the list
NAME_COLUMN = 1  # the full name: cut first when the list is short of room
NAME_MIN_PX = 90


class StaffScreen(QWidget):
    def __init__(self, ctx, session: StaffSession, runner: TaskRunner) -> None:
        super().__init__()
        self.ui = Ui_StaffPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setObjectName("pageTitle")
        self.ui.editorTitleLabel.setObjectName("subtitleLabel")
        self.ui.passwordHintLabel.setObjectName("subtitleLabel")
        self.ctx, self.session, self.runner = ctx, session, runner
        self.chain = session.can(Permission.MANAGE_USERS)
        self.detail: Account | None = None  # None: a new account
        self.saving = False
        self.store_names: list[tuple[int, str]] = []
        self.model = AccountsModel(show_store=self.chain, parent=self)
        ui = self.ui
        ui.accountsView.setModel(self.model)
        ui.accountsView.verticalHeader().setVisible(False)
        header = ui.accountsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([600, 480])
        # At 1366 px head office's and the administrator's list scrolled sideways (the
        # store cut): the list takes what its columns need beside a form of FORM_MIN_PX,
        # and "Last sign-in" is left out while it is still too narrow.
        self.model.modelReset.connect(lambda: QTimer.singleShot(0, self, self._fit_width))
        ui.storeFilterCombo.setVisible(self.chain)

        self._filter_timer = QTimer(
            self, singleShot=True, interval=FILTER_DELAY_MS, timeout=self.reload
        )
        ui.searchEdit.textChanged.connect(lambda _t: self._filter_timer.start())
        for combo in (ui.storeFilterCombo, ui.roleFilterCombo, ui.activeFilterCombo):
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        ui.accountsView.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        ui.roleCombo.currentIndexChanged.connect(lambda _i: self._role_changed())
        ui.refreshButton.clicked.connect(self.reload)
        ui.newButton.clicked.connect(self.new_account)
        ui.saveButton.clicked.connect(self.save)
        ui.resetButton.clicked.connect(self.reset_password)
        ui.activeButton.clicked.connect(self.toggle_active)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=ui.searchEdit.setFocus)
        QShortcut(QKeySequence("F5"), self, activated=self.reload)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_account)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        self._ready = False
        self._fill_combos()
        self._show(None)
        self._ready = True
        self.runner.run(
            lambda: [(s.id, s.name) for s in stores.list_stores(ctx, session, False)],
            self._stores_loaded,
            lambda error: alerts.show_error(self, error),
            owner=self,
        )
        self.reload()

    # -- combos


    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_width)

    def _fit_width(self) -> None:
        view, splitter = self.ui.accountsView, self.ui.splitter
        count = self.model.columnCount()
        if count == 0 or splitter.width() <= 0:
            return
        last = count - 1  # last sign-in: the spare one
        widths = [
            max(view.sizeHintForColumn(c), view.horizontalHeader().sectionSizeHint(c))
            for c in range(count)
        ]
        extra = (
            view.style().pixelMetric(view.style().PixelMetric.PM_ScrollBarExtent)
            + 2 * view.frameWidth()
            + 4
        )
        total = splitter.width() - splitter.handleWidth()
        form = max(FORM_MIN_PX, self.ui.splitter.widget(1).minimumSizeHint().width())
        room = total - form
        wide = sum(widths) + extra <= room
        needed = sum(widths) + extra if wide else sum(widths[:last]) + extra
        list_width = min(max(needed, total * 3 // 5), room)
        if abs(splitter.sizes()[0] - list_width) > 2:
            splitter.setSizes([list_width, total - list_width])
        if view.isColumnHidden(last) == wide:
            view.setColumnHidden(last, not wide)
        # Still too narrow: the full name gives way, cut with "…" (whole in its tooltip).
        name = NAME_COLUMN
        others = sum(w for c, w in enumerate(widths) if c != name and (wide or c != last))
        width = max(NAME_MIN_PX, min(widths[name], list_width - extra - others))
        if view.columnWidth(name) != width:
            view.setColumnWidth(name, width)
    def _fill_combos(self) -> None:
        ui = self.ui
        for combo in (ui.roleFilterCombo, ui.activeFilterCombo, ui.roleCombo):
            combo.blockSignals(True)
        role_filter = ui.roleFilterCombo.currentData()
        active_filter = ui.activeFilterCombo.currentIndex()
        chosen_role = ui.roleCombo.currentData()
        ui.roleFilterCombo.clear()
        ui.roleFilterCombo.addItem(self.tr("All roles"), None)
        ui.roleCombo.clear()
        for role in Role:
            ui.roleFilterCombo.addItem(role_label(role), role.value)
            ui.roleCombo.addItem(role_label(role), role.value)
            item = ui.roleCombo.model().item(ui.roleCombo.count() - 1)
            item.setEnabled(self._may_give(role))
        ui.activeFilterCombo.clear()
        ui.activeFilterCombo.addItem(self.tr("Active and deactivated"), None)
        ui.activeFilterCombo.addItem(self.tr("Active only"), True)
        ui.activeFilterCombo.addItem(self.tr("Deactivated only"), False)
        ui.roleFilterCombo.setCurrentIndex(max(0, ui.roleFilterCombo.findData(role_filter)))
        ui.activeFilterCombo.setCurrentIndex(max(0, active_filter))
        ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(chosen_role)))
        for combo in (ui.roleFilterCombo, ui.activeFilterCombo, ui.roleCombo):
            combo.blockSignals(False)
        self._fill_stores()

    def _may_give(self, role: Role) -> bool:
        if self.chain:
            return role is not Role.ADMIN or self.session.role is Role.ADMIN
        return role in MANAGER_MAY_MANAGE

    def _stores_loaded(self, names: list[tuple[int, str]]) -> None:
        self.store_names = names
        self._fill_stores()
        if self.detail is None and self.ui.storeCombo.currentData() is None:
            default = self.session.store_id or (names[0][0] if names else None)
            self.ui.storeCombo.setCurrentIndex(max(0, self.ui.storeCombo.findData(default)))

    def _fill_stores(self) -> None:
        ui = self.ui
        for combo, none_text in (
            (ui.storeFilterCombo, self.tr("All stores")),
            (ui.storeCombo, self.tr("— no store —")),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(none_text, None)
            for store_id, name in self.store_names:
                combo.addItem(name, store_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    # -- the list

    def current_filter(self) -> AccountFilter:
        role = self.ui.roleFilterCombo.currentData()
        return AccountFilter(
            store_id=self.ui.storeFilterCombo.currentData() if self.chain else None,
            role=Role(role) if role else None,
            active=self.ui.activeFilterCombo.currentData(),
            text=self.ui.searchEdit.text(),
        )

    def _filters_changed(self) -> None:
        if self._ready:
            self.reload()

    def reload(self, select: int | None = None) -> None:
        self._filter_timer.stop()
        ctx, session, wanted = self.ctx, self.session, self.current_filter()
        keep = select if select is not None else (self.detail.id if self.detail else None)
        self.runner.run(
            lambda: staff.list_accounts(ctx, session, wanted),
            lambda rows: self._loaded(rows, keep),
            lambda error: alerts.show_error(self, error),
            owner=self,
        )

    def _loaded(self, rows: list[Account], keep: int | None) -> None:
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.ui.accountsView.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _selected(self) -> None:
        rows = self.ui.accountsView.selectionModel().selectedRows()
        if rows:
            account = self.model.row_at(rows[0].row())
            if account is not None and (self.detail is None or account != self.detail):
                self._show(account)

    def select_account(self, username: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).username == username:
                self.ui.accountsView.selectRow(row)
                return True
        return False

    # -- the editor

    def _show(self, account: Account | None) -> None:
        """Fill the editor from the database (never after a refused save)."""
        self.detail = account
        ui = self.ui
        ui.usernameEdit.setText(account.username if account else "")
        ui.usernameEdit.setReadOnly(account is not None)
        ui.fullNameEdit.setText(account.full_name if account else "")
        role = account.role if account else Role.COUNTER
        ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(role.value)))
        store_id = account.store_id if account else self.session.store_id
        if store_id is None and account is None and self.store_names:
            store_id = self.store_names[0][0]
        ui.storeCombo.setCurrentIndex(max(0, ui.storeCombo.findData(store_id)))
        ui.passwordEdit.clear()
        ui.repeatEdit.clear()
        self._show_state()

    def _role_changed(self) -> None:
        role = self.ui.roleCombo.currentData()
        if role and not Role(role).is_store_bound:
            self.ui.storeCombo.setCurrentIndex(0)

    def _show_state(self) -> None:
        account, ui = self.detail, self.ui
        if account is None:
            ui.editorTitleLabel.setText(self.tr("New account"))
            ui.stateLabel.setText(self.tr("Choose the first password below, then Save."))
        else:
            ui.editorTitleLabel.setText(account.username)
            if not account.active:
                state = self.tr("Deactivated: signing in is refused.")
            elif account.locked:
                state = self.tr("Locked after too many attempts until {time}.").format(
                    time=to_paris(account.locked_until).strftime("%H:%M")
                )
            else:
                state = self.tr("Active.")
            ui.stateLabel.setText(state)
        ui.resetButton.setVisible(account is not None)
        ui.resetButton.setEnabled(not self.saving)
        ui.activeButton.setEnabled(account is not None and not self.saving)
        ui.activeButton.setText(
            self.tr("Deacti&vate") if account is None or account.active else self.tr("Reacti&vate")
        )
        ui.saveButton.setEnabled(not self.saving)

    def new_account(self) -> None:
        self.ui.accountsView.selectionModel().clearSelection()
        self._show(None)
        self.ui.usernameEdit.setFocus()

    def _passwords(self) -> str | None:
        """The password typed twice, or None (and a message) when the two differ."""
        password = self.ui.passwordEdit.text()
        if password != self.ui.repeatEdit.text():
            alerts.warning(
                self,
                self.tr("Password"),
                self.tr("The two passwords are different: type the same one twice."),
            )
            self.ui.repeatEdit.setFocus()
            return None
        return password

    def _store_choice(self) -> int | None:
        return self.ui.storeCombo.currentData()

    def save(self) -> None:
        if self.saving:
            return
        ctx, session, read = self.ctx, self.session, self.detail
        ui = self.ui
        role = Role(ui.roleCombo.currentData())
        store_id, full_name = self._store_choice(), ui.fullNameEdit.text()
        if read is None:
            password = self._passwords()
            if password is None:
                return
            new = NewAccount(ui.usernameEdit.text(), full_name, role, store_id, password)
            work = lambda: staff.create(ctx, session, new)  # noqa: E731
        else:
            work = lambda: staff.update_account(  # noqa: E731
                ctx, session, read, full_name=full_name, role=role, store_id=store_id
            )
        self._start(work, self._saved)

    def reset_password(self) -> None:
        read = self.detail
        if read is None or self.saving:
            return
        password = self._passwords()
        if password is None:
            return
        ctx, session = self.ctx, self.session
        self._start(lambda: staff.reset_password(ctx, session, read, password), self._reset_done)

    def toggle_active(self) -> None:
        read = self.detail
        if read is None or self.saving:
            return
        if read.active and not alerts.confirm(
            self,
            self.tr("Deactivate the account"),
            self.tr("Deactivate {username}? Signing in will be refused.").format(
                username=read.username
            ),
        ):
            return
        ctx, session = self.ctx, self.session
        self._start(lambda: staff.set_active(ctx, session, read, not read.active), self._saved)

    def _start(self, work, on_success) -> None:
        self.saving = True
        self._show_state()
        self.runner.run(work, on_success, self._failed, owner=self)

    def _saved(self, account: Account) -> None:
        self.saving = False
        self._show(account)
        self.reload(select=account.id)

    def _reset_done(self, account: Account) -> None:
        self._saved(account)
        alerts.information(
            self,
            self.tr("Password"),
            self.tr("{username} can now sign in with the new password.").format(
                username=account.username
            ),
        )

    def _failed(self, error: BaseException) -> None:
        """Everything typed stays; only the buttons come back."""
        self.saving = False
        self._show_state()
        alerts.show_error(self, error)
        field = error.field if isinstance(error, ValidationError) else None
        widget = {
            "username": self.ui.usernameEdit,
            "full_name": self.ui.fullNameEdit,
            "password": self.ui.passwordEdit,
            "store": self.ui.storeCombo,
        }.get(field or "")
        if widget is not None:
            widget.setFocus()

    # -- language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.ui.retranslateUi(self)
            self._fill_combos()
            self._show_state()
        super().changeEvent(event)
