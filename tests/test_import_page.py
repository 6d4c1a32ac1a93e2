"""The import page, run with AppTest on a fresh, empty embedded store: a trial load shows what
would change and every problem; confirming writes it all; a blocking problem stops everything.

AppTest cannot drive a file uploader, so the tests put the uploaded files where the
uploader's callback puts them: ``st.session_state["import_files"]``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from markdown_model import shown
from test_page_access import accounts, sign_in  # noqa: F401  (a fixture: the demo's three accounts)
from test_workbook import SHEETS, with_rows, write_csv_folder

APP = Path(__file__).resolve().parent.parent / "app.py"
PAGE = "app_pages/importer.py"


@pytest.fixture
def app(app_test):
    return app_test(PAGE, demo=False)


def uploads(folder: Path, sheets=SHEETS) -> list[tuple[str, bytes]]:
    """The CSV files of ``sheets`` as the uploader hands them over: (file name, bytes)."""
    return [(path.name, path.read_bytes()) for path in sorted(write_csv_folder(folder, sheets).iterdir())]


def texts(elements) -> str:
    return "\n".join(element.value for element in elements)


def test_the_page_renders_and_asks_for_files(app):
    app.run()
    assert not app.exception
    assert app.title[0].value == "Importer des données"
    assert "Déposez un classeur" in texts(app.info)
    assert not app.button


def test_preview_then_confirm_writes_everything_once(app, tmp_path):
    app.session_state["import_files"] = uploads(tmp_path / "classeur")
    app.run()
    assert not app.exception
    counts = app.dataframe[0].value.set_index("Type de données")
    assert counts.loc["Partenariats", "Lignes"] == 2 and counts.loc["Partenariats", "Ajoutées"] == 2
    assert counts.loc["Communes", "Ajoutées"] == 2 and counts.loc["Départements", "Ajoutées"] == 1
    assert counts[["Mises à jour", "Inchangées"]].to_numpy().sum() == 0
    assert not app.error and len(app.dataframe) == 1  # no problem, no problem table
    assert app.button(key="confirm_import").label == "Confirmer l’import"

    app.button(key="confirm_import").click().run()
    assert not app.exception
    success = texts(app.success)
    assert "Import terminé" in success
    assert "Partenariats — lignes : 2 ; ajoutées : 2 ; mises à jour : 0 ; inchangées : 0" in success

    app.run()  # the same files again: the graph already holds them
    assert not app.exception
    counts = app.dataframe[0].value.set_index("Type de données")
    assert (counts["Inchangées"] == counts["Lignes"]).all() and counts["Lignes"].sum() == 9
    assert counts[["Ajoutées", "Mises à jour"]].to_numpy().sum() == 0
    assert "Rien à enregistrer" in texts(app.info)
    assert not [button for button in app.button if button.key == "confirm_import"]

    app.switch_page("app_pages/accueil.py").run()
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Partenariats"] == "2" and metrics["Centres"] == "2"


def test_new_files_replace_the_preview(app, tmp_path):
    app.session_state["import_files"] = uploads(tmp_path / "v1")
    app.run()
    assert app.dataframe[0].value["Lignes"].sum() == 9
    app.session_state["import_files"] = uploads(tmp_path / "v2", {"departements": SHEETS["departements"]})
    app.run()
    assert not app.exception
    assert app.dataframe[0].value["Type de données"].tolist() == ["Départements"]


def test_a_blocking_problem_is_shown_where_it_is_and_nothing_can_be_confirmed(app, tmp_path):
    bad = with_rows("partenariats", ["PA-3", "CS95-099", "0959001T", "Convention", "", "", "", "", ""])
    app.session_state["import_files"] = uploads(tmp_path / "mauvais", bad)
    app.run()
    assert not app.exception
    [error] = app.error
    assert "rien ne peut être importé" in error.value
    assert not [button for button in app.button if button.key == "confirm_import"]
    problems = app.dataframe[1].value
    assert list(problems.columns) == ["Où", "Valeur", "Problème et que faire"]
    [row] = problems.to_dict("records")
    assert row["Où"] == "partenariats.csv, ligne 4, colonne « id_centre »"
    assert row["Valeur"] == "CS95-099" and "CS95-099" in row["Problème et que faire"]
    warnings = app.dataframe[2].value
    assert warnings["Problème et que faire"].str.contains("rien n’a été enregistré").any()
    assert any(subheader.value.startswith("Erreurs bloquantes (1)") for subheader in app.subheader)


def test_a_school_written_by_name_is_confirmed_on_the_page_then_imported(app, tmp_path):
    by_name = with_rows("partenariats", ["PA-3", "CS95-002", "Ecole des Lilas (Bezons)", "Convention", "", "", "",
                                         "", ""])
    app.session_state["import_files"] = uploads(tmp_path / "classeur", by_name)
    app.run()
    assert not app.exception
    label = shown(app.checkbox[0].label)  # the name as typed, shown as text (tests/test_markdown_inert.py)
    assert "0959002U" in label and "Ecole des Lilas (Bezons)" in label
    assert not [b for b in app.button if b.key == "confirm_import"]
    app.checkbox[0].check().run()
    assert not app.exception
    assert "Confirmé : « Ecole des Lilas (Bezons) » → 0959002U" in shown(texts(app.caption))
    app.button(key="confirm_import").click().run()
    assert not app.exception
    assert "Import terminé" in texts(app.success)


def test_open_data_files_are_recognised_and_limited_to_the_departements_typed(app):
    opendata = Path(__file__).resolve().parent.parent / "data" / "opendata"
    app.session_state["import_files"] = [(name, (opendata / name).read_bytes())
                                         for name in ("communes-france-2024.csv", "qpv-2015-demographie-2022.csv")]
    app.session_state["import_departements"] = "95"
    app.run()
    assert not app.exception
    counts = app.dataframe[0].value.set_index("Type de données")
    assert counts.loc["Communes", "Ajoutées"] == 184 and counts.loc["Quartiers prioritaires (QPV)", "Ajoutées"] == 41


def test_an_import_from_the_app_is_in_the_history_under_the_persons_account(app_test, accounts, tmp_path):
    """The import goes through the person's guarded store: every item it writes is stamped with their account,
    and traced in the history (issue 17, 7)."""
    from test_page_access import sign_in

    from ui.state import _open

    app = app_test(demo=False)
    app.run()
    sign_in(app, "federation")
    app.switch_page(PAGE)
    app.session_state["import_files"] = uploads(tmp_path / "classeur")
    app.run()
    app.button(key="confirm_import").click().run()
    assert not app.exception
    assert "Import terminé" in texts(app.success)
    store = _open()
    partnerships = store.nodes("Partenariat")
    assert len(partnerships) == 2
    for props in partnerships:
        assert props["contribue_par"] == "federation"
        [trace] = store.history("Partenariat", props["id_partenariat"])[:1]
        assert (trace.account, trace.action) == ("federation", "creation")
    assert {trace.account for trace in store.history("Departement", "95")} == {"federation"}
