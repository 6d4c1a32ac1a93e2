"""Build the demo world sheet by sheet, write one CSV per sheet, check them: the entry point of the generator."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from graph.schema import KIND_LIST, NodeKind
from tools.demo.capitalisation import build_capitalisation
from tools.demo.centres import build_centres
from tools.demo.check import self_check
from tools.demo.common import DEPARTEMENT, ROOT, Row
from tools.demo.meetings import build_meetings_and_questions, build_tools
from tools.demo.partnerships import build_partnerships
from tools.demo.practices import build_practices
from tools.demo.schools import build_schools
from tools.demo.situations import build_situations
from tools.demo.territories import build_communes, commune_rows, qpv_rows
from tools.demo.world import World


def write_sheet(out: Path, kind: NodeKind, rows: list[Row]) -> None:
    """Write ``rows`` as ``<sheet>.csv`` in ``out``: UTF-8 with BOM, ``;``, CRLF, the schema's columns in order."""
    header = [column.name for column in kind.columns]
    with (out / f"{kind.sheet}.csv").open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            if set(row) - set(header):
                raise KeyError(f"{kind.sheet}: columns not in the schema: {sorted(set(row) - set(header))}")
            writer.writerow([row.get(name, "") for name in header])


def build() -> World:
    """Build the whole world, sheet by sheet, in an order where every sheet can refer to the ones before it."""
    world = World(build_communes())
    world.rows["departements"] = [{"code_departement": DEPARTEMENT[0], "nom": DEPARTEMENT[1]}]
    world.rows["qpv"] = qpv_rows(world)
    world.rows["communes"] = commune_rows(world)
    build_schools(world)
    build_centres(world)
    build_partnerships(world)
    build_practices(world)
    build_meetings_and_questions(world)
    build_situations(world)
    build_tools(world)
    build_capitalisation(world)
    return world


def main(argv: list[str] | None = None) -> None:
    """Write the demo dataset in ``--out`` (default ``data/demo``), check it, and print the row counts."""
    parser = argparse.ArgumentParser(description="Écrit le jeu de démonstration (Val-d'Oise), une feuille par CSV.")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "demo", help="dossier de sortie (data/demo)")
    out = parser.parse_args(argv).out
    out.mkdir(parents=True, exist_ok=True)
    world = build()
    for kind in KIND_LIST:
        write_sheet(out, kind, world.rows.get(kind.sheet, []))
    self_check(out, world)
    print(" ".join(f"{kind.sheet}={len(world.rows.get(kind.sheet, []))}" for kind in KIND_LIST))
