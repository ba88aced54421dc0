"""The audit log: who changed what and when, newest first, filtered by person, kind of
record, action, store and dates; the selected entry's values before and after. Head office
and administrators read the chain's, a store manager their store's."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from ocpizza_desk.domain.clock import to_paris, utcnow
from ocpizza_desk.domain.enums import OrderMode, OrderStatus, Role, Tender
from ocpizza_desk.domain.permissions import Permission
from ocpizza_desk.gui import alerts, i18n
from ocpizza_desk.gui.forms.ui_audit_log import Ui_AuditLogPage
from ocpizza_desk.gui.labels import mode_label, plural, role_label, status_label, tender_label
from ocpizza_desk.gui.models.admin import AuditDetailModel, AuditLogModel, shown_entity
from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.services import auditlog, stores
from ocpizza_desk.services.auditlog import AuditChoices, AuditFilter, AuditRow
from ocpizza_desk.services.auth import StaffSession

translate = QCoreApplication.translate
FILTER_DELAY_MS = 300
PERIODS = ("today", "week", "month", "all", "custom")


def action_label(action: str) -> str:
    known = {
        "store.create": translate("AuditLabels", "Store created"),
        "store.update": translate("AuditLabels", "Store changed"),
        "store.activate": translate("AuditLabels", "Store reopened"),
        "store.deactivate": translate("AuditLabels", "Store closed"),
        "user.create": translate("AuditLabels", "Account created"),
        "user.update": translate("AuditLabels", "Account changed"),
        "user.password_reset": translate("AuditLabels", "Password reset"),
        "user.activate": translate("AuditLabels", "Account reactivated"),
        "user.deactivate": translate("AuditLabels", "Account deactivated"),
        "auth.locked": translate("AuditLabels", "Account locked (attempts)"),
        "order.modify": translate("AuditLabels", "Order modified"),
        "order.cancel": translate("AuditLabels", "Order cancelled"),
        "order.undo": translate("AuditLabels", "Kitchen or delivery tap undone"),
        "order.kitchen_ack": translate("AuditLabels", "Late change seen by the kitchen"),
        "order.payment": translate("AuditLabels", "Payment"),
        "stock.receive": translate("AuditLabels", "Stock received"),
        "stock.count": translate("AuditLabels", "Inventory count"),
        "stock.waste": translate("AuditLabels", "Waste"),
        "stock.threshold": translate("AuditLabels", "Alert threshold"),
        "menu.switch": translate("AuditLabels", "Menu item on/off"),
        "customer.erase": translate("AuditLabels", "Customer erased (GDPR)"),
        "delivery.assign": translate("AuditLabels", "Orders given to a driver"),
        "delivery.unassign": translate("AuditLabels", "Trip cancelled before departure"),
        "delivery.shift_start": translate("AuditLabels", "Driver's shift started"),
        "delivery.shift_end": translate("AuditLabels", "Driver's shift ended"),
        "maintenance.on": translate("AuditLabels", "Maintenance on"),
        "maintenance.off": translate("AuditLabels", "Maintenance off"),
        "catalogue.create": translate("AuditLabels", "Product created"),
        "catalogue.update": translate("AuditLabels", "Product changed"),
        "catalogue.archive": translate("AuditLabels", "Product archived"),
        "catalogue.restore": translate("AuditLabels", "Product restored"),
        "catalogue.formula": translate("AuditLabels", "Formula saved"),
        "catalogue.photo": translate("AuditLabels", "Product photo"),
        "catalogue.availability": translate("AuditLabels", "Product on/off in stores"),
        "customer.create": translate("AuditLabels", "Customer created"),
        "customer.update": translate("AuditLabels", "Customer changed"),
        "customer.address_add": translate("AuditLabels", "Address added"),
        "customer.address_update": translate("AuditLabels", "Address changed"),
        "customer.address_located": translate("AuditLabels", "Address placed on the map"),
        "customer.merge": translate("AuditLabels", "Customers merged"),
        "customer.merged_into": translate("AuditLabels", "Customer merged into another"),
        "customer.export": translate("AuditLabels", "Customer's data exported"),
        "settings.till_rules": translate("AuditLabels", "Till rules"),
        "settings.half_and_half": translate("AuditLabels", "Half-and-half price rule"),
        "document.print": translate("AuditLabels", "Receipt or credit note printed"),
        "ingredient.allergens": translate("AuditLabels", "Ingredient's allergens"),
    }
    return known.get(action, action)


def entity_label(entity: str) -> str:
    known = {
        "store": translate("AuditLabels", "Store"),
        "user": translate("AuditLabels", "Account"),
        "order": translate("AuditLabels", "Order"),
        "product": translate("AuditLabels", "Product"),
        "ingredient": translate("AuditLabels", "Ingredient"),
        "customer": translate("AuditLabels", "Customer"),
        "inventory_count": translate("AuditLabels", "Inventory count"),
        "trip": translate("AuditLabels", "Delivery trip"),
        "driver_shift": translate("AuditLabels", "Driver's shift"),
        "app_setting": translate("AuditLabels", "Setting"),
        "stock": translate("AuditLabels", "Store's stock"),
        "receipt": translate("AuditLabels", "Receipt"),
        "credit_note": translate("AuditLabels", "Credit note"),
    }
    return known.get(entity, entity)


def field_label(field: str, entry: AuditRow | None = None) -> str:
    if field.isdigit():  # a count's ingredients, by id
        name = entry.ingredients.get(field) if entry is not None else None
        return name or translate("AuditLabels", "Ingredient no. {id}").format(id=field)
    known = {
        "code": translate("AuditLabels", "Code"),
        "name": translate("AuditLabels", "Name"),
        "street": translate("AuditLabels", "Street"),
        "postcode": translate("AuditLabels", "Postcode"),
        "city": translate("AuditLabels", "City"),
        "phone": translate("AuditLabels", "Phone"),
        "email": translate("AuditLabels", "E-mail"),
        "latitude": translate("AuditLabels", "Latitude"),
        "longitude": translate("AuditLabels", "Longitude"),
        "delivery_radius_m": translate("AuditLabels", "Delivery radius (m)"),
        "opening_hours": translate("AuditLabels", "Opening hours"),
        "active": translate("AuditLabels", "Active"),
        "username": translate("AuditLabels", "Username"),
        "role": translate("AuditLabels", "Role"),
        "store_id": translate("AuditLabels", "Store no."),
        "fields": translate("AuditLabels", "Fields changed"),
        "password": translate("AuditLabels", "Password"),
        "locked": translate("AuditLabels", "Locked"),
        "locked_until": translate("AuditLabels", "Locked until"),
        "threshold": translate("AuditLabels", "Alert threshold"),
        "allergens": translate("AuditLabels", "Allergens"),
        "recorded": translate("AuditLabels", "Allergens recorded"),
        "quantity": translate("AuditLabels", "Quantity"),
        "reason": translate("AuditLabels", "Reason"),
        "packs": translate("AuditLabels", "Supplier packs"),
        "loose": translate("AuditLabels", "Loose units"),
        "units": translate("AuditLabels", "Quantities received"),
        "reference": translate("AuditLabels", "Delivery note"),
        "address": translate("AuditLabels", "Address"),
        "address_id": translate("AuditLabels", "Address no."),
        "changed": translate("AuditLabels", "Fields changed"),
        "replaced": translate("AuditLabels", "Address replaced"),
        "erased": translate("AuditLabels", "Erased"),
        "request_reference": translate("AuditLabels", "Request reference"),
        "merged": translate("AuditLabels", "Customer merged"),
        "into": translate("AuditLabels", "Merged into customer"),
        "formats": translate("AuditLabels", "Formats"),
        "orders": translate("AuditLabels", "Orders"),
        "status": translate("AuditLabels", "Status"),
        "tender": translate("AuditLabels", "Paid by"),
        "amount_cents": translate("AuditLabels", "Amount"),
        "voucher_excess_cents": translate("AuditLabels", "Voucher excess"),
        "total_cents": translate("AuditLabels", "Total"),
        "discount_cents": translate("AuditLabels", "Discount"),
        "price_cents": translate("AuditLabels", "Price"),
        "lines": translate("AuditLabels", "Lines"),
        "mode": translate("AuditLabels", "Mode"),
        "promised_at": translate("AuditLabels", "Promised at"),
        "refunds": translate("AuditLabels", "Refunds"),
        "approved_by": translate("AuditLabels", "Approved by"),
        "address_changed": translate("AuditLabels", "Address changed"),
        "stores": translate("AuditLabels", "Stores"),
        "full_name": translate("AuditLabels", "Full name"),
        "of": translate("AuditLabels", "Credit note"),
        "ticket": translate("AuditLabels", "Ticket no."),
        "fingerprint": translate("AuditLabels", "Fingerprint"),
        "duplicate": translate("AuditLabels", "Duplicate"),
    }
    return known.get(field, field)


def value_label(field: str, value: Any, entry: AuditRow | None = None) -> str:
    """A payload's value as staff read it: euros, statuses and tenders in words, lists and
    per-ingredient maps spelled out (never raw JSON such as {"28": 2, "10": 1})."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return (
            translate("AuditDetailModel", "yes") if value else translate("AuditDetailModel", "no")
        )
    if field.endswith("_cents") and isinstance(value, int):
        return i18n.money(value)
    if field == "status" and isinstance(value, str):
        return _enum_label(OrderStatus, status_label, value)
    if field == "tender" and isinstance(value, str):
        return _enum_label(Tender, tender_label, value)
    if field == "mode" and isinstance(value, str):
        return _enum_label(OrderMode, mode_label, value)
    if field == "role" and isinstance(value, str):
        return _enum_label(Role, role_label, value)
    if isinstance(value, dict):
        return ", ".join(
            f"{field_label(str(k), entry)} : {value_label('', v, entry)}" for k, v in value.items()
        )
    if isinstance(value, list):
        return ", ".join(value_label("", v, entry) for v in value)
    if isinstance(value, str):
        return field_label(value, entry) if field in ("fields", "changed") else value
    return str(value)


def _enum_label(kind, label, value: str) -> str:
    try:
        return label(kind(value))
    except ValueError:
        return value


class AuditLogScreen(QWidget):
    def __init__(self, ctx, session: StaffSession, runner: TaskRunner) -> None:
        super().__init__()
        self.ui = Ui_AuditLogPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setObjectName("pageTitle")
        self.ui.detailTitleLabel.setObjectName("subtitleLabel")
        lines = self.ui.detailTitleLabel.fontMetrics().lineSpacing()
        self.ui.detailTitleLabel.setMinimumHeight(2 * lines + 6)  # action, then when and who
        self.ctx, self.session, self.runner = ctx, session, runner
        self.chain = session.can(Permission.MANAGE_USERS) or session.can(Permission.MANAGE_STORES)
        self.choices = AuditChoices((), (), ())
        self.store_names: list[tuple[int, str]] = []
        self.model = AuditLogModel(runner, self)
        self.model.label_action = action_label
        self.model.label_entity = entity_label
        self.detail = AuditDetailModel(self)
        self.detail.label_field = field_label
        self.detail.label_value = value_label
        ui = self.ui
        ui.entriesView.setModel(self.model)
        ui.detailView.setModel(self.detail)
        for view in (ui.entriesView, ui.detailView):
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
        # The field, its value before and after share the panel's width and wrap (a long
        # value, a list of ingredients, sized its column to the text: the detail scrolled
        # sideways in the panel's 320 px).
        detail_header = ui.detailView.horizontalHeader()
        detail_header.setMinimumSectionSize(40)
        detail_header.setStretchLastSection(False)  # its own minimum overflowed by 3 px
        detail_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.detailView.setWordWrap(True)
        ui.detailView.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.entriesView.horizontalHeader().setMinimumSectionSize(40)
        # The list takes what its six columns need at 1366 px (the detail's three short
        # columns wrap their values): at 3:2 it scrolled sideways and "Réf." was cut.
        ui.splitter.setStretchFactor(0, 5)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([790, 320])
        ui.storeCombo.setVisible(self.chain)
        today = QDate.currentDate()
        ui.fromDate.setDate(today)
        ui.toDate.setDate(today)
        self._ready = False
        self._fill_combos()

        self._filter_timer = QTimer(
            self, singleShot=True, interval=FILTER_DELAY_MS, timeout=self.reload
        )
        for combo in (ui.whoCombo, ui.entityCombo, ui.actionCombo, ui.storeCombo):
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self._period_changed())
        ui.fromDate.dateChanged.connect(lambda _d: self._filter_timer.start())
        ui.toDate.dateChanged.connect(lambda _d: self._filter_timer.start())
        ui.refreshButton.clicked.connect(self.refresh)
        ui.entriesView.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self.model.loading_changed.connect(lambda _b: self._show_count())
        self.model.modelReset.connect(lambda: setattr(self, "_sized", False))
        self.model.rowsInserted.connect(lambda *_a: self._size_columns())
        self.model.rowsInserted.connect(lambda *_a: self._show_count())
        self.model.load_failed.connect(lambda error: alerts.show_error(self, error))
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        self._ready = True
        self._show_entry(None)
        self._period_changed()
        self._load_choices()

    # -- filters

    def _fill_combos(self) -> None:
        ui = self.ui
        combos = (ui.whoCombo, ui.entityCombo, ui.actionCombo, ui.storeCombo, ui.periodCombo)
        kept = [combo.currentData() for combo in combos]
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
        ui.whoCombo.addItem(self.tr("Everyone"), None)
        for user_id, name in self.choices.users:
            ui.whoCombo.addItem(name, user_id)
        ui.entityCombo.addItem(self.tr("Everything"), None)
        for entity in self.choices.entities:
            ui.entityCombo.addItem(entity_label(entity), entity)
        ui.actionCombo.addItem(self.tr("All actions"), None)
        for action in self.choices.actions:
            ui.actionCombo.addItem(action_label(action), action)
        ui.storeCombo.addItem(self.tr("All stores"), None)
        for store_id, name in self.store_names:
            ui.storeCombo.addItem(name, store_id)
        for key, text in zip(
            PERIODS,
            (
                self.tr("Today"),
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("All dates"),
                self.tr("Dates…"),
            ),
            strict=True,
        ):
            ui.periodCombo.addItem(text, key)
        for combo, value in zip(combos, kept, strict=True):
            found = combo.findData(value)
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)
        if kept[-1] is None:
            ui.periodCombo.setCurrentIndex(PERIODS.index("week"))

    def _load_choices(self) -> None:
        ctx, session, chain = self.ctx, self.session, self.chain

        def work():
            names = [(s.id, s.name) for s in stores.list_stores(ctx, session)] if chain else []
            return auditlog.choices(ctx, session), names

        self.runner.run(
            work, self._choices_loaded, lambda e: alerts.show_error(self, e), owner=self
        )

    def _choices_loaded(self, result) -> None:
        self.choices, self.store_names = result
        self._fill_combos()

    def _filters_changed(self) -> None:
        if self._ready:
            self.reload()

    def _period_changed(self) -> None:
        custom = self.ui.periodCombo.currentData() == "custom"
        self.ui.fromDate.setVisible(custom)
        self.ui.toDate.setVisible(custom)
        self._filters_changed()

    def current_filter(self) -> AuditFilter:
        ui = self.ui
        today = to_paris(utcnow()).date()
        period = ui.periodCombo.currentData()
        start: date | None = None
        end: date | None = None
        if period == "today":
            start = today
        elif period == "week":
            start = today - timedelta(days=6)
        elif period == "month":
            start = today - timedelta(days=29)
        elif period == "custom":
            start, end = ui.fromDate.date().toPython(), ui.toDate.date().toPython()
        return AuditFilter(
            user_id=ui.whoCombo.currentData(),
            entity=ui.entityCombo.currentData(),
            action=ui.actionCombo.currentData(),
            store_id=ui.storeCombo.currentData() if self.chain else None,
            date_from=start,
            date_to=end,
        )

    def refresh(self) -> None:
        self._load_choices()
        self.reload()

    def reload(self) -> None:
        self._filter_timer.stop()
        ctx, session, wanted = self.ctx, self.session, self.current_filter()

        def loader(cursor):
            got = auditlog.page(ctx, session, wanted, cursor)
            return got.rows, got.next

        self.model.load(loader)
        self._show_entry(None)

    def _show_count(self) -> None:
        count = self.model.rowCount()
        more = self.model.canFetchMore()
        text = (
            self.tr("{count}+ entries").format(count=count)
            if more
            else plural(count, self.tr("{count} entry"), self.tr("{count} entries"))
        )
        self.ui.countLabel.setText(self.tr("Loading…") if self.model.loading else text)

    def _size_columns(self) -> None:
        """Once per list, on its first page: the header then stays put while scrolling."""
        if not getattr(self, "_sized", False):
            self._sized = True
            self.ui.entriesView.resizeColumnsToContents()

    # -- the detail

    def _selected(self) -> None:
        rows = self.ui.entriesView.selectionModel().selectedRows()
        self._show_entry(self.model.row_at(rows[0].row()) if rows else None)

    def _show_entry(self, entry: AuditRow | None) -> None:
        self.shown = entry
        self.detail.show(entry)
        if entry is None:
            self.ui.detailTitleLabel.setText(self.tr("Select an entry to see what changed."))
            return
        self.ui.detailTitleLabel.setText(
            self.tr("{action} · {entity} {ref}\n{when} · {who}").format(
                action=action_label(entry.action),
                entity=entity_label(shown_entity(entry)),
                ref=_reference(entry),
                when=to_paris(entry.at).strftime("%d/%m/%Y %H:%M:%S"),
                who=entry.user_name or "—",
            )
        )

    # -- language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.ui.retranslateUi(self)
            self._fill_combos()
            self._show_entry(self.shown)
            self._show_count()
        super().changeEvent(event)


def _reference(entry: AuditRow) -> str:
    """What the entry is about in words where the row knows them ("Pizzeria 1" said which
    store to nobody): an ingredient's name, the store's own name, else its number."""
    if entry.entity == "ingredient":
        return entry.ingredients.get(entry.entity_id, entry.entity_id)
    if entry.entity == "store" and entry.store_name and str(entry.store_id) == entry.entity_id:
        return entry.store_name
    return entry.entity_id
