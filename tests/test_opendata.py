"""The State's open data, loaded as published (the real files of ``data/opendata`` and of
``tests/data/opendata``), recognised by content, on both stores."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from graph.backends.embedded import EmbeddedStore
from helpers import dump
from ingest.opendata import load_opendata, recognise
from ingest.reader import read_tables
from ingest.report import Report

ROOT = Path(__file__).resolve().parent.parent
OPENDATA = ROOT / "data" / "opendata"
TESTDATA = ROOT / "tests" / "data" / "opendata"  # real files, as published (README there)


@pytest.fixture(scope="module")
def shared() -> Path:
    """The real files of the tests: they are part of the repository, so a missing one fails."""
    for name in ("annuaire-education-94-ecoles-publiques.csv", "geolocalisation-colleges-france.csv"):
        assert (TESTDATA / name).is_file(), f"{name} manque dans tests/data/opendata : il fait partie du dépôt"
    return TESTDATA


def test_val_d_oise_from_the_real_files(store, shared, tmp_path):
    boundaries = tmp_path / "contours.geojson"
    result = load_opendata(store, [OPENDATA, shared / "geolocalisation-colleges-france.csv"], ["95"],
                           boundaries_out=boundaries)
    assert result.report.problems == [], result.report.lines()[:5]
    counts = store.counts()
    assert (counts["Departement"], counts["Commune"], counts["Qpv"], counts["Ecole"]) == (1, 184, 41, 153)
    argenteuil = store.get("Commune", "95018")
    assert argenteuil["nom"] == "Argenteuil" and 48.9 < argenteuil["latitude"] < 49.0
    spans = Counter(row.source_key for row in store.links("DANS_COMMUNE"))
    assert spans["QP095034"] == 3  # Carreaux – Fauconnière: Arnouville, Gonesse, Villiers-le-Bel
    assert ("QP095002", "95063") in {(r.source_key, r.target_key) for r in store.links("DANS_COMMUNE")}
    college = store.nodes("Ecole")[0]
    assert college["niveau"] == "college" and college["uai"].startswith("095")
    assert len(json.loads(boundaries.read_text())["features"]) == 184
    again = load_opendata(store, [OPENDATA, shared / "geolocalisation-colleges-france.csv"], ["95"])
    assert not again.written


def test_the_annuaire_gives_levels_status_and_priority_education(shared):
    store = EmbeddedStore(Path(__import__("tempfile").mkdtemp()))
    result = load_opendata(store, [OPENDATA / "communes-france-2024.csv",
                                   shared / "annuaire-education-94-ecoles-publiques.csv"], ["94"])
    assert not result.report.has_blocking
    schools = store.nodes("Ecole")
    # Counted with awk on the file: 613 lines, 2 of them « A FERMER » (column 56, etat), left out;
    # of the 611 others, column 38 gives 405 empty, 184 REP, 22 REP+; the flags Ecole_maternelle and
    # Ecole_elementaire (columns 14 and 15) give 37 « 11 », 304 « 10 », 270 « 01 ».
    assert len(schools) == 611
    assert Counter(s["education_prioritaire"] for s in schools) == {"hors_ep": 405, "rep": 184, "rep_plus": 22}
    levels = Counter(s["niveau"] for s in schools)
    assert levels == {"primaire": 37, "maternelle": 304, "elementaire": 270}
    assert {s["etat"] for s in schools} == {"ouvert"}
    assert store.get("Ecole", "0941874B") is None and store.get("Ecole", "0941414B") is None  # « A FERMER »
    assert store.get("Ecole", "0940176F")["nom"] == "Ecole élémentaire Robert Doisneau"


def _rewrite(source: Path, target: Path, rename: dict[str, str], extra: str | None = None, encoding="utf-8-sig"):
    with source.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header = [rename.get(name, name) for name in rows[0]]
    if extra:
        header.append(extra)
        rows = [rows[0]] + [row + ["123"] for row in rows[1:]]
    with target.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([header] + rows[1:])
    return target


def test_older_and_labelled_exports_of_the_annuaire_load_the_same(shared, tmp_path):
    annuaire = shared / "annuaire-education-94-ecoles-publiques.csv"
    labelled = _rewrite(annuaire, tmp_path / "export-libelles.csv", {
        "Identifiant_de_l_etablissement": "Code établissement", "Nom_etablissement": "Appellation officielle",
        "Type_etablissement": "Type d'établissement", "Statut_public_prive": "Statut public/privé",
        "Code_commune": "Code commune", "Appartenance_Education_Prioritaire": "Appartenance à l'éducation prioritaire",
        "Ecole_maternelle": "École maternelle", "Ecole_elementaire": "École élémentaire",
        "libelle_nature": "Libellé nature", "latitude": "Latitude", "longitude": "Longitude"})
    older = _rewrite(annuaire, tmp_path / "ancien-export.csv", {}, extra="Nombre_d_eleves", encoding="cp1252")
    graphs = []
    for variant in (annuaire, labelled, older):
        store = EmbeddedStore(tmp_path / variant.stem)
        result = load_opendata(store, [OPENDATA / "communes-france-2024.csv", variant], ["94"])
        assert not result.report.has_blocking and result.rows["Ecole"] == 611
        graphs.append(dump(store, without=("Source",)))  # each variant is a file of its own
    assert graphs[0] == graphs[1] == graphs[2]


def test_files_are_recognised_by_content_not_by_name(shared, tmp_path):
    renamed = tmp_path / "export.csv"
    renamed.write_bytes((OPENDATA / "qpv-2015-demographie-2022.csv").read_bytes())
    [table] = read_tables(renamed, Report())
    dataset, _ = recognise(table)
    assert dataset.name == "qpv"
    for name, expected in (("geolocalisation-colleges-france.csv", "etablissements"),
                           ("annuaire-education-94-ecoles-publiques.csv", "etablissements")):
        [table] = read_tables(shared / name, Report())
        assert recognise(table)[0].name == expected
    [communes] = read_tables(OPENDATA / "communes-france-2024.csv", Report())
    assert recognise(communes)[0].name == "communes"
    not_open_data = tmp_path / "autre.csv"
    not_open_data.write_text("a;b\n1;2\n", encoding="utf-8")
    assert recognise(read_tables(not_open_data, Report())[0]) is None


def test_departement_outlines_are_not_taken_for_a_commune_boundary(tmp_path):
    outlines = tmp_path / "departements.geojson"
    square = [[[-2.0, 47.5], [-1.0, 47.5], [-1.0, 48.5], [-2.0, 48.5], [-2.0, 47.5]]]
    outlines.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"code": "35", "nom": "Ille-et-Vilaine"},
         "geometry": {"type": "Polygon", "coordinates": square}}]}), encoding="utf-8")
    store = EmbeddedStore(tmp_path / "graphe")
    try:
        result = load_opendata(store, [OPENDATA / "communes-france-2024.csv", outlines], ["35"],
                               boundaries_out=tmp_path / "contours.geojson")
        assert not result.report.has_blocking
        [warning] = [w for w in result.report.warnings if w.file == "departements.geojson"]
        assert "contours de communes" in warning.message
        assert not (tmp_path / "contours.geojson").exists()
        rennes = store.get("Commune", "35238")
        assert abs(rennes["latitude"] - 48.11) < 0.05  # its shipped position, not the square's centre
    finally:
        store.close()


def test_qpv_communes_are_matched_by_name_whatever_the_spelling(store, tmp_path):
    qpv = tmp_path / "qpv.csv"
    qpv.write_text(
        "CODGEO;LIBGEO;LIB_COM;POP_MUN\n"
        "QP095017;Chennevières;SAINT OUEN L AUMONE;3 014\n"
        "QP095002;Justice;argenteuil, Bézons;826\n"
        "QP095999;Quartier inventé;Argentueil, Bezons;10\n", encoding="utf-8")
    result = load_opendata(store, [OPENDATA / "communes-france-2024.csv", qpv], ["95"])
    assert not result.report.has_blocking
    links = {(r.source_key, r.target_key) for r in store.links("DANS_COMMUNE")}
    assert {("QP095017", "95572"), ("QP095002", "95018"), ("QP095002", "95063"), ("QP095999", "95063")} == links
    [warning] = result.report.warnings
    assert (warning.file, warning.row, warning.column, warning.value) == ("qpv.csv", 4, "LIB_COM", "Argentueil")
    assert "QP095999" in warning.message


def test_several_departements_and_all_of_france(shared, tmp_path):
    two = EmbeddedStore(tmp_path / "deux")
    load_opendata(two, [OPENDATA], ["95", "2A"])
    assert two.counts()["Departement"] == 2 and two.counts()["Commune"] == 184 + 124
    france = EmbeddedStore(tmp_path / "france")
    result = load_opendata(france, [OPENDATA, shared / "geolocalisation-colleges-france.csv"], None)
    assert not result.report.has_blocking
    counts = france.counts()
    assert (counts["Departement"], counts["Commune"], counts["Qpv"]) == (101, 34990, 1400)
    assert counts["Ecole"] > 7500
    skipped = [p for p in result.report.warnings if p.column == "code_commune"]
    assert skipped and all(p.value.startswith(("975", "977", "978", "98")) for p in skipped)
