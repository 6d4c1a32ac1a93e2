"""The booklet's figures, drawn by matplotlib: the partnership map (the explorer's own drawing,
:func:`ui.images.graph_png`) and a chart of the analysis grid compared across communes.

Names are drawn as plain text (math parsing off): a name holding markup is shown, never interpreted.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from graph.store import GraphStore  # noqa: E402
from queries import QUERIES  # noqa: E402
from queries.explorer import Filters, PartnershipGraph  # noqa: E402
from queries.grids import ComparisonRow  # noqa: E402
from ui.images import graph_png  # noqa: E402

FONT = "DejaVu Sans"  # shipped with matplotlib: every accent is there


def partnership_graph(store: GraphStore, communes: tuple[str, ...] = ()) -> PartnershipGraph:
    """The partnerships of the territory (every one when ``communes`` is empty)."""
    return QUERIES["graphe_partenariats"](store, filters=Filters(communes=communes))


def partnership_png(graph: PartnershipGraph) -> bytes | None:
    """The partnership map as a PNG (1600×900), or None when there is nothing to draw."""
    if not graph.nodes:
        return None
    return graph_png(graph, dpi=100)


def comparison_png(rows: Sequence[ComparisonRow], title: str, limit: int = 20) -> bytes | None:
    """Horizontal bars: the mean of the marks (1 to 4) of each commune, with how many marks it rests on;
    the ``limit`` communes with the most marks. None when no criterion is marked."""
    marks: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for row in rows:
        if row.echelle == "note_1_4":
            marks[row.nom].append((row.valeur, row.n))
    if not marks:
        return None
    means = {name: (sum(v * n for v, n in found) / sum(n for _, n in found), sum(n for _, n in found))
             for name, found in marks.items()}
    kept = sorted(sorted(means, key=lambda name: -means[name][1])[:limit], key=lambda name: means[name][0])
    figure = plt.figure(figsize=(8, 0.35 * len(kept) + 1.4), dpi=100)
    axes = figure.add_axes((0.34, 0.12, 0.6, 0.78))
    axes.barh(range(len(kept)), [means[name][0] for name in kept], color="#2E7D6B")
    axes.set_yticks(range(len(kept)), [f"{name} ({means[name][1]})" for name in kept], fontsize=9, fontfamily=FONT)
    axes.set_xlim(1, 4)
    axes.set_xticks([1, 2, 3, 4])
    axes.spines[["top", "right"]].set_visible(False)
    figure.text(0.02, 0.96, title, fontsize=11, weight="bold", va="top", parse_math=False, fontfamily=FONT)
    for text in axes.get_yticklabels():
        text.set_parse_math(False)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor="white")
    plt.close(figure)
    return buffer.getvalue()
