"""The first names the privacy check knows (``data/prenoms/prenoms.txt``), derived from INSEE's *Fichier des
prénoms* as a copy carries it, repaired where it can be, and marked where a name is also a French word or a
commune (« Rose », « Pierre », « Nancy »: only context tells a person from a thing there); and the people
schools are named after (``data/prenoms/eponymes.txt``: « Jean Jaurès » in « CM2 à Jean Jaurès » is a school).

    python3 -m tools.prenoms PRENOMS_INSEE --mots LISTE_DE_MOTS [--out data/prenoms/prenoms.txt]
    python3 -m tools.prenoms --eponymes [--out data/prenoms/eponymes.txt]

``PRENOMS_INSEE``: one name a line, upper case (the copy of INSEE's 2021 file, names only). ``LISTE_DE_MOTS``:
French words, one a line (Hunspell's French dictionary expanded by ``unmunch``: what follows a ``/`` on a line is
ignored; words starting with a capital are names, not words, and elided forms such as « d'Jamel » are left out).
The communes come from ``data/opendata/communes-france-2024.csv``, the countries from libphonenumber.

What the copy gets wrong, and what is done about it (the README beside the list says it for people):

* every accented letter became U+FFFD (« AD�LE »): each one is restored (:func:`repair`): the letter is the one
  that gives a name the list also has without accent (« ADELE »), by French spelling rules when several or none
  do; its accent by the same rules (« Adèle », « Raphaël », « Aïcha », « François ») — a guess for a few, but
  the check compares names without accents, so only the letter matters to it;
* names are missing, most of them at the start of the alphabet (the copy's first line is « ABDELHAFED »:
  « AARON », « ABDALLAH », « ABDEL » are not there): the names of :data:`SUPPLEMENT` and of the former
  hand-made list (:data:`CURATED`) are added;
* names of one or two letters (« LE », « DE », « AN ») are left out: they cannot be told from words.

>>> repair("AD\\ufffdLE", {"ADELE", "ADILE"}), repair("FRAN\\ufffdOIS", set()), repair("RAPHA\\ufffdL", set())
('ADÈLE', 'FRANÇOIS', 'RAPHAËL')
>>> repair("CHLO\\ufffd", {"CHLOE"}), repair("A\\ufffdCHA", {"AICHA"}), repair("J\\ufffdR\\ufffdME", {"JEROME"})
('CHLOÉ', 'AÏCHA', 'JÉRÔME')
>>> proper("JEAN-PIERRE"), proper("N'DEYE")
('Jean-Pierre', "N'Deye")
"""

from __future__ import annotations

import argparse
import csv
import itertools
import re
from collections.abc import Iterable
from pathlib import Path

from graph.text import fold

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "prenoms" / "prenoms.txt"
COMMUNES = ROOT / "data" / "opendata" / "communes-france-2024.csv"
CURATED = ROOT / "data" / "prenoms" / "choisis.txt"
EPONYMS = ROOT / "data" / "prenoms" / "eponymes.txt"
# The State's lists of schools kept in the repository (Licence Ouverte): the collèges of France, the schools of
# the Val-de-Marne and of the Ille-et-Vilaine; and the schools of the demo.
SCHOOLS = (("tests/data/opendata/geolocalisation-colleges-france.csv", "patronyme_uai"),
           ("tests/data/opendata/annuaire-education-94-ecoles-publiques.csv", "Nom_etablissement"),
           ("tests/data/opendata/reel-35/fr-en-annuaire-education.csv", "Nom_etablissement"),
           ("data/demo/ecoles.csv", "nom"))
_SCHOOL_HEAD = re.compile(r"^(?:(?:ecole|école|groupe|scolaire|maternelle|elementaire|élémentaire|primaire|"
                          r"college|collège|lycee|lycée|prive|privé|privee|privée|publique?|fictive|d['’]application|"
                          r"polyvalent|professionnel|general|général|et|technologique|ee|em|ep|fictif)\s+)+",
                          re.IGNORECASE)
LOST = "\ufffd"
VOWELS = frozenset("AEIOUY")
# Names INSEE gives that the copy lacks, most of them sorted before its first line (« ABDELHAFED »).
SUPPLEMENT = ("Aaron", "Aamir", "Abbas", "Abdalla", "Abdallah", "Abdallahi", "Abdel", "Abdelah", "Abdelali",
              "Abdelatif", "Abdelaziz", "Abdelbaki", "Abdelfattah", "Abdelghani", "Abdelhadi")
HEADER = """\
# Prénoms donnés en France, pour repérer un prénom dans un texte libre (graph/names.py).
# Source : INSEE, Fichier des prénoms (édition 2021), Licence Ouverte / Etalab 2.0, d'après une copie qui n'en
# garde que les prénoms ; réparée et complétée par « python3 -m tools.prenoms » (voir README.md à côté).
# Une ligne par prénom ; après une tabulation, « mot » : c'est aussi un mot français (Rose, Pierre),
# « lieu » : c'est aussi le nom d'une commune ou d'un pays (Nancy, Italie) — il ne compte alors qu'avec un
# contexte de personne.
"""


EPONYMS_HEADER = """\
# Noms de personnes que portent des établissements scolaires (« Jean Jaurès », « Louise Michel ») : dans un texte,
# « en CM2 à Jean Jaurès » parle d'une école, pas d'une personne (graph/names.py). Tirés par
# « python3 -m tools.prenoms --eponymes » des listes de l'État gardées dans le dépôt (Licence Ouverte) : les
# collèges de France, les écoles du Val-de-Marne et de l'Ille-et-Vilaine, et les écoles de la démonstration.
"""


def _preferences(before: str, after: str) -> str:
    """The letters a lost accented letter most likely was, between ``before`` and ``after`` (``""``: the edge)."""
    if before == "N" and after[:1] in ("O", "A", "U"):
        return "CEIOAUYN"                      # FRANÇOIS, FRANÇOISE
    if before in ("A", "O", "U"):
        if after[:1] == "L" or not after or after[:1] == "T" and before == "A":
            return "EIOAUYCN"                  # RAPHAËL, NOËL, CHLOÉ, GAËTAN
        return "IEOAUYCN"                      # AÏCHA, LOÏC, ANAÏS
    return "EIOAUCYN"                          # ÉLODIE, ANDRÉ, HÉLÈNE; JÉRÔME only when JEROME exists


def _accented(letter: str, before: str, rest: str) -> str:
    """``letter`` with the accent French spelling gives it here (``rest``: the letters after it)."""
    if letter == "E":
        if before in ("A", "O", "U") and (rest or before != "O"):
            return "Ë"                                        # RAPHAËL, NOËL — but CHLOÉ, ZOÉ
        if re.fullmatch(r"[^AEIOUY]{1,2}ES?|S", rest):
            return "È"                                        # ADÈLE, HÉLÈNE, AGNÈS
        return "É"
    if letter == "I":
        return "Ï" if before in VOWELS and not rest.startswith("T") else "Î"  # AÏCHA; BENOÎT
    return {"O": "Ô", "A": "À", "U": "Ü" if before in VOWELS else "Û", "C": "Ç", "N": "Ñ", "Y": "Ÿ"}[letter]


def repair(name: str, plain: set[str]) -> str:
    """``name`` with each U+FFFD restored to the accented letter it most likely was (see the module)."""
    parts = name.split("-")
    if len(parts) > 1:
        return "-".join(repair(part, plain) for part in parts)
    lost = [i for i, char in enumerate(name) if char == LOST]
    if not lost:
        return name
    choices = [_preferences(name[i - 1] if i else "", name[i + 1:]) for i in lost]
    candidates = list(itertools.product(*choices)) if len(lost) <= 4 else [tuple(c[0] for c in choices)]

    def spelt(letters: tuple[str, ...]) -> str:
        chars = list(name)
        for i, letter in zip(lost, letters):
            chars[i] = letter
        return "".join(chars)

    letters = next((c for c in candidates if spelt(c) in plain), candidates[0])
    chars = list(spelt(letters))
    for i, letter in zip(lost, letters):
        chars[i] = _accented(letter, chars[i - 1] if i else "", "".join(chars[i + 1:]))
    return "".join(chars)


def proper(name: str) -> str:
    """« JEAN-PIERRE » → « Jean-Pierre »: a capital after each hyphen and apostrophe."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[:1].upper() + m.group()[1:].lower(), name)


def words_of(lines: Iterable[str]) -> set[str]:
    """The French words (folded) of a word list: lower-case entries, what follows « / » ignored."""
    found = set()
    for line in lines:
        word = line.split("/", 1)[0].strip()
        if word and word[0].islower() and not any(char.isdigit() or char in "'’" for char in word):
            found.add(fold(word))
    return found


def place_words(path: Path = COMMUNES) -> set[str]:
    """The communes of France and the countries of the world named by one word (folded): « Nancy », « Vienne »,
    « Italie », « Chine » (the countries' French names as libphonenumber carries them)."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    with path.open(encoding="utf-8") as handle:
        names = [row["nom_standard"] for row in csv.DictReader(handle, delimiter=";")]
    names += [languages["fr"] for languages in LOCALE_DATA.values() if "fr" in languages]
    return {fold(name) for name in names if re.fullmatch(r"[^\W\d_]+", name)}


def build(insee: Iterable[str], words: set[str], places: set[str], curated: Iterable[str]) -> list[str]:
    """The lines of the list: one name each, proper case, sorted by their folded form; a mark when it is
    also a word or a place."""
    raw = [line.strip() for line in insee if line.strip()]
    plain = {name for name in raw if LOST not in name}
    plain |= {part for name in plain for part in name.split("-")}
    chosen: dict[str, str] = {}
    # Spelt by hand first (their accents are sure), then the copy's names, repaired.
    for name in [*curated, *SUPPLEMENT, *map(proper, (repair(n, plain) for n in raw))]:
        key = fold(name)
        if len(key) < 3:
            continue
        kept = chosen.get(key)
        if kept is None or kept.isascii() and not name.isascii():
            chosen[key] = name
    lines = []
    for key, name in sorted(chosen.items()):
        mark = "mot" if key in words else "lieu" if key in places else ""
        lines.append(f"{name}\t{mark}" if mark else name)
    return lines


def eponyms(sources: Iterable[tuple[Path, str]]) -> list[str]:
    """The names of people that schools carry, of two words or more, upper case, without the school's kind
    (« Collège Jean Moulin » → « JEAN MOULIN »), once each."""
    found: dict[str, str] = {}
    for path, column in sources:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle, delimiter=";"):
                name = _SCHOOL_HEAD.sub("", " ".join((row.get(column) or "").split()))
                name = re.sub(r"^(?:de\s+la|de\s+l['’]|des|du|de|d['’]|la|le|les|l['’])\s*", "", name, flags=re.I)
                if len(re.findall(r"[^\W\d_]+", name)) >= 2:
                    found.setdefault(" ".join(re.findall(r"[^\W\d_]+", fold_words(name))), name.upper())
    return [found[key] for key in sorted(found)]


def fold_words(text: str) -> str:
    return " ".join(fold(word) for word in re.findall(r"[^\W\d_]+", text))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python3 -m tools.prenoms", description=__doc__.split("\n\n")[0])
    parser.add_argument("insee", type=Path, nargs="?")
    parser.add_argument("--mots", type=Path)
    parser.add_argument("--eponymes", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    if args.eponymes:
        lines = eponyms((ROOT / path, column) for path, column in SCHOOLS)
        out = args.out or EPONYMS
        out.write_text(EPONYMS_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} noms de personnes portés par des établissements → {out}")
        return
    if args.insee is None or args.mots is None:
        parser.error("PRENOMS_INSEE et --mots sont nécessaires (ou --eponymes)")
    args.out = args.out or OUT
    insee = args.insee.read_text(encoding="utf-8").splitlines()
    words = words_of(args.mots.read_text(encoding="utf-8").splitlines())
    curated = [line.strip() for line in CURATED.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")] if CURATED.exists() else []
    lines = build(insee, words, place_words(), curated)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    marks = [line.rsplit("\t", 1)[1] for line in lines if "\t" in line]
    print(f"{len(lines)} prénoms ({marks.count('mot')} aussi des mots, {marks.count('lieu')} aussi des communes ou des pays) "
          f"→ {args.out}")


if __name__ == "__main__":
    main()
