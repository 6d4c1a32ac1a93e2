"""The row of a practice: the family's analysis grid completed by sentences that depend on its
configuration and outcome — the demo's :func:`tools.demo.practices.practice_row`, made linear.

The demo tells whether a practice reuses one presented by another centre by scanning every
practice; here :class:`Reuse` remembers, per family, the first presentations, so a row costs
the same whatever the number of practices.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from graph import vocabularies as voc
from tools.demo.common import Row, label, labels, typed_month
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
from tools.demo.practices import titles_for
from tools.national.world import Practice, World, is_evs


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


def practice_row(world: World, rng: random.Random, pr: Practice, reuse: Reuse) -> Row:
    """The row of ``pr``: the family's grid, completed by sentences that depend on its configuration and outcome."""
    f, p = pr.family, pr.partnership
    school = world.schools[p.uai]

    def pick(options: Sequence[str]) -> str:
        return rng.choice(options)

    description = [pick(f["description"])]
    if len(pr.uais) > 1:
        description.append(SEVERAL_SCHOOLS[len(pr.uais)])
    if reuse.inspired(pr) and rng.random() < 0.6:
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
