"""The store the app uses: opened once per process, shared by every session.

Pages get it from :func:`store` and hand it to named queries; they never write Cypher
or call a backend themselves.
"""

from __future__ import annotations

import streamlit as st

from graph import GraphStore, Settings, open_store
from graph.errors import PasserellesError
from graph.i18n import t
from ingest.demo import load_demo


@st.cache_resource(show_spinner=False)
def _open() -> GraphStore:
    settings = Settings.load()
    found = open_store(settings)
    if settings.demo_on_first_run and found.is_empty():
        result = load_demo(found)
        if result.report.has_blocking:  # the demo is tested; this would be a broken checkout
            raise RuntimeError("; ".join(result.report.lines()[:3]))
    return found


def store() -> GraphStore:
    """The store, or a French message and a « Réessayer » button when it cannot be opened."""
    try:
        with st.spinner(t("app.opening")):
            return _open()
    except PasserellesError as error:
        st.error(error.message())
        if st.button(t("app.retry"), key="retry_store"):
            _open.clear()
            st.rerun()
        st.stop()
        raise  # st.stop() raises; this keeps type checkers content
