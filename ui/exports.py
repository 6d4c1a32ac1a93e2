"""Exports of what the explorer shows: GraphML and GEXF for Gephi (standalone HTML comes from
:func:`ui.graph_view.network_html`).

>>> from queries.explorer import GraphEdge, GraphNode, PartnershipGraph
>>> graph = PartnershipGraph([GraphNode("Centre:C1", "Centre", "C1", "Centre fictif", "95018", "Argenteuil"),
...                           GraphNode("Ecole:0959001T", "Ecole", "0959001T", "École fictive", "95018", "Argenteuil")],
...                          [GraphEdge("PA-1", "Centre:C1", "Ecole:0959001T", "convention", None, ("culture",),
...                                     "solide", "2016-09")])
>>> b"<graphml" in graphml_bytes(graph) and b"Centre fictif" in gexf_bytes(graph)
True
"""

from __future__ import annotations

import io

import networkx as nx

from graph.vocabularies import PARTNERSHIP_OBJECT, QUALITY
from queries.explorer import PartnershipGraph


def to_networkx(graph: PartnershipGraph) -> nx.Graph:
    """The graph shown, with string attributes Gephi reads: type, name, commune; form, quality…"""
    network = nx.Graph()
    for node in graph.nodes:
        network.add_node(node.id, label=node.nom, type=node.label, cle=node.key, commune=node.commune_nom)
    for edge in graph.edges:
        network.add_edge(edge.source, edge.target, id=edge.id, forme=edge.forme or "",
                         frequence=edge.frequence or "", qualite=QUALITY.label(edge.qualite or ""),
                         objets=" | ".join(PARTNERSHIP_OBJECT.label(o) for o in edge.objets), depuis=edge.depuis or "")
    return network


def graphml_bytes(graph: PartnershipGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(to_networkx(graph), buffer, encoding="utf-8")
    return buffer.getvalue()


def gexf_bytes(graph: PartnershipGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_gexf(to_networkx(graph), buffer, encoding="utf-8")
    return buffer.getvalue()
