"""Both stores: a write that started from an old version is refused whole, and every change
can carry its trace (who, when, before, after), kept with the node in the same transaction."""

from __future__ import annotations

import json

import pytest

from graph.changes import PutNode, SetLinks, Trace
from graph.errors import ConcurrentEdit, SchemaError
from helpers import dump

CENTRE = PutNode("Centre", "CS95-001", {"nom": "Centre social fictif des Tilleuls", "version": 1}, expected_version=0)


def _trace(action: str, before: dict, after: dict, at: str) -> Trace:
    return Trace("Centre", "CS95-001", at, "ana@federation", "", action, json.dumps(before), json.dumps(after))


def test_a_stale_version_writes_nothing_at_all(store):
    store.apply([CENTRE])
    with pytest.raises(ConcurrentEdit) as caught:  # it exists now: "must not exist yet" is stale
        store.apply([CENTRE])
    assert (caught.value.expected, caught.value.current) == (0, 1)
    store.apply([PutNode("Centre", "CS95-001", {"nom": "Les Tilleuls", "version": 2}, expected_version=1)])
    before = dump(store)
    with pytest.raises(ConcurrentEdit) as caught:
        store.apply([PutNode("Centre", "CS95-002", {"nom": "Autre", "version": 1}, expected_version=0),
                     PutNode("Centre", "CS95-001", {"nom": "Écrasé ?", "version": 2}, expected_version=1)])
    assert caught.value.current == 2 and "version 2" in caught.value.message()
    assert dump(store) == before  # the other node of the set was not written either
    store.apply([PutNode("Centre", "CS95-001", {"adresse": "1 rue de la Paix"})])  # no version: no check


def test_traces_are_kept_in_order_and_survive_reopening(store, open_backend):
    store.apply([CENTRE, _trace("creation", {}, {"nom": "Centre social fictif des Tilleuls"}, "2026-11-29T10:00:00.000001")])
    store.apply([PutNode("Centre", "CS95-001", {"nom": "Les Tilleuls", "version": 2}, expected_version=1),
                 _trace("modification", {"nom": "Centre social fictif des Tilleuls"}, {"nom": "Les Tilleuls"},
                        "2026-11-29T10:05:00.000002")])
    history = store.history("Centre", "CS95-001")
    assert [trace.action for trace in history] == ["creation", "modification"]
    assert json.loads(history[1].after) == {"nom": "Les Tilleuls"} and history[1].account == "ana@federation"
    assert store.history("Centre", "CS95-999") == []
    again = open_backend()  # the embedded store replays its log
    assert again.history("Centre", "CS95-001") == history
    if hasattr(store, "compact"):
        store.compact()  # … or reads its snapshot
    again = open_backend()
    assert again.history("Centre", "CS95-001") == history
    with pytest.raises(SchemaError):
        store.apply([Trace("Centre", "CS95-001", "t", "a", "", "piratage", "{}", "{}")])


def test_a_refused_write_leaves_no_trace(store):
    store.apply([CENTRE])
    with pytest.raises(ConcurrentEdit):
        store.apply([PutNode("Centre", "CS95-001", {"nom": "X", "version": 1}, expected_version=0),
                     _trace("modification", {}, {"nom": "X"}, "2026-11-29T11:00:00")])
    assert store.history("Centre", "CS95-001") == []
    store.apply([SetLinks("SITUE_DANS", "Centre", "CS95-001", ())])


def test_versions_are_those_before_the_change_set(store):
    """Two writes to one node in one set: the second's expectation is not checked against the first."""
    store.apply([PutNode("Centre", "CS95-003", {"nom": "A", "version": 1}, expected_version=0),
                 PutNode("Centre", "CS95-003", {"adresse": "B"}, expected_version=0)])
    assert store.get("Centre", "CS95-003") == {"id_centre": "CS95-003", "nom": "A", "adresse": "B", "version": 1}


def test_forget_erases_a_nodes_history_in_the_same_transaction(store, open_backend):
    from graph.changes import DeleteNode, Forget

    store.apply([CENTRE, _trace("creation", {}, {"nom": "Centre social fictif des Tilleuls"}, "2026-11-29T10:00:00")])
    store.apply([DeleteNode("Centre", "CS95-001"), Forget("Centre", "CS95-001"),
                 _trace("suppression", {}, {}, "2026-11-29T10:01:00")])
    assert [t.action for t in store.history("Centre", "CS95-001")] == ["suppression"]
    assert [t.action for t in open_backend().history("Centre", "CS95-001")] == ["suppression"]
