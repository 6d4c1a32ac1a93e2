"""Where the national dataset's places are: communes at their real position, schools and centres around.

Communes take their position from ``data/opendata/geographie/communes-positions.csv`` (a point inside
each commune, from the IGN's boundaries). A commune that file lacked would get a deterministic point
drawn uniformly inside the bounding box of its département (:func:`commune_point`): in the right
part of France, overseas on or by the right island. Schools and centres lie a little around the
point of their commune.

The boxes are the 2nd–98th percentiles of the latitudes and longitudes of the real collèges of
each département (open data « Adresse et géolocalisation des établissements du premier et second
degré », Ministère de l'Éducation nationale, Licence Ouverte / Etalab 2.0), rounded to 0.01°:
rough, inside the département for the most part, never in another region.
"""

from __future__ import annotations

import math
import random

# Département → (latitude min, latitude max, longitude min, longitude max).
DEPT_BOXES: dict[str, tuple[float, float, float, float]] = {
    "01": (45.77, 46.44, 4.77, 6.11), "02": (49.02, 50.00, 3.10, 4.11), "03": (46.07, 46.63, 2.53, 3.69),
    "04": (43.80, 44.37, 5.68, 6.66), "05": (44.35, 44.90, 5.74, 6.65), "06": (43.55, 44.05, 6.87, 7.50),
    "07": (44.38, 45.25, 4.12, 4.85), "08": (49.38, 50.10, 4.24, 5.07), "09": (42.77, 43.26, 1.14, 1.87),
    "10": (48.05, 48.53, 3.65, 4.59), "11": (42.89, 43.33, 1.95, 3.05), "12": (43.93, 45.20, 1.88, 3.09),
    "13": (43.24, 43.82, 4.64, 5.61), "14": (48.84, 49.38, -0.97, 0.32), "15": (44.71, 45.34, 2.20, 3.15),
    "16": (45.38, 46.03, -0.33, 0.72), "17": (45.22, 46.29, -1.28, -0.20), "18": (46.61, 47.39, 2.06, 2.93),
    "19": (45.02, 45.59, 1.41, 2.48), "21": (47.00, 47.86, 4.29, 5.39), "22": (48.18, 48.79, -3.49, -2.00),
    "23": (45.87, 46.36, 1.54, 2.47), "24": (44.76, 45.59, 0.11, 1.33), "25": (46.79, 47.51, 5.89, 6.86),
    "26": (44.30, 45.29, 4.70, 5.36), "27": (48.75, 49.36, 0.40, 1.77), "28": (48.07, 48.79, 0.82, 1.88),
    "29": (47.83, 48.68, -4.65, -3.55), "2A": (41.45, 42.11, 8.73, 9.28), "2B": (42.09, 42.84, 8.81, 9.50),
    "30": (43.64, 44.27, 3.86, 4.78), "31": (43.07, 43.78, 0.65, 1.73), "32": (43.42, 43.95, -0.05, 1.09),
    "33": (44.45, 45.28, -1.14, 0.05), "34": (43.29, 43.76, 2.92, 4.13), "35": (47.69, 48.66, -2.13, -1.19),
    "36": (46.44, 47.20, 1.02, 2.03), "37": (46.88, 47.58, 0.18, 0.99), "38": (44.91, 45.75, 4.81, 5.99),
    "39": (46.39, 47.11, 5.34, 6.05), "40": (43.54, 44.39, -1.47, 0.01), "41": (47.27, 47.93, 0.87, 2.06),
    "42": (45.32, 46.16, 3.85, 4.64), "43": (44.92, 45.40, 3.29, 4.32), "44": (46.99, 47.67, -2.43, -1.18),
    "45": (47.66, 48.19, 1.65, 2.89), "46": (44.30, 44.95, 1.16, 2.06), "47": (44.12, 44.66, 0.08, 0.95),
    "48": (44.17, 44.80, 3.24, 3.92), "49": (47.04, 47.72, -1.18, -0.08), "50": (48.53, 49.67, -1.83, -0.94),
    "51": (48.71, 49.31, 3.55, 4.85), "52": (47.73, 48.64, 4.83, 5.68), "53": (47.82, 48.46, -1.04, -0.27),
    "54": (48.48, 49.53, 5.69, 6.70), "55": (48.56, 49.50, 5.00, 5.70), "56": (47.46, 48.10, -3.52, -2.13),
    "57": (48.69, 49.42, 5.99, 7.27), "58": (46.77, 47.48, 2.92, 3.99), "59": (50.06, 51.03, 2.22, 4.07),
    "60": (49.13, 49.65, 1.88, 3.02), "61": (48.36, 48.85, -0.73, 0.76), "62": (50.16, 50.95, 1.59, 3.02),
    "63": (45.44, 46.14, 2.68, 3.74), "64": (43.08, 43.53, -1.70, -0.12), "65": (42.89, 43.42, -0.08, 0.55),
    "66": (42.45, 42.79, 2.02, 3.04), "67": (48.26, 48.95, 7.20, 7.96), "68": (47.55, 48.20, 7.07, 7.56),
    "69": (45.60, 46.11, 4.33, 5.01), "70": (47.29, 47.91, 5.58, 6.76), "71": (46.21, 46.96, 4.00, 5.26),
    "72": (47.70, 48.36, -0.33, 0.74), "73": (45.22, 45.75, 5.75, 6.67), "74": (45.82, 46.38, 5.94, 6.78),
    "75": (48.82, 48.90, 2.27, 2.41), "76": (49.29, 49.97, 0.10, 1.72), "77": (48.26, 49.06, 2.55, 3.30),
    "78": (48.64, 49.01, 1.62, 2.19), "79": (46.13, 46.99, -0.67, -0.01), "80": (49.67, 50.26, 1.55, 3.08),
    "81": (43.48, 44.05, 1.68, 2.64), "82": (43.84, 44.21, 0.94, 1.64), "83": (43.09, 43.62, 5.72, 6.79),
    "84": (43.70, 44.37, 4.76, 5.51), "85": (46.36, 47.01, -2.31, -0.62), "86": (46.14, 47.01, 0.08, 0.87),
    "87": (45.59, 46.23, 0.81, 1.63), "88": (47.93, 48.40, 5.69, 7.00), "89": (47.49, 48.30, 3.07, 4.05),
    "90": (47.50, 47.74, 6.84, 7.00), "91": (48.43, 48.74, 2.05, 2.52), "92": (48.75, 48.93, 2.17, 2.32),
    "93": (48.84, 48.96, 2.32, 2.58), "94": (48.72, 48.85, 2.32, 2.57), "95": (48.94, 49.15, 1.79, 2.51),
    "971": (15.89, 16.41, -61.79, -61.23), "972": (14.47, 14.83, -61.17, -60.87),
    "973": (3.54, 5.62, -54.35, -52.07), "974": (-21.38, -20.88, 55.23, 55.75),
    "976": (-12.95, -12.70, 45.08, 45.28),
}
_KM_PER_DEGREE_LAT = 110.57


def commune_point(seed: int, dept: str, code: str) -> tuple[float, float]:
    """A deterministic (latitude, longitude) for commune ``code``, uniform in the box of ``dept``.

    The point depends only on the seed and the commune, never on which other communes are generated.
    """
    lat_min, lat_max, lon_min, lon_max = DEPT_BOXES[dept]
    rng = random.Random(f"passerelles-national:{seed}:commune:{code}")
    return round(rng.uniform(lat_min, lat_max), 4), round(rng.uniform(lon_min, lon_max), 4)


def spread_km(population: int) -> float:
    """How far from its commune's point a school or centre may lie: wider for bigger communes.

    >>> spread_km(400), round(spread_km(150_000), 1)
    (0.6, 3.0)
    """
    return round(min(3.0, 0.5 + math.sqrt(population) / 150), 1)


def near(rng: random.Random, lat: float, lon: float, radius_km: float) -> tuple[float, float]:
    """A random point at most ``radius_km`` from (lat, lon), rounded to 5 decimals (about a metre)."""
    angle, distance = rng.uniform(0, 2 * math.pi), radius_km * math.sqrt(rng.random())
    dlat = distance * math.sin(angle) / _KM_PER_DEGREE_LAT
    dlon = distance * math.cos(angle) / (111.32 * max(0.2, math.cos(math.radians(lat))))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Approximate distance between two (latitude, longitude) points, in km (equirectangular).

    >>> round(distance_km((48.95, 2.25), (49.05, 2.25)), 1)
    11.1
    """
    mean = math.radians((a[0] + b[0]) / 2)
    return math.hypot((a[1] - b[1]) * 111.32 * math.cos(mean), (a[0] - b[0]) * _KM_PER_DEGREE_LAT)
