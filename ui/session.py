"""Who is using this session, and the sign-in box.

With no account configured (a laptop, the demo), the person at the keyboard is the
federation's administrator — at this computer only (:mod:`graph.exposure`): a visitor from any
other address reads at most, and :mod:`ui.gate` refuses them before this is asked. Accounts
configured and then lost never bring that back: :func:`accounts_configured` raises
:class:`graph.exposure.Closed`, and the app stops. Once accounts exist (``python -m
graph.accounts``, or the « Comptes » page), a session is a reader until someone signs in: with
a password, or through the federation's OpenID Connect provider when ``[auth]`` is set in
``.streamlit/secrets.toml`` (Streamlit's ``st.login``; the provider must have verified the
e-mail). Pages never decide rights themselves: they get the person's guarded store
(:func:`ui.state.store`), and the guard checks every read and write.

The person is checked again against the accounts file at every run (:func:`access`; a stat,
the file re-read only when it changed): a deleted, disabled or changed account is signed out at
its next click, with a French message, before anything is saved under its name. A sign-in is a
server-side session (:mod:`graph.sessions`); the browser keeps only a signed token in an
HttpOnly cookie (:mod:`ui.cookies`), so a reload keeps the person signed in until the session
ends. Failed sign-ins are counted per account and per client address on the server, so a reload
does not reset them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import streamlit as st
from itsdangerous import BadSignature

from graph.access import PUBLIC, Access, Role
from graph.accounts import Account, AccountBook
from graph.errors import PasserellesError
from graph.exposure import Mode, exposure, is_local
from graph.i18n import t
from graph.passwords import acceptable
from graph.sessions import COOKIE, Session, SessionBook, Throttle, throttle_keys
from graph.settings import Settings
from ui import cookies, gate

LOCAL_ADMIN = Access(Role.ADMIN, account="local")
KEY = "passerelles_session"           # this tab's Session (graph.sessions)
PENDING = "passerelles_pending"       # (account, version, since): a password to replace before going on
IGNORED = "passerelles_ignored_cookie"  # a cookie this tab has seen end: not restored again
MESSAGE, NOTICE, BROWSER = "passerelles_message", "passerelles_notice", "passerelles_browser"
PENDING_SECONDS = 600


def book() -> AccountBook:
    return AccountBook(Settings.load().accounts)


def sessions() -> SessionBook:
    return SessionBook(Settings.load().accounts)


def accounts_configured() -> bool:
    """Whether accounts apply. Accounts configured then lost raise :class:`graph.exposure.Closed`:
    never the laptop's administrator for whoever comes."""
    return exposure().mode is Mode.ACCOUNTS


def sso_configured() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 — no secrets file at all: no provider
        return False


def _sso_signed_in() -> bool:
    return sso_configured() and bool(getattr(st.user, "is_logged_in", False))


def _sso_verified() -> bool:
    """Whether the provider vouched for the e-mail (``email_verified``): an address anyone may type in at some
    providers must not open the account that bears it."""
    return st.user.get("email_verified") in (True, "true", "True")


def request_cookie() -> str:
    """The session token the browser sent when the tab opened, if any."""
    return st.context.cookies.get(COOKIE, "")


def access() -> Access:
    """The access of this session's person (see the module's docstring)."""
    if not accounts_configured():
        return LOCAL_ADMIN if is_local(gate.client_address()) else PUBLIC
    if _sso_signed_in():
        if not _sso_verified():
            return PUBLIC
        email = str(st.user.get("email", ""))
        return book().by_email(email) or Access(Role.READER, account=email)
    account = _signed_in_account()
    return account.access() if account else PUBLIC


def _signed_in_account() -> Account | None:
    """The account of this tab's session, checked now; the session ended (and said why) when it no longer holds."""
    session = st.session_state.get(KEY) or _from_cookie()
    if session is None:
        return None
    account = book().get(session.account)
    if account is None:
        reason = "deleted"
    elif not account.actif:
        reason = "disabled"
    elif account.version != session.version:
        reason = "changed"
    else:
        reason = "expired" if sessions().check(session) is None else ""
    if reason:
        _end(session, t(f"session.ended.{reason}", name=session.account))
        return None
    st.session_state[KEY] = session
    return account


def _from_cookie() -> Session | None:
    token = request_cookie()
    if not token or token == st.session_state.get(IGNORED):
        return None
    try:
        return sessions().read_token(token)
    except BadSignature:
        st.session_state[IGNORED] = token
        return None


def _end(session: Session, notice: str) -> None:
    sessions().close(session.id)
    st.session_state.pop(KEY, None)
    st.session_state[IGNORED] = request_cookie()
    st.session_state[NOTICE] = notice
    _tell_browser(cookies.CLEAR_PATH)


def _tell_browser(path: str, body: str = "") -> None:
    if cookies.served():
        st.session_state[BROWSER] = (path, body)


def _open(account: Account) -> None:
    """Sign ``account`` in, in this tab and (through the cookie) across reloads."""
    kept = sessions()
    session = kept.open(account.identifiant, account.version)
    st.session_state[KEY] = session
    st.session_state[IGNORED] = request_cookie()  # an older session's cookie must not come back
    for key in (PENDING, MESSAGE, NOTICE):
        st.session_state.pop(key, None)
    if cookies.served():
        _tell_browser(cookies.SET_PATH, kept.ticket(session))


def _try_sign_in(name: str, password: str) -> None:
    keys = throttle_keys(name, gate.client_address())
    throttle = Throttle(Settings.load().accounts)
    if (wait := throttle.wait(keys)) > 0:
        st.session_state[MESSAGE] = t("session.too_many", delay=_duration(wait))
        return
    account = book().verify(name, password)
    if account is None:
        pause = throttle.failed(keys)
        st.session_state[MESSAGE] = t("session.refused") + (
            " " + t("session.too_many", delay=_duration(pause)) if pause else "")
        return
    throttle.succeeded(keys[0])
    if not account.actif:
        st.session_state[MESSAGE] = t("session.disabled")
        return
    if account.a_changer or not acceptable(password, Role(account.role), account.identifiant, account.courriel):
        st.session_state[PENDING] = (account.identifiant, account.version, time.monotonic())
        st.session_state[MESSAGE] = t("session.must_change" if account.a_changer else "session.too_weak_now")
        return
    _open(account)


def _try_new_password(password: str, again: str) -> None:
    name, version, since = st.session_state[PENDING]
    if time.monotonic() - since > PENDING_SECONDS:
        st.session_state.pop(PENDING, None)
        st.session_state[MESSAGE] = t("session.pending_expired")
        return
    if password != again:
        st.session_state[MESSAGE] = t("session.not_the_same")
        return
    try:
        account = book().change_password(name, password, by=name, expected_version=version)
    except PasserellesError as error:
        st.session_state[MESSAGE] = error.message()
        return
    _open(account)


def _sign_out() -> None:
    if session := st.session_state.pop(KEY, None):
        sessions().close(session.id)
    st.session_state[IGNORED] = request_cookie()
    _tell_browser(cookies.CLEAR_PATH)


def _duration(seconds: float) -> str:
    whole = int(seconds + 0.999)
    return t("nombre.secondes", count=whole) if whole < 90 else t("nombre.minutes", count=(whole + 59) // 60)


def sign_in_box() -> None:
    """The sidebar's account box: who is signed in, or how to sign in."""
    who = access()
    if browser := st.session_state.pop(BROWSER, None):
        st.html(cookies.script(*browser), unsafe_allow_javascript=True)
    if notice := st.session_state.pop(NOTICE, None):
        st.warning(notice)
    if who is LOCAL_ADMIN:
        st.caption(t("session.local_admin"))
        return
    if _sso_signed_in():
        _sso_box(who)
        return
    if KEY in st.session_state:
        st.caption(t("session.signed_in", name=who.account, role=who.role.title))
        if st.button(t("session.sign_out"), key="sign_out"):
            _sign_out()
            st.rerun()
        return
    if PENDING in st.session_state:
        _new_password_box()
        return
    st.caption(t("session.reader"))
    with st.expander(t("session.title")):
        _form("sign_in", [("session.account", "sign_in_name", "default"),
                          ("session.password", "sign_in_password", "password")], "session.sign_in", _try_sign_in)
        if sso_configured():
            st.button(t("session.sign_in_sso"), key="sign_in_sso", on_click=st.login)


def _sso_box(who: Access) -> None:
    email = str(st.user.get("email", ""))
    if not _sso_verified():
        st.warning(t("session.sso_unverified", email=email))
    elif book().by_email(email) is None:
        st.caption(t("session.sso_unknown", email=email))
    else:
        st.caption(t("session.signed_in", name=who.account, role=who.role.title))
    if st.button(t("session.sign_out"), key="sign_out"):
        st.logout()
        st.rerun()


def _new_password_box() -> None:
    name = st.session_state[PENDING][0]
    st.info(t("session.choose_password", name=name))
    _form("new_password", [("session.new_password", "new_password", "password"),
                           ("session.new_password_again", "new_password_again", "password")],
          "session.save_password", _try_new_password)
    if st.button(t("session.cancel"), key="new_password_cancel"):
        st.session_state.pop(PENDING, None)
        st.session_state.pop(MESSAGE, None)
        st.rerun()


def _form(name: str, fields: list[tuple[str, str, str]], submit: str, act: Callable[..., None]) -> None:
    """A form of text fields (label key, widget key, ``default`` or ``password``) whose values go to ``act``, and
    the message it left."""
    with st.form(name, clear_on_submit=True):
        values = [st.text_input(t(label), type=kind, key=key) for label, key, kind in fields]  # type: ignore[arg-type]
        if st.form_submit_button(t(submit)):
            act(*values)
            st.rerun()
    if message := st.session_state.get(MESSAGE):
        st.error(message)
