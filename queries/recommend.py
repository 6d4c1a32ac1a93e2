"""« What worked for neighbours like us? »: practices that worked in similar configurations, ranked, each
with the reasons a director can judge for themselves.

The method
----------
A configuration (:class:`Profile`: a centre picked in the graph, or described by hand) and a problem
(themes and free French text) are compared with every candidate practice. Six components, each between
0 and 1, are combined by a weighted mean; the weights (:class:`Weights`) are the federation's to adjust
and save, and the components that do not apply (no problem given, no place, no centre) are left out of the
mean:

- ``probleme`` — the problem: share of the themes asked for that the practice has, and the TF-IDF cosine of
  the free text with the practice's text (accents, plurals and field synonyms such as CLAS / accompagnement
  scolaire taken care of, :mod:`queries.recommend_text`), saturated at :data:`TEXT_FULL`;
- ``configuration`` — the configuration it grew in, school by school (the best of its schools): same school
  level (1; a level of the same group, 0.5), same priority status (1; REP and REP+, 0.5), a partnership of
  the same quality and rhythm (1 minus the distance on the ordinal scale); and the carrying centre of the
  same kind (centre social or espace de vie sociale) and running a CLAS or not, as yours;
- ``resultat`` — its own outcome (worked 1, partly 0.6, ongoing 0.3, did not work 0);
- ``soutien`` — what happened to its sisters (the same practice carried by other centres), in schools of
  your levels: (worked + ½ partly + 1) / (all + 2);
- ``graphe`` — how close its centre is to yours in the graph (a partner school in common 1, a REP network
  0.7, a QPV 0.5, a meeting attended together 0.3);
- ``geographie`` — exp(−distance / :data:`DISTANCE_SCALE` km); a centre within :data:`NEIGHBOUR_KM` km, or in
  the same commune, is a neighbour.

By default only the practices that worked or partly worked are shown, never those of your own centre, and,
when a problem is given, never those that have nothing in common with it (no theme, no word).

>>> from graph.backends.embedded import EmbeddedStore
>>> from ingest.demo import load_demo
>>> import tempfile
>>> store = EmbeddedStore(tempfile.mkdtemp())
>>> _ = load_demo(store)
>>> index = build_index(store)
>>> mine = profile_for_centre(store, "CS95-001", levels=("elementaire",), index=index)
>>> asked = Profile(**{**mine.__dict__, "themes": ("parents_allophones",), "text": "parents qui ne parlent pas français"})
>>> found = recommend(store, asked, index=index)
>>> first = found.items[0]
>>> first.resultat in ("a_marche", "en_partie"), "parents_allophones" in first.themes, first.contact["id"] != "CS95-001"
(True, True, True)
>>> abs(sum(first.points.values()) - first.score) < 1e-9
True
>>> store.close()
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from graph import vocabularies as voc
from graph.schema import PRACTICE_GRID
from graph.store import GraphStore
from queries.recommend_index import (
    FREQUENCIES,
    LEVELS,
    OUTCOMES,
    PRIORITIES,
    QUALITIES,
    RecommendationIndex,
    bits,
    build_index,
    distance_km,
    level_group,
    stored_index,
)
from queries.recommend_text import FINE, concept_label, surface_words
from queries.registry import named

TEXT_FULL = 0.25       # a text cosine this high counts as a full match of the problem's words
TEXT_GATE = 0.12       # a practice that names no concept of the problem must be this close to it in words
PROBLEM_PARTS = {"themes": 0.35, "concepts": 0.4, "text": 0.25}  # the parts of the problem's component
THEME_CREDIT = 0.35    # a concept not named by the practice, but one of its themes is the practice's
EVIDENCE_POWER = 1.0   # a concept named n times in the problem weighs n ** this as much as one named once
DISTANCE_SCALE = 15.0  # km
NEIGHBOUR_KM = 5.0
SCORED_SISTERS = 10    # the nearest sisters read for ``soutien`` (the counts shown read them all)
OUTCOME_VALUE = {"a_marche": 1.0, "en_partie": 0.6, "en_cours": 0.3, "n_a_pas_marche": 0.0}
SHOWN_BY_DEFAULT = ("a_marche", "en_partie")
COMPONENTS = ("probleme", "configuration", "resultat", "soutien", "graphe", "geographie")

__all__ = ["Filters", "Profile", "Recommendation", "Recommendations", "Weights", "build_index", "profile_for_centre",
           "recommend", "why_not_higher"]


@dataclass(frozen=True)
class Weights:
    """How much each component counts; the federation adjusts and saves them."""

    probleme: float = 4.0
    configuration: float = 2.0
    resultat: float = 4.0
    soutien: float = 1.5
    graphe: float = 0.25
    geographie: float = 0.25

    def of(self, component: str) -> float:
        return max(0.0, float(getattr(self, component)))


@dataclass(frozen=True)
class Profile:
    """A configuration and a problem. Every field may be left empty."""

    centre: str | None = None                  # the centre asking (its practices are left out)
    commune: str | None = None                 # INSEE code: where, when no centre is picked
    evs: bool | None = None                    # an espace de vie sociale
    clas: bool | None = None                   # runs a CLAS
    levels: tuple[str, ...] = ()               # school levels concerned
    priority: tuple[str, ...] = ()             # rep_plus, rep, hors_ep
    quality: str | None = None                 # of the partnership with the school(s) concerned
    frequency: str | None = None
    objects: tuple[str, ...] = ()              # objects of the partnership
    qpv: bool | None = None                    # works in a QPV
    position: tuple[float, float] | None = None  # latitude, longitude: where, for a commune the graph does not hold
    themes: tuple[str, ...] = ()               # the problem, as themes
    text: str = ""                             # the problem, in free French


@dataclass(frozen=True)
class Filters:
    """What the person keeps: within ``max_km``, these outcomes, school levels and themes (empty: all)."""

    max_km: float | None = None
    outcomes: tuple[str, ...] = SHOWN_BY_DEFAULT
    levels: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Shared:
    """A feature the practice shares with the configuration asked for: a catalogue key and its values."""

    key: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Recommendation:
    rank: int
    id: str
    title: str
    resultat: str
    score: float                                  # between 0 and 1
    values: dict[str, float]                      # each component, between 0 and 1
    points: dict[str, float]                      # each component's share of the score (they add up to it)
    shared: tuple[Shared, ...]
    distance_km: float | None
    neighbour: bool
    same_commune: bool                            # its centre is in the commune asked for
    centres: dict[str, int]                       # outcome → in how many centres the practice (or a sister) had it
    evidence: str
    description: str
    grid: tuple[tuple[str, str], ...]             # the analysis grid's answers: (field, text), in the grid's order
    meeting: dict[str, Any] | None
    contact: dict[str, str]                       # the carrying centre: id, name, commune, the contact it shares
                                                  # with members (its « accueil », never a person's)
    themes: tuple[str, ...]
    levels: tuple[str, ...]
    draft: bool


@dataclass(frozen=True)
class Recommendations:
    items: list[Recommendation]
    considered: int                               # practices examined
    weights: Weights


# --- the profile of a centre --------------------------------------------------------------------


@named("recommandations_profil", "centre", "levels", "index")
def profile_for_centre(store: GraphStore, centre: str, levels: tuple[str, ...] = (),
                       index: RecommendationIndex | None = None) -> Profile:
    """The configuration of ``centre`` as the graph knows it: place, kind, CLAS, the levels and priority status
    of its partner schools (only ``levels`` if given), and its most solid partnership with them."""
    index = index or build_index(store)
    info = index.centres.get(centre)
    if info is None:
        return Profile()
    links = [link for link in info.partnerships if not levels or link.level in levels]
    best = max(links, key=lambda link: QUALITIES.index(link.qualite) if link.qualite in QUALITIES else -1,
               default=None)
    return Profile(
        centre=centre, commune=info.commune or None, evs=info.evs, clas="clas" in info.activites,
        levels=tuple(levels) or tuple(sorted({link.level for link in links if link.level}, key=LEVELS.index)),
        priority=tuple(sorted({link.priority for link in links}, key=PRIORITIES.index)),
        quality=best.qualite if best else None, frequency=best.frequence if best else None,
        objects=tuple(sorted({o for link in links for o in link.objets})))


# --- scoring --------------------------------------------------------------------------------------


def _location(index: RecommendationIndex, profile: Profile) -> tuple[float, float] | None:
    if profile.centre in index.centres:
        centre = index.centres[profile.centre]
        if not (math.isnan(centre.lat) or math.isnan(centre.lon)):
            return centre.lat, centre.lon
    if profile.commune in index.communes:
        _, lat, lon = index.communes[profile.commune]
        if not (math.isnan(lat) or math.isnan(lon)):
            return lat, lon
    return profile.position


@dataclass
class _Scored:
    rows: np.ndarray
    values: dict[str, np.ndarray]
    applies: dict[str, bool]
    distances: np.ndarray
    relevant: np.ndarray                # addresses the problem (every practice when none is given)


def _score(index: RecommendationIndex, profile: Profile, rows: np.ndarray,
           problem: tuple[np.ndarray, bool, np.ndarray] | None = None) -> _Scored:
    """Every component of the practices ``rows``, as arrays (``problem``: their problem's component, when the
    first stage read it already)."""
    place = _location(index, profile)
    values: dict[str, np.ndarray] = {}
    applies: dict[str, bool] = {}
    values["probleme"], applies["probleme"], relevant = problem or _problem(index, profile, rows)
    sisters, owner = _ragged(index.sister_start, rows, most=SCORED_SISTERS)
    sisters = index.sister_rows[sisters]
    parts = _configuration_parts(index, profile, rows)
    theirs = _configuration_parts(index, profile, sisters)
    similarity = _configuration_of(theirs) if theirs else np.ones(len(sisters))
    if "level" in parts:  # a level where a sister was carried counts too: the practice is known to travel there
        np.maximum.at(parts["level"], owner, 0.8 * theirs["level"])
    values["configuration"] = _configuration_of(parts) if parts else np.zeros(len(rows))
    applies["configuration"] = bool(parts)
    values["resultat"], applies["resultat"] = _outcome_values(index, rows), True
    values["soutien"], applies["soutien"] = _support(index, rows, sisters, owner, similarity), True
    neighbours = index.neighbours.get(profile.centre or "", {})
    closeness = np.zeros(len(rows))
    if neighbours:
        near = np.zeros(len(index.centre_ids))
        near[[index.centre_row[c] for c in neighbours]] = list(neighbours.values())
        closeness = near[index.centre_of[rows]]
    values["graphe"], applies["graphe"] = closeness, profile.centre in index.centres
    distances = distance_km(place[0], place[1], index.lat[rows], index.lon[rows]) if place else np.full(len(rows),
                                                                                                        np.nan)
    values["geographie"] = np.where(np.isnan(distances), 0.0, np.exp(-np.nan_to_num(distances) / DISTANCE_SCALE))
    applies["geographie"] = place is not None
    return _Scored(rows, values, applies, distances, relevant)


def _ragged(starts: np.ndarray, rows: np.ndarray, most: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The positions ``starts[r]:starts[r+1]`` of every row ``r`` of ``rows`` (the first ``most`` of each), and which
    row each belongs to."""
    begin, end = starts[rows], starts[rows + 1]
    lengths = end - begin if most is None else np.minimum(end - begin, most)
    flat = np.repeat(begin - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths) + np.arange(lengths.sum())
    return flat.astype(np.int64), np.repeat(np.arange(len(rows)), lengths)


def _problem(index: RecommendationIndex, profile: Profile, rows: np.ndarray) -> tuple[np.ndarray, bool, np.ndarray]:
    """How much each practice of ``rows`` addresses the problem, between 0 and 1, whether a problem was given, and
    whether each practice addresses it at all (the gate: it has a theme ticked, names a concept of the problem,
    or its words are close enough to the problem's).

    Three parts, each between 0 and 1, weighted by :data:`PROBLEM_PARTS` (those that do not apply left out): the
    share of the themes ticked that the practice has; the share of the problem's concepts
    (:func:`queries.recommend_text.concepts`, each weighted by its rarity) that it names — a concept it does not
    name but one of whose themes it has counts :data:`THEME_CREDIT`; the text cosine, saturated at
    :data:`TEXT_FULL`."""
    text = profile.text.strip()
    if not profile.themes and not text:
        return np.zeros(len(rows)), False, np.ones(len(rows), dtype=bool)
    parts: dict[str, np.ndarray] = {}
    themes = index.theme_mask[rows]
    relevant = np.zeros(len(rows), dtype=bool)
    if profile.themes:
        wanted = bits(voc.THEME.codes, profile.themes)
        parts["themes"] = np.bitwise_count(themes & wanted) / max(1, int(np.bitwise_count(wanted)))
        relevant |= parts["themes"] > 0
    if text:
        cosine = index.text.scores(index.text.vector(profile.text), rows)
        parts["text"] = np.minimum(1.0, cosine / TEXT_FULL)
        relevant |= cosine >= TEXT_GATE
        asked = _asked(index, profile.text)
        if asked:
            named = index.text.has([column for column, _, _ in asked], rows)
            credit = sum(weight * np.where(named[:, n], 1.0, np.where((themes & mask) != 0, THEME_CREDIT, 0.0))
                         for n, (_, weight, mask) in enumerate(asked))
            parts["concepts"] = credit / sum(weight for _, weight, _ in asked)
            relevant |= named.any(axis=1)
    total = sum(PROBLEM_PARTS[name] for name in parts)
    return sum(PROBLEM_PARTS[name] * part for name, part in parts.items()) / total, True, relevant


def _asked(index: RecommendationIndex, text: str) -> list[tuple[int, float, int]]:
    """The concepts the problem's text names that some practice names too: (column of the text index, weight,
    the concept's themes as bits). The thesaurus's concepts; the themes and activities named only when the text
    names no concept of the thesaurus (an activity named is where the problem is, not what it is)."""
    named = index.text.thesaurus.evidence(text)
    fine = [code for code in sorted(named) if code in FINE]
    chosen = [(code, FINE[code].themes) for code in fine] or [(code, (code,)) for code in sorted(named)
                                                                if code in voc.THEME.codes]
    found = []
    for code, concept_themes in chosen:
        column = index.text.column(f"~{code}")
        if column is not None:
            mask = bits(voc.THEME.codes, concept_themes)
            found.append((column, float(index.text.idf[column]) * named[code] ** EVIDENCE_POWER, mask))
    return found


def same_levels(levels: tuple[str, ...]) -> tuple[str, ...]:
    """The levels that are the same school as ``levels``: a *primaire* is a maternelle and an élémentaire.

    >>> same_levels(("primaire",)), same_levels(("maternelle", "college"))
    (('maternelle', 'elementaire', 'primaire'), ('maternelle', 'primaire', 'college'))
    """
    found = set(levels)
    if "primaire" in found:
        found |= {"maternelle", "elementaire"}
    if found & {"maternelle", "elementaire"}:
        found.add("primaire")
    return tuple(level for level in LEVELS if level in found)


CONFIGURATION_PARTS = {"level": 0.5, "partnership": 0.3, "centre": 0.2}


def _configuration_of(parts: dict[str, np.ndarray]) -> np.ndarray:
    """The weighted mean of the parts of the configuration that apply."""
    if not parts:
        return np.zeros(0)
    total = sum(CONFIGURATION_PARTS[name] for name in parts)
    return sum(CONFIGURATION_PARTS[name] * part for name, part in parts.items()) / total


def _configuration_parts(index: RecommendationIndex, profile: Profile, rows: np.ndarray) -> dict[str, np.ndarray]:
    """Per practice, between 0 and 1: the best of its schools for the level; the best of its schools for the
    priority status and the partnership's quality and rhythm; its centre's kind and CLAS."""
    pairs, owner = _ragged(index.pair_start, rows)
    parts: dict[str, np.ndarray] = {}
    if profile.levels:
        wanted = np.array([LEVELS.index(level) for level in same_levels(profile.levels)])
        groups = {level_group(level) for level in profile.levels}
        same_group = np.array([level_group(level) in groups for level in LEVELS] + [False])
        level = index.pair_level[pairs]
        parts["level"] = _best(len(rows), owner, np.where(np.isin(level, wanted), 1.0,
                                                          np.where(same_group[level], 0.5, 0.0)))
    total, weight = np.zeros(len(pairs)), 0.0
    if profile.priority:
        wanted = np.array([PRIORITIES.index(p) for p in profile.priority if p in PRIORITIES])
        priority = index.pair_priority[pairs]
        both_rep = (priority < 2) & bool(np.any(wanted < 2))
        total += 0.4 * np.where(np.isin(priority, wanted), 1.0, np.where(both_rep, 0.5, 0.0))
        weight += 0.4
    for value, codes, array in ((profile.quality, QUALITIES, index.pair_quality),
                                (profile.frequency, FREQUENCIES, index.pair_frequency)):
        if value in codes:
            known = array[pairs]
            total += 0.3 * np.where(known < 0, 0.5, 1.0 - np.abs(known - codes.index(value)) / (len(codes) - 1))
            weight += 0.3
    if profile.objects:
        wanted_objects = bits(voc.PARTNERSHIP_OBJECT.codes, profile.objects)
        total += 0.3 * np.bitwise_count(index.pair_objects[pairs] & wanted_objects) / max(1, wanted_objects.bit_count())
        weight += 0.3
    if weight:
        parts["partnership"] = _best(len(rows), owner, total / weight)
    centre = [np.asarray(index.evs[rows] == profile.evs, dtype=float)] if profile.evs is not None else []
    centre += [np.asarray(index.clas[rows] == profile.clas, dtype=float)] if profile.clas is not None else []
    centre += [np.asarray(index.in_qpv[rows] == profile.qpv, dtype=float)] if profile.qpv is not None else []
    if centre:
        parts["centre"] = sum(centre) / len(centre)
    return parts


def _best(size: int, owner: np.ndarray, values: np.ndarray) -> np.ndarray:
    best = np.zeros(size)
    if len(values):
        np.maximum.at(best, owner, values)
    return best


def _outcome_values(index: RecommendationIndex, rows: np.ndarray) -> np.ndarray:
    """Its own outcome, averaged with what the centres that reused it reported."""
    table = np.array([OUTCOME_VALUE[code] for code in OUTCOMES] + [0.2])  # -1 (unknown) reads the last one
    reports = index.report_outcomes[rows]
    return (table[index.outcome[rows]] + reports @ table[:-1]) / (1 + reports.sum(axis=1))


def _support(index: RecommendationIndex, rows: np.ndarray, sisters: np.ndarray, owner: np.ndarray,
             similarity: np.ndarray) -> np.ndarray:
    """What happened to the practice's sisters, each counted as much as its configuration is like the one asked
    for (squared): (Σ weight × outcome + 1) / (Σ weight + 2), outcome 1 worked, ½ partly, 0 did not work."""
    outcome = index.outcome[sisters]
    finished = (outcome >= 0) & (outcome <= 2)
    weight = np.where(finished, similarity ** 2, 0.0)
    value = np.array([1.0, 0.5, 0.0, 0.0])[np.clip(outcome, 0, 3)]
    gained, counted = np.zeros(len(rows)), np.zeros(len(rows))
    np.add.at(gained, owner, weight * value)
    np.add.at(counted, owner, weight)
    return (gained + 1.0) / (counted + 2.0)


def _combine(scored: _Scored, weights: Weights) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    used = [c for c in COMPONENTS if scored.applies[c] and weights.of(c) > 0]
    total = sum(weights.of(c) for c in used) or 1.0
    points = {c: weights.of(c) * scored.values[c] / total if c in used else np.zeros(len(scored.rows))
              for c in COMPONENTS}
    return sum(points.values()), points  # type: ignore[return-value]


# --- filters and ranking ----------------------------------------------------------------------------


def _kept(index: RecommendationIndex, profile: Profile, filters: Filters, scored: _Scored) -> np.ndarray:
    rows = scored.rows
    keep = np.ones(len(rows), dtype=bool)
    if profile.centre in index.centres:
        keep &= index.centre_of[rows] != index.centre_row[profile.centre]
    if filters.outcomes:
        keep &= np.isin(index.outcome[rows], [OUTCOMES.index(o) for o in filters.outcomes if o in OUTCOMES])
    if filters.max_km is not None:
        keep &= ~np.isnan(scored.distances) & (np.nan_to_num(scored.distances, nan=np.inf) <= filters.max_km)
    if filters.themes:
        keep &= (index.theme_mask[rows] & bits(voc.THEME.codes, filters.themes)) != 0
    if filters.levels:
        wanted_levels = set(same_levels(filters.levels))
        keep &= np.array([bool(set(index.practices[r].levels) & wanted_levels) for r in rows], dtype=bool)
    keep &= scored.relevant  # a problem was given: a practice that does not address it is not shown
    return keep


def _ranked(index: RecommendationIndex, profile: Profile, filters: Filters, weights: Weights
            ) -> tuple[_Scored, np.ndarray, dict[str, np.ndarray], np.ndarray, int]:
    """The practices shown, scored and ordered, and how many were examined.

    Every practice is examined: what is cheap (the problem, the outcome, the place) first, to leave out those
    the filters or the problem's gate leave out; every practice left is then scored in full. No shortcut: the
    answer at national scale is the one scoring every practice gives."""
    first = _first_stage(index, profile, np.arange(len(index)))
    keep = _kept(index, profile, filters, first)
    rows = first.rows[keep]
    scored = _score(index, profile, rows, (first.values["probleme"][keep], first.applies["probleme"],
                                           first.relevant[keep]))
    score, points = _combine(scored, weights)
    # Ties: by row, that is by identifier (practices are read sorted by key), so that both stores agree.
    order = np.lexsort((scored.rows, -np.round(score, 12)))
    return scored, score, points, order, len(first.rows)


def _first_stage(index: RecommendationIndex, profile: Profile, rows: np.ndarray) -> _Scored:
    """The cheap components of ``rows`` (problem, outcome, place); the others count 0 for now."""
    place = _location(index, profile)
    values = {component: np.zeros(len(rows)) for component in COMPONENTS}
    applies = {component: False for component in COMPONENTS}
    values["probleme"], applies["probleme"], relevant = _problem(index, profile, rows)
    values["resultat"], applies["resultat"] = _outcome_values(index, rows), True
    distances = distance_km(place[0], place[1], index.lat[rows], index.lon[rows]) if place else np.full(len(rows),
                                                                                                        np.nan)
    values["geographie"] = np.where(np.isnan(distances), 0.0, np.exp(-np.nan_to_num(distances) / DISTANCE_SCALE))
    applies["geographie"] = place is not None
    return _Scored(rows, values, applies, distances, relevant)


@named("recommandations", "profile", "filters", "weights", "limit", "index")
def recommend(store: GraphStore, profile: Profile, filters: Filters | None = None, weights: Weights | None = None,
              limit: int = 10, index: RecommendationIndex | None = None) -> Recommendations:
    """The practices that worked (or partly) in configurations like ``profile``, best first, with their reasons."""
    index = index or build_index(store)
    filters, weights = filters or Filters(), weights or Weights()
    scored, score, points, order, examined = _ranked(index, profile, filters, weights)
    items = [_explained(index, profile, scored, score, points, position, rank)
             for rank, position in enumerate(order[:limit], start=1)]
    return Recommendations(items, examined, weights)


def _explained(index: RecommendationIndex, profile: Profile, scored: _Scored, score: np.ndarray,
               points: dict[str, np.ndarray], position: int, rank: int) -> Recommendation:
    row = int(scored.rows[position])
    practice = index.practices[row]
    centre = index.centres[practice.centre]
    distance = float(scored.distances[position])
    known = not math.isnan(distance)
    meeting = index.meetings.get(practice.rencontre or "")
    counts = index.sister_counts[row, 0]
    commune = profile.commune or (index.centres[profile.centre].commune if profile.centre in index.centres else None)
    same_commune = bool(commune) and centre.commune == commune
    return Recommendation(
        rank=rank, id=practice.id, title=practice.title, resultat=practice.resultat, score=float(score[position]),
        values={c: float(scored.values[c][position]) for c in COMPONENTS},
        points={c: float(points[c][position]) for c in COMPONENTS},
        shared=_shared(index, profile, row), distance_km=round(distance, 1) if known else None,
        neighbour=(known and distance <= NEIGHBOUR_KM) or same_commune, same_commune=same_commune,
        centres={"a_marche": int(counts[0]), "en_partie": int(counts[1]), "n_a_pas_marche": int(counts[2])},
        evidence=str(practice.props.get("preuves") or ""), description=str(practice.props.get("description") or ""),
        grid=tuple((name, str(practice.props[name])) for name in PRACTICE_GRID if practice.props.get(name)),
        meeting={"id": practice.rencontre, **meeting} if meeting else None,
        contact={"id": centre.id, "nom": centre.nom, "commune": centre.commune_nom, "accueil": centre.contact},
        themes=practice.themes, levels=practice.levels, draft=practice.draft)


def _shared(index: RecommendationIndex, profile: Profile, row: int) -> tuple[Shared, ...]:
    """What the practice has in common with the configuration asked for, in words."""
    practice = index.practices[row]
    found: list[Shared] = []
    themes = [t for t in practice.themes if t in profile.themes]
    if themes:
        found.append(Shared("themes", {"values": ", ".join(voc.THEME.label(t) for t in themes)}))
    if profile.text.strip():
        words = _common_words(index, profile.text, row)
        if words:
            found.append(Shared("words", {"values": ", ".join(words)}))
    links = practice.schools
    levels = sorted({s.level for s in links if s.level in same_levels(profile.levels)}, key=LEVELS.index)
    if levels:
        found.append(Shared("level", {"values": ", ".join(voc.SCHOOL_LEVEL.label(level) for level in levels)}))
    priority = sorted({s.priority for s in links if s.priority in profile.priority and s.priority != "hors_ep"})
    if priority:
        found.append(Shared("priority", {"values": ", ".join(voc.PRIORITY.label(p) for p in priority)}))
    if profile.quality and any(s.qualite == profile.quality for s in links):
        found.append(Shared("quality", {"value": voc.QUALITY.label(profile.quality)}))
    if profile.frequency and any(s.frequence == profile.frequency for s in links):
        found.append(Shared("frequency", {"value": voc.FREQUENCY.label(profile.frequency)}))
    objects = [code for code in voc.PARTNERSHIP_OBJECT.codes if code in profile.objects
               and any(code in s.objets for s in links)]
    if objects:
        found.append(Shared("objects", {"values": ", ".join(map(voc.PARTNERSHIP_OBJECT.label, objects))}))
    centre = index.centres[practice.centre]
    if profile.evs is not None and centre.evs == profile.evs:
        found.append(Shared("evs" if centre.evs else "centre_social"))
    if profile.clas and "clas" in centre.activites:
        found.append(Shared("clas"))
    if profile.qpv and centre.qpv:
        found.append(Shared("qpv"))
    closeness = index.neighbours.get(profile.centre or "", {}).get(practice.centre)
    if closeness:
        found.append(Shared({1.0: "same_school", 0.7: "same_network", 0.5: "same_qpv"}.get(closeness, "same_meeting")))
    return tuple(found)


def _common_words(index: RecommendationIndex, text: str, row: int, most: int = 4) -> list[str]:
    """What the problem and the practice share, in the federation's words: the concepts both name (their label
    in the thesaurus), then the words both use that say something (as typed), the rarest first."""
    query = index.text.vector(text)
    begin, end = index.text.matrix.indptr[row], index.text.matrix.indptr[row + 1]
    weight = dict(zip(index.text.matrix.indices[begin:end].tolist(), index.text.matrix.data[begin:end].tolist()))
    common = [int(i) for i in query.indices if int(i) in weight]
    tokens = [str(index.text.terms[i]) for i in sorted(common, key=lambda i: (-weight[i], index.text.terms[i]))]
    fine = [token for token in tokens if token[1:] in FINE]
    named = [token for token in tokens if token.startswith("~") and (token[1:] not in FINE) and not fine]
    surface = surface_words(text)
    said = frozenset().union(*(index.text.thesaurus.keys(token[1:]) for token in fine + named))
    plain = [surface[token] for token in tokens if not token.startswith("~") and token in surface and token not in said]
    return list(dict.fromkeys([concept_label(token[1:]) for token in fine + named] + plain))[:most]


# --- why is this one not higher --------------------------------------------------------------------


@dataclass(frozen=True)
class WhyNot:
    id: str
    rank: int | None                          # None: not shown at all (see ``excluded``)
    excluded: str | None                      # why it is not shown: own centre, outcome, distance, level, theme
    points: dict[str, float]
    above: str | None                         # the practice ranked just above it (or first, when excluded)
    above_points: dict[str, float]
    gaps: list[tuple[str, float]]             # components where it loses the most to ``above``, largest first


@named("recommandations_pourquoi", "profile", "practice", "filters", "weights", "index")
def why_not_higher(store: GraphStore, profile: Profile, practice: str, filters: Filters | None = None,
                   weights: Weights | None = None, index: RecommendationIndex | None = None) -> WhyNot | None:
    """Why ``practice`` is where it is: its rank (or why it is not shown), and the components in which it loses
    to the practice just above it."""
    index = index or build_index(store)
    filters, weights = filters or Filters(), weights or Weights()
    if practice not in index.position:
        return None
    row = index.position[practice]
    scored, _, points, order, _ = _ranked(index, profile, filters, weights)
    ranked_rows = [int(scored.rows[p]) for p in order]
    mine = _score(index, profile, np.array([row]))
    _, mine_points = _combine(mine, weights)
    excluded = None if row in ranked_rows else _why_excluded(index, profile, filters, mine)
    rank = ranked_rows.index(row) + 1 if row in ranked_rows else None
    above_position = (order[rank - 2] if rank and rank > 1 else None) if rank else (order[0] if len(order) else None)
    own = {c: float(mine_points[c][0]) for c in COMPONENTS}
    if above_position is None:
        return WhyNot(practice, rank, excluded, own, None, {}, [])
    above = {c: float(points[c][above_position]) for c in COMPONENTS}
    gaps = sorted(((c, above[c] - own[c]) for c in COMPONENTS if above[c] - own[c] > 1e-9), key=lambda g: -g[1])
    return WhyNot(practice, rank, excluded, own, index.practices[int(scored.rows[above_position])].id, above, gaps)


def _why_excluded(index: RecommendationIndex, profile: Profile, filters: Filters, mine: _Scored) -> str:
    row = int(mine.rows[0])
    practice = index.practices[row]
    if practice.centre == profile.centre:
        return "own_centre"
    if filters.outcomes and practice.resultat not in filters.outcomes:
        return "outcome"
    distance = float(mine.distances[0])
    if filters.max_km is not None and (math.isnan(distance) or distance > filters.max_km):
        return "distance"
    if filters.levels and not set(practice.levels) & set(same_levels(filters.levels)):
        return "level"
    if filters.themes and not set(practice.themes) & set(filters.themes):
        return "theme"
    return "off_topic"  # every practice is examined: what the filters keep and the problem's gate does not


@named("recommandations_index", "folder", "view")
def recommendation_index(store: GraphStore, folder: Path | None = None, view: str = "") -> RecommendationIndex:
    """Everything a recommendation reads, gathered once (rebuild it after a write); kept in ``folder`` for ``view``
    when given, so that a restart reads it (:func:`queries.recommend_index.stored_index`)."""
    return build_index(store) if folder is None else stored_index(store, folder, view)
