"""The « Comptes » page (AppTest): the federation creates, changes, disables, resets and deletes accounts, with
centres chosen among the graph's; each change ends the account's sessions and is in the history; nobody else
gets the page."""

from __future__ import annotations

import pytest

from graph.access import Role
from helpers import accounts_in, sign_in
from markdown_model import shown as markdown_shown

PAGE = "app_pages/comptes.py"


@pytest.fixture
def accounts(tmp_path, monkeypatch):
    return accounts_in(tmp_path / "comptes.json", monkeypatch,
                       {"federation": ("administrateur", []), "tilleuls": ("contributeur", ["CS95-001"])})


def shown(app) -> str:
    """The messages as a person reads them (Markdown's escapes taken off)."""
    return " ".join(markdown_shown(str(e.value)) for group in (app.success, app.error, app.warning, app.info)
                    for e in group)


@pytest.mark.parametrize("who", [None, "tilleuls"])
def test_only_the_federation_gets_the_page(app_test, accounts, who):
    app = app_test(PAGE)
    app.run()
    if who:
        sign_in(app, who)
        app.switch_page(PAGE).run()
    assert "Seuls les administrateurs de la fédération gèrent les comptes" in shown(app)
    assert not [w for w in app.text_input if w.key == "comptes_new_name"]


def test_the_federation_manages_an_account_from_creation_to_deletion(app_test, accounts):
    app = app_test(PAGE)
    app.run()
    sign_in(app, "federation")
    app.switch_page(PAGE).run()
    assert not app.exception
    offered = app.multiselect(key="comptes_new_centres").options
    assert any("(CS95-001)" in option for option in offered) and len(offered) == 40  # the demo's centres

    app.text_input(key="comptes_new_name").input("erables")
    app.selectbox(key="comptes_new_role").set_value("contributeur")
    app.multiselect(key="comptes_new_centres").set_value(["CS95-002"])
    app.button(key="FormSubmitter:comptes_create-Créer le compte").click().run()
    message = shown(app)
    assert "Compte « erables » créé" in message, message
    temporary = message.split("montré qu’une fois) : ")[1].split(" ")[0]
    account = accounts.get("erables")
    assert account.centres == ["CS95-002"] and account.a_changer and accounts.verify("erables", temporary)

    app.selectbox(key="comptes_chosen").set_value("erables").run()
    app.selectbox(key="comptes_role").set_value("lecteur")
    app.multiselect(key="comptes_centres").set_value([])
    app.button(key="FormSubmitter:comptes_change-Enregistrer les changements").click().run()
    assert "Compte « erables » modifié" in shown(app), shown(app)
    assert accounts.get("erables").role == "lecteur"

    app.button(key="comptes_active").click().run()
    assert not accounts.get("erables").actif
    app.button(key="comptes_active").click().run()
    assert accounts.get("erables").actif
    app.button(key="comptes_reset").click().run()
    assert "Mot de passe provisoire de « erables »" in shown(app) and not accounts.verify("erables", temporary)

    assert app.button(key="comptes_delete").disabled
    app.checkbox(key="comptes_confirm_delete").check().run()
    app.button(key="comptes_delete").click().run()
    assert "Compte « erables » supprimé" in shown(app) and accounts.get("erables") is None

    history = app.dataframe[-1].value
    mine = history[history["Compte"] == "erables"]
    assert list(mine["Changement"])[::-1] == ["création", "modification", "désactivation", "réactivation",
                                              "mot de passe provisoire", "suppression"]
    assert set(mine["Par"]) == {"federation"}
    assert "Rôle : contributeur d’un centre → lecteur" in " ".join(mine["Détail"])
    assert "argon2" not in history.to_csv() and temporary not in history.to_csv()


def test_a_centre_missing_from_the_graph_or_a_name_taken_is_refused(app_test, accounts):
    app = app_test(PAGE)
    app.run()
    sign_in(app, "federation")
    app.switch_page(PAGE).run()
    app.text_input(key="comptes_new_name").input("tilleuls")
    app.multiselect(key="comptes_new_centres").set_value(["CS95-003"])
    app.button(key="FormSubmitter:comptes_create-Créer le compte").click().run()
    assert "Un compte « tilleuls » existe déjà" in shown(app)
    assert accounts.get("tilleuls").centres == ["CS95-001"]
    app.text_input(key="comptes_new_name").input("sans-centre")
    app.button(key="FormSubmitter:comptes_create-Créer le compte").click().run()
    assert "doit être rattaché à au moins un centre" in shown(app) and accounts.get("sans-centre") is None
    app.selectbox(key="comptes_chosen").set_value("federation").run()
    app.checkbox(key="comptes_confirm_delete").check().run()
    app.button(key="comptes_delete").click().run()
    assert "aucun administrateur actif" in shown(app) and accounts.get("federation") is not None


def test_the_first_account_made_on_the_laptop_is_an_administrator_whose_password_is_shown(app_test, tmp_path):
    app = app_test(PAGE)
    app.run()
    assert "Aucun compte pour l’instant" in shown(app)
    assert app.selectbox(key="comptes_new_role").options == ["administrateur de la fédération"]
    app.text_input(key="comptes_new_name").input("federation")
    app.button(key="FormSubmitter:comptes_create-Créer le compte").click().run()
    message = shown(app)
    temporary = message.split("montré qu’une fois) : ")[1].split(" ")[0]
    assert "Seuls les administrateurs" in message  # the laptop is no longer open: its user must sign in
    app = sign_in(app, "federation", temporary)
    assert "choisissez maintenant le vôtre" in " ".join(e.value for e in app.sidebar.error)
