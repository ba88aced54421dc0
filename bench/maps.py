"""(g) Deliveries without a Google key: from "assign" to the route drawn, and the map's
repaint while panning.

1. The delivery board (offscreen) on an embedded demo database: a manager assigns the same
   three ready orders to the driver, the trip is routed and its route drawn on the map; the
   time runs from the click on "Assign" to the first paint of the map with the new
   itinerary. With the IGN itinerary service faked on 127.0.0.1 and answering after 300 ms
   (tests/fake_geoplateforme.py), beside the offline estimate (no service at all). The trip
   is taken apart after each run, so every run routes the same orders.
2. A 1366x768 map view panned 7 px at a time, each frame painted synchronously into an
   image: with 256 Plan-IGN-like tiles in memory (16 x 16 at zoom 15, decoded PNGs), beside
   the light grid alone (no tiles).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

RUNS = 7
FRAMES = 240
FAKE_DELAY_S = 0.3


def _wait(app, condition, timeout_s: float = 30.0) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not answer")
        app.processEvents()
        time.sleep(0.001)


def _assign_to_drawn(app, ctx, session, ready, driver_id) -> list[float]:
    from ocpizza_desk.gui.screens.delivery_board import DeliveryBoardScreen, select_ids
    from ocpizza_desk.gui.tasks import TaskRunner
    from ocpizza_desk.services import deliveries

    runner = TaskRunner()
    screen = DeliveryBoardScreen(ctx, session, runner)
    screen.resize(1366, 768)
    screen.show()
    _wait(app, lambda: screen.loaded and all(screen.ready.row_of(o) >= 0 for o in ready))
    painted = []
    screen.map.paintEvent = _counting(screen.map.paintEvent, painted)
    times = []
    for _ in range(RUNS):
        screen.ui.readyView.clearSelection()
        screen.ui.tripsView.clearSelection()
        _wait(app, lambda: screen.itinerary is None)
        select_ids(screen.ui.readyView, ready)
        screen.ui.driversView.selectRow(screen.drivers.row_of(driver_id))
        painted.clear()
        started = time.perf_counter()
        screen.assign()
        _wait(
            app,
            lambda: (
                screen.itinerary is not None
                and screen.map.itinerary() is screen.itinerary
                and painted
            ),
        )
        times.append(time.perf_counter() - started)
        trip = screen.selected_trip()
        deliveries.change_trip(
            ctx, session, trip.trip_id, trip.version, remove=[s.order_id for s in trip.stops]
        )
        _wait(app, lambda: not runner.busy)
        screen.reload()
        _wait(app, lambda: not runner.busy and screen.selected_trip() is None)
    screen.close()
    screen.deleteLater()
    return times


def _counting(paint, painted: list):
    def wrapper(event):
        paint(event)
        painted.append(time.perf_counter())

    return wrapper


def _pan_fps(app, with_tiles: bool) -> tuple[float, int]:
    from PySide6.QtGui import QImage

    from ocpizza_desk.domain import webmercator
    from ocpizza_desk.gui.widgets.map_view import MapView
    from ocpizza_desk.gui.widgets.tile_layer import TileLayer
    from ocpizza_desk.integrations.maps.tiles import TileProvider
    from tests.fake_geoplateforme import render_tile
    from tests.gui.test_map_view import itinerary

    view = MapView()
    view.resize(1366, 768)
    view.set_itinerary(itinerary())
    view.set_view(48.8560, 2.3690, 15.0)
    if with_tiles:
        layer = TileLayer(TileProvider([]), view)
        layer.attribution = "Plan IGN © IGN"
        view.tiles = layer
        cx, cy = webmercator.to_world(48.8560, 2.3690, 15)
        tx, ty = int(cx // 256), int(cy // 256)
        for x in range(tx - 8, tx + 8):
            for y in range(ty - 8, ty + 8):
                layer.put(15, x, y, QImage.fromData(render_tile(15, x, y)))
        assert len(layer._images) == 256
    frame = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    view.render(frame)  # warm up
    started = time.perf_counter()
    for n in range(FRAMES):
        view.pan_by(7 if (n // 60) % 2 == 0 else -7, 3 if (n // 30) % 2 == 0 else -3)
        view.render(frame)
    elapsed = time.perf_counter() - started
    drawn = view.drew_tiles
    view.deleteLater()
    app.processEvents()
    return FRAMES / elapsed, drawn


def run() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ocpizza_desk.config import DatabaseConfig, MapsConfig, sqlite_url
    from ocpizza_desk.db import schema
    from ocpizza_desk.domain.demo import DEMO_PASSWORDS
    from ocpizza_desk.gui.app import make_application
    from ocpizza_desk.gui.screenshots import ready_deliveries
    from ocpizza_desk.ops.seed import seed_demo
    from ocpizza_desk.services import auth
    from ocpizza_desk.services.context import ServiceContext
    from ocpizza_desk.services.maps_setup import configure_maps
    from tests.fake_geoplateforme import FakeGeoplateforme

    app = make_application()
    folder = tempfile.TemporaryDirectory(prefix="ocpizza-bench-maps-")
    fake = FakeGeoplateforme().start()
    fake.delay_s = FAKE_DELAY_S
    try:
        config = DatabaseConfig(url=sqlite_url(Path(folder.name) / "demo.sqlite3"), source="bench")
        ctx = ServiceContext(config)
        schema.upgrade(ctx.engine)
        seed_demo(ctx.engine, orders=300)
        from ocpizza_desk.domain.enums import Role

        manager = auth.sign_in(ctx, "responsable.bastille", DEMO_PASSWORDS[Role.MANAGER])
        driver = auth.sign_in(ctx, "livreur.bastille", DEMO_PASSWORDS[Role.DRIVER])
        ready = ready_deliveries(ctx, 3)
        configure_maps(ctx, MapsConfig(geoplateforme_url=fake.url))
        public = _assign_to_drawn(app, ctx, manager, ready, driver.user_id)
        routed = sum(1 for r in fake.requests if r.startswith("/navigation/itineraire"))
        configure_maps(ctx, MapsConfig(public=False))
        offline = _assign_to_drawn(app, ctx, manager, ready, driver.user_id)
        ctx.close()
        tiles_fps, tiles_drawn = _pan_fps(app, True)
        grid_fps, _ = _pan_fps(app, False)
    finally:
        fake.stop()
        folder.cleanup()

    def ms(values: list[float]) -> str:
        ordered = sorted(values)
        return (
            f"median {statistics.median(ordered) * 1000:.0f} ms, worst {ordered[-1] * 1000:.0f} ms"
        )

    return "\n".join(
        [
            "## (g) Deliveries without a Google key: assign to route drawn, map panning",
            "",
            f"Embedded SQLite demo database, offscreen Qt, {RUNS} runs each. The IGN itinerary "
            f"service is the local fake answering after {FAKE_DELAY_S * 1000:.0f} ms "
            f"({routed} itinerary requests for {RUNS} assignments of the same 3 orders); the "
            'time runs from "Assign" to the first paint of the map with the trip.',
            "",
            "| measure | value | baseline (same run) |",
            "|---|---|---|",
            f"| assign to route drawn, Géoplateforme itinerary (300 ms) | {ms(public)} | "
            f"offline estimate: {ms(offline)} |",
            f"| 1366x768 map panned, frames per second, {tiles_drawn} of 256 tiles in memory "
            f"drawn per frame | {tiles_fps:.0f} fps | the grid alone: {grid_fps:.0f} fps |",
            "",
        ]
    )
