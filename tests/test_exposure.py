"""Fail closed (issue 16, items 1 and 7): without accounts the app serves this computer only; accounts that were
configured and are lost stop it, at start and at the next click; the network needs an explicit setting and
accounts; no traceback, server path or server address reaches a visitor. The modes on their own, the command
the launcher runs, then the app through AppTest (the browser tests are in ``test_exposure_browser.py``)."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import streamlit as st

from graph.access import Role
from graph.accounts import AccountBook
from graph.errors import StoreUnavailable
from graph.exposure import Closed, Mode, exposure, is_local
from graph.settings import PROJECT_ROOT, Settings
from queries import QUERIES
from queries.registry import NamedQuery

from markdown_model import shown as markdown_shown

SECRET = "une phrase de passe assez longue"
REFERENCE = re.compile(r"référence ([0-9A-F]{4}-[0-9A-F]{4})")
# What an accounts file can become: cut short, emptied, edited by hand into another shape, a folder.
BROKEN = {
    "cut short": '{"comptes": [{"identifiant": "federation", "ro',
    "zero bytes": "",
    "a list": "[]",
    "a text for the accounts": '{"comptes": "federation"}',
    "an unknown field": '{"comptes": [{"identifiant": "x", "role": "lecteur", "motdepasse": "y"}]}',
    "an unknown role": '{"comptes": [{"identifiant": "x", "role": "roi"}]}',
    "not UTF-8": b"\xff\xfe{\x00",
}


def settings_for(path: Path, **more: str) -> Settings:
    return Settings.load(environ={"PASSERELLES_COMPTES": str(path), **more}, secrets={})


def lose(book: AccountBook, how: str) -> None:
    """The accounts file ``deleted``, ``corrupted`` (cut short) or ``emptied`` (every account removed by hand)."""
    if how == "deleted":
        book.path.unlink()
    elif how == "corrupted":
        book.path.write_text('{"comptes": [{"identifiant": "federation", "ro', encoding="utf-8")
    else:  # by hand: Passerelles itself never removes the last administrator
        book.path.write_text('{"comptes": []}', encoding="utf-8")


def configured(path: Path) -> AccountBook:
    book = AccountBook(path)
    book.add("federation", Role.ADMIN, [], SECRET)
    return book


# --- the modes -------------------------------------------------------------------------------------------------


def test_without_accounts_the_laptop_mode_serves_this_computer_only(tmp_path):
    found = exposure(settings_for(tmp_path / "comptes.json"))
    assert found.mode is Mode.LAPTOP and not found.network
    assert [found.serves(a) for a in (None, "127.0.0.1", "::1", "::ffff:127.0.0.1")] == [True] * 4
    assert [found.serves(a) for a in ("127.0.0.2", "192.168.1.20", "10.0.0.5", "2001:db8::1", "")] == [False] * 5


def test_accounts_serve_this_computer_only_until_the_network_is_asked_for(tmp_path):
    configured(tmp_path / "comptes.json")
    local = exposure(settings_for(tmp_path / "comptes.json"))
    assert local.mode is Mode.ACCOUNTS and local.accounts == 1 and not local.serves("192.168.1.20")
    network = exposure(settings_for(tmp_path / "comptes.json", PASSERELLES_RESEAU="oui"))
    assert network.serves("192.168.1.20") and "ouverte au réseau" in network.summary()


def test_the_network_without_accounts_is_refused(tmp_path):
    with pytest.raises(Closed) as caught:
        exposure(settings_for(tmp_path / "comptes.json", PASSERELLES_RESEAU="oui"))
    assert "refuse de s’ouvrir au réseau" in caught.value.message()


def test_a_network_setting_that_is_neither_yes_nor_no_is_refused(tmp_path):
    with pytest.raises(Exception, match="PASSERELLES_RESEAU"):
        settings_for(tmp_path / "comptes.json", PASSERELLES_RESEAU="peut-être")


@pytest.mark.parametrize("how", ["deleted", "emptied", "moved away by the setting"])
def test_accounts_configured_then_lost_close_the_app(tmp_path, how):
    path = tmp_path / "comptes.json"
    book = configured(path)
    assert book.marker.exists(), "the first account leaves the mark"
    if how == "deleted":
        path.unlink()
    elif how == "emptied":  # by hand: Passerelles itself never removes the last administrator
        path.write_text('{"comptes": []}', encoding="utf-8")
    else:
        path.rename(tmp_path / "ailleurs.json")
    with pytest.raises(Closed) as caught:
        exposure(settings_for(path))
    message = caught.value.message()
    assert "Passerelles est arrêtée" in message and str(path) in message and str(book.marker) in message


@pytest.mark.parametrize("content", BROKEN.values(), ids=BROKEN.keys())
def test_an_accounts_file_that_cannot_be_read_closes_the_app_even_never_marked(tmp_path, content):
    path = tmp_path / "comptes.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(Closed) as caught:
        exposure(settings_for(path))
    assert "est illisible" in caught.value.message() and str(path) in caught.value.message()


def test_an_accounts_path_that_is_a_folder_closes_the_app(tmp_path):
    (tmp_path / "comptes.json").mkdir()
    with pytest.raises(Closed):
        exposure(settings_for(tmp_path / "comptes.json"))


def test_a_file_put_there_by_hand_gets_the_mark_at_its_first_reading(tmp_path):
    source = configured(tmp_path / "source.json")
    path = tmp_path / "comptes.json"
    path.write_bytes(source.path.read_bytes())
    assert exposure(settings_for(path)).mode is Mode.ACCOUNTS
    assert AccountBook(path).marker.exists()
    path.unlink()
    with pytest.raises(Closed):
        exposure(settings_for(path))


def test_a_relative_accounts_path_is_the_project_s_whatever_the_folder_a_command_runs_in(tmp_path):
    """The accounts file named from the project's folder, used from another folder: the same file."""
    target = tmp_path / "comptes.json"
    relative = os.path.relpath(target, PROJECT_ROOT)
    elsewhere = tmp_path / "ailleurs"
    elsewhere.mkdir()
    env = {**os.environ, "PASSERELLES_COMPTES": relative, "PYTHONPATH": str(PROJECT_ROOT)}
    added = subprocess.run([sys.executable, "-m", "graph.accounts", "ajouter", "federation", "--role", "administrateur"],
                           cwd=elsewhere, env=env, input=SECRET + "\n", capture_output=True, text=True, timeout=120)
    assert added.returncode == 0, added.stderr
    assert target.is_file() and not (elsewhere / relative).exists()
    said = subprocess.run([sys.executable, "-m", "graph.exposure"], cwd=elsewhere, env=env, capture_output=True,
                          text=True, timeout=120)
    assert said.returncode == 0 and said.stdout.strip() == "127.0.0.1" and "avec 1 compte" in said.stderr


def test_the_launcher_s_command_says_the_mode_and_refuses_what_must_not_start(tmp_path):
    env = {**os.environ, "PASSERELLES_COMPTES": str(tmp_path / "comptes.json"),
           "PASSERELLES_DATA_DIR": str(tmp_path / "graphe")}
    env.pop("PASSERELLES_RESEAU", None)

    def run(**more: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "graph.exposure"], cwd=PROJECT_ROOT, env={**env, **more},
                              capture_output=True, text=True, timeout=120)

    laptop = run()
    assert laptop.returncode == 0 and laptop.stdout.strip() == "127.0.0.1"
    assert "mode ordinateur portable" in laptop.stderr and "127.0.0.1" in laptop.stderr
    refused = run(PASSERELLES_RESEAU="oui")
    assert refused.returncode == 2 and refused.stdout == "" and "sans aucun compte" in refused.stderr
    configured(tmp_path / "comptes.json")
    opened = run(PASSERELLES_RESEAU="oui")
    assert opened.returncode == 0 and opened.stdout.strip() == "0.0.0.0" and "ouverte au réseau" in opened.stderr
    (tmp_path / "comptes.json").unlink()
    lost = run()
    assert lost.returncode == 2 and "introuvable" in lost.stderr and lost.stdout == ""


def test_the_last_account_removed_on_the_command_line_is_announced(tmp_path):
    configured(tmp_path / "comptes.json")
    env = {**os.environ, "PASSERELLES_COMPTES": str(tmp_path / "comptes.json")}
    removed = subprocess.run([sys.executable, "-m", "graph.accounts", "supprimer", "federation"], cwd=PROJECT_ROOT,
                             env=env, capture_output=True, text=True, timeout=120)
    assert removed.returncode == 0 and "dernier compte" in removed.stderr and "s’arrêtera" in removed.stderr


@pytest.mark.parametrize("address,local", [("127.0.0.1", True), ("::1", True), ("::ffff:127.0.0.1", True),
                                           ("fe80::1%eth0", False), ("127.0.0.2", False), ("0.0.0.0", False)])
def test_which_addresses_are_this_computer(address, local):
    assert is_local(address) is local


# --- the app (AppTest) -----------------------------------------------------------------------------------------


def shown(app) -> str:
    """What the page says, as a person reads it (Markdown's escapes and invisible joiners taken off)."""
    return " ".join(markdown_shown(str(e.value)) for group in (app.markdown, app.caption, app.info, app.warning,
                                                               app.error, app.success, app.title, app.exception)
                    for e in group)


@pytest.fixture
def accounts(tmp_path, monkeypatch):
    path = tmp_path / "comptes.json"
    book = configured(path)
    book.add("partenaire", Role.READER, [], SECRET)
    monkeypatch.setenv("PASSERELLES_COMPTES", str(path))
    return book


def test_the_laptop_mode_says_so_in_the_app(app_test):
    app = app_test()
    app.run()
    assert not app.exception
    assert "ne répond qu’à cet ordinateur (127.0.0.1)" in " ".join(c.value for c in app.sidebar.caption)


@pytest.mark.parametrize("address", ["192.168.1.20", "127.0.0.2", "2001:db8::1"])
def test_a_visitor_from_another_address_is_refused_in_the_laptop_mode(app_test, monkeypatch, address):
    monkeypatch.setattr("ui.gate.client_address", lambda: address)
    app = app_test("app_pages/importer.py")
    app.run()
    assert not app.exception
    assert [e.value for e in app.error] == [
        "Cette application Passerelles ne répond qu’à l’ordinateur sur lequel elle tourne. Pour la partager, "
        "la fédération crée des comptes, puis la relance ouverte au réseau."]
    assert not app.sidebar.caption and not app.title and not app.button, "nothing but the refusal"


def test_a_visitor_through_a_proxy_is_refused_in_the_laptop_mode(app_test, monkeypatch):
    monkeypatch.setattr("ui.gate.proxied", lambda: True)
    app = app_test()
    app.run()
    assert "serveur intermédiaire (proxy)" in shown(app) and not app.title


def test_with_accounts_and_the_network_a_visitor_from_elsewhere_reads(app_test, accounts, monkeypatch):
    monkeypatch.setenv("PASSERELLES_RESEAU", "oui")
    monkeypatch.setattr("ui.gate.client_address", lambda: "192.168.1.20")
    app = app_test()
    app.run()
    assert not app.exception and not app.error
    assert "Vous consultez en lecteur" in shown(app)


def test_the_network_without_accounts_stops_the_app(app_test, monkeypatch):
    monkeypatch.setenv("PASSERELLES_RESEAU", "oui")
    app = app_test()
    app.run()
    assert not app.exception and "Passerelles est arrêtée" in shown(app) and not app.title


@pytest.mark.parametrize("how", ["deleted", "corrupted", "emptied"])
def test_accounts_lost_while_the_app_runs_stop_it_at_the_next_click(app_test, accounts, caplog, how):
    app = app_test()
    app.run()
    assert "Vous consultez en lecteur" in shown(app)
    lose(accounts, how)
    with caplog.at_level(logging.ERROR, logger="passerelles"):
        app.switch_page("app_pages/importer.py").run()
    told = shown(app)
    assert not app.exception and "Traceback" not in told
    assert "Passerelles est arrêtée" in told and str(accounts.path) not in told, "no server path for a visitor"
    assert "vous êtes administrateur" not in told and not app.title and not app.sidebar.caption
    reference = REFERENCE.search(told).group(1)
    logged = caplog.text
    assert reference in logged and str(accounts.path) in logged, "the details are in the server's log"
    # The accounts put back (a corrupt file is never written over: it is replaced by hand), the app opens again
    # at the next click, for a reader.
    accounts.path.unlink(missing_ok=True)
    AccountBook(accounts.path).add("federation", Role.ADMIN, [], SECRET)
    app.switch_page("app_pages/accueil.py").run()
    assert "Vous consultez en lecteur" in shown(app) and not app.exception


def test_a_corrupt_accounts_file_at_start_shows_no_traceback(app_test, tmp_path, monkeypatch):
    path = tmp_path / "comptes.json"
    path.write_text("[1, 2", encoding="utf-8")
    monkeypatch.setenv("PASSERELLES_COMPTES", str(path))
    app = app_test()
    app.run()
    told = shown(app)
    assert not app.exception and "Passerelles est arrêtée" in told and REFERENCE.search(told)
    assert str(path) not in told and "JSON" not in told and "Expecting" not in told


# --- what strangers are shown (item 7) --------------------------------------------------------------------------


def test_the_store_s_folder_is_shown_to_administrators_only(app_test, accounts, tmp_path):
    app = app_test()
    app.run()
    assert "Magasin embarqué, sur le serveur de Passerelles." in shown(app)
    assert str(tmp_path) not in shown(app)
    app.sidebar.text_input(key="sign_in_name").input("federation")
    app.sidebar.text_input(key="sign_in_password").input(SECRET)
    app.sidebar.button[0].click().run()
    app.run()
    assert f"dossier « {tmp_path / 'graphe'} »" in shown(app)


def test_the_presentations_folder_is_not_shown_to_a_visitor(app_test, accounts, tmp_path):
    app = app_test("app_pages/presenter.py")
    app.run()
    assert not app.exception
    assert str(tmp_path) not in shown(app) and "presentations" not in shown(app)


def test_a_store_error_naming_the_neo4j_address_is_told_without_it_to_a_visitor(app_test, accounts, monkeypatch,
                                                                                 caplog):
    def unreachable():
        raise StoreUnavailable("store.neo4j_unreachable", uri="bolt://graphe.federation.interne:7687")

    monkeypatch.setattr("ui.state._open", unreachable)
    with caplog.at_level(logging.ERROR, logger="passerelles"):
        app = app_test()
        app.run()
    told = shown(app)
    assert "momentanément indisponible" in told and "graphe.federation.interne" not in told
    assert REFERENCE.search(told).group(1) in caplog.text and "graphe.federation.interne" in caplog.text


def test_the_laptop_s_administrator_is_told_the_neo4j_address(app_test, monkeypatch):
    def unreachable():
        raise StoreUnavailable("store.neo4j_unreachable", uri="bolt://localhost:7688")

    monkeypatch.setattr("ui.state._open", unreachable)
    app = app_test()
    app.run()
    assert "bolt://localhost:7688" in shown(app), "the person at the computer needs it to fix the setting"


@pytest.fixture
def production_errors():
    """Streamlit's ``client.showErrorDetails`` as the project ships it (the test suite runs with ``full``)."""
    st.set_option("client.showErrorDetails", "none")
    yield
    st.set_option("client.showErrorDetails", "full")


def test_an_unexpected_error_is_a_french_sentence_and_a_reference(app_test, monkeypatch, caplog, production_errors):
    def broken(store):
        raise RuntimeError("/srv/passerelles/var/graphe: quelque chose a cassé")

    monkeypatch.setitem(QUERIES, "effectifs", NamedQuery("effectifs", broken))
    with caplog.at_level(logging.ERROR, logger="passerelles"):
        app = app_test()
        app.run()
    told = shown(app)
    assert not app.exception and "Une erreur inattendue est survenue" in told
    assert "/srv/passerelles" not in told and "RuntimeError" not in told and "Traceback" not in told
    reference = REFERENCE.search(told).group(1)
    assert reference in caplog.text and "/srv/passerelles" in caplog.text and "Traceback" in caplog.text
