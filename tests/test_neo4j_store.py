"""What only the Neo4j store has: its French messages when the server cannot be used, and the
constraints and indexes it creates from the schema (on a real server)."""

from __future__ import annotations

import socket

import pytest

from graph import Settings, open_store
from graph.backends.neo4j import CONSTRAINTS, INDEXES, Neo4jStore
from graph.errors import StoreUnavailable
from graph.schema import NODE_KINDS


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _refusal(**settings: str) -> str:
    environ = {"PASSERELLES_STORE": "neo4j", **settings}
    with pytest.raises(StoreUnavailable) as caught:
        open_store(Settings.load(environ=environ, secrets={}))
    message = caught.value.message()
    assert "Traceback" not in message
    return message


def test_unreachable_server():
    message = _refusal(PASSERELLES_NEO4J_URI=f"bolt://127.0.0.1:{_closed_port()}")
    assert "ne répond pas" in message and "PASSERELLES_NEO4J_URI" in message


@pytest.mark.parametrize("uri", ["http://localhost:7474", "bolt//oubli", "neo4j+s://"])
def test_malformed_address(uri):
    message = _refusal(PASSERELLES_NEO4J_URI=uri)
    assert "n’est pas valable" in message or "ne répond pas" in message


def test_wrong_password(neo4j_server):
    message = _refusal(PASSERELLES_NEO4J_URI=neo4j_server.uri, PASSERELLES_NEO4J_USER="neo4j",
                       PASSERELLES_NEO4J_PASSWORD="pas-le-bon-mot-de-passe")
    assert "refusé" in message and "PASSERELLES_NEO4J_PASSWORD" in message


def test_missing_database(neo4j_server):
    message = _refusal(PASSERELLES_NEO4J_URI=neo4j_server.uri, PASSERELLES_NEO4J_USER=neo4j_server.user,
                       PASSERELLES_NEO4J_PASSWORD=neo4j_server.password, PASSERELLES_NEO4J_DATABASE="federation95")
    assert "« federation95 » n’existe pas" in message and "PASSERELLES_NEO4J_DATABASE" in message


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"], ids=["direct", "routage"])
def test_bolt_and_routing_uris_open_the_store(neo4j_server, scheme):
    uri = neo4j_server.uri.replace("bolt://", f"{scheme}://")
    with Neo4jStore(uri, neo4j_server.user, neo4j_server.password, "neo4j") as store:
        assert store.counts().keys() == {kind.label for kind in NODE_KINDS}


def test_constraints_and_indexes_come_from_the_schema(neo4j_server):
    with open_store(Settings.load(environ={
        "PASSERELLES_STORE": "neo4j", "PASSERELLES_NEO4J_URI": neo4j_server.uri,
        "PASSERELLES_NEO4J_USER": neo4j_server.user, "PASSERELLES_NEO4J_PASSWORD": neo4j_server.password,
    }, secrets={})) as store:
        store.ensure_schema()  # a second time: idempotent
        driver = store._driver
        constraints = {r["name"]: r for r in driver.execute_query("SHOW CONSTRAINTS", database_="neo4j").records}
        indexes = {r["name"] for r in driver.execute_query("SHOW INDEXES", database_="neo4j").records}
    for kind in NODE_KINDS:
        name = f"{kind.label.lower()}_{kind.key}"
        assert constraints[name]["type"] == "UNIQUENESS"
        assert constraints[name]["labelsOrTypes"] == [kind.label]
        assert constraints[name]["properties"] == [kind.key]
    assert constraints["passerelles_revision"]["labelsOrTypes"] == ["PasserellesRevision"]  # the write counter's
    assert len(constraints) == len(CONSTRAINTS) + 1
    assert {statement.split()[2] for statement in INDEXES} <= indexes
