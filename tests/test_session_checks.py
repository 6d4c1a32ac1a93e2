"""The person re-checked at every run (AppTest): a deleted, disabled or changed account is signed out with a
French message and saves nothing — not even through a button's callback, which runs with the run before's
store; a session restored from the browser's cookie after a reload; the throttle across reloads; a temporary
or too weak password replaced at sign-in; single sign-on only with an e-mail the provider verified."""

from __future__ import annotations

import time

import pytest

from graph.access import Access, Role
from graph.guard import GuardedStore
from graph.sessions import FREE_TRIES, SessionBook, Throttle, throttle_keys, tries_within
from helpers import accounts_in, sidebar, sign_in
from ui import cookies
from ui import session as session_module

OWN = "CS95-001"
ADDRESS = "contribuer.Centre.adresse"


@pytest.fixture
def accounts(tmp_path, monkeypatch):
    return accounts_in(tmp_path / "comptes.json", monkeypatch,
                       {"federation": ("administrateur", []), "tilleuls": ("contributeur", [OWN])})


def saved_address() -> tuple[str, list[str]]:
    """The centre's address as the federation sees it (a change to a published centre waits beside it), and who
    changed it."""
    from ui.state import _open

    store = _open()
    federation = GuardedStore(store, Access(Role.ADMIN))
    return str(federation.get("Centre", OWN).get("adresse")), [t.account for t in store.history("Centre", OWN)]


@pytest.mark.parametrize("change,said", [
    (lambda book: book.remove("tilleuls", by="federation"), "a été supprimé par la fédération"),
    (lambda book: book.set_active("tilleuls", False, by="federation"), "a été désactivé"),
    (lambda book: book.update("tilleuls", by="federation", centres=[OWN, "CS95-002"]), "a été modifié"),
    (lambda book: book.reset_password("tilleuls", by="federation"), "a été modifié"),
])
def test_an_account_changed_meanwhile_saves_nothing_and_is_signed_out(app_test, accounts, change, said):
    app = app_test("app_pages/contribuer.py")
    app.run()
    sign_in(app, "tilleuls")
    app.switch_page("app_pages/contribuer.py").run()
    before, traces = saved_address()
    app.text_input(key=ADDRESS).input("12 rue écrite après la suppression")
    change(accounts)
    app.button(key="contribuer_save").click().run()  # the save is a callback: it runs before the page
    assert not app.exception
    assert said in sidebar(app), sidebar(app)
    assert "Vous consultez en lecteur" in sidebar(app)
    assert saved_address() == (before, traces), "nothing saved under the account's name"
    assert SessionBook(accounts.path).count("tilleuls") == 0
    app.run()  # the next click: still signed out, the message said once
    assert said not in sidebar(app) and "Vous consultez en lecteur" in sidebar(app)


def test_the_same_save_goes_through_while_the_account_holds(app_test, accounts):
    app = app_test("app_pages/contribuer.py")
    app.run()
    sign_in(app, "tilleuls")
    app.switch_page("app_pages/contribuer.py").run()
    app.text_input(key=ADDRESS).input("12 rue tant que le compte existe")
    app.button(key="contribuer_save").click().run()
    assert saved_address()[0] == "12 rue tant que le compte existe" and saved_address()[1][-1] == "tilleuls"


def test_a_reload_restores_the_session_from_the_cookie_until_it_ends(app_test, accounts, monkeypatch):
    monkeypatch.setattr(cookies, "_served", True)  # as under serveur.py: the page sends the ticket to the browser
    app = app_test("app_pages/accueil.py")
    app.run()
    sign_in(app, "tilleuls")
    ticket_script = [element.proto.body for element in app.sidebar.get("html")]
    assert len(ticket_script) == 1 and cookies.SET_PATH in ticket_script[0]
    ticket = ticket_script[0].split("body: \"")[1].split("\"")[0]
    token = SessionBook(accounts.path).redeem(ticket)  # what the route does, and puts in the cookie
    assert token and SessionBook(accounts.path).redeem(ticket) is None

    monkeypatch.setattr(session_module, "request_cookie", lambda: token)
    reloaded = app_test("app_pages/accueil.py")  # a new Streamlit session: what F5 gives
    reloaded.run()
    assert "Connecté·e : tilleuls" in sidebar(reloaded)
    reloaded.sidebar.button(key="sign_out").click().run()
    assert "Vous consultez en lecteur" in sidebar(reloaded)
    assert [cookies.CLEAR_PATH in element.proto.body for element in reloaded.sidebar.get("html")] == [True]
    again = app_test("app_pages/accueil.py")  # the browser had not yet dropped the cookie: it opens nothing
    again.run()
    assert "Connecté·e" not in sidebar(again) and "a pris fin" in sidebar(again)

    monkeypatch.setattr(session_module, "request_cookie", lambda: token[:-3] + "xyz")  # altered: ignored
    forged = app_test("app_pages/accueil.py")
    forged.run()
    assert "Connecté·e" not in sidebar(forged) and not forged.exception


def test_guesses_across_reloads_are_throttled(app_test, accounts):
    outcomes, started = [], time.monotonic()
    for _ in range(8):
        app = app_test("app_pages/accueil.py")  # a fresh Streamlit session each time, as after a reload
        app.run()
        sign_in(app, "tilleuls", "pas le bon mot de passe")
        outcomes.append(" ".join(e.value for e in app.sidebar.error))
    checked = [text for text in outcomes if "incorrect" in text]
    assert FREE_TRIES <= len(checked) <= tries_within(time.monotonic() - started)  # a slow machine: a pause ran out
    assert "Trop d’essais" in outcomes[4] and any("incorrect" not in text for text in outcomes[5:])
    Throttle(accounts.path).failed(throttle_keys("tilleuls", None))  # a fresh pause for what follows
    app = app_test("app_pages/accueil.py")
    app.run()
    sign_in(app, "tilleuls")  # the right password, during the pause: not even tried
    assert "Trop d’essais" in sidebar(app) and "Connecté·e" not in sidebar(app)
    assert "réessayez dans" in sidebar(app)


def test_a_temporary_password_is_replaced_at_sign_in_by_one_that_passes_the_policy(app_test, accounts):
    temporary = accounts.reset_password("tilleuls", by="federation")
    app = app_test("app_pages/accueil.py")
    app.run()
    sign_in(app, "tilleuls", temporary)
    assert "choisissez maintenant le vôtre" in sidebar(app) and "Connecté·e" not in sidebar(app)
    for password, again, said in (("aaaaaaaaaaaa", "aaaaaaaaaaaa", "trop facile à deviner"),
                                  ("cheval agrafe pluie", "cheval agrafe plui", "diffèrent")):
        app.sidebar.text_input(key="new_password").input(password)
        app.sidebar.text_input(key="new_password_again").input(again)
        app.sidebar.button[0].click().run()
        assert said in sidebar(app), sidebar(app)
    app.sidebar.text_input(key="new_password").input("cheval agrafe pluie")
    app.sidebar.text_input(key="new_password_again").input("cheval agrafe pluie")
    app.sidebar.button[0].click().run()
    assert "Connecté·e : tilleuls" in sidebar(app)
    assert accounts.sign_in("tilleuls", "cheval agrafe pluie") and not accounts.get("tilleuls").a_changer


def test_a_password_chosen_under_an_older_policy_must_be_replaced(app_test, accounts, monkeypatch):
    import graph.accounts

    monkeypatch.setattr(graph.accounts, "check_password", lambda *args: None)  # as before the policy existed
    accounts.add("ancien", Role.ADMIN, [], "aaaaaaaaaaaa")
    monkeypatch.undo()
    app = app_test("app_pages/accueil.py")
    app.run()
    sign_in(app, "ancien", "aaaaaaaaaaaa")
    assert "ne suit plus les règles" in sidebar(app) and "Connecté·e" not in sidebar(app)


@pytest.mark.parametrize("verified,signed_in", [(True, True), (False, False), ("true", True), (None, False)])
def test_single_sign_on_needs_an_e_mail_the_provider_verified(app_test, accounts, verified, signed_in):
    accounts.update("federation", courriel="direction@federation-95.fr")
    app = app_test("app_pages/importer.py")
    app.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32}
    app.user = {"is_logged_in": True, "email": "direction@federation-95.fr",
                **({"email_verified": verified} if verified is not None else {})}
    app.run()
    assert not app.exception
    assert ("Connecté·e : federation" in sidebar(app)) is signed_in
    assert ("n’a pas confirmé que l’adresse" in sidebar(app)) is not signed_in
    assert any("Seuls les administrateurs" in w.value for w in app.warning) is not signed_in
