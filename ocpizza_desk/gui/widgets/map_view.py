"""A real map: tiles under a trip's route, store and numbered stops, with pan and zoom.

The view draws everything itself with QPainter over the tiles of a `TileLayer` (Plan IGN by
default, Google's with a key, any XYZ source; gui/widgets/tile_layer.py fetches them off the
Qt thread, through the disk cache). Where a tile is not there (offline and never seen, or still
on its way) a coarser tile already in memory is stretched over the spot, else the light grid
shows through: the route, the markers and the scale are always drawn.

It opens fitted to the trip at an integer zoom (sharp tiles); the mouse wheel zooms around the
cursor, a drag pans, a touch screen pans with one finger and pinches with two; "+"/"−", "fit
the trip" and "centre on the store" buttons sit in the top-right corner (keys: + - and the
arrows too). Once the user moved the map, a resize keeps the centre instead of fitting again.
The source's attribution is always written in the bottom-right corner while tiles are drawn.

Markers never hide each other: stops too close to each other or to the store are fanned out
around their spot with a thin leader line to the real point, stop 1 is drawn last (on top),
and the store's name goes on whichever side is free. A stop located only by its postcode gets
a dashed orange ring and "≈". In pin mode (the "place on the map" dialog) a click that is not
a drag emits `location_clicked(lat, lng)`, and `set_pin` shows the chosen point.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from ocpizza_desk.domain import webmercator
from ocpizza_desk.gui import style
from ocpizza_desk.gui.widgets.tile_layer import TileLayer
from ocpizza_desk.services.itineraries import Itinerary

translate = QCoreApplication.translate

ROUTE = QColor(style.MAP_ROUTE)
CASING = QColor(style.MAP_CASING)
STORE = QColor(style.MAP_STORE)
STOP = QColor(style.MAP_STOP)
PIN = QColor(style.MAP_PIN)
APPROX = QColor(style.MAP_APPROXIMATE)
BACKGROUND = QColor(style.MAP_BACKGROUND)
GRID = QColor(style.MAP_GRID)
INK = QColor(style.INK)
MUTED = QColor(style.MUTED)
BADGE_FILL = QColor(style.MAP_BADGE_FILL)
BADGE_BORDER = QColor(style.MAP_BADGE_BORDER)
BADGE_INK = QColor(style.MAP_BADGE_INK)
PADDING = 44  # px kept free around the trip when fitting: markers and buttons stay clear
FIT_MAX_ZOOM = 17  # a single street already fills the view at 17
MIN_ZOOM, MAX_ZOOM = 3.0, 19.0
TILE = webmercator.TILE_SIZE
GRID_STEP = 64
ROUTE_WIDTH = 5.0
CASING_WIDTH = 9.0
STOP_RADIUS = 12.0
STORE_SIZE = 26.0
GAP = 3.0
WHEEL_STEP = 0.5  # zoom levels per notch
DRAG_THRESHOLD = 5.0  # px: less than this between press and release is a click
BUTTON = 44  # a fingertip (touch screens: the driver's phone or tablet)


# --------------------------------------------------------------------------- layout (pure)


def spread_markers(
    points: list[tuple[float, float]],
    radius: float,
    obstacle: tuple[float, float] | None = None,
    obstacle_half: float = 0.0,
) -> list[tuple[float, float]]:
    """Screen positions for round markers of `radius` at `points` so that none overlaps
    another nor the obstacle (the store's square): each group of markers that touch is fanned
    out on a circle around its middle, or around the obstacle it touches. Order is kept."""
    placed = list(points)
    if not placed:
        return placed
    clear = 2 * radius + GAP
    store_clear = radius + obstacle_half * math.sqrt(2) + GAP
    for _round in range(4):
        groups = _touching(placed, clear)
        moved = False
        for group in groups:
            near_store = obstacle is not None and any(
                math.dist(placed[i], obstacle) < store_clear for i in group
            )
            if len(group) == 1 and not near_store:
                continue
            k = len(group)
            ring = clear / (2 * math.sin(math.pi / k)) if k > 1 else 0.0
            middle = (
                sum(placed[i][0] for i in group) / k,
                sum(placed[i][1] for i in group) / k,
            )
            start = -math.pi / 2  # the first one above, then clockwise
            centre = middle
            if near_store:
                centre = obstacle
                ring = max(ring, store_clear + 1)
                if math.dist(middle, obstacle) > 0.5:  # pushed away on the side they are
                    start = math.atan2(middle[1] - obstacle[1], middle[0] - obstacle[0])
            for n, i in enumerate(sorted(group)):
                angle = start + 2 * math.pi * n / k
                target = (centre[0] + ring * math.cos(angle), centre[1] + ring * math.sin(angle))
                if math.dist(target, placed[i]) > 0.5:
                    moved = True
                placed[i] = target
        if not moved:
            break
    return placed


def _touching(points: list[tuple[float, float]], clear: float) -> list[list[int]]:
    parent = list(range(len(points)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(points)):
        for j in range(i + 1, len(points)):
            if math.dist(points[i], points[j]) < clear - 0.01:
                parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(points)):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def place_label(
    anchor: QRectF, size: tuple[float, float], obstacles: list[QRectF], bounds: QRectF
) -> QRectF:
    """A label box beside `anchor` (right, left, above, below) that overlaps no obstacle and
    stays in `bounds`; the least crowded side when every side is taken."""
    w, h = size
    cx, cy = anchor.center().x(), anchor.center().y()
    candidates = [
        QRectF(anchor.right() + 6, cy - h / 2, w, h),
        QRectF(anchor.left() - 6 - w, cy - h / 2, w, h),
        QRectF(cx - w / 2, anchor.top() - 6 - h, w, h),
        QRectF(cx - w / 2, anchor.bottom() + 6, w, h),
    ]

    def cost(box: QRectF) -> int:
        hits = sum(1 for o in obstacles if box.intersects(o))
        return hits + (0 if bounds.contains(box) else 10)

    best = min(candidates, key=cost)
    # keep it on screen
    x = min(max(bounds.left() + 4, best.left()), bounds.right() - w - 4)
    y = min(max(bounds.top() + 4, best.top()), bounds.bottom() - h - 4)
    return QRectF(x, y, w, h)


# --------------------------------------------------------------------------- the view


class MapView(QWidget):
    location_clicked = Signal(float, float)  # pin mode: where the user clicked (lat, lng)

    def __init__(self, parent: QWidget | None = None, tiles: TileLayer | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.tiles = tiles or TileLayer(None, self)
        self.tiles.tile_ready.connect(self.update)
        self._itinerary: Itinerary | None = None
        self._store: tuple[float, float, str] | None = None  # lat, lng, name (no itinerary)
        self._pin: tuple[float, float, bool] | None = None  # lat, lng, approximate
        self._pin_mode = False
        self._center: tuple[float, float] | None = None  # world px at zoom 0
        self._zoom = 12.0
        self._follow = True  # fitted to the trip until the user moves the map
        self._press: QPointF | None = None
        self._last: QPointF | None = None
        self._dragged = False
        self._touch_last: list[QPointF] = []
        self.drew_tiles = 0  # tiles drawn by the last paint (tests, benchmarks)
        self._buttons: list[QToolButton] = []
        for name, slot in (
            ("zoomInButton", lambda: self.zoom_by(1.0)),
            ("zoomOutButton", lambda: self.zoom_by(-1.0)),
            ("fitButton", self.fit_trip),
            ("storeButton", self.centre_on_store),
        ):
            button = QToolButton(self)
            button.setObjectName(name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCursor(Qt.CursorShape.ArrowCursor)
            button.setFixedSize(BUTTON, BUTTON)
            button.setStyleSheet(
                f"QToolButton {{ background: {style.MAP_BUTTON_FILL};"
                f" border: 1px solid {style.MAP_BUTTON_BORDER}; border-radius: 4px;"
                f" font-weight: 700; font-size: 18px; color: {style.INK}; }}"
                f" QToolButton:hover {{ background: {style.MAP_BUTTON_HOVER}; }}"
            )
            button.clicked.connect(slot)
            self._buttons.append(button)
        self.zoomInButton, self.zoomOutButton, self.fitButton, self.storeButton = self._buttons
        self._retranslate()

    def sizeHint(self) -> QSize:
        return QSize(640, 420)

    def use_tiles(self, provider) -> TileLayer:
        """Draws the tiles of this `TileProvider` (None: the grid only)."""
        old = self.tiles
        self.tiles = TileLayer(provider, self)
        self.tiles.tile_ready.connect(self.update)
        if old is not None and old.parent() is self:
            old.tile_ready.disconnect(self.update)
            old.shutdown()
            old.deleteLater()
        self.update()
        return self.tiles

    # -- what the screens call ------------------------------------------------------------

    def set_itinerary(self, itinerary: Itinerary | None) -> None:
        """Shows a trip (None: the empty state), fitted to it."""
        self._itinerary = itinerary
        if itinerary is not None:
            self._store = (itinerary.store.lat, itinerary.store.lng, itinerary.store.title)
        self._follow = True
        self._refit()
        self._update_buttons()
        self.update()

    def itinerary(self) -> Itinerary | None:
        return self._itinerary

    def set_store(self, lat: float, lng: float, name: str) -> None:
        """The store to centre on (and to draw) when no itinerary is shown."""
        self._store = (lat, lng, name)
        self._update_buttons()
        if self._center is None:
            self._follow = True
            self._refit()
        self.update()

    def set_pin(self, lat: float | None, lng: float | None, approximate: bool = False) -> None:
        self._pin = None if lat is None or lng is None else (lat, lng, approximate)
        if self._pin is not None and self._center is None:
            self._follow = True
            self._refit()
        self.update()

    def pin(self) -> tuple[float, float, bool] | None:
        return self._pin

    def set_pin_mode(self, on: bool) -> None:
        self._pin_mode = on
        self.setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor)

    def view(self) -> tuple[float, float, float] | None:
        """(center lat, center lng, zoom) of the current drawing; None when empty."""
        self._ensure_view()
        if self._center is None:
            return None
        lat, lng = webmercator.from_world(*self._center, 0)
        return lat, lng, self._zoom

    def project(self, lat: float, lng: float) -> QPointF:
        """Where a point is drawn in widget coordinates."""
        self._ensure_view()
        if self._center is None:
            return QPointF(self.width() / 2, self.height() / 2)
        x, y = webmercator.to_world(lat, lng, 0)
        scale = 2.0**self._zoom
        return QPointF(
            (x - self._center[0]) * scale + self.width() / 2,
            (y - self._center[1]) * scale + self.height() / 2,
        )

    def unproject(self, point: QPointF) -> tuple[float, float]:
        self._ensure_view()
        center = self._center or (TILE / 2, TILE / 2)
        scale = 2.0**self._zoom
        x = center[0] + (point.x() - self.width() / 2) / scale
        y = center[1] + (point.y() - self.height() / 2) / scale
        return webmercator.from_world(x, y, 0)

    def fit_trip(self) -> None:
        self._follow = True
        self._refit()
        self._moved(follow=True)

    def centre_on_store(self) -> None:
        if self._store is None:
            return
        self._center = webmercator.to_world(self._store[0], self._store[1], 0)
        self._zoom = _clamp(max(self._zoom, 15.0))
        self._follow = False
        self._moved()

    def zoom_by(self, levels: float, anchor: QPointF | None = None) -> None:
        self._ensure_view()
        if self._center is None:
            return
        anchor = anchor or QPointF(self.width() / 2, self.height() / 2)
        before = self._world_at(anchor)
        self._zoom = _clamp(self._zoom + levels)
        after = self._world_at(anchor)
        self._center = (
            self._center[0] + before[0] - after[0],
            self._center[1] + before[1] - after[1],
        )
        self._follow = False
        self._moved()

    def pan_by(self, dx: float, dy: float) -> None:
        """Moves the map content by (dx, dy) screen pixels."""
        self._ensure_view()
        if self._center is None:
            return
        scale = 2.0**self._zoom
        self._center = (self._center[0] - dx / scale, self._center[1] - dy / scale)
        self._follow = False
        self._moved()

    def badge_text(self) -> str:
        """The label in the corner: "Estimation" for an offline estimate, else ""."""
        if self._itinerary is not None and self._itinerary.estimate:
            return translate("MapView", "Estimate")
        return ""

    def empty_text(self) -> str:
        return translate("MapView", "No itinerary to show")

    def attribution_text(self) -> str:
        return self.tiles.attribution if self.drew_tiles else ""

    def badge_rect(self) -> QRectF:
        """Where the estimate badge is drawn (tests look at its pixels)."""
        metrics = QFontMetricsF(self._font(12, bold=True))
        text = self.badge_text()
        return QRectF(10, 10, metrics.horizontalAdvance(text) + 20, metrics.height() + 8)

    def marker_positions(self) -> list[QPointF]:
        """Where the stops' markers are drawn (after being fanned out), in visiting order."""
        it = self._itinerary
        if it is None:
            return []
        store = self.project(it.store.lat, it.store.lng)
        points = [self.project(m.lat, m.lng) for m in it.stops]
        spread = spread_markers(
            [(p.x(), p.y()) for p in points],
            STOP_RADIUS + 1.5,
            (store.x(), store.y()),
            STORE_SIZE / 2,
        )
        return [QPointF(x, y) for x, y in spread]

    def store_label_rect(self) -> QRectF | None:
        it = self._itinerary
        if it is None or not it.store.title:
            return None
        return self._label_box(it.store.title, self.project(it.store.lat, it.store.lng))

    # -- Qt -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._follow:
            self._refit()
        x = self.width() - BUTTON - 8
        for n, button in enumerate(self._buttons):
            button.move(x, 8 + n * (BUTTON + 4) + (6 if n >= 2 else 0))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120.0
        if notches:
            self.zoom_by(notches * WHEEL_STEP, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self._last = event.position()
            self._dragged = False
            if not self._pin_mode:
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._last is None:
            return
        position = event.position()
        if not self._dragged and _distance(position, self._press) < DRAG_THRESHOLD:
            return
        self._dragged = True
        self.pan_by(position.x() - self._last.x(), position.y() - self._last.y())
        self._last = position

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and not self._dragged and self._pin_mode:
            self._clicked(event.position())
        self._press = self._last = None
        self.setCursor(
            Qt.CursorShape.CrossCursor if self._pin_mode else Qt.CursorShape.OpenHandCursor
        )
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = 80.0
        moves = {
            Qt.Key.Key_Left: (step, 0),
            Qt.Key.Key_Right: (-step, 0),
            Qt.Key.Key_Up: (0, step),
            Qt.Key.Key_Down: (0, -step),
        }
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.0)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(-1.0)
        elif key in moves:
            self.pan_by(*moves[key])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event) -> None:
        points = [p.position() for p in event.points()]
        kind = event.type()
        if kind == QEvent.Type.TouchBegin:
            self._touch_last = points
            self._press, self._dragged = (points[0] if points else None), False
            event.accept()
            return
        last = self._touch_last
        if kind == QEvent.Type.TouchEnd:
            if self._pin_mode and not self._dragged and self._press is not None and points:
                self._clicked(points[0])
            self._touch_last, self._press = [], None
            event.accept()
            return
        if len(points) >= 2 and len(last) >= 2:
            before = _distance(last[0], last[1])
            now = _distance(points[0], points[1])
            middle = QPointF(
                (points[0].x() + points[1].x()) / 2, (points[0].y() + points[1].y()) / 2
            )
            middle_before = QPointF(
                (last[0].x() + last[1].x()) / 2, (last[0].y() + last[1].y()) / 2
            )
            self.pan_by(middle.x() - middle_before.x(), middle.y() - middle_before.y())
            if before > 0 and now > 0:
                self.zoom_by(math.log2(now / before), middle)
            self._dragged = True
        elif len(points) == 1 and last:
            if self._press is not None and _distance(points[0], self._press) >= DRAG_THRESHOLD:
                self._dragged = True
            if self._dragged:
                self.pan_by(points[0].x() - last[0].x(), points[0].y() - last[0].y())
        self._touch_last = points
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._ensure_view()
            self._paint(painter)
        finally:
            painter.end()

    # -- state ----------------------------------------------------------------------------

    def _points(self) -> list[tuple[float, float]]:
        if self._itinerary is not None:
            return [(p.lat, p.lng) for p in self._itinerary.points]
        points = []
        if self._pin is not None:
            points.append(self._pin[:2])
        if self._store is not None:
            points.append(self._store[:2])
        return points

    def _ensure_view(self) -> None:
        if self._center is None and self._follow:
            self._refit()

    def _refit(self) -> None:
        points = self._points()
        if not points or self.width() < 2 or self.height() < 2:
            if not points:
                self._center = None
            return
        if self._itinerary is None and len(points) >= 1 and self._pin is not None:
            lat, lng = points[0]
            center, zoom = (lat, lng), 16 if not self._pin[2] else 14
        else:
            lat, lng, zoom = webmercator.fit(
                points, self.width(), self.height(), PADDING, max_zoom=FIT_MAX_ZOOM
            )
            center = (lat, lng)
            zoom = _finer_fit(points, self.width(), self.height(), zoom)
        self._center = webmercator.to_world(center[0], center[1], 0)
        self._zoom = _clamp(float(zoom))

    def _moved(self, follow: bool = False) -> None:
        self._follow = follow
        self.update()

    def _world_at(self, point: QPointF) -> tuple[float, float]:
        center = self._center or (TILE / 2, TILE / 2)
        scale = 2.0**self._zoom
        return (
            center[0] + (point.x() - self.width() / 2) / scale,
            center[1] + (point.y() - self.height() / 2) / scale,
        )

    def _clicked(self, point: QPointF) -> None:
        lat, lng = self.unproject(point)
        self.location_clicked.emit(lat, lng)

    def _update_buttons(self) -> None:
        self.storeButton.setEnabled(self._store is not None)
        self.fitButton.setEnabled(bool(self._points()))

    def _retranslate(self) -> None:
        texts = (
            ("+", translate("MapView", "Zoom in (+ or the mouse wheel)")),
            ("−", translate("MapView", "Zoom out (- or the mouse wheel)")),
            ("⤢", translate("MapView", "Fit the trip")),
            ("⌂", translate("MapView", "Centre on the store")),
        )
        for button, (text, tip) in zip(self._buttons, texts, strict=True):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)

    def _font(self, pixels: int, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(bold)
        return font

    # -- drawing --------------------------------------------------------------------------

    def _paint(self, p: QPainter) -> None:
        rect = QRectF(self.rect())
        p.fillRect(rect, BACKGROUND)
        self._paint_grid(p)
        self.drew_tiles = self._paint_tiles(p) if self._center is not None else 0
        p.setPen(QPen(QColor(style.MAP_TILE_BORDER), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        it = self._itinerary
        if self._center is None:
            p.setPen(MUTED)
            p.setFont(self._font(15))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text())
            return
        if it is not None:
            self._paint_route(p, it)
            self._paint_markers(p, it)
        elif self._store is not None:
            at = self.project(self._store[0], self._store[1])
            self._paint_store(p, at)
            if self._on_screen(at):
                self._paint_pill(p, self._label_box(self._store[2], at), self._store[2])
        if self._pin is not None:
            self._paint_pin(p, self.project(self._pin[0], self._pin[1]), self._pin[2])
        self._paint_scale(p)
        if self.badge_text():
            self._paint_badge(p, self.badge_text())
        if self.attribution_text():
            self._paint_attribution(p)

    def _paint_tiles(self, p: QPainter) -> int:
        layer = self.tiles
        if not layer.enabled or self._center is None:
            return 0
        # the next level up, drawn a little smaller: sharper than a level below blown up
        z = int(max(layer.min_zoom, min(layer.max_zoom, math.ceil(self._zoom - 0.01))))
        scale = 2.0 ** (self._zoom - z)  # screen px per tile px
        cx, cy = self._center[0] * 2**z, self._center[1] * 2**z  # world px at z
        left = cx - self.width() / 2 / scale
        top = cy - self.height() / 2 / scale
        first_x, first_y = math.floor(left / TILE), math.floor(top / TILE)
        last_x = math.floor((cx + self.width() / 2 / scale) / TILE)
        last_y = math.floor((cy + self.height() / 2 / scale) / TILE)
        count = 2**z
        visible = []
        for ty in range(max(0, first_y), min(count - 1, last_y) + 1):
            for tx in range(first_x, last_x + 1):
                x0 = math.floor((tx * TILE - left) * scale)
                y0 = math.floor((ty * TILE - top) * scale)
                x1 = math.floor(((tx + 1) * TILE - left) * scale)
                y1 = math.floor(((ty + 1) * TILE - top) * scale)
                key = (z, tx % count, ty)  # the world wraps east-west
                visible.append((key, QRectF(x0, y0, x1 - x0, y1 - y0)))
        layer.want({key for key, _ in visible})  # before asking: older asks are skipped
        drawn = 0
        for key, target in visible:
            image = layer.image(*key)
            if image is not None:
                p.drawImage(target, image)
                drawn += 1
                continue
            layer.request(*key)
            parent = self._coarser(*key)
            if parent is not None:
                image, source = parent
                p.drawImage(target, image, source)
                drawn += 1
        return drawn

    def _coarser(self, z: int, x: int, y: int):
        """A tile of a lower zoom already in memory, and the part of it covering (z, x, y)."""
        for up in range(1, 4):
            pz = z - up
            if pz < 0:
                break
            image = self.tiles.image(pz, x >> up, y >> up)
            if image is None:
                continue
            part = image.width() / (2**up)
            ox = (x - ((x >> up) << up)) * part
            oy = (y - ((y >> up) << up)) * part
            return image, QRectF(ox, oy, part, part)
        return None

    def _paint_grid(self, p: QPainter) -> None:
        """A faint grid that moves with the map, like graph paper, where no tile is."""
        w, h = self.width(), self.height()
        if self._center is not None:
            scale = 2.0**self._zoom
            step = GRID_STEP * 2.0 ** (self._zoom - round(self._zoom))
            ox = (w / 2 - self._center[0] * scale) % step
            oy = (h / 2 - self._center[1] * scale) % step
        else:
            ox = oy = 0.0
            step = GRID_STEP
        p.setPen(QPen(GRID, 1))
        x = ox
        while x < w:
            p.drawLine(QPointF(round(x) + 0.5, 0), QPointF(round(x) + 0.5, h))
            x += step
        y = oy
        while y < h:
            p.drawLine(QPointF(0, round(y) + 0.5), QPointF(w, round(y) + 0.5))
            y += step

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

    def _paint_markers(self, p: QPainter, it: Itinerary) -> None:
        store_at = self.project(it.store.lat, it.store.lng)
        positions = self.marker_positions()
        for stop, real in zip(
            it.stops, (self.project(m.lat, m.lng) for m in it.stops), strict=True
        ):
            if stop.approximate:
                self._paint_approximate_ring(p, real)
        self._paint_store(p, store_at)
        for stop, drawn in zip(it.stops, positions, strict=True):  # leader lines first
            real = self.project(stop.lat, stop.lng)
            if _distance(real, drawn) > 1:
                p.setPen(QPen(STOP, 1.5))
                p.drawLine(real, drawn)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(STOP)
                p.drawEllipse(real, 3, 3)
        pairs = list(zip(it.stops, positions, strict=True))
        for stop, drawn in reversed(pairs):  # stop 1 last: on top of everything
            self._paint_stop(p, drawn, stop.label, stop.approximate)
        if it.store.title and self._on_screen(store_at):  # never a name away from its marker
            self._paint_pill(p, self._label_box(it.store.title, store_at), it.store.title)

    def _on_screen(self, at: QPointF) -> bool:
        return QRectF(self.rect()).adjusted(-4, -4, 4, 4).contains(at)

    def _label_box(self, title: str, at: QPointF) -> QRectF:
        font = self._font(12, bold=True)
        metrics = QFontMetricsF(font)
        text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, 180)
        w, h = metrics.horizontalAdvance(text) + 14, metrics.height() + 6
        half = STORE_SIZE / 2
        anchor = QRectF(at.x() - half, at.y() - half, STORE_SIZE, STORE_SIZE)
        obstacles = [
            QRectF(
                q.x() - STOP_RADIUS - 2,
                q.y() - STOP_RADIUS - 2,
                2 * STOP_RADIUS + 4,
                2 * STOP_RADIUS + 4,
            )
            for q in self.marker_positions()
        ]
        obstacles += [b.geometry().toRectF() for b in self._buttons]
        return place_label(anchor, (w, h), obstacles, QRectF(self.rect()))

    def _shadow(self, p: QPainter, shape: QPainterPath) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(*style.MAP_SHADOW))
        p.drawPath(shape.translated(0, 1.5))

    def _paint_approximate_ring(self, p: QPainter, at: QPointF) -> None:
        pen = QPen(APPROX, 2)
        pen.setDashPattern([3, 3])
        p.setPen(pen)
        p.setBrush(QColor(*style.MAP_APPROXIMATE_AREA))
        p.drawEllipse(at, 30, 30)

    def _paint_stop(self, p: QPainter, at: QPointF, label: str, approximate: bool) -> None:
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
        if approximate:  # "≈" on an orange chip at the marker's top right
            chip = QRectF(at.x() + 6, at.y() - STOP_RADIUS - 8, 16, 14)
            p.setPen(QPen(CASING, 1.5))
            p.setBrush(APPROX)
            p.drawRoundedRect(chip, 4, 4)
            p.setPen(CASING)
            p.setFont(self._font(11, bold=True))
            p.drawText(chip, Qt.AlignmentFlag.AlignCenter, "≈")

    def _paint_store(self, p: QPainter, at: QPointF) -> None:
        half = STORE_SIZE / 2
        square = QPainterPath()
        square.addRoundedRect(QRectF(at.x() - half, at.y() - half, STORE_SIZE, STORE_SIZE), 6, 6)
        self._shadow(p, square)
        p.setPen(QPen(CASING, 2.5))
        p.setBrush(STORE)
        p.drawPath(square)
        house = QPainterPath()  # a small white house: the store the trip leaves from
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

    def _paint_pill(self, p: QPainter, box: QRectF, title: str) -> None:
        font = self._font(12, bold=True)
        metrics = QFontMetricsF(font)
        text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, 180)
        p.setPen(QPen(QColor(*style.MAP_LABEL_BORDER), 1))
        p.setBrush(QColor(*style.MAP_LABEL_FILL))
        p.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        p.setPen(STORE)
        p.setFont(font)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_pin(self, p: QPainter, at: QPointF, approximate: bool) -> None:
        if approximate:
            self._paint_approximate_ring(p, at)
        drop = QPainterPath()  # a map pin whose point is exactly on the place
        drop.moveTo(at)
        drop.cubicTo(at.x() - 4, at.y() - 10, at.x() - 11, at.y() - 14, at.x() - 11, at.y() - 22)
        drop.arcTo(QRectF(at.x() - 11, at.y() - 33, 22, 22), 180, -180)
        drop.cubicTo(at.x() + 11, at.y() - 14, at.x() + 4, at.y() - 10, at.x(), at.y())
        self._shadow(p, drop)
        p.setPen(QPen(CASING, 2))
        p.setBrush(APPROX if approximate else PIN)
        p.drawPath(drop)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(CASING)
        p.drawEllipse(QPointF(at.x(), at.y() - 22), 4, 4)

    def _paint_scale(self, p: QPainter) -> None:
        lat, _lng, zoom = self.view() or (0.0, 0.0, 12.0)
        mpp = webmercator.metres_per_pixel(lat, 0) / 2.0**zoom
        metres, length = webmercator.nice_scale(mpp, 110)
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
        bottom = self.height() - 12
        left = 12.0
        box = QRectF(left - 6, bottom - 26, length + 12 + metrics.horizontalAdvance(text) + 10, 30)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(*style.MAP_SCALE_FILL))
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
        box = self.badge_rect()
        p.setPen(QPen(BADGE_BORDER, 1.5))
        p.setBrush(BADGE_FILL)
        p.drawRoundedRect(box, 5, 5)
        p.setPen(BADGE_INK)
        p.setFont(font)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def attribution_rect(self) -> QRectF:
        metrics = QFontMetricsF(self._font(10))
        text = self.attribution_text()
        w, h = metrics.horizontalAdvance(text) + 10, metrics.height() + 4
        return QRectF(self.width() - w - 2, self.height() - h - 2, w, h)

    def _paint_attribution(self, p: QPainter) -> None:
        box = self.attribution_rect()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(*style.MAP_ATTRIBUTION_FILL))
        p.drawRoundedRect(box, 3, 3)
        p.setPen(INK)
        p.setFont(self._font(10))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, self.attribution_text())


def _finer_fit(points, width: float, height: float, zoom: int) -> float:
    """The integer fit refined by quarter levels: the trip fills the view as much as it can
    (a driver reads a bigger map), the tiles being drawn from the level above."""
    xs, ys = zip(*(webmercator.to_world(lat, lng, 0) for lat, lng in points), strict=True)
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    free_w, free_h = max(1.0, width - 2 * PADDING), max(1.0, height - 2 * PADDING)
    finer = float(zoom)
    while finer + 0.25 <= FIT_MAX_ZOOM:
        scale = 2.0 ** (finer + 0.25)
        if span_x * scale > free_w or span_y * scale > free_h:
            break
        finer += 0.25
    return finer


def _clamp(zoom: float) -> float:
    return max(MIN_ZOOM, min(MAX_ZOOM, zoom))


def _distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())
