"""The « Contribuer » and « Validation » pages (AppTest, on a fresh embedded store with the demo): a centre's
contributor proposes a practice, the federation finds it in its queue and validates it; a conflict case is held
back until what could identify someone is replaced; a stale save shows the other person's values without losing
what was typed; what people typed is shown as text."""

from __future__ import annotations

import pytest

from graph.access import Access, Role
from graph.accounts import AccountBook
from graph.changes import PutNode
from graph.guard import GuardedStore

SECRET = "une phrase de passe assez longue"
CONTRIBUER, VALIDATION = "app_pages/contribuer.py", "app_pages/validation.py"
HOSTILE = "<img src=x onerror=alert(1)> **gras** :red[rouge]"


@pytest.fixture
def accounts(tmp_path, monkeypatch):
    path = tmp_path / "comptes.json"
    book = AccountBook(path)
    book.add("federation", Role.ADMIN, [], SECRET)
    book.add("acacias", Role.CONTRIBUTOR, ["CS95-001"], SECRET)
    book.add("partenaire", Role.READER, [], SECRET)
    monkeypatch.setenv("PASSERELLES_COMPTES", str(path))
    return book


def sign_in(app, name: str):
    if [b for b in app.sidebar.button if b.key == "sign_out"]:
        app.sidebar.button(key="sign_out").click().run()
    app.sidebar.text_input(key="sign_in_name").input(name)
    app.sidebar.text_input(key="sign_in_password").input(SECRET)
    app.sidebar.button[0].click().run()
    assert not app.exception, app.exception
    return app


def texts(elements) -> str:
    return "\n".join(str(element.value) for element in elements)


def the_store():
    """The store the app opened (cached once per process): to act as another person in between."""
    from ui.state import _open

    return _open()


def fill_practice(app, title: str):
    app.selectbox(key="contribuer_kind").set_value("Pratique").run()
    app.text_input(key="contribuer.Pratique.titre").input(title)
    app.text_area(key="contribuer.Pratique.favorise").input("La directrice ouvre la salle des parents.")
    app.selectbox(key="contribuer.Pratique.resultat").set_value("en_cours")
    app.multiselect(key="contribuer.Pratique.themes").select("parentalite")
    return app.button(key="contribuer_save").click().run()


def test_a_practice_proposed_by_a_centre_is_validated_by_the_federation(app_test, accounts):
    app = app_test(CONTRIBUER)
    app.run()
    assert "lecteur" in texts(app.info)  # not signed in: nothing to fill
    assert not [b for b in app.button if b.key == "contribuer_save"]
    sign_in(app, "acacias")
    assert app.selectbox(key="contribuer_centre").options == ["Centre social fictif des Acacias"]
    fill_practice(app, "Café des parents du jeudi")
    assert not app.exception and "brouillon" in texts(app.success)
    key = app.selectbox(key="contribuer_item").value
    assert key.startswith("PR-") and the_store().get("Pratique", key)["statut"] == "brouillon"

    app.switch_page(VALIDATION).run()
    mine = app.dataframe[0].value
    assert "Café des parents du jeudi" in mine["Élément"].tolist()

    sign_in(app, "federation")
    app.switch_page(VALIDATION).run()
    queue = app.dataframe[0].value
    row = queue[queue["Élément"] == "Café des parents du jeudi"]
    assert row["Proposé par"].tolist() == ["acacias"] and row["Centre"].tolist() == ["Centre social fictif des Acacias"]
    app.selectbox(key="validation_item").set_value(f"Pratique|{key}").run()
    app.button(key="validation_validate").click().run()
    assert not app.exception and "validée" in texts(app.success)
    assert "Café des parents du jeudi" not in app.dataframe[0].value["Élément"].tolist()
    assert the_store().get("Pratique", key)["statut"] == "valide"

    sign_in(app, "partenaire")
    app.switch_page(VALIDATION).run()
    assert "lecteur" in texts(app.info) and not app.dataframe


def test_a_case_is_held_back_until_what_identifies_someone_is_replaced(app_test, accounts):
    app = sign_in(app_test(CONTRIBUER).run(), "acacias")
    app.selectbox(key="contribuer_kind").set_value("Situation").run()
    app.selectbox(key="contribuer.Situation.nature").set_value("sanction")
    app.selectbox(key="contribuer.Situation.sollicite_par").set_value("parent")
    app.selectbox(key="contribuer.Situation.posture").set_value("mediation")
    app.text_area(key="contribuer.Situation.recit").input("La mère de Yanis a appelé du 06 12 34 56 78.")
    cases = the_store().keys("Situation")
    app.button(key="contribuer_save").click().run()
    assert not app.exception and "Rien n’est enregistré" in texts(app.error)
    warnings = texts(app.warning)
    assert "Yanis" in warnings and "06 12 34 56 78" in warnings
    assert the_store().keys("Situation") == cases
    app.button(key="contribuer_replace").click().run()
    assert app.text_area(key="contribuer.Situation.recit").value == "La mère de [prénom] a appelé du [téléphone]."
    app.button(key="contribuer_save").click().run()
    assert not app.exception and "brouillon" in texts(app.success)
    key = app.selectbox(key="contribuer_item").value
    assert the_store().get("Situation", key)["recit"] == "La mère de [prénom] a appelé du [téléphone]."


def test_a_stale_save_shows_the_other_values_and_keeps_what_was_typed(app_test, accounts):
    app = sign_in(app_test(CONTRIBUER).run(), "acacias")
    app.selectbox(key="contribuer_kind").set_value("Pratique").run()
    items = app.selectbox(key="contribuer_item").options
    key = "PR-013"
    assert any(option.startswith("Une convention") for option in items)
    app.selectbox(key="contribuer_item").set_value(key).run()
    read = the_store().get("Pratique", key)
    assert app.text_input(key="contribuer.Pratique.titre").value == read["titre"]
    # meanwhile, the federation changes the same practice
    GuardedStore(the_store(), Access(Role.ADMIN, account="federation")).apply(
        [PutNode("Pratique", key, {"obstacles": "Le changement de direction de l’école."},
                 expected_version=read["version"])])
    app.text_input(key="contribuer.Pratique.titre").input("Mon titre à moi")
    app.button(key="contribuer_save").click().run()
    assert not app.exception
    assert "pendant que vous le modifiiez" in texts(app.warning)
    table = app.dataframe[0].value
    assert table["Enregistré entre-temps"].tolist() == ["Le changement de direction de l’école."]
    assert app.text_input(key="contribuer.Pratique.titre").value == "Mon titre à moi"
    assert the_store().get("Pratique", key)["titre"] == read["titre"]
    app.button(key="contribuer_keep_mine").click().run()
    app.button(key="contribuer_save").click().run()
    assert not app.exception and "attend la validation de la fédération" in texts(app.success)
    assert "Modification en attente de validation" in texts(app.info)  # the form shows the proposal, marked
    mine = GuardedStore(the_store(), Access(Role.CONTRIBUTOR, frozenset({"CS95-001"}), "acacias")).get("Pratique", key)
    assert mine["titre"] == "Mon titre à moi" and mine["version"] == read["version"] + 2
    assert the_store().get("Pratique", key)["titre"] == read["titre"]  # published: readers keep it until validated


def test_what_people_typed_is_shown_as_text(app_test, accounts):
    app = sign_in(app_test(CONTRIBUER).run(), "acacias")
    fill_practice(app, HOSTILE)
    assert not app.exception and "brouillon" in texts(app.success)
    sign_in(app, "federation")
    app.switch_page(VALIDATION).run()
    assert HOSTILE in app.dataframe[0].value["Élément"].tolist()  # a table cell: text, never markup
    item = app.selectbox(key="validation_item")
    item.select_index(next(i for i, k in enumerate(item.options) if "<img" in k)).run()
    app.text_area(key="validation_comment").input(HOSTILE)
    app.button(key="validation_reject").click().run()
    assert not app.exception and "rejetée" in texts(app.success)
    sign_in(app, "acacias")
    app.switch_page(VALIDATION).run()
    mine = app.dataframe[0].value
    assert mine[mine["Élément"] == HOSTILE]["Commentaire de la fédération"].tolist() == [HOSTILE]
    # the demo's items were stamped by the import, maybe in the same second: choose the rejected one
    mine_item = app.selectbox(key="validation_mine_item")
    mine_item.select_index(next(i for i, k in enumerate(mine_item.options) if "<img" in k)).run()
    assert any(HOSTILE in element.value for element in app.text)  # the comment in the item's history, as text
    for page in (VALIDATION, CONTRIBUER):
        app.switch_page(page).run()
        rendered = "\n".join(texts(getattr(app, name)) for name in ("markdown", "caption", "success", "error",
                                                                   "warning", "info"))
        assert "<img" not in rendered and ":red[" not in rendered


def test_the_federation_restores_a_version_reviews_old_cases_and_exports_a_centre(app_test):
    import datetime as dt

    app = app_test(CONTRIBUER).run()  # no account configured: the laptop's user is the federation
    app.selectbox(key="contribuer_kind").set_value("Pratique").run()
    app.selectbox(key="contribuer_centre").set_value("CS95-001").run()
    app.selectbox(key="contribuer_item").set_value("PR-013").run()
    original = the_store().get("Pratique", "PR-013")["titre"]
    app.text_input(key="contribuer.Pratique.titre").input("Titre provisoire")
    app.button(key="contribuer_save").click().run()
    assert not app.exception and the_store().get("Pratique", "PR-013")["titre"] == "Titre provisoire"

    app.switch_page(VALIDATION).run()
    app.selectbox(key="validation_history_kind").set_value("Pratique").run()
    app.selectbox(key="validation_history_item").set_value("PR-013").run()
    changes = [frame.value for frame in app.dataframe if "Avant" in frame.value.columns]
    assert [(row["Champ"], row["Avant"], row["Après"]) for frame in changes for _, row in frame.iterrows()] == [
        ("Titre", original, "Titre provisoire")]
    app.button(key="validation_restore_0").click().run()
    assert not app.exception and "restaurée" in texts(app.success)
    assert the_store().get("Pratique", "PR-013")["titre"] == original

    today = dt.date.today()
    old = [c for c in the_store().nodes("Situation")
           if (today.year - int(c["date"][:4])) * 12 + today.month - int(c["date"][5:7]) > 36]
    retention = [frame.value for frame in app.dataframe if "Âge (mois)" in frame.value.columns]
    assert len(retention) == 1 and sorted(retention[0]["Situation"]) == sorted(c["id_situation"] for c in old)

    app.selectbox(key="validation_data_centre").set_value("CS95-001").run()
    app.button(key="validation_export").click().run()
    assert not app.exception
    downloads = app.get("download_button")
    assert len(downloads) == 1
