"""Rencontres: the project's timeline, what a meeting produced, and planning a meeting (the federation only;
the query refuses anyone else whatever this page shows)."""

import datetime as dt

import pandas as pd
import streamlit as st

from booklet.typography import french_date, french_time
from graph.access import PUBLIC, Access
from graph.errors import PasserellesError
from graph.i18n import t
from graph.vocabularies import PRACTICE_OUTCOME, QUESTION_STATUS, ROLE
from queries import QUERIES
from queries.meetings import MeetingPlan, can_plan
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


current = store()
who = person()
st.title(t("page.rencontres.heading"))
st.caption(t("page.rencontres.intro"))
if planned := st.session_state.pop("meeting_planned", None):
    st.success(sentence("page.rencontres.plan_done", id=planned))

steps = QUERIES["rencontres_chronologie"](current)
if not steps:
    st.info(t("page.rencontres.empty"))
else:
    st.subheader(t("page.rencontres.timeline"))
    column = "page.rencontres.column."
    timeline = pd.DataFrame([{
        t(column + "date"): french_date(s.date) + (f" ({t('page.rencontres.upcoming')})" if s.a_venir else ""),
        t(column + "theme"): s.theme, t(column + "place"): ", ".join(x for x in (s.lieu, s.commune) if x),
        t(column + "invited"): s.invites, t(column + "present"): s.presents, t(column + "newcomers"): s.nouveaux,
        t(column + "practices"): s.pratiques, t(column + "questions"): s.questions,
        t(column + "views_before"): s.avis_avant} for s in steps])
    st.dataframe(timeline, hide_index=True, width="stretch")

    labels = {s.id: french_date(s.date) for s in steps}
    chosen = st.selectbox(t("page.rencontres.choose"), list(labels), index=len(labels) - 1,
                          format_func=lambda key: labels[key], key="meeting_choice")
    record = QUERIES["rencontre_bilan"](current, rencontre=chosen)
    if record is not None:
        s = record.summary
        st.subheader(t("page.rencontres.card_heading", date=french_date(s.date, weekday=True)))
        hours = " – ".join(french_time(x) for x in (s.heure_debut, s.heure_fin) if x)
        place = ", ".join(x for x in (hours, s.lieu, s.adresse, s.commune) if x)
        if place:
            st.text(place)
        if s.theme:
            st.text(s.theme)
        metrics = st.columns(6)
        for box, (key, value) in zip(metrics, (("invited", s.invites), ("present", s.presents),
                                               ("newcomers", s.nouveaux), ("practices", s.pratiques),
                                               ("questions", s.questions), ("views", s.avis)), strict=True):
            box.metric(t(f"page.rencontres.metric.{key}"), value)
        centres_tab, practices_tab, questions_tab, views_tab = st.tabs(
            [t("page.rencontres.present"), t("page.rencontres.practices"), t("page.rencontres.questions"),
             t("page.rencontres.views")])
        with centres_tab:
            newcomers = set(record.nouveaux)
            st.dataframe(pd.DataFrame([{t("page.rencontres.present"): c.nom, t("column.commune"): c.commune,
                                        t("page.rencontres.newcomers"): "✓" if c.id in newcomers else ""}
                                       for c in record.presents]), hide_index=True, width="stretch")
            if record.absents:
                st.caption(t("page.rencontres.absent"))
                st.dataframe(pd.DataFrame([{t("page.rencontres.absent"): c.nom, t("column.commune"): c.commune}
                                           for c in record.absents]), hide_index=True, width="stretch")
        with practices_tab:
            if record.pratiques:
                st.dataframe(pd.DataFrame([{t("page.rencontres.practices"): p.titre, t("column.commune"): p.centre.commune,
                                            t("page.rencontres.centre"): p.centre.nom, PRACTICE_OUTCOME.title: PRACTICE_OUTCOME.label(p.resultat)}
                                           for p in record.pratiques]), hide_index=True, width="stretch")
            else:
                st.info(t("page.rencontres.none"))
        with questions_tab:
            if record.questions:
                st.dataframe(pd.DataFrame([{
                    t("page.rencontres.questions"): q.texte, QUESTION_STATUS.title: QUESTION_STATUS.label(q.etat),
                    t("page.rencontres.question_answers", answers=""): ", ".join(p.titre for p in q.reponses),
                    t("page.rencontres.question_leads", centres=""): ", ".join(c.nom for c in q.pistes)}
                    for q in record.questions]), hide_index=True, width="stretch")
            else:
                st.info(t("page.rencontres.none"))
        with views_tab:
            if record.avis:
                st.dataframe(pd.DataFrame([{ROLE.title: ROLE.label(v.role), t("page.rencontres.views"): v.texte,
                                            t("page.rencontres.centre"): v.centre.nom} for v in record.avis]), hide_index=True,
                             width="stretch")
            else:
                st.info(t("page.rencontres.none"))

st.subheader(t("page.rencontres.plan"))
if not can_plan(who):
    st.info(t("page.rencontres.plan_reader"))
else:
    choices = QUERIES["rencontre_choix"](current)
    communes = commune_choices(current)
    with st.form("plan_meeting"):
        left, middle, right = st.columns(3)
        day = left.date_input(t("page.rencontres.plan_date"), value=dt.date.today() + dt.timedelta(days=30),
                              format="DD/MM/YYYY", key="plan_date")
        start = middle.time_input(t("page.rencontres.plan_start"), value=dt.time(9, 0), key="plan_start")
        end = right.time_input(t("page.rencontres.plan_end"), value=dt.time(12, 30), key="plan_end")
        place = left.text_input(t("page.rencontres.plan_place"), key="plan_place")
        address = middle.text_input(t("page.rencontres.plan_address"), key="plan_address")
        commune = right.selectbox(t("page.rencontres.plan_commune"), ["", *communes], key="plan_commune",
                                  format_func=lambda code: communes.get(code, ""))
        theme = st.text_area(t("page.rencontres.plan_theme"), key="plan_theme")
        invite_all = st.checkbox(t("page.rencontres.plan_invite_all"), value=True, key="plan_invite_all")
        invited = st.multiselect(t("page.rencontres.plan_invites"), list(choices.centres), key="plan_invites",
                                 placeholder=t("choices.several"), format_func=lambda key: choices.centres[key])
        questions = st.multiselect(t("page.rencontres.plan_questions"), list(choices.questions), key="plan_questions",
                                   placeholder=t("choices.several"), format_func=lambda key: choices.questions[key])
        practices = st.multiselect(t("page.rencontres.plan_practices"), list(choices.pratiques), key="plan_practices",
                                   placeholder=t("choices.several"), format_func=lambda key: choices.pratiques[key])
        submitted = st.form_submit_button(t("page.rencontres.plan_submit"))
    if submitted:
        plan = MeetingPlan(day, theme, start, end, place, address, commune,
                           tuple(choices.centres) if invite_all else tuple(invited), tuple(questions), tuple(practices))
        try:
            key = QUERIES["rencontre_planifier"](current, plan=plan, access=who)
        except PasserellesError as error:
            st.error(error_sentence(error))
        else:
            st.session_state["meeting_planned"] = key
            st.rerun()
