"""Neo4j killed in the middle of an import: running the import again ends with exactly the
expected graph — nothing missing, nothing duplicated (a real server, killed with SIGKILL)."""

from __future__ import annotations

import random
import threading
import time

import pytest
from helpers import dump

from graph.backends.embedded import EmbeddedStore
from graph.backends.neo4j import Neo4jStore
from graph.errors import StoreUnavailable
from ingest.demo import OPENDATA_DIR
from ingest.opendata import load_opendata


def _store(server) -> Neo4jStore:
    store = Neo4jStore(server.uri, server.user, server.password, "neo4j", max_retry_time=3.0)
    store.ensure_schema()
    return store


def test_killed_mid_import_then_run_again_gives_exactly_the_expected_graph(crash_server, tmp_path, monkeypatch):
    """All the communes and QPV of France (≈ 73,000 changes in transactions of 5,000); the
    server is killed at a random moment soon after the first batch is committed."""
    monkeypatch.setattr("ingest.workbook.WRITE_BATCH", 5_000)
    scope = None
    expected_store = EmbeddedStore(tmp_path / "attendu")
    load_opendata(expected_store, [OPENDATA_DIR], scope)
    expected = dump(expected_store)
    rng = random.Random(20190523)

    store = _store(crash_server)
    store.clear()
    writing = threading.Event()

    def watch(fraction: float, message: str) -> None:
        if message.startswith("Enregistrement") and fraction > 0.5:  # a first batch is committed
            writing.set()

    def killer() -> None:
        writing.wait(timeout=120)
        time.sleep(rng.uniform(0.0, 0.3))  # the rest is written while planning ends: kill soon
        crash_server.kill()

    thread = threading.Thread(target=killer)
    thread.start()
    with pytest.raises(StoreUnavailable) as caught:
        load_opendata(store, [OPENDATA_DIR], scope, progress=watch)
    thread.join()
    assert "ne répond pas" in caught.value.message()
    store.close()

    crash_server.start()
    store = _store(crash_server)
    written = sum(store.counts().values()) + sum(store.link_counts().values())
    total = sum(expected_store.counts().values()) + sum(expected_store.link_counts().values())
    assert 0 < written < total, "the kill must land in the middle of the import (nodes and links)"
    result = load_opendata(store, [OPENDATA_DIR], scope)
    assert not result.report.has_blocking and result.written
    assert dump(store) == expected
    again = load_opendata(store, [OPENDATA_DIR], scope)
    assert not again.written
    store.close()
    expected_store.close()
