"""Build the national world sheet by sheet, writing each CSV as it goes, then check it: the entry point.

    python -m tools.national --out DIR [--scale 1.0] [--seed N] [--no-check]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from graph.schema import KIND_LIST
from tools.national.centres import build_centres
from tools.national.check import self_check
from tools.national.common import SheetWriter
from tools.national.meetings import build_questions_and_meetings, build_tools, plan_meetings
from tools.national.partnerships import build_partnerships
from tools.national.practices import build_practices
from tools.national.schools import build_schools
from tools.national.situations import build_situations
from tools.national.territories import build_territories
from tools.national.world import World


def generate(out: Path, scale: float = 1.0, seed: int = 0, check: bool = True) -> World:
    """Write the national dataset in ``out`` (created if needed) and return the world it was drawn from.

    Every sheet of the schema is written, in an order where each can refer to the ones before it;
    with ``check``, what was written is read back and checked (:func:`tools.national.check.self_check`).
    """
    if scale <= 0:
        raise ValueError("the scale must be positive")
    out.mkdir(parents=True, exist_ok=True)
    world = World(seed, scale)
    writers = {kind.sheet: SheetWriter(out, kind) for kind in KIND_LIST}
    try:
        build_territories(world, writers)
        build_schools(world, writers)
        build_centres(world, writers["centres"])
        build_partnerships(world, writers["partenariats"])
        plan_meetings(world)
        build_practices(world, writers["pratiques"])
        build_questions_and_meetings(world, writers["questions"], writers["rencontres"])
        build_situations(world, writers["situations"])
        build_tools(world, writers["outils"])
    finally:
        for writer in writers.values():
            writer.close()
    if check:
        self_check(out)
    return world


def main(argv: list[str] | None = None) -> None:
    """Write the dataset, print the rows of each sheet, what the generator has to tell, the time and the size."""
    parser = argparse.ArgumentParser(
        description="Écrit un jeu de données national fictif (communes et QPV réels), une feuille par CSV.")
    parser.add_argument("--out", type=Path, required=True, help="dossier de sortie")
    parser.add_argument("--scale", type=float, default=1.0, help="taille relative (1.0 : la France ; 0.01 : tests)")
    parser.add_argument("--seed", type=int, default=0, help="graine (même graine, mêmes fichiers)")
    parser.add_argument("--no-check", action="store_true", help="ne pas relire ni vérifier les fichiers écrits")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    world = generate(args.out, args.scale, args.seed, check=not args.no_check)
    elapsed = time.perf_counter() - start
    for note in world.notes:
        print(note)
    print(" ".join(f"{kind.sheet}={world.counts.get(kind.sheet, 0)}" for kind in KIND_LIST))
    size = sum(path.stat().st_size for path in args.out.glob("*.csv"))
    print(f"{elapsed:.1f} s, {size / 2**20:.1f} Mio dans {args.out}")
