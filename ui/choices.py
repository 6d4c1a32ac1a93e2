"""A choice among many: a selectbox when the list is short, a search that narrows it when it is not.

A selectbox sends every option to the browser at each run: 30,000 practices froze the tab 10–12 s per click
(issue 17). Past :data:`LIMIT` options, the page shows a search field and offers only what matches it (and the
options the page puts first, such as the practices it ranks).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import streamlit as st

from graph.i18n import t
from graph.text import fold

LIMIT = 300   # options a selectbox may send at once
SHOWN = 50    # matches offered after a search


def narrowed(options: Mapping[str, str], query: str, first: Iterable[str] = (), limit: int = SHOWN) -> list[str]:
    """The keys of ``options`` whose label holds every word of ``query`` (accents and case ignored), those of
    ``first`` before the others, at most ``limit``.

    >>> narrowed({"a": "Café des parents", "b": "Liaison école–collège", "c": "Café-philo"}, "cafe", first=["c"])
    ['c', 'a']
    """
    words = fold(query).split()
    if not words:
        return [key for key in first if key in options][:limit]
    found = [key for key in dict.fromkeys([*first, *options]) if key in options
             and all(word in fold(options[key]) for word in words)]
    return found[:limit]


def choices(container: Any, options: Mapping[str, str], key: str, first: Iterable[str] = (),
            search: str | None = None) -> list[str]:
    """The keys of ``options`` (labels by key) a selectbox ``key`` may offer: all of them, or past :data:`LIMIT` the
    ones a search field (labelled ``search``) shown in ``container`` narrows them to (the one already chosen kept)."""
    keys = list(options)
    if len(keys) <= LIMIT:
        return keys
    query = container.text_input(search or t("choices.search"), key=f"{key}_search",
                                 placeholder=t("choices.search_hint", total=len(keys)))
    keys = narrowed(options, query, first)
    if query and not keys:
        container.caption(t("choices.search_none"))
    chosen = st.session_state.get(key)
    if chosen in options and chosen not in keys:
        keys.insert(0, chosen)  # what was chosen stays chosen while the search changes
    return keys


def choose(container: Any, label: str, options: Mapping[str, str], key: str, placeholder: str,
           first: Iterable[str] = (), search: str | None = None) -> str | None:
    """One key of ``options`` (labels by key), or None: a selectbox, narrowed by a search past :data:`LIMIT`."""
    return container.selectbox(label, choices(container, options, key, first, search), format_func=options.get,
                               index=None, key=key, placeholder=placeholder)
