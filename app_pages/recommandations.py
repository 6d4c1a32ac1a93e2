"""Ce qui a marché ailleurs: a centre (picked, or described by hand) and its problem → the practices that worked in
similar configurations, ranked, each with its reasons; why one is not higher; the federation's weights; reporting
back after reusing a practice; the answers to open questions."""

from dataclasses import fields

import pandas as pd
import streamlit as st

from graph.access import Role
from graph.errors import PasserellesError
from graph.i18n import t
from graph.schema import KINDS
from graph.settings import Settings
from graph.text import fold
from graph.vocabularies import (
    CENTRE_TYPE,
    FREQUENCY,
    PARTNERSHIP_OBJECT,
    PRACTICE_OUTCOME,
    PRIORITY,
    QUALITY,
    SCHOOL_LEVEL,
    THEME,
)
from ingest.positions import france_communes, shipped_positions
from queries import QUERIES
from queries.recommend import COMPONENTS, Filters, Profile, Weights
from ui.choices import choices, choose
from ui.incidents import say
from ui.markdown import error_sentence, plain, sentence
from ui.session import access
from ui.state import store


@st.cache_resource(show_spinner=False, max_entries=8)
def cached_index(_store, view: tuple, revision: str):  # one index per graph shown and per revision of the store
    return QUERIES["recommandations_index"](_store, folder=Settings.load().caches, view=repr(view))  # kept on disk


QUESTIONS_PER_PAGE = 10
current = store()
who = access()
index = cached_index(current, who.view, current.revision())
st.title(t("page.recommandations.heading"))
st.caption(t("page.recommandations.intro"))


def pick(vocabulary, key: str, label: str | None = None, default: tuple[str, ...] = ()) -> tuple[str, ...]:
    chosen = st.multiselect(label or vocabulary.title, vocabulary.labels, key=key,
                            default=[vocabulary.label(code) for code in default], placeholder=t("page.recommandations.all"))
    return tuple(vocabulary.code_for(label) for label in chosen)


def yes_no(container, label: str, key: str) -> bool | None:
    """Yes, no, or not said (the default: a configuration described by hand says only what the person chose)."""
    answers = {"": t("page.recommandations.not_said"), "oui": t("page.recommandations.yes"),
               "non": t("page.recommandations.no")}
    chosen = container.selectbox(label, list(answers), format_func=answers.get, key=key)
    return {"oui": True, "non": False}.get(chosen)


def one(vocabulary, key: str, label: str) -> str | None:
    chosen = st.selectbox(label, vocabulary.labels, index=None, key=key, placeholder=t("page.recommandations.any"))
    return vocabulary.code_for(chosen) if chosen else None


centre_names = {key: f"{c.nom} ({c.commune_nom})" for key, c in sorted(index.centres.items(), key=lambda i: i[1].nom)}
st.subheader(t("page.recommandations.who"))
by_hand = st.radio(t("page.recommandations.mode"), [t("page.recommandations.mode_centre"),
                                                   t("page.recommandations.mode_hand")],
                   key="reco_mode", horizontal=True) == t("page.recommandations.mode_hand")
if not by_hand:
    left, right = st.columns([2, 1])
    centre = left.selectbox(t("page.recommandations.centre"), list(centre_names), format_func=centre_names.get,
                            index=None, key="reco_centre", placeholder=t("page.recommandations.choose"))
    with right:
        levels = pick(SCHOOL_LEVEL, "reco_levels", t("page.recommandations.levels"))
    base = QUERIES["recommandations_profil"](current, centre=centre, levels=levels, index=index) if centre else Profile()
else:
    communes = france_communes()  # any commune of France, placed where it is
    left, middle, right = st.columns(3)
    with_centre = sorted({c.commune for c in index.centres.values()}, key=lambda code: communes.get(code, code))
    commune = choose(left, t("page.recommandations.commune"), communes, "reco_commune",
                     t("page.recommandations.choose"), first=with_centre, search=t("page.recommandations.commune_search"))
    kind = left.selectbox(t("page.recommandations.type"), CENTRE_TYPE.codes, key="reco_type", format_func=CENTRE_TYPE.label)
    clas = yes_no(left, t("page.recommandations.clas"), "reco_clas")
    qpv = yes_no(left, t("page.recommandations.qpv"), "reco_qpv")
    with middle:
        levels = pick(SCHOOL_LEVEL, "reco_hand_levels", t("page.recommandations.levels"))
        priority = pick(PRIORITY, "reco_priority", t("page.recommandations.priority"))
        objects = pick(PARTNERSHIP_OBJECT, "reco_objects", t("page.recommandations.objects"))
    with right:
        quality = one(QUALITY, "reco_quality", t("page.recommandations.quality"))
        frequency = one(FREQUENCY, "reco_frequency", t("page.recommandations.frequency"))
    base = Profile(commune=commune, position=shipped_positions().get(commune or ""), evs=kind == "evs", clas=clas,
                   qpv=qpv, levels=levels, priority=priority, quality=quality, frequency=frequency, objects=objects)

st.subheader(t("page.recommandations.problem"))
themes = pick(THEME, "reco_themes", t("page.recommandations.themes"))
text = st.text_area(t("page.recommandations.text"), key="reco_text", placeholder=t("page.recommandations.text_hint"),
                    max_chars=1000, height=80)
profile = Profile(**{**base.__dict__, "themes": themes, "text": text})

with st.expander(t("page.recommandations.filters")):
    left, right = st.columns(2)
    max_km = left.number_input(t("page.recommandations.max_km"), min_value=0, max_value=1000, value=0, step=5,
                               key="reco_max_km")
    with left:
        outcomes = pick(PRACTICE_OUTCOME, "reco_outcomes", t("page.recommandations.outcomes"),
                        default=("a_marche", "en_partie"))
    with right:
        filter_levels = pick(SCHOOL_LEVEL, "reco_filter_levels", t("page.recommandations.filter_levels"))
        filter_themes = pick(THEME, "reco_filter_themes", t("page.recommandations.filter_themes"))
filters = Filters(max_km=float(max_km) or None, outcomes=outcomes, levels=filter_levels, themes=filter_themes)

try:
    saved = QUERIES["recommandations_poids"](current)
except PasserellesError as error:  # names a file of the server: its path for administrators only
    st.warning(say(error))
    saved = Weights()
with st.expander(t("page.recommandations.weights")):
    chosen = {f.name: st.slider(t(f"page.recommandations.component.{f.name}"), 0.0, 10.0, float(getattr(saved, f.name)),
                                0.25, key=f"reco_weight_{f.name}") for f in fields(Weights)}
    weights = Weights(**chosen)
    if who.role is Role.ADMIN and st.button(t("page.recommandations.weights_save"), key="reco_weights_save"):
        QUERIES["recommandations_enregistrer_poids"](current, weights=weights, access=who)
        st.success(t("page.recommandations.weights_saved"))
    st.markdown(t("page.recommandations.method_text"))

CARDS = 10
found = QUERIES["recommandations"](current, profile=profile, filters=filters, weights=weights, limit=4 * CARDS,
                                   index=index)
OUTCOME_TEXT = {"a_marche": "worked", "en_partie": "partly", "n_a_pas_marche": "failed", "en_cours": "ongoing"}
GRID = KINDS["Pratique"]


def grouped(items: list) -> list[list]:
    """The practices with one title together (the same practice carried by several centres), best first, at most
    :data:`CARDS` cards."""
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(fold(item.title), []).append(item)
    return list(groups.values())[:CARDS]


def where(item) -> str:
    if item.same_commune:
        return t("page.recommandations.same_commune")
    if item.distance_km is None:
        return t("page.recommandations.no_distance")
    km = str(item.distance_km).replace(".", ",")
    return t(f"page.recommandations.{'neighbour' if item.neighbour else 'distance'}", km=km)


def deciding_components(cards: list[list]) -> list[str]:
    """The components whose share differs from one card to another: one worth the same on every card decides
    nothing and is not shown (all of them when there is one card)."""
    shares = {c: {round(100 * group[0].points[c]) for group in cards} for c in COMPONENTS}
    varying = [c for c in COMPONENTS if len(shares[c]) > 1]
    return varying if len(cards) > 1 else [c for c in COMPONENTS if shares[c] != {0}]


def card(rank: int, group: list, deciding: list[str]) -> None:
    item = group[0]
    with st.container(border=True):
        st.markdown(f"**{rank}. {plain(item.title)}**")
        status = t(f"page.recommandations.{OUTCOME_TEXT.get(item.resultat, 'ongoing')}")
        line = [f"`{status}`", t("page.recommandations.score", score=round(100 * item.score))]
        if item.draft:
            line.append(f"_{t('page.recommandations.draft')}_")
        st.markdown(" · ".join(line))
        if item.description:
            st.markdown(plain(item.description))
        st.markdown(t("page.recommandations.contact", nom=plain(item.contact["nom"]),
                      commune=plain(item.contact["commune"])))
        if item.contact.get("accueil"):  # the guard gives it to the federation and its centres only
            st.markdown(t("page.recommandations.contact_shared", contact=plain(item.contact["accueil"])))
        elif who.role is Role.READER:
            st.caption(t("page.recommandations.contact_members"))
        st.caption(where(item))
        if len(group) > 1:
            st.markdown(t("page.recommandations.carried_by", count=len(group)))
            st.markdown("\n".join(
                f"- {plain(other.contact['nom'])} ({plain(other.contact['commune'])}) : "
                f"{t('page.recommandations.' + OUTCOME_TEXT.get(other.resultat, 'ongoing')).lower()} · {where(other)}"
                for other in group))
        with st.expander(t("page.recommandations.why")):
            st.markdown(f"**{t('page.recommandations.shared_heading')}**")
            st.markdown("\n".join(f"- {plain(t(f'page.recommandations.shared.{s.key}', **s.params))}"
                                  for s in item.shared) or "-")
            st.markdown(f"**{t('page.recommandations.component_heading')}**")
            st.dataframe(pd.DataFrame({t(f"page.recommandations.component.{c}"): [round(100 * item.points[c])]
                                       for c in deciding}), hide_index=True)
            st.write(t("page.recommandations.centres", count=item.centres["a_marche"], partly=item.centres["en_partie"],
                       failed=item.centres["n_a_pas_marche"]))
        if item.grid or item.evidence:
            with st.expander(t("page.recommandations.practice")):
                for name, text in item.grid:
                    st.markdown(f"**{GRID.prop(name).label}** : {plain(text)}")
                if item.evidence:
                    st.markdown(f"**{t('page.recommandations.evidence')}** : {plain(item.evidence)}")
        if item.meeting:
            place = f" ({plain(item.meeting.get('lieu'))})" if item.meeting.get("lieu") else ""
            st.caption(t("page.recommandations.meeting", date=plain(item.meeting.get("date", "")), place=place))
        st.caption(t("page.recommandations.themes_of", values=", ".join(THEME.label(x) for x in item.themes)) + " · "
                   + t("page.recommandations.levels_of", values=", ".join(SCHOOL_LEVEL.label(x) for x in item.levels)))


cards = grouped(found.items)
if not cards:
    st.info(t("page.recommandations.none"))
else:
    st.caption(t("page.recommandations.found", count=len(cards), considered=found.considered))
deciding = deciding_components(cards)
for rank, group in enumerate(cards, start=1):
    card(rank, group, deciding)

st.subheader(t("page.recommandations.why_not"))
titles = {p.id: f"{p.title} — {index.centres[p.centre].nom} ({p.id})" for p in index.practices}
ranked = [item.id for item in found.items]
asked = choose(st, t("page.recommandations.why_not_choose"), titles, "reco_why_not", t("page.recommandations.choose"),
               first=ranked, search=t("page.recommandations.search"))
if asked:
    why = QUERIES["recommandations_pourquoi"](current, profile=profile, practice=asked, filters=filters, weights=weights,
                                             index=index)
    if why.excluded:
        st.write(t(f"page.recommandations.excluded.{why.excluded}"))
    elif why.rank == 1:
        st.write(t("page.recommandations.why_not_first"))
    else:
        st.write(t("page.recommandations.why_not_rank", rank=why.rank))
    if why.above:
        above = index.practices[index.position[why.above]].title
        key = "why_not_above_excluded" if why.excluded else "why_not_above"
        st.markdown(t(f"page.recommandations.{key}", title=plain(above)))
        gaps = [t("page.recommandations.why_not_gap", component=t(f"page.recommandations.component.{c}"),
                  own=round(100 * why.points[c], 1), above=round(100 * why.above_points[c], 1)) for c, _ in why.gaps]
        st.markdown("\n".join(f"- {gap}" for gap in gaps) or "-")

st.subheader(t("page.recommandations.report"))
mine = sorted(index.centres) if who.role is Role.ADMIN else sorted(who.centres & set(index.centres))
if not mine:
    st.caption(t("page.recommandations.report_denied"))
else:
    reused = choices(st, titles, "reco_report_practice", first=ranked,  # its search, outside the form
                     search=t("page.recommandations.search"))
    with st.form("reco_report"):
        practice = st.selectbox(t("page.recommandations.report_practice"), reused, format_func=titles.get,
                                key="reco_report_practice")
        centre = st.selectbox(t("page.recommandations.report_centre"), mine, format_func=centre_names.get,
                              key="reco_report_centre")
        outcome = st.selectbox(t("page.recommandations.report_outcome"), PRACTICE_OUTCOME.codes,
                               format_func=PRACTICE_OUTCOME.label, key="reco_report_outcome")
        adaptations = st.text_area(t("page.recommandations.report_adaptations"), key="reco_report_adaptations",
                                   max_chars=2000)
        comment = st.text_area(t("page.recommandations.report_comment"), key="reco_report_comment", max_chars=2000)
        if st.form_submit_button(t("page.recommandations.report_submit")):
            try:
                QUERIES["retour_pratique"](current, access=who, practice=practice, centre=centre, outcome=outcome,
                                           adaptations=adaptations, comment=comment)
                st.success(t("page.recommandations.report_saved"))
            except PasserellesError as error:
                st.error(error_sentence(error))



@st.fragment
def federation_thesaurus() -> None:
    """The thesaurus: read by everyone, extended by the federation (the guard refuses anyone else's write too)."""
    concepts = {c.code: c for c in QUERIES["thesaurus"](current)}
    code = st.selectbox(t("page.recommandations.thesaurus_concept"), list(concepts), key="reco_thesaurus_concept",
                        format_func=lambda c: concepts[c].label)
    concept = concepts[code]
    st.caption(t("page.recommandations.thesaurus_themes", values=", ".join(THEME.label(x) for x in concept.themes)))
    st.markdown(t("page.recommandations.thesaurus_shipped", count=len(concept.shipped),
                  values=", ".join(map(plain, concept.shipped))))
    st.markdown(t("page.recommandations.thesaurus_added", values=", ".join(plain(text) for _, text in concept.added))
                if concept.added else t("page.recommandations.thesaurus_none_added"))
    if who.role is not Role.ADMIN:
        st.caption(t("page.recommandations.thesaurus_admin_only"))
        return
    with st.form("reco_thesaurus_add", clear_on_submit=True):
        term = st.text_input(t("page.recommandations.thesaurus_term"), key="reco_thesaurus_term", max_chars=80,
                             placeholder=t("page.recommandations.thesaurus_term_hint"))
        if st.form_submit_button(t("page.recommandations.thesaurus_add")):
            try:
                QUERIES["thesaurus_ajouter"](current, access=who, concept=code, term=term)
                st.success(t("page.recommandations.thesaurus_added_ok"))
            except PasserellesError as error:
                st.error(error_sentence(error))
    if concept.added:
        added = dict(concept.added)
        left, right = st.columns([3, 1])
        chosen = left.selectbox(t("page.recommandations.thesaurus_remove"), list(added), format_func=added.get,
                                index=None, key="reco_thesaurus_remove", placeholder=t("page.recommandations.choose"))
        if chosen and right.button(t("page.recommandations.thesaurus_remove_button"), key="reco_thesaurus_remove_go"):
            QUERIES["thesaurus_retirer"](current, access=who, key=chosen)
            st.success(t("page.recommandations.thesaurus_removed"))


with st.expander(t("page.recommandations.thesaurus")):
    st.caption(t("page.recommandations.thesaurus_intro"))
    federation_thesaurus()


@st.fragment
def open_questions() -> None:
    """The open questions, a page of them at a time: only those shown are answered (a click here reruns this part
    only)."""
    st.subheader(t("page.recommandations.questions"))
    st.caption(t("page.recommandations.questions_intro"))
    keys = QUERIES["questions_a_repondre"](current)
    if not keys:
        st.info(t("page.recommandations.question_none"))
        return
    pages = -(-len(keys) // QUESTIONS_PER_PAGE)
    page = st.number_input(t("page.recommandations.questions_page"), min_value=1, max_value=pages, value=1,
                           key="reco_questions_page") if pages > 1 else 1
    shown = keys[(page - 1) * QUESTIONS_PER_PAGE:page * QUESTIONS_PER_PAGE]
    st.caption(t("page.recommandations.questions_shown", first=(page - 1) * QUESTIONS_PER_PAGE + 1,
                 last=(page - 1) * QUESTIONS_PER_PAGE + len(shown), total=len(keys)))
    for question in QUERIES["questions_reponses"](current, index=index, keys=shown):
        show_question(question)


def show_question(question) -> None:
    with st.expander(plain(question.texte)):
        if question.rencontre:
            st.caption(sentence("page.recommandations.question_raised", date=question.rencontre.get("date", "")))
        st.markdown("\n".join(
            f"- {plain(a.title)} — {plain(a.centre_nom)} · {PRACTICE_OUTCOME.label(a.resultat)} · "
            f"_{t('page.recommandations.question_linked' if a.linked else 'page.recommandations.question_found')}_"
            for a in question.practices) or "-")
        if question.centres:
            st.markdown(t("page.recommandations.question_speakers", names=", ".join(plain(c.nom) for c in question.centres)))


open_questions()
