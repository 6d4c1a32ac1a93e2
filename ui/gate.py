"""The app's door, passed at every run before anything is shown (:mod:`graph.exposure` decides).

A visitor the mode does not serve — any address but this computer's in the laptop mode or
without ``PASSERELLES_RESEAU=oui``, or anyone at all when the accounts were configured and are
lost — gets a French sentence and nothing else: no page, no sidebar, no store opened. The check
runs again at each click, so an accounts file deleted or corrupted while the app runs stops it at
the next one, without a restart.

The visitor's address is the connection's (``st.context.ip_address``: Uvicorn takes the
``X-Forwarded-For`` of a proxy on this computer only). In the laptop mode a request that went
through a proxy is refused too: a proxy on this computer that does not pass the visitor's
address on would make everyone look local.
"""

from __future__ import annotations

import streamlit as st

from graph.exposure import Closed, Exposure, Mode, exposure, tighten_files
from graph.i18n import t
from graph.settings import Settings
from ui.incidents import log, record

PROXY_HEADERS = ("Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-Ip")


def client_address() -> str | None:
    """The visitor's address: ``None`` for this computer's 127.0.0.1 and ::1, as for a run with no
    connection (AppTest, whose mock runtime gives something else than a text)."""
    address = st.context.ip_address
    return address if isinstance(address, str) else None


def proxied() -> bool:
    """Whether the request names a proxy it went through."""
    headers = st.context.headers
    return any(name in headers for name in PROXY_HEADERS)


def admit() -> Exposure:
    """The mode of this run; the run stops here, with a French sentence, for a visitor who must not pass."""
    try:
        found = exposure()
    except Closed as error:
        st.error(t("exposure.closed_public", reference=record(error, error.message())), icon=":material/lock:")
        st.stop()
        raise  # st.stop() raises; this keeps type checkers content
    address = client_address()
    through_proxy = found.mode is Mode.LAPTOP and proxied()
    if through_proxy or not found.serves(address):
        log().warning(t("exposure.refused_log", address=address, proxy=", proxy" if through_proxy else "",
                        mode=found.summary()))
        st.error(t("exposure.refused_proxy" if through_proxy else "exposure.refused"), icon=":material/lock:")
        st.stop()
    _announce(found.summary(), found.network)
    return found


def banner(found: Exposure) -> None:
    """The sidebar's line on the mode: the laptop mode says that nobody else can reach the app."""
    if found.mode is Mode.LAPTOP:
        st.caption(t("exposure.laptop_banner"))


@st.cache_resource(show_spinner=False)
def _announce(summary: str, network: bool) -> bool:
    """Once per process and mode: the mode on the terminal, and the files' rights narrowed."""
    lines = [summary, *tighten_files(Settings.load())]
    address = st.get_option("server.address") or ""
    if network and address.startswith("127."):
        lines.append(t("exposure.listening_loopback", address=address))
    for line in lines:
        log().info(line)
    return True

