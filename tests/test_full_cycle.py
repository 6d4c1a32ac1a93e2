"""Issue « Collaboration », done means — on both stores with the demo data, three accounts through
a full cycle: a contributor proposes a practice and a conflict case (the case's phone number and
first name are caught), the administrator validates the practice and it appears in
recommendations, the reader sees it but can neither edit it nor read the case."""

from __future__ import annotations

import pytest

from graph.access import Access, Role
from graph.changes import PutNode
from graph.errors import AccessDenied
from graph.guard import GuardedStore
from ingest.demo import load_demo
from queries import QUERIES
from queries.contributions import save_contribution
from queries.privacy import IdentifyingDetails
from queries.recommend import Profile
from queries.review import validate, validation_queue

A, ELSEWHERE = "CS95-001", "CS95-020"
ADMIN = Access(Role.ADMIN, account="federation")
CONTRIBUTOR = Access(Role.CONTRIBUTOR, frozenset({A}), "tilleuls")
READER = Access(Role.READER, account="ien-argenteuil")
PRACTICE = {"titre": "Petit-déjeuner des parents et des enseignants",
            "description": "Un petit-déjeuner chaque mois à l’école pour que parents et enseignants se parlent "
                           "avant les difficultés ; le centre social anime et l’école ouvre ses portes.",
            "themes": ["parentalite", "lien_familles_ecole"], "resultat": "a_marche",
            "preuves": "Vingt familles à chaque rencontre ; moins de convocations."}
CASE = {"nature": "sanction", "sollicite_par": "parent", "posture": "mediation", "issue": "apaisee",
        "recit": "La maman de Yanis nous a appelés au 06 12 34 56 78 après l’exclusion de son fils.",
        "enseignements": "Réunir les deux parties tôt, au centre, en terrain neutre."}


def test_three_accounts_through_a_full_cycle(store):
    load_demo(store)
    contributor, admin, reader = (GuardedStore(store, who) for who in (CONTRIBUTOR, ADMIN, READER))

    practice = save_contribution(contributor, "Pratique", PRACTICE, centre=A)
    assert practice.statut == "brouillon"
    with pytest.raises(IdentifyingDetails) as caught:
        save_contribution(contributor, "Situation", CASE, centre=A)
    found = " ".join(f.text for f in caught.value.findings)
    assert "06 12 34 56 78" in found and "Yanis" in found
    case = save_contribution(contributor, "Situation", {
        **CASE, "recit": "Une mère nous a appelés après l’exclusion de son fils."}, centre=A)

    assert practice.key not in reader.keys("Pratique")  # a draft: not for readers yet
    assert (practice.label, practice.key) in {(item.label, item.key) for item in validation_queue(admin)}
    validate(admin, "Pratique", practice.key, expected_version=practice.version)
    validate(admin, "Situation", case.key, expected_version=case.version)

    assert practice.key in reader.keys("Pratique")
    index = QUERIES["recommandations_index"](reader)
    ranked = QUERIES["recommandations"](reader, profile=Profile(
        centre=ELSEWHERE, themes=("parentalite",), text="les parents et les enseignants ne se parlent pas"),
        index=index, limit=10)
    assert practice.key in [item.id for item in ranked.items]

    with pytest.raises(AccessDenied):
        reader.apply([PutNode("Pratique", practice.key, {"titre": "Changé par un lecteur"})])
    assert "recit" not in reader.get("Situation", case.key)
    assert "recit" in admin.get("Situation", case.key) and "recit" in contributor.get("Situation", case.key)
