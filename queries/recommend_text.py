"""French text similarity for the recommendations: a problem written in free French against the
text of practices.

Built on :func:`graph.text.words` (no accents, no case, punctuation as spaces), then three steps
that make two spellings of the same thing meet:

- **field synonyms**: every spelling of a theme or an activity in :mod:`graph.vocabularies` (label and
  aliases: « CLAS », « accompagnement scolaire », « aide aux devoirs »…) and a few spellings of the
  field below add one *concept* token (``~accompagnement_scolaire``), so that « CLAS » finds
  « accompagnement à la scolarité »;
- **stop words** of French are dropped;
- **plurals and inflections**: the Snowball French stemmer (``snowballstemmer``) keeps the stem.

Scores are TF-IDF cosines (scikit-learn's ``TfidfVectorizer``, sublinear term frequency).

>>> analyse("Les parents allophones")
['parent', 'allophon', '~parents_allophones']
>>> "~accompagnement_scolaire" in analyse("Notre CLAS") and "~accompagnement_scolaire" in analyse("aide aux devoirs")
True
>>> text = TextIndex(["Café des parents à l'école", "Aide aux devoirs au collège"])
>>> [round(float(score), 2) for score in text.scores(text.vector("accompagnement scolaire"))]
[0.0, 0.5]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import snowballstemmer

from graph import vocabularies as voc
from graph.text import words

if TYPE_CHECKING:  # imported where an index is built: scikit-learn and SciPy cost a second and 250 MB to load
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer

# Activities that are the same subject as a theme share its concept.
_ACTIVITY_CONCEPT = {"clas": "accompagnement_scolaire", "parentalite": "parentalite", "asl": "parents_allophones",
                     "numerique": "numerique", "culture": "culture"}

# Spellings of the field that the vocabularies do not list (accents and case do not matter).
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "accompagnement_scolaire": ("accompagnement à la scolarité", "devoirs", "soutien scolaire", "aide aux leçons",
                                "contrat local d'accompagnement"),
    "parents_allophones": ("non francophone", "primo-arrivant", "primo arrivants", "ne parlent pas français",
                           "parlent peu le français", "interprète", "traduction", "FLE", "ASL",
                           "ateliers sociolinguistiques"),
    "conflits": ("conflit", "tension", "désaccord", "dispute", "litige", "médiation", "médiateur"),
    "decrochage": ("décrocheur", "exclusion", "exclu", "absentéisme", "absences", "déscolarisation"),
    "lien_familles_ecole": ("relation avec les familles", "relation parents école", "ouvrir l'école aux parents",
                            "parents éloignés de l'école", "parents d'élèves"),
    "parentalite": ("REAAP", "rôle de parent", "soutien aux parents"),
    "numerique": ("Pronote", "ENT", "espace numérique", "informatique", "ordinateur"),
    "sante": ("alimentation", "petit-déjeuner", "sommeil", "écrans", "PMI"),
    "communication": ("dialogue", "échanges", "se parler", "information"),
    "connaissance_mutuelle": ("se connaître", "interconnaissance", "découvrir le centre", "se rencontrer"),
    "periscolaire": ("après la classe", "accueil du soir", "pause méridienne", "ALSH", "centre de loisirs"),
    "citoyennete": ("vivre ensemble", "civisme", "laïcité"),
}

STOP_WORDS = frozenset(words(
    "a à au aux avec ce ces cet cette c ça d dans de des du elle elles en et est être eu il ils je j l la le les "
    "leur leurs lui m ma mais me mes moi mon n ne nos notre nous on ou où par pas plus pour qu que qui s sa sans "
    "se ses si son sont sur ta te tes toi ton tu un une vos votre vous y été sont ont avons avez fait faire comme "
    "tout tous toute toutes très peu bien aussi alors donc car dont quand comment pourquoi quoi chez entre vers "
    "sous après avant depuis pendant lors afin ainsi autre autres même mêmes chaque cela celui celle ceux celles "
    "avoir ai as avait avaient sera seront peut peuvent doit doivent veut voudrait voudrions voulons souhaite "
    "souhaitons cherche cherchons nos notre").split())

_STEMMER = snowballstemmer.stemmer("french")


def _variants(word: str) -> tuple[str, ...]:
    """A word as written in a spelling, and its plurals."""
    return (word, word + "s", word + "x")


def _concepts() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word of a spelling (and its plurals) → the spellings that start with it, as words, with their concept.

    Spellings are matched word by word rather than with regular expressions: a text is read once, whatever the
    number of concepts and spellings.
    """
    spellings: dict[str, set[str]] = {}
    for term in voc.THEME.terms:
        spellings.setdefault(term.code, set()).update((term.label, *term.aliases))
    for term in voc.ACTIVITY.terms:
        concept = _ACTIVITY_CONCEPT.get(term.code, f"activite_{term.code}")
        spellings.setdefault(concept, set()).update((term.label, *term.aliases))
    for concept, more in FIELD_SYNONYMS.items():
        spellings.setdefault(concept, set()).update(more)
    starts: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for concept, names in sorted(spellings.items()):
        for name in sorted({words(name) for name in names if words(name)}):
            phrase = tuple(name.split())
            for variant in _variants(phrase[0]):
                starts.setdefault(variant, []).append((phrase, concept))
    return starts


CONCEPT_STARTS = _concepts()


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return _STEMMER.stemWord(word)


@lru_cache(maxsize=262144)
def _folded_word(chunk: str) -> str:
    return words(chunk)


def folded(text: str) -> str:
    """:func:`graph.text.words` of ``text``, a chunk between spaces at a time (chunks repeat: each is folded once).

    >>> folded("L’École  des Parents") == words("L’École  des Parents")
    True
    """
    return " ".join(part for part in map(_folded_word, text.split()) if part)


def _concepts_in(tokens: list[str]) -> list[str]:
    """The concepts named in ``tokens`` (folded words), in alphabetical order."""
    found: set[str] = set()
    for n, token in enumerate(tokens):
        for phrase, concept in CONCEPT_STARTS.get(token, ()):
            if concept not in found and all(n + k < len(tokens) and tokens[n + k] in _variants(word)
                                            for k, word in enumerate(phrase[1:], start=1)):
                found.add(concept)
    return sorted(found)


def analyse(text: str) -> list[str]:
    """The tokens of ``text`` for TF-IDF: stems of its words, then one token per concept it names."""
    plain = folded(text).split()
    tokens = [_stem(word) for word in plain if word not in STOP_WORDS and len(word) > 1]
    return tokens + [f"~{concept}" for concept in _concepts_in(plain)]


def concepts(text: str) -> list[str]:
    """The concepts (theme codes, ``activite_…``) that ``text`` names, in a stable order.

    >>> concepts("médiation quand le dialogue est rompu avec des parents non francophones")
    ['communication', 'conflits', 'parents_allophones']
    """
    return _concepts_in(folded(text).split())


class TextIndex:
    """The TF-IDF vectors of a list of documents, and the cosine of a query with each of them.

    The vectors are learnt by scikit-learn's ``TfidfVectorizer``; a query is turned into a vector here, with the
    same vocabulary, weights and normalisation (a vectorizer's ``transform`` costs more than a whole
    recommendation should).

    >>> text = TextIndex(["Café des parents", "Aide aux devoirs", "Fête de l'école"])
    >>> query = "les cafés avec les parents et les devoirs"
    >>> bool(abs(text.vector(query) - text.vectorizer.transform([query])).max() < 1e-12)
    True
    """

    def __init__(self, documents: Sequence[str]) -> None:
        from scipy import sparse
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.vectorizer: TfidfVectorizer | None = TfidfVectorizer(analyzer=analyse, sublinear_tf=True,
                                                                  dtype=np.float64)
        if any(documents):
            self.matrix: sparse.csr_matrix = self.vectorizer.fit_transform(documents).tocsr()
            self.vocabulary: dict[str, int] = dict(self.vectorizer.vocabulary_)
            self.idf: np.ndarray = self.vectorizer.idf_
        else:  # nothing to learn from: every query scores 0
            self.vectorizer, self.vocabulary, self.idf = None, {}, np.zeros(1)
            self.matrix = sparse.csr_matrix((len(documents), 1))
        self.terms = np.array(sorted(self.vocabulary, key=self.vocabulary.__getitem__), dtype=object)

    def vector(self, text: str) -> sparse.csr_matrix:
        """The query's TF-IDF vector (all zeros when none of its words is known): sublinear term frequency, times
        the inverse document frequency learnt, normalised to length 1. The last vectors asked for are kept."""
        cache = self.__dict__.setdefault("_vectors", {})
        if text not in cache:
            if len(cache) > 64:
                cache.clear()
            cache[text] = self._vector(text)
        return cache[text]

    def _vector(self, text: str) -> sparse.csr_matrix:
        from scipy import sparse

        counts: dict[int, int] = {}
        for token in analyse(text) if text.strip() else ():
            column = self.vocabulary.get(token)
            if column is not None:
                counts[column] = counts.get(column, 0) + 1
        columns = np.array(sorted(counts), dtype=np.int32)
        weights = (1.0 + np.log(np.array([counts[c] for c in columns], dtype=np.float64))) * self.idf[columns] \
            if len(columns) else np.zeros(0)
        norm = float(np.sqrt((weights ** 2).sum()))
        data = weights / norm if norm else weights
        return sparse.csr_matrix((data, columns, np.array([0, len(columns)])), shape=(1, self.matrix.shape[1]))

    def scores(self, query: sparse.csr_matrix, rows: Iterable[int] | np.ndarray | None = None) -> np.ndarray:
        """The cosine of ``query`` with each document (or with the documents ``rows`` only)."""
        size = self.matrix.shape[0] if rows is None else len(np.asarray(rows))
        if query.nnz == 0 or size == 0:
            return np.zeros(size)
        matrix = self.matrix if rows is None else self.matrix[np.asarray(rows, dtype=np.int64)]
        dense = np.zeros(self.matrix.shape[1])
        dense[query.indices] = query.data
        return matrix @ dense
