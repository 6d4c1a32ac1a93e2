"""The explorer's filter widgets, said once: the graph page and the presenter page show the same
ones (territory, school, partnership, centre; search; neighbourhood), each page under its own
widget keys (``{prefix}_communes``, ``{prefix}_qualities``, ``{prefix}_search``…).
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from graph.i18n import t
from graph.store import GraphStore
from graph.vocabularies import (ACTIVITY, FREQUENCY, PARTNERSHIP_FORM, PARTNERSHIP_OBJECT, PRIORITY, QUALITY,
                                SCHOOL_LEVEL, SCHOOL_STATUS, Vocabulary)
from queries.explorer import Filters
from ui.explorer_state import commune_choices, departement_choices, territory_choices

FIRST_YEAR = 2000  # the period slider starts here; its full range filters nothing


def _pick(vocabulary: Vocabulary, key: str) -> tuple[str, ...]:
    chosen = st.multiselect(vocabulary.title, vocabulary.labels, key=key, placeholder=t("page.graphe.all"))
    return tuple(code for label in chosen if (code := vocabulary.code_for(label)) is not None)


def filter_widgets(store: GraphStore, prefix: str, expanded: bool = False) -> Filters:
    """The filters chosen in an expander of three columns of multiselects (empty: everything)."""
    with st.expander(t("page.graphe.filters"), expanded=expanded):
        left, middle, right = st.columns(3)
        with left:
            names = departement_choices(store)
            departements: list[str] = []
            if len(names) > 1:  # one département (the demo, a federation): nothing to choose
                departements = st.multiselect(t("aggregate.departements"), list(names), key=f"{prefix}_departements",
                                              format_func=lambda code: f"{code} {names[code]}",
                                              placeholder=t("page.graphe.all"))
            communes = commune_choices(store)
            chosen = st.multiselect(t("page.graphe.communes"), list(communes), key=f"{prefix}_communes",
                                    format_func=lambda code: communes[code], placeholder=t("page.graphe.all"))
            places = territory_choices(store)
            qpv = st.multiselect(t("aggregate.qpv"), list(places["qpv"]), key=f"{prefix}_qpv",
                                 format_func=lambda code: places["qpv"][code], placeholder=t("page.graphe.all"))
            networks = st.multiselect(t("aggregate.reseaux"), list(places["reseaux"]), key=f"{prefix}_reseaux",
                                      format_func=lambda code: places["reseaux"][code], placeholder=t("page.graphe.all"))
            priority = _pick(PRIORITY, f"{prefix}_priority")
            levels = _pick(SCHOOL_LEVEL, f"{prefix}_levels")
        with middle:
            statuses = _pick(SCHOOL_STATUS, f"{prefix}_statuses")
            forms = _pick(PARTNERSHIP_FORM, f"{prefix}_forms")
            frequencies = _pick(FREQUENCY, f"{prefix}_frequencies")
        with right:
            objects = _pick(PARTNERSHIP_OBJECT, f"{prefix}_objects")
            qualities = _pick(QUALITY, f"{prefix}_qualities")
            activities = _pick(ACTIVITY, f"{prefix}_activities")
        last = dt.date.today().year
        start, end = st.select_slider(t("aggregate.period"), options=list(range(FIRST_YEAR, last + 1)),
                                      value=(FIRST_YEAR, last), key=f"{prefix}_period")
    return Filters(communes=tuple(chosen), departements=tuple(departements), qpv=tuple(qpv), reseaux=tuple(networks),
                   depuis_min=f"{start:04d}-01" if start > FIRST_YEAR else None,
                   depuis_max=f"{end:04d}-12" if end < last else None, education_prioritaire=priority, niveaux=levels, statuts=statuses,
                   formes=forms, frequences=frequencies, objets=objects, qualites=qualities, activites=activities)


def search_widgets(prefix: str) -> tuple[str, int]:
    """The name searched (accent- and case-insensitive) and the neighbourhood depth around it."""
    search_column, depth_column = st.columns([3, 1])
    search = search_column.text_input(t("page.graphe.search"), key=f"{prefix}_search",
                                      placeholder=t("page.graphe.search_hint"))
    depth = depth_column.select_slider(t("page.graphe.depth"), options=[1, 2, 3], value=1, key=f"{prefix}_depth")
    return search, int(depth)
