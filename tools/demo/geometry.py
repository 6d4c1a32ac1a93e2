"""Geometry of the demo, in pure Python, on the commune polygons of the Val-d'Oise geojson."""

from __future__ import annotations

import json
import math
import random
from typing import TYPE_CHECKING

from tools.demo.common import OPENDATA

if TYPE_CHECKING:
    from tools.demo.world import Commune

Ring = list[tuple[float, float]]  # (longitude, latitude) points, as in the geojson


def load_polygons() -> dict[str, list[list[Ring]]]:
    """INSEE code → polygons of the commune, each a list of rings (outer ring first, then holes) of (lon, lat)."""
    data = json.loads((OPENDATA / "communes-95-val-d-oise.geojson").read_text(encoding="utf-8"))
    shapes = {}
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        shapes[feature["properties"]["code"]] = [[[(float(x), float(y)) for x, y in ring] for ring in polygon]
                                                 for polygon in polygons]
    return shapes


def centroid(polygons: list[list[Ring]]) -> tuple[float, float]:
    """Area-weighted centroid of the outer rings: (latitude, longitude)."""
    area = cx = cy = 0.0
    for polygon in polygons:
        ring = polygon[0]
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            cross = x0 * y1 - x1 * y0
            area += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
    return cy / (3 * area), cx / (3 * area)


def _in_ring(x: float, y: float, ring: Ring) -> bool:
    """Ray casting: whether the point (x, y) lies inside ``ring``."""
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def contains(polygons: list[list[Ring]], lat: float, lon: float) -> bool:
    """Whether the point lies inside one of the polygons (inside its outer ring and in none of its holes)."""
    return any(_in_ring(lon, lat, p[0]) and not any(_in_ring(lon, lat, hole) for hole in p[1:]) for p in polygons)


def random_point(rng: random.Random, polygons: list[list[Ring]], places: int = 5) -> tuple[float, float]:
    """A uniform random (latitude, longitude) inside the polygons, rounded to ``places`` decimals."""
    xs = [x for polygon in polygons for x, _ in polygon[0]]
    ys = [y for polygon in polygons for _, y in polygon[0]]
    for _ in range(10_000):
        lat, lon = round(rng.uniform(min(ys), max(ys)), places), round(rng.uniform(min(xs), max(xs)), places)
        if contains(polygons, lat, lon):
            return lat, lon
    raise RuntimeError("no point found inside the polygon")


def distance_km(a: Commune, b: Commune) -> float:
    """Approximate distance between the centroids of two communes, in km (flat earth at the 95's latitude)."""
    return math.hypot((a.lon - b.lon) * 111.32 * math.cos(math.radians(49.05)), (a.lat - b.lat) * 110.57)
