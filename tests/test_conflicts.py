"""Conflict situations: similar past cases, the record of each stance, and who may read the narratives — checked
in the query layer, on both stores."""

from __future__ import annotations

from collections import Counter

from graph.access import PUBLIC, Access, Role
from graph.changes import PutNode, SetLinks
from ingest.demo import load_demo
from queries.conflicts import NARRATIVE, Conflict, similar_cases

ASKED = Conflict(nature="sanction", solicited_by="les_deux", level="college", commune="95018")


def test_a_reader_never_receives_a_narrative(store):
    load_demo(store)
    found = similar_cases(store, ASKED, PUBLIC, limit=30)
    assert found.cases and found.hidden == len(found.cases) and not found.lessons
    for case in found.cases:
        assert not case.readable and case.centre is None
        assert (case.recit, case.actions, case.enseignements) == ("", "", "")
        assert len(case.year) in (0, 4)  # the year only, never the month


def test_the_federation_reads_every_narrative(store):
    load_demo(store)
    found = similar_cases(store, ASKED, Access(Role.ADMIN), limit=30)
    assert found.hidden == 0 and all(case.readable and case.recit and case.centre for case in found.cases)
    assert found.lessons and set(NARRATIVE) >= {"recit", "actions", "enseignements"}


def test_a_centre_reads_only_its_own_cases(store):
    load_demo(store)
    owners = {r.source_key: r.target_key for r in store.links("SIGNALEE_PAR")}
    centre = Counter(owners.values()).most_common(1)[0][0]
    found = similar_cases(store, Conflict(), Access(Role.CONTRIBUTOR, frozenset({centre})), limit=30)
    assert not found.cases  # nothing described: nothing is similar
    found = similar_cases(store, Conflict(level="college"), Access(Role.CONTRIBUTOR, frozenset({centre})), limit=30)
    for case in found.cases:
        assert case.readable == (owners[case.id] == centre)
        assert bool(case.recit) == case.readable
    assert any(not case.readable for case in found.cases)


def test_similar_cases_first_and_the_record_of_each_stance(store):
    load_demo(store)
    found = similar_cases(store, ASKED, PUBLIC, limit=30)
    assert [c.similarity for c in found.cases] == sorted((c.similarity for c in found.cases), reverse=True)
    best = found.cases[0]
    assert "nature" in best.shared and best.nature == "sanction"
    cases = [c for c in store.nodes("Situation") if c.get("issue") != "en_cours"]
    for record in found.stances:
        mine = [c for c in cases if c["posture"] == record.stance]
        assert record.cases == len(mine)
        assert record.eased == sum(c["issue"] == "apaisee" for c in mine)
        assert record.partly == sum(c["issue"] == "en_partie" for c in mine)
    shares = [r.eased_share or 0.0 for r in found.stances]
    assert shares == sorted(shares, reverse=True)


def test_a_hostile_narrative_is_returned_as_it_was_written(store):
    store.apply([
        PutNode("Departement", "95", {"nom": "Val-d'Oise"}), PutNode("Commune", "95018", {"nom": "Argenteuil"}),
        SetLinks("DANS_DEPARTEMENT", "Commune", "95018", ("95",)),
        PutNode("Centre", "CS-X", {"nom": "Centre X", "type": "centre_social"}),
        SetLinks("SITUE_DANS", "Centre", "CS-X", ("95018",)),
        PutNode("Situation", "SC-X", {"nature": "sanction", "sollicite_par": "les_deux", "posture": "mediation",
                                      "issue": "apaisee", "recit": "<script>alert(1)</script>", "date": "2020-03"}),
        SetLinks("SIGNALEE_PAR", "Situation", "SC-X", ("CS-X",)),
    ])
    assert similar_cases(store, ASKED, Access(Role.ADMIN)).cases[0].recit == "<script>alert(1)</script>"
    assert similar_cases(store, ASKED, PUBLIC).cases[0].recit == ""
