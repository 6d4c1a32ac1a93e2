"""The Annuaire de l'éducation as the State publishes it: the real unfiltered Ille-et-Vilaine
export (``tests/data/opendata/reel-35``), its lines merged, its non-schools and closed
establishments left out and counted, a level for every school; the same export under the
current column names; a newer export that closes schools, on both stores.

Expected figures are counted on the raw file with awk, never with the loader (columns of the
older export: 1 UAI, 3 Type_etablissement, 4 Statut_public_prive, 14 and 15 the maternelle
and élémentaire flags, 38 Appartenance_Education_Prioritaire, 57 etat,
59 etablissement_multi_lignes, 63 libelle_nature). For instance the schools::

    awk -F';' 'NR>1 && ($3=="Ecole"||$3=="Collège"||$3=="Lycée"||$3=="EREA") && $57=="OUVERT"{print $1}' \\
        fr-en-annuaire-education.csv | sort -u | wc -l          # 886
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode, SetLinks
from helpers import dump
from ingest import annuaire
from ingest.opendata import load_opendata
from tools import annuaire_current

ROOT = Path(__file__).resolve().parent.parent
COMMUNES = ROOT / "data" / "opendata" / "communes-france-2024.csv"
TESTDATA = ROOT / "tests" / "data" / "opendata"
EXPORT = TESTDATA / "reel-35" / "fr-en-annuaire-education.csv"
CURRENT = TESTDATA / "actuel" / "fr-en-annuaire-education-35-94.csv"
VAL_DE_MARNE = TESTDATA / "annuaire-education-94-ecoles-publiques.csv"

# awk: distinct UAIs of the school types, « OUVERT » (one école is « A FERMER »: 0351383N).
SCHOOLS = 886
# awk on columns 3 and 63 (distinct UAIs): 32 LYCEE PROFESSIONNEL + 11 SECTION D ENSEIGNEMENT
# PROFESSIONNEL + 2 EREA are professional; 8 LYCEE D ENSEIGNEMENT GENERAL + 20 LYCEE ENSEIGNT
# GENERAL ET TECHNOLOGIQUE + 12 LYCEE POLYVALENT + 1 SECTION ENSEIGT GENERAL ET TECHNOLOGIQUE are
# lycées; 117 collège lines, one UAI twice; écoles open by flags: 453 « 11 », 119 « 01 », 112 « 10 ».
LEVELS = {"primaire": 453, "elementaire": 119, "maternelle": 112, "college": 116, "lycee_pro": 45, "lycee": 41}
NOT_SCHOOLS = ("106 établissements ne sont ni des écoles, ni des collèges, ni des lycées, et n’ont pas été "
               "chargés : 42 services administratifs, 39 établissements médico-sociaux, 11 établissements de type "
               "« Autre », 9 établissements sans type et 5 centres d’information et d’orientation.")


def messages(result) -> list[str]:
    return [problem.message for problem in result.report.problems]


def raw_rows(path: Path = EXPORT) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def write_export(path: Path, rows: list[dict[str, str]]) -> Path:
    """``rows`` as the State writes them: UTF-8 with BOM, ``;``, CRLF."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=";", lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def load(store, *files: Path, departements=("35",)):
    return load_opendata(store, [COMMUNES, *files], list(departements) if departements else None)


@pytest.fixture(scope="module")
def ille_et_vilaine(tmp_path_factory):
    assert EXPORT.is_file(), "tests/data/opendata/reel-35 manque : il fait partie du dépôt"
    store = EmbeddedStore(tmp_path_factory.mktemp("reel-35"))
    return store, load(store, EXPORT)


def test_the_real_export_loads_every_distinct_school_on_both_stores(store):
    result = load(store, EXPORT)
    assert not result.report.has_blocking, result.report.lines()[:5]
    assert result.written and store.counts()["Ecole"] == SCHOOLS
    assert NOT_SCHOOLS in messages(result)
    schools = store.nodes("Ecole")
    assert Counter(school["niveau"] for school in schools) == LEVELS
    assert Counter(school.get("education_prioritaire") for school in schools) == {"hors_ep": 830, "rep": 50,
                                                                                   "rep_plus": 6}
    assert Counter(school["statut"] for school in schools) == {"public": 523, "prive": 363}
    assert {school["etat"] for school in schools} == {"ouvert"}
    again = load(store, EXPORT)
    assert not again.written and again.unchanged["Ecole"] == SCHOOLS


def test_the_report_says_each_case_once(ille_et_vilaine):
    _, result = ille_et_vilaine
    found = messages(result)
    assert len(found) == 3, found  # merged lines, non-schools, the closed école: one sentence each
    assert ("3 établissements décrits chacun sur plusieurs lignes de l’export ont été réunis, chacun décrit par "
            "sa ligne principale : 0352072M (lignes 139 et 940) ; 0350852L (lignes 162 et 961) ; 0350778F "
            "(lignes 794 et 974).") in found
    closed = next(p for p in result.report.problems if "fermer" in p.message)
    assert (closed.file, closed.column) == ("fr-en-annuaire-education.csv", "etat")
    assert closed.message.startswith("1 établissement fermé ou sur le point de fermer")
    assert closed.message.endswith("n’a pas été chargé : 0351383N.")
    not_schools = next(p for p in result.report.problems if p.message == NOT_SCHOOLS)
    assert not_schools.column == "Type_etablissement"


def test_every_school_and_every_lycee_has_a_level(ille_et_vilaine):
    store, _ = ille_et_vilaine
    lycees = {row["Identifiant_de_l_etablissement"] for row in raw_rows()
              if row["Type_etablissement"] in ("Lycée", "EREA") and row["etat"] == "OUVERT"}
    assert len(lycees) == 86  # awk: 84 UAIs of type Lycée (86 lines, two UAIs on two lines) and 2 EREA
    levels = {school["uai"]: school["niveau"] for school in store.nodes("Ecole")}
    assert {levels[uai] for uai in lycees} == {"lycee", "lycee_pro"}
    assert all(levels.values())
    sections = [row["Identifiant_de_l_etablissement"] for row in raw_rows()
                if row["libelle_nature"] == "SECTION D ENSEIGNEMENT PROFESSIONNEL"]
    assert len(sections) == 11 and {levels[uai] for uai in sections} == {"lycee_pro"}
    assert levels["0350747X"] == levels["0350732F"] == "lycee_pro"  # the two EREA


def test_lines_of_one_establishment_are_merged_by_the_documented_rule(ille_et_vilaine):
    store, _ = ille_et_vilaine
    communes = {row.source_key: row.target_key for row in store.links("SITUE_DANS", "Ecole")}
    # A « Lycée professionnel » line (vocational track only) and a « Lycée polyvalent » line (general and
    # technological): the main line teaches the most tracks; the level is the lycée's.
    polyvalent = store.get("Ecole", "0352072M")
    assert polyvalent["nom"] == "Lycée polyvalent Institution Saint-Malo La Providence"
    assert polyvalent["niveau"] == "lycee" and communes["0352072M"] == "35288"
    # The annex comes first in the file, at Saint-Erblon: the main line is the collège at Bruz.
    college = store.get("Ecole", "0350852L")
    assert (college["nom"], college["niveau"], communes["0350852L"]) == ("Collège Saint-Joseph", "college", "35047")
    # The main site first, its annex at Retiers after.
    lycee = store.get("Ecole", "0350778F")
    assert (lycee["nom"], communes["0350778F"]) == ("Lycée Assomption", "35238")
    assert (lycee["latitude"], lycee["longitude"]) == (48.122379250771374, -1.6589194034352441)


def test_a_duplicate_the_export_does_not_flag_stays_an_error(tmp_path):
    rows = raw_rows()
    for row in rows:
        if row["Identifiant_de_l_etablissement"] == "0350852L":
            row["etablissement_multi_lignes"] = "0"
    store = EmbeddedStore(tmp_path / "graphe")
    result = load(store, write_export(tmp_path / "export.csv", rows))
    [duplicate] = result.report.blocking
    assert (duplicate.row, duplicate.column, duplicate.value) == (961, "Identifiant_de_l_etablissement", "0350852L")
    assert "ligne 162" in duplicate.message
    assert store.counts().get("Ecole", 0) == 0


def test_the_combined_levels_and_states():
    assert annuaire.combined_level(["lycee_pro", "lycee"]) == "lycee"
    assert annuaire.combined_level(["lycee_pro", "lycee_pro"]) == "lycee_pro"
    assert annuaire.combined_level(["college", "lycee_pro"]) == "lycee_pro"  # a cité scolaire: the lycée's
    assert annuaire.combined_level(["elementaire", "primaire"]) == "primaire"
    assert annuaire.combined_level(["", "college"]) == "college"
    today = dt.date(2026, 6, 1)
    assert annuaire.state({"etat": "A OUVRIR"}, today) == "a_ouvrir"
    assert annuaire.state({"etat": "OUVERT", "fermeture": "31/08/2026"}, today) == "ouvert"
    assert annuaire.state({"etat": "OUVERT", "fermeture": "01/06/2026"}, today) == "ferme"
    assert annuaire.state({"etat": "EN SOMMEIL"}, today) is None and annuaire.state({}, today) == ""


def test_one_of_a_kind_is_said_in_the_singular():
    sentence = annuaire.not_schools_sentence(Counter({("type", "Information et orientation"): 1}))
    assert sentence == ("1 établissement n’est ni une école, ni un collège, ni un lycée, et n’a pas été "
                        "chargé : 1 centre d’information et d’orientation.")
    sentence = annuaire.not_schools_sentence(Counter({("type", "Internat"): 2, ("nature", "IME"): 1}))
    assert sentence.endswith(": 2 établissements de type « Internat » et 1 établissement de nature « IME ».")


def test_the_current_schema_export_is_derived_as_documented_and_loads_identically(ille_et_vilaine, tmp_path):
    assert CURRENT.read_bytes() == annuaire_current.derive(), "python3 -m tools.annuaire_current"
    store, older = ille_et_vilaine
    current = EmbeddedStore(tmp_path / "actuel")
    result = load(current, CURRENT)
    assert dump(current, without=("Source",)) == dump(store, without=("Source",))  # each its own file
    assert messages(result) == messages(older)
    assert {p.column for p in result.report.problems} >= {"Identifiant_de_l_etablissement", "Type_etablissement"}

    val_de_marne = EmbeddedStore(tmp_path / "94")
    load(val_de_marne, VAL_DE_MARNE, departements=["94"])
    from_current = EmbeddedStore(tmp_path / "actuel-94")
    load(from_current, CURRENT, departements=["94"])
    assert dump(from_current, without=("Source",)) == dump(val_de_marne, without=("Source",))

    both = EmbeddedStore(tmp_path / "les-deux")
    result = load(both, CURRENT, departements=None)
    assert not result.report.has_blocking and both.counts()["Ecole"] == SCHOOLS + 611


def test_a_non_school_already_in_the_graph_is_told_and_left_alone(tmp_path):
    store = EmbeddedStore(tmp_path / "graphe")
    ime = next(row["Identifiant_de_l_etablissement"] for row in raw_rows()
               if row["libelle_nature"] == "INSTITUT MEDICO-EDUCATIF")
    store.apply([PutNode("Ecole", ime, {"nom": "IME chargé comme une école"})])
    result = load(store, EXPORT)
    [told] = [p for p in result.report.problems if ime in p.message]
    assert told.message.startswith("1 établissement du graphe n’est pas une école selon ce fichier")
    assert (told.file, told.column) == ("fr-en-annuaire-education.csv", "Type_etablissement")
    assert store.get("Ecole", ime) == {"uai": ime, "nom": "IME chargé comme une école"}


def test_a_closing_date_and_an_unknown_state(tmp_path):
    rows = raw_rows()
    for row in rows:
        row["date_fermeture"] = ""
    by_uai = {row["Identifiant_de_l_etablissement"]: row for row in rows}
    by_uai["0350594F"]["date_fermeture"] = "2020-07-04"
    by_uai["0350612A"]["date_fermeture"] = "2999-07-04"
    by_uai["0350626R"]["etat"] = "EN SOMMEIL"
    store = EmbeddedStore(tmp_path / "graphe")
    result = load(store, write_export(tmp_path / "export.csv", rows))
    assert not result.report.has_blocking
    assert store.get("Ecole", "0350594F") is None and store.get("Ecole", "0350612A")["etat"] == "ouvert"
    assert "etat" not in store.get("Ecole", "0350626R")
    [unknown] = [p for p in result.report.problems if "EN SOMMEIL" in p.message]
    assert (unknown.row, unknown.column, unknown.value) == (20, "etat", "EN SOMMEIL")
    assert store.counts()["Ecole"] == SCHOOLS - 1


def test_a_newer_export_marks_closed_and_never_deletes(store, tmp_path):
    closing, gone, opening, kept = "0350944L", "0350612A", "0359990U", "0350626R"
    load(store, EXPORT)
    store.apply([
        PutNode("Centre", "CS35-001", {"nom": "Centre social fictif", "type": "centre_social"}),
        PutNode("Partenariat", "PA-1", {"forme": "convention"}),
        SetLinks("PORTE_PAR", "Partenariat", "PA-1", ("CS35-001",)),
        SetLinks("AVEC", "Partenariat", "PA-1", (closing,)),
        PutNode("Ecole", "0359991V", {"nom": "École saisie par la fédération"}),  # no state: not from the directory
        SetLinks("SITUE_DANS", "Ecole", "0359991V", ("35238",)),
    ])
    rows = [row for row in raw_rows() if row["Identifiant_de_l_etablissement"] != gone]
    for row in rows:
        if row["Identifiant_de_l_etablissement"] == closing:
            row["etat"] = "FERME"
    template = next(row for row in rows if row["Identifiant_de_l_etablissement"] == kept)
    rows.append({**template, "Identifiant_de_l_etablissement": opening, "Nom_etablissement": "École fictive",
                 "etat": "A OUVRIR"})
    newer = write_export(tmp_path / "plus-recent" / "fr-en-annuaire-education.csv", rows)

    result = load(store, newer)
    assert not result.report.has_blocking
    assert store.get("Ecole", closing)["etat"] == store.get("Ecole", gone)["etat"] == "ferme"
    assert store.get("Ecole", closing)["nom"] == "Ecole maternelle publique Guillevic"  # kept, not emptied
    assert store.get("Ecole", opening)["etat"] == "a_ouvrir"
    assert "etat" not in store.get("Ecole", "0359991V")
    assert {(r.source_key, r.target_key) for r in store.links("AVEC")} == {("PA-1", closing)}
    assert (result.created["Ecole"], result.updated["Ecole"], result.unchanged["Ecole"]) == (1, 2, SCHOOLS - 2)
    found = messages(result)
    assert (f"1 établissement du graphe est fermé ou sur le point de fermer selon ce fichier : il est marqué "
            f"« Fermé » et gardé, avec ses partenariats ({closing}).") in found
    assert (f"1 établissement du département 35, venu de l’annuaire, ne figure plus dans cet export complet du "
            f"département : il est marqué « Fermé » et gardé, avec ses partenariats ({gone}).") in found
    assert (f"1 établissement va ouvrir (« A OUVRIR ») : il est chargé et marqué « Ouverture prochaine » "
            f"({opening}).") in found
    assert store.counts()["Ecole"] == SCHOOLS + 2

    again = load(store, newer)
    assert not again.written and again.unchanged["Ecole"] == SCHOOLS  # 886 - 1 gone + 1 opening
    assert not [m for m in messages(again) if "marqué « Fermé »" in m]

    # An export of the public écoles only says nothing of the schools it leaves out.
    public = [row for row in rows if row["Type_etablissement"] == "Ecole" and row["Statut_public_prive"] == "Public"
              and row["Identifiant_de_l_etablissement"] != kept]
    partial = load(store, write_export(tmp_path / "ecoles-publiques" / "export.csv", public))
    assert partial.updated["Ecole"] == partial.created["Ecole"] == 0 and store.get("Ecole", kept)["etat"] == "ouvert"

    # The older export again: what it lists is open again; the school it does not know yet is marked closed.
    back = load(store, EXPORT)
    assert store.get("Ecole", closing)["etat"] == store.get("Ecole", gone)["etat"] == "ouvert"
    assert store.get("Ecole", opening)["etat"] == "ferme"
    assert back.updated["Ecole"] == 3


def test_the_import_page_loads_the_export_through_the_same_path_and_says_what_it_left_out(app_test):
    app = app_test("app_pages/importer.py", demo=False)
    app.session_state["import_files"] = [(path.name, path.read_bytes()) for path in (COMMUNES, EXPORT)]
    app.session_state["import_departements"] = "35"
    app.run()
    assert not app.exception and not app.error
    counts = app.dataframe[0].value.set_index("Type de données")
    assert counts.loc["Établissements scolaires", "Ajoutées"] == SCHOOLS
    warnings = app.dataframe[1].value
    said = dict(zip(warnings["Problème et que faire"], warnings["Où"]))
    assert said[NOT_SCHOOLS] == "fr-en-annuaire-education.csv, colonne « Type_etablissement »"
    assert any(message.startswith("1 établissement fermé ou sur le point de fermer") for message in said)
    app.button(key="confirm_import").click().run()
    assert not app.exception
    assert f"Établissements scolaires — lignes : {SCHOOLS} ; ajoutées : {SCHOOLS}" in app.success[0].value


def test_the_command_of_the_readme_loads_the_real_folder(tmp_path):
    env = {**os.environ, "PASSERELLES_STORE": "embedded", "PASSERELLES_DATA_DIR": str(tmp_path / "graphe"),
           "PASSERELLES_CONTOURS": str(tmp_path / "contours.geojson")}
    command = [sys.executable, "-m", "ingest", "territoire", "35", "--dossier", "data/opendata",
               "--dossier", "tests/data/opendata/reel-35"]
    first = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stdout + first.stderr
    # The 886 schools of the directory and one collège « A OUVRIR » that only the geolocation file lists.
    assert "établissements scolaires — lignes : 887 ; ajoutées : 887" in first.stdout
    assert NOT_SCHOOLS in first.stdout and "Import terminé" in first.stdout
    assert "marqué « Ouverture prochaine » (0353083L)" in first.stdout
    again = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert "Rien à enregistrer" in again.stdout


def test_a_closed_school_says_so_in_the_graph_tooltip():
    from queries.explorer import GraphNode
    from ui.graph_view import node_tooltip

    def tooltip(**props):
        return node_tooltip(GraphNode("Ecole:0350944L", "Ecole", "0350944L", "École Guillevic", "35238", "Rennes",
                                      {"niveau": "maternelle", **props}))

    assert "\nÉtat : Fermé" in tooltip(etat="ferme")  # a line of its own in the plain-text tooltip
    assert "\nÉtat : Ouverture prochaine" in tooltip(etat="a_ouvrir")
    assert "État" not in tooltip(etat="ouvert") and "État" not in tooltip()
