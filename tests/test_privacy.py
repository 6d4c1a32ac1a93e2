"""Protection of people in conflict cases: a corpus of French sentences, with and without identifying details.

Every detail of the corpus must be found, with its kind and its exact text; the sentences made of the field's
ordinary words (« école », « collège », « CLAS », « Argenteuil »…) and every narrative of the demo must raise
nothing; a case with findings is refused by the query layer on both stores, and nothing is written."""

from __future__ import annotations

import pytest
from helpers import dump

from graph.access import Access, Role
from graph.guard import GuardedStore
from graph.privacy import first_names
from ingest.demo import load_demo
from queries.contributions import InvalidContribution, save_contribution
from queries.privacy import (
    CASE_TEXTS,
    IdentifyingDetails,
    check_case,
    find_identifying,
    known_places,
    place_phrases,
    replace_identifying,
)

# (sentence, every detail it holds: kind and exact text)
IDENTIFYING = [
    ("La maman de Yanis est venue nous voir après la réunion.", {("prenom", "Yanis")}),
    ("Mme Diallo a appelé le centre le 12 mars 2019.", {("nom", "Diallo")}),
    ("Le père, M. Le Gall, conteste la sanction.", {("nom", "Le Gall")}),
    ("Vous pouvez joindre la famille au 06 12 34 56 78 ou au +33 1 39 98 12 34.",
     {("telephone", "06 12 34 56 78"), ("telephone", "+33 1 39 98 12 34")}),
    ("Le numéro du père : 0612345678, ou 07-81-22-33-44 le soir.",
     {("telephone", "0612345678"), ("telephone", "07-81-22-33-44")}),
    ("Son adresse : 12 rue des Lilas, 95100 Argenteuil.", {("adresse", "12 rue des Lilas"), ("adresse", "95100")}),
    ("La famille vit résidence des Iris, tour 12, au 3e étage.",
     {("adresse", "résidence des Iris"), ("adresse", "tour 12"), ("adresse", "3e étage")}),
    ("Elle habite au 3 bis avenue Jean Jaurès, bâtiment C, appartement 45.",
     {("adresse", "3 bis avenue Jean Jaurès"), ("adresse", "bâtiment C"), ("adresse", "appartement 45")}),
    ("Écrire à fatou.diarra@gmail.com pour la suite.", {("courriel", "fatou.diarra@gmail.com")}),
    ("L’enfant, né le 3 mars 2014, est scolarisé en CM2 B à l’école.",
     {("date", "né le 3 mars 2014"), ("classe", "CM2 B")}),
    ("Élève de 6e3 au collège, il a été exclu trois jours.", {("classe", "6e3")}),
    ("La famille Benali a refusé la médiation.", {("nom", "Benali")}),
    ("Inès Durand, la grande sœur, sert d’interprète.", {("nom", "Inès Durand")}),
    ("Karim et Samira se sont rencontrés au CLAS.", {("prenom", "Karim"), ("prenom", "Samira")}),
    ("La directrice, Madame Lefèvre, souhaite une rencontre.", {("nom", "Lefèvre")}),
    ("Le fils Mohamed ne vient plus au collège depuis novembre.", {("prenom", "Mohamed")}),
    ("Contact : 01.34.10.20.30, demander Sophie.", {("telephone", "01.34.10.20.30"), ("prenom", "Sophie")}),
    ("Durand Lefebvre est venu avec sa fille.", {("nom", "Durand Lefebvre")}),
    ("Sa fille est née le 14/02/2012 à Pontoise.", {("date", "née le 14/02/2012")}),
    ("FATOUMATA est arrivée en retard au collège.", {("prenom", "FATOUMATA")}),
    ("La mère de kevin est venue voir la référente familles.", {("prenom", "kevin")}),
    ("Au centre, Jean-Pierre a proposé de réunir les deux parties.", {("prenom", "Jean-Pierre")}),
    ("La classe de 4e B du collège a été informée.", {("classe", "4e B")}),
    ("Elle travaille à la cantine, joignable au +33 (0)6 11 22 33 44.", {("telephone", "+33 (0)6 11 22 33 44")}),
    # The issue's findings, each as a class: a first name the old 770-name list lacked, a residence with no
    # number beside a postcode, the initial of a surname, a level after a civility, a surname and a comma.
    ("La mère de Kenzo est passée au centre.", {("prenom", "Kenzo")}),
    ("Ils vivent résidence du Parc Fleuri, 95400 Villiers-le-Bel.", {("adresse", "résidence du Parc Fleuri"),
                                                                    ("adresse", "95400")}),
    ("Léna T. ne vient plus au CLAS.", {("nom", "Léna T.")}),
    ("M. Oukili, 6e, veut voir le principal.", {("nom", "Oukili")}),
    # First names that are words: a person only where the context says so.
    ("Sa sœur Capucine a tout raconté à la CPE.", {("prenom", "Capucine")}),
    ("Aurore est venue seule au rendez-vous.", {("prenom", "Aurore")}),
    ("Hier, nous avons revu Olive au centre.", {("prenom", "Olive")}),
    ("Le fils de Mme Lebrun, Ange, refuse d’aller en classe.", {("nom", "Lebrun"), ("prenom", "Ange")}),
    ("Constance, maman de deux enfants, a demandé un rendez-vous.", {("prenom", "Constance")}),
    ("Victoire (CP) pleure le matin.", {("prenom", "Victoire")}),
    # Names no list has, known by their context; initials after a civility, a relative or a first name.
    ("Le petit Tiyam, 7 ans, a été puni.", {("prenom", "Tiyam")}),
    ("L’enseignante a convoqué Mme R. et son fils.", {("nom", "R.")}),
    ("La famille B. ne répond plus.", {("nom", "B.")}),
    ("MME OUATTARA A ÉCRIT AU DIRECTEUR POUR SE PLAINDRE DE LA CANTINE.", {("nom", "OUATTARA")}),
    ("M. Boulanger, le père, conteste la punition.", {("nom", "Boulanger")}),
    # Blocks, floors, a residence without its word, a postcode after its commune.
    ("Ils sont logés au 5e étage, bât. D, escalier 2.",
     {("adresse", "5e étage"), ("adresse", "bât. D"), ("adresse", "escalier 2")}),
    ("Courrier à Mme Sy, Les Hauts de Vaux, appt 12, Sarcelles 95200.",
     {("nom", "Sy"), ("adresse", "Les Hauts de Vaux"), ("adresse", "appt 12"), ("adresse", "95200")}),
    ("Adresse : impasse des Coquelicots.", {("adresse", "impasse des Coquelicots")}),
    ("Elle est à l’hôtel Le Relais, à Ermont, depuis mars.", {("adresse", "hôtel Le Relais")}),
    # A child's age with its level and its school; a class the school has only one of.
    ("Inaya a 8 ans ; elle est en CE2 à l’école Paul Éluard.", {("prenom", "Inaya"), ("age", "8 ans")}),
    ("Un élève de l’ULIS du collège Romain Rolland a été exclu.", {("classe", "ULIS du collège Romain Rolland")}),
    # Identifiers: a handle, a plate, a benefit or social security number.
    ("Les messages venaient du compte @kenza.officiel_95 sur Snapchat.", {("identifiant", "@kenza.officiel_95")}),
    ("Il insulte sous le pseudo mehdi_du_93, puis sous bgdu.val.2010.",
     {("identifiant", "mehdi_du_93"), ("identifiant", "bgdu.val.2010")}),
    ("Une voiture rouge, plaque GH-402-TR, attendait devant l’école.", {("identifiant", "GH-402-TR")}),
    ("Son numéro d’allocataire : 1234567 ; la CAF a relancé.", {("identifiant", "1234567")}),
    ("N° de sécurité sociale 2 91 07 95 018 123 45 donné par erreur.", {("identifiant", "2 91 07 95 018 123 45")}),
    # Quick notes: names in lower case, with what says they are people; surnames first, in capitals.
    ("rdv pour ilyes (ddn 12.01.2014) avec la PMI", {("prenom", "ilyes"), ("date", "12.01.2014")}),
    ("vu rose et ange (les cousines bensaïd, CM1) ce matin",
     {("prenom", "rose"), ("prenom", "ange"), ("nom", "bensaïd")}),
    ("Présents :\nMOREIRA Céleste\nBOTTON Pierre", {("nom", "MOREIRA Céleste"), ("nom", "BOTTON Pierre")}),
    ("LA MÈRE DE KENZO BARRAUD EST VENUE SEULE.", {("nom", "KENZO BARRAUD")}),
    ("Le petit J.B., en CP, pleure tous les matins.", {("nom", "J.B.")}),
    ("Accueil de la famille T. : la mère parle peu.", {("nom", "T.")}),
    ("Rencontre avec M. O'Brien et Mme D’Souza.", {("nom", "O'Brien"), ("nom", "D’Souza")}),
    ("note : yanis 9ans ce2 ecole paul bert, bagarre", {("prenom", "yanis"), ("age", "9ans")}),
    # Homes typed loosely, and a move.
    ("ils vivent rés. du moulin bat C depuis l’été", {("adresse", "rés. du moulin"), ("adresse", "bat C")}),
    ("La mère a emménagé rue des Tanneurs avec les trois enfants.", {("adresse", "rue des Tanneurs")}),
    # A surname typed in lower case after a civility; a family's name where an adjective would be.
    ("vu mr haddad et mme d'almeida ce matin", {("nom", "haddad"), ("nom", "d'almeida")}),
    ("famille kowalczyk, relance faite.", {("nom", "kowalczyk")}),
    # What a person is, said after the name; a first name before a surname; a family named in the plural.
    ("Bérénice, bénévole du CLAS, a raccompagné l’enfant.", {("prenom", "Bérénice")}),
    ("Océane Mbappé, 9 ans, en CM1 à l’école Jean Macé.", {("nom", "Océane Mbappé"), ("age", "9 ans")}),
    ("Les Carvalho viennent tous les mercredis.", {("nom", "Carvalho")}),
    # Streets where a family lives without a verb for it; a form's fields; a network named with the handle.
    ("Foyer d’hébergement de l’avenue des Platanes, chambre partagée.", {("adresse", "avenue des Platanes")}),
    ("NOM : KAYA   Prénom : Elif", {("nom", "KAYA"), ("prenom", "Elif")}),
    ("Le grand frère (insta : zak.off) relaie les messages.", {("identifiant", "zak.off")}),
    ("Numéro de dossier MDPH : 2023-118-445 transmis.", {("identifiant", "2023-118-445")}),
    # A school said by its name only after a level, in a quick note.
    ("sara 12 ans 5e a Paul Eluard, absente", {("prenom", "sara"), ("age", "12 ans")}),
    # A first name in brackets after a name, after « prénom », in lower case after a relative; a compound one.
    ("Reçu Mme Diop (Prudence) et M. Faye (prénom Ousmane).",
     {("nom", "Diop"), ("prenom", "Prudence"), ("nom", "Faye"), ("prenom", "Ousmane")}),
    ("le frère de lina est passé", {("prenom", "lina")}),
    ("Deux bénévoles, Marie-Claude et Youssef, tiennent l’accueil.", {("prenom", "Marie-Claude"), ("prenom", "Youssef")}),
    # A surname that is a commune; initials after or before a role; a postcode before a commune in lower case.
    ("La famille Lourdes est venue au centre.", {("nom", "Lourdes")}),
    ("la stagiaire K.L. a raccompagné l’enfant ; A.-M. P., bénévole, aussi.",
     {("nom", "K.L."), ("nom", "A."), ("nom", "M. P.")}),
    ("ils habitent 4 impasse des lilas 69120 vaulx-en-velin", {("adresse", "4 impasse des lilas"), ("adresse", "69120")}),
    ("Numéro identifiant France Travail : identifiant 4471236B.", {("identifiant", "4471236B")}),
    ("dossier n° ASE 69-2021-00812 suivi par l’éducatrice", {("identifiant", "69-2021-00812")}),
    # Dates of birth said otherwise than « né le »; a phone written with slashes.
    ("Fiche PRE — Enfant : Loïc — date de naissance de l’enfant : 4 mai 2013", {("nom", "Loïc"),
                                                                             ("date", "4 mai 2013")}),
    ("Inscrits : Tidiane (11/02/2014)", {("prenom", "Tidiane"), ("date", "11/02/2014")}),
    ("la tante rappellera au 07/81/22/33/44", {("telephone", "07/81/22/33/44")}),
    ("son fixe : zéro un, trente-quatre, dix, vingt, trente et voilà", {("telephone", "zéro un, trente-quatre, dix, vingt, trente")}),
    # Who speaks in a team's thread, who leads or writes, a nickname, a table's column about families.
    ("[10:02] inès : la maman est passée\n[10:05] directrice : ok", {("prenom", "inès")}),
    ("RÉFÉRENTE : SOLÈNE MARCHETTI\nPUBLIC : CM1-CM2", {("nom", "SOLÈNE MARCHETTI")}),
    ("Le cadet, que tout le monde surnomme « Tonton », sèche les cours.", {("prenom", "Tonton")}),
    ("Sa sœur, que les voisins appellent « la Puce », est en CE2. La Puce ne vient plus.",
     {("prenom", "la Puce"), ("prenom", "La Puce")}),
    ("Kevin Loriot, dit « le Lynx », sort du collège. Le Lynx a fugué.",
     {("nom", "Kevin Loriot"), ("prenom", "le Lynx"), ("prenom", "Le Lynx")}),
    ("Le cadet, surnommé « Tonton » au city, sèche les cours.", {("prenom", "Tonton")}),
    ("Date | Famille | Suite\n12/01 | NDIAYE | rappel", {("nom", "NDIAYE")}),
    # In capitals: a child named after a relative, with its age; a first name in brackets; « A » is a verb.
    ("SON FILS BAPTISTE, 7 ANS, EN CE1 À L’ÉCOLE LOUIS PERGAUD, RESTE SEUL.",
     {("prenom", "BAPTISTE"), ("age", "7 ANS")}),
    ("APPEL DE MME TRAORÉ (AMINATA) CE MATIN", {("nom", "TRAORÉ"), ("prenom", "AMINATA")}),
    # A first name that is a word, between two first names; a family named in the plural; an initial after a role
    # and a comma; a home after « réside », and a street whose kind the short lists forgot.
    ("Ses enfants, Yanis, Mai et Lilou, vont au centre.", {("prenom", "Yanis"), ("prenom", "Mai"),
                                                        ("prenom", "Lilou")}),
    ("on a eu un souci avec les Lemaire cette semaine", {("nom", "Lemaire")}),
    ("La maîtresse, J.-F. R., viendra au goûter.", {("nom", "J."), ("nom", "F. R.")}),
    ("Elle réside au 8 rue Voltaire, 13003 Marseille, depuis mars.", {("adresse", "8 rue Voltaire"),
                                                                       ("adresse", "13003")}),
    ("La famille est logée au 12 traverse des Pins.", {("adresse", "12 traverse des Pins")}),
    ("à l’école primaire puis à l’école kergomard : lina, 6 ans, en CP", {("prenom", "lina"), ("age", "6 ans")}),
    # A landline near an office is still a person's when the clause names one; a mobile always is; a school's
    # mailbox that a person gives as hers is hers.
    ("Le collège a joint la mère au 03 20 11 22 33.", {("telephone", "03 20 11 22 33")}),
    ("Accueil du centre : 07 11 22 33 44.", {("telephone", "07 11 22 33 44")}),
    ("La directrice veut qu’on lui écrive à ce.0590001A@ac-lille.fr.", {("courriel", "ce.0590001A@ac-lille.fr")}),
    ("Le compte rendu part à direction.ecole.lilas@gmail.com.", {("courriel", "direction.ecole.lilas@gmail.com")}),
    # An identifier after the name of who gives it; a plate in lower case; a social hotel, its room; a street
    # typed in lower case where someone lives; a date of birth in words, or far after « DDN »; initials signing.
    ("Pièces : attestation CAF, identifiant Pôle Emploi Val 0623481X.", {("identifiant", "0623481X")}),
    ("Il a apporté le dossier MDPH n° 95-2021-113408.", {("identifiant", "95-2021-113408")}),
    ("le voisin a une twingo bleue ab-345-cd", {("identifiant", "ab-345-cd")}),
    ("La mère et ses fils dorment à l’hôtel social Les Mimosas, chambre 4.",
     {("adresse", "hôtel social Les Mimosas"), ("adresse", "chambre 4")}),
    ("la grand-mère habite impasse du vieux moulin depuis mars", {("adresse", "impasse du vieux moulin")}),
    ("sa fille est née le vingt et un juin deux mille douze", {("date", "vingt et un juin deux mille douze")}),
    ("DDN du petit (à recopier sur la fiche sanitaire du séjour) : 14/09/2016.", {("date", "14/09/2016")}),
    ("Bilan validé en équipe. Rédaction : S.B. et J.-L. T.", {("nom", "S.B."), ("nom", "J.-L. T.")}),
    # Dictated in lower case: a surname in capitals after « madame », then the first name; a name after a civility
    # typed in lower case; an initial, its dot, then a verb.
    ("alors la mamie madame KONATE awa est passee au centre", {("nom", "KONATE awa")}),
    ("on doit recevoir m. et mme Benhaddou jeudi", {("nom", "Benhaddou")}),
    ("La mère est inquiète. K. est revenue au CLAS lundi.", {("nom", "K.")}),
    # After an article and a noun, a first name is still a person's when what follows says so.
    ("Pendant la récré Inès a été bousculée.", {("prenom", "Inès")}),
    ("On a revu la tata Awa et la petite Nour hier.", {("prenom", "Awa"), ("prenom", "Nour")}),
    ("Dans la cour Inès et sa sœur jouent seules.", {("prenom", "Inès")}),
    ("À la cantine Yanis et Adam se sont battus.", {("prenom", "Yanis"), ("prenom", "Adam")}),
    # A surname that is also a place's name, after a first name; a landline whose brackets name a home.
    ("Valérie Fontaine, animatrice, a appelé la mère.", {("nom", "Valérie Fontaine")}),
    ("Son numéro : 01 23 45 67 89 (domicile), à rappeler le soir.", {("telephone", "01 23 45 67 89")}),
    # An address typed with spaces around its dots; a postcode right after a home's street; a child's age said of
    # one child beside a level and a school left unnamed; a tower in lower case, a hostel, a number and a floor in
    # words; an old plate in brackets; a nickname in lower case; a name spelled; a compound first name in capitals;
    # initials before a relative; a list of first names opened by a word; a first name in brackets before a role;
    # a surname that is a word, before a role.
    ("Écrire à l . benamar @ example . fr avant jeudi.", {("courriel", "l . benamar @ example . fr")}),
    ("Elle a déménagé au 7 rue des Ormes, 69200, chez sa sœur.",
     {("adresse", "7 rue des Ormes"), ("adresse", "69200")}),
    ("Sa mère dit qu’il a huit ans et qu’il est en CE2 à l’école du quartier.", {("age", "huit ans")}),
    ("Nina, 6 ans et demi, en CP à l’école voisine, pleure le matin.", {("prenom", "Nina"), ("age", "6 ans et demi")}),
    ("La famille vit au 5e étage de la tour pablo picasso depuis mai.",
     {("adresse", "5e étage"), ("adresse", "tour pablo picasso")}),
    ("Le père est logé au foyer Les Tamaris, chambre 3.", {("adresse", "foyer Les Tamaris"), ("adresse", "chambre 3")}),
    ("Elle habite au quinze avenue Jean Moulin depuis l’été.", {("adresse", "quinze avenue Jean Moulin")}),
    ("Elle vit avec ses enfants résidence du Lac, au quatrième.",
     {("adresse", "résidence du Lac"), ("adresse", "quatrième")}),
    ("Une voisine a noté sa plaque (4521 KT 69) sur un papier.", {("identifiant", "4521 KT 69")}),
    ("Son fils, que toute la cité appelle « bouboule », ne vient plus.", {("prenom", "bouboule")}),
    ("Le nom du père, épelé au téléphone : m a r c h a l.", {("nom", "m a r c h a l")}),
    ("LA MÈRE DE LÉO, MME DUPUIS MARIE-CLAUDE, A APPELÉ LE CENTRE.",
     {("prenom", "LÉO"), ("nom", "DUPUIS MARIE-CLAUDE")}),
    ("- J.-B. K., son frère, a traduit pour la mère.", {("nom", "J."), ("nom", "B. K.")}),
    ("Sur la photo : Rose, Inès et Lucas (CM1) au potager.",
     {("prenom", "Rose"), ("prenom", "Inès"), ("prenom", "Lucas")}),
    ("compte rendu (capucine, animatrice) : la maman est revenue", {("prenom", "capucine")}),
    ("Présents : la CPE, Pascal Petit (animateur, centre social).", {("nom", "Pascal Petit")}),
]
ORDINARY = [
    # The date of a call, a meeting or an incident: it identifies no one (only a date of birth does).
    "Le 05/06/2018, la mère est venue au centre.",
    "Le rendez-vous du 2019-03-12 a été reporté.",
    "Zéro absence, deux retards et trente et un élèves présents sur trente-deux.",
    "En petite section à l’école, obligatoire dès 3 ans ; l’accueil est possible à partir de 2 ans.",
    # A switchboard; speakers and fields by their role; places after a street's kind or after « familles de ».
    "Contacter le service scolaire (standard : 01 30 00 00 00).",
    "[17:55] coordo CLAS : on refait le goûter ?\n[17:57] directrice : oui",
    "Rendez-vous au 5 boulevard de Provence, au centre social.",
    "Les familles de Bellevue et des Aubiers sont invitées au goûter.",
    "Une petite victoire : la mère est revenue au centre.",
    "RÉUNION DU 14 MARS À 18H AU CENTRE. PRÉSENTS : LA DIRECTRICE, LE CPE.",
    "La mère est venue voir l’animatrice CLAS de l’école, à Argenteuil, en mars 2019.",
    "Le collège a sollicité le centre pour une médiation.",
    "L’élève de CM2 a été exclu de la cantine.",
    "Le CPE et la directrice de l’école élémentaire ont accepté de se réunir.",
    "Une rencontre a eu lieu à la Maison Pour Tous, avec l’Éducation nationale.",
    "L’école Jules Ferry et le collège Jean Moulin travaillent avec le centre.",
    "Le centre social de Saint-Brice a orienté la famille vers le PRE.",
    "Claire et nette, la position du centre a rassuré la famille.",
    "En 2019, 29 familles ont été accompagnées ; 12 d’entre elles ont activé Pronote.",
    "Deux cours de soutien par semaine, 3 places disponibles.",
    "Pendant le Ramadan, les horaires du CLAS ont changé.",
    "Le Conseil Départemental et la Caisse d’Allocations Familiales financent l’action.",
    "Une mère d’un élève de 6e est venue au centre en septembre 2020.",
    "Au centre, la famille a été reçue par la référente familles.",
    "Le jean troué de l’enfant a fait rire la classe.",
    "Il s’est marié l’an dernier et a déménagé à L’Isle-Adam.",
    "La PMI et l’ASE suivent déjà la famille.",
    "Le CPE du collège a proposé un rendez-vous au centre avec Madame la Principale.",
    # Words that are first names, used as words; names of schools and of places; roles after a civility.
    "Fort de ce constat, le centre a proposé une rencontre.",
    "Grâce à la médiatrice, la mère a pu parler à Madame Directrice.",
    "La Rose des vents accueille les familles le mercredi.",
    "Avec France Travail et la CAF, nous avons monté un atelier.",
    "Lecture du Petit Prince avec les CE2 de l’école Louise Michel.",
    "Le collège Pierre et Marie Curie et l’école Victor Hugo travaillent avec nous depuis 3 ans.",
    "Les enfants de 6 à 11 ans, du CP au CM2, viennent au CLAS de l’école Jules Ferry.",
    "Un garçon de 11 ans, en 6e, a été exclu trois jours.",
    "Le Plessis-Bouchard et Saint-Ouen-l’Aumône ont rejoint le réseau REP+ Eugénie Cotton.",
    "La famille a été hébergée en résidence sociale ; les enfants traînent dans la rue le soir.",
    "Rien n’a été fait depuis ; personne n’est venu.",
    "Elle, en CM2, travaille bien ; son frère est en 4e au collège.",
    "La réunion du conseil d’école a eu lieu en novembre, au bâtiment de la maternelle.",
    "Nous avons donné le 3020 et le 119 à la mère, et le 115 pour l’hébergement.",
    "Environ 13 700 habitants vivent dans le quartier du Val d’Argent Nord.",
    # Numbers, codes and lists that point to no one.
    "Le bus 95-02 passe à 16h30 ; salle 2, budget de 12 500 €, soit 35 % de plus qu’en 2023-2024.",
    "Voir le site www.caf.fr et l’ENT, p. ex. pour les bourses ; options A. / B. / C. à choisir.",
    "Un enfant de 8 ans en CE2 à l’école primaire du quartier, et deux en CM1.",
    "La cité éducative et la cité scolaire ont signé avec la résidence universitaire.",
    "Les CM2 rencontrent les 6e au collège, la Toussaint puis Pâques.",
    # Languages, titles of projects, a school's code, the centre's own floor and account, a family's adjective.
    "La mère parle dari et un peu d’anglais ; l’interprète traduit en tamoul ou en soninké.",
    "Le projet « Félicité et Prosper » a réuni 12 familles ; l’atelier « Rose et Léon » continue.",
    "Convention avec le collège Victor Hugo (UAI 0951234K) pour trois ans.",
    "Les permanences ont lieu au 2e étage, bureau 4, dans nos locaux.",
    "Suivez le centre sur Instagram : @centre_les_tilleuls_officiel.",
    "Une famille nombreuse, une famille monoparentale : la famille refusait, puis a accepté.",
    "Avec patience, la médiatrice a repris contact ; avec constance, l’animatrice a suivi.",
    "Une maman du Village est venue ; le Pont est fermé.",
    # Neighbourhoods of all France, an organisation's mailbox and account, a public place's address.
    "Des familles de Franc Moisin, de Malpassé Corot et de la Villeneuve viennent au forum.",
    "Écrire à contact@cs-exemple.fr ou accueil@mairie-exemple.fr ; Instagram @evs.exemple.",
    "Une mère a été convoquée à l’hôtel de ville (2 place de la Mairie, 95100 Argenteuil) ; elle est venue au centre.",
    "La maîtresse E du RASED a expliqué son rôle à la famille.",
    # Names of things made of words and first names: an association or a group in the plural, in quotes, after a
    # greeting; a neighbourhood listed inside a longer official name; a place after an article, or after an
    # article and a noun of no person; schools in the plural, or named in capitals.
    "Les Petits Bricoleurs animent un atelier le samedi avec les parents.",
    "« Bonsoir Lune » : une veillée contée pour les parents de CP.",
    "Les « Petites Mains » (CM1-CM2) ont exposé leurs dessins.",
    "Des familles de Moulin Hacart viennent au goûter.",
    "La fête de fin d’année a lieu au parc de l’Ariane, près du centre.",
    "Les adultes-relais invitent les familles du secteur Justine et du secteur Léonie.",
    "Sortie au Mont-Valérien puis au Louvre-Lens avec les familles.",
    "Les collèges Colette et Simone Veil participent au forum.",
    "LA CPE DU COLLEGE COLETTE PASSE AU CENTRE LE JEUDI AVEC LA PRINCIPALE.",
    # An office's own line or mailbox: a switchboard said well before its number, a secretariat, a letterhead, a
    # school's mailbox in a message's header.
    "Le standard de la mairie annexe, ouvert le matin, répond au 04 91 00 10 20.",
    "Pour s’inscrire, appeler le secrétariat de l’école au 03 20 00 10 20.",
    "Association Trait d’Union – 5 place du Marché – tél. 02 40 00 10 20.",
    "De : ce.0590001A@ac-lille.fr\nObjet : réunion des parents de 6e",
    # Words quoted after « dit » are speech, not a nickname; a date in words without a birth; a number after a DDN.
    "Le collège dit « Attention » et la mère répond « Pas question ».",
    "La rencontre a eu lieu le douze mars deux mille vingt-quatre au centre.",
    # A word in quotes after « appelle »; an organisation's dotted acronym after « Contact : »; a school year.
    "Ce qu’on appelle « l’aller-vers » marche bien avec les familles.",
    "Contact : C.C.A.S. de la ville.",
    "Le dossier CAF 2023-2024 a été déposé par le centre.",
    "Écrire au secrétariat : secretariat.clg-jean-vilar@ac-lille.fr.",
    "Le café des parents du lundi s’appelle « Entre Nous ».",
    # An office's line beside its role mailbox or with its office in brackets; regions and departments; a
    # landlord's name; a commune that is a first name after « de »; « de » inside the name of a company; an author
    # recommended with the title of the work; relatives that are first names too, after a relative.
    "Inscriptions : info@mjc-exemple.fr — 03 20 00 44 55.",
    "Renseignements au 04 76 00 12 34 (secrétariat de l’association), le mardi.",
    "Le quartier et la CAF de la Moselle soutiennent l’action, avec la Région Bourgogne-Franche-Comté.",
    "Le bailleur Grand Habitat Durable a financé la salle.",
    "Le lycée Jean Rostand de Nancy a sollicité le centre en mars.",
    "La compagnie Marie de Soleil anime l’atelier conte.",
    "Lecture recommandée : Boris Cyrulnik, « Un merveilleux malheur ».",
    "Son fils cadet et sa fille benjamine viennent au CLAS.",
    # An age of children in general; words in quotes after « ce que … appellent »; a floor's ordinal that is no
    # floor; a word before roles with no brackets.
    "Les enfants de 8 ans, en CE2 à l’école, font du théâtre.",
    "Ce que les familles appellent « galère » revient souvent.",
    "Au troisième trimestre, la famille a été relogée.",
    "Avec patience, médiatrice et enseignante ont repris contact.",
]


@pytest.mark.parametrize("sentence, expected", IDENTIFYING, ids=[s[:40] for s, _ in IDENTIFYING])
def test_every_identifying_detail_is_found(sentence, expected):
    found = find_identifying(sentence)
    assert {(f.kind, f.text) for f in found} == expected
    for finding in found:
        assert sentence[finding.start:finding.end] == finding.text
        assert finding.text in finding.explanation and finding.explanation != f"contributions.privacy.explain.{finding.kind}"


@pytest.mark.parametrize("sentence", ORDINARY, ids=[s[:40] for s in ORDINARY])
def test_no_false_alarm_on_the_field_s_ordinary_words(sentence):
    assert find_identifying(sentence) == []


def test_a_name_the_text_types_in_lower_case_is_found_again_in_lower_case():
    text = "la mere de violette est passee. violette a 8 ans et pleure le soir. une violette en pot"
    assert [(f.kind, f.text, f.start) for f in find_identifying(text)] == [
        ("prenom", "violette", 11), ("prenom", "violette", 32)]  # not the flower, after an article


def test_the_corpus_is_large_enough_and_the_first_names_are_a_curated_list():
    assert len(IDENTIFYING) + len(ORDINARY) >= 25
    names = first_names()
    assert len(names) > 500 and {"ines", "mohamed", "fatoumata", "kevin"} <= names
    assert not {"ecole", "college", "clas", "argenteuil", "famille", "mere"} & names


def test_a_class_is_identifying_only_with_a_school():
    assert find_identifying("Elle est en CM2 B depuis la rentrée.") == []
    assert [f.text for f in find_identifying("Elle est en CM2 B depuis la rentrée.", school=True)] == ["CM2 B"]
    assert [f.text for f in find_identifying("Elle est en CM2 B à l’école depuis la rentrée.")] == ["CM2 B"]


def test_places_of_the_graph_are_not_people():
    text = "La réunion a eu lieu à Henri Tardivaux, au pied des tours."
    assert [f.text for f in find_identifying(text)] == ["Henri Tardivaux"]
    places = place_phrases(["Brigadières - Henri Tardivaux", "École élémentaire Jules Ferry"])
    assert ("henri", "tardivaux") in places and ("jules", "ferry") in places
    assert find_identifying(text, places) == []
    # The people schools are named after, all over France: « à Jean Jaurès » is a school even unknown to the graph.
    assert find_identifying("Mme Benali, CM2 à Jean Jaurès, puis au collège, à Eugénie Cotton.") == [
        find_identifying("Mme Benali")[0]]
    assert [f.text for f in find_identifying("Henri est venu seul.", places)] == ["Henri"]


def test_replacing_leaves_nothing_to_find():
    for sentence, _ in IDENTIFYING:
        replaced = replace_identifying(sentence)
        assert find_identifying(replaced, school=True) == [], replaced
    assert replace_identifying("Appeler Mme Diallo au 06 12 34 56 78.") == "Appeler Mme [nom] au [téléphone]."


# --- on both stores ------------------------------------------------------------------------------------------

CENTRE = Access(Role.CONTRIBUTOR, frozenset({"CS95-001"}), "acacias")
CASE = {"nature": "sanction", "sollicite_par": "parent", "posture": "mediation", "issue": "en_cours",
        "recit": "La mère de Yanis est venue au centre.", "actions": "Appel au 06 12 34 56 78.",
        "enseignements": "Réunir les deux parties tôt."}


def test_the_demo_narratives_raise_nothing(store):
    load_demo(store)
    places = known_places(store)
    texts = [str(case[name]) for case in store.nodes("Situation") for name in CASE_TEXTS if case.get(name)]
    texts += [str(p[name]) for p in store.nodes("Pratique") for name in ("description", "favorise", "fait_marcher",
                                                                          "obstacles", "preuves") if p.get(name)]
    assert len(texts) > 200
    alarms = [(text, [f.text for f in found]) for text in texts if (found := find_identifying(text, places))]
    assert alarms == []


def test_a_case_with_findings_is_refused_and_nothing_is_written(store):
    load_demo(store)
    guarded = GuardedStore(store, CENTRE)
    found = check_case(guarded, CASE)
    assert {(f.field, f.kind, f.text) for f in found} == {("recit", "prenom", "Yanis"),
                                                          ("actions", "telephone", "06 12 34 56 78")}
    before = dump(store)
    with pytest.raises(IdentifyingDetails) as refused:
        save_contribution(guarded, "Situation", CASE, centre="CS95-001")
    assert len(refused.value.findings) == 2 and "Rien n’est enregistré" in refused.value.message()
    assert dump(store) == before
    with pytest.raises(InvalidContribution):  # a finding and a missing required field: every problem at once
        save_contribution(guarded, "Situation", {**CASE, "posture": ""}, centre="CS95-001")
    assert dump(store) == before
    cleaned = {**CASE, "recit": replace_identifying(CASE["recit"]), "actions": replace_identifying(CASE["actions"])}
    saved = save_contribution(guarded, "Situation", cleaned, centre="CS95-001")
    assert store.get("Situation", saved.key)["recit"] == "La mère de [prénom] est venue au centre."


def test_the_places_of_the_graph_are_read_only_when_a_name_could_be_one():
    def never() -> frozenset:
        raise AssertionError("the places were read for a text that names no one")

    assert find_identifying("Un café des parents chaque jeudi, à la rentrée 2019.", never) == []
    asked = []

    def places() -> frozenset:
        asked.append(True)
        return place_phrases(["École élémentaire Paul Tardivaux"])

    assert find_identifying("Rencontre à Paul Tardivaux avec la directrice.", places) == []  # a school, not a man
    assert asked and [f.text for f in find_identifying("Rencontre avec Paul Durand.", places)] == ["Paul Durand"]


def test_every_kind_of_finding_is_said_in_french_wherever_it_is_shown():
    """The form's explanation, placeholder and label, and the import's refusal, for every kind the check finds."""
    from graph.i18n import t
    from graph.privacy import _ORDER

    for kind in _ORDER:
        for key in (f"contributions.privacy.explain.{kind}", f"contributions.privacy.placeholder.{kind}",
                    f"contributions.privacy.kind.{kind}", f"ingest.privacy.{kind}"):
            assert t(key, text="x", masked="x", at=1) != key, key


def test_an_age_said_of_everyone_is_no_child_s_age():
    """A practice tied to a school states rules (« obligatoire dès 3 ans »): no child is meant; an age given with
    a level in the same school is still one child's (found in an outside federation's workbook)."""
    general = "La maternelle, en petite section, est obligatoire dès 3 ans ; accueil possible à partir de 2 ans."
    assert [f for f in find_identifying(general, school=True) if f.kind == "age"] == []
    one = "L’enfant, 3 ans, en petite section, pleure chaque matin."
    assert [(f.kind, f.text) for f in find_identifying(one, school=True) if f.kind == "age"] == [("age", "3 ans")]
