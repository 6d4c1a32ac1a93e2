"""One position per commune of France, and light commune boundaries for the offline map, derived
from the IGN's commune boundaries (Admin Express, one GeoJSON per département).

    python3 -m tools.communes_positions DOSSIER_DES_CONTOURS [--communes data/opendata/communes-france-2024.csv]
        [--out data/opendata/geographie/communes-positions.csv] [--contours data/opendata/geographie/contours]

Every commune of the commune list (2024 codes) gets a point inside it
(:func:`ingest.positions.interior_point` of the largest polygon of the same code). The boundaries
are those of 2018, so a commune without a polygon of its own code is placed by a rule, and its
row says so (column ``approximation``):

- ``arrondissement``: a municipal arrondissement of Paris, Lyon or Marseille (the 2018 boundaries
  only have the whole city) takes the point of its city;
- ``code_postal``: any other (a commune restored since 2018) takes the mean of the points of the
  communes of its département that share its postal code and have a polygon.

A commune no rule places is printed and left out, never guessed. The codes of 2018 that the list
no longer has (communes merged since) are counted and ignored. A commune nouvelle that kept the
code of one of its former communes is placed inside that former commune: inside the new one too.

With ``--contours``, the boundaries are also written one gzip-compressed GeoJSON per département,
simplified (Douglas–Peucker, :data:`TOLERANCE` degrees) and rounded to :data:`CONTOUR_PLACES`
decimals: the map's background where the import was given no boundaries.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ingest.opendata import departement_of_commune
from ingest.positions import COLUMNS, PLACES, POSITIONS_FILE, boundary_positions, centroid, contains, largest_polygon

ROOT = Path(__file__).resolve().parent.parent
COMMUNES_FILE = ROOT / "data" / "opendata" / "communes-france-2024.csv"
CONTOURS_DIR = POSITIONS_FILE.parent / "contours"
TOLERANCE = 0.001    # degrees: about 110 m north–south, 75 m east–west; under a pixel on a département's map
CONTOUR_PLACES = 3   # decimals of the simplified boundaries, the same order as the tolerance
# Municipal arrondissements (first code, last code) → their city, whose 2018 polygon covers them all.
ARRONDISSEMENTS = (("75101", "75120", "75056"), ("69381", "69389", "69123"), ("13201", "13216", "13055"))


@dataclass
class Placement:
    """The positions found, by INSEE code, with the rule of each approximate one, and what was left out."""

    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    approximations: dict[str, str] = field(default_factory=dict)
    unplaced: list[tuple[str, str]] = field(default_factory=list)   # (code, name)
    outdated: list[str] = field(default_factory=list)               # 2018 codes the list no longer has
    moved_inside: int = 0                                           # centroids outside their commune, replaced

    def counts(self) -> Counter[str]:
        return Counter(self.approximations.get(code, "contour") for code in self.positions)


def read_features(folder: Path) -> dict[str, dict]:
    """INSEE code → GeoJSON feature, from every ``*.geojson`` of ``folder`` (the first file wins a code)."""
    found: dict[str, dict] = {}
    for path in sorted(folder.glob("*.geojson")):
        for feature in json.loads(path.read_text(encoding="utf-8-sig"))["features"]:
            found.setdefault(str(feature["properties"]["code"]), feature)
    return found


def read_communes(path: Path) -> list[dict[str, str]]:
    """The rows of the commune list (``code_insee``, ``nom_standard``, ``code_postal``…)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=";")
        if "code_insee" not in (reader.fieldnames or []):
            raise KeyError("code_insee")
        return list(reader)


def _city(code: str) -> str | None:
    return next((city for first, last, city in ARRONDISSEMENTS if first <= code <= last and len(code) == 5), None)


def place(communes: Sequence[Mapping[str, str]], features: Mapping[str, dict]) -> Placement:
    """Where each commune of ``communes`` is, from ``features`` (INSEE code → 2018 feature) and the rules above.

    >>> square = {"properties": {"code": "75056"}, "geometry": {"type": "Polygon",
    ...           "coordinates": [[[2.2, 48.8], [2.4, 48.8], [2.4, 48.9], [2.2, 48.9], [2.2, 48.8]]]}}
    >>> found = place([{"code_insee": "75056"}, {"code_insee": "75113"}, {"code_insee": "75999"}], {"75056": square})
    >>> found.positions["75113"], found.approximations, found.unplaced
    ((48.85, 2.3), {'75113': 'arrondissement'}, [('75999', '')])
    """
    found = Placement(positions=boundary_positions(features[c["code_insee"]] for c in communes
                                                   if c["code_insee"] in features))
    found.moved_inside = sum(1 for code in found.positions if _centroid_outside(features[code]))
    listed = {c["code_insee"] for c in communes}
    found.outdated = sorted(code for code in features if code not in listed)
    by_postcode: dict[tuple[str, str], list[str]] = defaultdict(list)
    for commune in communes:
        if commune["code_insee"] in found.positions:
            by_postcode[_postcode_key(commune)].append(commune["code_insee"])
    for commune in communes:
        code = commune["code_insee"]
        if code in found.positions:
            continue
        city = _city(code)
        key = _postcode_key(commune)
        neighbours = by_postcode.get(key, []) if key[1] else []
        if city in found.positions:
            found.positions[code], found.approximations[code] = found.positions[city], "arrondissement"
        elif neighbours:
            points = [found.positions[n] for n in neighbours]
            found.positions[code] = (round(sum(p[0] for p in points) / len(points), PLACES),
                                     round(sum(p[1] for p in points) / len(points), PLACES))
            found.approximations[code] = "code_postal"
        else:
            found.unplaced.append((code, commune.get("nom_standard", "")))
    return found


def _postcode_key(commune: Mapping[str, str]) -> tuple[str, str]:
    return departement_of_commune(commune["code_insee"]), commune.get("code_postal", "").strip()


def _centroid_outside(feature: dict) -> bool:
    polygon = largest_polygon(feature.get("geometry") or {})
    return polygon is not None and not contains(polygon, *centroid(polygon))


def write_positions(path: Path, communes: Sequence[Mapping[str, str]], found: Placement) -> None:
    """One row per placed commune, in the order of the list: ``code_insee;latitude;longitude;approximation``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\n")
        writer.writerow(COLUMNS)
        for commune in communes:
            code = commune["code_insee"]
            if code in found.positions:
                lat, lon = found.positions[code]
                writer.writerow([code, f"{lat:.{PLACES}f}", f"{lon:.{PLACES}f}", found.approximations.get(code, "")])


# --- light boundaries for the map -------------------------------------------------------------------


def simplify(points: Sequence[Sequence[float]], tolerance: float) -> list[Sequence[float]]:
    """Douglas–Peucker: the points of ``points`` that keep the line within ``tolerance`` of the original.

    >>> simplify([[0, 0], [1, 0.0001], [2, 0], [2, 1]], 0.001)
    [[0, 0], [2, 0], [2, 1]]
    """
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    pending = [(0, len(points) - 1)]
    while pending:
        first, last = pending.pop()
        (ax, ay, *_), (bx, by, *_) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = dx * dx + dy * dy
        farthest, far_index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i][0] - ax, points[i][1] - ay
            along = max(0.0, min(1.0, (px * dx + py * dy) / length)) if length else 0.0
            qx, qy = px - along * dx, py - along * dy
            if qx * qx + qy * qy > farthest:
                farthest, far_index = qx * qx + qy * qy, i
        if farthest > tolerance * tolerance:
            keep[far_index] = True
            pending += [(first, far_index), (far_index, last)]
    return [point for point, kept in zip(points, keep) if kept]


def _light_ring(ring: Sequence[Sequence[float]]) -> list[list[float]]:
    rounded = [[round(p[0], CONTOUR_PLACES), round(p[1], CONTOUR_PLACES)] for p in simplify(ring, TOLERANCE)]
    return [p for i, p in enumerate(rounded) if i == 0 or p != rounded[i - 1]]


def light_feature(feature: dict) -> dict | None:
    """``feature`` simplified: a hole or an islet that shrinks to less than a triangle is dropped, and
    a commune smaller than the tolerance keeps its largest polygon, rounded only; None without polygons."""
    geometry = feature.get("geometry") or {}
    polygons = [geometry["coordinates"]] if geometry.get("type") == "Polygon" else geometry.get("coordinates") or []
    kept = []
    for polygon in polygons:
        outer = _light_ring(polygon[0]) if polygon else []
        if len(outer) >= 4:
            kept.append([outer] + [hole for hole in map(_light_ring, polygon[1:]) if len(hole) >= 4])
    if not kept:
        largest = largest_polygon(geometry)
        if largest is None:
            return None
        kept = [[[[round(p[0], CONTOUR_PLACES + 1), round(p[1], CONTOUR_PLACES + 1)] for p in largest[0]]]]
    props = feature.get("properties") or {}
    shape = ({"type": "Polygon", "coordinates": kept[0]} if len(kept) == 1
             else {"type": "MultiPolygon", "coordinates": kept})
    return {"type": "Feature", "properties": {"code": str(props.get("code", "")), "nom": props.get("nom", "")},
            "geometry": shape}


def write_contours(folder: Path, features: Iterable[dict]) -> dict[str, int]:
    """One ``communes-DD.geojson.gz`` per département in ``folder`` (byte-identical from one run to the
    next); the size in bytes of each file, by département."""
    by_departement: dict[str, list[dict]] = defaultdict(list)
    for feature in features:
        light = light_feature(feature)
        if light is not None:
            by_departement[departement_of_commune(light["properties"]["code"])].append(light)
    folder.mkdir(parents=True, exist_ok=True)
    sizes = {}
    for departement, kept in sorted(by_departement.items()):
        text = json.dumps({"type": "FeatureCollection", "features": kept}, ensure_ascii=False, separators=(",", ":"))
        data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
        (folder / f"communes-{departement}.geojson.gz").write_bytes(data)
        sizes[departement] = len(data)
    return sizes


def _n(count: int, one: str, many: str) -> str:
    """« 1 commune », « 0 commune », « 12 communes » (French: 0 and 1 take the singular)."""
    return f"{count:,}".replace(",", "\u202f") + " " + (one if count <= 1 else many)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m tools.communes_positions", description=(
        "La position de chaque commune de France, et ses contours allégés, à partir des contours de l’IGN."))
    parser.add_argument("contours", type=Path, help="dossier des contours de communes (un GeoJSON par département)")
    parser.add_argument("--communes", type=Path, default=COMMUNES_FILE, help="liste des communes (codes INSEE actuels)")
    parser.add_argument("--out", type=Path, default=POSITIONS_FILE, help="fichier des positions à écrire")
    parser.add_argument("--contours-out", type=Path,
                        help="dossier où écrire les contours allégés, par département")
    args = parser.parse_args(argv)
    try:
        features = read_features(args.contours)
        communes = read_communes(args.communes)
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"Lecture impossible ({type(error).__name__} : {error}) : vérifiez le dossier des contours (un "
              "GeoJSON par département, propriété « code ») et la liste des communes (colonne « code_insee »).")
        return 1
    found = place(communes, features)
    write_positions(args.out, communes, found)
    for line in summary(communes, features, found):
        print(line)
    print(f"Écrit : {args.out} ({args.out.stat().st_size / 1000:.0f} ko).")
    if args.contours_out:
        sizes = write_contours(args.contours_out, features.values())
        print(f"Contours allégés : {_n(len(sizes), 'département', 'départements')} dans {args.contours_out} "
              f"({sum(sizes.values()) / 1e6:.1f} Mo en tout).")
    return 0


def summary(communes: Sequence[Mapping[str, str]], features: Mapping[str, dict], found: Placement) -> list[str]:
    """What :func:`place` did, in French: how many communes each rule placed, which ones it could not."""
    counts = found.counts()

    def named(codes: Iterable[str]) -> str:
        names = {c["code_insee"]: c.get("nom_standard", "") for c in communes}
        listed = ", ".join(f"{code} {names.get(code, '')}".strip() for code in codes)
        return f" ({listed})" if listed else ""

    by_postcode = [code for code, rule in found.approximations.items() if rule == "code_postal"]
    outdated = len(found.outdated)
    return [
        f"{_n(len(communes), 'commune', 'communes')} dans la liste, "
        f"{_n(len(features), 'contour', 'contours')} de 2018.",
        f"- dans le contour de 2018 de même code : {_n(counts['contour'], 'commune', 'communes')} (centroïde hors "
        f"de la commune, remplacé par un point intérieur : {_n(found.moved_inside, 'fois', 'fois')}) ;",
        "- au point de la ville (approché) : "
        f"{_n(counts['arrondissement'], 'arrondissement municipal', 'arrondissements municipaux')} "
        "de Paris, Lyon et Marseille ;",
        "- au milieu des communes de même code postal (approché) : "
        f"{_n(counts['code_postal'], 'commune', 'communes')}{named(by_postcode)} ;",
        f"- sans position : {_n(len(found.unplaced), 'commune', 'communes')}{named(c for c, _ in found.unplaced)}.",
        f"{_n(outdated, 'code de 2018 absent', 'codes de 2018 absents')} de la liste (communes fusionnées depuis) : "
        + ("ignoré." if outdated <= 1 else "ignorés."),
    ]


if __name__ == "__main__":
    raise SystemExit(main())
