"""What the recommendations read of the graph, gathered once: the practices with their configuration
(schools, levels, priority status, the partnership they grew in, the carrying centre and where it is),
their text, and their « sisters » (the same practice carried by other centres).

The index is built from the store contract only (``nodes`` and ``links``), so that both stores give
the same index and therefore the same rankings; it is rebuilt after a write (the app clears its
caches when the graph's revision changes). A recommendation scores every practice of it, as arrays: no
shortcut changes the answer at national scale.

>>> from graph.backends.embedded import EmbeddedStore
>>> from ingest.demo import load_demo
>>> import tempfile
>>> store = EmbeddedStore(tempfile.mkdtemp())
>>> _ = load_demo(store)
>>> index = build_index(store)
>>> len(index.practices), index.practices[0].id
(120, 'PR-001')
>>> index.practices[0].levels, index.centres[index.practices[0].centre].commune
(('college',), '95127')
>>> store.close()
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import pickle
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from graph import vocabularies as voc
from graph.permissions import private_folder, write_private
from graph.schema import PRACTICE_GRID
from graph.store import GraphStore
from queries.recommend_text import THESAURUS, TextIndex, Thesaurus, seed

LOG = logging.getLogger(__name__)

LEVELS = voc.SCHOOL_LEVEL.codes
PRIORITIES = ("rep_plus", "rep", "hors_ep")
QUALITIES = voc.QUALITY.codes                      # fragile … exemplaire: an ordinal scale
FREQUENCIES = ("ponctuelle", "trimestrielle", "mensuelle", "hebdomadaire", "continue")
OUTCOMES = voc.PRACTICE_OUTCOME.codes              # a_marche, en_partie, n_a_pas_marche, en_cours
PRIMARY = frozenset({"maternelle", "elementaire", "primaire"})
SISTER_THRESHOLD = 0.3   # TF-IDF cosine of title and description above which two practices are « the same »
SISTER_CAP = 50          # sisters read by one recommendation, the nearest first
_GRID_PROPS = (*PRACTICE_GRID, "preuves")


def bits(codes: Sequence[str], chosen: Iterable[str]) -> int:
    """``chosen`` among the codes of a vocabulary as bits, one per code in its order (unknown ones left out).

    >>> bits(("a", "b", "c"), ()), bits(("a", "b", "c"), ("a", "c", "x"))
    (0, 5)
    """
    chosen = set(chosen)
    return sum(1 << n for n, code in enumerate(codes) if code in chosen)


def level_group(level: str) -> str:
    """Primary schools together, then collège, then lycées: how far experience travels between levels.

    >>> level_group("maternelle"), level_group("lycee_pro")
    ('primaire', 'lycee')
    """
    return "primaire" if level in PRIMARY else "college" if level == "college" else "lycee"


@dataclass(frozen=True)
class SchoolLink:
    """One school of a practice, with the partnership between the carrying centre and that school."""

    uai: str
    level: str
    priority: str
    network: str
    qualite: str | None
    frequence: str | None
    forme: str | None
    objets: tuple[str, ...] = ()


@dataclass(frozen=True)
class CentreInfo:
    id: str
    nom: str
    commune: str
    commune_nom: str
    lat: float
    lon: float
    evs: bool
    activites: tuple[str, ...]
    qpv: frozenset[str]
    schools: frozenset[str]          # partner schools (UAI)
    networks: frozenset[str]         # REP networks of the partner schools
    meetings: frozenset[str]         # meetings attended
    partnerships: tuple[SchoolLink, ...] = ()
    contact: str = ""                # the contact it gives the other centres (members only: the guard hides it)


@dataclass(frozen=True)
class PracticeInfo:
    id: str
    centre: str
    props: dict[str, Any] = field(compare=False)
    themes: tuple[str, ...]
    resultat: str
    schools: tuple[SchoolLink, ...]
    rencontre: str | None
    draft: bool
    reports: tuple[dict[str, Any], ...] = ()     # what centres that reused it reported (``Retour``), oldest first

    @property
    def levels(self) -> tuple[str, ...]:
        return tuple(sorted({s.level for s in self.schools if s.level}, key=LEVELS.index))

    @property
    def title(self) -> str:
        return str(self.props.get("titre", self.id))


@dataclass
class RecommendationIndex:
    """The practices, their centres and meetings, and arrays for scoring many practices at once."""

    practices: list[PracticeInfo]
    centres: dict[str, CentreInfo]
    communes: dict[str, tuple[str, float, float]]  # INSEE code → name, latitude, longitude
    meetings: dict[str, dict[str, Any]]
    text: TextIndex
    sisters: list[tuple[int, ...]]                 # per practice: itself, then its nearest sisters (SISTER_CAP)
    sister_start: np.ndarray                       # the nearest sisters of row r (itself left out, at most
    sister_rows: np.ndarray                        # SISTER_CAP) are sister_rows[sister_start[r]:sister_start[r+1]]
    sister_counts: np.ndarray                      # [practice, level group (all, primaire, college, lycee), outcome]
    lat: np.ndarray
    lon: np.ndarray
    outcome: np.ndarray                            # index in OUTCOMES, -1 unknown
    report_outcomes: np.ndarray                    # [practice, outcome]: how many reports said each outcome
    theme_mask: np.ndarray                         # one bit per THEME code
    centre_of: np.ndarray                          # index of the carrying centre in ``centre_ids``
    evs: np.ndarray                                # the carrying centre is an espace de vie sociale
    clas: np.ndarray                               # the carrying centre runs a CLAS
    pair_start: np.ndarray                         # the school links of row r are pair_start[r]:pair_start[r+1]
    pair_level: np.ndarray                         # per school link: index in LEVELS (-1 unknown)
    pair_priority: np.ndarray                      # index in PRIORITIES
    pair_quality: np.ndarray                       # index in QUALITIES (-1: no partnership known)
    pair_frequency: np.ndarray                     # index in FREQUENCIES (-1 unknown)
    pair_objects: np.ndarray                       # objects of the partnership, one bit per PARTNERSHIP_OBJECT code
    in_qpv: np.ndarray                             # the carrying centre works in a QPV
    centre_ids: list[str]
    neighbours: dict[str, dict[str, float]]        # centre → centres close to it in the graph, and how close
    centre_row: dict[str, int]                     # centre id → its index in ``centre_ids``
    position: dict[str, int]                       # practice id → row

    def __len__(self) -> int:
        return len(self.practices)


def distance_km(lat1: float, lon1: float, lat2: np.ndarray | float, lon2: np.ndarray | float) -> np.ndarray:
    """Great-circle distances (haversine), in km; NaN where a coordinate is missing.

    >>> round(float(distance_km(48.9472, 2.2508, 49.0364, 2.0631)), 1)  # Argenteuil – Cergy
    16.9
    """
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.asarray(lon2) - lon1)
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def practice_document(props: dict[str, Any]) -> str:
    """The text of a practice that a problem is compared with: its title (twice: it says what it is),
    its themes and public, its description and the cells of the analysis grid."""
    parts = [str(props.get("titre", ""))] * 2
    parts += [voc.THEME.label(code) for code in props.get("themes") or []]
    parts += [voc.PUBLIC.label(code) for code in props.get("public") or []]
    parts += [str(props.get(name) or "") for name in ("description", *_GRID_PROPS)]
    return " ".join(part for part in parts if part)


def build_index(store: GraphStore) -> RecommendationIndex:
    """Read what the recommendations need from ``store`` (any backend) and prepare it for scoring."""
    schools = {s["uai"]: s for s in store.nodes("Ecole")}
    network_of = {r.source_key: r.target_key for r in store.links("MEMBRE_DE")}
    partnership = _partnerships(store)

    def school_link(centre: str, uai: str) -> SchoolLink:
        return _school_link(uai, schools.get(uai, {}), network_of.get(uai, ""), partnership.get((centre, uai)))

    communes = {c["code_insee"]: (str(c.get("nom", "")), _float(c.get("latitude")), _float(c.get("longitude")))
                for c in store.nodes("Commune")}
    centres = _centres(store, communes, partnership, school_link)
    carried = {r.source_key: r.target_key for r in store.links("PORTEE_PAR")}
    with_schools: dict[str, list[str]] = defaultdict(list)
    for row in store.links("AVEC", "Pratique"):
        with_schools[row.source_key].append(row.target_key)
    presented = {r.source_key: r.target_key for r in store.links("PRESENTEE_A")}
    reports = _reports(store)
    practices: list[PracticeInfo] = []
    for props in store.nodes("Pratique"):
        key = props["id_pratique"]
        centre = carried.get(key)
        if centre not in centres:
            continue
        links = tuple(school_link(centre, uai) for uai in sorted(with_schools.get(key, ())))
        practices.append(PracticeInfo(key, centre, props, tuple(props.get("themes") or ()),
                                      str(props.get("resultat") or ""), links, presented.get(key),
                                      props.get("statut") == voc.DRAFT, tuple(reports.get(key, ()))))
    meetings = {m["id_rencontre"]: m for m in store.nodes("Rencontre")}
    return _assemble(practices, centres, communes, meetings, federation_thesaurus(store))


def federation_thesaurus(store: GraphStore) -> Thesaurus:
    """The thesaurus shipped with the app and the terms the federation added to it in its graph (``Terme``)."""
    more: dict[str, list[str]] = defaultdict(list)
    for row in store.nodes("Terme"):
        if row.get("concept") and row.get("terme") and row.get("statut") != voc.REJECTED:
            more[str(row["concept"])].append(str(row["terme"]))
    return Thesaurus({concept: tuple(terms) for concept, terms in more.items()}) if more else seed()


def _reports(store: GraphStore) -> dict[str, list[dict[str, Any]]]:
    """Practice → the reports of the centres that reused it (rejected ones left out), each with its centre."""
    reused = {r.source_key: r.target_key for r in store.links("REPREND")}
    by = {r.source_key: r.target_key for r in store.links("RAPPORTE_PAR")}
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for props in store.nodes("Retour"):
        key = props["id_retour"]
        if key in reused and props.get("statut") != voc.REJECTED:
            found[reused[key]].append({**props, "id_centre": by.get(key, "")})
    for rows in found.values():
        rows.sort(key=lambda r: (str(r.get("date") or ""), r["id_retour"]))
    return found


def _float(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) else math.nan


def _centres(store: GraphStore, communes: dict[str, tuple[str, float, float]],
             partnership: dict[tuple[str, str], dict[str, Any]],
             school_link: Callable[[str, str], SchoolLink]) -> dict[str, CentreInfo]:
    commune_of = {r.source_key: r.target_key for r in store.links("SITUE_DANS", "Centre")}
    qpv: dict[str, set[str]] = defaultdict(set)
    for row in store.links("INTERVIENT_EN"):
        qpv[row.source_key].add(row.target_key)
    partner_schools: dict[str, set[str]] = defaultdict(set)
    for centre, uai in partnership:
        partner_schools[centre].add(uai)
    met: dict[str, set[str]] = defaultdict(set)
    for row in store.links("A_REUNI"):
        met[row.target_key].add(row.source_key)
    found = {}
    for props in store.nodes("Centre"):
        key = props["id_centre"]
        name, commune_lat, commune_lon = communes.get(commune_of.get(key, ""), ("", math.nan, math.nan))
        links = tuple(school_link(key, uai) for uai in sorted(partner_schools[key]))
        found[key] = CentreInfo(
            key, str(props.get("nom", key)), commune_of.get(key, ""), name,
            _float(props.get("latitude", commune_lat)), _float(props.get("longitude", commune_lon)),
            props.get("type") == "evs", tuple(props.get("activites") or ()), frozenset(qpv[key]),
            frozenset(partner_schools[key]), frozenset(link.network for link in links if link.network),
            frozenset(met[key]), links, str(props.get("contact") or ""))
    return found


def _partnerships(store: GraphStore) -> dict[tuple[str, str], dict[str, Any]]:
    """(centre, school) → the partnership between them (the most solid one if there are several)."""
    centre_of = {r.source_key: r.target_key for r in store.links("PORTE_PAR")}
    school_of = {r.source_key: r.target_key for r in store.links("AVEC", "Partenariat")}
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for props in store.nodes("Partenariat"):
        key = props["id_partenariat"]
        pair = (centre_of.get(key, ""), school_of.get(key, ""))
        before = found.get(pair)
        if before is None or _quality_rank(props) > _quality_rank(before):
            found[pair] = props
    return found


def _quality_rank(props: dict[str, Any]) -> int:
    quality = props.get("qualite")
    return QUALITIES.index(quality) if quality in QUALITIES else -1


def _school_link(uai: str, school: dict[str, Any], network: str, partnership: dict[str, Any] | None) -> SchoolLink:
    partnership = partnership or {}
    return SchoolLink(uai, str(school.get("niveau") or ""), str(school.get("education_prioritaire") or "hors_ep"),
                      network, partnership.get("qualite"), partnership.get("frequence"), partnership.get("forme"),
                      tuple(partnership.get("objets") or ()))


def _assemble(practices: list[PracticeInfo], centres: dict[str, CentreInfo],
              communes: dict[str, tuple[str, float, float]], meetings: dict[str, dict[str, Any]],
              thesaurus: Thesaurus) -> RecommendationIndex:
    text = TextIndex([practice_document(p.props) for p in practices], thesaurus)
    centre_ids = sorted(centres)
    centre_row = {c: n for n, c in enumerate(centre_ids)}
    outcome = np.array([OUTCOMES.index(p.resultat) if p.resultat in OUTCOMES else -1 for p in practices], dtype=np.int8)
    pairs = [link for p in practices for link in p.schools]
    sisters, counts = _sisters(practices)
    index = RecommendationIndex(
        practices=practices, centres=centres, communes=communes, meetings=meetings, text=text, sisters=sisters,
        sister_counts=counts,
        sister_start=np.cumsum([0] + [len(family[1:SISTER_CAP + 1]) for family in sisters]).astype(np.int64),
        sister_rows=np.array([other for family in sisters for other in family[1:SISTER_CAP + 1]], dtype=np.int64),
        lat=np.array([centres[p.centre].lat for p in practices], dtype=np.float64),
        lon=np.array([centres[p.centre].lon for p in practices], dtype=np.float64),
        outcome=outcome,
        report_outcomes=np.array([[sum(r.get("resultat") == code for r in p.reports) for code in OUTCOMES]
                                  for p in practices], dtype=np.int32).reshape(len(practices), len(OUTCOMES)),
        theme_mask=np.array([bits(voc.THEME.codes, p.themes) for p in practices], dtype=np.int64),
        centre_of=np.array([centre_row[p.centre] for p in practices], dtype=np.int32),
        evs=np.array([centres[p.centre].evs for p in practices], dtype=bool),
        clas=np.array(["clas" in centres[p.centre].activites for p in practices], dtype=bool),
        pair_start=np.cumsum([0] + [len(p.schools) for p in practices]).astype(np.int64),
        pair_level=_codes(LEVELS, (link.level for link in pairs)),
        pair_priority=_codes(PRIORITIES, (link.priority for link in pairs)),
        pair_quality=_codes(QUALITIES, (link.qualite for link in pairs)),
        pair_frequency=_codes(FREQUENCIES, (link.frequence for link in pairs)),
        pair_objects=np.array([bits(voc.PARTNERSHIP_OBJECT.codes, link.objets) for link in pairs], dtype=np.int64),
        in_qpv=np.array([bool(centres[p.centre].qpv) for p in practices], dtype=bool),
        centre_ids=centre_ids, neighbours=_neighbours(centres), centre_row=centre_row,
        position={p.id: n for n, p in enumerate(practices)})
    return index


def _codes(codes: tuple[str, ...], values: Iterable[str | None]) -> np.ndarray:
    """The position of each value in ``codes`` (-1 when unknown), as a small integer array."""
    where = {code: n for n, code in enumerate(codes)}
    return np.array([where.get(value or "", -1) for value in values], dtype=np.int8)


GROUPS = ("", "primaire", "college", "lycee")  # "" : every level


def _neighbours(centres: dict[str, CentreInfo]) -> dict[str, dict[str, float]]:
    """How close two centres are in the graph: a partner school in common (1), a REP network in common (0.7),
    a QPV served by both (0.5), a meeting attended together (0.3). Only centres that share something."""
    by: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, centre in centres.items():
        for kind, values in (("s", centre.schools), ("n", centre.networks), ("q", centre.qpv), ("m", centre.meetings)):
            for value in values:
                by[(kind, value)].append(key)
    weight = {"s": 1.0, "n": 0.7, "q": 0.5, "m": 0.3}
    found: dict[str, dict[str, float]] = defaultdict(dict)
    for (kind, _), members in by.items():
        if len(members) > 200:  # a national meeting says little about two centres
            continue
        for a in members:
            for b in members:
                if a != b and found[a].get(b, 0.0) < weight[kind]:
                    found[a][b] = weight[kind]
    return dict(found)


def _sisters(practices: list[PracticeInfo]) -> tuple[list[tuple[int, ...]], np.ndarray]:
    """Each practice's nearest sisters (itself first, then at most :data:`SISTER_CAP`, most similar first), and
    in how many distinct centres its sisters (itself included, and the centres that reported reusing one) worked,
    partly worked or did not work — for every level (group 0) and for each level group of :data:`GROUPS`.

    Sisters: a title-and-description TF-IDF cosine of at least :data:`SISTER_THRESHOLD` and the same themes.
    Practices written alike (a practice taken up elsewhere often keeps its title and description) are compared
    once, by blocks of rows, so that time and memory stay bounded on a national graph.
    """
    keys = [(str(p.props.get("titre", "")), str(p.props.get("description", "")), tuple(sorted(set(p.themes))))
            for p in practices]
    unique = sorted(set(keys))
    key_row = {key: n for n, key in enumerate(unique)}
    text_of = np.array([key_row[key] for key in keys], dtype=np.int64)
    members: list[list[int]] = [[] for _ in unique]
    for row, text in enumerate(text_of):
        members[text].append(row)
    near = _similar_texts(unique)
    sisters: list[tuple[int, ...]] = []
    nearest = [[row for other, _ in near[text] for row in members[other]][:SISTER_CAP + 1] for text in range(len(unique))]
    for row, text in enumerate(text_of):
        sisters.append((row, *[other for other in nearest[text] if other != row][:SISTER_CAP]))
    seen = [_outcomes_seen(practices, rows) for rows in members]
    per_text = np.array([_counted(set().union(*(seen[other] for other, _ in near[text])))
                         for text in range(len(unique))], dtype=np.int32).reshape(len(unique), len(GROUPS), 3)
    return sisters, per_text[text_of] if len(practices) else np.zeros((0, len(GROUPS), 3), dtype=np.int32)


def _similar_texts(unique: list[tuple[str, str, tuple[str, ...]]]) -> list[list[tuple[int, float]]]:
    """For each text, the texts (itself included) with a cosine of at least the threshold and the same themes,
    most similar first."""
    if not unique:
        return []
    matrix = TextIndex([f"{title} {title} {description}" for title, description, _ in unique]).matrix
    transposed = matrix.T.tocsc()
    found: list[list[tuple[int, float]]] = []
    for start in range(0, matrix.shape[0], 512):
        similar = (matrix[start:start + 512] @ transposed).tocsr()
        for offset in range(similar.shape[0]):
            text = start + offset
            begin, end = similar.indptr[offset], similar.indptr[offset + 1]
            pairs = [(int(c), float(v)) for c, v in zip(similar.indices[begin:end], similar.data[begin:end])
                     if (v >= SISTER_THRESHOLD and unique[c][2] == unique[text][2]) or c == text]
            found.append(sorted(pairs, key=lambda pair: (pair[0] != text, -pair[1], pair[0])))
    return found


def _outcomes_seen(practices: list[PracticeInfo], family: list[int]) -> set[tuple[str, int, int]]:
    """(centre, level group, outcome) of each of the practices ``family`` and of their reports."""
    seen: set[tuple[str, int, int]] = set()
    for row in family:
        practice = practices[row]
        if practice.resultat in OUTCOMES[:3]:
            outcome = OUTCOMES.index(practice.resultat)
            groups = {0} | {GROUPS.index(level_group(s.level)) for s in practice.schools if s.level}
            seen.update((practice.centre, group, outcome) for group in groups)
        # A report is the practice carried by one more centre (its schools are not known).
        seen.update((report["id_centre"], 0, OUTCOMES.index(report["resultat"]))
                    for report in practice.reports if report.get("resultat") in OUTCOMES[:3])
    return seen


def _counted(seen: set[tuple[str, int, int]]) -> list[list[int]]:
    """In how many distinct centres each outcome was seen, per level group."""
    counts = [[0, 0, 0] for _ in GROUPS]
    for _, group, outcome in seen:
        counts[group][outcome] += 1
    return counts


# --- the index kept on disk ----------------------------------------------------------------------------------------

KEPT = 6  # index files kept in the folder, the latest used first
# What an index is made with: an index read from disk was built by the same code and thesaurus.
_MADE_WITH = (Path(__file__), Path(__file__).with_name("recommend_text.py"), THESAURUS)


@cache
def _made_with() -> str:
    digest = hashlib.sha256()
    for path in _MADE_WITH:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def stored_index(store: GraphStore, folder: Path, view: str) -> RecommendationIndex:
    """The index of ``store`` as ``view`` (who reads it) sees it at the store's present revision: read from
    ``folder`` when it was built before — after a restart, the first recommendation reads it (2 s at national scale)
    instead of building it (35 s) —, else built and written there, readable by this user only.

    A file is named by what the index depends on: the store, its revision, the view, and the code and thesaurus
    that build it; one that cannot be read is built again. Only the :data:`KEPT` latest files are kept.

    >>> import tempfile
    >>> from graph.backends.embedded import EmbeddedStore
    >>> from ingest.demo import load_demo
    >>> store, folder = EmbeddedStore(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
    >>> _ = load_demo(store)
    >>> first = stored_index(store, folder, "lecteur")
    >>> again = stored_index(store, folder, "lecteur")   # read from disk, not built
    >>> len(again) == len(first) and again is not first and len(list(folder.iterdir()))
    1
    >>> store.close()
    """
    key = hashlib.sha256(repr((store.describe(), store.revision(), view, _made_with())).encode()).hexdigest()[:32]
    path = private_folder(folder) / f"recommandations-{key}.pickle"
    try:
        with path.open("rb") as handle:  # written by this app, in its own folder, readable by its user only
            index = pickle.load(handle)
        if isinstance(index, RecommendationIndex):
            os.utime(path)
            return index
    except FileNotFoundError:
        pass
    except Exception as error:  # noqa: BLE001 — a file half written or from another version: build it again
        LOG.warning("index des recommandations illisible (%s), reconstruit : %s", path.name, error)
    index = build_index(store)
    try:
        write_private(path.with_suffix(".tmp"), pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(path.with_suffix(".tmp"), path)
        for old in sorted(folder.glob("recommandations-*.pickle"), key=lambda p: p.stat().st_mtime)[:-KEPT]:
            old.unlink(missing_ok=True)
    except OSError as error:  # a full disk costs the next restart a build, nothing else
        LOG.warning("index des recommandations non gardé sur le disque : %s", error)
    return index
