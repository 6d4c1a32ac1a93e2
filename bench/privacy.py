"""Measure the privacy check on narratives written from outside: recall per kind of item, false blocks, speed.

    python3 -m bench.privacy

The corpus (``data/evaluation/confidentialite/corpus.json``, its README says how it was written) holds texts
as centres write them, each with the items in it that could identify someone (their kind, their text, where
they are) — or none: a clean text, full of roles, levels, schools, places and numbers, that must pass.

Each text is read as the product reads it (:func:`graph.privacy.check_texts`): a case's narrative, actions or
lessons as a conflict case (every kind of finding), a practice's description as a practice (names and contact
details only), against the places of the demo graph (the product always reads a text against its graph's
places). An item is **caught** when a finding overlaps it; a clean text with any finding is **blocked**. The
goal (issue 16): every phone number and e-mail address, at least 98 % of the other items, at most one clean
text in ten blocked. The speed: the time per text of the corpus, of a 20,000-character narrative made of the
corpus's texts, and of 20,000-character texts made to be slow (:func:`worst_cases`), in CPU time.
"""

from __future__ import annotations

import csv
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from graph import privacy
from graph.schema import KINDS

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "evaluation" / "confidentialite" / "corpus.json"
# Each written from outside by a different session, each measured blind after the check was fixed on the ones before.
CORPORA = tuple(ROOT / "data" / "evaluation" / name / "corpus.json"
                for name in ("confidentialite", *(f"confidentialite-{n}" for n in range(2, 9))))
# The last one is kept apart: never read to fix the check, so that its figures say what the check does on texts
# nobody tuned it on (its README gives them): the eighth. Each before it was, until the next was written; they have
# been read to fix the check since (their READMEs give their figures blind and after).
HELD_OUT = CORPORA[-1]
DEMO = ROOT / "data" / "demo"
# Which field of which kind each text of the corpus is.
FIELDS = {"recit": ("Situation", "recit"), "actions": ("Situation", "actions"),
          "enseignements": ("Situation", "enseignements"), "description": ("Pratique", "description")}
EXACT = ("telephone", "courriel")   # the kinds the goal wants all of
GOAL_EXACT, GOAL_REST, GOAL_BLOCKED = 1.0, 0.98, 0.10
LONG = 20_000


@dataclass(frozen=True)
class Item:
    text_id: str
    kind: str
    start: int
    end: int
    text: str


@dataclass
class Results:
    """What the check caught and missed, and the clean texts it blocked."""

    caught: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    missed: list[Item] = field(default_factory=list)
    blocked: list[tuple[str, list[privacy.Finding]]] = field(default_factory=list)
    clean: int = 0
    over_masked: list[tuple[str, str]] = field(default_factory=list)  # (text id, words) judged not identifying

    def recall(self, kinds: set[str] | None = None) -> float:
        wanted = set(self.total) if kinds is None else kinds
        total = sum(self.total[k] for k in wanted)
        return sum(self.caught[k] for k in wanted) / total if total else 1.0

    @property
    def rest(self) -> set[str]:
        return set(self.total) - set(EXACT)

    @property
    def blocked_share(self) -> float:
        return len(self.blocked) / self.clean if self.clean else 0.0

    def goals_met(self) -> bool:
        return self.recall(set(EXACT)) >= GOAL_EXACT and self.recall(self.rest) >= GOAL_REST and \
            self.blocked_share <= GOAL_BLOCKED


def corpus(path: Path = CORPUS) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def demo_places() -> privacy.Places:
    """The place phrases of the demo graph (communes, schools, centres, quartiers, networks), from its files."""
    names = []
    for file in ("communes.csv", "ecoles.csv", "centres.csv", "qpv.csv", "reseaux.csv"):
        with (DEMO / file).open(encoding="utf-8-sig") as handle:
            names += [row.get("nom") or "" for row in csv.DictReader(handle, delimiter=";")]
    return privacy.place_phrases(names)


def findings(entry: dict, places: privacy.Places) -> list[privacy.Finding]:
    """What the product finds in one text of the corpus, read as the field it is."""
    label, name = FIELDS[entry["kind"]]
    return privacy.check_texts(KINDS[label], {name: entry["text"]}, places)


def items(entry: dict) -> list[Item]:
    return [Item(entry["id"], item["kind"], item["start"], item["start"] + len(item["text"]), item["text"])
            for item in entry["items"]]


def evaluate(entries: list[dict], places: privacy.Places | None = None) -> Results:
    """Read every text of ``entries`` (the corpus) and count."""
    places = demo_places() if places is None else places
    results = Results()
    for entry in entries:
        found = findings(entry, places)
        wanted = items(entry)
        if not wanted:
            results.clean += 1
            if found:
                results.blocked.append((entry["id"], found))
            continue
        for item in wanted:
            results.total[item.kind] += 1
            if any(f.start < item.end and item.start < f.end for f in found):
                results.caught[item.kind] += 1
            else:
                results.missed.append(item)
        spans = [(item.start, item.end) for item in wanted]
        results.over_masked += [(entry["id"], f.text) for f in found
                                if not any(f.start < end and start < f.end for start, end in spans)]
    return results


def seconds_per_long_text(entries: list[dict], places: privacy.Places, repeats: int = 3) -> float:
    """The slowest of ``repeats`` reads (CPU time) of a 20,000-character narrative made of the corpus's texts."""
    text = ""
    while len(text) < LONG:
        text += " ".join(entry["text"] for entry in entries) + " "
    text = text[:LONG]
    times = []
    for _ in range(repeats):
        start = time.process_time()
        privacy.check_texts(KINDS["Situation"], {"recit": text}, places)
        times.append(time.process_time() - start)
    return max(times)


def worst_cases() -> dict[str, str]:
    """Texts of 20,000 characters made to be slow: every shape a pattern could trip on, repeated."""
    def fill(piece: str) -> str:
        return (piece * (LONG // len(piece) + 1))[:LONG]

    return {
        "numéros de téléphone": fill("0612345678 "),
        "chiffres séparés": fill("1 "),
        "mots en capitales": fill("ABC DEF GHI "),
        "prénoms et noms": fill("Rose Pierre Yanis Benali Mme Diallo Claire et la mère de B. "),
        "traits d’union": fill("Jean-"),
        "arobases": fill("x@"),
        "points": fill("a."),
        "lignes d’un prénom": fill("Yanis\n"),
        "âges, classes, collèges": fill("11 ans, en 6e au collège Jean Moulin. "),
        "résidences et bâtiments": fill("résidence Les Tilleuls Bâtiment C, appt 3, "),
        "une seule lettre": "a" * LONG,
        "pseudos": fill("@lina_95 la_vraie.x "),
        "plaques et numéros": fill("AB-123-CD 1234567 1 85 05 "),
        "rues d’un logement, fiches": fill("famille kaya, allée des Lilas, Nom : KAYA mme n'diaye snap : x.y "),
    }


def worst_case_seconds(places: privacy.Places) -> dict[str, float]:
    """The CPU time of the check on each of :func:`worst_cases`, read as a case's narrative."""
    found = {}
    for name, text in worst_cases().items():
        start = time.process_time()
        privacy.check_texts(KINDS["Situation"], {"recit": text}, places, school=True)
        found[name] = time.process_time() - start
    return found


def _percent(value: float) -> str:
    return f"{100 * value:.1f} %".replace(".", ",")


def main() -> None:
    places = demo_places()
    privacy.find_identifying("Yanis.")  # the lists are read once per process: not part of a text's time
    for path in CORPORA:
        told = " (mis de côté : mesuré à l’aveugle, jamais lu pour corriger ; son README)"
        print(f"=== {path.parent.relative_to(ROOT)}" + (told if path == HELD_OUT else ""))
        report(corpus(path), places)
    print(f"cas les plus lents, {LONG} caractères chacun (temps processeur) :")
    for name, seconds in sorted(worst_case_seconds(places).items(), key=lambda item: -item[1]):
        print(f"  {name:<26} {1000 * seconds:>6.0f} ms")


def report(entries: list[dict], places: privacy.Places) -> None:
    started = time.process_time()
    results = evaluate(entries, places)
    spent = time.process_time() - started
    print(f"Corpus : {len(entries)} textes, {sum(results.total.values())} éléments identifiants, "
          f"{results.clean} textes propres.\n")
    print(f"{'catégorie':<18} {'pris':>5} {'total':>6} {'rappel':>9}")
    for kind in sorted(results.total, key=lambda k: (k not in EXACT, k)):
        print(f"{kind:<18} {results.caught[kind]:>5} {results.total[kind]:>6} "
              f"{_percent(results.caught[kind] / results.total[kind]):>9}")
    print(f"\ntéléphones et courriels : {_percent(results.recall(set(EXACT)))} (objectif 100 %)")
    print(f"tout le reste : {_percent(results.recall(results.rest))} (objectif ≥ 98 %)")
    print(f"textes propres bloqués : {len(results.blocked)} sur {results.clean}, "
          f"{_percent(results.blocked_share)} (objectif ≤ 10 %)")
    print(f"objectifs atteints : {'oui' if results.goals_met() else 'non'}\n")
    for item in results.missed:
        print(f"raté     {item.text_id:<5} {item.kind:<17} « {item.text} »")
    for text_id, found in results.blocked:
        print(f"bloqué   {text_id:<5} " + ", ".join(f"{f.kind} « {f.text} »" for f in found))
    for text_id, words in results.over_masked:
        print(f"en trop  {text_id:<5} « {words} »")
    long = seconds_per_long_text(entries, places)
    print(f"\ntemps : {1000 * spent / len(entries):.1f} ms par texte du corpus ; "
          f"{1000 * long:.0f} ms pour un récit de {LONG} caractères fait des textes du corpus (le plus lent de 3)\n")


if __name__ == "__main__":
    main()
