"""The State's open data fetched from its source, kept in a cache, and recorded in the graph.

The source is a real HTTP server on the loopback (Python's ``http.server`` in a thread) that
serves real files of the repository as a mirror of the State's sites would
(``PASSERELLES_DONNEES_OUVERTES_MIROIR``): ETag, Last-Modified, « 304 Not Modified », errors
on demand. No test reaches the Internet. Provenance is checked on both stores.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import threading
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from markdown_model import shown

from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode
from graph.settings import Settings
from ingest.__main__ import main
from ingest.fetch import FRANCE, PUBLISHED, DownloadFailed, fetch_territory, wanted
from ingest.opendata import load_opendata
from queries.contributions import french_day

ROOT = Path(__file__).resolve().parent.parent
OPENDATA = ROOT / "data" / "opendata"
REAL = ROOT / "tests" / "data" / "opendata"
ANNUAIRE_94 = REAL / "annuaire-education-94-ecoles-publiques.csv"


class Mirror:
    """Real files served under the names the cache gives them, as a mirror of the State's sites."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = dict(files)
        self.status: dict[str, int] = {}  # a file answered with this HTTP error instead
        self.sized = True  # False: no Content-Length, the body runs to the end of the connection
        self.seen: list[tuple[str, str | None, int]] = []  # file asked, If-None-Match sent, status answered
        mirror = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 — http.server's name
                name = unquote(urlsplit(self.path).path.lstrip("/"))
                status = mirror.status.get(name, 200 if name in mirror.files else 404)
                asked = self.headers.get("If-None-Match")
                if status != 200:
                    mirror.seen.append((name, asked, status))
                    self.send_error(status)
                    return
                path = mirror.files[name]
                data = path.read_bytes()
                etag = f'"{hashlib.sha256(data).hexdigest()[:20]}"'
                if asked == etag:
                    mirror.seen.append((name, asked, 304))
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                mirror.seen.append((name, asked, 200))
                self.send_response(200)
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", formatdate(path.stat().st_mtime, usegmt=True))
                self.send_header("Content-Type", "text/csv; charset=utf-8")
                if mirror.sized:
                    self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/donnees"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def asked(self) -> list[tuple[str, str | None, int]]:
        """The requests since the last call."""
        found, self.seen = self.seen, []
        return found

    def stop(self) -> None:
        """The network gone: nothing listens on the port any more."""
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def mirror(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    served = Mirror({
        "annuaire-education-94.csv": ANNUAIRE_94,
        "communes.csv": OPENDATA / "communes-france-2024.csv",
        "qpv.csv": OPENDATA / "qpv-2015-demographie-2022.csv",
        "contours-communes-94.geojson": REAL / "communes-94-val-de-marne.geojson",
    })
    # The server answers "/donnees/<name>": the mirror's address has a path, as a real one may.
    served.files = {f"donnees/{name}": path for name, path in served.files.items()}
    yield served
    served.stop()


def settings_for(mirror: Mirror, cache: Path, days: str = "7") -> Settings:
    return Settings.load(environ={"PASSERELLES_DONNEES_OUVERTES": str(cache),
                                  "PASSERELLES_DONNEES_OUVERTES_MIROIR": mirror.url,
                                  "PASSERELLES_DONNEES_OUVERTES_JOURS": days}, secrets={})


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def changed(result) -> dict[tuple[str, str], int]:
    """What a load added or updated: (« ajoutés » or « mis à jour », label) → how many, when not 0."""
    return {(what, label): count for what, counts in (("ajoutés", result.created), ("mis à jour", result.updated))
            for label, count in counts.items() if count}


# --- the table of addresses ------------------------------------------------------------------------


def test_every_dataset_has_an_address_of_the_state_or_a_copy_shipped_with_passerelles():
    for item in wanted(["95"]):
        url = item.url()
        if url is None:
            assert item.dataset.bundled is not None and item.dataset.bundled.is_file(), item
        else:
            assert urlsplit(url).scheme == "https" and urlsplit(url).netloc.endswith(".gouv.fr"), url
    assert {dataset.name for dataset in PUBLISHED} == {"annuaire-education", "communes", "qpv", "contours-communes"}
    assert "code_departement%3D%22095%22" in wanted(["95"])[0].url()  # the annuaire says 095, not 95


# --- fetching, the cache, and provenance in the graph ------------------------------------------------


def test_a_territory_is_fetched_loaded_and_its_provenance_kept_then_a_refetch_writes_nothing(store, mirror, tmp_path):
    cache = tmp_path / "cache"
    said: list[str] = []
    origins = fetch_territory(settings_for(mirror, cache), ["94"], tell=said.append)
    assert sorted(path.name for path in origins) == ["annuaire-education-94.csv", "communes.csv",
                                                     "contours-communes-94.geojson", "qpv.csv"]
    assert sorted(name for name, _, status in mirror.asked() if status == 200) == sorted(mirror.files)
    assert sha256(cache / "annuaire-education-94.csv") == sha256(ANNUAIRE_94)  # byte for byte what was served
    downloaded = "Annuaire de l’éducation (94) : fichier téléchargé depuis 127.0.0.1"
    assert any(line.startswith(downloaded) for line in said), said

    result = load_opendata(store, list(origins), ["94"], origins=origins)
    assert not result.report.has_blocking, result.report.lines()[:5]
    counts = store.counts()
    assert (counts["Commune"], counts["Ecole"], counts["Source"]) == (47, 611, 4)
    source = store.get("Source", "annuaire-education-94.csv")
    today = dt.datetime.now(dt.UTC)
    assert source["jeu"] == "Annuaire de l’éducation (94)"
    assert source["url"] == f"{mirror.url}/annuaire-education-94.csv"
    assert source["lignes"] == 613 and source["empreinte"] == sha256(ANNUAIRE_94)
    assert abs((dt.datetime.fromisoformat(source["date"]) - today).total_seconds()) < 600
    assert store.get("Source", "contours-communes-94.geojson")["lignes"] == 47
    assert store.get("Source", "communes.csv")["lignes"] == 34990

    # Within PASSERELLES_DONNEES_OUVERTES_JOURS: read from the cache, without asking the source.
    again = fetch_territory(settings_for(mirror, cache), ["94"], tell=said.append)
    assert mirror.asked() == [] and again == origins
    assert f"Annuaire de l’éducation (94) : copie du {french_day(source['date'])}, vérifiée il y a moins de 7 jours " \
           "(« --rafraichir » pour la redemander)." in said
    second = load_opendata(store, list(again), ["94"], origins=again)
    assert changed(second) == {} and not second.written

    # Asked again (--rafraichir): the source says « not modified » to the version in the cache.
    refreshed = fetch_territory(settings_for(mirror, cache), ["94"], refresh=True)
    asked = mirror.asked()
    assert {status for _, _, status in asked} == {304} and all(etag for _, etag, _ in asked)
    third = load_opendata(store, list(refreshed), ["94"], origins=refreshed)
    assert changed(third) == {} and not third.written
    assert store.get("Source", "annuaire-education-94.csv") == source


def test_the_same_file_downloaded_again_keeps_its_date_and_changes_nothing(store, mirror, tmp_path):
    cache = tmp_path / "cache"
    fetch_territory(settings_for(mirror, cache), ["94"])
    records = {path: json.loads(path.read_text(encoding="utf-8")) for path in cache.glob("*.json")}
    for path, record in records.items():  # downloaded long ago, from a server that gives no ETag nor date
        path.write_text(json.dumps({**record, "downloaded": "2026-01-02T03:04:05+00:00", "etag": "",
                                    "last_modified": ""}), encoding="utf-8")
    first = fetch_territory(settings_for(mirror, cache), ["94"])
    assert mirror.asked() and all(origin.date == "2026-01-02T03:04:05+00:00" for origin in first.values())
    load_opendata(store, list(first), ["94"], origins=first)

    again = fetch_territory(settings_for(mirror, cache, days="0"), ["94"])  # every file downloaded again
    assert {status for _, _, status in mirror.asked()} == {200}
    assert again == first  # the same content: the cache keeps its first date
    result = load_opendata(store, list(again), ["94"], origins=again)
    assert changed(result) == {} and not result.written

    for path in cache.iterdir():  # the cache emptied: downloaded afresh, today
        path.unlink()
    afresh = fetch_territory(settings_for(mirror, cache), ["94"])
    assert all(origin.date > "2026-01-02T03:04:05+00:00" for origin in afresh.values())
    result = load_opendata(store, list(afresh), ["94"], origins=afresh)
    assert changed(result) == {} and not result.written  # the graph keeps the date it had for this content
    assert store.get("Source", "annuaire-education-94.csv")["date"] == "2026-01-02T03:04:05+00:00"


def test_a_newer_export_updates_exactly_what_changed(store, mirror, tmp_path):
    cache = tmp_path / "cache"
    first = fetch_territory(settings_for(mirror, cache), ["94"])
    load_opendata(store, list(first), ["94"], origins=first)
    newer = tmp_path / "export-du-lendemain.csv"  # the same export, one school renamed the next day
    text = ANNUAIRE_94.read_bytes().decode("utf-8-sig")
    assert text.count("Ecole élémentaire Robert Doisneau") == 1
    newer.write_bytes(("\ufeff" + text.replace("Ecole élémentaire Robert Doisneau", "Ecole élémentaire R. Doisneau"))
                      .encode("utf-8"))
    mirror.files["donnees/annuaire-education-94.csv"] = newer
    later = fetch_territory(settings_for(mirror, cache), ["94"], refresh=True)
    result = load_opendata(store, list(later), ["94"], origins=later)
    assert not result.report.has_blocking
    assert changed(result) == {("mis à jour", "Ecole"): 1, ("mis à jour", "Source"): 1}
    assert store.get("Ecole", "0940176F")["nom"] == "Ecole élémentaire R. Doisneau"
    assert store.get("Source", "annuaire-education-94.csv")["empreinte"] == sha256(newer)


# --- without network, errors, limits ---------------------------------------------------------------


def test_without_network_the_cache_is_used_and_the_report_says_so(store, mirror, tmp_path):
    cache = tmp_path / "cache"
    first = fetch_territory(settings_for(mirror, cache), ["94"])
    load_opendata(store, list(first), ["94"], origins=first)
    mirror.stop()
    offline = fetch_territory(settings_for(mirror, cache), ["94"], refresh=True)
    assert set(offline) == set(first)
    result = load_opendata(store, list(offline), ["94"], origins=offline)
    assert not result.written and changed(result) == {}
    warnings = [line for line in result.report.lines() if "annuaire-education-94.csv" in line and "télécharg" in line]
    day = french_day(store.get("Source", "annuaire-education-94.csv")["date"])
    assert warnings == [f"[avertissement] annuaire-education-94.csv : Annuaire de l’éducation (94) : téléchargement "
                        f"impossible depuis {mirror.url}/annuaire-education-94.csv (pas de réseau, ou serveur "
                        f"injoignable) ; la copie du {day} gardée sur cet ordinateur est utilisée."]


def test_without_network_nor_cache_nothing_is_loaded_and_the_message_says_which_address_and_what_to_do(
        mirror, tmp_path, monkeypatch, capsys):
    mirror.stop()
    said: list[str] = []
    with pytest.raises(DownloadFailed) as caught:
        fetch_territory(settings_for(mirror, tmp_path / "cache"), ["94"], tell=said.append)
    # The communes and the QPV have a copy shipped with Passerelles: used, and said; the others fail.
    assert [failure.split(" : ")[0] for failure in caught.value.failures] == [
        "Annuaire de l’éducation (94)", "Contours des communes (94)"]
    assert [line.split(" : ")[0] for line in said] == [
        "Communes de France", "Quartiers prioritaires de la politique de la ville"]
    assert "la copie fournie avec Passerelles (communes-france-2024.csv) est utilisée" in said[0]

    monkeypatch.setenv("PASSERELLES_STORE", "embedded")
    monkeypatch.setenv("PASSERELLES_DATA_DIR", str(tmp_path / "graphe"))
    monkeypatch.setenv("PASSERELLES_DONNEES_OUVERTES", str(tmp_path / "cache"))
    monkeypatch.setenv("PASSERELLES_DONNEES_OUVERTES_MIROIR", mirror.url)
    assert main(["territoire", "94"]) == 1
    err = capsys.readouterr().err
    assert (f"Annuaire de l’éducation (94) : téléchargement impossible depuis {mirror.url}/annuaire-education-94.csv "
            "(pas de réseau, ou serveur injoignable), et aucune copie n’est gardée sur cet ordinateur.") in err
    assert ("Rien n’a été chargé. Vérifiez la connexion à Internet "
            "(ou le réglage PASSERELLES_DONNEES_OUVERTES_MIROIR), puis relancez ; "
            "ou chargez des fichiers déjà sur cet ordinateur : python -m ingest territoire 94 --dossier DOSSIER") in err
    with EmbeddedStore(tmp_path / "graphe") as store:
        assert store.is_empty()


def test_an_http_error_without_cache_names_the_address_and_the_status(mirror, tmp_path):
    mirror.status["donnees/annuaire-education-94.csv"] = 503
    with pytest.raises(DownloadFailed) as caught:
        fetch_territory(settings_for(mirror, tmp_path / "cache"), ["94"])
    [failure] = caught.value.failures
    assert failure == (f"Annuaire de l’éducation (94) : téléchargement impossible depuis {mirror.url}/"
                       "annuaire-education-94.csv (le serveur a répondu « 503 Service Unavailable »), et aucune copie "
                       "n’est gardée sur cet ordinateur.")
    assert not (tmp_path / "cache" / "annuaire-education-94.csv").exists()


@pytest.mark.parametrize("sized", [True, False], ids=["taille annoncée", "taille inconnue"])
def test_a_file_over_the_limit_is_refused_and_leaves_nothing_behind(mirror, tmp_path, sized):
    mirror.sized = sized
    said: list[str] = []
    limit = 1024 * 1024  # the communes of France are 2.1 MB
    origins = fetch_territory(settings_for(mirror, tmp_path / "cache"), ["94"], tell=said.append, limit=limit)
    communes = next(path for path in origins if "communes" in path.name and path.suffix == ".csv")
    assert communes == OPENDATA / "communes-france-2024.csv"  # the copy shipped with Passerelles instead
    assert any("fichier de plus de 1 Mo, refusé" in line and "communes.csv" in line for line in said), said
    assert sorted(p.name for p in (tmp_path / "cache").iterdir() if "communes." in p.name) == []


def test_a_bad_setting_is_said_in_french():
    with pytest.raises(Exception) as caught:
        Settings.load(environ={"PASSERELLES_DONNEES_OUVERTES_JOURS": "une semaine"}, secrets={})
    assert caught.value.message() == ("Le réglage PASSERELLES_DONNEES_OUVERTES_JOURS vaut « une semaine », ce qui "
                                      "n’est pas admis : donnez un nombre de jours entre 0 et 3650, par exemple 7.")


# --- local files, the command line, the home page ----------------------------------------------------


def test_local_files_are_recorded_with_their_name_and_date_and_a_reload_writes_nothing(store, tmp_path):
    copy = tmp_path / "depose" / ANNUAIRE_94.name  # as the import page saves a file dropped on it
    copy.parent.mkdir()
    copy.write_bytes(ANNUAIRE_94.read_bytes())
    files = [OPENDATA / "communes-france-2024.csv", copy]
    result = load_opendata(store, files, ["94"])
    assert not result.report.has_blocking
    annuaire = store.get("Source", ANNUAIRE_94.name)
    assert annuaire["jeu"] == "Établissements scolaires" and annuaire.get("url") is None
    assert annuaire["lignes"] == 613 and annuaire["empreinte"] == sha256(ANNUAIRE_94)
    mtime = dt.datetime.fromtimestamp(copy.stat().st_mtime, dt.UTC)
    assert dt.datetime.fromisoformat(annuaire["date"]) == mtime.replace(microsecond=0)
    os.utime(copy, (mtime.timestamp() + 86400, mtime.timestamp() + 86400))  # dropped again the next day
    again = load_opendata(store, files, ["94"])
    assert changed(again) == {} and not again.written
    assert store.get("Source", ANNUAIRE_94.name) == annuaire  # the same content keeps its first date
    blocked = load_opendata(store, [tmp_path / "absent.csv", OPENDATA / "qpv-2015-demographie-2022.csv"], ["94"])
    assert blocked.report.has_blocking  # all or nothing: the QPV file's rows and its record neither
    assert store.get("Source", "qpv-2015-demographie-2022.csv") is None


def test_the_command_line_fetches_then_finds_nothing_to_write(mirror, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PASSERELLES_STORE", "embedded")
    monkeypatch.setenv("PASSERELLES_DATA_DIR", str(tmp_path / "graphe"))
    monkeypatch.setenv("PASSERELLES_DONNEES_OUVERTES", str(tmp_path / "cache"))
    monkeypatch.setenv("PASSERELLES_DONNEES_OUVERTES_MIROIR", mirror.url)
    monkeypatch.setenv("PASSERELLES_CONTOURS", str(tmp_path / "contours.geojson"))
    assert main(["territoire", "94"]) == 0
    first = capsys.readouterr()
    assert "jeux de données — lignes : 4 ; ajoutées : 4" in first.out and "Import terminé" in first.out
    assert len(json.loads((tmp_path / "contours.geojson").read_text())["features"]) == 47
    assert main(["territoire", "94", "--rafraichir"]) == 0
    second = capsys.readouterr()
    assert "Rien à enregistrer" in second.out
    assert "Annuaire de l’éducation (94) : fichier inchangé à la source (127.0.0.1" in second.err


def test_the_home_page_says_where_and_when_the_open_data_was_downloaded(mirror, tmp_path, app_test):
    with EmbeddedStore(tmp_path / "graphe") as store:  # the store the app opens (see the app_test fixture)
        origins = fetch_territory(settings_for(mirror, tmp_path / "cache"), ["94"])
        assert not load_opendata(store, list(origins), ["94"], origins=origins).report.has_blocking
        day = french_day(store.get("Source", "annuaire-education-94.csv")["date"])
    app = app_test(demo=False)
    app.run()
    assert not app.exception
    assert "Données ouvertes" in [header.value for header in app.subheader]
    [listing] = [shown(block.value) for block in app.markdown if "Annuaire de l" in block.value]  # as read
    host = urlsplit(mirror.url).netloc
    assert f"- Annuaire de l’éducation (94) : fichier téléchargé le {day} depuis {host}, 613 lignes." in listing
    assert f"- Quartiers prioritaires de la politique de la ville : fichier téléchargé le {day} depuis {host}, " \
           in listing


def test_the_files_of_a_whole_country_are_shown_as_a_table(tmp_path, app_test):
    with EmbeddedStore(tmp_path / "graphe") as store:  # one file per département: too many for a list
        store.apply([PutNode("Source", f"contours-communes-{code}.geojson", {
            "jeu": f"Contours des communes ({code})", "date": "2026-12-07T09:30:00+00:00", "lignes": 100 + number,
            "url": f"https://geo.api.gouv.fr/departements/{code}/communes?format=geojson&geometry=contour"})
            for number, code in enumerate(FRANCE[:9])])
    app = app_test(demo=False)
    app.run()
    assert not app.exception
    [expander] = [e for e in app.expander if "fichiers de données ouvertes" in e.label]
    assert expander.label.startswith("9 fichiers de données ouvertes")
    table = expander.dataframe[0].value
    assert list(table.columns) == ["Jeu de données", "Fichier", "Date", "Téléchargé depuis", "Lignes lues"]
    assert table.iloc[0].tolist() == ["Contours des communes (01)", "contours-communes-01.geojson", "7 décembre 2026",
                                      "geo.api.gouv.fr", 100]
