"""Named queries over the graph, read through the store contract."""

from queries.registry import QUERIES, NamedQuery

__all__ = ["QUERIES", "NamedQuery"]
