"""What the federation capitalises around the practices: the centres invited to each meeting, the analysis
grids and their evaluations, the views of Éducation nationale partners and the reports of centres that
reused a practice (sheets ``rencontres`` (column ``invites``), ``grilles``, ``criteres``, ``evaluations``,
``avis`` and ``retours``).

Each sheet draws from its own random stream (:func:`~tools.demo.common.rng_for`), and nothing here
changes what the other builders wrote: the other sheets stay byte for byte what they were.
"""

from __future__ import annotations

import random

from graph import vocabularies as voc
from tools.demo.common import REFERENCE, Row, label, labels, month, rng_for, typed_month
from tools.demo.model import MEETING_MONTH, PRIMARY, QUALITY_EFFECT, REGULARITY_EFFECT
from tools.demo.phrases_capitalisation import ADAPTATIONS, GRIDS, LESSONS, VIEWS, VIGILANCE
from tools.demo.world import Practice, World

# The seed's third meeting was « ouverte à tous les acteurs des centres sociaux… Bienvenue aux nouveaux » :
# every centre was invited; the first two invited the federation's members.
OPEN_TO_ALL = ("R3",)
N_PRACTICES_SCORED, N_CASES_SCORED, N_REPORTS = 60, 20, 8
PRACTICE_LEVEL = {"a_marche": 3.1, "en_partie": 2.4, "n_a_pas_marche": 1.7, "en_cours": 2.5}
CASE_LEVEL = {"apaisee": 3.2, "en_partie": 2.6, "non_resolue": 1.7, "en_cours": 2.3}
VALIDE, BROUILLON = label(voc.CONTRIBUTION_STATUS, "valide"), label(voc.CONTRIBUTION_STATUS, "brouillon")


def build_capitalisation(world: World) -> None:
    """Invitations, grids and evaluations, partners' views and reports back, in that order."""
    build_invitations(world)
    build_grids(world)
    build_evaluations(world)
    build_views(world)
    build_reports(world)


def build_invitations(world: World) -> None:
    """The centres invited to each meeting: the members (and whoever came), or every centre when it was open."""
    members = {c for c in world.centres if world.centres[c]["adherent"] == "oui"}
    for row in world.rows["rencontres"]:
        present = set(row["participants"].split("|")) if row["participants"] else set()
        invited = set(world.centres) if row["id_rencontre"] in OPEN_TO_ALL else members | present
        row["invites"] = "|".join(sorted(invited))


def criterion_id(grid: str, n: int) -> str:
    """The id of the ``n``-th criterion of ``grid`` (from 1): GR-02-C3."""
    return f"{grid}-C{n}"


def build_grids(world: World) -> None:
    """The federation's grids and their criteria, in order (no randomness: the phrase bank says it all)."""
    world.rows["grilles"] = [{"id_grille": gid, "nom": name, "cible": label(voc.GRID_TARGET, target),
                              "description": description, "statut": VALIDE}
                             for gid, name, target, description, _ in GRIDS]
    world.rows["criteres"] = [{"id_critere": criterion_id(gid, n), "libelle": text, "aide": help_,
                               "echelle": label(voc.SCALE, scale), "ordre": str(n), "statut": VALIDE, "grille": gid}
                              for gid, _, _, _, criteria in GRIDS
                              for n, (text, scale, help_) in enumerate(criteria, start=1)]


def _note(rng: random.Random, level: float) -> str:
    """A mark from 1 to 4 around ``level``."""
    return str(min(4, max(1, round(level + rng.gauss(0, 0.55)))))


def _practice_values(rng: random.Random, pr: Practice) -> list[str]:
    """The values of the second grid's criteria for ``pr``: better where it worked, in solid, regular partnerships."""
    p = pr.partnership
    level = PRACTICE_LEVEL[pr.resultat] + 0.5 * QUALITY_EFFECT[p.qualite]
    close = 0.4 if p.forme in ("presence_ecole", "instance_partagee", "convention") else 0.0
    families = 0.4 if {"parents", "familles"} & set(pr.family["public"]) else -0.3
    written = p.forme == "convention" or rng.random() < (0.5 if pr.resultat == "a_marche" else 0.3)
    return [_note(rng, level + close), _note(rng, level + REGULARITY_EFFECT[p.frequence]), _note(rng, level + families),
            _note(rng, level + 0.5 * QUALITY_EFFECT[p.qualite]), "oui" if written else "non",
            rng.choice(VIGILANCE) if rng.random() < 0.35 else ""]


def _case_values(rng: random.Random, case: Row) -> list[str]:
    """The values of the conflict grid's criteria for ``case``, from its stance, who asked and its issue."""
    stance = voc.STANCE.code_for(case["posture"]) or ""
    asked = voc.SOLICITED_BY.code_for(case["sollicite_par"]) or ""
    level = CASE_LEVEL[voc.CONFLICT_OUTCOME.code_for(case["issue"]) or "en_cours"]
    heard = level + {"mediation": 0.8, "tiers_neutre": 0.6, "refus": -1.5}.get(stance, 0) + (0.3 if asked == "les_deux" else 0)
    in_role = not (stance in ("soutien_ecole", "accompagnement_parent") and rng.random() < 0.5)
    relay = stance == "ecoute_orientation" or rng.random() < 0.3
    return [_note(rng, heard), "oui" if in_role else "non", "oui" if relay else "non", _note(rng, level)]


def build_evaluations(world: World) -> None:
    """The second grid applied to sixty validated practices, the conflict grid to twenty validated cases."""
    rng = rng_for("evaluations")
    rows: list[Row] = []

    def add(grid: str, values: list[str], status: str, **target: str) -> None:
        for n, value in enumerate(values, start=1):
            if value:
                rows.append({"id_evaluation": f"EV-{len(rows) + 1:04d}", "valeur": value, "statut": status,
                             "critere": criterion_id(grid, n), **target})

    practices = sorted(rng.sample([pr for pr in world.practices if not pr.draft], N_PRACTICES_SCORED),
                       key=lambda pr: pr.id)
    for pr in practices:
        add("GR-02", _practice_values(rng, pr), BROUILLON if rng.random() < 0.08 else VALIDE, pratique=pr.id)
    cases = [case for case in world.rows["situations"] if case["statut"] == VALIDE]
    for case in sorted(rng.sample(cases, N_CASES_SCORED), key=lambda case: case["id_situation"]):
        add("GR-03", _case_values(rng, case), VALIDE, situation=case["id_situation"])
    world.rows["evaluations"] = rows


# The levels of the schools a partner of each role speaks from (roles outside schools: none).
ROLE_LEVELS = {"direction_ecole": PRIMARY, "enseignant": PRIMARY, "principal": ("college",), "cpe": ("college",),
               "coordination_rep": ("college",), "sante_sociale": ("college",)}


def build_views(world: World) -> None:
    """Twenty-five views of partners, by role: most gathered between the first two meetings and shared at the
    second, as the seed tells; a few before the third; the last ones recently, not yet shared nor all validated."""
    rng = rng_for("avis")
    first, second, third = (world.participants[m] for m in ("R1", "R2", "R3"))
    members = sorted(c for c in world.centres if world.centres[c]["adherent"] == "oui")
    plan = ([(sorted(set(first) & set(second)), month(2018, 9), month(2019, 1), "R2")] * 17
            + [(sorted(set(second) & set(third)), month(2019, 3), month(2019, 4), "R3")] * 5
            + [(members, month(2023, 10), REFERENCE - 2, "")] * 3)
    rows = []
    for (role, text, themes), (centres, low, high, shared) in zip(rng.sample(VIEWS, len(VIEWS)), plan, strict=True):
        centre = rng.choice(centres)
        levels = ROLE_LEVELS.get(role, ())
        schools = sorted(p.uai for p in world.partnerships if p.centre == centre and world.schools[p.uai].level in levels)
        when = rng.randint(low, high)
        rows.append((when, {"role": label(voc.ROLE, role), "date": typed_month(rng, when), "texte": text,
                            "themes": labels(voc.THEME, themes), "id_centre": centre,
                            "uai": rng.choice(schools) if schools else "", "rencontre": shared}))
    rows.sort(key=lambda pair: (pair[0], pair[1]["id_centre"], pair[1]["texte"]))
    world.rows["avis"] = [{"id_avis": f"AV-{n:02d}", **row, "statut": BROUILLON if n > len(rows) - 2 else VALIDE}
                          for n, (_, row) in enumerate(rows, start=1)]


def build_reports(world: World) -> None:
    """Eight reports of centres that reused a practice presented at a meeting, some time after it."""
    rng = rng_for("retours")
    presented = [pr for pr in world.practices if pr.rencontre and pr.resultat == "a_marche" and not pr.draft]
    rows = []
    for pr in sorted(rng.sample(presented, N_REPORTS), key=lambda pr: pr.id):
        later = [m for m in ("R1", "R2", "R3") if MEETING_MONTH[m] >= MEETING_MONTH[pr.rencontre]]
        heard = sorted({c for m in later for c in world.participants[m]} - {pr.centre})
        when = rng.randint(MEETING_MONTH[pr.rencontre] + 4, REFERENCE - 2)
        outcome = rng.choices(("a_marche", "en_partie", "n_a_pas_marche", "en_cours"), (5, 2, 1, 1))[0]
        rows.append((when, {"date": typed_month(rng, when), "resultat": label(voc.PRACTICE_OUTCOME, outcome),
                            "adaptations": rng.choice(ADAPTATIONS), "commentaire": rng.choice(LESSONS[outcome]),
                            "pratique": pr.id, "id_centre": rng.choice(heard)}))
    rows.sort(key=lambda pair: (pair[0], pair[1]["pratique"]))
    world.rows["retours"] = [{"id_retour": f"RE-{n:02d}", **row, "statut": BROUILLON if n == len(rows) else VALIDE}
                             for n, (_, row) in enumerate(rows, start=1)]
