"""The federation's analysis grids: their criteria in order, what a practice or a conflict case is worth
along a grid, comparisons across centres and communes for charts, and the practice sheets of the booklet,
laid out along the capitalisation grid.

The seed's grid (what favours the meeting, what makes it work, resources, opportunities, tools, and the
obstacles) is written on each practice itself: a *text* criterion of a practice grid reads the practice's
property whose label its own label holds (« Les opportunités de travail » reads « Opportunités »), unless an
evaluation gives the text for that practice. Marks (``note_1_4``) and yes/no answers (``oui_non``) come from
evaluations only.

>>> from graph.backends.embedded import EmbeddedStore
>>> from ingest.demo import load_demo
>>> import tempfile
>>> store = EmbeddedStore(tempfile.mkdtemp())
>>> _ = load_demo(store)
>>> seed = capitalisation_grid(store)
>>> [c.propriete for c in seed.criteres]
['favorise', 'fait_marcher', 'ressources', 'opportunites', 'outils', 'obstacles']
>>> [v.source for v in grid_values(store, seed.id, pratique="PR-001")][:2]
['pratique', 'pratique']
>>> rows = compare(store, "GR-02", par="commune")
>>> all(1 <= r.valeur <= 4 for r in rows if r.echelle == "note_1_4")
True
>>> store.close()
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Literal

from graph import vocabularies as voc
from graph.dates import not_after, not_before
from graph.i18n import t
from graph.schema import KINDS, PRACTICE_GRID
from graph.store import GraphStore
from graph.text import fold
from queries.registry import named

VALIDATED = voc.PUBLISHED
# The practice's own grid, in the seed's order: what a text criterion may read.
SCORED = ("note_1_4", "oui_non")


@dataclass(frozen=True)
class Criterion:
    id: str
    libelle: str
    aide: str
    echelle: str
    ordre: int
    statut: str
    propriete: str | None = None  # the practice property a text criterion reads


@dataclass(frozen=True)
class Grid:
    id: str
    nom: str
    cible: str
    description: str
    statut: str
    criteres: tuple[Criterion, ...]

    @property
    def scored(self) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteres if c.echelle in SCORED)


@dataclass(frozen=True)
class GridValue:
    """The value of one criterion for one practice or case; ``source``: ``evaluation``, ``pratique`` or None."""

    critere: Criterion
    valeur: str | None
    commentaire: str = ""
    statut: str = ""
    source: str | None = None


@dataclass(frozen=True)
class ComparisonRow:
    """One criterion in one group: the mean mark (1 to 4) or the share of « oui » (0 to 1), over ``n`` items."""

    groupe: str
    nom: str
    critere: str
    libelle: str
    echelle: str
    n: int
    valeur: float


def _property_for(libelle: str) -> str | None:
    """The practice grid property whose label ``libelle`` holds, accents and case aside."""
    folded = fold(libelle)
    for name in PRACTICE_GRID:
        if fold(KINDS["Pratique"].prop(name).label) in folded:
            return name
    return None


def _criteria(store: GraphStore) -> dict[str, list[Criterion]]:
    """Grid id → its criteria in order (``ordre``, then id)."""
    grid_of = {r.source_key: r.target_key for r in store.links("DANS_GRILLE")}
    targets = {g["id_grille"]: g.get("cible") for g in store.nodes("Grille")}
    found: dict[str, list[Criterion]] = defaultdict(list)
    for c in store.nodes("Critere"):
        grid = grid_of.get(c["id_critere"])
        if grid is None:
            continue
        scale = str(c.get("echelle") or "texte")
        reads = _property_for(str(c["libelle"])) if scale == "texte" and targets.get(grid) == "pratique" else None
        found[grid].append(Criterion(c["id_critere"], str(c["libelle"]), str(c.get("aide") or ""), scale,
                                     int(c.get("ordre") or 0), str(c.get("statut") or ""), reads))
    return {grid: sorted(items, key=lambda c: (c.ordre, c.id)) for grid, items in found.items()}


@named("grilles", "cible")
def grids(store: GraphStore, cible: str | None = None) -> list[Grid]:
    """The grids (of practices or of conflict cases when ``cible`` says so), each with its criteria in order."""
    criteria = _criteria(store)
    return [Grid(g["id_grille"], str(g["nom"]), str(g.get("cible") or ""), str(g.get("description") or ""),
                 str(g.get("statut") or ""), tuple(criteria.get(g["id_grille"], ())))
            for g in store.nodes("Grille") if cible is None or g.get("cible") == cible]


@named("grille_capitalisation")
def capitalisation_grid(store: GraphStore) -> Grid:
    """The grid the booklet lays each practice along: the validated practice grid whose text criteria read the
    most of the practice's own grid (the seed's grid in the demo); without one, the practice's grid itself,
    with the schema's labels."""
    best, most = None, 0
    for grid in grids(store, "pratique"):
        reads = sum(1 for c in grid.criteres if c.propriete)
        if grid.statut == VALIDATED and reads > most:
            best, most = grid, reads
    if best is not None:
        return best
    practice = KINDS["Pratique"]
    return Grid("", t("livret.grid_default_name"), "pratique", "", VALIDATED, tuple(
        Criterion(name, practice.prop(name).label, "", "texte", n, VALIDATED, name)
        for n, name in enumerate(PRACTICE_GRID, start=1)))


def _evaluations(store: GraphStore, criteria: set[str]) -> dict[tuple[str, str], dict]:
    """(criterion, « Pratique:key » or « Situation:key ») → the evaluation, for the criteria in ``criteria``."""
    on = {r.source_key: r.target_key for r in store.links("SELON")}
    practice = {r.source_key: f"Pratique:{r.target_key}" for r in store.links("EVALUE")}
    case = {r.source_key: f"Situation:{r.target_key}" for r in store.links("EVALUE_SITUATION")}
    found = {}
    for e in store.nodes("Evaluation"):
        key = e["id_evaluation"]
        target = practice.get(key) or case.get(key)
        if on.get(key) in criteria and target:
            found[(on[key], target)] = e
    return found


@named("grille_evaluation", "grille", "pratique", "situation")
def grid_values(store: GraphStore, grille: str, pratique: str | None = None,
                situation: str | None = None) -> list[GridValue]:
    """The value of each criterion of ``grille`` (in order) for the practice ``pratique`` or the case ``situation``;
    a criterion with nothing to say has ``valeur`` None. ``grille`` empty: the practice's own grid."""
    grid = next((g for g in grids(store) if g.id == grille), None) if grille else capitalisation_grid(store)
    if grid is None or (pratique is None) == (situation is None):
        return []
    target = f"Pratique:{pratique}" if pratique else f"Situation:{situation}"
    props = (store.get("Pratique", pratique) if pratique else None) or {}
    evaluations = _evaluations(store, {c.id for c in grid.criteres})
    values = []
    for criterion in grid.criteres:
        e = evaluations.get((criterion.id, target))
        if e is not None:
            values.append(GridValue(criterion, str(e["valeur"]), str(e.get("commentaire") or ""),
                                    str(e.get("statut") or ""), "evaluation"))
        elif criterion.propriete and props.get(criterion.propriete):
            values.append(GridValue(criterion, str(props[criterion.propriete]), "", str(props.get("statut") or ""),
                                    "pratique"))
        else:
            values.append(GridValue(criterion, None))
    return values


GroupBy = Literal["centre", "commune"]


def _groups(store: GraphStore, par: GroupBy) -> tuple[dict[str, str], dict[str, str]]:
    """« Pratique:key » / « Situation:key » → group key, and group key → its name."""
    by_centre = {f"Pratique:{r.source_key}": r.target_key for r in store.links("PORTEE_PAR")}
    by_centre |= {f"Situation:{r.source_key}": r.target_key for r in store.links("SIGNALEE_PAR")}
    centres = {c["id_centre"]: str(c.get("nom", "")) for c in store.nodes("Centre")}
    if par == "centre":
        return by_centre, centres
    commune_of = {r.source_key: r.target_key for r in store.links("SITUE_DANS", "Centre")}
    communes = {c["code_insee"]: str(c.get("nom", "")) for c in store.nodes("Commune")}
    return {item: commune_of.get(centre, "") for item, centre in by_centre.items()}, communes


@named("grille_comparaison", "grille", "par", "valides")
def compare(store: GraphStore, grille: str, par: GroupBy = "commune", valides: bool = True) -> list[ComparisonRow]:
    """The scored criteria of ``grille`` compared across centres or communes (the carrying centre's), for charts:
    the mean mark or the share of « oui » in each group, with how many items it rests on. Only validated
    evaluations unless ``valides`` is false; groups in name order, criteria in the grid's order."""
    grid = next((g for g in grids(store) if g.id == grille), None)
    if grid is None:
        return []
    group_of, names = _groups(store, par)
    values: dict[tuple[str, str], list[float]] = defaultdict(list)
    for (criterion, target), e in _evaluations(store, {c.id for c in grid.scored}).items():
        if valides and e.get("statut") != VALIDATED:
            continue
        number = _number(str(e["valeur"]))
        group = group_of.get(target, "")
        if number is not None and group:
            values[(group, criterion)].append(number)
    rows = []
    for group in sorted({g for g, _ in values}, key=lambda g: (fold(names.get(g, g)), g)):
        for criterion in grid.scored:
            found = values.get((group, criterion.id))
            if found:
                rows.append(ComparisonRow(group, names.get(group, group), criterion.id, criterion.libelle,
                                          criterion.echelle, len(found), round(sum(found) / len(found), 2)))
    return rows


def _number(value: str) -> float | None:
    """A mark as a number, « oui » as 1 and « non » as 0; None for anything else."""
    text = value.strip().lower()
    if text in ("oui", "non"):
        return 1.0 if text == "oui" else 0.0
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


# --- conflict cases: aggregate stances and outcomes only (no narrative) ----------------------------


@dataclass(frozen=True)
class StanceOutcome:
    """How the validated cases where centres took ``posture`` ended; ``par_sollicitation``: who asked → (cases,
    eased)."""

    posture: str
    cas: int
    issues: tuple[tuple[str, int], ...]
    par_sollicitation: tuple[tuple[str, int, int], ...]

    @property
    def apaisees(self) -> int:
        return dict(self.issues).get("apaisee", 0)


@named("synthese_postures")
def stance_synthesis(store: GraphStore) -> list[StanceOutcome]:
    """For each stance of the vocabulary, how the validated conflict cases where it was taken ended, overall and by
    who turned to the centre. Counts only: no narrative, no centre, no school, no date."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    asked: dict[str, Counter[tuple[str, bool]]] = defaultdict(Counter)
    for case in store.nodes("Situation"):
        if case.get("statut") != VALIDATED or not case.get("posture"):
            continue
        stance, issue = str(case["posture"]), str(case.get("issue") or "en_cours")
        counts[stance][issue] += 1
        asked[stance][(str(case.get("sollicite_par") or ""), issue == "apaisee")] += 1
    rows = []
    for stance in voc.STANCE.codes:
        if not counts[stance]:
            continue
        by_who = tuple((who, asked[stance][(who, True)] + asked[stance][(who, False)], asked[stance][(who, True)])
                       for who in voc.SOLICITED_BY.codes if asked[stance][(who, True)] + asked[stance][(who, False)])
        rows.append(StanceOutcome(stance, sum(counts[stance].values()),
                                  tuple((i, counts[stance][i]) for i in voc.CONFLICT_OUTCOME.codes if counts[stance][i]),
                                  by_who))
    return rows


# --- the practice sheets of the booklet ------------------------------------------------------------


@dataclass(frozen=True)
class Selection:
    """What goes into the booklet; an empty field keeps everything. Months are AAAA-MM."""

    themes: tuple[str, ...] = ()
    communes: tuple[str, ...] = ()      # INSEE codes: the carrying centre's commune or one of its schools'
    debut: str | None = None            # practices still running at or after this month
    fin: str | None = None              # practices begun at or before this month
    rencontres: tuple[str, ...] = ()    # practices presented at one of these meetings


@dataclass(frozen=True)
class SchoolRef:
    uai: str
    nom: str
    niveau: str
    commune: str
    education_prioritaire: str


@dataclass(frozen=True)
class ReportBack:
    """A validated report of a centre that reused the practice."""

    centre: str
    commune: str
    date: str
    resultat: str
    adaptations: str
    commentaire: str


@dataclass(frozen=True)
class PracticeSheet:
    """A validated practice as the booklet shows it, laid out along the capitalisation grid (``rubriques``)."""

    id: str
    titre: str
    description: str
    themes: tuple[str, ...]
    public: tuple[str, ...]
    resultat: str
    preuves: str
    debut: str
    fin: str
    centre_id: str
    centre: str
    commune: str                                    # the carrying centre's commune (name)
    communes: tuple[tuple[str, str], ...]           # every commune it touches: (INSEE code, name)
    ecoles: tuple[SchoolRef, ...]
    rencontre: tuple[str, str] | None               # (id, date) of the meeting where it was presented
    rubriques: tuple[GridValue, ...]
    notes: tuple[tuple[str, tuple[GridValue, ...]], ...]  # (grid name, validated marks) for the scored grids
    retours: tuple[ReportBack, ...]
    questions: tuple[str, ...]                      # validated questions it answers


def _selected(p: dict, communes: set[str], presented: str | None, selection: Selection) -> bool:
    if p.get("statut") != VALIDATED:
        return False
    if selection.themes and not set(selection.themes) & set(p.get("themes") or ()):
        return False
    if selection.communes and not set(selection.communes) & communes:
        return False
    if selection.rencontres and presented not in selection.rencontres:
        return False
    start, end = str(p.get("debut") or ""), str(p.get("fin") or "")
    if selection.debut and end and not not_before(end, selection.debut):
        return False
    return not (selection.fin and start and not not_after(start, selection.fin))


def _sort_key(p: dict, commune: str) -> tuple:
    themes = p.get("themes") or ()
    first = voc.THEME.codes.index(themes[0]) if themes and themes[0] in voc.THEME.codes else len(voc.THEME.codes)
    return first, fold(commune), fold(str(p.get("titre", ""))), p["id_pratique"]


@named("fiches_pratiques", "selection", "grille")
def practice_sheets(store: GraphStore, selection: Selection | None = None, grille: str | None = None) -> list[PracticeSheet]:
    """The **validated** practices ``selection`` keeps, each laid out along ``grille`` (the capitalisation grid by
    default), with its schools, its meeting, its validated marks on the other practice grids, its validated reports
    back and the validated questions it answers; by first theme (the vocabulary's order), commune, then title."""
    selection = selection or Selection()
    grid = next((g for g in grids(store) if g.id == grille), None) if grille else capitalisation_grid(store)
    grid = grid or capitalisation_grid(store)
    communes = {c["code_insee"]: str(c.get("nom", "")) for c in store.nodes("Commune")}
    located = {(r.source_label, r.source_key): r.target_key for r in store.links("SITUE_DANS")}
    centres = {c["id_centre"]: c for c in store.nodes("Centre")}
    schools = {s["uai"]: s for s in store.nodes("Ecole")}
    carrier = {r.source_key: r.target_key for r in store.links("PORTEE_PAR")}
    with_schools: dict[str, list[str]] = defaultdict(list)
    for r in store.links("AVEC", "Pratique"):
        with_schools[r.source_key].append(r.target_key)
    presented = {r.source_key: r.target_key for r in store.links("PRESENTEE_A")}
    meetings = {m["id_rencontre"]: str(m.get("date") or "") for m in store.nodes("Rencontre")}
    kept = []
    for p in store.nodes("Pratique"):
        key = p["id_pratique"]
        touched = {located.get(("Centre", carrier.get(key, "")), "")} | {
            located.get(("Ecole", uai), "") for uai in with_schools[key]}
        touched.discard("")
        if _selected(p, touched, presented.get(key), selection):
            kept.append((p, touched))
    others = [g for g in grids(store, "pratique") if g.id != grid.id and g.scored and g.statut == VALIDATED]
    evaluations = _evaluations(store, {c.id for g in [grid, *others] for c in g.criteres})
    reports, answered = _reports_and_questions(store, centres, located, communes)
    sheets = []
    for p, touched in kept:
        key = p["id_pratique"]
        centre = carrier.get(key, "")
        commune = communes.get(located.get(("Centre", centre), ""), "")
        sheets.append(PracticeSheet(
            key, str(p.get("titre", "")), str(p.get("description") or ""), tuple(p.get("themes") or ()),
            tuple(p.get("public") or ()), str(p.get("resultat") or ""), str(p.get("preuves") or ""),
            str(p.get("debut") or ""), str(p.get("fin") or ""), centre, str(centres.get(centre, {}).get("nom", "")),
            commune, tuple(sorted(((c, communes.get(c, c)) for c in touched), key=lambda pair: fold(pair[1]))),
            tuple(_school(schools[u], communes.get(located.get(("Ecole", u), ""), "")) for u in with_schools[key]
                  if u in schools),
            (presented[key], meetings.get(presented[key], "")) if key in presented else None,
            tuple(_value(c, evaluations.get((c.id, f"Pratique:{key}")), p) for c in grid.criteres),
            tuple((g.nom, marks) for g in others
                  if (marks := tuple(_value(c, evaluations.get((c.id, f"Pratique:{key}")), p, validated_only=True)
                                     for c in g.scored if _validated(evaluations.get((c.id, f"Pratique:{key}")))))),
            tuple(reports.get(key, ())), tuple(answered.get(key, ()))))
    return sorted(sheets, key=lambda s: _sort_key({"themes": s.themes, "titre": s.titre, "id_pratique": s.id}, s.commune))


def _validated(evaluation: dict | None) -> bool:
    return evaluation is not None and evaluation.get("statut") == VALIDATED


def _value(criterion: Criterion, evaluation: dict | None, practice: dict, validated_only: bool = False) -> GridValue:
    if evaluation is not None and (not validated_only or _validated(evaluation)):
        return GridValue(criterion, str(evaluation["valeur"]), str(evaluation.get("commentaire") or ""),
                         str(evaluation.get("statut") or ""), "evaluation")
    if criterion.propriete and practice.get(criterion.propriete):
        return GridValue(criterion, str(practice[criterion.propriete]), "", str(practice.get("statut") or ""), "pratique")
    return GridValue(criterion, None)


def _school(school: dict, commune: str) -> SchoolRef:
    return SchoolRef(school["uai"], str(school.get("nom") or school["uai"]), str(school.get("niveau") or ""), commune,
                     str(school.get("education_prioritaire") or ""))


def _reports_and_questions(store: GraphStore, centres: dict[str, dict], located: dict[tuple[str, str], str],
                           communes: dict[str, str]) -> tuple[dict[str, list[ReportBack]], dict[str, list[str]]]:
    """Practice → its validated reports back (by date), and → the texts of the validated questions it answers."""
    reused = {r.source_key: r.target_key for r in store.links("REPREND")}
    by = {r.source_key: r.target_key for r in store.links("RAPPORTE_PAR")}
    reports: dict[str, list[ReportBack]] = defaultdict(list)
    for r in sorted(store.nodes("Retour"), key=lambda r: (str(r.get("date") or ""), r["id_retour"])):
        if r.get("statut") == VALIDATED and r["id_retour"] in reused:
            centre = by.get(r["id_retour"], "")
            reports[reused[r["id_retour"]]].append(ReportBack(
                str(centres.get(centre, {}).get("nom", "")), communes.get(located.get(("Centre", centre), ""), ""),
                str(r.get("date") or ""), str(r.get("resultat") or ""), str(r.get("adaptations") or ""),
                str(r.get("commentaire") or "")))
    texts = {q["id_question"]: str(q.get("texte", "")) for q in store.nodes("Question") if q.get("statut") == VALIDATED}
    answered: dict[str, list[str]] = defaultdict(list)
    for row in store.links("REPONDUE_PAR"):
        if row.source_key in texts:
            answered[row.target_key].append(texts[row.source_key])
    return reports, answered
