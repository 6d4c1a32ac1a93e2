"""The import page in a real headless browser: two CSV files dropped on the real uploader,
the trial shown, the import confirmed and said done, in French."""

from __future__ import annotations

from browser import browser, streamlit_app  # noqa: F401  (fixtures)
from test_workbook import write_csv_folder

NEW_PLACES = {  # a department and a commune the demo does not hold
    "departements": [["code_departement", "nom"], ["60", "Oise"]],
    "communes": [["code_insee", "nom", "code_departement", "population"], ["60057", "Beauvais", "60", "54000"]],
}


def test_uploading_csv_files_previews_then_imports(browser, streamlit_app, tmp_path):  # noqa: F811
    files = sorted(str(path) for path in write_csv_folder(tmp_path / "oise", NEW_PLACES).iterdir())
    page = browser.new_page(viewport={"width": 1280, "height": 720}, locale="fr-FR")
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(streamlit_app)
    page.get_by_text("Ce que contient le graphe").wait_for(timeout=90_000)

    page.locator("[data-testid='stSidebarNav']").get_by_text("Importer des données").click()
    page.get_by_role("heading", name="Importer des données").wait_for(timeout=60_000)
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(files)

    page.get_by_text("Ce que l’import changerait").wait_for(timeout=60_000)
    confirm = page.get_by_role("button", name="Confirmer l’import")
    confirm.wait_for(timeout=60_000)
    text = page.inner_text("body")
    assert "rien ne peut être importé" not in text
    assert page.locator("[data-testid='stDataFrame']").count() >= 1

    confirm.click()
    page.get_by_text("Import terminé : tout a été enregistré.").wait_for(timeout=60_000)
    page.get_by_text("Rien à enregistrer").wait_for(timeout=60_000)
    text = page.inner_text("body")
    assert "Départements — lignes : 1 ; ajoutées : 1" in text and "Communes — lignes : 1 ; ajoutées : 1" in text
    assert "Traceback" not in text
    assert page.locator("[data-testid='stException']").count() == 0
    page.screenshot(path=str(tmp_path / "importer.png"), full_page=True)
    assert errors == []
    page.close()
