#!/usr/bin/env python3
"""Corpus d'évaluation à l'aveugle pour le contrôle de pseudonymisation.

Textes et jugements écrits à la main, fixés avant toute exécution du logiciel.
Le script calcule lui-même la position (`start`) de chaque élément, vérifie
qu'il commence et finit à une frontière de mot, et ajoute `occurrence`
quand le texte de l'élément apparaît plusieurs fois dans le texte.
Toutes les personnes sont inventées ; tous les numéros sont fictifs.
"""
import collections
import json
import re
import sys
from pathlib import Path

KINDS = {"prenom", "nom", "initiale", "telephone", "courriel", "adresse",
         "residence", "code_postal", "date_naissance", "age_classe_ecole",
         "pseudo_reseau", "plaque", "autre"}
TEXT_KINDS = {"recit", "actions", "enseignements", "description"}

ENTRIES = []


def T(kind, text, items=(), note="", skip=()):
    """items: (texte, type) ou (texte, type, occurrence).
    skip: (texte, occurrence) délibérément NON marqués (ex. « Pierre » dans
    « collège Pierre Curie »), pour que la vérification d'exhaustivité passe."""
    ENTRIES.append(dict(kind=kind, text=text, items=list(items), note=note,
                        skip=list(skip)))


def matches(text, needle):
    """Occurrences sensibles à la casse, à une frontière de mot."""
    out = []
    i = text.find(needle)
    while i != -1:
        j = i + len(needle)
        ok_left = not (needle[0].isalnum() or needle[0] == "_") or i == 0 or \
            not (text[i - 1].isalnum() or text[i - 1] == "_")
        ok_right = not (needle[-1].isalnum() or needle[-1] == "_") or j == len(text) or \
            not (text[j].isalnum() or text[j] == "_")
        if ok_left and ok_right:
            out.append(i)
        i = text.find(needle, i + 1)
    return out


# --------------------------------------------------------------------------
# Textes
# --------------------------------------------------------------------------

T("recit",
  "Situation transmise par la référente famille du centre social. Mme Aïssata Konaté, mère de trois "
  "enfants, s'est présentée à l'accueil le 7 novembre après l'exclusion temporaire de son fils Mamadou, "
  "13 ans, en 4e au collège Voltaire de Sarcelles. Elle conteste la sanction et dit ne pas avoir été "
  "reçue par le CPE, M. Hadjadj. Le même jour, la principale adjointe nous a appelés pour nous demander "
  "d'« expliquer la procédure à la famille ». Nous avons proposé un temps à trois au centre, salle 2, le "
  "14 novembre à 17h30. La famille habite 9 allée Jean de la Fontaine, 95200 Sarcelles ; Mme Konaté ne lit "
  "pas le français, nous avons donc sollicité une interprète en soninké.",
  [("Aïssata", "prenom"), ("Konaté", "nom", 0), ("Mamadou", "prenom"), ("13 ans", "age_classe_ecole"),
   ("Hadjadj", "nom"), ("9 allée Jean de la Fontaine", "adresse"), ("95200", "code_postal"),
   ("Konaté", "nom", 1)],
  "Rapport formel. Voltaire = collège réel de Sarcelles (institution). « Jean de la Fontaine » fait partie "
  "de l'adresse du domicile, pas une personne. Dates de rendez-vous et salle : non identifiants.")

T("actions",
  "rdv fait avec maman de yanis (yanis K. en cm1 chez mme carvalho) elle veut pas que le petit aille au "
  "clas le mardi car il a foot. lui ai dit ok on voit avec la maitresse. son num : 06 39 98 27 14",
  [("yanis", "prenom", 0), ("yanis", "prenom", 1), ("K.", "initiale"), ("carvalho", "nom"),
   ("06 39 98 27 14", "telephone")],
  "Note rapide en minuscules, sans accents. Prénom et nom de l'enseignante en minuscules.")

T("description",
  "Café des parents – école élémentaire Jean Jaurès (REP+), Garges-lès-Gonesse. Chaque premier jeudi du "
  "mois, de 8h30 à 10h, la référente famille et la directrice accueillent les parents dans la salle "
  "polyvalente de l'école. Thèmes choisis avec les parents : le passage en 6e, les écrans, le sommeil, le "
  "PPRE et le PAP. Fréquentation moyenne : 14 parents, dont 60 % de mères. Budget annuel : 1 200 € (CAF + "
  "contrat de ville). Ce qui fait marcher : la présence régulière de la même personne, le café et le thé "
  "offerts, l'interprétariat assuré par des mamans bénévoles.",
  [], "Propre. Jean Jaurès = nom d'école (institution). Rôles, sigles, horaires, budget, pourcentage.")

T("recit",
  "URGENT - SITUATION FAMILLE DA SILVA\n"
  "la maman (Ines da Silva) est venue en pleurs, sa fille Beatriz 8 ans en CE2 a l'ecole Paul Langevin a "
  "ete mise a l'ecart par la maitresse selon elle. La maitresse de son cote (Mme Pereira) nous a dit que la "
  "petite ne fait jamais ses devoirs. On a propose de se voir tous ensemble. Mail de la maman : "
  "ines.dasilva95@gmail.com",
  [("DA SILVA", "nom"), ("Ines", "prenom"), ("da Silva", "nom"), ("Beatriz", "prenom"),
   ("8 ans", "age_classe_ecole"), ("Pereira", "nom"), ("ines.dasilva95@gmail.com", "courriel")],
  "Ligne en capitales, sans accents. Nom à particule en capitales et en minuscules. Paul Langevin = école.")

T("enseignements",
  "Ce que nous retenons : ne jamais prendre parti dans le premier quart d'heure. Écouter le parent, puis "
  "l'école, séparément, avant toute rencontre commune. Nommer les choses : une exclusion n'est pas une "
  "punition de la maîtresse, c'est une décision du chef d'établissement. Proposer un lieu neutre (le centre) "
  "plutôt que le bureau du principal. Rappeler que le centre n'est pas un tribunal. Et surtout : prendre des "
  "nouvelles à J+15.",
  [], "Propre. Rôles seulement.")

T("description",
  "Atelier « Jardin partagé et sciences » avec le collège Pierre Curie de Goussainville : les élèves de "
  "SEGPA plantent des rosiers, des lavandes et un olivier dans les bacs du centre. On a posé une pierre "
  "gravée à l'entrée du jardin. Les couleurs choisies par les jeunes : rose, jade et bleu marine. "
  "Intervention de l'animateur nature deux mercredis par mois, 14h-16h30. Ligne de bus 20, arrêt Mairie.",
  [], "Propre. Pierre Curie = collège réel de Goussainville ; pierre, rose, jade, marine = mots communs.")

T("actions",
  "Actions menées : 1) appel de M. Emre Yıldız (père d'Elif, 10 ans, CM2 à l'école Victor Hugo) au "
  "+33 6 39 98 51 02 pour fixer un rendez-vous ; 2) échange avec l'enseignante, Mme Caron ; 3) orientation "
  "vers le CMP pour un bilan ; 4) relance par SMS le 3 décembre.",
  [("Emre", "prenom"), ("Yıldız", "nom"), ("Elif", "prenom"), ("10 ans", "age_classe_ecole"),
   ("+33 6 39 98 51 02", "telephone"), ("Caron", "nom")],
  "Nom turc avec ı sans point. Victor Hugo = école. Liste numérotée 1) 2) 3) : pas des éléments.")

T("recit",
  "Une mère d'élève de 5e nous sollicite : sa fille est harcelée sur les réseaux sociaux depuis la rentrée. "
  "Le collège, de son côté, nous demande de « calmer » la famille, qui a menacé de porter plainte. Nous "
  "avons reçu la mère seule, puis le CPE seul, puis organisé une rencontre au centre avec l'infirmière "
  "scolaire. La plainte a été déposée ; le collège a mis en place le protocole pHARe. La jeune fille "
  "participe désormais à l'atelier théâtre du mercredi.",
  [], "Propre : récit déjà pseudonymisé (rôles uniquement).")

T("enseignements",
  "Avec la famille Z, on a appris qu'il faut écrire les choses. Mme Z. avait compris que son fils redoublait "
  "alors qu'on parlait seulement d'un PPRE. Depuis, on fait un petit compte-rendu en français simple après "
  "chaque rencontre, qu'on relit avec le parent.",
  [("Z", "initiale", 0), ("Z.", "initiale")],
  "Initiales « famille Z » et « Mme Z. » : une lettre qui tient lieu de nom.")

T("actions",
  "Pistes retenues par le groupe de travail :\n"
  "A. une rencontre tripartite parent–école–centre, au centre ;\n"
  "B. un accompagnement du parent au rendez-vous au collège ;\n"
  "C. une simple écoute puis une orientation (PRE, médiatrice de la ville).\n"
  "Vote : A. 6 voix, B. 4 voix, C. 2 voix. Prochaine réunion le mardi 12 mars à 9h30, salle 104.",
  [], "Propre. A. / B. / C. sont des options de liste, pas des initiales.")

T("recit",
  "Mme Rose-Merline Célestin nous a été adressée par l'assistante sociale de secteur. Son fils Wilner (CE1) "
  "a été signalé par l'école pour absentéisme. En réalité, la famille a été expulsée du 27 ter, rue Roger "
  "Salengro en septembre et vit à l'hôtel social à Goussainville, à 1h15 de transport de l'école. Le "
  "directeur, M. Lenoir, ignorait tout de la situation. Nous avons mis tout le monde autour de la table.",
  [("Rose-Merline", "prenom"), ("Célestin", "nom"), ("Wilner", "prenom"),
   ("27 ter, rue Roger Salengro", "adresse"), ("Lenoir", "nom")],
  "Prénom composé haïtien ; ancienne adresse du domicile (identifiante). Commune seule : pas un élément.")

T("actions",
  "bjr l equipe, la fille de mme kaya (zeynep) a posté une video sur tiktok @zeyno.kaya95 ou elle insulte "
  "la prof de maths. le college veut convoquer la famille. la maman nous demande de venir avec elle jeudi. "
  "qui est dispo ?",
  [("kaya", "nom"), ("zeynep", "prenom"), ("@zeyno.kaya95", "pseudo_reseau")],
  "Message type WhatsApp. « kaya » à l'intérieur du pseudo n'est pas compté séparément.")

T("description",
  "Accueil des parents allophones en lien avec l'UPE2A du collège Henri Wallon (Garges-lès-Gonesse) : le "
  "centre propose un atelier sociolinguistique (ASL) les lundis et jeudis de 9h à 11h, niveau A1–A2. Les "
  "enseignants de l'UPE2A orientent les familles ; le centre organise une visite du collège en petit groupe "
  "avant la réunion parents-professeurs du premier trimestre. 22 parents inscrits en 2023-2024, 11 langues "
  "parlées (tamoul, turc, soninké, roumain, portugais, arabe, lingala, dari, shimaoré, créole haïtien, "
  "vietnamien).",
  [], "Propre. Henri Wallon = collège réel ; A1–A2 = niveaux de langue.")

T("actions",
  "Suivi famille Sivakumar (Cergy) :\n"
  "- Tharshika, 12 ans, en 5e au collège Gérard Philipe : inscrite au CLAS le mardi et le jeudi ;\n"
  "- son frère Kajan, 7 ans, CP : liste d'attente ;\n"
  "- la mère, Mme Nirosha Sivakumar, joignable au 06.39.98.33.70 (parle tamoul et un peu anglais) ;\n"
  "- domicile : résidence les Chênes, bât. C, 95000 Cergy.",
  [("Sivakumar", "nom", 0), ("Tharshika", "prenom"), ("12 ans", "age_classe_ecole"), ("Kajan", "prenom"),
   ("Nirosha", "prenom"), ("Sivakumar", "nom", 1), ("06.39.98.33.70", "telephone"),
   ("résidence les Chênes, bât. C", "residence"), ("95000", "code_postal")],
  "« 7 ans, CP » sans école nommée : pas un élément. Gérard Philipe = collège réel de Cergy.")

T("recit",
  "Un garçon de 9 ans, en CE2, arrive chaque jour au CLAS sans goûter. L'enseignante pense à de la "
  "négligence ; la mère, qui travaille de nuit, ne comprend pas pourquoi on lui en parle. Le centre a "
  "organisé une rencontre à l'école, en présence de l'AESH qui accompagne l'enfant depuis la grande section. "
  "Un goûter est désormais proposé à tous les enfants du CLAS, sans distinction.",
  [], "Propre. Âge + classe sans école nommée.")

T("recit",
  "Situation suivie depuis mars. Mme Zaïnaba Ahamada, maman de Nasser (14 ans, 3e, collège Anatole France), "
  "nous dit que son fils est « dans le viseur » du collège depuis une bagarre à la sortie. Ils habitent la "
  "tour 14 des Lochères, au 9e étage, et l'ascenseur est en panne depuis trois semaines. Le collège voulait "
  "une réunion à 8h ; la maman ne peut pas descendre avec la petite dernière. Réunion déplacée au centre, "
  "à 10h.",
  [("Zaïnaba", "prenom"), ("Ahamada", "nom"), ("Nasser", "prenom"), ("14 ans", "age_classe_ecole"),
   ("tour 14", "residence")],
  "Famille comorienne. « tour 14 » = immeuble du domicile ; « les Lochères » = quartier (QPV), pas un élément.")

T("description",
  "Le centre social Salvador Allende (2 place de la Liberté, 95400 Villiers-le-Bel) accueille le PRE de la "
  "ville un après-midi par semaine. Les permanences ont lieu au 1er étage, bureau 3. La coordinatrice du PRE "
  "et la référente famille tiennent un tableau de suivi commun, sans noms, codé par numéro de dossier interne.",
  [], "Propre : adresse publique du centre (lieu public, pas un domicile), y compris son code postal. "
      "Salvador Allende = nom de l'équipement.")

T("actions",
  "Le papa de Lina (CM1) attend tous les soirs devant l'école en double file, Clio grise GH-512-KT. La "
  "directrice a menacé d'appeler la police municipale. On a proposé au papa de se garer au parking du "
  "centre, à 50 m, et de venir chercher Lina à pied.",
  [("Lina", "prenom", 0), ("GH-512-KT", "plaque"), ("Lina", "prenom", 1)],
  "Plaque au format SIV.")

T("enseignements",
  "À retenir pour l'an prochain : éviter de programmer les rencontres parents pendant le Ramadan en fin de "
  "journée, et pas la semaine de l'Aïd. Prévoir la réunion de rentrée avant la Toussaint, et le bilan avant "
  "les vacances de Pâques. Penser au calendrier des fêtes orthodoxes (Noël orthodoxe le 7 janvier) pour les "
  "familles roumaines et moldaves. Le conseil d'école du 2e trimestre tombe souvent la semaine du carnaval : "
  "demander la date dès septembre.",
  [], "Propre. Fêtes et dates de calendrier.")

T("recit",
  "Famille Popescu, arrivée de Roumanie en 2022, installée sur le terrain de la route de Gonesse puis au "
  "foyer de travailleurs de la rue du Chemin Vert à Goussainville. Les enfants, Ionuț et Andreea, ne sont "
  "pas scolarisés : la mairie refuse l'inscription faute de justificatif de domicile. Nous avons fait une "
  "attestation d'élection de domicile au CCAS et relancé l'inscription. Numéro CAF du père : 7451208. Le "
  "dossier a été transmis à l'inspection le 5 février.",
  [("Popescu", "nom"), ("route de Gonesse", "adresse"), ("rue du Chemin Vert", "adresse"),
   ("Ionuț", "prenom"), ("Andreea", "prenom"), ("7451208", "autre")],
  "Lieux de vie successifs de la famille (terrain, foyer) = adresses du domicile. Numéro allocataire CAF.")

T("description",
  "Compte rendu de la réunion du 19 février au collège Martin Luther King (Villiers-le-Bel). Présents : le "
  "principal, la CPE, l'assistante sociale scolaire, deux professeures principales de 6e, la coordinatrice "
  "REP+, la directrice et la référente famille du centre social, l'adulte-relais de la ville. Ordre du "
  "jour : absentéisme au retour des vacances d'hiver, accueil des parents le samedi matin, projet « Mallette "
  "des parents ». Décision : une permanence commune le jeudi de 16h30 à 18h, en salle B12, à partir du 7 mars.",
  [], "Propre. Martin Luther King = collège réel ; liste de présents par rôles ; B12 = salle.")

T("actions",
  "relance de mr traore par mail (awa.traore [at] hotmail [point] fr c'est sa femme qui lit) pour le dossier "
  "MDPH de Sékou. pas de réponse de l'ESS. la prof référente est mme n'guessan.",
  [("traore", "nom", 0), ("awa.traore [at] hotmail [point] fr", "courriel"), ("Sékou", "prenom"),
   ("n'guessan", "nom")],
  "Courriel obfusqué [at]/[point] (un seul élément) ; le nom à l'intérieur n'est pas compté à part.",
  skip=[("traore", 1)])

T("description",
  "Projet « Espérance et Bienvenue » : un parcours d'accueil des nouveaux parents de CP à l'école "
  "Langevin-Wallon. Le fidèle partenaire de l'école, la médiathèque, prête des albums. Pendant la matinée, "
  "les parents découvrent la classe, prennent un café et repartent avec un livret bilingue. L'aube d'une "
  "coopération durable, a dit l'inspectrice lors du bilan. Désiré par les parents depuis longtemps, le "
  "projet est prospère : 3 écoles en 2024.",
  [], "Propre. Espérance, Bienvenue, fidèle, aube, Désiré (participe en début de phrase) : mots communs.")

T("recit",
  "Mme Nguyễn Thị Lan (nom d'usage Mme Tran) nous demande de l'aide pour une dérogation scolaire : sa fille "
  "Minh Anh, née le 21/09/2014, est en CM2 à l'école Paul Eluard et doit entrer au collège l'an prochain. Le "
  "secteur la renvoie au collège Henri Matisse alors que la grande sœur est au collège Paul Eluard.",
  [("Nguyễn", "nom"), ("Thị Lan", "prenom"), ("Tran", "nom"), ("Minh Anh", "prenom"),
   ("21/09/2014", "date_naissance")],
  "Ordre vietnamien nom–prénom. Pas d'âge écrit. Paul Eluard / Henri Matisse = établissements.")

T("actions",
  "RAS cette semaine, CLAS complet (18 enfants), bus 268 en retard tous les jeudis.",
  [], "Propre. Une ligne.")

T("actions",
  "Rappeler Fidèle (papa de Grâce) demain 9h.",
  [("Fidèle", "prenom"), ("Grâce", "prenom")],
  "Une ligne ; prénoms qui sont des mots.")

T("enseignements",
  "Le petit Yoyo, on l'a vu changer quand on a arrêté de parler de lui devant lui. Loulou, sa grande sœur, "
  "servait d'interprète entre la maîtresse et la mère : c'était beaucoup trop pour une enfant de 10 ans. "
  "Leçon : toujours un interprète adulte, jamais l'enfant.",
  [("Yoyo", "prenom"), ("Loulou", "prenom")],
  "Surnoms d'enfants, classés prenom. « 10 ans » sans classe ni école : pas un élément.")

T("recit",
  "Le père, M. Hasan Özdemir, conteste l'orientation de son fils Burak en 3e prépa-métiers. Il a appelé le "
  "centre trois fois, puis s'est présenté au collège sans rendez-vous. La famille vit bd du Général de "
  "Gaulle à Pontoise, à deux pas du collège Nicolas Flamel. Le professeur principal, M. Guerin, nous a "
  "demandé d'être présents au rendez-vous d'orientation. Nous avons d'abord rencontré le père seul, avec un "
  "interprète en turc.",
  [("Hasan", "prenom"), ("Özdemir", "nom"), ("Burak", "prenom"), ("bd du Général de Gaulle", "adresse"),
   ("Guerin", "nom")],
  "Rue sans numéro où vit la famille ; Nicolas Flamel = collège réel de Pontoise.")

T("description",
  "La fête de fin d'année se tient sur le parvis de l'hôtel de ville de Garges-lès-Gonesse le samedi 29 juin "
  "de 14h à 19h. Stands tenus par les parents d'élèves des écoles du quartier de la Dame Blanche, le collège "
  "Paul Eluard et le centre social. Navette gratuite depuis la gare RER D Garges-Sarcelles. Sécurité : 4 "
  "bénévoles, 2 agents de la police municipale.",
  [], "Propre. Lieu public, QPV Dame Blanche (quartier), collège réel.")

T("actions",
  "Appels du 12/10 : Mme Kouassi (0033639987415, maman d'Ange-Emmanuel, CE2) ; M. Le Goff, directeur de "
  "l'école Jean Macé, au sujet du conseil des maîtres ; la coordinatrice PRE. Prochaine étape : rencontre à "
  "trois le 19/10 à 16h30.",
  [("Kouassi", "nom"), ("0033639987415", "telephone"), ("Ange-Emmanuel", "prenom"), ("Le Goff", "nom")],
  "Téléphone 0033 sans espaces ; nom à particule « Le Goff ». 12/10 et 19/10 : dates d'appel/réunion.")

T("description",
  "Bilan de l'atelier cuisine parents-enfants : la recette la plus demandée reste la salade d'olives et de "
  "pois chiches à l'huile d'olive, suivie du gâteau à la rose. L'explication claire des règles d'hygiène par "
  "l'infirmière de la PMI a beaucoup plu. Les enfants ont décoré des tabliers bleu marine. Prochain atelier "
  "pendant les vacances de printemps, 8 places.",
  [], "Propre. olive, rose, claire, marine = mots communs.")

T("recit",
  "Réunion à la demande de l'école maternelle Les Coquelicots. La directrice, Mme Claire Morel, s'inquiète "
  "pour Adam Ben Youssef (né le 2 février 2020), qui mord ses camarades. Le père refuse le rendez-vous avec "
  "la psychologue scolaire. Le centre connaît bien la famille via l'accueil parents-enfants. Nous avons "
  "proposé au père, M. Ben Youssef, de venir d'abord au centre, un mercredi matin, pour en parler avec "
  "l'éducatrice de jeunes enfants.",
  [("Claire", "prenom"), ("Morel", "nom"), ("Adam", "prenom"), ("Ben Youssef", "nom", 0),
   ("2 février 2020", "date_naissance"), ("Ben Youssef", "nom", 1)],
  "Nom de la directrice = élément aussi (personnel). Date de naissance en toutes lettres.")

T("enseignements",
  "Quand le parent et l'école nous sollicitent tous les deux, nous disons à chacun que nous avons été "
  "sollicités par l'autre. La transparence dès le départ évite le soupçon de double jeu. Dans 7 situations "
  "sur 10 suivies en 2023, la rencontre à trois a eu lieu dans les quinze jours.",
  [], "Propre.")

T("description",
  "Pratique : « La malle des devoirs ». Portée par Prosper Mabiala, animateur CLAS, et Mme Fatima-Zahra El "
  "Amrani, professeure des écoles à l'école Anatole France de Sarcelles. Une malle de jeux et de livres "
  "circule entre le centre et la classe de CE1 ; chaque vendredi, un enfant la rapporte chez lui avec un "
  "cahier où la famille écrit ce qu'elle a fait.",
  [("Prosper", "prenom"), ("Mabiala", "nom"), ("Fatima-Zahra", "prenom"), ("El Amrani", "nom")],
  "Description de pratique qui nomme deux professionnels : noms = éléments. Anatole France = école.")

T("actions",
  "Sortie au Louvre à Paris le 16 avril avec 12 parents et 20 enfants de CM1-CM2, départ 8h45 gare de "
  "Sarcelles.",
  [], "Propre. Paris = ville.")

T("recit",
  "Le dossier de la famille Ferreira nous occupe depuis la rentrée et illustre bien la difficulté d'être "
  "sollicité des deux côtés. En septembre, M. João Ferreira est venu au centre pour se plaindre de l'école : "
  "selon lui, son fils Rui, 9 ans, en CE2 à l'école Marcel Cachin, serait systématiquement puni par le "
  "maître remplaçant. Quelques jours plus tard, c'est la directrice qui nous a appelés, inquiète : Rui "
  "arrive en retard presque tous les matins, sans cartable, et la famille ne répond ni aux mots dans le "
  "cahier de liaison ni aux appels. Nous connaissons la famille depuis deux ans (les Ferreira habitent les "
  "Glycines, bât. 7, esc. D, juste en face du centre) et savions que la mère, Sandra, travaille en horaires "
  "décalés dans un hôtel de Roissy. Nous avons d'abord reçu le père seul, puis la directrice seule, en leur "
  "disant à chacun que l'autre nous avait sollicités. L'école nous a transmis, pour l'inscription à l'aide "
  "aux devoirs, une fiche où figurait l'INE de l'enfant (081234567KJ) : nous l'avons détruite, ce n'est pas "
  "une information dont le centre a besoin. La rencontre à trois a eu lieu au centre le 15 octobre ; le "
  "retard du matin était lié à la garde de la petite sœur. Une solution de garde a été trouvée avec la "
  "crèche familiale, et Rui est désormais inscrit au CLAS le lundi et le jeudi.",
  [("Ferreira", "nom", 0), ("João", "prenom"), ("Ferreira", "nom", 1), ("Rui", "prenom", 0),
   ("9 ans", "age_classe_ecole"), ("Rui", "prenom", 1), ("Ferreira", "nom", 2),
   ("les Glycines, bât. 7, esc. D", "residence"), ("Sandra", "prenom"), ("081234567KJ", "autre"),
   ("Rui", "prenom", 2)],
  "Très long paragraphe. INE = autre. Marcel Cachin = école.")

T("recit",
  "Sur le quartier Rosiers-Chantepie, les parents d'une même cage d'escalier se sont organisés pour "
  "accompagner les enfants à l'école à tour de rôle. Le centre a soutenu la démarche (gilets, autorisation "
  "de la mairie, assurance). L'école élémentaire du secteur a relayé l'info dans les cahiers de liaison. "
  "Résultat : moins de retards le matin, et des parents qui se parlent.",
  [], "Propre. Rosiers-Chantepie = QPV de Sarcelles (quartier, pas une résidence nommée d'une famille).")

T("actions",
  "ACTIONS\n"
  "- échange avec la grande sœur de Yasmine Belkacem (snap : yas.bkc) qui fait le lien avec la mère\n"
  "- la mère ne répond qu'au numéro de l'aînée : 07 / 00 41 28 93\n"
  "- info à la CPE du collège Evariste Galois (Mme Ouali) : RDV reporté au 4/04\n"
  "- prochaine fois : prévoir une interprète en kabyle",
  [("Yasmine", "prenom"), ("Belkacem", "nom"), ("yas.bkc", "pseudo_reseau"),
   ("07 / 00 41 28 93", "telephone"), ("Ouali", "nom")],
  "Pseudo Snapchat sans @ ; téléphone coupé par une barre.")

T("description",
  "Partenariat avec le dispositif ULIS de l'école Jean Moulin (Montmagny) : deux après-midi par trimestre, "
  "les 12 élèves de l'ULIS et leurs AESH participent à l'atelier arts plastiques du centre. Objectif : "
  "inclusion sur le temps périscolaire. Les familles sont invitées au vernissage. Difficulté : le transport "
  "(mini-bus du centre, 8 places).",
  [], "Propre. Jean Moulin = école.")

T("recit",
  "Fiche de liaison (à ne pas diffuser) — Enfant : MUKENDI Espérance, DDN 03-11-2013, 6e B au collège Léon "
  "Blum. Parent : Bienvenu Mukendi, père, tél. 06 39 98 60 05. Motif : l'élève refuse d'aller en cours "
  "d'EPS depuis la Toussaint ; le père demande une médiation.",
  [("MUKENDI", "nom"), ("Espérance", "prenom"), ("03-11-2013", "date_naissance"), ("Bienvenu", "prenom"),
   ("Mukendi", "nom"), ("06 39 98 60 05", "telephone")],
  "Pas d'âge écrit (date de naissance seulement). « 6e B » = division de classe, pas une initiale.")

T("enseignements",
  "CE QU'ON A APPRIS : LE CENTRE N'EST PAS L'AVOCAT DES FAMILLES NI LE SERVICE APRES-VENTE DE L'ECOLE. ON "
  "RESTE UN TIERS. ET ON LE DIT.",
  [], "Propre, tout en capitales.")

T("recit",
  "RDV DU 14/03 - MME DIAKITE FATOUMATA + FILLE AWA (CM1 ECOLE JULES VALLES)\n"
  "La maman dit qu'Awa est punie tous les jours. Maîtresse (Mme Roux) pas dispo avant avril. On a proposé "
  "d'accompagner la maman à la prochaine réunion.",
  [("DIAKITE", "nom"), ("FATOUMATA", "prenom"), ("AWA", "prenom"), ("Awa", "prenom"), ("Roux", "nom")],
  "En-tête en capitales (nom avant prénom). JULES VALLES = école.")

T("actions",
  "Actions réalisées au 1er trimestre : 6 cafés des parents (moyenne 11 participants), 2 réunions "
  "d'information sur Pronote, 1 formation des bénévoles du CLAS sur la posture (animée par la fédé du 95), 3 "
  "médiations parent-école dont 2 à la demande de l'école. Partenaires : PRE, PMI, service jeunesse, MDS, "
  "CMP enfants. Budget consommé : 38 %.",
  [], "Propre. « 95 » = département.")

T("actions",
  "Signalement transmis à la cellule ASE (information préoccupante) après concertation avec l'école. "
  "Éléments factuels : enfant laissé seul le soir ; la voiture du beau-père (immatriculée 4821 TZ 95) est "
  "garée devant le 3 chemin des Mûriers jusqu'à 2h. Référence du dossier ASE : 95-2024-00317.",
  [("4821 TZ 95", "plaque"), ("3 chemin des Mûriers", "adresse"), ("95-2024-00317", "autre")],
  "Ancienne plaque FNI ; « 95 » dans la plaque n'est pas un code postal. Numéro de dossier ASE = autre.")

T("actions",
  "msg de la maman de kavin (11ans, 6eme a Gerard Philipe) : il a eu 3 heures de colle pour un oubli de "
  "carnet, elle veut voir le cpe avec nous. famille rajendran, allée des Colibris.",
  [("kavin", "prenom"), ("11ans", "age_classe_ecole"), ("rajendran", "nom"),
   ("allée des Colibris", "adresse")],
  "« 11ans » collé ; école sans accent (collège Gérard Philipe, Cergy).")

T("description",
  "Convention signée entre le centre social et le collège Les Explorateurs (UAI 0951964U) pour 3 ans. "
  "Objet : accompagnement à la scolarité, lien familles-école. Référents désignés de part et d'autre "
  "(fonction uniquement). Comité de suivi deux fois par an, en novembre et en juin.",
  [], "Propre. UAI = identifiant d'établissement public, pas une personne.")

T("recit",
  "M. Désiré Jean-Baptiste nous appelle furieux : sa fille Céleste a été exclue de la cantine pour impayés. "
  "Il dit avoir payé en espèces à la mairie annexe. L'école renvoie vers le service scolaire. Nous avons "
  "accompagné le père au service scolaire avec ses reçus ; l'erreur venait d'un double compte pour deux "
  "enfants portant le même nom de famille.",
  [("Désiré", "prenom"), ("Jean-Baptiste", "nom"), ("Céleste", "prenom")],
  "« Jean-Baptiste » est ici un nom de famille (haïtien).")

T("description",
  "Pour la rentrée, le collège a regroupé les élèves allophones en 6e C et 5e A. Le centre propose le "
  "soutien en français le mercredi, groupe 1 (niveau A1) et groupe 2 (niveau A2/B1). Plan B si la salle "
  "n'est pas libre : la bibliothèque, bâtiment B du collège.",
  [], "Propre. Lettres de classes, niveaux CECRL, « plan B », bâtiment d'un établissement public.")

T("actions",
  "Relances : Mme Mac Donald (enseignante de CM2, école Louise Michel) par mail à l'adresse professionnelle "
  "qu'elle nous a donnée ; M. Stéphane Petit, parent délégué, pour préparer le conseil d'école ; la maman de "
  "Jade et Mathis, Mme Garnier (garnier.oceane@laposte.net), pour le dossier de bourse.",
  [("Mac Donald", "nom"), ("Stéphane", "prenom"), ("Petit", "nom"), ("Jade", "prenom"),
   ("Mathis", "prenom"), ("Garnier", "nom"), ("garnier.oceane@laposte.net", "courriel")],
  "« Petit » nom de famille. Louise Michel = école.")

T("description",
  "Chantier éducatif « Pierre sèche » : pendant les vacances d'été, 8 jeunes de 14 à 16 ans du quartier des "
  "Lévriers ont restauré un muret avec un artisan. Le collège Nicolas Copernic a repéré les jeunes en lien "
  "avec la CPE ; la mission locale a pris le relais pour deux d'entre eux. Financement à reconduire.",
  [], "Propre. « Pierre sèche » = technique ; Lévriers = QPV de Montmagny ; âges sans classe.")

T("recit",
  "La CPE (Mme Haddad) nous alerte : une page Insta « balance ton collège » publie des photos d'élèves. Le "
  "compte serait tenu par un jeune du quartier, pseudo insta @kiki_gx95_off. La mère de l'élève visé, Mme "
  "Olive N'Diaye, est venue au centre en même temps. Nous avons reçu les deux séparément.",
  [("Haddad", "nom"), ("@kiki_gx95_off", "pseudo_reseau"), ("Olive", "prenom"), ("N'Diaye", "nom")],
  "")

T("recit",
  "Le 3 avril, une maman du Village est venue avec la convocation du conseil de discipline de son fils, "
  "élève de 4e. Elle ne savait pas qu'elle pouvait être accompagnée. Nous lui avons expliqué la procédure, "
  "les droits de la famille, et la possibilité de venir avec une personne de son choix. La référente famille "
  "l'a accompagnée le 10 avril. Sanction : exclusion avec sursis et mesure de responsabilisation au centre.",
  [], "Propre. « Village » = quartier (QPV Village - Mozart).")

T("actions",
  "Aide au dossier de bourse de collège pour M. Kamel Zerrouki : saisie en ligne avec lui, n° de sécurité "
  "sociale 1 78 06 99 352 047 21, n° allocataire CAF 2580413. Pièce manquante : avis d'imposition 2023.",
  [("Kamel", "prenom"), ("Zerrouki", "nom"), ("1 78 06 99 352 047 21", "autre"), ("2580413", "autre")],
  "NIR (fictif) et numéro allocataire.")

T("actions",
  "Réunion inter-centres jeudi 9h30, salle du conseil de l'hôtel de ville de Cergy, ordre du jour envoyé "
  "par la fédé.",
  [], "Propre. Lieu public.")

T("recit",
  "mr benchekroun est venu ce matin tres enervé, son fils ilyes (cm2) a ete frappé par un autre eleve dans "
  "la cour et l ecole n a rien fait selon lui. a midi la directrice mme aubert a appelé pour dire que c est "
  "ilyes qui a commencé. on a dit a chacun qu on avait vu l autre. rdv a 3 lundi 17h au centre.",
  [("benchekroun", "nom"), ("ilyes", "prenom", 0), ("aubert", "nom"), ("ilyes", "prenom", 1)],
  "Tout en minuscules, fautes de frappe.")

T("description",
  "Sortie au planétarium avec les familles du CLAS : observation de la voûte céleste, atelier fusées à eau. "
  "Coût : 6 € par adulte, gratuit pour les enfants. 34 participants. Retour des familles : « on ne savait "
  "pas que c'était pour nous ». À refaire avec l'école en juin.",
  [], "Propre. « céleste » adjectif.")

T("enseignements",
  "Ce qui a marché avec le collège Simone Veil, c'est la CPE, Mme Aubé-Lambert, qui passait au centre chaque "
  "premier lundi. Depuis son départ, plus rien. Leçon : une relation qui repose sur une personne ne survit "
  "pas à sa mutation ; il faut l'inscrire dans une convention.",
  [("Aubé-Lambert", "nom")],
  "Simone Veil = collège réel de Pontoise.")

T("recit",
  "Marine, 15 ans, en 3e au collège Les Touleuses, est venue seule au centre : elle ne veut pas aller en bac "
  "pro comme le propose le conseil de classe. Sa mère, Mme Jade Hoarau, est d'accord avec le collège. Le "
  "centre a proposé à Marine un rendez-vous au CIO avec l'animatrice jeunesse, Ange, qui l'accompagne depuis "
  "le CM2.",
  [("Marine", "prenom", 0), ("15 ans", "age_classe_ecole"), ("Jade", "prenom"), ("Hoarau", "nom"),
   ("Marine", "prenom", 1), ("Ange", "prenom")],
  "Prénoms-mots ; Les Touleuses = collège réel de Cergy.")

T("enseignements",
  "Accueillir les nouveaux parents : un mot de bienvenue traduit en 6 langues, un goûter, une visite de "
  "l'école avec un parent « ancien ». Il faut être patient : souvent un ange passe quand on demande ce "
  "qu'ils attendent de l'école. La confiance vient à la troisième ou quatrième rencontre.",
  [], "Propre. bienvenue, ange = mots.")

T("actions",
  "Numéros à rappeler (ne pas diffuser) :\n"
  "Mme Oumou Sow : 01 99 00 47 12 (fixe) ou 06-39-98-71-46\n"
  "M. Florin Stoica : +33 (0)6 39 98 22 58\n"
  "le papa de Samira : 0639985519",
  [("Oumou", "prenom"), ("Sow", "nom"), ("01 99 00 47 12", "telephone"), ("06-39-98-71-46", "telephone"),
   ("Florin", "prenom"), ("Stoica", "nom"), ("+33 (0)6 39 98 22 58", "telephone"), ("Samira", "prenom"),
   ("0639985519", "telephone")],
  "Quatre formes de numéros.")

T("description",
  "Le centre et les trois écoles du réseau REP+ Chantereine organisent chaque année la semaine de la "
  "parentalité (3e semaine de mars). En 2024 : 9 ateliers, 146 parents, 27 % de pères. Lignes de bus 133 "
  "et 268, arrêt Les Flanades. Les affiches sont traduites en 5 langues.",
  [], "Propre. Réseau nommé d'après le collège Chantereine.")

T("recit",
  "Objet : demande de rendez-vous\n"
  "Madame la Principale,\n"
  "Le centre social accompagne Mme Mihaela Dumitrescu, domiciliée 14 rue Jean Jaurès, 95190 Goussainville, "
  "mère de Ionela Dumitrescu, élève de 5e dans votre établissement. Mme Dumitrescu souhaite être reçue au "
  "sujet des absences de sa fille en présence d'une salariée du centre. Nous vous remercions de nous "
  "proposer un créneau.",
  [("Mihaela", "prenom"), ("Dumitrescu", "nom", 0), ("14 rue Jean Jaurès", "adresse"),
   ("95190", "code_postal"), ("Ionela", "prenom"), ("Dumitrescu", "nom", 1), ("Dumitrescu", "nom", 2)],
  "Courrier formel. « Madame la Principale » = rôle. Rue Jean Jaurès = adresse du domicile.")

T("recit",
  "Conflit autour d'une sortie scolaire : l'école refusait qu'une mère voilée accompagne la classe. La mère "
  "nous a sollicités, puis la directrice nous a demandé notre avis. Nous avons rappelé le cadre (avis du "
  "Conseil d'État, circulaires successives), sans prendre parti, et proposé une rencontre avec l'inspectrice "
  "de circonscription. La mère a accompagné la sortie suivante.",
  [], "Propre.")

T("description",
  "Binômes de bénévoles « parents-relais » : Soilihi (shimaoré), Hatice (turc), Thi Hoa (vietnamien) et "
  "Dorina (roumain) accompagnent les familles aux réunions parents-professeurs. Ils ont été formés par la "
  "fédé à la posture de neutralité (2 jours).",
  [("Soilihi", "prenom"), ("Hatice", "prenom"), ("Thi Hoa", "prenom"), ("Dorina", "prenom")],
  "Bénévoles nommés dans une description de pratique. Langues : pas des éléments.")

T("actions",
  "Vu la CPE ce matin, ok pour le créneau du jeudi, elle préviendra les profs principaux de 4e.",
  [], "Propre.")

T("recit",
  "Élève A.-S. R., 6e SEGPA : conflit entre sa mère (Mme R.) et le professeur d'atelier. Le petit frère, K., "
  "est suivi au CMP. La mère a demandé au centre de « tout raconter » à l'école, ce que nous avons refusé "
  "sans son accord écrit pour chaque information. Mr M. (beau-père) souhaite participer aux rendez-vous.",
  [("A.-S. R.", "initiale"), ("R.", "initiale", 1), ("K.", "initiale"), ("M.", "initiale")],
  "Initiales sous plusieurs formes. « Mr M. » : M. est l'initiale (le titre est « Mr »).")

T("description",
  "Le 8 octobre, M. le Maire a reçu les directions d'école et les centres sociaux pour présenter le PEDT. "
  "Mme l'Inspectrice a insisté sur l'accueil des parents. Le centre a présenté la malle des devoirs ; trois "
  "écoles souhaitent la reprendre.",
  [], "Propre. « M. le Maire », « Mme l'Inspectrice » = rôles ; M. est un titre.")

T("recit",
  "Paris Kabongo, 6 ans, en CP à l'école Romain Rolland : l'école veut l'orienter vers un bilan "
  "orthophonique. La maman, Aube Kabongo, pense que l'école « veut le mettre chez les fous ». Nous avons "
  "organisé une rencontre avec la psychologue scolaire au centre, en lingala avec une interprète. La maman a "
  "accepté le bilan.",
  [("Paris", "prenom"), ("Kabongo", "nom", 0), ("6 ans", "age_classe_ecole"), ("Aube", "prenom"),
   ("Kabongo", "nom", 1)],
  "« Paris » et « Aube » sont ici des prénoms. Romain Rolland = école.")

T("description",
  "Forum des métiers au collège Maurice Utrillo : le centre a mobilisé 9 parents pour présenter leur métier "
  "(aide-soignante, chauffeur de bus, boulanger, ancien de la Marine nationale, agente de la RATP…). Les "
  "élèves de 4e et 3e ont rempli une grille d'entretien. Suite : stage d'observation de 3e, 6 élèves "
  "accueillis par des parents.",
  [], "Propre. « Marine nationale » ; Maurice Utrillo = collège réel de Montmagny.")

T("actions",
  "Porte-à-porte pour présenter le CLAS. Mme Yao, qui vit dans la barre Fernand Léger en attente de "
  "relogement, a trois enfants en élémentaire : intéressée. M. Camara, résidence du Bois Joli, 2e étage, "
  "demande un créneau le samedi.",
  [("Yao", "nom"), ("barre Fernand Léger", "residence"), ("Camara", "nom"),
   ("résidence du Bois Joli", "residence")],
  "Immeubles d'habitation nommés (Fernand Léger = nom de la barre, pas une personne).")

T("description",
  "Échange de pratiques entre deux CLAS : celui qui travaille avec le collège Emilie du Châtelet à "
  "Deuil-la-Barre et celui qui travaille avec le collège Maximilien de Robespierre à Goussainville. Points "
  "communs : un cahier de liaison partagé, une réunion de rentrée commune, des bénévoles étudiants. "
  "Différence : à Deuil, les professeurs viennent au centre une fois par mois.",
  [], "Propre. Collèges réels nommés d'après des personnes, avec particules.")

T("actions",
  "Inscription CLAS — formulaire rempli par le centre avec le père.\n"
  "Nom : OLIVEIRA   Prénom : Tiago\n"
  "Né le : 07.05.2015\n"
  "Adresse : 5 impasse des Lilas 95610 Éragny\n"
  "Classe : CM1\n"
  "Tél père : 06 39 98 90 17",
  [("OLIVEIRA", "nom"), ("Tiago", "prenom"), ("07.05.2015", "date_naissance"),
   ("5 impasse des Lilas", "adresse"), ("95610", "code_postal"), ("06 39 98 90 17", "telephone")],
  "Formulaire.")

T("actions",
  "ok pour jeudi, je passe prendre Océane et sa mère en voiture",
  [("Océane", "prenom")], "Une ligne.")

T("actions",
  "Penser à imprimer les attestations CAF pour les 6 familles du CLAS avant le 15.",
  [], "Propre. Une ligne.")

T("enseignements",
  "retour sur la situation de Mme H : on aurait du prevenir l'ecole avant d'accompagner la maman au rdv. la "
  "directrice (mme fofana) l'a vécu comme une embuscade. a l'avenir : toujours annoncer qui vient et pourquoi.",
  [("H", "initiale"), ("fofana", "nom")],
  "Initiale sans point ; nom en minuscules.")

T("recit",
  "Cette situation, vécue pendant l'hiver dans le quartier Axe Majeur-Horloge, a beaucoup fait réfléchir "
  "l'équipe. Une mère de deux enfants, l'un en CM2 et l'autre en 5e au collège Gérard Philipe, s'est "
  "présentée à l'accueil juste avant les vacances de Noël avec une lettre de l'école qu'elle ne comprenait "
  "pas : on y parlait d'un PPRE, d'une équipe éducative et d'un possible dossier MDPH. Elle y lisait une "
  "accusation. Le même après-midi, l'enseignante de CM2 est passée au centre, inquiète de ne pas avoir de "
  "réponse, et nous a demandé si nous connaissions la famille. Nous avons choisi de ne rien dire de la "
  "famille à l'enseignante sans l'accord de la mère, et de ne rien promettre à la mère au nom de l'école. "
  "Le 18 décembre, à 17h30, en salle 2, la mère, l'enseignante, la directrice de l'école et la référente "
  "famille se sont retrouvées ; l'adulte-relais assurait la traduction en tamoul. La lettre a été relue "
  "phrase par phrase. La mère a accepté l'équipe éducative, fixée en janvier, et a demandé que le centre "
  "soit présent. Ce que nous retenons : les courriers de l'école sont écrits pour des professionnels ; un "
  "temps de relecture avec les familles, au centre, devrait être systématique.",
  [], "Propre, très long paragraphe : rôles, QPV, collège réel, dates et heures de réunion.")

T("description",
  "Pour reprendre cette pratique, contacter la référente famille du centre, Nadia Rahmani, "
  "n.rahmani@centresocial-lesvignes.fr ou au 01 99 00 63 21.",
  [("Nadia", "prenom"), ("Rahmani", "nom"), ("n.rahmani@centresocial-lesvignes.fr", "courriel"),
   ("01 99 00 63 21", "telephone")],
  "Coordonnées nominatives d'une salariée : éléments (un nom de personne, même professionnel).")

T("recit",
  "M. Ange N’Guessan, père de Prisca, conteste une note de vie scolaire. Il a envoyé 14 messages à la CPE en "
  "une semaine. La CPE nous a demandé de « le raisonner ». Nous avons refusé ce rôle et proposé une "
  "rencontre à trois.",
  [("Ange", "prenom"), ("N’Guessan", "nom"), ("Prisca", "prenom")],
  "Apostrophe typographique dans le nom.")

T("actions",
  "ATTENTION : LE PERE DE SOFIANE (M. AMRANI) N'A PLUS LE DROIT DE VENIR CHERCHER L'ENFANT (JUGEMENT DU "
  "JAF). SI VEHICULE BLANC IMMAT FR-208-QZ DEVANT LE CENTRE, PREVENIR LA DIRECTION ET L'ECOLE.",
  [("SOFIANE", "prenom"), ("AMRANI", "nom"), ("FR-208-QZ", "plaque")],
  "Tout en capitales.")

T("recit",
  "Mme Vasanthi Thevarajah nous dit que son fils Ajith, 8 ans, en CE2 à l'école Pasteur, est harcelé dans "
  "le bus scolaire. Ils habitent la tour Utrillo, escalier 3, dans le quartier de la Fauconnière.",
  [("Vasanthi", "prenom"), ("Thevarajah", "nom"), ("Ajith", "prenom"), ("8 ans", "age_classe_ecole"),
   ("tour Utrillo, escalier 3", "residence")],
  "Fauconnière = quartier (QPV), pas un élément ; « tour Utrillo » = immeuble d'habitation.")

T("description",
  "Les infos du CLAS sont relayées sur la page Instagram du centre (@cs_lesvignes_officiel) et dans le "
  "cahier de liaison des écoles partenaires.",
  [], "Propre : compte institutionnel du centre (comme son adresse publique), pas le pseudo d'une personne.")

T("actions",
  "Pierre, animateur du CLAS, a rencontré le professeur principal de 4e au collège Pierre Curie. Ils ont "
  "convenu d'un point mensuel. Prochain point : mardi 5 novembre, 17h.",
  [("Pierre", "prenom", 0)],
  "Premier « Pierre » = personne ; second = nom du collège (non marqué).",
  skip=[("Pierre", 1)])

T("recit",
  "Dossier PRE : Nour El Houda Saïdi, née le 12 juin 2012, 12 ans, en 5e au collège Caroline Aigle, "
  "repérée pour absentéisme perlé. La mère ne répond pas aux convocations. Le centre la connaît par "
  "l'atelier couture.",
  [("Nour El Houda", "prenom"), ("Saïdi", "nom"), ("12 juin 2012", "date_naissance"),
   ("12 ans", "age_classe_ecole")],
  "Prénom composé sans trait d'union. Caroline Aigle = collège réel de Cergy.")

T("actions",
  "cf. dossier CAF 1193582 (famille Mendes), pièce manquante",
  [("1193582", "autre"), ("Mendes", "nom")], "Une ligne.")

T("enseignements",
  "le truc qui a marché avec m. okafor (prof de sport) c'est qu'il venait jouer au foot le mercredi avec "
  "les jeunes du centre. du coup les parents le connaissaient avant les problèmes.",
  [("okafor", "nom")], "« m. » = titre en minuscules.")

T("recit",
  "La maîtresse de CE1, Mme Rose, a convoqué la mère de Dylan pour un problème de comportement. La mère est "
  "venue au centre avec le mot de l'école, écrit au stylo rose, qu'elle a vécu comme une humiliation. On a "
  "relu le mot avec elle : il proposait simplement un rendez-vous.",
  [("Rose", "nom"), ("Dylan", "prenom")],
  "« Rose » nom de famille ; « rose » couleur : pas un élément.")

T("actions",
  "Le grand frère de Kenza poste les vidéos de la bagarre sur TikTok (compte « sarcelles.kingz »). Le "
  "collège a fait un signalement Pharos ; la mère est venue au centre pour comprendre la procédure.",
  [("Kenza", "prenom"), ("sarcelles.kingz", "pseudo_reseau")],
  "Pseudo contenant un nom de commune.")

T("enseignements",
  "Éviter les rendez-vous à 8h : les parents qui déposent les petits à la maternelle ne peuvent pas être au "
  "collège à la même heure. Le créneau 9h-10h marche mieux, ou 17h-18h pour les parents qui travaillent.",
  [], "Propre. Horaires.")

T("description",
  "Atelier numérique parents : créer son compte ÉduConnect, consulter Pronote, lire un bulletin. 4 séances "
  "de 2h en salle informatique (salle 12), 10 postes. Public prioritaire : parents d'élèves de 6e et de CP "
  "du QPV Marcouville. Animation : la conseillère numérique France Services et une bénévole.",
  [], "Propre. Marcouville = QPV de Pontoise ; « France Services » = dispositif.")

T("recit",
  "Le centre a été sollicité par l'école et par une famille au sujet d'un enfant de 7 ans en CE1 que "
  "l'école souhaite voir suivi par le RASED. La famille refusait. Nous avons proposé un temps d'échange au "
  "centre avec la maîtresse E du RASED, qui a expliqué son rôle. La famille a accepté.",
  [], "Propre. « maîtresse E » = fonction (enseignante spécialisée du RASED), pas une initiale ; âge + classe sans école.")


T("description",
  "Pratique « Les mercredis du palier » : au départ, c'était l'idée d'une maman, Mme Espérance Lukusa, qui "
  "ouvrait son appartement (résidence Les Tilleuls, bât. 2) aux enfants du palier pour les devoirs. Le centre "
  "a repris l'idée dans ses locaux en 2022, avec l'accord de l'école voisine : 3 groupes de 6 enfants.",
  [("Espérance", "prenom"), ("Lukusa", "nom"), ("résidence Les Tilleuls, bât. 2", "residence")],
  "Description de pratique qui nomme l'initiatrice et son immeuble.")

T("description",
  "Outil : le « carnet de route » parent–école–centre. Conçu par M. Hervé Tanguy, directeur de l'école "
  "Condorcet, et Fatou Camara-Diop, référente famille. Une pochette, trois volets (ce que dit la famille, ce "
  "que dit l'école, ce que propose le centre), relue à chaque rencontre.",
  [("Hervé", "prenom"), ("Tanguy", "nom"), ("Fatou", "prenom"), ("Camara-Diop", "nom")],
  "Auteurs d'un outil nommés : éléments. Condorcet = école.")

T("description",
  "Exemple de fiche remplie (à anonymiser avant diffusion !) : enfant Lucas M., 10 ans, CM2 école Condorcet, "
  "suivi CLAS depuis le CE2 ; contact parent lucasmaman95@outlook.fr.",
  [("Lucas", "prenom"), ("M.", "initiale"), ("10 ans", "age_classe_ecole"),
   ("lucasmaman95@outlook.fr", "courriel")],
  "Exemple « réel » glissé dans une description d'outil.")

T("enseignements",
  "Avec Mme Tavares on a compris qu'il ne fallait pas donner notre numéro perso : elle appelait Sofia "
  "(l'animatrice) au 07 00 18 44 61 le dimanche soir. Depuis, un seul numéro : celui de l'accueil.",
  [("Tavares", "nom"), ("Sofia", "prenom"), ("07 00 18 44 61", "telephone")],
  "")

T("enseignements",
  "Quand on a reçu M. et Mme Oyelaran-Bakare chez eux, au 41 avenue Anatole France à Saint-Ouen-l'Aumône "
  "(95310), on a compris pourquoi les enfants faisaient leurs devoirs dans l'escalier : 2 pièces pour 7 "
  "personnes. Leçon : la visite à domicile, avec l'accord de la famille, change le regard de l'école.",
  [("Oyelaran-Bakare", "nom"), ("41 avenue Anatole France", "adresse"), ("95310", "code_postal")],
  "« M. et Mme » = titres ; Anatole France = nom de rue dans l'adresse du domicile.")


# --------------------------------------------------------------------------
# Construction et vérifications
# --------------------------------------------------------------------------

def build():
    out = []
    errors = []
    for n, e in enumerate(ENTRIES, 1):
        cid = "c%02d" % n
        text = e["text"]
        if e["kind"] not in TEXT_KINDS:
            errors.append("%s: type de texte inconnu %r" % (cid, e["kind"]))
        items = []
        used = collections.defaultdict(set)
        for it in e["items"]:
            itext, ikind = it[0], it[1]
            occ = it[2] if len(it) > 2 else None
            if ikind not in KINDS:
                errors.append("%s: type d'élément inconnu %r" % (cid, ikind))
            pos = matches(text, itext)
            if not pos:
                errors.append("%s: %r introuvable à une frontière de mot" % (cid, itext))
                continue
            if occ is None:
                if len(pos) > 1:
                    errors.append("%s: %r apparaît %d fois, préciser l'occurrence" % (cid, itext, len(pos)))
                    continue
                occ = 0
            if occ >= len(pos):
                errors.append("%s: occurrence %d de %r inexistante" % (cid, occ, itext))
                continue
            if occ in used[itext]:
                errors.append("%s: %r occurrence %d en double" % (cid, itext, occ))
            used[itext].add(occ)
            d = {"text": itext, "kind": ikind, "start": pos[occ]}
            if len(pos) > 1:
                d["occurrence"] = occ
            items.append(d)
        # exhaustivité : toute autre occurrence doit être marquée, couverte par un
        # élément plus long, ou déclarée dans skip
        skip = {(t, o) for t, o in e["skip"]}
        spans = [(d["start"], d["start"] + len(d["text"])) for d in items]
        for itext in used:
            for k, p in enumerate(matches(text, itext)):
                if k in used[itext] or (itext, k) in skip:
                    continue
                if any(a <= p and p + len(itext) <= b for a, b in spans):
                    continue
                errors.append("%s: occurrence %d de %r non marquée" % (cid, k, itext))
        # chevauchements
        items.sort(key=lambda d: d["start"])
        for a, b in zip(items, items[1:]):
            if a["start"] + len(a["text"]) > b["start"]:
                errors.append("%s: %r et %r se chevauchent" % (cid, a["text"], b["text"]))
        for d in items:
            assert text[d["start"]:d["start"] + len(d["text"])] == d["text"]
        out.append({"id": cid, "kind": e["kind"], "text": text, "items": items, "note": e["note"]})
    return out, errors


def main():
    corpus, errors = build()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    path = Path(__file__).with_name("corpus.json")
    path.write_text(json.dumps(corpus, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with_items = [c for c in corpus if c["items"]]
    kinds = collections.Counter(i["kind"] for c in corpus for i in c["items"])
    tkinds = collections.Counter(c["kind"] for c in corpus)
    print("textes: %d (avec éléments %d, propres %d), éléments: %d"
          % (len(corpus), len(with_items), len(corpus) - len(with_items), sum(kinds.values())))
    print("types de texte:", dict(sorted(tkinds.items())))
    print("types d'éléments:", dict(sorted(kinds.items())))
    missing = [k for k in KINDS if kinds[k] < 2]
    assert not missing, missing
    assert len(corpus) >= 70 and len(with_items) >= 45 and len(corpus) - len(with_items) >= 25
    assert sum(kinds.values()) >= 90


if __name__ == "__main__":
    main()
