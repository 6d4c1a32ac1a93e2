"""The partnership graph as an image for slides: PNG and SVG, drawn by matplotlib.

Same positions as the interactive drawing (``ui.graph_view.layout``, or a scene's saved
layout), same colours, the legend and a caption. Names are drawn as plain text: math
parsing is off (a ``$`` in a name stays a ``$``), and in the SVG they are XML text, escaped
by matplotlib, so a name holding markup is shown, never interpreted. Large graphs get
labels on centres only, to stay legible on a projector.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Mapping

import matplotlib

matplotlib.use("Agg")  # no window: images are drawn for a download

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.collections import LineCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402

from queries.explorer import PartnershipGraph  # noqa: E402
from ui import palette  # noqa: E402
from ui.graph_view import layout, legend  # noqa: E402

Positions = Mapping[str, tuple[float, float]]
LABEL_ALL_UP_TO = 120  # nodes; beyond, only the centres are named


def _positions(graph: PartnershipGraph, positions: Positions | None) -> Positions:
    if positions is not None and all(node.id in positions for node in graph.nodes):
        return positions
    return layout(frozenset(n.id for n in graph.nodes), frozenset((e.source, e.target) for e in graph.edges))


def graph_figure(graph: PartnershipGraph, positions: Positions | None = None, caption: str = "",
                 size: tuple[float, float] = (16, 9)) -> Figure:
    """A 16:9 figure of ``graph`` (vis-network's y axis points down: flipped here)."""
    where = _positions(graph, positions)
    figure = plt.figure(figsize=size, dpi=100)
    axes = figure.add_axes((0.01, 0.08, 0.78, 0.84))
    axes.set_axis_off()
    segments = [[(where[e.source][0], -where[e.source][1]), (where[e.target][0], -where[e.target][1])]
                for e in graph.edges if e.source in where and e.target in where]
    colours = [palette.QUALITIES.get(e.qualite or "", palette.UNKNOWN) for e in graph.edges
               if e.source in where and e.target in where]
    axes.add_collection(LineCollection(segments, colors=colours, linewidths=1.4, alpha=0.8, zorder=1))
    degree: Counter[str] = Counter()
    for edge in graph.edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    for label, marker in (("Ecole", "s"), ("Centre", "o")):
        nodes = [n for n in graph.nodes if n.label == label]
        if not nodes:
            continue
        axes.scatter([where[n.id][0] for n in nodes], [-where[n.id][1] for n in nodes], marker=marker, zorder=2,
                     s=[(60 if label == "Centre" else 22) + 12 * min(degree[n.id], 8) for n in nodes],
                     c=[palette.CENTRE if label == "Centre" else palette.SCHOOLS.get(
                         str(n.props.get("education_prioritaire", "hors_ep")), palette.UNKNOWN) for n in nodes],
                     edgecolors=["#000000" if n.id == graph.focus else "#FFFFFF" for n in nodes], linewidths=1.0)
    named = graph.nodes if len(graph.nodes) <= LABEL_ALL_UP_TO else [n for n in graph.nodes if n.label == "Centre"]
    for node in named:
        x, y = where[node.id]
        axes.text(x, -y, f"  {node.nom}", fontsize=9 if node.label == "Centre" else 7, va="center",
                  parse_math=False, zorder=3, clip_on=True)
    axes.autoscale_view()
    axes.margins(0.05)
    handles = [Line2D([], [], color=colour, marker="o", linestyle="", markersize=9) for colour, _ in legend()]
    texts = [text.lstrip("●■━─ ") for _, text in legend()]  # the marker says it already
    figure.legend(handles, texts, loc="center right", frameon=False, fontsize=10)
    if caption:
        figure.text(0.01, 0.96, caption, fontsize=18, weight="bold", va="top", parse_math=False)
    return figure


def _render(figure: Figure, fmt: str, dpi: int) -> bytes:
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "passerelles"}):
        figure.savefig(buffer, format=fmt, dpi=dpi, facecolor="white",
                       metadata={"Date": None} if fmt == "svg" else None)
    plt.close(figure)
    return buffer.getvalue()


def graph_png(graph: PartnershipGraph, positions: Positions | None = None, caption: str = "", dpi: int = 120) -> bytes:
    """A PNG of ``graph`` (1920×1080 at the default resolution), for a slide."""
    return _render(graph_figure(graph, positions, caption), "png", dpi)


def graph_svg(graph: PartnershipGraph, positions: Positions | None = None, caption: str = "") -> bytes:
    """An SVG of ``graph`` with its texts as text (editable in a slide tool); deterministic."""
    return _render(graph_figure(graph, positions, caption), "svg", 100)
