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


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """``text`` made inert for a spreadsheet: a cell that would start a formula is quoted.

    >>> spreadsheet_safe('=HYPERLINK("http://x")')
    '\\'=HYPERLINK("http://x")'
    >>> spreadsheet_safe("Argenteuil")
    'Argenteuil'
    """
    return "'" + text if text.startswith(_FORMULA_START) else text
