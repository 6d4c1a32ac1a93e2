"""The real territories: départements, communes (34,990, arrondissements of Paris, Lyon and Marseille
included) and the 1,400 QPV of the 2015 list, with their communes matched by name.

At a scale below 1, only some départements are generated (the Val-d'Oise, Corse-du-Sud and
Guadeloupe first, so that small datasets still hold a Corsican and an overseas département, then
others in a fixed random order) until they hold the scale's share of the population.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator

from graph.text import fold
from ingest.positions import shipped_positions
from tools.demo.common import OPENDATA, decimal
from tools.national.common import Row, SheetWriter, dept_of_qpv, rng_for
from tools.national.geo import commune_point
from tools.national.world import Commune, World

FIRST_DEPARTEMENTS = ("95", "2A", "971")
_ARRONDISSEMENT = re.compile(r"^(.*) \d+(?:er|e) Arrondissement$")


def _rows(name: str, encoding: str) -> Iterator[Row]:
    with (OPENDATA / name).open(encoding=encoding, newline="") as handle:
        yield from csv.DictReader(handle, delimiter=";")


def read_communes(seed: int) -> tuple[dict[str, Commune], dict[str, str]]:
    """Every commune of the open data, by INSEE code, and every département (code → name), in code order.

    A commune is at its real position (``data/opendata/geographie/communes-positions.csv``); one the
    file lacks would get a fictional point in its département's box (:func:`commune_point`)."""
    real = shipped_positions()
    communes: dict[str, Commune] = {}
    departements: dict[str, str] = {}
    for row in _rows("communes-france-2024.csv", "utf-8"):
        code, dept = row["code_insee"], row["dep_code"]
        departements.setdefault(dept, row["dep_nom"])
        lat, lon = real[code] if code in real else commune_point(seed, dept, code)
        communes[code] = Commune(code, row["nom_standard"], dept, int(row["population"] or 0), lat, lon)
    by_name = {(c.dept, fold(c.nom)): c for c in communes.values()}
    for commune in communes.values():  # Paris, Lyon, Marseille: their arrondissements hold schools and centres
        found = _ARRONDISSEMENT.match(commune.nom)
        if found and (commune.dept, fold(found[1])) in by_name:
            by_name[(commune.dept, fold(found[1]))].placeable = False
    return dict(sorted(communes.items())), dict(sorted(departements.items()))


def select_departements(communes: dict[str, Commune], departements: dict[str, str], seed: int,
                        scale: float) -> list[str]:
    """The départements to generate: all at scale 1, else the first ones holding ``scale`` of the population."""
    if scale >= 1:
        return list(departements)
    people = {dept: 0 for dept in departements}
    for commune in communes.values():
        if commune.placeable:
            people[commune.dept] += commune.population
    others = [d for d in departements if d not in FIRST_DEPARTEMENTS]
    rng_for(seed, "departements").shuffle(others)
    chosen, total, wanted = [], 0, scale * sum(people.values())
    for dept in [*FIRST_DEPARTEMENTS, *others]:
        if len(chosen) >= len(FIRST_DEPARTEMENTS) and total >= wanted:
            break
        chosen.append(dept)
        total += people[dept]
    return sorted(chosen, key=list(departements).index)


def qpv_population(text: str) -> int:
    """A population as the QPV file writes it (narrow no-break spaces between thousands).

    >>> qpv_population("6\u202f490")
    6490
    """
    return int(re.sub(r"\D", "", text) or 0)


def build_territories(world: World, out_writer: dict[str, SheetWriter]) -> None:
    """Read the open data, keep the chosen départements, match the QPV, and write the three territory sheets."""
    communes, departements = read_communes(world.seed)
    chosen = set(select_departements(communes, departements, world.seed, world.scale))
    world.departements = {code: name for code, name in departements.items() if code in chosen}
    world.communes = {code: c for code, c in communes.items() if c.dept in chosen}
    by_name = {(c.dept, fold(c.nom)): c.code for c in world.communes.values()}
    qpv_rows: list[Row] = []
    dropped_names: list[str] = []
    dropped_qpv: list[str] = []
    for row in _rows("qpv-2015-demographie-2022.csv", "utf-8-sig"):
        code, dept = row["CODGEO"].strip(), dept_of_qpv(row["CODGEO"].strip())
        if dept not in chosen:
            continue
        matched = []
        for name in row["LIB_COM"].split(","):
            found = by_name.get((dept, fold(name)))
            if found is None:
                dropped_names.append(f"{code} « {name.strip()} »")
            elif found not in matched:
                matched.append(found)
        if not matched:
            dropped_qpv.append(code)
            continue
        people = qpv_population(row["POP_MUN"])
        for commune in matched:
            world.communes[commune].qpvs.append(code)
            world.communes[commune].qpv_population += people / len(matched)
        world.qpv_communes[code] = matched
        qpv_rows.append({"code_qpv": code, "nom": row["LIBGEO"].strip(), "population": str(people),
                         "communes": "|".join(matched)})
    if dropped_names:
        world.notes.append(f"QPV : {len(dropped_names)} commune(s) introuvable(s) dans le département du QPV, "
                           f"retirée(s) du QPV : {', '.join(dropped_names)}")
    if dropped_qpv:
        world.notes.append(f"QPV retirés faute de commune reconnue : {', '.join(dropped_qpv)}")
    out_writer["departements"].write_all({"code_departement": code, "nom": name}
                                         for code, name in world.departements.items())
    out_writer["communes"].write_all(commune_rows(world))
    out_writer["qpv"].write_all(sorted(qpv_rows, key=lambda r: r["code_qpv"]))
    world.counts.update({sheet: out_writer[sheet].count for sheet in ("departements", "communes", "qpv")})


def commune_rows(world: World) -> Iterator[Row]:
    """The rows of the communes sheet."""
    for c in world.communes.values():
        yield {"code_insee": c.code, "nom": c.nom, "population": str(c.population), "latitude": decimal(c.lat, 4),
               "longitude": decimal(c.lon, 4), "code_departement": c.dept}
