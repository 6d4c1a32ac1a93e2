"""Accueil: what the graph holds, per kind and per commune, which store is in use, where its open data comes from."""

import pandas as pd
import streamlit as st

from graph.i18n import t
from ingest.demo import DEMO_DIR
from ingest.template import template_xlsx
from queries import QUERIES
from ui.exports import frame_csv
from ui.markdown import plain
from ui.state import store


@st.cache_resource(show_spinner=False)
def template() -> bytes:
    """The workbook template, made once per process: it depends on the schema and the demo files only (and
    kept when a contribution clears the data caches)."""
    return template_xlsx(DEMO_DIR)


SOURCES_LISTED = 8  # more files of open data than this are shown as a table
SOURCE_COLUMNS = ("jeu", "fichier", "date", "site", "lignes")

current = store()
st.title(t("page.accueil.heading"))
st.write(t("page.accueil.intro"))
st.info(QUERIES["magasin"](current)["description"], icon=":material/storage:")

counts = QUERIES["effectifs"](current)
st.subheader(QUERIES["effectifs"].title)
columns = st.columns(4)
for index, row in enumerate(counts):
    columns[index % 4].metric(row["type"][:1].upper() + row["type"][1:], row["nombre"])

sources = QUERIES["donnees_ouvertes"](current)
if sources:
    st.subheader(QUERIES["donnees_ouvertes"].title)
    if len(sources) <= SOURCES_LISTED:
        st.markdown("\n".join(f"- {plain(source['phrase'])}" for source in sources))
    else:  # a whole country: one file per département and dataset
        with st.expander(t("source.table", count=len(sources))):
            st.dataframe(pd.DataFrame([{t(f"source.column.{name}"): source[name] for name in SOURCE_COLUMNS}
                                       for source in sources]), hide_index=True, width="stretch")

st.subheader(QUERIES["par_territoire"].title)
st.caption(QUERIES["par_territoire"].description)
territories = pd.DataFrame(QUERIES["par_territoire"](current))
if territories.empty:
    st.write(t("page.accueil.empty"))
else:
    territories = territories.rename(columns={name: t(f"column.{name}") for name in territories.columns})
    st.dataframe(territories, hide_index=True, width="stretch")
    st.download_button(t("page.accueil.download_csv"), frame_csv(territories),
                       file_name="passerelles-par-commune.csv", mime="text/csv", key="download_territories")

st.subheader(t("page.accueil.template_heading"))
st.write(t("page.accueil.template_intro"))
st.download_button(t("page.accueil.template_button"), template(), file_name="passerelles-modele.xlsx",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="download_template")
