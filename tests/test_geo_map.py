"""The geographic map: its page under AppTest, its query and tooltips with hostile names, and
the real page in headless Chromium with every request off loopback refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from browser import browser, streamlit_app  # noqa: F401  (fixtures)
from streamlit.testing.v1 import AppTest

from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode, SetLinks
from ingest.demo import load_demo
from queries.geography import map_data
from tools.app_server import running_app
from ui.geo_map import TOOLTIP, _swatch, build_deck

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture
def app(app_test):
    return app_test("app_pages/carte_geo.py")


def metrics(at: AppTest) -> dict[str, int]:
    return {metric.label: int(metric.value) for metric in at.metric}


def test_the_page_draws_the_demo_with_no_basemap(app):
    app.run()
    assert not app.exception
    assert app.title[0].value == "Carte géographique"
    assert metrics(app) == {"Centres": 40, "Établissements": 300, "Partenariats": 150, "Quartiers prioritaires": 41}
    [chart] = app.get("deck_gl_json_chart")
    spec = json.loads(chart.proto.json)
    assert [layer["id"] for layer in spec["layers"]] == ["communes", "partenariats", "ecoles", "centres"]
    assert spec["mapStyle"] == "__MAP_STYLE__" and not spec.get("mapProvider")  # Streamlit then draws no tiles
    assert json.loads(chart.proto.tooltip).keys() == {"text", "style"}
    assert "Exemplaire" in " ".join(markdown.value for markdown in app.markdown)  # the legend


def test_filters_change_what_is_counted_and_downloaded(app):
    app.run()
    app.multiselect(key="carte_communes").select("95018").run()  # Argenteuil
    argenteuil = metrics(app)
    assert not app.exception
    assert 0 < argenteuil["Centres"] < 40 and 0 < argenteuil["Partenariats"] < 150
    app.multiselect(key="carte_qualites").select("exemplaire").run()
    exemplary = metrics(app)
    assert 0 < exemplary["Partenariats"] < argenteuil["Partenariats"]
    assert app.get("download_button")[0].proto.label == f"Télécharger les {exemplary['Partenariats']} partenariats affichés (CSV)"
    app.multiselect(key="carte_communes").unselect("95018").run()
    assert metrics(app)["Partenariats"] == 31  # every exemplary partnership of the demo


def test_a_graph_of_several_departements_is_drawn_one_at_a_time(app_test, tmp_path):
    """The whole country's schools, partnerships and commune outlines froze the browser (issue 17): a graph of
    several départements shows the one with the most centres, another on request, or every centre alone."""
    with EmbeddedStore(tmp_path / "graphe") as store:
        load_demo(store)
        store.apply([PutNode("Departement", "60", {"nom": "Oise"}), PutNode("Commune", "60057", {"nom": "Beauvais"}),
                     SetLinks("DANS_DEPARTEMENT", "Commune", "60057", ("60",)),
                     PutNode("Centre", "CS60-001", {"nom": "Centre social Saint-Jean", "type": "centre_social",
                                                    "latitude": 49.43, "longitude": 2.08}),
                     SetLinks("SITUE_DANS", "Centre", "CS60-001", ("60057",)),
                     PutNode("Ecole", "0600001A", {"nom": "École Jules Ferry", "latitude": 49.44, "longitude": 2.09}),
                     SetLinks("SITUE_DANS", "Ecole", "0600001A", ("60057",))])
    app = app_test("app_pages/carte_geo.py", demo=False)
    app.run()
    assert not app.exception
    assert app.selectbox(key="carte_departement").value == "95"  # the département with the most centres
    assert metrics(app) == {"Centres": 40, "Établissements": 300, "Partenariats": 150, "Quartiers prioritaires": 41}
    assert "Beauvais" not in app.multiselect(key="carte_communes").options
    app.selectbox(key="carte_departement").set_value("60").run()
    assert metrics(app)["Centres"] == 1 and metrics(app)["Établissements"] == 1
    assert app.multiselect(key="carte_communes").options == ["Beauvais"]
    app.selectbox(key="carte_departement").set_value("*").run()
    assert not app.exception
    assert metrics(app) == {"Centres": 41, "Établissements": 0, "Partenariats": 0, "Quartiers prioritaires": 0}
    spec = json.loads(app.get("deck_gl_json_chart")[0].proto.json)
    communes = [layer for layer in spec["layers"] if layer["id"] == "communes"]
    assert not communes or not communes[0]["data"]["features"]  # no outlines of the whole country


def hostile_store(path: Path, demo: bool = True) -> EmbeddedStore:
    """A store (with or without the demo) holding a centre and a school named to run a script."""
    store = EmbeddedStore(path)
    if demo:
        load_demo(store)
    store.apply([
        PutNode("Departement", "95", {"nom": "Val-d'Oise"}),
        PutNode("Commune", "95018", {"nom": "Argenteuil"}),
        PutNode("Centre", "CS95-999", {"nom": HOSTILE, "type": "centre_social", "latitude": 48.95, "longitude": 2.25}),
        SetLinks("DANS_DEPARTEMENT", "Commune", "95018", ("95",)),
        SetLinks("SITUE_DANS", "Centre", "CS95-999", ("95018",)),
    ])
    return store


def test_a_hostile_name_reaches_the_map_only_as_text(tmp_path):
    store = hostile_store(tmp_path / "graphe")
    data = map_data(store, communes=["95018"])
    [centre] = [c for c in data["centres"] if c["id_centre"] == "CS95-999"]
    assert centre["nom"] == HOSTILE  # the data (and the CSV) keep what was typed
    spec = json.loads(build_deck(data, []).to_json())
    [row] = [r for layer in spec["layers"] if layer["id"] == "centres" for r in layer["data"] if HOSTILE in r["infobulle"]]
    assert set(row) == {"position", "color", "infobulle"}  # nothing else of the graph goes to the browser
    assert "html" not in TOOLTIP  # deck.gl shows "text" tooltips with innerText: never parsed as HTML
    assert "&lt;b&gt;" in _swatch((0, 0, 0), "<b>")  # the legend, which is HTML, escapes its labels
    store.close()


# --- the real browser, with no network ----------------------------------------------------------


def offline_page(browser, origin: str, blocked: list[str]):  # noqa: F811
    """A page that may reach ``origin`` only; every other request is aborted and recorded."""
    page = browser.new_page(viewport={"width": 1280, "height": 1400}, locale="fr-FR")  # the whole page at once
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(origin)
               else (blocked.append(route.request.url), route.abort()))
    return page


def wait_for_map(page) -> object:
    canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
    canvas.wait_for(timeout=90_000)
    page.wait_for_timeout(1500)  # let deck.gl draw its first frames
    return canvas


def test_the_map_renders_offline_in_chromium(browser, streamlit_app, tmp_path):  # noqa: F811
    from PIL import Image

    blocked: list[str] = []
    errors: list[str] = []
    page = offline_page(browser, streamlit_app, blocked)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{streamlit_app}/carte_geo")
    canvas = wait_for_map(page)
    colours = Image.open(BytesIO(canvas.screenshot())).convert("RGB").getcolors(maxcolors=1 << 16) or []
    assert len(colours) > 20  # communes, lines and points drawn, not an empty canvas
    box = canvas.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tooltip = page.locator(".deck-tooltip")
    tooltip.wait_for(state="visible", timeout=10_000)
    assert tooltip.inner_text().strip() and "&lt;" not in tooltip.inner_text()
    page.screenshot(path=str(tmp_path / "carte-geo.png"), full_page=True)
    print(f"capture : {tmp_path / 'carte-geo.png'}")
    assert page.locator("[data-testid='stException']").count() == 0
    assert errors == [] and blocked == []
    page.close()


@pytest.fixture
def hostile_app(tmp_path) -> Iterator[str]:
    """The app on a store holding only the hostile centre (so the map is centred on it)."""
    hostile_store(tmp_path / "graphe", demo=False).close()
    with running_app(tmp_path / "graphe", demo=False, accounts=tmp_path / "comptes.json") as url:
        yield url


def test_a_hostile_name_shows_as_text_in_the_tooltip(browser, hostile_app):  # noqa: F811
    blocked: list[str] = []
    dialogs: list[str] = []
    page = offline_page(browser, hostile_app, blocked)
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{hostile_app}/carte_geo")
    box = wait_for_map(page).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # the view is centred on the centre
    tooltip = page.locator(".deck-tooltip")
    tooltip.wait_for(state="visible", timeout=10_000)
    assert HOSTILE in tooltip.inner_text()
    assert tooltip.locator("img").count() == 0 and page.locator("img[src='x']").count() == 0
    page.wait_for_timeout(500)
    assert dialogs == [] and blocked == []
    page.close()
