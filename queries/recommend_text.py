"""French text similarity for the recommendations: a problem written as a centre writes it, against the text
of practices.

A text is read in four steps:

- **words**: lower case, split on anything that is not a letter or a digit;
- **lemmas**: each word brought back to its dictionary form by ``simplemma`` (« sèchent » → « sécher »,
  « viennent » → « venir »), then accents dropped and the Snowball French stemmer applied, so that
  « harcelée », « harceler » and « harcèlement » meet, and a word typed without its accents still finds
  its stem;
- **stop words**: the French list of the ``stop-words`` package, and the words every problem of the field
  uses (école, parents, enfants, aider…, :data:`FIELD_WORDS`), are left out of the word match: they would
  decide a ranking they say nothing about;
- **concepts**: the federation's thesaurus (``data/thesaurus/thesaurus.csv``: a concept, its label, its
  themes, the phrases that name it) and the spellings of each theme and activity (:mod:`graph.vocabularies`
  and :data:`FIELD_SYNONYMS`) add one token per concept named (``~harcelement``, ``~accompagnement_scolaire``):
  « elle se fait insulter sur Snap » and « harcèlement sur les réseaux sociaux » name the same two concepts.
  A phrase matches its words in order, with a few words between them (« ne parlent pas ou très peu le
  français » names « parler français »).

Scores are TF-IDF cosines (scikit-learn's ``TfidfVectorizer``, sublinear term frequency), and the share of the
problem's concepts a practice names (:meth:`TextIndex.concept_share`).

>>> analyse("Les parents allophones")[-2:]
['~francais_parents', '~parents_allophones']
>>> "~accompagnement_scolaire" in analyse("Notre CLAS") and "~accompagnement_scolaire" in analyse("aide aux devoirs")
True
>>> concepts("ils sèchent les cours"), concepts("l'école buissonnière")
(['absenteisme'], ['absenteisme'])
>>> text = TextIndex(["Café des parents à l'école", "Aide aux devoirs au collège"])
>>> [round(float(score), 2) for score in text.scores(text.vector("accompagnement scolaire"))]
[0.0, 0.82]
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import simplemma
import snowballstemmer
from stop_words import get_stop_words

from graph import vocabularies as voc
from graph.text import fold, words

if TYPE_CHECKING:  # imported where an index is built: scikit-learn and SciPy cost a second and 250 MB to load
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer

THESAURUS = Path(__file__).resolve().parent.parent / "data" / "thesaurus" / "thesaurus.csv"
# Function words between two words of a phrase: « ne parlent pas ou très peu le français » names « parler français ».
PHRASE_GAP = 3
CONTENT_GAP = 1  # of which words that say something: « nouvelle directrice », « nouvelle jeune directrice »

# Activities that are the same subject as a theme share its concept.
_ACTIVITY_CONCEPT = {"clas": "accompagnement_scolaire", "parentalite": "parentalite", "asl": "parents_allophones",
                     "numerique": "numerique", "culture": "culture"}

# Spellings of the themes that the vocabularies do not list (accents and case do not matter).
FIELD_SYNONYMS: dict[str, tuple[str, ...]] = {
    "accompagnement_scolaire": ("accompagnement à la scolarité", "faire les devoirs", "soutien scolaire",
                                "aide aux leçons", "contrat local d'accompagnement"),
    "parents_allophones": ("non francophone", "primo-arrivant", "primo arrivants", "ne parlent pas français",
                           "parlent peu le français", "interprète", "traduction", "FLE", "ASL",
                           "ateliers sociolinguistiques"),
    "conflits": ("conflit", "tension", "désaccord", "dispute", "litige", "médiation", "médiateur"),
    "decrochage": ("décrocheur", "exclusion", "exclu", "absentéisme", "absences", "déscolarisation"),
    "lien_familles_ecole": ("relation avec les familles", "relation parents école", "ouvrir l'école aux parents",
                            "parents éloignés de l'école", "parents d'élèves"),
    "parentalite": ("REAAP", "rôle de parent", "soutien aux parents"),
    "numerique": ("Pronote", "ENT", "espace numérique", "informatique", "ordinateur"),
    "sante": ("alimentation", "sommeil", "écrans", "PMI"),
    "communication": ("dialogue", "se parler", "information"),
    "connaissance_mutuelle": ("se connaître", "interconnaissance", "découvrir le centre", "se rencontrer"),
    "periscolaire": ("après la classe", "accueil du soir", "pause méridienne", "ALSH", "centre de loisirs"),
    "citoyennete": ("vivre ensemble", "civisme", "laïcité"),
}

# Words that every problem of the field uses: they say where it happens, not what it is about.
FIELD_WORDS = (
    "école élève enfant parent famille maman papa mère père centre social sociaux collège classe projet action "
    "quartier aider aide voir savoir vouloir pouvoir falloir faire aller venir dire mettre prendre trouver "
    "passer donner demander question idée piste marcher fonctionner ailleurs chose truc beaucoup toujours "
    "encore vraiment moins an année jour semaine mois fois mal bien déjà depuis travail travailler besoin "
    "problème situation gens personne monde bonjour merci structure équipe centres autres existe exister "
    "voire courant niveau cas moment avoir être nouveau nouvelle")

# Words that only join others, left out of phrases: « accompagnement à la scolarité » is « accompagnement
# scolarité ». Negations are never among them: « ne répond plus » is not « répond ».
_GLUE = frozenset(("a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "un", "une"))

_STEMMER = snowballstemmer.stemmer("french")
_WORD = re.compile(r"[^\W_]+")


# French function words, without accents: a word in this list is its own key, never a lemma's (« entre » is not
# « entrée »), and says nothing of a problem.
_STOP_WORDS = frozenset(words(" ".join(get_stop_words("french"))).split())


@lru_cache(maxsize=262144)
def _key(word: str) -> str:
    """A lower-case word's key: its lemma, without accents, stemmed, so that two spellings of one word share it; a
    function word's key is the word itself, marked « = »."""
    folded = fold(word)
    if folded in _STOP_WORDS:
        return f"={folded}"
    lemma = simplemma.lemmatize(word, lang="fr") if not word.isdigit() else word
    folded = fold(lemma)
    return _STEMMER.stemWord(folded) if folded else ""


def _keys(text: str) -> list[str]:
    return [key for key in map(_key, _WORD.findall(text.lower())) if key]


@lru_cache(maxsize=262144)
def _readings(word: str) -> frozenset[str]:
    """The keys a phrase may know a word by: its key (the stem of its lemma), and the stem of the word as written:
    the lemmatiser does not always bring a participle back to its verb (« exclue » exclu, « exclure » exclur), so
    the thesaurus lists participles where it matters (« humilier », « humilié »)."""
    key = _key(word)
    if key.startswith("="):
        return frozenset((key,))
    return frozenset(filter(None, (key, _STEMMER.stemWord(fold(word)))))


def _phrase_words(text: str) -> list[frozenset[str]]:
    """The readings of the words of ``text``, glue words left out: what phrases are matched against."""
    return [found for found in map(_readings, _WORD.findall(text.lower())) if found and not found <= GLUE_KEYS]


GLUE_KEYS = frozenset(f"={word}" for word in _GLUE)


@cache
def _field_keys() -> frozenset[str]:
    """The keys of :data:`FIELD_WORDS` (read on first use: lemmas cost the first read of the French dictionary)."""
    return frozenset(_keys(FIELD_WORDS)) - GLUE_KEYS


def _says_something(key: str) -> bool:
    return not key.startswith("=") and key not in _field_keys() and len(key) > 1


@dataclass(frozen=True)
class Concept:
    """A subject the federation names: its code, its label, the themes it belongs to, the phrases that name it."""

    code: str
    label: str
    themes: tuple[str, ...]
    terms: tuple[str, ...]


def read_thesaurus(path: Path = THESAURUS) -> tuple[Concept, ...]:
    """The concepts of the thesaurus file (``concept;libelle;themes;termes``, lists split by « | »)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return tuple(Concept(row["concept"], row["libelle"], tuple(filter(None, row["themes"].split("|"))),
                             tuple(filter(None, row["termes"].split("|"))))
                     for row in csv.DictReader(handle, delimiter=";"))


THESAURUS_CONCEPTS = read_thesaurus()
FINE = {concept.code: concept for concept in THESAURUS_CONCEPTS}


def _spellings() -> dict[str, set[str]]:
    """Concept → the phrases that name it: the thesaurus file, then the themes and activities of the vocabularies."""
    spellings: dict[str, set[str]] = {concept.code: set(concept.terms) for concept in THESAURUS_CONCEPTS}
    for term in voc.THEME.terms:
        spellings.setdefault(term.code, set()).update((term.label, *term.aliases))
    for term in voc.ACTIVITY.terms:
        concept = _ACTIVITY_CONCEPT.get(term.code, f"activite_{term.code}")
        spellings.setdefault(concept, set()).update((term.label, *term.aliases))
    for concept, more in FIELD_SYNONYMS.items():
        spellings.setdefault(concept, set()).update(more)
    return spellings


Phrase = tuple[frozenset[str], ...]


def _matches(text: list[frozenset[str]], start: int, phrase: Phrase) -> bool:
    """Whether ``phrase`` is found from ``text[start]`` on, each next word at most :data:`PHRASE_GAP` words further,
    at most :data:`CONTENT_GAP` of the words skipped saying something (« ne parlent pas ou très peu le français »
    names « parler français »; « réseau d’éducation prioritaire et centre social » does not name « réseau social »)."""
    position = start
    for readings in phrase[1:]:
        window = text[position + 1:position + 2 + PHRASE_GAP]
        step = next((n for n, found in enumerate(window) if found & readings), None)
        if step is None or sum(not _function_word(skipped) for skipped in window[:step]) > CONTENT_GAP:
            return False
        position += 1 + step
    return True


def _function_word(readings: frozenset[str]) -> bool:
    return all(reading.startswith("=") for reading in readings)


class Thesaurus:
    """The phrases that name each concept: the file shipped with the app and the vocabularies, and the terms the
    federation added in the app (``more``: concept → terms), read from its graph.

    Phrases are matched word by word rather than with regular expressions: a text is read once, whatever the
    number of concepts and phrases.

    >>> Thesaurus().concepts("ils jouent à Zorglub toute la soirée")
    []
    >>> Thesaurus({"ecrans": ("Zorglub",)}).concepts("ils jouent à Zorglub toute la soirée")
    ['ecrans']
    """

    def __init__(self, more: dict[str, tuple[str, ...]] | None = None) -> None:
        self.spellings = _spellings()
        for concept, terms in sorted((more or {}).items()):
            self.spellings.setdefault(concept, set()).update(terms)
        self.starts: dict[str, list[tuple[Phrase, str]]] = {}
        for concept, names in sorted(self.spellings.items()):
            for name in sorted(names):
                phrase = tuple(_phrase_words(name))
                if phrase and any(map(_says_something, _keys(name))):  # « familles » alone is no « Secteur familles »
                    for reading in phrase[0]:
                        self.starts.setdefault(reading, []).append((phrase, concept))
        self._said: dict[str, frozenset[str]] = {}

    def evidence(self, text: str) -> dict[str, int]:
        """The concepts ``text`` names, and at how many places: a problem's subject is usually named more than
        once, a concept named in passing once.

        >>> seed().evidence("ils sèchent les cours, absentéisme le lundi")["absenteisme"]
        2
        """
        words_ = _phrase_words(text)
        found: dict[str, set[int]] = {}
        for n, readings in enumerate(words_):
            for reading in readings:
                for phrase, concept in self.starts.get(reading, ()):
                    if n not in found.get(concept, ()) and _matches(words_, n, phrase):
                        found.setdefault(concept, set()).add(n)
        return {concept: len(places) for concept, places in found.items()}

    def concepts(self, text: str) -> list[str]:
        """The concepts (thesaurus codes, theme codes, ``activite_…``) that ``text`` names, in alphabetical order."""
        return sorted(self.evidence(text))

    def analyse(self, text: str) -> list[str]:
        """The tokens of ``text`` for TF-IDF: the keys of its words that say something, then one token per concept
        it names."""
        tokens = [key for key in _keys(text) if _says_something(key)]
        return tokens + [f"~{concept}" for concept in self.concepts(text)]

    def keys(self, code: str) -> frozenset[str]:
        """The keys of the words of every phrase that names ``code``: a word of the problem among them is already
        said by the concept's label.

        >>> _key("harcelée") in seed().keys("harcelement")
        True
        """
        if code not in self._said:
            self._said[code] = frozenset(key for name in self.spellings.get(code, ()) for key in _keys(name))
        return self._said[code]


@cache
def seed() -> Thesaurus:
    """The thesaurus shipped with the app, built on first use (half a second: not at every import of the queries)."""
    return Thesaurus()


def analyse(text: str) -> list[str]:
    """:meth:`Thesaurus.analyse` with the thesaurus shipped with the app."""
    return seed().analyse(text)


def concepts(text: str) -> list[str]:
    """:meth:`Thesaurus.concepts` with the thesaurus shipped with the app.

    >>> concepts("médiation quand le dialogue est rompu avec des parents non francophones")
    ['communication', 'conflit_parent_ecole', 'conflits', 'francais_parents', 'parents_allophones']
    """
    return seed().concepts(text)


def concept_label(code: str) -> str:
    """The words the federation uses for a concept."""
    if code in FINE:
        return FINE[code].label
    if code.startswith("activite_"):
        return voc.ACTIVITY.label(code.removeprefix("activite_"))
    return voc.THEME.label(code)


def surface_words(text: str) -> dict[str, str]:
    """Token → the word of ``text`` it comes from, as typed (lower case)."""
    found: dict[str, str] = {}
    for word in _WORD.findall(text.lower()):
        key = _key(word)
        if _says_something(key):
            found.setdefault(key, word)
    return found


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

    def __init__(self, documents: Sequence[str], thesaurus: Thesaurus | None = None) -> None:
        from scipy import sparse
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.thesaurus = thesaurus or seed()
        self.vectorizer: TfidfVectorizer | None = TfidfVectorizer(analyzer=self.thesaurus.analyse, sublinear_tf=True,
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
        for token in self.thesaurus.analyse(text) if text.strip() else ():
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

    def has(self, columns: Sequence[int], rows: np.ndarray) -> np.ndarray:
        """Whether each document of ``rows`` has each term ``columns``: a boolean array [row, column]."""
        if not len(columns) or not len(rows):
            return np.zeros((len(rows), len(columns)), dtype=bool)
        return self.matrix[np.asarray(rows, dtype=np.int64)][:, list(columns)].toarray() > 0

    def column(self, token: str) -> int | None:
        return self.vocabulary.get(token)
