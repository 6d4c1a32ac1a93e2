"""The roles hold against the running app, not only against its widgets: a person speaking Streamlit's own
WebSocket protocol (as :mod:`bench.load` does) can send any widget value, including the « Enregistrer » trigger of
a form the page never showed them, or a centre the list did not offer. The app served on loopback with accounts;
afterwards the graph is read: nothing written that the role does not allow."""

from __future__ import annotations

import asyncio
import json

import pytest
from streamlit.proto.WidgetStates_pb2 import WidgetState

from bench.load import ADDRESS_KEY, SAVE_KEY, connect, run_page
from graph.access import Access, Role
from graph.accounts import AccountBook
from graph.backends.embedded import EmbeddedStore
from graph.guard import GuardedStore
from tools.app_server import running_app

SECRET = "une phrase de passe assez longue"
OWN, OTHER = "CS95-001", "CS95-002"


@pytest.fixture(scope="module")
def app_with_accounts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forge")
    accounts = folder / "comptes.json"
    book = AccountBook(accounts)
    book.add("centre", Role.CONTRIBUTOR, [OWN], SECRET)
    book.add("partenaire", Role.READER, [], SECRET)
    data = folder / "graphe"
    with running_app(data, accounts=accounts, log_path=folder / "streamlit.log") as url:
        yield url, data


def addresses(data) -> dict[str, str]:
    """Each centre's address as the federation sees it (a change to a published centre waits beside it)."""
    with EmbeddedStore(data) as store:
        federation = GuardedStore(store, Access(Role.ADMIN))
        return {key: str(federation.get("Centre", key).get("adresse")) for key in (OWN, OTHER)}


def history(data, key: str) -> list[str]:
    with EmbeddedStore(data) as store:
        return [json.loads(trace.after).get("adresse", "") for trace in store.history("Centre", key)]


async def signed_in(ws, name: str | None):
    """A session on the contribution page, signed in as ``name`` through the sidebar's form (or not at all)."""
    run = await run_page(ws, "contribuer")
    if name is None:
        return run
    states = [WidgetState(id=run.widgets["sign_in_name"], string_value=name),
              WidgetState(id=run.widgets["sign_in_password"], string_value=SECRET),
              WidgetState(id=run.submit_buttons["Se connecter"], trigger_value=True)]
    await run_page(ws, "contribuer", states)
    return await run_page(ws, "contribuer")


async def forge(url: str) -> dict[str, object]:
    """The contributor's real form ids; then a reader and a stranger send them, and the contributor sends
    the other centre's code in the centre list."""
    seen: dict[str, object] = {}
    async with await connect(url) as contributor:
        form = await signed_in(contributor, "centre")
        seen["contributor_form"] = ADDRESS_KEY in form.widgets
        ids = {key: form.widgets[key] for key in (ADDRESS_KEY, SAVE_KEY, "contribuer_centre")}
        for who in ("partenaire", None):  # a signed-in reader, and someone not signed in
            async with await connect(url) as intruder:
                page = await signed_in(intruder, who)
                seen[f"{who}_form"] = ADDRESS_KEY in page.widgets
                forged = await run_page(intruder, "contribuer", [
                    WidgetState(id=ids[ADDRESS_KEY], string_value=f"1 rue forgée par {who}"),
                    WidgetState(id=ids[SAVE_KEY], trigger_value=True)])
                seen[f"{who}_exceptions"] = forged.exceptions
        other = await run_page(contributor, "contribuer", [
            WidgetState(id=ids["contribuer_centre"], string_value=OTHER),
            WidgetState(id=ids[ADDRESS_KEY], string_value="2 rue d’un autre centre"),
            WidgetState(id=ids[SAVE_KEY], trigger_value=True)])
        seen["other_exceptions"] = other.exceptions
        await run_page(contributor, "contribuer", [
            WidgetState(id=ids[ADDRESS_KEY], string_value="3 rue de mon centre"),
            WidgetState(id=ids[SAVE_KEY], trigger_value=True)])
    return seen


def test_forged_widget_values_write_nothing_the_role_does_not_allow(app_with_accounts):
    url, data = app_with_accounts
    seen = asyncio.run(forge(url))
    assert seen["contributor_form"], "the contributor is shown the form (the ids to forge come from it)"
    assert not seen["partenaire_form"] and not seen["None_form"], "no form shown to a reader or a stranger"
    assert seen["partenaire_exceptions"] == seen["None_exceptions"] == seen["other_exceptions"] == []
    saved = addresses(data)
    assert saved[OTHER] != "2 rue d’un autre centre" and "2 rue d’un autre centre" not in history(data, OTHER)
    assert not any("forgée" in address for address in (*saved.values(), *history(data, OWN), *history(data, OTHER)))
    # The contributor's own save, through the same forged-looking request, goes through: the check can fail.
    assert saved[OWN] == "3 rue de mon centre", saved
