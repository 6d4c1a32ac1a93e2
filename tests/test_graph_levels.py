"""A graph too large to draw node by node is shown grouped, and opened level by level on the
graph page (AppTest): France → département → commune → centres and schools."""

from __future__ import annotations

import pytest

from graph.backends.embedded import EmbeddedStore
from ingest.workbook import load_workbook
from tools.national.generate import generate


@pytest.fixture
def small_limit(monkeypatch):
    """Drawing limits low enough for the test data (the real one is 2,000 nodes)."""
    def set_limit(limit: int) -> None:
        monkeypatch.setattr("queries.aggregate.DRAW_LIMIT", limit)
        monkeypatch.setattr("ui.explorer_state.DRAW_LIMIT", limit)
    return set_limit


def info(app) -> str:
    return " ".join(i.value for i in app.info)


def test_the_demo_opens_by_commune(app_test, small_limit):
    small_limit(100)
    app = app_test("app_pages/graphe.py")
    app.run()
    assert not app.exception and "regroupé par commune" in info(app)
    opened = app.selectbox(key="graph_open_commune")
    assert opened.options and not any("Image PNG" in b.proto.label and not b.proto.disabled
                                       for b in app.get("download_button"))
    opened.select_index(0).run()
    assert not app.exception and "regroupé" not in info(app)
    assert len(app.multiselect(key="graph_communes").value) == 1


def test_a_national_sample_opens_departement_then_commune(app_test, small_limit, tmp_path):
    out = tmp_path / "national"
    generate(out, 0.01, check=False)
    store = EmbeddedStore(tmp_path / "graphe")  # the app_test's data folder
    assert not load_workbook(store, out).report.has_blocking
    store.close()
    small_limit(60)
    app = app_test("app_pages/graphe.py", demo=False)
    app.run()
    assert not app.exception and "regroupé par département" in info(app)
    app.selectbox(key="graph_open_departement").select_index(0).run()  # the département with most partnerships
    assert not app.exception and len(app.multiselect(key="graph_departements").value) == 1
    assert "regroupé par commune" in info(app)
    communes = app.selectbox(key="graph_open_commune")
    communes.select_index(len(communes.options) - 1).run()  # the commune with fewest partnerships
    assert not app.exception and "regroupé" not in info(app)
    assert len(app.multiselect(key="graph_communes").value) == 1 and not app.multiselect(key="graph_departements").value
    assert int(next(m.value for m in app.metric if m.label == "Partenariats")) > 0
