"""A change to an item already published waits for the federation (issue 16, item 5), on both stores.

A centre renames its published centre, or moves a partnership to another school: readers — a partner, someone
not signed in, another centre — keep seeing the published version everywhere (the store's nodes and links, the
graph and its CSV, GraphML, GEXF and HTML files, the booklet, a presentation's offline file, the map, the
recommendations, the card, the history) until the federation validates the change; the centre that proposed it
and the federation see the proposal, marked as waiting. Validated, everyone sees it; rejected, the published
version stays and the centre reads why.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from helpers import dump
from test_page_access import accounts, everything, sign_in  # noqa: F401  (a fixture: the demo's three accounts)

from booklet import booklet_files
from graph.access import PUBLIC, Access, Role
from graph.changes import DeleteNode, PutNode, SetLinks
from graph.errors import AccessDenied, ConcurrentEdit
from graph.guard import GuardedStore
from queries.contributions import contribution_form, save_contribution
from queries.explorer import node_card, partnership_graph
from queries.geography import map_data
from queries.recommend import profile_for_centre, recommend
from queries.review import (ChangeLine, history, my_contributions, proposed_changes, reject, restore, validate,
                            validation_queue)
from ui.explorer_state import partnership_rows
from ui.exports import frame_csv, gexf_bytes, graphml_bytes
from ui.graph_view import network_html
from ui.presenter import presentation_file
from ui.scenes import new_scene

A, B = "CS95-001", "CS95-002"
SCHOOL, OTHER_SCHOOL = "0959001T", "0959002U"
OLD, NEW = "Centre social fictif des Tilleuls", "Maison des familles des Tilleuls"
ADMIN = Access(Role.ADMIN, account="federation")
MINE = Access(Role.CONTRIBUTOR, frozenset({A}), "tilleuls")
OTHER = Access(Role.CONTRIBUTOR, frozenset({B}), "acacias")
READER = Access(Role.READER, account="partenaire")
OUTSIDERS = {"lecteur": READER, "visiteur non connecté": PUBLIC, "autre centre": OTHER}
INSIDERS = {"centre": MINE, "fédération": ADMIN}
PUBLISHED = {"statut": "valide", "publie": True, "version": 1}


def _centre(key: str, name: str, latitude: float) -> list:
    return [PutNode("Centre", key, {"nom": name, "type": "centre_social", "adresse": "1 place fictive",
                                    "latitude": latitude, "longitude": 2.25, "activites": ["clas"], **PUBLISHED}),
            SetLinks("SITUE_DANS", "Centre", key, ("95018",))]


def _school(key: str, name: str, latitude: float) -> list:
    return [PutNode("Ecole", key, {"nom": name, "niveau": "elementaire", "latitude": latitude, "longitude": 2.26}),
            SetLinks("SITUE_DANS", "Ecole", key, ("95018",))]


BASE = [
    PutNode("Departement", "95", {"nom": "Val-d'Oise"}),
    PutNode("Commune", "95018", {"nom": "Argenteuil", "latitude": 48.95, "longitude": 2.25}),
    SetLinks("DANS_DEPARTEMENT", "Commune", "95018", ("95",)),
    *_centre(A, OLD, 48.95), *_centre(B, "Centre social fictif des Acacias", 48.96),
    *_school(SCHOOL, "École élémentaire fictive des Coquelicots", 48.951),
    *_school(OTHER_SCHOOL, "École élémentaire fictive des Bleuets", 48.952),
    PutNode("Partenariat", "PA-0001", {"forme": "convention", "frequence": "hebdomadaire", "qualite": "solide",
                                       "objets": ["accompagnement_scolaire"], **PUBLISHED}),
    SetLinks("PORTE_PAR", "Partenariat", "PA-0001", (A,)),
    SetLinks("AVEC", "Partenariat", "PA-0001", (SCHOOL,)),
    PutNode("Pratique", "PR-0001", {"titre": "Café des parents", "description": "Un café chaque jeudi à l’école.",
                                    "resultat": "a_marche", "themes": ["parentalite"], **PUBLISHED}),
    SetLinks("PORTEE_PAR", "Pratique", "PR-0001", (A,)),
]


def as_(store, access) -> GuardedStore:
    return GuardedStore(store, access)  # a new guard, as each page run gets


def rename(store, name: str = NEW, who: Access = MINE, version: int | None = None):
    form = contribution_form(as_(store, who), "Centre", A, centre=A)
    return save_contribution(as_(store, who), "Centre", {**form.values, "nom": name}, key=A,
                             expected_version=form.version if version is None else version, centre=A)


def seen(store, access: Access) -> dict[str, str]:
    """What ``access`` gets of the graph, door by door, as text."""
    guard = as_(store, access)
    graph = partnership_graph(guard)
    profile = profile_for_centre(guard, B)
    return {
        "noeud": json.dumps(guard.get("Centre", A), ensure_ascii=False),
        "noeuds": json.dumps(guard.nodes("Centre"), ensure_ascii=False),
        "graphe": " ".join(node.nom for node in graph.nodes),
        "csv": frame_csv(pd.DataFrame(partnership_rows(graph))).decode("utf-8-sig"),
        "graphml": graphml_bytes(graph).decode("utf-8"),
        "gexf": gexf_bytes(graph).decode("utf-8"),
        "html": network_html(graph),
        "livret": booklet_files(guard, formats=("html",))["html"].decode("utf-8"),
        "présentation": presentation_file(guard, "Réunion", [new_scene(graph, "Tout le réseau")]).decode("utf-8"),
        "carte": json.dumps(map_data(guard), ensure_ascii=False),
        "recommandations": json.dumps([item.contact for item in recommend(guard, profile).items],
                                      ensure_ascii=False),
        "fiche": json.dumps(node_card(guard, f"Centre:{A}", access), ensure_ascii=False, default=str),
        "networkx": json.dumps([data.get("nom") for _, data in guard.to_networkx().nodes(data=True)],
                               ensure_ascii=False),
    }


def assert_sees(store, access: Access, name: str, not_name: str) -> None:
    doors = seen(store, access)
    assert [door for door, text in doors.items() if name not in text] == [], (access, doors)
    assert [door for door, text in doors.items() if not_name in text] == [], access


def test_a_renamed_published_centre_stays_published_for_readers_until_validated(store):
    store.apply(BASE)
    saved = rename(store)
    assert (saved.statut, saved.waiting, saved.version) == ("brouillon", True, 2)
    assert store.get("Centre", A)["nom"] == OLD and "en_attente" in store.get("Centre", A)  # beside, not over
    for who, access in OUTSIDERS.items():
        assert_sees(store, access, OLD, NEW)
        assert NEW not in json.dumps([t.__dict__ for t in as_(store, access).history("Centre", A)],
                                     ensure_ascii=False), who
    for who, access in INSIDERS.items():
        assert_sees(store, access, NEW, OLD)
        form = contribution_form(as_(store, access), "Centre", A, centre=A)
        assert form.waiting and form.values["nom"] == NEW, who
    mine = {c.key: c for c in my_contributions(as_(store, MINE))}[A]
    assert mine.statut_label.startswith("Modification en attente de validation")
    queued = {q.key: q for q in validation_queue(as_(store, ADMIN))}[A]
    assert queued.published and queued.author == "tilleuls" and queued.version == 2
    assert proposed_changes(as_(store, ADMIN), "Centre", A) == [ChangeLine("Nom", OLD, NEW)]
    assert [e.action for e in history(as_(store, MINE), "Centre", A)] == ["proposition"]

    assert validate(as_(store, ADMIN), "Centre", A, expected_version=queued.version) == 3
    for access in (*OUTSIDERS.values(), *INSIDERS.values()):
        assert_sees(store, access, NEW, OLD)
    assert A not in {q.key for q in validation_queue(as_(store, ADMIN))}
    assert "en_attente" not in store.get("Centre", A) and store.get("Centre", A)["statut"] == "valide"
    told = history(as_(store, READER), "Centre", A)  # readers learn of the change once validated, not before
    assert [(e.action, [(c.field, c.before, c.after) for c in e.changes]) for e in told] == [
        ("validation", [("Nom", OLD, NEW)])]


def test_a_rejected_change_leaves_the_published_version_and_tells_the_centre_why(store):
    store.apply(BASE)
    rename(store)
    comment = "Le nom doit rester celui de l’agrément de la CAF."
    reject(as_(store, ADMIN), "Centre", A, comment, expected_version=2)
    for access in (*OUTSIDERS.values(), *INSIDERS.values()):
        assert_sees(store, access, OLD, NEW)
    mine = {c.key: c for c in my_contributions(as_(store, MINE))}[A]
    assert (mine.statut, mine.decision, mine.comment) == ("valide", "rejet", comment)
    assert [(e.action, e.note) for e in history(as_(store, MINE), "Centre", A)] == [
        ("proposition", ""), ("rejet", comment)]
    assert history(as_(store, READER), "Centre", A) == []  # neither the proposal nor its rejection is public
    assert "en_attente" not in store.get("Centre", A) and not as_(store, MINE).waiting("Centre", A)
    assert A not in {q.key for q in validation_queue(as_(store, ADMIN))}


def test_a_partnership_moved_to_another_school_stays_where_it_was_until_validated(store):
    store.apply(BASE)
    form = contribution_form(as_(store, MINE), "Partenariat", "PA-0001", centre=A)
    assert form.values["uai"] == SCHOOL
    save_contribution(as_(store, MINE), "Partenariat", {**form.values, "uai": OTHER_SCHOOL}, key="PA-0001",
                      expected_version=form.version, centre=A)

    def school(access: Access) -> tuple[list[str], list[str]]:
        guard = as_(store, access)
        edges = [edge.target for edge in partnership_graph(guard).edges]
        return [row.target_key for row in guard.links("AVEC")], edges

    assert [row.target_key for row in store.links("AVEC")] == [SCHOOL]
    for access in OUTSIDERS.values():
        assert school(access) == ([SCHOOL], [f"Ecole:{SCHOOL}"])
    for access in INSIDERS.values():
        assert school(access) == ([OTHER_SCHOOL], [f"Ecole:{OTHER_SCHOOL}"])
    assert [row.target_key for row in as_(store, MINE).links("AVEC", "Partenariat")] == [OTHER_SCHOOL]
    assert proposed_changes(as_(store, ADMIN), "Partenariat", "PA-0001") == [
        ChangeLine("Établissement (UAI)", "École élémentaire fictive des Coquelicots",
                   "École élémentaire fictive des Bleuets")]
    validate(as_(store, ADMIN), "Partenariat", "PA-0001", expected_version=2)
    for access in (*OUTSIDERS.values(), *INSIDERS.values()):
        assert school(access) == ([OTHER_SCHOOL], [f"Ecole:{OTHER_SCHOOL}"])
    assert [row.target_key for row in store.links("AVEC")] == [OTHER_SCHOOL]


def test_a_second_edit_changes_the_proposal_and_a_stale_one_is_told(store, open_backend):
    store.apply(BASE)
    rename(store)
    rename(store, "Maison des familles")
    assert as_(store, MINE).get("Centre", A)["nom"] == "Maison des familles"
    assert as_(store, READER).get("Centre", A)["nom"] == OLD
    before = dump(store)
    with pytest.raises(ConcurrentEdit) as caught:  # read at version 2, saved meanwhile: told, nothing written
        rename(store, "Écrasé ?", version=2)
    assert (caught.value.expected, caught.value.current) == (2, 3) and dump(store) == before
    with pytest.raises(ConcurrentEdit):  # the federation validating what it read before the second edit
        validate(as_(store, ADMIN), "Centre", A, expected_version=2)
    assert dump(store) == before
    assert as_(open_backend(), MINE).get("Centre", A)["nom"] == "Maison des familles"  # kept across reopening
    rename(store, "Maison des familles des Tilleuls et des Acacias", who=ADMIN)  # the federation edits the proposal
    assert as_(store, ADMIN).waiting("Centre", A) and as_(store, READER).get("Centre", A)["nom"] == OLD
    as_(store, ADMIN).apply([PutNode("Centre", A, {"adresse": "9 rue publiée"})])  # the federation's own: at once
    assert as_(store, READER).get("Centre", A)["adresse"] == as_(store, MINE).get("Centre", A)["adresse"] == \
        "9 rue publiée"
    restore(as_(store, ADMIN), "Centre", A, index=-1)  # what readers see is what is restored; the proposal waits
    assert as_(store, READER).get("Centre", A)["adresse"] == "1 place fictive"
    assert as_(store, ADMIN).get("Centre", A)["nom"] == "Maison des familles des Tilleuls et des Acacias"
    rename(store, OLD)  # back to the published name: nothing waits any more
    assert not as_(store, MINE).waiting("Centre", A) and "en_attente" not in store.get("Centre", A)
    assert A not in {q.key for q in validation_queue(as_(store, ADMIN))}


def test_a_centre_deletes_its_drafts_not_what_readers_see(store):
    store.apply(BASE)
    before = dump(store)
    with pytest.raises(AccessDenied) as caught:
        as_(store, MINE).apply([DeleteNode("Pratique", "PR-0001")])
    assert "seule la fédération peut le supprimer" in caught.value.message() and dump(store) == before


def test_a_new_item_stays_invisible_to_readers_until_validated(store):
    store.apply(BASE)
    key = save_contribution(as_(store, MINE), "Pratique", {"titre": "Accueil des nouveaux parents"}, centre=A).key
    for access in OUTSIDERS.values():
        assert key not in as_(store, access).keys("Pratique")
        assert key not in {row.source_key for row in as_(store, access).links("PORTEE_PAR")}
    assert key in as_(store, MINE).keys("Pratique") and key in as_(store, ADMIN).keys("Pratique")
    validate(as_(store, ADMIN), "Pratique", key, expected_version=1)
    assert all(key in as_(store, access).keys("Pratique") for access in OUTSIDERS.values())


# --- through the pages: a centre renames itself, an anonymous visitor and a partner still read the published name

APP = Path(__file__).resolve().parent.parent / "app.py"
PAGE_NAME, PAGE_NEW = "Centre social fictif des Tournesols", "Maison des familles des Tournesols"  # the demo's CS95-023
READER_PAGES = ("app_pages/graphe.py", "app_pages/recommandations.py", "app_pages/rencontres.py",
                "app_pages/carte_geo.py")


def _shown(app) -> str:
    """What a page shows: its texts and tables (:func:`test_page_access.everything`) and its map's data."""
    return everything(app) + "".join(chart.proto.json for chart in app.get("deck_gl_json_chart"))


def _pages(app) -> dict[str, str]:
    found = {}
    for page in READER_PAGES:
        app.switch_page(page).run()
        assert not app.exception, (page, app.exception)
        found[page] = _shown(app)
    return found


def test_the_pages_show_readers_the_published_name_until_the_federation_validates(app_test, accounts):
    from streamlit.testing.v1 import AppTest

    centre = sign_in(app_test("app_pages/contribuer.py").run(), "centre")
    assert centre.text_input(key="contribuer.Centre.nom").value == PAGE_NAME
    centre.text_input(key="contribuer.Centre.nom").input(PAGE_NEW)
    centre.button(key="contribuer_save").click().run()
    assert not centre.exception and "attend la validation de la fédération" in _shown(centre)
    assert "Modification en attente de validation" in " ".join(str(i.value) for i in centre.info)

    def visitor(name: str | None) -> AppTest:
        return sign_in(AppTest.from_file(str(APP), default_timeout=120).run(), name)  # a session of its own

    for name in (None, "partenaire"):  # someone not signed in, and a partner
        pages = _pages(visitor(name))
        assert [page for page, text in pages.items() if PAGE_NAME not in text] == [], name
        assert [page for page, text in pages.items() if PAGE_NEW in text] == [], name
    assert PAGE_NEW in _pages(centre)["app_pages/graphe.py"]  # the centre sees what it proposed

    federation = visitor("federation")
    federation.switch_page("app_pages/validation.py").run()
    queue = federation.dataframe[0].value
    row = queue[queue["Élément"] == PAGE_NEW]
    assert row["Nature"].tolist() == ["Modification d’un élément publié"], queue
    item = federation.selectbox(key="validation_item")
    item.select_index(next(i for i, option in enumerate(item.options) if PAGE_NEW in option)).run()
    changes = federation.dataframe[1].value
    assert changes.values.tolist() == [["Nom", PAGE_NAME, PAGE_NEW]], changes
    federation.button(key="validation_validate").click().run()
    assert not federation.exception and "Contribution validée" in _shown(federation)
    pages = _pages(visitor(None))
    assert [page for page, text in pages.items() if PAGE_NEW not in text] == []
