#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus d'évaluation n° 8 — pseudonymisation des textes libres (Passerelles).

Textes et jugements écrits à la main. Ce script (bibliothèque standard seule,
Python 3.11) :
  * calcule la position (start) de chaque élément en cherchant son texte dans
    l'ordre, à partir de la fin de l'élément précédent, en respectant les
    frontières de mot ;
  * vérifie que chaque élément est trouvé, que les éléments ne se chevauchent
    pas, que toute autre occurrence (insensible à la casse) d'un texte marqué
    est elle aussi couverte par un élément — sauf si elle figure dans un
    contexte « allow » jugé non identifiant à la main ;
  * vérifie que tout ce qui ressemble à un numéro de téléphone ou à une adresse
    électronique est soit marqué, soit explicitement jugé non identifiant
    (standard d'un centre ou d'un établissement, adresse générique) ;
  * écrit corpus.json et affiche les comptes et l'empreinte SHA-256.

Usage : python3 source_corpus.py
"""
import hashlib
import json
import os
import re
import sys
from collections import Counter

ITEM_KINDS = (
    "prenom", "nom", "initiale", "telephone", "courriel", "adresse",
    "code_postal", "residence", "age_classe_ecole", "date_naissance",
    "identifiant", "pseudo_reseau", "plaque", "autre",
)
TEXT_KINDS = ("recit", "actions", "enseignements", "description")

TEXTS = []


def T(kind, text, items=(), note="", allow=()):
    """Déclare un texte. items : liste de (texte, type) ou (texte, type, saut),
    dans l'ordre du texte ; « saut » = nombre d'occurrences à ignorer à partir
    du curseur (jamais nécessaire jusqu'ici, gardé pour les cas limites).
    allow : extraits du texte jugés NON identifiants qui contiennent une
    occurrence d'un texte marqué ou un motif de téléphone / courriel."""
    TEXTS.append({"kind": kind, "text": text, "items": list(items),
                  "note": note, "allow": list(allow)})


# ---------------------------------------------------------------------------
# Les textes. Sauf mention contraire, personnes, numéros et adresses sont
# fictifs (numéros dans les tranches réservées à la fiction par l'ARCEP,
# courriels en example.org / example.fr). Communes, QPV et collèges sont réels
# (données ouvertes du dossier partagé).
# ---------------------------------------------------------------------------

# 1
T("recit", """Situation signalée le 14 novembre 2023 par la mère de Yanis Boulanger, élève de 4e au collège Jean Zay de Lens. Mme Boulanger indique que son fils a été exclu trois jours à la suite d'une altercation dans la cour. Elle conteste la sanction et estime ne pas avoir été entendue. Le même jour, la principale adjointe a appelé la référente famille du centre social pour lui demander d'« apaiser » la mère. Yanis, 13 ans, fréquente l'accompagnement à la scolarité du centre depuis la 6e. La famille vit dans la Cité 12-14 ; le père travaille en horaires décalés. Mme Boulanger ne souhaitait pas retourner seule au collège.""",
  [("Yanis", "prenom"), ("Boulanger", "nom"), ("Boulanger", "nom"),
   ("Yanis", "prenom"), ("13 ans", "age_classe_ecole"), ("Boulanger", "nom")],
  note="Rapport formel, Lens (62). Nom de famille qui est un nom de métier. L'âge est marqué : la classe (4e) et le collège sont donnés plus haut dans le même texte. Cité 12-14 = QPV, non marqué.")

# 2
T("description", """Café des parents au collège Joséphine-Baker (Brest, quartier Kerourien)
Depuis la rentrée 2022, le centre social et le collège ouvrent chaque premier mardi du mois un café des parents dans le hall, de 8h15 à 9h30. Les parents y rencontrent la CPE, l'assistante sociale et une animatrice du centre. Ce qui favorise la rencontre : un lieu neutre à l'entrée, du café et des crêpes, aucune convocation. Ce qui fait que ça marche : la régularité et la présence du principal adjoint au moins une fois par trimestre. Outils : un carnet de liaison partagé, l'affiche « Pourquoi pas vous ? » traduite en arabe, en turc et en tamoul. Contact : accueil du centre social, 02 61 91 40 10.""",
  [],
  note="Propre. Tentations : collège portant le nom d'une personne, QPV Kerourien, standard du centre.",
  allow=["accueil du centre social, 02 61 91 40 10"])

# 3
T("actions", """rdv pris avec la maman de ines pr jeudi 9h au centre, elle vien avec sa soeur qui traduit. son num 06 39 98 41 27 ou celui de la soeur 0639984455. ines 8 ans en ce2 a l ecole jean moulin de pissevin, elle pleure tt les matins. jai prevenu le directeur par tel ce matin""",
  [("ines", "prenom"), ("06 39 98 41 27", "telephone"), ("0639984455", "telephone"),
   ("ines", "prenom"), ("8 ans en ce2", "age_classe_ecole")],
  note="Note façon SMS, tout en minuscules, fautes, Nîmes (30). Numéro collé sans espaces. Nom d'école (jean moulin) et QPV (pissevin) en minuscules, non marqués.")

# 4
T("recit", """Une mère d'élève de CM2 de l'école du quartier de l'Ariane (Nice) est venue au centre social après une convocation pour des retards répétés. L'école nous a sollicités de son côté la même semaine. Nous avons proposé une rencontre à trois dans nos locaux, salle Soleil, le 12 janvier 2024 à 16h30. La directrice a accepté de venir ; la mère est venue accompagnée d'une voisine. L'enfant dort mal depuis le déménagement de la famille dans un autre bâtiment du quartier. Un aménagement de l'horaire d'arrivée a été trouvé pour six semaines.""",
  [],
  note="Propre. Tentations : Ariane (prénom, ici le QPV Ariane - Le Manoir), « salle Soleil », date de rencontre, « un autre bâtiment » sans nom.")

# 5
T("recit", """FICHE DE SUIVI – MÉDIATION FAMILLE / COLLÈGE
Centre social : Plateau de Corbeil (Melun)
Date de la première sollicitation : 03/10/2023
Nom de l'enfant : DIALLO
Prénom : Aïssatou
Date de naissance : 17/06/2011
Classe : 6e4, collège Pierre Brossolette
Responsable légal : Mme DIALLO Fatoumata
Adresse : 8 allée des Cèdres, bât. B, 2e étage, 77000 Melun
Téléphone : 06.39.98.07.51
N° allocataire CAF : 2748193
Sollicité par : la mère, puis le collège
Objet : refus de l'enfant d'aller en cours d'EPS, absences non justifiées, convocation de la mère.
Remarques : la mère comprend bien le français oral mais ne lit pas les courriers du collège.""",
  [("DIALLO", "nom"), ("Aïssatou", "prenom"), ("17/06/2011", "date_naissance"),
   ("DIALLO", "nom"), ("Fatoumata", "prenom"),
   ("8 allée des Cèdres, bât. B, 2e étage", "adresse"), ("77000", "code_postal"),
   ("06.39.98.07.51", "telephone"), ("2748193", "identifiant")],
  note="Formulaire « Nom : … », Melun (77). Date de la sollicitation non marquée, date de naissance marquée. La commune qui suit le code postal n'est pas marquée.")

# 6
T("actions", """- Appel au secrétariat du collège Jules Michelet (standard 03 53 01 44 80) le 5 février pour caler une rencontre.
- Rencontre tripartite le 12 février à 17h au centre social Saint-Jean : la mère, le CPE, la référente famille.
- Rédaction commune d'un petit contrat d'engagement (3 points) relu par la famille.
- Point d'étape fixé au retour des vacances d'hiver (lundi 4 mars).
- Orientation de la famille vers le PRE pour un soutien éducatif.""",
  [],
  note="Propre. Liste à puces, Beauvais (60). Tentations : collège au nom d'une personne, standard, QPV Saint-Jean, dates.",
  allow=["standard 03 53 01 44 80"])

# 7
T("recit", """[09:12] Samia : la maman de Kenzo a rappelé, elle est très remontée contre la prof de maths
[09:13] Samia : elle dit que Mme Lefort a humilié Kenzo devant la classe
[09:15] Julien : ok je l'ai vue hier à l'aide aux devoirs, Kenzo avait l'air ok
[09:16] Samia : elle veut qu'on vienne avec elle au rdv de vendredi avec le principal de Gustave Courbet
[09:20] Julien : moi je peux, mais on se met d'accord avant sur notre rôle : on accompagne, on ne parle pas à sa place
[09:21] Samia : ok. son 06 39 98 62 10 si tu veux l'appeler
[09:22] Julien : 👍""",
  [("Samia", "prenom"), ("Kenzo", "prenom"), ("Samia", "prenom"), ("Lefort", "nom"),
   ("Kenzo", "prenom"), ("Julien", "prenom"), ("Kenzo", "prenom"), ("Samia", "prenom"),
   ("Julien", "prenom"), ("Samia", "prenom"), ("06 39 98 62 10", "telephone"),
   ("Julien", "prenom")],
  note="Conversation d'équipe horodatée, Trappes (78). Les prénoms des salariés (auteurs des messages) sont marqués : personnes nommées personnellement. Collège Gustave Courbet non marqué.")

# 8
T("enseignements", """Enseignements : être claire dès le départ sur notre place. Nous ne sommes ni l'avocat de la famille ni le relais de l'école. Le dialogue constant avec la direction de l'école Jean Macé et le collège Alphonse Daudet a permis de garder la confiance des deux côtés. À refaire : un premier entretien séparé avec chaque partie, puis une rencontre commune dans un lieu neutre. À éviter : les échanges par SMS le soir avec les parents.""",
  [],
  note="Propre. Alès (30). Tentations : « claire », « constant » (prénoms employés comme mots), écoles au nom de personnes.")

# 9
T("recit", """alors la situation c'est madame Petit la maman de Louane et de Timéo qui vient nous voir parce que Louane qui est en cinquième au collège Angellier se fait insulter sur les réseaux par d'autres élèves sur un compte qui s'appelle arobase louane point la honte et la maman a porté plainte enfin elle a déposé une main courante le collège dit que ça se passe en dehors de l'école donc ils ne peuvent rien faire et la maman est en colère contre la CPE madame Wimez qu'elle trouve méprisante donc nous on a proposé de faire le lien virgule""",
  [("Petit", "nom"), ("Louane", "prenom"), ("Timéo", "prenom"), ("Louane", "prenom"),
   ("arobase louane point la honte", "pseudo_reseau"), ("Wimez", "nom")],
  note="Dictée sans ponctuation (« virgule » dicté), Boulogne-sur-Mer (62). Nom de famille qui est un mot (Petit). Compte de réseau social dicté, contenant le prénom de l'enfant : un seul élément pseudo_reseau.")

# 10
T("description", """Mallette des parents au Val Fourré. Avec le collège Georges Clémenceau, le centre social co-anime trois ateliers par an pour les parents de 6e : comprendre l'ENT, lire un bulletin, préparer la rencontre parents-professeurs. La pierre angulaire du dispositif : une animatrice qui parle soninké et arabe, présente aux portes ouvertes du collège. Résultats : 41 familles touchées en 2022-2023, contre 12 l'année précédente. Outil : le guide « Le collège, mode d'emploi » (8 pages), disponible à l'accueil. Secrétariat du centre : 01 99 00 31 70 – contact@cs-valfourre.example.org – Instagram du centre : @cs.valfourre""",
  [],
  note="Propre. Mantes-la-Jolie (78). Tentations : personnage public dans un nom de collège, « pierre », standard, courriel générique, compte Instagram d'une structure (pas d'une personne).",
  allow=["Secrétariat du centre : 01 99 00 31 70", "contact@cs-valfourre.example.org"])

# 11
T("recit", """LA FAMILLE HADDAD NOUS A SOLLICITÉS LE 02/05 APRÈS UN CONSEIL DE DISCIPLINE AU COLLÈGE GABRIEL HAVEZ. RAYAN HADDAD (14 ANS, 3E) RISQUE UNE EXCLUSION DÉFINITIVE. LE PÈRE, M. HADDAD KARIM, EST CHAUFFEUR DE BUS ET NE PEUT PAS SE LIBÉRER EN JOURNÉE. LA MÈRE NE PARLE PAS FRANÇAIS. LE COLLÈGE NOUS A DEMANDÉ D'ÊTRE PRÉSENTS COMME INTERPRÈTES, CE QUE NOUS AVONS REFUSÉ : NOUS AVONS ORIENTÉ VERS UN INTERPRÈTE PROFESSIONNEL ET ACCOMPAGNÉ LA FAMILLE EN TANT QUE TIERS.""",
  [("HADDAD", "nom"), ("RAYAN", "prenom"), ("HADDAD", "nom"),
   ("14 ANS, 3E", "age_classe_ecole"), ("HADDAD", "nom"), ("KARIM", "prenom")],
  note="Tout en capitales, Creil (60). Ordre NOM Prénom. Collège Gabriel Havez non marqué. Métier banal (chauffeur de bus) non marqué.")

# 12
T("recit", """Un père d'élève, arrivé en France il y a deux ans, a sollicité le centre social de Kermoysan (Quimper) au sujet d'une orientation en SEGPA proposée pour son fils. Il ne comprenait pas la différence avec une 6e « normale ». L'équipe a organisé une rencontre avec l'enseignante référente et la psychologue de l'Éducation nationale. Un document illustré, réalisé avec l'association de quartier La Rose des vents, a permis d'expliquer le parcours. Le père a finalement demandé un temps de réflexion, puis accepté une visite de la SEGPA du collège Max Jacob.""",
  [],
  note="Propre. Quimper (29). Tentations : France, Rose (prénoms dans un pays et un nom d'association), Max Jacob (collège).")

# 13
T("actions", """Compte rendu – réunion d'équipe du 18/01/2024 (présents : directeur, S.M., coordinatrice CLAS, animateur jeunesse)
1. Situation famille R. (collège Les Vallergues) : la mère a rappelé lundi. K.R. refuse toujours de retourner en cours de musique. S.M. propose un rendez-vous avec le professeur principal, M. Ottaviani, et la mère.
2. Action : S.M. envoie un courrier au collège (copie à la famille) ; la coordinatrice CLAS garde K. à l'aide aux devoirs le mardi et le jeudi.
3. Point au prochain CR.""",
  [("S.M.", "initiale"), ("R.", "initiale"), ("K.R.", "initiale"), ("S.M.", "initiale"),
   ("Ottaviani", "nom"), ("S.M.", "initiale"), ("K.", "initiale")],
  note="Compte rendu de réunion avec initiales, Cannes (06). « M. » devant Ottaviani = Monsieur, non marqué. « CR » = compte rendu, non marqué.")

# 14
T("description", """Fête de fin d'année avec le collège Pierre et Marie Curie (Liévin). Depuis 2019, les élèves de la classe UPE2A et les familles du centre social préparent ensemble le goûter de Noël. Le principal laisse carte blanche à l'équipe pour l'organisation ; la fédé a financé les ingrédients (350 €). Ce qui fait que ça marche : une date fixée dès le conseil d'administration de septembre, un binôme professeur / animatrice, des recettes traduites. Obstacle : la salle polyvalente n'est disponible que le jeudi après-midi.""",
  [],
  note="Propre. Liévin (62). Tentations : Pierre, Marie (collège), Noël, « blanche ».")

# 15
T("recit", """Mme Le Goff, mère de Maëlys (CM1, école de Pontanezen), est venue au centre après une dispute avec l'enseignante. Elle vit seule avec ses trois enfants à la résidence Kerbernier, bâtiment 4, depuis sa séparation. Elle reproche à l'école de communiquer uniquement avec le père, M. Le Bihan, qui n'aurait pourtant plus l'autorité parentale selon elle. L'école, de son côté, nous a appelés pour vérifier la situation juridique. Nous avons rappelé que ce n'est pas notre rôle et orienté Mme Le Goff vers le point d'accès au droit.""",
  [("Le Goff", "nom"), ("Maëlys", "prenom"), ("Kerbernier", "residence"),
   ("bâtiment 4", "adresse"), ("Le Bihan", "nom"), ("Le Goff", "nom")],
  note="Brest (29). Noms à particule « Le » (la particule fait partie du nom). Résidence : seul le nom propre est marqué, pas le mot « résidence ». Pontanezen = QPV, non marqué.")

# 16
T("actions", """Rencontre tripartite organisée le 21/03 au centre, suivie d'un point téléphonique avec la CPE le 28/03.""",
  [],
  note="Propre, une ligne. Dates de rencontre et d'appel, non identifiantes.")

# 17
T("recit", """La grand-mère de Lorenzo Ciais, qui l'élève depuis deux ans, nous a contactés : Lorenzo (12 ans, 5e au collège Valéri) a été changé de classe sans qu'elle soit prévenue. Elle n'a pas l'autorité parentale et le collège refuse de lui parler. Elle souhaite qu'on l'aide à obtenir une délégation. Numéro laissé à l'accueil : +33 6 39 98 27 04. Elle habite 41 avenue de Pessicart, villa 7, dans le quartier de Las Planas.""",
  [("Lorenzo", "prenom"), ("Ciais", "nom"), ("Lorenzo", "prenom"),
   ("12 ans, 5e", "age_classe_ecole"), ("+33 6 39 98 27 04", "telephone"),
   ("41 avenue de Pessicart, villa 7", "adresse")],
  note="Nice (06). Téléphone au format +33. Adresse du domicile marquée ; le quartier (QPV Las Planas) ne l'est pas.")

# 18
T("enseignements", """Patience et prudence : voilà ce que l'on retient. Ne jamais promettre à un parent un résultat qui dépend de l'école. Garder une trace écrite de chaque échange (date, personnes présentes, décisions). Associer l'assistante sociale scolaire dès qu'il y a un risque de décrochage. Le partenariat avec le collège Les Oliviers (Nîmes) en sort renforcé.""",
  [],
  note="Propre. Nîmes (30). Tentations : Patience et Prudence (prénoms de la liste INSEE) employés comme mots en début de phrase.")

# 19
T("actions", """De : Hélène Marchand <helene.marchand@ac-creteil.example.fr>
Envoyé : mardi 9 avril 2024 11:05
À : Référente famille CS Beauval
Objet : Suite rdv famille Benkirane

Bonjour,
Comme convenu, je vous confirme le rendez-vous avec M. et Mme Benkirane le jeudi 18 avril à 16h45 au collège Henri Dunant, salle 104. Je serai accompagnée de la CPE. Pouvez-vous rappeler à la famille d'apporter le certificat médical d'Inès ?
Bien cordialement,
H. Marchand
Professeure principale de 4e2
Collège Henri Dunant – 67 avenue Henri Dunant – 77100 Meaux
Standard : 01 99 00 52 00""",
  [("Hélène", "prenom"), ("Marchand", "nom"), ("helene.marchand@ac-creteil.example.fr", "courriel"),
   ("Benkirane", "nom"), ("Benkirane", "nom"), ("Inès", "prenom"),
   ("H.", "initiale"), ("Marchand", "nom")],
  note="Courriel transféré avec en-tête et signature, Meaux (77). Courriel nominatif d'une enseignante marqué ; adresse, code postal et standard du collège non marqués (établissement, pas domicile).",
  allow=["Standard : 01 99 00 52 00"])

# 20
T("description", """Permanence du centre social dans le hall du collège La Vallée Verte (Vauvert), un jeudi sur deux de 16h à 18h. Public : familles du quartier des Costières et des mas environnants. Thèmes : inscriptions, bourses, Pronote, orientation. Ressources : un ordinateur portable, une imprimante prêtée par le collège, une animatrice numérique à mi-temps. Depuis septembre 2023, 87 passages enregistrés. Numéro de la permanence (téléphone du centre) : 04 65 71 20 30.""",
  [],
  note="Propre. Vauvert (30). Tentations : QPV Les Costières, numéro de la structure, chiffres.",
  allow=["(téléphone du centre) : 04 65 71 20 30"])

# 21
T("recit", """Depuis janvier, plusieurs élèves de 4e du collège Magellan se battent à la sortie, à cause de vidéos publiées sur un compte TikTok (@noe_feuch_tv). Un des jeunes, que tout le quartier appelle « Pitchoun », est accusé d'en être l'auteur. Sa mère, Mme Traoré, est venue nous voir en pleurs : selon elle, son fils Moussa n'a même pas de téléphone. Le collège a convoqué la famille Traoré et menace de porter plainte. L'éducateur de prévention connaît bien Pitchoun et confirme que le compte est géré par un autre jeune, qui signe « Kaizer78 » sur Snapchat.""",
  [("@noe_feuch_tv", "pseudo_reseau"), ("Pitchoun", "pseudo_reseau"), ("Traoré", "nom"),
   ("Moussa", "prenom"), ("Traoré", "nom"), ("Pitchoun", "pseudo_reseau"),
   ("Kaizer78", "pseudo_reseau")],
  note="Chanteloup-les-Vignes (78). Surnom de quartier et comptes de réseaux sociaux tenus par des jeunes : pseudo_reseau. Collège Magellan non marqué.")

# 22
T("recit", """Situation anonymisée : la famille X, dont l'aîné est en 3e au collège Danielle Darras Riaumont (Liévin), conteste l'avis d'orientation en voie professionnelle. Le centre social a été sollicité par la mère, puis par la principale, qui souhaitait « un relais de confiance ». Posture choisie : lieu tiers neutre. Deux rencontres ont eu lieu au centre (le 7 et le 21 mai). La famille a finalement obtenu un recours en commission d'appel. Pour respecter l'anonymat, nous écrivons X pour la famille et Y pour le jeune.""",
  [],
  note="Propre. Liévin (62). Cas limite : X et Y sont des marques d'anonymat conventionnelles, pas des initiales d'un nom réel ; non marqués. Collège au nom d'une personne.")

# 23
T("actions", """Dossier transmis à la cellule de veille du PRE (Compiègne) le 14/11/2023 :
- enfant : Lucas Ferreira Da Silva, né le 02/09/2012
- établissement : collège Gaétan Denain, 5e3
- INE : 081234567AB
- responsable : Mme Ferreira Da Silva (mère), 06 39 98 73 16
- motif : absentéisme (34 demi-journées depuis la rentrée), conflit ouvert entre la mère et la vie scolaire
- demande : accompagnement par le centre social à l'entretien du 20/11""",
  [("Lucas", "prenom"), ("Ferreira Da Silva", "nom"), ("02/09/2012", "date_naissance"),
   ("081234567AB", "identifiant"), ("Ferreira Da Silva", "nom"), ("06 39 98 73 16", "telephone")],
  note="Liste de transmission, Compiègne (60). Nom composé avec particule « Da », marqué d'un seul tenant. INE de l'élève = identifiant. Dates de transmission et d'entretien non marquées.")

# 24
T("description", """atelier devoirs en famille au centre social de kerandon (concarneau) avec l'école du quartier et le collège le porzou. tous les mardis de 16h45 à 18h, les parents viennent avec les enfants, une enseignante volontaire passe une fois par mois. ce qui marche : pas d'inscription obligatoire, un goûter, des jeux de société pour les petits frères et soeurs. ce qui coince : le manque de bénévoles en période de pêche. contact générique : accueil.kerandon@example.org""",
  [],
  note="Propre, tout en minuscules. Concarneau (29). Tentation : courriel générique d'une structure (non marqué).",
  allow=["accueil.kerandon@example.org"])

# 25
T("recit", """Récit de la situation (rédigé par la référente famille)
En février 2024, M. Benali, père de Sofiane (CM2) et de Lina (CE1), scolarisés à l'école Jean-Jaurès de Pissevin, s'est présenté à l'accueil très en colère : Sofiane aurait été « mis au coin dans le couloir » toute une matinée. Il a laissé son numéro en le dictant : zéro six, trente-neuf, quatre-vingt-dix-huit, cinquante-cinq, zéro deux. Le lendemain, la directrice de l'école, Mme Castanier, nous a appelés de son côté : elle craignait que M. Benali ne vienne « régler ses comptes » à la sortie. Nous avons reçu séparément M. Benali puis Mme Castanier, avant de proposer une rencontre commune au centre le 6 mars. Sofiane y a participé pendant le premier quart d'heure. La mère, Mme Zerrouki, n'a pas pu venir (elle travaille à la blanchisserie de l'hôpital). Depuis, un cahier de liaison spécifique a été mis en place et le père passe voir l'enseignante un vendredi sur deux. Lina, elle, va bien.""",
  [("Benali", "nom"), ("Sofiane", "prenom"), ("Lina", "prenom"), ("Sofiane", "prenom"),
   ("zéro six, trente-neuf, quatre-vingt-dix-huit, cinquante-cinq, zéro deux", "telephone"),
   ("Castanier", "nom"), ("Benali", "nom"), ("Benali", "nom"), ("Castanier", "nom"),
   ("Sofiane", "prenom"), ("Zerrouki", "nom"), ("Lina", "prenom")],
  note="Récit long, Nîmes (30). Téléphone dicté en toutes lettres. Directrice nommée personnellement : marquée. Emploi banal dans une grande ville (blanchisserie de l'hôpital) non marqué.")

# 26
T("actions", """Date       | Action                                   | Qui
12/09/2023 | Appel de la CPE (collège Romain Rolland) | directrice
14/09/2023 | Entretien avec la mère au centre         | référente famille
19/09/2023 | Rencontre tripartite                     | référente + CPE
03/10/2023 | Bilan téléphonique                       | référente
Standard collège : 04 65 71 88 00 / Centre : 04 65 71 21 21""",
  [],
  note="Propre. Tableau tapé en texte, Nîmes (30). Tentations : dates, rôles, collège au nom d'une personne, deux standards.",
  allow=["Standard collège : 04 65 71 88 00", "Centre : 04 65 71 21 21"])

# 27
T("recit", """Mme Kouyaté et ses deux filles sont hébergées depuis octobre à l'hôtel Le Cosy, chambre 12, à Torcy, par le 115. Awa est en 6e au collège de l'Arche Guédon, Binta en CE2. L'hôtel est à 50 minutes de transport de l'école ; les retards s'accumulent et l'école a fait un signalement pour « négligence ». Mme Kouyaté est venue au centre social avec le courrier. Elle était, au pays, la seule femme pilote de ligne de sa compagnie, ce qu'elle a raconté à l'enseignante de Binta.""",
  [("Kouyaté", "nom"), ("Le Cosy", "residence"), ("chambre 12", "adresse"),
   ("Awa", "prenom"), ("Binta", "prenom"), ("Kouyaté", "nom"),
   ("seule femme pilote de ligne de sa compagnie", "autre"), ("Binta", "prenom")],
  note="Torcy (77). Hôtel d'hébergement d'urgence = residence ; numéro de chambre = adresse. Métier rare qui désigne une seule personne = autre. Le 115 (numéro d'urgence) non marqué.")

# 28
T("enseignements", """Juste une remarque de méthode : la charte signée avec le collège Anatole France de Montataire (quartier des Martinets) a tout changé. Avant, chaque conflit repartait de zéro. La « fiche Violette » (on l'appelle ainsi à cause de la couleur du papier) fixe qui appelle qui, dans quel délai, et ce que le centre ne fera pas. Elle est relue chaque année en conseil pédagogique.""",
  [],
  note="Propre. Montataire (60). Tentations : Juste, Violette (prénoms employés comme mots), Anatole France (collège).")

# 29
T("actions", """SMS reçu le 15/05 à 7h52 : « bjr cest le papa de Nolan, la voiture grise AB-482-KD garée devant lecole a henin c pas la mienne !! le directeur dit a tt le monde que cest moi qui bloque le portail. jpeux passer vous voir ce soir? »
Réponse : « Bonjour M. Hennebert, oui, passez à 17h30, je vous attends. Delphine »""",
  [("Nolan", "prenom"), ("AB-482-KD", "plaque"), ("Hennebert", "nom"), ("Delphine", "prenom")],
  note="Échange de SMS avec fautes, Hénin-Beaumont (62). Plaque marquée même si le père dit qu'elle n'est pas la sienne (elle désigne quelqu'un). Prénom de la salariée qui signe marqué.")

# 30
T("description", """Semaine des parents au collège Jean Vilar (Les Mureaux, Cinq Quartiers). Chaque année en avril, le centre social et le collège organisent une semaine « portes ouvertes » : visite des classes, petit-déjeuner avec l'équipe de direction, atelier sur le harcèlement animé par l'association e-Enfance. En 2023, 64 parents sont venus, dont 22 pour la première fois. La maxime de l'équipe : « On ne convoque pas, on invite. »""",
  [],
  note="Propre. Les Mureaux (78). Tentations : avril (prénom Avril), « maxime », collège au nom d'une personne, association.")

# 31
T("recit", """Wissant, 850 habitants : tout le monde se connaît. La fille du seul boulanger du village, scolarisée en CM2 à l'école communale, est diabétique de type 1 et l'école refuse qu'elle parte en classe de mer sans sa mère. Les parents se sont tournés vers l'espace de vie sociale intercommunal, qui connaît aussi bien l'enseignante que la famille.""",
  [("seul boulanger du village", "autre"), ("diabétique de type 1", "autre")],
  note="Wissant (62), petite commune. Aucun nom, mais le métier unique du père désigne la famille, et la maladie de l'enfant ainsi désignée est marquée aussi (autre).")

# 32
T("recit", """Le 11 octobre, l'école du Clos des Roses (Compiègne) nous signale qu'un parent se gare chaque matin sur l'emplacement réservé aux cars scolaires : un utilitaire blanc immatriculé EF-927-LM. L'école connaît le véhicule : c'est celui de M. Dubois-Lemaire, le père de Jade et d'Enzo, qui fait des livraisons de nuit. M. Dubois-Lemaire dit ne pas avoir d'autre solution : il habite la résidence du Clos Fleuri, au 2e étage, et n'a pas de place de parking. Le directeur menace d'appeler la police municipale ; le père est venu au centre social pour « qu'on lui trouve une solution ».""",
  [("EF-927-LM", "plaque"), ("Dubois-Lemaire", "nom"), ("Jade", "prenom"), ("Enzo", "prenom"),
   ("Dubois-Lemaire", "nom"), ("Clos Fleuri", "residence"), ("2e étage", "adresse")],
  note="Compiègne (60). « Clos des Roses » = QPV (non marqué) ; « Clos Fleuri » = résidence où vit la famille (marquée). Étage = adresse.")

# 33
T("recit", """Bonjour, je vous transmets la demande de Mme Nguyen Thi Lan, maman de Bao (6e au collège Colette). Elle souhaite être accompagnée pour rencontrer le principal après l'exclusion de son fils. Elle préfère être contactée par mail : nguyen point thilan arobase example point org, ou par téléphone (le soir) au 06 39 98 14 90. Attention, le collège a encore l'ancienne adresse de la famille, 27 rue Jean-Mermoz, 78500 Sartrouville, alors qu'ils habitent maintenant à la résidence Les Tilleuls, escalier 3.
Bien à vous,
Agnieszka Kowalski, médiatrice sociale""",
  [("Nguyen", "nom"), ("Thi Lan", "prenom"), ("Bao", "prenom"),
   ("nguyen point thilan arobase example point org", "courriel"), ("06 39 98 14 90", "telephone"),
   ("27 rue Jean-Mermoz", "adresse"), ("78500", "code_postal"), ("Les Tilleuls", "residence"),
   ("escalier 3", "adresse"), ("Agnieszka", "prenom"), ("Kowalski", "nom")],
  note="Sartrouville (78). Nom vietnamien dans l'ordre nom + prénom (Nguyen = nom, Thi Lan = prénom). Courriel dicté/obfusqué « point … arobase ». Une ancienne adresse reste une adresse de domicile. Collège Colette : un prénom qui est le nom d'un collège.")

# 34
T("recit", """note vocale le conflit est parti d'un malentendu sur la cantine une maman du quartier des mezereaux pensait que son fils était privé de repas à cause d'une dette alors que l'école avait juste envoyé un rappel c'était clair pour l'école pas pour la famille qui ne lit pas le français nous on a traduit les courriers pierre après pierre pendant deux mois et maintenant la ville de melun met un pictogramme sur ses relances et même le collège pierre brossolette a repris l'idée""",
  [],
  note="Propre. Note vocale sans ponctuation, Melun (77). Tentations : « pierre après pierre », collège en minuscules, « clair », QPV en minuscules.")

# 35
T("actions", """Accompagnement administratif lié à la situation (Noyon, quartier Beauséjour)
Bénéficiaire : M. Oulad Ali Mohamed
N° sécurité sociale : 1 79 08 99 352 147 62
Identifiant France Travail : 4821736M
Enfant concerné : Ilyès, 11 ans, 6e au collège Paul Eluard
Démarches : constitution du dossier de bourse (le père pensait ne pas y avoir droit), demande d'aménagement d'horaire pour qu'il puisse aller chercher Ilyès à la sortie, courrier de médiation au collège.""",
  [("Oulad Ali", "nom"), ("Mohamed", "prenom"), ("1 79 08 99 352 147 62", "identifiant"),
   ("4821736M", "identifiant"), ("Ilyès", "prenom"), ("11 ans, 6e", "age_classe_ecole"),
   ("Ilyès", "prenom")],
  note="Formulaire, Noyon (60). Nom composé « Oulad Ali » suivi du prénom. Numéro de sécurité sociale et identifiant France Travail = identifiant.")

# 36
T("description", """« L'enfant est une personne » : la phrase de Françoise Dolto est affichée à l'entrée de la Maison des familles de Ranguin. La pratique décrite ici est un espace parents-enfants ouvert deux matinées par semaine, en lien avec les écoles maternelles du quartier Ranguin-Frayère et le collège Les Muriers. Les enseignantes y orientent les familles ; les familles y préparent la première rentrée. Évaluation menée par la CAF en 2022 : 93 % des familles interrogées disent mieux connaître l'école.""",
  [],
  note="Propre. Cannes (06). Tentation : personnage public cité comme tel (Françoise Dolto), QPV, pourcentages.")

# 37
T("recit", """groupe whatsapp équipe CLAS – extraits copiés le 10/10
mardi 17:40 – gwen : le père de erwan kerleroux est passé, il veut qu'on signe une attestation comme quoi erwan vient bien à l'aide aux devoirs, pour le collège max jacob
mardi 17:42 – yannick : on peut attester de sa présence, pas de son comportement
mardi 17:45 – gwen : il m'a donné la date de naissance pour le dossier, 3 janvier 2011, je la mets où ?
mardi 17:46 – yannick : nulle part, on n'a pas besoin de ça 😅
mardi 17:50 – gwen : ok. il a dit aussi qu'erwan vit maintenant chez sa mère, 5 rue Jean Guéhenno, appartement 31, à Kermoysan""",
  [("gwen", "prenom"), ("erwan", "prenom"), ("kerleroux", "nom"), ("erwan", "prenom"),
   ("yannick", "prenom"), ("gwen", "prenom"), ("3 janvier 2011", "date_naissance"),
   ("yannick", "prenom"), ("gwen", "prenom"), ("erwan", "prenom"),
   ("5 rue Jean Guéhenno, appartement 31", "adresse")],
  note="Conversation WhatsApp copiée, noms en minuscules, Quimper (29). Salariés nommés par leur prénom : marqués. Date de copie non marquée ; date de naissance marquée. Kermoysan = QPV, non marqué.")

# 38
T("actions", """Actions : permanence commune au collège Carnot (Grasse), quartier Grand Centre, une fois par mois ; rencontre avec les familles des Fleurs de Grasse lors de la fête de quartier du 1er juin ; envoi de l'invitation par l'ENT du collège et par le réseau d'adultes relais. Renseignements : centre social, 04 65 71 60 60, ou ce.0061240r@ac-nice.fr pour le collège.""",
  [],
  note="Propre. Grasse (06). Tentations : adresse fonctionnelle d'un collège (ce.UAI@ac-…), standard du centre, QPV « Les Fleurs de Grasse ».",
  allow=["centre social, 04 65 71 60 60", "ce.0061240r@ac-nice.fr"])

# 39
T("recit", """Objet : situation de Clara V. – demande de médiation
Bonjour Madame,
Je suis la CPE du collège Jehan Bodel. La mère de Clara nous dit être suivie par votre référente famille, Mme Dhaussy. Clara refuse de venir au collège depuis les vacances de la Toussaint et sa mère nous accuse de « ne rien faire contre le harcèlement ». Nous aimerions organiser une rencontre au centre social, lieu qu'elle connaît. Pouvez-vous me rappeler sur ma ligne directe (03 53 01 72 19) ou par mail à sophie.vandenbussche@example.fr ?
Sophie Vandenbussche
CPE – Collège Jehan Bodel, Arras""",
  [("Clara", "prenom"), ("V.", "initiale"), ("Clara", "prenom"), ("Dhaussy", "nom"),
   ("Clara", "prenom"), ("03 53 01 72 19", "telephone"),
   ("sophie.vandenbussche@example.fr", "courriel"), ("Sophie", "prenom"),
   ("Vandenbussche", "nom")],
  note="Courriel d'une CPE, Arras (62). Ligne directe d'une personne nommée = telephone (à la différence d'un standard). « Toussaint » = vacances. Collège Jehan Bodel non marqué.")

# 40
T("description", """Fiche pratique n° 12 – « Passerelle CM2-6e » (Creil, Hauts de Creil)
Établissements : collège Jules Michelet (UAI 0601449Z) et trois écoles élémentaires du réseau REP+.
Porteur : centre social du quartier Rouher.
Description : en juin, les futurs élèves de 6e et leurs parents visitent le collège avec un animateur du centre ; en septembre, un goûter de rentrée réunit les mêmes familles. 120 élèves concernés par an, budget 2 400 €, financement contrat de ville (QP060001).
Résultat : partiellement atteint (peu de pères présents).""",
  [],
  note="Propre. Creil (60). Tentations : UAI, code QPV, montants, numéro de fiche.")

# 41
T("description", """Les « Jeudis de l'école » à Alès (quartier des Prés Saint-Jean). Chaque jeudi, l'animatrice famille accompagne des parents à la sortie de l'école et fait le lien avec les enseignants. Pour en savoir plus, contacter directement Amandine Roux, animatrice famille, au 04 65 71 34 58 ou amandine.roux@example.org. Le collège Jean Moulin est associé depuis 2022.""",
  [("Amandine", "prenom"), ("Roux", "nom"), ("04 65 71 34 58", "telephone"),
   ("amandine.roux@example.org", "courriel")],
  note="Description de pratique pour le livret, Alès (30). Une salariée y est nommée personnellement avec ses coordonnées directes : à signaler. Nom de famille qui est un mot (Roux).")

# 42
T("recit", """---------- Message transféré ---------
De : Nadia El Amrani <nadia.elamrani@example.org>
Date : lun. 6 mars 2023 à 18:42
Objet : Re: Mathis
À : accueil@cs-beaumarais.example.org

Bonjour,
je vous écris car on ne sait plus quoi faire avec le collège Vauban. Mathis a encore eu une heure de colle et personne ne nous explique pourquoi. Mon mari a appelé trois fois le secrétariat (03 53 01 12 00) sans réponse. Vous pouvez nous aider à avoir un rendez-vous ? Je suis joignable le soir au 06 39 98 13 22.
Merci
Nadia El Amrani
12 rue des Mouettes, appt 23
62100 Calais""",
  [("Nadia", "prenom"), ("El Amrani", "nom"), ("nadia.elamrani@example.org", "courriel"),
   ("Mathis", "prenom"), ("Mathis", "prenom"), ("06 39 98 13 22", "telephone"),
   ("Nadia", "prenom"), ("El Amrani", "nom"), ("12 rue des Mouettes, appt 23", "adresse"),
   ("62100", "code_postal")],
  note="Courriel transféré d'une mère, Calais (62). Particule « El ». Courriel générique du centre et secrétariat du collège non marqués. Code postal du domicile marqué, commune non.",
  allow=["accueil@cs-beaumarais.example.org", "secrétariat (03 53 01 12 00)"])

# 43
T("actions", """Rappeler la maman d'Eliott au 06 39 98 20 66 avant vendredi pour confirmer le rdv à l'école ; la voiture signalée par le directeur (BK-771-HJ) n'est pas la sienne.""",
  [("Eliott", "prenom"), ("06 39 98 20 66", "telephone"), ("BK-771-HJ", "plaque")],
  note="Une ligne. Enfant nommé par son seul prénom. Plaque d'immatriculation.")

# 44
T("actions", """Rencontre reportée au lundi 22 janvier, 17h, salle Marie-Curie du centre social.""",
  [],
  note="Propre, une ligne. Tentation : salle au nom d'une personnalité, date de rencontre.")

# 45
T("recit", """Le 4 avril, Mme Ben Youssef est venue au centre social de l'Ariane avec sa fille Nour-El-Houda, 15 ans, en 3e au collège Jean-Henri Fabre. La veille, Nour-El-Houda a été retenue par la principale adjointe pour une tenue jugée « non conforme ». La mère, très choquée, a filmé la sortie et a publié la vidéo sur Facebook (compte « Maman Lionne Nice »). Le collège nous a appelés le lendemain pour nous demander de « calmer la situation ». Nous avons reçu Mme Ben Youssef, puis la principale adjointe, séparément. La vidéo a été retirée. Une rencontre commune a eu lieu le 16 avril au centre.""",
  [("Ben Youssef", "nom"), ("Nour-El-Houda", "prenom"), ("15 ans, en 3e", "age_classe_ecole"),
   ("Nour-El-Houda", "prenom"), ("Maman Lionne Nice", "pseudo_reseau"), ("Ben Youssef", "nom")],
  note="Nice (06). Particule « Ben ». Prénom composé à traits d'union. Nom d'un compte Facebook = pseudo_reseau. Ariane = QPV.")

# 46
T("enseignements", """---------- Message transféré ----------
De : Secrétariat collège Blaise Pascal <ce.0780420h@ac-versailles.fr>
Date : ven. 16 juin 2023 à 10:02
Objet : Bilan de la médiation – année 2022-2023

Bonjour,
Ce que nous retenons de la médiation menée avec vous (Plaisir, quartier du Valibout) : la présence d'un tiers connu des deux parties désamorce beaucoup. Mais la constance compte plus que le talent : le même binôme, les mêmes horaires, toute l'année. Les parents ont apprécié le « café de 8h » ; les enseignants, le compte rendu écrit envoyé sous 48 heures. À généraliser aux écoles élémentaires du secteur.
La principale adjointe
Collège Blaise Pascal – avenue Charles de Gaulle – 78373 Plaisir
Tél. 01 99 00 64 10""",
  [],
  note="Propre. Courriel transféré signé par une fonction, Plaisir (78). Tentations : adresse fonctionnelle du collège, adresse et code postal de l'établissement, standard, personnages publics dans les noms.",
  allow=["ce.0780420h@ac-versailles.fr", "Tél. 01 99 00 64 10"])

# 47
T("recit", """M. et Mme Lemaire, qui habitent la résidence Les Hirondelles à Beauvais (quartier Argentine), sont en conflit ouvert avec l'école élémentaire depuis l'orientation de leur fils Théo vers une ULIS. Théo, né le 21 février 2015, a 9 ans et est en CE2. Les parents refusent l'orientation et ont retiré Théo de l'école pendant deux semaines. L'école a fait une information préoccupante. M. Lemaire est venu au centre social, qu'il connaît par le club de foot de Théo.""",
  [("Lemaire", "nom"), ("Les Hirondelles", "residence"), ("Théo", "prenom"),
   ("Théo", "prenom"), ("21 février 2015", "date_naissance"),
   ("9 ans et est en CE2", "age_classe_ecole"), ("Théo", "prenom"), ("Lemaire", "nom"),
   ("Théo", "prenom")],
  note="Beauvais (60). Argentine = QPV (et nom de pays), non marqué. Date de naissance et âge + classe marqués séparément.")

# 48
T("description", """Petit-déjeuner des parents au collège Gérard Philipe d'Hénin-Beaumont. Porté par le centre social du quartier Ponchelet-Kennedy depuis 2017. Une fois par période, les parents de 6e sont invités de 8h à 9h30 ; la principale, la CPE et deux animateurs sont présents. Ce qui favorise la rencontre : l'invitation remise en main propre par les animateurs du CLAS. Outils : une grille d'évaluation en 5 questions, remplie à chaque séance.""",
  [],
  note="Propre. Hénin-Beaumont (62). Tentations : Gérard Philipe (collège), Kennedy (dans le nom du QPV), horaires.")

# 49
T("enseignements", """Enseignements : la réussite tient beaucoup à la personne de Mme Fontaine, l'ancienne directrice de l'école du Mont Liébaut, qui venait elle-même aux réunions du centre. Depuis son départ à la retraite, le lien est à reconstruire avec sa remplaçante. Il faudrait formaliser ce que Mme Fontaine faisait « naturellement » : la fontaine à eau dans la cour n'est pas le seul point de rencontre !""",
  [("Fontaine", "nom"), ("Fontaine", "nom")],
  note="Béthune (62). Ancienne directrice nommée personnellement. Le même mot employé comme nom commun (« la fontaine à eau ») n'est pas marqué.",
  allow=["la fontaine à eau"])

# 50
T("actions", """ok c calé jeudi 17h au centre avec la cpe de jean macé et l'infirmière. jai prévenu la maman par tel. on fait le point vendredi en réu""",
  [],
  note="Propre. SMS en minuscules. Tentation : nom d'établissement en minuscules (jean macé).")

# 51
T("recit", """Inès, élève de 3e au collège Bernard de Ventadour, a été exclue du voyage scolaire en Espagne. Sa mère, conseillère municipale d'opposition à Bagnols-sur-Cèze, a dénoncé publiquement la décision sur sa page Facebook et le collège s'est senti attaqué. Les deux parties ont sollicité le centre social. Nous avons choisi de ne pas intervenir dans la polémique publique et de proposer uniquement un espace d'échange privé à la mère et à Inès.""",
  [("Inès", "prenom"), ("conseillère municipale d'opposition", "autre"), ("Inès", "prenom")],
  note="Bagnols-sur-Cèze (30). Mandat local de la mère : désigne une personne précise dans la commune = autre (la commune elle-même n'est pas marquée). Bernard de Ventadour (troubadour) = nom du collège.")

# 52
T("recit", """D. (8 ans, CE2) ne vient plus à l'école Paul Bert depuis le 12 janvier. Sa mère, Mme Boucher, dit qu'il est malade ; l'école ne reçoit aucun certificat. Le centre social du Mont Liébaut a été sollicité par l'école, puis par la mère, qui se sent « fliquée ». La famille habite 6 résidence Lavoisier, 62400 Béthune ; le centre la connaît bien car le grand frère, Kévin Boucher, y est animateur stagiaire. Nous avons proposé une rencontre chez nous ; la mère a accepté à condition que Kévin soit présent.
J.-M. D., directeur""",
  [("D.", "initiale"), ("8 ans, CE2", "age_classe_ecole"), ("Boucher", "nom"),
   ("6 résidence Lavoisier", "adresse"), ("62400", "code_postal"), ("Kévin", "prenom"),
   ("Boucher", "nom"), ("Kévin", "prenom"), ("J.-M. D.", "initiale")],
  note="Béthune (62). Initiale en tout début de texte ; signature en initiales. Quand « résidence » fait partie d'une adresse numérotée, tout est marqué comme adresse. Nom de famille qui est un nom de métier (Boucher).")

# 53
T("actions", """SUIVI DES SOLLICITATIONS – T1 2024 (CS de Savigny-le-Temple)
Date   | Famille          | Enfant / classe             | Sollicité par | Suite
08/01  | KONATÉ           | Ibrahim, 4e (Louis Armand)  | mère          | rdv CPE 15/01
17/01  | GOMES DA COSTA   | Léa, CM1                    | école         | écoute mère
02/02  | famille B.       | 2 enfants, Henri Wallon     | les deux      | médiation 09/02
21/03  | HAMIDOU          | Sirine, 11 ans, 6e          | mère          | en cours""",
  [("KONATÉ", "nom"), ("Ibrahim", "prenom"), ("GOMES DA COSTA", "nom"), ("Léa", "prenom"),
   ("B.", "initiale"), ("HAMIDOU", "nom"), ("Sirine", "prenom"),
   ("11 ans, 6e", "age_classe_ecole")],
  note="Tableau tapé en texte, Savigny-le-Temple (77). Noms en capitales, particule « DA ». Louis Armand, Henri Wallon = collèges, non marqués. Dates de sollicitation non marquées.")

# 54
T("recit", """Ouessant compte une seule école et aucun collège : les collégiens partent en internat sur le continent. La mère de Youna, institutrice remplaçante de l'île, s'est opposée au principal du collège brestois qui refusait le retour de sa fille le mercredi soir. Elle a demandé de l'aide à l'espace de vie sociale de l'île. Youna est la seule élève de 6e originaire d'Ouessant cette année.""",
  [("Youna", "prenom"), ("institutrice remplaçante de l'île", "autre"), ("Youna", "prenom"),
   ("seule élève de 6e originaire d'Ouessant", "autre")],
  note="Ouessant (29), île de 832 habitants. Emploi de la mère et « seule élève de 6e » désignent une seule personne = autre.")

# 55
T("recit", """Compte rendu de la rencontre du 13 juin 2023 – centre social des Merisiers (Trappes)
Présents : M. Sissoko (père de Mamadou), Mme Sissoko, Mme Aubert (principale adjointe du collège Youri Gagarine), M. Hamon (professeur principal de 5e), Karima Belhadj (référente famille), Thomas (animateur CLAS).
Objet : la famille conteste le passage en conseil de discipline de Mamadou, que ses copains appellent « Madou ».
M. Sissoko rappelle que Mamadou a été provoqué. Mme Aubert reconnaît que l'autre élève n'a pas été sanctionné. M. Hamon indique que Mamadou progresse depuis qu'il vient au CLAS ; Thomas confirme. Karima propose que le centre reste en lien avec la famille jusqu'au conseil.
Décision : le collège transforme le conseil de discipline en commission éducative. Prochain point : 27 juin, au collège.""",
  [("Sissoko", "nom"), ("Mamadou", "prenom"), ("Sissoko", "nom"), ("Aubert", "nom"),
   ("Hamon", "nom"), ("Karima", "prenom"), ("Belhadj", "nom"), ("Thomas", "prenom"),
   ("Mamadou", "prenom"), ("Madou", "pseudo_reseau"), ("Sissoko", "nom"), ("Mamadou", "prenom"),
   ("Aubert", "nom"), ("Hamon", "nom"), ("Mamadou", "prenom"), ("Thomas", "prenom"),
   ("Karima", "prenom")],
  note="Compte rendu de rencontre avec liste des présents, Trappes (78). Personnels de l'EN et du centre nommés personnellement : marqués. Surnom = pseudo_reseau. Youri Gagarine = collège. Dates de rencontre non marquées.")

# 56
T("actions", """FICHE ACTION (version anonymisée)
Nom de l'enfant : —
Classe : 5e
Établissement : collège Paul Langevin (Avion)
Sollicité par : l'établissement
Posture du centre : soutien à l'école dans sa démarche d'information des familles
Actions : traduction orale d'un courrier en turc, présence lors de l'entretien du 7 mars, orientation vers le dispositif de réussite éducative.
Issue : en cours""",
  [],
  note="Propre. Formulaire aux champs vides, Avion (62). Tentation : la forme « Nom : … » sans nom, collège au nom d'une personne.")

# 57
T("recit", """Mail reçu le 12/09 :
« Bonjour, je suis Anahit Petrossian, la maman d'Aram (5e B, collège Pablo Picasso). Aram s'est fait voler son téléphone au collège et la CPE m'a dit que ce n'était pas leur problème. Je voudrais porter plainte mais je ne sais pas comment faire. Vous pouvez me répondre à anahit.petrossian@example.org ou m'appeler au 06-39-98-55-71. Merci beaucoup. »
Réponse de l'équipe : Anahit a été reçue le 14/09. Nous avons proposé d'accompagner d'abord une rencontre avec la CPE, puis, si besoin, le dépôt de plainte.""",
  [("Anahit", "prenom"), ("Petrossian", "nom"), ("Aram", "prenom"), ("Aram", "prenom"),
   ("anahit.petrossian@example.org", "courriel"), ("06-39-98-55-71", "telephone"),
   ("Anahit", "prenom")],
  note="Vallauris (06). Téléphone avec tirets. Pablo Picasso = collège. Dates de réception non marquées.")

# 58
T("enseignements", """Leçons tirées : dans le quartier de Kerangoff-Loti, la plupart des conflits avec l'école naissent d'un courrier mal compris. Le centre social a donc proposé au collège Saint-Pol Roux une « permanence courrier » le lundi. Deux ans plus tard, les convocations en conseil de discipline ont diminué et les parents viennent d'eux-mêmes poser leurs questions. À retenir : partir des petites choses concrètes.""",
  [],
  note="Propre. Brest (29). Tentations : Loti (écrivain, dans le nom du QPV Kerangoff Loti), Saint-Pol Roux (poète, nom du collège).")

# 59
T("actions", """Bonjour à tous,
Suite à notre échange, voici ce qui a été fait pour la famille Vasseur :
– rendez-vous pris avec l'assistante sociale du collège Martin Luther King le 23/01 ;
– accompagnement de Mme Vasseur à l'entretien (Cindy, notre référente, sera présente) ;
– demande d'aide au transport scolaire pour Dylan et Jordan.
N'hésitez pas à me joindre.
--
Cindy Lefebvre
Référente familles – Centre social Fort Nieulay
Port. 06 39 98 90 04 | Standard 03 53 01 55 00
cindy.lefebvre@example.org""",
  [("Vasseur", "nom"), ("Vasseur", "nom"), ("Cindy", "prenom"), ("Dylan", "prenom"),
   ("Jordan", "prenom"), ("Cindy", "prenom"), ("Lefebvre", "nom"),
   ("06 39 98 90 04", "telephone"), ("cindy.lefebvre@example.org", "courriel")],
  note="Courriel avec signature, Calais (62). Portable de la salariée marqué ; standard du centre non marqué. Jordan : prénom qui est aussi un nom de pays, ici un enfant. Martin Luther King = collège.",
  allow=["Standard 03 53 01 55 00"])

# 60
T("description", """Accompagnement à la scolarité (CLAS) au Chemin-Bas d'Avignon (Nîmes). Le centre social accueille 45 collégiens du collège Condorcet, quatre soirs par semaine. La convention signée avec le collège prévoit un bilan par trimestre avec les professeurs principaux, et l'accès des animateurs à Pronote en lecture seule (avec l'accord écrit des familles). Les familles du Clos d'Orville et de Némausus-Jonquilles sont également accueillies.""",
  [],
  note="Propre. Nîmes (30). Tentations : noms de QPV (Clos d'Orville, Némausus-Jonquilles), Condorcet.")

# 61
T("recit", """Récit transmis par la coordinatrice de Beauval : la mère, Mme Kaya (Elif), nous a sollicités car son fils Emre, 14 ans, élève de 4e au collège Parc Frot, a été signalé pour absentéisme. Mme Kaya travaille de nuit dans un entrepôt et dort le matin ; Emre part seul. L'assistante sociale du collège, Mme Roussel, souhaitait une rencontre au domicile ; la famille a refusé et demandé que cela se passe au centre. Coordonnées laissées par la mère : elif.kaya [at] example [dot] org, 06.39.98.33.08.""",
  [("Kaya", "nom"), ("Elif", "prenom"), ("Emre", "prenom"),
   ("14 ans, élève de 4e", "age_classe_ecole"), ("Kaya", "nom"), ("Emre", "prenom"),
   ("Roussel", "nom"), ("elif.kaya [at] example [dot] org", "courriel"),
   ("06.39.98.33.08", "telephone")],
  note="Meaux (77). Courriel obfusqué « [at] … [dot] ». Téléphone à points. Beauval = QPV.")

# 62
T("actions", """ACTIONS : ENTRETIEN AVEC LE PÈRE LE 05/12. APPEL AU COLLÈGE LOUIS PASTEUR (NOYON) LE 06/12. RENCONTRE AU CENTRE LE 12/12 AVEC LE CPE ET L'ASSISTANTE SOCIALE. COURRIER DE SYNTHÈSE ENVOYÉ AUX DEUX PARTIES LE 15/12. BILAN À LA RENTRÉE DE JANVIER.""",
  [],
  note="Propre. Tout en capitales, Noyon (60). Tentations : nom de collège en capitales (LOUIS PASTEUR), dates.")

# 63
T("recit", """note vocale retranscrite : donc j'ai vu ce matin madame cissé la mère de fatou cissé qui est en sixième à la vaucouleurs elle a onze ans elle est née le vingt-deux mars deux mille douze et elle a été orientée vers la segpa sans que la mère ait signé quoi que ce soit la mère m'a montré le papier avec l'ine de fatou c'est 070912345KL et franchement le papier est pas clair du tout faut qu'on appelle le collège""",
  [("cissé", "nom"), ("fatou", "prenom"), ("cissé", "nom"), ("onze ans", "age_classe_ecole"),
   ("vingt-deux mars deux mille douze", "date_naissance"), ("fatou", "prenom"),
   ("070912345KL", "identifiant")],
  note="Note vocale retranscrite, minuscules, sans ponctuation, Mantes-la-Ville (78). Âge en lettres (classe et collège donnés juste avant, non contigus). Date de naissance en lettres. INE = identifiant.")

# 64
T("recit", """Sollicité par l'école élémentaire du quartier de la Victoire (Compiègne) au sujet d'un parent qui filmait les entrées et sorties d'école, le centre social a d'abord refusé d'intervenir : il ne connaissait pas la famille. Il a proposé à l'école de s'appuyer plutôt sur la médiatrice du Clos des Roses, qui a pu prendre contact avec le père par le biais du club de pétanque. Leçon : connaître les réseaux informels du quartier.""",
  [],
  note="Propre. Compiègne (60). Tentations : Victoire (prénom, ici le QPV La Victoire), Clos des Roses (QPV).")

# 65
T("recit", """Messages échangés avec la grande sœur (18 ans) le 2 février :
« slt c Jess la soeur de Kylian, mon frère il veut plus aller au collège a cause dun groupe snap "les bg de riaumont" ki se moque de lui. son snap à lui c kyky.62 »
« Bonjour Jess, merci de me prévenir. Peux-tu venir au centre avec ta mère demain ? »
« oui ok a 17h »""",
  [("Jess", "prenom"), ("Kylian", "prenom"), ("les bg de riaumont", "pseudo_reseau"),
   ("kyky.62", "pseudo_reseau"), ("Jess", "prenom")],
  note="SMS avec fautes, Liévin (62). L'âge de la sœur majeure n'est lié à aucune classe : non marqué. Nom d'un groupe Snapchat d'élèves et pseudo de l'enfant = pseudo_reseau.")

# 66
T("description", """Exposition « Paroles de parents » au collège Jean Jaurès de Lens. En 2023, les familles du centre social de la Grande Résidence ont écrit des textes sur leur propre scolarité, exposés au CDI puis à la médiathèque. Citation choisie par les parents pour le titre : « Ouvrir une école, c'est fermer une prison » (attribuée à Victor Hugo). Partenaires : la médiathèque Robert-Cousin, le service politique de la ville.""",
  [],
  note="Propre. Lens (62). Tentations : « Grande Résidence » est le nom d'un QPV (pas le domicile d'une famille), Victor Hugo (personnage public cité), équipement au nom d'une personne.")

# 67
T("recit", """À La Grand-Combe, la situation de la famille de Lacroix-Vidal a pris une tournure très publique : le père, seul médecin généraliste encore installé dans la commune, a mis en cause au conseil municipal l'enseignant de son fils Gaspard (CM1). Le centre social a été sollicité par l'inspection pour organiser une rencontre « sur terrain neutre ». Gaspard continue de venir à l'accueil de loisirs le mercredi.""",
  [("de Lacroix-Vidal", "nom"), ("seul médecin généraliste encore installé dans la commune", "autre"),
   ("Gaspard", "prenom"), ("Gaspard", "prenom")],
  note="La Grand-Combe (30), petite ville. Particule « de » incluse dans le nom. Métier unique dans la commune = autre.")

# 68
T("actions", """Voir avec la CPE de Michelet pour le PAI avant les vacances de Pâques.""",
  [],
  note="Propre, une ligne. Tentation : « Michelet » désigne le collège Michelet (Lens), pas une personne.")

# 69
T("actions", """Réunion partenariale – collège Marcelin Berthelot / centre social des Rochers – 25/09/2023
Situation de la famille A. (Les Rochers) : la mère accepte enfin une rencontre. M.-L. Perrin (CPE) et I. Mendy (référente famille) la recevront le 2/10.
Situation de J. (6e2) : absences le lundi. Hypothèse : garde des petits frères. I. Mendy appellera la mère.
Rédaction : I.M.""",
  [("A.", "initiale"), ("M.-L.", "initiale"), ("Perrin", "nom"), ("I.", "initiale"),
   ("Mendy", "nom"), ("J.", "initiale"), ("I.", "initiale"), ("Mendy", "nom"),
   ("I.M.", "initiale")],
  note="Compte rendu, Nogent-sur-Oise (60). Initiales de prénoms composés (M.-L.), signature en initiales. Les Rochers = QPV Les Rochers L'Obier.")

# 70
T("actions", """Suites données (dossier interne n° 2023-045) : réunion au collège Jean Rostand (Nîmes) le 14 mars, salle B12 ; compte rendu envoyé le 16 ; deuxième rencontre au centre le 4 avril à 17h. Coût : 0 €. Temps passé : environ 6 h de travail de la référente. Le bus 5 dessert les deux lieux, ce qui a aidé la famille.""",
  [],
  note="Propre. Nîmes (30). Tentations : numéro de dossier interne, salle, ligne de bus, dates.")

# 71
T("recit", """Situation signalée par l'école du Centre (Carros) : deux mères, Mme Soilihi et Mme Pereira, se sont disputées violemment devant le portail, chacune accusant l'enfant de l'autre (Anfani et Rodrigo, tous deux en CE1) de harcèlement. L'école a demandé au centre social de « recevoir les mamans ». Coordonnées transmises par l'école avec l'accord des familles : Mme Soilihi 06/39/98/11/45 ; Mme Pereira, pereira.ana+ecole@example.org.""",
  [("Soilihi", "nom"), ("Pereira", "nom"), ("Anfani", "prenom"), ("Rodrigo", "prenom"),
   ("Soilihi", "nom"), ("06/39/98/11/45", "telephone"), ("Pereira", "nom"),
   ("pereira.ana+ecole@example.org", "courriel")],
  note="Carros (06). Téléphone à barres obliques, courriel avec « + ». Centre = QPV de Carros.")

# 72
T("enseignements", """ce qu'on retient : ne pas aller trop vite. la directrice de l'école louise michel nous a dit après coup qu'elle aurait aimé être prévenue avant la rencontre avec la famille. on a maintenant une règle simple : on prévient toujours l'autre partie qu'on a été sollicités, sans rien dire du contenu.""",
  [],
  note="Propre. Tout en minuscules. Tentation : école au nom d'une personne, en minuscules (louise michel).")

# 73
T("recit", """Récit – Méru, quartier de la Nacre
La famille Moreau-N'Diaye vit au 5 rue Jean Moulin, 4e étage, porte gauche, 60110 Méru. Les trois enfants (Maël, Adama et la petite Rose) sont scolarisés à l'école élémentaire du quartier et au collège du Thelle. En mars, Adama, 12 ans, élève de 5e, a été accusé d'avoir frappé un surveillant. Sa mère, Aminata N'Diaye, affirme qu'il était à l'infirmerie à ce moment-là. Le père, M. Moreau, refuse tout contact avec le collège depuis une réunion en 2021 qui « s'est mal passée ». Aminata a demandé au centre de l'accompagner ; le collège a demandé au centre de « convaincre le père ». Nous avons reçu Aminata avec Rose, qui joue dans la salle rose pendant les rendez-vous.""",
  [("Moreau-N'Diaye", "nom"), ("5 rue Jean Moulin, 4e étage, porte gauche", "adresse"),
   ("60110", "code_postal"), ("Maël", "prenom"), ("Adama", "prenom"), ("Rose", "prenom"),
   ("Adama", "prenom"), ("12 ans, élève de 5e", "age_classe_ecole"), ("Aminata", "prenom"),
   ("N'Diaye", "nom"), ("Moreau", "nom"), ("Aminata", "prenom"), ("Aminata", "prenom"),
   ("Rose", "prenom")],
  note="Méru (60). Nom double à trait d'union et apostrophe. Rose est un prénom d'enfant (marqué) et aussi un adjectif (« la salle rose », non marqué). Rue au nom d'une personne dans l'adresse. Nacre = QPV.",
  allow=["la salle rose"])

# 74
T("description", """Chantier éducatif parents-collégiens (Poissy, quartiers Beauregard et Saint-Exupéry). Pendant les vacances de printemps, cinq parents et huit élèves du collège Le Corbusier rénovent ensemble la salle des familles du collège. Encadrement : un animateur du centre social, un agent du collège, une association d'insertion. Effet observé : les parents concernés sont revenus aux réunions de l'année suivante. Financement : bailleur social et politique de la ville.""",
  [],
  note="Propre. Poissy (78). Tentations : Saint-Exupéry (QPV), Le Corbusier (collège).")

# 75
T("actions", """Actions :
• 12/03 – appel de Mme Guéguen (CPE, collège Les Sables Blancs) : elle signale que Lou-Anne Cariou ne vient plus le vendredi.
• 13/03 – visite à domicile refusée ; rendez-vous au centre avec le père, Yann-Vari Cariou, marin-pêcheur (absent du lundi au jeudi).
• 20/03 – rencontre commune au centre, en présence de Mme Guéguen et de Lou-Anne.
• Contact du père : 02 61 91 47 83 (fixe), ou yv.cariou@example.fr.""",
  [("Guéguen", "nom"), ("Lou-Anne", "prenom"), ("Cariou", "nom"), ("Yann-Vari", "prenom"),
   ("Cariou", "nom"), ("Guéguen", "nom"), ("Lou-Anne", "prenom"), ("02 61 91 47 83", "telephone"),
   ("yv.cariou@example.fr", "courriel")],
  note="Liste d'actions datées, Concarneau (29). Prénoms composés bretons. Marin-pêcheur à Concarneau : métier courant, non marqué. Téléphone fixe.")

# 76
T("recit", """Le centre social intervient dans le quartier des Moulins (Nice) et auprès des familles hébergées à la résidence sociale Nicéa. En novembre, une mère du quartier a sollicité le centre : l'école lui reprochait les retards de son fils le lundi matin. En réalité, la ligne de bus qui dessert l'arrière du quartier ne passait plus le lundi à cause des travaux du tramway. Le centre a alerté la mairie de quartier ; l'école a accepté de ne pas compter ces retards le temps des travaux. Issue : résolue en trois semaines.""",
  [],
  note="Propre. Nice (06). Cas limite : « Résidence Sociale Nicéa » est un QPV ; il est cité pour l'ensemble des familles, pas comme domicile d'une famille précise : non marqué.")

# 77
T("recit", """Mme Renard, qui habite justement le quartier de la Tour du Renard à Outreau, est venue nous voir pour sa fille Enola, en 4e au collège Albert Camus. Enola a été photographiée dans les vestiaires et la photo circule. Mme Renard a d'abord appelé le collège, qui l'a renvoyée vers la gendarmerie, puis la gendarmerie, qui l'a renvoyée vers le collège. Nous avons pris rendez-vous avec le principal, qui a reçu Mme Renard et Enola le lendemain en présence de notre animatrice.""",
  [("Renard", "nom"), ("Enola", "prenom"), ("Enola", "prenom"), ("Renard", "nom"),
   ("Renard", "nom"), ("Enola", "prenom")],
  note="Outreau (62). Le nom de la famille est aussi dans le nom du QPV « Quartier Tour du Renard » : l'occurrence dans le nom du quartier n'est pas marquée.",
  allow=["la Tour du Renard"])

# 78
T("recit", """Accueillie en urgence le 3 février, Mme Tshibanda, mère de trois enfants, vit depuis janvier à l'hôtel Formule Étoile de Fontainebleau, chambre 208, faute de place en CHRS. Ses enfants restent scolarisés à Avon (quartier des Fougères). Le collège reproche les retards de l'aînée, Grâce, née le 12 juillet 2010 ; l'école élémentaire s'inquiète pour les jumeaux, Prince et Merveille, 7 ans, en CE1. Mme Tshibanda craint que l'école ne fasse un signalement qui lui ferait perdre l'hébergement.""",
  [("Tshibanda", "nom"), ("Formule Étoile", "residence"), ("chambre 208", "adresse"),
   ("Grâce", "prenom"), ("12 juillet 2010", "date_naissance"), ("Prince", "prenom"),
   ("Merveille", "prenom"), ("7 ans, en CE1", "age_classe_ecole"), ("Tshibanda", "nom")],
  note="Avon / Fontainebleau (77). Prénoms qui sont des mots (Grâce, Prince, Merveille). Hôtel d'hébergement = residence. Les Fougères = QPV. Date d'accueil non marquée.")

# 79
T("recit", """bonjour madame c la maman de sarah et ilan, ilan il est en cm2 a l ecole des courtilleraies, la maitresse elle veut pas le laisser sortir en recre depuis 1 semaine, moi jai rien fait de mal. on habite a la résidence les acacias si vous voulez passer. mon num c 06 39 98 08 12 et mon insta c @sarah_et_ilan_maman, merci de me rapelé svp . fatima""",
  [("sarah", "prenom"), ("ilan", "prenom"), ("ilan", "prenom"), ("les acacias", "residence"),
   ("06 39 98 08 12", "telephone"), ("@sarah_et_ilan_maman", "pseudo_reseau"), ("fatima", "prenom")],
  note="SMS d'une mère, minuscules, fautes, Le Mée-sur-Seine (77). Compte Instagram contenant les prénoms des enfants = un seul élément pseudo_reseau. Courtilleraie = QPV (école du quartier), non marqué.")

# 80
T("enseignements", """Enseignements partagés lors de la rencontre départementale : (1) clarifier la posture dès le premier contact ; (2) ne jamais recevoir une seule partie plus de deux fois sans informer l'autre ; (3) s'appuyer sur les instances existantes (conseil d'école, CESC) ; (4) capitaliser chaque situation dans la grille de la fédé. Exemple cité : le quartier Kennedy à Crépy-en-Valois, où la médiation a été confiée à un tiers extérieur.""",
  [],
  note="Propre. Crépy-en-Valois (60). Tentation : Kennedy (nom de personne, ici le QPV Quartier Kennedy), numérotation.")

# 81
T("recit", """M. El Fassi, père de Yasmine (6e, collège Jean Vilar), conteste une punition collective. Il a publié sur le groupe Facebook des parents un message virulent contre le professeur d'EPS, M. Rouquette. Le collège envisage de porter plainte pour diffamation. M. El Fassi est venu au centre social, où il est bénévole à l'aide aux devoirs. Il a demandé à être rappelé au 0033 6 39 98 61 77. Nous lui avons proposé un temps d'écoute, puis une rencontre au collège en présence du directeur du centre ; M. Rouquette n'y a pas assisté.""",
  [("El Fassi", "nom"), ("Yasmine", "prenom"), ("Rouquette", "nom"), ("El Fassi", "nom"),
   ("0033 6 39 98 61 77", "telephone"), ("Rouquette", "nom")],
  note="Saint-Gilles (30). Particule « El ». Téléphone au format 0033. Enseignant nommé personnellement : marqué. Jean Vilar = collège.")

# 82
T("description", """Les « Terrasses ouvertes » : au pied des immeubles des Terrasses Basly (Bruay-la-Buissière), le centre social installe chaque mercredi de juin un espace de jeux et d'information. Les enseignants des écoles du secteur et du collège Edmond Rostand viennent y rencontrer les familles de manière informelle. Ce qui favorise la rencontre : être dehors, sans bureau ni convocation. Ressource : le camion-animation prêté par la communauté d'agglomération.""",
  [],
  note="Propre. Bruay-la-Buissière (62). Tentations : « immeubles des Terrasses Basly » = QPV (pas le domicile d'une famille), Edmond Rostand (collège).")

# 83
T("actions", """Pièces rassemblées pour la commission d'appel (orientation) :
– bulletins de 3e de Chloé Lambert (née le 30.11.2008) ;
– attestation de suivi CLAS signée par la directrice ;
– lettre de la mère, Mme Lambert, qui vit avec Chloé à la tour Ravel, 11e étage, appartement 112 ;
– attestation CAF (allocataire n° 5 193 406).
La famille souhaite une seconde générale au lycée ; le conseil de classe propose une voie professionnelle.""",
  [("Chloé", "prenom"), ("Lambert", "nom"), ("30.11.2008", "date_naissance"),
   ("Lambert", "nom"), ("Chloé", "prenom"), ("Ravel", "residence"),
   ("11e étage, appartement 112", "adresse"), ("5 193 406", "identifiant")],
  note="Liste de pièces, Plaisir (78). Date de naissance à points. Tour d'habitation au nom d'un compositeur = residence (seul le nom propre). Numéro d'allocataire espacé.")

# 84
T("recit", """Dans le quartier de Pontanezen (Brest), beaucoup de pères travaillent dans la Marine nationale et partent plusieurs mois. Une enseignante de CP a sollicité le centre social : une mère, seule avec quatre enfants pendant la mission de son mari, ne répondait plus aux messages de l'école. Le centre connaissait la famille par le LAEP. Une rencontre à trois a permis de mettre en place un cahier de liaison papier et l'aide d'une voisine pour les sorties d'école.""",
  [],
  note="Propre. Brest (29). Tentations : Marine (prénom, ici la Marine nationale) ; métier très répandu dans le quartier, non identifiant.")

# 85
T("recit", """Transféré par la direction, pour information :
« Madame, Monsieur, je suis le papa de Lisandru Giacometti, élève de 4e au collège Canteperdrix. Lisandru a été puni pour avoir parlé corse en classe, ce qui est une humiliation pour notre famille. Je demande à être reçu avec un représentant du centre social, qui suit mon fils depuis l'école primaire. Mes coordonnées : Paul-Antoine Giacometti, 3 traverse des Chênes, 06130 Grasse, tél. 04 65 71 93 26, <pa.giacometti@example.fr>. Cordialement, P.-A. G. »""",
  [("Lisandru", "prenom"), ("Giacometti", "nom"), ("Lisandru", "prenom"),
   ("Paul-Antoine", "prenom"), ("Giacometti", "nom"), ("3 traverse des Chênes", "adresse"),
   ("06130", "code_postal"), ("04 65 71 93 26", "telephone"),
   ("pa.giacometti@example.fr", "courriel"), ("P.-A. G.", "initiale")],
  note="Lettre transférée, Grasse (06). Signature en initiales de prénom composé. Code postal commençant par 0. « corse » (langue) non marqué.")

# 86
T("actions", """Actions : réunion de préparation au centre social Saint-Michel (Arras) le 9 octobre ; présence d'une animatrice à la réunion parents-professeurs du collège Charles Péguy le 17 octobre ; distribution de 80 flyers bilingues ; mise à disposition de la salle Goudemand pour les entretiens individuels. Tél. du collège : 03 53 01 20 00.""",
  [],
  note="Propre. Arras (62). Tentations : Saint-Michel et Goudemand (QPV Saint Michel Goudemand), Charles Péguy (collège), standard du collège.",
  allow=["Tél. du collège : 03 53 01 20 00"])

# 87
T("enseignements", """Enseignements : avec le recul, il aurait fallu associer Kilian lui-même aux échanges. C'est quand Kilian a pu dire, devant sa mère et le CPE, qu'il avait peur de la récréation, que tout s'est débloqué. Pour les prochaines situations au collège Denis Diderot, nous proposerons systématiquement la présence de l'élève.""",
  [("Kilian", "prenom"), ("Kilian", "prenom")],
  note="Alès (30). Enseignements qui nomment l'enfant par son prénom : à pseudonymiser. Denis Diderot = collège.")

# 88
T("description", """Pratique : « Le bus des parents ». Chaque premier samedi du mois, un minibus du centre social de Saint-Lucien (Beauvais) emmène les familles qui le souhaitent aux réunions et événements du collège Henri Baumont, de l'autre côté de la ville. Réservation à l'accueil du centre ou au 03 53 01 61 00. Avec 14 places, le bus est presque toujours plein. Le collège rembourse le carburant sur son budget « relations avec les familles ».""",
  [],
  note="Propre. Beauvais (60). Tentations : Lucien (dans le nom du QPV Saint Lucien), Henri Baumont (collège), numéro de réservation du centre.",
  allow=["accueil du centre ou au 03 53 01 61 00"])

# 89
T("recit", """Main courante interne – 22/11/2023
Le père d'Ayoub, M. ÖZTÜRK Mehmet, a attendu l'enseignante de CM1 devant l'école à la sortie, dans sa voiture (Clio blanche immatriculée GH 318 TB). L'école a contacté le centre social car M. ÖZTÜRK vient au café des parents chaque semaine. La directrice de l'école souhaite que nous lui « fassions passer un message ». Nous avons refusé ce rôle et proposé une rencontre à trois. Numéro de M. Öztürk : 0 6 3 9 9 8 4 5 6 3.""",
  [("Ayoub", "prenom"), ("ÖZTÜRK", "nom"), ("Mehmet", "prenom"), ("GH 318 TB", "plaque"),
   ("ÖZTÜRK", "nom"), ("Öztürk", "nom"), ("0 6 3 9 9 8 4 5 6 3", "telephone")],
  note="Les Mureaux (78). Nom à diacritiques, en capitales puis en casse normale. Plaque au format espacé. Téléphone chiffre par chiffre. Date de la main courante non marquée.")

# 90
T("actions", """Check-list avant l'équipe éducative (école du Mas de Mingue, Nîmes) :
☐ Nom de l'enfant : Lucie Arnaud-Pons (née le 04-04-2016)
☐ Classe : CE2 – 8 ans
☐ N° de dossier MDPH : 30-2023-118734
☐ Adresse de la famille : 9 impasse des Micocouliers, 30900 Nîmes
☐ Mère : Mme Arnaud, 04 65 71 08 61
☐ Présents : directrice, enseignante, psychologue EN, référente famille (Nathalie)""",
  [("Lucie", "prenom"), ("Arnaud-Pons", "nom"), ("04-04-2016", "date_naissance"),
   ("CE2 – 8 ans", "age_classe_ecole"), ("30-2023-118734", "identifiant"),
   ("9 impasse des Micocouliers", "adresse"), ("30900", "code_postal"), ("Arnaud", "nom"),
   ("04 65 71 08 61", "telephone"), ("Nathalie", "prenom")],
  note="Liste à cocher, Nîmes (30). Numéro de dossier MDPH d'un enfant = identifiant. Mas de Mingue = QPV. Salariée nommée par son prénom.")

# 91
T("recit", """Maxence Van de Velde, né le 8 mai 2011, 12 ans, est en 6e au collège de La Morinie à Saint-Omer après un redoublement. Sa mère, Mme Vandewalle, a saisi le centre social parce que le collège ne prend pas en compte son PAP (dyspraxie). Le collège, de son côté, estime que le dossier n'a jamais été transmis par l'école. La famille habite le quartier du Quai du Commerce.""",
  [("Maxence", "prenom"), ("Van de Velde", "nom"), ("8 mai 2011", "date_naissance"),
   ("12 ans, est en 6e", "age_classe_ecole"), ("Vandewalle", "nom"), ("dyspraxie", "autre")],
  note="Saint-Omer (62). Particule flamande « Van de ». Trouble de santé d'un enfant nommé = autre. Quai du Commerce = QPV.")

# 92
T("actions", """[Note de l'accueil, 08/02, 16h10] Une enseignante de l'école des Sagnes est passée : elle a peur du beau-père de Mattéo, qui l'a suivie en voiture jusqu'au parking (Peugeot 308 grise, DZ-415-QX). Elle ne veut pas porter plainte « pour ne pas aggraver les choses pour Mattéo ». Elle demande si le centre peut parler à la mère, Mme Santoni, qui vient à l'atelier couture le mardi. Mattéo, 10 ans, CM2.""",
  [("Mattéo", "prenom"), ("DZ-415-QX", "plaque"), ("Mattéo", "prenom"), ("Santoni", "nom"),
   ("Mattéo", "prenom"), ("10 ans, CM2", "age_classe_ecole")],
  note="Note d'accueil, Nice (06). Plaque du véhicule d'un beau-père. Modèle de voiture (Peugeot 308) non marqué. Les Sagnes = QPV.")

# 93
T("recit", """De : coordination CLAS <clas@cs-lesmoulins.example.org>
Objet : TR: famille Bensaïd
Marie-Pierre, pour info ci-dessous le message de la maman de Rayan. Je l'ai rappelée, elle veut qu'on vienne avec elle au collège Jules Romains lundi.
> Bonjour c'est Mme Bensaïd, la maman de Rayan en 5e, je vous écris parce que le prof principal M. Giordano m'a dit que Rayan allait redoubler, je ne suis pas d'accord. Vous pouvez m'appeler au 06 39 98 70 35. Merci. Souad Bensaïd""",
  [("Bensaïd", "nom"), ("Marie-Pierre", "prenom"), ("Rayan", "prenom"), ("Bensaïd", "nom"),
   ("Rayan", "prenom"), ("Giordano", "nom"), ("Rayan", "prenom"), ("06 39 98 70 35", "telephone"),
   ("Souad", "prenom"), ("Bensaïd", "nom")],
  note="Courriel transféré avec citation, Nice (06). Adresse générique de la coordination non marquée. Jules Romains = collège.",
  allow=["clas@cs-lesmoulins.example.org"])

# 94
T("actions", """Le 14 mars 2024 à 09:31, Houria Mansouri a écrit :
> Bonjour, je suis la maman de Walid (CM1) et de Sami (6e au collège Jean-Jacques Rousseau). Suite au rdv avec la directrice, pouvez-vous m'aider à remplir le dossier de bourse ? Mon identifiant France Travail est 7395128B et mon numéro CAF 3318274. Vous pouvez m'écrire à houria_mansouri60 at example dot fr.
Réponse : rendez-vous fixé le 19/03 à 14h avec Mme Mansouri (pièces à apporter : avis d'imposition, attestation CAF).""",
  [("Houria", "prenom"), ("Mansouri", "nom"), ("Walid", "prenom"), ("Sami", "prenom"),
   ("7395128B", "identifiant"), ("3318274", "identifiant"),
   ("houria_mansouri60 at example dot fr", "courriel"), ("Mansouri", "nom")],
  note="Réponse à un courriel, Creil (60). Identifiants France Travail et CAF. Courriel obfusqué « at … dot ». Date du message et du rendez-vous non marquées.")

# 95
T("actions", """Demande d'aide financière (fonds social collégien) préparée avec la famille
Nom, prénom de l'élève : GUERFI Naïm – né le 15/01/2011
Classe : 4e, collège Jean-Jacques Rousseau (Avion)
Responsable : GUERFI Malika, 17 rue Henri Barbusse, 62210 Avion
N° allocataire CAF : 0841527
Téléphone : +33 (0)6 39 98 26 48
Courriel : malika.guerfi@example.fr""",
  [("GUERFI", "nom"), ("Naïm", "prenom"), ("15/01/2011", "date_naissance"), ("GUERFI", "nom"),
   ("Malika", "prenom"), ("17 rue Henri Barbusse", "adresse"), ("62210", "code_postal"),
   ("0841527", "identifiant"), ("+33 (0)6 39 98 26 48", "telephone"),
   ("malika.guerfi@example.fr", "courriel")],
  note="Formulaire, Avion (62). Téléphone « +33 (0)6 ». Rue au nom d'un écrivain dans une adresse de domicile (marquée comme adresse). Jean-Jacques Rousseau = collège.")

# 96
T("description", """Formation commune animateurs / enseignants au collège Pierre Mendès France (Méru). Deux demi-journées en janvier, animées par la fédération et la circonscription : connaître les missions de chacun, les dispositifs (PRE, CLAS, REAAP), les instances. Les participants ont produit une carte des ressources du territoire, affichée en salle des professeurs et au centre social. La Marianne de la salle du conseil a servi de fond pour la photo de groupe !""",
  [],
  note="Propre. Méru (60). Tentations : Pierre, France (dans le nom du collège), Marianne (prénom, ici le buste).")

# 97
T("recit", """Au Val Fourré, la famille Camara habite la tour Degas, au 9e étage. Le fils aîné, Oumar, 15 ans, en 3e au collège Jules Ferry, a été filmé par des élèves en train de se battre ; la vidéo a été publiée sur Instagram par le compte @vf_embrouilles. La mère, Mme Camara, ne comprenait pas pourquoi Oumar était exclu alors qu'il s'était défendu. Elle s'est adressée au centre social, où elle suit les cours de français avec Mme Cordier, bénévole. Mme Cordier l'a accompagnée le 5 décembre à l'accueil du collège.""",
  [("Camara", "nom"), ("Degas", "residence"), ("9e étage", "adresse"), ("Oumar", "prenom"),
   ("15 ans, en 3e", "age_classe_ecole"), ("@vf_embrouilles", "pseudo_reseau"), ("Camara", "nom"),
   ("Oumar", "prenom"), ("Cordier", "nom"), ("Cordier", "nom")],
  note="Mantes-la-Jolie (78). Tour d'habitation au nom d'un peintre = residence. Bénévole nommée personnellement : marquée. Val Fourré = QPV ; Jules Ferry = collège.")

# 98
T("recit", """Situation (mai 2023) : à l'école de la Moulinelle (Beaucaire), une mère d'élève de CE2 reprochait à l'enseignante de ne pas l'informer des incidents. L'enseignante, elle, disait n'avoir « jamais vu un enfant aussi calme, un ange » en classe, alors que la mère décrivait un enfant très agité à la maison. Le centre social, sollicité par la mère, a proposé une rencontre commune. Chacune a découvert un autre visage de l'enfant. Personne ne voit la vie en rose, mais le dialogue est renoué. Suivi prévu avec le RASED.""",
  [],
  note="Propre. Beaucaire (30). Tentations : ange, rose (prénoms employés comme mots), La Moulinelle (QPV), mois et année.")

# 99
T("actions", """À : direction.college@example.fr; Hugo Lenoir <hugo.lenoir@example.org>; Fanny
Cc : accueil@cs-laennec.example.org
Objet : point situation collège Weczerka – quartier Schweitzer

Bonjour à tous,
Suite à la rencontre de mardi au centre social de Laennec, les actions suivantes sont actées :
- Hugo rappelle la mère de Noa d'ici vendredi ;
- Fanny prépare avec le CPE la réunion du 4/12 ;
- le collège Pierre Weczerka envoie la convocation traduite.
Bonne journée""",
  [("Hugo", "prenom"), ("Lenoir", "nom"), ("hugo.lenoir@example.org", "courriel"),
   ("Fanny", "prenom"), ("Hugo", "prenom"), ("Noa", "prenom"), ("Fanny", "prenom")],
  note="En-tête de courriel avec destinataires, Chelles (77). Adresses génériques (direction, accueil) non marquées ; adresse nominative marquée. Schweitzer, Laennec (QPV Schweitzer - Laennec) et Pierre Weczerka (collège) non marqués.",
  allow=["direction.college@example.fr", "accueil@cs-laennec.example.org"])

# 100
T("description", """Parcours « Découverte du collège » au Vieux Pays (Sartrouville). Les élèves de CM2 des écoles du quartier passent une journée au collège Colette en mai, accompagnés par un parent volontaire et un animateur du centre social. Les parents qui ne peuvent pas venir reçoivent un petit film réalisé par les élèves. Depuis 2021, l'équipe de Colette prépare aussi un livret d'accueil traduit en cinq langues.""",
  [],
  note="Propre. Sartrouville (78). Tentation : « l'équipe de Colette » désigne le collège Colette, pas une personne.")


# ---------------------------------------------------------------------------
# Moteur : positions, contrôles, écriture.
# ---------------------------------------------------------------------------

# Tout ce qui ressemble à un téléphone français ou à une adresse électronique
# doit être soit marqué, soit couvert par un contexte « allow ».
PHONE_RE = re.compile(
    r"(?<!\w)(?:\+33\s?(?:\(0\)\s?)?|0033\s?|0)\s?[1-9](?:[\s./-]?\d){8}(?!\w)")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def occurrences(text, sub, ci=False):
    """Positions des occurrences de sub dans text, aux frontières de mot
    (contrôlées seulement aux bouts alphanumériques de sub)."""
    hay = text.lower() if ci else text
    needle = sub.lower() if ci else sub
    assert len(hay) == len(text)
    out = []
    i = hay.find(needle)
    while i != -1:
        end = i + len(needle)
        ok = True
        if needle[0].isalnum() and i > 0 and hay[i - 1].isalnum():
            ok = False
        if needle[-1].isalnum() and end < len(hay) and hay[end].isalnum():
            ok = False
        if ok:
            out.append(i)
        i = hay.find(needle, i + 1)
    return out


def allowed_spans(text, allow, errors, tid):
    spans = []
    for ctx in allow:
        occ = [m.start() for m in re.finditer(re.escape(ctx), text)]
        if not occ:
            errors.append(f"{tid}: contexte allow introuvable : {ctx!r}")
        spans.extend((s, s + len(ctx)) for s in occ)
    return spans


def covered(s, e, spans):
    return any(a <= s and e <= b for a, b in spans)


def build():
    errors = []
    corpus = []
    for n, t in enumerate(TEXTS, 1):
        tid = f"h{n:02d}"
        text = t["text"]
        if t["kind"] not in TEXT_KINDS:
            errors.append(f"{tid}: type de texte inconnu {t['kind']}")
        items = []
        cursor = 0
        for it in t["items"]:
            itext, ikind = it[0], it[1]
            skip = it[2] if len(it) > 2 else 0
            if ikind not in ITEM_KINDS:
                errors.append(f"{tid}: type d'élément inconnu {ikind} ({itext!r})")
            if itext != itext.strip() or not itext:
                errors.append(f"{tid}: élément avec espaces en bord : {itext!r}")
            occ = [o for o in occurrences(text, itext) if o >= cursor]
            if len(occ) <= skip:
                errors.append(f"{tid}: élément introuvable après la position {cursor} : {itext!r}")
                continue
            start = occ[skip]
            items.append({"text": itext, "kind": ikind, "start": start})
            cursor = start + len(itext)
        spans = [(i["start"], i["start"] + len(i["text"])) for i in items]
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append(f"{tid}: éléments qui se chevauchent {a} {b}")
        allow = allowed_spans(text, t["allow"], errors, tid)
        # Toute autre occurrence d'un texte marqué doit être marquée aussi.
        seen = set()
        for it in items:
            if it["text"].lower() in seen:
                continue
            seen.add(it["text"].lower())
            for o in occurrences(text, it["text"], ci=True):
                e = o + len(it["text"])
                if not covered(o, e, spans) and not covered(o, e, allow):
                    errors.append(f"{tid}: occurrence non marquée de {it['text']!r} "
                                  f"à {o} : «{text[max(0, o - 25):e + 25]}»")
        # Tout motif de téléphone ou de courriel est marqué ou jugé non identifiant.
        for rx, label in ((PHONE_RE, "téléphone"), (EMAIL_RE, "courriel")):
            for m in rx.finditer(text):
                if not covered(m.start(), m.end(), spans) and not covered(m.start(), m.end(), allow):
                    errors.append(f"{tid}: motif de {label} ni marqué ni autorisé : {m.group()!r}")
        # Les contextes allow ne doivent jamais contenir un élément marqué.
        for a, b in allow:
            for s, e in spans:
                if s < b and a < e:
                    errors.append(f"{tid}: un contexte allow recouvre un élément marqué")
        for i in items:
            assert text[i["start"]:i["start"] + len(i["text"])] == i["text"]
        corpus.append({"id": tid, "kind": t["kind"], "text": text,
                       "items": sorted(items, key=lambda x: x["start"]),
                       "note": t["note"]})
    return corpus, errors


def main():
    corpus, errors = build()
    n_items = sum(len(c["items"]) for c in corpus)
    with_items = sum(1 for c in corpus if c["items"])
    clean = len(corpus) - with_items
    per_kind = Counter(i["kind"] for c in corpus for i in c["items"])
    contact = per_kind["telephone"] + per_kind["courriel"]
    missing = [k for k in ITEM_KINDS if per_kind[k] == 0]
    if len(corpus) != 100:
        errors.append(f"{len(corpus)} textes au lieu de 100")
    if with_items < 58:
        errors.append(f"seulement {with_items} textes avec éléments (< 58)")
    if clean < 42:
        errors.append(f"seulement {clean} textes propres (< 42)")
    if n_items < 330:
        errors.append(f"seulement {n_items} éléments (< 330)")
    if contact < 30:
        errors.append(f"seulement {contact} téléphones + courriels (< 30)")
    if missing:
        errors.append(f"types non couverts : {missing}")
    if errors:
        print("ERREURS :", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)

    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json")
    data = (json.dumps(corpus, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)
    kinds_txt = Counter(c["kind"] for c in corpus)
    kinds_clean = Counter(c["kind"] for c in corpus if not c["items"])
    print(f"textes : {len(corpus)}  (avec éléments : {with_items}, propres : {clean})")
    print("types de textes : " + ", ".join(
        f"{k} {kinds_txt[k]} (dont propres {kinds_clean[k]})" for k in TEXT_KINDS))
    print(f"éléments : {n_items}  (téléphones + courriels : {contact})")
    for k in ITEM_KINDS:
        print(f"  {k:<17} {per_kind[k]:>4}")
    print("SHA-256 corpus.json : " + hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
