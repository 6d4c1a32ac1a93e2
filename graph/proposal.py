"""A change to a published item, waiting for the federation: kept beside the item, never written over it.

When a centre changes an item readers already see (its own name, a partnership's school), the item keeps its
published properties and links; the change is kept in the item's ``en_attente`` property as a
:class:`Proposal` — the properties it changes and the links it adds and removes, against the published
version — until the federation validates it (the proposal is published) or rejects it (the proposal is
dropped). The guard (:mod:`graph.guard`) shows the proposal to the centre and to the federation only; every
other reader, and whatever reads the store itself, gets the published version.

>>> published = {"id_centre": "CS95-001", "nom": "Les Tilleuls", "statut": "valide", "version": 3}
>>> proposal = Proposal().with_props({"nom": "Les Tilleuls d’Argenteuil", "statut": "brouillon"}, published)
>>> proposal = proposal.with_links("SITUE_DANS", ["95018"], {"95019"})
>>> proposal.seen(published)["nom"], proposal.targets("SITUE_DANS", ["95018"])
('Les Tilleuls d’Argenteuil', ['95019'])
>>> Proposal.read(proposal.text()) == proposal
True
>>> Proposal().with_props({"nom": "Les Tilleuls", "statut": "brouillon"}, published).text() is None  # no change
True
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from graph.changes import Value

PENDING = "en_attente"
# What every proposal sets (its status, its date): not a change of the item by itself.
MARKS = frozenset({"statut", "modifie_le"})


@dataclass(frozen=True)
class Proposal:
    """Properties to change (``None``: to remove) and, per link type, the targets to add and to remove."""

    props: Mapping[str, Value | None] = field(default_factory=dict)
    links: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)

    @classmethod
    def read(cls, text: object) -> Proposal | None:
        """The proposal kept in ``en_attente`` (``None`` when nothing waits)."""
        if not isinstance(text, str) or not text:
            return None
        data = json.loads(text)
        return cls(dict(data.get("proprietes", {})),
                   {type_: (tuple(change.get("ajoutes", ())), tuple(change.get("retires", ())))
                    for type_, change in data.get("liens", {}).items()})

    def text(self) -> str | None:
        """What to keep in ``en_attente``: ``None`` (the property removed) when it changes nothing."""
        if not self.changes_anything():
            return None
        return json.dumps({"proprietes": dict(self.props),
                           "liens": {type_: {"ajoutes": list(added), "retires": list(removed)}
                                     for type_, (added, removed) in sorted(self.links.items())}},
                          ensure_ascii=False, sort_keys=True)

    def changes_anything(self) -> bool:
        return bool(set(self.props) - MARKS or self.links)

    def with_props(self, props: Mapping[str, Value | None], published: Mapping[str, Any]) -> Proposal:
        """This proposal with ``props`` too; a value back to the published one no longer waits."""
        merged = dict(self.props)
        for name, value in props.items():
            if _same(value, published.get(name)):
                merged.pop(name, None)
            else:
                merged[name] = value
        return replace(self, props=merged)

    def with_links(self, type_: str, published: Iterable[str], wanted: Iterable[str]) -> Proposal:
        """This proposal with the links of ``type_`` going to exactly ``wanted`` (``published``: where they go)."""
        now, then = set(published), set(wanted)
        links = dict(self.links)
        added, removed = tuple(sorted(then - now)), tuple(sorted(now - then))
        if added or removed:
            links[type_] = (added, removed)
        else:
            links.pop(type_, None)
        return replace(self, links=links)

    def seen(self, published: Mapping[str, Any]) -> dict[str, Any]:
        """The item as it will be once validated: ``published`` with the proposed properties."""
        shown = {name: value for name, value in published.items() if name != PENDING}
        for name, value in self.props.items():
            if value is None:
                shown.pop(name, None)
            else:
                shown[name] = value
        return shown

    def targets(self, type_: str, published: Iterable[str]) -> list[str]:
        """Where the links of ``type_`` will go once validated (``published``: where they go now)."""
        if type_ not in self.links:
            return sorted(published)
        added, removed = self.links[type_]
        return sorted((set(published) - set(removed)) | set(added))


def _same(value: Any, other: Any) -> bool:
    """Equal as the store keeps them: an empty text or list is no value, a tuple is a list; and an unticked box
    (a form's ``False``) says nothing more than no value."""
    def kept(found: Any) -> Any:
        if found is False or found == "" or found == [] or found == ():
            return None
        return list(found) if isinstance(found, tuple) else found

    return kept(value) == kept(other)
