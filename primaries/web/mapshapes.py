"""Show stage: the map's outlines: metropolitan départements where they are, the five overseas
départements moved into boxes beside them (the INSEE/IGN "DOM rapprochés" layout), and where
each box sits on the drawn map, so that labels and the page's fitting can find it.

The map is drawn in Web Mercator (MapLibre). Positions are planned in display units: u is the
longitude, v the Mercator ordinate in degrees; a uniform scale in those units is a uniform scale
on the screen, so an overseas département keeps its shape at any size. The outlines are the
project's own copies under data/geo (IGN Admin Express, Licence Ouverte; see data/NOTICE.md).
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from primaries.geography import DEFAULT_DATA_DIR, DROM

METROPOLE_FILE = DEFAULT_DATA_DIR / "geo" / "departements-version-simplifiee.geojson"
OVERSEAS_FILE = DEFAULT_DATA_DIR / "geo" / "departements-avec-outre-mer.geojson.gz"

# The boxes under the mainland, in this order (Caribbean, Guiana, then the Indian Ocean).
INSET_ORDER = DROM
INSET_GAP = 0.35  # display units between two boxes, and between the boxes and the mainland
INSET_HEIGHT = 3.1  # display units of a box, its label band included
LABEL_BAND = 0.62  # display units at the top of a box kept for its name
MARGIN = 0.25  # display units around everything drawn
# Simplification tolerance, as a share of a box's width: under half a pixel on a phone.
TOLERANCE = 0.004
DIGITS = 4  # decimals kept in the coordinates served (about 10 m)


def mercator(lat: float) -> float:
    """The Mercator ordinate of a latitude, in degrees."""
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def latitude(v: float) -> float:
    """The latitude of a Mercator ordinate in degrees (the inverse of `mercator`)."""
    return math.degrees(2 * math.atan(math.exp(math.radians(v))) - math.pi / 2)


@dataclass(frozen=True)
class Box:
    """A rectangle in display units (u: longitude, v: Mercator ordinate)."""

    u0: float
    v0: float
    u1: float
    v1: float

    @property
    def width(self) -> float:
        return self.u1 - self.u0

    @property
    def height(self) -> float:
        return self.v1 - self.v0

    def ring(self) -> list[list[float]]:
        """The box as a closed ring of [longitude, latitude] points."""
        corners = [(self.u0, self.v0), (self.u1, self.v0), (self.u1, self.v1), (self.u0, self.v1)]
        return [[round(u, DIGITS), round(latitude(v), DIGITS)] for u, v in [*corners, corners[0]]]


@dataclass(frozen=True)
class Inset:
    """An overseas département drawn in a box of its own beside the mainland."""

    code: str
    name: str
    box: Box


@dataclass(frozen=True)
class MapShapes:
    """The outlines the map draws and the canvas they fill."""

    geojson: dict[str, Any]
    names: dict[str, str]  # outline code -> name, for every feature
    insets: tuple[Inset, ...]
    canvas: Box

    @property
    def aspect(self) -> float:
        """The canvas's height over its width on the screen."""
        return self.canvas.height / self.canvas.width

    def bounds(self) -> dict[str, float]:
        """The canvas in longitude and latitude (MapLibre's bounds)."""
        c = self.canvas
        return {"west": c.u0, "east": c.u1, "south": latitude(c.v0), "north": latitude(c.v1)}

    def center(self) -> dict[str, float]:
        """The centre of the canvas on the screen, as a longitude and a latitude."""
        c = self.canvas
        return {"lon": (c.u0 + c.u1) / 2, "lat": latitude((c.v0 + c.v1) / 2)}

    def paper(self, u: float, v: float) -> tuple[float, float]:
        """Where a point in display units falls on the drawn map, 0..1 from the bottom left."""
        c = self.canvas
        return (u - c.u0) / c.width, (v - c.v0) / c.height


def _rings(geometry: dict[str, Any]) -> list[list[list[list[float]]]]:
    """A geometry's polygons, each a list of rings, whether Polygon or MultiPolygon."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def _display(points: list[list[float]]) -> list[tuple[float, float]]:
    return [(lon, mercator(lat)) for lon, lat in points]


def _extent(points: list[tuple[float, float]]) -> Box:
    us, vs = [p[0] for p in points], [p[1] for p in points]
    return Box(min(us), min(vs), max(us), max(vs))


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker: the points of a line that keep it within `tolerance` of the original."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if norm:
                distance = abs(dy * (px - ax) - dx * (py - ay)) / norm
            else:
                distance = math.hypot(px - ax, py - ay)
            if distance > worst:
                worst, index = distance, i
        if index >= 0 and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _moved(feature: dict[str, Any], box: Box) -> dict[str, Any]:
    """An overseas département scaled and moved to fill its box (below its label band)."""
    polygons = [[_display(ring) for ring in polygon] for polygon in _rings(feature["geometry"])]
    extent = _extent([p for polygon in polygons for p in polygon[0]])
    room = Box(box.u0, box.v0, box.u1, box.v1 - LABEL_BAND)
    pad = 0.08 * min(room.width, room.height)
    scale = min((room.width - 2 * pad) / extent.width, (room.height - 2 * pad) / extent.height)
    # centred in the room left under the label
    du = room.u0 + (room.width - scale * extent.width) / 2
    dv = room.v0 + (room.height - scale * extent.height) / 2
    tolerance = TOLERANCE * box.width / scale
    out = []
    for polygon in polygons:
        rings = []
        for ring in polygon:
            kept = simplify(ring, tolerance)
            if len(kept) < 4:
                continue  # a rock smaller than a pixel
            rings.append(
                [
                    [
                        round(du + scale * (u - extent.u0), DIGITS),
                        round(latitude(dv + scale * (v - extent.v0)), DIGITS),
                    ]
                    for u, v in kept
                ]
            )
        if rings:
            out.append(rings)
    return {
        "type": "Feature",
        "properties": dict(feature["properties"]),
        "geometry": {"type": "MultiPolygon", "coordinates": out},
    }


def _inset_boxes(mainland: Box) -> list[Box]:
    """One box per overseas département, in a row under the mainland and as wide as it."""
    n = len(INSET_ORDER)
    width = (mainland.width - (n - 1) * INSET_GAP) / n
    top = mainland.v0 - INSET_GAP
    return [
        Box(
            mainland.u0 + i * (width + INSET_GAP),
            top - INSET_HEIGHT,
            mainland.u0 + i * (width + INSET_GAP) + width,
            top,
        )
        for i in range(n)
    ]


@cache
def map_shapes(metropole: Path = METROPOLE_FILE, overseas: Path = OVERSEAS_FILE) -> MapShapes:
    """The map's outlines, built once per process from the shipped files."""
    mainland = json.loads(metropole.read_text(encoding="utf-8"))["features"]
    with gzip.open(overseas, "rt", encoding="utf-8") as handle:
        far = {f["properties"]["code"]: f for f in json.load(handle)["features"]}
    extent = _extent(
        [p for f in mainland for polygon in _rings(f["geometry"]) for p in _display(polygon[0])]
    )
    insets = []
    features = list(mainland)
    for code, box in zip(INSET_ORDER, _inset_boxes(extent), strict=True):
        feature = far[code]
        features.append(_moved(feature, box))
        insets.append(Inset(code, feature["properties"]["nom"], box))
    lowest = min(i.box.v0 for i in insets)
    canvas = Box(extent.u0 - MARGIN, lowest - MARGIN, extent.u1 + MARGIN, extent.v1 + MARGIN)
    return MapShapes(
        geojson={"type": "FeatureCollection", "features": features},
        names={f["properties"]["code"]: f["properties"]["nom"] for f in features},
        insets=tuple(insets),
        canvas=canvas,
    )


def frames(shapes: MapShapes) -> dict[str, Any]:
    """The insets' frames as a GeoJSON of lines, for a map layer."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"code": inset.code},
                "geometry": {"type": "LineString", "coordinates": inset.box.ring()},
            }
            for inset in shapes.insets
        ],
    }


def geojson_bytes(shapes: MapShapes) -> bytes:
    """The outlines as served to the page."""
    return json.dumps(shapes.geojson, ensure_ascii=False, separators=(",", ":")).encode()
