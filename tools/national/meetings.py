"""The départemental federations' meetings, the questions raised and the shared tools
(sheets ``rencontres``, ``questions`` and ``outils``).

Meetings are planned before the practices (a practice can only be presented at a meeting its
centre attended, after it began); questions and tools come after them, since practices answer
questions and tools support practices.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from graph import vocabularies as voc
from tools.demo.common import MONTHS, REFERENCE, label, labels, month, weighted_sample
from tools.demo.phrases_meetings import QUESTIONS, TOOLS
from tools.national.common import Row, SheetWriter, rng_for, scaled, systematic, weighted_order
from tools.national.phrases import (
    MEETING_HOURS,
    MEETING_PLACES,
    MEETING_THEMES,
    QUESTION_AIMS,
    QUESTION_CONTEXTS,
    QUESTION_STEMS,
    TOOL_ADAPTATION,
    TOOL_ADAPTATION_NOTE,
)
from tools.national.world import Meeting, World

FIRST_MONTH = month(2018, 1)
MAX_TOOL_PRACTICES, MAX_TOOL_USERS = 400, 300  # keep every cell far below a spreadsheet's 32,767 characters


def members_by_dept(world: World) -> dict[str, list[str]]:
    """The member centres (adherent) of each département, sorted."""
    found: dict[str, list[str]] = defaultdict(list)
    for centre, row in world.centres.items():
        if row["adherent"] == "oui":
            found[world.dept_of_centre(centre)].append(centre)
    return found


def _meeting_day(rng: random.Random) -> tuple[int, int, int]:
    """A weekday between January 2018 and May 2025, never in July or August."""
    while True:
        m = rng.randint(FIRST_MONTH, REFERENCE)
        year, index = divmod(m, 12)
        if index + 1 in (7, 8):
            continue
        day = dt.date(year, index + 1, rng.randint(1, 28))
        while day.weekday() >= 5:
            day -= dt.timedelta(days=1)
        return day.year, day.month, day.day


def plan_meetings(world: World) -> None:
    """The meetings of each départemental federation with enough members: date, host, who came."""
    rng = rng_for(world.seed, "rencontres")
    members = members_by_dept(world)
    depts = [d for d in world.departements if len(members[d]) >= 3]
    counts = systematic(rng, [len(members[d]) ** 0.7 for d in depts], scaled("rencontres", world.scale))
    weight = {c: 1 + len(world.by_centre.get(c, [])) for c in world.centres}
    for dept, count in zip(depts, counts):
        days = sorted(_meeting_day(rng) for _ in range(count))
        veterans: list[str] = []
        for n, day in enumerate(days, start=1):
            size = min(len(members[dept]), rng.randint(6, 18))
            old = rng.sample(veterans, min(len(veterans), round(0.6 * size)))
            newcomers = [c for c in members[dept] if c not in veterans]
            new = weighted_sample(rng, newcomers, [weight[c] for c in newcomers], size - len(old))
            if len(old) + len(new) < size:  # not enough newcomers left: more veterans
                old += rng.sample([c for c in veterans if c not in old], size - len(old) - len(new))
            participants = sorted(old + new)
            veterans = sorted(set(veterans) | set(participants))
            theme = MEETING_THEMES[0] if n == 1 else rng.choice(MEETING_THEMES)
            world.meetings.append(Meeting(f"RE-{dept}-{n:02d}", dept, day, month(day[0], day[1]), participants,
                                          rng.choice(participants), theme, rng.choice(MEETING_HOURS)))


def _date_text(rng: random.Random, day: tuple[int, int, int]) -> str:
    """A day as people type it: 19/02/2019 mostly, sometimes 5 juin 2018."""
    year, mon, d = day
    return f"{d:02d}/{mon:02d}/{year}" if rng.random() < 0.7 else f"{d} {MONTHS[mon - 1]} {year}"


def _pools(world: World) -> tuple[dict[tuple[str, str], list[str]], dict[str, list[str]], dict[str, list[str]]]:
    """Practices that can answer a question: by (département, theme), by theme, and by family."""
    by_dept_theme: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_theme: dict[str, list[str]] = defaultdict(list)
    by_family: dict[str, list[str]] = defaultdict(list)
    for pr in world.practices:
        if pr.resultat in ("a_marche", "en_partie") and not pr.draft:
            dept = world.dept_of_centre(pr.centre)
            by_family[pr.family["key"]].append(pr.id)
            for theme in pr.family["themes"]:
                by_theme[theme].append(pr.id)
                by_dept_theme[(dept, theme)].append(pr.id)
    return by_dept_theme, by_theme, by_family


def build_questions_and_meetings(world: World, questions_writer: SheetWriter, meetings_writer: SheetWriter) -> None:
    """Questions asked by centres (at a meeting or not), answered by practices; then the meetings sheet."""
    rng = rng_for(world.seed, "questions")
    members = members_by_dept(world)
    depts = [d for d in world.departements if members[d]]
    attended: dict[str, list[Meeting]] = defaultdict(list)
    by_dept_meetings: dict[str, list[Meeting]] = defaultdict(list)
    for m in world.meetings:
        by_dept_meetings[m.dept].append(m)
        for c in m.participants:
            attended[c].append(m)
    by_dept_theme, by_theme, by_family = _pools(world)
    rows: list[Row] = []
    for _ in range(scaled("questions", world.scale) if depts else 0):
        dept = rng.choices(depts, [len(members[d]) for d in depts])[0]
        asker = rng.choice(members[dept]) if rng.random() < 0.9 else ""
        options = attended[asker] if asker else by_dept_meetings[dept]
        meeting = rng.choice(options) if options and rng.random() < 0.55 else None
        if rng.random() < 0.1:
            text, themes, _, families, _ = rng.choice(QUESTIONS)
            candidates = sorted({p for f in families for p in by_family[f]})
        else:
            theme = rng.choice(list(QUESTION_AIMS))
            themes = (theme, "communication") if theme != "communication" and rng.random() < 0.25 else (theme,)
            context = rng.choice(QUESTION_CONTEXTS) if rng.random() < 0.8 else ""
            text = rng.choice(QUESTION_STEMS).format(aim=rng.choice(QUESTION_AIMS[theme]), context=context)
            text = text.replace("  ", " ")
            candidates = by_dept_theme.get((dept, theme)) or by_theme.get(theme, [])
        answers = sorted(rng.sample(candidates, min(len(candidates), rng.choices((0, 1, 2, 3, 4), (2, 3, 3, 2, 1))[0])))
        state = "ouverte" if not answers else "en_travail" if len(answers) < 3 else "traitee"
        rows.append({"texte": text, "themes": labels(voc.THEME, [t for t in voc.THEME.codes if t in themes]),
                     "etat": label(voc.QUESTION_STATUS, state),
                     "statut": label(voc.CONTRIBUTION_STATUS, "brouillon" if rng.random() < 0.05 else "valide"),
                     "posee_par": asker, "rencontre": meeting.id if meeting else "", "reponses": "|".join(answers),
                     "_dept": dept})
    rows.sort(key=lambda r: (r["_dept"], r["rencontre"] or "~"))
    treated: dict[str, list[str]] = defaultdict(list)
    for n, row in enumerate(rows, start=1):
        row["id_question"] = f"Q-{n:05d}"
        del row["_dept"]
        if row["rencontre"]:
            treated[row["rencontre"]].append(row["id_question"])
        questions_writer.write(row)
    for m in world.meetings:
        host = world.centres[m.host]
        lieu = host["nom"] if rng.random() < 0.7 else f"{rng.choice(MEETING_PLACES)} du quartier"
        meetings_writer.write({
            "id_rencontre": m.id, "date": _date_text(rng, m.day), "heure_debut": m.hours[0], "heure_fin": m.hours[1],
            "lieu": lieu, "adresse": host["adresse"], "theme": m.theme,
            "statut": label(voc.CONTRIBUTION_STATUS, "valide"), "code_commune": host["code_commune"],
            "participants": "|".join(m.participants), "questions": "|".join(treated[m.id])})
    world.counts.update(questions=questions_writer.count, rencontres=meetings_writer.count)


def build_tools(world: World, writer: SheetWriter) -> None:
    """The demo's shared tools, used nationally, then départemental adaptations of them."""
    rng = rng_for(world.seed, "outils")
    # Pools of practice ids by family, and « presented »: practices presented at a meeting (what the
    # capitalisation grid and document support), nationally and by département.
    pools: dict[str, list[str]] = defaultdict(list)
    by_dept: dict[tuple[str, str], list[str]] = defaultdict(list)
    owner = {}
    for pr in world.practices:
        if not pr.draft:
            dept = world.dept_of_centre(pr.centre)
            for key in (pr.family["key"], "presented") if pr.rencontre else (pr.family["key"],):
                pools[key].append(pr.id)
                by_dept[(dept, key)].append(pr.id)
            owner[pr.id] = pr.centre

    def chosen(keys: list[str], dept: str | None) -> list[str]:
        pool = sorted({p for key in keys for p in (by_dept[(dept, key)] if dept else pools[key])})
        return sorted(rng.sample(pool, min(len(pool), MAX_TOOL_PRACTICES)))

    total = scaled("outils", world.scale)
    rows = []
    for name, kind, description, families, meetings in TOOLS[:total]:
        rows.append((name, kind, description, chosen([*families] + (["presented"] if meetings else []), None)))
    centres_per_dept: dict[str, int] = defaultdict(int)
    for centre in world.centres:
        centres_per_dept[world.dept_of_centre(centre)] += 1
    depts = [d for d in world.departements if centres_per_dept[d]]
    for n, dept in enumerate(weighted_order(rng, depts, [centres_per_dept[d] for d in depts])[:total - len(rows)]):
        name, kind, description, families, meetings = TOOLS[n % len(TOOLS)]
        rows.append((TOOL_ADAPTATION.format(name=name, departement=world.departements[dept]), kind,
                     description + TOOL_ADAPTATION_NOTE,
                     chosen([*families] + (["presented"] if meetings else []), dept)))
    all_centres = sorted(world.centres)
    for n, (name, kind, description, supported) in enumerate(rows, start=1):
        users = sorted({owner[p] for p in supported} | set(rng.sample(all_centres, min(len(all_centres), rng.randint(1, 4)))))
        users = sorted(rng.sample(users, min(len(users), MAX_TOOL_USERS)))
        writer.write({"id_outil": f"OU-{n:03d}", "nom": name, "type": label(voc.TOOL_KIND, kind),
                      "description": description, "statut": label(voc.CONTRIBUTION_STATUS, "valide"),
                      "utilise_par": "|".join(users), "pratiques": "|".join(supported)})
    world.counts["outils"] = writer.count
