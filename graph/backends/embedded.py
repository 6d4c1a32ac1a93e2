"""The embedded store: the graph in memory (networkx), made durable in a data folder.

No server: the folder holds a snapshot (``graph.json``) and a write-ahead log
(``graph.wal``). Every change set becomes one log record — JSON, a checksum, a
newline — appended and ``fsync``-ed before :meth:`apply` returns, so a write that
returned survives ``kill -9``; a record torn by a crash fails its checksum and is
cut off at the next opening, so the store always opens.

Several processes (Streamlit sessions, an ingest run) may share one folder: a write
takes an exclusive file lock, first reads what the others appended, then appends its
own, so no update is lost; reads pick up new records before answering. When the log
grows past a threshold, the writer folds it into a new snapshot (written aside, then
renamed into place) and starts a new log; records carry a sequence number, so a
crash between the two renames replays nothing twice.

Keyed reads answer from indexes kept beside the graph: the graph's own adjacency for links
from or to given nodes, and, for :meth:`EmbeddedStore.find` and :meth:`EmbeddedStore.count_by`,
an index per (label, property) built on its first use and then kept up to date by every change
applied in memory (this process's writes and those read from the log alike).
"""

from __future__ import annotations

import json
import os
import threading
import uuid
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
from filelock import FileLock, Timeout

from graph.changes import Change, DeleteNode, Forget, PutNode, SetLinks, Trace, Value, change_from_record
from graph.errors import ConcurrentEdit, DanglingReference, NodeExists, SchemaError, StoreUnavailable
from graph.i18n import t
from graph.permissions import PRIVATE_FILE, open_private, private_folder
from graph.schema import NODE_KINDS, RELATIONSHIPS, node_kind, relationship
from graph.store import (Direction, GraphStore, LinkRow, NodeRow, Scalar, Subgraph, check_equals, check_linked,
                         check_prop, check_walk)

SNAPSHOT = "graph.json"
LOG = "graph.wal"
LOCK = "graph.lock"
FORMAT = 1
LOCK_TIMEOUT_SECONDS = 60.0
HEADER_MAX = 256

Node = tuple[str, str]
# A value as an index holds it: True is not 1 (as in Cypher), so booleans are tagged.
Indexed = Any


class EmbeddedStore(GraphStore):
    """A graph kept in a folder, with no server.

    ``compact_bytes`` is the log size past which a writer folds the log into a new snapshot.
    """

    kind = "embedded"

    def __init__(self, folder: str | os.PathLike[str], compact_bytes: int = 32 * 1024 * 1024) -> None:
        self.folder = Path(folder)
        self.compact_bytes = compact_bytes
        try:
            private_folder(self.folder)
            self._file_lock = FileLock(str(self.folder / LOCK), timeout=LOCK_TIMEOUT_SECONDS, mode=PRIVATE_FILE,
                                       thread_local=False)
        except OSError as error:
            raise StoreUnavailable("store.embedded_unusable", folder=str(self.folder), error=str(error)) from error
        self._lock = threading.RLock()
        self._graph = nx.MultiDiGraph()
        self._labels: dict[str, set[str]] = defaultdict(set)
        # Links by type, beside the graph: reading one type must not walk every edge.
        self._links: dict[str, set[tuple[Node, Node]]] = defaultdict(set)
        self._history: dict[Node, list[Trace]] = defaultdict(list)
        # (label, property) → value → keys: built when first asked for, kept up to date by _apply_in_memory.
        self._indexes: dict[tuple[str, str], dict[Indexed, set[str]]] = {}
        self._seq = 0
        self._log_id: str | None = None
        self._offset = 0
        with self._lock, self._locked():
            self._reload()

    # --- reading --------------------------------------------------------------------------

    def get(self, label: str, key: str) -> dict[str, Value] | None:
        node_kind(label)
        with self._lock:
            self._catch_up()
            if (label, key) not in self._graph:
                return None
            return _copy(self._graph.nodes[(label, key)])

    def nodes(self, label: str) -> list[dict[str, Value]]:
        node_kind(label)
        with self._lock:
            self._catch_up()
            return [_copy(self._graph.nodes[(label, key)]) for key in sorted(self._labels[label])]

    def keys(self, label: str) -> set[str]:
        node_kind(label)
        with self._lock:
            self._catch_up()
            return set(self._labels[label])

    def existing(self, label: str, keys: Iterable[str]) -> set[str]:
        node_kind(label)
        with self._lock:
            self._catch_up()
            return self._labels[label].intersection(keys)

    def links(self, type_: str, source: str | None = None) -> list[LinkRow]:
        rel = relationship(type_)
        if source is not None and source not in rel.sources:
            raise SchemaError("store.bad_link_source", type=type_, label=source)
        with self._lock:
            self._catch_up()
            rows = [LinkRow(start[0], start[1], end[1]) for start, end in self._links[type_]
                    if end[0] == rel.target and (source is None or start[0] == source)]
        return sorted(rows)

    def find(self, label: str, **equals: Scalar) -> list[dict[str, Value]]:
        check_equals(label, equals)
        with self._lock:
            self._catch_up()
            keys: set[str] | None = None
            for name, value in sorted(equals.items(), key=lambda item: item[0]):
                found = self._index(label, name).get(_indexed(value), set())
                keys = set(found) if keys is None else keys & found
            if keys is None:
                keys = self._labels[label]
            return [_copy(self._graph.nodes[(label, key)]) for key in sorted(keys)]

    def count_by(self, label: str, prop: str) -> dict[Value, int]:
        check_prop(label, prop)
        with self._lock:
            self._catch_up()
            return {_value(value): len(keys) for value, keys in self._index(label, prop).items() if keys}

    def linked(self, type_: str, keys: Iterable[str], direction: Direction = "out",
               source: str | None = None) -> list[LinkRow]:
        sources = check_linked(type_, direction, source)
        target = RELATIONSHIPS[type_].target
        rows: list[LinkRow] = []
        with self._lock:
            self._catch_up()
            graph = self._graph
            for key in set(keys):
                if direction == "out":
                    rows += [LinkRow(label, key, end[1]) for label in sources if (label, key) in graph
                             for end, types in graph.succ[(label, key)].items() if type_ in types and end[0] == target]
                elif (target, key) in graph:
                    rows += [LinkRow(start[0], start[1], key) for start, types in graph.pred[(target, key)].items()
                             if type_ in types and start[0] in sources]
        return sorted(rows)

    def neighbourhood(self, label: str, key: str, types: Iterable[str] | None = None, depth: int = 1,
                      direction: Direction = "both") -> Subgraph:
        wanted = frozenset(check_walk(label, types, depth, direction))
        with self._lock:
            self._catch_up()
            graph = self._graph
            if (label, key) not in graph:
                return Subgraph([], {})
            seen: set[Node] = {(label, key)}
            links: dict[str, set[LinkRow]] = defaultdict(set)
            frontier = [(label, key)]
            for _ in range(depth):
                reached: list[Node] = []
                for node in frontier:
                    steps = []
                    if direction != "in":
                        steps += [(node, end, types) for end, types in graph.succ[node].items()]
                    if direction != "out":
                        steps += [(start, node, types) for start, types in graph.pred[node].items()]
                    for start, end, types in steps:
                        followed = [type_ for type_ in types if type_ in wanted]
                        for type_ in followed:
                            links[type_].add(LinkRow(start[0], start[1], end[1]))
                        other = end if start == node else start
                        if followed and other not in seen:
                            seen.add(other)
                            reached.append(other)
                frontier = reached
            nodes = [NodeRow(node[0], node[1], _copy(graph.nodes[node])) for node in sorted(seen)]
        return Subgraph(nodes, {type_: sorted(rows) for type_, rows in sorted(links.items())})

    def history(self, label: str, key: str) -> list[Trace]:
        node_kind(label)
        with self._lock:
            self._catch_up()
            return list(self._history.get((label, key), ()))

    def revision(self) -> str:
        with self._lock:
            self._catch_up()  # what another process appended to the log counts too
            return str(self._seq)

    def counts(self) -> dict[str, int]:
        with self._lock:
            self._catch_up()
            return {kind.label: len(self._labels[kind.label]) for kind in NODE_KINDS}

    def link_counts(self) -> dict[str, int]:
        with self._lock:
            self._catch_up()
            return {type_: len(self._links[type_]) for type_ in RELATIONSHIPS}

    def describe(self) -> str:
        return t("store.describe.embedded", folder=str(self.folder))

    def graph_view(self) -> nx.MultiDiGraph:
        """A read-only view of the current graph (no copy): for fast local queries."""
        with self._lock:
            self._catch_up()
            return nx.graphviews.generic_graph_view(self._graph)

    # --- writing --------------------------------------------------------------------------

    def _apply(self, changes: list[Change]) -> None:
        with self._lock, self._locked():
            self._catch_up(locked=True)
            self._check_versions(changes)
            self._check_references(changes)
            record = {"seq": self._seq + 1, "changes": [change.to_record() for change in changes]}
            self._append(record)
            self._apply_in_memory(changes)
            self._seq += 1
            if self._offset > self.compact_bytes:
                self._compact()

    def clear(self) -> None:
        with self._lock, self._locked():
            self._catch_up(locked=True)
            changes: list[Change] = [DeleteNode(label, key) for label, key in list(self._graph.nodes)]
            self._history = defaultdict(list)
            if changes:
                self._append({"seq": self._seq + 1, "changes": [c.to_record() for c in changes]})
                self._apply_in_memory(changes)
                self._seq += 1
            self._compact()

    def compact(self) -> None:
        """Fold the log into a new snapshot now."""
        with self._lock, self._locked():
            self._catch_up(locked=True)
            self._compact()

    def close(self) -> None:
        with self._lock:
            self._graph = nx.MultiDiGraph()
            self._labels = defaultdict(set)
            self._links = defaultdict(set)
            self._indexes = {}

    # --- the indexes of find and count_by ----------------------------------------------------

    def _index(self, label: str, prop: str) -> dict[Indexed, set[str]]:
        """Value → keys of the nodes of ``label`` holding it (each member of a list): built once, then kept."""
        index = self._indexes.get((label, prop))
        if index is None:
            index = self._indexes[(label, prop)] = defaultdict(set)
            for key in self._labels[label]:
                _index_add(index, key, self._graph.nodes[(label, key)].get(prop))
        return index

    def _unindex(self, label: str, key: str, attrs: dict[str, Any], names: Iterable[str]) -> None:
        for name in names:
            index = self._indexes.get((label, name))
            if index is not None:
                _index_remove(index, key, attrs.get(name))

    def _reindex(self, label: str, key: str, attrs: dict[str, Any], names: Iterable[str]) -> None:
        for name in names:
            index = self._indexes.get((label, name))
            if index is not None:
                _index_add(index, key, attrs.get(name))

    # --- the graph in memory ----------------------------------------------------------------

    def _check_versions(self, changes: list[Change]) -> None:
        """Refuse the whole change set if a node is no longer at the version its writer read
        (the version before the change set: the first expectation for each node counts), or
        if a node to create already exists."""
        seen: set[Node] = set()
        for change in changes:
            if isinstance(change, PutNode) and change.create and (change.label, change.key) in self._graph:
                raise NodeExists(change.label, change.key)
            if isinstance(change, PutNode) and change.expected_version is not None:
                node = (change.label, change.key)
                if node in seen:
                    continue
                seen.add(node)
                current = int(self._graph.nodes[node].get("version", 0)) if node in self._graph else 0
                if current != change.expected_version:
                    raise ConcurrentEdit(change.label, change.key, change.expected_version, current)

    def _check_references(self, changes: list[Change]) -> None:
        """Raise before anything is written if a link names a node that will not exist."""
        pending: dict[Node, bool] = {}

        def exists(node: Node) -> bool:
            return pending.get(node, node in self._graph)

        for change in changes:
            if isinstance(change, PutNode):
                pending[(change.label, change.key)] = True
            elif isinstance(change, DeleteNode):
                pending[(change.label, change.key)] = False
            elif isinstance(change, SetLinks):
                target_label = RELATIONSHIPS[change.type].target
                if not exists((change.source_label, change.source_key)):
                    raise DanglingReference(label=change.source_label, key=change.source_key, type=change.type)
                for target in change.targets:
                    if not exists((target_label, target)):
                        raise DanglingReference(label=target_label, key=target, type=change.type)

    def _apply_in_memory(self, changes: list[Change]) -> None:
        graph = self._graph
        for change in changes:
            if isinstance(change, Trace):
                self._history[(change.label, change.key)].append(change)
                continue
            if isinstance(change, Forget):
                self._history.pop((change.label, change.key), None)
                continue
            if isinstance(change, SetLinks):
                node = (change.source_label, change.source_key)
            else:
                node = (change.label, change.key)
            if isinstance(change, PutNode):
                if node not in graph:
                    graph.add_node(node)
                    self._labels[change.label].add(change.key)
                attrs = graph.nodes[node]
                self._unindex(change.label, change.key, attrs, change.props)
                for name, value in change.props.items():
                    if value is None:
                        attrs.pop(name, None)
                    else:
                        attrs[name] = list(value) if isinstance(value, list) else value
                self._reindex(change.label, change.key, attrs, change.props)
            elif isinstance(change, DeleteNode):
                if node in graph:
                    attrs = graph.nodes[node]
                    self._unindex(change.label, change.key, attrs, list(attrs))
                    for source, target, type_ in [*graph.in_edges(node, keys=True), *graph.out_edges(node, keys=True)]:
                        self._links[type_].discard((source, target))
                    graph.remove_node(node)
                    self._labels[change.label].discard(change.key)
            elif isinstance(change, SetLinks):
                target_label = RELATIONSHIPS[change.type].target
                wanted = {(target_label, key) for key in change.targets}
                current = {v for _, v, k in graph.out_edges(node, keys=True) if k == change.type}
                for target in current - wanted if change.replace else ():
                    graph.remove_edge(node, target, key=change.type)
                    self._links[change.type].discard((node, target))
                for target in wanted - current:
                    graph.add_edge(node, target, key=change.type)
                    self._links[change.type].add((node, target))

    def _load_snapshot(self) -> int:
        self._graph = nx.MultiDiGraph()
        self._indexes = {}
        self._labels = defaultdict(set)
        self._links = defaultdict(set)
        self._history = defaultdict(list)
        path = self.folder / SNAPSHOT
        if not path.exists():
            return 0
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise StoreUnavailable("store.embedded_corrupt", folder=str(self.folder), error=str(error)) from error
        for label, key, props in data["nodes"]:
            self._graph.add_node((label, key), **props)
            self._labels[label].add(key)
        for type_, source_label, source_key, target_label, target_key in data["links"]:
            self._graph.add_edge((source_label, source_key), (target_label, target_key), key=type_)
            self._links[type_].add(((source_label, source_key), (target_label, target_key)))
        for record in data.get("history", []):
            trace = Trace(*record)
            self._history[(trace.label, trace.key)].append(trace)
        return int(data["seq"])

    # --- the files --------------------------------------------------------------------------

    def _locked(self) -> _Locked:
        return _Locked(self._file_lock, self.folder)

    def _reload(self) -> None:
        """Read snapshot and log from scratch (the caller holds the file lock)."""
        for leftover in self.folder.glob("*.tmp"):
            leftover.unlink(missing_ok=True)
        self._seq = self._load_snapshot()
        log = self.folder / LOG
        header = _read_header(log)
        if header is None:
            self._new_log()
            return
        self._log_id = header["log"]
        with log.open("rb") as handle:
            self._offset = len(handle.readline())
            self._consume(handle.read(), locked=True)

    def _catch_up(self, locked: bool = False) -> None:
        """Apply what other processes appended since we last looked.

        Each log starts with a header naming it, so a log replaced by a compaction is
        never mistaken for the one we were reading (even when the file system gives the
        new file the old one's inode).
        """
        data = b""
        try:
            with (self.folder / LOG).open("rb") as handle:
                header = _decode(handle.readline(HEADER_MAX).rstrip(b"\n"))
                size = os.fstat(handle.fileno()).st_size
                stale = header is None or header.get("log") != self._log_id or size < self._offset
                if not stale and size > self._offset:
                    handle.seek(self._offset)
                    data = handle.read()
        except FileNotFoundError:
            stale = True
        if stale:
            if locked:
                self._reload()
            else:
                with self._locked():
                    self._reload()
        elif data:
            self._consume(data, locked)

    def _consume(self, data: bytes, locked: bool) -> None:
        """Apply the complete records of ``data``, read from the log at ``self._offset``."""
        position = 0
        for line_end in _line_ends(data):
            record = _decode(data[position:line_end])
            if record is None:
                break  # a torn record: only the last one can be, and it is cut below
            position = line_end + 1
            if record["seq"] <= self._seq:
                continue  # already in the snapshot (a crash came between its rename and the new log)
            if record["seq"] != self._seq + 1:
                raise StoreUnavailable("store.embedded_corrupt", folder=str(self.folder),
                                       error=f"missing log record {self._seq + 1}")
            self._apply_in_memory([change_from_record(c) for c in record["changes"]])
            self._seq = record["seq"]
        self._offset += position
        if locked and position < len(data):
            # We hold the lock, so nobody is appending: what is left is a torn write of a
            # process that died. Cut it, so that the next record starts on a clean line.
            with (self.folder / LOG).open("r+b") as handle:
                handle.truncate(self._offset)
                os.fsync(handle.fileno())

    def _append(self, record: dict[str, Any]) -> None:
        line = _encode(record)
        fd = os.open(self.folder / LOG, os.O_WRONLY | os.O_APPEND)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        self._offset += len(line)

    def _new_log(self) -> None:
        header = _encode({"log": uuid.uuid4().hex, "base": self._seq})
        _write_atomically(self.folder / LOG, header)
        self._log_id = _decode(header[:-1])["log"]  # type: ignore[index]
        self._offset = len(header)

    def _compact(self) -> None:
        snapshot = {
            "format": FORMAT,
            "seq": self._seq,
            "nodes": [[label, key, attrs] for (label, key), attrs in sorted(self._graph.nodes(data=True))],
            "links": sorted(
                [type_, s[0], s[1], d[0], d[1]] for s, d, type_ in self._graph.edges(keys=True)
            ),
            "history": [trace.to_record()[1:] for node in sorted(self._history) for trace in self._history[node]],
        }
        _write_atomically(self.folder / SNAPSHOT, json.dumps(snapshot, ensure_ascii=False).encode("utf-8"))
        self._new_log()


class _Locked:
    """The inter-process lock, with a French message when another process holds it too long."""

    def __init__(self, lock: FileLock, folder: Path) -> None:
        self.lock = lock
        self.folder = folder

    def __enter__(self) -> None:
        try:
            self.lock.acquire()
        except Timeout as error:
            raise StoreUnavailable("store.embedded_locked", folder=str(self.folder)) from error

    def __exit__(self, *exc: object) -> None:
        self.lock.release()


def _indexed(value: Any) -> Indexed:
    return ("bool", value) if isinstance(value, bool) else value


def _value(indexed: Indexed) -> Value:
    return indexed[1] if isinstance(indexed, tuple) else indexed


def _index_add(index: dict[Indexed, set[str]], key: str, value: Any) -> None:
    for member in (value if isinstance(value, list) else () if value is None else (value,)):
        index[_indexed(member)].add(key)


def _index_remove(index: dict[Indexed, set[str]], key: str, value: Any) -> None:
    for member in (value if isinstance(value, list) else () if value is None else (value,)):
        keys = index.get(_indexed(member))
        if keys is not None:
            keys.discard(key)
            if not keys:
                del index[_indexed(member)]


def _copy(attrs: dict[str, Any]) -> dict[str, Value]:
    return {name: list(value) if isinstance(value, list) else value for name, value in attrs.items()}


def _encode(record: dict[str, Any]) -> bytes:
    body = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return body + b"\t" + f"{zlib.crc32(body):08x}".encode() + b"\n"


def _decode(line: bytes) -> dict[str, Any] | None:
    body, sep, checksum = line.rpartition(b"\t")
    if not sep or checksum != f"{zlib.crc32(body):08x}".encode():
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


def _read_header(log: Path) -> dict[str, Any] | None:
    try:
        with log.open("rb") as handle:
            return _decode(handle.readline(HEADER_MAX).rstrip(b"\n"))
    except FileNotFoundError:
        return None


def _line_ends(data: bytes) -> Iterator[int]:
    start = 0
    while (end := data.find(b"\n", start)) != -1:
        yield end
        start = end + 1


def _write_atomically(path: Path, content: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open_private(tmp) as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
