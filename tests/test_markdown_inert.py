"""Markdown injection: text from people and files is shown as text on every page, never as a link,
an image, an address made clickable, markup, maths, a colour or an icon.

A hostile corpus (images and links in Markdown, ``javascript:`` links, bare addresses that GitHub's
Markdown turns into links, ``www.`` and e-mail addresses, HTML, autolinks in angle brackets, LaTeX,
emoji shortcodes, colour directives, a reference definition) is put into every free-text field of
the demo, a presentation and a workbook; every page is run with AppTest as the federation (who
sees the most) and every Markdown the page sends to the browser — bodies, widget labels, help
texts, expander and tab titles, radio options — is read by :mod:`markdown_model`, a model of
Streamlit's renderer: nothing may come out live. A real Chromium then loads the import page (the
workbook dropped in its uploader) and the recommendations page over the same data: no image, no
link and no frame in the DOM points outside the app.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import browser, settle  # noqa: F401  (fixture)
from markdown_model import live, shown
from test_hostile_content import poison
from test_workbook import with_rows, write_csv_folder

from graph.access import Access, Role
from graph.backends.embedded import EmbeddedStore
from ingest.demo import load_demo
from queries.explorer import partnership_graph
from ui.markdown import plain
from tools.app_server import running_app
from ui.scenes import PresentationFolder, new_scene

TRAP = "piege.invalid"
HOSTILE: tuple[str, ...] = (
    f"![pixel](https://{TRAP}/pixel.png)",
    "[Dossier à signer](javascript:alert(1))",
    f"[Site de la fédération](https://{TRAP}/connexion)",
    f"https://{TRAP}/ouvrir",
    f"www.{TRAP}",
    f"ecrire@{TRAP}",
    f'<img src="https://{TRAP}/p.png">',
    f'<a href="https://{TRAP}">ici</a>',
    f"<https://{TRAP}/auto>",
    f"$\\href{{https://{TRAP}}}{{x}}$",
    ":smile: :red[rouge] :material/home:",
    f"texte\n\n[ref]: https://{TRAP}\n\n[ref]",
    f"**gras** _penché_ # titre > citation `code` ~~barré~~ | a | b | [x]: mailto:a@{TRAP}",
)
# A school written by name in a partnership: the import page proposes the school as a checkbox label.
SCHOOL_TYPED = f"École des Lilas ![x](https://{TRAP}/p.png) [Connexion](https://{TRAP}) www.{TRAP}"
FEDERATION = Access(Role.ADMIN, account="federation")
PLAIN_ELEMENTS = {"Text", "Code", "Html", "Json", "IFrame"}  # shown as text (or sandboxed), not as Markdown
MARKDOWN_FIELDS = {"body", "label", "help", "caption"}


def test_plain_leaves_nothing_live_in_the_corpus():
    for text in (*HOSTILE, SCHOOL_TYPED):
        assert live(plain(text)) == [], text
        assert live(text), f"the model sees nothing live in a hostile text: {text}"


# --- the pages, with AppTest -------------------------------------------------------------------------


def markdown_of(app) -> Iterator[tuple[str, str]]:
    """(where, Markdown) for every Markdown the page sends to the browser."""

    def fields(message, where: str):
        kind = message.DESCRIPTOR.name
        if kind in PLAIN_ELEMENTS or (kind == "Exception" and not message.message_is_markdown):
            return
        for field, value in message.ListFields():
            values = list(value) if field.is_repeated else [value]
            if field.type == field.TYPE_MESSAGE:
                for item in values:
                    yield from fields(item, f"{where}/{kind}.{field.name}")
            elif field.type == field.TYPE_STRING and (
                    field.name in MARKDOWN_FIELDS or (kind == "Radio" and field.name == "options")):
                html = "+html" if kind == "Markdown" and message.allow_html else ""
                for item in values:
                    yield f"{where}/{kind}.{field.name}{html}", item

    def walk(node):
        if getattr(node, "proto", None) is not None:
            yield from fields(node.proto, "")
        for child in getattr(node, "children", {}).values():
            yield from walk(child)

    yield from walk(app._tree)


SEEN: dict[str, int] = {}


def leaks(app, page: str) -> list[str]:
    """What the page would render live; counts the Markdown texts carrying the corpus (proof it was shown)."""
    texts = list(markdown_of(app))
    SEEN[page] = max(SEEN.get(page, 0), sum(TRAP in shown(text) for _, text in texts))
    return [f"{page}{where}: {found} in {text[:160]!r}" for where, text in texts if (found := verdict(where, text))]


def verdict(where: str, text: str) -> list[str]:
    """What is live in ``text``; in the app's own HTML (legends, the player's style), any text of the corpus."""
    if where.endswith("Markdown.body+html"):
        return ["texte dans du HTML permis"] if TRAP in text or "javascript" in text else []
    return live(text)


def hostile_workbook(folder: Path) -> list[tuple[str, bytes]]:
    """A workbook whose school is named with links and images, and written by that name in a partnership."""
    sheets = with_rows("partenariats", ["PA-3", "CS95-002", SCHOOL_TYPED, "Convention", "", "", "", "", ""])
    sheets["ecoles"][2][1] = SCHOOL_TYPED
    sheets["centres"][2][1] = f"Espace du Parc {HOSTILE[2]}"
    return [(path.name, path.read_bytes()) for path in sorted(write_csv_folder(folder, sheets).iterdir())]


@pytest.fixture
def hostile_data(tmp_path) -> Path:
    """The demo in the app's data folder, every free text hostile, and a hostile presentation."""
    data = tmp_path / "graphe"
    with EmbeddedStore(data) as store:
        load_demo(store)
        filled = poison(store, HOSTILE)
        folder = PresentationFolder(tmp_path / "presentations", FEDERATION)
        graph = partnership_graph(store)
        folder.create(HOSTILE[2], [new_scene(graph, text, HOSTILE[-1 - n]) for n, text in enumerate(HOSTILE[:4])])
    assert filled > 1000
    return data


def visit(app, page: str):
    app.switch_page(f"app_pages/{page}.py").run()
    assert not app.exception, f"{page}: {app.exception}"
    return app


def choose(app, key: str, value=None) -> None:
    """Choose ``value`` (a key behind the option shown), or the first option of a box without a format."""
    box = app.selectbox(key=key)
    (box.set_value(value) if value is not None else box.select_index(0)).run()


def test_no_page_renders_text_from_people_or_files_as_markdown(app_test, hostile_data, tmp_path):
    app = app_test(demo=False)
    app.run()
    found = leaks(app, "accueil")
    steps = {  # what is done on each page, one action at a time, every page read after each
        "graphe": [lambda: app.text_input(key="graph_search").input(f"{HOSTILE[2]} introuvable").run(),
                   lambda: app.text_input(key="graph_search").input("").run(), lambda: choose(app, "graph_card")],
        "presenter": [lambda: (app.text_input(key="presenter_scene_title").input(HOSTILE[4]),
                               app.button(key="presenter_add").click().run())],
        "carte_geo": [],
        "analyse": [],
        "recommandations": [lambda: choose(app, "reco_centre", "CS95-001"),
                            lambda: choose(app, "reco_why_not", "PR-001")],
        "situations": [lambda: choose(app, "conflict_nature")],
        "rencontres": [],
        "livret": [lambda: app.text_input(key="livret_from").input(HOSTILE[3]).run()],
        "contribuer": [lambda: choose(app, "contribuer_kind", "Pratique")],
        "validation": [],
        "comptes": [],
    }
    assert set(steps) | {"accueil", "importer"} == {p.stem for p in (Path(__file__).parent.parent / "app_pages").glob(
        "*.py")}, "a page added to the app is read here too"
    for page, actions in steps.items():
        visit(app, page)
        found += leaks(app, page)
        for action in actions:
            action()
            assert not app.exception, f"{page}: {app.exception}"
            found += leaks(app, page)
    app.session_state["import_files"] = hostile_workbook(tmp_path / "classeur")
    visit(app, "importer")
    assert any(SCHOOL_TYPED in shown(box.label) for box in app.checkbox), "the school typed is proposed, as text"
    found += leaks(app, "importer")
    app.checkbox[0].check().run()  # then « Confirmé : … » says the name again
    found += leaks(app, "importer")
    assert not found, "\n".join(found[:20])
    carrying = {page for page, count in SEEN.items() if count}
    assert carrying >= {"graphe", "presenter", "analyse", "recommandations", "situations", "livret", "importer"}, \
        repr(SEEN)


# --- the same data in a real browser -------------------------------------------------------------------

OUTSIDE = """(origin) => {
  const found = [];
  for (const el of document.querySelectorAll('a[href], img[src], img[srcset], iframe[src], source[src], link[href]')) {
    for (const name of ['href', 'src', 'srcset']) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const absolute = new URL(value, document.baseURI).href;
      if (absolute.startsWith('javascript:') || absolute.startsWith('mailto:')
          || (/^https?:/.test(absolute) && !absolute.startsWith(origin)))
        found.push(el.tagName + '[' + name + ']=' + value.slice(0, 80));
    }
  }
  return found;
}"""


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory):
    data = tmp_path_factory.mktemp("markdown") / "graphe"
    with EmbeddedStore(data) as store:
        load_demo(store)
        poison(store, HOSTILE)
    with running_app(data, demo=False, accounts=data.parent / "comptes.json") as url:
        yield url


def outside_links(page, url: str) -> list[str]:
    return [link for frame in page.frames for link in frame.evaluate(OUTSIDE, url)]


def test_the_import_and_recommendations_pages_link_nowhere_in_a_browser(browser, hostile_app, tmp_path):  # noqa: F811
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="fr-FR")
    page.goto(f"{hostile_app}/importer")
    settle(page)
    files = [tmp_path / "classeur" / name for name, _ in hostile_workbook(tmp_path / "classeur")]
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files([str(f) for f in files])
    proposal = page.locator("[data-testid='stCheckbox']").filter(has_text="École des Lilas")
    proposal.wait_for(timeout=120_000)
    assert SCHOOL_TYPED in proposal.inner_text().replace("\u2060", ""), "the name is shown whole, as text"
    assert outside_links(page, hostile_app) == []
    proposal.locator("label").click()
    page.get_by_text("Confirmé :").wait_for(timeout=60_000)
    assert outside_links(page, hostile_app) == []

    page.goto(f"{hostile_app}/recommandations")
    settle(page)
    page.get_by_role("combobox", name="Votre centre").first.click()
    page.get_by_role("option").first.click()
    page.get_by_text("Centre à contacter").first.wait_for(timeout=120_000)
    for expander in page.locator("[data-testid='stExpander'] summary").all()[:12]:
        expander.click()
    settle(page)
    text = page.inner_text("body").replace("\u2060", "")
    assert text.count(TRAP) >= 20, "the hostile texts are on the page, as text"
    assert outside_links(page, hostile_app) == []
    page.close()
