"""The federation's review of what centres contribute, and the history of every item.

The federation sees a queue of drafts (every contributed kind, oldest first, with the centre and the account
that proposed them), validates them or rejects them with a comment; a centre sees its own contributions with
the federation's last word. The history of an item says, in French, who changed it (account and centre), when,
and what changed, field by field; the federation can restore the item as it was after any change.

>>> from graph.backends.embedded import EmbeddedStore
>>> from graph.guard import GuardedStore
>>> from ingest.demo import load_demo
>>> from graph.access import Access, Role
>>> from queries.contributions import save_contribution
>>> import tempfile
>>> raw = EmbeddedStore(tempfile.mkdtemp()); _ = load_demo(raw)
>>> centre = GuardedStore(raw, Access(Role.CONTRIBUTOR, frozenset({"CS95-001"}), "acacias"))
>>> key = save_contribution(centre, "Pratique", {"titre": "Café des parents"}, centre="CS95-001").key
>>> federation = GuardedStore(raw, Access(Role.ADMIN, account="federation"))
>>> key in [item.key for item in validation_queue(federation)]
True
>>> reject(federation, "Pratique", key, "Précisez le résultat, s’il vous plaît.", expected_version=1)
2
>>> mine = {c.key: c for c in my_contributions(centre)}[key]
>>> mine.statut_label, mine.comment
('Rejeté', 'Précisez le résultat, s’il vous plaît.')
>>> [(entry.action_label, [c.field for c in entry.changes]) for entry in history(centre, "Pratique", key)]
[('Création', ['Titre', 'Statut']), ('Liens modifiés', ['Centre porteur']), ('Rejet', ['Statut'])]
>>> restore(federation, "Pratique", key, index=0)
3
>>> raw.get("Pratique", key)["statut"]
'brouillon'
>>> raw.close()
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from graph import guard as guarding
from graph.access import Role
from graph.changes import PutNode, Trace
from graph.errors import AccessDenied, PasserellesError
from graph.i18n import t
from graph.schema import KINDS, SAVE_STAMP, Link, Prop
from graph.store import GraphStore
from graph.vocabularies import CONTRIBUTION_STATUS, DRAFT, PUBLISHED, REJECTED
from queries.privacy import require_anonymous_note
from queries.contributions import Titles, by_key, french_moment, guarded, require_admin
from queries.registry import named

# --- the federation's review -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueItem:
    label: str
    kind: str                       # « Pratique », « Situation de conflit »…
    key: str
    title: str
    centre: str
    centre_nom: str
    author: str                     # the account that proposed this version
    submitted: str                  # when (ISO)
    submitted_text: str             # when, in French
    version: int
    published: bool = False         # a change to a published item (readers see the published version meanwhile)


def _owners(store: GraphStore) -> dict[tuple[str, str], str]:
    found = {("Centre", key): key for key in store.keys("Centre")}
    for label, type_ in guarding.OWNER_LINK.items():
        found.update({(label, row.source_key): row.target_key for row in store.links(type_, label)})
    return found


@named("validation_file")
def validation_queue(store: GraphStore) -> list[QueueItem]:
    """The drafts of every contributed kind, oldest first, with their centre and author (the federation only)."""
    guard = require_admin(store)
    owners, titles = _owners(guard), Titles(guard)
    centres = {key: str(props.get("nom") or key) for key, props in by_key(guard, "Centre").items()}
    queue = []
    for kind in KINDS.values():
        if not kind.contributed:
            continue
        for props in guard.nodes(kind.label):
            if props.get("statut") != DRAFT:
                continue
            key = str(props[kind.key])
            traces = guard.history(kind.label, key)
            author = traces[-1].account if traces else str(props.get("contribue_par") or "")
            when = str(props.get("modifie_le") or props.get("cree_le") or "")
            centre = owners.get((kind.label, key), "")
            queue.append(QueueItem(kind.label, kind.title[:1].upper() + kind.title[1:], key,
                                   titles.of(kind.label, key, props), centre, centres.get(centre, centre), author,
                                   when, french_moment(when) if when else "", int(props.get("version") or 0),
                                   guard.waiting(kind.label, key)))
    return sorted(queue, key=lambda item: (item.submitted, item.label, item.key))


@named("validation_modification", "label", "key")
def proposed_changes(store: GraphStore, label: str, key: str) -> list[ChangeLine]:
    """What a centre's change to a published item would change, field by field (the published value, the proposed
    one): what the federation validates. Empty when nothing waits."""
    guard = require_admin(store)
    published, proposed = guard.published(label, key), guard.get(label, key)
    if published is None or proposed is None or not guard.waiting(label, key):
        return []
    titles = Titles(guard)
    lines = _prop_lines(label, {name: value for name, value in published.items() if name != "statut"},
                        {name: value for name, value in proposed.items() if name != "statut"})
    for link in KINDS[label].links:
        before = sorted(row.target_key for row in guard.inner.links(link.type, label) if row.source_key == key)
        after = sorted(row.target_key for row in guard.links(link.type, label) if row.source_key == key)
        if before != after:
            lines.append(ChangeLine(link.label, _targets_text(titles, link, before),
                                    _targets_text(titles, link, after)))
    return lines


@named("validation_valider", "label", "key", "expected_version", "note")
def validate(store: GraphStore, label: str, key: str, expected_version: int | None = None, note: str = "") -> int:
    """Validate a draft (the federation only): it is published — for a change to a published item, the change
    is (readers saw the published version until now); returns its new version."""
    return _decide(store, label, key, PUBLISHED, "validation", note.strip(), expected_version)


@named("validation_rejeter", "label", "key", "comment", "expected_version")
def reject(store: GraphStore, label: str, key: str, comment: str, expected_version: int | None = None) -> int:
    """Reject a draft with a comment for its centre (required): the centre reads it with its contributions. A
    change to a published item is dropped: the published version stays as it is."""
    if not comment.strip():
        raise PasserellesError("contributions.comment_required")
    return _decide(store, label, key, REJECTED, "rejet", comment.strip(), expected_version)


def _decide(store: GraphStore, label: str, key: str, statut: str, action: str, note: str,
            expected: int | None) -> int:
    guard = require_admin(store)
    props = guard.get(label, key)
    if props is None or not KINDS[label].contributed:
        raise PasserellesError("contributions.unknown_item", label=label, key=key)
    require_anonymous_note(guard, note)
    version = int(props.get("version") or 0) if expected is None else expected
    guard.apply([PutNode(label, key, {"statut": statut}, version)], action=action, note=note)
    return version + 1


@dataclass(frozen=True)
class Contribution:
    """One of a centre's items, with the federation's last word on it."""

    label: str
    kind: str
    key: str
    title: str
    centre_nom: str
    statut: str
    statut_label: str
    modified: str                   # in French
    decision: str = ""              # validation, rejet (the last one), or ""
    comment: str = ""
    decided: str = ""               # when, in French


@named("mes_contributions", "centre")
def my_contributions(store: GraphStore, centre: str | None = None) -> list[Contribution]:
    """The items of the person's centres (or of ``centre``, the federation's choice), drafts and rejected ones
    included, each with the federation's last decision and comment; the most recently changed first."""
    guard = guarded(store)
    access = guard.access
    if access.role is Role.READER or (centre and not access.can_write(centre)):
        raise AccessDenied("contributions.contributors_only")
    wanted = {centre} if centre else set(access.centres)
    owners, titles = _owners(guard), Titles(guard)
    centres = {key: str(props.get("nom") or key) for key, props in by_key(guard, "Centre").items()}
    found = []
    for (label, key), owner in owners.items():
        if owner not in wanted or (props := guard.get(label, key)) is None:
            continue
        decision = next((tr for tr in reversed(guard.history(label, key)) if tr.action in ("validation", "rejet")),
                        None)
        note = json.loads(decision.after).get("note", "") if decision else ""
        statut = str(props.get("statut") or "")
        shown = t("contributions.waiting") if guard.waiting(label, key) else \
            CONTRIBUTION_STATUS.label(statut) if statut else ""
        found.append(Contribution(label, KINDS[label].title[:1].upper() + KINDS[label].title[1:], key,
                                  titles.of(label, key, props), centres.get(owner, owner), statut, shown,
                                  str(props.get("modifie_le") or ""), decision.action if decision else "", note,
                                  french_moment(decision.at) if decision else ""))
    found.sort(key=lambda c: (c.modified, c.label, c.key), reverse=True)
    return [Contribution(**{**c.__dict__, "modified": french_moment(c.modified) if c.modified else ""}) for c in found]




# --- history ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeLine:
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class HistoryEntry:
    """One change of an item, for people: who, for which centre, when, what it did and what changed."""

    index: int                      # its place in the item's history, oldest first (what :func:`restore` takes)
    at: str
    when: str
    account: str
    centre: str
    centre_nom: str
    action: str
    action_label: str
    changes: list[ChangeLine]
    note: str = ""                  # the federation's comment (a rejection), or what a restoration went back to


def _load(text: str) -> dict[str, Any]:
    return json.loads(text) if text else {}


def _text(prop: Prop, value: Any) -> str:
    from queries.contributions import french_month

    if value is None or value == [] or value == "":
        return ""
    values = value if isinstance(value, list) else [value]
    if prop.vocabulary:
        return ", ".join(prop.vocabulary.label(str(v)) for v in values)
    if prop.type == "bool":
        return t("contributions.yes") if value else t("contributions.no")
    if prop.type in ("month", "partial_date", "date"):
        return french_month(str(value))
    return ", ".join(str(v) for v in values)


def _prop_lines(label: str, before: dict[str, Any], after: dict[str, Any]) -> list[ChangeLine]:
    kind = KINDS[label]
    return [ChangeLine(prop.label, _text(prop, before.get(prop.name)), _text(prop, after.get(prop.name)))
            for prop in kind.props if prop.name not in SAVE_STAMP and prop.name != kind.key
            and (prop.name in before or prop.name in after) and before.get(prop.name) != after.get(prop.name)]


def _link_lines(titles: Titles, label: str, before: dict[str, list[str]],
                after: dict[str, list[str]]) -> list[ChangeLine]:
    lines = []
    for link in KINDS[label].links:
        old, new = before.get(link.type), after.get(link.type)
        if old is None and new is None or old == new:
            continue
        lines.append(ChangeLine(link.label, _targets_text(titles, link, old or []),
                                _targets_text(titles, link, new or [])))
    return lines


def _targets_text(titles: Titles, link: Link, keys: list[str]) -> str:
    return ", ".join(titles.of(link.target, key) for key in keys)


@named("historique", "label", "key")
def history(store: GraphStore, label: str, key: str) -> list[HistoryEntry]:
    """Every change of the item, oldest first, in French (what the person may read of it: a case's narrative only
    for the federation and its centre)."""
    guard = guarded(store)
    titles = Titles(guard)
    centres = {k: str(props.get("nom") or k) for k, props in by_key(guard, "Centre").items()}
    entries = []
    for index, trace in enumerate(guard.history(label, key)):
        before, after = _load(trace.before), _load(trace.after)
        note = str(after.pop("note", "") or "")
        if trace.action == "restauration":
            note = t("contributions.history.restored_from", when=french_moment(note)) if note else \
                t("contributions.history.restored_initial")
        lines = (_link_lines(titles, label, before.get("liens", {}), after.get("liens", {}))
                 if "liens" in before or "liens" in after else _prop_lines(label, before, after))
        entries.append(HistoryEntry(index, trace.at, french_moment(trace.at), trace.account, trace.centre,
                                    centres.get(trace.centre, trace.centre),
                                    trace.action, t(f"contributions.action.{trace.action}"), lines, note))
    return entries


def _state_after(current: dict[str, Any], traces: list[Trace], index: int) -> dict[str, Any]:
    """The item's properties as they were right after ``traces[index]``: later changes undone, newest first."""
    state = dict(current)
    for trace in reversed(traces[index + 1:]):
        if trace.action in ("liens", "proposition"):  # a proposal changed nothing of the published item
            continue
        before = _load(trace.before)
        if trace.action == "suppression":
            state = before
            continue
        for name, value in before.items():
            if value is None:
                state.pop(name, None)
            else:
                state[name] = value
    return state


@named("historique_restaurer", "label", "key", "index", "expected_version")
def restore(store: GraphStore, label: str, key: str, index: int, expected_version: int | None = None) -> int:
    """Put the item's properties back as they were after change ``index`` of its history — ``-1``: before its
    first recorded change, as it was imported — (the federation only; its links stay as they are); traced as a
    restoration. What readers see is restored; a change a centre proposed still waits. Returns the new version."""
    guard = require_admin(store)
    current = guard.published(label, key)
    if current is None:
        raise PasserellesError("contributions.restore_deleted", key=key)
    traces = guard.history(label, key)
    if not -1 <= index < len(traces) or not traces:
        raise PasserellesError("contributions.unknown_version", key=key)
    kind = KINDS[label]
    target = _state_after(current, traces, index)
    names = {p.name for p in kind.props} - SAVE_STAMP - {kind.key}
    changes = {name: target.get(name) for name in sorted(names & (set(current) | set(target)))
               if current.get(name) != target.get(name)}
    if not changes:
        raise PasserellesError("contributions.nothing_to_restore")
    version = int(current.get("version") or 0) if expected_version is None else expected_version
    restored_from = traces[index].at if index >= 0 else ""
    guard.apply([PutNode(label, key, changes, version)], action="restauration", note=restored_from)
    return version + 1
