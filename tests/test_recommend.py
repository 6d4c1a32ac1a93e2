"""The recommendations (« what worked for neighbours like us? »): the same ranking from both stores, on the demo
and on a sample of the national dataset; the reasons on a small graph built by hand; filters and « why is this
one not higher »; French text matching; reports after reuse; the federation's weights; the quality floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.access import PUBLIC, Access, Role
from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode, SetLinks
from graph.errors import AccessDenied
from ingest.demo import load_demo
from ingest.workbook import load_workbook
from queries import QUERIES
from queries.recommend import Filters, Profile, Weights, profile_for_centre, recommend, why_not_higher
from queries.recommend_feedback import WeightsError, load_weights, report_back, save_weights
from queries.recommend_index import build_index
from queries.recommend_text import TextIndex, analyse, concepts

ADMIN = Access(Role.ADMIN)


def ranking(store, profile: Profile, filters: Filters | None = None, index=None) -> list[tuple[str, float]]:
    found = recommend(store, profile, filters, limit=15, index=index or build_index(store))
    return [(item.id, round(item.score, 9)) for item in found.items]


def demo_profiles(store) -> list[Profile]:
    index = build_index(store)
    mine = profile_for_centre(store, "CS95-016", index=index)
    return [
        mine,
        Profile(**{**mine.__dict__, "levels": ("college",), "themes": ("decrochage",), "text": "élèves exclus"}),
        Profile(commune="95268", evs=False, clas=True, levels=("elementaire",), priority=("rep_plus",),
                quality="a_construire", frequency="mensuelle", themes=("conflits", "communication"),
                text="tensions entre des parents et l'équipe enseignante"),
        Profile(themes=("parents_allophones",), text="mamans qui ne parlent pas francais"),
    ]


# --- the same ranking from both stores ------------------------------------------------------------


def test_the_demo_gives_the_same_rankings_on_both_stores(store, tmp_path):
    load_demo(store)
    reference = EmbeddedStore(tmp_path / "reference")
    try:
        load_demo(reference)
        for profile in demo_profiles(reference):
            expected = ranking(reference, profile)
            assert expected, profile
            assert ranking(store, profile) == expected
            near = Filters(max_km=8.0, outcomes=("a_marche", "en_partie", "n_a_pas_marche"))
            assert ranking(store, profile, near) == ranking(reference, profile, near)
        asked = demo_profiles(reference)[1]
        assert why_not_higher(store, asked, "PR-100") == why_not_higher(reference, asked, "PR-100")
    finally:
        reference.close()


def test_a_national_sample_gives_the_same_rankings_on_both_stores(store, tmp_path):
    from tools.national.generate import generate

    folder = tmp_path / "national"
    generate(folder, scale=0.01, check=False)
    reference = EmbeddedStore(tmp_path / "reference")
    try:
        for target in (store, reference):
            assert not load_workbook(target, folder).report.has_blocking
        index = build_index(reference)
        centres = sorted(index.centres)[::7]
        assert len(centres) >= 4
        for centre in centres:
            mine = profile_for_centre(reference, centre, index=index)
            for profile in (mine, Profile(**{**mine.__dict__, "themes": ("lien_familles_ecole",),
                                             "text": "faire venir les parents à l'école"})):
                expected = ranking(reference, profile, index=index)
                assert ranking(store, profile) == expected
    finally:
        reference.close()


# --- reasons, on a small graph built by hand --------------------------------------------------------


def small_graph(store) -> None:
    """Three centres: A (asking, Argenteuil), B (Argenteuil, 2 km away, shares a school with A), C (Cergy, far).
    B carried a café des parents in an elementary REP+ school, which worked; C carried the same in a lycée, where
    it did not; C also carried ASL for parents, which worked, in an elementary school."""
    rows = [
        PutNode("Departement", "95", {"nom": "Val-d'Oise"}),
        PutNode("Commune", "95018", {"nom": "Argenteuil", "latitude": 48.9472, "longitude": 2.2508}),
        PutNode("Commune", "95127", {"nom": "Cergy", "latitude": 49.0364, "longitude": 2.0631}),
        SetLinks("DANS_DEPARTEMENT", "Commune", "95018", ("95",)),
        SetLinks("DANS_DEPARTEMENT", "Commune", "95127", ("95",)),
    ]
    for key, name, commune, lat, lon, activities in (
            ("CS-A", "Centre A", "95018", 48.9472, 2.2508, ["clas"]),
            ("CS-B", "Centre B", "95018", 48.9600, 2.2700, ["clas"]),
            ("CS-C", "Centre C", "95127", 49.0364, 2.0631, ["asl"])):
        rows += [PutNode("Centre", key, {"nom": name, "type": "centre_social", "latitude": lat, "longitude": lon,
                                         "activites": activities, "statut": "valide"}),
                 SetLinks("SITUE_DANS", "Centre", key, (commune,))]
    for uai, level, priority in (("0950001A", "elementaire", "rep_plus"), ("0950002B", "elementaire", "rep_plus"),
                                 ("0950003C", "lycee", "hors_ep"), ("0950004D", "elementaire", "hors_ep")):
        rows.append(PutNode("Ecole", uai, {"nom": f"École {uai}", "niveau": level, "education_prioritaire": priority}))
    for key, centre, uai, quality in (("PA-1", "CS-A", "0950001A", "solide"), ("PA-2", "CS-B", "0950001A", "solide"),
                                      ("PA-3", "CS-B", "0950002B", "solide"), ("PA-4", "CS-C", "0950003C", "fragile"),
                                      ("PA-5", "CS-C", "0950004D", "solide")):
        rows += [PutNode("Partenariat", key, {"forme": "convention", "frequence": "hebdomadaire", "qualite": quality,
                                              "statut": "valide"}),
                 SetLinks("PORTE_PAR", "Partenariat", key, (centre,)), SetLinks("AVEC", "Partenariat", key, (uai,))]
    rows += [PutNode("Rencontre", "R1", {"date": "2019-05-23", "lieu": "Maison Pour Tous"})]
    cafe = "Un café des parents dans l’école, chaque vendredi, pour parler de la scolarité avec les familles."
    for key, centre, uai, title, themes, outcome, meeting in (
            ("P-B", "CS-B", "0950002B", "Café des parents", ["parentalite", "lien_familles_ecole"], "a_marche", "R1"),
            ("P-C", "CS-C", "0950003C", "Café des parents", ["parentalite", "lien_familles_ecole"], "n_a_pas_marche",
             None),
            ("P-D", "CS-C", "0950004D", "Ateliers sociolinguistiques pour les parents", ["parents_allophones"],
             "a_marche", None)):
        rows += [PutNode("Pratique", key, {"titre": title, "description": cafe if "Café" in title else
                                           "Des ateliers de français pour les parents d’élèves allophones.",
                                           "themes": themes, "resultat": outcome, "statut": "valide",
                                           "preuves": f"Preuve de {key}"}),
                 SetLinks("PORTEE_PAR", "Pratique", key, (centre,)), SetLinks("AVEC", "Pratique", key, (uai,))]
        if meeting:
            rows.append(SetLinks("PRESENTEE_A", "Pratique", key, (meeting,)))
    store.apply(rows)


def test_the_reasons_say_what_is_shared_and_where_to_learn_more(store):
    small_graph(store)
    mine = profile_for_centre(store, "CS-A")
    assert (mine.levels, mine.priority, mine.quality, mine.clas) == (("elementaire",), ("rep_plus",), "solide", True)
    asked = Profile(**{**mine.__dict__, "themes": ("parentalite",), "text": "faire venir les parents au café"})
    found = recommend(store, asked, Filters(outcomes=()))
    by_id = {item.id: item for item in found.items}
    assert found.items[0].id == "P-B"
    best = by_id["P-B"]
    keys = {shared.key: shared.params for shared in best.shared}
    assert keys["themes"] == {"values": "Parentalité"}
    assert keys["level"] == {"values": "École élémentaire"} and keys["priority"] == {"values": "REP+"}
    assert keys["quality"] == {"value": "Solide"} and "clas" in keys and "same_school" in keys
    assert keys["words"]["values"] == "café"  # « faire », « venir », « parents »: every problem of the field says them
    assert best.neighbour and best.distance_km is not None and best.distance_km < 3
    assert best.contact == {"id": "CS-B", "nom": "Centre B", "commune": "Argenteuil", "accueil": ""}  # none shared
    assert best.meeting["id"] == "R1" and best.evidence == "Preuve de P-B"
    # The café worked at B and not at C: its sisters say so, in distinct centres.
    assert best.centres == {"a_marche": 1, "en_partie": 0, "n_a_pas_marche": 1}
    assert abs(sum(best.points.values()) - best.score) < 1e-9
    # The failed café is last; « why is it not higher » names the outcome first.
    assert found.items[-1].id == "P-C"
    why = why_not_higher(store, asked, "P-C", Filters(outcomes=()))
    assert why.rank == len(found.items) and why.gaps[0][0] == "resultat"


def test_filters_and_why_a_practice_is_not_shown(store):
    small_graph(store)
    asked = Profile(**{**profile_for_centre(store, "CS-A").__dict__, "themes": ("parentalite",)})
    assert [i.id for i in recommend(store, asked).items] == ["P-B"]  # by default, only what worked (or partly)
    assert recommend(store, asked, Filters(max_km=5.0, outcomes=())).items[0].id == "P-B"
    assert {i.id for i in recommend(store, asked, Filters(max_km=5.0, outcomes=())).items} == {"P-B"}
    assert [i.id for i in recommend(store, asked, Filters(levels=("lycee",), outcomes=())).items] == ["P-C"]
    assert [i.id for i in recommend(store, asked, Filters(themes=("parents_allophones",))).items] == []
    assert why_not_higher(store, asked, "P-D").excluded == "off_topic"  # nothing in common with the problem
    anything = Profile(centre="CS-A")
    assert [i.id for i in recommend(store, anything, Filters(themes=("parents_allophones",))).items] == ["P-D"]
    assert why_not_higher(store, asked, "P-C").excluded == "outcome"
    assert why_not_higher(store, anything, "P-D", Filters(max_km=5.0)).excluded == "distance"
    mine = Profile(centre="CS-B", themes=("parentalite",))
    assert why_not_higher(store, mine, "P-B").excluded == "own_centre"
    assert "P-B" not in {i.id for i in recommend(store, mine, Filters(outcomes=())).items}


def test_a_report_after_reuse_counts_in_the_next_rankings(store):
    small_graph(store)
    asked = Profile(centre="CS-A", themes=("parents_allophones",), levels=("elementaire",))
    before = recommend(store, asked).items[0]
    assert before.id == "P-D" and before.centres["n_a_pas_marche"] == 0
    with pytest.raises(AccessDenied):
        report_back(store, PUBLIC, practice="P-D", centre="CS-B", outcome="n_a_pas_marche")
    with pytest.raises(AccessDenied):
        report_back(store, Access(Role.CONTRIBUTOR, frozenset({"CS-A"})), practice="P-D", centre="CS-B",
                    outcome="n_a_pas_marche")
    key = report_back(store, Access(Role.CONTRIBUTOR, frozenset({"CS-B"})), practice="P-D", centre="CS-B",
                      outcome="n_a_pas_marche", comment="Les parents ne sont pas venus.")
    assert store.get("Retour", key)["statut"] == "brouillon"
    after = recommend(store, asked).items[0]
    assert after.centres["n_a_pas_marche"] == 1
    assert after.values["resultat"] < before.values["resultat"] and after.score < before.score


# --- French text ---------------------------------------------------------------------------------------


def test_text_matching_ignores_accents_case_and_plurals():
    assert analyse("Écoles ÉLÉMENTAIRES") == analyse("ecole elementaire")
    assert analyse("les médiations") == analyse("la mediation")


def test_text_matching_knows_the_field_synonyms():
    assert "accompagnement_scolaire" in concepts("notre CLAS")
    assert "accompagnement_scolaire" in concepts("l'aide aux devoirs")
    assert "accompagnement_scolaire" in concepts("Contrat local d’accompagnement à la scolarité")
    assert "parents_allophones" in concepts("des parents non francophones")
    text = TextIndex(["Un café des parents à l'école maternelle", "Aide aux devoirs pour les collégiens",
                      "Une fête de quartier dans la cour"])
    scores = text.scores(text.vector("notre CLAS au collège"))
    assert scores.argmax() == 1 and scores[0] == 0 and scores[2] == 0


# --- the federation's weights --------------------------------------------------------------------------


def test_weights_are_saved_by_the_federation_only(tmp_path):
    path = tmp_path / "poids.json"
    assert load_weights(None, path) == Weights()
    with pytest.raises(AccessDenied):
        save_weights(None, Weights(probleme=1.0), Access(Role.CONTRIBUTOR, frozenset({"CS95-001"})), path)
    save_weights(None, Weights(probleme=1.0, geographie=3.0), ADMIN, path)
    assert load_weights(None, path) == Weights(probleme=1.0, geographie=3.0)
    path.write_text("{pas du json", encoding="utf-8")
    with pytest.raises(WeightsError):
        load_weights(None, path)


def test_weights_change_the_ranking():
    store = EmbeddedStore(Path(__import__("tempfile").mkdtemp()))
    try:
        small_graph(store)
        asked = Profile(centre="CS-A", themes=("parents_allophones", "parentalite"), levels=("elementaire",),
                        text="des ateliers de français pour les parents allophones")
        only_place = Weights(probleme=0, configuration=0, resultat=0, soutien=0, graphe=0, geographie=1)
        assert recommend(store, asked, Filters(outcomes=()), only_place).items[0].id == "P-B"
        only_problem = Weights(probleme=1, configuration=0, resultat=0, soutien=0, graphe=0, geographie=0)
        assert recommend(store, asked, Filters(outcomes=()), only_problem).items[0].id == "P-D"
    finally:
        store.close()


# --- the named queries and the quality floor -------------------------------------------------------------


def test_the_named_queries_are_registered():
    for name in ("recommandations", "recommandations_profil", "recommandations_pourquoi", "recommandations_poids",
                 "recommandations_enregistrer_poids", "recommandations_index", "retour_pratique",
                 "situations_similaires", "questions_reponses"):
        assert name in QUERIES and not QUERIES[name].title.startswith("query."), name


def test_the_method_beats_keyword_search_on_the_evaluation_set():
    from bench.recommend import quality

    figures = quality("evaluation")
    method, keyword = figures["méthode"], figures["mots-clés"]
    assert method[0] >= 0.75, figures
    assert method[0] - keyword[0] >= 0.20, figures
    assert method[1] >= keyword[1] and method[0] > figures["même commune d’abord"][0], figures


@pytest.mark.parametrize(("said", "concept"), [
    ("ma fille se fait traiter de tous les noms sur Insta", "reseaux_sociaux"),
    ("un garçon de 4e est humilié par sa classe depuis la rentrée", "harcelement"),
    ("il rate l'école un jour sur deux", "absenteisme"),
    ("depuis que la principale a changé on n'a plus de nouvelles, nos courriels sont sans réponse",
     "changement_direction"),
    ("ils passent la soirée sur la console", "ecrans"),
    ("la maman ne parle pas bien le français", "francais_parents"),
    ("préparer l'entrée en sixième des CM2", "transition_college"),
])
def test_a_problem_said_in_the_centres_words_names_the_thesaurus_concept(said, concept):
    assert concept in concepts(said)


def test_words_every_problem_uses_decide_nothing():
    """« parents », « école », « aider », « toujours »: every problem of the field says them."""
    assert analyse("Comment aider les parents à l'école, toujours et encore ?") == []
    assert concepts("les familles du quartier") == []  # « familles » alone is not the activity « Secteur familles »


def test_a_practice_that_does_not_address_the_problem_is_not_shown_however_close_its_configuration(store):
    small_graph(store)
    mine = profile_for_centre(store, "CS-A")
    asked = Profile(**{**mine.__dict__, "text": "des collégiens se font harceler sur les réseaux sociaux"})
    assert recommend(store, asked, Filters(outcomes=())).items == []
    asked = Profile(**{**mine.__dict__, "text": "les mamans ne parlent pas français"})
    assert [item.id for item in recommend(store, asked, Filters(outcomes=())).items] == ["P-D"]


def test_a_primaire_is_a_maternelle_and_an_elementaire(store):
    small_graph(store)
    asked = Profile(commune="95018", levels=("primaire",), text="un café des parents")
    best = recommend(store, asked, Filters(outcomes=())).items[0]
    assert best.values["configuration"] == 1.0
    assert {shared.key: shared.params for shared in best.shared}["level"] == {"values": "École élémentaire"}


def test_every_practice_is_scored_whatever_the_size_of_the_graph(store):
    """No shortcut that changes the answer: every practice is examined (issue 18, item 9)."""
    small_graph(store)
    found = recommend(store, Profile(text="café des parents"))
    assert found.considered == 3


def test_a_centres_contact_is_given_to_members_and_never_to_readers(store):
    """Issue 18: « Contacter ce centre » with the contact the centre chose to share, for signed-in members only; the
    guard removes it for a reader or a visitor, whatever page or query asks."""
    from graph.guard import GuardedStore

    small_graph(store)
    store.apply([PutNode("Centre", "CS-B", {"nom": "Centre B", "type": "centre_social", "activites": ["clas"],
                                            "latitude": 48.96, "longitude": 2.27, "statut": "valide",
                                            "contact": "accueil@centre-b.example.org"})])
    asked = Profile(commune="95018", text="un café des parents")
    seen = {}
    for who in (Access(Role.ADMIN, account="federation"), Access(Role.CONTRIBUTOR, frozenset({"CS-A"}), "cs-a"),
                Access(Role.READER, account="partenaire"), PUBLIC):
        guarded = GuardedStore(store, who)
        best = recommend(guarded, asked, Filters(outcomes=())).items[0]
        seen[who.role, who.account] = (best.contact["id"], best.contact["accueil"],
                                       guarded.get("Centre", "CS-B").get("contact"))
    assert seen[Role.ADMIN, "federation"] == seen[Role.CONTRIBUTOR, "cs-a"] == (
        "CS-B", "accueil@centre-b.example.org", "accueil@centre-b.example.org")
    assert seen[Role.READER, "partenaire"] == seen[PUBLIC.role, PUBLIC.account] == ("CS-B", "", None)


def test_the_index_kept_on_disk_is_read_after_a_restart_and_built_again_when_the_graph_changed(tmp_path):
    """Issue 18, item 8: the first recommendation after a restart reads the index a previous run kept, readable by the
    app's user only; a write (a new revision), another view or a file that cannot be read builds it again."""
    import stat

    from queries import recommend_index

    kept = tmp_path / "caches"
    with EmbeddedStore(tmp_path / "graphe") as store:
        small_graph(store)
        recommend_index.stored_index(store, kept, "lecteur")
        (written,) = kept.glob("recommandations-*.pickle")
        assert stat.S_IMODE(written.stat().st_mode) == 0o600 and stat.S_IMODE(kept.stat().st_mode) == 0o700
    built = []
    real_build = recommend_index.build_index
    recommend_index.build_index = lambda store: built.append(1) or real_build(store)
    try:
        with EmbeddedStore(tmp_path / "graphe") as store:  # the restart
            assert len(recommend_index.stored_index(store, kept, "lecteur")) == 3 and built == []
            recommend_index.stored_index(store, kept, "administrateur")
            assert built == [1]  # another view
            store.apply([PutNode("Pratique", "P-E", {"titre": "Un autre café", "statut": "valide"}),
                         SetLinks("PORTEE_PAR", "Pratique", "P-E", ("CS-A",))])
            assert len(recommend_index.stored_index(store, kept, "lecteur")) == 4 and built == [1, 1]
            for path in kept.glob("recommandations-*.pickle"):
                path.write_bytes(b"half written")
            assert len(recommend_index.stored_index(store, kept, "lecteur")) == 4 and built == [1, 1, 1]
    finally:
        recommend_index.build_index = real_build


def test_the_federation_adds_its_words_to_the_thesaurus_and_the_ranking_uses_them_at_once(store):
    """Issue 18, item 4: the thesaurus is in the graph for the federation to extend; only an administrator writes it,
    every change is stamped and traced, and a term of no use (a word every problem says) is refused in French."""
    from graph.guard import GuardedStore
    from queries.recommend_feedback import TermError, add_term, remove_term, thesaurus

    small_graph(store)
    store.apply([PutNode("Pratique", "P-E", {"titre": "Une semaine sans écrans", "themes": ["numerique"],
                                             "resultat": "a_marche", "statut": "valide"}),
                 SetLinks("PORTEE_PAR", "Pratique", "P-E", ("CS-B",)),
                 SetLinks("AVEC", "Pratique", "P-E", ("0950002B",))])
    asked = Profile(commune="95018", text="ils passent leurs nuits sur Zorglub")
    assert recommend(store, asked, Filters(outcomes=())).items == []  # nobody knows Zorglub yet
    admin = GuardedStore(store, Access(Role.ADMIN, account="federation"))
    key = add_term(admin, Access(Role.ADMIN, account="federation"), "ecrans", "  Zorglub ")
    assert [item.id for item in recommend(store, asked, Filters(outcomes=())).items] == ["P-E"]
    shown = next(c for c in thesaurus(store) if c.code == "ecrans")
    assert shown.added == ((key, "Zorglub"),) and "console" in shown.shipped
    assert [trace.action for trace in admin.history("Terme", key)] == ["creation"]
    centre = Access(Role.CONTRIBUTOR, frozenset({"CS-A"}), "cs-a")
    for who in (centre, PUBLIC):
        with pytest.raises(AccessDenied):
            add_term(GuardedStore(store, who), who, "ecrans", "Fortnite la nuit")
        with pytest.raises(AccessDenied):
            remove_term(GuardedStore(store, who), who, key)
    for concept, term in (("inconnu", "un mot"), ("ecrans", "les parents de l'école"), ("ecrans", "x" * 81)):
        with pytest.raises(TermError) as refused:
            add_term(admin, Access(Role.ADMIN, account="federation"), concept, term)
        assert "Ce terme ne peut pas être ajouté" in refused.value.message()
    remove_term(admin, Access(Role.ADMIN, account="federation"), key)
    assert recommend(store, asked, Filters(outcomes=())).items == []
