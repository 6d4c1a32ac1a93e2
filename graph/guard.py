"""The graph as one person may see and change it: a :class:`GuardedStore` wraps any store.

Pages and queries get the guarded store of the person signed in, so roles hold below the
interface, whatever a page shows or hides:

* **reading** — the narrative of a conflict case (its ``sensitive`` properties) is removed
  unless the person is the federation or the centre that reported it; what the federation keeps among its
  members (``members`` properties: a centre's contact for the other centres) is removed for readers and
  visitors; drafts and rejected items are seen only by the federation and by their own centre; a change to a published item
  that waits for validation (:mod:`graph.proposal`) too: everyone else reads the published version;
* **writing** — a reader writes nothing; a centre contributor writes only what belongs to
  one of its centres (the centre itself, and the partnerships, practices, cases, questions,
  partners' views and reports it carries), always as a draft — and a change to an item already
  published is kept beside it, as a proposal, until the federation validates it (``validation``
  publishes it, ``rejet`` drops it); only the federation deletes a published item; the federation
  writes all;
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
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from graph import privacy
from graph.access import Access, Role
from graph.changes import Change, ChangeSet, DeleteNode, Forget, PutNode, SetLinks, Trace, Value
from graph.errors import AccessDenied, DanglingReference, SchemaError
from graph.i18n import t
from graph.proposal import PENDING, Proposal
from graph.schema import KINDS, RELATIONSHIPS, STAMPS, stamp
from graph.store import (Direction, GraphStore, LinkRow, NodeRow, Scalar, Subgraph, check_change, check_equals,
                         check_linked, check_prop, walk)
from graph.vocabularies import DRAFT, PUBLISHED, REJECTED

# The link that says which centre an item belongs to (a centre belongs to itself).
OWNER_LINK: dict[str, str] = {
    "Partenariat": "PORTE_PAR", "Pratique": "PORTEE_PAR", "Situation": "SIGNALEE_PAR",
    "Question": "POSEE_PAR", "Retour": "RAPPORTE_PAR", "Avis": "RECUEILLI_PAR",
}
HIDDEN_STATUSES = frozenset({DRAFT, REJECTED})
# What only the centre and the federation read in an item's history: proposals and their rejection.
PROPOSAL_ACTIONS = frozenset({"proposition", "rejet"})
# Past this many nodes of one label, a keyed read reads the label whole once rather than each node.
SCAN_ABOVE = 200


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
        if ("owners", label) in self._memo:
            return self._memo[("owners", label)].get(key)
        rows = self.inner.linked(type_, [key], "out", source=label)
        return rows[0].target_key if rows else None

    def _owners(self, label: str) -> dict[str, str]:
        if ("owners", label) not in self._memo:
            self._memo[("owners", label)] = self._read_owners(label)
        return self._memo[("owners", label)]

    def _read_owners(self, label: str) -> dict[str, str]:
        type_ = OWNER_LINK.get(label)
        if label == "Centre":
            return {key: key for key in self.inner.keys("Centre")}
        return {row.source_key: row.target_key for row in self.inner.links(type_, label)} if type_ else {}

    def _insider(self, owner: str | None) -> bool:
        """The federation, or a contributor of the item's centre: who sees its drafts and proposals."""
        return self.access.role is Role.ADMIN or (
            self.access.role is Role.CONTRIBUTOR and owner is not None and owner in self.access.centres)

    def _visible(self, label: str, props: Mapping[str, Any], owner: str | None,
                 proposed: bool = True) -> dict[str, Any] | None:
        """``props`` as this person may see them (with the change waiting for validation when they may see
        it and ``proposed``), or ``None`` when the node is hidden from them."""
        insider = self._insider(owner)
        if not insider and _unpublished(props):
            return None
        shown = dict(props)
        pending = Proposal.read(shown.pop(PENDING, None))
        if pending is not None and insider and proposed:
            shown = pending.seen(shown)
        if label == "Situation" and not self.access.can_read_case(owner or ""):
            for prop in KINDS[label].props:
                if prop.sensitive:
                    shown.pop(prop.name, None)
        if self.access.role is Role.READER:  # what the federation keeps among its members
            for prop in KINDS[label].props:
                if prop.members:
                    shown.pop(prop.name, None)
        return shown

    def get(self, label: str, key: str) -> dict[str, Value] | None:
        props = self.inner.get(label, key)
        return None if props is None else self._visible(label, props, self.owner(label, key))

    def published(self, label: str, key: str) -> dict[str, Value] | None:
        """The item as readers see it, a change waiting for validation left aside (``None``: hidden or absent)."""
        props = self.inner.get(label, key)
        return None if props is None else self._visible(label, props, self.owner(label, key), proposed=False)

    def waiting(self, label: str, key: str) -> bool:
        """Whether a change to the published item waits for validation (only its centre and the federation know)."""
        props = self.inner.get(label, key)
        return bool(props and props.get(PENDING)) and self._insider(self.owner(label, key))

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
        rel = RELATIONSHIPS[type_]
        proposed = {node: proposal for label in ([source] if source else sorted(rel.sources))
                    for node, proposal in self._scan(label)[1].items() if type_ in proposal.links}
        if proposed:  # the links a change waiting for validation moves, as its centre and the federation see them
            published: dict[tuple[str, str], list[str]] = {}
            for row in rows:
                published.setdefault((row.source_label, row.source_key), []).append(row.target_key)
            rows = sorted([row for row in rows if (row.source_label, row.source_key) not in proposed]
                          + [LinkRow(label, key, target) for (label, key), proposal in proposed.items()
                             for target in proposal.targets(type_, published.get((label, key), []))])
        hidden = self._hidden_nodes({row.source_label for row in rows} | {rel.target})
        return [row for row in rows
                if (row.source_label, row.source_key) not in hidden and (rel.target, row.target_key) not in hidden]

    def find(self, label: str, **equals: Scalar) -> list[dict[str, Value]]:
        check_equals(label, equals)
        if KINDS[label].contributed and self.access.role is not Role.READER:
            # what its centre proposed may change which match: read as this person sees them
            candidates = self.nodes(label)
        else:
            found = self.inner.find(label, **equals)
            owners = self._owners_of(label, [str(props[KINDS[label].key]) for props in found])
            key = KINDS[label].key
            candidates = [shown for props in found
                          if (shown := self._visible(label, props, owners.get(str(props[key])))) is not None]
        return [props for props in candidates if all(_holds(props.get(name), value) for name, value in equals.items())]

    def count_by(self, label: str, prop: str) -> dict[Value, int]:
        check_prop(label, prop)
        if not KINDS[label].contributed:  # nothing hidden, nothing proposed
            return self.inner.count_by(label, prop)
        counted: dict[Value, int] = {}
        for props in self.nodes(label):
            value = props.get(prop)
            for member in set(value) if isinstance(value, list) else () if value is None else (value,):
                counted[member] = counted.get(member, 0) + 1
        return counted

    def linked(self, type_: str, keys: Iterable[str], direction: Direction = "out",
               source: str | None = None) -> list[LinkRow]:
        sources = check_linked(type_, direction, source)
        keys = set(keys)
        rows = self.inner.linked(type_, keys, direction, source)
        proposed = self._proposals(type_, sources, keys if direction == "out" else None)
        if proposed:  # the links a change waiting for validation moves, as its centre and the federation see them
            published: dict[tuple[str, str], list[str]] = {node: [] for node in proposed}
            for label in sorted({label for label, _ in proposed}):
                moved = [key for node_label, key in proposed if node_label == label]
                for row in self.inner.linked(type_, moved, "out", source=label) if direction == "in" else rows:
                    if (row.source_label, row.source_key) in published:
                        published[(row.source_label, row.source_key)].append(row.target_key)
            rows = sorted([row for row in rows if (row.source_label, row.source_key) not in proposed]
                          + [LinkRow(label, key, target) for (label, key), proposal in proposed.items()
                             for target in proposal.targets(type_, published[(label, key)])
                             if direction == "out" or target in keys])
        target = RELATIONSHIPS[type_].target
        hidden = self._hidden_among({(row.source_label, row.source_key) for row in rows}
                                    | {(target, row.target_key) for row in rows})
        return [row for row in rows
                if (row.source_label, row.source_key) not in hidden and (target, row.target_key) not in hidden]

    def neighbourhood(self, label: str, key: str, types: Iterable[str] | None = None, depth: int = 1,
                      direction: Direction = "both") -> Subgraph:
        if self.access.role is not Role.READER:  # a proposal may move links: walked link by link, as they see them
            return walk(self, label, key, types, depth, direction)
        # A reader sees no proposal and no draft: the store's own walk, without the drafts and what lies beyond them.
        found = self.inner.neighbourhood(label, key, types, depth, direction)
        shown = {(node.label, node.key): props for node in found.nodes
                 if (props := self._visible(node.label, node.props, None)) is not None}
        return _rewalked(found, shown, (label, key), depth, direction)

    def _owners_of(self, label: str, keys: list[str]) -> dict[str, str]:
        """The centre each of ``keys`` belongs to, in one read."""
        if label == "Centre":
            return {key: key for key in keys}
        type_ = OWNER_LINK.get(label)
        if type_ is None:
            return {}
        if ("owners", label) in self._memo:
            return self._memo[("owners", label)]
        return {row.source_key: row.target_key for row in self.inner.linked(type_, keys, "out", source=label)}

    def _proposals(self, type_: str, labels: list[str], keys: set[str] | None) -> dict[tuple[str, str], Proposal]:
        """The proposals this person sees that move links of ``type_``: of nodes ``keys`` (or of any node)."""
        if self.access.role is Role.READER:
            return {}
        found: dict[tuple[str, str], Proposal] = {}
        for label in labels:
            if not KINDS[label].contributed:
                continue
            if keys is None and self.access.role is Role.ADMIN:
                wanted = None  # the federation sees every proposal: those of the whole label
            elif keys is None:  # a contributor sees the proposals of its centres' items only
                wanted = set(self.access.centres) if label == "Centre" else {
                    row.source_key for row in self.inner.linked(OWNER_LINK[label], self.access.centres, "in",
                                                                source=label)} if label in OWNER_LINK else set()
            else:
                wanted = keys
            if wanted is None or len(wanted) > SCAN_ABOVE or ("scan", label) in self._memo:
                candidates = {node: proposal for node, proposal in self._scan(label)[1].items()
                              if wanted is None or node[1] in wanted}
            else:
                candidates = {}
                for key in sorted(wanted):
                    props = self.inner.get(label, key)
                    proposal = Proposal.read(props.get(PENDING)) if props else None
                    if proposal is not None and (self.access.role is Role.ADMIN
                                                 or self._insider(self.owner(label, key))):
                        candidates[(label, key)] = proposal
            found.update({node: proposal for node, proposal in candidates.items() if type_ in proposal.links})
        return found

    def _hidden_among(self, nodes: set[tuple[str, str]]) -> set[tuple[str, str]]:
        """Which of ``nodes`` this person may not see: each read, unless their label was read whole already."""
        if self.access.role is Role.ADMIN:
            return set()
        hidden: set[tuple[str, str]] = set()
        many = Counter(label for label, _ in nodes)
        for label, key in nodes:
            if not KINDS[label].contributed:
                continue
            if many[label] > SCAN_ABOVE or ("scan", label) in self._memo:
                if (label, key) in self._scan(label)[0]:
                    hidden.add((label, key))
                continue
            props = self.inner.get(label, key)
            if props is not None and _unpublished(props) and not self._insider(self.owner(label, key)):
                hidden.add((label, key))
        return hidden

    def _hidden_nodes(self, labels: Iterable[str]) -> set[tuple[str, str]]:
        if self.access.role is Role.ADMIN:
            return set()
        hidden: set[tuple[str, str]] = set()
        for label in labels:
            hidden |= self._scan(label)[0]
        return hidden

    def _scan(self, label: str) -> tuple[set[tuple[str, str]], dict[tuple[str, str], Proposal]]:
        """The nodes of ``label`` hidden from this person, and the proposals they may see (one read per label)."""
        if not KINDS[label].contributed:
            return set(), {}
        if ("scan", label) not in self._memo:
            owners, key = self._owners(label), KINDS[label].key
            hidden: set[tuple[str, str]] = set()
            proposals: dict[tuple[str, str], Proposal] = {}
            for props in self.inner.nodes(label):
                node, owner = (label, str(props[key])), owners.get(str(props[key]))
                if not self._insider(owner):
                    if _unpublished(props):
                        hidden.add(node)
                elif (proposal := Proposal.read(props.get(PENDING))) is not None:
                    proposals[node] = proposal
            self._memo[("scan", label)] = (hidden, proposals)
        return self._memo[("scan", label)]

    def history(self, label: str, key: str) -> list[Trace]:
        if self.get(label, key) is None and self.inner.get(label, key) is not None:
            return []
        traces = self.inner.history(label, key)
        if not self._insider(self.owner(label, key)):  # what a centre proposed is not public before it is validated
            traces = [trace for trace in traces if trace.action not in PROPOSAL_ACTIONS]
        if label != "Situation" or self.access.can_read_case(self.owner(label, key) or ""):
            return traces
        secret = {prop.name for prop in KINDS[label].props if prop.sensitive}
        return [Trace(t.label, t.key, t.at, t.account, t.centre, t.action, _without(t.before, secret),
                      _without(t.after, secret)) for t in traces]

    def revision(self) -> str:
        """The store's revision, read once per page run (a guard lives for one) and again after it writes."""
        if ("revision", "") not in self._memo:
            self._memo[("revision", "")] = self.inner.revision()
        return self._memo[("revision", "")]

    def counts(self) -> dict[str, int]:
        return {label: len(self.keys(label)) for label in self.inner.counts()}

    def link_counts(self) -> dict[str, int]:
        return {type_: len(self.links(type_)) for type_ in RELATIONSHIPS}

    def describe(self) -> str:
        """Where the data lives (a folder, a server's address): the federation's administrators only."""
        return self.inner.describe() if self.access.role is Role.ADMIN else t(f"store.describe.{self.kind}_public")

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
        rejection's comment, say) is kept in the trace as ``note``. A centre's change to a
        published item is kept as a proposal; the federation's changes are published, unless
        it passes ``proposition`` (it edits what a centre proposed: the proposal is changed).
        """
        self._action, self._note = action, note
        try:
            self._apply(list(changes))
        finally:
            self._action, self._note = None, ""
            self._memo.clear()

    _action: str | None = None
    _note: str = ""

    def _apply(self, changes: list[Change]) -> None:
        self._memo.clear()
        if self.access.role is Role.READER:
            raise AccessDenied("access.denied_write", centre="")
        if self.access.role is not Role.ADMIN and self._action in ("validation", "rejet", "restauration"):
            raise AccessDenied("access.denied_write", centre="")  # the federation decides
        changes = _merged_puts(changes)
        moved = {(c.source_label, c.source_key): c.targets for c in changes
                 if isinstance(c, SetLinks) and OWNER_LINK.get(c.source_label) == c.type}
        stamped: list[Change] = []
        at = now()
        erased = {(c.label, c.key) for c in changes if isinstance(c, Forget)}
        if erased and self.access.role is not Role.ADMIN:
            raise AccessDenied("access.denied_write", centre="")  # erasing history: the federation only
        held = self._held(changes)
        proposed: dict[tuple[str, str], tuple[str | None, list[PutNode | SetLinks]]] = {}
        for change in changes:
            if isinstance(change, Trace):
                raise SchemaError("store.bad_trace", label=change.label, key=change.key)
            if isinstance(change, Forget):  # only the fact remains: who erased it, when, nothing of the content
                stamped += [change, self._trace(change.label, change.key, None, "effacement", {}, {}, at)]
                continue
            label, key = (change.source_label, change.source_key) if isinstance(change, SetLinks) else (
                change.label, change.key)
            owner = self._check_owner(label, key, moved.get((label, key)))
            if (label, key) in held:
                if isinstance(change, DeleteNode):  # readers would lose it before anyone validated that
                    raise AccessDenied("access.denied_delete_published", centre=owner or "")
                proposed.setdefault((label, key), (owner, []))[1].append(change)
            elif isinstance(change, PutNode):
                stamped += self._stamped_put(change, owner, at)
            elif isinstance(change, SetLinks):
                before = sorted(self._targets(change.type, label).get(key, ()))
                after = sorted(set(change.targets) | (set(before) if not change.replace else set()))
                stamped += [change, self._trace(label, key, owner, "liens", {"liens": {change.type: before}},
                                                {"liens": {change.type: after}}, at)]
            else:
                content = {} if (label, key) in erased else self.inner.get(label, key) or {}
                stamped += [change, self._trace(label, key, owner, "suppression", content, {}, at)]
        for (label, key), (owner, group) in proposed.items():
            stamped += self._proposed(label, key, owner, group, held[(label, key)], at)
        # every save re-checks the texts it writes, as written (a proposal's texts included: they are these)
        privacy.require_anonymous(self.inner, changes)
        self.inner.apply(stamped)

    def _targets(self, type_: str, label: str) -> dict[str, list[str]]:
        """Source key → the targets of its ``type_`` links, read once per write (cleared with the memo)."""
        if ("targets", type_ + " " + label) not in self._memo:
            found: dict[str, list[str]] = {}
            for row in self.inner.links(type_, label):
                found.setdefault(row.source_key, []).append(row.target_key)
            self._memo[("targets", type_ + " " + label)] = found
        return self._memo[("targets", type_ + " " + label)]

    def _held(self, changes: list[Change]) -> dict[tuple[str, str], dict[str, Value]]:
        """The published items ``changes`` touch whose change must wait for validation, with their properties."""
        if self.access.role is Role.ADMIN and self._action != "proposition":
            return {}
        held: dict[tuple[str, str], dict[str, Value]] = {}
        for change in changes:
            if isinstance(change, (PutNode, DeleteNode)):
                node = (change.label, change.key)
            elif isinstance(change, SetLinks):
                node = (change.source_label, change.source_key)
            else:
                continue
            if node not in held and KINDS[node[0]].contributed:
                props = self.inner.get(*node)
                if props is not None and is_published(props):
                    held[node] = props
        return held

    def _proposed(self, label: str, key: str, owner: str | None, changes: list[PutNode | SetLinks],
                  published: Mapping[str, Any], at: str) -> list[Change]:
        """``changes`` to the published item kept as its proposal (with what it already proposed): only the
        proposal, the version and the trace are written; the published properties and links stay."""
        proposal = Proposal.read(published.get(PENDING)) or Proposal()
        seen = proposal.seen(published)
        props: dict[str, Value | None] = {}
        expected: int | None = None
        traces: list[Change] = []
        for change in changes:
            if isinstance(change, PutNode):
                checked = check_change(PutNode(label, key, self._writable(change.props)))
                props.update({name: value for name, value in checked.props.items()
                              if name != KINDS[label].key and name not in STAMPS})
                expected = change.expected_version
                continue
            checked = check_change(change)
            assert isinstance(checked, SetLinks)
            target = RELATIONSHIPS[checked.type].target
            if missing := sorted(set(checked.targets) - self.inner.existing(target, checked.targets)):
                raise DanglingReference(label=target, key=missing[0], type=checked.type)
            now_published = [row.target_key for row in self.inner.links(checked.type, label) if row.source_key == key]
            before = proposal.targets(checked.type, now_published)
            wanted = set(checked.targets) | (set(before) if not checked.replace else set())
            proposal = proposal.with_links(checked.type, now_published, wanted)
            traces.append(self._trace(label, key, owner, "proposition", {"liens": {checked.type: before}},
                                      {"liens": {checked.type: sorted(wanted)}}, at))
        props.update(statut=DRAFT, modifie_le=at[:19] + "+00:00")
        proposal = proposal.with_props(props, published)
        current = int(published.get("version", 0))
        put = any(isinstance(change, PutNode) for change in changes)
        expected = current if expected is None else expected
        shown = {name: value for name, value in props.items() if name != "modifie_le"}
        if put:
            traces.insert(0, self._trace(label, key, owner, "proposition",
                                         {**{name: seen.get(name) for name in shown}, "version": current},
                                         {**shown, "version": expected + 1}, at))
        return [PutNode(label, key, {PENDING: proposal.text(), "version": expected + 1}, expected), *traces]

    def _writable(self, props: Mapping[str, Value | None]) -> dict[str, Value | None]:
        """``props`` without what the guard alone sets (all of it for a centre, the proposal for the federation)."""
        stamps = STAMPS if self.access.role is not Role.ADMIN else {PENDING}
        return {name: value for name, value in props.items() if name not in stamps}

    def _check_owner(self, label: str, key: str, new_owner: tuple[str, ...] | None) -> str | None:
        """The centre the item belongs to, once the person is allowed to write it."""
        # Read once per write for all its changes (an import writes thousands): the store does not change meanwhile.
        owner = key if label == "Centre" else self._owners(label).get(key)
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
        props: dict[str, Value | None] = self._writable(change.props)
        proposal = Proposal.read((before or {}).get(PENDING)) if kind.contributed else None
        extra: list[Change] = []
        if proposal is not None and self._action == "rejet":  # what the centre proposed is dropped, nothing else
            return [PutNode(change.label, change.key, {PENDING: None, "version": expected + 1}, expected),
                    self._trace(change.label, change.key, owner, "rejet", {}, {"note": self._note}, at)]
        if proposal is not None and self._action == "validation":  # what the centre proposed is published
            props = {**proposal.props, **props, PENDING: None}
            extra = self._validated_links(change.label, change.key, owner, proposal, at)
        if kind.contributed:
            stamp(props, expected + 1, at[:19] + "+00:00",
                  by=self.access.account or self.access.role.value if before is None else None)
            if self.access.role is not Role.ADMIN:
                props["statut"] = DRAFT  # the federation validates what centres contribute
            elif props.get("statut") is None and before is None:
                props["statut"] = PUBLISHED
            if PUBLISHED in (props.get("statut"), (before or {}).get("statut")):
                props["publie"] = True  # validated now, or before this change: readers keep seeing it
        action = self._action or ("creation" if before is None else "modification")
        old = {name: (before or {}).get(name) for name in props if name not in ("modifie_le", PENDING)}
        new = {name: value for name, value in props.items() if name not in ("modifie_le", PENDING)}
        if self._note:
            new["note"] = self._note
        return [PutNode(change.label, change.key, props, expected),
                self._trace(change.label, change.key, owner, action, old, new, at), *extra]

    def _validated_links(self, label: str, key: str, owner: str | None, proposal: Proposal, at: str) -> list[Change]:
        found: list[Change] = []
        for type_ in sorted(proposal.links):
            before = sorted(row.target_key for row in self.inner.links(type_, label) if row.source_key == key)
            after = proposal.targets(type_, before)
            found += [SetLinks(type_, label, key, tuple(after)),
                      self._trace(label, key, owner, "liens", {"liens": {type_: before}}, {"liens": {type_: after}},
                                  at)]
        return found

    def _trace(self, label: str, key: str, owner: str | None, action: str, before: Mapping[str, Any],
               after: Mapping[str, Any], at: str) -> Trace:
        return Trace(label, key, at, self.access.account or self.access.role.value, owner or "", action,
                     json.dumps(before, ensure_ascii=False, sort_keys=True),
                     json.dumps(after, ensure_ascii=False, sort_keys=True))


def is_published(props: Mapping[str, Any]) -> bool:
    """Validated at least once: readers see it, as it was validated."""
    return bool(props.get("publie")) or props.get("statut") == PUBLISHED


def _unpublished(props: Mapping[str, Any]) -> bool:
    """A draft or rejected item never validated: only the federation and its centre see it."""
    return props.get("statut") in HIDDEN_STATUSES and not props.get("publie")


def _rewalked(found: Subgraph, shown: Mapping[tuple[str, str], dict[str, Value]], start: tuple[str, str], depth: int,
              direction: str) -> Subgraph:
    """The walk of ``found`` again from ``start``, through the nodes ``shown`` only (with these properties)."""
    if start not in shown:
        return Subgraph([], {})
    steps: dict[tuple[str, str], list[tuple[str, LinkRow, tuple[str, str]]]] = {}
    for type_, rows in found.links.items():
        for row in rows:
            source, target = (row.source_label, row.source_key), (RELATIONSHIPS[type_].target, row.target_key)
            if source in shown and target in shown:
                if direction != "in":
                    steps.setdefault(source, []).append((type_, row, target))
                if direction != "out":
                    steps.setdefault(target, []).append((type_, row, source))
    reached, frontier = {start}, [start]
    links: dict[str, set[LinkRow]] = {}
    for _ in range(depth):
        frontier_next = []
        for node in frontier:
            for type_, row, other in steps.get(node, ()):
                links.setdefault(type_, set()).add(row)
                if other not in reached:
                    reached.add(other)
                    frontier_next.append(other)
        frontier = frontier_next
    return Subgraph([NodeRow(*node, shown[node]) for node in sorted(reached)],
                    {type_: sorted(rows) for type_, rows in sorted(links.items())})


def _holds(found: Any, value: Scalar) -> bool:
    """Whether a property's value ``found`` is ``value`` (holds it, for a list), as the stores' :meth:`find` says."""
    if isinstance(found, list):
        return any(_holds(member, value) for member in found)
    return found is not None and isinstance(found, bool) == isinstance(value, bool) and found == value


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
