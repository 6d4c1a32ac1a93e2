"""The fictional centres of the demo: centres sociaux and espaces de vie sociale (sheet ``centres``)."""

from __future__ import annotations

from graph import vocabularies as voc
from tools.demo.common import decimal, label, labels, rng_for
from tools.demo.geometry import random_point
from tools.demo.model import CENTRE_PLAN
from tools.demo.phrases_places import NAME_WORDS, STREET_TYPES
from tools.demo.world import World


def build_centres(world: World) -> None:
    """The centres of :data:`~tools.demo.model.CENTRE_PLAN`: activities, address, point, QPV served."""
    rng = rng_for("centres")
    plan = [(commune, kind) for commune, (cs, evs) in CENTRE_PLAN.items()
            for kind in ["centre_social"] * cs + ["evs"] * evs]
    rng.shuffle(plan)
    words = rng.sample(NAME_WORDS, len(plan))
    clas = set(rng.sample([i for i, (_, k) in enumerate(plan) if k == "centre_social"], 27))
    clas |= set(rng.sample([i for i, (_, k) in enumerate(plan) if k == "evs"], 3))
    non_members = set(rng.sample(range(len(plan)), 4))
    drafts = set(rng.sample(range(len(plan)), 2))
    others = [code for code in voc.ACTIVITY.codes if code not in ("clas", "famille")]
    for n, ((commune, kind), word) in enumerate(zip(plan, words)):
        centre_id = f"CS95-{n + 1:03d}"
        if kind == "centre_social":
            nom = f"Centre social fictif {word[0]}"
            activities = {"famille", *rng.sample(others, rng.randint(3, 6))}
        else:
            nom = f"Espace de vie sociale fictif {word[0] if rng.random() < 0.5 else word[1]}"
            activities = set(rng.sample(others, rng.randint(1, 3)))
        if n in clas:
            activities.add("clas")
        qpvs = world.communes[commune].qpvs
        served = sorted(rng.sample(qpvs, min(len(qpvs), rng.choices((0, 1, 2), (1, 6, 4))[0]))) if qpvs else []
        street = rng.choice(NAME_WORDS)[0]
        adresse = "" if rng.random() < 0.15 else f"{rng.randint(1, 120)} {rng.choice(STREET_TYPES)} {street}"
        lat, lon = random_point(rng, world.communes[commune].polygons)
        world.centres[centre_id] = {
            "id_centre": centre_id, "nom": nom, "type": label(voc.CENTRE_TYPE, kind), "adresse": adresse,
            "latitude": decimal(lat, 5), "longitude": decimal(lon, 5),
            "activites": labels(voc.ACTIVITY, [c for c in voc.ACTIVITY.codes if c in activities]),
            "adherent": "non" if n in non_members else "oui",
            "statut": label(voc.CONTRIBUTION_STATUS, "brouillon" if n in drafts else "valide"),
            "code_commune": commune, "qpv": "|".join(served)}
    world.rows["centres"] = list(world.centres.values())
