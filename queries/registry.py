"""Named queries: each has a name, a French title, a one-line description, its parameters
and its implementation. Pages and the command line list and run them from here.

>>> "effectifs" in QUERIES
True
>>> QUERIES["effectifs"].title
'Ce que contient le graphe'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from graph.i18n import t
from graph.store import GraphStore


@dataclass(frozen=True)
class NamedQuery:
    name: str
    run: Callable[..., Any]
    parameters: tuple[str, ...] = field(default=())

    @property
    def title(self) -> str:
        return t(f"query.{self.name}.title")

    @property
    def description(self) -> str:
        return t(f"query.{self.name}.description")

    def __call__(self, store: GraphStore, **params: Any) -> Any:
        unknown = set(params) - set(self.parameters)
        if unknown:
            raise TypeError(f"{self.name}: unknown parameters {sorted(unknown)}")
        return self.run(store, **params)


QUERIES: dict[str, NamedQuery] = {}


F = TypeVar("F", bound=Callable[..., Any])


def named(name: str, *parameters: str) -> Callable[[F], F]:
    """Register the decorated function as the named query ``name`` (the function stays as it is)."""

    def register(function: F) -> F:
        QUERIES[name] = NamedQuery(name, function, parameters)
        return function

    return register


from queries import aggregate, analysis, explorer, geography, grids, meetings, overview  # noqa: E402,F401  (registers their queries)
from queries import conflicts, questions, recommend, recommend_feedback  # noqa: E402,F401  (registers their queries)
from queries import contributions, privacy, retention, review  # noqa: E402,F401  (registers their queries)
