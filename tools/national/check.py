"""The self-check of the national dataset: read back what was written, sheet by sheet and row by row,
check it against the schema and against the generator's promises, and raise on the first problems.

Streaming, like the writing: one pass collects the keys of every sheet, a second checks every cell.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from graph import identifiers as ids
from graph.schema import KIND_LIST, Link, NodeKind, Prop
from graph.validation import MAX_LONGTEXT, MAX_TEXT
from tools.demo.check import parse_date, parse_month
from tools.national.common import UAI_FIRST, Row, uai_prefix

MAX_CELL = 32_767  # what a spreadsheet cell can hold
_NUMBER = {"int": re.compile(r"^-?\d+$"), "float": re.compile(r"^-?\d+(,\d+)?$")}
_TIME = re.compile(r"^([01]?\d|2[0-3])h[0-5]\d$")
_FICTIONAL = re.compile(r"\bfictif|\bfictive")


def _rows(out: Path, kind: NodeKind) -> Iterator[Row]:
    path = out / f"{kind.sheet}.csv"
    with path.open("rb") as raw:
        if raw.read(3) != b"\xef\xbb\xbf":
            raise AssertionError(f"{path.name} has no BOM")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        header = next(reader)
        if header != [column.name for column in kind.columns]:
            raise AssertionError(f"{path.name}: header {header}")
        for line in reader:
            yield dict(zip(header, line))


def _value_error(column: Prop, value: str) -> str | None:
    """Why ``value`` cannot be in ``column``, or None."""
    if column.vocabulary is not None:
        return None if column.vocabulary.code_for(value) else f"not in {column.vocabulary.name}"
    if column.check is not None:
        try:
            return None if column.check(value) == value else "not canonical"
        except ids.InvalidIdentifier as error:
            return str(error)
    if column.type in _NUMBER:
        if not _NUMBER[column.type].match(value):
            return f"not a French {column.type}"
        number = float(value.replace(",", "."))
        if (column.minimum is not None and number < column.minimum) or \
                (column.maximum is not None and number > column.maximum):
            return "out of range"
    limit = MAX_LONGTEXT if column.type == "longtext" else MAX_TEXT
    if column.type in ("text", "longtext") and len(value) > limit:
        return f"longer than {limit}"
    checks = {"bool": lambda v: v in ("oui", "non"), "month": parse_month, "date": parse_date,
              "time": _TIME.match}
    if column.type in checks and not checks[column.type](value):
        return f"not a {column.type}"
    return None


def _keys(out: Path) -> dict[str, set[str]]:
    return {kind.label: {row[kind.key] for row in _rows(out, kind)} for kind in KIND_LIST}


def self_check(out: Path, limit: int = 50) -> dict[str, int]:
    """Check every sheet in ``out``; raise AssertionError listing the first ``limit`` problems; return row counts."""
    keys = _keys(out)
    errors: list[str] = []
    counts: dict[str, int] = {}
    pairs: dict[str, set[str]] = defaultdict(set)  # centre → partner schools
    participants: dict[str, tuple[set[str], int]] = {}  # meeting → who came, its month
    commune_dept: dict[str, str] = {}
    for kind in KIND_LIST:
        seen: set[str] = set()
        n = 0
        for n, row in enumerate(_rows(out, kind), start=1):
            where = f"{kind.sheet}.csv:{n + 1}"
            if row[kind.key] in seen:
                errors.append(f"{where}: duplicate key {row[kind.key]}")
            seen.add(row[kind.key])
            errors += _row_errors(kind, row, keys, where)
            errors += _promises(kind, row, where, pairs, participants, commune_dept)
            if len(errors) >= limit:
                break
        counts[kind.sheet] = n
        if len(errors) >= limit:
            break
    if errors:
        raise AssertionError(f"{len(errors)} problems in the national dataset:\n" + "\n".join(errors[:limit]))
    return counts


def _row_errors(kind: NodeKind, row: Row, keys: dict[str, set[str]], where: str) -> list[str]:
    errors = []
    for column in kind.columns:
        raw = row[column.name]
        if len(raw) > MAX_CELL:
            errors.append(f"{where}: {column.name} longer than a spreadsheet cell")
        values = raw.split("|") if column.many and raw else [raw] if raw else []
        if not values and column.required:
            errors.append(f"{where}: {column.name} is required")
        for value in values:
            if not value or value != value.strip():
                errors.append(f"{where}: {column.name} has a blank or padded value {value!r}")
            elif isinstance(column, Link):
                if value not in keys[column.target]:
                    errors.append(f"{where}: {column.name}={value} does not exist")
            elif reason := _value_error(column, value):
                errors.append(f"{where}: {column.name}={value!r} {reason}")
    return errors


def _promises(kind: NodeKind, row: Row, where: str, pairs: dict[str, set[str]],
              participants: dict[str, tuple[set[str], int]], commune_dept: dict[str, str]) -> list[str]:
    """What the generator promises beyond the schema (sheets are read in schema order)."""
    errors = []
    label = kind.label
    if label == "Commune":
        commune_dept[row["code_insee"]] = row["code_departement"]
    if label in ("Centre", "Ecole", "Reseau") and not _FICTIONAL.search(row["nom"]):
        errors.append(f"{where}: {row['nom']!r} does not say it is fictional")
    if label == "Ecole":
        uai, dept = row["uai"], commune_dept.get(row["code_commune"], "")
        if uai[:3] != uai_prefix(dept) or int(uai[3:7]) < UAI_FIRST:
            errors.append(f"{where}: UAI {uai} outside the fictional range of département {dept}")
    elif label == "Centre" and not row["id_centre"].startswith(f"CS{commune_dept.get(row['code_commune'])}-"):
        errors.append(f"{where}: {row['id_centre']} does not name its département")
    elif label == "Partenariat":
        if row["uai"] in pairs[row["id_centre"]]:
            errors.append(f"{where}: a second partnership between {row['id_centre']} and {row['uai']}")
        pairs[row["id_centre"]].add(row["uai"])
    elif label == "Rencontre":
        year, mon, _ = parse_date(row["date"]) or (0, 1, 1)
        participants[row["id_rencontre"]] = (set(row["participants"].split("|")), year * 12 + mon - 1)
    elif label == "Pratique":
        if not set(row["uai"].split("|")) <= pairs[row["id_centre"]]:
            errors.append(f"{where}: a school that is not a partner of {row['id_centre']}")
        if row["rencontre"]:
            present, when = participants[row["rencontre"]]
            if row["id_centre"] not in present:
                errors.append(f"{where}: presented by a centre absent from {row['rencontre']}")
            if (parse_month(row["debut"]) or 0) >= when:
                errors.append(f"{where}: presented at {row['rencontre']} before it began")
        if row["fin"] and parse_month(row["fin"]) < parse_month(row["debut"]):
            errors.append(f"{where}: ends before it begins")
    elif label == "Situation" and re.search(r"\d|@|\brue\b|\bavenue\b", row["recit"]):
        errors.append(f"{where}: the narrative holds a digit, an e-mail or an address")
    return errors


def sheet_counts(out: Path) -> dict[str, int]:
    """Rows of each sheet in ``out`` (without checking them)."""
    return {kind.sheet: sum(1 for _ in _rows(out, kind)) for kind in KIND_LIST}

