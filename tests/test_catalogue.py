"""The head-office catalogue through the services, on SQLite and MariaDB: a new pizza reaches
a store's counter with the right availability, refusals write nothing, a new price never
changes a past order, concurrent saves are refused with who won, every write is audited and
moves the counters' change marks."""

import struct
import zlib
from dataclasses import replace

import pytest
from sqlalchemy import select, text

from ocpizza_desk.db.models import AuditEntry
from ocpizza_desk.domain.enums import CustomisationKind
from ocpizza_desk.domain.errors import ConflictError, PermissionDenied, ValidationError
from ocpizza_desk.services import catalogue, kitchen, menu, orders
from ocpizza_desk.services.cart import CartLine
from ocpizza_desk.services.catalogue import OptionDraft, ProductDraft, RecipeLineDraft
from tests.helpers import ingredient_id, product_id, request, set_balance, snapshot, staff


@pytest.fixture
def office(demo):
    return staff(demo, "direction")


@pytest.fixture
def counter(demo):
    return staff(demo, "accueil.bastille")


def scalar(ctx, sql: str, **params):
    with ctx.engine.connect() as c:
        return c.execute(text(sql), params).scalar()


def rows(ctx, sql: str, **params):
    with ctx.engine.connect() as c:
        return c.execute(text(sql), params).all()


def store_id(ctx, code: str) -> int:
    return scalar(ctx, "SELECT id FROM stores WHERE code = :c", c=code)


def category_id(ctx, code: str) -> int:
    return scalar(ctx, "SELECT id FROM categories WHERE code = :c", c=code)


def can_make_by_sql(ctx, store: int, product: int) -> int:
    """What the menu calls "can still make": the stock balance (placing an order already took
    its reservation off it) over the recipe's dose, the least over the recipe's lines."""
    value = scalar(
        ctx,
        "SELECT MIN((COALESCE(b.quantity, 0) - COALESCE(b.quantity, 0) % r.quantity)"
        " / r.quantity) FROM recipe_lines r LEFT JOIN stock_balances b"
        " ON b.ingredient_id = r.ingredient_id AND b.store_id = :s WHERE r.product_id = :p",
        s=store,
        p=product,
    )
    return int(value)


def menu_marks(ctx) -> dict[int, int]:
    return dict(rows(ctx, "SELECT store_id, revision FROM change_marks WHERE topic = 'menu'"))


def truffle(ctx, **changes) -> ProductDraft:
    draft = ProductDraft(
        code="truffe",
        name="Truffe et champignons",
        category_id=category_id(ctx, "pizza"),
        price_cents=1790,
        vat_rate_bp=1000,
        recipe=(
            RecipeLineDraft(ingredient_id(ctx, "paton"), 1),
            RecipeLineDraft(ingredient_id(ctx, "creme_fraiche"), 60),
            RecipeLineDraft(ingredient_id(ctx, "mozzarella"), 120),
            RecipeLineDraft(ingredient_id(ctx, "champignons"), 80),
        ),
        memo=(
            "Étaler le pâton à 30 cm.",
            "Napper de 60 ml de crème.",
            "Mozzarella puis champignons, enfourner 4 min.",
        ),
        options=(
            OptionDraft(CustomisationKind.REMOVE, ingredient_id(ctx, "champignons")),
            OptionDraft(CustomisationKind.EXTRA, ingredient_id(ctx, "mozzarella"), 60, 150),
        ),
        description="Crème, mozzarella, champignons de Paris",
        baking_notes="Four à sole 320 °C, 4 min",
    )
    return replace(draft, **changes)


def png(width=2, height=2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


JPEG = (
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    b"\xff\xc0\x00\x11\x08\x00\x10\x00\x20\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    b"\xff\xd9"
)


# --------------------------------------------------------------------------- the scenario


def test_a_new_pizza_reaches_the_counter_of_the_store_it_is_enabled_in(demo, office, counter):
    bastille = store_id(demo, "bastille")
    marks = menu_marks(demo)
    saved = catalogue.create(demo, office, truffle(demo), availability={bastille: True})

    offered = {i.code: i for i in menu.menu(demo, counter).items}["truffe"]
    assert offered.enabled and offered.price_cents == 1790 and offered.vat_rate_bp == 1000
    assert offered.can_make == can_make_by_sql(demo, bastille, saved.product_id) > 0
    assert {o.label for o in offered.options} == {
        "Sans Champignons de Paris frais émincés",
        "Supplément Mozzarella fior di latte",
    }
    elsewhere = staff(demo, "accueil.abbesses")
    there = {i.code: i for i in menu.menu(demo, elsewhere).items}["truffe"]
    assert not there.enabled and not there.available
    # Every store's counter was told (one store_products row each).
    after = menu_marks(demo)
    assert all(after[s] > marks[s] for s in marks)

    # The counter sells two; what is left is still the SQL's answer, two fewer.
    before = offered.can_make
    set_balance(demo, bastille, ingredient_id(demo, "mozzarella"), 120 * (before + 5))
    limited = can_make_by_sql(demo, bastille, saved.product_id)
    orders.place(demo, counter, request(CartLine(saved.product_id, 2)))
    now = {i.code: i for i in menu.menu(demo, counter).items}["truffe"]
    assert now.can_make == can_make_by_sql(demo, bastille, saved.product_id) == limited - 2

    memo = kitchen.recipe_memo(demo, staff(demo, "pizzaiolo.bastille"), saved.product_id)
    assert memo.steps == truffle(demo).memo
    assert [(i.name, i.quantity) for i in memo.ingredients][2] == ("Mozzarella fior di latte", 120)


def test_reading_a_product_in_full(demo, office):
    bastille = store_id(demo, "bastille")
    saved = catalogue.create(demo, office, truffle(demo), availability={bastille: True})
    detail = catalogue.product(demo, office, saved.product_id)
    assert replace(detail.draft(), options=()) == replace(truffle(demo), options=())
    assert [(o.kind.value, o.quantity, o.price_cents) for o in detail.options] == [
        ("remove", None, 0),
        ("extra", 60, 150),
    ]
    assert [(r.code, r.unit.value, r.quantity) for r in detail.recipe] == [
        ("paton", "piece", 1),
        ("creme_fraiche", "ml", 60),
        ("mozzarella", "g", 120),
        ("champignons", "g", 80),
    ]
    assert [(a.code, a.enabled) for a in detail.availability] == [
        (code, code == "bastille")
        for (code,) in rows(demo, "SELECT code FROM stores WHERE active = 1 ORDER BY id")
    ]
    assert not detail.has_photo and detail.active
    listed = {r.code: r for r in catalogue.products(demo, office)}
    assert listed["truffe"].stores == ("OC Pizza Bastille",)
    assert listed["margherita"].store_count == 5
    assert [r.code for r in catalogue.products(demo, office, search="TRUF")] == ["truffe"]
    drinks = catalogue.products(demo, office, category_id=category_id(demo, "drink"))
    assert drinks and all(r.category_code == "drink" for r in drinks)


# --------------------------------------------------------------------------- refusals


REFUSALS = [
    ("no_name", {"name": "  "}, "input.required", "name"),
    ("bad_code", {"code": "Truffe Noire!"}, "catalogue.code_format", "code"),
    ("no_code", {"code": ""}, "input.required", "code"),
    ("no_recipe", {"recipe": ()}, "catalogue.no_recipe", "recipe"),
    ("zero_price", {"price_cents": 0}, "catalogue.price", "price"),
    ("float_price", {"price_cents": 17.9}, "catalogue.price", "price"),
    ("huge_price", {"price_cents": 100_001}, "catalogue.price", "price"),
    ("vat_7", {"vat_rate_bp": 700}, "catalogue.vat_rate", "vat_rate"),
]


@pytest.mark.parametrize(
    ("case", "changes", "code", "field"), REFUSALS, ids=[r[0] for r in REFUSALS]
)
def test_bad_products_are_refused_and_nothing_is_written(demo, office, case, changes, code, field):
    before = snapshot(demo)
    with pytest.raises(ValidationError) as refused:
        catalogue.create(demo, office, truffle(demo, **changes))
    assert refused.value.code == code and refused.value.field == field
    assert refused.value.message("fr") and refused.value.message("en")
    assert snapshot(demo) == before


def test_bad_recipe_lines_and_options_are_refused_with_the_ingredient_named(demo, office):
    dough, mozza = ingredient_id(demo, "paton"), ingredient_id(demo, "mozzarella")
    basil = ingredient_id(demo, "basilic")
    cases = [
        ((RecipeLineDraft(dough, 1), RecipeLineDraft(mozza, 0)), (), "catalogue.dose"),
        ((RecipeLineDraft(dough, 1), RecipeLineDraft(mozza, -5)), (), "catalogue.dose"),
        (
            (RecipeLineDraft(dough, 1), RecipeLineDraft(mozza, 80), RecipeLineDraft(mozza, 40)),
            (),
            "catalogue.duplicate_ingredient",
        ),
        (
            (RecipeLineDraft(dough, 1),),
            (OptionDraft(CustomisationKind.EXTRA, mozza, None, 150),),
            "catalogue.extra_dose",
        ),
        (
            (RecipeLineDraft(dough, 1),),
            (OptionDraft(CustomisationKind.REMOVE, basil),),
            "catalogue.remove_not_in_recipe",
        ),
        (
            (RecipeLineDraft(dough, 1),),
            (
                OptionDraft(CustomisationKind.EXTRA, mozza, 60, 150),
                OptionDraft(CustomisationKind.EXTRA, mozza, 30, 100),
            ),
            "catalogue.duplicate_option",
        ),
        (
            (RecipeLineDraft(dough, 1),),
            (OptionDraft(CustomisationKind.EXTRA, mozza, 60, -1),),
            "catalogue.option_price",
        ),
    ]
    before = snapshot(demo)
    for recipe, options, code in cases:
        with pytest.raises(ValidationError) as refused:
            catalogue.create(demo, office, truffle(demo, recipe=recipe, options=options))
        assert refused.value.code == code, (recipe, options)
    with pytest.raises(ValidationError) as refused:
        catalogue.create(
            demo, office, truffle(demo, recipe=(RecipeLineDraft(mozza, 0),), options=())
        )
    assert "Mozzarella fior di latte" in refused.value.message("fr")
    assert "g" in refused.value.message("en")
    assert snapshot(demo) == before


def test_a_code_already_used_is_refused_with_the_product_named(demo, office):
    before = snapshot(demo)
    with pytest.raises(ValidationError) as refused:
        catalogue.create(demo, office, truffle(demo, code="margherita"))
    assert refused.value.code == "catalogue.code_taken"
    assert "Margherita" in refused.value.message("fr")
    assert snapshot(demo) == before


def test_only_head_office_manages_the_catalogue(demo):
    manager = staff(demo, "responsable.bastille")
    before = snapshot(demo)
    for call in (
        lambda: catalogue.create(demo, manager, truffle(demo)),
        lambda: catalogue.products(demo, manager),
        lambda: catalogue.set_availability(
            demo, manager, product_id(demo, "margherita"), {manager.store_id: False}
        ),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert snapshot(demo) == before


# --------------------------------------------------------------------------- edits


def test_a_new_price_never_changes_a_past_order(demo, office, counter):
    margherita = product_id(demo, "margherita")
    placed = orders.place(demo, counter, request(CartLine(margherita, 2)))
    line = "SELECT unit_price_cents, vat_rate_bp, line_total_cents, product_name FROM order_lines"
    before_line = rows(demo, f"{line} WHERE order_id = :o", o=placed.order_id)
    before_total = scalar(demo, "SELECT total_cents FROM orders WHERE id = :o", o=placed.order_id)
    detail = catalogue.product(demo, office, margherita)
    catalogue.update(
        demo,
        office,
        margherita,
        # No sizes in the draft: the sizes stay, the default one (33 cm) gets the price.
        replace(detail.draft(), price_cents=1090, vat_rate_bp=550, name="Margherita DOP", sizes=()),
        detail.updated_at,
    )
    assert rows(demo, f"{line} WHERE order_id = :o", o=placed.order_id) == before_line
    assert before_line[0][:2] == (990, 1000)
    assert (
        scalar(demo, "SELECT total_cents FROM orders WHERE id = :o", o=placed.order_id)
        == before_total
    )
    # Nor any order of the history: every Margherita line keeps its own price.
    assert scalar(
        demo, "SELECT COUNT(*) FROM order_lines WHERE product_id = :p", p=margherita
    ) == scalar(
        demo,
        "SELECT COUNT(*) FROM order_lines WHERE product_id = :p AND unit_price_cents = 990",
        p=margherita,
    )
    offered = {i.code: i for i in menu.menu(demo, counter).items}["margherita"]
    assert (offered.price_cents, offered.vat_rate_bp, offered.name) == (1090, 550, "Margherita DOP")


def test_the_second_save_on_stale_data_is_refused_with_who_saved_first(demo, office):
    margherita = product_id(demo, "margherita")
    mine = catalogue.product(demo, office, margherita)
    theirs = catalogue.product(demo, office, margherita)
    colleague = staff(demo, "direction")
    first = catalogue.update(
        demo, colleague, margherita, replace(theirs.draft(), price_cents=1050), theirs.updated_at
    )
    assert first.updated_at > theirs.updated_at
    before = snapshot(demo)
    with pytest.raises(ConflictError) as refused:
        catalogue.update(
            demo, office, margherita, replace(mine.draft(), price_cents=990), mine.updated_at
        )
    assert refused.value.code == "catalogue.changed"
    assert colleague.full_name in refused.value.message("fr")
    assert colleague.full_name in refused.value.message("en")
    assert snapshot(demo) == before
    assert scalar(demo, "SELECT price_cents FROM products WHERE id = :p", p=margherita) == 1050
    with pytest.raises(ConflictError):
        catalogue.archive(demo, office, margherita, mine.updated_at)
    # Reloaded, the save goes through.
    fresh = catalogue.product(demo, office, margherita)
    catalogue.update(
        demo, office, margherita, replace(fresh.draft(), price_cents=990), fresh.updated_at
    )
    assert scalar(demo, "SELECT price_cents FROM products WHERE id = :p", p=margherita) == 990


def test_a_recipe_only_change_refreshes_every_counter(demo, office):
    margherita = product_id(demo, "margherita")
    detail = catalogue.product(demo, office, margherita)
    draft = detail.draft()
    recipe = tuple(
        replace(line, quantity=line.quantity + 20)
        if line.ingredient_id == ingredient_id(demo, "mozzarella")
        else line
        for line in draft.recipe
    )
    marks = menu_marks(demo)
    saved = catalogue.update(
        demo, office, margherita, replace(draft, recipe=recipe), detail.updated_at
    )
    after = menu_marks(demo)
    assert all(after[s] > marks[s] for s in marks)
    assert (
        scalar(
            demo,
            "SELECT quantity FROM recipe_lines WHERE product_id = :p AND ingredient_id = :i",
            p=margherita,
            i=ingredient_id(demo, "mozzarella"),
        )
        == 120
    )
    assert catalogue.product(demo, office, margherita).updated_at == saved.updated_at


def test_memo_steps_reordered_and_options_keep_their_ids(demo, office):
    regina = product_id(demo, "regina")
    detail = catalogue.product(demo, office, regina)
    draft = detail.draft()
    ids = {(o.kind, o.ingredient_id): o.option_id for o in detail.options}
    dropped, *kept = draft.options
    steps = (*reversed(draft.memo), "  ")  # a blank line left in the editor
    catalogue.update(
        demo,
        office,
        regina,
        replace(draft, memo=steps, options=tuple(kept)),
        detail.updated_at,
    )
    pizzaiolo = staff(demo, "pizzaiolo.bastille")
    assert kitchen.recipe_memo(demo, pizzaiolo, regina).steps == tuple(reversed(draft.memo))
    again = catalogue.product(demo, office, regina)
    assert {(o.kind, o.ingredient_id): o.option_id for o in again.options} == {
        k: v for k, v in ids.items() if k != (dropped.kind, dropped.ingredient_id)
    }
    # The dropped option stays as a row (past orders name it), switched off.
    assert scalar(
        demo,
        "SELECT active FROM customisation_options WHERE id = :o",
        o=ids[(dropped.kind, dropped.ingredient_id)],
    ) in (0, False)
    # Put back, it is the same option again.
    catalogue.update(demo, office, regina, draft, again.updated_at)
    assert {
        (o.kind, o.ingredient_id): o.option_id
        for o in catalogue.product(demo, office, regina).options
    } == ids


def test_archiving_takes_it_off_every_menu_but_keeps_past_orders(demo, office, counter):
    margherita = product_id(demo, "margherita")
    past = scalar(demo, "SELECT COUNT(*) FROM order_lines WHERE product_id = :p", p=margherita)
    detail = catalogue.product(demo, office, margherita)
    marks = menu_marks(demo)
    saved = catalogue.archive(demo, office, margherita, detail.updated_at)
    assert "margherita" not in {i.code for i in menu.menu(demo, counter).items}
    assert all(v > marks[s] for s, v in menu_marks(demo).items())
    assert (
        scalar(demo, "SELECT COUNT(*) FROM order_lines WHERE product_id = :p", p=margherita) == past
    )
    assert not catalogue.product(demo, office, margherita).active
    catalogue.archive(demo, office, margherita, saved.updated_at, archived=False)
    assert "margherita" in {i.code for i in menu.menu(demo, counter).items}


def test_availability_per_store(demo, office, counter):
    margherita = product_id(demo, "margherita")
    bastille = counter.store_id
    marks = menu_marks(demo)
    catalogue.set_availability(demo, office, margherita, {bastille: False})
    assert not {i.code: i for i in menu.menu(demo, counter).items}["margherita"].enabled
    assert menu_marks(demo)[bastille] > marks[bastille]
    catalogue.set_availability(demo, office, margherita, {bastille: True})
    assert {i.code: i for i in menu.menu(demo, counter).items}["margherita"].enabled
    with pytest.raises(ValidationError):
        catalogue.set_availability(demo, office, margherita, {bastille: "yes"})


def test_photos_are_png_or_jpeg_read_from_their_header(demo, office):
    margherita = product_id(demo, "margherita")
    image = png()
    catalogue.set_photo(demo, office, margherita, image)
    assert catalogue.photo(demo, office, margherita) == image
    assert catalogue.product(demo, office, margherita).photo_type == "image/png"
    catalogue.set_photo(demo, office, margherita, JPEG)
    assert catalogue.product(demo, office, margherita).photo_type == "image/jpeg"
    before = snapshot(demo)
    for content, code in (
        (b"GIF89a\x01\x00\x01\x00", "catalogue.photo_format"),
        (b"\x89PNG\r\n\x1a\nnot really", "catalogue.photo_format"),
        (b"", "catalogue.photo_format"),
        (image + b"\x00" * (2 * 1024 * 1024), "catalogue.photo_size"),
    ):
        with pytest.raises(ValidationError) as refused:
            catalogue.set_photo(demo, office, margherita, content)
        assert refused.value.code == code
    assert snapshot(demo) == before
    catalogue.set_photo(demo, office, margherita, None)
    assert not catalogue.product(demo, office, margherita).has_photo


def test_every_change_is_audited(demo, office):
    bastille = store_id(demo, "bastille")
    saved = catalogue.create(demo, office, truffle(demo), availability={bastille: True})
    detail = catalogue.product(demo, office, saved.product_id)
    updated = catalogue.update(
        demo, office, saved.product_id, replace(detail.draft(), price_cents=1850), detail.updated_at
    )
    catalogue.set_availability(demo, office, saved.product_id, {store_id(demo, "butte"): True})
    catalogue.set_photo(demo, office, saved.product_id, png())
    catalogue.archive(demo, office, saved.product_id, updated.updated_at)
    with demo.engine.connect() as c:
        audited = c.execute(
            select(AuditEntry.action, AuditEntry.user_id, AuditEntry.before, AuditEntry.after)
            .where(AuditEntry.entity == "product", AuditEntry.entity_id == str(saved.product_id))
            .order_by(AuditEntry.id)
        ).all()
    assert [a for a, *_ in audited] == [
        "catalogue.create",
        "catalogue.update",
        "catalogue.availability",
        "catalogue.photo",
        "catalogue.archive",
    ]
    assert {u for _, u, *_ in audited} == {office.user_id}
    assert audited[1][2]["price_cents"] == 1790 and audited[1][3]["price_cents"] == 1850
    assert audited[0][3]["stores"] == ["bastille"] and audited[0][3]["recipe"]["paton"] == 1
