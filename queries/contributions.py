"""Contributions of the centres: the forms, checked and saved as drafts (their review is :mod:`queries.review`).

A centre describes itself, its partnerships, its practices (with the analysis grid), its conflict cases, its
questions and what came of a practice it reused; what it saves is a draft until the federation validates it, or
rejects it with a comment that goes back to the centre. Every query here takes the person's guarded store
(:class:`graph.guard.GuardedStore`), so that the roles hold whatever a page shows: a reader saves nothing, a
centre only its own items, only the federation validates.

Forms are described from the schema (:class:`Field`), checked with :func:`graph.validation.validate_row`, and
saved with the version read, so that nobody silently overwrites another person's work: a stale save raises
:class:`graph.errors.ConcurrentEdit`, and :func:`differences` shows what the other person changed.

>>> from graph.backends.embedded import EmbeddedStore
>>> from graph.guard import GuardedStore
>>> from ingest.demo import load_demo
>>> from graph.access import Access, Role
>>> import tempfile
>>> raw = EmbeddedStore(tempfile.mkdtemp()); _ = load_demo(raw)
>>> centre = GuardedStore(raw, Access(Role.CONTRIBUTOR, frozenset({"CS95-001"}), "acacias"))
>>> saved = save_contribution(centre, "Pratique", {"titre": "Café des parents", "resultat": "en_cours"},
...                          centre="CS95-001")
>>> saved.statut, saved.version
('brouillon', 1)
>>> sorted(p.field for p in check_contribution(centre, "Pratique", {"titre": "", "resultat": "peut-être"},
...                                          centre="CS95-001"))
['resultat', 'titre']
>>> form = contribution_form(centre, "Pratique", saved.key, centre="CS95-001")
>>> form.version, form.values["titre"], form.values["resultat"]
(1, 'Café des parents', 'en_cours')
>>> raw.close()
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from graph import guard as guarding
from graph.access import Role
from graph.changes import Change, PutNode, SetLinks
from graph.errors import AccessDenied, ConcurrentEdit, PasserellesError
from graph.i18n import catalogue, t
from graph.schema import KINDS, PRACTICE_GRID, Link, NodeKind, Prop
from graph.store import GraphStore
from graph.validation import validate_row
from graph.vocabularies import PUBLISHED
from queries.privacy import Finding, IdentifyingDetails, check_item
from queries.registry import named

FORM_KINDS = ("Centre", "Partenariat", "Pratique", "Situation", "Question", "Retour")
PREFIXES = {"Partenariat": "PA-", "Pratique": "PR-", "Situation": "SC-", "Question": "Q-", "Retour": "RE-",
            "Avis": "AV-", "Outil": "OU-", "Rencontre": "R", "Grille": "G-", "Critere": "CR-", "Evaluation": "EV-"}
PARIS = ZoneInfo("Europe/Paris")


class InvalidContribution(PasserellesError):
    """A form with values that cannot be saved: ``problems`` says which, field by field."""

    key = "contributions.invalid"

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(self.key, count=len(problems))
        self.problems = problems


def guarded(store: GraphStore) -> guarding.GuardedStore:
    """The person's store: these queries act for someone, and the guard knows whom."""
    if not isinstance(store, guarding.GuardedStore):
        raise TypeError("contributions need the person's guarded store (graph.guard.GuardedStore)")
    return store


def require_admin(store: GraphStore) -> guarding.GuardedStore:
    found = guarded(store)
    if found.access.role is not Role.ADMIN:
        raise AccessDenied("contributions.admin_only")
    return found


# --- forms -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One field of a form: ``kind`` says which widget (text, longtext, choice, choices, bool); ``options``
    maps a stored code or key to what the person reads."""

    name: str
    label: str
    kind: str
    required: bool = False
    help: str = ""
    section: str = "main"          # main, grid (the practice's analysis grid), links
    options: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Form:
    label: str
    key: str | None                # None: a new item
    version: int                   # the version read (0: a new item), to save with
    values: dict[str, Any]         # field → widget value (text, list of codes, bool)
    fields: list[Field]
    statut: str = ""
    waiting: bool = False          # a change to the published item waits for validation: readers see the published one


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    privacy: bool = False


@dataclass(frozen=True)
class Saved:
    label: str
    key: str
    version: int
    statut: str
    waiting: bool = False          # a change to a published item: readers see the published version until validated


def owner_link(label: str) -> Link | None:
    """The column that says which centre an item belongs to (set by the form, never typed)."""
    type_ = guarding.OWNER_LINK.get(label)
    return next((link for link in KINDS[label].links if link.type == type_), None)


def _form_columns(kind: NodeKind) -> list[Prop | Link]:
    hidden = {kind.key, "statut"} | ({owner_link(kind.label).name} if owner_link(kind.label) else set())
    return [column for column in kind.columns if column.name not in hidden]


def _field(store: GraphStore, column: Prop | Link, centre: str | None) -> Field:
    if isinstance(column, Link):
        return Field(column.name, column.label, "choices" if column.many else "choice", column.required,
                     column.help, "links", _link_options(store, column, centre))
    if column.vocabulary:
        options = {term.code: term.label for term in column.vocabulary.terms}
        return Field(column.name, column.label, "choices" if column.many else "choice", column.required,
                     column.help, "grid" if column.name in PRACTICE_GRID else "main", options)
    kind = {"longtext": "longtext", "bool": "bool"}.get(column.type, "text")
    hint = column.help or catalogue().get(f"contributions.hint.{column.type}", "")
    return Field(column.name, column.label, kind, column.required, hint, "grid" if column.name in PRACTICE_GRID else "main")


def _link_options(store: GraphStore, link: Link, centre: str | None) -> dict[str, str]:
    """What a link may point to, by name: schools of the centre's département first, validated practices…"""
    target = link.target
    if target == "Ecole":
        return _schools(store, centre)
    if target == "Centre":
        access = guarded(store).access
        return {key: str(props.get("nom") or key) for key, props in by_key(store, "Centre").items()
                if access.role is Role.ADMIN or key in access.centres}
    titles = Titles(store)
    return {key: titles.of(target, key, props) for key, props in sorted(by_key(store, target).items())
            if target != "Pratique" or props.get("statut") == PUBLISHED}


def _schools(store: GraphStore, centre: str | None) -> dict[str, str]:
    communes = {row.source_key: row.target_key for row in store.links("SITUE_DANS", "Ecole")}
    names = {str(c["code_insee"]): str(c.get("nom") or "") for c in store.nodes("Commune")}
    departement = {row.source_key: row.target_key for row in store.links("DANS_DEPARTEMENT")}
    home_commune = next((r.target_key for r in store.links("SITUE_DANS", "Centre") if r.source_key == centre), "")
    home = departement.get(home_commune)
    schools = store.nodes("Ecole")
    if home:
        schools = [s for s in schools if departement.get(communes.get(str(s["uai"]), "")) == home] or schools
    label = {str(s["uai"]): f"{s.get('nom') or s['uai']} ({names.get(communes.get(str(s['uai']), ''), '')})"
             for s in schools}
    return dict(sorted(label.items(), key=lambda item: item[1]))


def by_key(store: GraphStore, label: str) -> dict[str, dict[str, Any]]:
    key = KINDS[label].key
    return {str(props[key]): props for props in store.nodes(label)}


def _targets(store: GraphStore, label: str, key: str) -> dict[str, list[str]]:
    return {link.name: sorted(r.target_key for r in store.links(link.type, label) if r.source_key == key)
            for link in KINDS[label].links}


def _widget_values(store: GraphStore, label: str, key: str, props: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    targets = _targets(store, label, key)
    for column in KINDS[label].columns:
        if isinstance(column, Link):
            found = targets.get(column.name, [])
            values[column.name] = found if column.many else (found[0] if found else "")
        elif column.many:
            values[column.name] = list(props.get(column.name) or [])
        elif column.type == "bool":
            values[column.name] = bool(props.get(column.name))
        else:
            value = props.get(column.name)
            values[column.name] = "" if value is None else str(value)
    return values


@named("contribution_formulaire", "label", "key", "centre")
def contribution_form(store: GraphStore, label: str, key: str | None = None, centre: str | None = None) -> Form:
    """The form of ``label`` for ``centre``: empty for a new item, filled with ``key``'s values and version."""
    if label not in FORM_KINDS:
        raise PasserellesError("contributions.unknown_kind", label=label)
    kind = KINDS[label]
    fields = [_field(store, column, centre) for column in _form_columns(kind)]
    props = store.get(label, key) if key else None
    if props is None:
        empty = {f.name: [] if f.kind == "choices" else False if f.kind == "bool" else "" for f in fields}
        return Form(label, key if label == "Centre" else None, 0, empty, fields)
    saved = _widget_values(store, label, key or "", props)
    values = {f.name: saved[f.name] for f in fields}
    for f in fields:  # a value the lists leave out (a practice no longer validated…) stays choosable
        current = values[f.name] if isinstance(values[f.name], list) else [values[f.name]]
        f.options.update({v: v for v in current if f.kind.startswith("choice") and v and v not in f.options})
    return Form(label, key, int(props.get("version") or 0), values, fields, str(props.get("statut") or ""),
                guarded(store).waiting(label, key or ""))


@named("contribution_elements", "label", "centre")
def items_of(store: GraphStore, label: str, centre: str | None = None) -> dict[str, str]:
    """The items of ``label`` the person sees (key → title), by key: those of ``centre`` when given."""
    if label == "Centre":
        found = by_key(store, "Centre")
        return {key: str(props.get("nom") or key) for key, props in found.items() if centre in (None, key)}
    type_ = guarding.OWNER_LINK[label]
    owners = {row.source_key: row.target_key for row in store.links(type_, label)} if centre else {}
    titles = Titles(store)
    return {key: titles.of(label, key, props) for key, props in sorted(by_key(store, label).items())
            if centre is None or owners.get(key) == centre}


@named("contribution_centres")
def contributable_centres(store: GraphStore) -> dict[str, str]:
    """The centres the person may contribute for (key → name): every centre for the federation, a contributor's
    own (even before its profile exists), none for a reader."""
    access = guarded(store).access
    names = {key: str(props.get("nom") or key) for key, props in by_key(store, "Centre").items()}
    keys = sorted(names) if access.role is Role.ADMIN else sorted(access.centres) if access.role is Role.CONTRIBUTOR \
        else []
    return {key: names.get(key, key) for key in keys}


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, (list, tuple)):
        return " | ".join(str(v) for v in value)
    return "" if value is None else str(value)


@named("contribution_verifier", "label", "values", "key", "centre")
def check_contribution(store: GraphStore, label: str, values: Mapping[str, Any], key: str | None = None,
                       centre: str | None = None) -> list[Problem]:
    """Every problem of the form's ``values``: what the schema refuses, references to nothing, and for a conflict
    case what could identify a person (``privacy``)."""
    return _check(store, label, values, key or centre if label == "Centre" else centre)[1]


def _check(store: GraphStore, label: str, values: Mapping[str, Any],
           centre: str | None) -> tuple[dict[str, Any], list[Problem], list[Finding]]:
    kind = KINDS[label]
    columns = _form_columns(kind)
    text = {column.name: _as_text(values.get(column.name)) for column in columns}
    if label == "Centre":  # the centre's own code, given by the federation
        text["id_centre"] = centre or ""
    if (link := owner_link(label)) is not None:
        text[link.name] = centre or ""
    clean, found = validate_row(kind, text)
    problems = [Problem(p.field, p.message) for p in found]
    for column in kind.links:
        wanted = clean.get(column.name)
        keys = wanted if isinstance(wanted, list) else [wanted] if wanted else []
        missing = sorted(set(keys) - store.existing(column.target, keys))
        if missing and not any(p.field == column.name for p in problems):
            problems.append(Problem(column.name, t("contributions.unknown_reference", column=column.label,
                                                   keys=", ".join(missing))))
    findings = check_item(store, kind, text, school=bool(clean.get("uai"))) if kind.narratives else []
    return clean, problems + [Problem(f.field, f.explanation, privacy=True) for f in findings], findings


@named("contribution_enregistrer", "label", "values", "key", "expected_version", "centre")
def save_contribution(store: GraphStore, label: str, values: Mapping[str, Any], key: str | None = None,
                      expected_version: int | None = None, centre: str | None = None) -> Saved:
    """Save the form: a new item (``key`` None, or a new centre) or ``key`` at ``expected_version``.

    Refused with :class:`InvalidContribution` (every problem) or, for a case whose texts could identify someone,
    :class:`queries.privacy.IdentifyingDetails`; a stale version raises :class:`ConcurrentEdit` and writes nothing.
    """
    guard = guarded(store)
    if label == "Centre":
        key, centre = key or centre, key or centre
    clean, problems, findings = _check(guard, label, values, centre)
    if problems and len(findings) == len(problems):
        raise IdentifyingDetails(findings)
    if problems:
        raise InvalidContribution(problems)
    new = key is None or guard.inner.get(label, key) is None
    if key is not None and new and (check := KINDS[label].key_prop.check) is not None:
        check(key)  # a key given to the query (never typed in the pages) is an identifier like a typed one
    # The federation editing what a centre proposed changes the proposal: it publishes it by validating.
    action = "proposition" if not new and guard.access.role is Role.ADMIN and guard.waiting(label, key or "") else None
    for attempt in range(5):
        item = key or next_key(guard, label)
        expected = 0 if new else expected_version
        try:
            guard.apply(_changes(guard, label, item, clean, expected, new), action=action)
        except ConcurrentEdit as error:
            if key is None and error.expected == 0 and attempt < 4:
                continue  # someone took this number meanwhile: the next one
            raise
        props = guard.get(label, item) or {}
        return Saved(label, item, int(props.get("version") or 0), str(props.get("statut") or ""),
                     guard.waiting(label, item))
    raise AssertionError("unreachable")


def _changes(store: GraphStore, label: str, key: str, clean: Mapping[str, Any], expected: int | None,
             new: bool) -> list[Change]:
    kind = KINDS[label]
    props = {name: value for name, value in clean.items()
             if name in kind.column_by_name and isinstance(kind.column_by_name[name], Prop) and name != kind.key}
    changes: list[Change] = [PutNode(label, key, props, expected)]
    current = {} if new else _targets(store, label, key)
    for link in kind.links:
        if link.name not in clean:
            continue
        wanted = clean[link.name]
        targets = sorted(wanted) if isinstance(wanted, list) else [wanted] if wanted else []
        if new and targets or not new and targets != current.get(link.name, []):
            changes.append(SetLinks(link.type, label, key, tuple(targets)))
    return changes


def next_key(store: GraphStore, label: str) -> str:
    """One more than the highest number among the keys of ``label`` with the usual prefix (PR-093 after PR-092)."""
    keys = guarded(store).inner.keys(label)  # drafts hidden from the person still hold their number
    prefix = PREFIXES[label]
    numbers = [(int(m[1]), len(m[1])) for k in keys if (m := re.fullmatch(re.escape(prefix) + r"(\d+)", k))]
    width = max((w for _, w in numbers), default=3)
    return f"{prefix}{max((n for n, _ in numbers), default=0) + 1:0{width}d}"


@dataclass(frozen=True)
class Difference:
    """A field someone else changed since the form was read: their value, and the person's own."""

    field: str
    label: str
    read: str
    theirs: str
    mine: str
    mine_changed: bool


@named("contribution_ecarts", "label", "key", "read", "mine")
def differences(store: GraphStore, label: str, key: str, read: Mapping[str, Any],
                mine: Mapping[str, Any]) -> tuple[int, list[Difference], dict[str, Any]]:
    """After a :class:`ConcurrentEdit`: the version now saved, the fields changed since ``read`` (the values the
    form was filled with) with the other person's value and the person's own (``mine``), and the values now."""
    form = contribution_form(store, label, key)
    shown = {f.name: f for f in form.fields}
    rows = [Difference(name, f.label, _display(f, read.get(name)), _display(f, now), _display(f, mine.get(name)),
                       _as_text(mine.get(name)) != _as_text(read.get(name)))
            for name, f in shown.items() if _as_text(now := form.values.get(name)) != _as_text(read.get(name))]
    return form.version, rows, form.values


def _display(f: Field, value: Any) -> str:
    values = value if isinstance(value, (list, tuple)) else [value] if value not in (None, "") else []
    if f.kind == "bool":
        return t("contributions.yes") if value else t("contributions.no")
    return ", ".join(f.options.get(str(v), str(v)) for v in values)


# --- titles and dates, for people ------------------------------------------------------------------------------

_LINKED_TITLE = {"Partenariat": "AVEC", "Retour": "REPREND", "Evaluation": "SELON"}


class Titles:
    """What to call an item in a list: its title, name or text; or its vocabulary values and what it links to."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._linked: dict[str, dict[str, str]] = {}

    def of(self, label: str, key: str, props: Mapping[str, Any] | None = None) -> str:
        props = props if props is not None else (self.store.get(label, key) or {})
        for name in ("titre", "nom", "texte", "libelle"):
            if props.get(name):
                text = str(props[name])
                return text if len(text) <= 90 else text[:89] + "…"
        kind = KINDS[label]
        parts = [p.vocabulary.label(str(props[p.name])) for p in kind.props
                 if p.vocabulary and not p.many and p.name != "statut" and props.get(p.name)]
        if props.get("date"):
            parts.append(french_month(str(props["date"])))
        if (type_ := _LINKED_TITLE.get(label)) and (target := self._link(label, type_).get(key)):
            parts.append(target)
        return " · ".join(parts) or key

    def _link(self, label: str, type_: str) -> dict[str, str]:
        if type_ not in self._linked:
            target = next(link.target for link in KINDS[label].links if link.type == type_)
            named_ = {key: self.of(target, key, props) for key, props in by_key(self.store, target).items()}
            self._linked[type_] = {r.source_key: named_.get(r.target_key, r.target_key)
                                   for r in self.store.links(type_, label)}
        return self._linked[type_]


def french_month(value: str) -> str:
    """``2019-03`` → « mars 2019 »; a full date keeps its day, a year alone stays a year (:mod:`graph.dates`).

    >>> french_month("2019-03"), french_month("2018-06-05"), french_month("2015")
    ('mars 2019', '5 juin 2018', '2015')
    """
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value[:10])
    if not match:
        return value
    if not match[2]:
        return match[1]
    month = t(f"contributions.month.{int(match[2])}")
    return f"{int(match[3])} {month} {match[1]}" if match[3] else f"{month} {match[1]}"


def french_moment(value: str) -> str:
    """A stamp (UTC, ISO) as a person in France reads it: « 12 mars 2025 à 14 h 05 »."""
    local = _in_paris(value)
    if local is None:
        return value
    return t("contributions.moment", day=french_month(local.date().isoformat()), hour=local.hour,
             minute=f"{local.minute:02d}")


def french_day(value: str) -> str:
    """The day of a stamp (UTC, ISO) in France, where it is already the next day at 23:30 UTC.

    >>> french_day("2026-12-07T23:30:00+00:00")
    '8 décembre 2026'
    """
    local = _in_paris(value)
    return value if local is None else french_month(local.date().isoformat())


def _in_paris(value: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(PARIS)
