"""Sessions on the running app, in a real browser (``serveur.py`` on loopback, Debian's headless Chromium):

* a reload (F5) keeps the person signed in — through an HttpOnly, SameSite=Strict cookie no script of the page
  can read — until they sign out;
* twenty wrong passwords, each after a reload, are throttled: five are tried, the others are refused before the
  password is even checked, and the right one is refused too during the pause;
* the two routes that set and clear the cookie answer only the app's own pages, with a ticket used once;
* the federation deletes a contributor on the « Comptes » page while the contributor's tab is open on the
  contribution form: the contributor's « Enregistrer » saves nothing and the tab says, in French, why it was
  signed out.
"""

from __future__ import annotations

import sqlite3
import time
import urllib.error
import urllib.request

import pytest
from browser import browser, settle  # noqa: F401  (fixtures)
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from helpers import SECRET

from graph.access import Role
from graph.accounts import AccountBook
from graph.backends.embedded import EmbeddedStore
from graph.sessions import COOKIE, FREE_TRIES, SessionBook, database_path, tries_within
from tools.app_server import running_app
from ui import cookies

OWN = "CS95-001"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sessions")
    accounts = folder / "comptes.json"
    book = AccountBook(accounts)
    book.add("federation", Role.ADMIN, [], SECRET)
    book.add("tilleuls", Role.CONTRIBUTOR, [OWN], SECRET)
    book.add("devinette", Role.CONTRIBUTOR, [OWN], SECRET)
    with running_app(folder / "graphe", accounts=accounts, log_path=folder / "streamlit.log") as url:
        yield url, book, folder / "graphe"


def sidebar_text(page) -> str:
    return page.locator("[data-testid='stSidebar']").inner_text()


def open_page(context, url: str):
    page = context.new_page()
    page.goto(url)
    settle(page)
    return page


def sign_in(page, name: str, password: str = SECRET) -> str:
    """Fill the sidebar's form and send it; what the sidebar says once the app has answered (a click that lands
    while the app is busy can be dropped by Streamlit: the form is sent again, as a person would)."""
    bar = page.locator("[data-testid='stSidebar']")
    answer = bar.get_by_text("Connecté·e").or_(bar.locator("[data-testid='stAlert']")).first
    for attempt in range(3):
        if not bar.get_by_label("Identifiant").is_visible():
            bar.get_by_text("Connexion", exact=True).click()
        bar.get_by_label("Identifiant").fill(name)
        bar.get_by_label("Mot de passe").fill(password)
        bar.get_by_role("button", name="Se connecter").click()
        try:
            answer.wait_for(timeout=30_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    settle(page)
    return sidebar_text(page)


def choose(page, label: str, option: str) -> None:
    """Pick ``option`` in the select box ``label`` (opened again if a run of the app closed it meanwhile)."""
    box = page.get_by_role("combobox", name=label)
    for attempt in range(3):
        box.click()
        try:
            page.locator("[role='option']").filter(has_text=option).first.click(timeout=10_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    settle(page)
    assert box.input_value() == option


def reload(page) -> None:
    page.reload()
    settle(page)


def test_a_reload_keeps_the_person_signed_in_until_they_sign_out(browser, app):  # noqa: F811
    url, book, _ = app
    context = browser.new_context(locale="fr-FR")
    page = open_page(context, url)
    assert "Connecté·e : tilleuls" in sign_in(page, "tilleuls")
    for _ in range(40):
        if any(c["name"] == COOKIE for c in context.cookies()):
            break
        page.wait_for_timeout(250)
    cookie = next(c for c in context.cookies() if c["name"] == COOKIE)
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["secure"] is False  # plain http here
    assert COOKIE not in page.evaluate("document.cookie"), "no script of the page can read the token"
    assert SessionBook(book.path).read_token(cookie["value"]).account == "tilleuls"  # signed with the secret

    reload(page)
    assert "Connecté·e : tilleuls" in sidebar_text(page)
    other_tab = open_page(context, url + "/contribuer")
    assert "Connecté·e : tilleuls" in sidebar_text(other_tab)
    other_tab.close()

    page.locator("[data-testid='stSidebar']").get_by_role("button", name="Se déconnecter").click()
    page.wait_for_timeout(500)
    settle(page)
    assert "Vous consultez en lecteur" in sidebar_text(page)
    for _ in range(40):
        if not any(c["name"] == COOKIE for c in context.cookies()):
            break
        page.wait_for_timeout(250)
    assert not any(c["name"] == COOKIE for c in context.cookies())
    reload(page)
    assert "Vous consultez en lecteur" in sidebar_text(page) and "Connecté·e" not in sidebar_text(page)
    context.close()


def test_the_old_cookie_opens_nothing_once_signed_out(browser, app):  # noqa: F811
    """A copy of the cookie taken before the sign-out (another browser, a stolen token) is refused."""
    url, _, _ = app
    context = browser.new_context(locale="fr-FR")
    page = open_page(context, url)
    sign_in(page, "tilleuls")
    for _ in range(40):
        if kept := [c for c in context.cookies() if c["name"] == COOKIE]:
            break
        page.wait_for_timeout(250)
    page.locator("[data-testid='stSidebar']").get_by_role("button", name="Se déconnecter").click()
    page.wait_for_timeout(500)
    settle(page)
    thief = browser.new_context(locale="fr-FR")
    thief.add_cookies(kept)
    stolen = open_page(thief, url)
    assert "Connecté·e" not in sidebar_text(stolen) and "Vous consultez en lecteur" in sidebar_text(stolen)
    thief.close()
    context.close()


def test_twenty_guesses_across_reloads_are_throttled(browser, app):  # noqa: F811
    url, book, _ = app
    context = browser.new_context(locale="fr-FR")
    page = open_page(context, url)
    said = []
    try:
        started = time.monotonic()
        for guess in range(20):
            said.append(sign_in(page, "devinette", f"essai numéro {guess} du devin"))
            reload(page)
        elapsed = time.monotonic() - started
        tried = [text for text in said if "Identifiant ou mot de passe incorrect" in text]
        # Five tries, then one each time a pause ran out while the browser went on (a pause per failure, doubling).
        assert FREE_TRIES <= len(tried) <= tries_within(elapsed), (elapsed, said)
        assert len(said) - len(tried) >= 10, "most guesses refused before the password is checked"
        assert all("Trop d’essais" in text and "réessayez dans" in text for text in said if text not in tried)
        assert failures(book)["compte:devinette"] == len(tried)
        print(f"\n20 essais en rechargeant la page, en {elapsed:.0f} s : {len(tried)} vérifiés, "
              f"{20 - len(tried)} refusés sans vérifier le mot de passe (au plus {tries_within(elapsed)} permis)")

        while pause_left(book) < 30:  # make sure the next try falls inside a pause: wait for one more failure
            time.sleep(max(0.0, pause_left(book)) + 1)
            sign_in(page, "devinette", "encore un essai du devin")
        right = sign_in(page, "devinette", SECRET)  # during the pause, even the right password is not tried
        assert "Trop d’essais" in right and "Connecté·e" not in right
    finally:
        with sqlite3.connect(database_path(book.path)) as db:  # this machine's address must not stay paused
            db.execute("delete from essais")
        context.close()


def failures(book) -> dict[str, int]:
    with sqlite3.connect(database_path(book.path)) as db:
        return dict(db.execute("select cle, echecs from essais").fetchall())


def pause_left(book) -> float:
    with sqlite3.connect(database_path(book.path)) as db:
        (until,) = db.execute("select pause_jusqua from essais where cle = 'compte:devinette'").fetchone()
    return until - time.time()


def test_a_deleted_contributor_open_tab_saves_nothing_and_is_told_why(browser, app):  # noqa: F811
    url, book, data = app
    contributor = browser.new_context(locale="fr-FR")
    tab = open_page(contributor, url + "/contribuer")
    assert "Connecté·e : tilleuls" in sign_in(tab, "tilleuls")
    settle(tab)
    address = tab.get_by_label("Adresse")
    address.wait_for(timeout=60_000)
    address.fill("12 rue écrite après la suppression")
    address.press("Tab")
    settle(tab)

    federation = browser.new_context(locale="fr-FR")
    desk = open_page(federation, url + "/comptes")
    assert "Connecté·e : federation" in sign_in(desk, "federation")
    settle(desk)
    choose(desk, "Compte", "tilleuls")
    desk.get_by_text("Je confirme la suppression de « tilleuls »").click()
    settle(desk)
    desk.get_by_role("button", name="Supprimer le compte").click()
    desk.get_by_text("Compte « tilleuls » supprimé").wait_for(timeout=60_000)
    assert book.get("tilleuls") is None

    tab.get_by_role("button", name="Enregistrer").click()
    tab.wait_for_timeout(500)
    settle(tab)
    said = sidebar_text(tab)
    assert "Le compte « tilleuls » a été supprimé par la fédération" in said and "Connecté·e" not in said
    with EmbeddedStore(data) as store:
        assert store.get("Centre", OWN).get("adresse") != "12 rue écrite après la suppression"
        assert "tilleuls" not in [trace.account for trace in store.history("Centre", OWN)]
    tab.screenshot(path=str(data.parent / "compte-supprime.png"), full_page=True)
    reload(tab)
    assert "Vous consultez en lecteur" in sidebar_text(tab)
    contributor.close()
    federation.close()


def test_the_cookie_routes_answer_only_the_app_itself_with_a_live_ticket(app):
    """What a page elsewhere (or a script) can do with the two routes: nothing."""
    url, book, _ = app
    host = url.split("//", 1)[1]

    def post(path: str, body: bytes, origin: str | None) -> tuple[int, str]:
        request = urllib.request.Request(url + path, data=body, method="POST",
                                         headers={"Origin": origin} if origin else {})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, answer.headers.get("set-cookie", "")
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("set-cookie", "")

    session = SessionBook(book.path).open("federation", book.get("federation").version)
    ticket = SessionBook(book.path).ticket(session).encode()
    assert post(cookies.SET_PATH, ticket, None)[0] == 403  # no Origin: not a page's fetch
    assert post(cookies.SET_PATH, ticket, "http://ailleurs.example")[0] == 403
    assert post(cookies.SET_PATH, b"un-ticket-invente", f"http://{host}") == (404, "")
    status, cookie = post(cookies.SET_PATH, ticket, f"http://{host}")
    assert status == 204 and cookie.startswith(COOKIE + "=") and "HttpOnly" in cookie
    assert "SameSite=strict" in cookie and "Secure" not in cookie and "Max-Age=604800" in cookie
    assert post(cookies.SET_PATH, ticket, f"http://{host}")[0] == 404  # used once
    assert post(cookies.CLEAR_PATH, b"", "http://ailleurs.example")[0] == 403
    status, cleared = post(cookies.CLEAR_PATH, b"", f"http://{host}")
    assert status == 204 and "Max-Age=0" in cleared
