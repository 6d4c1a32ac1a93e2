"""Settings: environment first, then .streamlit/secrets.toml, then defaults (embedded store)."""

from __future__ import annotations

import pytest

from graph import Settings, open_store
from graph.errors import SettingsError


def test_defaults_give_the_embedded_store(tmp_path):
    settings = Settings.load(environ={"PASSERELLES_DATA_DIR": str(tmp_path / "g")}, secrets={})
    assert settings.store == "embedded" and settings.demo_on_first_run
    with open_store(settings) as store:
        assert store.kind == "embedded" and store.is_empty()
        assert str(tmp_path / "g") in store.describe()


def test_secrets_file_is_read_and_environment_wins(tmp_path, monkeypatch):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text(
        'PASSERELLES_STORE = "neo4j"\nPASSERELLES_NEO4J_URI = "neo4j+s://exemple.databases.neo4j.io"\n'
        'PASSERELLES_NEO4J_PASSWORD = "secret"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    from_file = Settings.load(environ={})
    assert from_file.store == "neo4j"
    assert from_file["PASSERELLES_NEO4J_URI"] == "neo4j+s://exemple.databases.neo4j.io"
    assert from_file["PASSERELLES_NEO4J_PASSWORD"] == "secret"
    assert Settings.load(environ={"PASSERELLES_STORE": "embedded"}).store == "embedded"


def test_an_unknown_store_is_refused_in_french():
    with pytest.raises(SettingsError) as caught:
        Settings.load(environ={"PASSERELLES_STORE": "sqlite"}, secrets={})
    assert "« embedded »" in caught.value.message() and "sqlite" in caught.value.message()


def test_the_neo4j_wait_is_read_with_a_decimal_comma_and_a_wrong_one_is_refused_in_french():
    assert Settings.load(environ={}, secrets={}).neo4j_wait == 10.0
    assert Settings.load(environ={"PASSERELLES_NEO4J_ATTENTE": "2,5"}, secrets={}).neo4j_wait == 2.5
    for wrong in ("dix", "0", "3600"):
        with pytest.raises(SettingsError) as caught:
            Settings.load(environ={"PASSERELLES_NEO4J_ATTENTE": wrong}, secrets={})
        assert "PASSERELLES_NEO4J_ATTENTE" in caught.value.message() and "entre 0,5 et 600" in caught.value.message()
