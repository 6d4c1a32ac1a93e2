#!/usr/bin/env python3
"""Corpus d'évaluation à l'aveugle (pseudonymisation des récits de centres sociaux).

Chaque texte déclare ses éléments identifiants (texte, nature) ; ce script
calcule les positions (`start`), vérifie les frontières de mots, ajoute un
index `occurrence` quand le texte d'un élément revient plusieurs fois, refuse
les chevauchements, et exige que toute autre copie du texte d'un élément soit
soit marquée, soit déclarée volontairement non marquée (avec une raison).
Écrit corpus.json à côté de ce fichier. Personnes et numéros inventés.
"""
import json, os, sys

KINDS_TEXT = {"recit", "actions", "enseignements", "description"}
KINDS_ITEM = {"prenom", "nom", "initiale", "telephone", "courriel", "adresse",
              "residence", "code_postal", "date_naissance", "age_classe_ecole",
              "pseudo_reseau", "plaque", "autre"}

CORPUS = []


def T(kind, text, items=(), unmarked=None, note=""):
    CORPUS.append(dict(kind=kind, text=text, items=list(items),
                       unmarked=unmarked or {}, note=note))


def matches(text, s):
    """Positions of s in text, bounded by non-alphanumeric characters (case-sensitive)."""
    out, i = [], text.find(s)
    while i != -1:
        before_ok = i == 0 or not text[i - 1].isalnum()
        j = i + len(s)
        after_ok = j == len(text) or not text[j].isalnum()
        if before_ok and after_ok:
            out.append(i)
        i = text.find(s, i + 1)
    return out

# ---------------------------------------------------------------- RÉCITS
T("recit",
  "Situation suivie par le centre social Les Coteaux (Argenteuil). Mme Kaya (Elif), mère de deux enfants, "
  "s'est présentée à l'accueil en novembre après l'exclusion temporaire de son fils Emre, 12 ans, scolarisé "
  "en 5e au collège Jean-Jaurès. Elle réside au 14 rue des Glycines, 95100 Argenteuil, résidence Les Tilleuls, "
  "bâtiment C. Le même jour, la principale adjointe nous a contactés pour nous demander d'« apaiser la maman ». "
  "La référente famille a proposé une rencontre à trois au centre, sur un terrain neutre.",
  [("Kaya", "nom"), ("Elif", "prenom"), ("Emre", "prenom"), ("12 ans", "age_classe_ecole"),
   ("14 rue des Glycines", "adresse"), ("95100", "code_postal"), ("résidence Les Tilleuls", "residence"),
   ("bâtiment C", "residence")],
  note="Rapport formel ; nom avec prénom entre parenthèses ; collège nommé d'après une personne (institution, non marqué).")

T("recit",
  "Objet : Situation famille Diallo – école élémentaire Buffon\n\nBonjour Nadia,\n\n"
  "Je te fais suivre ce que m'a raconté M. Diallo Mamadou ce matin. Sa fille Aïssatou (CE2) aurait été écartée "
  "de la sortie scolaire parce que l'autorisation n'était pas signée. Le papa dit n'avoir jamais reçu le papier : "
  "ils ont déménagé au 3 allée Rameau, à Grigny, et le courrier arrive encore à l'ancienne adresse. Il est joignable "
  "au 06 39 98 14 27. L'enseignante, elle, dit avoir relancé trois fois par le cahier de liaison.\n"
  "Je propose qu'on l'accompagne au rendez-vous de jeudi.\n\nBonne journée,\nSophie\n"
  "Centre social Les Tuileries – Grigny",
  [("Diallo", "nom"), ("Diallo", "nom"), ("Nadia", "prenom"), ("Mamadou", "prenom"), ("Aïssatou", "prenom"),
   ("3 allée Rameau", "adresse"), ("06 39 98 14 27", "telephone"), ("Sophie", "prenom")],
  note="Courriel entre collègues : les prénoms des professionnels sont aussi des éléments. Nom avant prénom (« Diallo Mamadou »).")

T("recit",
  "[09:12] karim : la mère de Yanis est repassée, très remontée contre le CPE\n"
  "[09:13] léa : c'est Mme Benali ? celle de la tour Gagarine ?\n"
  "[09:14] karim : oui. elle veut qu'on l'accompagne au collège Édouard-Vaillant jeudi\n"
  "[09:16] léa : ok je peux. tu as son num ?\n"
  "[09:16] karim : 06 39 98 52 10, elle préfère les sms\n"
  "[09:20] léa : noté. je préviens la CPE que le centre sera là en soutien, pas en juge",
  [("karim", "prenom"), ("karim", "prenom"), ("karim", "prenom"), ("Yanis", "prenom"),
   ("léa", "prenom"), ("léa", "prenom"), ("léa", "prenom"), ("Benali", "nom"),
   ("tour Gagarine", "residence"), ("06 39 98 52 10", "telephone")],
  note="Messagerie d'équipe horodatée (Gennevilliers), prénoms en minuscules ; tour d'habitation nommée d'après une personne : c'est un lieu de vie, donc marqué.")

T("recit",
  "alors la situation c'est madame ferreira da silva qui vient nous voir à l'accueil du centre à la reynerie "
  "elle habite au 6 allée du rouergue elle nous dit que sa fille beatriz 10 ans en cm2 à l'école gallia se fait "
  "embêter depuis la rentrée par deux garçons et que la maîtresse ne fait rien de son côté la directrice nous a "
  "appelés pour dire que la maman crie dans la cour le matin devant les enfants on a proposé de recevoir la maman "
  "seule d'abord puis avec la directrice au centre elle a laissé son numéro 06 39 98 77 03 et son mail ferreira "
  "point dasilva arobase exemple point fr voilà fin de la dictée",
  [("ferreira da silva", "nom"), ("6 allée du rouergue", "adresse"), ("beatriz", "prenom"),
   ("10 ans", "age_classe_ecole"), ("06 39 98 77 03", "telephone"),
   ("ferreira point dasilva arobase exemple point fr", "courriel")],
  note="Dictée vocale sans ponctuation ni majuscules (Toulouse, Reynerie) ; courriel épelé ; nom composé portugais.")

T("recit",
  "Compte rendu – situation 2023-07\nLe centre social du Petit Bois (Metz-Borny) a été sollicité en même temps "
  "par l'école élémentaire Le Bon Pasteur et par M. et Mme Ouedraogo, parents de Prince (6 ans, CP, école Le Bon "
  "Pasteur). L'enseignante estime que Prince « refuse d'entrer en classe » ; les parents parlent de moqueries. "
  "Le père, Issouf Ouedraogo, travaille en horaires décalés. La famille habite résidence du Grand Chêne, "
  "escalier 12, 57070 Metz. En ce moment, la classe lit Le Petit Prince : la mère pense que les moqueries "
  "viennent de là.",
  [("Ouedraogo", "nom"), ("Prince", "prenom"), ("6 ans", "age_classe_ecole"), ("Prince", "prenom"),
   ("Issouf", "prenom"), ("Ouedraogo", "nom"), ("résidence du Grand Chêne", "residence"),
   ("escalier 12", "residence"), ("57070", "code_postal")],
  unmarked={"Prince": {2: "titre d'un livre (Le Petit Prince)"}},
  note="Prénom-mot « Prince » à côté du titre d'un livre ; escalier = lieu de vie.")

T("recit",
  "Message reçu par SMS le 12/03, recopié tel quel :\n« Bjr c Mme Traoré Fatoumata, jvous ecrit pr mon fils "
  "Moussa. Le collège Voltaire veut le passé en conseil de discipline jcomprend pa pk. Vous pouvé m'aidé svp ? "
  "Jhabite tjr o 22 bd Albert Camus 95200 sarcelles. Mon nmr c le 0639985514 merci »",
  [("Traoré", "nom"), ("Fatoumata", "prenom"), ("Moussa", "prenom"), ("22 bd Albert Camus", "adresse"),
   ("95200", "code_postal"), ("0639985514", "telephone")],
  note="SMS avec fautes ; rue nommée d'après une personne (partie de l'adresse) ; collège Voltaire = institution.")

T("recit",
  "Situation transmise par l'espace de vie sociale du Petit Nanterre.\nMme Le Goff (Maëlle) nous sollicite au "
  "sujet de son fils Tanguy, né le 02/09/2010, élève de 4e au collège André-Doucet. Après une altercation avec "
  "un surveillant, Tanguy a été exclu trois jours. La principale, Mme Boulanger, a demandé au centre de « faire "
  "passer le message » à la famille. Mme Le Goff, de son côté, nous demande de l'accompagner au rendez-vous. "
  "La famille habite 9 rue de la Ferme, 92000 Nanterre ; le père travaille chez un boulanger du quartier.",
  [("Le Goff", "nom"), ("Maëlle", "prenom"), ("Tanguy", "prenom"), ("02/09/2010", "date_naissance"),
   ("Tanguy", "prenom"), ("Boulanger", "nom"), ("Le Goff", "nom"), ("9 rue de la Ferme", "adresse"),
   ("92000", "code_postal")],
  note="Nom à particule ; nom de métier (Boulanger) à côté du mot « boulanger » en minuscule ; l'âge manque mais une date de naissance est donnée.")

T("recit",
  "De : Céline M., référente familles, centre social de la Villeneuve\nÀ : fédération\n\n"
  "M. Rossi est venu nous voir hier : son fils Enzo, 14 ans, en 3e au collège Lucie-Aubrac, est accusé d'avoir "
  "filmé une enseignante et diffusé la vidéo. Le compte en cause serait @enzo_vlnv38, mais Enzo dit qu'on lui a "
  "volé son téléphone. La famille vit au 50 galerie de l'Arlequin, 38100 Grenoble. Le collège nous demande de "
  "« raisonner le père », le père nous demande de « défendre son fils ».",
  [("Céline", "prenom"), ("M.", "initiale"), ("Rossi", "nom"), ("Enzo", "prenom"), ("14 ans", "age_classe_ecole"),
   ("@enzo_vlnv38", "pseudo_reseau"), ("Enzo", "prenom"), ("50 galerie de l'Arlequin", "adresse"),
   ("38100", "code_postal")],
  unmarked={"M.": {1: "civilité « M. » (Monsieur) devant Rossi"}},
  note="« M. » initiale d'un nom (Céline M.) et « M. » civilité dans le même texte.")

T("recit",
  "Tableau de suivi – sollicitations parents/école, 1er trimestre (centre social des Aunettes, Évry-Courcouronnes)\n"
  "Date | Famille | Élève | École | Sollicité par | Suite\n"
  "04/10 | KONATÉ | Awa, CE1 | élém. Jean-Moulin | parent | RDV commun\n"
  "11/10 | NGUYEN | Bao, 6e | collège du Village | école | écoute + orientation PRE\n"
  "18/10 | famille R. | Inès, CM2 | élém. Jean-Moulin | les deux | médiation au centre\n"
  "25/10 | (anonyme) | — | collège du Village | école | sans suite",
  [("KONATÉ", "nom"), ("Awa", "prenom"), ("NGUYEN", "nom"), ("Bao", "prenom"), ("R.", "initiale"),
   ("Inès", "prenom")],
  note="Tableau écrit en texte ; noms en capitales ; classes sans âge (pas d'age_classe_ecole).")

T("recit",
  "NOTE URGENTE – CENTRE SOCIAL DE CARRIET\nMME GRÂCE MBEMBA A APPELÉ CE MATIN : SA FILLE VICTOIRE, 8 ANS, EN CE2 "
  "À L'ÉCOLE PAUL-FORT, N'A PAS ÉTÉ RÉCUPÉRÉE À LA SORTIE HIER ET A ÉTÉ CONFIÉE À LA POLICE MUNICIPALE. LA MAMAN "
  "ACCUSE L'ÉCOLE DE NE PAS L'AVOIR PRÉVENUE. LA FAMILLE HABITE 7 RUE DES ÉCUREUILS, 33310 LORMONT. "
  "TÉL : 06 39 98 40 66. À TRAITER AVANT LA RÉUNION DE 14 H.",
  [("GRÂCE", "prenom"), ("MBEMBA", "nom"), ("VICTOIRE", "prenom"), ("8 ANS", "age_classe_ecole"),
   ("7 RUE DES ÉCUREUILS", "adresse"), ("33310", "code_postal"), ("06 39 98 40 66", "telephone")],
  note="Tout en capitales (Lormont) ; prénoms-vertus Grâce et Victoire.")

T("recit",
  "Récit – centre social de Bacalan\nMme Patience Okonkwo élève seule ses trois enfants, Rose, Avril et Emmanuel. "
  "Début avril, l'école lui a reproché des retards répétés le matin ; elle travaille à l'entrepôt dès 6 h. Nous "
  "l'avons reçue dans la salle rose du centre, avec beaucoup de patience : elle se sentait jugée. La famille vit à "
  "Bordeaux (33300), résidence Le Ponant, bâtiment 3. Une solution de dépôt accompagné par une voisine a été "
  "trouvée avec l'école.",
  [("Patience", "prenom"), ("Okonkwo", "nom"), ("Rose", "prenom"), ("Avril", "prenom"), ("Emmanuel", "prenom"),
   ("33300", "code_postal"), ("résidence Le Ponant", "residence"), ("bâtiment 3", "residence")],
  note="Prénoms-mots (Patience, Rose, Avril) à côté des mots communs « avril », « rose », « patience » en minuscules.")

T("recit",
  "Le jeune (prénom : Ilyes, surnommé « Pitbull » au quartier) est exclu à titre conservatoire du collège "
  "Saint-Exupéry depuis lundi. Sa grand-mère, Mme Haddad, qui l'élève, est venue au centre social de "
  "Villiers-le-Bel avec le courrier du collège, où figure son INE : 0952367418K. Elle nous montre aussi des "
  "messages échangés sur Instagram avec le compte ilyes.vlb95. Le collège, de son côté, demande si le centre "
  "peut l'accueillir pendant l'exclusion.",
  [("Ilyes", "prenom"), ("Pitbull", "prenom"), ("Haddad", "nom"), ("0952367418K", "autre"),
   ("ilyes.vlb95", "pseudo_reseau")],
  note="« prénom : X » ; surnom de quartier compté comme prénom (désigne la personne) ; INE fictif ; pseudo Instagram sans @.")

T("recit",
  "Compte rendu rédigé par une bénévole (initiales conservées par elle) :\nLa famille B. est suivie depuis 2021. "
  "Le petit A., 7 ans, est en CE1. Son père, J.P., travaille de nuit et ne peut pas venir aux réunions du soir. "
  "L'enseignante, M.-C. D., a demandé un rendez-vous au centre plutôt qu'à l'école. La mère de famille B. a "
  "accepté à condition que le petit A. ne soit pas présent.",
  [("B.", "initiale"), ("A.", "initiale"), ("J.P.", "initiale"), ("M.-C. D.", "initiale"), ("B.", "initiale"),
   ("A.", "initiale")],
  note="Initiales sous plusieurs formes ; « 7 ans, en CE1 » sans école nommée : pas d'age_classe_ecole.")

T("recit",
  "Objet : votre demande d'aide aux devoirs\n\nBonjour Monsieur Fontaine,\n\nSuite à notre échange, je vous "
  "confirme l'inscription de votre fille Louna au CLAS. Pour la participation familiale, merci de nous transmettre "
  "votre n° allocataire CAF (vous nous avez indiqué le 2785143, à vérifier sur votre attestation). J'ai bien noté "
  "votre adresse électronique : jb.fontaine@example.net.\nConcernant le différend avec l'école des Touleuses, je "
  "vous propose un rendez-vous avec la directrice le 14 novembre.\n\nCordialement,\n"
  "Amandine, coordinatrice CLAS – centre social de Cergy",
  [("Fontaine", "nom"), ("Louna", "prenom"), ("2785143", "autre"), ("jb.fontaine@example.net", "courriel"),
   ("Amandine", "prenom")],
  note="Courriel sortant ; nom-mot (Fontaine) ; numéro d'allocataire CAF fictif ; date de rendez-vous non marquée.")

T("recit",
  "Situation : chaque soir, M. Yilmaz attend devant l'école Victor-Hugo dans sa voiture (Clio grise, FX-214-QB) "
  "et interpelle l'enseignante de son fils Baran, 9 ans, en CM1 à Victor-Hugo. La directrice vit cela comme une "
  "pression et a sollicité le centre social de la Dame Blanche (Garges-lès-Gonesse). M. Yilmaz, lui, dit qu'il "
  "veut simplement « savoir ce qui se passe en classe ».",
  [("Yilmaz", "nom"), ("FX-214-QB", "plaque"), ("Baran", "prenom"), ("9 ans", "age_classe_ecole"),
   ("Yilmaz", "nom")],
  note="Plaque d'immatriculation ; école désignée par le seul nom de la personne (« à Victor-Hugo ») : école nommée, donc âge marqué.")

T("recit",
  "Note de la référente famille (Sarcelles, Lochères) : lors du rendez-vous, Mme Sylla Kadiatou a laissé par "
  "erreur sur le bureau une attestation de droits portant son numéro de sécurité sociale (2 86 07 95 585 045 12) "
  "et un courrier de France Travail (identifiant 4521879P). Les documents lui ont été rendus. Elle venait pour le "
  "conflit avec l'école maternelle au sujet de la propreté de sa fille Hawa.",
  [("Sylla", "nom"), ("Kadiatou", "prenom"), ("2 86 07 95 585 045 12", "autre"), ("4521879P", "autre"),
   ("Hawa", "prenom")],
  note="NIR et identifiant France Travail fictifs.")

T("recit",
  "Récit (centre social de Goussainville) : Mme Lopes nous a parlé de son fils Paris (oui, c'est son prénom), "
  "qui refuse d'aller à la sortie scolaire à Paris, au musée du Louvre. Sa sœur aînée, Marine, veut s'engager "
  "dans la Marine nationale et ne s'occupe plus de lui le mercredi. L'école demande au centre d'expliquer "
  "l'importance de la sortie ; la mère demande qu'on comprenne la peur de son fils.",
  [("Lopes", "nom"), ("Paris", "prenom"), ("Marine", "prenom")],
  unmarked={"Paris": {1: "la ville"}, "Marine": {1: "la Marine nationale"}},
  note="Prénoms homonymes d'une ville et d'une institution, dans le même texte.")

T("recit",
  "Situation suivie avec l'ASE (dossier n° 91-2022-004518). Kenzo, placé en famille d'accueil à "
  "Évry-Courcouronnes (91080), est scolarisé au collège des Pyramides. Sa mère, Mme Coulibaly, souhaite être "
  "informée de ses résultats ; l'éducatrice de l'ASE, Mme Petit, estime que ce n'est pas au centre de faire le "
  "lien. Le petit frère de Kenzo fréquente l'ALSH du centre.",
  [("91-2022-004518", "autre"), ("Kenzo", "prenom"), ("91080", "code_postal"), ("Coulibaly", "nom"),
   ("Petit", "nom"), ("Kenzo", "prenom")],
  note="Numéro de dossier ASE ; nom-mot « Petit » (et « petit frère » en minuscule) ; code postal du lieu de placement.")

T("recit",
  "Centre social de Bellefontaine – récit de situation\nMme El Amrani (Samira) et M. Ben Youssef, beau-père de "
  "Rayan, sont venus ensemble. Rayan, 11 ans, en 6e au collège George-Sand, a été sanctionné pour des absences que "
  "la famille conteste. Ils habitent 12 allée des Acacias, 31100 Toulouse. Le collège reproche au beau-père de "
  "« parler à la place de la mère » ; Mme El Amrani nous demande d'être présente au rendez-vous.",
  [("El Amrani", "nom"), ("Samira", "prenom"), ("Ben Youssef", "nom"), ("Rayan", "prenom"), ("Rayan", "prenom"),
   ("11 ans", "age_classe_ecole"), ("12 allée des Acacias", "adresse"), ("31100", "code_postal"),
   ("El Amrani", "nom")],
  note="Noms composés à particule arabe (El, Ben) ; Toulouse Mirail.")

T("recit",
  "Céleste Martin-Guérin, 15 ans, élève de seconde au lycée Emmanuel-Mounier, est venue seule au centre : elle dit "
  "que le lycée veut la réorienter en voie professionnelle sans son accord. Sa tante, Prudence Nkounkou, qui "
  "l'héberge, a appelé le lendemain. Le centre a agi avec prudence : la jeune est mineure et la tante n'est pas sa "
  "représentante légale.",
  [("Céleste", "prenom"), ("Martin-Guérin", "nom"), ("15 ans", "age_classe_ecole"), ("Prudence", "prenom"),
   ("Nkounkou", "nom")],
  note="Prénoms-vertus (Céleste, Prudence) ; nom composé à trait d'union ; lycée nommé d'après une personne.")

# ---------------------------------------------------------------- ACTIONS
T("actions",
  "Actions menées (centre social Joliot-Curie, Argenteuil) :\n- appel de Mme Nguyen au 06 39 98 23 45 le 3 mars ;\n"
  "- rendez-vous avec le directeur de l'école Langevin-Wallon le 7 mars ;\n- accompagnement de Thi Lan, sa fille, "
  "à la réunion de l'équipe éducative ;\n- orientation vers le PRE (référente de parcours : Mme Gaudin).",
  [("Nguyen", "nom"), ("06 39 98 23 45", "telephone"), ("Thi Lan", "prenom"), ("Gaudin", "nom")],
  note="Liste à puces ; prénom vietnamien en deux mots ; dates de rendez-vous non marquées.")

T("actions",
  "[14:02] Fatou : j'ai eu la maman de Lina au tél, elle passe à 17h\n"
  "[14:05] Marc : ok. redonne-lui le numéro du CCAS, c'est le standard 01 99 00 45 12\n"
  "[14:06] Fatou : déjà fait. elle veut aussi qu'on l'aide à écrire au directeur de Paul-Vaillant-Couturier\n"
  "[14:09] Marc : on fait ça ensemble demain matin, je bloque 9h-10h",
  [("Fatou", "prenom"), ("Lina", "prenom"), ("Marc", "prenom"), ("Fatou", "prenom"), ("Marc", "prenom")],
  note="Messagerie d'équipe (Bezons) ; standard du CCAS = numéro public, non marqué ; école désignée par le nom d'une personne.")

T("actions",
  "Actions conduites :\n1. Entretien individuel avec M. Alves, père d'Inês, le 12 janvier.\n2. Courrier commun "
  "centre–école adressé à la famille, 3 allée des Saules, 92000 Nanterre, pour proposer une rencontre.\n"
  "3. Rencontre tripartite le 26 janvier au centre social, en présence de la CPE.\n4. Point d'étape avec Inês le "
  "9 février.",
  [("Alves", "nom"), ("Inês", "prenom"), ("3 allée des Saules", "adresse"), ("92000", "code_postal"),
   ("Inês", "prenom")],
  note="Liste numérotée formelle ; prénom portugais après élision (d'Inês).")

T("actions",
  "Actions : visite à domicile chez la famille Kelmendi, tour Lafayette, 8e étage, à Borny, avec l'accord de la "
  "mère ; traduction en albanais du compte rendu de l'équipe éducative ; accompagnement d'Arben (CM2, école "
  "Erckmann-Chatrian) à l'aide aux devoirs deux soirs par semaine.",
  [("Kelmendi", "nom"), ("tour Lafayette", "residence"), ("Arben", "prenom")],
  note="Metz-Borny ; tour nommée d'après une personne = lieu de vie ; école nommée d'après des personnes = institution.")

T("actions",
  "Mme Benslimane ne répondant plus au téléphone, la référente l'a contactée via Messenger (pseudo "
  "« maman_de_3_lutins »), puis par mail à l'adresse qu'elle nous avait dictée : n.benslimane[at]example[.]fr. "
  "Un rendez-vous a été fixé au centre avec l'enseignante de CE2.",
  [("Benslimane", "nom"), ("maman_de_3_lutins", "pseudo_reseau"), ("n.benslimane[at]example[.]fr", "courriel")],
  note="Courriel masqué [at] / [.] ; pseudo de messagerie.")

T("actions",
  "Dictée vocale transcrite, Grigny : on a fait trois choses d'abord on a rappelé monsieur diop ensuite on a vu la "
  "directrice de l'école jules ferry madame roux et enfin on a monté un petit groupe de parents avec awa et sa "
  "voisine madame kone du bâtiment 4 qui connaît bien l'école voilà",
  [("diop", "nom"), ("roux", "nom"), ("awa", "prenom"), ("kone", "nom"), ("bâtiment 4", "residence")],
  note="Dictée sans ponctuation, noms en minuscules ; « jules ferry » = école (non marquée) ; « roux » nom-mot.")

T("actions",
  "Actions : accompagnement de M. Camara à France Travail (identifiant 6083217L) pour qu'il puisse adapter ses "
  "horaires aux rendez-vous avec l'école ; organisation d'un covoiturage pour la réunion au collège Pablo-Neruda "
  "avec le véhicule de M. Sissoko (EK-907-RS), parent bénévole.",
  [("Camara", "nom"), ("6083217L", "autre"), ("Sissoko", "nom"), ("EK-907-RS", "plaque")],
  note="Identifiant France Travail et plaque fictifs (Grigny).")

T("actions",
  "Action | Qui | Quand\nAppel à la famille Dos Santos | Aurélie | 5/02\n"
  "RDV avec la directrice de l'école Condorcet | Aurélie + Mme Dos Santos | 12/02\n"
  "Atelier « parler avec l'école » | Yacine | 19/02\nBilan avec la famille | Aurélie | 5/03",
  [("Dos Santos", "nom"), ("Aurélie", "prenom"), ("Aurélie", "prenom"), ("Dos Santos", "nom"),
   ("Yacine", "prenom"), ("Aurélie", "prenom")],
  note="Tableau en texte (Lormont) ; prénoms des professionnels dans les colonnes.")

T("actions",
  "RELANCE FAITE AUPRÈS DE MME ÇELIK (AYŞE) PAR COURRIER AU 5 AVENUE PAUL-VALÉRY, 95200 SARCELLES, APRÈS DEUX "
  "RENDEZ-VOUS MANQUÉS. COPIE ADRESSÉE À LA DIRECTRICE DE L'ÉCOLE ANATOLE-FRANCE AVEC L'ACCORD DE LA FAMILLE.",
  [("ÇELIK", "nom"), ("AYŞE", "prenom"), ("5 AVENUE PAUL-VALÉRY", "adresse"), ("95200", "code_postal")],
  note="Capitales avec lettres turques ; avenue nommée d'après une personne (partie de l'adresse).")

T("actions",
  "Inscription au CLAS de Mariam Touré, née le 21 février 2013, en 5e, à la demande conjointe de la mère et du "
  "professeur principal. Contact du père pour les bilans : toure.ibrahim@example.org. Première séance le "
  "4 octobre au centre social du Mirail.",
  [("Mariam", "prenom"), ("Touré", "nom"), ("21 février 2013", "date_naissance"),
   ("toure.ibrahim@example.org", "courriel")],
  note="Date de naissance en toutes lettres ; date de séance non marquée.")

T("actions",
  "Médiation organisée le 15 mai au centre social des Épinettes, avec Mme Lefebvre, enseignante de CM1, et les "
  "parents de Noa, Sandrine et Olivier Marchand. Chacun a pu exposer sa version de l'incident de la cantine ; un "
  "cahier de liaison spécifique a été mis en place.",
  [("Lefebvre", "nom"), ("Noa", "prenom"), ("Sandrine", "prenom"), ("Olivier", "prenom"), ("Marchand", "nom")],
  note="Nom de métier (Marchand) ; deux prénoms pour un nom.")

T("actions",
  "Suite à donner : rappeler la famille de Yasmine pour le rendez-vous avec l'école Romain-Rolland.\n"
  "Pour toute question : Karima Haddouche, référente famille, 06 39 98 61 02 (portable perso, ne pas diffuser) – "
  "standard du centre : 01 99 00 12 30.",
  [("Yasmine", "prenom"), ("Karima", "prenom"), ("Haddouche", "nom"), ("06 39 98 61 02", "telephone")],
  note="Portable personnel marqué ; standard du centre (ligne publique) non marqué.")

# ---------------------------------------------------------------- ENSEIGNEMENTS
T("enseignements",
  "Ce que nous retenons du cas de Mme Sánchez : ne jamais réunir le parent et l'école sans avoir d'abord écouté "
  "chacun séparément. Julio, son fils, a vécu la première réunion comme un tribunal, et sa mère ne nous a plus "
  "fait confiance pendant deux mois.",
  [("Sánchez", "nom"), ("Julio", "prenom")])

T("enseignements",
  "[18:40] samia : ce que je retiens de l'histoire avec les Moreau c'est qu'il faut poser le cadre dès le premier rdv\n"
  "[18:42] thomas : +1. et ne pas donner son 06 perso : Mme Moreau m'appelait le dimanche au 06 39 98 08 81 😅\n"
  "[18:43] samia : on devrait avoir un tel de service pour ça",
  [("samia", "prenom"), ("Moreau", "nom"), ("thomas", "prenom"), ("Moreau", "nom"), ("06 39 98 08 81", "telephone"),
   ("samia", "prenom")],
  note="Messagerie ; « 06 » seul n'est pas un numéro ; numéro d'un salarié = élément.")

T("enseignements",
  "Enseignement principal : la présence d'un tiers de confiance choisi par la famille change tout. Dans la "
  "situation de Lou, c'est son grand-père, M. Bouchard, qui a débloqué le dialogue avec l'équipe du collège. "
  "Nous proposons désormais systématiquement aux parents de venir accompagnés.",
  [("Lou", "prenom"), ("Bouchard", "nom")])

T("enseignements",
  "Leçons tirées (centre social de Borny) : avec la famille Z., l'écrit a rassuré l'école mais inquiété la mère ; "
  "avec Mme K., c'est l'inverse. Il n'y a donc pas de bonne forme unique : demander à chaque partie comment elle "
  "préfère être informée.",
  [("Z.", "initiale"), ("K.", "initiale")])

T("enseignements",
  "On a apri que fallait pas prendre parti trop vite. Avc la famille Mendy (a la Patrotte) on a fait l'erreur de "
  "croire direct la maman, et l'école sest sentie acusée. Le petit Souleymane a été pris entre deux. Maintenant on "
  "écoute les deux avant de dire quoi que se soit.",
  [("Mendy", "nom"), ("Souleymane", "prenom")],
  note="Fautes d'orthographe ; QPV (Patrotte, Metz) non marqué.")

T("enseignements",
  "Enseignement : quand Mme Rousseau, directrice de l'école Jean-Jacques-Rousseau (ça ne s'invente pas), a accepté "
  "de venir au centre plutôt que de convoquer M. Achour dans son bureau, le rapport de force a disparu. Changer de "
  "lieu change la relation.",
  [("Rousseau", "nom"), ("Achour", "nom")],
  unmarked={"Rousseau": {1: "nom d'école (Jean-Jacques-Rousseau)"}},
  note="Même nom pour une personne et pour l'école nommée d'après un écrivain.")

T("enseignements",
  "Ce que nous avons appris : les réseaux sociaux accélèrent les conflits. Les captures du groupe Snapchat de la "
  "classe, créé par « kylian.gnv », ont circulé avant même que l'école soit informée. Mme Lambert, la mère de "
  "l'élève visé, les a reçues avant le principal. Le centre doit pouvoir orienter vers les dispositifs de "
  "signalement (3018).",
  [("kylian.gnv", "pseudo_reseau"), ("Lambert", "nom")],
  note="Pseudo Snapchat ; 3018 = numéro national public, non marqué.")

T("enseignements",
  "Enseignements (Val-d'Oise, 2023) :\n- avec Mme Da Costa, le compte rendu écrit a rassuré ;\n- avec M. Ivanov et "
  "sa femme Olena, l'oral en présence d'une interprète a mieux fonctionné ;\n- dans tous les cas, fixer la date du "
  "point suivant avant de se quitter.",
  [("Da Costa", "nom"), ("Ivanov", "nom"), ("Olena", "prenom")])

# ---------------------------------------------------------------- DESCRIPTIONS
T("description",
  "Le café des parents de l'école Anne-Frank (Bezons) : chaque mardi de 8 h 30 à 10 h, dans la salle polyvalente "
  "de l'école, animé par Zohra, référente famille du centre, et Jérôme, enseignant de CP. Les parents y posent "
  "leurs questions sur l'école sans rendez-vous.",
  [("Zohra", "prenom"), ("Jérôme", "prenom")],
  note="École nommée d'après une personne (non marquée) ; prénoms des animateurs marqués.")

T("description",
  "Fiche pratique : « La mallette des parents de 6e ». Porteur : centre social des Courtilles, Gennevilliers. "
  "Contact pour la pratique : Stéphanie Garnier, s.garnier@example.fr, 06 39 98 30 17. Trois ateliers au collège "
  "en septembre, animés à deux voix (centre et collège).",
  [("Stéphanie", "prenom"), ("Garnier", "nom"), ("s.garnier@example.fr", "courriel"),
   ("06 39 98 30 17", "telephone")],
  note="Contact nominatif d'une salariée : marqué (à la différence d'une adresse générique de centre).")

T("description",
  "Accompagnement des parents non francophones aux rencontres parents-professeurs : une bénévole qui parle dari et "
  "farsi accompagne les familles. La pratique est née quand Mme Ahmadi n'a rien compris à la réunion sur "
  "l'orientation de son fils Omid. Depuis, une liste des langues parlées par les bénévoles est tenue à jour.",
  [("Ahmadi", "nom"), ("Omid", "prenom")],
  note="Langues non marquées.")

T("description",
  "Description : à l'origine de la pratique, une maman, Mme Rahmani, qui habite la résidence Les Hirondelles, a "
  "proposé d'accompagner à pied les enfants du bâtiment jusqu'à l'école Jean-Gay (Mirail). Le centre a structuré "
  "ce « pédibus » avec l'école et la mairie de quartier.",
  [("Rahmani", "nom"), ("résidence Les Hirondelles", "residence")])

T("description",
  "Rôles dans le dispositif « Passerelle CM2-6e » (Villeneuve, Grenoble)\nRôle | Personne\n"
  "Coordinatrice CLAS | Valérie\nMédiateur scolaire | Hugo B.\nEnseignante relais | Mme Charpentier\n"
  "Principal adjoint | (à confirmer)",
  [("Valérie", "prenom"), ("Hugo", "prenom"), ("B.", "initiale"), ("Charpentier", "nom")],
  note="Tableau ; nom de métier (Charpentier) ; prénom + initiale.")

T("description",
  "ATELIER « PARLER AVEC L'ÉCOLE » – CENTRE SOCIAL DE GÉNICART\nANIMATRICE : CHRISTELLE NOËL\n"
  "PUBLIC : PARENTS D'ÉLÈVES DU CP AU CM2\nFRÉQUENCE : UN JEUDI SUR DEUX, SAUF PENDANT LES VACANCES DE NOËL ET D'ÉTÉ",
  [("CHRISTELLE", "prenom"), ("NOËL", "nom")],
  unmarked={"NOËL": {1: "vacances de Noël (fête)"}},
  note="Capitales ; nom de famille homonyme d'une fête.")

T("description",
  "Le dispositif « Devoirs partagés » est né d'une demande de M. Berger, père d'élève au Grand-Parc, qui ne savait "
  "pas aider sa fille Ambre en anglais. Aujourd'hui, des parents bilingues animent un atelier hebdomadaire au "
  "centre, en lien avec les enseignants de l'école.",
  [("Berger", "nom"), ("Ambre", "prenom")],
  note="Nom de métier ; QPV bordelais non marqué.")

T("description",
  "Pratique « Le cahier qui voyage » : un cahier circule entre la famille, l'enseignant et l'animateur CLAS. "
  "Exemple cité par l'équipe : Léna, 8 ans, en CE2 à l'école Paul-Éluard, a pu montrer à sa maîtresse ce qu'elle "
  "réussissait au centre. Outil : un simple cahier grand format, relu chaque vendredi.",
  [("Léna", "prenom"), ("8 ans", "age_classe_ecole")])

# ---------------------------------------------------------------- TEXTES PROPRES
T("recit",
  "Une mère d'élève de CM1 s'est présentée à l'accueil du centre social du Val d'Argent Nord, inquiète d'une "
  "convocation reçue de l'école Jean-Jaurès. Dans le même temps, la directrice nous a appelés pour préparer la "
  "rencontre. Nous avons proposé un premier échange séparé avec chacune, puis une rencontre commune au centre, en "
  "présence de la référente famille. La mère a demandé que l'assistante sociale scolaire soit informée.",
  note="Propre : rôles seuls, QPV d'Argenteuil, école nommée d'après une personne.")

T("recit",
  "Le 14 mars 2023, la directrice de l'école maternelle Jean-Moulin (Borny) a appelé le centre social au sujet "
  "d'un père d'élève de moyenne section qui refusait de signer le projet d'accueil individualisé. Le père, de son "
  "côté, est venu à la permanence du mardi. Le rendez-vous commun a eu lieu au centre social, 12 boulevard de "
  "Provence, 57070 Metz, en terrain neutre.",
  note="Propre : l'adresse et le code postal sont ceux du centre social (lieu public), pas d'un domicile ; date d'appel.")

T("recit",
  "Un garçon de 12 ans, en 6e, a été exclu de la cantine après une bagarre. Sa mère, qui vit à la Villeneuve "
  "depuis vingt ans, est venue au centre avec son voisin, qui traduisait. Le collège a accepté une rencontre au "
  "centre social, un mercredi après-midi, avec le CPE et l'infirmière scolaire. L'exclusion a été transformée en "
  "mesure de responsabilisation.",
  note="Propre : âge + classe sans école nommée ; quartier (Grenoble) non marqué.")

T("recit",
  "Une mère arabophone, qui parle aussi tamazight, est venue au centre social du Grand Mirail pendant le ramadan : "
  "son fils, élève de 4e au collège Raymond-Badiou, avait été puni pour s'être endormi en classe. Le professeur "
  "principal, joint par téléphone, souhaitait surtout comprendre. Une rencontre a été organisée avec une "
  "interprète du réseau ; le collège a adapté l'horaire des devoirs surveillés jusqu'à l'Aïd.",
  note="Propre : langues, fêtes, QPV toulousain, collège nommé d'après une personne, classe sans âge.")

T("recit",
  "Le père, boulanger de métier, travaille de nuit ; la mère garde les enfants d'une voisine. Leur fille, en "
  "grande section, arrive souvent en retard. L'école a saisi le centre social du Lac après plusieurs mots dans le "
  "cahier. Nous avons reçu les parents dans la salle rose, celle des ateliers parents-enfants ; la petite y a "
  "retrouvé le livre du prince et du dragon qu'elle aime. Un accueil échelonné a été proposé par l'école.",
  note="Propre : mots « boulanger », « rose », « prince », « petite » ; QPV Le Lac (Bordeaux).")

T("recit",
  "Objet : sollicitation croisée – collège Jean-Vilar\n\nBonjour à toutes et à tous,\n\nPour préparer la rencontre "
  "de jeudi : nous avons été sollicités la semaine dernière à la fois par un parent d'élève de 3e et par le "
  "principal adjoint du collège, au sujet d'une demande d'orientation refusée. Nous avons choisi la posture du "
  "tiers neutre : écoute séparée, puis proposition d'une rencontre au centre. La situation est en cours.\n\n"
  "Bien cordialement,\nLa coordinatrice parentalité\nCentre social de la Grande Borne – Grigny",
  note="Propre : courriel signé par une fonction ; QPV de Grigny.")

T("recit",
  "[10:02] accueil : la maman du petit de CE1 est là, elle veut voir quelqu'un pour l'histoire de la cantine\n"
  "[10:03] référente famille : j'arrive dans 5 min, tu peux l'installer au bureau 2 ?\n[10:03] accueil : ok\n"
  "[10:41] référente famille : vu. RDV commun avec la directrice lundi 17h au centre. je mets à jour le tableau",
  note="Propre : messagerie où les locuteurs sont désignés par leur fonction.")

T("actions",
  "Actions prévues :\n- participation à la 3e rencontre, le jeudi 23 mai 2019 de 9 h à 12 h 30, à la Maison Pour "
  "Tous, 8 place de la Commune de Paris, Argenteuil ;\n- envoi en amont de nos grilles d'analyse à la fédé ;\n"
  "- prise de contact avec le service éducation de la mairie (standard : 01 99 00 38 00) ;\n- présentation de la "
  "pratique en réunion départementale.",
  note="Propre : adresse d'un équipement public et standard de mairie ; date de réunion.")

T("actions",
  "Actions engagées dans le cadre de la Cité éducative : rencontre avec l'IEN de circonscription et le "
  "coordonnateur du réseau REP+ ; présentation du centre en conseil école-collège ; participation au comité de "
  "pilotage du PRE ; co-animation d'une réunion de rentrée pour les parents de 6e au collège Jean-Vilar.",
  note="Propre : sigles et fonctions.")

T("actions",
  "Sortie familles-école du 18 juin (Nanterre) : départ du centre à 9 h, visite du parc André-Malraux, "
  "pique-nique, puis match au stade Jean-Bouin avec les élèves de CM2 et leurs parents. Le soir, représentation au "
  "Théâtre Nanterre-Amandiers. Action cofinancée par la CAF et la ville.",
  note="Propre : lieux nommés d'après des personnes.")

T("actions",
  "alors ce qu'on a fait on a appelé la directrice le lundi on a reçu la maman le mardi on a fait un point en "
  "équipe le jeudi et puis on a proposé une rencontre à trois au centre le vendredi d'après la maman voulait venir "
  "avec sa sœur on a dit oui bien sûr",
  note="Propre : dictée sans ponctuation, aucun nom.")

T("actions",
  "ENVOI D'UN COURRIER COMMUN À LA FAMILLE ET À L'ÉCOLE ÉLÉMENTAIRE LOUISE-MICHEL. RDV FIXÉ AU MARDI 7 NOVEMBRE À "
  "17 H AU CENTRE SOCIAL. PRÉSENTS PRÉVUS : DIRECTRICE, ENSEIGNANTE DE CE2, RÉFÉRENTE FAMILLE, PARENTS. INTERPRÈTE "
  "EN TURC À PRÉVOIR.",
  note="Propre : capitales, école nommée d'après une personne, langue.")

T("actions",
  "Relais d'information auprès des familles de Génicart et de Carriet : affichage à l'entrée des écoles, message "
  "sur le groupe des parents délégués, et adresse unique pour les questions : accueil@cs-genicart.example.org "
  "(boîte générique du centre, consultée par l'équipe d'accueil).",
  note="Propre : adresse électronique générique et institutionnelle du centre (pas d'une personne).")

T("enseignements",
  "Grâce à la présence d'un tiers neutre, chacun a pu parler. Il faut de la patience : une petite victoire (un "
  "rendez-vous honoré) vaut mieux qu'une grande réunion ratée. Voir la vie en rose n'aide pas non plus : nommer "
  "les désaccords permet d'avancer.",
  note="Propre : « Grâce » en début de phrase, « patience », « victoire », « rose » comme mots.")

T("enseignements",
  "Prudence : ne jamais transmettre à l'école ce qu'un parent nous a confié sans son accord.\n"
  "Avril : bilan de mi-parcours avec les partenaires, à ne pas décaler après les vacances de printemps.\n"
  "Constance : le même interlocuteur du début à la fin.",
  note="Propre : mots capitalisés en tête de ligne qui sont aussi des prénoms (Prudence, Avril, Constance).")

T("enseignements",
  "À Borny comme aux Courtilles, à la Villeneuve comme à Bacalan, à Grigny 2 comme au Val d'Argent, la même leçon "
  "revient : les parents viennent au centre parce qu'il est dans le quartier et qu'on les y connaît. La proximité "
  "est notre première ressource, avant même les dispositifs.",
  note="Propre : noms de QPV de plusieurs départements, aucun domicile désigné.")

T("enseignements",
  "[17:55] coordo CLAS : ce que je retiens de cette année : les profs viennent quand on les invite à un moment "
  "convivial, pas à une réunion\n[17:57] directrice : et les parents aussi. on refait le goûter de rentrée en "
  "septembre ?\n[17:58] coordo CLAS : oui, avec le collège cette fois",
  note="Propre : messagerie, locuteurs par fonction.")

T("enseignements",
  "ce quon retiens : sa sert a rien de convoqué les parent par courier, faut les croisé a la sortie de lécole. Et "
  "faut que le centre reste neutre sinon l'école nous fait plus confience. Les mediations marche mieu au centre "
  "qua l'école.",
  note="Propre : fautes d'orthographe, aucun nom.")

T("enseignements",
  "Les établissements qui ont le plus avancé avec nous — le collège Victor-Hugo, le lycée Gustave-Eiffel, l'école "
  "Marie-Curie — ont tous un interlocuteur identifié pour les partenaires. La médiathèque Elsa-Triolet et le centre "
  "social Nelson-Mandela nous ont servi de lieux neutres.",
  note="Propre : institutions nommées d'après des personnes célèbres.")

T("description",
  "Café des parents de l'école maternelle Pauline-Kergomard, quartier Saint-Martin : chaque vendredi de 8 h 30 à "
  "9 h 30, les parents sont accueillis avec un café par une animatrice du centre et la directrice. Thèmes abordés : "
  "sommeil, écrans, langage, premières séparations. Aucune inscription n'est demandée.",
  note="Propre : école et quartier nommés d'après des personnes.")

T("description",
  "Jour | Lieu | Public | Animation\nlundi | école élémentaire Marie-Curie | parents de CP | animatrice famille\n"
  "mercredi | centre social | parents et enfants | binôme animateur + enseignant volontaire\n"
  "vendredi | collège Jean-Moulin | parents de 6e | CPE + référente famille",
  note="Propre : tableau sans personne.")

T("description",
  "ACCUEIL DES PARENTS ALLOPHONES – ATELIERS SOCIOLINGUISTIQUES (ASL) « COMPRENDRE L'ÉCOLE ». LANGUES "
  "REPRÉSENTÉES : TURC, TAMOUL, SONINKÉ, ROUMAIN, ARABE, DARI. CONTENUS : LE CAHIER DE LIAISON, PRONOTE, LES "
  "RÉUNIONS, LE BULLETIN. EN LIEN AVEC LE RÉSEAU REP DU COLLÈGE ET L'OEPRE.",
  note="Propre : capitales, langues, sigles.")

T("description",
  "Centre social Les Marronniers – 3 rue de la Paix, 95140 Garges-lès-Gonesse – tél. 01 99 00 27 40. Permanence "
  "« école-famille » le mardi de 14 h à 17 h, sans rendez-vous, pour les parents des écoles du quartier de la Dame "
  "Blanche.",
  note="Propre : adresse, code postal et téléphone publics du centre social.")

T("description",
  "Parcours culturel école-famille : lecture du Petit Prince en classe de CM1, visite du musée d'Aquitaine, match "
  "au stade Chaban-Delmas avec les familles, visite du centre Jean-Moulin. Les parents accompagnateurs sont "
  "recrutés au café des parents du centre social de Bacalan.",
  note="Propre : titre de livre, stade et musée nommés d'après des personnes (Bordeaux).")

T("description",
  "Sortie de fin d'année organisée avec une école élémentaire de Borny : visite du Centre Pompidou-Metz et concert "
  "à l'Arsenal. Le transport est assuré par le bus de la ville ; le centre social prend en charge le goûter. "
  "L'action figure dans le projet d'école et dans le projet social du centre.",
  note="Propre : musée nommé d'après une personne (Metz).")

T("description",
  "Jardin partagé école-centre à la Villeneuve : les élèves de CE1 et leurs parents entretiennent des rosiers, des "
  "roses trémières et un carré d'aromatiques. La Maison des habitants prête les outils. Le jardin sert aussi de "
  "lieu de rencontre informel entre enseignants et familles pendant le Printemps des parents.",
  note="Propre : « roses », « Printemps » ; Grenoble.")


def build():
    out, errors = [], []
    for n, d in enumerate(CORPUS, 1):
        tid = "e%02d" % n
        text = d["text"]
        if d["kind"] not in KINDS_TEXT:
            errors.append(f"{tid}: bad text kind {d['kind']}")
        unmarked = d["unmarked"]
        used = {}
        items = []
        for it in d["items"]:
            s, k = it[0], it[1]
            if k not in KINDS_ITEM:
                errors.append(f"{tid}: bad item kind {k}")
            pos = matches(text, s)
            cands = [i for i in range(len(pos)) if i not in unmarked.get(s, {})]
            if len(it) > 2:
                occ = it[2]
            else:
                c = used.get(s, 0)
                if c >= len(cands):
                    errors.append(f"{tid}: item {s!r} listed more often than it occurs ({len(pos)})")
                    continue
                occ = cands[c]
            used[s] = used.get(s, 0) + 1
            if occ >= len(pos):
                errors.append(f"{tid}: item {s!r} occurrence {occ} missing")
                continue
            entry = {"text": s, "kind": k, "start": pos[occ]}
            if len(pos) > 1:
                entry["occurrence"] = occ
            items.append(entry)
        # every copy of an item text is marked or declared unmarked
        for s in {i["text"] for i in items}:
            pos = matches(text, s)
            marked = {i["start"] for i in items if i["text"] == s}
            for o, p in enumerate(pos):
                if p not in marked and o not in unmarked.get(s, {}):
                    errors.append(f"{tid}: copy {o} of {s!r} at {p} neither marked nor declared")
        for s, occs in unmarked.items():
            pos = matches(text, s)
            for o in occs:
                if o >= len(pos):
                    errors.append(f"{tid}: declared unmarked copy {o} of {s!r} does not exist")
                elif any(i["start"] == pos[o] for i in items):
                    errors.append(f"{tid}: copy {o} of {s!r} both marked and declared unmarked")
        items.sort(key=lambda i: i["start"])
        for a, b in zip(items, items[1:]):
            if a["start"] + len(a["text"]) > b["start"]:
                errors.append(f"{tid}: overlap {a['text']!r} / {b['text']!r}")
        for i in items:
            assert text[i["start"]:i["start"] + len(i["text"])] == i["text"]
        note = d["note"]
        if unmarked:
            extra = "; ".join(f"« {s} » copie {o} non marquée : {r}" for s, oc in unmarked.items() for o, r in oc.items())
            note = (note + " " if note else "") + "[" + extra + "]"
        out.append({"id": tid, "kind": d["kind"], "text": text, "items": items, "note": note})
    return out, errors


if __name__ == "__main__":
    corpus, errors = build()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "corpus.json"), "w", encoding="utf-8") as f:
        json.dump(corpus, f, ensure_ascii=False, indent=1)
        f.write("\n")
    from collections import Counter
    print("textes:", len(corpus), "avec éléments:", sum(1 for c in corpus if c["items"]),
          "propres:", sum(1 for c in corpus if not c["items"]))
    print("textes par nature:", dict(Counter(c["kind"] for c in corpus)))
    print("propres par nature:", dict(Counter(c["kind"] for c in corpus if not c["items"])))
    print("éléments:", sum(len(c["items"]) for c in corpus))
    print("éléments par nature:", dict(Counter(i["kind"] for c in corpus for i in c["items"])))
