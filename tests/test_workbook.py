"""The federation's workbook, loaded for real on both stores: every problem reported at once,
in French, with its place; nothing written when something blocks; a second load changes nothing."""

from __future__ import annotations

import csv
import threading
import time
from pathlib import Path

import pytest
from helpers import dump
from openpyxl import Workbook

from graph.backends.embedded import EmbeddedStore
from graph.changes import PutNode
from graph.errors import NodeExists
from ingest.workbook import load_workbook

SHEETS: dict[str, list[list[str]]] = {
    "departements": [["code_departement", "nom"], ["95", "Val-d'Oise"]],
    "communes": [
        ["code_insee", "nom", "code_departement", "population"],
        ["95018", "Argenteuil", "95", "110 388"],
        ["95063", "Bezons", "95", "32000"],
    ],
    "centres": [
        ["id_centre", "nom", "type", "code_commune", "qpv", "activites", "adherent", "latitude", "longitude"],
        ["CS95-001", "Centre social fictif des Tilleuls", "Centre social", "95018", "", "CLAS|Parentalité", "oui",
         "48,9472", "2,2467"],
        ["CS95-002", "Espace de vie sociale fictif du Parc", "EVS", "95063", "", "ALSH", "non", "", ""],
    ],
    "ecoles": [
        ["uai", "nom", "niveau", "statut", "code_commune", "education_prioritaire"],
        ["0959001T", "École élémentaire fictive des Coquelicots", "élémentaire", "public", "95018", "REP+"],
        ["0959002U", "École maternelle fictive des Lilas", "Ecole maternelle", "Public", "95063", "hors EP"],
    ],
    "partenariats": [
        ["id_partenariat", "id_centre", "uai", "forme", "frequence", "objets", "qualite", "depuis", "interlocuteurs"],
        ["PA-1", "CS95-001", "0959001T", "Convention", "Hebdomadaire", "Accompagnement scolaire|Parentalité",
         "Solide", "sept. 2016", "Direction d'école|Enseignant"],
        ["PA-2", "CS95-002", "0959002U", "Échanges informels", "Ponctuelle", "Culture", "Fragile", "01/2019", ""],
    ],
}


def write_csv_folder(folder: Path, sheets=SHEETS, encoding="utf-8-sig", delimiter=";") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in sheets.items():
        with (folder / f"{name}.csv").open("w", encoding=encoding, newline="") as handle:
            csv.writer(handle, delimiter=delimiter).writerows(rows)
    return folder


def write_xlsx(path: Path, sheets=SHEETS, extra_sheets=True) -> Path:
    book = Workbook()
    book.active.title = "Lisez-moi"
    book.active.append(["Notes de la fédération, à ignorer"])
    for name, rows in sheets.items():
        sheet = book.create_sheet(name.capitalize() if extra_sheets else name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def with_rows(sheet: str, *rows: list[str], replace: bool = False) -> dict[str, list[list[str]]]:
    changed = {name: [list(r) for r in rows_] for name, rows_ in SHEETS.items()}
    changed[sheet] = [changed[sheet][0], *rows] if replace else changed[sheet] + list(rows)
    return changed


def test_a_good_workbook_is_loaded_whole(store, tmp_path):
    result = load_workbook(store, write_csv_folder(tmp_path / "classeur"))
    assert not result.report.problems, result.report.lines()
    assert result.written
    counts = store.counts()
    assert (counts["Commune"], counts["Centre"], counts["Ecole"], counts["Partenariat"]) == (2, 2, 2, 2)
    partnership = store.get("Partenariat", "PA-1")
    assert partnership["objets"] == ["accompagnement_scolaire", "parentalite"]
    assert partnership["depuis"] == "2016-09"
    assert partnership["statut"] == "valide" and partnership["version"] == 1
    assert store.get("Centre", "CS95-001")["latitude"] == 48.9472
    assert store.get("Commune", "95018")["population"] == 110388
    assert store.get("Ecole", "0959001T")["education_prioritaire"] == "rep_plus"
    assert {(r.source_key, r.target_key) for r in store.links("PORTE_PAR")} == {("PA-1", "CS95-001"), ("PA-2", "CS95-002")}


def test_loading_twice_changes_nothing(store, tmp_path):
    folder = write_csv_folder(tmp_path / "classeur")
    load_workbook(store, folder)
    before = dump(store)
    again = load_workbook(store, folder)
    assert not again.written
    assert sum(again.created.values()) == sum(again.updated.values()) == 0
    assert dump(store) == before


def test_a_corrected_row_updates_only_that_row(store, tmp_path):
    load_workbook(store, write_csv_folder(tmp_path / "v1"))
    corrected = with_rows("partenariats", SHEETS["partenariats"][1],
                          ["PA-2", "CS95-001", "0959002U", "Projet commun", "Mensuelle", "Culture", "À construire",
                           "01/2019", ""], replace=True)
    result = load_workbook(store, write_csv_folder(tmp_path / "v2", corrected))
    assert result.updated["Partenariat"] == 1 and result.unchanged["Partenariat"] == 1
    assert store.get("Partenariat", "PA-2")["version"] == 2
    assert store.get("Partenariat", "PA-1")["version"] == 1
    assert ("PA-2", "CS95-001") in {(r.source_key, r.target_key) for r in store.links("PORTE_PAR")}
    assert ("PA-2", "CS95-002") not in {(r.source_key, r.target_key) for r in store.links("PORTE_PAR")}


def test_every_problem_is_reported_at_once_and_nothing_is_written(store, tmp_path):
    load_workbook(store, write_csv_folder(tmp_path / "v1"))
    before = dump(store)
    bad = with_rows(
        "partenariats",
        ["PA-3", "CS95-099", "0959001T", "Convension", "", "", "", "", ""],   # unknown centre, misspelt form
        ["PA-1", "CS95-001", "0959001K", "Convention", "", "", "", "", ""],   # duplicate id, wrong check letter
    )
    bad["communes"].append(["1001", "Commune à zéro perdu", "95", ""])          # INSEE lost its leading zero
    bad["centres"][0] = [c for c in bad["centres"][0] if c != "type"]          # a required column is missing
    bad["centres"][1:] = [[c for i, c in enumerate(r) if i != 2] for r in bad["centres"][1:]]
    result = load_workbook(store, write_csv_folder(tmp_path / "v2", bad))
    assert not result.written
    assert dump(store) == before
    found = {(p.file, p.row, p.column): p for p in result.report.blocking}
    assert "CS95-099" in found[("partenariats.csv", 4, "id_centre")].message
    assert "Convention" in found[("partenariats.csv", 4, "forme")].message          # closest valid value
    assert "ligne 2" in found[("partenariats.csv", 5, "id_partenariat")].message    # names the first row
    assert "0959001T" in found[("partenariats.csv", 5, "uai")].message               # the right check letter
    assert "01001" in found[("communes.csv", 4, "code_insee")].message
    assert ("centres.csv", 1, "type") in found
    assert all(p.message and p.file for p in result.report.problems)
    assert b"CS95-099" in result.report.to_csv()


def test_xlsx_with_extra_sheets_blank_rows_and_header_variants(store, tmp_path):
    sheets = {name: [list(r) for r in rows] for name, rows in SHEETS.items()}
    sheets["ecoles"][0] = ["  UAI ", "Nom", "Niveau", "Statut", "Code Commune", "Éducation prioritaire", "Remarques"]
    sheets["ecoles"].insert(1, ["", "", "", "", "", ""])
    sheets["ecoles"][2][1] += "   "
    result = load_workbook(store, write_xlsx(tmp_path / "classeur.xlsx", sheets))
    assert not result.report.has_blocking, result.report.lines()
    assert store.get("Ecole", "0959001T")["nom"] == "École élémentaire fictive des Coquelicots"
    warnings = {(p.sheet, p.column) for p in result.report.warnings}
    assert ("Lisez-moi", None) in warnings and ("Ecoles", "G (Remarques)") in warnings


def test_xlsx_problems_name_sheet_row_and_column_letter(store, tmp_path):
    sheets = with_rows("ecoles", ["0959003V", "École fictive", "élémentaire", "public", "95999", "REP"])
    result = load_workbook(store, write_xlsx(tmp_path / "classeur.xlsx", sheets))
    [problem] = result.report.blocking
    assert (problem.file, problem.sheet, problem.row, problem.column) == ("classeur.xlsx", "Ecoles", 4, "E (code_commune)")
    assert problem.where() == "classeur.xlsx, feuille « Ecoles », ligne 4, colonne « E (code_commune) »"
    assert store.is_empty()


@pytest.mark.parametrize("encoding,delimiter", [("cp1252", ";"), ("utf-8", ","), ("latin-1", "\t"), ("utf-8-sig", ";")])
def test_csv_encodings_and_separators_are_detected(store, tmp_path, encoding, delimiter):
    result = load_workbook(store, write_csv_folder(tmp_path / "classeur", encoding=encoding, delimiter=delimiter))
    assert not result.report.problems, result.report.lines()
    assert store.get("Ecole", "0959001T")["nom"] == "École élémentaire fictive des Coquelicots"
    assert store.get("Partenariat", "PA-1")["interlocuteurs"] == ["direction_ecole", "enseignant"]


def test_a_school_given_by_name_is_proposed_and_written_only_once_confirmed(store, tmp_path):
    load_workbook(store, write_csv_folder(tmp_path / "v1"))
    by_name = with_rows("partenariats",
                        ["PA-3", "CS95-002", "Ecole des Lilas (Bezons)", "Convention", "", "", "", "", ""])
    folder = write_csv_folder(tmp_path / "v2", by_name)
    before = dump(store)
    proposed = load_workbook(store, folder)
    [problem] = proposed.report.blocking
    assert (problem.row, problem.column, problem.suggestion) == (4, "uai", "0959002U")
    assert "École maternelle fictive des Lilas" in problem.message and "Bezons" in problem.message
    assert dump(store) == before
    confirmed = load_workbook(store, folder, confirmed=proposed.report.proposals())
    assert not confirmed.report.has_blocking and confirmed.written
    assert ("PA-3", "0959002U") in {(r.source_key, r.target_key) for r in store.links("AVEC")}


def test_rows_gone_from_the_file_are_reported_not_deleted(store, tmp_path):
    load_workbook(store, write_csv_folder(tmp_path / "v1"))
    shorter = with_rows("partenariats", SHEETS["partenariats"][1], replace=True)
    result = load_workbook(store, write_csv_folder(tmp_path / "v2", shorter))
    [gone] = [p for p in result.report.warnings if "PA-2" in p.value]
    assert gone.message.startswith("1 partenariat du graphe ne figure plus") and gone.file == "partenariats.csv"
    assert "il n’a pas été supprimé" in gone.message
    assert store.get("Partenariat", "PA-2") is not None


def test_a_node_created_by_someone_else_during_the_load_stops_it_and_a_second_run_converges(store, tmp_path):
    """The load found « PA-2 » absent and creates it; someone else creates it meanwhile:
    the load stops with a French message, keeps their node, and a second run completes the
    graph without a duplicate."""
    folder = write_csv_folder(tmp_path / "classeur")
    apply, lock, done = store.apply, threading.Lock(), []

    def someone_first(changes):  # before the first partnership batch is written, whichever writer has it
        if any(getattr(change, "label", None) == "Partenariat" for change in changes):
            with lock:
                if not done:
                    apply([PutNode("Partenariat", "PA-2", {"forme": "projet_commun"})])
                    done.append(True)
        apply(changes)

    store.apply = someone_first
    with pytest.raises(NodeExists) as caught:
        load_workbook(store, folder)
    store.apply = apply
    assert "PA-2" in caught.value.message() and "Relancez" in caught.value.message()
    assert store.get("Partenariat", "PA-2") == {"id_partenariat": "PA-2", "forme": "projet_commun"}
    again = load_workbook(store, folder)
    assert not again.report.has_blocking
    assert store.counts()["Partenariat"] == 2
    assert store.get("Partenariat", "PA-2")["forme"] == "echanges_informels"
    assert {(r.source_key, r.target_key) for r in store.links("AVEC")} == {("PA-1", "0959001T"), ("PA-2", "0959002U")}


class _SlowToRead(EmbeddedStore):
    """An embedded store slow to read, as a distant server can be: each sheet's planning waits
    on it, long enough for the batches sent before to be written in the meantime."""

    def nodes(self, label: str):
        time.sleep(0.1)
        return super().nodes(label)


def test_the_progress_only_moves_forward_and_reaches_the_end_only_at_the_end(tmp_path):
    told: list[tuple[float, str]] = []
    store = _SlowToRead(tmp_path / "graphe")
    try:
        result = load_workbook(store, write_csv_folder(tmp_path / "csv"), progress=lambda *said: told.append(said))
    finally:
        store.close()
    assert result.written
    fractions = [fraction for fraction, _ in told]
    assert fractions == sorted(fractions), told
    # A sheet's first batch is written before the next sheet is planned: the bar said 100 %
    # there, in the middle of the load, and went back to 50 % after.
    assert [message for fraction, message in told if fraction >= 1] == ["Terminé."], told
    writing = [message for _, message in told if message.startswith("Enregistrement")]
    assert writing, told  # later sheets wait for the earlier ones to be written, and say so
    assert all(int(message.split()[2]) <= int(message.split()[4]) for message in writing), writing
