"""Validation: the federation's queue of drafts (validate, or reject with a comment for the centre), the history of
any item and the restoring of an earlier version, the conflict cases to review after the retention period, and a
centre's data (export, deletion on request). A centre sees its own contributions with the federation's comments,
their history, and can export its data. The queries refuse whatever the person's role does not allow."""

import pandas as pd
import streamlit as st

from graph.access import Role
from graph.errors import PasserellesError
from graph.i18n import t
from queries import QUERIES
from queries.contributions import FORM_KINDS
from ui.markdown import plain
from ui.session import access
from ui.state import store

STATE = "validation_"


def attempt(action, success: str, **params) -> None:
    """Run a write; its French outcome is shown on the next run (the error's message when it is refused)."""
    try:
        action(current, **params)
    except PasserellesError as error:
        st.session_state[STATE + "message"] = ("error", error.message())
    else:
        st.session_state[STATE + "message"] = ("success", success)


def decide(action, success: str, comment_name: str, chosen) -> None:
    """Validate or reject ``chosen`` with the comment as typed now (a callback runs before the page does)."""
    comment = st.session_state.get(STATE + "comment", "")
    attempt(action, success, label=chosen.label, key=chosen.key, expected_version=chosen.version,
            **{comment_name: comment})
    if st.session_state[STATE + "message"][0] == "success":
        st.session_state[STATE + "comment"] = ""


def show_history(label: str, key: str, restorable: bool) -> None:
    entries = QUERIES["historique"](current, label=label, key=key)
    if not entries:
        st.info(t("page.validation.no_history"))
    for entry in reversed(entries):
        who = t("page.validation.who", account=entry.account, centre=entry.centre_nom) if entry.centre_nom else \
            entry.account
        st.markdown(f"**{plain(entry.action_label)}** — {plain(entry.when)} — {plain(who)}")
        if entry.note:
            st.text(t("page.validation.note", note=entry.note))
        if entry.changes:
            column = "page.validation.history_column."
            st.dataframe(pd.DataFrame([{t(column + "field"): c.field, t(column + "before"): c.before,
                                        t(column + "after"): c.after} for c in entry.changes]),
                         hide_index=True, width="stretch")
        if restorable and entry.action not in ("creation", "liens", "suppression", "proposition"):
            st.button(t("page.validation.restore"), key=f"{STATE}restore_{entry.index}",
                      on_click=attempt, args=(QUERIES["historique_restaurer"], t("page.validation.restored")),
                      kwargs={"label": label, "key": key, "index": entry.index - 1})


def centre_data(centres: dict[str, str], admin: bool) -> None:
    centre = st.selectbox(t("page.validation.centre"), list(centres), key=STATE + "data_centre",
                          format_func=lambda k: centres.get(k, k))
    if st.button(t("page.validation.export_prepare"), key=STATE + "export"):
        st.session_state[STATE + "export_data"] = (centre, QUERIES["centre_exporter"](current, centre=centre))
    if (ready := st.session_state.get(STATE + "export_data")) and ready[0] == centre:
        st.download_button(t("page.validation.export_download"), ready[1], file_name=f"passerelles-{centre}.zip",
                           mime="application/zip", key=STATE + "download")
    if not admin:
        return
    st.subheader(t("page.validation.delete_heading"))
    st.caption(t("page.validation.delete_help"))
    confirm = st.text_input(t("page.validation.delete_confirm", centre=centre), key=STATE + "delete_confirm")
    if st.button(t("page.validation.delete"), key=STATE + "delete", disabled=confirm.strip() != centre):
        try:
            done = QUERIES["centre_supprimer"](current, centre=centre)
        except PasserellesError as error:
            st.error(plain(error.message()))
        else:
            st.success(t("page.validation.deleted", count=sum(done.counts.values()))
                       + (t("page.validation.deleted_orphans", count=len(done.orphans)) if done.orphans else ""))


current = store()
who = access()
st.title(t("page.validation.heading"))
if who.role is Role.READER:
    st.info(t("page.validation.reader"))
    st.stop()
if message := st.session_state.pop(STATE + "message", None):
    (st.success if message[0] == "success" else st.error)(plain(message[1]))

if who.role is Role.ADMIN:
    queue_tab, history_tab, retention_tab, data_tab = st.tabs(
        [t("page.validation.queue"), t("page.validation.history"), t("page.validation.retention"),
         t("page.validation.data")])
    with queue_tab:
        queue = QUERIES["validation_file"](current)
        if not queue:
            st.info(t("page.validation.queue_empty"))
        else:
            column = "page.validation.queue_column."
            st.dataframe(pd.DataFrame([{t(column + "kind"): q.kind, t(column + "title"): q.title,
                                        t(column + "nature"): t(column + ("changed" if q.published else "new")),
                                        t(column + "centre"): q.centre_nom, t(column + "author"): q.author,
                                        t(column + "submitted"): q.submitted_text} for q in queue]),
                         hide_index=True, width="stretch")
            by_id = {f"{q.label}|{q.key}": q for q in queue}
            chosen = by_id[st.selectbox(t("page.validation.choose"), list(by_id), key=STATE + "item",
                                        format_func=lambda k: f"{by_id[k].kind} — {by_id[k].title}")]
            if chosen.published:  # what readers see now, and what they will see once validated
                st.caption(t("page.validation.proposed_help"))
                column = "page.validation.history_column."
                st.dataframe(pd.DataFrame([{t(column + "field"): c.field, t(column + "published"): c.before,
                                            t(column + "proposed"): c.after}
                                           for c in QUERIES["validation_modification"](current, label=chosen.label,
                                                                                       key=chosen.key)]),
                             hide_index=True, width="stretch")
            st.text_area(t("page.validation.comment"), key=STATE + "comment")
            one, two = st.columns(2)
            one.button(t("page.validation.validate"), key=STATE + "validate", type="primary", on_click=decide,
                       args=(QUERIES["validation_valider"], t("page.validation.validated"), "note", chosen))
            two.button(t("page.validation.reject"), key=STATE + "reject", on_click=decide,
                       args=(QUERIES["validation_rejeter"], t("page.validation.rejected"), "comment", chosen))
            with st.expander(t("page.validation.item_history")):
                show_history(chosen.label, chosen.key, restorable=False)
    with history_tab:
        label = st.selectbox(t("page.validation.kind"), FORM_KINDS, key=STATE + "history_kind",
                             format_func=lambda k: t(f"page.contribuer.kinds.{k}"))
        items = QUERIES["contribution_elements"](current, label=label)
        if items:
            key = st.selectbox(t("page.validation.item"), list(items), key=STATE + "history_item",
                               format_func=lambda k: f"{k} — {items[k]}")
            show_history(label, key, restorable=True)
    with retention_tab:
        flags = QUERIES["conservation_situations"](current)
        if not flags:
            st.info(t("page.validation.retention_none"))
        else:
            st.caption(t("page.validation.retention_help", months=flags[0].limit))
            column = "page.validation.retention_column."
            st.dataframe(pd.DataFrame([{t(column + "key"): f.key, t(column + "centre"): f.centre_nom,
                                        t(column + "since"): f.since, t(column + "age"): f.age_months} for f in flags]),
                         hide_index=True, width="stretch")
    with data_tab:
        centre_data(QUERIES["contribution_centres"](current), admin=True)
else:
    mine_tab, data_tab = st.tabs([t("page.validation.mine"), t("page.validation.data")])
    with mine_tab:
        mine = QUERIES["mes_contributions"](current)
        if not mine:
            st.info(t("page.validation.mine_empty"))
        else:
            column = "page.validation.mine_column."
            st.dataframe(pd.DataFrame([{t(column + "kind"): c.kind, t(column + "title"): c.title,
                                        t(column + "centre"): c.centre_nom, t(column + "status"): c.statut_label,
                                        t(column + "modified"): c.modified, t(column + "comment"): c.comment,
                                        t(column + "decided"): c.decided} for c in mine]),
                         hide_index=True, width="stretch")
            by_id = {f"{c.label}|{c.key}": c for c in mine}
            chosen = by_id[st.selectbox(t("page.validation.choose"), list(by_id), key=STATE + "mine_item",
                                        format_func=lambda k: f"{by_id[k].kind} — {by_id[k].title}")]
            show_history(chosen.label, chosen.key, restorable=False)
        flags = QUERIES["conservation_situations"](current)
        if flags:
            st.warning(t("page.validation.retention_mine", count=len(flags), months=flags[0].limit))
    with data_tab:
        centre_data(QUERIES["contribution_centres"](current), admin=False)
