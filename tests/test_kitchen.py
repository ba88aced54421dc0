"""The kitchen's services: a part of the queue for the live feed, the recipe memo."""

import pytest

from ocpizza_desk.domain.enums import OrderStatus
from ocpizza_desk.domain.errors import NotFound, PermissionDenied
from ocpizza_desk.services import kitchen, orders
from ocpizza_desk.services.cart import CartLine
from tests.helpers import product_id, request, staff


def test_only_the_named_orders_still_waiting_come_back(demo):
    counter = staff(demo, "accueil.bastille")
    cook = staff(demo, "pizzaiolo.bastille")
    first = orders.place(demo, counter, request(CartLine(product_id(demo, "margherita"), 2)))
    second = orders.place(demo, counter, request(CartLine(product_id(demo, "regina"), 1)))
    orders.advance(demo, cook, second.order_id, OrderStatus.IN_PREPARATION)
    orders.advance(demo, cook, second.order_id, OrderStatus.READY)  # out of the queue
    got = kitchen.queue(demo, cook, only={first.order_id, second.order_id})
    assert [(o.order_id, o.lines[0].product_name, o.lines[0].quantity) for o in got] == [
        (first.order_id, "Margherita 33 cm", 2)
    ]
    assert kitchen.queue(demo, cook, only=set()) == []
    whole = kitchen.queue(demo, cook)
    assert first.order_id in {o.order_id for o in whole}


def test_the_recipe_memo_has_doses_steps_and_baking_notes(demo):
    cook = staff(demo, "pizzaiolo.bastille")
    memo = kitchen.recipe_memo(demo, cook, product_id(demo, "regina"))
    assert memo.name == "Regina"
    names = [i.name for i in memo.ingredients]
    assert any("ozzarella" in n for n in names) and any("ambon" in n for n in names)
    assert all(i.quantity > 0 for i in memo.ingredients)
    assert len(memo.steps) >= 3 and memo.baking_notes
    with pytest.raises(NotFound):
        kitchen.recipe_memo(demo, cook, 999_999)


def test_drivers_do_not_read_recipes(demo):
    driver = staff(demo, "livreur.bastille")
    with pytest.raises(PermissionDenied):
        kitchen.recipe_memo(demo, driver, product_id(demo, "regina"))
