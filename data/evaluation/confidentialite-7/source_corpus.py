#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus d'évaluation « pseudonymisation » — Passerelles (corpus 7).

Textes et jugements écrits à la main, de l'extérieur du projet (sans lire son code,
ses tests, ses données ni son historique). Ce script :
  * calcule la position (start, en caractères / points de code Python) de chaque
    élément en cherchant son texte dans l'ordre donné, à partir de la fin de
    l'élément précédent, avec des bornes de mot ;
  * vérifie que chaque élément est trouvé, que les éléments ne se chevauchent pas,
    et que chaque occurrence d'un texte marqué est marquée partout dans le texte ;
  * écrit corpus.json et affiche les comptes et l'empreinte SHA-256.

Python 3.11, bibliothèque standard uniquement.  Usage : python3 source_corpus.py
"""
import hashlib
import json
import os
import sys
from collections import Counter

TEXT_KINDS = ("recit", "actions", "enseignements", "description")
ITEM_KINDS = (
    "prenom", "nom", "initiale", "telephone", "courriel", "adresse",
    "code_postal", "residence", "age_classe_ecole", "date_naissance",
    "identifiant", "pseudo_reseau", "plaque", "autre",
)

CASES = []


def case(kind, text, items=(), note="", unmarked_ok=()):
    """Déclare un texte. items : liste de (texte, type) ou (texte, type, contexte_gauche)
    dans l'ordre d'apparition ; contexte_gauche, s'il est donné, doit précéder
    immédiatement l'occurrence trouvée (contrôle de la bonne occurrence).
    unmarked_ok : textes d'éléments dont une autre occurrence, non identifiante,
    est volontairement laissée sans marque (justifié dans la note)."""
    CASES.append({"kind": kind, "text": text, "items": list(items),
                  "note": note, "unmarked_ok": tuple(unmarked_ok)})


# ---------------------------------------------------------------------------
# Les textes.  Numérotation g01... dans l'ordre de déclaration.
# ---------------------------------------------------------------------------

# g01 — rapport formel, Gironde (Lormont, QPV Génicart Est)
case("recit", """Situation n° 3 – Centre social de Génicart, Lormont (QPV Génicart Est)

Le mardi 14 novembre 2023, Mme Belhadj, maman de Kenza (12 ans, en 5e au collège Georges Lapierre), se présente à l'accueil du centre très en colère : sa fille vient d'être exclue trois jours après une bagarre dans la cour. Le même après-midi, la CPE du collège appelle la référente famille pour savoir si le centre connaît la famille, inscrite au CLAS depuis 2021. La mère affirme n'avoir jamais été reçue avant la sanction ; le collège indique avoir laissé deux messages au 06 39 98 41 27, numéro qui ne serait plus attribué. Sandrine Lacoste, référente famille, a servi de lien : elle a rappelé la CPE, puis proposé à Mme Belhadj une rencontre au centre, en terrain neutre.""",
    [("Belhadj", "nom"), ("Kenza", "prenom"), ("12 ans", "age_classe_ecole"),
     ("06 39 98 41 27", "telephone"), ("Sandrine", "prenom"), ("Lacoste", "nom"),
     ("Belhadj", "nom")],
    note="Rapport formel. Âge + classe + collège nommé = age_classe_ecole. La date de l'incident, le n° de situation et l'année d'inscription ne sont pas marqués.")

# g02 — fil de discussion d'équipe horodaté, Val-de-Marne (Vitry-sur-Seine)
case("actions", """[08:47] Nadia (coordo CLAS) : le papa de Lucas Ferreira a rappelé, il veut un RDV avant les vacances
[08:49] Julien : ok je peux jeudi 16h30 salle 2
[08:52] Nadia (coordo CLAS) : il demande qu'on le rappelle sur son portable 06.39.98.07.63 pas sur le fixe
[09:05] Julien : noté. La directrice de Makarenko B est d'accord pour venir aussi
[09:06] Awa : attention la maman ne veut pas que M. Ferreira ait l'adresse, elle a déménagé au 4 allée des Glycines, 94400
[09:07] Awa : donc on ne dit rien sur le nouveau logement svp
[09:15] Nadia (coordo CLAS) : ok je fais le CR après""",
    [("Nadia", "prenom"), ("Lucas", "prenom"), ("Ferreira", "nom"), ("Julien", "prenom"),
     ("Nadia", "prenom"), ("06.39.98.07.63", "telephone"), ("Julien", "prenom"),
     ("Awa", "prenom"), ("Ferreira", "nom"), ("4 allée des Glycines", "adresse"),
     ("94400", "code_postal"), ("Awa", "prenom"), ("Nadia", "prenom")],
    note="Fil d'équipe : les prénoms des salariés en tête de ligne sont des personnes nommées (marqués). « Makarenko B » est une école (non marquée). Code postal d'un domicile marqué.")

# g03 — courriel transféré avec signature, Seine-Maritime (Le Havre, Caucriauville)
case("recit", """---------- Message transféré ---------
De : Céline Vasseur <celine.vasseur@example.org>
Date : lun. 5 févr. 2024 à 18:12
Objet : Re: Rendez-vous avec le collège
À : accueil@cs-caucriauville.example.fr

Bonjour,
Je vous écris car mon fils Théo a été convoqué avec moi par le principal du collège Romain Rolland pour des absences. Je ne comprends pas, il part tous les matins. On m'a dit que vous faisiez le lien avec les écoles. Je ne suis pas disponible le matin, je travaille au Port. Vous pouvez me joindre au 02 61 91 38 04 après 17h.
Cordialement
Céline Vasseur
Résidence Les Hortensias, bât. 4
----
Note de la référente famille : message reçu le 6/02, transmis à la coordinatrice PRE avec l'accord de la maman.""",
    [("Céline", "prenom"), ("Vasseur", "nom"), ("celine.vasseur@example.org", "courriel"),
     ("Théo", "prenom"), ("02 61 91 38 04", "telephone"), ("Céline", "prenom"),
     ("Vasseur", "nom"), ("Résidence Les Hortensias", "residence"), ("bât. 4", "residence")],
    note="Courriel transféré. L'adresse générique accueil@ du centre n'est pas marquée. « collège Romain Rolland » (prénom dans un nom d'école) non marqué.")

# g04 — texte dicté sans ponctuation, Essonne (Grigny)
case("recit", """donc la situation c'est la maman de Moussa Traoré qui vient nous voir au centre social de Grigny 2 elle dit que son fils est puni tout le temps par la maîtresse il a neuf ans il est en CM1 à l'école en face du centre il dit que la maîtresse madame Roux le met au fond de la classe la maman parle pas bien le français c'est sa grande sœur Aminata qui traduit et la maîtresse de son côté elle a appelé le centre pour dire que Moussa est très agité qu'il faudrait voir un médecin au CMP voilà donc nous on se retrouve au milieu virgule les deux nous demandent de prendre parti point à la ligne on a proposé un rendez-vous à trois au centre le mardi suivant point""",
    [("Moussa", "prenom"), ("Traoré", "nom"), ("neuf ans", "age_classe_ecole"),
     ("Roux", "nom"), ("Aminata", "prenom"), ("Moussa", "prenom")],
    note="Dictée sans ponctuation (« virgule », « point » prononcés). Âge en lettres + CM1. « Roux » est un nom de famille qui est aussi un mot. « Grigny 2 » est un QPV.")

# g05 — tout en capitales, Moselle (Metz, Borny)
case("recit", """SITUATION SIGNALÉE PAR LE CENTRE SOCIAL DE BORNY (METZ). LE PÈRE DE DYLAN SCHMITT, M. SCHMITT JEAN-MARC, CONTESTE L'ORIENTATION DE SON FILS EN 3E PRÉPA-MÉTIERS DÉCIDÉE PAR LE COLLÈGE PAUL VALÉRY. IL MENACE DE « TOUT RACONTER SUR FACEBOOK » OÙ IL PUBLIE SOUS LE NOM « JM_LORRAIN57 ». LE PRINCIPAL A DEMANDÉ AU CENTRE DE « CALMER LE PAPA ». LE PÈRE A DE SON CÔTÉ APPELÉ L'ANIMATEUR JEUNESSE, QU'IL CONNAÎT DEPUIS LE CLUB DE FOOT, SUR SON PORTABLE (06 39 98 55 10). NOUS AVONS REFUSÉ DE PRENDRE PARTI ET PROPOSÉ UN RENDEZ-VOUS À TROIS LE 12 MARS.""",
    [("DYLAN", "prenom"), ("SCHMITT", "nom"), ("SCHMITT", "nom"), ("JEAN-MARC", "prenom"),
     ("JM_LORRAIN57", "pseudo_reseau"), ("06 39 98 55 10", "telephone")],
    note="Tout en capitales, nom avant prénom (« SCHMITT JEAN-MARC »). Le portable personnel de l'animateur est marqué. « 3E », « 12 MARS », « PAUL VALÉRY » non marqués.")

# g06 — SMS avec fautes, Haute-Garonne (Toulouse, Empalot)
case("actions", """slt c Samia du centre. g vu la mere de Rayan ce matin elle ve pa ke il aille o college tt seul. jlui é di kon pe laccompagné jeudi a 8h15 au clg Vauquelin. son num cé le 05 36 49 72 18 si ta besoin, elle abite ds le bat C a coté du centre. o fait Rayan il é tjr exclu jusqua lundi. bizz""",
    [("Samia", "prenom"), ("Rayan", "prenom"), ("05 36 49 72 18", "telephone"),
     ("bat C", "residence"), ("Rayan", "prenom")],
    note="SMS sans accents ni ponctuation. « bat C » = bâtiment où vit la famille (residence). « clg Vauquelin » = collège (non marqué).")

# g07 — formulaire « Nom : … », Isère (Échirolles, Village Sud)
case("recit", """FICHE SITUATION – Centre social Village Sud (Échirolles)
Nom de l'enfant : BENALI
Prénom : Yasmine
Date de naissance : 07/09/2012
Classe / établissement : 6e B, collège Jean Vilar
Responsable légal : Mme Benali Hafida
Téléphone : 04 65 71 23 90
Courriel : hafida.benali38@example.fr
Adresse : 17 rue de la Liberté, 38130 Échirolles
N° allocataire CAF : 4417829
Nature : harcèlement (messages sur Snapchat)
Sollicité par : la mère, puis l'infirmière scolaire
Résumé : Yasmine reçoit des messages insultants d'un compte « yas_la_honte38 » créé par des élèves de sa classe. La maman est allée au collège, qui dit ne rien pouvoir faire « hors temps scolaire ». L'infirmière a conseillé à la famille de venir au centre.""",
    [("BENALI", "nom"), ("Yasmine", "prenom"), ("07/09/2012", "date_naissance"),
     ("Benali", "nom"), ("Hafida", "prenom"), ("04 65 71 23 90", "telephone"),
     ("hafida.benali38@example.fr", "courriel"), ("17 rue de la Liberté", "adresse"),
     ("38130", "code_postal"), ("4417829", "identifiant"), ("Yasmine", "prenom"),
     ("yas_la_honte38", "pseudo_reseau")],
    note="Formulaire rempli. Les libellés (Nom, Prénom, Courriel, Nature…) ne sont pas marqués ; la commune après le code postal n'est pas marquée (règle : seuls voie+numéro et code postal). Le pseudo du faux compte moqueur désigne l'enfant : marqué.")

# g08 — enseignements avec signature en initiales, Gironde (Bordeaux, Bacalan)
case("enseignements", """Ce que nous retenons :
- ne jamais recevoir un parent et l'école séparément sur le même conflit sans l'avoir dit aux deux ;
- un lieu neutre (la salle du premier étage du centre) change le ton des échanges ;
- prendre le temps d'expliquer à la maman ce qu'est un conseil de discipline avant qu'elle y aille ;
- garder une trace écrite partagée de ce qui a été dit.
Merci à Mme Dubos, CPE au collège Blanqui, pour sa disponibilité.
Rédaction : A.K., référente famille, centre social de Bacalan – relu par J.-P. L.""",
    [("Dubos", "nom"), ("A.K.", "initiale"), ("J.-P. L.", "initiale")],
    note="Signatures en initiales. « premier étage du centre » n'est pas un domicile. Une CPE nommée personnellement est marquée.")

# g09 — tout en minuscules, Seine-Maritime (Rouen, Hauts de Rouen)
case("recit", """situation hauts de rouen – mars 2024
la mère d'ilyès et de sofiane mansouri est venue au centre après une convocation à l'école pour ilyès, 10 ans, cm2, qui aurait frappé un camarade. elle dit que c'est ilyès qui est harcelé depuis la rentrée et que la maîtresse ne voit rien. de son côté la directrice nous a appelés pour qu'on « accompagne la maman vers un soin ». la famille vit au 9e étage de la tour salvador allende, l'ascenseur est en panne depuis janvier. on a fait le lien avec la directrice par téléphone sans rien dire de la situation familiale sans l'accord de madame mansouri.""",
    [("ilyès", "prenom"), ("sofiane", "prenom"), ("mansouri", "nom"), ("ilyès", "prenom"),
     ("10 ans", "age_classe_ecole"), ("ilyès", "prenom"), ("9e étage", "adresse"),
     ("tour salvador allende", "residence"), ("mansouri", "nom")],
    note="Tout en minuscules. Une tour d'habitation portant le nom d'une personnalité reste le lieu de vie de la famille : residence. « 9e étage » (adresse) à distinguer des niveaux scolaires.")

# g10 — description de pratique avec contact nominatif, Haute-Garonne (Colomiers, En Jacca)
case("description", """Le « Café des parents » du collège Voltaire
Depuis la rentrée 2022, le centre social d'En Jacca et le collège Voltaire de Colomiers ouvrent chaque premier vendredi du mois un café des parents dans le hall du collège, de 8h15 à 9h30. Les parents déposent leurs enfants et restent un moment avec la CPE, une animatrice du centre et, souvent, le principal adjoint. Les sujets viennent des parents : Pronote, l'orientation en fin de 3e, le stage d'observation, les sorties. Ce qui fait que ça marche : un horaire qui colle à la vie des familles, du café et des viennoiseries, et la présence régulière des mêmes personnes. Contact : Marie-Hélène Castagné, animatrice familles, 05 36 49 20 11 (ligne directe) ou mh.castagne@example.org.""",
    [("Marie-Hélène", "prenom"), ("Castagné", "nom"), ("05 36 49 20 11", "telephone"),
     ("mh.castagne@example.org", "courriel")],
    note="Fiche du livret : le contact nominatif (ligne directe, adresse nominative) identifie une salariée et est marqué ; un standard ou une adresse générique ne l'aurait pas été.")

# g11 — description propre, Moselle (Thionville, Côte des Roses)
case("description", """« Les mercredis de la Milliaire » – Centre social Côte des Roses, Thionville
Avec le collège La Milliaire et les écoles du quartier Saint-Pierre, le centre propose chaque mercredi de 14h à 17h un accompagnement à la scolarité (CLAS) pour 24 élèves du CM1 à la 4e, suivi d'un atelier « Pierre, feuille, ciseaux » autour des jeux de société. Les familles sont reçues en septembre par la directrice et la référente famille ; une réunion de bilan a lieu en juin avec les professeurs principaux. Financement : CAF de la Moselle (CLAS), Ville de Thionville, contrat de ville. Renseignements à l'accueil du centre, 14 rue Jean Jaurès, 57100 Thionville : 03 53 01 40 00, accueil@cs-cotedesroses.example.org.""",
    [],
    note="Propre. Tentations : « Pierre » (jeu, quartier Saint-Pierre), « Roses », adresse postale du centre (pas un domicile), standard et courriel génériques du centre (non marqués).")

# g12 — récit propre, Essonne (Évry-Courcouronnes, Pyramides)
case("recit", """Un père s'est présenté au centre social des Pyramides un lundi de décembre, après avoir reçu un mot dans le carnet de liaison de sa fille, en 4e au collège Les Pyramides : elle avait été retenue deux heures pour « insolence ». Il voulait que le centre « aille voir le principal ». Le même jour, le principal adjoint, que le centre connaît par le comité d'éducation à la santé et à la citoyenneté (CESC), appelait la directrice pour prévenir que ce père était « très remonté ». La directrice a reçu le père, l'a écouté, puis lui a expliqué le fonctionnement des retenues et la possibilité de demander un rendez-vous au professeur principal. Elle a informé le principal adjoint qu'elle avait reçu le parent, sans rapporter le contenu de l'échange.""",
    [],
    note="Propre : récit de conflit entièrement en rôles (père, principal adjoint, directrice). Classe + collège sans âge ni nom : non marqué.")

# g13 — liste à puces, Isère (Grenoble, Villeneuve) ; noms vietnamiens (nom avant prénom)
case("actions", """Actions menées (centre social des Baladins, Villeneuve de Grenoble) :
• 12/01 : appel de la maman de Noah (Mme Nguyen Thi Lan) au centre, prise de RDV ;
• 15/01 : entretien au centre avec Mme Nguyen et son frère, M. Tran Van Duc, qui traduit ;
• 19/01 : rencontre au collège Lucie Aubrac avec la CPE, M. Garnier (professeur principal de Noah) et la référente famille ;
• 02/02 : point téléphonique avec la CPE ;
• mars : Noah rejoint l'atelier « Coup de pouce langage » le mardi soir ;
• à faire : orienter Mme Nguyen vers les ateliers OEPRE (Ouvrir l'école aux parents pour la réussite des enfants) au collège.""",
    [("Noah", "prenom"), ("Nguyen", "nom"), ("Thi Lan", "prenom"), ("Nguyen", "nom"),
     ("Tran", "nom"), ("Van Duc", "prenom"), ("Garnier", "nom"), ("Noah", "prenom"),
     ("Noah", "prenom"), ("Nguyen", "nom")],
    note="Noms vietnamiens : nom de famille en premier (Nguyen, Tran), prénom composé ensuite (Thi Lan, Van Duc). « M. » = Monsieur, pas une initiale. Dates de RDV non marquées.")

# g14 — enseignements propres, Gironde
case("enseignements", """Enseignements : la posture de tiers ne s'improvise pas. Quand la maman et l'école nous sollicitent en même temps, nous disons clairement à chacun que nous ne sommes ni l'avocat de la famille ni le relais du collège. Le binôme directrice / référente famille permet de ne pas porter seul la situation. Nous avons aussi appris à orienter vers le médiateur de l'Éducation nationale de l'académie de Bordeaux et vers la Maison des adolescents de la Gironde quand la situation dépasse notre rôle. Prochaine étape : présenter ce cas à la rencontre départementale du 6 juin, à Mérignac.""",
    [],
    note="Propre : rôles, institutions, date de réunion, commune.")

# g15 — récit formel, Val-de-Marne (Champigny-sur-Marne, Bois l'Abbé) ; hôtel social
case("recit", """Contexte : depuis septembre, la famille Okafor est hébergée par le 115 à l'hôtel social Le Relais de la Marne, chambre 12, à Champigny-sur-Marne. Les deux enfants, Chidera (8 ans, CE2) et Emeka (6 ans, CP), sont scolarisés à l'école élémentaire Jacques Solomon, à 50 minutes de bus. Mme Okafor s'est adressée au centre social du Bois l'Abbé parce que l'école lui reprochait des retards répétés et évoquait un signalement pour absentéisme. Le même mois, la directrice de l'école demandait au centre s'il pouvait « faire quelque chose pour les retards ». La référente famille, Mme Aubert-Lefebvre, a proposé une rencontre à trois au centre, puis a aidé Mme Okafor à solliciter la CAF (n° allocataire 2290314) pour une aide au transport.""",
    [("Okafor", "nom"), ("hôtel social Le Relais de la Marne", "residence"),
     ("chambre 12", "adresse"), ("Chidera", "prenom"), ("8 ans", "age_classe_ecole"),
     ("Emeka", "prenom"), ("6 ans", "age_classe_ecole"), ("Okafor", "nom"),
     ("Aubert-Lefebvre", "nom"), ("Okafor", "nom"), ("2290314", "identifiant")],
    note="Hôtel social = residence ; « chambre 12 » = logement (adresse). « 115 » (numéro d'urgence) et « 50 minutes » non marqués. Nom composé à trait d'union.")

# g16 — fiche pratique propre, Seine-Maritime (Dieppe, Val Druel)
case("description", """Fiche pratique n° 7 — « La rentrée des petits »
Territoire : Dieppe, QPV Val Druel et Neuville ; écoles maternelles du secteur du collège Albert Camus (réseau REP).
Porteur : centre social du Val Druel.
Description : la dernière semaine d'août, le centre accueille les familles dont l'enfant entre en petite section, avec les ATSEM et les directrices des écoles. On visite la classe, on essaie la cantine, on repère le trajet. Les enfants sont accueillis dès 2 ans et demi pour ceux qui entrent en TPS.
Ce qui favorise la rencontre : la directrice de l'école Jules Ferry a elle-même proposé l'idée au conseil d'école de juin 2022.
Ressources : 2 animatrices, 1 200 € (REAAP), la salle Marine du centre.
Outils : un livret photo « Mon école » réalisé avec l'association Soleil d'Aliermont.""",
    [],
    note="Propre. Tentations : « Marine » (nom de salle), « Soleil » (association), « Jules Ferry », « Albert Camus » (écoles), âge de tous (« dès 2 ans et demi »).")

# g17 — export de messagerie d'équipe, Gironde (Pessac, Saige)
case("recit", """12/03/2024 17:02 - Fatou CS Saige: Vous avez vu le message de la prof de Mathis ?
12/03/2024 17:03 - Fatou CS Saige: elle dit qu'il a mis une vidéo de la classe sur TikTok, compte mathis.gdr33
12/03/2024 17:10 - Greg: la maman m'a appelé ce matin, elle dit que c'est pas lui qui a posté mais son cousin kylian
12/03/2024 17:11 - Greg: elle veut qu'on vienne avec elle au rdv avec le principal de Gérard Philipe
12/03/2024 17:15 - Fatou CS Saige: moi je peux pas, je suis au conseil citoyen de Châtaigneraie
12/03/2024 17:16 - Greg: ok j'y vais. C'est Mme Godard, bât B2
12/03/2024 17:20 - Fatou CS Saige: Ok. Pense à lui dire qu'on ne prend pas parti""",
    [("Fatou", "prenom"), ("Mathis", "prenom"), ("Fatou", "prenom"),
     ("mathis.gdr33", "pseudo_reseau"), ("Greg", "prenom"), ("kylian", "prenom"),
     ("Greg", "prenom"), ("Fatou", "prenom"), ("Greg", "prenom"), ("Godard", "nom"),
     ("bât B2", "residence"), ("Fatou", "prenom")],
    note="Export horodaté. Diminutif d'usage d'un salarié (« Greg ») traité comme prénom. « Gérard Philipe » = collège de Pessac (non marqué). Pseudo TikTok marqué.")

# g18 — une ligne, propre
case("actions", """Rencontre à trois au centre le 18 avril (maman, CPE, référente famille) puis bilan téléphonique avec le collège trois semaines plus tard.""",
    [],
    note="Propre, une ligne : rôles et dates de rendez-vous.")

# g19 — récit, Moselle (Forbach, Wiesberg) ; noms turcs, surnom
case("recit", """Situation : Elif Yılmaz, 14 ans, élève de 4e au collège Pierre Adt (Forbach), est convoquée en commission éducative pour des absences répétées le lundi matin. Le père, M. Yılmaz (Mehmet), vient au centre social du Wiesberg avec la lettre du collège qu'il ne comprend pas et demande qu'on « appelle le collège pour lui ». Le même jour, le professeur principal, M. Weber, écrit au centre par l'ENT pour savoir si la famille est « joignable ». Nous proposons au père de l'accompagner, avec une interprète bénévole de l'association Kardeşlik Forbach. La mère, Ayşe, tient à venir elle aussi. Au rendez-vous, on apprend qu'Elif — « Lilou » pour ses copines — garde son petit frère le lundi matin pendant que sa mère travaille.""",
    [("Elif", "prenom"), ("Yılmaz", "nom"), ("14 ans", "age_classe_ecole"), ("Yılmaz", "nom"),
     ("Mehmet", "prenom"), ("Weber", "nom"), ("Ayşe", "prenom"), ("Elif", "prenom"),
     ("Lilou", "pseudo_reseau")],
    note="Lettres turques (ı, ş). « Pierre Adt » = collège. Le surnom d'usage (« Lilou ») est classé pseudo_reseau (règle : surnoms). Nom d'association non marqué.")

# g20 — enseignements avec signatures, Essonne (Corbeil-Essonnes, Tarterêts)
case("enseignements", """Centre social des Tarterêts – Corbeil-Essonnes
Ce que l'équipe retient de la situation de la famille Diallo :
1) Nous aurions dû demander plus tôt l'accord de Mme Diallo avant de parler au collège.
2) Le fait que Lamine connaisse l'animateur depuis le CLAS a aidé : il a accepté de venir.
3) Ne pas laisser le numéro perso des animateurs circuler (Bakary a reçu des appels de la famille le soir sur son 06 39 98 70 02).
Validé en réunion d'équipe du 4 juillet. Rédaction : Hélène M. / Bakary S.""",
    [("Diallo", "nom"), ("Diallo", "nom"), ("Lamine", "prenom"), ("Bakary", "prenom"),
     ("06 39 98 70 02", "telephone"), ("Hélène", "prenom"), ("M.", "initiale"),
     ("Bakary", "prenom"), ("S.", "initiale")],
    note="« Hélène M. » : ici « M. » est l'initiale d'un nom (marquée), pas « Monsieur ». Numéro personnel d'un animateur marqué.")

# g21 — tableau tapé en texte, propre, Isère (Vienne, Estressin)
case("description", """Partenariats du centre social d'Estressin (Vienne) – année 2023-2024
Établissement             | Forme                          | Fréquence      | Objet
Collège de L'Isle         | présence au CESC               | trimestrielle  | prévention du décrochage
École Claire Fontaine     | accueil des CP au centre       | hebdomadaire   | lecture, « Coup de pouce clé »
École Victor Hugo         | projet « Rose des vents »      | ponctuelle     | citoyenneté
Collège François Ponsard  | convention CLAS                | hebdomadaire   | aide aux devoirs (18 élèves)
Commentaire : la relation avec l'école Claire Fontaine est jugée « solide » ; celle avec le collège François Ponsard reste « à construire » depuis le départ de l'ancienne principale.""",
    [],
    note="Propre. Tableau. Tentations : « Claire », « Rose », « Victor Hugo », « François Ponsard » dans des noms d'écoles et de projets.")

# g22 — récit, Haute-Garonne (Toulouse, Grand Mirail) ; nom comorien composé, identifiant France Travail
case("recit", """Mme Zaïnaba Said Abdallah s'est présentée au centre social du Grand Mirail pour un problème de cantine : son fils Nassim, en CE1, n'aurait plus accès au restaurant scolaire faute de paiement. Elle dit être inscrite à France Travail depuis mars (identifiant 5823014K) et attendre un rappel de droits. L'école a de son côté demandé au centre si la famille pouvait être aidée pour les impayés. La référente famille, Laëtitia, a expliqué à l'école qu'elle ne transmettrait pas d'informations sur la situation financière de Mme Said Abdallah sans son accord, et a accompagné la maman au CCAS.""",
    [("Zaïnaba", "prenom"), ("Said Abdallah", "nom"), ("Nassim", "prenom"),
     ("5823014K", "identifiant"), ("Laëtitia", "prenom"), ("Said Abdallah", "nom")],
    note="Nom composé sans trait d'union (« Said Abdallah »). Identifiant France Travail marqué. Salariée désignée par son seul prénom : marquée.")

# g23 — liste d'actions propre, Haute-Garonne (Toulouse)
case("actions", """Actions conduites de septembre à décembre 2023 :
– présentation du CLAS au conseil école-collège du réseau Rosa Parks ;
– deux réunions de travail avec la coordonnatrice REP+ et le principal adjoint du collège Rosa Parks ;
– participation à la Semaine de la parentalité (CAF de la Haute-Garonne, UDAF 31) du 13 au 18 novembre ;
– accueil au centre de la classe de CM2 de l'école Victor Hugo pour le spectacle « Pierre et le loup » ;
– réunion d'information « Bien vivre la 6e » le jeudi 30 novembre à 18 h, animée par la CPE et la référente famille (34 parents présents) ;
– permanence d'accès aux droits les mardis matin, bureau 3.""",
    [],
    note="Propre. Noms propres d'écoles, de spectacle, d'institutions ; dates de réunion ; comptes.")

# g24 — récit, Seine-Maritime (Saint-Étienne-du-Rouvray, Château Blanc) ; plaque
case("recit", """Depuis la rentrée, Mme Blanc, directrice de l'école élémentaire du Château Blanc, signale au centre social des « incidents » avec M. Boulanger, le papa de Jade (CE1) et de Lina (CM1) : il attend chaque soir les filles dans sa voiture garée sur le passage piéton, une Clio grise immatriculée FG-418-KT, et aurait insulté une ATSEM qui lui demandait de se déplacer. La directrice envisage de porter plainte. De son côté, Mme Boulanger, qui fréquente l'atelier couture du jeudi, est venue dire à l'animatrice que son mari « se sent visé » et que l'école « ne dit jamais bonjour ». Le centre a proposé à la directrice et aux deux parents un temps d'échange au centre, avec la coordonnatrice du PRE.""",
    [("Blanc", "nom", "Mme "), ("Boulanger", "nom"), ("Jade", "prenom"), ("Lina", "prenom"),
     ("FG-418-KT", "plaque"), ("Boulanger", "nom")],
    note="Noms de famille qui sont des mots (Blanc, Boulanger) ; prénom-mot (Jade). « Château Blanc » (QPV) n'est pas marqué alors que « Mme Blanc » l'est (exception déclarée). « Clio » (modèle de voiture, aussi prénom) non marqué. Plaque marquée.",
    unmarked_ok=["Blanc"])

# g25 — description propre, Val-de-Marne (Ivry-sur-Seine, Ivry Port)
case("description", """Petit-déjeuner des parents – Ivry Port
Le centre social d'Ivry Port et l'école élémentaire Dulcie September organisent, un jeudi par mois, un petit-déjeuner où les parents rencontrent l'équipe enseignante. Animé par la référente famille et une enseignante de CP, il réunit en moyenne 15 parents. Un interprétariat en tamoul, en soninké et en arabe est assuré par des parents bénévoles. La directrice de l'école, le principal du collège Molière et l'élue à l'éducation y viennent deux fois par an. Pour s'inscrire : famille@cs-ivryport.example.fr ou 01 99 00 32 15 (accueil du centre).""",
    [],
    note="Propre. Adresse de rôle (famille@) et standard du centre non marqués ; « Dulcie September », « Molière » = noms d'établissements.")

# g26 — note vocale retranscrite, Isère (Échirolles, Essarts - Surieux)
case("recit", """note vocale retranscrite (accueil, mardi) alors la dame s'appelle madame Boukhari Nadia b o u k h a r i elle a un fils Adam en 5e au collège Louis Lumière il a eu un conseil de discipline et il est exclu définitivement elle veut faire appel elle demande si on peut l'aider à écrire la lettre à la rectrice elle n'a pas d'ordinateur son numéro c'est le zéro six trente-neuf quatre-vingt-dix-huit quarante-quatre zéro cinq elle habite au douze rue Paul Éluard aux Essarts elle dit que le collège ne l'a jamais appelée avant et l'assistante sociale du collège a appelé ce matin aussi pour savoir si on connaissait la famille voilà""",
    [("Boukhari", "nom"), ("Nadia", "prenom"), ("b o u k h a r i", "nom"), ("Adam", "prenom"),
     ("zéro six trente-neuf quatre-vingt-dix-huit quarante-quatre zéro cinq", "telephone"),
     ("douze rue Paul Éluard", "adresse")],
    note="Dictée : nom épelé lettre à lettre (marqué comme nom), téléphone en toutes lettres, numéro de rue en lettres. La rue porte le nom d'une personnalité mais c'est le domicile : adresse.")

# g27 — enseignements propres, une ligne
case("enseignements", """Ne pas se laisser enfermer dans le rôle de « porte-parole » de la famille ; toujours proposer un temps à trois, au centre ou à l'école, et laisser le parent décider. (Groupe « Posture », fédération de l'Isère, jeudi 23 mai, à Échirolles.)""",
    [],
    note="Propre, une ligne : rôle, groupe de travail, date de réunion, commune.")

# g28 — courriel transféré + actions, Moselle (Metz, Hauts de Vallières) ; +33
case("actions", """De : Sébastien Muller <s.muller@example.fr>
Envoyé : mercredi 10 janvier 2024 09:14
À : CS Vallières – Accueil
Objet : TR: absence de Louna

Bonjour Madame la directrice,
Suite à notre échange, je vous confirme que Louna reprendra le collège lundi. Ma femme, Mme Muller-Kessler, sera présente au rendez-vous avec la CPE le 15 à 17 h. Vous pouvez la joindre au +33 6 39 98 16 72.
Bien à vous,
S. Muller
—
Actions du centre : appel à la CPE du collège Jules Lagneau le 10/01 ; proposition d'un rendez-vous au centre ; présence de la référente famille au rendez-vous du 15/01 ; compte rendu oral à la famille et au collège.""",
    [("Sébastien", "prenom"), ("Muller", "nom"), ("s.muller@example.fr", "courriel"),
     ("Louna", "prenom"), ("Louna", "prenom"), ("Muller-Kessler", "nom"),
     ("+33 6 39 98 16 72", "telephone"), ("S.", "initiale"), ("Muller", "nom")],
    note="Format international +33. Signature « S. Muller » : initiale + nom. « CS Vallières – Accueil » (boîte du centre) non marqué.")

# g29 — description propre, Gironde (Cenon)
case("description", """« Les Victoires du mercredi » – centre social La Colline, Cenon
Chaque mercredi, les 8-11 ans inscrits au CLAS préparent avec une animatrice et des collégiens de 3e du collège Jean Zay un petit défi (lecture, calcul, expression orale). Chaque victoire est affichée sur le « mur des Victoires » dans le hall. Les parents sont invités au goûter de fin de trimestre, en décembre, en mars et en juin. Le principal du collège Jean Zay et l'IEN de la circonscription de Cenon ont assisté à la remise des diplômes en 2023. Résultats : 22 enfants inscrits, 19 présents en fin d'année, 3 familles qui se sont ensuite engagées au conseil d'administration du centre.""",
    [],
    note="Propre. « Victoires » (prénom-mot) employé comme mot ; tranche d'âge d'un public (8-11 ans) non marquée.")

# g30 — récit, Val-de-Marne (Créteil, Mont-Mesly) ; INE, date de naissance, courriel
case("recit", """Mme Haddad, arrivée du Havre cet été et relogée au Mont-Mesly, n'arrivait pas à inscrire son fils Bilal au collège Laplace : la plateforme demandait un numéro INE qu'elle ne connaissait pas, et le collège lui répondait de « voir avec l'ancien établissement ». Pendant ce temps, Bilal n'allait plus en cours depuis trois semaines, et le collège a fini par évoquer un signalement pour absentéisme. La maman est venue au centre social avec tous ses papiers ; sur le certificat de radiation figuraient la date de naissance de Bilal (21/05/2011) et son INE (0903345871K). L'animatrice a appelé le secrétariat du collège (01 99 00 61 18, standard) et obtenu un rendez-vous le lendemain. Mme Haddad a laissé son adresse mail au centre pour la suite : souad.haddad@example.org.""",
    [("Haddad", "nom"), ("Bilal", "prenom"), ("Bilal", "prenom"), ("Bilal", "prenom"),
     ("21/05/2011", "date_naissance"), ("0903345871K", "identifiant"), ("Haddad", "nom"),
     ("souad.haddad@example.org", "courriel")],
    note="INE = identifiant ; standard du collège non marqué ; « Havre » (ville) non marqué.")

# g31 — enseignements, Seine-Maritime (Le Havre, Mont Gaillard)
case("enseignements", """Enseignements – situation de Kevin (collège Irène Joliot-Curie), rédigés par Mathilde Lecoq, directrice du centre social du Mont-Gaillard, et relus en équipe.
Ce qui a aidé : connaître déjà la CPE grâce au CESC ; avoir un bureau fermé pour recevoir les parents ; ne pas promettre de résultat.
Ce qui a manqué : un écrit commun à la fin de la rencontre. M. et Mme Le Goff nous ont dit qu'ils étaient repartis « sans savoir ce qui était décidé ».
À refaire : le point d'étape à un mois, qui a permis à Kevin de revenir au CLAS.""",
    [("Kevin", "prenom"), ("Mathilde", "prenom"), ("Lecoq", "nom"), ("Le Goff", "nom"),
     ("Kevin", "prenom")],
    note="Nom à particule « Le Goff ». La directrice nommée personnellement est marquée.")

# g32 — description propre, Haute-Garonne (Muret, Saint Jean)
case("description", """« Un ange passe » : un quart d'heure de lecture au collège Louisa Paulin (Muret)
Le centre social Saint-Jean et le collège Louisa Paulin ont mis en place en 2022 un quart d'heure de lecture quotidien, « Un ange passe », où adultes et élèves lisent en silence, y compris les animateurs du centre présents au collège le mardi et le jeudi. L'idée vient d'une enseignante de lettres et de la professeure documentaliste ; le centre fournit des livres en plusieurs langues (arabe, portugais, turc, bulgare). Les familles sont invitées à la « Nuit de la lecture » en janvier. Ce qui fait que ça marche : la principale porte le projet, le créneau est inscrit dans l'emploi du temps, et les élèves identifient le centre comme un partenaire du collège et pas seulement du quartier.""",
    [],
    note="Propre. « ange » (prénom-mot) ; « Louisa Paulin » (poétesse, nom de collège) ; « Saint-Jean » (QPV).")

# g33 — SMS d'une maman recopié, Essonne (Les Ulis) ; courriel dicté, téléphone à barres obliques
case("recit", """Message de la maman reçu sur le portable du centre (copié tel quel) :
« bonjour madame c la maman de Inès en 6em o college Mondetour. le prof de sport il a di a ma fille quel é grosse devan tout le monde. jveu porté plainte. mon mail cé ines point oliveira91 arobase example point fr ou apelé moi 06/39/98/62/41. merci Mme Oliveira »
Note de l'animatrice : la maman souhaite que le centre l'accompagne au collège ; le principal nous a de son côté demandé de « calmer le jeu » avant le conseil pédagogique de jeudi.""",
    [("Inès", "prenom"), ("ines point oliveira91 arobase example point fr", "courriel"),
     ("06/39/98/62/41", "telephone"), ("Oliveira", "nom")],
    note="Courriel écrit en mots (« arobase », « point »), téléphone avec des barres obliques, fautes d'orthographe.")

# g34 — actions numérotées, propres (standard du collège)
case("actions", """1. Écoute de la maman au centre (1 h).
2. Appel au collège, standard : 01 99 00 45 60, puis échange avec la CPE.
3. Rencontre commune le 9 octobre à 16 h 45, salle 104 du collège.
4. Compte rendu envoyé aux deux parties par la référente famille.
5. Point d'étape au retour des vacances de la Toussaint.""",
    [],
    note="Propre : le standard d'un collège n'identifie personne (règle documentée). Numéro de salle, horaires, dates.")

# g35 — récit, Gironde (Bègles) ; particules, métier identifiant
case("recit", """Situation délicate à Bègles : les parents d'Aymeric, séparés, se sont adressés au centre social chacun de leur côté. Le père, M. de Castelnau, chirurgien à la clinique du quartier, reproche à l'enseignante de CM2 d'avoir remis le bulletin à la mère seule ; la mère, Mme Ferreira da Silva, reproche à l'école d'avoir laissé le père récupérer l'enfant un jour qui n'était pas le sien. La directrice de l'école, qui connaît le centre par le CLAS, nous a demandé d'« expliquer aux deux parents les règles de l'autorité parentale ». Nous avons refusé d'intervenir dans le conflit conjugal et orienté les parents vers le Point d'accès au droit et la médiation familiale de la CAF de la Gironde. Avec l'accord des deux, nous avons rappelé à l'école que chaque parent doit recevoir les informations scolaires.""",
    [("Aymeric", "prenom"), ("de Castelnau", "nom"),
     ("chirurgien à la clinique du quartier", "autre"), ("Ferreira da Silva", "nom")],
    note="Particules (« de Castelnau », « da Silva ») incluses dans l'élément nom. Métier rare rattaché à un lieu précis : autre.")

# g36 — description de pratique avec intervenants nommés, Moselle (Sarreguemines, Beausoleil)
case("description", """« Lire ensemble » – centre social de Beausoleil, Sarreguemines
Chaque mardi de 16h30 à 17h30, des parents et leurs enfants de CP et de CE1 lisent ensemble au centre des albums choisis avec la médiathèque. L'atelier est co-animé par Mme Claire Rose, enseignante de CP à l'école du quartier, et par Pierre, bénévole retraité du centre. Les albums circulent ensuite entre la classe et les familles dans un sac « Beausoleil lit ». En 2023, 14 familles y ont participé, dont 6 qui ne venaient jamais aux réunions de l'école. Bilan présenté au conseil d'école de juin et à la rencontre départementale de la fédération de Moselle.""",
    [("Claire", "prenom"), ("Rose", "nom"), ("Pierre", "prenom")],
    note="Prénom et nom qui sont des mots (Claire Rose), bénévole nommé par son seul prénom (Pierre). « Beausoleil » (QPV) non marqué.")

# g37 — récit propre, Isère (Grenoble, Mistral)
case("recit", """Le conflit est né d'une sortie scolaire annulée : la classe de 5e devait partir trois jours dans le Vercors, et le collège a retiré deux élèves de la liste après un incident en cours. Les mères des deux élèves sont venues ensemble au centre social du Mistral, persuadées d'une « punition collective ». Le principal, de son côté, a appelé la directrice du centre le lendemain pour lui expliquer la décision et lui demander d'en parler « avec tact » aux familles. La directrice a d'abord reçu les mères, puis proposé un rendez-vous au collège en présence de la référente famille. Le principal a maintenu la décision mais proposé aux élèves une sortie au musée de Grenoble avec le CLAS en juin. Les mères ont jugé la rencontre « correcte », sans être d'accord.""",
    [],
    note="Propre : récit en rôles, lieux, mois.")

# g38 — tableau de suivi tapé en texte, Haute-Garonne (Toulouse, Bourbaki)
case("actions", """Tableau de suivi – situation « cantine » (centre social Bourbaki)
Date   | Qui                       | Contact                   | Action
03/10  | Mme Ouedraogo (maman)     | 05.36.49.81.07            | accueil, écoute
05/10  | directrice école          | standard 05 36 49 00 12   | appel, RDV fixé
09/10  | Mme Ouedraogo + Ibrahim   | —                         | RDV à l'école avec la référente famille
12/10  | M. Ouedraogo (papa)       | 0536498108                | rappel, explication du tarif cantine
20/10  | assistante sociale CD31   | —                         | dossier aide cantine déposé
Remarque : Ibrahim (CP) mange de nouveau à la cantine depuis le 6 novembre.""",
    [("Ouedraogo", "nom"), ("05.36.49.81.07", "telephone"), ("Ouedraogo", "nom"),
     ("Ibrahim", "prenom"), ("Ouedraogo", "nom"), ("0536498108", "telephone"),
     ("Ibrahim", "prenom")],
    note="Tableau : numéros des parents marqués (pointés, collés), standard de l'école non marqué.")

# g39 — récit, Val-de-Marne (Villeneuve-Saint-Georges) ; numéro de sécurité sociale
case("recit", """La maman de Sokhna et d'Ousmane Ndiaye, hébergée avec ses enfants chez une cousine, résidence Les Lilas, escalier 3, est venue au centre social parce que l'école élémentaire Paul Bert refusait d'inscrire Ousmane à l'étude du soir sans attestation de quotient familial. Elle était convaincue que le centre pouvait « faire l'attestation ». La directrice de l'école nous a appelés de son côté pour savoir si la famille « était bien domiciliée sur la commune ». Nous avons recadré : le centre ne certifie pas le domicile. Nous avons aidé la maman à obtenir une attestation de la CAF (son numéro de sécurité sociale, 2 84 07 99 312 045 37, figurait sur tous les documents ; nous n'en avons gardé aucune copie).""",
    [("Sokhna", "prenom"), ("Ousmane", "prenom"), ("Ndiaye", "nom"),
     ("résidence Les Lilas", "residence"), ("escalier 3", "adresse"), ("Ousmane", "prenom"),
     ("2 84 07 99 312 045 37", "identifiant")],
    note="NIR (numéro de sécurité sociale) espacé : identifiant. « Paul Bert » = école.")

# g40 — enseignements tout en capitales, propres
case("enseignements", """CE QUE NOUS RETENONS : LE CENTRE N'EST PAS UN TRIBUNAL. QUAND LE COLLÈGE ET LA FAMILLE NOUS APPELLENT LE MÊME JOUR, ON PREND 24 H AVANT DE RÉPONDRE. ON PRÉVIENT TOUJOURS CHACUN QU'ON A ÉTÉ SOLLICITÉ PAR L'AUTRE. LA RÉFÉRENTE FAMILLE ET LA CPE DU COLLÈGE JEAN MOULIN SE SONT MISES D'ACCORD EN JUIN SUR UNE « CHARTE DE LA RENCONTRE À TROIS » (5 POINTS). À PRÉSENTER À LA FÉDÉ DE SEINE-MARITIME EN OCTOBRE.""",
    [],
    note="Propre, tout en capitales : « JEAN MOULIN » (collège), mois, sigles.")

# g41 — récit, Seine-Maritime (Elbeuf) ; maladie nommée d'un enfant nommé
case("recit", """La maman de Maëlys Lefèvre (CE2, école du centre-ville d'Elbeuf) est venue au centre social en larmes : l'école refuse que sa fille participe à la classe de découverte de mai parce qu'elle est diabétique de type 1 et qu'aucun adulte ne peut gérer son traitement la nuit. La directrice, elle, nous a contactés pour savoir si une animatrice du centre « qui connaît bien Maëlys » pourrait accompagner le séjour. Nous avons rappelé que le centre ne pouvait pas se substituer à l'Éducation nationale, mais avons organisé avec la maman, la directrice et l'infirmière scolaire une réunion pour construire le projet d'accueil individualisé (PAI). La classe de découverte a eu lieu avec un parent accompagnateur formé.""",
    [("Maëlys", "prenom"), ("Lefèvre", "nom"), ("diabétique de type 1", "autre"),
     ("Maëlys", "prenom")],
    note="Maladie nommée d'un enfant nommé : autre. « PAI » (dispositif) non marqué.")

# g42 — description propre, Essonne (Massy, Opéra)
case("description", """« Objectif 6e » – Centre social de l'Opéra, Massy
Public : élèves de CM2 des écoles du quartier Opéra et leurs parents.
Déroulé : en mai et juin, quatre mercredis après-midi au collège Blaise Pascal (visite, emploi du temps, casier, cantine, CDI), puis une soirée parents au centre avec le principal adjoint et la CPE.
Résultats 2023 : 41 élèves, 29 parents présents à la soirée ; aucune famille n'a demandé de dérogation.
Ressources : convention avec le collège, financement PRE de Massy (3 800 €), deux animateurs, un minibus prêté par l'association Massy Solidarité Aurore.""",
    [],
    note="Propre. « Aurore » dans un nom d'association ; « Blaise Pascal » (collège).")

# g43 — compte rendu de réunion avec participants nommés, Gironde (Bordeaux, Grand-Parc)
case("actions", """Compte rendu de la rencontre du 21 mars 2024 – collège Grand Parc
Présents : M. Lemoine (principal adjoint), Mme Aït-Ouali (CPE), Mme Rose Lebrun (maman d'Enzo), Olivier Petit (référent famille, centre social du Grand Parc).
Excusée : l'assistante sociale scolaire.
Objet : les retards d'Enzo en 1re heure et la retenue du 14 mars.
Décisions :
- Enzo sera accueilli au centre à 7h45 les jours où sa mère commence tôt ;
- la CPE enverra un SMS à Mme Lebrun en cas d'absence (06 39 98 27 50) ;
- point d'étape le 18 avril.
Prochain RDV : jeudi 18 avril, 17h, salle 12 du collège.""",
    [("Lemoine", "nom"), ("Aït-Ouali", "nom"), ("Rose", "prenom"), ("Lebrun", "nom"),
     ("Enzo", "prenom"), ("Olivier", "prenom"), ("Petit", "nom"), ("Enzo", "prenom"),
     ("Enzo", "prenom"), ("Lebrun", "nom"), ("06 39 98 27 50", "telephone")],
    note="Compte rendu. Prénom-mot (Rose), noms-mots (Lebrun, Petit). « salle 12 du collège » non marqué (pas un domicile).")

# g44 — récit propre, Moselle (Creutzwald, quartier Maroc)
case("recit", """Un conflit sur l'orientation : en fin de 3e, le conseil de classe du collège Jacques-Yves Cousteau a proposé une seconde professionnelle à une élève dont les parents voulaient une seconde générale. Les parents sont venus au centre social du quartier Maroc pour « préparer l'appel ». Le professeur principal, qui anime avec le centre l'atelier « Métiers en fête », a demandé de son côté à la directrice de « faire comprendre aux parents » que la voie professionnelle n'était pas un échec. La directrice a proposé une rencontre au CIO de Saint-Avold avec une psychologue de l'Éducation nationale, en présence des parents et du professeur principal. La famille a fait appel ; la commission a maintenu la décision ; l'élève a finalement choisi un bac pro au lycée de Saint-Avold.""",
    [],
    note="Propre. « Jacques-Yves Cousteau » (collège), « Maroc » (QPV), niveaux scolaires.")

# g45 — notes en minuscules, Haute-Garonne (Muret, Centre Ouest) ; surnom
case("recit", """rdv avec la maman de mohamed (momo) ce matin. elle est furax contre le college louisa paulin: momo a été mis en retenue 3 fois ce mois ci pour oubli de matériel. elle dit que c'est parce qu'il est noir. elle veut écrire au rectorat et au journal la dépêche. de son coté la cpe m'a appelé hier pour dire que momo a un comportement insolent et que la maman l'a insultée au téléphone. la famille habite chez la grand mère au 5 impasse des mésanges 31600. j'ai proposé un rdv à 3 au centre. la maman veut bien si c'est pas le principal.""",
    [("mohamed", "prenom"), ("momo", "pseudo_reseau"), ("momo", "pseudo_reseau"),
     ("momo", "pseudo_reseau"), ("5 impasse des mésanges", "adresse"),
     ("31600", "code_postal")],
    note="Minuscules. Surnom « momo » (pseudo_reseau). « louisa paulin » (collège en minuscules) non marqué ; « la dépêche » (journal) non marqué.")

# g46 — description propre, Val-de-Marne (Orly, Quartier Est)
case("description", """« La Mallette des parents » à Orly
Depuis 2019, le centre social du quartier Est et les écoles Marcel Cachin et Paul Eluard (REP+) proposent trois ateliers par an aux parents de CP : « comprendre le cahier de liaison », « lire avec son enfant », « les écrans à la maison ». Les ateliers ont lieu le samedi matin, de 9h30 à 11h30, dans la salle Soleil de l'école Paul Eluard, avec un accueil des petits frères et sœurs par l'équipe de l'accueil de loisirs. Le dispositif s'appuie sur la « Mallette des parents » du ministère et sur le REAAP du Val-de-Marne. En 2023-2024 : 9 ateliers, 87 présences, 11 langues parlées. Contact : secretariat@cs-orly-est.example.fr — 01 99 00 74 30.""",
    [],
    note="Propre. Adresse générique (secretariat@) et standard non marqués ; « Soleil » (salle) ; écoles portant des noms de personnes.")

# g47 — retour d'expérience avec initiales en début de phrase, Isère (Villefontaine, Les Roches)
case("enseignements", """Retour d'expérience – centre social des Roches (Villefontaine)
K. est revenue au CLAS en janvier, ce qui montre que le lien n'a pas été rompu malgré la tension avec le collège. Sa mère, Mme T., nous a dit avoir apprécié qu'on ne lui « fasse pas la morale ». L'erreur : avoir laissé M. Perrin, professeur principal, appeler la référente famille sur son portable personnel, ce qui a brouillé les rôles. Pour la suite : une seule porte d'entrée (l'accueil du centre, 04 65 71 90 00) et un compte rendu commun.
Rédigé par la directrice, relu par F. B.-D.""",
    [("K.", "initiale"), ("T.", "initiale"), ("Perrin", "nom"), ("F. B.-D.", "initiale")],
    note="Initiale en début de phrase (« K. est revenue »), « Mme T. », initiales composées. Numéro d'accueil du centre non marqué.")

# g48 — actions propres, Seine-Maritime (Canteleu, Plateau)
case("actions", """Actions (centre social du Plateau, Canteleu) :
- octobre : rencontre avec le principal du collège Charles Gounod et la CPE pour présenter l'aide aux devoirs ;
- novembre : deux parents reçus au centre, une rencontre au collège en présence de la référente famille ;
- décembre : participation au conseil d'administration du collège (personnalités qualifiées) ;
- janvier : atelier « Parents, parlons Pronote » au centre, 12 participants ;
- février : bilan avec la Ville de Canteleu et la Métropole Rouen Normandie dans le cadre du contrat de ville.""",
    [],
    note="Propre. « Charles Gounod » (collège), institutions, mois.")

# g49 — récit, Gironde (Monségur, petite commune) ; métier rare
case("recit", """Situation rapportée par l'espace de vie sociale de Monségur. Le père d'une élève de 6e du collège Eléonore de Provence, seul vétérinaire du canton, conteste une sanction : sa fille a été exclue deux jours pour avoir filmé une enseignante. Il a appelé le principal, puis la présidente de l'EVS, qu'il connaît, en demandant qu'elle « intervienne ». Le principal, de son côté, a prévenu l'EVS que le père menaçait de « passer par la mairie ». Compte tenu de la taille du village, la présidente a préféré ne pas intervenir elle-même et a orienté le père vers la médiatrice de la fédération. Sa fille, Capucine, a repris les cours le lundi suivant.""",
    [("seul vétérinaire du canton", "autre"), ("Capucine", "prenom")],
    note="Petite commune : le métier unique du père l'identifie (autre). Prénom-mot (Capucine).")

# g50 — enseignements propres, Haute-Garonne
case("enseignements", """Trois idées retenues par le groupe de travail de la fédération :
1. Un conflit entre une famille et l'école est rarement « réglé » : on vise un apaisement, pas une solution.
2. Le centre doit pouvoir dire non : il n'est ni le service social de l'école ni l'avocat des parents.
3. La confiance se construit hors des crises : les cafés des parents, le CLAS, les fêtes (kermesse de juin, carnaval de mars) sont des occasions de se connaître.
Séance du 7 février, maison de quartier de Bagatelle (Toulouse), 14 centres présents.""",
    [],
    note="Propre. Date de séance, lieu, compte.")

# g51 — courriel d'une maman, Essonne (Étampes, Plateau de Guinette) ; [at], bâtiment, appartement
case("recit", """Objet : demande d'aide – collège de Guinette
Bonjour,
Je suis la maman de Wassim Benkirane, en 3e au collège de Guinette. Le collège veut qu'il fasse son stage de 3e dans une entreprise mais personne ne veut le prendre, et la CPE dit que s'il n'a pas de stage il aura zéro. Je ne sais plus quoi faire. Vous pouvez m'écrire à benkirane.latifa[at]example.fr ou passer me voir, Bât. D, appt 112, résidence du Plateau.
Latifa Benkirane
—
Transmis par l'accueil du centre social de Guinette le 28/11. Le collège nous a aussi sollicités : la CPE cherche des lieux de stage « pour plusieurs élèves du quartier ».""",
    [("Wassim", "prenom"), ("Benkirane", "nom"), ("benkirane.latifa[at]example.fr", "courriel"),
     ("Bât. D", "residence"), ("appt 112", "adresse"), ("résidence du Plateau", "residence"),
     ("Latifa", "prenom"), ("Benkirane", "nom")],
    note="Courriel masqué « [at] ». « résidence du Plateau » est l'immeuble de la famille (residence) alors que « Plateau de Guinette » seul est un QPV (non marqué).")

# g52 — description propre, Isère (Fontaine, Alpes - Mail - Cachin)
case("description", """Titre : « La Victoire en chantant » – chorale parents-enfants
Porteurs : centre social Romain Rolland, Fontaine (QPV Alpes – Mail – Cachin), avec l'école élémentaire Robespierre et le collège Jules Vallès.
Description : une chorale de 30 voix, parents et enfants de 6 à 12 ans, répète le vendredi de 17h à 18h dans le réfectoire de l'école. Le chef de chœur est un intervenant du conservatoire de Fontaine ; le répertoire mêle chants en français, en arabe, en portugais et en italien. Concert de fin d'année en juin à La Source et participation à la Fête de la musique.
Ce qui favorise la rencontre : l'école ouvre ses locaux en dehors du temps scolaire ; les enseignants viennent chanter.
Obstacles : le renouvellement du bénévolat ; les parents qui travaillent en horaires décalés.""",
    [],
    note="Propre. « Victoire » (titre de chanson), « Romain Rolland », « Robespierre », « Jules Vallès » (établissements), tranche d'âge d'un public.")

# g53 — fil d'équipe, Val-de-Marne (Vitry-sur-Seine, Balzac) ; plaque, 0033
case("actions", """— Fil « Situation Balzac » —
Lun 14:02 Karima : la principale adjointe de Jules Vallès a appelé, elle a vu un homme qui attend Inaya à la sortie tous les jours
Lun 14:03 Karima : elle pense que c'est le père, qui n'a pas le droit de visite
Lun 14:10 Thomas : la maman m'avait donné la plaque de la voiture du père : EK 592 PZ, une Mégane noire
Lun 14:11 Thomas : et son numéro à elle c'est le 0033 6 39 98 90 14
Lun 14:20 Karima : ok on appelle la maman, puis on rappelle le collège. On ne transmet la plaque qu'à la police si la maman le demande
Lun 14:25 Thomas : ok""",
    [("Karima", "prenom"), ("Inaya", "prenom"), ("Karima", "prenom"), ("Thomas", "prenom"),
     ("EK 592 PZ", "plaque"), ("Thomas", "prenom"), ("0033 6 39 98 90 14", "telephone"),
     ("Karima", "prenom"), ("Thomas", "prenom")],
    note="Plaque avec espaces, préfixe 0033. « Mégane » (modèle de voiture, aussi prénom) non marqué ; « Jules Vallès » = collège ; « Balzac » = QPV.")

# g54 — récit propre, Gironde (Floirac, Dravemont)
case("recit", """Une mère de famille est venue au centre social de Dravemont après la réunion parents-professeurs du collège Nelson Mandela : elle s'était sentie « humiliée » par une remarque sur le travail de son fils devant d'autres parents. Elle voulait changer son fils de classe. Deux jours plus tard, le professeur concerné, qui anime avec le centre un club d'échecs le jeudi, a demandé à l'animateur s'il pouvait « arranger les choses ». L'animateur a proposé à la mère et au professeur de se retrouver au club, en fin de séance, avec la directrice du centre. L'échange a duré vingt minutes ; le professeur s'est excusé, la mère a accepté ; le changement de classe n'a plus été demandé.""",
    [],
    note="Propre : récit en rôles.")

# g55 — fiche de synthèse, Moselle (Woippy, Saint-Eloy) ; famille ukrainienne, date de naissance en lettres, foyer
case("recit", """Fiche de synthèse – centre social de Saint-Eloy (Woippy)
Famille : Mme Oksana Kovalenko et ses deux enfants, Daria (née le 3 avril 2015, CM1) et Maksym (6e au collège Pierre Mendès France), arrivés d'Ukraine en 2022, logés par la préfecture au foyer Les Peupliers, chambre 8.
Sollicitations : la maman, parce que le collège lui reproche de ne pas répondre aux messages de Pronote (qu'elle ne sait pas lire en français) ; le collège, parce que Maksym dort en classe et semble « épuisé ».
Posture du centre : accompagnement de la maman, avec l'accord de tous, et rencontre au collège en présence d'une interprète bénévole, Mme Horbach.""",
    [("Oksana", "prenom"), ("Kovalenko", "nom"), ("Daria", "prenom"),
     ("3 avril 2015", "date_naissance"), ("Maksym", "prenom"),
     ("foyer Les Peupliers", "residence"), ("chambre 8", "adresse"), ("Maksym", "prenom"),
     ("Horbach", "nom")],
    note="Date de naissance écrite en toutes lettres ; « 2022 » (arrivée) non marqué. Foyer d'hébergement = residence.")

# g56 — plan d'action propre, Haute-Garonne (Colomiers)
case("actions", """Plan d'action validé en équipe (lundi 8 janvier) :
• prendre contact avec le principal du collège Léon Blum avant toute rencontre avec la famille ;
• proposer à la maman un temps d'écoute au centre, le mercredi 10 à 14h ;
• si accord, rencontre à trois au centre le vendredi 12 à 16h45 ;
• informer la coordinatrice du Programme de réussite éducative (PRE) de Colomiers ;
• relire ensemble le règlement intérieur du collège (article 4 : retards et absences).""",
    [],
    note="Propre : dates de rendez-vous, article de règlement, « Léon Blum » (collège).")

# g57 — enseignements en minuscules, Seine-Maritime (Dieppe, Neuville)
case("enseignements", """enseignements de la situation de la rentrée (écrit vite fait par lucie) : on aurait dû appeler la maîtresse de cp avant de recevoir la famille. la grand-mère de nathan, mme lemonnier, a eu l'impression qu'on était « du côté de l'école » parce qu'on tutoyait la maîtresse. à retenir : vouvoyer tout le monde en rendez-vous. nathan, que tout le monde appelle « titi » au centre, est revenu à l'accueil de loisirs en octobre.""",
    [("lucie", "prenom"), ("nathan", "prenom"), ("lemonnier", "nom"), ("nathan", "prenom"),
     ("titi", "pseudo_reseau")],
    note="Minuscules : prénoms et nom sans majuscule ; surnom « titi » (pseudo_reseau). « cp » (niveau) non marqué.")

# g58 — description propre, Essonne (Grigny, Grande Borne)
case("description", """Atelier « Parents d'élèves, parents acteurs » – Grigny
Porté par le centre social de la Grande Borne et le collège Pablo Neruda, en lien avec la Réussite éducative de Grigny. Une fois par mois, le samedi matin, une dizaine de parents se retrouvent au collège autour d'un café avec la principale adjointe, la CPE et la référente famille. Chaque séance part d'une question posée par un parent : « à quoi sert le conseil de classe ? », « comment aider pour le brevet ? », « que faire quand mon enfant est harcelé sur les réseaux ? ». Deux fois par an, une association de femmes du quartier et la Maison de la justice et du droit interviennent. Ce qui fait que ça marche : la régularité, l'invitation personnelle des parents par les animateurs, la traduction en wolof, en soninké et en tamoul.""",
    [],
    note="Propre. « Pablo Neruda » (collège), « Grande Borne » (QPV), institutions.")

# g59 — témoignage pour le livret, Haute-Garonne (Blagnac, Barradels)
case("description", """Témoignage pour le livret – accompagnement à la scolarité aux Barradels (Blagnac)
« Au début je n'osais pas entrer dans l'école. Avec le CLAS, j'ai rencontré la maîtresse de Yanis au centre, autour d'un goûter, et maintenant je vais aux réunions. » — Fatima, maman de Yanis (9 ans, CM1, école élémentaire Saint-Exupéry)
Le CLAS des Barradels accueille 20 enfants du CP au CM2 les lundis et jeudis. Deux fois par trimestre, l'enseignante référente du CLAS vient au centre rencontrer les parents autour d'un goûter. Cette pratique a été présentée à la rencontre départementale de novembre.
Photos : Naïm Chaouch.""",
    [("Yanis", "prenom"), ("Fatima", "prenom"), ("Yanis", "prenom"),
     ("9 ans", "age_classe_ecole"), ("Naïm", "prenom"), ("Chaouch", "nom")],
    note="Description destinée au livret mais qui cite une maman, son enfant (âge + classe + école) et le photographe : tout est marqué. « Saint-Exupéry » = école.")

# g60 — enseignements propres, Val-de-Marne ; numéros nationaux
case("enseignements", """Leçons tirées (fédération du Val-de-Marne, groupe « Familles-écoles ») :
- prévenir l'école qu'un parent nous a sollicités, sauf si le parent s'y oppose ;
- en cas de harcèlement, orienter vers le 3018 et vers les référents harcèlement du collège (programme pHARe) ;
- en cas de danger pour un enfant, appeler le 119 ou transmettre une information préoccupante à la CRIP du Val-de-Marne ;
- ne jamais garder de copie des pièces d'identité des familles ;
- se former : module « posture de tiers » de la fédé, 2 jours, en novembre à Créteil.""",
    [],
    note="Propre. Numéros nationaux courts (3018, 119) non marqués.")

# g61 — récit, Isère (Grenoble, Teisseire - Abbaye) ; espaces insécables, courriel en capitales
case("recit", """Le 4 octobre, M. Ben Amar (prénom Yacine) a appelé le centre social Teisseire – Abbaye parce que sa fille Nour, en CE2 à l'école Jean Racine, ne voulait plus aller à l'école : « la maîtresse crie ». Il a laissé son numéro, 06\u00a039\u00a098\u00a035\u00a077, et son adresse mail en majuscules sur la fiche : YACINE.BENAMAR@EXAMPLE.FR. La directrice de l'école, que le centre rencontre au comité de pilotage du CLAS, a appelé le lendemain : elle souhaitait que le centre « rassure » le père. Nous avons proposé deux choses : un temps d'écoute de Nour avec l'animatrice du CLAS, et une rencontre entre le père et l'enseignante, à l'école, en présence de la référente famille.""",
    [("Ben Amar", "nom"), ("Yacine", "prenom"), ("Nour", "prenom"),
     ("06\u00a039\u00a098\u00a035\u00a077", "telephone"), ("YACINE.BENAMAR@EXAMPLE.FR", "courriel"),
     ("Nour", "prenom")],
    note="Nom à particule « Ben Amar ». Numéro séparé par des espaces insécables (U+00A0) ; courriel en capitales. « Jean Racine » = école.")

# g62 — récit propre, Seine-Maritime (Le Havre, Bléville)
case("recit", """Le conflit portait sur la cantine : l'école élémentaire du quartier avait servi du porc à un enfant dont la famille avait demandé un repas sans viande. Le père est arrivé au centre social de Bléville très en colère, avec l'intention de « faire un scandale » à la mairie. La directrice de l'école, de son côté, a prévenu le centre que la famille « allait sûrement venir » et qu'il s'agissait d'une erreur du prestataire. La référente famille a écouté le père et lui a proposé de rencontrer avec elle la directrice et le responsable de la restauration scolaire de la Ville du Havre. La rencontre a eu lieu le vendredi suivant ; la Ville a présenté des excuses écrites et revu l'étiquetage des plateaux.""",
    [],
    note="Propre : récit en rôles.")

# g63 — fiche d'actions, Gironde (Mérignac, Beaudésert) ; compte Instagram
case("actions", """Fiche actions – CS Beaudésert
Jeune concerné : Ethan R.
Classe : 4e, collège Les Eyquems (Mérignac)
Compte Instagram signalé : @ethan_bdx_officiel
Parent référent : Mme Rousseau Sabrina – 05 36 49 57 33
Actions :
– 06/02 : réception de la maman, qui a découvert des photos d'Ethan publiées sans son accord ;
– 07/02 : appel de la CPE, qui avait déjà reçu une plainte d'une autre famille ;
– 09/02 : rencontre au collège (maman, CPE, référent harcèlement, animateur jeunesse du centre) ;
– 12/02 : signalement du compte à la plateforme et au 3018 avec la maman ;
– suite : atelier « usage des réseaux » proposé à la classe de 4e par le centre, en avril.""",
    [("Ethan", "prenom"), ("R.", "initiale"), ("@ethan_bdx_officiel", "pseudo_reseau"),
     ("Rousseau", "nom"), ("Sabrina", "prenom"), ("05 36 49 57 33", "telephone"),
     ("Ethan", "prenom")],
    note="Prénom + initiale (« Ethan R. »), pseudo avec @. « 3018 » non marqué.")

# g64 — fiche pratique longue, propre, Moselle (Metz, Borny) ; grille d'analyse complète
case("description", """« Borny en famille » – fiche pratique complète (version pour le livret)

Titre : Borny en famille – la semaine des familles et de l'école
Porteur : centre social de Borny (Metz), adhérent à la fédération de Moselle
Établissements associés : collège Les Hauts de Blémont ; écoles maternelles et élémentaires du quartier (réseau d'éducation prioritaire)
Période : chaque année, dernière semaine de mai, depuis 2019 (interrompue en 2020 et 2021)
Thèmes : lien familles-école, parentalité, citoyenneté
Public : familles du quartier de Borny, élèves de la maternelle à la 3e, équipes éducatives

Description : pendant une semaine, l'école s'ouvre au quartier et le quartier entre à l'école. Le lundi, un petit-déjeuner est servi à 8h15 devant les écoles par les bénévoles du centre. Le mardi et le jeudi, les classes accueillent les parents pour des matinées « portes ouvertes ». Le mercredi, un tournoi de foot parents-élèves a lieu au city-stade, arbitré par des collégiens de 4e. Le vendredi soir, une soirée jeux réunit familles et enseignants au centre. Le samedi, la semaine se termine par la fête de quartier, avec la Ville de Metz, le bailleur Metz Habitat Territoire et les associations du quartier.

Ce qui favorise la rencontre : un calendrier fixé dès janvier avec les directeurs d'écoles et le principal ; des invitations traduites en arabe, en turc, en albanais et en russe ; la présence des animateurs du CLAS, que les parents connaissent déjà.
Ce qui fait que ça marche : des temps courts et concrets ; un rôle pour chacun (les parents tiennent la buvette, les élèves de 3e présentent l'exposition) ; un bilan à chaud le samedi soir.
Ressources : 4 500 € (contrat de ville, CAF de la Moselle au titre du REAAP, Ville de Metz) ; 3 salariés ; 25 bénévoles ; du matériel prêté par la Ville.
Opportunités : la Semaine de la parentalité, la Fête des voisins, l'ouverture du nouveau gymnase en 2023.
Outils : un rétroplanning partagé, une fiche d'évaluation d'une page, un livre d'or.
Obstacles : la fatigue des équipes en fin d'année scolaire ; la météo ; des familles qui ne se sentent pas concernées par « l'école des autres ».
Résultat : a fonctionné. Preuves : plus de 300 personnes en 2024 (comptage à l'entrée de la fête), 41 parents présents aux portes ouvertes contre 12 en 2019, demandes d'autres écoles de Metz pour reproduire la semaine.
Présentée à : rencontre départementale de la fédération de Moselle, octobre 2024, à Thionville.""",
    [],
    note="Propre, long : fiche complète selon la grille d'analyse (favorise, fait marcher, ressources, opportunités, outils, obstacles, résultat, preuves). Bailleur, institutions, jours, mois, années, montants, comptes.")

# g65 — récit, Essonne (Épinay-sous-Sénart, Plaine - Cinéastes) ; nom malgache, n° de dossier CAF
case("recit", """La famille Rakotomalala (les parents et trois enfants) est suivie au centre social des Cinéastes depuis 2021. En janvier, le collège La Vallée a convoqué M. Rakotomalala pour parler du comportement de sa fille aînée, Fanja, en 5e. Le père a demandé à la référente famille de l'accompagner ; le collège, de son côté, a demandé au centre s'il avait « des éléments sur la situation familiale ». Nous avons répondu au collège que nous ne transmettions rien sans l'accord de la famille. Au rendez-vous, le père a expliqué que la famille avait perdu ses aides (dossier CAF n° 5106682, suspendu depuis décembre) et que Fanja gardait ses petits frères le soir. Le collège a proposé l'étude surveillée ; le centre a accompagné le père à la CAF d'Évry.""",
    [("Rakotomalala", "nom"), ("Rakotomalala", "nom"), ("Fanja", "prenom"),
     ("5106682", "identifiant"), ("Fanja", "prenom")],
    note="Nom malgache long. Numéro de dossier CAF = identifiant. « La Vallée » = collège.")

# g66 — suites données, propres, Isère (Grenoble)
case("actions", """Suites données :
- courrier commun centre / collège aux familles de 6e pour présenter « Devoirs faits » et le CLAS ;
- deux permanences du centre au collège Olympique, le mardi de 12h à 13h30, au CDI ;
- une réunion de régulation par trimestre (octobre, février, mai) avec le principal adjoint ;
- création d'une fiche de liaison anonyme (ni nom, ni initiales, ni date de naissance) entre le centre et la vie scolaire.""",
    [],
    note="Propre ; le texte parle de noms et d'initiales sans en contenir.")

# g67 — récit de l'animatrice, Val-de-Marne (Fontenay-sous-Bois, Les Larris)
case("recit", """Récit rédigé par l'animatrice du CLAS des Larris :
Lundi 13 mai, la maman de Timéo et de Louise Marchal est venue au centre avec une lettre de l'école Paul Langevin : Timéo, 7 ans, en CE1, serait « violent » avec ses camarades et l'équipe demande une équipe éducative. Elle pense que son fils est puni à la place des autres. Le même jour, l'enseignante de Timéo m'a croisée à la sortie et m'a demandé si « la famille avait des soucis ». J'ai proposé à la maman de l'accompagner à l'équipe éducative. Elle m'a donné son numéro (06 39 98 1254) et son adresse (33 bis allée des Acacias, 94120) pour le courrier.""",
    [("Timéo", "prenom"), ("Louise", "prenom"), ("Marchal", "nom"), ("Timéo", "prenom"),
     ("7 ans", "age_classe_ecole"), ("Timéo", "prenom"), ("06 39 98 1254", "telephone"),
     ("33 bis allée des Acacias", "adresse"), ("94120", "code_postal")],
    note="Numéro groupé irrégulièrement, « bis » dans l'adresse, code postal de domicile. « Paul Langevin » = école ; « Lundi 13 mai » non marqué.")

# g68 — enseignements propres, Gironde (Talence)
case("enseignements", """Ce que cette situation nous a appris : être clair dès le premier appel sur ce que le centre peut faire et ne pas faire ; tenir le même discours au collège et à la famille ; associer la direction du centre, pas seulement l'animateur. Le cas a été présenté à la rencontre « Centres sociaux et écoles » de la fédération de la Gironde le 19 mars à Talence, salle Jean Jaurès.""",
    [],
    note="Propre. Salle portant le nom d'une personnalité.")

# g69 — enseignements avec initiales, Moselle (Thionville, Saint-Pierre - La Milliaire)
case("enseignements", """Enseignements validés par le bureau :
- Mme D. (la maman) a fait confiance au centre parce qu'elle y venait déjà pour l'atelier couture : la relation préexistante est décisive.
- M.-C. D., sa fille aînée, a servi d'interprète : à éviter à l'avenir, faire appel à un service d'interprétariat professionnel.
- Le collège La Milliaire a apprécié que le centre le prévienne avant la rencontre.
Rédaction : Mme G. Klein, directrice – Thionville, le 3 juillet 2024.""",
    [("D.", "initiale"), ("M.-C. D.", "initiale"), ("G.", "initiale"), ("Klein", "nom")],
    note="« Mme D. » : seule l'initiale est marquée (Mme est un titre). « M.-C. D. » : suite d'initiales d'une même personne, un seul élément. « G. Klein » : initiale + nom.")

# g70 — description propre, Haute-Garonne (Toulouse, Les Izards)
case("description", """Les Izards – « Mercredis de l'orientation »
Quatre mercredis entre janvier et mars, le centre social des Izards accueille les élèves de 3e du collège Jean-Pierre Vernant (UAI 0310085Z) et leurs parents pour préparer l'orientation : visite d'un lycée professionnel, rencontre avec d'anciens élèves devenus apprentis, atelier sur Affelnet animé par une conseillère de la Mission locale, et présentation des ressources de l'ONISEP. Partenaires : CIO Toulouse Nord, Mission locale, collège Jean-Pierre Vernant. En 2023 : 26 élèves et 17 parents. Outil : une grille « Mes envies, mes atouts » remplie avec les parents.""",
    [],
    note="Propre. « Jean-Pierre Vernant » (collège) contient deux prénoms ; l'UAI d'un établissement n'est pas un identifiant de personne (contrairement à l'INE).")

# g71 — récit, Seine-Maritime (Rouen, Grammont) ; nom polonais, ancienne plaque
case("recit", """Grammont, avril. La directrice de l'école maternelle a appelé le centre social : un grand-père, M. Kowalczyk, vient chercher tous les jours sa petite-fille Zofia (moyenne section) en voiture et se gare sur le parvis ; les autres parents se plaignent. Le grand-père, lui, est venu au centre dire que l'école « le traite comme un voleur » depuis qu'une mère a pris en photo sa plaque (3947 TR 76, une vieille 205 blanche) et l'a publiée sur le groupe Facebook du quartier. Nous avons rencontré le grand-père avec une voisine qui parle polonais, puis la directrice. Le stationnement a été réglé par la mairie (un arceau), la publication retirée.""",
    [("Kowalczyk", "nom"), ("Zofia", "prenom"), ("3947 TR 76", "plaque")],
    note="Plaque à l'ancien format (numéro, lettres, département). « 205 » (modèle) non marqué.")

# g72 — récit propre, Essonne (Massy, Bièvre Poterne)
case("recit", """Deux institutions, un même enfant : le collège Gérard Philipe de Massy nous a sollicités en novembre pour un élève de 5e souvent absent le vendredi, dont la mère fréquente l'atelier sociolinguistique du centre. La mère, de son côté, nous avait parlé la veille de ses difficultés avec un emploi du temps « impossible » (cours jusqu'à 17h30, activité de son fils cadet à 17h). Nous avons proposé de réunir la CPE, la mère et la formatrice de l'atelier au centre, un mardi à 9h, heure où la mère est déjà là. Un aménagement a été trouvé pour le vendredi après-midi. La CPE a demandé que ce fonctionnement (« aller là où les parents sont déjà ») soit présenté au conseil école-collège.""",
    [],
    note="Propre. « Gérard Philipe » (collège).")

# g73 — actions, Isère (Bourgoin-Jallieu, Champfleuri) ; courriel (at)(dot)
case("actions", """Actions engagées par le centre social de Champfleuri (Bourgoin-Jallieu) :
- 5 décembre : réception de M. et Mme Da Costa ; leur fils Rafael, 13 ans, en 4e au collège Salvador Allende, a été exclu une semaine après une bagarre filmée ;
- 6 décembre : appel du principal, qui souhaite que le centre « prenne le relais » pendant l'exclusion ;
- 7 décembre : accord avec la famille et le collège pour un accueil de Rafael au centre le matin (mesure de responsabilisation) ;
- 15 décembre : bilan à trois au collège ;
- contact de la famille pour la suite : dacosta.familia(at)example(dot)org.""",
    [("Da Costa", "nom"), ("Rafael", "prenom"), ("13 ans", "age_classe_ecole"),
     ("Rafael", "prenom"), ("dacosta.familia(at)example(dot)org", "courriel")],
    note="Courriel masqué « (at) … (dot) ». « Salvador Allende » = collège (alors qu'en g09 une tour du même nom est un lieu de vie).")

# g74 — description propre, Val-de-Marne (Villejuif, Lozaits)
case("description", """Fiche « Parents relais » – Villejuif, quartier des Lozaits
Objectif : faciliter le lien entre les familles non francophones et les écoles Robert Lebon et Paul Langevin.
Description : six parents bénévoles, formés par le centre social et la circonscription de l'Éducation nationale, accueillent les familles le jour de la rentrée et les accompagnent aux réunions. Ils parlent tamoul, arabe, bambara, portugais, chinois et roumain. Une charte, signée en octobre, précise qu'ils ne traduisent ni les bulletins ni les documents médicaux.
Résultat : participation aux réunions de rentrée passée de 40 % à 65 % en deux ans (source : directions d'écoles).
Outils : la charte, un badge « Parent relais », un carnet de bord.""",
    [],
    note="Propre. « Robert Lebon », « Paul Langevin » (écoles).")

# g75 — récit, Haute-Garonne (Cugnaux, Vivier Maçon) ; âge en lettres, noms espagnols
case("recit", """Le papa de Lucía et Mateo Fernández, M. Fernández (Javier), a sollicité le centre social du Vivier Maçon en juin : Lucía, sept ans et demi, en CE1 à l'école du quartier, devait redoubler selon l'enseignante, ce que le père refusait. L'école, qui travaille avec le centre sur le CLAS, nous a demandé d'« expliquer l'intérêt du maintien ». Nous avons dit aux deux que le centre ne se prononçait pas sur la décision pédagogique. Nous avons aidé le père à préparer son recours et à comprendre le PPRE. M. Fernández nous a remerciés par SMS depuis le 05 36 49 33 61.""",
    [("Lucía", "prenom"), ("Mateo", "prenom"), ("Fernández", "nom"), ("Fernández", "nom"),
     ("Javier", "prenom"), ("Lucía", "prenom"), ("sept ans et demi", "age_classe_ecole"),
     ("Fernández", "nom"), ("05 36 49 33 61", "telephone")],
    note="Accents espagnols ; âge en lettres avec la classe.")

# g76 — courriel d'une enseignante, Gironde (Eysines, Grand Caillou) ; tirets
case("recit", """---- Message d'origine ----
De : Mme Laporte Isabelle <isabelle.laporte@example.fr>
Envoyé : jeudi 18 janvier 2024 21:47
À : centre social du Grand Caillou
Objet : élève Sacha

Bonjour,
Je suis l'enseignante de CM2 de Sacha à l'école élémentaire du Grand Caillou. Sa mère m'a dit qu'elle vous avait parlé de la punition de la semaine dernière. Je souhaiterais que vous ne preniez pas position sans m'avoir entendue. Je reste joignable sur mon portable : 06-39-98-11-46.
Isabelle Laporte
----
Commentaire de la directrice du centre : nous avons répondu à l'enseignante que le centre n'avait pas pris position et proposé une rencontre à trois, refusée par la mère dans un premier temps.""",
    [("Laporte", "nom"), ("Isabelle", "prenom"), ("isabelle.laporte@example.fr", "courriel"),
     ("Sacha", "prenom"), ("Sacha", "prenom"), ("06-39-98-11-46", "telephone"),
     ("Isabelle", "prenom"), ("Laporte", "nom")],
    note="Une enseignante nommée, son adresse nominative et son portable sont marqués. Numéro à tirets.")

# g77 — description propre, Moselle (Behren-lès-Forbach, La Cité)
case("description", """« La Cité apprend » – Behren-lès-Forbach
Le centre social de la Cité et le collège Robert Schuman animent depuis 2021 un atelier d'aide aux devoirs dans le collège, deux soirs par semaine, de 16h45 à 18h, encadré par un animateur du centre et un assistant d'éducation. Les parents sont conviés une fois par trimestre à un « bilan autour d'un café » avec le professeur principal. Le projet est soutenu par la CAF de la Moselle (CLAS) et par le contrat de ville de l'agglomération Forbach Porte de France. Ce qui a facilité : la présence du centre au conseil d'administration du collège et un bureau prêté au centre dans le bâtiment B du collège.""",
    [],
    note="Propre. « bâtiment B du collège » n'est pas un lieu de vie (non marqué, contrairement à un bâtiment d'habitation).")

# g78 — fil d'équipe, Essonne (Sainte-Geneviève-des-Bois, La Grange aux Cerfs) ; date de naissance, plaque
case("actions", """Groupe « Équipe famille CS Grange aux Cerfs »
[10/04 09:12] Marine : RDV à 14h avec la maman de Jayden et le CPE de Paul Eluard
[10/04 09:14] Marine : pour la fiche d'inscription CLAS il me manque la date de naissance, la maman m'a dit 30/11/2011
[10/04 09:20] Moussa animateur : le CPE m'a dit que le beau-père attend Jayden devant le collège en scooter, immat GT-073-LB, et qu'il y a eu une embrouille avec un surveillant
[10/04 09:22] Marine : ok on en parle à 14h mais on ne donne pas l'immat au CPE, c'est pas notre rôle
[10/04 09:25] Moussa animateur : d'acc""",
    [("Marine", "prenom"), ("Jayden", "prenom"), ("Marine", "prenom"),
     ("30/11/2011", "date_naissance"), ("Moussa", "prenom"), ("Jayden", "prenom"),
     ("GT-073-LB", "plaque"), ("Marine", "prenom"), ("Moussa", "prenom")],
    note="« Marine » est ici un prénom (ailleurs un nom de salle). Les horodatages (10/04 09:12) ne sont pas des dates de naissance ; 30/11/2011 en est une. « Paul Eluard » = collège.")

# g79 — récit propre, Val-de-Marne (Choisy-le-Roi, Quartier Sud)
case("recit", """Un matin de février, deux appels se sont croisés au centre social du quartier Sud : celui d'une grand-mère qui élève ses deux petits-enfants et qui venait d'être convoquée par le collège Emile Zola pour « défaut de suivi », et celui de la CPE du même collège, qui cherchait à joindre « un adulte de la famille » depuis des semaines. La référente famille a compris que les convocations étaient envoyées à l'ancienne adresse de la mère. Elle a proposé à la grand-mère de l'accompagner au collège ; la CPE a mis à jour le dossier et expliqué l'ENT. La grand-mère suit désormais l'atelier numérique du centre le mardi.""",
    [],
    note="Propre : il est question d'une adresse sans qu'aucune adresse soit donnée.")

# g80 — appel retranscrit, Seine-Maritime (Fécamp, Parc du Ramponneau) ; date de naissance et courriel dictés
case("recit", """retranscription de l'appel de la maman (standard, vendredi après-midi) : je m'appelle Priscilla Dumont je suis la maman de Kylian Dumont il est né le douze février deux mille douze il est en 5e au collège Paul Bert et on l'a mis à la porte du cours de techno trois fois je voudrais que quelqu'un du centre vienne avec moi au rendez-vous avec le principal parce que moi ils m'écoutent pas vous pouvez m'envoyer un mail c'est priscilla tiret dumont arobase example point fr et j'habite au Ramponneau bâtiment les Mouettes au troisième""",
    [("Priscilla", "prenom"), ("Dumont", "nom"), ("Kylian", "prenom"), ("Dumont", "nom"),
     ("douze février deux mille douze", "date_naissance"),
     ("priscilla tiret dumont arobase example point fr", "courriel"),
     ("bâtiment les Mouettes", "residence"), ("troisième", "adresse")],
    note="Dictée : date de naissance et courriel en mots. « au troisième » = étage du logement (adresse), à ne pas confondre avec la classe de 3e. « Ramponneau » (QPV) non marqué.")

# g81 — enseignements propres, Isère (Saint-Marcellin, La Plaine)
case("enseignements", """Enseignements (centre social de Saint-Marcellin, quartier de La Plaine) : dans une petite ville, tout le monde se connaît ; le centre doit d'autant plus veiller à la confidentialité. Nous ne parlons jamais d'une famille à la sortie de l'école, ni au marché du samedi. La convention signée avec le collège en 2022 prévoit un point mensuel avec le principal, le premier lundi du mois, à 17h30 ; c'est ce rendez-vous régulier, plus que les crises, qui a construit la confiance.""",
    [],
    note="Propre.")

# g82 — fiche pour le livret avec légendes de photos, Val-de-Marne (Bonneuil-sur-Marne, Fabien)
case("description", """Fiche pour le livret : « Jardiner à l'école » (Bonneuil-sur-Marne, quartier Fabien)
Depuis 2022, le centre social et l'école élémentaire Romain Rolland A cultivent un potager partagé dans la cour de l'école. Les parents viennent le mercredi matin avec les enfants du CLAS ; les récoltes sont cuisinées lors d'un repas partagé en juin. Le projet est soutenu par la Ville de Bonneuil et le REAAP du Val-de-Marne.
Légende de la photo 3 : Ange, Victoire et Soleil (CE2) arrosent les tomates avec la maman de Victoire, Mme Ngoma.
Légende de la photo 4 : le potager en mai, vu depuis la salle 6.""",
    [("Ange", "prenom"), ("Victoire", "prenom"), ("Soleil", "prenom"), ("Victoire", "prenom"),
     ("Ngoma", "nom")],
    note="Prénoms-mots (Ange, Victoire, Soleil) employés comme prénoms d'enfants dans une légende : marqués. « Romain Rolland A » = école.")

# g83 — description propre, Gironde (Bordeaux, Saint-Michel) ; les mêmes mots employés comme mots
case("description", """« Soleil levant » – accueil des parents primo-arrivants à Saint-Michel (Bordeaux)
Chaque lundi matin, le centre social Saint-Michel, à deux pas de la place de la Victoire, accueille les parents nouvellement arrivés en France dont les enfants sont inscrits dans les écoles du quartier ou au collège Léonard Lenoir. Un « ange gardien » — un parent déjà installé, bénévole — fait visiter l'école, le quartier et la médiathèque. L'équipe explique de façon claire le fonctionnement de l'école française : la cantine, Pronote, le carnet de liaison, les vacances de la Toussaint, de Noël et de Pâques. Résultat 2023-2024 : 37 familles accueillies, de 19 nationalités. Partenaires : CASNAV de l'académie de Bordeaux, Ville de Bordeaux, association Pierre Angulaire.""",
    [],
    note="Propre, jumeau de g82 : Soleil, Victoire, ange, claire, Noël, Pierre, Léonard employés comme mots, lieux, fêtes ou noms d'établissement/association.")

# g84 — récit, Haute-Garonne (Saint-Gaudens, Cœur de Ville) ; métier identifiant, plaque d'un enseignant
case("recit", """Saint-Gaudens, novembre. Le père d'Hugo, élève de 4e au collège Didier Daurat et maître-nageur à la piscine municipale, est venu au centre social du Cœur de Ville : il estime que le professeur d'EPS « s'acharne » sur son fils. Le principal, de son côté, nous a appelés : le père aurait attendu l'enseignant sur le parking du collège et relevé la plaque de sa voiture (CZ-220-AB) en menaçant de « la publier ». Nous avons reçu le père seul, puis proposé une rencontre au collège avec le principal et l'enseignant, en présence de la directrice du centre. Le père a accepté de présenter des excuses ; le principal a maintenu une rencontre trimestrielle avec la famille.""",
    [("Hugo", "prenom"), ("maître-nageur à la piscine municipale", "autre"),
     ("CZ-220-AB", "plaque")],
    note="« Hugo » est ici un prénom d'élève (alors que « Victor Hugo » ailleurs est un nom d'école). Métier unique dans une petite ville : autre. La plaque de l'enseignant l'identifie.")

# g85 — actions propres, Seine-Maritime (Grand-Couronne, Les Bouttières)
case("actions", """Compte rendu succinct – actions 2023-2024 (centre social des Bouttières, Grand-Couronne)
• 3 rencontres à trois (famille, établissement, centre) ;
• 1 refus d'intervenir (conflit relevant d'une procédure judiciaire) ;
• 5 orientations vers la médiatrice de l'Éducation nationale ou le Défenseur des droits ;
• 2 réunions avec le principal du collège et la coordonnatrice du réseau d'éducation prioritaire ;
• participation au Printemps des parents (avril, Métropole Rouen Normandie).""",
    [],
    note="Propre : bilan chiffré, institutions.")

# g86 — bilan personnel en minuscules, Essonne (Évry-Courcouronnes, Champtier du Coq)
case("enseignements", """bilan perso (amandine, animatrice) : j'ai trop pris parti pour la maman de jessy au début, parce que je la connais depuis le foot. la cpe du collège paul fort me l'a fait remarquer et elle avait raison. ce que je retiens : passer le relais à christophe (directeur) quand je connais trop la famille. jessy va mieux, il a eu son brevet blanc. la maman, mme da silva, m'envoie encore des sms sur mon portable perso (06 39 98 74 21), faut que j'arrête de répondre le soir.""",
    [("amandine", "prenom"), ("jessy", "prenom"), ("christophe", "prenom"), ("jessy", "prenom"),
     ("da silva", "nom"), ("06 39 98 74 21", "telephone")],
    note="Minuscules. « paul fort » (collège d'Évry, en minuscules) non marqué ; « brevet blanc » non marqué.")

# g87 — récit propre, Moselle (Fameck, Rémelange)
case("recit", """Un désaccord sur la natation : une maman refusait que sa fille de CM1 participe au cycle natation de l'école, pour des raisons qu'elle ne voulait pas expliquer à l'enseignante. L'enseignante, qui connaît la référente famille du centre social de Rémelange par les sorties du mercredi, lui a demandé si elle pouvait « parler à la maman ». La référente a d'abord reçu la maman, qui a expliqué sa crainte : sa fille ne sait pas nager et a peur de l'eau. Avec son accord, elle a organisé un rendez-vous avec l'enseignante et la conseillère pédagogique EPS de la circonscription. Une séance de découverte à la piscine de Fameck un samedi, avec la maman, a débloqué la situation.""",
    [],
    note="Propre : niveau scolaire sans âge ni nom.")

# g88 — récit, Isère (Saint-Martin-d'Hères, Renaudie) ; trouble nommé, n° MDPH
case("recit", """La situation concerne Arman Hovsepyan, 11 ans, en 6e au collège Henri Wallon, qui présente un trouble du spectre autistique. Ses parents, M. et Mme Hovsepyan, arrivés d'Arménie en 2019, se sont adressés au centre social de la Renaudie, à Saint-Martin-d'Hères, parce que le collège a réduit l'emploi du temps d'Arman aux matinées en attendant l'arrivée d'une AESH, malgré la notification MDPH (dossier n° 38-2023-018846). Le principal, de son côté, a demandé au centre s'il pouvait accueillir l'enfant les après-midi. Le centre a refusé de se substituer à la scolarité, mais a accompagné les parents dans leur courrier à l'inspection et proposé une réunion avec l'enseignante référente, Mme Martin.""",
    [("Arman", "prenom"), ("Hovsepyan", "nom"), ("11 ans", "age_classe_ecole"),
     ("trouble du spectre autistique", "autre"), ("Hovsepyan", "nom"), ("Arman", "prenom"),
     ("38-2023-018846", "identifiant"), ("Martin", "nom", "Mme ")],
    note="Trouble nommé d'un enfant nommé : autre. N° de dossier MDPH : identifiant. « Henri Wallon » = collège ; « 2019 » non marqué. « Martin » nom de l'enseignante (marqué) mais pas dans « Saint-Martin-d'Hères » (commune, exception déclarée).",
    unmarked_ok=["Martin"])

# g89 — fiche pratique propre, Essonne (Ris-Orangis, Le Plateau)
case("description", """Fiche pratique : « Le relais numérique des parents » – Ris-Orangis
Porteur : centre social du Plateau, 5 place Jacques Brel, 91130 Ris-Orangis. Partenaire : collège Albert Camus.
Constat : beaucoup de parents n'arrivaient pas à se connecter à l'ENT ni à Pronote, et le collège ne pouvait pas les joindre.
Action : deux permanences par semaine au centre (mardi 17h-19h, samedi 10h-12h) avec un conseiller numérique France Services ; création des comptes EduConnect avec les parents ; atelier « messagerie de l'ENT ».
Résultats : 64 comptes activés en 2023-2024 ; le collège constate deux fois moins de courriers revenus.
Contact : le standard du centre, 01 99 00 58 20 ; au collège, le secrétariat (ce.0910049J@ac-versailles.fr).""",
    [],
    note="Propre. Adresse et code postal du centre (pas un domicile), standard du centre et boîte générique du collège (ce.UAI@ac-…) non marqués.")

# g90 — SMS recopiés, Moselle (Yutz, Terrasses des Provinces) ; +33 (0)
case("actions", """Échange de SMS entre l'animatrice du centre social des Terrasses et la maman de Léo (recopié pour le dossier, avec l'accord de la maman) :
— Bonjour Mme Lambert, c'est Julie du centre. La CPE du collège Jean Mermoz propose un rdv jeudi 17h, ça vous va ?
— Oui mais je finis le travail à 17h, je peux à 17h30. Mon autre numéro c'est le +33 (0)6 39 98 48 93 si vous n'arrivez pas à me joindre.
— Je transmets. Léo peut venir au CLAS mercredi en attendant ?
— oui merci julie""",
    [("Léo", "prenom"), ("Lambert", "nom"), ("Julie", "prenom"),
     ("+33 (0)6 39 98 48 93", "telephone"), ("Léo", "prenom"), ("julie", "prenom")],
    note="Format « +33 (0)6 ». Prénom de l'animatrice écrit avec et sans majuscule.")

# g91 — enseignements propres, Seine-Maritime (Le Havre)
case("enseignements", """À retenir pour le livret (groupe de travail du 14 mai, Le Havre) :
— la neutralité n'est pas l'indifférence : le centre peut dire à une famille qu'il comprend sa colère sans dire que l'école a tort ;
— un conflit ancien avec l'école (remontant parfois à la scolarité des parents eux-mêmes) pèse sur la relation : le nommer aide ;
— les enseignants aussi ont besoin d'un lieu pour dire leur fatigue : la « Pause café des profs » du collège Théophile Gautier, tous les premiers mardis, en est un exemple.
Lecture conseillée par le groupe : Philippe Meirieu, « Frankenstein pédagogue ».""",
    [],
    note="Propre. Auteur cité comme personnalité publique (non marqué).")

# g92 — rapport long non anonymisé, Val-de-Marne (Ivry-sur-Seine, Gagarine)
case("recit", """Rapport de situation transmis à la fédération (version non anonymisée – NE PAS DIFFUSER)
Famille : M. Abdoulaye Sissoko et Mme Mariam Sissoko, née Coulibaly, 21 rue des Iris, 94200 Ivry-sur-Seine
Enfants : Aïssata (née le 02/02/2014, CM2 à l'école Joliot-Curie A) et Mamadou (6e, collège Henri Wallon)
Contact : 01 99 00 87 36 (fixe) ; m . sissoko @ example . org
Situation : depuis la rentrée, Aïssata refuse d'aller à l'école le jeudi. La directrice a convoqué les parents et évoqué une information préoccupante. Mme Sissoko est venue au centre, très inquiète, en demandant qu'on « parle à la directrice ». La directrice, de son côté, a sollicité le centre, où Aïssata est inscrite au CLAS, pour savoir « ce qui se passe à la maison ». Le centre a proposé aux parents et à la directrice une rencontre au centre, avec la psychologue scolaire. Il est apparu que le jeudi, Aïssata a piscine et n'ose pas dire qu'elle ne sait pas nager.""",
    [("Abdoulaye", "prenom"), ("Sissoko", "nom"), ("Mariam", "prenom"), ("Sissoko", "nom"),
     ("Coulibaly", "nom"), ("21 rue des Iris", "adresse"), ("94200", "code_postal"),
     ("Aïssata", "prenom"), ("02/02/2014", "date_naissance"), ("Mamadou", "prenom"),
     ("01 99 00 87 36", "telephone"), ("m . sissoko @ example . org", "courriel"),
     ("Aïssata", "prenom"), ("Sissoko", "nom"), ("Aïssata", "prenom"), ("Aïssata", "prenom")],
    note="Nom de naissance (« née Coulibaly »). Fixe du domicile marqué (même indicatif que des standards ailleurs : le contexte décide). Courriel avec espaces autour de @ et des points.")

# g93 — description propre, Isère (Le Pont-de-Claix, Îles de Mars)
case("description", """« Îles de Mars, îles aux trésors » – Le Pont-de-Claix
Depuis 2021, le centre social des Îles de Mars et les deux écoles du quartier mènent un parcours d'éducation artistique autour du conte : lectures en classe de CP et de CE1, ateliers parents-enfants au centre le mercredi, spectacle final à l'Amphithéâtre du Pont-de-Claix en juin. Une conteuse de la compagnie Pierre de Lune intervient six fois dans l'année. Les parents ont écrit un recueil, « Contes de Mars et d'ailleurs », traduit en arabe, en turc et en portugais. Financement : DRAC Auvergne-Rhône-Alpes, Ville du Pont-de-Claix, CAF de l'Isère.""",
    [],
    note="Propre. « Mars » (QPV, mois, prénom de la liste INSEE), « Pierre de Lune » (compagnie).")

# g94 — note d'appel tout en capitales, Gironde (Coutras)
case("recit", """APPEL DU 14/03 – MME GUERIN (MAMAN DE NOÉ, 10 ANS, CM2 ÉCOLE DU CENTRE À COUTRAS) : CONTESTE LE PASSAGE EN ÉQUIPE ÉDUCATIVE. RAPPELER AU 05 36 49 64 02 APRÈS 18H. LA DIRECTRICE A AUSSI APPELÉ LE CENTRE. → RDV À TROIS PROPOSÉ.""",
    [("GUERIN", "nom"), ("NOÉ", "prenom"), ("10 ANS", "age_classe_ecole"),
     ("05 36 49 64 02", "telephone")],
    note="Capitales, note d'appel. « 14/03 » (date de l'appel) et « 18H » non marqués.")

# g95 — récit propre, Haute-Garonne (Toulouse, Empalot)
case("recit", """Une situation de harcèlement au collège : une élève de 5e recevait des moqueries en classe et sur un groupe de messagerie. Sa mère est venue au centre social d'Empalot ; quelques jours plus tôt, le professeur principal avait demandé à l'animatrice jeunesse, qui intervient au collège pour la prévention, si elle avait « entendu parler de quelque chose ». Le centre a accompagné la mère au rendez-vous avec la CPE et les référents harcèlement (programme pHARe). Le collège a mis en place la méthode de la préoccupation partagée ; l'animatrice a animé deux séances sur le cyberharcèlement dans la classe en mars, avec l'accord du collège et des familles. Les moqueries ont cessé en avril ; la mère reste vigilante.""",
    [],
    note="Propre : récit en rôles.")

# g96 — fiche d'orientation PRE, Seine-Maritime (Oissel, Oissel sur Seine Nord)
case("actions", """FICHE D'ORIENTATION VERS LE PRE – Oissel
Nom de famille : EL MANSOURI
Prénoms des enfants : Ayoub (12 ans – 5e – collège Jean Charcot) ; Salma (8 ans – CE2)
Parent : Mme El Mansouri Khadija
Adresse : 4 rue Pierre Corneille, 76350 Oissel
N° allocataire : 0987412
Motif : absentéisme d'Ayoub, tensions entre la maman et le collège
Orienté par : centre social, à la demande conjointe de la maman et de la CPE
Actions : 1) entretien avec la maman le 12/03 ; 2) rencontre au collège le 19/03 ; 3) présentation en équipe pluridisciplinaire de soutien du PRE le 04/04.""",
    [("EL MANSOURI", "nom"), ("Ayoub", "prenom"), ("12 ans", "age_classe_ecole"),
     ("Salma", "prenom"), ("8 ans", "age_classe_ecole"), ("El Mansouri", "nom"),
     ("Khadija", "prenom"), ("4 rue Pierre Corneille", "adresse"), ("76350", "code_postal"),
     ("0987412", "identifiant"), ("Ayoub", "prenom")],
    note="Nom à particule arabe (« El Mansouri ») en capitales puis en casse mixte. Rue au nom d'une personnalité = domicile (adresse). « Jean Charcot » = collège.")

# g97 — courriel d'une salariée avec bloc signature, Val-de-Marne (Créteil, Petit Pré - Sablières)
case("actions", """Bonjour à toutes et tous,
Suite à la rencontre d'hier au collège Simone de Beauvoir, voici les actions décidées :
1. le centre accueille la maman au point écoute le mardi ;
2. la CPE transmet au centre les dates des conseils de classe ;
3. une rencontre de bilan est fixée au 6 juin.
Bonne journée,
--
Amélie Joubert-Nascimento
Coordinatrice familles – Centre social des Sablières
Tél. direct : 01 99 00 23 48 – Portable : 06 39 98 02 71
amelie.joubert@example.org
Accueil du centre : 01 99 00 23 00 – accueil@cs-sablieres.example.org""",
    [("Amélie", "prenom"), ("Joubert-Nascimento", "nom"), ("01 99 00 23 48", "telephone"),
     ("06 39 98 02 71", "telephone"), ("amelie.joubert@example.org", "courriel")],
    note="Signature : la ligne directe, le portable et l'adresse nominative de la salariée sont marqués ; le standard et l'adresse d'accueil du centre, juste en dessous, ne le sont pas.")

# g98 — lettre d'information, Moselle (Metz, La Patrotte) ; « Noël » nom et fête
case("description", """Lettre d'info n° 12 – Centre social de la Patrotte (Metz-Nord)
Zoom sur une pratique : l'aide aux devoirs « Passerelle Patrotte »
Depuis 2020, des étudiants bénévoles de l'université de Lorraine accompagnent les collégiens de Paul Verlaine deux soirs par semaine au centre. La coordination est assurée par Bernadette Noël, bénévole et ancienne professeure de lettres, joignable au 03 53 01 67 25 ou par mail : bernadette.noel57@example.fr. À Noël, les familles sont invitées à un goûter avec les enseignants du collège.""",
    [("Bernadette", "prenom"), ("Noël", "nom", "Bernadette "), ("03 53 01 67 25", "telephone"),
     ("bernadette.noel57@example.fr", "courriel")],
    note="« Noël » nom de famille (marqué) puis fête (« À Noël », non marqué, exception déclarée).",
    unmarked_ok=["Noël"])

# g99 — enseignements propres, Essonne (Vigneux-sur-Seine, La Croix Blanche)
case("enseignements", """Ce que nous retenons (centre social de la Croix Blanche, Vigneux-sur-Seine) : 1) un conflit parent-école qui arrive au centre est souvent le signe d'un lien qui n'existe pas encore entre la famille et l'école ; 2) le centre peut être le lieu où ce lien se crée, à condition de ne pas s'y substituer ; 3) la présence du centre aux réunions de rentrée du collège, en septembre, permet ensuite aux parents de l'identifier comme un tiers ; 4) un document d'une page, « À qui s'adresser au collège ? », a été distribué à 200 familles.""",
    [],
    note="Propre.")

# g100 — une ligne, Haute-Garonne (Toulouse)
case("recit", """Appel de la maman d'Anaïs Ferrand (3e, collège George Sand) : conflit avec le professeur principal sur l'orientation, rappeler au 05.36.49.10.88.""",
    [("Anaïs", "prenom"), ("Ferrand", "nom"), ("05.36.49.10.88", "telephone")],
    note="Une ligne. « George Sand » = collège (pseudonyme d'une personnalité).")


# ---------------------------------------------------------------------------
# Calcul des positions, contrôles, écriture
# ---------------------------------------------------------------------------
def _is_word_char(c):
    return c.isalnum() or c == "_"


def find_bounded(text, needle, start):
    """Première occurrence de needle à partir de start, qui ne coupe pas un mot :
    si needle commence (finit) par un caractère de mot, le caractère précédent
    (suivant) ne doit pas en être un."""
    i = text.find(needle, start)
    while i != -1:
        j = i + len(needle)
        ok_left = not (_is_word_char(needle[0]) and i > 0 and _is_word_char(text[i - 1]))
        ok_right = not (_is_word_char(needle[-1]) and j < len(text) and _is_word_char(text[j]))
        if ok_left and ok_right:
            return i
        i = text.find(needle, i + 1)
    return -1


def build():
    errors = []
    out = []
    if len(CASES) > 999:
        errors.append("trop de textes")
    for n, c in enumerate(CASES, 1):
        cid = "g%02d" % n
        text = c["text"]
        if c["kind"] not in TEXT_KINDS:
            errors.append(f"{cid}: type de texte inconnu {c['kind']!r}")
        items = []
        cursor = 0
        for it in c["items"]:
            it_text, it_kind = it[0], it[1]
            left = it[2] if len(it) > 2 else None
            if it_kind not in ITEM_KINDS:
                errors.append(f"{cid}: type d'élément inconnu {it_kind!r}")
            if it_text != it_text.strip() or not it_text:
                errors.append(f"{cid}: élément avec espaces en bord {it_text!r}")
            pos = find_bounded(text, it_text, cursor)
            if pos < 0:
                errors.append(f"{cid}: élément introuvable après {cursor}: {it_text!r}")
                continue
            if left is not None and text[max(0, pos - len(left)):pos] != left:
                errors.append(f"{cid}: {it_text!r} en {pos} n'est pas précédé de {left!r}")
            items.append({"text": it_text, "kind": it_kind, "start": pos})
            cursor = pos + len(it_text)
        # tri (déjà dans l'ordre) et non-chevauchement
        items.sort(key=lambda d: d["start"])
        for a, b in zip(items, items[1:]):
            if a["start"] + len(a["text"]) > b["start"]:
                errors.append(f"{cid}: chevauchement {a['text']!r} / {b['text']!r}")
        # toute occurrence d'un texte marqué doit être marquée
        spans = [(d["start"], d["start"] + len(d["text"])) for d in items]
        for t in sorted({d["text"] for d in items}):
            if t in c["unmarked_ok"]:
                continue
            p = find_bounded(text, t, 0)
            while p >= 0:
                e = p + len(t)
                if not any(s <= p and e <= f for s, f in spans):
                    errors.append(f"{cid}: occurrence non marquée de {t!r} en {p}")
                p = find_bounded(text, t, p + 1)
        out.append({"id": cid, "kind": c["kind"], "text": text, "items": items,
                    "note": c["note"]})
    return out, errors


def main():
    corpus, errors = build()
    if errors:
        for e in errors:
            print("ERREUR", e, file=sys.stderr)
        sys.exit(1)

    n_texts = len(corpus)
    with_items = [c for c in corpus if c["items"]]
    clean = [c for c in corpus if not c["items"]]
    kinds = Counter(i["kind"] for c in corpus for i in c["items"])
    n_items = sum(kinds.values())
    contact = kinds["telephone"] + kinds["courriel"]

    # exigences du cahier des charges
    problems = []
    if n_texts != 100:
        problems.append(f"{n_texts} textes (100 attendus)")
    if len(with_items) < 58:
        problems.append(f"{len(with_items)} textes avec éléments (>= 58)")
    if len(clean) < 42:
        problems.append(f"{len(clean)} textes propres (>= 42)")
    if n_items < 320:
        problems.append(f"{n_items} éléments (>= 320)")
    if contact < 25:
        problems.append(f"{contact} téléphones + courriels (>= 25)")
    missing = [k for k in ITEM_KINDS if kinds[k] == 0]
    if missing:
        problems.append("types absents : " + ", ".join(missing))
    if problems:
        for p in problems:
            print("EXIGENCE NON TENUE", p, file=sys.stderr)
        sys.exit(1)

    data = json.dumps(corpus, ensure_ascii=False, indent=1) + "\n"
    raw = data.encode("utf-8")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.json")
    with open(path, "wb") as f:
        f.write(raw)

    tk = Counter(c["kind"] for c in corpus)
    tk_clean = Counter(c["kind"] for c in clean)
    print(f"textes : {n_texts}  (avec éléments : {len(with_items)}, propres : {len(clean)})")
    for k in TEXT_KINDS:
        print(f"  {k:<14} {tk[k]:>3}  dont propres {tk_clean[k]:>3}")
    print(f"éléments : {n_items}  (téléphones + courriels : {contact})")
    for k in ITEM_KINDS:
        print(f"  {k:<17} {kinds[k]:>4}")
    print("sha256 corpus.json :", hashlib.sha256(raw).hexdigest())


if __name__ == "__main__":
    main()
