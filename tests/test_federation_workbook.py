"""The federation's workbook as written from DOMAIN.md alone, by someone who never read the code
(``tests/data/classeur-federation/``, see its README): the valid workbook loads with no blocking problem and
every cell means what the writer meant (``attendu.json``); the erroneous one is refused with exactly the
problems it lists, in one pass, on both stores."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from helpers import dump

from ingest.opendata import load_opendata
from ingest.workbook import load_workbook

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "classeur-federation"
EXPECTED = json.loads((DATA / "attendu.json").read_text(encoding="utf-8"))
VALID, ERRORS = DATA / "classeur-federation-95.xlsx", DATA / "classeur-federation-95-erreurs.xlsx"
# The State's files the workbook relies on: communes and QPV of the repository, the collèges it names.
OPEN_DATA = [ROOT / "data" / "opendata", DATA / "opendata"]

# What each judged cell of attendu.json means in the graph: (sheet, row id, field) → the value stored.
# Written from the « meaning » of each judgment (vocabulary meanings in DOMAIN.md's terms → the product's codes).
MEANS: dict[tuple[str, str, str], object] = {
    ("centres", "CS95-01", "type"): "centre_social", ("centres", "CS95-03", "type"): "evs",
    ("centres", "CS95-08", "type"): "evs",
    ("centres", "CS95-01", "code_commune"): {"95018"}, ("centres", "CS95-07", "code_commune"): {"95500"},
    ("centres", "CS95-10", "code_commune"): {"78586"},
    ("centres", "CS95-03", "latitude"): 48.9285, ("centres", "CS95-01", "latitude"): 48.9571,
    ("centres", "CS95-02", "qpv"): {"QP095006", "QP095007"}, ("centres", "CS95-03", "qpv"): {"QP095010", "QP095002"},
    ("centres", "CS95-10", "qpv"): {"QP078015"},
    ("centres", "CS95-01", "activites"): ["clas", "alsh", "parentalite", "asl"],
    ("centres", "CS95-04", "adherent"): True, ("centres", "CS95-08", "adherent"): False,
    ("centres", "CS95-10", "adherent"): False,
    ("ecoles", "0959117U", "education_prioritaire"): "rep_plus",
    ("ecoles", "0959117U", "reseau"): "REP+ Claude Monet Argenteuil",  # the network of that name
    ("ecoles", "0950023J", "reseau"): "REP+ Henri Wallon Garges",
    ("ecoles", "0959151F", "niveau"): "lycee_pro", ("ecoles", "0959150E", "niveau"): "lycee",
    ("ecoles", "0959603X", "niveau"): "primaire", ("ecoles", "0959117U", "niveau"): "elementaire",
    ("ecoles", "0959915L", "statut"): "prive",
    ("ecoles", "0951230W", "uai"): ("Collège Eugénie Cotton", "95018"),  # from the State's file: name, commune
    ("ecoles", "0950943J", "uai"): ("Collège Chantereine", "95585"),
    ("ecoles", "0950896H", "uai"): ("Collège Nicolas Flamel", "95500"),
    ("ecoles", "0789214S", "code_commune"): {"78586"},
    ("reseaux", "REP+ Claude Monet Argenteuil", "network"): ("rep_plus", "0950886X",
                                                             {"0959104E", "0959105F", "0959117U"}),
    ("reseaux", "REP Eugénie Cotton Argenteuil", "network head"): ("rep", "0951230W", {"0959132K", "0959133L"}),
    ("partenariats", "PA-01", "forme"): "presence_ecole", ("partenariats", "PA-01", "frequence"): "hebdomadaire",
    ("partenariats", "PA-01", "objets"): ["parentalite", "lien_familles_ecole"],
    ("partenariats", "PA-01", "qualite"): "solide", ("partenariats", "PA-01", "depuis"): "2016-09",
    ("partenariats", "PA-01", "interlocuteurs"): ["direction_ecole", "ATSEM"],
    ("partenariats", "PA-02", "forme"): "convention", ("partenariats", "PA-02", "depuis"): "2015",
    ("partenariats", "PA-02", "qualite"): "exemplaire",
    ("partenariats", "PA-03", "forme"): "instance_partagee", ("partenariats", "PA-03", "frequence"): "mensuelle",
    ("partenariats", "PA-03", "qualite"): "a_construire", ("partenariats", "PA-03", "depuis"): "2017-09",
    ("partenariats", "PA-03", "interlocuteurs"): ["principal adjoint", "cpe", "pre"],
    ("partenariats", "PA-04", "qualite"): "fragile", ("partenariats", "PA-04", "depuis"): "2018",
    ("partenariats", "PA-05", "forme"): "accueil_centre", ("partenariats", "PA-05", "frequence"): "trimestrielle",
    ("partenariats", "PA-05", "depuis"): "2018-03-12",
    ("partenariats", "PA-05", None): None,  # « Remarques »: not a column of the graph
    ("partenariats", "PA-06", "objets"): ["accompagnement_scolaire"],
    ("partenariats", "PA-06", "depuis"): "2017-09-04",
    ("partenariats", "PA-06", "interlocuteurs"): ["direction_ecole", "enseignante UPE2A"],
    ("partenariats", "PA-07", "interlocuteurs"): ["principale adjointe", "cpe", "sante_sociale"],
    ("partenariats", "PA-08", "qualite"): "a_construire", ("partenariats", "PA-08", "frequence"): "mensuelle",
    ("partenariats", "PA-08", "interlocuteurs"): ["proviseure adjointe", "cpe"],
    ("partenariats", "PA-09", "forme"): "action_ponctuelle", ("partenariats", "PA-09", "frequence"): "ponctuelle",
    ("partenariats", "PA-09", "depuis"): "2019-03",
    ("partenariats", "PA-10", "id_centre"): {"CS95-03"},
    ("partenariats", "PA-10", "objets"): ["parents_allophones", "parentalite"],
    ("partenariats", "PA-10", "depuis"): "2014",
    ("partenariats", "PA-10", "interlocuteurs"): ["direction_ecole", "enseignante UPE2A", "médiatrice"],
    ("partenariats", "PA-11", "forme"): "instance_partagee", ("partenariats", "PA-11", "frequence"): "trimestrielle",
    ("partenariats", "PA-12", "objets"): ["parentalite", "lien_familles_ecole"],
    ("partenariats", "PA-14", "interlocuteurs"): ["principal", "coordination_rep"],
    ("partenariats", "PA-17", "frequence"): "continue",
    ("partenariats", "PA-17", "objets"): ["periscolaire", "parentalite"],
    ("partenariats", "PA-17", "interlocuteurs"): ["direction_ecole", "animatrice périscolaire (ville)"],
    ("partenariats", "PA-18", "depuis"): "2019-01", ("partenariats", "PA-19", "forme"): "accueil_centre",
    ("partenariats", "PA-24", "id_centre"): {"CS95-10"},
    ("partenariats", "PA-25", "interlocuteurs"): ["cheffe d'établissement"],
    ("pratiques", "PR-01", "resultat"): "a_marche", ("pratiques", "PR-01", "uai"): {"0959104E", "0959105F"},
    ("pratiques", "PR-01", "debut"): "2016-09", ("pratiques", "PR-01", "statut"): "valide",
    ("pratiques", "PR-01", "description"): "\n",  # kept whole: the line break is in it
    ("pratiques", "PR-02", "resultat"): "en_partie", ("pratiques", "PR-02", "public"): ["collegiens", "parents"],
    ("pratiques", "PR-02", "fin"): "2019-06",
    ("pratiques", "PR-03", "resultat"): "a_marche", ("pratiques", "PR-03", "debut"): "2015",
    ("pratiques", "PR-04", "resultat"): "n_a_pas_marche", ("pratiques", "PR-04", "statut"): "valide",
    ("pratiques", "PR-04", "fin"): "2018-12",
    ("pratiques", "PR-05", "debut"): "2018-05-02",
    ("pratiques", "PR-05", "public"): ["enfants", "collegiens", "parents"],
    ("pratiques", "PR-05", "uai"): {"0959420Y", "0950023J"},
    ("pratiques", "PR-06", "resultat"): "en_cours", ("pratiques", "PR-06", "statut"): "brouillon",
    ("pratiques", "PR-07", "debut"): "2018-03-12", ("pratiques", "PR-07", "fin"): "2018-06-29",
    ("pratiques", "PR-08", "public"): ["lyceens", "collegiens"], ("pratiques", "PR-08", "debut"): "2017",
    ("pratiques", "PR-10", "debut"): "2018-10", ("pratiques", "PR-10", "rencontre"): {"R3"},
    ("pratiques", "PR-03", "themes"): ["parents_allophones", "parentalite"],
    ("pratiques", "PR-09", "themes"): ["sante", "parentalite"],
    ("situations", "SC-01", "date"): "2019-03", ("situations", "SC-01", "nature"): "sanction",
    ("situations", "SC-01", "sollicite_par"): "les_deux", ("situations", "SC-01", "posture"): "mediation",
    ("situations", "SC-01", "issue"): "apaisee", ("situations", "SC-01", "recit"): "collège Claude Monet",
    ("situations", "SC-02", "date"): "2018-11", ("situations", "SC-02", "nature"): "harcelement",
    ("situations", "SC-02", "sollicite_par"): "parent", ("situations", "SC-02", "posture"): "ecoute_orientation",
    ("situations", "SC-02", "issue"): "en_partie", ("situations", "SC-02", "recit"): "3020",
    ("situations", "SC-03", "posture"): "accompagnement_parent", ("situations", "SC-03", "issue"): "apaisee",
    ("situations", "SC-03", "nature"): "orientation",
    ("situations", "SC-04", "sollicite_par"): "ecole", ("situations", "SC-04", "posture"): "soutien_ecole",
    ("situations", "SC-04", "nature"): "absenteisme", ("situations", "SC-04", "issue"): "en_cours",
    ("situations", "SC-04", "date"): "2019-02",
    ("situations", "SC-05", "uai"): set(), ("situations", "SC-05", "posture"): "tiers_neutre",
    ("situations", "SC-05", "issue"): "non_resolue", ("situations", "SC-05", "nature"): "rupture_communication",
    ("rencontres", "R1", "date"): "2018-06-05", ("rencontres", "R1", "participants"): 7,
    ("rencontres", "R2", "date"): "2019-02-19", ("rencontres", "R2", "participants"): 8,
    ("rencontres", "R3", "date"): "2019-05-23", ("rencontres", "R3", "participants"): 8,
    ("rencontres", "R3", "questions"): {"Q-01", "Q-04"},
    ("questions", "Q-01", "reponses"): {"PR-10"}, ("questions", "Q-01", "posee_par"): {"CS95-01"},
    ("questions", "Q-02", "reponses"): set(), ("questions", "Q-03", "reponses"): {"PR-02", "PR-05", "PR-08"},
    ("questions", "Q-04", "reponses"): set(),
}
LABELS = {"centres": "Centre", "ecoles": "Ecole", "reseaux": "Reseau", "partenariats": "Partenariat",
          "pratiques": "Pratique", "situations": "Situation", "rencontres": "Rencontre", "questions": "Question"}
LINKS = {("Centre", "code_commune"): "SITUE_DANS", ("Centre", "qpv"): "INTERVIENT_EN",
         ("Ecole", "code_commune"): "SITUE_DANS", ("Partenariat", "id_centre"): "PORTE_PAR",
         ("Pratique", "uai"): "AVEC", ("Pratique", "rencontre"): "PRESENTEE_A", ("Situation", "uai"): "CONCERNE",
         ("Rencontre", "questions"): "A_TRAITE",
         ("Question", "reponses"): "REPONDUE_PAR", ("Question", "posee_par"): "POSEE_PAR"}


def _targets(store, type_: str, label: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for row in store.links(type_, label):
        found.setdefault(row.source_key, set()).add(row.target_key)
    return found


def _meaning_holds(store, sheet: str, row_id: str, field: str | None, meant: object) -> bool:
    label = LABELS[sheet]
    if label == "Reseau":
        network = next(n for n in store.nodes("Reseau") if n["nom"] == row_id)
        members = {k for k, targets in _targets(store, "MEMBRE_DE", "Ecole").items() if network["id_reseau"] in targets}
        head = _targets(store, "TETE_DE_RESEAU", "Reseau").get(network["id_reseau"], set())
        kind, head_uai, schools = meant  # type: ignore[misc]
        return network["type"] == kind and head == {head_uai} and schools <= members
    node = store.get(label, row_id)
    if (label, field) in LINKS:
        return _targets(store, LINKS[(label, field)], label).get(row_id, set()) == meant
    if field == "reseau":
        [network] = _targets(store, "MEMBRE_DE", "Ecole")[row_id]
        return store.get("Reseau", network)["nom"] == meant
    if field == "uai":  # given by its UAI alone: the State's name and commune are kept
        name, commune = meant  # type: ignore[misc]
        return node["nom"] == name and _targets(store, "SITUE_DANS", "Ecole")[row_id] == {commune}
    if field == "participants":
        return len(_targets(store, "A_REUNI", label)[row_id]) == meant
    if field is None:
        return not any("remarque" in name for name in node)
    if field in ("description", "recit"):
        return meant in node[field]  # type: ignore[operator]
    return node.get(field) == meant


@pytest.fixture
def territory(store):
    result = load_opendata(store, OPEN_DATA, ["95", "78"])
    assert not result.report.has_blocking, result.report.lines()
    return store


def test_the_federation_workbook_loads_whole_and_every_cell_means_what_its_writer_meant(territory):
    store, expected = territory, EXPECTED["valid_workbook"]
    result = load_workbook(store, VALID)
    assert not result.report.has_blocking, result.report.lines()
    # The only remarks: the notes sheet, and the federation's own columns, ignored and said so.
    assert {(p.sheet, p.column) for p in result.report.warnings} == {
        ("Lisez-moi", None), ("centres", "E (Commune)"), ("partenariats", "J (Remarques)"),
        ("reseaux", "D (Code commune)")}, result.report.lines()
    assert {sheet: result.rows[LABELS[sheet]] for sheet in expected["counts"]} == expected["counts"]
    judged = {(cell["sheet"], cell["row_id"], cell["field"]) for cell in expected["cells"]}
    assert judged == set(MEANS), judged ^ set(MEANS)  # every judgment has its meaning, and only those
    wrong = [key for key, meant in MEANS.items() if not _meaning_holds(store, *key, meant)]
    assert wrong == []
    detail = expected["counts_detail"]
    assert Counter(p["qualite"] for p in store.nodes("Partenariat")) == {"fragile": 6, "a_construire": 6, "solide": 9,
                                                                         "exemplaire": 4}
    assert Counter(p["resultat"] for p in store.nodes("Pratique")) == {"a_marche": 4, "en_partie": 3,
                                                                       "n_a_pas_marche": 1, "en_cours": 2}
    assert Counter(p["statut"] for p in store.nodes("Pratique")) == {"valide": 8, "brouillon": 2}
    assert Counter(c["type"] for c in store.nodes("Centre")) == {"centre_social": 8, "evs": 3}
    assert sum(bool(c.get("adherent")) for c in store.nodes("Centre")) == detail["centres_members"]
    assert Counter(s.get("niveau") for s in store.nodes("Ecole")) == {
        "maternelle": 3, "elementaire": 10, "primaire": 2, "college": 8, "lycee": 1, "lycee_pro": 1}
    assert Counter(s.get("education_prioritaire") for s in store.nodes("Ecole")) == {"rep_plus": 8, "rep": 7, None: 10}
    assert sorted(s["posture"] for s in store.nodes("Situation")) == sorted(
        ["mediation", "ecoute_orientation", "accompagnement_parent", "soutien_ecole", "tiers_neutre"])
    answered = _targets(store, "REPONDUE_PAR", "Question")
    assert sorted(q["id_question"] for q in store.nodes("Question") if not answered.get(q["id_question"])) == \
        detail["questions_open"]
    located = {t for targets in _targets(store, "SITUE_DANS", "Centre").values() for t in targets}
    located |= {t for targets in _targets(store, "SITUE_DANS", "Ecole").values() for t in targets}
    located |= {t for targets in _targets(store, "SITUE_DANS", "Rencontre").values() for t in targets}
    assert located == set(detail["communes_referenced"])
    served = {t for targets in _targets(store, "INTERVIENT_EN", "Centre").values() for t in targets}
    assert served == set(detail["qpv_referenced"])
    assert "pre" not in store.get("Partenariat", "PA-08")["interlocuteurs"]


def test_with_only_its_own_departement_loaded_the_centre_across_the_border_is_kept_and_the_command_said(store):
    """The federation has loaded the Val-d'Oise only: its centre in the Yvelines still loads, without its commune
    and its QPV, and the report says which command adds them."""
    assert not load_opendata(store, OPEN_DATA, ["95"]).report.has_blocking
    result = load_workbook(store, VALID)
    assert not result.report.has_blocking, result.report.lines()
    across = [p for p in result.report.warnings if "pas encore chargé" in p.message]
    assert {(p.sheet, p.value) for p in across} >= {("centres", "78586"), ("centres", "QP078015")}
    assert all("python3 -m ingest territoire 78" in p.message for p in across)
    assert sum(result.rows.values()) == sum(EXPECTED["valid_workbook"]["counts"].values())


def test_loading_it_again_changes_nothing(territory):
    load_workbook(territory, VALID)
    before = dump(territory)
    again = load_workbook(territory, VALID)
    assert not again.written and dump(territory) == before


def _header(column: str | None) -> str | None:
    """« G (Qualitée du lien) » → « Qualitée du lien »: the column as written."""
    return column.split(" (", 1)[1][:-1] if column and " (" in column else column


def _suggested(message: str) -> str | None:
    return message.split("voulez-vous dire « ", 1)[1].split(" »", 1)[0] if "voulez-vous dire" in message else None


def test_the_erroneous_workbook_is_refused_with_exactly_its_problems_in_one_pass(territory):
    store = territory
    before = dump(store)
    result = load_workbook(store, ERRORS)
    assert not result.written and dump(store) == before
    listed = {p["id"]: p for p in EXPECTED["error_workbook"]["problems"]}
    found: dict[tuple, list] = {}
    for problem in result.report.blocking:
        found.setdefault((problem.sheet, problem.row, _header(problem.column)), []).append(problem)
    assert set(found) == {(p["sheet"], p["excel_row"], p["column_as_written"]) for p in listed.values()}, \
        result.report.lines()
    cell = {key: found[(p["sheet"], p["excel_row"], p["column_as_written"])] for key, p in listed.items()}
    assert {p.value for p in cell["E05"]} == {"sorties", "fête de fin d’année".replace("’", "'")}  # not « culture »
    assert {p.message.split(" (")[0] for p in cell["E09"]} == {"Un prénom", "Un numéro de téléphone"}
    assert "adresse électronique" in " ".join(p.message for p in cell["E10"])
    one = {key: problems[0] for key, problems in cell.items() if key not in ("E05", "E09", "E10")}
    assert all(len(cell[key]) == 1 for key in one)
    assert "0951230W" in one["E01"].message and "95478" in one["E02"].message
    assert _suggested(one["E03"].message) == "Hebdomadaire"
    assert _suggested(one["E04a"].message) in (None, "N’a pas marché")  # never « A marché », « A marché en partie »
    assert _suggested(one["E04b"].message) in (None, "Non résolue")  # never « Situation apaisée »
    assert "n’existe pas dans le calendrier" in one["E06"].message
    assert "CS95-12" in one["E07"].message
    assert _suggested(one["E08"].message) == "qualite" and "Qualité" in one["E08"].message
    assert "Case de 40\u202f000 caractères" in one["E11"].message
    assert all(len(p.value) < 1000 for p in result.report.problems)  # an excerpt, never the whole cell
    told = "\n".join(result.report.lines()) + result.report.to_csv().decode("utf-8-sig")
    for secret in ("Yanis", "06 12 34 56 78", "0612345678", "famille.traore95@gmail.com", "traore95"):
        assert secret not in told.replace("\u202f", " ")


@pytest.mark.parametrize("folder", ["partenariats-csv"])
def test_the_csv_folder_excel_saves_loads_like_the_workbook(territory, folder):
    result = load_workbook(territory, DATA / folder)
    assert not result.report.has_blocking, result.report.lines()
    counts = EXPECTED["valid_workbook"]["counts"]
    assert {sheet: result.rows[LABELS[sheet]] for sheet in counts} == counts
    assert territory.get("Partenariat", "PA-02")["depuis"] == "2015"
    assert territory.get("Partenariat", "PA-06")["depuis"] == "2017-09-04"
    assert territory.get("Partenariat", "PA-08")["qualite"] == "a_construire"


def test_the_csv_errors_are_told_on_the_rows_the_spreadsheet_shows(territory):
    result = load_workbook(territory, DATA / "partenariats-csv-erreurs")
    reported = {(p.row, p.column, p.value): p for p in result.report.blocking}
    wanted = {(p["excel_row"], p["column_as_written"]) for p in EXPECTED["csv"]["error_folder_problems"]}
    assert {(row, column) for row, column, _ in reported} == wanted, result.report.lines()
    never = {"Solide", "Exemplaire"}
    assert all(_suggested(p.message) not in never for p in reported.values())
    assert {value for _, column, value in reported if column == "Objets"} == {"sport"}
