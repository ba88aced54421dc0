"""A local stand-in for the IGN Géoplateforme and a tile server, on 127.0.0.1 only.

Answers in the documented formats (see integrations/maps/geoplateforme.py and tiles.py):
- `GET /wmts?...&TILEMATRIX=z&TILEROW=y&TILECOL=x` and `GET /tiles/{z}/{x}/{y}.png`: PNG map
  tiles that look like a town plan (blocks, streets, a park, a river), drawn in world
  coordinates so that neighbouring tiles line up; `/bad/...` answers a PNG content type with
  garbage, `/html/...` an HTML page, `/hang/...` nothing until the server stops;
- `GET /geocodage/search` and `/geocodage/reverse`: GeoJSON FeatureCollections from a small
  table of addresses (with an ambiguous "rue de la Paix");
- `GET /navigation/itineraire`: an itinerary through the points in the order given, with one
  portion per leg, steps with OSRM-style instructions, and a street-like geometry.

`delay_s` slows the itinerary (the benchmark's 300 ms); `status` forces an HTTP status for the
next answers (429, 500); `requests` records every path asked. Nothing leaves the machine.
"""

from __future__ import annotations

import itertools
import json
import math
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from ocpizza_desk.domain import webmercator

# (label, name, postcode, city, lat, lng)
ADDRESSES = [
    (
        "27 Rue du Faubourg Saint-Antoine 75011 Paris",
        "27 Rue du Faubourg Saint-Antoine",
        "75011",
        "Paris",
        48.85199,
        2.37322,
    ),
    (
        "14 Rue de la Roquette 75011 Paris",
        "14 Rue de la Roquette",
        "75011",
        "Paris",
        48.85366,
        2.37206,
    ),
    (
        "95 Avenue Ledru-Rollin 75011 Paris",
        "95 Avenue Ledru-Rollin",
        "75011",
        "Paris",
        48.85455,
        2.37677,
    ),
    ("8 Rue Keller 75011 Paris", "8 Rue Keller", "75011", "Paris", 48.85521, 2.37617),
    ("3 Rue de la Paix 75002 Paris", "3 Rue de la Paix", "75002", "Paris", 48.86905, 2.33178),
    (
        "3 Rue de la Paix 93100 Montreuil",
        "3 Rue de la Paix",
        "93100",
        "Montreuil",
        48.86018,
        2.44512,
    ),
]


def _norm(text: str) -> str:
    import unicodedata

    flat = unicodedata.normalize("NFKD", text)
    flat = "".join(c for c in flat if not unicodedata.combining(c)).lower()
    return " ".join("".join(c if c.isalnum() else " " for c in flat).split())


def feature(label, name, postcode, city, lat, lng, score=0.96, kind="housenumber"):
    number, _, street = name.partition(" ")
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lng, lat]},
        "properties": {
            "label": label,
            "score": score,
            "housenumber": number,
            "id": f"{postcode}_{_norm(street).replace(' ', '_')}_{number}",
            "name": name,
            "postcode": postcode,
            "citycode": "75111" if postcode == "75011" else "00000",
            "x": 0,
            "y": 0,
            "city": city,
            "context": "75, Paris, Île-de-France",
            "type": kind,
            "importance": 0.7,
            "street": street,
            "_type": "address",
        },
    }


def search(query: str, limit: int, autocomplete: bool) -> dict:
    """Like the BAN: every word must be in the address (a word being typed may be a prefix),
    "France" is ignored; "rue de la Paix" without a postcode is in Paris and in Montreuil."""
    words = [w for w in _norm(query).split() if w != "france"]
    postcodes = [w for w in words if w.isdigit() and len(w) == 5]
    found = []
    for entry in ADDRESSES:
        tokens = _norm(entry[0]).split()
        if autocomplete:
            hit = all(any(t.startswith(w) for t in tokens) for w in words)
        else:
            hit = all(w in tokens for w in words)
            if not hit and "paix" in words:  # the street known in two towns: both offered
                towns = ("paris", "montreuil", *postcodes)
                hit = all(w in tokens for w in words if w not in towns)
        if hit:
            found.append(entry)
    found.sort(key=lambda e: bool(postcodes) and e[2] not in postcodes)  # its postcode first
    features = [
        feature(*e, score=0.95 - 0.01 * n - (0.3 if postcodes and e[2] not in postcodes else 0))
        for n, e in enumerate(found[:limit])
    ]
    return {"type": "FeatureCollection", "features": features, "query": query}


def reverse(lat: float, lng: float) -> dict:
    nearest = min(ADDRESSES, key=lambda e: math.dist((e[4], e[5]), (lat, lng)))
    return {"type": "FeatureCollection", "features": [feature(*nearest)]}


def _metres(a, b) -> float:
    from ocpizza_desk.integrations.maps import LatLng
    from ocpizza_desk.integrations.maps.offline import great_circle_m

    return great_circle_m(LatLng(*a), LatLng(*b))


def itinerary(params: dict) -> dict:
    def point(text: str) -> tuple[float, float]:
        lng, lat = (float(v) for v in text.split(","))
        return lat, lng

    stops = [point(params["start"])]
    if params.get("intermediates"):
        stops += [point(p) for p in params["intermediates"].split("|")]
    stops.append(point(params["end"]))
    line: list[list[float]] = []
    portions = []
    names = ["Rue de la Roquette", "Boulevard Voltaire", "Rue Keller", "Avenue Ledru-Rollin"]
    for n, (a, b) in enumerate(itertools.pairwise(stops)):
        corner = (a[0], b[1])  # along the latitude first, then the longitude: like streets
        leg = [a, corner, b]
        distance = _metres(a, corner) + _metres(corner, b)
        duration = distance / 7.0
        line += [[p[1], p[0]] for p in (leg if not line else leg[1:])]

        def line_of(p, q):
            return {"type": "LineString", "coordinates": [[p[1], p[0]], [q[1], q[0]]]}

        steps = [
            {
                "geometry": {
                    "type": "LineString",
                    "coordinates": [[a[1], a[0]], [corner[1], corner[0]]],
                },
                "attributes": {
                    "name": {"nom_1_gauche": names[n % 4], "nom_1_droite": names[n % 4]}
                },
                "distance": _metres(a, corner),
                "duration": _metres(a, corner) / 7.0,
                "instruction": {"type": "depart"},
            },
            {
                "geometry": {
                    "type": "LineString",
                    "coordinates": [[corner[1], corner[0]], [b[1], b[0]]],
                },
                "attributes": {"name": {"nom_1_gauche": names[(n + 1) % 4], "nom_1_droite": ""}},
                "distance": _metres(corner, b),
                "duration": _metres(corner, b) / 7.0,
                "instruction": {"type": "turn", "modifier": "left" if n % 2 else "right"},
            },
            {
                "geometry": line_of(b, b),
                "attributes": {"name": {"nom_1_gauche": names[(n + 1) % 4]}},
                "distance": 0,
                "duration": 0,
                "instruction": {"type": "arrive"},
            },
        ]
        portions.append(
            {
                "start": f"{a[1]},{a[0]}",
                "end": f"{b[1]},{b[0]}",
                "distance": distance,
                "duration": duration,
                "steps": steps,
            }
        )
    return {
        "resource": params.get("resource"),
        "start": params["start"],
        "end": params["end"],
        "profile": params.get("profile"),
        "optimization": params.get("optimization"),
        "geometry": {"type": "LineString", "coordinates": line},
        "crs": "EPSG:4326",
        "distanceUnit": "meter",
        "timeUnit": "second",
        "distance": sum(p["distance"] for p in portions),
        "duration": sum(p["duration"] for p in portions),
        "portions": portions,
    }


# --------------------------------------------------------------------------- tiles


def render_tile(z: int, x: int, y: int) -> bytes:
    """A 256-px PNG that looks like a town plan, drawn with Qt in world coordinates so that
    neighbouring tiles line up: blocks between streets every ~90 m, avenues every ~450 m, the
    Seine and a square near the Bastille."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor("#f2efe9"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    ox, oy = x * 256, y * 256  # the tile's corner in world px at z
    metres_per_px = webmercator.metres_per_pixel(48.85, z)

    def at(lat, lng):
        wx, wy = webmercator.to_world(lat, lng, z)
        return QPointF(wx - ox, wy - oy)

    def px(metres):
        return metres / metres_per_px

    # the Seine and a park
    river = [
        (48.8530, 2.3400),
        (48.8505, 2.3560),
        (48.8470, 2.3660),
        (48.8440, 2.3730),
        (48.8405, 2.3800),
        (48.8370, 2.3880),
    ]
    p.setPen(QPen(QColor("#aad3df"), max(2.0, px(90))))
    for a, b in itertools.pairwise(river):
        p.drawLine(at(*a), at(*b))
    p.setPen(QPen(QColor("#b5dba0"), 1))
    p.setBrush(QColor("#c8e6b5"))
    p.drawRect(QRectF(at(48.8562, 2.3640), at(48.8548, 2.3672)))
    # streets and avenues, fixed in the world
    for spacing, width, colour in ((90, 14, "#d9d1c4"), (90, 10, "#ffffff"), (450, 22, "#fcd6a4")):
        step = px(spacing)
        if step < 6:
            continue
        p.setPen(QPen(QColor(colour), max(1.0, px(width))))
        v = math.floor(ox / step) * step
        while v < ox + 256 + step:
            p.drawLine(QPointF(v - ox, 0), QPointF(v - ox, 256))
            v += step
        v = math.floor(oy / step) * step
        while v < oy + 256 + step:
            p.drawLine(QPointF(0, v - oy), QPointF(256, v - oy))
            v += step
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


class FakeGeoplateforme:
    def __init__(self) -> None:
        self.requests: list[str] = []
        self.delay_s = 0.0
        self.status: int | None = None
        self.retry_after = "2"
        self._tiles: dict[tuple[int, int, int], bytes] = {}
        self._tile_lock = threading.Lock()
        self._stop = threading.Event()
        # Set to an Event: every request waits for it (up to 10 s) before being answered,
        # so a test can prove the caller did not wait without measuring time.
        self.gate: threading.Event | None = None
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args):  # quiet
                pass

            def do_GET(self):
                fake.requests.append(self.path)
                if fake.gate is not None:
                    fake.gate.wait(10)
                url = urlparse(self.path)
                params = {k: v[0] for k, v in parse_qs(url.query).items()}
                if fake.status is not None:
                    headers = {"Retry-After": fake.retry_after} if fake.status == 429 else {}
                    return self._send(fake.status, b'{"error": {"message": "x"}}', headers=headers)
                if url.path.startswith("/hang/"):
                    fake._stop.wait(10)
                    return None
                if url.path.startswith("/bad/"):
                    return self._send(200, b"\x89PNG garbage", "image/png")
                if url.path.startswith("/html/"):
                    return self._send(200, b"<html>quota</html>", "text/html")
                if url.path == "/wmts" or url.path.startswith("/tiles/"):
                    if url.path == "/wmts":
                        z, x, y = (int(params[k]) for k in ("TILEMATRIX", "TILECOL", "TILEROW"))
                    else:
                        z, x, y = (int(v) for v in url.path[7:-4].split("/"))
                    return self._send(200, fake.tile(z, x, y), "image/png")
                if url.path == "/geocodage/search":
                    body = search(
                        params.get("q", ""),
                        int(params.get("limit", 10)),
                        params.get("autocomplete", "1") != "0",
                    )
                    return self._json(body)
                if url.path == "/geocodage/reverse":
                    return self._json(reverse(float(params["lat"]), float(params["lon"])))
                if url.path == "/navigation/itineraire":
                    if fake.delay_s:
                        fake._stop.wait(fake.delay_s)
                    return self._json(itinerary(params))
                return self._send(404, b"{}")

            def _json(self, body):
                self._send(200, json.dumps(body).encode(), "application/json")

            def _send(self, status, body, content_type="application/json", headers=None):
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def tile(self, z: int, x: int, y: int) -> bytes:
        with self._tile_lock:
            key = (z, x, y)
            if key not in self._tiles:
                self._tiles[key] = render_tile(z, x, y)
            return self._tiles[key]

    def tile_requests(self) -> list[str]:
        return [r for r in self.requests if r.startswith(("/wmts", "/tiles/"))]

    def start(self) -> FakeGeoplateforme:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)


def paris_tiles(zoom: int, lat: float = 48.8534, lng: float = 2.3712, span: int = 2):
    """(z, x, y) of the tiles around a point (for preloading caches)."""
    cx, cy = webmercator.to_world(lat, lng, zoom)
    tx, ty = int(cx // 256), int(cy // 256)
    return [
        (zoom, x, y)
        for x in range(tx - span, tx + span + 1)
        for y in range(ty - span, ty + span + 1)
    ]
