"""The partnership graph too large to draw node by node, grouped by territory and opened level
by level: France → départements → communes → centres and schools.

A group is a département or a commune: it carries how many centres, schools and
partnerships it holds; a link between two groups counts the partnerships between a
centre of one and a school of the other. The same filters as the detailed graph apply.

>>> from graph.backends.embedded import EmbeddedStore
>>> from ingest.demo import load_demo
>>> import tempfile
>>> store = EmbeddedStore(tempfile.mkdtemp())
>>> _ = load_demo(store)
>>> france = aggregated_graph(store)
>>> [(g.key, g.partenariats) for g in france.groups]
[('95', 150)]
>>> by_commune = aggregated_graph(store, level="commune", departement="95")
>>> sum(g.partenariats for g in by_commune.groups) + sum(link.partenariats for link in by_commune.links) == 150
True
>>> store.close()
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Literal

from graph.store import GraphStore
from queries.explorer import Filters, partnership_graph
from queries.registry import named

Level = Literal["departement", "commune"]
DRAW_LIMIT = 2_000  # nodes: beyond, a graph is shown grouped, never node by node


@dataclass(frozen=True)
class Group:
    id: str          # "departement:95" or "commune:95018"
    level: str
    key: str
    nom: str
    centres: int
    ecoles: int
    partenariats: int  # between a centre and a school both in the group


@dataclass(frozen=True)
class GroupLink:
    source: str
    target: str
    partenariats: int  # between a centre of one group and a school of the other


@dataclass(frozen=True)
class AggregatedGraph:
    level: str
    groups: list[Group]
    links: list[GroupLink]


@named("graphe_agrege", "filters", "level", "departement")
def aggregated_graph(store: GraphStore, filters: Filters | None = None, level: Level = "departement",
                     departement: str | None = None) -> AggregatedGraph:
    """The filtered partnership graph grouped by ``level``; with ``departement``, only the
    groups of that département (its communes)."""
    if level not in ("departement", "commune"):
        raise ValueError(f"unknown level {level!r}")
    filters = filters or Filters()
    if departement:
        filters = Filters(**{**filters.__dict__, "departements": (departement,)})
    graph = partnership_graph(store, filters)
    departement_of = {r.source_key: r.target_key for r in store.links("DANS_DEPARTEMENT", "Commune")}

    def group_of(commune: str) -> str:
        return departement_of.get(commune, "") if level == "departement" else commune

    where = {node.id: group_of(node.commune) for node in graph.nodes}
    if departement:
        where = {node: group for node, group in where.items()
                 if (group if level == "departement" else departement_of.get(group)) == departement}
    centres = Counter(where[n.id] for n in graph.nodes if n.label == "Centre" and n.id in where)
    schools = Counter(where[n.id] for n in graph.nodes if n.label == "Ecole" and n.id in where)
    inside: Counter[str] = Counter()
    between: Counter[tuple[str, str]] = Counter()
    for edge in graph.edges:
        a, b = where.get(edge.source), where.get(edge.target)
        if a is None or b is None:
            continue
        if a == b:
            inside[a] += 1
        else:
            between[tuple(sorted((a, b)))] += 1  # type: ignore[index]
    names = _names(store, level)
    keys = sorted(set(centres) | set(schools))
    groups = [Group(f"{level}:{key}", level, key, names.get(key, key or "?"), centres[key], schools[key], inside[key])
              for key in keys]
    links = [GroupLink(f"{level}:{a}", f"{level}:{b}", count) for (a, b), count in sorted(between.items())]
    return AggregatedGraph(level, groups, links)


def _names(store: GraphStore, level: Level) -> dict[str, str]:
    label, key = ("Departement", "code_departement") if level == "departement" else ("Commune", "code_insee")
    return {str(node[key]): str(node.get("nom", node[key])) for node in store.nodes(label)}


@named("departements")
def departements(store: GraphStore) -> dict[str, str]:
    """Code → name of every département of the graph, by code."""
    return {str(node["code_departement"]): str(node.get("nom", node["code_departement"]))
            for node in sorted(store.nodes("Departement"), key=lambda node: str(node["code_departement"]))}


@named("territoires_a_choisir")
def territory_choices(store: GraphStore) -> dict[str, dict[str, str]]:
    """What the territory filters offer: QPV and REP / REP+ networks, code → name, by name."""
    def named_nodes(label: str, key: str) -> dict[str, str]:
        found = {str(node[key]): str(node.get("nom") or node[key]) for node in store.nodes(label)}
        return dict(sorted(found.items(), key=lambda item: item[1]))

    return {"qpv": named_nodes("Qpv", "code_qpv"), "reseaux": named_nodes("Reseau", "id_reseau")}
