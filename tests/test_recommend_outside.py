"""The recommendations on the set written from outside (``data/evaluation/exterieur-93``, issue 18): a network of
the Seine-Saint-Denis written as a federation fills its workbook, 48 problems as centres phrase them, every practice
graded for each before the method was run on it. The workbook loads as published; the figures are computed here by
the benchmark's own code (``python3 -m bench.recommend --jeu exterieur``), never typed in, and may not go back."""

from __future__ import annotations

import csv
import hashlib

from bench import recommend as bench
from graph.backends.embedded import EmbeddedStore
from ingest.workbook import load_workbook

# Frozen before the method was run: the fingerprints its LISEZMOI.md gives.
FROZEN = {
    "requetes.csv": "66a9ecb0cdea0729067874e51bab082ad2a131e4d368db6dc468d63cedbac445",
    "reformulations.csv": "e89c6dac63386f21161e6b3d00a853e0c52d97b8330ca1d19595896e11853ae0",
    "jugements.csv": "9025e2a3b8f5d244fc009fa2051b543b6a0d5b99242b21446836e4ff62ffb334",
}


def test_the_set_is_the_one_graded_before_the_method_ran():
    told = (bench.OUTSIDE / "LISEZMOI.md").read_text(encoding="utf-8")
    for name, fingerprint in FROZEN.items():
        assert hashlib.sha256((bench.OUTSIDE / name).read_bytes()).hexdigest() == fingerprint, name
        assert fingerprint in told


def test_the_outside_workbook_loads_whole_and_every_practice_is_graded_for_every_query(tmp_path):
    with EmbeddedStore(tmp_path / "graphe") as store:
        loaded = load_workbook(store, bench.OUTSIDE / "classeur")
        assert loaded.written and not loaded.report.has_blocking, loaded.report.lines()[:5]
        practices = {p["id_pratique"]: p for p in store.nodes("Pratique")}
        carried = {row.source_key: row.target_key for row in store.links("PORTEE_PAR")}
    with (bench.OUTSIDE / "requetes.csv").open(encoding="utf-8") as handle:
        queries = list(csv.DictReader(handle, delimiter=";"))
    judgments = bench.read_judgments(bench.OUTSIDE)
    assert len(queries) >= 40 and len(practices) >= 70
    for query in queries:
        own = {key for key, centre in carried.items() if centre == query["id_centre"]}
        assert set(judgments[query["id_requete"]]) == set(practices) - own, query["id_requete"]


def test_the_method_does_not_go_back_on_the_outside_set():
    """Measured blind: nDCG@5 0.643 (keyword search 0.556); 0.753 once the thesaurus, lemmas and the problem's gate
    came, measured on this set (no longer blind), below the goal of 0.85 (issue 18, open)."""
    figures = bench.quality("exterieur")
    method, keyword = figures["méthode"][0], figures["mots-clés"][0]
    assert method >= 0.74 and method - keyword >= 0.18, figures


def test_a_reworded_problem_finds_much_the_same_practices():
    """Each query in three rewordings: the method's nDCG@5 and its mean change against the first wording. Measured:
    synonyms 0.636 (change 0.151), register 0.710 (0.100), spelling mistakes 0.734 (0.042); the goal is a change of at
    most 0.05 (issue 18, open, met for spelling mistakes only), so this holds the figures where they are."""
    found = bench.robustness()
    assert set(found) == {"synonymes", "registre", "fautes"}
    assert found["fautes"][1] <= 0.05 and all(n >= 0.63 and change <= 0.16 for n, change in found.values()), found
