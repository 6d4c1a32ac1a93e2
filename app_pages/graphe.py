"""Graphe des partenariats: who works with whom, how, where; filters, search, focus, cards."""

from functools import partial

import pandas as pd
import streamlit as st

from graph.i18n import counted, t
from graph.vocabularies import PARTNERSHIP_FORM, PRACTICE_OUTCOME, QUALITY
from queries import QUERIES
from queries.aggregate import DRAW_LIMIT
from ui.choices import choose
from ui.explorer_state import cached_graph, cached_groups, departement_choices, partnership_rows
from ui.exports import frame_csv, gexf_bytes, graphml_bytes
from ui.graph_filters import filter_widgets, search_widgets
from ui.graph_view import legend, network_html
from ui.images import graph_png, graph_svg
from ui.markdown import sentence
from ui.state import store

current = store()
st.title(t("page.graphe.heading"))
st.caption(QUERIES["graphe_partenariats"].description)

filters = filter_widgets(current, "graph")
search, depth = search_widgets("graph")

graph, drawing = cached_graph(current, filters, search, depth)
if search and not graph.matches:
    st.warning(sentence("page.graphe.no_match", search=search))
counts = st.columns(3)
counts[0].metric(t("page.graphe.centres"), sum(1 for n in graph.nodes if n.label == "Centre"))
counts[1].metric(t("page.graphe.schools"), sum(1 for n in graph.nodes if n.label == "Ecole"))
counts[2].metric(t("page.graphe.partnerships"), len(graph.edges))

def open_group(level: str, codes: dict[str, str]) -> None:
    """Go down one level: the chosen département or commune becomes the territory filter."""
    chosen = st.session_state.get(f"graph_open_{level}")
    if chosen in codes:  # territory filters add up: the commune replaces its département
        st.session_state["graph_departements"] = [codes[chosen]] if level == "departement" else []
        if level == "commune":
            st.session_state["graph_communes"] = [codes[chosen]]


if graph.nodes and not drawing:  # too many to draw one by one: grouped by territory, opened level by level
    one = filters.departements[0] if len(filters.departements) == 1 else None
    level = "commune" if one or filters.communes or len(departement_choices(current)) <= 1 else "departement"
    grouped, grouped_drawing = cached_groups(current, filters, level, one)
    st.info(t("aggregate.grouped", count=len(graph.nodes), limit=DRAW_LIMIT, level=t(f"aggregate.level_{level}")))
    st.iframe(grouped_drawing, height=740)
    codes = {t("aggregate.group_option", name=g.nom, partnerships=counted("partenariats", g.partenariats),
               centres=counted("centres", g.centres), schools=counted("etablissements", g.ecoles)): g.key
             for g in sorted(grouped.groups, key=lambda g: -g.partenariats)}
    st.selectbox(t(f"aggregate.open_{level}"), list(codes), index=None, key=f"graph_open_{level}",
                 on_change=open_group, args=(level, codes), placeholder=t("page.graphe.choose"))
elif graph.nodes:
    st.iframe(drawing, height=740)
else:
    st.info(t("page.graphe.empty"))
st.markdown("  \n".join(f'<span style="color:{colour}">{text}</span>' for colour, text in legend()),
            unsafe_allow_html=True)  # our own catalogue texts only, no user text

rows = pd.DataFrame(partnership_rows(graph))
if not rows.empty:
    exports = st.columns(4)
    exports[0].download_button(t("page.graphe.download"), frame_csv(rows),
                               file_name="passerelles-partenariats.csv", mime="text/csv", key="graph_download")
    exports[1].download_button(t("page.graphe.download_html"), lambda: network_html(graph, height=900).encode("utf-8"),
                               file_name="passerelles-graphe.html", mime="text/html", key="graph_download_html",
                               disabled=not drawing)
    exports[2].download_button(t("page.graphe.download_graphml"), partial(graphml_bytes, graph),
                               file_name="passerelles-graphe.graphml", mime="application/xml", key="graph_download_graphml")
    exports[3].download_button(t("page.graphe.download_gexf"), partial(gexf_bytes, graph),
                               file_name="passerelles-graphe.gexf", mime="application/xml", key="graph_download_gexf")
    images = st.columns(4)  # drawn only when asked for: a second or so each (like the files above)
    images[0].download_button(t("page.graphe.download_png"), partial(graph_png, graph), file_name="passerelles-graphe.png",
                              mime="image/png", key="graph_download_png", disabled=not drawing)
    images[1].download_button(t("page.graphe.download_svg"), partial(graph_svg, graph), file_name="passerelles-graphe.svg",
                              mime="image/svg+xml", key="graph_download_svg", disabled=not drawing)


@st.fragment
def card_part() -> None:
    """A centre's or a school's card: choosing one reruns this part only, not the drawing above."""
    st.subheader(t("page.graphe.card"))
    nodes = {f"{node.nom} ({node.commune_nom}, {node.key})": node.id for node in sorted(graph.nodes, key=lambda n: n.nom)}
    opened = choose(st, t("page.graphe.open_card"), {name: name for name in nodes}, "graph_card", t("page.graphe.choose"))
    if opened:
        show_card(QUERIES["fiche"](current, node=nodes[opened]))


def show_card(card) -> None:
    st.markdown(f"**{t('page.graphe.partnerships')}**")
    st.dataframe(pd.DataFrame([{t("page.graphe.col.id"): p["id_partenariat"],
                                t("page.graphe.col.form"): PARTNERSHIP_FORM.label(p.get("forme", "")),
                                t("page.graphe.col.quality"): QUALITY.label(p.get("qualite", ""))}
                               for p in card["partenariats"]]), hide_index=True)
    st.markdown(f"**{t('page.graphe.practices')}**")
    st.dataframe(pd.DataFrame([{t("page.graphe.col.title"): p.get("titre", ""), t("page.graphe.col.outcome"): PRACTICE_OUTCOME.label(p.get("resultat", ""))}
                               for p in card["pratiques"]]), hide_index=True)
    st.write(t("page.graphe.meetings", count=len(card["rencontres"])))
    st.write(t("page.graphe.cases", count=card["situations"]))


card_part()
