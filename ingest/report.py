"""The load report: every problem found in the files, in French, with where it is and what to do.

>>> report = Report()
>>> report.add(BLOCKING, "pratiques.csv", None, 12, "resultat", "Réussi !", "Valeur non admise.")
>>> report.has_blocking, len(report.warnings)
(True, 0)
>>> print(report.problems[0].where())
pratiques.csv, ligne 12, colonne « resultat »

A long value is never copied whole (a spreadsheet cell holds 32,767 characters at most, a person reads far
fewer): the report keeps its beginning and its end, and says its length.

>>> report.add(BLOCKING, "pratiques.csv", None, 13, "titre", "Café " * 10_000, "Texte trop long.")
>>> len(report.problems[1].value) < 300, report.problems[1].value.endswith("(50\u202f000 caractères en tout)")
(True, True)
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from graph.i18n import number, t
from graph.text import spreadsheet_safe

Severity = Literal["bloquant", "avertissement"]
EXCERPT = 200  # characters of a value shown whole; a longer one is shown as its beginning and its end
BLOCKING: Severity = "bloquant"
WARNING: Severity = "avertissement"


def excerpt(value: str, mask: Callable[[str], str] | None = None) -> str:
    """``value`` shortened to its beginning and its end, with its length, when it is longer than ``EXCERPT``.

    ``mask`` hides what must not be shown (:func:`graph.privacy.mask_text`); it reads a little more than is kept,
    so that nothing is cut half-hidden, and never the whole of a long text.

    >>> excerpt("court")
    'court'
    """
    if len(value) <= EXCERPT:
        return mask(value) if mask else value
    start, end = value[:EXCERPT], value[-EXCERPT:]
    if mask:
        start, end = mask(start), mask(end)
    return t("report.excerpt", start=start[:EXCERPT * 3 // 5].rstrip(), end=end[-EXCERPT // 5:].lstrip(),
             length=number(len(value)))


@dataclass(frozen=True)
class Problem:
    severity: Severity
    file: str
    sheet: str | None
    row: int | None
    column: str | None
    value: str
    message: str
    suggestion: str | None = None  # a value to confirm instead (a school's UAI for a name)

    def where(self) -> str:
        """File, sheet, row and column, in French."""
        parts = [self.file]
        if self.sheet:
            parts.append(t("report.sheet", sheet=self.sheet))
        if self.row is not None:
            parts.append(t("report.row", row=self.row))
        if self.column:
            parts.append(t("report.column", column=self.column))
        return ", ".join(parts)


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)

    def add(self, severity: Severity, file: str, sheet: str | None, row: int | None,
            column: str | None, value: str, message: str, suggestion: str | None = None) -> None:
        if len(value) > EXCERPT:  # and where the message repeats it, the excerpt too
            value, message = excerpt(value), message.replace(value, excerpt(value))
        self.problems.append(Problem(severity, file, sheet, row, column, value, message, suggestion))

    def proposals(self) -> dict[str, str]:
        """The values the report proposes to replace (text as typed → proposed value)."""
        return {p.value: p.suggestion for p in self.problems if p.suggestion is not None and p.value}

    @property
    def blocking(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == BLOCKING]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def has_blocking(self) -> bool:
        return any(p.severity == BLOCKING for p in self.problems)

    def to_csv(self) -> bytes:
        """The report as a CSV for a French spreadsheet (UTF-8 with BOM, ``;``), formulas made inert."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow([t(f"report.header.{name}") for name in
                         ("severity", "file", "sheet", "row", "column", "value", "message")])
        for p in self.problems:
            writer.writerow([spreadsheet_safe(str(cell)) for cell in (
                p.severity, p.file, p.sheet or "", "" if p.row is None else p.row, p.column or "", p.value, p.message,
            )])
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")

    def lines(self) -> list[str]:
        """One line per problem, blocking ones first."""
        ordered = self.blocking + self.warnings
        return [f"[{p.severity}] {p.where()} : {p.message}" for p in ordered]
