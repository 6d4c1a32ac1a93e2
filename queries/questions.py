"""Open questions: for a question raised at a meeting, the practices that answer it — those the federation
linked to it, then those the recommendation method finds for its themes and text — and the centres that could
speak to it (the centres that carry those practices, where they worked).

>>> from graph.backends.embedded import EmbeddedStore
>>> from ingest.demo import load_demo
>>> import tempfile
>>> store = EmbeddedStore(tempfile.mkdtemp())
>>> _ = load_demo(store)
>>> found = open_questions(store)
>>> all(q.etat in ("ouverte", "en_travail") for q in found) and len(found) > 0
True
>>> first = found[0]
>>> len(first.practices) > 0 and len(first.centres) > 0
True
>>> store.close()
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from graph.store import GraphStore
from queries.recommend import Filters, Profile, recommend
from queries.recommend_index import RecommendationIndex, build_index
from queries.registry import named

OPEN = ("ouverte", "en_travail")


@dataclass(frozen=True)
class Answer:
    id: str
    title: str
    resultat: str
    linked: bool                  # linked to the question by the federation (else: found by the method)
    centre: str
    centre_nom: str


@dataclass(frozen=True)
class Speaker:
    """A centre that could speak to the question: it carries practices that answer it and worked."""

    id: str
    nom: str
    commune: str
    practices: tuple[str, ...]


@dataclass(frozen=True)
class OpenQuestion:
    id: str
    texte: str
    themes: tuple[str, ...]
    etat: str
    rencontre: dict | None
    posee_par: str | None         # the centre's name
    practices: list[Answer]
    centres: list[Speaker]


@named("questions_a_repondre", "states")
def question_keys(store: GraphStore, states: tuple[str, ...] = OPEN) -> list[str]:
    """The keys of the questions in ``states``, those raised at the most recent meeting first (then by key): what a
    page lists before it answers the few it shows."""
    dates = {m["id_rencontre"]: str(m.get("date") or "") for m in store.nodes("Rencontre")}
    raised = {r.source_key: dates.get(r.target_key, "") for r in store.links("SOULEVEE_A")}
    keys = sorted(q["id_question"] for q in store.nodes("Question") if not states or q.get("etat") in states)
    return sorted(keys, key=lambda key: raised.get(key, ""), reverse=True)  # stable: by key within a date


@named("questions_reponses", "states", "suggestions", "index", "keys")
def open_questions(store: GraphStore, states: tuple[str, ...] = OPEN, suggestions: int = 5,
                   index: RecommendationIndex | None = None, keys: Collection[str] | None = None) -> list[OpenQuestion]:
    """The questions in ``states`` (open or being worked on) — only those of ``keys`` if given —, each with the
    practices that answer it and the centres that could speak to it."""
    index = index or build_index(store)
    raised = {r.source_key: r.target_key for r in store.links("SOULEVEE_A")}
    asked_by = {r.source_key: r.target_key for r in store.links("POSEE_PAR")}
    answers: dict[str, list[str]] = {}
    for row in store.links("REPONDUE_PAR"):
        answers.setdefault(row.source_key, []).append(row.target_key)
    found = []
    questions = store.nodes("Question") if keys is None else [
        q for key in keys if (q := store.get("Question", key)) is not None]
    for question in questions:
        if states and question.get("etat") not in states:
            continue
        key = question["id_question"]
        meeting = index.meetings.get(raised.get(key, ""))
        asker = index.centres.get(asked_by.get(key, ""))
        practices = _answers(store, index, question, answers.get(key, []), suggestions)
        found.append(OpenQuestion(key, str(question.get("texte", "")), tuple(question.get("themes") or ()),
                                  str(question.get("etat") or ""),
                                  {"id": raised[key], **meeting} if meeting else None,
                                  asker.nom if asker else None, practices, _speakers(index, practices)))
    return found


def _answers(store: GraphStore, index: RecommendationIndex, question: dict, linked: list[str],
             suggestions: int) -> list[Answer]:
    found = [_answer(index, key, True) for key in sorted(linked) if key in index.position]
    profile = Profile(themes=tuple(question.get("themes") or ()), text=str(question.get("texte", "")))
    more = recommend(store, profile, Filters(), limit=suggestions + len(found), index=index).items
    found += [_answer(index, item.id, False) for item in more if item.id not in linked][:suggestions]
    return found


def _answer(index: RecommendationIndex, key: str, linked: bool) -> Answer:
    practice = index.practices[index.position[key]]
    return Answer(key, practice.title, practice.resultat, linked, practice.centre, index.centres[practice.centre].nom)


def _speakers(index: RecommendationIndex, answers: list[Answer]) -> list[Speaker]:
    """The centres whose answering practices worked (or partly), those with the most first."""
    by: dict[str, list[str]] = {}
    for answer in answers:
        if answer.resultat in ("a_marche", "en_partie"):
            by.setdefault(answer.centre, []).append(answer.id)
    ordered = sorted(by.items(), key=lambda item: (-len(item[1]), item[0]))
    return [Speaker(key, index.centres[key].nom, index.centres[key].commune_nom, tuple(ids)) for key, ids in ordered]
