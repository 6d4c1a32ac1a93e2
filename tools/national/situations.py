"""The conflict cases between parents and schools (sheet ``situations``), pseudonymised.

The demo's model (:mod:`tools.demo.situations`): the issue depends on the centre's stance, on who
asked it to step in and on the nature of the conflict; the narrative comes from the demo's
phrase bank and holds no name, no class, no date and no place. Stances are spread evenly.
"""

from __future__ import annotations

from graph import vocabularies as voc
from tools.demo.common import label, month, month_text
from tools.demo.model import LEVEL_COUNTS, NATURE_BY_LEVEL, NATURE_EFFECT, PRIMARY, STANCE_FIT, WHO_ASKED
from tools.demo.phrases_situations import ACTIONS, ACTIONS_IF_ASKED_BY, LESSON_EXTRA, LESSONS
from tools.demo.situations import narrative
from tools.national.common import Row, SheetWriter, rng_for, scaled
from tools.national.world import World

DRAFT_SHARE = 0.1


def build_situations(world: World, writer: SheetWriter) -> None:
    """The conflict cases, sorted by month, each reported by a centre (those with more partnerships report more)."""
    rng = rng_for(world.seed, "situations")
    total = scaled("situations", world.scale) if world.partnerships else 0
    stances = [voc.STANCE.codes[n % len(voc.STANCE.codes)] for n in range(total)]
    rng.shuffle(stances)
    rows: list[tuple[int, int, Row]] = []
    for n, stance in enumerate(stances):
        solicited = rng.choices(("parent", "ecole", "les_deux"), WHO_ASKED[stance])[0]
        centre = rng.choice(world.partnerships).centre
        school = world.schools[rng.choice(world.by_centre[centre]).uai] if rng.random() < 0.5 else None
        level = school.level if school else rng.choices(list(LEVEL_COUNTS), (15, 35, 10, 30, 5, 5))[0]
        group = "primary" if level in PRIMARY else "secondary"
        nature = rng.choices(list(NATURE_BY_LEVEL[group]), list(NATURE_BY_LEVEL[group].values()))[0]
        when = rng.randint(month(2017, 1), month(2025, 3))
        score = STANCE_FIT[stance][solicited] + NATURE_EFFECT.get(nature, 0) + rng.gauss(0, 0.45)
        issue = ("en_cours" if when >= month(2024, 7) else "apaisee" if score > 0.6
                 else "en_partie" if score > -0.1 else "non_resolue")
        good = issue == "apaisee" or (issue in ("en_partie", "en_cours") and score > 0.2)
        lessons = LESSONS[stance]
        lesson = lessons["good"] if good else lessons.get(f"bad:{solicited}", lessons["bad"])
        extra = [rng.choice(LESSON_EXTRA)] if rng.random() < 0.4 else []
        rows.append((when, n, {
            "date": month_text(when), "niveau": label(voc.SCHOOL_LEVEL, level),
            "nature": label(voc.CONFLICT_NATURE, nature), "sollicite_par": label(voc.SOLICITED_BY, solicited),
            "posture": label(voc.STANCE, stance),
            "actions": ACTIONS_IF_ASKED_BY.get(f"{stance}:{solicited}") or rng.choice(ACTIONS[stance]),
            "issue": label(voc.CONFLICT_OUTCOME, issue), "enseignements": " ".join([lesson] + extra),
            "recit": narrative(rng, level, group, nature, solicited, stance, issue),
            "statut": label(voc.CONTRIBUTION_STATUS, "brouillon" if rng.random() < DRAFT_SHARE else "valide"),
            "id_centre": centre, "uai": school.uai if school else ""}))
    rows.sort(key=lambda item: (item[0], item[1]))
    for n, (_, _, row) in enumerate(rows, start=1):
        writer.write({"id_situation": f"SC-{n:05d}", **row})
    world.counts["situations"] = writer.count
