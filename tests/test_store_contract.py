"""The store contract: the same tests, on the same data, with the same expected results,
on the embedded store and on a real Neo4j server (the ``store`` fixture runs each twice)."""

from __future__ import annotations

import pytest
from helpers import dump

from graph.changes import DeleteNode, PutNode, SetLinks
from graph.errors import DanglingReference, NodeExists, SchemaError
from graph.store import LinkRow

TERRITORY = [
    PutNode("Departement", "95", {"nom": "Val-d'Oise"}),
    PutNode("Commune", "95018", {"nom": "Argenteuil", "population": 110388, "latitude": 48.9472, "longitude": 2.2467}),
    PutNode("Commune", "95063", {"nom": "Bezons", "population": 32000}),
    SetLinks("DANS_DEPARTEMENT", "Commune", "95018", ("95",)),
    SetLinks("DANS_DEPARTEMENT", "Commune", "95063", ("95",)),
    PutNode("Qpv", "QP095002", {"nom": "Justice - Butte Blanche"}),
    SetLinks("DANS_COMMUNE", "Qpv", "QP095002", ("95018", "95063")),
]
CENTRE = PutNode("Centre", "CS95-001", {
    "nom": "Centre social fictif des Tilleuls", "type": "centre_social", "adherent": True,
    "activites": ["clas", "parentalite"], "latitude": 48.95, "longitude": 2.25, "statut": "valide", "version": 1,
})
SCHOOL = PutNode("Ecole", "0959001T", {"nom": "École élémentaire fictive des Coquelicots", "niveau": "elementaire"})


def test_starts_empty(store):
    assert store.is_empty()
    assert set(store.counts().values()) == {0}
    assert set(store.link_counts().values()) == {0}


def test_put_and_get_keep_types(store):
    store.apply(TERRITORY + [CENTRE])
    centre = store.get("Centre", "CS95-001")
    assert centre == {**CENTRE.props, "id_centre": "CS95-001"}
    assert isinstance(centre["adherent"], bool) and isinstance(centre["latitude"], float)
    assert centre["activites"] == ["clas", "parentalite"]
    assert store.get("Commune", "95018")["population"] == 110388
    assert store.get("Centre", "CS95-404") is None


def test_update_keeps_other_properties_and_none_removes(store):
    store.apply([CENTRE])
    store.apply([PutNode("Centre", "CS95-001", {"nom": "Nouveau nom fictif", "adresse": None, "latitude": None})])
    centre = store.get("Centre", "CS95-001")
    assert centre["nom"] == "Nouveau nom fictif"
    assert "latitude" not in centre and "adresse" not in centre
    assert centre["activites"] == ["clas", "parentalite"]


def test_empty_text_and_empty_list_are_not_stored(store):
    store.apply([PutNode("Centre", "CS95-002", {"nom": "Centre social fictif", "adresse": "", "activites": []})])
    assert store.get("Centre", "CS95-002") == {"id_centre": "CS95-002", "nom": "Centre social fictif"}


def test_links_are_set_to_exactly_the_targets(store):
    store.apply(TERRITORY)
    assert store.links("DANS_COMMUNE") == [
        LinkRow("Qpv", "QP095002", "95018"), LinkRow("Qpv", "QP095002", "95063"),
    ]
    store.apply([SetLinks("DANS_COMMUNE", "Qpv", "QP095002", ("95063",))])
    assert store.links("DANS_COMMUNE") == [LinkRow("Qpv", "QP095002", "95063")]
    store.apply([SetLinks("DANS_COMMUNE", "Qpv", "QP095002", ())])
    assert store.links("DANS_COMMUNE") == []
    assert store.link_counts()["DANS_DEPARTEMENT"] == 2


def test_one_relationship_type_from_several_labels(store):
    store.apply(TERRITORY + [CENTRE, SCHOOL,
                             SetLinks("SITUE_DANS", "Centre", "CS95-001", ("95018",)),
                             SetLinks("SITUE_DANS", "Ecole", "0959001T", ("95063",))])
    assert store.links("SITUE_DANS") == [
        LinkRow("Centre", "CS95-001", "95018"), LinkRow("Ecole", "0959001T", "95063"),
    ]
    assert store.links("SITUE_DANS", "Ecole") == [LinkRow("Ecole", "0959001T", "95063")]
    with pytest.raises(SchemaError):
        store.links("SITUE_DANS", "Partenariat")


def test_a_dangling_link_writes_nothing_at_all(store):
    store.apply(TERRITORY)
    before = dump(store)
    with pytest.raises(DanglingReference) as caught:
        store.apply([CENTRE, SetLinks("SITUE_DANS", "Centre", "CS95-001", ("95999",))])
    assert caught.value.params["key"] == "95999"
    assert "95999" in caught.value.message()
    assert dump(store) == before
    with pytest.raises(DanglingReference):
        store.apply([SetLinks("SITUE_DANS", "Centre", "CS95-404", ("95018",))])
    assert dump(store) == before


@pytest.mark.parametrize("change", [
    PutNode("Personne", "x", {}),
    PutNode("Centre", "CS95-001", {"telephone": "0102030405"}),
    PutNode("Centre", "CS95-001", {"latitude": "48,9"}),
    PutNode("Centre", "CS95-001", {"adherent": "oui"}),
    PutNode("Centre", "CS95-001", {"activites": "clas"}),
    PutNode("Centre", "CS95-001", {"id_centre": "CS95-002"}),
    PutNode("Centre", "", {}),
    SetLinks("CONNAIT", "Centre", "CS95-001", ()),
    SetLinks("SITUE_DANS", "Partenariat", "PA-1", ("95018",)),
    DeleteNode("Personne", "x"),
], ids=lambda change: type(change).__name__)
def test_writes_outside_the_schema_are_refused(store, change):
    store.apply(TERRITORY)
    before = dump(store)
    with pytest.raises(SchemaError):
        store.apply([CENTRE, change])
    assert dump(store) == before


def test_delete_removes_node_and_its_links(store):
    store.apply(TERRITORY)
    store.apply([DeleteNode("Commune", "95063"), DeleteNode("Commune", "00000")])
    assert store.get("Commune", "95063") is None
    assert store.links("DANS_COMMUNE") == [LinkRow("Qpv", "QP095002", "95018")]
    assert store.counts()["Commune"] == 1


def test_applying_twice_changes_nothing(store):
    store.apply(TERRITORY + [CENTRE])
    first = dump(store)
    store.apply(TERRITORY + [CENTRE])
    assert dump(store) == first


def test_nodes_and_links_come_sorted(store):
    store.apply([PutNode("Departement", code, {"nom": f"Département {code}"}) for code in ("95", "2A", "01", "971")])
    assert [d["code_departement"] for d in store.nodes("Departement")] == ["01", "2A", "95", "971"]


def test_hostile_text_is_stored_as_text(store):
    hostile = "\"}) MATCH (n) DETACH DELETE n // <script>alert(1)</script> ' ; DROP"
    store.apply(TERRITORY + [PutNode("Centre", "CS95-003", {"nom": hostile, "adresse": "l’école « Ève » — ½ ✓"})])
    assert store.get("Centre", "CS95-003")["nom"] == hostile
    assert store.get("Centre", "CS95-003")["adresse"] == "l’école « Ève » — ½ ✓"
    assert store.counts()["Commune"] == 2


def test_what_was_written_is_there_after_reopening(store, open_backend):
    store.apply(TERRITORY + [CENTRE])
    before = dump(store)
    store.close()
    assert dump(open_backend()) == before


def test_networkx_view(store):
    store.apply(TERRITORY)
    graph = store.to_networkx()
    assert graph.number_of_nodes() == 4
    assert graph.nodes[("Commune", "95018")]["nom"] == "Argenteuil"
    assert graph.has_edge(("Qpv", "QP095002"), ("Commune", "95063"), key="DANS_COMMUNE")


def test_ensure_schema_is_idempotent(store):
    store.ensure_schema()
    store.ensure_schema()
    store.apply([CENTRE])
    assert store.counts()["Centre"] == 1


def test_changes_apply_in_order_within_one_change_set(store):
    store.apply(TERRITORY + [
        PutNode("Centre", "CS95-001", {"nom": "Premier nom"}),
        SetLinks("SITUE_DANS", "Centre", "CS95-001", ("95018",)),
        DeleteNode("Centre", "CS95-001"),
        PutNode("Centre", "CS95-001", {"adresse": "Après la suppression"}),
        SetLinks("DANS_COMMUNE", "Qpv", "QP095002", ("95063",)),
        SetLinks("SITUE_DANS", "Centre", "CS95-001", ("95063",)),
        SetLinks("DANS_COMMUNE", "Qpv", "QP095002", ("95018",)),
    ])
    assert store.get("Centre", "CS95-001") == {"id_centre": "CS95-001", "adresse": "Après la suppression"}
    assert store.links("SITUE_DANS") == [LinkRow("Centre", "CS95-001", "95063")]
    assert store.links("DANS_COMMUNE") == [LinkRow("Qpv", "QP095002", "95018")]


def test_keys_of_a_label(store):
    store.apply(TERRITORY)
    assert store.keys("Commune") == {"95018", "95063"}
    assert store.keys("Centre") == set()


def test_which_keys_exist(store):
    store.apply(TERRITORY)
    assert store.existing("Commune", ["95018", "99999", "95063", "95018"]) == {"95018", "95063"}
    assert store.existing("Centre", []) == set()


def test_links_can_be_added_without_removing_others(store):
    store.apply(TERRITORY)
    store.apply([SetLinks("DANS_COMMUNE", "Qpv", "QP095002", ("95063",)),
                 SetLinks("DANS_COMMUNE", "Qpv", "QP095002", ("95018",), replace=False)])
    assert store.links("DANS_COMMUNE") == [LinkRow("Qpv", "QP095002", "95018"), LinkRow("Qpv", "QP095002", "95063")]
    store.apply([SetLinks("DANS_COMMUNE", "Qpv", "QP095002", ("95063",), replace=False)])
    assert len(store.links("DANS_COMMUNE")) == 2
    with pytest.raises(DanglingReference):
        store.apply([SetLinks("DANS_COMMUNE", "Qpv", "QP095002", ("95999",), replace=False)])


def test_nodes_to_create_are_created_with_their_links(store):
    store.apply(TERRITORY)
    store.apply([
        PutNode("Centre", "CS95-001", {"nom": "Les Tilleuls"}, create=True),
        PutNode("Centre", "CS95-002", {"nom": "Les Érables"}, create=True),
        SetLinks("SITUE_DANS", "Centre", "CS95-001", ("95018",), replace=False),
        SetLinks("INTERVIENT_EN", "Centre", "CS95-001", ("QP095002",), replace=False),
        SetLinks("SITUE_DANS", "Centre", "CS95-002", ("95063",), replace=False),
        # A target created in the same change set, and a second change of one type: both kept.
        PutNode("Ecole", "0959001T", {"nom": "Coquelicots"}, create=True),
        PutNode("Partenariat", "PA-1", {"forme": "convention"}, create=True),
        SetLinks("AVEC", "Partenariat", "PA-1", ("0959001T",), replace=False),
        SetLinks("PORTE_PAR", "Partenariat", "PA-1", ("CS95-001",), replace=False),
        SetLinks("PORTE_PAR", "Partenariat", "PA-1", ("CS95-002",), replace=False),
    ])
    assert store.get("Centre", "CS95-002") == {"id_centre": "CS95-002", "nom": "Les Érables"}
    assert store.links("SITUE_DANS") == [LinkRow("Centre", "CS95-001", "95018"), LinkRow("Centre", "CS95-002", "95063")]
    assert store.links("INTERVIENT_EN") == [LinkRow("Centre", "CS95-001", "QP095002")]
    assert store.links("AVEC") == [LinkRow("Partenariat", "PA-1", "0959001T")]
    assert store.links("PORTE_PAR") == [LinkRow("Partenariat", "PA-1", "CS95-001"), LinkRow("Partenariat", "PA-1", "CS95-002")]


def test_a_node_to_create_that_exists_writes_nothing_at_all(store):
    store.apply(TERRITORY + [CENTRE])
    before = dump(store)
    with pytest.raises(NodeExists) as caught:
        store.apply([PutNode("Centre", "CS95-002", {"nom": "Nouveau"}, create=True),
                     SetLinks("SITUE_DANS", "Centre", "CS95-002", ("95018",), replace=False),
                     PutNode("Centre", "CS95-001", {"nom": "Créé ailleurs entre-temps"}, create=True),
                     SetLinks("SITUE_DANS", "Centre", "CS95-001", ("95063",), replace=False)])
    assert (caught.value.label, caught.value.node_key) == ("Centre", "CS95-001")
    assert "CS95-001" in caught.value.message()
    assert dump(store) == before


def test_a_node_to_create_with_a_dangling_link_writes_nothing_at_all(store):
    store.apply(TERRITORY)
    before = dump(store)
    with pytest.raises(DanglingReference) as caught:
        store.apply([PutNode("Centre", "CS95-001", {"nom": "Les Tilleuls"}, create=True),
                     SetLinks("SITUE_DANS", "Centre", "CS95-001", ("95018",), replace=False),
                     PutNode("Centre", "CS95-002", {"nom": "Les Érables"}, create=True),
                     SetLinks("INTERVIENT_EN", "Centre", "CS95-002", ("QP095002", "QP095999"), replace=False)])
    assert (caught.value.params["label"], caught.value.params["key"]) == ("Qpv", "QP095999")
    assert dump(store) == before


def test_a_write_from_another_process_changes_the_revision(store, open_backend):
    """Several app processes on one store: what one writes, the others learn from the revision at their next run
    (their caches are keyed by it); nothing written, the revision stays."""
    other = open_backend()  # a second connection, as another process has
    seen = [other.revision()]
    assert other.revision() == seen[0] and store.revision() == seen[0]
    for changes in (TERRITORY, [CENTRE, SetLinks("SITUE_DANS", "Centre", "CS95-001", ("95018",))],
                    [DeleteNode("Centre", "CS95-001")]):
        store.apply(changes)
        now = other.revision()
        assert now not in seen and store.revision() == now, changes
        seen.append(now)
    with pytest.raises(DanglingReference):  # a write refused changes nothing
        store.apply([SetLinks("SITUE_DANS", "Centre", "CS95-404", ("95018",))])
    assert other.revision() == seen[-1]
    store.clear()
    assert other.revision() not in seen
