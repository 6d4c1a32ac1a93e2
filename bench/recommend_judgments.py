"""Write the graded relevance judgments of the recommendation evaluation set (``data/evaluation/jugements.csv``).

    python -m bench.recommend_judgments

The judgments are written from the domain, not from the method: they read what the demo's generator
knows and the graph does not show — the *family* each practice belongs to (« café des parents »,
« fiche de liaison CLAS–enseignants »…), the school levels it is made for, whether it needs a CLAS, a
regular rhythm, a solid partnership or the resources of éducation prioritaire (``tools/demo``) — and
apply the rule a federation adviser would: is this practice worth a phone call for this centre, with this
problem, at this level?

- **0** — it does not address the problem (no theme of the problem among the family's), or it is not made
  for the school level concerned, or it needs a CLAS the centre does not run, or it did not work;
- otherwise its **fit** to the configuration asked for is the generator's expected outcome for that family in
  that configuration, noise left out (family base, fit to the level, quality of the partnership for the
  practices that depend on it, rhythm for those that need regularity, REP / REP+ resources, espace de vie
  sociale): good (≥ 1), fair (≥ 0.2) or poor;
- **3** — it worked and fits well; **2** — it worked and fits fairly, or partly worked and fits well;
  **1** — it worked but fits poorly, partly worked and fits fairly, or is still running and fits well.

The practices of the asking centre are not judged (no ranking shows them). Each row says why, in French.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from graph import vocabularies as voc
from tools.demo.generate import build
from tools.demo.model import QUALITY_EFFECT, REGULARITY_EFFECT
from tools.demo.world import World, has_clas, is_evs

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "data" / "evaluation"
QUALITY_ORDER = voc.QUALITY.codes


@dataclass(frozen=True)
class Situation:
    """What the judge needs of a query: level, themes, and the configuration the practice would land in."""

    centre: str
    level: str
    themes: frozenset[str]
    quality: str
    frequency: str
    priority: str
    evs: bool
    clas: bool


def situation(world: World, query: dict[str, str]) -> Situation:
    """A query's configuration: the centre's most solid partnership at the level asked for, or the one given."""
    level, themes = query["niveau"], frozenset(query["themes"].split("|"))
    centre = query["id_centre"]
    if not centre:
        return Situation("", level, themes, query["qualite"], query["frequence"], query["education_prioritaire"],
                         query["type"] == "evs", query["clas"] == "oui")
    partners = sorted((p for p in world.partnerships if p.centre == centre and world.schools[p.uai].level == level),
                      key=lambda p: p.uai)
    best = max(partners, key=lambda p: QUALITY_ORDER.index(p.qualite))
    return Situation(centre, level, themes, best.qualite, best.frequence, world.schools[best.uai].priority,
                     is_evs(world, centre), has_clas(world, centre))


def fit(family: dict, where: Situation) -> float:
    """The generator's expected outcome of ``family`` in ``where`` (the noise and the age of the partnership left
    out): :func:`tools.demo.model.practice_score` without its draws."""
    score = family["base"] + family["levels"][where.level]
    score += QUALITY_EFFECT[where.quality] * (1.5 if family["sensitive"] else 0.8)
    score += REGULARITY_EFFECT[where.frequency] if family["regular"] else 0
    score += {"rep_plus": 0.5, "rep": 0.2}.get(where.priority, 0) if family["rep"] else 0
    return score - (0.3 if where.evs else 0)


def judge(family: dict, outcome: str, where: Situation) -> tuple[int, str]:
    """The grade of a practice of ``family`` with ``outcome`` for ``where``, and why."""
    common = sorted(where.themes & set(family["themes"]))
    if not common:
        return 0, "ne traite pas du problème posé"
    if where.level not in family["levels"]:
        return 0, f"pas faite pour le niveau {voc.SCHOOL_LEVEL.label(where.level).lower()}"
    if family["clas"] and not where.clas:
        return 0, "suppose un CLAS, que le centre n’a pas"
    if outcome == "n_a_pas_marche":
        return 0, "n’a pas marché"
    value = fit(family, where)
    grade_of_fit = "bonne" if value >= 1.0 else "moyenne" if value >= 0.2 else "faible"
    table = {"a_marche": {"bonne": 3, "moyenne": 2, "faible": 1}, "en_partie": {"bonne": 2, "moyenne": 1, "faible": 0},
             "en_cours": {"bonne": 1, "moyenne": 0, "faible": 0}}
    grade = table[outcome][grade_of_fit]
    said = voc.PRACTICE_OUTCOME.label(outcome).lower()
    themes = ", ".join(voc.THEME.label(t) for t in common)
    return grade, f"traite {themes} ; {said} ; adaptation à cette configuration {grade_of_fit} ({value:+.1f})"


def read_queries(folder: Path = FOLDER) -> list[dict[str, str]]:
    with (folder / "requetes.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def main() -> None:
    world = build()
    rows = []
    for query in read_queries():
        where = situation(world, query)
        for practice in world.practices:
            if practice.centre == where.centre:
                continue
            grade, why = judge(practice.family, practice.resultat, where)
            rows.append({"id_requete": query["id_requete"], "id_pratique": practice.id, "pertinence": grade,
                         "raison": why})
    with (FOLDER / "jugements.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id_requete", "id_pratique", "pertinence", "raison"],
                                delimiter=";", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} jugements pour {len(read_queries())} requêtes dans {FOLDER / 'jugements.csv'}")


if __name__ == "__main__":
    main()
