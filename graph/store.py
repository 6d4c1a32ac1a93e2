"""The store contract: what every backend of the Passerelles graph provides.

A backend implements a handful of primitives (``_apply``, ``get``, ``nodes``,
``links``, ``counts``, ``link_counts``, ``clear``, ``close``) and the keyed reads that
answer from indexes instead of whole labels (``find``, ``linked``, ``neighbourhood``,
``count_by``); checking writes and reads against the schema, normalising values and the
conveniences above the primitives are written once, here.

>>> from graph.backends.embedded import EmbeddedStore
>>> import tempfile
>>> store = EmbeddedStore(tempfile.mkdtemp())
>>> store.apply([PutNode("Departement", "95", {"nom": "Val-d'Oise"}),
...              PutNode("Commune", "95018", {"nom": "Argenteuil", "population": 110000}),
...              SetLinks("DANS_DEPARTEMENT", "Commune", "95018", ("95",))])
>>> store.get("Commune", "95018")["nom"]
'Argenteuil'
>>> store.links("DANS_DEPARTEMENT")
[LinkRow(source_label='Commune', source_key='95018', target_key='95')]
>>> store.counts()["Commune"]
1
>>> store.find("Commune", nom="Argenteuil")[0]["code_insee"]
'95018'
>>> store.linked("DANS_DEPARTEMENT", ["95"], direction="in")
[LinkRow(source_label='Commune', source_key='95018', target_key='95')]
>>> [node.key for node in store.neighbourhood("Departement", "95").nodes]
['95018', '95']
>>> store.count_by("Commune", "population")
{110000: 1}
>>> store.close()
"""

from __future__ import annotations

import functools
import math
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Self

from graph.changes import Change, ChangeSet, DeleteNode, Forget, PutNode, SetLinks, Trace, Value
from graph.errors import SchemaError
from graph.schema import NODE_KINDS, RELATIONSHIPS, NodeKind, Prop, node_kind, relationship

if TYPE_CHECKING:
    import networkx as nx


class LinkRow(NamedTuple):
    """One link: its source node (label and key) and the key of its target."""

    source_label: str
    source_key: str
    target_key: str


class NodeRow(NamedTuple):
    """One node: its label, its key and its properties (the key property included)."""

    label: str
    key: str
    props: dict[str, Value]


class Subgraph(NamedTuple):
    """Nodes sorted by label and key, and links by type (each list sorted, as :meth:`GraphStore.links`)."""

    nodes: list[NodeRow]
    links: dict[str, list[LinkRow]]


#: Which way a link is followed: from its source to its target (``out``), back (``in``), or either.
Direction = Literal["out", "in", "both"]
#: How far :meth:`GraphStore.neighbourhood` walks at most: a card or a focus, not the whole graph.
MAX_DEPTH = 6
Scalar = str | int | float | bool


class GraphStore(ABC):
    """A Passerelles graph, embedded or on a Neo4j server.

    Writes go through :meth:`apply`, which checks a whole change set against the
    schema before the backend applies it atomically. Nodes are returned as plain
    dicts of their properties, the key property included.
    """

    kind: str = "abstract"
    #: How many change sets a bulk load may write at once (each in its own transaction).
    writers: int = 1

    # --- primitives -------------------------------------------------------------------

    @abstractmethod
    def _apply(self, changes: list[Change]) -> None:
        """Apply checked changes all or nothing; durable once it returns.

        Raises :class:`~graph.errors.DanglingReference` (and applies nothing) when a
        link names a node that does not exist.
        """

    @abstractmethod
    def get(self, label: str, key: str) -> dict[str, Value] | None:
        """The properties of one node, or None."""

    @abstractmethod
    def nodes(self, label: str) -> list[dict[str, Value]]:
        """Every node of ``label``, sorted by key."""

    @abstractmethod
    def keys(self, label: str) -> set[str]:
        """The keys of every node of ``label`` (cheaper than :meth:`nodes` when only they matter)."""

    @abstractmethod
    def existing(self, label: str, keys: Iterable[str]) -> set[str]:
        """Which of ``keys`` are keys of nodes of ``label``."""

    @abstractmethod
    def links(self, type_: str, source: str | None = None) -> list[LinkRow]:
        """Every link of ``type_`` (only those from nodes of label ``source`` if given), sorted."""

    @abstractmethod
    def find(self, label: str, **equals: Scalar) -> list[dict[str, Value]]:
        """The nodes of ``label`` whose properties equal ``equals`` (a list-valued property: holds the value),
        sorted by key; answered from indexes. :class:`SchemaError` for a label or property the schema lacks."""

    @abstractmethod
    def linked(self, type_: str, keys: Iterable[str], direction: Direction = "out",
               source: str | None = None) -> list[LinkRow]:
        """The links of ``type_`` from ``keys`` (``out``: keys of sources, of label ``source`` if given) or to
        them (``in``: keys of targets), sorted: the batch read that spares a scan of the whole type."""

    @abstractmethod
    def neighbourhood(self, label: str, key: str, types: Iterable[str] | None = None, depth: int = 1,
                      direction: Direction = "both") -> Subgraph:
        """The node and those within ``depth`` steps of it following links of ``types`` (every type if None)
        ``direction``-wise, with every link followed: the links of those types at a node closer than ``depth``.
        Empty when the node does not exist."""

    @abstractmethod
    def count_by(self, label: str, prop: str) -> dict[Value, int]:
        """How many nodes of ``label`` hold each value of ``prop`` (each member of a list; nodes without it
        are not counted)."""

    @abstractmethod
    def history(self, label: str, key: str) -> list[Trace]:
        """Every :class:`~graph.changes.Trace` recorded for the node, oldest first."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """How many nodes of each label of the schema (0 included)."""

    @abstractmethod
    def link_counts(self) -> dict[str, int]:
        """How many links of each relationship type of the schema (0 included)."""

    @abstractmethod
    def revision(self) -> str:
        """A value that changes whenever anything is written to the store, by this process or by another one on
        the same store (several app processes on one Neo4j): what was computed at one revision holds until the
        next. Cheap: one small read."""

    @abstractmethod
    def clear(self) -> None:
        """Delete everything (tests and demo reset only)."""

    @abstractmethod
    def close(self) -> None:
        """Release files, connections and locks."""

    @abstractmethod
    def describe(self) -> str:
        """Where the data lives, in French, for the people using the app."""

    def ensure_schema(self) -> None:
        """Create what the backend needs from the schema (constraints, indexes); idempotent."""

    # --- common to every backend --------------------------------------------------------

    def apply(self, changes: ChangeSet) -> None:
        """Check ``changes`` against the schema, then apply them all or nothing."""
        checked = [check_change(change) for change in changes]
        if checked:
            self._apply(checked)

    def is_empty(self) -> bool:
        return not any(self.counts().values())

    def contents(self) -> tuple[dict[str, list[dict[str, Value]]], dict[str, list[LinkRow]]]:
        """Every node of every kind and every link of every type: comparable across stores and across time."""
        return ({kind.label: self.nodes(kind.label) for kind in NODE_KINDS},
                {type_: self.links(type_) for type_ in RELATIONSHIPS})

    def to_networkx(self) -> nx.MultiDiGraph:
        """The whole graph as a networkx multigraph: nodes ``(label, key)``, edges keyed by type.

        Node attributes are the node's properties plus ``label``; queries that need a
        graph algorithm work on this view, whatever the backend.
        """
        import networkx as nx  # here: the store contract is imported by commands that never build a graph

        graph = nx.MultiDiGraph()
        for kind in NODE_KINDS:
            for props in self.nodes(kind.label):
                graph.add_node((kind.label, props[kind.key]), label=kind.label, **props)
        for type_, rel in RELATIONSHIPS.items():
            for row in self.links(type_):
                graph.add_edge((row.source_label, row.source_key), (rel.target, row.target_key), key=type_)
        return graph

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- checking keyed reads against the schema: what a backend may put into a query ---------------


def check_equals(label: str, equals: Mapping[str, object]) -> dict[str, Prop]:
    """The properties ``equals`` names, checked against the schema, and each value a scalar.

    >>> sorted(check_equals("Ecole", {"niveau": "college"}))
    ['niveau']
    >>> check_equals("Ecole", {"`}) DETACH DELETE n": 1})
    Traceback (most recent call last):
    graph.errors.SchemaError: store.unknown_property: {'label': 'Ecole', 'name': '`}) DETACH DELETE n'}
    """
    props = {name: check_prop(label, name) for name in equals}
    for name, value in equals.items():
        if not isinstance(value, (str, int, float)) or (isinstance(value, float) and not math.isfinite(value)):
            raise SchemaError("store.bad_value", label=label, name=name, value=repr(value))
    return props


def check_prop(label: str, name: str) -> Prop:
    """The property ``name`` of ``label``, or :class:`SchemaError`."""
    node_kind(label)
    try:
        return node_kind(label).prop(name)
    except KeyError:
        raise SchemaError("store.unknown_property", label=label, name=name) from None


def check_direction(direction: str, both: bool = True) -> str:
    if direction not in (("out", "in", "both") if both else ("out", "in")):
        raise ValueError(f"direction: {direction!r}")
    return direction


def check_walk(label: str, types: Iterable[str] | None, depth: int, direction: str) -> tuple[str, ...]:
    """The relationship types of a walk, checked, sorted (every type when None); its depth and direction checked."""
    node_kind(label)
    check_direction(direction)
    if type(depth) is not int or not 0 <= depth <= MAX_DEPTH:
        raise ValueError(f"depth: {depth!r}")
    if types is None:
        return tuple(sorted(RELATIONSHIPS))
    if isinstance(types, str):
        types = (types,)
    return tuple(sorted({relationship(type_).type for type_ in types}))


def check_linked(type_: str, direction: str, source: str | None) -> list[str]:
    """The source labels a :meth:`GraphStore.linked` read covers, checked."""
    rel = relationship(type_)
    check_direction(direction, both=False)
    if source is not None and source not in rel.sources:
        raise SchemaError("store.bad_link_source", type=type_, label=source)
    return [source] if source is not None else sorted(rel.sources)


def walk(store: GraphStore, label: str, key: str, types: Iterable[str] | None = None, depth: int = 1,
         direction: Direction = "both") -> Subgraph:
    """:meth:`GraphStore.neighbourhood` from the store's own :meth:`~GraphStore.linked` and
    :meth:`~GraphStore.get`, level by level: for a store that wraps another and filters what it reads."""
    checked = check_walk(label, types, depth, direction)
    start = store.get(label, key)
    if start is None:
        return Subgraph([], {})
    found: dict[tuple[str, str], dict[str, Value]] = {(label, key): start}
    links: dict[str, set[LinkRow]] = {}
    frontier = {(label, key)}
    for _ in range(depth):
        by_label: dict[str, set[str]] = {}
        for node_label, node_key in frontier:
            by_label.setdefault(node_label, set()).add(node_key)
        reached: set[tuple[str, str]] = set()
        for type_ in checked:
            rel = RELATIONSHIPS[type_]
            for node_label, keys in sorted(by_label.items()):
                rows: list[LinkRow] = []
                if direction != "in" and node_label in rel.sources:
                    rows += store.linked(type_, keys, "out", source=node_label)
                if direction != "out" and node_label == rel.target:
                    rows += store.linked(type_, keys, "in")
                links.setdefault(type_, set()).update(rows)
                reached |= {(row.source_label, row.source_key) for row in rows}
                reached |= {(rel.target, row.target_key) for row in rows}
        frontier = set()
        for node in sorted(reached - set(found)):
            props = store.get(*node)
            if props is not None:
                found[node] = props
                frontier.add(node)
    return Subgraph([NodeRow(*node, props) for node, props in sorted(found.items())],
                    {type_: sorted(rows) for type_, rows in links.items() if rows})


# --- checking writes against the schema ----------------------------------------------------


def check_change(change: Change) -> Change:
    """``change`` with its values normalised, or :class:`SchemaError` naming what is wrong.

    Empty strings and empty lists become ``None`` (a removal), so that both stores hold
    exactly the same thing.
    """
    if isinstance(change, PutNode):
        kind = node_kind(change.label)
        props: dict[str, Value | None] = {}
        as_is = _as_is(kind)
        for name, value in change.props.items():
            # Most values: of the property's own type, not empty, finite — kept as they are.
            if type(value) is as_is.get(name) and (value or type(value) is not str) and (
                    type(value) is not float or math.isfinite(value)):  # type: ignore[arg-type]
                props[name] = value
                continue
            try:
                prop = kind.prop(name)
            except KeyError:
                raise SchemaError("store.unknown_property", label=change.label, name=name) from None
            if prop.name == kind.key:
                if value != change.key:
                    raise SchemaError("store.key_mismatch", label=change.label, key=change.key)
                continue
            props[name] = _check_value(change.label, prop, value)
        props[kind.key] = _check_key(change.label, change.key)
        expected = change.expected_version
        if expected is not None and (type(expected) is not int or expected < 0):
            raise SchemaError("store.bad_value", label=change.label, name="version", value=repr(expected))
        return PutNode(change.label, change.key, props, expected, change.create is True)
    if isinstance(change, SetLinks):
        rel = relationship(change.type)
        if change.source_label not in rel.sources:
            raise SchemaError("store.bad_link_source", type=change.type, label=change.source_label)
        targets = tuple(dict.fromkeys(_check_key(rel.target, key) for key in change.targets))
        _check_key(change.source_label, change.source_key)
        if targets == change.targets and type(change.replace) is bool:
            return change  # most changes: already as they should be
        return SetLinks(change.type, change.source_label, change.source_key, targets, bool(change.replace))
    if isinstance(change, DeleteNode):
        node_kind(change.label)
        return DeleteNode(change.label, _check_key(change.label, change.key))
    if isinstance(change, Forget):
        node_kind(change.label)
        return Forget(change.label, _check_key(change.label, change.key))
    if isinstance(change, Trace):
        node_kind(change.label)
        fields = (change.key, change.at, change.account, change.centre, change.action, change.before, change.after)
        if not all(isinstance(value, str) for value in fields) or change.action not in TRACE_ACTIONS:
            raise SchemaError("store.bad_trace", label=change.label, key=str(change.key))
        return change
    raise SchemaError("store.unknown_change", change=repr(change))


@functools.cache
def _as_is(kind: NodeKind) -> dict[str, type]:
    """The properties of ``kind`` that hold one value (the key left out), and its Python type."""
    return {prop.name: _SCALAR_TYPES.get(prop.type, (str,))[0] for prop in kind.props
            if prop.name != kind.key and not prop.many}


TRACE_ACTIONS = frozenset({"creation", "modification", "liens", "suppression", "restauration", "validation", "rejet",
                           "effacement", "proposition"})


def _check_key(label: str, key: object) -> str:
    if not isinstance(key, str) or not key:
        raise SchemaError("store.bad_key", label=label, key=repr(key))
    return key


_SCALAR_TYPES: Mapping[str, tuple[type, ...]] = {
    "int": (int,),
    "float": (float, int),
    "bool": (bool,),
}


def _check_value(label: str, prop: Prop, value: object) -> Value | None:
    if value is None or value == "" or value == []:
        return None
    if prop.many:
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v for v in value):
            raise SchemaError("store.bad_value", label=label, name=prop.name, value=repr(value))
        return list(value)
    expected = _SCALAR_TYPES.get(prop.type, (str,))
    if not isinstance(value, expected) or (prop.type != "bool" and isinstance(value, bool)):
        raise SchemaError("store.bad_value", label=label, name=prop.name, value=repr(value))
    if prop.type == "float":
        if not math.isfinite(float(value)):  # type: ignore[arg-type]
            raise SchemaError("store.bad_value", label=label, name=prop.name, value=repr(value))
        return float(value)  # type: ignore[arg-type]
    return value  # type: ignore[return-value]


def put_nodes(label: str, rows: Iterable[Mapping[str, Any]]) -> list[PutNode]:
    """PutNode changes for ``rows`` of ``label``, each row holding the key property.

    >>> put_nodes("Departement", [{"code_departement": "95", "nom": "Val-d'Oise"}])
    [PutNode(label='Departement', key='95', props={'nom': "Val-d'Oise"})]
    """
    key = node_kind(label).key
    return [PutNode(label, row[key], {k: v for k, v in row.items() if k != key}) for row in rows]
