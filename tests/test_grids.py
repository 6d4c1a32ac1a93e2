"""Analysis grids on both stores: criteria in order, a practice or a case along a grid, comparisons across
communes and centres recomputed from the demo's CSV files, the conflict synthesis (counts only), and the
booklet's selection of validated practices."""

from __future__ import annotations

import csv
from collections import defaultdict

import pytest

from graph import vocabularies as voc
from ingest.demo import DEMO_DIR, load_demo
from queries import QUERIES
from queries.grids import Selection
from tools.demo.check import parse_month

VALIDE = "Validé par la fédération"


def sheet(name: str) -> list[dict[str, str]]:
    with (DEMO_DIR / f"{name}.csv").open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


@pytest.fixture
def demo(store):
    load_demo(store)
    return store


def test_grids_and_their_criteria_in_order(demo):
    grids = {g.id: g for g in QUERIES["grilles"](demo)}
    assert sorted(grids) == sorted(r["id_grille"] for r in sheet("grilles"))
    for grid in grids.values():
        rows = sorted((r for r in sheet("criteres") if r["grille"] == grid.id), key=lambda r: int(r["ordre"]))
        assert [c.libelle for c in grid.criteres] == [r["libelle"] for r in rows]
        assert [c.echelle for c in grid.criteres] == [voc.SCALE.code_for(r["echelle"]) for r in rows]
    assert [g.id for g in QUERIES["grilles"](demo, cible="situation")] == ["GR-03"]
    seed = QUERIES["grille_capitalisation"](demo)
    assert seed.id == "GR-01"
    assert [c.propriete for c in seed.criteres] == ["favorise", "fait_marcher", "ressources", "opportunites", "outils",
                                                   "obstacles"]


def test_a_practice_and_a_case_along_a_grid(demo):
    practice = next(r for r in sheet("pratiques") if r["id_pratique"] == "PR-001")
    values = QUERIES["grille_evaluation"](demo, grille="GR-01", pratique="PR-001")
    assert [v.valeur for v in values] == [practice[c] for c in ("favorise", "fait_marcher", "ressources",
                                                                 "opportunites", "outils", "obstacles")]
    for target, column in (("pratique", "pratique"), ("situation", "situation")):
        grid = "GR-02" if target == "pratique" else "GR-03"
        rows = [r for r in sheet("evaluations") if r[column] and r["critere"].startswith(grid)]
        key = rows[0][column]
        found = QUERIES["grille_evaluation"](demo, grille=grid, **{target: key})
        expected = {r["critere"]: r["valeur"] for r in rows if r[column] == key}
        assert {v.critere.id: v.valeur for v in found if v.valeur is not None} == expected
        assert [v.critere.ordre for v in found] == sorted(v.critere.ordre for v in found)
    assert QUERIES["grille_evaluation"](demo, grille="GR-02") == []
    assert QUERIES["grille_evaluation"](demo, grille="GR-99", pratique="PR-001") == []


def _expected_means(group_of: dict[str, str]) -> dict[tuple[str, str], float]:
    criteria = {r["id_critere"]: r for r in sheet("criteres")}
    values: dict[tuple[str, str], list[float]] = defaultdict(list)
    for r in sheet("evaluations"):
        scale = voc.SCALE.code_for(criteria[r["critere"]]["echelle"])
        if r["pratique"] and r["statut"] == VALIDE and scale in ("note_1_4", "oui_non"):
            number = float(r["valeur"]) if scale == "note_1_4" else float(r["valeur"] == "oui")
            values[(group_of[r["pratique"]], r["critere"])].append(number)
    return {key: round(sum(v) / len(v), 2) for key, v in values.items()}


def test_comparisons_across_communes_and_centres(demo):
    centre_of = {r["id_pratique"]: r["id_centre"] for r in sheet("pratiques")}
    commune_of = {r["id_centre"]: r["code_commune"] for r in sheet("centres")}
    by_commune = QUERIES["grille_comparaison"](demo, grille="GR-02", par="commune")
    assert {(r.groupe, r.critere): r.valeur for r in by_commune} == _expected_means(
        {p: commune_of[c] for p, c in centre_of.items()})
    by_centre = QUERIES["grille_comparaison"](demo, grille="GR-02", par="centre")
    assert {(r.groupe, r.critere): r.valeur for r in by_centre} == _expected_means(centre_of)
    assert {r.nom for r in by_commune} >= {"Argenteuil"}
    assert all(r.echelle in ("note_1_4", "oui_non") for r in by_commune)
    with_drafts = QUERIES["grille_comparaison"](demo, grille="GR-02", par="centre", valides=False)
    assert sum(r.n for r in with_drafts) > sum(r.n for r in by_centre)
    cases = QUERIES["grille_comparaison"](demo, grille="GR-03", par="commune")
    assert sum(r.n for r in cases if r.critere == "GR-03-C1") == sum(r["critere"] == "GR-03-C1"
                                                                     for r in sheet("evaluations"))


def test_the_conflict_synthesis_counts_validated_cases_only(demo):
    validated = [r for r in sheet("situations") if r["statut"] == VALIDE]
    found = QUERIES["synthese_postures"](demo)
    assert sum(s.cas for s in found) == len(validated)
    for s in found:
        mine = [r for r in validated if voc.STANCE.code_for(r["posture"]) == s.posture]
        assert s.cas == len(mine)
        assert s.apaisees == sum(voc.CONFLICT_OUTCOME.code_for(r["issue"]) == "apaisee" for r in mine)
        assert sum(n for _, n, _ in s.par_sollicitation) == s.cas
    assert not any(hasattr(s, "recit") for s in found)


def test_the_booklet_takes_validated_practices_and_the_selection(demo):
    practices = sheet("pratiques")
    validated = {r["id_pratique"] for r in practices if r["statut"] == VALIDE}
    every = QUERIES["fiches_pratiques"](demo)
    assert {s.id for s in every} == validated and len(every) == len(validated)
    assert all(len(s.rubriques) == 6 and all(v.valeur for v in s.rubriques) for s in every)

    themed = QUERIES["fiches_pratiques"](demo, selection=Selection(themes=("parentalite",)))
    assert {s.id for s in themed} == {r["id_pratique"] for r in practices
                                     if r["id_pratique"] in validated and "Parentalité" in r["themes"].split("|")}
    presented = QUERIES["fiches_pratiques"](demo, selection=Selection(rencontres=("R3",)))
    assert {s.id for s in presented} == {r["id_pratique"] for r in practices
                                        if r["id_pratique"] in validated and r["rencontre"] == "R3"}
    in_argenteuil = QUERIES["fiches_pratiques"](demo, selection=Selection(communes=("95018",)))
    assert in_argenteuil and all("95018" in {code for code, _ in s.communes} for s in in_argenteuil)
    period = QUERIES["fiches_pratiques"](demo, selection=Selection(debut="2024-01", fin="2024-12"))
    for r in practices:
        if r["id_pratique"] not in validated:
            continue
        start, end = parse_month(r["debut"]), parse_month(r["fin"]) if r["fin"] else None
        running = start <= 2024 * 12 + 11 and (end is None or end >= 2024 * 12)
        assert (r["id_pratique"] in {s.id for s in period}) == running, r["id_pratique"]
    reports = {r["pratique"] for r in sheet("retours") if r["statut"] == VALIDE}
    assert {s.id for s in every if s.retours} == reports & validated
