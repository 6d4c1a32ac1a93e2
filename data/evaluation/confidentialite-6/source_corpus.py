#!/usr/bin/env python3
"""Corpus d'évaluation « de l'extérieur » pour le contrôle de pseudonymisation de Passerelles.

Python 3.11, bibliothèque standard uniquement.

Chaque texte porte ses éléments identifiants jugés à la main, sous la forme
(texte exact, type) ou (texte exact, type, occurrence). Le script calcule lui-même
les positions (`start`) : recherche exacte, sensible à la casse, bornée par des
caractères non alphanumériques (ou le début / la fin du texte). Quand le texte d'un
élément figure plusieurs fois, `occurrence` (0 = première occurrence bornée) dit
laquelle est visée ; chaque occurrence identifiante est un élément distinct.
Le script refuse les éléments introuvables, les occurrences inexistantes, les doublons
et les chevauchements, puis écrit corpus.json et vérifie text[start:start+len] == item.

Usage : python3 source_corpus.py   (écrit corpus.json à côté de ce fichier)
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

KINDS_TEXT = ("recit", "actions", "enseignements", "description")
KINDS_ITEM = (
    "prenom", "nom", "initiale", "adresse", "residence", "code_postal",
    "age_classe_ecole", "date_naissance", "telephone", "courriel",
    "pseudo_reseau", "plaque", "identifiant", "autre",
)

CORPUS: list[dict] = []


def T(kind: str, text: str, items: list[tuple], note: str) -> None:
    CORPUS.append({"kind": kind, "text": text, "items": items, "note": note})


# ---------------------------------------------------------------------------
# Les textes. Ordre libre ; les identifiants f01, f02… sont attribués dans l'ordre.
# ---------------------------------------------------------------------------

T("recit",
  """Situation signalée le 14 novembre par la mère de Wassim B., élève de 6e au collège Baudelaire (Roubaix, REP+). Wassim, 11 ans, a été exclu trois jours après une altercation dans la cour. Mme Bensalem dit ne pas avoir été prévenue avant la sanction ; le CPE affirme avoir laissé deux messages sur le répondeur. La famille habite 27 rue de l'Alma, 59100 Roubaix, bâtiment C, 3e étage. La référente famille a reçu la mère le 18 novembre puis a proposé une rencontre au centre social avec le CPE et le professeur principal, que le collège a acceptée.""",
  [("Wassim", "prenom", 0), ("B.", "initiale"), ("Wassim", "prenom", 1),
   ("11 ans", "age_classe_ecole"), ("Bensalem", "nom"),
   ("27 rue de l'Alma", "adresse"), ("59100", "code_postal"),
   ("bâtiment C", "residence"), ("3e étage", "adresse")],
  "Rapport formel. Âge + 6e + collège Baudelaire : l'âge est marqué. Le code postal est marqué car il fait partie de l'adresse du domicile ; « Roubaix » ne l'est pas. « 3e étage » (étage du logement) est un complément d'adresse, à ne pas confondre avec le niveau « 6e ».")

T("actions",
  """---------- Message transféré ----------
De : Samia Haddouche <samia.haddouche@example.org>
Date : mar. 7 mars 2023 à 16:42
Objet : RE: rdv famille Demir / collège Mendès France
À : accueil@cs-labourgogne.example.org

Bonjour,
Suite à notre échange, j'ai rappelé Mme Victoire Lefort (la maman, 06 39 98 27 14) pour fixer le rendez-vous du jeudi 16 mars à 17h en salle 2 du centre. La principale adjointe sera présente. Pensez à réserver l'interprète en turc pour le beau-père, M. Yusuf Demir, qui lit peu le français.
Bien à vous,

Samia Haddouche
Référente familles – Centre social La Bourgogne, Tourcoing
Standard : 03 53 01 44 20""",
  [("Samia", "prenom", 0), ("Haddouche", "nom", 0),
   ("samia.haddouche@example.org", "courriel"), ("Demir", "nom", 0),
   ("Victoire", "prenom"), ("Lefort", "nom"), ("06 39 98 27 14", "telephone"),
   ("Yusuf", "prenom"), ("Demir", "nom", 1),
   ("Samia", "prenom", 1), ("Haddouche", "nom", 1)],
  "Courriel transféré avec signature. Le nom d'une salariée est identifiant comme celui d'une famille. L'adresse générique accueil@ du centre et le standard du centre sont institutionnels : non marqués. « Mendès France » (collège) et « La Bourgogne » (QPV de Tourcoing) ne sont pas des personnes.")

T("recit",
  """[09:12] Nadia anim: la maman de Lina est passée ce matin, très énervée contre la maîtresse de CE2 de l'école des Olives
[09:13] Nadia anim: elle dit que Lina se fait traiter tous les jours par 2 garçons et que personne fait rien
[09:15] Tarek coordo: ok on la reçoit qd ? elle a laissé un num ?
[09:16] Nadia anim: oui 07 00 41 25 63 c'est celui du papa, M. Ouali
[09:20] Tarek coordo: je préviens la directrice, on propose lundi 14h au centre, pas à l'école, elle veut plus y mettre les pieds
[09:21] Nadia anim: 👍 elle habite aux Lauriers tour B, je peux passer lui dire ce soir""",
  [("Nadia", "prenom", 0), ("Lina", "prenom", 0), ("Nadia", "prenom", 1),
   ("Lina", "prenom", 1), ("Tarek", "prenom", 0), ("Nadia", "prenom", 2),
   ("07 00 41 25 63", "telephone"), ("Ouali", "nom"), ("Tarek", "prenom", 1),
   ("Nadia", "prenom", 3), ("Lauriers", "residence"), ("tour B", "residence")],
  "Fil WhatsApp (Marseille 13e). Les prénoms des locuteurs (salariés) sont marqués à chaque occurrence. « Les Lauriers » désigne ici la cité (ensemble d'habitat) où vit la famille, avec la tour : résidence. « Les Olives » est un QPV / nom d'école : non marqué. Pas d'âge donné.")

T("enseignements",
  """Ce qui a aidé : recevoir la mère et la directrice de l'école Jean-Zay ensemble, au centre social et non à l'école, sur un créneau après 16h30. Le médiateur de réussite scolaire du réseau REP+ de Bellevue a joué un rôle clé. Prudence cependant : le centre ne doit pas devenir l'avocat de la famille. À retenir pour le livret (chapitre « Posture », p. 12) : annoncer dès le départ les limites de notre rôle, et proposer un deuxième rendez-vous à trois semaines.""",
  [],
  "Propre. Pièges : « Prudence » (prénom INSEE) en début de phrase, école au nom de personne, QPV Bellevue (Nantes), numéro de page.")

T("description",
  """« Café des parents » au collège Jean Jaurès (Villeurbanne) : chaque premier mardi du mois, de 8h15 à 9h30, la référente famille du centre social des Buers et la CPE accueillent les parents dans la salle 014, à côté de la vie scolaire. Entre 12 et 25 parents par séance en 2023-2024, dont un tiers de parents non francophones ; une interprète en arabe et en turc est présente grâce au soutien de la CAF du Rhône (4 200 €). Les thèmes sont choisis par les parents : Pronote, orientation en 3e, réseaux sociaux, sommeil. Standard du collège pour les inscriptions : 04 65 71 20 80.""",
  [],
  "Propre. Standard d'un collège public (non identifiant), numéro de salle, montants, effectifs, QPV Les Buers.")

T("recit",
  """alors la maman madame ROUX olive elle est venue au centre mardi elle dit que son fils kylian en cm2 a l'ecole henri wallon il a 10 ans et que la maitresse l'a mis dehors de la classe plusieurs fois elle veut le changer d'ecole elle a pas de voiture le papa travaille de nuit elle nous a donne son numero zero six trente neuf quatre vingt dix huit zero sept onze et elle habite chemin de la ferme au 12 au mas du taureau on a dit qu'on appelait la directrice de l'ecole des demain""",
  [("ROUX", "nom"), ("olive", "prenom"), ("kylian", "prenom"),
   ("10 ans", "age_classe_ecole"),
   ("zero six trente neuf quatre vingt dix huit zero sept onze", "telephone"),
   ("chemin de la ferme au 12", "adresse")],
  "Texte dicté sans ponctuation ni accents (Vaulx-en-Velin). Prénoms en minuscules ; « olive » est un prénom ici. Téléphone en toutes lettres (06 39 98 07 11). « mas du taureau » est un quartier : non marqué. Âge + CM2 + école Henri-Wallon : âge marqué.")

T("actions",
  """- 3 rencontres tripartites (famille / collège Elsa Triolet / centre) entre janvier et mars
- orientation vers le PRE de Saint-Denis et vers la Maison des parents
- accompagnement de la mère au conseil de discipline du 21 mars (salle B12)
- appel au standard du collège (01 99 00 31 58) pour obtenir un créneau avec la principale
- relais vers le dispositif « Ouvrir l'École aux Parents pour la Réussite des Enfants » (OEPRE)
- point d'étape avec la fédé le 4 avril""",
  [],
  "Propre. Liste à puces ; standard du collège (institutionnel), salle B12, dispositifs publics.")

T("recit",
  """FICHE SITUATION – CS Les Aygalades
Nom : TRAORÉ
Prénom (parent) : Aminata
Prénom (enfant) : Moussa
Né le : 03/09/2015
Classe : CM1 – école élémentaire Aygalades Oasis
Adresse : 8 bd Ledru-Rollin, 13015 Marseille
Tél : 06.39.98.52.07
N° allocataire CAF : 2718364
Motif : la maman conteste un signalement de l'école pour absentéisme (14 demi-journées en octobre). Elle dit que Moussa était malade et qu'elle a donné les certificats à l'accueil.""",
  [("TRAORÉ", "nom"), ("Aminata", "prenom"), ("Moussa", "prenom", 0),
   ("03/09/2015", "date_naissance"), ("8 bd Ledru-Rollin", "adresse"),
   ("13015", "code_postal"), ("06.39.98.52.07", "telephone"),
   ("2718364", "identifiant"), ("Moussa", "prenom", 1)],
  "Formulaire « Nom : … Prénom : … ». Pas d'âge explicite (la date de naissance est marquée comme telle). « Aygalades » est un quartier / QPV : non marqué. Le numéro d'allocataire CAF est un identifiant personnel.")

T("enseignements",
  """Julien Meyer 10:02
Pour moi l'enseignement principal c'est qu'on a trop tardé à appeler le collège Hans Arp.
Fatoumata Diallo 10:05
+1. Et ne plus jamais donner mon 06 perso aux familles, Mme Schmitt m'a appelée un dimanche à 22h 😅
Julien Meyer 10:07
On note : passer par le standard du centre (03 53 01 67 00) et la messagerie pro. Pas de WhatsApp avec les parents.
Fatoumata Diallo 10:09
Ok. Et pour la famille Schmitt on clôture en juin ?""",
  [("Julien", "prenom", 0), ("Meyer", "nom", 0), ("Fatoumata", "prenom", 0),
   ("Diallo", "nom", 0), ("Schmitt", "nom", 0), ("Julien", "prenom", 1),
   ("Meyer", "nom", 1), ("Fatoumata", "prenom", 1), ("Diallo", "nom", 1),
   ("Schmitt", "nom", 1)],
  "Fil Teams (Strasbourg). Noms des locuteurs (salariés) marqués à chaque occurrence. « mon 06 perso » sans numéro : rien à marquer. Standard du centre : institutionnel. « Hans Arp » : collège au nom d'une personnalité.")

T("description",
  """Les « Mercredis passerelles » : depuis 2021, l'animatrice CLAS Claire Boulanger et un professeur de français du collège Sophie Germain co-animent un atelier d'écriture au centre social, salle Nelson-Mandela, un mercredi sur deux de 14h à 16h. Claire a construit la progression avec l'enseignant à partir des albums de Claude Ponti et d'une exposition du Lieu Unique. 14 élèves de 6e en 2023, 11 en 2024, dont 4 élèves allophones. Ce qui a aidé : un temps de préparation commun de 30 minutes avant chaque séance. Contact : claire.boulanger@example.net""",
  [("Claire", "prenom", 0), ("Boulanger", "nom"), ("Claire", "prenom", 1),
   ("claire.boulanger@example.net", "courriel")],
  "Bonne pratique citant une salariée par son nom (Nantes). Claude Ponti (auteur publié), Nelson Mandela (nom de salle), Sophie Germain (collège) : personnalités publiques, non marquées. Le courriel nominatif est marqué d'un seul tenant.")

T("recit",
  """La mère d'un élève de 4e du collège Les Escholiers de La Mosson est venue à l'accueil du centre social en octobre : son fils avait été exclu de cours à plusieurs reprises et elle ne comprenait pas pourquoi. Le même mois, le CPE a sollicité la directrice du centre pour « renouer le contact » avec la famille, qu'il n'arrivait plus à joindre. Le centre s'est donc retrouvé sollicité des deux côtés. La directrice a proposé une rencontre à trois dans la salle polyvalente du centre, un jeudi à 17h, avec le médiateur du programme de réussite éducative de Montpellier. Issue : la mère a retrouvé un interlocuteur au collège, l'élève a été suivi par le dispositif relais de la Paillade pendant six semaines.""",
  [],
  "Propre. Récit complet avec niveau + collège nommé mais sans âge ni nom : non identifiant au sens du contrôle.")

T("actions",
  """rdv pris ac la mère d'Ilyes mardi 17h o centre. jlui ai filé le num de l'assistante sociale du collège (standard 01 99 00 27 40). elle m'a envoyé son mail : kenza.ait (at) example point com. le père veut pa venir, il dit ke c la faute du prof de sport. a rappeler : 07 00 58 14 92 (apres 18h). Ilyes redouble pas finalement""",
  [("Ilyes", "prenom", 0), ("kenza.ait (at) example point com", "courriel"),
   ("07 00 58 14 92", "telephone"), ("Ilyes", "prenom", 1)],
  "Style SMS (Sevran). Courriel déguisé « (at) … point com » marqué en entier. Standard du collège : institutionnel, non marqué ; portable de la mère : marqué.")

T("enseignements",
  """CE QU'ON RETIENT : 1) NE JAMAIS RECEVOIR UN SEUL COTE SANS PREVENIR L'AUTRE. 2) LE CENTRE N'EST PAS UN TRIBUNAL. 3) S'APPUYER SUR LA CPE ET SUR L'ASSISTANTE SOCIALE SCOLAIRE DU COLLEGE ROSA PARKS (MARSEILLE 15E). 4) GARDER UNE TRACE ECRITE DE CHAQUE RDV, SANS NOMS. 5) DEMANDER L'APPUI DE LA FEDE 13 SI CA S'ENVENIME. VU EN REUNION D'EQUIPE DU 7 MARS, 12 PRESENTS SUR 15.""",
  [],
  "Propre, tout en capitales. « ROSA PARKS » (collège), « MARSEILLE 15E », « FEDE 13 ».")

T("description",
  """Club « Coup de Pouce Clé » à l'école Jules Guesde (Roubaix) : quatre soirs par semaine, de 16h30 à 18h, cinq élèves de CP repérés par leur enseignante sont accueillis par une animatrice du centre social. Les parents signent un contrat d'engagement lors d'une cérémonie d'ouverture en présence du directeur d'école, de l'IEN et de la coordinatrice de l'association Coup de Pouce. En 2023-2024 : 3 clubs, 15 enfants, 92 % d'assiduité. Les Petits Débrouillards interviennent une fois par trimestre. Financement : Ville de Roubaix et contrat de ville (QPV Nouveau Roubaix, code QP059083).""",
  [],
  "Propre. Associations (« Coup de Pouce », « Les Petits Débrouillards »), école au nom de personne, code QPV, pourcentages.")

T("recit",
  """la mere de rose (cm1 ecole jean mace) est venue a la permanence du lundi. elle dit que la maitresse, mme blanc, a humilie sa fille devant toute la classe. rose a 9 ans, elle pleure tous les matins avant l'ecole. le pere, m. fontaine, ne veut plus que la petite y retourne. ils habitent residence les tilleuls bat 4 a tourcoing (quartier des phalempins). on a propose un rdv avec la directrice et la psychologue scolaire.""",
  [("rose", "prenom", 0), ("blanc", "nom"), ("rose", "prenom", 1),
   ("9 ans", "age_classe_ecole"), ("fontaine", "nom"),
   ("residence les tilleuls", "residence"), ("bat 4", "residence")],
  "Tout en minuscules, sans accents (Tourcoing). Prénom et noms qui sont des mots courants (rose, blanc, fontaine). Le nom de l'enseignante est identifiant. Âge + CM1 + école Jean-Macé. « phalempins » est un QPV : non marqué.")

T("actions",
  """Mise en place d'un temps d'échange au centre socioculturel du Château (Rezé) avec la directrice de l'école Château Nord et deux enseignantes de CP. Rédaction commune d'un courrier d'invitation traduit en 4 langues (arabe, turc, roumain, dari). Réunion le mardi 5 décembre à 18h, salle Joséphine-Baker : 23 parents présents, 3 interprètes bénévoles. Compte rendu diffusé par l'école dans les cahiers de liaison. Deuxième réunion prévue en Mars avec le RASED.""",
  [],
  "Propre. QPV Château (Rezé), salle au nom d'une personnalité, mois en capitale (« Mars », aussi prénom INSEE).")

T("recit",
  """Double sollicitation en février. Le collège Angela Davis a appelé le centre social au sujet d'Inès, élève de 5e, moquée sur un compte Snapchat anonyme (« laverite_bobigny ») qui publiait des photos d'élèves. Inès a dû fermer son compte Instagram @ines.bby_93. Le même jour, la mère, Mme Chaouch, est venue demander que le centre « aille voir le principal » : elle accuse l'établissement de ne rien faire. Elle ignore que son fils aîné, Zyed, est soupçonné d'avoir menacé un autre élève sur TikTok (compte @zyed.93officiel). Le centre a refusé de transmettre quoi que ce soit d'un côté à l'autre et a proposé une rencontre avec la CPE et la référente harcèlement (programme pHARe).""",
  [("Inès", "prenom", 0), ("laverite_bobigny", "pseudo_reseau"),
   ("Inès", "prenom", 1), ("@ines.bby_93", "pseudo_reseau"),
   ("Chaouch", "nom"), ("Zyed", "prenom"), ("@zyed.93officiel", "pseudo_reseau")],
  "Harcèlement sur les réseaux (Bobigny). Le compte anonyme est celui d'une personne (auteur inconnu mais identifiable par la plateforme) : pseudo marqué. « Angela Davis » : collège. « pHARe » : programme national.")

T("enseignements",
  """Prudence avant tout : avec Mme Prudence Marchand, la mère de Jade, nous avions pris parti trop vite. Quand la principale du collège Ambrussum nous a présenté sa version, nous avons perdu la confiance des deux côtés. Leçon : recevoir séparément, puis ensemble, et ne rien promettre. Jade a finalement été orientée en 3e prépa-métiers, ce qui convenait à tout le monde.""",
  [("Prudence", "prenom", 1), ("Marchand", "nom"), ("Jade", "prenom", 0),
   ("Jade", "prenom", 1)],
  "Lunel. « Prudence » apparaît deux fois : mot courant (occurrence 0, non marqué) puis prénom (occurrence 1, marqué). Nom de famille qui est un mot courant.")

T("description",
  """« Parents en route » : le centre socioculturel de Hautepierre accompagne, avec le collège Érasme (REP+), les parents d'élèves de 6e de la maille Karine et de la maille Catherine vers les réunions parents-professeurs. Deux adultes-relais font du porte-à-porte la semaine précédente ; le transport est assuré par le minibus du centre (9 places). Résultat : taux de présence des parents de 6e passé de 38 % à 61 % entre 2022 et 2024. Outil : une fiche « Ce que je veux demander au professeur » en français, turc, arabe et albanais.""",
  [],
  "Propre. À Hautepierre (Strasbourg), les « mailles » Karine et Catherine sont des secteurs du quartier : ce sont des lieux, pas des personnes.")

T("recit",
  """Bonjour,
Je vous transmets les éléments demandés pour l'équipe éducative : élève Noah Le Goff, né le 17 juin 2011, INE 071234567KJ, scolarisé en 5e au collège Anita Conti. La maman (Mme Katell Le Goff, 01 99 00 58 23) refuse pour l'instant la proposition d'orientation en ULIS. L'établissement sollicite le centre social de la Ville Ouest pour « convaincre » la famille ; la maman nous a demandé de l'accompagner à la réunion du 4 avril. Nous avons accepté d'être présents en soutien, sans prendre position sur l'orientation.
Cordialement,
La coordinatrice famille""",
  [("Noah", "prenom"), ("Le Goff", "nom", 0), ("17 juin 2011", "date_naissance"),
   ("071234567KJ", "identifiant"), ("Katell", "prenom"), ("Le Goff", "nom", 1),
   ("01 99 00 58 23", "telephone")],
  "Courriel (Saint-Nazaire). Nom à particule « Le Goff » marqué d'un seul tenant. INE (identifiant national élève) fictif. Téléphone fixe d'un particulier : marqué. « Anita Conti » : collège. « Ville Ouest » : QPV.")

T("actions",
  """Actions menées :
1. entretien au centre avec le père, M. Mohamed Chérif, le 3 octobre ;
2. à la demande de la directrice de l'école de Canto-Perdrix, présence d'un animateur à la sortie des classes pendant une semaine : le père stationnait sa camionnette (Kangoo blanc immatriculé FR-328-QZ) devant le portail en klaxonnant ;
3. rappel du règlement intérieur à la famille, en présence du grand frère, Nassim ;
4. orientation vers le point d'accès au droit de Martigues (permanence le jeudi).""",
  [("Mohamed", "prenom"), ("Chérif", "nom"), ("FR-328-QZ", "plaque"),
   ("Nassim", "prenom")],
  "Liste numérotée (Martigues). Plaque d'immatriculation du véhicule du père. « Canto-Perdrix » : QPV.")

T("enseignements",
  """Aux Minguettes, ce qui a fait la différence, c'est la présence régulière de l'équipe famille du centre social Eugénie Cotton aux réunions de parents du collège Elsa Triolet : les parents nous voyaient déjà au collège, et le collège nous voyait avec les parents. En cas de conflit, personne ne nous a perçus comme « le camp d'en face ». À l'inverse, avec l'école Charles Perrault, où nous n'allions jamais, la première médiation a échoué. Avril-mai : bilan à faire avec l'IEN de Vénissieux.""",
  [],
  "Propre. Centre social et établissements aux noms de personnalités, QPV Minguettes, « Avril » (mois, aussi prénom).")

T("description",
  """Accueil « Parents-profs au square » (quartier de la Devèze, Béziers) : chaque vendredi de mai et de juin, de 16h15 à 17h30, l'animatrice famille Soleil Mendy et l'infirmière scolaire du collège Jean Perrin tiennent un stand à la sortie des cours, avec café, jeux et documentation (bourses, cantine, Pronote). En 2024 : 9 après-midi, environ 140 échanges, 23 parents orientés vers la CPE ou l'assistante sociale. Ce qui a aidé : un lieu neutre, en plein air, sous le soleil mais à l'ombre des platanes. Renseignements : Soleil, 07 00 23 61 88 (son portable), ou l'accueil du centre social au 04 65 71 30 12.""",
  [("Soleil", "prenom", 0), ("Mendy", "nom"), ("Soleil", "prenom", 1),
   ("07 00 23 61 88", "telephone")],
  "Bonne pratique avec une salariée nommée. « Soleil » est un prénom (le mot courant « soleil » en minuscules n'est pas concerné). Portable d'une personne : marqué ; ligne d'accueil du centre : institutionnelle, non marquée.")

T("recit",
  """En décembre, après le défilé de la Saint-Nicolas, un père d'élève de CE1 de l'école Sainte-Thérèse (privée sous contrat) a reproché à l'enseignante d'avoir laissé partir son fils avec un autre adulte. L'école a appelé le centre social de Beaulieu (Wattrelos), où l'enfant est inscrit à l'accueil périscolaire, pour « vérifier la liste des personnes autorisées ». Le père, de son côté, est venu le lendemain demander que le centre « témoigne ». Le directeur a refusé de témoigner pour l'un ou l'autre, a rappelé la procédure commune et a proposé un rendez-vous avec la cheffe d'établissement. Les fiches d'autorisation du centre et de l'école ne concordaient pas : elles ont été harmonisées en janvier.""",
  [],
  "Propre. Noms de saints (fête, école), QPV Centralité de Beaulieu, rôles.")

T("actions",
  """Note de suivi. Le centre a été contacté par l'éducatrice de l'ASE (dossier n° ASE44-2023-08817) à propos de Fleur, 8 ans, en CE2 à l'école Ange Guépin. Fleur vit chez sa grand-mère, Mme Perle Jaouen, 4 allée de la Loire, 44200 Nantes. L'école reproche à la grand-mère de ne pas répondre aux mots dans le cahier de liaison ; la grand-mère dit qu'elle ne sait pas lire. Le centre a proposé d'accompagner Mme Jaouen à un rendez-vous avec la directrice, et l'a inscrite à l'atelier « Fleur de lecture » du mardi (alphabétisation).""",
  [("ASE44-2023-08817", "identifiant"), ("Fleur", "prenom", 0),
   ("8 ans", "age_classe_ecole"), ("Fleur", "prenom", 1), ("Perle", "prenom"),
   ("Jaouen", "nom", 0), ("4 allée de la Loire", "adresse"),
   ("44200", "code_postal"), ("Jaouen", "nom", 1)],
  "Nantes. Numéro de dossier ASE : identifiant. « Fleur » prénom deux fois, puis nom d'atelier (occurrence 2, non marquée). « Ange Guépin » : école au nom d'une personnalité. Prénom « Perle » (mot courant).")

T("enseignements",
  """Enseignement : la mère (Mme Lourdes Fernandes) ne lisait pas les messages Pronote ; elle a demandé qu'on lui écrive directement à lourdes.fernandes (at) example point net. Nous avons refusé de servir de boîte aux lettres entre elle et le collège Les Escholiers de La Mosson, mais nous l'avons aidée à installer l'application. Depuis, la communication est rétablie.""",
  [("Lourdes", "prenom"), ("Fernandes", "nom"),
   ("lourdes.fernandes (at) example point net", "courriel")],
  "Montpellier. Prénom qui est aussi un nom de ville. Courriel déguisé marqué d'un seul tenant.")

T("description",
  """« Bonjour Soleil ! » – accueil des nouveaux parents au collège Clair Soleil (Marseille 14e, REP+). La semaine de la rentrée, l'équipe famille du centre social de Saint-Barthélémy et la principale adjointe accueillent les parents des 6e autour d'un petit-déjeuner dans le hall, de 8h à 9h30. Les parents de Marine Bleue, de Saint-Jérôme et du Grand Saint-Barthélémy sont invités par les adultes-relais la semaine précédente. En septembre 2023 : 74 familles sur 168 élèves de 6e. Une deuxième matinée a lieu en Avril pour préparer la 5e. Outils : un plan du collège en 5 langues et le livret « Qui fait quoi au collège ? ».""",
  [],
  "Propre. « Soleil » (titre, nom du collège), « Marine Bleue » (cité / secteur du QPV), « Avril » (mois) : aucun n'est une personne.")

T("recit",
  """Madame H. (mère de A., 12 ans, élève de 5e au collège Barbara à Stains) s'est présentée au centre social le 2 février, en colère après un conseil de discipline. Elle reproche au collège d'avoir convoqué le beau-père, M. D., qui n'a pas l'autorité parentale. Le collège, de son côté, a demandé au centre de « rappeler à Mme H. ses obligations ». Nous avons reçu Mme H. seule, puis proposé une médiation avec la principale adjointe en présence de la médiatrice sociale de la ville. A. a réintégré sa classe le 12 février.""",
  [("H.", "initiale", 0), ("A.", "initiale", 0), ("12 ans", "age_classe_ecole"),
   ("D.", "initiale"), ("H.", "initiale", 1), ("H.", "initiale", 2),
   ("A.", "initiale", 1)],
  "Initiales de personnes, point compris. Âge + 5e + collège Barbara : âge marqué. « Barbara » est ici le nom du collège (chanteuse), pas une personne du récit.")

T("actions",
  """[10:04] Coordinatrice CLAS : j'ai eu la principale adjointe du collège Gabriel Péri au tél, ok pour le 12
[10:06] Directeur : parfait, on reçoit où ?
[10:07] Coordinatrice CLAS : au centre, salle Frida-Kahlo (1er étage), 17h
[10:09] Référente famille : je préviens la maman demain matin au café des parents, elle viendra avec sa sœur
[10:10] Directeur : ok. pensez à la feuille d'émargement sans noms pour le bilan CAF""",
  [],
  "Propre. Fil de discussion dont les locuteurs sont désignés par leur fonction ; salle au nom d'une personnalité.")

T("recit",
  """M. Pierre Berger, grand-père et tuteur de Maxence (10 ans, CM2, école Jean Jaurès de Villeurbanne), s'est adressé au centre social des Buers après un désaccord avec l'enseignante sur le passage en 6e. Il souhaite un maintien en CM2, l'école propose le passage avec un PPRE. M. Berger nous a laissé son numéro fixe, le 04 65 71 12 09, et dit ne pas utiliser internet. Position du centre : écoute, explication du fonctionnement du conseil des maîtres et du recours possible auprès de l'IEN, accompagnement au rendez-vous si la famille le souhaite.""",
  [("Pierre", "prenom"), ("Berger", "nom", 0), ("Maxence", "prenom"),
   ("10 ans", "age_classe_ecole"), ("Berger", "nom", 1),
   ("04 65 71 12 09", "telephone")],
  "Villeurbanne. Prénom et nom qui sont des mots courants. Fixe d'un particulier : marqué (même format qu'un standard, c'est le titulaire qui décide).")

T("description",
  """Bonjour à toutes et à tous,
Comme convenu lors de la rencontre départementale, voici la présentation de notre pratique « Cartable partagé » : chaque lundi, le CLAS du centre social des Beaudottes récupère auprès des professeurs principaux du collège Evariste Galois la liste des devoirs de la semaine, avec l'accord des familles (autorisation signée en septembre). Les animateurs adaptent ainsi l'aide aux devoirs. 38 élèves concernés en 2023-2024, 4 enseignants impliqués.
N'hésitez pas à me contacter.
Mamadou Sylla
Coordinateur CLAS – centre social des Beaudottes, Sevran
Tél. standard : 01 99 00 41 12 – portable : 06 39 98 71 45
m.sylla@example.org""",
  [("Mamadou", "prenom"), ("Sylla", "nom"), ("06 39 98 71 45", "telephone"),
   ("m.sylla@example.org", "courriel")],
  "Signature de courriel d'un salarié : nom, portable et courriel nominatif marqués ; standard du centre non marqué.")

T("enseignements",
  """ce qu'on retient : aller a l'ecole avant qu'il y ait un conflit. la directrice de l'ecole marie curie nous connait maintenant, elle appelle le centre quand une famille decroche. faire le point chaque trimestre (sept / janvier / avril). le cpe du college pablo neruda est d'accord pour venir au cafe des parents une fois par mois. ne pas oublier les grands freres et soeurs qui servent souvent de traducteurs.""",
  [],
  "Propre, minuscules sans accents (Wattrelos). Noms d'établissements en minuscules (« marie curie », « pablo neruda »).")

T("recit",
  """Le jeune Manolo, que tout le monde au quartier appelle « Titi », 14 ans, en 4e au collège Ampère à Arles, ne vient plus en cours depuis les vacances de février. Sa mère, Mme Lucie Reyes, est venue au centre social du Trébon pour dire que son fils est « harcelé par les profs ». Le collège avait de son côté envoyé deux courriers et signalé l'absentéisme à la DSDEN. Le centre a reçu la mère et le fils, puis a organisé une rencontre au centre avec la CPE, le professeur principal et Mme Reyes. Titi a repris les cours trois jours par semaine, avec un emploi du temps aménagé.""",
  [("Manolo", "prenom"), ("Titi", "autre", 0), ("14 ans", "age_classe_ecole"),
   ("Lucie", "prenom"), ("Reyes", "nom", 0), ("Reyes", "nom", 1),
   ("Titi", "autre", 1)],
  "Arles. Le surnom d'un enfant est identifiant dans son quartier : « autre ». « Le Trébon » : QPV.")

T("actions",
  """Accompagnement de la mère, Mme Grace Mbala : constitution du dossier de bourse de collège (n° allocataire CAF 3140587, identifiant France Travail 4817263B), appel au 3230 pour débloquer l'allocation de rentrée scolaire, rendez-vous pris avec l'assistante sociale du collège Louise Michel le 12/02 à 14h. Grâce à ce rendez-vous, la dette de cantine (186 €) a été étalée sur 6 mois.""",
  [("Grace", "prenom"), ("Mbala", "nom"), ("3140587", "identifiant"),
   ("4817263B", "identifiant")],
  "Lille. Identifiants CAF et France Travail de la mère. Le 3230 (numéro national de la CAF), « Grâce à » et « Louise Michel » (collège) ne sont pas identifiants.")

T("description",
  """« La Rose des Vents » : parcours de découverte des métiers co-construit par le centre social de l'Alma et le collège Anne Frank (Roubaix, REP+). Chaque élève de 3e prépare son stage d'observation avec un binôme animateur / professeur principal : trois séances au centre (CV, appel téléphonique, tenue), une visite d'entreprise (La Redoute, Ville de Roubaix, Maison de santé du Pile). Partenaires : France Travail, la Mission locale, la Cité éducative. 2023-2024 : 52 élèves accompagnés, 100 % de stages trouvés avant le 15 décembre.""",
  [],
  "Propre. « Rose », « France », « Anne Frank » : nom de projet, institution, collège.")

T("recit",
  """Objet : demande de médiation – famille Yilmaz
Élève : Elif YILMAZ, 13 ans, classe de 4e B, collège Rouget de Lisle
Responsable légal : M. Emre YILMAZ, 14 rue de Vendenheim, 67300 Schiltigheim, tél. 03 53 01 82 66
N° sécurité sociale (joint par erreur au dossier) : 1 78 04 99 135 058 41
La famille conteste une exclusion temporaire de 3 jours prononcée le 9 janvier. Le collège a lui-même orienté la famille vers le centre social du quartier du Marais.""",
  [("Yilmaz", "nom"), ("Elif", "prenom"), ("YILMAZ", "nom", 0),
   ("13 ans", "age_classe_ecole"), ("Emre", "prenom"), ("YILMAZ", "nom", 1),
   ("14 rue de Vendenheim", "adresse"), ("67300", "code_postal"),
   ("03 53 01 82 66", "telephone"), ("1 78 04 99 135 058 41", "identifiant")],
  "Formulaire (Schiltigheim). NIR fictif : identifiant. Âge + 4e B + collège Rouget-de-Lisle : âge marqué. « Marais » : QPV.")

T("enseignements",
  """[18:02] sandrine: franchement on aurait dû prévenir la dirlo de l'école Mermoz avant de recevoir m. et mme Haddad
[18:03] sandrine: la prochaine fois on fait un mail commun école + centre
[18:05] Yacine 🙂: ok mais faut pas oublier que la petite Nour avait peur de retourner en classe
[18:06] Yacine 🙂: on a bien fait de l'écouter d'abord
[18:06] sandrine: oui. on garde l'idée du rdv à 3 pour le livret""",
  [("sandrine", "prenom", 0), ("Haddad", "nom"), ("sandrine", "prenom", 1),
   ("Yacine", "prenom", 0), ("Nour", "prenom"), ("Yacine", "prenom", 1),
   ("sandrine", "prenom", 2)],
  "Fil WhatsApp (Lyon 8e), prénom de locutrice en minuscules. « Mermoz » : QPV / école.")

T("description",
  """Accompagnement à la scolarité au centre social du Pont de Pierre (Maubeuge) : le CLAS accueille 24 élèves de l'école Pierre et Marie Curie et du collège Vauban, les lundis, mardis et jeudis de 16h45 à 18h15. Une fois par mois, l'enseignante référente de l'école et la coordinatrice CLAS font le point sur chaque groupe (sans fiches nominatives). Les « Petits Curieux » (CE1-CE2) ont exposé leurs maquettes à la médiathèque en juin. Financements : CAF du Nord, Ville de Maubeuge, contrat de ville.""",
  [],
  "Propre. « Pierre » deux fois (QPV Pont de Pierre, école Pierre-et-Marie-Curie), « Petits Curieux » (nom de groupe).")

T("recit",
  """Une mère d'élève de seconde du lycée Le Corbusier (Aubervilliers) a sollicité le centre social en janvier : sa fille avait été orientée vers une spécialité qu'elle n'avait pas demandée. La même semaine, la proviseure adjointe a appelé le centre, qui accompagne la jeune au CLAS lycée, pour « faire le lien avec la famille ». La référente famille a reçu la mère, puis a organisé un rendez-vous au lycée avec la psychologue de l'Éducation nationale et la proviseure adjointe. La mère, en recherche d'emploi et suivie par France Travail, ne pouvait venir que le matin : le lycée a accepté un créneau à 9h. Issue : changement de spécialité en mars, la jeune est restée dans l'établissement.""",
  [],
  "Propre. « France Travail » (institution), « Le Corbusier » (lycée).")

T("description",
  """Fiche pratique n° 7 – « La mallette des parents au centre social »
Porteurs : centre social Roser (Aubervilliers) et collège Gisèle Halimi.
Principe : les réunions de la Mallette des parents (entrée en 6e) ont lieu au centre social, un samedi matin, avec un goûter préparé par l'atelier cuisine. Trois séances par an : rentrée, orientation, réseaux sociaux.
Ce qui fait que ça marche : un binôme stable depuis 2019, l'animateur jeunesse Ange Kouassi et la CPE Mélanie Roussel, qui se connaissent et préparent chaque séance ensemble.
Résultats : 45 parents en moyenne par séance, contre 12 au collège auparavant.
Rédaction : A.K. et M.R., relecture fédération.""",
  [("Ange", "prenom"), ("Kouassi", "nom"), ("Mélanie", "prenom"),
   ("Roussel", "nom"), ("A.K.", "initiale"), ("M.R.", "initiale")],
  "Bonne pratique signée : noms de salariés (y compris une CPE de l'Éducation nationale) et initiales des rédacteurs. « Gisèle Halimi » : collège.")

T("recit",
  """l'enfant s'appelle Hugo Marchal il a 12 ans il est en 5e au college victor hugo sa mere dit que le prof de maths l'a insulte devant tout le monde le college dit que c'est Hugo qui a insulte le prof donc voila chacun sa version la mere veut porter plainte elle est venue au centre parce qu'on connait Hugo depuis le CLAS en primaire la directrice du centre a appele la principale adjointe pour proposer une rencontre au centre la semaine prochaine""",
  [("Hugo", "prenom", 0), ("Marchal", "nom"), ("12 ans", "age_classe_ecole"),
   ("Hugo", "prenom", 1), ("Hugo", "prenom", 2)],
  "Dicté (Nantes). Le prénom de l'élève est celui du collège (« victor hugo », en minuscules) : seul le prénom de l'élève est marqué.")

T("actions",
  """Message envoyé à la maman le 22/05 (copie pour le dossier) :
« Bonjour Mme Kone, c'est Awa du centre social. Le rdv avec la principale du collège Les Aiguerelles est confirmé demain 9h, je serai là. Si vous êtes empêchée appelez-moi au 07 00 36 52 18. Bonne soirée »
Réponse de la maman : « ok merci Awa on sera là avec Moussa »""",
  [("Kone", "nom"), ("Awa", "prenom", 0), ("07 00 36 52 18", "telephone"),
   ("Awa", "prenom", 1), ("Moussa", "prenom")],
  "SMS recopié (Montpellier). Le portable de la salariée est un numéro personnel : marqué.")

T("enseignements",
  """Ce qu'on retient de la situation : quand la famille a lancé une cagnotte en ligne pour « payer un avocat contre le collège » (https://cagnotte.example.com/justice-pour-mariam-sow), l'équipe du collège s'est fermée et le principal n'a plus voulu nous recevoir. L'oncle, Boubacar, la relayait sur tous les groupes du quartier. Il aurait fallu rencontrer la famille plus tôt et expliquer les voies de recours (recours gracieux, commission d'appel). À l'avenir : proposer tout de suite un rendez-vous à trois, avant que le conflit ne sorte sur les réseaux.""",
  [("https://cagnotte.example.com/justice-pour-mariam-sow", "autre"),
   ("Boubacar", "prenom")],
  "Adresse web d'une cagnotte au nom de l'élève : « autre », marquée d'un seul tenant (le nom qu'elle contient n'est pas marqué à part).")

T("recit",
  """Chronologie
Mars : la directrice de l'école Belle de Mai signale au centre social que la petite Avril (CP, 6 ans) arrive tous les jours après 9h30.
Avril : la mère d'Avril, Mme Océane Delorme, vient au centre, elle ne comprend pas pourquoi l'école « la menace de l'assistante sociale ». Elle travaille de nuit dans un EHPAD.
Mai : rencontre au centre avec la directrice ; le centre propose l'accueil du matin dès 7h45 pour Avril.
Juin : plus aucun retard signalé.""",
  [("Avril", "prenom", 0), ("6 ans", "age_classe_ecole"), ("Avril", "prenom", 2),
   ("Océane", "prenom"), ("Delorme", "nom"), ("Avril", "prenom", 3)],
  "Marseille 3e. « Avril » est trois fois un prénom (occurrences 0, 2, 3) et une fois le mois en tête de ligne (occurrence 1, non marquée). « Mars », « Mai », « Juin » : mois. Âge + CP + école Belle-de-Mai.")

T("recit",
  """SITUATION TRANSMISE PAR LA CPE DU COLLEGE FEDERICO GARCIA LORCA : ELEVE SACHA MOREAU 3EME, ABSENT DEPUIS 3 SEMAINES. DOMICILE : 12 ALLEE DES BOULEAUX, CITE FRANC-MOISIN, BAT B3, 93200 SAINT-DENIS. MERE JOIGNABLE AU 06 39 98 14 70 APRES 19H. LE CENTRE CONNAIT LA FAMILLE (CLAS 2021-2022).""",
  [("SACHA", "prenom"), ("MOREAU", "nom"), ("12 ALLEE DES BOULEAUX", "adresse"),
   ("BAT B3", "residence"), ("93200", "code_postal"),
   ("06 39 98 14 70", "telephone")],
  "Tout en capitales. « CITE FRANC-MOISIN » nomme le quartier / QPV Franc-Moisin : non marqué ; le bâtiment l'est. Pas d'âge.")

T("enseignements",
  """Enseignement n° 3 : s'appuyer sur la médiatrice académique plutôt que de porter seuls la parole de la famille. Coordonnées transmises par la circonscription (à ne pas diffuser) : Mme Joëlle Le Gall, joelle.legall@example.com, ligne directe 01 99 00 63 81. Elle intervient sur tout le 93 et répond en 48h. À noter aussi : le 3020 pour le harcèlement, et le 119.""",
  [("Joëlle", "prenom"), ("Le Gall", "nom"), ("joelle.legall@example.com", "courriel"),
   ("01 99 00 63 81", "telephone")],
  "Coordonnées nominatives d'une agente de l'Éducation nationale (ligne directe, courriel nominatif) : marquées. 3020 et 119 (numéros nationaux) : non marqués.")

T("description",
  """Projet « Victoire sur les écrans » (Lille, quartier de Moulins) : cycle de cinq ateliers parents-enfants sur les usages numériques, co-construit par le centre social et le collège Miriam Makeba. Les ateliers ont lieu le jeudi à 18h au CDI, animés par Victoire Leroy, directrice adjointe du centre, et par le professeur documentaliste. Le dernier atelier est une « soirée sans écran » avec jeux de société prêtés par la ludothèque. 2023-2024 : 31 familles, dont 19 sont revenues au moins trois fois.""",
  [("Victoire", "prenom", 1), ("Leroy", "nom")],
  "« Victoire » : nom de projet (occurrence 0, non marquée) puis prénom d'une salariée (occurrence 1).")

T("recit",
  """[Teams – canal Familles – Neuhof]
Lucas Weber 08:47
la maman de Yasmine a rappelé, elle veut qu'on vienne avec elle chez le principal du collège Solignac demain
Lucas Weber 08:48
son num : +33 7 00 88 41 03
Hawa Camara 08:55
attention, le collège nous a aussi sollicités sur la même situation hier, il dit que Yasmine insulte des élèves sur Snap (pseudo yaz.lbs67). on ne peut pas l'accompagner « contre » le collège
Lucas Weber 09:01
ok je propose qu'on reçoive tout le monde ici, salle Arc-en-ciel ?""",
  [("Lucas", "prenom", 0), ("Weber", "nom", 0), ("Yasmine", "prenom", 0),
   ("Lucas", "prenom", 1), ("Weber", "nom", 1), ("+33 7 00 88 41 03", "telephone"),
   ("Hawa", "prenom"), ("Camara", "nom"), ("Yasmine", "prenom", 1),
   ("yaz.lbs67", "pseudo_reseau"), ("Lucas", "prenom", 2), ("Weber", "nom", 2)],
  "Fil Teams (Strasbourg, Neuhof). Numéro au format international. Pseudo Snapchat sans @.")

T("actions",
  """Date       | Qui                        | Quoi
03/10      | Mme Nguyen (mère)          | 1er accueil, écoute
05/10      | CPE collège Jean Macé      | appel, version du collège
10/10      | Mme Nguyen + CPE + Linh    | rencontre au centre, salle 3
17/10      | Linh (élève, 4e)           | reprise du tutorat CLAS
Contact famille : Thi Hoa Nguyen, 06 39 98 90 26""",
  [("Nguyen", "nom", 0), ("Nguyen", "nom", 1), ("Linh", "prenom", 0),
   ("Linh", "prenom", 1), ("Thi Hoa", "prenom"), ("Nguyen", "nom", 2),
   ("06 39 98 90 26", "telephone")],
  "Tableau tapé en texte (Villeurbanne). Prénom composé vietnamien « Thi Hoa » marqué d'un seul tenant. Pas d'âge.")

T("recit",
  """Mme Chen Mei est venue à l'accueil avec son fils Lucas (CM1, école Jules Vallès) et sa fille aînée qui traduisait. Elle ne comprend pas pourquoi Lucas doit voir la psychologue de l'Éducation nationale et refuse de signer. La directrice avait de son côté demandé à la référente famille de « faire passer le message ». Nous avons organisé une rencontre avec une interprète en mandarin (ISM Interprétariat) ; Mme Chen a finalement accepté un premier rendez-vous. Adresse de la famille : 52 rue Heurtault, 93300 Aubervilliers, 4e étage gauche.""",
  [("Chen", "nom", 0), ("Mei", "prenom"), ("Lucas", "prenom", 0),
   ("Lucas", "prenom", 1), ("Chen", "nom", 1), ("52 rue Heurtault", "adresse"),
   ("93300", "code_postal"), ("4e étage gauche", "adresse")],
  "Aubervilliers. Nom avant le prénom (usage chinois). « 4e étage » est un complément d'adresse, pas un niveau scolaire.")

T("recit",
  """La famille Stan est hébergée depuis septembre à l'hôtel social Le Relais, chambre 12, avenue de Toulouse à Montpellier. Ioana, 9 ans, est inscrite en CE1 à l'école Jules Michelet mais n'y va qu'un jour sur deux : l'école a saisi le centre social ; la mère, Andreea Stan, dit que les enfants n'ont pas de chaussures. Mihai, le père, a laissé au centre la photocopie de son titre de séjour n° 3400123456.""",
  [("Stan", "nom", 0), ("hôtel social Le Relais", "residence"),
   ("chambre 12", "residence"), ("avenue de Toulouse", "adresse"),
   ("Ioana", "prenom"), ("9 ans", "age_classe_ecole"), ("Andreea", "prenom"),
   ("Stan", "nom", 1), ("Mihai", "prenom"), ("3400123456", "identifiant")],
  "Montpellier. Lieu d'hébergement (hôtel social, chambre) : résidence ; rue sans numéro où vit la famille : adresse. Numéro de titre de séjour : identifiant.")

T("recit",
  """M. Joyeux Mukendi, papa de Divine (CE2) et d'Emmanuel (CM2), tous deux à l'école Ouche-Dinier de Rezé, a sollicité le centre après une dispute avec le directeur à propos de la cantine. Le directeur a aussi appelé le centre, inquiet pour Divine qui arrive « le ventre vide ». Le centre a reçu M. Mukendi, a vérifié avec lui les droits à la tarification sociale de la cantine (quotient familial), et a organisé une rencontre à trois dans le bureau du directeur le 14 mars. Ce fut un moment joyeux : la famille a retrouvé le sourire.""",
  [("Joyeux", "prenom"), ("Mukendi", "nom", 0), ("Divine", "prenom", 0),
   ("Emmanuel", "prenom"), ("Divine", "prenom", 1), ("Mukendi", "nom", 1)],
  "Rezé. Prénoms qui sont des mots (Joyeux, Divine) ; « joyeux » en minuscules plus loin n'est pas un prénom. Classes sans âge.")

T("description",
  """Patience et régularité : c'est ainsi que Patience Nzuzi, médiatrice au centre social de la Grande Île (Vaulx-en-Velin), résume la « permanence parents » qu'elle tient chaque mardi dans le hall de l'école Jean Vilar depuis 2020. Elle y accueille les parents avant 8h30, aide à lire les mots des enseignants et prend les rendez-vous avec la directrice. 2023-2024 : 36 permanences, 210 passages.""",
  [("Patience", "prenom", 1), ("Nzuzi", "nom")],
  "« Patience » : mot courant en tête (occurrence 0, non marquée), puis prénom de la médiatrice (occurrence 1).")

T("recit",
  """Prince, 11 ans, en 6e au collège Rosa Parks (Marseille 15e), a été accusé d'avoir volé un téléphone dans les vestiaires. Une vidéo le montrant a circulé sur TikTok (compte @prince_du15). Sa mère, Mme Grâce Okafor, a sollicité le centre social le soir même ; elle habite la cité Kalliste, bâtiment H. Le collège a de son côté demandé au centre s'il « connaissait la famille ». Le centre a répondu qu'il ne transmettait pas d'informations sur les familles et a proposé une rencontre au collège en présence de la mère.""",
  [("Prince", "prenom"), ("11 ans", "age_classe_ecole"),
   ("@prince_du15", "pseudo_reseau"), ("Grâce", "prenom"), ("Okafor", "nom"),
   ("bâtiment H", "residence")],
  "Marseille 15e. « Kalliste » est le nom d'un QPV (Kalliste La Granière La Solidarité) : non marqué ; le bâtiment l'est. « Rosa Parks » : collège.")

T("recit",
  """Mme France Boulanger (06-39-98-45-10), maman solo de trois enfants, est venue au centre social de Denain (quartier Gambetta) parce que l'école Jean Moulin refuse que son fils Kévin, 7 ans, en CE1, retourne à la cantine après une bagarre. Elle dit que « dans le Nord de la France, on ne laisse pas un gosse sans manger ». Elle vit à la résidence du Chemin Vert, escalier 3, depuis la séparation. Le directeur, joint par la référente famille, a expliqué que l'exclusion de la cantine relève de la mairie. Le centre a accompagné Mme Boulanger au service scolaire ; Kévin a été réintégré après une semaine avec un « contrat de comportement ».""",
  [("France", "prenom", 0), ("Boulanger", "nom", 0),
   ("06-39-98-45-10", "telephone"), ("Kévin", "prenom", 0),
   ("7 ans", "age_classe_ecole"), ("résidence du Chemin Vert", "residence"),
   ("escalier 3", "residence"), ("Boulanger", "nom", 1), ("Kévin", "prenom", 1)],
  "Denain. « France » prénom (occurrence 0) puis pays (occurrence 1, non marquée). Téléphone à tirets. « Gambetta » : QPV.")

T("recit",
  """Marine, 15 ans, en 3e au collège Henri Wallon (Marseille 14e), a été exclue définitivement après une bagarre à la sortie, près de Marine Bleue. Sa grand-mère, qui l'élève, est venue au centre ; le collège avait lui aussi appelé pour « trouver un relais » pendant la procédure d'affectation dans un autre établissement. DDN de Marine (pour le dossier d'inscription au dispositif relais) : 02/08/2009.""",
  [("Marine", "prenom", 0), ("15 ans", "age_classe_ecole"), ("Marine", "prenom", 2),
   ("02/08/2009", "date_naissance")],
  "« Marine » : prénom (occurrences 0 et 2) et cité / secteur Marine Bleue (occurrence 1, non marquée).")

T("enseignements",
  """Claire et nette, la règle posée avec le collège Simone Veil : le centre ne transmet rien sans l'accord de la famille. C'est ce qu'on a expliqué à Claire, la maman d'Enzo, quand elle nous a demandé d'aller récupérer le bulletin à sa place. Elle a compris. Enzo a eu son rendez-vous d'orientation en présence de sa mère, et la référente n'était là qu'en soutien.""",
  [("Claire", "prenom", 1), ("Enzo", "prenom", 0), ("Enzo", "prenom", 1)],
  "Nantes. « Claire » adjectif en tête (occurrence 0, non marquée) puis prénom (occurrence 1).")

T("description",
  """Ateliers sciences « Petits chercheurs » au collège Jean-Baptiste Lebas (Roubaix) : en partenariat avec Les Petits Débrouillards, un animateur scientifique, Jean-Baptiste Roux, intervient un mercredi par mois au centre social pour les élèves de 6e inscrits au CLAS. Le professeur de SVT du collège prépare les thèmes avec lui. Financement : Cité éducative de Roubaix. Bilan 2023-2024 : 8 séances, 17 élèves, une exposition au CDI en juin.""",
  [("Jean-Baptiste", "prenom", 1), ("Roux", "nom")],
  "« Jean-Baptiste » : collège (occurrence 0, non marquée) puis intervenant (occurrence 1).")

T("recit",
  """slt c nadia. la dame de ce matin (mme roux) veut quon lui envoie le compte rendu par mail : b.roux[at]example[.]net. elle dit que le voisin qui l'embete devant l'ecole a une clio grise gh-512-kt et que la directrice fait rien. jlui ai dit quon est pas la police. on en parle demain en reu ?""",
  [("nadia", "prenom"), ("roux", "nom"), ("b.roux[at]example[.]net", "courriel"),
   ("gh-512-kt", "plaque")],
  "SMS en minuscules. Courriel déguisé avec crochets. Plaque en minuscules (véhicule d'un particulier, le voisin).")

T("actions",
  """compte rendu dicté on a rempli avec la maman le dossier pour la commission de la réussite éducative la petite Capucine Le Floch née le premier mars deux mille quatorze en CM2 à l'école Jean Zay la maman Bernadette Le Floch habite 9 rue du Petit Caporal à Saint-Nazaire son portable c'est le zéro sept zéro zéro quarante et un dix-huit quatre-vingt-deux on a prévu de la revoir avec la directrice le 12""",
  [("Capucine", "prenom"), ("Le Floch", "nom", 0),
   ("premier mars deux mille quatorze", "date_naissance"), ("Bernadette", "prenom"),
   ("Le Floch", "nom", 1), ("9 rue du Petit Caporal", "adresse"),
   ("zéro sept zéro zéro quarante et un dix-huit quatre-vingt-deux", "telephone")],
  "Dicté, sans ponctuation (Saint-Nazaire). Date de naissance et téléphone en toutes lettres. « Petit Caporal » est aussi un QPV, mais ici il fait partie de l'adresse du domicile.")

T("recit",
  """Cronenbourg. Le père, M. Hasan Kaya, conteste le refus de l'école de laisser sa fille Ayşe (10 ans, CM2, ULIS école Langevin) partir seule. Il a présenté au centre le dossier MDPH n° 67-2022-004512 et demandé que l'animatrice « témoigne » que Ayşe est autonome. L'école a contacté le centre le même jour. Précision de l'école : la grand-mère vient parfois la chercher avec une vieille 205 immatriculée 4521 TX 67, ce qui inquiète la directrice.""",
  [("Hasan", "prenom"), ("Kaya", "nom"), ("Ayşe", "prenom", 0),
   ("10 ans", "age_classe_ecole"), ("67-2022-004512", "identifiant"),
   ("Ayşe", "prenom", 1), ("4521 TX 67", "plaque")],
  "Strasbourg. Numéro de dossier MDPH : identifiant. Plaque à l'ancien format (FNI). Âge + CM2/ULIS + école.")

T("enseignements",
  """Leçon apprise avec la famille de Dominique Tran : un papa qu'on croyait « absent » était en fait disponible le samedi. L'école Saint-Dominique (privée) et l'école publique voisine ne proposaient des rendez-vous qu'en semaine. Depuis, la référente famille propose systématiquement un créneau le samedi matin au centre, et M. Tran vient.""",
  [("Dominique", "prenom", 0), ("Tran", "nom", 0), ("Tran", "nom", 1)],
  "« Dominique » : prénom (occurrence 0) puis école Saint-Dominique (occurrence 1, non marquée).")

T("actions",
  """Suivi CLAS 2023-2024 – Hautepierre (extrait transmis à l'école)
Enfant | Classe | École | Âge | Suivi
Yanis K. | CM2 | école Catherine | 10 ans | CLAS mardi/jeudi
Aya Benali | CE1 | école Karine | 7 ans | aide aux devoirs
Mihai Popescu | 6e | collège Érasme | 11 ans | PRE + CLAS""",
  [("Yanis", "prenom"), ("K.", "initiale"), ("10 ans", "age_classe_ecole"),
   ("Aya", "prenom"), ("Benali", "nom"), ("7 ans", "age_classe_ecole"),
   ("Mihai", "prenom"), ("Popescu", "nom"), ("11 ans", "age_classe_ecole")],
  "Tableau. Les écoles de Hautepierre portent le nom des mailles (Catherine, Karine) : non marquées. Chaque ligne : âge + classe + école, âge marqué.")

T("actions",
  """De : Olivier Garnier <o.garnier@example.com>
À : ce.0131264D@ac-aix-marseille.fr ; famille@cs-belledemai.example.org
Objet : Élève Yanis Bouzid – point du 15/01

Bonjour, je confirme la rencontre de jeudi au centre social avec la maman de Yanis. J'apporterai le bulletin du 1er trimestre. Pour info, la maman préfère être appelée sur le portable du grand frère, Ryan : 06 39 98 33 19.
Olivier Garnier, professeur principal de 4e C, collège Joséphine Baker""",
  [("Olivier", "prenom", 0), ("Garnier", "nom", 0), ("o.garnier@example.com", "courriel"),
   ("Yanis", "prenom", 0), ("Bouzid", "nom"), ("Yanis", "prenom", 1),
   ("Ryan", "prenom"), ("06 39 98 33 19", "telephone"),
   ("Olivier", "prenom", 1), ("Garnier", "nom", 1)],
  "Courriel d'un enseignant (Marseille 3e). Adresse fonctionnelle du collège (ce.UAI@…) et adresse générique du centre : institutionnelles, non marquées ; courriel nominatif : marqué.")

T("recit",
  """Ange, 13 ans, élève de 4e au collège Pierre de Geyter (Saint-Denis), refuse d'aller en cours d'EPS depuis un mois. Sa mère, Mme Rose-Marie Lebrun, dit qu'il est moqué dans les vestiaires ; le collège parle de « refus d'autorité ». Les deux ont appelé le centre social la même semaine. Ange fréquente le club de foot du centre : l'animateur sportif le connaît bien. Le centre a proposé une rencontre à quatre (mère, CPE, professeur d'EPS, animateur) dans un lieu neutre, la maison de quartier Pierre-Sémard.""",
  [("Ange", "prenom", 0), ("13 ans", "age_classe_ecole"), ("Rose-Marie", "prenom"),
   ("Lebrun", "nom"), ("Ange", "prenom", 1)],
  "Saint-Denis. « Pierre » dans le nom du collège et de la maison de quartier : non marqué.")

T("recit",
  """Quartier du Pont de Pierre, Maubeuge. La mère de Pierre, 7 ans, en CE1 à l'école Jean Jaurès, accuse l'AESH de son fils de l'avoir « secoué ». L'école a demandé au centre social d'accompagner la mère dans la démarche de signalement « pour qu'elle se calme ». Le centre a refusé ce rôle et l'a orientée vers l'IEN de circonscription. Pierre continue de venir au périscolaire du centre ; la mère, Mme Nadège Caron (0639981277), est reçue chaque semaine par la référente famille.""",
  [("Pierre", "prenom", 1), ("7 ans", "age_classe_ecole"), ("Pierre", "prenom", 2),
   ("Nadège", "prenom"), ("Caron", "nom"), ("0639981277", "telephone")],
  "« Pierre » : QPV Pont de Pierre (occurrence 0, non marquée), puis prénom (1 et 2). Numéro collé sans espaces.")

T("enseignements",
  """RETOUR D'EXPERIENCE SITUATION 2023-14 : NE PLUS RECEVOIR LES DEUX PARENTS SEPARES ENSEMBLE SANS PREPARATION. MME ROUX ET M. LEFORT (PARENTS DE MATHIS, 9 ANS, CM1 A L'ECOLE PAUL BERT DE WATTRELOS) SE SONT DISPUTES DANS LE HALL DU CENTRE DEVANT LES ENFANTS DU CLAS. A RETENIR : UN ENTRETIEN SEPARE AVEC CHACUN, PUIS UNE RENCONTRE AVEC LA DIRECTRICE D'ECOLE, EN TERRAIN NEUTRE.""",
  [("ROUX", "nom"), ("LEFORT", "nom"), ("MATHIS", "prenom"), ("9 ANS", "age_classe_ecole")],
  "Capitales. Numéro interne de situation (2023-14) : non identifiant.")

T("description",
  """« Lire et faire lire » aux Deux Pins (Frontignan) : deux bénévoles du centre social, dont Mme Yvette Marchand, ancienne directrice d'école, lisent des albums aux élèves de grande section de l'école maternelle du quartier, le vendredi de 9h à 10h. Les parents sont invités une fois par période. Depuis 2022, la pratique a été reprise par deux autres centres de l'Hérault (Sète, Lunel).""",
  [("Yvette", "prenom"), ("Marchand", "nom")],
  "Bénévole nommée : identifiante. « Les Deux Pins » : QPV.")

T("actions",
  """Suivi – famille de Samir (6e, collège Hans Arp). 1) Le père a écrit au centre pour se plaindre du professeur de technologie ; il souhaite qu'on lui réponde sur samir_67 AT example DOT org (c'est l'adresse de son fils !). 2) Nous avons répondu par courrier, au nom de la directrice. 3) Rencontre tripartite au centre socioculturel de l'Elsau le 8 février.""",
  [("Samir", "prenom"), ("samir_67 AT example DOT org", "courriel")],
  "Strasbourg. Courriel déguisé en capitales « AT … DOT ».")

T("enseignements",
  """Ce qu'on retient : la maman de Fatou ne consultait jamais l'ENT. On a créé avec elle une adresse mail (fatou.kone arobase example.com, au nom de sa fille faute de mieux) et on a montré à la CPE comment lui écrire. Depuis, plus de malentendus sur les absences. Attention : créer une adresse au nom d'une mineure n'était pas une bonne idée, à revoir avec la famille.""",
  [("Fatou", "prenom"), ("fatou.kone arobase example.com", "courriel")],
  "Courriel déguisé « arobase ».")

T("recit",
  """Situation Rillieux – Ville Nouvelle. Dylan Marchetti, dit « la Fouine », 14 ans, en 4e au collège Maria Casarès, né le 30 novembre 2009, est accusé d'avoir rayé la voiture d'une enseignante (Twingo rouge, EF-418-LM) sur le parking du collège. Sa mère est venue demander au centre de « prouver » qu'il était au foot à ce moment-là. Le collège nous a demandé la liste de présence du jour. Le centre a refusé de communiquer cette liste sans l'accord de la famille et a proposé une rencontre.""",
  [("Dylan", "prenom"), ("Marchetti", "nom"), ("la Fouine", "autre"),
   ("14 ans", "age_classe_ecole"), ("30 novembre 2009", "date_naissance"),
   ("EF-418-LM", "plaque")],
  "Surnom (« autre »), âge + 4e + collège, date de naissance, plaque du véhicule d'une enseignante (personne privée). « Ville Nouvelle » : QPV.")

# ------------------------------ textes propres supplémentaires -------------

T("description",
  """Atelier « Les Trois Brigands » : à partir de l'album de Tomi Ungerer, les élèves de CP de l'école du Neuhof et les enfants de l'accueil de loisirs du centre social créent un spectacle d'ombres. Visite du musée Tomi Ungerer en novembre, représentation au centre social le vendredi 8 décembre (période de la Saint-Nicolas) devant 120 parents. Une enseignante, deux animateurs, une intervenante d'une compagnie de théâtre d'ombres. Coût : 1 850 € (Ville de Strasbourg, fonds de participation des habitants).""",
  [],
  "Propre. Auteur publié et musée à son nom (personnalité publique), fête de saint.")

T("enseignements",
  """Bilan 2023 des situations de conflit parents-école reçues par les 11 centres sociaux du réseau de l'Hérault : 47 situations, dont 29 à la demande des parents, 9 à la demande des écoles et 9 des deux côtés. 68 % apaisées, 21 % en partie, 11 % non résolues. Délai moyen avant le premier rendez-vous : 6 jours. Enseignement principal : quand les deux parties sollicitent le centre, la rencontre à trois au centre fonctionne dans 8 cas sur 9. Les situations non résolues concernent surtout des orientations en fin de 3e (5 cas) et des exclusions définitives (3 cas). Prochaine étape : une journée d'échange avec les IEN de Montpellier et de Béziers le 14 mars 2024, salle Camille Claudel.""",
  [],
  "Propre. Chiffres, pourcentages, dates, salle au nom d'une artiste (« Camille » est aussi un prénom).")

T("recit",
  """Madame la Principale du collège Gérard Philipe (Martigues) a écrit à Monsieur le Directeur du centre social pour signaler qu'une mère d'élève « diffame » l'établissement dans le hall du centre. Au même moment, la Maman concernée demandait à la Référente Famille de l'aider à écrire au Recteur. Le Directeur a reçu séparément les deux parties, puis a proposé une rencontre au centre avec la Principale, la CPE, la mère et son frère. La mère a pu dire ce qu'elle reprochait au Professeur Principal ; la Principale a reconnu un défaut d'information sur la procédure d'exclusion. Pas de courrier au Recteur finalement.""",
  [],
  "Propre. Fonctions écrites avec majuscules (Madame la Principale, Monsieur le Directeur, la Maman) : ce sont des rôles.")

T("actions",
  """Actions :
• rdv le 14/03 à 17h30 salle 12, bât. administratif du collège Salvador Allende (Rezé), avec la CPE et la référente famille ;
• préparation en amont au centre (bureau 2, 1er étage) avec la mère ;
• recours à un interprète (ISM Interprétariat, ligne 01 99 00 12 00) ;
• compte rendu écrit en 2 exemplaires, validé par les deux parties le 21/03 ;
• relance prévue à 6 semaines (fin avril).""",
  [],
  "Propre. Bâtiment et salle d'un établissement public (pas un domicile), numéro d'un service d'interprétariat.")

T("description",
  """« Petit Bard en fête » : chaque année en juin, le centre social et le collège Gérard Philipe organisent une fête de fin d'année sur l'esplanade du Petit Bard, préparée pendant trois mois par les élèves de 5e et les enfants de l'accueil de loisirs. Les parents du Petit Bard et de la Pergola tiennent les stands ; les professeurs d'arts plastiques et de musique exposent les travaux. 2024 : 600 visiteurs, 14 stands, 35 parents bénévoles. Ce qui fait que ça marche : un comité de pilotage mensuel (centre, collège, association des parents, Ville de Montpellier) et un budget partagé de 3 000 €.""",
  [],
  "Propre. QPV Petit Bard – Pergola (« Petit » capitalisé), collège au nom de personne.")

T("actions",
  """Orientations données à la famille (situation de harcèlement au collège Barbara, Stains) :
– 3020, numéro national « Non au harcèlement » (gratuit, du lundi au vendredi de 9h à 20h) ;
– 3018 pour le cyberharcèlement (l'application permet de signaler un compte) ;
– 119 en cas de danger ;
– la Maison des adolescents de Seine-Saint-Denis ;
– le standard du collège, 01 99 00 86 30, pour demander un rendez-vous avec la référente harcèlement.
Le centre a aussi contacté la coordinatrice du PRE de Stains.""",
  [],
  "Propre. Numéros nationaux et standard d'un collège public.")

T("enseignements",
  """retenu en réu d'équipe : tjrs prévenir l'école AVANT de recevoir une famille qui vient se plaindre, sinon on passe pr des « avocats ». pas de rdv ds le hall ni au portail. proposer le bureau du 1er ou la salle Arc-en-ciel. si ça chauffe on appelle la fédé (permanence 9h-12h). gardez les mails pro, jamais les num perso. ok pr tt le monde ?""",
  [],
  "Propre. Style SMS sans aucune donnée personnelle.")

T("description",
  """Passerelle CM2-6e au Petit Caporal (Saint-Nazaire) : en mai et juin, les élèves de CM2 des deux écoles du quartier passent une demi-journée par semaine au collège Jean Moulin, accompagnés par des animateurs du centre social. Les parents sont invités à une visite guidée par des élèves de 6e, le samedi matin. Robespierre, Prézégat et Petit Caporal : trois quartiers, un seul projet depuis 2019. 2024 : 87 élèves de CM2, 41 parents à la visite. Outil : un « passeport 6e » que chaque élève fait tamponner.""",
  [],
  "Propre. QPV de Saint-Nazaire (Petit Caporal, Robespierre – Prézégat).")

T("recit",
  """donc la situation c'est une maman d'un garçon de CM1 à l'école Jean Jaurès de Denain qui est venue nous voir en disant que l'enseignant ne voulait pas lui parler et en même temps le directeur nous a appelés pour dire que la maman criait dans la cour tous les matins alors on a fait une première rencontre avec la maman toute seule au centre on l'a écoutée et ensuite on a proposé au directeur de venir au centre un jeudi à 16h45 ils se sont parlé pendant une heure et depuis ça va mieux la maman vient au café des parents le vendredi et le directeur passe de temps en temps""",
  [],
  "Propre. Dicté sans ponctuation, rôles uniquement.")

T("description",
  """« Semaine des parents » au centre social de La Source (Épinay-sur-Seine, QPV La Source – Les Presles) : cinq soirées co-organisées avec les écoles du secteur, les collèges Robespierre et Roger Martin du Gard et des associations : Les Petits Débrouillards (sciences), l'AFEV (mentorat étudiant), Lire et faire lire, le Secours populaire et l'association Coup de Pouce. Soirée d'ouverture le lundi 13 novembre à 18h, clôture le vendredi 17 par un repas partagé. 2023 : 180 participants, 9 structures partenaires. Support : un programme unique imprimé à 2 000 exemplaires et diffusé dans les cahiers de liaison.""",
  [],
  "Propre. Collège « Roger Martin du Gard » (prénom + nom-mot courant, mais c'est un établissement), associations.")

T("enseignements",
  """BILAN EQUIPE 15/06 – STAINS. POINTS POSITIFS : LA CPE DU COLLEGE BARBARA VIENT AU CENTRE UNE FOIS PAR MOIS. LA PRINCIPALE DU COLLEGE JOLIOT-CURIE A ACCEPTE LA CONVENTION. POINTS A AMELIORER : LES PARENTS DU CENTRE ELARGI NE CONNAISSENT PAS LE CLAS. IDEE : FLYER EN 4 LANGUES POUR SEPTEMBRE, DISTRIBUE AU MARCHE DU SAMEDI ET PAR L'ECOLE. 9 SITUATIONS SUIVIES CETTE ANNEE, 7 APAISEES.""",
  [],
  "Propre, capitales. « BARBARA » (collège), « CENTRE ELARGI » (QPV de Stains).")

T("actions",
  """Date   | Action                              | Participants
12/09  | réunion de rentrée au centre        | directrice de l'école Marcel Cachin, 2 animatrices
03/10  | café des parents                    | 14 parents, CPE
14/11  | médiation (situation 2023-04)       | mère, principale adjointe, référente famille
19/12  | bilan du trimestre                  | équipe CLAS + 3 enseignants
Lieu habituel : salle B, centre social, 1er étage.""",
  [],
  "Propre. Tableau tapé en texte, rôles et effectifs ; « Marcel Cachin » (école / QPV de Romainville).")

T("recit",
  """Un père a sollicité le centre social de la Bourgogne (Tourcoing) après le refus d'inscription de sa fille à l'école Sainte-Marie : il accuse la cheffe d'établissement de discrimination. Sa fille est actuellement scolarisée à l'école publique Saint-Exupéry, où tout se passe bien selon l'enseignante. La cheffe d'établissement de Sainte-Marie a, elle aussi, appelé le centre pour « expliquer sa position » (classes complètes). La directrice du centre a refusé d'arbitrer et a orienté le père vers la direction diocésaine et le service scolaire de la mairie. Le père a finalement maintenu sa fille à Saint-Exupéry.""",
  [],
  "Propre. Écoles aux noms de saints et de personnalités.")

T("description",
  """« Devoirs faits au centre » : les élèves de 6e et 5e des collèges Maria Casarès et Paul-Emile Victor (Rillieux-la-Pape) peuvent suivre le dispositif Devoirs faits au centre social de la Ville Nouvelle, encadrés par un assistant d'éducation et un animateur, les mardis et jeudis de 16h30 à 17h30. La convention, signée en 2022, prévoit un bilan trimestriel. 2023-2024 : 46 élèves inscrits, 78 % d'assiduité. Point d'attention : le trajet des élèves entre le collège Paul-Emile Victor et le centre (800 m).""",
  [],
  "Propre. Collèges aux noms de personnalités (« Victor » est aussi un prénom).")

T("recit",
  """Janvier : une mère d'élève de 5e du collège Frédéric Mistral (Lunel) vient au centre, inquiète après un conseil de classe où son fils a reçu un avertissement de travail. Février : le professeur principal sollicite aussi le centre, où l'élève est inscrit au CLAS. Mars : rencontre au centre avec la mère, le professeur principal et l'animatrice CLAS ; un contrat de travail est signé. Avril et Mai : suivi hebdomadaire. Juin : l'avertissement est levé. Le centre a tenu une position de tiers, sans prendre parti.""",
  [],
  "Propre. Mois capitalisés en tête de phrase (« Mars », « Avril » sont aussi des prénoms INSEE).")

T("actions",
  """De : ce.0340016H@ac-montpellier.fr
À : accueil@cs-deveze.example.org
Objet : Rencontre parents – collège La Dullague
Bonjour,
Le collège La Dullague confirme la réunion d'information sur l'orientation en fin de 3e, le mardi 12 mars à 18h, au centre social de la Devèze (salle polyvalente). Merci de relayer l'information auprès des familles du CLAS. Le secrétariat reste joignable au 04 65 71 52 40.
Cordialement,
Le secrétariat de direction""",
  [],
  "Propre. Courriel entre institutions : adresse fonctionnelle du collège (ce.UAI@…), adresse générique du centre, ligne du secrétariat.")

T("enseignements",
  """Directrice 14:02
Je retiens surtout qu'on a bien fait d'attendre l'accord de la mère avant d'appeler l'école.
Référente famille 14:04
Oui, et le fait de recevoir au centre et pas au collège Gustave Nadaud a changé l'ambiance.
Animateur CLAS 14:05
Pour la prochaine fois : prévoir quelqu'un qui parle portugais, la grand-mère comprenait mal.
Directrice 14:07
Noté pour le livret, partie « Ressources ».""",
  [],
  "Propre. Fil Teams dont les locuteurs sont des fonctions.")

T("description",
  """Grace à la convention signée en 2021 entre le centre social de l'Épinette et le collège privé Notre-Dame de Grâce (Maubeuge), les élèves de 6e et 5e peuvent venir à l'aide aux devoirs du centre deux soirs par semaine. La cheffe d'établissement et la directrice du centre se rencontrent à chaque période. Divine surprise : en 2023, 9 familles du quartier de l'Épinette ont aussi rejoint le conseil des parents du collège. Ce qui a aidé : la présence de l'animatrice aux réunions de rentrée.""",
  [],
  "Propre. « Grace à » (faute d'accent, pas un prénom), « Grâce » (nom du collège), « Divine surprise » (expression).")

T("recit",
  """Quartier des Quatre Chemins (Pantin). Une famille a sollicité l'espace de vie sociale après que l'école élémentaire a signalé des absences répétées de leur fille de CE2. L'école avait dans le même temps demandé à l'EVS de « faire passer un message ». Les animatrices ont proposé une rencontre à l'EVS avec le directeur et la famille ; un interprète en bambara de l'association était présent. Le directeur a expliqué l'obligation d'assiduité, la famille a expliqué les horaires de nuit du père. Un accueil du matin à l'EVS a été proposé, en lien avec le collège Jean Lolive pour le grand frère.""",
  [],
  "Propre. QPV Quatre Chemins, collège au nom de personne.")

T("actions",
  """Actions conduites avec l'école du Port du Rhin (Strasbourg) : 1) trois réunions de parents délocalisées au centre social en octobre, janvier et mai ; 2) navette depuis le quartier pour les parents lors des rendez-vous individuels (2 allers-retours, minibus 9 places) ; 3) traduction des mots de l'école en allemand, turc et arabe par des parents bénévoles ; 4) participation au conseil d'école du 7 novembre 2023 (salle 104). Budget : 2 450 € (CAF du Bas-Rhin).""",
  [],
  "Propre. QPV Port du Rhin, numéros de salle, montants.")

T("enseignements",
  """Patience et constance : il a fallu quatre rendez-vous pour que la mère accepte de revenir au collège Jean Monnet. Espoir retrouvé ensuite, le dialogue a repris avec la CPE. À retenir : ne pas vouloir aller trop vite, laisser la famille choisir le lieu et l'heure (ici le samedi à 10h), et garder le même interlocuteur au centre du début à la fin.""",
  [],
  "Propre. « Patience », « Espoir » : mots courants en tête de phrase (aussi prénoms INSEE).")

T("description",
  """« Parlons collège » : à l'initiative du collège Lucie Aubrac et du centre social du Pont Rompu (Tourcoing), des ateliers d'une heure pour les parents des futurs élèves de 6e, animés en duo par la CPE et la référente famille. Thèmes : l'emploi du temps, Pronote, les fournitures, la vie scolaire. Les ateliers ont lieu au centre, jamais au collège, pour les parents qui ont eu « une mauvaise expérience de l'école ». 2024 : 4 ateliers, 37 parents.""",
  [],
  "Propre. Collège au nom de personnalité, QPV Pont Rompu.")

T("recit",
  """Le collège Auguste Renoir (Marseille 13e) a sollicité le centre social au sujet d'un élève de 4e dont la famille refusait la mesure de responsabilisation décidée en commission éducative (article R. 511-13 du code de l'éducation). La famille, de son côté, a demandé au centre de l'aider à rédiger un recours auprès de la DSDEN 13. Le centre a expliqué à la famille la procédure (délai de 8 jours) et a proposé une rencontre au collège avec le CPE, à laquelle la référente famille a assisté comme tierce personne. Recours finalement abandonné ; la mesure a été effectuée à la médiathèque du quartier.""",
  [],
  "Propre. « R. 511-13 » est une référence d'article de loi, pas une initiale.")

T("enseignements",
  """Ce qui a fonctionné à Béziers (Iranget – Grangette) : une charte commune centre social / école Jean Moulin, signée en 2022, qui dit qui fait quoi quand une famille sollicite l'un ou l'autre. Le centre ne se prononce jamais sur une sanction ; l'école informe le centre avant toute convocation d'une famille suivie au CLAS, avec l'accord de cette famille. Depuis, 6 situations sur 7 ont été apaisées en moins d'un mois. La charte tient sur une page A4 et figure dans le livret (annexe 3).""",
  [],
  "Propre. QPV Iranget – Grangette, école au nom de personnalité, chiffres.")

T("description",
  """Permanence « Écrivain public scolaire » à la Maison pour tous Léo Lagrange (Lunel) : chaque mercredi de 9h à 12h, une animatrice aide les parents à lire et à rédiger les courriers liés à l'école (dossiers de bourse, demandes de rendez-vous, réponses aux convocations). Partenaires : collège Ambrussum, écoles Marie Curie et Jules Ferry, CCAS de Lunel. 2023-2024 : 112 rendez-vous, 64 familles différentes. Ce qui aide : aucun rendez-vous à prendre, et la confidentialité (aucune copie conservée).""",
  [],
  "Propre. Structure et écoles aux noms de personnalités.")

T("actions",
  """1/ appel de la directrice de l'école Rosa Parks au centre le 9/10 (standard du centre 03 53 01 20 45) ; 2/ rdv proposé à la maman le 11/10 au centre, salle 1 ; 3/ rencontre à 3 le 18/10, 16h30-17h15, à l'école ; 4/ bilan le 6/12 avec l'inspectrice de la circonscription de Roubaix-Est. Durée totale de l'accompagnement : 8 semaines, 5 rendez-vous.""",
  [],
  "Propre. Dates, heures, durées, standard du centre, circonscription.")

T("recit",
  """Aux Courtillières (Pantin), la mère d'un élève de CM2 de l'école Jean Jaurès est venue au centre social pour dire que son fils était « puni tous les jours » par le même surveillant de cantine. Le même jour, le responsable du périscolaire de la Ville a appelé le centre pour signaler que cet enfant « frappait les autres ». Le centre a proposé une rencontre à la mairie annexe, avec le responsable du périscolaire, la mère et l'animateur qui connaît l'enfant au centre. Un référent périscolaire unique a été désigné et un cahier de suivi partagé mis en place.""",
  [],
  "Propre. QPV Les Courtillières, rôles uniquement.")


# ---------------------------------------------------------------------------
# Construction et vérifications
# ---------------------------------------------------------------------------

def bounded_occurrences(text: str, needle: str) -> list[int]:
    """Positions des occurrences exactes de `needle` bornées par des non-alphanumériques."""
    out, i = [], text.find(needle)
    while i != -1:
        j = i + len(needle)
        before_ok = i == 0 or not text[i - 1].isalnum()
        after_ok = j == len(text) or not text[j].isalnum()
        if before_ok and after_ok:
            out.append(i)
        i = text.find(needle, i + 1)
    return out


def build() -> tuple[list[dict], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    out: list[dict] = []
    for n, entry in enumerate(CORPUS, start=1):
        tid = f"f{n:02d}"
        text = entry["text"]
        if entry["kind"] not in KINDS_TEXT:
            errors.append(f"{tid}: type de texte inconnu {entry['kind']!r}")
        items = []
        used: set[tuple[str, int]] = set()
        for spec in entry["items"]:
            if len(spec) == 2:
                s, k = spec
                occ = 0
            else:
                s, k, occ = spec
            if k not in KINDS_ITEM:
                errors.append(f"{tid}: type d'élément inconnu {k!r} pour {s!r}")
            pos = bounded_occurrences(text, s)
            if not pos:
                errors.append(f"{tid}: élément introuvable (borné) {s!r}")
                continue
            if occ >= len(pos):
                errors.append(f"{tid}: occurrence {occ} inexistante pour {s!r} ({len(pos)} trouvée(s))")
                continue
            if (s, occ) in used:
                errors.append(f"{tid}: élément en double {s!r} occurrence {occ}")
            used.add((s, occ))
            items.append({"text": s, "kind": k, "start": pos[occ]})
        # occurrences non marquées : signalées pour relecture (jugement explicite attendu)
        for s in sorted({it["text"] for it in items}):
            marked = sum(1 for it in items if it["text"] == s)
            total = len(bounded_occurrences(text, s))
            if total > marked:
                warnings.append(f"{tid}: {s!r} marqué {marked}/{total} occurrence(s)")
        items.sort(key=lambda it: it["start"])
        for a, b in zip(items, items[1:]):
            if a["start"] + len(a["text"]) > b["start"]:
                errors.append(f"{tid}: chevauchement {a['text']!r} / {b['text']!r}")
        for it in items:
            if text[it["start"]:it["start"] + len(it["text"])] != it["text"]:
                errors.append(f"{tid}: position fausse pour {it['text']!r}")
        out.append({"id": tid, "kind": entry["kind"], "text": text,
                    "items": items, "note": entry["note"]})
    if errors:
        raise SystemExit("ERREURS :\n" + "\n".join(errors))
    return out, warnings


def stats(corpus: list[dict]) -> str:
    lines = []
    with_items = [c for c in corpus if c["items"]]
    clean = [c for c in corpus if not c["items"]]
    lines.append(f"textes : {len(corpus)} (avec éléments : {len(with_items)}, propres : {len(clean)})")
    for k in KINDS_TEXT:
        a = sum(1 for c in with_items if c["kind"] == k)
        b = sum(1 for c in clean if c["kind"] == k)
        lines.append(f"  {k:14s} {a + b:3d}  (avec éléments {a}, propres {b})")
    ic = Counter(it["kind"] for c in corpus for it in c["items"])
    lines.append(f"éléments : {sum(ic.values())}")
    for k in KINDS_ITEM:
        lines.append(f"  {k:18s} {ic.get(k, 0):3d}")
    return "\n".join(lines)


def main() -> None:
    corpus, warnings = build()
    here = Path(__file__).resolve().parent
    path = here / "corpus.json"
    data = json.dumps(corpus, ensure_ascii=False, indent=1) + "\n"
    path.write_text(data, encoding="utf-8")
    # relecture et vérification du fichier écrit
    loaded = json.loads(path.read_text(encoding="utf-8"))
    for c in loaded:
        for it in c["items"]:
            assert c["text"][it["start"]:it["start"] + len(it["text"])] == it["text"], (c["id"], it)
    ic = Counter(it["kind"] for c in loaded for it in c["items"])
    missing = [k for k in KINDS_ITEM if ic.get(k, 0) == 0]
    assert not missing, f"types absents : {missing}"
    print(stats(loaded))
    if "-v" in sys.argv:
        print("occurrences non marquées (jugées volontairement) :")
        for w in warnings:
            print("  " + w)
    print("sha256", hashlib.sha256(path.read_bytes()).hexdigest(), path)


if __name__ == "__main__":
    main()
