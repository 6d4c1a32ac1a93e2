"""Loading the federation's workbook into the graph, all or nothing.

Read every table → match sheets and columns to the schema → validate every row →
check every reference (against the workbook and the graph) → report *all* problems
→ only if none is blocking, write the changes (in batches, several transactions at once).
Loading the same workbook again writes nothing: rows identical to the graph are left alone.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from graph import vocabularies as voc
from graph.changes import Change, PutNode, SetLinks
from graph.i18n import t
from graph.schema import KIND_LIST, KINDS, NODE_KINDS, STAMPS, Link, NodeKind, Prop, kind_for_sheet, stamp
from graph.store import GraphStore
from graph.validation import validate_row
from ingest import networks, privacy, roles, schools, territory
from ingest.columns import HEADER_SEARCH, header_position, recogniser, sheet_resembling
from ingest.reader import Table, read_tables, report_long_cells
from ingest.report import BLOCKING, WARNING, Report, Severity

T = TypeVar("T")


@dataclass
class Row:
    number: int
    values: dict[str, Any]  # clean values of the columns present in the sheet
    origin: Sheet | None = None  # where the row was read from, when rows of several files are merged


@dataclass
class Sheet:
    kind: NodeKind
    table: Table
    columns: dict[int, Prop | Link]  # position in the table → schema column
    rows: list[Row] = field(default_factory=list)
    # Schools given by name where a UAI was expected: (row, column, text), to propose a match for.
    school_names: list[tuple[int, str, str]] = field(default_factory=list)
    # Networks as written (a code or a name): (row, column, text), to resolve once every sheet is read.
    network_texts: list[tuple[Row, str, str]] = field(default_factory=list)
    # Rows that give only their key: the item exists, nothing else is said (a school of the State's directory).
    key_only: list[Row] = field(default_factory=list)

    def header_of(self, name: str) -> str:
        """The column as the person finds it (letter and header in a workbook, header in a CSV)."""
        for position, column in self.columns.items():
            if column.name == name:
                return _column_name(self.table, position)
        return name


@dataclass
class LoadResult:
    report: Report
    written: bool = False
    rows: dict[str, int] = field(default_factory=dict)
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)

    def summary(self) -> list[str]:
        """What was loaded, in French, one line per kind."""
        lines = []
        for kind in NODE_KINDS:
            if kind.label in self.rows:
                lines.append(t("ingest.summary_line", plural=kind.plural, rows=self.rows[kind.label],
                               created=self.created.get(kind.label, 0), updated=self.updated.get(kind.label, 0),
                               unchanged=self.unchanged.get(kind.label, 0)))
        return lines


Progress = Callable[[float, str], None]
WRITE_BATCH = 5_000  # changes per transaction: bounded memory on a 2-core, 512 MB Neo4j


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for a load: otherwise every collection scans again all the rows
    held in memory, a large share of a big load's time. Cycles made meanwhile are collected at the end."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_workbook(store: GraphStore, path: str | Path, *, contributor: str = "import",
                  dry_run: bool = False, progress: Progress | None = None,
                  confirmed: Mapping[str, str] | None = None) -> LoadResult:
    """Validate the workbook at ``path`` and, if nothing blocks, write it to ``store``.

    ``path`` is an ``.xlsx`` workbook, one CSV file, or a folder of CSV files (one per
    sheet, named after it). With ``dry_run`` nothing is written even when all is well:
    the result tells what would be added, updated and left unchanged. ``progress`` is
    called with the fraction done and a French line saying what is being done.

    A school given by its name where a UAI is expected is never guessed: the report
    proposes the closest school, and the load goes through only once the person has
    confirmed it, in ``confirmed`` (the text as typed → the UAI).
    """
    tell = progress or (lambda fraction, message: None)
    with collector_paused():
        tell(0.0, t("ingest.progress.reading"))
        report = Report()
        sheets = _match_sheets(read_tables(Path(path), report), report)
        tell(0.1, t("ingest.progress.checking"))
        for sheet in sheets.values():
            _validate_rows(sheet, report, confirmed)
        schools.propose(store, sheets, report)
        return load_sheets(store, sheets, report, Path(path).name, contributor=contributor, dry_run=dry_run,
                           progress=tell, report_missing=True)


def load_sheets(store: GraphStore, sheets: Mapping[str, Sheet], report: Report, source: str, *,
                contributor: str, dry_run: bool, progress: Progress, report_missing: bool,
                skip_unknown_references: bool = False) -> LoadResult:
    """Check references, plan the changes against the graph, and write them unless something blocks.

    The changes are written in transactions of at most ``WRITE_BATCH`` changes, several at
    once (:class:`_Writer`), while the rest is still being planned: every kind's nodes, then
    the links. An import cut short (a server that died) converges when run again, since
    every change says what the graph must hold, not what to add.
    """
    progress = _forward_only(progress)
    progress(0.4, t("ingest.progress.references"))
    networks.resolve(store, sheets, report)
    _report_key_only(store, sheets, report)
    privacy.check_rows(store, sheets, report)  # the form's check, on every free text of every import
    _check_references(store, sheets, report, skip_unknown_references)
    result = LoadResult(report, rows={label: len(sheet.rows) for label, sheet in sheets.items()})
    if report.has_blocking:
        report.add(WARNING, source, None, None, None, "", t("ingest.nothing_written"))
        return result
    progress(0.5, t("ingest.progress.planning"))
    plan = _Plan(store, result, contributor, sheets)
    writer = None if dry_run else _Writer(store)
    try:
        ordered = _in_order(sheets)
        for index, sheet in enumerate(ordered):
            if writer is not None:
                writer.expect(sum(_most_changes(later) for later in ordered[index:]))
            for number, batch in enumerate(plan.nodes(sheet)):
                if number == 0 and writer is not None and plan.after_earlier(sheet.kind):
                    writer.wait(progress)  # new nodes come with links to nodes of the sheets before
                _send(writer, batch)
        if writer is not None:
            writer.expect(plan.links_left())
        for batches in plan.links():
            if writer is not None:
                writer.wait(progress)  # links name nodes written just before, and sources of another type
            for batch in batches:
                _send(writer, batch)
        if report_missing:
            _report_missing(plan, sheets, report)
        if writer is not None:
            writer.wait(progress)
            result.written = writer.sent > 0
    finally:
        if writer is not None:
            writer.close()
    progress(1.0, t("ingest.progress.done"))
    return result


def _most_changes(sheet: Sheet) -> int:
    """The changes ``sheet`` can give at most: a node and its links per row."""
    return len(sheet.rows) * (1 + sum(isinstance(column, Link) for column in sheet.columns.values()))


def _forward_only(progress: Progress) -> Progress:
    """``progress``, never told a fraction smaller than one it was told before."""
    furthest = 0.0

    def tell(fraction: float, message: str) -> None:
        nonlocal furthest
        furthest = max(furthest, fraction)
        progress(furthest, message)

    return tell


def _in_order(sheets: Mapping[str, Sheet]) -> list[Sheet]:
    return [sheets[kind.label] for kind in NODE_KINDS if kind.label in sheets]


def _send(writer: _Writer | None, batch: list[Change]) -> None:
    if writer is not None:
        writer.send(batch)


class _Writer:
    """Writes the batches it is sent, each in a transaction of its own, ``store.writers`` at once.

    Planning overlaps with the server writing what was planned before, and a server with
    two cores writes two transactions at once. The first error stops the writing: it is
    raised to the caller at the next :meth:`send` or :meth:`wait`, and batches not yet
    started are not written (those already running may be).
    """

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.sent = self.done = 0
        self.expected = 0  # changes this load should send in all, as far as is known yet
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=store.writers, thread_name_prefix="passerelles-ecriture")
        self._running: set[Future[None]] = set()

    def _apply(self, batch: list[Change]) -> None:
        self.store.apply(batch)
        with self._lock:
            self.done += len(batch)

    def send(self, batch: list[Change]) -> None:
        self._settle(2 * self.store.writers)  # a few batches ahead: memory stays bounded
        self._running.add(self._pool.submit(self._apply, batch))
        self.sent += len(batch)

    def expect(self, more: int) -> None:
        """At most ``more`` changes are still to be sent (the progress shown counts them)."""
        self.expected = self.sent + more

    def wait(self, progress: Progress) -> None:
        """Wait until every batch sent is written."""
        self._settle(0, progress)

    def _settle(self, most: int, progress: Progress | None = None) -> None:
        while len(self._running) > most:
            if progress is not None:  # 100 % is for the end of the load, once all is checked
                total = max(self.sent, self.expected, 1)
                progress(min(0.5 + 0.5 * self.done / total, 0.99),
                         t("ingest.progress.writing", done=self.done, total=total))
            finished, self._running = wait(self._running, timeout=0.25, return_when=FIRST_COMPLETED)
            for future in finished:
                if (error := future.exception()) is not None:
                    raise error

    def close(self) -> None:
        """Batches not started are dropped; the caller waits for those running."""
        self._pool.shutdown(wait=True, cancel_futures=True)


def _report_missing(plan: _Plan, sheets: Mapping[str, Sheet], report: Report) -> None:
    """Nodes of the graph that a sheet no longer lists: told, never deleted."""
    for sheet in sheets.values():
        kind = sheet.kind
        listed = {row.values[kind.key] for row in sheet.rows}
        gone = sorted(plan.existing[kind.label].keys() - listed)
        if gone:
            shown = ", ".join(gone[:10]) + (" …" if len(gone) > 10 else "")
            report.add(WARNING, sheet.table.file, sheet.table.sheet, None, None, shown,
                       t(f"ingest.missing_rows.{kind.gender}", count=len(gone), counted=kind.counted(len(gone)),
                         keys=shown))


# --- sheets and columns --------------------------------------------------------------------------


def _match_sheets(tables: list[Table], report: Report) -> dict[str, Sheet]:
    sheets: dict[str, Sheet] = {}
    expected = ", ".join(kind.sheet for kind in KIND_LIST)
    named = {kind.label for table in tables if (kind := kind_for_sheet(table.name)) is not None}
    for table in tables:
        kind = kind_for_sheet(table.name)
        if kind is None:
            like = sheet_resembling(table.name)
            if like is not None and like.label not in named:  # its rows would be lost: said, and blocking
                report.add(BLOCKING, table.file, table.sheet, None, None, table.name,
                           t("ingest.resembling_sheet", name=table.name, sheet=like.sheet, plural=like.plural))
            else:
                report.add(WARNING, table.file, table.sheet, None, None, table.name,
                           t("ingest.unknown_sheet", sheets=expected))
            continue
        if kind.label in sheets:
            other = sheets[kind.label].table
            report.add(BLOCKING, table.file, table.sheet, None, None, table.name,
                       t("ingest.duplicate_sheet", plural=kind.plural, other=other.sheet or other.file))
            continue
        if not _find_header(kind, table, report):
            continue
        report_long_cells(table, report)
        sheets[kind.label] = Sheet(kind, table, _match_columns(kind, table, report))
    return sheets


def _find_header(kind: NodeKind, table: Table, report: Report) -> bool:
    """Head ``table`` with the row that names the most of ``kind``'s columns (titles above it left out);
    False, and a blocking problem, when no row among the first ones names any."""
    first_rows = [table.header] + [cells for _, cells in table.rows[:HEADER_SEARCH - 1]]
    position = header_position(kind, first_rows)
    if position is None:
        report.add(BLOCKING, table.file, table.sheet, None, None, "",
                   t("ingest.header_not_found", rows=HEADER_SEARCH, plural=kind.plural,
                     columns=", ".join(column.name for column in kind.columns)))
        return False
    if position:
        table.use_header(position - 1)
    return True


def _column_name(table: Table, position: int) -> str:
    """How the person finds a column: its letter in a workbook, its header in a CSV."""
    return table.column_name(position)


def _match_columns(kind: NodeKind, table: Table, report: Report) -> dict[int, Prop | Link]:
    """The schema column of each header. A header that names none but resembles one whose values would
    otherwise be lost blocks, with « voulez-vous dire … » ; any other is the federation's own, ignored."""
    found = recogniser(kind)
    columns: dict[int, Prop | Link] = {}
    seen: dict[str, int] = {}
    unknown: list[tuple[int, str]] = []
    known = ", ".join(column.name for column in kind.columns)

    def add(severity: Severity, position: int, header: str, message: str) -> None:
        report.add(severity, table.file, table.sheet, table.header_row, _column_name(table, position), header, message)

    named: dict[str, list[int]] = defaultdict(list)  # column → the positions of the headers naming it
    for position, header in enumerate(table.header):
        if header.strip():
            column = found.match(header)
            if column is None:
                unknown.append((position, header))
            else:
                named[column.name].append(position)
    for name, positions in named.items():
        ranked = sorted(positions, key=lambda position: (found.rank(table.header[position]), position))
        first, *others = ranked
        seen[name], columns[first] = first, kind.column_by_name[name]
        for position in others:
            if found.rank(table.header[position]) == found.rank(table.header[first]):
                add(BLOCKING, position, table.header[position], t(
                    "ingest.duplicate_column", column=name, first=_column_name(table, min(first, position)),
                    second=_column_name(table, max(first, position))))
            else:  # « Commune » (the name) beside « Code commune »: the plainer header is the column
                add(WARNING, position, table.header[position], t(
                    "ingest.unknown_column_beside", column=name, where=_column_name(table, first), columns=known))
    meant: set[str] = set()
    for position, header in unknown:
        like = found.resembling(header)
        if like is None:
            add(WARNING, position, header, t("ingest.unknown_column", columns=known))
        elif like.name in seen:
            add(WARNING, position, header, t("ingest.unknown_column_beside", column=like.name,
                                             where=_column_name(table, seen[like.name]), columns=known))
        else:
            meant.add(like.name)
            add(BLOCKING, position, header, t("ingest.resembling_column", header=header.strip(), column=like.name,
                                              name=like.label))
    key_from = networks.KEY_FROM.get(kind.label)
    for column in kind.columns:
        if column.name == kind.key and key_from in seen:
            continue  # the key is taken from that column (a network from its head collège)
        if column.required and column.name not in seen and column.name not in meant:
            report.add(BLOCKING, table.file, table.sheet, table.header_row, column.name, "",
                       t("ingest.missing_column", column=column.name, name=column.label))
    return columns


# --- rows ------------------------------------------------------------------------------------------


def _validate_rows(sheet: Sheet, report: Report, confirmed: Mapping[str, str] | None = None) -> None:
    table, kind = sheet.table, sheet.kind
    first_row: dict[str, int] = {}
    school_links = {link.name for link in kind.links if link.target == "Ecole"}
    present = {column.name for column in sheet.columns.values()}
    key_from = networks.KEY_FROM.get(kind.label) if kind.key not in present else None
    network_columns = [name for name in networks.linked(kind.label) if name in present]
    open_columns = roles.open_columns(kind, present)
    others = [name for name in present if name != kind.key]
    for number, cells in table.rows:
        if not any(cell.strip() for cell in cells):
            continue
        raw = {column.name: cells[position] if position < len(cells) else ""
               for position, column in sheet.columns.items()}
        if key_from in raw:
            raw[kind.key] = raw[key_from]  # type: ignore[index]
        for name in school_links & raw.keys():
            raw[name] = schools.substitute(raw[name], confirmed or {})
        texts = [(name, raw.pop(name)) for name in network_columns]
        clean, problems = validate_row(kind, raw)
        # A row that gives its key and nothing else says the item exists, and changes nothing of it.
        only_key = (not others or clean.get(others[0]) is None) and all(clean.get(name) is None for name in others) \
            and not any(text.strip() for _, text in texts)
        for problem in problems:
            if problem.field in school_links and (names := schools.names_in(problem.value)):
                sheet.school_names += [(number, problem.field, name) for name in names]
                continue
            report.add(BLOCKING, table.file, table.sheet, number, sheet.header_of(problem.field),
                       privacy.shown(kind, problem.field, problem.value), problem.message)
        if open_columns:
            roles.check(open_columns, clean, (table.file, table.sheet, number), sheet.header_of, report)
        key = clean.get(kind.key)
        if key is None:
            continue
        if key in first_row:
            report.add(BLOCKING, table.file, table.sheet, number, sheet.header_of(kind.key), key,
                       t("ingest.duplicate_key", key=key, first=first_row[key]))
            continue
        first_row[key] = number
        if only_key:
            clean, texts = {kind.key: key}, []
        sheet.rows.append(row := Row(number, clean))  # no link back to the sheet: no cycle for the collector to find
        if texts:
            networks.attach(sheet, row, texts)
        if only_key:
            sheet.key_only.append(row)


def _report_key_only(store: GraphStore, sheets: Mapping[str, Sheet], report: Report) -> None:
    """A warning for each item given only by its key that the graph does not have: it is created bare."""
    for sheet in sheets.values():
        if not sheet.key_only:
            continue
        keys = [str(row.values[sheet.kind.key]) for row in sheet.key_only]
        known = store.existing(sheet.kind.label, set(keys))
        for row, key in zip(sheet.key_only, keys, strict=True):
            if key not in known:
                message = t("ingest.key_only_school", key=key, departement=_departement_of_uai(key)) \
                    if sheet.kind.label == "Ecole" else t("ingest.key_only", key=key, title=sheet.kind.title)
                report.add(WARNING, sheet.table.file, sheet.table.sheet, row.number, sheet.header_of(sheet.kind.key),
                           key, message)


def _departement_of_uai(uai: str) -> str:
    """The département a UAI belongs to (its three first characters): ``0951230W`` → ``95``."""
    code = uai[:3]
    return {"620": "2A", "720": "2B"}.get(code, code[1:] if code.startswith("0") else code)


def _check_references(store: GraphStore, sheets: Mapping[str, Sheet], report: Report, skip_unknown: bool) -> None:
    """Every link must name a node of the workbook or of the graph.

    With ``skip_unknown`` (the State's files, which the federation cannot correct), a row
    that names an unknown node is left out with a warning instead of blocking the load.
    """
    named = {(sheet.kind.label, link.name): _keys_named(sheet, link) for sheet in sheets.values() for link in sheet.kind.links}
    wanted: dict[str, set[str]] = defaultdict(set)
    for sheet in sheets.values():
        for link in sheet.kind.links:
            wanted[link.target] |= named[(sheet.kind.label, link.name)]
    known: dict[str, set[str]] = {}
    for label, keys in wanted.items():
        in_sheet = {row.values[KINDS[label].key] for row in sheets[label].rows} if label in sheets else set()
        known[label] = in_sheet | store.existing(label, keys - in_sheet)

    # Territories of a département not loaded yet: the row is kept without that link, and told (ingest.territory).
    loading = {row.values["code_departement"] for row in sheets["Departement"].rows} \
        if "Departement" in sheets else set()
    elsewhere = {} if skip_unknown else {
        label: territory.elsewhere(store, label, wanted[label] - known[label], loading)
        for label in territory.DEPARTEMENT_OF if label in wanted}
    for sheet in sheets.values():
        left_out: set[int] = set()
        for link in sheet.kind.links:
            if named[(sheet.kind.label, link.name)] <= known[link.target]:
                continue  # the common case: every node named is known
            target = KINDS[link.target]
            for row in sheet.rows:
                value = row.values.get(link.name)
                for key in (value if isinstance(value, list) else [value] if value else []):
                    if key in known[link.target]:
                        continue
                    origin = row.origin or sheet
                    if key in elsewhere.get(link.target, ()):
                        report.add(WARNING, origin.table.file, origin.table.sheet, row.number,
                                   origin.header_of(link.name), key,
                                   t(f"ingest.territory_elsewhere.{target.gender}", title=target.title, key=key,
                                     departement=elsewhere[link.target][key]))
                        row.values[link.name] = territory.without(row.values[link.name], key)
                        continue
                    message = t("ingest.unknown_reference_skipped" if skip_unknown else "ingest.unknown_reference",
                                key=key, targets=target.plural, sheet=target.sheet)
                    report.add(WARNING if skip_unknown else BLOCKING, origin.table.file, origin.table.sheet,
                               row.number, origin.header_of(link.name), key, message)
                    left_out.add(id(row))
        if skip_unknown and left_out:
            sheet.rows = [row for row in sheet.rows if id(row) not in left_out]


def _keys_named(sheet: Sheet, link: Link) -> set[str]:
    """The keys of the nodes that ``link`` names in the rows of ``sheet``."""
    keys: set[str] = set()
    for row in sheet.rows:
        value = row.values.get(link.name)
        if type(value) is list:
            keys.update(value)
        elif value:
            keys.add(value)
    return keys


# --- from rows to changes ------------------------------------------------------------------------


class _Plan:
    """The changes that bring the graph to the sheets: each kind's nodes, in batches of at most
    ``WRITE_BATCH`` rows (the kind's counts in the result), then the links — but a new node
    whose links all name nodes already in the graph, or of sheets written before its own,
    has them in its own batch (the store creates both at once)."""

    def __init__(self, store: GraphStore, result: LoadResult, contributor: str, loaded: Iterable[str]) -> None:
        self.store, self.result, self.contributor = store, result, contributor
        self.loaded = frozenset(loaded)  # the kinds of this load
        self.now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.existing: dict[str, dict[str, Mapping[str, Any]]] = {}  # label → key → node before the load
        self._links: dict[str, list[list[SetLinks]]] = defaultdict(list)  # label → each row's link changes
        self._planned: set[str] = set()  # the kinds whose nodes were planned, in order
        self._after_earlier: set[str] = set()  # kinds whose new nodes come with links to nodes of this load

    def after_earlier(self, kind: NodeKind) -> bool:
        """Whether new nodes of ``kind`` (planned) come with links to nodes of this load, that must
        be written before them."""
        return kind.label in self._after_earlier

    def nodes(self, sheet: Sheet) -> Iterator[list[Change]]:
        kind = sheet.kind
        existing = self.existing[kind.label] = {node[kind.key]: node for node in self.store.nodes(kind.label)}  # type: ignore[misc]
        current_links = _current_links(self.store, kind)
        created = updated = unchanged = 0
        not_props = {link.name for link in kind.links} | {kind.key}
        # A new node whose links all name nodes already written gets them in its own batch.
        along = all(link.target not in self.loaded or link.target in self._planned for link in kind.links)
        self._planned.add(kind.label)
        if along and any(link.target in self.loaded for link in kind.links):
            self._after_earlier.add(kind.label)
        entries: list[tuple[PutNode | None, list[SetLinks]]] = []  # a row's node change, links written with it
        for row in sheet.rows:
            key = row.values[kind.key]
            props = {name: value for name, value in row.values.items() if name not in not_props}
            before = existing.get(key)
            if kind.contributed:
                _contribution(props, before, self.contributor, self.now)
            changed = before is None or any(before.get(name) != value for name, value in props.items()
                                            if name not in STAMPS)
            row_links = []
            for link in kind.links:
                if link.name in row.values:
                    targets = tuple(_as_list(row.values[link.name]))
                    if set(targets) != current_links.get((link.type, key), set()):
                        # A node created now has no links to remove: adding is enough, and cheaper.
                        row_links.append(SetLinks(link.type, kind.label, key, targets, replace=before is not None))
            if row_links and not (along and before is None):
                self._links[kind.label].append(row_links)
            if before is None:
                created += 1
            elif changed or row_links:
                updated += 1
            else:
                unchanged += 1
            if changed or (along and before is None and row_links):
                entries.append((PutNode(kind.label, key, props, create=before is None) if changed else None,
                                row_links if along and before is None else []))
        self.result.created[kind.label], self.result.updated[kind.label] = created, updated
        self.result.unchanged[kind.label] = unchanged
        for part in _split(entries, self.store.writers):  # links of new nodes: the store writes them with their node
            yield [put for put, _ in part if put is not None] + [link for _, links in part for link in links]

    def links_left(self) -> int:
        """How many link changes :meth:`links` has to give."""
        return sum(len(row) for rows in self._links.values() for row in rows)

    def links(self) -> Iterator[list[list[Change]]]:
        """The link batches of each kind, one kind after the other, split by source into as many
        batches as the store has writers (at most ``WRITE_BATCH`` sources each).

        Batches written at once then share no source, and take the locks of their targets
        in much the same order — by type, then target —, so they seldom wait on each other
        (a deadlock, should one happen, is retried by the store)."""
        for rows in self._links.values():
            yield [sorted((change for row in part for change in row), key=lambda change: (change.type, change.targets))
                   for part in _split(rows, self.store.writers)]


def _split(items: list[T], writers: int) -> Iterator[list[T]]:
    """``items`` in batches of at most ``WRITE_BATCH``, of equal sizes, as many as a multiple of
    ``writers``: the writers finish together."""
    batches = -(-max(-(-len(items) // WRITE_BATCH), 1) // writers) * writers
    size = max(-(-len(items) // batches), 1)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _current_links(store: GraphStore, kind: NodeKind) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for type_ in {link.type for link in kind.links}:
        for row in store.links(type_, kind.label):
            found[(type_, row.source_key)].add(row.target_key)
    return found


def _contribution(props: dict[str, Any], before: Mapping[str, Any] | None, contributor: str, now: str) -> None:
    """Status, version and dates of an item entered by people (the federation validates imports)."""
    if props.get("statut") is None:
        props["statut"] = (before or {}).get("statut", voc.PUBLISHED)
    if props["statut"] == voc.PUBLISHED:
        props["publie"] = True
    stamp(props, int((before or {}).get("version", 0)) + 1, now, by=contributor if before is None else None)
