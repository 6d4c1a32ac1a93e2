"""What Passerelles keeps on disk is readable by its user only (issue 16, item 9): the embedded store (conflict
narratives included), the accounts, the presentations, the federation's settings, the open data's cache and
outlines are created ``0600`` in folders ``0700`` whatever the umask; older files are narrowed at start, and the
terminal says so. Every right is read back with ``os.stat``."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_fetch import mirror, settings_for  # noqa: F401  (the fixture: open data served on loopback)

from booklet.introduction import save_introduction
from graph.access import Access, Role
from graph.accounts import AccountBook
from graph.backends.embedded import EmbeddedStore
from graph.settings import PROJECT_ROOT
from ingest.demo import load_demo
from ingest.fetch import fetch_territory
from ingest.opendata import load_opendata
from queries.recommend import Weights
from queries.recommend_feedback import save_weights
from ui.scenes import PresentationFolder

ADMIN = Access(Role.ADMIN, account="federation")
SECRET = "une phrase de passe assez longue"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def rights(top: Path) -> dict[str, str]:
    """The rights of ``top`` and of everything under it, by path relative to ``top``'s parent."""
    return {str(p.relative_to(top.parent)): oct(mode(p)) for p in [top, *sorted(top.rglob("*"))]}


def private(top: Path) -> dict[str, str]:
    """What under ``top`` is not private (a folder ``0700``, a file ``0600``): empty when all is."""
    return {name: right for name, right in rights(top).items()
            if right != oct(0o700 if (top.parent / name).is_dir() else 0o600)}


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    """A umask that lets others read (Debian's default): the rights must not depend on it."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_embedded_store_with_its_narratives_is_readable_by_its_user_only(tmp_path):
    folder = tmp_path / "var" / "graphe"
    with EmbeddedStore(folder, compact_bytes=64 * 1024) as store:
        load_demo(store)  # conflict cases and their narratives included; the log folded into a snapshot
        assert store.counts()["Situation"] > 0
    assert {p.name for p in folder.iterdir()} >= {"graph.json", "graph.wal", "graph.lock"}
    assert "recit" in (folder / "graph.json").read_text(encoding="utf-8")
    assert private(tmp_path / "var") == {}, rights(tmp_path / "var")


def test_the_accounts_their_lock_and_their_mark_are_readable_by_their_user_only(tmp_path):
    book = AccountBook(tmp_path / "var" / "comptes.json")
    book.add("federation", Role.ADMIN, [], SECRET)
    assert {p.name for p in (tmp_path / "var").iterdir()} == {"comptes.json", "comptes.json.lock",
                                                              "comptes.json.en-service", "comptes.historique.jsonl"}
    assert private(tmp_path / "var") == {}, rights(tmp_path / "var")


def test_presentations_weights_and_the_booklet_s_introduction_are_readable_by_their_user_only(tmp_path):
    PresentationFolder(tmp_path / "var" / "presentations", ADMIN).create("Rencontre du 23 mai")
    save_weights(None, Weights(), ADMIN, path=tmp_path / "var" / "graphe" / "recommandations-poids.json")
    save_introduction("Une introduction.", ADMIN, path=tmp_path / "var" / "graphe" / "livret" / "introduction.txt")
    assert len(list((tmp_path / "var").rglob("*.*"))) == 3
    assert private(tmp_path / "var") == {}, rights(tmp_path / "var")


def test_the_open_data_cache_and_the_outlines_are_readable_by_their_user_only(mirror, tmp_path):  # noqa: F811
    cache, outlines = tmp_path / "var" / "donnees-ouvertes", tmp_path / "var" / "contours" / "communes.geojson"
    origins = fetch_territory(settings_for(mirror, cache), ["94"])
    with EmbeddedStore(tmp_path / "var" / "graphe") as store:
        result = load_opendata(store, list(origins), ["94"], origins=origins, boundaries_out=outlines)
    assert not result.report.has_blocking and outlines.is_file()
    assert len(list(cache.glob("*.json"))) == 4, "each file's record of where and when it was downloaded"
    assert private(tmp_path / "var") == {}, rights(tmp_path / "var")


def spread_open(tmp_path: Path) -> dict[str, Path]:
    """Files as an older Passerelles left them: folders ``0755``, files ``0644``."""
    places = {"data": tmp_path / "var" / "graphe", "presentations": tmp_path / "var" / "presentations",
              "accounts": tmp_path / "var" / "comptes.json"}
    with EmbeddedStore(places["data"]) as store:
        load_demo(store)
    PresentationFolder(places["presentations"], ADMIN).create("Ancienne")
    AccountBook(places["accounts"]).add("federation", Role.ADMIN, [], SECRET)
    for path in [tmp_path / "var", *(tmp_path / "var").rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    return places


def test_files_left_open_by_an_older_version_are_narrowed_at_start_and_the_terminal_says_so(tmp_path):
    places = spread_open(tmp_path)
    env = {**os.environ, "PASSERELLES_DATA_DIR": str(places["data"]), "PASSERELLES_COMPTES": str(places["accounts"]),
           "PASSERELLES_DONNEES_OUVERTES": str(tmp_path / "var" / "donnees-ouvertes"),
           "PASSERELLES_CONTOURS": str(tmp_path / "var" / "contours.geojson")}
    env.pop("PASSERELLES_RESEAU", None)
    run = lambda: subprocess.run([sys.executable, "-m", "graph.exposure"], cwd=PROJECT_ROOT, env=env,  # noqa: E731
                                 capture_output=True, text=True, timeout=120)
    entries = {name: len(rights(place)) for name, place in places.items()}
    assert entries["presentations"] == 2 and entries["accounts"] == 1 and entries["data"] >= 3
    first = run()
    assert first.returncode == 0, first.stderr
    said = first.stderr
    assert f"Droits resserrés (lecture par ce seul utilisateur) sur « {places['data']} » : {entries['data']} fichiers " \
           "ou dossiers." in said, said
    assert f"« {places['presentations']} » : 2 fichiers ou dossiers." in said
    assert f"« {places['accounts']} » : 1 fichier ou dossier." in said
    for place in places.values():
        assert private(place) == {}, rights(place)
    assert "resserrés" not in run().stderr, "said once: nothing left to narrow"


def test_the_app_narrows_them_too_when_started_without_the_launcher(app_test, tmp_path, caplog, monkeypatch):
    places = spread_open(tmp_path)
    app = app_test()  # its data folder is tmp_path / "graphe": point it at the older files
    monkeypatch.setenv("PASSERELLES_DATA_DIR", str(places["data"]))
    monkeypatch.setenv("PASSERELLES_COMPTES", str(places["accounts"]))
    with caplog.at_level(logging.INFO, logger="passerelles"):
        app.run()
    assert not app.exception
    assert f"Droits resserrés (lecture par ce seul utilisateur) sur « {places['data']} »" in caplog.text
    assert private(places["data"]) == {} and private(places["accounts"]) == {}
