"""The graph as PNG and SVG for slides: real images, names as text, nothing that runs."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode
from ingest.demo import load_demo
from queries.explorer import partnership_graph
from ui.graph_view import layout
from ui.images import graph_png, graph_svg

from browser import browser  # noqa: F401  (fixture)

HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
MATH = "Centre $x^2$ & Cie"
SVG = "{http://www.w3.org/2000/svg}"


def _graph(tmp_path, **names):
    store = EmbeddedStore(tmp_path / "g")
    load_demo(store)
    store.apply([PutNode("Centre", key, {"nom": name}) for key, name in names.items()])
    graph = partnership_graph(store, search=next(iter(names.values()), ""), depth=2) if names else partnership_graph(store)
    store.close()
    return graph


def test_png_is_a_1920_by_1080_image(tmp_path):
    png = graph_png(_graph(tmp_path), caption="Rencontre du 12 mars")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (1920, 1080)


def test_svg_holds_names_and_caption_as_plain_text(tmp_path):
    graph = _graph(tmp_path, **{"CS95-001": HOSTILE, "CS95-002": MATH})
    svg = graph_svg(graph, caption=f"Scène {HOSTILE}")
    root = ET.fromstring(svg)
    texts = ["".join(element.itertext()) for element in root.iter(f"{SVG}text")]
    assert any(HOSTILE.strip() in text for text in texts), texts[:5]
    assert any(MATH in text for text in texts)  # no math parsing: the dollars stay
    assert any(text.startswith("Scène <img") for text in texts)
    elements = {element.tag for element in root.iter()}
    assert f"{SVG}script" not in elements and f"{SVG}foreignObject" not in elements
    assert not [name for element in root.iter() for name in element.attrib if name.lower().startswith("on")]


def test_svg_is_the_same_for_the_same_graph(tmp_path):
    graph = _graph(tmp_path)
    positions = layout(frozenset(n.id for n in graph.nodes), frozenset((e.source, e.target) for e in graph.edges))
    assert graph_svg(graph, positions) == graph_svg(graph)


def test_the_svg_runs_nothing_in_a_browser(browser, tmp_path):  # noqa: F811
    svg_file = tmp_path / "graphe.svg"
    svg_file.write_bytes(graph_svg(_graph(tmp_path, **{"CS95-001": HOSTILE}), caption=HOSTILE))
    page = browser.new_page()
    page.goto(svg_file.as_uri())
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert "window.__pwned=2" in page.evaluate("document.documentElement.textContent")
    page.close()
