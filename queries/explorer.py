"""The partnership graph of the explorer: centres, schools and the partnerships between them,
filtered by territory, school and partnership features, searched by name, focused on a
neighbourhood; and the card of one node.

>>> from graph.backends.embedded import EmbeddedStore
>>> from ingest.demo import load_demo
>>> import tempfile
>>> store = EmbeddedStore(tempfile.mkdtemp())
>>> _ = load_demo(store)
>>> every = partnership_graph(store)
>>> len(every.edges), len([n for n in every.nodes if n.label == "Centre"]) > 30
(150, True)
>>> solid = partnership_graph(store, Filters(qualites=("exemplaire",)))
>>> {edge.qualite for edge in solid.edges}
{'exemplaire'}
>>> found = partnership_graph(store, search="tilleuls", depth=1)
>>> found.focus is not None and len(found.nodes) < len(every.nodes)
True
>>> store.close()
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.access import PUBLIC, Access
from graph.dates import not_after, not_before
from graph.store import GraphStore
from graph.text import fold
from queries.registry import named


@dataclass(frozen=True)
class Filters:
    """What the analyst keeps; an empty tuple keeps everything."""

    communes: tuple[str, ...] = ()        # INSEE codes: the centre's or the school's commune
    departements: tuple[str, ...] = ()    # département codes: the commune's département
    qpv: tuple[str, ...] = ()             # QPV codes: centres serving them, schools in their communes
    reseaux: tuple[str, ...] = ()         # REP / REP+ networks: their schools (and those schools' partners)
    education_prioritaire: tuple[str, ...] = ()
    niveaux: tuple[str, ...] = ()
    statuts: tuple[str, ...] = ()         # public / privé
    formes: tuple[str, ...] = ()
    frequences: tuple[str, ...] = ()
    objets: tuple[str, ...] = ()
    qualites: tuple[str, ...] = ()
    activites: tuple[str, ...] = ()       # of the centre
    depuis_min: str | None = None         # partnerships since at least this month (AAAA-MM; see graph.dates)
    depuis_max: str | None = None


@dataclass(frozen=True)
class GraphNode:
    id: str
    label: str          # Centre or Ecole
    key: str
    nom: str
    commune: str
    commune_nom: str = ""
    props: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class GraphEdge:
    id: str             # the partnership's id
    source: str
    target: str
    forme: str | None
    frequence: str | None
    objets: tuple[str, ...]
    qualite: str | None
    depuis: str | None


@dataclass(frozen=True)
class PartnershipGraph:
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    focus: str | None = None
    matches: tuple[str, ...] = ()


def node_id(label: str, key: str) -> str:
    return f"{label}:{key}"


def _any(wanted: tuple[str, ...], values: Any) -> bool:
    if not wanted:
        return True
    found = values if isinstance(values, list) else [values]
    return any(value in wanted for value in found)


def _territory(store: GraphStore) -> tuple[dict[tuple[str, str], str], dict[str, set[str]], dict[str, set[str]]]:
    commune_of = {(r.source_label, r.source_key): r.target_key for r in store.links("SITUE_DANS")}
    qpv_communes: dict[str, set[str]] = defaultdict(set)
    for row in store.links("DANS_COMMUNE"):
        qpv_communes[row.source_key].add(row.target_key)
    served: dict[str, set[str]] = defaultdict(set)
    for row in store.links("INTERVIENT_EN"):
        served[row.source_key].add(row.target_key)
    return commune_of, qpv_communes, served


@named("graphe_partenariats", "filters", "search", "focus", "depth")
def partnership_graph(store: GraphStore, filters: Filters | None = None, search: str = "",
                      focus: str | None = None, depth: int = 1) -> PartnershipGraph:
    """Centres and schools linked by the partnerships that pass ``filters``; with ``search``
    (accent- and case-insensitive, on names) or ``focus`` (a node id), only the nodes within
    ``depth`` steps of the first match."""
    filters = filters or Filters()
    commune_of, qpv_communes, served = _territory(store)
    centres = {c["id_centre"]: c for c in store.nodes("Centre")}
    schools = {s["uai"]: s for s in store.nodes("Ecole")}
    centre_of = {r.source_key: r.target_key for r in store.links("PORTE_PAR")}
    school_of = {r.source_key: r.target_key for r in store.links("AVEC") if r.source_label == "Partenariat"}
    # The communes the territory filters name, besides filters.communes: their QPV's, their départements'.
    area = set().union(*(qpv_communes[q] for q in filters.qpv)) if filters.qpv else set()
    if filters.departements:
        departements = set(filters.departements)
        area |= {r.source_key for r in store.links("DANS_DEPARTEMENT", "Commune") if r.target_key in departements}
    territory = bool(filters.communes or filters.qpv or filters.departements)
    networks, qpv = set(filters.reseaux), set(filters.qpv)  # looked up once per partnership: sets, not tuples
    area |= set(filters.communes)
    in_network = ({r.source_key for r in store.links("MEMBRE_DE", "Ecole") if r.target_key in networks}
                  if networks else None)

    def in_territory(label: str, key: str) -> bool:
        return commune_of.get((label, key), "") in area or (label == "Centre" and bool(served[key] & qpv))

    edges: list[GraphEdge] = []
    for partnership in store.nodes("Partenariat"):
        key = partnership["id_partenariat"]
        centre, school = centre_of.get(key), school_of.get(key)
        if centre not in centres or school not in schools:
            continue
        since = partnership.get("depuis")
        if not (_any(filters.formes, partnership.get("forme")) and _any(filters.frequences, partnership.get("frequence"))
                and _any(filters.objets, partnership.get("objets", [])) and _any(filters.qualites, partnership.get("qualite"))
                and (filters.depuis_min is None or (bool(since) and not_before(since, filters.depuis_min)))
                and (filters.depuis_max is None or (bool(since) and not_after(since, filters.depuis_max)))):
            continue
        if in_network is not None and school not in in_network:
            continue
        if not (_school_features_ok(filters, schools[school])
                and _any(filters.activites, centres[centre].get("activites", []))):
            continue
        # A territory keeps a partnership when either end lies in it.
        if territory and not (in_territory("Centre", centre) or in_territory("Ecole", school)):
            continue
        edges.append(GraphEdge(key, node_id("Centre", centre), node_id("Ecole", school), partnership.get("forme"),
                               partnership.get("frequence"), tuple(partnership.get("objets", [])),
                               partnership.get("qualite"), since))
    used = {edge.source for edge in edges} | {edge.target for edge in edges}
    names = {c["code_insee"]: str(c.get("nom", "")) for c in store.nodes("Commune")}
    nodes = [_node("Centre", key, centre, commune_of, names) for key, centre in centres.items()
             if node_id("Centre", key) in used]
    nodes += [_node("Ecole", key, school, commune_of, names) for key, school in schools.items()
              if node_id("Ecole", key) in used]
    return _focused(PartnershipGraph(nodes, edges), search, focus, depth)


def _school_features_ok(filters: Filters, school: dict[str, Any]) -> bool:
    return (_any(filters.education_prioritaire, school.get("education_prioritaire", "hors_ep"))
            and _any(filters.niveaux, school.get("niveau")) and _any(filters.statuts, school.get("statut")))


def _node(label: str, key: str, props: dict[str, Any], commune_of: dict[tuple[str, str], str],
          names: dict[str, str]) -> GraphNode:
    commune = commune_of.get((label, key), "")
    return GraphNode(node_id(label, key), label, key, str(props.get("nom", key)), commune, names.get(commune, ""), props)


def _focused(graph: PartnershipGraph, search: str, focus: str | None, depth: int) -> PartnershipGraph:
    matches: tuple[str, ...] = ()
    if search.strip():
        wanted = fold(search)
        matches = tuple(node.id for node in graph.nodes if wanted in fold(node.nom) or wanted in fold(node.key))
        focus = focus if focus in matches else (matches[0] if matches else None)
    if focus is None or focus not in {node.id for node in graph.nodes}:
        return PartnershipGraph(graph.nodes, graph.edges, None, matches)
    network = nx.Graph()
    network.add_nodes_from(node.id for node in graph.nodes)
    network.add_edges_from((edge.source, edge.target) for edge in graph.edges)
    kept = set(nx.ego_graph(network, focus, radius=max(1, depth)).nodes)
    return PartnershipGraph([n for n in graph.nodes if n.id in kept],
                            [e for e in graph.edges if e.source in kept and e.target in kept], focus, matches)


@named("fiche", "node", "access")
def node_card(store: GraphStore, node: str, access: Access = PUBLIC) -> dict[str, Any]:
    """What the card of a centre or a school shows: its partnerships, its practices, the
    meetings it attended, how many conflict cases it reported (or that concern the school),
    and the content of those cases ``access`` is entitled to (the federation's, and the
    reporting centre's own) — the others are counted, never returned.

    It reads the node's own links and their ends, by its key: its cost is that of its answer, not of the graph.

    >>> from graph.backends.embedded import EmbeddedStore
    >>> from ingest.demo import load_demo
    >>> import tempfile
    >>> store = EmbeddedStore(tempfile.mkdtemp())
    >>> _ = load_demo(store)
    >>> card = node_card(store, "Centre:CS95-001")
    >>> card["props"]["id_centre"], len(card["partenariats"]) > 0, card["situations_lisibles"]
    ('CS95-001', True, [])
    >>> store.close()
    """
    label, key = node.split(":", 1)
    centre = label == "Centre"
    # One walk of one step back along the card's links: the nodes on the card come with their properties.
    around = store.neighbourhood("Centre" if centre else "Ecole", key, CARD_LINKS[centre], direction="in")
    found = {(item.label, item.key): item.props for item in around.nodes}
    props = (found.get((label, key)) if label in ("Centre", "Ecole") else store.get(label, key)) or {}

    def linking(type_: str, source: str | None = None) -> list[str]:
        """The keys of the nodes whose ``type_`` links lead to this one."""
        return sorted({row.source_key for row in around.links.get(type_, ()) if source in (None, row.source_label)})

    partnerships = linking("PORTE_PAR" if centre else "AVEC", "Partenariat")
    practices = linking("PORTEE_PAR" if centre else "AVEC", "Pratique")
    meetings = linking("A_REUNI") if centre else []
    cases = linking("SIGNALEE_PAR" if centre else "CONCERNE")
    reported_by = {row.source_key: row.target_key for row in store.linked("SIGNALEE_PAR", cases)}
    readable = [case for case in cases if access.can_read_case(reported_by.get(case, ""))]
    return {
        "props": props,
        "partenariats": [found[("Partenariat", k)] for k in partnerships],
        "pratiques": [found[("Pratique", k)] for k in practices],
        "rencontres": [found[("Rencontre", k)] for k in meetings],
        "situations": len(cases),
        "situations_lisibles": [found[("Situation", case)] for case in readable],
    }


# The links that lead to a centre's card (partnerships, practices, meetings, cases), and to a school's.
CARD_LINKS = {True: ("PORTE_PAR", "PORTEE_PAR", "A_REUNI", "SIGNALEE_PAR"), False: ("AVEC", "CONCERNE")}
