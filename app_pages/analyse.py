"""Analyse: the gaps of the territory, the centres that hold the network together and its groups,
and the coverage of each commune or REP/REP+ network; every table downloadable as CSV."""

from typing import Any

import pandas as pd
import streamlit as st

from graph.i18n import catalogue, t
from queries import QUERIES
from queries.analysis import csv_bytes, km
from ui.explorer_state import commune_choices
from ui.markdown import plain
from ui.palette import QUALITIES
from ui.state import STORE_HASH, store

# What an analyst reads first comes first: who, where, why, whom to approach; codes last.
SCHOOL_GAP_COLUMNS = ("ecole", "commune", "motif", "centre_le_plus_proche", "distance_centre_km", "education_prioritaire",
                      "reseau", "qpv_commune", "centres_partenaires", "partenaire_le_plus_proche",
                      "distance_partenaire_km", "uai", "code_insee", "id_centre_le_plus_proche")
CENTRE_GAP_COLUMNS = ("centre", "commune", "motif", "ecole_prioritaire_la_plus_proche", "distance_km", "type",
                      "activites", "id_centre", "code_insee", "uai_la_plus_proche")
COMMUNE_GAP_COLUMNS = ("commune", "motif", "ecoles_prioritaires", "rep_plus", "rep", "qpv", "avec_centre_partenaire",
                       "centre_le_plus_proche", "distance_centre_km", "population", "code_insee")
CENTRE_COLUMNS = ("centre", "commune", "en_clair", "ecoles", "exclusives", "intermediarite", "groupe", "autres_groupes",
                  "id_centre")
GROUP_COLUMNS = ("groupe", "centres", "ecoles", "liens", "centres_principaux", "communes")
TERRITORY_COLUMNS = {
    "commune": ("territoire", "ecoles_prioritaires", "prioritaires_sans_partenaire", "part_prioritaires_couverte",
                "ecoles", "ecoles_sans_partenaire", "part_couverte", "centres", "centres_partenaires", "partenariats",
                "code"),
    "reseau": ("territoire", "type", "ecoles", "ecoles_sans_partenaire", "part_couverte", "centres_partenaires",
               "partenariats", "code"),
}
COVERED, UNCOVERED = QUALITIES["exemplaire"], QUALITIES["fragile"]  # Okabe–Ito green and vermilion


@st.cache_data(show_spinner=False, max_entries=128, hash_funcs=STORE_HASH)
def run(graph_store, name: str, **params: Any) -> Any:
    """A named query's result, computed once per store, person, query and parameters (cleared on writes)."""
    return QUERIES[name](graph_store, **params)


def headers(table: str, columns: tuple[str, ...]) -> dict[str, str]:
    """Column → French title, a table's own title first (« établissements partenaires »)."""
    own = catalogue()
    return {name: t(f"analyse.column.{table}.{name}") if f"analyse.column.{table}.{name}" in own
            else t(f"analyse.column.{name}") for name in columns}


def table(rows: list[dict[str, Any]], name: str, columns: tuple[str, ...]) -> None:
    """A table and its CSV download (headers only when there is nothing to report)."""
    titles = headers(name, columns)
    if rows:
        st.dataframe(pd.DataFrame(rows, columns=list(columns)).rename(columns=titles), hide_index=True, width="stretch")
    else:
        st.caption(t("page.analyse.none"))
    st.download_button(t("page.analyse.download"), csv_bytes(rows, titles), file_name=f"passerelles-{name.replace('_', '-')}.csv",
                       mime="text/csv", key=f"analyse_download_{name}")


current = store()
st.title(t("page.analyse.heading"))
st.caption(t("page.analyse.intro"))
if not run(current, "analyse_territoires", niveau="commune"):
    st.info(t("page.analyse.empty"), icon=":material/info:")
    st.stop()

choices = commune_choices(current)
left, right = st.columns([2, 1])
chosen = left.multiselect(t("page.analyse.communes"), list(choices), format_func=lambda code: choices.get(code, code),
                          key="analyse_communes", placeholder=t("page.analyse.all_communes"))
distance = right.slider(t("page.analyse.distance"), min_value=0.5, max_value=20.0, value=2.0, step=0.5, format="%.1f km",
                        key="analyse_distance", help=t("page.analyse.distance_help"))
wanted = tuple(sorted(chosen))
st.info(t("page.analyse.qpv_note"), icon=":material/info:")

# --- the gaps --------------------------------------------------------------------------------------
schools = run(current, "analyse_lacunes_ecoles", distance_km=float(distance), communes=wanted)
centres = run(current, "analyse_lacunes_centres", communes=wanted)
communes = run(current, "analyse_lacunes_communes", communes=wanted)
st.header(t("page.analyse.gaps"))
counts = st.columns(3)
counts[0].metric(t("page.analyse.metric.schools"), len(schools))
counts[1].metric(t("page.analyse.metric.centres"), len(centres))
counts[2].metric(t("page.analyse.metric.communes"), len(communes))

st.subheader(t("page.analyse.gap_schools", distance=km(distance)))
st.caption(t("page.analyse.gap_schools_help"))
table(schools, "ecoles_sans_centre_proche", SCHOOL_GAP_COLUMNS)
st.subheader(t("page.analyse.gap_centres"))
st.caption(t("page.analyse.gap_centres_help"))
table(centres, "centres_sans_etablissement", CENTRE_GAP_COLUMNS)
st.subheader(t("page.analyse.gap_communes"))
st.caption(t("page.analyse.gap_communes_help"))
table(communes, "communes_sans_centre", COMMUNE_GAP_COLUMNS)

# --- the network ----------------------------------------------------------------------------------
st.header(t("page.analyse.network"))
network = run(current, "analyse_reseau", communes=wanted)
if not network["centres"]:
    st.info(t("page.analyse.no_network"), icon=":material/info:")
else:
    figures = st.columns(4)
    figures[0].metric(t("page.analyse.metric.linked_centres"), network["resume"]["centres"])
    figures[1].metric(t("page.analyse.metric.linked_schools"), network["resume"]["ecoles"])
    figures[2].metric(t("page.analyse.metric.groups"), network["resume"]["groupes"])
    figures[3].metric(t("page.analyse.metric.islands"), network["resume"]["ilots"])
    st.write(t("page.analyse.network_intro"))
    st.markdown("\n".join(f"- **{m['titre']}** : {m['phrase']}" for m in network["mesures"]))  # catalogue text only
    st.write(network["ilots_phrase"])
    st.subheader(t("page.analyse.top"))
    if network["en_tete"]:
        st.markdown("\n".join(f"- {plain(row['phrase'])}" for row in network["en_tete"]))
    else:
        st.caption(t("page.analyse.top_none"))
    st.subheader(t("page.analyse.centres_table"))
    table(network["centres"], "centres_reseau", CENTRE_COLUMNS)
    st.subheader(t("page.analyse.groups"))
    table(network["groupes"], "groupes", GROUP_COLUMNS)

# --- per territory ----------------------------------------------------------------------------------
st.header(t("page.analyse.territories"))
level = st.radio(t("page.analyse.level"), ["commune", "reseau"], horizontal=True, key="analyse_level",
                 format_func=lambda code: t(f"page.analyse.level_choice.{code}"))
territories = run(current, "analyse_territoires", niveau=level, communes=wanted)
table(territories, f"territoires_{level}", TERRITORY_COLUMNS[level])

st.subheader(t("page.analyse.chart"))
covered, uncovered = t("page.analyse.chart_series.covered"), t("page.analyse.chart_series.uncovered")
bars = pd.DataFrame([{"territoire": row["territoire"],
                      covered: row["ecoles_prioritaires"] - row["prioritaires_sans_partenaire"],
                      uncovered: row["prioritaires_sans_partenaire"]}
                     for row in territories if row["ecoles_prioritaires"]])
if bars.empty:
    st.caption(t("page.analyse.chart_empty"))
else:
    st.bar_chart(bars, x="territoire", y=[covered, uncovered], x_label="", y_label=t("analyse.column.ecoles_prioritaires"),
                 horizontal=True, stack=True, sort=False, color=[COVERED, UNCOVERED], height=max(240, 30 * len(bars)))
