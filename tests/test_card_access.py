"""The node card on both stores: conflict cases are counted for everyone, their content is
returned only to the federation and to the centre that reported them."""

from __future__ import annotations

from collections import Counter

from graph.access import PUBLIC, Access, Role
from ingest.demo import load_demo
from queries import QUERIES


def test_case_content_only_for_those_entitled(store):
    load_demo(store)
    reported_by = {row.source_key: row.target_key for row in store.links("SIGNALEE_PAR")}
    centre, count = Counter(reported_by.values()).most_common(1)[0]
    other = next(c for c in sorted(set(reported_by.values())) if c != centre)
    node = f"Centre:{centre}"

    public = QUERIES["fiche"](store, node=node)
    assert public["situations"] == count and public["situations_lisibles"] == []
    assert QUERIES["fiche"](store, node=node, access=PUBLIC)["situations_lisibles"] == []

    admin = QUERIES["fiche"](store, node=node, access=Access(Role.ADMIN))
    assert [case["id_situation"] for case in admin["situations_lisibles"]] == sorted(
        case for case, by in reported_by.items() if by == centre)
    assert all(case.get("recit") for case in admin["situations_lisibles"])

    own = QUERIES["fiche"](store, node=node, access=Access(Role.CONTRIBUTOR, frozenset({centre})))
    assert len(own["situations_lisibles"]) == count
    stranger = QUERIES["fiche"](store, node=node, access=Access(Role.CONTRIBUTOR, frozenset({other})))
    assert stranger["situations"] == count and stranger["situations_lisibles"] == []


def test_a_school_card_shows_only_the_cases_of_the_readers_centre(store):
    load_demo(store)
    reported_by = {row.source_key: row.target_key for row in store.links("SIGNALEE_PAR")}
    concerned = Counter(row.target_key for row in store.links("CONCERNE"))
    school = concerned.most_common(1)[0][0]
    cases = sorted(row.source_key for row in store.links("CONCERNE") if row.target_key == school)
    centre = reported_by[cases[0]]
    card = QUERIES["fiche"](store, node=f"Ecole:{school}", access=Access(Role.CONTRIBUTOR, frozenset({centre})))
    assert card["situations"] == len(cases)
    assert [case["id_situation"] for case in card["situations_lisibles"]] == [
        case for case in cases if reported_by[case] == centre]
