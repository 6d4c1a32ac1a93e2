"""Carte géographique: centres, schools and their partnerships over the communes, with no network needed."""

import pandas as pd
import streamlit as st

from graph.i18n import counted, t
from graph.vocabularies import QUALITY
from queries import QUERIES
from ui.explorer_state import cached_map
from ui.exports import frame_csv
from ui.geo_map import boundaries_for, build_deck, commune_features, departements_shown, legend
from ui.state import store

CSV_COLUMNS = ("id_partenariat", "centre", "commune_centre", "ecole", "uai", "commune_ecole", "forme_libelle",
               "qualite_libelle", "depuis")

current = store()
st.title(t("page.carte_geo.heading"))
st.caption(QUERIES["carte"].description)

everything = cached_map(current)
names = {p["code_insee"]: p["commune"] for p in everything["centres"] + everything["ecoles"] if p["code_insee"]}
left, right = st.columns(2)
chosen = left.multiselect(t("page.carte_geo.communes"), sorted(names, key=lambda code: (names[code], code)),
                          format_func=lambda code: names.get(code, code), key="carte_communes",
                          placeholder=t("page.carte_geo.all_communes"))
qualities = right.multiselect(t("page.carte_geo.qualities"), QUALITY.codes, format_func=QUALITY.label,
                              key="carte_qualites", placeholder=t("page.carte_geo.all_qualities"))
data = cached_map(current, tuple(chosen), tuple(qualities))

counts = st.columns(4)
counts[0].metric(t("page.carte_geo.count.centres"), len(data["centres"]))
counts[1].metric(t("page.carte_geo.count.ecoles"), len(data["ecoles"]))
counts[2].metric(t("page.carte_geo.count.partenariats"), len(data["partenariats"]))
counts[3].metric(t("page.carte_geo.count.qpv"), len(data["qpv"]))
if not data["centres"] and not data["ecoles"]:
    st.info(t("page.carte_geo.empty"), icon=":material/info:")

qpv_names: dict[str, list[str]] = {}
for qpv in everything["qpv"]:
    for code in qpv["communes"]:
        qpv_names.setdefault(code, []).append(qpv["nom"])
departements = departements_shown(data)
features = boundaries_for(departements)
if departements and not features:
    st.caption(t("page.carte_geo.no_boundaries"))
st.pydeck_chart(build_deck(data, commune_features(features, data, qpv_names)), height=620)
legend()
if data["lieux_sans_coordonnees"] or data["partenariats_sans_coordonnees"]:
    st.caption(t("page.carte_geo.unplaced", places=counted("lieux", data["lieux_sans_coordonnees"]),
                 partnerships=counted("partenariats", data["partenariats_sans_coordonnees"])))

table = pd.DataFrame(data["partenariats"], columns=list(CSV_COLUMNS))
table = table.rename(columns={name: t(f"page.carte_geo.column.{name}") for name in CSV_COLUMNS})
st.download_button(t("page.carte_geo.download_csv", count=len(table)),
                   frame_csv(table), file_name="passerelles-carte-partenariats.csv",
                   mime="text/csv", key="download_map_partnerships", disabled=table.empty)
