"""Passerelles — the router and frame of the Streamlit explorer.

    streamlit run app.py
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from graph.errors import PasserellesError, StoreUnavailable
from graph.i18n import t
from queries import QUERIES
from ui.gate import admit, banner
from ui.incidents import say, show
from ui.session import sign_in_box
from ui.state import store

# A local image: an icon font would be fetched from the network, and a projector may have none.
ICON = Path(__file__).resolve().parent / "ui" / "assets" / "passerelles.png"
st.set_page_config(page_title="Passerelles", page_icon=str(ICON), layout="wide")


def frame() -> None:
    """The door (who this run may serve, checked at every click), then the sidebar."""
    mode = admit()
    current = store()
    with st.sidebar:
        st.markdown(f"### {t('app.name')}")
        st.caption(t("app.tagline"))
        st.caption(t("app.store_in_use", store=QUERIES["magasin"](current)["type"]))
        sign_in_box()
        banner(mode)


pages = [
    st.Page("app_pages/accueil.py", title=t("page.accueil.title"), icon=":material/home:", default=True),
    st.Page("app_pages/graphe.py", title=t("page.graphe.title"), icon=":material/hub:"),
    st.Page("app_pages/presenter.py", title=t("page.presenter.title"), icon=":material/slideshow:"),
    st.Page("app_pages/carte_geo.py", title=t("page.carte_geo.title"), icon=":material/map:"),
    st.Page("app_pages/analyse.py", title=t("page.analyse.title"), icon=":material/insights:"),
    st.Page("app_pages/recommandations.py", title=t("page.recommandations.title"), icon=":material/recommend:"),
    st.Page("app_pages/situations.py", title=t("page.situations.title"), icon=":material/diversity_3:"),
    st.Page("app_pages/rencontres.py", title=t("page.rencontres.title"), icon=":material/groups:"),
    st.Page("app_pages/livret.py", title=t("page.livret.title"), icon=":material/menu_book:"),
    st.Page("app_pages/contribuer.py", title=t("page.contribuer.title"), icon=":material/edit_note:"),
    st.Page("app_pages/validation.py", title=t("page.validation.title"), icon=":material/fact_check:"),
    st.Page("app_pages/importer.py", title=t("page.importer.title"), icon=":material/upload_file:"),
    st.Page("app_pages/comptes.py", title=t("page.comptes.title"), icon=":material/manage_accounts:"),
]
try:
    frame()
    st.navigation(pages, expanded=True).run()  # every page listed: no « View more » in English
except StoreUnavailable as error:  # the server went away while the app runs: say so in French, offer to retry
    st.error(say(error))
    st.button(t("app.retry"), key="retry_page")
except PasserellesError as error:  # a French message; one naming the server's files or address, to administrators
    st.error(say(error))
except Exception as error:  # noqa: BLE001 — no traceback reaches a visitor: a French sentence and a reference
    show(error)
