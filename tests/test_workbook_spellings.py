"""The workbook as people write it: the header under title rows, headers in their own words, the lists'
labels as DOMAIN.md says them, networks by name, roles as written, dates as precise as given, every bad
value of a cell, and suggestions that never say the opposite of what was typed."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from bench import suggestions as bench
from booklet.typography import french_month
from graph import resemblance
from graph import vocabularies as voc
from graph.resemblance import suggest_term
from graph.schema import KINDS
from ingest.columns import recogniser
from ingest.workbook import load_workbook
from queries.contributions import french_month as french_month_of_forms
from queries.explorer import Filters, partnership_graph

BASE = {
    "communes": [["code_insee", "nom", "code_departement"], ["95018", "Argenteuil", "95"], ["95063", "Bezons", "95"]],
    "departements": [["code_departement", "nom"], ["95", "Val-d'Oise"]],
    "centres": [["id_centre", "nom", "type", "code_commune"],
                ["CS95-001", "Centre social fictif des Tilleuls", "centre social", "95018"]],
    "ecoles": [["uai", "nom", "niveau", "code_commune"],
               ["0959001T", "École élémentaire fictive des Coquelicots", "élémentaire", "95018"],
               ["0959002U", "École maternelle fictive des Lilas", "maternelle", "95063"]],
}


def sheets(**changed: list[list[object]]) -> dict[str, list[list[object]]]:
    return {**BASE, **changed}


def write_xlsx(path: Path, tables: dict[str, list[list[object]]], titles: dict[str, int] | None = None) -> Path:
    """Each sheet as given; ``titles`` puts a merged title row, a note and a blank row above a sheet's header."""
    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["Classeur de la fédération — ne pas modifier les codes"])
    for name, rows in tables.items():
        sheet = book.create_sheet(name)
        if titles and name in titles:
            sheet.append([f"Fédération des centres sociaux du Val-d’Oise — {name}"])
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=titles[name])
            sheet.append(["Mise à jour le 12/03/2019"])
            sheet.append([])
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def write_csv(folder: Path, tables: dict[str, list[list[object]]], titles: tuple[str, ...] = ()) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        with (folder / f"{name}.csv").open("w", encoding="cp1252", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            if name in titles:
                writer.writerows([[f"Fédération — {name}", "", ""], ["", "", ""]])
            writer.writerows(rows)
    return folder


PARTNERSHIPS = [
    ["Id partenariat", "Id centre", "UAI", "Forme du partenariat", "Qualité du lien", "Depuis", "Remarques"],
    ["PA-1", "CS95-001", "0959001T", "Convention", "solide", "2015", "à reconduire"],
    ["PA-2", "CS95-001", "0959002U", "Convension", "exemplère", "09/2016", ""],
]


# --- the header row ---------------------------------------------------------------------------------------------


def test_the_header_is_found_under_a_merged_title_and_every_row_error_is_still_reported(store, tmp_path):
    result = load_workbook(store, write_xlsx(tmp_path / "classeur.xlsx", sheets(partenariats=PARTNERSHIPS),
                                             titles={"partenariats": 7}))
    found = {(p.sheet, p.row, p.column): p for p in result.report.blocking}
    # Header on row 4 (title, note, blank row above): PA-2 is on row 6, and both its errors are reported.
    assert set(found) == {("partenariats", 6, "D (Forme du partenariat)"), ("partenariats", 6, "E (Qualité du lien)")}
    assert "voulez-vous dire « Convention »" in found[("partenariats", 6, "D (Forme du partenariat)")].message
    assert "voulez-vous dire « Exemplaire »" in found[("partenariats", 6, "E (Qualité du lien)")].message
    assert [(p.row, p.column) for p in result.report.warnings if p.sheet == "partenariats"] == [(4, "G (Remarques)")]


def test_the_header_is_found_under_title_lines_in_a_csv_saved_by_excel(store, tmp_path):
    good = [PARTNERSHIPS[0], PARTNERSHIPS[1]]
    result = load_workbook(store, write_csv(tmp_path / "csv", sheets(partenariats=good), titles=("partenariats",)))
    assert not result.report.has_blocking, result.report.lines()
    partnership = store.get("Partenariat", "PA-1")
    assert (partnership["forme"], partnership["qualite"], partnership["depuis"]) == ("convention", "solide", "2015")


def test_a_sheet_whose_header_cannot_be_found_says_what_it_expected(store, tmp_path):
    headless = [["Partenariats 2019"], ["PA-1", "CS95-001", "0959001T", "Convention"]]
    result = load_workbook(store, write_xlsx(tmp_path / "classeur.xlsx", sheets(partenariats=headless)))
    [problem] = result.report.blocking
    assert problem.sheet == "partenariats" and "Ligne d’en-tête introuvable" in problem.message
    assert "id_partenariat, forme" in problem.message and "partenariats" in problem.message
    assert store.is_empty()


def test_a_sheet_whose_name_resembles_a_kind_blocks_and_a_notes_sheet_is_a_note(store, tmp_path):
    named = {**sheets(), "Partenariats 2019": [PARTNERSHIPS[0], PARTNERSHIPS[1]], "Contacts": [["nom", "téléphone"]]}
    result = load_workbook(store, write_xlsx(tmp_path / "classeur.xlsx", named))
    [problem] = result.report.blocking
    assert problem.sheet == "Partenariats 2019" and "voulez-vous dire « partenariats »" in problem.message
    assert {p.sheet for p in result.report.warnings} >= {"Notes", "Contacts"}
    assert store.is_empty()


# --- headers in people's words ------------------------------------------------------------------------------------

# DOMAIN.md's table (« The federation's workbook ») and headers as people write them.
HEADERS = [
    ("Centre", h, c) for h, c in [
        ("id_centre", "id_centre"), ("nom", "nom"), ("type", "type"), ("code_commune", "code_commune"),
        ("adresse", "adresse"), ("latitude", "latitude"), ("longitude", "longitude"), ("qpv", "qpv"),
        ("activites", "activites"), ("adherent", "adherent"), ("Id centre", "id_centre"), ("Nom du centre", "nom"),
        ("Code commune", "code_commune"), ("Type de structure", "type"), ("Adresse du centre", "adresse"),
        ("Adhérent", "adherent"), ("Activités du centre", "activites"), ("QPV desservis", "qpv"),
        ("Code INSEE", "code_commune"), ("Nom du centre social", "nom")]
] + [
    ("Ecole", h, c) for h, c in [
        ("uai", "uai"), ("nom", "nom"), ("niveau", "niveau"), ("statut", "statut"), ("code_commune", "code_commune"),
        ("education_prioritaire", "education_prioritaire"), ("reseau", "reseau"), ("Nom de l’école", "nom"),
        ("Nom de l'établissement", "nom"), ("UAI de l’école", "uai"), ("Niveau scolaire", "niveau"),
        ("Éducation prioritaire (REP, REP+)", "education_prioritaire"), ("Réseau", "reseau")]
] + [
    ("Partenariat", h, c) for h, c in [
        ("id_partenariat", "id_partenariat"), ("id_centre", "id_centre"), ("uai", "uai"), ("forme", "forme"),
        ("frequence", "frequence"), ("objets", "objets"), ("qualite", "qualite"), ("depuis", "depuis"),
        ("interlocuteurs (roles)", "interlocuteurs"), ("Qualité du lien", "qualite"),
        ("Forme du partenariat", "forme"), ("Établissement", "uai"), ("Centre", "id_centre"),
        ("Objets du partenariat", "objets"), ("Date de début", "depuis"),
        ("Interlocuteurs (rôles, jamais de noms)", "interlocuteurs"), ("École partenaire", "uai")]
] + [
    ("Pratique", h, c) for h, c in [
        ("id_pratique", "id_pratique"), ("titre", "titre"), ("description", "description"),
        ("id_centre", "id_centre"), ("uai", "uai"), ("themes", "themes"), ("public", "public"),
        ("favorise", "favorise"), ("fait_marcher", "fait_marcher"), ("ressources", "ressources"),
        ("opportunites", "opportunites"), ("outils", "outils"), ("obstacles", "obstacles"),
        ("resultat", "resultat"), ("preuves", "preuves"), ("debut", "debut"), ("fin", "fin"),
        ("rencontre", "rencontre"), ("statut", "statut"), ("Titre de la pratique", "titre"),
        ("Fait_marcher", "fait_marcher"), ("Opportunités", "opportunites"), ("Date de fin", "fin")]
] + [
    ("Situation", h, c) for h, c in [
        ("id_situation", "id_situation"), ("id_centre", "id_centre"), ("uai (optional)", "uai"),
        ("date (month)", "date"), ("nature", "nature"), ("sollicite_par", "sollicite_par"), ("posture", "posture"),
        ("actions", "actions"), ("issue", "issue"), ("enseignements", "enseignements"), ("recit", "recit"),
        ("Sollicité par", "sollicite_par"), ("Récit", "recit"), ("Nature du conflit", "nature"),
        ("Date de la situation", "date")]
] + [
    ("Rencontre", h, c) for h, c in [
        ("id_rencontre", "id_rencontre"), ("date", "date"), ("lieu", "lieu"), ("code_commune", "code_commune"),
        ("theme", "theme"), ("participants (id_centre)", "participants"), ("questions", "questions"),
        ("Date de la rencontre", "date"), ("Id rencontre", "id_rencontre"), ("Lieu de la rencontre", "lieu")]
] + [
    ("Question", h, c) for h, c in [
        ("id_question", "id_question"), ("texte", "texte"), ("posee_par (id_centre)", "posee_par"),
        ("rencontre", "rencontre"), ("themes", "themes"), ("reponses (id_pratique)", "reponses"),
        ("Posée par", "posee_par"), ("Réponses", "reponses"), ("Texte de la question", "texte")]
]


@pytest.mark.parametrize(("label", "header", "column"), HEADERS)
def test_headers_are_read_as_people_write_them(label, header, column):
    found = recogniser(KINDS[label]).match(header)
    assert found is not None and found.name == column


@pytest.mark.parametrize(("label", "header", "column"), [
    ("Partenariat", "Qualitée du lien", "qualite"), ("Partenariat", "Fréquance", "frequence"),
    ("Centre", "Adrese", "adresse"), ("Pratique", "Oportunités", "opportunites"),
    ("Partenariat", "Frequence des rencontres", "frequence"), ("Ecole", "Réseau REP", "reseau"),
    ("Partenariat", "Fréquence des échanges", "frequence"), ("Centre", "Adresse postale", "adresse"),
])
def test_a_misspelt_header_is_not_taken_but_resembles_its_column(label, header, column):
    found = recogniser(KINDS[label])
    assert found.match(header) is None and found.resembling(header).name == column


def test_a_column_resembling_a_template_column_blocks_and_an_unrelated_one_is_a_note(store, tmp_path):
    header = ["id_partenariat", "id_centre", "uai", "forme", "Qualitée du lien", "Remarques", "Nom de l’école"]
    rows = [header, ["PA-1", "CS95-001", "0959001T", "Convention", "solide", "", "Coquelicots"],
            ["PA-2", "CS95-099", "0959002U", "Convention", "fragile", "", "Lilas"]]
    result = load_workbook(store, write_xlsx(tmp_path / "classeur.xlsx", sheets(partenariats=rows)))
    blocking = {(p.row, p.column): p for p in result.report.blocking}
    assert "voulez-vous dire « qualite »" in blocking[(1, "E (Qualitée du lien)")].message
    assert (3, "B (id_centre)") in blocking  # the sheet's other errors are reported in the same pass
    assert {p.column for p in result.report.warnings if p.sheet == "partenariats"} == {"F (Remarques)",
                                                                                         "G (Nom de l’école)"}
    assert store.is_empty()


def test_of_two_headers_naming_one_column_the_plainer_is_taken_and_the_other_is_a_note(store, tmp_path):
    centres = [["id_centre", "nom", "type", "Code commune", "Commune"],
               ["CS95-001", "Centre social fictif des Tilleuls", "centre social", "95018", "Argenteuil"]]
    result = load_workbook(store, write_xlsx(tmp_path / "a.xlsx", sheets(centres=centres)))
    assert not result.report.has_blocking, result.report.lines()
    [note] = [p for p in result.report.warnings if p.sheet == "centres"]
    assert note.column == "E (Commune)" and "D (Code commune)" in note.message
    twice = [["id_centre", "nom", "type", "code_commune", "code_commune"],
             ["CS95-001", "Tilleuls", "EVS", "95018", "95063"]]
    result = load_workbook(store, write_xlsx(tmp_path / "b.xlsx", sheets(centres=twice)))
    assert [p.column for p in result.report.blocking] == ["E (code_commune)"]


# --- the lists' labels, as DOMAIN.md says them ------------------------------------------------------------------

DOMAIN_LABELS = [
    (voc.CENTRE_TYPE, "centre social", "centre_social"), (voc.CENTRE_TYPE, "espace de vie sociale", "evs"),
    (voc.CENTRE_TYPE, "EVS", "evs"),
    (voc.ACTIVITY, "CLAS", "clas"), (voc.ACTIVITY, "accompagnement à la scolarité", "clas"),
    (voc.ACTIVITY, "ALSH", "alsh"), (voc.ACTIVITY, "parentalité", "parentalite"),
    (voc.ACTIVITY, "ateliers sociolinguistiques", "asl"), (voc.ACTIVITY, "ateliers de langue", "asl"),
    (voc.ACTIVITY, "aide numérique", "numerique"), (voc.ACTIVITY, "fêtes de quartier", "fetes"),
    (voc.SCHOOL_LEVEL, "maternelle", "maternelle"), (voc.SCHOOL_LEVEL, "élémentaire", "elementaire"),
    (voc.SCHOOL_LEVEL, "primaire", "primaire"), (voc.SCHOOL_LEVEL, "collège", "college"),
    (voc.SCHOOL_LEVEL, "lycée", "lycee"), (voc.SCHOOL_LEVEL, "lycée pro", "lycee_pro"),
    (voc.SCHOOL_STATUS, "public", "public"), (voc.SCHOOL_STATUS, "privé", "prive"),
    (voc.PRIORITY, "REP", "rep"), (voc.PRIORITY, "REP+", "rep_plus"), (voc.PRIORITY, "rep+", "rep_plus"),
    (voc.PARTNERSHIP_FORM, "convention", "convention"), (voc.PARTNERSHIP_FORM, "projet commun", "projet_commun"),
    (voc.PARTNERSHIP_FORM, "action ponctuelle", "action_ponctuelle"),
    (voc.PARTNERSHIP_FORM, "présence régulière dans l’école", "presence_ecole"),
    (voc.PARTNERSHIP_FORM, "accueil de l'école au centre", "accueil_centre"),
    (voc.PARTNERSHIP_FORM, "école accueillie au centre", "accueil_centre"),
    (voc.PARTNERSHIP_FORM, "instance partagée", "instance_partagee"),
    (voc.PARTNERSHIP_FORM, "Instance partagée (conseil d'école, PRE)", "instance_partagee"),
    (voc.PARTNERSHIP_FORM, "conseil d’école", "instance_partagee"), (voc.PARTNERSHIP_FORM, "PRE", "instance_partagee"),
    (voc.PARTNERSHIP_FORM, "échanges informels", "echanges_informels"),
    (voc.FREQUENCY, "ponctuel", "ponctuelle"), (voc.FREQUENCY, "trimestriel", "trimestrielle"),
    (voc.FREQUENCY, "mensuel", "mensuelle"), (voc.FREQUENCY, "hebdomadaire", "hebdomadaire"),
    (voc.FREQUENCY, "continu", "continue"),
    (voc.PARTNERSHIP_OBJECT, "accompagnement à la scolarité", "accompagnement_scolaire"),
    (voc.PARTNERSHIP_OBJECT, "aide aux devoirs", "accompagnement_scolaire"),
    (voc.PARTNERSHIP_OBJECT, "parentalité", "parentalite"),
    (voc.PARTNERSHIP_OBJECT, "lien famille-école", "lien_familles_ecole"),
    (voc.PARTNERSHIP_OBJECT, "temps périscolaire", "periscolaire"),
    (voc.PARTNERSHIP_OBJECT, "accueil des parents non francophones", "parents_allophones"),
    (voc.PARTNERSHIP_OBJECT, "numérique", "numerique"), (voc.PARTNERSHIP_OBJECT, "santé", "sante"),
    (voc.PARTNERSHIP_OBJECT, "culture", "culture"), (voc.PARTNERSHIP_OBJECT, "prévention du décrochage", "decrochage"),
    (voc.PARTNERSHIP_OBJECT, "citoyenneté", "citoyennete"),
    (voc.QUALITY, "fragile", "fragile"), (voc.QUALITY, "à construire", "a_construire"),
    (voc.QUALITY, "A construire", "a_construire"), (voc.QUALITY, "solide", "solide"),
    (voc.QUALITY, "exemplaire", "exemplaire"),
    (voc.THEME, "conflits parents-école", "conflits"),
    (voc.THEME, "accompagnement à la scolarité", "accompagnement_scolaire"),
    (voc.PUBLIC, "collégiens", "collegiens"), (voc.PUBLIC, "lycéens", "lyceens"), (voc.PUBLIC, "parents", "parents"),
    (voc.PUBLIC, "enfants", "enfants"), (voc.PUBLIC, "familles", "familles"),
    (voc.PRACTICE_OUTCOME, "a marché", "a_marche"), (voc.PRACTICE_OUTCOME, "en partie", "en_partie"),
    (voc.PRACTICE_OUTCOME, "n'a pas fonctionné", "n_a_pas_marche"),
    (voc.PRACTICE_OUTCOME, "n’a pas marché", "n_a_pas_marche"), (voc.PRACTICE_OUTCOME, "en cours", "en_cours"),
    (voc.CONFLICT_NATURE, "sanction", "sanction"), (voc.CONFLICT_NATURE, "harcèlement", "harcelement"),
    (voc.CONFLICT_NATURE, "orientation", "orientation"), (voc.CONFLICT_NATURE, "absentéisme", "absenteisme"),
    (voc.CONFLICT_NATURE, "rupture de communication", "rupture_communication"),
    (voc.SOLICITED_BY, "parent", "parent"), (voc.SOLICITED_BY, "école", "ecole"),
    (voc.SOLICITED_BY, "les deux", "les_deux"),
    (voc.STANCE, "médiation", "mediation"), (voc.STANCE, "médiation en présence des deux parties", "mediation"),
    (voc.STANCE, "tiers lieu neutre", "tiers_neutre"), (voc.STANCE, "lieu tiers neutre", "tiers_neutre"),
    (voc.STANCE, "écoute et orientation", "ecoute_orientation"),
    (voc.STANCE, "accompagnement du parent", "accompagnement_parent"),
    (voc.STANCE, "soutien à l'école", "soutien_ecole"), (voc.STANCE, "refus d’intervenir", "refus"),
    (voc.CONFLICT_OUTCOME, "apaisée", "apaisee"), (voc.CONFLICT_OUTCOME, "en partie", "en_partie"),
    (voc.CONFLICT_OUTCOME, "non résolue", "non_resolue"), (voc.CONFLICT_OUTCOME, "en cours", "en_cours"),
    (voc.CONTRIBUTION_STATUS, "brouillon", "brouillon"), (voc.CONTRIBUTION_STATUS, "validée", "valide"),
    (voc.ROLE, "directrice d'école", "direction_ecole"), (voc.ROLE, "enseignante", "enseignant"),
    (voc.ROLE, "principale", "principal"), (voc.ROLE, "CPE", "cpe"),
    (voc.ROLE, "coordonnatrice REP+", "coordination_rep"),
    (voc.ROLE, "animatrice", "animation"), (voc.ROLE, "référente famille", "referent_famille"),
]


@pytest.mark.parametrize(("vocabulary", "typed", "code"), DOMAIN_LABELS,
                         ids=[f"{v.name}-{typed}" for v, typed, _ in DOMAIN_LABELS])
def test_the_domain_labels_are_recognised_in_every_list(vocabulary, typed, code):
    assert vocabulary.code_for(typed) == code


# --- roles, networks, key-only rows -------------------------------------------------------------------------------


def test_roles_are_kept_as_written_when_they_are_not_in_the_list_and_names_are_refused_masked(store, tmp_path):
    header = ["id_partenariat", "id_centre", "uai", "forme", "interlocuteurs"]
    roles = [header, ["PA-1", "CS95-001", "0959001T", "convention", "principale adjointe | ATSEM | enseignante UPE2A"],
             ["PA-2", "CS95-001", "0959002U", "convention", "directrice | proviseure adjointe | médiatrice"]]
    result = load_workbook(store, write_xlsx(tmp_path / "a.xlsx", sheets(partenariats=roles)))
    assert not result.report.has_blocking, result.report.lines()
    assert store.get("Partenariat", "PA-1")["interlocuteurs"] == ["principale adjointe", "ATSEM", "enseignante UPE2A"]
    assert store.get("Partenariat", "PA-2")["interlocuteurs"] == ["direction_ecole", "proviseure adjointe",
                                                                  "médiatrice"]
    named = [header, ["PA-3", "CS95-001", "0959001T", "convention", "CPE | Mme Diallo"]]
    result = load_workbook(store, write_xlsx(tmp_path / "b.xlsx", sheets(partenariats=named)))
    [problem] = result.report.blocking
    assert (problem.row, problem.column, problem.value) == (2, "E (interlocuteurs)", "Mme [nom]")
    assert "Diallo" not in problem.message + problem.value and store.get("Partenariat", "PA-3") is None


NETWORKS = [["Nom du réseau", "Type", "Collège tête de réseau (UAI)"],
            ["REP+ Les Coquelicots Argenteuil", "REP+", "0959001T"], ["REP Les Lilas Bezons", "REP", "0959002U"]]


def test_a_network_given_by_its_name_is_found_in_the_workbook_then_in_the_graph(store, tmp_path):
    by_name = [["uai", "nom", "niveau", "code_commune", "reseau"],
               ["0959001T", "École élémentaire fictive des Coquelicots", "élémentaire", "95018",
                "REP+ Les Coquelicots Argenteuil "],
               ["0959002U", "École maternelle fictive des Lilas", "maternelle", "95063", "Les Lilas Bezons"]]
    result = load_workbook(store, write_xlsx(tmp_path / "a.xlsx", sheets(ecoles=by_name, reseaux=NETWORKS)))
    assert not result.report.has_blocking, result.report.lines()
    assert {(r.source_key, r.target_key) for r in store.links("MEMBRE_DE")} == {("0959001T", "0959001T"),
                                                                                ("0959002U", "0959002U")}
    again = [by_name[0], [*by_name[2][:4], "REP Les Lilas Bezons"]]
    result = load_workbook(store, write_xlsx(tmp_path / "b.xlsx", sheets(ecoles=again)))  # no reseaux sheet now
    assert not result.report.has_blocking, result.report.lines()


def test_an_unknown_network_says_a_reseaux_sheet_is_expected_and_what_it_holds(store, tmp_path):
    by_name = [["uai", "nom", "reseau"], ["0959001T", "École élémentaire fictive des Coquelicots", "REP+ Jean Jaurès"]]
    result = load_workbook(store, write_xlsx(tmp_path / "a.xlsx", sheets(ecoles=by_name)))
    [problem] = result.report.blocking
    assert (problem.row, problem.column, problem.value) == (2, "C (reseau)", "REP+ Jean Jaurès")
    assert "pas de feuille « reseaux »" in problem.message and "tete (Collège tête de réseau (UAI))" in problem.message
    result = load_workbook(store, write_xlsx(tmp_path / "b.xlsx", sheets(ecoles=by_name, reseaux=NETWORKS[:2])))
    [problem] = result.report.blocking
    assert "Ajoutez sa ligne à la feuille « reseaux »" in problem.message


def test_a_school_given_by_its_uai_alone_keeps_what_the_graph_knows(store, tmp_path):
    load_workbook(store, write_xlsx(tmp_path / "a.xlsx", sheets()))
    alone = [["uai", "nom", "niveau", "code_commune"], ["0959001T", "", "", ""], ["0959003V", "", "", ""]]
    result = load_workbook(store, write_xlsx(tmp_path / "b.xlsx", sheets(ecoles=alone)))
    assert not result.report.has_blocking
    assert store.get("Ecole", "0959001T")["nom"] == "École élémentaire fictive des Coquelicots"
    assert {(r.source_key, r.target_key) for r in store.links("SITUE_DANS", "Ecole")} >= {("0959001T", "95018")}
    [note] = [p for p in result.report.warnings if p.value == "0959003V"]
    assert "python3 -m ingest territoire 95" in note.message


# --- dates, cells with several values ----------------------------------------------------------------------------


def test_dates_keep_the_precision_they_were_given(store, tmp_path):
    rows = [["id_partenariat", "id_centre", "uai", "forme", "depuis"],
            ["PA-1", "CS95-001", "0959001T", "convention", 2015],
            ["PA-2", "CS95-001", "0959001T", "convention", "sept. 2016"],
            ["PA-3", "CS95-001", "0959001T", "convention", "05/06/2018"],
            ["PA-4", "CS95-001", "0959001T", "convention", dt.datetime(2017, 9, 4)]]
    cases = [["id_situation", "id_centre", "date", "nature", "sollicite_par", "posture"],
             ["SC-1", "CS95-001", "05/06/2018", "sanction", "parent", "médiation"],
             ["SC-2", "CS95-001", "2017", "sanction", "parent", "médiation"]]
    result = load_workbook(store, write_xlsx(tmp_path / "a.xlsx", sheets(partenariats=rows, situations=cases)))
    assert not result.report.has_blocking, result.report.lines()
    since = {key: store.get("Partenariat", key)["depuis"] for key in ("PA-1", "PA-2", "PA-3", "PA-4")}
    assert since == {"PA-1": "2015", "PA-2": "2016-09", "PA-3": "2018-06-05", "PA-4": "2017-09-04"}
    # A conflict case is dated to the month at most: a day could identify a family.
    assert (store.get("Situation", "SC-1")["date"], store.get("Situation", "SC-2")["date"]) == ("2018-06", "2017")
    shown = [french_month(since[key]).replace("\u00a0", " ") for key in ("PA-1", "PA-2", "PA-3")]
    assert shown == ["2015", "septembre 2016", "5 juin 2018"]
    assert [french_month_of_forms(since[key]) for key in ("PA-1", "PA-2", "PA-3")] == shown
    # The graph's filter on « since when » takes a year as the whole year.
    kept = partnership_graph(store, Filters(depuis_min="2015-01", depuis_max="2015-12"))
    assert {edge.id for edge in kept.edges} == {"PA-1"}


def test_every_bad_value_of_a_cell_with_several_is_reported(store, tmp_path):
    rows = [["id_partenariat", "id_centre", "uai", "forme", "objets"],
            ["PA-1", "CS95-001", "0959001T", "convention", "culture | sorties | parentalié | fête de fin d'année"]]
    result = load_workbook(store, write_xlsx(tmp_path / "a.xlsx", sheets(partenariats=rows)))
    found = {p.value: p for p in result.report.blocking}
    assert set(found) == {"sorties", "parentalié", "fête de fin d'année"}
    assert "voulez-vous dire « Parentalité »" in found["parentalié"].message
    assert all(p.column == "E (objets)" and p.row == 2 for p in found.values())


# --- suggestions ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("vocabulary", "typed", "never"), [
    (voc.PRACTICE_OUTCOME, "ne marche pas", {"a_marche", "en_partie"}),
    (voc.PRACTICE_OUTCOME, "marche mal", {"a_marche", "en_partie"}),
    (voc.PRACTICE_OUTCOME, "pas vraiment marché", {"a_marche", "en_partie"}),
    (voc.PRACTICE_OUTCOME, "a marché en partis", {"a_marche", "n_a_pas_marche"}),
    (voc.CONFLICT_OUTCOME, "pas apaisée", {"apaisee", "en_partie"}),
    (voc.CONFLICT_OUTCOME, "jamais résolue", {"apaisee"}),
    (voc.QUALITY, "pas du tout solide", {"solide", "exemplaire"}),
    (voc.QUALITY, "peu solide", {"solide"}),
    (voc.PARTNERSHIP_FORM, "échanges formels", {"echanges_informels"}),
    (voc.PARTNERSHIP_FORM, "sans convention", {"convention"}),
    (voc.CONTRIBUTION_STATUS, "non validé", {"valide"}),
    (voc.CONTRIBUTION_STATUS, "invalide", {"valide"}),
    (voc.CONFLICT_NATURE, "compréhension", {"rupture_communication"}),
])
def test_a_suggestion_never_says_the_opposite_of_what_was_typed(vocabulary, typed, never):
    assert vocabulary.code_for(typed) is None
    assert suggest_term(vocabulary, typed) not in never


def test_the_suggestion_thresholds_make_no_wrong_suggestion_on_peoples_spellings():
    """The thresholds of graph.resemblance, measured by bench.suggestions on the labelled set: every suggestion
    they let through is what the person meant, and most typos get one."""
    for cases, suggest, threshold in ((bench.value_cases(), bench.suggest_value, resemblance.VALUE_THRESHOLD),
                                      (bench.column_cases(), bench.suggest_column, resemblance.COLUMN_THRESHOLD)):
        (needing, wrong_outright) = cases
        assert wrong_outright == []
        score, errors = bench.measure(needing, suggest, threshold, resemblance.similarity)
        assert errors == [] and score.precision == 1.0
        assert score.recall >= 0.9, score
        assert score.typos >= 35 and len(needing) - score.typos >= 40  # typos and unrelated texts, both


def test_a_role_never_gets_the_suggestion_of_another_role():
    # Roles outside the list are kept: « proviseure adjointe » is never « Programme de réussite éducative ».
    from graph.validation import converter

    assert converter(KINDS["Partenariat"].prop("interlocuteurs"))("proviseure adjointe | CPE") == \
        ["proviseure adjointe", "cpe"]
