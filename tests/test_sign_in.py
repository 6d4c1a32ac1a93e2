"""Signing in to the app (AppTest): with accounts configured a session is a reader until it signs
in; the import is for administrators only, and the refusal does not depend on the page."""

from __future__ import annotations

import pytest

from graph.access import Access, Role
from graph.accounts import AccountBook
from graph.errors import AccessDenied
from ingest.auto import load_files
from ingest.demo import DEMO_DIR

SECRET = "une phrase de passe assez longue"


@pytest.fixture
def accounts(tmp_path, monkeypatch):
    path = tmp_path / "comptes.json"
    book = AccountBook(path)
    book.add("federation", Role.ADMIN, [], SECRET)
    book.add("tilleuls", Role.CONTRIBUTOR, ["CS95-001"], SECRET)
    monkeypatch.setenv("PASSERELLES_COMPTES", str(path))
    return book


def sign_in(app, name: str, password: str):
    app.sidebar.text_input(key="sign_in_name").input(name)
    app.sidebar.text_input(key="sign_in_password").input(password)
    return app.sidebar.button[0].click().run()


def captions(app) -> str:
    return " ".join(c.value for c in app.sidebar.caption)


def test_without_accounts_the_laptop_user_is_the_administrator(app_test):
    app = app_test("app_pages/importer.py")
    app.run()
    assert not app.exception and "vous êtes administrateur" in captions(app)
    assert not any("Seuls les administrateurs" in w.value for w in app.warning)


def test_a_reader_cannot_import_then_an_administrator_can(app_test, accounts):
    app = app_test("app_pages/importer.py")
    app.run()
    assert "Vous consultez en lecteur" in captions(app)
    assert any("Seuls les administrateurs" in w.value for w in app.warning)
    app = sign_in(app, "federation", "pas le bon")
    assert any("incorrect" in e.value for e in app.sidebar.error)
    app = sign_in(app, "federation", SECRET)
    assert "Connecté·e : federation" in captions(app)
    assert not any("Seuls les administrateurs" in w.value for w in app.warning)
    app.sidebar.button(key="sign_out").click().run()
    assert "Vous consultez en lecteur" in captions(app)


def test_a_contributor_is_refused_the_import_even_without_the_page(tmp_path):
    with pytest.raises(AccessDenied):
        load_files(None, DEMO_DIR, access=Access(Role.CONTRIBUTOR, frozenset({"CS95-001"}), "tilleuls"))  # type: ignore[arg-type]


def test_too_many_wrong_passwords_pause_the_sign_in(app_test, accounts):
    app = app_test("app_pages/accueil.py")
    app.run()
    for _ in range(5):
        app = sign_in(app, "tilleuls", "faux")
    app = sign_in(app, "tilleuls", SECRET)
    assert any("Trop d’essais" in e.value for e in app.sidebar.error)
    assert "Connecté·e" not in captions(app)
