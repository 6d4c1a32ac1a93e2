"""Issue 16, item 5, where it was seen: the running app, two browsers. A centre's contributor renames its published
centre in one browser; a visitor who is not signed in, in another browser (its own cookies and session), opens
the partnership graph: it still shows the published name, not the one waiting for the federation."""

from __future__ import annotations

from browser import browser, settle  # noqa: F401  (fixtures)
from test_forged_requests import SECRET, app_with_accounts  # noqa: F401  (the app with a centre's account)

# The centre of the account « centre » in the demo, and the name it proposes.
PUBLISHED, PROPOSED = "Centre social fictif des Acacias", "Maison des familles des Acacias"


def graph_text(page) -> str:
    """The graph page's text and every drawing's data (the names are in the frames' scripts, not in the DOM)."""
    return page.inner_text("body") + "".join(frame.content() for frame in page.frames[1:])


def search_graph(page, search: str) -> str:
    """On the graph page: searched for ``search`` (a few nodes, drawn with their names), what it shows."""
    settle(page)
    box = page.get_by_role("textbox", name="Rechercher un centre ou un établissement")
    box.fill(search)
    box.press("Enter")
    settle(page)
    page.locator("iframe").first.wait_for(timeout=60_000)
    return graph_text(page)


def test_a_centres_new_name_waits_for_validation_in_another_browser(browser, app_with_accounts, tmp_path):  # noqa: F811
    url, _ = app_with_accounts
    contributor, visitor = (browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
                            for _ in range(2))  # two browsers: their own cookies, their own sessions
    page = contributor.new_page()
    page.goto(f"{url}/contribuer")
    settle(page)
    page.get_by_text("Connexion").click()
    page.get_by_role("textbox", name="Identifiant").fill("centre")
    page.get_by_role("textbox", name="Mot de passe").fill(SECRET)
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_text("Connecté·e : centre").wait_for(timeout=60_000)
    settle(page)
    name = page.get_by_role("textbox", name="Nom *")
    assert name.input_value() == PUBLISHED
    name.fill(PROPOSED)
    name.press("Tab")
    settle(page)
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text("attend la validation de la fédération").wait_for(timeout=60_000)
    page.screenshot(path=str(tmp_path / "contributeur.png"), full_page=True)

    stranger = visitor.new_page()
    stranger.goto(f"{url}/graphe")
    seen = search_graph(stranger, "Acacias")
    stranger.screenshot(path=str(tmp_path / "visiteur.png"), full_page=True)
    assert PUBLISHED in seen and PROPOSED not in seen
    # The contributor's own session (same tab, the app's navigation) shows what it proposed: the check can fail.
    page.get_by_role("link", name="Graphe des partenariats").click()
    mine = search_graph(page, "Acacias")
    assert PROPOSED in mine and PUBLISHED not in mine
    contributor.close()
    visitor.close()
