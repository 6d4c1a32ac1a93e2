"""What a visitor is told when something fails, and what the server's log keeps.

No traceback, server path or server address reaches a visitor. An unexpected error, or an error
whose message names the server's files or addresses (a folder, a Neo4j URI), is shown as a French
sentence with a reference; the server's log (the terminal running Streamlit) keeps that reference
with the whole message and the traceback, so the person who runs Passerelles finds it. An
administrator is shown the message itself: it says what to check.

Streamlit's own ``client.showErrorDetails`` decides the last resort: ``"full"`` (a developer's
machine, the test suite) lets Streamlit show the error as it is; the project's setting
(``.streamlit/config.toml``: ``"none"``) gets the French sentence.
"""

from __future__ import annotations

import logging
import secrets
import threading

import streamlit as st

from graph.errors import PasserellesError, StoreUnavailable
from graph.i18n import t
from ui.markdown import error_sentence

LOG = logging.getLogger("passerelles")
# Parameters of a message that describe the server rather than what the visitor typed or sent.
SERVER_DETAILS = frozenset({"folder", "path", "uri", "user", "database", "marker"})
DETAILS_SHOWN = ("full", "true", "True", True)
_setup = threading.Lock()


def log() -> logging.Logger:
    """The app's logger, writing to the server's terminal (Streamlit configures only its own loggers)."""
    with _setup:
        if not LOG.handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
            LOG.addHandler(handler)
            LOG.setLevel(logging.INFO)
    return LOG


def reference() -> str:
    """A short reference a person can read out on the phone: « 3FA9-4C1B »."""
    token = secrets.token_hex(4).upper()
    return f"{token[:4]}-{token[4:]}"


def record(error: BaseException, message: str | None = None) -> str:
    """Log ``error`` (its message and traceback) under a new reference, and return the reference."""
    found = reference()
    log().error(t("incident.logged", reference=found, message=message or f"{type(error).__name__}: {error}"),
                exc_info=error)
    return found


def names_the_server(error: PasserellesError) -> bool:
    return bool(SERVER_DETAILS & error.params.keys())


def _administrator() -> bool:
    from graph.access import Role
    from ui.session import access

    try:
        return access().role is Role.ADMIN
    except Exception:  # noqa: BLE001 — whoever cannot be known is not an administrator
        return False


def say(error: PasserellesError) -> str:
    """The French message of ``error`` for the person of this session (see the module's docstring)."""
    if not names_the_server(error) or _administrator():
        return error_sentence(error)  # for Markdown: the values in it shown as text
    key = "incident.store_public" if isinstance(error, StoreUnavailable) else "incident.public"
    return t(key, reference=record(error, error.message()))


def show(error: Exception) -> None:
    """The app's last resort for an error nothing else caught: a French sentence and a reference."""
    if st.get_option("client.showErrorDetails") in DETAILS_SHOWN:
        raise error
    st.error(t("incident.public", reference=record(error)), icon=":material/error:")
