"""The first recommendation after a restart: the index built from the store, against the index read from disk.

    python -m bench.recommend_restart [--magasin DOSSIER] [--echelle 1.0] [--tours 3]

On the national dataset in the embedded store (``--magasin``: a folder holding one, else generated and loaded in a
temporary folder, ``tools.national`` at ``--echelle``), in alternation so that the shared machine's load hits both
alike: :func:`queries.recommend_index.build_index` (what the first visitor waited for after every restart) and
:func:`queries.recommend_index.stored_index` reading the file a previous run wrote (what the page does now), then one
recommendation on the index read. Printed: the medians and their ratio.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench.analysis import national_store
from graph.backends.embedded import EmbeddedStore
from queries.recommend import Profile, profile_for_centre, recommend
from queries.recommend_index import build_index, stored_index

PROBLEM = "des collégiens sèchent les cours et les parents ne sont pas au courant"


def measure(folder: Path, rounds: int) -> dict[str, list[float]]:
    """Seconds of each round: the build, the read from disk, one recommendation on the index read."""
    times: dict[str, list[float]] = {"construit": [], "lu sur le disque": [], "une recommandation": []}
    with EmbeddedStore(folder) as store, tempfile.TemporaryDirectory(prefix="passerelles-index-") as kept:
        stored_index(store, Path(kept), "administrateur")  # what the run before the restart left
        for _ in range(rounds):
            started = time.perf_counter()
            build_index(store)
            times["construit"].append(time.perf_counter() - started)
            started = time.perf_counter()
            index = stored_index(store, Path(kept), "administrateur")
            times["lu sur le disque"].append(time.perf_counter() - started)
            centre = sorted(index.centres)[len(index.centres) // 2]
            asked = Profile(**{**profile_for_centre(store, centre, index=index).__dict__, "text": PROBLEM})
            started = time.perf_counter()
            recommend(store, asked, index=index)
            times["une recommandation"].append(time.perf_counter() - started)
        print(f"{len(index)} pratiques, {len(index.centres)} centres")
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.recommend_restart", description=__doc__.split("\n\n")[0])
    parser.add_argument("--magasin", type=Path, help="dossier d’un magasin embarqué qui tient déjà le jeu national")
    parser.add_argument("--echelle", type=float, default=1.0, help="échelle du jeu national généré")
    parser.add_argument("--tours", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="passerelles-national-") as tmp:
        times = measure(national_store(args.magasin, args.echelle, Path(tmp)), args.tours)
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(f"{name:<20} médiane {medians[name]:7.3f} s   ({' '.join(f'{v:.3f}' for v in values)})")
    print(f"lire l’index au lieu de le construire : {medians['construit'] / medians['lu sur le disque']:.0f} fois "
          f"plus court")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
