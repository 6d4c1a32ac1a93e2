"""Several app processes on one Neo4j, behind nginx configured by the shipped ``deploy/nginx-passerelles.conf``
(issue 17: a departmental meeting's load): people read and contribute through the proxy with nothing lost, and
what is written is seen by every process at its next run. Outside CI, a machine without nginx skips these tests
with the reason printed; in CI (``CI=true``) a missing nginx fails them."""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path

import pytest
from conftest import neo4j_store

from bench.load import Shared, connect, measure, run_page, shared_app
from graph.changes import PutNode, SetLinks

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


@pytest.fixture
def neo4j_settings(neo4j_server) -> dict[str, str]:
    if NGINX is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("nginx est introuvable : .ci/run l’installe (apt-get install nginx-light)")
        pytest.skip("plusieurs processus non testés : nginx n’est pas installé (apt-get install nginx-light)")
    with neo4j_store(neo4j_server) as store:
        store.clear()
    return {"PASSERELLES_STORE": "neo4j", "PASSERELLES_NEO4J_URI": neo4j_server.uri,
            "PASSERELLES_NEO4J_USER": neo4j_server.user, "PASSERELLES_NEO4J_PASSWORD": neo4j_server.password or ""}


def test_two_processes_behind_nginx_read_and_write_and_lose_nothing(neo4j_settings):
    load = measure(readers=3, contributors=1, duration=30.0, processes=2, neo4j=True, settings=neo4j_settings)
    figures = load.figures()
    assert load.errors == [], load.errors[:5]
    assert figures["sessions_tenues_ensemble"] == 4 and figures["pages_lues"] >= 3, figures
    assert load.confirmed, "the contributor, signed in through the proxy, saved"
    assert load.lost == [], f"confirmed, then lost: {load.lost}"


async def _partnerships(url: str, settings: dict[str, str]) -> list[int]:
    """The graph page's partnership count, run twice in one session of the process at ``url``; a write happens
    between the runs (:func:`_write`)."""
    seen = []
    async with await connect(url) as ws:
        for _ in range(2):
            run = await run_page(ws, "graphe")
            seen.append(int(run.metrics["Partenariats"]))
            if len(seen) == 1:
                await asyncio.to_thread(_write, url, settings)
    return seen


def _write(url: str, settings: dict[str, str]) -> None:
    """A partnership written by another process on the same Neo4j (here, the test's own)."""
    from graph.backends.neo4j import Neo4jStore

    n = url.rsplit(":", 1)[1]
    with Neo4jStore(settings["PASSERELLES_NEO4J_URI"], settings["PASSERELLES_NEO4J_USER"],
                    settings["PASSERELLES_NEO4J_PASSWORD"]) as store:
        school = min(store.keys("Ecole"))
        store.apply([PutNode("Partenariat", f"PA-AUTRE-{n}", {"forme": "convention", "qualite": "solide"}),
                     SetLinks("PORTE_PAR", "Partenariat", f"PA-AUTRE-{n}", ("CS95-001",)),
                     SetLinks("AVEC", "Partenariat", f"PA-AUTRE-{n}", (school,))])


def test_a_write_made_elsewhere_is_seen_by_each_process_at_its_next_run(neo4j_settings, tmp_path):
    with shared_app(tmp_path / "graphe", 2, neo4j_settings) as shared:
        assert isinstance(shared, Shared) and len(shared.processes) == 2
        for url in shared.processes:  # each process, its page cached, then a write from another process
            before, after = asyncio.run(_partnerships(url, neo4j_settings))
            assert after == before + 1, (url, before, after)
