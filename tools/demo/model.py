"""The demo's model: how much of everything, and how the configuration drives the outcome.

The tables below are the knobs of the dataset: the plans of the fictional networks and centres,
the counts, and the effects that make a partnership solid or fragile, a practice work or fail,
and a conflict case calm down, depending on where, with whom and how it was done.
"""

from __future__ import annotations

import random

from tools.demo.common import REFERENCE, month
from tools.demo.phrases_meetings import MEETINGS
from tools.demo.world import Partnership, World, is_evs

MEETING_MONTH = {m["id"]: month(*m["month"]) for m in MEETINGS}  # meeting id → its month

# --- territories, schools, centres ------------------------------------------------------------

# Fictional REP+ / REP networks, in communes with QPVs (the real list of the 95 is not available here).
NETWORK_PLAN: tuple[tuple[str, str], ...] = (
    ("95018", "rep_plus"), ("95018", "rep_plus"), ("95018", "rep"), ("95585", "rep_plus"), ("95585", "rep_plus"),
    ("95585", "rep"), ("95268", "rep_plus"), ("95268", "rep"), ("95680", "rep_plus"), ("95680", "rep"),
    ("95280", "rep_plus"), ("95063", "rep"), ("95127", "rep"), ("95127", "rep"), ("95500", "rep"),
    ("95277", "rep"), ("95572", "rep"), ("95424", "rep"), ("95487", "rep"), ("95252", "rep"),
)
# Fictional centres: commune → (centres sociaux, espaces de vie sociale).
CENTRE_PLAN: dict[str, tuple[int, int]] = {
    "95018": (5, 1), "95585": (3, 0), "95268": (2, 0), "95680": (2, 0), "95127": (2, 1), "95280": (1, 0),
    "95063": (1, 0), "95500": (2, 0), "95277": (1, 0), "95572": (1, 0), "95424": (1, 0), "95252": (1, 0),
    "95219": (1, 0), "95487": (1, 0), "95582": (0, 1), "95607": (1, 0), "95218": (0, 1), "95306": (1, 0),
    "95427": (0, 1), "95555": (1, 0), "95598": (0, 1), "95019": (1, 0),
    "95052": (1, 0), "95313": (0, 1), "95203": (1, 0), "95197": (1, 0), "95199": (0, 1), "95355": (1, 0),
}
# How many schools of each level (code), and which levels are primary schools.
LEVEL_COUNTS = {"maternelle": 105, "elementaire": 105, "primaire": 30, "college": 45, "lycee": 9, "lycee_pro": 6}
PRIMARY = ("maternelle", "elementaire", "primaire")
SCHOOL_COMMUNES = 60  # communes that get at least one school
N_PARTNERSHIPS, N_PRACTICES, N_EN_COURS, N_DRAFTS = 150, 120, 10, 18
OUTCOME_SHARES = (("a_marche", 66), ("en_partie", 30), ("n_a_pas_marche", 14))  # of the 110 finished
PRESENTED = {"R1": 20, "R2": 22, "R3": 30}  # practices presented at each meeting


# --- partnerships ----------------------------------------------------------------------------

# Weights of the forms of partnership, and of their frequencies given the form.
FORMS = {"convention": 15, "projet_commun": 18, "action_ponctuelle": 15, "presence_ecole": 17, "accueil_centre": 10,
         "instance_partagee": 12, "echanges_informels": 13}
FORM_FREQUENCIES = {
    "convention": {"mensuelle": 3, "hebdomadaire": 3, "trimestrielle": 2},
    "projet_commun": {"mensuelle": 3, "trimestrielle": 2, "hebdomadaire": 2},
    "action_ponctuelle": {"ponctuelle": 5, "trimestrielle": 1},
    "presence_ecole": {"hebdomadaire": 4, "continue": 2},
    "accueil_centre": {"ponctuelle": 2, "trimestrielle": 2, "mensuelle": 1},
    "instance_partagee": {"trimestrielle": 4, "mensuelle": 1},
    "echanges_informels": {"continue": 2, "mensuelle": 2, "ponctuelle": 2},
}
OBJECT_WEIGHTS = {  # by school level group: weights in the order of PARTNERSHIP_OBJECT
    "primary": (3, 3, 4, 2, 2, 0.3, 1, 2, 0.3, 1),
    "college": (4, 2, 3, 0.5, 1, 2, 1, 1.5, 3, 1.5),
    "lycee": (1, 1, 1, 0, 0.5, 1.5, 1, 1, 4, 1.5),
}


def level_group(level: str) -> str:
    """The group of a school level for the partnership model: primary, college or lycee."""
    return "primary" if level in PRIMARY else "college" if level == "college" else "lycee"


def partnership_quality(rng: random.Random, since: int, form: str, frequency: str) -> str:
    """The quality code of a partnership: older, more regular and more formal ones tend to be more solid."""
    score = (REFERENCE - since) / 12 / 8 + rng.gauss(0, 0.5)
    score += 0.5 if frequency in ("hebdomadaire", "continue") else 0
    score += {"convention": 0.4, "action_ponctuelle": -0.5, "echanges_informels": -0.5}.get(form, 0)
    return "fragile" if score < 0.6 else "a_construire" if score < 1.1 else "solide" if score < 2.0 else "exemplaire"


# --- practices: the outcome depends on the configuration -----------------------------------

QUALITY_EFFECT = {"fragile": -1.2, "a_construire": -0.4, "solide": 0.4, "exemplaire": 0.8}
REGULARITY_EFFECT = {"hebdomadaire": 0.6, "continue": 0.6, "mensuelle": 0.1, "trimestrielle": -0.3, "ponctuelle": -0.7}


def practice_score(world: World, family: dict, p: Partnership, noise: float) -> float:
    """How well a practice of ``family`` should go in the configuration of partnership ``p``."""
    school = world.schools[p.uai]
    score = family["base"] + family["levels"][school.level]
    score += QUALITY_EFFECT[p.qualite] * (1.5 if family["sensitive"] else 0.8)
    score += REGULARITY_EFFECT[p.frequence] if family["regular"] else 0
    score += {"rep_plus": 0.5, "rep": 0.2}.get(school.priority, 0) if family["rep"] else 0
    score += 0.3 if p.since <= month(2014, 12) else 0
    score -= 0.3 if is_evs(world, p.centre) else 0
    return score + noise


# --- conflict cases: the issue depends on the stance and on who asked --------------------------

STANCE_FIT = {  # stance → who asked the centre → how well it tends to go
    "mediation": {"parent": 0.3, "ecole": 0.3, "les_deux": 1.2},
    "tiers_neutre": {"parent": 0.2, "ecole": 0.2, "les_deux": 0.9},
    "ecoute_orientation": {"parent": 0.5, "ecole": 0.2, "les_deux": 0.0},
    "accompagnement_parent": {"parent": 0.9, "ecole": -0.6, "les_deux": -0.3},
    "soutien_ecole": {"parent": -1.0, "ecole": 0.5, "les_deux": -0.5},
    "refus": {"parent": -0.8, "ecole": -0.5, "les_deux": -0.9},
}
WHO_ASKED = {
    "mediation": (1, 1, 3), "tiers_neutre": (1, 1, 2), "ecoute_orientation": (3, 1, 1),
    "accompagnement_parent": (3, 0.5, 1.5), "soutien_ecole": (1.5, 2.5, 1), "refus": (1.5, 1, 2),
}
NATURE_BY_LEVEL = {
    "primary": {"sanction": 2, "harcelement": 2, "absenteisme": 1, "rupture_communication": 3, "comportement": 3,
                "autre": 1},
    "secondary": {"sanction": 3, "harcelement": 2, "orientation": 2, "absenteisme": 2, "rupture_communication": 2,
                  "comportement": 2, "autre": 0.5},
}
NATURE_EFFECT = {"harcelement": -0.3, "orientation": 0.3, "rupture_communication": 0.2}
