"""The libraries the pages import on first use, imported once by the server's main thread before any session runs.

Passerelles' command-line tools import scikit-learn, SciPy, networkx or matplotlib only when they need them (a
command stays light). In the app, several sessions may reach a page that needs one of them *at the same time*, each
in its own thread: two threads importing packages that import each other (narwhals under Altair, scikit-learn and
SciPy) make Python raise « deadlock detected by _ModuleLock » or expose a half-imported module. ``serveur.py``
imports this module first, in the main thread, so that every session finds them whole.
"""

from __future__ import annotations

import importlib

# What a page imports lazily (directly or through Streamlit's charts and maps), in dependency order.
MODULES = ("numpy", "pandas", "scipy.sparse", "sklearn.feature_extraction.text", "sklearn.neighbors", "networkx",
           "matplotlib.pyplot", "narwhals.stable.v1", "altair", "pydeck", "pyvis.network", "zxcvbn",
           "dateparser.date", "queries", "ui.images", "booklet")


def preload() -> None:
    for name in MODULES:
        importlib.import_module(name)


preload()
