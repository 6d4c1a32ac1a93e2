"""A centre's or a school's card read by its keys (``linked``, ``get``) says exactly what it said when it was
joined from whole link types: on the demo, on both stores, for every centre and every school that has
something on its card, as the store holds it and as each kind of person sees it through their guard (drafts
hidden from others, a centre's proposal seen by itself and the federation only)."""

from __future__ import annotations

from bench.card import card_by_scans  # the card as it was joined from whole link types: the reference
from graph.access import PUBLIC, Access, Role
from graph.changes import SetLinks
from graph.guard import GuardedStore
from graph.store import GraphStore
from ingest.demo import load_demo
from queries.explorer import node_card


def cards(store: GraphStore) -> list[str]:
    """Every centre, every school on a card's link, and a few schools with an empty card."""
    schools = {row.target_key for type_ in ("AVEC", "CONCERNE") for row in store.links(type_)}
    schools |= set(sorted(store.keys("Ecole") - schools)[:5])
    return [f"Centre:{key}" for key in sorted(store.keys("Centre"))] + [f"Ecole:{key}" for key in sorted(schools)]


def test_the_keyed_card_is_the_card_joined_by_scans(store):
    load_demo(store)
    owner = store.links("PORTE_PAR")[0].target_key
    centre = Access(Role.CONTRIBUTOR, frozenset({owner}), "centre")
    published = next(p["id_partenariat"] for p in store.nodes("Partenariat") if p.get("statut") == "valide"
                     and store.linked("PORTE_PAR", [p["id_partenariat"]])[0].target_key == owner)
    moved_to = store.links("AVEC")[-1].target_key
    GuardedStore(store, centre).apply([SetLinks("AVEC", "Partenariat", published, (moved_to,))])  # waits
    readers = {"federation": Access(Role.ADMIN), "centre": centre, "lecteur": PUBLIC,
               "autre centre": Access(Role.CONTRIBUTOR, frozenset({"CS95-404"}), "autre")}
    compared = 0
    for node in cards(store):
        assert node_card(store, node) == card_by_scans(store, node), node
        for name, access in readers.items():
            # a new guard for each, as each page run gets
            keyed = node_card(GuardedStore(store, access), node, access)
            assert keyed == card_by_scans(GuardedStore(store, access), node, access), (name, node)
            compared += bool(keyed["partenariats"] or keyed["pratiques"] or keyed["situations"])
    assert compared > 100
    # the proposal moved the partnership: on the new school's card for its centre and the federation only
    school = f"Ecole:{moved_to}"
    for name, access in readers.items():
        shown = [p["id_partenariat"] for p in node_card(GuardedStore(store, access), school, access)["partenariats"]]
        assert (published in shown) == (name in ("federation", "centre")), name
