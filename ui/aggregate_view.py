"""A grouped graph (départements or communes) drawn with pyvis: one bubble per territory, sized
by its partnerships, and lines between territories whose centres and schools work together.

Same rules as ``ui.graph_view``: fixed positions, physics off, plain-text tooltips,
everything inlined so that the page works with no network.
"""

from __future__ import annotations

from pyvis.network import Network

from graph.i18n import counted, t
from queries.aggregate import AggregatedGraph
from ui import palette
from ui.graph_view import layout, offline, tooltip_text


def group_tooltip(name: str, centres: int, schools: int, partnerships: int) -> str:
    return tooltip_text(("", name), ("", t("aggregate.tip", centres=counted("centres", centres),
                                           schools=counted("etablissements", schools),
                                           partnerships=counted("partenariats", partnerships))))


def aggregated_html(graph: AggregatedGraph, height: int = 720, font_size: int = 16) -> str:
    """A standalone page drawing ``graph``: the bigger the bubble, the more partnerships."""
    net = Network(height=f"{height}px", width="100%", directed=False, cdn_resources="in_line", bgcolor="#FFFFFF")
    positions = layout(frozenset(g.id for g in graph.groups), frozenset((li.source, li.target) for li in graph.links))
    for group in graph.groups:
        x, y = positions[group.id]
        net.add_node(group.id,
                     label=t("aggregate.label", name=group.nom, partnerships=counted("partenariats", group.partenariats)),
                     title=group_tooltip(group.nom, group.centres, group.ecoles, group.partenariats),
                     x=x, y=y, physics=False, shape="dot", color=palette.CENTRE,
                     size=10 + 4 * min(group.partenariats, 400) ** 0.5, font={"size": font_size})
    for link in graph.links:
        net.add_edge(link.source, link.target, title=tooltip_text(("", t("aggregate.link", count=link.partenariats))),
                     width=1 + min(link.partenariats, 50) ** 0.5, color=palette.UNKNOWN)
    net.set_options('{"interaction": {"hover": true, "tooltipDelay": 150, "navigationButtons": true}, '
                    '"layout": {"improvedLayout": false}, "physics": {"enabled": false}, "edges": {"smooth": false}}')
    return offline(net.generate_html(notebook=False))
