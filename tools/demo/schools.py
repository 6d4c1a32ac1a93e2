"""The fictional schools of the demo and their REP / REP+ networks (sheets ``ecoles`` and ``reseaux``)."""

from __future__ import annotations

import random

from graph import identifiers as ids
from graph import vocabularies as voc
from graph.text import fold
from tools.demo.common import decimal, label, rng_for
from tools.demo.geometry import random_point
from tools.demo.model import CENTRE_PLAN, LEVEL_COUNTS, NETWORK_PLAN, PRIMARY, SCHOOL_COMMUNES
from tools.demo.phrases_places import NAME_WORDS, SCHOOL_NAME_PREFIX
from tools.demo.world import School, World


def school_name(rng: random.Random, level: str, public: bool, word: tuple[str, str]) -> str:
    """A name that says it is fictional: « École élémentaire fictive des Tilleuls », « Collège fictif Le Val »."""
    prefix, fictif = SCHOOL_NAME_PREFIX[level]
    if not public:
        prefix += " privée" if prefix.startswith("École") else " privé"
    if prefix.startswith("École"):
        return f"{prefix} {fictif} {word[0] if rng.random() < 0.5 else word[1]}"
    return f"{prefix} {fictif} {word[1]}"


def build_schools(world: World) -> None:
    """The REP / REP+ networks (a collège and its primary schools), then the other schools spread over the communes."""
    rng = rng_for("ecoles")
    communes = world.communes
    qpv_communes = [c for c in communes if communes[c].qpvs]
    chosen = sorted(set(qpv_communes) | set(CENTRE_PLAN) | {c for c, _ in NETWORK_PLAN})
    others = sorted((c for c in communes if c not in chosen), key=lambda c: -communes[c].population)
    chosen = sorted(chosen + others[:SCHOOL_COMMUNES - len(chosen)])
    pool = [level for level, n in LEVEL_COUNTS.items() for _ in range(n)]
    rng.shuffle(pool)
    stems = [f"095{n:04d}" for n in rng.sample(range(9000, 10000), sum(LEVEL_COUNTS.values()))]
    words = list(NAME_WORDS)
    network_words = rng.sample(words, len(NETWORK_PLAN))
    used: set[tuple[str, str]] = set()

    def add(level: str, commune: str, public: bool, priority: str, network: str, word=None) -> School:
        while True:
            name = school_name(rng, level, public, word or rng.choice(words))
            if (commune, name) not in used:
                break
        used.add((commune, name))
        stem = stems.pop()
        lat, lon = random_point(rng, communes[commune].polygons)
        school = School(stem + ids.uai_check_letter(stem), name, level, public, priority, network, commune, lat, lon)
        world.schools[school.uai] = school
        return school

    world.rows["reseaux"] = []
    plan = sorted(NETWORK_PLAN, key=lambda item: (fold(communes[item[0]].nom), item[1]))
    for number, ((commune, kind), word) in enumerate(zip(plan, network_words), start=1):
        network = f"RES-95-{number:02d}"
        pool.remove("college")
        head = add("college", commune, True, kind, network, word)
        for _ in range(rng.randint(3, 8)):
            level = next(lv for lv in pool if lv in PRIMARY)
            pool.remove(level)
            add(level, commune, True, kind, network)
        kind_label = label(voc.NETWORK_TYPE, kind)
        world.rows["reseaux"].append({"id_reseau": network, "type": label(voc.NETWORK_TYPE, kind), "tete": head.uai,
                                      "nom": f"Réseau {kind_label} fictif {word[1]} ({communes[commune].nom})"})
    # The other schools: more in big communes and in communes with QPVs, at least one everywhere.
    weights = {c: communes[c].population ** 0.8 * (1.6 if communes[c].qpvs else 1.0) for c in chosen}
    total, remaining = sum(weights.values()), len(pool)
    floor = {c: 3 if c in CENTRE_PLAN else 1 for c in chosen}
    shares = {c: max(floor[c], int(remaining * weights[c] / total)) for c in chosen}
    by_weight = sorted(chosen, key=lambda c: (-weights[c], c))
    index = 0
    while sum(shares.values()) != remaining:
        c = by_weight[index % len(by_weight)]
        if sum(shares.values()) < remaining:
            shares[c] += 1
        elif shares[c] > floor[c]:
            shares[c] -= 1
        index += 1
    slots = [c for c in chosen for _ in range(shares[c])]
    rng.shuffle(slots)
    assigned: list[tuple[str, str]] = []
    for level, minimum in (("lycee", 20000), ("lycee_pro", 20000), ("college", 6000)):
        for _ in range(pool.count(level)):
            pick = next((s for s in slots if communes[s].population >= minimum), slots[0])
            slots.remove(pick)
            pool.remove(level)
            assigned.append((level, pick))
    assigned += list(zip(pool, slots))
    private = set(rng.sample(range(len(assigned)), round(0.1 * sum(LEVEL_COUNTS.values()))))
    for n, (level, commune) in enumerate(assigned):
        add(level, commune, n not in private, "hors_ep", "")
    world.rows["ecoles"] = [
        {"uai": s.uai, "nom": s.nom, "niveau": label(voc.SCHOOL_LEVEL, s.level),
         "statut": label(voc.SCHOOL_STATUS, "public" if s.public else "prive"),
         "education_prioritaire": label(voc.PRIORITY, s.priority), "latitude": decimal(s.lat, 5),
         "longitude": decimal(s.lon, 5), "code_commune": s.commune, "reseau": s.network}
        for s in sorted(world.schools.values(), key=lambda s: s.uai)]
