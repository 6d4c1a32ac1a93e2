"""The role matrix (role × action × own or other centre) on both stores, through the guarded
store that pages use: what is refused changes nothing; what is accepted is stamped and traced."""

from __future__ import annotations

import json

import pytest

from graph.access import Access, Role
from graph.changes import DeleteNode, PutNode, SetLinks
from graph.errors import AccessDenied, ConcurrentEdit
from graph.guard import GuardedStore
from helpers import dump

A, B = "CS95-001", "CS95-002"
SCHOOL = "0959001T"
BASE = [
    PutNode("Departement", "95", {"nom": "Val-d'Oise"}),
    PutNode("Commune", "95018", {"nom": "Argenteuil"}),
    SetLinks("DANS_DEPARTEMENT", "Commune", "95018", ("95",)),
    PutNode("Centre", A, {"nom": "Centre social fictif des Tilleuls", "statut": "valide", "version": 1}),
    PutNode("Centre", B, {"nom": "Centre social fictif des Acacias", "statut": "valide", "version": 1}),
    PutNode("Ecole", SCHOOL, {"nom": "École élémentaire fictive des Coquelicots"}),
    PutNode("Pratique", "PR-0001", {"titre": "Café des parents", "statut": "valide", "version": 1}),
    SetLinks("PORTEE_PAR", "Pratique", "PR-0001", (A,)),
    PutNode("Pratique", "PR-0004", {"titre": "Brouillon du centre", "statut": "brouillon", "version": 1}),
    SetLinks("PORTEE_PAR", "Pratique", "PR-0004", (A,)),
    PutNode("Situation", "SI-0001", {"nature": "sanction", "sollicite_par": "parent", "posture": "mediation",
                                     "enseignements": "Réunir les deux parties tôt.",
                                     "recit": "Récit pseudonymisé de la situation.", "statut": "valide"}),
    SetLinks("SIGNALEE_PAR", "Situation", "SI-0001", (A,)),
]

ACTIONS = {
    "profil_du_centre": [PutNode("Centre", A, {"adresse": "1 place fictive"})],
    "nouvelle_pratique": [PutNode("Pratique", "PR-0002", {"titre": "Accueil des nouveaux parents"}),
                          SetLinks("PORTEE_PAR", "Pratique", "PR-0002", (A,))],
    "modifier_pratique": [PutNode("Pratique", "PR-0001", {"titre": "Café des parents du jeudi"})],
    "supprimer_pratique": [DeleteNode("Pratique", "PR-0004")],
    "supprimer_pratique_publiee": [DeleteNode("Pratique", "PR-0001")],  # readers would lose it unvalidated
    "donner_pratique_a_un_autre": [SetLinks("PORTEE_PAR", "Pratique", "PR-0001", (B,))],
    "nouveau_partenariat": [PutNode("Partenariat", "PA-0001", {"forme": "convention"}),
                            SetLinks("PORTE_PAR", "Partenariat", "PA-0001", (A,)),
                            SetLinks("AVEC", "Partenariat", "PA-0001", (SCHOOL,))],
    "nouvelle_situation": [PutNode("Situation", "SI-0002", {"nature": "orientation", "sollicite_par": "ecole",
                                                            "posture": "tiers_neutre"}),
                           SetLinks("SIGNALEE_PAR", "Situation", "SI-0002", (A,))],
    "modifier_une_ecole": [PutNode("Ecole", SCHOOL, {"nom": "École renommée"})],
    "planifier_une_rencontre": [PutNode("Rencontre", "RE-0009", {"date": "2027-01-15"})],
    "element_sans_centre": [PutNode("Pratique", "PR-0003", {"titre": "Sans porteur"})],
}
OWN_ALLOWED = {"profil_du_centre", "nouvelle_pratique", "modifier_pratique", "supprimer_pratique",
               "nouveau_partenariat", "nouvelle_situation"}
WHO = {
    "administrateur": (Access(Role.ADMIN, account="federation"), set(ACTIONS)),
    "contributeur_du_centre": (Access(Role.CONTRIBUTOR, frozenset({A}), "tilleuls"), OWN_ALLOWED),
    "contributeur_d_un_autre_centre": (Access(Role.CONTRIBUTOR, frozenset({B}), "acacias"), set()),
    "lecteur": (Access(Role.READER, account="partenaire"), set()),
}


@pytest.mark.parametrize("who", sorted(WHO))
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_role_matrix(store, who, action):
    store.apply(BASE)
    access, allowed = WHO[who]
    guarded = GuardedStore(store, access)
    before = dump(store)
    if action in allowed:
        guarded.apply(ACTIONS[action])
        assert dump(store) != before
        label, key = _node(ACTIONS[action][0])
        assert store.history(label, key)[-1].account == access.account
    else:
        with pytest.raises(AccessDenied):
            guarded.apply(ACTIONS[action])
        assert dump(store) == before


def _node(change):
    return (change.source_label, change.source_key) if isinstance(change, SetLinks) else (change.label, change.key)


@pytest.mark.parametrize("who, sees", [("administrateur", True), ("contributeur_du_centre", True),
                                       ("contributeur_d_un_autre_centre", False), ("lecteur", False)])
def test_case_narrative_only_for_the_federation_and_its_centre(store, who, sees):
    store.apply(BASE)
    guarded = GuardedStore(store, WHO[who][0])
    case = guarded.get("Situation", "SI-0001")
    assert case["enseignements"] == "Réunir les deux parties tôt."  # lessons are shared
    assert ("recit" in case) is sees
    assert ("recit" in guarded.nodes("Situation")[0]) is sees
    GuardedStore(store, WHO["administrateur"][0]).apply([PutNode("Situation", "SI-0001", {"recit": "Nouveau récit."})])
    history = guarded.history("Situation", "SI-0001")
    assert ("Nouveau récit." in history[-1].after) is sees


def test_a_contribution_is_a_draft_seen_by_its_centre_and_the_federation_only(store):
    store.apply(BASE)
    GuardedStore(store, WHO["contributeur_du_centre"][0]).apply(
        ACTIONS["nouvelle_pratique"] + [PutNode("Pratique", "PR-0002", {"statut": "valide"})])
    assert store.get("Pratique", "PR-0002")["statut"] == "brouillon"  # a centre cannot validate itself
    seen = {who: "PR-0002" in GuardedStore(store, access).keys("Pratique") for who, (access, _) in WHO.items()}
    assert seen == {"administrateur": True, "contributeur_du_centre": True,
                    "contributeur_d_un_autre_centre": False, "lecteur": False}
    links = GuardedStore(store, WHO["lecteur"][0]).links("PORTEE_PAR")
    assert [row.source_key for row in links] == ["PR-0001"]


def test_the_second_of_two_editors_is_told_not_overwritten(store):
    store.apply(BASE)
    first = GuardedStore(store, WHO["contributeur_du_centre"][0])
    second = GuardedStore(store, WHO["administrateur"][0])
    read = store.get("Pratique", "PR-0001")["version"]
    first.apply([PutNode("Pratique", "PR-0001", {"titre": "Version de la première"}, expected_version=read)])
    with pytest.raises(ConcurrentEdit) as caught:
        second.apply([PutNode("Pratique", "PR-0001", {"titre": "Version du second"}, expected_version=read)])
    assert caught.value.current == read + 1
    federation = GuardedStore(store, WHO["administrateur"][0])
    assert federation.get("Pratique", "PR-0001")["titre"] == "Version de la première"
    assert store.get("Pratique", "PR-0001")["titre"] == "Café des parents"  # published: waits for validation
    change = store.history("Pratique", "PR-0001")[-1]
    assert json.loads(change.before)["titre"] == "Café des parents" and change.action == "proposition"
    assert json.loads(change.after)["titre"] == "Version de la première" and change.centre == A


def test_a_change_waiting_for_validation_leaves_readers_the_published_version(store):
    store.apply(BASE)
    GuardedStore(store, WHO["administrateur"][0]).apply([PutNode("Pratique", "PR-0001", {"statut": "valide"})])
    GuardedStore(store, WHO["contributeur_du_centre"][0]).apply(
        [PutNode("Pratique", "PR-0001", {"titre": "Café des parents, version du centre"})])
    seen = {who: GuardedStore(store, access).get("Pratique", "PR-0001") for who, (access, _) in WHO.items()}
    assert {who: (props["titre"], props["statut"]) for who, props in seen.items()} == {
        "administrateur": ("Café des parents, version du centre", "brouillon"),
        "contributeur_du_centre": ("Café des parents, version du centre", "brouillon"),
        "contributeur_d_un_autre_centre": ("Café des parents", "valide"),
        "lecteur": ("Café des parents", "valide")}
    assert not any("en_attente" in props for props in seen.values())  # the proposal itself is nobody's to read
    reader = GuardedStore(store, WHO["lecteur"][0])
    assert "PR-0001" in reader.keys("Pratique") and [r.source_key for r in reader.links("PORTEE_PAR")] == ["PR-0001"]
    assert "version du centre" not in repr(reader.history("Pratique", "PR-0001"))
    GuardedStore(store, WHO["contributeur_du_centre"][0]).apply(
        [PutNode("Centre", A, {"adresse": "2 place fictive"})])  # a centre's own profile: still on the map, as it was
    assert A in GuardedStore(store, WHO["lecteur"][0]).keys("Centre")
    assert "adresse" not in GuardedStore(store, WHO["lecteur"][0]).get("Centre", A)


def test_a_centre_cannot_publish_its_own_draft_by_naming_the_stamps(store):
    store.apply(BASE)
    GuardedStore(store, WHO["contributeur_du_centre"][0]).apply(
        [PutNode("Pratique", "PR-0005", {"titre": "Publiée par le centre ?", "publie": True, "statut": "valide",
                                         "en_attente": "{}", "contribue_par": "federation"}),
         SetLinks("PORTEE_PAR", "Pratique", "PR-0005", (A,))])
    saved = store.get("Pratique", "PR-0005")
    assert (saved["statut"], saved.get("publie"), saved.get("en_attente"), saved["contribue_par"]) == (
        "brouillon", None, None, "tilleuls")
    assert "PR-0005" not in GuardedStore(store, WHO["lecteur"][0]).keys("Pratique")


def test_erasing_on_request_leaves_no_content_in_the_history(store):
    from graph.changes import Forget

    store.apply(BASE)
    admin = GuardedStore(store, WHO["administrateur"][0])
    admin.apply([PutNode("Situation", "SI-0001", {"recit": "Récit à effacer."})])
    with pytest.raises(AccessDenied):
        GuardedStore(store, WHO["contributeur_du_centre"][0]).apply([Forget("Situation", "SI-0001")])
    admin.apply([DeleteNode("Situation", "SI-0001"), Forget("Situation", "SI-0001")])
    history = store.history("Situation", "SI-0001")
    assert [t.action for t in history] == ["effacement"]
    assert "Récit" not in repr(history)
