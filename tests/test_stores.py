"""Stores: head office edits address, delivery zone and opening hours; stale saves are
refused saying who saved first; every change audited; bad input changes nothing."""

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from ocpizza_desk.db.models import AuditEntry
from ocpizza_desk.domain.clock import to_paris, utcnow
from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.domain.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from ocpizza_desk.services import stores
from ocpizza_desk.services.auth import sign_in
from tests.helpers import snapshot, staff

FUTURE = to_paris(utcnow()).date() + timedelta(days=20)


@pytest.fixture
def head(demo):
    return staff(demo, "direction")


def store_row(ctx, code: str) -> dict:
    with ctx.engine.connect() as c:
        row = c.execute(text("SELECT * FROM stores WHERE code = :c"), {"c": code}).mappings().one()
    row = dict(row)
    if isinstance(row["opening_hours"], str):
        row["opening_hours"] = json.loads(row["opening_hours"])
    return row


def audit_rows(ctx, entity: str, entity_id) -> list:
    a = AuditEntry.__table__.c
    with ctx.engine.connect() as c:
        return c.execute(
            select(a.action, a.user_id, a.store_id, a.before, a.after)
            .where(a.entity == entity, a.entity_id == str(entity_id))
            .order_by(a.id)
        ).all()


def bastille(ctx, session):
    return next(s for s in stores.list_stores(ctx, session) if s.code == "bastille")


def test_head_office_lists_every_store_and_staff_only_their_own(demo, head):
    with demo.engine.connect() as c:
        codes = {r[0] for r in c.execute(text("SELECT code FROM stores"))}
    assert {s.code for s in stores.list_stores(demo, head)} == codes
    counter = staff(demo, "accueil.bastille")
    assert [s.code for s in stores.list_stores(demo, counter)] == ["bastille"]
    other = next(s for s in stores.list_stores(demo, head) if s.code != "bastille")
    with pytest.raises(PermissionDenied):
        stores.get(demo, counter, other.id)


def test_update_hours_radius_and_phone_audited(demo, head):
    read = bastille(demo, head)
    hours = dict(read.opening_hours)
    hours["mon"] = (("18:00", "23:00"), ("11:00", "14:00"))  # given out of order
    hours["tue"] = ()  # closed on Tuesdays
    draft = replace(
        read.draft(), opening_hours=hours, delivery_radius_m=4200, phone="01 43 55 00 00"
    )
    saved = stores.update_store(demo, head, read, draft)

    row = store_row(demo, "bastille")
    assert row["delivery_radius_m"] == 4200
    assert row["phone"] == "+33143550000"
    assert row["opening_hours"]["mon"] == [["11:00", "14:00"], ["18:00", "23:00"]]
    assert row["opening_hours"]["tue"] == []
    assert saved.opening_hours["mon"] == (("11:00", "14:00"), ("18:00", "23:00"))
    ((action, user_id, store_id, before, after),) = audit_rows(demo, "store", read.id)[-1:]
    assert (action, user_id, store_id) == ("store.update", head.user_id, read.id)
    assert set(after) == {"opening_hours", "delivery_radius_m", "phone"}
    assert before["delivery_radius_m"] == read.delivery_radius_m
    assert after["delivery_radius_m"] == 4200


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (
            {"opening_hours": {"mon": [["11:30", "14:30"], ["14:00", "23:00"]]}},
            "store.hours_overlap",
        ),
        ({"opening_hours": {"mon": [["23:00", "18:00"]]}}, "store.hours_order"),
        ({"opening_hours": {"mon": [["18:00", "18:00"]]}}, "store.hours_order"),
        ({"opening_hours": {"mon": [["9h", "14:00"]]}}, "store.hours_format"),
        ({"opening_hours": {"mon": [["24:00", "25:00"]]}}, "store.hours_format"),
        ({"opening_hours": {"lundi": [["11:00", "14:00"]]}}, "store.hours_day"),
        ({"delivery_radius_m": 0}, "store.radius"),
        ({"delivery_radius_m": -5}, "store.radius"),
        ({"latitude": 91.0}, "store.coordinates"),
        ({"longitude": -181.0}, "store.coordinates"),
        ({"phone": "12"}, "input.phone"),
        ({"email": "pas-un-mail"}, "input.email"),
        ({"postcode": "7501"}, "input.postcode"),
        ({"name": "  "}, "input.required"),
        ({"code": "Bastille!"}, "store.code_format"),
        ({"code": "abbesses"}, "store.code_taken"),
        ({"opening_hours": {"mon": [["24:00", "23:00"]]}}, "store.hours_format"),  # end only
        ({"last_order_minutes": -1}, "store.last_order"),
        ({"last_order_minutes": 241}, "store.last_order"),
        ({"last_order_minutes": True}, "store.last_order"),
        ({"closures": (("31/02/2027", "Ferme"),)}, "store.closure_date"),
        ({"closures": (("2020-01-01", "Ferme"),)}, "store.closure_past"),
        ({"closures": ((FUTURE, "  "),)}, "store.closure_label"),
        ({"closures": ((FUTURE, "x" * 81),)}, "store.closure_label"),
        ({"closures": ((FUTURE, "Noël"), (FUTURE.isoformat(), "Encore"))}, "store.closure_twice"),
        ({"closures": "25/12"}, "store.closure_date"),
    ],
)
def test_bad_input_changes_nothing(demo, head, change, code):
    read = bastille(demo, head)
    before = snapshot(demo)
    with pytest.raises(ValidationError) as caught:
        stores.update_store(demo, head, read, replace(read.draft(), **change))
    assert caught.value.code == code
    assert caught.value.message("fr") and caught.value.message("en")
    assert snapshot(demo) == before


def test_last_orders_closures_and_midnight_saved_and_audited(demo, head):
    read = bastille(demo, head)
    later = FUTURE + timedelta(days=3)
    hours = dict(read.opening_hours, sat=(("18:00", "24:00"),))
    draft = replace(
        read.draft(),
        opening_hours=hours,
        last_order_minutes=20,
        closures=((later.strftime("%d/%m/%Y"), "Inventaire"), (FUTURE, " Noël ")),
    )
    saved = stores.update_store(demo, head, read, draft)
    assert saved.closures == ((FUTURE, "Noël"), (later, "Inventaire"))
    assert saved.last_order_minutes == 20 and saved.opening_hours["sat"] == (("18:00", "24:00"),)
    assert stores.get(demo, head, read.id) == saved
    ((action, _user, _store, before, after),) = audit_rows(demo, "store", read.id)[-1:]
    assert action == "store.update"
    assert after["closures"] == [[FUTURE.isoformat(), "Noël"], [later.isoformat(), "Inventaire"]]
    assert (before["last_order_minutes"], after["last_order_minutes"]) == (15, 20)
    # Saved again without the first closure: it is gone, the other one stays.
    again = stores.update_store(
        demo, head, saved, replace(saved.draft(), closures=((later, "Inventaire"),))
    )
    assert again.closures == ((later, "Inventaire"),)


def test_stale_save_is_refused_naming_who_saved(demo, head):
    first = bastille(demo, head)
    second = bastille(demo, staff(demo, "direction"))  # another PC, same moment
    stores.update_store(demo, head, first, replace(first.draft(), delivery_radius_m=3500))
    before = snapshot(demo)
    with pytest.raises(ConflictError) as caught:
        stores.update_store(demo, head, second, replace(second.draft(), city="Paris 11e"))
    assert caught.value.code == "store.changed"
    assert head.full_name in caught.value.message("fr")
    assert snapshot(demo) == before
    assert store_row(demo, "bastille")["delivery_radius_m"] == 3500


def test_only_head_office_edits(demo, head):
    read = bastille(demo, head)
    before = snapshot(demo)
    for username in ("responsable.bastille", "admin", "accueil.bastille"):
        with pytest.raises(PermissionDenied):
            stores.update_store(
                demo, staff(demo, username), read, replace(read.draft(), city="Lyon")
            )
    assert snapshot(demo) == before


def test_create_then_deactivate_and_reactivate(demo, head):
    template = bastille(demo, head)
    draft = replace(
        template.draft(),
        code="vincennes",
        name="OC Pizza Vincennes",
        street="3 avenue de Paris",
        postcode="94300",
        city="Vincennes",
        phone="01 43 28 00 00",
        email=None,
        latitude=48.8474,
        longitude=2.4390,
    )
    created = stores.create(demo, head, draft)
    row = store_row(demo, "vincennes")
    assert row["id"] == created.id and row["active"] in (1, True)
    assert row["opening_hours"] == {
        day: [list(s) for s in template.opening_hours[day]] for day in stores.DAYS
    }
    closed = stores.set_active(demo, head, created, False)
    assert store_row(demo, "vincennes")["active"] in (0, False)
    with pytest.raises(ConflictError):  # the screen still thinks it is open
        stores.set_active(demo, head, created, False)
    stores.set_active(demo, head, closed, True)
    assert [a for a, *_ in audit_rows(demo, "store", created.id)] == [
        "store.create",
        "store.deactivate",
        "store.activate",
    ]


def test_a_closed_store_s_staff_cannot_sign_in_until_it_reopens(demo, head):
    read = bastille(demo, head)
    password = DEMO_PASSWORDS[Role.COUNTER]
    assert sign_in(demo, "accueil.bastille", password).store_id == read.id
    closed = stores.set_active(demo, head, read, False)
    with pytest.raises(AuthenticationError) as refused:
        sign_in(demo, "accueil.bastille", password)
    assert refused.value.code == "auth.store_closed"
    assert read.name in refused.value.message("fr")
    assert sign_in(demo, "direction", DEMO_PASSWORDS[Role.HEAD_OFFICE]).store_id is None
    assert sign_in(demo, "accueil.abbesses", password).store_id != read.id  # others go on
    stores.set_active(demo, head, closed, True)
    assert sign_in(demo, "accueil.bastille", password).store_id == read.id
