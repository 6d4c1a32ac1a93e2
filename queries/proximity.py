"""Distances on the Earth, and the nearest of many places by a spatial index.

A question such as « the nearest centre of each of 20,000 schools » is answered by one
:class:`NearestPlaces` built over the centres, not by measuring every pair. Its answers are those
of the plain rule: the smallest distance rounded to 10 m (as the rows show it), ties broken by the
smallest key — the index only shortlists, :func:`haversine_km` measures the shortlist.

The index is scikit-learn's ``KDTree`` over the places as points of the unit sphere: the straight
chord between two points orders them exactly as the great-circle distance does, and is far cheaper
to compare than the haversine formula of a ``BallTree`` (``python -m bench.analysis`` measures both).

>>> centres = {"B": {"latitude": 48.95, "longitude": 2.25}, "A": {"latitude": 48.95, "longitude": 2.25},
...            "C": {"latitude": 49.04, "longitude": 2.07}, "D": {"nom": "sans coordonnées"}}
>>> near = NearestPlaces(centres)
>>> near.nearest([(48.95, 2.26), (49.03, 2.06), None])
[('A', 0.73), ('C', 1.33), None]
>>> nearest_among((48.95, 2.26), centres, ["C", "D"])
('C', 17.1)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

EARTH_RADIUS_KM = 6371.0088
DECIMALS = 2                 # distances are compared as shown: in km, to 10 m
# A place whose rounded distance equals the nearest one's lies at most one rounding step beyond it; the
# extra millimetre covers the few ulps by which the tree's arithmetic may differ from haversine_km's.
_TIE_MARGIN_KM = 10.0 ** -DECIMALS + 1e-6

Point = tuple[float, float]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance in km between two points given in degrees.

    >>> round(haversine_km(48.9472, 2.2508, 48.8566, 2.3522), 1)  # Argenteuil – Paris
    12.5
    """
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half = (math.sin((phi2 - phi1) / 2) ** 2
            + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(half)))


def point(props: Mapping[str, Any]) -> Point | None:
    """The (latitude, longitude) of a node's properties, or None when either is missing."""
    lat, lon = props.get("latitude"), props.get("longitude")
    return (float(lat), float(lon)) if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) else None


def nearest_among(origin: Point | None, places: Mapping[str, Mapping[str, Any]],
                  keys: Iterable[str]) -> tuple[str, float] | None:
    """The nearest of a few ``keys`` of ``places`` (ties: the smallest key) and its rounded distance, or None;
    measured one by one, for a handful of keys (a school's partners), where an index would cost more."""
    if origin is None:
        return None
    measured = ((round(haversine_km(*origin, *spot), DECIMALS), key)
                for key in sorted(keys) if (spot := point(places[key])) is not None)
    best = min(measured, default=None)
    return (best[1], best[0]) if best else None


class NearestPlaces:
    """The places of ``places`` that have coordinates, indexed to find the nearest one to many origins."""

    def __init__(self, places: Mapping[str, Mapping[str, Any]]) -> None:
        located = sorted((key, spot) for key, props in places.items()
                         if (spot := point(props)) is not None and math.isfinite(spot[0]) and math.isfinite(spot[1]))
        self.keys = [key for key, _ in located]
        self.points = [spot for _, spot in located]
        self._tree: Any = None

    def __len__(self) -> int:
        return len(self.points)

    def _built(self) -> Any:
        if self._tree is None:
            from sklearn.neighbors import KDTree  # lazily: the command-line tools never pay for scikit-learn

            self._tree = KDTree(on_sphere(self.points))
        return self._tree

    def nearest(self, origins: Sequence[Point | None]) -> list[tuple[str, float] | None]:
        """For each origin, the key of the nearest place (ties: the smallest key) and its distance in km
        rounded to :data:`DECIMALS`; None for an origin without coordinates or when no place has any."""
        found: list[tuple[str, float] | None] = [None] * len(origins)
        asked = [(n, origin) for n, origin in enumerate(origins)
                 if origin is not None and math.isfinite(origin[0]) and math.isfinite(origin[1])]
        if not asked or not self.points:
            return found
        import numpy as np

        tree = self._built()
        where = on_sphere([origin for _, origin in asked])
        chord, _ = tree.query(where, k=1)
        # Every place that could round to the nearest distance (an angle, then a chord again), measured again
        # by haversine_km itself.
        angle = 2 * np.arcsin(np.clip(chord[:, 0] / 2, 0.0, 1.0)) + _TIE_MARGIN_KM / EARTH_RADIUS_KM
        candidates = tree.query_radius(where, r=2 * np.sin(np.minimum(angle, math.pi) / 2))
        for (n, origin), rows in zip(asked, candidates, strict=True):
            best = min((round(haversine_km(*origin, *self.points[row]), DECIMALS), self.keys[row]) for row in rows)
            found[n] = (best[1], best[0])
        return found


def on_sphere(points: Sequence[Point]) -> Any:
    """(latitude, longitude) in degrees as points (x, y, z) of the unit sphere, one row each (a numpy array).

    >>> [round(float(v), 6) + 0.0 for v in on_sphere([(90.0, 0.0)])[0]]
    [0.0, 0.0, 1.0]
    """
    import numpy as np

    lat, lon = np.radians(np.asarray(points, dtype=float)).T
    return np.column_stack((np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)))
