"""Shared basics of the demo generator: paths and seed, the demo's calendar, random streams, cell formats."""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path

from graph import vocabularies as voc

ROOT = Path(__file__).resolve().parents[2]
OPENDATA = ROOT / "data" / "opendata"
SEED = "passerelles-demo-95"
DEPARTEMENT = ("95", "Val-d'Oise")
Row = dict[str, str]


def month(year: int, mon: int) -> int:
    """A month as one integer (year * 12 + month - 1), easy to compare and to add to."""
    return year * 12 + mon - 1


REFERENCE = month(2025, 5)  # the demo's "today": nothing happens after this month
# French month names, in full and abbreviated, as people type them in a cell.
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
ABBR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")


def rng_for(name: str) -> random.Random:
    """One independent, reproducible stream per sheet: editing one sheet leaves the others alone."""
    return random.Random(f"{SEED}:{name}")


def label(vocabulary: voc.Vocabulary, code: str) -> str:
    """The French label of ``code`` in ``vocabulary``, as the workbook shows it; raise on an unknown code."""
    if code not in vocabulary.codes:
        raise ValueError(f"{code!r} is not a code of {vocabulary.name}")
    return vocabulary.label(code)


def labels(vocabulary: voc.Vocabulary, codes: Iterable[str]) -> str:
    """The labels of ``codes``, joined with ``|`` for a multi-valued cell."""
    return "|".join(label(vocabulary, code) for code in codes)


def decimal(value: float, places: int) -> str:
    """A number with ``places`` decimals and a decimal comma, as French Excel writes it."""
    return f"{value:.{places}f}".replace(".", ",")


def month_text(m: int, style: str = "num") -> str:
    """Month ``m`` (see :func:`month`) as ``09/2016`` (num), ``septembre 2016`` (long), ``sept. 2016`` (abbr)
    or ``2016-09`` (iso)."""
    year, index = divmod(m, 12)
    return {"num": f"{index + 1:02d}/{year}", "long": f"{MONTHS[index]} {year}",
            "abbr": f"{ABBR[index]} {year}", "iso": f"{year}-{index + 1:02d}"}[style]


def typed_month(rng: random.Random, m: int) -> str:
    """A month as people type it: mostly 09/2016, sometimes septembre 2016, sept. 2016 or 2016-09."""
    return month_text(m, rng.choices(("num", "long", "abbr", "iso"), (55, 20, 15, 10))[0])


def weighted_sample(rng: random.Random, items: list, weights: list[float], k: int) -> list:
    """Up to ``k`` distinct items, drawn one by one with probabilities proportional to ``weights``."""
    items, weights, chosen = list(items), list(weights), []
    while items and len(chosen) < k:
        index = rng.choices(range(len(items)), weights)[0]
        chosen.append(items.pop(index))
        weights.pop(index)
    return chosen
