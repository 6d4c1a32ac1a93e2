"""The presenter's drawings: a scene on the projector, and a whole presentation as one HTML
file that plays with no network at all.

Both are the same small page: vis-network inlined (the copy pyvis ships, as
:mod:`ui.graph_view` does), the scenes as JSON in a data block, and a few lines of our own
script. Built for a département (~1,500 nodes) on a modest laptop: positions are the scene's
saved layout (nothing is computed in the browser), physics off, ``improvedLayout`` off,
straight edges, no shadows, no edge labels, edges hidden while dragging or zooming a large
graph. Built for a projector: white background, near-black ink, thick edges, large labels
with a white outline, captions of 24 px and more.

Nothing a person typed is ever parsed as HTML: names, titles and captions travel as JSON
(``<``, ``>`` and ``&`` escaped, so nothing can close the script) and are put on the page with
``textContent``; tooltips are plain strings, which vis-network shows as text. A
Content-Security-Policy lets only the page's own scripts run and forbids every fetch.

>>> from queries.explorer import GraphNode, PartnershipGraph
>>> from ui.scenes import Scene
>>> hostile = "<img src=x onerror=alert(1)>"
>>> view = SceneView(Scene(id="s", title=hostile), PartnershipGraph(
...     [GraphNode("Centre:C1", "Centre", "C1", hostile, "95018")], []), {"Centre:C1": (0.0, 0.0)})
>>> page = presentation_html("Essai", [view])
>>> "<img src=x" in page, "\\\\u003cimg src=x" in page
(False, True)
"""

from __future__ import annotations

import html
import json
import secrets
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import streamlit as st

from graph.i18n import t
from graph.store import GraphStore
from queries import QUERIES
from queries.explorer import GraphNode, PartnershipGraph
from ui import palette
from ui.graph_view import edge_tooltip, legend, node_tooltip
from ui.scenes import Point, Scene, scene_positions
from ui.state import STORE_HASH

# The keys of the page's « Précédente » / « Suivante » buttons: the drawing's arrow keys click them.
PREVIOUS_KEY = "presenter_previous"
NEXT_KEY = "presenter_next"

INK = "#111111"
PAPER = "#FFFFFF"
UNKNOWN = "#6E6E6E"          # palette.UNKNOWN is too pale on a washed-out projector
LARGE_GRAPH = 400            # nodes: beyond, edges are hidden while zooming

# The player hides Streamlit's chrome and enlarges the captions: our own constant, no user text.
PLAY_CSS = """
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
header, footer { display: none !important; }
[data-testid="stMainBlockContainer"], .block-container { padding: 0.6rem 1.6rem 0 1.6rem !important;
  max-width: 100% !important; }
[data-testid="stAppViewContainer"], [data-testid="stMain"] { background: #FFFFFF !important; }
.st-key-presenter_caption_title * { font-size: clamp(32px, 4.4vh, 54px) !important; font-weight: 700 !important;
  line-height: 1.15 !important; color: #111111 !important; white-space: pre-wrap !important;
  font-family: "Source Sans Pro", system-ui, "Segoe UI", Roboto, Arial, sans-serif !important; }
.st-key-presenter_caption_text * { font-size: clamp(24px, 3vh, 36px) !important; line-height: 1.3 !important;
  color: #111111 !important; white-space: pre-wrap !important;
  font-family: "Source Sans Pro", system-ui, "Segoe UI", Roboto, Arial, sans-serif !important; }
.st-key-presenter_nav p, .st-key-presenter_nav button { font-size: 24px !important; font-weight: 600 !important; }
.st-key-presenter_nav button { border: 3px solid #111111 !important; color: #111111 !important;
  min-height: 3rem !important; }
.st-key-presenter_stage iframe { height: calc(100vh - 13.5rem) !important; min-height: 320px;
  border: 2px solid #111111 !important; }
"""


@dataclass(frozen=True)
class SceneView:
    """A scene ready to draw: its graph as the data stand today, and where each node goes."""

    scene: Scene
    graph: PartnershipGraph
    positions: dict[str, Point]


def scene_view(store: GraphStore, scene: Scene) -> SceneView:
    """The scene's partnerships (its filters, search and depth, on today's data), drawn at the
    scene's saved positions."""
    graph = QUERIES["graphe_partenariats"](store, filters=scene.filters, search=scene.search, depth=scene.depth)
    return SceneView(scene, graph, scene_positions(scene, graph))


@st.cache_data(show_spinner=False, max_entries=32, hash_funcs=STORE_HASH)
def cached_stage(store: GraphStore, scene: Scene) -> tuple[SceneView, str]:
    """A scene and its projector drawing, computed once per scene and person (cleared on writes)."""
    view = scene_view(store, scene)
    return view, stage_html(view)


# --- what vis-network draws -------------------------------------------------------------------------


def _group(node: GraphNode) -> str:
    return "centre" if node.label == "Centre" else "ecole_" + str(node.props.get("education_prioritaire", "hors_ep"))


def _groups() -> dict[str, Any]:
    """One vis-network group per kind of node: shape, colour, label size, said once."""
    def colour(fill: str) -> dict[str, Any]:
        return {"background": fill, "border": INK, "highlight": {"background": fill, "border": INK},
                "hover": {"background": fill, "border": INK}}

    found = {"centre": {"shape": "dot", "color": colour(palette.CENTRE)}}
    for code, fill in palette.SCHOOLS.items():
        found[f"ecole_{code}"] = {"shape": "square", "color": colour(fill)}
    return found


EXTENT = 1000.0             # the drawing's larger side, in vis-network units, whatever the graph
CROWD = 200                 # nodes: beyond, nodes and edges shrink so that they do not overlap
NAMED = 30                  # nodes: up to this many, every name is written large
NAMED_CENTRES = 12          # centres: up to this many, their names are written large
SMALL_FONT = 8              # names of a crowded scene: hidden at first (below 9 px), readable once zoomed in
SCHOOL_NAMES_UP_TO = 600    # nodes: beyond, schools are named in their tooltip only


def spread(positions: dict[str, Point]) -> dict[str, Point]:
    """The saved positions centred and scaled to ``EXTENT`` (one factor for every node: the
    drawing is the same, only its size changes), so that node sizes and label sizes mean the
    same on screen for a small scene and for a whole département.

    >>> spread({"a": (10.0, 10.0), "b": (30.0, 20.0)})
    {'a': (-500.0, -250.0), 'b': (500.0, 250.0)}
    """
    if not positions:
        return {}
    xs, ys = [p[0] for p in positions.values()], [p[1] for p in positions.values()]
    factor = EXTENT / (max(max(xs) - min(xs), max(ys) - min(ys)) or EXTENT)
    middle = ((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2)
    return {node: (round((x - middle[0]) * factor, 1), round((y - middle[1]) * factor, 1))
            for node, (x, y) in positions.items()}


def vis_scene(view: SceneView) -> dict[str, Any]:
    """The scene as vis-network data (nodes at their saved positions, scaled) plus its caption."""
    degree: Counter[str] = Counter()
    for edge in view.graph.edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    where = spread({node.id: view.positions[node.id] for node in view.graph.nodes})
    crowd = min(1.0, (CROWD / max(1, len(where))) ** 0.5)
    centres = sum(1 for item in view.graph.nodes if item.label == "Centre")
    fonts = {"Centre": 54 if len(where) <= NAMED or centres <= NAMED_CENTRES else SMALL_FONT,
             "Ecole": 38 if len(where) <= NAMED else SMALL_FONT if len(where) <= SCHOOL_NAMES_UP_TO else 0}

    def node(item: GraphNode) -> dict[str, Any]:
        found: dict[str, Any] = {
            "id": item.id, "x": where[item.id][0], "y": where[item.id][1], "group": _group(item),
            "title": node_tooltip(item),
            "size": round(((22 if item.label == "Centre" else 12) + 2 * min(degree[item.id], 8)) * crowd, 1)}
        if fonts[item.label]:
            found["label"], found["font"] = item.nom, {"size": fonts[item.label]}
        if item.id == view.graph.focus:
            found["borderWidth"] = 6
        return found

    edges = [{"from": edge.source, "to": edge.target, "title": edge_tooltip(edge),
              "color": palette.QUALITIES.get(edge.qualite or "", UNKNOWN),
              "width": round(max(1.0, (9 if edge.qualite == "exemplaire" else 6) * crowd), 1)}
             for edge in view.graph.edges]
    return {"title": view.scene.title, "text": view.scene.text, "nodes": [node(n) for n in view.graph.nodes],
            "edges": edges}


def vis_options(large: bool) -> dict[str, Any]:
    """Nothing to compute in the browser: positions given, physics off, plain edges."""
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False},
        "physics": {"enabled": False},
        "groups": _groups(),
        "nodes": {"borderWidth": 2, "shadow": False, "scaling": {"label": {"drawThreshold": 9}},
                  "font": {"color": INK, "strokeWidth": 5, "strokeColor": PAPER,
                           "face": "system-ui, Segoe UI, Roboto, Arial, sans-serif"}},
        "edges": {"smooth": False, "shadow": False, "selectionWidth": 2, "hoverWidth": 1},
        "interaction": {"hover": True, "tooltipDelay": 150, "dragNodes": False, "hideEdgesOnDrag": True,
                        "hideEdgesOnZoom": large, "keyboard": False, "navigationButtons": False},
    }


# --- the page ---------------------------------------------------------------------------------------

_CSS = """
html, body { margin: 0; height: 100%; background: #FFFFFF; color: #111111;
  font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
body { display: flex; flex-direction: column; overflow: hidden; }
header { padding: 14px 32px 6px; }
#caption-title { margin: 0; font-size: clamp(32px, 5vh, 56px); line-height: 1.15; font-weight: 700; }
#caption-text { margin: 6px 0 0; font-size: clamp(24px, 3.2vh, 38px); line-height: 1.3; white-space: pre-wrap; }
#caption-text:empty { display: none; }
#stage { flex: 1 1 auto; min-height: 0; position: relative; }
body.controls #stage { border-top: 3px solid #111111; border-bottom: 3px solid #111111; }
#network { position: absolute; inset: 0; }
#empty { position: absolute; inset: 0; display: none; align-items: center; justify-content: center;
  font-size: 28px; padding: 0 10%; text-align: center; }
nav { display: flex; align-items: center; justify-content: space-between; gap: 24px; padding: 8px 32px 12px;
  font-size: 24px; }
nav button { font: inherit; font-weight: 600; padding: 8px 22px; color: #111111; background: #FFFFFF;
  border: 3px solid #111111; border-radius: 8px; cursor: pointer; white-space: nowrap; }
nav button:disabled { opacity: 0.3; cursor: default; }
nav button:focus-visible { outline: 4px solid #0072B2; outline-offset: 2px; }
#counter { font-weight: 600; white-space: nowrap; }
#legend { display: flex; flex-wrap: wrap; gap: 2px 18px; justify-content: center; padding: 6px 16px 0;
  font-size: 17px; }
body:not(.controls) #legend { padding: 4px 8px; font-size: 16px; }
.vis-tooltip { position: absolute; visibility: hidden; padding: 8px 10px; white-space: pre-line; font-size: 18px;
  color: #111111; background: #FFFFFF; border: 2px solid #111111; border-radius: 4px; pointer-events: none;
  max-width: 440px; z-index: 5; }
"""

_SCRIPT = """
var network = null;
(function () {
  var data = JSON.parse(document.getElementById('passerelles-data').textContent);
  var scenes = data.scenes, current = 0;
  function put(id, value) { var found = document.getElementById(id); if (found) { found.textContent = value; } }
  function show(index) {
    current = Math.max(0, Math.min(scenes.length - 1, index));
    var scene = scenes[current];
    put('caption-title', scene.title);
    put('caption-text', scene.text);
    put('counter', data.counter.replace('{n}', current + 1).replace('{total}', scenes.length));
    var graph = {nodes: new vis.DataSet(scene.nodes), edges: new vis.DataSet(scene.edges)};
    if (network === null) {
      network = new vis.Network(document.getElementById('network'), graph, data.options);
    } else {
      network.setData(graph);
    }
    network.fit({animation: false});
    document.getElementById('empty').style.display = scene.nodes.length ? 'none' : 'flex';
    var previous = document.getElementById('previous'), next = document.getElementById('next');
    if (previous) { previous.disabled = current === 0; }
    if (next) { next.disabled = current === scenes.length - 1; }
    document.body.setAttribute('data-scene', String(current + 1));
  }
  var FORWARD = {ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1};
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }
  function onKey(event) {
    var step = FORWARD[event.key];
    if (!step || typing(event.target) || event.altKey || event.ctrlKey || event.metaKey) { return; }
    event.preventDefault();
    if (data.bridge) {
      var button = window.parent.document.querySelector(step > 0 ? data.bridge.next : data.bridge.previous);
      if (button && !button.disabled) { button.click(); }
    } else {
      show(current + step);
    }
  }
  document.addEventListener('keydown', onKey);
  // A projector, F11 or the app's own sizing change the stage: the scene is fitted again.
  var pending = false;
  window.addEventListener('resize', function () {
    if (pending || network === null) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; network.fit({animation: false}); });
  });
  if (data.bridge) {
    // The app's buttons answer ← and → themselves; a remote's page keys reach them through here.
    try {
      var host = window.parent;
      if (host.__passerellesKeys) { host.document.removeEventListener('keydown', host.__passerellesKeys); }
      host.__passerellesKeys = function (event) { if (/^Page(Up|Down)$/.test(event.key)) { onKey(event); } };
      host.document.addEventListener('keydown', host.__passerellesKeys);
    } catch (error) { /* another origin: the keys work once the drawing has the focus */ }
  }
  var previous = document.getElementById('previous'), next = document.getElementById('next');
  if (previous) { previous.addEventListener('click', function () { show(current - 1); }); }
  if (next) { next.addEventListener('click', function () { show(current + 1); }); }
  show(0);
})();
"""


@cache
def vis_network_script() -> str:
    """vis-network as pyvis ships it (the same copy the explorer's drawing inlines)."""
    import pyvis

    return (Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text("utf-8")


def _json_block(value: Any) -> str:
    """JSON safe inside a ``<script>`` element: nothing in it can end the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _legend_html() -> str:
    return "".join(f'<span style="color:{html.escape(colour)}">{html.escape(text)}</span>'
                   for colour, text in legend())


def _page(name: str, views: list[SceneView], controls: bool, bridge: bool) -> str:
    nonce = secrets.token_urlsafe(16)
    data = {"scenes": [vis_scene(view) for view in views], "counter": t("presenter.counter"),
            "options": vis_options(any(len(view.graph.nodes) > LARGE_GRAPH for view in views)),
            "bridge": {"previous": f".st-key-{PREVIOUS_KEY} button", "next": f".st-key-{NEXT_KEY} button"}
            if bridge else None}
    policy = (f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; img-src data: blob:; "
              "base-uri 'none'; form-action 'none'")
    header = ('<header><h1 id="caption-title"></h1><p id="caption-text"></p></header>' if controls else "")
    nav = f'<div id="legend">{_legend_html()}</div>' + (
        f'<nav><button id="previous" type="button">{html.escape(t("presenter.previous"))}</button>'
        f'<span id="counter"></span><button id="next" type="button">{html.escape(t("presenter.next"))}</button></nav>'
        if controls else "")
    return (
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(name)}</title><style>{_CSS}</style></head>"
        f'<body class="{"controls" if controls else "stage"}">{header}'
        f'<div id="stage"><div id="network"></div><div id="empty">{html.escape(t("presenter.scene_empty"))}</div></div>'
        f'{nav}<script type="application/json" id="passerelles-data">{_json_block(data)}</script>'
        f'<script nonce="{nonce}">{vis_network_script()}</script>'
        f'<script nonce="{nonce}">{_SCRIPT}</script></body></html>'
    )


def stage_html(view: SceneView) -> str:
    """One scene's drawing for the app's player (its caption and buttons are the page's own)."""
    return _page(view.scene.title, [view], controls=False, bridge=True)


def presentation_html(name: str, views: list[SceneView]) -> str:
    """The whole presentation as one file: every scene with its caption, « Précédente » /
    « Suivante » and the arrow keys (and a remote's page keys); it fetches nothing."""
    return _page(name, views, controls=True, bridge=False)


def presentation_file(store: GraphStore, name: str, scenes: list[Scene]) -> bytes:
    """The offline HTML file of a presentation, every scene drawn from today's data."""
    return presentation_html(name, [scene_view(store, scene) for scene in scenes]).encode("utf-8")


def scene_image(store: GraphStore, scene: Scene, kind: str) -> bytes:
    """The scene as a PNG or SVG image for a slide, at its saved positions, its title as caption."""
    from ui.images import graph_png, graph_svg  # matplotlib: loaded only when an image is asked for

    view = scene_view(store, scene)
    draw = graph_png if kind == "png" else graph_svg
    return draw(view.graph, view.positions, scene.title)
