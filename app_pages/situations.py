"""Situations de conflit: from a description (nature, who turned to the centre, level, commune), the stances centres
took in similar past cases and how often each eased the situation, then the cases themselves — their narratives
only for those entitled to them (the query decides, whatever this page shows)."""


import pandas as pd
import streamlit as st

from graph.i18n import t
from graph.vocabularies import CONFLICT_NATURE, CONFLICT_OUTCOME, SCHOOL_LEVEL, SOLICITED_BY, STANCE
from queries import QUERIES
from queries.conflicts import Conflict
from ui.explorer_state import commune_choices
from ui.markdown import plain
from ui.session import access
from ui.state import store


def one(vocabulary, key: str, label: str) -> str | None:
    chosen = st.selectbox(label, vocabulary.labels, index=None, key=key, placeholder=t("page.situations.any"))
    return vocabulary.code_for(chosen) if chosen else None


current = store()
who = access()
st.title(t("page.situations.heading"))
st.caption(t("page.situations.intro"))

left, middle, right = st.columns(3)
with left:
    nature = one(CONFLICT_NATURE, "conflict_nature", t("page.situations.nature"))
    solicited = one(SOLICITED_BY, "conflict_solicited", t("page.situations.solicited"))
with middle:
    level = one(SCHOOL_LEVEL, "conflict_level", t("page.situations.level"))
with right:
    communes = commune_choices(current)
    commune = st.selectbox(t("page.situations.commune"), list(communes), format_func=communes.get, index=None,
                           key="conflict_commune", placeholder=t("page.situations.any"))

guidance = QUERIES["situations_similaires"](current, conflict=Conflict(nature, solicited, level, commune), access=who)

st.subheader(t("page.situations.stances"))
st.dataframe(pd.DataFrame([{
    t("page.situations.stance_column"): STANCE.label(record.stance),
    t("page.situations.cases_column"): record.cases,
    t("page.situations.eased_column"): record.eased,
    t("page.situations.partly_column"): record.partly,
    t("page.situations.share_column"): None if record.eased_share is None else f"{round(100 * record.eased_share)} %",
} for record in guidance.stances]), hide_index=True)

st.subheader(t("page.situations.similar"))
if not guidance.cases:
    st.info(t("page.situations.none"))
if guidance.hidden:
    st.caption(t("page.situations.hidden", count=guidance.hidden))
for case in guidance.cases:
    with st.container(border=True):
        st.markdown("**" + t("page.situations.case", nature=CONFLICT_NATURE.label(case.nature),
                             solicited=SOLICITED_BY.label(case.solicited_by), level=SCHOOL_LEVEL.label(case.level),
                             year=case.year) + "**")
        st.write(t("page.situations.case_stance", stance=STANCE.label(case.stance),
                   issue=CONFLICT_OUTCOME.label(case.issue)))
        st.caption(t("page.situations.similarity", score=round(100 * case.similarity)))
        if case.readable:
            for name, text in (("actions", case.actions), ("lessons", case.enseignements), ("recit", case.recit)):
                if text:
                    st.markdown(f"**{t(f'page.situations.{name}')}** : {plain(text)}")

if guidance.lessons:
    st.subheader(t("page.situations.lessons_heading"))
    st.markdown("\n".join(f"- {plain(lesson)}" for lesson in guidance.lessons))
