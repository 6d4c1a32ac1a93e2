"""Helpers shared by the tests."""

from __future__ import annotations

from graph.store import GraphStore


def dump(store: GraphStore) -> tuple[dict, dict]:
    """Everything a store holds, comparable across backends and across time."""
    return store.contents()
