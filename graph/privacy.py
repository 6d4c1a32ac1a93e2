"""What, in a free text, could identify a person: the detector every way into the graph uses.

The graph holds no names of people and no contact details, and nothing that lets a reader recognise a family
(see the domain's data protection). People write free texts (the columns of type ``longtext``, a kind's
:attr:`~graph.schema.NodeKind.narratives`) in the contribution form and in the federation's workbook; both
are read here, by the same code, for:

* **names** — first names from a curated list (``data/prenoms.txt``), the words after a civility (« Mme Diallo »,
  « M. Le Gall »), after « la famille », « le fils »…, after a first name (« Inès Martin »), and pairs of
  capitalised words that are neither ordinary words nor places the graph knows (« Durand Lefèvre »);
* **e-mail addresses**; **phone numbers** in every French format (read by ``phonenumbers``, Google's
  libphonenumber); **street addresses** (a number and « rue », « avenue », « bd »…, a flat or a staircase);
* **full dates** (« 12 mars 2019 », « 12/03/2019 ») and **dates of birth** (« née le 3 mars »);
* **class names** (« CM2 B », « 6e3 ») when a school is named, in the text or by the case itself.

Names and contact details are looked for in every free text; addresses, full dates and classes only in the
texts of kinds that tell about a family (:attr:`~graph.schema.NodeKind.about_families`: conflict cases), where
they could point to one — a practice may well say it started on 5 June 2018.

Each finding has its place in the text, a French explanation and a neutral replacement. Place names of the graph
(communes, schools, centres, quartiers) are not names of people: « école Jules Ferry », « Saint-Brice » and
« Argenteuil » raise nothing. What is found is never repeated as written outside the text itself: reports show
it masked (:func:`mask`).

>>> found = find_identifying("Inès, en CM2 B à l’école des Lilas, au 06 12 34 56 78.")
>>> [(f.kind, f.text) for f in found]
[('prenom', 'Inès'), ('classe', 'CM2 B'), ('telephone', '06 12 34 56 78')]
>>> [mask(f) for f in found]
['I•••', 'C•• B', '06 •• •• •• 78']
>>> find_identifying("La mère est venue voir l’animatrice CLAS de l’école, à Argenteuil, en mars 2019.")
[]
>>> replace_identifying("Appeler Mme Diallo au 06 12 34 56 78.")
'Appeler Mme [nom] au [téléphone].'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import phonenumbers

from graph.i18n import t
from graph.schema import KINDS, NodeKind
from graph.store import GraphStore
from graph.text import fold, words
from graph.vocabularies import ALL as VOCABULARIES

NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "prenoms.txt"
# What identifies a person wherever it is written; and what, in a family's story, could point to the family.
PERSON = frozenset({"prenom", "nom", "courriel", "telephone"})
FAMILY = PERSON | {"adresse", "date", "classe"}

# First names that are also French words: flagged only when capitalised inside a sentence.
AMBIGUOUS = frozenset(fold(w) for w in ["aimé", "aimée", "ambre", "alexandrine", "camélia", "capucine", "claire", "clémence", "clément", "garance", "germain", "iris", "jade", "jean", "marc", "marguerite", "maxime", "mélodie", "océane", "pierre", "romain", "romane", "valentine"])
# Words that start a sentence or name an institution, a period or a role: never part of a person's name.
_COMMON_TEXT = """
le la les l un une des du de d au aux à a et ou ni mais donc or car que qui quoi dont où ce cet cette ces son sa ses
leur leurs mon ma mes ton ta tes notre nos votre vos il elle ils elles on nous vous je tu lui eux y en ne pas plus
selon avec après avant pendant depuis chez pour par sur sous dans entre vers contre sans malgré lors dès jusqu
hier aujourd demain ensuite puis enfin alors ainsi aussi cependant pourtant toutefois néanmoins quand lorsque si
comme parce chaque tout toute tous toutes plusieurs certains certaines aucun aucune autre autres même
cela ceci ça voici voilà oui non très peu bien mal déjà encore toujours jamais souvent parfois ici là
premier première deuxième second seconde troisième dernier dernière nouveau nouvelle nouvel nouveaux
grand grande grands grandes petit petite vieux vieille bon bonne haut haute bas basse nord sud est ouest centre
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre
octobre novembre décembre noël pâques toussaint ramadan aïd an nouvel rentrée vacances été hiver automne printemps
madame monsieur mademoiselle mme mlle mr dr docteur maître directeur directrice principal principale proviseur
adjoint adjointe conseiller conseillère cpe professeur professeure maîtresse enseignant enseignante président
présidente coordinateur coordinatrice coordonnateur coordonnatrice référent référente animateur animatrice
infirmière infirmier assistante assistant psychologue médecin éducateur éducatrice inspecteur inspectrice maire
élu élue équipe parent parents famille familles enfant enfants élève élèves
éducation nationale national conseil départemental départementale régional régionale municipal municipale
protection maternelle infantile aide sociale social sociaux sociales enfance maison solidarité solidarités caisse
allocations familiales familiale réussite éducative éducatif programme médico psychologique pédagogique mission
locale pôle emploi france travail secours populaire catholique croix rouge restos cœur ville mairie préfecture
police gendarmerie justice tribunal juge judiciaire jeunesse service services action département région état
république académie académique rectorat inspection association fédération espace vie point accueil écoute café
fête quartier quartiers école écoles collège collèges lycée lycées groupe scolaire élémentaire primaire
maternelles public publique privé privée rep réseau prioritaire prioritaires politique
rue avenue boulevard place allée impasse chemin route quai square résidence cité parc gymnase stade salle
médiathèque bibliothèque foyer tour bâtiment gare saint sainte val oise île seine marne hauts yvelines essonne
paris cergy pontoise sarcelles argenteuil bezons garges gonesse ermont eaubonne taverny
clas alsh pre ase pmi caf cmp ulis segpa upe2a ent pronote projet charte convention contrat dispositif
"""
_PLACE_WORDS = frozenset(fold(w) for w in ["école", "collège", "lycée", "groupe", "scolaire", "maternelle", "élémentaire", "primaire", "fictif", "fictive", "privé", "privée", "rue", "avenue", "boulevard", "bd", "allée", "impasse", "place", "chemin", "route", "quai", "square", "résidence", "cité", "quartier", "centre", "social", "maison", "parc", "gymnase", "stade", "salle", "médiathèque", "bibliothèque", "espace", "foyer", "tour", "bâtiment", "gare", "saint", "sainte", "st", "ste", "isle", "mairie", "hôpital", "clinique", "pont"])
_KIN_WORDS = frozenset(fold(w) for w in ["famille", "frère", "sœur", "fils", "fille", "enfant", "élève", "mère", "père", "maman", "papa", "tante", "oncle", "cousin", "cousine", "petit", "petite", "jeune", "bébé", "collégien", "collégienne", "lycéen", "lycéenne", "écolier", "écolière", "garçon", "camarade", "voisin", "voisine", "ami", "amie", "nommé", "nommée", "prénommé", "prénommée", "appelé", "appelée", "surnommé", "surnommée"])
_OPEN_CONNECTORS = frozenset({"des", "du", "aux", "au"})    # « résidence des Iris » : never before a person
_NAME_CONNECTORS = frozenset({"de", "la", "le", "l", "d"})  # « Jean de La Fontaine » : inside a name only

_TOKEN = re.compile(r"[^\W_]+")  # words and numbers: « CM2 » is one token, never a name
_CIVILITY = re.compile(r"\b(?:MM\.|M\.|Mr\.?|Mmes?\.?|Mlles?\.?|Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|"
                       r"Dr\.?|Docteur|Maître)(?=\s)")
_PARTICLES = frozenset({"de", "du", "des", "d", "le", "la", "van", "von", "ben", "el", "al", "ait", "da", "dos"})
# Matches start at a word's beginning only: a long run of letters without « @ » is read once, not once per letter.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_STREET = (r"rue|avenue|av\.?|boulevard|bd|bld|allée|allee|impasse|place|pl\.|chemin|route|quai|cours|square|"
           r"résidence|residence|cité|cite|passage|sentier|villa|voie|rond-point|parvis|esplanade|hameau|"
           r"lotissement|promenade|ruelle|sente|chaussée")
_ADDRESS = re.compile(rf"\b\d{{1,4}}\s*(?:bis|ter)?\s*,?\s+(?:{_STREET})\b(?:\s+(?:(?:de|du|des|la|le|les)\s+)*"
                      r"(?:[dl]['’])?(?-i:[A-ZÀ-Þ])[\w'’-]*)+", re.IGNORECASE)
_DWELLING = re.compile(r"\b(?:appartement|appt|bâtiment|bat\.|bât\.|escalier|esc\.)\s*(?:n°\s*)?"
                       r"(?-i:[A-Z]\d{0,3}|\d{1,4})\b", re.IGNORECASE)
_MONTHS = (r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
           r"decembre|janv\.?|févr\.?|fevr\.?|avr\.?|juil\.?|sept\.?|oct\.?|nov\.?|déc\.?|dec\.?")
_FULL_DATE = re.compile(
    rf"\b(?:(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:\d{{4}}|\d{{2}})\b|\d{{4}}-\d{{2}}-\d{{2}}\b|"
    rf"(?:1er|[12]?\d|3[01])\s+(?:{_MONTHS})\s+\d{{4}}\b)", re.IGNORECASE)
_BIRTH = re.compile(rf"\b(?:né|née|nés|nées|naissance)\b[^.\n]{{0,12}}?\b(?:(?:1er|[12]?\d|3[01])\s+(?:{_MONTHS})"
                    rf"(?:\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)\b", re.IGNORECASE)
_CLASS = re.compile(r"\b(?:(?:(?:CE1|CE2|CM1|CM2)\s?-?\s?|(?:T?PS|MS|GS|CP)(?:\s-?\s?|-\s?))(?:[A-Z]|\d{1,2})|"
                    r"[3-6]\s?(?:e|è|ème|eme)\s?-?\s?(?:[A-Z]|\d{1,2})|"
                    r"(?:2nde|seconde|1ère|1re|première|terminale|Tle)\s?-?\s?(?:[A-Z]|\d{1,2}))(?![\w/])")
_SCHOOL = re.compile(r"\b(?:école|ecole|collège|college|lycée|lycee|groupe scolaire|maternelle|élémentaire)\b",
                     re.IGNORECASE)
_ORDER = ("courriel", "telephone", "adresse", "date", "classe", "nom", "prenom")


@dataclass(frozen=True)
class Finding:
    """Something in a text that could identify a person: what kind, where (``start``–``end``), the text itself."""

    kind: str      # prenom, nom, courriel, telephone, adresse, date, classe
    start: int
    end: int
    text: str
    field: str = ""

    @property
    def explanation(self) -> str:
        return t(f"contributions.privacy.explain.{self.kind}", text=self.text)

    @property
    def placeholder(self) -> str:
        return t(f"contributions.privacy.placeholder.{self.kind}")


@cache
def first_names() -> frozenset[str]:
    """The curated list, folded (case and accents ignored)."""
    lines = NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line) for line in lines if line.strip() and not line.startswith("#"))


@cache
def _exact_names() -> frozenset[str]:
    lines = NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


@cache
def common_words() -> frozenset[str]:
    """Ordinary words (folded): the list above, and every word of the vocabularies and of the schema's labels."""
    found = {fold(w) for w in _COMMON_TEXT.split()}
    for vocabulary in VOCABULARIES:
        for term in vocabulary.terms:
            for spelling in (term.label, *term.aliases):
                found.update(words(spelling).split())
    for kind in KINDS.values():
        for text in (kind.title, kind.plural, *(p.label for p in kind.props)):
            found.update(words(text).split())
    return frozenset(found)


# --- known places: names of the graph that are not people -----------------------------------------------------

Places = frozenset[tuple[str, ...]]
_GENERIC = _PLACE_WORDS | {"les", "le", "la", "l", "des", "du", "de", "d", "vie", "sociale", "sociaux"}


def place_phrases(names: Iterable[str]) -> Places:
    """Word sequences (folded) that name places: each name whole, and without its generic head
    (« École élémentaire Jules Ferry » also gives « jules ferry »)."""
    found: set[tuple[str, ...]] = set()
    for name in names:
        for part in re.split(r"\s[-–—]\s|,", name):
            tokens = tuple(fold(w) for w in _TOKEN.findall(part))
            while tokens and tokens[0] in _GENERIC:
                tokens = tokens[1:]
            if len(tokens) > 1:
                found.add(tokens)
    return frozenset(found)


def known_places(store: GraphStore) -> Places:
    """The place phrases of the graph: communes, schools, centres, quartiers and networks."""
    return place_phrases(str(props.get("nom") or "") for label in ("Commune", "Ecole", "Centre", "Qpv", "Reseau")
                         for props in store.nodes(label))


# --- finding --------------------------------------------------------------------------------------------------


def find_identifying(text: str, places: Places | Callable[[], Places] = frozenset(),
                     school: bool = False) -> list[Finding]:
    """Everything in ``text`` that could identify someone, in reading order.

    ``places`` are the place phrases of the graph (:func:`known_places`), or a function that gives them: it is
    called only when the text holds a name that a place could explain, since a place only ever protects words
    from being taken for a name (most texts hold none, and reading every place of the graph is not free).
    ``school`` says that the case already names a school (its ``uai``), which makes a class name identifying
    even if the text names none.
    """
    found: list[Finding] = []
    found += [Finding("courriel", m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)]
    found += _phones(text)
    found += [Finding("adresse", m.start(), m.end(), m.group().rstrip()) for m in _ADDRESS.finditer(text)]
    found += [Finding("adresse", m.start(), m.end(), m.group()) for m in _DWELLING.finditer(text)]
    found += [Finding("date", m.start(), m.end(), m.group()) for m in _FULL_DATE.finditer(text)]
    found += [Finding("date", m.start(), m.end(), m.group()) for m in _BIRTH.finditer(text)]
    if school or _SCHOOL.search(text):
        found += [Finding("classe", m.start(), m.end(), m.group()) for m in _CLASS.finditer(text)]
    if callable(places):
        names = _names(text, frozenset())
        found += _names(text, places()) if names else names
    else:
        found += _names(text, places)
    return _without_overlaps(found)


def _phones(text: str) -> list[Finding]:
    matches = phonenumbers.PhoneNumberMatcher(text, "FR", leniency=phonenumbers.Leniency.POSSIBLE)
    return [Finding("telephone", m.start, m.end, m.raw_string) for m in matches]


def _without_overlaps(found: list[Finding]) -> list[Finding]:
    """One finding per stretch of text: the more specific kind, then the longer, wins."""
    kept: list[Finding] = []  # by start; kept findings never overlap, so their ends are in order too
    starts: list[int] = []
    for finding in sorted(found, key=lambda f: (_ORDER.index(f.kind), -(f.end - f.start), f.start)):
        at = bisect.bisect_left(starts, finding.end)  # the kept findings starting before this one ends
        if at and kept[at - 1].end > finding.start:
            continue
        kept.insert(at, finding)
        starts.insert(at, finding.start)
    return kept


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    word: str
    folded: str

    @property
    def capitalised(self) -> bool:
        return self.word[0].isupper()


def _names(text: str, places: Places) -> list[Finding]:
    tokens = [_Token(m.start(), m.end(), m.group(), fold(m.group())) for m in _TOKEN.finditer(text)]
    protected = _protected(text, tokens, places)
    common, names = common_words(), first_names()
    flagged: set[int] = set()

    def name_like(i: int) -> bool:
        tok = tokens[i]
        return tok.capitalised and len(tok.word) > 1 and tok.folded not in common and i not in protected

    for i, tok in enumerate(tokens):
        if i in protected or len(tok.word) < 3:
            continue
        if _is_first_name(text, tok, names):
            flagged.add(i)
            j = i + 1  # the surname that follows a first name
            while j < len(tokens) and _adjacent(text, tokens[j - 1], tokens[j]) and name_like(j):
                flagged.add(j)
                j += 1
        elif tok.folded in _KIN_WORDS and i + 1 < len(tokens) and name_like(i + 1) and _adjacent(
                text, tok, tokens[i + 1]):
            flagged.add(i + 1)
        elif i + 1 < len(tokens) and name_like(i) and name_like(i + 1) and _adjacent(text, tok, tokens[i + 1]):
            flagged.update((i, i + 1))
    flagged |= _after_civility(text, tokens, common)
    return _spans(text, tokens, sorted(flagged), names)


def _is_first_name(text: str, tok: _Token, names: frozenset[str]) -> bool:
    if tok.folded not in names:
        return False
    if tok.word.isupper():
        return True
    if not tok.capitalised:  # typed in lower case: only when it is no French word, spelt exactly
        return tok.folded not in AMBIGUOUS and tok.word in _exact_names()
    if _sentence_start(text, tok.start):
        return tok.folded not in AMBIGUOUS and tok.word.lower() in _exact_names()
    return True


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t«\"“(-–—'’")
    return not before or before[-1] in ".!?:;\n"


def _adjacent(text: str, left: _Token, right: _Token) -> bool:
    return text[left.end:right.start] in (" ", "-", "\u00a0")


def _protected(text: str, tokens: list[_Token], places: Places) -> set[int]:
    """Tokens that belong to a place name: a known place phrase, or words led by « école », « rue », « Saint »…"""
    protected: set[int] = set()
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in places:
        by_first.setdefault(phrase[0], []).append(phrase)
    folded = [tok.folded for tok in tokens]
    for i, word in enumerate(folded):
        for phrase in by_first.get(word, ()):
            if tuple(folded[i:i + len(phrase)]) == phrase:
                protected.update(range(i, i + len(phrase)))
        if tokens[i].capitalised and _led_by_place_word(text, tokens, i):
            protected.add(i)
    return protected


def _led_by_place_word(text: str, tokens: list[_Token], i: int) -> bool:
    """Walk back over the other words of the same proper name to the word that says it is a place
    (only across spaces, hyphens and apostrophes: « au centre, Yanis » is a person)."""
    passed_name = False
    for j in range(i - 1, max(i - 6, -1), -1):
        tok = tokens[j]
        if text[tok.end:tokens[j + 1].start].strip(" -'’\u00a0"):
            return False
        if tok.folded in _PLACE_WORDS:
            return True
        if tok.folded in _OPEN_CONNECTORS or (passed_name and tok.folded in _NAME_CONNECTORS):
            continue
        if tok.capitalised:
            passed_name = True
            continue
        return False
    return False


def _after_civility(text: str, tokens: list[_Token], common: frozenset[str]) -> set[int]:
    """The name after « Mme », « M. », « Monsieur »…: its capitalised words, particles allowed between them."""
    flagged: set[int] = set()
    starts = {tok.start: i for i, tok in enumerate(tokens)}
    for match in _CIVILITY.finditer(text):
        rest = len(text) - len(text[match.end():].lstrip())
        i = starts.get(rest)
        if i is None:
            continue
        words_of_name: list[int] = []
        while i < len(tokens) and len(words_of_name) < 4:
            tok = tokens[i]
            if tok.capitalised and len(tok.word) > 1:
                words_of_name.append(i)
            elif tok.folded not in _PARTICLES:
                break
            i += 1
        if any(tokens[j].folded not in common for j in words_of_name):
            flagged.update(words_of_name)
    return flagged


def _spans(text: str, tokens: list[_Token], flagged: list[int], names: frozenset[str]) -> list[Finding]:
    """Adjacent flagged words make one finding: « prenom » for first names only (« Jean-Pierre »), « nom » otherwise."""
    groups: list[list[int]] = []
    for i in flagged:
        if groups and groups[-1][-1] == i - 1 and _adjacent(text, tokens[i - 1], tokens[i]):
            groups[-1].append(i)
        else:
            groups.append([i])
    found = []
    for group in groups:
        start, end = tokens[group[0]].start, tokens[group[-1]].end
        kind = "prenom" if all(tokens[i].folded in names for i in group) else "nom"
        found.append(Finding(kind, start, end, text[start:end]))
    return found


def replace_identifying(text: str, places: Places = frozenset(), school: bool = False) -> str:
    """``text`` with each finding replaced by a neutral mention (« [prénom] », « [téléphone] »…)."""
    for finding in reversed(find_identifying(text, places, school)):
        text = text[:finding.start] + finding.placeholder + text[finding.end:]
    return text


# --- masking: what is found, shown so that it can be found again but not read ------------------------------------

_DIGIT = re.compile(r"\d")
_MASKED = "•"


def mask(finding: Finding) -> str:
    """The finding with only enough left to find it in the text: the first letter of each word (« Y•••• »),
    the first two and last two digits of a phone number (« 06 •• •• •• 78 »); the rest as « • »."""
    if finding.kind == "telephone":
        text = finding.text if ")" in finding.text else finding.text.lstrip("(")  # « (06 12 34 56 78 »
        digits = [m.start() for m in _DIGIT.finditer(text)]
        hidden = set(digits[2:-2])
        return "".join(_MASKED if i in hidden else char for i, char in enumerate(text))
    return _TOKEN.sub(lambda m: m.group()[0] + _MASKED * (len(m.group()) - 1), finding.text)


def masked(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with each of its ``findings`` masked in place.

    >>> text = "Appeler Mme Diallo au 06 12 34 56 78."
    >>> masked(text, find_identifying(text))
    'Appeler Mme D••••• au 06 •• •• •• 78.'
    """
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[:finding.start] + mask(finding) + text[finding.end:]
    return text


def mask_text(text: str, wanted: Iterable[str] = PERSON) -> str:
    """``text`` with what could identify someone masked: findings of the kinds ``wanted`` (names and contact
    details unless told), without knowing the places of the graph (a place masked too is no harm).

    >>> mask_text("Écrire à fatou.diarra@gmail.com le 3 mars 2019.")
    'Écrire à f••••.d•••••@g••••.c•• le 3 mars 2019.'
    """
    return masked(text, (f for f in find_identifying(text) if f.kind in wanted))


# --- the free texts of a node -------------------------------------------------------------------------------------


def relevant(kind: NodeKind) -> frozenset[str]:
    """The kinds of findings that matter in the free texts of ``kind``."""
    return FAMILY if kind.about_families else PERSON


def check_texts(kind: NodeKind, values: Mapping[str, Any], places: Places | Callable[[], Places] = frozenset(),
                school: bool = False) -> list[Finding]:
    """The findings in the free texts of a ``kind`` node (``values``: column → text), each with its column.

    ``school`` says the node names a school (a case's ``uai``): a class name then points to a child.

    >>> case = {"recit": "La mère de Yanis a appelé le 12 mars 2019.", "nature": "sanction"}
    >>> [(f.field, f.kind, f.text) for f in check_texts(KINDS["Situation"], case)]
    [('recit', 'prenom', 'Yanis'), ('recit', 'date', '12 mars 2019')]
    >>> practice = {"description": "Lancée le 5 juin 2018 avec Mme Diallo."}
    >>> [(f.field, f.kind, f.text) for f in check_texts(KINDS["Pratique"], practice)]
    [('description', 'nom', 'Diallo')]
    """
    wanted = relevant(kind)
    found: list[Finding] = []
    for name in kind.narratives:
        text = values.get(name)
        if isinstance(text, str) and text.strip():
            found += [Finding(f.kind, f.start, f.end, f.text, name) for f in find_identifying(text, places, school)
                      if f.kind in wanted]
    return found
