"""The store the app uses: opened once per process, shared by every session, and seen by
each person through a guard (:class:`graph.guard.GuardedStore`) that applies their role.

Pages get the person's store from :func:`store` and hand it to named queries; they never
write Cypher or call a backend themselves. Cached results are keyed by what the person is shown
(:attr:`graph.access.Access.view`) as well as by the store (:data:`STORE_HASH`), so nobody is served what
another may see, and people who see the same share one result.
"""

from __future__ import annotations

import time

import streamlit as st

from graph import GraphStore, Settings, open_store, store_types
from graph.guard import GuardedStore
from graph.changes import ChangeSet
from graph.errors import AccessDenied, PasserellesError, StoreUnavailable
from graph.i18n import t
from ui.incidents import say
from ingest.demo import load_demo


@st.cache_resource(show_spinner=False)
def _open() -> GraphStore:
    settings = Settings.load()
    found = open_store(settings)
    if settings.demo_on_first_run and found.is_empty():
        result = load_demo(found)
        if result.report.has_blocking:  # the demo is tested; this would be a broken checkout
            raise RuntimeError("; ".join(result.report.lines()[:3]))
    return found


def _store_key(found: GraphStore) -> tuple[int, object, str]:
    access = getattr(found, "access", None)
    try:
        revision = found.revision()
    except StoreUnavailable:  # a key no result was cached under: the query runs, and says in French what failed
        revision = f"indisponible-{time.monotonic_ns()}"
    return (id(getattr(found, "inner", found)), access.view if access is not None else None, revision)


class SessionStore(GuardedStore):
    """The guarded store of one page run, which asks again who the person is before it writes.

    A button's callback runs before the page, with the store of the run before: the account may
    have been deleted, disabled or changed in between. Nothing is written unless the person is
    still who they were when the page was shown."""

    def apply(self, changes: ChangeSet, action: str | None = None, note: str = "") -> None:
        self._still_the_same()
        super().apply(changes, action, note)

    def clear(self) -> None:
        self._still_the_same()
        super().clear()

    def _still_the_same(self) -> None:
        from ui.session import access

        if access() != self.access:
            raise AccessDenied("access.session_ended")


# For st.cache_data: a store is hashed by which store it is, what the person looking is shown (every reader
# shares the readers' cached results, every contributor of a centre its centre's) and its revision: a write, made
# by this process or another on the same Neo4j, makes every page compute afresh at its next run — nothing needs to
# clear the caches.
STORE_HASH = {cls: _store_key for cls in (GuardedStore, SessionStore, *store_types())}


def store() -> GraphStore:
    """The store as the person of this session may see and change it."""
    from ui.session import access

    return SessionStore(shared_store(), access())


def shared_store() -> GraphStore:
    """The store itself, or a French message and a « Réessayer » button when it cannot be opened.

    Only for work that checks the person's role itself (an import by the federation)."""
    try:
        with st.spinner(t("app.opening")):
            return _open()
    except PasserellesError as error:
        st.error(say(error))
        if st.button(t("app.retry"), key="retry_store"):
            _open.clear()
            st.rerun()
        st.stop()
        raise  # st.stop() raises; this keeps type checkers content
