"""Nothing identifying through an import: every free text of every row is read as the contribution form reads it.

Every import — the federation's workbook (XLSX, a CSV file or a folder of them, from the command line or the
app) and the State's open data — goes through :func:`ingest.workbook.load_sheets`, which calls
:func:`check_rows`: each cell of a free-text column (a kind's :attr:`~graph.schema.NodeKind.narratives`) is
read by :func:`graph.privacy.check_texts`, the check of the contribution form. Each finding is blocking, so
nothing is written, and the report shows it masked (« Y•••• », « 06 •• •• •• 78 ») with where it is in the
cell: a report is downloaded, sent, printed; it must not carry what it refuses to store.

>>> from ingest.report import Report
>>> report = Report()
>>> add_findings(report, KINDS["Situation"], "situations.csv", None, 2, "recit",
...              {"recit": "Le père de Yanis a laissé son numéro : 06 12 34 56 78."})
>>> [(p.value, p.severity) for p in report.problems]
[('Y••••', 'bloquant'), ('06 •• •• •• 78', 'bloquant')]
>>> "06 12" in report.problems[1].message
False
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

from graph import privacy
from graph.i18n import t
from graph.schema import KINDS, Link, NodeKind, Prop  # KINDS: used by the doctests
from graph.store import GraphStore
from graph.validation import MAX_LONGTEXT
from ingest.reader import Table
from ingest.report import BLOCKING, Report, excerpt


class _Row(Protocol):
    values: dict[str, Any]


class Sheet(Protocol):
    """What is read here of a sheet of the workbook (:class:`ingest.workbook.Sheet`)."""

    kind: NodeKind
    table: Table
    columns: dict[int, Prop | Link]

    @property
    def rows(self) -> Sequence[_Row]: ...

    def header_of(self, name: str) -> str: ...


# The kinds whose names are places, not people: « école Jules Ferry » is no one's name.
PLACE_KINDS = ("Commune", "Ecole", "Centre", "Qpv", "Reseau")


def check_rows(store: GraphStore, sheets: Mapping[str, Sheet], report: Report) -> None:
    """Every free-text cell of every row of ``sheets``, as read (a row refused for another reason too): each
    finding becomes a blocking problem of ``report``. Places are those of the graph and of the sheets.

    A text longer than the schema admits is refused whole by the validation (and shown masked): it is not read
    here, so that the time spent stays bounded by what could be stored."""
    places: privacy.Places | None = None
    for sheet in sheets.values():
        kind, table = sheet.kind, sheet.table
        texts = {position: column.name for position, column in sheet.columns.items()
                 if column.name in kind.narratives}
        if not texts:
            continue
        schools = [position for position, column in sheet.columns.items()
                   if isinstance(column, Link) and column.target == "Ecole"]
        for number, cells in table.rows:
            values = {name: cells[position] for position, name in texts.items()
                      if position < len(cells) and cells[position].strip() and len(cells[position]) <= MAX_LONGTEXT}
            if not values:
                continue
            if places is None:
                places = privacy.known_places(store) | _places_of(sheets)
            school = any(position < len(cells) and cells[position].strip() for position in schools)
            add_findings(report, kind, table.file, table.sheet, number, sheet.header_of, values, places, school)


def add_findings(report: Report, kind: NodeKind, file: str, sheet: str | None, row: int,
                 column: Callable[[str], str] | str, values: Mapping[str, str],
                 places: privacy.Places = frozenset(), school: bool = False) -> None:
    """The findings in the free texts ``values`` of one row, as blocking problems (masked) of ``report``.
    ``column`` names the column of a field as the person finds it (a function, or one name for all)."""
    for finding in privacy.check_texts(kind, values, places, school):
        shown = privacy.mask(finding)
        report.add(BLOCKING, file, sheet, row, column(finding.field) if callable(column) else column, shown,
                   t(f"ingest.privacy.{finding.kind}", masked=shown, at=finding.start + 1))


def shown(kind: NodeKind, field: str, value: str) -> str:
    """``value`` as a report may show it: a free text with what could identify someone masked (an excerpt
    when it is long).

    >>> shown(KINDS["Situation"], "recit", "Appeler Mme Diallo.")
    'Appeler Mme D•••••.'
    >>> shown(KINDS["Situation"], "nature", "Mme Diallo")
    'Mme Diallo'
    """
    if field not in kind.narratives or not value.strip():
        return value
    wanted = privacy.relevant(kind)
    return excerpt(value, lambda text: privacy.mask_text(text, wanted))


def _places_of(sheets: Mapping[str, Sheet]) -> privacy.Places:
    names: Iterable[str] = (str(row.values.get("nom") or "") for label in PLACE_KINDS if label in sheets
                            for row in sheets[label].rows)
    return privacy.place_phrases(names)

