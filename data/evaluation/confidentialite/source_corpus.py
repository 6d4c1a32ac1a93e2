# -*- coding: utf-8 -*-
"""Source du corpus d'évaluation « vu de l'extérieur » (issue 16).

Écrit sans lire le code, les tests ni les données de Passerelles.
Chaque texte : (id, type, texte, [éléments], note).
Élément : (sous-chaîne exacte, catégorie) ou (sous-chaîne, catégorie, n) où n est
l'indice (0, 1, ...) de l'occurrence visée parmi les occurrences « mot entier » de la
sous-chaîne dans le texte. Sans n, les éléments de même texte prennent les occurrences
dans l'ordre, en sautant celles déjà couvertes par un élément plus long.

`python3 source_corpus.py` régénère corpus.json (positions calculées ici, une fois).
"""
import json
import re
from pathlib import Path

P, N, I, T, C = "prenom", "nom", "initiale", "telephone", "courriel"
A, R, CP, DN = "adresse", "residence", "code_postal", "date_naissance"
ACE, CL = "age_classe_ecole", "classe_precise"

NARRATIFS = [
    # ------------------------------------------------------------------ noms, prénoms
    ("n01", "recit",
     "Mme Benali, CM2 à Jean Jaurès, est venue au centre le 14 mars, très en colère après une "
     "punition collective (privation de récré pour toute la classe). Elle veut rencontrer la "
     "directrice mais dit qu'on ne l'écoute plus. Tél : 06 12 34 56 78.",
     [("Benali", N), ("06 12 34 56 78", T)],
     "civilité + nom + virgule + niveau : « CM2 » ne fait pas partie du nom"),
    ("n02", "recit",
     "Rose est venue avec sa mère mardi soir à l'accompagnement scolaire. Elle n'a plus le droit "
     "d'aller à la cantine depuis l'incident de février. La maman, Mme Okafor, ne comprend pas la "
     "sanction et demande que le centre l'accompagne au rendez-vous avec le directeur.",
     [("Rose", P), ("Okafor", N)],
     "prénom qui est un mot courant, en début de phrase, employé comme prénom"),
    ("n03", "recit",
     "M. Petit, le père de Lucas, nous a sollicités après un conflit avec l'enseignante de CE2. Il "
     "reproche à l'école de ne pas l'avoir prévenu des difficultés de son fils. De son côté, la "
     "directrice nous a appelés le lendemain pour nous demander de « calmer le papa ». Nous avons "
     "proposé une rencontre à trois, au centre, en terrain neutre.",
     [("Petit", N), ("Lucas", P)],
     "nom de famille qui est un mot courant"),
    ("n04", "actions",
     "- appel de Mme Leblanc (maman d'Inès, GS) au 06.45.78.12.90\n"
     "- RDV fixé avec l'ATSEM et l'enseignante le 2/04\n"
     "- accompagnement de la maman par la référente famille\n"
     "- point d'étape en mai",
     [("Leblanc", N), ("Inès", P), ("06.45.78.12.90", T)],
     "prénom accentué après élision ; « Inès » absent de la liste INSEE fournie (accent perdu)"),
    ("n05", "recit",
     "la maman de yanis est passée ce matin, yanis est exclu 3 jours du collège pour une bagarre. "
     "elle ne sait pas lire les courriers de la vie scolaire, on a relu ensemble le courrier. elle "
     "veut voir le CPE mais a peur d'y aller seule. son num : 0781223344",
     [("yanis", P), ("yanis", P), ("0781223344", T)],
     "prise de notes en minuscules"),
    ("n06", "recit",
     "Situation signalée par la CPE du collège Henri Wallon (Garges) : DIALLO Aminata, élève de 4e, "
     "absente depuis trois semaines. La mère, Mme DIALLO, dit que sa fille refuse d'aller en cours "
     "à cause de moqueries. Les deux parties nous ont appelés la même semaine.",
     [("DIALLO", N), ("Aminata", P), ("DIALLO", N)],
     "nom en capitales avant le prénom ; nom de collège avec prénom+nom qui doit passer"),
    ("n07", "enseignements",
     "Ce qu'on retient de la situation de Mamadou : ne jamais recevoir le parent et l'école "
     "séparément sur le même sujet sans le dire aux deux. M. Traoré l'a vécu comme une trahison "
     "quand il a appris qu'on avait vu la directrice avant lui.",
     [("Mamadou", P), ("Traoré", N)], ""),
    ("n08", "recit",
     "Marie-Claire, maman de jumeaux en CP, s'est présentée à la permanence parentalité. Les "
     "enfants ont été séparés à la rentrée sans que la famille soit consultée. Elle a écrit "
     "plusieurs mots dans le cahier de liaison, restés sans réponse. Elle laisse son mail : "
     "mc.nkounkou@gmail.com",
     [("Marie-Claire", P), ("mc.nkounkou@gmail.com", C)],
     "prénom composé à trait d'union"),
    ("n09", "recit",
     "Kajenthiran, 11 ans, en 6e au collège Claude Monet, est suivi au CLAS depuis deux ans. Sa "
     "mère, qui parle peu français, a reçu un avertissement pour absentéisme alors que l'enfant "
     "était hospitalisé. Son frère aîné sert d'interprète mais ne peut pas venir en journée.",
     [("Kajenthiran", P), ("11 ans, en 6e au collège Claude Monet", ACE)],
     "prénom tamoul absent de la liste INSEE"),
    ("n10", "recit",
     "Famille arrivée en septembre, hébergée chez un cousin au 12 rue des Lilas, 95100 Argenteuil. "
     "Les deux enfants ne sont toujours pas inscrits à l'école : la mairie demande un justificatif "
     "de domicile que l'hébergeant refuse de fournir. Le centre a fait le lien avec le service "
     "scolarité.",
     [("12 rue des Lilas", A), ("95100", CP)], ""),
    ("n11", "recit",
     "Mme K. habite résidence Les Tilleuls, bâtiment C, juste en face de l'école. De sa fenêtre, "
     "elle voit tous les jours son fils rester seul dans un coin de la cour pendant la récréation. "
     "Elle en a parlé à l'enseignante, qui lui a répondu que ce n'était pas son affaire.",
     [("K.", I), ("résidence Les Tilleuls", R), ("bâtiment C", R)], ""),
    ("n12", "recit",
     "Adam, né le 3 mars 2012, est scolarisé en ULIS depuis la rentrée. Le père conteste "
     "l'orientation décidée par la commission et dit n'avoir jamais signé le dossier MDPH. Il "
     "demande au centre de l'aider à écrire un recours.",
     [("Adam", P), ("3 mars 2012", DN)],
     "« ULIS » sans nom d'établissement : passe"),
    ("n13", "actions",
     "Actions :\n"
     "1. Écoute de la maman (Mme Yilmaz) avec l'aide d'une bénévole turcophone\n"
     "2. Appel à l'école pour avoir la version de la maîtresse\n"
     "3. Proposition d'un temps de rencontre au centre, refusé par l'école\n"
     "4. Orientation vers le médiateur de l'Éducation nationale\n"
     "Contact maman : +33 6 52 18 47 03",
     [("Yilmaz", N), ("+33 6 52 18 47 03", T)], ""),
    ("n14", "recit",
     "Elif et Emre sont en CE1 et en CM1 à l'école Paul Langevin. Depuis que leur père est reparti "
     "en Turquie, ils arrivent souvent en retard. L'école a fait une information préoccupante sans "
     "en parler à la mère, qui l'a appris par l'assistante sociale. Elle est venue nous voir en "
     "larmes.",
     [("Elif", P), ("Emre", P)],
     "niveau + école nommée sans âge ni lettre de classe : cette partie passe"),
    ("n15", "recit",
     "Prudence, maman de trois enfants, est bénévole au centre depuis l'an dernier. Sa fille "
     "Divine, en CM1, s'est fait voler son téléphone dans la cour et la directrice n'a pas voulu en "
     "entendre parler. Prudence dit qu'elle ne remettra plus les pieds à l'école.",
     [("Prudence", P), ("Divine", P), ("Prudence", P)],
     "prénoms qui sont des mots (Prudence, Divine), employés comme prénoms"),
    ("n16", "recit",
     "Pierre, le papa de Victoire, nous appelle régulièrement depuis janvier. Il est séparé de la "
     "maman et l'école refuse de lui transmettre les bulletins. Nous lui avons expliqué ses droits "
     "d'autorité parentale et avons préparé avec lui un courrier pour le directeur.",
     [("Pierre", P), ("Victoire", P)], "prénoms-mots en contexte de personne"),
    ("n17", "recit",
     "Claire, la maman de Noé, est venue nous voir après une réunion tendue avec la maîtresse : Noé "
     "serait « trop agité » et l'enseignante propose un suivi au CMP. Claire a l'impression qu'on "
     "veut se débarrasser de son fils.",
     [("Claire", P), ("Noé", P), ("Noé", P), ("Claire", P)],
     "« Noé » accentué absent de la liste INSEE (seul NOE y est)"),
    ("n18", "recit",
     "Le petit Ange (GS) ne veut plus aller à l'école depuis qu'un autre enfant le frappe. Sa mère "
     "dit que l'ATSEM n'a rien vu. La directrice nous a demandé d'« apaiser » la maman avant "
     "l'équipe éducative.",
     [("Ange", P)], "prénom-mot après « le petit »"),
    ("n19", "recit",
     "Noël, en 3e, a été exclu définitivement juste avant les vacances de Noël. Sa mère, "
     "Mme Mbemba, a appris la décision par un simple SMS du collège et nous a appelés le soir même.",
     [("Noël", P, 0), ("Mbemba", N)],
     "le premier « Noël » est un prénom, le second la fête : seul le premier est identifiant"),
    ("n20", "recit",
     "Xiaoling et Zhihao, frère et sœur, sont arrivés de Wenzhou en novembre. Leur mère tient un "
     "commerce et ne peut pas venir aux réunions de l'école avant 20 h. L'enseignante de Xiaoling a "
     "convoqué la famille trois fois sans réponse et envisage de signaler l'absentéisme.",
     [("Xiaoling", P), ("Zhihao", P), ("Xiaoling", P)], "prénoms chinois absents de la liste INSEE"),
    ("n21", "recit",
     "La famille Stoica vit sur le terrain près de la gare depuis l'été. Luminita, 9 ans, et son "
     "frère Florin ont été inscrits à l'école en octobre, mais la mairie refuse de les accueillir à "
     "la cantine. La médiatrice scolaire de l'association nous a sollicités.",
     [("Stoica", N), ("Luminita", P), ("Florin", P)],
     "famille rom ; « Luminita » absent de la liste INSEE ; « 9 ans » sans classe ni école : passe"),
    ("n22", "actions",
     "Mail envoyé à la maman (awa.konate95@laposte.net). Relance de la directrice par téléphone. "
     "RDV tripartite fixé au jeudi. Compte rendu envoyé aux deux parties.",
     [("awa.konate95@laposte.net", C)], "courriel suivi d'une parenthèse et d'un point"),
    ("n23", "enseignements",
     "M. Diallo nous a appris une chose : quand un père vient pour la première fois, il ne faut pas "
     "le renvoyer vers la maman. Il venait justement parce qu'il voulait s'occuper de la scolarité "
     "de ses enfants.",
     [("Diallo", N)], ""),
    ("n24", "recit",
     "La famille Traoré habite rue Gabriel Péri, au-dessus de la boulangerie. Depuis le "
     "déménagement, les enfants n'ont pas été réinscrits au collège du secteur et le principal a "
     "refusé une dérogation. Le centre a accompagné le père à la DSDEN.",
     [("Traoré", N), ("rue Gabriel Péri", A)],
     "adresse sans numéro ; « Gabriel Péri » est aussi un nom de collège (Bezons), qui passe"),
    ("n25", "recit",
     "Ils vivent au Val d'Argent Nord, bât. B, esc. 3, dans un appartement trop petit pour cinq : "
     "les enfants font leurs devoirs sur la table de la cuisine. L'enseignante reproche à la maman "
     "que les devoirs ne soient jamais faits.",
     [("bât. B, esc. 3", R)], "le quartier (QPV) passe, le bâtiment et l'escalier non"),
    ("n26", "recit",
     "Sofiane (8 ans, CE2, école Romain Rolland) est accueilli au CLAS le mardi et le jeudi. "
     "L'enseignante a demandé à l'animatrice de ne plus l'aider pour les devoirs « car ce n'est pas "
     "son travail ». La maman, Mme Haddad, ne sait plus à qui faire confiance.",
     [("Sofiane", P), ("8 ans, CE2, école Romain Rolland", ACE), ("Haddad", N)], ""),
    ("n27", "actions",
     "Réunion le 18/01 avec l'enseignante de la CM2 B de l'école Jean Jaurès et la maman. "
     "Objectif : revenir sur l'exclusion de la sortie scolaire. Présents : l'enseignante, la "
     "directrice, la maman, la référente famille.",
     [("CM2 B de l'école Jean Jaurès", CL)], ""),
    ("n28", "recit",
     "Un élève de la 5e3 du collège Lucie Aubrac est harcelé sur les réseaux depuis novembre. Sa "
     "mère a porté plainte ; le collège dit ne pas pouvoir agir sur ce qui se passe hors de "
     "l'établissement. Elle nous demande d'organiser une rencontre avec le principal.",
     [("5e3 du collège Lucie Aubrac", CL)], ""),
    ("n29", "recit",
     "La petite est dans la classe des Papillons de la maternelle Anatole France. La maman trouve "
     "que la maîtresse la laisse pleurer le matin sans la consoler ; l'enseignante dit que la mère "
     "reste trop longtemps à la porte et que ça n'aide pas.",
     [("classe des Papillons de la maternelle Anatole France", CL)],
     "classe de maternelle désignée par son nom d'animal"),
    ("n30", "recit",
     "Ibrahima est en 6e C au collège Eugénie Cotton. Le professeur principal a signalé des absences "
     "répétées le lundi matin. En fait, Ibrahima garde ses petites sœurs pendant que sa mère fait "
     "des ménages à Paris.",
     [("Ibrahima", P), ("6e C au collège Eugénie Cotton", CL), ("Ibrahima", P)], ""),
    ("n31", "recit",
     "Naïma B., née le 14/02/2013, en CM2. Sa mère a été convoquée après une bagarre à la sortie. "
     "Elle conteste la version de l'école et demande que le centre témoigne : l'animatrice était "
     "présente ce jour-là.",
     [("Naïma", P), ("B.", I), ("14/02/2013", DN)],
     "initiale du nom après le prénom ; « Naïma » absent de la liste INSEE"),
    ("n32", "actions",
     "Fiche de suivi — Enfant : Rayan — DDN : 02.09.2014 — Classe : CE2 — Tél. mère : "
     "07 68 54 21 09 — Actions : entretien avec la mère, contact avec le RASED, proposition de CLAS.",
     [("Rayan", P), ("02.09.2014", DN), ("07 68 54 21 09", T)], ""),
    ("n33", "recit",
     "Moussa, né le 12 octobre, est le plus jeune de sa classe. Son père pense que c'est pour ça "
     "qu'on veut lui faire redoubler le CP et refuse le maintien. La directrice nous demande "
     "d'expliquer la décision au père en soninké.",
     [("Moussa", P), ("12 octobre", DN)], "date de naissance sans année"),
    ("n34", "recit",
     "Née le 1er juin 2011, Fatoumata est en 3e prépa-métiers. Elle voudrait faire un CAP "
     "petite enfance mais le conseil de classe propose la vente. Sa mère est venue au centre parce "
     "qu'elle n'a pas compris la fiche de vœux.",
     [("1er juin 2011", DN), ("Fatoumata", P)], ""),
    ("n35", "recit",
     "Maëlys (née le 21-11-2012) vit chez sa grand-mère depuis le placement de sa mère. La "
     "grand-mère n'a pas l'autorité parentale et l'école refuse de lui donner la moindre "
     "information, même sur les horaires.",
     [("Maëlys", P), ("21-11-2012", DN)], "« Maëlys » absent de la liste INSEE"),
    ("n36", "recit",
     "Mme Kone, née le 6 avril 1985, élève seule ses quatre enfants. Elle travaille en horaires "
     "décalés et ne peut jamais venir aux rendez-vous fixés à 16 h 30 par l'école. Le directeur "
     "nous dit qu'elle « ne s'intéresse pas à la scolarité ».",
     [("Kone", N), ("6 avril 1985", DN)], "date de naissance d'un parent"),
    ("n37", "recit",
     "Zoé (05/07/14) pleure tous les matins à l'entrée de la maternelle. La maman voudrait "
     "l'accompagner jusqu'à la classe, la directrice s'y oppose pour des raisons de sécurité.",
     [("Zoé", P), ("05/07/14", DN)],
     "date de naissance courte entre parenthèses ; « Zoé » absent de la liste (seul ZOE)"),
    ("n38", "actions",
     "Visite à domicile le 9/03 chez la famille Da Silva, 3 bis avenue du Maréchal Foch, pour "
     "aider à remplir le dossier de bourse. Tél. fixe : 01 39 82 45 67.",
     [("Da Silva", N), ("3 bis avenue du Maréchal Foch", A), ("01 39 82 45 67", T)],
     "nom en deux mots ; ligne fixe"),
    ("n39", "recit",
     "Diogo, 14 ans, en 3e au collège Jean Vilar, est menacé d'exclusion. Ses parents, M. et "
     "Mme Ferreira, travaillent tous les deux sur des chantiers et ne peuvent pas venir aux "
     "convocations avant 18 h. Le CPE a fini par accepter un rendez-vous au centre, un samedi.",
     [("Diogo", P), ("14 ans, en 3e au collège Jean Vilar", ACE), ("Ferreira", N)], ""),
    ("n40", "recit",
     "elle habite 14 allée des tilleuls a bezons, au rdc. elle dit que les voisins on appelé "
     "l'école pour dire que les enfants crient le soir, depuis la maîtresse la regarde de travers",
     [("14 allée des tilleuls", A)], "fautes de frappe, tout en minuscules"),
    ("n41", "actions",
     "Rendez-vous pris chez Mme Gomes, 27 rue Paul Vaillant-Couturier, 95870 Bezons, pour remplir "
     "ensemble le dossier d'orientation post-3e.",
     [("Gomes", N), ("27 rue Paul Vaillant-Couturier", A), ("95870", CP)],
     "rue au nom d'une personne qui est aussi un nom de collège"),
    ("n42", "description",
     "Médiation parents-école au centre : la référente famille reçoit le parent, puis propose une "
     "rencontre à trois avec l'enseignant, au centre et non à l'école. Contact : Sabrina, référente "
     "famille, 06 23 45 67 81, sabrina.referente@gmail.com",
     [("Sabrina", P), ("06 23 45 67 81", T), ("sabrina.referente@gmail.com", C)],
     "coordonnées d'une salariée dans une fiche pratique : une personne reste une personne"),
    ("n43", "description",
     "Depuis 2021, Mme Roux, directrice de l'école Jean Macé, ouvre la BCD au CLAS deux soirs par "
     "semaine. Le lien passe aussi par M. Boulanger, l'enseignant de CM1, qui vient présenter les "
     "projets de classe aux parents une fois par trimestre.",
     [("Roux", N), ("Boulanger", N)], "noms d'enseignants ; noms-mots"),
    ("n44", "recit",
     "Mme Martin, l'enseignante de CP, a refusé que la maman reste dans la classe le jour de la "
     "rentrée. La maman, qui ne parle pas français, a compris qu'on lui interdisait l'école et n'y "
     "est plus retournée.",
     [("Martin", N)], "nom qui est aussi un prénom"),
    ("n45", "recit",
     "Grâce et Merveille, les jumelles de Mme Lukusa, sont en CE2 dans deux classes différentes. La "
     "maman voudrait qu'elles soient ensemble ; la directrice refuse. Le ton est monté lors de la "
     "dernière rencontre et la maman a été priée de quitter l'école.",
     [("Grâce", P), ("Merveille", P), ("Lukusa", N)],
     "prénoms-mots ; « Grâce » accentué absent de la liste"),
    ("n46", "recit",
     "Bienvenu, le papa d’Exaucé, a été reçu par le CPE après qu’Exaucé a insulté une surveillante. "
     "Il dit que son fils est provoqué depuis des semaines et que personne ne l’écoute. Il nous a "
     "demandé d’être présents au conseil de discipline.",
     [("Bienvenu", P), ("Exaucé", P), ("Exaucé", P)],
     "apostrophes typographiques ; « Exaucé » absent de la liste"),
    ("n47", "recit",
     "Patience a quatre enfants scolarisés dans trois établissements différents. Il lui faut de la "
     "patience, dit-elle, mais surtout que quelqu'un lui explique Pronote et les mails du collège.",
     [("Patience", P, 0)], "le prénom et le mot dans le même texte"),
    ("n48", "recit",
     "Momo (Mohamed, CM1) a encore été collé. Sa mère dit qu'il est « le bouc émissaire de la "
     "classe ». Momo lui-même dit qu'il ne veut plus aller à la cantine.",
     [("Momo", P), ("Mohamed", P), ("Momo", P)], "surnom"),
    ("n49", "recit",
     "Lili (c'est comme ça que tout le monde l'appelle au centre) ne dit pas un mot en classe "
     "depuis la rentrée, mais parle normalement à l'accueil de loisirs. La maîtresse soupçonne un "
     "problème à la maison et l'a dit devant la mère.",
     [("Lili", P)], "surnom"),
    ("n50", "actions",
     "rdv avec samir b. et sa mère jeudi 17h. samir est exclu de cantine jusqu'à nouvel ordre, "
     "voir avec la directrice si on peut faire une médiation avant les vacances",
     [("samir", P), ("b.", I), ("samir", P)], "minuscules ; initiale minuscule"),
    ("n51", "recit",
     "M. et Mme D sont venus ensemble, ce qui est rare. Ils contestent le passage en SEGPA proposé "
     "pour leur fils et disent que personne ne leur a expliqué ce que c'était. Nous avons organisé "
     "une rencontre avec la psychologue de l'Éducation nationale.",
     [("D", I)], "initiale sans point après une double civilité"),
    ("n52", "recit",
     "Mr T. a appelé le centre très énervé : sa fille a été photographiée en classe et la photo "
     "circule sur un groupe WhatsApp de parents. Il veut porter plainte contre l'école.",
     [("T.", I)], "« Mr » à l'anglaise"),
    ("n53", "recit",
     "La famille K. (4 enfants) a été signalée par l'école pour des retards répétés. Le père "
     "travaille de nuit, la mère a un bébé de trois mois. Le centre a proposé un accompagnement "
     "le matin par une bénévole du quartier.",
     [("K.", I)], "initiale après « famille »"),
    ("n54", "description",
     "Aïcha M., maman d'élève élue au conseil d'école, sert de relais entre les familles "
     "non francophones et l'équipe enseignante. Elle traduit en arabe et en berbère lors des "
     "réunions de rentrée.",
     [("Aïcha", P), ("M.", I)],
     "« M. » est ici l'initiale du nom, pas « Monsieur » ; « Aïcha » accentué absent de la liste"),
    ("n55", "recit",
     "Tharshika (CM1) est arrivée de Jaffna en mars. Son père, M. Sivakumar, a demandé une place en "
     "UPE2A mais l'école n'en a pas. La famille vit à l'hôtel social, à 40 minutes de l'école.",
     [("Tharshika", P), ("Sivakumar", N)], "prénom tamoul absent de la liste"),
    ("n56", "recit",
     "MME KONATÉ NE VEUT PLUS QUE SON FILS AILLE EN SORTIE SCOLAIRE DEPUIS L'ACCIDENT DU CAR. LE "
     "DIRECTEUR DIT QU'IL VA FAIRE UN SIGNALEMENT SI L'ENFANT MANQUE ENCORE.",
     [("KONATÉ", N)], "tout en capitales"),
    ("n57", "actions",
     "Permanence du 04/12 :\n"
     "- Mme Haddad, CE1 : souci de cantine, réglé avec la directrice\n"
     "- M. Yildiz, 6e : demande de changement de collège, orienté vers la DSDEN\n"
     "- Mme Camara, GS : absence de l'AESH, la maman garde l'enfant à la maison",
     [("Haddad", N), ("Yildiz", N), ("Camara", N)],
     "civilité + nom + virgule + niveau, trois fois"),
    ("n58", "actions",
     "Le père souhaite être contacté par mail uniquement : Karim.BELHADJ@outlook.fr (il travaille "
     "de nuit, pas d'appel avant 14h).",
     [("Karim.BELHADJ@outlook.fr", C)], "majuscules dans le courriel"),
    ("n59", "actions",
     "Adresse donnée par la maman pour recevoir le compte rendu : ines-dos-santos@free.fr",
     [("ines-dos-santos@free.fr", C)], "courriel à tirets, en fin de texte"),
    ("n60", "actions",
     "La directrice demande qu'on lui écrive sur l'adresse de l'école, ce.0951234X@ac-versailles.fr, "
     "plutôt que sur sa boîte perso.",
     [("ce.0951234X@ac-versailles.fr", C)],
     "courriel d'établissement : toute adresse électronique est une coordonnée"),
    ("n61", "recit",
     "Khady et Djibril sont en CE2 et en CM2. Leur mère, Mme Sow, a été reçue par l'inspectrice "
     "après avoir crié dans la cour. Elle nous a laissé son numéro pour qu'on la rappelle : "
     "06/12/98/76/54.",
     [("Khady", P), ("Djibril", P), ("Sow", N), ("06/12/98/76/54", T)], "téléphone à barres obliques"),
    ("n62", "actions",
     "Appeler le papa au 0033 6 11 22 33 44 (il est en Italie pour le travail jusqu'à fin mai) pour "
     "lui expliquer la procédure d'orientation.",
     [("0033 6 11 22 33 44", T)], "indicatif 0033"),
    ("n63", "recit",
     "Tiago est arrivé du Portugal à la Toussaint. Le collège l'a mis en 5e alors qu'il était en "
     "7º ano là-bas. La maman demande un rendez-vous avec la principale : 07-81-45-36-27 (elle "
     "préfère les SMS).",
     [("Tiago", P), ("07-81-45-36-27", T)], "téléphone à tirets"),
    ("n64", "recit",
     "Sa fille est en grande section à la maternelle Les Marronniers, elle a tout juste 5 ans. "
     "L'école parle de maintien en GS et la mère n'en veut pas.",
     [("grande section à la maternelle Les Marronniers, elle a tout juste 5 ans", ACE)],
     "classe et école avant l'âge"),
    ("n65", "actions",
     "garçon 13 ans 4e Carnot, exclu 8 jours. RDV avec le père lundi. voir avec la CPE pour le "
     "retour en classe",
     [("13 ans 4e Carnot", ACE)], "école nommée sans le mot « collège »"),
    ("n66", "recit",
     "Awa, 10 ans, CM2 à l'école Paul Langevin, a été changée de classe en cours d'année sans "
     "explication. Son père a demandé au centre de l'accompagner chez l'inspecteur.",
     [("Awa", P), ("10 ans, CM2 à l'école Paul Langevin", ACE)], ""),
    ("n67", "recit",
     "La maman élève seule ses deux garçons de 7 et 9 ans, en CE1 et CM1 à l'école Jules Ferry. "
     "Elle a reçu trois mots dans la même semaine et ne sait plus comment réagir.",
     [("7 et 9 ans, en CE1 et CM1 à l'école Jules Ferry", ACE)], "deux âges, deux classes, une école"),
    ("n68", "recit",
     "Kevser, 15 ans, élève de 3e au collège Pablo Picasso, porte le voile à la sortie du collège "
     "et dit être regardée de travers par un surveillant. Ses parents ont demandé une médiation.",
     [("Kevser", P), ("15 ans, élève de 3e au collège Pablo Picasso", ACE)], ""),
    ("n69", "recit",
     "Résidence Les Acacias, 95400 Villiers-le-Bel : trois familles de la même cage d'escalier "
     "nous ont sollicités pour le même problème de transport scolaire.",
     [("Résidence Les Acacias", R), ("95400", CP)],
     "nom de résidence sans numéro de rue, à côté d'un code postal"),
    ("n70", "recit",
     "La famille est logée depuis décembre à l'hôtel Les Glycines, à Gonesse, par le 115. Les "
     "enfants mettent 1 h 15 pour aller à l'école. Le directeur menace de signaler les retards.",
     [("hôtel Les Glycines", R)],
     "hôtel social nommé où vit la famille ; le 115 (numéro national) passe"),
    ("n71", "recit",
     "Mme Belkacem habite résidence Jean Moulin, bât. D, 4e étage. Son fils est en fauteuil et "
     "l'ascenseur est en panne depuis un mois : il ne va plus à l'école. Le collège ne propose "
     "rien.",
     [("Belkacem", N), ("résidence Jean Moulin", R), ("bât. D, 4e étage", R)],
     "nom de résidence qui porte le nom d'une personne ; « 4e » ici est un étage"),
    ("n72", "recit",
     "Ils sont au 8e étage de la tour 12, aux Lochères. La maman a peur de laisser ses enfants "
     "rentrer seuls et demande que l'étude du soir se termine plus tôt.",
     [("8e étage de la tour 12", R)], "le quartier passe, la tour et l'étage non"),
    ("n73", "recit",
     "La famille Ozturk est hébergée chez une tante, résidence du Parc, escalier 2, 95 200 Sarcelles. "
     "Le collège de secteur est celui de la tante, pas celui de l'ancienne adresse, et le "
     "principal refuse l'inscription sans justificatif.",
     [("Ozturk", N), ("résidence du Parc", R), ("escalier 2", R), ("95 200", CP)],
     "code postal écrit avec une espace"),
    ("n74", "actions",
     "Courrier de recours rédigé avec la maman. Adresse d'envoi : M. et Mme Belhadj, bâtiment "
     "Normandie, 95140 Garges-lès-Gonesse.",
     [("Belhadj", N), ("bâtiment Normandie", R), ("95140", CP)], "bâtiment nommé"),
    ("n75", "recit",
     "Le papa de Vithusan nous a donné son adresse pour le dossier : 5, impasse des Glaïeuls, "
     "Goussainville (95190). Il demande que le centre écrive à l'école à sa place.",
     [("Vithusan", P), ("5, impasse des Glaïeuls", A), ("95190", CP)],
     "code postal après la commune, entre parenthèses"),
    ("n76", "actions",
     "- Mme Ferhat, 18 av. Gabriel Péri 95500 GONESSE\n"
     "- tél 06-24-31-57-98\n"
     "- enfant : Ilyes (CE1)\n"
     "- objet : refus de la cantine pour impayés",
     [("Ferhat", N), ("18 av. Gabriel Péri", A), ("95500", CP), ("06-24-31-57-98", T),
      ("Ilyes", P)], "fiche en liste, commune en capitales"),
    ("n77", "recit",
     "Mme Fontaine, la directrice, a accepté de recevoir Mme Lenoir avec nous. Au début elle ne "
     "voulait pas parler devant « une personne extérieure », mais la rencontre s'est bien passée.",
     [("Fontaine", N), ("Lenoir", N)], "noms-mots, dont une enseignante"),
    ("n78", "recit",
     "Victor, élève de 6e au collège Victor Hugo, a été exclu de cours trois fois en une semaine. "
     "Sa mère, Mme Petitjean, dit que les professeurs « l'ont dans le nez ».",
     [("Victor", P, 0), ("Petitjean", N)],
     "le prénom de l'élève passe par le même mot que le nom du collège ; seul le premier est identifiant"),
    ("n79", "recit",
     "Avril, en CE2, ne mange plus à la cantine depuis avril. Sa mère pense que c'est à cause des "
     "remarques d'une animatrice périscolaire.",
     [("Avril", P)], "prénom qui est un nom de mois ; le mois « avril » passe"),
    ("n80", "recit",
     "Camille est en CM1 à l'école Camille Claudel. Sa maman, Olive, nous a contactés parce que "
     "l'enseignante a lu à voix haute en classe un mot qu'elle avait écrit.",
     [("Camille", P, 0), ("Olive", P)],
     "prénom identique au prénom du nom de l'école ; « Olive » prénom-mot"),
    ("n81", "recit",
     "Le père de Zeynep et Burak (M. Aydin) a été reçu par le principal avec une interprète du "
     "centre. Il voulait comprendre pourquoi Burak n'a pas eu son passage en seconde générale.",
     [("Zeynep", P), ("Burak", P), ("Aydin", N), ("Burak", P)], ""),
    ("n82", "recit",
     "Clément et Kaïs se sont battus à la sortie. Les deux mamans se sont disputées devant le "
     "portail et la directrice a appelé le centre parce qu'elles viennent toutes les deux à l'atelier "
     "couture le vendredi.",
     [("Clément", P), ("Kaïs", P)], "prénoms accentués absents de la liste INSEE"),
    ("n83", "actions",
     "Relancer Mme H. (06 12 3456 78) pour le certificat de scolarité. Voir aussi avec Jean-Marc L., "
     "l'enseignant de CM2, qui doit nous rappeler.",
     [("H.", I), ("06 12 3456 78", T), ("Jean-Marc", P), ("L.", I)],
     "groupement irrégulier des chiffres ; prénom composé + initiale"),
    ("n84", "recit",
     "Fatou S. est venue avec sa voisine qui traduit. Son fils a été mis en « classe relais » sans "
     "qu'elle comprenne ce que c'est. Nous avons pris contact avec le collège pour organiser une "
     "rencontre.",
     [("Fatou", P), ("S.", I)], ""),
    ("n85", "recit",
     "Les enfants de Mme G. sont en CP dédoublé à l'école Victor Hugo. La maîtresse dit que la grande "
     "sœur (5e) vient les chercher trop tard ; la maman répond qu'elle finit le travail à 18 h.",
     [("G.", I)], "« CP dédoublé à l'école Victor Hugo » sans autre précision : passe"),
    ("n86", "recit",
     "La 4e B de Carnot est connue pour être « difficile ». Trois familles de cette classe sont "
     "venues nous voir en une semaine, toutes pour le même professeur.",
     [("4e B de Carnot", CL)], "classe précise en début de phrase"),
    ("n87", "recit",
     "Le fils de Mme Tavares est dans le CP 2 de l'école Marcel Cachin. Il a été puni pour avoir "
     "parlé portugais avec un camarade. La maman est choquée et veut écrire à l'inspection.",
     [("Tavares", N), ("CP 2 de l'école Marcel Cachin", CL)], ""),
    ("n88", "recit",
     "Un élève de l'UPE2A du collège Carnot, arrivé d'Afghanistan il y a six mois, a été accusé "
     "d'avoir volé un téléphone. Son oncle, qui en a la charge, dit qu'on ne l'a pas laissé "
     "s'expliquer faute d'interprète.",
     [("UPE2A du collège Carnot", CL)],
     "une UPE2A est une seule petite classe : nommer celle d'un établissement désigne un groupe de "
     "quelques élèves (appréciation retenue, voir LISEZMOI)"),
    ("n89", "recit",
     "Une élève de la 3e prépa-métiers du collège Jean Lurçat a fait un stage qui s'est mal passé. "
     "Le tuteur a appelé le collège, le collège a appelé la mère, la mère nous a appelés.",
     [("3e prépa-métiers du collège Jean Lurçat", CL)],
     "une seule classe de ce type par collège"),
    ("n90", "recit",
     "Walid, né le 30/12/2012, a été orienté en SEGPA. Son grand frère, qui s'occupe des démarches, "
     "nous a écrit depuis walid.famille.h@hotmail.fr pour contester.",
     [("Walid", P), ("30/12/2012", DN), ("walid.famille.h@hotmail.fr", C)], ""),
    ("n91", "recit",
     "Florica et Dumitru, les parents de Steluta (CE1), ne savent ni lire ni écrire. La maîtresse "
     "leur envoie pourtant des mots tous les jours dans le cahier.",
     [("Florica", P), ("Dumitru", P), ("Steluta", P)], "« Steluta » absent de la liste"),
    ("n92", "actions",
     "Contacts de la situation :\n"
     "maman : +33612345678\n"
     "papa : +33 (0)6 98 76 54 32\n"
     "école (directrice) : 01.34.12.56.78",
     [("+33612345678", T), ("+33 (0)6 98 76 54 32", T), ("01.34.12.56.78", T)],
     "la ligne de l'école est dans la liste de contacts d'une situation"),
    ("n93", "recit",
     "Vu la grand-mère de Bintou et Seydou, qui a la garde des enfants. Adresse : chemin des Bœufs, "
     "à côté de l'ancienne ferme. Elle n'a jamais reçu les convocations de l'école, envoyées chez la "
     "mère.",
     [("Bintou", P), ("Seydou", P), ("chemin des Bœufs", A)], "adresse sans numéro"),
    ("n94", "recit",
     "L'école Jean Jaurès et la famille Mendes se renvoient la balle depuis septembre. La famille "
     "vit au 110 rue Jean Jaurès, à deux pas de l'école, et ne comprend pas pourquoi les enfants "
     "ont été inscrits ailleurs.",
     [("Mendes", N), ("110 rue Jean Jaurès", A)],
     "même nom de personne pour l'école (passe) et pour la rue de l'adresse (identifiant)"),
    ("n95", "enseignements",
     "Avec le recul, on aurait dû proposer plus tôt une rencontre à trois. Quand Houria est venue "
     "la première fois, en octobre, elle voulait juste comprendre le bulletin. En mars, elle ne "
     "voulait plus parler à personne.",
     [("Houria", P)], "prénom au milieu d'un bilan"),
    ("n96", "recit",
     "La maman de Lina-Rose a été reçue par la CPE et par nous. DN de l'enfant : 17/05/2012. "
     "Courriel de la maman : l.rose.mbala@yahoo.fr",
     [("Lina-Rose", P), ("17/05/2012", DN), ("l.rose.mbala@yahoo.fr", C)], ""),
    ("n97", "recit",
     "Ils habitent avenue de Stalingrad, Argenteuil 95100, depuis deux ans. Les deux aînés sont au "
     "collège Paul Vaillant Couturier, la petite en maternelle.",
     [("avenue de Stalingrad", A), ("95100", CP)], "code postal après la commune"),
    ("n98", "recit",
     "wei (cm2) reste au CLAS jusqu'à 19h car sa mère finit tard au restaurant. la directrice "
     "trouve que c'est trop pour un enfant et l'a dit à la mère devant les autres parents.",
     [("wei", P)], "prénom court en minuscules"),
    ("n99", "recit",
     "Date de naissance de l'enfant : 8 janvier 2015. Scolarisée en CE2. Le père demande une "
     "dérogation pour l'école Joliot-Curie, plus proche de son travail.",
     [("8 janvier 2015", DN)], ""),
    ("n100", "recit",
     "Abirami, 12 ans, 5e, collège Ariane, a été exclue trois jours après une dispute avec une "
     "professeure. Sa mère dit qu'elle n'a pas été entendue avant la sanction.",
     [("Abirami", P), ("12 ans, 5e, collège Ariane", ACE)], ""),
    ("n101", "recit",
     "Naël, 6 ans, en CP à l'école Marcel Cachin, ne parle pas encore. La maîtresse pense qu'il "
     "faudrait un bilan orthophonique ; le papa dit que l'enfant parle très bien tamoul à la maison.",
     [("Naël", P), ("6 ans, en CP à l'école Marcel Cachin", ACE)], "« Naël » absent de la liste"),
    ("n102", "recit",
     "Mme Leroy (enfants en GS et en CM1) est à la rue depuis le 12 mars. Elle dort avec ses enfants chez des "
     "amis différents chaque semaine. Son courriel : famille.leroy@gmail.com",
     [("Leroy", N), ("famille.leroy@gmail.com", C)],
     "« à la rue » n'est pas une adresse ; la date du 12 mars n'est pas une date de naissance"),
    ("n103", "recit",
     "Nous avons reçu ensemble la maman de Djeneba et M. Legrand, le directeur. Chacun a pu dire ce "
     "qu'il avait sur le cœur. La maman a demandé que Djeneba ne soit plus assise au fond de la "
     "classe.",
     [("Djeneba", P), ("Legrand", N), ("Djeneba", P)], "nom de directeur qui est un mot"),
    ("n104", "enseignements",
     "Ce qui a marché avec la CE1 A de l'école Paul Langevin : l'enseignante est venue elle-même au "
     "centre rencontrer la maman, sans la directrice. Le fait qu'elle se déplace a tout changé.",
     [("CE1 A de l'école Paul Langevin", CL)], "classe précise dans un bilan"),
    ("n105", "enseignements",
     "Le jour où on a donné le numéro perso de la coordinatrice (06 71 32 54 98) à M. Nguyen, on a "
     "ouvert une porte qu'on n'a jamais su refermer : il appelait le soir, le week-end. Depuis, on ne "
     "donne que la ligne du centre.",
     [("06 71 32 54 98", T), ("Nguyen", N)], "numéro d'une salariée"),
    ("n106", "enseignements",
     "Écrire tout de suite à la directrice (direction.ecole.curie@gmail.com) n'était pas une bonne "
     "idée : le mail a été transféré à l'inspection avant qu'on ait pu lui parler.",
     [("direction.ecole.curie@gmail.com", C)], ""),
    ("n107", "recit",
     "Dossier d'inscription : la famille déclare habiter 9 rue du Moulin Vert, 95000 Cergy, mais les "
     "enfants dorment chez la grand-mère à Pontoise. L'école soupçonne une fausse adresse et a "
     "prévenu la mairie.",
     [("9 rue du Moulin Vert", A), ("95000", CP)], ""),
    ("n108", "actions",
     "Courrier envoyé à Mme Yapi, Les Jardins de l'Aqueduc, appt 34, 95310 Saint-Ouen-l'Aumône, "
     "avec le compte rendu de la rencontre.",
     [("Yapi", N), ("Les Jardins de l'Aqueduc", R), ("appt 34", R), ("95310", CP)],
     "nom de résidence sans le mot « résidence »"),
    ("n109", "recit",
     "Le fils de la famille est en 6e SEGPA au collège Jean Moulin. Les parents voulaient une 6e "
     "générale et ont l'impression d'avoir été mis devant le fait accompli.",
     [("6e SEGPA au collège Jean Moulin", CL)], "une seule 6e SEGPA par collège"),
    ("n110", "actions",
     "RDV confirmé par mail (SEYDOU.CISSE1979@GMAIL.COM). Le père viendra avec son frère, qui "
     "traduira en bambara.",
     [("SEYDOU.CISSE1979@GMAIL.COM", C)], "courriel tout en capitales"),
    ("n111", "recit",
     "On s'est retrouvées devant chez elle, au 45 bd Jean Allemane, parce qu'elle n'osait plus venir "
     "au centre depuis que la directrice l'y avait croisée.",
     [("45 bd Jean Allemane", A)], "boulevard abrégé"),
    ("n112", "enseignements",
     "On a appris à ne pas servir de boîte aux lettres : l'enseignante écrivait à la maman depuis "
     "c.lemoine@ac-versailles.fr et la maman nous transférait tout, en nous demandant de répondre.",
     [("c.lemoine@ac-versailles.fr", C)], "courriel académique nominatif"),
]

PROPRES = [
    ("p01", "description",
     "Tous les mardis, la référente famille tient une permanence dans le hall de l'école élémentaire "
     "Jean Jaurès, de 8 h 20 à 9 h. Les parents y posent leurs questions sur le cahier de liaison, "
     "l'ENT, la cantine. La directrice passe souvent dire bonjour. Depuis septembre 2022, une "
     "quarantaine de familles y sont venues au moins une fois.",
     "nom d'école qui est un nom de personne ; horaires ; mois et année"),
    ("p02", "recit",
     "Une maman d'un élève de CM2 est venue à la permanence : son fils a été puni pour un oubli de "
     "matériel et elle trouve la sanction disproportionnée. Nous l'avons écoutée, puis proposé de "
     "l'accompagner au rendez-vous avec l'enseignante. La directrice a accepté que la médiatrice du "
     "centre soit présente.",
     "rôles seulement"),
    ("p03", "enseignements",
     "Claire et précise, la consigne donnée aux parents dès le départ a évité bien des malentendus : "
     "le centre n'est ni l'avocat de la famille, ni le relais de l'école. Nous l'avons répétée à "
     "chaque rencontre.",
     "« Claire » en tête de phrase, adjectif"),
    ("p04", "description",
     "Le centre social a ouvert ses portes en 1978 dans le quartier de la Dame Blanche. Aujourd'hui, "
     "il accueille plus de 300 familles, dont beaucoup sont arrivées en France depuis moins de cinq "
     "ans.",
     "« Blanche » dans un nom de quartier, « France » le pays"),
    ("p05", "enseignements",
     "En cas de harcèlement, nous orientons vers le 3020 (Non au harcèlement) et, s'il y a un danger "
     "pour l'enfant, vers le 119. Les deux numéros sont affichés à l'accueil.",
     "numéros nationaux courts"),
    ("p06", "description",
     "Café des parents au collège Henri Wallon de Bezons : une fois par mois, le jeudi matin, la CPE, "
     "l'assistante sociale du collège et la référente famille du centre accueillent les parents de "
     "6e autour d'un café. Entre 8 et 15 parents à chaque séance, surtout des mamans.",
     "collège au nom de personne ; niveau ; nombres"),
    ("p07", "recit",
     "Avec beaucoup de patience, la médiatrice a réussi à renouer le dialogue entre le père et le "
     "principal adjoint. Grâce à elle, une réunion a pu avoir lieu en présence des deux parents, du "
     "professeur principal et de la CPE.",
     "« patience », « Grâce » en tête de proposition"),
    ("p08", "actions",
     "Une vraie victoire pour l'équipe : après deux ans de refus, l'école Pierre et Marie Curie "
     "accepte que le CLAS utilise la BCD le lundi soir.",
     "« victoire » ; école au nom de deux personnes"),
    ("p09", "recit",
     "Un garçon de 11 ans, en 6e, refuse d'aller au collège depuis la Toussaint. Le père a été "
     "convoqué par le principal ; il est venu au centre avant le rendez-vous pour préparer ce qu'il "
     "voulait dire.",
     "âge et niveau sans établissement nommé"),
    ("p10", "recit",
     "La maman d'une élève de CM2 de l'école Jean Jaurès nous a sollicités après une sortie "
     "scolaire annulée. La directrice, de son côté, nous a demandé d'expliquer aux parents les "
     "nouvelles règles de sécurité.",
     "niveau + école nommée, sans âge ni lettre de classe"),
    ("p11", "description",
     "Rencontre du 23 mai 2019, de 9 h à 12 h 30, à la Maison Pour Tous d'Argenteuil : une vingtaine "
     "de participants, 11 centres représentés, 4 pratiques présentées.",
     "date d'événement complète, pas une date de naissance"),
    ("p12", "description",
     "La principale du collège Anatole France de Sarcelles et le principal du collège Victor Hugo "
     "ont répondu à notre questionnaire sur ce qui, selon eux, favorise la relation avec les centres.",
     "« France », « Victor » dans des noms de collèges"),
    ("p13", "actions",
     "Carte blanche a été laissée aux parents du quartier des Lochères pour organiser la fête de fin "
     "d'année de l'école maternelle. Les enseignantes ont joué le jeu.",
     "« blanche » adjectif"),
    ("p14", "description",
     "Atelier cuisine parents-enfants : houmous, pain maison et tapenade à l'huile d'olive. Les "
     "enfants de grande section de la maternelle voisine sont venus avec leur maîtresse et l'ATSEM.",
     "« olive » nom commun"),
    ("p15", "recit",
     "Un parent d'élève élu au conseil d'école nous a demandé de l'aide pour rédiger une question "
     "sur l'état des toilettes. La directrice a répondu par écrit avant le conseil du 2e trimestre.",
     ""),
    ("p16", "description",
     "Objets du partenariat :\n"
     "- aide aux devoirs (CLAS) pour 24 élèves du CP au CM2\n"
     "- accueil des parents non francophones (UPE2A du collège, atelier sociolinguistique)\n"
     "- prévention du décrochage en 4e et 3e\n"
     "- sortie au musée en juin avec 2 classes de CE1",
     "UPE2A sans établissement nommé ; nombres"),
    ("p17", "description",
     "Nos actions couvrent le Val d'Argent Nord et le Val d'Argent Sud, ainsi que Champioux et "
     "Joliot-Curie. Le réseau REP+ du collège Eugénie Cotton compte 6 écoles.",
     "quartiers prioritaires ; réseau"),
    ("p18", "recit",
     "La mère est arrivée furieuse, le père est resté en retrait. Nous avons reçu les deux parents "
     "séparément, puis ensemble. L'enseignante de CE2 et la directrice ont été reçues la semaine "
     "suivante au centre, en terrain neutre.",
     ""),
    ("p19", "enseignements",
     "Avec constance, l'animatrice CLAS a fait le lien chaque semaine avec le professeur principal "
     "de 5e. En juin, l'élève était passé de 7 à 12 de moyenne.",
     "« constance » nom commun"),
    ("p20", "description",
     "Bienvenue aux nouveaux collègues ! Pour celles et ceux qui n'étaient pas là en février, le "
     "compte rendu est sur le drive de la fédé.",
     "« Bienvenue » en tête"),
    ("p21", "actions",
     "Le spectacle de Noël de l'école a été l'occasion d'inviter les familles au centre. Plus de 80 "
     "parents sont venus, dont beaucoup qu'on ne voyait jamais.",
     "« Noël » la fête, avec majuscule"),
    ("p22", "actions",
     "Une rose a été offerte à chaque maman lors de la fête des mères organisée avec l'école "
     "maternelle Les Coquelicots. Les enfants de petite et moyenne section avaient préparé les "
     "cartes.",
     "« rose » nom commun"),
    ("p23", "description",
     "Le centre a accompagné 15 familles en 2023-2024 sur des situations de tension avec l'école : "
     "6 pour des sanctions, 4 pour de l'absentéisme, 3 pour du harcèlement, 2 pour l'orientation en "
     "fin de 3e.",
     "chiffres et année scolaire"),
    ("p24", "actions",
     "Le principal du collège Gabriel Péri de Bezons a accepté de venir présenter Pronote aux "
     "parents, au centre, un samedi matin de mars.",
     "collège au nom d'une personne (qui est aussi un nom de rue ailleurs)"),
    ("p25", "recit",
     "Le conseil de discipline a eu lieu le 12 mars 2024. La maman avait demandé à être accompagnée "
     "par un membre du centre ; le chef d'établissement a accepté.",
     "date d'événement, pas de naissance"),
    ("p26", "description",
     "Au centre social des Lochères, à Sarcelles, la coordinatrice CLAS rencontre chaque trimestre "
     "les directeurs des trois écoles du secteur et la CPE du collège.",
     ""),
    ("p27", "description",
     "Projet « Mémoire du quartier » avec les 3e du collège Martin Luther King de Villiers-le-Bel : "
     "interviews d'anciens habitants, exposition au centre en avril.",
     "« Martin » dans un nom de collège ; « avril » mois"),
    ("p28", "description",
     "Le dispositif s'adresse aux enfants nés entre 2012 et 2015 (du CM1 à la 5e), orientés par les "
     "enseignants ou venus d'eux-mêmes avec leurs parents.",
     "années de naissance d'une tranche, pas une date précise"),
    ("p29", "description",
     "Le directeur de l'école Jules Ferry, la principale du collège Lucie Aubrac et l'IEN de "
     "circonscription ont participé au comité de pilotage du PRE en janvier.",
     ""),
    ("p30", "actions",
     "Lecture du Petit Prince avec les CM1 de l'école Louise Michel, puis atelier d'écriture au "
     "centre avec les parents volontaires.",
     "« Petit », « Prince » dans un titre ; école au nom d'une personne"),
    ("p31", "enseignements",
     "L'animatrice le répète souvent : aucun enfant n'est un ange ni un démon, il faut écouter les "
     "deux versions avant de se faire un avis.",
     "« ange » nom commun"),
    ("p32", "description",
     "Budget de l'action : 4 500 € (CAF 2 000 €, Ville 1 500 €, fonds propres 1 000 €). 2 "
     "animatrices, 1 bénévole, 12 séances de 1 h 30.",
     "montants"),
    ("p33", "actions",
     "La réunion a été avancée au mardi 14 novembre à 18 h, dans la salle polyvalente du centre. "
     "Invités : la directrice, l'enseignante de CE1, la maman et la médiatrice.",
     "date d'événement"),
    ("p34", "description",
     "Parents et enseignants de CM2 et de 6e se sont retrouvés au collège Claude Monet pour la "
     "liaison école-collège. 42 familles invitées, 27 présentes.",
     ""),
    ("p35", "enseignements",
     "- ne pas prendre parti\n"
     "- tjrs informer les 2 parties de ce qu'on fait\n"
     "- RDV au centre plutôt qu'à l'école qd la confiance est rompue\n"
     "- associer la PMI / l'AS de secteur si besoin\n"
     "- garder une trace écrite (CR validé par tous)",
     "abréviations et sigles"),
    ("p36", "description",
     "La fédération a présenté le livret de capitalisation en juin 2019 à la rencontre "
     "départementale. Les 3 RENCONTRES ont réuni des centres de Cergy, Argenteuil, Sarcelles, "
     "Garges-lès-Gonesse et Bezons.",
     "capitales ; communes"),
    ("p37", "recit",
     "SITUATION : conflit entre la mère et l'enseignante de CP. SOLLICITÉ PAR : les deux. POSTURE : "
     "médiation avec les deux présentes. ISSUE : apaisée.",
     "capitales"),
    ("p38", "recit",
     "Mme la directrice a reçu la maman en fin de journée ; M. le principal adjoint était excusé. "
     "Le CPE a pris le relais la semaine suivante.",
     "civilité suivie d'une fonction, pas d'un nom"),
    ("p39", "description",
     "La maîtresse de CE1 a proposé aux parents de venir en classe lire des histoires dans leur "
     "langue : tamoul, turc, soninké, portugais, arabe, lingala, romani.",
     "langues"),
    ("p40", "recit",
     "Le dossier M.D.P.H. a été déposé en mai avec l'aide de l'AS. L'enseignante référente a "
     "confirmé l'équipe de suivi de scolarisation pour le 2e trimestre.",
     "sigle à points, qui n'est pas une suite d'initiales de personne"),
    ("p41", "recit",
     "Les enfants traînent dans la rue après l'école parce que l'étude est complète. Les parents "
     "ont demandé au centre d'ouvrir l'accueil à 16 h 30 plutôt qu'à 17 h.",
     "« la rue » sans nom de voie"),
    ("p42", "recit",
     "Une famille hébergée en résidence sociale à Cergy nous a été orientée par l'école : le "
     "bâtiment de la maternelle étant en travaux, les horaires ont changé et personne ne les a "
     "prévenus.",
     "« résidence », « bâtiment » sans nom"),
    ("p43", "description",
     "Nous travaillons avec l'école Aimé Césaire et l'école Louise Michel depuis 2016, et avec le "
     "collège Lucie Aubrac depuis la rentrée 2020. Les trois sont en REP+.",
     "prénoms dans des noms d'écoles"),
    ("p44", "description",
     "Les femmes relais du centre ont accompagné 9 familles roms vers l'inscription scolaire en "
     "mairie, entre septembre et décembre.",
     ""),
    ("p45", "recit",
     "Élève de 4e au collège Carnot, le jeune est exclu temporairement. La mère et le père ne "
     "sont pas d'accord entre eux sur la réponse à donner, et chacun est venu séparément au centre.",
     "niveau + collège nommé, sans âge ni lettre de classe"),
    ("p46", "description",
     "Territoire : Argenteuil (95), QPV Val d'Argent Nord (QP095005), réseau REP+ Eugénie Cotton. "
     "Environ 13 700 habitants dans le quartier.",
     "codes administratifs et nombres"),
]


def bornes_ok(texte, d, f):
    avant = texte[d - 1] if d > 0 else " "
    apres = texte[f] if f < len(texte) else " "
    return not (avant.isalnum() or avant == "_") and not (apres.isalnum() or apres == "_")


def occurrences(texte, s):
    return [m.start() for m in re.finditer(re.escape(s), texte) if bornes_ok(texte, m.start(), m.end())]


def construire():
    sortie = []
    for (ident, type_, texte, elements, note) in NARRATIFS:
        occupe = []
        placees = [None] * len(elements)
        vus = {}
        ordre = sorted(range(len(elements)), key=lambda k: -len(elements[k][0]))
        # d'abord les éléments à occurrence imposée, puis les plus longs
        ordre = [k for k in ordre if len(elements[k]) == 3] + [k for k in ordre if len(elements[k]) == 2]
        for k in ordre:
            el = elements[k]
            s = el[0]
            occ = occurrences(texte, s)
            if len(el) == 3:
                d = occ[el[2]]
            else:
                libres = [d for d in occ
                          if not any(d < f2 and d + len(s) > d2 for d2, f2 in occupe)]
                if not libres:
                    raise SystemExit(f"{ident}: pas d'occurrence libre pour {s!r}")
                d = libres[0]
            occupe.append((d, d + len(s)))
            placees[k] = {"text": s, "kind": el[1], "start": d}
        placees.sort(key=lambda e: e["start"])
        sortie.append({"id": ident, "kind": type_, "text": texte, "items": placees, "note": note})
    for (ident, type_, texte, note) in PROPRES:
        sortie.append({"id": ident, "kind": type_, "text": texte, "items": [], "note": note})
    return sortie


if __name__ == "__main__":
    corpus = construire()
    Path(__file__).with_name("corpus.json").write_text(
        json.dumps(corpus, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(corpus), "textes écrits dans corpus.json")
