"""Shared fixtures: one real Neo4j server per test session, and the ``store`` fixture that
runs every contract test on both backends.

The Neo4j server comes from ``tools/neo4j_server.py`` (Maven Central jars, started on a
free loopback port). In CI (``CI=true``) a server that cannot start fails the run; on a
machine without Java or Maven the Neo4j tests are skipped with the reason printed.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.backends.embedded import EmbeddedStore
from graph.store import GraphStore

IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_configure(config: pytest.Config) -> None:
    """The app's last resort turns an unexpected error into a French sentence unless Streamlit's
    ``client.showErrorDetails`` is ``"full"`` (ui/incidents.py; the project ships ``"none"``): the tests see
    every error as it is (a test of the French sentence sets ``"none"`` itself)."""
    from streamlit import config as streamlit_config

    streamlit_config.set_option("client.showErrorDetails", "full")
BACKENDS = ("embedded", "neo4j")
_server_problem: str | None = None


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[object]:
    """A real Neo4j Community server with authentication on, for the whole session."""
    from tools.neo4j_server import Neo4jServer, java_available

    global _server_problem
    reason = java_available()
    if reason and not IN_CI:
        _server_problem = f"Neo4j non testé : {reason}"
        pytest.skip(_server_problem)
    server = Neo4jServer()
    server.start()
    os.environ["PASSERELLES_TEST_NEO4J_STARTUP"] = f"{server.startup_seconds:.1f}"
    try:
        yield server
    finally:
        server.stop()


def neo4j_store(server) -> GraphStore:
    from graph.backends.neo4j import Neo4jStore

    store = Neo4jStore(server.uri, server.user, server.password or "", "neo4j")
    store.ensure_schema()
    return store


@pytest.fixture(scope="module")
def crash_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A Neo4j server of the module's own, on a home kept across kills and restarts (the session's
    server must survive); skipped with the reason outside CI when Java or Maven is missing."""
    from tools.neo4j_server import Neo4jServer, java_available

    reason = java_available()
    if reason and not IN_CI:
        pytest.skip(f"Neo4j non testé : {reason}")
    server = Neo4jServer(home=tmp_path_factory.mktemp("neo4j-crash"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def open_backend(backend: str, request: pytest.FixtureRequest, tmp_path: Path):
    """A function that opens (or re-opens) the store of this test, on the same data."""
    opened: list[GraphStore] = []
    server = request.getfixturevalue("neo4j_server") if backend == "neo4j" else None

    def open_() -> GraphStore:
        store = neo4j_store(server) if server else EmbeddedStore(tmp_path / "graphe")
        opened.append(store)
        return store

    yield open_
    for store in opened:
        store.close()


@pytest.fixture
def store(open_backend) -> GraphStore:
    """An empty store of the backend under test."""
    found = open_backend()
    found.clear()
    return found


# --- the app, run by Streamlit's AppTest on a fresh embedded store ----------------------------------

APP = Path(__file__).resolve().parent.parent / "app.py"


@pytest.fixture
def app_test(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A function that gives the app (opened on ``page`` if given) on an empty embedded store,
    with the demo loaded at first run when ``demo``; caches are cleared before and after."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    def make(page: str | None = None, demo: bool = True) -> AppTest:
        monkeypatch.setenv("PASSERELLES_STORE", "embedded")
        monkeypatch.setenv("PASSERELLES_DATA_DIR", str(tmp_path / "graphe"))
        monkeypatch.setenv("PASSERELLES_DEMO", "oui" if demo else "non")
        # This test's accounts file: none (the local administrator) unless the test writes one there.
        monkeypatch.setenv("PASSERELLES_COMPTES", str(tmp_path / "comptes.json"))
        st.cache_resource.clear()
        st.cache_data.clear()
        found = AppTest.from_file(str(APP), default_timeout=120)
        if page:
            found.switch_page(page)
        return found

    yield make
    st.cache_resource.clear()
    st.cache_data.clear()


# --- the summary: how many contract tests ran on each backend ---------------------------------

_outcomes: Counter[tuple[str, str]] = Counter()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call):
    outcome = yield
    callspec = getattr(item, "callspec", None)
    outcome.get_result().backend = callspec.params.get("backend") if callspec else None


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    backend = getattr(report, "backend", None)
    if backend is None:
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        _outcomes[(backend, report.outcome)] += 1


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if not _outcomes:
        return
    write = terminalreporter.write_line
    terminalreporter.section("tests par magasin")
    for backend in BACKENDS:
        parts = ", ".join(f"{_outcomes[(backend, o)]} {o}" for o in ("passed", "failed", "skipped"))
        write(f"{backend:>9} : {parts}")
    if startup := os.environ.get("PASSERELLES_TEST_NEO4J_STARTUP"):
        write(f"démarrage du serveur Neo4j : {startup} s")
    if _server_problem:
        write(_server_problem)
    ran = {b: _outcomes[(b, "passed")] + _outcomes[(b, "failed")] for b in BACKENDS}
    if ran["embedded"] != ran["neo4j"] and not _server_problem:
        write(f"ATTENTION : {ran['embedded']} tests sur le magasin embarqué, {ran['neo4j']} sur Neo4j")
