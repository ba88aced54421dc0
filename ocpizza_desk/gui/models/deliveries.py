"""Table models of the delivery board and the driver view: the orders ready to leave, the
drivers on shift, the trips, a trip's stops, the cash per driver. Short lists, read in one go
from `services.deliveries` (one board = four queries, whatever its size)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ocpizza_desk.domain import phones
from ocpizza_desk.domain.clock import paris_hhmm, utcnow
from ocpizza_desk.gui import i18n, style
from ocpizza_desk.gui.i18n import money
from ocpizza_desk.gui.labels import status_label, tender_label
from ocpizza_desk.gui.models.rows import RowsTableModel
from ocpizza_desk.services.deliveries import (
    DriverCash,
    DriverOnShift,
    ReadyOrder,
    Stop,
    TripView,
)

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DISPLAY = Qt.ItemDataRole.DisplayRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LATE = QColor(style.LATE)
PLANNED = QColor(style.PLANNED)
APPROXIMATE = QColor(style.APPROXIMATE)


def distance_text(metres: int | None) -> str:
    if metres is None:
        return "—"
    return f"{metres / 1000:.1f} km".replace(".", "," if i18n.language() == "fr" else ".")


def minutes_text(seconds: int | None) -> str:
    if seconds is None:
        return "—"
    return translate("DeliveryModels", "{minutes} min").format(minutes=round(seconds / 60))


def trip_state_label(state: str | None) -> str:
    return {
        "planned": translate("DeliveryModels", "Waiting to leave"),
        "out": translate("DeliveryModels", "On the road"),
        "finished": translate("DeliveryModels", "Back"),
        None: "",
    }[state]


def stop_text(stop: Stop) -> str:
    """The address, then what the driver needs at the door on a second line: door code,
    floor and the customer's phone written the French way ("06 12 34 56 78")."""
    lines = [stop.address_line]
    if stop.approximate:
        lines[0] += " ≈ " + translate("DeliveryModels", "approximate")
    door = []
    if stop.door_code:
        door.append(translate("DeliveryModels", "code {code}").format(code=stop.door_code))
    if stop.floor:  # "RDC", "1e étage": not "étage 1e étage"
        spelled = any(w in stop.floor.casefold() for w in ("étage", "etage", "floor", "rdc"))
        door.append(
            stop.floor
            if spelled
            else translate("DeliveryModels", "floor {floor}").format(floor=stop.floor)
        )
    if stop.phone:
        door.append("☎ " + phones.display(stop.phone))
    if door:
        lines.append(" · ".join(door))
    return "\n".join(lines)


def planned_text(row) -> str:
    return ", ".join(
        f"{tender_label(p.tender)} {money(p.amount_cents)}" for p in row.planned_tenders
    )


class _Model(RowsTableModel):
    """Rows with an id (ID_ROLE), a text per column, and optional colour/alignment."""

    def columns(self) -> tuple[str, ...]:
        raise NotImplementedError

    def header_texts(self) -> tuple[str, ...]:
        return self.columns()

    def row_id(self, row: Any) -> int:
        raise NotImplementedError

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def colour(self, row: Any, column: int) -> QColor | None:
        return None

    def right_aligned(self) -> tuple[int, ...]:
        return ()

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if not self._valid(index) or not 0 <= index.column() < self.columnCount():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return self.row_id(row)
        if role == DISPLAY:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colour(row, index.column())
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_aligned():
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_of(self, item_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if self.row_id(r) == item_id), -1)


class ReadyOrdersModel(_Model):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.now: datetime = utcnow()

    def columns(self) -> tuple[str, ...]:
        return (
            translate("DeliveryModels", "No."),
            translate("DeliveryModels", "Promised"),
            translate("DeliveryModels", "Customer"),
            translate("DeliveryModels", "Address"),
            translate("DeliveryModels", "To collect"),
            translate("DeliveryModels", "Trip"),
        )

    def row_id(self, row: ReadyOrder) -> int:
        return row.order_id

    def right_aligned(self) -> tuple[int, ...]:
        return (0, 4)

    def text(self, row: ReadyOrder, column: int) -> str:
        if column == 0:
            return str(row.order_id)
        if column == 1:
            promised, late = paris_hhmm(row.promised_at), row.late_minutes(self.now)
            if not late:
                return promised
            return translate("DeliveryModels", "{time} (+{minutes} min)").format(
                time=promised, minutes=late
            )
        if column == 2:  # the customer and the address each in a column: whole at 1366 px
            return row.customer_name or ""
        if column == 3:
            text = row.address_line
            if not row.located:
                return text + " ⚠"
            if row.approximate:
                return text + " ≈ " + translate("DeliveryModels", "approximate")
            return text
        if column == 4:
            return money(row.due_cents) if row.due_cents else translate("DeliveryModels", "Paid")
        if row.trip_id is None:
            return ""
        return row.driver_name or str(row.trip_id)

    def tooltip(self, row: ReadyOrder, column: int) -> str | None:
        if column in (2, 3):
            text = (
                f"{row.customer_name} – {row.address_line}"
                if row.customer_name
                else row.address_line
            )
            if not row.located:
                text += "\n" + translate(
                    "DeliveryModels", "Not located: place it on the map before assigning."
                )
            elif row.approximate:
                text += "\n" + translate(
                    "DeliveryModels",
                    "Located by its postcode only: it can be assigned; place it on the map "
                    "for a precise route.",
                )
            return text
        if column == 4:
            return planned_text(row) or None
        return None

    def colour(self, row: ReadyOrder, column: int) -> QColor | None:
        if column == 1 and row.late_minutes(self.now):
            return LATE
        if column == 5 and row.trip_id is not None:
            return PLANNED
        if column == 3 and (row.approximate or not row.located):
            return APPROXIMATE
        return None


class DriversModel(_Model):
    def columns(self) -> tuple[str, ...]:
        return (
            translate("DeliveryModels", "Driver"),
            translate("DeliveryModels", "Trip"),
            translate("DeliveryModels", "Cash"),
        )

    def row_id(self, row: DriverOnShift) -> int:
        return row.user_id

    def right_aligned(self) -> tuple[int, ...]:
        return (2,)

    def text(self, row: DriverOnShift, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return trip_state_label(row.trip_state) or translate("DeliveryModels", "Available")
        return money(row.cash_cents)

    def tooltip(self, row: DriverOnShift, column: int) -> str | None:
        return translate("DeliveryModels", "On shift since {time}, change fund {fund}").format(
            time=paris_hhmm(row.started_at), fund=money(row.float_cents)
        )


class TripsModel(_Model):
    """Who, where it stands, how many stops: distance and time are under the map."""

    def columns(self) -> tuple[str, ...]:
        return (
            translate("DeliveryModels", "Driver"),
            translate("DeliveryModels", "State"),
            translate("DeliveryModels", "Stops"),
        )

    def row_id(self, row: TripView) -> int:
        return row.trip_id

    def right_aligned(self) -> tuple[int, ...]:
        return (2,)

    def text(self, row: TripView, column: int) -> str:
        if column == 0:
            return row.driver_name
        if column == 1:
            state = trip_state_label(row.state)
            return state + (" ≈" if row.estimated else "")
        done = sum(1 for s in row.stops if s.delivered)
        return f"{done}/{len(row.stops)}" if row.state == "out" else str(len(row.stops))

    def tooltip(self, row: TripView, column: int) -> str | None:
        return f"{distance_text(row.distance_m)} · {minutes_text(row.duration_s)}"

    def colour(self, row: TripView, column: int) -> QColor | None:
        return PLANNED if column == 1 and row.state == "planned" else None


class StopsModel(_Model):
    def columns(self) -> tuple[str, ...]:
        return (
            translate("DeliveryModels", "Stop"),
            translate("DeliveryModels", "No."),
            translate("DeliveryModels", "Address"),
            translate("DeliveryModels", "Expected"),
            translate("DeliveryModels", "Status"),
            translate("DeliveryModels", "To collect"),
        )

    def row_id(self, row: Stop) -> int:
        return row.order_id

    def right_aligned(self) -> tuple[int, ...]:
        return (0, 1, 5)

    def text(self, row: Stop, column: int) -> str:
        if column == 0:
            return str(row.sequence)
        if column == 1:
            return str(row.order_id)
        if column == 2:
            return stop_text(row)
        if column == 3:
            moment = row.delivered_at or row.eta
            return paris_hhmm(moment) if moment else "—"
        if column == 4:
            return status_label(row.status)
        return money(row.due_cents) if row.due_cents else translate("DeliveryModels", "Paid")

    def colour(self, row: Stop, column: int) -> QColor | None:
        if column == 3 and not row.delivered and row.late_minutes():
            return LATE
        return None

    def tooltip(self, row: Stop, column: int) -> str | None:
        return stop_text(row) if column == 2 else None


class CashModel(_Model):
    def columns(self) -> tuple[str, ...]:
        return (
            translate("DeliveryModels", "Driver"),
            translate("DeliveryModels", "Cash"),
            translate("DeliveryModels", "Card"),
            translate("DeliveryModels", "Meal vouchers"),
            translate("DeliveryModels", "Expected"),
            translate("DeliveryModels", "Handed in"),
            translate("DeliveryModels", "Difference"),
        )

    def row_id(self, row: DriverCash) -> int:
        return row.user_id

    def right_aligned(self) -> tuple[int, ...]:
        return (1, 2, 3, 4, 5, 6)

    def text(self, row: DriverCash, column: int) -> str:
        values = (
            row.cash_cents,
            row.card_cents,
            row.voucher_cents,
            row.expected_cents,
            row.handed_in_cents,
            row.difference_cents,
        )
        if column == 0:
            return row.name
        value = values[column - 1]
        return "—" if value is None else money(value)

    def colour(self, row: DriverCash, column: int) -> QColor | None:
        if column == 6 and row.difference_cents:
            return LATE if row.difference_cents < 0 else None
        return None
