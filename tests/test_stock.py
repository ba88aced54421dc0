"""Stock operations: receipts in packs, inventory counts, waste, thresholds, the ledger."""

import pytest
from sqlalchemy import select

from ocpizza_desk.db.models import InventoryCountLine, StockBalance, StockMovement
from ocpizza_desk.domain.enums import StockMovementKind
from ocpizza_desk.domain.errors import DomainError, PermissionDenied, ValidationError
from ocpizza_desk.services import stock
from tests.helpers import balance, ingredient_id, ledger_mismatches, set_balance, snapshot, staff


@pytest.fixture
def manager(demo):
    return staff(demo, "responsable.bastille")


def test_receipt_converts_packs_to_base_units(demo, manager):
    mozzarella = ingredient_id(demo, "mozzarella")
    pack = next(s for s in stock.levels(demo, manager) if s.ingredient_id == mozzarella).pack_size
    before = balance(demo, manager.store_id, mozzarella)
    change = stock.receive(demo, manager, {mozzarella: 3}, reference="BL-2026-1128")
    assert change.changes == {mozzarella: 3 * pack}
    assert balance(demo, manager.store_id, mozzarella) == before + 3 * pack
    entry = stock.ledger_page(demo, manager, mozzarella, limit=1)[0]
    assert (entry.kind, entry.delta, entry.reference) == (
        StockMovementKind.RECEIPT,
        3 * pack,
        "BL-2026-1128",
    )
    assert ledger_mismatches(demo) == 0


def test_inventory_count_turns_differences_into_adjustments(demo, manager):
    dough, basil = ingredient_id(demo, "paton"), ingredient_id(demo, "basilic")
    set_balance(demo, manager.store_id, dough, 50)
    set_balance(demo, manager.store_id, basil, 40)
    change = stock.count(demo, manager, {dough: 47, basil: 40}, note="Inventaire du soir")
    assert change.changes == {dough: -3}
    assert balance(demo, manager.store_id, dough) == 47
    with demo.engine.connect() as c:
        lines = dict(
            (i, (e, n))
            for i, e, n in c.execute(
                select(
                    InventoryCountLine.ingredient_id,
                    InventoryCountLine.expected,
                    InventoryCountLine.counted,
                ).where(InventoryCountLine.count_id == change.count_id)
            )
        )
        adjustment = c.execute(
            select(StockMovement.delta, StockMovement.count_id).where(
                StockMovement.kind == StockMovementKind.ADJUSTMENT.value,
                StockMovement.count_id == change.count_id,
            )
        ).all()
    assert lines == {dough: (50, 47), basil: (40, 40)}
    assert adjustment == [(-3, change.count_id)]
    assert ledger_mismatches(demo) == 0


def test_waste_cannot_exceed_the_stock(demo, manager):
    tiramisu = ingredient_id(demo, "tiramisu")
    set_balance(demo, manager.store_id, tiramisu, 4)
    stock.waste(demo, manager, tiramisu, 1, "Date dépassée")
    assert balance(demo, manager.store_id, tiramisu) == 3
    before = snapshot(demo)
    with pytest.raises(DomainError) as refused:
        stock.waste(demo, manager, tiramisu, 5, "Tombé")
    assert refused.value.code == "stock.waste_too_much"
    assert snapshot(demo) == before


def test_thresholds_drive_the_alerts(demo, manager):
    mozzarella = ingredient_id(demo, "mozzarella")
    held = balance(demo, manager.store_id, mozzarella)
    stock.set_threshold(demo, manager, mozzarella, held + 1)
    assert mozzarella in [s.ingredient_id for s in stock.under_threshold(demo, manager)]
    stock.set_threshold(demo, manager, mozzarella, 0)
    assert mozzarella not in [s.ingredient_id for s in stock.under_threshold(demo, manager)]


def test_ledger_pages_newest_first(demo, manager):
    dough = ingredient_id(demo, "paton")
    first = stock.ledger_page(demo, manager, dough, limit=5)
    second = stock.ledger_page(demo, manager, dough, before_id=first[-1].id, limit=5)
    ids = [e.id for e in first + second]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 10


def test_only_managers_of_the_store_manage_its_stock(demo):
    dough = ingredient_id(demo, "paton")
    before = snapshot(demo)
    with pytest.raises(PermissionDenied):
        stock.receive(demo, staff(demo, "accueil.bastille"), {dough: 1})
    with pytest.raises(PermissionDenied) as other:
        stock.receive(demo, staff(demo, "responsable.abbesses"), {dough: 1}, store_id=1)
    assert other.value.code == "permission.other_store"
    with pytest.raises(PermissionDenied):  # head office reads stock, does not move it
        stock.receive(demo, staff(demo, "direction"), {dough: 1}, store_id=1)
    assert snapshot(demo) == before
    assert stock.levels(demo, staff(demo, "direction"), store_id=2)


@pytest.mark.parametrize("packs", [{}, {1: 0}, {1: -2}, {1: 10**9}, {0: 1}, {1: "2"}])
def test_bad_receipts_are_refused(demo, manager, packs):
    before = snapshot(demo)
    with pytest.raises(DomainError):
        stock.receive(demo, manager, packs)
    assert snapshot(demo) == before


def test_counts_of_unknown_ingredients_are_refused(demo, manager):
    before = snapshot(demo)
    with pytest.raises(DomainError):
        stock.count(demo, manager, {999_999: 3})
    with pytest.raises(ValidationError):
        stock.count(demo, manager, {1: -1})
    assert snapshot(demo) == before


def test_receipt_takes_loose_units_besides_packs(demo, manager):
    mozzarella, basil = ingredient_id(demo, "mozzarella"), ingredient_id(demo, "basilic")
    pack = next(s for s in stock.levels(demo, manager) if s.ingredient_id == mozzarella).pack_size
    before = balance(demo, manager.store_id, mozzarella), balance(demo, manager.store_id, basil)
    change = stock.receive(demo, manager, {mozzarella: 2}, units={mozzarella: 300, basil: 50})
    assert change.changes == {mozzarella: 2 * pack + 300, basil: 50}
    assert balance(demo, manager.store_id, mozzarella) == before[0] + 2 * pack + 300
    assert balance(demo, manager.store_id, basil) == before[1] + 50
    assert ledger_mismatches(demo) == 0
    snap = snapshot(demo)
    for units in ({basil: 0}, {basil: -5}, {999_999: 3}):
        with pytest.raises(DomainError):
            stock.receive(demo, manager, {}, units=units)
    assert snapshot(demo) == snap


def test_ledger_filters_by_kind_and_paris_dates(demo, manager):
    from datetime import timedelta

    from ocpizza_desk.domain.clock import to_paris, utcnow

    dough = ingredient_id(demo, "paton")
    stock.receive(demo, manager, {dough: 1}, reference="BL-FILTRE")
    stock.waste(demo, manager, dough, 2, "Pâte tombée")
    with demo.engine.connect() as c:
        expected = [
            r[0]
            for r in c.execute(
                select(StockMovement.id)
                .where(
                    StockMovement.store_id == manager.store_id,
                    StockMovement.ingredient_id == dough,
                    StockMovement.kind.in_(["waste", "receipt"]),
                )
                .order_by(StockMovement.id.desc())
            )
        ]
    got = stock.ledger_page(
        demo, manager, dough, kinds=[StockMovementKind.WASTE, StockMovementKind.RECEIPT]
    )
    assert [e.id for e in got] == expected[:100]
    assert got[0].kind is StockMovementKind.WASTE and got[0].reason == "Pâte tombée"
    assert got[0].user_name == manager.full_name
    today = to_paris(utcnow()).date()
    todays = stock.ledger_page(
        demo, manager, dough, kinds=[StockMovementKind.RECEIPT], date_from=today, date_to=today
    )
    assert todays and todays[0].reference == "BL-FILTRE"
    assert all(to_paris(e.created_at).date() == today for e in todays)
    future = today + timedelta(days=1)
    assert stock.ledger_page(demo, manager, dough, date_from=future) == []
    with pytest.raises(DomainError):
        stock.ledger_page(demo, manager, dough, date_from=future, date_to=today)
    with pytest.raises(DomainError):
        stock.ledger_page(demo, manager, dough, kinds=["sold"])


def test_a_threshold_changed_elsewhere_is_not_overwritten(demo, manager):
    from ocpizza_desk.domain.errors import ConflictError

    mozzarella = ingredient_id(demo, "mozzarella")
    shown = next(s for s in stock.levels(demo, manager) if s.ingredient_id == mozzarella).threshold
    stock.set_threshold(demo, manager, mozzarella, shown + 500, expected=shown)
    before = snapshot(demo)
    with pytest.raises(ConflictError) as conflict:  # a second PC still showing the old value
        stock.set_threshold(demo, manager, mozzarella, shown + 1, expected=shown)
    assert manager.full_name in conflict.value.message("fr")
    assert snapshot(demo) == before
    with demo.engine.connect() as c:
        assert (
            c.execute(
                select(StockBalance.threshold).where(
                    StockBalance.store_id == manager.store_id,
                    StockBalance.ingredient_id == mozzarella,
                )
            ).scalar_one()
            == shown + 500
        )
