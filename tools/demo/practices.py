"""The practices of the centres, whose outcome depends on their configuration (sheet ``pratiques``)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any, Protocol

from graph import vocabularies as voc
from tools.demo.common import REFERENCE, Row, label, labels, month, rng_for, typed_month, weighted_sample
from tools.demo.model import (
    MEETING_MONTH,
    N_DRAFTS,
    N_EN_COURS,
    N_PRACTICES,
    OUTCOME_SHARES,
    PRESENTED,
    level_group,
    practice_score,
)
from tools.demo.phrases_families import FAMILIES
from tools.demo.phrases_practices import (
    CAUSES,
    EVS_RESSOURCES,
    FREQUENCY_FAIT_MARCHER,
    PRESENTED_OUTILS,
    PREUVES,
    PRIORITY_OPPORTUNITES,
    QUALITY_FAVORISE,
    REUSED,
    SEVERAL_SCHOOLS,
)
from tools.demo.world import HasCentres, Partnership, Practice, School, World, has_clas, is_evs


def build_practices(world: World) -> None:
    """Draw the practices of each centre, rank them by score to set their outcome, date them, write their rows."""
    rng = rng_for("pratiques")
    by_centre: dict[str, list[Partnership]] = {c: [] for c in world.centres}
    for p in world.partnerships:
        by_centre[p.centre].append(p)
    counts = {c: 1 for c in world.centres}
    for c in rng.choices(list(counts), [len(by_centre[c]) for c in counts], k=N_PRACTICES - len(counts)):
        counts[c] += 1
    used = {f["key"]: 0 for f in FAMILIES}
    for centre in world.centres:
        partners = rng.sample(by_centre[centre], len(by_centre[centre]))
        for n in range(counts[centre]):
            p = partners[n % len(partners)]
            level = world.schools[p.uai].level
            families = [f for f in FAMILIES if level in f["levels"] and (has_clas(world, centre) or not f["clas"])]
            weights = [(2 if set(f["themes"]) & set(p.objets) else 1) * (1.6 if f["levels"][level] < 0 else 1)
                       / (1 + used[f["key"]]) for f in families]
            family = rng.choices(families, weights)[0]
            used[family["key"]] += 1
            world.practices.append(Practice(centre, p, family, practice_score(world, family, p, rng.gauss(0, 0.6))))
    # Ten are still running (dated last, see set_dates). The others are ranked by score: the best ones worked.
    ongoing = set(rng.sample(range(len(world.practices)), N_EN_COURS))
    finished = sorted((pr for i, pr in enumerate(world.practices) if i not in ongoing), key=lambda pr: -pr.score)
    for i in ongoing:
        world.practices[i].resultat = "en_cours"
    start = 0
    for outcome, count in OUTCOME_SHARES:
        for pr in finished[start:start + count]:
            pr.resultat = outcome
        start += count
    assign_meetings(world, rng)
    set_dates(world, rng)
    for pr in rng.sample([pr for pr in world.practices if not pr.rencontre], N_DRAFTS):  # not yet validated
        pr.draft = True
    world.practices.sort(key=lambda pr: (pr.debut, pr.centre, pr.family["key"]))
    for n, pr in enumerate(world.practices, start=1):
        pr.id = f"PR-{n:03d}"
    world.rows["pratiques"] = [practice_row(world, rng, pr, inspired(world, pr)) for pr in world.practices]


def assign_meetings(world: World, rng: random.Random) -> None:
    """Who came to each meeting (R3 welcomes newcomers), then which practices were presented there."""
    centres = sorted(world.centres)
    weight = {c: 1 + sum(pr.centre == c for pr in world.practices) for c in centres}
    members = [c for c in centres if world.centres[c]["adherent"] == "oui"]
    r1 = weighted_sample(rng, members, [weight[c] for c in members], 14)
    r2 = rng.sample(r1, 10) + weighted_sample(rng, [c for c in members if c not in r1],
                                              [weight[c] for c in members if c not in r1], 7)
    veterans = sorted(set(r1) | set(r2))
    newcomers = [c for c in centres if c not in veterans]
    r3 = rng.sample(veterans, 14) + weighted_sample(rng, newcomers, [weight[c] for c in newcomers], 8)
    world.participants = {"R1": sorted(r1), "R2": sorted(r2), "R3": sorted(r3)}
    for meeting, quota in PRESENTED.items():
        order = rng.sample(world.participants[meeting], len(world.participants[meeting]))
        allowed = ("a_marche", "en_partie", "n_a_pas_marche") if meeting == "R3" else ("a_marche", "en_partie")
        presented = 0
        while presented < quota:
            progress = False
            for centre in order:
                eligible = [pr for pr in world.practices if pr.centre == centre and not pr.rencontre
                            and pr.resultat in allowed and pr.partnership.since <= MEETING_MONTH[meeting] - 4]
                if eligible and presented < quota:
                    rng.choice(eligible).rencontre = meeting
                    presented += 1
                    progress = True
            if not progress:
                break


def set_dates(world: World, rng: random.Random) -> None:
    """Start and end months of each practice (consistent with its outcome and meeting), and its other schools."""
    for pr in world.practices:
        date_practice(rng, pr, MEETING_MONTH[pr.rencontre] if pr.rencontre else 0)
        others = [p for p in world.partnerships if p.centre == pr.centre and p is not pr.partnership
                  and p.since <= pr.debut]
        group = level_group(world.schools[pr.partnership.uai].level)
        same = [p for p in others if level_group(world.schools[p.uai].level) == group]
        extra = rng.sample(same or others, min(len(same or others), rng.choices((0, 1, 2), (55, 30, 15))[0]))
        pr.uais = [pr.partnership.uai] + [p.uai for p in extra]


def date_practice(rng: random.Random, pr: Any, meeting_month: int) -> None:
    """Set the start and end months of ``pr`` (a practice of either world) from its outcome and, when it was
    presented (``pr.rencontre``), the month of its meeting: started three months before at the latest, and a
    failure stopped by then. Shared with :func:`tools.national.practices.set_dates`."""
    since = pr.partnership.since
    if pr.resultat == "en_cours":
        pr.debut = rng.randint(month(2024, 9), month(2025, 1))
    else:
        high = meeting_month - 3 if pr.rencontre else month(2024, 3)
        low = min(max(since, month(2014, 9) if pr.rencontre else month(2015, 1)), high)
        pr.debut = rng.randint(low, high)
        septembers = [m for m in range(low, high + 1) if m % 12 == 8]
        if septembers and (rng.random() < 0.4 or pr.debut % 12 in (6, 7)):  # rarely in July or August
            pr.debut = rng.choice(septembers)
    if pr.resultat == "n_a_pas_marche":
        last = meeting_month - 1 if pr.rencontre else REFERENCE
        pr.fin = min(pr.debut + rng.randint(2, 10), last)
    elif pr.resultat in ("a_marche", "en_partie") and rng.random() < (0.45 if pr.resultat == "a_marche" else 0.6):
        fin = pr.debut + rng.randint(6, 36)
        pr.fin = fin if fin <= REFERENCE else None


def titles_for(family: dict, level: str) -> list[str]:
    """The titles of ``family`` that do not name another kind of school than ``level``, where it matters."""
    if family["levels"][level] >= 1:  # the family is made for this level: all its titles fit
        return list(family["titles"])
    wrong = {"collège": level != "college", "collégien": level != "college",
             "parcoursup": not level.startswith("lycee"), "maternelle": level not in ("maternelle", "primaire")}
    fitting = [t for t in family["titles"] if not any(word in t.lower() for word, bad in wrong.items() if bad)]
    return fitting or list(family["titles"])


def inspired(world: World, pr: Practice) -> bool:
    """Whether another centre presented a practice of the same family at a meeting before ``pr`` began."""
    return any(o.family is pr.family and o.centre != pr.centre and o.rencontre and MEETING_MONTH[o.rencontre] < pr.debut
               for o in world.practices)


class PracticeWorld(HasCentres, Protocol):
    """What :func:`practice_row` reads of a world: the demo's or the national one."""

    schools: dict[str, School]


def practice_row(world: PracticeWorld, rng: random.Random, pr: Any, reused: bool) -> Row:
    """The row of ``pr``: the family's grid, completed by sentences that depend on its configuration and outcome.

    Shared with :mod:`tools.national.practices` (``pr`` is a practice of either world). ``reused`` says whether another centre presented a
    practice of the same family at a meeting before this one began (:func:`inspired` here, a
    precomputed index at national scale); only causes the phrase bank knows are given.
    """
    f, p = pr.family, pr.partnership
    school = world.schools[p.uai]

    def pick(options: Sequence[str]) -> str:
        return rng.choice(options)

    description = [pick(f["description"])]
    if len(pr.uais) > 1:
        description.append(SEVERAL_SCHOOLS[len(pr.uais)])
    if reused and rng.random() < 0.6:
        description.append(REUSED)
    favorise = [pick(f["favorise"])] + ([pick(QUALITY_FAVORISE[p.qualite])] if rng.random() < 0.6 else [])
    steady = p.frequence in ("hebdomadaire", "continue", "mensuelle")  # what regular families need
    fait = [pick(f["fait_marcher"])] + ([pick(FREQUENCY_FAIT_MARCHER[p.frequence])]
                                        if (steady if f["regular"] else not steady and rng.random() < 0.5) else [])
    evs = is_evs(world, pr.centre)
    ressources = [pick(f["ressources"])] + ([pick(EVS_RESSOURCES)] if evs else [])
    opportunites = [pick(f["opportunites"])]
    opportunites += [pick(PRIORITY_OPPORTUNITES[school.priority])] if rng.random() < 0.5 else []
    outils = [pick(f["outils"])] + ([PRESENTED_OUTILS] if pr.rencontre and rng.random() < 0.4 else [])
    obstacles = [pick(f["obstacles"])]
    if pr.resultat in ("en_partie", "n_a_pas_marche"):
        causes = []
        if f["levels"][school.level] < 0:
            causes.append("level_" + ("lycee" if school.level.startswith("lycee") else school.level))
        if p.qualite in ("fragile", "a_construire"):
            causes.append(p.qualite)
        if f["regular"] and p.frequence in ("ponctuelle", "trimestrielle"):
            causes.append("irregular")
        if evs:
            causes.append("evs")
        causes = [c for c in causes if c in CAUSES][:2] or ["partial" if pr.resultat == "en_partie" else "failed"]
        tail = obstacles if pr.resultat == "en_partie" else [pick(CAUSES["failed"])]
        obstacles = [pick(CAUSES[c]) for c in causes] + tail
    unit, low, high = f["unit"]
    if pr.resultat == "a_marche":
        preuve = f["preuve"].format(a=rng.randint(*f["a"]), b=rng.randint(*f["b"]))
    else:
        x = rng.randint(low, high) if pr.resultat != "n_a_pas_marche" else rng.randint(3, max(3, low))
        preuve = pick(PREUVES[pr.resultat]).format(x=x, unit=unit)
    return {
        "id_pratique": pr.id, "titre": pick(titles_for(f, school.level)), "description": " ".join(description),
        "themes": labels(voc.THEME, f["themes"]), "public": labels(voc.PUBLIC, f["public"]),
        "favorise": " ".join(favorise), "fait_marcher": " ".join(fait), "ressources": " ".join(ressources),
        "opportunites": " ".join(opportunites), "outils": " ".join(outils), "obstacles": " ".join(obstacles),
        "resultat": label(voc.PRACTICE_OUTCOME, pr.resultat), "preuves": preuve,
        "debut": typed_month(rng, pr.debut), "fin": typed_month(rng, pr.fin) if pr.fin is not None else "",
        "statut": label(voc.CONTRIBUTION_STATUS, "brouillon" if pr.draft else "valide"),
        "id_centre": pr.centre, "uai": "|".join(pr.uais), "rencontre": pr.rencontre}
