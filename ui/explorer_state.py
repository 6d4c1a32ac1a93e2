"""What the explorer pages cache: the filtered graph (keyed by filters, search and depth),
the map's data (keyed by its filters), the communes to choose from, and the partnerships shown as table rows.

Query results are cached with ``st.cache_data``, keyed by the store, what the person is shown and the store's
revision as well as by the parameters (:data:`ui.state.STORE_HASH`): a filter already used is answered from the
cache until something is written, by this process or another.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from graph.store import GraphStore
from graph.vocabularies import FREQUENCY, PARTNERSHIP_FORM, PARTNERSHIP_OBJECT, QUALITY
from queries import QUERIES
from queries.explorer import Filters, PartnershipGraph
from queries.aggregate import DRAW_LIMIT, AggregatedGraph
from ui.aggregate_view import aggregated_html
from ui.graph_view import network_html
from ui.state import STORE_HASH


@st.cache_data(show_spinner=False, max_entries=64, hash_funcs=STORE_HASH)
def cached_graph(store: GraphStore, filters: Filters, search: str, depth: int) -> tuple[PartnershipGraph, str]:
    """The graph for these filters and its drawing (the slow part), computed once per choice;
    a graph too large to draw node by node gets no drawing (it is shown grouped)."""
    graph = QUERIES["graphe_partenariats"](store, filters=filters, search=search, depth=depth)
    return graph, network_html(graph) if len(graph.nodes) <= DRAW_LIMIT else ""


@st.cache_data(show_spinner=False, max_entries=32, hash_funcs=STORE_HASH)
def cached_groups(store: GraphStore, filters: Filters, level: str, departement: str | None) -> tuple[AggregatedGraph, str]:
    """The graph grouped by département or commune, and its drawing."""
    grouped = QUERIES["graphe_agrege"](store, filters=filters, level=level, departement=departement)
    return grouped, aggregated_html(grouped)


@st.cache_data(show_spinner=False, hash_funcs=STORE_HASH)
def territory_choices(store: GraphStore) -> dict[str, dict[str, str]]:
    """QPV and networks to choose from, code → name."""
    return QUERIES["territoires_a_choisir"](store)


@st.cache_data(show_spinner=False, hash_funcs=STORE_HASH)
def departement_choices(store: GraphStore) -> dict[str, str]:
    """Code → name of the départements."""
    return QUERIES["departements"](store)


@st.cache_data(show_spinner=False, max_entries=64, hash_funcs=STORE_HASH)
def cached_map(store: GraphStore, communes: tuple[str, ...] = (), qualites: tuple[str, ...] = ()) -> dict[str, Any]:
    """The geographic map's data for these filters, computed once per choice."""
    return QUERIES["carte"](store, communes=list(communes), qualites=list(qualites))


@st.cache_data(show_spinner=False, hash_funcs=STORE_HASH)
def commune_choices(store: GraphStore) -> dict[str, str]:
    """INSEE code → name, for the communes where a centre or a school is."""
    rows = QUERIES["par_territoire"](store)
    return {row["code_insee"]: row["commune"] for row in sorted(rows, key=lambda r: r["commune"])}


def partnership_rows(graph: PartnershipGraph) -> list[dict[str, Any]]:
    """The partnerships shown, one row each, in French, for the CSV download."""
    names = {node.id: node.nom for node in graph.nodes}
    return [{
        "partenariat": edge.id, "centre": names.get(edge.source, ""), "etablissement": names.get(edge.target, ""),
        "forme": PARTNERSHIP_FORM.label(edge.forme or ""), "frequence": FREQUENCY.label(edge.frequence or ""),
        "objets": " | ".join(PARTNERSHIP_OBJECT.label(o) for o in edge.objets),
        "qualite": QUALITY.label(edge.qualite or ""), "depuis": edge.depuis or "",
    } for edge in graph.edges]
