"""The fictional REP / REP+ networks and the fictional schools (sheets ``reseaux`` and ``ecoles``).

Networks (about a third REP+) sit in communes that have QPVs, in proportion to the people living
in them; each is a collège and three to eight primary schools of its commune. The other schools
are spread over the communes (see :mod:`tools.national.allocation`), with the demo's mix of
levels. UAIs are ``<département on 3 characters>9xxx`` + check letter (``620``/``720`` for
Corsica): real schools never use 9000–9999, so no fictional UAI can be a real one.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from graph import vocabularies as voc
from graph.text import fold
from tools.demo.common import decimal, label
from tools.demo.model import LEVEL_COUNTS, PRIMARY
from tools.demo.phrases_places import NAME_WORDS
from tools.demo.schools import school_name
from tools.national.allocation import expected_counts, integer_counts
from tools.national.common import (
    UAI_CAPACITY,
    UAI_FIRST,
    UAI_LAST,
    Row,
    SheetWriter,
    fictional_uai,
    largest_remainder,
    rng_for,
    scaled,
    systematic,
    weighted_order,
)
from tools.national.geo import near, spread_km
from tools.national.world import Commune, School, World

REP_PLUS_SHARE = 1 / 3
PRIVATE_SHARE = 0.10
NETWORK_SIZE = (3, 8)  # primary schools per network
MAX_NETWORK_SHARE = 0.06  # of all networks, in one département


@dataclass(slots=True)
class Network:
    id: str
    kind: str
    commune: str
    word: tuple[str, str]
    head: str = ""


class SchoolFactory:
    """Makes schools: a free UAI of the département, a fictional name unique in its commune, a point."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.world, self.rng = world, rng
        self.numbers: dict[str, list[int]] = {}
        self.names: set[tuple[str, str]] = set()

    def uai(self, dept: str) -> str:
        if dept not in self.numbers:
            self.numbers[dept] = self.rng.sample(range(UAI_FIRST, UAI_LAST + 1), UAI_CAPACITY)
        if not self.numbers[dept]:
            raise RuntimeError(f"more than {UAI_CAPACITY} fictional schools in département {dept}")
        return fictional_uai(dept, self.numbers[dept].pop())

    def name(self, commune: str, level: str, public: bool, word: tuple[str, str] | None) -> str:
        for _ in range(12):
            candidate = school_name(self.rng, level, public, word or self.rng.choice(NAME_WORDS))
            if (commune, candidate) not in self.names:
                break
            word = None
        number = 2
        base = candidate
        while (commune, candidate) in self.names:
            candidate, number = f"{base} {number}", number + 1
        self.names.add((commune, candidate))
        return candidate

    def add(self, level: str, commune: Commune, public: bool, priority: str, network: str,
            word: tuple[str, str] | None = None) -> School:
        lat, lon = near(self.rng, commune.lat, commune.lon, spread_km(commune.population))
        school = School(self.uai(commune.dept), self.name(commune.code, level, public, word), level, public,
                        priority, network, commune.code, lat, lon)
        if school.uai in self.world.schools:
            raise RuntimeError(f"duplicate UAI {school.uai}")
        self.world.schools[school.uai] = school
        return school


def plan_networks(world: World, rng: random.Random, count: int) -> list[Network]:
    """``count`` networks in communes with QPVs, in proportion to their QPV population; a third REP+."""
    units = [c for c in world.communes.values() if c.placeable and c.qpvs]
    if not units:
        world.notes.append("Réseaux : aucun QPV dans les départements générés, aucun réseau.")
        return []
    slots: list[tuple[float, int, Commune]] = []  # (how deprived, order, commune): the most deprived get REP+
    for commune, n in zip(units, systematic(rng, network_weights(units), count)):
        for _ in range(n):
            share = commune.qpv_population / max(1, commune.population)
            slots.append((share + rng.gauss(0, 0.15), len(slots), commune))
    ranked = sorted(slots, key=lambda slot: (-slot[0], slot[1]))
    plus = {slot[1] for slot in ranked[:round(len(slots) * REP_PLUS_SHARE)]}
    plan = sorted(((c, "rep_plus" if i in plus else "rep") for _, i, c in slots),
                  key=lambda p: (p[0].dept, fold(p[0].nom), p[0].code, p[1]))
    networks, number = [], defaultdict(int)
    for commune, kind in plan:
        number[commune.dept] += 1
        networks.append(Network(f"RES-{commune.dept}-{number[commune.dept]:03d}", kind, commune.code,
                                rng.choice(NAME_WORDS)))
    return networks


def network_weights(units: list[Commune]) -> list[float]:
    """How many networks each commune with QPVs should get (in proportion), no département above its share.

    Networks follow the people of the QPVs, a little less than proportionally; a département holds at
    most :data:`MAX_NETWORK_SHARE` of the networks (Seine-Saint-Denis would otherwise take one in eight),
    what it cannot hold going to the others.
    """
    weights = [c.qpv_population ** 0.85 for c in units]
    for _ in range(20):
        total = sum(weights)
        per_dept: dict[str, float] = defaultdict(float)
        for c, w in zip(units, weights):
            per_dept[c.dept] += w
        over = {d: total * MAX_NETWORK_SHARE / w for d, w in per_dept.items() if w > total * MAX_NETWORK_SHARE * 1.001}
        if not over or len(per_dept) * MAX_NETWORK_SHARE <= 1:
            break
        weights = [w * over.get(c.dept, 1.0) for c, w in zip(units, weights)]
    return weights


def build_schools(world: World, writers: dict[str, SheetWriter]) -> None:
    """Networks first (their collège and primary schools), then every other school; write both sheets."""
    rng = rng_for(world.seed, "ecoles")
    total = scaled("ecoles", world.scale)
    if total > 0.9 * UAI_CAPACITY * len(world.departements):
        raise ValueError(f"{total} fictional schools do not fit in {len(world.departements)} départements "
                         f"({UAI_CAPACITY} fictional UAIs each): lower --scale")
    levels = largest_remainder({k: float(v) for k, v in LEVEL_COUNTS.items()}, total)
    networks = plan_networks(world, rng, min(scaled("reseaux", world.scale), levels["college"]))
    factory = SchoolFactory(world, rng)
    network_rows: list[Row] = []
    for network in networks:
        commune = world.communes[network.commune]
        head = factory.add("college", commune, True, network.kind, network.id, network.word)
        levels["college"] -= 1
        for _ in range(rng.randint(*NETWORK_SIZE)):
            left = [lv for lv in PRIMARY if levels[lv] > 0]
            if not left:
                break
            level = rng.choices(left, [levels[lv] for lv in left])[0]
            levels[level] -= 1
            factory.add(level, commune, True, network.kind, network.id)
        kind_label = label(voc.NETWORK_TYPE, network.kind)
        network_rows.append({"id_reseau": network.id, "type": kind_label, "tete": head.uai,
                             "nom": f"Réseau {kind_label} fictif {network.word[1]} ({commune.nom})"})
    _place_other_schools(world, rng, factory, levels)
    writers["reseaux"].write_all(network_rows)
    by_commune: dict[str, list[str]] = defaultdict(list)
    for uai in sorted(world.schools):
        s = world.schools[uai]
        by_commune[s.commune].append(uai)
        writers["ecoles"].write({
            "uai": s.uai, "nom": s.nom, "niveau": label(voc.SCHOOL_LEVEL, s.level),
            "statut": label(voc.SCHOOL_STATUS, "public" if s.public else "prive"),
            "education_prioritaire": label(voc.PRIORITY, s.priority), "latitude": decimal(s.lat, 5),
            "longitude": decimal(s.lon, 5), "code_commune": s.commune, "reseau": s.network})
    world.schools_by_commune = dict(by_commune)
    world.counts.update(reseaux=writers["reseaux"].count, ecoles=writers["ecoles"].count)


def _place_other_schools(world: World, rng: random.Random, factory: SchoolFactory, levels: dict[str, int]) -> None:
    """Spread the schools left in ``levels`` over the communes, cap the départements, and create them."""
    communes = [c for c in world.communes.values() if c.placeable]
    used: dict[str, int] = defaultdict(int)
    for school in world.schools.values():
        used[world.communes[school.commune].dept] += 1
    room = {dept: UAI_CAPACITY - used[dept] for dept in world.departements}
    totals = {"primary": sum(levels[lv] for lv in PRIMARY), "college": levels["college"], "lycee": levels["lycee"],
              "lycee_pro": levels["lycee_pro"]}
    counts = integer_counts(rng, communes, expected_counts(communes, totals, room, world.notes), totals)
    # Primary slots: « école primaire » (all classes in one school) mostly in small communes.
    slots = [code for code, n in counts["primary"].items() for _ in range(n)]
    order = weighted_order(rng, slots, [1 / (1 + world.communes[code].population / 1500) for code in slots])
    primaire = order[:levels["primaire"]]
    rest = order[levels["primaire"]:]
    rng.shuffle(rest)
    assigned = [("primaire", code) for code in primaire]
    assigned += [("maternelle", code) for code in rest[:levels["maternelle"]]]
    assigned += [("elementaire", code) for code in rest[levels["maternelle"]:]]
    for group in ("college", "lycee", "lycee_pro"):
        assigned += [(group, code) for code, n in counts[group].items() for _ in range(n)]
    assigned.sort(key=lambda item: (item[1], item[0]))
    rng.shuffle(assigned)
    weights = [3.0 if world.communes[code].population >= 5000 else 1.0 for _, code in assigned]
    private = set(weighted_order(rng, range(len(assigned)), weights)[:round(PRIVATE_SHARE * len(assigned))])
    for n, (level, code) in enumerate(assigned):
        factory.add(level, world.communes[code], n not in private, "hors_ep", "")
