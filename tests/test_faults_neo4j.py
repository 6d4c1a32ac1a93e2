"""Neo4j killed (SIGKILL) at random moments during an import, during a centre's contributions and during a
booklet's generation; and Neo4j unreachable when the app starts, or gone while it runs.

The scenarios are :mod:`bench.faults`'s, run here with ``PASSERELLES_FAUTES`` faults each (3 by default;
``python3 -m bench.faults --fois 20`` runs the full campaign). After each kill the server is restarted on the
same data: every write confirmed to the caller is there, no change set is half written, an import run again
converges to exactly the expected graph, and whatever was cut was told with the French message.
"""

from __future__ import annotations

import os
import random

import pytest
import streamlit as st
from conftest import APP
from streamlit.testing.v1 import AppTest

from bench.faults import booklet_faults, contribution_faults, import_faults, open_neo4j
from ingest.demo import load_demo

TIMES = int(os.environ.get("PASSERELLES_FAUTES", "3"))
UNREACHABLE = "Le serveur Neo4j ne répond pas"


@pytest.fixture
def running(crash_server):
    """The crash server, started again if a test left it dead."""
    if not crash_server.is_running():
        crash_server.start()
    return crash_server


def _assert_held(figures) -> None:
    assert figures.faults == TIMES
    assert figures.lost == 0 and figures.inconsistent == 0, figures.problems


def test_killed_during_an_import_the_import_converges(running, tmp_path):
    figures = import_faults(running, TIMES, random.Random(1), tmp_path)
    _assert_held(figures)
    assert figures.interrupted >= 1, "at least one kill must cut an import"


def test_killed_during_contributions_no_confirmed_write_is_lost(running):
    figures = contribution_faults(running, TIMES, random.Random(2))
    _assert_held(figures)
    assert figures.confirmed > TIMES and figures.interrupted >= 1


def test_killed_during_a_booklet_the_graph_is_unchanged_and_the_cut_is_told(running):
    figures = booklet_faults(running, TIMES, random.Random(3))
    _assert_held(figures)
    assert figures.interrupted + figures.confirmed == TIMES


# --- the app (AppTest) -----------------------------------------------------------------------------------------


@pytest.fixture
def neo4j_app(running, tmp_path, monkeypatch):
    """A function giving the app on the crash server (holding the demo), caches cleared before and after."""
    store = open_neo4j(running)
    store.clear()
    load_demo(store)
    store.close()
    for name, value in {"PASSERELLES_STORE": "neo4j", "PASSERELLES_NEO4J_URI": running.uri,
                        "PASSERELLES_NEO4J_USER": running.user, "PASSERELLES_NEO4J_PASSWORD": running.password,
                        "PASSERELLES_DEMO": "non", "PASSERELLES_DATA_DIR": str(tmp_path / "graphe"),
                        "PASSERELLES_COMPTES": str(tmp_path / "comptes.json")}.items():
        monkeypatch.setenv(name, value)

    def make() -> AppTest:
        st.cache_resource.clear()
        st.cache_data.clear()
        return AppTest.from_file(str(APP), default_timeout=120)

    yield make
    st.cache_resource.clear()
    st.cache_data.clear()


def _said(app) -> str:
    return " ".join(str(e.value) for e in [*app.error, *app.warning, *app.exception])


def test_the_app_started_without_neo4j_says_so_then_recovers(neo4j_app, running):
    running.kill()
    app = neo4j_app()
    app.run()
    assert UNREACHABLE in _said(app) and "PASSERELLES_NEO4J_URI" in _said(app)
    assert not app.exception
    running.start()
    app.button(key="retry_store").click().run()
    assert not app.exception and not app.error, _said(app)
    assert any(metric.value == "40" for metric in app.metric), "the home page shows the demo's 40 centres"


def test_neo4j_gone_while_the_app_runs_is_told_then_the_app_recovers(neo4j_app, running):
    app = neo4j_app()
    app.run()
    assert not app.exception and not app.error
    running.kill()
    app.switch_page("app_pages/graphe.py").run()
    told = _said(app)
    assert UNREACHABLE in told, told
    assert "Traceback" not in told and not app.exception, "a French message, not a stack trace"
    running.start()
    app.switch_page("app_pages/graphe.py").run()
    assert not app.exception and not app.error, _said(app)
    assert any(metric.value == "150" for metric in app.metric), "the graph page shows the demo's 150 partnerships"
