"""The federation's meetings, the questions raised there and the shared tools (sheets ``rencontres``,
``questions`` and ``outils``)."""

from __future__ import annotations

from graph import vocabularies as voc
from tools.demo.common import label, labels, rng_for
from tools.demo.phrases_meetings import MEETINGS, QUESTIONS, TOOLS
from tools.demo.world import World


def build_meetings_and_questions(world: World) -> None:
    """The questions raised by the centres, answered by practices, and the three meetings where they were treated."""
    rng = rng_for("questions")
    answers_pool = [pr for pr in world.practices if pr.resultat in ("a_marche", "en_partie") and not pr.draft]
    questions = []
    for n, (text, themes, meeting, families, asked) in enumerate(QUESTIONS, start=1):
        members = [c for c in world.centres if world.centres[c]["adherent"] == "oui"]
        askers = world.participants[meeting] if meeting else members
        candidates = [pr.id for pr in answers_pool if pr.family["key"] in families]
        answers = sorted(rng.sample(candidates, min(len(candidates), rng.randint(1, 4))))
        state = "ouverte" if not answers else "en_travail" if len(answers) < 3 or n == 1 else "traitee"
        questions.append({"id_question": f"Q-{n:02d}", "texte": text, "themes": labels(voc.THEME, themes),
                          "etat": label(voc.QUESTION_STATUS, state),
                          "statut": label(voc.CONTRIBUTION_STATUS, "brouillon" if n == len(QUESTIONS) else "valide"),
                          "posee_par": rng.choice(sorted(askers)) if asked else "", "rencontre": meeting or "",
                          "reponses": "|".join(answers)})
    world.rows["questions"] = questions
    world.rows["rencontres"] = [
        {"id_rencontre": m["id"], "date": m["date"], "heure_debut": m["heure_debut"], "heure_fin": m["heure_fin"],
         "lieu": m["lieu"], "adresse": m["adresse"], "theme": m["theme"],
         "statut": label(voc.CONTRIBUTION_STATUS, "valide"), "code_commune": m["commune"],
         "participants": "|".join(world.participants[m["id"]]),
         "questions": "|".join(q["id_question"] for q in questions if q["rencontre"] == m["id"])}
        for m in MEETINGS]


def build_tools(world: World) -> None:
    """The shared tools, the practices they support and the centres that use them."""
    rng = rng_for("outils")
    rows = []
    for n, (name, kind, description, families, meetings) in enumerate(TOOLS, start=1):
        supported = [pr for pr in world.practices
                     if (pr.family["key"] in families or pr.rencontre in meetings) and not pr.draft]
        users = {pr.centre for pr in supported} | set(rng.sample(sorted(world.centres), rng.randint(1, 4)))
        rows.append({"id_outil": f"OU-{n:02d}", "nom": name, "type": label(voc.TOOL_KIND, kind),
                     "description": description, "statut": label(voc.CONTRIBUTION_STATUS, "valide"),
                     "utilise_par": "|".join(sorted(users)), "pratiques": "|".join(pr.id for pr in supported)})
    world.rows["outils"] = rows
