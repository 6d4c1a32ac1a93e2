"""Hostile content is inert everywhere it is shown, checked in real headless Chromium.

Every free-text field of every node of the demo (names, titles, descriptions, the analysis grid, narratives,
comments, addresses, contributors…) is given a hostile string — script tags, event handlers, ``javascript:``
links, ``</script>`` breakers, SVG payloads, template and Markdown tricks — and so are the presenter's scene
titles and captions and the booklet's introduction. Each payload calls ``__x(n)``, which an init script of the
browser records in every frame, and some call ``alert``, which ``page.on("dialog")`` records; a scan of every
frame's DOM also counts markup that was interpreted (an element carrying a payload's handler or link).

Rendered: the running app's pages (``streamlit run`` on loopback, a search typed, a card opened, graph nodes
hovered), the graph's offline HTML with every tooltip put in the page as HTML, the presenter's offline file
played scene by scene, the SVG image, and the booklet as HTML in the browser and as DOCX and PDF (text
extracted: the payloads are there as text, and no link or action carries them). Executions must be 0.
"""

from __future__ import annotations

import html
import io
import time
import zipfile
from pathlib import Path

import pytest
from browser import CHROMIUM_FLAGS, browser, settle  # noqa: F401  (fixture)

from booklet import booklet_files
from graph.access import Access, Role
from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode
from graph.proposal import PENDING
from graph.schema import KIND_LIST
from graph.store import GraphStore
from ingest.demo import load_demo
from queries.explorer import Filters, partnership_graph
from tools.app_server import running_app
from ui.graph_view import network_html
from ui.images import graph_svg
from ui.presenter import presentation_html, scene_view
from ui.scenes import PresentationFolder, new_scene

FEDERATION = Access(Role.ADMIN, account="federation")

# Each payload names itself by its number: ``__x(n)`` runs only if the markup or script was interpreted.
PAYLOADS: tuple[str, ...] = (
    "<script>__x(1)</script>",
    "<img src=x onerror=__x(2)>",
    "<svg onload=__x(3)></svg>",
    "</script><script>__x(4)</script>",
    '<a href="javascript:__x(5)">lien</a>',
    '<iframe src="javascript:__x(6)"></iframe>',
    '"><img src=x onerror=__x(7)>',
    "';__x(8);'",
    "{{constructor.constructor('__x(9)')()}}",
    "[cliquez](javascript:__x(10))",
    "<details open ontoggle=__x(11)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=__x(12)>",
    "<body onload=__x(13)>",
    "${__x(14)}",
    "<svg><script>__x(15)</script></svg>",
    "<input autofocus onfocus=__x(16)>",
    "--><img src=x onerror=__x(17)><!--",
    '<object data="javascript:__x(18)"></object>',
    "<img src=x onerror=alert(19)>",
    "javascript:alert(20)",
    "**gras** :red[rouge] $x^2$ <b>__x(21)</b>",
    '<style>@import "javascript:__x(22)";</style>',
)
# Written by Passerelles, not typed: dates, and the pending edit (JSON of the texts a centre typed, which are
# poisoned where they are typed).
SYSTEM = {"cree_le", "modifie_le", PENDING}
INIT = """(() => {
  const hits = [];
  Object.defineProperty(window, '__hits', {value: hits});
  window.__x = (n) => { hits.push(n); };
})();"""
SCAN = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const v = a.value || '';
      const url = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(a.name);
      if ((a.name.startsWith('on') && /__x|alert/.test(v)) || (url && /javascript:|__x/i.test(v)))
        found.push(el.tagName + '[' + a.name + ']');
    }
    if (el.tagName === 'SCRIPT' && /^\\s*__x\\(/.test(el.textContent)) found.push('SCRIPT');
  }
  return found;
}"""
APP_PAGES = ("", "graphe", "presenter", "carte_geo", "analyse", "recommandations", "situations", "rencontres",
             "livret", "contribuer", "validation", "importer")


def poison(store: GraphStore, payloads: tuple[str, ...] = PAYLOADS) -> int:
    """Put a hostile string before the text of every free-text field of every node; the number of fields."""
    changes, filled = [], 0
    for kind in KIND_LIST:
        names = [p.name for p in kind.props if p.type in ("text", "longtext") and not p.many and not p.vocabulary
                 and not p.check and p.name != kind.key and p.name not in SYSTEM]
        for node in store.nodes(kind.label):
            props = {}
            for name in names:
                props[name] = f"{payloads[filled % len(payloads)]} {node.get(name) or ''}".strip()
                filled += 1
            if props:
                changes.append(PutNode(kind.label, str(node[kind.key]), props))
    store.apply(changes)
    return filled


def hostile_scenes(store: GraphStore) -> list:
    every, solid = partnership_graph(store), Filters(qualites=("exemplaire",))
    return [new_scene(every, PAYLOADS[n], PAYLOADS[-1 - n]) for n in range(3)] + [
        new_scene(partnership_graph(store, solid), PAYLOADS[3], PAYLOADS[4], filters=solid)]


class Watch:
    """What ran in a page: ``__x`` calls in every frame, dialogs, and markup interpreted."""

    def __init__(self, context) -> None:
        self.dialogs: list[str] = []
        self.pages: list = []
        context.add_init_script(INIT)
        self.context = context

    def page(self):
        page = self.context.new_page()
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.pages.append(page)
        return page

    def executions(self, page) -> list[str]:
        found = [f"dialog:{message}" for message in self.dialogs]
        for frame in page.frames:
            try:
                found += [f"__x({n})" for n in frame.evaluate("() => window.__hits || []")]
                found += [f"balise:{tag}" for tag in frame.evaluate(SCAN)]
            except Exception as error:
                if "detached" not in str(error) and "destroyed" not in str(error):
                    raise
        return found


@pytest.fixture(scope="module")
def poisoned(tmp_path_factory) -> tuple[Path, int]:
    """A data folder holding the demo with every free text hostile, a hostile presentation and introduction."""
    data = tmp_path_factory.mktemp("hostile") / "graphe"
    with EmbeddedStore(data) as store:
        load_demo(store)
        filled = poison(store)
        folder = PresentationFolder(data.parent / "presentations", FEDERATION)
        folder.create("<script>__x(30)</script> Réunion", hostile_scenes(store))
    intro = data / "livret" / "introduction.txt"
    intro.parent.mkdir(parents=True)
    intro.write_text(" ".join(PAYLOADS), encoding="utf-8")
    return data, filled


@pytest.fixture(scope="module")
def hostile_app(poisoned) -> str:
    """The app served on loopback over the poisoned data (as the local administrator: everything shown)."""
    data, _ = poisoned
    with running_app(data, demo=False, accounts=data.parent / "comptes.json") as url:
        yield url


@pytest.fixture
def watch(browser):  # noqa: F811
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="fr-FR")
    yield Watch(context)
    context.close()


def hover_graph(page, frame_selector: str | None = None, limit: int = 12) -> int:
    """Move the mouse over up to ``limit`` nodes of a vis-network drawing (tooltips shown); how many."""
    frame = page.frame_locator(frame_selector) if frame_selector else None
    target = next((f for f in page.frames if f.evaluate("() => typeof network !== 'undefined' && !!network")), None)
    if target is None:
        return 0
    canvas = (frame.locator("canvas") if frame else page.locator("canvas")).first
    box = canvas.bounding_box()
    points = target.evaluate(f"""() => Object.values(network.getPositions()).slice(0, {limit})
                                        .map(p => network.canvasToDOM(p))""")
    for point in points:
        page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
        page.wait_for_timeout(120)
    return len(points)


FIGURES: dict[str, int] = {}


def test_every_free_text_field_was_made_hostile(poisoned):
    data, filled = poisoned
    with EmbeddedStore(data) as store:
        names = [c["nom"] for c in store.nodes("Centre")]
    assert filled > 1000 and all(any(p in name for p in PAYLOADS) for name in names)
    FIGURES["champs"] = filled


def test_the_app_pages_run_nothing(hostile_app, watch):
    executed, shown = [], 0
    for path in APP_PAGES:
        page = watch.page()
        page.goto(f"{hostile_app}/{path}")
        settle(page)
        if path == "graphe":
            page.get_by_label("Rechercher un centre ou un établissement").fill(PAYLOADS[0])
            page.keyboard.press("Enter")
            settle(page)
            page.get_by_label("Rechercher un centre ou un établissement").fill("")
            page.keyboard.press("Enter")
            settle(page)
            page.wait_for_timeout(1500)
            hover_graph(page, "iframe")
        text = page.inner_text("body")
        shown += any(payload in text for payload in PAYLOADS)
        assert "Traceback" not in text, f"/{path}: {text[-1500:]}"
        executed += [f"/{path}: {hit}" for hit in watch.executions(page)]
        page.close()
    FIGURES["pages"] = len(APP_PAGES)
    assert shown >= 3, "the hostile texts should be shown as text on several pages"
    assert executed == []


def test_the_graph_html_and_every_tooltip_run_nothing(poisoned, watch, tmp_path):
    data, _ = poisoned
    with EmbeddedStore(data) as store:
        page_file = tmp_path / "graphe.html"
        page_file.write_text(network_html(partnership_graph(store)), "utf-8")
    page = watch.page()
    page.goto(page_file.as_uri())
    page.wait_for_function("typeof network !== 'undefined' && network.body.nodeIndices.length > 100")
    assert hover_graph(page) > 0
    # Tooltips are text, shown by vis-network as text; pyvis's own popup, which would put a title holding « href »
    # in the page as HTML, is never used: no title reaches it holding that word whole.
    assert "popup.innerHTML" not in page_file.read_text("utf-8")
    titles = page.evaluate("[...nodes.get(), ...edges.get()].map(item => item.title || '')")
    tips = sum(1 for title in titles if title)
    assert tips > 300 and not any("href" in title for title in titles)
    assert any(PAYLOADS[1] in title for title in titles), "names travel in tooltips as text, whole"
    page.wait_for_timeout(500)
    labels = page.evaluate("nodes.get().map(n => n.label)")
    assert any(PAYLOADS[0] in label for label in labels), "names travel as text, whole"
    assert watch.executions(page) == []
    FIGURES["infobulles"] = tips


def test_the_offline_presentation_runs_nothing(poisoned, watch, tmp_path):
    data, _ = poisoned
    with EmbeddedStore(data) as store:
        scenes = hostile_scenes(store)
        page_file = tmp_path / "presentation.html"
        page_file.write_text(presentation_html(PAYLOADS[0], [scene_view(store, s) for s in scenes]), "utf-8")
    page = watch.page()
    page.goto(page_file.as_uri())
    deadline = time.monotonic() + 30
    while not page.evaluate("typeof network !== 'undefined' && network !== null"):
        assert time.monotonic() < deadline
        page.wait_for_timeout(50)
    for _ in scenes:
        assert page.evaluate("document.getElementById('caption-title').textContent") in PAYLOADS
        hover_graph(page, limit=5)
        page.keyboard.press("ArrowRight")
        page.wait_for_timeout(200)
    assert watch.executions(page) == []


def test_the_svg_image_runs_nothing(poisoned, watch, tmp_path):
    data, _ = poisoned
    with EmbeddedStore(data) as store:
        svg = graph_svg(partnership_graph(store, Filters(qualites=("exemplaire",))), caption=PAYLOADS[2])
    text = svg.decode("utf-8")
    assert "&lt;svg onload=__x(3)&gt;" in text and "<script" not in text
    page_file = tmp_path / "graphe.svg"
    page_file.write_bytes(svg)
    page = watch.page()
    page.goto(page_file.as_uri())
    page.wait_for_timeout(300)
    assert watch.executions(page) == []


@pytest.mark.parametrize("export", ["graphml", "gexf"])
def test_the_gephi_files_hold_the_texts_as_text(poisoned, export):
    """GraphML and GEXF are XML: a hostile name must come back from the parser as the same text, and the
    file must hold no element but those of its own format (no ``script``, ``img`` or ``svg`` smuggled in)."""
    from xml.etree import ElementTree

    from ui.exports import gexf_bytes, graphml_bytes

    data, _ = poisoned
    with EmbeddedStore(data) as store:
        graph = partnership_graph(store)
    content = (graphml_bytes if export == "graphml" else gexf_bytes)(graph)
    root = ElementTree.fromstring(content)
    namespace = root.tag.split("}")[0] + "}"
    assert {element.tag.split("}")[0] + "}" for element in root.iter()} == {namespace}, "foreign elements"
    values = [element.text or "" for element in root.iter()] + [v for e in root.iter() for v in e.attrib.values()]
    assert sum(any(payload in value for value in values) for payload in PAYLOADS) >= 5, "names kept whole, as text"


def test_the_booklet_runs_nothing_and_keeps_the_text(poisoned, watch, tmp_path):
    data, _ = poisoned
    with EmbeddedStore(data) as store:
        files = booklet_files(store)
    page_file = tmp_path / "livret.html"
    page_file.write_bytes(files["html"])
    page = watch.page()
    page.goto(page_file.as_uri())
    page.wait_for_timeout(500)
    assert watch.executions(page) == []
    html_text = page.inner_text("body")
    assert sum(payload in html_text for payload in PAYLOADS) >= 10

    from docx import Document

    document = Document(io.BytesIO(files["docx"]))
    docx_text = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert sum(payload in docx_text for payload in PAYLOADS) >= 10
    with zipfile.ZipFile(io.BytesIO(files["docx"])) as archive:
        links = " ".join(archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".rels"))
        body = archive.read("word/document.xml").decode("utf-8")
    assert "javascript" not in links.lower(), "a link of the document carries a payload"
    assert "<script" not in body and "&lt;script&gt;__x(1)&lt;/script&gt;" in body

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(files["pdf"]))
    pdf_text = " ".join(page_.extract_text() for page_ in reader.pages)
    assert "__x(1)" in pdf_text and "onerror" in pdf_text, "markup printed as text, not swallowed"
    actions = [annotation.get_object().get("/A") for page_ in reader.pages for annotation in page_.get("/Annots") or []]
    assert not [a for a in actions if a and ("/JS" in a or "javascript" in str(a.get("/URI", "")).lower())]
    assert "/JavaScript" not in str(reader.trailer["/Root"])
    FIGURES["livret"] = 3


def test_the_watch_sees_what_runs(watch, tmp_path):
    """The counters above can fail: the same payloads put in a page without escaping are all caught."""
    page_file = tmp_path / "naif.html"
    frames = "".join(f'<iframe srcdoc="{html.escape(p)}"></iframe>' for p in PAYLOADS)  # one page each
    page_file.write_text(f"<html><body>{frames}</body></html>", "utf-8")
    page = watch.page()
    page.goto(page_file.as_uri())
    page.wait_for_timeout(1000)
    found = watch.executions(page)
    assert {"__x(1)", "__x(2)", "__x(3)", "dialog:19"} <= set(found)
    assert any(hit.startswith("balise:") for hit in found)
