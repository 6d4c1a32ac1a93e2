"""Where communes are: one point inside each commune, from its boundary or from the file shipped
with the app (``data/opendata/geographie/communes-positions.csv``, written by
``python3 -m tools.communes_positions``).

The point of a commune is the centroid of its largest polygon when it lies inside that polygon;
for a crescent or a ring-shaped commune, whose centroid falls outside (or in an enclave), it is
the middle of the widest stretch of the commune on the parallel of the centroid: inside, and
as near the middle as the shape allows.

>>> square = [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]]
>>> interior_point(square)
(2.0, 2.0)
>>> crescent = [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 3], [3, 3], [3, 1], [0, 1], [0, 0]]]
>>> lat, lon = interior_point(crescent)
>>> contains(crescent, lat, lon), (lat, lon)
(True, (2.0, 3.5))
>>> positions = shipped_positions()
>>> positions["95018"]
(48.9515, 2.2403)
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from graph.names import COMMUNES_FILE

POSITIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "opendata" / "geographie" / "communes-positions.csv"
PLACES = 4  # decimals of a degree: about 10 m, far finer than a commune
COLUMNS = ("code_insee", "latitude", "longitude", "approximation")

Ring = Sequence[Sequence[float]]  # (longitude, latitude) points, as in GeoJSON
Polygon = Sequence[Ring]          # the outer ring, then the holes


def _ring_area_centroid(ring: Ring) -> tuple[float, float, float]:
    """Area and centroid (lon, lat) of a ring (shoelace formula); a flat ring gives the mean of its points."""
    area = cx = cy = 0.0
    points = list(ring)
    for (x0, y0, *_), (x1, y1, *_) in zip(points, points[1:] + points[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-15:
        return 0.0, sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def _crossings(ring: Ring, y: float) -> list[float]:
    """Where the parallel ``y`` crosses the edges of ``ring`` (half-open rule: a vertex counts once)."""
    points = list(ring)
    return [x0 + (y - y0) * (x1 - x0) / (y1 - y0)
            for (x0, y0, *_), (x1, y1, *_) in zip(points, points[1:] + points[:1]) if (y0 > y) != (y1 > y)]


def _in_ring(x: float, y: float, ring: Ring) -> bool:
    """Ray casting: whether (x, y) lies inside ``ring``."""
    return sum(1 for crossing in _crossings(ring, y) if x < crossing) % 2 == 1


def contains(polygon: Polygon, lat: float, lon: float) -> bool:
    """Whether the point lies inside the polygon's outer ring and in none of its holes."""
    return (bool(polygon) and _in_ring(lon, lat, polygon[0])
            and not any(_in_ring(lon, lat, hole) for hole in polygon[1:]))


def centroid(polygon: Polygon) -> tuple[float, float]:
    """The centroid (latitude, longitude) of the polygon's outer ring."""
    _, x, y = _ring_area_centroid(polygon[0])
    return y, x


def interior_point(polygon: Polygon) -> tuple[float, float]:
    """A point (latitude, longitude) inside ``polygon``: its centroid when inside, else the middle
    of the widest stretch of the polygon on the centroid's parallel (see the module)."""
    y, x = centroid(polygon)
    if contains(polygon, y, x):
        return y, x
    crossings = sorted(c for ring in polygon for c in _crossings(ring, y))
    stretches = list(zip(crossings[::2], crossings[1::2]))  # inside between the 1st and 2nd, 3rd and 4th…
    if not stretches:  # a degenerate ring: nothing better than its centroid
        return y, x
    start, end = max(stretches, key=lambda s: s[1] - s[0])
    return y, (start + end) / 2


def largest_polygon(geometry: dict) -> Polygon | None:
    """The polygon of largest area of a GeoJSON ``Polygon`` or ``MultiPolygon``; None for anything else."""
    kind, coordinates = geometry.get("type"), geometry.get("coordinates") or []
    polygons = [coordinates] if kind == "Polygon" else coordinates if kind == "MultiPolygon" else []
    polygons = [p for p in polygons if p and len(p[0]) >= 3]
    return max(polygons, key=lambda p: _ring_area_centroid(p[0])[0], default=None)


def boundary_positions(features: Iterable[dict]) -> dict[str, tuple[float, float]]:
    """The point (latitude, longitude) of each commune inside its largest polygon, by INSEE code.

    >>> square = {"properties": {"code": "95018"}, "geometry": {"type": "Polygon",
    ...           "coordinates": [[[2.0, 48.0], [2.2, 48.0], [2.2, 48.2], [2.0, 48.2], [2.0, 48.0]]]}}
    >>> boundary_positions([square])
    {'95018': (48.1, 2.1)}
    """
    found: dict[str, tuple[float, float]] = {}
    for feature in features:
        code = str((feature.get("properties") or {}).get("code", ""))
        polygon = largest_polygon(feature.get("geometry") or {})
        if code and polygon is not None:
            lat, lon = interior_point(polygon)
            found[code] = (round(lat, PLACES), round(lon, PLACES))
    return found


@cache
def shipped_positions(path: Path = POSITIONS_FILE) -> dict[str, tuple[float, float]]:
    """INSEE code → (latitude, longitude) of every commune of France, from the file shipped with the app
    (read once); an absent or unreadable file gives none, and communes then have no position."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return {row["code_insee"]: (float(row["latitude"]), float(row["longitude"]))
                    for row in csv.DictReader(handle, delimiter=";")}
    except (OSError, KeyError, ValueError):
        return {}


@cache
def france_communes(path: Path = COMMUNES_FILE) -> dict[str, str]:
    """INSEE code → « name (département) » of every commune of France, from the file shipped with the app, in the
    order of their names; an absent or unreadable file gives none.

    >>> france_communes()["95018"], france_communes()["13055"]
    ('Argenteuil (95)', 'Marseille (13)')
    """
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = [(row["nom_standard"], row["dep_code"], row["code_insee"])
                    for row in csv.DictReader(handle, delimiter=";")]
    except (OSError, KeyError):
        return {}
    return {code: f"{name} ({dep})" for name, dep, code in sorted(rows)}
