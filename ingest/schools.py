"""Schools given by name where a UAI is expected: proposed, never guessed.

People often write « École Jean Jaurès » rather than its UAI. The closest schools of
the workbook and of the graph (fuzzy, accent- and case-insensitive) are proposed in
the report, with their UAI and commune; nothing is written until the person confirms
a proposal (the app's import page, or ``--confirmer`` on the command line).

>>> names_in("0950123T | Ecole des Lilas")
['Ecole des Lilas']
>>> substitute("Ecole des Lilas | 0950123T", {"Ecole des Lilas": "0959002U"})
'0959002U | 0950123T'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from graph.i18n import t
from graph.store import GraphStore
from graph.text import words
from graph.validation import LIST_SEPARATOR
from ingest.report import BLOCKING, Report

if TYPE_CHECKING:
    from ingest.workbook import Sheet

_CODE_LIKE = re.compile(r"^\s*[0-9]{5,8}[A-Za-z]?\s*$")
SCORE_CUTOFF = 70


def names_in(cell: str) -> list[str]:
    """The parts of a cell that look like names rather than codes."""
    parts = [part.strip() for part in cell.split(LIST_SEPARATOR)]
    return [part for part in parts if part and not _CODE_LIKE.match(part) and sum(c.isalpha() for c in part) >= 3]


def substitute(cell: str, confirmed: Mapping[str, str]) -> str:
    """``cell`` with every confirmed school name replaced by its UAI."""
    if not confirmed:
        return cell
    parts = [part.strip() for part in cell.split(LIST_SEPARATOR)]
    return f" {LIST_SEPARATOR} ".join(confirmed.get(part, part) for part in parts)


def _candidates(store: GraphStore, sheets: Mapping[str, Sheet]) -> dict[str, tuple[str, str, str]]:
    """Searchable text → (UAI, name, commune) for every school of the graph and the workbook."""
    communes = {c["code_insee"]: str(c.get("nom", "")) for c in store.nodes("Commune")}
    located = {row.source_key: row.target_key for row in store.links("SITUE_DANS", "Ecole")}
    schools: dict[str, tuple[str, str]] = {
        str(s["uai"]): (str(s.get("nom", "")), communes.get(located.get(str(s["uai"]), ""), ""))
        for s in store.nodes("Ecole")
    }
    if "Ecole" in sheets:
        for row in sheets["Ecole"].rows:
            code = row.values.get("code_commune") or ""
            schools[row.values["uai"]] = (row.values.get("nom") or "", communes.get(code, code))
    return {words(f"{name} {commune}"): (uai, name, commune) for uai, (name, commune) in schools.items() if name}


def propose(store: GraphStore, sheets: Mapping[str, Sheet], report: Report) -> None:
    """A blocking problem for every school given by name, with the closest school proposed."""
    pending = [(sheet, entry) for sheet in sheets.values() for entry in sheet.school_names]
    if not pending:
        return
    candidates = _candidates(store, sheets)
    choices = list(candidates)
    for sheet, (number, column, name) in pending:
        # Token-set similarity: « École des Lilas (Bezons) » is all in « École maternelle fictive
        # des Lilas Bezons », whatever the words around; ties go to the closest whole text.
        found = process.extract(words(name), choices, scorer=fuzz.token_set_ratio, score_cutoff=SCORE_CUTOFF, limit=5)
        best = max(found, key=lambda hit: (hit[1], fuzz.ratio(words(name), hit[0])), default=None)
        if best is None:
            message, suggestion = t("schools.no_match", name=name), None
        else:
            uai, school, commune = candidates[best[0]]
            message, suggestion = t("schools.proposal", name=name, uai=uai, school=school, commune=commune), uai
        report.add(BLOCKING, sheet.table.file, sheet.table.sheet, number, sheet.header_of(column), name, message,
                   suggestion)
