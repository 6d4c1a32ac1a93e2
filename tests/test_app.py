"""The app, run with Streamlit's AppTest on a fresh embedded store: it loads the demo on
first run and shows, in French, what the graph holds and which store is in use."""

from __future__ import annotations

from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app.py"


@pytest.fixture
def app(app_test):
    return app_test()


def test_first_run_loads_the_demo_and_shows_counts(app):
    app.run()
    assert not app.exception
    assert app.title[0].value == "Passerelles"
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Centres"] == "40"
    assert metrics["Établissements scolaires"] == "300"
    assert metrics["Pratiques"] == "120"
    assert metrics["Situations de conflit"] == "30"
    assert metrics["Rencontres"] == "3"
    assert any("magasin embarqué" in caption.value for caption in app.sidebar.caption)
    table = app.dataframe[0].value
    assert table.iloc[0]["Commune"] == "Argenteuil"
    assert table["Centres"].sum() == 40


def test_an_empty_store_without_demo_says_what_to_do(app, monkeypatch):
    monkeypatch.setenv("PASSERELLES_DEMO", "non")
    app.run()
    assert not app.exception
    assert {metric.value for metric in app.metric} == {"0"}
    assert any("importez le classeur" in markdown.value for markdown in app.markdown)


def test_an_unreachable_neo4j_gives_a_french_message_not_a_trace(app, monkeypatch):
    import socket

    with socket.socket() as probe:  # a loopback port where nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("PASSERELLES_STORE", "neo4j")
    monkeypatch.setenv("PASSERELLES_NEO4J_URI", f"bolt://127.0.0.1:{port}")
    app.run()
    assert not app.exception
    [error] = app.error
    assert "ne répond pas" in error.value and "PASSERELLES_NEO4J_URI" in error.value
    assert app.button[0].label == "Réessayer"
