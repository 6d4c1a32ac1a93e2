"""Who is using this session, and the sign-in box.

With no account configured (a laptop, the demo), the person at the keyboard is the
federation's administrator. Once accounts exist (``python -m graph.accounts``), a session
is a reader until someone signs in: with a password, or through the federation's OpenID
Connect provider when ``[auth]`` is set in ``.streamlit/secrets.toml`` (Streamlit's
``st.login``). Pages never decide rights themselves: they get the person's guarded store
(:func:`ui.state.store`), and the guard checks every read and write.
"""

from __future__ import annotations

import time

import streamlit as st

from graph.accounts import AccountBook
from graph.exposure import Mode, exposure, is_local
from graph.i18n import t
from graph.settings import Settings
from queries.access import PUBLIC, Access, Role
from ui import gate

LOCAL_ADMIN = Access(Role.ADMIN, account="local")
KEY = "passerelles_access"
MAX_TRIES, PAUSE_SECONDS = 5, 60


def book() -> AccountBook:
    return AccountBook(Settings.load().accounts)


def accounts_configured() -> bool:
    """Whether accounts apply. Accounts configured then lost raise :class:`graph.exposure.Closed`:
    never the laptop's administrator for whoever comes."""
    return exposure().mode is Mode.ACCOUNTS


def sso_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 — no secrets file at all: no provider
        return False


def access() -> Access:
    """The access of this session's person (see the module's docstring)."""
    if not accounts_configured():
        return LOCAL_ADMIN if is_local(gate.client_address()) else PUBLIC
    if sso_configured() and getattr(st.user, "is_logged_in", False):
        email = str(st.user.get("email", ""))
        return book().by_email(email) or Access(Role.READER, account=email)
    return st.session_state.get(KEY, PUBLIC)


def _try_sign_in(name: str, password: str) -> None:
    tries = st.session_state.get("passerelles_tries", [])
    recent = [moment for moment in tries if time.monotonic() - moment < PAUSE_SECONDS]
    if len(recent) >= MAX_TRIES:
        st.session_state["passerelles_message"] = t("session.too_many")
        return
    found = book().sign_in(name, password)
    if found is None:
        st.session_state["passerelles_tries"] = [*recent, time.monotonic()]
        st.session_state["passerelles_message"] = t("session.refused")
        return
    st.session_state[KEY] = found
    st.session_state.pop("passerelles_message", None)


def _sign_out() -> None:
    st.session_state.pop(KEY, None)


def sign_in_box() -> None:
    """The sidebar's account box: who is signed in, or how to sign in."""
    who = access()
    if who is LOCAL_ADMIN:
        st.caption(t("session.local_admin"))
        return
    if who is not PUBLIC and who.role is not Role.READER or KEY in st.session_state:
        st.caption(t("session.signed_in", name=who.account, role=who.role.title))
        if st.button(t("session.sign_out"), key="sign_out"):
            st.logout() if sso_configured() and getattr(st.user, "is_logged_in", False) else _sign_out()
            st.rerun()
        return
    if sso_configured() and getattr(st.user, "is_logged_in", False):
        st.caption(t("session.sso_unknown", email=who.account))
        return
    st.caption(t("session.reader"))
    with st.expander(t("session.title")):
        with st.form("sign_in", clear_on_submit=True):
            name = st.text_input(t("session.account"), key="sign_in_name")
            password = st.text_input(t("session.password"), type="password", key="sign_in_password")
            if st.form_submit_button(t("session.sign_in")):
                _try_sign_in(name, password)
                st.rerun()
        if message := st.session_state.get("passerelles_message"):
            st.error(message)
        if sso_configured():
            st.button(t("session.sign_in_sso"), key="sign_in_sso", on_click=st.login)
