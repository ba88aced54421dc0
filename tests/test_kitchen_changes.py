"""An order changed after the oven started (issue 20, item 6): a manager only, with a reason;
the stock follows; the kitchen's queue shows what changed until a pizzaiolo acknowledges it,
and every other kitchen PC learns it through the change marks."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from ocpizza_desk.db.models import AuditEntry, KitchenChange, StockMovement
from ocpizza_desk.domain import kitchen_changes
from ocpizza_desk.domain.enums import Channel, OrderMode, OrderStatus, Tender
from ocpizza_desk.domain.errors import ConflictError, PermissionDenied, ValidationError
from ocpizza_desk.services import changes, counter, kitchen, orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.counter import CounterSubmission
from ocpizza_desk.services.payments import RefundRequest
from tests.helpers import ledger_mismatches, product_id, request, snapshot, staff

KL = kitchen_changes.KitchenLine


# --------------------------------------------------------------------------- the difference


def test_the_difference_names_lines_added_taken_away_and_the_notes():
    before = [KL(1, "Regina", 1), KL(2, "Calzone", 1), KL(3, "Margherita", 2, ("sans olives",))]
    after = [KL(1, "Regina", 2), KL(3, "Margherita", 1, ("sans olives",)), KL(4, "Tiramisu", 1)]
    at = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    items = kitchen_changes.diff(
        before,
        after,
        notes_before=None,
        notes_after="sans oignons",
        promised_before=at,
        promised_after=at + timedelta(minutes=15),
        mode_before="takeaway",
        mode_after="takeaway",
    )
    assert [(i["kind"], i.get("delta"), i.get("product")) for i in items] == [
        ("line", 1, "Regina"),
        ("line", -1, "Calzone"),
        ("line", -1, "Margherita"),
        ("line", 1, "Tiramisu"),
        ("notes", None, None),
        ("promised", None, None),
    ]
    assert items[2]["extras"] == ["sans olives"]
    assert items[4] == {"kind": "notes", "before": None, "after": "sans oignons"}
    # The same pizza with other customisations is another thing to make.
    moved = kitchen_changes.diff([KL(1, "Regina", 1)], [KL(1, "Regina", 1, ("+ burrata",))])
    assert [(i["delta"], i["extras"]) for i in moved] == [(-1, []), (1, ["+ burrata"])]
    assert kitchen_changes.diff(before, list(before), notes_before="", notes_after=None) == []
    # The counter's form keeps minutes: the same minute saved again is no change.
    same_minute = kitchen_changes.diff(
        before, before, promised_before=at + timedelta(seconds=42), promised_after=at
    )
    assert same_minute == []


# --------------------------------------------------------------------------- the service


def _started(demo, *lines: CartLine, notes: str | None = None) -> int:
    clerk = staff(demo, "accueil.bastille")
    cook = staff(demo, "pizzaiolo.bastille")
    placed = orders.place(demo, clerk, request(*lines, notes=notes))
    orders.advance(demo, cook, placed.order_id, OrderStatus.IN_PREPARATION)
    return placed.order_id


def _change(demo, order_id: int, *lines: CartLine, **values) -> orders.OrderChange:
    detail = orders.detail(demo, staff(demo, "responsable.bastille"), order_id)
    values.setdefault("notes", detail.notes)
    return orders.OrderChange(
        lines=lines, mode=detail.mode, promised_at=detail.promised_at, **values
    )


def _held(demo, order_id: int) -> dict[int, int]:
    with demo.engine.connect() as c:
        rows = c.execute(
            select(StockMovement.ingredient_id, func.sum(StockMovement.delta))
            .where(StockMovement.order_id == order_id)
            .group_by(StockMovement.ingredient_id)
        ).all()
    return {i: -int(q) for i, q in rows if q}


def _recipe(demo, code: str, times: int) -> dict[int, int]:
    with demo.engine.connect() as c:
        rows = c.execute(
            text(
                "SELECT r.ingredient_id, r.quantity FROM recipe_lines r "
                "JOIN products p ON p.id = r.product_id WHERE p.code = :c"
            ),
            {"c": code},
        ).all()
    return {i: q * times for i, q in rows}


def test_a_manager_changes_an_order_in_preparation_with_a_reason(demo):
    regina, calzone = product_id(demo, "regina"), product_id(demo, "calzone")
    order_id = _started(demo, CartLine(regina, 1), CartLine(calzone, 1))
    manager = staff(demo, "responsable.bastille")
    cook = staff(demo, "pizzaiolo.bastille")
    version = orders.detail(demo, manager, order_id).version
    changed = orders.modify(
        demo,
        manager,
        order_id,
        _change(
            demo,
            order_id,
            CartLine(regina, 2),
            notes="sans olives",
            late_reason="  Le client a rappelé ",
        ),
        version,
    )
    assert changed.version == version + 1
    detail = orders.detail(demo, manager, order_id)
    assert detail.status is OrderStatus.IN_PREPARATION  # the oven goes on
    assert [(line.product_name, line.quantity) for line in detail.lines] == [("Regina 33 cm", 2)]

    # The stock follows: the order now holds two Reginas' worth, the Calzone's went back.
    assert _held(demo, order_id) == _recipe(demo, "regina", 2)
    assert ledger_mismatches(demo) == 0

    # The kitchen sees what changed, who and why.
    queued = {o.order_id: o for o in kitchen.queue(demo, cook)}[order_id]
    (pending,) = queued.changes
    assert pending.reason == "Le client a rappelé"
    assert pending.changed_by == manager.full_name
    assert [(i.kind, i.delta, i.product, i.after) for i in pending.items] == [
        ("line", 1, "Regina 33 cm", None),
        ("line", -1, "Calzone 33 cm", None),
        ("notes", 0, "", "sans olives"),
    ]
    with demo.engine.connect() as c:
        row = c.execute(select(KitchenChange).where(KitchenChange.order_id == order_id)).one()
        audit_after = c.execute(
            select(AuditEntry.after)
            .where(AuditEntry.action == "order.modify", AuditEntry.entity_id == str(order_id))
            .order_by(AuditEntry.id.desc())
        ).scalar()
        journalled = c.execute(
            text("SELECT COUNT(*) FROM sales_journal WHERE order_id = :o AND kind = :k"),
            {"o": order_id, "k": "modification"},
        ).scalar()
    kc = row
    assert (kc.changed_by_id, kc.order_version, kc.acknowledged_at) == (
        manager.user_id,
        version + 1,
        None,
    )
    assert audit_after["late_reason"] == "Le client a rappelé"
    assert audit_after["status"] == "in_preparation"
    assert journalled == 1  # the money rules of a modification hold


def test_a_clerk_is_refused_with_a_clear_message_and_nothing_changes(demo):
    order_id = _started(demo, CartLine(product_id(demo, "regina"), 1))
    clerk = staff(demo, "accueil.bastille")
    change = _change(demo, order_id, CartLine(product_id(demo, "regina"), 2), late_reason="oubli")
    before = snapshot(demo)
    with pytest.raises(PermissionDenied) as refused:
        orders.modify(demo, clerk, order_id, change)
    assert refused.value.code == "order.modify_started_manager"
    assert "manager" in refused.value.message("en")
    assert "responsable" in refused.value.message("fr")
    assert snapshot(demo) == before


def test_the_reason_is_required_and_checked(demo):
    regina = product_id(demo, "regina")
    order_id = _started(demo, CartLine(regina, 1))
    manager = staff(demo, "responsable.bastille")
    before = snapshot(demo)
    with pytest.raises(ValidationError) as missing:
        orders.modify(demo, manager, order_id, _change(demo, order_id, CartLine(regina, 2)))
    assert missing.value.code == "order.modify_started_reason"
    with pytest.raises(ValidationError) as blank:
        orders.modify(
            demo, manager, order_id, _change(demo, order_id, CartLine(regina, 2), late_reason=" ")
        )
    assert blank.value.code == "order.modify_started_reason"
    with pytest.raises(ValidationError) as short:
        orders.modify(
            demo, manager, order_id, _change(demo, order_id, CartLine(regina, 2), late_reason="x")
        )
    assert short.value.code == "input.too_short"
    with pytest.raises(ValidationError):
        orders.check_late_change(demo, manager, order_id, "")
    assert snapshot(demo) == before
    assert orders.check_late_change(demo, manager, order_id, " four  oublié ") == "four oublié"


def test_a_ready_order_is_no_longer_changed(demo):
    regina = product_id(demo, "regina")
    order_id = _started(demo, CartLine(regina, 1))
    orders.advance(demo, staff(demo, "pizzaiolo.bastille"), order_id, OrderStatus.READY)
    manager = staff(demo, "responsable.bastille")
    with pytest.raises(ConflictError) as refused:
        orders.modify(
            demo,
            manager,
            order_id,
            _change(demo, order_id, CartLine(regina, 2), late_reason="trop tard"),
        )
    assert refused.value.code == "order.taken"
    with pytest.raises(ConflictError):
        orders.check_late_change(demo, manager, order_id, "trop tard")


def test_a_change_the_kitchen_does_not_make_shows_nothing_on_its_card(demo):
    regina = product_id(demo, "regina")
    order_id = _started(demo, CartLine(regina, 1))
    manager = staff(demo, "responsable.bastille")
    orders.modify(
        demo,
        manager,
        order_id,
        _change(demo, order_id, CartLine(regina, 1), late_reason="rien pour le four"),
    )
    queued = kitchen.queue(demo, staff(demo, "pizzaiolo.bastille"), only={order_id})
    assert queued[0].changes == ()
    with demo.engine.connect() as c:
        assert c.execute(select(func.count()).select_from(KitchenChange)).scalar() == 0


def test_the_pizzaiolo_acknowledges_and_other_kitchens_are_told(demo):
    regina = product_id(demo, "regina")
    order_id = _started(demo, CartLine(regina, 1))
    manager = staff(demo, "responsable.bastille")
    cook = staff(demo, "pizzaiolo.bastille")
    orders.modify(
        demo,
        manager,
        order_id,
        _change(demo, order_id, CartLine(regina, 3), late_reason="deux de plus"),
    )
    (pending,) = kitchen.queue(demo, cook, only={order_id})[0].changes
    seen = changes.poll(demo, cook).marks  # another kitchen PC, up to date

    # Only the kitchen of the order's store acknowledges.
    for outsider in ("livreur.bastille", "accueil.bastille", "pizzaiolo.abbesses"):
        with pytest.raises(PermissionDenied):
            kitchen.acknowledge(demo, staff(demo, outsider), order_id, [pending.change_id])

    done = kitchen.acknowledge(demo, cook, order_id, [pending.change_id])
    assert done.change_ids == (pending.change_id,)
    assert kitchen.queue(demo, cook, only={order_id})[0].changes == ()
    with demo.engine.connect() as c:
        row = c.execute(select(KitchenChange).where(KitchenChange.id == pending.change_id)).one()
        audited = c.execute(
            select(AuditEntry.user_id, AuditEntry.after).where(
                AuditEntry.action == "order.kitchen_ack", AuditEntry.entity_id == str(order_id)
            )
        ).all()
    assert row.acknowledged_by_id == cook.user_id and row.acknowledged_at is not None
    assert [(u, a["changes"]) for u, a in audited] == [(cook.user_id, [pending.change_id])]
    # The other PC's next poll names the order: its card is read again, without the banner.
    polled = changes.poll(demo, cook, seen)
    assert order_id in [c.order_id for c in polled.orders]
    # Twice (another PC at the same time): nothing more is written.
    assert kitchen.acknowledge(demo, cook, order_id, [pending.change_id]).change_ids == ()


def test_the_counter_form_of_a_manager_changes_a_paid_order_with_its_refund(demo):
    """The GUI's path (counter.submit with the order's id): a paid order that now costs less
    is settled by its refund, as for any modification, and the kitchen is told."""
    regina = product_id(demo, "regina")
    manager = staff(demo, "responsable.bastille")
    cook = staff(demo, "pizzaiolo.bastille")
    placed = counter.submit(
        demo,
        manager,
        CounterSubmission(
            client_key=uuid.uuid4().hex,
            channel=Channel.COUNTER,
            mode=OrderMode.TAKEAWAY,
            lines=(CartLine(regina, 2),),
            promised_at=request().promised_at,
        ),
    )
    orders.record_payment(demo, manager, placed.order_id, Tender.CASH, placed.total_cents)
    orders.advance(demo, cook, placed.order_id, OrderStatus.IN_PREPARATION)
    detail = orders.detail(demo, manager, placed.order_id)
    one = placed.total_cents // 2
    outcome = counter.submit(
        demo,
        manager,
        CounterSubmission(
            client_key=uuid.uuid4().hex,
            channel=Channel.COUNTER,
            mode=OrderMode.TAKEAWAY,
            lines=(CartLine(regina, 1),),
            promised_at=detail.promised_at,
            order_id=placed.order_id,
            expected_version=detail.version,
            refunds=(
                RefundRequest(client_key=uuid.uuid4().hex, tender=Tender.CASH, amount_cents=one),
            ),
            refund_reason="une de moins",
            late_reason="le client en veut une de moins",
        ),
    )
    assert outcome.modified and outcome.refunded_cents == one
    assert outcome.totals.due_cents == 0
    (pending,) = kitchen.queue(demo, cook, only={placed.order_id})[0].changes
    assert [(i.kind, i.delta) for i in pending.items] == [("line", -1)]
    # A late reason on a new order means nothing: refused.
    with pytest.raises(ValidationError):
        counter.submit(
            demo,
            manager,
            CounterSubmission(
                client_key=uuid.uuid4().hex,
                channel=Channel.COUNTER,
                mode=OrderMode.TAKEAWAY,
                lines=(CartLine(regina, 1),),
                promised_at=request().promised_at,
                late_reason="pas de sens",
            ),
        )


@pytest.mark.mysql_only
@pytest.mark.parametrize("backend", ["mariadb"], indirect=True)
def test_with_their_own_database_accounts(demo, signed_in):
    """The grants: the manager writes the change through their account, the pizzaiolo reads
    it and acknowledges it through theirs."""
    regina = product_id(demo, "regina")
    order_id = _started(demo, CartLine(regina, 1))
    ctx, manager = signed_in("responsable.bastille")
    detail = orders.detail(ctx, manager, order_id)
    orders.modify(
        ctx,
        manager,
        order_id,
        orders.OrderChange(
            lines=(CartLine(regina, 2),),
            mode=detail.mode,
            promised_at=detail.promised_at,
            notes="bien cuite",
            late_reason="le client a rappelé",
        ),
        detail.version,
    )
    kitchen_ctx, cook = signed_in("pizzaiolo.bastille")
    (pending,) = kitchen.queue(kitchen_ctx, cook, only={order_id})[0].changes
    assert [i.kind for i in pending.items] == ["line", "notes"]
    assert {o.order_id: o for o in kitchen.queue(kitchen_ctx, cook)}[order_id].changes
    done = kitchen.acknowledge(kitchen_ctx, cook, order_id, [pending.change_id])
    assert done.change_ids == (pending.change_id,)
    assert kitchen.queue(kitchen_ctx, cook, only={order_id})[0].changes == ()


def test_a_changed_order_is_not_ready_before_the_kitchen_has_seen_the_change(demo):
    """The change may reach a kitchen PC after its last read: the tap on "Ready" is refused
    until the change is acknowledged, and nothing is written meanwhile."""
    regina = product_id(demo, "regina")
    order_id = _started(demo, CartLine(regina, 1))
    cook = staff(demo, "pizzaiolo.bastille")
    orders.modify(
        demo,
        staff(demo, "responsable.bastille"),
        order_id,
        _change(demo, order_id, CartLine(regina, 2), late_reason="une de plus"),
    )
    with pytest.raises(ConflictError) as refused:
        orders.advance(demo, cook, order_id, OrderStatus.READY, OrderStatus.IN_PREPARATION)
    assert refused.value.code == "order.change_unacknowledged"
    assert str(order_id) in refused.value.message("fr")
    assert orders.detail(demo, cook, order_id).status is OrderStatus.IN_PREPARATION
    (pending,) = kitchen.queue(demo, cook, only={order_id})[0].changes
    kitchen.acknowledge(demo, cook, order_id, [pending.change_id])
    moved = orders.advance(demo, cook, order_id, OrderStatus.READY, OrderStatus.IN_PREPARATION)
    assert moved.status is OrderStatus.READY
