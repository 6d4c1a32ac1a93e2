"""The fictional centres sociaux and espaces de vie sociale (sheet ``centres``).

Centres sociaux sit mostly in populous communes and in communes with QPVs; espaces de vie
sociale, lighter, also in small towns and bourgs. Their activities, membership of the
federation and QPVs served follow the demo's rules; ids are ``CS<département>-<n>``.
"""

from __future__ import annotations

import random
from collections import defaultdict

from graph import vocabularies as voc
from tools.demo.common import decimal, label, labels
from tools.demo.phrases_places import NAME_WORDS, STREET_TYPES
from tools.national.common import SheetWriter, rng_for, scaled, systematic
from tools.national.geo import near, spread_km
from tools.national.world import Commune, World

CLAS_SHARE = {"centre_social": 0.85, "evs": 0.3}
NON_MEMBER_SHARE = 0.1
DRAFT_SHARE = 0.04
_OTHER_ACTIVITIES = [code for code in voc.ACTIVITY.codes if code not in ("clas", "famille")]


def centre_weights(communes: list[Commune], kind: str) -> list[float]:
    """How likely each commune is to host a centre of ``kind``: people, and more so people in QPVs."""
    weights = []
    for c in communes:
        qpv_share = min(1.0, c.qpv_population / max(1, c.population))
        if kind == "centre_social":
            weights.append(c.population ** 0.9 * (1 + 4 * qpv_share) if c.population >= 2_000 else
                           c.population ** 0.9 * 0.15 if c.population >= 800 else 0.0)
        else:
            weights.append(c.population ** 0.6 * (1 + 2 * qpv_share) if c.population >= 300 else 0.0)
    return weights


def build_centres(world: World, writer: SheetWriter) -> None:
    """Place the centres, draw what each one does, and write the sheet (sorted by id)."""
    rng = rng_for(world.seed, "centres")
    communes = [c for c in world.communes.values() if c.placeable]
    plan: list[tuple[Commune, str]] = []
    for kind, count in (("centre_social", scaled("centres_sociaux", world.scale)), ("evs", scaled("evs", world.scale))):
        counts = systematic(rng, centre_weights(communes, kind), count)
        plan += [(c, kind) for c, n in zip(communes, counts) for _ in range(n)]
    rng.shuffle(plan)
    numbers: dict[str, int] = defaultdict(int)
    names: set[tuple[str, str]] = set()
    for commune, kind in plan:
        numbers[commune.dept] += 1
        centre_id = f"CS{commune.dept}-{numbers[commune.dept]:03d}"
        world.centres[centre_id] = centre_row(rng, centre_id, commune, kind, names)
    world.centres = dict(sorted(world.centres.items()))
    writer.write_all(world.centres.values())
    world.counts["centres"] = writer.count


def _name(rng: random.Random, commune: str, kind: str, names: set[tuple[str, str]]) -> str:
    """« Centre social fictif des Tilleuls », « Espace de vie sociale fictif Les Lilas », unique in its commune."""
    for _ in range(12):
        word = rng.choice(NAME_WORDS)
        name = (f"Centre social fictif {word[0]}" if kind == "centre_social" else
                f"Espace de vie sociale fictif {word[0] if rng.random() < 0.5 else word[1]}")
        if (commune, name) not in names:
            break
    base, number = name, 2
    while (commune, name) in names:
        name, number = f"{base} {number}", number + 1
    names.add((commune, name))
    return name


def centre_row(rng: random.Random, centre_id: str, commune: Commune, kind: str,
               names: set[tuple[str, str]]) -> dict[str, str]:
    """The row of one centre: name, activities, address, point, QPVs served, membership, status."""
    if kind == "centre_social":
        activities = {"famille", *rng.sample(_OTHER_ACTIVITIES, rng.randint(3, 6))}
    else:
        activities = set(rng.sample(_OTHER_ACTIVITIES, rng.randint(1, 3)))
    if rng.random() < CLAS_SHARE[kind]:
        activities.add("clas")
    qpvs = commune.qpvs
    served = sorted(rng.sample(qpvs, min(len(qpvs), rng.choices((0, 1, 2), (1, 6, 4))[0]))) if qpvs else []
    street = rng.choice(NAME_WORDS)[0]
    adresse = "" if rng.random() < 0.15 else f"{rng.randint(1, 120)} {rng.choice(STREET_TYPES)} {street}"
    lat, lon = near(rng, commune.lat, commune.lon, spread_km(commune.population))
    return {
        "id_centre": centre_id, "nom": _name(rng, commune.code, kind, names), "type": label(voc.CENTRE_TYPE, kind),
        "adresse": adresse, "latitude": decimal(lat, 5), "longitude": decimal(lon, 5),
        "activites": labels(voc.ACTIVITY, [c for c in voc.ACTIVITY.codes if c in activities]),
        "adherent": "non" if rng.random() < NON_MEMBER_SHARE else "oui",
        "statut": label(voc.CONTRIBUTION_STATUS, "brouillon" if rng.random() < DRAFT_SHARE else "valide"),
        "code_commune": commune.code, "qpv": "|".join(served)}
