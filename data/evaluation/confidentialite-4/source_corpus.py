#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus d'évaluation « à l'aveugle » pour le vérificateur de pseudonymisation.

Textes et jugements écrits à la main, AVANT toute exécution du logiciel.
Ce script calcule lui-même la position (`start`) de chaque élément, vérifie
qu'il commence et finit à une frontière de mot, qu'aucun élément n'en chevauche
un autre, et que toute autre copie du texte d'un élément (recherche insensible
à la casse) est soit marquée, soit déclarée volontairement non marquée.
Il écrit corpus.json à côté de lui.

Saisie des éléments : (texte, type) ou (texte, type, occ)
  occ = indice (0, 1, ...) parmi les occurrences EXACTES (sensibles à la casse)
        du texte prises à une frontière de mot ; '*' = toutes ces occurrences.
  Si le texte apparaît plusieurs fois, occ est obligatoire.
En sortie, `occurrence` = indice (à partir de 0) parmi toutes les occurrences
exactes de la sous-chaîne dans le texte (str.find successifs) ; ce champ n'est
présent que si la sous-chaîne apparaît plus d'une fois. `start` fait foi.
"""
import hashlib
import json
import os
import re
import sys

KINDS_TEXT = {"recit", "actions", "enseignements", "description"}
KINDS_ITEM = ["prenom", "nom", "initiale", "telephone", "courriel", "adresse",
              "residence", "code_postal", "date_naissance", "age_classe_ecole",
              "pseudo_reseau", "plaque", "autre"]

ENTRIES = []


def T(key, kind, text, items=(), unmarked=None, note=""):
    ENTRIES.append(dict(key=key, kind=kind, text=text, items=list(items),
                        unmarked=dict(unmarked or {}), note=note))


# ---------------------------------------------------------------------------
# TEXTES AVEC ÉLÉMENTS IDENTIFIANTS
# ---------------------------------------------------------------------------

T("I01", "recit",
  "Situation de conflit n° 3 — rédigée par l'équipe famille (Argenteuil, Val d'Argent Nord).\n"
  "Mme Benali est venue à l'accueil un mardi soir, très en colère : son fils Ilyes, 9 ans, en CM1 "
  "à l'école élémentaire Paul Langevin, avait été privé de cantine pendant trois jours après une "
  "bagarre. Le même après-midi, la directrice, Mme Carpentier, avait téléphoné à notre référente "
  "famille pour « avoir un appui auprès de la maman ». La famille habite résidence Les Hortensias, "
  "bâtiment B, et Mme Benali lit difficilement le français. Nous avons proposé une rencontre à trois "
  "dans nos locaux (salle 2), le jeudi suivant à 17 h 30, en précisant à chacune que le centre ne "
  "prendrait pas parti.",
  [("Benali", "nom", "*"), ("Ilyes", "prenom"), ("9 ans", "age_classe_ecole"),
   ("Carpentier", "nom"), ("résidence Les Hortensias", "residence"), ("bâtiment B", "residence")],
  note="« Paul Langevin » = nom d'école (institution), non marqué. Val d'Argent Nord = QPV, non marqué. "
       "La résidence et le bâtiment sont deux éléments distincts.")

T("I02", "actions",
  "Actions menées (Sarcelles, Lochères) – suivi de la famille Ould Ahmed\n"
  "- 12/01 : appel de M. Ould Ahmed au centre, il ne comprend pas la convocation du collège "
  "Chantereine pour son fils Sidi (4e).\n"
  "- 15/01 : la CPE, Mme Lefèvre, nous rappelle ; elle souhaite que le père vienne accompagné.\n"
  "- 18/01 : rendez-vous au collège avec le père, la CPE et notre médiatrice ; traduction en "
  "hassanya par une bénévole, Mariem.\n"
  "- 25/01 : point téléphonique avec le père sur son portable (06 39 98 21 47) : la mesure de "
  "responsabilisation est acceptée.\n"
  "- Orientation vers le PRE pour un accompagnement sur le trimestre.",
  [("Ould Ahmed", "nom", "*"), ("Sidi", "prenom"), ("Lefèvre", "nom"), ("Mariem", "prenom"),
   ("06 39 98 21 47", "telephone")],
  note="Particule « Ould » incluse dans le nom. Dates 12/01, 15/01… = dates d'actions, non marquées. "
       "« 4e » sans âge : pas d'age_classe_ecole.")

T("I03", "recit",
  "[Groupe WhatsApp équipe CLAS – CS Saint-Denis]\n"
  "[17:42] Samia : la maman de moussa a rappelé, elle dit que le prof principal l'a traitée de "
  "« mère démissionnaire » devant les autres parents\n"
  "[17:44] Julien : ah mince. elle veut qu'on vienne avec elle au rdv de jeudi ?\n"
  "[17:45] Samia : oui. et le collège m'a aussi écrit de son côté, ils veulent qu'on « raisonne » la famille 🙄\n"
  "[17:47] Julien : on se positionne pas pour l'un ou l'autre, on propose le centre comme lieu neutre\n"
  "[17:50] Samia : ok. au fait moussa a un compte snap où il poste des vidéos de la cour : snap "
  "moussa.sdn93 , le collège l'a repéré\n"
  "[17:52] Julien : on en parle en réunion lundi, pas par écrit ici stp",
  [("Samia", "prenom", "*"), ("Julien", "prenom", "*"), ("moussa", "prenom", 0),
   ("moussa", "prenom", 1), ("moussa.sdn93", "pseudo_reseau")],
  note="Prénoms en minuscules. Les prénoms des salariés (Samia, Julien) sont des éléments comme ceux des "
       "familles. Le « moussa » contenu dans le pseudo est couvert par l'élément pseudo_reseau.")

T("I04", "enseignements",
  "Compte rendu – réunion d'équipe du 7 novembre, centre social (Vénissieux, Minguettes)\n"
  "Présents : Yasmine (directrice), Thierno (animateur CLAS), Mme Nguyen (bénévole), la stagiaire BPJEPS.\n"
  "Ordre du jour : retour sur la situation de la famille Kaya.\n"
  "Ce qu'on retient :\n"
  "1. Quand la maman de Deniz nous a demandé de « dire au collège qu'il ment », on a eu raison de "
  "refuser tout en restant disponibles.\n"
  "2. Thierno était aussi l'animateur de Deniz au CLAS : on aurait dû dire plus tôt qu'il ne pouvait "
  "pas être le médiateur.\n"
  "3. Le collège Elsa Triolet a apprécié qu'on reformule les faits sans juger.\n"
  "Prochaine réunion : 5 décembre, 14 h, salle polyvalente.",
  [("Yasmine", "prenom"), ("Thierno", "prenom", "*"), ("Nguyen", "nom"), ("Kaya", "nom"),
   ("Deniz", "prenom", "*")],
  note="« Elsa Triolet » = collège, non marqué. La stagiaire désignée par son rôle seul : non marquée.")

T("I05", "description",
  "Fiche pratique – « Le café des parents du mardi »\n"
  "Porteur : centre social (Cergy, Axe Majeur - Horloge), avec l'école élémentaire des Touleuses et "
  "le collège Gérard Philipe.\n"
  "Principe : chaque mardi de 8 h 30 à 10 h, après la dépose des enfants, un café est servi dans la "
  "salle de la maison de quartier ; la directrice d'école passe un mardi sur deux.\n"
  "Ce qui favorise la rencontre : un lieu hors de l'école, des horaires calés sur la sortie, une "
  "animatrice qui connaît les familles.\n"
  "Outils : un cahier de questions anonymes, un planning affiché dans le hall de l'école.\n"
  "Contact pour la fiche : Océane Marchand, coordinatrice parentalité — "
  "oceane.marchand@cs-cergy-exemple.fr ; accueil général : accueil@cs-cergy-exemple.fr.",
  [("Océane", "prenom"), ("Marchand", "nom"), ("oceane.marchand@cs-cergy-exemple.fr", "courriel")],
  note="Courriel nominatif d'une salariée = élément ; courriel générique d'accueil du centre = public, "
       "non marqué. « Gérard Philipe » = collège.")

T("I06", "recit",
  "note dictée en sortant du rendez vous donc la dame s'appelle madame haddad nadia elle habite au "
  "27 chemin des mûriers 13014 marseille au troisième elle est venue parce que sa fille lina qui est en "
  "cinquième au college edouard manet a été exclue huit jours pour une histoire de téléphone la dame "
  "dit que c'est pas sa fille qui a filmé l'école dit le contraire le principal nous a appelés aussi "
  "il voudrait qu'on l'aide à faire passer le message que la sanction est maintenue moi j'ai dit "
  "qu'on écoutait les deux mais qu'on n'allait pas porter la parole du collège à la maison voilà à "
  "reprendre en équipe",
  [("haddad", "nom"), ("nadia", "prenom"), ("27 chemin des mûriers", "adresse"),
   ("13014", "code_postal"), ("lina", "prenom")],
  note="Dictée sans ponctuation ni majuscules. « cinquième au college edouard manet » sans âge : pas "
       "d'age_classe_ecole ; « edouard manet » = collège.")

T("I07", "actions",
  "Accompagnement à la scolarité – feuille de présence de l'atelier du jeudi (Roubaix, Nouveau Roubaix)\n"
  "Nom | Classe | Présent | Remarque\n"
  "VAN HECKE Lucas | CM2 | oui | devoirs non faits\n"
  "DOS SANTOS Bianca | CM1 | non | malade (appel mère)\n"
  "BOUAZZA Rayan | 6e | oui | RAS\n"
  "LEFEBVRE Maëlys | CM2 | oui | a besoin d'aide en lecture\n"
  "N'DIAYE Fatou | CE2 | oui | arrivée 17h20\n"
  "Bilan : 4 présents sur 5 ; prochain atelier jeudi 16 h 45 – 18 h, salle du 1er étage. Le bilan "
  "sera envoyé au collège Baudelaire et à l'école Jules Guesde.",
  [("VAN HECKE", "nom"), ("Lucas", "prenom"), ("DOS SANTOS", "nom"), ("Bianca", "prenom"),
   ("BOUAZZA", "nom"), ("Rayan", "prenom"), ("LEFEBVRE", "nom"), ("Maëlys", "prenom"),
   ("N'DIAYE", "nom"), ("Fatou", "prenom")],
  note="Tableau écrit en texte, noms en capitales avec particules. L'en-tête « Nom » n'est pas un élément. "
       "« Jules Guesde », « Baudelaire » = établissements.")

T("I08", "recit",
  "Objet : TR: RDV avec l'école – urgent\n"
  "---------- Message transféré ----------\n"
  "De : Isabelle Roux <isabelle.roux59@gmail.com>\n"
  "À : accueil@cs-tourcoing-exemple.fr\n"
  "Date : lun. 3 févr. à 21:14\n\n"
  "Bonjour, je vous écris car la maîtresse de ma fille Jade ne veut plus me recevoir. Depuis "
  "l'histoire de la sortie au musée elle me parle mal. Jade est en CE1 à l'école Pont Rompu. Vous "
  "pouvez venir avec moi ? Mon numéro c'est le 0639984512.\n"
  "Isabelle\n\n"
  "----------\n"
  "Note de l'accueil : la directrice de l'école nous a aussi sollicités le même jour. On a proposé un "
  "premier échange à la maman seule, puis une rencontre école-famille au centre.",
  [("Isabelle", "prenom", "*"), ("Roux", "nom"), ("isabelle.roux59@gmail.com", "courriel"),
   ("Jade", "prenom", "*"), ("0639984512", "telephone")],
  note="Courriel collé. L'adresse d'accueil du centre (destinataire) est publique : non marquée. "
       "« Jade est en CE1 à l'école Pont Rompu » : pas d'âge, donc pas d'age_classe_ecole.")

T("I09", "recit",
  "Récit – famille accompagnée depuis septembre (Bobigny). La famille Stoica vit dans un hôtel social "
  "depuis l'évacuation de leur terrain. Le père, Florin Stoica, parle roumain et un peu romani ; la "
  "mère ne parle que romani. Leur fille Ionela, scolarisée en UPE2A, a été signalée pour absentéisme "
  "par le collège. L'école demandait que nous « convainquions » les parents ; les parents, eux, nous "
  "demandaient d'expliquer à l'école que l'hôtel est à 1 h 15 de bus. Nous avons accompagné le père "
  "au rendez-vous avec la principale adjointe, avec une interprète. Le collège nous a transmis par "
  "erreur la fiche de la jeune fille avec son INE : 2210345678K ; nous avons signalé l'erreur et "
  "supprimé le document.",
  [("Stoica", "nom", "*"), ("Florin", "prenom"), ("Ionela", "prenom"), ("2210345678K", "autre")],
  note="Numéro INE fictif = autre (seul le numéro est marqué, pas le sigle).")

T("I10", "recit",
  "Goussainville, quartier des Grandes Bornes. M. Ahmadzai est arrivé d'Afghanistan il y a deux ans ; "
  "il parle dari et quelques mots de français. Son fils Wahid est en 3e prépa-métiers au lycée "
  "professionnel. Le lycée a convoqué le père pour un conseil de discipline ; le père a cru qu'il "
  "s'agissait d'une expulsion du pays. Il est venu au centre avec tous ses papiers, dont l'attestation "
  "CAF (n° allocataire 4719305) et le titre de séjour. Notre écrivain public a pris le temps "
  "d'expliquer la procédure. Nous avons ensuite appelé le lycée, qui ignorait que le père ne lisait "
  "pas le français.",
  [("Ahmadzai", "nom"), ("Wahid", "prenom"), ("4719305", "autre")],
  note="Numéro d'allocataire CAF = autre ; le sigle CAF seul n'est pas un élément.")

T("I11", "actions",
  "Actions – famille Sivakumar (Garges-lès-Gonesse, Dame Blanche)\n"
  "• Accueil de Mme Sivakumar (prénom Tharshini) avec sa fille aînée comme interprète (tamoul).\n"
  "• Thivya, 11 ans, en 6e au collège Henri Matisse, refuse d'aller en cours depuis les vacances d'hiver.\n"
  "• Contact avec l'infirmière scolaire et la CPE ; proposition d'une ESS.\n"
  "• Lien avec le CMP enfants (liste d'attente : 6 mois).\n"
  "• Le frère, Kavin, 15 ans, en 3e, aide sa sœur pour les devoirs au CLAS.\n"
  "Prochain point : après la réunion de l'ESS.",
  [("Sivakumar", "nom", "*"), ("Tharshini", "prenom"), ("Thivya", "prenom"),
   ("11 ans", "age_classe_ecole"), ("Kavin", "prenom")],
  note="« 15 ans, en 3e » : classe sans établissement nommé dans la phrase → non marqué (limite). "
       "« Dame Blanche » = QPV.")

T("I12", "enseignements",
  "Ce que nous retenons de la situation de la famille Ferreira\n"
  "– La maîtresse, Mme Lopes, avait raison de vouloir rencontrer les parents au centre plutôt qu'à "
  "l'école : le père ne voulait plus entrer dans l'école.\n"
  "– L'AESH Sabrina connaissait la famille par le centre ; elle s'est retrouvée en porte-à-faux. À "
  "l'avenir, on ne mélange pas les casquettes.\n"
  "– Le prof de maths M. Tran a joué le jeu en venant au centre un mercredi : cela a débloqué la situation.\n"
  "– Il faut toujours prévenir la direction de l'école quand on reçoit un enseignant au centre.",
  [("Ferreira", "nom"), ("Lopes", "nom"), ("Sabrina", "prenom"), ("Tran", "nom")],
  note="Noms placés après un rôle ; le rôle lui-même n'est pas marqué.")

T("I13", "recit",
  "Marseille, 15e. Mme Ahamada, d'origine comorienne, vit au bâtiment 4 de la cité (secteur La Savine) "
  "avec ses cinq enfants. Sa fille Nadjma, 13 ans, en 4e au collège Rosa Parks, a été mise en cause "
  "dans une bagarre filmée. La mère s'est adressée au centre, le collège aussi (via l'assistante "
  "sociale). Nous avons organisé un temps d'écoute de la mère en shikomori avec une bénévole, "
  "Mme Soilihi, puis une rencontre au collège où la mère était accompagnée. Le collège a reconnu qu'il "
  "n'avait jamais pu joindre la famille : le numéro enregistré était celui de l'ancien logement.",
  [("Ahamada", "nom"), ("bâtiment 4", "residence"), ("Nadjma", "prenom"),
   ("13 ans", "age_classe_ecole"), ("Soilihi", "nom")],
  note="« bâtiment 4 » = bloc où vit la famille (residence) ; « La Savine » = QPV, non marqué. "
       "« Rosa Parks » = collège.")

T("I14", "recit",
  "Villiers-le-Bel. Le papa, M. Désiré Joseph, est venu nous voir avec sa fille Félicité (CE2, école "
  "Pasteur) : la maîtresse lui a reproché de parler créole à la maison. Il l'a vécu comme une "
  "humiliation. De son côté, l'école voulait qu'on lui « explique l'importance du français ». On a "
  "d'abord écouté le père, puis on a invité l'enseignante à l'atelier « langues de la maison » du "
  "centre. Félicité a présenté un conte haïtien devant la classe en mars. Bienvenue à la nouvelle "
  "maîtresse, qui a repris l'idée.",
  [("Désiré", "prenom"), ("Joseph", "nom"), ("Félicité", "prenom", "*")],
  note="Prénoms qui sont aussi des mots (Désiré, Félicité), nom de famille qui est un prénom (Joseph). "
       "« Bienvenue » = mot. « Pasteur » = école.")

T("I15", "actions",
  "Vaulx-en-Velin (Grande Île) — actions menées\n"
  "1) Permanence du lundi : Mme Yilmaz (Berivan) signale que son fils Serhat est harcelé sur le chemin "
  "du collège Aimé Césaire.\n"
  "2) Appel au collège : la CPE nous dit que Serhat est lui-même « impliqué ».\n"
  "3) Rencontre séparée avec la mère (interprétariat kurmandji par un bénévole, Rojhat).\n"
  "4) Proposition d'une médiation au centre avec la CPE et la mère : acceptée pour le 12.\n"
  "5) Le père, M. Demir, ne souhaite pas être présent.\n"
  "Adresse de la famille (pour la convocation) : 8 rue du Pérou, 69120 Vaulx-en-Velin, 3e étage.",
  [("Yilmaz", "nom"), ("Berivan", "prenom"), ("Serhat", "prenom", "*"), ("Rojhat", "prenom"),
   ("Demir", "nom"), ("8 rue du Pérou", "adresse"), ("69120", "code_postal")],
  note="Adresse et code postal du domicile. « Aimé Césaire » = collège ; « Grande Île » = QPV.")

T("I16", "recit",
  "Pontoise, quartier des Louvrais. Oksana Kovalenko est arrivée de Kharkiv au printemps 2022 avec son "
  "fils Artem (né le 03/09/2013). Artem est en UPE2A ; la maman voulait qu'il passe en classe "
  "ordinaire « tout de suite ». L'école a refusé et la maman est venue au centre en pleurant. Le "
  "centre n'a pas à décider de l'orientation : nous avons expliqué le fonctionnement des UPE2A avec une "
  "traductrice ukrainienne et demandé à l'enseignante UPE2A de recevoir la famille. Mme Kovalenko a "
  "finalement accepté un passage progressif.",
  [("Oksana", "prenom"), ("Kovalenko", "nom", "*"), ("Artem", "prenom", "*"),
   ("03/09/2013", "date_naissance")],
  note="Prénom seul en début de phrase (« Artem est en UPE2A »).")

T("I17", "recit",
  "Aubervilliers. La grand-mère, Mme Tran Thi Lan, garde ses deux petits-enfants pendant que les parents "
  "travaillent dans un atelier de confection. Elle ne parle que vietnamien. L'école maternelle lui "
  "reproche des retards répétés le matin. Une voisine, Mme Chen Meiling, traduit parfois mais elle parle "
  "mandarin, pas vietnamien. Nous avons trouvé une bénévole vietnamienne et fait un point avec la "
  "directrice. Les retards s'expliquaient par le bus 150, qui ne passe plus à l'heure depuis les travaux.",
  [("Tran", "nom"), ("Thi Lan", "prenom"), ("Chen", "nom"), ("Meiling", "prenom")],
  note="Ordre nom-prénom (usage vietnamien et chinois) : le nom de famille vient d'abord. « bus 150 » = ligne.")

T("I18", "recit",
  "Franconville. Conflit autour du stationnement devant l'école : le père, João da Costa, dépose ses "
  "enfants en camionnette et se gare sur le passage piéton. La directrice a relevé la plaque "
  "(FV-318-QX) et menacé d'appeler la police municipale. Le père est venu au centre pour « porter "
  "plainte contre l'école ». Sa femme, Mme dos Santos da Costa, était gênée. Nous avons rappelé au père "
  "les règles et proposé à la directrice de venir à la fête de quartier pour renouer.",
  [("João", "prenom"), ("da Costa", "nom", 0), ("FV-318-QX", "plaque"),
   ("dos Santos da Costa", "nom")],
  note="Particules minuscules (da, dos) incluses dans le nom ; le second « da Costa » est couvert par "
       "le nom composé « dos Santos da Costa ».")

T("I19", "recit",
  "Sarcelles, Rosiers Chantepie. Aminata Diarra, maman de quatre enfants, vient d'accoucher (la petite "
  "Kadiatou est née le 2 février 2024). Le collège convoque son fils aîné Mamadou pour des absences "
  "répétées ; en réalité il garde ses frères le matin. La maman parle soninké ; le papa, M. Sylla, "
  "travaille de nuit. Le collège et la famille se sont tous deux tournés vers nous. Nous avons proposé "
  "une réunion au centre avec l'assistante sociale scolaire et orienté la maman vers la PMI.",
  [("Aminata", "prenom"), ("Diarra", "nom"), ("Kadiatou", "prenom"),
   ("2 février 2024", "date_naissance"), ("Mamadou", "prenom"), ("Sylla", "nom")],
  note="Date de naissance en toutes lettres. « Rosiers Chantepie » = QPV.")

T("I20", "actions",
  "COMPTE RENDU ACTIONS SEMAINE 12 – CS BOBIGNY\n"
  "- LUNDI : RDV MME TRAORE + SA FILLE AWA (6E B) AU COLLEGE REPUBLIQUE, SUJET : EXCLUSION DE COURS\n"
  "- MARDI : APPEL DU PRINCIPAL, IL SOUHAITE UNE MEDIATION\n"
  "- MERCREDI : ATELIER PARENTS ECOLE (12 PARTICIPANTS)\n"
  "- JEUDI : MEDIATION AU CENTRE, PRESENTS : MME TRAORE, CPE, PROF PRINCIPAL, NOTRE MEDIATRICE KHADIJA\n"
  "- VENDREDI : RETOUR A LA FAMILLE PAR SMS AU 06 39 98 70 03\n"
  "A PREVOIR : POINT AVEC LE PRE EN AVRIL",
  [("TRAORE", "nom", "*"), ("AWA", "prenom"), ("KHADIJA", "prenom"), ("06 39 98 70 03", "telephone")],
  note="Tout en capitales. « AVRIL » = mois ; « 6E B » = classe ; « REPUBLIQUE » = collège.")

T("I21", "enseignements",
  "Enseignements tirés (Ermont) – anonymisé par nos soins, mais pas assez ?\n"
  "Le petit A. (CE2) avait été accusé de vol de goûter. Mme B., sa mère, a refusé de revenir à l'école. "
  "Nous avons compris plus tard que la famille K., voisine, avait fait circuler la rumeur. M.-C. D., "
  "bénévole au CLAS depuis dix ans, a été décisive : elle connaissait tout le monde.\n"
  "Ce qu'on retient : les initiales ne suffisent pas toujours dans un petit quartier ; la bénévole J.P. "
  "nous l'a fait remarquer.",
  [("A.", "initiale"), ("B.", "initiale"), ("K.", "initiale"), ("M.-C. D.", "initiale"),
   ("J.P.", "initiale")],
  note="Initiales de formes variées ; « M.-C. D. » = un seul élément (prénom composé + nom).")

T("I22", "recit",
  "la mere de yanis a appeler le centre hier soir elle etait tres enervee car la maitresse a mis un mot "
  "dans le cahier en disant que yanis etait violent. elle veux qu on l accompagne a l ecole. la "
  "directrice de l ecole Paul Vaillant couturier nous a appeler aussi ce matin pour savoir si on "
  "connaissait la famille. on a dit qu on recevait la maman vendredi et qu on ne parlerait pas de la "
  "famille sans son accord. yanis vient au clas le mardi avec son cousin ilan, ils sont en ce2 tous les 2.",
  [("yanis", "prenom", "*"), ("ilan", "prenom")],
  note="Fautes, absence d'accents, prénoms en minuscules. « Paul Vaillant couturier » = école.")

T("I23", "description",
  "Pratique : « Le relais école-famille »\n"
  "Centre social (Eaubonne). Une médiatrice du centre tient une permanence hebdomadaire dans le hall de "
  "l'école élémentaire Paul Bert, le vendredi de 16 h à 17 h 30. Elle aide les parents à lire les mots "
  "du carnet, à remplir les autorisations, à préparer un rendez-vous.\n"
  "Conditions de réussite : l'accord de l'inspection, une présentation en conseil d'école, un badge visible.\n"
  "Joindre la médiatrice : Fatima Zahra El Idrissi, portable perso 06 39 98 33 61 (à éviter le "
  "week-end) ; standard du centre 01 99 00 45 20.",
  [("Fatima Zahra", "prenom"), ("El Idrissi", "nom"), ("06 39 98 33 61", "telephone")],
  note="Portable personnel d'une salariée = élément ; standard public du centre = non marqué (limite "
       "assumée). Prénom composé sans trait d'union.")

T("I24", "recit",
  "Roubaix, Épeule. La famille Fontaine nous a sollicités après une convocation au commissariat de leur "
  "fils Kylian (14 ans, 4e) pour des tags sur le mur de l'école primaire. Le directeur de l'école "
  "voulait une « réparation » avec l'aide du centre ; la mère, Mme Fontaine, refusait tout contact avec "
  "l'école. Nous avons proposé un chantier jeunes : repeindre le mur et nettoyer la fontaine du square "
  "voisin avec d'autres jeunes, sans désigner Kylian. La mère a accepté ; le directeur aussi.",
  [("Fontaine", "nom", "*"), ("Kylian", "prenom", "*")],
  unmarked={"fontaine": "« la fontaine du square » : mot courant"},
  note="Nom de famille = mot courant. « 14 ans, 4e » sans établissement nommé : non marqué.")

T("I25", "actions",
  "Marseille 13e (Malpassé). Actions suite à la plainte de la maman de Lyna (5e) pour cyberharcèlement :\n"
  "- capture des publications avec la maman : comptes en cause « nour.b13_ » (insta) et "
  "« @lyna_la_vraie13 » (compte usurpé, tiktok) ;\n"
  "- transmission au collège via la CPE et signalement sur la plateforme 3018 ;\n"
  "- atelier « réseaux sociaux » pour les 11-14 ans, en lien avec le CESC du collège ;\n"
  "- Lyna a repris les cours après 10 jours.\n"
  "Le compte Instagram du centre (@cs.malpasse.exemple) a publié un message général de prévention, sans "
  "citer personne.",
  [("Lyna", "prenom", "*"), ("nour.b13_", "pseudo_reseau"), ("@lyna_la_vraie13", "pseudo_reseau")],
  note="Compte public du centre = non marqué. 3018 = numéro national. « 11-14 ans » = tranche d'âge.")

T("I26", "recit",
  "Gonesse. Avril, 7 ans, est en CE1 à l'école Marie Curie. En avril, sa mère, Mme Lemaire, a retiré "
  "Avril de l'école pendant deux semaines pour un voyage au pays. L'école a fait un signalement "
  "d'absentéisme ; la maman est venue au centre persuadée qu'on allait « lui enlever sa fille ». Nous "
  "avons expliqué la différence entre un signalement et une information préoccupante et accompagné la "
  "maman chez la directrice. Prochaine étape : préparer ensemble le voyage d'avril prochain, pendant "
  "les vacances.",
  [("Avril", "prenom", "*"), ("7 ans", "age_classe_ecole"), ("Lemaire", "nom")],
  unmarked={"avril": "mois (« En avril », « d'avril prochain »)"},
  note="Prénom = nom de mois, en début de phrase. « Marie Curie » = école.")

T("I27", "recit",
  "Saint-Denis, Pleyel. Paris (c'est son prénom) a 16 ans et vient d'être orientée en CAP à Paris, dans "
  "le 18e, alors qu'elle voulait un bac pro à Saint-Denis. Sa mère, Mme Mbemba, accuse le collège "
  "d'avoir « bâclé » l'orientation ; le collège dit que la famille n'est venue à aucun rendez-vous. Nous "
  "avons proposé à la famille d'aller ensemble au CIO et invité la professeure principale à un temps "
  "d'échange au centre. Paris parle lingala avec sa grand-mère et français avec ses frères.",
  [("Paris", "prenom", 0), ("Paris", "prenom", 2), ("Mbemba", "nom")],
  unmarked={"paris": "la ville (« en CAP à Paris, dans le 18e »)"},
  note="Prénom = nom de ville ; la même graphie désigne aussi la ville. « 16 ans » sans classe ni école nommée.")

T("I28", "recit",
  "Bobigny, Salengro. Prince-Emmanuel Mukendi, 10 ans, en CM2 à l'école Jean Jaurès, est arrivé de "
  "Kinshasa en cours d'année. Son père, M. Mukendi, reproche à l'école de l'avoir « mis au fond de la "
  "classe ». L'enseignante, elle, a demandé au centre d'aider le père à comprendre le livret scolaire. "
  "On a proposé une seule rencontre, au centre, avec une bénévole qui parle lingala. Le père a dit "
  "ensuite : « ici on nous reçoit comme des princes ». Prince-Emmanuel vient désormais au CLAS.",
  [("Prince-Emmanuel", "prenom", "*"), ("Mukendi", "nom", "*"), ("10 ans", "age_classe_ecole")],
  note="« princes » = mot. « Jean Jaurès » = école.")

T("I29", "recit",
  "Tourcoing, La Bourgogne. Rose et Marine sont jumelles, en CM1. Leur mère, Mme Dubois, a fait savoir "
  "à l'école qu'elle ne voulait plus qu'elles soient dans la même classe que la petite Kenza. L'école a "
  "refusé, la mère a menacé de tout raconter sur Facebook. Au centre, les filles portent le même sweat "
  "bleu marine et participent à l'atelier jardin : elles ont planté un rosier à fleurs rose pâle. Nous "
  "avons reçu Mme Dubois pour l'écouter, puis proposé à l'école un temps commun autour de la fête de "
  "fin d'année.",
  [("Rose", "prenom"), ("Marine", "prenom"), ("Dubois", "nom", "*"), ("Kenza", "prenom")],
  unmarked={"rose": "couleur (« rose pâle »)", "marine": "couleur (« bleu marine »)"},
  note="Prénoms qui sont des mots (couleurs). « La Bourgogne » = QPV.")

T("I30", "actions",
  "Argenteuil (Joliot Curie). Dossier d'aide aux fournitures – actions\n"
  "– Reçu Mme Kouassi Adjoua pour la demande de bourse de collège de son fils.\n"
  "– Photocopie de la carte Vitale faite par erreur : NIR 2 84 07 99 226 047 53 → photocopie détruite "
  "devant la maman.\n"
  "– Rappel à l'équipe : on ne garde aucun numéro de sécurité sociale dans nos classeurs.\n"
  "– Formulaire de bourse rempli avec elle et remis au secrétariat du collège Irène Joliot-Curie.",
  [("Kouassi", "nom"), ("Adjoua", "prenom"), ("2 84 07 99 226 047 53", "autre")],
  note="Ordre nom-prénom ivoirien. NIR fictif = autre. « Joliot Curie » = QPV et collège.")

T("I31", "recit",
  "Argenteuil. La famille Benhamou habite 4 allée Louise Michel, juste en face de l'école Louise Michel. "
  "Les parents se plaignent du bruit de la récréation et des parents qui se garent devant leur garage ; "
  "la directrice se plaint que M. Benhamou insulte les parents d'élèves. Les deux parties ont demandé "
  "au centre d'intervenir. Nous avons refusé de jouer les arbitres mais proposé un temps de parole dans "
  "le cadre du conseil citoyen.",
  [("Benhamou", "nom", "*"), ("4 allée Louise Michel", "adresse")],
  note="Rue portant le nom d'une personnalité où vit la famille = adresse ; l'école du même nom = "
       "institution, non marquée ; ni l'une ni l'autre n'est un prénom/nom de personne.")

T("I32", "enseignements",
  "Ce que l'échange de mails nous a appris (extraits collés) :\n"
  "« Bonjour Mme Garnier, je suis la maman de Noah, je ne suis pas d'accord avec la punition. »\n"
  "Réponse de l'enseignante, copie au centre : « Madame, je vous propose un rendez-vous. Cordialement, "
  "Mme Garnier, CE2 B — claire.garnier@ac-versailles.fr »\n"
  "Nous retenons : (1) ne pas laisser l'échange s'envenimer par mail ; (2) proposer tôt un rendez-vous "
  "physique ; (3) ne jamais transférer ces mails hors de l'équipe.\n"
  "Rédigé par Kévin, coordinateur CLAS.",
  [("Garnier", "nom", "*"), ("Noah", "prenom"), ("claire.garnier@ac-versailles.fr", "courriel"),
   ("Kévin", "prenom")],
  note="Courriel académique nominatif d'une enseignante = élément (≠ adresse générique d'établissement).")

T("I33", "recit",
  "Tourcoing, Virolois. M. Blanc, grand-père et tuteur de Nolan, est en conflit avec le collège Lucie "
  "Aubrac au sujet d'une sortie ski. Il affirme ne pas avoir reçu le mot ; le collège montre un coupon "
  "signé. Le centre a été sollicité par les deux. Nous avons reçu M. Blanc avec le coupon : il a "
  "reconnu sa signature mais ne se souvenait pas avoir compris le document. Depuis, nous relisons avec "
  "lui les documents de l'école sur le tableau blanc de la salle informatique.",
  [("Blanc", "nom", "*"), ("Nolan", "prenom")],
  unmarked={"blanc": "« tableau blanc » : mot courant"},
  note="Nom de famille = adjectif courant. « Lucie Aubrac » = collège.")

T("I34", "recit",
  "Sarcelles, Village - Mozart. Rojda Aydin, 12 ans, en 5e au collège Voltaire, a été punie pour avoir "
  "parlé kurde avec une camarade. Son père, M. Aydin, est venu au centre « pour porter plainte ». Le "
  "collège, de son côté, nous a écrit pour expliquer que la punition concernait un bavardage répété. La "
  "professeure concernée, Mme Leroy, a accepté de rencontrer le père au centre. On a surtout fait "
  "baisser la tension.",
  [("Rojda", "prenom"), ("Aydin", "nom", "*"), ("12 ans", "age_classe_ecole"), ("Leroy", "nom")],
  note="« Voltaire » = collège ; « Village - Mozart » = QPV.")

T("I35", "actions",
  "Persan, Le Village. Actions pour Ange (8 ans, CE2) :\n"
  "– la maman, Mme Koffi, signale que son fils est exclu des récréations ;\n"
  "– rendez-vous avec l'enseignante et la directrice à l'école ;\n"
  "– Ange est inscrit à l'accompagnement à la scolarité le mardi ;\n"
  "– l'animateur Hugo fera le lien avec l'école une fois par mois.\n"
  "Comme l'a dit la directrice : « ce n'est pas un ange, mais ce n'est pas un démon ».",
  [("Ange", "prenom", "*"), ("Koffi", "nom"), ("Hugo", "prenom")],
  unmarked={"ange": "« ce n'est pas un ange » : mot courant"},
  note="« 8 ans, CE2 » sans école nommée : non marqué. « Le Village » = QPV.")

T("I36", "recit",
  "Saint-Denis, Franc Moisin. Lou a 15 ans et prépare un CAP boulanger. Son stage de 3e chez un "
  "boulanger du quartier s'était mal passé et la professeure principale, Mme Boulanger (oui, c'est son "
  "nom), avait écrit à la famille que Lou « n'avait pas le comportement attendu ». Le père est venu au "
  "centre, blessé. Nous avons reçu Lou et son père, puis appelé Mme Boulanger pour préparer un "
  "rendez-vous à trois.",
  [("Lou", "prenom", "*"), ("Boulanger", "nom", "*")],
  unmarked={"boulanger": "métier (« CAP boulanger », « chez un boulanger »)"},
  note="Nom de famille = nom de métier, présent aussi comme mot.")

T("I37", "recit",
  "Cergy, La Sébille. M. Ben Youssef et Mme Aït Ouali, séparés, se disputent la scolarité de leur fils "
  "Adam : le père veut l'inscrire dans le privé, la mère refuse. Chacun est venu séparément au centre "
  "pour qu'on « témoigne » en sa faveur, et la directrice de l'école, Mme Le Gall, nous a demandé notre "
  "avis. Nous avons refusé de témoigner et orienté vers la médiation familiale de la CAF. Adam continue "
  "à venir à l'ALSH le mercredi.",
  [("Ben Youssef", "nom"), ("Aït Ouali", "nom"), ("Adam", "prenom", "*"), ("Le Gall", "nom")],
  note="Particules Ben, Aït, Le incluses dans le nom.")

T("I38", "description",
  "Description de la pratique « Devoirs faits… au centre » (Jouy-le-Moutier)\n"
  "Chaque lundi et jeudi, trois bénévoles — Marie-Thérèse, Didier et Fatoumata — accueillent des "
  "collégiens de 6e et de 5e de 17 h à 18 h 30. Un professeur du collège passe une fois par mois pour "
  "faire le point sur les besoins. Les bénévoles sont formés par la fédé (module « accompagner sans "
  "faire à la place »). Ce qui fait marcher : la régularité, le lien avec le professeur, un goûter. "
  "Obstacles : le turn-over des bénévoles, le manque de salles le jeudi.",
  [("Marie-Thérèse", "prenom"), ("Didier", "prenom"), ("Fatoumata", "prenom")],
  note="Prénoms de bénévoles dans une description de pratique : éléments.")

T("I39", "recit",
  "Note de situation — Villiers-le-Bel. Enfant : Moussa K. (DDN 21.11.2010), confié à l'ASE, dossier "
  "n° ASE 95-2019-04417, placé en famille d'accueil à Fosses mais scolarisé au collège Léon Blum. La "
  "famille d'accueil et la mère biologique se sont toutes deux adressées au centre au sujet d'un "
  "conseil de discipline. Le centre n'a pas de mandat : nous avons renvoyé vers le référent ASE, tout "
  "en restant un lieu d'accueil pour la mère.",
  [("Moussa", "prenom"), ("K.", "initiale"), ("21.11.2010", "date_naissance"),
   ("95-2019-04417", "autre")],
  note="Numéro de dossier ASE = autre. « Léon Blum » = collège.")

T("I40", "actions",
  "Herblay-sur-Seine – suivi du conflit autour du voyage scolaire\n"
  "1. La professeure d'anglais, Mrs Mac Donald, refuse que Yacine parte en voyage à Londres (comportement).\n"
  "2. Les parents de Yacine, M. et Mme Hammami, nous demandent d'intervenir ; ils parlent de discrimination.\n"
  "3. Nous avons rencontré la famille au McDonald's de la zone commerciale, à sa demande (terrain neutre).\n"
  "4. Puis rencontre au collège avec le principal et l'enseignante.\n"
  "5. Issue : Yacine part, avec un contrat de comportement.",
  [("Mac Donald", "nom"), ("Yacine", "prenom", "*"), ("Hammami", "nom")],
  note="Particule « Mac » ; le restaurant « McDonald's » n'est pas une personne.")

T("I41", "recit",
  "Roubaix. Mme Koné a laissé un message à l'accueil : elle veut qu'on lui écrive plutôt que de "
  "l'appeler, « fatou point kone arobase gmail point com ». Sa fille Salimata est en conflit avec une "
  "surveillante du lycée ; la mère accuse le lycée de racisme. Le lycée a contacté notre directrice "
  "pour « calmer le jeu ». Nous avons proposé à la mère un rendez-vous au centre et au lycée de nous "
  "transmettre une version écrite des faits, que nous n'avons pas relayée à la famille sans l'accord "
  "du lycée.",
  [("Koné", "nom"), ("fatou point kone arobase gmail point com", "courriel"), ("Salimata", "prenom")],
  note="Courriel dicté en toutes lettres (obfusqué) = un seul élément courriel.")

T("I42", "enseignements",
  "Le groupe WhatsApp « Parents CM2 Jules Ferry » : ce qu'on en retient\n"
  "Un extrait nous a été montré par une maman :\n"
  "« Nadia B : la maîtresse elle a encore puni mon fils 😡 »\n"
  "« Sonia : faut aller voir la directrice tous ensemble »\n"
  "« Hawa (maman d'Ibrahim) : moi je vais au centre social demain »\n"
  "Enseignement : les conflits démarrent souvent dans ces groupes ; le centre ne doit pas entrer dans "
  "le groupe mais peut proposer un temps d'échange réel aux parents. La directrice a accepté une "
  "réunion parents au centre, un samedi matin.",
  [("Nadia", "prenom"), ("B", "initiale"), ("Sonia", "prenom"), ("Hawa", "prenom"),
   ("Ibrahim", "prenom")],
  note="Initiale sans point (« Nadia B »). « Jules Ferry » = école dans le nom du groupe.")

T("I43", "recit",
  "Vénissieux, Minguettes. Le centre a reçu en même temps un courrier du collège Paul Eluard et la "
  "visite de Mme Bensaïd, qui habite tour 27, 3 rue des Glycines, 69200 Vénissieux. Son fils Anis est "
  "accusé d'avoir fait entrer un adulte dans le collège. Le courrier du collège demandait au centre de "
  "« rappeler à la famille ses obligations ». Nous avons répondu au collège que nous ne transmettions "
  "pas de rappels à l'ordre mais que nous pouvions accueillir une rencontre.",
  [("Bensaïd", "nom"), ("tour 27", "residence"), ("3 rue des Glycines", "adresse"),
   ("69200", "code_postal"), ("Anis", "prenom")],
  note="Tour + adresse + code postal du domicile.")

T("I44", "recit",
  "Roubaix. Mme El Amrani, 59100 Roubaix, rue de Lannoy — elle a tenu à ce qu'on note son adresse pour "
  "qu'on lui envoie le compte rendu. Son fils Zakaria, 17 ans, en terminale au lycée Jean Rostand, a "
  "été accusé de triche au bac blanc, après une vidéo publiée sur son compte (insta : zak_rbx59). La famille et le lycée se renvoient la faute. Nous avons proposé "
  "un rendez-vous avec la CPE et la mère, au centre.",
  [("El Amrani", "nom"), ("59100", "code_postal"), ("rue de Lannoy", "adresse"),
   ("Zakaria", "prenom"), ("17 ans", "age_classe_ecole"), ("zak_rbx59", "pseudo_reseau")],
  note="Rue sans numéro = adresse. « Jean Rostand » = lycée ; « bac blanc » = mot.")

T("I45", "actions",
  "Marseille 14e (Saint-Barthélémy) – inscriptions CLAS, actions à mener\n"
  "1. Inès (CP) : appeler la maman pour le certificat médical\n"
  "2. Rayan (CE1) : rdv avec l'enseignante, Mme Fabre, jeudi\n"
  "3. Yanis et Nélia (CE2, jumeaux) : dossier incomplet\n"
  "4. Hamza (CM1) : en attente, liste complémentaire\n"
  "Prévoir un point avec le coordonnateur REP+ du collège Clair Soleil.",
  [("Inès", "prenom"), ("Rayan", "prenom"), ("Fabre", "nom"), ("Yanis", "prenom"),
   ("Nélia", "prenom"), ("Hamza", "prenom")],
  note="Liste numérotée de prénoms d'enfants avec leur classe (sans âge).")

T("I46", "recit",
  "Deuil-la-Barre. Maya et sa petite sœur Fleur sont arrivées en cours d'année. Leur père, M. Ferhat, "
  "reproche à l'école maternelle d'avoir refusé Fleur parce qu'elle n'était pas propre. L'école dit "
  "qu'elle a seulement demandé un temps d'adaptation. Nous avons accompagné M. Ferhat à un rendez-vous "
  "avec la directrice et proposé à Maya de rejoindre l'atelier lecture du samedi. Une fleur en papier "
  "faite par Fleur trône depuis sur le bureau de l'accueil.",
  [("Maya", "prenom", "*"), ("Fleur", "prenom", "*"), ("Ferhat", "nom", "*")],
  unmarked={"fleur": "« Une fleur en papier » : mot courant"},
  note="Prénom = mot courant, les deux emplois dans le même texte.")

T("I47", "recit",
  "Garges-lès-Gonesse. Espérance Mabiala, maman d'Océane (CM2), et la directrice de l'école nous ont "
  "contactés le même jour : Océane aurait été frappée par un surveillant de cantine. La mère voulait "
  "porter plainte, l'école voulait « éviter que ça sorte ». Nous avons rappelé aux deux que le centre "
  "ne pouvait pas étouffer une affaire de ce type et orienté la mère vers le commissariat et la "
  "directrice vers sa hiérarchie. Nous gardons l'espérance que le lien avec l'école se reconstruira.",
  [("Espérance", "prenom"), ("Mabiala", "nom"), ("Océane", "prenom", "*")],
  unmarked={"espérance": "« l'espérance » : nom commun"},
  note="Prénom = nom commun (Espérance / l'espérance).")

T("I48", "recit",
  "Villiers-le-Bel. M. Martin, professeur d'EPS au collège Martin Luther King, a exclu de son cours "
  "Bilal, qui refusait de se changer. Le père de Bilal, M. Cissé, est venu au centre en disant que son "
  "fils était humilié. Le collège, lui, ne nous a pas sollicités. Nous avons hésité : intervenir sans "
  "être appelés par l'école ? Finalement, nous avons aidé le père à écrire au principal.",
  [("Martin", "nom", 0), ("Bilal", "prenom", "*"), ("Cissé", "nom")],
  unmarked={"martin": "« collège Martin Luther King » : nom d'établissement"},
  note="Même graphie pour un enseignant (élément) et dans le nom d'un collège (non marqué).")

T("I49", "recit",
  "Bezons, quartier Delaune Masson Colomb. Mme Masson, assistante maternelle, garde le petit Eliott, "
  "dont la mère est en conflit avec l'école maternelle (retards, oublis de doudou…). La directrice a "
  "demandé à Mme Masson de « faire passer le message » ; celle-ci est venue nous demander conseil. "
  "Nous avons rappelé que le lien doit se faire avec la mère et proposé un rendez-vous à la mère avec "
  "la directrice.",
  [("Masson", "nom", 1), ("Masson", "nom", 2), ("Eliott", "prenom")],
  unmarked={"masson": "dans le nom du QPV « Delaune Masson Colomb »"},
  note="Nom de famille identique à un mot du nom d'un QPV.")

T("I50", "description",
  "Pratique : « Petits déjeuners des parents » (Goussainville, Cottage Élargi)\n"
  "Une fois par mois, le centre et l'école maternelle organisent un petit déjeuner pour les parents de "
  "petite section. L'enseignante de PS, Mme Petit, présente une activité de la classe ; une animatrice "
  "du centre présente l'ALSH. Un petit livret de photos est remis aux familles. Ce qui fait marcher : "
  "le rituel, le café, la présence de Mme Petit, qui connaît les familles depuis longtemps.",
  [("Petit", "nom", "*")],
  unmarked={"petit": "adjectif (« un petit déjeuner », « un petit livret »)"},
  note="Nom de famille = adjectif très fréquent.")

T("I51", "recit",
  "Saint-Ouen-l'Aumône. Mme Nazanin Sultani vient d'arriver avec ses deux fils ; elle parle pachto et "
  "dari. L'école a demandé au centre de l'aider à compléter la fiche de renseignements : elle a donné "
  "son numéro « +33 6 39 98 54 12 » et celui d'un cousin en Allemagne. Quelques jours plus tard, la "
  "maîtresse se plaignait que la maman ne répondait jamais. En fait, le numéro noté par l'école était "
  "faux. Nous avons fait le lien, avec l'accord de Mme Sultani.",
  [("Nazanin", "prenom"), ("Sultani", "nom", "*"), ("+33 6 39 98 54 12", "telephone")],
  note="Numéro au format international.")

T("I52", "actions",
  "Sannois – actions après l'incident du tournoi jeux vidéo\n"
  "– Sami (4e) a été insulté pendant la partie en ligne par un joueur au pseudo « DarkKilla_95 », qui "
  "serait un élève du même collège.\n"
  "– La mère de Sami a demandé au centre de « trouver qui c'est » ; le collège nous a demandé les "
  "identifiants Discord des participants.\n"
  "– Nous avons refusé de transmettre la liste, mais montré à la CPE le message et le pseudo Discord de "
  "Sami (sami.lbd) avec l'accord de la mère.\n"
  "– Rappel des règles du tournoi à tous les jeunes ; fin des parties en ligne non encadrées au centre.",
  [("Sami", "prenom", "*"), ("DarkKilla_95", "pseudo_reseau"), ("sami.lbd", "pseudo_reseau")],
  note="Pseudos de jeu / Discord = pseudo_reseau.")

T("I53", "recit",
  "Aubervilliers, Villette - Quatre-Chemins. M. Zhang Wei tient une boutique de gros avec sa femme ; "
  "leur fille Xiaoling, 12 ans, en 5e au collège Gisèle Halimi, est souvent seule le soir. Le collège "
  "s'inquiète et parle d'une information préoccupante ; les parents, venus au centre avec un cousin "
  "interprète (mandarin / wenzhounais), se sentent accusés de négligence. Nous avons proposé à Xiaoling "
  "l'accompagnement à la scolarité jusqu'à 19 h et organisé une rencontre entre les parents et "
  "l'assistante sociale du collège.",
  [("Zhang", "nom"), ("Wei", "prenom"), ("Xiaoling", "prenom", "*"), ("12 ans", "age_classe_ecole")],
  note="Ordre nom-prénom chinois. « Gisèle Halimi » = collège.")

T("I54", "recit",
  "Saint-Denis, Floréal. Un père, M. Lefort, attend chaque soir devant l'école élémentaire pour "
  "« surveiller » l'enseignante de sa fille Lily, qu'il accuse de maltraitance. La directrice a noté "
  "la voiture, une vieille 205 immatriculée 7421 TL 93, et s'est tournée vers le centre. Le père, lui, "
  "est venu nous demander de témoigner. Nous avons rencontré le père seul, puis proposé une rencontre "
  "encadrée par l'inspectrice de circonscription.",
  [("Lefort", "nom"), ("Lily", "prenom"), ("7421 TL 93", "plaque")],
  note="Plaque à l'ancien format (FNI). « 205 » = modèle de voiture.")

T("I55", "enseignements",
  "Marseille 15e (La Castellane) — ce qu'on retient\n"
  "Tout le monde au centre appelle Moussa « Mouss » et son cousin Abdelkader « Kader ». Quand le "
  "collège a écrit « l'élève Mouss », la mère s'est sentie méprisée. Enseignement : les surnoms "
  "circulent entre le centre et l'école ; ce qui est affectueux chez nous peut devenir une étiquette "
  "ailleurs. Depuis, dans nos échanges avec le collège Jean Moulin, nous utilisons l'état civil, et "
  "seulement quand c'est nécessaire.",
  [("Moussa", "prenom"), ("Mouss", "prenom", "*"), ("Abdelkader", "prenom"), ("Kader", "prenom")],
  note="Surnoms tirés du prénom marqués comme prenom. « Jean Moulin » = collège.")

T("I56", "recit",
  "Marseille 15e (Les Aygalades). La famille Marchand vit chez un marchand de sommeil, dans un "
  "appartement humide. Les deux enfants, Enzo et Léa, manquent souvent l'école pour cause de "
  "bronchites. L'école a fait une information préoccupante ; Mme Marchand l'a appris par une voisine et "
  "est venue au centre furieuse. Nous avons expliqué la procédure, et fait le lien avec l'assistante "
  "sociale du secteur sur le logement, qui est au cœur du problème.",
  [("Marchand", "nom", "*"), ("Enzo", "prenom"), ("Léa", "prenom")],
  unmarked={"marchand": "« marchand de sommeil » : nom commun"},
  note="Nom de famille = nom commun, dans la même phrase.")

T("I57", "recit",
  "Tourcoing, Phalempins. Timéo Roux, 8 ans, en CE2 à l'école Michelet, est moqué parce qu'il est roux. "
  "Sa mère, Mme Roux, reproche à l'école de ne rien faire ; l'enseignant trouve que la mère « exagère ». "
  "Nous avons animé au centre un atelier sur les différences, ouvert aux enfants de la classe, avec "
  "l'accord de l'école.",
  [("Timéo", "prenom"), ("Roux", "nom", "*"), ("8 ans", "age_classe_ecole")],
  unmarked={"roux": "couleur de cheveux (« il est roux »)"},
  note="Nom de famille = adjectif, dans la même phrase. « Michelet » = école.")

T("I58", "actions",
  "Sarcelles – accompagnement de Mme Kabongo (Grace) après le conflit avec la cantine\n"
  "– Vérification des droits : attestation CAF, n° allocataire 2290417 ; quotient familial recalculé.\n"
  "– Inscription France Travail (identifiant 5618342K) pour la recherche d'emploi.\n"
  "– Dossier de tarification cantine réexaminé par la mairie : la dette est étalée.\n"
  "– Retour à l'école : la directrice est informée que la situation est réglée, sans détails.",
  [("Kabongo", "nom"), ("Grace", "prenom"), ("2290417", "autre"), ("5618342K", "autre")],
  note="Numéro d'allocataire et identifiant France Travail = autre.")

T("I59", "recit",
  "Roubaix, quartier de l'Alma. La directrice de l'école, Mme Vandewalle, et le père d'Ethan, "
  "M. Van de Velde, se sont tous deux adressés à nous après une dispute à la sortie de l'école. Le père "
  "avait filmé l'échange. Nous avons reçu chacun séparément puis proposé, quinze jours plus tard, une "
  "rencontre à l'école avec l'inspecteur. Le père a supprimé la vidéo.",
  [("Vandewalle", "nom"), ("Ethan", "prenom"), ("Van de Velde", "nom")],
  note="Noms flamands, particules « Van de » incluses dans le nom.")

T("I60", "recit",
  "Aubervilliers. Mme Thevarajah habite résidence Victor Hugo, escalier 3, 93300 Aubervilliers. Son "
  "fils Nilan, 9 ans, en CM1 à l'école Jean Macé, rentre seul depuis que sa mère travaille tôt. L'école "
  "menace de faire un signalement, la mère demande au centre de l'aider à trouver une solution de "
  "garde. Nous avons inscrit Nilan à l'accueil du soir et expliqué à la directrice ce qui était mis en "
  "place.",
  [("Thevarajah", "nom"), ("résidence Victor Hugo", "residence"), ("escalier 3", "residence"),
   ("93300", "code_postal"), ("Nilan", "prenom", "*"), ("9 ans", "age_classe_ecole")],
  note="Résidence portant le nom d'une personnalité = residence (lieu de vie), pas une personne. "
       "« Jean Macé » = école.")

T("I61", "actions",
  "Fiche d'inscription ALSH recopiée dans le compte rendu (à supprimer !) :\n"
  "Enfant : Sarah Belkacem — née le 17/06/2015 — CE2\n"
  "Responsable : Mourad Belkacem — tél. 06.39.98.27.90 — mourad.belkacem@hotmail.fr\n"
  "Adresse : 22 bis rue Jean-Jaurès, 95870 Bezons\n"
  "Allergies : arachide\n"
  "Suite au conflit avec l'école sur le PAI, actions : rencontre avec le médecin scolaire, mise à jour "
  "du PAI, information à l'équipe d'animation.",
  [("Sarah", "prenom"), ("Belkacem", "nom", "*"), ("17/06/2015", "date_naissance"),
   ("Mourad", "prenom"), ("06.39.98.27.90", "telephone"), ("mourad.belkacem@hotmail.fr", "courriel"),
   ("22 bis rue Jean-Jaurès", "adresse"), ("95870", "code_postal")],
  note="Fiche collée : tous les champs identifiants. Rue au nom d'une personnalité où vit la famille = adresse.")

T("I62", "actions",
  "Vaulx-en-Velin, Mas du Taureau. Actions après l'altercation sur le parking de l'école :\n"
  "– la directrice nous transmet la plaque du véhicule du parent impliqué : EK 902 PZ ;\n"
  "– nous refusons de l'identifier nous-mêmes et renvoyons l'école vers la police municipale ;\n"
  "– le parent, M. Haddouche, vient de lui-même au centre le lendemain ;\n"
  "– rencontre de médiation au centre, avec la directrice, le 3 juin.",
  [("EK 902 PZ", "plaque"), ("Haddouche", "nom")],
  note="Plaque au format SIV écrite avec des espaces.")

T("I63", "enseignements",
  "Ermont – retour d'expérience après la médiation entre Mme de Almeida et l'école Eugène Delacroix\n"
  "Ce qui a aidé : la présence d'une bénévole lusophone (Graça) ; un lieu neutre ; un ordre du jour "
  "écrit à l'avance.\n"
  "Ce qui a freiné : l'enseignante, Mme Garcia, n'avait pas été prévenue qu'un membre du centre serait là.\n"
  "À retenir : toujours prévenir chaque partie de qui sera présent.",
  [("de Almeida", "nom"), ("Graça", "prenom"), ("Garcia", "nom")],
  note="Particule « de » incluse dans le nom. « Eugène Delacroix » = école.")

T("I64", "description",
  "Pratique « Binôme enseignant-animateur » (Roubaix, Hauts-Champs)\n"
  "Chaque classe de CM2 de l'école Léo Lagrange a un animateur référent au centre. Binômes 2023-2024 : "
  "CM2 A – Mme Delattre / Bilal ; CM2 B – M. Desmet / Anaïs. Ils se voient toutes les trois semaines, "
  "30 minutes, pour parler des enfants suivis au CLAS. Ce qui fait marcher : un temps court, régulier, "
  "inscrit dans l'emploi du temps de chacun. Obstacle : les remplacements non prévenus.",
  [("Delattre", "nom"), ("Bilal", "prenom"), ("Desmet", "nom"), ("Anaïs", "prenom")],
  note="Noms d'enseignants et prénoms d'animateurs dans une description. « CM2 A / CM2 B » = classes.")

T("I65", "recit",
  "Vénissieux, Duclos - Barel. SMS reçu sur le portable de permanence, recopié : « bjr c la mere de "
  "Yasmina, la prof de francais Mme Girard elle veut plus que ma fille vienne en cours sans "
  "son classeur, je peu venir vous voir demain ? c'est Malika, mon mail c malika.h (at) laposte.net » — La famille habite le Bâtiment Les "
  "Érables, 2e étage. Le collège, sollicité, nous a dit ne pas vouloir « passer par le centre ». Nous "
  "avons respecté ce choix et aidé la mère à préparer elle-même un rendez-vous.",
  [("Yasmina", "prenom"), ("Girard", "nom"), ("Malika", "prenom"),
   ("malika.h (at) laposte.net", "courriel"), ("Bâtiment Les Érables", "residence")],
  note="SMS avec fautes, courriel obfusqué « (at) ». « Duclos - Barel » = QPV.")

# ---------------------------------------------------------------------------
# TEXTES PROPRES (aucun élément) — pièges
# ---------------------------------------------------------------------------

T("C01", "recit",
  "Marseille 15e, La Castellane. Une mère est venue au centre parce que son fils, en 3e, a été orienté "
  "en 3e prépa-métiers sans qu'elle ait compris la procédure. Le même jour, la principale adjointe du "
  "collège Rosa Parks a appelé notre directrice pour demander que le centre « explique la décision » à "
  "la famille. Nous avons d'abord reçu la mère seule, avec une interprète en arabe. Puis nous avons "
  "proposé une rencontre au collège, le 14 mai à 16 h 30, où la mère est venue accompagnée de notre "
  "référente famille. Le centre n'a porté la parole de personne : il a aidé chacun à comprendre l'autre.",
  note="Propre : rôles seuls, collège nommé d'après une personnalité, QPV, date de rencontre.")

T("C02", "actions",
  "Plan d'action (CS Argenteuil – Val d'Argent Sud), validé en réunion du 9 octobre\n"
  "1. Rencontrer l'équipe de direction de l'école élémentaire avant les vacances de la Toussaint.\n"
  "2. Proposer une permanence parents le jeudi de 8 h 20 à 9 h, salle 4 du centre.\n"
  "3. Mettre en place un affichage bilingue (arabe, tamoul, portugais) dans le hall.\n"
  "4. Budget : 1 200 € sur la ligne parentalité (REAAP), soit 8 % du budget de l'action.\n"
  "5. Évaluation en juin : nombre de parents reçus, nombre de rendez-vous école-famille facilités.\n"
  "Accès : bus 140 ou 361, arrêt Val d'Argent.",
  note="Propre : liste numérotée, horaires, salle, budget, pourcentage, lignes de bus.")

T("C03", "enseignements",
  "Grille d'analyse utilisée pour relire nos trois situations de l'année :\n"
  "A / Qui nous a sollicités ? (parent, école, les deux)\n"
  "B / Quelle posture avons-nous prise ? (médiation, tiers lieu, écoute et orientation, accompagnement "
  "du parent, soutien à l'école, refus)\n"
  "C / Qu'est-ce que ça a produit ?\n"
  "Constats : dans 2 cas sur 3 (67 %), les deux parties se sont adressées à nous la même semaine. La "
  "posture de tiers lieu a été la plus utile ; l'accompagnement du parent seul a crispé l'école. À "
  "retenir : annoncer notre posture dès le premier contact, par écrit si possible.",
  note="Propre : grille « A / B / C » (lettres qui ne sont pas des initiales).")

T("C04", "description",
  "Fiche pratique n° 12 — « Les mercredis des familles »\n"
  "Porteur : centre social, 3 rue du Marché, 95100 Argenteuil (accueil ouvert du lundi au vendredi).\n"
  "Partenaire : collège Claude Monet (UAI 0950886X), réseau REP.\n"
  "Description : un mercredi par mois, de 14 h à 16 h 30, les parents de 6e sont invités au centre pour "
  "découvrir l'ENT, Pronote et le carnet de liaison. Deux professeurs et la CPE participent à tour de rôle.\n"
  "Résultat : 34 familles touchées sur l'année, dont 11 qui ne venaient jamais au collège.",
  note="Propre : adresse publique du centre (avec code postal) ; code UAI d'un collège (institution).")

T("C05", "recit",
  "Sarcelles, Village - Mozart. À la fête de fin d'année, l'école et le centre avaient installé une "
  "grande banderole « Bienvenue aux familles ». Une maman a refusé d'entrer, parce qu'un enseignant "
  "l'avait, dit-elle, « traitée comme une moins que rien » l'an passé. La coordinatrice l'a "
  "accompagnée jusqu'au stand des crêpes, sous le tilleul du village, puis l'a présentée au nouveau "
  "directeur. Elle est repartie avec une rose du jardin partagé et l'espérance que « ça change ». Son "
  "fils, lui, voulait seulement monter sur la pierre du conteur et lire Le Petit Prince à voix haute.",
  note="Propre : « Bienvenue », « village », « rose », « espérance », « pierre », « Petit Prince » = mots / titre.")

T("C06", "actions",
  "Actions 2023-2024 – accueil des parents non francophones (Saint-Denis)\n"
  "– Ateliers sociolinguistiques deux matins par semaine, ouverts aux parents d'élèves ; langues parlées "
  "dans le groupe : dari, tamoul, soninké, lingala, wolof, romani, bengali, arabe, turc.\n"
  "– Interprétariat bénévole lors des rendez-vous avec l'école : ukrainien et russe (2 bénévoles), peul "
  "et bambara (1 bénévole).\n"
  "– Traduction des mots types du carnet de liaison en 6 langues.\n"
  "– Les familles accompagnées sont afghanes, sri-lankaises, maliennes, congolaises, roumaines, "
  "comoriennes, haïtiennes, ukrainiennes et algériennes.",
  note="Propre : langues et nationalités.")

T("C07", "enseignements",
  "Enseignements – réunion inter-centres (fédé 95), 19 février\n"
  "– En REP+, la porte d'entrée la plus efficace reste le CLAS et le PRE ; la CAF finance, mais l'école "
  "doit être associée dès le diagnostic.\n"
  "– Pour les enfants en attente de MDPH, l'ESS est le bon moment pour proposer la présence du centre, "
  "si la famille le souhaite.\n"
  "– Un PAP ou un PPRE n'est pas du ressort du centre : on peut seulement aider la famille à comprendre.\n"
  "– Les délais du CMP (6 à 18 mois) pèsent sur tout le monde ; la PMI et l'ASE ne se substituent pas.\n"
  "– L'AESH n'est pas une interlocutrice du centre sans l'accord de l'école.\n"
  "– Le CESC et le CVL sont des portes d'entrée au collège et au lycée trop peu utilisées.",
  note="Propre : sigles en capitales.")

T("C08", "description",
  "Description – accompagnement à la scolarité, organisation par niveaux\n"
  "Maternelle (TPS, PS, MS, GS) : accueil parents-enfants le mercredi matin.\n"
  "Élémentaire (CP, CE1, CE2, CM1, CM2) : deux groupes, lundi-jeudi et mardi-vendredi.\n"
  "Collège (6e, 5e, 4e, 3e) : aide méthodologique ; les élèves de SEGPA et d'ULIS sont accueillis dans "
  "les mêmes groupes, avec un bénévole de plus.\n"
  "UPE2A : un atelier de français langue seconde, en lien avec l'enseignante.\n"
  "Lycée (2de, 1re, Terminale) et 3e prépa-métiers : permanences orientation autour de Parcoursup et "
  "d'Affelnet.",
  note="Propre : niveaux scolaires et dispositifs.")

T("C09", "recit",
  "Vaulx-en-Velin, quartier Sud. Une fratrie : un garçon de 8 ans en CE2 et sa sœur de 15 ans en 3e. La "
  "mère se plaint que l'école ne prévienne jamais des absences de professeurs ; l'école se plaint que la "
  "mère ne lise pas les messages de l'ENT. Nous avons montré à la mère comment activer les "
  "notifications, et demandé à l'école d'envoyer aussi un SMS pour les absences longues. Depuis février, "
  "plus de malentendu.",
  note="Propre : âges avec classe mais sans établissement nommé.")

T("C10", "recit",
  "Argenteuil. Une famille a été convoquée à l'hôtel de ville (12-14 boulevard Léon Feix, 95100 "
  "Argenteuil) pour une commission de réussite éducative ; la convocation, sur papier à en-tête du PRE, "
  "a été perçue comme une menace. La mère est venue au centre avec la lettre, persuadée qu'on allait "
  "lui retirer les allocations. L'école, de son côté, avait proposé la famille au PRE sans le lui dire "
  "clairement. Nous avons accompagné la mère à la commission, au 2e étage, salle 204.",
  note="Propre : adresse publique de la mairie, avec code postal (lieu public, pas un domicile).")

T("C11", "description",
  "Description du réseau partenaire (Nord et Val-d'Oise) : le centre de Roubaix travaille avec le "
  "collège Maxence Van Der Meersch et le collège Anne Frank ; celui de Villiers-le-Bel avec le collège "
  "Martin Luther King et le collège Saint-Exupéry. Les écoles élémentaires Jean Jaurès, Marie Curie et "
  "Nelson Mandela complètent le réseau ; les rencontres ont lieu à tour de rôle dans chaque "
  "établissement, le premier mardi du mois.",
  note="Propre : établissements nommés d'après des personnalités (avec particule « Van Der »).")

T("C12", "actions",
  "Calendrier des actions 2024-2025 (Tourcoing, La Bourgogne)\n"
  "– Septembre : forum des associations, présentation du CLAS aux parents.\n"
  "– Vacances de la Toussaint : stage « remise à niveau » pour les 6e.\n"
  "– Décembre : goûter de Noël avec l'école maternelle.\n"
  "– Mars, pendant le ramadan : horaires aménagés du CLAS (jusqu'à 18 h).\n"
  "– Avril : fête de l'Aïd au centre, ouverte aux enseignants.\n"
  "– Vacances de printemps : sortie au Louvre-Lens.\n"
  "– Juin : bilan avec les directions d'école, avant les grandes vacances.",
  note="Propre : mois (dont « Avril » en majuscule en début de ligne), fêtes, vacances.")

T("C13", "enseignements",
  "Compte rendu de la réunion d'équipe du 3 avril (Bobigny)\n"
  "Présents : la directrice, le coordinateur CLAS, deux animatrices, la référente famille, la déléguée "
  "du préfet (invitée).\n"
  "Retour sur la situation de conflit entre une famille et l'école élémentaire du quartier.\n"
  "Ce que nous retenons :\n"
  "– notre première réaction a été de défendre la famille : c'était une erreur de posture ;\n"
  "– la déléguée du préfet rappelle que le centre peut être un tiers, pas un avocat ;\n"
  "– il faudrait une fiche « premier accueil d'un conflit » commune aux centres du département.\n"
  "Prochaine réunion : jeudi 2 mai, 9 h 30.",
  note="Propre : compte rendu avec rôles seuls.")

T("C14", "recit",
  "[09:12] Référente famille : la maman du CE1 de la semaine dernière est revenue ce matin\n"
  "[09:13] Direction : et l'école ?\n"
  "[09:15] Référente famille : la directrice m'a appelée aussi, elles veulent chacune qu'on soit « de "
  "leur côté »\n"
  "[09:16] Direction : on propose le centre comme lieu neutre, créneau jeudi 16h30 ?\n"
  "[09:20] Référente famille : ok pour la maman. j'attends la réponse de l'école\n"
  "[11:47] Référente famille : école ok 👍",
  note="Propre : fil de messagerie où les interlocuteurs sont désignés par leur fonction.")

T("C15", "description",
  "Fiche de présentation de l'espace de vie sociale (Persan)\n"
  "Nous suivre : Instagram @evs.persan.exemple, Facebook « EVS Persan » ; courriel : "
  "contact@evs-persan-exemple.fr ; accueil : 01 99 00 61 30 (du lundi au vendredi, 9 h – 12 h).\n"
  "Activités : CLAS (primaire et collège), ateliers parents, sorties familles, permanence numérique.\n"
  "Partenaires : collèges Suzanne Lenglen et Georges Brassens, écoles du quartier Le Village.",
  note="Propre : compte, courriel et téléphone publics de la structure elle-même.")

T("C16", "recit",
  "note vocale retranscrite bon alors la situation c'est une maman qui vient pour la troisième fois "
  "parce que l'école refuse que son fils aille en sortie tant qu'il n'a pas d'assurance et elle dit "
  "qu'elle l'a donnée l'assurance et l'école dit que non donc on a appelé l'école la secrétaire a "
  "retrouvé l'attestation dans le mauvais dossier voilà c'est réglé mais la maman a perdu confiance "
  "faudra qu'on en parle en réunion d'équipe mardi",
  note="Propre : dictée sans ponctuation.")

T("C17", "actions",
  "POINT ACTIONS – CS MARSEILLE 13E (FRAIS VALLON)\n"
  "- ACCUEIL DE LA MAMAN + TRADUCTRICE (ARABE) LE 12/03\n"
  "- APPEL DE L'ECOLE LE 13/03 : LA DIRECTRICE DEMANDE UNE MEDIATION\n"
  "- RDV AU CENTRE LE 20/03 A 17H : MAMAN, DIRECTRICE, REFERENTE FAMILLE\n"
  "- SUITE : PPRE PROPOSE PAR L'ECOLE, SUIVI CLAS LE MARDI\n"
  "- BILAN EN EQUIPE LE 04/04",
  note="Propre : tout en capitales, dates d'actions.")

T("C18", "enseignements",
  "ce qu on a appris cette annee : quand les parents et l ecole viennent nous voir en meme temps il faut "
  "pas choisir un camp. la premiere fois on a pris le parti de la maman et l ecole nous a plus parler "
  "pendant 3 mois. maintenant on dit toujours au debut : on est la pour que vous vous parliez, pas pour "
  "juger. ca marche mieux. aussi il faut noter les choses par ecrit mais sans les noms.",
  note="Propre : fautes, sans accents, minuscules.")

T("C19", "description",
  "Planning des ateliers parents-école (Tourcoing)\n"
  "Atelier | Jour | Salle | Public\n"
  "Café des parents | mardi 8h30 | salle Jacquard | parents de maternelle\n"
  "Comprendre Pronote | jeudi 17h | salle informatique | parents de collégiens\n"
  "Français pour les parents | lundi et vendredi 9h | salle 3 | parents allophones\n"
  "Permanence orientation | mercredi 14h | bureau 2 | parents de 3e et de lycéens",
  note="Propre : tableau en texte ; « salle Jacquard » = nom de salle (personnalité), pas une personne.")

T("C20", "recit",
  "Roubaix. Un père, ouvrier dans une boulangerie industrielle, reproche au collège d'avoir orienté son "
  "fils en CAP boulanger « parce qu'il est arabe ». Le collège, de son côté, affirme que c'était le "
  "souhait de l'élève. Le centre, sollicité par les deux, a organisé une rencontre avec la conseillère "
  "d'orientation. On a parlé métier, stages, poursuite d'études ; le père a posé des questions sur le "
  "bac pro commerce (« marchand, c'est un vrai métier aussi »). Le fils est aujourd'hui en CAP, à "
  "l'heure, et travaille le week-end sur le marché. Le père, qui voyait tout en noir et blanc, dit que "
  "« finalement c'est pas si mal ».",
  note="Propre : mots qui sont aussi des noms de famille (boulanger, marchand, blanc).")

T("C21", "actions",
  "Vénissieux (Minguettes - Clochettes) – actions du trimestre\n"
  "– Accompagnement de 14 familles vers les rendez-vous parents-professeurs du collège Jules Michelet.\n"
  "– Rencontre avec la direction de l'école Ernest Renan : convention signée le 18 janvier.\n"
  "– Navette à pied organisée depuis l'arrêt du tram T4 pour la réunion de rentrée.\n"
  "– Deux réunions du comité de suivi du PRE.\n"
  "– 3 situations de conflit parent-école accueillies, dont 2 apaisées.",
  note="Propre : établissements nommés d'après des personnalités, ligne de tram, QPV.")

T("C22", "enseignements",
  "Saint-Denis (Pleyel / Plaine Trezel - Chaudron) – enseignements de l'année\n"
  "Le partenariat avec le collège Iqbal Masih et le collège Dora Maar s'est consolidé : 80 % des "
  "familles du CLAS ont rencontré au moins une fois le professeur principal, contre 45 % l'an dernier. "
  "Ce qui a fait la différence : la présence de notre animatrice aux réunions de rentrée, la traduction "
  "des convocations, et un créneau fixe le vendredi pour les rendez-vous au centre. Ce qui reste "
  "difficile : les familles qui travaillent en horaires décalés.",
  note="Propre : collèges nommés d'après des personnalités, pourcentages, QPV.")

T("C23", "description",
  "Description de la pratique « Parents relais » – Marseille 13e (Frais Vallon Le Clos La Rose, Malpassé Corot)\n"
  "Des parents volontaires, formés par le centre, accueillent les nouveaux parents à la sortie des "
  "écoles du quartier et les orientent vers l'école, le centre ou la PMI. Ils sont identifiés par un "
  "badge « Parent relais ». Huit parents relais en 2023, trois langues parlées. Outils : une carte du "
  "quartier, un annuaire des services, une charte.",
  note="Propre : noms de QPV (dont « La Rose »).")

T("C24", "recit",
  "Goussainville, Grandes Bornes. Une famille de quatre enfants — l'aîné est né en 2009, la petite "
  "dernière en 2019 — a été signalée par l'école pour des retards répétés. Les parents travaillent tous "
  "deux dans la zone aéroportuaire, en horaires décalés. Le centre a été appelé par l'école, puis par "
  "la mère. Nous avons mis en place un accueil du matin dès 7 h 30 avec l'ALSH ; les retards ont cessé "
  "en trois semaines.",
  note="Propre (limite) : années de naissance seules, équivalentes à un âge, pas une date de naissance.")

T("C25", "actions",
  "Rencontres inter-centres – calendrier et actions\n"
  "– 05/06/2018 : 1re rencontre, capitaliser les démarches réussies.\n"
  "– 19/02/2019 : 2e rencontre, critique du document de capitalisation.\n"
  "– 23/05/2019, 9h00-12h30, Maison Pour Tous, 8 place de la Commune de Paris, Argenteuil : 3e rencontre, "
  "positionnement du centre dans les conflits parent-école.\n"
  "– À venir : un temps élargi à l'Éducation nationale à la rentrée, un groupe de travail sur le livret.",
  note="Propre : dates de réunions au format jj/mm/aaaa ; lieu public de réunion.")

T("C26", "enseignements",
  "Enseignements – atelier « apprendre autrement »\n"
  "Les enseignants de l'école élémentaire du quartier, formés à la pédagogie Freinet, ont proposé au "
  "centre d'utiliser le même « quoi de neuf ? » en début de séance de CLAS. Les animateurs, eux, "
  "s'inspirent du matériel Montessori pour les plus petits. Le fait de partager des outils a rapproché "
  "les deux équipes plus que toutes les réunions. À retenir : partir des outils concrets, pas des principes.",
  note="Propre (limite) : « Freinet », « Montessori » = noms de méthodes pédagogiques.")

T("C27", "description",
  "Présentation du projet « Passerelles » (fédération des centres sociaux du Val-d'Oise)\n"
  "Objectif : mettre en forme les pratiques réussies entre centres sociaux et écoles, les partager, les "
  "valoriser et les développer. Trois rencontres entre centres ont eu lieu (juin 2018, février 2019, mai "
  "2019). Le livret de capitalisation est organisé selon la grille : ce qui favorise la rencontre, ce "
  "qui fait marcher, ressources, opportunités, outils, obstacles. Une cinquantaine de centres et d'EVS "
  "adhérents sont concernés, dans 41 QPV du département.",
  note="Propre : présentation institutionnelle.")

T("C28", "recit",
  "Aubervilliers, Franc Moisin. Une adolescente de 14 ans ne va plus au collège depuis trois semaines. "
  "Le collège Miriam Makeba a d'abord appelé le centre, où elle vient à l'atelier théâtre ; puis la "
  "mère est venue, inquiète, en disant que sa fille était harcelée. Nous avons proposé un temps "
  "d'écoute à la jeune, avec l'accord de la mère, puis une rencontre avec la CPE et l'infirmière. Un PAP "
  "a été mis en place ; la jeune a repris à mi-temps après les vacances d'hiver.",
  note="Propre (limite) : âge + collège nommé mais sans classe → pas d'age_classe_ecole selon la définition.")

T("C29", "actions",
  "Tourcoing (Pont Rompu, Phalempins) – actions de l'année avec le collège Lucie Aubrac\n"
  "– Présence d'une animatrice du centre à la remise des bulletins du 1er trimestre.\n"
  "– Accueil des élèves exclus temporairement (dispositif de responsabilisation) : 9 élèves accueillis.\n"
  "– Réunion d'information sur l'orientation en 3e, traduite en turc et en arabe.\n"
  "– Co-animation d'un atelier « parentalité et écrans » avec l'infirmière scolaire, le 28 mars.",
  note="Propre.")

T("C30", "enseignements",
  "Vaulx-en-Velin (Grande Île) – ce que nous retenons du partenariat avec le collège Aimé Césaire\n"
  "1. La convention signée en 2021 nous protège : chacun sait ce que l'autre fait.\n"
  "2. Quand un conflit éclate, la CPE nous appelle avant la famille : cela nous met en difficulté "
  "vis-à-vis des parents.\n"
  "3. Nous avons donc convenu d'une règle : le centre n'intervient qu'avec l'accord explicite de la "
  "famille, et le dit au collège.\n"
  "4. Le principal adjoint change tous les deux ans : il faut refaire la présentation à chaque rentrée.",
  note="Propre : liste numérotée.")

T("C31", "recit",
  "Garges-lès-Gonesse, Dame Blanche. Le conflit portait sur une photo de classe publiée par le collège "
  "Pablo Picasso sur l'ENT : un père, réfugié politique, ne voulait pas que le visage de sa fille "
  "apparaisse. Le collège a retiré la photo mais le père a continué d'exiger des excuses écrites. Il "
  "s'est tourné vers le centre, le collège aussi. Nous avons organisé une rencontre au collège, le "
  "7 décembre, avec le principal ; le père a reçu un courrier d'excuses. Depuis, le collège demande "
  "systématiquement l'autorisation écrite.",
  note="Propre : QPV « Dame Blanche », collège nommé d'après une personnalité.")

T("C32", "description",
  "Fiche d'identité de la structure (Bezons)\n"
  "Association loi 1901, SIRET 123 456 789 00012, agrément centre social CAF du Val-d'Oise 2022-2025.\n"
  "Projet social : « Faire ensemble, pour et avec les habitants ».\n"
  "Budget annuel : 612 000 €, dont 38 % de prestations CAF.\n"
  "Équipe : 11 salariés (7,5 ETP), 40 bénévoles.\n"
  "Territoire : QPV Delaune Masson Colomb et Brigadières - Henri Barbusse.",
  note="Propre (limite) : SIRET de l'association = identifiant d'organisation, pas d'une personne ; "
       "« Masson », « Henri Barbusse » dans des noms de QPV.")

T("C33", "actions",
  "Rappel affiché dans le bureau de l'équipe famille (Vénissieux)\n"
  "Quand une situation de conflit parent-école révèle un danger pour l'enfant :\n"
  "– enfance en danger : 119 (gratuit, 24 h/24) ;\n"
  "– violences conjugales : 3919 ;\n"
  "– hébergement d'urgence : 115 ;\n"
  "– harcèlement à l'école : 3018 ;\n"
  "– police : 17 ; SAMU : 15.\n"
  "Actions à mener : informer la direction du centre, noter les faits sans interprétation, ne jamais "
  "promettre le secret à l'enfant.",
  note="Propre : numéros d'urgence nationaux.")

T("C34", "recit",
  "Pontoise, Marcouville. Dans cette famille, l'aînée sert d'interprète à ses parents, la cadette est en "
  "conflit avec son professeur principal, et le petit dernier vient au centre de loisirs. Quand le "
  "collège a convoqué les parents, c'est l'aînée, 17 ans, qui s'est présentée. Le collège a refusé de "
  "la recevoir seule ; elle est venue au centre en pleurant. Nous avons proposé aux parents de venir "
  "avec une interprète professionnelle, et à l'aînée de reprendre sa place de grande sœur.",
  note="Propre : membres de la famille désignés par leur rang.")


# ---------------------------------------------------------------------------
# CONSTRUCTION ET VÉRIFICATIONS
# ---------------------------------------------------------------------------

def is_boundary(text, start, end):
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def word_matches(text, needle, ignore_case=False):
    flags = re.IGNORECASE if ignore_case else 0
    out = []
    for m in re.finditer("(?=" + re.escape(needle) + ")", text, flags):
        s = m.start()
        e = s + len(needle)
        if is_boundary(text, s, e):
            out.append(s)
    return out


def substring_starts(text, needle):
    out, i = [], text.find(needle)
    while i != -1:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def fail(msg):
    sys.stderr.write("ERREUR : " + msg + "\n")
    sys.exit(1)


def build():
    # ordre de sortie : trié par empreinte de la clé interne (mélange déterministe, indépendant de Python)
    order = sorted(ENTRIES, key=lambda e: hashlib.sha256(("passerelles-16d:" + e["key"]).encode()).hexdigest())
    keys = [e["key"] for e in ENTRIES]
    if len(set(keys)) != len(keys):
        fail("clé interne en double")
    corpus = []
    for n, e in enumerate(order, 1):
        tid = "d%02d" % n
        text = e["text"]
        if e["kind"] not in KINDS_TEXT:
            fail("%s : type de texte inconnu %r" % (e["key"], e["kind"]))
        spans = []
        for it in e["items"]:
            itext, ikind = it[0], it[1]
            occ = it[2] if len(it) > 2 else None
            if ikind not in KINDS_ITEM:
                fail("%s : type d'élément inconnu %r" % (e["key"], ikind))
            if itext != itext.strip() or not itext:
                fail("%s : élément avec espaces de bord %r" % (e["key"], itext))
            starts = word_matches(text, itext)
            if not starts:
                fail("%s : élément %r absent (à une frontière de mot)" % (e["key"], itext))
            if occ is None:
                if len(starts) > 1:
                    fail("%s : %r apparaît %d fois, préciser occ" % (e["key"], itext, len(starts)))
                chosen = starts
            elif occ == "*":
                chosen = starts
            else:
                if occ >= len(starts):
                    fail("%s : occ %d hors limites pour %r" % (e["key"], occ, itext))
                chosen = [starts[occ]]
            for s in chosen:
                spans.append((s, s + len(itext), itext, ikind))
        spans.sort()
        if len(set((s, en) for s, en, _, _ in spans)) != len(spans):
            fail("%s : élément marqué deux fois" % e["key"])
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                fail("%s : chevauchement %r / %r" % (e["key"], a[2], b[2]))
        # toute autre copie (insensible à la casse) doit être couverte ou déclarée
        used_decl = set()
        for itext in sorted(set(s[2] for s in spans)):
            for s in word_matches(text, itext, ignore_case=True):
                en = s + len(itext)
                if any(a <= s and en <= b for a, b, _, _ in spans):
                    continue
                k = itext.lower()
                if k not in e["unmarked"]:
                    fail("%s : copie non marquée et non déclarée de %r à %d" % (e["key"], text[s:en], s))
                used_decl.add(k)
        for k in e["unmarked"]:
            if k not in used_decl:
                fail("%s : déclaration « non marqué » inutile pour %r" % (e["key"], k))
        items = []
        for s, en, itext, ikind in spans:
            assert text[s:en] == itext
            d = {"text": itext, "kind": ikind, "start": s}
            subs = substring_starts(text, itext)
            if len(subs) > 1:
                d["occurrence"] = subs.index(s)
            items.append(d)
        note = e["note"]
        if e["unmarked"]:
            note += " Non marqué volontairement : " + " ; ".join(
                "« %s » (%s)" % (k, v) for k, v in sorted(e["unmarked"].items())) + "."
        corpus.append({"id": tid, "kind": e["kind"], "text": text, "items": items, "note": note})
    return corpus


def check_sizes(corpus):
    with_items = [c for c in corpus if c["items"]]
    clean = [c for c in corpus if not c["items"]]
    n_items = sum(len(c["items"]) for c in corpus)
    per_kind = {k: 0 for k in KINDS_ITEM}
    for c in corpus:
        for it in c["items"]:
            per_kind[it["kind"]] += 1
    if len(corpus) < 80:
        fail("moins de 80 textes")
    if len(with_items) < 50 or n_items < 110:
        fail("pas assez de textes avec éléments / d'éléments")
    if len(clean) < 30:
        fail("moins de 30 textes propres")
    for k, v in per_kind.items():
        if v < 2:
            fail("type %s présent moins de 2 fois" % k)
    for k in KINDS_TEXT:
        if not any(c["kind"] == k for c in clean):
            fail("aucun texte propre de type %s" % k)
    return with_items, clean, n_items, per_kind


def main():
    corpus = build()
    with_items, clean, n_items, per_kind = check_sizes(corpus)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "corpus.json")
    data = (json.dumps(corpus, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    print("textes :", len(corpus), "| avec éléments :", len(with_items), "| propres :", len(clean))
    print("éléments :", n_items)
    for k in KINDS_ITEM:
        print("  %-17s %d" % (k, per_kind[k]))
    for k in sorted(KINDS_TEXT):
        print("  texte %-14s total %2d, propres %2d" % (
            k, sum(c["kind"] == k for c in corpus), sum(c["kind"] == k for c in clean)))
    print("sha256 corpus.json :", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
