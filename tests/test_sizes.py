"""Sizes and half-and-half (issue 20, items 1 and 3) through the services: a size's price,
VAT and total; the stock reserved by its dose factor and given back on cancel; "can still
make" per size; the half-and-half price rule and half doses; bad input refused with nothing
written; the receipt's and the kitchen's text; the reports per size (live and summarised);
the website's procedure with a size. On SQLite and MariaDB."""

from __future__ import annotations

import json
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import text

from ocpizza_desk.domain import sizes
from ocpizza_desk.domain.catalogue import SizeDraft
from ocpizza_desk.domain.clock import PARIS, utcnow
from ocpizza_desk.domain.enums import OrderStatus
from ocpizza_desk.domain.errors import PermissionDenied, ValidationError
from ocpizza_desk.domain.pricing import excluding_vat
from ocpizza_desk.services import catalogue, documents, kitchen, menu, orders, reports, settings
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.reports import ReportRequest
from tests.helpers import (
    balances,
    ingredient_id,
    ledger_mismatches,
    product_id,
    request,
    set_balance,
    snapshot,
    staff,
)


@pytest.fixture
def counter(demo):
    return staff(demo, "accueil.bastille")


def item(ctx, session, code: str) -> menu.MenuItem:
    return next(i for i in menu.menu(ctx, session).items if i.code == code)


def recipe(ctx, code: str) -> dict[int, int]:
    with ctx.engine.connect() as c:
        return dict(
            c.execute(
                text(
                    "SELECT r.ingredient_id, r.quantity FROM recipe_lines r"
                    " JOIN products p ON p.id = r.product_id WHERE p.code = :c"
                ),
                {"c": code},
            ).all()
        )


def line_row(ctx, order_id: int, position: int = 1):
    with ctx.engine.connect() as c:
        return (
            c.execute(
                text(
                    "SELECT product_name, size_id, size_label, unit_price_cents, vat_rate_bp,"
                    " line_total_cents, components FROM order_lines"
                    " WHERE order_id = :o AND position = :p"
                ),
                {"o": order_id, "p": position},
            )
            .mappings()
            .one()
        )


def used(before: dict[int, int], after: dict[int, int]) -> Counter:
    return Counter({i: before[i] - after.get(i, 0) for i in before if before[i] != after.get(i)})


# --------------------------------------------------------------------------- sizes


def test_the_demo_pizzas_come_in_three_sizes_and_drinks_in_one(demo, counter):
    regina = item(demo, counter, "regina")
    assert [(z.label, z.price_cents, z.dose_pct, z.is_default) for z in regina.sizes] == [
        ("26 cm", 950, 62, False),
        ("33 cm", 1250, 100, True),
        ("40 cm", 1750, 147, False),
    ]
    assert regina.sized and regina.price_cents == 1250
    coke = item(demo, counter, "coca_cola")
    assert [(z.label, z.is_default) for z in coke.sizes] == [("", True)] and not coke.sized


def test_a_large_pizza_is_priced_taxed_and_reserved_by_its_size_then_given_back(demo, counter):
    regina = item(demo, counter, "regina")
    large = regina.sizes[2]
    before = balances(demo, counter.store_id)
    placed = orders.place(
        demo,
        counter,
        request(
            CartLine(regina.product_id, 2, size_id=large.size_id),
            CartLine(product_id(demo, "coca_cola"), 1),
        ),
    )
    row = line_row(demo, placed.order_id)
    assert (row["product_name"], row["size_id"], row["size_label"]) == (
        "Regina 40 cm",
        large.size_id,
        "40 cm",
    )
    assert (row["unit_price_cents"], row["line_total_cents"]) == (1750, 3500)
    assert placed.totals.total_cents == 3500 + 300
    food = next(v for v in placed.totals.vat if v.rate_bp == 1000)  # the drink at its own
    assert food.total_cents == 3500 and food.base_cents == excluding_vat(3500, 1000)

    # Every ingredient of the recipe at 147 %, rounded up per dose, times two.
    expected = Counter(
        {i: 2 * sizes.scaled_dose(q, 147) for i, q in recipe(demo, "regina").items()}
    )
    for i, q in recipe(demo, "coca_cola").items():
        expected[i] += q
    after = balances(demo, counter.store_id)
    assert used(before, after) == expected
    assert expected[ingredient_id(demo, "paton")] == 2 * 2  # a 40 cm takes two pâtons

    orders.cancel(demo, counter, placed.order_id)
    assert balances(demo, counter.store_id) == before
    assert ledger_mismatches(demo) == 0


def test_a_line_without_a_size_is_the_default_size(demo, counter):
    regina = item(demo, counter, "regina")
    placed = orders.place(demo, counter, request(CartLine(regina.product_id, 1)))
    row = line_row(demo, placed.order_id)
    assert (row["size_label"], row["unit_price_cents"]) == ("33 cm", 1250)


def test_can_still_make_is_counted_per_size_and_follows_the_cart(demo, counter):
    store = counter.store_id
    mozzarella = ingredient_id(demo, "mozzarella")
    dose = recipe(demo, "regina")[mozzarella]
    plenty = 100_000
    for ingredient in recipe(demo, "regina"):
        set_balance(demo, store, ingredient, plenty)
    set_balance(demo, store, mozzarella, dose * 10)  # ten 33 cm
    regina = item(demo, counter, "regina")
    expected = [dose * 10 // sizes.scaled_dose(dose, pct) for pct in (62, 100, 147)]
    assert [z.can_make for z in regina.sizes] == expected
    assert expected[0] > expected[1] == 10 > expected[2]
    assert regina.can_make == 10  # the default size's

    # A large in the cart leaves fewer of every size.
    cart = (CartLine(regina.product_id, 1, size_id=regina.sizes[2].size_id),)
    left = dose * 10 - sizes.scaled_dose(dose, 147)
    after = next(i for i in menu.menu(demo, counter, cart).items if i.code == "regina")
    assert [z.can_make for z in after.sizes] == [
        left // sizes.scaled_dose(dose, pct) for pct in (62, 100, 147)
    ]


# --------------------------------------------------------------------------- half-and-half


def half(ctx, session, first: str, second: str, label: str, quantity: int = 1) -> CartLine:
    a, b = item(ctx, session, first), item(ctx, session, second)
    return CartLine(
        a.product_id,
        quantity,
        size_id=a.size_labelled(label).size_id,
        half_product_id=b.product_id,
        half_size_id=b.size_labelled(label).size_id,
    )


def test_a_half_and_half_costs_the_dearer_half_and_takes_half_of_each(demo, counter):
    before = balances(demo, counter.store_id)
    line = half(demo, counter, "regina", "quatre_fromages", "40 cm")
    placed = orders.place(demo, counter, request(line))
    row = line_row(demo, placed.order_id)
    # Regina 40 cm 17,50 €, 4 Fromages 40 cm 18,90 €: the higher.
    assert row["unit_price_cents"] == 1890 == placed.totals.total_cents
    assert row["product_name"] == "½ Regina + ½ 4 Fromages 40 cm"
    assert row["size_label"] == "40 cm"
    components = row["components"]
    components = json.loads(components) if isinstance(components, str) else components
    assert [(c["name"], c["share_pct"]) for c in components] == [
        ("Regina", 50),
        ("4 Fromages", 50),
    ]
    expected = sizes.scaled(recipe(demo, "regina"), 147, 50) + sizes.scaled(
        recipe(demo, "quatre_fromages"), 147, 50
    )
    assert used(before, balances(demo, counter.store_id)) == expected
    # One pâton: half of two (a 40 cm's) from each half.
    assert expected[ingredient_id(demo, "paton")] == 2

    # Modified, the half-and-half comes back as asked.
    detail = orders.detail(demo, counter, placed.order_id)
    assert detail.lines[0].cart_line == line
    orders.cancel(demo, counter, placed.order_id)
    assert balances(demo, counter.store_id) == before


def test_the_half_and_half_rule_is_a_chain_setting(demo, counter):
    office = staff(demo, "direction")
    with pytest.raises(PermissionDenied):
        settings.set_half_and_half_rule(demo, counter, "average")
    with pytest.raises(ValidationError):
        settings.set_half_and_half_rule(demo, office, "cheapest")
    assert settings.set_half_and_half_rule(demo, office, "average") is sizes.HalfRule.AVERAGE
    line = half(demo, counter, "regina", "quatre_fromages", "33 cm")
    placed = orders.place(demo, counter, request(line))
    assert line_row(demo, placed.order_id)["unit_price_cents"] == (1250 + 1390) // 2
    assert menu.menu(demo, counter).half_rule is sizes.HalfRule.AVERAGE
    # An odd sum rounds up to the cent.
    assert sizes.half_price(1250, 1391, sizes.HalfRule.AVERAGE) == 1321
    assert sizes.half_price(1250, 1391) == 1391


def test_the_receipt_and_the_kitchen_print_the_size_and_the_halves(demo, counter):
    regina = item(demo, counter, "regina")
    placed = orders.place(
        demo,
        counter,
        request(
            CartLine(regina.product_id, 1, size_id=regina.sizes[0].size_id),
            half(demo, counter, "regina", "quatre_fromages", "40 cm"),
        ),
    )
    doc = documents.ticket_data(demo, counter, placed.order_id)
    assert [line.product_name for line in doc.lines] == [
        "Regina 26 cm",
        "½ Regina + ½ 4 Fromages 40 cm",
    ]
    cook = staff(demo, "pizzaiolo.bastille")
    card = next(o for o in kitchen.queue(demo, cook) if o.order_id == placed.order_id)
    assert [line.product_name for line in card.lines] == [
        "Regina 26 cm",
        "½ Regina + ½ 4 Fromages 40 cm",
    ]
    # The card links each half to its own recipe memo.
    assert card.lines[1].halves == (
        (regina.product_id, "Regina"),
        (product_id(demo, "quatre_fromages"), "4 Fromages"),
    )
    assert card.lines[1].size_label == "40 cm" and card.lines[0].halves == ()


# --------------------------------------------------------------------------- bad input


def test_a_half_of_another_size_or_a_size_of_another_product_is_refused(demo, counter):
    regina = item(demo, counter, "regina")
    cheese = item(demo, counter, "quatre_fromages")
    before = snapshot(demo)
    cases = {
        "cart.half_size": CartLine(
            regina.product_id,
            1,
            size_id=regina.sizes[2].size_id,
            half_product_id=cheese.product_id,
            half_size_id=cheese.sizes[0].size_id,  # 26 cm with a 40 cm
        ),
        "cart.bad_size": CartLine(regina.product_id, 1, size_id=cheese.sizes[1].size_id),
        "cart.half_options": CartLine(
            regina.product_id,
            1,
            (regina.options[0].option_id,),
            half_product_id=cheese.product_id,
        ),
    }
    for code, line in cases.items():
        with pytest.raises(ValidationError) as refused:
            orders.place(demo, counter, request(line))
        assert refused.value.code == code
        assert refused.value.message("fr") and refused.value.message("en")
    # A drink has no 40 cm: no half of it.
    with pytest.raises(ValidationError) as refused:
        orders.place(
            demo,
            counter,
            request(
                CartLine(
                    regina.product_id,
                    1,
                    size_id=regina.sizes[2].size_id,
                    half_product_id=product_id(demo, "coca_cola"),
                )
            ),
        )
    assert refused.value.code == "cart.half_size"
    assert "40 cm" in refused.value.message("fr")
    assert snapshot(demo) == before


def test_the_catalogue_refuses_a_size_without_a_price_and_keeps_sizes_by_label(demo):
    office = staff(demo, "direction")
    margherita = product_id(demo, "margherita")
    detail = catalogue.product(demo, office, margherita)
    assert [z.label for z in detail.sizes] == ["26 cm", "33 cm", "40 cm"]
    before = snapshot(demo)
    bad = {
        "catalogue.size_price": (
            SizeDraft("26 cm", None, 62),
            SizeDraft("33 cm", 990, 100, True),
        ),
        "catalogue.size_label": (
            SizeDraft("33 cm", 700, 62),
            SizeDraft("33 cm", 990, 100, True),
        ),
        "catalogue.size_dose": (SizeDraft("33 cm", 990, 0, True),),
        "catalogue.size_default": (SizeDraft("26 cm", 700, 62), SizeDraft("33 cm", 990)),
    }
    for code, sized in bad.items():
        draft = detail.draft()
        with pytest.raises(ValidationError) as refused:
            catalogue.update(
                demo,
                office,
                margherita,
                type(draft)(**{**draft.__dict__, "sizes": sized}),
                detail.updated_at,
            )
        assert refused.value.code == code, code
        assert refused.value.message("fr")
    assert snapshot(demo) == before

    # A new size list: 40 cm dropped (switched off, kept for past lines), 30 cm added, the
    # 26 cm's price changed: the ids of what stays are kept.
    ids = {z.label: z.size_id for z in detail.sizes}
    draft = detail.draft()
    saved = catalogue.update(
        demo,
        office,
        margherita,
        type(draft)(
            **{
                **draft.__dict__,
                "sizes": (
                    SizeDraft("26 cm", 750, 62),
                    SizeDraft("30 cm", 890, 85),
                    SizeDraft("33 cm", 990, 100, True),
                ),
            }
        ),
        detail.updated_at,
    )
    after = catalogue.product(demo, office, margherita)
    assert after.updated_at == saved.updated_at
    assert [(z.label, z.price_cents) for z in after.sizes] == [
        ("26 cm", 750),
        ("30 cm", 890),
        ("33 cm", 990),
    ]
    assert {z.label: z.size_id for z in after.sizes}["26 cm"] == ids["26 cm"]
    counter = staff(demo, "accueil.bastille")
    offered = item(demo, counter, "margherita")
    assert [z.label for z in offered.sizes] == ["26 cm", "30 cm", "33 cm"]
    with pytest.raises(ValidationError) as refused:
        orders.place(demo, counter, request(CartLine(margherita, 1, size_id=ids["40 cm"])))
    assert refused.value.code == "cart.bad_size"


# --------------------------------------------------------------------------- reports


def test_the_reports_count_each_size_apart_live_and_summarised(demo, counter):
    regina = item(demo, counter, "regina")
    small, large = regina.sizes[0].size_id, regina.sizes[2].size_id
    orders.place(
        demo,
        counter,
        request(
            CartLine(regina.product_id, 2, size_id=small),
            CartLine(regina.product_id, 1, size_id=large),
        ),
    )
    office = staff(demo, "direction")
    today = utcnow().astimezone(PARIS).date()
    ask = ReportRequest(today, today, (counter.store_id,))
    exact = reports.report(demo, office, ask, exact=True)
    rows = {r.name: r for r in exact.products if r.product_id == regina.product_id}
    assert rows["Regina 26 cm"].quantity >= 2 and rows["Regina 40 cm"].quantity >= 1
    assert rows["Regina 26 cm"].size_label == "26 cm"
    # The history (summarised days) and today: the same figures both ways.
    week = ReportRequest(today - timedelta(days=6), today, (counter.store_id,))
    assert (
        reports.report(demo, office, week).products
        == reports.report(demo, office, week, exact=True).products
    )


def test_a_cancelled_half_and_half_leaves_the_ledger_in_balance(demo, counter):
    placed = orders.place(demo, counter, request(half(demo, counter, "diavola", "parma", "26 cm")))
    orders.cancel(demo, counter, placed.order_id)
    detail = orders.detail(demo, counter, placed.order_id)
    assert detail.status is OrderStatus.CANCELLED
    assert ledger_mismatches(demo) == 0


def test_a_half_and_half_and_sizes_cost_no_more_statements_than_a_plain_order(demo, counter):
    """The sizes, the halves and the price rule come with the catalogue's one read; the
    halves are written with their line: the catalogue, the order, its lines, its ledger rows,
    then the journal, as for any order."""
    from sqlalchemy import event

    count = []

    def on_execute(conn, cursor, statement, *args):
        if statement.strip().upper() not in ("BEGIN", "COMMIT", "ROLLBACK"):
            count.append(statement.split()[0])

    regina = item(demo, counter, "regina")
    cart = request(
        half(demo, counter, "regina", "quatre_fromages", "40 cm"),
        CartLine(regina.product_id, 2, size_id=regina.sizes[0].size_id),
        CartLine(product_id(demo, "tiramisu"), 1),
    )
    event.listen(demo.engine, "before_cursor_execute", on_execute)
    try:
        orders.place(demo, counter, cart)
    finally:
        event.remove(demo.engine, "before_cursor_execute", on_execute)
    journalling = ["INSERT"] if demo.backend == "mysql" else ["SELECT", "INSERT", "UPDATE"]
    assert count == ["SELECT", "INSERT", "INSERT", "INSERT", *journalling]


# --------------------------------------------------------------------------- pure rules


def test_scaled_doses_round_up_and_never_vanish():
    assert sizes.scaled_dose(90, 62) == 56  # 55.8 up
    assert sizes.scaled_dose(1, 62) == 1  # a pâton is a pâton
    assert sizes.scaled_dose(1, 147) == 2
    assert sizes.scaled_dose(1, 147, 50) == 1  # half of 1.47
    assert sizes.scaled_dose(90, 100, 50) == 45
    assert sizes.scaled_dose(0, 147) == 0
    assert sizes.scaled({1: 90, 2: 1}, 100) == Counter({1: 90, 2: 1})


def test_names_fit_the_snapshot():
    assert sizes.line_name("Regina", "33 cm") == "Regina 33 cm"
    assert sizes.line_name("Coca-Cola 33 cl", "") == "Coca-Cola 33 cl"
    long = "P" * 80
    assert len(sizes.line_name(long, "40 cm")) == sizes.NAME_LENGTH
    assert sizes.line_name(long, "40 cm").endswith("… 40 cm")
    named = sizes.half_name("A" * 80, "B" * 80, "40 cm")
    assert len(named) <= sizes.NAME_LENGTH and named.startswith("½ A") and "+ ½ B" in named
    assert sizes.half_name("Regina", "4 Fromages") == "½ Regina + ½ 4 Fromages"


def test_a_damaged_rule_setting_is_the_default():
    assert sizes.half_rule({"rule": "average"}) is sizes.HalfRule.AVERAGE
    assert sizes.half_rule({"rule": "cheapest"}) is sizes.HalfRule.HIGHER
    assert sizes.half_rule(None) is sizes.HalfRule.HIGHER


def test_the_last_order_comes_back_in_its_sizes_and_halves(demo, counter):
    from ocpizza_desk.services import customers

    with demo.engine.connect() as c:
        customer_id = c.execute(
            text("SELECT id FROM customers WHERE erased_at IS NULL ORDER BY id LIMIT 1")
        ).scalar()
    regina = item(demo, counter, "regina")
    lines = (
        half(demo, counter, "regina", "quatre_fromages", "26 cm"),
        CartLine(regina.product_id, 2, size_id=regina.sizes[2].size_id),
    )
    orders.place(demo, counter, request(*lines, customer_id=customer_id))
    last = customers.card(demo, counter, customer_id).last_orders[0]
    assert last.cart_lines == lines
    assert [name for _p, name, _q, _o in last.lines] == [
        "½ Regina + ½ 4 Fromages 26 cm",
        "Regina 40 cm",
    ]
