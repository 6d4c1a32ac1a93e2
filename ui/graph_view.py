"""The partnership graph drawn with pyvis (vis-network), ready to embed or to save offline.

Positions are computed once by networkx with a fixed seed and physics is off, so the
drawing shows at once and never moves or reshuffles. Tooltips are plain text, one fact a
line: vis-network shows a string as text, never as HTML, so a name holding markup is
shown as typed (pyvis's template would show a title holding « href » as HTML: that word
is kept from reaching it whole, :func:`tooltip_text`). Node and edge data are embedded
with Jinja's ``tojson``, which escapes ``<`` and ``>``, so a name cannot close the page's
script either. The vis-network script is inlined: the HTML works with no network at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

import networkx as nx
from pyvis.network import Network

from graph.i18n import t
from graph.vocabularies import (
    ACTIVITY,
    FREQUENCY,
    PARTNERSHIP_FORM,
    PARTNERSHIP_OBJECT,
    PRIORITY,
    QUALITY,
    SCHOOL_LEVEL,
    SCHOOL_STATE,
)
from queries.contributions import french_month
from queries.explorer import GraphEdge, GraphNode, PartnershipGraph
from ui import palette

CENTRE_COLOUR = palette.CENTRE
SCHOOL_COLOURS = palette.SCHOOLS
QUALITY_COLOURS = palette.QUALITIES
UNKNOWN_COLOUR = palette.UNKNOWN


def tooltip_text(*lines: tuple[str, str | None]) -> str:
    """A plain-text tooltip, one ``(name, value)`` a line (the page keeps the line breaks: :data:`TOOLTIP_CSS`).

    >>> print(tooltip_text(("", "<b>École</b> href"), ("Commune :", "Argenteuil"), ("Niveau :", None)))
    <b>École</b> h⁠ref
    Commune : Argenteuil
    """
    return "\n".join(f"{name} {value}".strip() for name, value in lines if value).replace("href", "h\u2060ref")


# vis-network's tooltip box, for text written on several lines.
TOOLTIP_CSS = ("<style>div.vis-tooltip { white-space: pre-line; max-width: 28em; font-size: 15px; "
               "line-height: 1.35; }</style>")


def node_tooltip(node: GraphNode) -> str:
    if node.label == "Centre":
        activities = ", ".join(ACTIVITY.label(a) for a in node.props.get("activites", []))
        return tooltip_text(("", node.nom), (t("graph.tip.commune"), node.commune_nom),
                            (t("graph.tip.activities"), activities))
    priority = PRIORITY.label(node.props.get("education_prioritaire", "hors_ep"))
    level = SCHOOL_LEVEL.label(node.props["niveau"]) if node.props.get("niveau") else ""
    state = node.props.get("etat")
    state = SCHOOL_STATE.label(state) if state and state != "ouvert" else ""  # said only when it is not open
    return tooltip_text(("", node.nom), (t("graph.tip.uai"), node.key), (t("graph.tip.commune"), node.commune_nom),
                        (t("graph.tip.level"), level), (t("graph.tip.priority"), priority),
                        (t("graph.tip.state"), state))


def edge_tooltip(edge: GraphEdge) -> str:
    return tooltip_text((t("graph.tip.form"), PARTNERSHIP_FORM.label(edge.forme or "")),
                        (t("graph.tip.frequency"), FREQUENCY.label(edge.frequence or "")),
                        (t("graph.tip.objects"), ", ".join(PARTNERSHIP_OBJECT.label(o) for o in edge.objets)),
                        (t("graph.tip.quality"), QUALITY.label(edge.qualite or "")),
                        (t("graph.tip.since"), french_month(edge.depuis or "")))


@lru_cache(maxsize=16)
def layout(nodes: frozenset[str], edges: frozenset[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Fixed positions (pixels) for these nodes and edges: same graph, same drawing."""
    network = nx.Graph()
    network.add_nodes_from(sorted(nodes))
    network.add_edges_from(sorted(edges))
    scale = 120 * max(4.0, len(nodes) ** 0.5)
    positions = nx.spring_layout(network, seed=20190523, k=1.6 / max(1, len(nodes)) ** 0.5, iterations=60)
    return {node: (float(x) * scale, float(y) * scale) for node, (x, y) in positions.items()}


def network_html(graph: PartnershipGraph, height: int = 720, font_size: int = 14) -> str:
    """A standalone HTML page drawing ``graph`` (scripts inlined, no network needed)."""
    net = Network(height=f"{height}px", width="100%", directed=False, cdn_resources="in_line", bgcolor="#FFFFFF")
    positions = layout(frozenset(n.id for n in graph.nodes), frozenset((e.source, e.target) for e in graph.edges))
    degree: dict[str, int] = {}
    for edge in graph.edges:
        degree[edge.source] = degree.get(edge.source, 0) + 1
        degree[edge.target] = degree.get(edge.target, 0) + 1
    for node in graph.nodes:
        x, y = positions[node.id]
        colour = CENTRE_COLOUR if node.label == "Centre" else SCHOOL_COLOURS.get(
            str(node.props.get("education_prioritaire", "hors_ep")), UNKNOWN_COLOUR)
        net.add_node(node.id, label=node.nom, title=node_tooltip(node), x=x, y=y, physics=False, color=colour,
                     shape="dot" if node.label == "Centre" else "square",
                     size=(14 if node.label == "Centre" else 8) + 2 * min(degree.get(node.id, 0), 8),
                     borderWidth=4 if node.id == graph.focus else 1, font={"size": font_size})
    for edge in graph.edges:
        net.add_edge(edge.source, edge.target, title=edge_tooltip(edge), color=QUALITY_COLOURS.get(edge.qualite or "", UNKNOWN_COLOUR),
                     width=3 if edge.qualite == "exemplaire" else 2)
    net.toggle_physics(False)
    net.set_options('{"interaction": {"hover": true, "tooltipDelay": 150, "navigationButtons": true}, '
                    '"layout": {"improvedLayout": false}, '
                    '"physics": {"enabled": false}, "edges": {"smooth": false}}')
    return offline(net.generate_html(notebook=False))


_REMOTE = re.compile(r'<link[^>]+href="https?://[^"]*"[^>]*>|<script[^>]+src="https?://[^"]*"[^>]*>\s*</script>')


def offline(page: str) -> str:
    """``page`` without the remote stylesheets and scripts pyvis's template adds (Bootstrap,
    unused here): nothing is fetched, on a projector with no network as anywhere else; its tooltips
    keep their line breaks."""
    return _REMOTE.sub("", page).replace("</head>", TOOLTIP_CSS + "</head>", 1)


def legend() -> list[tuple[str, str]]:
    """(colour, French meaning) pairs, for the page and for exports."""
    return ([(CENTRE_COLOUR, t("graph.legend.centre"))]
            + [(colour, t("graph.legend.school", priority=PRIORITY.label(code))) for code, colour in SCHOOL_COLOURS.items()]
            + [(colour, t("graph.legend.partnership", quality=QUALITY.label(code)))
               for code, colour in QUALITY_COLOURS.items()])
