"""Passerelles served: Streamlit's own server for ``app.py``, plus the two routes of the session cookie.

    streamlit run serveur.py      (what ``./passerelles demo`` does)

Streamlit recognises the ``st.App`` below and serves ``app.py`` through it, with every option of
``streamlit run`` (``--server.port``, ``--server.address``…). The routes (``ui/cookies.py``) let a
signed-in person stay signed in across page reloads; ``streamlit run app.py`` still works, without it.
"""

from __future__ import annotations

from streamlit.starlette import App

import ui.preload  # noqa: F401  (the lazily imported libraries, whole before any session: see the module)
from ui.cookies import routes

app = App("app.py", routes=routes())
