"""Conflict situations between parents and a school: from a description (nature of the conflict, who turned to
the centre, school level, territory), the similar past cases, the stances centres took and how often each
eased the situation, and the lessons they wrote.

What may identify a family never leaves this module for a person not entitled to it: the narratives
(``recit``, and the free texts ``actions`` and ``enseignements``, written about a family's situation) only
for :meth:`graph.access.Access.can_read_case` (the federation, and the centre that wrote the case); for
everyone, only the vocabulary fields (nature, who asked, stance, issue, level) and the year — never the
school, the month, nor the centre of a case one may not read.

Similarity of a past case to the description: same nature 3, same party who asked 3 (both parties and one of
them 1), same school level 2 (same group of levels 1), same commune 1 (same département 0.5); out of 9.

>>> from graph.backends.embedded import EmbeddedStore
>>> from ingest.demo import load_demo
>>> from graph.access import PUBLIC, Access, Role
>>> import tempfile
>>> store = EmbeddedStore(tempfile.mkdtemp())
>>> _ = load_demo(store)
>>> asked = Conflict(nature="sanction", solicited_by="les_deux", level="college")
>>> public = similar_cases(store, asked, PUBLIC)
>>> len(public.cases) > 0, any(case.recit for case in public.cases), public.cases[0].centre
(True, False, None)
>>> admin = similar_cases(store, asked, Access(Role.ADMIN))
>>> all(case.recit for case in admin.cases)
True
>>> sum(stance.cases for stance in public.stances) == sum(1 for c in store.nodes("Situation") if c["issue"] != "en_cours")
True
>>> store.close()
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from graph import vocabularies as voc
from graph.access import Access
from graph.schema import KINDS
from graph.store import GraphStore
from queries.recommend_index import level_group
from queries.registry import named

# The props of a case that only those entitled to it may read: the sensitive ones of the schema, and the
# other free texts written about a family's situation.
NARRATIVE = tuple(dict.fromkeys([p.name for p in KINDS["Situation"].props if p.sensitive] + ["actions",
                                                                                             "enseignements"]))
SIMILARITY = {"nature": 3.0, "solicited_by": 3.0, "level": 2.0, "territory": 1.0}
EASED = ("apaisee",)
PARTLY = ("en_partie",)


@dataclass(frozen=True)
class Conflict:
    """The description of a situation; every field may be left empty."""

    nature: str | None = None
    solicited_by: str | None = None           # parent, ecole, les_deux
    level: str | None = None
    commune: str | None = None                # INSEE code


@dataclass(frozen=True)
class Case:
    """A past case, as much of it as the person asking may read."""

    id: str
    similarity: float                         # between 0 and 1
    shared: tuple[str, ...]                   # what it has in common with the description: nature, solicited_by…
    nature: str
    solicited_by: str
    stance: str
    issue: str
    level: str
    year: str
    readable: bool                            # the narratives are given (the person is entitled to them)
    centre: str | None = None                 # only when readable
    actions: str = ""
    enseignements: str = ""
    recit: str = ""


@dataclass(frozen=True)
class StanceRecord:
    """How a stance went, over the similar cases (``similar_*``) and over all cases."""

    stance: str
    cases: int
    eased: int
    partly: int
    similar_cases: float                      # weighted by similarity
    similar_eased: float

    @property
    def eased_share(self) -> float | None:
        """Share of the similar cases that eased (weighted), or of all cases when none is similar."""
        if self.similar_cases > 0:
            return self.similar_eased / self.similar_cases
        return self.eased / self.cases if self.cases else None


@dataclass(frozen=True)
class Guidance:
    cases: list[Case]
    stances: list[StanceRecord]               # best eased share first
    hidden: int                               # similar cases whose narratives the person may not read
    lessons: list[str] = field(default_factory=list)  # lessons of readable similar cases, most similar first


def _similarity(conflict: Conflict, case: dict, where: str | None, departement: dict[str, str]) -> tuple[float,
                                                                                                      tuple[str, ...]]:
    score, shared = 0.0, []
    if conflict.nature and case.get("nature") == conflict.nature:
        score += SIMILARITY["nature"]
        shared.append("nature")
    asked = case.get("sollicite_par")
    if conflict.solicited_by and asked == conflict.solicited_by:
        score += SIMILARITY["solicited_by"]
        shared.append("solicited_by")
    elif conflict.solicited_by and "les_deux" in (asked, conflict.solicited_by):
        score += SIMILARITY["solicited_by"] / 3
    level = case.get("niveau")
    if conflict.level and level == conflict.level:
        score += SIMILARITY["level"]
        shared.append("level")
    elif conflict.level and level and level_group(level) == level_group(conflict.level):
        score += SIMILARITY["level"] / 2
    if conflict.commune and where == conflict.commune:
        score += SIMILARITY["territory"]
        shared.append("territory")
    elif conflict.commune and where and departement.get(where) == departement.get(conflict.commune):
        score += SIMILARITY["territory"] / 2
    return score / sum(SIMILARITY.values()), tuple(shared)


@named("situations_similaires", "conflict", "access", "limit")
def similar_cases(store: GraphStore, conflict: Conflict, access: Access, limit: int = 10) -> Guidance:
    """The past cases most like ``conflict``, the record of each stance, and the lessons — the narratives only
    for those ``access`` entitles."""
    centre_of = {r.source_key: r.target_key for r in store.links("SIGNALEE_PAR")}
    commune_of = {r.source_key: r.target_key for r in store.links("SITUE_DANS", "Centre")}
    departement = {r.source_key: r.target_key for r in store.links("DANS_DEPARTEMENT")}
    scored = []
    for case in store.nodes("Situation"):
        key = case["id_situation"]
        centre = centre_of.get(key, "")
        similarity, shared = _similarity(conflict, case, commune_of.get(centre), departement)
        scored.append((similarity, key, case, centre, shared))
    scored.sort(key=lambda item: (-item[0], item[1]))
    stances = _stances(scored)
    cases = [_case(access, *item) for item in scored[:limit] if item[0] > 0]
    lessons = [case.enseignements for case in cases if case.readable and case.enseignements]
    return Guidance(cases, stances, sum(1 for case in cases if not case.readable), list(dict.fromkeys(lessons)))


def _case(access: Access, similarity: float, key: str, case: dict, centre: str, shared: tuple[str, ...]) -> Case:
    readable = access.can_read_case(centre)
    narrative = {name: str(case.get(name) or "") for name in NARRATIVE} if readable else {}
    return Case(key, round(similarity, 3), shared, str(case.get("nature") or ""), str(case.get("sollicite_par") or ""),
                str(case.get("posture") or ""), str(case.get("issue") or ""), str(case.get("niveau") or ""),
                str(case.get("date") or "")[:4], readable, centre if readable else None,
                narrative.get("actions", ""), narrative.get("enseignements", ""), narrative.get("recit", ""))


def _stances(scored: list[tuple[float, str, dict, str, tuple[str, ...]]]) -> list[StanceRecord]:
    """Each stance of the vocabulary with its record; ongoing cases are left out of the shares."""
    counts: Counter[str] = Counter()
    eased: Counter[str] = Counter()
    partly: Counter[str] = Counter()
    similar: defaultdict[str, float] = defaultdict(float)
    similar_eased: defaultdict[str, float] = defaultdict(float)
    for similarity, _, case, _, _ in scored:
        stance, issue = case.get("posture", ""), case.get("issue", "")
        if issue == "en_cours" or not issue:
            continue
        counts[stance] += 1
        eased[stance] += issue in EASED
        partly[stance] += issue in PARTLY
        weight = similarity ** 2
        similar[stance] += weight
        similar_eased[stance] += weight * (issue in EASED)
    records = [StanceRecord(code, counts[code], eased[code], partly[code], round(similar[code], 6),
                            round(similar_eased[code], 6)) for code in voc.STANCE.codes]
    return sorted(records, key=lambda r: (-(r.eased_share or 0.0), voc.STANCE.codes.index(r.stance)))
