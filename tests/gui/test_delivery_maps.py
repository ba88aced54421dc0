"""Deliveries on a shop PC with no Google key, the IGN services and the tiles faked by the
local server (tests/fake_geoplateforme.py, 127.0.0.1 only): the board assigns a trip routed
through the streets and draws it over Plan IGN tiles; a manager places an approximate address
on the map by hand; the driver's view shows the same map, readable on a phone-sized window,
with door codes, floors and phone numbers. Screenshots at 1366x768 are written to
OCPIZZA_SHOTS_DIR when set (else the test's folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from ocpizza_desk.config import MapsConfig, TilesConfig
from ocpizza_desk.domain.demo import DEMO_PASSWORDS
from ocpizza_desk.domain.enums import Role
from ocpizza_desk.gui.screens.delivery_board import select_ids
from ocpizza_desk.gui.screenshots import ready_deliveries
from ocpizza_desk.services import deliveries
from ocpizza_desk.services.context import ServiceContext
from ocpizza_desk.services.maps_setup import configure_maps, configure_tiles
from tests.fake_geoplateforme import FakeGeoplateforme
from tests.gui.driving import WAIT_MS, on_this_pcs_context, signed_in
from tests.helpers import staff

LIVE_MS = 5_000
SCREEN = (1366, 768)


@pytest.fixture
def public():
    fake = FakeGeoplateforme().start()
    yield fake
    fake.stop()


@pytest.fixture
def other_pc(demo):
    ctx = ServiceContext(demo.config)
    yield ctx
    ctx.close()


def shots_dir(tmp_path) -> Path:
    folder = Path(os.environ.get("OCPIZZA_SHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def use_public(monkeypatch, desk, public, tmp_path, *contexts) -> None:
    """This PC's maps: no key, the faked Géoplateforme, Plan IGN tiles through a disk cache
    (on the application's context when it opens, and on the `contexts` of other PCs)."""
    maps = MapsConfig(geoplateforme_url=public.url)
    tiles = TilesConfig(source="plan-ign", cache_dir=tmp_path / "tiles")
    for ctx in contexts:
        configure_maps(ctx, maps)

    def this_pc(ctx) -> None:
        configure_maps(ctx, maps)
        configure_tiles(ctx, tiles, maps)

    on_this_pcs_context(monkeypatch, desk, this_pc)


def tiles_drawn(map_view) -> bool:
    """Paints the map now (grab: even when it is not exposed) and says whether every tile
    it asked for has come and some were drawn."""
    map_view.grab()
    return map_view.tiles.pending == 0 and map_view.drew_tiles > 0


def test_the_board_routes_through_streets_over_plan_ign_tiles(
    qtbot, monkeypatch, desk, demo, other_pc, public, tmp_path, alerts_log
):
    use_public(monkeypatch, desk, public, tmp_path)
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.resize(*SCREEN)
    window.show()
    window.show_screen("delivery_board")
    screen = window.page("delivery_board")
    qtbot.waitUntil(lambda: screen.loaded, timeout=WAIT_MS)
    ready = ready_deliveries(other_pc, 4)
    qtbot.waitUntil(lambda: all(screen.ready.row_of(o) >= 0 for o in ready), timeout=LIVE_MS)
    select_ids(screen.ui.readyView, ready[:3])
    screen.ui.driversView.selectRow(0)
    screen.assign()
    qtbot.waitUntil(lambda: screen.itinerary is not None, timeout=WAIT_MS)
    itinerary = screen.itinerary
    assert not itinerary.estimate and len(itinerary.stops) == 3
    assert any(r.startswith("/navigation/itineraire") for r in public.requests)
    assert len(screen.panel.step_rows()) > 3  # turn by turn, from the IGN's steps
    qtbot.waitUntil(lambda: tiles_drawn(screen.map), timeout=WAIT_MS)
    assert "IGN" in screen.map.attribution_text()
    assert all("PLANIGNV2" in r for r in public.tile_requests())
    select_ids(screen.ui.readyView, ready[3:])
    qtbot.waitUntil(lambda: tiles_drawn(screen.map), timeout=WAIT_MS)
    window.grab().save(str(shots_dir(tmp_path) / "delivery-board-tiles.png"))
    assert not alerts_log


def test_an_approximate_address_is_flagged_then_placed_by_hand(
    qtbot, desk, demo, other_pc, tmp_path, alerts_log
):
    ready = ready_deliveries(other_pc, 1)
    with demo.engine.begin() as c:  # a new address, never located, and everything offline
        address_id = c.execute(
            text("SELECT address_id FROM orders WHERE id = :o"), {"o": ready[0]}
        ).scalar()
        c.execute(
            text("UPDATE customer_addresses SET latitude = NULL, longitude = NULL WHERE id = :a"),
            {"a": address_id},
        )
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.resize(*SCREEN)
    window.show()
    window.show_screen("delivery_board")
    screen = window.page("delivery_board")
    qtbot.waitUntil(lambda: screen.ready.row_of(ready[0]) >= 0, timeout=LIVE_MS)
    select_ids(screen.ui.readyView, ready)
    screen.ui.driversView.selectRow(0)
    screen.assign()  # offline: the postcode's approximate point, never a refusal
    qtbot.waitUntil(lambda: screen.itinerary is not None, timeout=WAIT_MS)
    assert screen.itinerary.stops[0].approximate
    trip = screen.selected_trip()
    assert trip.stops[0].approximate and "≈" in screen.ui.tripStopsLabel.text()
    # The board read again after the assignment (the first wait may see the earlier read):
    qtbot.waitUntil(
        lambda: (
            screen.ready.row_of(ready[0]) >= 0
            and "approximatif" in screen.ready.index(screen.ready.row_of(ready[0]), 3).data()
        ),
        timeout=LIVE_MS,
    )
    select_ids(screen.ui.readyView, ready)
    assert screen.pinButton.isEnabled()
    screen.pinButton.click()
    dialog = screen.active_dialog
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=WAIT_MS)
    assert "approximati" in dialog.stateLabel.text().lower()
    assert dialog.map.pin() is not None and dialog.map.pin()[2]  # drawn as approximate
    dialog.place(48.8561, 2.3702)  # a click on the map
    assert dialog.saveButton.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.saveButton.click()
    assert dialog.result_value.source.value == "manual"
    qtbot.waitUntil(lambda: "placée" in screen.ui.messageLabel.text(), timeout=WAIT_MS)
    manager = staff(demo, "responsable.bastille")
    with demo.engine.connect() as c:
        source, who = c.execute(
            text(
                "SELECT location_source, location_set_by_id FROM customer_addresses WHERE id = :a"
            ),
            {"a": address_id},
        ).one()
    assert (source, who) == ("manual", manager.user_id)
    assert not alerts_log


def test_the_drivers_view_shows_the_map_and_the_doors_on_a_phone_sized_window(
    qtbot, monkeypatch, desk, demo, other_pc, public, tmp_path, alerts_log
):
    use_public(monkeypatch, desk, public, tmp_path, other_pc)
    ready = ready_deliveries(other_pc, 3)
    manager = staff(other_pc, "responsable.bastille")
    driver = staff(other_pc, "livreur.bastille")
    with demo.engine.begin() as c:
        c.execute(
            text(
                "UPDATE customer_addresses SET door_code = '4521B', floor = '3e gauche'"
                " WHERE id = (SELECT address_id FROM orders WHERE id = :o)"
            ),
            {"o": ready[0]},
        )
    deliveries.create_trip(other_pc, manager, driver.user_id, ready)
    window = signed_in(qtbot, desk, "livreur.bastille", DEMO_PASSWORDS[Role.DRIVER])
    window.resize(*SCREEN)
    window.show()
    screen = window.page("my_deliveries")
    qtbot.waitUntil(
        lambda: screen.trip is not None and screen.itinerary is not None, timeout=LIVE_MS
    )
    assert not screen.itinerary.estimate
    qtbot.waitUntil(lambda: tiles_drawn(screen.map), timeout=WAIT_MS)
    row = screen.stops.row_of(ready[0])
    first = screen.stops.rows[row]
    text_of_first = screen.stops.index(row, 2).data()
    assert "4521B" in text_of_first and "3e gauche" in text_of_first
    if first.phone:
        assert "☎ 0" in text_of_first and " " in text_of_first.split("☎ ")[1][:5]
    window.grab().save(str(shots_dir(tmp_path) / "itinerary-tiles.png"))
    window.hide()
    screen.setParent(None)  # the page alone, as on a phone held upright
    qtbot.addWidget(screen)
    screen.setFixedSize(430, 880)
    screen.show()
    qtbot.waitUntil(lambda: screen.ui.splitter.orientation().name == "Vertical", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.map.height() >= 300 and tiles_drawn(screen.map), timeout=WAIT_MS)
    assert screen.ui.stopsView.isColumnHidden(1) and not screen.ui.stopsView.isColumnHidden(2)
    qtbot.waitUntil(lambda: tiles_drawn(screen.map), timeout=WAIT_MS)
    assert "IGN" in screen.map.attribution_text()
    screen.grab().save(str(shots_dir(tmp_path) / "itinerary-phone.png"))
    assert not alerts_log


def test_an_ambiguous_address_is_chosen_among_the_candidates(
    qtbot, monkeypatch, desk, demo, other_pc, public, tmp_path, alerts_log
):
    use_public(monkeypatch, desk, public, tmp_path)
    ready = ready_deliveries(other_pc, 1)
    with demo.engine.begin() as c:  # the customer moved to "3 rue de la Paix" (two towns)
        address_id = c.execute(
            text("SELECT address_id FROM orders WHERE id = :o"), {"o": ready[0]}
        ).scalar()
        c.execute(
            text(
                "UPDATE customer_addresses SET street = '3 rue de la Paix', postcode = '75011',"
                " latitude = NULL, longitude = NULL WHERE id = :a"
            ),
            {"a": address_id},
        )
    window = signed_in(qtbot, desk, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
    window.show()
    window.show_screen("delivery_board")
    screen = window.page("delivery_board")
    qtbot.waitUntil(lambda: screen.ready.row_of(ready[0]) >= 0, timeout=LIVE_MS)
    select_ids(screen.ui.readyView, ready)
    screen.pinButton.click()
    dialog = screen.active_dialog
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=WAIT_MS)
    dialog.findButton.click()
    qtbot.waitUntil(lambda: dialog.candidatesList.count() == 2, timeout=WAIT_MS)
    assert dialog.candidatesList.isVisibleTo(dialog)
    assert "Plusieurs lieux" in dialog.messageLabel.text()
    montreuil = next(
        dialog.candidatesList.item(i)
        for i in range(2)
        if "Montreuil" in dialog.candidatesList.item(i).text()
    )
    dialog._candidate_chosen(montreuil)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.saveButton.click()
    assert dialog.result_value.source.value == "geoplateforme"
    with demo.engine.connect() as c:
        source, lat = c.execute(
            text("SELECT location_source, latitude FROM customer_addresses WHERE id = :a"),
            {"a": address_id},
        ).one()
    assert source == "geoplateforme" and lat == pytest.approx(48.86018)
    assert not alerts_log
