"""The role matrix re-run through the app's pages (AppTest, accounts in ``PASSERELLES_COMPTES``, the sign-in
form of the sidebar): what each person is offered and shown, page by page.

* not signed in, and a partner (reader): no contribution form, no validation, no import, no case narrative,
  no meeting planning, no booklet introduction to save;
* a centre's contributor: a form for its own centre only, its own contributions but no validation, no import,
  the narratives of its own centre's cases only;
* the federation: everything, narratives included.
"""

from __future__ import annotations

import html

import pytest

from graph.access import Role
from graph.accounts import AccountBook
from graph.schema import KINDS

SECRET = "une phrase de passe assez longue"
OWN = "CS95-023"  # the demo centre with the most conflict cases
PAGES = ("contribuer", "validation", "importer", "situations", "rencontres", "livret")


@pytest.fixture
def accounts(tmp_path, monkeypatch):
    path = tmp_path / "comptes.json"
    book = AccountBook(path)
    book.add("federation", Role.ADMIN, [], SECRET)
    book.add("centre", Role.CONTRIBUTOR, [OWN], SECRET)
    book.add("partenaire", Role.READER, [], SECRET)
    monkeypatch.setenv("PASSERELLES_COMPTES", str(path))
    return book


def sign_in(app, name: str | None):
    if name is not None:
        app.sidebar.text_input(key="sign_in_name").input(name)
        app.sidebar.text_input(key="sign_in_password").input(SECRET)
        app.sidebar.button[0].click().run()
        assert f"Connecté·e : {name}" in " ".join(c.value for c in app.sidebar.caption)
    return app


def everything(app) -> str:
    """Every text the page shows (Markdown, messages, captions, widget labels and options, tables)."""
    parts = [str(e.value) for group in (app.markdown, app.caption, app.info, app.warning, app.error, app.success,
                                         app.title, app.subheader) for e in group]
    parts += [str(w.label) for group in (app.button, app.text_input, app.text_area, app.selectbox) for w in group]
    parts += [" ".join(map(str, box.options)) for box in app.selectbox]
    parts += [frame.value.to_csv() for frame in app.dataframe]
    return "\n".join(parts)


def keys(app) -> set[str]:
    return {w.key for group in (app.button, app.text_input, app.text_area, app.selectbox, app.multiselect,
                                app.checkbox) for w in group if w.key}


def narratives(app) -> dict[str, str]:
    """The narrative of every demo case (key → its centre), from the store the app opened."""
    from ui.state import _open

    store = _open()
    owner = {row.source_key: row.target_key for row in store.links("SIGNALEE_PAR")}
    secret = [p.name for p in KINDS["Situation"].props if p.sensitive]
    return {str(case[name])[:60]: owner[case["id_situation"]] for case in store.nodes("Situation")
            for name in secret if case.get(name)}


def propose_a_draft() -> str:
    """The centre's contributor proposes a practice (in the store the app opened); its title."""
    from graph.access import Access
    from graph.guard import GuardedStore
    from queries.contributions import save_contribution
    from ui.state import _open

    title = "Brouillon proposé par le centre"
    save_contribution(GuardedStore(_open(), Access(Role.CONTRIBUTOR, frozenset({OWN}), "centre")), "Pratique",
                      {"titre": title}, centre=OWN)
    return title


def visit(app, page: str, who: str | None):
    app.switch_page(f"app_pages/{page}.py").run()
    assert not app.exception, f"{who} on {page}: {app.exception}"
    if page == "situations":  # a conflict like one of the centre's own cases: the similar ones are listed
        from graph.vocabularies import CONFLICT_NATURE
        from ui.state import _open

        store = _open()
        own = next(r.source_key for r in store.links("SIGNALEE_PAR") if r.target_key == OWN)
        nature = CONFLICT_NATURE.label(store.get("Situation", own)["nature"])
        app.selectbox(key="conflict_nature").set_value(nature).run()
    return app


@pytest.mark.parametrize("who", [None, "partenaire", "centre", "federation"])
def test_each_person_is_offered_what_their_role_allows(app_test, accounts, who):
    app = app_test("app_pages/accueil.py")
    app.run()
    draft = propose_a_draft()
    sign_in(app, who)
    seen: dict[str, tuple[str, set[str]]] = {}
    for page in PAGES:
        visit(app, page, who)
        seen[page] = (everything(app), keys(app))
    reader = who in (None, "partenaire")
    admin = who == "federation"
    text, widgets = seen["contribuer"]
    assert ("contribuer_save" in widgets) is not reader
    text, widgets = seen["validation"]
    assert ("validation_validate" in widgets and "validation_reject" in widgets) is admin
    assert ("validation_mine_item" in widgets) is (who == "centre")  # its own draft, to follow
    assert (draft in text) is not reader
    text, widgets = seen["importer"]
    assert ("Seuls les administrateurs" in text) is not admin
    text, widgets = seen["rencontres"]
    assert ("plan_place" in widgets) is admin
    text, widgets = seen["livret"]
    assert ("livret_save_introduction" in widgets) is admin

    shown = html.unescape(seen["situations"][0].replace("\\", ""))  # Markdown's escapes taken off
    cases = narratives(app)
    readable = {start for start, centre in cases.items() if admin or (who == "centre" and centre == OWN)}
    leaked = [start for start in cases if start in shown and start not in readable]
    assert not leaked, f"{who} reads narratives of others: {leaked[:2]}"
    if who is not None and not reader:
        assert any(start in shown for start in readable), "the narratives the person may read are shown"


def test_a_contributor_is_offered_its_own_centre_only(app_test, accounts):
    app = app_test("app_pages/contribuer.py")
    app.run()
    sign_in(app, "centre")
    app.switch_page("app_pages/contribuer.py").run()
    offered = app.selectbox(key="contribuer_centre").options
    assert len(offered) == 1 and OWN not in offered[0]  # its name, not its code
    assert "new_centre" not in " ".join(keys(app)), "only the federation registers a new centre"
