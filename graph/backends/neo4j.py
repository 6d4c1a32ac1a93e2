"""The Neo4j store: the graph on a Neo4j server, through the official driver.

One driver per store, created once. Writes are ``UNWIND $rows`` batches inside one
managed write transaction per change set (all or nothing, retried by the driver on
transient errors); reads are routed as reads. Labels, relationship types and key
names come from the schema's allow-list; every value is a ``$parameter``. Driver
errors are turned into :class:`~graph.errors.StoreUnavailable` with a French
message saying what to check.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from typing import Any, ParamSpec, TypeVar

from neo4j import Driver, GraphDatabase, ManagedTransaction, RoutingControl
from neo4j.exceptions import (
    AuthError,
    ClientError,
    ConfigurationError,
    ConstraintError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from graph.changes import Change, DeleteNode, PutNode, SetLinks, Trace, Value
from graph.errors import ConcurrentEdit, DanglingReference, NodeExists, PasserellesError, SchemaError, StoreUnavailable
from graph.i18n import t
from graph.schema import KINDS, NODE_KINDS, RELATIONSHIPS, node_kind, relationship
from graph.store import (Direction, GraphStore, LinkRow, NodeRow, Scalar, Subgraph, check_equals, check_linked,
                         check_prop, check_walk)

BATCH_ROWS = 5000
# Bolt only: direct (bolt) or routed (neo4j, for clusters and Aura), plain or encrypted.
URI_SCHEMES = frozenset({"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"})

# --- Cypher, derived once from the schema's allow-list -------------------------------------

CONSTRAINTS: tuple[str, ...] = tuple(
    f"CREATE CONSTRAINT {kind.label.lower()}_{kind.key} IF NOT EXISTS "
    f"FOR (n:{kind.label}) REQUIRE n.{kind.key} IS UNIQUE"
    for kind in NODE_KINDS
)
# Equality on these properties is answered by an index seek (find, count_by); a list-valued property is not
# (Neo4j's range indexes hold no list members): find reads its label with the filter on the server.
INDEXES: tuple[str, ...] = tuple(
    f"CREATE INDEX {kind.label.lower()}_{prop.name} IF NOT EXISTS FOR (n:{kind.label}) ON (n.{prop.name})"
    for kind in NODE_KINDS
    for prop in kind.props
    if prop.indexed
)


@functools.lru_cache(maxsize=256)
def put_query(label: str, names: tuple[str, ...]) -> str:
    """Write nodes of ``label`` from rows ``[key, value of names[0], value of names[1], …]``.

    Rows as lists, not maps: the server then decodes no property name per row, which
    spares it much of a bulk load's work. ``names`` are properties of the schema (checked by
    :func:`~graph.store.check_change`); a null value removes the property, as ``SET n += map`` does.
    """
    return f"UNWIND $rows AS row MERGE {_node_and_props(label, names)}"


@functools.lru_cache(maxsize=256)
def create_query(label: str, names: tuple[str, ...], types: tuple[str, ...]) -> str:
    """Create nodes of ``label`` with their first links, from rows ``[key, values of names…,
    targets of types[0], targets of types[1], …]``; with links, returns how many were made.

    For nodes that must not exist yet (:attr:`PutNode.create`): the key's uniqueness
    constraint refuses a node that does, so its links cannot be there either and are
    created without looking for them. Targets are found in one index seek per type.
    """
    query = f"UNWIND $rows AS row CREATE {_node_and_props(label, names)}"
    if not types:
        return query
    first, carried = len(names) + 1, ["n"]
    for position, type_ in enumerate(types):
        target = KINDS[relationship(type_).target]
        query += (f" WITH {', '.join(carried)}, row OPTIONAL MATCH (d:{target.label}) "
                  f"WHERE d.{target.key} IN row[{first + position}] WITH {', '.join(carried)}, row, collect(d) AS l{position}")
        carried.append(f"l{position}")
    creates = " ".join(f"FOREACH (d IN l{position} | CREATE (n)-[:{type_}]->(d))" for position, type_ in enumerate(types))
    return f"{query} {creates} RETURN sum({' + '.join(f'size(l{position})' for position in range(len(types)))}) AS linked"


def _node_and_props(label: str, names: tuple[str, ...]) -> str:
    """``(n:label {key: row[0]}) SET n.name = row[1], …``: ``names`` checked against the schema."""
    kind = node_kind(label)
    for name in names:  # names of the schema only, whatever the caller
        try:
            kind.prop(name)
        except KeyError:
            raise SchemaError("store.unknown_property", label=label, name=name) from None
    sets = ", ".join(f"n.`{name}` = row[{position}]" for position, name in enumerate(names, start=1))
    return f"(n:{label} {{{kind.key}: row[0]}})" + (f" SET {sets}" if sets else "")


# Locks each node (a write holds its lock to the end of the transaction), then reads its
# version: a writer that read an older one is refused, whoever commits first.
VERSIONS: dict[str, str] = {
    kind.label: f"UNWIND $rows AS row MERGE (n:{kind.label} {{{kind.key}: row.key}}) "
                f"SET n.version = coalesce(n.version, 0) WITH row, n WHERE n.version <> row.expected "
                f"RETURN row.key AS key, row.expected AS expected, n.version AS current LIMIT 1"
    for kind in NODE_KINDS
}
# History lives beside the graph, under a label of its own that the schema's kinds never use.
HISTORY_INDEX = "CREATE INDEX historique_noeud IF NOT EXISTS FOR (h:Historique) ON (h.label, h.key)"
TRACE = "UNWIND $rows AS row CREATE (h:Historique) SET h = row"
FORGET = "UNWIND $keys AS key MATCH (h:Historique {label: $label, key: key}) DETACH DELETE h"
HISTORY = ("MATCH (h:Historique {label: $label, key: $key}) "
           "RETURN collect([h.at, h.account, h.centre, h.action, h.before, h.after]) AS rows")
DELETE: dict[str, str] = {
    kind.label: f"UNWIND $keys AS key MATCH (n:{kind.label} {{{kind.key}: key}}) "
                f"USING INDEX SEEK n:{kind.label}({kind.key}) DETACH DELETE n"
    for kind in NODE_KINDS
}
GET: dict[str, str] = {
    kind.label: f"MATCH (n:{kind.label} {{{kind.key}: $key}}) RETURN properties(n) AS props" for kind in NODE_KINDS
}
# Many rows come back as one list in one record: the driver handles each record in Python,
# a list is decoded in one go.
KEYS: dict[str, str] = {
    kind.label: f"MATCH (n:{kind.label}) RETURN collect(n.{kind.key}) AS keys" for kind in NODE_KINDS
}
EXISTING: dict[str, str] = {
    kind.label: f"UNWIND $keys AS key MATCH (n:{kind.label} {{{kind.key}: key}}) "
                f"USING INDEX SEEK n:{kind.label}({kind.key}) RETURN collect(key) AS keys"
    for kind in NODE_KINDS
}
NODES: dict[str, str] = {
    kind.label: f"MATCH (n:{kind.label}) RETURN collect(properties(n)) AS nodes" for kind in NODE_KINDS
}


def _link_queries(source: str, type_: str) -> dict[str, str]:
    target = RELATIONSHIPS[type_].target
    skey, dkey = KINDS[source].key, KINDS[target].key
    return {
        # A row comes back for the first link whose source or target is missing.
        "check": (
            f"UNWIND $rows AS row OPTIONAL MATCH (s:{source} {{{skey}: row[0]}}) "
            f"USING INDEX SEEK s:{source}({skey}) WITH row, s "
            f"UNWIND CASE WHEN s IS NULL OR size(row[1]) = 0 THEN [null] ELSE row[1] END AS target "
            f"OPTIONAL MATCH (d:{target} {{{dkey}: target}}) WITH row, s, target, d "
            f"WHERE s IS NULL OR (target IS NOT NULL AND d IS NULL) "
            f"RETURN row[0] AS source, target, s IS NULL AS missing_source LIMIT 1"
        ),
        # Anchored on the source's index: without the hint, a new relationship type with no
        # statistics yet can make the planner start from every node of the target label.
        "drop": (
            f"UNWIND $rows AS row MATCH (s:{source} {{{skey}: row[0]}})-[r:{type_}]->(d:{target}) "
            f"USING INDEX SEEK s:{source}({skey}) WHERE NOT d.{dkey} IN row[1] DELETE r"
        ),
        "merge": (
            f"UNWIND $rows AS row MATCH (s:{source} {{{skey}: row[0]}}) USING INDEX SEEK s:{source}({skey}) "
            f"UNWIND row[1] AS target MATCH (d:{target} {{{dkey}: target}}) MERGE (s)-[:{type_}]->(d) "
            f"RETURN count(*) AS linked"
        ),
        "read": (
            f"MATCH (s:{source})-[:{type_}]->(d:{target}) RETURN collect([s.{skey}, d.{dkey}]) AS pairs"
        ),
    }


LINKS: dict[tuple[str, str], dict[str, str]] = {
    (source, type_): _link_queries(source, type_) for type_, rel in RELATIONSHIPS.items() for source in rel.sources
}
# --- keyed reads: labels, types and property names from the schema (checked by the caller), values as $parameters


@functools.lru_cache(maxsize=256)
def find_query(label: str, names: tuple[tuple[str, bool], ...]) -> str:
    """Nodes of ``label`` whose properties ``names`` (name, list-valued) equal ``$v0``, ``$v1``… (hold them)."""
    kind = node_kind(label)
    for name, _ in names:
        check_prop(label, name)
    where = " AND ".join(f"$v{position} IN n.`{name}`" if many else f"n.`{name}` = $v{position}"
                         for position, (name, many) in enumerate(names))
    return (f"MATCH (n:{kind.label}) " + (f"WHERE {where} " if where else "")
            + "RETURN collect(properties(n)) AS nodes")


@functools.lru_cache(maxsize=256)
def count_query(label: str, name: str) -> str:
    """``[value, how many nodes of label hold it]`` for the property ``name`` (each member of a list)."""
    kind, prop = node_kind(label), check_prop(label, name)
    if prop.many:
        return (f"MATCH (n:{kind.label}) WHERE n.`{prop.name}` IS NOT NULL UNWIND n.`{prop.name}` AS value "
                f"WITH value, count(DISTINCT n) AS n RETURN collect([value, n]) AS counts")
    return (f"MATCH (n:{kind.label}) WHERE n.`{prop.name}` IS NOT NULL "
            f"WITH n.`{prop.name}` AS value, count(*) AS n RETURN collect([value, n]) AS counts")


@functools.lru_cache(maxsize=256)
def linked_query(type_: str, source: str, direction: str) -> str:
    """``[source key, target key]`` of the links of ``type_`` from nodes of ``source`` keyed ``$keys`` (``out``)
    or to nodes of the target keyed ``$keys`` (``in``): one index seek per key."""
    rel, kind = relationship(type_), node_kind(source)
    target = KINDS[rel.target]
    anchor = (f"(s:{kind.label} {{{kind.key}: key}})-[:{rel.type}]->(d:{target.label})" if direction == "out"
              else f"(d:{target.label} {{{target.key}: key}})<-[:{rel.type}]-(s:{kind.label})")
    return f"UNWIND $keys AS key MATCH {anchor} RETURN collect([s.{kind.key}, d.{target.key}]) AS pairs"


@functools.lru_cache(maxsize=256)
def step_query(types: tuple[str, ...], direction: str) -> str:
    """From the nodes ``$ids`` (element ids), one step along ``types``: each link followed, as
    ``[type, start's id, end's id, the other end's id, labels, properties]``."""
    arrow = "|".join(relationship(type_).type for type_ in types)
    pattern = {"out": f"(n)-[r:{arrow}]->(m)", "in": f"(n)<-[r:{arrow}]-(m)", "both": f"(n)-[r:{arrow}]-(m)"}[direction]
    return (f"UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id MATCH {pattern} "
            f"RETURN collect([type(r), elementId(startNode(r)), elementId(endNode(r)), elementId(m), labels(m), "
            f"properties(m)]) AS steps")


START: dict[str, str] = {
    kind.label: f"MATCH (n:{kind.label} {{{kind.key}: $key}}) RETURN elementId(n) AS id, properties(n) AS props"
    for kind in NODE_KINDS
}
COUNT_NODES = "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n"
COUNT_LINKS = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n"
CLEAR_SOME = "MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS n"
PING = "RETURN 1 AS ok"
# One node counts the writes: bumped by the last statement of every write transaction (so that its lock is held
# only while the transaction commits), read by every process to know whether what it computed still holds. Its
# epoch, drawn when it is created, tells a cleared database from the one before.
REVISION_CONSTRAINT = ("CREATE CONSTRAINT passerelles_revision IF NOT EXISTS "
                       "FOR (r:PasserellesRevision) REQUIRE r.id IS UNIQUE")
REVISION_BUMP = ("MERGE (r:PasserellesRevision {id: 1}) ON CREATE SET r.n = 1, r.epoch = randomUUID() "
                 "ON MATCH SET r.n = r.n + 1")
REVISION = "OPTIONAL MATCH (r:PasserellesRevision {id: 1}) RETURN r.epoch AS epoch, r.n AS n"

P = ParamSpec("P")
R = TypeVar("R")


def _translated(method: Callable[P, R]) -> Callable[P, R]:
    """Turn driver errors into a French :class:`StoreUnavailable` (never a stack trace)."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        store: Neo4jStore = args[0]  # type: ignore[assignment]
        try:
            return method(*args, **kwargs)
        except PasserellesError:
            raise
        except (Neo4jError, DriverError) as error:
            raise store.translate(error) from error

    return wrapper


class Neo4jStore(GraphStore):
    """A graph on a Neo4j server (Community, Enterprise, Aura, cluster)."""

    kind = "neo4j"
    # The server writes several transactions at once: with two, a bulk load keeps both cores
    # of a small machine busy (the loader's own work is mostly done before it writes).
    writers = 2

    def __init__(self, uri: str, user: str, password: str, database: str = "neo4j",
                 connection_timeout: float = 10.0, max_retry_time: float = 30.0) -> None:
        self.uri = uri
        self.user = user
        self.database = database
        if uri.split("://", 1)[0] not in URI_SCHEMES or not uri.split("://", 1)[-1].strip("/"):
            raise StoreUnavailable("store.neo4j_uri", uri=uri)
        try:
            self._driver: Driver = GraphDatabase.driver(
                uri, auth=(user, password), connection_timeout=connection_timeout,
                max_transaction_retry_time=max_retry_time,
                # Reads name every relationship type of the schema, some still absent from a new
                # database: the server's "type does not exist" notices are expected, not news.
                notifications_min_severity="OFF",
            )
        except (ConfigurationError, ValueError) as error:
            raise StoreUnavailable("store.neo4j_uri", uri=uri) from error
        try:
            self._ping()
        except StoreUnavailable:
            self._driver.close()
            raise

    @_translated
    def _ping(self) -> None:
        self._driver.verify_connectivity()
        self._read(PING)

    def translate(self, error: Exception) -> StoreUnavailable:
        """The French error for a driver error: unreachable, refused credentials, no such base."""
        if isinstance(error, AuthError):
            return StoreUnavailable("store.neo4j_auth", user=self.user, uri=self.uri)
        if isinstance(error, (ServiceUnavailable, SessionExpired)):
            return StoreUnavailable("store.neo4j_unreachable", uri=self.uri)
        if isinstance(error, ClientError) and error.code and "DatabaseNotFound" in error.code:
            return StoreUnavailable("store.neo4j_database", database=self.database, uri=self.uri)
        message = getattr(error, "message", None) or str(error)
        return StoreUnavailable("store.neo4j_failed", uri=self.uri, error=message)

    def _read(self, query: str, **params: Any) -> list[Any]:
        records, _, _ = self._driver.execute_query(
            query, params, database_=self.database, routing_=RoutingControl.READ
        )
        return records

    # --- primitives ---------------------------------------------------------------------

    @_translated
    def ensure_schema(self) -> None:
        for statement in CONSTRAINTS + INDEXES + (HISTORY_INDEX, REVISION_CONSTRAINT):
            self._driver.execute_query(statement, database_=self.database, routing_=RoutingControl.WRITE)

    @_translated
    def _apply(self, changes: list[Change]) -> None:
        with self._driver.session(database=self.database) as session:
            try:
                session.execute_write(_write, changes)
            except ConstraintError:
                # A node to create exists: say which (nothing was written, the transaction is gone).
                created: dict[str, list[str]] = defaultdict(list)
                for change in changes:
                    if isinstance(change, PutNode) and change.create:
                        created[change.label].append(change.key)
                for label, keys in created.items():
                    if found := self.existing(label, keys):
                        raise NodeExists(label, next(key for key in keys if key in found)) from None
                raise

    @_translated
    def get(self, label: str, key: str) -> dict[str, Value] | None:
        node_kind(label)
        records = self._read(GET[label], key=key)
        return dict(records[0]["props"]) if records else None

    @_translated
    def nodes(self, label: str) -> list[dict[str, Value]]:
        kind = node_kind(label)
        found = self._read(NODES[label])[0]["nodes"]
        return sorted(found, key=lambda props: props[kind.key])  # type: ignore[arg-type, return-value]

    @_translated
    def keys(self, label: str) -> set[str]:
        node_kind(label)
        return set(self._read(KEYS[label])[0]["keys"])

    @_translated
    def existing(self, label: str, keys: Iterable[str]) -> set[str]:
        node_kind(label)
        wanted = list(set(keys))
        return {key for chunk in _chunks(wanted) for key in self._read(EXISTING[label], keys=chunk)[0]["keys"]}

    @_translated
    def links(self, type_: str, source: str | None = None) -> list[LinkRow]:
        rel = relationship(type_)
        if source is not None and source not in rel.sources:
            raise SchemaError("store.bad_link_source", type=type_, label=source)
        rows = [
            LinkRow(start, key, target)
            for start in sorted(rel.sources) if source in (None, start)
            for key, target in self._read(LINKS[(start, type_)]["read"])[0]["pairs"]
        ]
        return sorted(rows)

    @_translated
    def find(self, label: str, **equals: Scalar) -> list[dict[str, Value]]:
        props = check_equals(label, equals)
        names = tuple(sorted((name, prop.many) for name, prop in props.items()))
        values = {f"v{position}": equals[name] for position, (name, _) in enumerate(names)}
        found = self._read(find_query(label, names), **values)[0]["nodes"]
        key = KINDS[label].key
        return sorted(found, key=lambda props: props[key])  # type: ignore[arg-type, return-value]

    @_translated
    def count_by(self, label: str, prop: str) -> dict[Value, int]:
        return {value: n for value, n in self._read(count_query(label, prop))[0]["counts"]}

    @_translated
    def linked(self, type_: str, keys: Iterable[str], direction: Direction = "out",
               source: str | None = None) -> list[LinkRow]:
        sources = check_linked(type_, direction, source)
        wanted = sorted(set(keys))
        return sorted(LinkRow(label, start, end) for label in sources for chunk in _chunks(wanted)
                      for start, end in self._read(linked_query(type_, label, direction), keys=chunk)[0]["pairs"])

    @_translated
    def neighbourhood(self, label: str, key: str, types: Iterable[str] | None = None, depth: int = 1,
                      direction: Direction = "both") -> Subgraph:
        checked = check_walk(label, types, depth, direction)
        records = self._read(START[label], key=key)
        if not records:
            return Subgraph([], {})
        start = records[0]
        nodes: dict[str, tuple[str, str, dict[str, Value]]] = {start["id"]: (label, key, dict(start["props"]))}
        links: dict[str, set[LinkRow]] = defaultdict(set)
        frontier = list(nodes)
        for _ in range(depth if checked else 0):
            reached: list[str] = []
            steps = [step for chunk in _chunks(frontier)
                     for step in self._read(step_query(checked, direction), ids=chunk)[0]["steps"]]
            # every far end first, so that both ends of each link are known below
            for _type, _start, _end, other, labels, props in steps:
                if other not in nodes:
                    other_label = next(name for name in labels if name in KINDS)
                    nodes[other] = (other_label, str(props[KINDS[other_label].key]), dict(props))
                    reached.append(other)
            for type_, start, end, *_ in steps:
                links[type_].add(LinkRow(nodes[start][0], nodes[start][1], nodes[end][1]))
            frontier = reached
        return Subgraph([NodeRow(*node) for node in sorted(nodes.values(), key=lambda node: node[:2])],
                        {type_: sorted(rows) for type_, rows in sorted(links.items())})

    @_translated
    def history(self, label: str, key: str) -> list[Trace]:
        node_kind(label)
        rows = self._read(HISTORY, label=label, key=key)[0]["rows"]
        return [Trace(label, key, *row) for row in sorted(rows, key=lambda row: row[0])]

    @_translated
    def counts(self) -> dict[str, int]:
        found = {record["label"]: record["n"] for record in self._read(COUNT_NODES)}
        return {kind.label: found.get(kind.label, 0) for kind in NODE_KINDS}

    @_translated
    def link_counts(self) -> dict[str, int]:
        found = {record["type"]: record["n"] for record in self._read(COUNT_LINKS)}
        return {type_: found.get(type_, 0) for type_ in RELATIONSHIPS}

    @_translated
    def clear(self) -> None:
        with self._driver.session(database=self.database) as session:
            while session.execute_write(lambda tx: tx.run(CLEAR_SOME, limit=10000).single(strict=True)["n"]):
                pass
            session.execute_write(lambda tx: tx.run(REVISION_BUMP).consume())

    @_translated
    def revision(self) -> str:
        record = self._read(REVISION)[0]
        return f"{record['epoch'] or ''}:{record['n'] or 0}"

    def close(self) -> None:
        self._driver.close()

    def describe(self) -> str:
        return t("store.describe.neo4j", uri=self.uri, database=self.database)


# --- the write transaction -------------------------------------------------------------------


def _batch_key(change: Change) -> tuple[str, str, str]:
    if isinstance(change, SetLinks):
        return ("links" if change.replace else "add_links", change.source_label, change.type)
    return (type(change).__name__, change.label, "")


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), BATCH_ROWS):
        yield items[start:start + BATCH_ROWS]


def _grouped(changes: list[Change]) -> list[Change]:
    """``changes`` with each run of node writes, and each run of link writes, sorted by shape.

    Within such a run the order between different labels (or link types) does not matter,
    and a stable sort keeps the order of changes to the same node: so a workbook's rows,
    which alternate link types, become a few large batches instead of hundreds of small ones.
    """
    ordered: list[Change] = []
    for shape, run in groupby(changes, key=type):
        ordered += sorted(_folded(shape, list(run)), key=_batch_key)
    return ordered


def _folded(shape: type, run: list[Change]) -> list[Change]:
    """One change per node in a run: a statement reads its rows as one set, not one after another.

    Link writes to the same node and type: the last one wins (each sets all the targets).
    Node writes to the same node: their properties are merged in order.
    """
    if shape is SetLinks:
        last: dict[tuple[str, str, str], SetLinks] = {}
        for change in run:
            node = (change.type, change.source_label, change.source_key)  # type: ignore[union-attr]
            before = last.get(node)
            if before is not None and not change.replace:  # type: ignore[union-attr]
                # Adding after setting (or adding): one change that holds both.
                change = SetLinks(change.type, change.source_label, change.source_key,  # type: ignore[union-attr]
                                  tuple(dict.fromkeys(before.targets + change.targets)), before.replace)  # type: ignore[union-attr]
            last[node] = change  # type: ignore[assignment]
        return list(last.values())
    if shape is PutNode:
        merged: dict[tuple[str, str], PutNode] = {}
        for change in run:
            node = (change.label, change.key)  # type: ignore[union-attr]
            before = merged.get(node)
            merged[node] = change if before is None else PutNode(  # type: ignore[assignment]
                change.label, change.key, {**before.props, **change.props},  # type: ignore[union-attr]
                before.expected_version if before.expected_version is not None  # type: ignore[union-attr]
                else change.expected_version, before.create or change.create)  # type: ignore[union-attr]
        return list(merged.values())
    return run


def _write(tx: ManagedTransaction, changes: list[Change]) -> None:
    """Check the versions the change set expects, then apply it in order, consecutive changes
    of one shape as one UNWIND batch (a node created with its links in one statement)."""
    _check_versions(tx, changes)
    changes, first_links = _first_links(changes)
    for (shape, label, type_), group in groupby(_grouped(changes), key=_batch_key):
        batch = list(group)
        for chunk in _chunks(batch):
            if shape == "PutNode":
                _write_nodes(tx, label, chunk, first_links)
            elif shape == "Forget":
                tx.run(FORGET, label=label, keys=[c.key for c in chunk]).consume()
            elif shape == "Trace":
                tx.run(TRACE, rows=[{"label": c.label, "key": c.key, "at": c.at, "account": c.account,
                                     "centre": c.centre, "action": c.action, "before": c.before, "after": c.after}
                                    for c in chunk]).consume()
            elif shape == "DeleteNode":
                tx.run(DELETE[label], keys=[c.key for c in chunk]).consume()
            else:
                _write_links(tx, label, type_, chunk, replace=shape == "links")
    tx.run(REVISION_BUMP).consume()


def _first_links(changes: list[Change]) -> tuple[list[Change], dict[tuple[str, str], dict[str, tuple[str, ...]]]]:
    """The links added to nodes the change set creates, taken out of ``changes`` to be
    created with their node (see :func:`create_query`): node → type → targets.

    Only a node's sole change of that type, and only to targets the change set itself
    neither writes nor deletes (they exist before it, or never do); the rest keeps its place.
    """
    created: set[tuple[str, str]] = set()
    written: dict[str, set[str]] = defaultdict(set)  # label → keys the change set writes or deletes
    seen: set[tuple[str, str, str]] = set()
    twice: set[tuple[str, str, str]] = set()  # (label, key, type) with several link changes
    for change in changes:
        if type(change) is PutNode:
            written[change.label].add(change.key)
            if change.create:
                created.add((change.label, change.key))
        elif type(change) is DeleteNode:
            written[change.label].add(change.key)
        elif type(change) is SetLinks:
            node_type = (change.source_label, change.source_key, change.type)
            (twice if node_type in seen else seen).add(node_type)
    if not created:
        return changes, {}
    first: dict[tuple[str, str], dict[str, tuple[str, ...]]] = defaultdict(dict)
    rest: list[Change] = []
    for change in changes:
        if (type(change) is SetLinks and not change.replace
                and (change.source_label, change.source_key) in created
                and (change.source_label, change.source_key, change.type) not in twice
                and written[RELATIONSHIPS[change.type].target].isdisjoint(change.targets)):
            first[(change.source_label, change.source_key)][change.type] = change.targets
        else:
            rest.append(change)
    return rest, first


def _write_nodes(tx: ManagedTransaction, label: str, chunk: list[PutNode],
                 first_links: dict[tuple[str, str], dict[str, tuple[str, ...]]]) -> None:
    """Nodes to create (with their first links) in one statement, then nodes to create or
    update, by the properties they set: one statement for each set of names (a property a
    change does not name is kept, a null removes it; a node created has none to keep)."""
    key = KINDS[label].key  # the CREATE or MERGE sets it
    updates: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
    created: list[PutNode] = []
    names_of: dict[tuple[str, ...], tuple[str, ...]] = {}  # the names a node sets, however ordered
    for change in chunk:
        if change.create:
            created.append(change)
            continue
        given = tuple(change.props)
        names = names_of.get(given)
        if names is None:
            names = names_of[given] = tuple(sorted(name for name in given if name != key))
        updates[names].append([change.key, *map(change.props.__getitem__, names)])
    if created:
        # One statement whatever each node sets or links to: fewer statements for the server to plan.
        names = tuple(sorted({name for change in created for name in change.props} - {key}))
        links = [first_links.get((label, change.key), {}) for change in created]
        types = tuple(sorted({type_ for node in links for type_ in node}))
        rows = [[change.key, *map(change.props.get, names), *(list(node.get(type_, ())) for type_ in types)]
                for change, node in zip(created, links, strict=True)]
        if not types:
            tx.run(create_query(label, names, types), rows=rows).consume()
        elif (tx.run(create_query(label, names, types), rows=rows).single(strict=True)["linked"]
              != sum(len(targets) for node in links for targets in node.values())):
            # A target is missing: say which, and abort the whole transaction.
            for position, type_ in enumerate(types, start=len(names) + 1):
                _raise_missing(tx, label, type_, [[row[0], row[position]] for row in rows])
        _release(rows)
    for names, rows in updates.items():
        tx.run(put_query(label, names), rows=rows).consume()
        _release(rows)


def _release(rows: list[list[Any]]) -> None:
    """Empty rows the server has read. The driver keeps a statement's parameters in reference
    cycles, which only Python's cycle collector frees: emptied now, a bulk load leaves it
    little to scan (it scanned every row sent, a few tenths of a second after a large load)."""
    rows.clear()


def _check_versions(tx: ManagedTransaction, changes: list[Change]) -> None:
    """Versions are those before the change set: the first expectation for each node counts."""
    expected: dict[str, dict[str, int]] = {}
    for change in changes:
        if isinstance(change, PutNode) and change.expected_version is not None:
            expected.setdefault(change.label, {}).setdefault(change.key, change.expected_version)
    for label, versions in expected.items():
        for chunk in _chunks([{"key": key, "expected": value} for key, value in versions.items()]):
            stale = tx.run(VERSIONS[label], rows=chunk).single()
            if stale is not None:
                raise ConcurrentEdit(label, stale["key"], stale["expected"], stale["current"])


def _write_links(tx: ManagedTransaction, source: str, type_: str, chunk: list[SetLinks], replace: bool) -> None:
    """Drop the links no longer wanted, merge the wanted ones; if fewer were linked than asked
    for, a source or target is missing: find which, and abort the whole transaction."""
    queries = LINKS[(source, type_)]
    rows = [[c.source_key, list(c.targets)] for c in chunk]  # lists, not maps: see put_query
    if replace:
        tx.run(queries["drop"], rows=rows).consume()
    linked = tx.run(queries["merge"], rows=rows).single(strict=True)["linked"]
    if linked != sum(len(c.targets) for c in chunk) or not all(c.targets for c in chunk):
        _raise_missing(tx, source, type_, rows)
    _release(rows)


def _raise_missing(tx: ManagedTransaction, source: str, type_: str, rows: list[list[Any]]) -> None:
    """:class:`DanglingReference` for the first source or target of ``rows`` that is missing."""
    missing = tx.run(LINKS[(source, type_)]["check"], rows=rows).single()
    if missing is not None:
        if missing["missing_source"]:
            raise DanglingReference(label=source, key=missing["source"], type=type_)
        raise DanglingReference(label=RELATIONSHIPS[type_].target, key=missing["target"], type=type_)

