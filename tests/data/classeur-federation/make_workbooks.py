#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Fabrique les classeurs de test « vus de l'extérieur » pour Passerelles.

Écrit à partir de DOMAIN.md (dossier partagé de l’équipe), de la note d'origine (seed/) et de l'issue 15 SEULEMENT,
sans lire le code, les gabarits, les données de démo ni les tests du projet.

Produit, dans le dossier de ce script :
  - classeur-federation-95.xlsx            classeur VALIDE, rempli comme le ferait une fédération
  - classeur-federation-95-erreurs.xlsx    le même, avec des erreurs humaines (une par sorte)
  - partenariats-csv/*.csv                 les feuilles du classeur valide exportées comme Excel
                                           sous Windows (« CSV (séparateur : point-virgule) »,
                                           Windows-1252, CRLF, ligne de titre au-dessus de l'en-tête)
  - partenariats-csv-erreurs/*.csv         le même dossier, partenariats.csv avec deux erreurs placées
                                           APRÈS une cellule sur deux lignes
  - attendu.json                           les jugements (numéros de ligne calculés ici, jugements écrits à la main)
  - layout.json                            plan des lignes : feuille -> identifiant -> ligne Excel

Données réelles utilisées (open data du dossier partagé de l’équipe, data/opendata ; DOSSIER_PARTAGE) :
  - codes INSEE et noms des communes (communes-france-2024.csv) ;
  - codes QPV 2015 (qpv-2015-demographie-2022.csv) ;
  - UAI, noms et coordonnées de collèges réels du Val-d'Oise (geolocalisation-colleges-france.csv).
Inventé : les centres, leurs adresses, les écoles primaires et les deux lycées (UAI valides en 0959xxx /
0789xxx, plage absente des fichiers ouverts), l'appartenance aux réseaux REP/REP+ (le fichier des
collèges n'a pas de colonne éducation prioritaire), les lieux des rencontres 1 et 2, tous les textes.

Usage : python3 make_workbooks.py
"""
import copy
import csv
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
OPENDATA = os.path.join(os.environ.get("DOSSIER_PARTAGE", "shared"), "data", "opendata")  # the team's shared folder; the tests read only what this script wrote

# --------------------------------------------------------------------------------------------
# UAI : 7 chiffres + lettre de contrôle = ALPHABET[(7 chiffres) mod 23].
# Règle vérifiée sur 9 263 UAI réels (collèges de France, écoles du 94, annuaire du 35) : 0 exception.
# --------------------------------------------------------------------------------------------
UAI_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai(seven: str) -> str:
    assert len(seven) == 7 and seven.isdigit()
    return seven + UAI_ALPHABET[int(seven) % 23]


def uai_ok(u: str) -> bool:
    return len(u) == 8 and u[:7].isdigit() and UAI_ALPHABET[int(u[:7]) % 23] == u[7]


# ============================================================================================
# 1. LES DONNÉES DU CLASSEUR VALIDE
# ============================================================================================

# ---- centres -------------------------------------------------------------------------------
# code_commune : tapé comme un nombre dans Excel le plus souvent (c'est ce que fait un humain),
# en texte pour quelques-uns. Latitude de CS95-03 collée en texte avec une virgule décimale.
CENTRES_HEADER = ["Id centre", "Nom du centre", "Type", "Code commune", "Commune", "Adresse",
                  "Latitude", "Longitude", "QPV", "Activités", "Adhérent"]
CENTRES = [
    ["CS95-01", "Centre social Le Val Nord", "centre social", 95018, "Argenteuil",
     "3 allée des Tilleuls", 48.9571, 2.2215, "QP095005",
     "CLAS | ALSH | parentalité | ateliers sociolinguistiques", "oui"],
    ["CS95-02", "Centre social Les Coteaux", "Centre social", 95018, "Argenteuil",
     "27 rue des Coteaux", 48.9468, 2.2335, "QP095006 | QP095007",
     "CLAS | parentalité | numérique", "Oui"],
    ["CS95-03", "Espace de vie sociale La Passerelle", "EVS", "95063", "Bezons",
     "5 place des Marronniers", "48,9285", 2.2120, "QP095010 | QP095002",
     "ateliers sociolinguistiques | parentalité | fêtes de quartier", "oui"],
    ["CS95-04", "Centre social Les Lochères", "centre social", 95585, "Sarcelles",
     "1 avenue du 8 Mai 1945", 48.9845, 2.3790, "QP095033",
     "CLAS | ALSH | Parentalité", "OUI"],
    ["CS95-05", "Centre social de la Dame Blanche", "Centre Social", 95268, "Garges-lès-Gonesse",
     "10 rue de la Dame Blanche", 48.9745, 2.3990, "QP095032",
     "CLAS | parentalité | numérique", "oui"],
    ["CS95-06", "Centre social L'Horloge", "centre social", 95127, "Cergy",
     "2 place de l'Horloge", 49.0432, 2.0565, "QP095011",
     "CLAS | ALSH | numérique", "oui"],
    ["CS95-07", "Centre social Marcouville", "centre social", "95500", "Pontoise",
     "6 place de Marcouville", 49.0480, 2.0870, "QP095015",
     "CLAS | parentalité | fêtes de quartier", "oui"],
    ["CS95-08", "Maison de quartier des Naquettes", "espace de vie sociale", 95306, "Herblay-sur-Seine",
     "4 rue des Naquettes", 48.9960, 2.1610, "QP095024",
     "CLAS | parentalité", "non"],
    ["CS95-09", "Centre social du Village", "centre social", 95487, "Persan",
     "9 rue du Village", 49.1500, 2.2700, "QP095040",
     "CLAS | parentalité | ALSH", "oui"],
    # commune voisine, hors Val-d'Oise (Yvelines), non adhérent à la fédé 95, venu à la 3e rencontre
    ["CS95-10", "Centre social du Plateau", "centre social", 78586, "Sartrouville",
     "18 avenue du Plateau", 48.9480, 2.1670, "QP078015",
     "CLAS | ALSH | parentalité", "non"],
    ["CS95-11", "Espace de vie sociale Les Raguenets", "EVS", 95555, "Saint-Gratien",
     "7 allée des Raguenets", 48.9680, 2.2950, "QP095041",
     "parentalité | ateliers sociolinguistiques", "oui"],
]

# ---- réseaux REP / REP+ (feuille « reseaux ») ------------------------------------------------
RESEAUX_HEADER = ["Nom du réseau", "Type", "Collège tête de réseau (UAI)", "Code commune"]
RESEAUX = [
    ["REP+ Claude Monet Argenteuil", "REP+", "0950886X", "95018"],
    ["REP Eugénie Cotton Argenteuil", "REP", "0951230W", "95018"],
    ["REP Henri Wallon Bezons", "REP", "0950888Z", "95063"],
    ["REP+ Chantereine Sarcelles", "REP+", "0950943J", "95585"],
    ["REP+ Henri Wallon Garges", "REP+", "0950023J", "95268"],
    ["REP Gérard Philipe Cergy", "REP", "0951617S", "95127"],
    ["REP Nicolas Flamel Pontoise", "REP", "0950896H", "95500"],
]

# ---- écoles ---------------------------------------------------------------------------------
# Clés courtes (pour écrire les partenariats) -> ligne de la feuille.  En-tête en snake_case,
# « nom » avant « uai ». Trois collèges réels donnés par leur seul UAI (« ils viennent de l'annuaire »).
ECOLES_HEADER = ["nom", "uai", "niveau", "statut", "code_commune", "education_prioritaire",
                 "reseau", "latitude", "longitude"]
S = {}  # clé -> UAI
ECOLES = []


def ecole(key, nom, code, niveau, statut, commune, ep, reseau, lat, lon):
    S[key] = code
    ECOLES.append([nom, code, niveau, statut, commune, ep, reseau, lat, lon])


def ecole_uai_seul(key, code):
    S[key] = code
    ECOLES.append([None, code, None, None, None, None, None, None, None])


# Argenteuil
ecole("A1", "École maternelle Paul Langevin", uai("0959104"), "maternelle", "public", "95018", "REP+",
      "REP+ Claude Monet Argenteuil", 48.9578, 2.2236)
ecole("A2", "École élémentaire Paul Langevin", uai("0959105"), "élémentaire", "public", "95018", "REP+",
      "REP+ Claude Monet Argenteuil", 48.9580, 2.2241)
ecole("A3", "École élémentaire Jules Ferry", uai("0959117"), "Élémentaire", "Public", "95018", "rep+",
      "REP+ Claude Monet Argenteuil ", 48.9533, 2.2189)          # espace final collé par mégarde
ecole("A4", "École maternelle Les Tilleuls", uai("0959132"), "Maternelle", "public", "95018", "REP",
      "REP Eugénie Cotton Argenteuil", 48.9452, 2.2318)
ecole("A5", "École élémentaire Louis Pasteur", uai("0959133"), "élémentaire", "public", "95018", "REP",
      "REP Eugénie Cotton Argenteuil", 48.9447, 2.2290)
ecole("A6", "Collège Claude Monet", "0950886X", "collège", "public", "95018", "REP+",
      "REP+ Claude Monet Argenteuil", 48.955099, 2.223390)
ecole_uai_seul("A7", "0951230W")                                   # Collège Eugénie Cotton (réel)
ecole("A8", "Lycée polyvalent des Coteaux", uai("0959150"), "lycée", "public", "95018", None, None,
      48.9489, 2.2402)
ecole("A9", "Lycée professionnel Val-de-Seine", uai("0959151"), "lycée professionnel", "public", "95018",
      None, None, 48.9401, 2.2385)
# Bezons
ecole("B1", "École élémentaire Victor Hugo", uai("0959208"), "élémentaire", "public", "95063", "REP",
      "REP Henri Wallon Bezons", 48.9301, 2.2138)
ecole("B2", "Collège Henri Wallon", "0950888Z", "collège", "public", "95063", "REP",
      "REP Henri Wallon Bezons", 48.931989, 2.215217)
# Sarcelles
ecole("S1", "École maternelle Les Sablons", uai("0959311"), "maternelle", "public", "95585", "REP+",
      "REP+ Chantereine Sarcelles", 48.9851, 2.3775)
ecole("S2", "École élémentaire Pierre et Marie Curie", uai("0959312"), "élémentaire", "public", "95585",
      "REP+", "REP+ Chantereine Sarcelles", 48.9829, 2.3801)
ecole_uai_seul("S3", "0950943J")                                   # Collège Chantereine (réel)
# Garges-lès-Gonesse
ecole("G1", "École élémentaire Jean Jaurès", uai("0959420"), "élémentaire", "public", "95268", "REP+",
      "REP+ Henri Wallon Garges", 48.9671, 2.4050)
ecole("G2", "Collège Henri Wallon", "0950023J", "Collège", "public", "95268", "REP+",
      "REP+ Henri Wallon Garges", 48.965944, 2.407878)
# Cergy
ecole("C1", "École élémentaire de l'Horloge", uai("0959526"), "élémentaire", "public", "95127", "REP",
      "REP Gérard Philipe Cergy", 49.0440, 2.0549)
ecole("C2", "Collège Gérard Philipe", "0951617S", "collège", "public", "95127", "REP",
      "REP Gérard Philipe Cergy", 49.046729, 2.043556)
# Pontoise
ecole("P1", "École primaire Marcouville", uai("0959603"), "primaire", "public", "95500", "REP",
      "REP Nicolas Flamel Pontoise", 49.0489, 2.0858)
ecole_uai_seul("P2", "0950896H")                                   # Collège Nicolas Flamel (réel)
# Herblay-sur-Seine (hors éducation prioritaire)
ecole("H1", "École élémentaire des Bayonnes", uai("0959707"), "élémentaire", "public", "95306", None, None,
      48.9975, 2.1580)
# Persan
ecole("E1", "École élémentaire du Village", uai("0959812"), "élémentaire", "public", "95487", None, None,
      49.1510, 2.2690)
ecole("E2", "Collège Georges Brassens", "0950934Z", "collège", "public", "95487", None, None,
      49.154529, 2.274258)
# Sartrouville (Yvelines, académie de Versailles)
ecole("Y1", "École élémentaire du Plateau", uai("0789214"), "élémentaire", "public", "78586", None, None,
      48.9469, 2.1692)
# Saint-Gratien (privée)
ecole("SG1", "École primaire privée Sainte-Thérèse", uai("0959915"), "primaire", "privé", "95555", None,
      None, 48.9712, 2.2869)

# ---- partenariats ---------------------------------------------------------------------------
PART_HEADER = ["Id partenariat", "Id centre", "UAI", "Forme", "Fréquence", "Objets ", "Qualité du lien",
               "Depuis", "Interlocuteurs", "Remarques"]
BLANK = "__BLANK_ROW__"
PARTENARIATS = [
    ["PA-01", "CS95-01", S["A1"], "présence régulière dans l'école", "hebdomadaire",
     "parentalité | lien familles-école", "solide", "septembre 2016", "directrice | ATSEM", None],
    ["PA-02", "CS95-01", S["A2"], "Convention", "Hebdomadaire",
     "accompagnement à la scolarité | lien familles-école", "exemplaire", 2015,
     "directeur | coordonnatrice REP+", "Convention CLAS renouvelée chaque année"],
    ["PA-03", "CS95-01", S["A6"], "Instance partagée (conseil d'école, PRE)", "mensuelle",
     "prévention du décrochage | lien familles-école", "à construire", "09/2017",
     "principal adjoint | CPE | référente PRE", None],
    ["PA-04", "CS95-01", S["A3"], "échanges informels", "ponctuelle",
     "lien familles-école", "Fragile", "2018", "directrice", None],
    ["PA-05", "CS95-02", S["A4"], "accueil de l'école au centre", "trimestrielle",
     "culture | parentalité", "solide", "12 mars 2018", "directrice | ATSEM",
     "Accueil des grandes sections au centre pour le spectacle de fin de trimestre.\n"
     "À reconduire : voir avec la nouvelle directrice en septembre."],
    ["PA-06", "CS95-02", S["A5"], "convention", "hebdomadaire",
     "CLAS", "Solide", dt.datetime(2017, 9, 4), "directeur | enseignante UPE2A", None],
    ["PA-07", "CS95-02", S["A7"], "projet commun", "hebdomadaire",
     "accompagnement à la scolarité | prévention du décrochage", "solide", "09/2017",
     "principale adjointe | CPE | assistante sociale scolaire", None],
    ["PA-08", "CS95-02", S["A8"], "Projet commun", "mensuel",
     "accompagnement à la scolarité | citoyenneté", "A construire", "2017",
     "proviseure adjointe | CPE", "Tutorat lycéens / collégiens"],
    ["PA-09", "CS95-02", S["A9"], "action ponctuelle", "ponctuelle",
     "prévention du décrochage", "fragile", "mars 2019", "proviseur adjoint", None],
    ["PA-10", "CS95-03 ", S["B1"], "présence régulière dans l'école", "hebdomadaire",
     "accueil des parents non francophones | parentalité", "exemplaire", "2014",
     "directrice | enseignante UPE2A | médiatrice", None],
    ["PA-11", "CS95-03", S["B2"], "instance partagée", "trimestriel",
     "citoyenneté | santé", "à construire", "janvier 2019", "CPE | infirmière scolaire", None],
    ["PA-12", "CS95-04", S["S1"], "accueil de l'école au centre", "mensuelle",
     "parentalité | Lien famille-école", "solide", "09/2016", "directrice | ATSEM", None],
    BLANK,   # une ligne vide oubliée au milieu du tableau
    ["PA-13", "CS95-04", S["S2"], "instance partagée (conseil d'école, PRE)", "trimestrielle",
     "lien familles-école", "fragile", "2018", "directeur", "Voir pratique PR-04"],
    ["PA-14", "CS95-04", S["S3"], "convention", "hebdomadaire",
     "accompagnement à la scolarité | numérique", "solide", "octobre 2017",
     "principal | coordonnatrice REP+", None],
    ["PA-15", "CS95-05", S["G1"], "projet commun", "mensuel",
     "accompagnement à la scolarité | lien familles-école", "exemplaire", "2016",
     "directrice | coordonnatrice REP+", None],
    ["PA-16", "CS95-05", S["G2"], "projet commun", "mensuelle",
     "accompagnement à la scolarité | prévention du décrochage", "solide", "avril 2018",
     "principal adjoint | professeur principal de 6e", "Passerelle CM2-6e"],
    ["PA-17", "CS95-06", S["C1"], "présence régulière dans l'école", "continu",
     "temps périscolaire | parentalité", "solide", "2013",
     "directeur | animatrice périscolaire (ville)", None],
    ["PA-18", "CS95-06", S["C2"], "action ponctuelle", "ponctuel",
     "numérique", "à construire", "01/2019", "CPE | professeure documentaliste", None],
    ["PA-19", "CS95-07", S["P1"], "accueil de l'école au centre", "trimestriel",
     "culture | citoyenneté", "exemplaire", "mars 2018", "directrice | enseignant de CM1", None],
    ["PA-20", "CS95-07", S["P2"], "échanges informels", "ponctuel",
     "prévention du décrochage", "fragile", "2019", "CPE", None],
    ["PA-21", "CS95-08", S["H1"], "convention", "hebdomadaire",
     "accompagnement à la scolarité", "solide", "septembre 2015", "directrice", None],
    ["PA-22", "CS95-09", S["E1"], "présence régulière dans l'école", "hebdomadaire",
     "santé | parentalité", "à construire", "novembre 2018", "directeur | infirmière scolaire", None],
    ["PA-23", "CS95-09", S["E2"], "échanges informels", "trimestriel",
     "lien familles-école", "fragile", "2017", "assistante sociale scolaire", None],
    ["PA-24", "CS95-10", S["Y1"], "échanges informels", "ponctuel",
     "lien familles-école", "à construire", "2019", "directeur", "Nouveau centre (Yvelines)"],
    ["PA-25", "CS95-11", S["SG1"], "action ponctuelle", "ponctuelle",
     "culture", "fragile", "juin 2018", "cheffe d'établissement", None],
]

# ---- pratiques ------------------------------------------------------------------------------
PRAT_HEADER = ["id_pratique", "Titre", "Description", "id_centre", "UAI", "Thèmes", "Public", "Favorise",
               "Fait_marcher", "Ressources", "Opportunités", "Outils", "Obstacles", "Résultat", "Preuves",
               "Début", "Fin", "Rencontre", "Statut"]
PR09_DESCRIPTION = (
    "Une fois par mois, le centre et l'école du Village organisent un petit-déjeuner à l'école pour les "
    "enfants de CP et leurs parents, suivi d'un échange avec l'infirmière scolaire sur le sommeil, les "
    "écrans et l'alimentation. Les thèmes sont choisis par les parents à la première séance.")
PRATIQUES = [
    ["PR-01", "Café des parents à la sortie de l'école",
     "Tous les mardis matin, de 8h20 à 9h30, l'équipe famille installe un café dans le hall de la "
     "maternelle Paul Langevin, juste après l'accueil des enfants. Les parents qui le souhaitent restent "
     "prendre un café, discuter entre eux et avec la référente famille ; la directrice passe régulièrement "
     "et répond aux questions sur la vie de l'école.\n"
     "Au fil des mois, le café est devenu un lieu où se préparent les réunions de rentrée, les sorties et la "
     "fête de l'école, et où les parents les plus éloignés de l'école osent poser leurs questions.",
     "CS95-01", f"{S['A1']} | {S['A2']}", "parentalité | lien familles-école", "parents",
     "Une directrice convaincue dès le départ, qui a proposé elle-même le hall ; la présence du centre "
     "depuis longtemps dans le quartier ; le fait que ce soit au moment où les parents sont déjà là (pas de "
     "déplacement en plus).",
     "La régularité : même jour, même heure, toute l'année, même quand il n'y a que deux parents. Une "
     "personne identifiée du centre, toujours la même. Ne pas transformer le café en réunion "
     "d'information : on écoute d'abord.",
     "Une référente famille (0,2 ETP sur l'action), un financement REAAP, du café et des gâteaux faits par "
     "les parents, un panneau d'affichage prêté par l'école.",
     "Le projet d'école sur la coéducation ; l'arrivée d'une coordonnatrice REP+ qui relaie l'action "
     "auprès des autres écoles du réseau.",
     "Un cahier de bord où l'on note les thèmes abordés (sans aucun nom) ; un bilan trimestriel partagé "
     "avec la directrice ; la grille « ce qui favorise / ce qui fait marcher » de la fédé.",
     "Le plan Vigipirate a fermé le hall pendant plusieurs semaines ; au début, certains enseignants ont eu "
     "peur d'être « surveillés » ; les parents qui travaillent tôt ne viennent jamais.",
     "a marché",
     "Entre 8 et 15 parents chaque mardi (cahier de bord) ; deux fois plus de parents aux réunions de "
     "rentrée en 2018 qu'en 2016, selon la directrice ; trois mères sont devenues parents élues.",
     "septembre 2016", None, "R1", "validée"],
    ["PR-02", "CLAS collège co-construit avec l'équipe du collège",
     "Le CLAS du centre accueille 24 collégiens de 6e et de 5e quatre soirs par semaine. Depuis 2017, les "
     "élèves sont orientés conjointement par le CPE, les professeurs principaux et le centre lors d'une "
     "réunion en septembre ; un point d'étape est fait à chaque fin de trimestre avec le principal adjoint.\n"
     "Les parents signent un engagement et sont reçus deux fois par an avec leur enfant, au centre, par "
     "l'animatrice CLAS et le professeur principal.",
     "CS95-02", S["A7"], "accompagnement à la scolarité | prévention du décrochage", "collégiens | parents",
     "Avoir un interlocuteur stable au collège (le CPE est là depuis six ans). Être reconnu comme un acteur "
     "éducatif et pas seulement comme « l'aide aux devoirs du quartier ».",
     "Le choix des élèves fait à trois (famille, collège, centre) ; un cahier de liaison entre "
     "l'animatrice et les professeurs principaux ; des objectifs écrits et modestes pour chaque jeune.",
     "Financement CAF (CLAS) et contrat de ville ; deux animateurs vacataires et quatre bénévoles, dont "
     "deux enseignants retraités ; une salle du collège prêtée le jeudi.",
     "Le dispositif « Devoirs faits » a obligé le collège à chercher des partenaires pour le temps après "
     "la classe.",
     "Fiche d'orientation commune CLAS/collège ; bilan trimestriel ; charte nationale de "
     "l'accompagnement à la scolarité.",
     "« Devoirs faits » a un temps concurrencé le CLAS ; changement de principal en 2018 : il a fallu "
     "tout réexpliquer ; les professeurs principaux n'ont pas tous le temps de remplir le cahier de liaison.",
     "en partie",
     "20 jeunes sur 24 sont restés toute l'année ; le collège note moins d'exclusions de cours pour les "
     "élèves suivis, mais la partie « parents » n'a pas pris : la moitié des parents ne sont jamais venus "
     "aux rendez-vous.",
     "09/2017", "juin 2019", "R2", "validée"],
    ["PR-03", "Ateliers de français pour les parents, dans l'école",
     "Deux matinées par semaine, dans une salle de l'école élémentaire Victor Hugo, la formatrice du "
     "centre anime un atelier sociolinguistique pour des parents qui parlent peu ou pas le français. On y "
     "apprend la langue à partir de la vie de l'école : lire le cahier de liaison, comprendre un bulletin, "
     "préparer un rendez-vous avec l'enseignant, se repérer dans l'ENT. L'enseignante UPE2A vient une fois "
     "par mois présenter le fonctionnement de l'école.",
     "CS95-03", S["B1"], "accueil des parents non francophones | parentalité", "parents",
     "La directrice avait constaté que les parents allophones n'osaient pas entrer dans l'école ; le centre "
     "avait déjà un atelier dans ses murs, on l'a « déplacé » dans l'école. Le bouche-à-oreille entre mères.",
     "Le lieu : être dans l'école change le regard des parents sur l'école et celui des enseignants sur "
     "les parents.\nDes supports tirés des vrais documents de l'école. Une garde des petits frères et "
     "sœurs assurée par une bénévole.",
     "Formatrice FLE du centre, bénévole pour la garde d'enfants, salle prêtée dans l'école, crédits "
     "politique de la ville.",
     "Le dispositif « Ouvrir l'école aux parents pour la réussite des enfants » (OEPRE) de l'Éducation "
     "nationale, qui a permis de cofinancer une partie des heures.",
     "Livret de progression des apprenants ; grille d'évaluation de l'oral ; livret « l'école en France » "
     "traduit en plusieurs langues.",
     "Les horaires : les parents qui travaillent ne peuvent pas venir ; la salle n'est pas disponible "
     "pendant les évaluations nationales.",
     "A marché",
     "14 parents inscrits la première année, 22 la deuxième ; les enseignants disent recevoir plus souvent "
     "ces parents en rendez-vous ; deux mères accompagnent maintenant les sorties scolaires.",
     2015, None, "R1", "validée"],
    ["PR-04", "Une animatrice famille au conseil d'école",
     "Nous avions proposé que l'animatrice famille du centre siège au conseil d'école de l'élémentaire "
     "Pierre et Marie Curie comme invitée, pour faire le lien avec les parents du quartier qui ne viennent "
     "pas aux réunions et pour présenter les actions du centre.",
     "CS95-04", S["S2"], "lien familles-école | citoyenneté", "parents",
     "La demande venait des parents élus eux-mêmes, qui connaissaient l'animatrice.",
     "Ce qui aurait dû faire marcher : un ordre du jour préparé avec les parents élus et un retour écrit "
     "aux familles après chaque conseil.",
     "Le temps de l'animatrice (réunions en soirée, récupérées).",
     "Le renouvellement des parents élus en octobre 2017.",
     "Compte rendu du conseil d'école traduit et affiché au centre.",
     "Le directeur a changé deux fois en un an ; l'invitation n'a été faite qu'une fois sur trois ; le "
     "centre n'avait pas de place claire dans l'instance : certains enseignants ne comprenaient pas "
     "pourquoi « le centre social » était là.\nSans accord écrit, tout reposait sur la bonne volonté de la "
     "direction.",
     "n'a pas fonctionné",
     "L'animatrice n'a été invitée qu'à un conseil d'école sur trois en 2018 ; aucun retour aux familles "
     "n'a pu être fait ; l'action a été arrêtée en décembre 2018.",
     "janvier 2018", "décembre 2018", "R2", "Validée"],
    ["PR-05", "Passerelle CM2-6e : préparer l'entrée au collège avec les familles",
     "En mai et juin, les CM2 de l'école Jean Jaurès passent plusieurs mercredis au centre avec des élèves "
     "de 6e du collège Henri Wallon : jeux sur l'emploi du temps, visite du collège avec le CPE, "
     "questions-réponses « sans les adultes ». En septembre, une réunion des parents de 6e est organisée au "
     "centre, un samedi matin, avec le principal adjoint.",
     "CS95-05", f"{S['G1']} | {S['G2']}", "accompagnement à la scolarité | lien familles-école",
     "enfants | collégiens | parents",
     "Une inquiétude partagée : les parents, l'école et le collège voyaient tous que l'entrée en 6e était "
     "un moment de décrochage pour certains enfants du quartier.",
     "Des grands (6e) qui parlent aux petits (CM2) ; une réunion au centre un samedi, dans un lieu que les "
     "familles connaissent ; la coordonnatrice REP+ qui fait le lien entre l'école et le collège.",
     "Animateurs de l'ALSH du mercredi ; budget du réseau REP+ pour le transport ; salle polyvalente du "
     "centre.",
     "Le conseil école-collège du réseau, qui cherchait une action concrète.",
     "Livret « Bienvenue au collège » écrit par les 6e ; questionnaire aux parents avant et après.",
     "Le calendrier de fin d'année est très chargé pour les écoles ; il faut une autorisation de sortie "
     "pour chaque visite.",
     "a marché",
     "62 élèves de CM2 sur 70 ont participé en 2018 ; 35 familles à la réunion de septembre, contre une "
     "dizaine à la réunion de rentrée habituelle ; le collège a demandé de reconduire en 2019.",
     "02/05/2018", None, "R3", "validée"],
    ["PR-06", "Atelier numérique parents : l'ENT et Pronote sans stress",
     "Un atelier de deux heures, un jeudi sur deux, d'abord au centre puis au CDI du collège : créer son "
     "compte ENT, consulter les notes et les absences, écrire un message à un professeur, lire un bulletin. "
     "Les parents viennent avec leur téléphone ; le centre prête des tablettes.",
     "CS95-06", S["C2"], "numérique | lien familles-école", "parents",
     "Beaucoup de parents venaient au centre pour « débloquer » leur compte : la demande existait avant "
     "le projet.",
     "Commencer au centre, où les parents sont à l'aise, puis aller au collège une fois la confiance "
     "installée. La professeure documentaliste coanime les séances au CDI.",
     "Conseillère numérique du centre ; tablettes financées par un appel à projets « inclusion "
     "numérique » ; CDI du collège.",
     "La généralisation de l'ENT dans le département, qui a rendu le besoin visible pour le collège aussi.",
     "Pas-à-pas illustrés en français simplifié ; fiche de suivi des parents accompagnés.",
     "Les identifiants perdus : seule l'administration du collège peut les réinitialiser, il faut parfois "
     "attendre deux semaines.",
     "en cours",
     "Premier bilan prévu en juin 2019 ; 18 parents accompagnés depuis janvier.",
     "janvier 2019", None, "R3", "brouillon"],
    ["PR-07", "La classe au centre : une exposition sur l'histoire du quartier",
     "Une classe de CM1 de l'école Marcouville est venue au centre chaque vendredi après-midi pendant un "
     "trimestre pour recueillir, avec des habitants âgés du quartier, des souvenirs et des photos de la "
     "construction du quartier. L'exposition a été montée au centre puis présentée à l'école le soir de la "
     "fête de fin d'année.",
     "CS95-07", S["P1"], "culture | citoyenneté", "enfants | parents",
     "Un enseignant passionné d'histoire locale et un centre qui avait déjà un fonds de photos anciennes.",
     "Un calendrier fixé dès le départ avec la directrice ; des temps de préparation communs "
     "enseignant/animatrice ; des habitants invités comme « experts ».",
     "Animatrice culture du centre ; archives municipales ; crédits du contrat de ville pour l'impression.",
     "Les 50 ans du quartier.",
     "Fiche projet commune école/centre ; carnet d'enquête des élèves.",
     "Les autorisations de droit à l'image ont pris du temps ; le centre est à 300 m de l'école, sinon le "
     "transport aurait tout bloqué.",
     "A marché",
     "160 visiteurs à l'exposition ; l'école a inscrit l'accueil au centre dans son projet d'école "
     "2018-2021.",
     dt.datetime(2018, 3, 12), "29 juin 2018", "R2", "validée"],
    ["PR-08", "Tutorat : des lycéens accompagnent des collégiens",
     "Des lycéens volontaires du lycée polyvalent des Coteaux, souvent d'anciens du CLAS, viennent deux "
     "fois par semaine au CLAS collège du centre pour aider des élèves de 4e et de 3e. Ils sont formés par "
     "l'animatrice et valorisent cet engagement dans leur parcours citoyen.",
     "CS95-02", f"{S['A8']} | {S['A7']}", "accompagnement à la scolarité | citoyenneté",
     "lycéens | collégiens",
     "Des anciens du CLAS qui voulaient « rendre ce qu'on leur avait donné ». La proviseure adjointe a "
     "tout de suite vu l'intérêt pour l'engagement des lycéens.",
     "Un binôme lycéen/collégien stable toute l'année ; une courte formation en début d'année ; une "
     "attestation d'engagement signée par le lycée.",
     "Animatrice CLAS ; temps de formation ; goûter.",
     "Le parcours citoyen et la valorisation de l'engagement des lycéens.",
     "Charte du tuteur ; fiche de suivi du binôme.",
     "Les lycéens ont moins de disponibilités au deuxième trimestre (examens, stages) ; il faut remplacer "
     "les absents au pied levé.",
     "en partie",
     "9 binômes en 2017-2018, 6 encore actifs en mars ; les collégiens suivis disent être plus à l'aise à "
     "l'oral, mais aucun effet mesuré sur les notes.",
     "2017", None, "R2", "validée"],
    ["PR-09", "Petits-déjeuners santé avec l'infirmière scolaire",
     PR09_DESCRIPTION,
     "CS95-09", S["E1"], "santé | parentalité", "parents | enfants",
     "L'infirmière scolaire cherchait à rencontrer les parents autrement que pour un problème.",
     "Le moment convivial d'abord, l'information ensuite ; des thèmes choisis par les parents.",
     "Denrées offertes par une épicerie solidaire ; infirmière scolaire ; référente famille du centre.",
     "Les petits-déjeuners à l'école proposés par l'Éducation nationale dans les réseaux prioritaires.",
     "Questionnaire de besoins des parents ; affiche en pictogrammes.",
     "L'infirmière couvre six écoles : il a fallu caler les dates un trimestre à l'avance.",
     "en cours",
     "4 séances depuis novembre, entre 12 et 20 parents à chaque fois.",
     "novembre 2018", None, "R3", "brouillon"],
    ["PR-10", "Un tiers lieu pour renouer le dialogue entre parents et collège",
     "Quand un parent et le collège ne se parlent plus, le centre propose une rencontre dans ses locaux, "
     "avec la référente famille comme animatrice neutre : le parent peut venir accompagné, le collège "
     "envoie le CPE ou le principal adjoint.\nLa règle : chacun parle de l'enfant et de ce qui peut "
     "l'aider, pas de ce que l'autre a mal fait.",
     "CS95-01", S["A6"], "lien familles-école | prévention du décrochage", "parents | collégiens",
     "La confiance des familles dans le centre, et le fait que le collège ait lui-même demandé de l'aide "
     "après plusieurs rendez-vous manqués.",
     "Un cadre posé dès le début (durée, règles, confidentialité) ; ne jamais prendre parti ; un compte "
     "rendu court relu par les deux.",
     "Référente famille formée à la médiation ; une salle calme au centre.",
     "La question posée entre centres sur la posture à tenir dans les conflits parents-école.",
     "Trame d'entretien à trois ; grille « posture du centre » travaillée en rencontre.",
     "Le risque d'être vu par les familles comme « du côté de l'école », ou par l'école comme « l'avocat "
     "des parents ». Le temps que cela demande.",
     "en partie",
     "7 rencontres organisées en 2018-2019 : 4 ont abouti à un accord écrit, 2 sont restées sans suite, "
     "1 est en cours.",
     "10/2018", None, "R3", "validée"],
]

# ---- situations -----------------------------------------------------------------------------
SIT_HEADER = ["id_situation", "id_centre", "uai", "date", "nature", "Sollicité par", "posture", "actions",
              "issue", "enseignements", "Récit"]
SITUATIONS = [
    ["SC-01", "CS95-01", "0950886X", "mars 2019", "sanction", "les deux", "médiation",
     "Deux entretiens séparés, puis une rencontre à trois au centre ; accompagnement de la mère au "
     "rendez-vous de retour d'exclusion.",
     "apaisée",
     "Recevoir chacun séparément d'abord ; dire clairement au collège comme au parent que le centre ne "
     "juge pas la sanction.",
     "Un élève de 5e a été exclu trois jours du collège Claude Monet après une altercation avec un "
     "surveillant. Sa mère, que le centre connaît par l'accompagnement à la scolarité, est venue très en "
     "colère : elle estimait la sanction injuste et ne voulait plus remettre les pieds au collège. Le même "
     "jour, la CPE a appelé le centre pour demander de l'aide, car la famille ne répondait plus aux "
     "courriers.\nLe centre a proposé une rencontre dans ses locaux, en terrain connu pour la mère."],
    ["SC-02", "CS95-04", S["S2"], "11/2018", "harcèlement", "parent", "écoute et orientation",
     "Écoute de la mère à deux reprises ; information sur le numéro national 3020 et sur le référent "
     "harcèlement de la circonscription ; proposition, acceptée, d'appeler l'école ensemble.",
     "en partie",
     "Le centre n'a pas à enquêter : son rôle est d'aider le parent à trouver le bon interlocuteur et à "
     "formuler sa demande.",
     "Une mère est venue à la permanence du centre : son fils, élève de CM1, se plaignait depuis plusieurs "
     "semaines de moqueries et de bousculades dans la cour. Elle avait l'impression de ne pas être "
     "entendue par l'école. Le centre l'a écoutée, lui a expliqué les démarches possibles et lui a donné le "
     "numéro national 3020 ; avec son accord, la référente famille a appelé le directeur pour demander un "
     "rendez-vous."],
    ["SC-03", "CS95-02", S["A7"], "janvier 2019", "orientation", "parent", "accompagnement du parent",
     "Préparation du rendez-vous avec les parents ; présence de la référente famille à l'équipe "
     "éducative, à la demande des parents ; explication des différentes voies (SEGPA, 3e prépa-métiers).",
     "Apaisée",
     "Accompagner le parent n'est pas parler à sa place : la référente n'a pris la parole qu'à la demande "
     "des parents.",
     "Les parents d'une élève de 4e, très inquiets, ont appris au conseil de classe qu'une orientation en "
     "SEGPA était envisagée. Ils ne comprenaient pas ce que cela voulait dire et pensaient que leur fille "
     "serait « mise à l'écart ». Ils ont demandé à la référente famille de les accompagner à l'équipe "
     "éducative."],
    ["SC-04", "CS95-05", S["G2"], "02/2019", "absentéisme", "école", "soutien à l'école",
     "Le centre a relayé l'invitation du collège auprès de la famille, qu'il connaît par le CLAS, et a "
     "proposé un premier rendez-vous au centre avec l'assistante sociale scolaire.",
     "en cours",
     "Soutenir l'école ne veut pas dire signaler : le centre a refusé de transmettre des informations sur "
     "la famille sans son accord.",
     "Le collège a sollicité le centre au sujet d'un élève de 6e, absent plus d'un jour sur trois depuis "
     "la rentrée, dont la famille ne répondait ni aux appels ni aux courriers. Le centre connaissait la "
     "famille par le CLAS du grand frère."],
    ["SC-05", "CS95-06", None, "octobre 2018", "rupture de communication", "les deux", "tiers lieu neutre",
     "Mise à disposition d'une salle du centre pour une rencontre parents-école, sans intervention de "
     "l'équipe sur le fond.",
     "non résolue",
     "Le lieu neutre ne suffit pas quand la confiance est rompue des deux côtés : il aurait fallu un "
     "médiateur extérieur.",
     "Après plusieurs échanges tendus par messages, un groupe de parents d'une classe de CE2 et "
     "l'enseignante ne se parlaient plus. Les parents ont demandé au centre un lieu pour se réunir avec "
     "l'école ; la directrice a accepté, à condition que la rencontre ait lieu hors de l'école."],
]

# ---- rencontres -----------------------------------------------------------------------------
REN_HEADER = ["Id rencontre", "Date de la rencontre", "Lieu", "Code commune", "Thème", "Participants",
              "Questions"]
RENCONTRES = [
    ["R1", "05/06/2018", "Centre social Le Val Nord, Argenteuil", "95018",
     "1re rencontre entre centres : capitaliser les démarches réussies. Qu'est-ce qui favorise la "
     "rencontre, qu'est-ce qui fait que ça marche, quelles sont les ressources, les opportunités de "
     "travail, les outils ?",
     "CS95-01 | CS95-02 | CS95-03 | CS95-04 | CS95-05 | CS95-07 | CS95-09", "Q-05"],
    ["R2", dt.datetime(2019, 2, 19), "Centre social Les Lochères, Sarcelles", "95585",
     "2e rencontre : compléter les productions précédentes, les développer, envisager de nouvelles "
     "pistes ; retour critique sur le document de capitalisation.",
     "CS95-01 | CS95-02 | CS95-03 | CS95-04 | CS95-05 | CS95-06 | CS95-07 | CS95-08", "Q-02 | Q-03"],
    ["R3", "23/05/2019", "Maison Pour Tous, 8 place de la Commune de Paris, Argenteuil (9h00-12h30)",
     "95018",
     "3e rencontre : des questions et des pratiques nouvelles présentées au regard d'outils et de grilles "
     "d'analyse ; comment le centre se positionne quand il est sollicité de part et d'autre d'un conflit "
     "entre parent(s) et école.",
     "CS95-01 | CS95-02 | CS95-04 | CS95-05 | CS95-06 | CS95-09 | CS95-10 | CS95-11", "Q-01 | Q-04"],
]

# ---- questions ------------------------------------------------------------------------------
Q_HEADER = ["id_question", "texte", "Posée par", "rencontre", "themes", "Réponses"]
QUESTIONS = [
    ["Q-01", "Comment le centre social se positionne-t-il lorsqu'il est sollicité de part et d'autre "
             "autour d'un conflit entre un (ou des) parent(s) et l'école ?",
     "CS95-01", "R3", "lien familles-école", "PR-10"],
    ["Q-02", "Comment garder sa place au conseil d'école quand la direction change tous les ans ?",
     "CS95-04", "R2", "lien familles-école | citoyenneté", None],
    ["Q-03", "Comment travailler avec les collèges et les lycées, et pas seulement avec les écoles "
             "primaires ?",
     "CS95-06", "R2", "accompagnement à la scolarité | prévention du décrochage", "PR-02 | PR-05 | PR-08"],
    ["Q-04", "Avec quels outils évaluer, avec l'école, ce que change l'accompagnement à la scolarité pour "
             "les enfants ?",
     "CS95-05", "R3", "accompagnement à la scolarité", None],
    ["Q-05", "Comment toucher les parents qui ne viennent jamais à l'école ?",
     "CS95-03", "R1", "parentalité | lien familles-école", "PR-01 | PR-03"],
]

LISEZ_MOI = [
    "Classeur de la fédération des centres sociaux du Val-d'Oise — mode d'emploi",
    "",
    "Une feuille par sorte d'information : centres, ecoles, reseaux, partenariats, pratiques, situations, "
    "rencontres, questions.",
    "Plusieurs valeurs dans une même case : les séparer par une barre verticale | (AltGr + 6).",
    "Interlocuteurs : indiquer la FONCTION (directrice, CPE, ATSEM…), jamais le nom de la personne.",
    "Situations de conflit : récits anonymisés. Pas de prénom, pas de numéro de téléphone, pas d'adresse mail.",
    "Dates : mettre ce que l'on sait (le jour, le mois ou seulement l'année).",
    "Les écoles qui figurent dans l'annuaire de l'Éducation nationale peuvent n'avoir que leur UAI.",
    "",
    "Mise à jour : chargée de mission de la fédé, mars 2019.",
]

# ============================================================================================
# 2. ÉCRITURE
# ============================================================================================
TITLE_FONT = Font(bold=True, size=14)
HEAD_FONT = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


def sheet_spec(valid=True):
    """Chaque feuille : (nom, lignes au-dessus de l'en-tête, en-tête, lignes de données, colonne id)."""
    return [
        ("centres", ["Fédération des centres sociaux du Val-d'Oise — annuaire des centres",
                     "Mise à jour le 12/03/2019 — à compléter par les centres", None],
         CENTRES_HEADER, CENTRES, 0),
        ("ecoles", [], ECOLES_HEADER, ECOLES, 1),
        ("reseaux", ["Réseaux d'éducation prioritaire (REP / REP+) où travaillent nos centres"],
         RESEAUX_HEADER, RESEAUX, 0),
        ("partenariats", ["Fédération des centres sociaux du Val-d'Oise — partenariats 2018-2019", None],
         PART_HEADER, PARTENARIATS, 0),
        ("pratiques", ["Capitalisation des pratiques centres sociaux – écoles (document de travail)"],
         PRAT_HEADER, PRATIQUES, 0),
        ("situations", ["Situations de conflit parent(s)-école — CONFIDENTIEL — récits anonymisés", None],
         SIT_HEADER, SITUATIONS, 0),
        ("rencontres", [], REN_HEADER, RENCONTRES, 0),
        ("questions", [], Q_HEADER, QUESTIONS, 0),
    ]


def layout(spec):
    """Numéros de ligne Excel : {feuille: {'header': n, 'rows': {id: n}, 'cols': {en-tête: lettre}}}."""
    out = {}
    for name, above, header, rows, idcol in spec:
        r = len(above) + 1
        info = {"header_row": r, "rows": {}, "columns": {}}
        for j, h in enumerate(header):
            info["columns"][h] = chr(ord("A") + j)
        for row in rows:
            r += 1
            if row == BLANK:
                continue
            info["rows"][str(row[idcol]).strip() if row[idcol] else f"(uai) {row[1]}"] = r
        out[name] = info
    return out


def write_xlsx(path, spec):
    wb = Workbook()
    ws = wb.active
    ws.title = "Lisez-moi"
    for i, line in enumerate(LISEZ_MOI, start=1):
        ws.cell(row=i, column=1, value=line or None)
    ws["A1"].font = TITLE_FONT
    ws.column_dimensions["A"].width = 110
    for name, above, header, rows, _ in spec:
        ws = wb.create_sheet(name)
        r = 0
        for k, line in enumerate(above):
            r += 1
            if line:
                ws.cell(row=r, column=1, value=line)
                if k == 0:
                    ws.cell(row=r, column=1).font = TITLE_FONT
                    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        r += 1
        for j, h in enumerate(header, start=1):
            c = ws.cell(row=r, column=j, value=h)
            c.font, c.fill = HEAD_FONT, HEAD_FILL
        ws.freeze_panes = ws.cell(row=r + 1, column=1)
        for row in rows:
            r += 1
            if row == BLANK:
                continue
            for j, v in enumerate(row, start=1):
                if v is None:
                    continue
                c = ws.cell(row=r, column=j, value=v)
                if isinstance(v, str) and len(v) > 32767:
                    # openpyxl tronque à 32 767 caractères (limite d'Excel) : on force la valeur entière,
                    # comme le ferait un outil qui n'applique pas la limite (export de base, script...).
                    c._value = v
                if isinstance(v, dt.datetime):
                    c.number_format = "DD/MM/YYYY"
                if isinstance(v, str) and ("\n" in v or len(v) > 60):
                    c.alignment = Alignment(wrap_text=True, vertical="top")
        for j, h in enumerate(header, start=1):
            ws.column_dimensions[chr(ord("A") + j - 1)].width = 48 if len(rows) and any(
                isinstance(x[j - 1], str) and len(x[j - 1]) > 80 for x in rows if x != BLANK) else 22
    wb.create_sheet("Feuil3")   # la feuille vide que tout le monde oublie de supprimer
    wb.save(path)
    excel_like_strings(path)


def excel_like_strings(path):
    """openpyxl 3.1 écrit le texte en « inlineStr » ; Excel et LibreOffice écrivent une table de chaînes
    partagées (xl/sharedStrings.xml). On réécrit le fichier comme Excel, pour tester le cas réel."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    table, index = [], {}
    cell_re = re.compile(r'<c ([^>]*?)t="inlineStr"([^>]*)><is>(<t[^>]*>.*?</t>|<t[^>]*/>)</is></c>', re.S)

    def repl(m):
        t = m.group(3)
        if t not in index:
            index[t] = len(table)
            table.append(t)
        return f'<c {m.group(1)}t="s"{m.group(2)}><v>{index[t]}</v></c>'

    out = []
    for info, data in items:
        if info.filename.startswith("xl/worksheets/sheet"):
            data = cell_re.sub(repl, data.decode("utf-8")).encode("utf-8")
        out.append((info, data))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{len(table)}" uniqueCount="{len(table)}">'
           + "".join(f"<si>{t}</si>" for t in table) + "</sst>").encode("utf-8")
    final = []
    for info, data in out:
        if info.filename == "[Content_Types].xml":
            data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType='
                                b'"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        elif info.filename == "xl/_rels/workbook.xml.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Type="http://schemas.openxmlformats.org/'
                                b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml" '
                                b'Id="rIdSst"/></Relationships>')
        elif info.filename == "docProps/app.xml":
            data = re.sub(rb"<Application>.*?</Application>", b"<Application>Microsoft Excel</Application>", data)
            data = re.sub(rb"<AppVersion>.*?</AppVersion>", b"<AppVersion>16.0300</AppVersion>", data)
        final.append((info.filename, data))
    final.insert(len(final) - 1, ("xl/sharedStrings.xml", sst))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in final:
            z.writestr(name, data)


# ---- export CSV « comme Excel sous Windows » -------------------------------------------------
def excel_csv_value(v):
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return v.strftime("%d/%m/%Y")
    if isinstance(v, float):
        return repr(v).replace(".", ",")          # Excel en français : virgule décimale
    s = str(v)
    if any(ch in s for ch in ';"\n\r'):
        s = '"' + s.replace('"', '""') + '"'
    return s


def write_excel_csv(path, above, header, rows):
    width = len(header)
    lines = []
    for line in above:
        lines.append(";".join([excel_csv_value(line)] + [""] * (width - 1)))
    lines.append(";".join(excel_csv_value(h) for h in header))
    for row in rows:
        if row == BLANK:
            lines.append(";" * (width - 1))
        else:
            lines.append(";".join(excel_csv_value(v) for v in row))
    data = ("\r\n".join(lines) + "\r\n").encode("cp1252")   # strict : tout doit exister en Windows-1252
    with open(path, "wb") as f:
        f.write(data)


def physical_lines(path):
    """Pour chaque enregistrement CSV : (ligne physique de début) — sert à vérifier le décalage."""
    raw = open(path, "rb").read().decode("cp1252")
    starts, line, inq, start = [], 1, False, 1
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == '"':
            inq = not inq
        elif ch == "\n":
            line += 1
            if not inq:
                starts.append(start)
                start = line
        i += 1
    return starts


# ============================================================================================
# 3. ERREURS (une par sorte)
# ============================================================================================
LONG_BLOC = (
    "Compte rendu du groupe de travail du 14 janvier 2019. Les petits-déjeuners ont lieu le troisième "
    "jeudi du mois dans le réfectoire de l'école ; l'infirmière scolaire présente un thème en dix minutes, "
    "puis les parents posent leurs questions. Les enfants de CP restent avec leurs parents jusqu'à 8h45 "
    "puis rejoignent leur classe. La référente famille note les thèmes demandés pour la séance suivante. "
    "Pour la prochaine séance : le sommeil et les écrans, à la demande de plusieurs parents. ")


def build_error_data():
    """Renvoie (spec, liste des erreurs) pour le classeur erroné."""
    global CENTRES, PARTENARIATS, PRATIQUES, SITUATIONS, PART_HEADER
    saved = (CENTRES, PARTENARIATS, PRATIQUES, SITUATIONS, PART_HEADER)
    C, P, PR, SI = (copy.deepcopy(x) for x in (CENTRES, PARTENARIATS, PRATIQUES, SITUATIONS))
    H = list(PART_HEADER)

    def find(rows, rid):
        for r in rows:
            if r != BLANK and str(r[0]).strip() == rid:
                return r
        raise KeyError(rid)

    # E02 commune inconnue : Persan 95487 tapé 95478 (chiffres inversés)
    find(C, "CS95-09")[3] = 95478
    # E01 UAI à mauvaise lettre de contrôle : 0951230W tapé 0951230X (W et X voisins sur un clavier AZERTY)
    find(P, "PA-07")[2] = "0951230X"
    # E03 valeur proche d'un vocabulaire : « hebdomadiare »
    find(P, "PA-14")[4] = "hebdomadiare"
    # E05 deux valeurs hors vocabulaire dans une même case multi-valeurs
    find(P, "PA-19")[5] = "culture | sorties | fête de fin d'année"
    # E07 partenariat qui pointe vers un centre absent du classeur
    find(P, "PA-24")[1] = "CS95-12"
    # E08 en-tête mal orthographié
    H[6] = "Qualitée du lien"
    # E04a valeur dont l'orthographe la plus proche inverserait le sens
    find(PR, "PR-04")[13] = "ne marche pas"
    # E06 date qui n'existe pas
    find(PR, "PR-02")[16] = "31/02/2019"
    # E11 cellule très longue (40 000 caractères : un compte rendu collé plusieurs fois)
    txt = PR09_DESCRIPTION + "\n"
    while len(txt) < 40000:
        txt += LONG_BLOC
    find(PR, "PR-09")[2] = txt[:40000]
    # E04b inversion de sens dans l'issue d'une situation
    find(SI, "SC-05")[8] = "pas apaisée"
    # E09 prénom d'enfant et téléphone d'un parent dans un récit
    r = find(SI, "SC-02")
    r[10] = ("La maman de Yanis nous a appelés au 06 12 34 56 78 un lundi soir : son fils, élève de CM1, se "
             "plaignait depuis plusieurs semaines de moqueries et de bousculades dans la cour. Elle avait "
             "l'impression de ne pas être entendue par l'école. Le centre l'a reçue le lendemain et lui a "
             "donné le numéro national 3020 ; avec son accord, la référente famille a appelé le directeur.")
    # E10 adresse électronique dans un récit
    r = find(SI, "SC-04")
    r[10] = (r[10] + " Le père nous a ensuite écrit depuis son adresse famille.traore95@gmail.com pour dire "
             "qu'il ne voulait plus parler au collège.")

    CENTRES, PARTENARIATS, PRATIQUES, SITUATIONS, PART_HEADER = C, P, PR, SI, H
    spec = sheet_spec()
    CENTRES, PARTENARIATS, PRATIQUES, SITUATIONS, PART_HEADER = saved
    return spec, txt[:40000]


# ============================================================================================
# 4. MAIN
# ============================================================================================
def check_against_opendata():
    """Vérifie : UAI valides, UAI réels bien réels et non inventés en collision, communes, QPV."""
    for row in ECOLES:
        assert uai_ok(row[1]), row
    real = {}
    with open(os.path.join(OPENDATA, "geolocalisation-colleges-france.csv"), encoding="utf-8-sig") as f:
        for d in csv.DictReader(f, delimiter=";"):
            real[d["numero_uai"]] = d
    for row in ECOLES:
        u = row[1]
        if u.startswith(("0959", "0789")):
            assert u not in real, u
        else:
            assert u in real and real[u]["code_departement"] == "095", u
    for r in RESEAUX:
        assert r[2] in real and "Collège" in real[r[2]]["appellation_officielle"], r
    with open(os.path.join(OPENDATA, "communes-france-2024.csv"), encoding="utf-8-sig") as f:
        communes = {d["code_insee"]: d["nom_standard"] for d in csv.DictReader(f, delimiter=";")}
    for c in CENTRES:
        assert communes[str(c[3])] == c[4], c
    assert "95478" not in communes
    with open(os.path.join(OPENDATA, "qpv-2015-demographie-2022.csv"), encoding="utf-8-sig") as f:
        qpv = {d["CODGEO"] for d in csv.DictReader(f, delimiter=";")}
    for c in CENTRES:
        for q in c[8].split("|"):
            assert q.strip() in qpv, q
    return real


def main():
    if os.path.isdir(OPENDATA):
        check_against_opendata()
    valid_spec = sheet_spec()
    write_xlsx(os.path.join(HERE, "classeur-federation-95.xlsx"), valid_spec)
    err_spec, longtxt = build_error_data()
    write_xlsx(os.path.join(HERE, "classeur-federation-95-erreurs.xlsx"), err_spec)

    # CSV : dossier complet (une feuille = un fichier), comme « Enregistrer sous… CSV (séparateur :
    # point-virgule) » feuille par feuille.
    for folder, spec in (("partenariats-csv", valid_spec), ("partenariats-csv-erreurs", None)):
        os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    for name, above, header, rows, _ in valid_spec:
        write_excel_csv(os.path.join(HERE, "partenariats-csv", name + ".csv"),
                        [a or "" for a in above], header, rows)
        if name != "partenariats":
            write_excel_csv(os.path.join(HERE, "partenariats-csv-erreurs", name + ".csv"),
                            [a or "" for a in above], header, rows)
    # dossier CSV avec erreurs : seulement partenariats.csv modifié, deux erreurs APRÈS la cellule sur
    # deux lignes (PA-05)
    P = copy.deepcopy(PARTENARIATS)
    for r in P:
        if r != BLANK and r[0] == "PA-13":
            r[6] = "pas du tout solide"
        if r != BLANK and r[0] == "PA-22":
            r[5] = "santé | sport"
    part_spec = [s for s in valid_spec if s[0] == "partenariats"][0]
    write_excel_csv(os.path.join(HERE, "partenariats-csv-erreurs", "partenariats.csv"),
                    [a or "" for a in part_spec[1]], PART_HEADER, P)

    lay_v = layout(valid_spec)
    lay_e = layout(err_spec)
    csv_starts = physical_lines(os.path.join(HERE, "partenariats-csv", "partenariats.csv"))
    json.dump({"valide": lay_v, "erreurs": lay_e,
               "csv_partenariats_debut_physique_par_ligne_tableur": {
                   str(i + 1): s for i, s in enumerate(csv_starts)}},
              open(os.path.join(HERE, "layout.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    write_attendu(lay_v, lay_e, {str(i + 1): st for i, st in enumerate(csv_starts)})
    print("ok")


# ============================================================================================
# 5. JUGEMENTS (attendu.json) — écrits à la main à partir de DOMAIN.md ; seuls les numéros de ligne
#    sont calculés à partir de la mise en page ci-dessus, pour qu'ils ne puissent pas être faux.
# ============================================================================================
def write_attendu(lay_v, lay_e, csv_starts):
    def R(lay, sheet, rid):
        return lay[sheet]["rows"][rid]

    def cell(sheet, rid, column, value, meaning, field=None, must="must", lay=None):
        lay = lay or lay_v
        return {"sheet": sheet, "row_id": rid, "excel_row": R(lay, sheet, rid),
                "column_as_written": column, "field": field, "value": value, "meaning": meaning,
                "strength": must}

    V = []
    # ---- centres
    V += [
        cell("centres", "CS95-01", "Type", "centre social", "kind = centre social", "type"),
        cell("centres", "CS95-03", "Type", "EVS", "kind = espace de vie sociale (EVS is DOMAIN.md's own abbreviation)", "type"),
        cell("centres", "CS95-08", "Type", "espace de vie sociale", "kind = espace de vie sociale", "type"),
        cell("centres", "CS95-01", "Code commune", 95018, "commune '95018' Argenteuil (a NUMBER cell read as the 5-character code)", "code_commune"),
        cell("centres", "CS95-07", "Code commune", "95500", "commune '95500' Pontoise", "code_commune"),
        cell("centres", "CS95-10", "Code commune", 78586, "commune '78586' Sartrouville, département 78 (Yvelines): loaded; at most a WARNING if 78 is not loaded (saying which command loads it), never blocking", "code_commune"),
        cell("centres", "CS95-03", "Latitude", "48,9285", "latitude 48.9285 (text with a French decimal comma)", "latitude"),
        cell("centres", "CS95-01", "Latitude", 48.9571, "latitude 48.9571", "latitude"),
        cell("centres", "CS95-02", "QPV", "QP095006 | QP095007", "serves 2 QPV: Val d'Argent Sud and Champagne", "qpv"),
        cell("centres", "CS95-03", "QPV", "QP095010 | QP095002", "serves 2 QPV: Delaune Masson Colomb (Bezons) and Justice - Butte Blanche (spans Argenteuil and Bezons)", "qpv"),
        cell("centres", "CS95-10", "QPV", "QP078015", "serves QPV QP078015 Plateau (Sartrouville, 78): at most a warning if the 78 QPVs are not loaded", "qpv"),
        cell("centres", "CS95-01", "Activités", "CLAS | ALSH | parentalité | ateliers sociolinguistiques", "4 activities: homework support (CLAS), leisure centre (ALSH), parenting, language workshops; the list is open in DOMAIN.md ('...'): an activity not in a list is kept as written, never blocking", "activites"),
        cell("centres", "CS95-04", "Adhérent", "OUI", "federation member = yes", "adherent"),
        cell("centres", "CS95-08", "Adhérent", "non", "federation member = no", "adherent"),
        cell("centres", "CS95-10", "Adhérent", "non", "federation member = no", "adherent"),
    ]
    # ---- écoles
    V += [
        cell("ecoles", "0959117U", "education_prioritaire", "rep+", "priority status = REP+", "education_prioritaire"),
        cell("ecoles", "0959117U", "reseau", "REP+ Claude Monet Argenteuil ", "network = the network named 'REP+ Claude Monet Argenteuil' in sheet reseaux (trailing space ignored)", "reseau"),
        cell("ecoles", "0950023J", "reseau", "REP+ Henri Wallon Garges", "network 'REP+ Henri Wallon Garges' (head 0950023J), NOT 'REP Henri Wallon Bezons': two real collèges share the name Henri Wallon", "reseau"),
        cell("ecoles", "0959151F", "niveau", "lycée professionnel", "level = lycée pro", "niveau"),
        cell("ecoles", "0959150E", "niveau", "lycée", "level = lycée", "niveau"),
        cell("ecoles", "0959603X", "niveau", "primaire", "level = primaire", "niveau"),
        cell("ecoles", "0959117U", "niveau", "Élémentaire", "level = élémentaire", "niveau"),
        cell("ecoles", "0959915L", "statut", "privé", "private school", "statut"),
        cell("ecoles", "0951230W", "uai", "0951230W", "row with ONLY the UAI: the school is the real Collège Eugénie Cotton (Argenteuil, 95018, public, lat 48.946442 lon 2.230163) taken from the official collèges file; if that file is not loaded, a clear French message saying what to load — not a crash, not a nameless school silently", "uai"),
        cell("ecoles", "0950943J", "uai", "0950943J", "UAI only: Collège Chantereine, Sarcelles (95585)", "uai"),
        cell("ecoles", "0950896H", "uai", "0950896H", "UAI only: Collège Nicolas Flamel, Pontoise (95500)", "uai"),
        cell("ecoles", "0789214S", "code_commune", "78586", "commune Sartrouville (78): loaded, at most a warning", "code_commune"),
    ]
    # ---- réseaux
    V += [
        {"sheet": "reseaux", "row_id": "REP+ Claude Monet Argenteuil", "excel_row": R(lay_v, "reseaux", "REP+ Claude Monet Argenteuil"),
         "column_as_written": "Nom du réseau / Type / Collège tête de réseau (UAI)", "field": "network",
         "value": "REP+ Claude Monet Argenteuil | REP+ | 0950886X",
         "meaning": "a REP+ network headed by Collège Claude Monet (0950886X) whose member schools are 0959104E, 0959105F, 0959117U (and the head collège)", "strength": "must"},
        {"sheet": "reseaux", "row_id": "REP Eugénie Cotton Argenteuil", "excel_row": R(lay_v, "reseaux", "REP Eugénie Cotton Argenteuil"),
         "column_as_written": "Collège tête de réseau (UAI)", "field": "network head", "value": "0951230W",
         "meaning": "REP network headed by Collège Eugénie Cotton; members 0959132K, 0959133L", "strength": "must"},
    ]
    # ---- partenariats
    V += [
        cell("partenariats", "PA-01", "Forme", "présence régulière dans l'école", "form = regular presence in the school", "forme"),
        cell("partenariats", "PA-01", "Fréquence", "hebdomadaire", "frequency = weekly", "frequence"),
        cell("partenariats", "PA-01", "Objets", "parentalité | lien familles-école", "objects = parenting + family–school link", "objets"),
        cell("partenariats", "PA-01", "Qualité du lien", "solide", "quality = solid", "qualite"),
        cell("partenariats", "PA-01", "Depuis", "septembre 2016", "since September 2016 — precision MONTH", "depuis"),
        cell("partenariats", "PA-01", "Interlocuteurs", "directrice | ATSEM", "roles: 'directrice', 'ATSEM' (two roles, kept as written or mapped without loss)", "interlocuteurs"),
        cell("partenariats", "PA-02", "Forme", "Convention", "form = convention", "forme"),
        cell("partenariats", "PA-02", "Depuis", 2015, "since 2015 — precision YEAR. It is a NUMBER cell: must not be read as Excel serial day 2015 (= 07/07/1905)", "depuis"),
        cell("partenariats", "PA-02", "Qualité du lien", "exemplaire", "quality = exemplary", "qualite"),
        cell("partenariats", "PA-03", "Forme", "Instance partagée (conseil d'école, PRE)", "form = shared body (conseil d'école, PRE)", "forme"),
        cell("partenariats", "PA-03", "Fréquence", "mensuelle", "frequency = monthly", "frequence"),
        cell("partenariats", "PA-03", "Qualité du lien", "à construire", "quality = to build", "qualite"),
        cell("partenariats", "PA-03", "Depuis", "09/2017", "since September 2017 — precision MONTH", "depuis"),
        cell("partenariats", "PA-03", "Interlocuteurs", "principal adjoint | CPE | référente PRE", "roles 'principal adjoint', 'CPE', 'référente PRE', each kept (as written when not in a standard list)", "interlocuteurs"),
        cell("partenariats", "PA-04", "Qualité du lien", "Fragile", "quality = fragile", "qualite"),
        cell("partenariats", "PA-04", "Depuis", "2018", "since 2018 — precision YEAR (text cell)", "depuis"),
        cell("partenariats", "PA-05", "Forme", "accueil de l'école au centre", "form = school hosted at the centre", "forme"),
        cell("partenariats", "PA-05", "Fréquence", "trimestrielle", "frequency = termly", "frequence"),
        cell("partenariats", "PA-05", "Depuis", "12 mars 2018", "since 12 March 2018 — precision DAY", "depuis"),
        cell("partenariats", "PA-05", "Remarques", "Accueil des grandes sections…\\nÀ reconduire…", "column not in DOMAIN's table: ignored (an information message is fine) or kept as a note; never blocking, never confused with another column", None),
        cell("partenariats", "PA-06", "Objets", "CLAS", "object = homework support (DOMAIN.md: 'homework support (CLAS, contrat local d'accompagnement à la scolarité)')", "objets", "should"),
        cell("partenariats", "PA-06", "Depuis", "2017-09-04 (real Excel date cell, shown 04/09/2017)", "since 4 September 2017 — precision DAY", "depuis"),
        cell("partenariats", "PA-06", "Interlocuteurs", "directeur | enseignante UPE2A", "roles 'directeur' and 'enseignante UPE2A' (kept as written)", "interlocuteurs"),
        cell("partenariats", "PA-07", "Interlocuteurs", "principale adjointe | CPE | assistante sociale scolaire", "3 roles kept; feminine form 'principale adjointe' accepted", "interlocuteurs"),
        cell("partenariats", "PA-08", "Qualité du lien", "A construire", "quality = to build (capital A without its accent, as typed on an AZERTY keyboard)", "qualite"),
        cell("partenariats", "PA-08", "Fréquence", "mensuel", "frequency = monthly (masculine form)", "frequence"),
        cell("partenariats", "PA-08", "Interlocuteurs", "proviseure adjointe | CPE", "roles 'proviseure adjointe' and 'CPE'; NEVER turned into or suggested as 'Programme de réussite éducative' / PRE", "interlocuteurs"),
        cell("partenariats", "PA-09", "Forme", "action ponctuelle", "form = one-off action", "forme"),
        cell("partenariats", "PA-09", "Fréquence", "ponctuelle", "frequency = one-off", "frequence"),
        cell("partenariats", "PA-09", "Depuis", "mars 2019", "since March 2019 — precision MONTH", "depuis"),
        cell("partenariats", "PA-10", "Id centre", "CS95-03 ", "centre CS95-03 (trailing space ignored)", "id_centre"),
        cell("partenariats", "PA-10", "Objets", "accueil des parents non francophones | parentalité", "objects = welcoming non-French-speaking parents + parenting", "objets"),
        cell("partenariats", "PA-10", "Depuis", "2014", "since 2014 — precision YEAR", "depuis"),
        cell("partenariats", "PA-10", "Interlocuteurs", "directrice | enseignante UPE2A | médiatrice", "3 roles kept; 'médiatrice' is a role, not a name nor the stance 'médiation'", "interlocuteurs"),
        cell("partenariats", "PA-11", "Forme", "instance partagée", "form = shared body (label written without its parenthesis)", "forme"),
        cell("partenariats", "PA-11", "Fréquence", "trimestriel", "frequency = termly", "frequence"),
        cell("partenariats", "PA-12", "Objets", "parentalité | Lien famille-école", "objects = parenting + family–school link ('famille' singular, capital L)", "objets"),
        cell("partenariats", "PA-14", "Interlocuteurs", "principal | coordonnatrice REP+", "roles 'principal', 'coordonnatrice REP+'", "interlocuteurs"),
        cell("partenariats", "PA-17", "Fréquence", "continu", "frequency = continuous", "frequence"),
        cell("partenariats", "PA-17", "Objets", "temps périscolaire | parentalité", "objects = after-school time + parenting", "objets"),
        cell("partenariats", "PA-17", "Interlocuteurs", "directeur | animatrice périscolaire (ville)", "roles kept as written, parenthesis included", "interlocuteurs"),
        cell("partenariats", "PA-18", "Depuis", "01/2019", "since January 2019 — precision MONTH", "depuis"),
        cell("partenariats", "PA-19", "Forme", "accueil de l'école au centre", "form = school hosted at the centre", "forme"),
        cell("partenariats", "PA-24", "Id centre", "CS95-10", "partnership of the Sartrouville (78) centre with a Sartrouville school: loaded", "id_centre"),
        cell("partenariats", "PA-25", "Interlocuteurs", "cheffe d'établissement", "role kept as written", "interlocuteurs"),
    ]
    # ---- pratiques
    V += [
        cell("pratiques", "PR-01", "Résultat", "a marché", "outcome = worked", "resultat"),
        cell("pratiques", "PR-01", "UAI", "0959104E | 0959105F", "carried with 2 schools", "uai"),
        cell("pratiques", "PR-01", "Début", "septembre 2016", "start September 2016 — precision MONTH", "debut"),
        cell("pratiques", "PR-01", "Statut", "validée", "status = validated by the federation", "statut"),
        cell("pratiques", "PR-01", "Description", "Tous les mardis matin… (2 paragraphs)", "kept whole, with its line break", "description"),
        cell("pratiques", "PR-02", "Résultat", "en partie", "outcome = partly", "resultat"),
        cell("pratiques", "PR-02", "Public", "collégiens | parents", "public = collégiens (secondary pupils) + parents", "public"),
        cell("pratiques", "PR-02", "Fin", "juin 2019", "end June 2019 — precision MONTH", "fin"),
        cell("pratiques", "PR-03", "Résultat", "A marché", "outcome = worked", "resultat"),
        cell("pratiques", "PR-03", "Début", 2015, "start 2015 — precision YEAR (number cell, not 07/07/1905)", "debut"),
        cell("pratiques", "PR-04", "Résultat", "n'a pas fonctionné", "outcome = DID NOT WORK (never 'worked', never 'partly')", "resultat"),
        cell("pratiques", "PR-04", "Statut", "Validée", "status = validated", "statut"),
        cell("pratiques", "PR-04", "Fin", "décembre 2018", "end December 2018 — precision MONTH", "fin"),
        cell("pratiques", "PR-05", "Début", "02/05/2018", "start 2 May 2018 — precision DAY (French day/month order: not 5 February)", "debut"),
        cell("pratiques", "PR-05", "Public", "enfants | collégiens | parents", "public = children + collégiens + parents", "public"),
        cell("pratiques", "PR-05", "UAI", "0959420Y | 0950023J", "carried with an école AND a collège", "uai"),
        cell("pratiques", "PR-06", "Résultat", "en cours", "outcome = ongoing", "resultat"),
        cell("pratiques", "PR-06", "Statut", "brouillon", "status = draft (not validated)", "statut"),
        cell("pratiques", "PR-07", "Début", "2018-03-12 (real Excel date cell)", "start 12 March 2018 — precision DAY", "debut"),
        cell("pratiques", "PR-07", "Fin", "29 juin 2018", "end 29 June 2018 — precision DAY", "fin"),
        cell("pratiques", "PR-08", "Public", "lycéens | collégiens", "public = lycéens + collégiens", "public"),
        cell("pratiques", "PR-08", "Début", "2017", "start 2017 — precision YEAR", "debut"),
        cell("pratiques", "PR-10", "Début", "10/2018", "start October 2018 — precision MONTH", "debut"),
        cell("pratiques", "PR-10", "Rencontre", "R3", "presented at the meeting of 23 May 2019", "rencontre"),
        cell("pratiques", "PR-03", "Thèmes", "accueil des parents non francophones | parentalité", "themes = welcoming non-French-speaking parents + parenting", "themes"),
        cell("pratiques", "PR-09", "Thèmes", "santé | parentalité", "themes = health + parenting", "themes"),
    ]
    # ---- situations
    V += [
        cell("situations", "SC-01", "date", "mars 2019", "March 2019 — precision MONTH", "date"),
        cell("situations", "SC-01", "nature", "sanction", "nature = sanction", "nature"),
        cell("situations", "SC-01", "Sollicité par", "les deux", "turned to the centre: both (parent and school)", "sollicite_par"),
        cell("situations", "SC-01", "posture", "médiation", "stance = mediation with both present", "posture"),
        cell("situations", "SC-01", "issue", "apaisée", "outcome = eased", "issue"),
        cell("situations", "SC-01", "Récit", "… du collège Claude Monet …", "stored as written; 'Claude' here is part of a school's name (Claude Monet), not a person: NO privacy finding", "recit"),
        cell("situations", "SC-02", "date", "11/2018", "November 2018 — precision MONTH", "date"),
        cell("situations", "SC-02", "nature", "harcèlement", "nature = bullying", "nature"),
        cell("situations", "SC-02", "Sollicité par", "parent", "turned to the centre: parent", "sollicite_par"),
        cell("situations", "SC-02", "posture", "écoute et orientation", "stance = listening and referral", "posture"),
        cell("situations", "SC-02", "issue", "en partie", "outcome = partly", "issue"),
        cell("situations", "SC-02", "Récit", "… le numéro national 3020 …", "3020 is the national anti-bullying helpline, not a personal number: NO privacy finding", "recit"),
        cell("situations", "SC-03", "posture", "accompagnement du parent", "stance = accompanying the parent", "posture"),
        cell("situations", "SC-03", "issue", "Apaisée", "outcome = eased", "issue"),
        cell("situations", "SC-03", "nature", "orientation", "nature = orientation", "nature"),
        cell("situations", "SC-04", "Sollicité par", "école", "turned to the centre: school", "sollicite_par"),
        cell("situations", "SC-04", "posture", "soutien à l'école", "stance = supporting the school", "posture"),
        cell("situations", "SC-04", "nature", "absentéisme", "nature = absenteeism", "nature"),
        cell("situations", "SC-04", "issue", "en cours", "outcome = ongoing", "issue"),
        cell("situations", "SC-04", "date", "02/2019", "February 2019 — precision MONTH", "date"),
        cell("situations", "SC-05", "uai", None, "no school: allowed (uai is optional for a conflict case)", "uai"),
        cell("situations", "SC-05", "posture", "tiers lieu neutre", "stance = neutral third place", "posture"),
        cell("situations", "SC-05", "issue", "non résolue", "outcome = unresolved", "issue"),
        cell("situations", "SC-05", "nature", "rupture de communication", "nature = communication breakdown", "nature"),
    ]
    # ---- rencontres / questions
    V += [
        cell("rencontres", "R1", "Date de la rencontre", "05/06/2018", "5 June 2018 — precision DAY (not 6 May)", "date"),
        cell("rencontres", "R1", "Participants", "CS95-01 | … | CS95-09", "7 centres present", "participants"),
        cell("rencontres", "R2", "Date de la rencontre", "2019-02-19 (real Excel date cell)", "19 February 2019 — precision DAY", "date"),
        cell("rencontres", "R2", "Participants", "CS95-01 | … | CS95-08", "8 centres present", "participants"),
        cell("rencontres", "R3", "Date de la rencontre", "23/05/2019", "23 May 2019 — precision DAY", "date"),
        cell("rencontres", "R3", "Participants", "… CS95-10 | CS95-11", "8 centres present, including the Sartrouville (78) centre CS95-10", "participants"),
        cell("rencontres", "R3", "Questions", "Q-01 | Q-04", "raised: Q-01 and Q-04", "questions"),
        cell("questions", "Q-01", "Réponses", "PR-10", "answered by practice PR-10", "reponses"),
        cell("questions", "Q-01", "Posée par", "CS95-01", "asked by centre CS95-01", "posee_par"),
        cell("questions", "Q-02", "Réponses", None, "no answer yet: an OPEN question", "reponses"),
        cell("questions", "Q-03", "Réponses", "PR-02 | PR-05 | PR-08", "answered by 3 practices", "reponses"),
        cell("questions", "Q-04", "Réponses", None, "open question", "reponses"),
    ]

    valid = {
        "file": "classeur-federation-95.xlsx",
        "verdict": "accepted: 0 blocking error, 0 privacy finding, every row of every data sheet loaded, no column dropped",
        "header_rows": {k: v["header_row"] for k, v in lay_v.items()},
        "counts": {"centres": 11, "ecoles": 25, "reseaux": 7, "partenariats": 25, "pratiques": 10,
                   "situations": 5, "rencontres": 3, "questions": 5},
        "counts_detail": {
            "centres_by_kind": {"centre social": 8, "espace de vie sociale": 3},
            "centres_members": 9, "centres_outside_95": ["CS95-10 (78586 Sartrouville)"],
            "ecoles_by_level": {"maternelle": 3, "élémentaire": 10, "primaire": 2, "collège": 8,
                                "lycée": 1, "lycée pro": 1},
            "ecoles_uai_only_from_directory": ["0951230W", "0950943J", "0950896H"],
            "ecoles_private": 1,
            "ecoles_by_priority": {"REP+": 9, "REP": 9, "none": 7,
                                   "note": "the 3 UAI-only collèges each HEAD a network of sheet reseaux, so they are REP/REP+ through it ('should'); as written in sheet ecoles alone: REP+ 8, REP 7, empty 10"},
            "partenariats_by_quality": {"fragile": 6, "to build": 6, "solid": 9, "exemplary": 4},
            "pratiques_by_outcome": {"worked": 4, "partly": 3, "did not work": 1, "ongoing": 2},
            "pratiques_by_status": {"validated": 8, "draft": 2},
            "situations_by_stance": {"mediation": 1, "listening and referral": 1, "accompanying the parent": 1,
                                     "supporting the school": 1, "neutral third place": 1},
            "questions_open": ["Q-02", "Q-04"],
            "communes_referenced": ["95018", "95063", "95585", "95268", "95127", "95500", "95306", "95487",
                                    "95555", "78586"],
            "qpv_referenced": ["QP095005", "QP095006", "QP095007", "QP095010", "QP095002", "QP095033",
                               "QP095032", "QP095011", "QP095015", "QP095024", "QP095040", "QP095041",
                               "QP078015"],
        },
        "not_data": ["Lisez-moi (notes sheet)", "Feuil3 (empty sheet)",
                     "title rows above the header (merged cells), blank rows inside a table (partenariats row 16)"],
        "tolerated_warnings": [
            "CS95-10, 0789214S, QP078015 are in département 78: a warning naming the command that loads 78 is acceptable; blocking is not",
            "column 'Commune' (sheet centres) and 'Remarques' (sheet partenariats) are not template columns: ignored with a note, or kept; never blocking",
            "the 3 UAI-only collèges need the official collèges file: if it is not loaded, say so in French and say what to load",
        ],
        "must_not": [
            "drop the column 'Qualité du lien' (all 25 partnerships must have their quality)",
            "take a title row as the header",
            "refuse a REP network given by its name",
            "refuse a role that is not in a standard list (interlocuteurs are kept as written)",
            "turn a year alone into a full date, or drop the day of a full date",
            "read the number 2015 as an Excel serial date",
            "read 05/06/2018 as 6 May or 02/05/2018 as 5 February",
            "raise a privacy finding on: 'collège Claude Monet', 'Victor Hugo', 'Jean Jaurès', 'Paul Langevin', 'Pierre et Marie Curie', the helpline '3020', '8h20', '0,2 ETP', '2018-2021', 'Maison Pour Tous, 8 place de la Commune de Paris'",
        ],
        "cells": V,
    }

    E = lay_e
    errors = [
        {"id": "E01", "kind": "UAI with a wrong check letter", "sheet": "partenariats",
         "excel_row": R(E, "partenariats", "PA-07"), "row_id": "PA-07", "column_as_written": "UAI",
         "value": "0951230X", "must": ["blocking", "say the check letter is wrong (0951230 gives W)"],
         "may": ["suggest 0951230W (Collège Eugénie Cotton, present in sheet ecoles)"], "must_not": []},
        {"id": "E02", "kind": "unknown commune code", "sheet": "centres",
         "excel_row": R(E, "centres", "CS95-09"), "row_id": "CS95-09", "column_as_written": "Code commune",
         "value": 95478, "must": ["blocking: no commune 95478 exists (95 is the loaded département, so this is not the 'neighbouring département' warning)"],
         "may": ["suggest 95487 Persan (the next column says Persan)"], "must_not": ["create a commune 95478"]},
        {"id": "E03", "kind": "value close to a vocabulary label", "sheet": "partenariats",
         "excel_row": R(E, "partenariats", "PA-14"), "row_id": "PA-14", "column_as_written": "Fréquence",
         "value": "hebdomadiare", "must": ["blocking", "suggest weekly (« hebdomadaire »)"], "may": [], "must_not": []},
        {"id": "E04a", "kind": "value whose nearest spelling inverts its meaning", "sheet": "pratiques",
         "excel_row": R(E, "pratiques", "PR-04"), "row_id": "PR-04", "column_as_written": "Résultat",
         "value": "ne marche pas", "must": ["blocking (not loaded as any outcome)"],
         "may": ["suggest 'did not work' (« n'a pas fonctionné »)", "no suggestion at all"],
         "must_not": ["suggest 'worked' (« a marché »)", "suggest 'partly' (« en partie », « a marché en partie »)"]},
        {"id": "E04b", "kind": "value whose nearest spelling inverts its meaning", "sheet": "situations",
         "excel_row": R(E, "situations", "SC-05"), "row_id": "SC-05", "column_as_written": "issue",
         "value": "pas apaisée", "must": ["blocking (not loaded as any outcome)"],
         "may": ["suggest 'unresolved' (« non résolue »)", "no suggestion"],
         "must_not": ["suggest 'eased' (« apaisée »)"]},
        {"id": "E05", "kind": "multi-valued cell with TWO bad values", "sheet": "partenariats",
         "excel_row": R(E, "partenariats", "PA-19"), "row_id": "PA-19", "column_as_written": "Objets",
         "value": "culture | sorties | fête de fin d'année",
         "must": ["report « sorties »", "report « fête de fin d'année »", "both in the same pass", "do not report « culture »"],
         "may": ["suggest 'culture' for either"], "must_not": ["report only the first bad value"]},
        {"id": "E06", "kind": "date that does not exist", "sheet": "pratiques",
         "excel_row": R(E, "pratiques", "PR-02"), "row_id": "PR-02", "column_as_written": "Fin",
         "value": "31/02/2019", "must": ["blocking: 31 February does not exist"],
         "may": [], "must_not": ["roll over to 03/03/2019", "clamp to 28/02/2019", "keep it as the month 02/2019"]},
        {"id": "E07", "kind": "partnership pointing to a centre that is not in the workbook", "sheet": "partenariats",
         "excel_row": R(E, "partenariats", "PA-24"), "row_id": "PA-24", "column_as_written": "Id centre",
         "value": "CS95-12", "must": ["blocking: centre CS95-12 is neither in sheet centres nor (in a fresh graph) in the graph"],
         "may": [], "must_not": ["create an empty centre CS95-12"]},
        {"id": "E08", "kind": "misspelt column header resembling a template column", "sheet": "partenariats",
         "excel_row": E["partenariats"]["header_row"], "row_id": None,
         "column_as_written": "Qualitée du lien", "column_letter": E["partenariats"]["columns"]["Qualitée du lien"],
         "value": "Qualitée du lien",
         "must": ["blocking, with « voulez-vous dire « Qualité du lien » (qualite) ? »",
                  "the other problems of sheet partenariats (E01, E03, E05, E07) are still reported in the same pass"],
         "may": [], "must_not": ["drop the column silently", "succeed with partnerships that have no quality",
                                 "a mere warning followed by a successful import"]},
        {"id": "E09", "kind": "child's first name and parent's phone number in a narrative", "sheet": "situations",
         "excel_row": R(E, "situations", "SC-02"), "row_id": "SC-02", "column_as_written": "Récit",
         "value": "La maman de Yanis nous a appelés au 06 12 34 56 78 un lundi soir : …",
         "must": ["blocking", "name sheet situations, row %d, column Récit" % R(E, "situations", "SC-02"),
                  "say a phone number and a first name were found, masked"],
         "may": ["mask as « 06 ** ** ** ** » or « [téléphone] », « Y**** » or « [prénom] »"],
         "must_not": ["the report (screen, file, log) contains « 06 12 34 56 78 »",
                      "the report contains « 0612345678 » or any other spelling of that number",
                      "the report contains « Yanis »",
                      "the narrative is stored, validated or published"]},
        {"id": "E10", "kind": "email address in a narrative", "sheet": "situations",
         "excel_row": R(E, "situations", "SC-04"), "row_id": "SC-04", "column_as_written": "Récit",
         "value": "… depuis son adresse famille.traore95@gmail.com …",
         "must": ["blocking", "say an email address was found, masked"], "may": [],
         "must_not": ["the report contains « famille.traore95@gmail.com » or « traore95 »"]},
        {"id": "E11", "kind": "very long cell (40,000 characters)", "sheet": "pratiques",
         "excel_row": R(E, "pratiques", "PR-09"), "row_id": "PR-09", "column_as_written": "Description",
         "value": "Une fois par mois, le centre et l'école du Village… (40,000 characters)",
         "must": ["refused with a French message naming row, column and length (40 000 caractères)",
                  "the report quotes an EXCERPT only (a few hundred characters at most)",
                  "no cell of a report file exceeds 32,767 characters"],
         "may": ["loading it whole instead of refusing, if the product's limit is above 40,000 — but never silently truncated"],
         "must_not": ["silent truncation to 32,767 or any other length", "copy the 40,000 characters into the report"]},
    ]
    errs = {
        "file": "classeur-federation-95-erreurs.xlsx",
        "verdict": "refused; NOTHING written to the graph; every problem below reported in ONE pass (about 12 findings: E05 counts two)",
        "rows_as_excel_shows_them": "title rows count: partenariats header is row 3, data start row 4; a blank row 16 is counted",
        "no_other_findings": "no problem on any other cell (in particular nothing on the unchanged cells listed for the valid workbook)",
        "problems": errors,
    }

    starts = csv_starts
    csvj = {
        "folder_valid": "partenariats-csv/",
        "folder_errors": "partenariats-csv-erreurs/",
        "format": "as Excel for Windows 'CSV (séparateur : point-virgule)': ';', Windows-1252 (no BOM), CRLF between records, LF inside a quoted cell, every row padded with ';' to the sheet width, dates as dd/mm/yyyy, decimal comma",
        "valid_verdict": "the CSV folder loads exactly like the workbook: same counts, same meanings (accents decoded from Windows-1252: header « Qualité du lien » recognised; 'Fédération…' title line and the blank line skipped; header found on line 3)",
        "multiline_cell": {"row_id": "PA-05", "excel_row": 8, "column": "Remarques",
                           "physical_lines": [8, 9]},
        "row_mapping": "spreadsheet row r = physical line r for r <= 8; physical line r+1 for r >= 9",
        "physical_start_line_by_spreadsheet_row": starts,
        "error_folder_problems": [
            {"sheet": "partenariats.csv", "row_id": "PA-13", "excel_row": 17, "physical_line": starts["17"],
             "column_as_written": "Qualité du lien", "value": "pas du tout solide",
             "must": ["blocking", "message says row (ligne) 17, not 18"],
             "must_not": ["suggest 'solid' (« solide ») or 'exemplary'"], "may": ["suggest 'fragile'", "no suggestion"]},
            {"sheet": "partenariats.csv", "row_id": "PA-22", "excel_row": 26, "physical_line": starts["26"],
             "column_as_written": "Objets", "value": "santé | sport",
             "must": ["report « sport » on row 26, not 27", "do not report « santé »"], "must_not": [], "may": []},
        ],
    }
    meta = {
        "written_by": "an outside helper, from the team's shared DOMAIN.md, the French seed and issue 15 only; no code, template, demo data or test of the project was read",
        "generator": "make_workbooks.py (row numbers computed from the same layout that writes the files; judgments written by hand)",
        "meaning_vocabulary": "meanings use DOMAIN.md's English terms (form, frequency, object, quality, outcome, stance, conflict outcome); internal codes are the product's to choose",
        "strength": "'must' = required by DOMAIN.md or issue 15; 'should' = our reading where DOMAIN.md is silent",
    }
    json.dump({"meta": meta, "valid_workbook": valid, "error_workbook": errs, "csv": csvj},
              open(os.path.join(HERE, "attendu.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
