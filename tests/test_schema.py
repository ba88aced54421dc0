"""Migrations up, down and up again on both databases, and the revision check."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from ocpizza_desk.db import schema
from ocpizza_desk.db.engine import create_engine_for
from ocpizza_desk.db.models import INSERT_ONLY_TABLES, Base
from ocpizza_desk.domain.errors import SchemaMismatch


@pytest.fixture
def engine(backend, new_database):
    engine = create_engine_for(new_database(backend))
    yield engine
    engine.dispose()


def test_expected_revision_is_the_head_of_the_migrations():
    assert schema.head_revision() == schema.EXPECTED_REVISION


def test_up_down_up_leaves_the_schema_the_models_describe(engine):
    assert schema.status(engine).state == "empty"
    schema.upgrade(engine)
    assert schema.status(engine).state == "current"
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())

    schema.downgrade(engine, "base")
    leftovers = set(inspect(engine).get_table_names()) - {schema.VERSION_TABLE}
    assert leftovers == set()
    assert schema.status(engine).state == "empty"

    schema.upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []


def test_hot_path_indexes_exist(engine):
    schema.upgrade(engine)
    indexes = {tuple(ix["column_names"]) for ix in inspect(engine).get_indexes("orders")}
    assert ("store_id", "status", "created_at") in indexes  # a store's open orders by age
    assert ("created_at",) in indexes  # the order book by date
    uniques = inspect(engine).get_unique_constraints("customers")
    indexed_phone = any(u["column_names"] == ["phone_e164"] for u in uniques) or any(
        ix["column_names"] == ["phone_e164"] and ix["unique"]
        for ix in inspect(engine).get_indexes("customers")
    )
    assert indexed_phone  # customers by phone, unique


@pytest.mark.mysql_only
def test_mysql_tables_are_innodb_utf8mb4_with_microseconds(new_database):
    engine = create_engine_for(new_database("mariadb"))
    schema.upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT table_name, engine, table_collation FROM information_schema.tables "
                "WHERE table_schema = DATABASE() AND table_name <> 'alembic_version'"
            )
        ).all()
        assert rows and all(e == "InnoDB" and c.startswith("utf8mb4") for _, e, c in rows)
        precision = connection.execute(
            text(
                "SELECT datetime_precision FROM information_schema.columns WHERE "
                "table_schema = DATABASE() AND table_name = 'orders' AND column_name = 'created_at'"
            )
        ).scalar()
        assert precision == 6
    engine.dispose()


def test_check_refuses_empty_and_unknown_revisions(engine):
    with pytest.raises(SchemaMismatch) as empty:
        schema.check(engine)
    assert empty.value.code == "db.schema_missing"

    schema.upgrade(engine)
    assert schema.check(engine).state == "current"

    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(SchemaMismatch) as newer:
        schema.check(engine)
    assert newer.value.code == "db.schema_newer"
    assert "9999_from_the_future" in newer.value.message("fr")


def test_an_older_known_revision_is_reported_as_older(monkeypatch):
    monkeypatch.setattr(schema, "known_revisions", lambda: {"0001_initial", "0002_next"})
    status = schema.SchemaStatus(current="0001_initial", expected="0002_next")
    assert status.state == "older"


def test_insert_only_tables_are_declared():
    assert set(INSERT_ONLY_TABLES) == {"stock_movements", "audit_log"}


def test_allergens_migration_keeps_ingredients_up_down_up_with_data(engine):
    """0008 carries the ingredients over as "allergens not recorded", keeps what was recorded
    out of the way on the way down, and goes up again over data."""
    schema.upgrade(engine, "0007_accounts")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO ingredients (id, code, name, unit, pack_size, pack_label, active) "
                "VALUES (1, 'paton', 'Pâton', 'g', 250, 'pâton', 1), "
                "(2, 'mozzarella', 'Mozzarella', 'g', 1000, 'kg', 1)"
            )
        )
        # Rows of other tables that refer to the ingredients: the columns' changes must not
        # rebuild the table under them.
        connection.execute(
            text(
                "INSERT INTO categories (id, code, name, position) VALUES (1, 'pizza', 'Pizzas', 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO products (id, code, name, category_id, price_cents, vat_rate_bp, "
                "active, position, created_at, updated_at) VALUES (1, 'margherita', "
                "'Margherita', 1, 990, 1000, 1, 1, '2026-12-01 10:00:00', '2026-12-01 10:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO recipe_lines (id, product_id, ingredient_id, quantity) "
                "VALUES (1, 1, 1, 1), (2, 1, 2, 90)"
            )
        )
    schema.upgrade(engine, "0008_allergens")
    with engine.begin() as connection:
        rows = connection.execute(
            text("SELECT code, allergens_recorded_at FROM ingredients ORDER BY id")
        ).all()
        assert [tuple(r) for r in rows] == [("paton", None), ("mozzarella", None)]
        connection.execute(
            text(
                "INSERT INTO ingredient_allergens (ingredient_id, allergen) "
                "VALUES (1, 'gluten'), (2, 'milk')"
            )
        )
    # The regulation's list is checked by the table too.
    with pytest.raises(DBAPIError), engine.begin() as connection:
        connection.execute(
            text("INSERT INTO ingredient_allergens (ingredient_id, allergen) VALUES (1, 'x')")
        )

    schema.downgrade(engine, "0007_accounts")
    assert "ingredient_allergens" not in inspect(engine).get_table_names()
    columns = {c["name"] for c in inspect(engine).get_columns("ingredients")}
    assert "allergens_recorded_at" not in columns
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM ingredients")).scalar() == 2
        assert connection.execute(text("SELECT COUNT(*) FROM recipe_lines")).scalar() == 2

    schema.upgrade(engine)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO ingredient_allergens (ingredient_id, allergen) VALUES (1, 'gluten')")
        )
        assert connection.execute(text("SELECT COUNT(*) FROM ingredient_allergens")).scalar() == 1


def _revision_before(revision: str) -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(schema.alembic_config(None))
    return script.get_revision(revision).down_revision


def test_kitchen_changes_migration_up_down_up_with_data(engine):
    """0011 adds the late changes the kitchen must see over a database full of orders, and
    takes them away again without touching the orders."""
    from ocpizza_desk.ops.seed import seed_demo
    from tests.conftest import fast_hash

    # The demo is written by today's code, so at the head; then down to the revision before
    # 0011 (the later migrations' downgrades keep the orders), whatever it is.
    schema.upgrade(engine)
    seed_demo(engine, orders=6, password_hasher=fast_hash)
    before_0011 = _revision_before("0011_kitchen_changes")
    schema.downgrade(engine, before_0011)
    with engine.connect() as connection:
        orders_before = connection.execute(text("SELECT COUNT(*), SUM(version) FROM orders")).one()
        order_id, user_id = connection.execute(
            text("SELECT MIN(o.id), MIN(u.id) FROM orders o CROSS JOIN users u")
        ).one()
    assert orders_before[0] > 0
    change = text(
        "INSERT INTO kitchen_changes (order_id, order_version, changed_at, changed_by_id, "
        "reason, items) VALUES (:o, 2, '2026-12-03 12:00:00', :u, 'le client a rappelé', "
        '\'[{"kind": "line", "delta": 1, "product": "Regina"}]\')'
    )

    schema.upgrade(engine, "0011_kitchen_changes")
    with engine.begin() as connection:
        connection.execute(change, {"o": order_id, "u": user_id})
        row = connection.execute(
            text("SELECT reason, acknowledged_at FROM kitchen_changes WHERE order_id = :o"),
            {"o": order_id},
        ).one()
    assert tuple(row) == ("le client a rappelé", None)
    with pytest.raises(DBAPIError), engine.begin() as connection:  # an order that exists
        connection.execute(change, {"o": 999_999_999, "u": user_id})

    schema.downgrade(engine, before_0011)
    assert "kitchen_changes" not in inspect(engine).get_table_names()
    with engine.connect() as connection:
        assert tuple(
            connection.execute(text("SELECT COUNT(*), SUM(version) FROM orders")).one()
        ) == tuple(orders_before)

    schema.upgrade(engine)
    with engine.begin() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM kitchen_changes")).scalar() == 0
        connection.execute(change, {"o": order_id, "u": user_id})
        assert connection.execute(text("SELECT COUNT(*) FROM kitchen_changes")).scalar() == 1


def test_opening_migration_keeps_stores_up_down_up_with_data(engine):
    """0009 carries the stores over (hours and radius as they were, last orders at 0),
    adds the closures table, and goes down and up again over data."""
    schema.upgrade(engine, "0008_allergens")
    hours = '{"mon": [], "tue": [["11:30", "14:30"]]}'
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO stores (id, code, name, street, postcode, city, phone, latitude, "
                "longitude, delivery_radius_m, opening_hours, active, created_at) VALUES "
                "(1, 'bastille', 'OC Pizza Bastille', '12 rue de la Roquette', '75011', "
                "'Paris', '+33143551287', 48.85408, 2.37123, 3000, :h, 1, "
                "'2026-12-01 10:00:00')"
            ),
            {"h": hours},
        )
        # A row of another table that refers to the store: the new column must not rebuild
        # the table under it.
        connection.execute(
            text(
                "INSERT INTO users (id, username, full_name, role, store_id, password_hash, "
                "active, failed_attempts, created_at) VALUES (1, 'accueil.bastille', "
                "'Mathilde Rolland', 'counter', 1, 'x', 1, 0, '2026-12-01 10:00:00')"
            )
        )
    schema.upgrade(engine, "0009_opening")
    with engine.begin() as connection:
        row = connection.execute(
            text("SELECT delivery_radius_m, opening_hours, last_order_minutes FROM stores")
        ).one()
        assert (row[0], row[2]) == (3000, 0)
        assert row[1].replace(" ", "") == hours.replace(" ", "")
        connection.execute(
            text(
                "INSERT INTO store_closures (store_id, day, label) VALUES (1, '2026-12-25', 'Noël')"
            )
        )
    # One closure per store and day.
    with pytest.raises(DBAPIError), engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO store_closures (store_id, day, label) "
                "VALUES (1, '2026-12-25', 'Encore')"
            )
        )

    schema.downgrade(engine, "0008_allergens")
    assert "store_closures" not in inspect(engine).get_table_names()
    assert "last_order_minutes" not in {c["name"] for c in inspect(engine).get_columns("stores")}
    with engine.connect() as connection:
        assert connection.execute(text("SELECT code FROM stores")).scalar() == "bastille"
        assert connection.execute(text("SELECT store_id FROM users")).scalar() == 1

    schema.upgrade(engine)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO store_closures (store_id, day, label) VALUES (1, '2027-01-01', 'x')")
        )
        assert connection.execute(text("SELECT last_order_minutes FROM stores")).scalar() == 0


def test_sizes_migration_carries_prices_and_lines_over_up_down_up(engine):
    """0010: today's single price becomes each product's only size, every existing order
    line gets that size, the daily product summary keeps its rows; down and up again over
    data."""
    schema.upgrade(engine, "0008_allergens")
    now = "'2026-12-01 10:00:00'"
    statements = [
        "INSERT INTO categories (id, code, name, position) VALUES (1, 'pizza', 'Pizzas', 1)",
        "INSERT INTO products (id, code, name, category_id, price_cents, vat_rate_bp, active,"
        f" position, created_at, updated_at) VALUES (1, 'margherita', 'Margherita', 1, 990,"
        f" 1000, 1, 1, {now}, {now}), (2, 'regina', 'Regina', 1, 1250, 1000, 1, 2, {now}, {now})",
        "INSERT INTO stores (id, code, name, street, postcode, city, phone, latitude, longitude,"
        " delivery_radius_m, opening_hours, active, created_at) VALUES (1, 'b', 'B', 'x',"
        f" '75011', 'Paris', '+33100000000', 48.85, 2.37, 3000, '{{}}', 1, {now})",
        "INSERT INTO orders (id, store_id, channel, mode, status, promised_at, created_at,"
        " updated_at, version, client_key, total_cents, discount_cents, revision) VALUES"
        f" (1, 1, 'phone', 'takeaway', 'received', {now}, {now}, {now}, 1, 'k1', 3230, 0, 0)",
        "INSERT INTO order_lines (id, order_id, position, product_id, product_name, quantity,"
        " unit_price_cents, extras_cents, vat_rate_bp, line_total_cents, discount_cents)"
        " VALUES (1, 1, 1, 1, 'Margherita', 2, 990, 0, 1000, 1980, 0),"
        " (2, 1, 2, 2, 'Regina', 1, 1250, 0, 1000, 1250, 0)",
        "INSERT INTO day_product_sales (store_id, day, product_id, vat_rate_bp, quantity,"
        " ttc_cents) VALUES (1, '2026-12-01', 1, 1000, 2, 1980), (1, '2026-12-01', 2, 1000,"
        " 1, 1250)",
    ]
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))

    schema.upgrade(engine, "0010_sizes")
    with engine.begin() as connection:
        sizes = connection.execute(
            text(
                "SELECT id, product_id, label, price_cents, dose_pct, is_default, active"
                " FROM product_sizes ORDER BY product_id"
            )
        ).all()
        assert [tuple(s)[1:] for s in sizes] == [
            (1, "", 990, 100, True, True),
            (2, "", 1250, 100, True, True),
        ]
        lines = connection.execute(
            text("SELECT product_id, size_id, size_label FROM order_lines ORDER BY id")
        ).all()
        by_product = {s.product_id: s.id for s in sizes}
        assert [tuple(r) for r in lines] == [(1, by_product[1], ""), (2, by_product[2], "")]
        summary = connection.execute(
            text("SELECT product_id, size_label, quantity FROM day_product_sales ORDER BY 1")
        ).all()
        assert [tuple(r) for r in summary] == [(1, "", 2), (2, "", 1)]
        # Sizes are counted apart from now on; a price is required.
        connection.execute(
            text(
                "INSERT INTO day_product_sales (store_id, day, product_id, size_label,"
                " vat_rate_bp, quantity, ttc_cents) VALUES (1, '2026-12-01', 2, '40 cm', 1000,"
                " 1, 1750)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO product_sizes (product_id, label, price_cents, dose_pct, position,"
                " is_default, active) VALUES (2, '40 cm', 1750, 147, 3, 0, 1)"
            )
        )
    with pytest.raises(DBAPIError), engine.begin() as connection:
        connection.execute(
            text("INSERT INTO product_sizes (product_id, label, price_cents) VALUES (1, 'x', -1)")
        )

    schema.downgrade(engine, "0008_allergens")
    assert "product_sizes" not in inspect(engine).get_table_names()
    assert "size_id" not in {c["name"] for c in inspect(engine).get_columns("order_lines")}
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM order_lines")).scalar() == 2
        summary = connection.execute(
            text("SELECT product_id, quantity, ttc_cents FROM day_product_sales ORDER BY 1")
        ).all()
        # The day's sizes summed back into one row per product.
        assert [tuple(r) for r in summary] == [(1, 2, 1980), (2, 2, 3000)]

    schema.upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM product_sizes")).scalar() == 2
        assert (
            connection.execute(
                text("SELECT COUNT(*) FROM order_lines WHERE size_id IS NOT NULL")
            ).scalar()
            == 2
        )


def test_formulas_migration_keeps_lines_up_down_up_with_data(engine):
    """0012: existing lines are not formulas; a formula and its lines written after it are
    kept as plain lines on the way down (their products, prices and VAT rates are right),
    and the formula tables come back empty on the way up again."""
    schema.upgrade(engine, "0010_sizes")
    now = "'2026-12-01 10:00:00'"
    statements = [
        "INSERT INTO categories (id, code, name, position) VALUES (1, 'pizza', 'Pizzas', 1),"
        " (2, 'drink', 'Boissons', 2)",
        "INSERT INTO products (id, code, name, category_id, price_cents, vat_rate_bp, active,"
        f" position, created_at, updated_at) VALUES (1, 'regina', 'Regina', 1, 1250, 1000, 1,"
        f" 1, {now}, {now}), (2, 'coca', 'Coca', 2, 300, 550, 1, 2, {now}, {now})",
        "INSERT INTO stores (id, code, name, street, postcode, city, phone, latitude, longitude,"
        " delivery_radius_m, opening_hours, active, created_at) VALUES (1, 'b', 'B', 'x',"
        f" '75011', 'Paris', '+33100000000', 48.85, 2.37, 3000, '{{}}', 1, {now})",
        "INSERT INTO orders (id, store_id, channel, mode, status, promised_at, created_at,"
        " updated_at, version, client_key, total_cents, discount_cents, revision) VALUES"
        f" (1, 1, 'phone', 'takeaway', 'received', {now}, {now}, {now}, 1, 'k1', 1250, 0, 0),"
        f" (2, 1, 'phone', 'takeaway', 'received', {now}, {now}, {now}, 1, 'k2', 1290, 0, 0)",
        "INSERT INTO order_lines (id, order_id, position, product_id, product_name, quantity,"
        " unit_price_cents, extras_cents, vat_rate_bp, line_total_cents, discount_cents)"
        " VALUES (1, 1, 1, 1, 'Regina', 1, 1250, 0, 1000, 1250, 0)",
    ]
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))

    schema.upgrade(engine, "0012_formulas")
    with engine.begin() as connection:
        line = connection.execute(
            text("SELECT formula_id, formula_name, formula_group FROM order_lines")
        ).one()
        assert tuple(line) == (None, None, None)
        connection.execute(
            text(
                "INSERT INTO formulas (id, name, price_cents, active, position)"
                " VALUES (1, 'Formule midi', 1290, 1, 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO formula_slots (id, formula_id, position, label, category_id,"
                " size_label) VALUES (1, 1, 1, 'Pizza', 1, ''), (2, 1, 2, 'Boisson', NULL, '')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO formula_slot_products (slot_id, product_id, supplement_cents)"
                " VALUES (2, 2, 0)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO order_lines (id, order_id, position, product_id, product_name,"
                " quantity, unit_price_cents, extras_cents, vat_rate_bp, line_total_cents,"
                " discount_cents, formula_id, formula_name, formula_group) VALUES"
                " (2, 2, 1, 1, 'Regina', 1, 1043, 0, 1000, 1043, 0, 1, 'Formule midi', 1),"
                " (3, 2, 2, 2, 'Coca', 1, 247, 0, 550, 247, 0, 1, 'Formule midi', 1)"
            )
        )
    with pytest.raises(DBAPIError), engine.begin() as connection:  # a price is required
        connection.execute(text("INSERT INTO formulas (name, price_cents) VALUES ('x', 0)"))

    schema.downgrade(engine, "0010_sizes")
    names = inspect(engine).get_table_names()
    assert not {"formulas", "formula_slots", "formula_slot_products"} & set(names)
    assert "formula_id" not in {c["name"] for c in inspect(engine).get_columns("order_lines")}
    with engine.connect() as connection:
        kept = connection.execute(
            text(
                "SELECT order_id, product_id, vat_rate_bp, line_total_cents FROM order_lines"
                " ORDER BY id"
            )
        ).all()
        assert [tuple(r) for r in kept] == [
            (1, 1, 1000, 1250),
            (2, 1, 1000, 1043),
            (2, 2, 550, 247),
        ]

    schema.upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM formulas")).scalar() == 0
        assert (
            connection.execute(
                text("SELECT COUNT(*) FROM order_lines WHERE formula_id IS NULL")
            ).scalar()
            == 3
        )
