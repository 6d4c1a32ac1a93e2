"""Helpers shared by the tests."""

from __future__ import annotations

from graph.store import GraphStore


def dump(store: GraphStore, *, without: tuple[str, ...] = ()) -> tuple[dict, dict]:
    """Everything a store holds, comparable across backends and across time; ``without`` leaves
    out nodes of those labels (``Source``: each file read is a node of its own)."""
    nodes, links = store.contents()
    return {label: found for label, found in nodes.items() if label not in without}, links
