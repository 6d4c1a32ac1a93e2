"""The partnerships between centres and nearby schools (sheet ``partenariats``).

:func:`draw_partnership`, :func:`partnership_row` and :func:`roles_for` serve the national generator too.
"""

from __future__ import annotations

import random

from graph import vocabularies as voc
from tools.demo.common import Row, label, labels, month, rng_for, typed_month, weighted_sample
from tools.demo.geometry import distance_km
from tools.demo.model import (
    FORM_FREQUENCIES,
    FORMS,
    N_PARTNERSHIPS,
    OBJECT_WEIGHTS,
    PRIMARY,
    level_group,
    partnership_quality,
)
from tools.demo.world import HasCentres, Partnership, School, World, has_clas, is_evs


def build_partnerships(world: World) -> None:
    """Link each centre to a few schools of its commune or nearby, with a form, a rhythm, objects and a quality."""
    rng = rng_for("partenariats")
    centres = list(world.centres)
    schools = sorted(world.schools.values(), key=lambda s: s.uai)
    candidates: dict[str, list[School]] = {}
    for centre in centres:  # schools of the centre's commune, or of a commune less than 5 km away
        home = world.communes[world.centres[centre]["code_commune"]]
        candidates[centre] = [s for s in schools if s.commune == home.code
                              or distance_km(home, world.communes[s.commune]) <= 5]
    counts = {c: min(len(candidates[c]), rng.randint(1, 3) if is_evs(world, c) else rng.randint(3, 5)) for c in centres}
    while sum(counts.values()) != N_PARTNERSHIPS:
        c = rng.choice(centres)
        if sum(counts.values()) < N_PARTNERSHIPS and not is_evs(world, c) and counts[c] < min(7, len(candidates[c])):
            counts[c] += 1
        elif sum(counts.values()) > N_PARTNERSHIPS and counts[c] > 1:
            counts[c] -= 1
    for centre in centres:
        home_code = world.centres[centre]["code_commune"]
        weights = [(3 if s.commune == home_code else 1) * (0.4 if s.level.startswith("lycee") else 1)
                   * (1.5 if s.priority != "hors_ep" else 1) for s in candidates[centre]]
        for school in weighted_sample(rng, candidates[centre], weights, counts[centre]):
            world.partnerships.append(draw_partnership(rng, world, centre, school))
    world.partnerships.sort(key=lambda p: (p.since, p.centre, p.uai))
    rows = []
    for n, p in enumerate(world.partnerships, start=1):
        p.id = f"PA-{n:04d}"
        rows.append(partnership_row(rng, p))
    world.rows["partenariats"] = rows


def draw_partnership(rng: random.Random, world: HasCentres, centre: str, school: School) -> Partnership:
    """A partnership (not numbered yet) of ``centre`` with ``school``: its form, rhythm, start month, objects,
    quality and contacts. Shared with :mod:`tools.national.partnerships`."""
    objects = voc.PARTNERSHIP_OBJECT.codes
    form = rng.choices(list(FORMS), list(FORMS.values()))[0]
    frequency = rng.choices(list(FORM_FREQUENCIES[form]), list(FORM_FREQUENCIES[form].values()))[0]
    year = rng.randint(2006, 2023)
    since = month(year, 9 if rng.random() < 0.5 else rng.randint(1, 12))
    chosen = weighted_sample(rng, list(objects), list(OBJECT_WEIGHTS[level_group(school.level)]),
                             rng.choices((1, 2, 3), (3, 4.5, 2.5))[0])
    return Partnership("", centre, school.uai, form, frequency, [o for o in objects if o in chosen],
                       partnership_quality(rng, since, form, frequency), since,
                       roles_for(rng, world, centre, school, form))


def partnership_row(rng: random.Random, p: Partnership) -> Row:
    """The row of ``p`` in the sheet ``partenariats`` (its start month typed as a user would, 8 % drafts).
    Shared with :mod:`tools.national.partnerships`."""
    return {"id_partenariat": p.id, "forme": label(voc.PARTNERSHIP_FORM, p.forme),
            "frequence": label(voc.FREQUENCY, p.frequence), "objets": labels(voc.PARTNERSHIP_OBJECT, p.objets),
            "qualite": label(voc.QUALITY, p.qualite), "depuis": typed_month(rng, p.since),
            "interlocuteurs": labels(voc.ROLE, p.roles),
            "statut": label(voc.CONTRIBUTION_STATUS, "valide" if rng.random() < 0.92 else "brouillon"),
            "id_centre": p.centre, "uai": p.uai}


def roles_for(rng: random.Random, world: HasCentres, centre: str, school: School, form: str) -> list[str]:
    """The contacts (role codes) on both sides of a partnership, in vocabulary order."""
    centre_side = ["direction_centre", "referent_famille", "animation"]
    centre_side += ["coordination_clas"] * 2 if has_clas(world, centre) else []
    roles = set(rng.sample(centre_side, rng.randint(1, 2)))
    if school.level in PRIMARY:
        roles |= {"direction_ecole"} | ({"enseignant"} if rng.random() < 0.5 else set())
    else:
        roles |= {rng.choice(("principal", "cpe") if school.level == "college" else ("cpe", "enseignant"))}
        roles |= {"enseignant"} if rng.random() < 0.3 else set()
    if school.priority != "hors_ep" and rng.random() < 0.4:
        roles.add("coordination_rep")
    if form == "instance_partagee" and rng.random() < 0.5:
        roles.add(rng.choice(("pre", "ien", "sante_sociale")))
    return [code for code in voc.ROLE.codes if code in roles]
