"""Networks (REP / REP+) given by their name where their code is expected.

A federation writes a school's network as it knows it: « REP+ Claude Monet Argenteuil », not a code. The
name is looked up among the networks of the workbook's ``reseaux`` sheet and of the graph, without regard to
case, accents or spaces, then without the words every network's name shares (« REP », « réseau »): found
once, it stands for that network's code; found for several networks, or not at all, the report says so,
and says what the ``reseaux`` sheet holds when the workbook has none.

A ``reseaux`` sheet without codes (``id_reseau``) is read too: a network is known by its head collège, whose
UAI is then its code (:data:`KEY_FROM`).

>>> name_key("REP+ Claude Monet Argenteuil "), short_name_key("Réseau REP+ Claude Monet Argenteuil")
('rep+claudemonetargenteuil', 'claudemonetargenteuil')
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING

from graph.errors import InvalidIdentifier
from graph.i18n import t
from graph.identifiers import check_federation_id
from graph.schema import KINDS
from graph.store import GraphStore
from graph.text import fold, words
from graph.validation import LIST_SEPARATOR
from ingest.report import BLOCKING, Report

if TYPE_CHECKING:
    from ingest.workbook import Row, Sheet

NETWORK = "Reseau"
# A kind's sheet without its key column: the column whose value is then the key.
KEY_FROM = {NETWORK: "tete"}
_SHARED_WORDS = frozenset({"rep", "rep+", "reseau", "education", "prioritaire", "ep"})


def name_key(name: str) -> str:
    return fold(name)


def short_name_key(name: str) -> str:
    """The name without the words every network's name shares."""
    return "".join(fold(word) for word in words(name).split() if word not in _SHARED_WORDS)


def linked(kind_label: str) -> list[str]:
    """The columns of ``kind_label`` that name a network."""
    return [link.name for link in KINDS[kind_label].links if link.target == NETWORK]


def _known(store: GraphStore, sheets: Mapping[str, Sheet], wanted: set[str]) -> tuple[set[str], dict[str, set[str]]]:
    """The network codes among ``wanted`` (of the workbook or the graph), and every network's names → codes."""
    key = KINDS[NETWORK].key
    rows = [row.values for row in sheets[NETWORK].rows] if NETWORK in sheets else []
    codes = {str(values[key]) for values in rows}
    names: dict[str, set[str]] = defaultdict(set)
    graph_networks = store.nodes(NETWORK)
    for values in [*rows, *graph_networks]:
        if values.get("nom"):
            for spelling in {name_key(str(values["nom"])), short_name_key(str(values["nom"]))} - {""}:
                names[spelling].add(str(values[key]))
    codes |= {str(values[key]) for values in graph_networks} & wanted
    return codes, names


def resolve(store: GraphStore, sheets: Mapping[str, Sheet], report: Report) -> None:
    """Give every row its network's code, whether it named the network by code or by name; a blocking
    problem for every network found nowhere, or under a name several networks share."""
    pending = [(sheet, entry) for sheet in sheets.values() for entry in sheet.network_texts]
    if not pending:
        return
    wanted = {part.strip() for _, (_, _, text) in pending for part in text.split(LIST_SEPARATOR)}
    codes, names = _known(store, sheets, wanted)
    columns = ", ".join(f"{column.name} ({column.label})" for column in KINDS[NETWORK].columns)
    for sheet, (row, column, text) in pending:
        found = []
        parts = [part.strip() for part in text.split(LIST_SEPARATOR)] if KINDS[sheet.kind.label].link(column).many \
            else [text.strip()]
        for part in filter(None, parts):
            code = _code(part, codes, names)
            if isinstance(code, str):
                found.append(code)
                continue
            if code:
                message = t("ingest.network_ambiguous", value=part, keys=", ".join(sorted(code)))
            else:
                message = t("ingest.network_unknown" if NETWORK in sheets else "ingest.network_unknown_no_sheet",
                            value=part, sheet=KINDS[NETWORK].sheet, columns=columns)
            origin = row.origin or sheet
            report.add(BLOCKING, origin.table.file, origin.table.sheet, row.number, origin.header_of(column), part,
                       message)
        if found:
            row.values[column] = found if KINDS[sheet.kind.label].link(column).many else found[0]


def _code(text: str, codes: set[str], names: Mapping[str, set[str]]) -> str | set[str]:
    """The code ``text`` stands for; else the codes it could stand for (none, or several)."""
    try:
        if check_federation_id(text) in codes:
            return text
    except InvalidIdentifier:
        pass
    for spelling in (name_key(text), short_name_key(text)):
        if len(found := names.get(spelling, set())) == 1:
            return next(iter(found))
        if found:
            return found
    return set()


def attach(sheet: Sheet, row: Row, texts: list[tuple[str, str]]) -> None:
    """Keep ``row``'s network texts to resolve; an empty cell says the school is in no network."""
    for column, text in texts:
        if text.strip():
            sheet.network_texts.append((row, column, text))
        else:
            row.values[column] = None
