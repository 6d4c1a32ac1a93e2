"""Comptes: the federation's administrators create, change, disable and delete accounts, give a temporary password
(the person chooses their own at the next sign-in) and attach centres chosen among the graph's. Each change ends
the account's open sessions and goes to the accounts' history, shown at the bottom."""

import pandas as pd
import streamlit as st

from graph.access import Role
from graph.i18n import t
from graph.passwords import temporary_password
from queries import QUERIES
from ui import account_admin as admin
from ui.session import access, book
from ui.state import store

STATE = "comptes_"

st.title(t("page.comptes.heading"))
admin.show_message()  # before the check: the first account, made on this laptop, signs its maker out at once
if access().role is not Role.ADMIN:
    st.warning(t("page.comptes.admin_only"), icon=":material/lock:")
    st.stop()
st.caption(t("page.comptes.intro"))
centres = QUERIES["contribution_centres"](store())  # every centre of the graph, for the federation
accounts = {a.identifiant: a for a in book().accounts()}
# The most frequent first; the very first account is the federation's, or nobody could manage accounts here.
roles = [Role.CONTRIBUTOR.value, Role.READER.value, Role.ADMIN.value] if accounts else [Role.ADMIN.value]


def centre_label(code: str) -> str:
    return f"{centres[code]} ({code})" if code in centres else code


def create() -> None:
    sso_only = st.session_state[STATE + "new_sso_only"]
    password = "" if sso_only else temporary_password()
    given = {name: st.session_state[STATE + "new_" + name] for name in ("name", "role", "centres", "email")}
    admin.run(lambda: admin.managed().add(given["name"], Role(given["role"]), given["centres"], password,
                                          given["email"], by=admin.author(), known_centres=centres,
                                          new_only=True, temporary=True),
              lambda _: t("page.comptes.created_sso" if sso_only else "page.comptes.created",
                          name=st.session_state[STATE + "new_name"].strip(), password=password))


def change(name: str) -> None:
    admin.run(lambda: admin.managed().update(name, by=admin.author(), role=Role(st.session_state[STATE + "role"]),
                                             centres=st.session_state[STATE + "centres"],
                                             courriel=st.session_state[STATE + "email"], known_centres=centres),
              lambda _: t("page.comptes.changed", name=name))


def set_active(name: str, active: bool) -> None:
    admin.run(lambda: admin.managed().set_active(name, active, by=admin.author()),
              lambda _: t("page.comptes.enabled" if active else "page.comptes.disabled", name=name))


def reset(name: str) -> None:
    admin.run(lambda: admin.managed().reset_password(name, by=admin.author()),
              lambda password: t("page.comptes.reset", name=name, password=password))


def remove(name: str) -> None:
    admin.run(lambda: admin.managed().remove(name, by=admin.author()), lambda _: t("page.comptes.removed", name=name))
    st.session_state[STATE + "chosen"] = ""


if accounts:
    st.dataframe(pd.DataFrame(admin.account_rows(centres)), hide_index=True, width="stretch")
else:
    st.info(t("page.comptes.none_yet"))

st.subheader(t("page.comptes.create_heading"))
with st.form(STATE + "create", clear_on_submit=True):
    one, two = st.columns(2)
    one.text_input(t("page.comptes.field.identifiant"), key=STATE + "new_name")
    two.selectbox(t("page.comptes.field.role"), roles, key=STATE + "new_role", format_func=lambda r: Role(r).title)
    st.multiselect(t("page.comptes.field.centres"), list(centres), key=STATE + "new_centres",
                   format_func=centre_label, help=t("page.comptes.centres_help"),
                   placeholder=t("page.comptes.centres_placeholder"))
    st.text_input(t("page.comptes.field.courriel"), key=STATE + "new_email", help=t("page.comptes.email_help"))
    st.checkbox(t("page.comptes.sso_only"), key=STATE + "new_sso_only")
    st.form_submit_button(t("page.comptes.create"), on_click=create)

if accounts:
    st.subheader(t("page.comptes.change_heading"))
    if st.session_state.get(STATE + "chosen") not in ("", *accounts):
        st.session_state[STATE + "chosen"] = ""
    name = st.selectbox(t("page.comptes.choose"), ["", *accounts], key=STATE + "chosen",
                        format_func=lambda n: n or t("page.comptes.choose_none"))
    if name:
        chosen = accounts[name]
        if st.session_state.get(STATE + "loaded") != (name, chosen.version):  # the form shows the account as saved
            st.session_state.update({STATE + "role": chosen.role, STATE + "email": chosen.courriel,
                                     STATE + "centres": [c for c in chosen.centres if c in centres],
                                     STATE + "loaded": (name, chosen.version)})
        if gone := [c for c in chosen.centres if c not in centres]:
            st.warning(t("page.comptes.centres_gone", name=name, codes=", ".join(gone)))
        with st.form(STATE + "change"):
            one, two = st.columns(2)
            one.selectbox(t("page.comptes.field.role"), roles, key=STATE + "role", format_func=lambda r: Role(r).title)
            two.text_input(t("page.comptes.field.courriel"), key=STATE + "email")
            st.multiselect(t("page.comptes.field.centres"), list(centres), key=STATE + "centres",
                           format_func=centre_label, help=t("page.comptes.centres_help"),
                   placeholder=t("page.comptes.centres_placeholder"))
            st.form_submit_button(t("page.comptes.save"), on_click=change, args=(name,))
        st.caption(t("page.comptes.sessions_end"))
        one, two, three = st.columns(3)
        one.button(t("page.comptes.enable" if not chosen.actif else "page.comptes.disable"), key=STATE + "active",
                   on_click=set_active, args=(name, not chosen.actif))
        two.button(t("page.comptes.reset_password"), key=STATE + "reset", on_click=reset, args=(name,),
                   disabled=not chosen.actif)
        confirmed = three.checkbox(t("page.comptes.confirm_delete", name=name), key=STATE + "confirm_delete")
        three.button(t("page.comptes.delete"), key=STATE + "delete", on_click=remove, args=(name,),
                     disabled=not confirmed, type="primary")

changes = book().history()
if changes:
    st.subheader(t("page.comptes.history_heading"))
    st.dataframe(pd.DataFrame(admin.history_rows(changes)), hide_index=True, width="stretch")
