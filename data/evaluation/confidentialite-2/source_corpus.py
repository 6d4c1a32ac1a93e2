#!/usr/bin/env python3
"""Corpus d'évaluation « hors projet » pour le contrôle de pseudonymisation.

Textes et jugements écrits à la main, AVANT toute exécution du logiciel du projet.
Ce script calcule lui-même la position `start` de chaque élément identifiant,
vérifie qu'il apparaît en limite de mot, et écrit corpus.json à côté de lui.

Format d'un jugement : (texte, genre) ou (texte, genre, occurrence).
`occurrence` = rang (0 = première) parmi les apparitions du texte de l'élément
en limite de mot, recherche sensible à la casse. Par défaut : 0.
"""
import json
import os
import re
import sys

TEXT_KINDS = {"recit", "actions", "enseignements", "description"}
ITEM_KINDS = {
    "prenom", "nom", "initiale", "telephone", "courriel", "adresse",
    "residence", "code_postal", "date_naissance", "age_classe_ecole",
    "pseudo_reseau", "plaque", "autre",
}

CORPUS = []


def T(id_, kind, text, items, note):
    CORPUS.append({"id": id_, "kind": kind, "text": text.strip("\n"),
                   "items": items, "note": note})


# ---------------------------------------------------------------------------
T("h01", "recit", """En novembre, la maman de Naïma B. (CE2, école élémentaire Paul Langevin) est venue à l'accueil du centre très en colère : sa fille aurait été privée de récréation trois jours de suite après une bagarre dans la cour. Le lendemain, la directrice de l'école, Mme Lefebvre, a appelé la référente famille pour « avoir notre avis » sur la situation familiale. Nous nous sommes retrouvés sollicités des deux côtés. Nous avons d'abord écouté la maman seule, en lui disant clairement que nous n'étions pas là pour juger l'école. Puis nous avons proposé une rencontre à trois au centre, un lieu perçu comme neutre par la famille. La directrice a accepté de venir un mardi à 16h45, après la classe. Pendant l'échange, la maman a pu expliquer que Naïma se faisait bousculer depuis la rentrée par un groupe de CM1 et qu'elle n'avait jamais été entendue. La directrice a reconnu qu'elle n'avait eu qu'une version des faits. Une fiche de suivi a été mise en place avec l'enseignante, et la référente famille a rappelé la maman deux semaines plus tard. Ce qui a aidé : la confiance déjà installée grâce au CLAS, où Naïma vient deux soirs par semaine, et le fait que le centre ne rapporte jamais à l'un ce que l'autre lui a confié.""",
  [("Naïma", "prenom", 0), ("B.", "initiale"), ("Lefebvre", "nom"),
   ("Naïma", "prenom", 1), ("Naïma", "prenom", 2)],
  "Long récit (> 1000 car.) ; prénom + initiale de nom ; nom de la directrice derrière « Mme » ; école au nom de personne (Paul Langevin) à ne pas signaler ; « grâce » minuscule.")

T("h02", "actions", """rdv avec la dir. mardi, maman de yanis tjs pas venue. rappelé au 06 39 98 41 27 -> messagerie. on retente jeudi avec l'adulte-relais qui parle soninké""",
  [("yanis", "prenom"), ("06 39 98 41 27", "telephone")],
  "Note rapide en minuscules, abréviations ; prénom en minuscules.")

T("h03", "description", """Chaque jeudi à 16h30, deux animatrices CLAS vont chercher 12 enfants de CE2 et CM1 à la sortie de l'école Jean Jaurès pour les accompagner au centre. Le trajet à pied dure dix minutes. La directrice de l'école transmet la liste en début de trimestre ; l'enseignante de CM1 note dans le cahier de liaison les devoirs prioritaires. En 2023-2024, 9 enfants sur 12 ont suivi toute l'année. Ce qui fait marcher : un horaire fixe, un interlocuteur identifié à l'école, un bilan en juin avec les parents.""",
  [],
  "Propre : rôles, horaires, effectifs, année scolaire, école au nom d'une personne.")

T("h04", "recit", """slt c fatou de l'accueil. la mere de Mamadou Sissoko a rappelé, elle veut plus que le college la convoque sans interprete. elle dit que le CPE lui a raccroché au nez. elle passe demain 14h, tu peux etre la ?""",
  [("fatou", "prenom"), ("Mamadou", "prenom"), ("Sissoko", "nom")],
  "Style SMS sans accents ; prénom d'une salariée en minuscules ; nom complet d'enfant.")

T("h05", "enseignements", """- Ne jamais prendre parti au premier rendez-vous.
- Proposer un lieu tiers (le centre) plutôt que le bureau du principal.
- Prévenir le parent que l'école sera informée de notre présence.
- Faire un point à J+15 avec la référente famille.
- Ne pas transmettre d'écrit de la famille à l'école sans son accord.
Ce que nous retenons surtout : la médiation a mieux marché quand un interprète était présent (3 situations sur 4).""",
  [],
  "Propre : liste à puces, rôles, chiffres.")

T("h06", "recit", """LA MAMAN DE KENZA EST PASSÉE AU CENTRE LE 3 OCTOBRE. ELLE NE COMPREND PAS POURQUOI SA FILLE EST ORIENTÉE EN SEGPA, PERSONNE NE LUI A EXPLIQUÉ. MME HADDAD DEMANDE QU'ON L'ACCOMPAGNE AU RDV AVEC LE PRINCIPAL ADJOINT. ELLE NE LIT PAS BIEN LE FRANÇAIS ET PRÉFÈRE ÊTRE APPELÉE : 07 12 34 56 78.""",
  [("KENZA", "prenom"), ("HADDAD", "nom"), ("07 12 34 56 78", "telephone")],
  "Tout en capitales : prénom, nom et téléphone noyés dans des mots en capitales (SEGPA, RDV, MME).")

T("h07", "actions", """RÉUNION PARENTS-ÉCOLE DU 14 MARS À 18H, SALLE 2 DU CENTRE. PRÉSENTS : LA DIRECTRICE DE L'ÉCOLE, LE CPE DU COLLÈGE, LA RÉFÉRENTE FAMILLE, L'ANIMATRICE CLAS, 7 PARENTS. ORDRE DU JOUR : SORTIES DE PÂQUES, CARNAVAL, INSCRIPTIONS EN 6E.""",
  [],
  "Propre, tout en capitales : date de réunion, salle, rôles, fête (Pâques), niveau.")

T("h08", "actions", """Actions menées :
1. Entretien avec le papa (M. Nguyen) le 12 janvier au centre.
2. Mail à l'enseignante de CM2, Mme Rakotomalala, avec l'accord du papa, qui veut être en copie à son adresse perso : nguyen.thanh-long78@gmail.com (il ne consulte pas l'ENT).
3. Point téléphonique avec la directrice le 19 janvier.
4. Bilan avec la famille au retour des vacances d'hiver.""",
  [("Nguyen", "nom"), ("Rakotomalala", "nom"),
   ("nguyen.thanh-long78@gmail.com", "courriel")],
  "Noms seuls après civilité (vietnamien, malgache) ; courriel avec point, trait d'union, chiffres ; dates de rendez-vous à ne pas signaler.")

T("h09", "recit", """Situation transmise par l'assistante sociale de secteur. Famille de quatre enfants logée au 27 rue Jean-Pierre Timbaud, 95100 Argenteuil, en attente de relogement. L'aîné, Ilyes, 14 ans, est en 4e au collège Claude Monet et cumule les exclusions ponctuelles. Le collège a demandé au centre de « faire passer un message » à la mère ; la mère, de son côté, nous demande d'intervenir pour qu'il ne soit pas exclu définitivement.""",
  [("27 rue Jean-Pierre Timbaud", "adresse"), ("95100", "code_postal"),
   ("Ilyes", "prenom"), ("14 ans", "age_classe_ecole")],
  "Adresse de la famille dont la rue porte un nom de personne (un seul élément adresse, pas de prénom/nom) ; code postal ; âge + classe + collège nommé.")

T("h10", "description", """Pendant la semaine d'octobre rose, l'atelier couture des mamans a fabriqué 200 rubans roses vendus à la kermesse de l'école. Le projet « pierre par pierre » sur l'histoire du quartier reprendra après la Toussaint avec deux classes de CM1. Claire et courte, la fiche d'inscription tient sur une page et a été traduite en arabe, en turc et en tamoul par des parents bénévoles.""",
  [],
  "Propre : « rose », « pierre », « Claire » (adjectif en début de phrase), « Toussaint » ressemblent à des prénoms.")

T("h11", "description", """Depuis 2021, le centre social et le collège Gabriel Péri de Bezons organisent une « cafét' des parents » un vendredi par mois dans le hall du collège. Côté collège, c'est Mme Ferreira, la principale adjointe, qui ouvre les portes ; côté centre, Sabrina (référente famille) et Ousmane (animateur jeunesse) préparent le café et les thèmes : orientation, écrans, bulletins. Fréquentation : entre 6 et 15 parents.""",
  [("Ferreira", "nom"), ("Sabrina", "prenom"), ("Ousmane", "prenom")],
  "Description de pratique qui nomme le personnel ; collège au nom de personne à ne pas signaler.")

T("h12", "description", """Le centre accueille chaque mardi soir une permanence « parents d'élèves allophones » en lien avec l'UPE2A du collège Jean Moulin de Sannois. Une bénévole traduit en arabe, une autre en tamoul. On y explique Pronote, le carnet de correspondance, les réunions parents-professeurs et le fonctionnement de la cantine. L'enseignante d'UPE2A vient une fois par période.""",
  [],
  "Propre : collège Jean Moulin (institution), sigles, logiciel Pronote.")

T("h13", "recit", """appel de la grd mere de lou-ann ce matin, elle dit que la petite se fait embeter ds le bus 95-02 par des 5e. elles habitent res. les glycines bat D a garges. voir avec le CPE de henri wallon avant vendredi""",
  [("lou-ann", "prenom"), ("res. les glycines", "residence"), ("bat D", "residence")],
  "Minuscules, sans accents ; prénom composé ; résidence et bâtiment abrégés ; « henri wallon » = le collège, pas une personne ; ligne de bus.")

T("h14", "recit", """Le conflit est parti d'une story Instagram publiée par le compte @la_vraie_inaya95 : des photos de deux élèves de 5e prises en classe. La famille d'Inaya affirme que ce compte n'est pas le sien et qu'il a été créé pour lui nuire. Le collège a convoqué les parents ; le père nous a demandé d'être présents.""",
  [("@la_vraie_inaya95", "pseudo_reseau"), ("Inaya", "prenom")],
  "Pseudo de réseau social contenant un prénom ; prénom rare après élision « d' ».")

T("h15", "enseignements", """Ce qu'on retient de l'année 2022-2023 : les conflits parents-école arrivent surtout en novembre (premiers bulletins) et en mai (orientation en fin de 3e). Avoir un rendez-vous fixe avec le principal adjoint avant les conseils de classe a évité plusieurs situations. 4 familles sur 5 accompagnées ont gardé le contact avec le collège.""",
  [],
  "Propre : années, mois, fractions, rôles.")

T("h16", "recit", """Fiche transmise par erreur avec le dossier PRE : Précieuse Mbemba, née le 17/09/2014, CM2. La maman conteste l'orientation en 6e SEGPA proposée par l'équipe éducative. Le centre avait été sollicité par la coordinatrice PRE pour « préparer la maman » à l'ESS, et par la maman pour « dire à l'école » qu'elle n'était pas d'accord.""",
  [("Précieuse", "prenom"), ("Mbemba", "nom"), ("17/09/2014", "date_naissance")],
  "Prénom qui est aussi un adjectif ; date de naissance au format jj/mm/aaaa.")

T("h17", "actions", """- 02/02 : écoute de Mme K. à l'accueil (45 min)
- 05/02 : appel à la directrice de la maternelle Pauline Kergomard
- 09/02 : rencontre à trois au centre, avec l'interprète
- 16/02 : retour à Mme K. par téléphone
- mars : suivi par la référente famille, pas de nouvel incident""",
  [("K.", "initiale", 0), ("K.", "initiale", 1)],
  "Initiale seule après civilité, deux fois ; dates de rendez-vous (pas des dates de naissance) ; école maternelle au nom d'une personne.")

T("h18", "actions", """RAS cette semaine, aucun parent reçu pour un conflit avec l'école.""",
  [],
  "Propre, une ligne.")

T("h19", "recit", """Rose, 6 ans, en CP à l'école Anatole France de Sarcelles, arrive chaque matin en retard. La maîtresse a écrit dans le cahier que « la famille ne respecte pas les horaires ». Sa mère travaille de nuit et c'est le grand frère, en 3e, qui l'accompagne. Il nous a demandé de l'aide ; nous avons proposé à l'école un départ groupé avec l'accueil du matin. Rose a maintenant un cartable rose tout neuf offert par la solidarité du quartier et ne rate plus l'appel.""",
  [("Rose", "prenom", 0), ("6 ans", "age_classe_ecole"), ("Rose", "prenom", 1)],
  "« Rose » prénom (deux fois) et « rose » couleur ; âge + CP + école nommée (Anatole France, institution).")

T("h20", "enseignements", """Lors de la rencontre de Pontoise, la fédération a rappelé qu'un partenariat se construit pierre après pierre. Les centres du Louvrais et de Marcouville ont présenté leurs outils : un tableau de bord partagé avec l'école, une charte d'accueil des parents, un calendrier commun. Prochaine rencontre après les vacances de Noël, à Cergy.""",
  [],
  "Propre : « pierre », QPV (Louvrais, Marcouville), « Noël », communes.")

T("h21", "recit", """Pierre est en 5e au collège Pierre Curie de Goussainville. Son père, M. Pierre, reproche au collège de n'appeler que la mère : les parents sont séparés et le collège n'a que son numéro à elle. Il est venu au centre « pour qu'on lui explique ses droits ». Nous lui avons rappelé que les deux parents ont droit aux informations et l'avons accompagné pour écrire au principal.""",
  [("Pierre", "prenom", 0), ("Pierre", "nom", 2)],
  "« Pierre » trois fois : prénom de l'enfant (occ. 0), nom du collège (occ. 1, non identifiant), nom de famille du père (occ. 2).")

T("h22", "description", """Pour la fête de fin d'année, les enfants du CLAS ont joué une petite pièce : un ange tombé du ciel découvre l'école et se perd dans la cantine. Les parents et l'équipe enseignante de l'école Victor Hugo étaient invités : une quarantaine de personnes, dont la directrice et deux enseignantes de CE1.""",
  [],
  "Propre : « ange » nom commun, école Victor Hugo.")

T("h23", "recit", """Ange (CE1) a été retrouvé seul devant l'école à 17h15 : le centre de loisirs n'avait pas été prévenu qu'il devait le récupérer ce jour-là. Sa tante, Mme Kouassi, accuse l'école ; l'école accuse le centre. Nous avons organisé un temps à trois pour clarifier qui récupère qui le mercredi et le soir, et rédigé une fiche commune.""",
  [("Ange", "prenom"), ("Kouassi", "nom")],
  "« Ange » prénom en tête de phrase ; nom ivoirien après civilité.")

T("h24", "actions", """Après la réunion, la maman de Sokhna a demandé à être recontactée directement, sans passer par l'école. Coordonnées laissées sur la fiche : +33 6 39 98 20 77 et sokhna.ndiaye2010[at]hotmail.fr (l'adresse de sa fille aînée). Nous avons précisé que ces informations ne seraient pas transmises à l'école sans son accord.""",
  [("Sokhna", "prenom"), ("+33 6 39 98 20 77", "telephone"),
   ("sokhna.ndiaye2010[at]hotmail.fr", "courriel")],
  "Téléphone au format international ; courriel masqué par [at].")

T("h25", "actions", """Actions : accueil de la maman au centre (1h), orientation vers le PRE, appel à l'infirmière scolaire avec l'accord de la famille, inscription de l'enfant au CLAS du lundi et du jeudi, point d'étape avec le CPE avant les vacances de février.""",
  [],
  "Propre : rôles et sigles seulement.")

T("h26", "recit", """Situation présentée par Élodie, coordinatrice CLAS, à la rencontre inter-centres. Joy, en CM1, vient au CLAS depuis deux ans. En janvier, son enseignant, M. Rousseau, a signalé à la famille des « comportements inadaptés » et proposé une équipe éducative. Le papa, Dieudonné, s'est senti accusé et a refusé de venir. Il est passé au centre pour dire qu'il retirerait Joy du CLAS si « le centre est du côté de l'école ». Dans le même temps, la directrice a demandé à Élodie un écrit sur le comportement de Joy au CLAS. Nous avons refusé de produire cet écrit, mais proposé d'accompagner le papa à l'équipe éducative s'il le souhaitait. Dieudonné a accepté à condition que ce soit Élodie qui vienne, et pas la directrice du centre qu'il ne connaissait pas. L'équipe éducative a eu lieu en mars ; un PPRE a été mis en place et Joy est restée au CLAS. Ce que nous en retenons : la personne qui accompagne compte autant que la posture, et un écrit sur un enfant ne sort jamais du centre sans l'accord de la famille.""",
  [("Élodie", "prenom", 0), ("Joy", "prenom", 0), ("Rousseau", "nom"),
   ("Dieudonné", "prenom", 0), ("Joy", "prenom", 1), ("Élodie", "prenom", 1),
   ("Joy", "prenom", 2), ("Dieudonné", "prenom", 1), ("Élodie", "prenom", 2),
   ("Joy", "prenom", 3)],
  "Long récit (> 1000 car.) ; prénoms répétés (salariée, enfant, père) ; « Joy » court et anglais ; « Dieudonné » ; nom d'enseignant qui est aussi celui d'un collège.")

T("h27", "description", """Description de la pratique : « le cartable des parents ». Depuis trois ans, le centre social de Villiers-le-Bel et l'école élémentaire Jean Jaurès organisent à chaque rentrée un temps d'accueil pour les parents des enfants de CP. Le principe est simple : le premier samedi matin de septembre, la directrice, les deux enseignantes de CP, la référente famille et l'animatrice CLAS reçoivent les familles dans le préau. On y présente l'école, les horaires, la cantine, le périscolaire, le rôle de l'ATSEM et du RASED, le cahier de liaison, l'ENT et les sorties prévues. Chaque famille repart avec un « cartable » : une pochette contenant le calendrier de l'année, les contacts utiles de l'école et du centre, une fiche sur le CLAS et une fiche sur l'aide aux devoirs. Ce qui favorise la rencontre : le samedi (les parents qui travaillent peuvent venir), le café et les gâteaux préparés par les parents du comité d'habitants, et la présence d'interprètes bénévoles (arabe, soninké, tamoul, turc). Ce qui fait marcher : la directrice porte le projet en conseil des maîtres, le centre prend en charge la logistique. Ressources : une subvention politique de la ville, le prêt de la salle. Obstacles : le renouvellement des enseignants en REP+ oblige à tout réexpliquer chaque année. Résultat : 38 familles sur 52 présentes en 2023, contre 21 la première année.""",
  [],
  "Propre, long (> 1000 car.) : grille d'analyse, rôles, sigles, chiffres.")

T("h28", "actions", """Situations suivies ce trimestre :
M. Coulibaly, CE1 : désaccord avec l'enseignante sur les devoirs, réglé après une rencontre au centre.
Mme Keïta, 6e : contestation d'une exclusion de cantine, en cours.
Famille Öztürk, CM2 + 4e : absentéisme du grand, orienté vers le PRE.
Élève A.D., 5e : refus de la famille de rencontrer le CPE, on attend.""",
  [("Coulibaly", "nom"), ("Keïta", "nom"), ("Öztürk", "nom"), ("A.D.", "initiale")],
  "Liste : civilité + nom + virgule + classe ; nom turc avec tréma ; deux initiales accolées.")

T("h29", "enseignements", """Le Ramadan tombe cette année en mars : l'école a accepté de décaler la réunion parents-professeurs après 19h30. L'Aïd sera un jour d'absence pour beaucoup d'enfants ; le centre a proposé à la directrice d'en parler en conseil d'école plutôt que de sanctionner.""",
  [],
  "Propre : fêtes religieuses (Ramadan, Aïd), horaires.")

T("h30", "actions", """dossier MDPH en cours pour noé (DDN 04.06.2016), ESS prévue le 22 mai à l'ecole. le papa veut qu'un animateur du centre soit présent, la maitresse est ok. penser a prevenir l'AESH""",
  [("noé", "prenom"), ("04.06.2016", "date_naissance")],
  "Minuscules ; « DDN » + date à points ; la date de l'ESS n'est pas une date de naissance.")

T("h31", "actions", """Pour organiser la rencontre, passer directement par la psychologue de l'EN, Mme Da Silva (c.da-silva@ac-versailles.fr). Elle connaît bien la famille Kaya et a déjà rencontré le papa l'an dernier.""",
  [("Da Silva", "nom"), ("c.da-silva@ac-versailles.fr", "courriel"), ("Kaya", "nom")],
  "Nom en deux mots ; courriel professionnel nominatif ; « famille » + nom.")

T("h32", "actions", """Rendez-vous pris avec la Mairie (service éducation) et France Travail pour la formation des parents relais. Le PRE et la CAF cofinancent. Démarrage prévu en septembre 2024.""",
  [],
  "Propre : institutions avec majuscules (Mairie, France Travail, CAF).")

T("h33", "recit", """les 2 filles se sont embrouillées sur snap, la mere de maëlys a montré les messages à l'accueil. d'après elle le compte qui insulte c'est lesbg.du.95. conseillé de faire un signalement au 3018 et d'en parler au CPE, elle veut pas, elle a peur que ça empire""",
  [("maëlys", "prenom"), ("lesbg.du.95", "pseudo_reseau")],
  "Pseudo Snapchat sans @ ; prénom en minuscules ; 3018 = numéro public, non identifiant.")

T("h34", "recit", """La famille vit au dernier étage de la tour 7 du Val d'Argent Nord, l'ascenseur est en panne depuis trois semaines. Les trois enfants arrivent en retard à l'école et la directrice a fait un signalement pour absentéisme. Le centre a fait le lien avec le bailleur et a expliqué la situation à l'école, avec l'accord de la maman.""",
  [("tour 7", "residence")],
  "Seul élément : la tour où vit la famille ; le QPV Val d'Argent Nord n'est pas identifiant.")

T("h35", "description", """La permanence du centre au collège Lucie Aubrac a lieu le lundi, bâtiment B, salle 104, de 12h à 13h30. Les élèves de 6e et de 5e peuvent y venir avec leurs parents pour prendre des nouvelles du CLAS.""",
  [],
  "Propre (cas limite assumé) : « bâtiment B » est un bâtiment du collège, pas le logement d'une famille ; collège au nom d'une personne.")

T("h36", "recit", """Le papa attend tous les soirs devant l'école dans sa voiture, une Clio grise immatriculée EF-318-QZ, et refuse d'entrer : il dit que la directrice l'a humilié devant les autres parents. La directrice a fini par appeler la police municipale. Le centre a proposé au papa de l'accompagner à un rendez-vous, et à la directrice de le recevoir au centre plutôt qu'à l'école.""",
  [("EF-318-QZ", "plaque")],
  "Plaque d'immatriculation ; aucun nom.")

T("h37", "actions", """Pour la demande d'aide à la cantine, la maman a donné son numéro allocataire CAF (2847153) et nous a demandé de le transmettre à l'école. Nous l'avons plutôt orientée vers l'assistante sociale scolaire, qui fera le lien.""",
  [("2847153", "autre")],
  "Numéro d'allocataire CAF (autre).")

T("h38", "description", """Bilan chiffré du CLAS 2023-2024 : 64 enfants inscrits du CP au CM2, 18 collégiens de 6e et 5e, 4 bénévoles, 2 animatrices. 72 % des parents sont venus au moins une fois au bilan trimestriel. Séances les lundis, mardis et jeudis de 16h30 à 18h, salles 2 et 3. Écoles partenaires : Paul Langevin et Romain Rolland ; collège Paul Vaillant Couturier.""",
  [],
  "Propre : chiffres, pourcentages ; noms d'écoles cités SANS le mot « école » devant (Paul Langevin, Romain Rolland).")

T("h39", "recit", """Victoire, en 4e au collège Voltaire de Sarcelles, a été exclue trois jours après une altercation avec une surveillante. Sa mère, Mme Mukendi, est venue nous voir en pensant que le centre pouvait « faire annuler » la sanction. Nous avons expliqué la procédure et son droit d'être reçue par le chef d'établissement, puis nous l'avons accompagnée à ce rendez-vous. Pour Victoire, être écoutée a été une petite victoire, même si la sanction a été maintenue.""",
  [("Victoire", "prenom", 0), ("Mukendi", "nom"), ("Victoire", "prenom", 1)],
  "« Victoire » prénom (deux fois) et « victoire » nom commun ; pas d'âge, donc pas d'élément âge-classe-école.")

T("h40", "recit", """Bjr c la maman d'aya, je peux pas venir au rdv avec la maitresse demain j'ai le travail, appelez moi au 0639984415 svp. merci""",
  [("aya", "prenom"), ("0639984415", "telephone")],
  "SMS ; prénom court en minuscules après élision ; numéro collé.")

T("h41", "actions", """Prochain comité de pilotage CLAS : mardi 16 avril, 9h30, salle du conseil en Mairie.""",
  [],
  "Propre, une ligne : date, heure, lieu institutionnel.")

T("h42", "recit", """Soan, le petit frère, est en moyenne section. La famille a déménagé avenue de Stalingrad en décembre et l'école de l'ancien secteur refuse de le garder jusqu'à la fin de l'année. Le papa a demandé au centre de l'aider à écrire au service scolaire de la Mairie ; la directrice, elle, nous a dit qu'elle « n'y pouvait rien ».""",
  [("Soan", "prenom"), ("avenue de Stalingrad", "adresse")],
  "Adresse sans numéro ; prénom rare.")

T("h43", "recit", """COMPTE RENDU – SITUATION FAMILLE BOUAZIZ
La maman, Samira BOUAZIZ, est venue à l'accueil le lundi 8 avril sans rendez-vous. Son fils Yanis, 12 ans, élève de 6e au collège Eugénie Cotton, a été exclu deux jours pour avoir filmé un professeur avec son téléphone et diffusé la vidéo. La maman reconnaît la faute mais trouve la sanction « injuste » parce que d'autres élèves auraient fait pareil sans être punis. Elle a déjà eu un rendez-vous houleux avec le CPE et ne veut plus y retourner seule. De son côté, le collège a appelé le centre le 9 avril : le principal adjoint souhaite que nous « raisonnions » la famille. Nous avons expliqué aux deux que le centre ne choisit pas de camp. Proposition : un rendez-vous au collège avec la maman, le CPE et la référente famille en soutien de la maman, pour préparer le retour de Yanis. Coordonnées laissées par la maman : 06.39.98.72.10 / samira.bouaziz95@outlook.fr""",
  [("BOUAZIZ", "nom", 0), ("Samira", "prenom"), ("BOUAZIZ", "nom", 1),
   ("Yanis", "prenom", 0), ("12 ans", "age_classe_ecole"), ("Yanis", "prenom", 1),
   ("06.39.98.72.10", "telephone"), ("samira.bouaziz95@outlook.fr", "courriel")],
  "Long (> 1000 car.) ; nom en capitales dans un titre en capitales ; téléphone à points ; âge + 6e + collège nommé.")

T("h44", "description", """Sur les QPV Delaune Masson Colomb (Bezons) et Brigadières - Henri Barbusse (Argenteuil, Bezons), deux centres sociaux travaillent avec le même collège. Les chefs d'établissement changent souvent ; une fiche « qui fait quoi » est mise à jour à chaque rentrée et envoyée au secrétariat du collège et aux directions d'école.""",
  [],
  "Propre : noms de QPV qui ressemblent à des noms de personnes (Delaune, Masson, Colomb, Henri Barbusse).")

T("h45", "enseignements", """Ce qu'on retient : quand les deux cotes viennent nous voir, il faut le dire tout de suite aux deux. On ne garde pas de secret sur le fait qu'on a ete sollicite par l'autre. On ne transmet pas le contenu sans accord. On propose un lieu neutre (le centre, pas le bureau du principal). On se fait aider par la federation si la situation deborde (menace, violence, signalement ASE). Et on ecrit un petit compte rendu partage a la fin, meme de 5 lignes.""",
  [],
  "Propre : sans accents, sigles.")

T("h46", "recit", """Claire, la maman de Baptiste (CM1), n'est pas d'accord avec le maintien en CM1 évoqué par l'enseignante. Elle trouve que l'école n'a pas été claire sur les difficultés de son fils pendant l'année. Elle a demandé au centre une attestation de présence au CLAS pour « prouver qu'il travaille ». Nous avons fourni l'attestation et proposé de participer au rendez-vous avec la directrice.""",
  [("Claire", "prenom"), ("Baptiste", "prenom")],
  "« Claire » prénom de la mère puis « claire » adjectif ; prénom d'enfant entre classe.")

T("h47", "actions", """atelier jardin du mercredi : prune et olive (les jumelles marchetti, CE2) ont encore été privées de récré lundi. la mère veut voir la dir. on a dit qu'on pouvait l'accompagner. sinon les semis de tomates et l'olivier en pot avancent bien""",
  [("prune", "prenom"), ("olive", "prenom"), ("marchetti", "nom")],
  "Prénoms qui sont des noms de fruits, en minuscules ; nom de famille en minuscules ; « olivier » nom commun.")

T("h48", "recit", """Fatoumata Camara, maman de Nour (grande section à la maternelle Danielle Casanova), est venue nous voir parce que l'école refuse que Nour reste à la cantine sans certificat médical pour son allergie. La directrice de la maternelle a elle aussi appelé le centre, en pensant que nous pouvions « convaincre » la maman de faire un PAI. Nous avons organisé un rendez-vous avec l'infirmière scolaire et la PMI.""",
  [("Fatoumata", "prenom"), ("Camara", "nom"), ("Nour", "prenom", 0),
   ("Nour", "prenom", 1)],
  "Prénom + nom ouest-africains ; prénom court « Nour » ; maternelle au nom d'une personne.")

T("h49", "actions", """Mail reçu de la CPE du collège Léon Blum, Mme Petrovic (m.petrovic@ac-versailles.fr) : « Je vous confirme le rendez-vous avec Mme Benali et son fils Wassim lundi à 10h. » La référente famille accompagnera Mme Benali, qui l'a demandé.""",
  [("Petrovic", "nom"), ("m.petrovic@ac-versailles.fr", "courriel"),
   ("Benali", "nom", 0), ("Wassim", "prenom"), ("Benali", "nom", 1)],
  "Nom de CPE (serbe), courriel professionnel ; nom répété ; collège au nom d'une personne.")

T("h50", "recit", """Deux familles d'une même classe de CE2 (école Marcel Cachin) se sont affrontées par école interposée. D'un côté M. et Mme R., qui accusent un camarade de racketter leur fils ; de l'autre Mme T. Benamar, mère de l'enfant accusé, qui parle de mensonge. Chacune est venue au centre demander qu'on « prenne position ». Nous avons refusé de trancher et proposé à la directrice une médiation avec les deux familles, en présence de l'enseignante.""",
  [("R.", "initiale"), ("T.", "initiale"), ("Benamar", "nom")],
  "Initiale de nom après « M. et Mme » ; initiale de prénom devant un nom.")

T("h51", "recit", """Inès Mendy, née le 1er mars 2013, élève de 5e, refuse d'aller en cours d'EPS. Sa mère dit qu'elle est harcelée dans les vestiaires ; le collège parle de « refus scolaire ». Les deux ont appelé la référente famille la même semaine.""",
  [("Inès", "prenom"), ("Mendy", "nom"), ("1er mars 2013", "date_naissance")],
  "Date de naissance en toutes lettres avec « 1er ».")

T("h52", "recit", """La vidéo de la bagarre devant le collège Henri Matisse a circulé sur TikTok depuis le compte @dz.garges.officiel. Le père d'un des deux garçons, M. Cherif, est venu au centre très inquiet : il a peur des représailles dans le quartier et ne veut plus envoyer son fils au collège. Le collège, de son côté, nous a demandé si nous connaissions « ce compte ».""",
  [("@dz.garges.officiel", "pseudo_reseau"), ("Cherif", "nom")],
  "Pseudo TikTok avec points ; nom seul après civilité ; collège au nom d'un peintre.")

T("h53", "recit", """La famille Mendes vit résidence Les Charmilles, bâtiment F2, 95000 Cergy. Depuis un dégât des eaux, les deux enfants dorment chez leur grand-mère à Pontoise et arrivent en retard à l'école. L'école a convoqué les parents ; le papa a demandé au centre de venir avec lui pour expliquer la situation.""",
  [("Mendes", "nom"), ("résidence Les Charmilles", "residence"),
   ("bâtiment F2", "residence"), ("95000", "code_postal")],
  "Résidence + bâtiment + code postal d'une famille.")

T("h54", "actions", """Suite à l'appel du collège, la référente famille a joint la grand-mère qui élève Ibrahima : fixe 01 99 00 27 45 (laisser sonner longtemps). RDV fixé au centre le mercredi 15 à 14h avec le CPE.""",
  [("Ibrahima", "prenom"), ("01 99 00 27 45", "telephone")],
  "Téléphone fixe d'Île-de-France.")

T("h55", "recit", """Situation de harcelement (CM2, ecole Victor Hugo). Depuis la rentree, Amine se plaint d'etre insulte et frappe a la sortie par un groupe de trois eleves. Sa mere, Mme Zerrouki, a d'abord ecrit a la maitresse puis a la directrice, sans reponse selon elle. Elle est venue au centre en disant qu'elle allait « regler ca elle-meme » devant l'ecole. Le meme jour, la directrice nous a appele : elle avait recu la mere d'un des enfants accuses, qui accuse a son tour Amine d'avoir commence. Nous connaissons les deux familles, qui viennent toutes les deux au CLAS. Nous avons d'abord recu Mme Zerrouki seule, pour faire baisser la tension, et lui avons explique le protocole pHARe et le numero 3020. Puis nous avons propose a la directrice une rencontre au centre avec chaque famille separement, puis une rencontre commune si tout le monde etait d'accord. La deuxieme famille a refuse la rencontre commune. L'ecole a finalement mis en place une surveillance renforcee a la sortie et un travail en classe sur le respect, avec l'aide de l'animatrice CLAS, Yasmina, qui a anime deux seances. En janvier, Mme Zerrouki nous a dit que ca allait mieux ; Amine a repris le foot avec les autres.""",
  [("Amine", "prenom", 0), ("Zerrouki", "nom", 0), ("Amine", "prenom", 1),
   ("Zerrouki", "nom", 1), ("Yasmina", "prenom"), ("Zerrouki", "nom", 2),
   ("Amine", "prenom", 2)],
  "Long (> 1000 car.), sans accents ; noms répétés ; numéro 3020 public ; sigle pHARe.")

T("h56", "enseignements", """Ce qui a marché cette année tient beaucoup aux personnes : Mme Yilmaz, principale adjointe, répond toujours dans la journée, et Thierry, l'animateur du centre qui fait la permanence au collège, connaît tous les élèves de 6e. Le risque : si l'un des deux part, tout s'arrête. Il faut écrire la pratique pour qu'elle tienne sans eux.""",
  [("Yilmaz", "nom"), ("Thierry", "prenom")],
  "Enseignements qui nomment des professionnels.")

T("h57", "description", """Permanence « devoirs et parents » au collège Evariste Galois de Sarcelles, chaque mardi de 17h à 18h30. Côté centre, c'est Karim Ouali qui coordonne (karim.ouali@cs-lochere.fr, 06 39 98 20 51). Côté collège, le professeur documentaliste ouvre le CDI. Public : élèves de 6e et leurs parents, surtout des familles arrivées récemment dans le quartier des Lochères.""",
  [("Karim", "prenom"), ("Ouali", "nom"), ("karim.ouali@cs-lochere.fr", "courriel"),
   ("06 39 98 20 51", "telephone")],
  "Coordonnées nominatives d'un salarié dans une description de pratique ; QPV Lochères non identifiant.")

T("h58", "actions", """VISITE À DOMICILE AVEC L'ASSISTANTE SOCIALE LE 12/01. FAMILLE LOGÉE RÉSIDENCE DES SOURCES BAT 3, 95 140 GARGES. LES ENFANTS (CP ET CE2) NE SONT PAS ALLÉS À L'ÉCOLE DEPUIS LES VACANCES DE NOËL. LA MAMAN DIT QUE L'ÉCOLE NE L'A JAMAIS APPELÉE.""",
  [("RÉSIDENCE DES SOURCES", "residence"), ("BAT 3", "residence"),
   ("95 140", "code_postal")],
  "Capitales ; code postal écrit avec une espace ; date de visite non identifiante.")

T("h59", "recit", """Deux pères se sont disputés à la sortie de l'école Romain Rolland : M. Sy accuse le fils de M. Ba d'avoir cassé les lunettes du sien. La directrice a demandé au centre, que les deux familles fréquentent, de « calmer le jeu ». Nous avons reçu M. Ba puis M. Sy, séparément, puis ensemble avec l'adulte-relais.""",
  [("Sy", "nom", 0), ("Ba", "nom", 0), ("Ba", "nom", 1), ("Sy", "nom", 1)],
  "Noms de famille de deux lettres après civilité.")

T("h60", "recit", """Marin et Ambre sont frère et sœur, en CE2 et en CM2 à l'école Paul Bert. Leur mère, agente d'entretien de nuit, ne peut pas venir aux rendez-vous de 16h30. L'école lui reproche de « ne jamais se déplacer ». Ambre est venue seule au centre demander de l'aide. Nous avons proposé à la directrice un rendez-vous à 8h, avant le travail de la maman.""",
  [("Marin", "prenom"), ("Ambre", "prenom", 0), ("Ambre", "prenom", 1)],
  "Prénoms qui sont des mots ordinaires (marin, ambre) ; classes + école sans âge : pas d'élément âge.")

T("h61", "actions", """Fiche contact (à ne pas transmettre) : M. et Mme Koné, 8 impasse des Coquelicots, CP 95190 Goussainville. Enfant : Moussa, CE1.""",
  [("Koné", "nom"), ("8 impasse des Coquelicots", "adresse"), ("95190", "code_postal"),
   ("Moussa", "prenom")],
  "Fiche contact complète ; « CP » = code postal ici, et « CE1 » = classe.")

T("h62", "recit", """ENFANT : AÏSSATA DOUCOURÉ, NÉE LE 12/12/2012, 6E B. LA FAMILLE CONTESTE UN SIGNALEMENT À L'ASE FAIT PAR LE COLLÈGE. LE PÈRE A DEMANDÉ AU CENTRE DE TÉMOIGNER.""",
  [("AÏSSATA", "prenom"), ("DOUCOURÉ", "nom"), ("12/12/2012", "date_naissance")],
  "Capitales accentuées ; « 6E B » = classe, non identifiant.")

T("h63", "actions", """ok pour jeudi 17h au centre avec la dir et le cpe, je previens la maman. elle viendra avec le grand frere qui traduit. bonne soiree""",
  [],
  "Propre, style SMS : rôles seulement.")

T("h64", "actions", """pb de cantine réglé, la maman a vu l'AS du collège, dossier CAF ok. prochain pt avec la réf famille après la toussaint. penser à la sortie de noël pour les 6e""",
  [],
  "Propre, note rapide : « toussaint », « noël » en minuscules.")

T("h65", "enseignements", """Enseignements tirés de trois années de situations de conflit entre parents et écoles. Premièrement, le centre est souvent sollicité parce qu'il est le seul lieu où les deux parties se sentent à peu près à l'aise : les parents y viennent pour le CLAS, l'aide administrative ou les ateliers, et les directrices connaissent la référente famille depuis longtemps. Cette position est précieuse mais fragile. Deuxièmement, la tentation est forte de devenir le messager de l'un ou de l'autre ; chaque fois que nous l'avons fait, la situation s'est compliquée et l'une des parties nous a reproché de ne pas être neutres. Troisièmement, la rencontre à trois fonctionne mieux quand elle est préparée : un entretien avec le parent avant, un échange avec l'école avant, et une règle claire énoncée au début (chacun parle, personne ne juge, on cherche ce qui est bon pour l'enfant). Quatrièmement, la présence d'un interprète ou d'un adulte-relais change tout pour les familles non francophones. Enfin, il faut savoir dire non : quand il est question de protection de l'enfance ou de violences, ce n'est pas au centre de jouer la médiation ; il oriente vers les services compétents et en informe la famille. Ces enseignements ont été partagés lors de la rencontre départementale et intégrés au livret.""",
  [],
  "Propre, long (> 1000 car.) : « précieuse », « claire » minuscules.")

T("h66", "description", """Territoire : QPV Lochères (QP095033) à Sarcelles, commune 95585. Le centre travaille avec 4 écoles élémentaires et 2 maternelles du secteur du collège Chantereine. Formes du partenariat : présence hebdomadaire du centre aux portes de l'école, participation au comité de pilotage du PRE, convention annuelle pour le CLAS.""",
  [],
  "Propre : code QPV, code INSEE (ressemble à un code postal mais n'est pas une adresse), effectifs.")

T("h67", "description", """Calendrier des ateliers parents-enfants : carnaval en février (pas pendant la Saint-Valentin, l'école a déjà sa boum), chasse aux œufs avant Pâques avec les classes de maternelle, fête du quartier en juin. Les dates sont calées avec la directrice au conseil d'école de novembre.""",
  [],
  "Propre : Saint-Valentin, Pâques, mois.")

T("h68", "enseignements", """CE QUI FAVORISE LA RENCONTRE : SE CONNAÎTRE AVANT LE CONFLIT. CE QUI FAIT MARCHER : UN INTERLOCUTEUR STABLE À L'ÉCOLE ET UN AU CENTRE. OUTILS : LA FICHE NAVETTE, LE CAHIER DE LIAISON DU CLAS. OBSTACLE : LES CHANGEMENTS DE DIRECTION CHAQUE ANNÉE EN REP+.""",
  [],
  "Propre, tout en capitales.")

T("h69", "recit", """La grand-mère élève seule ses trois petits-enfants depuis l'hospitalisation de la maman. Le plus jeune, 9 ans, en CM1, a été puni plusieurs fois pour des devoirs non faits. Le grand frère, en 3e prépa-métiers, l'aide comme il peut. La référente famille a proposé l'inscription au CLAS et un rendez-vous avec l'enseignant.""",
  [],
  "Propre : âge + classe mais AUCUNE école nommée, donc pas d'élément âge-classe-école ; rôles familiaux.")

T("h70", "actions", """3 familles reçues le 14 mars, 12 enfants inscrits à la sortie du 6 avril (bus 95-02 puis RER C), retour prévu à 17h45 devant l'école. Coût : 4 € par enfant, 50 % pris en charge par le centre. Encadrement : 2 animatrices et 1 parent bénévole.""",
  [],
  "Propre : nombres, dates, ligne de bus, pourcentages.")

T("h71", "enseignements", """Grâce à la référente famille, la médiation a pu reprendre après les vacances. Patience et constance ont été nécessaires : la maman était à fleur de peau et le principal adjoint, de son côté, voulait une réponse rapide. Une maxime de l'équipe nous a guidés : « on ne choisit pas de camp, on choisit l'enfant ». Ce fut une vraie victoire quand tout le monde s'est assis autour de la même table.""",
  [],
  "Propre : mots qui sont aussi des prénoms (Grâce, Patience en tête de phrase ; fleur, maxime, victoire).")

T("h72", "description", """La rencontre départementale « centres sociaux et écoles » se tiendra le jeudi 6 juin de 9h à 12h30 à la salle des fêtes, 2 rue de la République à Sannois. Ordre du jour : présentation du livret, atelier sur les situations de conflit parents-école, échanges avec les partenaires de l'Éducation nationale.""",
  [],
  "Propre (cas limite assumé) : adresse d'un lieu public de réunion, pas celle d'une famille.")

T("h73", "description", """Orientation des élèves : la liaison CM2-6e concerne cette année 3 élèves d'ULIS école, 2 élèves qui partent en SEGPA et les élèves d'UPE2A. Pour chacun, le centre propose aux familles un accompagnement aux réunions (ESS, PAP, PPRE) si elles le souhaitent.""",
  [],
  "Propre : sigles scolaires.")

T("h74", "description", """Liaison école-collège à Villiers-le-Bel : les CM2 de trois écoles visitent le collège Martin Luther King en mai, ceux d'une quatrième école le collège Saint-Exupéry. Le centre accompagne les parents volontaires à la visite, avec un goûter au retour. Les élèves d'ULIS sont accueillis avec leur AESH.""",
  [],
  "Propre : collèges dont le nom contient un prénom (Martin) ou un nom.")

T("h75", "description", """Le centre intervient sur le Val-Notre-Dame et les Coteaux, et de plus en plus sur Val d'Argent Sud depuis la fermeture d'une structure voisine. Les familles du Val d'Argent Nord continuent de venir pour l'aide administrative (CAF, France Travail, Pôle emploi pour les anciens dossiers).""",
  [],
  "Propre : quartiers et QPV d'Argenteuil, institutions.")

T("h76", "actions", """reunion avec l'equipe educative, la maitresse a ete tres claire : pas de sanction, un suivi. la maman etait soulagee. on refait un point fin janvier avec l'infirmiere scolaire et le psy EN.""",
  [],
  "Propre : minuscules sans accents, « claire » adjectif.")

T("h77", "description", """Grille d'analyse utilisée pour présenter la pratique :
A. Ce qui favorise la rencontre
B. Ce qui fait marcher
C. Les ressources
D. Les opportunités
E. Les outils
F. Les obstacles
Chaque centre remplit la grille en 20 minutes avant la rencontre ; la fédé fait la synthèse p. 4 à 7 du livret.""",
  [],
  "Propre : lettres majuscules suivies d'un point qui NE sont PAS des initiales (énumération), « p. 4 ».")

T("h78", "description", """À Garges-lès-Gonesse, sur la Dame Blanche, le centre tient une permanence au collège Pablo Picasso le vendredi midi. Les parents y viennent surtout pour Pronote et pour les bourses. La principale adjointe et le CPE passent saluer les familles.""",
  [],
  "Propre : QPV « Dame Blanche », collège au nom d'une personne.")

T("h79", "actions", """PAS DE PERMANENCE PENDANT LES VACANCES DE LA TOUSSAINT.""",
  [],
  "Propre, une ligne en capitales.")

T("h80", "description", """Affiche remise aux parents : en cas de harcèlement, appeler le 3020 ; pour un enfant en danger, le 119 ; pour le cyberharcèlement, le 3018. Ces numéros sont gratuits et anonymes. La liste est aussi affichée à l'accueil du centre, à côté des horaires (lundi-vendredi 9h-12h / 14h-18h).""",
  [],
  "Propre : numéros publics courts, horaires.")

T("h81", "description", """Le lien avec le collège passe par Mme la Principale pour les conventions et par le CPE pour le quotidien. M. le Maire adjoint à l'éducation a participé une fois au comité de suivi. La directrice de l'école maternelle souhaite rejoindre le dispositif à la rentrée 2025.""",
  [],
  "Propre : civilités suivies d'une fonction et non d'un nom.")

T("h82", "enseignements", """Leçon principale : ne jamais promettre au parent un résultat qui dépend de l'école.""",
  [],
  "Propre, une ligne.")

T("h83", "recit", """Maïssa, en 4e, accuse une camarade d'avoir créé le compte Instagram @maissa.la.balance pour se moquer d'elle. Le collège dit ne rien pouvoir faire « en dehors du temps scolaire ». La maman de Maïssa s'est tournée vers nous, et le CPE aussi, le même jour.""",
  [("Maïssa", "prenom", 0), ("@maissa.la.balance", "pseudo_reseau"),
   ("Maïssa", "prenom", 1)],
  "Pseudo Instagram ; prénom avec tréma répété.")

T("h84", "actions", """Contacts pour la médiation (usage interne) :
- papa : M. DOS SANTOS, 06-39-98-11-09
- maman : Mme Pereira, pereira.ana arobase gmail.com
- école : la directrice, par le téléphone de l'école""",
  [("DOS SANTOS", "nom"), ("06-39-98-11-09", "telephone"), ("Pereira", "nom"),
   ("pereira.ana arobase gmail.com", "courriel")],
  "Nom en deux mots en capitales ; téléphone à tirets ; courriel avec « arobase » en toutes lettres.")

T("h85", "recit", """Un garçon de 11 ans, en 6e au collège Jules Ferry d'Ermont, a été laissé seul en permanence toute une matinée sans qu'on prévienne sa mère. Elle est venue au centre furieuse ; le CPE, qui avait appris sa venue, nous a appelés pour « donner sa version ». Nous avons proposé de les recevoir ensemble.""",
  [("11 ans", "age_classe_ecole")],
  "Seul élément : âge + classe + collège nommé, sans aucun nom de personne.")

T("h86", "actions", """note perso : sami 10ans cm2 ecole victor hugo, soucis avec le prof remplaçant, la mère veut changer d'école. lui proposer rdv avec la dir + nous. tel mere 06 39 98 66 03""",
  [("sami", "prenom"), ("10ans", "age_classe_ecole"), ("06 39 98 66 03", "telephone")],
  "Minuscules ; âge collé « 10ans » ; « victor hugo » = école, pas une personne.")

T("h87", "description", """Pratique : le « petit-déj des parents » à l'école maternelle Pauline Kergomard, un jeudi par mois. Animé par Nadège (centre) et la directrice, Mme Le Goff. Entre 8 et 20 parents. Outil : un tableau des questions posées, relu ensemble au conseil d'école.""",
  [("Nadège", "prenom"), ("Le Goff", "nom")],
  "Nom breton avec article « Le » ; prénom de salariée.")

T("h88", "recit", """Tharshini, élève de CM1, est arrivée du Sri Lanka en octobre. L'école a demandé au centre un interprète tamoul pour l'équipe éducative. La voisine de palier, Mme N'Diaye, qui s'occupe souvent d'elle après l'école, a appelé le centre pour savoir si elle pouvait venir à la réunion « à la place de la maman ». Nous avons expliqué à l'école et à la voisine que seule la famille pouvait décider de qui l'accompagne.""",
  [("Tharshini", "prenom"), ("N'Diaye", "nom")],
  "Prénom tamoul rare ; nom avec apostrophe.")

T("h89", "recit", """Mme Joseph a retiré sa fille Merveille du collège public pour l'inscrire au collège privé Saint-Joseph d'Argenteuil après un conflit avec un professeur. Le collège public reproche au centre d'avoir « conseillé » ce départ, ce qui est faux : la référente famille avait seulement écouté la maman. Nous avons demandé une rencontre avec la principale pour clarifier notre rôle.""",
  [("Joseph", "nom", 0), ("Merveille", "prenom")],
  "« Joseph » nom de famille (occ. 0) et dans « Saint-Joseph » (occ. 1, établissement) ; prénom « Merveille ».")

T("h90", "actions", """Dossier d'inscription transmis au PRE : Kylian Moreau, né le 7 juin 2011, INE 071234567AB, 3e. Objectif : éviter le décrochage, accompagnement au stage d'observation.""",
  [("Kylian", "prenom"), ("Moreau", "nom"), ("7 juin 2011", "date_naissance"),
   ("071234567AB", "autre")],
  "Date de naissance en lettres ; identifiant national élève (autre).")

T("h91", "recit", """Lilou M., CP, école Paul Langevin : la maman conteste un mot de l'enseignant, M. GARNIER, qui parle de « manque d'hygiène ». Elle le vit comme une humiliation. Le centre, qui connaît la famille par l'atelier parents, a été appelé par les deux côtés la même semaine.""",
  [("Lilou", "prenom"), ("M.", "initiale", 0), ("GARNIER", "nom")],
  "« M. » initiale de nom (occ. 0) puis « M. » civilité (occ. 1, non identifiant) ; nom en capitales.")

T("h92", "enseignements", """Enseignement tiré de la situation de la famille S. : ne pas accepter de jouer le messager. Quand le collège nous a demandé de transmettre à Mme S. la date du conseil de discipline, nous avons refusé et proposé que le collège l'appelle en notre présence.""",
  [("S.", "initiale", 0), ("S.", "initiale", 1)],
  "Initiale dans un texte d'enseignements, deux fois.")

T("h93", "description", """Le groupe WhatsApp des parents délégués a été créé par une maman, Rahma, qui centralise les questions avant les conseils de classe (rahma_92@hotmail.com). Le centre ne gère pas le groupe mais relaie les dates des réunions.""",
  [("Rahma", "prenom"), ("rahma_92@hotmail.com", "courriel")],
  "Courriel avec tiret bas ; description de pratique.")

T("h94", "actions", """Signalement fait à la directrice avec l'accord de la maman : un homme attend régulièrement les enfants à la sortie dans une voiture noire immatriculée GT-507-LM. La maman pense qu'il s'agit de l'ex-conjoint, visé par une ordonnance d'éloignement.""",
  [("GT-507-LM", "plaque")],
  "Plaque d'immatriculation.")

T("h95", "recit", """la famille habite 32 rue gabriel peri à Bezons (95870), juste en face du collège. le fils (Nassim) se fait convoquer tous les jours par la vie scolaire pour des retards « alors qu'on habite à 100 m »""",
  [("32 rue gabriel peri", "adresse"), ("95870", "code_postal"), ("Nassim", "prenom")],
  "Adresse en minuscules sans accents (rue au nom d'une personne) ; code postal entre parenthèses.")

T("h96", "actions", """Courrier au collège Jean Moulin préparé avec le papa, à envoyer depuis son domicile : M. Kowalski, 3 bis allée Jean Moulin, 95110 Sannois. Objet : demande de rendez-vous avec le professeur principal de sa fille Zofia.""",
  [("Kowalski", "nom"), ("3 bis allée Jean Moulin", "adresse"), ("95110", "code_postal"),
   ("Zofia", "prenom")],
  "« Jean Moulin » deux fois : collège (non identifiant) puis dans l'adresse de la famille ; nom polonais.")

T("h97", "recit", """Mme Tran a été expulsée de son logement au 45, boulevard Léon Feix, et la famille est hébergée depuis novembre dans un hôtel social à Cergy. Sa fille, Linh, doit faire 1h30 de transport pour rester dans sa classe de CE1. L'école propose une radiation pour qu'elle soit inscrite près de l'hôtel ; la maman refuse et a demandé l'aide du centre.""",
  [("Tran", "nom"), ("45, boulevard Léon Feix", "adresse"), ("Linh", "prenom")],
  "Adresse avec virgule après le numéro ; nom et prénom vietnamiens courts.")

T("h98", "recit", """Le collège Voltaire de Sarcelles a convoqué les parents de Yacine après le vol d'un téléphone dans les vestiaires. La famille, qui habite 5 rue Voltaire, à deux pas du collège, dit qu'on « les connaît depuis vingt ans » et se sent stigmatisée. Le père a demandé au centre d'être présent à la convocation.""",
  [("Yacine", "prenom"), ("5 rue Voltaire", "adresse")],
  "« Voltaire » nom du collège (non identifiant) et dans l'adresse de la famille (identifiant).")

T("h99", "actions", """Numéros donnés par la tante, qui vit la moitié de l'année à Bamako : +33639985566 (France). Mail : AWA.KONATE@YAHOO.FR. Elle souhaite être en copie de tout ce qui concerne l'orientation de Bakary en fin de 3e.""",
  [("+33639985566", "telephone"), ("AWA.KONATE@YAHOO.FR", "courriel"), ("Bakary", "prenom")],
  "Téléphone international collé ; courriel en capitales.")

T("h100", "recit", """Yasmine, 7 ans, CE1 à l'école Romain Rolland, a été retirée de la classe verte par l'école pour « raisons de comportement ». Le papa est venu au centre, persuadé qu'il s'agit d'une discrimination. L'école a de son côté demandé au centre de ne pas « monter la famille contre elle ». La médiation a été faite par la coordinatrice CLAS, Mme Obrecht, que les deux parties connaissaient.""",
  [("Yasmine", "prenom"), ("7 ans", "age_classe_ecole"), ("Obrecht", "nom")],
  "Âge + classe + école nommée ; nom alsacien d'une salariée.")

T("h101", "recit", """Rayan, 15 ans, en 3e au collège Evariste Galois, n'a pas d'affectation en lycée professionnel. La mère, Mme Kaci, accuse le collège de l'avoir « laissé tomber ». Le centre a accompagné la famille au CIO. Rayan communique surtout par snap (rayan.gls95), c'est par là que l'animateur jeunesse garde le contact.""",
  [("Rayan", "prenom", 0), ("15 ans", "age_classe_ecole"), ("Kaci", "nom"),
   ("Rayan", "prenom", 1), ("rayan.gls95", "pseudo_reseau")],
  "Pseudo Snapchat sans @ entre parenthèses ; âge + 3e + collège nommé.")

T("h102", "actions", """fiche PRE : Jade, DDN: 23/11/15, GS maternelle. maman : Mme Petit, tel 06 39 98 07 81. orientée par la PMI pour troubles du langage, l'école souhaite un bilan orthophonique.""",
  [("Jade", "prenom"), ("23/11/15", "date_naissance"), ("Petit", "nom"),
   ("06 39 98 07 81", "telephone")],
  "Date de naissance sur deux chiffres d'année ; nom de famille qui est un adjectif (Petit).")

T("h103", "recit", """La maman de Noah a envoyé un long message à l'école, avec le centre en copie, depuis l'adresse binta.sow (at) yahoo.fr. Elle reproche à l'enseignante de CP d'avoir « humilié » son fils devant la classe et demande que le centre « témoigne ». Nous avons proposé un échange à trois plutôt qu'un écrit.""",
  [("Noah", "prenom"), ("binta.sow (at) yahoo.fr", "courriel")],
  "Courriel masqué « (at) » avec espaces.")

T("h104", "actions", """Pas de numéro valide pour la maman d'Éléna : relance par message Instagram (@oum.elena95), réponse le soir même. RDV confirmé vendredi 9h avec le CPE et la référente famille.""",
  [("Éléna", "prenom"), ("@oum.elena95", "pseudo_reseau")],
  "Pseudo de la mère ; prénom accentué après élision.")

T("h105", "recit", """Fiche situation (version brute, à pseudonymiser avant saisie). Famille : Mme Haddou Leïla, mère isolée, trois enfants. Adresse : 14 av. Henri Barbusse, résidence Les Peupliers, bât. K, 95100 Argenteuil. Tél : (+33) 1 99 00 56 12. Enfant concerné : Ilyès Haddou, né le 03/02/2015, CM2 à l'école Jules Ferry. Nature : conflit sur une sanction (exclusion de la cantine pendant deux semaines). Sollicité par : les deux, la mère le 4 mars et la directrice le 5 mars. Posture : médiation avec les deux parties présentes, au centre. Actions : écoute de la mère (1h), échange téléphonique avec la directrice, rencontre à trois le 12 mars avec l'interprète, point de suivi le 2 avril. Issue : apaisée ; la sanction a été réduite à une semaine et remplacée par un travail sur les règles de la cantine avec l'animateur périscolaire. Enseignements : le fait que la directrice connaisse déjà la référente famille a permis d'aller vite ; le quartier Brigadières - Henri Barbusse est petit, tout se sait, il faut être très attentif à ce qu'on dit à qui.""",
  [("Haddou", "nom", 0), ("Leïla", "prenom"), ("14 av. Henri Barbusse", "adresse"),
   ("résidence Les Peupliers", "residence"), ("bât. K", "residence"),
   ("95100", "code_postal"), ("(+33) 1 99 00 56 12", "telephone"),
   ("Ilyès", "prenom"), ("Haddou", "nom", 1), ("03/02/2015", "date_naissance")],
  "Long (> 1000 car.) : fiche brute « NOM Prénom » ; adresse puis QPV du même nom (Henri Barbusse) non identifiant ; dates de rendez-vous vs date de naissance.")

T("h106", "actions", """Feuille d'émargement de l'atelier parents du 5 février (à détruire après saisie) :
TRAORÉ Aminata – présente
KABONGO Grâce – absente excusée
LEFÈVRE Marie-Claire – présente
+ 2 mamans venues sans inscription""",
  [("TRAORÉ", "nom"), ("Aminata", "prenom"), ("KABONGO", "nom"), ("Grâce", "prenom"),
   ("LEFÈVRE", "nom"), ("Marie-Claire", "prenom")],
  "Liste « NOM Prénom » ; « Grâce » prénom ici (mot ordinaire ailleurs) ; prénom composé.")


# ---------------------------------------------------------------------------
def word_bounded_positions(text, needle):
    pat = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    return [m.start() for m in pat.finditer(text)]


def build():
    out, errors, seen_ids = [], [], set()
    for entry in CORPUS:
        tid, text = entry["id"], entry["text"]
        if tid in seen_ids:
            errors.append(f"{tid}: id en double")
        seen_ids.add(tid)
        if entry["kind"] not in TEXT_KINDS:
            errors.append(f"{tid}: genre de texte inconnu {entry['kind']}")
        items = []
        for it in entry["items"]:
            itext, ikind = it[0], it[1]
            occ = it[2] if len(it) > 2 else 0
            if ikind not in ITEM_KINDS:
                errors.append(f"{tid}: genre d'élément inconnu {ikind}")
            pos = word_bounded_positions(text, itext)
            if len(pos) <= occ:
                errors.append(f"{tid}: «{itext}» occurrence {occ} introuvable en limite de mot ({len(pos)} trouvées)")
                continue
            items.append({"text": itext, "kind": ikind, "start": pos[occ]})
        items.sort(key=lambda d: d["start"])
        for a, b in zip(items, items[1:]):
            if a["start"] + len(a["text"]) > b["start"]:
                errors.append(f"{tid}: chevauchement «{a['text']}» / «{b['text']}»")
        keys = [(d["start"], d["text"]) for d in items]
        if len(keys) != len(set(keys)):
            errors.append(f"{tid}: élément en double")
        out.append({"id": tid, "kind": entry["kind"], "text": text,
                    "items": items, "note": entry["note"]})
    return out, errors


if __name__ == "__main__":
    corpus, errors = build()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "corpus.json")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(corpus, f, ensure_ascii=False, indent=2)
        f.write("\n")
    n_items = sum(len(e["items"]) for e in corpus)
    print(f"corpus.json écrit : {len(corpus)} textes, {n_items} éléments")
