"""Contribuer: a centre describes itself, its partnerships, its practices (with the analysis grid), its conflict
cases, its questions and what came of a practice it reused. The queries check everything (the person's role,
the vocabularies, UAI and dates, what could identify someone in a case); what a centre saves is a draft until
the federation validates it. The version read is kept with the form: if someone saved in between, nothing is
overwritten, and the page shows their values beside the person's own, which stay in the form."""


import pandas as pd
import streamlit as st

from graph.access import Role
from graph.errors import ConcurrentEdit, PasserellesError
from graph.i18n import t
from graph.vocabularies import PUBLISHED
from queries import QUERIES
from queries.contributions import FORM_KINDS, InvalidContribution, Problem
from queries.privacy import IdentifyingDetails
from ui.markdown import plain
from ui.session import access
from ui.state import store

STATE = "contribuer_"


def widget(kind: str, name: str) -> str:
    return f"contribuer.{kind}.{name}"


current = store()
st.title(t("page.contribuer.heading"))
st.caption(t("page.contribuer.intro"))
centres = QUERIES["contribution_centres"](current)
admin = access().role is Role.ADMIN
if not centres and not admin:
    st.info(t("page.contribuer.reader"))
    st.stop()
if saved := st.session_state.pop(STATE + "saved", None):
    st.success(plain(saved))

left, middle, right = st.columns(3)
kind = left.selectbox(t("page.contribuer.kind"), FORM_KINDS, key=STATE + "kind",
                      format_func=lambda k: t(f"page.contribuer.kinds.{k}"))
centre = middle.selectbox(t("page.contribuer.centre"), list(centres), key=STATE + "centre",
                          format_func=lambda k: centres.get(k, k))
if kind == "Centre" and admin:  # the federation registers a new centre under the code it gives it
    centre = right.text_input(t("page.contribuer.new_centre"), key=STATE + "new_centre").strip() or centre
if not centre:
    st.info(t("page.contribuer.no_centre"))
    st.stop()
if kind == "Centre":
    key = centre
else:
    items = QUERIES["contribution_elements"](current, label=kind, centre=centre)
    if st.session_state.get(STATE + "item") not in ("", *items):
        st.session_state[STATE + "item"] = ""
    key = right.selectbox(t("page.contribuer.item"), ["", *items], key=STATE + "item",
                          format_func=lambda k: items.get(k) or t("page.contribuer.new")) or None

form = QUERIES["contribution_formulaire"](current, label=kind, key=key, centre=centre)
marker = (kind, centre, key)
if st.session_state.get(STATE + "loaded") != marker:  # another item: fill the form with what is saved
    for f in form.fields:
        st.session_state[widget(kind, f.name)] = form.values[f.name]
    st.session_state.update({STATE + "loaded": marker, STATE + "read": dict(form.values),
                             STATE + "version": form.version, STATE + "key": form.key})
    for name in ("problems", "conflict", "error"):
        st.session_state.pop(STATE + name, None)
if form.waiting:
    st.info(t("page.contribuer.waiting"))
elif form.statut:
    st.caption(t("page.contribuer.status", status=t(f"page.contribuer.statut.{form.statut}")))


def typed() -> dict:
    return {f.name: st.session_state.get(widget(kind, f.name)) for f in form.fields}


def school_named(values: dict) -> bool:
    return bool(values.get("uai"))


def check_text() -> None:
    st.session_state[STATE + "problems"] = QUERIES["contribution_verifier"](current, label=kind, values=typed(),
                                                                            key=key, centre=centre)
    st.session_state[STATE + "checked"] = True


def replace_findings() -> None:
    values = typed()
    for name, value in QUERIES["confidentialite_remplacer"](current, values=values,
                                                            school=school_named(values)).items():
        st.session_state[widget(kind, name)] = value
    check_text()


def save() -> None:
    values = typed()
    for name in ("problems", "conflict", "error", "checked"):
        st.session_state.pop(STATE + name, None)
    try:
        done = QUERIES["contribution_enregistrer"](current, label=kind, values=values, key=st.session_state[STATE + "key"],
                                                   expected_version=st.session_state[STATE + "version"], centre=centre)
    except InvalidContribution as error:
        st.session_state[STATE + "problems"] = error.problems
        st.session_state[STATE + "error"] = error.message()
    except IdentifyingDetails as error:
        st.session_state[STATE + "problems"] = [Problem(f.field, f.explanation, True) for f in error.findings]
        st.session_state[STATE + "error"] = error.message()
    except ConcurrentEdit as error:
        version, rows, now = QUERIES["contribution_ecarts"](current, label=kind, key=st.session_state[STATE + "key"],
                                                            read=st.session_state[STATE + "read"], mine=values)
        st.session_state[STATE + "conflict"] = (error.message(), version, rows, now)
    except PasserellesError as error:
        st.session_state[STATE + "error"] = error.message()
    else:
        st.session_state[STATE + "saved"] = t("page.contribuer.saved.en_attente" if done.waiting else
                                              f"page.contribuer.saved.{done.statut or PUBLISHED}", key=done.key)
        st.session_state[STATE + "loaded"] = None
        if kind != "Centre":
            st.session_state[STATE + "item"] = done.key


def take_their_version() -> None:
    """Start again from what is saved now, keeping what the person typed: the next save is theirs, knowingly."""
    _, version, _, now = st.session_state.pop(STATE + "conflict")
    st.session_state[STATE + "read"], st.session_state[STATE + "version"] = now, version


def drop_mine() -> None:
    st.session_state.pop(STATE + "conflict", None)
    st.session_state[STATE + "loaded"] = None


problems: dict[str, list[Problem]] = {}
for problem in st.session_state.get(STATE + "problems", []):
    problems.setdefault(problem.field, []).append(problem)

if kind == "Situation":
    st.info(t("page.contribuer.case_privacy"))
headings = {"grid": t("page.contribuer.grid"), "links": t("page.contribuer.links")}
shown = set()
for f in form.fields:
    if f.section in headings and f.section not in shown:
        shown.add(f.section)
        st.subheader(headings[f.section])
    name = widget(kind, f.name)
    label = f.label + (" *" if f.required else "")
    if f.kind == "longtext":
        st.text_area(label, key=name, help=f.help or None)
    elif f.kind == "bool":
        st.checkbox(label, key=name, help=f.help or None)
    elif f.kind == "choice":
        st.selectbox(label, ["", *f.options], key=name, help=f.help or None,
                     format_func=lambda code, options=f.options: options.get(code, "—") if code else "—")
    elif f.kind == "choices":
        st.multiselect(label, list(f.options), key=name, help=f.help or None, placeholder=t("choices.several"),
                       format_func=lambda code, options=f.options: options.get(code, code))
    else:
        st.text_input(label, key=name, help=f.help or None)
    for problem in problems.get(f.name, []):
        (st.warning if problem.privacy else st.error)(plain(problem.message))
unplaced = [p for name, found in problems.items() if name not in {f.name for f in form.fields} for p in found]
for problem in unplaced:
    st.error(plain(problem.message))

if kind == "Situation":
    if st.session_state.get(STATE + "checked") and not any(p.privacy for p in st.session_state.get(STATE + "problems", [])):
        st.success(t("contributions.privacy.none"))
    one, two = st.columns(2)
    one.button(t("contributions.privacy.check"), key=STATE + "check", on_click=check_text)
    two.button(t("contributions.privacy.replace"), key=STATE + "replace", on_click=replace_findings)

if message := st.session_state.get(STATE + "error"):
    st.error(plain(message))
if conflict := st.session_state.get(STATE + "conflict"):
    message, _, rows, _ = conflict
    st.warning(plain(message))
    st.caption(t("page.contribuer.conflict_help"))
    column = "page.contribuer.conflict_column."
    st.dataframe(pd.DataFrame([{t(column + "field"): r.label, t(column + "theirs"): r.theirs, t(column + "mine"): r.mine,
                                t(column + "read"): r.read} for r in rows]), hide_index=True, width="stretch")
    one, two = st.columns(2)
    one.button(t("page.contribuer.keep_mine"), key=STATE + "keep_mine", on_click=take_their_version)
    two.button(t("page.contribuer.drop_mine"), key=STATE + "drop_mine", on_click=drop_mine)
st.button(t("page.contribuer.save"), key=STATE + "save", type="primary", on_click=save)
