"""Exports of what the explorer shows: tables as CSV for a French spreadsheet, GraphML and GEXF
for Gephi (standalone HTML comes from :func:`ui.graph_view.network_html`).

>>> import pandas as pd
>>> frame_csv(pd.DataFrame([{"nom": "=1+1", "km": 2.5}])).decode("utf-8-sig").splitlines()
['nom;km', "'=1+1;2,5"]

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
import pandas as pd

from graph.text import spreadsheet_safe
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


def frame_csv(frame: pd.DataFrame) -> bytes:
    """``frame`` as a CSV a French spreadsheet opens as is (``;``, UTF-8 with BOM, decimal comma),
    every text cell and header made inert (a name starting with ``=`` stays text)."""
    safe = frame.map(lambda value: spreadsheet_safe(value) if isinstance(value, str) else value)
    safe.columns = [spreadsheet_safe(str(name)) for name in safe.columns]
    return safe.to_csv(sep=";", index=False, decimal=",").encode("utf-8-sig")
