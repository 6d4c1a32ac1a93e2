"""Uploads bounded per kind of file: the server's one limit is the largest kind's, each uploader
checks its own on the server before reading (a refused file is dropped from the session's memory),
and in a real browser an anonymous visitor finds no uploader on the presenter page while the
federation's oversized presentation is refused with nothing saved."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from browser import browser, settle  # noqa: F401  (fixture)

from graph.access import Role
from graph.accounts import AccountBook
from ingest.reader import MAX_FILE_BYTES
from tools.app_server import running_app
from ui.uploads import LARGEST_MB, LIMITS_MB, MB, accepted

ROOT = Path(__file__).resolve().parent.parent


def test_the_server_limit_is_the_largest_kind_and_the_readers_own():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == LARGEST_MB == MAX_FILE_BYTES // MB
    assert LIMITS_MB["json"] < LIMITS_MB["xlsx"] < LIMITS_MB["csv"]


def test_a_file_beyond_its_kind_is_refused_in_french_and_dropped_from_memory(monkeypatch):
    from streamlit.proto.Common_pb2 import FileURLs
    from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager
    from streamlit.runtime.uploaded_file_manager import UploadedFile, UploadedFileRec

    memory = MemoryUploadedFileManager("/_stcore/upload_file")

    class Context:
        session_id, uploaded_file_mgr = "session", memory

    monkeypatch.setattr("streamlit.runtime.scriptrunner.get_script_run_ctx", lambda: Context())
    sent = {"grosse.json": 21 * MB, "petite.json": 1000, "classeur.xlsx": 51 * MB, "ecoles.csv": 60 * MB,
            "programme.exe": 10}
    files = []
    for number, (name, size) in enumerate(sent.items()):
        record = UploadedFileRec(f"f{number}", name, "application/octet-stream", b"\0" * size)
        memory.add_file("session", record)
        files.append(UploadedFile(record, FileURLs()))
    kept, refused = accepted(files)
    assert [f.name for f in kept] == ["petite.json", "ecoles.csv"]
    assert refused[0] == ("Le fichier « grosse.json » pèse 21,0 Mo ; cette sorte de fichier est limitée à 20 Mo. "
                          "Il n’a pas été lu et rien n’a été modifié : déposez un fichier plus petit (ou, pour un "
                          "gros import, passez par la ligne de commande `python3 -m ingest charger`).")
    assert "« classeur.xlsx » pèse 51,0 Mo" in refused[1] and "limitée à 50 Mo" in refused[1]
    assert "« programme.exe » n’est pas d’une sorte acceptée ici" in refused[2]
    assert {f.file_id for f in memory.get_files("session", ["f0", "f1", "f2", "f3", "f4"])} == {"f1", "f3"}


# --- in a real browser --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def protected_app(tmp_path_factory):
    """The app with one account (the federation's): a visitor who does not sign in is a reader."""
    data = tmp_path_factory.mktemp("uploads") / "graphe"
    book = AccountBook(data.parent / "comptes.json")
    book.add("federation", Role.ADMIN, [], "une phrase de passe assez longue")
    with running_app(data, accounts=data.parent / "comptes.json") as url:
        yield url, data.parent / "presentations"


@pytest.fixture(scope="module")
def open_app(tmp_path_factory):
    """The app with no account: the person at the keyboard is the federation (the laptop mode)."""
    data = tmp_path_factory.mktemp("uploads-local") / "graphe"
    with running_app(data) as url:
        yield url, data.parent / "presentations"


def test_an_anonymous_visitor_finds_nothing_to_change_on_the_presenter_page(browser, protected_app):  # noqa: F811
    url, presentations = protected_app
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="fr-FR")
    page.goto(f"{url}/presenter")
    settle(page)
    page.get_by_text("Aucune présentation pour l’instant").wait_for(timeout=60_000)
    assert page.locator("input[type='file']").count() == 0
    assert page.get_by_role("button", name="Créer").count() == 0
    assert "presentations" not in page.inner_text("body")  # the server's folder is not told to strangers
    assert not presentations.exists() or not list(presentations.iterdir())
    page.close()


def test_an_oversized_presentation_is_refused_and_nothing_is_saved(browser, open_app, tmp_path):  # noqa: F811
    url, presentations = open_app
    big = tmp_path / "enorme.json"
    big.write_text(json.dumps({"format": "passerelles-presentation", "version": 1, "id": "enorme", "name": "Énorme",
                               "scenes": [], "bourrage": "x" * (LIMITS_MB["json"] * MB + 10)}), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="fr-FR")
    page.goto(f"{url}/presenter")
    settle(page)
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(big))
    # The browser refuses it before sending a byte (its chip's message is Streamlit's own, in English);
    # the limit is said in French under the uploader.
    page.locator("[data-testid='stFileChip'][aria-invalid='true']").wait_for(timeout=60_000)
    assert "20 Mo au plus" in page.inner_text("body")
    page.wait_for_timeout(1500)
    assert not presentations.exists() or not list(presentations.glob("*.json"))
    page.close()
