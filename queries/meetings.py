"""The federation's meetings (*rencontres*): the timeline of the project, what each meeting produced,
the open questions and the partners' views; and planning a meeting, which only the federation may do.

A meeting *produced* what points to it or what it points to: the centres invited (``A_INVITE``) and
present (``A_REUNI``), the practices presented there (``PRESENTEE_A``), the questions raised there
(``SOULEVEE_A``) or treated (``A_TRAITE``) — with what became of them — and the partners' views shared
there (``PARTAGE_A``). Partners are named by their role, never by name.

>>> from graph.backends.embedded import EmbeddedStore
>>> from ingest.demo import load_demo
>>> import tempfile
>>> store = EmbeddedStore(tempfile.mkdtemp())
>>> _ = load_demo(store)
>>> [(m.date, m.presents, m.nouveaux) for m in timeline(store)][:1]
[('2018-06-05', 14, 14)]
>>> third = meeting_record(store, "R3")
>>> third.summary.lieu, len(third.pratiques) == third.summary.pratiques
('Maison Pour Tous', True)
>>> plan_meeting(store, MeetingPlan(dt.date(2025, 10, 2), "Un temps élargi à l’Éducation nationale"), PUBLIC)
Traceback (most recent call last):
...
graph.errors.AccessDenied: livret.plan.denied
>>> store.close()
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from graph.access import PUBLIC, Access, Role
from graph.changes import Change, PutNode, SetLinks
from graph.errors import AccessDenied, PasserellesError
from graph.schema import stamp
from graph.store import GraphStore
from graph.vocabularies import PUBLISHED, REJECTED, ROLE
from queries.registry import named

OPEN_STATES = ("ouverte", "en_travail")
VALIDATED = PUBLISHED


class PlanningError(PasserellesError):
    """A meeting plan that cannot be written as it is (the message says what to correct)."""

    key = "livret.plan.error.invalid"


@dataclass(frozen=True)
class CentreRef:
    """A centre as a meeting's card shows it: its id, its name and its commune's name."""

    id: str
    nom: str
    commune: str = ""


@dataclass(frozen=True)
class PracticeRef:
    id: str
    titre: str
    centre: CentreRef
    resultat: str = ""
    statut: str = ""
    themes: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuestionOutcome:
    """A question and what became of it: its state, the practices that answer it, the meetings that treated it,
    and, while it is open, the centres that could answer it (they carry validated practices on its themes that
    worked)."""

    id: str
    texte: str
    etat: str
    statut: str
    themes: tuple[str, ...]
    posee_par: CentreRef | None
    soulevee_a: str | None
    traitee_a: tuple[str, ...]
    reponses: tuple[PracticeRef, ...]
    pistes: tuple[CentreRef, ...] = ()

    @property
    def ouverte(self) -> bool:
        return self.etat in OPEN_STATES or not self.etat


@dataclass(frozen=True)
class ViewRef:
    """A partner's view: the partner's role (a code of ``ROLE``), never a name."""

    id: str
    role: str
    texte: str
    date: str
    centre: CentreRef
    statut: str
    themes: tuple[str, ...] = ()
    rencontre: str | None = None


@dataclass(frozen=True)
class MeetingSummary:
    """One step of the project's timeline. ``avis_avant``: partners' views gathered since the previous meeting."""

    id: str
    date: str
    heure_debut: str
    heure_fin: str
    lieu: str
    adresse: str
    commune: str
    theme: str
    statut: str
    invites: int
    presents: int
    nouveaux: int
    pratiques: int
    questions: int
    avis: int
    avis_avant: int
    a_venir: bool


@dataclass(frozen=True)
class MeetingRecord:
    """Everything a meeting produced."""

    summary: MeetingSummary
    invites: tuple[CentreRef, ...]
    presents: tuple[CentreRef, ...]
    absents: tuple[CentreRef, ...]      # invited, did not come
    nouveaux: tuple[str, ...]           # ids of the centres present for the first time
    pratiques: tuple[PracticeRef, ...]
    questions: tuple[QuestionOutcome, ...]
    avis: tuple[ViewRef, ...]


@dataclass(frozen=True)
class MeetingPlan:
    """A meeting the federation plans; ``id`` is chosen (R4, R5…) when left empty."""

    date: dt.date
    theme: str
    heure_debut: str | dt.time | None = None
    heure_fin: str | dt.time | None = None
    lieu: str = ""
    adresse: str = ""
    commune: str = ""                       # INSEE code
    invites: tuple[str, ...] = ()           # centre ids
    questions: tuple[str, ...] = ()         # questions to treat there
    pratiques: tuple[str, ...] = ()         # practices to present there (not yet presented anywhere)
    id: str = ""


# --- reading the graph once ----------------------------------------------------------------------


@dataclass
class _Graph:
    """The parts of the graph the meeting queries read, indexed."""

    meetings: dict[str, dict]
    centres: dict[str, CentreRef]
    practices: dict[str, dict]
    questions: dict[str, dict]
    views: dict[str, dict]
    out: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # link type → source key → targets
    # (SITUE_DANS: from meetings only)

    def targets(self, type_: str, key: str) -> list[str]:
        return self.out.get(type_, {}).get(key, [])

    def sources(self, type_: str, target: str) -> list[str]:
        return sorted(k for k, targets in self.out.get(type_, {}).items() if target in targets)


_TYPES = ("A_INVITE", "A_REUNI", "A_TRAITE", "PRESENTEE_A", "SOULEVEE_A", "PARTAGE_A", "PORTEE_PAR",
          "POSEE_PAR", "REPONDUE_PAR", "RECUEILLI_PAR")


def _read(store: GraphStore) -> _Graph:
    communes = {c["code_insee"]: c.get("nom", "") for c in store.nodes("Commune")}
    where = {r.source_key: r.target_key for r in store.links("SITUE_DANS", "Centre")}
    centres = {c["id_centre"]: CentreRef(c["id_centre"], str(c.get("nom", "")), communes.get(where.get(c["id_centre"], ""), ""))
               for c in store.nodes("Centre")}
    graph = _Graph({m["id_rencontre"]: m for m in store.nodes("Rencontre")}, centres,
                   {p["id_pratique"]: p for p in store.nodes("Pratique")},
                   {q["id_question"]: q for q in store.nodes("Question")}, {a["id_avis"]: a for a in store.nodes("Avis")})
    for type_, source in (*((t, None) for t in _TYPES), ("SITUE_DANS", "Rencontre")):
        found: dict[str, list[str]] = defaultdict(list)
        for row in store.links(type_, source):
            found[row.source_key].append(row.target_key)
        graph.out[type_] = dict(found)
    return graph


def _centre(graph: _Graph, key: str) -> CentreRef:
    return graph.centres.get(key) or CentreRef(key, key)


def _practice(graph: _Graph, key: str) -> PracticeRef:
    p = graph.practices.get(key, {})
    carrier = graph.targets("PORTEE_PAR", key)
    return PracticeRef(key, str(p.get("titre", key)), _centre(graph, carrier[0]) if carrier else CentreRef("", ""),
                       str(p.get("resultat") or ""), str(p.get("statut") or ""), tuple(p.get("themes") or ()))


def _ordered_meetings(graph: _Graph) -> list[dict]:
    return sorted(graph.meetings.values(), key=lambda m: (str(m.get("date") or ""), m["id_rencontre"]))


def _first_attendance(graph: _Graph) -> dict[str, str]:
    """Each centre → the first meeting it came to."""
    first: dict[str, str] = {}
    for meeting in _ordered_meetings(graph):
        for centre in graph.targets("A_REUNI", meeting["id_rencontre"]):
            first.setdefault(centre, meeting["id_rencontre"])
    return first


def _summary(graph: _Graph, meeting: dict, previous: str | None, first: dict[str, str], today: dt.date,
             communes: dict[str, str]) -> MeetingSummary:
    key, day = meeting["id_rencontre"], str(meeting.get("date") or "")
    present = graph.targets("A_REUNI", key)
    where = graph.targets("SITUE_DANS", key)
    return MeetingSummary(
        key, day, str(meeting.get("heure_debut") or ""), str(meeting.get("heure_fin") or ""),
        str(meeting.get("lieu") or ""), str(meeting.get("adresse") or ""), communes.get(where[0], "") if where else "",
        str(meeting.get("theme") or ""), str(meeting.get("statut") or ""), len(graph.targets("A_INVITE", key)),
        len(present), sum(1 for c in present if first.get(c) == key), len(graph.sources("PRESENTEE_A", key)),
        len(_question_keys(graph, key)), len(graph.sources("PARTAGE_A", key)),
        _gathered_between(graph, previous[:7] if previous else None, day[:7]),
        bool(day) and day > today.isoformat())


def _gathered_between(graph: _Graph, after: str | None, until: str) -> int:
    """How many partners' views were gathered after the month ``after`` and up to the month ``until`` (AAAA-MM)."""
    months = [str(a.get("date") or "") for a in graph.views.values()]
    return sum(1 for m in months if m and m <= until and (after is None or m > after))


def _question_keys(graph: _Graph, meeting: str) -> list[str]:
    """The questions raised at ``meeting`` or treated there, in id order."""
    return sorted(set(graph.sources("SOULEVEE_A", meeting)) | set(graph.targets("A_TRAITE", meeting)))


def _communes(store: GraphStore) -> dict[str, str]:
    return {c["code_insee"]: str(c.get("nom", "")) for c in store.nodes("Commune")}


@named("rencontres_chronologie", "today")
def timeline(store: GraphStore, today: dt.date | None = None) -> list[MeetingSummary]:
    """The project from its first meeting: each meeting in date order with what it gathered and produced,
    the views gathered since the previous one, and whether it is still to come."""
    graph = _read(store)
    first, communes, today = _first_attendance(graph), _communes(store), today or dt.date.today()
    steps, previous = [], None
    for meeting in _ordered_meetings(graph):
        steps.append(_summary(graph, meeting, previous, first, today, communes))
        previous = str(meeting.get("date") or "") or previous
    return steps


def _question(graph: _Graph, key: str, by_theme: dict[str, list[str]] | None = None) -> QuestionOutcome:
    q = graph.questions.get(key, {})
    asked = graph.targets("POSEE_PAR", key)
    raised = graph.targets("SOULEVEE_A", key)
    treated = tuple(sorted(m for m in graph.meetings if key in graph.targets("A_TRAITE", m)))
    answers = tuple(_practice(graph, p) for p in sorted(graph.targets("REPONDUE_PAR", key)))
    outcome = QuestionOutcome(key, str(q.get("texte", "")), str(q.get("etat") or ""), str(q.get("statut") or ""),
                              tuple(q.get("themes") or ()), _centre(graph, asked[0]) if asked else None,
                              raised[0] if raised else None, treated, answers)
    if by_theme is None or not outcome.ouverte:
        return outcome
    votes: dict[str, int] = defaultdict(int)
    for theme in outcome.themes:
        for centre in by_theme.get(theme, []):
            votes[centre] += 1
    answering = {a.centre.id for a in answers}
    ranked = sorted((c for c in votes if c not in answering and (not asked or c != asked[0])),
                    key=lambda c: (-votes[c], c))[:3]
    return replace(outcome, pistes=tuple(_centre(graph, c) for c in ranked))


def _worked_by_theme(graph: _Graph) -> dict[str, list[str]]:
    """Theme → the centres (one entry per validated practice that worked or partly worked on it)."""
    found: dict[str, list[str]] = defaultdict(list)
    for key, p in sorted(graph.practices.items()):
        carrier = graph.targets("PORTEE_PAR", key)
        if p.get("statut") == VALIDATED and p.get("resultat") in ("a_marche", "en_partie") and carrier:
            for theme in p.get("themes") or ():
                found[theme].append(carrier[0])
    return found


def _view(graph: _Graph, key: str) -> ViewRef:
    a = graph.views[key]
    by = graph.targets("RECUEILLI_PAR", key)
    shared = graph.targets("PARTAGE_A", key)
    return ViewRef(key, str(a.get("role") or ""), str(a.get("texte") or ""), str(a.get("date") or ""),
                   _centre(graph, by[0]) if by else CentreRef("", ""), str(a.get("statut") or ""),
                   tuple(a.get("themes") or ()), shared[0] if shared else None)


@named("rencontre_bilan", "rencontre", "today")
def meeting_record(store: GraphStore, rencontre: str, today: dt.date | None = None) -> MeetingRecord | None:
    """Everything meeting ``rencontre`` produced: who was invited and came (and who came for the first
    time), the practices presented, the questions raised or treated and what became of them, the partners'
    views shared there. ``None`` when there is no such meeting."""
    graph = _read(store)
    if rencontre not in graph.meetings:
        return None
    first, previous = _first_attendance(graph), None
    for meeting in _ordered_meetings(graph):
        if meeting["id_rencontre"] == rencontre:
            break
        previous = str(meeting.get("date") or "") or previous
    summary = _summary(graph, graph.meetings[rencontre], previous, first, today or dt.date.today(), _communes(store))
    invited = sorted(graph.targets("A_INVITE", rencontre))
    present = sorted(graph.targets("A_REUNI", rencontre))
    by_theme = _worked_by_theme(graph)

    def centres(keys: Iterable[str]) -> tuple[CentreRef, ...]:
        return tuple(sorted((_centre(graph, k) for k in keys), key=lambda c: (c.nom, c.id)))

    return MeetingRecord(
        summary, centres(invited), centres(present), centres(c for c in invited if c not in present),
        tuple(c for c in present if first.get(c) == rencontre),
        tuple(_practice(graph, p) for p in graph.sources("PRESENTEE_A", rencontre)),
        tuple(_question(graph, q, by_theme) for q in _question_keys(graph, rencontre)),
        tuple(_view(graph, a) for a in graph.sources("PARTAGE_A", rencontre)))


@named("questions_ouvertes", "validees")
def open_questions(store: GraphStore, validees: bool = True) -> list[QuestionOutcome]:
    """The questions still open or being worked on (validated ones only, unless ``validees`` is false), each with
    the centres that could answer it."""
    graph = _read(store)
    by_theme = _worked_by_theme(graph)
    found = [_question(graph, key, by_theme) for key in sorted(graph.questions)]
    return [q for q in found if q.ouverte and (not validees or q.statut == VALIDATED)]


@named("avis_partenaires", "validees", "rencontre", "themes")
def partner_views(store: GraphStore, validees: bool = True, rencontre: str | None = None,
                  themes: tuple[str, ...] = ()) -> list[ViewRef]:
    """The partners' views (validated only unless ``validees`` is false), by role in the vocabulary's order,
    then by date; only those shared at ``rencontre``, or touching one of ``themes``, when given."""
    graph = _read(store)
    order = {code: n for n, code in enumerate(ROLE.codes)}
    views = [_view(graph, key) for key in graph.views]
    kept = [v for v in views if (not validees or v.statut == VALIDATED) and (rencontre is None or v.rencontre == rencontre)
            and (not themes or set(themes) & set(v.themes))]
    return sorted(kept, key=lambda v: (order.get(v.role, len(order)), v.date, v.id))


# --- planning a meeting: the federation only -------------------------------------------------------

_TIME = re.compile(r"^([01]?\d|2[0-3])[:h]([0-5]\d)$")


def _time(value: str | dt.time | None, field_name: str) -> str | None:
    """``value`` as HH:MM (a time, or text typed 9:00 or 9h00), None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    found = _TIME.match(value.strip())
    if not found:
        raise PlanningError("livret.plan.error.time", field=field_name, value=value)
    return f"{int(found[1]):02d}:{found[2]}"


def next_meeting_id(store: GraphStore) -> str:
    """R followed by one more than the highest number of the existing R-ids (R4 after R1, R2, R3)."""
    numbers = [int(k[1:]) for k in store.keys("Rencontre") if re.fullmatch(r"R\d+", k)]
    return f"R{max(numbers, default=0) + 1}"


def _check_plan(store: GraphStore, plan: MeetingPlan) -> tuple[str, str | None, str | None]:
    """The plan's id and times, or :class:`PlanningError` naming the first thing to correct."""
    if not isinstance(plan.date, dt.date):
        raise PlanningError("livret.plan.error.date")
    if not plan.theme.strip():
        raise PlanningError("livret.plan.error.theme")
    start, end = _time(plan.heure_debut, "début"), _time(plan.heure_fin, "fin")
    if start and end and end <= start:
        raise PlanningError("livret.plan.error.time_order", start=start, end=end)
    key = plan.id.strip() or next_meeting_id(store)
    if store.get("Rencontre", key) is not None:
        raise PlanningError("livret.plan.error.id_taken", id=key)
    if plan.commune and store.get("Commune", plan.commune) is None:
        raise PlanningError("livret.plan.error.unknown", what="commune", keys=plan.commune)
    for label, keys, what in (("Centre", plan.invites, "centre"), ("Question", plan.questions, "question"),
                              ("Pratique", plan.pratiques, "pratique")):
        missing = sorted(set(keys) - store.existing(label, keys))
        if missing:
            raise PlanningError("livret.plan.error.unknown", what=what, keys=", ".join(missing))
    presented = {r.source_key: r.target_key for r in store.links("PRESENTEE_A")}
    already = sorted(p for p in plan.pratiques if p in presented)
    if already:
        raise PlanningError("livret.plan.error.already_presented", keys=", ".join(already))
    return key, start, end


def require_planner(access: Access) -> None:
    """Only the federation plans meetings and records what they produced."""
    if access.role is not Role.ADMIN:
        raise AccessDenied("livret.plan.denied")


def can_plan(access: Access) -> bool:
    return access.role is Role.ADMIN


@named("rencontre_planifier", "plan", "access", "now")
def plan_meeting(store: GraphStore, plan: MeetingPlan, access: Access = PUBLIC, now: dt.datetime | None = None) -> str:
    """Write the meeting ``plan`` (refused unless ``access`` is the federation's) and return its id.

    All or nothing: the meeting, where it is held, the centres invited, the questions it will treat and
    the practices to be presented there.
    """
    require_planner(access)
    key, start, end = _check_plan(store, plan)
    at = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    changes: list[Change] = [PutNode("Rencontre", key, stamp({
        "date": plan.date.isoformat(), "heure_debut": start, "heure_fin": end, "lieu": plan.lieu.strip() or None,
        "adresse": plan.adresse.strip() or None, "theme": plan.theme.strip(), "statut": VALIDATED},
        1, at, by=access.account or access.role.value))]
    if plan.commune:
        changes.append(SetLinks("SITUE_DANS", "Rencontre", key, (plan.commune,)))
    if plan.invites:
        changes.append(SetLinks("A_INVITE", "Rencontre", key, tuple(sorted(set(plan.invites)))))
    if plan.questions:
        changes.append(SetLinks("A_TRAITE", "Rencontre", key, tuple(sorted(set(plan.questions)))))
    changes += [SetLinks("PRESENTEE_A", "Pratique", p, (key,)) for p in sorted(set(plan.pratiques))]
    store.apply(changes)
    return key


@named("rencontre_presences", "rencontre", "participants", "access")
def record_attendance(store: GraphStore, rencontre: str, participants: tuple[str, ...], access: Access = PUBLIC) -> None:
    """Record which centres came to ``rencontre`` (replacing what was recorded); the federation only."""
    require_planner(access)
    if store.get("Rencontre", rencontre) is None:
        raise PlanningError("livret.plan.error.unknown", what="rencontre", keys=rencontre)
    missing = sorted(set(participants) - store.existing("Centre", participants))
    if missing:
        raise PlanningError("livret.plan.error.unknown", what="centre", keys=", ".join(missing))
    store.apply([SetLinks("A_REUNI", "Rencontre", rencontre, tuple(sorted(set(participants))))])


@dataclass(frozen=True)
class PlanningChoices:
    """What a meeting plan may name: every centre, the open questions, the validated practices not yet presented."""

    centres: dict[str, str]
    questions: dict[str, str]
    pratiques: dict[str, str]


@named("rencontre_choix")
def planning_choices(store: GraphStore) -> PlanningChoices:
    """The centres (id → « name (commune) »), open questions and presentable practices (id → title), by name."""
    graph = _read(store)
    presented = set(graph.out.get("PRESENTEE_A", {}))
    centres = {c.id: f"{c.nom} ({c.commune})" if c.commune else c.nom
               for c in sorted(graph.centres.values(), key=lambda c: (c.nom, c.id))}
    questions = {k: str(q.get("texte", "")) for k, q in sorted(graph.questions.items())
                 if (q.get("etat") in OPEN_STATES or not q.get("etat")) and q.get("statut") != REJECTED}
    practices = {k: f"{p.get('titre', k)} — {_practice(graph, k).centre.nom}"
                 for k, p in sorted(graph.practices.items()) if k not in presented and p.get("statut") == VALIDATED}
    return PlanningChoices(centres, questions, practices)
