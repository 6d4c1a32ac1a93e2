"""The store contract's keyed reads (``find``, ``linked``, ``neighbourhood``, ``count_by``), on both stores: the
same tests, the same expected results (the ``store`` fixture runs each on the embedded store and on a real
Neo4j server). They answer what a scan of the whole label or type would, after every kind of write, and
take nothing of the schema from their caller that the schema does not know."""

from __future__ import annotations

from collections import Counter

import pytest
from test_store_contract import CENTRE, SCHOOL, TERRITORY

from graph.access import Access, Role
from graph.changes import DeleteNode, PutNode, SetLinks
from graph.errors import SchemaError
from graph.guard import GuardedStore
from graph.schema import KINDS, NODE_KINDS, RELATIONSHIPS
from graph.store import LinkRow, NodeRow, Subgraph, walk
from ingest.demo import load_demo

HOSTILE = ['"}) MATCH (n) DETACH DELETE n //', "`) DETACH DELETE n", "x' OR 1=1 --", "}", "{", "$key", "\\"]
SECOND = PutNode("Centre", "CS95-002", {"nom": "Centre social fictif des Acacias", "type": "espace_de_vie_sociale",
                                         "adherent": False, "activites": ["clas"], "statut": "brouillon"})
PARTNERSHIP = [
    PutNode("Partenariat", "PA-0001", {"forme": "convention", "qualite": "solide", "objets": ["parentalite"]}),
    SetLinks("PORTE_PAR", "Partenariat", "PA-0001", ("CS95-001",)),
    SetLinks("AVEC", "Partenariat", "PA-0001", ("0959001T",)),
]
WORLD = [*TERRITORY, CENTRE, SECOND, SCHOOL, SetLinks("SITUE_DANS", "Centre", "CS95-001", ("95018",)),
         SetLinks("SITUE_DANS", "Centre", "CS95-002", ("95063",)),
         SetLinks("SITUE_DANS", "Ecole", "0959001T", ("95018",)),
         *PARTNERSHIP]


def keys(nodes, label: str) -> list[str]:
    return [props[KINDS[label].key] for props in nodes]


# --- find --------------------------------------------------------------------------------------------------------


def test_find_by_a_value_a_list_member_several_properties_and_the_key(store):
    store.apply(WORLD)
    assert keys(store.find("Commune", nom="Bezons"), "Commune") == ["95063"]
    assert keys(store.find("Centre", activites="clas"), "Centre") == ["CS95-001", "CS95-002"]
    assert keys(store.find("Centre", activites="parentalite"), "Centre") == ["CS95-001"]
    assert keys(store.find("Centre", activites="clas", statut="valide"), "Centre") == ["CS95-001"]
    assert keys(store.find("Centre", adherent=False), "Centre") == ["CS95-002"]
    assert keys(store.find("Commune", population=110388), "Commune") == ["95018"]
    assert store.find("Centre", id_centre="CS95-002") == [store.get("Centre", "CS95-002")]
    assert store.find("Centre", nom="Personne") == []
    assert store.find("Centre", activites="clas", statut="rejete") == []


def test_find_tells_a_boolean_from_a_number(store):
    store.apply([CENTRE, PutNode("Commune", "95018", {"nom": "Argenteuil", "population": 1})])
    assert keys(store.find("Centre", adherent=True), "Centre") == ["CS95-001"]
    assert store.find("Commune", population=True) == []
    assert keys(store.find("Commune", population=1), "Commune") == ["95018"]


def test_find_follows_every_write(store, open_backend):
    store.apply(WORLD)
    other = open_backend()  # another process on the same data: its indexes, built first, must follow too
    assert keys(other.find("Centre", activites="clas"), "Centre") == ["CS95-001", "CS95-002"]
    assert keys(other.find("Partenariat", qualite="solide"), "Partenariat") == ["PA-0001"]
    store.apply([PutNode("Centre", "CS95-002", {"activites": ["alsh", "parentalite"]}),
                 PutNode("Partenariat", "PA-0001", {"qualite": None}),
                 PutNode("Centre", "CS95-003", {"nom": "Centre social fictif des Érables", "activites": ["clas"]})])
    for reader in (store, other):
        assert keys(reader.find("Centre", activites="clas"), "Centre") == ["CS95-001", "CS95-003"]
        assert keys(reader.find("Centre", activites="parentalite"), "Centre") == ["CS95-001", "CS95-002"]
        assert reader.find("Partenariat", qualite="solide") == []
        assert reader.count_by("Centre", "activites") == {"clas": 2, "parentalite": 2, "alsh": 1}
    store.apply([DeleteNode("Centre", "CS95-001")])
    for reader in (store, other):
        assert keys(reader.find("Centre", activites="parentalite"), "Centre") == ["CS95-002"]
        assert reader.find("Centre", nom=CENTRE.props["nom"]) == []
        assert reader.count_by("Centre", "activites") == {"clas": 1, "parentalite": 1, "alsh": 1}


def test_find_after_reopening_and_after_a_clear(store, open_backend):
    store.apply(WORLD)
    assert keys(store.find("Centre", activites="clas"), "Centre") == ["CS95-001", "CS95-002"]
    store.close()
    reopened = open_backend()
    assert keys(reopened.find("Centre", activites="clas"), "Centre") == ["CS95-001", "CS95-002"]
    reopened.clear()
    assert reopened.find("Centre", activites="clas") == [] and reopened.count_by("Centre", "activites") == {}


# --- count_by ----------------------------------------------------------------------------------------------------


def test_count_by_a_value_and_by_list_members(store):
    store.apply(WORLD)
    assert store.count_by("Centre", "type") == {"centre_social": 1, "espace_de_vie_sociale": 1}
    assert store.count_by("Centre", "adherent") == {True: 1, False: 1}
    assert store.count_by("Centre", "activites") == {"clas": 2, "parentalite": 1}
    assert store.count_by("Centre", "adresse") == {}
    assert store.count_by("Partenariat", "qualite") == {"solide": 1}


# --- linked ------------------------------------------------------------------------------------------------------


def test_linked_from_sources_and_to_targets(store):
    store.apply(WORLD)
    assert store.linked("SITUE_DANS", ["CS95-001", "CS95-002", "CS95-404"]) == [
        LinkRow("Centre", "CS95-001", "95018"), LinkRow("Centre", "CS95-002", "95063")]
    assert store.linked("SITUE_DANS", ["95018"], direction="in") == [
        LinkRow("Centre", "CS95-001", "95018"), LinkRow("Ecole", "0959001T", "95018")]
    assert store.linked("SITUE_DANS", ["95018"], direction="in", source="Ecole") == [
        LinkRow("Ecole", "0959001T", "95018")]
    assert store.linked("DANS_COMMUNE", ["QP095002"]) == [
        LinkRow("Qpv", "QP095002", "95018"), LinkRow("Qpv", "QP095002", "95063")]
    assert store.linked("SITUE_DANS", []) == [] and store.linked("SITUE_DANS", ["95018"]) == []


def test_linked_follows_relinks_and_deletes(store, open_backend):
    store.apply(WORLD)
    other = open_backend()
    assert other.linked("AVEC", ["0959001T"], direction="in") == [LinkRow("Partenariat", "PA-0001", "0959001T")]
    store.apply([PutNode("Ecole", "0959002U", {"nom": "École fictive des Bleuets"}),
                 SetLinks("AVEC", "Partenariat", "PA-0001", ("0959002U",)),
                 SetLinks("PORTE_PAR", "Partenariat", "PA-0001", ("CS95-002",))])
    for reader in (store, other):
        assert reader.linked("AVEC", ["0959001T"], direction="in") == []
        assert reader.linked("AVEC", ["0959002U"], direction="in") == [LinkRow("Partenariat", "PA-0001", "0959002U")]
        assert reader.linked("PORTE_PAR", ["PA-0001"]) == [LinkRow("Partenariat", "PA-0001", "CS95-002")]
    store.apply([DeleteNode("Ecole", "0959002U")])
    for reader in (store, other):
        assert reader.linked("AVEC", ["PA-0001"]) == [] and reader.linked("AVEC", ["0959002U"], direction="in") == []


# --- neighbourhood -----------------------------------------------------------------------------------------------


def node_keys(found: Subgraph) -> list[tuple[str, str]]:
    return [(node.label, node.key) for node in found.nodes]


def test_neighbourhood_by_depth_types_and_direction(store):
    store.apply(WORLD)
    one = store.neighbourhood("Centre", "CS95-001")
    assert node_keys(one) == [("Centre", "CS95-001"), ("Commune", "95018"), ("Partenariat", "PA-0001")]
    assert one.nodes[0] == NodeRow("Centre", "CS95-001", store.get("Centre", "CS95-001"))
    assert one.links == {"PORTE_PAR": [LinkRow("Partenariat", "PA-0001", "CS95-001")],
                         "SITUE_DANS": [LinkRow("Centre", "CS95-001", "95018")]}
    two = store.neighbourhood("Centre", "CS95-001", types=["PORTE_PAR", "AVEC"], depth=2)
    assert node_keys(two) == [("Centre", "CS95-001"), ("Ecole", "0959001T"), ("Partenariat", "PA-0001")]
    assert set(two.links) == {"PORTE_PAR", "AVEC"}
    assert node_keys(store.neighbourhood("Centre", "CS95-001", depth=2, direction="out")) == [
        ("Centre", "CS95-001"), ("Commune", "95018"), ("Departement", "95")]
    inward = store.neighbourhood("Commune", "95018", direction="in")
    assert node_keys(inward) == [("Centre", "CS95-001"), ("Commune", "95018"), ("Ecole", "0959001T"),
                                 ("Qpv", "QP095002")]
    assert "DANS_DEPARTEMENT" not in inward.links
    assert node_keys(store.neighbourhood("Centre", "CS95-001", depth=0)) == [("Centre", "CS95-001")]
    assert store.neighbourhood("Centre", "CS95-404") == Subgraph([], {})
    # depth 3 through the département reaches the other commune's centre, and every link followed is there
    far = store.neighbourhood("Centre", "CS95-001", types=["SITUE_DANS", "DANS_DEPARTEMENT"], depth=3)
    assert ("Centre", "CS95-002") not in node_keys(far)
    assert ("Commune", "95063") in node_keys(far)
    assert far.links["DANS_DEPARTEMENT"] == [LinkRow("Commune", "95018", "95"), LinkRow("Commune", "95063", "95")]


def test_neighbourhood_follows_relinks_and_deletes(store):
    store.apply(WORLD)
    store.apply([SetLinks("PORTE_PAR", "Partenariat", "PA-0001", ("CS95-002",)), DeleteNode("Commune", "95018")])
    assert node_keys(store.neighbourhood("Centre", "CS95-001")) == [("Centre", "CS95-001")]
    assert node_keys(store.neighbourhood("Centre", "CS95-002", types=["PORTE_PAR"])) == [
        ("Centre", "CS95-002"), ("Partenariat", "PA-0001")]


# --- what is not the schema's is refused; what is a value stays a value ------------------------------------------


@pytest.mark.parametrize("read", [
    lambda s: s.find("Centre`) DETACH DELETE n //", nom="x"),
    lambda s: s.find("Centre", **{"nom` = 1 DETACH DELETE n //": "x"}),
    lambda s: s.find("Centre", inconnue="x"),
    lambda s: s.find("Centre", nom=["liste"]),
    lambda s: s.count_by("Centre", "inconnue"),
    lambda s: s.count_by("Inconnu", "nom"),
    lambda s: s.linked("INCONNU", ["CS95-001"]),
    lambda s: s.linked("SITUE_DANS]->() DETACH DELETE n //", ["CS95-001"]),
    lambda s: s.linked("SITUE_DANS", ["CS95-001"], source="Commune"),
    lambda s: s.neighbourhood("Inconnu", "CS95-001"),
    lambda s: s.neighbourhood("Centre", "CS95-001", types=["SITUE_DANS|INCONNU"]),
], ids=["label", "property-injection", "property", "list-value", "count-property", "count-label", "type",
        "type-injection", "source", "walk-label", "walk-type"])
def test_what_the_schema_does_not_know_is_refused(store, read):
    store.apply(WORLD)
    with pytest.raises(SchemaError):
        read(store)
    assert store.counts()["Centre"] == 2


def test_bad_direction_and_depth_are_refused(store):
    for read in (lambda: store.linked("SITUE_DANS", ["x"], direction="both"),
                 lambda: store.neighbourhood("Centre", "x", direction="sideways"),
                 lambda: store.neighbourhood("Centre", "x", depth=-1),
                 lambda: store.neighbourhood("Centre", "x", depth="1 DETACH DELETE n")):
        with pytest.raises(ValueError):
            read()


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_values_are_only_values(store, hostile):
    store.apply([*WORLD, PutNode("Centre", hostile, {"nom": hostile, "activites": [hostile]}),
                 SetLinks("SITUE_DANS", "Centre", hostile, ("95018",))])
    assert keys(store.find("Centre", nom=hostile), "Centre") == [hostile]
    assert keys(store.find("Centre", activites=hostile), "Centre") == [hostile]
    assert store.find("Commune", nom=hostile) == []
    assert store.linked("SITUE_DANS", [hostile]) == [LinkRow("Centre", hostile, "95018")]
    assert store.linked("SITUE_DANS", [hostile], direction="in") == []
    assert node_keys(store.neighbourhood("Centre", hostile)) == [("Centre", hostile), ("Commune", "95018")]
    assert store.count_by("Centre", "nom")[hostile] == 1
    assert store.counts()["Centre"] == 3 and store.counts()["Commune"] == 2


# --- on the demo: each keyed read answers what a scan answers --------------------------------------------------


def test_keyed_reads_answer_what_scans_answer_on_the_demo(store):
    load_demo(store)
    for kind in NODE_KINDS:
        nodes = store.nodes(kind.label)
        for prop in kind.props:
            counted: Counter = Counter()
            for props in nodes:
                value = props.get(prop.name)
                counted.update(set(value) if isinstance(value, list) else () if value is None else (value,))
            assert store.count_by(kind.label, prop.name) == dict(counted), (kind.label, prop.name)
            if prop.indexed or prop.many:
                for value in sorted(counted, key=str)[:5]:
                    expected = [props for props in nodes if props.get(prop.name) == value
                                or (isinstance(props.get(prop.name), list) and value in props[prop.name])]
                    assert store.find(kind.label, **{prop.name: value}) == expected, (kind.label, prop.name, value)
    for type_, rel in RELATIONSHIPS.items():
        every = store.links(type_)
        assert store.linked(type_, {row.target_key for row in every}, direction="in") == every
        for source in sorted(rel.sources):
            assert store.linked(type_, store.keys(source), source=source) == store.links(type_, source)
        one = every[len(every) // 2].target_key if every else "x"
        assert store.linked(type_, [one], direction="in") == [row for row in every if row.target_key == one]


def test_neighbourhood_on_the_demo_is_the_networkx_ego_graph(store):
    import networkx as nx

    load_demo(store)
    graph = store.to_networkx()
    types = ("PORTE_PAR", "AVEC", "SITUE_DANS", "SIGNALEE_PAR")
    kept = nx.MultiDiGraph()
    kept.add_nodes_from(graph.nodes(data=True))
    kept.add_edges_from((s, d, k) for s, d, k in graph.edges(keys=True) if k in types)
    for start in [("Centre", "CS95-001"), ("Ecole", store.links("AVEC")[0].target_key)]:
        expected = nx.ego_graph(kept, start, radius=2, undirected=True)
        found = store.neighbourhood(*start, types=types, depth=2)
        assert node_keys(found) == sorted(expected.nodes)
        assert [node.props for node in found.nodes] == [store.get(*node) for node in sorted(expected.nodes)]
        distance = nx.single_source_shortest_path_length(kept.to_undirected(as_view=True), start, cutoff=2)
        followed = sorted((k, LinkRow(s[0], s[1], d[1])) for s, d, k in kept.edges(keys=True)
                          if min(distance.get(s, 9), distance.get(d, 9)) < 2)
        assert sorted((type_, row) for type_, rows in found.links.items() for row in rows) == followed


# --- through a person's guard: keyed reads see what that person's scans see ----------------------------------


def test_guarded_keyed_reads_answer_what_guarded_scans_answer(store):
    load_demo(store)
    partnership = store.links("PORTE_PAR")[0]
    owner = partnership.target_key
    published = next(p for p in store.nodes("Partenariat") if p.get("statut") == "valide"
                     and store.linked("PORTE_PAR", [p["id_partenariat"]])[0].target_key == owner)
    moved_to = store.links("AVEC")[-1].target_key
    centre = Access(Role.CONTRIBUTOR, frozenset({owner}), "centre")
    # a proposal of the centre: its published partnership moved to another school, waiting for validation
    GuardedStore(store, centre).apply([SetLinks("AVEC", "Partenariat", published["id_partenariat"], (moved_to,))])
    assert store.get("Partenariat", published["id_partenariat"]).get("en_attente")
    stranger = Access(Role.CONTRIBUTOR, frozenset({"CS95-404"}), "autre")
    for access in (Access(Role.ADMIN), centre, stranger, Access(Role.READER)):
        guard = GuardedStore(store, access)
        for type_ in ("AVEC", "PORTE_PAR", "PORTEE_PAR", "SIGNALEE_PAR", "CONCERNE", "A_REUNI", "SITUE_DANS"):
            every = GuardedStore(store, access).links(type_)
            targets = sorted({row.target_key for row in store.links(type_)})
            assert GuardedStore(store, access).linked(type_, targets, direction="in") == every, (access, type_)
            for target in (moved_to, owner, targets[0]):
                assert GuardedStore(store, access).linked(type_, [target], direction="in") == [
                    row for row in every if row.target_key == target], (access, type_, target)
            sources = sorted({row.source_key for row in store.links(type_)})
            assert GuardedStore(store, access).linked(type_, sources) == every, (access, type_)
        for label, prop in (("Partenariat", "qualite"), ("Pratique", "themes"), ("Commune", "nom")):
            nodes = guard.nodes(label)
            for value in sorted(GuardedStore(store, access).count_by(label, prop), key=str)[:4]:
                assert GuardedStore(store, access).find(label, **{prop: value}) == [
                    n for n in nodes if n.get(prop) == value or value in (n.get(prop) or [])], (access, label, value)
        # the proposal's link is seen by its centre and the federation only, in a walk as in a scan
        found = GuardedStore(store, access).neighbourhood("Ecole", moved_to, types=["AVEC"])
        insider = access.role is Role.ADMIN or access == centre
        assert (LinkRow("Partenariat", published["id_partenariat"], moved_to) in found.links["AVEC"]) == insider
        assert found.links["AVEC"] == [row for row in guard.links("AVEC") if row.target_key == moved_to]
        # a reader's walk is the store's own, drafts and what lies only beyond them left out: as walked link by link
        drafted = next(row.target_key for row in store.links("PORTE_PAR")
                       if store.get("Partenariat", row.source_key).get("statut") == "brouillon")
        for start in (("Centre", owner), ("Centre", drafted), ("Ecole", moved_to), ("Commune", "95018")):
            for depth, direction in ((1, "in"), (2, "both"), (3, "out")):
                assert guard.neighbourhood(*start, depth=depth, direction=direction) == walk(
                    GuardedStore(store, access), *start, depth=depth, direction=direction), (access, start, depth)
