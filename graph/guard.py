"""The graph as one person may see and change it: a :class:`GuardedStore` wraps any store.

Pages and queries get the guarded store of the person signed in, so roles hold below the
interface, whatever a page shows or hides:

* **reading** — the narrative of a conflict case (its ``sensitive`` properties) is removed
  unless the person is the federation or the centre that reported it; drafts and rejected
  items are seen only by the federation and by their own centre;
* **writing** — a reader writes nothing; a centre contributor writes only what belongs to
  one of its centres (the centre itself, and the partnerships, practices, cases, questions,
  partners' views and reports it carries), always as a draft; the federation writes all;
* **stamping and history** — every accepted write is stamped (who, when, version) and
  traced with what it was before, in the same transaction; the version read by the
  person is checked, so that nobody's work is silently overwritten;
* **privacy** — the free texts a write sets are read again, as they will be saved, by the
  check every form and import uses (:func:`graph.privacy.require_anonymous`): whatever
  page, button or query made the text, nothing that could identify someone is written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

from graph import privacy
from graph.changes import Change, ChangeSet, DeleteNode, Forget, PutNode, SetLinks, Trace, Value
from graph.errors import AccessDenied, SchemaError
from graph.schema import KINDS, RELATIONSHIPS
from graph.store import GraphStore, LinkRow
from queries.access import Access, Role

# The link that says which centre an item belongs to (a centre belongs to itself).
OWNER_LINK: dict[str, str] = {
    "Partenariat": "PORTE_PAR", "Pratique": "PORTEE_PAR", "Situation": "SIGNALEE_PAR",
    "Question": "POSEE_PAR", "Retour": "RAPPORTE_PAR", "Avis": "RECUEILLI_PAR",
}
PUBLISHED = "valide"
HIDDEN_STATUSES = frozenset({"brouillon", "rejete"})


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


class GuardedStore(GraphStore):
    """``store`` seen and changed by ``access`` (see the module's docstring)."""

    def __init__(self, store: GraphStore, access: Access) -> None:
        self.inner = store
        self.access = access
        self.kind = store.kind
        # A guard lives for one page run: what it works out about owners is kept until it writes.
        self._memo: dict[tuple[str, str], Any] = {}

    # --- reading ------------------------------------------------------------------------

    def owner(self, label: str, key: str) -> str | None:
        """The centre ``label``/``key`` belongs to (``None``: the federation's)."""
        if label == "Centre":
            return key
        type_ = OWNER_LINK.get(label)
        if type_ is None:
            return None
        for row in self.inner.links(type_, label):
            if row.source_key == key:
                return row.target_key
        return None

    def _owners(self, label: str) -> dict[str, str]:
        if ("owners", label) not in self._memo:
            self._memo[("owners", label)] = self._read_owners(label)
        return self._memo[("owners", label)]

    def _read_owners(self, label: str) -> dict[str, str]:
        type_ = OWNER_LINK.get(label)
        if label == "Centre":
            return {key: key for key in self.inner.keys("Centre")}
        return {row.source_key: row.target_key for row in self.inner.links(type_, label)} if type_ else {}

    def _visible(self, label: str, props: Mapping[str, Any], owner: str | None) -> dict[str, Any] | None:
        """``props`` as this person may see them, or ``None`` when the node is hidden from them."""
        if self.access.role is not Role.ADMIN and _unpublished(props) and not (
                owner is not None and owner in self.access.centres):
            return None
        shown = dict(props)
        if label == "Situation" and not self.access.can_read_case(owner or ""):
            for prop in KINDS[label].props:
                if prop.sensitive:
                    shown.pop(prop.name, None)
        return shown

    def get(self, label: str, key: str) -> dict[str, Value] | None:
        props = self.inner.get(label, key)
        return None if props is None else self._visible(label, props, self.owner(label, key))

    def nodes(self, label: str) -> list[dict[str, Value]]:
        owners = self._owners(label)
        key = KINDS[label].key
        shown = (self._visible(label, props, owners.get(str(props[key]))) for props in self.inner.nodes(label))
        return [props for props in shown if props is not None]

    def keys(self, label: str) -> set[str]:
        key = KINDS[label].key
        return {str(props[key]) for props in self.nodes(label)}

    def existing(self, label: str, keys: Iterable[str]) -> set[str]:
        return self.keys(label) & set(keys)

    def links(self, type_: str, source: str | None = None) -> list[LinkRow]:
        rows = self.inner.links(type_, source)
        hidden = self._hidden_nodes({row.source_label for row in rows} | {RELATIONSHIPS[type_].target})
        target = RELATIONSHIPS[type_].target
        return [row for row in rows
                if (row.source_label, row.source_key) not in hidden and (target, row.target_key) not in hidden]

    def _hidden_nodes(self, labels: Iterable[str]) -> set[tuple[str, str]]:
        if self.access.role is Role.ADMIN:
            return set()
        hidden: set[tuple[str, str]] = set()
        for label in labels:
            if KINDS[label].contributed:
                if ("hidden", label) not in self._memo:
                    owners, key = self._owners(label), KINDS[label].key
                    self._memo[("hidden", label)] = {
                        (label, str(props[key])) for props in self.inner.nodes(label)
                        if _unpublished(props) and owners.get(str(props[key])) not in self.access.centres}
                hidden |= self._memo[("hidden", label)]
        return hidden

    def history(self, label: str, key: str) -> list[Trace]:
        if self.get(label, key) is None and self.inner.get(label, key) is not None:
            return []
        traces = self.inner.history(label, key)
        if label != "Situation" or self.access.can_read_case(self.owner(label, key) or ""):
            return traces
        secret = {prop.name for prop in KINDS[label].props if prop.sensitive}
        return [Trace(t.label, t.key, t.at, t.account, t.centre, t.action, _without(t.before, secret),
                      _without(t.after, secret)) for t in traces]

    def counts(self) -> dict[str, int]:
        return {label: len(self.keys(label)) for label in self.inner.counts()}

    def link_counts(self) -> dict[str, int]:
        return {type_: len(self.links(type_)) for type_ in RELATIONSHIPS}

    def describe(self) -> str:
        return self.inner.describe()

    def close(self) -> None:
        """The wrapped store belongs to whoever opened it: closing the guard leaves it open."""

    def clear(self) -> None:
        if self.access.role is not Role.ADMIN:
            raise AccessDenied("access.denied")
        self.inner.clear()

    # --- writing ------------------------------------------------------------------------

    def apply(self, changes: ChangeSet, action: str | None = None, note: str = "") -> None:
        """Check every change against the person's role, stamp and trace it, apply all or nothing.

        ``action`` names what the node writes are in their traces when it is not a plain
        creation or modification (``validation``, ``rejet``, ``restauration``); ``note`` (a
        rejection's comment, say) is kept in the trace as ``note``.
        """
        self._action, self._note = action, note
        try:
            self._apply(list(changes))
        finally:
            self._action, self._note = None, ""

    _action: str | None = None
    _note: str = ""

    def _apply(self, changes: list[Change]) -> None:
        self._memo.clear()
        if self.access.role is Role.READER:
            raise AccessDenied("access.denied_write", centre="")
        changes = _merged_puts(changes)
        moved = {(c.source_label, c.source_key): c.targets for c in changes
                 if isinstance(c, SetLinks) and OWNER_LINK.get(c.source_label) == c.type}
        stamped: list[Change] = []
        at = now()
        erased = {(c.label, c.key) for c in changes if isinstance(c, Forget)}
        if erased and self.access.role is not Role.ADMIN:
            raise AccessDenied("access.denied_write", centre="")  # erasing history: the federation only
        for change in changes:
            if isinstance(change, Trace):
                raise SchemaError("store.bad_trace", label=change.label, key=change.key)
            if isinstance(change, Forget):  # only the fact remains: who erased it, when, nothing of the content
                stamped += [change, self._trace(change.label, change.key, None, "effacement", {}, {}, at)]
                continue
            label, key = (change.source_label, change.source_key) if isinstance(change, SetLinks) else (
                change.label, change.key)
            owner = self._check_owner(label, key, moved.get((label, key)))
            if isinstance(change, PutNode):
                stamped += self._stamped_put(change, owner, at)
            elif isinstance(change, SetLinks):
                before = sorted(row.target_key for row in self.inner.links(change.type, label) if row.source_key == key)
                after = sorted(set(change.targets) | (set(before) if not change.replace else set()))
                stamped += [change, self._trace(label, key, owner, "liens", {"liens": {change.type: before}},
                                                {"liens": {change.type: after}}, at)]
            else:
                content = {} if (label, key) in erased else self.inner.get(label, key) or {}
                stamped += [change, self._trace(label, key, owner, "suppression", content, {}, at)]
        privacy.require_anonymous(self.inner, changes)  # every save re-checks the texts it writes, as written
        self.inner.apply(stamped)

    def _check_owner(self, label: str, key: str, new_owner: tuple[str, ...] | None) -> str | None:
        """The centre the item belongs to, once the person is allowed to write it."""
        owner = self.owner(label, key)
        if self.access.role is Role.ADMIN:
            return (new_owner[0] if new_owner else None) or owner
        if label == "Centre":
            self.access.require_write(key)
            return key
        if label not in OWNER_LINK:
            raise AccessDenied("access.denied_write", centre="")
        if owner is not None:
            self.access.require_write(owner)
        for centre in new_owner or ():
            self.access.require_write(centre)
        if owner is None and not new_owner:
            raise AccessDenied("access.denied_write", centre="")  # a new item must say whose it is
        return owner or (new_owner[0] if new_owner else None)

    def _stamped_put(self, change: PutNode, owner: str | None, at: str) -> list[Change]:
        kind = KINDS[change.label]
        before = self.inner.get(change.label, change.key)
        current = int((before or {}).get("version", 0))
        expected = current if change.expected_version is None else change.expected_version
        props: dict[str, Value | None] = dict(change.props)
        if kind.contributed:
            props.update(version=expected + 1, modifie_le=at[:19] + "+00:00")
            if before is None:
                props.update(cree_le=at[:19] + "+00:00", contribue_par=self.access.account or self.access.role.value)
            if self.access.role is not Role.ADMIN:
                props["statut"] = "brouillon"  # the federation validates what centres contribute
                if self._action in ("validation", "rejet", "restauration"):
                    raise AccessDenied("access.denied_write", centre=owner or "")
            elif props.get("statut") is None and before is None:
                props["statut"] = PUBLISHED
            if PUBLISHED in (props.get("statut"), (before or {}).get("statut")):
                props["publie"] = True  # validated now, or before this change: readers keep seeing it
        action = self._action or ("creation" if before is None else "modification")
        old = {name: (before or {}).get(name) for name in props if name not in ("modifie_le",)}
        new = {name: value for name, value in props.items() if name not in ("modifie_le",)}
        if self._note:
            new["note"] = self._note
        return [PutNode(change.label, change.key, props, expected),
                self._trace(change.label, change.key, owner, action, old, new, at)]

    def _trace(self, label: str, key: str, owner: str | None, action: str, before: Mapping[str, Any],
               after: Mapping[str, Any], at: str) -> Trace:
        return Trace(label, key, at, self.access.account or self.access.role.value, owner or "", action,
                     json.dumps(before, ensure_ascii=False, sort_keys=True),
                     json.dumps(after, ensure_ascii=False, sort_keys=True))


def _unpublished(props: Mapping[str, Any]) -> bool:
    """A draft or rejected item never validated: only the federation and its centre see it. Once
    validated, a change waiting for validation does not hide it from readers."""
    return props.get("statut") in HIDDEN_STATUSES and not props.get("publie")


def _merged_puts(changes: list[Change]) -> list[Change]:
    """One PutNode per node, where its first one was (properties merged in order): one stamp,
    one version step and one trace per node and change set."""
    first: dict[tuple[str, str], int] = {}
    merged: list[Change] = []
    for change in changes:
        if isinstance(change, PutNode) and (change.label, change.key) in first:
            at = first[(change.label, change.key)]
            earlier = merged[at]
            assert isinstance(earlier, PutNode)
            merged[at] = PutNode(earlier.label, earlier.key, {**earlier.props, **change.props},
                                 earlier.expected_version if earlier.expected_version is not None
                                 else change.expected_version)
            continue
        if isinstance(change, PutNode):
            first[(change.label, change.key)] = len(merged)
        merged.append(change)
    return merged


def _without(text: str, names: set[str]) -> str:
    data = json.loads(text) if text else {}
    return json.dumps({k: v for k, v in data.items() if k not in names}, ensure_ascii=False, sort_keys=True)
