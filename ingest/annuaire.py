"""The *Annuaire de l'éducation* made into schools: lines merged, non-schools left out, levels
read from every column that says them, and each establishment's state (open, about to open,
closed) kept.

The rules, said here and in the README (« Les données ouvertes de l’État »):

**One establishment on several lines.** The export describes some establishments on several
lines — an annex on another site, the general and the vocational parts of one lycée — and
flags them (``multi_uai`` = 1 in current exports, ``etablissement_multi_lignes`` = 1 in
older ones). Only flagged lines are merged; two lines of one UAI without the flag stay an
error of the file. The establishment is described by its *main line*: a line that is not an
annex (« annexe » in its name), among those the one that teaches the most tracks (voies
générale, technologique, professionnelle; maternelle, élémentaire), the first of them on a
tie. Each field takes the main line's value, or, when it is empty there, the first value
given by another line; three fields combine all lines instead:

* the level: maternelle and élémentaire give primaire; lycée and lycée professionnel give
  lycée (a lycée polyvalent); collège and lycée (a cité scolaire under one UAI) give the
  lycée's level, the UAI being the lycée's;
* priority education: the strongest (REP+, then REP);
* the state: the most open (open, then about to open, then closed).

In the Ille-et-Vilaine export, 0352072M (a « Lycée professionnel » line and a « Lycée
polyvalent » line) becomes the Lycée polyvalent Institution Saint-Malo La Providence,
level lycée; 0350852L (the annex Collège Saint-Paul at Saint-Erblon, then the Collège
Saint-Joseph at Bruz) becomes the Collège Saint-Joseph at Bruz; 0350778F (the Lycée
Assomption in Rennes, then its annex at Retiers) the Lycée Assomption in Rennes. The
coordinates of each pair are those of the main site on both lines.

**Not schools.** Only écoles, collèges, lycées and EREA are schools (``Type_etablissement``);
the others (« Service Administratif », « Médico-social », « Information et orientation »,
« Autre », no type: inspection circonscriptions, services of the DSDEN, IME and ITEP, CIO,
maisons familiales rurales, schools of higher technical classes only) are left out and
counted by type in one sentence. A file without a type column (the geolocation dataset)
keeps the establishments whose nature gives a level.

**Levels.** ``libelle_nature`` first, then ``Type_etablissement``, the tracks and the
maternelle and élémentaire flags: a nature « COLLEGE … » is a collège; « LYCEE
PROFESSIONNEL », « SECTION D ENSEIGNEMENT PROFESSIONNEL » and the EREA (they prepare the
CAP) a lycée professionnel; any other lycée or lycée section a lycée (a « LYCEE
POLYVALENT » too), and a lycée whose nature says nothing is professional when its only
track is; an école with both flags is primaire, then maternelle or élémentaire.

**State.** ``etat`` (« OUVERT », « A OUVRIR », « A FERMER », « FERME ») and, when the export
has one, a closure date already past. An establishment closed or about to close is not
loaded when the graph does not have it, and is counted; when the graph has it, it is marked
closed (``etat`` = ``ferme``), never deleted: its partnerships keep pointing at it. An
establishment about to open is loaded and marked so. A school loaded from the directory
(it has a state) that a later *complete* export of its département no longer lists is
marked closed too. An export is complete for a département when it lists, there, écoles,
collèges and lycées, public and private, and establishments that are not schools — the
mark of an unfiltered export (an export of public écoles, or of collèges, says nothing
about the schools it leaves out). Schools the federation typed itself are never marked by
absence.

>>> level({"nature": "SECTION D ENSEIGNEMENT PROFESSIONNEL", "type": "Lycée"})
'lycee_pro'
>>> combined_level(["college", "lycee"]), combined_level(["maternelle", "elementaire"])
('lycee', 'primaire')
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from graph.i18n import catalogue, t
from graph.store import GraphStore
from graph.text import fold, words
from graph.vocabularies import PRIORITY, SCHOOL_STATE, SCHOOL_STATUS, Vocabulary
from ingest.report import WARNING, Report
from ingest.workbook import Row, Sheet

SCHOOL_TYPES = frozenset({"ecole", "college", "lycee", "erea"})  # folded Type_etablissement
TRACKS = ("generale", "technologique", "professionnelle", "maternelle", "elementaire")
OPENNESS = ("ouvert", "a_ouvrir", "ferme")  # most open first
STRENGTH = ("rep_plus", "rep")  # strongest first
# What an unfiltered export lists in a département: every kind of school, both sectors, and more.
COMPLETE = frozenset({"ecole", "college", "lycee", "public", "prive", "autre"})
SHOWN = 10  # UAIs named in a sentence, at most


@dataclass
class Line:
    """One line of the export, or the establishment its lines describe: field name → text."""

    number: int  # the row as the spreadsheet shows it (the main line's, for several)
    values: dict[str, str]
    numbers: tuple[int, ...] = ()  # every row of a merged establishment
    level: str = ""


def level(values: Mapping[str, str]) -> str:
    """The level of the establishment a line describes ("" when nothing says it).

    >>> level({"nature": "LYCEE POLYVALENT", "professionnelle": "1"})
    'lycee'
    >>> level({"type": "Lycée", "generale": "0", "technologique": "0", "professionnelle": "1"})
    'lycee_pro'
    """
    nature, kind = fold(values.get("nature", "")), fold(values.get("type", ""))
    if kind == "erea" or "enseignementadapte" in nature:
        return "lycee_pro"
    if "college" in nature or (kind == "college" and "lycee" not in nature):
        return "college"
    if "lycee" in nature or kind == "lycee":
        if "professionnel" in nature and "polyvalent" not in nature:
            return "lycee_pro"
        if any(word in nature for word in ("polyvalent", "general", "technolog")):
            return "lycee"
        only_vocational = values.get("professionnelle") == "1" and not any(
            values.get(track) == "1" for track in ("generale", "technologique"))
        return "lycee_pro" if only_vocational else "lycee"
    nursery, elementary = values.get("maternelle") == "1", values.get("elementaire") == "1"
    if nursery and elementary:
        return "primaire"
    if "maternelle" in nature or nursery:
        return "maternelle"
    if "elementaire" in nature or "primaire" in nature or elementary:
        return "elementaire"
    return ""


def combined_level(levels: Iterable[str]) -> str:
    """The level of an establishment whose lines have ``levels``."""
    found = set(levels) - {""}
    if len(found) <= 1:
        return found.pop() if found else ""
    lycees = found & {"lycee", "lycee_pro"}
    if lycees:
        return "lycee_pro" if lycees == {"lycee_pro"} else "lycee"
    return "college" if "college" in found else "primaire"


def _flagged(value: str) -> bool:
    return fold(value) in {"1", "oui", "vrai", "true"}


def _main(lines: list[Line]) -> Line:
    def rank(index: int) -> tuple[bool, int, int]:
        values = lines[index].values
        annex = "annexe" in words(values.get("nom", "")).split()
        return annex, -sum(values.get(track) == "1" for track in TRACKS), index

    return lines[min(range(len(lines)), key=rank)]


def _first_by(order: tuple[str, ...], vocabulary: Vocabulary, texts: list[str]) -> str:
    """Of ``texts``, the first in ``order`` of their codes (``texts[0]`` when none has a known code)."""
    codes = {text: vocabulary.code_for(text) for text in texts}
    ranked = sorted(texts, key=lambda text: order.index(codes[text]) if codes[text] in order else len(order))
    return ranked[0] if ranked else ""


def _merge(lines: list[Line]) -> Line:
    main = _main(lines)
    values: dict[str, str] = {}
    for line in [main, *lines]:
        for name, value in line.values.items():
            if value and not values.get(name):
                values[name] = value
    for name, order, vocabulary in (("education_prioritaire", STRENGTH, PRIORITY), ("etat", OPENNESS, SCHOOL_STATE)):
        texts = [line.values[name] for line in lines if line.values.get(name)]
        if texts:
            values[name] = _first_by(order, vocabulary, texts)
    return Line(main.number, values, tuple(line.number for line in lines),
                combined_level(level(line.values) for line in lines))


def establishments(lines: Iterable[Line], merge: bool) -> tuple[list[Line], list[Line]]:
    """Every establishment of ``lines``, in file order, and those merged from several lines.

    With ``merge`` (the file has the multi-line flag), lines of one UAI flagged as one
    establishment on several lines are merged; other lines are kept as they are.
    """
    found: list[Line] = []
    groups: dict[str, list[Line]] = {}
    for line in lines:
        uai = line.values.get("uai", "")
        if merge and uai and _flagged(line.values.get("multi_lignes", "")):
            if uai in groups:
                groups[uai].append(line)
                continue
            groups[uai] = [line]
        found.append(line)
    merged = []
    for index, line in enumerate(found):
        group = groups.get(line.values.get("uai", ""))
        if group is not None and group[0] is line:
            if len(group) > 1:
                found[index] = _merge(group)
                merged.append(found[index])
            else:
                line.level = level(line.values)
        else:
            line.level = level(line.values)
    return found, merged


def is_school(line: Line, has_type: bool, has_nature: bool) -> bool:
    """Whether the establishment of ``line`` is a school (see the module's rules)."""
    if has_type:
        return fold(line.values.get("type", "")) in SCHOOL_TYPES
    return bool(line.level) or not has_nature


_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_FRENCH_DATE = re.compile(r"(\d{2})/(\d{2})/(\d{4})")


def _date(text: str) -> dt.date | None:
    if found := _ISO_DATE.match(text.strip()):
        year, month, day = found.groups()
    elif found := _FRENCH_DATE.match(text.strip()):
        day, month, year = found.groups()
    else:
        return None
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def state(values: Mapping[str, str], today: dt.date) -> str | None:
    """The state code of an establishment: "" when the file says nothing, None for a value it
    does not know. A closure date already past closes it, whatever ``etat`` says.

    >>> today = dt.date(2025, 1, 1)
    >>> state({"etat": "A FERMER"}, today), state({"etat": "OUVERT", "fermeture": "2024-07-05"}, today)
    ('ferme', 'ferme')
    """
    closing = _date(values.get("fermeture", ""))
    if closing is not None and closing <= today:
        return "ferme"
    text = values.get("etat", "")
    return SCHOOL_STATE.code_for(text) if text else ""


def kind_mark(line: Line, school: bool) -> set[str]:
    """What ``line`` shows of the export's coverage: its kind of school (or « autre ») and its sector."""
    marks = {fold(line.values.get("type", "")) if school else "autre"}
    status = SCHOOL_STATUS.code_for(line.values.get("statut", ""))
    return marks | ({status} if status else set())


# --- what the files of one load say, and the sentences of the report ------------------------------


Where = tuple[str, "str | None", "str | None"]  # file, sheet, column


@dataclass
class Seen:
    """What the establishment files of one load say, all files together."""

    listed: set[str] = field(default_factory=set)  # every UAI in scope, school or not, open or closed
    closed: dict[str, Where] = field(default_factory=dict)  # UAI → the first file that says it closed
    opening: dict[str, Where] = field(default_factory=dict)  # UAI → the last file that says it about to open
    not_schools: dict[str, Where] = field(default_factory=dict)  # UAI → the file that says it is not a school
    # (file, département) → what the file lists there: kinds of schools, sectors, « autre »
    coverage: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))

    def complete(self) -> dict[str, str]:
        """The départements some file of the load lists completely, and that file."""
        return {departement: file for (file, departement), marks in sorted(self.coverage.items())
                if COMPLETE <= marks}


def shown(keys: Iterable[str]) -> str:
    """Keys for a sentence: the first few, « … » after them when there are more."""
    keys = list(keys)
    return ", ".join(keys[:SHOWN]) + (" …" if len(keys) > SHOWN else "")


def listed(parts: list[str]) -> str:
    """« a, b et c ».

    >>> listed(["139"]), listed(["139", "940"]), listed(["1", "2", "3"])
    ('139', '139 et 940', '1, 2 et 3')
    """
    return parts[0] if len(parts) == 1 else t("annuaire.and", head=", ".join(parts[:-1]), last=parts[-1])


def not_schools_sentence(counts: Counter[tuple[str, str]]) -> str:
    """One sentence for the establishments left out because they are not schools, by type.

    ``counts`` counts (column, value) pairs, the column being « type » or « nature ».

    >>> print(not_schools_sentence(Counter({("type", "Service Administratif"): 1, ("type", "Médico-social"): 2})))
    ... # doctest: +NORMALIZE_WHITESPACE
    3 établissements ne sont ni des écoles, ni des collèges, ni des lycées, et n’ont pas été chargés :
    2 établissements médico-sociaux et 1 service administratif.
    """
    parts = []
    for (column, value), count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        named = f"annuaire.not_school.{fold(value) or 'sans_type'}"
        if (column == "type" or not value) and f"{named}.one" in catalogue():
            parts.append(t(named, count=count))
        else:
            parts.append(t(f"annuaire.not_school.{column}", count=count, value=value))
    return t("annuaire.not_schools", count=sum(counts.values()), details=listed(parts))


def apply_states(store: GraphStore, sheet: Sheet, seen: Seen, report: Report,
                 departement_of: Callable[[str], str]) -> None:
    """The closed establishments of ``sheet``: left out when the graph does not have them,
    marked closed when it does; schools of the graph that a complete export no longer lists,
    marked closed. Every case is counted in the report, and so are the establishments of the
    graph that the files say are not schools (left as they are)."""
    key = sheet.kind.key
    closed = [row for row in sheet.rows if row.values[key] in seen.closed]
    known = store.existing("Ecole", {row.values[key] for row in closed}) if closed else set()
    left_out = [row for row in closed if row.values[key] not in known]
    kept = [row for row in closed if row.values[key] in known]
    for row in kept:
        row.values["etat"] = "ferme"
    if left_out:
        dropped = {id(row) for row in left_out}
        sheet.rows = [row for row in sheet.rows if id(row) not in dropped]
    before = {str(node[key]): node.get("etat") for node in store.nodes("Ecole")} if kept or seen.complete() else {}
    said = [(row.values[key], seen.closed[row.values[key]]) for row in left_out]
    _tell(report, said, "annuaire.closed_left_out", "ferme")
    said = [(row.values[key], seen.closed[row.values[key]]) for row in kept if before.get(row.values[key]) != "ferme"]
    _tell(report, said, "annuaire.closed_marked", "ferme")
    said = [(row.values[key], seen.opening[row.values[key]]) for row in sheet.rows
            if row.values.get("etat") == "a_ouvrir" and row.values[key] in seen.opening]
    _tell(report, said, "annuaire.opening", "a_ouvrir")
    # Loaded as schools by earlier versions of Passerelles, which read every line as a school.
    stale = store.existing("Ecole", seen.not_schools) if seen.not_schools else set()
    _tell(report, [(uai, seen.not_schools[uai]) for uai in sorted(stale)], "annuaire.not_schools_in_graph", "ouvert")
    complete = seen.complete()
    if not complete:
        return
    places = {row.source_key: row.target_key for row in store.links("SITUE_DANS", "Ecole")}
    gone: dict[str, list[str]] = defaultdict(list)
    for uai, was in sorted(before.items()):
        departement = departement_of(places[uai]) if uai in places else ""
        # Only schools the directory brought (they have a state): never those the federation typed itself.
        if departement in complete and uai not in seen.listed and was in ("ouvert", "a_ouvrir"):
            gone[departement].append(uai)
    for departement, uais in sorted(gone.items()):
        sheet.rows += [Row(0, {key: uai, "etat": "ferme"}) for uai in uais]  # row 0: no line, it is absent
        report.add(WARNING, complete[departement], None, None, None, "",
                   t("annuaire.absent_marked", count=len(uais), departement=departement, uais=shown(uais),
                     label=SCHOOL_STATE.label("ferme")))


def _tell(report: Report, said: list[tuple[str, Where]], message: str, state: str) -> None:
    """One sentence per file for the UAIs it ``said`` something of."""
    by_file: dict[Where, list[str]] = defaultdict(list)
    for uai, where in said:
        by_file[where].append(uai)
    for (file, sheet_name, column), uais in by_file.items():
        report.add(WARNING, file, sheet_name, None, column, "",
                   t(message, count=len(uais), uais=shown(uais), label=SCHOOL_STATE.label(state)))
