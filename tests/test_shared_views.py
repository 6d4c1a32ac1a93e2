"""People shown the same graph share what is computed from it (issue 17: caches were kept per person, each with its
own copy of the recommendation index): the key is :attr:`graph.access.Access.view`, never the account. This holds
only if what the guard shows depends on the view alone — checked here on the demo with drafts of two centres."""

from __future__ import annotations

from graph.access import Access, Role
from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode, SetLinks
from graph.guard import GuardedStore
from ingest.demo import load_demo
from ui.state import STORE_HASH, SessionStore

PEOPLE = [
    Access(Role.READER, account="partenaire-en"), Access(Role.READER, account="autre-lecteur"),
    Access(Role.CONTRIBUTOR, frozenset({"CS95-001"}), "nadia"), Access(Role.CONTRIBUTOR, frozenset({"CS95-001"}), "karim"),
    Access(Role.CONTRIBUTOR, frozenset({"CS95-002"}), "lea"), Access(Role.ADMIN, account="federation"),
    Access(Role.ADMIN, account="autre-admin"),
]


def test_what_the_guard_shows_depends_on_the_view_alone(tmp_path):
    with EmbeddedStore(tmp_path / "graphe") as store:
        load_demo(store)
        for centre in ("CS95-001", "CS95-002"):  # a draft each: seen by its centre and the federation only
            store.apply([PutNode("Pratique", f"PR-BROUILLON-{centre}", {"titre": "Brouillon", "statut": "brouillon"}),
                         SetLinks("PORTEE_PAR", "Pratique", f"PR-BROUILLON-{centre}", (centre,))])
        seen = {}
        for who in PEOPLE:
            contents = GuardedStore(store, who).contents()
            if who.view in seen:
                assert contents == seen[who.view], who
            seen[who.view] = contents
        assert len({who.view for who in PEOPLE}) == 4
        assert seen[PEOPLE[0].view] != seen[PEOPLE[2].view] != seen[PEOPLE[4].view] != seen[PEOPLE[5].view]


def test_cached_results_are_keyed_by_the_view(tmp_path):
    with EmbeddedStore(tmp_path / "graphe") as store:
        key = STORE_HASH[SessionStore]
        keys = [key(SessionStore(store, who)) for who in PEOPLE]
        assert keys[0] == keys[1] and keys[2] == keys[3] and keys[5] == keys[6]
        assert len(set(keys)) == 4


def test_a_write_by_another_process_is_seen_at_the_next_run(tmp_path):
    """Two app processes on one store: the cache key of a page run in one changes when the other writes."""
    with EmbeddedStore(tmp_path / "graphe") as writer, EmbeddedStore(tmp_path / "graphe") as reader:
        key = STORE_HASH[SessionStore]
        before = key(SessionStore(reader, PEOPLE[0]))
        assert key(SessionStore(reader, PEOPLE[0])) == before  # nothing written: the cached results hold
        writer.apply([PutNode("Departement", "95", {"nom": "Val-d'Oise"})])
        assert key(SessionStore(reader, PEOPLE[0])) != before
