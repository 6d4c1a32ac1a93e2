"""The Analyse page's queries, on the demo département and on the national dataset, side by side in one run:

* each query (the gap query, « analyse par territoire » per commune and per REP/REP+ network, the communes
  without a centre, the centres without a school) — seconds on each dataset and the national/département
  ratio (issue 17's goal: at most 1.5);
* the gap query before and after its spatial index: « before » is the pairwise scan the analysis used (kept
  here only, as the reference), « after » is :func:`queries.analysis.schools_without_partner_nearby`; both
  answers are checked equal;
* the index itself: the nearest centre of every priority school by scikit-learn's ``BallTree`` with the
  haversine metric against the ``KDTree`` of points on the unit sphere that :mod:`queries.proximity` uses;
* how much of each query is the read of the store (:func:`queries.analysis.snapshot`), the same for all,
  and what is left beyond it (« hors lecture »: the query's median less the read's).

    python -m bench.analysis [--rounds 3] [--before-rounds 1] [--scale 1.0] [--national DIR]

The national dataset (``tools.national``) is generated and loaded into an embedded store in a temporary
folder, once per run; ``--national DIR`` reuses a store already loaded there (``PASSERELLES_DATA_DIR`` of a
``python -m ingest charger`` of that dataset). Each figure is the median of ``--rounds`` runs (the pairwise
« before » is slow at national scale: ``--before-rounds``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from graph.backends.embedded import EmbeddedStore
from graph.store import GraphStore
from ingest.demo import load_demo
from queries import analysis
from queries.proximity import NearestPlaces, haversine_km, on_sphere, point

DISTANCE_KM = 2.0   # the page's default


def pairwise_nearest(origin: tuple[float, float] | None, places: Mapping[str, Any],
                     among: Iterable[str] | None = None) -> tuple[str, float] | None:
    """The analysis' nearest place before its index: every place measured, in key order."""
    if origin is None:
        return None
    best: tuple[float, str] | None = None
    for key in sorted(places if among is None else among):
        spot = point(places[key])
        if spot is not None:
            candidate = (round(haversine_km(*origin, *spot), 2), key)
            best = candidate if best is None or candidate < best else best
    return (best[1], best[0]) if best else None


def pairwise_gaps(store: GraphStore, distance_km: float = DISTANCE_KM) -> list[dict[str, Any]]:
    """:func:`queries.analysis.schools_without_partner_nearby` as it was before its index (no commune filter)."""
    snap = analysis.snapshot(store)
    partners = snap.partners()
    rows = []
    for uai, school in snap.schools.items():
        code = snap.commune_of.get(("Ecole", uai), "")
        if not snap.priority(uai):
            continue
        origin = point(school)
        mine = partners.get(uai, set())
        unmeasured = origin is None or any(point(snap.centres[c]) is None for c in mine)
        partner = pairwise_nearest(origin, snap.centres, mine)
        if mine and (unmeasured or (partner is not None and partner[1] <= distance_km)):
            continue
        nearest = pairwise_nearest(origin, snap.centres)
        rows.append(analysis.gap_row(snap, uai, school, code, len(mine), partner, nearest))
    return sorted(rows, key=lambda r: (r["commune"], r["ecole"], r["uai"]))


SNAPSHOT = "lecture du magasin (snapshot)"
QUERIES: dict[str, Callable[[GraphStore], Any]] = {
    SNAPSHOT: analysis.snapshot,
    f"lacunes écoles ({DISTANCE_KM:g} km), après": lambda s: analysis.schools_without_partner_nearby(s, DISTANCE_KM),
    "territoires, par commune": lambda s: analysis.territory_summary(s, "commune"),
    "territoires, par réseau": lambda s: analysis.territory_summary(s, "reseau"),
    "communes sans centre": analysis.communes_without_centre,
    "centres sans établissement": analysis.centres_without_school,
}
BEFORE = f"lacunes écoles ({DISTANCE_KM:g} km), avant"


def timed(run: Callable[[], Any], rounds: int) -> tuple[float, list[float], Any]:
    """The median seconds of ``rounds`` runs, every run's seconds, and the last answer."""
    seconds, answer = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        answer = run()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds), seconds, answer


def measure(store: GraphStore, rounds: int, before_rounds: int) -> dict[str, tuple[float, list[float], int]]:
    """Each query's median seconds, every run's and its number of rows; the gap query before and after
    checked equal."""
    found: dict[str, tuple[float, list[float], int]] = {}
    answers: dict[str, Any] = {}
    for name, query in QUERIES.items():
        median, runs, answers[name] = timed(lambda query=query: query(store), rounds)
        found[name] = (median, runs, len(answers[name]) if isinstance(answers[name], list) else 0)
    median, runs, before = timed(lambda: pairwise_gaps(store), before_rounds)
    found[BEFORE] = (median, runs, len(before))
    if before != answers[f"lacunes écoles ({DISTANCE_KM:g} km), après"]:
        raise SystemExit("La requête des lacunes ne donne plus la même réponse qu’avant son index.")
    return found


def index_seconds(store: GraphStore, rounds: int) -> tuple[float, float, int]:
    """Median seconds of the nearest centre of every priority school (tree built and asked) by a haversine
    ``BallTree`` and by the chord ``KDTree``, both found at the same distances, and how many questions."""
    import numpy as np
    from sklearn.neighbors import BallTree, KDTree

    snap = analysis.snapshot(store)
    places = NearestPlaces(snap.centres)
    origins = [spot for school in snap.priority_schools.values() if (spot := point(school)) is not None]
    radians, points = np.radians(np.asarray(origins)), np.radians(np.asarray(places.points))
    ball, _, (angle, _) = timed(lambda: BallTree(points, metric="haversine").query(radians, k=1), rounds)
    chord_tree, _, (chord, _) = timed(lambda: KDTree(on_sphere(places.points)).query(on_sphere(origins), k=1), rounds)
    if not np.allclose(2 * np.arcsin(chord[:, 0] / 2), angle[:, 0], rtol=0, atol=1e-12):
        raise SystemExit("Les deux index ne trouvent pas les mêmes distances.")
    return ball, chord_tree, len(origins)


def national_store(folder: Path | None, scale: float, tmp: Path) -> Path:
    """The folder of an embedded store holding the national dataset: ``folder``, or one generated and loaded
    in ``tmp``."""
    if folder is not None:
        return folder
    from bench.national import load
    from tools.national.generate import generate

    started = time.perf_counter()
    generate(tmp / "classeur", scale=scale)
    seconds, _ = load(tmp / "classeur", {"PASSERELLES_STORE": "embedded", "PASSERELLES_DATA_DIR": str(tmp / "graphe")})
    print(f"Jeu national (échelle {scale:g}) généré et chargé en {time.perf_counter() - started:.0f} s "
          f"(dont {seconds:.0f} s de chargement)", flush=True)
    return tmp / "graphe"


def report(departement: dict[str, tuple[float, list[float], int]],
           national: dict[str, tuple[float, list[float], int]]) -> None:
    read = national[SNAPSHOT][0]
    print(f"{'requête':<36} {'département (s)':>16} {'national (s)':>13} {'ratio':>8} {'hors lecture (s)':>17} "
          f"{'lignes':>14}  exécutions nationales (s)")
    for name in [*QUERIES, BEFORE]:
        (d, _, d_rows), (n, runs, n_rows) = departement[name], national[name]
        ratio = n / d if d else float("nan")
        beyond, rows = (f"{n - read:.3f}", f"{d_rows} / {n_rows}") if name != SNAPSHOT else ("", "")
        print(f"{name:<36} {d:>16.3f} {n:>13.3f} {ratio:>8.0f} {beyond:>17} {rows:>14}  "
              + " ".join(f"{s:.3f}" for s in runs))
    after = national[f"lacunes écoles ({DISTANCE_KM:g} km), après"][0]
    print(f"Lacunes écoles au national : {national[BEFORE][0]:.1f} s avant, {after:.2f} s après "
          f"({national[BEFORE][0] / after:.0f} fois moins) ; réponses identiques.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.analysis", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--before-rounds", type=int, default=1)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--national", type=Path, default=None,
                        help="an embedded store already holding the national dataset (else generated)")
    args = parser.parse_args(argv)
    import sklearn.neighbors  # noqa: F401  (the app's server imports it at start, ui.preload: no run pays for it)

    with tempfile.TemporaryDirectory(prefix="passerelles-bench-analysis-") as tmp:
        demo = EmbeddedStore(Path(tmp) / "demo")
        try:
            load_demo(demo)
            departement = measure(demo, args.rounds, args.rounds)
        finally:
            demo.close()
        store = EmbeddedStore(national_store(args.national, args.scale, Path(tmp)))
        try:
            national = measure(store, args.rounds, args.before_rounds)
            ball, chord, questions = index_seconds(store, args.rounds)
        finally:
            store.close()
    report(departement, national)
    print(f"Index seul au national ({questions} écoles prioritaires, 1 plus proche centre chacune) : BallTree "
          f"haversine {ball:.3f} s, KDTree des points de la sphère {chord:.3f} s ({ball / chord:.0f} fois moins).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
