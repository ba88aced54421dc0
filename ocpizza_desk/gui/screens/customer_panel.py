"""The customer side of the order-taking screen: find the caller as the number is typed,
show their card, or take a new customer and address inline.

A controller over widgets of the order-taking form (it owns no window): the screen asks it
for a `CustomerDraft` when the order is validated, and the draft's `save` runs on the worker
with the order, so a new customer is never created twice when the order is sent again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ocpizza_desk.domain.clock import to_paris
from ocpizza_desk.domain.errors import DomainError, ValidationError
from ocpizza_desk.domain.money import format_cents
from ocpizza_desk.gui import alerts, field_hint, i18n, style
from ocpizza_desk.gui.dialogs.pin_location import PinButton
from ocpizza_desk.gui.labels import status_label
from ocpizza_desk.gui.tasks import SUBMIT, TaskRunner
from ocpizza_desk.gui.widgets.address_completer import AddressCompleter
from ocpizza_desk.services import customers
from ocpizza_desk.services.auth import StaffSession
from ocpizza_desk.services.customers import AddressInput, CustomerCard, CustomerInput

LOOKUP_DELAY_MS = 250
NEW_ADDRESS = -1  # the address list's "New address…" entry
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CustomerDraft:
    """Who the order is for, as typed: an existing customer and address, or new ones."""

    customer_id: int | None = None
    address_id: int | None = None
    new_customer: CustomerInput | None = None
    new_address: AddressInput | None = None


class CustomerPanel(QObject):
    changed = Signal()  # the card, the new-customer state or the chosen address changed
    repeat_requested = Signal(object)  # PastOrder
    problem_shown = Signal(str, object)  # message, widget to focus (the screen shows it)
    address_saved = Signal(int)  # a new address was written: to be located in the background

    def __init__(self, ui, ctx, session: StaffSession, runner: TaskRunner, parent: QWidget):
        super().__init__(parent)
        self.ui, self.ctx, self.session, self.runner = ui, ctx, session, runner
        self.card: CustomerCard | None = None
        self.new_number: str | None = None  # a valid number nobody has: a new customer
        self.delivery = False
        self._token = 0
        self._timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS, timeout=self.lookup)
        ui.phoneEdit.textEdited.connect(lambda _t: self._timer.start())
        ui.phoneEdit.returnPressed.connect(self._phone_entered)
        ui.phoneEdit.installEventFilter(self)
        ui.matchesList.itemActivated.connect(self._match_chosen)
        ui.addressCombo.currentIndexChanged.connect(lambda _i: self._layout())
        # At 1366 px the box shows "Domicile — 28 rue": the whole address on hovering it.
        ui.addressCombo.currentTextChanged.connect(ui.addressCombo.setToolTip)
        ui.repeatButton.clicked.connect(self.repeat_last)
        ui.saveCustomerButton.clicked.connect(self.save_now)
        # Address suggestions as the street is typed, and the address's pin on the map.
        self.completer = AddressCompleter(
            ui.streetEdit, ui.postcodeEdit, ui.cityEdit, ctx, session, self
        )
        self.pin = PinButton(ui.addressCombo, ctx, session, runner, self)
        for edit in (ui.streetEdit, ui.extraEdit, ui.addressNotesEdit, ui.firstNameEdit):
            field_hint.say_when_cut(edit.parentWidget())  # a paste cut at the limit says so
        self.clear()

    # -- state

    def clear(self) -> None:
        self._token += 1
        self._timer.stop()
        self.card, self.new_number = None, None
        for edit in self._entry_edits():
            edit.clear()
        self.ui.phoneEdit.clear()
        self.ui.cityEdit.setText("Paris")
        self.ui.matchesList.clear()
        self.ui.addressCombo.clear()
        self._show_card_text("")
        self._layout()

    def stop(self) -> None:
        """A lookup typed but not yet sent is sent when the number is next touched."""
        self._timer.stop()

    def set_delivery(self, delivery: bool) -> None:
        self.delivery = delivery
        self._layout()

    @property
    def address_wanted(self) -> bool:
        """The address entry is shown: a delivery for a new customer, or a new address."""
        if not self.delivery:
            return False
        if self.card is not None:
            return self.ui.addressCombo.currentData() == NEW_ADDRESS
        return self.new_number is not None

    def _layout(self) -> None:
        ui = self.ui
        ui.matchesList.setVisible(ui.matchesList.count() > 0 and self.card is None)
        ui.customerCard.setVisible(bool(ui.customerCard.text()))
        ui.repeatButton.setVisible(self.card is not None)
        ui.repeatButton.setEnabled(self.card is not None and bool(self.card.last_orders))
        has_card = self.card is not None
        ui.addressLabel.setVisible(has_card and self.delivery)
        ui.addressCombo.setVisible(has_card and self.delivery)
        ui.newCustomerFrame.setVisible(self.new_number is not None and not has_card)
        ui.addressFrame.setVisible(self.address_wanted)
        ui.saveCustomerButton.setVisible(ui.newCustomerFrame.isVisible() or self.address_wanted)
        self.changed.emit()

    def _entry_edits(self):
        ui = self.ui
        return (
            ui.firstNameEdit,
            ui.lastNameEdit,
            ui.emailEdit,
            ui.streetEdit,
            ui.extraEdit,
            ui.postcodeEdit,
            ui.cityEdit,
            ui.doorCodeEdit,
            ui.floorEdit,
            ui.addressNotesEdit,
        )

    # -- lookup as the number (or a name) is typed

    def lookup(self) -> None:
        self._timer.stop()
        typed = self.ui.phoneEdit.text().strip()
        self._token += 1
        token = self._token
        self.card, self.new_number = None, None
        self.ui.matchesList.clear()
        self.ui.addressCombo.clear()
        digits = re.sub(r"\D", "", typed)
        if re.search(r"[^\W\d_]", typed):  # letters: a name
            if len(typed) < 2:
                self._show_card_text("")
                return
            self._show_card_text(self.tr("Searching…"))
            self.runner.run(
                lambda: customers.search(self.ctx, self.session, typed),
                lambda found: token == self._token and self._matches(found),
                lambda error: token == self._token and self._lookup_failed(error),
                owner=self,
            )
            return
        if len(digits) < 10:
            self._show_card_text(self.tr("Keep typing: a number has 10 digits.") if digits else "")
            return
        self._show_card_text(self.tr("Searching…"))
        self.runner.run(
            lambda: customers.find_by_phone(self.ctx, self.session, typed),
            lambda card: token == self._token and self._found(typed, card),
            lambda error: token == self._token and self._lookup_failed(error),
            owner=self,
        )

    def _phone_entered(self) -> None:
        if self._timer.isActive():
            self.lookup()
        elif self.ui.matchesList.isVisible():
            self.ui.matchesList.setFocus()

    def _found(self, typed: str, card: CustomerCard | None) -> None:
        if card is None:
            self.new_number = typed
            self._show_card_text(
                "<b>{}</b><br>{}".format(
                    escape(self.tr("New customer")),
                    escape(self.tr("Type the name below, and the address for a delivery.")),
                )
            )
        else:
            self.show_card(card)
        self._layout()

    def _matches(self, found: list[customers.CustomerMatch]) -> None:
        for match in found:
            item = QListWidgetItem(
                f"{match.last_name} {match.first_name} — {match.phone_display}",
                self.ui.matchesList,
            )
            item.setData(CUSTOMER_ID_ROLE, match.id)
        if found:
            self.ui.matchesList.setCurrentRow(0)
            self._show_card_text(escape(self.tr("↓ then Enter to choose a customer.")))
        else:
            self._show_card_text(escape(self.tr("No customer by that name.")))
        self._layout()

    def _lookup_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self._show_card_text(
                f"<span style='color:{style.BAD}'>{escape(error.message(i18n.language()))}</span>"
            )
            self._layout()
        else:
            self._show_card_text("")
            alerts.show_error(self.ui.phoneEdit.window(), error)

    def _match_chosen(self, item: QListWidgetItem) -> None:
        self.load_customer(item.data(CUSTOMER_ID_ROLE))

    def load_customer(self, customer_id: int, address_id: int | None = None) -> None:
        self._token += 1
        token = self._token
        self.runner.run(
            lambda: customers.card(self.ctx, self.session, customer_id),
            lambda card: token == self._token and self._card_loaded(card, address_id),
            lambda error: token == self._token and self._lookup_failed(error),
            owner=self,
        )

    def _card_loaded(self, card: CustomerCard, address_id: int | None) -> None:
        self.ui.phoneEdit.setText(card.phone_display)
        self.new_number = None
        self.show_card(card, address_id)
        self._layout()

    def show_card(self, card: CustomerCard, address_id: int | None = None) -> None:
        self.card = card
        self.ui.matchesList.clear()
        for edit in self._entry_edits():
            edit.clear()
        self.ui.cityEdit.setText("Paris")
        combo = self.ui.addressCombo
        combo.blockSignals(True)
        combo.clear()
        for address in card.addresses:
            combo.addItem(
                f"{address.label} — {address.street}, {address.postcode} {address.city}",
                address.id,
            )
        combo.addItem(self.tr("New address…"), NEW_ADDRESS)
        index = combo.findData(address_id) if address_id is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self._show_card_text(self._card_html(card))

    def _card_html(self, card: CustomerCard) -> str:
        lang = i18n.language()
        parts = [
            # The number never wraps ("06 12 34 56 / 78"): no-break spaces, on the name's line
            # or alone on the next one.
            f"<b style='font-size:14pt'>{escape(card.name)}</b> · "
            + escape(card.phone_display).replace(" ", "&nbsp;")
        ]
        if card.notes:
            parts.append(f"<i>{escape(card.notes)}</i>")
        if card.last_orders:
            last = card.last_orders[0]
            what = ", ".join(f"{quantity} × {name}" for _p, name, quantity, _o in last.lines)
            parts.append(
                escape(
                    self.tr("Last order {date}: {total} ({status})").format(
                        date=to_paris(last.created_at).strftime("%d/%m/%Y"),
                        total=format_cents(last.total_cents, lang),
                        status=status_label(last.status),
                    )
                )
                + f"<br><span style='color:{style.MUTED}'>{escape(what)}</span>"
            )
        else:
            parts.append(escape(self.tr("No order yet.")))
        if card.favourites:
            parts.append(
                escape(
                    self.tr("Favourites: {names}").format(
                        names=", ".join(f.product_name for f in card.favourites[:3])
                    )
                )
            )
        return "<br>".join(parts)

    def _show_card_text(self, html: str) -> None:
        self.ui.customerCard.setText(html)
        self.ui.customerCard.setVisible(bool(html))

    def repeat_last(self) -> None:
        if self.card is not None and self.card.last_orders:
            self.repeat_requested.emit(self.card.last_orders[0])

    # -- what the order will be for

    def draft(self) -> CustomerDraft:
        """Raises ValueError (with the message and the widget to fix) for a missing piece."""
        ui = self.ui
        if self.card is not None:
            address_id = None
            new_address = None
            if self.delivery:
                if ui.addressCombo.currentData() == NEW_ADDRESS:
                    new_address = self._address_input()
                else:
                    address_id = ui.addressCombo.currentData()
            return CustomerDraft(self.card.id, address_id, None, new_address)
        named = ui.firstNameEdit.text().strip() or ui.lastNameEdit.text().strip()
        if self.new_number is not None and (named or self.delivery):
            return CustomerDraft(
                new_customer=CustomerInput(
                    phone=self.new_number,
                    first_name=ui.firstNameEdit.text(),
                    last_name=ui.lastNameEdit.text(),
                    email=ui.emailEdit.text().strip() or None,
                ),
                new_address=self._address_input() if self.delivery else None,
            )
        if self.delivery:
            raise FieldError(
                self.tr("A delivery needs a customer: type their phone number."), ui.phoneEdit
            )
        return CustomerDraft()

    def _address_input(self) -> AddressInput:
        ui = self.ui
        return AddressInput(
            street=ui.streetEdit.text(),
            postcode=ui.postcodeEdit.text().strip(),
            city=ui.cityEdit.text().strip() or "Paris",
            extra=ui.extraEdit.text().strip() or None,
            door_code=ui.doorCodeEdit.text().strip() or None,
            floor=ui.floorEdit.text().strip() or None,
            notes=ui.addressNotesEdit.text().strip() or None,
        )

    def field_widget(self, error: ValidationError) -> QWidget | None:
        ui = self.ui
        return {
            "phone": ui.phoneEdit,
            "first_name": ui.firstNameEdit,
            "last_name": ui.lastNameEdit,
            "email": ui.emailEdit,
            "street": ui.streetEdit,
            "extra": ui.extraEdit,
            "postcode": ui.postcodeEdit,
            "city": ui.cityEdit,
            "door_code": ui.doorCodeEdit,
            "floor": ui.floorEdit,
            "notes": ui.addressNotesEdit,
        }.get(error.field or "")

    def save_now(self) -> None:
        """Save the new customer or address without placing an order (Ctrl+S)."""
        try:
            draft = self.draft()
        except FieldError as problem:
            self._show_problem(problem.message, problem.widget)
            return
        if draft.new_customer is None and draft.new_address is None:
            return
        self.ui.saveCustomerButton.setEnabled(False)
        ctx, session = self.ctx, self.session

        def save() -> tuple[int, int | None]:
            if draft.new_customer is not None:
                card = customers.create(ctx, session, draft.new_customer, draft.new_address)
                address = card.addresses[-1].id if draft.new_address and card.addresses else None
                return card.id, address
            assert draft.customer_id is not None and draft.new_address is not None
            return draft.customer_id, customers.add_address(
                ctx, session, draft.customer_id, draft.new_address
            ).id

        def done(ids: tuple[int, int | None]) -> None:
            self.ui.saveCustomerButton.setEnabled(True)
            customer_id, address_id = ids
            self.load_customer(customer_id, address_id)  # shown as saved: not written twice
            if address_id is not None:
                self.address_saved.emit(address_id)

        def failed(error: BaseException) -> None:
            self.ui.saveCustomerButton.setEnabled(True)
            if isinstance(error, ValidationError):
                self._show_problem(field_hint.message(error), self.field_widget(error))
            else:
                alerts.show_error(self.ui.phoneEdit.window(), error)

        self.runner.run(save, done, failed, owner=self, lane=SUBMIT)

    def _show_problem(self, message: str, widget: QWidget | None) -> None:
        self.problem_shown.emit(message, widget)
        field_hint.show_next_to(widget, message)  # and beside the field it is about

    # -- keyboard: ↓ from the phone field goes to the matches

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.phoneEdit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.ui.matchesList.isVisible()
        ):
            self.ui.matchesList.setFocus()
            return True
        return super().eventFilter(watched, event)


class FieldError(ValueError):
    """A problem found before anything is sent: the message and the widget to fix."""

    def __init__(self, message: str, widget: QWidget | None) -> None:
        super().__init__(message)
        self.message, self.widget = message, widget
