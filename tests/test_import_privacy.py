"""No identifying detail through any import: every free text of every row is read by the contribution form's
check (``graph.privacy``); a finding blocks the load, on both stores, and the report — its lines, its CSV
download, the import page, the command line — shows it masked, never as written.

The free texts are the schema's (``longtext`` columns): a test walks every one of them, with the demo's own
rows, so that a free text added to the schema is read without anyone listing it here.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import dump

from graph.access import Access, Role
from graph.backends.embedded import EmbeddedStore
from graph.guard import GuardedStore
from graph.privacy import check_texts
from graph.schema import KIND_LIST, KINDS
from ingest.demo import DEMO_DIR, load_demo
from ingest.workbook import load_workbook
from queries.contributions import save_contribution
from queries.privacy import IdentifyingDetails, check_case
from test_workbook import SHEETS, write_csv_folder, write_xlsx
from ui.importing import problem_rows

ROOT = Path(__file__).resolve().parent.parent
CHILD, PHONE, EMAIL = "Yanis", "06 12 34 56 78", "fatou.diarra@gmail.com"
# What must never be read anywhere but in the person's own file (the phone number's middle digits too).
SECRETS = (CHILD, PHONE, "12 34 56", EMAIL, "diarra")
STORY = (f"La mère de {CHILD} a appelé le centre au {PHONE} pour contester la sanction ; "
         f"elle a aussi écrit à {EMAIL}.")
CASES = [
    ["id_situation", "date", "nature", "sollicite_par", "posture", "recit", "actions", "id_centre", "uai"],
    ["SC-1", "03/2019", "Sanction ou exclusion", "L’école", "Médiation en présence des deux parties", STORY,
     "Rencontre des deux parties au centre.", "CS95-001", "0959001T"],
]


def with_cases(rows=CASES) -> dict[str, list[list[str]]]:
    return {**SHEETS, "situations": [list(row) for row in rows]}


def write(tmp_path: Path, shape: str, sheets) -> Path:
    if shape == "xlsx":
        return write_xlsx(tmp_path / "classeur.xlsx", sheets)
    return write_csv_folder(tmp_path / "classeur", sheets)


def assert_nothing_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"« {secret} » is repeated in: {text[:300]}"


@pytest.mark.parametrize("shape", ["xlsx", "csv"])
def test_a_childs_name_and_a_parents_phone_block_the_import_and_are_masked(store, tmp_path, shape):
    before = dump(store)
    result = load_workbook(store, write(tmp_path, shape, with_cases()))
    assert not result.written and dump(store) == before, "something was written"
    found = [p for p in result.report.blocking if p.value and "•" in p.value]
    assert [p.value for p in found] == ["Y••••", "06 •• •• •• 78", "f••••.d•••••@g••••.c••"], result.report.lines()
    for problem in found:
        where = problem.where()
        assert ("feuille « Situations », ligne 2, colonne « F (recit) »" if shape == "xlsx"
                else "situations.csv, ligne 2, colonne « recit »") in where, where
        assert problem.value in problem.message and "relancez l’import" in problem.message
    assert [p.message.split(" (")[0] for p in found] == ["Un prénom", "Un numéro de téléphone",
                                                         "Une adresse électronique"]
    assert "au caractère 12 de la case" in found[0].message  # where to find it in a long text
    report = result.report
    assert_nothing_secret("\n".join(report.lines()))
    assert_nothing_secret(report.to_csv().decode("utf-8-sig"))
    assert_nothing_secret(repr(problem_rows(report.problems)))  # the page's tables


def test_every_free_text_of_every_kind_is_read(tmp_path):
    """For each ``longtext`` column of the schema: the demo's first row of that kind, with a phone number in that
    column only, loaded over the demo — refused at that column, the number masked."""
    with EmbeddedStore(tmp_path / "graphe") as store:
        assert not load_demo(store).report.has_blocking
        narratives = [(kind, name) for kind in KIND_LIST for name in kind.narratives]
        assert len(narratives) >= 15
        for kind, name in narratives:
            rows = list(csv.reader(io.StringIO((DEMO_DIR / f"{kind.sheet}.csv").read_text("utf-8-sig")), delimiter=";"))
            header, first = rows[0], rows[1]
            first[header.index(name)] = f"Pour la suite, appeler le {PHONE}."
            folder = tmp_path / kind.sheet / name
            folder.mkdir(parents=True)
            with (folder / f"{kind.sheet}.csv").open("w", encoding="utf-8", newline="") as handle:
                csv.writer(handle, delimiter=";").writerows([header, first])
            result = load_workbook(store, folder, dry_run=True)
            blocking = result.report.blocking
            assert [(p.row, p.column, p.value) for p in blocking] == [(2, name, "06 •• •• •• 78")], \
                (kind.label, name, result.report.lines())
            assert_nothing_secret("\n".join(result.report.lines()))


def test_a_date_of_birth_is_refused_in_a_case_and_the_date_of_an_event_kept(tmp_path):
    dated = "Lancée le 5 juin 2018, à la rentrée."
    born = "L’enfant, né le 5 juin 2012, vient au CLAS."
    practice = [["id_pratique", "titre", "description", "id_centre"], ["PR-1", "Café des parents", dated, "CS95-001"]]
    with EmbeddedStore(tmp_path / "graphe") as store:
        kept = load_workbook(store, write_csv_folder(tmp_path / "pratique", {**SHEETS, "pratiques": practice}))
        assert not kept.report.problems and kept.written
        assert store.get("Pratique", "PR-1")["description"] == dated
        refused = load_workbook(store, write_csv_folder(tmp_path / "naissance", with_cases(
            [CASES[0], [*CASES[1][:5], born, "", *CASES[1][7:]]])))
        assert [(p.column, p.value) for p in refused.report.blocking] == [("recit", "n• l• 5 j••• 2•••")]
        assert store.get("Situation", "SC-1") is None
        # the day a call or a meeting took place identifies no one (six corpora written from outside agree)
        event = load_workbook(store, write_csv_folder(tmp_path / "appel", with_cases(
            [CASES[0], [*CASES[1][:5], dated, "", *CASES[1][7:]]])))
        assert not event.report.blocking and store.get("Situation", "SC-1")["recit"] == dated


def test_the_form_and_the_import_find_the_same_things(tmp_path):
    with EmbeddedStore(tmp_path / "graphe") as store:
        load_workbook(store, write_csv_folder(tmp_path / "classeur"))
        values = dict(zip(CASES[0], CASES[1], strict=True))
        form = check_case(store, values, school=True)
        imported = load_workbook(store, write_csv_folder(tmp_path / "cas", with_cases()), dry_run=True)
        assert [(f.field, f.kind) for f in form] == [("recit", "prenom"), ("recit", "telephone"),
                                                      ("recit", "courriel")]
        assert [(p.column, p.value) for p in imported.report.blocking] == [
            (f.field, mask) for f, mask in zip(form, ("Y••••", "06 •• •• •• 78", "f••••.d•••••@g••••.c••"))]
        assert check_texts(KINDS["Situation"], values) == form  # the form's check is the schema-wide one


def test_a_row_refused_for_its_key_is_read_too_and_a_too_long_story_is_shown_masked(tmp_path):
    long_story = f"Appeler le {PHONE}. " + "La famille est reçue au centre. " * 800  # over 20,000 characters
    rows = [CASES[0], ["SC 1", *CASES[1][1:]], ["SC-2", *CASES[1][1:5], long_story, *CASES[1][6:]]]
    with EmbeddedStore(tmp_path / "graphe") as store:
        result = load_workbook(store, write_csv_folder(tmp_path / "cas", with_cases(rows)))
        blocking = result.report.blocking
        assert {(p.row, p.value) for p in blocking if p.column == "recit" and p.row == 2} >= {(2, "Y••••")}
        [too_long] = [p for p in blocking if p.row == 3]
        assert "raccourcissez" in too_long.message.lower()
        assert too_long.value.startswith("Appeler le 06 •• •• •• 78.") and "caractères en tout" in too_long.value
        assert len(too_long.value) <= 200
        assert_nothing_secret("\n".join(result.report.lines()))
        assert_nothing_secret(result.report.to_csv().decode("utf-8-sig"))


def test_the_import_page_and_its_download_show_nothing_secret(app_test, tmp_path):
    app = app_test("app_pages/importer.py", demo=False)
    folder = write_csv_folder(tmp_path / "classeur", with_cases())
    app.session_state["import_files"] = [(path.name, path.read_bytes()) for path in sorted(folder.iterdir())]
    app.run()
    assert not app.exception
    assert app.error and not [button for button in app.button if button.key == "confirm_import"]
    shown = [frame.value.to_csv() for frame in app.dataframe] + [element.value for element in app.markdown]
    assert any("06 •• •• •• 78" in text for text in shown)
    assert_nothing_secret("\n".join(shown))
    # The download button's data is the report's CSV of the trial kept in the session.
    assert_nothing_secret(app.session_state["import_preview"]["result"].report.to_csv().decode("utf-8-sig"))


def test_the_command_line_prints_and_saves_nothing_secret(tmp_path):
    folder = write_csv_folder(tmp_path / "classeur", with_cases())
    saved = tmp_path / "rapport.csv"
    env = {**os.environ, "PASSERELLES_STORE": "embedded", "PASSERELLES_DATA_DIR": str(tmp_path / "graphe")}
    result = subprocess.run([sys.executable, "-m", "ingest", "charger", str(folder), "--rapport", str(saved)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 2, result.stderr
    assert "06 •• •• •• 78" in result.stdout
    assert_nothing_secret(result.stdout + result.stderr)
    assert_nothing_secret(saved.read_bytes().decode("utf-8-sig"))


def test_the_form_refuses_what_the_import_refuses_in_every_kind(tmp_path):
    """A practice, a question, a partner's view: the form reads their free texts as an import does."""
    with EmbeddedStore(tmp_path / "graphe") as store:
        assert not load_demo(store).report.has_blocking
        centre = GuardedStore(store, Access(Role.CONTRIBUTOR, frozenset({"CS95-001"}), "acacias"))
        practice = {"titre": "Café des parents", "description": f"Pour s’inscrire, appeler le {PHONE}."}
        before = store.counts()["Pratique"]
        with pytest.raises(IdentifyingDetails) as refused:
            save_contribution(centre, "Pratique", practice, centre="CS95-001")
        assert [(f.field, f.kind) for f in refused.value.findings] == [("description", "telephone")]
        assert refused.value.message().startswith("Rien n’est enregistré")
        assert store.counts()["Pratique"] == before
        dated = {**practice, "description": "Lancée le 5 juin 2018, à la rentrée."}  # a date is no family's
        save_contribution(centre, "Pratique", dated, centre="CS95-001")
        assert store.counts()["Pratique"] == before + 1
