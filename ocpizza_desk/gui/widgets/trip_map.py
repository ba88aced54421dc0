"""A trip's map and itinerary panel, as the delivery board and the driver view both show them.

The itinerary is read off the Qt thread (`services.deliveries.itinerary`); an answer for a trip
no longer shown is dropped. The map draws it over the tiles of the configured source
(`ctx.tiles`: Google's map with a key, Plan IGN without, through the disk cache; none offline
and never seen: the light grid). The tile layer has its own few threads, so a slow tile server
never holds a database call.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtWidgets import QLayout, QWidget

from ocpizza_desk.gui.tasks import TaskRunner
from ocpizza_desk.gui.widgets.itinerary_panel import ItineraryPanel, scrolling
from ocpizza_desk.gui.widgets.map_view import MapView
from ocpizza_desk.services import deliveries
from ocpizza_desk.services.itineraries import Itinerary


class TripMap:
    def __init__(
        self,
        screen: QWidget,
        ctx,
        session,
        runner: TaskRunner,
        map_layout: QLayout,
        panel_layout: QLayout,
        on_failure: Callable[[BaseException], None],
    ) -> None:
        self.screen, self.ctx, self.session, self.runner = screen, ctx, session, runner
        self._on_failure = on_failure
        self.map = MapView()
        self.map.use_tiles(getattr(ctx, "tiles", None))
        map_layout.addWidget(self.map)
        self.panel = ItineraryPanel()
        # A long list of steps scrolls inside its column instead of stretching the page.
        panel_layout.addWidget(scrolling(self.panel))
        self.itinerary: Itinerary | None = None
        self._key: Hashable | None = None

    def show(self, key: Hashable | None, trip_id: int | None) -> None:
        """Shows the trip; `key` says when it changed (e.g. its version), so an unchanged
        trip is not read again at every live refresh."""
        if key == self._key:
            return
        self._key = key
        if trip_id is None:
            self._set(None)
            return
        self.runner.run(
            lambda: deliveries.itinerary(self.ctx, self.session, trip_id),
            lambda itinerary, key=key: self._loaded(key, itinerary),
            self._on_failure,
            owner=self.screen,
        )

    def _loaded(self, key: Hashable, itinerary: Itinerary) -> None:
        if key != self._key:
            return  # another trip was chosen meanwhile
        self._set(itinerary)

    def _set(self, itinerary: Itinerary | None) -> None:
        self.itinerary = itinerary
        self.map.set_itinerary(itinerary)
        self.panel.set_itinerary(itinerary)
