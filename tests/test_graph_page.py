"""The partnership graph page (AppTest on the demo) and the graph drawing (hostile names stay text)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode, SetLinks
from ingest.demo import load_demo
from queries.explorer import partnership_graph
from ui.graph_view import network_html

APP = Path(__file__).resolve().parent.parent / "app.py"


@pytest.fixture
def app(app_test):
    return app_test("app_pages/graphe.py")


def metrics(app) -> dict[str, str]:
    return {metric.label: metric.value for metric in app.metric}


def test_the_whole_demo_graph_then_filters_search_and_card(app):
    app.run()
    assert not app.exception
    assert metrics(app)["Partenariats"] == "150"
    downloads = {button.proto.label for button in app.get("download_button")}
    assert {"Image PNG (diapositive)", "Image SVG (modifiable)", "Gephi (GEXF)"} <= downloads, downloads
    app.multiselect(key="graph_qualities").select("Exemplaire").run()
    exemplary = int(metrics(app)["Partenariats"])
    assert 0 < exemplary < 150
    app.multiselect(key="graph_qualities").unselect("Exemplaire").run()
    app.text_input(key="graph_search").input("tilleuls").run()
    assert not app.exception and int(metrics(app)["Centres"]) < 40
    app.selectbox(key="graph_card").select_index(0).run()
    assert not app.exception
    assert any("Situations de conflit signalées" in m.value for m in app.markdown)
    app.text_input(key="graph_search").input("zzz introuvable").run()
    assert "Aucun centre" in app.warning[0].value


def test_hostile_names_are_text_in_tooltips_and_cannot_close_the_script(tmp_path):
    store = EmbeddedStore(tmp_path / "g")
    load_demo(store)
    hostile = '</script><script>alert("x")</script><img src=x onerror=alert(1)>'
    store.apply([PutNode("Centre", "CS95-001", {"nom": hostile, "activites": ["clas"]})])
    store.apply([PutNode("Partenariat", "PA-0001", {"forme": "convention"}),
                 SetLinks("PORTE_PAR", "Partenariat", "PA-0001", ("CS95-001",))])
    page = network_html(partnership_graph(store, search="script"))
    assert "<img src=x" not in page and '<script>alert("x")' not in page
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page  # a value of the page's data, as text
    assert not re.search(r'(?:src|href)="https?://', page)  # nothing fetched from the network
    store.close()


def test_territory_and_period_filters(app):
    app.run()
    every = int(metrics(app)["Partenariats"])
    network = app.multiselect(key="graph_reseaux")
    network.select(network.options[0]).run()
    in_network = int(metrics(app)["Partenariats"])
    assert not app.exception and 0 < in_network < every
    network.unselect(network.options[0]).run()
    qpv = app.multiselect(key="graph_qpv")
    qpv.select(qpv.options[0]).run()
    assert not app.exception and int(metrics(app)["Partenariats"]) < every
    qpv.unselect(qpv.options[0]).run()
    app.select_slider(key="graph_period").set_range(2019, 2020).run()
    recent = int(metrics(app)["Partenariats"])
    assert not app.exception and 0 < recent < every
