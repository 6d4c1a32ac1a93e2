"""The writes a store knows: a change set is a list of these, applied all or nothing.

Four changes are enough for everything Passerelles writes:

* :class:`PutNode` creates a node or updates some of its properties (``None``
  removes a property; properties not named are kept); with ``expected_version``, only
  if the node is still at that version (0: it must not exist yet) — else the whole
  change set is refused with :class:`~graph.errors.ConcurrentEdit`, and nobody's work
  is silently overwritten; with ``create``, the node must not exist yet (a load that
  found it absent creates it) — else the change set is refused with
  :class:`~graph.errors.NodeExists`, and what someone else created meanwhile is kept;
* :class:`SetLinks` sets the outgoing links of one type from one node to exactly
  the given targets (links to other targets are removed) — or, with ``replace=False``,
  only adds them (what a node just created needs, with nothing to look up and remove);
* :class:`DeleteNode` deletes a node and its links;
* :class:`Trace` records who changed a node and how, in the same transaction as the change;
* :class:`Forget` erases a node's history (a centre's data deleted on its request leaves no copy).

They are plain data so that both stores apply them the same way, the embedded store
can write them to its log, and tests can compare them.

>>> PutNode("Centre", "CS95-001", {"nom": "Centre social fictif des Tilleuls"}).to_record()
['put', 'Centre', 'CS95-001', {'nom': 'Centre social fictif des Tilleuls'}]
>>> change_from_record(['links', 'PORTE_PAR', 'Partenariat', 'PA-1', ['CS95-001']])
SetLinks(type='PORTE_PAR', source_label='Partenariat', source_key='PA-1', targets=('CS95-001',), replace=True)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias, Union

Value: TypeAlias = Union[str, int, float, bool, list[str]]


@dataclass(frozen=True)
class PutNode:
    label: str
    key: str
    props: Mapping[str, Value | None] = field(default_factory=dict)
    expected_version: int | None = field(default=None, repr=False)  # shown by ConcurrentEdit when it matters
    create: bool = field(default=False, repr=False)

    def to_record(self) -> list[Any]:
        # The version was checked when written: replaying the log needs only the values.
        return ["put", self.label, self.key, dict(self.props)]


@dataclass(frozen=True)
class SetLinks:
    type: str
    source_label: str
    source_key: str
    targets: tuple[str, ...]
    replace: bool = True

    def to_record(self) -> list[Any]:
        record = ["links", self.type, self.source_label, self.source_key, list(self.targets)]
        return record if self.replace else [*record, False]


@dataclass(frozen=True)
class DeleteNode:
    label: str
    key: str

    def to_record(self) -> list[Any]:
        return ["delete", self.label, self.key]


@dataclass(frozen=True)
class Trace:
    """One entry of a node's history: who (account and centre), when, what it was and became.

    ``before`` and ``after`` are JSON texts (properties, or ``{"liens": …}`` for links);
    ``action`` is ``creation``, ``modification``, ``liens``, ``suppression``, ``restauration``,
    ``validation``, ``rejet``, ``effacement`` or ``proposition`` (a change to a published item, waiting
    for validation).
    """

    label: str
    key: str
    at: str
    account: str
    centre: str
    action: str
    before: str
    after: str

    def to_record(self) -> list[Any]:
        return ["trace", self.label, self.key, self.at, self.account, self.centre, self.action, self.before, self.after]


@dataclass(frozen=True)
class Forget:
    label: str
    key: str

    def to_record(self) -> list[Any]:
        return ["forget", self.label, self.key]


Change: TypeAlias = Union[PutNode, SetLinks, DeleteNode, Trace, Forget]
ChangeSet: TypeAlias = Sequence[Change]


def change_from_record(record: Sequence[Any]) -> Change:
    """The change a log record stands for (the inverse of ``to_record``)."""
    tag = record[0]
    if tag == "put":
        return PutNode(record[1], record[2], record[3])
    if tag == "links":
        return SetLinks(record[1], record[2], record[3], tuple(record[4]), *record[5:6])
    if tag == "delete":
        return DeleteNode(record[1], record[2])
    if tag == "trace":
        return Trace(*record[1:9])
    if tag == "forget":
        return Forget(record[1], record[2])
    raise ValueError(f"unknown change record {tag!r}")
