"""What a person most likely meant by a value or a column that matches nothing: a typo's correction, or nothing.

A suggestion is shown as « voulez-vous dire … ? » and a person in a hurry accepts it: a wrong one is worse than
none. So a suggestion is made only when the two spellings are close enough — the threshold is measured on
people's spellings (``python3 -m bench.suggestions``, the set in ``bench/suggestions/``) — and never when it
would change the meaning: « n’a pas fonctionné » is never « A marché », « marche bien » never « A marché en
partie », « échanges formels » never « Échanges informels ».

>>> closest("Convension", [("Convention", "convention"), ("Projet commun", "projet_commun")])
'convention'
>>> closest("n'a pas fonctionné", [("A marché", "a_marche"), ("A fonctionné", "a_marche")]) is None
True
>>> same_sense("marche bien", "A marché en partie"), same_sense("non résolu", "Non résolue")
(False, True)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from rapidfuzz.distance import OSA

from graph.text import fold, lenient, words
from graph.vocabularies import Vocabulary

T = TypeVar("T")
Scorer = Callable[[str, str], float]

# Measured with ``python3 -m bench.suggestions`` (see README there): the lowest similarity (0–100, rapidfuzz's
# ``ratio`` of the folded spellings) at which every suggestion of the labelled set was the intended value.
VALUE_THRESHOLD = 75
COLUMN_THRESHOLD = 75

# Words that turn a statement into its opposite, and words that make it partial (folded).
NEGATIONS = frozenset("ne n pas non aucun aucune jamais sans rien ni nul nulle guere mal mauvais mauvaise".split())
PARTIAL = frozenset("partie partiel partielle partiellement moitie mitige mitigee moyen moyennement peu".split())
# A prefix that makes the opposite of a word: « informel » / « formel », « irrésolu » / « résolu ».
NEGATIVE_PREFIXES = ("in", "im", "ir", "il", "des", "de", "dis", "mal", "non")


def _prefixed_opposite(word: str, others: frozenset[str]) -> bool:
    """Whether ``word`` is a word of ``others`` with a negative prefix (or the other way round)."""
    for prefix in NEGATIVE_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 4 and word not in others and any(
                other.startswith(rest) or (len(other) >= 4 and rest.startswith(other)) for other in others):
            return True
    return False


def _marked(found: frozenset[str], markers: frozenset[str]) -> bool:
    """Whether a word of ``found`` is one of ``markers``, or a misspelling of one of the longer ones
    (« en partis » is partial)."""
    return bool(found & markers) or any(len(marker) >= 5 and OSA.normalized_similarity(word, marker) >= 0.8
                                        for word in found for marker in markers)


def same_sense(typed: str, candidate: str) -> bool:
    """Whether ``candidate`` keeps the polarity of ``typed``: both negated or neither, both partial or neither,
    and no word of one the prefixed opposite of a word of the other."""
    mine, theirs = frozenset(words(typed).split()), frozenset(words(candidate).split())
    if _marked(mine, NEGATIONS) != _marked(theirs, NEGATIONS) or _marked(mine, PARTIAL) != _marked(theirs, PARTIAL):
        return False
    return not (any(_prefixed_opposite(word, theirs) for word in mine)
                or any(_prefixed_opposite(word, mine) for word in theirs))


def similarity(typed: str, candidate: str) -> float:
    """How alike two spellings are, 0–100: one less the share of letters to change (an inversion of two letters
    counts once), on the folded spellings or on the lenient ones (:func:`graph.text.lenient`), the better.

    >>> similarity("Convension", "Convention"), similarity("couture", "culture")
    (90.0, 71.42857142857143)
    """
    return 100 * max(OSA.normalized_similarity(fold(typed), fold(candidate)),
                     OSA.normalized_similarity(lenient(typed), lenient(candidate)))


def closest(typed: str | tuple[str, ...], candidates: Iterable[tuple[str, T]], threshold: float = VALUE_THRESHOLD,
            scorer: Scorer = similarity) -> T | None:
    """The value of the candidate spelling closest to ``typed`` (or to the closest of several ways of reading it),
    if at least ``threshold`` alike and of the same sense; None otherwise, and when two different values are
    equally close."""
    readings = (typed,) if isinstance(typed, str) else typed
    best: dict[T, float] = {}
    for spelling, value in candidates:
        for reading in readings:
            score = scorer(reading, spelling)
            if score >= threshold and score > best.get(value, -1) and same_sense(reading, spelling):
                best[value] = score
    if not best:
        return None
    top = max(best.values())
    found = [value for value, score in best.items() if score == top]
    return found[0] if len(found) == 1 else None


def suggest_term(vocabulary: Vocabulary, typed: str, threshold: float = VALUE_THRESHOLD,
                 scorer: Scorer = similarity) -> str | None:
    """The code of the term of ``vocabulary`` that ``typed`` most likely meant (see :func:`closest`).

    >>> from graph.vocabularies import PRACTICE_OUTCOME, QUALITY
    >>> suggest_term(QUALITY, "solde"), suggest_term(PRACTICE_OUTCOME, "marche mal")
    ('solide', None)
    """
    return closest(typed, vocabulary.written(), threshold, scorer)
