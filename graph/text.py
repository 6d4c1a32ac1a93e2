"""Text normalisation shared by every matching in Passerelles.

>>> fold("  Saint-Ouen-l’Aumône ")
'saintouenlaumone'
>>> fold("Ecole_Elémentaire") == fold("école élémentaire")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
_NOT_ALNUM = re.compile(r"[^0-9a-z+]+")


def strip_accents(text: str) -> str:
    """``text`` without diacritics (é → e), ligatures spelt out.

    >>> strip_accents("Cœur d’Éragny")
    'Coeur d’Eragny'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A key for matching: lower case, no accents, no spaces, hyphens, underscores or apostrophes.

    ``+`` is kept so that « REP » and « REP+ » stay different.
    """
    return _NOT_ALNUM.sub("", strip_accents(text).lower())


def words(text: str) -> str:
    """Lower case, no accents, punctuation turned into single spaces (for fuzzy matching).

    >>> words("École  élémentaire — Les Tilleuls")
    'ecole elementaire les tilleuls'
    """
    return " ".join(_NOT_ALNUM.sub(" ", strip_accents(text).lower()).split())


# Words that only join others: « accompagnement à la scolarité » is « accompagnement scolarité ».
# Negations (« ne », « n' », « pas ») are never among them: they change the meaning.
_GLUE = frozenset("a au aux d de des du en et l la le les ou un une".split())
# Inclusive writing as people type it: « enseignant·e », « enseignant(e) », « animateur.rice », « référent-e ».
_INCLUSIVE = re.compile(r"(\w+?)(?:[·•.]|\(|-(?=e?s?\b))(e|es|s|t?rices?|[eè]res?|euses?)\)?(?=\W|$)")


def masculine(text: str) -> str:
    """``text`` with its inclusive-writing endings left out: the masculine form.

    >>> masculine("Enseignant·e"), masculine("animateur(rice)"), masculine("Conseiller·ère principal·e")
    ('Enseignant', 'animateur', 'Conseiller principal')
    """
    return _INCLUSIVE.sub(r"\1", text)


def feminine(text: str) -> str:
    """``text`` with its inclusive-writing endings made feminine.

    >>> feminine("Enseignant·e"), feminine("Animateur·trice"), feminine("Conseiller·ère principal·e d’éducation")
    ('Enseignante', 'Animatrice', 'Conseillère principale d’éducation')
    """
    def one(match: re.Match[str]) -> str:
        stem, ending = match.group(1), match.group(2)
        if "rice" in ending and stem.endswith("eur"):  # animateur·rice, animateur·trice
            return stem[:-3] + ending.removeprefix("t")
        if ending[0] in "eè" and ending[1:2] == "r" and stem.endswith("er"):  # conseiller·ère
            return stem[:-2] + "è" + ending[1:]
        if ending.startswith("euse") and stem.endswith("eur"):
            return stem[:-3] + ending
        return stem + ending

    return _INCLUSIVE.sub(one, text)


@lru_cache(maxsize=65536)
def lenient(text: str, participles: bool = True) -> str:
    """A looser key than :func:`fold`: words that only join others left out, plurals and (with
    ``participles``) the feminine « -ée » made singular and masculine, inclusive writing read as masculine.

    >>> lenient("Accompagnement à la scolarité") == lenient("accompagnement scolarité")
    True
    >>> lenient("Actions ponctuelles"), lenient("Situation apaisée"), lenient("N’a pas marché")
    ('actionponctuelle', 'situationapaise', 'npasmarche')
    """
    kept = []
    for word in words(masculine(text)).split():
        if word in _GLUE:
            continue
        if len(word) > 3 and word[-1] in "sx":
            word = word[:-1]
        if participles and word.endswith("ee"):
            word = word[:-1]
        kept.append(word)
    return "".join(kept)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """``text`` made inert for a spreadsheet: a cell that would start a formula is quoted.

    >>> spreadsheet_safe('=HYPERLINK("http://x")')
    '\\'=HYPERLINK("http://x")'
    >>> spreadsheet_safe("Argenteuil")
    'Argenteuil'
    """
    return "'" + text if text.startswith(_FORMULA_START) else text
