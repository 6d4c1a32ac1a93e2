"""Cypher injection through every parameter a person controls, against a real Neo4j server holding the demo.

Search text, filter values, a node to focus or open, form fields (texts and references), item keys, a
rejection's comment, a workbook's cells, even labels and property names: each hostile string below is tried in
each of them. Nothing changes (the whole graph compared before and after) except what a write was meant to
store — the string itself, as text — and a reader gets no case narrative out of any of them.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import neo4j_store
from helpers import dump

from graph.access import Access, Role
from graph.changes import DeleteNode, PutNode, SetLinks
from graph.errors import PasserellesError
from graph.guard import GuardedStore
from graph.schema import KINDS
from ingest.demo import load_demo
from ingest.workbook import load_workbook
from queries import QUERIES
from queries.privacy import IdentifyingDetails
from queries.conflicts import Conflict
from queries.explorer import Filters
from queries.recommend import Profile

INJECTIONS: tuple[str, ...] = (
    "x'}) DETACH DELETE n //",
    '"}) MATCH (n) DETACH DELETE n //',
    "') RETURN 1 UNION MATCH (s:Situation) RETURN s.recit AS x //",
    "CS95-001' OR 1=1 //",
    "` MATCH (n) DETACH DELETE n //",
    "*/ MATCH (n) SET n.nom = 'pris' /*",
    "\\u0027}) DETACH DELETE n //",
    "$key",
    "row.key}) DETACH DELETE n //",
    "0959001T\x00' DETACH DELETE n",
    "PA-0001', 'PA-0002",
    "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
)
READER = Access(Role.READER, account="partenaire")
CENTRE = Access(Role.CONTRIBUTOR, frozenset({"CS95-001"}), "acacias")
ADMIN = Access(Role.ADMIN, account="federation")
EXPECTED_REFUSALS = (PasserellesError, KeyError, ValueError)


@pytest.fixture(scope="module")
def neo(neo4j_server):
    store = neo4j_store(neo4j_server)
    store.clear()
    assert not load_demo(store).report.has_blocking
    yield store
    store.clear()
    store.close()


def narratives(store) -> list[str]:
    """The beginnings of every case's sensitive texts: none may reach a reader."""
    secret = [p.name for p in KINDS["Situation"].props if p.sensitive]
    return [str(case[name])[:40] for case in store.nodes("Situation") for name in secret if case.get(name)]


def reads(s: str) -> list[tuple[str, Callable[[Any], Any]]]:
    """Every read a person steers, with ``s`` in the parameter they type or pick."""
    return [
        ("recherche", lambda g: QUERIES["graphe_partenariats"](g, search=s)),
        ("recherche+profondeur", lambda g: QUERIES["graphe_partenariats"](g, search=s, depth=3)),
        ("filtres", lambda g: QUERIES["graphe_partenariats"](g, filters=Filters(
            communes=(s,), departements=(s,), qpv=(s,), education_prioritaire=(s,), niveaux=(s,), statuts=(s,),
            formes=(s,), frequences=(s,), objets=(s,), qualites=(s,), activites=(s,), depuis_min=s, depuis_max=s))),
        ("focus", lambda g: QUERIES["graphe_partenariats"](g, focus=f"Centre:{s}")),
        ("fiche", lambda g: QUERIES["fiche"](g, node=f"Centre:{s}", access=g.access)),
        ("fiche-type", lambda g: QUERIES["fiche"](g, node=f"{s}:CS95-001", access=g.access)),
        ("get", lambda g: g.get("Situation", s)),
        ("get-type", lambda g: g.get(s, "SC-01")),
        ("existing", lambda g: g.existing("Situation", [s, "SC-01"])),
        ("historique", lambda g: g.history("Situation", s)),
        ("liens-type", lambda g: g.links(s)),
        ("carte", lambda g: QUERIES["carte"](g, communes=[s], qualites=[s])),
        ("lacunes", lambda g: QUERIES["analyse_lacunes_centres"](g, communes=[s])),
        ("reseau", lambda g: QUERIES["analyse_reseau"](g, communes=[s])),
        ("agrege", lambda g: QUERIES["graphe_agrege"](g, filters=Filters(communes=(s,)), level="commune",
                                                      departement=s)),
        ("rencontre", lambda g: QUERIES["rencontre_bilan"](g, rencontre=s)),
        ("situations", lambda g: QUERIES["situations_similaires"](g, conflict=Conflict(s, s, s, s), access=g.access)),
        ("recommandations", lambda g: QUERIES["recommandations"](g, profile=Profile(centre=s, commune=s, text=s,
                                                                                     themes=(s,)))),
        ("formulaire", lambda g: QUERIES["contribution_formulaire"](g, label="Situation", key=s, centre=s)),
        ("elements", lambda g: QUERIES["contribution_elements"](g, label="Situation", centre=s)),
        ("historique-page", lambda g: QUERIES["historique"](g, label="Situation", key=s)),
        ("centre-elements", lambda g: QUERIES["centre_elements"](g, centre=s)),
    ]


def attempt(action: Callable[[Any], Any], guard: GuardedStore) -> Any:
    """The result, or the refusal (a French error, or the allow-list's KeyError/ValueError)."""
    try:
        return action(guard)
    except EXPECTED_REFUSALS as error:
        return error


def test_reads_change_nothing_and_leak_no_narrative(neo):
    before, secrets = dump(neo), narratives(neo)
    assert secrets
    tried = 0
    for s in INJECTIONS:
        for name, action in reads(s):
            for access in (READER, CENTRE):
                found = repr(attempt(action, GuardedStore(neo, access)))
                tried += 1
                leaked = [secret for secret in secrets if secret in found]
                assert not leaked, f"{name} gave a narrative to {access.role}: {leaked[0]}"
    assert dump(neo) == before
    assert tried == len(INJECTIONS) * 22 * 2


def test_a_reader_still_sees_no_narrative_the_plain_way(neo):
    """The leak check above can fail: the administrator does read the narratives through the same reads."""
    secrets = narratives(neo)
    admin = GuardedStore(neo, ADMIN)
    assert any(secret in repr(admin.nodes("Situation")) for secret in secrets)
    assert not any(secret in repr(GuardedStore(neo, READER).nodes("Situation")) for secret in secrets)


def refused_writes(neo, s: str) -> list[Callable[[], Any]]:
    """Every write a person steers, with ``s`` where it must be refused (a reference, a key, a label, a role)."""
    contributor, admin = GuardedStore(neo, CENTRE), GuardedStore(neo, ADMIN)
    return [
        lambda: QUERIES["contribution_enregistrer"](contributor, label="Pratique", centre="CS95-001",
                                                    values={"titre": "Essai", "uai": s, "rencontre": s}),
        lambda: QUERIES["contribution_enregistrer"](contributor, label="Partenariat", centre=s,
                                                    values={"forme": s, "uai": "0959001T"}),
        lambda: QUERIES["contribution_enregistrer"](admin, label="Centre", key=s,
                                                    values={"nom": "Essai", "type": "centre_social",
                                                            "code_commune": "95018"}),
        lambda: QUERIES["validation_valider"](admin, label="Pratique", key=s),
        lambda: QUERIES["validation_rejeter"](admin, label="Pratique", key=s, comment=s),
        lambda: QUERIES["contribution_enregistrer"](GuardedStore(neo, READER), label="Pratique", centre="CS95-001",
                                                    values={"titre": s}),
        lambda: neo.apply([PutNode(s, "CS95-001", {"nom": "x"})]),
        lambda: neo.apply([PutNode("Centre", "CS95-001", {s: "x"})]),
        lambda: neo.apply([SetLinks(s, "Centre", "CS95-001", ("95018",))]),
        lambda: neo.apply([SetLinks("SITUE_DANS", "Centre", "CS95-001", (s,))]),
        lambda: neo.apply([DeleteNode(s, "CS95-001")]),
    ]


def test_writes_refused_change_nothing(neo):
    before = dump(neo)
    for s in INJECTIONS:
        for write in refused_writes(neo, s):
            with pytest.raises(EXPECTED_REFUSALS):
                write()
    assert dump(neo) == before


def test_texts_are_stored_as_typed_and_nothing_else_moves(neo, tmp_path: Path):
    """Forms, a rejection's comment and a workbook's cells hold the strings: stored verbatim, the rest untouched."""
    before = dump(neo)
    contributor, admin = GuardedStore(neo, CENTRE), GuardedStore(neo, ADMIN)
    made: list[tuple[str, str]] = []
    refused = 0
    for s in INJECTIONS:
        practices = neo.counts()["Pratique"]
        try:
            saved = QUERIES["contribution_enregistrer"](contributor, label="Pratique", centre="CS95-001",
                                                        values={"titre": s.replace("\x00", ""), "description": s,
                                                                "favorise": s, "obstacles": s})
        except IdentifyingDetails:  # « DETACH DELETE » read as a name in capitals: refused whole, nothing stored
            assert neo.counts()["Pratique"] == practices
            refused += 1
            continue
        made.append(("Pratique", saved.key))
        QUERIES["validation_rejeter"](admin, label="Pratique", key=saved.key, comment=s)
        stored = neo.get("Pratique", saved.key)
        assert stored["description"] == s and stored["favorise"] == s and stored["statut"] == "rejete"
        assert any(json.loads(trace.after).get("note") == s for trace in neo.history("Pratique", saved.key))
    assert len(INJECTIONS) - refused >= 4  # enough of them stored to prove they are stored verbatim
    sheet = tmp_path / "centres.csv"
    with sheet.open("w", encoding="utf-8", newline="") as out:
        rows = [["id_centre", "nom", "type", "code_commune", "adresse"]] + [
            [f"CS95-9{n:02d}", s.replace("\x00", ""), "Centre social", "95018", s.replace("\x00", "")]
            for n, s in enumerate(INJECTIONS)]
        csv.writer(out, delimiter=";").writerows(rows)
    result = load_workbook(neo, sheet)
    assert result.written and not result.report.has_blocking, result.report.lines()
    for n, s in enumerate(INJECTIONS):
        assert neo.get("Centre", f"CS95-9{n:02d}")["nom"] == s.replace("\x00", "")
        made.append(("Centre", f"CS95-9{n:02d}"))
    after = dump(neo)
    new = set(made)
    kept = {label: [n for n in nodes if (label, n[KINDS[label].key]) not in new] for label, nodes in after[0].items()}
    assert kept == before[0]
    neo.apply([DeleteNode(label, key) for label, key in made])
    assert dump(neo) == before


def test_a_new_item_key_given_to_the_query_layer_is_checked(neo):
    """The pages never let a person type a practice's key (it is picked from a list, or numbered), but the query
    takes one: a key that is not an identifier (spaces, quotes, markup) should be refused like a typed one."""
    before = dump(neo)
    try:
        with pytest.raises(EXPECTED_REFUSALS):
            QUERIES["contribution_enregistrer"](GuardedStore(neo, CENTRE), label="Pratique", key=INJECTIONS[0],
                                                values={"titre": "Essai"}, centre="CS95-001")
    finally:
        if neo.get("Pratique", INJECTIONS[0]) is not None:
            neo.apply([DeleteNode("Pratique", INJECTIONS[0])])
        assert dump(neo) == before
