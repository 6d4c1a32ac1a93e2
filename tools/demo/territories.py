"""The real territories of the demo: the department, its 184 communes and its 41 QPV (open data)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from graph.text import fold
from tools.demo.common import DEPARTEMENT, OPENDATA, Row, decimal
from tools.demo.geometry import centroid, load_polygons
from tools.demo.world import Commune, World


def read_csv(path: Path, encoding: str) -> list[Row]:
    """The rows of a ``;``-separated CSV of the open data, as dicts."""
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def build_communes() -> dict[str, Commune]:
    """The 184 communes of the department, by INSEE code, with their population, centroid and polygons."""
    shapes = load_polygons()
    communes = {}
    for row in read_csv(OPENDATA / "communes-france-2024.csv", "utf-8"):
        if row["dep_code"] == DEPARTEMENT[0]:
            lat, lon = centroid(shapes[row["code_insee"]])
            communes[row["code_insee"]] = Commune(row["code_insee"], row["nom_standard"], int(row["population"]),
                                                  lat, lon, shapes[row["code_insee"]])
    if len(communes) != 184 or sorted(communes) != sorted(shapes):
        raise RuntimeError(f"expected the 184 communes of the 95 in both files, got {len(communes)} and {len(shapes)}")
    return dict(sorted(communes.items()))


def qpv_rows(world: World) -> list[Row]:
    """The rows of the 41 QPV of the department; also records in each commune the QPV it holds."""
    by_name: dict[str, str] = {}
    for commune in world.communes.values():
        if fold(commune.nom) in by_name:
            raise RuntimeError(f"two communes fold to the same name: {commune.nom}")
        by_name[fold(commune.nom)] = commune.code
    rows, unmatched = [], []
    for row in read_csv(OPENDATA / "qpv-2015-demographie-2022.csv", "utf-8-sig"):
        if not row["CODGEO"].startswith("QP095"):
            continue
        codes = []
        for name in row["LIB_COM"].split(","):
            code = by_name.get(fold(name))
            (codes.append(code) if code else unmatched.append(f"{row['CODGEO']}: {name.strip()}"))
        for code in codes:
            world.communes[code].qpvs.append(row["CODGEO"])
        rows.append({"code_qpv": row["CODGEO"], "nom": row["LIBGEO"].strip(),
                     "population": str(int(re.sub(r"\D", "", row["POP_MUN"]))), "communes": "|".join(codes)})
    if unmatched:
        raise RuntimeError("QPV communes not found among the communes of the 95: " + ", ".join(unmatched))
    if [r["code_qpv"] for r in rows] != [f"QP095{n:03d}" for n in range(1, 42)]:
        raise RuntimeError("expected exactly the 41 QPV QP095001..QP095041")
    return rows


def commune_rows(world: World) -> list[Row]:
    """The rows of the communes sheet."""
    return [{"code_insee": c.code, "nom": c.nom, "population": str(c.population), "latitude": decimal(c.lat, 4),
             "longitude": decimal(c.lon, 4), "code_departement": DEPARTEMENT[0]} for c in world.communes.values()]
