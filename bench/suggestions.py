"""Measure the suggestions « voulez-vous dire … ? » on people's spellings, to choose their thresholds.

    python -m bench.suggestions

Two labelled sets (``data/evaluation/suggestions-valeurs.csv`` and ``suggestions-colonnes.csv``): a value
typed in a cell of a list (or a column's header) and what the person meant — a term (a column), or nothing
when the text is unrelated or says the opposite of every term. Spellings the lists recognise outright are
counted apart (they need no suggestion; one recognised as the wrong term is an error).

For each way of measuring similarity and each threshold: the *precision* (of the suggestions made, the
share that is what the person meant) and the *recall* (of the typos, the share that gets the right
suggestion). The threshold kept is the lowest whose precision is 100 % for the measure used in
:mod:`graph.resemblance`, values and columns alike: a wrong suggestion, accepted in a hurry, changes
the data; a missing one only costs a look at the list of allowed values.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from graph import resemblance
from graph.resemblance import Scorer, suggest_term
from graph.schema import kind_for_sheet
from graph.text import fold, lenient, words
from graph.vocabularies import ALL as VOCABULARIES
from ingest.columns import recogniser

FOLDER = Path(__file__).resolve().parent.parent / "data" / "evaluation"
THRESHOLDS = tuple(range(50, 100, 5)) + (70, 72, 74, 76, 78, 82)

SCORERS: dict[str, Scorer] = {
    "OSA, plié ou souple (retenu)": resemblance.similarity,
    "ratio, plié ou souple": lambda a, b: max(fuzz.ratio(fold(a), fold(b)), fuzz.ratio(lenient(a), lenient(b))),
    "ratio, plié": lambda a, b: fuzz.ratio(fold(a), fold(b)),
    "WRatio, plié (avant)": lambda a, b: fuzz.WRatio(fold(a), fold(b)),
    "token_sort_ratio, mots": lambda a, b: fuzz.token_sort_ratio(words(a), words(b)),
    "OSA normalisé, plié": lambda a, b: 100 * OSA.normalized_similarity(fold(a), fold(b)),
}


@dataclass(frozen=True)
class Case:
    list_: str
    typed: str
    meant: str  # "" when nothing should be suggested


@dataclass(frozen=True)
class Score:
    made: int
    right: int
    typos: int

    @property
    def precision(self) -> float:
        return self.right / self.made if self.made else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.typos if self.typos else 1.0


def read(name: str) -> list[Case]:
    with (FOLDER / name).open(encoding="utf-8") as handle:
        return [Case(row[0], row[1], row[2]) for row in list(csv.reader(handle, delimiter=";"))[1:] if row]


def _vocabulary(name: str):  # noqa: ANN202 - a lookup for the bench only
    return next(v for v in VOCABULARIES if v.name == name)


def value_cases() -> tuple[list[Case], list[str]]:
    """The cases needing a suggestion, and the spellings recognised outright as the wrong term."""
    cases, wrong = [], []
    for case in read("suggestions-valeurs.csv"):
        code = _vocabulary(case.list_).code_for(case.typed)
        if code is None:
            cases.append(case)
        elif code != case.meant:
            wrong.append(f"{case.list_} : « {case.typed} » reconnu comme {code}")
    return cases, wrong


def column_cases() -> tuple[list[Case], list[str]]:
    cases, wrong = [], []
    for case in read("suggestions-colonnes.csv"):
        column = recogniser(kind_for_sheet(case.list_)).match(case.typed)
        if column is None:
            cases.append(case)
        elif column.name != case.meant:
            wrong.append(f"{case.list_} : « {case.typed} » reconnu comme {column.name}")
    return cases, wrong


def measure(cases: list[Case], suggest: Callable[[Case, float, Scorer], str | None], threshold: float,
            scorer: Scorer) -> tuple[Score, list[str]]:
    made = right = 0
    errors = []
    for case in cases:
        found = suggest(case, threshold, scorer)
        if found is None:
            continue
        made += 1
        if found == case.meant:
            right += 1
        else:
            errors.append(f"« {case.typed} » → {found} (voulu : {case.meant or 'rien'})")
    return Score(made, right, sum(1 for case in cases if case.meant)), errors


def suggest_value(case: Case, threshold: float, scorer: Scorer) -> str | None:
    return suggest_term(_vocabulary(case.list_), case.typed, threshold, scorer)


def suggest_column(case: Case, threshold: float, scorer: Scorer) -> str | None:
    column = recogniser(kind_for_sheet(case.list_)).resembling(case.typed, threshold, scorer)
    return column.name if column is not None else None


def lowest_exact(cases: list[Case], suggest: Callable[[Case, float, Scorer], str | None]) -> int:
    """The lowest whole threshold at which every suggestion of the retained measure is right."""
    return next(t for t in range(40, 101) if measure(cases, suggest, t, resemblance.similarity)[0].precision == 1.0)


def report(title: str, cases: list[Case], wrong: list[str], suggest: Callable[[Case, float, Scorer], str | None],
           kept: float) -> None:
    typos = sum(1 for case in cases if case.meant)
    print(f"\n## {title} — {len(cases)} cas à suggérer ({typos} fautes, {len(cases) - typos} sans rapport ou "
          f"de sens contraire)")
    for line in wrong:
        print(f"  ERREUR reconnu directement : {line}")
    print(f"{'mesure':34} " + " ".join(f"{t:>9}" for t in THRESHOLDS))
    for name, scorer in SCORERS.items():
        cells = []
        for threshold in sorted(THRESHOLDS):
            score, _ = measure(cases, suggest, threshold, scorer)
            cells.append(f"{100 * score.precision:3.0f}/{100 * score.recall:3.0f}")
        print(f"{name:34} " + " ".join(f"{cell:>9}" for cell in cells))
    lowest = lowest_exact(cases, suggest)
    score, errors = measure(cases, suggest, kept, resemblance.similarity)
    print(f"(précision/rappel, en %). Plus bas seuil à 100 % de précision : {lowest}. Seuil retenu : {kept} → "
          f"précision {100 * score.precision:.0f} %, rappel {100 * score.recall:.0f} % "
          f"({score.right} sur {score.typos}).")
    for line in errors:
        print(f"  suggestion fausse : {line}")
    missed = [case for case in cases if case.meant and suggest(case, kept, resemblance.similarity) != case.meant]
    print("  fautes sans suggestion : " + ", ".join(f"« {case.typed} »" for case in missed))


def main() -> None:
    global THRESHOLDS
    THRESHOLDS = tuple(sorted(set(THRESHOLDS)))
    print("# Suggestions « voulez-vous dire … ? » : précision et rappel selon le seuil")
    values, wrong_values = value_cases()
    report("Valeurs des listes", values, wrong_values, suggest_value, resemblance.VALUE_THRESHOLD)
    columns, wrong_columns = column_cases()
    report("Noms de colonnes", columns, wrong_columns, suggest_column, resemblance.COLUMN_THRESHOLD)


if __name__ == "__main__":
    main()
