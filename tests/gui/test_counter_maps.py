"""The counter with maps: the advised store shows for a delivery (offline estimate by default),
and with a Google that fails on every call a delivery order is still placed through the
screen, the advice showing the estimate's notice. No network: `responses` answers every URL.
On SQLite and MariaDB.

The time from the validate key to the order saved is printed (not asserted: no wall-clock
limits in tests) for the lead's note: `pytest -s tests/gui/test_counter_maps.py`.
"""

from __future__ import annotations

import json
import re
import threading
import time

import pytest
import responses
from PySide6.QtCore import Qt
from sqlalchemy import text

from ocpizza_desk.config import MapsConfig
from ocpizza_desk.domain.enums import OrderMode
from ocpizza_desk.integrations.maps.routes_api import MATRIX_URL
from ocpizza_desk.services import orders
from ocpizza_desk.services.maps_setup import configure_maps
from tests.gui.driving import WAIT_MS, on_this_pcs_context
from tests.gui.test_counter import NEW_PHONE, add_product, counter_window, type_into
from tests.helpers import staff

KEY = "AIzaSy-counter-test-key-0123456789abcd"
ANY_URL = re.compile(r"https?://.*")
CTRL = Qt.KeyboardModifier.ControlModifier


def customer_of(demo) -> tuple[str, int]:
    """A demo customer's phone (as typed) and their first address, which has coordinates."""
    with demo.engine.connect() as c:
        phone, address_id, lat = c.execute(
            text(
                "SELECT c.phone_e164, a.id, a.latitude FROM customers c"
                " JOIN customer_addresses a ON a.customer_id = c.id"
                " WHERE a.archived = :no AND c.phone_e164 LIKE '+33%'"
                " AND a.id = (SELECT MIN(b.id) FROM customer_addresses b"
                "             WHERE b.customer_id = c.id AND b.archived = :no)"
                " ORDER BY c.id LIMIT 1"
            ),
            {"no": False},
        ).one()
    assert lat is not None  # the demo data works offline out of the box
    return "0" + phone[3:], address_id


def open_delivery(qtbot, desk, demo):
    window, screen = counter_window(qtbot, desk)
    ui = screen.ui
    phone, address_id = customer_of(demo)
    qtbot.keyClick(ui.menuSearchEdit, Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(ui.phoneEdit, phone)
    qtbot.waitUntil(lambda: screen.customer.card is not None, timeout=WAIT_MS)
    ui.deliveryRadio.click()
    assert ui.addressCombo.currentData() == address_id
    return window, screen, address_id


def advice_settled(screen) -> bool:
    advice = screen.advice
    return not advice.pending and (advice.result is not None or advice.error is not None)


def place(qtbot, screen) -> tuple[int, float]:
    started = time.perf_counter()
    with qtbot.waitSignal(screen.order_saved, timeout=WAIT_MS) as saved:
        qtbot.keyClick(screen.ui.cartView, Qt.Key.Key_Return, CTRL)
    return saved.args[0], time.perf_counter() - started


def test_the_advised_store_shows_for_a_delivery(qtbot, desk, demo, alerts_log, recorder):
    window, screen, address_id = open_delivery(qtbot, desk, demo)
    label = screen.ui.placementLabel
    qtbot.waitUntil(lambda: advice_settled(screen), timeout=WAIT_MS)
    assert label.isVisible()
    shown = label.text()
    assert "Restaurant conseillé :" in shown
    assert "(estimation)" in shown and "pas de clé Google Maps" in shown
    result = screen.advice.result
    assert result.estimate and result.recommended is not None
    assert len(result.options) >= 2  # every active store, ranked

    # the cart changes: the advice is asked again (debounced) with the cart
    add_product(qtbot, screen, "Regina")
    qtbot.waitUntil(
        lambda: advice_settled(screen) and len(screen.advice.asked[2]) == 1, timeout=WAIT_MS
    )
    assert "tout est disponible" in label.text()
    print("\n" + label.text())

    # take-away: no advice
    screen.ui.takeawayRadio.click()
    assert not label.isVisible()
    screen.ui.deliveryRadio.click()
    qtbot.waitUntil(lambda: label.isVisible() and advice_settled(screen), timeout=WAIT_MS)

    # in English (the recorder answers tr() in French: the service's sentences show it)
    from ocpizza_desk.gui import i18n

    i18n.install("en", remember=False)
    try:
        qtbot.waitUntil(lambda: "everything is available" in label.text(), timeout=WAIT_MS)
        assert "(estimate)" in label.text() and "no Google Maps key" in label.text()
    finally:
        i18n.install("fr", remember=False)
    qtbot.waitUntil(lambda: "tout est disponible" in label.text(), timeout=WAIT_MS)

    window.grab().save(str(_shot("counter_advice_offline.png")))
    order_id, seconds = place(qtbot, screen)
    print(f"\nplacing a delivery order, offline estimate: {seconds * 1000:.0f} ms")
    screen.advice.runner.wait_idle()
    detail = orders.detail(demo, staff(demo, "accueil.bastille"), order_id)
    assert detail.mode is OrderMode.DELIVERY and detail.address_id == address_id


@pytest.mark.parametrize("failure", ["http500", "network", "hanging"])
def test_an_order_completes_while_every_google_call_fails(
    qtbot, monkeypatch, desk, demo, alerts_log, recorder, failure
):
    """http500 / network: Google has already failed when the order is placed (the advice
    shows the estimate's notice). hanging: the order is placed while a call to Google is
    still waiting for an answer."""
    called, release = threading.Event(), threading.Event()

    def hang(_request):
        called.set()
        release.wait(WAIT_MS / 1000)
        raise ConnectionError("no answer")

    with responses.RequestsMock(assert_all_requests_are_fired=False) as google:
        for method in (responses.GET, responses.POST):
            if failure == "http500":
                google.add(method, ANY_URL, status=500, json={"error": {"status": "INTERNAL"}})
            elif failure == "network":
                google.add(method, ANY_URL, body=ConnectionError("network unreachable"))
            else:
                google.add_callback(method, ANY_URL, callback=hang)

        def google_maps(ctx):
            configure_maps(ctx, MapsConfig("routes", KEY, "test"))
            ctx.maps.provider._sleep = lambda _s: None  # the retry's pause: not measured here

        on_this_pcs_context(monkeypatch, desk, google_maps)
        try:
            window, screen, address_id = open_delivery(qtbot, desk, demo)
            add_product(qtbot, screen, "Regina")
            label = screen.ui.placementLabel
            if failure == "hanging":
                qtbot.waitUntil(called.is_set, timeout=WAIT_MS)
                assert screen.advice.pending
                assert "recherche" in label.text() or "Mise à jour" in label.text()
            else:
                qtbot.waitUntil(
                    lambda: advice_settled(screen) and len(screen.advice.asked[2]) == 1,
                    timeout=WAIT_MS,
                )
                shown = label.text()
                assert "(estimation)" in shown
                assert "Google Maps n&#x27;a pas répondu correctement" in shown
                assert screen.advice.result.notice.startswith("maps.api_failed")
                assert len(google.calls) >= 1  # Google was really asked, and failed

            window.grab().save(str(_shot(f"counter_advice_google_{failure}.png")))
            order_id, seconds = place(qtbot, screen)
            print(f"\nplacing a delivery order, Google {failure}: {seconds * 1000:.0f} ms")
            assert f"Commande {order_id} enregistrée" in screen.ui.messageLabel.text()
            assert not alerts_log
        finally:
            release.set()
            if desk.main_window is not None:
                desk.main_window.page("order_taking").advice.runner.wait_idle()
            # nothing may reach the network once the mock is gone
    detail = orders.detail(demo, staff(demo, "accueil.bastille"), order_id)
    assert detail.mode is OrderMode.DELIVERY and detail.address_id == address_id


def _shot(name: str):
    from pathlib import Path
    from tempfile import gettempdir

    return Path(gettempdir()) / name


def test_a_new_address_is_located_after_saving_then_advised(
    qtbot, monkeypatch, desk, demo, alerts_log, recorder
):
    """Saving never waits for Google; the address gets its coordinates in the background,
    and the advice follows with Google's times."""

    def matrix(request):
        origins = json.loads(request.body)["origins"]
        body = [
            {
                "originIndex": i,
                "destinationIndex": 0,
                "status": {},
                "distanceMeters": 1000 + 100 * i,
                "duration": f"{300 + 60 * i}s",
                "condition": "ROUTE_EXISTS",
            }
            for i in range(len(origins))
        ]
        return 200, {}, json.dumps(body)

    with responses.RequestsMock(assert_all_requests_are_fired=False) as google:
        google.add(
            responses.GET,
            re.compile(r"https://maps\.googleapis\.com/maps/api/geocode/json.*"),
            json={
                "results": [
                    {
                        "formatted_address": "14 Rue de la Roquette, 75011 Paris, France",
                        "geometry": {"location": {"lat": 48.8534, "lng": 2.3712}},
                        "place_id": "ChIJ4a5Xk2xt5kcR",
                    }
                ],
                "status": "OK",
            },
        )
        google.add_callback(responses.POST, MATRIX_URL, callback=matrix)
        on_this_pcs_context(
            monkeypatch, desk, lambda ctx: configure_maps(ctx, MapsConfig("routes", KEY, "test"))
        )
        try:
            _window, screen = counter_window(qtbot, desk)
            ui = screen.ui
            qtbot.keyClick(ui.menuSearchEdit, Qt.Key.Key_L, CTRL)
            qtbot.keyClicks(ui.phoneEdit, NEW_PHONE)
            qtbot.waitUntil(lambda: ui.newCustomerFrame.isVisible(), timeout=WAIT_MS)
            ui.deliveryRadio.click()
            assert "une fois l&#x27;adresse enregistrée" in ui.placementLabel.text()
            type_into(qtbot, ui.firstNameEdit, "Ines")
            type_into(qtbot, ui.lastNameEdit, "Testard")
            type_into(qtbot, ui.streetEdit, "14 rue de la Roquette")
            type_into(qtbot, ui.postcodeEdit, "75011")
            assert not google.calls  # typing asks Google nothing
            qtbot.keyClick(ui.postcodeEdit, Qt.Key.Key_S, CTRL)
            qtbot.waitUntil(
                lambda: (
                    advice_settled(screen)
                    and screen.advice.result is not None
                    and screen.advice.result.located
                ),
                timeout=WAIT_MS,
            )
            result = screen.advice.result
            assert not result.estimate and result.notice is None
            assert result.recommended is not None and result.options[0].duration_s == 300
            shown = ui.placementLabel.text()
            assert "Restaurant conseillé" in shown and "(estimation)" not in shown
            address_id = ui.addressCombo.currentData()
            with demo.engine.connect() as c:
                located = c.execute(
                    text("SELECT latitude, longitude FROM customer_addresses WHERE id = :i"),
                    {"i": address_id},
                ).one()
            assert tuple(located) == (48.8534, 2.3712)
            add_product(qtbot, screen, "Regina")
            order_id, _seconds = place(qtbot, screen)
        finally:
            if desk.main_window is not None:
                desk.main_window.page("order_taking").advice.runner.wait_idle()
    assert orders.detail(demo, staff(demo, "accueil.bastille"), order_id).address_id == address_id


def test_the_customer_cards_map_button_places_the_address_by_hand(qtbot, desk, demo, alerts_log):
    """On the phone, the clerk moves the caller's address to where they say it is: the click
    on the map is saved as a manual location, with who placed it."""
    _window, screen, address_id = open_delivery(qtbot, desk, demo)
    pin = screen.customer.pin
    assert pin.button.isVisible() and pin.button.isEnabled()
    assert pin.button.text() == "Plan…"
    with qtbot.waitSignal(pin.placed, timeout=WAIT_MS) as placed:
        pin.button.click()
        dialog = pin.dialog
        qtbot.waitUntil(lambda: dialog.view is not None, timeout=WAIT_MS)
        dialog.place(48.8530, 2.3690)  # a click on the map
        assert dialog.saveButton.isEnabled()
        dialog.saveButton.click()
    assert placed.args == [address_id]
    with demo.engine.connect() as c:
        source, who, lat = c.execute(
            text(
                "SELECT location_source, location_set_by_id, latitude"
                " FROM customer_addresses WHERE id = :a"
            ),
            {"a": address_id},
        ).one()
    clerk = staff(demo, "accueil.bastille")
    assert (source, who) == ("manual", clerk.user_id)
    assert float(lat) == pytest.approx(48.8530, abs=1e-4)
    assert not alerts_log
