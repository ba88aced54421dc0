"""Allergens (EU 1169/2011 annex II): the fixed list, recorded per ingredient in the catalogue,
derived for dishes and customised lines (never typed twice), filtered at the counter, and the
sheet the counter prints and the website's export carry. On SQLite and MariaDB."""

import json
from unittest.mock import ANY

import pytest
from sqlalchemy import text

from ocpizza_desk.db import accounts
from ocpizza_desk.domain import allergens
from ocpizza_desk.domain.enums import CustomisationKind, Role
from ocpizza_desk.domain.errors import NotFound, PermissionDenied, ValidationError
from ocpizza_desk.services import allergens as allergen_service
from ocpizza_desk.services import menu
from tests.helpers import ingredient_id, snapshot, staff


def scalar(ctx, sql: str, **params):
    with ctx.engine.connect() as c:
        return c.execute(text(sql), params).scalar()


@pytest.fixture
def office(demo):
    return staff(demo, "direction")


@pytest.fixture
def counter(demo):
    return staff(demo, "accueil.bastille")


def items(ctx, session) -> dict[str, menu.MenuItem]:
    return {i.code: i for i in menu.menu(ctx, session).items}


def option(item: menu.MenuItem, kind: CustomisationKind, ingredient: int) -> int:
    return next(
        o.option_id for o in item.options if o.kind is kind and o.ingredient_id == ingredient
    )


# --------------------------------------------------------------------------- the domain list


def test_the_fourteen_regulated_allergens_have_stable_codes_and_two_languages():
    assert allergens.CODES == (
        "gluten",
        "crustaceans",
        "eggs",
        "fish",
        "peanuts",
        "soybeans",
        "milk",
        "nuts",
        "celery",
        "mustard",
        "sesame",
        "sulphites",
        "lupin",
        "molluscs",
    )
    assert allergens.BY_CODE["nuts"].name("fr") == "Fruits à coque"
    assert allergens.BY_CODE["nuts"].name("en") == "Nuts"
    assert all(a.name("fr") != a.name("en") or a.code == "lupin" for a in allergens.ALLERGENS)
    assert allergens.check_codes(["milk", "gluten", "milk"]) == ("gluten", "milk")


@pytest.mark.parametrize("bad", [["gluten", "nougat"], ["GLUTEN"], [3], "gluten"])
def test_an_allergen_code_that_does_not_exist_is_refused_with_its_name(bad):
    with pytest.raises(ValidationError) as refused:
        allergens.check_codes(bad)
    assert refused.value.code == "allergen.unknown"
    assert "14" in refused.value.message("fr") and "14" in refused.value.message("en")


def test_a_line_adds_its_extras_and_removes_only_what_nothing_else_brings():
    contains = {1: {"gluten"}, 2: {"milk"}, 3: {"nuts"}, 4: {"eggs"}, 5: {"milk"}}
    recipe = [1, 2, 3, 5]
    assert allergens.of_recipe(recipe, contains) == {"gluten", "milk", "nuts"}
    assert allergens.of_line(recipe, [3], [4], contains) == {"gluten", "milk", "eggs"}
    # Without the mozzarella there is still milk in the cream.
    assert allergens.of_line(recipe, [2], [], contains) == {"gluten", "milk", "nuts"}


# --------------------------------------------------------------------------- derived at the counter


def test_demo_records_every_ingredient_and_dishes_derive_theirs(demo, counter):
    assert scalar(demo, "SELECT COUNT(*) FROM ingredients WHERE allergens_recorded_at IS NULL") == 0
    found = items(demo, counter)
    assert found["margherita"].allergens == {"gluten", "milk"}
    assert found["margherita"].allergens_unknown == ()
    assert found["chevre_miel"].allergens == {"gluten", "milk", "nuts"}
    assert found["napolitaine"].allergens >= {"fish", "sulphites"}
    assert found["coca_cola"].allergens == frozenset()
    assert found["peroni"].allergens == {"gluten"}


def test_a_customised_line_follows_its_extras_and_removals(demo, counter):
    found = items(demo, counter)
    chevre = found["chevre_miel"]
    without_nuts = option(chevre, CustomisationKind.REMOVE, ingredient_id(demo, "noix"))
    assert "nuts" not in chevre.allergens_with([without_nuts])
    regina = found["regina"]
    egg = option(regina, CustomisationKind.EXTRA, ingredient_id(demo, "oeuf"))
    assert "eggs" not in regina.allergens and "eggs" in regina.allergens_with([egg])
    calzone = found["calzone"]
    no_egg = option(calzone, CustomisationKind.REMOVE, ingredient_id(demo, "oeuf"))
    assert calzone.allergens_with([no_egg]) == {"gluten", "milk"}


def test_filters_sans_gluten_and_sans_fruits_a_coque(demo, counter):
    found = items(demo, counter)
    gluten_free = {code for code, item in found.items() if item.free_of(["gluten"])}
    assert "margherita" not in gluten_free and "peroni" not in gluten_free
    assert {"coca_cola", "panna_cotta", "burrata_tomates"} <= gluten_free
    nut_free = {code for code, item in found.items() if item.free_of(["nuts"])}
    assert "chevre_miel" not in nut_free and "haagen_dazs" not in nut_free
    assert "margherita" in nut_free


# ------------------------------------------------------------------- recorded in the catalogue


def test_head_office_records_an_ingredient_and_every_dish_follows(demo, office, counter):
    sauce = ingredient_id(demo, "sauce_tomate")
    saved = allergen_service.set_ingredient(demo, office, sauce, ["celery", "sulphites"])
    assert saved.allergens == ("celery", "sulphites") and saved.recorded
    found = items(demo, counter)
    assert found["margherita"].allergens == {"gluten", "milk", "celery", "sulphites"}
    assert "celery" not in found["chevre_miel"].allergens  # a cream base: no tomato sauce
    listed = {i.code: i for i in allergen_service.ingredients(demo, office)}
    assert listed["sauce_tomate"].allergens == ("celery", "sulphites")
    # Recorded as "none" again: an empty list is a record too.
    allergen_service.set_ingredient(demo, office, sauce, [])
    assert items(demo, counter)["margherita"].allergens == {"gluten", "milk"}
    actions = scalar(demo, "SELECT COUNT(*) FROM audit_log WHERE action = 'ingredient.allergens'")
    assert actions == 2


def test_bad_allergen_input_writes_nothing(demo, office, counter):
    before = snapshot(demo)
    sauce = ingredient_id(demo, "sauce_tomate")
    with pytest.raises(ValidationError) as unknown:
        allergen_service.set_ingredient(demo, office, sauce, ["celery", "pollen"])
    assert "pollen" in unknown.value.message("fr")
    with pytest.raises(NotFound):
        allergen_service.set_ingredient(demo, office, 999_999, ["celery"])
    with pytest.raises(PermissionDenied):
        allergen_service.set_ingredient(demo, counter, sauce, ["celery"])
    assert snapshot(demo) == before


def test_an_ingredient_not_recorded_makes_its_dishes_unknown_never_free_of(demo, office, counter):
    with demo.engine.begin() as c:
        c.execute(
            text("UPDATE ingredients SET allergens_recorded_at = NULL WHERE code = 'basilic'")
        )
    found = items(demo, counter)
    assert found["margherita"].allergens_unknown
    assert not found["margherita"].free_of(["nuts"])
    sheet = allergen_service.sheet(demo, counter)
    margherita = next(d for d in sheet.dishes if d.code == "margherita")
    assert not margherita.complete and margherita.unknown == ("Basilic frais",)
    exported = allergen_service.website_export(sheet)
    row = next(p for p in exported["products"] if p["code"] == "margherita")
    assert row == {
        "id": margherita.product_id,
        "code": "margherita",
        "name": "Margherita",
        "allergens": ["gluten", "milk"],
        "complete": False,
    }
    json.dumps(exported)  # JSON as it is


def test_the_sheet_lists_the_active_menu_in_order_with_its_allergens(demo, counter):
    sheet = allergen_service.sheet(demo, counter)
    codes = [d.code for d in sheet.dishes]
    assert codes[0] == "margherita" and "haagen_dazs" in codes
    dessert = next(d for d in sheet.dishes if d.code == "haagen_dazs")
    assert dessert.allergens == ("eggs", "milk", "nuts") and dessert.complete
    exported = allergen_service.website_export(sheet)
    assert [a["code"] for a in exported["allergens"]] == list(allergens.CODES)


def test_a_driver_may_not_read_the_catalogues_allergen_table(demo):
    driver = staff(demo, "livreur.bastille")
    with pytest.raises(PermissionDenied):
        allergen_service.ingredients(demo, driver)


# --------------------------------------------------------------------------- grants


def test_every_role_and_the_website_read_allergens_only_the_catalogue_writes_them():
    naming = accounts.Naming("ocpizza")
    wanted = accounts.expected(naming)
    for name, rows in wanted.items():
        if name == naming.role(accounts.METRICS):
            continue
        assert ("ingredient_allergens", "SELECT", "") in rows, name
    writers = {
        role for role in Role if ("ingredient_allergens", "INSERT", "") in wanted[naming.role(role)]
    }
    assert writers == {Role.HEAD_OFFICE}
    assert ("ingredient_allergens", "INSERT", "") not in wanted[naming.role(accounts.WEBSITE)]


# --------------------------------------------------------------------------- the website's export


def test_the_cli_writes_the_websites_allergen_json(demo, tmp_path, capsys):
    from ocpizza_desk.cli import EXIT_OK, main

    out = tmp_path / "allergens.json"
    url = demo.engine.url.render_as_string(hide_password=False)
    argv = ["--lang", "en", "--db-url", url, "menu", "allergens", "--out", str(out)]
    assert main(argv) == EXIT_OK
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert [a["code"] for a in exported["allergens"]] == list(allergens.CODES)
    nuts = next(a for a in exported["allergens"] if a["code"] == "nuts")
    assert nuts["names"] == {"fr": "Fruits à coque", "en": "Nuts"}
    by_code = {p["code"]: p for p in exported["products"]}
    assert by_code["chevre_miel"]["allergens"] == ["gluten", "milk", "nuts"]
    assert all(p["complete"] for p in exported["products"])
    assert "31 products written" in capsys.readouterr().out
    assert main(["--db-url", url, "menu", "allergens"]) == EXIT_OK  # to stdout
    assert json.loads(capsys.readouterr().out) == {**exported, "made_at": ANY}
