"""One delivery trip drawn on a map: route, store, numbered stops, scale, and a street map
under them when Google can provide one.

The view fits the itinerary at an integer Web Mercator zoom (domain/webmercator.py) and draws
everything itself with QPainter, so it works the same with no key and no network ("vector
route alone": a light background with a faint grid). The street map is optional and fetched
by the embedding screen, never by the view (the Qt thread never waits on the network):

    view.backdrop_wanted.connect(fetch)   # (width, height): the view changed, an image helps
    def fetch(*_):
        request = view.backdrop_request()  # (center_lat, center_lng, zoom, width, height)
        if request:                        # then on a worker:
            runner.run(lambda: static_maps.backdrop(ctx, *request, itinerary),
                       lambda png: view.set_backdrop(png, request), ...)

`set_backdrop(data, request)` places the image where that request's center/zoom/size fall in
the current view, so an image that arrives after a resize is still drawn at the right place
(scaled), and one for a previous itinerary is never shown (set_itinerary drops it). A Static
Maps image at scale=2 (or asked at half size one zoom out, see integrations/maps/static.py)
simply has more pixels than the rect it is drawn into.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ocpizza_desk.domain import webmercator
from ocpizza_desk.services.itineraries import Itinerary

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

BackdropRequest = tuple[float, float, int, int, int]  # center lat, lng, zoom, width, height

ROUTE = QColor("#1a73e8")
CASING = QColor("#ffffff")
STORE = QColor("#c0392b")
STOP = QColor("#202124")
BACKGROUND = QColor("#f4f5f7")
GRID = QColor("#e4e7eb")
INK = QColor("#2b2b2b")
MUTED = QColor("#6b6b6b")
BADGE_FILL = QColor("#fff4e0")
BADGE_BORDER = QColor("#e08a00")
BADGE_INK = QColor("#8a4f00")
PADDING = 32  # px kept free around the trip: markers stay inside (labels flip sides)
MAX_ZOOM = 17  # a single street already fills the view at 17
GRID_STEP = 64
ROUTE_WIDTH = 5.0
CASING_WIDTH = 9.0
STOP_RADIUS = 12.0
STORE_SIZE = 26.0
DEBOUNCE_MS = 250


class MapView(QWidget):
    backdrop_wanted = Signal(int, int)  # the view's width, height: ask backdrop_request()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)
        self._itinerary: Itinerary | None = None
        self._view: tuple[float, float, int] | None = None  # center lat, lng, zoom
        self._fitted_size: tuple[int, int] | None = None
        self._backdrop: QImage | None = None
        self._backdrop_for: BackdropRequest | None = None
        self._announced: BackdropRequest | None = None
        self._issued: set[BackdropRequest] = set()  # requests handed out for this itinerary
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._announce)

    def sizeHint(self) -> QSize:
        return QSize(640, 420)

    # -- what the screens call ------------------------------------------------------------

    def set_itinerary(self, itinerary: Itinerary | None) -> None:
        """Shows a trip (None: the empty state). Drops the street map of the previous one."""
        self._itinerary = itinerary
        self._backdrop = None
        self._backdrop_for = None
        self._announced = None
        self._issued.clear()
        self._refit()
        self.update()

    def itinerary(self) -> Itinerary | None:
        return self._itinerary

    def set_backdrop(self, data: bytes | None, request: BackdropRequest | None = None) -> None:
        """A PNG/JPEG for `request` (default: the current backdrop_request()); None removes it.
        Bytes that are not an image are ignored: the vector route stays. An image for a
        request made before the last set_itinerary() is dropped (a late answer for the
        previous trip)."""
        request = request or self.backdrop_request()
        if request is not None and request not in self._issued:
            return  # asked for another itinerary: its path is not this one
        if not data or request is None or self._itinerary is None:
            self._backdrop = None
            self._backdrop_for = None
            self.update()
            return
        image = QImage.fromData(data)
        if image.isNull():
            log.info("static map image unreadable, ignored")
            self._backdrop = None
            self._backdrop_for = None
        else:
            self._backdrop = image
            self._backdrop_for = request
        self.update()

    def has_backdrop(self) -> bool:
        return self._backdrop is not None

    def backdrop_request(self) -> BackdropRequest | None:
        """What a street map image must cover to sit exactly under the current drawing."""
        request = self._current_request()
        if request is not None:
            self._issued.add(request)
        return request

    def _current_request(self) -> BackdropRequest | None:
        self._ensure_fit()
        if self._view is None:
            return None
        lat, lng, zoom = self._view
        return (lat, lng, zoom, max(1, self.width()), max(1, self.height()))

    def view(self) -> tuple[float, float, int] | None:
        """(center lat, center lng, integer zoom) of the current drawing; None when empty."""
        self._ensure_fit()
        return self._view

    def project(self, lat: float, lng: float) -> QPointF:
        """Where a point is drawn in widget coordinates (only meaningful with an itinerary)."""
        self._ensure_fit()
        if self._view is None:
            return QPointF(self.width() / 2, self.height() / 2)
        lat0, lng0, zoom = self._view
        x, y = webmercator.to_pixel(lat, lng, (lat0, lng0), zoom, self.width(), self.height())
        return QPointF(x, y)

    def badge_text(self) -> str:
        """The label in the corner: "Estimation" for an offline estimate, else ""."""
        if self._itinerary is not None and self._itinerary.estimate:
            return translate("MapView", "Estimate")
        return ""

    def empty_text(self) -> str:
        return translate("MapView", "No itinerary to show")

    def attribution_text(self) -> str:
        return translate("MapView", "Map data © Google") if self._backdrop is not None else ""

    # -- Qt -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._ensure_fit()
            self._paint(painter)
        finally:
            painter.end()

    # -- drawing --------------------------------------------------------------------------

    def _ensure_fit(self) -> None:
        """A hidden widget gets its resize event only when shown: refit on first use too."""
        if self._fitted_size != (self.width(), self.height()):
            self._refit()

    def _refit(self) -> None:
        it = self._itinerary
        self._fitted_size = (self.width(), self.height())
        if it is None:
            self._view = None
            self._debounce.stop()
            return
        points = [(p.lat, p.lng) for p in it.points]
        lat, lng, zoom = webmercator.fit(
            points, self.width(), self.height(), PADDING, max_zoom=MAX_ZOOM
        )
        self._view = (lat, lng, zoom)
        if self._current_request() != self._announced:
            self._debounce.start()

    def _announce(self) -> None:
        request = self._current_request()
        if request is None or request == self._announced:
            return
        self._announced = request
        self.backdrop_wanted.emit(request[3], request[4])

    def _font(self, pixels: int, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(bold)
        return font

    def _paint(self, p: QPainter) -> None:
        rect = QRectF(self.rect())
        p.fillRect(rect, BACKGROUND)
        if self._backdrop is not None and self._backdrop_for is not None:
            self._paint_backdrop(p)
        else:
            self._paint_grid(p)
        p.setPen(QPen(QColor("#d5d9de"), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        it = self._itinerary
        if it is None or self._view is None:
            p.setPen(MUTED)
            p.setFont(self._font(15))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text())
            return
        self._paint_route(p, it)
        for stop in reversed(it.stops):  # stop 1 on top where markers overlap
            self._paint_stop(p, self.project(stop.lat, stop.lng), stop.label)
        self._paint_store(p, self.project(it.store.lat, it.store.lng), it.store.title)
        self._paint_scale(p)
        if self.badge_text():
            self._paint_badge(p, self.badge_text())
        if self._backdrop is not None:
            self._paint_attribution(p)

    def _paint_backdrop(self, p: QPainter) -> None:
        lat, lng, zoom, width, height = self._backdrop_for  # type: ignore[misc]
        factor = 2.0 ** (self._view[2] - zoom) if self._view else 1.0
        center = self.project(lat, lng)
        w, h = width * factor, height * factor
        target = QRectF(center.x() - w / 2, center.y() - h / 2, w, h)
        p.drawImage(target, self._backdrop)  # type: ignore[arg-type]

    def _paint_grid(self, p: QPainter) -> None:
        """A faint grid that moves with the map (aligned to world pixels), like graph paper."""
        w, h = self.width(), self.height()
        if self._view is not None:
            lat, lng, zoom = self._view
            cx, cy = webmercator.to_world(lat, lng, zoom)
            ox, oy = (w / 2 - cx) % GRID_STEP, (h / 2 - cy) % GRID_STEP
        else:
            ox = oy = 0.0
        p.setPen(QPen(GRID, 1))
        x = ox
        while x < w:
            p.drawLine(QPointF(round(x) + 0.5, 0), QPointF(round(x) + 0.5, h))
            x += GRID_STEP
        y = oy
        while y < h:
            p.drawLine(QPointF(0, round(y) + 0.5), QPointF(w, round(y) + 0.5))
            y += GRID_STEP

    def _paint_route(self, p: QPainter, it: Itinerary) -> None:
        points = [self.project(pt.lat, pt.lng) for pt in it.path]
        if len(points) < 2:
            return
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        p.setBrush(Qt.BrushStyle.NoBrush)
        casing = QPen(CASING, CASING_WIDTH)
        casing.setCapStyle(Qt.PenCapStyle.RoundCap)
        casing.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(casing)
        p.drawPath(path)
        line = QPen(ROUTE, ROUTE_WIDTH)
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if it.estimate:  # straight lines between stops, not roads: say so by the look too
            line.setDashPattern([2.4, 1.6])
            line.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(line)
        p.drawPath(path)

    def _shadow(self, p: QPainter, shape: QPainterPath) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(0, 0, 0, 60))
        p.drawPath(shape.translated(0, 1.5))

    def _paint_stop(self, p: QPainter, at: QPointF, label: str) -> None:
        circle = QPainterPath()
        circle.addEllipse(at, STOP_RADIUS, STOP_RADIUS)
        self._shadow(p, circle)
        p.setPen(QPen(CASING, 2.5))
        p.setBrush(STOP)
        p.drawPath(circle)
        p.setPen(CASING)
        p.setFont(self._font(13 if len(label) < 2 else 11, bold=True))
        box = QRectF(at.x() - STOP_RADIUS, at.y() - STOP_RADIUS, 2 * STOP_RADIUS, 2 * STOP_RADIUS)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_store(self, p: QPainter, at: QPointF, title: str) -> None:
        half = STORE_SIZE / 2
        square = QPainterPath()
        square.addRoundedRect(QRectF(at.x() - half, at.y() - half, STORE_SIZE, STORE_SIZE), 6, 6)
        self._shadow(p, square)
        p.setPen(QPen(CASING, 2.5))
        p.setBrush(STORE)
        p.drawPath(square)
        # a small white house: the store the trip leaves from
        house = QPainterPath()
        x, y = at.x(), at.y()
        house.moveTo(x - 7, y - 0.5)
        house.lineTo(x, y - 7.5)
        house.lineTo(x + 7, y - 0.5)
        house.lineTo(x + 5, y - 0.5)
        house.lineTo(x + 5, y + 6.5)
        house.lineTo(x - 5, y + 6.5)
        house.lineTo(x - 5, y - 0.5)
        house.closeSubpath()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(CASING)
        p.drawPath(house)
        p.setBrush(STORE)
        p.drawRect(QRectF(x - 1.6, y + 2, 3.2, 4.5))
        if title:
            self._paint_pill(p, QPointF(at.x() + half + 6, at.y()), title)

    def _paint_pill(self, p: QPainter, left_middle: QPointF, text: str) -> None:
        """The store's name beside its marker, flipped to the left near the right edge."""
        font = self._font(12, bold=True)
        metrics = QFontMetricsF(font)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, 180)
        w, h = metrics.horizontalAdvance(text) + 14, metrics.height() + 6
        x = left_middle.x()
        if x + w > self.width() - 4:
            x = left_middle.x() - STORE_SIZE - 12 - w
        x = max(4.0, x)
        y = min(max(4.0, left_middle.y() - h / 2), self.height() - h - 4)
        box = QRectF(x, y, w, h)
        p.setPen(QPen(QColor(0, 0, 0, 40), 1))
        p.setBrush(QColor(255, 255, 255, 235))
        p.drawRoundedRect(box, h / 2, h / 2)
        p.setPen(STORE)
        p.setFont(font)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_scale(self, p: QPainter) -> None:
        if self._view is None:
            return
        lat, _lng, zoom = self._view
        metres, length = webmercator.nice_scale(webmercator.metres_per_pixel(lat, zoom), 110)
        if metres <= 0:
            return
        text = (
            f"{metres // 1000} km"
            if metres >= 1000 and metres % 1000 == 0
            else f"{metres / 1000:g} km".replace(".", ",")
            if metres >= 1000
            else f"{metres} m"
        )
        font = self._font(11, bold=True)
        metrics = QFontMetricsF(font)
        # above Google's logo strip when a street map is shown
        bottom = self.height() - (30 if self._backdrop is not None else 12)
        left = 12.0
        box = QRectF(left - 6, bottom - 26, length + 12 + metrics.horizontalAdvance(text) + 10, 30)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 210))
        p.drawRoundedRect(box, 4, 4)
        y = bottom - 6
        pen = QPen(INK, 2)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawLine(QPointF(left, y), QPointF(left + length, y))
        p.drawLine(QPointF(left, y - 6), QPointF(left, y + 1))
        p.drawLine(QPointF(left + length, y - 6), QPointF(left + length, y + 1))
        p.setFont(font)
        p.drawText(
            QRectF(left + length + 6, bottom - 26, metrics.horizontalAdvance(text) + 8, 30),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            text,
        )

    def _paint_badge(self, p: QPainter, text: str) -> None:
        font = self._font(12, bold=True)
        metrics = QFontMetricsF(font)
        box = QRectF(10, 10, metrics.horizontalAdvance(text) + 20, metrics.height() + 8)
        p.setPen(QPen(BADGE_BORDER, 1.5))
        p.setBrush(BADGE_FILL)
        p.drawRoundedRect(box, 5, 5)
        p.setPen(BADGE_INK)
        p.setFont(font)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def badge_rect(self) -> QRectF:
        """Where the estimate badge is drawn (tests look at its pixels)."""
        metrics = QFontMetricsF(self._font(12, bold=True))
        text = self.badge_text()
        return QRectF(10, 10, metrics.horizontalAdvance(text) + 20, metrics.height() + 8)

    def _paint_attribution(self, p: QPainter) -> None:
        text = self.attribution_text()
        font = self._font(10)
        metrics = QFontMetricsF(font)
        w, h = metrics.horizontalAdvance(text) + 10, metrics.height() + 4
        box = QRectF(self.width() - w - 6, 6, w, h)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 200))
        p.drawRoundedRect(box, 3, 3)
        p.setPen(MUTED)
        p.setFont(font)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
