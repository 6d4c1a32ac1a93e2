"""The partnerships between centres and schools of their commune or nearby (sheet ``partenariats``).

Form, rhythm, objects, quality and contacts are drawn with the demo's model
(:mod:`tools.demo.model`, :func:`tools.demo.partnerships.roles_for`); what changes is the scale:
candidates are found among the schools of the centre's commune and of the nearest communes of
its département (by the generated points), and the number of partnerships is set nationally.
"""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

from graph import vocabularies as voc
from tools.demo.common import label, labels, month, typed_month, weighted_sample
from tools.demo.model import FORM_FREQUENCIES, FORMS, OBJECT_WEIGHTS, level_group, partnership_quality
from tools.demo.partnerships import roles_for
from tools.national.common import SheetWriter, rng_for, scaled
from tools.national.geo import distance_km
from tools.national.world import Partnership, School, World, is_evs

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
    objects = voc.PARTNERSHIP_OBJECT.codes
    duck: Any = world  # the demo's roles_for reads world.centres, as the national world has it
    for centre in world.centres:
        home = world.centres[centre]["code_commune"]
        served = set(world.centres[centre]["qpv"].split("|")) - {""}
        weights = [(3 if s.commune == home else 1) * (0.4 if s.level.startswith("lycee") else 1)
                   * ((2.0 if served else 1.5) if s.priority != "hors_ep" else 1) for s in candidates[centre]]
        for school in weighted_sample(rng, candidates[centre], weights, counts[centre]):
            form = rng.choices(list(FORMS), list(FORMS.values()))[0]
            frequency = rng.choices(list(FORM_FREQUENCIES[form]), list(FORM_FREQUENCIES[form].values()))[0]
            since = month(rng.randint(2006, 2023), 9 if rng.random() < 0.5 else rng.randint(1, 12))
            chosen = weighted_sample(rng, list(objects), list(OBJECT_WEIGHTS[level_group(school.level)]),
                                     rng.choices((1, 2, 3), (3, 4.5, 2.5))[0])
            world.partnerships.append(Partnership(
                "", centre, school.uai, form, frequency, [o for o in objects if o in chosen],
                partnership_quality(rng, since, form, frequency), since, roles_for(rng, duck, centre, school, form)))
    world.partnerships.sort(key=lambda p: (p.since, p.centre, p.uai))
    for n, p in enumerate(world.partnerships, start=1):
        p.id = f"PA-{n:05d}"
        world.by_centre.setdefault(p.centre, []).append(p)
        writer.write({
            "id_partenariat": p.id, "forme": label(voc.PARTNERSHIP_FORM, p.forme),
            "frequence": label(voc.FREQUENCY, p.frequence), "objets": labels(voc.PARTNERSHIP_OBJECT, p.objets),
            "qualite": label(voc.QUALITY, p.qualite), "depuis": typed_month(rng, p.since),
            "interlocuteurs": labels(voc.ROLE, p.roles),
            "statut": label(voc.CONTRIBUTION_STATUS, "valide" if rng.random() < 0.92 else "brouillon"),
            "id_centre": p.centre, "uai": p.uai})
    world.counts["partenariats"] = writer.count
