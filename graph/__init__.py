"""The Passerelles graph: its schema, its store contract and the two backends.

``graph`` imports nothing from the other packages of Passerelles (ingest, queries, the
app); they all read and write the graph through it (``pyproject.toml``'s import-linter
contracts, checked by ``tests/test_layers.py``).

The names below are loaded when first used, so that a command that needs one module of
``graph`` (``python3 -m graph.accounts lister``) does not load the store and its backends.

>>> from graph import Settings, open_store
>>> open_store.__module__
'graph.backends'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.backends import open_store, store_types
    from graph.changes import DeleteNode, PutNode, SetLinks
    from graph.errors import PasserellesError
    from graph.settings import Settings
    from graph.store import GraphStore, LinkRow

_WHERE = {
    "open_store": "graph.backends", "store_types": "graph.backends",
    "DeleteNode": "graph.changes", "PutNode": "graph.changes", "SetLinks": "graph.changes",
    "PasserellesError": "graph.errors", "Settings": "graph.settings",
    "GraphStore": "graph.store", "LinkRow": "graph.store",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'graph' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value
    return value
