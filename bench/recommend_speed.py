"""The recommendations' speed on a real Neo4j server, at national and at département scale.

    python -m bench.recommend --vitesse [--echelle 1.0]

One Neo4j server is started by the measure itself. The national dataset (``tools.national``, scale 1.0: ~3,800
centres, ~30,000 practices) and a département-size one (scale 0.01: ~40 centres, ~300 practices, the size of the
Val-d'Oise) are loaded in turn; from each, the recommendation data is gathered once from the server
(:func:`queries.recommend_index.build_index`, the app does it again after every write). Then, in alternation so
that the shared machine's load hits all alike:

- a single indexed node lookup over Bolt (``store.get("Centre", key)``, a unique-constraint index seek);
- a recommendation for a centre and a problem (its configuration, its themes and a sentence in French), top ten
  with all their reasons, at national scale and at département scale.

A recommendation reads the gathered data, not the server: what it costs is the ranking itself.

Printed: the medians, and the two ratios of the issue — recommendation over lookup at national scale (at most 5),
national over département recommendation latency (at most 1.5).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from graph.backends.neo4j import Neo4jStore
from ingest.workbook import load_workbook
from queries.recommend import Profile, profile_for_centre, recommend
from queries.recommend_index import RecommendationIndex, build_index
from tools.neo4j_server import Neo4jServer

PROBLEMS = (
    (("lien_familles_ecole",), "les parents ne viennent plus aux réunions de l’école"),
    (("accompagnement_scolaire",), "relier notre aide aux devoirs et les enseignants du collège"),
    (("conflits", "communication"), "un conflit entre une famille et l’école après une sanction"),
    (("parents_allophones",), "des mamans qui ne parlent pas français n’osent pas entrer dans l’école"),
)
ROUNDS = 300


def _profiles(store: Neo4jStore, index: RecommendationIndex, count: int = 60) -> list[Profile]:
    rng = random.Random(5)
    found = []
    for n in range(count):
        mine = profile_for_centre(store, rng.choice(sorted(index.centres)), index=index)
        themes, text = PROBLEMS[n % len(PROBLEMS)]
        found.append(Profile(**{**mine.__dict__, "themes": themes, "text": text}))
    return found


def gather(store: Neo4jStore, folder: Path, scale: float) -> tuple[RecommendationIndex, list[Profile], float, float]:
    """Load the dataset of ``scale`` into ``store`` (emptied first) and gather the recommendation data from it:
    the index, profiles to ask with, the seconds the load and the gathering took."""
    from tools.national.generate import generate

    generate(folder, scale=scale, check=False)
    store.clear()
    started = time.perf_counter()
    report = load_workbook(store, folder).report
    if report.has_blocking:
        raise SystemExit("\n".join(report.lines()[:10]))
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    index = build_index(store)
    return index, _profiles(store, index), loaded, time.perf_counter() - started


def speed(scale: float = 1.0) -> int:
    """Measure both scales on one server, print the figures and the ratios; 0 when both targets are met.

    The département's data is gathered first, then the national one replaces it on the server; the lookups run
    on the national graph, and the three timings alternate so that the machine's load weighs on all alike."""
    with Neo4jServer() as server, tempfile.TemporaryDirectory(prefix="passerelles-reco-") as tmp:
        store = Neo4jStore(server.uri, server.user, server.password or "", "neo4j")
        try:
            store.ensure_schema()
            gathered = {name: gather(store, Path(tmp) / name, size)
                        for name, size in (("département", 0.01), ("national", scale))}
            centres = sorted(gathered["national"][0].centres)
            rng = random.Random(7)
            timings: dict[str, list[float]] = {"lookup": [], "département": [], "national": []}
            for n in range(ROUNDS + 20):
                started = time.perf_counter()
                store.get("Centre", rng.choice(centres))
                lap = [time.perf_counter() - started]
                for name in ("département", "national"):
                    index, profiles, _, _ = gathered[name]
                    started = time.perf_counter()
                    recommend(store, profiles[n % len(profiles)], index=index)
                    lap.append(time.perf_counter() - started)
                if n >= 20:  # the first laps warm the driver's pool, the server's caches and the process
                    for name, seconds in zip(timings, lap):
                        timings[name].append(seconds)
        finally:
            store.clear()
            store.close()
    median = {name: statistics.median(values) for name, values in timings.items()}
    for name, (index, _, loaded, seconds) in gathered.items():
        print(f"{name:<12} {len(index):>6} pratiques ; chargé dans Neo4j en {loaded:.0f} s, données des "
              f"recommandations lues en {seconds:.1f} s ; recommandation : {1000 * median[name]:.2f} ms (médiane)")
    print(f"lecture d’un nœud indexé par Bolt (graphe national) : {1000 * median['lookup']:.2f} ms (médiane)")
    cost = median["national"] / median["lookup"]
    growth = median["national"] / median["département"]
    print(f"recommandation / lecture indexée (national) : {cost:.2f} (objectif : au plus 5) — "
          f"{'atteint' if cost <= 5 else 'PAS ATTEINT'}")
    print(f"national / département (recommandation) : {growth:.2f} (objectif : au plus 1,5) — "
          f"{'atteint' if growth <= 1.5 else 'PAS ATTEINT'}")
    return 0 if cost <= 5 and growth <= 1.5 else 1
