"""The demo dataset: deterministic, loads without a single problem, gives the same graph on
both stores, and is what the issue asked for (Val-d'Oise, fictional centres and schools)."""

from __future__ import annotations

import csv
import filecmp
import subprocess
import sys
from pathlib import Path

from graph.backends.embedded import EmbeddedStore
from graph.schema import KIND_LIST
from helpers import dump
from ingest.demo import DEMO_DIR, load_demo
from ingest.template import template_xlsx
from ingest.workbook import load_workbook

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = {
    "Departement": 1, "Commune": 184, "Qpv": 41, "Centre": 40, "Reseau": 20, "Ecole": 300,
    "Partenariat": 150, "Rencontre": 3, "Pratique": 120, "Situation": 30, "Question": 14, "Outil": 7,
    "Retour": 8, "Avis": 25, "Grille": 3, "Critere": 16, "Evaluation": 396,
    "Source": 0,  # the demo is a workbook, not a file of the State's open data
    "Terme": 0,  # the federation adds its terms to the thesaurus in the app, never in a workbook
}


def test_the_demo_loads_whole_and_twice_changes_nothing(store):
    result = load_demo(store)
    assert result.report.problems == []
    assert store.counts() == EXPECTED
    before = dump(store)
    again = load_demo(store)
    assert not again.written and sum(again.unchanged.values()) == sum(EXPECTED.values())
    assert dump(store) == before


def test_the_seed_meetings_are_there(store):
    load_demo(store)
    meetings = {m["id_rencontre"]: m for m in store.nodes("Rencontre")}
    assert sorted(m["date"] for m in meetings.values()) == ["2018-06-05", "2019-02-19", "2019-05-23"]
    third = next(m for m in meetings.values() if m["date"] == "2019-05-23")
    assert (third["lieu"], third["heure_debut"], third["heure_fin"]) == ("Maison Pour Tous", "09:00", "12:30")
    held_in = {row.source_key: row.target_key for row in store.links("SITUE_DANS") if row.source_label == "Rencontre"}
    assert held_in[third["id_rencontre"]] == "95018"
    questions = [q["texte"] for q in store.nodes("Question")]
    assert any("conflit" in q and "parent" in q for q in questions)


def test_the_demo_is_the_same_graph_on_both_stores(neo4j_server, tmp_path):
    from conftest import neo4j_store

    embedded = EmbeddedStore(tmp_path / "graphe")
    neo4j = neo4j_store(neo4j_server)
    neo4j.clear()
    try:
        load_demo(embedded)
        load_demo(neo4j)
        assert _without_provenance(dump(embedded)) == _without_provenance(dump(neo4j))
    finally:
        embedded.close()
        neo4j.clear()
        neo4j.close()


def _without_provenance(graph):
    nodes, links = graph
    return {label: [{k: v for k, v in n.items() if k not in ("cree_le", "modifie_le", "contribue_par")} for n in rows]
            for label, rows in nodes.items()}, links


def test_everything_named_is_fictional():
    for sheet, column in (("centres", "nom"), ("ecoles", "nom"), ("reseaux", "nom")):
        with (DEMO_DIR / f"{sheet}.csv").open(encoding="utf-8-sig") as handle:
            names = [row[column] for row in csv.DictReader(handle, delimiter=";")]
        assert names and all("fictif" in name.lower() or "fictive" in name.lower() for name in names), sheet


def test_the_demo_is_generated_deterministically(tmp_path):
    subprocess.run([sys.executable, "-m", "tools.make_demo", "--out", str(tmp_path)], cwd=ROOT, check=True,
                   capture_output=True)
    names = sorted(p.name for p in DEMO_DIR.glob("*.csv"))
    match, mismatch, errors = filecmp.cmpfiles(DEMO_DIR, tmp_path, names, shallow=False)
    assert (mismatch, errors) == ([], []) and len(match) == len(KIND_LIST)


def test_the_template_workbook_loads_to_the_same_graph(tmp_path):
    path = tmp_path / "modele.xlsx"
    path.write_bytes(template_xlsx(DEMO_DIR))
    from_csv, from_xlsx = EmbeddedStore(tmp_path / "a"), EmbeddedStore(tmp_path / "b")
    load_demo(from_csv)
    result = load_workbook(from_xlsx, path)
    assert not result.report.has_blocking, result.report.lines()[:5]
    assert {p.sheet for p in result.report.warnings} == {"Lisez-moi", "Valeurs admises"}
    assert _without_provenance(dump(from_csv)) == _without_provenance(dump(from_xlsx))
