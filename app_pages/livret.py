"""Livret: choose what goes into the booklet, write its introduction, download it (Word, PDF, web page);
the one-page handout of a meeting; the analysis grids compared across communes and centres."""

import re
from functools import partial

import pandas as pd
import streamlit as st

from booklet import MIME, BookletOptions, booklet_files, handout_files
from booklet.introduction import read_introduction, save_introduction
from booklet.typography import french_date
from graph.access import PUBLIC, Access, Role
from graph.errors import PasserellesError
from graph.i18n import t
from graph.vocabularies import SCALE, THEME
from queries import QUERIES
from queries.grids import Selection
from ui.explorer_state import commune_choices
from ui.markdown import error_sentence, sentence
from ui.state import store


def person() -> Access:
    """Who is using the app: the session's person once accounts exist, a reader until then."""
    try:
        from ui.session import access
    except ImportError:
        return PUBLIC
    return access()


def handout_file(current, meeting: str, fmt: str) -> bytes:
    return handout_files(current, meeting, formats=(fmt,))[fmt]


def month(key: str, label: str) -> str | None:
    """A month typed AAAA-MM, or None (with a message when it is not one)."""
    value = st.text_input(label, key=key, placeholder="2019-05").strip()
    if value and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        st.warning(sentence("page.livret.bad_month", value=value))
        return None
    return value or None


current = store()
who = person()
st.title(t("page.livret.heading"))
st.caption(t("page.livret.intro"))

steps = QUERIES["rencontres_chronologie"](current)
meetings = {s.id: french_date(s.date) for s in steps}
with st.expander(t("page.livret.choose"), expanded=True):
    left, right = st.columns(2)
    themes = left.multiselect(t("page.livret.themes"), THEME.codes, format_func=THEME.label, key="livret_themes",
                              placeholder=t("page.livret.all"))
    communes = commune_choices(current)
    places = right.multiselect(t("page.livret.communes"), list(communes), format_func=lambda c: communes[c],
                               key="livret_communes", placeholder=t("page.livret.all"))
    presented = left.multiselect(t("page.livret.meetings"), list(meetings), format_func=lambda m: meetings[m],
                                 key="livret_meetings", placeholder=t("page.livret.all"))
    with right:
        st.caption(t("page.livret.period"))
        start_column, end_column = st.columns(2)
        with start_column:
            start = month("livret_from", t("page.livret.from"))
        with end_column:
            end = month("livret_to", t("page.livret.to"))
    st.caption(t("page.livret.syntheses"))
    ticks = st.columns(4)
    conflicts = ticks[0].checkbox(t("page.livret.conflicts"), value=True, key="livret_conflicts")
    questions = ticks[1].checkbox(t("page.livret.questions"), value=True, key="livret_questions")
    views = ticks[2].checkbox(t("page.livret.views"), value=True, key="livret_views")
    figures = ticks[3].checkbox(t("page.livret.figures"), value=True, key="livret_figures")

selection = Selection(tuple(themes), tuple(places), start, end, tuple(presented))
sheets = QUERIES["fiches_pratiques"](current, selection=selection)
st.metric(t("page.livret.count", count=len(sheets)), len(sheets))

st.subheader(t("page.livret.introduction"))
introduction = st.text_area(t("page.livret.introduction"), value=read_introduction(), height=220,
                            key="livret_introduction", help=t("page.livret.introduction_help"),
                            label_visibility="collapsed")
if who.role is Role.ADMIN:
    if st.button(t("page.livret.introduction_save"), key="livret_save_introduction"):
        try:
            save_introduction(introduction, who)
        except PasserellesError as error:
            st.error(error_sentence(error))
        else:
            st.success(t("page.livret.introduction_saved"))
else:
    st.caption(t("page.livret.introduction_reader"))

options = BookletOptions(selection, introduction, conflicts, questions, views, figures)
if st.button(t("page.livret.generate"), type="primary", key="livret_generate"):
    with st.spinner(t("page.livret.generate")):
        st.session_state["livret_files"] = (options, booklet_files(current, options))
made = st.session_state.get("livret_files")
if made and made[0] == options:
    downloads = st.columns(3)
    for box, fmt in zip(downloads, ("docx", "pdf", "html"), strict=True):
        box.download_button(t(f"page.livret.download_{fmt}"), made[1][fmt], file_name=f"livret-passerelles.{fmt}",
                            mime=MIME[fmt], key=f"livret_download_{fmt}")

st.subheader(t("page.livret.handout"))
st.caption(t("page.livret.handout_intro"))
if meetings:
    chosen = st.selectbox(t("page.livret.handout_meeting"), list(meetings), index=len(meetings) - 1,
                          format_func=lambda m: meetings[m], key="livret_handout_meeting")
    columns = st.columns(3)
    for box, fmt in zip(columns, ("docx", "pdf", "html"), strict=True):  # made when asked for, not at each run
        box.download_button(t(f"page.livret.handout_{fmt}"), partial(handout_file, current, chosen, fmt),
                            file_name=f"rencontre-{chosen}.{fmt}", mime=MIME[fmt], key=f"livret_handout_{fmt}")

grids = QUERIES["grilles"](current)
if grids:
    with st.expander(t("page.livret.grids")):
        names = {g.id: g.nom for g in grids}
        grid_id = st.selectbox(t("page.livret.grid"), list(names), format_func=lambda g: names[g], key="livret_grid")
        grid = next(g for g in grids if g.id == grid_id)
        if grid.description:
            st.text(grid.description)
        column = "page.livret.column."
        st.dataframe(pd.DataFrame([{t(column + "criterion"): c.libelle, t(column + "scale"): SCALE.label(c.echelle),
                                    t(column + "help"): c.aide} for c in grid.criteres]), hide_index=True, width="stretch")
        if grid.scored:
            by = st.radio(t("page.livret.group_by"), ("commune", "centre"), horizontal=True, key="livret_group_by",
                          format_func=lambda g: t(f"page.livret.by_{g}"))
            rows = QUERIES["grille_comparaison"](current, grille=grid.id, par=by)
            marks = pd.DataFrame([{t(column + "group"): r.nom, t(column + "criterion"): r.libelle,
                                   t(column + "value"): r.valeur, t(column + "count"): r.n}
                                  for r in rows if r.echelle == "note_1_4"])
            if marks.empty:
                st.info(t("page.livret.no_scores"))
            else:
                st.bar_chart(marks, x=t(column + "group"), y=t(column + "value"), color=t(column + "criterion"),
                             stack=False, horizontal=True)
                st.dataframe(marks, hide_index=True, width="stretch")
