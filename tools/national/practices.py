"""The practices of the centres, whose outcome depends on their configuration (sheet ``pratiques``).

The demo's model at national scale: each centre draws practices from the families of the demo's
phrase bank that fit its partnerships, a score says how well the configuration suits the family
(:func:`tools.demo.model.practice_score`), the best-scored worked; some were presented at a
meeting their centre attended. Rows are written one by one with the demo's
:func:`tools.demo.practices.practice_row`; :class:`Reuse` tells, without scanning every practice,
whether a practice reuses one presented by another centre, so a row costs the same whatever their number.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from tools.demo.model import level_group, practice_score
from tools.demo.phrases_families import FAMILIES
from tools.demo.practices import date_practice, practice_row
from tools.national.common import SheetWriter, largest_remainder, rng_for, scaled
from tools.national.world import Meeting, Partnership, Practice, World, has_clas

# As in the demo (10 running out of 120; of the 110 finished: 66 worked, 30 partly, 14 not; 18 drafts).
EN_COURS_SHARE = 10 / 120
OUTCOME_SHARES = {"a_marche": 66.0, "en_partie": 30.0, "n_a_pas_marche": 14.0}
DRAFT_SHARE = 18 / 120
PRESENTED_SHARE = {"a_marche": 0.3, "en_partie": 0.3, "n_a_pas_marche": 0.12}  # of those whose centre came


class Reuse:
    """For each family, the two earliest presentations at a meeting by two different centres."""

    def __init__(self, practices: Sequence[Practice]) -> None:
        firsts: dict[str, list[tuple[int, str]]] = {}
        for pr in practices:
            if not pr.rencontre:
                continue
            known = firsts.setdefault(pr.family["key"], [])
            known.append((pr.meeting_month, pr.centre))
            known.sort()
            kept: list[tuple[int, str]] = []
            for entry in known:  # the earliest entry of each of the first two centres
                if all(entry[1] != k[1] for k in kept) and len(kept) < 2:
                    kept.append(entry)
            firsts[pr.family["key"]] = kept
        self._firsts = firsts

    def inspired(self, pr: Practice) -> bool:
        """Whether another centre presented a practice of the same family at a meeting before this one began."""
        return any(centre != pr.centre and when < pr.debut for when, centre in self._firsts.get(pr.family["key"], []))


def practice_counts(world: World, rng: random.Random, total: int) -> dict[str, int]:
    """How many practices each centre (with partnerships) carries: one each, the rest by partnership count."""
    centres = [c for c in world.centres if world.by_centre.get(c)]
    counts = {c: 1 if total >= len(centres) else 0 for c in centres}
    extra = total - sum(counts.values())
    for c in rng.choices(centres, [len(world.by_centre[c]) for c in centres], k=extra):
        counts[c] += 1
    return counts


def draw_practices(world: World, rng: random.Random, total: int) -> None:
    """Draw each practice's partnership and family, the families balanced within each département."""
    duck: Any = world  # the demo's practice_score reads world.schools and world.centres, as this world has them
    used: dict[tuple[str, str], int] = defaultdict(int)
    for centre, count in practice_counts(world, rng, total).items():
        dept = world.dept_of_centre(centre)
        partners = rng.sample(world.by_centre[centre], len(world.by_centre[centre]))
        for n in range(count):
            p = partners[n % len(partners)]
            level = world.schools[p.uai].level
            families = [f for f in FAMILIES if level in f["levels"] and (has_clas(world, centre) or not f["clas"])]
            weights = [(2 if set(f["themes"]) & set(p.objets) else 1) * (1.6 if f["levels"][level] < 0 else 1)
                       / (1 + used[(dept, f["key"])] / 3) for f in families]
            family = rng.choices(families, weights)[0]
            used[(dept, family["key"])] += 1
            world.practices.append(Practice(centre, p, family, practice_score(duck, family, p, rng.gauss(0, 0.6))))


def set_outcomes(world: World, rng: random.Random) -> None:
    """A twelfth are still running; the others are ranked by score, and the best ones worked."""
    ongoing = set(rng.sample(range(len(world.practices)), round(len(world.practices) * EN_COURS_SHARE)))
    for i in ongoing:
        world.practices[i].resultat = "en_cours"
    finished = sorted((pr for i, pr in enumerate(world.practices) if i not in ongoing), key=lambda pr: -pr.score)
    start = 0
    for outcome, count in largest_remainder(OUTCOME_SHARES, len(finished)).items():
        for pr in finished[start:start + count]:
            pr.resultat = outcome
        start += count


def present(world: World, rng: random.Random) -> None:
    """Some finished practices were presented at a meeting their centre came to, at least four months after
    their partnership began."""
    attended: dict[str, list[Meeting]] = defaultdict(list)
    for m in world.meetings:
        for c in m.participants:
            attended[c].append(m)
    for pr in world.practices:
        if pr.resultat == "en_cours" or not attended[pr.centre]:
            continue
        eligible = [m for m in attended[pr.centre] if m.month - 4 >= pr.partnership.since]
        if eligible and rng.random() < PRESENTED_SHARE[pr.resultat]:
            meeting = rng.choice(eligible)
            pr.rencontre, pr.meeting_month = meeting.id, meeting.month


def set_dates(world: World, rng: random.Random) -> None:
    """Start and end months of each practice (consistent with its outcome and meeting), and its other schools.

    The demo's rules (:func:`tools.demo.practices.date_practice`), with each practice's own meeting month;
    the other schools are drawn from the centre's partnerships only when it has others (no draw otherwise).
    """
    for pr in world.practices:
        date_practice(rng, pr, pr.meeting_month)
        pr.uais = [pr.partnership.uai] + [p.uai for p in _other_schools(world, rng, pr)]


def _other_schools(world: World, rng: random.Random, pr: Practice) -> list[Partnership]:
    """Other partner schools of the centre, already partners when the practice began, preferably of the same kind."""
    others = [p for p in world.by_centre[pr.centre] if p is not pr.partnership and p.since <= pr.debut]
    if not others:
        return []
    group = level_group(world.schools[pr.partnership.uai].level)
    same = [p for p in others if level_group(world.schools[p.uai].level) == group] or others
    return rng.sample(same, min(len(same), rng.choices((0, 1, 2), (55, 30, 15))[0]))


def build_practices(world: World, writer: SheetWriter) -> None:
    """Draw, rank, present, date and number the practices, then write their rows one by one."""
    rng = rng_for(world.seed, "pratiques")
    draw_practices(world, rng, scaled("pratiques", world.scale))
    set_outcomes(world, rng)
    present(world, rng)
    set_dates(world, rng)
    quiet = [i for i, pr in enumerate(world.practices) if not pr.rencontre]
    for i in rng.sample(quiet, min(len(quiet), round(len(world.practices) * DRAFT_SHARE))):  # not yet validated
        world.practices[i].draft = True
    world.practices.sort(key=lambda pr: (pr.debut, pr.centre, pr.family["key"]))
    for n, pr in enumerate(world.practices, start=1):
        pr.id = f"PR-{n:05d}"
    reuse = Reuse(world.practices)
    text_rng = rng_for(world.seed, "pratiques:textes")
    for pr in world.practices:
        writer.write(practice_row(world, text_rng, pr, reuse.inspired(pr)))
    world.counts["pratiques"] = writer.count
