"""People's names in a free text: first names from INSEE's list, and the context that tells a person from a word.

The list (``data/prenoms/prenoms.txt``, made by ``python3 -m tools.prenoms``) holds about 32,000 first names
given in France. Some are ordinary words (« Rose », « Pierre », « Claire », « Ange », « Fort ») or communes
(« Nancy »): the list marks them, and they count only where the text says a person is meant. What says so:

* who comes before: a civility (« Mme Rose »), a relative or a role (« la mère de Rose », « le fils Ange »,
  « l’élève Claire »), « avec », « chez », « selon » (« avec Pierre »);
* what comes after: a surname or an initial (« Rose Benali », « Rose B. »), an age (« Rose, 8 ans »), a verb of a
  person (« Pierre est venu », « Claire a expliqué », « Ange ne vient plus »), an apposition (« Rose, sa sœur »);
* another name it is joined to (« Karim et Rose »);
* otherwise, being capitalised in the middle of a sentence, on its own, with no article before it (« on a revu
  Rose hier »): a word in the middle of a sentence takes a capital only as a name.

A name of the list that is no word is a name wherever it is capitalised (« Yanis », « FATOUMATA ») and, typed in
lower case, when it is long enough not to be a slip (« la mère de kevin »). A capitalised word of no list
(a name INSEE does not have, a surname) counts after a civility, a relative, before an initial, an age or a verb
of a person; two such words side by side are a first name and a surname (« Durand Lefèvre »). Words that belong
to a place (« collège Pierre et Marie Curie », « résidence les Tilleuls », a place of the graph, a commune of
France) are never names.

>>> from graph.privacy import common_words
>>> text = "La mère de Rose est venue avec Yanis B. et Mme K., en CM2."
>>> [(text[n.start:n.end], n.first) for n in find_names(text, common=common_words())]
[('Rose', True), ('Yanis B.', False), ('K.', False)]
>>> find_names("Claire et nette, la position du centre. Une rose pour la fête de Pierre-Blanche.", common=common_words())
[]
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from graph.text import fold

ROOT = Path(__file__).resolve().parent.parent
NAMES_FILE = ROOT / "data" / "prenoms" / "prenoms.txt"
EPONYMS_FILE = ROOT / "data" / "prenoms" / "eponymes.txt"
COMMUNES_FILE = ROOT / "data" / "opendata" / "communes-france-2024.csv"
QPV_FILE = ROOT / "data" / "opendata" / "qpv-2015-demographie-2022.csv"

Places = frozenset[tuple[str, ...]]


@dataclass(frozen=True)
class Name:
    """A stretch of text that names a person: ``first`` when it is made of first names only."""

    start: int
    end: int
    first: bool


def _fold_all(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


# Relatives and roles: the word after them (or after « de ») is a person's name.
KIN = _fold_all("""famille familles frère frères sœur sœurs fils fille filles enfant enfants élève élèves mère père
maman papa mamie papi grand-mère grand-père tante oncle cousin cousine neveu nièce petit petite petits petites
jeune bébé collégien collégienne lycéen lycéenne écolier écolière garçon camarade camarades voisin voisine ami amie
copain copine nommé nommée prénommé prénommée appelé appelée surnommé surnommée dénommé dénommée mari épouse époux
conjoint conjointe compagnon compagne belle-mère beau-père demi-frère demi-sœur aîné aînée cadet cadette benjamin
benjamine jumeau jumelle jumeaux jumelles tuteur tutrice prénom prenom cousins cousines tantes oncles neveux nièces voisins
voisines amis amies copains copines mamans papas garçons bébés aînés aînées cadets cadettes""")
# What a person is, said right after the name: « Pierre, animateur du CLAS », « Rose, la référente ».
_APPOSED = _fold_all("""animateur animatrice animateurs animatrices référent référente coordinateur coordinatrice
médiateur médiatrice bénévole bénévoles éducateur éducatrice enseignant enseignante prof professeur professeure
stagiaire intervenant intervenante salarié salariée aesh atsem cpe assistante assistant directeur directrice
principal principale adjoint adjointe maîtresse maître infirmière infirmier psychologue conseillère conseiller
interprète traductrice traducteur voisine voisin présidente président trésorière trésorier secrétaire""")
# Roles a civility may introduce without naming anyone: « Madame Directrice ».
_ROLES = _fold_all("""directeur directrice principal principale proviseur proviseure maire adjoint adjointe président
présidente inspecteur inspectrice professeur professeure conseiller conseillère juge docteur maître maîtresse
médecin infirmière infirmier""")
# Nouns of a person, before a name: « la maman Bernadette », « la tata Awa » (not « la maille Karine »).
PERSON_NOUNS = KIN | _APPOSED | _ROLES | _fold_all("""dame dames monsieur madame homme femme gamin gamine môme ado ados
adolescent adolescente collègue collègues dirlo dirlos prof profs psy nounou personne bénéficiaire usager usagère
tata tonton tatie papy papi mémé pépé marraine parrain filleul filleule chef cheffe responsable agent agente
policier policière gardien gardienne concierge nouveau nouvelle ancien ancienne élu élue adulte-relais relais""")
# Articles before a thing's name, never a person's: « l’Alma », « au Louvre-Lens » (« les Martin » is a family).
_THING_ARTICLES = frozenset("le la l un une du au aux".split())  # as written: « là » is no « la »
# What ends a complement, after a place's name: « de la maille Karine et de la maille Catherine vers… ».
_COMPLEMENT_END = re.compile(r"-?[^\W\d_]*[ \t]*(?:[.;:)!?\n»]|$|"
                             r"(?:à|de|du|des|d['’]|vers|pour|avec|sur|dans|en|au|aux|près|"
                             r"chez|par|entre|ou)\b|et\s+(?:de|du|des|d['’]|au|aux|à)\b)")
_NOT_NOUNS = _fold_all("avec chez selon pour par sans vers contre entre dans sur sous après avant depuis pendant "
                       "et ou mais donc puis aussi comme")
# Before a name of a person, never before a word: « avec Pierre » (a place takes « à », « de », « en »).
_WITH = _fold_all("avec chez selon")
# Articles and determiners: « la Rose des vents », « une Claire-Fontaine » are things.
_ARTICLES = _fold_all("le la les l un une des du au aux ce cet cette ces sa son ses mon ma mes ton ta tes notre "
                      "nos votre vos leur leurs quel quelle")
# After a name: a verb only a person does, or an auxiliary and a participle of a person.
_VERBS = _fold_all("""dit dira disait explique expliquait raconte racontait pleure pleurait refuse refusait accepte
acceptait confie vient venait viendra revient revenait souhaite souhaitait veut voulait voudrait affirme affirmait
reconnaît reconnait demande demandait habite habitait vit vivait arrive arrivait rentre rentrait joue jouait frappe
frappait insulte insultait parle parlait pense pensait craint craignait semble semblait travaille travaillait
fréquente fréquentait redouble redoublait sourit souriait crie criait ajoute ajoutait précise précisait répond
répondait témoigne témoignait disent refusent acceptent viennent reviennent souhaitent veulent affirment demandent
habitent vivent arrivent rentrent jouent parlent pensent craignent travaillent fréquentent ajoutent répondent""")
_AUXILIARIES = frozenset("est était sera serait a avait aura aurait".split())  # as written: « a » is no « à »
_PARTICIPLES = _fold_all("""venu venue arrivé arrivée parti partie revenu revenue allé allée né née inscrit
inscrite scolarisé scolarisée exclu exclue renvoyé renvoyée suspendu suspendue absent absente présent présente
malade harcelé harcelée frappé frappée dit expliqué raconté pleuré refusé accepté été eu pu voulu appelé demandé
quitté rejoint menacé menacée insulté insultée confié avoué reconnu participé rencontré obtenu redoublé agressé
agressée puni punie sanctionné sanctionnée convoqué convoquée orienté orientée accompagné accompagnée reçu reçue
suivi suivie placé placée hospitalisé hospitalisée blessé blessée choqué choquée triste inquiet inquiète
souffrant souffrante passé passée resté restée sorti sortie entré entrée tombé tombée déménagé déclaré déclarée
affirmé ajouté répondu témoigné""")
# The words of a person's name that are not capitalised (« Le Gall », « de La Fontaine », « Ben Ali »).
_PARTICLES = _fold_all("de du des d le la van von ben el al ait da dos")
# Words that name a place or an organisation: the capitalised words that follow are its name, not a person's.
PLACE_WORDS = _fold_all("""école écoles collège lycée groupe scolaire maternelle élémentaire primaire fictif fictive
privé privée rue avenue boulevard bd allée impasse place chemin route quai square résidence cité quartier centre social
maison parc gymnase stade salle médiathèque bibliothèque espace foyer tour bâtiment gare saint sainte st ste isle
mairie hôpital clinique pont association asso dispositif projet atelier programme opération club collectif festival
semaine journée fête prix label café compagnie théâtre cinéma ludothèque crèche halte-garderie institut lieu
fondation réseau îlot immeuble lotissement hameau villa barre bailleur office agence société entreprise coopérative""")


def place_word(folded: str) -> bool:
    """A word (folded) that names a kind of place, in the singular or the plural (« les collèges Barbara et
    Robespierre »)."""
    return folded in PLACE_WORDS or folded[-1:] in ("s", "x") and folded[:-1] in PLACE_WORDS


_LINKS = _fold_all("de du des la le les l d et en sur sous au aux a")  # inside a place's name, never at its edge
_OPEN_CONNECTORS = _fold_all("des du aux au les")   # « résidence les Tilleuls », « rue des Iris »
_NAME_CONNECTORS = _fold_all("de la le l d")       # « Jean de La Fontaine »: inside a name only
_CIVILITY = re.compile(r"\b(?:MM\.|M\.|Mr\.?|MR\.?|Mmes?\.?|MMES?\.?|Mlles?\.?|MLLES?\.?|Monsieur|MONSIEUR|Madame|"
                       r"MADAME|Mademoiselle|MADEMOISELLE|Messieurs|Mesdames|Dr\.?|Docteur|Maître|Me\.)(?=\s)")
# Typed in a quick note: « mme carvalho », « mr traore », « m. okafor » — the name after it may be in lower case.
_TYPED_CIVILITY = re.compile(r"(?<![\w.])(?:mme|mmes|mr|m\.|mlle|madame|monsieur)(?=\s)")
# First names that are ordinary words of the field (« Noël », « Avril », « France »): a name only with a strong
# context; never these, which are too often something else at the head of a name.
_NEVER_NAMES = _fold_all("elle son sa premier premiere second seconde saint sainte val pole salle sante lien libre "
                         "aid maire mai")
# Before a commune, never before a person: « à Anais », « vers Paris ».
_PLACE_PREPOSITIONS = _fold_all("à a de d en vers sur près depuis jusqu pour par")
# Numbers as words, for « Patience a quatre enfants ».
_FAMILY = _fold_all("famille familles")
# People of a place, not of a person: « les familles de Génicart », « les jeunes de la Dame Blanche ».
_GROUPS = _fold_all("familles habitants jeunes élèves")
# Relatives that are adjectives too: « une petite victoire » is no child.
_ADJECTIVE_KIN = _fold_all("petit petite petits petites jeune jeunes")
_INDEFINITE = _fold_all("un une des de d")
# The streets named after a connector: « boulevard de Provence », « rue de la Paix ».
_STREETS = _fold_all("rue avenue boulevard bd allée impasse place chemin route quai square cours passage galerie")
_NUMBERS = _fold_all("un une deux trois quatre cinq six sept huit neuf dix onze douze")
# What only a person « a »: « Claire a l’impression », « Patience a du mal ».
_HAS = _fold_all("peur honte envie besoin l du confiance tort raison")
# Abbreviations that end with a dot inside a sentence: the word after them does not start a sentence.
_ABBREVIATIONS = _fold_all("m mm mme mmes mlle mlles mr dr me st ste bd av bat bât esc appt apt cf etc n°")
_TOKEN = re.compile(r"[^\W_]+")  # words and numbers: « CM2 » is one token
# The endings of the adjectives and participles that follow « famille » (« monoparentale », « nombreuse », « suivie »).
_ADJECTIVE = re.compile(r"(?:e|es|ee|ees|ie|ies|ue|ues|ale|ales|elle|euse|ive|ente|ante|ique|aire|ere|iere|ite|ile|"
                        r"ait|aient|ent|er|ir|ont|ra|rait|it|ut|is|us)$")  # and the verbs: « la famille refusait »
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)!?]|$|\n|\s(?:et|a|est|habite|vit|vient|refuse)\b)")
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ise|it|ite|u|ue|us|ert|erte)$")
_AGE_AFTER = re.compile(r"\s*[,(]\s*\d{1,2}\s*ans\b|\s*,\s*(?:né|née|âgé|âgée)\b|"
                        r"\s*\(\s*(?:né|née\s+le\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*\)|"
                        r"\s*[,(:–-]?\s*(?:(?i:ddn|d\.d\.n\.?|date\s+de\s+naissance|né\s+le|née\s+le|"
                        r"né\s+en|née\s+en)\b)|\s+\d{1,2}\s?ans\b", re.IGNORECASE)
# A school level right after a name: « Tharshika (CM1) », « Avril, en CE2 », « wei (cm2) ».
_LEVEL_AFTER = re.compile(r"\s*[,(]\s*(?:en\s+|élève\s+de\s+)?(?:T?PS|MS|GS|CP|CE1|CE2|CM1|CM2|[3-6]\s?(?:e|è|ème|eme)|"
                          r"seconde|2nde|1re|1ère|terminale|ULIS|SEGPA|UPE2A|(?:grande|moyenne|petite)\s+section)\b",
                          re.IGNORECASE)
_APPOSITION = re.compile(r"\s*[,(]\s*(?:(?:les|la|le|l['’]|sa|son|ses|leurs|leur|notre|votre|une|un)\s+|l['’])?"
                         r"(?:(?:grande?s?|petite?s?|jeunes?|demi|nouvelle?s?|ancienne?s?)[\s-]+)?"
                         r"([^\W\d_]+(?:-[^\W\d_]+)?)")
# A title in quotes after what it names: a project, a workshop, a practice (« l’atelier « Rose et Léon » »).
_BARE_ROLE = re.compile(r"\s*,\s*([^\W\d_]+)\b")
_QUOTED = re.compile(r"[«“\"]\s*([^»”\"\n]{1,80})[»”\"]")
_TITLE_BEFORE = re.compile(r"(?i:projet|action|atelier|dispositif|programme|pratique|opération|thème|livret|intitulé|"
                           r"titre|fête|festival|journée|semaine|exposition|spectacle|jeu|club|parcours|charte|guide|"
                           r"album|livre|film|chanson|pièce|conte)\s*:?\s*$|"
                           # or an article, inside or before: « La Rose des Vents », les « Petits Curieux » (a
                           # person's name takes none)
                           r"\b(?i:les|le|la|l['’]|un|une|des|du|au|aux)\s*$")
_ARTICLE_INSIDE = re.compile(r"(?:Les|Le|La|L['’]|Un|Une)\b")
# The roles an initial stands beside: « la bénévole J.P. », « M.-C. D., bénévole » (not « maîtresse E », the RASED's).
_INITIAL_ROLES = (r"bénévole|animatrice|animateur|référente?|coordinatrice|coordinateur|médiatrice|médiateur|stagiaire|"
                  r"AESH|ATSEM|intervenante?|éducatrice|éducateur|enseignante?|professeure?")
# Roles whose letter may be a post's (« la maîtresse E du RASED »): initials only when a comma sets them apart.
_SCHOOL_ROLES = (r"maîtresse|maître|institutrice|instituteur|directrice|directeur|principale?|CPE|infirmière|"
                 r"infirmier|psychologue|assistante\s+sociale|assistant\s+social")
_ROLE_BEFORE = re.compile(rf"\b(?:(?:{_INITIAL_ROLES})\s*,?|(?:{_INITIAL_ROLES}|{_SCHOOL_ROLES})\s*,)\s+$",
                          re.IGNORECASE)  # « la bénévole J.P. », « L’enseignante, M.-C. D., »
_INITIALS_THEN_ROLE = re.compile(rf"(?:[A-Z]\.?-?){{1,3}}(?:\s[A-Z]\.)?,\s*(?:la\s+|le\s+|l['’])?"
                                 rf"(?:(?:sa|son)\s+)?(?:{_INITIAL_ROLES}|voisine?|maman|papa|mère|père|fille|fils|"
                                 rf"sœur|frère|tante|oncle|cousine?|grand-mère|grand-père)\b")
# A work after its author (« , « Frankenstein pédagogue » », « (1987) »), and the words that recommend reading it.
_WORK_AFTER = re.compile(r"\s*,?\s*[«“]|\s*\(\s*(?:19|20)\d\d\s*\)")
_READING_BEFORE = re.compile(r"\b(?i:lectures?|bibliographie|ouvrages?|livres?|essais?|auteure?s?|autrices?|lire|"
                             r"conseillée?s?|recommandée?s?)\b[^.\n]{0,40}$")
_SPACES = (" ", "-", "\u00a0", "\u202f")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
_NOT_FOLDED = re.compile(r"[^0-9a-z+\n]+")
_NOT_WORD = re.compile(r"[^0-9a-z\n]+")


@cache
def name_marks() -> dict[str, str]:
    """Every first name of the list (folded: case and accents ignored) → its mark: ``""``, ``"mot"`` (also a
    French word) or ``"lieu"`` (also a commune)."""
    lines = [line for line in NAMES_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    names, _, marks = zip(*(line.partition("\t") for line in lines))
    return dict(zip(_fold_lines(names), (mark.strip() for mark in marks)))


def _fold_lines(lines: Iterable[str]) -> list[str]:
    """:func:`graph.text.fold` of each line, at once (the lists read here hold tens of thousands)."""
    return _NOT_FOLDED.sub("", _ascii("\n".join(lines)).lower()).split("\n")


def _ascii(text: str) -> str:
    """:func:`graph.text.strip_accents` for long texts (what has no ASCII form is dropped, as fold drops it)."""
    return unicodedata.normalize("NFKD", text.translate(_LIGATURES)).encode("ascii", "ignore").decode("ascii")


def first_names() -> frozenset[str]:
    """The first names of the list, folded."""
    return frozenset(name_marks())


@cache
def commune_places() -> tuple[Places, frozenset[str]]:
    """The communes of France, with their departments and regions (« DRAC Auvergne-Rhône-Alpes », « CAF de la
    Moselle »): the phrases of those named by several words (« Le Plessis-Bouchard ») and the names made of one
    word (« Argenteuil »), folded; and the neighbourhoods whose whole name is one word (« Borny »:
    :func:`qpv_places` has the others)."""
    with COMMUNES_FILE.open(encoding="utf-8") as handle:
        header = next(csv.reader(handle, delimiter=";"))
        columns = [header.index(name) for name in ("nom_standard", "dep_nom", "reg_nom")]
        names = {row[column] for row in csv.reader(handle, delimiter=";") for column in columns if len(row) > column}
    names.update(_qpv_names())
    words = _NOT_WORD.sub(" ", _ascii("\n".join(sorted(names))).lower())
    phrases, single = set(), set()
    for line in words.split("\n"):
        tokens = tuple(line.split())
        (phrases.add(tokens) if len(tokens) > 1 else single.update(tokens))
    return frozenset(phrases), frozenset(single)


@cache
def commune_names() -> frozenset[str]:
    """The names of the communes of France, whole and folded (« saintouenlaumone »)."""
    with COMMUNES_FILE.open(encoding="utf-8") as handle:
        header = next(csv.reader(handle, delimiter=";"))
        column = header.index("nom_standard")
        return frozenset(_fold_lines(row[column] for row in csv.reader(handle, delimiter=";") if len(row) > column))


@cache
def qpv_places() -> Places:
    """The priority neighbourhoods of all France (« Franc Moisin », « Village - Mozart », « Malpassé Corot »), as
    place phrases: a neighbourhood is no one's name, wherever the centre is."""
    phrases = set()
    # each part of a name made of several, and whole
    names = [part for name in _qpv_names() for part in (name, *re.split(r"\s[-–]\s|,|/", name))]
    for line in _NOT_WORD.sub(" ", _ascii("\n".join(names)).lower()).split("\n"):
        tokens = tuple(line.split())
        # a name that lists several neighbourhoods without a separator (« Bon Secours Les Rosiers Marine Bleue
        # Grand Saint Barthélémy »): any run of its words may name one of them
        phrases.add(tokens)
        phrases.update(tokens[i:j] for i in range(len(tokens)) for j in range(i + 2, len(tokens) + 1)
                       if tokens[i] not in _LINKS and tokens[j - 1] not in _LINKS)  # not « de Pierre »
    return frozenset(phrase for phrase in phrases if len(phrase) > 1)


@cache
def _qpv_names() -> list[str]:
    """The names of the priority neighbourhoods, as written (« Borny », « Franc Moisin - Cosmonautes - Cristino
    Garcia - Landy »)."""
    with QPV_FILE.open(encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle, delimiter=";"))
        column = header.index("LIBGEO")
        return [row[column] for row in csv.reader(handle, delimiter=";") if len(row) > column]


@cache
def eponym_places() -> Places:
    """The people schools are named after (« Jean Jaurès », « Eugénie Cotton »), as place phrases."""
    lines = [line for line in EPONYMS_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return frozenset(tokens for line in _NOT_WORD.sub(" ", _ascii("\n".join(lines)).lower()).split("\n")
                     if len(tokens := tuple(line.split())) > 1)


@lru_cache(maxsize=8)
def _by_start(places: Places) -> dict[tuple[str, str], tuple[tuple[str, ...], ...]]:
    """The phrases by their first two words, longest first (many communes start with « le » or « saint »)."""
    index: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for phrase in places:
        index.setdefault(phrase[:2], []).append(phrase)
    return {start: tuple(sorted(found, key=len, reverse=True)) for start, found in index.items()}


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    word: str
    folded: str
    capitalised: bool  # a capital that means something: in a text written all in capitals, none does

    @property
    def initial(self) -> bool:
        return len(self.word) == 1 and self.word.isupper()


class _Reading:
    """One text, tokenised, with what is known of each token."""

    def __init__(self, text: str, places: Places, common: frozenset[str]) -> None:
        self.text = text
        letters = [c for c in text[:2000] if c.isalpha()]
        self.shouting = len(letters) >= 20 and sum(c.isupper() for c in letters) >= 0.6 * len(letters)
        self.tokens = [_Token(m.start(), m.end(), word, fold(word), word[0].isupper() and not (
            self.shouting and word.isupper() and len(word) > 1)) for m in _TOKEN.finditer(text) if (word := m.group())]
        self.common = common
        self.marks = name_marks()
        self.protected = self._protected(places)

    # --- what a token is ---------------------------------------------------------------------------------------

    def gap(self, i: int) -> str:
        """The text between token ``i - 1`` and token ``i``."""
        return self.text[self.tokens[i - 1].end:self.tokens[i].start] if 0 < i < len(self.tokens) else ""

    def joined(self, i: int) -> bool:
        """Token ``i`` follows token ``i - 1`` in the same name (a space or a hyphen between them)."""
        return 0 < i < len(self.tokens) and self.gap(i) in _SPACES

    def word_after(self, i: int) -> bool:
        """Token ``i`` follows token ``i - 1`` in the same sentence, with spaces or an apostrophe between."""
        return 0 < i < len(self.tokens) and not self.gap(i).strip(" \u00a0\u202f'’")

    def sentence_start(self, i: int) -> bool:
        before = (self.gap(i) if i else self.text[:self.tokens[i].start]).rstrip(" \t\u00a0\u202f")
        if not i and not before.rstrip("-–—'’.") or before[-1:] and before[-1] in "!?:;\n•«\"“(":
            return True  # a title in quotes starts with a capital too
        before = before.rstrip("-–—'’")
        if before[-1:] != ".":
            return False
        previous = self.tokens[i - 1] if i else None
        return previous is None or not (previous.initial or previous.folded in _ABBREVIATIONS)

    def name_like(self, i: int) -> bool:
        """Capitalised, no number, no ordinary word, not part of a place: a word that could be a name."""
        tok = self.tokens[i]
        return (tok.capitalised and not tok.word.isdigit() and not any(c.isdigit() for c in tok.word)
                and tok.folded not in self.common and i not in self.protected)

    def mark(self, i: int) -> str | None:
        """``None``: no first name; ``""``: a first name; ``"mot"``, ``"lieu"``: a first name that is also a word
        or a commune."""
        return self.marks.get(self.tokens[i].folded)

    def dotted_initial(self, i: int) -> bool:
        """« B. » or « B » standing for a name: one capital letter, then a dot, a comma, a space or the end."""
        if not (0 <= i < len(self.tokens)) or not self.tokens[i].initial:
            return False
        if self.shouting and self.tokens[i].word in "AÀY" and self.text[self.tokens[i].end:self.tokens[i].end + 1] != ".":
            return False  # « MME MBEMBA A APPELÉ »: in capitals, « à », « a » and « y » are words
        after = self.text[self.tokens[i].end:self.tokens[i].end + 1]
        return after in ("", ".", ",", " ", ")", ";", "\n", "\u00a0")

    # --- places ------------------------------------------------------------------------------------------------

    def _protected(self, places: Places) -> set[int]:
        protected: set[int] = set()
        folded = [tok.folded for tok in self.tokens]
        communes, single = commune_places()
        for index in (_by_start(places), _by_start(communes), _by_start(eponym_places()), _by_start(qpv_places())):
            for i in range(len(folded) - 1):
                for phrase in index.get((folded[i], folded[i + 1]), ()):
                    if tuple(folded[i:i + len(phrase)]) == phrase and not self._compound_first_name(i, len(phrase)):
                        protected.update(range(i, i + len(phrase)))
                        break
        last_place = -10  # the last word that names a kind of place: most words have none in the 6 before them
        for i, tok in enumerate(self.tokens):
            if (tok.capitalised or self.shouting and tok.word.isupper()) and (
                    i - last_place <= 6 and self._led_by_place_word(i) or
                    tok.folded in single and self.mark(i) is None and not self._named_person_before(i)):
                protected.add(i)
            if place_word(tok.folded):
                last_place = i
        for i in range(1, len(self.tokens)):
            if self._named_thing(i):  # with the words joined to it by hyphens: « au Louvre-Lens »
                protected.add(i)
                while i + 1 < len(self.tokens) and self.gap(i + 1) == "-":
                    i += 1
                    protected.add(i)
        titles = [m.span(1) for m in _QUOTED.finditer(self.text)  # the quotes are looked for first: few texts have any
                  if _TITLE_BEFORE.search(self.text, max(0, m.start() - 30), m.start()) or
                  _ARTICLE_INSIDE.match(m.group(1))]
        for start, end in titles:  # a name of a thing: « projet « Espérance et Bienvenue » »
            protected.update(i for i, tok in enumerate(self.tokens) if start <= tok.start < end)
        return protected

    def _named_thing(self, i: int) -> bool:
        """« l’Alma », « au Louvre-Lens », « de la maille Karine et de… »: a capitalised word right after an article
        names a thing or a place (a person's name takes none); after an article and a noun that is no person, too,
        where it ends a complement (« la maille Karine vers… », not « dans la cour Inès et sa sœur jouent ») —
        unless what follows is said of a person (« à la sortie Yanis a frappé », « Yanis et Adam »)."""
        tokens = self.tokens
        before = tokens[i - 1]
        if not tokens[i].capitalised or before.word not in _THING_ARTICLES and (
                i < 2 or tokens[i - 2].word not in _THING_ARTICLES) or before.capitalised or not self.word_after(i):
            return False
        direct = before.word in _THING_ARTICLES
        if not direct and not (len(before.word) >= 3 and before.word.isalpha() and before.folded not in PERSON_NOUNS and
                               before.folded not in _NOT_NOUNS and self.word_after(i - 1)):
            return False
        if self.verb_after(i, any_participle=True) or self.described_after(i) or \
                i + 2 < len(tokens) and tokens[i + 1].folded == "et" and tokens[i + 2].capitalised:
            return False
        return direct or bool(_COMPLEMENT_END.match(self.text, tokens[i].end))

    def _compound_first_name(self, i: int, length: int) -> bool:
        """« Marie-Thérèse »: words joined by hyphens into a first name of the list, not a place of that name."""
        return all(self.gap(j) == "-" for j in range(i + 1, i + length)) and fold(
            self.text[self.tokens[i].start:self.tokens[i + length - 1].end]) in self.marks

    def _named_person_before(self, i: int) -> bool:
        """« la famille Fontaine », « Mme Masson », « Sandrine Lacoste »: a place's name that is a surname here."""
        if self.joined(i) and self.tokens[i - 1].capitalised and self.mark(i - 1) == "":
            return True
        return bool(i and self.word_after(i) and (self.tokens[i - 1].folded in _FAMILY or self.text[
            max(0, self.tokens[i].start - 12):self.tokens[i].start].rstrip().endswith(("Mme", "M.", "Madame",
                                                                                        "Monsieur", "Mlle"))))

    def _led_by_place_word(self, i: int) -> bool:
        """Walk back over the other words of the same proper name to the word that says it is a place (only across
        spaces, hyphens and apostrophes: « au centre, Yanis » is a person)."""
        passed_name = False
        for j in range(i - 1, max(i - 7, -1), -1):
            tok = self.tokens[j]
            if self.text[tok.end:self.tokens[j + 1].start].strip(" -'’+\u00a0"):  # « REP+ Eugénie Cotton »
                return False
            if place_word(tok.folded):
                return True
            if tok.folded in _OPEN_CONNECTORS or passed_name and tok.folded in _NAME_CONNECTORS:
                continue
            if tok.folded in _NAME_CONNECTORS and j and (self.tokens[j - 1].folded in _STREETS | _NAME_CONNECTORS or
                                                         self.tokens[j - 1].capitalised):
                continue  # « rue de la Paix », « compagnie Pierre de Lune »
            if tok.folded == "et" and j and self.tokens[j - 1].capitalised:  # « Pierre et Marie Curie »
                continue
            if tok.capitalised or self.shouting and tok.word.isupper():  # « COLLEGE JEAN MOULIN »
                passed_name = True
                continue
            return False
        return False

    # --- context -----------------------------------------------------------------------------------------------

    def person_before(self, i: int, with_words: bool = True) -> bool:
        """A relative, a role (« la mère de », « le fils ») or « avec », « chez » right before token ``i``."""
        if i and self.gap(i).strip() == "," and self._kin(i - 1):
            return True  # « la mère, Rose, a appelé »
        if not self.word_after(i):
            return False
        previous = self.tokens[i - 1].folded
        if self._kin(i - 1) or with_words and previous in _WITH:
            return True
        return previous in ("de", "d") and self.word_after(i - 1) and i > 1 and self._kin(i - 2) and \
            self.tokens[i - 2].folded not in _GROUPS

    def _kin(self, j: int) -> bool:
        """Token ``j`` is a relative or a role, as a word (« le petit Ange »), not in a title (« le Petit
        Prince »)."""
        return self.tokens[j].folded in KIN and (not self.tokens[j].capitalised or self.sentence_start(j))

    def described_after(self, i: int, roles: bool = True) -> bool:
        """What describes a person right after token ``i``: an initial (« Rose B. »), an age (« , 9 ans »,
        « , née le »), a school level (« (CM1) », « , en CE2 ») or an apposition (« , sa sœur », « , maman de »)."""
        end = self.tokens[i].end
        if i + 1 < len(self.tokens) and self.joined(i + 1) and self.dotted_initial(i + 1):
            return True
        if _AGE_AFTER.match(self.text, end) or _LEVEL_AFTER.match(self.text, end):
            return True
        apposed = KIN | _APPOSED if roles else KIN  # « patience, la médiatrice »: a word, in lower case
        return bool((apposition := _APPOSITION.match(self.text, end)) and fold(apposition.group(1)) in apposed)

    def verb_after(self, i: int, any_participle: bool = False, auxiliary: bool = True) -> bool:
        """A verb of a person right after token ``i`` (« est venue », « explique », « a l’impression », « a quatre
        enfants »); ``any_participle``: an auxiliary and any past participle (« Pierre a proposé »); without
        ``auxiliary``, « a été », « a eu », « a fait » do not count (« Rien n’a été fait »)."""
        tokens = self.tokens
        j = i + 1
        while j < len(tokens) and self.word_after(j) and tokens[j].folded in ("ne", "n", "se", "s", "lui", "leur",
                                                                              "y", "en", "l", "m", "nous", "vous"):
            j += 1
        if j >= len(tokens) or not self.word_after(j):
            return False
        if tokens[j].folded in _VERBS:
            return True
        if tokens[j].word.lower() in ("a", "avait") and j + 1 < len(tokens) and self.word_after(j + 1) and (
                tokens[j + 1].folded in _HAS or (tokens[j + 1].folded in _NUMBERS or tokens[j + 1].word.isdigit())
                and j + 2 < len(tokens) and tokens[j + 2].folded in KIN | {"ans", "mois"}):
            return True  # « Claire a l’impression », « Patience a quatre enfants »
        if tokens[j].word.lower() in _AUXILIARIES and j + 1 < len(tokens) and self.word_after(j + 1):
            k = j + 1
            if tokens[k].folded in ("pas", "plus", "jamais", "deja", "toujours", "encore", "bien", "tres") and \
                    k + 1 < len(tokens):
                k += 1
            if not auxiliary and tokens[k].folded in ("ete", "eu", "pu", "fait"):
                return False
            return tokens[k].folded in _PARTICIPLES or any_participle and _PARTICIPLE.search(tokens[k].word) is not None
        return False

    def isolated_mid_sentence(self, i: int) -> bool:
        """Capitalised inside a sentence, with no article before it and no capitalised word beside it."""
        if self.sentence_start(i):
            return False
        if i and self.word_after(i) and (self.tokens[i - 1].folded in _ARTICLES or self.tokens[i - 1].capitalised):
            return False
        return not (i + 1 < len(self.tokens) and self.joined(i + 1) and self.tokens[i + 1].capitalised)


def find_names(text: str, places: Places = frozenset(), common: frozenset[str] = frozenset()) -> list[Name]:
    """The names of people in ``text``, in reading order (see the module). ``places``: place phrases (folded
    word tuples) whose words are no one's name; ``common``: ordinary words (folded), never a name alone."""
    reading = _Reading(text, places, common)
    tokens = reading.tokens
    first: set[int] = _compound_first_names(reading)   # first names
    other: set[int] = set()       # surnames, initials, unknown names
    for i, tok in enumerate(tokens):
        if i in first or i in reading.protected or any(c.isdigit() for c in tok.word):
            continue
        mark = reading.mark(i)
        if tok.initial and reading.dotted_initial(i) and reading.person_before(i, with_words=False) and \
                not _CIVILITY.match(text, tok.start):
            other.add(i)  # « l’élève K. », « la famille B. », « l’élève A.D. » (« a » and « s » are words too)
        elif tok.initial and reading.dotted_initial(i) and not _CIVILITY.match(text, tok.start) and (
                _ROLE_BEFORE.search(text, max(0, tok.start - 30), tok.start) or
                _INITIALS_THEN_ROLE.match(text, tok.start)):
            other.add(i)  # « la bénévole J.P. », « M.-C. D., bénévole au CLAS »
        elif tok.initial and reading.sentence_start(i) and _initial_then_verb(reading, i):
            other.add(i)  # « A. a réintégré sa classe »
        elif mark is not None and reading.shouting and tok.word.isupper() and len(tok.folded) >= 3 and \
                tok.folded not in _NEVER_NAMES and (reading.person_before(i, with_words=False) or
                                                    reading.described_after(i, roles=False)):
            first.add(i)  # in capitals: « SA FILLE VICTOIRE, 8 ANS »
        elif tok.folded in common:
            if mark is not None and tok.capitalised and tok.folded not in _NEVER_NAMES and (
                    reading.person_before(i, with_words=False) or reading.described_after(i) or
                    reading.verb_after(i) and not (i and reading.word_after(i) and
                                                   tokens[i - 1].folded in _ARTICLES | _PLACE_PREPOSITIONS)):
                first.add(i)  # « Avril, en CE2 », « Noël, en 3e »: a word of the field, a child's name here
        elif mark is not None and i > 1 and reading.word_after(i) and tokens[i - 1].folded in _FAMILY \
                and tokens[i - 2].folded in _ARTICLES and reading.name_like(i):
            other.add(i)  # « la famille Benali »: a surname, whatever the list says
        elif mark == "" and len(tok.folded) >= 3 and (tok.capitalised or len(tok.word) >= 4 or
                                                     reading.person_before(i) or reading.described_after(i)):
            first.add(i)
        elif mark is None and reading.name_like(i) and i and reading.word_after(i) and tokens[i - 1].word == "les" \
                and not tok.word.isupper() and not tok.folded.endswith(("s", "x")) and not (
                i + 1 < len(tokens) and reading.joined(i + 1) and tokens[i + 1].capitalised):
            other.add(i)  # « l’histoire avec les Moreau »: a family, by its name
        elif mark is not None and tok.capitalised and len(tok.folded) >= 3 and _weak_name(reading, i, mark):
            first.add(i)
        elif mark is None and reading.name_like(i) and len(tok.word) >= 2 and not tok.initial and not (
                i and reading.word_after(i) and tokens[i - 1].folded in _ARTICLES - {"les"}) and (
                reading.person_before(i, with_words=False) and not (tok.word.isupper() and len(tok.word) < 4) or
                not tok.word.isupper() and (reading.described_after(i) or reading.verb_after(
                    i, auxiliary=not reading.sentence_start(i)) and (
                    not reading.sentence_start(i) or reading.tokens[i].folded not in common))):
            other.add(i)
        elif mark is not None and not tok.capitalised and not reading.shouting and len(tok.folded) >= 3 and \
                tok.folded not in _NEVER_NAMES | KIN and not (i and reading.word_after(i) and
                                                        tokens[i - 1].folded in _ARTICLES) and (reading.described_after(i, roles=False) or
                                                    _bare_role_after(reading, i) or
                                                    reading.person_before(i, with_words=False) and
                                                    tokens[i - 1].folded not in _FAMILY and not (
                                                        tokens[i - 1].folded in _ADJECTIVE_KIN and i > 1 and
                                                        tokens[i - 2].folded in _INDEFINITE) and
                                                    not (i + 1 < len(tokens) and reading.gap(i + 1) == "-")):
            first.add(i)  # quick notes in lower case: « olive (les jumelles…) », « jade, ddn : … »
        elif mark is None and not tok.capitalised and not reading.shouting and len(tok.word) >= 3 and \
                tok.word.isalpha() and reading.person_before(i, with_words=False) and \
                (_AGE_AFTER.match(text, tok.end) or _LEVEL_AFTER.match(text, tok.end)):
            other.add(i)  # « les jumelles marchetti, CE2 »: a relative before, a level after
        elif mark is None and not tok.capitalised and not reading.shouting and len(tok.word) >= 4 and \
                tok.word.isalpha() and i and reading.word_after(i) and tokens[i - 1].folded in _FAMILY and \
                not _ADJECTIVE.search(tok.folded) and _CLAUSE_END.match(text, tok.end):
            other.add(i)  # « famille rajendran, allée… »: a family's name, where an adjective would be
    _joined_by_and(reading, first)
    other |= _surname_before_first_name(reading, first)
    followed: set[int] = set()
    for i in sorted(first | other):  # what follows a name: its surname, its initial
        if i in followed:
            continue
        j = i + 1
        while j < len(tokens) and (reading.joined(j) or _compact_initial(reading, j)) and j not in first and (
                reading.name_like(j) or reading.dotted_initial(j) or _small_initial(reading, j) or
                _shouted_surname(reading, j) or _surname_described(reading, j) or
                tokens[j].folded in _PARTICLES and j + 1 < len(tokens) and reading.joined(j + 1) and
                reading.name_like(j + 1)):
            other.add(j)
            followed.add(j)
            if (reading.dotted_initial(j) or _small_initial(reading, j)) and not (
                    tokens[j].initial and reading.dotted_initial(j + 1) and reading.gap(j + 1) in (". ", ".\u00a0")):
                break  # « M.-C. D. »: the initials of a first name, then of a surname
            j += 1
    other |= _pairs(reading, first | other)
    other |= _initial_and_name(reading)
    civility = _after_civility(reading)  # « Mme Diallo »: a surname, whatever the list says
    first -= civility
    other |= civility
    for i in sorted(other):  # « Paris Kabongo, 6 ans »: a first name of the list right before a surname
        j = i - 1
        if j >= 0 and j not in first and j not in other and reading.joined(i) and tokens[j].capitalised and \
                reading.mark(j) is not None and tokens[j].folded not in _NEVER_NAMES and not (
                j and reading.word_after(j) and tokens[j - 1].folded in _ARTICLES | _PLACE_PREPOSITIONS):
            first.add(j)
    for i, tok in enumerate(tokens):  # « Mme Kabongo (Grace) »: a first name in brackets right after a name
        if i > 0 and i not in first and reading.gap(i).strip() == "(" and (i - 1) in first | other and \
                reading.mark(i) is not None and (tok.capitalised or reading.shouting) and \
                reading.text[tok.end:tok.end + 1] == ")":
            first.add(i)
    _same_name_again(reading, first, other)
    return [name for name in _spans(reading, sorted(first | other), first) if not _cited_author(text, name)]


def _cited_author(text: str, name: Name) -> bool:
    """The author of a work a text recommends (« Lecture conseillée : Philippe Meirieu, « Frankenstein
    pédagogue » »): a public figure cited as such, before the title or the year of a work, after words of reading."""
    return bool(_WORK_AFTER.match(text, name.end) and
                _READING_BEFORE.search(text, max(0, name.start - 60), name.start))


def _bare_role_after(reading: _Reading, i: int) -> bool:
    """« (amandine, animatrice) »: in brackets, a word then a role with no article, as who signs a note (« avec
    patience, médiatrice et enseignante… » is a word)."""
    role = _BARE_ROLE.match(reading.text, reading.tokens[i].end)
    return bool(role and fold(role.group(1)) in _APPOSED and reading.gap(i).rstrip().endswith("("))


def _initial_then_verb(reading: _Reading, i: int) -> bool:
    """An initial, its dot, then a verb of a person in lower case (the dot ends no sentence): « K. est venue »."""
    tokens, j = reading.tokens, i + 1
    if reading.shouting or j + 1 >= len(tokens) or reading.gap(j) not in (". ", ".\u00a0") or \
            not tokens[j].word.islower():
        return False
    if tokens[j].folded in _VERBS:
        return True
    return tokens[j].word in _AUXILIARIES and reading.word_after(j + 1) and (
        tokens[j + 1].folded in _PARTICIPLES or _PARTICIPLE.search(tokens[j + 1].word) is not None)


def _compact_initial(reading: _Reading, j: int) -> bool:
    """« A.D. », « M.-C. D. »: an initial right after an initial and its dot."""
    return 0 < j < len(reading.tokens) and reading.tokens[j - 1].initial and reading.tokens[j].initial and (
        reading.gap(j) in (".", ".-", "-") or reading.gap(j) == ". " and reading.dotted_initial(j))  # « M.-C. D. »


def _shouted_surname(reading: _Reading, j: int) -> bool:
    """In a text written in capitals, the word after a first name that is no ordinary word: « AÏSSATA DOUCOURÉ »."""
    tok = reading.tokens[j]
    return reading.shouting and tok.word.isupper() and len(tok.word) > 1 and tok.word.isalpha() and \
        tok.folded not in reading.common and tok.folded not in _VERBS | _PARTICIPLES and j not in reading.protected


def _surname_before_first_name(reading: _Reading, first: set[int]) -> set[int]:
    """« TRAORÉ Aminata », « KABONGO Grâce » (a list of people, surname first): a word in capitals that is no
    ordinary word nor place, right before a capitalised first name of the list — both are the person's name."""
    found: set[int] = set()
    tokens = reading.tokens
    if reading.shouting:
        return found
    for i in range(len(tokens) - 1):
        tok, after = tokens[i], tokens[i + 1]
        if not (tok.word.isupper() and len(tok.word) > 1 and tok.word.isalpha() and reading.joined(i + 1)):
            continue
        if tok.folded in reading.common or i in reading.protected or i + 1 in reading.protected:
            continue
        if after.capitalised and not after.word.isupper() and reading.mark(i + 1) is not None and \
                after.folded not in _NEVER_NAMES:
            found.add(i)
            first.add(i + 1)
    return found


def _small_initial(reading: _Reading, j: int) -> bool:
    """« samir b. »: a lower-case letter and a dot after a name."""
    tok = reading.tokens[j]
    return len(tok.word) == 1 and tok.word.islower() and reading.text[tok.end:tok.end + 1] == "."


def _same_name_again(reading: _Reading, first: set[int], other: set[int]) -> None:
    """A word the text has already shown to be someone's name is that name again wherever it is capitalised
    (« Claire, la maman de Noé […] Claire a l’impression »), or in lower case where the text wrote it so (« la mère
    de rose […] rose a 9 ans ») — not after an article or a « de » that no relative introduces (« les vacances de
    Noël »)."""
    tokens = reading.tokens
    names = {tokens[i].folded for i in first | other if not tokens[i].initial and len(tokens[i].word) > 2}
    typed = {tokens[i].folded for i in first | other if tokens[i].word.islower()}  # « la mère de rose […] rose a »
    for i, tok in enumerate(tokens):
        if i in first or i in other or tok.folded not in names or i in reading.protected:
            continue
        typed_again = tok.word.islower() and tok.folded in typed and tok.folded not in reading.common
        if not tok.capitalised and not typed_again:
            continue
        if i and reading.word_after(i) and (tokens[i - 1].folded in _ARTICLES or tokens[i - 1].folded in (
                "de", "d", "du") and not (i > 1 and reading._kin(i - 2))):
            continue
        (first if any(j in first and tokens[j].folded == tok.folded for j in first) else other).add(i)


def _compound_first_names(reading: _Reading) -> set[int]:
    """The words of a compound first name of the list (« Jean-Pierre », « Marie-Rose »), capitalised."""
    found: set[int] = set()
    tokens = reading.tokens
    for i in range(len(tokens) - 1):
        if not (tokens[i].capitalised or reading.shouting and tokens[i].word.isupper()) or i in reading.protected or \
                reading.gap(i + 1) != "-":
            continue  # « JEAN-MARC » in a text in capitals too
        for j in range(i + 1, min(i + 3, len(tokens))):
            if reading.gap(j) != "-" or j in reading.protected:
                break
            if fold(reading.text[tokens[i].start:tokens[j].end]) in reading.marks:
                found.update(range(i, j + 1))
    return found


def _weak_name(reading: _Reading, i: int, mark: str) -> bool:
    """A first name that is also a word or a commune counts only where the context says it is a person."""
    if mark == "lieu" and i and reading.word_after(i) and reading.tokens[i - 1].folded in _PLACE_PREPOSITIONS and \
            not reading.person_before(i):
        return False  # « le collège de Massy nous a sollicités », not « la mère de Nancy »
    if reading.person_before(i, with_words=mark == "mot") or reading.described_after(i) or \
            reading.verb_after(i, any_participle=True):
        return True
    if _surname_described(reading, i + 1):
        return True  # « Olivier Petit (référent famille) »
    if i + 1 < len(reading.tokens) and reading.joined(i + 1) and reading.name_like(i + 1) and \
            reading.mark(i + 1) != "mot" and not reading.tokens[i + 1].word.isupper():
        return not (i and reading.word_after(i) and reading.tokens[i - 1].folded in _ARTICLES)  # « Rose Benali »
    if mark == "lieu" and not reading.tokens[i].word.isupper() and reading.isolated_mid_sentence(i):
        before = reading.gap(i).strip()
        return not (before == "," or i and reading.word_after(i) and  # « Sarcelles, Anais », « à Anais »
                    reading.tokens[i - 1].folded in _PLACE_PREPOSITIONS)
    return mark == "mot" and not reading.tokens[i].word.isupper() and reading.isolated_mid_sentence(i)


def _surname_described(reading: _Reading, j: int) -> bool:
    """Token ``j`` is a capitalised word right after a name, then what describes a person (« Olivier Petit
    (référent famille) », « Rose Blanc, 8 ans »): a surname, even an ordinary word."""
    return 0 < j < len(reading.tokens) and reading.joined(j) and reading.tokens[j].capitalised and \
        j not in reading.protected and not reading.tokens[j].initial and reading.described_after(j)


def _joined_by_and(reading: _Reading, first: set[int]) -> None:
    """« Karim et Rose », « Rose et Karim »: a word the list knows, joined by « et » to a name, is a name too."""
    tokens = reading.tokens
    changed = True
    while changed:
        changed = False
        for i, tok in enumerate(tokens):
            if i in first or reading.mark(i) is None or i in reading.protected:
                continue
            if _between_names(reading, i, first):
                first.add(i)
                changed = True
                continue
            if tok.folded in reading.common:
                continue
            # a name in lower case only beside one in lower case (« prune et olive (les jumelles…) »)
            left = i >= 2 and tokens[i - 1].folded == "et" and reading.word_after(i) and (i - 2) in first and \
                (tok.capitalised or not tokens[i - 2].capitalised and len(tok.folded) >= 3)
            right = i + 2 < len(tokens) and tokens[i + 1].folded == "et" and reading.word_after(i + 1) and \
                (i + 2) in first and (tok.capitalised or not tokens[i + 2].capitalised and len(tok.folded) >= 3)
            if left or right:
                first.add(i)
                changed = True


def _between_names(reading: _Reading, i: int, first: set[int]) -> bool:
    """« ses trois enfants, Rose, Avril et Emmanuel »: a capitalised word of the list between two first names of an
    enumeration is one too, even a word of the field."""
    tokens = reading.tokens
    if not tokens[i].capitalised or reading.sentence_start(i) or not (i and reading.gap(i).strip() == ","):
        return tokens[i].capitalised and _heads_list(reading, i, first)
    if i - 1 not in first:
        return _heads_list(reading, i, first)
    return i + 1 < len(tokens) and (reading.gap(i + 1).strip() == "," and i + 1 in first or tokens[i + 1].folded == "et"
                                    and reading.word_after(i + 1) and i + 2 in first)


def _heads_list(reading: _Reading, i: int, first: set[int]) -> bool:
    """« Ange, Victoire et Soleil (CE2) »: a word of the list that opens an enumeration of first names (a comma,
    then two names joined by a comma or « et »), even a word of the field, even at the start of a sentence."""
    tokens = reading.tokens
    return i + 3 < len(tokens) and reading.gap(i + 1).strip() == "," and i + 1 in first and (
        tokens[i + 2].folded == "et" and reading.word_after(i + 2) and i + 3 in first or
        reading.gap(i + 2).strip() == "," and i + 2 in first)


def _pairs(reading: _Reading, flagged: set[int]) -> set[int]:
    """Two capitalised words side by side that are neither ordinary words nor places: « Durand Lefèvre »."""
    found: set[int] = set()
    tokens = reading.tokens
    for i in range(len(tokens) - 1):
        if i in flagged or not reading.joined(i + 1):
            continue
        if not (reading.name_like(i) and reading.name_like(i + 1)):
            continue
        if any(tokens[k].word.isupper() and len(tokens[k].word) > 1 for k in (i, i + 1)):
            continue  # acronyms: « CAF Val »
        if tokens[i].initial or tokens[i + 1].initial:
            continue
        if reading.mark(i) in ("mot", "lieu") and reading.mark(i + 1) in ("mot", "lieu", None) and \
                i and reading.word_after(i) and tokens[i - 1].folded in _ARTICLES:
            continue  # « la Rose Blanche »
        found.update((i, i + 1))
    return found


def _initial_and_name(reading: _Reading) -> set[int]:
    """« Y. Benali »: an initial, a dot and a capitalised word that is no ordinary word."""
    found: set[int] = set()
    tokens = reading.tokens
    for i in range(len(tokens) - 1):
        if not tokens[i].initial or reading.text[tokens[i].end:tokens[i + 1].start] not in (". ", ".\u00a0"):
            continue
        if i and reading.word_after(i) and tokens[i - 1].folded in PLACE_WORDS | _ABBREVIATIONS or \
                _CIVILITY.match(reading.text, tokens[i].start):
            continue  # « bât. C. », « M. Oukili »
        if reading.name_like(i + 1) and not tokens[i + 1].word.isupper():
            found.update((i, i + 1))
    return found


def _after_civility(reading: _Reading) -> set[int]:
    """The name after « Mme », « M. », « Monsieur »…: its capitalised words and particles, or an initial
    (« Mme K. », « M. et Mme D »), never across a comma (« Mme Benali, CM2 »), even when the name is a word
    (« M. Petit »); not a role (« Madame la Principale », « Madame Directrice »)."""
    found: set[int] = set()
    tokens = reading.tokens
    starts = {tok.start: i for i, tok in enumerate(tokens)}
    for match in _CIVILITY.finditer(reading.text):
        rest = len(reading.text) - len(reading.text[match.end():].lstrip())
        i = starts.get(rest)
        if i is None or tokens[i].folded in ("le", "la", "les", "l") and not tokens[i].capitalised:
            continue
        if reading.shouting and tokens[i].word.isupper() and len(tokens[i].word) > 1:
            if tokens[i].folded not in reading.common:
                found.add(i)  # « MME KONATÉ NE VEUT PLUS »: in capitals, only the word after the civility
            continue
        words: list[int] = []
        while i < len(tokens) and len(words) < 4:
            tok = tokens[i]
            if words and not (reading.joined(i) or reading.word_after(i) and reading.gap(i).strip() in ("'", "’")):
                break
            if any(c.isdigit() for c in tok.word):
                break
            if tok.initial and i + 1 < len(tokens) and reading.gap(i + 1) in ("'", "’") and \
                    tokens[i + 1].capitalised:
                words.append(i)  # « N’Diaye », « D’Souza »
            elif tok.capitalised and (len(tok.word) > 1 or reading.dotted_initial(i)):
                words.append(i)
                if tok.initial:
                    break
            elif tok.folded not in _PARTICLES:
                break
            i += 1
        if words and any(tokens[j].initial or tokens[j].folded not in _ROLES for j in words) and \
                not all(tokens[j].folded in _PARTICLES and not tokens[j].initial for j in words):
            found.update(range(words[0], words[-1] + 1))  # « Ferreira dos Santos »: its particles too
    for match in _TYPED_CIVILITY.finditer(reading.text):
        i = starts.get(len(reading.text) - len(reading.text[match.end():].lstrip()))
        if i is None or i in found:
            continue
        if i + 1 < len(tokens) and len(tokens[i].word) == 1 and reading.gap(i + 1) in ("'", "’"):
            found.update((i, i + 1))  # « mme n’guessan »
        elif tokens[i].word.isalpha() and len(tokens[i].word) >= 2 and tokens[i].folded not in reading.common and \
                tokens[i].folded not in _ROLES | _VERBS | _PARTICIPLES:
            found.add(i)  # « mme carvalho », « madame ROUX », « m. et mme Haddad »
            if _first_name_after(reading, i + 1):
                found.add(i + 1)  # « madame ROUX olive »: the surname first, then the first name
    return found


def _first_name_after(reading: _Reading, j: int) -> bool:
    """Right after a surname typed after a civility, a first name of the list that is no ordinary word."""
    return j < len(reading.tokens) and reading.joined(j) and reading.mark(j) is not None and \
        reading.tokens[j].folded not in reading.common | _VERBS | _PARTICIPLES | _NEVER_NAMES


def _spans(reading: _Reading, flagged: Iterable[int], first: set[int]) -> list[Name]:
    """Adjacent flagged words make one name (with the dot of an initial): first names only, or not."""
    text, tokens = reading.text, reading.tokens
    groups: list[list[int]] = []
    for i in flagged:
        if groups and groups[-1][-1] == i - 1 and (reading.joined(i) or reading.gap(i) in ("'", "’") or
                                                   tokens[i - 1].initial and reading.gap(i) in (". ", ".\u00a0", ".")):
            groups[-1].append(i)
        else:
            groups.append([i])
    names = []
    for group in groups:
        start, end = tokens[group[0]].start, tokens[group[-1]].end
        if tokens[group[-1]].initial and text[end:end + 1] == ".":
            end += 1
        hyphens = all(reading.gap(i) == "-" for i in group[1:])  # « Jean-Pierre »; « Inès Durand » is a surname too
        names.append(Name(start, end, hyphens and all(i in first for i in group)))
    return names
