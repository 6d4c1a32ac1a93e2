"""The partnerships between centres and schools of their commune or nearby (sheet ``partenariats``).

Form, rhythm, objects, quality and contacts are drawn, and rows written, by the demo's code
(:func:`tools.demo.partnerships.draw_partnership`, :func:`~tools.demo.partnerships.partnership_row`);
what changes is the scale: candidates are found among the schools of the centre's commune and of
the nearest communes of its département (by the generated points), and the number of partnerships
is set nationally.
"""

from __future__ import annotations

import random
from collections import defaultdict

from tools.demo.common import weighted_sample
from tools.demo.partnerships import draw_partnership, partnership_row
from tools.national.common import SheetWriter, rng_for, scaled
from tools.national.geo import distance_km
from tools.national.world import School, World, is_evs

NEAR_KM = 6.0  # schools of communes closer than this are candidates
MIN_CANDIDATES = 12  # otherwise the nearest communes are added until there are this many
MAX_PER_CS, MAX_PER_EVS = 14, 4


def candidates_for(world: World, by_dept: dict[str, list[str]], centre: str) -> list[School]:
    """The schools a centre may work with: its commune's, then those of the nearest communes of its département."""
    home = world.communes[world.centres[centre]["code_commune"]]
    point = (home.lat, home.lon)
    found = [world.schools[u] for u in world.schools_by_commune.get(home.code, [])]
    others = sorted((distance_km(point, (world.communes[c].lat, world.communes[c].lon)), c)
                     for c in by_dept[home.dept] if c != home.code)
    for distance, code in others:
        if distance > NEAR_KM and len(found) >= MIN_CANDIDATES:
            break
        found += [world.schools[u] for u in world.schools_by_commune[code]]
    return found


def partnership_counts(world: World, rng: random.Random, candidates: dict[str, list[School]], total: int
                       ) -> dict[str, int]:
    """How many partnerships each centre has: 3–7 for a centre social, 1–3 for an EVS, adjusted to ``total``."""
    centres = list(world.centres)
    limit = {c: min(len(candidates[c]), MAX_PER_EVS if is_evs(world, c) else MAX_PER_CS) for c in centres}
    counts = {c: min(limit[c], rng.randint(1, 3) if is_evs(world, c) else rng.randint(3, 7)) for c in centres}
    growable = [c for c in centres if counts[c] < limit[c]]
    while sum(counts.values()) < total and growable:
        c = rng.choice(growable)
        counts[c] += 1
        if counts[c] >= limit[c]:
            growable.remove(c)
    shrinkable = [c for c in centres if counts[c] > 1]
    while sum(counts.values()) > total and shrinkable:
        c = rng.choice(shrinkable)
        counts[c] -= 1
        if counts[c] <= 1:
            shrinkable.remove(c)
    return counts


def build_partnerships(world: World, writer: SheetWriter) -> None:
    """Draw the partnerships of every centre, number them by start date, and write the sheet."""
    rng = rng_for(world.seed, "partenariats")
    by_dept: dict[str, list[str]] = defaultdict(list)
    for code in sorted(world.schools_by_commune):
        by_dept[world.communes[code].dept].append(code)
    candidates = {c: candidates_for(world, by_dept, c) for c in world.centres}
    counts = partnership_counts(world, rng, candidates, scaled("partenariats", world.scale))
    for centre in world.centres:
        home = world.centres[centre]["code_commune"]
        served = set(world.centres[centre]["qpv"].split("|")) - {""}
        weights = [(3 if s.commune == home else 1) * (0.4 if s.level.startswith("lycee") else 1)
                   * ((2.0 if served else 1.5) if s.priority != "hors_ep" else 1) for s in candidates[centre]]
        for school in weighted_sample(rng, candidates[centre], weights, counts[centre]):
            world.partnerships.append(draw_partnership(rng, world, centre, school))
    world.partnerships.sort(key=lambda p: (p.since, p.centre, p.uai))
    for n, p in enumerate(world.partnerships, start=1):
        p.id = f"PA-{n:05d}"
        world.by_centre.setdefault(p.centre, []).append(p)
        writer.write(partnership_row(rng, p))
    world.counts["partenariats"] = writer.count
