"""Formulas (issue 20, item 2) through the services: the set price with supplements, the
VAT split across the choices' rates adding up to the total exactly, the stock reserved and
given back per choice, bad input refused with nothing written, the receipt's and the
kitchen's text, the reports (the formula counted once, its choices in the products), the
catalogue's editing, and the statements a placing costs. On SQLite and MariaDB."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from ocpizza_desk.domain import formulas as rules
from ocpizza_desk.domain import sizes
from ocpizza_desk.domain.clock import PARIS, utcnow
from ocpizza_desk.domain.enums import DiscountKind, DiscountReason
from ocpizza_desk.domain.errors import PermissionDenied, ValidationError
from ocpizza_desk.domain.pricing import excluding_vat
from ocpizza_desk.domain.totals import Discount
from ocpizza_desk.services import documents, formulas, kitchen, orders, reports
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.reports import ReportRequest
from tests.helpers import (
    balances,
    ingredient_id,
    ledger_mismatches,
    product_id,
    request,
    snapshot,
    staff,
)


@pytest.fixture
def counter(demo):
    return staff(demo, "accueil.bastille")


def lunch(ctx, session) -> formulas.FormulaView:
    return next(f for f in formulas.for_counter(ctx, session) if f.name == "Formule midi")


def choice(formula: formulas.FormulaView, slot: int, code_name: str) -> formulas.Choice:
    return next(c for c in formula.slots[slot].choices if c.name.startswith(code_name))


def line_of(formula, *names: str, quantity: int = 1) -> CartLine:
    picked = [choice(formula, i, n) for i, n in enumerate(names)]
    return CartLine.of_formula(formula.id, [(c.product_id, c.size_id) for c in picked], quantity)


def rows(ctx, order_id: int) -> list:
    with ctx.engine.connect() as c:
        return (
            c.execute(
                text(
                    "SELECT position, product_name, size_label, unit_price_cents, vat_rate_bp,"
                    " line_total_cents, formula_id, formula_name, formula_group"
                    " FROM order_lines WHERE order_id = :o ORDER BY position"
                ),
                {"o": order_id},
            )
            .mappings()
            .all()
        )


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


# --------------------------------------------------------------------------- the demo's


def test_the_demo_has_two_formulas_with_their_slots(demo, counter):
    offered = formulas.for_counter(demo, counter)
    assert [f.name for f in offered] == ["Formule midi", "Formule étudiant"]
    midi = offered[0]
    assert midi.price_cents == 1590
    assert [s.label for s in midi.slots] == ["Pizza", "Boisson", "Dessert"]
    pizzas = midi.slots[0].choices
    assert {c.size_label for c in pizzas} == {"33 cm"} and len(pizzas) == 17
    assert choice(midi, 0, "Burrata").supplement_cents == 300
    assert choice(midi, 0, "Regina").supplement_cents == 0
    assert choice(midi, 1, "Peroni").supplement_cents == 150
    student = offered[1]
    assert {c.size_label for c in student.slots[0].choices} == {"26 cm"}
    assert "Peroni" not in {c.name.split()[0] for c in student.slots[1].choices}


# --------------------------------------------------------------------------- selling


def test_a_lunch_formula_is_one_set_price_split_across_its_choices_rates(demo, counter):
    midi = lunch(demo, counter)
    before = balances(demo, counter.store_id)
    line = line_of(midi, "Regina", "Peroni", "Tiramisu", quantity=2)
    placed = orders.place(demo, counter, request(line))
    stored = rows(demo, placed.order_id)
    # 15,90 € + the beer's 1,50 € supplement, twice.
    assert placed.totals.total_cents == 2 * (1590 + 150)
    assert [r["product_name"] for r in stored] == [
        "Regina 33 cm",
        "Peroni Nastro Azzurro 33 cl",
        "Tiramisu",
    ]
    assert {r["formula_name"] for r in stored} == {"Formule midi"}
    assert {r["formula_group"] for r in stored} == {1}
    # The set price pro rata of the à-la-carte prices (12,50 / 4,50 / 5,50 €), the supplement
    # on the beer's share; each share at its own VAT rate.
    shares = rules.split(1590, [rules.Share(1250), rules.Share(450, 150), rules.Share(550)])
    assert [r["unit_price_cents"] for r in stored] == shares
    assert sum(shares) == 1740
    assert [r["vat_rate_bp"] for r in stored] == [1000, 2000, 1000]
    vat = {v.rate_bp: v for v in placed.totals.vat}
    assert vat[2000].total_cents == 2 * shares[1]
    assert vat[1000].total_cents == 2 * (shares[0] + shares[2])
    assert vat[2000].base_cents == excluding_vat(2 * shares[1], 2000)
    assert sum(v.total_cents for v in placed.totals.vat) == placed.totals.total_cents

    # Each choice reserves its own recipe, the pizza in its 33 cm.
    expected = Counter()
    for code in ("regina", "peroni", "tiramisu"):
        for i, q in recipe(demo, code).items():
            expected[i] += 2 * q
    after = balances(demo, counter.store_id)
    assert Counter({i: before[i] - after[i] for i in before if before[i] != after[i]}) == expected
    assert expected[ingredient_id(demo, "paton")] == 2

    # Opened again to modify it, it is the same formula; cancelled, the stock comes back.
    detail = orders.detail(demo, counter, placed.order_id)
    assert orders.asked_again_all(detail.lines) == (line,)
    orders.cancel(demo, counter, placed.order_id)
    assert balances(demo, counter.store_id) == before
    assert ledger_mismatches(demo) == 0


def test_a_supplement_is_added_to_its_choice_and_the_shares_sum_exactly(demo, counter):
    midi = lunch(demo, counter)
    placed = orders.place(
        demo,
        counter,
        request(
            line_of(midi, "Burrata", "Coca-Cola 33", "Cookie"),
            CartLine(product_id(demo, "margherita"), 1),
        ),
    )
    stored = rows(demo, placed.order_id)
    assert sum(r["line_total_cents"] for r in stored[:3]) == 1590 + 300
    assert placed.totals.total_cents == 1590 + 300 + 990
    assert stored[3]["formula_id"] is None and stored[3]["position"] == 4
    # Coke at 5,5 %: its share taxed at its own rate.
    assert stored[1]["vat_rate_bp"] == 550


def test_an_order_discount_is_shared_over_a_formula_but_a_line_discount_is_refused(demo, counter):
    midi = lunch(demo, counter)
    manager = staff(demo, "responsable.bastille")
    line = line_of(midi, "Regina", "Coca-Cola 33", "Tiramisu")
    before = snapshot(demo)
    with pytest.raises(ValidationError) as refused:
        orders.place(
            demo,
            manager,
            request(
                line,
                discounts=(Discount(DiscountKind.AMOUNT, 100, DiscountReason.GOODWILL, line=2),),
            ),
        )
    assert refused.value.code == "cart.formula_discount"
    assert snapshot(demo) == before
    placed = orders.place(
        demo,
        manager,
        request(line, discounts=(Discount(DiscountKind.AMOUNT, 100, DiscountReason.GOODWILL),)),
    )
    assert placed.totals.total_cents == 1490


def test_an_order_with_a_formula_is_modified_with_the_stock_difference_only(demo, counter):
    from ocpizza_desk.domain.enums import OrderMode

    midi = lunch(demo, counter)
    line = line_of(midi, "Regina", "Coca-Cola 33", "Tiramisu")
    placed = orders.place(demo, counter, request(line))
    before = balances(demo, counter.store_id)
    detail = orders.detail(demo, counter, placed.order_id)
    # Asked again (the counter's "modify"), the dessert changed to a cookie, one tiramisu added.
    asked = orders.asked_again_all(detail.lines)
    assert asked == (line,)
    changed = line_of(midi, "Regina", "Coca-Cola 33", "Cookie")
    done = orders.modify(
        demo,
        counter,
        placed.order_id,
        orders.OrderChange(
            lines=(changed, CartLine(product_id(demo, "tiramisu"), 1)),
            mode=OrderMode.TAKEAWAY,
            promised_at=detail.promised_at,
        ),
        detail.version,
    )
    assert done.totals.total_cents == 1590 + 550
    after = balances(demo, counter.store_id)
    moved = Counter({i: before[i] - after[i] for i in before if before[i] != after[i]})
    # The cookie out of stock now; the tiramisu stays reserved (out of the formula, à la carte).
    assert moved == Counter({i: q for i, q in recipe(demo, "cookie").items()})
    stored = rows(demo, placed.order_id)
    assert [(r["product_name"], r["formula_group"]) for r in stored] == [
        ("Regina 33 cm", 1),
        ("Coca-Cola 33 cl", 1),
        ("Cookie aux pépites de chocolat", 1),
        ("Tiramisu", None),
    ]
    assert ledger_mismatches(demo) == 0


# --------------------------------------------------------------------------- bad input


def test_a_formula_with_an_empty_slot_or_a_wrong_choice_is_refused_nothing_written(demo, counter):
    midi = lunch(demo, counter)
    regina = choice(midi, 0, "Regina")
    coke = choice(midi, 1, "Coca-Cola 33")
    tiramisu = choice(midi, 2, "Tiramisu")
    student = next(f for f in formulas.for_counter(demo, counter) if f.name != midi.name)
    small_regina = choice(student, 0, "Regina")
    before = snapshot(demo)
    cases = {
        # A slot left empty (the dessert not chosen).
        "cart.formula_slots": CartLine.of_formula(
            midi.id, [(regina.product_id, None), (coke.product_id, None)]
        ),
        # A dessert in the drink's slot.
        "cart.formula_choice": CartLine.of_formula(
            midi.id,
            [(regina.product_id, None), (tiramisu.product_id, None), (coke.product_id, None)],
        ),
        "cart.formula_unknown": CartLine.of_formula(999_999, [(regina.product_id, None)]),
    }
    for code, line in cases.items():
        with pytest.raises(ValidationError) as refused:
            orders.place(demo, counter, request(line))
        assert refused.value.code == code
        assert refused.value.message("fr") and refused.value.message("en")
    # The 26 cm of the student formula is not the lunch formula's 33 cm.
    with pytest.raises(ValidationError) as refused:
        orders.place(
            demo,
            counter,
            request(
                CartLine.of_formula(
                    midi.id,
                    [
                        (small_regina.product_id, small_regina.size_id),
                        (coke.product_id, None),
                        (tiramisu.product_id, None),
                    ],
                )
            ),
        )
    assert refused.value.code == "cart.formula_choice"
    assert "Regina" in refused.value.message("fr") and "Pizza" in refused.value.message("fr")
    # An empty formula line, options on a formula: refused before the database.
    for line in (
        CartLine.of_formula(midi.id, []),
        CartLine(regina.product_id, 1, (1,), formula_id=midi.id, choices=((1, None),)),
    ):
        with pytest.raises(ValidationError):
            orders.place(demo, counter, request(line))
    assert snapshot(demo) == before


def test_a_formula_switched_off_is_no_longer_sold(demo, counter):
    office = staff(demo, "direction")
    midi = next(f for f in formulas.for_catalogue(demo, office) if f.name == "Formule midi")
    line = line_of(midi, "Regina", "Coca-Cola 33", "Tiramisu")
    draft = formulas.FormulaDraft(
        name=midi.name,
        price_cents=midi.price_cents,
        active=False,
        slots=[
            formulas.SlotDraft(
                label=s.label, category_id=s.category_id, size_label=s.size_label, listed=s.listed
            )
            for s in midi.slots
        ],
    )
    formulas.save(demo, office, draft, midi.id)
    assert "Formule midi" not in [f.name for f in formulas.for_counter(demo, counter)]
    with pytest.raises(ValidationError) as refused:
        orders.place(demo, counter, request(line))
    assert refused.value.code == "cart.formula_unknown"


# --------------------------------------------------------------------------- documents


def test_the_receipt_and_the_kitchen_show_one_line_with_its_choices(demo, counter):
    midi = lunch(demo, counter)
    placed = orders.place(
        demo,
        counter,
        request(
            line_of(midi, "Regina", "Coca-Cola 33", "Tiramisu"),
            CartLine(product_id(demo, "tiramisu"), 1),
        ),
    )
    doc = documents.ticket_data(demo, counter, placed.order_id)
    assert [(line.quantity, line.product_name, line.total_cents) for line in doc.lines] == [
        (1, "Formule midi : Regina 33 cm, Coca-Cola 33 cl, Tiramisu", 1590),
        (1, "Tiramisu", 550),
    ]
    # The VAT lines still split the formula: the coke's share at 5,5 %.
    assert {v.rate_bp for v in doc.vat} == {550, 1000}
    assert sum(v.total_cents for v in doc.vat) == doc.total_cents == 2140

    cook = staff(demo, "pizzaiolo.bastille")
    card = next(o for o in kitchen.queue(demo, cook) if o.order_id == placed.order_id)
    groups = rules.grouped(card.lines, lambda ln: ln.formula_group)
    assert [[ln.product_name for ln in g] for g in groups] == [
        ["Regina 33 cm", "Coca-Cola 33 cl", "Tiramisu"],
        ["Tiramisu"],
    ]
    assert groups[0][0].formula_name == "Formule midi" and groups[1][0].formula_name is None


# --------------------------------------------------------------------------- reports


def test_the_reports_count_the_formula_once_and_its_choices_in_the_products(demo, counter):
    office = staff(demo, "direction")
    today = utcnow().astimezone(PARIS).date()
    ask = ReportRequest(today, today, (counter.store_id,))
    start = reports.report(demo, office, ask, exact=True)
    midi = lunch(demo, counter)
    placed = orders.place(
        demo,
        counter,
        request(line_of(midi, "Regina", "Coca-Cola 33", "Tiramisu", quantity=3)),
    )
    done = reports.report(demo, office, ask, exact=True)
    sold = {r.name: r for r in done.formulas}
    was = {r.name: r for r in start.formulas}
    before = was.get("Formule midi")
    assert sold["Formule midi"].quantity - (before.quantity if before else 0) == 3
    assert sold["Formule midi"].ttc_cents - (before.ttc_cents if before else 0) == 3 * 1590
    # The revenue grew by the formulas' price once; the products by their shares.
    grown = sum(r.ttc_cents for r in done.revenue) - sum(r.ttc_cents for r in start.revenue)
    assert grown == placed.totals.total_cents == 3 * 1590
    products_then = {r.name: r for r in start.products}
    products_now = {r.name: r for r in done.products}

    def more(name: str) -> tuple[int, int]:
        old = products_then.get(name)
        new = products_now[name]
        return new.quantity - (old.quantity if old else 0), new.ttc_cents - (
            old.ttc_cents if old else 0
        )

    grew = [more(n) for n in ("Regina 33 cm", "Coca-Cola 33 cl", "Tiramisu")]
    assert [q for q, _ in grew] == [3, 3, 3]
    assert sum(t for _, t in grew) == 3 * 1590
    # The summarised report agrees.
    assert reports.report(demo, office, ask).formulas == done.formulas


def test_the_report_files_list_the_formulas_sold(demo, counter, tmp_path):
    """CSV and workbook carry the formulas section, the figures the report computed."""
    import csv

    from openpyxl import load_workbook

    from ocpizza_desk.services import report_exports

    midi = lunch(demo, counter)
    orders.place(
        demo,
        counter,
        request(line_of(midi, "Regina", "Coca-Cola 33", "Tiramisu", quantity=2)),
    )
    today = utcnow().astimezone(PARIS).date()
    report = reports.report(
        demo, staff(demo, "direction"), ReportRequest(today, today, (counter.store_id,))
    )
    sold = {r.name: r for r in report.formulas}["Formule midi"]
    assert sold.quantity >= 2

    path = report_exports.write_csv(report, tmp_path / "r.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f, delimiter=";"))
    start = lines.index(["Formules"])
    header = lines[start + 1]
    assert header[0] == "Formule" and len(header) == 3
    row = next(ln for ln in lines[start + 2 :] if ln and ln[0] == "Formule midi")
    assert int(row[1]) == sold.quantity
    assert row[2].replace(",", "") == str(sold.ttc_cents)

    book = load_workbook(report_exports.write_xlsx(report, tmp_path / "r.xlsx"))
    sheet = book["Formules"]
    values = {r[0]: r[1:] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert values["Formule midi"][0] == sold.quantity
    assert round(values["Formule midi"][1] * 100) == sold.ttc_cents


# --------------------------------------------------------------------------- catalogue


def test_head_office_defines_a_formula_and_bad_ones_are_refused(demo, counter):
    office = staff(demo, "direction")
    with demo.engine.connect() as c:
        drinks = c.execute(text("SELECT id FROM categories WHERE code = 'drink'")).scalar()
        desserts = c.execute(text("SELECT id FROM categories WHERE code = 'dessert'")).scalar()
    cookie = product_id(demo, "cookie")
    draft = formulas.FormulaDraft(
        name="Formule goûter",
        price_cents=650,
        slots=[
            formulas.SlotDraft(label="Boisson", category_id=drinks),
            formulas.SlotDraft(label="Dessert", listed=[(cookie, 0)]),
        ],
    )
    before = snapshot(demo)
    bad = {
        "catalogue.formula_empty": formulas.FormulaDraft(name="X", price_cents=500, slots=[]),
        "catalogue.formula_slot_empty": formulas.FormulaDraft(
            name="X", price_cents=500, slots=[formulas.SlotDraft(label="Vide")]
        ),
        "catalogue.formula_name": formulas.FormulaDraft(
            name="Formule midi", price_cents=500, slots=draft.slots
        ),
        "catalogue.price": formulas.FormulaDraft(name="X", price_cents=0, slots=draft.slots),
        "catalogue.formula_supplement": formulas.FormulaDraft(
            name="X",
            price_cents=500,
            slots=[formulas.SlotDraft(label="Dessert", listed=[(cookie, -5)])],
        ),
    }
    # A category offering nothing in that size: the slot is empty, refused.
    bad_size = formulas.FormulaDraft(
        name="X",
        price_cents=500,
        slots=[formulas.SlotDraft(label="Dessert", category_id=desserts, size_label="40 cm")],
    )
    for code, wrong in [*bad.items(), ("catalogue.formula_slot_empty", bad_size)]:
        with pytest.raises(ValidationError) as refused:
            formulas.save(demo, office, wrong)
        assert refused.value.code == code, code
        assert refused.value.message("fr") != refused.value.message("en")
    assert snapshot(demo) == before
    with pytest.raises(PermissionDenied):
        formulas.save(demo, counter, draft)

    formula_id = formulas.save(demo, office, draft)
    saved = next(f for f in formulas.for_counter(demo, counter) if f.id == formula_id)
    assert [len(s.choices) for s in saved.slots] == [7, 1]
    coke = next(c for c in saved.slots[0].choices if c.name.startswith("Coca-Cola 33"))
    placed = orders.place(
        demo,
        counter,
        request(CartLine.of_formula(formula_id, [(coke.product_id, None), (cookie, None)])),
    )
    assert placed.totals.total_cents == 650


# --------------------------------------------------------------------------- statements


def test_a_formula_costs_the_statements_of_a_plain_order(demo, counter):
    """The formulas, slots and listed products come with the catalogue's one read; the
    choices are written with the other lines in one statement."""
    from sqlalchemy import event

    count = []

    def on_execute(conn, cursor, statement, *args):
        if statement.strip().upper() not in ("BEGIN", "COMMIT", "ROLLBACK"):
            count.append(statement.split()[0])

    midi = lunch(demo, counter)
    cart = request(
        line_of(midi, "Regina", "Coca-Cola 33", "Tiramisu"),
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


@given(
    st.integers(min_value=1, max_value=100_000),
    st.lists(
        st.tuples(st.integers(0, 5000), st.integers(0, 1000)), min_size=1, max_size=rules.MAX_SLOTS
    ),
)
def test_the_split_always_adds_up_to_the_price_and_supplements(price, choices):
    shares = rules.split(price, [rules.Share(a, s) for a, s in choices])
    assert sum(shares) == price + sum(s for _, s in choices)
    assert all(share >= s for share, (_, s) in zip(shares, choices, strict=True))


def test_the_split_is_pro_rata_with_the_cents_to_the_largest_remainder():
    assert rules.split(1000, [rules.Share(500), rules.Share(500)]) == [500, 500]
    assert rules.split(1001, [rules.Share(1), rules.Share(1)]) == [501, 500]
    assert rules.split(1000, [rules.Share(0), rules.Share(0)]) == [500, 500]
    assert rules.split(100, [rules.Share(200), rules.Share(100, 50)]) == [67, 83]
    assert (
        rules.text("Formule midi", ["Regina 33 cm", "Coca"]) == "Formule midi : Regina 33 cm, Coca"
    )
    assert sizes.line_name("Regina", "33 cm") == "Regina 33 cm"


def test_a_formula_whose_slot_offers_nothing_any_more_is_not_offered(demo, counter):
    midi = lunch(demo, counter)
    line = line_of(midi, "Regina", "Coca-Cola 33", "Tiramisu")
    with demo.engine.begin() as c:  # every dessert withdrawn from the catalogue since
        c.execute(
            text(
                "UPDATE products SET active = 0 WHERE category_id ="
                " (SELECT id FROM categories WHERE code = 'dessert')"
            )
        )
    assert "Formule midi" not in [f.name for f in formulas.for_counter(demo, counter)]
    before = snapshot(demo)
    with pytest.raises(ValidationError) as refused:
        orders.place(demo, counter, request(line))
    assert refused.value.code == "cart.product_off"
    assert snapshot(demo) == before


def test_can_still_make_counts_a_formula_in_the_cart(demo, counter):
    from ocpizza_desk.services import menu

    midi = lunch(demo, counter)
    regina = choice(midi, 0, "Regina")

    def regina_33(cart=()) -> int:
        item = next(i for i in menu.menu(demo, counter, cart).items if i.code == "regina")
        return next(z.can_make for z in item.sizes if z.size_id == regina.size_id)

    alone = regina_33()
    with_formula = regina_33((line_of(midi, "Regina", "Coca-Cola 33", "Tiramisu", quantity=2),))
    assert alone - with_formula == 2


def test_the_last_order_comes_back_with_its_formula(demo, counter):
    from ocpizza_desk.services import customers

    with demo.engine.connect() as c:
        customer_id = c.execute(
            text("SELECT id FROM customers WHERE erased_at IS NULL ORDER BY id LIMIT 1")
        ).scalar()
    midi = lunch(demo, counter)
    lines = (
        line_of(midi, "Regina", "Coca-Cola 33", "Tiramisu"),
        CartLine(product_id(demo, "tiramisu"), 1),
    )
    orders.place(demo, counter, request(*lines, customer_id=customer_id))
    last = customers.card(demo, counter, customer_id).last_orders[0]
    assert last.cart_lines[0] == lines[0]  # the formula as asked, each choice in its size
    assert (last.cart_lines[1].product_id, last.cart_lines[1].formula_id) == (
        lines[1].product_id,
        None,
    )
    assert [name for _p, name, _q, _o in last.lines] == [
        "Formule midi : Regina 33 cm, Coca-Cola 33 cl, Tiramisu",
        "Tiramisu",
    ]


# --------------------------------------------------------------------------- customised choices


def option(ctx, product_code: str, label: str) -> int:
    with ctx.engine.connect() as c:
        return c.execute(
            text(
                "SELECT o.id FROM customisation_options o JOIN products p ON p.id = o.product_id"
                " WHERE p.code = :p AND o.label = :l"
            ),
            {"p": product_code, "l": label},
        ).scalar_one()


def customised_lunch(ctx, midi, *regina_options: int, quantity: int = 1) -> CartLine:
    plain = line_of(midi, "Regina", "Coca-Cola 33", "Tiramisu", quantity=quantity)
    return CartLine.of_formula(
        midi.id, plain.choices, quantity, [tuple(sorted(regina_options)), (), ()]
    )


def stored_customisations(ctx, order_id: int) -> list:
    with ctx.engine.connect() as c:
        found = c.execute(
            text(
                "SELECT customisations, extras_cents FROM order_lines WHERE order_id = :o"
                " ORDER BY position"
            ),
            {"o": order_id},
        ).all()
    import json

    return [
        (
            [x["label"] for x in (json.loads(v) if isinstance(v, str) else v) or ()],
            extras,
        )
        for v, extras in found
    ]


def test_a_choice_of_a_formula_is_customised_as_a_plain_line(demo, counter):
    midi = lunch(demo, counter)
    no_mushrooms = option(demo, "regina", "Sans champignons")
    ham = option(demo, "regina", "Supplément jambon")
    start = balances(demo, counter.store_id)
    plain = orders.place(
        demo, counter, request(line_of(midi, "Regina", "Coca-Cola 33", "Tiramisu"))
    )
    before = balances(demo, counter.store_id)
    plain_moved = Counter({i: start[i] - before[i] for i in start if start[i] != before[i]})
    line = customised_lunch(demo, midi, no_mushrooms, ham)
    placed = orders.place(demo, counter, request(line))
    # The set price, the extra on top; the split of the set price unchanged.
    assert placed.totals.total_cents == 1590 + 200
    shares = [r["unit_price_cents"] for r in rows(demo, plain.order_id)]
    stored = rows(demo, placed.order_id)
    assert [r["unit_price_cents"] for r in stored] == shares
    assert [r["line_total_cents"] for r in stored] == [shares[0] + 200, shares[1], shares[2]]
    assert stored_customisations(demo, placed.order_id) == [
        (["Sans champignons", "Supplément jambon"], 200),
        ([], 0),
        ([], 0),
    ]
    # The stock: the 33 cm Regina without its mushrooms, with the extra ham, the coke and
    # the tiramisu as in the plain formula.
    after = balances(demo, counter.store_id)
    moved = Counter({i: before[i] - after[i] for i in before if before[i] != after[i]})
    mushrooms, ham_id = ingredient_id(demo, "champignons"), ingredient_id(demo, "jambon_blanc")
    assert moved[mushrooms] == 0 and plain_moved[mushrooms] > 0
    assert moved[ham_id] > plain_moved[ham_id]
    others = {i: q for i, q in plain_moved.items() if i not in (mushrooms, ham_id)}
    assert {i: q for i, q in moved.items() if i not in (mushrooms, ham_id)} == others
    # Asked again (the counter's "modify"), the customisations come back.
    detail = orders.detail(demo, counter, placed.order_id)
    assert orders.asked_again_all(detail.lines) == (line,)
    orders.cancel(demo, counter, placed.order_id)
    orders.cancel(demo, counter, plain.order_id)
    assert balances(demo, counter.store_id) == start
    assert ledger_mismatches(demo) == 0


def test_a_bad_option_on_a_choice_is_refused_nothing_written(demo, counter):
    midi = lunch(demo, counter)
    plain = line_of(midi, "Regina", "Coca-Cola 33", "Tiramisu")
    margherita_basil = option(demo, "margherita", "Sans basilic")
    ham = option(demo, "regina", "Supplément jambon")
    before = snapshot(demo)
    # An option of another product, on the Regina; the Regina's extra on the coke.
    for options in ([(margherita_basil,), (), ()], [(), (ham,), ()]):
        with pytest.raises(ValidationError) as refused:
            orders.place(
                demo, counter, request(CartLine.of_formula(midi.id, plain.choices, 1, options))
            )
        assert refused.value.code == "cart.bad_option"
        assert refused.value.message("fr") and refused.value.message("en")
    # Not one tuple per choice, a duplicate, too many, not an identifier: before the database.
    for options in (
        ((ham,),),
        ((ham, ham), (), ()),
        (tuple(range(1, 12)), (), ()),
        ((0,), (), ()),
    ):
        with pytest.raises(ValidationError) as refused:
            orders.place(
                demo, counter, request(replace(plain, choice_options=tuple(options)))
            )
        assert refused.value.code == "input.id"
    # Customisations of choices on a plain line.
    with pytest.raises(ValidationError):
        orders.place(
            demo,
            counter,
            request(CartLine(product_id(demo, "regina"), 1, choice_options=((ham,),))),
        )
    assert snapshot(demo) == before


def test_a_customised_formula_is_modified_with_the_stock_difference_only(demo, counter):
    from ocpizza_desk.domain.enums import OrderMode

    midi = lunch(demo, counter)
    no_mushrooms = option(demo, "regina", "Sans champignons")
    egg = option(demo, "regina", "Supplément œuf")
    line = customised_lunch(demo, midi, no_mushrooms)
    placed = orders.place(demo, counter, request(line))
    before = balances(demo, counter.store_id)
    detail = orders.detail(demo, counter, placed.order_id)
    asked = orders.asked_again_all(detail.lines)
    assert asked == (line,)
    # Now with mushrooms after all, and an egg.
    changed = customised_lunch(demo, midi, egg)
    done = orders.modify(
        demo,
        counter,
        placed.order_id,
        orders.OrderChange(
            lines=(changed,), mode=OrderMode.TAKEAWAY, promised_at=detail.promised_at
        ),
        detail.version,
    )
    assert done.totals.total_cents == 1590 + 100
    after = balances(demo, counter.store_id)
    moved = Counter({i: before[i] - after[i] for i in before if before[i] != after[i]})
    mushrooms, egg_id = ingredient_id(demo, "champignons"), ingredient_id(demo, "oeuf")
    assert set(moved) == {mushrooms, egg_id}
    assert moved[mushrooms] > 0  # given back by the removal, now used again
    assert moved[egg_id] > 0
    assert stored_customisations(demo, placed.order_id)[0] == (["Supplément œuf"], 100)
    assert orders.asked_again_all(orders.detail(demo, counter, placed.order_id).lines) == (
        changed,
    )
    orders.cancel(demo, counter, placed.order_id)
    assert ledger_mismatches(demo) == 0


def test_the_receipt_the_kitchen_and_the_fingerprint_show_a_customised_choice(demo, counter):
    from ocpizza_desk.domain.fingerprint import fingerprint

    midi = lunch(demo, counter)
    no_mushrooms = option(demo, "regina", "Sans champignons")
    ham = option(demo, "regina", "Supplément jambon")
    line = customised_lunch(demo, midi, no_mushrooms, ham)
    plain = line_of(midi, "Regina", "Coca-Cola 33", "Tiramisu")
    assert fingerprint(request(line)) != fingerprint(request(plain))
    placed = orders.place(demo, counter, request(line))
    doc = documents.ticket_data(demo, counter, placed.order_id)
    assert [(ln.product_name, ln.unit_price_cents + ln.extras_cents, ln.total_cents)
            for ln in doc.lines] == [
        (
            "Formule midi : Regina 33 cm (Sans champignons, Supplément jambon), "
            "Coca-Cola 33 cl, Tiramisu",
            1790,
            1790,
        )
    ]  # fmt: skip
    assert sum(v.total_cents for v in doc.vat) == doc.total_cents == 1790
    cook = staff(demo, "pizzaiolo.bastille")
    card = next(o for o in kitchen.queue(demo, cook) if o.order_id == placed.order_id)
    assert [(ln.product_name, ln.customisations) for ln in card.lines] == [
        ("Regina 33 cm", ("Sans champignons", "Supplément jambon")),
        ("Coca-Cola 33 cl", ()),
        ("Tiramisu", ()),
    ]
