"""Fail closed, on the running app in headless Chromium (issue 16, items 1 and 7): what a visitor from this
computer (127.0.0.1) and one from another address (127.0.0.2, through :func:`tools.app_server.relayed`, as a
computer of the network would come) are shown, with the app listening where ``.streamlit/config.toml`` says
and on every address; then accounts deleted, corrupted and emptied while the app runs. Streamlit's error
details as the project ships them (``"none"``): what a visitor reads in production."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest
from browser import browser, settle  # noqa: F401  (fixtures)
from test_exposure import lose

from graph.access import Role
from graph.accounts import AccountBook
from tools.app_server import relayed, running_app

SECRET = "une phrase de passe assez longue"
REFUSED = "Cette application Passerelles ne répond qu’à l’ordinateur sur lequel elle tourne."
STOPPED = "Passerelles est arrêtée : ses comptes sont introuvables ou illisibles sur le serveur"
REFERENCE = re.compile(r"référence ([0-9A-F]{4}-[0-9A-F]{4})")


def visit(browser, url: str) -> str:  # noqa: F811
    """The text of the app's first screen at ``url`` (its page, or the sentence that stands for it)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page.goto(url)
    page.locator("[data-testid='stAlert'], h1").first.wait_for(timeout=120_000)
    settle_quietly(page)
    text = page.inner_text("body")
    page.close()
    return text


def settle_quietly(page) -> None:
    """Wait until the run is over (the « running » indicator gone for a second)."""
    quiet = 0
    for _ in range(600):
        quiet = 0 if page.locator("[data-testid='stStatusWidget']").count() else quiet + 1
        if quiet >= 4:
            return
        page.wait_for_timeout(250)


def listens(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=5):
            return True
    except ConnectionRefusedError:
        return False


def shown_only_the_refusal(text: str) -> None:
    assert REFUSED in text, text[:500]
    for never in ("Accueil", "Magasin", "administrateur", "Traceback", "graphe"):
        assert never not in text, f"« {never} » shown to a refused visitor"


@pytest.fixture(scope="module")
def laptop(tmp_path_factory):
    """No account; listening where the project's config says (127.0.0.1)."""
    folder = tmp_path_factory.mktemp("portable")
    with running_app(folder / "graphe", accounts=folder / "comptes.json", log_path=folder / "streamlit.log",
                     address=None, error_details=None) as url:
        yield url, folder / "streamlit.log"


def test_the_laptop_mode_listens_on_this_computer_only_and_says_so(browser, laptop):  # noqa: F811
    url, log = laptop
    port = int(url.rsplit(":", 1)[1])
    text = visit(browser, url)
    assert "Ce que contient le graphe" in text and "vous êtes administrateur" in text
    assert "Mode ordinateur portable : Passerelles ne répond qu’à cet ordinateur (127.0.0.1)" in text
    assert listens("127.0.0.1", port) and not listens("127.0.0.2", port), "bound to 127.0.0.1 only"
    assert "mode ordinateur portable" in log.read_text(encoding="utf-8"), "said on the terminal"


def test_a_visitor_from_another_address_reaching_the_laptop_app_is_refused(browser, laptop):  # noqa: F811
    url, log = laptop
    with relayed(url, "127.0.0.2") as far:
        shown_only_the_refusal(visit(browser, far))
    assert "Visiteur refusé (adresse 127.0.0.2)" in log.read_text(encoding="utf-8")


def test_listening_on_every_address_the_laptop_app_still_refuses_other_addresses(browser, tmp_path):  # noqa: F811
    """``streamlit run app.py`` from another folder (no project config): every address is listened on."""
    with running_app(tmp_path / "graphe", accounts=tmp_path / "comptes.json", address="0.0.0.0",
                     error_details=None) as url:
        port = int(url.rsplit(":", 1)[1])
        assert listens("127.0.0.2", port)
        assert "vous êtes administrateur" in visit(browser, url)
        with relayed(url, "127.0.0.2") as far:
            shown_only_the_refusal(visit(browser, far))


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """Accounts, opened to the network (``PASSERELLES_RESEAU=oui``), listening on every address."""
    folder = tmp_path_factory.mktemp("partage")
    book = AccountBook(folder / "comptes.json")
    book.add("federation", Role.ADMIN, [], SECRET)
    with running_app(folder / "graphe", accounts=book.path, log_path=folder / "streamlit.log", address="0.0.0.0",
                     settings={"PASSERELLES_RESEAU": "oui"}, error_details=None) as url, relayed(url) as far:
        yield far, book, folder


def test_with_accounts_and_the_network_a_visitor_from_elsewhere_reads_without_the_server_s_paths(
        browser, shared):  # noqa: F811
    far, _, folder = shared
    text = visit(browser, far)
    assert "Vous consultez en lecteur" in text and "Magasin embarqué, sur le serveur de Passerelles." in text
    assert str(folder) not in text and "administrateur" not in text


@pytest.mark.parametrize("how", ["deleted", "corrupted", "emptied"])
def test_accounts_lost_while_the_app_runs_stop_it_at_the_next_click(browser, shared, how):  # noqa: F811
    far, book, folder = shared
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page.goto(far)
    page.get_by_text("Vous consultez en lecteur").wait_for(timeout=120_000)
    settle(page)
    lose(book, how)
    page.get_by_role("link", name="Graphe des partenariats").click()
    page.get_by_text(STOPPED).wait_for(timeout=60_000)
    settle_quietly(page)
    text = page.inner_text("body")
    assert "Traceback" not in text and str(folder) not in text and "comptes.json" not in text
    assert page.locator("[data-testid='stException']").count() == 0
    # Nothing of the app but the message (the page links the browser kept lead to the same message).
    assert "Vous consultez en lecteur" not in text and "Données :" not in text and "administrateur" not in text
    assert page.locator("h1").count() == 0
    reference = REFERENCE.search(text).group(1)
    logged = (folder / "streamlit.log").read_text(encoding="utf-8")
    assert f"Incident {reference}" in logged and str(book.path) in logged, "the details are in the server's log"
    page.close()
    # Put back (by hand: a corrupt file is never written over), the accounts open the app again, for a reader.
    book.path.unlink(missing_ok=True)
    book.add("federation", Role.ADMIN, [], SECRET)
    assert "Vous consultez en lecteur" in visit(browser, far)


def test_the_sign_in_stays_for_a_known_person_from_elsewhere(browser, shared):  # noqa: F811
    """The network served, the federation signs in from another address: an administrator, as anywhere."""
    far, book, folder = shared
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page.goto(far)
    page.get_by_text("Vous consultez en lecteur").wait_for(timeout=120_000)
    settle(page)
    page.get_by_text("Connexion").click()
    page.get_by_label("Identifiant").fill("federation")
    page.get_by_label("Mot de passe").fill(SECRET)
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_text("Connecté·e : federation").wait_for(timeout=60_000)
    settle(page)
    assert f"dossier « {Path(folder) / 'graphe'} »" in page.inner_text("body"), "the folder, for its administrator"
    page.close()
