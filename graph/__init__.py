"""The Passerelles graph: its schema, its store contract and the two backends.

``graph`` imports nothing from the other packages of Passerelles (ingest, queries, the
app); they all read and write the graph through it.
"""

from graph.backends import open_store
from graph.changes import DeleteNode, PutNode, SetLinks
from graph.errors import PasserellesError
from graph.settings import Settings
from graph.store import GraphStore, LinkRow

__all__ = ["DeleteNode", "GraphStore", "LinkRow", "PasserellesError", "PutNode", "SetLinks", "Settings", "open_store"]
