"""Place an address on the map: the manual pin of the delivery board and the customer's card.

Shows the address, where it is now located and by what (a postcode's approximate point, the
Géoplateforme, Google, or a pin placed by someone, with who and when), and the map. A click
on the map moves the pin there (the nearest known address is looked up quietly, to say where
it fell); "Find the address" asks the geocoding chain again and, when several places answer,
lists them to choose from. "Save" records the pin with who and when; it wins over automatic
results until the address text changes. Every call runs off the Qt thread; a refusal (the
address edited on another PC meanwhile, a point outside France) is shown in the dialog and
nothing is lost.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.domain.enums import LocationSource
from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.gui import alerts
from ocpizza_desk.gui.access import AccessibleDialog
from ocpizza_desk.gui.style import set_styled_property
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.gui.widgets.map_view import MapView
from ocpizza_desk.services import geocoding
from ocpizza_desk.services.geocoding import AddressLocation, PinView

CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate


def source_text(source: LocationSource | None, who: str | None = None, at=None) -> str:
    if source is None:
        return translate("PinDialog", "Not located yet.")
    if source is LocationSource.APPROXIMATE:
        return translate(
            "PinDialog", "Approximate: the centre of its postcode. Place it on the map."
        )
    if source is LocationSource.MANUAL:
        when = to_paris(at).strftime("%d/%m/%Y %H:%M") if at else "?"
        return translate("PinDialog", "Placed on the map by {who} on {when}.").format(
            who=who or "?", when=when
        )
    if source is LocationSource.GOOGLE:
        return translate("PinDialog", "Located by Google.")
    return translate("PinDialog", "Located by the IGN (Base Adresse Nationale).")


class PinDialog(AccessibleDialog):

    def __init__(self, parent: QWidget, ctx, session, runner: TaskRunner, address_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.ctx, self.session, self.runner, self.address_id = ctx, session, runner, address_id
        self.view: PinView | None = None
        self.result_value: AddressLocation | None = None
        self._chosen: tuple[float, float, LocationSource] | None = None
        self._token = 0
        self.setWindowTitle(self.tr("Place the address on the map"))
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        self.addressLabel = QLabel(self)
        self.addressLabel.setObjectName("pinAddress")
        self.addressLabel.setWordWrap(True)
        self.addressLabel.setTextFormat(Qt.TextFormat.RichText)
        self.stateLabel = QLabel(self)
        self.stateLabel.setObjectName("pinState")
        self.stateLabel.setWordWrap(True)
        self.hintLabel = QLabel(
            self.tr("Click the map where the door is (drag to move, wheel to zoom)."), self
        )
        self.hintLabel.setProperty("role", "info")
        self.map = MapView(self)
        self.map.use_tiles(getattr(ctx, "tiles", None))
        self.map.set_pin_mode(True)
        self.map.setMinimumSize(420, 320)
        self.map.location_clicked.connect(self.place)
        self.candidatesList = QListWidget(self)
        self.candidatesList.setObjectName("pinCandidates")
        self.candidatesList.setMaximumHeight(110)
        self.candidatesList.itemActivated.connect(self._candidate_chosen)
        self.candidatesList.itemClicked.connect(self._candidate_chosen)
        self.candidatesList.hide()
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("pinMessage")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty("role", "error")
        self.messageLabel.hide()
        row = QHBoxLayout()
        self.findButton = QPushButton(self.tr("&Find the address"), self)
        self.findButton.setObjectName("pinFindButton")
        self.findButton.clicked.connect(self.find)
        row.addWidget(self.findButton)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.saveButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.saveButton.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        for widget in (self.addressLabel, self.stateLabel, self.hintLabel):
            layout.addWidget(widget)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.candidatesList)
        layout.addWidget(self.messageLabel)
        layout.addLayout(row)
        self.runner.run(
            lambda: geocoding.pin_view(ctx, session, address_id),
            self._loaded,
            self._failed,
            owner=self,
        )

    # -- loading

    def _loaded(self, view: PinView) -> None:
        self.view = view
        self.addressLabel.setText(f"<b style='font-size:13pt'>{escape(view.line)}</b>")
        self.stateLabel.setText(source_text(view.source, view.set_by, view.set_at))
        if view.store_lat is not None and view.store_lng is not None:
            self.map.set_store(view.store_lat, view.store_lng, view.store_name or "")
        if view.located:
            self.map.set_pin(view.lat, view.lng, view.approximate)
            self.map.fit_trip()

    # -- actions

    def place(self, lat: float, lng: float) -> None:
        """A click on the map: the pin goes there (saved with Save)."""
        self._chosen = (lat, lng, LocationSource.MANUAL)
        self.map.set_pin(lat, lng, False)
        self.saveButton.setEnabled(True)
        self.stateLabel.setText(self.tr("New place: not saved yet."))
        self._token += 1
        token = self._token
        ctx, session = self.ctx, self.session
        self.runner.run(
            lambda: geocoding.nearest_address(ctx, session, lat, lng),
            lambda near: token == self._token and self._near(near),
            lambda _error: None,  # only a hint: nothing to say when it fails
            owner=self,
            background=True,
        )

    def _near(self, near) -> None:
        if near is not None:
            self.stateLabel.setText(
                self.tr("New place, near {address}: not saved yet.").format(address=near.label)
            )

    def find(self) -> None:
        """Ask the geocoding chain again (it may have been offline when the order was taken)."""
        self.findButton.setEnabled(False)
        self.show_message("")
        ctx, session, address_id = self.ctx, self.session, self.address_id
        self.runner.run(
            lambda: geocoding.locate_address(ctx, session, address_id),
            self._found,
            self._failed,
            owner=self,
            background=True,
        )

    def _found(self, found: AddressLocation) -> None:
        self.findButton.setEnabled(True)
        self.candidatesList.clear()
        if found.candidates:
            for candidate in found.candidates:
                item = QListWidgetItem(candidate.label, self.candidatesList)
                item.setData(CANDIDATE_ROLE, candidate)
            self.candidatesList.show()
            self.show_message(
                self.tr("Several places answer this address: choose one, or click the map."),
                error=False,
            )
        else:
            self.candidatesList.hide()
        if found.lat is not None and found.lng is not None:
            self.map.set_pin(found.lat, found.lng, found.approximate)
            self.map.fit_trip()
            self.stateLabel.setText(source_text(found.source))
            if found.written and found.source is not LocationSource.APPROXIMATE:
                self.result_value = found
        elif not found.candidates:
            self.show_message(self.tr("No geocoder found this address: click the map."))

    def _candidate_chosen(self, item: QListWidgetItem) -> None:
        candidate = item.data(CANDIDATE_ROLE)
        source = (
            LocationSource.GOOGLE
            if candidate.provider == "google"
            else LocationSource.GEOPLATEFORME
        )
        self._chosen = (candidate.lat, candidate.lng, source)
        self.map.set_pin(candidate.lat, candidate.lng, False)
        self.map.fit_trip()
        self.saveButton.setEnabled(True)
        self.stateLabel.setText(
            self.tr("Chosen: {address} (not saved yet).").format(address=candidate.label)
        )

    def save(self) -> None:
        if self._chosen is None or self.view is None:
            return
        lat, lng, source = self._chosen
        line = self.view.line
        self.saveButton.setEnabled(False)
        ctx, session, address_id = self.ctx, self.session, self.address_id
        self.runner.run(
            lambda: geocoding.set_location(
                ctx, session, address_id, lat, lng, expected_line=line, source=source
            ),
            self._saved,
            self._refused,
            owner=self,
        )

    def _saved(self, location: AddressLocation) -> None:
        self.result_value = location
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.saveButton.setEnabled(self._chosen is not None)
        self._failed(error)
        if isinstance(error, DomainError) and error.code == "address.changed":
            self.runner.run(
                lambda: geocoding.pin_view(self.ctx, self.session, self.address_id),
                self._loaded,
                self._failed,
                owner=self,
            )

    def _failed(self, error: BaseException) -> None:
        self.findButton.setEnabled(True)
        alerts.say_or_show(self, error, self.show_message)

    def show_message(self, text: str, error: bool = True) -> None:
        label = self.messageLabel
        set_styled_property(label, "role", "error" if error else "info")
        label.setText(text)
        label.setVisible(bool(text))


def _layout_holding(widget: QWidget):
    """The layout (nested at any depth in its parent's) that holds `widget`."""
    parent = widget.parentWidget()
    stack = [parent.layout()] if parent is not None and parent.layout() is not None else []
    while stack:
        layout = stack.pop()
        if layout.indexOf(widget) >= 0:
            return layout
        for i in range(layout.count()):
            child = layout.itemAt(i).layout()
            if child is not None:
                stack.append(child)
    return None


class PinButton(QObject):
    """A "place on the map" button beside the customer card's address list: it follows the
    list (shown with it), is enabled for a saved address, and opens the PinDialog for it."""

    placed = Signal(int)  # address id

    def __init__(self, combo, ctx, session, runner: TaskRunner, parent: QObject) -> None:
        super().__init__(parent)
        self.combo, self.ctx, self.session, self.runner = combo, ctx, session, runner
        self.button = QToolButton(combo.parentWidget())
        self.button.setObjectName("pinAddressButton")
        # Words, not an emoji: a shop PC without an emoji font showed an empty box.
        self.button.setText(translate("PinDialog", "Map…"))
        self.button.setToolTip(translate("PinDialog", "Place this address on the map"))
        self.button.clicked.connect(self.open)
        layout = _layout_holding(combo)
        placed = False
        if layout is not None:
            index = layout.indexOf(combo)
            box = getattr(layout, "insertWidget", None)
            if index >= 0 and box is not None:
                box(index + 1, self.button)
                placed = True
            elif index >= 0 and hasattr(layout, "getItemPosition"):  # a grid or form
                row, column, _rows, _columns = layout.getItemPosition(index)
                holder = QWidget(combo.parentWidget())
                inner = QHBoxLayout(holder)
                inner.setContentsMargins(0, 0, 0, 0)
                layout.removeWidget(combo)
                inner.addWidget(combo, 1)
                inner.addWidget(self.button)
                layout.addWidget(holder, row, column)
                placed = True
        if not placed:
            self.button.move(combo.geometry().right() + 4, combo.geometry().top())
        combo.installEventFilter(self)
        combo.currentIndexChanged.connect(lambda _i: self._update())
        self.dialog: PinDialog | None = None
        self._update()

    def address_id(self) -> int | None:
        value = self.combo.currentData()
        return value if isinstance(value, int) and value > 0 else None

    def _update(self) -> None:
        self.button.setVisible(self.combo.isVisibleTo(self.combo.window()))
        self.button.setEnabled(self.address_id() is not None)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.combo and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._update()
        return super().eventFilter(watched, event)

    def open(self) -> None:
        address_id = self.address_id()
        if address_id is None:
            return
        self.dialog = PinDialog(
            self.combo.window(), self.ctx, self.session, self.runner, address_id
        )
        self.dialog.accepted.connect(lambda: self.placed.emit(address_id))
        self.dialog.open()
