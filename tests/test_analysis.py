"""The analysis: gaps, network measures and per-territory summary on both stores (same answers),
on a small graph built here where the right answer is known, and the « Analyse » page under AppTest
(distance slider, downloads, hostile names shown as text)."""

from __future__ import annotations

import csv
import io

import pytest

from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode, SetLinks
from ingest.demo import load_demo
from queries import QUERIES
from queries.analysis import (
    centres_without_school,
    communes_without_centre,
    csv_bytes,
    network_measures,
    schools_without_partner_nearby,
    territory_summary,
)
from queries.proximity import haversine_km

ARGENTEUIL, CERGY = "95018", "95127"
HOSTILE = '<script>alert("x")</script><b>gras</b>'


def everything(store) -> dict:
    """Every analysis query, with a few parameter choices."""
    return {
        "ecoles_1": QUERIES["analyse_lacunes_ecoles"](store, distance_km=1.0),
        "ecoles_5_argenteuil": QUERIES["analyse_lacunes_ecoles"](store, distance_km=5.0, communes=[ARGENTEUIL]),
        "centres": QUERIES["analyse_lacunes_centres"](store),
        "communes": QUERIES["analyse_lacunes_communes"](store),
        "reseau": QUERIES["analyse_reseau"](store),
        "reseau_cergy": QUERIES["analyse_reseau"](store, communes=[CERGY]),
        "territoires": QUERIES["analyse_territoires"](store),
        "reseaux": QUERIES["analyse_territoires"](store, niveau="reseau"),
    }


def test_both_stores_give_the_same_analysis_of_the_demo(store, tmp_path):
    load_demo(store)
    reference = EmbeddedStore(tmp_path / "reference")
    load_demo(reference)
    try:
        expected = everything(reference)
    finally:
        reference.close()
    found = everything(store)
    assert found == expected
    assert found["ecoles_1"] and found["reseau"]["centres"] and found["territoires"]  # not trivially equal
    assert found == everything(store)  # and stable from one run to the next (seeded communities)


# --- a small graph where the answer is known ------------------------------------------------------

def small_graph(store) -> None:
    """Cergy (no QPV) holds two centres; Argenteuil (one QPV) holds none.

    * 0959013F, REP+ in Cergy, about 10 km from its only partner CS95-101;
    * 0959005X, outside priority networks but in Argenteuil (a commune with a QPV), no partner;
    * 0959001T, outside priority networks in Cergy: never a gap;
    * CS95-102 has no partnership.
    """
    store.apply([
        PutNode("Departement", "95", {"nom": "Val-d'Oise"}),
        PutNode("Commune", ARGENTEUIL, {"nom": "Argenteuil"}),
        PutNode("Commune", CERGY, {"nom": "Cergy"}),
        PutNode("Qpv", "QP095005", {"nom": "Quartier fictif"}),
        PutNode("Centre", "CS95-101", {"nom": "Centre fictif du Nord", "type": "centre_social",
                                       "latitude": 49.0400, "longitude": 2.0700}),
        PutNode("Centre", "CS95-102", {"nom": "Centre fictif sans école", "type": "centre_social",
                                       "latitude": 49.0300, "longitude": 2.0600}),
        PutNode("Ecole", "0959013F", {"nom": "École REP+ lointaine", "education_prioritaire": "rep_plus",
                                      "latitude": 48.9500, "longitude": 2.0700}),
        PutNode("Ecole", "0959005X", {"nom": "École du quartier", "education_prioritaire": "hors_ep",
                                      "latitude": 48.9470, "longitude": 2.2500}),
        PutNode("Ecole", "0959001T", {"nom": "École ordinaire", "education_prioritaire": "hors_ep",
                                      "latitude": 49.0350, "longitude": 2.0650}),
        PutNode("Partenariat", "PA-1", {"forme": "convention"}),
        SetLinks("DANS_DEPARTEMENT", "Commune", ARGENTEUIL, ("95",)),
        SetLinks("DANS_DEPARTEMENT", "Commune", CERGY, ("95",)),
        SetLinks("DANS_COMMUNE", "Qpv", "QP095005", (ARGENTEUIL,)),
        SetLinks("SITUE_DANS", "Centre", "CS95-101", (CERGY,)),
        SetLinks("SITUE_DANS", "Centre", "CS95-102", (CERGY,)),
        SetLinks("SITUE_DANS", "Ecole", "0959013F", (CERGY,)),
        SetLinks("SITUE_DANS", "Ecole", "0959005X", (ARGENTEUIL,)),
        SetLinks("SITUE_DANS", "Ecole", "0959001T", (CERGY,)),
        SetLinks("PORTE_PAR", "Partenariat", "PA-1", ("CS95-101",)),
        SetLinks("AVEC", "Partenariat", "PA-1", ("0959013F",)),
    ])


def gap_schools(store, distance: float) -> dict[str, dict]:
    return {row["uai"]: row for row in schools_without_partner_nearby(store, distance)}


def test_a_priority_school_with_only_a_far_partner_is_a_gap_at_1_km_not_at_50(store):
    small_graph(store)
    far = haversine_km(48.95, 2.07, 49.04, 2.07)
    assert 9 < far < 11
    near = gap_schools(store, 1)
    assert set(near) == {"0959013F", "0959005X"}  # the ordinary school is never a gap
    rep_plus = near["0959013F"]
    assert rep_plus["partenaire_le_plus_proche"] == "Centre fictif du Nord"
    assert rep_plus["distance_partenaire_km"] == pytest.approx(far, abs=0.01)
    assert rep_plus["motif"].startswith("REP+ :") and "Centre fictif du Nord" in rep_plus["motif"]
    quarter = near["0959005X"]
    assert quarter["motif"] == "Commune avec 1 QPV : aucun centre partenaire"
    assert quarter["centres_partenaires"] == 0 and quarter["centre_le_plus_proche"]  # whom to approach
    assert set(gap_schools(store, 50)) == {"0959005X"}  # a partner 10 km away is within 50 km
    assert set(gap_schools(store, far + 0.1)) == {"0959005X"} and "0959013F" in gap_schools(store, far - 0.1)


def test_a_centre_without_partnership_is_listed_until_it_gets_one(store):
    small_graph(store)
    [lonely] = centres_without_school(store)
    assert lonely["id_centre"] == "CS95-102" and lonely["commune"] == "Cergy"
    assert lonely["uai_la_plus_proche"] == "0959013F"  # the nearest *priority* school, not the ordinary one
    [commune] = communes_without_centre(store)
    assert (commune["code_insee"], commune["ecoles_prioritaires"], commune["avec_centre_partenaire"]) == (ARGENTEUIL, 1, 0)
    store.apply([PutNode("Partenariat", "PA-2", {"forme": "action_ponctuelle"}),
                 SetLinks("PORTE_PAR", "Partenariat", "PA-2", ("CS95-102",)),
                 SetLinks("AVEC", "Partenariat", "PA-2", ("0959005X",))])
    assert centres_without_school(store) == []
    assert "0959005X" in gap_schools(store, 1) and "0959005X" not in gap_schools(store, 50)
    [commune] = communes_without_centre(store)
    assert commune["avec_centre_partenaire"] == 1  # still no centre there, but one works with it from Cergy
    assert communes_without_centre(store, communes=[CERGY]) == []


def test_a_closed_school_is_no_longer_a_gap(store):
    small_graph(store)
    assert "0959005X" in gap_schools(store, 1)
    store.apply([PutNode("Ecole", "0959005X", {"etat": "ferme"})])
    assert "0959005X" not in gap_schools(store, 1)
    assert communes_without_centre(store) == []  # Argenteuil's only priority school has closed


def test_measures_find_the_bridge_and_explain_each_measure(store):
    small_graph(store)
    # A chain 0959013F – CS95-101 – 0959001T – CS95-102 – 0959005X: CS95-102 links CS95-101's schools to another
    store.apply([
        PutNode("Partenariat", "PA-2", {"forme": "convention"}), PutNode("Partenariat", "PA-3", {"forme": "convention"}),
        PutNode("Partenariat", "PA-4", {"forme": "convention"}),
        SetLinks("PORTE_PAR", "Partenariat", "PA-2", ("CS95-101",)), SetLinks("AVEC", "Partenariat", "PA-2", ("0959001T",)),
        SetLinks("PORTE_PAR", "Partenariat", "PA-3", ("CS95-102",)), SetLinks("AVEC", "Partenariat", "PA-3", ("0959001T",)),
        SetLinks("PORTE_PAR", "Partenariat", "PA-4", ("CS95-102",)), SetLinks("AVEC", "Partenariat", "PA-4", ("0959005X",)),
    ])
    measures = network_measures(store)
    by_centre = {row["id_centre"]: row for row in measures["centres"]}
    assert by_centre["CS95-101"]["ecoles"] == by_centre["CS95-102"]["ecoles"] == 2
    assert by_centre["CS95-101"]["exclusives"] == 1 and by_centre["CS95-102"]["exclusives"] == 1
    assert by_centre["CS95-101"]["intermediarite"] > 0
    assert measures["resume"] == {"centres": 2, "ecoles": 3, "liens": 4, "groupes": measures["resume"]["groupes"],
                                  "ilots": 1}
    for measure in measures["mesures"]:
        assert measure["titre"] and measure["phrase"].endswith(".") and not measure["phrase"].startswith("analyse.")
    assert all(row["phrase"].startswith(row["centre"]) for row in measures["en_tete"])
    assert "seul ensemble" in measures["ilots_phrase"]


def test_demo_measures_and_summaries_add_up(store):
    load_demo(store)
    measures = network_measures(store)
    rows = measures["centres"]
    assert [r["intermediarite"] for r in rows] == sorted((r["intermediarite"] for r in rows), reverse=True)
    assert sum(r["ecoles"] for r in rows) == measures["resume"]["liens"]
    assert sum(g["centres"] + g["ecoles"] for g in measures["groupes"]) == measures["resume"]["centres"] + measures["resume"]["ecoles"]
    assert 1 <= measures["resume"]["ilots"] <= measures["resume"]["groupes"]
    assert all(row["en_clair"].startswith(row["centre"]) for row in rows)
    communes = territory_summary(store)
    schools = store.counts()["Ecole"]
    assert sum(r["ecoles"] for r in communes) == schools
    # with no distance limit, the priority schools with no partner at all are exactly the gaps
    assert sum(r["prioritaires_sans_partenaire"] for r in communes) == len(schools_without_partner_nearby(store, 1000))
    assert sum(r["partenariats"] for r in communes) == store.counts()["Partenariat"]
    networks = territory_summary(store, niveau="reseau")
    assert len(networks) == store.counts()["Reseau"]
    assert all(r["part_couverte"] == r["part_prioritaires_couverte"] for r in networks)  # every member is priority
    only = schools_without_partner_nearby(store, 2, communes=[ARGENTEUIL])
    assert only and {r["code_insee"] for r in only} == {ARGENTEUIL}
    assert only == [r for r in schools_without_partner_nearby(store, 2) if r["code_insee"] == ARGENTEUIL]


def test_csv_opens_in_a_french_spreadsheet_and_formulas_stay_inert(tmp_path):
    store = EmbeddedStore(tmp_path / "g")
    try:
        small_graph(store)
        store.apply([PutNode("Centre", "CS95-102", {"nom": '=HYPERLINK("http://x")'})])
        rows = centres_without_school(store)
    finally:
        store.close()
    data = csv_bytes(rows, {"centre": "Centre", "distance_km": "Distance (km)"})
    assert data.startswith(b"\xef\xbb\xbf")
    [header, row] = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert header == ["Centre", "Distance (km)"]
    assert row[0] == '\'=HYPERLINK("http://x")' and "," in row[1] and float(row[1].replace(",", ".")) > 0


# --- the page -------------------------------------------------------------------------------------

def metrics(app) -> dict[str, str]:
    return {metric.label: metric.value for metric in app.metric}


def test_the_page_finds_the_demo_gaps_and_the_distance_changes_them(app_test):
    app = app_test("app_pages/analyse.py")
    app.run()
    assert not app.exception
    assert app.title[0].value == "Analyse : les manques et le réseau"
    assert any("dans une commune qui a un QPV" in info.value for info in app.info)
    label = "Établissements prioritaires sans partenaire proche"
    at_2_km = int(metrics(app)[label])
    app.slider(key="analyse_distance").set_value(0.5).run()
    at_half_km = int(metrics(app)[label])
    app.slider(key="analyse_distance").set_value(20.0).run()
    at_20_km = int(metrics(app)[label])
    assert at_half_km > at_2_km > at_20_km > 0
    buttons = app.get("download_button")
    assert len(buttons) == 6 and all(b.proto.label == "Télécharger ce tableau (CSV)" for b in buttons)
    assert any("Rôle de passeur" in m.value for m in app.markdown)
    app.radio(key="analyse_level").set_value("reseau").run()
    assert not app.exception and "Réseau" in app.dataframe[-1].value.columns
    app.multiselect(key="analyse_communes").select(ARGENTEUIL).run()
    assert not app.exception and int(metrics(app)[label]) < at_20_km


def test_hostile_names_are_shown_as_text(app_test, tmp_path):
    prepared = EmbeddedStore(tmp_path / "graphe")  # where app_test's store lives
    try:
        load_demo(prepared)
        top = network_measures(prepared)["en_tete"][0]["id_centre"]
        prepared.apply([
            PutNode("Centre", top, {"nom": HOSTILE}),
            PutNode("Centre", "CS95-999", {"nom": HOSTILE + " (seul)", "type": "centre_social",
                                           "latitude": 48.95, "longitude": 2.25}),
            SetLinks("SITUE_DANS", "Centre", "CS95-999", (ARGENTEUIL,)),
        ])
    finally:
        prepared.close()
    app = app_test("app_pages/analyse.py", demo=False)
    app.run()
    assert not app.exception
    texts = [element.value for element in [*app.markdown, *app.caption, *app.info]]
    assert not any("<script>" in text or "<b>" in text for text in texts)
    assert any("&lt;script&gt;" in text and "&lt;b&gt;gras&lt;/b&gt;" in text for text in app.markdown.values)
    assert not any(element.proto.allow_html for element in app.markdown if "script" in element.value)
    lonely = app.dataframe[1].value  # centres with no school link: the raw name, as a cell's text
    assert HOSTILE + " (seul)" in set(lonely.iloc[:, 0])


def test_an_empty_graph_says_what_to_do(app_test):
    app = app_test("app_pages/analyse.py", demo=False)
    app.run()
    assert not app.exception and not app.metric
    assert "importez des données" in app.info[0].value


def test_betweenness_by_component_is_networkx_s_bipartite_betweenness():
    """Computed island by island for speed, it must be the very figure networkx gives for the whole graph."""
    import random

    import networkx as nx

    from queries.analysis import centre_betweenness

    rng = random.Random(7)
    islands = []
    for trial in range(6):
        graph = nx.Graph()
        centres = [f"Centre:{trial}-{c}" for c in range(rng.randint(2, 30))]
        schools = [f"Ecole:{trial}-{s}" for s in range(rng.randint(3, 80))]
        graph.add_nodes_from(centres + schools)
        for _ in range(rng.randint(len(schools) // 2, 3 * len(schools))):
            graph.add_edge(rng.choice(centres), rng.choice(schools))
        graph.remove_nodes_from([node for node in list(graph) if graph.degree(node) == 0 and node in schools])
        expected = nx.bipartite.betweenness_centrality(graph, centres)
        found = centre_betweenness(graph, centres)
        islands.append(nx.number_connected_components(graph))
        assert all(abs(found[c] - expected[c]) < 1e-12 for c in centres), trial
    assert max(islands) > 1  # graphs of several islands were among them
