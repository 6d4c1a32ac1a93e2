"""What the import says, and where: rows as the spreadsheet numbers them, long values as excerpts, French that
agrees with the kind it names, and a centre across the border of the département kept with a warning that says
which command to run."""

from __future__ import annotations

import csv
import io

import pytest

from graph.backends.embedded import EmbeddedStore
from graph.i18n import t
from graph.schema import KIND_LIST, KINDS
from ingest.report import EXCERPT
from ingest.workbook import load_workbook
from test_workbook import SHEETS, with_rows, write_csv_folder

PRACTICE_HEADER = ["id_pratique", "titre", "description", "id_centre", "resultat"]


def write_csv(path, rows: list[list[str]]):
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


# --- rows as the spreadsheet shows them ---------------------------------------------------------------------------


def test_a_csv_row_after_a_cell_on_several_lines_is_named_as_a_spreadsheet_shows_it(tmp_path):
    """A spreadsheet opens a quoted cell written on three lines as one row: the bad value two records below the
    header is on row 3 (its physical line is the 5th)."""
    folder = write_csv_folder(tmp_path / "classeur")
    write_csv(folder / "pratiques.csv", [
        PRACTICE_HEADER,
        ["PR-1", "Café des parents", "Le jeudi matin,\nà l’école,\navec les parents.", "CS95-001", "A marché"],
        ["PR-2", "Goûter", "Le vendredi.", "CS95-001", "Magie noire"],
    ])
    assert (folder / "pratiques.csv").read_text("utf-8").splitlines()[4].startswith("PR-2")
    with EmbeddedStore(tmp_path / "graphe") as store:
        result = load_workbook(store, folder, dry_run=True)
    [problem] = result.report.blocking
    assert problem.where() == "pratiques.csv, ligne 3, colonne « resultat »"
    assert problem.value == "Magie noire"


def test_a_csv_cut_inside_quotes_names_the_row_where_they_open(tmp_path):
    path = tmp_path / "pratiques.csv"
    path.write_text(";".join(PRACTICE_HEADER) + '\nPR-1;Café;"Sur deux\nlignes";CS95-001;\nPR-2;Thé;"coupé',
                    encoding="utf-8")
    with EmbeddedStore(tmp_path / "graphe") as store:
        result = load_workbook(store, path, dry_run=True)
    [problem] = result.report.blocking
    assert problem.row == 3 and "vers la ligne 3" in problem.message  # the 4th physical line


# --- long values --------------------------------------------------------------------------------------------------


def test_a_long_value_is_an_excerpt_in_the_report_and_its_download(tmp_path):
    long_title = "Café des parents, " * 2_800  # 50,400 characters: more than a spreadsheet cell holds
    long_description = "Un café le jeudi. " * 1_400  # 25,200: more than the schema admits
    folder = write_csv_folder(tmp_path / "classeur")
    write_csv(folder / "pratiques.csv", [PRACTICE_HEADER, ["PR-1", long_title, "Court.", "CS95-001", ""],
                                         ["PR-2", "Goûter", long_description, "CS95-001", ""]])
    with EmbeddedStore(tmp_path / "graphe") as store:
        result = load_workbook(store, folder, dry_run=True)
    by_row = {p.row: p for p in result.report.blocking}
    assert by_row[2].where() == "pratiques.csv, ligne 2, colonne « titre »"
    assert by_row[2].value.startswith("Café des parents, Café")
    assert by_row[2].value.endswith("(50\u202f400 caractères en tout)")
    assert by_row[3].where() == "pratiques.csv, ligne 3, colonne « description »"
    assert by_row[3].value.endswith("(25\u202f200 caractères en tout)") and "raccourcissez" in by_row[3].message
    rows = list(csv.reader(io.StringIO(result.report.to_csv().decode("utf-8-sig")), delimiter=";"))
    header = rows[0]
    assert max(len(row[header.index("valeur")]) for row in rows[1:]) <= EXCERPT
    assert max(len(cell) for row in rows for cell in row) < 1_000


# --- French agreement ---------------------------------------------------------------------------------------------

FEMININE = {"Commune", "Pratique", "Situation", "Rencontre", "Question", "Grille", "Evaluation"}


def test_every_kind_says_its_gender():
    assert {kind.label for kind in KIND_LIST if kind.gender == "f"} == FEMININE


@pytest.mark.parametrize("kind", KIND_LIST, ids=[kind.label for kind in KIND_LIST])
def test_the_missing_rows_message_agrees_with_the_kind(kind):
    for count in (1, 15):
        message = t(f"ingest.missing_rows.{kind.gender}", count=count, counted=kind.counted(count), keys="X")
        noun = kind.title if count == 1 else kind.plural
        assert message.startswith(f"{count} {noun} du graphe ne figure{'nt' if count > 1 else ''} plus")
        pronoun = {("f", 1): "elle n’a", ("f", 15): "elles n’ont", ("m", 1): "il n’a", ("m", 15): "ils n’ont"}
        assert pronoun[(kind.gender, count)] in message


def test_fifteen_practices_gone_from_the_file_are_told_in_the_feminine(store, tmp_path):
    practices = [PRACTICE_HEADER] + [[f"PR-{n}", f"Pratique {n}", "", "CS95-001", ""] for n in range(1, 17)]
    load_workbook(store, write_csv_folder(tmp_path / "v1", {**SHEETS, "pratiques": practices}))
    result = load_workbook(store, write_csv_folder(tmp_path / "v2", {**SHEETS, "pratiques": practices[:2]}))
    [gone] = [p for p in result.report.warnings if p.file == "pratiques.csv"]
    assert gone.message.startswith("15 pratiques du graphe ne figurent plus dans ce fichier (PR-10, PR-11")
    assert "elles n’ont pas été supprimées. Si elles n’existent plus" in gone.message
    assert store.get("Pratique", "PR-16") is not None


# --- a centre across the border -----------------------------------------------------------------------------------


def test_a_centre_in_a_departement_not_loaded_is_kept_with_the_command_to_run(store, tmp_path):
    sheets = with_rows("centres", ["CS78-001", "Centre social fictif de la Lisière", "Centre social", "78646",
                                   "QP078015", "CLAS", "oui", "48,80", "2,13"])
    sheets["partenariats"].append(["PA-3", "CS78-001", "0959001T", "Convention", "", "", "", "", ""])
    result = load_workbook(store, write_csv_folder(tmp_path / "classeur", sheets))
    assert not result.report.has_blocking and result.written, result.report.lines()
    [warning] = [p for p in result.report.warnings if p.value == "78646"]
    assert warning.where() == "centres.csv, ligne 4, colonne « code_commune »"
    assert "département 78, qui n’est pas encore chargé" in warning.message
    assert "« python3 -m ingest territoire 78 »" in warning.message and "relancez cet import" in warning.message
    [qpv] = [p for p in result.report.warnings if p.value == "QP078015"]  # the same for the QPV it serves
    assert qpv.message.startswith("Le quartier prioritaire (QPV) QP078015 est dans le département 78, qui n’est pas "
                                  "encore chargé") and "« python3 -m ingest territoire 78 »" in qpv.message
    assert warning.message.startswith("La commune 78646 est dans le département 78")
    assert store.get("Centre", "CS78-001") is not None and store.get("Partenariat", "PA-3") is not None
    assert "CS78-001" not in {link.source_key for link in store.links("SITUE_DANS", "Centre")}
    assert "CS78-001" not in {link.source_key for link in store.links("INTERVIENT_EN")}

    # The département loaded, the same workbook again: the link is added, nothing is said.
    territory = {"departements": [["code_departement", "nom"], ["78", "Yvelines"]],
                 "communes": [["code_insee", "nom", "code_departement"], ["78646", "Versailles", "78"]],
                 "qpv": [["code_qpv", "nom", "communes"], ["QP078015", "Quartier fictif", "78646"]]}
    assert load_workbook(store, write_csv_folder(tmp_path / "territoire", territory)).written
    again = load_workbook(store, write_csv_folder(tmp_path / "classeur", sheets))
    assert not [p for p in again.report.problems if "pas encore chargé" in p.message], again.report.lines()
    assert ("CS78-001", "78646") in {(link.source_key, link.target_key) for link in store.links("SITUE_DANS", "Centre")}
    assert ("CS78-001", "QP078015") in {(link.source_key, link.target_key) for link in store.links("INTERVIENT_EN")}


def test_an_unknown_commune_of_a_loaded_departement_still_blocks(tmp_path):
    sheets = with_rows("centres", ["CS95-003", "Centre social fictif", "Centre social", "95999", "", "", "", "", ""])
    with EmbeddedStore(tmp_path / "graphe") as store:
        result = load_workbook(store, write_csv_folder(tmp_path / "classeur", sheets))
    [problem] = result.report.blocking
    assert problem.value == "95999" and "introuvable parmi les communes" in problem.message
    assert KINDS["Centre"].link("code_commune").target == "Commune"
