"""The columns of a sheet as people head them, and the row that heads them.

A federation heads its columns as it speaks: « Nom du centre », « Qualité du lien », « Date de la
rencontre », « participants (id_centre) ». A header is read as a column's name, label or alias
(:mod:`graph.schema`), matched without regard to case, accents, spaces or underscores; failing that,
without its part in brackets (or that part alone), without the words that name the sheet's own kind
(« du centre » in the centres sheet, « du lien » or « du partenariat » in the partnerships sheet) and the
words that only join others, plurals made singular.

A header that is none of these but resembles a column (:mod:`graph.resemblance`) is a typo, whose
values must not be lost: :func:`resembling` says which column it likely is. Anything else (« Remarques »,
« Téléphone ») is a column of the federation's own, ignored.

The header row is the one, among the first rows of the sheet, that names the most columns: title rows,
notes and blank rows above it are left out.

>>> centres = recogniser(KINDS["Centre"])
>>> [centres.match(h).name for h in ("Nom du centre", "Code commune", "Type de structure", "QPV desservis")]
['nom', 'code_commune', 'type', 'qpv']
>>> partnerships = recogniser(KINDS["Partenariat"])
>>> [partnerships.match(h).name for h in ("Qualité du lien", "Forme du partenariat", "interlocuteurs (rôles)")]
['qualite', 'forme', 'interlocuteurs']
>>> partnerships.match("Remarques") is None, partnerships.resembling("Qualtié du lien").name
(True, 'qualite')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from graph.resemblance import COLUMN_THRESHOLD, Scorer, closest, similarity
from graph.schema import KIND_LIST, KINDS, Link, NodeKind, Prop
from graph.text import fold, lenient, words

# Other words people use for a kind, besides its names in the schema.
_KIND_SYNONYMS: dict[str, tuple[str, ...]] = {
    "Centre": ("structure", "social", "cs", "evs"),
    "Ecole": ("ecole", "etablissement", "scolaire"),
    "Partenariat": ("lien", "partenaire"),
    "Rencontre": ("reunion",),
    "Situation": ("conflit",),
    "Pratique": ("action",),
}
# Headers are nouns: « Qualitée » is a typo to point out, not the feminine of « Qualité ».
def _loose(word: str) -> str:
    return lenient(word, participles=False)


_BRACKETS = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]")
HEADER_SEARCH = 30  # rows looked at for the header: titles and notes above it seldom take more
LONGEST_HEADER = 80  # a longer cell is text, not a column's name


@dataclass
class Recogniser:
    """How the columns of one kind's sheet may be headed."""

    kind: NodeKind
    exact: dict[str, tuple[Prop | Link, int]] = field(default_factory=dict)  # folded spelling → column, rank
    loose: dict[str, Prop | Link] = field(default_factory=dict)  # spelling without the kind's words → column
    written: list[tuple[str, Prop | Link]] = field(default_factory=list)  # every spelling, to resemble
    phrases: list[tuple[tuple[str, ...], Prop | Link]] = field(default_factory=list)  # spellings' key words
    kind_words: frozenset[str] = frozenset()

    def readings(self, header: str) -> tuple[str, ...]:
        """``header`` and the other ways to read it: without its part in brackets, that part alone."""
        found = [header]
        bare = _BRACKETS.sub(" ", header).strip()
        if bare and bare != header:
            found.append(bare)
        found += [inner for inner in _BRACKETS.findall(header) if inner.strip()]
        return tuple(found)

    def key_words(self, text: str) -> tuple[str, ...]:
        """The words of ``text`` that say something, loosely spelt: neither the kind's own nor joining words."""
        return tuple(key for word in words(text).split() if (key := _loose(word)) and key not in self.kind_words)

    def without_kind(self, text: str) -> str:
        """``text`` without the words that name the kind, as a loose key."""
        return "".join(self.key_words(text))

    def match(self, header: str) -> Prop | Link | None:
        """The column ``header`` names, or None."""
        return _match(self.kind.label, header)[0]

    def rank(self, header: str) -> int:
        """How plainly ``header`` names its column: 0 its name, 1 its label, 2 an alias, more for looser readings
        (between two headers naming one column, the plainer is the column; « Code commune » beats « Commune »)."""
        return _match(self.kind.label, header)[1]

    def containing(self, header: str) -> Prop | Link | None:
        """The column whose whole name ``header`` holds among other words (« Fréquence des rencontres »,
        « Adresse postale »), or which holds all of ``header`` (« Réseau REP » for « Réseau REP / REP+ »):
        the one sharing the most words, if only one."""
        found: dict[str, int] = {}
        for reading in self.readings(header):
            said = _key_words(reading)
            for phrase, column in self.phrases:
                if _holds(said, phrase) or _holds(phrase, said):
                    found[column.name] = max(found.get(column.name, 0), min(len(phrase), len(said)))
        most = [name for name, size in found.items() if size == max(found.values(), default=0)]
        return self.kind.column_by_name[most[0]] if len(most) == 1 else None

    def resembling(self, header: str, threshold: float = COLUMN_THRESHOLD,
                   scorer: Scorer = similarity) -> Prop | Link | None:
        """The column ``header`` most likely meant to name, when it names none (a typo)."""
        if len(header) > LONGEST_HEADER or self.match(header) is not None:
            return None
        readings = self.readings(header)
        readings += tuple(stripped for reading in readings if (stripped := self.without_kind(reading)))
        return closest(readings, self.written, threshold, scorer) or self.containing(header)

    def header_score(self, cells: list[str]) -> int:
        """How many columns of the kind ``cells`` name (a header row names many, a title row none)."""
        return len({column.name for cell in cells if cell.strip() and len(cell) <= LONGEST_HEADER
                    and (column := self.match(cell)) is not None})

    def resemblance_score(self, cells: list[str]) -> int:
        """How many cells resemble a column (a header row whose every name is misspelt)."""
        return sum(1 for cell in cells if cell.strip() and self.resembling(cell) is not None)


@cache
def kind_words(kind: NodeKind) -> frozenset[str]:
    """The words that name ``kind`` (loosely spelt): « centre », « social », « structure » for the centres."""
    names = [kind.label, kind.title, kind.plural, kind.sheet, *kind.sheet_aliases, *_KIND_SYNONYMS.get(kind.label, ())]
    return frozenset(_loose(word) for name in names for word in words(name).split()) - {""}


@cache
def recogniser(kind: NodeKind) -> Recogniser:
    """The headers of ``kind``'s sheet."""
    found = Recogniser(kind, kind_words=kind_words(kind))
    loose: dict[str, set[str]] = {}
    for column in kind.columns:
        for rank, spelling in enumerate((column.name, column.label, *column.aliases)):
            for reading in found.readings(spelling):
                found.exact.setdefault(fold(reading), (column, min(rank, 2)))
                found.written.append((reading, column))
                if (said := _key_words(reading)) and not _names_kind(kind, column, said):
                    found.phrases.append((said, column))
                if key := found.without_kind(reading):
                    loose.setdefault(key, set()).add(column.name)
    # A loose key two columns share says nothing: it is left out.
    found.loose = {key: kind.column_by_name[next(iter(names_))] for key, names_ in loose.items() if len(names_) == 1}
    return found


def _key_words(text: str) -> tuple[str, ...]:
    return tuple(key for word in words(text).split() if (key := _loose(word)))


def _holds(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether the words ``shorter`` are, in order and together, among the words ``longer``."""
    size = len(shorter)
    return any(longer[start:start + size] == shorter for start in range(len(longer) - size + 1))


def _names_kind(kind: NodeKind, column: Prop | Link, said: tuple[str, ...]) -> bool:
    """Whether ``said`` only names a kind — the sheet's own (« Partenariats 2019 » is a title), or the one a link
    points to (« Nom du centre » is the centre's attribute, not the link): then it is no column's name."""
    named = kind_words(kind) | (kind_words(KINDS[column.target]) if isinstance(column, Link) else frozenset())
    return set(said) <= named


@lru_cache(maxsize=4096)
def _match(label: str, header: str) -> tuple[Prop | Link | None, int]:
    found = recogniser(KINDS[label])
    readings = found.readings(header.strip())
    for number, reading in enumerate(readings):
        if (exact := found.exact.get(fold(reading))) is not None:
            return exact[0], exact[1] + 3 * bool(number)
    for reading in readings:
        if (key := found.without_kind(reading)) and (column := found.loose.get(key)) is not None:
            return column, 6
    return None, 7


def header_position(kind: NodeKind, rows: list[list[str]]) -> int | None:
    """Which of ``rows`` (the first rows of a sheet, blank ones included) heads the sheet: the first of those
    that name the most columns; failing any, the first of those that most resemble column names; None when
    no row looks like a header."""
    found = recogniser(kind)
    if rows and found.header_score(rows[0]) == len({cell for cell in rows[0] if cell.strip()}):
        return 0  # the common case: the first row names a column in every cell
    for score in (found.header_score, found.resemblance_score):
        scores = [score(cells) for cells in rows[:HEADER_SEARCH]]
        if scores and max(scores) > 0:
            return scores.index(max(scores))
    return None


def sheet_resembling(name: str) -> NodeKind | None:
    """The kind whose sheet a sheet named ``name`` most likely is, when its name is no kind's
    (« Partenariats 2019 », « Liste des centres », « Partenariat »): its words hold all of the words of one
    kind's names, or it is a near spelling of one; None for a sheet of notes (« Lisez-moi », « Feuil3 »)."""
    said = _key_words(name)
    found = {kind.label for kind in KIND_LIST for spelling in (kind.sheet, kind.plural, *kind.sheet_aliases)
             if (phrase := _key_words(spelling)) and _holds(said, phrase)}
    found |= {kind.label for kind in KIND_LIST if similarity(name, kind.sheet) >= COLUMN_THRESHOLD}
    return KINDS[found.pop()] if len(found) == 1 else None
