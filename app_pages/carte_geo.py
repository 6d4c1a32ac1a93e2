"""Carte géographique: centres, schools and their partnerships over the communes, with no network needed."""

from collections import Counter

import pandas as pd
import streamlit as st

from graph.i18n import counted, t
from graph.vocabularies import QUALITY
from queries import QUERIES
from ui.explorer_state import cached_map, departement_choices
from ui.exports import frame_csv
from ui.geo_map import boundaries_for, build_deck, commune_features, departement_of, departements_shown, legend
from ui.state import store

CSV_COLUMNS = ("id_partenariat", "centre", "commune_centre", "ecole", "uai", "commune_ecole", "forme_libelle",
               "qualite_libelle", "depuis")

WHOLE_COUNTRY = "*"
current = store()
st.title(t("page.carte_geo.heading"))
st.caption(QUERIES["carte"].description)

everything = cached_map(current)
names = {p["code_insee"]: p["commune"] for p in everything["centres"] + everything["ecoles"] if p["code_insee"]}
# A graph of several départements is drawn one département at a time (the one with the most centres first): the
# whole country's schools, partnerships and commune outlines froze the browser for seconds (issue 17).
centres_in = Counter(departement_of(c["code_insee"]) for c in everything["centres"] if c["code_insee"])
shown_in = sorted({departement_of(code) for code in names})
left, right = st.columns(2)
territory = None
if len(shown_in) > 1:
    titles = departement_choices(current)
    first = max(shown_in, key=centres_in.__getitem__)  # on a tie, the first by code
    territory = left.selectbox(t("page.carte_geo.departement"), [*shown_in, WHOLE_COUNTRY], index=shown_in.index(first),
                               key="carte_departement", format_func=lambda code: t("page.carte_geo.whole_country")
                               if code == WHOLE_COUNTRY else f"{titles.get(code, code)} ({code})")
    names = {code: name for code, name in names.items() if departement_of(code) == territory}
chosen = left.multiselect(t("page.carte_geo.communes"), sorted(names, key=lambda code: (names[code], code)),
                          format_func=lambda code: names.get(code, code), key="carte_communes",
                          placeholder=t("page.carte_geo.all_communes"), disabled=territory == WHOLE_COUNTRY)
qualities = right.multiselect(t("page.carte_geo.qualities"), QUALITY.codes, format_func=QUALITY.label,
                              key="carte_qualites", placeholder=t("page.carte_geo.all_qualities"),
                              disabled=territory == WHOLE_COUNTRY)
if territory == WHOLE_COUNTRY:
    data = {**everything, "ecoles": [], "partenariats": [], "qpv": [], "lieux_sans_coordonnees": 0,
            "partenariats_sans_coordonnees": 0}
    st.caption(t("page.carte_geo.whole_country_note"))
else:
    data = cached_map(current, tuple(chosen or (sorted(names) if territory else ())), tuple(qualities))

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
departements = departements_shown(data) if territory != WHOLE_COUNTRY else set()
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
