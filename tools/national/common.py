"""Shared basics of the national generator: seeds, sizes, apportionment, UAI stems and the streaming CSV writer.

Everything random comes from :func:`rng_for`, one :class:`random.Random` per purpose, seeded with a
string (``random.Random(str)`` hashes it with SHA-512, so PYTHONHASHSEED plays no part).
"""

from __future__ import annotations

import csv
import math
import random
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Self

from graph import identifiers as ids
from graph.schema import NodeKind

SEED = "passerelles-national"
Row = dict[str, str]

# Sizes at --scale 1.0 (France, see docs/DOMAIN "Orders of magnitude").
BASE_COUNTS: dict[str, int] = {
    "ecoles": 60_000, "reseaux": 1_100, "centres_sociaux": 2_300, "evs": 1_500, "partenariats": 20_000,
    "pratiques": 30_000, "situations": 3_000, "rencontres": 300, "questions": 1_500, "outils": 20,
}
MINIMUM_COUNTS: dict[str, int] = {
    "ecoles": 60, "reseaux": 2, "centres_sociaux": 6, "evs": 3, "partenariats": 20, "pratiques": 30,
    "situations": 10, "rencontres": 3, "questions": 10, "outils": 7,
}
UAI_FIRST, UAI_LAST = 9000, 9999  # 4th–7th characters of every fictional UAI: never used by real ones
UAI_CAPACITY = UAI_LAST - UAI_FIRST + 1  # fictional schools a département can hold


def rng_for(seed: int, name: str) -> random.Random:
    """One independent, reproducible stream per purpose and per ``--seed``."""
    return random.Random(f"{SEED}:{seed}:{name}")


def scaled(name: str, scale: float) -> int:
    """How many rows of ``name`` (a key of :data:`BASE_COUNTS`) at ``scale``, never below its minimum."""
    return max(MINIMUM_COUNTS[name], round(BASE_COUNTS[name] * scale))


def systematic(rng: random.Random, expected: Sequence[float], total: int) -> list[int]:
    """Integer counts whose sum is ``total``, each the floor or the ceiling of ``expected`` (rescaled to ``total``).

    Systematic sampling: one random offset, then a unit every time the running sum crosses an integer.
    Any run of consecutive items gets the floor or the ceiling of its expected sum, and an item
    expected at 1 or more always gets at least 1.

    >>> systematic(random.Random(1), [0.5, 1.5, 2.0, 0.0], 4)
    [0, 2, 2, 0]
    """
    weight = math.fsum(expected)
    if total <= 0 or weight <= 0:
        return [0] * len(expected)
    factor, offset = total / weight, rng.random()
    counts, running, previous = [], 0.0, math.floor(offset)
    for index, value in enumerate(expected):
        running += value * factor
        if index == len(expected) - 1:
            running = float(total)  # no rounding drift at the end
        current = math.floor(running + offset)
        counts.append(current - previous)
        previous = current
    return counts


def largest_remainder(shares: dict[str, float], total: int) -> dict[str, int]:
    """``total`` split in proportion to ``shares``, rounded by largest remainder (ties by key order).

    >>> largest_remainder({"a": 1, "b": 1, "c": 1}, 10)
    {'a': 4, 'b': 3, 'c': 3}
    """
    weight = sum(shares.values())
    raw = {key: total * value / weight for key, value in shares.items()}
    counts = {key: math.floor(value) for key, value in raw.items()}
    for key in sorted(raw, key=lambda k: (-(raw[k] - counts[k]), list(shares).index(k)))[:total - sum(counts.values())]:
        counts[key] += 1
    return counts


def weighted_order(rng: random.Random, items: Sequence, weights: Sequence[float]) -> list:
    """``items`` in a random order where heavier ones tend to come first (Efraimidis–Spirakis keys).

    Taking the first ``k`` gives a weighted sample without replacement in O(n log n); items of
    weight 0 come last.
    """
    keys = [(rng.random() ** (1.0 / w) if w > 0 else -1.0, i) for i, w in enumerate(weights)]
    keys.sort(key=lambda pair: (-pair[0], pair[1]))
    return [items[i] for _, i in keys]


def dept_of_qpv(code: str) -> str:
    """The département of a QPV code, whose 3rd–5th characters hold it on three: QP095→95, QP02A→2A, QP971→971.

    >>> [dept_of_qpv(c) for c in ("QP095005", "QP02A001", "QP971013")]
    ['95', '2A', '971']
    """
    three = code[2:5]
    return three.removeprefix("0")


def uai_prefix(dept: str) -> str:
    """The first three characters of the UAIs of a département: 059, 095, 971; 620 and 720 for Corsica.

    >>> [uai_prefix(d) for d in ("01", "95", "2A", "2B", "974")]
    ['001', '095', '620', '720', '974']
    """
    return {"2A": "620", "2B": "720"}.get(dept, dept if len(dept) == 3 else "0" + dept)


def fictional_uai(dept: str, number: int) -> str:
    """The UAI of fictional school ``number`` (9000–9999) of ``dept``, with its check letter.

    >>> fictional_uai("95", 9000), fictional_uai("2A", 9123)
    ('0959000S', '6209123X')
    """
    if not UAI_FIRST <= number <= UAI_LAST:
        raise ValueError(f"UAI number {number} outside the fictional range {UAI_FIRST}–{UAI_LAST}")
    stem = f"{uai_prefix(dept)}{number:04d}"
    return stem + ids.uai_check_letter(stem)


class SheetWriter:
    """Writes one sheet as ``<sheet>.csv`` row by row: UTF-8 with BOM, ``;``, CRLF, the schema's columns in order."""

    def __init__(self, out: Path, kind: NodeKind) -> None:
        self.kind = kind
        self.header = [column.name for column in kind.columns]
        self._known = frozenset(self.header)
        self._handle = (out / f"{kind.sheet}.csv").open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._handle, delimiter=";", lineterminator="\r\n")
        self._writer.writerow(self.header)
        self.count = 0

    def write(self, row: Row) -> None:
        """Write one row (a dict of column name → cell text); raise on a column the schema does not have."""
        if not self._known.issuperset(row):
            raise KeyError(f"{self.kind.sheet}: columns not in the schema: {sorted(set(row) - self._known)}")
        self._writer.writerow([row.get(name, "") for name in self.header])
        self.count += 1

    def write_all(self, rows: Iterable[Row]) -> int:
        """Write every row of ``rows``; return how many rows the sheet now has."""
        for row in rows:
            self.write(row)
        return self.count

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()
