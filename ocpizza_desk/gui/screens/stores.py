"""Head office's stores: the list, and an editor for the address, position, delivery radius,
the opening hours of each weekday, the last orders before closing and the exceptional
closures (one "DD/MM/YYYY reason" per line). A save sends the store as it was read, so a change
made meanwhile on another PC is reported (who, when) instead of being overwritten."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QItemSelectionModel
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget

from ocpizza_desk.domain import phones
from ocpizza_desk.domain.errors import ValidationError
from ocpizza_desk.gui import alerts, field_hint
from ocpizza_desk.gui.dialogs.till_rules import TillRulesDialog
from ocpizza_desk.gui.forms.ui_stores import Ui_StoresPage
from ocpizza_desk.gui.models.admin import StoresModel
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import settings, stores
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.stores import DAYS, StoreDetail, StoreDraft

_SLOT_SEPARATOR = re.compile(r"\s*[,;]\s*")
_RANGE_SEPARATOR = re.compile(r"\s*[-–—à]\s*")


def hours_text(slots) -> str:
    return ", ".join(f"{start}-{end}" for start, end in slots)


def parse_hours(text: str) -> tuple[tuple[str, str], ...]:
    """'11:30-14:30, 18:00-23:00' -> slots; what cannot be split is handed on as typed, for
    the service to refuse with a message naming the day."""
    slots = []
    for piece in _SLOT_SEPARATOR.split(text.strip()):
        if not piece:
            continue
        parts = _RANGE_SEPARATOR.split(piece, maxsplit=1)
        start, end = [*parts, ""][:2]
        slots.append((_hhmm(start), _hhmm(end)))
    return tuple(slots)


def closures_text(closures) -> str:
    return "\n".join(f"{day.strftime('%d/%m/%Y')} {label}" for day, label in closures)


def parse_closures(text: str) -> tuple[tuple[str, str], ...]:
    """'25/12/2026 Noël' lines -> (date text, label) pairs, for the service to read and
    refuse with a message naming the line's date."""
    pairs = []
    for line in text.splitlines():
        if line.strip():
            day, _, label = line.strip().partition(" ")
            pairs.append((day, label.strip()))
    return tuple(pairs)


def _hhmm(value: str) -> str:
    """'9:30', '9h30' and '18h' are read as 09:30 and 18:00."""
    found = re.fullmatch(r"(\d{1,2})\s*[:hH]\s*(\d{2})?", value.strip())
    if found and found.group(1) == "24" and found.group(2) in (None, "00"):
        return "24:00"  # midnight as a slot's end
    if not found:
        return value.strip()
    return f"{int(found.group(1)):02d}:{found.group(2) or '00'}"


class StoresScreen(QWidget):
    def __init__(self, ctx, session: StaffSession, runner: TaskRunner) -> None:
        super().__init__()
        self.ui = Ui_StoresPage()
        self.ui.setupUi(self)
        field_hint.say_when_cut(self)  # a paste cut at a field's limit says so
        self.ui.titleLabel.setObjectName("pageTitle")
        self.ui.editorTitleLabel.setObjectName("subtitleLabel")
        self.ui.hoursHintLabel.setObjectName("subtitleLabel")
        self.ctx, self.session, self.runner = ctx, session, runner
        self.detail: StoreDetail | None = None  # None: a new store
        self.saving = False
        self.model = StoresModel(self)
        ui = self.ui
        ui.storesView.setModel(self.model)
        ui.storesView.verticalHeader().setVisible(False)
        header = ui.storesView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 5)
        ui.splitter.setSizes([360, 740])
        # An address read out on the phone needs more room than "11:30-14:30, 18:00-23:00".
        ui.columnsLayout.setStretch(0, 4)
        ui.columnsLayout.setStretch(1, 3)
        self.day_edits: dict[str, QLineEdit] = {day: getattr(ui, f"{day}Edit") for day in DAYS}
        for edit in self.day_edits.values():
            edit.setMaxLength(80)

        ui.storesView.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        ui.refreshButton.clicked.connect(lambda: self.reload())
        ui.newButton.clicked.connect(self.new_store)
        ui.tillRulesButton.clicked.connect(self.till_rules)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        ui.activeButton.clicked.connect(self.toggle_active)
        QShortcut(QKeySequence("F5"), self, activated=lambda: self.reload())
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_store)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        self._retranslate()
        self._show(None)
        self.reload()

    # -- loading

    def reload(self, select: int | None = None) -> None:
        ctx, session = self.ctx, self.session
        keep = select if select is not None else (self.detail.id if self.detail else None)
        self.runner.run(
            lambda: stores.list_stores(ctx, session),
            lambda rows: self._loaded(rows, keep),
            lambda error: alerts.show_error(self, error),
            owner=self,
        )

    def _loaded(self, rows: list[StoreDetail], keep: int | None) -> None:
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep is not None else 0
        if self.model.rowCount() and row >= 0:
            self.ui.storesView.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _selected(self) -> None:
        rows = self.ui.storesView.selectionModel().selectedRows()
        if rows:
            self._show(self.model.row_at(rows[0].row()))

    # -- the editor

    def _show(self, detail: StoreDetail | None) -> None:
        """Fill the editor from the database's values (never after a refused save)."""
        self.detail = detail
        ui = self.ui
        ui.codeEdit.setText(detail.code if detail else "")
        ui.nameEdit.setText(detail.name if detail else "")
        ui.streetEdit.setText(detail.street if detail else "")
        ui.postcodeEdit.setText(detail.postcode if detail else "")
        ui.cityEdit.setText(detail.city if detail else "")
        ui.phoneEdit.setText(phones.display(detail.phone) if detail else "")
        ui.emailEdit.setText((detail.email or "") if detail else "")
        ui.latitudeSpin.setValue(detail.latitude if detail else 48.8566)
        ui.longitudeSpin.setValue(detail.longitude if detail else 2.3522)
        ui.radiusSpin.setValue(detail.delivery_radius_m if detail else 3000)
        for day, edit in self.day_edits.items():
            edit.setText(hours_text(detail.opening_hours.get(day, ())) if detail else "")
        ui.lastOrderSpin.setValue(detail.last_order_minutes if detail else 0)
        ui.closuresEdit.setPlainText(closures_text(detail.closures) if detail else "")
        self._show_state()

    def _show_state(self) -> None:
        detail, ui = self.detail, self.ui
        if detail is None:
            ui.editorTitleLabel.setText(self.tr("New store"))
            ui.stateLabel.setText(self.tr("Not saved yet."))
        else:
            ui.editorTitleLabel.setText(detail.name)
            ui.stateLabel.setText(
                self.tr("Open.") if detail.active else self.tr("Closed (deactivated).")
            )
        ui.activeButton.setEnabled(detail is not None and not self.saving)
        ui.activeButton.setText(
            self.tr("Deacti&vate") if detail is None or detail.active else self.tr("Reacti&vate")
        )
        ui.saveButton.setEnabled(not self.saving)
        ui.revertButton.setEnabled(not self.saving)

    def draft(self) -> StoreDraft:
        ui = self.ui
        return StoreDraft(
            code=ui.codeEdit.text(),
            name=ui.nameEdit.text(),
            street=ui.streetEdit.text(),
            postcode=ui.postcodeEdit.text(),
            city=ui.cityEdit.text(),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            latitude=round(ui.latitudeSpin.value(), 6),
            longitude=round(ui.longitudeSpin.value(), 6),
            delivery_radius_m=ui.radiusSpin.value(),
            opening_hours={day: parse_hours(edit.text()) for day, edit in self.day_edits.items()},
            last_order_minutes=ui.lastOrderSpin.value(),
            closures=parse_closures(ui.closuresEdit.toPlainText()),
        )

    def till_rules(self) -> None:
        """The chain's discount limit, refund threshold and half-and-half price rule (read
        first, on a worker)."""

        def opened(read) -> None:
            rules, half_rule = read
            dialog = TillRulesDialog(self, self.runner, self.ctx, self.session, rules, half_rule)
            dialog.accepted.connect(
                lambda: alerts.information(
                    self, self.tr("Till rules"), dialog.summary(dialog.result_value)
                )
            )
            dialog.open()
            self.active_dialog = dialog

        self.runner.run(
            lambda: (
                settings.till_rules(self.ctx, self.session),
                settings.half_and_half_rule(self.ctx, self.session),
            ),
            opened,
            lambda error: alerts.show_error(self, error),
            owner=self,
        )

    def new_store(self) -> None:
        """A blank store with the selected store's hours, the usual starting point."""
        hours = {day: edit.text() for day, edit in self.day_edits.items()}
        self.ui.storesView.selectionModel().clearSelection()
        self._show(None)
        for day, edit in self.day_edits.items():
            edit.setText(hours[day])
        self.ui.codeEdit.setFocus()

    def save(self) -> None:
        if self.saving:
            return
        ctx, session, read, draft = self.ctx, self.session, self.detail, self.draft()
        self.saving = True
        self._show_state()
        if read is None:
            work = lambda: stores.create(ctx, session, draft)  # noqa: E731
        else:
            work = lambda: stores.update_store(ctx, session, read, draft)  # noqa: E731
        self.runner.run(work, self._saved, self._failed, owner=self)

    def _saved(self, detail: StoreDetail) -> None:
        self.saving = False
        self._show(detail)
        self.reload(select=detail.id)

    def _failed(self, error: BaseException) -> None:
        """Everything typed stays; only the buttons come back."""
        self.saving = False
        self._show_state()
        alerts.show_error(self, error)
        field = error.field if isinstance(error, ValidationError) else None
        widget = {
            "code": self.ui.codeEdit,
            "store_name": self.ui.nameEdit,
            "street": self.ui.streetEdit,
            "postcode": self.ui.postcodeEdit,
            "city": self.ui.cityEdit,
            "phone": self.ui.phoneEdit,
            "email": self.ui.emailEdit,
            "latitude": self.ui.latitudeSpin,
            "delivery_radius_m": self.ui.radiusSpin,
            "last_order_minutes": self.ui.lastOrderSpin,
            "closures": self.ui.closuresEdit,
            "opening_hours": self.day_edits.get(str(error.params.get("day", ""))),
        }.get(field or "")
        if widget is not None:
            widget.setFocus()

    def revert(self) -> None:
        if self.detail is None:
            self._show(None)
            return
        ctx, session, store_id = self.ctx, self.session, self.detail.id
        self.runner.run(
            lambda: stores.get(ctx, session, store_id),
            self._reverted,
            lambda error: alerts.show_error(self, error),
            owner=self,
        )

    def _reverted(self, detail: StoreDetail) -> None:
        self._show(detail)
        self.reload(select=detail.id)

    def toggle_active(self) -> None:
        read = self.detail
        if read is None or self.saving:
            return
        if read.active and not alerts.confirm(
            self,
            self.tr("Deactivate the store"),
            self.tr(
                "Mark {store} as closed? Its staff can no longer sign in; its data and history are kept."  # noqa: E501 - one literal for lupdate
            ).format(store=read.name),
        ):
            return
        ctx, session = self.ctx, self.session
        self.saving = True
        self._show_state()
        self.runner.run(
            lambda: stores.set_active(ctx, session, read, not read.active),
            self._saved,
            self._failed,
            owner=self,
        )

    # -- language

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for edit in self.day_edits.values():
            edit.setPlaceholderText(self.tr("closed"))
        self.ui.hoursHintLabel.setText(
            self.tr('Slots such as "11:30-14:30, 18:00-24:00"; empty: closed.')
        )
        self.ui.closuresEdit.setPlaceholderText(self.tr("25/12/2026 Christmas"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "day_edits"):
            self._retranslate()
        super().changeEvent(event)
