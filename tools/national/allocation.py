"""How many schools of each kind each commune gets: expected counts, floors, the UAI ceiling, rounding.

Schools follow the population, less than proportionally for primary schools (villages have
their school, towns have fewer per inhabitant), and only above a threshold for secondary ones
(a collège in a bourg of 2,000 people, a lycée in a town of 8,000). Every commune of more than
2,000 people gets at least one primary school.

A département cannot hold more than :data:`~tools.national.common.UAI_CAPACITY` fictional
schools (the UAI numbers 9000–9999 that real schools never use), so the biggest départements
are capped and what they cannot hold goes to the others, in proportion (water-filling).
"""

from __future__ import annotations

import random
from collections import defaultdict

from tools.national.common import UAI_CAPACITY, systematic
from tools.national.world import Commune

GROUP_RULES: dict[str, tuple[float, int]] = {  # group → (exponent of the population, minimum population)
    "primary": (0.75, 1), "college": (0.75, 2_000), "lycee": (0.8, 8_000), "lycee_pro": (0.8, 6_000),
}
FLOOR_POPULATION = 2_000  # communes above this have at least one primary school
CAP_MARGIN = 10  # systematic rounding moves a département's total by at most 1 per group


def _fit(expected: dict[str, float], floors: dict[str, float], target: float) -> float:
    """The factor ``s`` such that Σ max(floor, s·expected) equals ``target`` (bisection; floors are kept)."""
    def total(s: float) -> float:
        return sum(max(floors.get(code, 0.0), s * value) for code, value in expected.items())

    low, high = 0.0, 1.0
    while total(high) < target and high < 1e9:
        high *= 2
    for _ in range(60):
        middle = (low + high) / 2
        low, high = (middle, high) if total(middle) < target else (low, middle)
    return high


def expected_counts(communes: list[Commune], totals: dict[str, int], room: dict[str, int],
                    notes: list[str]) -> dict[str, dict[str, float]]:
    """Group → commune code → expected number of schools, floors and the per-département ``room`` respected.

    ``totals`` gives the number of schools of each group of :data:`GROUP_RULES`; ``room`` the number of
    fictional schools each département can still take (its REP networks are already placed).
    """
    dept_of = {c.code: c.dept for c in communes}
    by_dept: dict[str, list[str]] = defaultdict(list)
    for c in communes:
        by_dept[c.dept].append(c.code)
    expected: dict[str, dict[str, float]] = {}
    for group, (exponent, minimum) in GROUP_RULES.items():
        weights = {c.code: c.population ** exponent for c in communes if c.population >= minimum}
        if not sum(weights.values()):  # tiny selections: fall back on the population
            weights = {c.code: float(c.population + 1) for c in communes}
        weight = sum(weights.values())
        expected[group] = {code: totals[group] * w / weight for code, w in weights.items()}
    big = sorted((c for c in communes if c.population > FLOOR_POPULATION), key=lambda c: (-c.population, c.code))
    floors = {c.code: 1.0 for c in big[:totals["primary"]]}
    if len(big) > totals["primary"]:
        notes.append(f"Écoles : {len(big) - totals['primary']} commune(s) de plus de {FLOOR_POPULATION} habitants "
                     "restent sans école primaire (trop peu d'écoles à cette échelle).")
    primary = expected["primary"]
    for code in floors:
        primary.setdefault(code, 0.0)
    factor = _fit(primary, floors, totals["primary"])
    expected["primary"] = {code: max(floors.get(code, 0.0), factor * v) for code, v in primary.items()}
    frozen = _cap(expected, totals, room, floors, dept_of, by_dept)
    if frozen:
        notes.append(f"Écoles : {len(frozen)} département(s) plafonné(s) à {UAI_CAPACITY} écoles fictives "
                     f"(numéros UAI 9000–9999), le surplus réparti ailleurs : {', '.join(frozen)}.")
    return expected


def _cap(expected: dict[str, dict[str, float]], totals: dict[str, int], room: dict[str, int],
         floors: dict[str, float], dept_of: dict[str, str], by_dept: dict[str, list[str]]) -> list[str]:
    """Water-filling: scale down the départements over their room, spread the surplus over the others.

    Changes ``expected`` in place; returns the départements that were capped.
    """
    frozen: set[str] = set()
    for _ in range(50):
        load: dict[str, float] = defaultdict(float)
        for values in expected.values():
            for code, value in values.items():
                load[dept_of[code]] += value
        over = sorted(d for d, v in load.items() if d not in frozen and v > room[d] - CAP_MARGIN)
        if not over:
            return sorted(frozen)
        for dept in over:
            codes = set(by_dept[dept])
            flat = {(g, code): v for g, values in expected.items() for code, v in values.items() if code in codes}
            dept_floors = {key: floors[key[1]] for key in flat if key[0] == "primary" and key[1] in floors}
            s = _fit(flat, dept_floors, max(0, room[dept] - CAP_MARGIN))
            for (g, code), v in flat.items():
                expected[g][code] = max(dept_floors.get((g, code), 0.0), s * v)
            frozen.add(dept)
        for group, values in expected.items():
            deficit = totals[group] - sum(values.values())
            free = {code: v for code, v in values.items() if dept_of[code] not in frozen}
            if deficit > 1e-9 and sum(free.values()) > 0:
                grow = 1 + deficit / sum(free.values())
                for code, v in free.items():
                    values[code] = v * grow
            elif deficit > 1e-6:
                raise RuntimeError(f"no room left for the {totals[group]} schools of group {group}")
    raise RuntimeError("the UAI ceiling could not be met")


def integer_counts(rng: random.Random, communes: list[Commune], expected: dict[str, dict[str, float]],
                   totals: dict[str, int]) -> dict[str, dict[str, int]]:
    """Group → commune → number of schools, rounded by systematic sampling over the communes in code order."""
    counts: dict[str, dict[str, int]] = {}
    for group, values in expected.items():
        codes = [c.code for c in communes if c.code in values]
        drawn = systematic(rng, [values[code] for code in codes], totals[group])
        counts[group] = {code: n for code, n in zip(codes, drawn) if n}
    return counts
