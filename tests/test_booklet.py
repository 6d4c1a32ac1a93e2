"""The booklet and the meeting handout: the generated DOCX is opened with python-docx, the PDF's text and outline
are read with pypdf, the HTML page is parsed; structure and content are checked against the demo data read
independently from its CSV files, and the demo booklet's headings against a committed golden list."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from booklet import booklet_files, compose_booklet, compose_handout, handout_files
from booklet.compose import BookletOptions
from booklet.introduction import read_introduction, save_introduction
from booklet.typography import NBSP, NNBSP, french
from graph.access import PUBLIC, Access, Role
from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode
from graph.errors import AccessDenied
from ingest.demo import DEMO_DIR, load_demo
from queries.grids import Selection

GOLDEN = Path(__file__).resolve().parent / "golden" / "livret_demo_titres.txt"
TODAY = dt.date(2025, 6, 2)
HOSTILE = '<b>Gras</b> & <script>alert("x")</script>'


def sheet(name: str) -> list[dict[str, str]]:
    with (DEMO_DIR / f"{name}.csv").open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def validated_practices() -> dict[str, str]:
    """Id → title of the demo's validated practices, read from the CSV (not through the queries)."""
    return {r["id_pratique"]: r["titre"] for r in sheet("pratiques") if r["statut"] == "Validé par la fédération"}


def seed_grid_headings() -> list[str]:
    rows = [r for r in sheet("criteres") if r["grille"] == "GR-01"]
    return [r["libelle"] for r in sorted(rows, key=lambda r: int(r["ordre"]))]


def plain(text: str) -> str:
    """Spaces of every kind made one plain space (the PDF's and Word's no-break spaces included)."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    found = EmbeddedStore(tmp_path_factory.mktemp("livret") / "graphe")
    load_demo(found)
    yield found
    found.close()


@pytest.fixture(scope="module")
def files(demo) -> dict[str, bytes]:
    return booklet_files(demo, today=TODAY)


@pytest.fixture(scope="module")
def document(demo):
    return compose_booklet(demo, today=TODAY)


# --- French typography --------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "set_"), [
    ("Pourquoi ?", f"Pourquoi{NNBSP}?"),
    ("Pourquoi?", f"Pourquoi{NNBSP}?"),
    ("Note : oui; non!", f"Note{NBSP}: oui{NNBSP}; non{NNBSP}!"),
    ('le "café des parents"', f"le «{NBSP}café des parents{NBSP}»"),
    ("« déjà »", f"«{NBSP}déjà{NBSP}»"),
    ("l'école d'Argenteuil", "l’école d’Argenteuil"),
    ("Vraiment ?!", f"Vraiment{NNBSP}?!"),
    ("de 9:00 à 12:30, https://exemple.fr", "de 9:00 à 12:30, https://exemple.fr"),
    ("à suivre...", "à suivre…"),
    ("a\x00b\x0bc\r\nd", "abc\nd"),
])
def test_french_typography(typed, set_):
    assert french(typed) == set_
    assert french(set_) == set_  # idempotent: catalogue texts already set pass unchanged


# --- the golden structure, on both stores ---------------------------------------------------------------


def test_the_demo_booklet_has_the_golden_structure_on_both_stores(store):
    load_demo(store)
    found = [f"{h.level}\t{h.text}" for h in compose_booklet(store, today=TODAY).headings()]
    if os.environ.get("PASSERELLES_GOLDEN") == "ecrire":  # to accept a deliberate change of the booklet
        GOLDEN.write_text("\n".join(found) + "\n", encoding="utf-8")
    assert found == GOLDEN.read_text(encoding="utf-8").splitlines()


# --- DOCX ----------------------------------------------------------------------------------------------


def docx_text(opened) -> str:
    """The text of the paragraphs and of the table cells."""
    cells = [cell.text for table in opened.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in opened.paragraphs] + cells)


def docx_headings(data: bytes) -> list[tuple[int, str]]:
    opened = docx.Document(BytesIO(data))
    return [(int(p.style.name.split()[-1]), p.text) for p in opened.paragraphs if p.style.name.startswith("Heading")]


def practice_blocks(headings: list[tuple[int, str]]) -> dict[str, list[str]]:
    """Each level-2 heading of the practices chapter → the level-3 headings under it, in order."""
    blocks: dict[str, list[str]] = {}
    current = None
    for level, text in headings:
        if level == 2 and re.match(r"^\d+\. ", text):
            current = text
            assert current not in blocks, f"{current} twice"
            blocks[current] = []
        elif level == 3 and current:
            blocks[current].append(text)
        elif level == 1:
            current = None
    return blocks


def test_docx_every_validated_practice_once_along_the_grid(files, document):
    headings = docx_headings(files["docx"])
    assert headings == [(h.level, h.text) for h in document.headings()]
    blocks = practice_blocks(headings)
    expected = validated_practices()
    assert len(blocks) == len(expected)
    titles = sorted(re.sub(r"^\d+\. ", "", h) for h in blocks)
    assert titles == sorted(french(title) for title in expected.values())
    assert [int(h.split(".")[0]) for h in blocks] == list(range(1, len(expected) + 1))
    grid = [french(h) for h in seed_grid_headings()]
    assert grid[0] == "Ce qui favorise la rencontre" and len(grid) == 6
    assert all(under == grid for under in blocks.values())


def test_docx_is_a_real_word_document(files):
    opened = docx.Document(BytesIO(files["docx"]))
    body = opened.element.body.xml
    assert 'TOC \\o "1-2"' in body                     # a real table of contents field
    assert "w:updateFields" in opened.settings.element.xml
    assert 'w:val="fr-FR"' in opened.styles.element.xml
    text = docx_text(opened)
    for word in ("Ce qui fait que ça marche", "Val-d’Oise", "Éducation nationale", "Les opportunités de travail",
                 "Médiation en présence des deux parties", "Index par territoire", "Index par thème"):
        assert word in plain(text), word
    assert "<" not in text and "&amp;" not in text and "&lt;" not in text
    assert len(opened.inline_shapes) == 2               # the partnership map and the comparison chart
    assert "Livret de capitalisation" in [p.text for p in opened.paragraphs if p.style.name == "Title"]


def test_the_syntheses_carry_counts_and_no_narrative(files):
    text = plain("\n".join(p.text for p in docx.Document(BytesIO(files["docx"])).paragraphs))
    tables = docx.Document(BytesIO(files["docx"])).tables
    stances = next(t for t in tables if t.rows[0].cells[0].text == "Posture du centre")
    validated = [r for r in sheet("situations") if r["statut"] == "Validé par la fédération"]
    counts = {row.cells[0].text: int(row.cells[1].text) for row in stances.rows[1:]}
    assert sum(counts.values()) == len(validated)
    assert counts[french("Refus d’intervenir")] == sum(r["posture"] == "Refus d’intervenir" for r in validated)
    for case in sheet("situations"):  # no narrative, no action, no lesson of any case
        for column in ("recit", "actions", "enseignements"):
            assert plain(french(case[column]))[:60] not in text
    shared = [r for r in sheet("avis") if r["statut"] == "Validé par la fédération"]
    assert all(plain(french(view["texte"].rstrip(".")))[:50] in text for view in shared)


# --- PDF -----------------------------------------------------------------------------------------------


def outline(reader: PdfReader) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title))

    walk(reader.outline, 1)
    return found


def test_pdf_text_and_outline(files, document):
    reader = PdfReader(BytesIO(files["pdf"]))
    assert [(level, plain(title)) for level, title in outline(reader)] == [(h.level, plain(h.text))
                                                                          for h in document.headings()]
    blocks = practice_blocks([(level, plain(title)) for level, title in outline(reader)])
    assert len(blocks) == len(validated_practices())
    assert all(under == [plain(french(h)) for h in seed_grid_headings()] for under in blocks.values())
    first_body_page = next(n for n, page in enumerate(reader.pages) if "Introduction" in (page.extract_text() or "")
                           and "Sommaire" not in (page.extract_text() or ""))
    body = plain(" ".join(page.extract_text() or "" for page in reader.pages[first_body_page:]))
    for heading in blocks:
        assert body.count(heading) == 1, heading     # every practice once, after the table of contents
    for word in ("Ce qui fait que ça marche", "Val-d’Oise", "Éducation nationale", "opportunités", "« "):
        assert word in body, word
    assert "<b>" not in body and "&lt;" not in body and "&amp;" not in body
    assert reader.metadata.title == "Livret de capitalisation"


# --- HTML ----------------------------------------------------------------------------------------------


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.headings: list[tuple[int, str]] = []
        self._heading: tuple[int, list[str]] | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.links += [value or "" for name, value in attrs if name in ("src", "href")]
        if re.fullmatch(r"h[1-3]", tag) and dict(attrs).get("id"):  # the document's headings carry an anchor
            self._heading = (int(tag[1]), [])

    def handle_endtag(self, tag):
        if self._heading and re.fullmatch(r"h[1-3]", tag):
            self.headings.append((self._heading[0], "".join(self._heading[1])))
            self._heading = None

    def handle_data(self, data):
        self.text.append(data)
        if self._heading:
            self._heading[1].append(data)


def test_html_is_standalone_and_has_the_same_structure(files, document):
    page = _Page()
    page.feed(files["html"].decode("utf-8"))
    assert page.headings == [(min(h.level, 3), h.text) for h in document.headings()]
    assert "script" not in page.tags and "link" not in page.tags
    assert all(link.startswith(("#", "data:image/png;base64,")) for link in page.links)
    assert not re.search(rb"https?://", files["html"])


# --- a person's HTML is shown as text, in every format --------------------------------------------------


def test_a_users_html_is_shown_as_text_everywhere(tmp_path):
    found = EmbeddedStore(tmp_path / "graphe")
    try:
        load_demo(found)
        found.apply([PutNode("Pratique", "PR-001", {"titre": HOSTILE, "favorise": f"Avant {HOSTILE} après",
                                                    "statut": "valide"})])
        commune = next(r["code_commune"] for r in sheet("centres")
                       if r["id_centre"] == next(p["id_centre"] for p in sheet("pratiques") if p["id_pratique"] == "PR-001"))
        options = BookletOptions(Selection(communes=(commune,)), introduction=f"Introduction {HOSTILE}", figures=False)
        made = booklet_files(found, options, TODAY)
    finally:
        found.close()
    shown = french(HOSTILE)
    words = plain("\n".join(p.text for p in docx.Document(BytesIO(made["docx"])).paragraphs))
    assert words.count(plain(shown)) >= 3                                       # title, grid heading text, introduction
    pdf = plain(" ".join(page.extract_text() or "" for page in PdfReader(BytesIO(made["pdf"])).pages))
    assert plain(shown) in pdf and "Gras</b>" in pdf
    html = made["html"].decode("utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;Gras&lt;/b&gt;" in html


# --- the handout ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("meeting", ["R1", "R2", "R3"])
def test_the_handout_is_one_page_with_agenda_practices_and_questions(demo, meeting):
    made = handout_files(demo, meeting, TODAY)
    reader = PdfReader(BytesIO(made["pdf"]))
    assert len(reader.pages) == 1
    headings = docx_headings(made["docx"])
    assert [text for _, text in headings][1:] == ["Ordre du jour", "Les pratiques présentées", "Les questions ouvertes"]
    row = next(r for r in sheet("rencontres") if r["id_rencontre"] == meeting)
    text = plain(reader.pages[0].extract_text())
    presented = [french(p["titre"]) for p in sheet("pratiques") if p["rencontre"] == meeting]
    assert presented and any(plain(title) in text for title in presented)
    assert str(len(row["invites"].split("|"))) in text
    if meeting == "R3":
        assert "Maison Pour Tous" in text and "9 h 00 à 12 h 30" in text and "Argenteuil" in text
    assert compose_handout(demo, "R99") is None and handout_files(demo, "R99") == {}


# --- the introduction ----------------------------------------------------------------------------------


def test_only_the_federation_saves_the_introduction(tmp_path):
    path = tmp_path / "livret" / "introduction.txt"
    with pytest.raises(AccessDenied):
        save_introduction("Lecteur", PUBLIC, path)
    with pytest.raises(AccessDenied):
        save_introduction("Centre", Access(Role.CONTRIBUTOR, frozenset({"CS95-001"})), path)
    assert not path.exists() and read_introduction(path).startswith("Les centres sociaux")
    save_introduction("Notre introduction.\n\nDeuxième paragraphe.", Access(Role.ADMIN), path)
    assert read_introduction(path) == "Notre introduction.\n\nDeuxième paragraphe."


# --- the page ------------------------------------------------------------------------------------------


def test_the_livret_page_makes_the_booklet_and_the_handout(app_test):
    app = app_test("app_pages/livret.py")
    app.run()
    assert not app.exception
    assert app.title[0].value == "Le livret de capitalisation"
    app.multiselect(key="livret_themes").set_value(["conflits"])
    app.run()
    metric = next(m for m in app.metric if "pratiques validées retenues" in m.label)
    expected = [r for r in sheet("pratiques") if r["statut"] == "Validé par la fédération"
                and "Conflits parents–école" in r["themes"].split("|")]
    assert int(metric.value) == len(expected)
    labels = [button.label for button in app.get("download_button")]
    assert labels == ["Fiche (Word)", "Fiche (PDF)", "Fiche (page web)"]  # the booklet waits for the button
    app.button(key="livret_generate").click()
    app.run()
    assert not app.exception
    labels = [button.label for button in app.get("download_button")]
    assert labels[:3] == ["Télécharger le livret (Word)", "Télécharger le livret (PDF)", "Télécharger le livret (page web)"]
