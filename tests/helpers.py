"""Helpers shared by the tests."""

from __future__ import annotations

from graph.schema import KIND_LIST, RELATIONSHIPS
from graph.store import GraphStore


def dump(store: GraphStore) -> tuple[dict, dict]:
    """Everything a store holds, comparable across backends and across time."""
    return (
        {kind.label: store.nodes(kind.label) for kind in KIND_LIST},
        {type_: store.links(type_) for type_ in RELATIONSHIPS},
    )
