"""What the « Comptes » page shows and does: the accounts as a table, their history in French, and each
change run through the accounts file with its French outcome (the page itself stays a short script).

Every change is signed with the administrator's account and goes to the accounts' history
(:meth:`graph.accounts.AccountBook.history`); the centres an account is given are checked against
the graph's. A temporary password is shown once, to the administrator who asked for it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import streamlit as st

from graph.access import Role
from graph.accounts import SHOWN, Account, AccountBook, AccountChange, administered
from graph.errors import PasserellesError
from graph.i18n import t
from graph.settings import Settings
from queries.contributions import french_moment
from ui.markdown import plain
from ui.session import access, book, sessions

MESSAGE = "comptes_message"


def run(change: Callable[[], Any], success: Callable[[Any], str]) -> None:
    """Run an account change; its French outcome is shown on the next run (the refusal's message when refused)."""
    try:
        done = change()
    except PasserellesError as error:
        st.session_state[MESSAGE] = ("error", error.message())
    else:
        st.session_state[MESSAGE] = ("success", success(done))


def show_message() -> None:
    if found := st.session_state.pop(MESSAGE, None):
        kind, text = found
        (st.error if kind == "error" else st.success)(plain(text))  # names and codes as typed: no markup


def managed() -> AccountBook:
    """The accounts, to change them: refused (:class:`graph.errors.AccessDenied`) unless this person is, now, an
    administrator."""
    return administered(Settings.load().accounts, access())


def author() -> str:
    return access().account or Role.ADMIN.value


def state(account: Account) -> str:
    if not account.actif:
        return t("page.comptes.state.disabled")
    return t("page.comptes.state.temporary") if account.a_changer else t("page.comptes.state.active")


def account_rows(centres: Mapping[str, str]) -> list[dict[str, Any]]:
    """One row per account: identifier, role, centres by name, e-mail, state, open sessions."""
    column = "page.comptes.column."
    kept = sessions()
    return [{t(column + "account"): a.identifiant, t(column + "role"): Role(a.role).title,
             t(column + "centres"): ", ".join(centres.get(code, code) for code in a.centres),
             t(column + "email"): a.courriel, t(column + "state"): state(a),
             t(column + "sessions"): kept.count(a.identifiant)} for a in book().accounts()]


def history_rows(changes: list[AccountChange]) -> list[dict[str, str]]:
    """The accounts' history, newest first, each change said in French (never a hash: none is kept there)."""
    column = "page.comptes.history."
    return [{t(column + "when"): french_moment(c.le), t(column + "who"): c.par,
             t(column + "action"): t(f"page.comptes.action.{c.action}"), t(column + "account"): c.compte,
             t(column + "what"): _what(c)} for c in reversed(changes)]


def _what(change: AccountChange) -> str:
    """The fields a change set (a creation), changed (before → after) or left behind (a deletion)."""
    names = [name for name in (*SHOWN, "mot_de_passe") if change.avant.get(name) != change.apres.get(name)]
    if not change.avant or not change.apres:
        side = change.apres or change.avant
        return " ; ".join(f"{t(f'page.comptes.field.{name}')} : {_value(name, side.get(name))}" for name in names
                          if side.get(name) not in (None, "", [], False))
    return " ; ".join(f"{t(f'page.comptes.field.{name}')} : {_value(name, change.avant.get(name))} → "
                      f"{_value(name, change.apres.get(name))}" for name in names)


def _value(name: str, value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if name == "role":
        return Role(value).title
    if isinstance(value, bool):
        return t("page.comptes.yes") if value else t("page.comptes.no")
    return ", ".join(value) if isinstance(value, list) else str(value)
