"""A tiny chain for tests that need to rebuild the world often (hypothesis, stress):
one store, three ingredients, two pizzas, one account per role."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert

from ocpizza_desk.db import models as m
from ocpizza_desk.domain.clock import utcnow
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.services.auth import StaffSession

# Open around the clock: the tests place orders at any hour of their clocks (the hours
# themselves are tested in tests/test_opening.py and tests/test_opening_enforced.py).
ALL_DAY = {day: [["00:00", "24:00"]] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


@dataclass(frozen=True)
class Tiny:
    store_id: int
    dough: int
    cheese: int
    sauce: int
    margherita: int
    fromaggi: int
    extra_cheese: int  # option of the margherita
    without_sauce: int  # option of the margherita
    staff: dict[Role, StaffSession]


def build_tiny(ctx, stock: dict[str, int] | None = None, password_hash: str = "x") -> Tiny:
    """Insert the tiny chain into an empty, migrated database."""
    levels = {"dough": 10, "cheese": 1000, "sauce": 800} | (stock or {})
    now = utcnow()
    with ctx.engine.begin() as c:
        c.execute(
            insert(m.Store.__table__).values(
                id=1,
                code="test",
                name="OC Pizza Test",
                street="1 rue du Test",
                postcode="75011",
                city="Paris",
                phone="+33143000000",
                latitude=48.85,
                longitude=2.37,
                delivery_radius_m=3000,
                opening_hours=ALL_DAY,
                active=True,
                created_at=now,
            )
        )
        c.execute(
            insert(m.Category.__table__).values(id=1, code="pizza", name="Pizzas", position=1)
        )
        c.execute(
            insert(m.Ingredient.__table__),
            [
                {
                    "id": 1,
                    "code": "dough",
                    "name": "Pâton",
                    "unit": "piece",
                    "pack_size": 10,
                    "pack_label": "Bac de 10",
                    "active": True,
                },
                {
                    "id": 2,
                    "code": "cheese",
                    "name": "Mozzarella",
                    "unit": "g",
                    "pack_size": 500,
                    "pack_label": "Sac de 500 g",
                    "active": True,
                },
                {
                    "id": 3,
                    "code": "sauce",
                    "name": "Sauce tomate",
                    "unit": "g",
                    "pack_size": 400,
                    "pack_label": "Boîte de 400 g",
                    "active": True,
                },
            ],
        )
        c.execute(
            insert(m.Product.__table__),
            [
                {
                    "id": 1,
                    "code": "margherita",
                    "name": "Margherita",
                    "category_id": 1,
                    "price_cents": 990,
                    "vat_rate_bp": 1000,
                    "active": True,
                    "position": 1,
                    "created_at": now,
                    "updated_at": now,
                },
                {
                    "id": 2,
                    "code": "fromaggi",
                    "name": "Fromaggi",
                    "category_id": 1,
                    "price_cents": 1290,
                    "vat_rate_bp": 1000,
                    "active": True,
                    "position": 2,
                    "created_at": now,
                    "updated_at": now,
                },
            ],
        )
        # Each sold in one size (no label), its only and default size (ids = product ids).
        c.execute(
            insert(m.ProductSize.__table__),
            [
                {"id": 1, "product_id": 1, "label": "", "price_cents": 990, "is_default": True},
                {"id": 2, "product_id": 2, "label": "", "price_cents": 1290, "is_default": True},
            ],
        )
        c.execute(
            insert(m.RecipeLine.__table__),
            [
                {"product_id": 1, "ingredient_id": 1, "quantity": 1},
                {"product_id": 1, "ingredient_id": 2, "quantity": 100},
                {"product_id": 1, "ingredient_id": 3, "quantity": 80},
                {"product_id": 2, "ingredient_id": 1, "quantity": 1},
                {"product_id": 2, "ingredient_id": 2, "quantity": 200},
            ],
        )
        c.execute(
            insert(m.CustomisationOption.__table__),
            [
                {
                    "id": 1,
                    "product_id": 1,
                    "kind": "extra",
                    "ingredient_id": 2,
                    "quantity": 50,
                    "label": "Supplément mozzarella",
                    "price_cents": 150,
                    "position": 1,
                    "active": True,
                },
                {
                    "id": 2,
                    "product_id": 1,
                    "kind": "remove",
                    "ingredient_id": 3,
                    "quantity": None,
                    "label": "Sans sauce",
                    "price_cents": 0,
                    "position": 2,
                    "active": True,
                },
            ],
        )
        c.execute(
            insert(m.StockBalance.__table__),
            [
                {
                    "store_id": 1,
                    "ingredient_id": i,
                    "quantity": 0,  # the receipt rows below bring it up (the ledger trigger)
                    "threshold": 0,
                    "updated_at": now,
                }
                for i, q in ((1, levels["dough"]), (2, levels["cheese"]), (3, levels["sauce"]))
            ],
        )
        c.execute(
            insert(m.StockMovement.__table__),
            [
                {
                    "store_id": 1,
                    "ingredient_id": i,
                    "kind": "receipt",
                    "delta": q,
                    "created_at": now,
                }
                for i, q in ((1, levels["dough"]), (2, levels["cheese"]), (3, levels["sauce"]))
                if q
            ],
        )
        users = {}
        for number, role in enumerate(Role, start=1):
            store = 1 if role.is_store_bound else None
            c.execute(
                insert(m.User.__table__).values(
                    id=number,
                    username=f"{role.value}.test",
                    full_name=f"{role.value.title()} Test",
                    role=role.value,
                    store_id=store,
                    password_hash=password_hash,
                    active=True,
                    failed_attempts=0,
                    created_at=now,
                )
            )
            users[role] = StaffSession(
                number,
                f"{role.value}.test",
                f"{role.value.title()} Test",
                role,
                store,
                "OC Pizza Test" if store else None,
            )
    return Tiny(1, 1, 2, 3, 1, 2, 1, 2, users)
