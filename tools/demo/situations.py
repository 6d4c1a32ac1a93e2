"""The conflict cases between parents and schools, whose issue depends on the centre's stance and on who
asked it to step in (sheet ``situations``)."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Protocol

from graph import vocabularies as voc
from tools.demo.common import Row, label, month, month_text, rng_for
from tools.demo.model import LEVEL_COUNTS, NATURE_BY_LEVEL, NATURE_EFFECT, PRIMARY, STANCE_FIT, WHO_ASKED
from tools.demo.phrases_situations import (
    ACTIONS,
    ACTIONS_IF_ASKED_BY,
    ACTORS,
    CHILD,
    ISSUE_SENTENCE,
    LESSON_EXTRA,
    LESSONS,
    NATURE_CAUSE,
    NATURE_CONTEXT,
    NATURE_SCHOOL_VIEW,
    SCHOOL_ACTOR,
    SCHOOL_ALSO,
    SCHOOL_ASKS,
    STAFF_PRIMARY,
    STAFF_SECONDARY,
    STANCE_NARRATIVE,
)
from tools.demo.world import Partnership, School, World


def build_situations(world: World) -> None:
    """Thirty conflict cases, five per stance, whose issue depends on the stance, on who asked and on the nature."""
    rng = rng_for("situations")
    stances = [code for code in voc.STANCE.codes for _ in range(5)]
    rng.shuffle(stances)
    rows = []

    def partners_of(centre: str) -> list[Partnership]:
        return [p for p in world.partnerships if p.centre == centre]

    for n, stance in enumerate(stances, start=1):
        _, centre, uai, case = draw_case(rng, world, stance, partners_of)
        rows.append({"id_situation": f"SC-{n:02d}", **case,
                     "statut": label(voc.CONTRIBUTION_STATUS, "brouillon" if n % 10 == 0 else "valide"),
                     "id_centre": centre, "uai": uai})
    rows.sort(key=lambda r: (int(r["date"][3:]), int(r["date"][:2])))
    for n, row in enumerate(rows, start=1):
        row["id_situation"] = f"SC-{n:02d}"
    world.rows["situations"] = rows


class CaseWorld(Protocol):
    """What :func:`draw_case` reads of a world: the demo's or the national one."""

    schools: dict[str, School]
    partnerships: list[Partnership]


def draw_case(rng: random.Random, world: CaseWorld, stance: str, partners_of: Callable[[str], list[Partnership]]
              ) -> tuple[int, str, str, Row]:
    """One conflict case handled with ``stance``: its month, its centre, its school's UAI (or empty) and its
    columns from ``date`` to ``recit``. Shared with :mod:`tools.national.situations`.

    The centre is that of a random partnership (those with more partnerships report more cases); half the
    cases name one of its partner schools (``partners_of(centre)``), the others only a level.
    """
    solicited = rng.choices(("parent", "ecole", "les_deux"), WHO_ASKED[stance])[0]
    centre = rng.choice(world.partnerships).centre
    school = world.schools[rng.choice(partners_of(centre)).uai] if rng.random() < 0.5 else None
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
    case = {"date": month_text(when), "niveau": label(voc.SCHOOL_LEVEL, level),
            "nature": label(voc.CONFLICT_NATURE, nature), "sollicite_par": label(voc.SOLICITED_BY, solicited),
            "posture": label(voc.STANCE, stance),
            "actions": ACTIONS_IF_ASKED_BY.get(f"{stance}:{solicited}") or rng.choice(ACTIONS[stance]),
            "issue": label(voc.CONFLICT_OUTCOME, issue), "enseignements": " ".join([lesson] + extra),
            "recit": narrative(rng, level, group, nature, solicited, stance, issue)}
    return when, centre, school.uai if school else "", case


def narrative(rng: random.Random, level: str, group: str, nature: str, solicited: str, stance: str, issue: str) -> str:
    """A short pseudonymised story: no name, no class, no date, no place."""
    actor, came = rng.choice(ACTORS)
    staff = rng.choice(STAFF_PRIMARY if group == "primary" else STAFF_SECONDARY)
    who = actor.format(child=rng.choice(CHILD[level]))
    parent_side = f"{who} {came} voir {staff} {rng.choice(NATURE_CAUSE[nature])}."
    school_actor = rng.choice(SCHOOL_ACTOR[group])
    story = {"parent": [parent_side],
             "ecole": [f"{school_actor} a contacté le centre {NATURE_SCHOOL_VIEW[nature]}.", SCHOOL_ASKS],
             "les_deux": [parent_side, SCHOOL_ALSO]}[solicited]
    if rng.random() < 0.7:
        story.append(NATURE_CONTEXT[nature])
    story += [STANCE_NARRATIVE[stance], rng.choice(ISSUE_SENTENCE[issue])]
    return " ".join(story)
