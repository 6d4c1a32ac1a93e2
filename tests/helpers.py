"""Helpers shared by the tests."""

from __future__ import annotations

from graph.store import GraphStore


def dump(store: GraphStore, *, without: tuple[str, ...] = ()) -> tuple[dict, dict]:
    """Everything a store holds, comparable across backends and across time; ``without`` leaves
    out nodes of those labels (``Source``: each file read is a node of its own)."""
    nodes, links = store.contents()
    return {label: found for label, found in nodes.items() if label not in without}, links


SECRET = "une phrase de passe assez longue"  # passes the password policy, for every role


def accounts_in(path, monkeypatch, people: dict[str, tuple[str, list[str]]]):
    """An accounts file at ``path`` with ``people`` (name → role, centres), all with :data:`SECRET`, and the app
    pointed at it; its :class:`~graph.accounts.AccountBook`."""
    from graph.access import Role
    from graph.accounts import AccountBook

    book = AccountBook(path)
    for name, (role, centres) in people.items():
        book.add(name, Role(role), centres, SECRET)
    monkeypatch.setenv("PASSERELLES_COMPTES", str(path))
    return book


def sign_in(app, name: str, password: str = SECRET):
    """Sign in through the sidebar's form (AppTest)."""
    app.sidebar.text_input(key="sign_in_name").input(name)
    app.sidebar.text_input(key="sign_in_password").input(password)
    return app.sidebar.button[0].click().run()


def sidebar(app) -> str:
    """What the sidebar says: captions and messages."""
    return " ".join(str(e.value) for group in (app.sidebar.caption, app.sidebar.warning, app.sidebar.error,
                                               app.sidebar.info) for e in group)
